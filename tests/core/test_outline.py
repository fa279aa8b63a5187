"""The document outline (schema version 4): sections and blocks composed as the secretary
shaped them, numbers computed, tasks tracked wherever they are written."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import pytest

from gui.core.checks import Check
from gui.core.checks import check_record as check
from gui.core.compose import Kind, Paragraph, Role, Table, compose, number_label
from gui.core.library import LibraryIndex, write_back
from gui.core.outline import default_notice_outline
from gui.core.record import (
    Attendee,
    AttendeeStyle,
    Block,
    BlockKind,
    IntroOrder,
    Numbering,
    Person,
    Record,
    Section,
    SignatureBlock,
    Speaker,
    Task,
    TaskStatus,
)
from gui.core.recordfile import load_record, record_from_data, record_to_data, save_record
from gui.core.tracking import next_meeting

ROOT = Path(__file__).resolve().parents[2]
SEED_QN = ROOT / "seeds" / "quang-ninh-giao-ban-q3-2017.bienban.json"
SEED_LAO_CAI = ROOT / "seeds" / "lao-cai-cum-cong-nghiep-2026.bienban.json"


def _texts(record: Record, kind: Kind = Kind.NOTICE) -> list[str]:
    return [e.plain() for e in compose(record, kind).body]


def test_numbers_are_computed_roman_arabic_nested_vietnamese_letters() -> None:
    assert [number_label(Numbering.ROMAN, n) for n in (1, 4, 9)] == ["I.", "IV.", "IX."]
    assert number_label(Numbering.ARABIC, 3) == "3."
    assert number_label(Numbering.NESTED, 2, "1.") == "1.2."
    assert number_label(Numbering.NESTED, 2, "1.3.") == "1.3.2."
    assert number_label(Numbering.NESTED, 2, "II.") == "2."  # a Roman parent is not nested
    # NĐ 30 letters points with the Vietnamese alphabet: a b c d đ e g …
    assert [number_label(Numbering.LETTER, n) for n in range(1, 8)] == [
        "a)", "b)", "c)", "d)", "đ)", "e)", "g)",
    ]  # fmt: skip
    assert number_label(Numbering.DASH, 5) == "-"


def _gov_office_record() -> Record:
    """A notice in the Government Office's style: numbered conclusions, "- Về …:" topics."""
    r = Record()
    r.meeting.date = dt.date(2024, 10, 7)
    r.meeting.location = "trụ sở Chính phủ"
    r.meeting.name = "về tình hình thực hiện dự án"
    r.meeting.chair = Person("Trần Hồng Hà", "Phó Thủ tướng Chính phủ")
    r.notice.outline = [
        Section(blocks=[Block(BlockKind.OPENING, intro_order=IntroOrder.POSITION_FIRST)]),
        Section(
            "",
            Numbering.ARABIC,
            [Block(BlockKind.PARAGRAPHS, paragraphs=["Đánh giá cao sự chủ động của các bộ."])],
        ),
        Section(
            "Nhiệm vụ thời gian tới",
            Numbering.ARABIC,
            sections=[
                Section(
                    "Về vốn:",
                    Numbering.DASH,
                    [
                        Block(
                            BlockKind.TASKS,
                            tasks=[
                                Task(
                                    "Bộ Tài chính chủ trì, phối hợp với các bộ rà soát vốn",
                                    department="Bộ Tài chính",
                                    deadline=dt.date(2024, 10, 20),
                                )
                            ],
                        )
                    ],
                ),
                Section("Về đất đai:", Numbering.DASH, [Block(BlockKind.TASKS)]),  # empty
            ],
        ),
    ]
    return r


