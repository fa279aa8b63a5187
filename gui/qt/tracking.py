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
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QProgressBar,
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
from gui.core.library import DepartmentStats, RefreshResult, SortKey, TaskFilter, TaskRow
from gui.core.record import TaskStatus
from gui.core.report import period_title, write_report
from gui.core.tracking import Category
from gui.core.typed_dates import format_date
from gui.qt.actions import StackAction, redo_shortcuts
from gui.qt.fields import NO_DATE, OptionalDateEdit
from gui.qt.library import LibraryController, changed
from gui.qt.literal import plain, tooltip
from gui.qt.models import status_labels

AnyIndex = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_EDIT = int(Qt.ItemDataRole.EditRole.value)
_ANSWERED = frozenset({_DISPLAY, _BACKGROUND, _TOOLTIP, _EDIT})
_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _SELECTABLE | Qt.ItemFlag.ItemIsEditable
OVERDUE_BRUSH = QBrush(QColor("#ffd7d7"))
CATEGORY_COLOURS = {
    Category.DONE_ON_TIME: QColor("#2e7d32"),
    Category.DONE_LATE: QColor("#f9a825"),
    Category.IN_PROGRESS: QColor("#1565c0"),
    Category.OVERDUE: QColor("#c62828"),
}


def category_labels() -> dict[Category, str]:
    """The four states of a task, in the interface's language (the reports' own stay in
    Vietnamese, as documents)."""
    return {
        Category.DONE_ON_TIME: QCoreApplication.translate("Tracking", "Hoàn thành đúng hạn"),
        Category.DONE_LATE: QCoreApplication.translate("Tracking", "Hoàn thành quá hạn"),
        Category.IN_PROGRESS: QCoreApplication.translate("Tracking", "Đang thực hiện trong hạn"),
        Category.OVERDUE: QCoreApplication.translate("Tracking", "Quá hạn chưa hoàn thành"),
    }


class _Shown:
    """What the table shows of one task (formatted once, when its page is fetched)."""

    __slots__ = ("completed", "overdue", "task", "texts")

    def __init__(self, task: TaskRow, texts: list[str], overdue: bool) -> None:
        self.task, self.texts, self.overdue = task, texts, overdue
        d = task.completed_on
        self.completed = QDate(d.year, d.month, d.day) if d else None


