"""Benchmark of the library index (sổ theo dõi nhiệm vụ): a generated library of 500 meetings ×
50 tasks, indexed, updated, filtered, searched and counted.

Not a pytest test (pytest collects only ``test_*.py``); run it by hand::

    python tests/bench_library.py [--meetings N] [--tasks N] [--repeat N] [--builds N]
                                  [--json OUT] [--wheel | --python PY]

``--wheel``: the measuring child runs from a fresh venv with the wheel installed (the installed
package is measured; ``--python``: a venv that has it already).

The library: ``--meetings`` record files (default 500) of ``--tasks`` tasks each (default 50),
saved with ``save_record`` into ``YYYY/MM/`` folders of a temporary folder. Meetings fall on
working days over two years (2016–2017): monthly and quarterly "giao ban", thematic meetings
and progress reviews of one agency, each giving tasks to 5–10 of 30 departments. Tasks are a
few Vietnamese sentences (the vocabulary of ``tests/benchkit.py``) with a lead, coordinating units,
a dated deadline 1 week to 6 months after the meeting (some worded, "thường xuyên", or none)
and a status that depends on age: done on time, done late, in progress, not started — and
thereby overdue on the benchmark's fixed "today", 15/01/2018.

The measurements run in a child process (so its peak memory is that of indexing and querying,
not of generating), with ``LibraryIndex(folder, DB)`` and the database in the temporary folder:

1. Full index build: ``refresh()`` of a new, empty index; median of ``--builds`` builds
   (default 3), each into a fresh database. Goal ≤ 3 s.
2. Update after one file changes: one record file rewritten with ``save_record`` with one task
   changed (text, status, completion date), then ``refresh()`` (which scans the folder, finds
   the file by size/mtime, hashes it, re-reads and re-indexes it). Median of ``--repeat``
   updates (default 5), each of another file. Goal ≤ 200 ms.
3. Filters and searches: ``LibraryIndex.tasks(TaskFilter(...), today)`` — the call the
   tracking view makes — for a department, the "overdue" category, a deadline range (a
   quarter), one meeting, the accent-free search "tien do", a two-word search "mat bang",
   and a combined filter (department + overdue + deadline range + search); also the unfiltered
   list the view shows first. Median of ``--repeat`` calls each. Goal ≤ 100 ms each.
   The tracking view itself no longer calls ``tasks()`` (reports and the command line do): it
   asks ``TaskList.ids`` in its query thread for the ids in order, then reads the rows on
   screen. Those calls are timed too, for the same filters, after a first call that takes the
   order of all tasks and the search keys (timed separately): the searches as typed, a key at
   a time ("t", "ti", …, "tien do"), the other filters as single calls.
4. Statistics: ``LibraryIndex.statistics(from, to, today)`` for a quarter (meetings of
   Q3/2017) and for everything. Median of ``--repeat``. Goal ≤ 200 ms each.
5. Peak memory: ``ru_maxrss`` of the child after items 1–4 (before the informational
   breakdown, which loads records of its own). Goal ≤ 300 MiB.

The exit status is 0 when every measurement ran (whether it met its goal or not), 1 when one
could not be taken.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

if os.environ.get("BIENBAN_BENCH_INSTALLED"):  # a child measuring the installed package:
    sys.path.append(str(Path(__file__).resolve().parents[1]))  # its gui, our tests.benchkit
else:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.benchkit import (
    NOTES,
    OBJECTS,
    RANKS,
    BenchError,
    Phrasebook,
    add_installed_options,
    add_json_option,
    add_repeat_option,
    add_timeout_option,
    agency_closing,
    agency_header,
    apply_installed_options,
    department_names,
    fmt_ms,
    machine_info,
    maxrss_mib,
    median,
    ms_row,
    print_result,
    report,
    root_on_path,
    run_child,
    summary_row,
    time_calls,
    verdict,
    write_json,
)

GOAL_BUILD_MS = 3_000.0
GOAL_UPDATE_MS = 200.0
GOAL_QUERY_MS = 100.0
GOAL_STATS_MS = 200.0
GOAL_RSS_MIB = 300.0

TODAY = dt.date(2018, 1, 15)
FIRST_DAY = dt.date(2016, 1, 1)
LAST_DAY = dt.date(2017, 12, 31)
N_DEPARTMENTS = 30
QUARTER = (dt.date(2017, 7, 1), dt.date(2017, 9, 30))
SEARCH_ONE = "tien do"
SEARCH_TWO = "mat bang"
COMBINED_SEARCH = "bao cao"


# --- the library ---------------------------------------------------------------------------------

ROMAN = ("I", "II", "III", "IV")


def meeting_days(n: int, rnd: random.Random) -> list[dt.date]:
    """``n`` working days (with repeats: several meetings a day) over the two years, sorted."""
    span = (LAST_DAY - FIRST_DAY).days
    days = []
    while len(days) < n:
        day = FIRST_DAY + dt.timedelta(days=rnd.randint(0, span))
        if day.weekday() < 5:
            days.append(day)
    return sorted(days)


def build_library(folder: Path, n_meetings: int, n_tasks: int, seed: int = 2018) -> dict[str, Any]:
    """Write the generated library into ``folder``; return what it holds."""
    from gui.core import record as rec
    from gui.core.recordfile import SUFFIX, save_record

    rnd = random.Random(seed)
    depts = department_names(N_DEPARTMENTS)
    book = Phrasebook(rnd, depts)
    person, place = book.person, book.place
    worded = ("thường xuyên", "hằng tháng", "trước Tết Nguyên đán", "trong năm")
    numbers: dict[int, int] = {}
    counts = {
        "files": 0,
        "tasks": 0,
        "bytes": 0,
        "done": 0,
        "done_late": 0,
        "overdue": 0,
        "open_in_time": 0,
        "undated": 0,
    }

    def meeting_name(day: dt.date, i: int) -> str:
        q = ROMAN[(day.month - 1) // 3]
        return rnd.choice(
            (
                f"giao ban tháng {day.month:02d}/{day.year}"
                if day.month < 3
                else f"giao ban tháng {day.month}/{day.year}",
                f"giao ban Quý {q}/{day.year}",
                f"họp chuyên đề về {rnd.choice(OBJECTS)}",
                f"họp kiểm điểm tiến độ các dự án tại {place()}",
                f"làm việc với các nhà đầu tư tại {place()} (lần {i % 7 + 1})",
            )
        )

    def task(day: dt.date, d: int) -> rec.Task:
        others = book.others(d, 2)
        deadline = day + dt.timedelta(days=rnd.randint(7, 180))
        content = book.task_content(
            lambda: deadline.strftime("%d/%m/%Y"),
            lambda: f"{ROMAN[(deadline.month - 1) // 3]}/{deadline.year}",
        )
        r = rnd.random()
        dated = r >= 0.1
        words = "" if dated or r < 0.03 else rnd.choice(worded)
        age = (TODAY - deadline).days
        p_done = 0.9 if age > 90 else 0.75 if age > 0 else 0.35
        completed = None
        if rnd.random() < p_done:
            status = rec.TaskStatus.DONE
            completed = min(TODAY, deadline + dt.timedelta(days=rnd.randint(-40, 30)))
            completed = max(completed, day + dt.timedelta(days=1))
        else:
            status = rnd.choice(
                (rec.TaskStatus.IN_PROGRESS, rec.TaskStatus.IN_PROGRESS, rec.TaskStatus.NOT_STARTED)
            )
        if status is rec.TaskStatus.DONE:
            counts["done"] += 1
            counts["done_late"] += bool(dated and completed and completed > deadline)
        elif dated and deadline < TODAY:
            counts["overdue"] += 1
        else:
            counts["open_in_time"] += 1
        counts["undated"] += not dated
        return rec.Task(
            content=content,
            lead=book.lead(),
            coordinating=", ".join(others),
            deadline=deadline if dated else None,
            deadline_text=words,
            status=status,
            completed_on=completed,
            note=rnd.choice(NOTES),
        )

    for i, day in enumerate(meeting_days(n_meetings, rnd)):
        numbers[day.year] = numbers.get(day.year, 0) + 1
        chosen = sorted(rnd.sample(range(len(depts)), rnd.randint(5, 10)))
        per: list[list[rec.Task]] = [[] for _ in chosen]
        for t in range(n_tasks):
            k = t % len(chosen) if t < len(chosen) else rnd.randrange(len(chosen))
            per[k].append(task(day, chosen[k]))
        name = meeting_name(day, i)
        record = rec.Record(
            header=agency_header(
                numbers[day.year],
                day + dt.timedelta(days=rnd.randint(1, 3)),
                f"Kết luận của Trưởng ban tại cuộc {name}",
            ),
            meeting=rec.Meeting(
                name=name,
                date=day,
                start_time=dt.time(8, 0),
                end_time=dt.time(11, 0),
                location="Phòng họp tầng 3, trụ sở Ban Quản lý Khu kinh tế",
                chair=rec.Person("Nguyễn Mạnh Tuấn", "Trưởng ban"),
                secretary=rec.Person(person(), "Chuyên viên Văn phòng"),
                attendees=[
                    rec.Attendee(name=person(), position=f"{rnd.choice(RANKS)} {depts[c]}")
                    for c in chosen
                ],
            ),
            content=rec.Content(
                opening=[
                    "Sau khi nghe báo cáo của các phòng, đơn vị và ý kiến "
                    "của các thành viên dự họp, đồng chí Trưởng ban kết luận "
                    "như sau:"
                ],
                results=[f"Công tác {rnd.choice(OBJECTS)} tại {place()} có chuyển biến tích cực."],
            ),
            directives=rec.Directives(
                general=["Các phòng, đơn vị tập trung hoàn thành các nhiệm vụ được giao."],
                departments=[
                    rec.Department(depts[c], ts) for c, ts in zip(chosen, per, strict=True)
                ],
            ),
            closing=agency_closing(["Như trên", "Lưu: VT, VP"], person()),
            news=rec.News(),
        )
        sub = folder / f"{day.year}" / f"{day.month:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"{day.isoformat()}-{i:03d}{SUFFIX}"
        save_record(record, path)
        counts["files"] += 1
        counts["tasks"] += n_tasks
        counts["bytes"] += path.stat().st_size
    counts["departments"] = len(depts)
    return counts


# --- the child: index, update, query -------------------------------------------------------------


def child(folder: str, scratch: str, repeat: int, builds: int) -> dict[str, Any]:
    from gui.core.library import LibraryIndex, TaskFilter
    from gui.core.record import TaskStatus
    from gui.core.recordfile import load_record, save_record
    from gui.core.tracking import Category, fold

    rss_start = maxrss_mib()
    problems: list[str] = []
    package = os.path.dirname(sys.modules["gui"].__file__ or "")

    # --- 1. full builds ----------------------------------------------------------------------
    build_ms: list[float] = []
    db = Path(scratch) / "index-0.sqlite"
    for b in range(builds):
        db = Path(scratch) / f"index-{b}.sqlite"
        index = LibraryIndex(folder, db)
        t = time.perf_counter()
        result = index.refresh()
        build_ms.append((time.perf_counter() - t) * 1000)
        if result.errors or not result.added:
            problems.append(
                f"build {b + 1}: {len(result.added)} added, {len(result.errors)} errors"
            )
        if b + 1 < builds:
            index.close()
    files = [p for p, *_ in index.meetings()]
    n_tasks = index._db.execute("SELECT COUNT(*) FROM tasks").fetchone()[0]
    rss_after_build = maxrss_mib()

    unchanged_ms, _ = time_calls(index.refresh, repeat)

    # --- 2. one file changes ------------------------------------------------------------------
    update_ms: list[float] = []
    for i in range(repeat):
        path = files[(i * 97 + 13) % len(files)]
        record = load_record(path)
        dept = record.directives.departments[i % len(record.directives.departments)]
        task = dept.tasks[0]
        marker = f"zq{i + 1}x"
        task.content += f" Bổ sung lần {i + 1} (mã ZQ{i + 1}X): đã rà soát lại tiến độ."
        task.status = TaskStatus.DONE
        task.completed_on = (record.meeting.date or TODAY) + dt.timedelta(days=5)
        save_record(record, path)
        t = time.perf_counter()
        result = index.refresh()
        update_ms.append((time.perf_counter() - t) * 1000)
        found = index.tasks(TaskFilter(path=path, search=marker), TODAY)
        if result.changed != [path] or result.added or result.removed or len(found) != 1:
            problems.append(
                f"update {i + 1}: changed {len(result.changed)}, added "
                f"{len(result.added)}, removed {len(result.removed)}; "
                f"{len(found)} task(s) with the new text"
            )

    # --- 3. filters and searches --------------------------------------------------------------
    departments = index.departments()
    dept = departments[len(departments) // 3]
    meeting = files[len(files) // 2]
    q_from, q_to = QUARTER
    overdue = frozenset({Category.OVERDUE})
    filters: dict[str, tuple[str, TaskFilter]] = {
        "all": ("No filter (the tracking view's first list)", TaskFilter()),
        "department": (f"Department = «{dept}»", TaskFilter(department=dept)),
        "overdue": ("Category = overdue", TaskFilter(categories=overdue)),
        "deadline": (
            f"Deadline {q_from:%d/%m/%Y}–{q_to:%d/%m/%Y}",
            TaskFilter(deadline_from=q_from, deadline_to=q_to),
        ),
        "meeting": ("One meeting (path)", TaskFilter(path=meeting)),
        "search_one": (
            f"Search «{SEARCH_ONE}» (accent-free, finds «tiến độ»)",
            TaskFilter(search=SEARCH_ONE),
        ),
        "search_two": (f"Two-word search «{SEARCH_TWO}»", TaskFilter(search=SEARCH_TWO)),
        "combined": (
            f"Combined: department + overdue + deadline in 2017 + search «{COMBINED_SEARCH}»",
            TaskFilter(
                department=dept,
                categories=overdue,
                deadline_from=dt.date(2017, 1, 1),
                deadline_to=dt.date(2017, 12, 31),
                search=COMBINED_SEARCH,
            ),
        ),
    }
    # --- 3b. what the tracking view asks: TaskList.ids, in its query thread ---------------
    from gui.core.library import SortKey, TaskList

    lister = TaskList()
    t = time.perf_counter()
    lister.ids(index, TaskFilter(), SortKey.DEADLINE, False, TODAY)
    lister.load_search_keys(index)
    view_first_ms = (time.perf_counter() - t) * 1000
    view: dict[str, dict[str, Any]] = {}
    for key, (label, flt) in filters.items():
        if key.startswith("search"):  # typed a key at a time, each key's list timed
            samples = []
            for _ in range(repeat):
                lister.ids(index, TaskFilter(), SortKey.DEADLINE, False, TODAY)
                for end in range(1, len(flt.search) + 1):
                    typed = TaskFilter(search=flt.search[:end])
                    t = time.perf_counter()
                    ids, _ = lister.ids(index, typed, SortKey.DEADLINE, False, TODAY)
                    samples.append((time.perf_counter() - t) * 1000)
            label = f"{label}, typed key by key (median, worst of the keys)"
        else:
            samples, (ids, _) = time_calls(
                lambda flt=flt: lister.ids(index, flt, SortKey.DEADLINE, False, TODAY), repeat
            )
        view[key] = {
            "label": label,
            "samples_ms": samples,
            "median_ms": median(samples),
            "max_ms": max(samples),
            "rows": len(ids),
        }
        if len(ids) != len(index.tasks(flt, TODAY)):
            problems.append(f"TaskList.ids: {label}: {len(ids)} rows, tasks() lists another count")
    sort_samples: list[float] = []
    for sort in (SortKey.DEPARTMENT, SortKey.CONTENT, SortKey.MEETING_DATE, SortKey.DAYS_LEFT):
        t = time.perf_counter()
        lister.ids(index, TaskFilter(), sort, False, TODAY)
        sort_samples.append((time.perf_counter() - t) * 1000)

    queries: dict[str, dict[str, Any]] = {}
    for key, (label, flt) in filters.items():
        index.tasks(flt, TODAY)  # warm-up
        samples, rows = time_calls(lambda flt=flt: index.tasks(flt, TODAY), repeat)
        queries[key] = {
            "label": label,
            "samples_ms": samples,
            "median_ms": median(samples),
            "rows": len(rows),
        }
        if not rows:
            problems.append(f"{label}: no rows")
        if key.startswith("search") and any(
            not all(
                w
                in fold(
                    " ".join(
                        (
                            r.meeting_name,
                            r.department,
                            r.content,
                            r.lead,
                            r.coordinating,
                            r.deadline_text,
                            r.note,
                        )
                    )
                )
                for w in fold(flt.search).split()
            )
            for r in rows
        ):
            problems.append(f"{label}: a row without the words")
        if key == "search_one" and not any("tiến độ" in r.content for r in rows):
            problems.append(f"{label}: «tiến độ» not found")
        if flt.categories and any(r.category(TODAY) not in flt.categories for r in rows):
            problems.append(f"{label}: a row of another category")
    if queries["all"]["rows"] != n_tasks:
        problems.append(f"unfiltered list has {queries['all']['rows']} of {n_tasks} tasks")

    # --- 4. statistics -------------------------------------------------------------------------
    stats: dict[str, dict[str, Any]] = {}
    for key, label, args in (
        (
            "quarter",
            f"Statistics, meetings of Q3/2017 ({q_from:%d/%m}–{q_to:%d/%m/%Y})",
            (q_from, q_to),
        ),
        ("all", "Statistics, all meetings", (None, None)),
    ):
        index.statistics(*args, TODAY)  # warm-up
        samples, result = time_calls(lambda args=args: index.statistics(*args, TODAY), repeat)
        cats = {c.value: sum(getattr(s, c.value) for s in result) for c in Category}
        stats[key] = {
            "label": label,
            "samples_ms": samples,
            "median_ms": median(samples),
            "departments": len(result),
            "total": sum(s.total for s in result),
            "categories": cats,
        }
        if not result:
            problems.append(f"{label}: empty")
    if stats["all"]["total"] != n_tasks:
        problems.append(f"statistics count {stats['all']['total']} of {n_tasks} tasks")

    rss_measured = maxrss_mib()  # before the breakdown below, which loads records of its own

    # --- breakdown of one full build (informational, after the measured part) ---------------
    import unicodedata

    def fold_before(text: str) -> str:  # the per-character fold the regular expression replaced
        text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
        text = "".join(c for c in text if unicodedata.category(c) != "Mn")
        return " ".join(text.lower().split())

    from gui.core.jsonfile import read_json
    from gui.core.library import _sha256

    paths = sorted(files)
    t = time.perf_counter()
    list(index.scan())
    scan_ms = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    for p in paths:
        os.stat(p)
    stat_ms = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    for p in paths:
        _sha256(p)
    sha_ms = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    for p in paths:
        read_json(p)
    read_ms = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    records = [load_record(p) for p in paths[:100]]
    load_ms = (time.perf_counter() - t) * 1000 * len(paths) / len(records)
    sampled = len(records)
    t = time.perf_counter()
    for r in records:
        for d in r.directives.departments:
            for tk in d.tasks:
                fold(
                    " ".join(
                        (
                            r.meeting.name,
                            d.name,
                            tk.content,
                            tk.lead,
                            tk.coordinating,
                            tk.deadline_text,
                            tk.note,
                        )
                    )
                )
    fold_ms = (time.perf_counter() - t) * 1000 * len(paths) / len(records)
    t = time.perf_counter()
    for r in records:
        for d in r.directives.departments:
            for tk in d.tasks:
                fold_before(
                    " ".join(
                        (
                            r.meeting.name,
                            d.name,
                            tk.content,
                            tk.lead,
                            tk.coordinating,
                            tk.deadline_text,
                            tk.note,
                        )
                    )
                )
    fold_before_ms = (time.perf_counter() - t) * 1000 * len(paths) / len(records)
    del records
    db_kib = sum(f.stat().st_size for f in Path(scratch).glob(f"{db.name}*")) / 1024
    index.close()
    return {
        "gui": package,
        "build_ms": build_ms,
        "build_median_ms": median(build_ms),
        "unchanged_refresh_ms": median(unchanged_ms),
        "update_ms": update_ms,
        "update_median_ms": median(update_ms),
        "queries": queries,
        "view_queries": view,
        "view_first_ms": view_first_ms,
        "view_sort_ms": sort_samples,
        "statistics": stats,
        "indexed": {
            "files": len(files),
            "tasks": n_tasks,
            "departments": len(departments),
            "db_kib": db_kib,
        },
        "breakdown_ms": {
            "scan": scan_ms,
            "stat": stat_ms,
            "sha256": sha_ms,
            "read_json": read_ms,
            "load_record_extrapolated": load_ms,
            "fold_extrapolated": fold_ms,
            "fold_before_extrapolated": fold_before_ms,
            "sampled_files": sampled,
        },
        "maxrss_start_mib": rss_start,
        "maxrss_after_build_mib": rss_after_build,
        "maxrss_mib": rss_measured,
        "maxrss_after_breakdown_mib": maxrss_mib(),
        "python": platform.python_version(),
        "sqlite": __import__("sqlite3").sqlite_version,
        "problems": problems,
    }


def measure(
    folder: Path, scratch: Path, repeat: int, builds: int, timeout: float
) -> dict[str, Any]:
    """Run :func:`child` in a process of its own."""
    args = ["--child", str(folder), "--scratch", str(scratch)]
    args += ["--repeat", str(repeat), "--builds", str(builds)]
    return run_child(__file__, args, root_on_path(dict(os.environ)), timeout, "the measuring child")


# --- report --------------------------------------------------------------------------------------


def summary_rows(repeat: int, builds: int, r: dict[str, Any] | None) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []

    r = r or {}
    idx = r.get("indexed", {})
    rows.append(
        ms_row(
            "1",
            f"Full index build: refresh() of an empty index, {idx.get('files', '?')} files, "
            f"{idx.get('tasks', '?'):,} tasks (median of {builds})",
            r.get("build_median_ms"),
            GOAL_BUILD_MS,
        )
    )
    rows.append(
        ms_row(
            "2",
            f"Update: one file rewritten (one task changed), then refresh() (median of {repeat})",
            r.get("update_median_ms"),
            GOAL_UPDATE_MS,
        )
    )
    for key, q in r.get("queries", {}).items():
        extra = " (extra: not in the brief's list)" if key == "all" else ""
        what = f"tasks(): {q['label']} → {q['rows']:,} rows{extra} (median of {repeat})"
        rows.append(ms_row("3", what, q["median_ms"], GOAL_QUERY_MS))
    v = r.get("view_first_ms")
    if v is not None:
        rows.append(
            ms_row(
                "3b",
                "TaskList.ids (the tracking view's query thread), first list: the order of all "
                "tasks, overdue flags, search keys read",
                v,
                GOAL_QUERY_MS * 2,
            )
        )
    for q in r.get("view_queries", {}).values():
        what = f"TaskList.ids: {q['label']} → {q['rows']:,} rows"
        rows.append(ms_row("3b", what, q["median_ms"], GOAL_QUERY_MS))
        if "key by key" in q["label"]:
            rows.append(ms_row("3b", "… worst key", q["max_ms"], GOAL_QUERY_MS))
    if r.get("view_sort_ms"):
        rows.append(
            ms_row(
                "3b",
                "TaskList.ids after a sort click (department, task, meeting date, days left), "
                "worst",
                max(r["view_sort_ms"]),
                GOAL_QUERY_MS * 2,
            )
        )
    for s in r.get("statistics", {}).values():
        what = (
            f"{s['label']}: {s['departments']} departments, {s['total']:,} tasks "
            f"(median of {repeat})"
        )
        rows.append(ms_row("4", what, s["median_ms"], GOAL_STATS_MS))
    v = r.get("maxrss_mib")
    rows.append(
        summary_row(
            "5",
            "Peak memory (ru_maxrss) of the indexing and querying process",
            f"{v:.0f} MiB" if v else "error",
            f"≤ {GOAL_RSS_MIB:.0f} MiB",
            verdict(v, GOAL_RSS_MIB),
            value=v,
        )
    )
    return rows


def detail_rows(
    lib: dict[str, Any] | None, gen_s: float | None, r: dict[str, Any] | None
) -> list[list[str]]:
    rows: list[list[str]] = []
    if r and r.get("gui"):
        rows.append(["Package measured", f"`{r['gui']}`"])
    if lib:
        rows.append(
            [
                "Library",
                f"{lib['files']} files, {lib['tasks']:,} tasks, "
                f"{lib['departments']} departments, {lib['bytes'] / 2**20:,.1f} MiB "
                f"(generated and saved in {gen_s:.1f} s)",
            ]
        )
        rows.append(
            [
                f"Task statuses on {TODAY:%d/%m/%Y} (as generated)",
                f"done {lib['done']:,} (of which late {lib['done_late']:,}), overdue "
                f"{lib['overdue']:,}, open within deadline or undated "
                f"{lib['open_in_time']:,}; no dated deadline {lib['undated']:,}",
            ]
        )
    if not r:
        return rows
    rows.append(
        ["Index", f"SQLite {r['sqlite']}, database {r['indexed']['db_kib'] / 1024:,.1f} MiB"]
    )
    rows.append(["Full builds, all runs", ", ".join(fmt_ms(v) for v in r["build_ms"])])
    b = r["breakdown_ms"]
    rows.append(
        [
            "Build breakdown (separate passes over all files): scan (rglob) / stat / "
            "SHA-256 / read_json / load_record / fold of the search keys (the fold it replaced)",
            f"{fmt_ms(b['scan'])} / {fmt_ms(b['stat'])} / {fmt_ms(b['sha256'])} / "
            f"{fmt_ms(b['read_json'])} / {fmt_ms(b['load_record_extrapolated'])} / "
            f"{fmt_ms(b['fold_extrapolated'])} ({fmt_ms(b['fold_before_extrapolated'])}) "
            f"(load_record and fold: timed on "
            f"{b['sampled_files']} files, scaled to {r['indexed']['files']})",
        ]
    )
    rows.append(["refresh() with nothing changed, median", fmt_ms(r["unchanged_refresh_ms"])])
    rows.append(["Updates, all runs", ", ".join(fmt_ms(v) for v in r["update_ms"])])
    for s in r["statistics"].values():
        c = s["categories"]
        rows.append(
            [
                f"{s['label']}: categories",
                f"on time {c['done_on_time']:,}, late {c['done_late']:,}, in progress "
                f"{c['in_progress']:,}, overdue {c['overdue']:,}",
            ]
        )
    rows.append(
        [
            "Peak RSS: at the child's start / after the builds / after updates, "
            "queries and statistics (the goal's value) / after the breakdown",
            f"{r['maxrss_start_mib']:.0f} / {r['maxrss_after_build_mib']:.0f} / "
            f"{r['maxrss_mib']:.0f} / {r['maxrss_after_breakdown_mib']:.0f} MiB",
        ]
    )
    return rows


def notes(info: dict[str, Any]) -> list[str]:
    """The report's line under the machine's: Python, where the library is, "today"."""
    return [
        f"Python {info['python']}; library and index in a temporary folder (files just "
        f'written, so in the page cache); "today" = {TODAY:%d/%m/%Y}'
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument(
        "--meetings", type=int, default=500, help="record files in the library (default: 500)"
    )
    parser.add_argument("--tasks", type=int, default=50, help="tasks per meeting (default: 50)")
    add_repeat_option(parser, "updates, and calls of each query; medians reported")
    parser.add_argument(
        "--builds",
        type=int,
        default=3,
        help="full index builds, each into a new database (default: 3)",
    )
    add_json_option(parser)
    add_timeout_option(parser, 900.0, "the measuring child")
    parser.add_argument("--child", metavar="FOLDER", help=argparse.SUPPRESS)
    parser.add_argument("--scratch", help=argparse.SUPPRESS)
    add_installed_options(parser)
    args = parser.parse_args(argv)
    if min(args.repeat, args.builds, args.meetings, args.tasks) < 1:
        parser.error("--meetings, --tasks, --repeat and --builds must be at least 1")

    if args.child:
        result = child(args.child, args.scratch, args.repeat, args.builds)
        print_result(result, ensure_ascii=False)
        return 0

    try:
        apply_installed_options(args)
    except BenchError as exc:
        print(exc, file=sys.stderr)
        return 1
    load_start = os.getloadavg()[0]
    errors: list[str] = []
    lib = result = None
    gen_s = None
    scratch = Path(tempfile.mkdtemp(prefix="bienban-bench-library-"))
    try:
        folder = scratch / "Bienban"
        folder.mkdir()
        t = time.perf_counter()
        lib = build_library(folder, args.meetings, args.tasks)
        gen_s = time.perf_counter() - t
        try:
            result = measure(folder, scratch, args.repeat, args.builds, args.timeout)
            if result["problems"]:
                errors.append("; ".join(result["problems"]))
        except BenchError as exc:
            errors.append(str(exc))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    info = machine_info(load_start)
    rows = summary_rows(args.repeat, args.builds, result)
    details = detail_rows(lib, gen_s, result)
    print(report("Bienban library benchmark", info, notes(info), rows, details, errors))
    if args.json:
        out = {
            "machine": info,
            "repeat": args.repeat,
            "builds": args.builds,
            "today": TODAY.isoformat(),
            "goals": {
                "build_ms": GOAL_BUILD_MS,
                "update_ms": GOAL_UPDATE_MS,
                "query_ms": GOAL_QUERY_MS,
                "statistics_ms": GOAL_STATS_MS,
                "maxrss_mib": GOAL_RSS_MIB,
            },
            "summary": rows,
            "library": lib,
            "generation_s": gen_s,
            "results": result,
            "errors": errors,
        }
        write_json(args.json, out)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
