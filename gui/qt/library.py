"""The library on the Qt side: its folder, its index kept current while the app runs.

``LibraryController`` owns the ``LibraryIndex`` (an SQLite file in the app data folder), watches
the library folder with ``QFileSystemWatcher`` and refreshes the index shortly after files
change. Status changes made in the tracking view are written back to the record files through
undo commands that take the file's lock (or, when the file is open in a window of this
process, go through that window's document and undo stack).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QStandardPaths, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from gui.core.errors import RecordFileError
from gui.core.library import LibraryIndex, RefreshResult, write_back
from gui.core.record import TaskStatus
from gui.qt.locking import DocumentLock, LockState

if TYPE_CHECKING:
    from gui.qt.mainwindow import MainWindow


def default_library_folder() -> str:
    """``~/Documents/Bienban``."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return os.path.join(docs or os.path.expanduser("~"), "Bienban")


def index_path() -> Path:
    """The SQLite index in the app data folder."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "library-index.sqlite3"


class LibraryController(QObject):
    """The library folder, its index, and the undo stack of status write-backs."""

    updated = Signal(object)  # RefreshResult
    write_failed = Signal(str)

    def __init__(
        self,
        folder: str,
        db_path: Path | None = None,
        open_windows: Callable[[], list[MainWindow]] = list,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db_path = db_path or index_path()
        self._open_windows = open_windows
        self.undo_stack = QUndoStack(self)
        self.index = LibraryIndex(folder, self._db_path)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _p: self._timer.start())
        self._watcher.fileChanged.connect(lambda _p: self._timer.start())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refresh)
        self._watch()

    @property
    def folder(self) -> Path:
        """The library folder."""
        return self.index.folder

    def set_folder(self, folder: str) -> RefreshResult:
        """Point the library at another folder (rebuilding the index)."""
        self.index.close()
        self.index = LibraryIndex(folder, self._db_path)
        self.undo_stack.clear()
        self._watch()
        return self.refresh()

    def _watch(self) -> None:
        for paths in (self._watcher.files(), self._watcher.directories()):
            if paths:
                self._watcher.removePaths(paths)
        folder = self.folder
        if folder.is_dir():
            dirs = [str(folder)] + [
                str(p) for p in folder.rglob("*") if p.is_dir() and not p.name.startswith(".")
            ]
            self._watcher.addPaths(dirs)

    def refresh(self) -> RefreshResult:
        """Bring the index up to date with the folder now."""
        self._timer.stop()
        result = self.index.refresh()
        self._watch()
        self.updated.emit(result)
        return result

    # --- write-back ------------------------------------------------------------------------

    def set_status(
        self,
        path: str,
        dept: int,
        task: int,
        status: TaskStatus,
        completed_on: dt.date | None,
        old: tuple[TaskStatus, dt.date | None],
    ) -> None:
        """Change a task's status and completion date in its file (undoable)."""
        self.undo_stack.push(StatusCommand(self, path, dept, task, (status, completed_on), old))

    def apply_status(
        self, path: str, dept: int, task: int, status: TaskStatus, completed_on: dt.date | None
    ) -> bool:
        """Write one task's status into its record file, respecting locks; True on success."""
        window = self._window_with(path)
        if window is not None:
            base = ("directives", "departments", dept, "tasks", task)
            stack = window.doc.undo_stack
            stack.beginMacro(window.tr("Cập nhật tình trạng nhiệm vụ"))
            window.doc.edit((*base, "status"), status)
            window.doc.edit((*base, "completed_on"), completed_on)
            stack.endMacro()
            ok = window.save()
        else:
            lock = DocumentLock()
            state, holder = lock.acquire(path)
            if state is not LockState.LOCKED:
                who = f"{holder.pid}@{holder.host}" if holder else "?"
                self.write_failed.emit(
                    self.tr("«%s» đang được mở để sửa (%s); chưa ghi được.")
                    % (os.path.basename(path), who)
                )
                return False
            try:
                write_back(path, dept, task, status, completed_on)
                ok = True
            except RecordFileError as exc:
                self.write_failed.emit(exc.one_line())
                ok = False
            finally:
                lock.release()
        if ok:
            self.index.refresh([path])
            self.updated.emit(RefreshResult(changed=[path]))
        return ok

    def _window_with(self, path: str) -> MainWindow | None:
        target = os.path.abspath(path)
        for window in self._open_windows():
            if (
                window.doc.file_name
                and os.path.abspath(window.doc.file_name) == target
                and not window.read_only
            ):
                return window
        return None


class StatusCommand(QUndoCommand):
    """A status change written back to a record file; undo writes the old one back."""

    def __init__(
        self,
        library: LibraryController,
        path: str,
        dept: int,
        task: int,
        new: tuple[TaskStatus, dt.date | None],
        old: tuple[TaskStatus, dt.date | None],
    ) -> None:
        super().__init__(library.tr("Cập nhật tình trạng nhiệm vụ"))
        self._library = library
        self._args: tuple[Any, ...] = (path, dept, task)
        self._new, self._old = new, old

    def redo(self) -> None:
        if not self._library.apply_status(*self._args, *self._new):
            self.setObsolete(True)

    def undo(self) -> None:
        self._library.apply_status(*self._args, *self._old)
