"""Editors of one section or block of an outline, shown beside the outline tree.

Each editor shows the entry at a path of the outline model and edits it through the model
(``OutlineModel.set_value``), so every change is an undo step and the default outline of an
older record becomes the record's own on the first edit. Editors follow the document's
``value_changed`` so undo and redo show up here too.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.core.compose import opening_sentence
from gui.core.paths import Path
from gui.core.record import (
    AttendeeStyle,
    Block,
    BlockKind,
    IntroOrder,
    Numbering,
    Speaker,
    Task,
    TaskStatus,
)
from gui.qt.document import RecordDocument
from gui.qt.fields import PlainTextEdit, UndoKeysToWindow
from gui.qt.literal import action_text
from gui.qt.models import Column, ColumnKind, ListTableModel, status_labels
from gui.qt.outlinemodel import OutlineModel, numbering_labels
from gui.qt.tables import TableEditor, action_button, announce_typing

AnyIndex = QModelIndex | QPersistentModelIndex


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


class EntryEditor(QWidget):
    """Base: an editor of the outline entry at ``path`` of ``model``."""

    def __init__(self, model: OutlineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.path: Path | None = None
        self._undo_filter = UndoKeysToWindow(self)
        model.doc.value_changed.connect(self._on_value_changed)

    @property
    def doc(self) -> RecordDocument:
        """The document edited."""
        return self.model.doc

    def show_entry(self, path: Path | None) -> None:
        """Edit the entry at ``path`` (None: nothing)."""
        self.path = path
        if path is not None:
            self.refresh()

    def value(self, *field: str | int) -> Any:
        """The value of ``field`` of the entry shown."""
        assert self.path is not None
        return self.model.value((*self.path, *field))

    def set(self, field: str, value: Any, label: str, merge: bool = False) -> None:
        """Set ``field`` of the entry shown (one undo step; typing merges)."""
        if self.path is not None:
            self.model.set_value(
                (*self.path, field), value, self.tr("Sửa «%s»") % label, merge=merge
            )

    def refresh(self) -> None:
        """Show the entry's values (subclasses)."""

    def _on_value_changed(self, path: tuple[Any, ...]) -> None:
        p = self.path
        if p is None:
            return
        path = tuple(path)
        n = min(len(path), len(p))
        if path[:n] == p[:n] and self._still_there():
            self.refresh()

    def _still_there(self) -> bool:
        try:
            self.model.value(self.path or ())
        except (IndexError, AttributeError):
            return False
        return True

    def filtered(self, widget: QWidget) -> QWidget:
        """``widget`` with Ctrl+Z/Ctrl+Y going to the document's stack."""
        widget.installEventFilter(self._undo_filter)
        return widget


def _set_text(widget: QLineEdit | PlainTextEdit, text: str) -> None:
    if isinstance(widget, QLineEdit):
        if widget.text() != text:
            widget.setText(text)
    elif widget.toPlainText() != text:
        widget.setProperty("updating", True)
        widget.setPlainText(text)
        widget.setProperty("updating", False)


def _select(combo: QComboBox, value: Any) -> None:
    combo.blockSignals(True)
    combo.setCurrentIndex(max(0, combo.findData(value)))
    combo.blockSignals(False)


def _check(box: QCheckBox, on: bool) -> None:
    box.blockSignals(True)
    box.setChecked(on)
    box.blockSignals(False)


