"""Form fields bound to a path of the document's record.

Each field pushes an undo command when the user edits it (typing merges into one step) and
follows ``value_changed`` so undo and redo show up in the form.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEvent, QMimeData, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QWidget,
)

from gui.core.paths import Path
from gui.qt.document import RecordDocument

NO_DATE = QDate(1900, 1, 1)
NO_TIME = QTime(0, 0)


class UndoKeysToWindow(QObject):
    """Event filter: let Ctrl+Z / Ctrl+Y reach the window's undo stack, not the widget's own."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
        ):
            event.ignore()
            return True
        return False


class PlainTextEdit(QPlainTextEdit):
    """Multi-line text that pastes plain text only, normalised to NFC."""

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.insertPlainText(unicodedata.normalize("NFC", source.text()))


class _CalendarOpensToday(QObject):
    """An empty date's calendar popup shows this month, not January 1900.

    The popup's calendar is made when a click or key first reaches the date edit, not with
    the form (asking for it builds it: a calendar per date field slows the start-up).
    """

    _OPENERS = (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress)

    def __init__(self, edit: QDateEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        edit.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self._edit:
            if event.type() in self._OPENERS:
                self._edit.removeEventFilter(self)
                self._edit.calendarWidget().installEventFilter(self)
        elif event.type() == QEvent.Type.Show and self._edit.date() == NO_DATE:
            today = QDate.currentDate()
            self._edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return False


def calendar_opens_today(edit: QDateEdit) -> None:
    """Make ``edit``'s popup open on the current month while the date is empty."""
    _CalendarOpensToday(edit)


class OptionalDateEdit(QWidget):
    """A date with a calendar popup that can also be empty (a clear button)."""

    date_edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd/MM/yyyy")
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setMaximumDate(QDate(2099, 12, 31))
        self.edit.setSpecialValueText(" ")
        self.edit.setDate(NO_DATE)  # empty until a date is chosen
        calendar_opens_today(self.edit)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setAutoRaise(True)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self.edit.setMinimumWidth(130)
        self.setMaximumWidth(190)
        self.edit.userDateChanged.connect(self._user_changed)
        self.clear_button.clicked.connect(self._clear)

    def value(self) -> dt.date | None:
        """The date shown, or None."""
        d = self.edit.date()
        return None if d == NO_DATE else dt.date(d.year(), d.month(), d.day())

    def set_value(self, value: dt.date | None) -> None:
        """Show ``value`` without emitting ``date_edited``."""
        self.edit.blockSignals(True)
        self.edit.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))
        self.edit.blockSignals(False)

    def _user_changed(self, _date: QDate) -> None:
        self.date_edited.emit(self.value())

    def _clear(self) -> None:
        self.edit.setDate(NO_DATE)


