"""The keyboard: Tab in reading order through every field, redo with Ctrl+Y and Ctrl+Shift+Z."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from ..conftest import SEED_LAO_CAI
from .test_mainwindow import field, key_text

READING_ORDER = {
    "header": [
        "field_header_parent_agency",
        "field_header_agency",
        "field_header_agency_code",
        "field_header_doc_kind",
        "field_header_number",
        "field_header_place",
        "field_header_issue_date",
        "field_header_summary",
    ],
    "meeting": [
        "field_meeting_name",
        "field_meeting_date",
        "field_meeting_start_time",
        "field_meeting_end_time",
        "field_meeting_location",
        "field_meeting_chair_name",
        "field_meeting_chair_position",
        "field_meeting_secretary_name",
        "field_meeting_secretary_position",
        "table_Thành phần tham dự",
    ],
    "directives": [
        "field_directives_general",
        "table_Phòng, đơn vị",
        "from_profile",
        "table_Nhiệm vụ",
        "task_content",
        "task_lead",
        "task_coordinating",
        "task_deadline",
        "task_deadline_text",
        "task_status",
        "task_completed_on",
        "task_note",
    ],
    "closing": [
        "field_closing_sentence",
        "field_closing_recipients",
        "field_closing_signer_authority",
        "field_closing_signer_authority_of",
        "field_closing_signer_intermediate",
        "field_closing_signer_position",
        "field_closing_signer_name",
        "field_closing_drafter",
        "field_closing_copies",
        "field_news_title",
        "field_news_posted_on",
        "field_news_author",
    ],
}


def _walk(qtbot, section: QWidget, start: QWidget, key: Qt.Key) -> list[str]:  # type: ignore[no-untyped-def]
    """Names of the widgets Tab (or Shift+Tab) visits from ``start`` while inside ``section``."""
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    names = []
    current = start
    while section.isAncestorOf(current) and len(names) < 50:
        names.append(current.objectName())
        qtbot.keyClick(current, key)
        current = QApplication.focusWidget()
    return names


@pytest.mark.parametrize("section_name", list(READING_ORDER))
def test_tab_goes_through_every_field_in_reading_order(qtbot, window, section_name) -> None:  # type: ignore[no-untyped-def]
    window.open_file(str(SEED_LAO_CAI), ask=False)  # departments and tasks to walk through
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    section = getattr(window, f"{section_name}_section")
    window.tabs.setCurrentWidget(section)
    expected = READING_ORDER[section_name]
    first = section.findChild(QWidget, expected[0])
    last = section.findChild(QWidget, expected[-1])
    assert _walk(qtbot, section, first, Qt.Key.Key_Tab) == expected
    window.tabs.setCurrentWidget(section)  # Tab from its last field went on to the next one
    assert _walk(qtbot, section, last, Qt.Key.Key_Backtab) == expected[::-1]


def test_every_bound_field_is_in_the_walk(window) -> None:  # type: ignore[no-untyped-def]
    walked = {name for names in READING_ORDER.values() for name in names}
    content = window.content_section  # the lead replaces this section's editor (issue 8)
    bound = {
        w.objectName()
        for w in (window.binder.widget_for(p) for p in window.binder.paths())
        if w is not None and not content.isAncestorOf(w)
    }
    assert bound <= walked


@pytest.mark.parametrize("redo", ["Ctrl+Y", "Ctrl+Shift+Z"])
def test_redo_keys_work_in_every_kind_of_field(qtbot, window, redo) -> None:  # type: ignore[no-untyped-def]
    assert QKeySequence(redo) in window.actions.edit_redo.shortcuts()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    agency = field(window, "header", "agency")
    agency.setFocus()
    key_text(agency, "Sở Tài chính")
    qtbot.keySequence(agency, QKeySequence("Ctrl+Z"))
    assert window.doc.record.header.agency == ""
    qtbot.keySequence(agency, QKeySequence(redo))
    assert window.doc.record.header.agency == "Sở Tài chính"

    summary = field(window, "header", "summary")
    summary.setFocus()
    key_text(summary, "Kết luận")
    qtbot.keySequence(summary, QKeySequence("Ctrl+Z"))
    assert window.doc.record.header.summary == ""
    qtbot.keySequence(summary, QKeySequence(redo))
    assert window.doc.record.header.summary == "Kết luận"

    issue = field(window, "header", "issue_date")
    issue.setFocus()
    qtbot.keyClicks(issue, "14/10/2024")
    qtbot.keyClick(issue, Qt.Key.Key_Return)
    qtbot.keySequence(issue, QKeySequence("Ctrl+Z"))
    assert window.doc.record.header.issue_date is None
    assert issue.text() == ""
    qtbot.keySequence(issue, QKeySequence(redo))
    assert issue.text() == "14/10/2024"


def test_tracking_window_redo_keys(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window.settings.set_library_folder(str(tmp_path))
    tracking = window.show_tracking()
    redo = next(
        a
        for a in tracking.findChildren(type(window.actions.edit_redo))
        if "Ctrl+Y" in [k.toString() for k in a.shortcuts()]
    )
    assert QKeySequence("Ctrl+Shift+Z") in redo.shortcuts()
    tracking.close()


def test_a_jump_to_a_task_shows_the_task(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_file(str(SEED_LAO_CAI), ask=False)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    d = next(
        i for i, dept in enumerate(window.doc.record.directives.departments) if len(dept.tasks) > 1
    )
    window.jump_to(("directives", "departments", d, "tasks", 1, "deadline"))
    section = window.directives_section
    task = window.doc.record.directives.departments[d].tasks[1]
    assert section.departments.current_row() == d
    assert section.tasks.current_row() == 1
    assert section.details.content.toPlainText() == task.content  # the task itself is shown
    assert section.details.deadline.hasFocus()
    window.jump_to(("directives", "departments", 0, "tasks", 0, "content"))
    assert section.details.content.hasFocus()
    assert (
        section.details.content.toPlainText()
        == window.doc.record.directives.departments[0].tasks[0].content
    )


def test_choosing_a_department_shows_its_first_task_in_full(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_file(str(SEED_LAO_CAI), ask=False)
    section = window.directives_section
    section.departments.select(1)
    first = window.doc.record.directives.departments[1].tasks[0]
    assert section.tasks.current_row() == 0
    assert section.details.content.toPlainText() == first.content
    assert not section.tasks.view.horizontalScrollBar().isVisible()


def test_ctrl_digit_goes_to_each_section_and_its_first_field(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    first = {
        0: "field_header_parent_agency",
        1: READING_ORDER["meeting"][0],
        3: READING_ORDER["directives"][0],
        4: READING_ORDER["closing"][0],
    }
    for index in (4, 1, 3, 0, 2):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key(Qt.Key.Key_1 + index),
                       Qt.KeyboardModifier.ControlModifier)  # fmt: skip
        assert window.tabs.currentIndex() == index
        focus = QApplication.focusWidget()
        assert focus is not None and window.tabs.currentWidget().isAncestorOf(focus)
        if index == 2:
            view = window.content_section.notice.outline.view
            assert focus is view and view.currentIndex().row() == 0  # the first section
        else:
            assert focus.objectName() == first[index]


def test_no_window_key_is_one_a_text_field_takes(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Linux's text fields take Ctrl+E (end of line): export by a key must work with the
    cursor in a field, so its keys leave out what the platform's fields take."""
    from gui.qt import actions

    Std = QKeySequence.StandardKey
    taken = {
        b
        for s in Std
        if s.name.startswith(("MoveTo", "Select", "Delete"))
        for b in QKeySequence.keyBindings(s)
    }
    for action in window.findChildren(type(window.actions.file_new)):
        clashes = [k.toString() for k in action.shortcuts() if k in taken]
        standard = {b for s in Std for b in QKeySequence.keyBindings(s) if b in action.shortcuts()}
        assert clashes == [] or standard, (action.text(), clashes)
    assert QKeySequence("Ctrl+Shift+E") in window.actions.export_notice.shortcuts()

    real = QKeySequence.keyBindings

    def like_linux(key):  # type: ignore[no-untyped-def]
        found = real(key)
        if key == Std.MoveToEndOfLine:
            found = [*found, QKeySequence("Ctrl+E")]
        return found

    monkeypatch.setattr(QKeySequence, "keyBindings", like_linux)
    assert actions.free_in_text_fields("Ctrl+E", "Ctrl+Shift+E") == [QKeySequence("Ctrl+Shift+E")]
    monkeypatch.undo()

    exported: list[object] = []
    monkeypatch.setattr(window.exports, "export_dialog", exported.append)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    agency = field(window, "header", "agency")
    agency.setFocus()
    key_text(agency, "Sở Tài chính")
    qtbot.keySequence(agency, QKeySequence("Ctrl+Shift+E"))
    assert len(exported) == 1


