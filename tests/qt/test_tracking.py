"""The tracking book: filters, in-place status changes written back safely, statistics; the
queries and the first index build off the GUI thread (debounced search, stale answers dropped,
cancel); closing the window from the keyboard."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox

from gui.core.record import Block, BlockKind, Department, Record, Section, Task, TaskStatus
from gui.core.recordfile import load_record, save_record
from gui.qt import library as qt_library
from gui.qt.library import LibraryController
from gui.qt.locking import lock_path
from gui.qt.tracking import TrackedTasksModel, TrackingWidget, TrackingWindow

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


def _shown(qtbot, folder: Path, tmp_path: Path) -> TrackingWidget:  # type: ignore[no-untyped-def]
    """The tracking book of ``folder``, indexed, shown with its rows and statistics."""
    library = LibraryController(str(folder), tmp_path / "index.sqlite3")
    library.refresh()
    widget = TrackingWidget(library, today=lambda: TODAY)
    qtbot.addWidget(widget)
    with qtbot.waitSignals([widget.tasks_shown, widget.statistics_shown], timeout=5000):
        widget.show()
    return widget


@pytest.fixture
def tracking(qtbot, folder: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    widget = _shown(qtbot, folder, tmp_path)
    yield widget
    widget.library.shutdown()


def _contents(widget: TrackingWidget) -> list[str]:
    return [r.content for r in widget.model.tasks()]


def _listed(qtbot, widget: TrackingWidget, action) -> None:  # type: ignore[no-untyped-def]
    """Do ``action`` and wait until the list it asks for is shown."""
    with qtbot.waitSignal(widget.tasks_shown, timeout=5000):
        action()


def test_model_passes_the_tester(qtmodeltester, tracking) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(tracking.model, force_py=False)


def test_search_and_filters(qtbot, tracking) -> None:  # type: ignore[no-untyped-def]
    assert len(tracking.model.ids) == 3
    _listed(qtbot, tracking, lambda: qtbot.keyClicks(tracking.search, "tien do"))
    assert _contents(tracking) == ["Rà soát tiến độ"]
    _listed(qtbot, tracking, tracking.search.clear)
    _listed(
        qtbot,
        tracking,
        lambda: tracking.department.setCurrentIndex(tracking.department.findData("Phòng Đầu tư")),
    )
    assert _contents(tracking) == ["Đôn đốc dự án"]
    _listed(qtbot, tracking, lambda: tracking.department.setCurrentIndex(0))
    _listed(
        qtbot,
        tracking,
        lambda: tracking.category.setCurrentIndex(tracking.category.findData("overdue")),
    )
    assert _contents(tracking) == ["Rà soát tiến độ"]
    assert tracking.count.text() == "1 nhiệm vụ, 1 quá hạn"


def test_search_waits_for_a_pause_in_typing(qtbot, tracking, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """One query per pause: the keys of a word ask nothing until the pause timer fires."""
    asked: list[str] = []
    real = tracking.library.list_tasks

    def counting(requester, flt, *args):  # type: ignore[no-untyped-def]
        asked.append(flt.search)
        return real(requester, flt, *args)

    monkeypatch.setattr(tracking.library, "list_tasks", counting)
    qtbot.keyClicks(tracking.search, "tien")
    assert asked == [] and tracking._search_pause.isActive()
    qtbot.keyClicks(tracking.search, " do")  # typing on restarts the pause
    assert asked == []
    _listed(qtbot, tracking, lambda: None)
    assert asked == ["tien do"]
    assert _contents(tracking) == ["Rà soát tiến độ"]


def test_an_answer_to_an_older_request_is_dropped(qtbot, tracking, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The first query is held in the query thread until a second is asked; its answer then
    arrives first and is dropped, the second's is shown."""
    from gui.core.library import TaskList

    entered, release = threading.Event(), threading.Event()
    real = TaskList.ids
    calls = []

    def held(self, index, flt, *args):  # type: ignore[no-untyped-def]
        calls.append(flt.search)
        if len(calls) == 1:
            entered.set()
            release.wait(5)
        return real(self, index, flt, *args)

    monkeypatch.setattr(TaskList, "ids", held)
    answers: list[int] = []
    tracking.library.tasks_listed.connect(lambda _w, request, _ids, _n: answers.append(request))
    tracking.search.setText("bao cao")
    tracking.request_tasks()
    first = tracking._list_request
    qtbot.waitUntil(entered.is_set, timeout=5000)
    tracking.search.setText("tien do")
    tracking.request_tasks()
    release.set()
    with qtbot.waitSignal(tracking.tasks_shown, timeout=5000):
        pass
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=5000)
    assert answers[0] == first and calls == ["bao cao", "tien do"]
    assert _contents(tracking) == ["Rà soát tiến độ"]  # not the older answer's "Báo cáo quý"


