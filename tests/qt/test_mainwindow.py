"""The main window driven as a person would: typing, tables, undo, save, reopen, prompts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
import typing
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from gui.core.record import Record
from gui.core.recordfile import load_record
from gui.qt.dialogs import SaveChoice
from gui.qt.mainwindow import MainWindow
from gui.qt.outlineeditor import reveal
from gui.qt.settings import Settings

from ..conftest import SEED_LAO_CAI, SEED_QN, SEEDS


def field(window: MainWindow, *path: object) -> QWidget:
    w = window.binder.widget_for(tuple(path))
    assert w is not None, path
    return w


def type_into(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    key_text(widget, text)


def key_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key. QTest.keyClicks only knows ASCII; Vietnamese needs the
    key events' text, which is what a keyboard with a Vietnamese layout sends."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def test_opens_the_seed_with_every_section(window: MainWindow) -> None:
    assert window.open_file(str(SEED_QN), ask=False)
    assert window.windowTitle() == "quang-ninh-giao-ban-q3-2017.bienban.json[*] — Bienban"
    assert not window.isWindowModified()
    assert field(window, "header", "agency").text() == "Ban Quản lý Khu kinh tế Quảng Ninh"
    assert field(window, "meeting", "chair", "name").text() == "Nguyễn Mạnh Tuấn"
    assert field(window, "meeting", "date").value() == dt.date(2017, 10, 4)
    opening = field(window, "content", "opening")
    assert isinstance(opening, QPlainTextEdit)
    assert opening.toPlainText().startswith("Trên cơ sở rà soát")
    assert window.meeting_section.attendees.model.rowCount() == 2
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Đầu văn bản",
        "Cuộc họp",
        "Nội dung",
        "Chỉ đạo",
        "Kết thúc",
    ]


def test_every_field_and_table_has_an_accessible_name(window: MainWindow) -> None:
    for path in window.binder.paths():
        assert window.binder.widget_for(path).accessibleName(), path  # type: ignore[union-attr]
    for editor in (
        window.meeting_section.attendees,
        window.content_section.discussion,
        window.content_section.progress,
        window.content_section.notice.settings.signatures,
        window.content_section.minutes.settings.signatures,
        window.content_section.notice.outline,
        window.content_section.minutes.outline,
        window.directives_section.departments,
        window.directives_section.tasks,
    ):
        assert editor.view.accessibleName()
    missing = set(_editable_paths()) - set(window.binder.paths())
    not_typed = MINUTES_ONLY | {("issue",)}  # the record of issue: written by signing
    assert missing == not_typed, sorted(missing ^ not_typed)


# The notice takes its number, place, date and summary from Record.header and its closing and
# recipients from Record.closing: these DocumentSettings fields belong to the minutes only.
MINUTES_ONLY = {
    ("notice", name)
    for name in (
        "summary",
        "doc_kind",
        "number",
        "place",
        "date",
        "date_month",
        "date_year",
        "closing",
        "recipients",
    )
}


def _editable_paths(cls: type = Record, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every field of the record that is not a table (tables are item models)."""
    out = []
    for f in dataclasses.fields(cls):
        tp = typing.get_type_hints(cls)[f.name]
        listed = [a for a in typing.get_args(tp) if typing.get_origin(a) is list]  # X | None
        if dataclasses.is_dataclass(tp):
            out += _editable_paths(tp, (*prefix, f.name))
        elif typing.get_origin(tp) is list and typing.get_args(tp)[0] is not str:
            continue
        elif listed and typing.get_args(listed[0])[0] is not str:
            continue  # the outline and the signature blocks: item models
        else:
            out.append((*prefix, f.name))
    return out


