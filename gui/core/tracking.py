"""Following directives up: status categories, accent-free search keys, the next meeting.

The categories are the Government Office's: done on time, done late, in progress within the
deadline, overdue. "Overdue" is always computed against a date, never stored.
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
import re
import unicodedata

from gui.core import wording as w
from gui.core.record import (
    Block,
    BlockKind,
    Content,
    Directives,
    Numbering,
    Progress,
    ProgressItem,
    Record,
    Section,
    Task,
    TaskStatus,
    due_date,
)


class Category(enum.StrEnum):
    """Where a task stands, on a given day."""

    DONE_ON_TIME = "done_on_time"
    DONE_LATE = "done_late"
    IN_PROGRESS = "in_progress"  # not done, deadline not passed (or no dated deadline)
    OVERDUE = "overdue"


def categorize(task: Task | ProgressItem, today: dt.date) -> Category:
    """The category of ``task`` on ``today``.

    Done on the deadline day is on time; a done task without a completion date counts as on
    time (nothing shows it late); the deadline is the dated one or the date its words name
    ("trước ngày 15/12/2026", ``due_date``); a task without one (none, or words such as
    "thường xuyên") is never overdue.
    """
    due = due_date(task)
    if task.status is TaskStatus.DONE:
        if due is not None and task.completed_on is not None and task.completed_on > due:
            return Category.DONE_LATE
        return Category.DONE_ON_TIME
    if due is not None and due < today:
        return Category.OVERDUE
    return Category.IN_PROGRESS


def days_left(task: Task | ProgressItem, today: dt.date) -> int | None:
    """Days until the deadline (negative: days overdue); None without one (``due_date``)."""
    due = due_date(task)
    if due is None or task.status is TaskStatus.DONE:
        return None
    return (due - today).days


# Vietnamese accents decompose (NFD) into marks of the Combining Diacritical Marks block, which one
# regular expression removes. What is left outside ASCII (dashes, quotes, other scripts) is rare,
# so only those characters are looked up, and dropped when they are nonspacing marks too.
_COMBINING_MARKS = re.compile("[\u0300-\u036f]+")
_NON_ASCII = re.compile("[^\x00-\x7f]")


def _accented_latin() -> str:
    """The Latin letters that decompose into ASCII and nonspacing marks only (à, ệ, Ư …)."""
    letters = []
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        nfd = unicodedata.normalize("NFD", chr(code))
        if nfd != chr(code) and all(c.isascii() or unicodedata.category(c) == "Mn" for c in nfd):
            letters.append(chr(code))
    return "".join(letters)


# Text made of ASCII and such letters only (nearly all Vietnamese text) loses exactly its marks
# when its decomposition drops everything outside ASCII: no character-by-character test at all.
_NOT_PLAIN = re.compile(f"[^\x00-\x7f{_accented_latin()}]")


def _drop_mark(m: re.Match[str]) -> str:
    return "" if unicodedata.category(m.group()) == "Mn" else m.group()


def fold(text: str) -> str:
    """A search key that ignores Vietnamese accents and case: "Tiến Độ Đạt" → "tien do dat".

    đ and Đ become d; the decomposed (NFD) text loses every nonspacing mark (category Mn); case
    is lowered and runs of white space become one space.
    """
    text = text.replace("đ", "d").replace("Đ", "D")
    if _NOT_PLAIN.search(text) is None:
        text = unicodedata.normalize("NFD", text).encode("ascii", "ignore").decode("ascii")
    else:
        text = _COMBINING_MARKS.sub("", unicodedata.normalize("NFD", text))
        if not text.isascii():
            text = _NON_ASCII.sub(_drop_mark, text)
    return " ".join(text.lower().split())


def slug(text: str, default: str) -> str:
    """A file-name part from Vietnamese text: "giao ban Quý III/2017" → "giao-ban-quy-iii-2017"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or default


_ROMAN_QUARTERS = ("I", "II", "III", "IV")


