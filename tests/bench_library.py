"""Benchmark of the library index (sổ theo dõi nhiệm vụ): a generated library of 500 meetings ×
50 tasks, indexed, updated, filtered, searched and counted.

Not a pytest test (pytest collects only ``test_*.py``); run it by hand::

    python tests/bench_library.py [--meetings N] [--tasks N] [--repeat N] [--builds N]
                                  [--json OUT]

The library: ``--meetings`` record files (default 500) of ``--tasks`` tasks each (default 50),
saved with ``save_record`` into ``YYYY/MM/`` folders of a temporary folder. Meetings fall on
working days over two years (2016–2017): monthly and quarterly "giao ban", thematic meetings
and progress reviews of one agency, each giving tasks to 5–10 of 30 departments. Tasks are a
few Vietnamese sentences (the editor benchmark's vocabulary) with a lead, coordinating units,
a dated deadline 1 week to 6 months after the meeting (some worded, "thường xuyên", or none)
and a status that depends on age: done on time, done late, in progress, not started — and
thereby overdue on the benchmark's fixed "today", 15/01/2018.

The measurements run in a child process (so its peak memory is that of indexing and querying,
not of generating), with ``LibraryIndex(folder, DB)`` and the database in the temporary folder:

1. Full index build: ``refresh()`` of a new, empty index; median of ``--builds`` builds
   (default 3), each into a fresh database. Goal ≤ 10 s.
2. Update after one file changes: one record file rewritten with ``save_record`` with one task
   changed (text, status, completion date), then ``refresh()`` (which scans the folder, finds
   the file by size/mtime, hashes it, re-reads and re-indexes it). Median of ``--repeat``
   updates (default 5), each of another file. Goal ≤ 200 ms.
3. Filters and searches: ``LibraryIndex.tasks(TaskFilter(...), today)`` — the call the
   tracking view makes — for a department, the "overdue" category, a deadline range (a
   quarter), one meeting, the accent-free search "tien do", a two-word search "mat bang",
   and a combined filter (department + overdue + deadline range + search); also the unfiltered
   list the view shows first. Median of ``--repeat`` calls each. Goal ≤ 100 ms each.
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
import json
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GOAL_BUILD_MS = 10_000.0
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


class BenchError(RuntimeError):
    """A measurement could not be taken."""


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _maxrss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


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
    from gui.core.record import (
        Attendee,
        Authority,
        Closing,
        Content,
        Department,
        Directives,
        Header,
        Meeting,
        News,
        Person,
        Record,
        Signer,
        Task,
        TaskStatus,
    )
    from gui.core.recordfile import SUFFIX, save_record
    from tests.bench_editor import (
        FOLLOW_UPS,
        GIVEN,
        KCN,
        LOCALITIES,
        MIDDLES,
        NOTES,
        OBJECTS,
        OPENERS,
        RANKS,
        SURNAMES,
        ZONES,
        department_names,
    )

    rnd = random.Random(seed)
    depts = department_names(N_DEPARTMENTS)
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

    def person() -> str:
        return f"{rnd.choice(SURNAMES)} {rnd.choice(MIDDLES)} {rnd.choice(GIVEN)}"

    def place() -> str:
        return rnd.choice((f"KCN {rnd.choice(KCN)}", rnd.choice(ZONES), rnd.choice(LOCALITIES)))

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

    def task(day: dt.date, d: int) -> Task:
        others = rnd.sample([x for i, x in enumerate(depts) if i != d], rnd.randint(0, 2))
        deadline = day + dt.timedelta(days=rnd.randint(7, 180))
        fmt = {
            "other": rnd.choice(depts),
            "obj": rnd.choice(OBJECTS),
            "place": place(),
            "date": deadline.strftime("%d/%m/%Y"),
            "pct": rnd.choice((50, 70, 80, 100)),
            "quarter": f"{ROMAN[(deadline.month - 1) // 3]}/{deadline.year}",
            "money": rnd.randint(12, 4800),
        }
        sentences = [rnd.choice(OPENERS).format(**fmt) + "."]
        sentences += [s.format(**fmt) for s in rnd.sample(FOLLOW_UPS, rnd.randint(1, 3))]
        r = rnd.random()
        dated = r >= 0.1
        words = "" if dated or r < 0.03 else rnd.choice(worded)
        age = (TODAY - deadline).days
        p_done = 0.9 if age > 90 else 0.75 if age > 0 else 0.35
        completed = None
        if rnd.random() < p_done:
            status = TaskStatus.DONE
            completed = min(TODAY, deadline + dt.timedelta(days=rnd.randint(-40, 30)))
            completed = max(completed, day + dt.timedelta(days=1))
        else:
            status = rnd.choice(
                (TaskStatus.IN_PROGRESS, TaskStatus.IN_PROGRESS, TaskStatus.NOT_STARTED)
            )
        if status is TaskStatus.DONE:
            counts["done"] += 1
            counts["done_late"] += bool(dated and completed and completed > deadline)
        elif dated and deadline < TODAY:
            counts["overdue"] += 1
        else:
            counts["open_in_time"] += 1
        counts["undated"] += not dated
        return Task(
            content=" ".join(sentences),
            lead=f"đồng chí {person()} - {rnd.choice(RANKS)}",
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
        per = [[] for _ in chosen]  # type: list[list[Task]]
        for t in range(n_tasks):
            k = t % len(chosen) if t < len(chosen) else rnd.randrange(len(chosen))
            per[k].append(task(day, chosen[k]))
        name = meeting_name(day, i)
        record = Record(
            header=Header(
                parent_agency="UBND tỉnh Quảng Ninh",
                agency="Ban Quản lý Khu kinh tế Quảng Ninh",
                agency_code="BQLKKT",
                number=numbers[day.year],
                place="Quảng Ninh",
                issue_date=day + dt.timedelta(days=rnd.randint(1, 3)),
                summary=f"Kết luận của Trưởng ban tại cuộc {name}",
            ),
            meeting=Meeting(
                name=name,
                date=day,
                start_time=dt.time(8, 0),
                end_time=dt.time(11, 0),
                location="Phòng họp tầng 3, trụ sở Ban Quản lý Khu kinh tế",
                chair=Person("Nguyễn Mạnh Tuấn", "Trưởng ban"),
                secretary=Person(person(), "Chuyên viên Văn phòng"),
                attendees=[
                    Attendee(name=person(), position=f"{rnd.choice(RANKS)} {depts[c]}")
                    for c in chosen
                ],
            ),
            content=Content(
                opening=[
                    "Sau khi nghe báo cáo của các phòng, đơn vị và ý kiến "
                    "của các thành viên dự họp, đồng chí Trưởng ban kết luận "
                    "như sau:"
                ],
                results=[f"Công tác {rnd.choice(OBJECTS)} tại {place()} có chuyển biến tích cực."],
            ),
            directives=Directives(
                general=["Các phòng, đơn vị tập trung hoàn thành các nhiệm vụ được giao."],
                departments=[Department(depts[c], ts) for c, ts in zip(chosen, per, strict=True)],
            ),
            closing=Closing(
                sentence="Ban Quản lý Khu kinh tế thông báo để các phòng, đơn vị biết, thực hiện.",
                recipients=["Như trên", "Lưu: VT, VP"],
                signer=Signer(Authority.KT, "TRƯỞNG BAN", "", "PHÓ TRƯỞNG BAN", person()),
            ),
            news=News(),
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


def timed(fn: Callable[[], Any], repeat: int) -> tuple[list[float], Any]:
    samples, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        samples.append((time.perf_counter() - t) * 1000)
    return samples, result


def child(folder: str, scratch: str, repeat: int, builds: int) -> dict[str, Any]:
    from gui.core.library import LibraryIndex, TaskFilter
    from gui.core.record import TaskStatus
    from gui.core.recordfile import load_record, save_record
    from gui.core.tracking import Category, fold

    rss_start = _maxrss_mib()
    problems: list[str] = []

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
    rss_after_build = _maxrss_mib()

    unchanged_ms, _ = timed(index.refresh, repeat)

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
    queries: dict[str, dict[str, Any]] = {}
    for key, (label, flt) in filters.items():
        index.tasks(flt, TODAY)  # warm-up
        samples, rows = timed(lambda flt=flt: index.tasks(flt, TODAY), repeat)
        queries[key] = {
            "label": label,
            "samples_ms": samples,
            "median_ms": _median(samples),
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
        samples, result = timed(lambda args=args: index.statistics(*args, TODAY), repeat)
        cats = {c.value: sum(getattr(s, c.value) for s in result) for c in Category}
        stats[key] = {
            "label": label,
            "samples_ms": samples,
            "median_ms": _median(samples),
            "departments": len(result),
            "total": sum(s.total for s in result),
            "categories": cats,
        }
        if not result:
            problems.append(f"{label}: empty")
    if stats["all"]["total"] != n_tasks:
        problems.append(f"statistics count {stats['all']['total']} of {n_tasks} tasks")

    rss_measured = _maxrss_mib()  # before the breakdown below, which loads records of its own

    # --- breakdown of one full build (informational, after the measured part) ---------------
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
    del records
    db_kib = sum(f.stat().st_size for f in Path(scratch).glob(f"{db.name}*")) / 1024
    index.close()
    return {
        "build_ms": build_ms,
        "build_median_ms": _median(build_ms),
        "unchanged_refresh_ms": _median(unchanged_ms),
        "update_ms": update_ms,
        "update_median_ms": _median(update_ms),
        "queries": queries,
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
            "sampled_files": sampled,
        },
        "maxrss_start_mib": rss_start,
        "maxrss_after_build_mib": rss_after_build,
        "maxrss_mib": rss_measured,
        "maxrss_after_breakdown_mib": _maxrss_mib(),
        "python": platform.python_version(),
        "sqlite": __import__("sqlite3").sqlite_version,
        "problems": problems,
    }


def run_child(
    folder: Path, scratch: Path, repeat: int, builds: int, timeout: float
) -> dict[str, Any]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        str(folder),
        "--scratch",
        str(scratch),
        "--repeat",
        str(repeat),
        "--builds",
        str(builds),
    ]
    try:
        proc = subprocess.run(cmd, capture_output=True, cwd=ROOT, env=env, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise BenchError(f"the measuring child ran over {timeout:.0f} s") from None
    result = None
    for line in proc.stdout.decode("utf-8", "replace").splitlines():
        if line.startswith("RESULT "):
            result = json.loads(line[7:])
    if proc.returncode != 0 or result is None:
        tail = "\n".join(proc.stderr.decode("utf-8", "replace").splitlines()[-25:])
        raise BenchError(f"the measuring child exited with {proc.returncode}:\n{tail}")
    return result


# --- report --------------------------------------------------------------------------------------


def _ms(v: float | None) -> str:
    if v is None or v != v:
        return "error"
    return f"{v:,.0f} ms" if v >= 10 else f"{v:.1f} ms"


def _verdict(value: float | None, goal: float) -> str:
    return "MISS" if value is None or value != value or value > goal else "PASS"


def summary_rows(repeat: int, builds: int, r: dict[str, Any] | None) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []

    def row(
        item: str, what: str, value: float | None, result: str, goal: str, verdict: str
    ) -> None:
        rows.append(
            {
                "item": item,
                "measurement": what,
                "result": result,
                "goal": goal,
                "verdict": verdict,
                "value": value,
            }
        )  # type: ignore[dict-item]

    r = r or {}
    idx = r.get("indexed", {})
    v = r.get("build_median_ms")
    row(
        "1",
        f"Full index build: refresh() of an empty index, {idx.get('files', '?')} files, "
        f"{idx.get('tasks', '?'):,} tasks (median of {builds})",
        v,
        _ms(v),
        f"≤ {GOAL_BUILD_MS:,.0f} ms",
        _verdict(v, GOAL_BUILD_MS),
    )
    v = r.get("update_median_ms")
    row(
        "2",
        f"Update: one file rewritten (one task changed), then refresh() (median of {repeat})",
        v,
        _ms(v),
        f"≤ {GOAL_UPDATE_MS:,.0f} ms",
        _verdict(v, GOAL_UPDATE_MS),
    )
    for key, q in r.get("queries", {}).items():
        extra = " (extra: not in the brief's list)" if key == "all" else ""
        v = q["median_ms"]
        row(
            "3",
            f"tasks(): {q['label']} → {q['rows']:,} rows{extra} (median of {repeat})",
            v,
            _ms(v),
            f"≤ {GOAL_QUERY_MS:,.0f} ms",
            _verdict(v, GOAL_QUERY_MS),
        )
    for s in r.get("statistics", {}).values():
        v = s["median_ms"]
        row(
            "4",
            f"{s['label']}: {s['departments']} departments, {s['total']:,} tasks "
            f"(median of {repeat})",
            v,
            _ms(v),
            f"≤ {GOAL_STATS_MS:,.0f} ms",
            _verdict(v, GOAL_STATS_MS),
        )
    v = r.get("maxrss_mib")
    row(
        "5",
        "Peak memory (ru_maxrss) of the indexing and querying process",
        v,
        f"{v:.0f} MiB" if v else "error",
        f"≤ {GOAL_RSS_MIB:.0f} MiB",
        _verdict(v, GOAL_RSS_MIB),
    )
    return rows


def detail_rows(
    lib: dict[str, Any] | None, gen_s: float | None, r: dict[str, Any] | None
) -> list[list[str]]:
    rows: list[list[str]] = []
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
    rows.append(["Full builds, all runs", ", ".join(_ms(v) for v in r["build_ms"])])
    b = r["breakdown_ms"]
    rows.append(
        [
            "Build breakdown (separate passes over all files): scan (rglob) / stat / "
            "SHA-256 / read_json / load_record / fold of the search keys",
            f"{_ms(b['scan'])} / {_ms(b['stat'])} / {_ms(b['sha256'])} / "
            f"{_ms(b['read_json'])} / {_ms(b['load_record_extrapolated'])} / "
            f"{_ms(b['fold_extrapolated'])} (load_record and fold: timed on "
            f"{b['sampled_files']} files, scaled to {r['indexed']['files']})",
        ]
    )
    rows.append(["refresh() with nothing changed, median", _ms(r["unchanged_refresh_ms"])])
    rows.append(["Updates, all runs", ", ".join(_ms(v) for v in r["update_ms"])])
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


def machine_info() -> dict[str, Any]:
    cpu = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next((ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name")), "")
    except OSError:
        pass
    try:
        usable: int | None = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = None
    return {
        "cpu_count": os.cpu_count(),
        "cpus_usable": usable,
        "cpu_model": cpu or None,
        "os": platform.platform(),
        "python": platform.python_version(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def markdown(
    info: dict[str, Any], rows: list[dict[str, str]], details: list[list[str]], errors: list[str]
) -> str:
    cpu = f"{info['cpu_count']} CPUs" + (f" ({info['cpu_model']})" if info["cpu_model"] else "")
    if info["cpus_usable"] not in (None, info["cpu_count"]):
        cpu += f", {info['cpus_usable']} usable"
    lines = [
        "## Bienban library benchmark",
        "",
        f"- Machine: {cpu}; {info['os']}; 1-min load average {info['load_average_start']:.2f} "
        f"at the start, {info['load_average'][0]:.2f} at the end",
        f"- Python {info['python']}; library and index in a temporary folder (files just "
        f'written, so in the page cache); "today" = {TODAY:%d/%m/%Y}',
        "",
        "| # | Measurement | Result | Goal | Verdict |",
        "|---|---|---:|---|---|",
    ]
    lines += [
        f"| {r['item']} | {r['measurement']} | {r['result']} | {r['goal']} | {r['verdict']} |"
        for r in rows
    ]
    if details:
        lines += ["", "| Detail | Value |", "|---|---|"]
        lines += [f"| {a} | {b} |" for a, b in details]
    for e in errors:
        lines += ["", "**Error:**", "", "```", e, "```"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument(
        "--meetings", type=int, default=500, help="record files in the library (default: 500)"
    )
    parser.add_argument("--tasks", type=int, default=50, help="tasks per meeting (default: 50)")
    parser.add_argument(
        "--repeat",
        type=int,
        default=5,
        help="updates, and calls of each query; medians reported (default: 5)",
    )
    parser.add_argument(
        "--builds",
        type=int,
        default=3,
        help="full index builds, each into a new database (default: 3)",
    )
    parser.add_argument("--json", metavar="OUT", help="also write the results as JSON to OUT")
    parser.add_argument(
        "--timeout",
        type=float,
        default=900.0,
        help="seconds before the measuring child counts as hung (default: 900)",
    )
    parser.add_argument("--child", metavar="FOLDER", help=argparse.SUPPRESS)
    parser.add_argument("--scratch", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if min(args.repeat, args.builds, args.meetings, args.tasks) < 1:
        parser.error("--meetings, --tasks, --repeat and --builds must be at least 1")

    if args.child:
        result = child(args.child, args.scratch, args.repeat, args.builds)
        print("RESULT " + json.dumps(result, ensure_ascii=False), flush=True)
        return 0

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
            result = run_child(folder, scratch, args.repeat, args.builds, args.timeout)
            if result["problems"]:
                errors.append("; ".join(result["problems"]))
        except BenchError as exc:
            errors.append(str(exc))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    info = machine_info()
    info["load_average_start"] = round(load_start, 2)
    rows = summary_rows(args.repeat, args.builds, result)
    print(markdown(info, rows, detail_rows(lib, gen_s, result), errors))
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
        Path(args.json).write_text(
            json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
