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
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QCompleter, QLineEdit

from gui.core.suggestions import Phrase, PhraseKind, matches, ranked

DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex
MAX_SHOWN = 12


class PhraseModel(QAbstractListModel):
    """Phrases of one kind: the text to insert (EditRole), "text — detail" shown (DisplayRole)
    and the detail (``DETAIL_ROLE``, a person's position)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._phrases: list[Phrase] = []

    def set_phrases(self, phrases: Iterable[Phrase]) -> None:
        """Show ``phrases`` (already ranked)."""
        self.beginResetModel()
        self._phrases = list(phrases)
        self.endResetModel()

    def phrases(self) -> list[Phrase]:
        """The phrases shown."""
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

    def set_query(self, text: str) -> None:
        """Filter by ``text``."""
        if text == self._query:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter is deprecated
            self.beginFilterChange()
            self._query = text
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._query = text
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._query.strip():
            return False  # nothing typed: no popup
        model = self.sourceModel()
        text = model.data(model.index(source_row, 0, source_parent), Qt.ItemDataRole.EditRole)
        return bool(text) and text != self._query and matches(self._query, text)


class PhraseCompleter(QCompleter):
    """A completer over a ``FoldedFilter`` of one ``PhraseModel``; ``picked`` gives the text
    and the detail of the chosen suggestion."""

    picked = Signal(str, str)

    def __init__(self, model: PhraseModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.filter = FoldedFilter(self)
        self.filter.setSourceModel(model)
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
        self.filter.set_query(text)
        if self.filter.rowCount():
            self.complete()
        else:
            self.popup().hide()

    def _activated(self, index: QModelIndex) -> None:
        self.picked.emit(
            str(index.data(Qt.ItemDataRole.EditRole) or ""), str(index.data(DETAIL_ROLE) or "")
        )


class Suggestions(QObject):
    """The phrases offered while typing, by kind; ``refresh`` reloads them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.models = {kind: PhraseModel(self) for kind in PhraseKind}

    def set_phrases(self, phrases: Iterable[Phrase]) -> None:
        """Offer ``phrases`` (profile, library and record together), most used first."""
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
