"""The checks panel: warnings about the record; clicking one jumps to its field."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from gui.core.checks import Check, NumberHolders, Warning, check_record
from gui.qt.document import RecordDocument

PATH_ROLE = Qt.ItemDataRole.UserRole


class ChecksPanel(QWidget):
    """A list of non-blocking warnings, refreshed shortly after each edit."""

    jump_requested = Signal(tuple)
    updated = Signal()

    def __init__(
        self,
        doc: RecordDocument,
        parent: QWidget | None = None,
        number_holders: NumberHolders | None = None,
    ) -> None:
        super().__init__(parent)
        self._doc = doc
        self.number_holders = number_holders
        self.kind = "notice"
        """The document checked as it will be issued (the one previewed)."""
        self.notices: list[str] = []  # problems of the window, not of the record (autosave)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Danh sách cảnh báo"))
        self.list.setWordWrap(True)  # a long warning wraps instead of running past the edge
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        self._replaced = False
        doc.reset.connect(self._record_replaced)
        doc.changed.connect(self._record_changed)
        self.list.itemActivated.connect(self._activate)
        self.list.itemClicked.connect(self._activate)
        self.refresh()

    def _record_replaced(self) -> None:
        self._replaced = True  # the change that follows is a whole other record

    def _record_changed(self) -> None:
        if self._replaced:
            # a file opened or reloaded: its own warnings at once (a few ms even for 2,000
            # tasks), not the replaced record's for a moment
            self._replaced = False
            self.refresh()
        else:
            self._timer.start()  # an edit: checked after a pause in typing

    def set_notices(self, notices: list[str]) -> None:
        """Show ``notices`` above the record's warnings (until replaced)."""
        self.notices = list(notices)
        self.refresh()

    def title(self) -> str:
        """The panel's title: it names the document it checks (the one previewed)."""
        return {
            "minutes": self.tr("Kiểm tra biên bản"),
            "news": self.tr("Kiểm tra tin bài"),
        }.get(self.kind, self.tr("Kiểm tra thông báo kết luận"))

    def set_kind(self, kind: str) -> None:
        """Check the record as ``kind`` ("notice", "minutes", "news") will be issued."""
        if kind != self.kind:
            self.kind = kind
            self.refresh()

    def warnings(self) -> list[Warning]:
        """The warnings shown."""
        items = (self.list.item(i) for i in range(self.list.count()))
        return [w for item in items if (w := item.data(Qt.ItemDataRole.UserRole + 1)) is not None]

    def refresh(self) -> None:
        """Re-check the record now."""
        self._timer.stop()
        self.list.clear()
        for notice in self.notices:
            item = QListWidgetItem("⚠ " + notice)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        for warning in check_record(
            self._doc.record, self.number_holders, self._doc.file_name, self.kind
        ):
            item = QListWidgetItem("⚠ " + self.message(warning))
            item.setData(PATH_ROLE, warning.path)
            item.setData(Qt.ItemDataRole.UserRole + 1, warning)
            self.list.addItem(item)
        if not self.list.count():
            ok = QListWidgetItem(
                {  # the document checked is the one previewed: say which
                    "minutes": self.tr("✓ Không có cảnh báo cho biên bản."),
                    "news": self.tr("✓ Không có cảnh báo cho tin bài."),
                }.get(self.kind, self.tr("✓ Không có cảnh báo cho thông báo kết luận."))
            )
            ok.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(ok)
        self.updated.emit()

    def message(self, w: Warning) -> str:
        """The warning in words."""
        a = w.args
        minutes = w.path[:1] == ("minutes",)
        texts = {
            Check.NO_NUMBER: self.tr("Chưa có số biên bản.")
            if minutes
            else self.tr("Chưa có số văn bản."),
            Check.NO_ISSUE_DATE: self.tr("Chưa có ngày lập biên bản.")
            if minutes
            else self.tr("Chưa có ngày ban hành."),
            Check.NO_MEETING_DATE: self.tr("Chưa có ngày họp."),
            Check.NO_CHAIR: self.tr("Chưa ghi người chủ trì cuộc họp."),
            Check.DEPARTMENT_NO_NAME: self.tr("Phòng, đơn vị số %s chưa có tên.")
            % a.get("department", ""),
            Check.TASK_NO_DEADLINE: self.tr("%s, nhiệm vụ %s: chưa có thời hạn.")
            % (a.get("department", ""), a.get("task", "")),
            Check.DEADLINE_BEFORE_MEETING: self.tr("%s, nhiệm vụ %s: thời hạn %s trước ngày họp.")
            % (a.get("department", ""), a.get("task", ""), a.get("deadline", "")),
            Check.AGENCY_IN_CAPITALS: self.tr(
                "Tên cơ quan ban hành đang viết in hoa toàn bộ: hãy viết như trong câu văn "
                "(vd. Sở Công Thương, Văn phòng); phần đầu văn bản tự in hoa."
            ),
            Check.DUPLICATE_NUMBER: self.tr("Số %s đã dùng cho văn bản cùng loại trong năm: %s.")
            % (a.get("number", ""), a.get("file", "")),
            Check.ISSUED_BEFORE_MEETING: (
                self.tr("Ngày lập biên bản %s trước ngày họp %s.")
                if minutes
                else self.tr("Ngày ban hành %s trước ngày họp %s.")
            )
            % (a.get("issued", ""), a.get("meeting", "")),
            Check.ENDS_BEFORE_START: self.tr("Giờ kết thúc %s trước giờ bắt đầu %s.")
            % (a.get("end", ""), a.get("start", "")),
            Check.NO_SIGNER: self.tr("Chưa ghi người ký văn bản."),
            Check.ATTENDEE_LOOKS_LIKE_GROUP: self.tr(
                "«%s» có vẻ là một nhóm hay cơ quan, không phải một người: đánh dấu «Nhóm» để "
                "không in «đồng chí» trước tên."
            )
            % a.get("name", ""),
            Check.DEPUTY_SIGNS_WITHOUT_KT: {
                "TM": self.tr(
                    "«%s» là cấp phó: ký thay mặt tập thể thì chọn thẩm quyền ký «TM. … / KT. …»."
                ),
                "TL": self.tr(
                    "«%s» là cấp phó: ký thừa lệnh thì chọn thẩm quyền ký «TL. … / KT. …»."
                ),
            }.get(
                a.get("authority", ""),
                self.tr("«%s» là cấp phó: ký thay người đứng đầu thì chọn thẩm quyền ký «KT.»."),
            )
            % a.get("position", ""),
            Check.OPENING_TWICE: self.tr(
                "Đã chọn «Tự viết câu mở đầu», mà phần mở đầu gõ tay cũng kể ngày họp: văn bản "
                "sẽ mở đầu hai lần; bỏ đoạn gõ tay hay bỏ chọn tự viết."
            ),
            Check.OPENING_OTHER_DATE: self.tr(
                "Phần mở đầu ghi ngày %s, khác ngày họp %s: sửa câu mở đầu hay ngày họp."
            )
            % (a.get("written", ""), a.get("meeting", "")),
        }
        return texts[w.check]

    def _activate(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if path:
            self.jump_requested.emit(tuple(path))
