"""Building the English translation with Qt Linguist's tools.

The wheel's build compiles ``resources/translations/*.ts`` into ``.qm`` files (``setup.py``
calls :func:`release`). ``python -m gui.qt.translations`` does the same in the source tree;
``--update`` first refreshes the ``.ts`` from the sources with ``pyside6-lupdate``. The UI's
source texts are Vietnamese. Only PySide6's tools are run here: nothing imports Qt.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str:
    """A Qt tool shipped by PySide6: its script beside Python, on PATH, or in the package."""
    exe = ".exe" if sys.platform == "win32" else ""
    beside = Path(sys.executable).with_name(f"pyside6-{name}{exe}")
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    spec = importlib.util.find_spec("PySide6")  # finds the package without importing Qt
    if spec and spec.origin:
        binary = Path(spec.origin).with_name(name + exe)
        if binary.exists():
            return str(binary)
    raise SystemExit(f"pyside6-{name} not found; install PySide6-Essentials")


def translation_sources() -> Path:
    """The folder of the ``.ts`` files (the source tree's ``resources/translations``)."""
    from gui.core.resources import resource_path

    return resource_path("translations")


def update_ts(ts_folder: Path) -> None:
    """Refresh our .ts files from every ``tr()`` in the Qt side (``qtbase_*.ts`` translate
    Qt's own texts, which no ``tr()`` of ours holds: they are kept by hand)."""
    sources = sorted(str(p) for p in (PACKAGE / "qt").glob("*.py"))
    for ts in sorted(ts_folder.glob("bienban_*.ts")):
        subprocess.run(
            [
                _tool("lupdate"),
                "-no-obsolete",
                # importing.py names QCoreApplication.translate ``t`` (one context, many notes)
                "-tr-function-alias",
                "translate+=t",
                *sources,
                "-ts",
                str(ts),
            ],
            check=True,
        )


def release(ts_folder: Path, qm_folder: Path) -> list[Path]:
    """Compile each .ts of ``ts_folder`` into a .qm in ``qm_folder``; return the .qm paths."""
    out = []
    qm_folder.mkdir(parents=True, exist_ok=True)
    for ts in sorted(ts_folder.glob("*.ts")):
        qm = qm_folder / ts.with_suffix(".qm").name
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        if not qm.is_file():
            raise SystemExit(f"lrelease wrote no {qm}")
        out.append(qm)
    return out


def main(argv: list[str]) -> int:
    """Command line: [--update]."""
    folder = translation_sources()
    if "--update" in argv:
        update_ts(folder)
    for qm in release(folder, folder):
        print(qm)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
