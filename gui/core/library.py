"""The library: a folder of record files and its SQLite index of meetings and tasks.

The record files are the only source of truth; the index (in the app data folder) is a cache
that ``refresh`` keeps current from them — new, changed, deleted and renamed files are found by
size, modification time and SHA-256 — and that can always be deleted and rebuilt. A file that
fails to load is indexed with its error instead of being skipped.

The folder is walked once (``walk_folder``): symbolic links are followed to the file they point
to, and a file reached twice (a link beside its target) is counted once, under its real path.
Whatever cannot be indexed — an unreadable folder or file, a dangling link, a FIFO or a folder
named like a record, a file name that is not UTF-8 — is listed among the errors with its reason.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import os
import sqlite3
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gui.core.errors import RecordFileError
from gui.core.record import Record, Task, TaskStatus, due_date
from gui.core.recordfile import SUFFIX, load_record
from gui.core.suggestions import Phrase, PhraseKind, record_phrases
from gui.core.text import display_name
from gui.core.tracking import Category, categorize, fold
from gui.core.wording import in_capitals

INDEX_VERSION = 4  # 2: text under the record's text rule (gui.core.text); 3: phrases;
# 4: a deadline in words that names a date is indexed as that date (``due_date``)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, sha256 TEXT, error TEXT,
    meeting_name TEXT, meeting_date TEXT, number INTEGER, doc_kind TEXT, agency_code TEXT,
    issue_date TEXT, issue_year INTEGER);
CREATE TABLE IF NOT EXISTS tasks (
    path TEXT, dept_index INTEGER, task_index INTEGER, department TEXT, content TEXT,
    lead TEXT, coordinating TEXT, deadline TEXT, deadline_text TEXT, status TEXT,
    completed_on TEXT, note TEXT, search TEXT,
    PRIMARY KEY (path, dept_index, task_index));
CREATE INDEX IF NOT EXISTS tasks_department ON tasks(department);
CREATE INDEX IF NOT EXISTS tasks_deadline ON tasks(deadline);
CREATE INDEX IF NOT EXISTS files_sha ON files(sha256);
CREATE TABLE IF NOT EXISTS phrases (path TEXT, kind TEXT, text TEXT, detail TEXT);
CREATE INDEX IF NOT EXISTS phrases_path ON phrases(path);
"""


@dataclass
class RefreshResult:
    """What ``refresh`` found."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)


@dataclass(slots=True)
class TaskRow:
    """A task of some meeting, as the tracking view shows it."""

    path: str
    dept_index: int
    task_index: int
    meeting_name: str
    meeting_date: dt.date | None
    number: int | None
    doc_kind: str
    agency_code: str
    department: str
    content: str
    lead: str
    coordinating: str
    deadline: dt.date | None
    deadline_text: str
    status: TaskStatus
    completed_on: dt.date | None
    note: str

    def category(self, today: dt.date) -> Category:
        """Done on time, done late, in progress, or overdue on ``today``."""
        return categorize(self, today)  # type: ignore[arg-type]

    def days_left(self, today: dt.date) -> int | None:
        """Days to the deadline (negative when overdue), None when not applicable."""
        if self.deadline is None or self.status is TaskStatus.DONE:
            return None
        return (self.deadline - today).days


@dataclass
class TaskFilter:
    """Which tasks to list. Empty fields do not filter."""

    department: str = ""
    categories: frozenset[Category] = frozenset()
    deadline_from: dt.date | None = None
    deadline_to: dt.date | None = None
    meeting_from: dt.date | None = None
    meeting_to: dt.date | None = None
    path: str = ""
    search: str = ""


@dataclass
class DepartmentStats:
    """Counts per category for one department."""

    department: str
    done_on_time: int = 0
    done_late: int = 0
    in_progress: int = 0
    overdue: int = 0

    @property
    def total(self) -> int:
        """All tasks counted."""
        return self.done_on_time + self.done_late + self.in_progress + self.overdue


_ROW_COLUMNS = (
    "t.path, t.dept_index, t.task_index, f.meeting_name, f.meeting_date, f.number, f.doc_kind, "
    "f.agency_code, t.department, t.content, t.lead, t.coordinating, t.deadline, "
    "t.deadline_text, t.status, t.completed_on, t.note"
)


def _task_row(values: Sequence[Any]) -> TaskRow:
    """A ``TaskRow`` from the values of ``_ROW_COLUMNS``."""
    p, d, t, mn, md, num, kind, code, dept, content, lead, coord, dl, dlt, st, co, note = values
    return TaskRow(
        p,
        d,
        t,
        mn or "",
        _date(md),
        num,
        kind or "",
        code or "",
        dept,
        content,
        lead,
        coord,
        _date(dl),
        dlt,
        TaskStatus(st),
        _date(co),
        note,
    )


class SortKey(enum.StrEnum):
    """What the tracking view's list can be ordered by (one per column)."""

    MEETING = "meeting"
    MEETING_DATE = "meeting_date"
    NUMBER = "number"
    DEPARTMENT = "department"
    CONTENT = "content"
    LEAD = "lead"
    COORDINATING = "coordinating"
    DEADLINE = "deadline"
    STATUS = "status"
    COMPLETED_ON = "completed_on"
    DAYS_LEFT = "days_left"


