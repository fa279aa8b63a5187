"""The directive tracking book (sổ theo dõi nhiệm vụ): every task of every meeting.

A table of tasks (filtered in SQL by department, status, deadline, meeting and an
accent-insensitive search), where status and completion date can be changed in place, and the
statistics per department for a period, with a bar chart, exportable to XLSX and CSV.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.core import wording as w
from gui.core.library import DepartmentStats, TaskFilter, TaskRow
from gui.core.record import TaskStatus
from gui.core.report import CATEGORY_LABELS, period_title, write_report
from gui.core.tracking import Category
from gui.qt.fields import NO_DATE, OptionalDateEdit
from gui.qt.library import LibraryController
from gui.qt.models import status_labels

AnyIndex = QModelIndex | QPersistentModelIndex
OVERDUE_BRUSH = QBrush(QColor("#ffd7d7"))
CATEGORY_COLOURS = {
    Category.DONE_ON_TIME: QColor("#2e7d32"),
    Category.DONE_LATE: QColor("#f9a825"),
    Category.IN_PROGRESS: QColor("#1565c0"),
    Category.OVERDUE: QColor("#c62828"),
}


class TrackedTasksModel(QAbstractTableModel):
    """The tasks listed by the index; status and completion date are editable."""

    STATUS, COMPLETED = 8, 9
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        library: LibraryController,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._today = today
        self.rows: list[TaskRow] = []

    def set_rows(self, rows: list[TaskRow]) -> None:
        """Show ``rows``."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def headers(self) -> list[str]:
        return [
            self.tr("Cuộc họp"),
            self.tr("Ngày họp"),
            self.tr("Số"),
            self.tr("Phòng, đơn vị"),
            self.tr("Nhiệm vụ"),
            self.tr("Chủ trì"),
            self.tr("Phối hợp"),
            self.tr("Thời hạn"),
            self.tr("Trạng thái"),
            self.tr("Ngày hoàn thành"),
            self.tr("Còn / quá (ngày)"),
        ]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 11

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (self.STATUS, self.COMPLETED):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        r = self.rows[index.row()]
        c = index.column()
        today = self._today()
        if role == Qt.ItemDataRole.BackgroundRole:
            return OVERDUE_BRUSH if r.category(today) is Category.OVERDUE else None
        if role == Qt.ItemDataRole.ToolTipRole and c == 4:
            return r.content
        if role == Qt.ItemDataRole.EditRole:
            if c == self.STATUS:
                return r.status.value
            if c == self.COMPLETED:
                d = r.completed_on
                return QDate(d.year, d.month, d.day) if d else None
        if role == self.SORT_ROLE:
            values: list[Any] = [
                r.meeting_name,
                r.meeting_date or dt.date.min,
                r.number or 0,
                r.department,
                r.content,
                r.lead,
                r.coordinating,
                r.deadline or dt.date.max,
                r.status.value,
                r.completed_on or dt.date.max,
            ]
            left = r.days_left(today)
            values.append(10**6 if left is None else left)
            return values[c] if not isinstance(values[c], dt.date) else values[c].toordinal()
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if c == 0:
            return r.meeting_name
        if c == 1:
            return r.meeting_date.strftime("%d/%m/%Y") if r.meeting_date else ""
        if c == 2:
            return (
                w.doc_number(r.number, r.doc_kind or "TB", r.agency_code)
                .removeprefix("Số: ")
                .strip()
                if r.number
                else ""
            )
        if c in (3, 4, 5, 6):
            return (r.department, r.content, r.lead, r.coordinating)[c - 3]
        if c == 7:
            return r.deadline.strftime("%d/%m/%Y") if r.deadline else r.deadline_text
        if c == self.STATUS:
            label = status_labels()[r.status]
            if r.category(today) is Category.OVERDUE:
                label += " — " + self.tr("quá hạn")
            elif r.category(today) is Category.DONE_LATE:
                label += " — " + self.tr("trễ hạn")
            return label
        if c == self.COMPLETED:
            return r.completed_on.strftime("%d/%m/%Y") if r.completed_on else ""
        left = r.days_left(today)
        if left is None:
            return ""
        return self.tr("quá %d") % -left if left < 0 else str(left)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        r = self.rows[index.row()]
        status, completed = r.status, r.completed_on
        if index.column() == self.STATUS:
            status = TaskStatus(value)
            if status is TaskStatus.DONE and completed is None:
                completed = self._today()
            if status is not TaskStatus.DONE:
                completed = None
        elif index.column() == self.COMPLETED:
            if isinstance(value, QDate) and value.isValid() and value != NO_DATE:
                completed = dt.date(value.year(), value.month(), value.day())
                status = TaskStatus.DONE
            else:
                completed = None
        else:
            return False
        if (status, completed) == (r.status, r.completed_on):
            return False
        self._library.set_status(
            r.path, r.dept_index, r.task_index, status, completed, (r.status, r.completed_on)
        )
        return True


