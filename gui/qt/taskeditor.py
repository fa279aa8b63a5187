"""The selected task of the directives, edited in full under the tasks table.

The table shows each task's first line, its deadline and its status; ``TaskDetails`` edits every
field of the selected task — its content in a multi-line editor — so the form fits a 1366×768
screen with the preview open and nothing scrolls sideways. Every edit is an undo step of the
document (typing merges), and the widgets follow undo and redo.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from gui.core.paths import Path
from gui.core.record import TaskStatus
from gui.qt.dateedit import DateEdit, TypedEdit
from gui.qt.document import RecordDocument
from gui.qt.fields import PlainTextEdit, UndoKeysToWindow
from gui.qt.models import status_labels

TEXT_FIELDS = ("lead", "coordinating", "deadline_text", "note")
ROWS = ("content", "lead", "coordinating", "deadline", "status", "completed_on", "note")


class TaskDetails(QWidget):
    """Every field of one task (``set_task``), bound to the document."""

    task_edited = Signal()

    def __init__(self, doc: RecordDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._path: Path | None = None
        self._undo_filter = UndoKeysToWindow(self)
        self.content = PlainTextEdit(self)
        self.content.setUndoRedoEnabled(False)
        self.content.setTabChangesFocus(True)
        self.content.setMinimumHeight(60)
        self.lead = QLineEdit(self)
        self.coordinating = QLineEdit(self)
        self.deadline = DateEdit(self, reference=lambda: doc.record.meeting.date, follows=True)
        self.deadline_text = QLineEdit(self)
        self.status = QComboBox(self)
        self.status.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status.setMinimumContentsLength(14)
        self.completed_on = DateEdit(self, reference=self._completion_reference)
        self.note = QLineEdit(self)
        self.widgets: dict[str, QWidget] = {
            "content": self.content,
            "lead": self.lead,
            "coordinating": self.coordinating,
            "deadline": self.deadline,
            "deadline_text": self.deadline_text,
            "status": self.status,
            "completed_on": self.completed_on,
            "note": self.note,
        }
        for name, widget in self.widgets.items():
            widget.setObjectName("task_" + name)
            widget.installEventFilter(self._undo_filter)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above when narrow
        self.labels = {name: QLabel(self) for name in ROWS}
        for date in (self.deadline, self.completed_on):
            date.setMinimumWidth(110)
            date.setMaximumWidth(190)
        self.status.setMaximumWidth(220)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.deadline)
        deadline_row.addWidget(self.deadline_text, 1)
        form.addRow(self.labels["content"], self.content)
        form.addRow(self.labels["lead"], self.lead)
        form.addRow(self.labels["coordinating"], self.coordinating)
        form.addRow(self.labels["deadline"], deadline_row)
        form.addRow(self.labels["status"], self.status)
        form.addRow(self.labels["completed_on"], self.completed_on)
        form.addRow(self.labels["note"], self.note)
        for name, label in self.labels.items():
            label.setBuddy(self.widgets[name])
        self.retranslate_ui()

        self.content.textChanged.connect(self._content_changed)
        for name in TEXT_FIELDS:
            line = self.widgets[name]
            assert isinstance(line, QLineEdit)
            line.textEdited.connect(lambda text, n=name: self._edit(n, _nfc(text), merge=True))
        self.deadline.date_edited.connect(lambda v: self._edit("deadline", v))
        self.completed_on.date_edited.connect(lambda v: self._edit("completed_on", v))
        self.status.activated.connect(
            lambda i: self._edit("status", TaskStatus(self.status.itemData(i)))
        )
        doc.value_changed.connect(self._on_value_changed)
        self.set_task(None)

    def retranslate_ui(self) -> None:
        """Labels, placeholders and choices in the current language."""
        texts = {
            "content": (self.tr("Nội dung nhiệm vụ"), self.tr("Giao … chủ trì, phối hợp …")),
            "lead": (self.tr("Chủ trì"), self.tr("đơn vị chủ trì thực hiện")),
            "coordinating": (self.tr("Phối hợp"), self.tr("các đơn vị phối hợp")),
            "deadline": (self.tr("Thời hạn"), ""),
            "deadline_text": (
                self.tr("Thời hạn (diễn đạt)"),
                self.tr("hoặc bằng lời, vd. trước ngày 15/12, thường xuyên"),
            ),
            "status": (self.tr("Trạng thái"), ""),
            "completed_on": (self.tr("Ngày hoàn thành"), ""),
            "note": (self.tr("Ghi chú"), ""),
        }
        for name, (label, placeholder) in texts.items():
            widget = self.widgets[name]
            widget.setAccessibleName(label)
            if placeholder and isinstance(widget, QLineEdit | PlainTextEdit):
                widget.setPlaceholderText(placeholder)
        for name, label in self.labels.items():
            label.setText(texts[name][0])
        current = self.status.currentData()
        self.status.clear()
        for value, text in status_labels().items():
            self.status.addItem(text, value.value)
        self.status.setCurrentIndex(max(0, self.status.findData(current)))

    # --- which task --------------------------------------------------------------------------

    def task_path(self) -> Path | None:
        """Path of the task shown (None: none)."""
        return self._path

    def set_task(self, path: Path | None) -> None:
        """Show (and edit) the task at ``path``."""
        self._path = tuple(path) if path is not None else None
        self.setEnabled(self._path is not None)
        for name in self.widgets:
            self._show(name)

    def _completion_reference(self) -> Any:
        if self._path is None:
            return None
        return self._doc.value((*self._path, "deadline")) or self._doc.record.meeting.date

    # --- edits -------------------------------------------------------------------------------

    def _edit(self, name: str, value: Any, merge: bool = False) -> None:
        if self._path is None:
            return
        label = self.widgets[name].accessibleName()
        self._doc.edit((*self._path, name), value, self.tr("Sửa «%s»") % label, merge=merge)
        self.task_edited.emit()

    def _content_changed(self) -> None:
        if not self.content.property("updating"):
            self._edit("content", _nfc(self.content.toPlainText()), merge=True)

    def _on_value_changed(self, path: tuple[Any, ...]) -> None:
        if self._path is None:
            return
        n = len(self._path)
        if tuple(path[:n]) == self._path and len(path) == n + 1:
            self._show(str(path[n]))
        elif len(path) <= n and tuple(self._path[: len(path)]) == tuple(path):
            for name in self.widgets:
                self._show(name)

    def _value(self, name: str) -> Any:
        if self._path is None:
            return None
        try:
            return self._doc.value((*self._path, name))
        except (IndexError, KeyError, AttributeError):
            return None

    def _show(self, name: str) -> None:
        widget = self.widgets[name]
        value = self._value(name)
        if isinstance(widget, TypedEdit):
            if widget.value() != value or widget.problem() is not None:
                widget.set_value(value)
        elif isinstance(widget, PlainTextEdit):
            text = value or ""
            if widget.toPlainText() != text:
                widget.setProperty("updating", True)
                widget.setPlainText(text)
                widget.setProperty("updating", False)
        elif isinstance(widget, QLineEdit):
            if widget.text() != (value or ""):
                widget.setText(value or "")
        elif isinstance(widget, QComboBox):
            data = getattr(value, "value", TaskStatus.NOT_STARTED.value)
            widget.setCurrentIndex(max(0, widget.findData(data)))


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)
