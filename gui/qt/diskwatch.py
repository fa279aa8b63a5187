"""Noticing when the open file changes on disk (a colleague saved it, a sync tool replaced it).

The watcher remembers the fingerprint (size, modification time, the bytes themselves) of what
was loaded or saved, reports a real change once — a deletion too — and re-arms itself after
atomic replaces (which give the path a new inode and drop inotify's watch). A record file is
kilobytes to a few megabytes: keeping its bytes and comparing them is exact, and cheaper at
start-up than a hash (``hashlib`` loads OpenSSL: 5 ms before the window could show).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

Fingerprint = tuple[int, int, bytes]
GONE: Fingerprint = (-1, -1, b"")


def fingerprint(file_name: str) -> Fingerprint | None:
    """(size, mtime_ns, content) of a file, or None when it cannot be read."""
    try:
        st = os.stat(file_name)
        with open(file_name, "rb") as f:
            content = f.read()
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, content)


class DiskWatcher(QObject):
    """Watches one file; emits ``changed_on_disk`` when its content differs from ours."""

    changed_on_disk = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_changed)
        self._watcher.directoryChanged.connect(self._on_dir_changed)
        self.file_name = ""
        self.known: Fingerprint | None = None
        self._reported: Fingerprint | None = None

    def watch(self, file_name: str) -> None:
        """Watch ``file_name``, taking its current content as ours."""
        self.stop()
        self.file_name = file_name
        self.known = fingerprint(file_name)
        self._reported = None
        self._arm()

    def stop(self) -> None:
        """Stop watching."""
        for paths in (self._watcher.files(), self._watcher.directories()):
            if paths:
                self._watcher.removePaths(paths)
        self.file_name = ""
        self.known = None

    def accept_current(self) -> None:
        """Take what is on disk now as ours (after saving or reloading)."""
        self.known = fingerprint(self.file_name)
        self._reported = None
        self._arm()

    def differs(self) -> bool:
        """True when the file on disk is no longer what we loaded or saved."""
        if not self.file_name:
            return False
        current = fingerprint(self.file_name)
        if current is None:
            return False  # gone (deleted, folder pulled): nobody's newer version to protect
        if self.known is None:
            return True
        # the same bytes rewritten (a touch, a sync tool) is not a change
        return current[2] != self.known[2]

    def _arm(self) -> None:
        if not self.file_name:
            return
        if os.path.exists(self.file_name) and self.file_name not in self._watcher.files():
            self._watcher.addPath(self.file_name)
        folder = os.path.dirname(os.path.abspath(self.file_name))
        if folder not in self._watcher.directories() and os.path.isdir(folder):
            self._watcher.addPath(folder)

    def _on_file_changed(self, _path: str) -> None:
        self._check()

    def _on_dir_changed(self, _path: str) -> None:
        self._check()

    def gone(self) -> bool:
        """True when the file we loaded or saved is no longer on disk (deleted, moved)."""
        return (
            bool(self.file_name) and self.known is not None and not os.path.exists(self.file_name)
        )

    def _check(self) -> None:
        self._arm()
        if self.gone():
            if self._reported != GONE:  # report the deletion once
                self._reported = GONE
                self.changed_on_disk.emit(self.file_name)
            return
        if self.differs():
            current = fingerprint(self.file_name)
            if current != self._reported:  # report each change once
                self._reported = current
                self.changed_on_disk.emit(self.file_name)