class StatusDelegate(QStyledItemDelegate):
    """A list of statuses, and a calendar for the completion date."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        if index.column() == TrackedTasksModel.STATUS:
            combo = QComboBox(parent)
            for value, label in status_labels().items():
                combo.addItem(label, value.value)
            return combo
        edit = QDateEdit(parent)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(" ")
        return edit

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QDateEdit):
            editor.setDate(value if isinstance(value, QDate) else QDate.currentDate())

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QDateEdit):
            model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)


class BarChart(QWidget):
    """Stacked horizontal bars per department: on time, late, in progress, overdue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stats: list[DepartmentStats] = []
        self.setMinimumHeight(160)
        self.setAccessibleName(self.tr("Biểu đồ thực hiện nhiệm vụ theo phòng, đơn vị"))

    def set_stats(self, stats: list[DepartmentStats]) -> None:
        """Draw ``stats``."""
        self.stats = stats
        self.setMinimumHeight(40 + 26 * max(1, len(stats)))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = painter.fontMetrics()
        label_w = min(260, max([fm.horizontalAdvance(s.department) for s in self.stats] + [80]))
        top, row_h = 8, 26
        total_max = max([s.total for s in self.stats] + [1])
        bar_w = max(10, self.width() - label_w - 60)
        for i, s in enumerate(self.stats):
            y = top + i * row_h
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(0, y, label_w - 6, row_h - 6),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                fm.elidedText(s.department, Qt.TextElideMode.ElideRight, label_w - 6),
            )
            x = float(label_w)
            for category in Category:
                n = getattr(s, category.value)
                width = bar_w * n / total_max
                if width:
                    painter.fillRect(
                        QRectF(x, y + 3, width, row_h - 12), CATEGORY_COLOURS[category]
                    )
                x += width
            painter.drawText(
                QRectF(x + 4, y, 50, row_h - 6),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                str(s.total),
            )
        y = top + len(self.stats) * row_h + 4
        x = float(label_w)
        for category in Category:
            painter.fillRect(QRectF(x, y + 4, 12, 12), CATEGORY_COLOURS[category])
            label = CATEGORY_LABELS[category]
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(x + 16, y, 200, 20),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            x += 20 + fm.horizontalAdvance(label) + 12
        painter.end()


