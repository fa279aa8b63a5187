"""Non-blocking checks: each kind triggers on a minimal record and goes away when fixed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from gui.core import paths
from gui.core.checks import Check, Warning, check_record
from gui.core.record import Attendee, Authority, Department, Person, Record, Task
from gui.core.recordfile import load_record

ROOT = Path(__file__).resolve().parents[2]
MEETING = dt.date(2026, 6, 19)


def _complete() -> Record:
    """A minimal record with no warning at all."""
    r = Record()
    r.header.number = 12
    r.header.issue_date = dt.date(2026, 6, 29)
    r.meeting.date = MEETING
    r.meeting.chair = Person("Nguyễn Tuấn Anh", "Chủ tịch")
    r.meeting.start_time, r.meeting.end_time = dt.time(8, 0), dt.time(11, 30)
    r.closing.signer.name = "Nguyễn Tuấn Anh"
    r.directives.departments = [
        Department("Sở Tài chính", [Task("Bố trí vốn", deadline=dt.date(2026, 12, 31))]),
        Department("Sở Nội vụ", [Task("Rà soát", deadline_text="thường xuyên")]),
    ]
    return r


def _kinds(record: Record, kind: str = "notice") -> list[Check]:
    return [w.check for w in check_record(record, kind=kind)]


def test_complete_record_has_no_warning() -> None:
    assert check_record(_complete()) == []


def _no_number(r: Record) -> None:
    r.header.number = None


def _no_issue_date(r: Record) -> None:
    r.header.issue_date = None


def _no_meeting_date(r: Record) -> None:
    r.meeting.date = None


def _no_chair(r: Record) -> None:
    r.meeting.chair.name = "   "


def _department_no_name(r: Record) -> None:
    r.directives.departments[1].name = " "


def _task_no_deadline(r: Record) -> None:
    r.directives.departments[1].tasks[0].deadline_text = "  "


def _deadline_before_meeting(r: Record) -> None:
    r.directives.departments[0].tasks[0].deadline = MEETING - dt.timedelta(days=1)


def _agency_in_capitals(r: Record) -> None:
    r.header.agency = "VĂN PHÒNG"


def _issued_before_meeting(r: Record) -> None:
    r.header.issue_date = MEETING - dt.timedelta(days=3)


def _ends_before_start(r: Record) -> None:
    r.meeting.end_time = dt.time(7, 30)


def _no_signer(r: Record) -> None:
    r.closing.signer.name = " "


def _deputy_signs_without_kt(r: Record) -> None:
    r.closing.signer.authority = Authority.NONE
    r.closing.signer.position = "Phó Giám đốc"


def _opening_other_date(r: Record) -> None:
    r.content.intro_from_fields = False  # the opening as typed
    r.content.opening = ["Ngày 20/3/2026, Ủy ban nhân dân tỉnh tổ chức cuộc họp giao ban."]


def _opening_twice(r: Record) -> None:
    r.content.intro_from_fields = True
    r.content.opening = [f"Ngày {MEETING:%d/%m/%Y}, đồng chí Chủ tịch chủ trì cuộc họp."]


def _attendee_looks_like_group(r: Record) -> None:
    r.meeting.attendees.append(Attendee("Lãnh đạo các sở, ngành"))


BREAKS: list[tuple[Check, Callable[[Record], None], tuple[str | int, ...]]] = [
    (Check.AGENCY_IN_CAPITALS, _agency_in_capitals, ("header", "agency")),
    (Check.NO_NUMBER, _no_number, ("header", "number")),
    (Check.NO_ISSUE_DATE, _no_issue_date, ("header", "issue_date")),
    (Check.ISSUED_BEFORE_MEETING, _issued_before_meeting, ("header", "issue_date")),
    (Check.NO_MEETING_DATE, _no_meeting_date, ("meeting", "date")),
    (Check.ENDS_BEFORE_START, _ends_before_start, ("meeting", "end_time")),
    (
        Check.ATTENDEE_LOOKS_LIKE_GROUP,
        _attendee_looks_like_group,
        ("meeting", "attendees", 0, "is_group"),
    ),
    (Check.NO_CHAIR, _no_chair, ("meeting", "chair", "name")),
    (Check.OPENING_OTHER_DATE, _opening_other_date, ("content", "opening")),
    (Check.OPENING_TWICE, _opening_twice, ("content", "opening")),
    (Check.DEPARTMENT_NO_NAME, _department_no_name, ("directives", "departments", 1, "name")),
    (
        Check.TASK_NO_DEADLINE,
        _task_no_deadline,
        ("directives", "departments", 1, "tasks", 0, "deadline"),
    ),
    (
        Check.DEADLINE_BEFORE_MEETING,
        _deadline_before_meeting,
        ("directives", "departments", 0, "tasks", 0, "deadline"),
    ),
    (Check.NO_SIGNER, _no_signer, ("closing", "signer", "name")),
    (Check.DEPUTY_SIGNS_WITHOUT_KT, _deputy_signs_without_kt, ("closing", "signer", "authority")),
]


def test_every_check_kind_is_covered() -> None:
    # DUPLICATE_NUMBER needs the library: test_duplicate_number_against_the_library.
    assert {c for c, _, _ in BREAKS} | {Check.DUPLICATE_NUMBER} == set(Check)


@pytest.mark.parametrize(("check", "break_it", "path"), BREAKS, ids=[c.value for c, _, _ in BREAKS])
def test_check_triggers_and_disappears_when_fixed(
    check: Check, break_it: Callable[[Record], None], path: tuple[str | int, ...]
) -> None:
    record = _complete()
    break_it(record)
    warnings = check_record(record)
    assert [w.check for w in warnings] == [check]
    assert warnings[0].path == path
    paths.get(record, path)  # the path addresses a real field (the GUI jumps there)
    # Fix it back and the warning is gone.
    fixed = _complete()
    if check is Check.ATTENDEE_LOOKS_LIKE_GROUP:  # ticked as a group
        paths.set_value(record, path, True)
        assert check_record(record) == []
        return
    if check is Check.DEPUTY_SIGNS_WITHOUT_KT:  # signs for the head
        paths.set_value(record, path, Authority.KT)
        assert check_record(record) == []
        return
    paths.set_value(record, path, paths.get(fixed, path))
    if check is Check.TASK_NO_DEADLINE:
        record.directives.departments[1].tasks[0].deadline_text = "thường xuyên"
    assert check_record(record) == []


def test_empty_record_warnings_in_document_order() -> None:
    assert _kinds(Record()) == [
        Check.NO_NUMBER,
        Check.NO_ISSUE_DATE,
        Check.NO_MEETING_DATE,
        Check.NO_CHAIR,
        Check.NO_SIGNER,
    ]


def test_deadline_before_meeting_date() -> None:
    record = _complete()
    task = record.directives.departments[0].tasks[0]
    task.deadline = dt.date(2026, 6, 18)
    (warning,) = check_record(record)
    assert warning.check is Check.DEADLINE_BEFORE_MEETING
    assert warning.args == {"department": "Sở Tài chính", "task": "1", "deadline": "18/06/2026"}
    task.deadline = MEETING  # the same day is allowed
    assert check_record(record) == []
    task.deadline = dt.date(2026, 6, 18)
    record.meeting.date = None  # no meeting date: only that is reported
    assert _kinds(record) == [Check.NO_MEETING_DATE]


def test_task_without_deadline_args_and_unnamed_department() -> None:
    record = _complete()
    record.directives.departments.append(Department("", [Task("Làm gì đó")]))
    warnings = check_record(record)
    assert [w.check for w in warnings] == [Check.DEPARTMENT_NO_NAME, Check.TASK_NO_DEADLINE]
    assert warnings[0].args == {"department": "3"}
    assert warnings[1].args == {"department": "3", "task": "1"}
    assert warnings[1].path == ("directives", "departments", 2, "tasks", 0, "deadline")


def test_warnings_compare_by_kind_and_path() -> None:
    a = Warning(Check.NO_CHAIR, ("meeting", "chair", "name"), {"x": "1"})
    b = Warning(Check.NO_CHAIR, ("meeting", "chair", "name"))
    assert a == b
    assert len({a, b}) == 1


def test_seeds_have_the_expected_warnings() -> None:
    lao_cai = load_record(ROOT / "seeds" / "lao-cai-cum-cong-nghiep-2026.bienban.json")
    kinds = _kinds(lao_cai)
    assert kinds[:2] == [Check.NO_NUMBER, Check.NO_ISSUE_DATE]
    assert Check.NO_MEETING_DATE not in kinds
    assert Check.DEADLINE_BEFORE_MEETING not in kinds
    assert kinds.count(Check.TASK_NO_DEADLINE) == len(lao_cai.all_tasks()) - 2


def test_duplicate_number_against_the_library() -> None:
    record = _complete()
    asked: list[tuple[int, str, int]] = []

    def holders(number: int, kind: str, year: int) -> list[str]:
        asked.append((number, kind, year))
        return ["/records/mine.bienban.json", "/records/other.bienban.json"]

    warnings = check_record(record, holders, "/records/mine.bienban.json")
    assert asked == [(12, "TB", 2026)]
    assert [w.check for w in warnings] == [Check.DUPLICATE_NUMBER]
    assert warnings[0].path == ("header", "number")
    assert warnings[0].args == {"number": "12", "file": "other.bienban.json"}
    # Only this file holds the number: no warning.
    assert (
        check_record(
            record, lambda n, k, y: ["/records/mine.bienban.json"], "/records/mine.bienban.json"
        )
        == []
    )
    # No number: NO_NUMBER, and the library is not asked.
    record.header.number = None
    asked.clear()
    assert _kinds(record) == [Check.NO_NUMBER]
    assert [w.check for w in check_record(record, holders, "")] == [Check.NO_NUMBER]
    assert asked == []


def test_minutes_are_checked_for_their_own_number_and_date() -> None:
    """A minutes-only record (the appraisal minutes: no "Số" line, its own date) is not
    warned about the notice's number and issue date when the minutes are the document."""
    record = load_record(
        str(ROOT / "seeds" / "Bien-ban-tham-dinh-SCT-ThaiThinh-xangdau-loai3.bienban.json")
    )
    notice = {w.check for w in check_record(record, kind="notice")}
    assert {Check.NO_NUMBER, Check.NO_ISSUE_DATE} <= notice
    minutes = check_record(record, kind="minutes")
    assert not any(w.path[0] == "header" for w in minutes)
    assert Check.NO_NUMBER not in {w.check for w in minutes}  # printed without "Số"


