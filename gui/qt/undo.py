"""Undo commands: every edit of a record is one of these, pushed on the document's stack.

Commands call the document's raw operations, which notify the item models and widgets.
"""

from __future__ import annotations

import copy
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from gui.core.paths import Path


class RecordDocument(Protocol):
    """The raw operations of a document (``gui.qt.document.RecordDocument``) that the
    commands call: each changes the record and notifies."""

    def apply_value(self, path: Path, value: Any) -> None: ...

    def apply_insert(self, list_path: Path, index: int, item: Any) -> None: ...

    def apply_remove(self, list_path: Path, index: int) -> Any: ...

    def apply_move(self, list_path: Path, source: int, dest: int) -> None: ...


SET_VALUE_ID = 1001


class SetValueCommand(QUndoCommand):
    """Set one field. Consecutive typing in the same field merges into one step."""

    def __init__(
        self, doc: RecordDocument, path: Path, old: Any, new: Any, text: str, merge: bool
    ) -> None:
        super().__init__(text)
        self._doc = doc
        self.path = path
        self._old = old
        self._new = new
        self._merge = merge

    def id(self) -> int:
        return SET_VALUE_ID if self._merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValueCommand) or not other._merge or other.path != self.path:
            return False
        self._new = other._new
        self.setObsolete(self._new == self._old)
        return True

    def redo(self) -> None:
        self._doc.apply_value(self.path, self._new)

    def undo(self) -> None:
        self._doc.apply_value(self.path, self._old)


class OwnOutlineSetCommand(SetValueCommand):
    """The first typing in a field of a default outline: the outline becomes the record's
    own and the field is set, as one step, into which the typing that follows in the same
    field merges (a macro would take no merge: two steps to undo one word)."""

    def __init__(
        self,
        doc: RecordDocument,
        outline_path: Path,
        outline: Any,
        path: Path,
        old: Any,
        new: Any,
        text: str,
    ) -> None:
        super().__init__(doc, path, old, new, text, merge=True)
        self._outline_path, self._outline = outline_path, outline

    def redo(self) -> None:
        self._doc.apply_value(self._outline_path, copy.deepcopy(self._outline))
        super().redo()

    def undo(self) -> None:
        self._doc.apply_value(self._outline_path, None)  # the default outline again


class InsertCommand(QUndoCommand):
    """Insert an entry (attendee, speech, department, task) into a list."""

    def __init__(self, doc: RecordDocument, list_path: Path, index: int, item: Any, text: str):
        super().__init__(text)
        self._doc, self._path, self._index, self._item = doc, list_path, index, item

    def redo(self) -> None:
        self._doc.apply_insert(self._path, self._index, self._item)

    def undo(self) -> None:
        self._doc.apply_remove(self._path, self._index)


class RemoveCommand(QUndoCommand):
    """Remove an entry from a list; undo puts the very same entry back."""

    def __init__(self, doc: RecordDocument, list_path: Path, index: int, text: str):
        super().__init__(text)
        self._doc, self._path, self._index = doc, list_path, index
        self._item: Any = None

    def redo(self) -> None:
        self._item = self._doc.apply_remove(self._path, self._index)

    def undo(self) -> None:
        self._doc.apply_insert(self._path, self._index, self._item)


class MoveCommand(QUndoCommand):
    """Move an entry within its list (drag and drop, or the keyboard)."""

    def __init__(self, doc: RecordDocument, list_path: Path, source: int, dest: int, text: str):
        super().__init__(text)
        self._doc, self._path, self._source, self._dest = doc, list_path, source, dest

    def redo(self) -> None:
        self._doc.apply_move(self._path, self._source, self._dest)

    def undo(self) -> None:
        self._doc.apply_move(self._path, self._dest, self._source)


class MoveToCommand(QUndoCommand):
    """Move an entry to another list (a section indented or outdented, a block dragged into
    another section). ``dest_list`` and ``dest`` are counted once the entry is taken out."""

    def __init__(
        self,
        doc: RecordDocument,
        source_list: Path,
        source: int,
        dest_list: Path,
        dest: int,
        text: str,
    ) -> None:
        super().__init__(text)
        self._doc = doc
        self._from, self._source = source_list, source
        self._to, self._dest = dest_list, dest

    def redo(self) -> None:
        item = self._doc.apply_remove(self._from, self._source)
        self._doc.apply_insert(self._to, self._dest, item)

    def undo(self) -> None:
        item = self._doc.apply_remove(self._to, self._dest)
        self._doc.apply_insert(self._from, self._source, item)