class TrackedTasksModel(QAbstractTableModel):
    """The tasks listed by the index; status and completion date are editable.

    The model holds only the ids of the listed tasks, in the order shown (sorted and filtered
    by the index, in the query thread); a task's columns are read from the index a page at a
    time when the view first asks for them.
    """

    STATUS, COMPLETED = 8, 9
    PAGE = 32  # rows read at a time: a jump across the list reads little more than a screen
    SORT_KEYS = tuple(SortKey)  # by column
    sort_requested = Signal()

    def __init__(
        self,
        library: LibraryController,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._today = today
        self.ids: list[int] = []
        self._shown: dict[int, _Shown] = {}
        self.sort_key = SortKey.DEADLINE
        self.descending = False
        library.rows_moved.connect(self._rows_moved)

    def set_ids(self, ids: list[int]) -> None:
        """Show the tasks of ``ids``, in that order (what was shown is read again)."""
        self._shown.clear()
        if ids == self.ids:
            if ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, 10))
            return
        self.beginResetModel()
        self.ids = ids
        self.endResetModel()

    def task(self, row: int) -> TaskRow:
        """The task shown in ``row``."""
        return self._row(row).task

    def tasks(self) -> list[TaskRow]:
        """Every task listed, in order (reads them all: for tests and reports, not views)."""
        return [self.task(r) for r in range(len(self.ids))]

    def _row(self, row: int) -> _Shown:
        shown = self._shown.get(self.ids[row])
        if shown is None:
            self._fetch(row)
            shown = self._shown.get(self.ids[row])
            if shown is None:  # gone from the index since it was listed: shown empty
                shown = self._shown[self.ids[row]] = self._blank()
        return shown

    def _fetch(self, row: int) -> None:
        if len(self._shown) > 20 * self.PAGE:
            self._shown.clear()
        start = row - row % self.PAGE
        ids = [i for i in self.ids[start : start + self.PAGE] if i not in self._shown]
        today, labels = self._today(), status_labels()
        for rowid, task in self._library.index.rows_by_id(ids).items():
            self._shown[rowid] = self._format(task, today, labels)

    def _blank(self) -> _Shown:
        task = TaskRow(
            "",
            -1,
            -1,
            "",
            None,
            None,
            "",
            "",
            "",
            "",
            "",
            "",
            None,
            "",
            TaskStatus.NOT_STARTED,
            None,
            "",
        )
        return _Shown(task, [""] * 11, False)

    def _format(self, r: TaskRow, today: dt.date, labels: dict[Any, str]) -> _Shown:
        category = r.category(today)
        status = labels[r.status]
        if category is Category.OVERDUE:
            status += " — " + self.tr("quá hạn")
        elif category is Category.DONE_LATE:
            status += " — " + self.tr("trễ hạn")
        left = r.days_left(today)
        texts = [
            r.meeting_name,
            format_date(r.meeting_date),
            w.doc_number(r.number, r.doc_kind or "TB", r.agency_code).removeprefix("Số: ").strip()
            if r.number
            else "",
            r.department,
            r.content,
            r.lead,
            r.coordinating,
            r.deadline_text or format_date(r.deadline),  # as written: "trước ngày 15/12/2026"
            status,
            format_date(r.completed_on),
            "" if left is None else self.tr("quá %d") % -left if left < 0 else str(left),
        ]
        return _Shown(r, texts, category is Category.OVERDUE)

    def task_changed(self, rowid: int) -> int | None:
        """Task ``rowid`` changed in the index: its row is read again and only that row is
        announced changed. Returns how the count of overdue rows listed changed (-1, 0, 1),
        None when unknown (the row had not been read)."""
        try:
            row = self.ids.index(rowid)
        except ValueError:
            return 0  # not listed
        before = self._shown.pop(rowid, None)
        after = self._row(row)
        self.dataChanged.emit(self.index(row, 0), self.index(row, 10))
        return None if before is None else after.overdue - before.overdue

    def _rows_moved(self, moved: dict[int, int]) -> None:
        """A file was re-indexed (a status written back): its tasks have new ids."""
        if not moved:
            return
        changed = [i for i, rowid in enumerate(self.ids) if rowid in moved]
        for i in changed:
            self._shown.pop(self.ids[i], None)
            self.ids[i] = moved[self.ids[i]]
        if changed:
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), 10))

    def headers(self) -> list[str]:
        return [
            self.tr("Cuộc họp"),
            self.tr("Ngày họp"),
            self.tr("Số"),
            self.tr("Phòng, đơn vị"),
            self.tr("Nhiệm vụ"),
            self.tr("Đơn vị chủ trì"),  # not the meeting's chair, a column away
            self.tr("Đơn vị phối hợp"),
            self.tr("Thời hạn"),
            self.tr("Trạng thái"),
            self.tr("Ngày hoàn thành"),
            self.tr("Còn / quá (ngày)"),
        ]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

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
        return _EDITABLE if index.column() in (self.STATUS, self.COMPLETED) else _SELECTABLE

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # called for every role of every cell painted (seven a cell): plain ints, no enum
        # arithmetic, and the roles never answered (font, alignment, colour, check state,
        # icon…) turned away first
        if role not in _ANSWERED:
            return None
        row = index.row()
        if not 0 <= row < len(self.ids):
            return None
        if role == _DISPLAY:
            return self._row(row).texts[index.column()]
        if role == _BACKGROUND:
            return OVERDUE_BRUSH if self._row(row).overdue else None
        if role == _TOOLTIP and index.column() == 4:
            return tooltip(self._row(row).task.content)
        if role == _EDIT:
            c = index.column()
            if c == self.STATUS:
                return self._row(row).task.status.value
            if c == self.COMPLETED:
                return self._row(row).completed
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by ``column``: the index lists the tasks again in that order."""
        key = self.SORT_KEYS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self.sort_key, self.descending):
            self.sort_key, self.descending = key, descending
            self.sort_requested.emit()

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        r = self.task(index.row())
        if not r.path:
            return False
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
            r.path,
            r.dept_index,
            r.task_index,
            status,
            completed,
            (r.status, r.completed_on),
            r.content,
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
            combo.activated.connect(self._picked)  # a status picked is written at once
            return combo
        edit = QDateEdit(parent)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(" ")
        return edit

    def _picked(self, _row: int) -> None:
        combo = self.sender()
        if isinstance(combo, QComboBox):
            self.commitData.emit(combo)
            self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

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
        labels = category_labels()
        for category in Category:
            painter.fillRect(QRectF(x, y + 4, 12, 12), CATEGORY_COLOURS[category])
            label = labels[category]
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(x + 16, y, 200, 20),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            x += 20 + fm.horizontalAdvance(label) + 12
        painter.end()


class TrackingWidget(QWidget):
    """The tracking book: tasks, statistics, and files that failed to load.

    Lists and statistics are asked of the library's query thread and shown when they arrive
    (an answer to an older request is dropped); the search waits for a pause in typing. While
    the index is first built the rows appear batch by batch, under a progress bar with Cancel.
    """

    SEARCH_PAUSE_MS = 40  # one query per pause in typing
    BUILD_RELIST_MS = 500  # while the index is built, the list follows this often
    PREPARE_ORDERS_MS = 1000  # after this long without a request, the sorts are prepared
    open_task = Signal(str, int, int)  # path, department index, task index
    tasks_shown = Signal()  # the list answered the latest request
    statistics_shown = Signal()
    close_requested = Signal()

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
        for cat, label in category_labels().items():
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
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(7, Qt.SortOrder.AscendingOrder)  # by deadline, as the index lists
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.setItemDelegateForColumn(TrackedTasksModel.STATUS, StatusDelegate(self.view))
        self.view.setItemDelegateForColumn(TrackedTasksModel.COMPLETED, StatusDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setAccessibleName(self.tr("Danh sách nhiệm vụ"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column in range(self.model.columnCount()):  # no column title cut off
            if column != 4:
                header.resizeSection(
                    column, max(header.sectionSize(column), header.sectionSizeHint(column))
                )
        self.view.doubleClicked.connect(self._double_clicked)
        self.count = plain(QLabel())  # may name the library folder
        self.count.setWordWrap(True)
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
        for column, full in enumerate(category_labels().values(), start=2):
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

        self.folder_label = plain(QLabel())
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Tiến độ lập chỉ mục"))
        self.progress.setFormat(self.tr("Đang đọc các biên bản: %v/%m tệp"))
        self.cancel_build = QPushButton(self.tr("Dừng"))
        self.cancel_build.setToolTip(self.tr("Dừng đọc; các nhiệm vụ đã đọc vẫn được liệt kê"))
        self.cancel_build.clicked.connect(library.cancel_refresh)
        building = QHBoxLayout()
        building.addWidget(self.progress, 1)
        building.addWidget(self.cancel_build)
        self.building = QWidget()
        self.building.setLayout(building)
        building.setContentsMargins(0, 0, 0, 0)
        self.building.setVisible(library.building)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.close_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.building)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

        self._search_pause = QTimer(self)
        self._search_pause.setSingleShot(True)
        self._search_pause.setInterval(self.SEARCH_PAUSE_MS)
        self._search_pause.timeout.connect(self.request_tasks)
        self._build_relist = QTimer(self)
        self._build_relist.setSingleShot(True)
        self._build_relist.setInterval(self.BUILD_RELIST_MS)
        self._build_relist.timeout.connect(self._relist_during_build)
        self._prepare_orders = QTimer(self)
        self._prepare_orders.setSingleShot(True)
        self._prepare_orders.setInterval(self.PREPARE_ORDERS_MS)
        self._prepare_orders.timeout.connect(self._prepare_sorts)
        self.search.textChanged.connect(self._search_pause.start)
        self._list_request = self._stats_request = 0
        self._listing = False  # a list request is in flight
        self._relist = False  # the index changed meanwhile: list again when it answers
        self.overdue = 0
        self.stats: list[DepartmentStats] = []
        for signal in (
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
        self.model.sort_requested.connect(self.request_tasks)
        library.updated.connect(self._index_updated)
        library.task_written.connect(self._task_written)
        library.task_changed.connect(self._task_changed)
        library.folder_changed.connect(self.reload)
        library.tasks_listed.connect(self._listed)
        library.statistics_counted.connect(self._counted)
        library.build_started.connect(self._build_started)
        library.build_progress.connect(self._build_progressed)
        library.build_finished.connect(self._build_finished)
        self.reload()

    # --- filling ---------------------------------------------------------------------------

    def _index_updated(self, result: RefreshResult) -> None:
        if changed(result) or not self.model.ids:
            self.reload()

    def _task_written(self, _path: str) -> None:
        # the whole file was indexed again (the rows already follow: rows_moved); the filters
        # and counts may no longer hold for it
        self.request_tasks()
        self.update_statistics()

    def _task_changed(self, rowid: int) -> None:
        # one status written back: its row shown again, the counts follow; the list keeps its
        # rows and order until the next query (a row edited does not jump away or vanish)
        change = self.model.task_changed(rowid)
        if change is None:  # not read before (not on screen): the count from a new list
            self.request_tasks()
        elif change:
            self.overdue += change
            self._show_count()
        self.update_statistics()

    def reload(self) -> None:
        """Re-read the choices, the tasks, the statistics and the errors from the index."""
        index = self.library.index
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
        for path, error in index.errors():  # the reason is technical, as the reader gave it
            self.errors.addItem(self.tr("%s — không đọc được (chi tiết: %s)") % (path, error))
        self.tabs.setTabText(2, self.tr("Tệp lỗi (%d)") % self.errors.count())
        self._show_folder()
        self.request_tasks()
        self.update_statistics()

    def _show_folder(self) -> None:
        folder = self.library.folder
        text = self.tr("Đọc các biên bản (*.bienban.json) trong thư mục %s và các thư mục con.") % (
            folder
        )
        if not folder.is_dir():
            text += " " + self.tr(
                "Thư mục này chưa có: hãy lưu biên bản vào đó, hoặc chọn thư mục khác "
                "(Theo dõi → Chọn thư mục lưu trữ)."
            )
        self.folder_label.setText(text)

    def _empty_reason(self) -> str:
        """Why the list is empty (or "" when it is not)."""
        if self.model.ids:
            return ""
        folder = self.library.folder
        if self.library.building:
            return self.tr("Đang đọc các biên bản…")
        if not folder.is_dir():
            return self.tr("Thư mục lưu trữ %s chưa có.") % folder
        if not self.library.index.meetings():
            if self.library.index.errors():
                return self.tr("Không đọc được biên bản nào (xem thẻ Tệp lỗi).")
            return self.tr("Thư mục lưu trữ %s chưa có biên bản nào (*.bienban.json).") % folder
        if self.current_filter() != TaskFilter():
            return self.tr("Không có nhiệm vụ nào khớp điều kiện tìm, lọc.")
        return self.tr("Các biên bản trong thư mục lưu trữ chưa giao nhiệm vụ nào.")

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

    def request_tasks(self) -> None:
        """Ask the index for the tasks matching the controls (shown when they arrive)."""
        self._search_pause.stop()
        self._prepare_orders.stop()
        self._listing = True
        self._list_request = self.library.list_tasks(
            self,
            self.current_filter(),
            self.model.sort_key,
            self.model.descending,
            self._today(),
        )

    apply_filter = request_tasks

    def _listed(self, requester: object, request: int, ids: list[int], overdue: int) -> None:
        if requester is not self or request != self._list_request:
            return  # an answer to an older request: a newer one is on its way
        self._listing = False
        scroll = self.view.verticalScrollBar().value()
        current = self.view.currentIndex()
        current_id = self.model.ids[current.row()] if current.isValid() else None
        self.model.set_ids(ids)
        if current_id is not None and current_id in ids:
            self.view.setCurrentIndex(self.model.index(ids.index(current_id), current.column()))
        self.view.verticalScrollBar().setValue(scroll)
        self.overdue = overdue
        self._show_count()
        self.tasks_shown.emit()
        # the search keys read once this list is painted, a part at a time (the library is the
        # timer's context: deleted first, the call is dropped)
        QTimer.singleShot(0, self.library, self.library.prepare_search)
        if not self.search.text():
            # the orders by the other columns when nothing has been asked for a while
            self._prepare_orders.start()
        if self._relist:
            self._relist = False
            self.request_tasks()

    def _prepare_sorts(self) -> None:
        self.library.prepare_orders(self._today())

    def _show_count(self) -> None:
        text = self.tr("%d nhiệm vụ, %d quá hạn") % (len(self.model.ids), self.overdue)
        reason = self._empty_reason()
        self.count.setText(f"{text}. {reason}" if reason else text)

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
        """Ask for the counts per department for the period (shown when they arrive)."""
        start, end = self.period_range()
        self._stats_request = self.library.count_tasks(self, start, end, self._today())

    def _counted(self, requester: object, request: int, stats: list[DepartmentStats]) -> None:
        if requester is not self or request != self._stats_request:
            return
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
        self.statistics_shown.emit()

    # --- the first build ---------------------------------------------------------------------

    def _build_started(self) -> None:
        self.progress.setRange(0, 0)  # busy until the files are counted
        self.building.show()

    def _build_progressed(self, done: int, total: int) -> None:
        self.building.show()
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        # rows appear as they are indexed: the first batch at once, then at most every
        # BUILD_RELIST_MS (each listing competes with the build for the interpreter)
        if done and not self.model.ids and not self._listing:
            self.request_tasks()
        elif done and not self._build_relist.isActive():
            self._build_relist.start()

    def _relist_during_build(self) -> None:
        if self._listing:
            self._relist = True
        else:
            self.request_tasks()

    def _build_finished(self, _cancelled: bool) -> None:
        self._build_relist.stop()
        self.building.hide()

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
            if self.view.state() != QAbstractItemView.State.EditingState:
                self.view.edit(index)
            editor = self.view.indexWidget(index)
            if isinstance(editor, QComboBox):
                editor.showPopup()  # the list of statuses, open: one click picks
            return
        row = self.model.task(index.row())
        if row.path:
            self.open_task.emit(row.path, row.dept_index, row.task_index)


def default_export_folder(library: LibraryController) -> str:
    """Where exports go by default: the library folder."""
    return str(library.folder) if os.path.isdir(library.folder) else os.path.expanduser("~")


class TrackingWindow(QMainWindow):
    """The tracking book's window: undo and redo of write-backs, refresh; Esc, Ctrl+W and the
    Đóng button close it."""

    def __init__(
        self,
        library: LibraryController,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sổ theo dõi nhiệm vụ — Bienban"))
        self.tracking = TrackingWidget(library, today, self)
        self.setCentralWidget(self.tracking)
        edit = self.menuBar().addMenu(self.tr("&Sửa"))
        undo = StackAction(library.undo_stack, False, self)
        undo.set_word(self.tr("Hoàn tác"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = StackAction(library.undo_stack, True, self)
        redo.set_word(self.tr("Làm lại"))
        redo.setShortcuts(redo_shortcuts())  # Ctrl+Y and Ctrl+Shift+Z everywhere
        edit.addAction(undo)
        edit.addAction(redo)
        refresh = self.menuBar().addAction(self.tr("&Làm mới"))
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(library.start_refresh)
        self.close_action = QAction(self.tr("Đóng"), self)
        keys = [QKeySequence(Qt.Key.Key_Escape), QKeySequence("Ctrl+W")]
        keys += [
            k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Close) if k not in keys
        ]
        self.close_action.setShortcuts(keys)
        self.close_action.triggered.connect(self.close)
        self.addAction(self.close_action)
        self.tracking.close_requested.connect(self.close)
        self.resize(1200, 700)
