"""Suggestions while typing, from the profile, the library index and the record."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QCompleter, QLineEdit

from gui.core.library import LibraryIndex
from gui.core.record import Attendee, Department, Person, Record, Task
from gui.core.recordfile import save_record
from gui.core.suggestions import Phrase, PhraseKind
from gui.qt.completion import FoldedFilter, PhraseModel

from .test_mainwindow import field, key_text


def test_models(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = PhraseModel()
    model.set_phrases(
        [
            Phrase(PhraseKind.PERSON, "Nguyễn Tuấn Anh", "Phó Thủ tướng"),
            Phrase(PhraseKind.PERSON, "Nguyễn Văn Bình"),
        ]
    )
    qtmodeltester.check(model)
    assert model.data(model.index(0), Qt.ItemDataRole.DisplayRole) == (
        "Nguyễn Tuấn Anh — Phó Thủ tướng"
    )
    assert model.data(model.index(0), Qt.ItemDataRole.EditRole) == "Nguyễn Tuấn Anh"
    proxy = FoldedFilter()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 0  # nothing typed, nothing offered
    proxy.set_query("nguyen")
    assert proxy.rowCount() == 2
    proxy.set_query("nguyen tuan")
    assert proxy.rowCount() == 1
    qtmodeltester.check(proxy)
    proxy.set_query("Nguyễn Tuấn Anh")
    assert proxy.rowCount() == 0  # already typed in full


def _library_with(tmp_path, monkeypatch, record: Record) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "lib"
    folder.mkdir()
    save_record(record, folder / "old.bienban.json")
    db = tmp_path / "index.sqlite3"  # this test's own index (the app data folder is shared)
    monkeypatch.setattr("gui.qt.library.index_path", lambda: db)
    index = LibraryIndex(folder, db)
    index.refresh()
    index.close()


def _popup_texts(completer: QCompleter) -> list[str]:
    model = completer.completionModel()
    return [model.index(i, 0).data() for i in range(model.rowCount())]


def _choose(qtbot, completer: QCompleter, text: str, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """Go down the list to ``text`` (the generic profile offers its own lines too), press
    ``key``."""
    texts = _popup_texts(completer)
    assert text in texts, texts
    for _ in range(texts.index(text) + 1):
        qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), key)


def _activate(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_a_person_from_the_library_fills_name_and_position(
    qtbot, window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    old = Record()
    old.meeting.chair = Person("Nguyễn Tuấn Anh", "Phó Thủ tướng")
    old.meeting.attendees = [Attendee(name="Trần Thị Hoa", position="Giám đốc Sở Tài chính")]
    old.directives.departments = [Department("Sở Xây dựng", [Task(content="x")])]
    _library_with(tmp_path, monkeypatch, old)
    window.refresh_suggestions()
    window.tabs.setCurrentWidget(window.meeting_section)
    _activate(qtbot, window)
    chair = field(window, "meeting", "chair", "name")
    assert isinstance(chair, QLineEdit)
    chair.setFocus()
    key_text(chair, "nguyen tuan")  # no accents typed
    [completer] = chair.findChildren(QCompleter)
    qtbot.waitUntil(completer.popup().isVisible)
    assert _popup_texts(completer) == ["Nguyễn Tuấn Anh — Phó Thủ tướng"]
    popup = completer.popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    chair_record = window.doc.record.meeting.chair
    assert (chair_record.name, chair_record.position) == ("Nguyễn Tuấn Anh", "Phó Thủ tướng")
    assert field(window, "meeting", "chair", "position").text() == "Phó Thủ tướng"
    window.actions.edit_undo.trigger()  # one step takes back name and position
    assert window.doc.record.meeting.chair.position == ""
    assert window.doc.record.meeting.chair.name == "nguyen tuan"


def test_signer_and_secretary_complete_from_the_record_itself(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.doc.edit(("meeting", "chair", "name"), "Lê Văn Cường")
    window.doc.edit(("meeting", "chair", "position"), "Trưởng ban")
    window.refresh_suggestions()
    window.doc.edit(("closing", "recipients"), [])  # the profile's lines are not wanted here
    window.tabs.setCurrentWidget(window.closing_section)
    _activate(qtbot, window)
    signer = field(window, "closing", "signer", "name")
    signer.setFocus()
    key_text(signer, "cuong")
    [completer] = signer.findChildren(QCompleter)
    qtbot.waitUntil(completer.popup().isVisible)
    completer.popup().setCurrentIndex(completer.completionModel().index(0, 0))
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert window.doc.record.closing.signer.name == "Lê Văn Cường"
    assert window.doc.record.closing.signer.position == "Trưởng ban"


def test_units_in_task_fields_and_people_in_the_attendees_table(
    qtbot, window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    old = Record()
    old.meeting.attendees = [Attendee(name="Trần Thị Hoa", position="Giám đốc Sở Tài chính")]
    old.directives.departments = [
        Department("Sở Xây dựng", [Task(content="x", lead="Sở Tài chính")])
    ]
    _library_with(tmp_path, monkeypatch, old)
    window.refresh_suggestions()
    window.directives_section.add_department("Văn phòng")
    window.tabs.setCurrentWidget(window.directives_section)
    section = window.directives_section
    section.tasks.add_row()
    _activate(qtbot, window)
    lead = section.details.lead
    lead.setFocus()
    key_text(lead, "so xay")
    [completer] = lead.findChildren(QCompleter)
    qtbot.waitUntil(completer.popup().isVisible)
    assert _popup_texts(completer) == ["Sở Xây dựng"]
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert window.doc.record.directives.departments[0].tasks[0].lead == "Sở Xây dựng"

    window.tabs.setCurrentWidget(window.meeting_section)
    _activate(qtbot, window)
    table = window.meeting_section.attendees
    table.add_row()
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    key_text(editor, "hoa")
    [completer] = editor.findChildren(QCompleter)
    qtbot.waitUntil(completer.popup().isVisible)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.view.state() != QAbstractItemView.State.EditingState)
    [attendee] = window.doc.record.meeting.attendees
    assert (attendee.name, attendee.position) == ("Trần Thị Hoa", "Giám đốc Sở Tài chính")


def test_recipient_lines_complete_one_line_at_a_time(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    old = Record()
    old.closing.recipients = ["Như trên;", "Thường trực Tỉnh ủy (để b/c);", "Lưu: VT, TH."]
    _library_with(tmp_path, monkeypatch, old)
    window.refresh_suggestions()
    window.doc.edit(("closing", "recipients"), [])  # the profile's lines are not wanted here
    window.tabs.setCurrentWidget(window.closing_section)
    _activate(qtbot, window)
    recipients = field(window, "closing", "recipients")
    recipients.setFocus()
    [completer] = recipients.findChildren(QCompleter)
    key_text(recipients, "nhu tren")
    qtbot.waitUntil(completer.popup().isVisible)
    _choose(qtbot, completer, "Như trên;", Qt.Key.Key_Return)  # the line, no line break
    assert window.doc.record.closing.recipients == ["Như trên;"]
    qtbot.keyClick(recipients, Qt.Key.Key_Return)
    key_text(recipients, "luu")
    qtbot.waitUntil(completer.popup().isVisible)
    _choose(qtbot, completer, "Lưu: VT, TH.", Qt.Key.Key_Tab)
    assert window.doc.record.closing.recipients == ["Như trên;", "Lưu: VT, TH."]
    assert not completer.popup().isVisible()
    _activate(qtbot, window)
    recipients.setFocus()
    qtbot.keyClick(recipients, Qt.Key.Key_Return)
    key_text(recipients, "thuong")
    qtbot.waitUntil(completer.popup().isVisible)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)  # nothing chosen: Enter breaks the line
    assert window.doc.record.closing.recipients == ["Như trên;", "Lưu: VT, TH.", "thuong", ""]
