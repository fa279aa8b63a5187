"""Editable tables over the record's lists: the view, its delegate and its buttons.

Rows are added, removed and moved with buttons or the keyboard (Ctrl+Ins, Ctrl+Del,
Ctrl+Shift+Up/Down) and by dragging; every change is one undo step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from gui.qt.completion import PhraseCompleter, PhraseModel
from gui.qt.dateedit import DateEdit, TypedEdit
from gui.qt.document import RecordDocument
from gui.qt.fields import UndoKeysToWindow
from gui.qt.models import ColumnKind, ListTableModel

AnyIndex = QModelIndex | QPersistentModelIndex


class RecordDelegate(QStyledItemDelegate):
    """Editors by column kind: a typed date with a calendar, a list for choices, text otherwise.

    Text typed in a cell is NFC-normalised by the model's document edit; a date cell is
    cleared with Delete in the table. A date cell whose text is not a date keeps its editor
    open on Tab and Enter and says why; Tab or Enter again (the same text) leaves the cell as
    it was, so that what is typed next never piles up in it; ``reference`` gives, for a cell,
    the date its calendar opens around (the meeting date for a deadline).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # column -> (suggestions, column filled with the chosen suggestion's detail or None)
        self.suggest: dict[int, tuple[PhraseModel, int | None]] = {}
        self.first_line_only = False  # cells show the first line of multi-line text
        self.reference: Callable[[QModelIndex | QPersistentModelIndex], dt.date | None] | None = (
            None
        )
        self._undo_filter = UndoKeysToWindow(self)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        model = index.model()
        assert isinstance(model, ListTableModel)
        column = model.column(index.column())
        editor: QWidget
        if column.kind is ColumnKind.DATE:
            reference = self.reference
            persistent = QPersistentModelIndex(index)
            editor = DateEdit(
                parent,
                reference=(lambda: reference(persistent)) if reference is not None else None,
                follows=column.field == "deadline",  # after the meeting it was set at
            )
            editor.setFrame(False)
            editor.setProperty("words_column", column.field == "deadline")
        elif column.kind is ColumnKind.CHOICE:
            combo = QComboBox(parent)
            for value, text in model.choice_labels(column).items():
                combo.addItem(text, value.value)
            editor = combo
        elif index.column() in self.suggest:
            phrases, detail_column = self.suggest[index.column()]
            line = QLineEdit(parent)
            line.setFrame(False)
            completer = PhraseCompleter(phrases, line)
            completer.attach_to(line)
            completer.picked.connect(
                _Picked(self, line, QPersistentModelIndex(index), detail_column).picked
            )
            editor = line
        else:
            editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(str(model.headerData(index.column(), Qt.Orientation.Horizontal)))
        editor.installEventFilter(self._undo_filter)
        announce_typing(editor, model.document())
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, DateEdit):
            valid = isinstance(value, QDate) and value.isValid()
            editor.set_value(dt.date(value.year(), value.month(), value.day()) if valid else None)
        elif isinstance(editor, QComboBox) and not editor.isEditable():
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QComboBox):
            editor.setCurrentText(value or "")
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, DateEdit):
            if editor.accept_text():  # not a date: the cell keeps its value, the editor says why
                model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QComboBox) and not editor.isEditable():
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        if self.first_line_only and "\n" in option.text:  # type: ignore[attr-defined]
            option.text = option.text.split("\n", 1)[0] + " …"  # type: ignore[attr-defined]

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            isinstance(obj, TypedEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _LEAVE_KEYS
            and not obj.accept_text(explain=False)
        ):
            if obj.property("refused_text") != obj.text():
                # stay in the cell with the explanation; Esc cancels, the same key again leaves
                obj.setProperty("refused_text", obj.text())
                again = self.tr("Tab hay Enter lần nữa: bỏ chữ vừa gõ, ô giữ giá trị cũ.")
                if obj.property("words_column"):
                    again += "\n" + self.tr(
                        "Hạn bằng lời («cuối tháng 12», «thường xuyên»): ghi ở ô "
                        "«Thời hạn (diễn đạt)» bên dưới."
                    )
                QToolTip.showText(
                    obj.mapToGlobal(QPoint(0, obj.height())), f"{obj.toolTip()}\n{again}", obj
                )
                return True
            obj.setText(obj.format(obj.value()))  # asked twice: the cell as it was, and on
        return super().eventFilter(obj, event)


def announce_typing(editor: QWidget, doc: RecordDocument) -> None:
    """What is typed in a cell's text editor reaches the record when the cell closes; the
    autosave hears of it at each key (``RecordDocument.typing``) and writes it sooner."""
    if isinstance(editor, QLineEdit) and not isinstance(editor, TypedEdit):
        editor.textEdited.connect(doc.typing)


