"""Non-blocking checks of a record: what a careful secretary would check before issuing.

The core returns codes and field paths; the Qt side words them (``tr()``) and jumps to the
field when the user clicks one.
"""

from __future__ import annotations

import datetime as dt
import enum
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from gui.core.paths import Path
from gui.core.record import Authority, Record, due_date
from gui.core.typed_dates import format_date, whole_dates
from gui.core.wording import in_capitals


class Check(enum.StrEnum):
    """Kinds of warning."""

    NO_CHAIR = "no_chair"
    NO_ISSUE_DATE = "no_issue_date"
    NO_NUMBER = "no_number"
    NO_MEETING_DATE = "no_meeting_date"
    DEPARTMENT_NO_NAME = "department_no_name"
    TASK_NO_DEADLINE = "task_no_deadline"
    DEADLINE_BEFORE_MEETING = "deadline_before_meeting"
    DUPLICATE_NUMBER = "duplicate_number"
    AGENCY_IN_CAPITALS = "agency_in_capitals"
    ISSUED_BEFORE_MEETING = "issued_before_meeting"
    ENDS_BEFORE_START = "ends_before_start"
    NO_SIGNER = "no_signer"
    ATTENDEE_LOOKS_LIKE_GROUP = "attendee_looks_like_group"
    DEPUTY_SIGNS_WITHOUT_KT = "deputy_signs_without_kt"
    OPENING_OTHER_DATE = "opening_other_date"
    OPENING_TWICE = "opening_twice"


@dataclass(frozen=True)
class Warning:
    """One warning: its kind, the field it concerns and values for the message."""

    check: Check
    path: Path
    args: dict[str, str] = field(default_factory=dict, hash=False, compare=False)


NumberHolders = Callable[[int, str, int], list[str]]


