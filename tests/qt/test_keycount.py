"""Issue 11, "Done when" 1: writing the notice TB-1894 (tests/data/real/) twice, counting key
presses and clicks — from File → New, typing everything, and from File → Nhập từ văn bản… of the
previous round's notice followed by edits. The import path must need less than half.

Every action is a key press or a click on the real widgets, made and counted by
``tests.qt.driving.Hands``: keys go to the widget that has the focus, clicks to widgets that
are shown (the tabs on the way are clicked), lists are opened with a click and chosen from with
the arrow keys. Only the two clicks in the file dialog of the import are counted without being
made (dialogs go through the window's seam in tests).

- The header, Nơi nhận, the closing sentence and the signer: typed into their fields.
- The partial issue date "ngày … tháng 4 năm 2026": typed "4/2026" into Ngày ban hành, never
  picked from a calendar; on the import path over the previous notice's full date (Ctrl+A).
- The body, from New: the default outline's sections I–III and its generated opening deleted
  (a click, Delete), then each section added with Ctrl+Ins, its heading typed in place and its
  numbering chosen, each block added with Ctrl+B and the menu, its bullet chosen, its
  paragraphs typed. From the import: in each paragraph block that differs, each changed run of
  words is selected (a click before it, a Shift+click after it) and the new words typed over it.

A character counts as one key (Vietnamese typed with Telex or VNI needs more, on both paths).
"""

from __future__ import annotations

import difflib

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from gui.core.compose import Kind, compose
from gui.core.importer import import_file
from gui.core.record import BlockKind, Header, Numbering, Record, Section
from gui.qt.dialogs import SaveChoice
from gui.qt.mainwindow import MainWindow
from gui.qt.outlineeditor import OutlineEditor
from gui.qt.outlinemodel import numbering_labels
from tests import importkit as kit

from ..conftest import ROOT
from .driving import Hands, changed_runs

PREVIOUS = ROOT / "tests" / "data" / "constructed" / "TB-SCT-vlncn-previous-round.txt"
Key = Qt.Key
Mod = Qt.KeyboardModifier


def _field(window: MainWindow, *path: object) -> QWidget:
    w = window.binder.widget_for(tuple(path))
    assert w is not None, path
    return w


def _signer(window: MainWindow, hands: Hands, target: Record) -> None:
    s = target.closing.signer
    combo = _field(window, "closing", "signer", "authority")
    assert isinstance(combo, QComboBox)
    hands.choose(combo, combo.itemText(combo.findData(s.authority.value)))
    for name in ("authority_of", "intermediate", "position", "name"):
        hands.set_line(_field(window, "closing", "signer", name), getattr(s, name))


def _partial_issue_date(window: MainWindow, hands: Hands, h: Header) -> None:
    """The partial issue date ("ngày … tháng 4 năm 2026"): "4/2026" typed into Ngày ban hành
    (over what it held), the day left for signing."""
    issued = _field(window, "header", "issue_date")
    hands.click_field(issued)
    if issued.text():  # type: ignore[attr-defined]
        hands.key(Key.Key_A, Mod.ControlModifier, into=issued)
    hands.type(f"{h.issue_month}/{h.issue_year}", into=issued)
    hands.key(Key.Key_Tab, into=issued)
    header = window.doc.record.header
    assert (header.issue_date, header.issue_month, header.issue_year) == (
        None,
        h.issue_month,
        h.issue_year,
    )


def _notice_outline(window: MainWindow) -> OutlineEditor:
    return window.content_section.notice.outline


def _type_blocks(hands: Hands, editor: OutlineEditor, section: Section) -> None:
    for block in section.blocks:
        assert block.kind is BlockKind.PARAGRAPHS and not block.italic, block
        hands.paragraphs(editor, *block.paragraphs, bullet=block.bullet)


def _type_sections(
    hands: Hands, editor: OutlineEditor, sections: list[Section], after: QModelIndex
) -> None:
    """Each section added after the one before it (the first after ``after`` or, when that is
    invalid, into the section selected), its heading typed, its numbering chosen, its blocks
    added and typed; then its sub-sections."""
    model = editor.model
    for section in sections:
        keys = "Ctrl+Ins"
        if after.isValid():
            hands.select(editor, after)
        else:
            keys = "Ctrl+Shift+Ins"
        hands.new_section(editor, section.heading, numbering_labels()[section.numbering], keys)
        here = model.path(editor.current())  # stays: what follows is added after it
        _type_blocks(hands, editor, section)
        if section.sections:
            hands.select(editor, model.index_for(here))
            _type_sections(hands, editor, section.sections, QModelIndex())
        after = model.index_for(here)


def _write_outline(window: MainWindow, hands: Hands, outline: list[Section]) -> None:
    """From the default outline of a new notice: its sections I–III removed, the generated
    opening of the first removed; then the body typed."""
    editor = _notice_outline(window)
    model, view = editor.model, editor.view
    hands.reveal(view)
    while model.rowCount() > 1:
        hands.select(editor, model.index(model.rowCount() - 1, 0))
        hands.key(Key.Key_Delete, into=view)
    first = model.index(0, 0)
    assert model.rowCount(first) == 1  # the generated opening
    hands.select(editor, model.index(0, 0, first))
    hands.key(Key.Key_Delete, into=view)
    assert model.rowCount(first) == 0
    top, *rest = outline
    assert not top.heading and top.numbering is Numbering.NONE and not top.sections
    hands.select(editor, first)
    _type_blocks(hands, editor, top)
    _type_sections(hands, editor, rest, first)


