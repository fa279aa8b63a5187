"""The shipped forms of Bienban work away from the source tree.

- The wheel: ``python -m build`` makes the sdist and the wheel (from the sdist); the wheel is
  installed into a fresh virtual environment and its ``bienban`` command run from another
  folder: ``--version``, ``--check``, ``--convert-to docx`` and ``pdf``, ``--report``. The
  installed package must carry its data (schemas, profiles, metrics, the compiled ``.qm``,
  the sample records, the icons) and the validators generated at build time.
- The frozen bundle (``dist/bienban/bienban``, built by ``.ci/bundle``): the same commands and
  the window, offscreen, with an empty environment (``env -i``: no Python on ``PATH``). These
  tests are skipped when there is no bundle, unless ``BIENBAN_REQUIRE_BUNDLE=1`` (``.ci/run``
  builds the bundle and sets it), where a missing bundle fails.

Building and installing takes a minute or two (PySide6 is installed into the build
environment and the fresh one, from pip's cache when it has them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document

from .conftest import ROOT, SEED_LAO_CAI, SEED_QN
from .exports.helpers import need, pdftotext, squash

pytestmark = pytest.mark.packaging

BUNDLE = ROOT / "dist" / "bienban" / ("bienban.exe" if sys.platform == "win32" else "bienban")
SHIPPED = (
    "gui/resources/record.schema.json",
    "gui/resources/profile.schema.json",
    "gui/resources/times-metrics.json",
    "gui/resources/profiles/generic.profile.json",
    "gui/resources/translations/bienban_en.qm",
    "gui/resources/translations/qtbase_vi.qm",
    "gui/resources/icons/bienban.svg",
    "gui/resources/icons/bienban-256.png",
    "gui/resources/icons/calendar-16.png",
    "gui/seeds/quang-ninh-giao-ban-q3-2017.bienban.json",
    "gui/core/_schema_record.py",
    "gui/core/_schema_profile.py",
)

Run = Callable[..., subprocess.CompletedProcess[str]]


def _runner(command: list[str], env: dict[str, str]) -> Run:
    def run(*args: str | os.PathLike[str], cwd: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*command, *map(os.fspath, args)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=cwd,
            env=env,
            timeout=300,
        )

    return run


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel ``python -m build`` makes (from the sdist it makes first)."""
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=out,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert len(list(out.glob("bienban-*.tar.gz"))) == 1
    wheels = list(out.glob("bienban-*.whl"))
    assert len(wheels) == 1
    return wheels[0]


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel installed; returns its ``bin`` folder."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    scripts = venv / ("Scripts" if sys.platform == "win32" else "bin")
    python = scripts / ("python.exe" if sys.platform == "win32" else "python")
    done = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(wheel)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return scripts


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return {**env, "PYTHONIOENCODING": "utf-8", **extra}


def _records(folder: Path) -> list[Path]:
    folder.mkdir()
    copies = []
    for seed in (SEED_QN, SEED_LAO_CAI):
        copies.append(folder / seed.name)
        shutil.copyfile(seed, copies[-1])
    return copies


def exercise(run: Run, work: Path) -> None:
    """Every command without a window, run from ``work`` (not the source tree)."""
    records = _records(work / "records")
    elsewhere = work / "elsewhere"
    elsewhere.mkdir()

    done = run("--version", cwd=elsewhere)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().startswith("bienban ")

    done = run("--check", *records, cwd=elsewhere)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [f"{p}: ok" for p in records]

    bad = work / "records" / "bad.json"
    bad.write_text('{"schema_version": 3, "meeting": {"date": "2017-13-45"}}', encoding="utf-8")
    done = run("--check", bad, cwd=elsewhere)
    assert done.returncode == 1
    assert done.stderr.startswith(f"{bad}: "), done.stderr
    assert "Traceback" not in done.stderr
    bad.unlink()

    out = work / "out"
    out.mkdir()
    for fmt in ("docx", "pdf", "txt", "html"):
        done = run("--convert-to", fmt, "--outdir", out, *records, cwd=elsewhere)
        assert done.returncode == 0, done.stderr
        written = [Path(line) for line in done.stdout.splitlines()]
        assert [p.parent for p in written] == [out, out]
        assert all(p.suffix == f".{fmt}" and p.stat().st_size > 1000 for p in written)
    done = run("--convert-to", "txt", "--kind", "minutes", "--outdir", out, records[0], cwd=out)
    assert done.returncode == 0, done.stderr
    assert "BIÊN BẢN" in Path(done.stdout.strip()).read_text(encoding="utf-8")
    docx = Document(str(out / "quang-ninh-giao-ban-q3-2017.notice.docx"))
    text = "\n".join(p.text for p in docx.paragraphs)
    assert "THÔNG BÁO" in text
    assert "Quý III/2017" in text  # from the record, not a template
    pdf = out / "lao-cai-cum-cong-nghiep-2026.notice.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    if shutil.which("pdftotext"):
        assert "Nguyễn Tuấn Anh" in squash(pdftotext(pdf))

    reports = work / "reports"
    reports.mkdir()
    done = run("--report", "../records", "--outdir", reports, cwd=elsewhere)
    assert done.returncode == 0, done.stderr
    written = [Path(line) for line in done.stdout.splitlines()]
    assert written
    assert all(p.parent == reports and p.suffix == ".xlsx" for p in written)
    with zipfile.ZipFile(written[0]) as xlsx:
        assert "xl/workbook.xml" in xlsx.namelist()


