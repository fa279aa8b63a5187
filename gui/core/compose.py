"""Composing a record into a document model: the one place that writes document text.

``compose(record, kind)`` returns a ``Composed`` document: header columns, type and summary,
body paragraphs with roles, signature columns and recipients. Every renderer (text, DOCX,
HTML, PDF/print) works from it and never from the record, so outputs cannot disagree.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
from dataclasses import dataclass, field

from gui.core import wording as w
from gui.core.kinds import Kind as Kind
from gui.core.outline import (
    PROGRESS_HEADING,
    default_minutes_outline,
    default_notice_outline,
)
from gui.core.record import (
    Attendance,
    Attendee,
    AttendeeStyle,
    Block,
    BlockKind,
    Department,
    DocumentSettings,
    IntroOrder,
    Numbering,
    Person,
    ProgressItem,
    Record,
    Section,
    Task,
    TaskStatus,
    due_date,
)


class Role(enum.StrEnum):
    """How a body paragraph is set."""

    BODY = "body"
    HEADING = "heading"  # "I. ĐÁNH GIÁ CHUNG": uppercase, bold
    SUBHEADING = "subheading"  # "1. Văn phòng": bold
    BULLET = "bullet"  # "- …"
    LABEL = "label"  # "Địa điểm: …": bold label, then text
    TOPIC = "topic"  # "- Về …:": a heading numbered "-" or "+", italic


@dataclass
class Paragraph:
    """One body paragraph. ``label`` (minutes) is set bold before ``text``."""

    text: str
    role: Role = Role.BODY
    label: str = ""
    italic: bool = False

    def plain(self) -> str:
        """The paragraph as one line of plain text."""
        return f"{self.label} {self.text}".strip() if self.label else self.text

    @property
    def keep_with_next(self) -> bool:
        """A heading never ends a page: it stays with what follows."""
        return self.role in (Role.HEADING, Role.SUBHEADING, Role.TOPIC)


@dataclass
class Table:
    """A table of text: ``rows`` of cells, the first ``header_rows`` rows a (bold) header.

    A row with fewer cells than the table's columns has its last cell span the rest.
    """

    rows: list[list[str]]
    header_rows: int = 1
    widths: list[float] | None = None  # the columns' proportions, when set (an annex's tasks)

    @property
    def columns(self) -> int:
        """The number of columns: the longest row's."""
        return max((len(r) for r in self.rows), default=0)

    def column_widths(self, total: float) -> list[float]:
        """Column widths summing to ``total`` (cm): each at least as wide as its longest word at
        13 pt needs (and 1 cm), the rest shared by the length of each column's longest text, so
        a number column stays narrow and a text column takes the room. Rows that span are left
        out of the measure. Widths set in ``widths`` are scaled to ``total``."""
        if self.widths and len(self.widths) == self.columns:
            return [total * x / sum(self.widths) for x in self.widths]
        cols = self.columns
        full = [row for row in self.rows if len(row) == cols] or self.rows
        floors, weights = [], []
        for c in range(cols):
            cells = [row[c] for row in full if c < len(row)]
            word = max((len(x) for cell in cells for x in cell.split()), default=0)
            floors.append(max(1.0, 0.24 * word + 0.35))
            weights.append(float(min(max((len(x) for x in cells), default=0), 50)))
        spare = max(total - sum(floors), 0.0)
        share = sum(weights) or 1.0
        widths = [f + spare * w / share for f, w in zip(floors, weights, strict=True)]
        scale = total / (sum(widths) or 1.0)
        return [w * scale for w in widths]

    def plain(self) -> str:
        """Every cell on its own line, row by row (as LibreOffice writes a table as text)."""
        return "\n".join(cell for row in self.rows for cell in row)


Element = Paragraph | Table


