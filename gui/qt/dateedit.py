"""Date and time fields typed as people type them, with a calendar beside the date.

``DateEdit`` and ``TimeEdit`` are plain ``QLineEdit``s: the text is the user's until Enter, Tab,
Shift+Tab or a click elsewhere accepts it. Accepted text (``gui.core.typed_dates``) is shown in
its full form ("1/7" → "01/07/2026"); text that is not a date stays exactly as typed, marked and
explained (tooltip, accessible description), and the value is not changed. Empty means no date.
The same widgets edit every date and time of the form and of the tables (``gui.qt.tables``).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFocusEvent, QIcon, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QToolTip, QVBoxLayout, QWidget

from gui.core.resources import resource_path
from gui.core.typed_dates import (
    MAX_YEAR,
    MIN_YEAR,
    DateProblem,
    MonthYear,
    TypedDateError,
    format_date,
    format_issue_date,
    format_time,
    parse_date,
    parse_issue_date,
    parse_time,
)

Today = Callable[[], dt.date]
Reference = Callable[[], dt.date | None]


def problem_text(problem: DateProblem) -> str:
    """The reason in the user's language."""
    return {
        DateProblem.NOT_A_DATE: QCoreApplication.translate(
            "TypedEdit",
            "Không hiểu ngày này. Gõ ngày/tháng/năm, vd. 14/10/2024, 14/10/24, 14102024 "
            "hoặc 14/10 (năm nay).",
        ),
        DateProblem.BAD_DAY: QCoreApplication.translate("TypedEdit", "Ngày phải từ 1 đến 31."),
        DateProblem.BAD_MONTH: QCoreApplication.translate("TypedEdit", "Tháng phải từ 1 đến 12."),
        DateProblem.NO_SUCH_DAY: QCoreApplication.translate(
            "TypedEdit", "Tháng này không có ngày đó."
        ),
        DateProblem.YEAR_OUT_OF_RANGE: QCoreApplication.translate(
            "TypedEdit", "Năm phải từ %d đến %d."
        )
        % (MIN_YEAR, MAX_YEAR),
        DateProblem.NOT_A_TIME: QCoreApplication.translate(
            "TypedEdit", "Không hiểu giờ này. Gõ vd. 8:00, 8h, 8h30, 14 giờ, 14g30."
        ),
        DateProblem.BAD_HOUR: QCoreApplication.translate("TypedEdit", "Giờ phải từ 0 đến 23."),
        DateProblem.BAD_MINUTE: QCoreApplication.translate("TypedEdit", "Phút phải từ 0 đến 59."),
    }[problem]


class TypedEdit(QLineEdit):
    """A line edit whose text is read by ``parse`` when the user is done with it."""

    value_edited = Signal(object)  # the new value (None for empty), after the user accepted it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: Any = None
        self._problem: DateProblem | None = None
        self.setClearButtonEnabled(True)
        self.returnPressed.connect(self.accept_text)
        self.textEdited.connect(self._typing)

    # --- what subclasses provide -----------------------------------------------------------

    def parse(self, text: str) -> Any:
        """The value of ``text``; raises ``TypedDateError``."""
        raise NotImplementedError

    def format(self, value: Any) -> str:
        """How ``value`` is shown."""
        raise NotImplementedError

    # --- value -------------------------------------------------------------------------------

    def value(self) -> Any:
        """The last accepted value (None when empty)."""
        return self._value

    def set_value(self, value: Any) -> None:
        """Show ``value`` (from the record) without emitting ``value_edited``."""
        self._value = value
        self.setText(self.format(value))
        self._mark(None)

    def problem(self) -> DateProblem | None:
        """Why the text shown is not accepted, or None."""
        return self._problem

    def is_acceptable(self) -> bool:
        """Whether the text shown reads as a value (or is empty)."""
        try:
            self.parse(self.text())
        except TypedDateError:
            return False
        return True

    def accept_text(self, explain: bool = True) -> bool:
        """Read the text: a value is stored and shown in full; anything else is marked and,
        with ``explain``, explained in a tooltip at once.

        Returns whether the text was accepted.
        """
        try:
            value = self.parse(self.text())
        except TypedDateError as exc:
            self._mark(exc.problem)
            if explain:
                QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self.toolTip(), self)
            return False
        self._mark(None)
        shown = self.format(value)
        if self.text() != shown:
            self.setText(shown)
        if value != self._value:
            self._value = value
            self.value_edited.emit(value)
        return True

    def _typing(self, text: str) -> None:
        if self._problem is not None and self.is_acceptable():
            self._mark(None)  # fixed: the mark goes as soon as the text reads

    def _mark(self, problem: DateProblem | None) -> None:
        self._problem = problem
        explanation = problem_text(problem) if problem else ""
        self.setToolTip(explanation or self.hint())
        self.setAccessibleDescription(explanation)
        self.setProperty("invalid", problem is not None)
        self.setStyleSheet(
            "QLineEdit { border: 2px solid #c62828; background: #fdecea; }" if problem else ""
        )

    def hint(self) -> str:
        """The tooltip while the text is fine."""
        return ""

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        reason = event.reason()
        if reason != Qt.FocusReason.PopupFocusReason:  # not for its own calendar
            # another window: mark, but no tooltip over what the user went to
            self.accept_text(explain=reason != Qt.FocusReason.ActiveWindowFocusReason)


