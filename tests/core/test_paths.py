"""Addressing record parts by path: get, set, insert, remove, move."""

from __future__ import annotations

import pytest

from gui.core import paths
from gui.core.record import Department, Record, Task


@pytest.fixture
def record() -> Record:
    r = Record()
    r.directives.departments = [
        Department("A", [Task("a1"), Task("a2")]),
        Department("B"),
        Department("C"),
    ]
    return r


def test_get(record: Record) -> None:
    assert paths.get(record, ()) is record
    assert paths.get(record, ("directives", "departments", 0, "tasks", 1, "content")) == "a2"
    assert paths.get(record, ("header", "doc_kind")) == "TB"


def test_set_value_returns_previous(record: Record) -> None:
    old = paths.set_value(record, ("directives", "departments", 1, "name"), "Văn phòng")
    assert old == "B"
    assert record.directives.departments[1].name == "Văn phòng"
    new_task = Task("mới")
    old_task = paths.set_value(record, ("directives", "departments", 0, "tasks", 0), new_task)
    assert old_task.content == "a1"
    assert record.directives.departments[0].tasks[0] is new_task


def test_insert_remove_move(record: Record) -> None:
    lp = ("directives", "departments")
    paths.insert(record, lp, 1, Department("X"))
    assert [d.name for d in record.directives.departments] == ["A", "X", "B", "C"]
    removed = paths.remove(record, lp, 0)
    assert removed.name == "A"
    assert [d.name for d in record.directives.departments] == ["X", "B", "C"]
    paths.move(record, lp, 0, 2)
    assert [d.name for d in record.directives.departments] == ["B", "C", "X"]
    paths.move(record, lp, 2, 0)
    assert [d.name for d in record.directives.departments] == ["X", "B", "C"]


def test_bad_paths_raise(record: Record) -> None:
    with pytest.raises(AttributeError):
        paths.get(record, ("nope",))
    with pytest.raises(IndexError):
        paths.get(record, ("directives", "departments", 9))
