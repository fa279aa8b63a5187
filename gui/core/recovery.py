"""Recovery files: unsaved work written aside so a crash or power cut loses nothing.

Each open document with unsaved edits has one recovery file in the application data folder
(``<id>.recovery.json``): the record, the file it came from, when it was written, how many
edits were unsaved, and which process wrote it. A clean close removes it; after a crash the
next start lists the files whose writer is no longer running.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gui.core.errors import Problem, RecordFileError
from gui.core.jsonfile import read_json
from gui.core.record import Record
from gui.core.recordfile import record_from_data, record_to_data
from gui.core.safefile import write_atomic

RECOVERY_SUFFIX = ".recovery.json"


@dataclass
class RecoveryEntry:
    """A recovery file found on disk."""

    path: Path
    source: str  # the record file it belongs to ("" for a new, never saved record)
    written: dt.datetime
    unsaved_edits: int
    pid: int
    host: str
    record: Record | None  # None when the recovery file itself is damaged
    error: str = ""
    saved_after: dt.datetime | None = None
    """When the record file was saved (modified) after this copy was written, else None:
    the copy is then older than the file and must not be saved over it."""
    source_state: tuple[int, int] | None = None
    """(size, mtime_ns) of the record file as the copy's work started from it (as loaded or
    last saved); None in copies that did not record it."""


def new_recovery_path(folder: str | os.PathLike[str]) -> Path:
    """A fresh recovery file name in ``folder``."""
    return Path(folder) / f"{os.urandom(16).hex()}{RECOVERY_SUFFIX}"  # as random as uuid4


def write_recovery(
    path: str | os.PathLike[str],
    record: Record,
    source: str,
    unsaved_edits: int,
    source_state: tuple[int, int] | None = None,
) -> None:
    """Write (atomically) the recovery file for a document; ``source_state`` is (size,
    mtime_ns) of ``source`` as the unsaved work started from it.

    Raises:
        RecordFileError: the app data folder is not writable, or its path is taken by a file.
    """
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RecordFileError(
            os.fspath(Path(path).parent), Problem.WRITE_FAILED, exc.strerror or str(exc)
        ) from None
    data = {
        "source": source,
        "written": dt.datetime.now().isoformat(),  # to the microsecond: see ``saved_after``
        "unsaved_edits": unsaved_edits,
        "source_state": list(source_state) if source_state else None,
        "pid": os.getpid(),
        "host": _host(),
        "record": record_to_data(record),
    }
    # Written while the user types: compact (the C encoder) and without a second pass of the
    # text rule — the record's text already follows it, and reading applies it again.
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    write_atomic(path, text.encode("utf-8", "replace"), backup=False)


def remove_recovery(path: str | os.PathLike[str]) -> None:
    """Remove a recovery file (a clean close, or the user discarded it)."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


def _host() -> str:
    import socket  # here, not at start-up

    return socket.gethostname()


def _alive(pid: int) -> bool:
    """Whether process ``pid`` is running (on this machine)."""
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process there
        return _alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _alive_windows(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return kernel32.GetLastError() == 5  # ERROR_ACCESS_DENIED: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def find_recoveries(folder: str | os.PathLike[str]) -> list[RecoveryEntry]:
    """Recovery files left by processes that are no longer running, newest first."""
    base = Path(folder)
    if not base.is_dir():
        return []
    host = _host()
    out: list[RecoveryEntry] = []
    for path in base.glob(f"*{RECOVERY_SUFFIX}"):
        entry = _read_entry(path)
        if entry.host == host and entry.pid != os.getpid() and _alive(entry.pid):
            continue  # another running Bienban owns it
        if entry.host == host and entry.pid == os.getpid():
            continue  # ours
        entry.saved_after = _saved_after(entry)
        out.append(entry)
    out.sort(key=lambda e: e.written, reverse=True)
    return out


def _saved_after(entry: RecoveryEntry) -> dt.datetime | None:
    """When ``entry``'s record file was modified after the copy was written (a save after
    the crash, or by another program), else None."""
    if not entry.source or entry.record is None:
        return None
    try:
        st = os.stat(entry.source)
    except OSError:  # gone: the copy is all there is
        return None
    modified = dt.datetime.fromtimestamp(st.st_mtime)
    if entry.source_state is not None:  # exact, whatever the clocks of the disk and the PC
        return None if (st.st_size, st.st_mtime_ns) == entry.source_state else modified
    written = entry.written
    if written.tzinfo is not None:
        written = written.astimezone().replace(tzinfo=None)
    return modified if modified > written else None


def _read_entry(path: Path) -> RecoveryEntry:
    written = dt.datetime.fromtimestamp(path.stat().st_mtime)
    try:
        data: Any = read_json(path)
        if not isinstance(data, dict):
            raise RecordFileError(str(path), Problem.INVALID, "not a recovery file")
        record = record_from_data(data.get("record"), str(path))
        with contextlib.suppress(ValueError):
            written = dt.datetime.fromisoformat(str(data.get("written")))
        state = data.get("source_state")
        return RecoveryEntry(
            path,
            str(data.get("source") or ""),
            written,
            int(data.get("unsaved_edits") or 0),
            int(data.get("pid") or 0),
            str(data.get("host") or ""),
            record,
            source_state=(int(state[0]), int(state[1]))
            if isinstance(state, list) and len(state) == 2
            else None,
        )
    except (RecordFileError, TypeError, ValueError) as exc:
        return RecoveryEntry(path, "", written, 0, 0, "", None, str(exc))
