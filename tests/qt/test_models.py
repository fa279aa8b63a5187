"""Item models under QAbstractItemModelTester, and undo/redo of every kind of edit."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt

from gui.core.record import Attendance, Department, ProgressItem, Task, TaskStatus
from gui.core.recordfile import load_record
from gui.qt.document import RecordDocument
from gui.qt.models import (
    AttendeesModel,
    DepartmentsModel,
    DiscussionModel,
    ProgressModel,
    TasksModel,
)

from ..conftest import SEED_LAO_CAI, SEED_QN

EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def doc(qapp) -> RecordDocument:  # type: ignore[no-untyped-def]
    return RecordDocument(load_record(SEED_LAO_CAI))


def _models(doc: RecordDocument):  # type: ignore[no-untyped-def]
    tasks = TasksModel(doc)
    tasks.show_department(0)
    doc.record.progress.items = [ProgressItem(department="Văn phòng", content="Việc cũ")]
    return [
        AttendeesModel(doc),
        DiscussionModel(doc),
        DepartmentsModel(doc),
        tasks,
        ProgressModel(doc),
    ]


def test_models_pass_the_model_tester(qtmodeltester, doc: RecordDocument) -> None:
    for model in _models(doc):
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=False)


def test_models_stay_valid_through_inserts_removals_and_moves(qtmodeltester, doc) -> None:  # type: ignore[no-untyped-def]
    for model in _models(doc):
        qtmodeltester.check(model, force_py=False)
        n = model.rowCount()
        model.add_row(0)
        model.add_row()
        model.move_row(0, model.rowCount() - 1)
        model.remove_row(1)
        assert model.rowCount() == n + 1
        doc.undo_stack.undo()
        doc.undo_stack.undo()
        doc.undo_stack.undo()
        doc.undo_stack.undo()
        assert model.rowCount() == n


def test_cell_edit_goes_through_undo(doc: RecordDocument) -> None:
    model = DepartmentsModel(doc)
    original = doc.record.directives.departments[2].name
    assert model.setData(model.index(2, 0), "Sở Xây dựng tỉnh", EDIT)
    assert doc.record.directives.departments[2].name == "Sở Xây dựng tỉnh"
    assert model.index(2, 0).data() == "Sở Xây dựng tỉnh"
    doc.undo_stack.undo()
    assert doc.record.directives.departments[2].name == original
    assert model.index(2, 0).data() == original
    doc.undo_stack.redo()
    assert model.index(2, 0).data() == "Sở Xây dựng tỉnh"


def test_task_date_choice_and_text_columns(doc: RecordDocument) -> None:
    model = TasksModel(doc, today=lambda: dt.date(2027, 1, 1))
    model.show_department(0)
    deadline = model.index(0, model.column_of("deadline"))
    status = model.index(0, model.column_of("status"))
    task = doc.record.directives.departments[0].tasks[0]

    assert model.setData(deadline, QDate(2026, 9, 30), EDIT)
    assert task.deadline == dt.date(2026, 9, 30)
    assert deadline.data() == "30/09/2026"
    assert deadline.data(Qt.ItemDataRole.ForegroundRole) is not None  # overdue on 2027-01-01

    assert model.setData(status, TaskStatus.DONE.value, EDIT)
    assert task.status is TaskStatus.DONE
    assert deadline.data(Qt.ItemDataRole.ForegroundRole) is None  # done is never overdue
    assert status.data() == "Hoàn thành"

    assert model.setData(deadline, None, EDIT)  # Delete clears a date
    assert task.deadline is None
    changed: list[int] = []
    model.dataChanged.connect(lambda first, _last, _roles: changed.append(first.column()))
    text = ("directives", "departments", 0, "tasks", 0, "deadline_text")
    doc.edit(text, "thường xuyên")  # a deadline in words shows in the Hạn column
    assert deadline.data() == "thường xuyên" and deadline.data(EDIT) is None
    assert model.column_of("deadline") in changed  # and is repainted there
    doc.edit(text, "")
    assert deadline.data() == ""

    for _ in range(5):
        doc.undo_stack.undo()
    assert task.deadline is None and task.status is TaskStatus.NOT_STARTED
    assert doc.undo_stack.isClean()


def test_checkbox_and_attendance(doc: RecordDocument) -> None:
    model = AttendeesModel(doc)
    group = model.index(0, 2)
    assert group.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(group, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert doc.record.meeting.attendees[0].is_group is True
    assert model.setData(model.index(0, 4), "excused", EDIT)
    assert doc.record.meeting.attendees[0].attendance is Attendance.EXCUSED
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.record.meeting.attendees[0].is_group is False
    assert doc.record.meeting.attendees[0].attendance is Attendance.PRESENT


def test_insert_remove_move_undo_restore_the_same_entries(doc: RecordDocument) -> None:
    model = DepartmentsModel(doc)
    before = [d.name for d in doc.record.directives.departments]
    removed = doc.record.directives.departments[3]
    model.remove_row(3)
    assert removed not in doc.record.directives.departments
    model.move_row(0, 4)
    assert [d.name for d in doc.record.directives.departments][4] == before[0]
    model.add_row(1, Department(name="Phòng mới", tasks=[Task(content="Việc mới")]))
    assert model.index(1, 0).data() == "Phòng mới"
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert [d.name for d in doc.record.directives.departments] == before
    assert doc.record.directives.departments[3] is removed  # with its tasks
    doc.undo_stack.redo()
    assert doc.record.directives.departments[3] is not removed


def test_drag_and_drop_moves_one_row_in_one_step(doc: RecordDocument) -> None:
    model = DepartmentsModel(doc)
    before = [d.name for d in doc.record.directives.departments]
    mime = model.mimeData([model.index(0, 0)])
    handled = model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert handled is False  # the model moved it; the view must not delete the source
    after = [d.name for d in doc.record.directives.departments]
    assert after == [*before[1:3], before[0], *before[3:]]
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert [d.name for d in doc.record.directives.departments] == before


def test_tasks_model_follows_the_selected_department(doc: RecordDocument) -> None:
    model = TasksModel(doc)
    model.show_department(1)
    assert model.rowCount() == len(doc.record.directives.departments[1].tasks)
    model.show_department(None)
    assert model.rowCount() == 0
    assert not model.setData(model.index(0, 0), "x", EDIT)


def test_seed_qn_models_are_empty_where_the_seed_says_nothing(qapp) -> None:  # type: ignore[no-untyped-def]
    doc = RecordDocument(load_record(SEED_QN))
    assert DepartmentsModel(doc).rowCount() == 0
    assert AttendeesModel(doc).rowCount() == 2


def test_cell_text_is_stored_nfc(doc: RecordDocument) -> None:
    import unicodedata

    model = DiscussionModel(doc)
    assert model.setData(model.index(0, 1), unicodedata.normalize("NFD", "Ý kiến đồng ý"), EDIT)
    assert doc.record.content.discussion[0].content == "Ý kiến đồng ý"
    assert unicodedata.is_normalized("NFC", doc.record.content.discussion[0].content)
