"""One editor per file: a ``QLockFile`` beside each open record file.

A lock held by a running Bienban (here, on another machine of a shared folder, or in another
window) is reported with who holds it and since when; a lock left by a crashed process on this
machine is stale and QLockFile takes it over. A lock Qt cannot judge — empty or garbage, or
left by a colleague's machine that crashed — can be taken over when the user says so (as
LibreOffice's "Open anyway"). The lock sits beside the real file, not beside a symbolic link
to it, so every path to one file meets the same lock.
"""

from __future__ import annotations

import datetime as dt
import enum
import os
from dataclasses import dataclass

from PySide6.QtCore import QLockFile


class LockState(enum.Enum):
    """Outcome of trying to lock a file."""

    LOCKED = enum.auto()
    HELD = enum.auto()
    FAILED = enum.auto()  # the folder does not allow a lock file (read-only media)


@dataclass
class LockHolder:
    """Who holds a lock."""

    pid: int
    host: str
    app: str
    since: dt.datetime | None = None  # when the lock file was written


def lock_path(file_name: str) -> str:
    """``/dir/meeting.bienban.json`` → ``/dir/.meeting.bienban.json.lock``."""
    folder, name = os.path.split(os.path.realpath(file_name))
    return os.path.join(folder, f".{name}.lock")


class DocumentLock:
    """The lock of one open file (at most one at a time)."""

    def __init__(self) -> None:
        self._lock: QLockFile | None = None
        self.file_name = ""

    def acquire(self, file_name: str) -> tuple[LockState, LockHolder | None]:
        """Lock ``file_name``; on success release any previous lock."""
        if self._lock is not None and os.path.realpath(file_name) == self.file_name:
            return LockState.LOCKED, None
        lock = QLockFile(lock_path(file_name))
        lock.setStaleLockTime(0)  # stale only when its process is gone, not by age
        if lock.tryLock(0):
            self.release()
            self._lock = lock
            self.file_name = os.path.realpath(file_name)
            return LockState.LOCKED, None
        if lock.error() == QLockFile.LockError.LockFailedError:
            info = lock.getLockInfo()  # (ok, pid, host, app) or (pid, host, app) by version
            pid, host, app = info[-3:]
            try:
                since = dt.datetime.fromtimestamp(os.stat(lock_path(file_name)).st_mtime)
            except OSError:
                since = None
            holder = LockHolder(int(pid or 0), str(host or ""), str(app or ""), since)
            return LockState.HELD, holder
        return LockState.FAILED, None

    def take_over(self, file_name: str) -> bool:
        """Remove someone else's lock on ``file_name`` and lock it (the user said so)."""
        lock = QLockFile(lock_path(file_name))
        lock.setStaleLockTime(0)
        lock.removeStaleLockFile()
        if not lock.tryLock(0):
            return False
        self.release()
        self._lock = lock
        self.file_name = os.path.realpath(file_name)
        return True

    def release(self) -> None:
        """Release the current lock, if any."""
        if self._lock is not None:
            self._lock.unlock()
        self._lock = None
        self.file_name = ""

    def is_locked(self) -> bool:
        """True while this document holds its file's lock."""
        return self._lock is not None and self._lock.isLocked()