def _compact(combo: QComboBox) -> QComboBox:
    """A combo box that does not widen the form to its longest entry."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo


def _text_edit(placeholder: str = "") -> PlainTextEdit:
    w = PlainTextEdit()
    w.setUndoRedoEnabled(False)  # the document's stack undoes
    w.setTabChangesFocus(True)
    w.setPlaceholderText(placeholder)
    return w


class SectionEditor(EntryEditor):
    """A section: its heading (typed or picked from the profile) and its numbering."""

    def __init__(
        self,
        model: OutlineModel,
        headings: Callable[[], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(model, parent)
        self._headings = headings
        self.heading = QLineEdit()
        self.heading.setObjectName("section_heading")
        self.heading.setAccessibleName(self.tr("Tiêu đề mục"))
        self.heading.setPlaceholderText(self.tr("để trống: mục không tiêu đề"))
        self.filtered(self.heading)
        self.heading.textEdited.connect(self._heading_edited)
        self.pick = QToolButton()
        self.pick.setText(self.tr("Chọn…"))
        self.pick.setAccessibleName(self.tr("Chọn tiêu đề thường dùng"))
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.pick_menu = QMenu(self)
        self.pick_menu.aboutToShow.connect(self._fill_pick_menu)
        self.pick.setMenu(self.pick_menu)
        self.numbering = _compact(QComboBox())
        self.numbering.setObjectName("section_numbering")
        self.numbering.setAccessibleName(self.tr("Đánh số"))
        for value, text in numbering_labels().items():
            self.numbering.addItem(text, value.value)
        self.numbering.activated.connect(self._numbering_chosen)
        row = QHBoxLayout()
        row.addWidget(self.heading, 1)
        row.addWidget(self.pick)
        form = QFormLayout(self)
        form.addRow(self.tr("Tiêu đề"), row)
        form.addRow(self.tr("Đánh số"), self.numbering)
        hint = QLabel(
            self.tr(
                "Số được tính tự động. Mục «-» hoặc «+» có tiêu đề in nghiêng (vd. «- Về …:»). "
                "Mục không có gì để in được bỏ qua."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)

    def refresh(self) -> None:
        _set_text(self.heading, self.value("heading"))
        _select(self.numbering, self.value("numbering").value)

    def _heading_edited(self, text: str) -> None:
        self.set("heading", _nfc(text), self.tr("Tiêu đề mục"), merge=True)

    def _numbering_chosen(self, i: int) -> None:
        self.set("numbering", Numbering(self.numbering.itemData(i)), self.tr("Đánh số"))

    def _fill_pick_menu(self) -> None:
        self.pick_menu.clear()
        for heading in self._headings():
            action = self.pick_menu.addAction(action_text(heading))
            action.triggered.connect(lambda _=False, h=heading: self.choose_heading(h))

    def choose_heading(self, heading: str) -> None:
        """Use one of the usual headings."""
        self.set("heading", heading, self.tr("Tiêu đề mục"))


class ParagraphsEditor(EntryEditor):
    """Paragraphs as written, one per line; a bullet before each; italic (legal basis)."""

    def __init__(self, model: OutlineModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self.text = _text_edit(self.tr("Mỗi dòng một đoạn"))
        self.text.setObjectName("block_paragraphs")
        self.text.setAccessibleName(self.tr("Các đoạn văn (mỗi dòng một đoạn)"))
        self.filtered(self.text)
        self.text.textChanged.connect(self._text_changed)
        self.bullet = _compact(QComboBox())
        self.bullet.setObjectName("block_bullet")
        self.bullet.setAccessibleName(self.tr("Gạch đầu dòng"))
        for value, text in (
            ("", self.tr("(không)")),
            ("-", self.tr("«-» trước mỗi đoạn")),
            ("+", self.tr("«+» trước mỗi đoạn")),
        ):
            self.bullet.addItem(text, value)
        self.bullet.activated.connect(
            lambda i: self.set("bullet", self.bullet.itemData(i), self.tr("Gạch đầu dòng"))
        )
        self.italic = QCheckBox(self.tr("In nghiêng (căn cứ)"))
        self.italic.setObjectName("block_italic")
        self.italic.clicked.connect(lambda on: self.set("italic", bool(on), self.tr("In nghiêng")))
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Gạch đầu dòng")))
        options.addWidget(self.bullet)
        options.addWidget(self.italic)
        options.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(options)
        layout.addWidget(self.text, 1)

    def refresh(self) -> None:
        _set_text(self.text, "\n".join(self.value("paragraphs")))
        _select(self.bullet, self.value("bullet"))
        _check(self.italic, self.value("italic"))

    def _text_changed(self) -> None:
        if self.text.property("updating") or self.path is None:
            return
        lines = _nfc(self.text.toPlainText()).split("\n")
        self.set("paragraphs", lines, self.tr("Đoạn văn"), merge=True)


class BlockTasksModel(ListTableModel):
    """The tasks of a tasks block, each with its department."""

    COLUMNS = (
        Column("department"),
        Column("content"),
        Column("lead"),
        Column("coordinating"),
        Column("deadline", ColumnKind.DATE),
        Column("deadline_text"),
        Column("status", ColumnKind.CHOICE, TaskStatus),
        Column("note"),
    )

    def __init__(self, doc: RecordDocument, parent: QObject | None = None) -> None:
        super().__init__(doc, None, self.COLUMNS, Task, parent)

    def header_labels(self) -> list[str]:
        return [
            self.tr("Phòng, đơn vị"),
            self.tr("Nội dung (câu in ra)"),
            self.tr("Chủ trì"),
            self.tr("Phối hợp"),
            self.tr("Hạn"),
            self.tr("Hạn (diễn đạt)"),
            self.tr("Trạng thái"),
            self.tr("Ghi chú"),
        ]

    def choice_labels(self, column: Column) -> dict[Any, str]:
        return status_labels()

    def add_label(self) -> str:
        return self.tr("Thêm nhiệm vụ")


class _CompletingDelegate(QStyledItemDelegate):
    """A text cell that offers names as you type (the profile's departments)."""

    def __init__(self, names: Callable[[], list[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = names
        self._undo_filter = UndoKeysToWindow(self)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        completer = QCompleter(self._names(), editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        model = index.model()
        editor.setAccessibleName(str(model.headerData(index.column(), Qt.Orientation.Horizontal)))
        editor.installEventFilter(self._undo_filter)
        if isinstance(model, ListTableModel):
            announce_typing(editor, model.document())
        return editor


class _GridDelegate(QStyledItemDelegate):
    """A table block's cell: text, which the autosave hears of while it is typed."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        model = index.model()
        if isinstance(model, GridModel):
            announce_typing(editor, model.document())
        return editor


class TasksEditor(EntryEditor):
    """Directives written in the outline: tracked like the department tasks."""

    def __init__(
        self,
        model: OutlineModel,
        departments: Callable[[], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(model, parent)
        self._departments = departments
        self.tasks_model = BlockTasksModel(model.doc, self)
        self.tasks = TableEditor(self.tasks_model, self.tr("Nhiệm vụ của khối"))
        self.tasks.view.setItemDelegateForColumn(
            0, _CompletingDelegate(departments, self.tasks.view)
        )
        self.tasks.view.setColumnWidth(0, 110)
        self.tasks.view.setColumnWidth(1, 260)
        self.grouped = QCheckBox(self.tr("Nhóm theo phòng, đơn vị"))
        self.grouped.setObjectName("block_group_by_department")
        self.grouped.clicked.connect(
            lambda on: self.set("group_by_department", bool(on), self.tr("Nhóm theo phòng"))
        )
        hint = QLabel(self.tr("Mỗi nhiệm vụ in đúng câu đã viết (kể cả chủ ngữ) và được theo dõi."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grouped)
        layout.addWidget(self.tasks, 1)
        layout.addWidget(hint)

    def show_entry(self, path: Path | None) -> None:
        self.tasks_model.set_list_path(None if path is None else (*path, "tasks"))
        super().show_entry(path)

    def refresh(self) -> None:
        _check(self.grouped, self.value("group_by_department"))


class GridModel(QAbstractTableModel):
    """The cells of a table block: rows × columns of text; header rows in bold."""

    def __init__(self, doc: RecordDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self.path: Path | None = None  # the block's path
        doc.value_changed.connect(self._on_value_changed)
        doc.about_to_insert.connect(self._on_about_to_insert)
        doc.inserted.connect(self._on_inserted)
        doc.about_to_remove.connect(self._on_about_to_remove)
        doc.removed.connect(self._on_removed)
        doc.reset.connect(self._reset)

    def document(self) -> RecordDocument:
        """The document the table shows."""
        return self._doc

    def typed_value(self, index: AnyIndex, text: str) -> tuple[Path, str] | None:
        """Where the text being typed in a cell would go (for the autosave; None for a cell
        past the end of a short row, which the edit fills up)."""
        if not index.isValid() or self.path is None:
            return None
        rows = self.rows()
        if index.row() >= len(rows) or index.column() >= len(rows[index.row()]):
            return None
        return (*self.rows_path, index.row(), index.column()), _nfc(text)

    def show_block(self, path: Path | None) -> None:
        """Show the table block at ``path``."""
        self.beginResetModel()
        self.path = path
        self.endResetModel()

    @property
    def rows_path(self) -> Path:
        """The path of the block's rows."""
        assert self.path is not None
        return (*self.path, "rows")

    def rows(self) -> list[list[str]]:
        """The rows shown."""
        if self.path is None:
            return []
        rows: list[list[str]] = self._doc.value(self.rows_path)
        return rows

    def header_rows(self) -> int:
        """How many rows are the header."""
        return 0 if self.path is None else int(self._doc.value((*self.path, "header_rows")))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows())

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else max((len(r) for r in self.rows()), default=0)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows()[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.FontRole and index.row() < self.header_rows():
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.path is None:
            return False
        text = _nfc(str(value or ""))
        rows = self.rows()
        r, c = index.row(), index.column()
        label = QCoreApplication.translate("GridModel", "Sửa ô bảng")
        if c < len(rows[r]):
            self._doc.edit((*self.rows_path, r, c), text, label)
        else:  # a short row: fill it up to the cell
            self._doc.edit(
                (*self.rows_path, r), [*rows[r], *[""] * (c - len(rows[r])), text], label
            )
        return True

    # --- rows and columns (undoable) -------------------------------------------------------

    def add_row(self, row: int) -> None:
        """Insert an empty row at ``row``."""
        columns = max(self.columnCount(), 1)
        self._doc.insert(
            self.rows_path,
            row,
            [""] * columns,
            QCoreApplication.translate("GridModel", "Thêm dòng bảng"),
        )

    def remove_row(self, row: int) -> None:
        """Remove the row at ``row``."""
        if 0 <= row < self.rowCount():
            self._doc.remove(
                self.rows_path, row, QCoreApplication.translate("GridModel", "Xóa dòng bảng")
            )

    def add_column(self, column: int) -> None:
        """Insert an empty column at ``column`` in every row."""
        rows = [[*r[:column], "", *r[column:]] for r in self.rows()] or [[""]]
        self._doc.edit(
            self.rows_path, rows, QCoreApplication.translate("GridModel", "Thêm cột bảng")
        )

    def remove_column(self, column: int) -> None:
        """Remove the column at ``column`` from every row."""
        if self.columnCount() <= 1:
            return
        rows = [[*r[:column], *r[column + 1 :]] for r in self.rows()]
        self._doc.edit(
            self.rows_path, rows, QCoreApplication.translate("GridModel", "Xóa cột bảng")
        )

    # --- following the document ------------------------------------------------------------

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _on_value_changed(self, path: tuple[Any, ...]) -> None:
        if self.path is None:
            return
        rows = self.rows_path
        path = tuple(path)
        n = len(rows)
        if len(path) == n + 2 and path[:n] == rows:
            index = self.index(int(path[n]), int(path[n + 1]))
            self.dataChanged.emit(index, index)
        elif path[: min(len(path), n)] == rows[: min(len(path), n)] or path == (
            *self.path,
            "header_rows",
        ):
            self._reset()  # a row or the whole table replaced, or the header changed

    def _on_about_to_insert(self, list_path: tuple[Any, ...], index: int) -> None:
        if self.path is not None and tuple(list_path) == self.rows_path:
            self.beginInsertRows(QModelIndex(), index, index)

    def _on_inserted(self, list_path: tuple[Any, ...], index: int) -> None:
        if self.path is not None and tuple(list_path) == self.rows_path:
            self.endInsertRows()

    def _on_about_to_remove(self, list_path: tuple[Any, ...], index: int) -> None:
        if self.path is not None and tuple(list_path) == self.rows_path:
            self.beginRemoveRows(QModelIndex(), index, index)

    def _on_removed(self, list_path: tuple[Any, ...], index: int) -> None:
        if self.path is not None and tuple(list_path) == self.rows_path:
            self.endRemoveRows()


class TableBlockEditor(EntryEditor):
    """A table block edited as a grid: add and remove rows and columns, header rows."""

    def __init__(self, model: OutlineModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self.grid = GridModel(model.doc, self)
        self.view = QTableView()
        self.view.setItemDelegate(_GridDelegate(self.view))
        self.view.setObjectName("block_table")
        self.view.setAccessibleName(self.tr("Bảng"))
        self.view.setModel(self.grid)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.filtered(self.view)
        self.header_rows = QSpinBox()
        self.header_rows.setObjectName("block_header_rows")
        self.header_rows.setAccessibleName(self.tr("Số dòng tiêu đề"))
        self.header_rows.setRange(0, 20)
        self.header_rows.valueChanged.connect(
            lambda v: self.set("header_rows", int(v), self.tr("Số dòng tiêu đề"))
        )
        buttons = QHBoxLayout()
        self.add_row_button = self._button(
            self.tr("+ Dòng"), self.tr("Thêm dòng (Ctrl+Ins)"), self.add_row, "Ctrl+Ins"
        )
        self.remove_row_button = self._button(
            self.tr("− Dòng"), self.tr("Xóa dòng (Ctrl+Del)"), self.remove_row, "Ctrl+Del"
        )
        self.add_column_button = self._button(
            self.tr("+ Cột"),
            self.tr("Thêm cột (Ctrl+Shift+Ins)"),
            self.add_column,
            "Ctrl+Shift+Ins",
        )
        self.remove_column_button = self._button(
            self.tr("− Cột"),
            self.tr("Xóa cột (Ctrl+Shift+Del)"),
            self.remove_column,
            "Ctrl+Shift+Del",
        )
        for b in (
            self.add_row_button,
            self.remove_row_button,
            self.add_column_button,
            self.remove_column_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("Dòng tiêu đề")))
        buttons.addWidget(self.header_rows)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

    def _button(self, text: str, tip: str, slot: Callable[[], None], keys: str) -> QToolButton:
        return action_button(self, self.view, text, tip, keys, slot)

    def show_entry(self, path: Path | None) -> None:
        self.grid.show_block(path)
        super().show_entry(path)

    def refresh(self) -> None:
        self.header_rows.blockSignals(True)
        self.header_rows.setValue(self.value("header_rows"))
        self.header_rows.blockSignals(False)

    def _current(self) -> QModelIndex:
        return self.view.currentIndex()

    def add_row(self) -> None:
        """Add a row after the current one."""
        at = self._current().row() + 1 if self._current().isValid() else self.grid.rowCount()
        self.grid.add_row(at)
        self.view.setCurrentIndex(self.grid.index(at, 0))

    def remove_row(self) -> None:
        """Remove the current row."""
        if self._current().isValid():
            self.grid.remove_row(self._current().row())

    def add_column(self) -> None:
        """Add a column after the current one."""
        current = self._current()
        at = current.column() + 1 if current.isValid() else self.grid.columnCount()
        self.grid.add_column(at)
        self.view.setCurrentIndex(self.grid.index(max(current.row(), 0), at))

    def remove_column(self) -> None:
        """Remove the current column."""
        if self._current().isValid():
            self.grid.remove_column(self._current().column())


class SpeakersModel(ListTableModel):
    """The contributions of a speeches block: the speaker and the first paragraph."""

    COLUMNS = (Column("speaker"), Column("paragraphs"))

    def __init__(self, doc: RecordDocument, parent: QObject | None = None) -> None:
        super().__init__(doc, None, self.COLUMNS, Speaker, parent)

    def header_labels(self) -> list[str]:
        return [self.tr("Người phát biểu"), self.tr("Nội dung")]

    def add_label(self) -> str:
        return self.tr("Thêm ý kiến")

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 1:  # edited below the table, several lines
            return flags & ~Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == 1 and role == Qt.ItemDataRole.DisplayRole:
            paragraphs = self._items()[index.row()].paragraphs
            return " ¶ ".join(p for p in paragraphs if p.strip())
        return super().data(index, role)


class SpeechesEditor(EntryEditor):
    """Speakers and what each said (several paragraphs, edited below the list)."""

    def __init__(self, model: OutlineModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self.speakers_model = SpeakersModel(model.doc, self)
        self.speakers = TableEditor(self.speakers_model, self.tr("Ý kiến phát biểu"))
        self.speakers.view.setColumnWidth(0, 180)
        self.content = _text_edit(self.tr("Nội dung phát biểu, mỗi dòng một đoạn"))
        self.content.setObjectName("speech_paragraphs")
        self.content.setAccessibleName(self.tr("Nội dung phát biểu"))
        self.filtered(self.content)
        self.content.textChanged.connect(self._content_changed)
        self.speakers.current_row_changed.connect(self._show_speech)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.speakers, 2)
        layout.addWidget(QLabel(self.tr("Nội dung của ý kiến đang chọn (mỗi dòng một đoạn)")))
        layout.addWidget(self.content, 1)

    def show_entry(self, path: Path | None) -> None:
        self.speakers_model.set_list_path(None if path is None else (*path, "speeches"))
        if self.speakers_model.rowCount() and self.speakers.current_row() < 0:
            self.speakers.select(0)
        super().show_entry(path)
        self._show_speech(self.speakers.current_row())

    def refresh(self) -> None:
        self._show_speech(self.speakers.current_row())

    def _show_speech(self, row: int) -> None:
        speeches = self.value("speeches") if self.path is not None else []
        self.content.setEnabled(0 <= row < len(speeches))
        text = "\n".join(speeches[row].paragraphs) if 0 <= row < len(speeches) else ""
        _set_text(self.content, text)

    def _content_changed(self) -> None:
        row = self.speakers.current_row()
        if self.content.property("updating") or self.path is None or row < 0:
            return
        self.model.set_value(
            (*self.path, "speeches", row, "paragraphs"),
            _nfc(self.content.toPlainText()).split("\n"),
            self.tr("Sửa «%s»") % self.tr("Nội dung phát biểu"),
            merge=True,
        )


class AttendeesEditor(EntryEditor):
    """How the meeting's attendees are listed: style, honorific, one organisation, grouped."""

    go_to = Signal(tuple)

    def __init__(self, model: OutlineModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self.style = _compact(QComboBox())
        self.style.setObjectName("block_attendee_style")
        self.style.setAccessibleName(self.tr("Cách viết"))
        for value, text in (
            (AttendeeStyle.DASH, self.tr("đồng chí Nguyễn Văn A - Phó Trưởng ban")),
            (AttendeeStyle.COMMA, self.tr("Ông Nguyễn Văn A, Phó Trưởng phòng")),
            (AttendeeStyle.LABELLED, self.tr("Ông: Nguyễn Văn A - Chức vụ: Giám đốc")),
        ):
            self.style.addItem(text, value.value)
        self.style.activated.connect(
            lambda i: self.set(
                "attendee_style", AttendeeStyle(self.style.itemData(i)), self.tr("Cách viết")
            )
        )
        self.honorific = _compact(QComboBox())
        self.honorific.setEditable(True)
        self.honorific.addItems(["đồng chí", "Ông/Bà", "Ông", "Bà", ""])
        self.honorific.setObjectName("block_honorific")
        self.honorific.setAccessibleName(self.tr("Danh xưng"))
        self.filtered(self.honorific)
        self.honorific.currentTextChanged.connect(
            lambda t: self.set("honorific", _nfc(t), self.tr("Danh xưng"), merge=True)
        )
        self.organisation = _compact(QComboBox())
        self.organisation.setEditable(True)
        self.organisation.setObjectName("block_organisation")
        self.organisation.setAccessibleName(self.tr("Chỉ người của cơ quan"))
        self.filtered(self.organisation)
        self.organisation.currentTextChanged.connect(
            lambda t: self.set("organisation", _nfc(t), self.tr("Cơ quan"), merge=True)
        )
        self.grouped = QCheckBox(self.tr("Nhóm và đánh số theo cơ quan"))
        self.grouped.setObjectName("block_grouped")
        self.grouped.clicked.connect(
            lambda on: self.set("grouped", bool(on), self.tr("Nhóm theo cơ quan"))
        )
        self.item_end = _compact(QComboBox())
        self.item_end.setAccessibleName(self.tr("Cuối mỗi dòng"))
        self.item_end.addItem(self.tr("«;» (dòng cuối «.»)"), ";")
        self.item_end.addItem(self.tr("«.»"), ".")
        self.item_end.activated.connect(
            lambda i: self.set("item_end", self.item_end.itemData(i), self.tr("Cuối mỗi dòng"))
        )
        go = QPushButton(self.tr("Sửa danh sách ở mục Cuộc họp"))
        go.clicked.connect(lambda: self.go_to.emit(("meeting", "attendees")))
        form = QFormLayout(self)
        form.addRow(self.tr("Cách viết"), self.style)
        form.addRow(self.tr("Danh xưng mặc định"), self.honorific)
        form.addRow(self.tr("Chỉ người của (để trống: tất cả)"), self.organisation)
        form.addRow(self.grouped)
        form.addRow(self.tr("Cuối mỗi dòng"), self.item_end)
        form.addRow(go)

    def refresh(self) -> None:
        _select(self.style, self.value("attendee_style").value)
        _select(self.item_end, self.value("item_end"))
        _check(self.grouped, self.value("grouped"))
        organisations = sorted(
            {a.organisation.strip() for a in self.doc.record.meeting.attendees} - {""}
        )
        for combo, items, text in (
            (self.honorific, None, self.value("honorific")),
            (self.organisation, ["", *organisations], self.value("organisation")),
        ):
            combo.blockSignals(True)
            if items is not None and [combo.itemText(i) for i in range(combo.count())] != items:
                combo.clear()
                combo.addItems(items)
            if combo.currentText() != text:
                combo.setCurrentText(text)
            combo.blockSignals(False)


class OpeningEditor(EntryEditor):
    """The opening sentence built from the meeting: its order, the place, and a button that
    turns it into editable paragraphs."""

    go_to = Signal(tuple)

    def __init__(self, model: OutlineModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self.order = _compact(QComboBox())
        self.order.setObjectName("block_intro_order")
        self.order.setAccessibleName(self.tr("Cách nêu người chủ trì"))
        self.order.addItem(self.tr("đồng chí Họ tên - Chức vụ"), IntroOrder.NAME_FIRST.value)
        self.order.addItem(self.tr("Chức vụ Họ tên"), IntroOrder.POSITION_FIRST.value)
        self.order.activated.connect(
            lambda i: self.set(
                "intro_order", IntroOrder(self.order.itemData(i)), self.tr("Cách nêu người chủ trì")
            )
        )
        self.with_place = QCheckBox(self.tr("Nêu địa điểm («…, tại …, …»)"))
        self.with_place.setObjectName("block_with_place")
        self.with_place.clicked.connect(
            lambda on: self.set("with_place", bool(on), self.tr("Nêu địa điểm"))
        )
        self.sample = QLabel()
        self.sample.setObjectName("opening_sample")
        self.sample.setWordWrap(True)
        self.sample.setTextFormat(Qt.TextFormat.PlainText)
        self.convert = QPushButton(self.tr("Chuyển thành văn bản"))
        self.convert.setObjectName("opening_to_text")
        self.convert.setToolTip(
            self.tr("Thay khối này bằng các đoạn văn có cùng nội dung, để sửa từng chữ")
        )
        self.convert.clicked.connect(self.to_text)
        go = QPushButton(self.tr("Sửa căn cứ ở Diễn biến, kết quả"))
        go.clicked.connect(lambda: self.go_to.emit(("content", "opening")))
        form = QFormLayout(self)
        form.addRow(self.tr("Người chủ trì"), self.order)
        form.addRow(self.with_place)
        form.addRow(self.tr("Câu mở đầu"), self.sample)
        row = QHBoxLayout()
        row.addWidget(self.convert)
        row.addWidget(go)
        row.addStretch(1)
        form.addRow(row)
        model.doc.changed.connect(self._show_sample)

    def refresh(self) -> None:
        _select(self.order, self.value("intro_order").value)
        _check(self.with_place, self.value("with_place"))
        self._show_sample()

    def _show_sample(self) -> None:
        if self.path is None or not self._still_there():
            return
        block = self.model.value(self.path)
        if isinstance(block, Block) and block.kind is BlockKind.OPENING:
            text = opening_sentence(self.doc.record, block)
            self.sample.setText(text or self.tr("(chưa có ngày họp, người chủ trì)"))

    def paragraphs(self) -> list[str]:
        """What the block prints, as paragraphs: the sentence joined to the first paragraph
        of the basis, then the rest of the basis."""
        block = self.model.value(self.path or ())
        content = self.doc.record.content
        basis = [p.strip() for p in content.opening if p.strip()]
        if not content.intro_from_fields:
            return basis
        sentence = opening_sentence(self.doc.record, block)
        if not sentence:
            return basis
        return [" ".join([sentence, *basis[:1]]), *basis[1:]]

    def to_text(self) -> None:
        """Replace the block with a paragraphs block holding the same text."""
        if self.path is None:
            return
        self.model.set_value(
            self.path,
            Block(BlockKind.PARAGRAPHS, paragraphs=self.paragraphs()),
            self.tr("Chuyển câu mở đầu thành văn bản"),
        )


BOUND_SOURCES: dict[BlockKind, tuple[str | int, ...]] = {
    BlockKind.DISCUSSION: ("content", "discussion"),
    BlockKind.PROGRESS: ("progress", "reference"),
    BlockKind.ASSESSMENT: ("content", "results"),
    BlockKind.GENERAL: ("directives", "general"),
    BlockKind.DEPARTMENTS: ("directives", "departments"),
    BlockKind.MEETING_FACTS: ("meeting", "start_time"),
    BlockKind.CONCLUSIONS: ("notice", "outline"),
    BlockKind.MEETING_END: ("meeting", "end_time"),
}
"""Where the content of each bound block is edited."""


class BoundEditor(EntryEditor):
    """A block showing data the record keeps once: where it comes from, a button to go there."""

    go_to = Signal(tuple)

    def __init__(self, model: OutlineModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self.source = QLabel()
        self.source.setObjectName("bound_source")
        self.source.setWordWrap(True)
        self.go = QPushButton(self.tr("Đến nơi nhập"))
        self.go.setObjectName("bound_go")
        self.go.clicked.connect(self._go)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        row = QHBoxLayout()
        row.addWidget(self.go)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def sources(self) -> dict[BlockKind, str]:
        """Where each kind of bound block takes its content from (translated)."""
        return {
            BlockKind.DISCUSSION: self.tr("Nội dung → Diễn biến, kết quả → Báo cáo và ý kiến"),
            BlockKind.PROGRESS: self.tr(
                "Nội dung → Diễn biến, kết quả → Tình hình thực hiện nhiệm vụ kỳ trước"
            ),
            BlockKind.ASSESSMENT: self.tr(
                "Nội dung → Diễn biến, kết quả → Kết quả đạt được; Hạn chế, tồn tại"
            ),
            BlockKind.GENERAL: self.tr("Chỉ đạo → Chỉ đạo chung"),
            BlockKind.DEPARTMENTS: self.tr("Chỉ đạo → Phòng, đơn vị và nhiệm vụ"),
            BlockKind.MEETING_FACTS: self.tr(
                "Cuộc họp → thời gian, địa điểm, chủ trì, thư ký, thành phần tham dự"
            ),
            BlockKind.CONCLUSIONS: self.tr("Các mục có tiêu đề hoặc đánh số của Thông báo"),
            BlockKind.MEETING_END: self.tr("Cuộc họp → giờ kết thúc và ngày họp"),
        }

    def refresh(self) -> None:
        kind = self.value("kind")
        self.source.setText(self.tr("Nội dung khối này lấy từ: %s") % self.sources().get(kind, ""))
        self.go.setEnabled(kind in BOUND_SOURCES)

    def _go(self) -> None:
        if self.path is not None:
            kind = self.value("kind")
            if kind in BOUND_SOURCES:
                self.go_to.emit(BOUND_SOURCES[kind])