def check_record(
    record: Record,
    number_holders: NumberHolders | None = None,
    own_file: str = "",
    kind: str = "notice",
) -> list[Warning]:
    """Every warning about ``record`` as the document ``kind`` ("notice", "minutes" or
    "news") is issued, in document order.

    The number and the issue date checked are the notice's (the header's) or the minutes' own;
    minutes printed without a "Số" line, and a news item, need no number. ``number_holders(
    number, kind code, year)`` lists the library's files that already carry a document
    number; another file than ``own_file`` holding this one is a duplicate.
    """
    out: list[Warning] = []
    h, m = record.header, record.meeting
    if in_capitals(h.agency):
        out.append(Warning(Check.AGENCY_IN_CAPITALS, ("header", "agency")))
    if kind == "minutes":
        doc = record.minutes
        if doc.show_number:
            _check_number(
                out,
                doc.number,
                doc.doc_kind or "BB",
                ("minutes", "number"),
                doc.date or m.date,
                number_holders,
                own_file,
            )
        # minutes with neither place nor date print no such line (the body says when);
        # a place alone prints "…, ngày … tháng … năm …" to be filled
        if doc.place.strip() and doc.date is None and doc.date_month is None:
            out.append(Warning(Check.NO_ISSUE_DATE, ("minutes", "date")))
        _check_issued_after(out, doc.date, m.date, ("minutes", "date"))
    elif kind != "news":
        if record.notice.show_number:
            _check_number(
                out,
                h.number,
                h.doc_kind,
                ("header", "number"),
                h.issue_date or m.date,
                number_holders,
                own_file,
            )
        if h.issue_date is None and h.issue_month is None:  # a month known: day left on purpose
            out.append(Warning(Check.NO_ISSUE_DATE, ("header", "issue_date")))
        _check_issued_after(out, h.issue_date, m.date, ("header", "issue_date"))
    if m.date is None:
        out.append(Warning(Check.NO_MEETING_DATE, ("meeting", "date")))
    if m.start_time is not None and m.end_time is not None and m.end_time < m.start_time:
        out.append(
            Warning(
                Check.ENDS_BEFORE_START,
                ("meeting", "end_time"),
                {"start": m.start_time.strftime("%H:%M"), "end": m.end_time.strftime("%H:%M")},
            )
        )
    for i, attendee in enumerate(m.attendees):
        if not attendee.is_group and looks_like_a_group(attendee.name):
            out.append(
                Warning(
                    Check.ATTENDEE_LOOKS_LIKE_GROUP,
                    ("meeting", "attendees", i, "is_group"),
                    {"name": attendee.name.strip()},
                )
            )
    if not m.chair.name.strip():
        out.append(Warning(Check.NO_CHAIR, ("meeting", "chair", "name")))
    if m.date is not None:
        _check_opening_dates(out, record, kind, m.date)
    c = record.content
    generated = c.intro_from_fields and (m.chair.name.strip() or m.name.strip())
    if generated and any(opening_days(p) for p in c.opening):
        # "Tự viết câu mở đầu" ticked over a typed opening: the notice would open twice
        out.append(Warning(Check.OPENING_TWICE, ("content", "opening")))

    for d, dept in enumerate(record.directives.departments):
        if not dept.name.strip():
            out.append(
                Warning(
                    Check.DEPARTMENT_NO_NAME,
                    ("directives", "departments", d, "name"),
                    {"department": str(d + 1)},
                )
            )
    outline_n = 0
    for tracked in record.tracked_tasks():
        task, path = tracked.task, (*tracked.path, "deadline")
        if tracked.path[0] == "directives":  # a department's task: named by department, number
            d, t = int(tracked.path[2]), int(tracked.path[4])
            args = {"department": tracked.department.strip() or str(d + 1), "task": str(t + 1)}
        else:  # a task written in an outline: numbered among those
            outline_n += 1
            args = {"department": tracked.department.strip() or "-", "task": str(outline_n)}
        if not task.has_deadline():
            out.append(Warning(Check.TASK_NO_DEADLINE, path, args))
        elif (due := due_date(task)) is not None and m.date is not None and due < m.date:
            if task.deadline is None:  # "trước ngày 30/11/2026": the words are the field
                path = (*tracked.path, "deadline_text")
            out.append(
                Warning(Check.DEADLINE_BEFORE_MEETING, path, {**args, "deadline": format_date(due)})
            )
    signer = record.closing.signer
    if kind == "notice" and not signer.name.strip():  # signs at the end
        out.append(Warning(Check.NO_SIGNER, ("closing", "signer", "name")))
    position = " ".join(signer.position.split()).casefold()
    deputy = position.startswith("phó ") and "phụ trách" not in position  # acting: signs
    unsigned_for = (Authority.NONE, Authority.TM, Authority.TL)
    if kind == "notice" and deputy and signer.authority in unsigned_for:
        # NĐ 30, Phụ lục I: a deputy signs for the head, "KT. <head>" above the position, and
        # for a collective or by order with the two-level "TM. … / KT. …", "TL. … / KT. …"
        out.append(
            Warning(
                Check.DEPUTY_SIGNS_WITHOUT_KT,
                ("closing", "signer", "authority"),
                {"position": signer.position.strip(), "authority": signer.authority.value},
            )
        )
    return out


# The meeting's own day, written at the head of an opening paragraph: "Ngày 25/10/2017, …",
# "Sáng ngày 25 tháng 10 năm 2017, …", "Hôm nay, vào hồi 16 giờ 00 phút, ngày 17 tháng 6 năm
# 2026, …". A basis paragraph ("Căn cứ …", "Thực hiện Quyết định số … ngày …") names other
# documents' days and does not start so; one that does ("Ngày 20/10/2024, Ủy ban nhân dân tỉnh
# ban hành Kế hoạch …") says nothing of a meeting in its first sentence.
_MEETING_DAY = re.compile(
    r"^(?:hôm nay,?\s*)?(?:vào\s+)?(?:(?:buổi\s+)?(?:sáng|chiều|trưa|tối)\s+)?"
    r"(?:(?:vào\s+)?(?:hồi|lúc)\s+[^,]{1,25},?\s*)?ngày\s+\d",
    re.IGNORECASE,
)
_MEETING_WORDS = re.compile(
    r"\b(?:họp|hội nghị|hội thảo|làm việc|chủ trì|giao ban|kiểm tra|thẩm định|tiến hành)\b",
    re.IGNORECASE,
)


