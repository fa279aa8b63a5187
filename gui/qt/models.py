"""Item models over lists of the record: attendees, discussion, departments, tasks.

Thin adapters: each row is an entry of a list in the record (addressed by path), each column
one field. Edits go to the document as undo commands; the models follow the document's
signals with ``begin…/end…`` and ``dataChanged``.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QDate,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from gui.core.paths import Path
from gui.core.record import (
    Attendance,
    Attendee,
    Department,
    ProgressItem,
    Speech,
    Task,
    TaskStatus,
)
from gui.core.text import clean_text
from gui.qt.document import RecordDocument
from gui.qt.literal import tooltip

ROW_MIME = "application/x-bienban-row"
AnyIndex = QModelIndex | QPersistentModelIndex


class ColumnKind(enum.Enum):
    """How a column is shown and edited."""

    TEXT = enum.auto()
    BOOL = enum.auto()
    DATE = enum.auto()
    CHOICE = enum.auto()


@dataclass(frozen=True)
class Column:
    """A column: the field it shows, how, and (for choices) the enum."""

    field: str
    kind: ColumnKind = ColumnKind.TEXT
    choices: type[enum.Enum] | None = None


ChoiceLabels = Callable[[], dict[Any, str]]


class ListTableModel(QAbstractTableModel):
    """A table over the list at ``list_path`` of a document's record."""

    def __init__(
        self,
        doc: RecordDocument,
        list_path: Path | None,
        columns: Sequence[Column],
        factory: Callable[[], Any],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._doc = doc
        self._path = list_path
        self._columns = list(columns)
        self._factory = factory
        doc.value_changed.connect(self._on_value_changed)
        doc.about_to_insert.connect(self._on_about_to_insert)
        doc.inserted.connect(self._on_inserted)
        doc.about_to_remove.connect(self._on_about_to_remove)
        doc.removed.connect(self._on_removed)
        doc.about_to_move.connect(self._on_about_to_move)
        doc.moved.connect(self._on_moved)
        doc.reset.connect(self._on_reset)

    # --- what subclasses provide -----------------------------------------------------------

    def header_labels(self) -> list[str]:
        """Column titles (translated)."""
        return [c.field for c in self._columns]

    def choice_labels(self, column: Column) -> dict[Any, str]:
        """Labels of a choice column's values (translated)."""
        assert column.choices is not None
        return {v: v.value for v in column.choices}

    def add_label(self) -> str:
        """Undo text for adding a row."""
        return QCoreApplication.translate("ListTableModel", "Thêm dòng")

    # --- path handling ---------------------------------------------------------------------

    @property
    def list_path(self) -> Path | None:
        """Path of the list shown (None: nothing shown)."""
        return self._path

    def set_list_path(self, list_path: Path | None) -> None:
        """Show another list (e.g. the tasks of another department)."""
        if list_path == self._path:
            return
        self.beginResetModel()
        self._path = list_path
        self.endResetModel()

    def _items(self) -> list[Any]:
        if self._path is None:
            return []
        items: list[Any] = self._doc.value(self._path)
        return items

    def column(self, index: int) -> Column:
        """The column spec at ``index``."""
        return self._columns[index]

    def column_of(self, field: str) -> int:
        """Index of the column showing ``field``."""
        return next(i for i, c in enumerate(self._columns) if c.field == field)

    def typed_value(self, index: AnyIndex, text: str) -> tuple[Path, Any] | None:
        """Where the text being typed in a text cell would go, and its value (for the
        autosave; None for a cell that is not plain text)."""
        if not index.isValid() or self._path is None:
            return None
        column = self._columns[index.column()]
        if column.kind is not ColumnKind.TEXT:
            return None
        return (*self.item_path(index.row()), column.field), self._convert(column, text)

    def document(self) -> RecordDocument:
        """The document the table shows."""
        return self._doc

    def item_path(self, row: int) -> Path:
        """Path of the entry at ``row``."""
        assert self._path is not None
        return (*self._path, row)

    # --- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items())

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            labels = self.header_labels()
            return labels[section] if 0 <= section < len(labels) else None
        return str(section + 1)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled if not index.isValid() else Qt.ItemFlag.NoItemFlags
        if not index.isValid():
            return base
        flags = (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        if self._columns[index.column()].kind is ColumnKind.BOOL:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        column = self._columns[index.column()]
        value = getattr(self._items()[index.row()], column.field)
        if role == Qt.ItemDataRole.CheckStateRole and column.kind is ColumnKind.BOOL:
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, value)
        if role == Qt.ItemDataRole.EditRole:
            if column.kind is ColumnKind.DATE:
                return QDate(value.year, value.month, value.day) if value else None
            if column.kind is ColumnKind.CHOICE:
                return value.value
            return value
        if role == Qt.ItemDataRole.ToolTipRole and column.kind is ColumnKind.TEXT and value:
            return tooltip(value) if len(value) > 40 else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(self._items()[index.row()], column)
        return None

    def foreground(self, item: Any, column: Column) -> QBrush | None:
        """Colour of a cell (subclasses mark overdue deadlines)."""
        return None

    def _display(self, column: Column, value: Any) -> str | None:
        if column.kind is ColumnKind.BOOL:
            return None
        if column.kind is ColumnKind.DATE:
            return value.strftime("%d/%m/%Y") if value else ""
        if column.kind is ColumnKind.CHOICE:
            return self.choice_labels(column).get(value, str(value))
        return str(value)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self._path is None:
            return False
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column.kind is ColumnKind.BOOL:
            new: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole:
            try:
                new = self._convert(column, value)
            except (TypeError, ValueError):
                return False
        else:
            return False
        self._doc.edit(
            (*self.item_path(index.row()), column.field),
            new,
            QCoreApplication.translate("ListTableModel", "Sửa «%s»")
            % self.header_labels()[index.column()],
        )
        return True

    def _convert(self, column: Column, value: Any) -> Any:
        if column.kind is ColumnKind.DATE:
            if value is None or (isinstance(value, QDate) and not value.isValid()):
                return None
            if isinstance(value, QDate):
                return dt.date(value.year(), value.month(), value.day())
            if isinstance(value, dt.date):
                return value
            raise TypeError(value)
        if column.kind is ColumnKind.CHOICE:
            assert column.choices is not None
            return column.choices(value)
        if column.kind is ColumnKind.BOOL:
            return bool(value)
        return "" if value is None else clean_text(str(value))

    # --- rows: add, remove, move (all undoable) -------------------------------------------

    def add_row(self, row: int | None = None, item: Any = None) -> int:
        """Insert a new entry (default: a blank one at the end); return its row."""
        if self._path is None:
            return -1
        row = self.rowCount() if row is None else row
        self._doc.insert(
            self._path, row, item if item is not None else self._factory(), self.add_label()
        )
        return row

    def remove_row(self, row: int) -> None:
        """Remove the entry at ``row``."""
        if self._path is not None and 0 <= row < self.rowCount():
            self._doc.remove(
                self._path, row, QCoreApplication.translate("ListTableModel", "Xóa dòng")
            )

    def move_row(self, source: int, dest: int) -> None:
        """Move the entry at ``source`` to ``dest``."""
        if self._path is not None and 0 <= source < self.rowCount() and 0 <= dest < self.rowCount():
            self._doc.move(
                self._path,
                source,
                dest,
                QCoreApplication.translate("ListTableModel", "Chuyển dòng"),
            )

    def insertRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._path is None or not 0 <= row <= self.rowCount():
            return False
        self._doc.undo_stack.beginMacro(self.add_label())
        for i in range(count):
            self.add_row(row + i)
        self._doc.undo_stack.endMacro()
        return True

    def removeRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._path is None or row < 0 or row + count > self.rowCount():
            return False
        self._doc.undo_stack.beginMacro(QCoreApplication.translate("ListTableModel", "Xóa dòng"))
        for _ in range(count):
            self.remove_row(row)
        self._doc.undo_stack.endMacro()
        return True

    # --- drag and drop: reorder within the list -------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime.setData(ROW_MIME, QByteArray(",".join(map(str, rows)).encode()))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return data.hasFormat(ROW_MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        """Move the dragged row to the drop position as one undoable step.

        Returns False so the view does not also remove the source row: the move is done.
        """
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        raw = bytes(data.data(ROW_MIME).data()).decode()
        sources = [int(r) for r in raw.split(",") if r.strip().isdigit()]
        if len(sources) != 1:
            return False
        target = row if row != -1 else (parent.row() if parent.isValid() else self.rowCount())
        source = sources[0]
        dest = target - 1 if target > source else target
        self.move_row(source, min(max(dest, 0), self.rowCount() - 1))
        return False

    # --- following the document ------------------------------------------------------------

    def _mine(self, list_path: tuple[Any, ...]) -> bool:
        return self._path is not None and tuple(list_path) == self._path

    def _on_value_changed(self, path: tuple[Any, ...]) -> None:
        if self._path is None:
            return
        n = len(self._path)
        if len(path) == n + 2 and tuple(path[:n]) == self._path:
            row, field = path[n], path[n + 1]
            for c, column in enumerate(self._columns):
                if column.field == field:
                    index = self.index(row, c)
                    self.dataChanged.emit(index, index)
            self.row_changed(row)
        elif len(path) < n and tuple(self._path[: len(path)]) == tuple(path):
            self.beginResetModel()  # the list itself was replaced
            self.endResetModel()

    def row_changed(self, row: int) -> None:
        """Hook for models whose other columns depend on a field (computed columns)."""

    def _on_about_to_insert(self, list_path: tuple[Any, ...], index: int) -> None:
        if self._mine(list_path):
            self.beginInsertRows(QModelIndex(), index, index)

    def _on_inserted(self, list_path: tuple[Any, ...], index: int) -> None:
        if self._mine(list_path):
            self.endInsertRows()

    def _on_about_to_remove(self, list_path: tuple[Any, ...], index: int) -> None:
        if self._mine(list_path):
            self.beginRemoveRows(QModelIndex(), index, index)

    def _on_removed(self, list_path: tuple[Any, ...], index: int) -> None:
        if self._mine(list_path):
            self.endRemoveRows()

    def _on_about_to_move(self, list_path: tuple[Any, ...], source: int, dest: int) -> None:
        if self._mine(list_path):
            # Qt wants the row the item goes *before*, counted before the move.
            self.beginMoveRows(
                QModelIndex(), source, source, QModelIndex(), dest + 1 if dest > source else dest
            )

    def _on_moved(self, list_path: tuple[Any, ...], source: int, dest: int) -> None:
        if self._mine(list_path):
            self.endMoveRows()

    def _on_reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()


class AttendeesModel(ListTableModel):
    """Attendees and invited guests (a person or a group)."""

    COLUMNS = (
        Column("name"),
        Column("position"),
        Column("is_group", ColumnKind.BOOL),
        Column("is_guest", ColumnKind.BOOL),
        Column("attendance", ColumnKind.CHOICE, Attendance),
        Column("reason"),
    )

    def __init__(self, doc: RecordDocument, parent: QObject | None = None) -> None:
        super().__init__(doc, ("meeting", "attendees"), self.COLUMNS, Attendee, parent)

    def header_labels(self) -> list[str]:
        return [
            self.tr("Họ tên / nhóm"),
            self.tr("Chức vụ, đơn vị"),
            self.tr("Nhóm"),
            self.tr("Khách mời"),
            self.tr("Tham dự"),
            self.tr("Lý do vắng"),
        ]

    def choice_labels(self, column: Column) -> dict[Any, str]:
        return attendance_labels()

    def add_label(self) -> str:
        return self.tr("Thêm người dự")


def attendance_labels() -> dict[Any, str]:
    """Translated labels of ``Attendance``."""
    return {
        Attendance.PRESENT: QCoreApplication.translate("Labels", "Có mặt"),
        Attendance.ABSENT: QCoreApplication.translate("Labels", "Vắng"),
        Attendance.EXCUSED: QCoreApplication.translate("Labels", "Vắng có lý do"),
    }


def status_labels() -> dict[Any, str]:
    """Translated labels of ``TaskStatus``."""
    return {
        TaskStatus.NOT_STARTED: QCoreApplication.translate("Labels", "Chưa thực hiện"),
        TaskStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "Đang thực hiện"),
        TaskStatus.DONE: QCoreApplication.translate("Labels", "Hoàn thành"),
    }


class DiscussionModel(ListTableModel):
    """Reports and opinions in the order they were given."""

    def __init__(self, doc: RecordDocument, parent: QObject | None = None) -> None:
        super().__init__(
            doc, ("content", "discussion"), (Column("speaker"), Column("content")), Speech, parent
        )

    def header_labels(self) -> list[str]:
        return [self.tr("Người phát biểu"), self.tr("Nội dung")]

    def add_label(self) -> str:
        return self.tr("Thêm ý kiến")


class DepartmentsModel(ListTableModel):
    """The departments that received directives."""

    def __init__(self, doc: RecordDocument, parent: QObject | None = None) -> None:
        super().__init__(doc, ("directives", "departments"), (Column("name"),), Department, parent)

    def header_labels(self) -> list[str]:
        return [self.tr("Phòng, đơn vị")]

    def add_label(self) -> str:
        return self.tr("Thêm phòng, đơn vị")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            name = super().data(index, role)
            return name or self.tr("(chưa đặt tên)")
        return super().data(index, role)


class TasksModel(ListTableModel):
    """The tasks of one department."""

    COLUMNS = (
        Column("content"),
        Column("lead"),
        Column("coordinating"),
        Column("deadline", ColumnKind.DATE),
        Column("deadline_text"),
        Column("status", ColumnKind.CHOICE, TaskStatus),
        Column("completed_on", ColumnKind.DATE),
        Column("note"),
    )

    def __init__(
        self,
        doc: RecordDocument,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(doc, None, self.COLUMNS, Task, parent)
        self._today = today

    def header_labels(self) -> list[str]:
        return [
            self.tr("Nhiệm vụ"),
            self.tr("Chủ trì"),
            self.tr("Phối hợp"),
            self.tr("Hạn"),
            self.tr("Hạn (diễn đạt)"),
            self.tr("Trạng thái"),
            self.tr("Ngày hoàn thành"),
            self.tr("Ghi chú"),
        ]

    def choice_labels(self, column: Column) -> dict[Any, str]:
        return status_labels()

    def add_label(self) -> str:
        return self.tr("Thêm nhiệm vụ")

    def show_department(self, row: int | None) -> None:
        """Show the tasks of the department at ``row`` (None: none)."""
        self.set_list_path(None if row is None else ("directives", "departments", row, "tasks"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # a deadline in words ("thường xuyên") shows in the Hạn column when there is no date
        if (
            role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            and index.isValid()
            and index.row() < self.rowCount()
            and self._columns[index.column()].field == "deadline"
        ):
            task = self._items()[index.row()]
            if task.deadline is None and task.deadline_text.strip():
                text = task.deadline_text.strip()
                return text if role == Qt.ItemDataRole.DisplayRole else tooltip(text)
        return super().data(index, role)

    def foreground(self, item: Any, column: Column) -> QBrush | None:
        if column.field == "deadline" and item.is_overdue(self._today()):
            return QBrush(QColor("#b00020"))
        return None

    def row_changed(self, row: int) -> None:
        # Status and completion change whether the deadline shows as overdue; a deadline in
        # words shows in its place.
        c = self.column_of("deadline")
        index = self.index(row, c)
        self.dataChanged.emit(
            index, index, [Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DisplayRole]
        )


class ProgressModel(ListTableModel):
    """The previous meeting's tasks, reviewed at this one."""

    COLUMNS = (
        Column("department"),
        Column("content"),
        Column("deadline", ColumnKind.DATE),
        Column("deadline_text"),
        Column("status", ColumnKind.CHOICE, TaskStatus),
        Column("completed_on", ColumnKind.DATE),
        Column("note"),
    )

    def __init__(self, doc: RecordDocument, parent: QObject | None = None) -> None:
        super().__init__(doc, ("progress", "items"), self.COLUMNS, ProgressItem, parent)

    def header_labels(self) -> list[str]:
        return [
            self.tr("Phòng, đơn vị"),
            self.tr("Nhiệm vụ"),
            self.tr("Hạn"),
            self.tr("Hạn (diễn đạt)"),
            self.tr("Trạng thái"),
            self.tr("Ngày hoàn thành"),
            self.tr("Kết quả, ghi chú"),
        ]

    def choice_labels(self, column: Column) -> dict[Any, str]:
        return status_labels()

    def add_label(self) -> str:
        return self.tr("Thêm nhiệm vụ kỳ trước")
