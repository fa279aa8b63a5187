"""The library index, tracking categories, accent-free search, next meeting, reports."""

from __future__ import annotations

import csv
import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gui.core.compose import Kind, compose
from gui.core.library import LibraryIndex, TaskFilter, write_back
from gui.core.record import Department, Issue, IssuedAnnex, Record, Task, TaskStatus
from gui.core.recordfile import load_record, save_record
from gui.core.render_text import render_text
from gui.core.tracking import Category, categorize, fold, next_meeting, next_period

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2017, 12, 1)


def _record(name: str, date: dt.date, number: int, departments: dict[str, list[Task]]) -> Record:
    r = Record()
    r.header.agency = "Ban Quản lý Khu kinh tế Quảng Ninh"
    r.header.agency_code = "BQLKKT"
    r.header.number = number
    r.header.issue_date = date + dt.timedelta(days=1)
    r.meeting.name = name
    r.meeting.date = date
    r.directives.departments = [Department(name=k, tasks=v) for k, v in departments.items()]
    return r


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "Bienban"
    (folder / "2017").mkdir(parents=True)
    save_record(
        _record(
            "giao ban Quý III/2017",
            dt.date(2017, 10, 4),
            5,
            {
                "Văn phòng": [
                    Task(content="Rà soát tiến độ các dự án", deadline=dt.date(2017, 11, 30)),
                    Task(
                        content="Tổng hợp báo cáo",
                        deadline=dt.date(2017, 12, 31),
                        status=TaskStatus.DONE,
                        completed_on=dt.date(2017, 11, 20),
                    ),
                ],
                "Phòng Đầu tư": [
                    Task(
                        content="Đôn đốc nhà đầu tư",
                        deadline=dt.date(2017, 10, 31),
                        status=TaskStatus.DONE,
                        completed_on=dt.date(2017, 11, 2),
                    ),
                    Task(content="Theo dõi thường xuyên", deadline_text="thường xuyên"),
                ],
            },
        ),
        folder / "2017" / "q3.bienban.json",
    )
    save_record(
        _record(
            "giao ban tháng 11/2017",
            dt.date(2017, 11, 6),
            9,
            {
                "Văn phòng": [
                    Task(
                        content="Chuẩn bị hội nghị đối thoại doanh nghiệp",
                        deadline=dt.date(2017, 12, 15),
                        status=TaskStatus.IN_PROGRESS,
                    )
                ],
            },
        ),
        folder / "t11.bienban.json",
    )
    (folder / "hong.bienban.json").write_text("{ not json", encoding="utf-8")
    return folder


def _index(folder: Path, tmp_path: Path) -> LibraryIndex:
    index = LibraryIndex(folder, tmp_path / "index.sqlite3")
    index.refresh()
    return index


# --- categories at the edges ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("task", "expected"),
    [
        (Task(deadline=TODAY, status=TaskStatus.DONE, completed_on=TODAY), Category.DONE_ON_TIME),
        (
            Task(deadline=TODAY, status=TaskStatus.DONE, completed_on=TODAY + dt.timedelta(days=1)),
            Category.DONE_LATE,
        ),
        (Task(deadline=TODAY, status=TaskStatus.DONE), Category.DONE_ON_TIME),  # no date given
        (Task(deadline=TODAY), Category.IN_PROGRESS),  # the deadline day itself is not overdue
        (Task(deadline=TODAY - dt.timedelta(days=1)), Category.OVERDUE),
        (
            Task(deadline=TODAY - dt.timedelta(days=1), status=TaskStatus.IN_PROGRESS),
            Category.OVERDUE,
        ),
        (Task(), Category.IN_PROGRESS),  # no deadline: never overdue
        (Task(deadline_text="thường xuyên"), Category.IN_PROGRESS),  # worded deadline
        (
            Task(
                deadline_text="trong Quý IV/2017",
                status=TaskStatus.DONE,
                completed_on=dt.date(2018, 5, 1),
            ),
            Category.DONE_ON_TIME,
        ),
        # a deadline in words that names a date is due on it
        (
            Task(deadline_text=f"trước ngày {TODAY - dt.timedelta(days=1):%d/%m/%Y}"),
            Category.OVERDUE,
        ),
        (Task(deadline_text=f"trước ngày {TODAY:%d/%m/%Y}"), Category.IN_PROGRESS),
        (
            Task(
                deadline_text=f"chậm nhất ngày {TODAY.day} tháng {TODAY.month} năm {TODAY.year}",
                status=TaskStatus.DONE,
                completed_on=TODAY + dt.timedelta(days=2),
            ),
            Category.DONE_LATE,
        ),
    ],
)
def test_categories_at_the_edges(task: Task, expected: Category) -> None:
    assert categorize(task, TODAY) is expected


