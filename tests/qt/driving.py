"""Driving the window as a person does, and counting every key press and click.

``Hands`` sends each key to the widget that has the focus and each click to a visible widget,
so a key that does not move the focus, or a field hidden behind another tab, fails the test
instead of being typed into anyway. It counts as it goes: a key (a character, or a key with its
modifiers: Ctrl+B is one), a click (Shift+click too), a notch of the mouse wheel. Tabs are
clicked on the way to a field that is not shown; combo boxes are opened with a click and chosen
from with the arrow keys and Enter.

Used by the tests that write whole documents in the window (``test_outline_window``) and by the
key count of issue 11 (``test_keycount``).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from gui.core.record import BlockKind
from gui.qt.outlineeditor import OutlineEditor

Key = Qt.Key
Mod = Qt.KeyboardModifier
LEFT = Qt.MouseButton.LeftButton
EDITING = QAbstractItemView.State.EditingState


def _holds(widget: QWidget, focus: QWidget | None) -> bool:
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


@dataclass
class Hands:
    """Keys and clicks on the real widgets, counted."""

    qtbot: Any
    keys: int = 0
    clicks: int = 0
    wheel: int = 0  # notches of the mouse wheel

    @property
    def total(self) -> int:
        """Every action taken."""
        return self.keys + self.clicks + self.wheel

    # --- the window ------------------------------------------------------------------------

    def activate(self, window: QWidget) -> None:
        """Make ``window`` the active window (not an action: the offscreen platform does not
        give it back after a popup closes, a desktop does)."""
        window.activateWindow()
        self.qtbot.waitUntil(window.isActiveWindow)

    def menu(self, window: QMainWindow, action: object) -> None:
        """Choose ``action`` from the menu bar: a click on the menu, a click on the item."""
        bar = window.menuBar()
        menu = next(
            a.menu()
            for a in bar.actions()
            if isinstance(a.menu(), QMenu) and action in a.menu().actions()  # type: ignore[union-attr]
        )
        title = menu.menuAction()
        self.click(bar, bar.actionGeometry(title).center())
        self.qtbot.waitUntil(menu.isVisible)
        self.click(menu, menu.actionGeometry(action).center())  # type: ignore[arg-type]
        self.qtbot.waitUntil(lambda: not menu.isVisible())
        self.activate(window)

    # --- mouse -----------------------------------------------------------------------------

    def click(
        self, widget: QWidget, pos: QPoint | None = None, modifier: Mod = Mod.NoModifier
    ) -> None:
        """One click on ``widget`` (at ``pos``, else its middle), which must be shown."""
        assert widget.isVisible(), f"{widget!r} is not shown: it cannot be clicked"
        self.qtbot.mouseClick(
            widget, LEFT, modifier, widget.rect().center() if pos is None else pos
        )
        self.clicks += 1

    def click_field(self, widget: QWidget) -> None:
        """Click into a field (shown first: the tabs on the way are clicked); it gets the
        focus."""
        self.reveal(widget)
        target = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
        if isinstance(widget, QSpinBox):
            target = widget.lineEdit()
        self.click(target)
        assert _holds(widget, QApplication.focusWidget()), "a click did not focus the field"

    def click_tab(self, tabs: QTabWidget, title: str) -> None:
        """Click the tab called ``title``."""
        bar = tabs.tabBar()
        i = next(i for i in range(tabs.count()) if tabs.tabText(i) == title)
        self.click(bar, bar.tabRect(i).center())
        assert tabs.currentIndex() == i

    def reveal(self, widget: QWidget) -> None:
        """Click the tabs (outer first) that hide ``widget``."""
        chain: list[tuple[QTabWidget, int]] = []
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QTabWidget):
                page = next(
                    i for i in range(parent.count()) if parent.widget(i).isAncestorOf(widget)
                )
                chain.append((parent, page))
            parent = parent.parentWidget()
        for tabs, i in reversed(chain):
            if tabs.currentIndex() != i:
                bar = tabs.tabBar()
                self.click(bar, bar.tabRect(i).center())
                assert tabs.currentIndex() == i
        assert widget.isVisible()

    def click_row(self, view: QAbstractItemView, index: QModelIndex) -> None:
        """Click the cell ``index`` (scrolling to it first counts a notch of the wheel)."""
        bar = view.verticalScrollBar()
        before = bar.value()
        view.scrollTo(index)
        if bar.value() != before:
            self.wheel += 1
        self.click(view.viewport(), view.visualRect(index).center())
        assert view.currentIndex() == index

    # --- keyboard --------------------------------------------------------------------------

    def _focus(self, into: QWidget | None) -> QWidget:
        """Where a key goes: the focused widget, or an open popup (a menu) that holds none."""
        self.qtbot.waitUntil(
            lambda: (
                QApplication.focusWidget() is not None
                or QApplication.activePopupWidget() is not None
            )
        )
        focus = QApplication.focusWidget()
        # not popup.focusWidget(): PySide then drops the wrapper of the list with the popup's
        popup = QApplication.activePopupWidget()
        if popup is not None and not _holds(popup, focus):
            focus = popup
        assert focus is not None
        if into is not None:
            assert _holds(into, focus), f"the keys would go to {focus!r}, not {into!r}"
        return focus

    def key(self, key: Key, modifier: Mod = Mod.NoModifier, into: QWidget | None = None) -> None:
        """One key (with its modifiers) to the focused widget (which must be in ``into``)."""
        target = self._focus(into)
        self.qtbot.keyClick(target, key, modifier)
        self.keys += 1
        self._after_cell_key(target)

    def shortcut(self, keys: str, into: QWidget | None = None) -> None:
        """A key with its modifiers, written as Qt writes it ("Ctrl+Shift+Ins")."""
        target = self._focus(into)
        self.qtbot.keySequence(target, QKeySequence(keys))
        self.keys += 1
        self._after_cell_key(target)

    @staticmethod
    def _after_cell_key(target: QWidget) -> None:
        """A key to a table or tree (or a cell's editor): what the event loop does before a
        person's next key, the work the key posted, runs. Enter in a cell posts the commit
        and the close of its editor; without this, the next action could close the editor
        first and the posted commit then meet an editor the view has let go (Qt:
        "commitData called with an editor that does not belong to this view"), which no
        person can make happen."""
        widget: QWidget | None = target
        while widget is not None and not isinstance(widget, QAbstractItemView):
            widget = widget.parentWidget()
        if widget is not None:
            QApplication.processEvents()

    def type(self, text: str, into: QWidget | None = None) -> None:
        """``text`` key by key, each to the focused widget, with the key events' text
        (QTest.keyClicks only knows ASCII; a Vietnamese layout sends the letter)."""
        self._focus(into)
        for ch in text:
            focus = self._focus(None)  # a cell's editor opens on the first key
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(focus, QKeyEvent(kind, 0, Mod.NoModifier, ch))
            self.keys += 1

    # --- fields ----------------------------------------------------------------------------

    def choose(self, combo: QComboBox, text: str) -> None:
        """Open the list with a click, go to ``text`` with the arrow keys, Enter."""
        target = combo.findText(text)
        assert target >= 0, text
        if combo.currentIndex() == target:
            return
        self.reveal(combo)
        self.click(combo)
        view = combo.view()
        self.qtbot.waitUntil(view.isVisible)
        while view.currentIndex().row() != target:
            self.key(Key.Key_Down if view.currentIndex().row() < target else Key.Key_Up, into=view)
        with self.qtbot.waitSignal(combo.activated):
            self.key(Key.Key_Return, into=view)
        self.qtbot.waitUntil(lambda: not view.isVisible())
        self.activate(combo.window())
        assert combo.currentIndex() == target

    def set_line(self, widget: QWidget, text: str) -> None:
        """Type a one-line field from scratch (select all first if it holds something)."""
        if widget.text() == text:  # type: ignore[attr-defined]
            return
        self.click_field(widget)
        if widget.text():  # type: ignore[attr-defined]
            self.key(Key.Key_A, Mod.ControlModifier, into=widget)
        self.type(text, into=widget)

    def set_lines(self, widget: QPlainTextEdit, lines: list[str]) -> None:
        """Type a multi-line field from scratch (select all first if it holds something)."""
        if widget.toPlainText().split("\n") == lines:
            return
        self.click_field(widget)
        if widget.toPlainText():
            self.key(Key.Key_A, Mod.ControlModifier, into=widget)
        for n, line in enumerate(lines):
            if n:
                self.key(Key.Key_Return, into=widget)
            self.type(line, into=widget)

    def edit_lines(self, widget: QPlainTextEdit, new: list[str]) -> None:
        """Change only the lines that differ, with the keyboard, from the last change up."""
        old = widget.toPlainText().split("\n")
        ops = difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
        changed = [op for op in ops if op[0] != "equal"]
        if not changed:
            return
        self.click_field(widget)
        for tag, i1, i2, j1, j2 in reversed(changed):
            self.key(Key.Key_Home, Mod.ControlModifier, into=widget)
            for _ in range(i1):
                self.key(Key.Key_Down, into=widget)
            if tag == "insert":
                for line in new[j1:j2]:
                    self.type(line, into=widget)
                    self.key(Key.Key_Return, into=widget)
                continue
            for _ in range(i2 - i1 - 1):
                self.key(Key.Key_Down, Mod.ShiftModifier, into=widget)
            self.key(Key.Key_End, Mod.ShiftModifier, into=widget)
            if tag == "delete":
                self.key(Key.Key_Delete, into=widget)
                self.key(Key.Key_Delete, into=widget)  # the line break
                continue
            for n, line in enumerate(new[j1:j2]):
                if n:
                    self.key(Key.Key_Return, into=widget)
                self.type(line, into=widget)
        assert widget.toPlainText().split("\n") == new

    def click_at(self, edit: QPlainTextEdit, position: int, modifier: Mod = Mod.NoModifier) -> None:
        """Click in ``edit`` just before the character at ``position`` (Shift: select up to
        it), scrolling it into view with the wheel first."""
        viewport = edit.viewport()

        def rect() -> QRect:
            cursor = QTextCursor(edit.document())
            cursor.setPosition(position)
            return edit.cursorRect(cursor)

        for _ in range(200):
            r = rect()
            if r.top() >= 0 and r.bottom() <= viewport.height():
                break
            notch = 120 if r.top() < 0 else -120  # up, down
            middle = QPointF(viewport.rect().center())
            QApplication.sendEvent(
                viewport,
                QWheelEvent(
                    middle,
                    QPointF(viewport.mapToGlobal(middle.toPoint())),
                    QPoint(),
                    QPoint(0, notch),
                    Qt.MouseButton.NoButton,
                    Mod.NoModifier,
                    Qt.ScrollPhase.NoScrollPhase,
                    False,
                ),
            )
            self.wheel += 1
        r = rect()
        self.click(viewport, QPoint(r.left() + 1, r.center().y()), modifier)
        assert edit.textCursor().position() == position, (edit.textCursor().position(), position)

    def edit_text(self, edit: QPlainTextEdit, new: str) -> None:
        """Change the text of ``edit`` into ``new`` as a person does, run of changed words by
        run: a click before the first changed character, a Shift+click after the last, the new
        words typed over the selection (Delete when nothing replaces them)."""
        shift = 0
        for start, end, words in changed_runs(edit.toPlainText(), new):
            self.click_at(edit, start + shift)
            if end > start:
                self.click_at(edit, end + shift, Mod.ShiftModifier)
            if words:
                self.type(words, into=edit)
            else:
                self.key(Key.Key_Delete, into=edit)
            shift += len(words) - (end - start)
        assert edit.toPlainText() == new

    # --- the outline editor ------------------------------------------------------------------

    def focus_tree(self, editor: OutlineEditor) -> None:
        """Give the outline the focus for its shortcuts: a click on the selected entry."""
        if not editor.view.hasFocus():
            self.click_row(editor.view, editor.current())

    def select(self, editor: OutlineEditor, index: QModelIndex) -> None:
        """Select the section or block at ``index`` with a click (none when it is selected
        and the outline has the focus)."""
        if editor.current() != index or not editor.view.hasFocus():
            self.click_row(editor.view, index)

    def new_section(
        self, editor: OutlineEditor, heading: str, numbering: str, keys: str = "Ctrl+Ins"
    ) -> None:
        """Add a section with ``keys``, type its heading in place (Esc: none), choose its
        numbering."""
        view = editor.view
        self.focus_tree(editor)
        self.shortcut(keys, into=view)
        self.qtbot.waitUntil(lambda: view.state() == EDITING)
        if heading:
            self.type(heading, into=view)
            self.key(Key.Key_Return, into=view)
        else:
            self.key(Key.Key_Escape, into=view)
        self.qtbot.waitUntil(lambda: view.state() != EDITING)
        assert editor.editor() is editor.section_editor
        self.choose(editor.section_editor.numbering, numbering)

    def add_block(self, editor: OutlineEditor, kind: BlockKind) -> None:
        """Ctrl+B, then the kind chosen in the menu with the arrow keys and Enter."""
        self.focus_tree(editor)
        self.shortcut("Ctrl+B", into=editor.view)
        menu = editor.add_block_menu
        self.qtbot.waitUntil(menu.isVisible)
        position = [a.data() for a in menu.actions()].index(kind.value)
        for _ in range(position + 1):
            self.key(Key.Key_Down, into=menu)
        self.key(Key.Key_Return, into=menu)
        self.qtbot.waitUntil(lambda: not menu.isVisible())
        self.activate(editor.window())
        assert editor.model.block(editor.current()).kind is kind  # type: ignore[union-attr]

    def paragraphs(self, editor: OutlineEditor, *lines: str, bullet: str = "") -> None:
        """A paragraphs block: its bullet ("-", "+") chosen, its lines typed."""
        self.add_block(editor, BlockKind.PARAGRAPHS)
        block = editor.paragraphs_editor
        assert editor.editor() is block
        self.choose(block.bullet, block.bullet.itemText(block.bullet.findData(bullet)))
        self.click_field(block.text)
        for n, line in enumerate(lines):
            if n:
                self.key(Key.Key_Return, into=block.text)
            self.type(line, into=block.text)

    def tasks(self, editor: OutlineEditor, *tasks: tuple[str, str, str]) -> None:
        """A tasks block: for each task its department, its sentence and a worded deadline."""
        self.add_block(editor, BlockKind.TASKS)
        table = editor.tasks_editor.tasks
        model, view = table.model, table.view
        for row, (department, content, deadline) in enumerate(tasks):
            if row == 0:  # into the empty table
                self.click(view.viewport())
            self.qtbot.waitUntil(view.hasFocus)
            self.shortcut("Ctrl+Ins", into=view)  # opens the department cell
            self.qtbot.waitUntil(lambda: view.state() == EDITING)
            self.type(department, into=view)
            self.key(Key.Key_Return, into=view)
            self.qtbot.waitUntil(lambda: view.state() != EDITING)
            for name, text in (("content", content), ("deadline_text", deadline)):
                self.click_row(view, model.index(row, model.column_of(name)))
                self.key(Key.Key_F2, into=view)
                self.qtbot.waitUntil(lambda: view.state() == EDITING)
                self.type(text, into=view)
                self.key(Key.Key_Return, into=view)


_WORDS = re.compile(r"^\s+|\S+\s*")  # a word and the spaces after it (and those before the first)
_PIECES = re.compile(r"\w+|\s+|[^\w\s]")  # what a double-click selects: a word, a sign, spaces


def _common(a: list[str], b: list[str]) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def changed_runs(old: str, new: str) -> list[tuple[int, int, str]]:
    """Where ``new`` differs from ``old``: (start, end, text) — the characters of ``old`` from
    start to end are replaced by text. Compared word by word; a changed run of words is then
    trimmed of the pieces (words, signs) it starts and ends with unchanged, as a person selects
    only "3120" to turn "3120/QĐ-SCT" into "1050/QĐ-SCT"."""
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    offsets = [0]
    for word in a:
        offsets.append(offsets[-1] + len(word))
    runs: list[tuple[int, int, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        start, end = offsets[i1], offsets[i2]
        was, now = _PIECES.findall(old[start:end]), _PIECES.findall("".join(b[j1:j2]))
        head = _common(was, now)
        tail = _common(was[head:][::-1], now[head:][::-1])
        start += len("".join(was[:head]))
        end -= len("".join(was[len(was) - tail :]))
        runs.append((start, end, "".join(now[head : len(now) - tail])))
    return runs
