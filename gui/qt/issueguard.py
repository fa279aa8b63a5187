"""An issued (signed) record does not change silently: the first edit starts a new version.

Once a document is signed (File → Ký số …), the record keeps its record of issue
(``Record.issue``: number, issue date, the signed PDF's name and SHA-256, the annexes issued
with it). The first edit
afterwards asks whether to start a new version: yes clears the record of issue (the signed
PDF stays as it is), no undoes the edit.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from gui.core.record import Issue
from gui.qt.literal import plain


class IssueGuard(QObject):
    """Keeps an issued (signed) record from changing silently.

    The first edit of an issued record asks whether to start a new version: yes clears the
    record of issue (the signed PDF stays as it is), no undoes the edit.
    """

    issue_changed = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._doc = window.doc  # type: ignore[attr-defined]
        self._stack = self._doc.undo_stack
        self._index = self._stack.index()
        self._busy = False
        self._stack.indexChanged.connect(self._index_changed)
        self._doc.reset.connect(self._reset)
        self._doc.value_changed.connect(self._value_changed)
        # the issued state, permanently in the status bar while it lasts
        self.label = plain(QLabel(window))
        self.label.setObjectName("issue_label")
        if isinstance(window, QMainWindow):
            window.statusBar().addPermanentWidget(self.label)
        self.issue_changed.connect(self._show)
        self._show()

    def retranslate_ui(self) -> None:
        """The issued state in the current language."""
        self._show()

    def _show(self) -> None:
        issue = self._doc.record.issue
        self.label.setVisible(issue is not None)
        if issue is not None:
            text = self.tr("Đã ký số, phát hành: %s (SHA-256 %s…)") % (
                issue.file,
                issue.sha256[:12],
            )
            if issue.annexes:
                text += self.tr("; phụ lục: %s") % ", ".join(a.file for a in issue.annexes)
            self.label.setText(text)

    def _reset(self) -> None:
        self._index = self._stack.index()
        self.issue_changed.emit()

    def _value_changed(self, path: tuple) -> None:  # type: ignore[type-arg]
        if path == ("issue",):
            self.issue_changed.emit()

    def set_issue(self, issue: Issue) -> None:
        """Record the issue as an undoable step (without asking)."""
        self._busy = True
        try:
            self._doc.edit(("issue",), issue, self.tr("Ký số"))
        finally:
            self._busy = False
            self._index = self._stack.index()

    def _index_changed(self, index: int) -> None:
        grew = index > self._index
        self._index = index
        if self._busy or not grew or self._doc.record.issue is None:
            return
        self._busy = True
        try:
            dialogs = self._window.dialogs  # type: ignore[attr-defined]
            if dialogs.confirm(
                self.tr("Văn bản đã ký số"),
                self.tr(
                    "Văn bản này đã được ký số và phát hành (tệp %s). Sửa sẽ tạo phiên bản "
                    "mới; tệp đã ký được giữ nguyên. Tiếp tục sửa?"
                )
                % self._doc.record.issue.file,
            ):
                self._doc.edit(("issue",), None, self.tr("Phiên bản mới sau khi ký số"))
            else:
                self._stack.undo()
        finally:
            self._busy = False
            self._index = self._stack.index()