@dataclass
class HeaderBlock:
    """The two header columns of NĐ 30 (left: agencies and number; right: motto, place, date)."""

    parent_agency: str  # "" when the agency column is left out (joint minutes)
    agency: str
    number: str  # "" when the document has no "Số" line
    place_date: str  # "" when the document has no place and date
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
    body: list[Element] = field(default_factory=list)
    signatures: list[Signature] = field(default_factory=list)  # left to right, row by row
    recipients: list[str] = field(default_factory=list)
    dateline: str = ""  # news: "Ngày đăng 05/10/2017"
    author: str = ""  # news: the author mark
    recipients_beside: bool = True  # Nơi nhận beside the first signature (the notice)
    attached: str = ""  # an annex: "(Kèm theo Thông báo số … của …)" under its title

    def signature_rows(self) -> list[list[Signature]]:
        """The signature blocks as printed rows: one beside Nơi nhận (the notice); two side by
        side; three a row when there are three, or five and more."""
        sigs = self.signatures
        if not sigs:
            return []
        if len(sigs) == 1 or self.recipients_beside:
            return [[s] for s in sigs[:1]] + _rows(sigs[1:])
        return _rows(sigs)

    def plain_text(self) -> str:
        """Every piece of text in reading order (for search and tests)."""
        parts: list[str] = []
        if self.header:
            h = self.header
            parts += [h.parent_agency, h.agency, h.number, h.nation, h.motto, h.place_date]
        parts += [self.type_name, self.summary, self.attached, self.dateline]
        parts += [p.plain() for p in self.body]
        for s in self.signatures:
            parts += [*s.lines, s.name]
        parts += [*self.recipients, self.author]
        return "\n".join(p for p in parts if p)


def _rows(sigs: list[Signature]) -> list[list[Signature]]:
    if not sigs:
        return []
    per_row = 3 if len(sigs) == 3 or len(sigs) >= 5 else 2
    return [sigs[i : i + per_row] for i in range(0, len(sigs), per_row)]


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


def _attendee(a: Attendee, honorific: str = "đồng chí") -> str:
    if a.is_group:  # no "đồng chí"; what it is, when given, as for a person
        return " - ".join(x for x in (a.name.strip(), a.position.strip()) if x)
    hon = a.honorific.strip() or honorific.strip()
    name = f"{hon} {a.name.strip()}".strip() if a.name.strip() else ""
    return " - ".join(x for x in (name, a.position.strip()) if x)


def _absence(a: Attendee) -> str:
    """`` (vắng mặt, lý do: …)`` or `` (vắng mặt có lý do: …)``; "" for someone present."""
    reason = a.reason.strip()
    if a.attendance is Attendance.ABSENT:
        return " (vắng mặt" + (f", lý do: {reason}" if reason else "") + ")"
    if a.attendance is Attendance.EXCUSED:
        return " (vắng mặt có lý do" + (f": {reason}" if reason else "") + ")"
    return ""