def _edit_outline(window: MainWindow, hands: Hands, old: list[Section], new: list[Section]) -> None:
    """The changed words of each paragraph edited in place; the shape is the same."""
    editor = _notice_outline(window)
    model = editor.model
    hands.reveal(editor.view)

    def walk(a: list[Section], b: list[Section], parent: QModelIndex) -> None:
        assert len(a) == len(b), "the previous round's notice has the same shape"
        for row, (x, y) in enumerate(zip(a, b, strict=True)):
            assert (x.heading, x.numbering, len(x.blocks)) == (
                y.heading,
                y.numbering,
                len(y.blocks),
            )
            section = model.index(row, 0, parent)
            for n, (p, q) in enumerate(zip(x.blocks, y.blocks, strict=True)):
                assert (p.kind, p.bullet, p.italic) == (q.kind, q.bullet, q.italic)
                assert p.kind is BlockKind.PARAGRAPHS
                if p.paragraphs != q.paragraphs:
                    hands.select(editor, model.index(n, 0, section))
                    text = editor.paragraphs_editor.text
                    assert isinstance(text, QPlainTextEdit)
                    hands.edit_text(text, "\n".join(q.paragraphs))
            walk(x.sections, y.sections, section)

    walk(old, new, QModelIndex())


def _from_new(window: MainWindow, hands: Hands, target: Record) -> None:
    hands.menu(window, window.actions.file_new)
    h = target.header
    for name in ("parent_agency", "agency", "agency_code", "doc_kind", "place"):
        hands.set_line(_field(window, "header", name), getattr(h, name))
    hands.set_lines(_field(window, "header", "summary"), h.summary.split("\n"))  # type: ignore[arg-type]
    _partial_issue_date(window, hands, h)
    assert target.notice.outline is not None
    _write_outline(window, hands, target.notice.outline)
    hands.set_lines(_field(window, "closing", "sentence"), target.closing.sentence.split("\n"))  # type: ignore[arg-type]
    hands.set_lines(_field(window, "closing", "recipients"), target.closing.recipients)  # type: ignore[arg-type]
    _signer(window, hands, target)


def _from_import(window: MainWindow, hands: Hands, target: Record) -> None:
    window.dialogs.open_file = lambda *args: str(PREVIOUS)  # type: ignore[method-assign]
    hands.menu(window, window.actions.file_import)
    hands.clicks += 2  # in the file dialog (not shown in a test): the file, then Open
    doc = window.doc
    assert doc.record.header.number == 2150
    number = _field(window, "header", "number")
    hands.click_field(number)
    hands.key(Key.Key_A, Mod.ControlModifier, into=number)
    hands.key(Key.Key_Backspace, into=number)
    hands.key(Key.Key_Tab, into=number)
    assert doc.record.header.number is None
    _partial_issue_date(window, hands, target.header)  # typed over the old date
    old, new = doc.record.notice.outline, target.notice.outline
    assert old is not None and new is not None
    _edit_outline(window, hands, old, new)
    hands.edit_lines(_field(window, "closing", "recipients"), target.closing.recipients)  # type: ignore[arg-type]
    _signer(window, hands, target)


def _assert_written(window: MainWindow, target: Record) -> None:
    got = compose(window.doc.record, Kind.NOTICE).plain_text()
    want = compose(target, Kind.NOTICE).plain_text()
    assert got == want, "\n".join(
        difflib.unified_diff(want.split("\n"), got.split("\n"), lineterm="")
    )


def test_import_path_needs_less_than_half_the_actions(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    target = import_file(kit.TB_1894).record
    Hands(qtbot).activate(window)
    new = Hands(qtbot)
    _from_new(window, new, target)
    _assert_written(window, target)

    window.dialogs.ask_save_changes = lambda *a: SaveChoice.DISCARD  # type: ignore[method-assign]
    imported = Hands(qtbot)
    _from_import(window, imported, target)
    _assert_written(window, target)

    for name, h in (("File → New", new), ("Import + edits", imported)):
        print(f"{name}: {h.total} actions = {h.keys} keys + {h.clicks} clicks + {h.wheel} wheel")
    assert imported.total * 2 < new.total


def test_changed_words_are_selected_and_typed_over(qtbot) -> None:  # type: ignore[no-untyped-def]
    """How the import path edits a paragraph: only the changed words, scrolling to them."""
    line = "Dòng {}: Quyết định số 3120/QĐ-SCT ngày 15/8/2025."
    old = "\n".join(line.format(n) for n in range(40))
    new = old.replace(
        "Dòng 2: Quyết định số 3120/QĐ-SCT ngày 15/8/2025.", "Dòng 2: Quyết định số 3120/QĐ-SCT."
    ).replace("Dòng 35: Quyết định số 3120", "Dòng 35: Quyết định số 1050")
    assert changed_runs(old, new) == [
        (old.index(" ngày", old.index("Dòng 2:")), old.index(".", old.index("Dòng 2:")), ""),
        (old.index("3120", old.index("Dòng 35:")), old.index("/", old.index("Dòng 35:")), "1050"),
    ]
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText(old)
    edit.resize(320, 120)
    edit.show()
    qtbot.waitExposed(edit)
    hands = Hands(qtbot)
    hands.activate(edit)
    hands.edit_text(edit, new)
    assert edit.toPlainText() == new
    # each run: a click and a Shift+click; Delete for the words gone, "1050" typed
    assert (hands.clicks, hands.keys) == (4, 1 + 4)
    assert hands.wheel > 0  # line 35 is below the fold
