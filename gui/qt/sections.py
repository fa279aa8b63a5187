"""The form's sections: header, meeting and attendees, content, directives, closing.

Each section is a page built from bound fields (``gui.qt.fields``) and tables
(``gui.qt.tables``); widgets are created in reading order so Tab follows the page.
"""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.core.paths import Path
from gui.core.record import Authority, Department
from gui.qt.document import RecordDocument
from gui.qt.fields import FieldBinder
from gui.qt.literal import action_text, plain


def _top_aligned(form: QFormLayout) -> QWidget:
    """A page holding ``form`` at its top, leaving spare height empty."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addLayout(form)
    layout.addStretch(1)
    return page


def chain_tab_order(*widgets: QWidget) -> None:
    """Tab goes through ``widgets`` in this order (reading order)."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


class HeaderSection(QScrollArea):
    """Đầu văn bản: agencies, number and symbol, place and date, summary."""

    def __init__(self, binder: FieldBinder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout()
        h: Path = ("header",)

        def row(label: str, widget: QWidget) -> None:
            form.addRow(label, widget)

        row(
            self.tr("Cơ quan chủ quản"),
            binder.line(
                (*h, "parent_agency"),
                self.tr("Cơ quan chủ quản"),
                self.tr("vd. UBND tỉnh Quảng Ninh (nếu có); đầu văn bản tự in hoa"),
            ),
        )
        row(
            self.tr("Cơ quan ban hành"),
            binder.line(
                (*h, "agency"),
                self.tr("Cơ quan ban hành"),
                self.tr("vd. Ban Quản lý Khu kinh tế; đầu văn bản tự in hoa"),
            ),
        )
        row(
            self.tr("Chữ viết tắt cơ quan"),
            binder.line(
                (*h, "agency_code"), self.tr("Chữ viết tắt cơ quan"), self.tr("vd. BQLKKT")
            ),
        )
        row(
            self.tr("Loại văn bản (viết tắt)"),
            binder.line(
                (*h, "doc_kind"), self.tr("Loại văn bản (viết tắt)"), self.tr("TB (thông báo)")
            ),
        )
        row(self.tr("Số"), binder.number((*h, "number"), self.tr("Số")))
        row(
            self.tr("Địa danh"),
            binder.line((*h, "place"), self.tr("Địa danh"), self.tr("vd. Quảng Ninh")),
        )
        row(
            self.tr("Ngày ban hành"),
            binder.issue_date(
                h,
                self.tr("Ngày ban hành"),
                binder.record_date("meeting", "date"),
            ),
        )
        summary = binder.text(
            (*h, "summary"), self.tr("Trích yếu"), self.tr("Kết luận của … tại cuộc họp …")
        )
        summary.setMaximumHeight(80)
        row(self.tr("Trích yếu"), summary)
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the page
        self.setWidget(_top_aligned(form))


class MeetingSection(QWidget):
    """Cuộc họp: name, date and times, place, chair, secretary, attendees."""

    def __init__(
        self, binder: FieldBinder, doc: RecordDocument, parent: QWidget | None = None
    ) -> None:

        # the tables' modules load with the first section that has a table (start-up time)
        from gui.qt.models import AttendeesModel
        from gui.qt.tables import TableEditor

        super().__init__(parent)
        m: Path = ("meeting",)
        fields = QWidget()
        form = QFormLayout(fields)
        # The name is printed after the words "cuộc họp" ("… chủ trì cuộc họp giao ban …"):
        # the row shows them, so what is typed continues the sentence.
        name = binder.line(
            (*m, "name"),
            self.tr("Tên cuộc họp (tiếp sau chữ «cuộc họp»)"),
            self.tr("vd. giao ban Quý III/2017"),
        )
        name.setToolTip(
            self.tr(
                "In ra sau chữ «cuộc họp», vd. «… chủ trì cuộc họp giao ban Quý III/2017»: "
                "không gõ lại chữ «cuộc họp»."
            )
        )
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(self.tr("cuộc họp")))
        name_row.addWidget(name, 1)
        form.addRow(self.tr("Tên cuộc họp"), name_row)
        form.addRow(
            self.tr("Ngày họp"),
            binder.date(
                (*m, "date"), self.tr("Ngày họp"), binder.record_date("header", "issue_date")
            ),
        )
        times = QHBoxLayout()
        times.addWidget(binder.time((*m, "start_time"), self.tr("Giờ bắt đầu")))
        times.addWidget(QLabel(self.tr("đến")))
        times.addWidget(binder.time((*m, "end_time"), self.tr("Giờ kết thúc")))
        times.addStretch(1)
        form.addRow(self.tr("Thời gian"), times)
        form.addRow(
            self.tr("Địa điểm"),
            binder.line(
                (*m, "location"), self.tr("Địa điểm"), self.tr("vd. Hội trường tầng 3, trụ sở Ban")
            ),
        )
        for key, title in (("chair", self.tr("Chủ trì")), ("secretary", self.tr("Thư ký"))):
            pair = QHBoxLayout()
            pair.addWidget(
                binder.line(
                    (*m, key, "name"), title + " — " + self.tr("họ tên"), self.tr("Họ và tên")
                ),
                1,
            )
            pair.addWidget(
                binder.line(
                    (*m, key, "position"),
                    title + " — " + self.tr("chức vụ"),
                    self.tr("Chức vụ, vd. Trưởng ban"),
                ),
                2,
            )
            form.addRow(title, pair)
        self.attendees = TableEditor(AttendeesModel(doc, self), self.tr("Thành phần tham dự"))
        box = QGroupBox(self.tr("Thành phần tham dự và khách mời"))
        QVBoxLayout(box).addWidget(self.attendees)
        layout = QVBoxLayout(self)
        layout.addWidget(fields)
        layout.addWidget(box, 1)