class FieldBinder(QObject):
    """Connects form widgets to record paths of one document."""

    def __init__(self, doc: RecordDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._widgets: dict[Path, QWidget] = {}
        self._undo_filter = UndoKeysToWindow(self)
        self.build_pending: Callable[[], object] | None = None
        """Builds the forms not built yet (the window's hidden sections), before a lookup."""
        doc.value_changed.connect(self._on_value_changed)
        doc.reset.connect(self.refresh)

    def widget_for(self, path: Path) -> QWidget | None:
        """The widget editing ``path`` (for the checks panel's jumps)."""
        if tuple(path) not in self._widgets and self.build_pending is not None:
            self.build_pending()
        return self._widgets.get(tuple(path))

    def paths(self) -> list[Path]:
        """Every bound path."""
        if self.build_pending is not None:
            self.build_pending()
        return list(self._widgets)

    def _register(self, path: Path, widget: QWidget, label: str) -> None:
        self._widgets[path] = widget
        widget.setAccessibleName(label)
        widget.setObjectName("field_" + "_".join(str(p) for p in path))
        widget.installEventFilter(self._undo_filter)
        self._show(path)

    def line(self, path: Path, label: str, placeholder: str = "") -> QLineEdit:
        """A one-line text field."""
        w = QLineEdit()
        w.setPlaceholderText(placeholder)
        w.textEdited.connect(lambda text: self._edit(path, _nfc(text), label, merge=True))
        self._register(path, w, label)
        return w

    def text(self, path: Path, label: str, placeholder: str = "") -> PlainTextEdit:
        """A multi-line field; for a list of paragraphs, one paragraph per line."""
        w = PlainTextEdit()
        w.setUndoRedoEnabled(False)  # the document's stack undoes
        w.setTabChangesFocus(True)
        w.setPlaceholderText(placeholder)
        is_list = isinstance(self._doc.value(path), list)

        def changed() -> None:
            if w.property("updating"):
                return
            text = _nfc(w.toPlainText())
            self._edit(path, text.split("\n") if is_list else text, label, merge=True)

        w.textChanged.connect(changed)
        self._register(path, w, label)
        return w

    def number(self, path: Path, label: str, maximum: int = 99999) -> QSpinBox:
        """A whole number that can be empty (shown blank at 0)."""
        w = QSpinBox()
        w.setMaximumWidth(120)
        w.setRange(0, maximum)
        w.setSpecialValueText(" ")
        w.valueChanged.connect(lambda v: self._edit(path, None if v == 0 else v, label, merge=True))
        self._register(path, w, label)
        return w

    def date(self, path: Path, label: str) -> OptionalDateEdit:
        """A date that can be empty."""
        w = OptionalDateEdit()
        w.date_edited.connect(lambda v: self._edit(path, v, label, merge=True))
        self._register(path, w, label)
        w.edit.setAccessibleName(label)
        return w

    def time(self, path: Path, label: str) -> QTimeEdit:
        """A time of day (HH:MM) that can be empty (00:00 shows blank)."""
        w = QTimeEdit()
        w.setMaximumWidth(90)
        w.setDisplayFormat("HH:mm")
        w.setMinimumTime(NO_TIME)
        w.setSpecialValueText(" ")
        w.userTimeChanged.connect(
            lambda t: self._edit(
                path, None if t == NO_TIME else dt.time(t.hour(), t.minute()), label, merge=True
            )
        )
        self._register(path, w, label)
        return w

    def choice(self, path: Path, label: str, choices: dict[Any, str]) -> QComboBox:
        """A choice among enum values."""
        w = QComboBox()
        enum_type = type(next(iter(choices)))
        for value, text in choices.items():
            w.addItem(text, value.value)  # plain strings compare reliably in findData
        w.activated.connect(lambda i: self._edit(path, enum_type(w.itemData(i)), label))
        self._register(path, w, label)
        return w

    def check(self, path: Path, label: str) -> QCheckBox:
        """A yes/no field."""
        w = QCheckBox(label)
        w.clicked.connect(lambda on: self._edit(path, bool(on), label))
        self._register(path, w, label)
        return w

    def _edit(self, path: Path, value: Any, label: str, merge: bool = False) -> None:
        self._doc.edit(path, value, self.tr("Sửa «%s»") % label, merge=merge)

    def _on_value_changed(self, path: tuple[Any, ...]) -> None:
        if tuple(path) in self._widgets:
            self._show(tuple(path))

    def refresh(self) -> None:
        """Show every field's value (after a new record was loaded)."""
        for path in self._widgets:
            self._show(path)

    def _show(self, path: Path) -> None:
        """Put the record's value in the widget unless the widget already shows it."""
        w = self._widgets[path]
        value = self._doc.value(path)
        if isinstance(w, QLineEdit):
            if w.text() != value:
                w.setText(value)
        elif isinstance(w, QPlainTextEdit):
            text = "\n".join(value) if isinstance(value, list) else value
            if w.toPlainText() != text:
                w.setProperty("updating", True)
                w.setPlainText(text)
                w.setProperty("updating", False)
        elif isinstance(w, QSpinBox):
            w.blockSignals(True)
            w.setValue(value or 0)
            w.blockSignals(False)
        elif isinstance(w, OptionalDateEdit):
            if w.value() != value:
                w.set_value(value)
        elif isinstance(w, QTimeEdit):
            w.blockSignals(True)
            w.setTime(NO_TIME if value is None else QTime(value.hour, value.minute))
            w.blockSignals(False)
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(max(0, w.findData(getattr(value, "value", value))))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)
