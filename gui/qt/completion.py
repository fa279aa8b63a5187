"""Completion as you type from what the agency already wrote (Qt side).

``Suggestions`` holds one ``PhraseModel`` per kind of phrase (people with their positions,
departments, places, recipient lines, meeting names), filled from the agency profile, the
library index and the open record. ``attach`` gives a line edit a ``QCompleter`` over a
``FoldedFilter`` of one model: Qt's completer only matches prefixes, so the proxy does the
accent-insensitive word matching ("nguyen tuan" → "Nguyễn Tuấn Anh") and the completer shows
what is left (``UnfilteredPopupCompletion``). Picking a person also gives the position.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QPlainTextEdit

from gui.core.suggestions import Phrase, PhraseKind, folded_words, ranked, starts_words

DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex
MAX_SHOWN = 12


class PhraseModel(QAbstractListModel):
    """Phrases of one kind: the text to insert (EditRole), "text — detail" shown (DisplayRole)
    and the detail (``DETAIL_ROLE``, a person's position)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._phrases: list[Phrase] = []
        self.load_pending: Callable[[], object] | None = None
        """Loads the phrases if they are stale (``Suggestions``), before they are used."""

    def set_phrases(self, phrases: Iterable[Phrase]) -> None:
        """Show ``phrases`` (already ranked)."""
        self.beginResetModel()
        self._phrases = list(phrases)
        self.endResetModel()

    def ensure_loaded(self) -> None:
        """Load the phrases now if they have not been since they went stale."""
        if self.load_pending is not None:
            self.load_pending()

    def phrases(self) -> list[Phrase]:
        """The phrases shown."""
        self.ensure_loaded()
        return list(self._phrases)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._phrases)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._phrases):
            return None
        p = self._phrases[index.row()]
        if role == Qt.ItemDataRole.EditRole:
            return p.text
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{p.text} — {p.detail}" if p.detail else p.text
        if role == DETAIL_ROLE:
            return p.detail
        return None