class ContentSection(QWidget):
    """Nội dung: opening and basis, discussion, results and limitations."""

    def __init__(
        self, binder: FieldBinder, doc: RecordDocument, parent: QWidget | None = None
    ) -> None:

        from gui.qt.models import DiscussionModel, ProgressModel
        from gui.qt.tables import TableEditor

        super().__init__(parent)
        c: Path = ("content",)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        opening = QGroupBox(self.tr("Mở đầu, căn cứ (mỗi dòng một đoạn)"))
        ol = QVBoxLayout(opening)
        ol.addWidget(
            binder.check(
                (*c, "intro_from_fields"),
                self.tr("Tự viết câu mở đầu từ ngày họp, chủ trì và thành phần"),
            )
        )
        ol.addWidget(
            binder.text(
                (*c, "opening"),
                self.tr("Mở đầu, căn cứ"),
                self.tr(
                    "Trên cơ sở rà soát …, sau khi nghe báo cáo …, đồng chí … kết luận như sau:"
                ),
            )
        )
        splitter.addWidget(opening)
        progress = QGroupBox(self.tr("Tình hình thực hiện nhiệm vụ kỳ trước"))
        pl = QVBoxLayout(progress)
        pl.addWidget(
            binder.line(
                ("progress", "reference"), self.tr("Tại văn bản"), self.tr("Thông báo số … ngày …")
            )
        )
        self.progress = TableEditor(ProgressModel(doc, self), self.tr("Nhiệm vụ kỳ trước"))
        pl.addWidget(self.progress)
        splitter.addWidget(progress)
        self.discussion = TableEditor(DiscussionModel(doc, self), self.tr("Diễn biến cuộc họp"))
        box = QGroupBox(self.tr("Báo cáo và ý kiến phát biểu (theo diễn biến)"))
        QVBoxLayout(box).addWidget(self.discussion)
        splitter.addWidget(box)
        for key, title, placeholder in (
            ("results", self.tr("Kết quả đạt được (mỗi dòng một đoạn)"), ""),
            (
                "limitations",
                self.tr("Hạn chế, tồn tại (mỗi dòng một đoạn)"),
                # printed straight after the results: the words mark where they start
                self.tr("In liền sau kết quả: mở đầu bằng «Tuy nhiên, …» hay «Bên cạnh đó, …»"),
            ),
        ):
            group = QGroupBox(title)
            QVBoxLayout(group).addWidget(binder.text((*c, key), title, placeholder))
            splitter.addWidget(group)
        QVBoxLayout(self).addWidget(splitter)


