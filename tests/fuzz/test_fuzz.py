"""The fuzzing harness: every CLI command over every hostile file, and random records through
every renderer.

Every command ends with exit status 0 or 1 and one line per problem — never a traceback, a hang
(each run has a timeout) or a modified input — and every export of every valid record opens in
LibreOffice. CI runs a small budget (the fixed corpus, few Hypothesis examples); the large run:

    BIENBAN_FUZZ=large QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/fuzz

(2,000 more mutated files, 2,000 Hypothesis examples per property).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from gui.core.compose import Kind
from gui.core.exporting import Format, export
from gui.core.record import Record
from gui.core.recordfile import load_record, save_record
from gui.core.text import display_name
from tests.fuzz.make_corpus import make_corpus
from tests.fuzz.strategies import records

ROOT = Path(__file__).resolve().parents[2]
LARGE = os.environ.get("BIENBAN_FUZZ") == "large"
TIMEOUT_S = 1800 if LARGE else 300
FUZZ = settings(
    max_examples=2000 if LARGE else 25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    make_corpus(folder, large=LARGE)
    return folder


def _entries(folder: Path) -> list[str]:
    return sorted(os.path.join(folder, n) for n in os.listdir(folder))


def _snapshot(folder: Path) -> dict[str, tuple[int, str]]:
    """(mode, sha256 of content) of every entry; a FIFO is never opened."""
    out = {}
    for path in _entries(folder):
        st = os.lstat(path)
        digest = ""
        if stat.S_ISREG(st.st_mode):
            digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        elif stat.S_ISLNK(st.st_mode):
            digest = os.readlink(path)
        out[path] = (st.st_mode, digest)
    return out


def _bienban(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gui", *args],
        capture_output=True,
        text=True,
        errors="backslashreplace",
        cwd=ROOT,
        timeout=TIMEOUT_S,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


COMMANDS = {
    "check": ["--check"],
    "docx": ["--convert-to", "docx"],
    "txt": ["--convert-to", "txt"],
    "html": ["--convert-to", "html"],
    "pdf": ["--convert-to", "pdf"],
}


@pytest.mark.parametrize("command", [*COMMANDS, "report"])
def test_every_command_over_every_hostile_file(corpus: Path, tmp_path: Path, command: str) -> None:
    before = _snapshot(corpus)
    files = _entries(corpus)
    if command == "report":
        result = _bienban("--report", str(corpus), "--format", "xlsx", "--outdir", str(tmp_path))
    elif command == "check":
        result = _bienban(*COMMANDS[command], *files)
    else:
        result = _bienban(*COMMANDS[command], "--outdir", str(tmp_path), *files)
    assert result.returncode in (0, 1), result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert _snapshot(corpus) == before, "an input was modified"
    shown = {display_name(f): f for f in files}
    problems = result.stderr.splitlines()
    for line in problems:  # one line per problem, naming its file
        assert any(line.startswith(name + ": ") for name in shown), line
    named = {name for line in problems for name in shown if line.startswith(name + ": ")}
    assert len(named) == len(problems), "a file was reported twice"
    valid = {f for f in files if os.path.basename(f).startswith("valid-")}
    if command == "report":
        assert result.returncode == 1
        assert not {shown[n] for n in named} & valid
        assert (tmp_path / "bao-cao-nhiem-vu.xlsx").exists()
        return
    written = result.stdout.splitlines()
    assert len(written) + len(problems) == len(files)
    assert not {shown[n] for n in named} & valid, "a valid record failed"
    if command != "check":
        assert len(written) >= len(valid)
        assert set(written) <= {display_name(f) for f in _entries(tmp_path)}


@pytest.mark.soffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not on PATH")
def test_every_export_of_every_valid_record_opens_in_libreoffice(
    corpus: Path, tmp_path: Path
) -> None:
    valid = [f for f in _entries(corpus) if os.path.basename(f).startswith("valid-")]
    outputs = tmp_path / "out"
    outputs.mkdir()
    for fmt in ("docx", "html"):
        result = _bienban("--convert-to", fmt, "--outdir", str(outputs), *valid)
        assert result.returncode == 0, result.stderr
    exported = sorted(outputs.iterdir())
    assert len(exported) == 2 * len(valid)
    pdfs = tmp_path / "pdf"
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(pdfs),
            *(str(p) for p in exported if p.suffix == ".docx"),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    missing = [
        p.name for p in exported if p.suffix == ".docx" and not (pdfs / (p.stem + ".pdf")).exists()
    ]
    assert not missing, (missing, result.stdout, result.stderr)
    assert all(
        (pdfs / (p.stem + ".pdf")).stat().st_size > 1000 for p in exported if p.suffix == ".docx"
    )


@FUZZ
@given(record=records())
def test_any_record_saves_loads_and_renders_in_every_format(
    record: Record, tmp_path: Path, qapp
) -> None:  # type: ignore[no-untyped-def]
    from gui.qt.printing import render_pdf

    path = tmp_path / "r.bienban.json"
    save_record(record, path)
    loaded = load_record(path)
    for kind in Kind:
        for fmt in (Format.DOCX, Format.TXT, Format.HTML):
            export(loaded, kind, fmt, tmp_path / f"out.{kind.value}.{fmt.value}")
    export(loaded, Kind.NOTICE, Format.PDF, tmp_path / "out.pdf", pdf=render_pdf)


def test_c1_a_long_summary_exports_to_docx(tmp_path: Path) -> None:
    """C1: "THÔNG BÁO " + a 318-character summary exceeded the DOCX core-properties title
    limit (255) and the export failed."""
    record = load_record(ROOT / "seeds" / "quang-ninh-giao-ban-q3-2017.bienban.json")
    record.header.summary = ("Kết luận của Trưởng ban tại cuộc họp giao ban mở rộng " * 6)[:318]
    export(record, Kind.NOTICE, Format.DOCX, tmp_path / "tb.docx")
    from docx import Document

    title = Document(str(tmp_path / "tb.docx")).core_properties.title
    assert title.startswith("THÔNG BÁO") and len(title) <= 255