def opening_days(paragraph: str) -> list[dt.date]:
    """The days an opening paragraph says the meeting was held on, if it starts by saying so
    (a meeting of two days names both): the whole dates of its first sentence."""
    text = paragraph.strip()
    if _MEETING_DAY.match(text) is None:
        return []
    first = re.split(r"\.\s", text, maxsplit=1)[0]
    if not text.lower().startswith("hôm nay") and _MEETING_WORDS.search(first) is None:
        return []
    return whole_dates(first)


def _check_opening_dates(out: list[Warning], record: Record, kind: str, meeting: dt.date) -> None:
    """An opening that names another day than the meeting's (a record started from the last
    meeting's, the date changed but not the sentence): the opening typed in the content
    fields, and the paragraphs of the first section of the document's own outline."""
    candidates: list[tuple[str, Path]] = [
        (p, ("content", "opening")) for p in record.content.opening
    ]
    doc = record.minutes if kind == "minutes" else record.notice
    outline = doc.outline if kind != "news" else None
    if outline:
        for b, block in enumerate(outline[0].blocks):
            path: Path = ("minutes" if kind == "minutes" else "notice", "outline", 0, "blocks", b)
            candidates += [(p, path) for p in block.paragraphs]
    for paragraph, path in candidates:
        days = opening_days(paragraph)
        if days and meeting not in days:
            out.append(
                Warning(
                    Check.OPENING_OTHER_DATE,
                    path,
                    {"written": format_date(days[0]), "meeting": format_date(meeting)},
                )
            )
            return  # one warning says it: the opening is the last meeting's


_GROUP_WORDS = (
    "lãnh đạo",
    "đại diện",
    "các ",
    "toàn thể",
    "thành viên",
    "trưởng, phó",
    "cán bộ",
    "công chức",
    "thường trực",
    "sở ",
    "phòng ",
    "ban ",
    "ủy ban",
    "uỷ ban",
    "ubnd",
    "văn phòng",
    "công ty",
    "trung tâm",
    "chi cục",
    "cục ",
    "hội đồng",
    "đoàn kiểm tra",
    "đoàn công tác",
    "đoàn thanh tra",
)


def looks_like_a_group(name: str) -> bool:
    """Whether an attendee's name reads as a group or an agency ("Lãnh đạo các sở, ngành",
    "Đại diện Sở Tài chính", "Các đồng chí Phó Trưởng ban", "Trưởng các phòng") rather than a
    person: printed as a
    person it gets "đồng chí" before it."""
    folded = " ".join(name.split()).casefold()
    # "Trưởng các phòng thuộc Sở", "Giám đốc những doanh nghiệp…": a plural is never a person
    return folded.startswith(_GROUP_WORDS) or bool({"các", "những"} & set(folded.split()[:-1]))


def _check_issued_after(
    out: list[Warning], issued: dt.date | None, meeting: dt.date | None, path: Path
) -> None:
    """A document of the meeting is issued on or after the meeting's day."""
    if issued is not None and meeting is not None and issued < meeting:
        out.append(
            Warning(
                Check.ISSUED_BEFORE_MEETING,
                path,
                {"issued": format_date(issued), "meeting": format_date(meeting)},
            )
        )


def _check_number(
    out: list[Warning],
    number: int | None,
    doc_kind: str,
    path: Path,
    date: dt.date | None,
    number_holders: NumberHolders | None,
    own_file: str,
) -> None:
    if number is None:
        out.append(Warning(Check.NO_NUMBER, path))
        return
    if number_holders is None:
        return
    year = (date or dt.date.today()).year
    others = [
        p
        for p in number_holders(number, doc_kind, year)
        if os.path.abspath(p) != os.path.abspath(own_file or "")
    ]
    if others:
        out.append(
            Warning(
                Check.DUPLICATE_NUMBER,
                path,
                {"number": str(number), "file": os.path.basename(others[0])},
            )
        )
