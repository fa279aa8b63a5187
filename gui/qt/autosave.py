"""Autosave: unsaved work goes to a recovery file, on a timer and after structural edits.

One ``Autosaver`` per document. The recovery file is removed when the document becomes clean
(saved, or all edits undone) and when the window closes cleanly.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal

from gui.core.errors import RecordFileError
from gui.core.recovery import new_recovery_path, remove_recovery, write_recovery
from gui.qt.document import RecordDocument

STRUCTURE_DELAY_MS = 500


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
    failed = Signal(str)

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
        doc.changed.connect(self._mark_dirty)
        for signal in (doc.inserted, doc.removed):
            signal.connect(lambda *_: self._soon.start())
        doc.moved.connect(lambda *_: self._soon.start())
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

    def _tick(self) -> None:
        if self._dirty:
            self.write_now()

    def write_now(self) -> bool:
        """Write the recovery file now if there are unsaved edits; True when written."""
        self._soon.stop()
        if not self._doc.is_modified():
            return False
        try:
            write_recovery(
                self.path, self._doc.record, self._doc.file_name, unsaved_edits(self._doc)
            )
        except RecordFileError as exc:
            self.failed.emit(exc.detail)
            return False
        self._dirty = False
        self._exists = True
        self.written.emit(str(self.path))
        return True

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()

    def discard(self) -> None:
        """Remove the recovery file (the work is saved, or deliberately dropped)."""
        self._soon.stop()
        self._dirty = False
        if self._exists or self.path.exists():
            remove_recovery(self.path)
        self._exists = False
