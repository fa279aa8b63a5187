"""The outline editor: the tree model, every kind of edit with undo and redo, drag and drop."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt

from gui.core.compose import Kind, compose
from gui.core.outline import default_notice_outline
from gui.core.record import Block, BlockKind, Numbering, Record, Section, Speaker, Task
from gui.core.recordfile import load_record
from gui.qt.document import RecordDocument
from gui.qt.outlinemodel import OutlineModel

from ..conftest import SEED_LAO_CAI, SEED_QN


@pytest.fixture
def doc(qtbot) -> RecordDocument:  # type: ignore[no-untyped-def]
    return RecordDocument(load_record(SEED_QN))


def _sample_outline() -> list[Section]:
    return [
        Section(blocks=[Block(BlockKind.OPENING, with_place=True)]),
        Section(
            "",
            Numbering.ARABIC,
            [Block(BlockKind.PARAGRAPHS, paragraphs=["Đánh giá cao các bộ, ngành."])],
        ),
        Section(
            "",
            Numbering.ARABIC,
            [Block(BlockKind.PARAGRAPHS, paragraphs=["Nhiệm vụ thời gian tới:"])],
            [
                Section(
                    "Về quy hoạch:",
                    Numbering.DASH,
                    [
                        Block(
                            BlockKind.TASKS,
                            tasks=[Task("Bộ Xây dựng chủ trì …", department="Bộ Xây dựng")],
                        )
                    ],
                ),
                Section("Về vốn:", Numbering.DASH, [Block(BlockKind.PARAGRAPHS, paragraphs=["x"])]),
            ],
        ),
    ]


@pytest.fixture
def shaped(qtbot) -> RecordDocument:  # type: ignore[no-untyped-def]
    record = load_record(SEED_QN)
    record.notice.outline = _sample_outline()
    return RecordDocument(record)


def _rows(model: OutlineModel, parent: QModelIndex | None = None) -> list[object]:
    """The tree as nested (text, children) for comparisons."""
    parent = parent or QModelIndex()
    out: list[object] = []
    for r in range(model.rowCount(parent)):
        index = model.index(r, 0, parent)
        text = model.data(index)
        children = _rows(model, index)
        out.append((text, children) if children else text)
    return out


def test_the_default_outline_of_an_old_record_is_shown(qtmodeltester, doc) -> None:  # type: ignore[no-untyped-def]
    assert doc.record.notice.outline is None
    model = OutlineModel(doc, "notice")
    qtmodeltester.check(model)
    rows = _rows(model)
    assert rows[0] == ("(mục không tiêu đề)", ["Câu mở đầu"])
    # numbered as printed: the seed reviews no previous tasks, so that section is left out
    assert rows[1] == (
        "TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ KỲ TRƯỚC (trống, không in)",
        ["Nhiệm vụ kỳ trước (từ mục Nội dung)"],
    )
    assert rows[2] == ("I. ĐÁNH GIÁ CHUNG", ["Kết quả, hạn chế (từ mục Nội dung)"])
    minutes = OutlineModel(doc, "minutes")
    qtmodeltester.check(minutes)
    assert len(_rows(minutes)[0][1]) == 4  # type: ignore[index,arg-type]


def test_the_first_edit_makes_the_default_outline_the_records_own(doc) -> None:  # type: ignore[no-untyped-def]
    model = OutlineModel(doc, "notice")
    before = compose(doc.record).plain_text()
    heading = model.index(2, 0)
    assert model.setData(heading, "ĐÁNH GIÁ KẾT QUẢ")
    outline = doc.record.notice.outline
    assert outline is not None
    assert outline[0].blocks[0].with_place is False  # prints as version 3 did
    assert outline[2].heading == "ĐÁNH GIÁ KẾT QUẢ"
    assert doc.undo_stack.count() == 1  # one step: the outline made and renamed
    after = compose(doc.record).plain_text()
    assert after == before.replace("ĐÁNH GIÁ CHUNG", "ĐÁNH GIÁ KẾT QUẢ")
    doc.undo_stack.undo()
    assert doc.record.notice.outline is None
    assert model.data(model.index(2, 0)) == "I. ĐÁNH GIÁ CHUNG"
    doc.undo_stack.redo()
    assert model.data(model.index(2, 0)) == "I. ĐÁNH GIÁ KẾT QUẢ"


def test_typing_a_heading_in_the_default_outline_is_one_step(doc) -> None:  # type: ignore[no-untyped-def]
    model = OutlineModel(doc, "notice")
    path = ("notice", "outline", 2, "heading")
    for typed in ("B", "Bá", "Báo", "Báo cáo"):  # key by key, as the heading editor sends it
        model.set_value(path, typed, "Tiêu đề mục", merge=True)
    assert doc.record.notice.outline is not None
    assert doc.record.notice.outline[2].heading == "Báo cáo"
    assert doc.undo_stack.count() == 1  # one word typed, one step (it was two)
    doc.undo_stack.undo()
    assert doc.record.notice.outline is None
    assert model.value(path) == "ĐÁNH GIÁ CHUNG"
    doc.undo_stack.redo()
    assert doc.record.notice.outline[2].heading == "Báo cáo"


def _edits() -> dict[str, Callable[[OutlineModel], object]]:
    def section(model: OutlineModel, *rows: int) -> QModelIndex:
        index = QModelIndex()
        for r in rows:
            index = model.index(r, 0, index)
        assert index.isValid()
        return index

    return {
        "add section": lambda m: m.add_section(section(m, 1)),
        "add sub-section": lambda m: m.add_section(section(m, 1), child=True),
        "add block": lambda m: m.add_block(section(m, 2, 0), Block(BlockKind.TABLE, rows=[["a"]])),
        "remove section": lambda m: m.remove(section(m, 2)),
        "remove block": lambda m: m.remove(section(m, 2, 0)),
        "move up": lambda m: m.move(section(m, 2), -1),
        "move down": lambda m: m.move(section(m, 1), 1),
        "move sub-section": lambda m: m.move(section(m, 2, 2), -1),
        "indent section": lambda m: m.indent(section(m, 2)),
        "outdent section": lambda m: m.outdent(section(m, 2, 1)),
        "indent block": lambda m: m.indent(section(m, 2, 0)),
        "outdent block": lambda m: m.outdent(section(m, 2, 1, 0)),
        "rename": lambda m: m.setData(section(m, 2, 2), "Về vốn đầu tư công:"),
        "numbering": lambda m: m.set_value(
            (*m.path(section(m, 1)), "numbering"), Numbering.LETTER, "x"
        ),
        "paragraphs": lambda m: m.set_value(
            (*m.path(section(m, 1, 0)), "paragraphs"), ["Một.", "Hai."], "x"
        ),
        "replace block": lambda m: m.set_value(
            m.path(section(m, 0, 0)), Block(BlockKind.PARAGRAPHS, paragraphs=["Ngày …"]), "x"
        ),
    }


@pytest.mark.parametrize("name", list(_edits()))
def test_each_edit_is_one_undo_step_and_the_model_follows(qtmodeltester, shaped, name) -> None:  # type: ignore[no-untyped-def]
    model = OutlineModel(shaped, "notice")
    fresh = OutlineModel(shaped, "notice")
    before = copy.deepcopy(shaped.record)
    before_rows = _rows(model)
    _edits()[name](model)
    assert shaped.undo_stack.count() == 1
    after = copy.deepcopy(shaped.record)
    assert after != before
    qtmodeltester.check(model)
    after_rows = _rows(model)
    assert after_rows == _rows(OutlineModel(shaped, "notice"))  # as if built afresh
    assert after_rows == _rows(fresh)
    shaped.undo_stack.undo()
    assert shaped.record == before
    assert _rows(model) == before_rows
    qtmodeltester.check(model)
    shaped.undo_stack.redo()
    assert shaped.record == after
    assert _rows(model) == after_rows


def test_indent_and_outdent_move_where_the_outline_says(shaped) -> None:  # type: ignore[no-untyped-def]
    model = OutlineModel(shaped, "notice")
    outline = shaped.record.notice.outline
    third = outline[2]
    assert model.indent(model.index(2, 0))  # the third section under the second
    assert outline[1].sections == [third]
    assert not model.indent(model.index(0, 0))  # the first has nothing before it
    assert model.outdent(model.index(1, 0, model.index(1, 0)))
    assert outline[2] is third
    assert not model.outdent(model.index(2, 0))  # already at the top
    topic = model.index(1, 0, model.index(2, 0))  # the first topic: its tasks block
    block = model.index(0, 0, topic)
    tasks = outline[2].sections[0].blocks[0]
    assert model.outdent(block)  # into the section above it
    assert outline[2].blocks[-1] is tasks
    assert model.indent(model.index(1, 0, model.index(2, 0)))  # back into the first topic
    assert outline[2].sections[0].blocks[0] is tasks


def _drag(model: OutlineModel, source: QModelIndex, row: int, parent: QModelIndex) -> bool:
    mime = model.mimeData([source])
    if not model.canDropMimeData(mime, Qt.DropAction.MoveAction, row, 0, parent):
        return False
    model.dropMimeData(mime, Qt.DropAction.MoveAction, row, 0, parent)
    return True


def test_drag_and_drop_moves_sections_and_blocks(qtmodeltester, shaped) -> None:  # type: ignore[no-untyped-def]
    model = OutlineModel(shaped, "notice")
    outline = shaped.record.notice.outline
    first, second, third = outline
    # a section dropped before the first
    assert _drag(model, model.index(2, 0), 0, QModelIndex())
    assert outline == [third, first, second]
    qtmodeltester.check(model)
    shaped.undo_stack.undo()
    assert outline == [first, second, third]
    # a block dropped into another section (on the section: at the end of its blocks)
    opening = first.blocks[0]
    assert _drag(model, model.index(0, 0, model.index(0, 0)), -1, model.index(1, 0))
    assert first.blocks == [] and second.blocks[-1] is opening
    assert shaped.undo_stack.count() == 1  # the undone drop was replaced
    qtmodeltester.check(model)
    # a block dropped on a block: just after it
    topic = model.index(1, 0, model.index(2, 0))
    paragraph = second.blocks[0]
    assert _drag(model, model.index(0, 0, model.index(1, 0)), -1, model.index(0, 0, topic))
    assert third.sections[0].blocks[1] is paragraph
    assert second.blocks == [opening]
    # a section cannot go into itself, a block not between top sections
    assert not _drag(model, model.index(2, 0), -1, topic)
    assert not _drag(model, model.index(0, 0, model.index(1, 0)), 0, QModelIndex())
    qtmodeltester.check(model)
    while shaped.undo_stack.canUndo():
        shaped.undo_stack.undo()
    assert outline == [first, second, third] and first.blocks == [opening]


def test_a_section_dragged_into_a_later_sibling_lands_there(shaped) -> None:  # type: ignore[no-untyped-def]
    model = OutlineModel(shaped, "notice")
    outline = shaped.record.notice.outline
    second, third = outline[1], outline[2]
    assert _drag(model, model.index(1, 0), -1, model.index(2, 0))  # counted before it leaves
    assert outline[1] is third and third.sections[-1] is second


def test_tasks_written_in_the_outline_are_tracked_with_their_path(shaped) -> None:  # type: ignore[no-untyped-def]
    model = OutlineModel(shaped, "notice")
    topic = model.index(1, 0, model.index(2, 0))
    path = model.path(model.index(0, 0, topic))
    shaped.insert(
        (*path, "tasks"), 1, Task("Bộ Tài chính chủ trì, phối hợp …", department="Bộ Tài chính")
    )
    tracked = [t for t in shaped.record.tracked_tasks() if t.path[0] == "notice"]
    assert [t.department for t in tracked] == ["Bộ Xây dựng", "Bộ Tài chính"]
    assert tracked[1].path == (*path, "tasks", 1)
    assert model.data(model.index(0, 0, topic)) == "Nhiệm vụ: 2 nhiệm vụ"


def test_a_record_with_many_sections_stays_consistent(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    record = load_record(SEED_LAO_CAI)
    record.notice.outline = default_notice_outline()
    doc = RecordDocument(record)
    model = OutlineModel(doc, "notice")
    for i in range(6):
        model.add_section(model.index(i % 3, 0), child=bool(i % 2))
        model.add_block(
            model.index(0, 0), Block(BlockKind.SPEECHES, speeches=[Speaker("A", ["b"])])
        )
    qtmodeltester.check(model)
    assert _rows(model) == _rows(OutlineModel(doc, "notice"))
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.record.notice.outline == default_notice_outline()
    qtmodeltester.check(model)


def test_numbers_follow_the_siblings(shaped) -> None:  # type: ignore[no-untyped-def]
    model = OutlineModel(shaped, "notice")
    assert model.data(model.index(1, 0)) == "1. (mục không tiêu đề)"
    assert model.data(model.index(2, 0)) == "2. (mục không tiêu đề)"
    assert model.data(model.index(1, 0, model.index(2, 0))) == "- Về quy hoạch:"
    changed: list[object] = []
    model.dataChanged.connect(lambda a, b, roles=(): changed.append((a.row(), b.row())))
    model.move(model.index(2, 0), -1)
    assert model.data(model.index(1, 0)) == "1. (mục không tiêu đề)"
    assert changed  # the numbers were shown again
    model.set_value((*model.path(model.index(1, 0)), "numbering"), Numbering.NONE, "x")
    assert model.data(model.index(2, 0)) == "1. (mục không tiêu đề)"


def test_numbers_follow_what_prints_once_typing_pauses(qtbot, shaped) -> None:  # type: ignore[no-untyped-def]
    model = OutlineModel(shaped, "notice")
    second = model.index(1, 0)
    assert model.data(model.index(2, 0)) == "2. (mục không tiêu đề)"
    model.set_value((*model.path(model.index(0, 0, second)), "paragraphs"), [""], "x")
    qtbot.waitUntil(lambda: model.data(second) == "(mục không tiêu đề) (trống, không in)")
    assert model.data(model.index(2, 0)) == "1. (mục không tiêu đề)"
    shaped.undo_stack.undo()
    qtbot.waitUntil(lambda: model.data(model.index(2, 0)) == "2. (mục không tiêu đề)")


def test_the_new_record_composes_the_place_into_the_opening() -> None:
    record = Record()
    record.notice.outline = default_notice_outline()
    record.meeting.location = "trụ sở Chính phủ"
    record.meeting.date = dt.date(2024, 10, 7)
    record.meeting.chair.name = "A"
    record.meeting.name = "về B"
    assert (
        "Ngày 07 tháng 10 năm 2024, tại trụ sở Chính phủ, "
        in compose(record, Kind.NOTICE).plain_text()
    )