def test_government_office_notice_prints_as_written() -> None:
    r = _gov_office_record()
    body = compose(r, Kind.NOTICE).body
    texts = [e.plain() for e in body]
    assert texts[0] == (
        "Ngày 07 tháng 10 năm 2024, tại trụ sở Chính phủ, Phó Thủ tướng Chính phủ Trần Hồng Hà "
        "đã chủ trì cuộc họp về tình hình thực hiện dự án."
    )
    # a numbered section without a heading numbers its first paragraph; no invented headings
    assert texts[1] == "1. Đánh giá cao sự chủ động của các bộ."
    assert texts[2] == "2. Nhiệm vụ thời gian tới"
    assert texts[3] == "- Về vốn:"
    assert isinstance(body[3], Paragraph) and body[3].role is Role.TOPIC
    # the subject the secretary wrote stays; the deadline in the document's wording
    assert texts[4] == (
        "- Bộ Tài chính chủ trì, phối hợp với các bộ rà soát vốn; "
        "hoàn thành trước ngày 20/10/2024./."
    )
    assert "Về đất đai" not in "\n".join(texts)  # nothing under it: left out
    assert not any(t.startswith(("I.", "II.")) for t in texts)


def test_deadline_wording_follows_the_document_settings() -> None:
    r = _gov_office_record()
    r.notice.deadline_style = "long"
    r.notice.deadline_words = "xong trước"
    r.notice.deadline_separator = ", "
    assert any(
        t.endswith("rà soát vốn, xong trước ngày 20 tháng 10 năm 2024./.") for t in _texts(r)
    )


def test_tasks_grouped_by_department_or_in_the_order_given() -> None:
    block = Block(
        BlockKind.TASKS,
        tasks=[
            Task("Sở A làm việc một", department="Sở A"),
            Task("Sở B làm việc hai", department="Sở B"),
            Task("Sở A làm việc ba", department="Sở A"),
        ],
    )
    r = Record()
    r.notice.outline = [Section("KẾT LUẬN", Numbering.ROMAN, [block])]
    assert _texts(r) == [
        "I. KẾT LUẬN",
        "- Sở A làm việc một;",
        "- Sở B làm việc hai;",
        "- Sở A làm việc ba./.",
    ]
    block.group_by_department = True
    assert _texts(r) == [
        "I. KẾT LUẬN",
        "1. Sở A",
        "- Sở A làm việc một;",
        "- Sở A làm việc ba.",
        "2. Sở B",
        "Sở B làm việc hai./.",  # a department's lone task: no dash, as the directives print it
    ]


def test_attendees_grouped_by_organisation_as_the_agency_writes_them() -> None:
    r = Record()
    r.meeting.attendees = [
        Attendee(
            "Trần Văn A", "Phó Trưởng phòng", honorific="Ông", organisation="Sở X", role="Chủ trì"
        ),
        Attendee("Lê Thị B", "Kế toán", honorific="Bà", organisation="Công ty Y"),
    ]
    block = Block(
        BlockKind.ATTENDEES, attendee_style=AttendeeStyle.COMMA, grouped=True, item_end="."
    )
    r.minutes.outline = [Section("THÀNH PHẦN", Numbering.ROMAN, [block])]
    assert _texts(r, Kind.MINUTES) == [
        "I. THÀNH PHẦN",
        "1. Sở X.",
        "- Ông Trần Văn A, Phó Trưởng phòng - Chủ trì.",
        "2. Công ty Y.",
        "- Bà Lê Thị B, Kế toán./.",
    ]
    block.attendee_style = AttendeeStyle.LABELLED
    block.grouped = False
    block.organisation = "Công ty Y"
    assert _texts(r, Kind.MINUTES)[1] == "- Bà: Lê Thị B - Chức vụ: Kế toán./."


def test_tables_and_speeches() -> None:
    r = Record()
    r.minutes.outline = [
        Section(
            "Hồ sơ",
            Numbering.LETTER,
            [
                Block(
                    BlockKind.TABLE,
                    rows=[["STT", "Tài liệu"], ["1.", "Giấy đề nghị"], ["Ghi chú chung"]],
                ),
                Block(
                    BlockKind.SPEECHES,
                    speeches=[Speaker("Ông A", ["Ý kiến một.", "Ý kiến hai."])],
                ),
            ],
        )
    ]
    body = compose(r, Kind.MINUTES).body
    assert body[0].plain() == "a) Hồ sơ"
    assert isinstance(body[1], Table)
    assert body[1].rows[2] == ["Ghi chú chung"] and body[1].columns == 2
    assert [e.plain() for e in body[2:]] == ["- Ông A: Ý kiến một.", "Ý kiến hai./."]


