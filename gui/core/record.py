"""The meeting record: one meeting, its conclusion notice and its minutes.

Plain dataclasses, no Qt. The record file (``gui.core.recordfile``) turns them into JSON and
back; the Qt side edits them only through ``gui.core.paths`` operations wrapped in undo
commands.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field


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
    TL_KT = "TL_KT"


@dataclass
class Person:
    """A named person with a position, e.g. the chair or the secretary."""

    name: str = ""
    position: str = ""


@dataclass
class Attendee:
    """Someone (or a group, e.g. "Trưởng, phó các phòng") at the meeting."""

    name: str = ""
    position: str = ""
    is_group: bool = False
    is_guest: bool = False
    attendance: Attendance = Attendance.PRESENT
    reason: str = ""


@dataclass
class Speech:
    """One report or opinion in the discussion, in the order it was given."""

    speaker: str = ""
    content: str = ""


@dataclass
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

    def has_deadline(self) -> bool:
        """True when the task has a dated or a worded deadline."""
        return self.deadline is not None or bool(self.deadline_text.strip())

    def is_overdue(self, today: dt.date) -> bool:
        """True when the task is not done and its dated deadline has passed."""
        return (
            self.status is not TaskStatus.DONE
            and self.deadline is not None
            and self.deadline < today
        )


@dataclass
class Department:
    """A department (phòng, đơn vị, sở) and the tasks the chair gave it."""

    name: str = ""
    tasks: list[Task] = field(default_factory=list)


@dataclass
class Header:
    """The document header of NĐ 30: agencies, number and symbol, place and date, summary."""

    parent_agency: str = ""
    agency: str = ""
    agency_code: str = ""
    doc_kind: str = "TB"
    number: int | None = None
    place: str = ""
    issue_date: dt.date | None = None
    summary: str = ""


@dataclass
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


@dataclass
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


@dataclass
class Directives:
    """The chair's general instruction and the per-department tasks."""

    general: list[str] = field(default_factory=list)
    departments: list[Department] = field(default_factory=list)


@dataclass
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


@dataclass
class Closing:
    """Closing sentence, recipients, signer, drafter mark and copies."""

    sentence: str = ""
    recipients: list[str] = field(default_factory=list)
    signer: Signer = field(default_factory=Signer)
    drafter: str = ""
    copies: int | None = None


@dataclass
class ProgressItem:
    """An unfinished task of the previous meeting, reviewed at this one."""

    department: str = ""
    content: str = ""
    deadline: dt.date | None = None
    deadline_text: str = ""
    status: TaskStatus = TaskStatus.NOT_STARTED
    completed_on: dt.date | None = None
    note: str = ""


@dataclass
class Progress:
    """ "Tình hình thực hiện các nhiệm vụ tại Thông báo số …": the previous notice's tasks."""

    reference: str = ""
    items: list[ProgressItem] = field(default_factory=list)


@dataclass
class News:
    """The website news item (tin bài) about the meeting."""

    title: str = ""
    posted_on: dt.date | None = None
    author: str = ""


@dataclass
class Issue:
    """The record of an electronic issue (ký số): which document was signed, its number and
    issue date, when, the signed PDF's file name (beside the record) and its SHA-256."""

    kind: str = "notice"
    number: str = ""
    issue_date: dt.date | None = None
    signed_at: str = ""  # ISO 8601, Vietnam time
    file: str = ""
    sha256: str = ""


@dataclass
class Record:
    """One meeting: everything the notice and the minutes are composed from."""

    header: Header = field(default_factory=Header)
    meeting: Meeting = field(default_factory=Meeting)
    content: Content = field(default_factory=Content)
    directives: Directives = field(default_factory=Directives)
    closing: Closing = field(default_factory=Closing)
    news: News = field(default_factory=News)
    progress: Progress = field(default_factory=Progress)
    issue: Issue | None = None  # set once the document is signed; editing starts a new version

    def all_tasks(self) -> list[tuple[int, int, Task]]:
        """Every task with its department and task index, in document order."""
        return [
            (d, t, task)
            for d, dept in enumerate(self.directives.departments)
            for t, task in enumerate(dept.tasks)
        ]