def test_fold_ignores_accents_case_and_d() -> None:
    assert fold("Tiến Độ  các DỰ ÁN") == "tien do cac du an"
    assert fold("đ Đ") == "d d"
    assert fold("Quảng Ninh") == fold("quang ninh")


# --- the index --------------------------------------------------------------------------------


def test_index_lists_meetings_tasks_and_the_broken_file(library: Path, tmp_path: Path) -> None:
    index = _index(library, tmp_path)
    assert len(index.tasks(today=TODAY)) == 5
    assert [n for _p, n, _d, _num in index.meetings()] == [
        "giao ban tháng 11/2017",
        "giao ban Quý III/2017",
    ]
    [(path, error)] = index.errors()
    assert path.endswith("hong.bienban.json") and "not valid JSON" in error
    assert index.departments() == ["Phòng Đầu tư", "Văn phòng"]


def test_accent_insensitive_search(library: Path, tmp_path: Path) -> None:
    index = _index(library, tmp_path)
    [row] = index.tasks(TaskFilter(search="tien do"), TODAY)
    assert row.content == "Rà soát tiến độ các dự án"
    assert [r.content for r in index.tasks(TaskFilter(search="doanh nghiep"), TODAY)] == [
        "Chuẩn bị hội nghị đối thoại doanh nghiệp"
    ]
    assert [r.content for r in index.tasks(TaskFilter(search="d"), TODAY)]  # "d" finds "đ"
    assert index.tasks(TaskFilter(search="đôn đốc"), TODAY)[0].content == "Đôn đốc nhà đầu tư"
    assert index.tasks(TaskFilter(search="100%_"), TODAY) == []  # LIKE wildcards are literal


def test_filters(library: Path, tmp_path: Path) -> None:
    index = _index(library, tmp_path)
    office = index.tasks(TaskFilter(department="Văn phòng"), TODAY)
    assert {r.department for r in office} == {"Văn phòng"} and len(office) == 3
    overdue = index.tasks(TaskFilter(categories=frozenset({Category.OVERDUE})), TODAY)
    assert [r.content for r in overdue] == ["Rà soát tiến độ các dự án"]
    ranged = index.tasks(
        TaskFilter(deadline_from=dt.date(2017, 11, 1), deadline_to=dt.date(2017, 12, 15)), TODAY
    )
    assert [r.deadline for r in ranged] == [dt.date(2017, 11, 30), dt.date(2017, 12, 15)]
    path = str(library / "t11.bienban.json")
    assert [r.path for r in index.tasks(TaskFilter(path=path), TODAY)] == [path]
    assert overdue[0].days_left(TODAY) == -1


def test_statistics_per_department_for_a_period(library: Path, tmp_path: Path) -> None:
    index = _index(library, tmp_path)
    stats = {s.department: s for s in index.statistics(today=TODAY)}
    office, invest = stats["Văn phòng"], stats["Phòng Đầu tư"]
    assert (office.done_on_time, office.done_late, office.in_progress, office.overdue) == (
        1,
        0,
        1,
        1,
    )
    assert (invest.done_on_time, invest.done_late, invest.in_progress, invest.overdue) == (
        0,
        1,
        1,
        0,
    )
    november = {
        s.department: s.total
        for s in index.statistics(dt.date(2017, 11, 1), dt.date(2017, 11, 30), TODAY)
    }
    assert november == {"Văn phòng": 1}


