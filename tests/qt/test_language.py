"""Every UI text goes through tr() and changes language without a restart."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit

from gui.qt.mainwindow import MainWindow

from ..conftest import SEED_LAO_CAI
from .test_mainwindow import field, type_into

MARK = "⟦en⟧"


class Marking(QTranslator):
    """A translator that marks every text it is asked for: what is unmarked skipped tr()."""

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def,override]
        return MARK + source

    def isEmpty(self) -> bool:
        return False


def _placeholders(window: MainWindow) -> dict[str, str]:
    out = {}
    for w in window.findChildren(QLineEdit) + window.findChildren(QPlainTextEdit):
        if w.placeholderText():
            out[w.objectName() or w.accessibleName()] = w.placeholderText()
    return out


def test_language_switches_without_restart_and_keeps_the_work(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_file(str(SEED_LAO_CAI), ask=False)
    window.tabs.setCurrentWidget(window.directives_section)
    window.directives_section.select_task(1, 1, "content")  # a task other than the first
    type_into(qtbot, field(window, "directives", "general"), "Thêm")
    record_before = window.doc.record.directives.general
    steps = window.doc.undo_stack.count()
    app = QApplication.instance()
    marking = Marking()
    old_form = window.header_section
    app.installTranslator(marking)
    try:
        qtbot.waitUntil(lambda: window.tabs.tabText(0).startswith(MARK))
        qtbot.waitUntil(lambda: not shiboken6.isValid(old_form))  # the old form is gone
        assert all(window.tabs.tabText(i).startswith(MARK) for i in range(window.tabs.count()))
        assert window.actions.file_save.text().startswith(MARK)
        titles = [a.text() for a in window.menuBar().actions() if a.text()]
        assert titles and [t for t in titles if not t.startswith(MARK)] == []
        assert window.preview_dock.windowTitle().startswith(MARK)
        assert window.directives_section.tasks_title.text().startswith(MARK)
        placeholders = _placeholders(window)
        assert placeholders, "no placeholders found"
        untranslated = {k: v for k, v in placeholders.items() if not v.startswith(MARK)}
        assert untranslated == {}  # no Vietnamese left in another language
        labels = [
            lab.text()
            for lab in window.findChildren(QLabel)
            if lab.text().strip()
            and any(c.isalpha() for c in lab.text())
            and lab.isVisibleTo(window)
        ]
        assert [t for t in labels if not t.startswith(MARK)] == []
        # the work is kept: same record, same undo history, same section
        assert window.doc.record.directives.general == record_before
        assert window.doc.undo_stack.count() == steps
        assert window.tabs.currentWidget() is window.directives_section
        section = window.directives_section  # the same department and task shown
        assert (section.departments.current_row(), section.tasks.current_row()) == (1, 1)
        assert window.doc.file_name == str(SEED_LAO_CAI)
        # the rebuilt form is live: typing still edits the record
        type_into(qtbot, field(window, "meeting", "location"), "Hội trường")
        assert window.doc.record.meeting.location.endswith("Hội trường")
    finally:
        app.removeTranslator(marking)
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Đầu văn bản")


def _letters_used_twice(window: MainWindow) -> dict[str, list[str]]:
    """Per menu (and the menu bar): the Alt letters two items share, and the items with no
    letter ("-"). Pressed in an open menu, a shared letter only moves between its items and
    Enter is needed as well; an item without one is reached only by the arrows."""
    from collections import defaultdict

    from PySide6.QtGui import QKeySequence

    menus = [("", window.menuBar().actions())]
    for top in window.menuBar().actions():
        if top.menu() is not None:
            menus.append((top.text(), top.menu().actions()))
            menus += [(a.text(), a.menu().actions()) for a in top.menu().actions() if a.menu()]
    clashes = {}
    for title, actions in menus:
        items = defaultdict(list)
        for a in actions:
            if not a.isSeparator() and a.isVisible():
                items[QKeySequence.mnemonic(a.text()).toString() or "-"].append(a.text())
        clashes.update({f"{title} {k}": v for k, v in items.items() if len(v) > 1 or k == "-"})
    return clashes


def test_the_language_menu_switches_to_english_and_back(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert _letters_used_twice(window) == {}
    window.open_file(str(SEED_LAO_CAI), ask=False)
    type_into(qtbot, field(window, "meeting", "location"), "Hội trường")
    assert window.actions.edit_undo.text().startswith("&Hoàn tác ")
    assert (
        window.actions.edit_redo.text() == "&Làm lại" and not window.actions.edit_redo.isEnabled()
    )
    window.actions.lang_en.trigger()
    try:
        assert window.settings.language() == "en"
        qtbot.waitUntil(lambda: window.tabs.tabText(0).isascii())
        assert window.actions.file_save.text().replace("&", "") == "Save"
        assert _letters_used_twice(window) == {}
        # undo and redo change language too (QUndoStack's own actions keep their first word)
        assert window.actions.edit_undo.text().startswith("&Undo ")
        assert window.actions.edit_redo.text() == "&Redo"
        window.actions.edit_undo.trigger()
        assert window.actions.edit_redo.isEnabled()
        assert window.actions.edit_redo.text().startswith("&Redo ")
        window.actions.edit_redo.trigger()
        assert window.doc.record.meeting.location.endswith("Hội trường")
    finally:
        window.actions.lang_vi.trigger()
    assert window.settings.language() == "vi"
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Đầu văn bản")
    assert window.actions.edit_undo.text().startswith("&Hoàn tác ")
    assert _letters_used_twice(window) == {}  # the docks' items keep theirs after a switch


def test_the_issued_state_and_the_tracking_book_change_language(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from gui.core.record import Issue, IssuedAnnex

    window.settings.set_library_folder(str(tmp_path))
    window.open_file(str(SEED_LAO_CAI), ask=False)
    issue = Issue("notice", "15/TB-VP", file="15-tb-vp.signed.pdf", sha256="ab" * 32)
    issue.annexes.append(IssuedAnnex("15-tb-vp.phu-luc.signed.pdf", "cd" * 32))
    window.issue_guard.set_issue(issue)
    label = window.findChild(QLabel, "issue_label")
    assert label.text().startswith("Đã ký số") and "phụ lục: 15-tb-vp.phu-luc" in label.text()
    book = window.show_tracking()
    assert book.windowTitle().startswith("Sổ theo dõi")
    window.actions.lang_en.trigger()
    try:
        qtbot.waitUntil(lambda: window.tabs.tabText(0).isascii())
        assert (
            label.text().startswith("Digitally signed")
            and "annexes: 15-tb-vp.phu-luc" in label.text()
        )
        english = window.show_tracking()
        assert english is not book and english.isVisible()
        assert english.windowTitle().startswith("Directive tracking book")
        edit = [a.text() for a in english.menuBar().actions()]
        assert all(t.isascii() for t in edit)
        undo = [
            a.text() for m in english.menuBar().actions() if m.menu() for a in m.menu().actions()
        ]
        assert undo[:2] == ["Undo", "Redo"]
        states = english.tracking.category  # the chart's legend uses the same labels
        assert [states.itemText(i) for i in range(1, 5)] == [
            "Done on time",
            "Done late",
            "In progress, within deadline",
            "Overdue, not done",
        ]
    finally:
        window.actions.lang_vi.trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Đầu văn bản")
    assert window.show_tracking().windowTitle().startswith("Sổ theo dõi")
    app = QApplication.instance()
    for translator in app.findChildren(QTranslator):  # leave the session as it was
        app.removeTranslator(translator)


def _remove_translators() -> None:
    app = QApplication.instance()
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)


def test_qt_own_texts_follow_the_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt has no Vietnamese translation of its own texts: ours stands in, so the fields'
    right-click menu, the message boxes' buttons and the print preview speak Vietnamese;
    English takes Qt's."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QMessageBox

    from gui.qt.languagecontroller import install_translators

    def texts() -> tuple[list[str], list[str], set[str]]:
        field = QLineEdit()
        qtbot.addWidget(field)
        menu = [a.text().split("\t")[0] for a in field.createStandardContextMenu().actions()]
        buttons = QMessageBox.StandardButton
        box = QMessageBox(
            QMessageBox.Icon.Warning, "", "", buttons.Save | buttons.Discard | buttons.Cancel
        )
        qtbot.addWidget(box)
        answers = [b.text() for b in box.buttons()]
        preview = QPrintPreviewDialog()
        qtbot.addWidget(preview)
        tools = {a.text() for a in preview.findChildren(QAction) if a.text()}
        return menu, answers, tools

    app = QApplication.instance()
    try:
        install_translators(app, "vi")
        menu, answers, tools = texts()
        assert menu[:2] == ["&Hoàn tác", "&Làm lại"] and "&Sao chép" in menu
        assert sorted(answers) == ["Hủy", "Không lưu", "Lưu"]
        assert {"Trang sau", "Trang trước", "Thiết lập trang", "In"} <= tools
        _remove_translators()
        install_translators(app, "en")
        menu, answers, tools = texts()
        assert menu[:2] == ["&Undo", "&Redo"]
        assert "Next page" in tools
    finally:
        _remove_translators()


def test_every_qt_text_we_translate_is_one_qt_has() -> None:
    """Each text of our translation of Qt's (context, source, comment) is one Qt asks for:
    Qt's own German translation knows it (a typo would never be shown translated)."""
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QLibraryInfo

    from gui.core.resources import resource_path

    german = QTranslator()
    assert german.load("qtbase_de", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    ours = ET.parse(resource_path("translations", "qtbase_vi.ts")).getroot()
    unknown, count = [], 0
    for context in ours.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source, comment = message.findtext("source"), message.findtext("comment")
            assert message.find("translation").get("type") is None  # finished
            count += 1
            if not german.translate(name, source, comment):
                unknown.append((name, source))
    assert count > 100 and unknown == []


def test_a_language_switch_leaves_the_keyboard_where_it_was(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The task shown again after the switch is only shown: the keyboard stays in the checks
    list (it did land in the hidden task's text, and typing changed the task)."""
    window.open_file(str(SEED_LAO_CAI), ask=False)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.tabs.setCurrentWidget(window.directives_section)
    window.directives_section.select_task(1, 0, "content")
    window.tabs.setCurrentIndex(0)
    window.checks.list.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.checks.list)
    before = window.doc.record.directives.departments[1].tasks[0].content
    window.actions.lang_en.trigger()
    try:
        qtbot.waitUntil(lambda: window.tabs.tabText(0).isascii())
        focused = QApplication.focusWidget()
        assert focused is None or not window.directives_section.isAncestorOf(focused)
        if focused is not None:
            qtbot.keyClicks(focused, "xyz")
        assert window.doc.record.directives.departments[1].tasks[0].content == before
    finally:
        window.actions.lang_vi.trigger()
        qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Đầu văn bản")
        _remove_translators()


def test_a_language_switch_keeps_the_page_of_nội_dung_shown(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_file(str(SEED_LAO_CAI), ask=False)
    window.show_section(2)
    window.content_section.setCurrentIndex(2)  # Diễn biến, kết quả
    window.actions.lang_en.trigger()
    try:
        qtbot.waitUntil(lambda: window.tabs.tabText(0).isascii())
        assert window.tabs.currentIndex() == 2
        assert window.content_section.currentIndex() == 2
    finally:
        window.actions.lang_vi.trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Đầu văn bản")
    assert window.content_section.currentIndex() == 2
    app = QApplication.instance()
    for translator in app.findChildren(QTranslator):  # leave the session as it was
        app.removeTranslator(translator)