def test_tab_goes_on_from_section_to_section_as_down_a_paper_form(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from gui.qt.focus import first_focusable as _first_focusable
    from gui.qt.focus import last_focusable as _last_focusable
    from gui.qt.mainwindow import SECTION_COUNT

    window.open_file(str(SEED_LAO_CAI), ask=False)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for index in range(SECTION_COUNT - 1):
        window.show_section(index)
        page = window.tabs.widget(index)
        if isinstance(page, QTabWidget):  # Nội dung: its pages, the last one last
            page.setCurrentIndex(page.count() - 1)
        last = _last_focusable(page)
        last.setFocus()
        qtbot.waitUntil(last.hasFocus)
        qtbot.keyClick(last, Qt.Key.Key_Tab)
        assert window.tabs.currentIndex() == index + 1
        assert window.tabs.currentWidget().isAncestorOf(QApplication.focusWidget())
        first = _first_focusable(window.tabs.currentWidget())  # (the outline's tab bar)
        first.setFocus()
        qtbot.waitUntil(first.hasFocus)
        qtbot.keyClick(first, Qt.Key.Key_Backtab)  # and back to where it left
        assert window.tabs.currentIndex() == index
        assert QApplication.focusWidget() is last
    # past the last section Tab goes on as Qt orders it (the tabs, the preview), not round
    closing = window.tabs.widget(SECTION_COUNT - 1)
    window.show_section(SECTION_COUNT - 1)
    last = _last_focusable(closing)
    last.setFocus()
    qtbot.waitUntil(last.hasFocus)
    qtbot.keyClick(last, Qt.Key.Key_Tab)
    assert window.tabs.currentIndex() == SECTION_COUNT - 1
    assert not closing.isAncestorOf(QApplication.focusWidget())
    assert not window.tabs.widget(0).isAncestorOf(QApplication.focusWidget())


def test_tab_goes_through_the_pages_of_nội_dung(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from gui.qt.focus import first_focusable as _first_focusable

    window.open_file(str(SEED_LAO_CAI), ask=False)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_section(2)
    content = window.content_section
    content.setCurrentIndex(0)
    focus = _first_focusable(content.widget(0))
    focus.setFocus()
    qtbot.waitUntil(focus.hasFocus)
    pages = [(0, 0)]
    for _ in range(400):  # Tab only, from the first field of its first page
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if window.tabs.currentIndex() != 2:
            break
        page = content.currentWidget()
        inner = page.currentIndex() if isinstance(page, QTabWidget) else 0
        if (content.currentIndex(), inner) != pages[-1]:
            pages.append((content.currentIndex(), inner))
    every = [  # every page and every page of a page, in order
        (p, i)
        for p in range(content.count())
        for i in range(
            content.widget(p).count() if isinstance(content.widget(p), QTabWidget) else 1
        )
    ]
    assert pages == every
    assert window.tabs.currentIndex() == 3  # then on to Chỉ đạo


def test_ctrl_3_on_the_content_fields_puts_the_cursor_in_their_first_field_in_view(  # type: ignore[no-untyped-def]
    qtbot, window
) -> None:
    from PySide6.QtWidgets import QScrollArea

    window.open_file(str(SEED_LAO_CAI), ask=False)
    window.show_section(2)
    content = window.content_section
    area = next(w for w in _ancestors(content.fields) if isinstance(w, QScrollArea))
    content.setCurrentWidget(area)  # Diễn biến, kết quả
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())  # left scrolled down
    window.show_section(0)
    window.show_section(2)  # Ctrl+3
    focus = QApplication.focusWidget()
    assert content.fields.isAncestorOf(focus)
    top_left = focus.mapTo(area.viewport(), focus.rect().topLeft())
    assert area.viewport().rect().contains(top_left)  # in view, not scrolled away


def _ancestors(widget: QWidget) -> list[QWidget]:
    out = []
    while (widget := widget.parentWidget()) is not None:
        out.append(widget)
    return out


@pytest.mark.parametrize(
    "behaviour", [Qt.TabFocusBehavior.TabFocusAllControls, Qt.TabFocusBehavior.TabFocusTextControls]
)
def test_the_tab_walk_stops_where_qts_own_tab_does(qtbot, behaviour) -> None:  # type: ignore[no-untyped-def]
    """Every control where the platform tabs through every control; only text fields where
    it does not (macOS without full keyboard access): Qt's own Tab is the oracle."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QVBoxLayout

    from gui.qt.focus import first_focusable, tab_stop

    hints = QGuiApplication.styleHints()
    before = hints.tabFocusBehavior()
    hints.setTabFocusBehavior(behaviour)
    try:
        form = QWidget()
        qtbot.addWidget(form)
        column = QVBoxLayout(form)
        first, check, last = QLineEdit(), QCheckBox("Nhóm"), QLineEdit()
        check.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a control Tab alone reaches
        for widget in (first, check, last):
            column.addWidget(widget)
        form.show()
        form.activateWindow()
        qtbot.waitUntil(form.isActiveWindow)
        assert first_focusable(form) is first
        first.setFocus()
        qtbot.waitUntil(first.hasFocus)
        ours = tab_stop(first, True)
        qtbot.keyClick(first, Qt.Key.Key_Tab)
        assert ours is QApplication.focusWidget()
        assert (ours is check) == (behaviour == Qt.TabFocusBehavior.TabFocusAllControls)
    finally:
        hints.setTabFocusBehavior(before)
