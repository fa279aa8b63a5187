"""Dates and times typed key by key into the form and the tables (gui.qt.dateedit)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from gui.core.compose import Kind, compose
from gui.qt.dateedit import DateEdit, TimeEdit
from gui.qt.mainwindow import MainWindow

from ..conftest import SEED_LAO_CAI
from .test_mainwindow import field, key_text


def _focus(qtbot, window: MainWindow, widget) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_typed_dates_are_read_and_tab_moves_on(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    issue = field(window, "header", "issue_date")
    summary = field(window, "header", "summary")
    assert isinstance(issue, DateEdit)
    _focus(qtbot, window, issue)
    qtbot.keyClicks(issue, "14/10/2024")
    assert window.doc.record.header.issue_date is None  # nothing is taken while typing
    qtbot.keyClick(issue, Qt.Key.Key_Tab)
    assert window.doc.record.header.issue_date == dt.date(2024, 10, 14)
    assert summary.hasFocus()  # Tab goes on to the summary (Trích yếu), not the preview
    qtbot.keyClick(summary, Qt.Key.Key_Backtab)
    assert issue.hasFocus()
    assert issue.text() == "14/10/2024"  # Shift+Tab keeps it
    for typed, expected in (
        ("14/10/24", dt.date(2024, 10, 14)),
        ("15102024", dt.date(2024, 10, 15)),
        ("16/10", dt.date(dt.date.today().year, 10, 16)),
        ("1/7", dt.date(dt.date.today().year, 7, 1)),
    ):
        issue.selectAll()
        qtbot.keyClicks(issue, typed)
        qtbot.keyClick(issue, Qt.Key.Key_Return)  # Enter accepts
        assert window.doc.record.header.issue_date == expected, typed
        assert issue.text() == expected.strftime("%d/%m/%Y")  # shown in full
        assert issue.hasFocus()
    undo = window.doc.undo_stack
    steps = undo.count()
    window.actions.edit_undo.trigger()
    assert window.doc.record.header.issue_date == dt.date(dt.date.today().year, 10, 16)
    assert issue.text() == window.doc.record.header.issue_date.strftime("%d/%m/%Y")
    window.actions.edit_redo.trigger()
    assert undo.count() == steps


def test_bad_date_is_marked_explained_and_kept(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    issue = field(window, "header", "issue_date")
    summary = field(window, "header", "summary")
    _focus(qtbot, window, issue)
    qtbot.keyClicks(issue, "20/10/2024")
    qtbot.keyClick(issue, Qt.Key.Key_Return)
    issue.selectAll()
    qtbot.keyClicks(issue, "31/02/2024")
    qtbot.keyClick(issue, Qt.Key.Key_Tab)
    assert summary.hasFocus()  # Tab still moves on
    assert issue.text() == "31/02/2024"  # never rewritten
    assert issue.property("invalid") is True
    assert "không có ngày" in issue.toolTip()
    assert issue.accessibleDescription() == issue.toolTip()
    assert window.doc.record.header.issue_date == dt.date(2024, 10, 20)  # value unchanged
    qtbot.keyClick(summary, Qt.Key.Key_Backtab)
    assert issue.hasFocus() and issue.selectedText() == "31/02/2024"  # back, ready to retype
    qtbot.keyClicks(issue, "28/0")
    assert issue.property("invalid") is True  # still marked while it is no date …
    qtbot.keyClicks(issue, "2/2024")
    assert issue.property("invalid") is False  # … and unmarked as soon as it reads
    qtbot.keyClick(issue, Qt.Key.Key_Tab)
    assert window.doc.record.header.issue_date == dt.date(2024, 2, 28)


def test_empty_date_stays_empty(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    issue = field(window, "header", "issue_date")
    _focus(qtbot, window, issue)
    qtbot.keyClicks(issue, "5/10/2017")
    qtbot.keyClick(issue, Qt.Key.Key_Tab)
    assert window.doc.record.header.issue_date == dt.date(2017, 10, 5)
    _focus(qtbot, window, issue)
    issue.selectAll()
    qtbot.keyClick(issue, Qt.Key.Key_Delete)
    qtbot.keyClick(issue, Qt.Key.Key_Return)
    assert window.doc.record.header.issue_date is None
    assert issue.text() == ""
    assert issue.property("invalid") is False
    qtbot.keyClick(issue, Qt.Key.Key_Tab)  # empty and left: still empty, nothing pushed
    assert window.doc.record.header.issue_date is None


def test_times_typed_as_people_type_them(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentWidget(window.meeting_section)
    start = field(window, "meeting", "start_time")
    end = field(window, "meeting", "end_time")
    assert isinstance(start, TimeEdit)
    _focus(qtbot, window, start)
    for typed, expected in (
        ("8:00", dt.time(8, 0)),
        ("8h", dt.time(8, 0)),
        ("8h30", dt.time(8, 30)),
        ("08:00", dt.time(8, 0)),
        ("14g30", dt.time(14, 30)),
    ):
        start.selectAll()
        qtbot.keyClicks(start, typed)
        qtbot.keyClick(start, Qt.Key.Key_Return)
        assert window.doc.record.meeting.start_time == expected, typed
    start.selectAll()
    qtbot.keyClicks(start, "7h45")
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    assert end.hasFocus()  # Tab leaves the time field
    assert window.doc.record.meeting.start_time == dt.time(7, 45)
    key_text(end, "11 giờ")
    qtbot.keyClick(end, Qt.Key.Key_Tab)
    assert window.doc.record.meeting.end_time == dt.time(11, 0)
    assert end.text() == "11:00"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert end.hasFocus()
    end.selectAll()
    qtbot.keyClicks(end, "25:00")
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert end.property("invalid") is True and "23" in end.toolTip()
    assert window.doc.record.meeting.end_time == dt.time(11, 0)


def test_calendar_opens_around_the_date_that_makes_sense(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_file(str(SEED_LAO_CAI), ask=False)
    meeting_date = window.doc.record.meeting.date
    assert meeting_date is not None
    window.doc.edit(("header", "issue_date"), None)
    issue = field(window, "header", "issue_date")
    assert isinstance(issue, DateEdit)
    qtbot.keyClick(issue, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # as a combo box
    assert issue.popup is not None and issue.popup.isVisible()
    qtbot.keyClick(issue.popup, Qt.Key.Key_Escape)
    assert not issue.popup.isVisible()
    assert not issue.calendar_action.icon().pixmap(16, 16).isNull()  # the theme's or ours
    issue.calendar_action.trigger()  # the button in the field; empty: the meeting's month
    assert issue.popup.isVisible()
    cal = issue.popup.calendar
    assert (cal.yearShown(), cal.monthShown()) == (meeting_date.year, meeting_date.month)
    picked = QDate(meeting_date.year, meeting_date.month, 3)
    cal.setSelectedDate(picked)
    cal.activated.emit(picked)  # Enter on a day
    assert not issue.popup.isVisible()
    assert window.doc.record.header.issue_date == dt.date(meeting_date.year, meeting_date.month, 3)

    window.tabs.setCurrentWidget(window.directives_section)
    section = window.directives_section
    section.departments.select(0)
    tasks = section.tasks
    column = section.tasks_model.column_of("deadline")
    row = 0
    window.doc.edit(("directives", "departments", 0, "tasks", row, "deadline"), None)
    index = section.tasks_model.index(row, column)
    tasks.view.setCurrentIndex(index)
    tasks.view.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, DateEdit)
    editor.show_calendar()  # an empty deadline: around the meeting date
    assert editor.popup is not None
    shown = (editor.popup.calendar.yearShown(), editor.popup.calendar.monthShown())
    assert shown == (meeting_date.year, meeting_date.month)
    editor.popup.hide()


def _edit_cell(view, index) -> DateEdit:  # type: ignore[no-untyped-def]
    """Open the date cell's editor, its text selected to be typed over."""
    view.setCurrentIndex(index)
    view.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, DateEdit)
    editor.selectAll()
    return editor


