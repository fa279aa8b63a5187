"""The meeting record: one meeting, its conclusion notice and its minutes.

Plain dataclasses, no Qt. The record file (``gui.core.recordfile``) turns them into JSON and
back; the Qt side edits them only through ``gui.core.paths`` operations wrapped in undo
commands.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import field

from gui.core.recordclass import record_class
from gui.core.typed_dates import date_in_words


class Attendance(enum.StrEnum):
    """Whether an attendee was at the meeting."""

    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class TaskStatus(enum.StrEnum):
    """Progress of a directive. "Overdue" is computed (``Task.is_overdue``), never stored."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class Authority(enum.StrEnum):
    """Signing authority prefix (thẩm quyền ký) of NĐ 30/2020, Phụ lục I."""

    NONE = ""
    TM = "TM"
    KT = "KT"
    TL = "TL"
    TUQ = "TUQ"
    Q = "Q"
    TL_KT = "TL_KT"  # "TL. TRƯỞNG BAN" / "KT. CHÁNH VĂN PHÒNG" / "PHÓ CHÁNH VĂN PHÒNG"
    TM_KT = "TM_KT"  # "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"


@record_class
class Person:
    """A named person with a position, e.g. the chair or the secretary."""

    name: str = ""
    position: str = ""


@record_class
class Attendee:
    """Someone (or a group, e.g. "Trưởng, phó các phòng") at the meeting."""

    name: str = ""
    position: str = ""
    is_group: bool = False
    is_guest: bool = False
    attendance: Attendance = Attendance.PRESENT
    reason: str = ""
    honorific: str = ""  # "Ông", "Bà", "đồng chí"; empty: the attendees block's default
    organisation: str = ""  # minutes group attendees by organisation ("Sở Công Thương …")
    role: str = ""  # "Chủ trì", "Thành viên", "Trưởng đoàn"


@record_class
class Speech:
    """One report or opinion in the discussion, in the order it was given."""

    speaker: str = ""
    content: str = ""


@record_class
class Task:
    """One directive assigned to a department."""

    content: str = ""
    lead: str = ""
    coordinating: str = ""
    deadline: dt.date | None = None
    deadline_text: str = ""
    status: TaskStatus = TaskStatus.NOT_STARTED
    completed_on: dt.date | None = None
    note: str = ""
    department: str = ""  # in a tasks block of the outline; a Department's tasks use its name

    def has_deadline(self) -> bool:
        """True when the task has a dated or a worded deadline."""
        return self.deadline is not None or bool(self.deadline_text.strip())

    def is_overdue(self, today: dt.date) -> bool:
        """True when the task is not done and its deadline (``due_date``) has passed."""
        due = due_date(self)
        return self.status is not TaskStatus.DONE and due is not None and due < today


def due_date(task: Task | ProgressItem) -> dt.date | None:
    """When ``task`` is due: its dated deadline, else the date its deadline in words names
    ("trước ngày 15/12/2026"), else None ("thường xuyên"). What follow-up counts by; the
    documents print the deadline as written."""
    if task.deadline is not None:
        return task.deadline
    return date_in_words(task.deadline_text) if task.deadline_text else None


@record_class
class TrackedTask:
    """A task with where it is in the record (a path for ``gui.core.paths``) and its
    department."""

    path: tuple[str | int, ...]
    department: str
    task: Task


@record_class
class Department:
    """A department (phòng, đơn vị, sở) and the tasks the chair gave it."""

    name: str = ""
    tasks: list[Task] = field(default_factory=list)


@record_class
class Header:
    """The document header of NĐ 30: agencies, number and symbol, place and date, summary."""

    parent_agency: str = ""
    agency: str = ""
    agency_code: str = ""
    doc_kind: str = "TB"
    number: int | None = None
    place: str = ""
    issue_date: dt.date | None = None
    issue_month: int | None = None  # a partly known date: "ngày      tháng 4 năm 2026"
    issue_year: int | None = None
    summary: str = ""


@record_class
class Meeting:
    """When, where and with whom the meeting took place."""

    name: str = ""
    date: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    location: str = ""
    chair: Person = field(default_factory=Person)
    secretary: Person = field(default_factory=Person)
    attendees: list[Attendee] = field(default_factory=list)


@record_class
class Content:
    """Opening and basis, discussion, and the chair's assessment.

    With ``intro_from_fields`` the composer opens with a sentence built from the meeting
    fields (date, chair, attendees) and ``opening`` holds the basis ("Trên cơ sở rà soát …");
    without it, ``opening`` is the whole opening as written.
    """

    intro_from_fields: bool = True
    opening: list[str] = field(default_factory=list)
    discussion: list[Speech] = field(default_factory=list)
    results: list[str] = field(default_factory=list)
    limitations: list[str] = field(default_factory=list)


@record_class
class Directives:
    """The chair's general instruction and the per-department tasks."""

    general: list[str] = field(default_factory=list)
    departments: list[Department] = field(default_factory=list)