def test_partial_issue_date_leaves_the_day_blank_and_is_not_a_warning() -> None:
    r = Record()
    r.header.place = "Lào Cai"
    r.header.issue_month, r.header.issue_year = 4, 2026
    header = compose(r).header
    assert header is not None
    assert (
        header.place_date == "Lào Cai, ngày \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 tháng 4 năm 2026"
    )
    assert Check.NO_ISSUE_DATE not in {w.check for w in check(r)}
    r.header.issue_month = 2
    assert "tháng 02 năm 2026" in compose(r).header.place_date  # type: ignore[union-attr]


def test_minutes_have_their_own_header_title_number_and_signatories() -> None:
    r = load_record(SEED_QN)
    r.header.number, r.header.agency_code = 12, "BQLKKT"
    r.minutes.number = 3
    r.minutes.title = "Biên bản làm việc"
    r.minutes.show_agency = False
    r.minutes.signatures = [SignatureBlock(f"THÀNH VIÊN {n}", f"Người {n}") for n in range(6)]
    doc = compose(r, Kind.MINUTES)
    assert doc.type_name == "BIÊN BẢN LÀM VIỆC"
    assert doc.header is not None
    assert doc.header.number == "Số: 03/BB-BQLKKT"  # never the notice's number
    assert compose(r).header.number == "Số: 12/TB-BQLKKT"  # type: ignore[union-attr]
    assert doc.header.agency == "" and doc.header.parent_agency == ""
    assert [len(row) for row in doc.signature_rows()] == [3, 3]
    r.minutes.show_number = False
    assert compose(r, Kind.MINUTES).header.number == ""  # type: ignore[union-attr]
    r.minutes.signatures = r.minutes.signatures[:4]
    assert [len(row) for row in compose(r, Kind.MINUTES).signature_rows()] == [2, 2]


@pytest.mark.parametrize("seed", [SEED_QN, SEED_LAO_CAI], ids=["qn", "lao"])
@pytest.mark.parametrize("kind", [Kind.NOTICE, Kind.MINUTES])
def test_a_version_3_record_prints_as_its_default_outline(seed: Path, kind: Kind) -> None:
    """No outline means the default one: materialising it (what the editor does on the first
    edit) changes nothing printed."""
    record = load_record(seed)
    assert record.notice.outline is None and record.minutes.outline is None
    before = compose(record, kind).plain_text()
    record.notice.outline = default_notice_outline(with_place=False)
    assert compose(record, kind).plain_text() == before


def test_outline_round_trips_through_the_file(tmp_path: Path) -> None:
    r = _gov_office_record()
    path = tmp_path / "gov.bienban.json"
    save_record(r, path)
    assert load_record(path) == r
    assert record_from_data(record_to_data(r)) == r


def test_tasks_in_outlines_are_tracked_written_back_and_carried_to_the_next_meeting(
    tmp_path: Path,
) -> None:
    r = _gov_office_record()
    r.meeting.name = "Quý III/2024"
    folder = tmp_path / "lib"
    folder.mkdir()
    path = folder / "gov.bienban.json"
    save_record(r, path)
    index = LibraryIndex(folder, tmp_path / "index.sqlite")
    try:
        index.refresh()
        rows = index.tasks()
        assert [row.department for row in rows] == ["Bộ Tài chính"]
        row = rows[0]
        write_back(
            str(path), row.dept_index, row.task_index, TaskStatus.DONE, dt.date(2024, 10, 15)
        )
        assert (
            load_record(path).notice.outline[2].sections[0].blocks[0].tasks[0].status
            is TaskStatus.DONE
        )  # type: ignore[index]
    finally:
        index.close()
    r.notice.outline[2].sections[0].blocks[0].tasks[0].status = TaskStatus.IN_PROGRESS  # type: ignore[index]
    new = next_meeting(r)
    assert [i.department for i in new.progress.items] == ["Bộ Tài chính"]
    assert new.tracked_tasks() == []  # the shape stays, what was written does not
    kinds = [b.kind for s in new.notice.outline or [] for b in s.blocks]
    assert BlockKind.PROGRESS in kinds
    assert "TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ" in compose(new).plain_text()