def test_minutes_number_and_date_paths() -> None:
    record = _complete()
    record.minutes.place = "Lào Cai"
    assert [(w.check, w.path) for w in check_record(record, kind="minutes")] == [
        (Check.NO_NUMBER, ("minutes", "number")),
        (Check.NO_ISSUE_DATE, ("minutes", "date")),
    ]
    record.minutes.number = 7
    record.minutes.date_month = 6  # "ngày … tháng 6 năm …": the day left on purpose
    assert check_record(record, kind="minutes") == []
    asked: list[tuple[int, str, int]] = []

    def holders(number: int, kind: str, year: int) -> list[str]:
        asked.append((number, kind, year))
        return ["/other.bienban.json"]

    (warning,) = check_record(record, holders, "/mine.bienban.json", kind="minutes")
    assert warning.check is Check.DUPLICATE_NUMBER and warning.path == ("minutes", "number")
    assert asked == [(7, "BB", 2026)]
    record.minutes.place = ""
    record.minutes.date_month = None
    record.minutes.show_number = False
    assert check_record(record, kind="minutes") == []  # no "Số" line, no place-and-date line
    assert check_record(record, kind="news") == []
    paths.get(record, ("minutes", "number"))
    paths.get(record, ("minutes", "date"))


def test_a_document_issued_before_its_meeting_and_times_out_of_order() -> None:
    record = _complete()
    record.header.issue_date = dt.date(2026, 6, 1)
    record.meeting.start_time, record.meeting.end_time = dt.time(14, 30), dt.time(13, 0)
    warnings = check_record(record)
    assert [(w.check, w.args) for w in warnings] == [
        (Check.ISSUED_BEFORE_MEETING, {"issued": "01/06/2026", "meeting": "19/06/2026"}),
        (Check.ENDS_BEFORE_START, {"start": "14:30", "end": "13:00"}),
    ]
    record.header.issue_date = MEETING  # the same day is the usual case
    record.meeting.end_time = None  # an end not written: nothing to compare
    assert check_record(record) == []
    record.minutes.date = dt.date(2026, 6, 18)
    minutes = check_record(record, kind="minutes")
    assert (Check.ISSUED_BEFORE_MEETING, ("minutes", "date")) in [
        (w.check, w.path) for w in minutes
    ]
    assert Check.NO_SIGNER not in [w.check for w in minutes]  # the minutes' signers differ