@record_class
class Signer:
    """Who signs, and under which authority.

    ``authority_of`` is the head or collective the prefix refers to ("TRƯỞNG BAN");
    ``intermediate`` is the middle line of the two-level "TL. … / KT. …" form.
    """

    authority: Authority = Authority.NONE
    authority_of: str = ""
    intermediate: str = ""
    position: str = ""
    name: str = ""


@record_class
class Closing:
    """Closing sentence, recipients, signer, drafter mark and copies."""

    sentence: str = ""
    recipients: list[str] = field(default_factory=list)
    signer: Signer = field(default_factory=Signer)
    drafter: str = ""
    copies: int | None = None


@record_class
class ProgressItem:
    """An unfinished task of the previous meeting, reviewed at this one."""

    department: str = ""
    content: str = ""
    deadline: dt.date | None = None
    deadline_text: str = ""
    status: TaskStatus = TaskStatus.NOT_STARTED
    completed_on: dt.date | None = None
    note: str = ""


@record_class
class Progress:
    """ "Tình hình thực hiện các nhiệm vụ tại Thông báo số …": the previous notice's tasks."""

    reference: str = ""
    items: list[ProgressItem] = field(default_factory=list)


@record_class
class News:
    """The website news item (tin bài) about the meeting."""

    title: str = ""
    posted_on: dt.date | None = None
    author: str = ""


class Numbering(enum.StrEnum):
    """How a section's heading is numbered. Numbers are computed, never typed."""

    NONE = ""
    ROMAN = "I."
    ARABIC = "1."
    NESTED = "1.1."
    LETTER = "a)"
    DASH = "-"
    PLUS = "+"


class BlockKind(enum.StrEnum):
    """What a block of a section holds.

    The first four hold their own content. The others show structured data the record keeps
    once (the meeting, the discussion, the previous tasks, the department directives), so the
    notice, the minutes and the tracking book cannot disagree.
    """

    PARAGRAPHS = "paragraphs"  # paragraphs as written, optionally "- " / "+ " items
    TASKS = "tasks"  # directives written here: tracked like the department tasks
    TABLE = "table"  # rows × columns of text, the first ``header_rows`` rows a header
    SPEECHES = "speeches"  # discussion written here: speaker and what they said
    OPENING = "opening"  # the opening sentence built from the meeting, and the basis
    ATTENDEES = "attendees"  # the meeting's attendees
    DISCUSSION = "discussion"  # the meeting's discussion, in order
    PROGRESS = "progress"  # the previous meeting's tasks, as reviewed
    ASSESSMENT = "assessment"  # results and limitations
    GENERAL = "general"  # the chair's general instruction
    DEPARTMENTS = "departments"  # the tasks per department
    MEETING_FACTS = "meeting_facts"  # minutes (Mẫu 1.9): time, place, attendees, chair, secretary
    CONCLUSIONS = "conclusions"  # minutes: the notice's numbered sections
    MEETING_END = "meeting_end"  # minutes: "Cuộc họp kết thúc vào …"


class IntroOrder(enum.StrEnum):
    """How the opening sentence names the chair: "đồng chí X - Chức vụ" or "Chức vụ X"."""

    NAME_FIRST = "name_first"
    POSITION_FIRST = "position_first"


class AttendeeStyle(enum.StrEnum):
    """How an attendee line is written, as agencies write it."""

    DASH = "dash"  # "đồng chí Nguyễn Văn A - Phó Trưởng ban"
    COMMA = "comma"  # "Ông Nguyễn Văn A, Phó Trưởng phòng - Chủ trì"
    LABELLED = "labelled"  # "Ông: Nguyễn Văn A - Chức vụ: Giám đốc"


@record_class
class Speaker:
    """One contribution in a speeches block."""

    speaker: str = ""
    paragraphs: list[str] = field(default_factory=list)


@record_class
class Block:
    """A block of a section. Only the fields of its ``kind`` are used."""

    kind: BlockKind = BlockKind.PARAGRAPHS
    paragraphs: list[str] = field(default_factory=list)
    bullet: str = ""  # PARAGRAPHS: "", "-" or "+" before each paragraph
    tasks: list[Task] = field(default_factory=list)  # TASKS
    group_by_department: bool = False  # TASKS: under numbered department headings
    rows: list[list[str]] = field(default_factory=list)  # TABLE
    header_rows: int = 1  # TABLE
    speeches: list[Speaker] = field(default_factory=list)  # SPEECHES
    intro_order: IntroOrder = IntroOrder.NAME_FIRST  # OPENING
    with_place: bool = True  # OPENING: "…, tại <place>, …" (records before version 4: no)
    italic: bool = False  # PARAGRAPHS: the legal basis ("Căn cứ …") of minutes
    attendee_style: AttendeeStyle = AttendeeStyle.DASH  # ATTENDEES
    honorific: str = "đồng chí"  # ATTENDEES: for attendees without their own
    organisation: str = ""  # ATTENDEES: only this organisation's people ("" = everyone)
    grouped: bool = False  # ATTENDEES: numbered by organisation
    item_end: str = ";"  # ATTENDEES, TASKS: ";" between items (the last ends "."), or "."