def test_checks_see_tasks_written_in_the_outline() -> None:
    r = _gov_office_record()
    r.notice.outline[2].sections[0].blocks[0].tasks.append(Task("Bộ X làm Y"))  # type: ignore[index]
    warnings = [w for w in check(r) if w.check is Check.TASK_NO_DEADLINE]
    assert [w.path for w in warnings] == [
        ("notice", "outline", 2, "sections", 0, "blocks", 0, "tasks", 1, "deadline")
    ]


def test_empty_section_with_only_a_heading_still_prints_its_heading() -> None:
    r = Record()
    r.notice.outline = [Section("KẾT LUẬN", Numbering.ROMAN), Section("KHÁC", Numbering.ROMAN)]
    assert _texts(copy.deepcopy(r)) == ["I. KẾT LUẬN", "II. KHÁC./."]


def test_sections_nested_too_deep_are_refused_on_load_and_by_indent(tmp_path: Path) -> None:
    """A hostile file nesting sections hundreds deep would exhaust the composer's stack: it is
    refused with one message; the editor's indent stops at the same depth."""
    from gui.core.errors import RecordFileError
    from gui.core.outline import indent_target
    from gui.core.record import MAX_SECTION_DEPTH

    def nested(depth: int) -> list[Section]:
        top: list[Section] = []
        level = top
        for n in range(depth):
            section = Section(f"Mục {n}", Numbering.ARABIC)
            level.append(section)
            level = section.sections
        return top

    r = Record()
    r.notice.outline = nested(MAX_SECTION_DEPTH)
    path = tmp_path / "deep.bienban.json"
    save_record(r, path)
    assert load_record(path) == r
    data = record_to_data(Record())
    level = data["notice"]["outline"] = []
    for n in range(300):  # written as a hostile file would be: 600 levels of JSON
        section = {"heading": f"Mục {n}", "sections": []}
        level.append(section)
        level = section["sections"]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RecordFileError, match="JSON nested too deeply"):
        load_record(path)
    r.notice.outline = nested(MAX_SECTION_DEPTH + 1)
    save_record(r, path)
    with pytest.raises(RecordFileError, match="nested deeper than 8 levels"):
        load_record(path)
    # indent: a section whose sub-sections already go the full depth cannot go one deeper
    r.notice.outline = [Section("Đầu", Numbering.ARABIC), *nested(MAX_SECTION_DEPTH)]
    assert indent_target(r.notice.outline, ("notice", "outline", 1)) is None
    r.notice.outline = [Section("Đầu", Numbering.ARABIC), *nested(MAX_SECTION_DEPTH - 1)]
    assert indent_target(r.notice.outline, ("notice", "outline", 1)) is not None


def test_a_conclusions_block_in_the_notice_prints_nothing_instead_of_itself() -> None:
    """Found by the fuzzing harness: the notice's conclusions inside the notice recursed
    without end; a record may hold that block anywhere, so the composer must not."""
    r = load_record(SEED_QN)
    r.notice.outline = [
        *default_notice_outline(with_place=False),
        Section("KẾT LUẬN", Numbering.ROMAN, [Block(BlockKind.CONCLUSIONS)]),
    ]
    assert "KẾT LUẬN" not in compose(r, Kind.NOTICE).plain_text()
    assert "ĐÁNH GIÁ CHUNG" in compose(r, Kind.MINUTES).plain_text()