def test_an_acting_deputy_signs_in_their_own_name() -> None:
    record = _complete()
    record.closing.signer.authority = Authority.NONE
    record.closing.signer.position = "Phó Trưởng phòng phụ trách"
    assert check_record(record) == []


@pytest.mark.parametrize(
    ("authority", "flagged"),
    [
        (Authority.NONE, True),
        (Authority.TM, True),  # a deputy does not sign for the collective alone
        (Authority.TL, True),
        (Authority.KT, False),
        (Authority.TM_KT, False),  # "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
        (Authority.TL_KT, False),
    ],
)
def test_a_deputy_signs_for_the_head_in_every_form(authority: Authority, flagged: bool) -> None:
    record = _complete()
    record.closing.signer.authority = authority
    record.closing.signer.authority_of = "Ủy ban nhân dân"
    record.closing.signer.intermediate = "Chủ tịch"
    record.closing.signer.position = "Phó Chủ tịch"
    warnings = check_record(record)
    assert bool(warnings) is flagged
    if flagged:
        (warning,) = warnings
        assert warning.check is Check.DEPUTY_SIGNS_WITHOUT_KT
        assert warning.args == {"position": "Phó Chủ tịch", "authority": authority.value}


@pytest.mark.parametrize(
    ("name", "group"),
    [
        ("Lãnh đạo các sở, ngành", True),
        ("Đại diện Sở Tài chính", True),
        ("các đồng chí Phó Trưởng ban", True),
        ("Trưởng, phó các phòng", True),
        ("UBND các xã, phường", True),
        ("Văn phòng Ủy ban nhân dân tỉnh", True),
        ("Nguyễn Văn An", False),
        ("Trần Thị Thu", False),
        ("Bùi Văn Sở", False),
        ("Đoàn Văn Hùng", False),  # a surname
        ("Đoàn kiểm tra liên ngành", True),
        ("Trưởng các phòng thuộc Sở", True),
        ("Giám đốc những doanh nghiệp trong khu", True),
        ("Phan Văn Các", False),  # a given name: the plural is followed by its noun
    ],
)
def test_an_attendee_that_reads_as_a_group(name: str, group: bool) -> None:
    from gui.core.checks import looks_like_a_group

    assert looks_like_a_group(name) is group