_LEAVE_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _Picked(QObject):
    """A suggestion chosen in a cell: store it, and its detail (a person's position) in the
    detail column."""

    def __init__(
        self,
        delegate: RecordDelegate,
        editor: QLineEdit,
        index: QPersistentModelIndex,
        detail_column: int | None,
    ) -> None:
        super().__init__(editor)
        self._delegate = delegate
        self._editor = editor
        self._index = index
        self._detail_column = detail_column

    def picked(self, text: str, detail: str) -> None:
        self._editor.setText(text)
        self._delegate.commitData.emit(self._editor)
        model = self._index.model()
        if self._detail_column is not None and detail and model is not None:
            sibling = model.index(self._index.row(), self._detail_column)
            model.setData(sibling, detail, Qt.ItemDataRole.EditRole)
        # The popup took the key that chose it: done with this cell.
        self._delegate.closeEditor.emit(self._editor, QAbstractItemDelegate.EndEditHint.NoHint)


def action_button(
    parent: QWidget,
    view: QWidget,
    text: str,
    tip: str,
    keys: str | QKeySequence,
    slot: Callable[[], Any],
) -> QToolButton:
    """A small button beside ``view`` (the focus stays in the view) whose ``keys`` do the
    same while the focus is in the view."""
    b = QToolButton(parent)
    b.setText(text)
    b.setToolTip(tip)
    b.setAccessibleName(tip)
    b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    b.clicked.connect(slot)
    shortcut = QShortcut(QKeySequence(keys), view)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)
    return b


class RecordTableView(QTableView):
    """A table that reorders by drag and drop and clears a cell with Delete."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setWordWrap(True)
        # Tab leaves the table for the next field (arrows move between cells); while a cell is
        # being edited, Tab accepts it and edits the next cell.
        self.setTabKeyNavigation(False)
        self.setItemDelegate(RecordDelegate(self))
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def keyPressEvent(self, event: Any) -> None:
        index = self.currentIndex()
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and index.isValid()
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self.state() != QAbstractItemView.State.EditingState
        ):
            model = self.model()
            if (
                isinstance(model, ListTableModel)
                and model.column(index.column()).kind is not ColumnKind.BOOL
            ):
                model.setData(index, None, Qt.ItemDataRole.EditRole)
                return
        super().keyPressEvent(event)


class TableEditor(QWidget):
    """A table with Add, Remove, Up and Down buttons (and their keyboard shortcuts)."""

    current_row_changed = Signal(int)

    def __init__(self, model: ListTableModel, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = RecordTableView(self)
        self.view.setModel(model)
        self.view.setAccessibleName(label)
        self.view.setObjectName("table_" + label)
        self.add_button = self._button(
            "+", self.tr("Thêm dòng (Ctrl+Ins)"), self.add_row, QKeySequence("Ctrl+Ins")
        )
        self.remove_button = self._button(
            "−", self.tr("Xóa dòng (Ctrl+Del)"), self.remove_row, QKeySequence("Ctrl+Del")
        )
        self.up_button = self._button(
            "↑", self.tr("Chuyển lên (Ctrl+Shift+Up)"), self.move_up, QKeySequence("Ctrl+Shift+Up")
        )
        self.down_button = self._button(
            "↓",
            self.tr("Chuyển xuống (Ctrl+Shift+Down)"),
            self.move_down,
            QKeySequence("Ctrl+Shift+Down"),
        )
        buttons = QVBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.current_row_changed.emit(cur.row())
        )
        model.modelReset.connect(self._reconnect)

    def _reconnect(self) -> None:
        self.current_row_changed.emit(self.view.currentIndex().row())

    def _button(self, text: str, tip: str, slot: Any, shortcut: QKeySequence) -> QToolButton:
        return action_button(self, self.view, text, tip, shortcut, slot)

    def current_row(self) -> int:
        """The selected row, or -1."""
        return self.view.currentIndex().row()

    def select(self, row: int, column: int = 0) -> None:
        """Make ``row`` current and visible."""
        index = self.model.index(row, column)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def add_row(self) -> None:
        """Add a blank row after the current one and start editing it."""
        current = self.current_row()
        row = self.model.add_row(current + 1 if current >= 0 else None)
        if row >= 0:
            self.select(row)
            self.view.setFocus()
            self.view.edit(self.model.index(row, 0))

    def remove_row(self) -> None:
        """Remove the current row."""
        row = self.current_row()
        if row >= 0:
            column = self.view.currentIndex().column()
            self.model.remove_row(row)
            if self.model.rowCount():
                self.select(min(row, self.model.rowCount() - 1), column)

    def move_up(self) -> None:
        """Move the current row up."""
        self._move(-1)

    def move_down(self) -> None:
        """Move the current row down."""
        self._move(1)

    def _move(self, step: int) -> None:
        row = self.current_row()
        dest = row + step
        if row >= 0 and 0 <= dest < self.model.rowCount():
            column = self.view.currentIndex().column()
            self.model.move_row(row, dest)
            self.select(dest, column)
