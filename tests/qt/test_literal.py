"""What a user typed, or a file held, shows as typed where Qt would read markup in it: labels,
message boxes and tooltips (HTML), actions (an "&" for a keyboard letter), the window title
("[*]" for unsaved changes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as QtGuiNamespace  # Qt's functions of QtGui: mightBeRichText
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from gui.core.record import BlockKind, Task
from gui.qt.dialogs import Dialogs
from gui.qt.literal import action_text, tooltip, window_title
from gui.qt.mainwindow import MainWindow

MARKED_UP = "<b>Sở</b> Xây dựng & Q&A <i>khẩn</i>"
LONG_MARKED_UP = "Báo cáo <b>tiến độ</b> dự án <script>x</script> & kế hoạch " * 3


def shown(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What Qt shows of ``text`` in a label, a message box or a tooltip of format ``fmt``."""
    rich = fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and QtGuiNamespace.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText().replace("\u2028", "\n")


def label_shows(label: QLabel) -> str:
    return shown(label.text(), label.textFormat())


def test_the_oracle_sees_what_qt_would_make_of_markup() -> None:
    assert shown(MARKED_UP) == "Sở Xây dựng & Q&A khẩn"  # what happened before
    assert shown(MARKED_UP, Qt.TextFormat.PlainText) == MARKED_UP


@pytest.mark.parametrize("text", [MARKED_UP, LONG_MARKED_UP, "hai dòng\n<b>x</b>  y", "a < b > c"])
def test_a_tooltip_shows_its_text_as_typed(qapp, text: str) -> None:  # type: ignore[no-untyped-def]
    tip = tooltip(text)
    assert " ".join(shown(tip).split()) == " ".join(text.split())  # Qt folds runs of spaces
    assert shown(tip).count("\n") == text.count("\n")
    assert tooltip("") == ""


def test_action_text_and_window_title_escapes() -> None:
    assert action_text("Q&A && B") == "Q&&A &&&& B"
    assert window_title("a[*]b") == "a[*][*]b"


def test_a_department_named_in_markup_titles_its_tasks_as_typed(qtbot, window, seed_qn) -> None:  # type: ignore[no-untyped-def]
    assert window.open_file(str(seed_qn), ask=False)
    window.tabs.setCurrentWidget(window.directives_section)
    section = window.directives_section
    section.add_department(MARKED_UP)
    assert label_shows(section.tasks_title) == f"Nhiệm vụ của: {MARKED_UP}"


def test_the_add_department_menu_shows_a_profile_name_with_its_ampersand(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentWidget(window.directives_section)
    section = window.directives_section
    section.department_names = ["Phòng Kế hoạch & Đầu tư"]
    section._fill_add_menu()
    (action,) = section.add_menu.actions()
    assert action.iconText() == "Phòng Kế hoạch & Đầu tư"  # Qt strips the "&" of a letter


def test_a_task_tooltip_in_the_tasks_table_shows_the_task_as_typed(qtbot, window, seed_qn) -> None:  # type: ignore[no-untyped-def]
    assert window.open_file(str(seed_qn), ask=False)
    window.tabs.setCurrentWidget(window.directives_section)
    section = window.directives_section
    section.add_department("Sở Xây dựng")
    section.tasks_model.add_row(None, Task(content=LONG_MARKED_UP))
    model = section.tasks_model
    tip = model.data(model.index(model.rowCount() - 1, 0), Qt.ItemDataRole.ToolTipRole)
    assert " ".join(shown(tip).split()) == " ".join(LONG_MARKED_UP.split())


def test_an_outline_entry_tooltip_shows_the_paragraph_as_typed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from gui.core.record import Block, Section
    from gui.qt.outlinemodel import OutlineModel

    window.doc.record.notice.outline = [
        Section(heading="I.", blocks=[Block(BlockKind.PARAGRAPHS, paragraphs=[MARKED_UP])])
    ]
    model = OutlineModel(window.doc, "notice")
    section = model.index(0, 0, QModelIndex())
    block = model.index(0, 0, section)
    assert shown(model.data(block, Qt.ItemDataRole.ToolTipRole)) == MARKED_UP


@pytest.fixture
def boxes(monkeypatch):  # type: ignore[no-untyped-def]
    """The message boxes shown, each answered at once with its default (nothing is shown)."""
    seen: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        seen.append(box)
        return int(QMessageBox.StandardButton.Cancel.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return seen


def test_every_message_box_shows_its_texts_as_typed(qtbot, boxes) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs = Dialogs(parent)
    dialogs.confirm("t", MARKED_UP)
    dialogs.ask_save_changes("t", MARKED_UP)
    dialogs.error("t", MARKED_UP, detail=MARKED_UP)
    dialogs.info("t", MARKED_UP)
    dialogs.ask_open_read_only("t", MARKED_UP)
    dialogs.ask_locked("t", MARKED_UP)
    dialogs.ask_reload("t", MARKED_UP)
    assert len(boxes) == 7
    for box in boxes:
        texts = [
            label_shows(label)
            for label in box.findChildren(QLabel)
            if label.objectName() in ("qt_msgbox_label", "qt_msgbox_informativelabel")
        ]
        assert texts and all(t == MARKED_UP for t in texts), (box.text(), texts)


def test_an_unexpected_error_box_shows_its_text_as_typed(qtbot, boxes) -> None:  # type: ignore[no-untyped-def]
    from gui.qt.errorhandling import ErrorHandler

    ErrorHandler._ask_with_box("t", MARKED_UP)
    (box,) = boxes
    assert label_shows(box.findChild(QLabel, "qt_msgbox_label")) == MARKED_UP


def test_recent_files_and_the_window_title_show_a_file_name_as_typed(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, seed_qn: Path
) -> None:
    odd = seed_qn.with_name("Q&A <i>họp [*].bienban.json")
    odd.write_bytes(seed_qn.read_bytes())
    assert window.open_file(str(odd), ask=False)
    title = window.windowTitle()
    # one "[*]" left for Qt's unsaved mark, the name's own escaped as "[*][*]"
    assert "[*][*]" in title
    assert title.replace("[*][*]", "").count("[*]") == 1
    window.files.fill_recent_menu()
    first = window.actions.recent_menu.actions()[0]
    assert first.iconText().endswith(odd.name)
    assert shown(first.toolTip()) == str(odd)
