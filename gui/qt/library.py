"""The library on the Qt side: its folder, its index kept current while the app runs.

``LibraryController`` owns the ``LibraryIndex`` (an SQLite file in the app data folder), watches
the library folder with ``QFileSystemWatcher`` and refreshes the index shortly after files
change. Status changes made in the tracking view are written back to the record files through
undo commands that take the file's lock (or, when the file is open in a window of this
process, go through that window's document and undo stack, and are saved with it: when that
document has unsaved edits, only after the user agreed to save them too).

Nothing slow runs in the GUI thread: index builds run in a worker thread (the first one in
batches, so the tracking view fills while it runs, with progress and cancel), and the tracking
view's lists and statistics are queried in another, each request numbered so that a view keeps
only the answer to its latest one.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QFileSystemWatcher,
    QObject,
    QStandardPaths,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QUndoCommand, QUndoStack

from gui.core.errors import RecordFileError
from gui.core.library import (
    LibraryIndex,
    RefreshResult,
    SortKey,
    TaskFilter,
    TaskList,
    find_task,
    task_path,
    write_back,
)
from gui.core.record import Record, TaskStatus
from gui.qt.document import RecordDocument
from gui.qt.locking import DocumentLock, LockState
from gui.qt.settings import default_library_folder as default_library_folder  # re-exported

if TYPE_CHECKING:  # for typing only
    from gui.qt.dialogs import Dialogs


class EditingWindow(Protocol):
    """What the library needs of a window of this process that has a record file open: a
    status change to that file goes through the window's document and undo stack."""

    doc: RecordDocument
    read_only: bool
    dialogs: Dialogs

    def save(self) -> bool: ...

    def tr(self, text: str) -> str: ...


BUILD_BATCH = 25  # files indexed per transaction of a first build (rows appear batch by batch)
FIRST_BATCH = 5  # the first batch is smaller: the first rows appear sooner
SEARCH_KEYS_PART = 1000  # search keys read at a time (about 400 kB, 2–6 ms)
PREPARE_PRIORITY = -1  # the query thread's work done ahead: after every request queued

log = logging.getLogger(__name__)


def changed(result: RefreshResult) -> bool:
    """Whether a refresh changed the index."""
    return bool(result.added or result.changed or result.removed or result.renamed)