def test_index_follows_adds_edits_deletes_and_renames(library: Path, tmp_path: Path) -> None:
    index = _index(library, tmp_path)
    # edit
    target = library / "t11.bienban.json"
    record = load_record(target)
    record.directives.departments[0].tasks.append(Task(content="Việc mới thêm"))
    save_record(record, target)
    result = index.refresh()
    assert result.changed == [str(target)]
    assert index.tasks(TaskFilter(search="viec moi them"), TODAY)
    # rename (same bytes, new name): moved, not re-read
    renamed = library / "2017" / "thang-11.bienban.json"
    os.rename(target, renamed)
    result = index.refresh()
    assert result.renamed == [(str(target), str(renamed))]
    assert index.tasks(TaskFilter(search="viec moi them"), TODAY)[0].path == str(renamed)
    # add
    shutil.copyfile(
        ROOT / "seeds" / "lao-cai-cum-cong-nghiep-2026.bienban.json",
        library / "lao-cai.bienban.json",
    )
    assert index.refresh().added == [str(library / "lao-cai.bienban.json")]
    assert "Sở Công Thương" in index.departments()
    # delete
    (library / "lao-cai.bienban.json").unlink()
    assert index.refresh().removed == [str(library / "lao-cai.bienban.json")]
    assert "Sở Công Thương" not in index.departments()
    # a broken file that gets fixed
    shutil.copyfile(
        ROOT / "seeds" / "quang-ninh-giao-ban-q3-2017.bienban.json", library / "hong.bienban.json"
    )
    index.refresh()
    assert index.errors() == []
    # nothing changed: nothing reported
    result = index.refresh()
    assert (result.added, result.changed, result.removed, result.renamed) == ([], [], [], [])


def test_index_is_a_cache_that_rebuilds(library: Path, tmp_path: Path) -> None:
    first = _index(library, tmp_path)
    before = [(r.path, r.content) for r in first.tasks(today=TODAY)]
    first.close()
    (tmp_path / "index.sqlite3").unlink()
    assert [(r.path, r.content) for r in _index(library, tmp_path).tasks(today=TODAY)] == before


def test_write_back_round_trips(library: Path, tmp_path: Path) -> None:
    index = _index(library, tmp_path)
    [row] = index.tasks(TaskFilter(search="tien do"), TODAY)
    write_back(row.path, row.dept_index, row.task_index, TaskStatus.DONE, dt.date(2017, 12, 1))
    task = load_record(row.path).directives.departments[row.dept_index].tasks[row.task_index]
    assert (task.status, task.completed_on) == (TaskStatus.DONE, dt.date(2017, 12, 1))
    index.refresh()
    [row] = index.tasks(TaskFilter(search="tien do"), TODAY)
    assert row.category(TODAY) is Category.DONE_LATE
    assert os.path.exists(row.path + "~")  # the safe save kept the previous version


def test_numbering(library: Path, tmp_path: Path) -> None:
    index = _index(library, tmp_path)
    assert index.next_number("TB", 2017) == 10
    assert index.next_number("TB", 2018) == 1
    assert index.holders_of_number(5, "TB", 2017) == [str(library / "2017" / "q3.bienban.json")]


# --- next meeting -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("giao ban Quý III/2017", "giao ban Quý IV/2017"),
        ("giao ban Quý IV/2017", "giao ban Quý I/2018"),
        ("giao ban tháng 12/2017", "giao ban tháng 01/2018"),
        ("giao ban tháng 1/2018", "giao ban tháng 02/2018"),
        ("giao ban tháng 9/2017", "giao ban tháng 10/2017"),
        ("tổng kết năm 2017", "tổng kết năm 2018"),
        ("họp chuyên đề", "họp chuyên đề"),
    ],
)
def test_next_period(name: str, expected: str) -> None:
    assert next_period(name) == expected