class DateEdit(TypedEdit):
    """A date typed as dd/mm/yyyy (and the shorter ways), with a calendar; empty allowed.

    ``reference`` gives the date the calendar opens around while the field is empty (e.g. the
    meeting date for a deadline); ``today`` completes "14/10" with this year, or, when the date
    ``follows`` the reference (a deadline the meeting's date), with the first 14/10 on or after
    the reference.
    """

    date_edited = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        reference: Reference | None = None,
        today: Today = dt.date.today,
        follows: bool = False,
    ) -> None:
        super().__init__(parent)
        self.reference = reference
        self._today = today
        self._follows = follows
        self.setPlaceholderText(QCoreApplication.translate("TypedEdit", "ngày/tháng/năm"))
        self.setToolTip(self.hint())
        self.calendar_action = QAction(
            _calendar_icon(),
            QCoreApplication.translate("TypedEdit", "Chọn ngày trên lịch (Alt+↓)"),
            self,
        )
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.popup: CalendarPopup | None = None
        self.setMinimumWidth(130)
        self.value_edited.connect(self.date_edited)

    def hint(self) -> str:
        if getattr(self, "_follows", False):
            return QCoreApplication.translate(
                "TypedEdit",
                "Gõ ngày, vd. 14/10/2024, 14/10/24, 14102024, 14/10 (ngày 14/10 đầu tiên kể từ "
                "ngày họp) hoặc 1/7.",
            )
        return QCoreApplication.translate(
            "TypedEdit", "Gõ ngày, vd. 14/10/2024, 14/10/24, 14102024, 14/10 (năm nay) hoặc 1/7."
        )

    def parse(self, text: str) -> dt.date | None:
        after = self.reference() if self._follows and self.reference is not None else None
        return parse_date(text, self._today(), after if isinstance(after, dt.date) else None)

    def format(self, value: Any) -> str:
        return format_date(value)

    def calendar_page_date(self) -> dt.date:
        """The date the calendar opens on: the typed or stored date, else the reference, else
        today."""
        try:
            typed = self.parse(self.text())
        except TypedDateError:
            typed = None
        reference = self.reference() if self.reference is not None else None
        date = typed or self._value or reference or self._today()
        if isinstance(date, MonthYear):  # its month's page
            return dt.date(date.year, date.month, 1)
        return date

    def show_calendar(self) -> None:
        """Open the calendar below the field."""
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.calendar.clicked.connect(self._picked)
            self.popup.calendar.activated.connect(self._picked)
        on = self.calendar_page_date()
        cal = self.popup.calendar
        cal.setSelectedDate(QDate(on.year, on.month, on.day))
        cal.setCurrentPage(on.year, on.month)
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        cal.setFocus()

    def _picked(self, date: QDate) -> None:
        assert self.popup is not None
        self.popup.hide()
        self.setText(format_date(dt.date(date.year(), date.month(), date.day())))
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.accept_text()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ) or event.key() == Qt.Key.Key_F4:
            self.show_calendar()
            return
        super().keyPressEvent(event)


class IssueDateEdit(DateEdit):
    """The issue date: a whole date, or a month and year with the day left blank for signing
    (typed "4/2026", shown "tháng 4/2026"; printed "ngày … tháng 4 năm 2026")."""

    def hint(self) -> str:
        return QCoreApplication.translate(
            "TypedEdit",
            "Gõ ngày, vd. 14/10/2024, 14/10/24, 14102024, 14/10 (năm nay) hoặc 1/7; "
            "chỉ tháng và năm, vd. 4/2026, khi để trống ngày để ký sau.",
        )

    def parse(self, text: str) -> dt.date | MonthYear | None:
        return parse_issue_date(text, self._today())

    def format(self, value: Any) -> str:
        return format_issue_date(value)


class TimeEdit(TypedEdit):
    """A time of day typed as 8:00, 8h, 8h30, 14 giờ, 14g30 …; empty allowed."""

    time_edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("TypedEdit", "giờ:phút"))
        self.setToolTip(self.hint())
        self.setMinimumWidth(80)
        self.setMaximumWidth(110)
        self.value_edited.connect(self.time_edited)

    def hint(self) -> str:
        return QCoreApplication.translate("TypedEdit", "Gõ giờ, vd. 8:00, 8h, 8h30, 14 giờ, 14g30.")

    def parse(self, text: str) -> dt.time | None:
        return parse_time(text)

    def format(self, value: Any) -> str:
        return format_time(value)


class CalendarPopup(QWidget):
    """The calendar under a date field; Esc closes it, a click or Enter picks the day."""

    def __init__(self, edit: DateEdit) -> None:
        super().__init__(edit, Qt.WindowType.Popup)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setMinimumDate(QDate(MIN_YEAR, 1, 1))
        self.calendar.setMaximumDate(QDate(MAX_YEAR, 12, 31))
        self.calendar.setAccessibleName(QCoreApplication.translate("TypedEdit", "Lịch"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.hide()
            return True
        return super().event(event)


@functools.cache
def _calendar_icon() -> QIcon:
    """The theme's calendar, else a small one shipped (themes without it are common; a file
    read when first painted, not drawn at start-up)."""
    themed = QIcon.fromTheme("x-office-calendar")
    if not themed.isNull():
        return themed
    return QIcon(str(resource_path("icons", "calendar-16.png")))
