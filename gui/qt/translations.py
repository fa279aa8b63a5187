"""Building the English translation with Qt Linguist's tools.

``python -m gui.qt.translations`` compiles ``resources/translations/*.ts`` into ``.qm`` with
``pyside6-lrelease`` (the install runs it); ``--update`` first refreshes the ``.ts`` from the
sources with ``pyside6-lupdate``. The UI's source texts are Vietnamese.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from gui.core.resources import resource_path

PACKAGE = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6-Essentials")
    return found


def update_ts() -> None:
    """Refresh the .ts files from every ``tr()`` in the Qt side."""
    sources = sorted(str(p) for p in (PACKAGE / "qt").glob("*.py"))
    for ts in sorted(resource_path("translations").glob("*.ts")):
        subprocess.run(
            [_tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(ts)], check=True
        )


def release() -> list[Path]:
    """Compile each .ts into a .qm beside it; return the .qm paths."""
    out = []
    for ts in sorted(resource_path("translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
            check=True,
            env={**os.environ},
        )
        out.append(qm)
    return out


def main(argv: list[str]) -> int:
    """Command line: [--update]."""
    if "--update" in argv:
        update_ts()
    for qm in release():
        print(qm)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