@pytest.mark.parametrize(
    "opening",
    [
        "Ngày {d} tháng {m} năm {y}, Ủy ban nhân dân tỉnh tổ chức cuộc họp.",
        "Sáng ngày {d}/{m}/{y}, tại Hội trường, đồng chí Chủ tịch chủ trì cuộc họp.",
        "Hôm nay, vào hồi 8 giờ 30 phút, ngày {d} tháng {m} năm {y}, tại trụ sở Sở.",
        "Chiều ngày {d}-{m}-{y} tại Phòng họp số 1.",
    ],
)
def test_an_opening_on_another_day_is_flagged_the_meetings_own_day_is_not(opening: str) -> None:
    """A record started from the last meeting's keeps the last meeting's opening sentence."""
    record = _complete()
    record.content.intro_from_fields = False  # the opening as typed
    day = MEETING
    record.content.opening = [opening.format(d=day.day, m=day.month, y=day.year)]
    assert check_record(record) == []
    other = day - dt.timedelta(days=91)
    record.content.opening = [opening.format(d=other.day, m=other.month, y=other.year)]
    (warning,) = check_record(record)
    assert warning.check is Check.OPENING_OTHER_DATE
    assert warning.args == {
        "written": other.strftime("%d/%m/%Y"),
        "meeting": day.strftime("%d/%m/%Y"),
    }


def test_a_basis_naming_other_documents_days_is_not_flagged() -> None:
    record = _complete()
    record.content.opening = [
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
        "Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương,",
        "Trong ngày 10/01/2026, Sở đã rà soát.",
        "Ngày 20/10/2024, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 45/KH-UBND về …",
    ]
    assert check_record(record) == []  # the generated opening too: nothing is said twice


def test_a_meeting_of_two_days_names_both() -> None:
    record = _complete()
    record.content.intro_from_fields = False
    before = MEETING - dt.timedelta(days=1)
    record.content.opening = [
        f"Ngày {before:%d/%m/%Y} và ngày {MEETING:%d/%m/%Y}, Sở tổ chức hội nghị sơ kết."
    ]
    assert check_record(record) == []


def test_an_outlines_opening_is_checked_for_its_own_document() -> None:
    """Minutes written as an outline (imported): the first section's paragraphs."""
    record = load_record(ROOT / "seeds" / "bien-ban-kiem-tra-thuc-te-hhnh.bienban.json")
    assert Check.OPENING_OTHER_DATE not in _kinds(record, "minutes")
    assert record.meeting.date is not None
    record.meeting.date = record.meeting.date + dt.timedelta(days=1)
    warnings = [
        w for w in check_record(record, kind="minutes") if w.check is Check.OPENING_OTHER_DATE
    ]
    assert [w.path for w in warnings] == [("minutes", "outline", 0, "blocks", 1)]
    paths.get(record, warnings[0].path)  # a block the outline editor shows


def test_the_seeds_openings_name_their_meetings_days() -> None:
    for seed in (ROOT / "seeds").glob("*.bienban.json"):
        record = load_record(seed)
        for kind in ("notice", "minutes"):
            assert Check.OPENING_OTHER_DATE not in _kinds(record, kind), (seed.name, kind)


def test_a_deadline_in_words_before_the_meeting_is_pointed_out_at_the_words() -> None:
    record = _complete()
    task = record.directives.departments[0].tasks[0]
    task.deadline = None
    task.deadline_text = f"trước ngày {MEETING - dt.timedelta(days=3):%d/%m/%Y}"
    (warning,) = check_record(record)
    assert warning.check is Check.DEADLINE_BEFORE_MEETING
    assert warning.path == ("directives", "departments", 0, "tasks", 0, "deadline_text")
    assert warning.args["deadline"] == f"{MEETING - dt.timedelta(days=3):%d/%m/%Y}"
    task.deadline_text = f"trước ngày {MEETING + dt.timedelta(days=30):%d/%m/%Y}"
    assert check_record(record) == []