def test_next_meeting_carries_unfinished_tasks(library: Path) -> None:
    previous = load_record(library / "2017" / "q3.bienban.json")
    previous.meeting.attendees = load_record(
        ROOT / "seeds" / "quang-ninh-giao-ban-q3-2017.bienban.json"
    ).meeting.attendees
    previous.issue = Issue("notice", "05/TB-BQLKKT", file="05-tb.signed.pdf", sha256="ab" * 32)
    previous.issue.annexes.append(IssuedAnnex("05-tb.phu-luc.signed.pdf", "cd" * 32))
    new = next_meeting(previous)
    assert new.issue is None  # the next meeting's documents are not signed yet
    assert previous.issue.annexes  # the previous record is left as it was
    assert new.meeting.name == "giao ban Quý IV/2017"
    assert new.header.number is None and new.header.issue_date is None
    assert new.meeting.date is None
    assert new.header.agency == previous.header.agency
    assert new.meeting.attendees == previous.meeting.attendees
    assert new.directives.departments == []
    assert new.progress.reference == "Thông báo số 05/TB-BQLKKT ngày 05/10/2017"
    assert [i.content for i in new.progress.items] == [
        "Rà soát tiến độ các dự án",
        "Theo dõi thường xuyên",
    ]
    new.meeting.date = dt.date(2018, 1, 5)
    text = render_text(compose(new, Kind.NOTICE))
    assert "I. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ TẠI THÔNG BÁO SỐ 05/TB-BQLKKT" in text
    assert (
        "Văn phòng: Rà soát tiến độ các dự án (hoàn thành trước ngày 30/11/2017): quá"
        in " ".join(text.split())
    )
    minutes = " ".join(render_text(compose(new, Kind.MINUTES)).split())
    assert "TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ" in minutes


# --- reports and the command line -------------------------------------------------------------


