"""Autosave: unsaved work goes to a recovery file, soon after typing stops, after structural
edits and on a timer.

One ``Autosaver`` per document. Typing is written ``TYPING_DELAY_MS`` after the last key, and at
the latest ``TYPING_MAX_WAIT_MS`` after the first unsaved key of a long burst, so a crash loses
at most about a second of typing; the write happens in a pause, never per key. A record whose
write takes long (the 1.5 MB benchmark record: about a quarter of a second) waits longer, in
proportion (``WRITE_SHARE``), so that typing never spends more than a tenth of its time
writing. The recovery file is removed when the document becomes clean (saved, or all edits
undone) and when the window closes cleanly. A failed write never raises: ``failed`` is
emitted once, until a write succeeds again.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal

from gui.core.errors import RecordFileError
from gui.core.paths import set_value
from gui.core.recovery import new_recovery_path, remove_recovery, write_recovery
from gui.qt.document import RecordDocument

STRUCTURE_DELAY_MS = 500
TYPING_DELAY_MS = 300
TYPING_MAX_WAIT_MS = 1000
WRITE_SHARE = 0.1
"""At most this share of a burst of typing goes to writing the recovery file."""

_clock = time.perf_counter  # what times a write (tests replace it)


def recovery_folder() -> Path:
    """Where recovery files live (the application data folder)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


def unsaved_edits(doc: RecordDocument) -> int:
    """How many undo steps separate the document from its saved state."""
    stack = doc.undo_stack
    clean = stack.cleanIndex()
    return stack.count() if clean < 0 else abs(stack.index() - clean)


class Autosaver(QObject):
    """Writes a document's recovery file while it has unsaved edits."""

    written = Signal(str)
    failed = Signal(str)  # once per run of failures: the reason
    recovered = Signal()  # a write succeeded after failures

    def __init__(
        self, doc: RecordDocument, folder: Path, interval_s: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._doc = doc
        self.path = new_recovery_path(folder)
        self._dirty = False
        self._exists = False
        self.timer = QTimer(self)
        self.timer.setInterval(max(1, interval_s) * 1000)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(STRUCTURE_DELAY_MS)
        self._soon.timeout.connect(self.write_now)
        self._idle = QTimer(self)  # restarted by every key: fires in the first pause
        self._idle.setSingleShot(True)
        self._idle.setInterval(TYPING_DELAY_MS)
        self._idle.timeout.connect(self.write_now)
        self._max_wait = QTimer(self)  # not restarted: bounds the loss during a long burst
        self._max_wait.setSingleShot(True)
        self._max_wait.setInterval(TYPING_MAX_WAIT_MS)
        self._max_wait.timeout.connect(self.write_now)
        self.failing = False
        # a table cell's text being typed, not in the record until the cell closes: the
        # window's (its path and value), written into the recovery file with the record
        self.pending_edit: Callable[[], tuple[tuple[object, ...], object] | None] = lambda: None
        # (size, mtime_ns) of the file as the unsaved work started from it: the window's
        self.source_state: Callable[[], tuple[int, int] | None] = lambda: None
        doc.changed.connect(self._mark_dirty)
        doc.typing.connect(self._mark_dirty)
        for signal in (doc.inserted, doc.removed, doc.moved):
            signal.connect(self._structure_changed)
        doc.undo_stack.cleanChanged.connect(self._clean_changed)

    def set_interval(self, seconds: int) -> None:
        """Change the autosave interval."""
        self.timer.setInterval(max(1, seconds) * 1000)

    def adopt(self, path: Path) -> None:
        """Continue writing into an existing recovery file (after restoring it)."""
        if self._exists and path != self.path:
            remove_recovery(self.path)
        self.path = path
        self._exists = path.exists()

    def _mark_dirty(self) -> None:
        self._dirty = True
        self._idle.start()
        if not self._max_wait.isActive():
            self._max_wait.start()

    def _pace(self, write_s: float) -> None:
        """Wait longer before the next write of typing when this one took long."""
        write_ms = write_s * 1000
        self._idle.setInterval(max(TYPING_DELAY_MS, round(2 * write_ms)))
        self._max_wait.setInterval(max(TYPING_MAX_WAIT_MS, round(write_ms / WRITE_SHARE)))

    def _structure_changed(self, *_args: object) -> None:
        self._soon.start()

    def _stop_timers(self) -> None:
        self._soon.stop()
        self._idle.stop()
        self._max_wait.stop()

    def _tick(self) -> None:
        if self._dirty:
            self.write_now()

    def write_now(self) -> bool:
        """Write the recovery file now if there are unsaved edits; True when written.

        Never raises: a failure (folder read-only, its path taken by a file, disk full) is
        reported once through ``failed``.
        """
        self._stop_timers()
        pending = self.pending_edit()
        if pending is not None and self._doc.value(pending[0]) == pending[1]:
            pending = None  # nothing typed in the cell yet
        if not self._doc.is_modified() and pending is None:
            return False
        started = _clock()  # the copy below counts in the write's cost
        record = self._doc.record
        if pending is not None:  # the record as it will be when the cell closes
            record = copy.deepcopy(record)
            set_value(record, *pending)
        try:
            write_recovery(
                self.path,
                record,
                self._doc.file_name,
                unsaved_edits(self._doc),
                self.source_state() if self._doc.file_name else None,
            )
        except (RecordFileError, OSError) as exc:
            detail = exc.one_line() if isinstance(exc, RecordFileError) else str(exc)
            if not self.failing:
                self.failing = True
                self.failed.emit(detail)
            return False
        self._pace(_clock() - started)
        self._dirty = False
        self._exists = True
        if self.failing:
            self.failing = False
            self.recovered.emit()
        self.written.emit(str(self.path))
        return True

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()

    def discard(self) -> None:
        """Remove the recovery file (the work is saved, or deliberately dropped)."""
        self._stop_timers()
        self._dirty = False
        if self._exists or self.path.exists():
            remove_recovery(self.path)
        self._exists = False