class TrackingWidget(QWidget):
    """The tracking book: tasks, statistics, and files that failed to load."""

    open_task = Signal(str, int, int)  # path, department index, task index

    def __init__(
        self,
        library: LibraryController,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self._today = today
        self.tabs = QTabWidget(self)

        # --- tasks tab -------------------------------------------------------------------------
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm (không cần dấu): vd. tien do"))
        self.search.setAccessibleName(self.tr("Tìm nhiệm vụ"))
        self.search.setClearButtonEnabled(True)
        self.department = QComboBox()
        self.department.setAccessibleName(self.tr("Lọc theo phòng, đơn vị"))
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Lọc theo tình trạng"))
        self.category.addItem(self.tr("Mọi tình trạng"), "")
        for cat, label in CATEGORY_LABELS.items():
            self.category.addItem(label, cat.value)
        self.category.addItem(self.tr("Chưa hoàn thành"), "open")
        self.meeting = QComboBox()
        self.meeting.setAccessibleName(self.tr("Lọc theo cuộc họp"))
        self.deadline_from = OptionalDateEdit()
        self.deadline_from.setAccessibleName(self.tr("Thời hạn từ ngày"))
        self.deadline_to = OptionalDateEdit()
        self.deadline_to.setAccessibleName(self.tr("Thời hạn đến ngày"))
        filters = QFormLayout()
        row1 = QHBoxLayout()
        row1.addWidget(self.search, 3)
        row1.addWidget(self.department, 2)
        row1.addWidget(self.category, 2)
        filters.addRow(self.tr("Tìm, lọc"), row1)
        row2 = QHBoxLayout()
        row2.addWidget(self.meeting, 3)
        row2.addWidget(QLabel(self.tr("Thời hạn từ")))
        row2.addWidget(self.deadline_from)
        row2.addWidget(QLabel(self.tr("đến")))
        row2.addWidget(self.deadline_to)
        row2.addStretch(1)
        filters.addRow(self.tr("Cuộc họp"), row2)

        self.model = TrackedTasksModel(library, today, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(TrackedTasksModel.SORT_ROLE)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(7, Qt.SortOrder.AscendingOrder)  # by deadline, as the index lists
        self.view.setItemDelegateForColumn(TrackedTasksModel.STATUS, StatusDelegate(self.view))
        self.view.setItemDelegateForColumn(TrackedTasksModel.COMPLETED, StatusDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setAccessibleName(self.tr("Danh sách nhiệm vụ"))
        self.view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self._double_clicked)
        self.count = QLabel()
        tasks_page = QWidget()
        tl = QVBoxLayout(tasks_page)
        tl.addLayout(filters)
        tl.addWidget(self.view, 1)
        tl.addWidget(self.count)
        self.tabs.addTab(tasks_page, self.tr("Nhiệm vụ"))

        # --- statistics tab --------------------------------------------------------------------
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Kỳ thống kê"))
        for key, label in (
            ("all", self.tr("Toàn bộ")),
            ("month", self.tr("Tháng này")),
            ("quarter", self.tr("Quý này")),
            ("year", self.tr("Năm nay")),
            ("custom", self.tr("Tùy chọn")),
        ):
            self.period.addItem(label, key)
        self.period_from = OptionalDateEdit()
        self.period_from.setAccessibleName(self.tr("Từ ngày họp"))
        self.period_to = OptionalDateEdit()
        self.period_to.setAccessibleName(self.tr("Đến ngày họp"))
        self.stats_table = QTableWidget(0, 6)
        self.stats_table.setAccessibleName(self.tr("Thống kê theo phòng, đơn vị"))
        self.stats_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stats_table.setHorizontalHeaderLabels(
            [
                self.tr("Phòng, đơn vị"),
                self.tr("Tổng số"),
                self.tr("Đúng hạn"),
                self.tr("Xong, trễ hạn"),
                self.tr("Trong hạn"),
                self.tr("Quá hạn"),
            ]
        )
        for column, full in enumerate(CATEGORY_LABELS.values(), start=2):
            self.stats_table.horizontalHeaderItem(column).setToolTip(full)
        header = self.stats_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.chart = BarChart()
        self.export_xlsx = QPushButton(self.tr("Xuất Excel (XLSX)…"))
        self.export_csv = QPushButton(self.tr("Xuất CSV…"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Kỳ:")))
        top.addWidget(self.period)
        top.addWidget(QLabel(self.tr("từ")))
        top.addWidget(self.period_from)
        top.addWidget(QLabel(self.tr("đến")))
        top.addWidget(self.period_to)
        top.addStretch(1)
        top.addWidget(self.export_xlsx)
        top.addWidget(self.export_csv)
        stats_page = QWidget()
        sl = QVBoxLayout(stats_page)
        sl.addLayout(top)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.stats_table)
        split.addWidget(self.chart)
        split.setSizes([300, 300])
        sl.addWidget(split, 1)
        self.tabs.addTab(stats_page, self.tr("Thống kê"))

        # --- errors tab ------------------------------------------------------------------------
        self.errors = QListWidget()
        self.errors.setAccessibleName(self.tr("Tệp không đọc được"))
        self.tabs.addTab(self.errors, self.tr("Tệp lỗi"))

        layout = QVBoxLayout(self)
        self.folder_label = QLabel()
        layout.addWidget(self.folder_label)
        layout.addWidget(self.tabs)

        for signal in (
            self.search.textChanged,
            self.department.currentIndexChanged,
            self.category.currentIndexChanged,
            self.meeting.currentIndexChanged,
            self.deadline_from.date_edited,
            self.deadline_to.date_edited,
        ):
            signal.connect(self.apply_filter)
        for signal in (
            self.period.currentIndexChanged,
            self.period_from.date_edited,
            self.period_to.date_edited,
        ):
            signal.connect(self.update_statistics)
        library.updated.connect(self._library_updated)  # bound: dropped with this widget
        self.reload()

    # --- filling ---------------------------------------------------------------------------

    def _library_updated(self, _result: object) -> None:
        self.reload()

    def reload(self) -> None:
        """Re-read the choices, the tasks, the statistics and the errors from the index."""
        index = self.library.index
        self.folder_label.setText(self.tr("Thư mục lưu trữ: %s") % self.library.folder)
        for combo, first, items in (
            (self.department, self.tr("Mọi phòng, đơn vị"), [(d, d) for d in index.departments()]),
            (
                self.meeting,
                self.tr("Mọi cuộc họp"),
                [
                    (p, f"{n} ({d.strftime('%d/%m/%Y') if d else '—'})")
                    for p, n, d, _num in index.meetings()
                ],
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, "")
            for data, label in items:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.errors.clear()
        for path, error in index.errors():
            self.errors.addItem(f"{path}: {error}")
        self.tabs.setTabText(2, self.tr("Tệp lỗi (%d)") % self.errors.count())
        self.apply_filter()
        self.update_statistics()

    def current_filter(self) -> TaskFilter:
        """The filter the controls describe."""
        cat = self.category.currentData()
        cats: frozenset[Category] = frozenset()
        if cat == "open":
            cats = frozenset({Category.IN_PROGRESS, Category.OVERDUE})
        elif cat:
            cats = frozenset({Category(cat)})
        return TaskFilter(
            department=self.department.currentData() or "",
            categories=cats,
            deadline_from=self.deadline_from.value(),
            deadline_to=self.deadline_to.value(),
            path=self.meeting.currentData() or "",
            search=self.search.text(),
        )

    def apply_filter(self) -> None:
        """List the tasks matching the controls."""
        rows = self.library.index.tasks(self.current_filter(), self._today())
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.category(self._today()) is Category.OVERDUE)
        self.count.setText(self.tr("%d nhiệm vụ, %d quá hạn") % (len(rows), overdue))

    def period_range(self) -> tuple[dt.date | None, dt.date | None]:
        """The statistics period chosen."""
        today = self._today()
        key = self.period.currentData()
        if key == "month":
            start = today.replace(day=1)
            end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
            return start, end
        if key == "quarter":
            q = (today.month - 1) // 3
            start = dt.date(today.year, 3 * q + 1, 1)
            end = dt.date(today.year + (q == 3), (3 * q + 3) % 12 + 1, 1) - dt.timedelta(days=1)
            return start, end
        if key == "year":
            return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
        if key == "custom":
            return self.period_from.value(), self.period_to.value()
        return None, None

    def update_statistics(self) -> None:
        """Recount per department for the period."""
        start, end = self.period_range()
        stats = self.library.index.statistics(start, end, self._today())
        self.stats_table.setRowCount(len(stats))
        for i, s in enumerate(stats):
            values = [s.department, s.total, s.done_on_time, s.done_late, s.in_progress, s.overdue]
            for j, v in enumerate(values):
                item = QTableWidgetItem(str(v))
                if j:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.stats_table.setItem(i, j, item)
        self.chart.set_stats(stats)
        self.stats = stats

    def export(self, folder: str, fmt: str) -> list[str]:
        """Write the statistics and the task list of the period as ``fmt`` into ``folder``."""
        start, end = self.period_range()
        tasks = self.library.index.tasks(
            TaskFilter(meeting_from=start, meeting_to=end), self._today()
        )
        return [
            str(p)
            for p in write_report(
                folder, fmt, self.stats, tasks, self._today(), period_title(start, end)
            )
        ]

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() in (TrackedTasksModel.STATUS, TrackedTasksModel.COMPLETED):
            return
        row = self.model.rows[self.proxy.mapToSource(index).row()]
        self.open_task.emit(row.path, row.dept_index, row.task_index)


def default_export_folder(library: LibraryController) -> str:
    """Where exports go by default: the library folder."""
    return str(library.folder) if os.path.isdir(library.folder) else os.path.expanduser("~")