def next_period(name: str) -> str:
    """The meeting name of the next period.

    "giao ban Quý III/2017" → "giao ban Quý IV/2017"; "Quý IV/2017" → "Quý I/2018";
    "tháng 12/2017" → "tháng 01/2018"; "năm 2017" → "năm 2018"; anything else unchanged.
    """
    m = re.search(r"(Quý|quý)\s+(IV|III|II|I)\s*/\s*(\d{4})", name)
    if m:
        q = _ROMAN_QUARTERS.index(m.group(2))
        year = int(m.group(3)) + (1 if q == 3 else 0)
        new = f"{m.group(1)} {_ROMAN_QUARTERS[(q + 1) % 4]}/{year}"
        return name[: m.start()] + new + name[m.end() :]
    m = re.search(r"(Tháng|tháng)\s+(\d{1,2})\s*/\s*(\d{4})", name)
    if m:
        month, year = int(m.group(2)), int(m.group(3))
        month, year = (1, year + 1) if month == 12 else (month + 1, year)
        text = f"{month:02d}" if month < 3 else str(month)
        return name[: m.start()] + f"{m.group(1)} {text}/{year}" + name[m.end() :]
    m = re.search(r"(Năm|năm)\s+(\d{4})", name)
    if m:
        return name[: m.start()] + f"{m.group(1)} {int(m.group(2)) + 1}" + name[m.end() :]
    return name


def notice_reference(record: Record) -> str:
    """ "Thông báo số 05/TB-BQLKKT ngày 05/10/2017" (what the next notice refers to)."""
    h = record.header
    number = w.doc_number(h.number, h.doc_kind or "TB", h.agency_code).removeprefix("Số: ")
    text = f"Thông báo số {number.strip()}"
    if h.issue_date is not None:
        text += f" ngày {w.date_short(h.issue_date)}"
    return text


def next_meeting(record: Record) -> Record:
    """The record of the next period's meeting, started from ``record``.

    Same header and profile parts (number and dates cleared), attendees, chair, secretary,
    place, signer and recipients carried over; content and directives empty; the progress
    section lists the previous meeting's unfinished tasks. The new record is not issued
    (no record of issue: nothing of it has been signed).
    """
    new = copy.deepcopy(record)
    new.issue = None
    new.header.number = None
    new.header.issue_date = None
    new.header.summary = ""
    new.meeting.name = next_period(record.meeting.name)
    new.meeting.date = None
    new.meeting.start_time = None
    new.meeting.end_time = None
    # a basis paragraph after a generated intro is reusable; a verbatim opening is not
    new.content = Content(
        intro_from_fields=record.content.intro_from_fields,
        opening=list(record.content.opening) if record.content.intro_from_fields else [],
    )
    new.directives = Directives()
    new.news.title = ""
    new.news.posted_on = None
    items = [
        ProgressItem(
            department=tracked.department,
            content=t.content,
            deadline=t.deadline,
            deadline_text=t.deadline_text,
            status=t.status,
            completed_on=t.completed_on,
            note=t.note,
        )
        for tracked in record.tracked_tasks()
        if (t := tracked.task).status is not TaskStatus.DONE
    ]
    items += [copy.deepcopy(i) for i in record.progress.items if i.status is not TaskStatus.DONE]
    new.progress = Progress(reference=notice_reference(record), items=items)
    for doc in (new.notice, new.minutes):
        doc.number = None
        doc.date = doc.date_month = doc.date_year = None
        if doc.outline is not None:
            _empty_outline(doc.outline)
    new.header.issue_month = new.header.issue_year = None
    if new.notice.outline is not None and not _has_block(new.notice.outline, BlockKind.PROGRESS):
        # the review of the unfinished tasks goes right after the opening
        new.notice.outline.insert(
            1 if new.notice.outline else 0,
            Section("", Numbering.ROMAN, [Block(BlockKind.PROGRESS)]),
        )
    return new


def _empty_outline(sections: list[Section]) -> None:
    """Keep the shape (sections, headings, numbering, block kinds); drop what was written."""
    for section in sections:
        for block in section.blocks:
            block.paragraphs = []
            block.tasks = []
            block.speeches = []
            block.rows = block.rows[: block.header_rows]  # the header row of a table stays
        _empty_outline(section.sections)


def _has_block(sections: list[Section], kind: BlockKind) -> bool:
    return any(
        any(b.kind is kind for b in s.blocks) or _has_block(s.sections, kind) for s in sections
    )