class FoldedFilter(QSortFilterProxyModel):
    """Rows whose text has a word starting with each word typed, accents and case ignored."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._query_words: list[str] = []
        self._words: dict[str, list[str]] = {}  # a phrase's folded words, folded once

    def set_query(self, text: str) -> None:
        """Filter by ``text``."""
        if text == self._query:
            return
        words = folded_words(text)  # once a key, not once a row
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter is deprecated
            self.beginFilterChange()
            self._query, self._query_words = text, words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._query, self._query_words = text, words
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._query.strip():
            return False  # nothing typed: no popup
        model = self.sourceModel()
        text = model.data(model.index(source_row, 0, source_parent), Qt.ItemDataRole.EditRole)
        if not text or text == self._query:
            return False
        words = self._words.get(text)
        if words is None:
            words = self._words[text] = folded_words(text)
        return starts_words(self._query_words, words)


class PhraseCompleter(QCompleter):
    """A completer over a ``FoldedFilter`` of one ``PhraseModel``; ``picked`` gives the text
    and the detail of the chosen suggestion."""

    picked = Signal(str, str)

    def __init__(self, model: PhraseModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.filter = FoldedFilter(self)
        self.filter.setSourceModel(model)
        self.source_phrases = model
        self.setModel(self.filter)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompletionRole(Qt.ItemDataRole.EditRole)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(MAX_SHOWN)
        self.activated[QModelIndex].connect(self._activated)

    def attach_to(self, line: QLineEdit) -> None:
        """Complete ``line``. The popup is driven here, not by ``QLineEdit.setCompleter``
        (whose glue outlives a table's cell editor and takes the focus back later)."""
        self.setWidget(line)
        line.textEdited.connect(self.show_for)

    def show_for(self, text: str) -> None:
        """Filter by ``text`` and show what is left (hide the popup when nothing is)."""
        self.source_phrases.ensure_loaded()
        self.filter.set_query(text)
        if self.filter.rowCount():
            self.complete()
            self.popup().setCurrentIndex(QModelIndex())  # Enter keeps what was typed
        else:
            self.popup().hide()

    def _activated(self, index: QModelIndex) -> None:
        self.picked.emit(
            str(index.data(Qt.ItemDataRole.EditRole) or ""), str(index.data(DETAIL_ROLE) or "")
        )


class LineCompletion(QObject):
    """Completion of the line being typed in a multi-line field (one recipient a line).

    Enter or Tab on a suggestion replaces the current line with it; Esc closes the list. The
    popup's keys are taken here first (an event filter installed after the completer's), so
    Enter never also breaks the line.
    """

    def __init__(self, edit: QPlainTextEdit, model: PhraseModel) -> None:
        super().__init__(edit)
        self._edit = edit
        self.completer = PhraseCompleter(model, edit)
        self.completer.setWidget(edit)
        self.completer.popup().installEventFilter(self)
        self.completer.picked.connect(self.replace_line)
        edit.textChanged.connect(self._changed)

    def current_line(self) -> str:
        """The line at the cursor, up to the cursor."""
        cursor = self._edit.textCursor()
        return cursor.block().text()[: cursor.positionInBlock()]

    def _changed(self) -> None:
        if not self._edit.hasFocus():
            return  # set from the record (undo, open), not typed
        self.completer.source_phrases.ensure_loaded()
        self.completer.filter.set_query(self.current_line())
        if self.completer.filter.rowCount():
            rect = self._edit.cursorRect()
            rect.setWidth(max(self._edit.viewport().width() // 2, 240))
            self.completer.complete(rect)
            self.completer.popup().setCurrentIndex(QModelIndex())  # Enter keeps the typing
        else:
            self.completer.popup().hide()

    def replace_line(self, text: str, _detail: str = "") -> None:
        """Put ``text`` in place of the current line (one edit)."""
        from PySide6.QtGui import QTextCursor  # built by PySide6 on first use: not at start-up

        cursor = self._edit.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)
        self._edit.setTextCursor(cursor)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        popup = self.completer.popup()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
            index = popup.currentIndex()
            popup.hide()
            if index.isValid():
                self.replace_line(str(index.data(Qt.ItemDataRole.EditRole)))
            elif event.key() != Qt.Key.Key_Tab:
                self._edit.insertPlainText("\n")  # nothing chosen: Enter breaks the line
            return True
        if event.key() == Qt.Key.Key_Escape:
            popup.hide()
            return True
        return False


class Suggestions(QObject):
    """The phrases offered while typing, by kind.

    ``set_source`` gives the function that lists them (profile, library index, record);
    ``invalidate`` marks them stale. They are read when a field first needs them, not at each
    change: reading the library index costs more than a frame, and nobody waits for
    suggestions while the window opens.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.models = {kind: PhraseModel(self) for kind in PhraseKind}
        self._source: Callable[[], Iterable[Phrase]] | None = None
        self._stale = False
        for model in self.models.values():
            model.load_pending = self.ensure_loaded

    def set_source(self, source: Callable[[], Iterable[Phrase]]) -> None:
        """Read the phrases from ``source()`` when they are next needed."""
        self._source = source
        self.invalidate()

    def invalidate(self) -> None:
        """The phrases changed (another record, a new index): read them again on next use."""
        self._stale = self._source is not None

    def ensure_loaded(self) -> None:
        """Read the phrases now if they are stale."""
        if self._stale and self._source is not None:
            self._stale = False
            self.set_phrases(self._source())

    def set_phrases(self, phrases: Iterable[Phrase]) -> None:
        """Offer ``phrases`` (profile, library and record together), most used first."""
        self._stale = False
        for kind, items in ranked(phrases).items():
            self.models[kind].set_phrases(items)

    def attach(
        self,
        line: QLineEdit,
        kind: PhraseKind,
        on_pick: Callable[[str, str], None] | None = None,
    ) -> PhraseCompleter:
        """Complete ``line`` from the phrases of ``kind``; ``on_pick(text, detail)`` runs when
        the user chooses one (e.g. to fill a person's position)."""
        completer = PhraseCompleter(self.models[kind], line)
        completer.attach_to(line)
        if on_pick is not None:
            completer.picked.connect(on_pick)
        return completer

    def attach_lines(self, edit: QPlainTextEdit, kind: PhraseKind) -> LineCompletion:
        """Complete each line of ``edit`` from the phrases of ``kind``."""
        return LineCompletion(edit, self.models[kind])