def test_deadline_cell_typed_key_by_key(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_file(str(SEED_LAO_CAI), ask=False)
    window.tabs.setCurrentWidget(window.directives_section)
    section = window.directives_section
    section.departments.select(0)
    view = section.tasks.view
    model = section.tasks_model
    column = model.column_of("deadline")
    index = model.index(0, column)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, DateEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "20/10/2024")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    status = model.column_of("status")  # the next column shown
    qtbot.waitUntil(lambda: view.currentIndex().column() == status)  # Tab went on
    task = window.doc.record.directives.departments[0].tasks[0]
    assert task.deadline == dt.date(2024, 10, 20)
    assert section.details.deadline.text() == "20/10/2024"  # the task's details follow

    # a deadline typed without its year: the first such day from the meeting (04/2026 here)
    editor = _edit_cell(view, index)
    meeting = window.doc.record.meeting.date
    assert meeting is not None
    before = meeting - dt.timedelta(days=1)
    qtbot.keyClicks(editor, f"{before.day}/{before.month}")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: view.currentIndex().column() == status)
    assert task.deadline == before.replace(year=meeting.year + 1)
    details = section.details.deadline
    details.setText(f"{meeting.day}/{meeting.month}")
    assert details.parse(details.text()) == meeting  # the task's field: the same rule

    # not a date: Tab and Enter stay in the cell and say why; Esc leaves it unchanged
    kept = before.replace(year=meeting.year + 1)
    editor = _edit_cell(view, index)
    qtbot.keyClicks(editor, "31/02")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert view.state() == QAbstractItemView.State.EditingState
    assert QApplication.focusWidget() is editor and editor.text() == "31/02"
    assert editor.property("invalid") is True
    qtbot.keyClicks(editor, "x")  # changed: Enter is refused again
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert view.state() == QAbstractItemView.State.EditingState
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    assert window.doc.record.directives.departments[0].tasks[0].deadline == kept

    # refused, then the same key again: the cell as it was, and Tab goes on (what is typed
    # next never piles up in the date cell)
    editor = _edit_cell(view, index)
    qtbot.keyClicks(editor, "So Tai chinh")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert view.state() == QAbstractItemView.State.EditingState
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: view.currentIndex().column() == status)
    assert window.doc.record.directives.departments[0].tasks[0].deadline == kept

    # Shift+Tab accepts and goes back; an emptied cell is no deadline
    editor = _edit_cell(view, index)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Backtab)
    qtbot.waitUntil(lambda: view.currentIndex().column() == model.column_of("content"))
    assert window.doc.record.directives.departments[0].tasks[0].deadline is None