def index_path() -> Path:
    """The SQLite index in the app data folder."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "library-index.sqlite3"


class _Relay(QObject):
    """Signals emitted in worker threads, delivered in the GUI thread (queued)."""

    progress = Signal(object, int, int)  # build token, files done, files in all
    built = Signal(object, object, bool)  # build token, RefreshResult, cancelled
    build_failed = Signal(object, str)  # build token, message
    listed = Signal(object, int, object, int)  # requester, generation, ids, overdue
    counted = Signal(object, int, object)  # requester, generation, statistics


class LibraryController(QObject):
    """The library folder, its index, and the undo stack of status write-backs."""

    updated = Signal(object)  # RefreshResult (also when nothing changed)
    write_failed = Signal(str)
    folder_changed = Signal()
    build_started = Signal()
    build_progress = Signal(int, int)  # files indexed, files in all
    build_finished = Signal(bool)  # True when cancelled
    rows_moved = Signal(object)  # {old task id: new task id} after a file was re-indexed
    task_written = Signal(str)  # a status was written back to this file, indexed again whole
    task_changed = Signal(int)  # a status was written back to this task, which kept its id
    tasks_listed = Signal(object, int, object, int)  # requester, generation, ids, overdue
    statistics_counted = Signal(object, int, object)  # requester, generation, statistics

    def __init__(
        self,
        folder: str,
        db_path: Path | None = None,
        open_windows: Callable[[], list[EditingWindow]] = list,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db_path = db_path or index_path()
        self._open_windows = open_windows
        # the pools first: deleted before the relay, they wait for their work to end
        self._build_pool = QThreadPool(self)
        self._build_pool.setMaxThreadCount(1)
        self._query_pool = QThreadPool(self)
        self._query_pool.setMaxThreadCount(1)  # one query at a time, in request order
        self._relay = _Relay(self)
        self._relay.progress.connect(self._build_progressed)
        self._relay.built.connect(self._build_done)
        self._relay.build_failed.connect(self._build_broke)
        self._relay.listed.connect(self.tasks_listed)
        self._relay.counted.connect(self.statistics_counted)
        self._build: threading.Event | None = None  # the running build's cancel flag
        self._first_build = False  # it indexes an empty index batch by batch
        self._rebuild = False  # files changed while a build ran: refresh again after it
        self.version = 0  # raised whenever the index changes
        self._generation = 0
        self._latest: dict[int, int] = {}  # requester → its latest list request
        self._reader: LibraryIndex | None = None  # the query thread's connection
        self._task_list = TaskList()
        self._keys_asked: int | None = None  # the version whose search keys were asked for
        self.undo_stack = QUndoStack(self)
        self.index = LibraryIndex(folder, self._db_path)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _p: self._timer.start())
        self._watcher.fileChanged.connect(lambda _p: self._timer.start())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.start_refresh)
        # the folder is watched from the end of the first refresh on (walking it here would
        # hold up opening the tracking book)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def folder(self) -> Path:
        """The library folder."""
        return self.index.folder

    @property
    def building(self) -> bool:
        """Whether an index build runs in the background."""
        return self._build is not None

    def set_folder(self, folder: str) -> None:
        """Point the library at another folder (the index is rebuilt in the background)."""
        self.cancel_refresh()
        self.wait_for_build()
        # the old folder's build has ended: what it still signals is dropped (another token),
        # and the new folder's build starts now, not after that build's late answer
        self._build, self._first_build = None, False
        self.index.close()
        self.index = LibraryIndex(folder, self._db_path)
        self._changed()
        self.undo_stack.clear()
        self._watch()
        self.folder_changed.emit()
        self.start_refresh()

    def _watch(self) -> None:
        """Watch the folders the index reads (the folder and every folder under it, through
        links too, each once), except the index's own folder: its database's journal comes
        and goes with every write, and watched, each refresh would start the next. Only what
        changed is added or removed."""
        wanted: set[str] = set()
        own = os.path.realpath(self._db_path.parent)
        folder = self.folder
        seen: set[str] = set()
        if folder.is_dir():
            for top, dirs, _files in os.walk(folder, followlinks=True):
                real = os.path.realpath(top)
                if real in seen or (real == own and top != str(folder)):
                    dirs.clear()  # a link back up, or the index's folder
                    continue
                seen.add(real)
                wanted.add(top)
        watched = set(self._watcher.directories())
        if gone := watched - wanted:
            self._watcher.removePaths(sorted(gone))
        if new := wanted - watched:
            self._watcher.addPaths(sorted(new))

    def refresh(self) -> RefreshResult:
        """Bring the index up to date with the folder now (waiting for a background build)."""
        self._timer.stop()
        self.wait_for_build()
        result = self.index.refresh()
        self._watch()
        if changed(result):
            self._changed()
        self.updated.emit(result)
        return result

    def start_refresh(self) -> None:
        """Bring the index up to date in a worker thread; ``updated`` says what changed.

        A first build (empty index) goes in batches of files, each committed on its own, with
        ``build_progress`` after each; ``cancel_refresh`` stops it between batches.
        """
        self._timer.stop()
        if self._build is not None:
            self._rebuild = True
            return
        token = self._build = threading.Event()
        first = self._first_build = not self.index.meetings() and not self.index.errors()
        folder, db = str(self.folder), self._db_path
        self._build_pool.start(lambda: self._run_build(token, folder, db, first))
        self.build_started.emit()

    def cancel_refresh(self) -> None:
        """Stop a background build after its current batch (what is indexed stays)."""
        if self._build is not None:
            self._build.set()
        self._rebuild = False

    def wait_for_build(self) -> None:
        """Block until a background build has ended (its signals still arrive later)."""
        self._build_pool.waitForDone()

    def shutdown(self) -> None:
        """Cancel background work and wait for it (the application quits)."""
        self.cancel_refresh()
        self._build_pool.waitForDone()
        self._query_pool.waitForDone()

    def _run_build(self, token: threading.Event, folder: str, db: Path, first: bool) -> None:
        """In the build thread: index ``folder`` with a connection of this thread."""
        try:
            index = LibraryIndex(folder, db)
        except (OSError, sqlite3.Error) as exc:
            self._relay.build_failed.emit(token, str(exc))
            return
        result = RefreshResult()
        try:
            if first:
                paths = list(index.scan())
                self._relay.progress.emit(token, 0, len(paths))
                starts = [0, *range(min(FIRST_BATCH, BUILD_BATCH), len(paths), BUILD_BATCH)]
                for start, end in zip(starts, [*starts[1:], len(paths)], strict=True):
                    if token.is_set():
                        break
                    part = index.refresh(paths[start:end])
                    for name in ("added", "changed", "removed", "renamed", "errors"):
                        getattr(result, name).extend(getattr(part, name))
                    self._relay.progress.emit(token, end, len(paths))
            if not token.is_set():
                rest = index.refresh()  # what the batches cannot see: removals, renames
                for name in ("added", "changed", "removed", "renamed", "errors"):
                    getattr(result, name).extend(getattr(rest, name))
        except Exception as exc:  # the thread's last stop: reported, never lost
            log.exception("index build failed")
            self._relay.build_failed.emit(token, str(exc))
            return
        finally:
            index.close()
        self._relay.built.emit(token, result, token.is_set())

    def _build_progressed(self, token: object, done: int, total: int) -> None:
        if token is self._build:
            self._changed()
            self.build_progress.emit(done, total)

    def _build_done(self, token: object, result: RefreshResult, cancelled: bool) -> None:
        if token is not self._build:
            return
        self._build = None
        self._first_build = False
        self._watch()
        if changed(result):
            self._changed()
        self.build_finished.emit(cancelled)
        self.updated.emit(result)
        if self._rebuild and not cancelled:
            self._rebuild = False
            self.start_refresh()

    def _build_broke(self, token: object, message: str) -> None:
        if token is self._build:
            self._build, self._first_build = None, False
            self.build_finished.emit(True)
            self.write_failed.emit(self.tr("Không lập được chỉ mục thư mục lưu trữ: %s") % message)

    def _changed(self) -> None:
        self.version += 1

    # --- queries, in the query thread ------------------------------------------------------

    def _next(self) -> int:
        self._generation += 1
        return self._generation

    def _reading(self) -> LibraryIndex:
        """The query thread's own connection to the index."""
        if self._reader is None:
            self._reader = LibraryIndex.reader(self.folder, self._db_path)
        return self._reader

    def list_tasks(
        self,
        requester: object,
        flt: TaskFilter,
        sort: SortKey,
        descending: bool,
        today: dt.date,
    ) -> int:
        """Ask for the ids of the tasks matching ``flt`` in order; returns the request's
        number. ``tasks_listed`` brings the answer (skipped when a newer request of the same
        requester came first)."""
        generation = self._next()
        version, key = self.version, id(requester)
        self._latest[key] = generation

        def run() -> None:
            if self._latest.get(key) != generation:
                return  # a newer request of the same view is queued: this one is stale
            try:
                ids, overdue = self._task_list.ids(
                    self._reading(), flt, sort, descending, today, version
                )
            except Exception:  # the thread's last stop: logged; the view gets an answer
                log.exception("task query failed")
                ids, overdue = [], 0
            self._relay.listed.emit(requester, generation, ids, overdue)

        self._query_pool.start(run)
        return generation

    def prepare_orders(self, today: dt.date) -> None:
        """Take the orders by each column in the query thread now, before a header is
        clicked: one at a time, each behind any request queued meanwhile (which waits for one
        of them at most); not while a first build changes the index batch by batch."""
        if self._first_build:
            return
        version = self.version

        def prepare(sort: SortKey) -> None:
            try:
                self._task_list.prepare_order(self._reading(), sort, version, today)
            except Exception:  # the thread's last stop: a sort click takes the order itself
                log.exception("preparing an order failed")

        for sort in SortKey:
            self._query_pool.start(lambda sort=sort: prepare(sort), PREPARE_PRIORITY)

    def _read_search_keys(self, version: int) -> None:
        """In the query thread: read the next part of the search keys of this version of the
        index, and queue the part after it behind any request (a search meanwhile looks in
        SQL: it waits for one part at most, not for all 10 MB of keys)."""
        if version != self.version:
            return  # the index changed: its next list asks for the keys of the new version
        try:
            more = self._task_list.read_search_keys(self._reading(), version, SEARCH_KEYS_PART)
        except Exception:  # the thread's last stop: the search looks in SQL meanwhile
            log.exception("reading the search keys failed")
            self._keys_asked = None
            return
        if more:
            self._query_pool.start(lambda: self._read_search_keys(version), PREPARE_PRIORITY)

    def prepare_search(self) -> None:
        """Read the search keys of this version of the index in the query thread, a part at a
        time behind any request (not while a first build changes the index batch by batch)."""
        if self._first_build or self._keys_asked == self.version:
            return
        version = self._keys_asked = self.version
        self._query_pool.start(lambda: self._read_search_keys(version), PREPARE_PRIORITY)

    def count_tasks(
        self, requester: object, start: dt.date | None, end: dt.date | None, today: dt.date
    ) -> int:
        """Ask for the statistics of the meetings from ``start`` to ``end``; returns the
        request's number, ``statistics_counted`` brings the answer."""
        generation = self._next()

        def run() -> None:
            try:
                stats = self._reading().statistics(start, end, today)
            except Exception:  # the thread's last stop: logged; the view gets an answer
                log.exception("statistics query failed")
                stats = []
            self._relay.counted.emit(requester, generation, stats)

        self._query_pool.start(run)
        return generation

    # --- write-back ------------------------------------------------------------------------

    def set_status(
        self,
        path: str,
        dept: int,
        task: int,
        status: TaskStatus,
        completed_on: dt.date | None,
        old: tuple[TaskStatus, dt.date | None],
        content: str | None = None,
    ) -> None:
        """Change a task's status and completion date in its file (undoable). ``content``:
        the task's text as indexed, to find it in a window whose unsaved edits moved it."""
        self.undo_stack.push(
            StatusCommand(self, path, dept, task, (status, completed_on), old, content)
        )

    def apply_status(
        self,
        path: str,
        dept: int,
        task: int,
        status: TaskStatus,
        completed_on: dt.date | None,
        content: str | None = None,
    ) -> bool:
        """Write one task's status into its record file, respecting locks; True on success."""
        window = self._window_with(path)
        current = False  # indexed as it is on disk: the status is then its only change
        if window is not None:
            base = _path_in(window.doc.record, dept, task, content)
            if base is None:
                self.write_failed.emit(
                    self.tr("«%s» đang mở không còn nhiệm vụ này; chưa ghi được.")
                    % os.path.basename(path)
                )
                return False
            if not window.commit_pending_edit():  # a date typed there that does not read
                return False
            if window.doc.is_modified() and not window.dialogs.confirm(
                self.tr("Văn bản đang mở có thay đổi chưa lưu"),
                self.tr(
                    "«%s» đang mở và có thay đổi chưa lưu. Ghi tình trạng nhiệm vụ vào tệp "
                    "sẽ lưu cả các thay đổi đó. Lưu văn bản?"
                )
                % os.path.basename(path),
            ):
                return False
            stack = window.doc.undo_stack
            stack.beginMacro(window.tr("Cập nhật tình trạng nhiệm vụ"))
            window.doc.edit((*base, "status"), status)
            window.doc.edit((*base, "completed_on"), completed_on)
            stack.endMacro()
            ok = window.files.save_taken()  # what is typed there was taken above
            record = window.doc.record
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
                current = self.index.is_current(path)  # under the lock: nobody writes it
                record = write_back(path, dept, task, status, completed_on)
                ok = True
            except RecordFileError as exc:
                self.write_failed.emit(exc.one_line())
                ok = False
            finally:
                lock.release()
        if ok and current and self._status_indexed(path, dept, task, status, completed_on):
            return True
        if ok:
            before = self.index.ids_of_file(path)
            try:
                self.index.reindex(path, record)
            except OSError:  # gone again already: the folder watcher will tell
                self.index.refresh([path])
            after = self.index.ids_of_file(path)
            self._changed()
            self.rows_moved.emit({old: after[k] for k, old in before.items() if k in after})
            self.task_written.emit(path)
        return ok

    def _status_indexed(
        self, path: str, dept: int, task: int, status: TaskStatus, completed_on: dt.date | None
    ) -> bool:
        """Index a status just written back as one row changed (the task keeps its id, the
        query thread's lists follow it); False when the whole file must be indexed again."""
        try:
            rowid = self.index.set_status(path, dept, task, status, completed_on)
        except (OSError, sqlite3.Error):
            return False
        if rowid is None:
            return False

        def run() -> None:
            try:
                self._task_list.status_changed(self._reading(), rowid)
            except Exception:  # the thread's last stop: the next list reads everything again
                log.exception("following a status change failed")
                self._task_list.forget()

        self._query_pool.start(run)
        self.task_changed.emit(rowid)
        return True

    def _window_with(self, path: str) -> EditingWindow | None:
        target = os.path.abspath(path)
        for window in self._open_windows():
            if (
                window.doc.file_name
                and os.path.abspath(window.doc.file_name) == target
                and not window.read_only
            ):
                return window
        return None


def _path_in(
    record: Record, dept: int, task: int, content: str | None
) -> tuple[str | int, ...] | None:
    """Where the indexed task ``(dept, task)`` is in a window's ``record``: at its key, or,
    when unsaved edits moved it (another task is there now), the one task with its
    ``content``; None when it cannot be told."""
    try:
        at = task_path(record, dept, task)
        if content is None or find_task(record, dept, task).content == content:
            return at
    except IndexError:
        if content is None:
            return None
    same = [t.path for t in record.tracked_tasks() if t.task.content == content]
    return same[0] if len(same) == 1 else None


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
        content: str | None = None,
    ) -> None:
        super().__init__(library.tr("Cập nhật tình trạng nhiệm vụ"))
        self._library = library
        self._args: tuple[Any, ...] = (path, dept, task)
        self._new, self._old = new, old
        self._content = content

    def redo(self) -> None:
        if not self._library.apply_status(*self._args, *self._new, self._content):
            self.setObsolete(True)

    def undo(self) -> None:
        # not written (declined, locked): the step goes, the stack stays as the file is
        if not self._library.apply_status(*self._args, *self._old, self._content):
            self.setObsolete(True)
