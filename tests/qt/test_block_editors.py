"""The editors beside the outline and the document settings: each edit through its widget is
one undo step, undo and redo show up in the widget, and bound blocks lead to their fields."""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication

from gui.core.compose import Kind, compose
from gui.core.record import (
    AttendeeStyle,
    Block,
    BlockKind,
    IntroOrder,
    Numbering,
    Section,
    Speaker,
    Task,
)
from gui.qt.mainwindow import MainWindow
from gui.qt.outlineeditor import OutlineEditor

from ..conftest import SEED_QN
from .test_mainwindow import field, key_text


def _open(window: MainWindow, tmp_path, blocks: list[Block]) -> OutlineEditor:  # type: ignore[no-untyped-def]
    """The Quảng Ninh seed with a section holding ``blocks``, its outline shown."""
    from gui.core.recordfile import load_record, save_record

    record = load_record(SEED_QN)
    record.notice.outline = [
        Section(blocks=[Block(BlockKind.OPENING)]),
        Section("Về công tác", Numbering.ARABIC, blocks),
    ]
    path = tmp_path / "r.bienban.json"
    save_record(record, path)
    assert window.open_file(str(path), ask=False)
    window.tabs.setCurrentWidget(window.content_section)
    return window.content_section.notice.outline


def _select(editor: OutlineEditor, *rows: int) -> None:
    index = QModelIndex()
    for r in rows:
        index = editor.model.index(r, 0, index)
    editor.view.setCurrentIndex(index)


def _undo_redo(window: MainWindow, check_before, check_after) -> None:  # type: ignore[no-untyped-def]
    window.actions.edit_undo.trigger()
    check_before()
    window.actions.edit_redo.trigger()
    check_after()


