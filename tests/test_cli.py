"""The command line: ``python -m gui --check``, ``--version``, ``--help`` and usage errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from gui import cli

ROOT = Path(__file__).resolve().parents[1]
SEED_FILES = sorted((ROOT / "seeds").glob("*.bienban.json"))
SEED_QN = ROOT / "seeds" / "quang-ninh-giao-ban-q3-2017.bienban.json"


def run(*args: str | os.PathLike[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "gui", *map(os.fspath, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        timeout=120,
    )


def _invalid(tmp_path: Path, name: str, mutate: str) -> Path:
    data = json.loads(SEED_QN.read_text(encoding="utf-8"))
    if mutate == "is_group":
        data["meeting"]["attendees"][0]["is_group"] = "yes"
    elif mutate == "date":
        data["meeting"]["date"] = "2017-13-45"
    elif mutate == "attendance":
        data["meeting"]["attendees"][1]["attendance"] = "maybe"
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stdout
    assert "Traceback" not in result.stderr


def test_check_seeds_ok(tmp_path: Path) -> None:
    result = run("--check", *SEED_FILES, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines == [f"{p}: ok" for p in SEED_FILES]
    assert result.stderr == ""


def test_check_invalid_files(tmp_path: Path) -> None:
    bad = [
        (_invalid(tmp_path, "a.bienban.json", "is_group"), "meeting.attendees[0].is_group"),
        (_invalid(tmp_path, "b.bienban.json", "date"), "meeting.date"),
        (_invalid(tmp_path, "c.bienban.json", "attendance"), "meeting.attendees[1].attendance"),
    ]
    result = run("--check", *(p for p, _ in bad), cwd=tmp_path)
    assert result.returncode == 1
    _no_traceback(result)
    lines = result.stderr.splitlines()
    assert len(lines) == len(bad)  # one line per invalid file
    for line, (path, field) in zip(lines, bad, strict=True):
        assert line.startswith(f"{path}: {field}: "), line
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("notjson.bienban.json", b"{oops", "not valid JSON"),
        ("empty.bienban.json", b"", "empty"),
        ("utf16.bienban.json", '{"a": "Quảng Ninh"}'.encode("utf-16"), "UTF-16"),
        ("latin.bienban.json", b'{"a": "\xe0"}', "UTF-8"),
        ("nul.bienban.json", b"{\x00}", "NUL"),
        ("deep.bienban.json", b"[" * 100_000, "nested"),
        ("new.bienban.json", b'{"schema_version": 99}', "newer"),
        ("list.bienban.json", b"[]", "object"),
    ],
)
def test_check_unreadable_files_one_clear_line(
    tmp_path: Path, name: str, content: bytes, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = run("--check", path, cwd=tmp_path)
    assert result.returncode == 1
    _no_traceback(result)
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"{path}: ")
    assert words in lines[0]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("time-newline.bienban.json", '"start_time": "08:30\\n"'),
        ("huge-int.bienban.json", '"number": 1' + "0" * 5000),
    ],
    ids=["time-trailing-newline", "huge-integer"],
)
def test_check_hostile_values_never_traceback(tmp_path: Path, name: str, text: str) -> None:
    data = SEED_QN.read_text(encoding="utf-8")
    data = (
        data.replace('"start_time": null', text)
        if "start_time" in text
        else data.replace('"number": null', text)
    )
    assert text in data
    path = tmp_path / name
    path.write_text(data, encoding="utf-8")
    result = run("--check", path, cwd=tmp_path)
    _no_traceback(result)
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1


def test_check_missing_file_and_directory(tmp_path: Path) -> None:
    folder = tmp_path / "folder.bienban.json"
    folder.mkdir()
    missing = tmp_path / "missing.bienban.json"
    result = run("--check", missing, folder, cwd=tmp_path)
    assert result.returncode == 1
    _no_traceback(result)
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{missing}: ")
    assert lines[1].startswith(f"{folder}: ")


def test_check_mixed_valid_and_invalid(tmp_path: Path) -> None:
    bad = _invalid(tmp_path, "bad.bienban.json", "is_group")
    result = run("--check", SEED_FILES[0], bad, SEED_FILES[1], cwd=tmp_path)
    assert result.returncode == 1
    _no_traceback(result)
    assert result.stdout.splitlines() == [f"{SEED_FILES[0]}: ok", f"{SEED_FILES[1]}: ok"]
    assert result.stderr.splitlines() == [
        f'{bad}: meeting.attendees[0].is_group: "yes" has the wrong type; expected true or false'
    ]


def test_check_does_not_modify_files(tmp_path: Path) -> None:
    good = tmp_path / "good.bienban.json"
    good.write_bytes(SEED_QN.read_bytes())
    bad = _invalid(tmp_path, "bad.bienban.json", "date")
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.iterdir()}
    run("--check", good, bad, cwd=tmp_path)
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.iterdir()}
    assert after == before


def test_check_without_files_is_a_usage_error(tmp_path: Path) -> None:
    result = run("--check", cwd=tmp_path)
    assert result.returncode == 2
    _no_traceback(result)
    assert "usage:" in result.stderr
    assert "FILE" in result.stderr


def test_version(tmp_path: Path) -> None:
    result = run("--version", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"bienban {cli.__version__}"
    assert result.stdout.startswith("bienban 0.")


def test_help(tmp_path: Path) -> None:
    result = run("--help", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("usage: bienban")
    assert "--check" in result.stdout
    assert "--version" in result.stdout


@pytest.mark.parametrize("args", [["--bogus"], ["--lang", "fr"], ["--check", "--nope", "x"]])
def test_usage_errors_exit_2(tmp_path: Path, args: list[str]) -> None:
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2
    _no_traceback(result)
    assert "usage:" in result.stderr


def test_window_takes_one_file_at_a_time(tmp_path: Path) -> None:
    result = run(*SEED_FILES, cwd=tmp_path)  # without --check: no window for two files
    assert result.returncode == 2
    assert "one FILE at a time" in result.stderr


# --- in process: the same behaviour through cli.main ----------------------------------------


def test_main_check_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = _invalid(tmp_path, "bad.bienban.json", "date")
    assert cli.main(["--check", str(SEED_QN)]) == cli.EXIT_OK == 0
    assert cli.main(["--check", str(SEED_QN), str(bad)]) == cli.EXIT_INVALID == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [f"{SEED_QN}: ok", f"{SEED_QN}: ok"]
    assert err.splitlines() == [
        f'{bad}: meeting.date: "2017-13-45" is not a valid date (YYYY-MM-DD, years 1900–2099)'
    ]
    assert cli.main(["--check"]) == cli.EXIT_USAGE == 2
    assert cli.main(["--version"]) == 0
    assert cli.main(["--unknown"]) == 2
