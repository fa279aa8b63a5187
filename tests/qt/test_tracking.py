"""The tracking book: filters, in-place status changes written back safely, statistics."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, Qt

from gui.core.record import Department, Record, Task, TaskStatus
from gui.core.recordfile import load_record, save_record
from gui.qt.library import LibraryController
from gui.qt.locking import lock_path
from gui.qt.tracking import TrackedTasksModel, TrackingWidget

TODAY = dt.date(2017, 12, 1)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    lib = tmp_path / "Bienban"
    lib.mkdir()
    r = Record()
    r.header.number, r.header.issue_date = 5, dt.date(2017, 10, 5)
    r.meeting.name, r.meeting.date = "giao ban Quý III/2017", dt.date(2017, 10, 4)
    r.directives.departments = [
        Department(
            "Văn phòng",
            [
                Task(content="Rà soát tiến độ", deadline=dt.date(2017, 11, 30)),
                Task(content="Báo cáo quý", deadline=dt.date(2017, 12, 31)),
            ],
        ),
        Department("Phòng Đầu tư", [Task(content="Đôn đốc dự án", deadline_text="thường xuyên")]),
    ]
    save_record(r, lib / "q3.bienban.json")
    return lib


@pytest.fixture
def tracking(qtbot, folder: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    library = LibraryController(str(folder), tmp_path / "index.sqlite3")
    library.refresh()
    widget = TrackingWidget(library, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _contents(widget: TrackingWidget) -> list[str]:
    return [r.content for r in widget.model.rows]


def test_model_passes_the_tester(qtmodeltester, tracking) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(tracking.model, force_py=False)
    qtmodeltester.check(tracking.proxy, force_py=False)


def test_search_and_filters(qtbot, tracking) -> None:  # type: ignore[no-untyped-def]
    assert len(tracking.model.rows) == 3
    qtbot.keyClicks(tracking.search, "tien do")
    assert _contents(tracking) == ["Rà soát tiến độ"]
    tracking.search.clear()
    tracking.department.setCurrentIndex(tracking.department.findData("Phòng Đầu tư"))
    assert _contents(tracking) == ["Đôn đốc dự án"]
    tracking.department.setCurrentIndex(0)
    tracking.category.setCurrentIndex(tracking.category.findData("overdue"))
    assert _contents(tracking) == ["Rà soát tiến độ"]
    assert tracking.count.text() == "1 nhiệm vụ, 1 quá hạn"


def test_overdue_rows_stand_out(tracking) -> None:  # type: ignore[no-untyped-def]
    rows = {r.content: i for i, r in enumerate(tracking.model.rows)}
    overdue = tracking.model.index(rows["Rà soát tiến độ"], 0)
    fine = tracking.model.index(rows["Báo cáo quý"], 0)
    assert overdue.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert fine.data(Qt.ItemDataRole.BackgroundRole) is None
    days = tracking.model.index(rows["Rà soát tiến độ"], 10).data()
    assert days == "quá 1"


def _row(widget: TrackingWidget, content: str) -> int:
    return next(i for i, r in enumerate(widget.model.rows) if r.content == content)


def test_status_change_is_written_back_and_undone(tracking, folder: Path) -> None:  # type: ignore[no-untyped-def]
    path = folder / "q3.bienban.json"
    index = tracking.model.index(_row(tracking, "Rà soát tiến độ"), TrackedTasksModel.STATUS)
    assert tracking.model.setData(index, TaskStatus.DONE.value)
    task = load_record(path).directives.departments[0].tasks[0]
    assert task.status is TaskStatus.DONE and task.completed_on == TODAY
    assert tracking.model.rows[_row(tracking, "Rà soát tiến độ")].status is TaskStatus.DONE
    assert Path(str(path) + "~").exists()  # the same safe save as the editor
    tracking.library.undo_stack.undo()
    task = load_record(path).directives.departments[0].tasks[0]
    assert task.status is TaskStatus.NOT_STARTED and task.completed_on is None
    completed = tracking.model.index(_row(tracking, "Báo cáo quý"), TrackedTasksModel.COMPLETED)
    from PySide6.QtCore import QDate

    assert tracking.model.setData(completed, QDate(2017, 11, 28))
    task = load_record(path).directives.departments[0].tasks[1]
    assert task.status is TaskStatus.DONE and task.completed_on == dt.date(2017, 11, 28)


def test_write_back_respects_another_editors_lock(qtbot, tracking, folder: Path) -> None:  # type: ignore[no-untyped-def]
    path = folder / "q3.bienban.json"
    before = path.read_bytes()
    other = QLockFile(lock_path(str(path)))
    assert other.tryLock(0)  # a colleague has it open
    try:
        index = tracking.model.index(_row(tracking, "Rà soát tiến độ"), TrackedTasksModel.STATUS)
        with qtbot.waitSignal(tracking.library.write_failed, timeout=1000) as blocker:
            tracking.model.setData(index, TaskStatus.DONE.value)
        assert "đang được mở" in blocker.args[0]
        assert path.read_bytes() == before
        assert tracking.library.undo_stack.count() == 0  # the failed change left no step
    finally:
        other.unlock()


def test_write_back_through_an_open_window(qtbot, window, folder: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = folder / "q3.bienban.json"
    assert window.open_file(str(path), ask=False)
    library = LibraryController(
        str(folder), tmp_path / "index2.sqlite3", open_windows=lambda: [window]
    )
    library.refresh()
    widget = TrackingWidget(library, today=lambda: TODAY)
    qtbot.addWidget(widget)
    index = widget.model.index(_row(widget, "Đôn đốc dự án"), TrackedTasksModel.STATUS)
    assert widget.model.setData(index, TaskStatus.IN_PROGRESS.value)
    assert window.doc.record.directives.departments[1].tasks[0].status is TaskStatus.IN_PROGRESS
    assert load_record(path).directives.departments[1].tasks[0].status is TaskStatus.IN_PROGRESS
    assert not window.isWindowModified()  # saved through the window
    window.actions.edit_undo.trigger()  # the editor's own undo undoes it too
    assert window.doc.record.directives.departments[1].tasks[0].status is TaskStatus.NOT_STARTED


def test_statistics_and_chart(tracking) -> None:  # type: ignore[no-untyped-def]
    table = tracking.stats_table
    rows = {
        table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, 6)]
        for r in range(table.rowCount())
    }
    assert rows == {
        "Phòng Đầu tư": ["1", "0", "0", "1", "0"],
        "Văn phòng": ["2", "0", "0", "1", "1"],
    }
    assert [s.department for s in tracking.chart.stats] == ["Phòng Đầu tư", "Văn phòng"]
    image = tracking.chart.grab().toImage()
    assert not image.isNull()
    tracking.period.setCurrentIndex(tracking.period.findData("year"))  # 2017
    assert tracking.stats_table.rowCount() == 2
    tracking.period.setCurrentIndex(tracking.period.findData("month"))  # December: no meeting
    assert tracking.stats_table.rowCount() == 0


def test_export_xlsx_and_csv(tracking, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "reports"
    out.mkdir()
    [xlsx] = tracking.export(str(out), "xlsx")
    from openpyxl import load_workbook

    book = load_workbook(xlsx)
    assert book["Thống kê"]["A3"].value in ("Phòng Đầu tư", "Văn phòng")
    assert book["Nhiệm vụ"].max_row == 4
    files = tracking.export(str(out), "csv")
    assert len(files) == 2 and all(Path(f).read_text(encoding="utf-8") for f in files)


def test_double_click_opens_the_meeting_at_the_task(qtbot, window, folder: Path) -> None:  # type: ignore[no-untyped-def]
    window.settings.set_library_folder(str(folder))
    tracking_window = window.show_tracking()
    widget = tracking_window.tracking
    widget.library.refresh()
    row = _row(widget, "Báo cáo quý")
    source = widget.model.index(row, 4)
    with qtbot.waitSignal(widget.open_task, timeout=1000):
        widget.view.doubleClicked.emit(widget.proxy.mapFromSource(source))
    assert window.doc.file_name == str(folder / "q3.bienban.json")
    assert window.tabs.currentWidget() is window.directives_section
    assert window.directives_section.tasks.view.currentIndex().row() == 1
    tracking_window.close()


def test_next_meeting_and_next_number_from_the_window(qtbot, window, folder: Path) -> None:  # type: ignore[no-untyped-def]
    window.settings.set_library_folder(str(folder))
    assert window.open_file(str(folder / "q3.bienban.json"), ask=False)
    window.actions.next_meeting.trigger()
    record = window.doc.record
    assert record.meeting.name == "giao ban Quý IV/2017"
    assert [i.content for i in record.progress.items] == [
        "Rà soát tiến độ",
        "Báo cáo quý",
        "Đôn đốc dự án",
    ]
    assert window.isWindowModified() and window.doc.file_name == ""
    record.header.issue_date = dt.date(2017, 12, 30)
    window.actions.next_number.trigger()
    assert record.header.number == 6
    window.doc.edit(("header", "number"), 5)
    window.checks.refresh()
    texts = [window.checks.list.item(i).text() for i in range(window.checks.list.count())]
    assert any("Số 5 đã dùng" in t and "q3.bienban.json" in t for t in texts)


def test_index_follows_the_folder_while_open(qtbot, tracking, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """QFileSystemWatcher: a file saved into the library shows up without a manual refresh."""
    r = load_record(folder / "q3.bienban.json")
    r.meeting.name = "giao ban tháng 11/2017"
    r.directives.departments[0].tasks[0].content = "Việc của tháng mười một"
    with qtbot.waitSignal(tracking.library.updated, timeout=5000) as blocker:
        save_record(r, folder / "t11.bienban.json")
    assert str(folder / "t11.bienban.json") in blocker.args[0].added
    assert "Việc của tháng mười một" in _contents(tracking)
    with qtbot.waitSignal(tracking.library.updated, timeout=5000) as blocker:
        (folder / "t11.bienban.json").unlink()
    assert blocker.args[0].removed == [str(folder / "t11.bienban.json")]