def test_report_command_writes_csv_and_xlsx(library: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "gui",
            "--report",
            str(library),
            "--format",
            "csv",
            "--outdir",
            str(out),
            "--from",
            "2017-10-01",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert run.returncode == 1  # one file could not be read …
    assert "hong.bienban.json" in run.stderr and "Traceback" not in run.stderr
    files = [Path(p) for p in run.stdout.split()]
    assert [f.name for f in files] == [
        "bao-cao-nhiem-vu-thong-ke.csv",
        "bao-cao-nhiem-vu-danh-sach.csv",
    ]
    with files[0].open(encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0][0] == "Phòng, đơn vị" and rows[-1][0] == "Tổng cộng"
    assert rows[-1][1] == "5"
    run = subprocess.run(
        [sys.executable, "-m", "gui", "--report", str(library), "--outdir", str(out)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    from openpyxl import load_workbook

    book = load_workbook(run.stdout.split()[0])
    assert book.sheetnames == ["Thống kê", "Nhiệm vụ"]
    assert book["Nhiệm vụ"].max_row == 6
    bad = subprocess.run(
        [sys.executable, "-m", "gui", "--report", str(library), "--from", "hôm qua"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert bad.returncode == 2 and "not a date" in bad.stderr


def test_sql_categories_agree_with_categorize(tmp_path: Path) -> None:
    """The index filters and counts categories in SQL; it must agree with ``categorize``."""
    d = TODAY
    edge_tasks = [
        Task(
            content=f"việc {i}",
            deadline=deadline,
            deadline_text=text,
            status=status,
            completed_on=done,
        )
        for i, (deadline, text, status, done) in enumerate(
            [
                (d, "", TaskStatus.DONE, d),
                (d, "", TaskStatus.DONE, d + dt.timedelta(days=1)),
                (d, "", TaskStatus.DONE, None),
                (d, "", TaskStatus.NOT_STARTED, None),
                (d - dt.timedelta(days=1), "", TaskStatus.IN_PROGRESS, None),
                (None, "", TaskStatus.NOT_STARTED, None),
                (None, "thường xuyên", TaskStatus.DONE, d),
                (None, "trong Quý IV/2017", TaskStatus.IN_PROGRESS, None),
                (
                    None,
                    f"trước ngày {d - dt.timedelta(days=1):%d/%m/%Y}",
                    TaskStatus.NOT_STARTED,
                    None,
                ),
                (None, f"trước ngày {d:%d/%m/%Y}", TaskStatus.DONE, d + dt.timedelta(days=1)),
            ]
        )
    ]
    folder = tmp_path / "lib"
    folder.mkdir()
    save_record(
        _record("họp", dt.date(2017, 10, 4), 1, {"Văn phòng": edge_tasks}),
        folder / "r.bienban.json",
    )
    index = _index(folder, tmp_path)
    expected = {
        c: sorted(t.content for t in edge_tasks if categorize(t, TODAY) is c) for c in Category
    }
    for category in Category:
        got = sorted(
            r.content for r in index.tasks(TaskFilter(categories=frozenset({category})), TODAY)
        )
        assert got == expected[category], category
    [stats] = index.statistics(today=TODAY)
    assert (stats.done_on_time, stats.done_late, stats.in_progress, stats.overdue) == tuple(
        len(expected[c]) for c in Category
    )


def test_search_matches_the_phrase_from_a_word_start(library: Path, tmp_path: Path) -> None:
    index = _index(library, tmp_path)
    record = load_record(library / "t11.bienban.json")
    record.directives.departments[0].tasks += [
        Task(content="Tiến hành đo đạc mặt bằng"),  # both words, but not together
        Task(content="Hỗ trợ thủ tục đầu tư"),  # "hu tuc" only inside words
    ]
    save_record(record, library / "t11.bienban.json")
    index.refresh()
    found = [r.content for r in index.tasks(TaskFilter(search="tien do"), TODAY)]
    assert found == ["Rà soát tiến độ các dự án"]
    assert [r.content for r in index.tasks(TaskFilter(search="TIẾN ĐỘ"), TODAY)] == found
    # the last word may be unfinished (search as you type)
    assert [r.content for r in index.tasks(TaskFilter(search="tien d"), TODAY)] == found
    assert [r.content for r in index.tasks(TaskFilter(search="hu tuc"), TODAY)] == []


def test_tasks_are_listed_by_deadline_undated_last(library: Path, tmp_path: Path) -> None:
    rows = _index(library, tmp_path).tasks(today=TODAY)
    dated = [r.deadline for r in rows if r.deadline is not None]
    assert dated == sorted(dated)
    assert [r.deadline is None for r in rows] == sorted(r.deadline is None for r in rows)
    assert rows[-1].content == "Theo dõi thường xuyên"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("giao ban Quý III/2017", "giao-ban-quy-iii-2017"),
        ("Ban Quản lý Khu kinh tế Quảng Ninh", "ban-quan-ly-khu-kinh-te-quang-ninh"),
        ("Đặc biệt", "dac-biet"),
        ("   ", "bien-ban"),
    ],
)
def test_slug(text: str, expected: str) -> None:
    from gui.core.tracking import slug

    assert slug(text, "bien-ban") == expected


def test_a_deadline_in_words_is_indexed_by_its_date_and_shown_as_written(tmp_path: Path) -> None:
    words = Task(content="việc A", deadline_text="trước ngày 15/12/2026")
    dated = Task(content="việc B", deadline=dt.date(2026, 12, 20), deadline_text="cũ")
    folder = tmp_path / "lib"
    folder.mkdir()
    save_record(
        _record("họp", dt.date(2026, 11, 1), 1, {"Văn phòng": [words, dated]}),
        folder / "r.bienban.json",
    )
    rows = {r.content: r for r in _index(folder, tmp_path).tasks(TaskFilter(), TODAY)}
    assert (rows["việc A"].deadline, rows["việc A"].deadline_text) == (
        dt.date(2026, 12, 15),
        "trước ngày 15/12/2026",
    )
    assert (rows["việc B"].deadline, rows["việc B"].deadline_text) == (dt.date(2026, 12, 20), "")