def test_sorts_are_prepared_when_nothing_is_asked(qtbot, tracking, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """After a pause without requests, the query thread reads each column once; a header click
    then reads nothing and shows the rows in that order."""
    from gui.core.library import LibraryIndex, SortKey

    read: list[SortKey] = []
    real = LibraryIndex.sort_values

    def counting(self, sorts):  # type: ignore[no-untyped-def]
        read.extend(sorts)
        return real(self, sorts)

    monkeypatch.setattr(LibraryIndex, "sort_values", counting)
    tracking._prepare_orders.setInterval(0)
    _listed(qtbot, tracking, tracking.request_tasks)
    columns = set(SortKey) - {SortKey.DEADLINE}  # the default order: nothing to read
    qtbot.waitUntil(lambda: set(read) == columns, timeout=5000)
    assert len(read) == len(columns)
    read.clear()
    _listed(qtbot, tracking, lambda: tracking.view.sortByColumn(4, Qt.SortOrder.AscendingOrder))
    assert _contents(tracking) == ["Báo cáo quý", "Rà soát tiến độ", "Đôn đốc dự án"]
    _listed(qtbot, tracking, lambda: tracking.view.sortByColumn(4, Qt.SortOrder.DescendingOrder))
    assert _contents(tracking) == ["Đôn đốc dự án", "Rà soát tiến độ", "Báo cáo quý"]
    assert read == []


def test_overdue_rows_stand_out(tracking) -> None:  # type: ignore[no-untyped-def]
    rows = {r.content: i for i, r in enumerate(tracking.model.tasks())}
    overdue = tracking.model.index(rows["Rà soát tiến độ"], 0)
    fine = tracking.model.index(rows["Báo cáo quý"], 0)
    assert overdue.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert fine.data(Qt.ItemDataRole.BackgroundRole) is None
    days = tracking.model.index(rows["Rà soát tiến độ"], 10).data()
    assert days == "quá 1"


def _row(widget: TrackingWidget, content: str) -> int:
    return next(i for i, r in enumerate(widget.model.tasks()) if r.content == content)


def test_status_change_is_written_back_and_undone(tracking, folder: Path) -> None:  # type: ignore[no-untyped-def]
    path = folder / "q3.bienban.json"
    index = tracking.model.index(_row(tracking, "Rà soát tiến độ"), TrackedTasksModel.STATUS)
    assert tracking.model.setData(index, TaskStatus.DONE.value)
    task = load_record(path).directives.departments[0].tasks[0]
    assert task.status is TaskStatus.DONE and task.completed_on == TODAY
    row = _row(tracking, "Rà soát tiến độ")
    assert tracking.model.task(row).status is TaskStatus.DONE  # at once, before any new list
    assert tracking.model.index(row, TrackedTasksModel.STATUS).data() == "Hoàn thành — trễ hạn"
    assert Path(str(path) + "~").exists()  # the same safe save as the editor
    tracking.library.undo_stack.undo()
    task = load_record(path).directives.departments[0].tasks[0]
    assert task.status is TaskStatus.NOT_STARTED and task.completed_on is None
    completed = tracking.model.index(_row(tracking, "Báo cáo quý"), TrackedTasksModel.COMPLETED)
    from PySide6.QtCore import QDate

    assert tracking.model.setData(completed, QDate(2017, 11, 28))
    task = load_record(path).directives.departments[0].tasks[1]
    assert task.status is TaskStatus.DONE and task.completed_on == dt.date(2017, 11, 28)


def test_status_edit_repaints_its_row_only_and_asks_no_new_list(tracking, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The file indexed as it was: one index row updated (the task keeps its id), one row
    announced changed, the overdue count follows; no list asked of the query thread."""
    asked: list[object] = []
    monkeypatch.setattr(tracking.library, "list_tasks", lambda *a: asked.append(a) or 0)
    changes: list[tuple[int, int, int, int]] = []
    tracking.model.dataChanged.connect(
        lambda a, b, _roles: changes.append((a.row(), b.row(), a.column(), b.column()))
    )
    resets: list[bool] = []
    tracking.model.modelReset.connect(lambda: resets.append(True))
    row = _row(tracking, "Rà soát tiến độ")
    ids = list(tracking.model.ids)
    assert tracking.count.text() == "3 nhiệm vụ, 1 quá hạn"
    index = tracking.model.index(row, TrackedTasksModel.STATUS)
    assert tracking.model.setData(index, TaskStatus.DONE.value)
    assert changes == [(row, row, 0, 10)] and not resets and asked == []
    assert tracking.model.ids == ids  # same ids, same order
    assert tracking.model.task(row).status is TaskStatus.DONE
    assert tracking.count.text() == "3 nhiệm vụ, 0 quá hạn"
    tracking.library.undo_stack.undo()
    assert changes[1:] == [(row, row, 0, 10)] and asked == []
    assert tracking.model.task(row).status is TaskStatus.NOT_STARTED
    assert tracking.count.text() == "3 nhiệm vụ, 1 quá hạn"


def test_status_edit_of_a_file_changed_on_disk_indexes_it_whole(
    qtbot, tracking, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    """A file changed since it was indexed: the write-back indexes all of it again (what
    else changed is listed too), not just the one row."""
    path = folder / "q3.bienban.json"
    record = load_record(path)
    record.directives.departments[1].tasks[0].content = "Đôn đốc dự án trọng điểm"
    save_record(record, path)  # by someone else, not yet seen by the index
    row = _row(tracking, "Rà soát tiến độ")
    with qtbot.waitSignal(tracking.tasks_shown, timeout=5000):
        assert tracking.model.setData(
            tracking.model.index(row, TrackedTasksModel.STATUS), TaskStatus.DONE.value
        )
    assert "Đôn đốc dự án trọng điểm" in _contents(tracking)


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
    qtbot.waitUntil(lambda: len(widget.model.ids) == 3, timeout=5000)
    index = widget.model.index(_row(widget, "Đôn đốc dự án"), TrackedTasksModel.STATUS)
    assert widget.model.setData(index, TaskStatus.IN_PROGRESS.value)
    assert window.doc.record.directives.departments[1].tasks[0].status is TaskStatus.IN_PROGRESS
    assert load_record(path).directives.departments[1].tasks[0].status is TaskStatus.IN_PROGRESS
    assert not window.isWindowModified()  # saved through the window
    window.actions.edit_undo.trigger()  # the editor's own undo undoes it too
    assert window.doc.record.directives.departments[1].tasks[0].status is TaskStatus.NOT_STARTED


def _through_window(qtbot, window, folder: Path, tmp_path: Path) -> TrackingWidget:  # type: ignore[no-untyped-def]
    """The tracking book of ``folder`` with ``window`` as this process's open window."""
    library = LibraryController(
        str(folder), tmp_path / "index2.sqlite3", open_windows=lambda: [window]
    )
    library.refresh()
    widget = TrackingWidget(library, today=lambda: TODAY)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: len(widget.model.ids) == len(library.index.tasks()), timeout=5000)
    return widget


@pytest.mark.parametrize("agree", [False, True])
def test_write_back_through_a_window_with_unsaved_edits_asks_before_saving_them(  # type: ignore[no-untyped-def]
    qtbot, window, folder: Path, tmp_path: Path, agree: bool
) -> None:
    path = folder / "q3.bienban.json"
    assert window.open_file(str(path), ask=False)
    widget = _through_window(qtbot, window, folder, tmp_path)
    window.doc.edit(("header", "place"), "Hạ Long")  # typed, not saved
    before = path.read_bytes()
    asked: list[str] = []
    window.dialogs.confirm = lambda _title, text: asked.append(text) or agree  # type: ignore[method-assign]
    index = widget.model.index(_row(widget, "Đôn đốc dự án"), TrackedTasksModel.STATUS)
    widget.model.setData(index, TaskStatus.IN_PROGRESS.value)
    assert asked and "q3.bienban.json" in asked[0]
    status = window.doc.record.directives.departments[1].tasks[0].status
    if agree:  # both saved, as asked
        on_disk = load_record(path)
        assert on_disk.header.place == "Hạ Long"
        assert on_disk.directives.departments[1].tasks[0].status is TaskStatus.IN_PROGRESS
        assert status is TaskStatus.IN_PROGRESS and not window.isWindowModified()
    else:  # nothing written, the typing still unsaved, no step left to undo
        assert path.read_bytes() == before
        assert status is TaskStatus.NOT_STARTED
        assert window.isWindowModified() and window.doc.record.header.place == "Hạ Long"
        assert widget.library.undo_stack.count() == 0


def test_write_back_finds_the_task_that_unsaved_edits_moved(  # type: ignore[no-untyped-def]
    qtbot, window, folder: Path, tmp_path: Path
) -> None:
    path = folder / "q3.bienban.json"
    assert window.open_file(str(path), ask=False)
    widget = _through_window(qtbot, window, folder, tmp_path)
    tasks = ("directives", "departments", 1, "tasks")
    window.doc.insert(tasks, 0, Task(content="Mới thêm, chưa lưu"))  # moves the indexed task
    window.dialogs.confirm = lambda _title, _text: True  # type: ignore[method-assign]
    index = widget.model.index(_row(widget, "Đôn đốc dự án"), TrackedTasksModel.STATUS)
    widget.model.setData(index, TaskStatus.DONE.value)
    on_disk = {t.content: t.status for t in load_record(path).directives.departments[1].tasks}
    assert on_disk == {
        "Mới thêm, chưa lưu": TaskStatus.NOT_STARTED,
        "Đôn đốc dự án": TaskStatus.DONE,
    }


def test_an_undo_declined_leaves_no_step_and_the_file_as_it_is(  # type: ignore[no-untyped-def]
    qtbot, window, folder: Path, tmp_path: Path
) -> None:
    path = folder / "q3.bienban.json"
    assert window.open_file(str(path), ask=False)
    widget = _through_window(qtbot, window, folder, tmp_path)
    index = widget.model.index(_row(widget, "Đôn đốc dự án"), TrackedTasksModel.STATUS)
    widget.model.setData(index, TaskStatus.DONE.value)  # saved through the clean window
    window.doc.edit(("header", "place"), "Hạ Long")  # then typing, not saved
    window.dialogs.confirm = lambda _title, _text: False  # type: ignore[method-assign]
    before = path.read_bytes()
    widget.library.undo_stack.undo()  # declined: nothing written
    assert path.read_bytes() == before
    stack = widget.library.undo_stack
    assert not stack.canRedo()  # no step left claiming the file was changed back


def test_write_back_through_a_window_reaches_a_task_of_the_outline(  # type: ignore[no-untyped-def]
    qtbot, window, folder: Path, tmp_path: Path
) -> None:
    path = folder / "q3.bienban.json"
    record = load_record(path)
    record.notice.outline = [
        Section(
            heading="Giao nhiệm vụ",
            blocks=[
                Block(BlockKind.TASKS, tasks=[Task(content="Tổng kết năm", department="Văn phòng")])
            ],
        )
    ]
    save_record(record, path)
    assert window.open_file(str(path), ask=False)
    widget = _through_window(qtbot, window, folder, tmp_path)
    index = widget.model.index(_row(widget, "Tổng kết năm"), TrackedTasksModel.STATUS)
    assert widget.model.setData(index, TaskStatus.DONE.value)
    on_disk = load_record(path)
    assert on_disk.notice.outline[0].blocks[0].tasks[0].status is TaskStatus.DONE
    assert [t.status for d in on_disk.directives.departments for t in d.tasks] == [
        TaskStatus.NOT_STARTED
    ] * 3  # before, the last department's task was changed instead
    assert not window.isWindowModified()


def test_statistics_and_chart(qtbot, tracking) -> None:  # type: ignore[no-untyped-def]
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
    with qtbot.waitSignal(tracking.statistics_shown, timeout=5000):
        tracking.period.setCurrentIndex(tracking.period.findData("year"))  # 2017
    assert tracking.stats_table.rowCount() == 2
    with qtbot.waitSignal(tracking.statistics_shown, timeout=5000):
        tracking.period.setCurrentIndex(tracking.period.findData("month"))  # December: none
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
    qtbot.waitUntil(lambda: len(widget.model.ids) == 3, timeout=5000)
    row = _row(widget, "Báo cáo quý")
    with qtbot.waitSignal(widget.open_task, timeout=1000):
        widget.view.doubleClicked.emit(widget.model.index(row, 4))
    assert window.doc.file_name == str(folder / "q3.bienban.json")
    assert window.tabs.currentWidget() is window.directives_section
    assert window.directives_section.tasks.view.currentIndex().row() == 1
    tracking_window.close()


def test_a_double_click_on_the_status_opens_its_list(qtbot, tracking, folder: Path) -> None:  # type: ignore[no-untyped-def]
    tracking.show()
    qtbot.waitExposed(tracking)
    view = tracking.view
    index = tracking.model.index(_row(tracking, "Báo cáo quý"), TrackedTasksModel.STATUS)
    view.scrollTo(index)
    at = view.visualRect(index).center()
    # a double click as the platform sends it: the first press, then the double click
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert view.state() == view.State.EditingState
    combo = view.indexWidget(index)
    assert isinstance(combo, QComboBox)
    qtbot.waitUntil(combo.view().isVisible)  # the list open: one more click picks
    done = combo.findData(TaskStatus.DONE.value)
    combo.setCurrentIndex(done)
    # picked (what a click in the list does), the focus still in the cell: written at once,
    # with no Enter and no leaving the cell (on X11 the list's closing keeps the focus)
    combo.activated.emit(done)
    assert view.state() != view.State.EditingState
    task = load_record(folder / "q3.bienban.json").directives.departments[0].tasks[1]
    assert task.content == "Báo cáo quý" and task.status is TaskStatus.DONE


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
    qtbot.waitUntil(lambda: "Việc của tháng mười một" in _contents(tracking), timeout=5000)
    with qtbot.waitSignal(tracking.library.updated, timeout=5000) as blocker:
        (folder / "t11.bienban.json").unlink()
    assert blocker.args[0].removed == [str(folder / "t11.bienban.json")]


def test_first_build_in_the_background_can_be_cancelled(
    qtbot, folder: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A first build runs in a worker thread, one batch at a time: the rows of the first batch
    are listed while it runs, Dừng stops it, and what was indexed stays listed."""
    for i in range(5):
        r = load_record(folder / "q3.bienban.json")
        r.meeting.name = f"họp lần {i}"
        save_record(r, folder / f"extra-{i}.bienban.json")
    monkeypatch.setattr(qt_library, "BUILD_BATCH", 1)
    gate = threading.Event()
    real = qt_library.LibraryIndex.refresh
    batches: list[int] = []

    def gated(self, paths=None):  # type: ignore[no-untyped-def]
        if paths is not None:
            batches.append(len(batches))
            if len(batches) > 1:
                gate.wait(5)  # the second batch waits until the test has pressed Dừng
        return real(self, paths)

    monkeypatch.setattr(qt_library.LibraryIndex, "refresh", gated)
    library = LibraryController(str(folder), tmp_path / "index.sqlite3")
    widget = TrackingWidget(library, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(library.build_progress, timeout=5000):
        library.start_refresh()
    assert library.building and widget.building.isVisible()
    qtbot.waitUntil(lambda: widget.progress.value() == 1, timeout=5000)  # one file indexed
    qtbot.waitUntil(lambda: len(widget.model.ids) == 3, timeout=5000)  # its rows are listed
    assert widget.progress.maximum() == 6 and widget.progress.value() == 1
    qtbot.keyClicks(widget.search, "bao")  # the window is usable meanwhile
    with qtbot.waitSignal(library.build_finished, timeout=5000) as finished:
        qtbot.mouseClick(widget.cancel_build, Qt.MouseButton.LeftButton)
        gate.set()
    assert finished.args == [True]
    assert not library.building and not widget.building.isVisible()
    indexed = len(library.index.meetings())
    assert 1 <= indexed < 6
    qtbot.waitUntil(lambda: _contents(widget) == ["Báo cáo quý"] * indexed, timeout=5000)
    library.shutdown()


def test_tracking_window_closes_with_esc_ctrl_w_and_its_button(
    qtbot, folder: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    library = LibraryController(str(folder), tmp_path / "index.sqlite3")
    library.refresh()
    window = TrackingWindow(library, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: len(window.tracking.model.ids) == 3, timeout=5000)
    view = window.tracking.view
    view.edit(window.tracking.model.index(0, TrackedTasksModel.STATUS))
    editor = QApplication.focusWidget()
    assert view.state() == view.State.EditingState
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # Esc in a cell's editor cancels the edit only
    assert view.state() != view.State.EditingState and window.isVisible()
    for close in (
        lambda: qtbot.keyClick(window.tracking.view, Qt.Key.Key_Escape),
        lambda: qtbot.keyClick(
            window.tracking.search, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier
        ),
        lambda: (
            window.tracking.findChild(QDialogButtonBox)
            .button(QDialogButtonBox.StandardButton.Close)
            .click()
        ),
    ):
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=5000)
        close()
        assert not window.isVisible()
    library.shutdown()


def test_it_says_which_folder_it_reads_and_why_it_is_empty(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "Documents" / "Bienban"
    library = LibraryController(str(missing), tmp_path / "index.sqlite3")
    widget = TrackingWidget(library, today=lambda: TODAY)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.count.text() != "", timeout=5000)
    assert str(missing) in widget.folder_label.text()
    assert "chưa có" in widget.folder_label.text()
    assert widget.count.text() == f"0 nhiệm vụ, 0 quá hạn. Thư mục lưu trữ {missing} chưa có."
    missing.mkdir(parents=True)
    with qtbot.waitSignal(widget.tasks_shown, timeout=5000):
        library.refresh()
    assert "chưa có biên bản nào" in widget.count.text()
    library.shutdown()


def test_a_library_deleted_before_the_list_is_painted_reads_no_search_keys(
    qtbot, folder: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The search keys are read once the list is painted; a library deleted in between (the
    window closed at once) drops that call instead of reaching its deleted thread pool."""
    import shiboken6

    library = LibraryController(str(folder), tmp_path / "index.sqlite3")
    library.refresh()
    widget = TrackingWidget(library, today=lambda: TODAY)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.tasks_shown, timeout=5000):
        widget.show()  # the list is shown: the read of the search keys is queued
    library.shutdown()
    shiboken6.delete(library)
    QApplication.processEvents()  # without a context the queued call raised here


def test_a_search_goes_ahead_of_the_search_keys_still_to_read(
    qtbot, folder: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The keys are read a part at a time behind any request: a search typed while they are
    being read is answered (in SQL) after the part being read, before the rest; the keys
    are then all read, and the next search finds the same in them."""
    from gui.core.library import TaskList

    monkeypatch.setattr(qt_library, "SEARCH_KEYS_PART", 1)  # one task a part: three parts
    entered, release = threading.Event(), threading.Event()
    events: list[str] = []
    real_read, real_ids = TaskList.read_search_keys, TaskList.ids

    def read(self, index, version, part):  # type: ignore[no-untyped-def]
        events.append("part")
        if events.count("part") == 1:
            entered.set()
            release.wait(5)
        return real_read(self, index, version, part)

    def ids(self, index, flt, *args):  # type: ignore[no-untyped-def]
        events.append(f"search {flt.search}" if flt.search else "list")
        return real_ids(self, index, flt, *args)

    monkeypatch.setattr(TaskList, "read_search_keys", read)
    monkeypatch.setattr(TaskList, "ids", ids)
    library = LibraryController(str(folder), tmp_path / "index.sqlite3")
    library.refresh()
    widget = TrackingWidget(library, today=lambda: TODAY)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.tasks_shown, timeout=5000):
        widget.show()
    qtbot.waitUntil(entered.is_set, timeout=5000)  # the first part is being read
    widget.search.setText("tien do")
    with qtbot.waitSignal(widget.tasks_shown, timeout=5000):
        widget.request_tasks()
        release.set()
    assert _contents(widget) == ["Rà soát tiến độ"]
    lister = library._task_list
    qtbot.waitUntil(lambda: lister.has_search_keys(library._reading(), library.version))
    assert events[:3] == ["list", "part", "search tien do"]
    assert events[3:] == ["part"] * 3  # two tasks more, then an empty part: all read
    _listed(qtbot, widget, widget.request_tasks)
    assert _contents(widget) == ["Rà soát tiến độ"]
    library.shutdown()


def test_a_file_that_cannot_be_read_is_listed_in_vietnamese(
    qtbot, folder: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    (folder / "hong.bienban.json").write_text("{không phải JSON", encoding="utf-8")
    widget = _shown(qtbot, folder, tmp_path)
    try:
        assert widget.tabs.tabText(2) == "Tệp lỗi (1)"
        line = widget.errors.item(0).text()
        assert line.startswith(str(folder / "hong.bienban.json") + " — không đọc được (chi tiết: ")
    finally:
        widget.library.shutdown()


def test_no_column_title_is_cut_off(tracking) -> None:  # type: ignore[no-untyped-def]
    header = tracking.view.horizontalHeader()
    for column in range(tracking.model.columnCount()):
        title = str(tracking.model.headerData(column, Qt.Orientation.Horizontal))
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title), title
