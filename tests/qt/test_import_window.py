"""File → Nhập từ văn bản…: the imported record opens as a new unsaved document; notes and
errors reach the user through the dialog seam."""

from __future__ import annotations

from pathlib import Path

from gui.core.compose import Kind
from gui.qt.mainwindow import MainWindow
from tests import importkit as kit


def _choose(window: MainWindow, path: Path, calls: list[tuple[str, str]]) -> None:
    def open_file(title: str, folder: str, filters: str) -> str:
        calls.append((title, filters))
        return str(path)

    window.dialogs.open_file = open_file  # type: ignore[method-assign]


def test_import_opens_a_new_unsaved_record(window: MainWindow) -> None:
    calls: list[tuple[str, str]] = []
    _choose(window, kit.TB_1894, calls)
    window.actions.file_import.trigger()
    assert calls and "*.docx" in calls[0][1] and "*.txt" in calls[0][1]
    record = window.doc.record
    assert record.header.agency == "Sở Công Thương"
    assert window.binder.widget_for(("header", "agency")).text() == "Sở Công Thương"  # type: ignore[union-attr]
    assert record.notice.outline is not None
    assert window.doc.file_name == ""
    assert window.isWindowModified() and window.doc.is_modified()
    assert window.windowTitle().startswith("Chưa đặt tên")
    assert not window.doc.undo_stack.canUndo()
    assert window.preview.kind() is Kind.NOTICE


def test_imported_minutes_show_in_the_preview(window: MainWindow) -> None:
    _choose(window, kit.BB_KIEM_TRA, [])
    window.import_dialog()
    assert window.doc.record.minutes.title == "BIÊN BẢN KIỂM TRA THỰC TẾ"
    assert window.preview.kind() is Kind.MINUTES


def test_notes_are_shown(window: MainWindow, tmp_path: Path) -> None:
    letter = tmp_path / "thu.txt"
    letter.write_text("Kính gửi các phòng,\nHọp lúc 8 giờ.\n", encoding="utf-8")
    _choose(window, letter, [])
    shown: list[str] = []
    window.dialogs.info = lambda title, text: shown.append(text)  # type: ignore[method-assign]
    window.import_dialog()
    assert len(shown) == 1
    assert "Không thấy tên loại THÔNG BÁO hay BIÊN BẢN" in shown[0]
    outline = window.doc.record.notice.outline
    assert outline is not None
    assert outline[0].blocks[0].paragraphs == ["Kính gửi các phòng,", "Họp lúc 8 giờ."]


def test_a_bad_file_is_one_message_and_keeps_the_record(window: MainWindow, tmp_path: Path) -> None:
    bad = tmp_path / "hong.docx"
    bad.write_bytes(b"PK\x03\x04 broken")
    _choose(window, bad, [])
    errors: list[tuple[str, str, str]] = []
    window.dialogs.error = lambda title, text, detail="": errors.append(  # type: ignore[method-assign]
        (title, text, detail)
    )
    before = window.doc.record
    window.import_dialog()
    assert len(errors) == 1
    assert errors[0][0] == "Không nhập được văn bản" and "DOCX" in errors[0][2]
    assert window.doc.record is before


def test_cancelled_dialog_changes_nothing(window: MainWindow) -> None:
    window.dialogs.open_file = lambda *args: ""  # type: ignore[method-assign]
    before = window.doc.record
    window.import_dialog()
    assert window.doc.record is before and not window.doc.is_modified()


def test_unsaved_changes_are_asked_about_first(window: MainWindow) -> None:
    from gui.qt.dialogs import SaveChoice

    window.doc.edit(("header", "agency"), "Sở Nội vụ")
    asked: list[str] = []

    def ask(title: str, text: str) -> SaveChoice:
        asked.append(text)
        return SaveChoice.CANCEL

    window.dialogs.ask_save_changes = ask  # type: ignore[method-assign]
    window.import_dialog()  # open_file is not reached: the fixture's would fail the test
    assert len(asked) == 1
    assert window.doc.record.header.agency == "Sở Nội vụ"