_SORT_SQL = {
    SortKey.MEETING: "f.meeting_name",
    SortKey.MEETING_DATE: "f.meeting_date",
    SortKey.NUMBER: "f.number",
    SortKey.DEPARTMENT: "t.department",
    # a task's first 64 characters order it (ties: the default order); reading and comparing
    # whole sentences doubled a first sort of 25,000 tasks
    SortKey.CONTENT: "substr(t.content, 1, 64)",
    SortKey.LEAD: "t.lead",
    SortKey.COORDINATING: "t.coordinating",
    SortKey.DEADLINE: "t.deadline",
    SortKey.STATUS: "t.status",
    SortKey.COMPLETED_ON: "t.completed_on",
    SortKey.DAYS_LEFT: "CASE WHEN t.status = 'done' THEN NULL ELSE t.deadline END",
}
# the order of ``tasks`` and the tie-break of every other: ``_row_order`` in SQL
_DEFAULT_ORDER = (
    "t.deadline IS NULL, t.deadline, f.meeting_date, t.path, t.dept_index, t.task_index"
)


def _row_order(r: TaskRow) -> tuple[object, ...]:
    """By deadline (undated last), then meeting date, file and position in the file."""
    return (
        r.deadline is None,
        r.deadline or dt.date.min,
        r.meeting_date or dt.date.min,
        r.path,
        r.dept_index,
        r.task_index,
    )


def _category_sql(today: dt.date) -> tuple[str, list[str]]:
    """The SQL of ``tracking.categorize`` (the two must agree; a test checks they do)."""
    return (
        "CASE WHEN t.status = 'done' THEN "
        "  CASE WHEN t.deadline IS NOT NULL AND t.completed_on IS NOT NULL "
        "       AND t.completed_on > t.deadline THEN 'done_late' ELSE 'done_on_time' END "
        "WHEN t.deadline IS NOT NULL AND t.deadline < ? THEN 'overdue' "
        "ELSE 'in_progress' END",
        [today.isoformat()],
    )


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


class _Folds(dict[str, str]):
    """``fold`` of the parts of a search key, each part folded once (a meeting's name and its
    department names recur in every task)."""

    def __missing__(self, text: str) -> str:
        self[text] = value = fold(text)
        return value

    def join(self, parts: Iterable[str]) -> str:
        """``fold(" ".join(parts))``, from the parts' folds."""
        return " ".join(f for f in (self[p] for p in parts) if f)


def _sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


@dataclass
class FolderWalk:
    """What ``walk_folder`` found: record files, and entries that cannot be indexed."""

    files: list[str] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)


def walk_folder(folder: str | os.PathLike[str]) -> FolderWalk:
    """Every record file under ``folder``, once each; every entry that cannot be read, listed.

    Hidden files (lock files, temporaries) are skipped. Symbolic links are followed; a linked
    folder is walked once (no loops) and a linked file is listed under its real path unless
    the same file is also reached without a link.
    """
    walk = FolderWalk()
    seen_dirs: set[tuple[int, int]] = set()
    by_inode: dict[tuple[int, int], tuple[bool, str]] = {}  # → (reached by a link, path)
    pending = [os.fspath(folder)]
    while pending:
        current = pending.pop()
        try:
            st = os.stat(current)
            if (st.st_dev, st.st_ino) in seen_dirs:
                continue
            seen_dirs.add((st.st_dev, st.st_ino))
            with os.scandir(current) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            walk.problems.append((current, f"folder cannot be read: {_reason(exc)}"))
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith(".") and not entry.is_dir():
                continue
            problem, key, is_link = _examine(entry)
            if problem:
                walk.problems.append((entry.path, problem))
            if key is None:
                if entry.is_dir():
                    subfolders.append(entry.path)
                continue
            path = os.path.realpath(entry.path) if is_link else entry.path
            if key not in by_inode or (by_inode[key][0] and not is_link):
                by_inode[key] = (is_link, path)
        pending.extend(reversed(subfolders))
    walk.files = sorted(path for _link, path in by_inode.values())
    walk.problems.sort()
    return walk


def _examine(entry: os.DirEntry[str]) -> tuple[str, tuple[int, int] | None, bool]:
    """(problem, inode key of a record file to index, reached by a link) for one entry."""
    try:
        is_link = entry.is_symlink()
        is_dir = entry.is_dir()
    except OSError as exc:
        return f"cannot be read: {_reason(exc)}", None, False
    if is_dir:
        if entry.name.endswith(SUFFIX):
            return "a folder, not a record file", None, is_link
        return "", None, is_link
    if not entry.name.endswith(SUFFIX):
        return "", None, is_link
    try:
        st = entry.stat()
    except FileNotFoundError:
        return f"a link to a missing file ({display_name(os.readlink(entry.path))})", None, True
    except OSError as exc:
        return f"cannot be read: {_reason(exc)}", None, is_link
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file (a pipe, device or socket)", None, is_link
    try:
        entry.path.encode("utf-8")
    except UnicodeEncodeError:
        return "the file name is not UTF-8; rename the file", None, is_link
    return "", (st.st_dev, st.st_ino), is_link


