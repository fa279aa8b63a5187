"""``bienban --convert-to`` run as a separate process, headless: no display and no
QT_QPA_PLATFORM in its environment, so PDF export must find its own offscreen platform."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from gui.core.compose import Kind
from gui.core.render_text import render_text

from .helpers import SEED_FILES, SEED_LAO_CAI, SEED_QN, composed, seed_stem

FORMATS = ["docx", "pdf", "txt", "html"]
MAGIC = {"docx": b"PK\x03\x04", "pdf": b"%PDF", "html": b"<!DOCTYPE html>"}


def headless_env() -> dict[str, str]:
    env = dict(os.environ)
    for var in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(var, None)
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def bienban(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gui", *map(str, args)],
        cwd=cwd,
        env=headless_env(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def seeds(tmp_path: Path) -> list[Path]:
    """Copies of both seeds in their own folder (outputs land beside them by default)."""
    folder = tmp_path / "records"
    folder.mkdir()
    out = []
    for seed in SEED_FILES:
        shutil.copyfile(seed, folder / seed.name)
        out.append(folder / seed.name)
    return out


def _paths(stdout: str) -> list[Path]:
    lines = stdout.splitlines()
    assert all(line.strip() == line and line for line in lines), repr(stdout)
    return [Path(line) for line in lines]


@pytest.mark.parametrize("fmt", FORMATS)
def test_convert_both_seeds_prints_each_path(fmt: str, seeds: list[Path], tmp_path: Path) -> None:
    result = bienban("--convert-to", fmt, *seeds, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    expected = [s.parent / f"{seed_stem(s)}.notice.{fmt}" for s in seeds]
    assert _paths(result.stdout) == expected
    for path in expected:
        data = path.read_bytes()
        assert data, f"{path} is empty"
        if fmt in MAGIC:
            assert data.startswith(MAGIC[fmt]), data[:20]
    assert not list(tmp_path.glob(f"*.{fmt}")), "wrote into the working folder"
    assert not [p for p in seeds[0].parent.iterdir() if p.name.endswith((".tmp", "~"))]


@pytest.mark.parametrize("kind", ["notice", "minutes", "news"])
@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_convert_kind_into_outdir(kind: str, fmt: str, seeds: list[Path], tmp_path: Path) -> None:
    outdir = tmp_path / "out"
    outdir.mkdir()
    result = bienban("--convert-to", fmt, "--kind", kind, "--outdir", outdir, *seeds, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    expected = [outdir / f"{seed_stem(s)}.{kind}.{fmt}" for s in seeds]
    assert _paths(result.stdout) == expected
    assert sorted(outdir.iterdir()) == sorted(expected)
    assert all(p.stat().st_size > 0 for p in expected)
    assert not [p for p in seeds[0].parent.iterdir() if p.name.endswith(f".{fmt}")]
    if fmt == "txt":
        for seed, path in zip(seeds, expected, strict=True):
            original = SEED_QN if seed.name == SEED_QN.name else SEED_LAO_CAI
            assert path.read_text(encoding="utf-8") == render_text(composed(original, Kind(kind)))


def _bad_inputs(folder: Path) -> dict[str, Path]:
    not_json = folder / "not-json.bienban.json"
    not_json.write_text("{ this is not json", encoding="utf-8")
    invalid = folder / "invalid.bienban.json"
    data = json.loads(SEED_QN.read_text(encoding="utf-8"))
    data["meeting"]["attendees"][0]["attendance"] = "maybe"
    invalid.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return {"not-json": not_json, "invalid": invalid, "missing": folder / "gone.bienban.json"}


@pytest.mark.parametrize("bad", ["not-json", "invalid", "missing"])
@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_a_bad_file_among_good_ones(bad: str, fmt: str, seeds: list[Path], tmp_path: Path) -> None:
    bad_path = _bad_inputs(seeds[0].parent)[bad]
    result = bienban("--convert-to", fmt, seeds[0], bad_path, seeds[1], cwd=tmp_path)
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    err = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(err) == 1, f"want one line for the bad file, got: {err}"
    assert str(bad_path) in err[0]
    expected = [s.parent / f"{seed_stem(s)}.notice.{fmt}" for s in seeds]
    assert _paths(result.stdout) == expected, "the good files are converted all the same"
    assert all(p.stat().st_size > 0 for p in expected)
    assert not (bad_path.parent / f"{seed_stem(bad_path)}.notice.{fmt}").exists()


def test_no_file_is_a_usage_error(tmp_path: Path) -> None:
    result = bienban("--convert-to", "pdf", cwd=tmp_path)
    assert result.returncode == 2, result
    assert result.stdout == ""
    assert result.stderr.strip() and "Traceback" not in result.stderr


@pytest.mark.parametrize("fmt", ["odt", "PDF", "doc", ""])
def test_unknown_format_is_a_usage_error(fmt: str, seeds: list[Path], tmp_path: Path) -> None:
    result = bienban("--convert-to", fmt, seeds[0], cwd=tmp_path)
    assert result.returncode == 2, result
    assert result.stdout == ""
    assert "Traceback" not in result.stderr and result.stderr.strip()
    assert sorted(seeds[0].parent.iterdir()) == sorted(seeds), "wrote something anyway"


def test_unknown_kind_and_missing_outdir_are_usage_errors(
    seeds: list[Path], tmp_path: Path
) -> None:
    result = bienban("--convert-to", "txt", "--kind", "report", seeds[0], cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    result = bienban("--convert-to", "txt", "--outdir", tmp_path / "nope", seeds[0], cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert sorted(seeds[0].parent.iterdir()) == sorted(seeds)


@pytest.mark.parametrize("kind", ["notice", "minutes", "news"])
def test_text_output_is_utf8_nfc_and_fits_the_width(
    kind: str, seeds: list[Path], tmp_path: Path
) -> None:
    result = bienban(
        "--convert-to",
        "txt",
        "--kind",
        kind,
        "--width",
        "60",
        "--outdir",
        tmp_path,
        *seeds,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    for path in _paths(result.stdout):
        raw = path.read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf"), "BOM"
        text = raw.decode("utf-8")  # strict
        assert unicodedata.is_normalized("NFC", text)
        assert "\r" not in text and text.endswith("\n")
        too_long = [line for line in text.splitlines() if len(line) > 60 and len(line.split()) != 1]
        assert not too_long, f"{path.name}: lines over 60 columns: {too_long}"


@pytest.mark.parametrize("width", [40, 60])
@pytest.mark.parametrize("seed", SEED_FILES, ids=[seed_stem(s).split("-")[0] for s in SEED_FILES])
@pytest.mark.parametrize("kind", list(Kind), ids=[k.value for k in Kind])
def test_text_lines_never_exceed_the_width_but_for_a_long_word(
    width: int, seed: Path, kind: Kind
) -> None:
    """Only a word of the document longer than the line may stick out (not a rule line)."""
    doc = composed(seed, kind)
    words = set(doc.plain_text().split())
    text = render_text(doc, width)
    too_long = [
        line
        for line in text.splitlines()
        if len(line) > width and not (len(line.split()) == 1 and line.split()[0] in words)
    ]
    assert not too_long, f"lines over {width} columns: {too_long}"


def test_exported_files_are_readable_like_any_new_file(seeds: list[Path], tmp_path: Path) -> None:
    """A document written for others honours the umask (0644 under umask 022), not 0600."""
    outdir = tmp_path / "out"
    outdir.mkdir()
    old = os.umask(0o022)
    try:
        result = bienban("--convert-to", "txt", "--outdir", outdir, seeds[0], cwd=tmp_path)
    finally:
        os.umask(old)
    assert result.returncode == 0, result.stderr
    [path] = _paths(result.stdout)
    mode = path.stat().st_mode & 0o777
    assert mode == 0o644, f"{path.name} has mode {mode:o}"
