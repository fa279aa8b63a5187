"""The open document: a record, its file name and its undo stack.

All changes go through ``edit``/``insert``/``remove``/``move``, which push undo commands;
the commands call the ``apply_*`` operations, which change the record and emit the signals
that item models and widgets follow.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from gui.core import paths
from gui.core.paths import Path
from gui.core.record import Record
from gui.core.recordfile import load_record, save_record
from gui.qt.undo import InsertCommand, MoveCommand, RemoveCommand, SetValueCommand


class RecordDocument(QObject):
    """A record being edited.

    Signals:
        value_changed(path): a field changed (by an edit, undo or redo).
        about_to_insert(list_path, index) / inserted(list_path, index)
        about_to_remove(list_path, index) / removed(list_path, index)
        about_to_move(list_path, source, dest) / moved(list_path, source, dest)
        changed(): anything changed (for the preview and the checks).
        reset(): a different record was loaded.
        typing(): text is being typed that is not in the record yet (a table cell's editor
            commits when it closes): the autosave writes it too.
    """

    value_changed = Signal(tuple)
    about_to_insert = Signal(tuple, int)
    inserted = Signal(tuple, int)
    about_to_remove = Signal(tuple, int)
    removed = Signal(tuple, int)
    about_to_move = Signal(tuple, int, int)
    moved = Signal(tuple, int, int)
    changed = Signal()
    reset = Signal()
    typing = Signal()
    file_name_changed = Signal(str)

    def __init__(self, record: Record | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.record = record if record is not None else Record()
        self.file_name = ""
        self.undo_stack = QUndoStack(self)

    # --- loading and saving ---------------------------------------------------------------

    def load(self, file_name: str) -> None:
        """Replace the record with the file's; raises ``RecordFileError`` and keeps the old."""
        record = load_record(file_name)
        self.set_record(record, file_name)

    def set_record(self, record: Record, file_name: str = "") -> None:
        """Start editing ``record`` (clean, with an empty undo history)."""
        self.record = record
        self.undo_stack.clear()
        self.file_name = file_name
        self.reset.emit()
        self.changed.emit()
        self.file_name_changed.emit(file_name)

    def save(self, file_name: str | None = None) -> None:
        """Save atomically; raises ``RecordFileError`` and leaves the document unsaved."""
        target = file_name or self.file_name
        save_record(self.record, target)
        self.undo_stack.setClean()
        if target != self.file_name:
            self.file_name = target
            self.file_name_changed.emit(target)

    def is_modified(self) -> bool:
        """True when there are edits since the last save or load."""
        return not self.undo_stack.isClean()

    # --- edits (undoable) -----------------------------------------------------------------

    def value(self, path: Path) -> Any:
        """The current value at ``path``."""
        return paths.get(self.record, path)

    def edit(self, path: Path, value: Any, text: str = "", merge: bool = False) -> None:
        """Set a field through the undo stack (no step when the value does not change)."""
        old = self.value(path)
        if old == value:
            return
        self.undo_stack.push(SetValueCommand(self, path, copy.deepcopy(old), value, text, merge))

    def insert(self, list_path: Path, index: int, item: Any, text: str = "") -> None:
        """Insert ``item`` at ``index`` of the list at ``list_path`` (undoable)."""
        self.undo_stack.push(InsertCommand(self, list_path, index, item, text))

    def remove(self, list_path: Path, index: int, text: str = "") -> None:
        """Remove the entry at ``index`` (undoable)."""
        self.undo_stack.push(RemoveCommand(self, list_path, index, text))

    def move(self, list_path: Path, source: int, dest: int, text: str = "") -> None:
        """Move the entry at ``source`` to index ``dest`` (undoable)."""
        if source != dest:
            self.undo_stack.push(MoveCommand(self, list_path, source, dest, text))

    # --- raw operations, called by the undo commands --------------------------------------

    def apply_value(self, path: Path, value: Any) -> None:
        """Set a field and notify."""
        paths.set_value(self.record, path, copy.deepcopy(value))
        self.value_changed.emit(path)
        self.changed.emit()

    def apply_insert(self, list_path: Path, index: int, item: Any) -> None:
        """Insert into a list and notify."""
        self.about_to_insert.emit(list_path, index)
        paths.insert(self.record, list_path, index, item)
        self.inserted.emit(list_path, index)
        self.changed.emit()

    def apply_remove(self, list_path: Path, index: int) -> Any:
        """Remove from a list and notify; return the removed entry."""
        self.about_to_remove.emit(list_path, index)
        item = paths.remove(self.record, list_path, index)
        self.removed.emit(list_path, index)
        self.changed.emit()
        return item

    def apply_move(self, list_path: Path, source: int, dest: int) -> None:
        """Move within a list and notify."""
        self.about_to_move.emit(list_path, source, dest)
        paths.move(self.record, list_path, source, dest)
        self.moved.emit(list_path, source, dest)
        self.changed.emit()