def _join_and(items: list[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " và " + items[-1]


def _chair_phrase(chair: Person, order: IntroOrder) -> str:
    name, position = chair.name.strip(), chair.position.strip()
    if order is IntroOrder.POSITION_FIRST:
        return " ".join(x for x in (position, name) if x)
    return f"đồng chí {_person(chair)}" if _person(chair) else ""


def _intro(
    record: Record,
    date_text: str,
    order: IntroOrder = IntroOrder.NAME_FIRST,
    with_place: bool = False,
) -> str:
    """The opening sentence built from the meeting fields (the seed's first sentences)."""
    m = record.meeting
    sentences = []
    chair = _chair_phrase(m.chair, order)
    what = ""
    if chair:
        what = f"{chair} đã chủ trì cuộc họp {m.name.strip()}".rstrip()
    elif m.name.strip():
        what = f"{record.header.agency.strip()} tổ chức cuộc họp {m.name.strip()}".strip()
    if what:  # a date alone makes no sentence
        place = m.location.strip() if with_place else ""
        if place and not place.lower().startswith("tại "):
            place = f"tại {place}"
        first = ", ".join(x for x in (date_text, place, what) if x)
        sentences.append(w.sentence(first[0].upper() + first[1:]))
    present = [a for a in m.attendees if a.attendance is Attendance.PRESENT]
    members = _join_and([_attendee(a) for a in present if not a.is_guest])
    guests = _join_and([_attendee(a) for a in present if a.is_guest])
    if members and guests:
        sentences.append(f"Cùng dự có {members}; khách mời có {guests}.")
    elif members:
        sentences.append(f"Cùng dự có {members}.")
    elif guests:
        sentences.append(f"Dự họp có khách mời {guests}.")
    return " ".join(sentences)


def opening_sentence(record: Record, block: Block | None = None) -> str:
    """The generated opening sentence as the notice prints it: what "Chuyển thành văn bản"
    puts in an editable paragraph."""
    m = record.meeting
    date_text = w.date_long(m.date).capitalize() if m.date else ""
    order = block.intro_order if block else IntroOrder.NAME_FIRST
    return _intro(record, date_text, order, with_place=block.with_place if block else True)


def _opening(
    record: Record, date_text: str, order: IntroOrder = IntroOrder.NAME_FIRST, place: bool = False
) -> list[Paragraph]:
    c = record.content
    paragraphs = [p.strip() for p in c.opening if p.strip()]
    if c.intro_from_fields:
        intro = _intro(record, date_text, order, place)
        if intro:
            paragraphs = [" ".join([intro, *paragraphs[:1]]), *paragraphs[1:]]
    return [Paragraph(p) for p in paragraphs]


def deadline_phrase(task: Task, settings: DocumentSettings | None = None) -> str:
    """``hoàn thành trước ngày 31/12/2017`` (or as the document's settings word it), or the
    worded deadline, or ""."""
    s = settings or _DEFAULT_SETTINGS
    return _deadline(task.deadline, task.deadline_text, s.deadline_style, s.deadline_words)


def _deadline(deadline: dt.date | None, text: str, style: str, words: str) -> str:
    if deadline is not None:
        on = w.date_long(deadline) if style == "long" else (f"ngày {w.date_short(deadline)}")
        return " ".join(x for x in (words.strip(), on) if x)
    return text.strip()


_DEFAULT_SETTINGS = DocumentSettings()


def _with_deadline(text: str, deadline: str, settings: DocumentSettings) -> str:
    return _joined(text, deadline, settings.deadline_separator)


def _joined(text: str, deadline: str, separator: str) -> str:
    if not deadline:
        return text
    if not text:
        return deadline[0].upper() + deadline[1:]
    return f"{text}{separator}{deadline}"


def task_sentence(
    task: Task, settings: DocumentSettings | None = None, department: str = ""
) -> str:
    """A department's task as the notice states it: content, the lead unit when it is not
    the department itself, coordination, deadline."""
    s = settings or _DEFAULT_SETTINGS
    lead = task.lead.strip()
    return _task_sentence(
        task.content,
        "" if lead.casefold() == department.strip().casefold() else lead,
        task.coordinating,
        task.deadline,
        task.deadline_text,
        s.deadline_style,
        s.deadline_words,
        s.deadline_separator,
    )


@functools.lru_cache(maxsize=8192)
def _task_sentence(
    content: str,
    lead: str,
    coordinating: str,
    deadline: dt.date | None,
    deadline_text: str,
    style: str,
    words: str,
    separator: str,
) -> str:
    # Composing again after an edit (the preview's refresh) finds every other task's sentence
    # here: the tasks are most of a long notice.
    text = content.strip().rstrip(".;")
    if lead:
        text += f"; chủ trì: {lead}"
    if coordinating.strip():
        text += f"; phối hợp với {coordinating.strip()}"
    return w.sentence(_joined(text, _deadline(deadline, deadline_text, style, words), separator))


def _department(number: int, dept: Department, s: DocumentSettings) -> list[Element]:
    out: list[Element] = [Paragraph(f"{number}. {dept.name.strip()}", Role.SUBHEADING)]
    tasks = [t for t in dept.tasks if t.content.strip() or t.has_deadline()]
    if len(tasks) == 1:
        out.append(Paragraph(task_sentence(tasks[0], s, dept.name)))
    else:
        out += [Paragraph(f"- {task_sentence(t, s, dept.name)}", Role.BULLET) for t in tasks]
    return out


def _assessment(record: Record) -> list[Element]:
    c = record.content
    return [Paragraph(p.strip()) for p in [*c.results, *c.limitations] if p.strip()]


def _general(record: Record) -> list[Element]:
    return [Paragraph(p.strip()) for p in record.directives.general if p.strip()]


def _departments(record: Record, s: DocumentSettings = _DEFAULT_SETTINGS) -> list[Element]:
    out: list[Element] = []
    named = [dept for dept in record.directives.departments if dept.name.strip() or dept.tasks]
    for i, dept in enumerate(named, start=1):
        out += _department(i, dept, s)
    return out


def _directives(record: Record) -> list[Element]:
    return _general(record) + _departments(record)


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
    elif on is not None and (due := due_date(item)) is not None and due < on:
        state = "quá hạn, chưa hoàn thành"
    elif item.status is TaskStatus.IN_PROGRESS:
        state = "đang thực hiện"
    else:
        state = "chưa thực hiện"
    text += f": {state}"
    if item.note.strip():
        text += f"; {item.note.strip().rstrip('.;')}"
    return w.sentence(text, ";")


def _progress(record: Record) -> list[Element]:
    items = record.progress.items
    out = [Paragraph(f"- {_progress_item(i, record.meeting.date)}", Role.BULLET) for i in items]
    if out:
        out[-1].text = out[-1].text.rstrip(";") + "."
    return list(out)


def progress_heading(record: Record) -> str:
    """The heading of the previous tasks' review, naming the previous notice when known."""
    reference = record.progress.reference.strip()
    if reference:
        return f"TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ TẠI {w.upper_vi(reference)}"
    return PROGRESS_HEADING


def _end_body(body: list[Element]) -> None:
    if body and isinstance(body[-1], Paragraph):
        last = body[-1]
        last.text = w.with_end_mark(last.text)


def _items(texts: list[str], end: str, prefix: str = "- ") -> list[Element]:
    """Bulleted items, ending ``;`` but the last ``.`` (or each ``.``)."""
    out: list[Element] = []
    for n, text in enumerate(texts):
        mark = "." if end == "." or n == len(texts) - 1 else ";"
        body = text.strip().rstrip(".;") if mark == ";" or n == len(texts) - 1 else text.strip()
        out.append(Paragraph(f"{prefix}{w.sentence(body, mark)}", Role.BULLET))
    return out


# --- outlines ---------------------------------------------------------------------------------

_LETTERS = "abcdđeghiklmnopqrstuvxy"  # the Vietnamese alphabet, as NĐ 30 letters its points


def number_label(numbering: Numbering, n: int, parent: str = "") -> str:
    """The printed number of the ``n``-th section (from 1): ``II.``, ``2.``, ``1.2.``, ``đ)``."""
    if numbering is Numbering.ROMAN:
        return f"{w.roman(n)}."
    if numbering is Numbering.ARABIC:
        return f"{n}."
    if numbering is Numbering.NESTED:
        base = parent if parent and parent[:-1].replace(".", "").isdigit() else ""
        return f"{base}{n}."
    if numbering is Numbering.LETTER:
        letters = ""
        n -= 1
        while True:
            n, r = divmod(n, len(_LETTERS))
            letters = _LETTERS[r] + letters
            if n == 0:
                break
            n -= 1
        return f"{letters})"
    if numbering in (Numbering.DASH, Numbering.PLUS):
        return numbering.value
    return ""


class _Outline:
    """Composes an outline's sections for one document."""

    def __init__(self, record: Record, kind: Kind, settings: DocumentSettings) -> None:
        self.record = record
        self.kind = kind
        self.settings = settings

    def sections(self, sections: list[Section], depth: int = 0, parent: str = "") -> list[Element]:
        out: list[Element] = []
        n = 0
        for section in sections:
            label = number_label(section.numbering, n + 1, parent) if section.numbering else ""
            elements = self.section(section, depth, label)
            if elements:
                if section.numbering:
                    n += 1
                out += elements
        return out

    def section(self, section: Section, depth: int, label: str) -> list[Element]:
        body: list[Element] = []
        for block in section.blocks:
            body += self.block(block)
        body += self.sections(section.sections, depth + 1, label)
        heading = section.heading.strip()
        if not heading and section.blocks and section.blocks[0].kind is BlockKind.PROGRESS:
            heading = progress_heading(self.record)
        if (section.blocks or section.sections) and not body:
            return []  # nothing to print under it: left out, and not numbered
        if not heading:
            if label and body and isinstance(body[0], Paragraph):
                first = body[0]
                first.text = f"{label} {first.text}"
            return body
        text = f"{label} {heading}" if label else heading
        if section.numbering in (Numbering.DASH, Numbering.PLUS):
            role = Role.TOPIC
        else:
            role = Role.HEADING if depth == 0 else Role.SUBHEADING
        return [Paragraph(text, role), *body]

    def block(self, block: Block) -> list[Element]:
        r = self.record
        k = block.kind
        if k is BlockKind.PARAGRAPHS:
            prefix = f"{block.bullet} " if block.bullet else ""
            role = Role.BULLET if block.bullet else Role.BODY
            return [
                Paragraph(f"{prefix}{p.strip()}", role, italic=block.italic)
                for p in block.paragraphs
                if p.strip()
            ]
        if k is BlockKind.TASKS:
            return self.tasks(block)
        if k is BlockKind.TABLE:
            rows = [[c.strip() for c in row] for row in block.rows if any(c.strip() for c in row)]
            return [Table(rows, min(block.header_rows, len(rows)))] if rows else []
        if k is BlockKind.SPEECHES:
            out: list[Element] = []
            for sp in block.speeches:
                paras = [p.strip() for p in sp.paragraphs if p.strip()] or [w.BLANK]
                speaker = sp.speaker.strip()
                first = f"- {speaker}: {paras[0]}" if speaker else f"- {paras[0]}"
                out.append(Paragraph(first, Role.BULLET))
                out += [Paragraph(p) for p in paras[1:]]
            return out
        if k is BlockKind.OPENING:
            m = r.meeting
            date_text = w.date_long(m.date).capitalize() if m.date else ""
            return list(_opening(r, date_text, block.intro_order, block.with_place))
        if k is BlockKind.ATTENDEES:
            return self.attendees(block)
        if k is BlockKind.DISCUSSION:
            return list(_discussion(r))
        if k is BlockKind.PROGRESS:
            return _progress(r)
        if k is BlockKind.ASSESSMENT:
            return _assessment(r)
        if k is BlockKind.GENERAL:
            return _general(r)
        if k is BlockKind.DEPARTMENTS:
            return _departments(r, self.settings)
        if k is BlockKind.MEETING_FACTS:
            return list(_meeting_facts(r))
        if k is BlockKind.CONCLUSIONS:
            # the notice's conclusions, in the minutes; in the notice itself it would be the
            # notice inside the notice, without end
            return _conclusions(r) if self.kind is Kind.MINUTES else []
        if k is BlockKind.MEETING_END:
            m = r.meeting
            end = w.time_of_day(m.end_time)
            return [Paragraph(f"Cuộc họp kết thúc vào {end}, {w.date_long(m.date)}./.")]
        return []

    def tasks(self, block: Block) -> list[Element]:
        s = self.settings
        tasks = [t for t in block.tasks if t.content.strip() or t.has_deadline()]

        def sentences(items: list[Task]) -> list[str]:
            return [
                _with_deadline(t.content.strip().rstrip(".;"), deadline_phrase(t, s), s)
                for t in items
            ]

        if not block.group_by_department:
            return _items(sentences(tasks), block.item_end)
        groups: dict[str, list[Task]] = {}
        for t in tasks:
            groups.setdefault(t.department.strip(), []).append(t)
        out: list[Element] = []
        for n, (dept, items) in enumerate(groups.items(), start=1):
            if dept:
                out.append(Paragraph(f"{n}. {dept}", Role.SUBHEADING))
            if dept and len(items) == 1:  # one task under its department: no dash, as there
                out.append(Paragraph(w.sentence(sentences(items)[0].strip().rstrip(".;"), ".")))
            else:
                out += _items(sentences(items), block.item_end)
        return out

    def attendees(self, block: Block) -> list[Element]:
        people = [
            a
            for a in self.record.meeting.attendees
            if not block.organisation.strip()
            or a.organisation.strip() == block.organisation.strip()
        ]
        if not block.grouped:
            return _items([self.attendee_line(a, block) for a in people], block.item_end)
        groups: dict[str, list[Attendee]] = {}
        for a in people:
            groups.setdefault(a.organisation.strip(), []).append(a)
        out: list[Element] = []
        for n, (org, members) in enumerate(groups.items(), start=1):
            if org:
                out.append(Paragraph(f"{n}. {w.sentence(org)}", Role.SUBHEADING))
            out += _items([self.attendee_line(a, block) for a in members], block.item_end)
        return out

    @staticmethod
    def attendee_line(a: Attendee, block: Block) -> str:
        if a.is_group:
            return " - ".join(x for x in (a.name.strip(), a.position.strip()) if x) or w.BLANK
        hon = a.honorific.strip() or block.honorific.strip()
        name, position, role = a.name.strip(), a.position.strip(), a.role.strip()
        style = block.attendee_style
        if style is AttendeeStyle.LABELLED:
            text = f"{hon}: {name}" if hon else name
            if position:
                text += f" - Chức vụ: {position}"
        elif style is AttendeeStyle.COMMA:
            text = ", ".join(x for x in (f"{hon} {name}".strip(), position) if x)
        else:
            text = " - ".join(x for x in (f"{hon} {name}".strip(), position) if x)
        if role:
            text += f" - {role}"
        text += _absence(a)
        return text[:1].upper() + text[1:] if text else w.BLANK


def section_printed(record: Record, kind: Kind, section: Section) -> bool:
    """Whether ``section`` prints anything in ``kind`` (one with nothing to print is left out
    and not numbered): for the editor, which numbers sections as the document will."""
    settings = record.minutes if kind is Kind.MINUTES else record.notice
    return bool(_Outline(record, kind, settings).section(section, 0, ""))


def _outline_of(record: Record, kind: Kind) -> list[Section]:
    settings = record.minutes if kind is Kind.MINUTES else record.notice
    if settings.outline is not None:
        return settings.outline
    return (
        default_minutes_outline()
        if kind is Kind.MINUTES
        else default_notice_outline(with_place=False)
    )


def _conclusions(record: Record) -> list[Element]:
    """The notice's numbered sections, for the minutes: led by the opening's basis paragraph
    (which ends "… kết luận như sau:"), or without one by "Kết luận của chủ trì:"."""
    numbered = [s for s in _outline_of(record, Kind.NOTICE) if s.heading.strip() or s.numbering]
    conclusions = _Outline(record, Kind.NOTICE, record.notice).sections(numbered)
    if not conclusions:
        return []
    basis: list[Element] = [Paragraph(p.strip()) for p in record.content.opening if p.strip()]
    if basis and record.content.intro_from_fields:
        return basis + conclusions
    chair = record.meeting.chair.name.strip()
    lead = Paragraph(
        f"Kết luận của chủ trì{f' (đồng chí {chair})' if chair else ''}:", Role.SUBHEADING
    )
    return [lead, *conclusions]


def _discussion(record: Record) -> list[Paragraph]:
    out = []
    for s in record.content.discussion:
        text = s.content.strip() or w.BLANK
        speaker = s.speaker.strip()
        out.append(Paragraph(f"- {speaker}: {text}" if speaker else f"- {text}", Role.BULLET))
    return out


def _meeting_facts(record: Record) -> list[Paragraph]:
    """Mẫu 1.9's labelled lines: time, place, attendees, chair, secretary, "Nội dung"."""
    m = record.meeting
    body: list[Paragraph] = []

    def label(name: str, text: str) -> None:
        body.append(Paragraph(text, Role.LABEL, name))

    start = w.time_of_day(m.start_time) if m.start_time else w.time_of_day(None)
    label("Thời gian bắt đầu:", f"{start}, {w.date_long(m.date)}.")
    label("Địa điểm:", w.sentence(m.location.strip() or w.BLANK))
    label("Thành phần tham dự:", "")
    for a in m.attendees:
        entry = _attendee(a) or w.BLANK  # a row left empty: a blank to fill, as a speech's
        entry = entry[:1].upper() + entry[1:]
        if a.is_guest:
            entry += " (khách mời)"
        entry += _absence(a)
        body.append(Paragraph(f"- {entry};", Role.BULLET))
    if m.attendees:
        body[-1].text = body[-1].text.rstrip(";") + "."
    label("Chủ trì (chủ tọa):", w.sentence(_person(m.chair) or w.BLANK))
    label("Thư ký (người ghi biên bản):", w.sentence(_person(m.secretary) or w.BLANK))
    label("Nội dung (theo diễn biến cuộc họp):", "")
    return body


def _issue_date(d: dt.date | None, month: int | None, year: int | None) -> str:
    """``ngày 05 tháng 10 năm 2017``, or with the day left for signing
    ``ngày      tháng 4 năm 2026``."""
    if d is not None or (month is None and year is None):
        return w.date_long(d)
    gap = "\u00a0" * 6
    m = (f"{month:02d}" if month < 3 else str(month)) if month else w.BLANK
    return f"ngày {gap} tháng {m} năm {year if year else w.BLANK}"


def _header(record: Record, kind: Kind) -> HeaderBlock:
    h = record.header
    if kind is Kind.MINUTES:
        s = record.minutes
        code = s.doc_kind.strip() or DOC_CODES[kind]
        number = s.number
        dated = s.date is not None or s.date_month is not None or s.date_year is not None
        place = s.place.strip() or (h.place.strip() if dated else "")
        place_date = (
            f"{place or w.BLANK}, {_issue_date(s.date, s.date_month, s.date_year)}"
            if dated or s.place.strip()
            else ""
        )
    else:
        s = record.notice
        code = h.doc_kind.strip() or DOC_CODES[kind]
        number = h.number
        place_date = f"{h.place.strip() or w.BLANK}, " + _issue_date(
            h.issue_date, h.issue_month, h.issue_year
        )
    return HeaderBlock(
        parent_agency=w.upper_vi(h.parent_agency) if s.show_agency else "",
        agency=w.upper_vi(h.agency) if s.show_agency else "",
        number=w.doc_number(number, code, h.agency_code) if s.show_number else "",
        place_date=place_date,
    )


def _closing_paragraphs(lines: list[str]) -> list[Element]:
    return [Paragraph(p.strip()) for line in lines for p in line.splitlines() if p.strip()]


def _signature(title: str, name: str) -> Signature:
    return Signature([w.upper_vi(t) for t in title.splitlines() if t.strip()], name.strip())


# --- the three kinds ------------------------------------------------------------------------


def _notice(record: Record) -> Composed:
    m = record.meeting
    s = record.notice
    body = _Outline(record, Kind.NOTICE, s).sections(_outline_of(record, Kind.NOTICE))
    body += _closing_paragraphs([record.closing.sentence])
    _end_body(body)
    c = record.closing
    summary = record.header.summary.strip() or (
        f"Kết luận của {m.chair.position.strip() or 'chủ trì'} tại cuộc họp {m.name.strip()}"
        if m.name.strip()
        else ""
    )
    others = [_signature(b.title, b.name) for b in s.signatures or []]
    return Composed(
        kind=Kind.NOTICE,
        header=_header(record, Kind.NOTICE),
        type_name=w.upper_vi(s.title) or "THÔNG BÁO",
        summary=summary,
        body=body,
        signatures=[Signature(w.signer_lines(c.signer), c.signer.name.strip()), *others],
        recipients=_recipients(c.recipients, c.drafter, c.copies),
        recipients_beside=True,
    )


def _recipients(
    lines: list[str], drafter: str = "", copies: int | None = None, addressed: bool = True
) -> list[str]:
    """``- Các phòng, đơn vị;`` … the last ending with ``.``; the drafter's mark and the number
    of copies join the "Lưu" line as Mẫu 1.4 shows (``- Lưu: VT, NN (2).``). The "Lưu" line is
    the last, wherever it was typed (recipients added after it come before it). A document
    with no addressee (``addressed`` False: the minutes) drops "Như trên", which refers to
    one."""
    items = [line.strip().lstrip("-").strip().rstrip(";.") for line in lines if line.strip()]
    items = [i for i in items if i and (addressed or not _AS_ABOVE.fullmatch(i))]
    items.sort(key=lambda i: bool(_FILED.match(i)))  # stable: the rest keep their order
    mark = _drafter(drafter, copies)
    if mark:
        at = next((n for n, i in enumerate(items) if _FILED.match(i)), None)
        code = drafter.strip().upper()
        if at is None:
            items.append(f"Lưu: VT, {mark}")
        else:
            head, _, rest = items[at].partition(":")
            kept = [t.strip() for t in rest.split(",") if t.strip() and t.strip().upper() != code]
            items[at] = f"{head}: {', '.join([*kept, mark])}"
    return [f"- {i}{'.' if n == len(items) - 1 else ';'}" for n, i in enumerate(items)]


_FILED = re.compile(r"lưu\s*(:|vt\b)", re.IGNORECASE)  # "Lưu: VT, …", not "Lưu trữ lịch sử"
_AS_ABOVE = re.compile(r"như\s+trên(\s*\(.*\))?", re.IGNORECASE)


def _drafter(code: str, copies: int | None) -> str:
    code = code.strip().upper()
    if not code:
        return ""
    return f"{code} ({copies})" if copies is not None else code


def _minutes(record: Record) -> Composed:
    m = record.meeting
    s = record.minutes
    body = _Outline(record, Kind.MINUTES, s).sections(_outline_of(record, Kind.MINUTES))
    body += _closing_paragraphs(s.closing or [])
    _end_body(body)
    c = record.closing
    if s.signatures is None:
        signatures = [
            Signature(["THƯ KÝ"], m.secretary.name.strip()),
            Signature(["CHỦ TỌA"], m.chair.name.strip()),
        ]
    else:
        signatures = [_signature(b.title, b.name) for b in s.signatures]
    summary = s.summary.strip() or (f"Cuộc họp {m.name.strip()}" if m.name.strip() else "")
    recipients = c.recipients if s.recipients is None else s.recipients
    return Composed(
        kind=Kind.MINUTES,
        header=_header(record, Kind.MINUTES),
        type_name=w.upper_vi(s.title) or "BIÊN BẢN",
        summary=summary,
        body=body,
        signatures=signatures,
        recipients=_recipients(
            recipients, c.drafter if s.recipients is None else "", addressed=False
        ),
        recipients_beside=False,
    )


def _news(record: Record) -> Composed:
    m = record.meeting
    n = record.news
    title = n.title.strip() or (f"Cuộc họp {m.name.strip()}" if m.name.strip() else "")
    date_text = f"Ngày {w.date_short(m.date)}" if m.date else ""
    body: list[Element] = [*_opening(record, date_text), *_assessment(record), *_directives(record)]
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
