"""Form fields bound to a path of the document's record.

Each field pushes an undo command when the user edits it (typing merges into one step) and
follows ``value_changed`` so undo and redo show up in the form.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEvent, QKeyCombination, QMimeData, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from gui.core.paths import Path
from gui.core.text import clean_text
from gui.core.typed_dates import MonthYear
from gui.qt.dateedit import DateEdit, IssueDateEdit, Reference, TimeEdit, TypedEdit
from gui.qt.document import RecordDocument

NO_DATE = QDate(1900, 1, 1)  # "no date" of the QDateEdit the tracking book still uses
# Ctrl+Y redoes everywhere; on Linux QKeySequence.Redo is Ctrl+Shift+Z only.
REDO_Y = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Y)


class UndoKeysToWindow(QObject):
    """Event filter: let Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z reach the window's undo stack, not the
    widget's own."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
                or event.keyCombination() == REDO_Y
            )
        ):
            event.ignore()
            return True
        return False


class PlainTextEdit(QPlainTextEdit):
    """Multi-line text that pastes plain text only, under the record's text rule."""

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.insertPlainText(clean_text(source.text()))


OptionalDateEdit = DateEdit  # the name other modules (the tracking filters) know


class OptionalNumber(QSpinBox):
    """A whole number that Delete or Backspace can empty (the value 0, shown blank), where a
    plain spin box puts the old number back."""

    def validate(self, text: str, pos: int) -> object:
        if not text.strip():
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> int:
        return self.minimum() if not text.strip() else super().valueFromText(text)


class FieldBinder(QObject):
    """Connects form widgets to record paths of one document."""

    def __init__(self, doc: RecordDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._widgets: dict[Path, QWidget] = {}
        self._shown_by: dict[Path, Path] = {}  # a month or year shown by the issue date field
        self._undo_filter = UndoKeysToWindow(self)
        self.build_pending: Callable[[], object] | None = None
        """Builds the forms not built yet (the window's hidden sections), before a lookup."""
        doc.value_changed.connect(self._on_value_changed)
        doc.reset.connect(self.refresh)

    def detach(self) -> None:
        """Stop following the document (the form is being replaced)."""
        self._doc.value_changed.disconnect(self._on_value_changed)
        self._doc.reset.disconnect(self.refresh)

    def widget_for(self, path: Path) -> QWidget | None:
        """The widget editing ``path`` (for the checks panel's jumps)."""
        if tuple(path) not in self._widgets and self.build_pending is not None:
            self.build_pending()
        return self._widgets.get(tuple(path))

    def built_widget(self, path: Path) -> QWidget | None:
        """The widget editing ``path`` if its form is built (builds nothing)."""
        return self._widgets.get(tuple(path))

    def path_of(self, widget: QWidget) -> Path | None:
        """The path ``widget`` edits, if it is a built field."""
        for path, bound in self._widgets.items():
            if bound is widget:
                return path
        return None

    def paths(self) -> list[Path]:
        """Every bound path."""
        if self.build_pending is not None:
            self.build_pending()
        return list(self._widgets)

    def adopt(self, path: Path, widget: QWidget, label: str) -> None:
        """Register a widget that shows and edits ``path`` itself (for jumps to the field)."""
        self._register(path, widget, label)

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
        w = OptionalNumber()
        w.setMaximumWidth(120)
        w.setRange(0, maximum)
        w.setSpecialValueText(" ")
        w.valueChanged.connect(lambda v: self._edit(path, None if v == 0 else v, label, merge=True))
        self._register(path, w, label)
        return w

    def date(self, path: Path, label: str, reference: Reference | None = None) -> DateEdit:
        """A date typed or picked, that can be empty.

        ``reference`` is the date the calendar opens around while the field is empty.
        """
        w = DateEdit(reference=reference)
        w.setMaximumWidth(190)
        w.date_edited.connect(lambda v: self._edit(path, v, label))
        self._register(path, w, label)
        return w

    def issue_date(self, prefix: Path, label: str, reference: Reference | None = None) -> DateEdit:
        """The issue date at ``prefix``: a whole date (``issue_date``), or a month and a year
        (``issue_month``, ``issue_year``) when the day is left blank for signing; one undo
        step sets all three."""
        path = (*prefix, "issue_date")
        w = IssueDateEdit(reference=reference)
        w.setMaximumWidth(190)
        for part in ("issue_month", "issue_year"):
            self._shown_by[(*prefix, part)] = path
        w.date_edited.connect(lambda v: self._edit_issue_date(prefix, v, label))
        self._register(path, w, label)
        return w

    def _edit_issue_date(self, prefix: Path, value: Any, label: str) -> None:
        partial = isinstance(value, MonthYear)
        stack = self._doc.undo_stack
        stack.beginMacro(self.tr("Sửa «%s»") % label)
        self._doc.edit((*prefix, "issue_date"), None if partial else value)
        self._doc.edit((*prefix, "issue_month"), value.month if partial else None)
        self._doc.edit((*prefix, "issue_year"), value.year if partial else None)
        stack.endMacro()

    def record_date(self, *path: str | int) -> Reference:
        """A reference date for calendars: the record's value at ``path`` when the calendar
        opens."""
        return lambda: self._doc.value(tuple(path))

    def time(self, path: Path, label: str) -> TimeEdit:
        """A time of day typed as people type it, that can be empty."""
        w = TimeEdit()
        w.time_edited.connect(lambda v: self._edit(path, v, label))
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
        path = tuple(path)
        if path in self._widgets:
            self._show(path)
        elif path in self._shown_by and self._shown_by[path] in self._widgets:
            self._show(self._shown_by[path])

    def refresh(self) -> None:
        """Show every field's value (after a new record was loaded)."""
        for path in self._widgets:
            self._show(path)

    def _show(self, path: Path) -> None:
        """Put the record's value in the widget unless the widget already shows it."""
        w = self._widgets[path]
        value = self._doc.value(path)
        if isinstance(w, IssueDateEdit) and value is None:
            prefix = path[:-1]
            month = self._doc.value((*prefix, "issue_month"))
            year = self._doc.value((*prefix, "issue_year"))
            if month is not None and year is not None:
                value = MonthYear(month, year)
        if isinstance(w, QLineEdit) and not isinstance(w, TypedEdit):
            old = w.text()
            if old != value:
                w.setText(value)
                if w.hasFocus():  # an undo or redo while in the field: the cursor where it changed
                    w.setCursorPosition(_changed_at(old, value))
        elif isinstance(w, QPlainTextEdit):
            text = "\n".join(value) if isinstance(value, list) else value
            old = w.toPlainText()
            if old != text:
                w.setProperty("updating", True)
                w.setPlainText(text)
                w.setProperty("updating", False)
                if w.hasFocus():
                    cursor = w.textCursor()
                    cursor.setPosition(_changed_at(old, text))
                    w.setTextCursor(cursor)
        elif isinstance(w, QSpinBox):
            w.blockSignals(True)
            w.setValue(value or 0)
            w.blockSignals(False)
        elif isinstance(w, TypedEdit):
            if w.value() != value or w.problem() is not None:
                w.set_value(value)
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(max(0, w.findData(getattr(value, "value", value))))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))


def _changed_at(old: str, new: str) -> int:
    """Where ``new`` differs from ``old`` ends: after the text an undo put back or a redo
    typed again, where the text an undo took away was."""
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end = 0
    while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
        end += 1
    return len(new) - end


def _nfc(text: str) -> str:
    """Typed or pasted text under the record's text rule (``gui.core.text``)."""
    return clean_text(text)