def test_typing_merges_into_one_undo_step_and_marks_the_title(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_file(str(SEED_QN), ask=False)
    place = field(window, "meeting", "location")
    type_into(qtbot, place, "Phòng họp số 1")
    assert window.doc.record.meeting.location == "Phòng họp số 1"
    assert window.isWindowModified()
    assert window.doc.undo_stack.count() == 1  # one step for the whole word
    window.actions.edit_undo.trigger()
    assert window.doc.record.meeting.location == ""
    assert place.text() == ""
    assert not window.isWindowModified()
    window.actions.edit_redo.trigger()
    assert place.text() == "Phòng họp số 1"


def test_ctrl_z_in_a_field_undoes_through_the_document(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    name = field(window, "meeting", "name")
    type_into(qtbot, name, "giao ban")
    other = field(window, "meeting", "location")
    type_into(qtbot, other, "Hội trường")
    assert window.doc.undo_stack.count() == 2
    other.setFocus()
    qtbot.keySequence(other, QKeySequence(QKeySequence.StandardKey.Undo))
    assert window.doc.record.meeting.location == ""
    qtbot.keySequence(other, QKeySequence(QKeySequence.StandardKey.Undo))
    assert window.doc.record.meeting.name == ""
    assert name.text() == ""


def test_multiline_fields_store_one_paragraph_per_line(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    results = field(window, "content", "results")
    type_into(qtbot, results, "Đoạn một.")
    qtbot.keyClick(results, Qt.Key.Key_Return)
    key_text(results, "Đoạn hai.")
    assert window.doc.record.content.results == ["Đoạn một.", "Đoạn hai."]
    window.actions.edit_undo.trigger()
    assert window.doc.record.content.results == []
    assert results.toPlainText() == ""


def test_decomposed_input_is_stored_nfc(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    import unicodedata

    agency = field(window, "header", "agency")
    assert isinstance(agency, QLineEdit)
    decomposed = unicodedata.normalize("NFD", "Quảng Ninh")
    agency.setFocus()
    agency.insert(decomposed)
    agency.textEdited.emit(agency.text())
    assert window.doc.record.header.agency == "Quảng Ninh"
    assert unicodedata.is_normalized("NFC", window.doc.record.header.agency)


def test_header_number_date_choice_and_check_fields(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    number = field(window, "header", "number")
    number.setValue(5)  # type: ignore[attr-defined]
    assert window.doc.record.header.number == 5
    issue = field(window, "header", "issue_date")
    issue.setFocus()
    qtbot.keyClicks(issue, "5/10/2017")
    qtbot.keyClick(issue, Qt.Key.Key_Return)
    assert window.doc.record.header.issue_date == dt.date(2017, 10, 5)
    issue.clear()  # type: ignore[attr-defined]
    qtbot.keyClick(issue, Qt.Key.Key_Tab)
    assert window.doc.record.header.issue_date is None
    authority = field(window, "closing", "signer", "authority")
    authority.setCurrentIndex(3)  # type: ignore[attr-defined]
    authority.activated.emit(3)  # type: ignore[attr-defined]
    assert window.doc.record.closing.signer.authority.value == "TL"
    intro = field(window, "content", "intro_from_fields")
    qtbot.mouseClick(intro, Qt.MouseButton.LeftButton, pos=QPoint(5, intro.height() // 2))
    assert window.doc.record.content.intro_from_fields is False
    for _ in range(5):
        window.actions.edit_undo.trigger()
    assert window.doc.record.header.number is None
    assert window.doc.record.closing.signer.authority.value == ""
    assert window.doc.record.content.intro_from_fields is True
    assert window.doc.undo_stack.isClean()


def _edit_cell(qtbot, editor, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    view = editor.view
    index = editor.model.index(row, column)
    if not (
        view.state() == QAbstractItemView.State.EditingState and view.currentIndex() == index
    ):  # "+" already opened the new row's editor
        view.setCurrentIndex(index)
        view.edit(index)
    editor = QApplication.focusWidget()
    line = editor.lineEdit() if isinstance(editor, QComboBox) else editor  # department names
    assert isinstance(line, QLineEdit), type(editor)
    line.selectAll()
    key_text(editor, text)
    for completer in line.findChildren(QCompleter):  # suggestions: Return would first close them
        completer.popup().hide()
    # A popup (the suggestions) takes the activation; offscreen, nothing gives it back.
    line.window().activateWindow()
    qtbot.waitUntil(line.window().isActiveWindow)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits the editor's data on the next turn of the event loop.
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def test_add_a_department_and_two_tasks_save_and_reopen(qtbot, window, tmp_path, settings) -> None:  # type: ignore[no-untyped-def]
    window.open_file(str(SEED_QN), ask=False)
    type_into(qtbot, field(window, "meeting", "location"), "Trụ sở Ban")
    window.tabs.setCurrentWidget(window.directives_section)
    section = window.directives_section
    qtbot.mouseClick(section.departments.add_button, Qt.MouseButton.LeftButton)
    _edit_cell(qtbot, section.departments, 0, 0, "Văn phòng Ban")
    assert section.tasks_title.text() == "Nhiệm vụ của: Văn phòng Ban"
    qtbot.mouseClick(section.tasks.add_button, Qt.MouseButton.LeftButton)
    _edit_cell(qtbot, section.tasks, 0, 0, "Tổng hợp báo cáo quý IV")
    section.tasks.view.setFocus()
    qtbot.keySequence(section.tasks.view, QKeySequence("Ctrl+Ins"))
    _edit_cell(qtbot, section.tasks, 1, 0, "Rà soát kế hoạch năm 2018")
    # columns beyond content, deadline and status are edited below the table
    assert section.details.task_path() == ("directives", "departments", 0, "tasks", 1)
    type_into(qtbot, section.details.deadline_text, "thường xuyên")
    deadline = section.tasks_model.index(0, section.tasks_model.column_of("deadline"))
    section.tasks_model.setData(deadline, dt.date(2017, 12, 31), Qt.ItemDataRole.EditRole)

    target = tmp_path / "q3.bienban.json"
    window.dialogs.save_file = lambda *a: str(target)  # type: ignore[method-assign]
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.SaveAs))
    assert target.exists()
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("q3.bienban.json[*]")
    assert settings.recent_files()[0] == str(target)

    saved = load_record(target)
    assert saved.meeting.location == "Trụ sở Ban"
    [dept] = saved.directives.departments
    assert dept.name == "Văn phòng Ban"
    assert [t.content for t in dept.tasks] == [
        "Tổng hợp báo cáo quý IV",
        "Rà soát kế hoạch năm 2018",
    ]
    assert dept.tasks[0].deadline == dt.date(2017, 12, 31)
    assert dept.tasks[1].deadline_text == "thường xuyên"

    window.actions.file_new.trigger()  # releases the file's lock
    other = MainWindow(settings)
    qtbot.addWidget(other)
    assert other.open_file(str(target), ask=False)
    assert other.doc.record == saved
    other.directives_section.departments.select(0)
    assert other.directives_section.tasks_model.rowCount() == 2


def test_keyboard_reorders_rows(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_file(str(SEED_LAO_CAI), ask=False)
    window.tabs.setCurrentWidget(window.directives_section)
    departments = window.directives_section.departments
    names = [d.name for d in window.doc.record.directives.departments]
    departments.select(0)
    departments.view.setFocus()
    qtbot.keySequence(departments.view, QKeySequence("Ctrl+Shift+Down"))
    assert [d.name for d in window.doc.record.directives.departments][:2] == [names[1], names[0]]
    assert departments.current_row() == 1
    # the tasks table follows the moved department
    assert window.directives_section.tasks_title.text().endswith(names[0])
    qtbot.keySequence(departments.view, QKeySequence("Ctrl+Shift+Up"))
    assert [d.name for d in window.doc.record.directives.departments] == names


def test_removing_a_department_keeps_tasks_table_consistent(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_file(str(SEED_LAO_CAI), ask=False)
    section = window.directives_section
    section.departments.select(0)
    qtbot.mouseClick(section.departments.remove_button, Qt.MouseButton.LeftButton)
    current = section.departments.current_row()
    expected = window.doc.record.directives.departments[current]
    assert section.tasks_model.rowCount() == len(expected.tasks)
    window.actions.edit_undo.trigger()
    assert window.doc.record.directives.departments[0].name == "Sở Công Thương"


def test_preview_follows_typing(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_file(str(SEED_QN), ask=False)
    window.preview.mode_box.setCurrentIndex(window.preview.mode_box.findData("text"))
    with qtbot.waitSignal(window.preview.updated, timeout=2000):
        type_into(qtbot, field(window, "header", "agency_code"), "BQLKKT")
    assert "/TB-BQLKKT" in window.preview.text.toPlainText()
    window.preview.kind_box.setCurrentIndex(1)
    assert "BIÊN BẢN" in window.preview.text.toPlainText()
    assert window.settings.preview_kind() == "minutes"


def test_preview_shows_markup_literally(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.preview.mode_box.setCurrentIndex(window.preview.mode_box.findData("text"))
    with qtbot.waitSignal(window.preview.updated, timeout=2000):
        type_into(qtbot, field(window, "header", "summary"), "<b>Kết luận</b> & <script>")
    assert "<b>Kết luận</b> & <script>" in window.preview.text.toPlainText()


def test_preview_can_be_hidden(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.preview_toggle.trigger()
    assert not window.preview_dock.isVisible()
    window.preview_toggle.trigger()
    assert window.preview_dock.isVisible()


def test_a_long_warning_wraps_in_a_narrow_checks_panel(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from gui.core.record import Attendee

    window.doc.record.meeting.attendees.append(Attendee("Trưởng các phòng chuyên môn thuộc Sở"))
    window.checks.refresh()
    panel = window.checks.list
    item = next(
        panel.item(i) for i in range(panel.count()) if "Trưởng các phòng" in panel.item(i).text()
    )
    window.checks_dock.setFloating(True)
    window.checks_dock.resize(260, 300)
    qtbot.waitUntil(lambda: panel.viewport().width() < 260)
    line = panel.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: panel.visualItemRect(item).height() >= 2 * line)
    assert panel.visualItemRect(item).right() <= panel.viewport().width()


def test_no_warning_says_which_document_was_checked(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from gui.qt import checkspanel

    monkeypatch.setattr(checkspanel, "check_record", lambda *_args: [])  # nothing to say
    panel = window.checks
    shown = {}
    for kind in ("minutes", "news", "notice"):
        panel.set_kind(kind)
        shown[kind] = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert shown == {
        "minutes": ["✓ Không có cảnh báo cho biên bản."],
        "news": ["✓ Không có cảnh báo cho tin bài."],
        "notice": ["✓ Không có cảnh báo cho thông báo kết luận."],
    }


def test_checks_panel_lists_warnings_and_jumps(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_file(str(SEED_LAO_CAI), ask=False)
    window.checks.refresh()
    texts = [window.checks.list.item(i).text() for i in range(window.checks.list.count())]
    assert "⚠ Chưa có số văn bản." in texts
    assert any("Sở Tài chính, nhiệm vụ 1: chưa có thời hạn." in t for t in texts)
    number_item = next(
        window.checks.list.item(i) for i in range(len(texts)) if "số văn bản" in texts[i]
    )
    window.tabs.setCurrentIndex(3)
    window.checks.list.itemClicked.emit(number_item)
    assert window.tabs.currentIndex() == 0
    assert QApplication.focusWidget() is field(window, "header", "number")

    task_item = next(
        window.checks.list.item(i)
        for i in range(len(texts))
        if "Sở Tài chính, nhiệm vụ 1" in texts[i]
    )
    window.checks.list.itemClicked.emit(task_item)
    assert window.tabs.currentWidget() is window.directives_section
    tasks = window.directives_section.tasks
    assert window.directives_section.departments.current_row() == 1
    assert tasks.view.currentIndex().row() == 0
    assert tasks.view.currentIndex().column() == window.directives_section.tasks_model.column_of(
        "deadline"
    )

    with qtbot.waitSignal(window.checks.updated, timeout=2000):
        field(window, "header", "number").setValue(12)  # type: ignore[attr-defined]
    assert not any(
        "số văn bản" in w
        for w in [window.checks.list.item(i).text() for i in range(window.checks.list.count())]
    )


def test_an_agency_typed_in_capitals_is_pointed_out(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The heading prints the agency in capitals anyway; typed so, a sentence and an annex's
    "(Kèm theo … của …)" would print it in capitals too. The panel says so and goes there."""
    agency = field(window, "header", "agency")
    with qtbot.waitSignal(window.checks.updated, timeout=2000):
        type_into(qtbot, agency, "VĂN PHÒNG")
    texts = [window.checks.list.item(i).text() for i in range(window.checks.list.count())]
    (item,) = [
        window.checks.list.item(i) for i, t in enumerate(texts) if "viết in hoa toàn bộ" in t
    ]
    window.tabs.setCurrentIndex(3)
    qtbot.mouseClick(
        window.checks.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.checks.list.visualItemRect(item).center(),
    )
    assert window.tabs.currentIndex() == 0 and QApplication.focusWidget() is agency
    agency.selectAll()  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.checks.updated, timeout=2000):
        type_into(qtbot, agency, "Văn phòng")
    assert window.doc.record.header.agency == "Văn phòng"
    assert not any(
        "viết in hoa toàn bộ" in window.checks.list.item(i).text()
        for i in range(window.checks.list.count())
    )


def test_an_opened_file_shows_its_own_warnings_at_once(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The new window's empty record lacks a meeting date and a chair; the Quảng Ninh record
    has both. Opened, the panel lists the file's warnings before the window paints again, never
    the empty record's for a moment; an edit is still checked after a pause in typing."""

    def texts() -> list[str]:
        return [window.checks.list.item(i).text() for i in range(window.checks.list.count())]

    assert "⚠ Chưa có ngày họp." in texts()
    window.open_file(str(SEED_QN), ask=False)
    assert "⚠ Chưa có ngày họp." not in texts()
    assert "⚠ Chưa ghi người chủ trì cuộc họp." not in texts()
    assert "⚠ Chưa có số văn bản." in texts()  # the Quảng Ninh notice has no number yet
    field(window, "header", "number").setValue(12)  # type: ignore[attr-defined]
    assert "⚠ Chưa có số văn bản." in texts()
    with qtbot.waitSignal(window.checks.updated, timeout=2000):
        pass
    assert "⚠ Chưa có số văn bản." not in texts()


def test_close_asks_to_save_and_cancel_keeps_the_window(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "r.bienban.json"
    shutil.copyfile(SEED_QN, target)
    window.open_file(str(target), ask=False)
    type_into(qtbot, field(window, "meeting", "location"), "X")
    asked: list[str] = []

    def answer(choice: SaveChoice):  # type: ignore[no-untyped-def]
        def ask(title: str, text: str) -> SaveChoice:
            asked.append(text)
            return choice

        return ask

    window.dialogs.ask_save_changes = answer(SaveChoice.CANCEL)  # type: ignore[method-assign]
    assert not window.close()
    assert window.isVisible() and asked
    window.dialogs.ask_save_changes = answer(SaveChoice.SAVE)  # type: ignore[method-assign]
    assert window.close()
    assert load_record(target).meeting.location == "X"


def test_new_discards_only_when_told(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_file(str(SEED_QN), ask=False)
    type_into(qtbot, field(window, "meeting", "location"), "X")
    window.dialogs.ask_save_changes = lambda *a: SaveChoice.CANCEL  # type: ignore[method-assign]
    window.actions.file_new.trigger()
    assert window.doc.record.meeting.location == "X"
    window.dialogs.ask_save_changes = lambda *a: SaveChoice.DISCARD  # type: ignore[method-assign]
    window.actions.file_new.trigger()
    assert window.doc.record.meeting.location == ""
    assert window.doc.file_name == ""
    assert window.windowTitle() == "Chưa đặt tên[*] — Bienban"


def test_bad_file_gives_one_clear_message_and_keeps_the_document(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window.open_file(str(SEED_QN), ask=False)
    bad = tmp_path / "bad.bienban.json"
    data = json.loads(SEED_QN.read_text(encoding="utf-8"))
    data["meeting"]["date"] = "2017-13-45"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = bad.read_bytes()
    shown: list[tuple[str, str, str]] = []
    window.dialogs.error = lambda t, x, d="": shown.append((t, x, d))  # type: ignore[method-assign]
    assert not window.open_file(str(bad), ask=False)
    [(title, text, detail)] = shown
    assert title == "Không mở được tệp"
    assert "Nội dung tệp không hợp lệ." in text
    assert "Trường: meeting.date" in detail and "2017-13-45" in detail
    assert bad.read_bytes() == before
    assert window.doc.record.meeting.chair.name == "Nguyễn Mạnh Tuấn"

    shown.clear()
    (tmp_path / "x.json").write_bytes(b"\x00\x01 not json")
    assert not window.open_file(str(tmp_path / "x.json"), ask=False)
    assert len(shown) == 1


@pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")
def test_dropping_a_record_file_opens_it(qtbot, window, seed_lao_cai: Path) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(seed_lao_cai))])
    enter = QDragEnterEvent(
        window.rect().center(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        window.rect().center().toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    assert window.doc.file_name == str(seed_lao_cai)
    assert window.doc.record.header.agency == "Văn phòng"


def test_recent_files_and_geometry_are_kept(qtbot, settings, seed_qn: Path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.open_file(str(seed_qn), ask=False)
    first.show()
    first.resize(first.minimumSizeHint().width() + 10, 520)  # the offscreen screen is 800 × 600
    kept = first.size()
    assert first.close()
    second = MainWindow(settings)
    qtbot.addWidget(second)
    assert settings.recent_files() == [str(seed_qn)]
    second.actions.recent_menu.aboutToShow.emit()
    [action] = second.actions.recent_menu.actions()
    action.trigger()
    assert second.doc.file_name == str(seed_qn)
    second.show()
    assert second.size() == kept
    fresh = MainWindow(Settings(QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(fresh)
    fresh.show()
    assert fresh.size() != kept  # the size came from the settings, not the default


def test_profile_new_record_and_department_menu(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from gui.core.profile import Profile
    from gui.core.record import Signer

    profile = Profile(
        name="Ban thử",
        agency="Ban Quản lý Khu kinh tế Quảng Ninh",
        agency_code="BQLKKT",
        place="Quảng Ninh",
        departments=["Văn phòng", "Phòng Đầu tư"],
        signer=Signer(position="Chánh Văn phòng", name="Nguyễn Văn A"),
        recipients=["Như trên", "Lưu: VT"],
    )
    path = window.save_user_profile(profile)
    assert Path(path).exists()
    assert window.settings.profile_path() == path
    window.actions.file_new.trigger()
    record = window.doc.record
    assert record.header.agency_code == "BQLKKT"
    assert record.closing.signer.name == "Nguyễn Văn A"
    assert record.closing.recipients == ["Như trên", "Lưu: VT"]
    section = window.directives_section
    section.add_menu.aboutToShow.emit()
    names = [a.text() for a in section.add_menu.actions()]
    assert names == ["Văn phòng", "Phòng Đầu tư"]
    section.add_menu.actions()[1].trigger()
    assert [d.name for d in record.directives.departments] == ["Phòng Đầu tư"]
    section.add_menu.aboutToShow.emit()
    assert not section.add_menu.actions()[1].isEnabled()  # already added


def test_english_translation(qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    from gui.core.resources import resource_path
    from gui.qt.app import install_translators

    qm = resource_path("translations", "bienban_en.qm")
    if not qm.exists():
        pytest.fail("bienban_en.qm not built: run `python -m gui.qt.translations`")
    app = QApplication.instance()
    translators = install_translators(app, "en")
    try:
        w = MainWindow(settings)
        qtbot.addWidget(w)
        titles = [w.tabs.tabText(i) for i in range(w.tabs.count())]
        assert titles[0] != "Đầu văn bản" and titles[0].isascii()
        assert w.actions.file_save.text().replace("&", "") == "Save"
    finally:
        for t in translators:
            app.removeTranslator(t)


def test_print_renders_pages(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    window.open_file(str(SEED_LAO_CAI), ask=False)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "p.pdf"
    printer.setOutputFileName(str(out))
    assert window.print_to(printer) >= 3
    assert out.read_bytes().startswith(b"%PDF")


def test_profile_dialog_edits_every_field(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from gui.core.profile import Profile
    from gui.core.record import Authority
    from gui.qt.profiledialog import ProfileDialog

    dialog = ProfileDialog(Profile(name="Cũ"), window.authority_labels(), window)
    qtbot.addWidget(dialog)
    dialog.name.setText("Ban Quản lý Khu kinh tế Quảng Ninh")
    dialog.agency_code.setText("BQLKKT")
    dialog.departments.setPlainText("Văn phòng\n\nPhòng Đầu tư\n")
    dialog.authority.setCurrentIndex(dialog.authority.findData("TL_KT"))
    dialog.authority_of.setText("Trưởng ban")
    dialog.intermediate.setText("Chánh Văn phòng")
    dialog.position.setText("Phó Chánh Văn phòng")
    dialog.recipients.setPlainText("Các phòng, đơn vị;\nLưu: VT, VP.")
    dialog.headings.setPlainText("Về quy hoạch:\nVề vốn đầu tư:\n")
    profile = dialog.profile()
    assert profile.headings == ["Về quy hoạch:", "Về vốn đầu tư:"]
    assert profile.name == "Ban Quản lý Khu kinh tế Quảng Ninh"
    assert profile.departments == ["Văn phòng", "Phòng Đầu tư"]
    assert profile.signer.authority is Authority.TL_KT
    assert profile.recipients == ["Các phòng, đơn vị;", "Lưu: VT, VP."]
    path = window.save_user_profile(profile)
    from gui.core.profile import load_profile

    assert load_profile(path) == profile
    section = window.content_section.notice.outline.section_editor  # the headings offered
    section.pick_menu.aboutToShow.emit()
    assert [a.text() for a in section.pick_menu.actions()] == profile.headings


def test_export_from_the_window_asks_before_overwriting(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from gui.core.compose import Kind

    window.open_file(str(SEED_QN), ask=False)
    filters: list[str] = []

    def choose(name: str, label: str):  # type: ignore[no-untyped-def]
        def ask(title: str, path: str, f: str) -> tuple[str, str]:
            filters.append(f)
            return name, label

        return ask

    window.dialogs.save_file_with_filter = choose(str(tmp_path / "tb"), "PDF (*.pdf)")  # type: ignore[method-assign]
    assert window.export_dialog(Kind.NOTICE)
    assert (tmp_path / "tb.pdf").read_bytes().startswith(b"%PDF")
    assert filters[0].startswith("Tài liệu Word (*.docx);;")  # DOCX offered first at first
    assert window.settings.export_format() == "pdf"
    asked: list[str] = []
    window.dialogs.confirm = lambda t, x: asked.append(x) or False  # type: ignore[method-assign]
    before = (tmp_path / "tb.pdf").read_bytes()
    assert not window.export_dialog(Kind.NOTICE)  # the file exists: asked, and declined
    assert asked and (tmp_path / "tb.pdf").read_bytes() == before
    assert filters[1].startswith("PDF (*.pdf);;")  # the format used last is offered first
    window.dialogs.save_file_with_filter = choose(str(tmp_path / "bb.docx"), "")  # type: ignore[method-assign]
    assert window.export_dialog(Kind.MINUTES)
    from docx import Document

    texts = [p.text for p in Document(str(tmp_path / "bb.docx")).paragraphs]
    assert "BIÊN BẢN" in texts
    window.dialogs.save_file_with_filter = choose(str(tmp_path / "tin.html"), "")  # type: ignore[method-assign]
    assert window.export_dialog(Kind.NEWS)
    assert "CUỘC HỌP GIAO BAN QUÝ III/2017" in (tmp_path / "tin.html").read_text(encoding="utf-8")


SEED_APPRAISAL = SEEDS / "Bien-ban-tham-dinh-SCT-ThaiThinh-xangdau-loai3.bienban.json"


def test_checks_follow_the_document_previewed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The appraisal minutes are the record's document: previewing them, the checks no longer
    ask for the notice's number and issue date; a click jumps to the minutes' own fields."""
    window.open_file(str(SEED_APPRAISAL), ask=False)
    window.checks.refresh()

    def texts() -> list[str]:
        return [window.checks.list.item(i).text() for i in range(window.checks.list.count())]

    assert "⚠ Chưa có số văn bản." in texts()
    assert window.checks_dock.windowTitle() == "Kiểm tra thông báo kết luận"
    box = window.preview.kind_box
    box.setCurrentIndex(box.findData("minutes"))
    assert window.checks.kind == "minutes"
    assert window.checks_dock.windowTitle() == "Kiểm tra biên bản"  # says which, always
    assert window.checks_dock.toggleViewAction().text() == "Khung &kiểm tra"  # the menu: as is
    assert not any("số văn bản" in t or "ngày ban hành" in t for t in texts())
    window.doc.edit(("minutes", "show_number"), True)
    window.checks.refresh()
    item = next(window.checks.list.item(i) for i, t in enumerate(texts()) if "số biên bản" in t)
    window.checks.list.itemClicked.emit(item)
    assert window.tabs.currentWidget() is window.content_section
    assert QApplication.focusWidget() is window.binder.widget_for(("minutes", "number"))


def test_an_attendee_typed_as_a_person_but_a_group_is_pointed_out(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """ "Lãnh đạo các sở, ngành" typed without ticking Nhóm prints "đồng chí Lãnh đạo …": the
    checks say so, a click goes to that row's Nhóm cell, and ticking it clears the warning."""
    from gui.core.record import Attendee

    window.open_file(str(SEED_LAO_CAI), ask=False)
    row = len(window.doc.record.meeting.attendees)
    window.meeting_section.attendees.model.add_row(row, Attendee("Lãnh đạo các sở, ngành"))
    window.checks.refresh()
    items = [window.checks.list.item(i) for i in range(window.checks.list.count())]
    [item] = [i for i in items if "Lãnh đạo các sở, ngành" in i.text()]
    window.checks.list.itemActivated.emit(item)
    attendees = window.meeting_section.attendees
    assert window.tabs.currentWidget() is window.meeting_section
    assert attendees.view.currentIndex().row() == row
    assert attendees.view.currentIndex().column() == attendees.model.column_of("is_group")
    window.doc.edit(("meeting", "attendees", row, "is_group"), True)
    window.checks.refresh()
    texts = [window.checks.list.item(i).text() for i in range(window.checks.list.count())]
    assert not any("Lãnh đạo các sở, ngành" in t for t in texts)


def test_undo_shows_the_section_it_changes_and_says_so(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from gui.core.record import Speech

    window.open_file(str(SEED_QN), ask=False)
    window.doc.edit(("closing", "sentence"), "Thông báo để các phòng biết.")
    window.doc.insert(("content", "discussion"), 0, Speech("Phòng Đầu tư", "Báo cáo tiến độ."))
    window.show_section(0)  # the secretary is back at the top
    window.actions.edit_undo.trigger()  # the speech goes: its section is shown
    assert window.tabs.currentIndex() == 2
    assert window.statusBar().currentMessage().startswith("Đã hoàn tác")
    window.actions.edit_undo.trigger()  # the closing sentence: Kết thúc
    assert window.tabs.currentIndex() == 4
    assert window.doc.record.closing.sentence != "Thông báo để các phòng biết."
    window.actions.edit_redo.trigger()  # in the section shown: it stays
    assert window.tabs.currentIndex() == 4
    assert window.statusBar().currentMessage().startswith("Đã làm lại")


def _opened_copy(qtbot, window: MainWindow, tmp_path: Path, seed: Path) -> Path:  # type: ignore[no-untyped-def]
    """A copy of ``seed`` opened in the window, the window active; the copy's path."""
    path = tmp_path / seed.name
    path.write_bytes(seed.read_bytes())
    assert window.open_file(str(path), ask=False)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return path


def test_save_takes_a_date_typed_without_tab_and_a_cell_being_edited(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path
) -> None:
    path = _opened_copy(qtbot, window, tmp_path, SEED_QN)
    window.show_section(1)
    attendees = window.meeting_section.attendees
    index = attendees.model.index(0, 0)
    attendees.view.setCurrentIndex(index)
    attendees.view.edit(index)
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit)
    cell.selectAll()
    key_text(cell, "Trưởng các phòng")  # still being edited: then Ctrl+S
    qtbot.keySequence(cell, QKeySequence.StandardKey.Save)
    assert load_record(path).meeting.attendees[0].name == "Trưởng các phòng"
    assert not window.isWindowModified()

    window.show_section(0)
    issued = field(window, "header", "issue_date")
    issued.setFocus()
    qtbot.waitUntil(issued.hasFocus)
    qtbot.keyClicks(issued, "30/11/2026")  # no Tab, no Enter: then Ctrl+S
    qtbot.keySequence(issued, QKeySequence.StandardKey.Save)
    assert load_record(path).header.issue_date == dt.date(2026, 11, 30)
    assert issued.hasFocus()  # the cursor stays where it was

    issued.selectAll()
    qtbot.keyClicks(issued, "29/11/2026")  # typed, no Tab: closing must ask
    asked: list[str] = []
    window.dialogs.ask_save_changes = lambda _t, x: asked.append(x) or SaveChoice.SAVE  # type: ignore[method-assign]
    window.close()
    assert asked
    assert load_record(path).header.issue_date == dt.date(2026, 11, 29)


def test_a_date_that_does_not_read_is_never_dropped_silently(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path
) -> None:
    """31/2 typed in a date: the field keeps it, marked, and the record its date. Save, close
    and export say so first; going back puts the cursor in the field."""
    path = tmp_path / "tb.bienban.json"
    path.write_bytes(SEED_QN.read_bytes())
    assert window.open_file(str(path), ask=False)
    before = dt.date(2026, 12, 5)
    window.doc.edit(("header", "issue_date"), before)
    assert window.save()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    issued = field(window, "header", "issue_date")
    issued.setFocus()
    qtbot.waitUntil(issued.hasFocus)
    issued.selectAll()
    qtbot.keyClicks(issued, "31/2/2026")
    qtbot.keyClick(issued, Qt.Key.Key_Tab)
    assert issued.text() == "31/2/2026" and issued.problem() is not None
    assert not window.isWindowModified()  # the record's date is unchanged

    asked: list[str] = []
    answer = [False]

    def go_on_or_back(_title: str, text: str, go_on: str, back: str) -> bool:
        asked.append(text)
        return answer[0]

    window.dialogs.go_on_or_back = go_on_or_back  # type: ignore[method-assign]
    window.show_section(3)
    assert not window.save()  # back to the field: nothing written
    assert asked[-1] == (
        "«Ngày ban hành»: «31/2/2026» không dùng được: Tháng này không có ngày đó. "
        f"Văn bản vẫn giữ «{before:%d/%m/%Y}»."
    )
    assert window.tabs.currentIndex() == 0 and QApplication.focusWidget() is issued
    assert not window.close()  # closing asks too, though nothing else changed
    assert len(asked) == 2 and window.isVisible()
    assert not window.exports.export_dialog(window.preview.kind())
    assert len(asked) == 3

    answer[0] = True  # go on: the file keeps the date the record has
    window.doc.edit(("meeting", "location"), "Phòng họp số 2")
    assert window.save()
    saved = load_record(path)
    assert saved.header.issue_date == before and saved.meeting.location == "Phòng họp số 2"

    issued.setFocus()
    issued.selectAll()
    qtbot.keyClicks(issued, "28/2/2026")  # read: nothing to ask
    qtbot.keyClick(issued, Qt.Key.Key_Tab)
    asked.clear()
    assert window.save() and not asked
    assert load_record(path).header.issue_date == dt.date(2026, 2, 28)


def test_every_date_that_does_not_read_is_named_and_closing_asks_once(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path
) -> None:
    """Two dates of the form and a task's deadline in its details: one question names all
    three; closing with other edits asks about them once, then saves."""
    path = _opened_copy(qtbot, window, tmp_path, SEED_LAO_CAI)
    typed = [
        (field(window, "meeting", "date"), "31/4/2026"),
        (field(window, "header", "issue_date"), "29/2/2026"),
    ]
    window.show_section(3)
    window.directives_section.select_task(0, 0, "deadline")
    typed.append((window.directives_section.details.deadline, "31/11/2026"))
    for widget, text in typed:
        reveal(widget)
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        widget.selectAll()
        qtbot.keyClicks(widget, text)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        assert widget.problem() is not None
    asked: list[str] = []
    answers = [False]

    def go_on_or_back(_title: str, text: str, go_on: str, back: str) -> bool:
        asked.append(text)
        return answers.pop(0) if answers else True

    window.dialogs.go_on_or_back = go_on_or_back  # type: ignore[method-assign]
    window.show_section(4)
    assert not window.save()
    assert [text in asked[0] for _w, text in typed] == [True, True, True]
    assert asked[0].count("\n") == 2  # one line each
    deadline = window.directives_section.details.deadline
    assert asked[0].index("Ngày ban hành") < asked[0].index("Ngày họp") < asked[0].index("Thời hạn")
    assert QApplication.focusWidget() is typed[1][0]  # the first in the form: Đầu văn bản

    window.doc.edit(("meeting", "location"), "Phòng họp số 2")
    saves: list[str] = []
    window.dialogs.ask_save_changes = lambda _t, x: saves.append(x) or SaveChoice.SAVE  # type: ignore[method-assign]
    assert window.close()
    assert len(asked) == 2 and len(saves) == 1  # the dates once, then save: not asked again
    saved = load_record(path)
    assert saved.meeting.location == "Phòng họp số 2"
    assert deadline.text() == "31/11/2026"  # the field as typed; the record kept its deadline
    assert (
        saved.directives.departments[0].tasks[0].deadline
        == load_record(SEED_LAO_CAI).directives.departments[0].tasks[0].deadline
    )


def test_a_date_cell_being_typed_is_asked_about_before_saving(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path
) -> None:
    """ "31/11/2026" typed in a task's Hạn cell, then Ctrl+S at once: the cell would close
    without it; the question comes first, and going back leaves the cell open as typed."""
    path = _opened_copy(qtbot, window, tmp_path, SEED_LAO_CAI)
    window.show_section(3)
    view, model = window.directives_section.tasks.view, window.directives_section.tasks_model
    index = model.index(0, model.column_of("deadline"))
    kept = window.doc.value(("directives", "departments", 0, "tasks", 0, "deadline"))
    view.setCurrentIndex(index)
    view.edit(index)
    cell = QApplication.focusWidget()
    cell.selectAll()
    qtbot.keyClicks(cell, "31/11/2026")
    asked: list[str] = []
    answers = [False, True]
    window.dialogs.go_on_or_back = lambda _t, text, _g, _b: asked.append(text) or answers.pop(0)  # type: ignore[method-assign]
    window.doc.edit(("meeting", "location"), "Phòng họp số 2")
    assert not window.save()
    assert asked[0].startswith("«Hạn»: «31/11/2026» không dùng được")
    assert QApplication.focusWidget() is cell and cell.text() == "31/11/2026"
    assert view.state() == QAbstractItemView.State.EditingState
    assert window.save()  # going on: the cell as it was, the rest saved
    saved = load_record(path)
    assert saved.meeting.location == "Phòng họp số 2"
    assert saved.directives.departments[0].tasks[0].deadline == kept


def test_an_opening_left_from_another_meeting_is_pointed_out(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The meeting's date changed, the opening sentence not: the warning names both days and
    goes to the opening."""
    import datetime as dt

    window.open_file(str(SEED_LAO_CAI), ask=False)
    window.checks.refresh()

    def texts() -> list[str]:
        return [window.checks.list.item(i).text() for i in range(window.checks.list.count())]

    assert not any("Phần mở đầu" in t for t in texts())
    with qtbot.waitSignal(window.checks.updated, timeout=2000):
        window.doc.edit(("meeting", "date"), dt.date(2026, 6, 26))
    (text,) = [t for t in texts() if "Phần mở đầu" in t]
    assert text == (
        "⚠ Phần mở đầu ghi ngày 19/06/2026, khác ngày họp 26/06/2026: sửa câu mở đầu hay ngày họp."
    )
    item = window.checks.list.item(texts().index(text))
    window.checks.list.itemClicked.emit(item)
    assert window.tabs.currentWidget() is window.content_section
    assert QApplication.focusWidget() is field(window, "content", "opening")


def test_a_deadline_in_words_is_followed_up_by_its_date(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """ "trước ngày 30/11/2026" typed in words, before a meeting of 3/12/2026: pointed out, and
    the warning goes to the words."""
    import datetime as dt

    window.open_file(str(SEED_LAO_CAI), ask=False)
    window.doc.edit(("meeting", "date"), dt.date(2026, 12, 3))
    path = ("directives", "departments", 0, "tasks", 0)
    window.doc.edit((*path, "deadline"), None)
    with qtbot.waitSignal(window.checks.updated, timeout=2000):
        window.doc.edit((*path, "deadline_text"), "trước ngày 30/11/2026")
    items = [window.checks.list.item(i) for i in range(window.checks.list.count())]
    (item,) = [i for i in items if "thời hạn 30/11/2026 trước ngày họp" in i.text()]
    window.checks.list.itemClicked.emit(item)
    section = window.directives_section
    assert window.tabs.currentWidget() is section
    assert QApplication.focusWidget() is section.details.deadline_text  # the task's words


def test_undo_in_a_field_puts_the_cursor_where_the_text_changed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_section(1)
    location = field(window, "meeting", "location")
    window.doc.edit(("meeting", "location"), "Hội trường tầng 2")
    location.setFocus()
    qtbot.waitUntil(location.hasFocus)
    location.setCursorPosition(0)
    window.doc.edit(("meeting", "location"), "Hội trường tầng 2 nhà A")
    assert location.cursorPosition() == len("Hội trường tầng 2 nhà A")
    location.setCursorPosition(0)
    window.actions.edit_undo.trigger()
    assert location.text() == "Hội trường tầng 2"
    assert location.cursorPosition() == len("Hội trường tầng 2")  # not the field's start

    window.show_section(0)
    summary = field(window, "header", "summary")
    window.doc.edit(("header", "summary"), "Kết luận của Trưởng ban tại cuộc họp")
    summary.setFocus()
    qtbot.waitUntil(summary.hasFocus)
    window.doc.edit(("header", "summary"), "Kết luận của Trưởng ban Quản lý tại cuộc họp")
    assert summary.textCursor().position() == len("Kết luận của Trưởng ban Quản lý ")
