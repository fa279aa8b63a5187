"""The record dataclasses: defaults, deadlines, overdue tasks, document order of tasks."""

from __future__ import annotations

import datetime as dt

import pytest

from gui.core.record import (
    Attendance,
    Authority,
    Department,
    Record,
    Task,
    TaskStatus,
)


def test_new_record_is_empty_and_independent() -> None:
    a, b = Record(), Record()
    assert a == b
    a.meeting.attendees.append(object())  # type: ignore[arg-type]
    a.directives.departments.append(Department("Văn phòng"))
    assert b.meeting.attendees == []
    assert b.directives.departments == []
    assert a.header.doc_kind == "TB"
    assert a.content.intro_from_fields is True
    assert a.closing.signer.authority is Authority.NONE


def test_enum_values_match_the_file_format() -> None:
    assert [a.value for a in Attendance] == ["present", "absent", "excused"]
    assert [s.value for s in TaskStatus] == ["not_started", "in_progress", "done"]


@pytest.mark.parametrize(
    ("task", "expected"),
    [
        (Task(), False),
        (Task(deadline_text="   "), False),
        (Task(deadline_text="thường xuyên"), True),
        (Task(deadline=dt.date(2017, 12, 31)), True),
    ],
)
def test_has_deadline(task: Task, expected: bool) -> None:
    assert task.has_deadline() is expected


def test_is_overdue() -> None:
    today = dt.date(2026, 7, 1)
    assert Task(deadline=dt.date(2026, 6, 30)).is_overdue(today)
    assert not Task(deadline=dt.date(2026, 7, 1)).is_overdue(today)
    assert not Task(deadline=dt.date(2026, 7, 2)).is_overdue(today)
    assert not Task(deadline=dt.date(2026, 6, 30), status=TaskStatus.DONE).is_overdue(today)
    assert Task(deadline=dt.date(2026, 6, 30), status=TaskStatus.IN_PROGRESS).is_overdue(today)
    assert not Task(deadline_text="thường xuyên").is_overdue(today)


def test_all_tasks_in_document_order() -> None:
    t1, t2, t3 = Task("một"), Task("hai"), Task("ba")
    record = Record()
    record.directives.departments = [
        Department("A", [t1, t2]),
        Department("B"),
        Department("C", [t3]),
    ]
    assert record.all_tasks() == [(0, 0, t1), (0, 1, t2), (2, 0, t3)]
    assert Record().all_tasks() == []