MAX_SECTION_DEPTH = 8
"""How deep sections may nest (I. › 1. › 1.1. › a) › - › + … is five); a file nesting deeper
is refused on load."""


def outline_depth(sections: list[Section]) -> int:
    """How many levels of sections ``sections`` has (0 for none), without recursion."""
    depth, level = 0, sections
    while level:
        depth += 1
        level = [child for s in level for child in s.sections]
    return depth


@record_class
class Section:
    """A section of the body: an optional heading, its numbering, blocks, sub-sections."""

    heading: str = ""
    numbering: Numbering = Numbering.NONE
    blocks: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)


@record_class
class SignatureBlock:
    """One person signing: the title lines ("TRƯỞNG ĐOÀN", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
    and the name, with room for the signature and seal between them."""

    title: str = ""
    name: str = ""


@record_class
class DocumentSettings:
    """How one document (the notice or the minutes) is shaped and headed.

    ``outline`` None: the default outline of the kind (``gui.core.outline``). The notice takes
    its number, date and summary from ``Record.header``; the minutes have their own here, so
    no document reuses another's number.
    """

    outline: list[Section] | None = None
    title: str = ""  # "" → "THÔNG BÁO" / "BIÊN BẢN"
    summary: str = ""  # minutes; "" → "Cuộc họp …"
    show_agency: bool = True
    show_number: bool = True
    doc_kind: str = ""  # minutes; "" → "BB"
    number: int | None = None  # minutes
    place: str = ""  # minutes
    date: dt.date | None = None  # minutes
    date_month: int | None = None  # minutes, a partly known date
    date_year: int | None = None
    signatures: list[SignatureBlock] | None = None  # None: the kind's default signers
    closing: list[str] | None = None  # minutes' closing formula; None: none
    recipients: list[str] | None = None  # minutes; None: the notice's recipients
    deadline_style: str = "short"  # "short": ngày 20/10/2024; "long": ngày 20 tháng 10 năm 2024
    deadline_words: str = "hoàn thành trước"  # what leads a deadline
    deadline_separator: str = "; "  # between a task and its deadline


@record_class
class IssuedAnnex:
    """An annex (phụ lục) issued with the document as a file of its own: its file name
    (beside the record) and its SHA-256."""

    file: str = ""
    sha256: str = ""


@record_class
class Issue:
    """The record of an electronic issue (ký số): which document was signed, its number and
    issue date, when, the signed PDF's file name (beside the record) and its SHA-256, and the
    annexes issued with it."""

    kind: str = "notice"
    number: str = ""
    issue_date: dt.date | None = None
    signed_at: str = ""  # ISO 8601, Vietnam time
    file: str = ""
    sha256: str = ""
    annexes: list[IssuedAnnex] = field(default_factory=list)


@record_class
class Record:
    """One meeting: everything the notice and the minutes are composed from."""

    header: Header = field(default_factory=Header)
    meeting: Meeting = field(default_factory=Meeting)
    content: Content = field(default_factory=Content)
    directives: Directives = field(default_factory=Directives)
    closing: Closing = field(default_factory=Closing)
    news: News = field(default_factory=News)
    progress: Progress = field(default_factory=Progress)
    notice: DocumentSettings = field(default_factory=DocumentSettings)
    minutes: DocumentSettings = field(default_factory=DocumentSettings)
    issue: Issue | None = None  # set once the document is signed; editing starts a new version

    def tracked_tasks(self) -> list[TrackedTask]:
        """Every tracked task in document order: the department tasks, then the tasks blocks of
        the notice's outline, then of the minutes' outline, each with its path."""
        out = [
            TrackedTask(("directives", "departments", d, "tasks", t), dept.name, task)
            for d, dept in enumerate(self.directives.departments)
            for t, task in enumerate(dept.tasks)
        ]
        for doc in ("notice", "minutes"):
            outline = getattr(self, doc).outline
            if outline is not None:
                out += _outline_tasks(outline, (doc, "outline"))
        return out

    def all_tasks(self) -> list[tuple[int, int, Task]]:
        """Every task with its department and task index, in document order."""
        return [
            (d, t, task)
            for d, dept in enumerate(self.directives.departments)
            for t, task in enumerate(dept.tasks)
        ]


def _outline_tasks(sections: list[Section], path: tuple[str | int, ...]) -> list[TrackedTask]:
    out: list[TrackedTask] = []
    for s, section in enumerate(sections):
        here = (*path, s)
        for b, block in enumerate(section.blocks):
            if block.kind is BlockKind.TASKS:
                out += [
                    TrackedTask((*here, "blocks", b, "tasks", t), task.department, task)
                    for t, task in enumerate(block.tasks)
                ]
        out += _outline_tasks(section.sections, (*here, "sections"))
    return out
