"""One editor per file: a ``QLockFile`` beside each open record file.

A lock held by a running Bienban (here, on another machine of a shared folder, or in another
window) is reported with who holds it; a lock left by a crashed process on this machine is
stale and QLockFile takes it over.
"""

from __future__ import annotations

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


def lock_path(file_name: str) -> str:
    """``/dir/meeting.bienban.json`` → ``/dir/.meeting.bienban.json.lock``."""
    folder, name = os.path.split(os.path.abspath(file_name))
    return os.path.join(folder, f".{name}.lock")


class DocumentLock:
    """The lock of one open file (at most one at a time)."""

    def __init__(self) -> None:
        self._lock: QLockFile | None = None
        self.file_name = ""

    def acquire(self, file_name: str) -> tuple[LockState, LockHolder | None]:
        """Lock ``file_name``; on success release any previous lock."""
        if self._lock is not None and os.path.abspath(file_name) == self.file_name:
            return LockState.LOCKED, None
        lock = QLockFile(lock_path(file_name))
        lock.setStaleLockTime(0)  # stale only when its process is gone, not by age
        if lock.tryLock(0):
            self.release()
            self._lock = lock
            self.file_name = os.path.abspath(file_name)
            return LockState.LOCKED, None
        if lock.error() == QLockFile.LockError.LockFailedError:
            pid, host, app = lock.getLockInfo()  # (0, "", "") when unreadable
            return LockState.HELD, LockHolder(int(pid), str(host), str(app)) if pid else None
        return LockState.FAILED, None

    def release(self) -> None:
        """Release the current lock, if any."""
        if self._lock is not None:
            self._lock.unlock()
        self._lock = None
        self.file_name = ""

    def is_locked(self) -> bool:
        """True while this document holds its file's lock."""
        return self._lock is not None and self._lock.isLocked()