def test_section_heading_numbering_and_a_profile_heading(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    editor = _open(window, tmp_path, [])
    _select(editor, 1)
    section = editor.section_editor
    assert editor.editor() is section and section.heading.text() == "Về công tác"
    section.heading.setFocus()
    section.heading.end(False)
    key_text(section.heading, " cán bộ")
    outline = window.doc.record.notice.outline
    assert outline[1].heading == "Về công tác cán bộ"
    assert window.doc.undo_stack.count() == 1  # typing is one step
    assert editor.model.data(editor.model.index(1, 0)) == "1. Về công tác cán bộ"
    section.numbering.setCurrentIndex(section.numbering.findData(Numbering.DASH.value))
    section.numbering.activated.emit(section.numbering.currentIndex())
    assert outline[1].numbering is Numbering.DASH
    section.pick_menu.aboutToShow.emit()
    actions = section.pick_menu.actions()
    assert [a.text() for a in actions][:2] == [
        "ĐÁNH GIÁ CHUNG",
        "NHIỆM VỤ TRỌNG TÂM VÀ PHÂN CÔNG THỰC HIỆN",
    ]
    actions[0].trigger()
    assert outline[1].heading == "ĐÁNH GIÁ CHUNG"
    assert section.heading.text() == "ĐÁNH GIÁ CHUNG"
    _undo_redo(
        window,
        lambda: section.heading.text() == "Về công tác cán bộ" or pytest_fail(),
        lambda: section.heading.text() == "ĐÁNH GIÁ CHUNG" or pytest_fail(),
    )
    window.content_section.set_profile_lists(["Về quy hoạch:", "Về vốn:"], [])
    section.pick_menu.aboutToShow.emit()
    assert [a.text() for a in section.pick_menu.actions()] == ["Về quy hoạch:", "Về vốn:"]


def pytest_fail() -> bool:
    raise AssertionError("the widget does not show the undone value")


def test_paragraphs_bullet_and_italic(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    editor = _open(window, tmp_path, [Block(BlockKind.PARAGRAPHS, paragraphs=["Căn cứ A;"])])
    _select(editor, 1, 0)
    p = editor.paragraphs_editor
    assert editor.editor() is p and p.text.toPlainText() == "Căn cứ A;"
    p.text.setFocus()
    p.text.moveCursor(p.text.textCursor().MoveOperation.End)
    qtbot.keyClick(p.text, Qt.Key.Key_Return)
    key_text(p.text, "Căn cứ B.")
    block = window.doc.record.notice.outline[1].blocks[0]
    assert block.paragraphs == ["Căn cứ A;", "Căn cứ B."]
    qtbot.mouseClick(p.italic, Qt.MouseButton.LeftButton, pos=QPoint(5, p.italic.height() // 2))
    assert block.italic
    p.bullet.setCurrentIndex(1)
    p.bullet.activated.emit(1)
    assert block.bullet == "-"
    body = compose(window.doc.record).body
    assert [x.plain() for x in body][1:3] == ["1. Về công tác", "- Căn cứ A;"]
    window.actions.edit_undo.trigger()
    window.actions.edit_undo.trigger()
    assert not block.italic and block.bullet == "" and not p.italic.isChecked()
    window.actions.edit_undo.trigger()
    assert block.paragraphs == ["Căn cứ A;"] and p.text.toPlainText() == "Căn cứ A;"


def test_table_grid_rows_columns_and_header(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    editor = _open(window, tmp_path, [Block(BlockKind.TABLE, rows=[["Tên", "Số"], ["A", "1"]])])
    _select(editor, 1, 0)
    t = editor.table_editor
    grid = t.grid
    block = window.doc.record.notice.outline[1].blocks[0]
    before = copy.deepcopy(block)
    t.view.setCurrentIndex(grid.index(1, 1))
    qtbot.mouseClick(t.add_row_button, Qt.MouseButton.LeftButton)
    assert block.rows == [["Tên", "Số"], ["A", "1"], ["", ""]]
    t.view.setCurrentIndex(grid.index(0, 1))
    qtbot.mouseClick(t.add_column_button, Qt.MouseButton.LeftButton)
    assert block.rows == [["Tên", "Số", ""], ["A", "1", ""], ["", "", ""]]
    assert grid.columnCount() == 3
    assert grid.setData(grid.index(0, 2), "Ghi chú")
    assert block.rows[0] == ["Tên", "Số", "Ghi chú"]
    t.header_rows.setValue(2)
    assert block.header_rows == 2
    t.view.setCurrentIndex(grid.index(2, 0))
    qtbot.mouseClick(t.remove_row_button, Qt.MouseButton.LeftButton)
    t.view.setCurrentIndex(grid.index(0, 1))
    qtbot.mouseClick(t.remove_column_button, Qt.MouseButton.LeftButton)
    assert block.rows == [["Tên", "Ghi chú"], ["A", ""]]
    composed = compose(window.doc.record)
    tables = [e for e in composed.body if not hasattr(e, "text")]
    assert tables and tables[0].rows == [["Tên", "Ghi chú"], ["A", ""]]  # type: ignore[attr-defined]
    while window.doc.undo_stack.canUndo():
        window.actions.edit_undo.trigger()
    assert window.doc.record.notice.outline[1].blocks[0] == before
    assert grid.rowCount() == 2 and grid.columnCount() == 2
    assert t.header_rows.value() == 1


def test_tasks_block_grouped_and_tracked(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    editor = _open(window, tmp_path, [Block(BlockKind.TASKS)])
    _select(editor, 1, 0)
    tasks = editor.tasks_editor
    model = tasks.tasks_model
    qtbot.mouseClick(tasks.tasks.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert model.setData(model.index(0, 0), "Sở Tài chính")
    assert model.setData(model.index(0, 1), "Sở Tài chính chủ trì rà soát")
    assert model.setData(model.index(0, model.column_of("deadline")), dt.date(2024, 10, 20))
    qtbot.mouseClick(
        tasks.grouped, Qt.MouseButton.LeftButton, pos=QPoint(5, tasks.grouped.height() // 2)
    )
    block = window.doc.record.notice.outline[1].blocks[0]
    assert block.group_by_department
    assert block.tasks == [
        Task(
            "Sở Tài chính chủ trì rà soát",
            deadline=dt.date(2024, 10, 20),
            department="Sở Tài chính",
        )
    ]
    body = [p.plain() for p in compose(window.doc.record).body]
    assert "1. Sở Tài chính" in body
    assert "Sở Tài chính chủ trì rà soát; hoàn thành trước ngày 20/10/2024./." in body  # alone
    tracked = window.doc.record.tracked_tasks()
    assert tracked[-1].department == "Sở Tài chính" and tracked[-1].path[:2] == (
        "notice",
        "outline",
    )
    window.actions.edit_undo.trigger()
    assert not tasks.grouped.isChecked()


def test_speeches_paragraphs_of_the_selected_speaker(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    editor = _open(
        window, tmp_path, [Block(BlockKind.SPEECHES, speeches=[Speaker("Ông A", ["Một."])])]
    )
    _select(editor, 1, 0)
    s = editor.speeches_editor
    assert s.content.toPlainText() == "Một."
    s.content.setFocus()
    s.content.moveCursor(s.content.textCursor().MoveOperation.End)
    qtbot.keyClick(s.content, Qt.Key.Key_Return)
    key_text(s.content, "Hai.")
    block = window.doc.record.notice.outline[1].blocks[0]
    assert block.speeches[0].paragraphs == ["Một.", "Hai."]
    body = [p.plain() for p in compose(window.doc.record).body]
    assert body[2:4] == ["- Ông A: Một.", "Hai./."]
    window.actions.edit_undo.trigger()
    assert s.content.toPlainText() == "Một."


def test_attendees_options(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    editor = _open(window, tmp_path, [Block(BlockKind.ATTENDEES)])
    _select(editor, 1, 0)
    a = editor.attendees_editor
    a.style.setCurrentIndex(a.style.findData(AttendeeStyle.LABELLED.value))
    a.style.activated.emit(a.style.currentIndex())
    a.honorific.setCurrentText("Ông/Bà")
    qtbot.mouseClick(a.grouped, Qt.MouseButton.LeftButton, pos=QPoint(5, a.grouped.height() // 2))
    block = window.doc.record.notice.outline[1].blocks[0]
    assert (block.attendee_style, block.honorific, block.grouped) == (
        AttendeeStyle.LABELLED,
        "Ông/Bà",
        True,
    )
    people = window.meeting_section.attendees.model
    row = people.add_row()
    people.setData(people.index(row, 0), "Nguyễn Văn A")
    people.setData(people.index(row, 1), "Giám đốc")
    body = [p.plain() for p in compose(window.doc.record).body]
    assert "- Ông/Bà: Nguyễn Văn A - Chức vụ: Giám đốc./." in body, body
    window.actions.edit_undo.trigger()
    window.actions.edit_undo.trigger()
    window.actions.edit_undo.trigger()
    window.actions.edit_undo.trigger()
    assert not a.grouped.isChecked()


def test_opening_order_place_and_conversion_to_text(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    editor = _open(window, tmp_path, [])
    _select(editor, 0, 0)
    o = editor.opening_editor
    assert editor.editor() is o
    o.order.setCurrentIndex(1)
    o.order.activated.emit(1)
    block = window.doc.record.notice.outline[0].blocks[0]
    assert block.intro_order is IntroOrder.POSITION_FIRST
    chair = window.doc.record.meeting.chair
    assert o.sample.text().startswith(f"Ngày 04 tháng 10 năm 2017, {chair.position} {chair.name}")
    printed = compose(window.doc.record).body[0].plain()  # type: ignore[union-attr]
    qtbot.mouseClick(o.convert, Qt.MouseButton.LeftButton)
    converted = window.doc.record.notice.outline[0].blocks[0]
    assert converted.kind is BlockKind.PARAGRAPHS
    assert compose(window.doc.record).body[0].plain() == printed  # the same text, now editable
    assert editor.editor() is editor.paragraphs_editor
    assert editor.paragraphs_editor.text.toPlainText().split("\n")[0] == printed
    window.actions.edit_undo.trigger()
    assert window.doc.record.notice.outline[0].blocks[0].kind is BlockKind.OPENING
    assert editor.editor() is o


def test_a_bound_block_leads_to_its_field(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    editor = _open(window, tmp_path, [Block(BlockKind.ASSESSMENT), Block(BlockKind.DISCUSSION)])
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _select(editor, 1, 0)
    bound = editor.bound_editor
    assert editor.editor() is bound and "Kết quả đạt được" in bound.source.text()
    qtbot.mouseClick(bound.go, Qt.MouseButton.LeftButton)
    results = field(window, "content", "results")
    qtbot.waitUntil(results.hasFocus)
    assert window.content_section.currentIndex() == 2  # the meeting's content fields
    _select(editor, 1, 1)
    window.content_section.setCurrentIndex(0)
    qtbot.mouseClick(bound.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.content_section.discussion.view.hasFocus)


def test_jumps_reveal_the_document_settings(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.jump_to(("minutes", "closing"))
    assert window.tabs.currentWidget() is window.content_section
    assert window.content_section.currentWidget() is window.content_section.minutes
    assert window.content_section.minutes.currentIndex() == 1
    qtbot.waitUntil(field(window, "minutes", "closing").text.hasFocus)  # type: ignore[attr-defined]


def test_document_settings_fields(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    record = window.doc.record
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # the notice: a date with the day left blank for signing
    field(window, "header", "issue_month").setValue(4)  # type: ignore[attr-defined]
    field(window, "header", "issue_year").setValue(2026)  # type: ignore[attr-defined]
    header = compose(record).header
    assert header is not None
    assert header.place_date.endswith(
        ", ngày \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 tháng 4 năm 2026"
    )
    # the minutes: own recipients, closing formula, long deadline wording
    recipients = field(window, "minutes", "recipients")
    qtbot.mouseClick(
        recipients.own,
        Qt.MouseButton.LeftButton,
        pos=QPoint(5, recipients.own.height() // 2),  # type: ignore[attr-defined]
    )
    assert record.minutes.recipients == record.closing.recipients
    recipients.text.setFocus()  # type: ignore[attr-defined]
    recipients.text.selectAll()  # type: ignore[attr-defined]
    key_text(recipients.text, "Công ty A")  # type: ignore[attr-defined]
    assert record.minutes.recipients == ["Công ty A"]
    assert compose(record, Kind.MINUTES).recipients == ["- Công ty A."]
    style = field(window, "minutes", "deadline_style")
    style.combo.setCurrentIndex(1)  # type: ignore[attr-defined]
    style.combo.activated.emit(1)  # type: ignore[attr-defined]
    assert record.minutes.deadline_style == "long"
    window.actions.edit_undo.trigger()
    assert style.combo.currentData() == "short"  # type: ignore[attr-defined]
    window.actions.edit_undo.trigger()
    assert recipients.text.toPlainText() == "\n".join(record.closing.recipients)  # type: ignore[attr-defined]
    window.actions.edit_undo.trigger()
    assert record.minutes.recipients is None and not recipients.own.isChecked()  # type: ignore[attr-defined]
    # the default signers come back with one button
    settings = window.content_section.minutes.settings
    qtbot.mouseClick(settings.signatures.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert [s.title for s in record.minutes.signatures] == ["THƯ KÝ", "CHỦ TỌA", ""]
    qtbot.mouseClick(settings.default_signers, Qt.MouseButton.LeftButton)
    assert record.minutes.signatures is None
    assert settings.signatures.model.rowCount() == 0
    window.actions.edit_undo.trigger()
    assert settings.signatures.model.rowCount() == 3


def test_a_jump_to_a_task_of_the_outline_shows_it(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    editor = _open(window, tmp_path, [Block(BlockKind.TASKS, tasks=[Task("A"), Task("B")])])
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.tabs.setCurrentIndex(0)
    tracked = window.doc.record.tracked_tasks()[-1]
    window.jump_to((*tracked.path, "deadline"))
    assert window.tabs.currentWidget() is window.content_section
    assert editor.editor() is editor.tasks_editor
    table = editor.tasks_editor.tasks
    assert table.current_row() == 1
    assert table.view.currentIndex().column() == table.model.column_of("deadline")
    qtbot.waitUntil(table.view.hasFocus)


def test_cells_of_blocks_being_typed_reach_the_recovery_file(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A table block's cell and a tasks block's department cell, typed and still open: the
    autosave writes their text (a crash lost a cell's text until it closed)."""
    import json

    from PySide6.QtWidgets import QLineEdit

    editor = _open(
        window,
        tmp_path,
        [
            Block(BlockKind.TABLE, rows=[["Tên", "Số"], ["A", "1"]]),
            Block(BlockKind.TASKS, tasks=[Task("Rà soát", department="Sở Tài chính")]),
        ],
    )
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    def typed_into(view, index, text: str):  # type: ignore[no-untyped-def]
        view.setCurrentIndex(index)
        view.edit(index)
        cell = QApplication.focusWidget()
        assert isinstance(cell, QLineEdit)
        cell.end(False)
        with qtbot.waitSignal(window.autosaver.written, timeout=3000):
            key_text(cell, text)
        qtbot.keyClick(cell, Qt.Key.Key_Escape)  # cancelled: the record as it was
        return json.loads(window.autosaver.path.read_text(encoding="utf-8"))["record"]

    _select(editor, 1, 0)
    grid = editor.table_editor
    written = typed_into(grid.view, grid.grid.index(1, 1), " bản")
    assert written["notice"]["outline"][1]["blocks"][0]["rows"][1][1] == "1 bản"
    assert window.doc.record.notice.outline[1].blocks[0].rows[1][1] == "1"

    _select(editor, 1, 1)
    tasks = editor.tasks_editor.tasks
    column = tasks.model.column_of("department")
    written = typed_into(tasks.view, tasks.model.index(0, column), " tỉnh")
    assert written["notice"]["outline"][1]["blocks"][1]["tasks"][0]["department"] == (
        "Sở Tài chính tỉnh"
    )
