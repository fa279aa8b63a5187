"""Files and folders a hostile test run found: symlinks, unreadable entries, odd names (D1, W5,
C4, C5, W2, W3, U4)."""

from __future__ import annotations

import builtins
import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gui.core.library import LibraryIndex
from gui.core.record import Department, Record, Task
from gui.core.recordfile import load_record, save_record
from gui.core.safefile import write_atomic

ROOT = Path(__file__).resolve().parents[2]


def _record(name: str) -> Record:
    r = Record()
    r.meeting.name = name
    r.meeting.date = dt.date(2026, 3, 1)
    r.directives.departments = [Department(name="Phòng A", tasks=[Task(content=name)])]
    return r


def _unreadable(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``path`` unreadable — also for root, who ignores permission bits."""
    path.chmod(0)
    if not os.access(path, os.R_OK):
        return
    real_open, real_scandir = builtins.open, os.scandir
    denied = os.fspath(path)

    def guarded_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if os.fspath(file) == denied if isinstance(file, str | os.PathLike) else False:
            raise PermissionError(13, "Permission denied", denied)
        return real_open(file, *args, **kwargs)

    def guarded_scandir(p="."):  # type: ignore[no-untyped-def]
        if os.fspath(p) == denied:
            raise PermissionError(13, "Permission denied", denied)
        return real_scandir(p)

    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(os, "scandir", guarded_scandir)


def _bienban(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gui", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


# --- D1: saves go through symbolic links ----------------------------------------------------


def test_d1_saving_through_a_symlink_writes_the_target(tmp_path: Path) -> None:
    real = tmp_path / "real" / "hop.bienban.json"
    real.parent.mkdir()
    save_record(_record("cũ"), real)
    link = tmp_path / "link.bienban.json"
    link.symlink_to(real)
    save_record(_record("mới"), link)
    assert link.is_symlink()
    assert load_record(real).meeting.name == "mới"
    assert (real.parent / "hop.bienban.json~").exists()  # the backup beside the target


# --- W5: orphan temporaries ------------------------------------------------------------------


def test_w5_orphan_temporaries_are_found_and_removed(tmp_path: Path) -> None:
    from gui.core.safefile import orphan_temporaries, remove_orphan_temporaries

    target = tmp_path / "hop.bienban.json"
    save_record(_record("x"), target)
    orphan = tmp_path / ".hop.bienban.json.abc123.tmp"
    orphan.write_bytes(b'{"half')
    other = tmp_path / ".khac.bienban.json.abc123.tmp"
    other.write_bytes(b"")
    assert orphan_temporaries(target) == [orphan]
    assert remove_orphan_temporaries(target) == [orphan]
    assert not orphan.exists() and other.exists()
    write_atomic(target, b"{}")  # a normal save leaves none
    assert orphan_temporaries(target) == []


# --- the library walk ----------------------------------------------------------------------


def test_c4_an_unreadable_record_is_listed_not_fatal(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    save_record(_record("một"), tmp_path / "a.bienban.json")
    save_record(_record("hai"), tmp_path / "b.bienban.json")
    _unreadable(tmp_path / "a.bienban.json", monkeypatch)
    index = LibraryIndex(tmp_path, ":memory:")
    index.refresh()
    assert [t.content for t in index.tasks()] == ["hai"]
    [(path, error)] = index.errors()
    assert path.endswith("a.bienban.json") and "Permission denied" in error


def test_w3_an_unreadable_subfolder_is_listed(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "kín").mkdir()
    save_record(_record("trong"), tmp_path / "kín" / "a.bienban.json")
    save_record(_record("ngoài"), tmp_path / "b.bienban.json")
    _unreadable(tmp_path / "kín", monkeypatch)
    index = LibraryIndex(tmp_path, ":memory:")
    index.refresh()
    assert [t.content for t in index.tasks()] == ["ngoài"]
    assert index.errors() == [(str(tmp_path / "kín"), "folder cannot be read: Permission denied")]


def test_w2_a_symlinked_duplicate_is_counted_once(tmp_path: Path) -> None:
    save_record(_record("một"), tmp_path / "a.bienban.json")
    (tmp_path / "b.bienban.json").symlink_to(tmp_path / "a.bienban.json")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)  # a folder loop is walked once
    outside = tmp_path.parent / f"{tmp_path.name}-ngoai.bienban.json"
    save_record(_record("ngoài"), outside)
    (tmp_path / "c.bienban.json").symlink_to(outside)
    from gui.core.library import walk_folder

    walk = walk_folder(tmp_path)
    assert walk.files == sorted([str(tmp_path / "a.bienban.json"), str(outside)])
    index = LibraryIndex(tmp_path, ":memory:")
    index.refresh()
    assert sorted(t.content for t in index.tasks()) == ["một", "ngoài"]
    assert [s.total for s in index.statistics()] == [2]


def test_u4_odd_entries_are_listed_with_their_reason(tmp_path: Path) -> None:
    save_record(_record("tốt"), tmp_path / "ok.bienban.json")
    os.mkfifo(tmp_path / "pipe.bienban.json")
    (tmp_path / "dangling.bienban.json").symlink_to(tmp_path / "missing.bienban.json")
    (tmp_path / "folder.bienban.json").mkdir()
    save_record(_record("dòng"), tmp_path / "new\nline.bienban.json")
    index = LibraryIndex(tmp_path, ":memory:")
    index.refresh()  # must not block on the FIFO
    errors = dict(index.errors())
    assert "not a regular file" in errors[str(tmp_path / "pipe.bienban.json")]
    assert "missing file" in errors[str(tmp_path / "dangling.bienban.json")]
    assert "a folder" in errors[str(tmp_path / "folder.bienban.json")]
    assert sorted(t.content for t in index.tasks()) == ["dòng", "tốt"]


def test_c5_a_file_name_that_is_not_utf8_is_listed(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    save_record(_record("tốt"), tmp_path / "ok.bienban.json")
    shutil.copyfile(tmp_path / "ok.bienban.json", os.path.join(folder, b"h\xf4p.bienban.json"))
    index = LibraryIndex(tmp_path, ":memory:")
    index.refresh()
    [(path, error)] = index.errors()
    assert path == str(tmp_path / "h\\xf4p.bienban.json") and "not UTF-8" in error
    assert [t.content for t in index.tasks()] == ["tốt"]


def test_report_cli_lists_every_problem_on_one_line_and_exits_1(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    save_record(_record("tốt"), lib / "ok.bienban.json")
    shutil.copyfile(lib / "ok.bienban.json", os.path.join(os.fsencode(lib), b"x\xff.bienban.json"))
    save_record(_record("dòng"), lib / "a\nb.bienban.json")
    (lib / "b\nc.bienban.json").write_text("{")
    os.mkfifo(lib / "p.bienban.json")
    result = _bienban("--report", str(lib), "--format", "csv", "--outdir", str(tmp_path))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 3, lines
    assert any("b\\nc.bienban.json" in line for line in lines)
    assert any("x\\xff.bienban.json" in line for line in lines)
    assert any("p.bienban.json" in line for line in lines)