# --- the wheel ------------------------------------------------------------------------------


def test_wheel_carries_its_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [n for n in SHIPPED if n not in names]
    assert not missing, missing
    assert not any(n.endswith(".ts") for n in names), "the .ts sources stay out of the wheel"


def test_installed_wheel_runs_from_another_folder(installed: Path, tmp_path: Path) -> None:
    bienban = installed / ("bienban.exe" if sys.platform == "win32" else "bienban")
    exercise(_runner([str(bienban)], _clean_env()), tmp_path)


def test_installed_wheel_finds_its_data_and_generated_validator(
    installed: Path, tmp_path: Path
) -> None:
    python = installed / ("python.exe" if sys.platform == "win32" else "python")
    probe = (
        "import sys, gui\n"
        "from gui.core.resources import resource_path, seeds_dir\n"
        "from gui.core.recordfile import load_record\n"
        "from PySide6.QtCore import QCoreApplication, QTranslator\n"
        "load_record(str(seeds_dir() / 'quang-ninh-giao-ban-q3-2017.bienban.json'))\n"
        "app = QCoreApplication([])\n"
        "t = QTranslator()\n"
        "assert t.load(str(resource_path('translations', 'bienban_en.qm')))\n"
        "print(gui.__file__)\n"
        "print('gui.core._schema_record' in sys.modules)\n"
        "print(t.isEmpty())\n"
    )
    done = subprocess.run(
        [str(python), "-c", probe],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_clean_env(QT_QPA_PLATFORM="offscreen"),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    where, generated, empty = done.stdout.splitlines()
    assert "site-packages" in where and not where.startswith(str(ROOT))
    assert generated == "True", "the validator generated at build time is used"
    assert empty == "False", "the compiled English translation has messages"


# --- the frozen bundle --------------------------------------------------------------------------


@pytest.fixture
def bundle() -> Path:
    if not BUNDLE.exists():
        if os.environ.get("BIENBAN_REQUIRE_BUNDLE") == "1":
            pytest.fail(f"{BUNDLE} is missing: bash .ci/bundle builds it")
        pytest.skip(f"no {BUNDLE} (bash .ci/bundle builds it)")
    return BUNDLE


def _empty_env(home: Path, **extra: str) -> list[str]:
    """``env -i`` with only a home folder (for settings and app data) and ``extra``."""
    home.mkdir(exist_ok=True)
    return [need("env"), "-i", f"HOME={home}", *(f"{k}={v}" for k, v in extra.items())]


@pytest.mark.skipif(sys.platform == "win32", reason="env -i is POSIX")
def test_bundle_runs_without_python(bundle: Path, tmp_path: Path) -> None:
    exercise(_runner([*_empty_env(tmp_path / "home"), str(bundle)], {}), tmp_path)
    internal = bundle.parent / "_internal"
    for qm in ("bienban_en.qm", "qtbase_vi.qm"):
        assert (internal / "gui" / "resources" / "translations" / qm).is_file()
    qt = internal / "PySide6" / "Qt"
    assert list((qt / "plugins" / "printsupport").iterdir()), "Qt's print support plugins"
    assert not list(qt.glob("lib/*WebEngine*")) and not list(qt.glob("lib/*Qml*"))


@pytest.mark.skipif(sys.platform == "win32", reason="env -i is POSIX")
def test_bundle_opens_the_window_offscreen(bundle: Path, tmp_path: Path) -> None:
    """The window opens a record: its lock file appears beside it while the process runs."""
    (record,) = _records(tmp_path / "records")[:1]
    lock = record.with_name(f".{record.name}.lock")
    command = [*_empty_env(tmp_path / "home", QT_QPA_PLATFORM="offscreen"), str(bundle), record]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        deadline = time.monotonic() + 120
        try:
            while not lock.exists() and time.monotonic() < deadline:
                try:
                    proc.wait(timeout=0.05)  # returns only when the process has ended
                except subprocess.TimeoutExpired:
                    continue
                break
            running = proc.poll() is None
        finally:
            proc.terminate()
            _out, err = proc.communicate(timeout=60)
    assert running, err.decode("utf-8", "replace")[-3000:]
    assert lock.exists()
    assert b"Traceback" not in err
    assert not (tmp_path / "home" / ".local" / "share" / "Bienban" / "bienban.log").exists()