class LibraryIndex:
    """The SQLite index of one library folder."""

    def __init__(self, folder: str | os.PathLike[str], db_path: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)
        self.problems: list[tuple[str, str]] = []  # from the last walk: not in the database
        self.db_path = Path(db_path)
        Path(db_path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(os.fspath(db_path))
        # readers in other threads (the tracking view's queries) see committed work while an
        # index build writes, and never block it
        self._db.execute("PRAGMA journal_mode=WAL")
        # a commit waits for no fsync: a cache whose last commits a power cut may lose is
        # still whole (WAL), and refresh indexes again a file whose size or time it lacks
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        row = self._db.execute("SELECT value FROM meta WHERE key='version'").fetchone()
        if row is None or int(row[0]) != INDEX_VERSION or self._folder_changed():
            self.clear()

    @classmethod
    def reader(
        cls, folder: str | os.PathLike[str], db_path: str | os.PathLike[str]
    ) -> LibraryIndex:
        """Another connection to an existing index, to read from in another thread (it may be
        handed from thread to thread, never used by two at once)."""
        index = cls.__new__(cls)
        index.folder, index.db_path = Path(folder), Path(db_path)
        index._db = sqlite3.connect(os.fspath(db_path), check_same_thread=False)
        # whole-table reads (orders, search keys) straight from the mapped file
        index._db.execute("PRAGMA mmap_size = 268435456")
        return index

    def _folder_changed(self) -> bool:
        row = self._db.execute("SELECT value FROM meta WHERE key='folder'").fetchone()
        return row is not None and row[0] != str(self.folder.resolve())

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def clear(self) -> None:
        """Forget everything (the next refresh rebuilds from the files)."""
        with self._db:
            self._db.execute("DELETE FROM files")
            self._db.execute("DELETE FROM tasks")
            self._db.execute("DELETE FROM phrases")
            self._db.execute(
                "INSERT OR REPLACE INTO meta VALUES ('version', ?)", (str(INDEX_VERSION),)
            )
            self._db.execute(
                "INSERT OR REPLACE INTO meta VALUES ('folder', ?)", (str(self.folder.resolve()),)
            )

    # --- keeping current ----------------------------------------------------------------------

    def scan(self) -> Iterator[str]:
        """Record files under the folder (recursively), sorted; see ``walk_folder``."""
        if not self.folder.is_dir():
            self.problems = []
            return iter(())
        walk = walk_folder(self.folder)
        self.problems = walk.problems
        return iter(walk.files)

    def refresh(self, paths: Iterable[str] | None = None) -> RefreshResult:
        """Bring the index up to date with the files (all, or just ``paths``)."""
        result = RefreshResult()
        known = {
            row[0]: (row[1], row[2], row[3])
            for row in self._db.execute("SELECT path, size, mtime_ns, sha256 FROM files")
        }
        on_disk = list(self.scan()) if paths is None else [p for p in paths if os.path.isfile(p)]
        gone = (
            set(known) - set(on_disk)
            if paths is None
            else {p for p in paths if p in known and not os.path.isfile(p)}
        )
        gone_by_sha = {known[p][2]: p for p in gone}
        with self._db:
            for path in on_disk:
                try:
                    st = os.stat(path)
                except OSError:
                    continue
                old = known.get(path)
                if old is not None and old[0] == st.st_size and old[1] == st.st_mtime_ns:
                    continue
                try:
                    sha = _sha256(path)
                except OSError as exc:  # unreadable: listed, and no longer indexed
                    self.problems.append((path, f"cannot be read: {_reason(exc)}"))
                    result.errors.append((path, self.problems[-1][1]))
                    if old is not None:
                        gone.add(path)
                    continue
                if old is not None and old[2] == sha:
                    self._db.execute(
                        "UPDATE files SET mtime_ns=? WHERE path=?", (st.st_mtime_ns, path)
                    )
                    continue
                if old is None and sha in gone_by_sha:
                    previous = gone_by_sha.pop(sha)
                    gone.discard(previous)
                    self._move(previous, path, st.st_mtime_ns)
                    result.renamed.append((previous, path))
                    continue
                error = self._index_file(path, st.st_size, st.st_mtime_ns, sha)
                (result.changed if old is not None else result.added).append(path)
                if error:
                    result.errors.append((path, error))
            for path in sorted(gone):
                self._db.execute("DELETE FROM files WHERE path=?", (path,))
                self._db.execute("DELETE FROM tasks WHERE path=?", (path,))
                self._db.execute("DELETE FROM phrases WHERE path=?", (path,))
                result.removed.append(path)
        return result

    def _move(self, old: str, new: str, mtime_ns: int) -> None:
        self._db.execute("UPDATE files SET path=?, mtime_ns=? WHERE path=?", (new, mtime_ns, old))
        self._db.execute("UPDATE tasks SET path=? WHERE path=?", (new, old))
        self._db.execute("UPDATE phrases SET path=? WHERE path=?", (new, old))

    def _index_file(self, path: str, size: int, mtime_ns: int, sha: str) -> str:
        self._db.execute("DELETE FROM tasks WHERE path=?", (path,))
        try:
            record = load_record(path)
        except RecordFileError as exc:
            detail = f"{exc.field}: {exc.detail}" if exc.field else exc.detail
            self._db.execute(
                "INSERT OR REPLACE INTO files (path, size, mtime_ns, sha256, error) "
                "VALUES (?, ?, ?, ?, ?)",
                (path, size, mtime_ns, sha, detail),
            )
            return detail
        self.index_record(path, record, size, mtime_ns, sha)
        return ""

    def index_record(
        self, path: str, record: Record, size: int = -1, mtime_ns: int = -1, sha: str = ""
    ) -> None:
        """(Re)index one record (also used right after a write-back)."""
        h, m = record.header, record.meeting
        self._db.execute(
            "INSERT OR REPLACE INTO files VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                path,
                size,
                mtime_ns,
                sha,
                None,
                m.name,
                _iso(m.date),
                h.number,
                h.doc_kind,
                h.agency_code,
                _iso(h.issue_date),
                (h.issue_date or m.date).year if (h.issue_date or m.date) else None,
            ),
        )
        self._db.execute("DELETE FROM tasks WHERE path=?", (path,))
        rows = []
        folded = _Folds()
        for n, tracked in enumerate(record.tracked_tasks()):
            task, department = tracked.task, tracked.department
            d, t = task_key(tracked.path, n)
            search = folded.join(
                (
                    m.name,
                    department,
                    task.content,
                    task.lead,
                    task.coordinating,
                    task.deadline_text,
                    task.note,
                )
            )
            rows.append(
                (
                    path,
                    d,
                    t,
                    department,
                    task.content,
                    task.lead,
                    task.coordinating,
                    _iso(due_date(task)),
                    # the deadline as written: its words, when they are the deadline (a dated
                    # deadline prints as the date, whatever words are left beside it)
                    task.deadline_text if task.deadline is None else "",
                    task.status.value,
                    _iso(task.completed_on),
                    task.note,
                    search,
                )
            )
        self._db.executemany("INSERT INTO tasks VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        self._db.execute("DELETE FROM phrases WHERE path=?", (path,))
        self._db.executemany(
            "INSERT INTO phrases VALUES (?,?,?,?)",
            [(path, p.kind.value, p.text, p.detail) for p in record_phrases(record)],
        )

    # --- reading ----------------------------------------------------------------------------

    def errors(self) -> list[tuple[str, str]]:
        """Files that failed to load and entries that could not be indexed, with their error.

        Paths are shown on one line (``display_name``).
        """
        rows = list(self._db.execute("SELECT path, error FROM files WHERE error IS NOT NULL"))
        return sorted({(display_name(p), e) for p, e in [*rows, *self.problems]})

    def meetings(self) -> list[tuple[str, str, dt.date | None, int | None]]:
        """(path, name, date, number) of every indexed meeting, newest first."""
        rows = self._db.execute(
            "SELECT path, meeting_name, meeting_date, number FROM files WHERE error IS NULL "
            "ORDER BY meeting_date DESC, path"
        )
        return [(p, n or "", _date(d), num) for p, n, d, num in rows]

    def departments(self) -> list[str]:
        """Every department name that has tasks, sorted."""
        return [
            r[0]
            for r in self._db.execute("SELECT DISTINCT department FROM tasks ORDER BY department")
        ]

    def _where(self, flt: TaskFilter, today: dt.date) -> tuple[list[str], list[object]]:
        """The SQL conditions (on ``tasks t`` joined with ``files f``) of ``flt``."""
        where: list[str] = ["f.error IS NULL"]
        args: list[object] = []
        if flt.department:
            where.append("t.department = ?")
            args.append(flt.department)
        if flt.path:
            where.append("t.path = ?")
            args.append(flt.path)
        if flt.deadline_from:
            where.append("t.deadline >= ?")
            args.append(flt.deadline_from.isoformat())
        if flt.deadline_to:
            where.append("t.deadline <= ?")
            args.append(flt.deadline_to.isoformat())
        if flt.meeting_from:
            where.append("f.meeting_date >= ?")
            args.append(flt.meeting_from.isoformat())
        if flt.meeting_to:
            where.append("f.meeting_date <= ?")
            args.append(flt.meeting_to.isoformat())
        phrase = fold(flt.search)
        if phrase:
            # the words typed, in order, from the start of a word: "tien do" finds "tiến độ"
            # but not "xúc tiến đồng bộ" (Vietnamese words are phrases of syllables)
            where.append("(' ' || t.search) LIKE ? ESCAPE '\\'")
            escaped = phrase.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            args.append("% " + escaped + "%")
        if flt.categories:
            case, case_args = _category_sql(today)
            where.append(f"({case}) IN ({','.join('?' * len(flt.categories))})")
            args += case_args + sorted(c.value for c in flt.categories)
        return where, args

    def tasks(self, flt: TaskFilter | None = None, today: dt.date | None = None) -> list[TaskRow]:
        """The tasks matching ``flt`` (ordered by deadline, then meeting)."""
        flt = flt or TaskFilter()
        today = today or dt.date.today()
        where, args = self._where(flt, today)
        sql = (
            f"SELECT {_ROW_COLUMNS} FROM tasks t JOIN files f ON f.path = t.path WHERE "
            + " AND ".join(where)
        )
        rows = [_task_row(values) for values in self._db.execute(sql, args)]
        # Sorting the built rows is cheaper than letting SQLite sort the wide result rows.
        rows.sort(key=_row_order)
        return rows

    def statistics(
        self,
        meeting_from: dt.date | None = None,
        meeting_to: dt.date | None = None,
        today: dt.date | None = None,
    ) -> list[DepartmentStats]:
        """Counts per department of the tasks given at meetings in the period."""
        case, args = _category_sql(today or dt.date.today())
        where = ["f.error IS NULL"]
        if meeting_from:
            where.append("f.meeting_date >= ?")
            args.append(meeting_from.isoformat())
        if meeting_to:
            where.append("f.meeting_date <= ?")
            args.append(meeting_to.isoformat())
        sql = (
            f"SELECT t.department, {case} AS c, COUNT(*) FROM tasks t "
            "JOIN files f ON f.path = t.path WHERE "
            + " AND ".join(where)
            + " GROUP BY t.department, c"
        )
        stats: dict[str, DepartmentStats] = {}
        for department, category, count in self._db.execute(sql, args):
            setattr(stats.setdefault(department, DepartmentStats(department)), category, count)
        return [stats[k] for k in sorted(stats)]

    def next_number(self, doc_kind: str, year: int) -> int:
        """The number to give the next document of ``doc_kind`` in ``year``."""
        row = self._db.execute(
            "SELECT MAX(number) FROM files WHERE doc_kind=? AND issue_year=? AND error IS NULL",
            (doc_kind, year),
        ).fetchone()
        return (row[0] or 0) + 1

    def holders_of_number(self, number: int, doc_kind: str, year: int) -> list[str]:
        """Files whose document has this number, kind and year."""
        return [
            r[0]
            for r in self._db.execute(
                "SELECT path FROM files WHERE number=? AND doc_kind=? AND issue_year=? "
                "AND error IS NULL",
                (number, doc_kind, year),
            )
        ]

    # --- the tracking view: ordered ids, then the rows on screen ------------------------------

    def task_order(self, sort: SortKey, descending: bool, today: dt.date) -> list[tuple[int, int]]:
        """The ids of all tasks, ordered by ``sort`` (empty values last), then as ``tasks``;
        each with 1 when it is overdue on ``today``, else 0."""
        expr = _SORT_SQL[sort]
        direction = " DESC" if descending else ""
        sql = (
            "SELECT t.rowid, t.status != 'done' AND t.deadline < ? FROM tasks t "
            "JOIN files f ON f.path = t.path WHERE f.error IS NULL "
            f"ORDER BY ({expr}) IS NULL, {expr}{direction}, {_DEFAULT_ORDER}"
        )
        return self._db.execute(sql, (today.isoformat(),)).fetchall()

    def task_ids(self, flt: TaskFilter, today: dt.date) -> tuple[list[int], int]:
        """The ids of the tasks matching ``flt``, in no order, and how many are overdue."""
        where, args = self._where(flt, today)
        sql = (
            "SELECT t.rowid, t.status != 'done' AND t.deadline < ? FROM tasks t "
            "JOIN files f ON f.path = t.path WHERE " + " AND ".join(where)
        )
        rows = self._db.execute(sql, [today.isoformat(), *args]).fetchall()
        return [r for r, _ in rows], sum(o for _, o in rows if o)

    def rows_by_id(self, ids: Iterable[int]) -> dict[int, TaskRow]:
        """The tasks of these ids (ids no longer in the index are left out)."""
        ids = list(ids)
        found: dict[int, TaskRow] = {}
        for start in range(0, len(ids), 500):  # SQLite's bound parameter limit
            chunk = ids[start : start + 500]
            sql = (
                f"SELECT t.rowid, {_ROW_COLUMNS} FROM tasks t JOIN files f ON f.path = t.path "
                f"WHERE t.rowid IN ({','.join('?' * len(chunk))})"
            )
            for rowid, *values in self._db.execute(sql, chunk):
                found[rowid] = _task_row(values)
        return found

    def sort_values(self, sorts: Sequence[SortKey]) -> dict[SortKey, dict[int, Any]]:
        """id → the value each of ``sorts`` orders by (None: no value), for every task; read
        in one pass over the tasks (joined with their files for a meeting's values)."""
        exprs = [_SORT_SQL[sort] for sort in sorts]
        # a task's own values need no join: a file that failed to load has no tasks
        join = " JOIN files f ON f.path = t.path" if any("f." in e for e in exprs) else ""
        sql = f"SELECT t.rowid, {', '.join(exprs)} FROM tasks t{join}"
        rows = self._db.execute(sql).fetchall()
        if not rows:
            return {sort: {} for sort in sorts}
        ids, *columns = zip(*rows, strict=True)
        return {
            sort: dict(zip(ids, values, strict=True))
            for sort, values in zip(sorts, columns, strict=True)
        }

    def search_keys(self, after: int = 0, limit: int = -1) -> list[tuple[int, str]]:
        """(id, " " + search key) of the tasks (a file that failed to load has none), by id:
        the first ``limit`` (all when negative) whose id is above ``after``."""
        return self._db.execute(
            "SELECT rowid, ' ' || search FROM tasks WHERE rowid > ? ORDER BY rowid LIMIT ?",
            (after, limit),
        ).fetchall()

    def search_ids(self, needle: str) -> set[int]:
        """Ids of the tasks whose " " + search key contains ``needle``, " " + a word's start
        (as ``search_keys`` with ``in``, read in SQL: the keys need not be held)."""
        word = needle[1:]  # the needle is " " + a word's start: also the key's first word
        return {
            r[0]
            for r in self._db.execute(
                "SELECT rowid FROM tasks WHERE instr(search, ?) > 0 OR substr(search, 1, ?) = ?",
                (needle, len(word), word),
            )
        }

    def task_status(self, rowid: int) -> tuple[str, str | None, str | None] | None:
        """(status, completion date, deadline) of one task, as stored; None when gone."""
        row = self._db.execute(
            "SELECT status, completed_on, deadline FROM tasks WHERE rowid = ?", (rowid,)
        ).fetchone()
        return None if row is None else (row[0], row[1], row[2])

    def is_current(self, path: str) -> bool:
        """Whether the index holds ``path`` as it is on disk (same size and modification time,
        indexed without error)."""
        row = self._db.execute(
            "SELECT size, mtime_ns FROM files WHERE path = ? AND error IS NULL", (path,)
        ).fetchone()
        try:
            st = os.stat(path)
        except OSError:
            return False
        return row is not None and (row[0], row[1]) == (st.st_size, st.st_mtime_ns)

    def set_status(
        self,
        path: str,
        dept_index: int,
        task_index: int,
        status: TaskStatus,
        completed_on: dt.date | None,
    ) -> int | None:
        """Index a status just written back to ``path``, whose index was current before the
        write and whose other content did not change: one row updated, the task keeps its id.

        Returns the task's id, or None (nothing changed) when the index has no such task.
        """
        st = os.stat(path)
        sha = _sha256(path)
        with self._db:
            row = self._db.execute(
                "SELECT rowid FROM tasks WHERE path = ? AND dept_index = ? AND task_index = ?",
                (path, dept_index, task_index),
            ).fetchone()
            if row is None:
                return None
            self._db.execute(
                "UPDATE tasks SET status = ?, completed_on = ? WHERE rowid = ?",
                (status.value, _iso(completed_on), row[0]),
            )
            self._db.execute(
                "UPDATE files SET size = ?, mtime_ns = ?, sha256 = ? WHERE path = ?",
                (st.st_size, st.st_mtime_ns, sha, path),
            )
        return int(row[0])

    def reindex(self, path: str, record: Record) -> None:
        """Index ``record``, just written to ``path`` (no need to read the file back)."""
        st = os.stat(path)
        with self._db:
            self.index_record(path, record, st.st_size, st.st_mtime_ns, _sha256(path))

    def ids_of_file(self, path: str) -> dict[tuple[int, int], int]:
        """(department index, task index) → id, for the tasks of one file."""
        return {
            (d, t): rowid
            for rowid, d, t in self._db.execute(
                "SELECT rowid, dept_index, task_index FROM tasks WHERE path = ?", (path,)
            )
        }


class _Order:
    """All task ids in one order, with what a filter needs of it (each made when first asked)."""

    __slots__ = ("_rank", "_texts", "ids")

    def __init__(self, ids: list[int]) -> None:
        self.ids = ids
        self._rank: dict[int, int] | None = None
        self._texts: list[str] | None = None

    def rank(self) -> dict[int, int]:
        """id → its place in the order."""
        if self._rank is None:
            self._rank = {rowid: i for i, rowid in enumerate(self.ids)}
        return self._rank

    def texts(self, key_of: dict[int, str]) -> list[str]:
        """The search keys of the ids, in the order."""
        if self._texts is None:
            self._texts = [key_of.get(rowid, "") for rowid in self.ids]
        return self._texts


class TaskList:
    """The tracking view's list: task ids in the chosen order, filtered.

    Kept until the index changes (``version``): the ids of all tasks in the default order (one
    SQL query) with which are overdue, and, when first asked, a column's values (one narrow
    query) and the search keys. The order by a column is one stable key sort of those values
    (no Python call per comparison; ties keep the default order), kept per column and
    direction. A search looks for the phrase in the keys held here, laid out in the order shown
    (so what it finds needs no sorting), and a longer phrase only among what the shorter one
    found, as while typing; other filters are one unordered SQL query whose ids are sorted by
    their rank in the order.
    """

    def __init__(self) -> None:
        self._key: tuple[object, ...] | None = None
        self._today = dt.date.min
        self._base: list[int] = []  # the default order (= by deadline, ascending)
        self._overdue: set[int] = set()
        self._columns: dict[SortKey, dict[int, Any]] = {}
        self._orders: dict[tuple[SortKey, bool], _Order] = {}
        self._texts_key: tuple[object, ...] | None = None
        self._key_of: dict[int, str] = {}  # id → " " + its search key
        # the keys being read a part at a time: for which index, what is read, the last id
        self._reading: tuple[tuple[object, ...] | None, dict[int, str], int] = (None, {}, 0)
        # the last search: its order, the needle and what it found (ids and their keys)
        self._last: tuple[_Order | None, str, list[int], list[str]] = (None, "", [], [])

    def ids(
        self,
        index: LibraryIndex,
        flt: TaskFilter,
        sort: SortKey,
        descending: bool,
        today: dt.date,
        version: int = 0,
    ) -> tuple[list[int], int]:
        """The ids to show, and how many of them are overdue on ``today``."""
        self._sync(index, version, today)
        order = self._order(index, sort, descending)
        rest = dataclasses.replace(flt, search="")
        phrase = fold(flt.search)
        if not phrase:
            if rest == TaskFilter():
                return list(order.ids), len(self._overdue)
            ids, overdue = index.task_ids(rest, today)
            rank = order.rank()
            ids = [i for i in ids if i in rank]  # added since the order was taken: next version
            ids.sort(key=rank.__getitem__)
            return ids, overdue
        found = self._search(index, version, order, phrase)
        if rest != TaskFilter():
            matching = set(index.task_ids(rest, today)[0])
            found = [rowid for rowid in found if rowid in matching]
        return found, len(self._overdue.intersection(found))

    def _sync(self, index: LibraryIndex, version: int, today: dt.date) -> None:
        key = (str(index.db_path), version, today)
        if key != self._key:
            order = index.task_order(SortKey.DEADLINE, False, today)
            self._base = [rowid for rowid, _ in order]
            self._overdue = {rowid for rowid, overdue in order if overdue}
            self._columns.clear()
            self._orders = {(SortKey.DEADLINE, False): _Order(self._base)}
            self._last = (None, "", [], [])
            self._key, self._today = key, today

    def _order(self, index: LibraryIndex, sort: SortKey, descending: bool) -> _Order:
        order = self._orders.get((sort, descending))
        if order is None:
            value = self._column(index, sort)
            present = [rowid for rowid in self._base if value.get(rowid) is not None]
            # stable, also in reverse: ties keep the default order, as in ``task_order``
            present.sort(key=value.__getitem__, reverse=descending)
            empty = [rowid for rowid in self._base if value.get(rowid) is None]
            order = self._orders[(sort, descending)] = _Order(present + empty)
        return order

    def prepare_order(
        self, index: LibraryIndex, sort: SortKey, version: int, today: dt.date
    ) -> None:
        """Take the order by ``sort`` (ascending) now, before its column header is clicked;
        nothing when the index changed since the last list."""
        if self._key == (str(index.db_path), version, today):
            self._order(index, sort, False)

    def _column(self, index: LibraryIndex, sort: SortKey) -> dict[int, Any]:
        if sort not in self._columns:  # one at a time: reading more costs more than it saves
            self._columns.update(index.sort_values([sort]))
        return self._columns[sort]

    def load_search_keys(self, index: LibraryIndex, version: int = 0) -> None:
        """Read the search keys of this version of the index now (before the first search)."""
        while self.read_search_keys(index, version):
            pass

    def read_search_keys(self, index: LibraryIndex, version: int = 0, part: int = -1) -> bool:
        """Read the next ``part`` search keys of this version of the index (all when negative);
        returns whether some are left to read. Until all are read, a search looks in SQL, so a
        query between two parts need not wait for the rest."""
        key = (str(index.db_path), version)
        if key == self._texts_key:
            return False
        reading, read, last = self._reading
        if reading != key:
            read, last = {}, 0
        rows = index.search_keys(last, part)
        read.update(rows)
        if rows and (part < 0 or len(rows) == part):
            self._reading = (key, read, rows[-1][0])
            return True
        self._key_of, self._texts_key, self._reading = read, key, (None, {}, 0)
        for order in self._orders.values():
            order._texts = None
        self._last = (None, "", [], [])
        return False

    def has_search_keys(self, index: LibraryIndex, version: int = 0) -> bool:
        """Whether the search keys of this version of the index are all read."""
        return self._texts_key == (str(index.db_path), version)

    def _search(self, index: LibraryIndex, version: int, order: _Order, phrase: str) -> list[int]:
        """Ids of the tasks whose search key has ``phrase`` from the start of a word (as
        ``TaskFilter.search`` in SQL), in ``order``."""
        needle = " " + phrase
        if not self.has_search_keys(index, version):
            matching = index.search_ids(needle)  # the keys are still being read
            return [rowid for rowid in order.ids if rowid in matching]
        last_order, last_needle, ids, texts = self._last
        if last_order is not order or not needle.startswith(last_needle):
            ids, texts = order.ids, order.texts(self._key_of)
        found = [i for i, text in enumerate(texts) if needle in text]
        ids = [ids[i] for i in found]
        self._last = (order, needle, ids, [texts[i] for i in found])
        return ids

    def forget(self) -> None:
        """Read everything again at the next list."""
        self._key = self._texts_key = None
        self._reading = (None, {}, 0)

    def status_changed(self, index: LibraryIndex, rowid: int) -> None:
        """Task ``rowid`` has a new status (written back, same id): its overdue flag and the
        orders by status, completion date and days left follow, without reading the rest."""
        if self._key is None:
            return
        row = index.task_status(rowid)
        if row is None:
            return
        status, completed_on, deadline = row
        if status != TaskStatus.DONE.value and deadline and deadline < self._today.isoformat():
            self._overdue.add(rowid)
        else:
            self._overdue.discard(rowid)
        values = {
            SortKey.STATUS: status,
            SortKey.COMPLETED_ON: completed_on,
            SortKey.DAYS_LEFT: None if status == TaskStatus.DONE.value else deadline,
        }
        for sort, value in values.items():
            if sort in self._columns:
                self._columns[sort][rowid] = value
            for descending in (False, True):
                self._orders.pop((sort, descending), None)
        if self._last[0] is not None and self._last[0] not in self._orders.values():
            self._last = (None, "", [], [])


def task_key(path: tuple[str | int, ...], position: int) -> tuple[int, int]:
    """The index key of a tracked task: (department, task) for a department's task, and
    (-1, position among the record's tracked tasks) for a task written in an outline."""
    if path[:2] == ("directives", "departments"):
        return int(path[2]), int(path[4])
    return -1, position


def find_task(record: Record, dept_index: int, task_index: int) -> Task:
    """The task of an index key (``task_key``).

    Raises:
        IndexError: the record has no such task.
    """
    if dept_index >= 0:
        return record.directives.departments[dept_index].tasks[task_index]
    if task_index < 0:
        raise IndexError(task_index)
    return record.tracked_tasks()[task_index].task


def task_path(record: Record, dept_index: int, task_index: int) -> tuple[str | int, ...]:
    """Where the task of an index key (``task_key``) is in ``record`` (a ``gui.core.paths``
    path).

    Raises:
        IndexError: the record has no such task.
    """
    find_task(record, dept_index, task_index)
    if dept_index >= 0:
        return ("directives", "departments", dept_index, "tasks", task_index)
    return record.tracked_tasks()[task_index].path


def write_back(
    path: str, dept_index: int, task_index: int, status: TaskStatus, completed_on: dt.date | None
) -> Record:
    """Set one task's status and completion date in its record file (atomic save).

    Raises:
        RecordFileError: the file cannot be read or written, or the task is gone.
    """
    from gui.core.errors import Problem
    from gui.core.recordfile import save_record

    record = load_record(path)
    try:
        task = find_task(record, dept_index, task_index)
    except IndexError:
        where = (
            f"directives.departments[{dept_index}].tasks[{task_index}]"
            if dept_index >= 0
            else f"task {task_index + 1}"
        )
        raise RecordFileError(
            path, Problem.INVALID, "the task is no longer in the file", where
        ) from None
    task.status = status
    task.completed_on = completed_on
    save_record(record, path)
    return record


def indexed_phrases(db_path: str | os.PathLike[str]) -> list[Phrase]:
    """Every phrase of the indexed records (for completion), read-only; [] without an index.

    Reads the index as the last refresh left it: no folder is scanned, nothing is written.
    """
    if not os.path.isfile(db_path):
        return []
    try:
        db = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = db.execute("SELECT kind, text, detail FROM phrases").fetchall()
        finally:
            db.close()
    except sqlite3.Error:  # an index of an older version, or a damaged one: no suggestions
        return []
    kinds = {k.value: k for k in PhraseKind}
    phrases = [Phrase(kinds[k], t, d or "") for k, t, d in rows if k in kinds]
    # an index built before record_phrases left out an agency typed in capitals still has it
    return [p for p in phrases if not (p.kind is PhraseKind.AGENCY and in_capitals(p.text))]