def test_issue_date_typed_as_month_and_year_leaves_the_day_for_signing(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """ "4/2026" in Ngày ban hành: the day is left blank ("ngày … tháng 4 năm 2026"), in one
    undo step; a whole date typed later replaces it."""
    h = window.doc.record.header
    issue = field(window, "header", "issue_date")
    _focus(qtbot, window, issue)
    qtbot.keyClicks(issue, "14/10/2024")
    qtbot.keyClick(issue, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    issue.selectAll()
    qtbot.keyClicks(issue, "4/2026")
    qtbot.keyClick(issue, Qt.Key.Key_Tab)
    h = window.doc.record.header
    assert (h.issue_date, h.issue_month, h.issue_year) == (None, 4, 2026)
    assert issue.problem() is None and issue.text() == "tháng 4/2026"
    assert "tháng 4 năm 2026" in compose(window.doc.record, Kind.NOTICE).plain_text()
    window.actions.edit_undo.trigger()  # one step back: the whole date again
    h = window.doc.record.header
    assert (h.issue_date, h.issue_month, h.issue_year) == (dt.date(2024, 10, 14), None, None)
    assert issue.text() == "14/10/2024"
    window.actions.edit_redo.trigger()
    assert issue.text() == "tháng 4/2026"
    # set elsewhere (Nội dung → … → Chưa có ngày ký): the field follows
    window.doc.edit(("header", "issue_month"), 5)
    assert issue.text() == "tháng 5/2026"
    _focus(qtbot, window, issue)
    issue.selectAll()
    qtbot.keyClicks(issue, "13/2026")
    qtbot.keyClick(issue, Qt.Key.Key_Return)
    assert issue.problem() is not None  # month 13: marked, explained, nothing changed
    assert window.doc.record.header.issue_month == 5


def test_number_emptied_with_backspace(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Số: Ctrl+A and Backspace (or Delete) empty it — no "0" to type."""
    window.open_file(str(SEED_LAO_CAI), ask=False)
    window.doc.edit(("header", "number"), 2150)
    for key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
        number = field(window, "header", "number")
        _focus(qtbot, window, number)
        assert number.text() == "2150"
        qtbot.keyClick(number, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(number, key)
        qtbot.keyClick(number, Qt.Key.Key_Tab)
        assert window.doc.record.header.number is None
        assert not number.hasFocus() and number.text().strip() == ""
        window.actions.edit_undo.trigger()
        assert window.doc.record.header.number == 2150