class DirectivesSection(QWidget):
    """Chỉ đạo: the general instruction, the departments and the selected one's tasks."""

    def __init__(
        self,
        binder: FieldBinder,
        doc: RecordDocument,
        department_names: list[str],
        parent: QWidget | None = None,
    ) -> None:

        from gui.qt.models import DepartmentsModel, TasksModel
        from gui.qt.tables import TableEditor
        from gui.qt.taskeditor import TaskDetails

        super().__init__(parent)
        self._doc = doc
        self.department_names = department_names
        general = QGroupBox(self.tr("Chỉ đạo chung (mỗi dòng một đoạn)"))
        general_text = binder.text(("directives", "general"), self.tr("Chỉ đạo chung"))
        QVBoxLayout(general).addWidget(general_text)
        general.setMaximumHeight(110)

        self.departments = TableEditor(DepartmentsModel(doc, self), self.tr("Phòng, đơn vị"))
        self.departments.view.horizontalHeader().setStretchLastSection(True)
        self.add_menu = QMenu(self)
        self.add_menu.aboutToShow.connect(self._fill_add_menu)
        self.from_profile = QToolButton(self)
        self.from_profile.setObjectName("from_profile")
        self.from_profile.setText(self.tr("Thêm từ hồ sơ…"))
        self.from_profile.setAccessibleName(self.tr("Thêm phòng, đơn vị từ hồ sơ cơ quan"))
        self.from_profile.setMenu(self.add_menu)
        self.from_profile.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel(self.tr("Phòng, đơn vị được giao")))
        ll.addWidget(self.departments, 1)
        ll.addWidget(self.from_profile)

        self.tasks_model = TasksModel(doc, parent=self)
        self.tasks = TableEditor(self.tasks_model, self.tr("Nhiệm vụ"))
        view = self.tasks.view
        # The table lists the tasks (first line, deadline, status); the selected one is
        # edited in full below it, so nothing scrolls sideways on a 1366×768 screen.
        shown = {"content", "deadline", "status"}
        for column in range(self.tasks_model.columnCount()):
            view.setColumnHidden(column, self.tasks_model.column(column).field not in shown)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        deadline = self.tasks_model.column_of("deadline")
        header.setSectionResizeMode(deadline, QHeaderView.ResizeMode.Fixed)
        view.setColumnWidth(deadline, view.fontMetrics().horizontalAdvance("00/00/0000") + 16)
        status = self.tasks_model.column_of("status")
        header.setSectionResizeMode(status, QHeaderView.ResizeMode.ResizeToContents)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setWordWrap(False)
        delegate = view.itemDelegate()
        delegate.first_line_only = True  # type: ignore[attr-defined]
        delegate.reference = self._reference_date  # type: ignore[attr-defined]
        self.details = TaskDetails(doc, self)
        self.tasks_title = plain(QLabel(self.tr("Nhiệm vụ")))
        right = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.tasks_title)
        tl.addWidget(self.tasks, 1)
        right.addWidget(top)
        right.addWidget(self.details)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        right.setChildrenCollapsible(False)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([180, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(general)
        layout.addWidget(splitter, 1)

        self._general_text = general_text
        self.tasks.current_row_changed.connect(self._show_task)
        self.tasks_model.modelReset.connect(self._show_current_task)
        self.tasks_model.rowsRemoved.connect(self._show_current_task)
        self.tasks_model.rowsMoved.connect(self._show_current_task)
        self.departments.current_row_changed.connect(self._show_tasks)
        for signal in (doc.inserted, doc.removed):
            signal.connect(self._after_structure_change)
        doc.moved.connect(self._after_move)  # bound: the section may go first (language change)
        doc.reset.connect(self._select_first)
        doc.value_changed.connect(self._on_value_changed)
        self._select_first()

    def set_tab_order(self) -> None:
        """Tab in reading order: general instruction, departments, tasks, the task's fields.

        Called once the section is in its window (Qt rebuilds focus chains on reparenting).
        """
        chain_tab_order(
            self._general_text,
            self.departments.view,
            self.from_profile,
            self.tasks.view,
            *self.details.widgets.values(),
        )

    def set_department_names(self, names: list[str]) -> None:
        """The profile's departments, offered when adding or naming one."""
        self.department_names = names

    def _fill_add_menu(self) -> None:
        self.add_menu.clear()
        existing = {d.name for d in self._doc.record.directives.departments}
        for name in self.department_names:
            action = self.add_menu.addAction(action_text(name))
            action.setEnabled(name not in existing)
            action.triggered.connect(lambda _=False, n=name: self.add_department(n))
        if not self.department_names:
            self.add_menu.addAction(self.tr("(hồ sơ chưa có danh sách phòng)")).setEnabled(False)

    def add_department(self, name: str) -> None:
        """Add a department named ``name`` after the current one and select it."""
        current = self.departments.current_row()
        row = self.departments.model.add_row(
            current + 1 if current >= 0 else None, Department(name=name)
        )
        self.departments.select(row)

    def _select_first(self) -> None:
        if self.departments.model.rowCount():
            self.departments.select(0)
        self._show_tasks(self.departments.current_row())

    def _show_tasks(self, row: int) -> None:
        self.tasks_model.show_department(row if row >= 0 else None)
        names = self._doc.record.directives.departments
        if 0 <= row < len(names):
            name = names[row].name.strip() or self.tr("(chưa đặt tên)")
            self.tasks_title.setText(self.tr("Nhiệm vụ của: %s") % name)
        else:
            self.tasks_title.setText(self.tr("Nhiệm vụ (chọn phòng, đơn vị bên trái)"))
        self.tasks.setEnabled(row >= 0)
        if self.tasks.current_row() < 0 and self.tasks_model.rowCount():
            self.tasks.select(0)  # the first task is shown in full at once

    def _after_structure_change(self, path: tuple[object, ...], _index: int) -> None:
        if tuple(path) == ("directives", "departments"):
            self._show_tasks(self.departments.current_row())

    def _after_move(self, path: tuple[object, ...], _source: int, _dest: int) -> None:
        self._after_structure_change(path, 0)

    def _on_value_changed(self, path: tuple[object, ...]) -> None:
        if len(path) == 4 and path[:2] == ("directives", "departments") and path[3] == "name":
            self._show_tasks(self.departments.current_row())

    def _show_task(self, row: int) -> None:
        list_path = self.tasks_model.list_path
        valid = list_path is not None and 0 <= row < self.tasks_model.rowCount()
        self.details.set_task((*list_path, row) if valid and list_path else None)

    def _show_current_task(self, *_args: object) -> None:
        self._show_task(self.tasks.current_row())

    def _reference_date(self, index: QModelIndex | QPersistentModelIndex) -> dt.date | None:
        """The date a task cell's calendar opens around: the meeting date for a deadline, the
        deadline for a completion date."""
        record = self._doc.record
        field = self.tasks_model.column(index.column()).field
        if field == "completed_on" and self.tasks_model.list_path is not None:
            deadline = self._doc.value((*self.tasks_model.item_path(index.row()), "deadline"))
            if deadline is not None:
                return deadline  # type: ignore[no-any-return]
        return record.meeting.date or record.header.issue_date

    def select_task(self, department: int, task: int, field: str, focus: bool = True) -> None:
        """Show ``department``'s tasks and put the cursor on ``task``'s ``field`` (with
        ``focus`` False, only show them: the keyboard stays where it is)."""
        self.departments.select(department)
        self._show_tasks(department)
        if field == "name":
            if focus:
                self.departments.view.setFocus()
            return
        column = self.tasks_model.column_of(field)
        if self.tasks.view.isColumnHidden(column):
            column = 0
        self.tasks.select(task, column)
        self._show_task(task)
        if not focus:
            return
        # The task is shown in full below the table; the cursor goes to the field in question.
        target = self.details.widgets.get(field, self.details.content)
        target.setFocus(Qt.FocusReason.OtherFocusReason)


class ClosingSection(QScrollArea):
    """Kết thúc: closing sentence, recipients, signer, drafter and copies; news item."""

    def __init__(
        self,
        binder: FieldBinder,
        authority_labels: dict[Authority, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        page = QWidget()
        layout = QVBoxLayout(page)
        c: Path = ("closing",)
        form = QFormLayout()
        sentence = binder.text(
            (*c, "sentence"),
            self.tr("Câu kết"),
            self.tr("… thông báo để các phòng, đơn vị biết, thực hiện"),
        )
        sentence.setMaximumHeight(90)
        form.addRow(self.tr("Câu kết"), sentence)
        recipients = binder.text(
            (*c, "recipients"),
            self.tr("Nơi nhận"),
            self.tr("Mỗi dòng một nơi nhận; dòng cuối: Lưu: VT, …"),
        )
        recipients.setMaximumHeight(130)
        form.addRow(self.tr("Nơi nhận (mỗi dòng một nơi)"), recipients)
        layout.addLayout(form)

        signer = QGroupBox(self.tr("Người ký"))
        sf = QFormLayout(signer)
        s: Path = (*c, "signer")
        sf.addRow(
            self.tr("Thẩm quyền ký"),
            binder.choice((*s, "authority"), self.tr("Thẩm quyền ký"), authority_labels),
        )
        sf.addRow(
            self.tr("Ký thay / thừa lệnh cho"),
            binder.line(
                (*s, "authority_of"), self.tr("Ký thay / thừa lệnh cho"), self.tr("vd. TRƯỞNG BAN")
            ),
        )
        sf.addRow(
            self.tr("Cấp trung gian (… / KT. …)"),
            binder.line(
                (*s, "intermediate"),
                self.tr("Cấp trung gian (… / KT. …)"),
                self.tr("vd. CHÁNH VĂN PHÒNG"),
            ),
        )
        sf.addRow(
            self.tr("Chức vụ người ký"),
            binder.line(
                (*s, "position"), self.tr("Chức vụ người ký"), self.tr("vd. PHÓ TRƯỞNG BAN")
            ),
        )
        sf.addRow(
            self.tr("Họ tên người ký"),
            binder.line((*s, "name"), self.tr("Họ tên người ký"), self.tr("vd. Nguyễn Văn A")),
        )
        layout.addWidget(signer)

        other = QFormLayout()
        other.addRow(
            self.tr("Ký hiệu người soạn thảo"),
            binder.line((*c, "drafter"), self.tr("Ký hiệu người soạn thảo"), self.tr("vd. VP")),
        )
        other.addRow(
            self.tr("Số bản phát hành"), binder.number((*c, "copies"), self.tr("Số bản phát hành"))
        )
        layout.addLayout(other)

        news = QGroupBox(self.tr("Tin bài trên trang thông tin"))
        nf = QFormLayout(news)
        nf.addRow(
            self.tr("Tiêu đề tin"),
            binder.line(
                ("news", "title"), self.tr("Tiêu đề tin"), self.tr("vd. Hội nghị giao ban Quý III")
            ),
        )
        nf.addRow(
            self.tr("Ngày đăng"),
            binder.date(
                ("news", "posted_on"),
                self.tr("Ngày đăng"),
                binder.record_date("header", "issue_date"),
            ),
        )
        nf.addRow(
            self.tr("Bút danh, tác giả"),
            binder.line(("news", "author"), self.tr("Bút danh, tác giả")),
        )
        layout.addWidget(news)
        layout.addStretch(1)
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(page)
