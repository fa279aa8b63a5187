"""Composing a record into a document model: the one place that writes document text.

``compose(record, kind)`` returns a ``Composed`` document: header columns, type and summary,
body paragraphs with roles, signature columns and recipients. Every renderer (text, DOCX,
HTML, PDF/print) works from it and never from the record, so outputs cannot disagree.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

from gui.core import wording as w
from gui.core.record import (
    Attendance,
    Attendee,
    Department,
    Person,
    ProgressItem,
    Record,
    Task,
    TaskStatus,
)


class Kind(enum.StrEnum):
    """What document to compose."""

    NOTICE = "notice"
    MINUTES = "minutes"
    NEWS = "news"


class Role(enum.StrEnum):
    """How a body paragraph is set."""

    BODY = "body"
    HEADING = "heading"  # "I. ĐÁNH GIÁ CHUNG": uppercase, bold
    SUBHEADING = "subheading"  # "1. Văn phòng": bold
    BULLET = "bullet"  # "- …"
    LABEL = "label"  # "Địa điểm: …": bold label, then text


@dataclass
class Paragraph:
    """One body paragraph. ``label`` (minutes) is set bold before ``text``."""

    text: str
    role: Role = Role.BODY
    label: str = ""

    def plain(self) -> str:
        """The paragraph as one line of plain text."""
        return f"{self.label} {self.text}".strip() if self.label else self.text


@dataclass
class HeaderBlock:
    """The two header columns of NĐ 30 (left: agencies and number; right: motto, place, date)."""

    parent_agency: str
    agency: str
    number: str
    place_date: str  # "" for the minutes, which have none
    nation: str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    motto: str = "Độc lập - Tự do - Hạnh phúc"


@dataclass
class Signature:
    """A signature column: uppercase title lines, then the name."""

    lines: list[str]
    name: str


@dataclass
class Composed:
    """A composed document, ready for any renderer."""

    kind: Kind
    header: HeaderBlock | None
    type_name: str  # "THÔNG BÁO", "BIÊN BẢN", or the news title
    summary: str
    body: list[Paragraph] = field(default_factory=list)
    signatures: list[Signature] = field(default_factory=list)  # left to right
    recipients: list[str] = field(default_factory=list)
    drafter: str = ""
    dateline: str = ""  # news: "Ngày đăng 05/10/2017"
    author: str = ""  # news: the author mark

    def plain_text(self) -> str:
        """Every piece of text in reading order (for search and tests)."""
        parts: list[str] = []
        if self.header:
            h = self.header
            parts += [h.parent_agency, h.agency, h.number, h.nation, h.motto, h.place_date]
        parts += [self.type_name, self.summary, self.dateline]
        parts += [p.plain() for p in self.body]
        for s in self.signatures:
            parts += [*s.lines, s.name]
        parts += [*self.recipients, self.drafter, self.author]
        return "\n".join(p for p in parts if p)


DOC_CODES = {Kind.NOTICE: "TB", Kind.MINUTES: "BB"}


def compose(record: Record, kind: Kind = Kind.NOTICE) -> Composed:
    """Compose ``record`` as a notice, minutes or news item."""
    if kind is Kind.MINUTES:
        return _minutes(record)
    if kind is Kind.NEWS:
        return _news(record)
    return _notice(record)


# --- pieces shared by the kinds -------------------------------------------------------------


def _person(p: Person) -> str:
    return " - ".join(x for x in (p.name.strip(), p.position.strip()) if x)


def _attendee(a: Attendee) -> str:
    if a.is_group:
        return a.name.strip()
    return " - ".join(
        x for x in (f"đồng chí {a.name.strip()}" if a.name.strip() else "", a.position.strip()) if x
    )


def _join_and(items: list[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " và " + items[-1]


def _intro(record: Record, date_text: str) -> str:
    """The opening sentence built from the meeting fields (the seed's first sentences)."""
    m = record.meeting
    sentences = []
    chair = _person(m.chair)
    what = ""
    if chair:
        what = f"đồng chí {chair} đã chủ trì cuộc họp {m.name.strip()}".rstrip()
    elif m.name.strip():
        what = f"{record.header.agency.strip()} tổ chức cuộc họp {m.name.strip()}".strip()
    if what:  # a date alone makes no sentence
        first = f"{date_text}, {what}" if date_text else what
        sentences.append(w.sentence(first[0].upper() + first[1:]))
    present = [a for a in m.attendees if a.attendance is Attendance.PRESENT]
    members = _join_and([_attendee(a) for a in present if not a.is_guest])
    if members:
        sentences.append(f"Cùng dự có {members}.")
    guests = _join_and([_attendee(a) for a in present if a.is_guest])
    if guests:
        sentences.append(f"Khách mời: {guests}.")
    return " ".join(sentences)


def _opening(record: Record, date_text: str) -> list[Paragraph]:
    c = record.content
    paragraphs = [p.strip() for p in c.opening if p.strip()]
    if c.intro_from_fields:
        intro = _intro(record, date_text)
        if intro:
            paragraphs = [" ".join([intro, *paragraphs[:1]]), *paragraphs[1:]]
    return [Paragraph(p) for p in paragraphs]


def deadline_phrase(task: Task) -> str:
    """``hoàn thành trước ngày 31/12/2017`` or the worded deadline, or ""."""
    if task.deadline is not None:
        return f"hoàn thành trước ngày {w.date_short(task.deadline)}"
    return task.deadline_text.strip()


def task_sentence(task: Task) -> str:
    """A task as the notice states it: content, coordination, deadline."""
    text = task.content.strip().rstrip(".;")
    if task.coordinating.strip():
        text += f"; phối hợp: {task.coordinating.strip()}"
    deadline = deadline_phrase(task)
    if deadline:
        text += f"; {deadline}" if text else deadline[0].upper() + deadline[1:]
    return w.sentence(text)


def _department(number: int, dept: Department) -> list[Paragraph]:
    out = [Paragraph(f"{number}. {dept.name.strip()}", Role.SUBHEADING)]
    tasks = [t for t in dept.tasks if t.content.strip() or t.has_deadline()]
    if len(tasks) == 1:
        out.append(Paragraph(task_sentence(tasks[0])))
    else:
        out += [Paragraph(f"- {task_sentence(t)}", Role.BULLET) for t in tasks]
    return out


def _assessment(record: Record) -> list[Paragraph]:
    c = record.content
    return [Paragraph(p.strip()) for p in [*c.results, *c.limitations] if p.strip()]


def _directives(record: Record) -> list[Paragraph]:
    d = record.directives
    out = [Paragraph(p.strip()) for p in d.general if p.strip()]
    named = [dept for dept in d.departments if dept.name.strip() or dept.tasks]
    for i, dept in enumerate(named, start=1):
        out += _department(i, dept)
    return out


def _progress_item(item: ProgressItem, on: dt.date | None) -> str:
    """One reviewed task: department, content, deadline, where it stands."""
    text = item.content.strip().rstrip(".;")
    if item.department.strip():
        text = f"{item.department.strip()}: {text}"
    deadline = deadline_phrase(item)  # type: ignore[arg-type]
    if deadline:
        text += f" ({deadline})"
    if item.status is TaskStatus.DONE:
        state = "đã hoàn thành" + (
            f" ngày {w.date_short(item.completed_on)}" if item.completed_on else ""
        )
    elif on is not None and item.deadline is not None and item.deadline < on:
        state = "quá hạn, chưa hoàn thành"
    elif item.status is TaskStatus.IN_PROGRESS:
        state = "đang thực hiện"
    else:
        state = "chưa thực hiện"
    text += f": {state}"
    if item.note.strip():
        text += f"; {item.note.strip().rstrip('.;')}"
    return w.sentence(text, ";")


def _progress(record: Record) -> list[Paragraph]:
    items = record.progress.items
    out = [Paragraph(f"- {_progress_item(i, record.meeting.date)}", Role.BULLET) for i in items]
    if out:
        out[-1].text = out[-1].text.rstrip(";") + "."
    return out


def _sections(record: Record) -> list[Paragraph]:
    """The review of the previous tasks, the assessment and the directives, numbered ``I.``,
    ``II.``, … in the order they are present."""
    out: list[Paragraph] = []
    reference = record.progress.reference.strip()
    sections = [
        (
            "TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ"
            + (f" TẠI {w.upper_vi(reference)}" if reference else " KỲ TRƯỚC"),
            _progress(record),
        ),
        ("ĐÁNH GIÁ CHUNG", _assessment(record)),
        ("NHIỆM VỤ TRỌNG TÂM VÀ PHÂN CÔNG THỰC HIỆN", _directives(record)),
    ]
    n = 0
    for title, paragraphs in sections:
        if paragraphs:
            n += 1
            out.append(Paragraph(f"{w.roman(n)}. {title}", Role.HEADING))
            out += paragraphs
    return out


def _end_body(body: list[Paragraph]) -> None:
    if body:
        last = body[-1]
        last.text = w.with_end_mark(last.text)


def _header(record: Record, kind: Kind) -> HeaderBlock:
    h = record.header
    # the minutes are always "BB"; the notice takes the record's kind code, "TB" by default
    code = DOC_CODES[kind] if kind is Kind.MINUTES else (h.doc_kind.strip() or DOC_CODES[kind])
    return HeaderBlock(
        parent_agency=w.upper_vi(h.parent_agency),
        agency=w.upper_vi(h.agency),
        number=w.doc_number(h.number, code, h.agency_code),
        place_date="" if kind is Kind.MINUTES else w.place_date(h.place, h.issue_date),
    )


def _closing_paragraphs(record: Record) -> list[Paragraph]:
    return [Paragraph(p.strip()) for p in record.closing.sentence.splitlines() if p.strip()]


# --- the three kinds ------------------------------------------------------------------------


def _notice(record: Record) -> Composed:
    m = record.meeting
    date_text = w.date_long(m.date).capitalize() if m.date else ""
    body = _opening(record, date_text) + _sections(record) + _closing_paragraphs(record)
    _end_body(body)
    c = record.closing
    summary = record.header.summary.strip() or (
        f"Kết luận của {m.chair.position.strip() or 'chủ trì'} tại cuộc họp {m.name.strip()}"
        if m.name.strip()
        else ""
    )
    return Composed(
        kind=Kind.NOTICE,
        header=_header(record, Kind.NOTICE),
        type_name="THÔNG BÁO",
        summary=summary,
        body=body,
        signatures=[Signature(w.signer_lines(c.signer), c.signer.name.strip())],
        recipients=_recipients(c.recipients),
        drafter=_drafter(c.drafter, c.copies),
    )


def _recipients(lines: list[str]) -> list[str]:
    """``- Các phòng, đơn vị;`` … the last ending with ``.``."""
    items = [line.strip().lstrip("-").strip().rstrip(";.") for line in lines if line.strip()]
    items = [i for i in items if i]
    return [f"- {i}{'.' if n == len(items) - 1 else ';'}" for n, i in enumerate(items)]


def _drafter(code: str, copies: int | None) -> str:
    code = code.strip().upper()
    if not code:
        return ""
    return f"{code}.({copies:02d})" if copies is not None else f"{code}."


def _minutes(record: Record) -> Composed:
    m = record.meeting
    body: list[Paragraph] = []

    def label(name: str, text: str) -> None:
        body.append(Paragraph(text, Role.LABEL, name))

    start = w.time_of_day(m.start_time) if m.start_time else w.time_of_day(None)
    label("Thời gian bắt đầu:", f"{start}, {w.date_long(m.date)}.")
    label("Địa điểm:", w.sentence(m.location.strip() or w.BLANK))
    label("Thành phần tham dự:", "")
    for a in m.attendees:
        entry = _attendee(a)
        entry = entry[:1].upper() + entry[1:]
        if a.is_guest:
            entry += " (khách mời)"
        if a.attendance is Attendance.ABSENT:
            entry += (
                " (vắng mặt" + (f", lý do: {a.reason.strip()}" if a.reason.strip() else "") + ")"
            )
        elif a.attendance is Attendance.EXCUSED:
            entry += (
                " (vắng mặt có lý do" + (f": {a.reason.strip()}" if a.reason.strip() else "") + ")"
            )
        body.append(Paragraph(f"- {entry};", Role.BULLET))
    if m.attendees:
        body[-1].text = body[-1].text.rstrip(";") + "."
    label("Chủ trì (chủ tọa):", w.sentence(_person(m.chair) or w.BLANK))
    label("Thư ký (người ghi biên bản):", w.sentence(_person(m.secretary) or w.BLANK))
    label("Nội dung (theo diễn biến cuộc họp):", "")
    for s in record.content.discussion:
        text = s.content.strip() or w.BLANK
        speaker = s.speaker.strip()
        body.append(Paragraph(f"- {speaker}: {text}" if speaker else f"- {text}", Role.BULLET))
    conclusions = _sections(record)
    if conclusions:
        # The minutes list who attended above, so the opening's basis paragraph (which ends
        # "… kết luận như sau:") leads into the conclusions; without one, a plain lead-in.
        basis = [Paragraph(p.strip()) for p in record.content.opening if p.strip()]
        if basis and record.content.intro_from_fields:
            body += basis
        else:
            chair = m.chair.name.strip()
            body.append(
                Paragraph(
                    f"Kết luận của chủ trì{f' (đồng chí {chair})' if chair else ''}:",
                    Role.SUBHEADING,
                )
            )
        body += conclusions
    end = w.time_of_day(m.end_time)
    body.append(Paragraph(f"Cuộc họp kết thúc vào {end}, {w.date_long(m.date)}./."))
    c = record.closing
    return Composed(
        kind=Kind.MINUTES,
        header=_header(record, Kind.MINUTES),
        type_name="BIÊN BẢN",
        summary=f"Cuộc họp {m.name.strip()}" if m.name.strip() else "",
        body=body,
        signatures=[
            Signature(["THƯ KÝ"], m.secretary.name.strip()),
            Signature(["CHỦ TỌA"], m.chair.name.strip()),
        ],
        recipients=_recipients(c.recipients),
        drafter=_drafter(c.drafter, c.copies),
    )


def _news(record: Record) -> Composed:
    m = record.meeting
    n = record.news
    title = n.title.strip() or (f"Cuộc họp {m.name.strip()}" if m.name.strip() else "")
    date_text = f"Ngày {w.date_short(m.date)}" if m.date else ""
    body = _opening(record, date_text) + _assessment(record) + _directives(record)
    _end_body(body)
    posted = n.posted_on
    return Composed(
        kind=Kind.NEWS,
        header=None,
        type_name=w.upper_vi(title),
        summary="",
        body=body,
        dateline=f"Ngày đăng {posted.strftime('%d/%m/%Y')}" if isinstance(posted, dt.date) else "",
        author=n.author.strip(),
    )
