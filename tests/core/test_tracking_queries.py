"""The tracking view's queries: accent folding (one regular expression, same keys as before),
and the ordered, filtered id lists of ``TaskList`` against the reference ``tasks()``."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.library import LibraryIndex, SortKey, TaskFilter, TaskList, TaskRow, _Folds
from gui.core.record import TaskStatus
from gui.core.tracking import Category, fold
from tests.bench_library import TODAY, build_library

VI_LETTERS = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ"
    + "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)
COMBINING = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
# marks outside the Combining Diacritical Marks block (Mn), and characters that are not marks
OTHER_MARKS = "\u0483\u0591\u0610\u0e31\u1ab0\u1dc0\u20d0\ufe20\U0001d167\U000e0100"
SPECIAL = " \n\t\u00a0\u2028“”…–-.,;:()0123456789İǅΣσßﬁ\u0345😀"

vi_text = st.text(
    alphabet=st.sampled_from(VI_LETTERS + COMBINING + OTHER_MARKS + SPECIAL), max_size=40
)
text = st.one_of(
    vi_text,
    vi_text.map(lambda s: unicodedata.normalize("NFD", s)),
    st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=20),
)


def fold_before(text: str) -> str:
    """``fold`` as it was: a Python test of the category of every character."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    return " ".join(text.lower().split())


@settings(max_examples=1000, deadline=None, database=None)
@given(text)
def test_fold_gives_the_same_keys_as_before(value: str) -> None:
    assert fold(value) == fold_before(value)


@settings(max_examples=200, deadline=None, database=None)
@given(st.lists(text, max_size=7))
def test_search_keys_folded_part_by_part_are_the_same(parts: list[str]) -> None:
    assert _Folds().join(parts) == fold(" ".join(parts))


@settings(max_examples=300, deadline=None, database=None)
@given(st.text(alphabet=st.sampled_from(VI_LETTERS + " .,-"), max_size=60))
def test_fold_of_plain_vietnamese_text_is_the_same_as_before(value: str) -> None:
    """The fast path (NFC text of ASCII and accented Latin letters)."""
    assert fold(value) == fold_before(value)


def test_fold_examples() -> None:
    assert fold("Tiến Độ  các DỰ ÁN – «Quý III»") == "tien do cac du an – «quy iii»"
    assert fold("Thủ tướng\u0303 ") == "thu tuong"


# --- TaskList against tasks() ------------------------------------------------------------------


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> LibraryIndex:
    folder = tmp_path_factory.mktemp("lib") / "Bienban"
    folder.mkdir()
    build_library(folder, 24, 12, seed=7)
    index = LibraryIndex(folder, folder.parent / "index.sqlite3")
    index.refresh()
    return index


def _key(r: TaskRow) -> tuple[str, int, int]:
    return (r.path, r.dept_index, r.task_index)


def _listed(index: LibraryIndex, ids: list[int]) -> list[tuple[str, int, int]]:
    rows = index.rows_by_id(ids)
    return [_key(rows[i]) for i in ids]


FILTERS = [
    TaskFilter(),
    TaskFilter(search="tien do"),
    TaskFilter(search="tien"),
    TaskFilter(search="tien d"),
    TaskFilter(search="Tiến độ"),
    TaskFilter(search="mat bang"),
    TaskFilter(search="100%_"),
    TaskFilter(categories=frozenset({Category.OVERDUE})),
    TaskFilter(categories=frozenset({Category.IN_PROGRESS, Category.OVERDUE}), search="bao cao"),
    TaskFilter(deadline_from=dt.date(2017, 1, 1), deadline_to=dt.date(2017, 6, 30)),
]


@pytest.mark.parametrize("keys", ["none read", "a part read", "all read"])
def test_task_list_matches_tasks_for_each_filter(index: LibraryIndex, keys: str) -> None:
    """Same tasks, same order (by deadline), same overdue count — searches narrowing as typed
    and widening again; in SQL while the search keys are being read, in them once read."""
    lister = TaskList()
    if keys == "a part read":
        assert lister.read_search_keys(index, part=50)  # more are left
    elif keys == "all read":
        lister.load_search_keys(index)
    assert lister.has_search_keys(index) is (keys == "all read")
    for flt in FILTERS + FILTERS[::-1]:
        ids, overdue = lister.ids(index, flt, SortKey.DEADLINE, False, TODAY)
        expected = index.tasks(flt, TODAY)
        assert _listed(index, ids) == [_key(r) for r in expected], flt
        assert overdue == sum(1 for r in expected if r.category(TODAY) is Category.OVERDUE)
    assert lister.ids(index, FILTERS[1], SortKey.DEADLINE, False, TODAY)[0]  # not vacuous


SORT_VALUES = {
    SortKey.MEETING: lambda r: r.meeting_name,
    SortKey.MEETING_DATE: lambda r: r.meeting_date,
    SortKey.NUMBER: lambda r: r.number,
    SortKey.DEPARTMENT: lambda r: r.department,
    SortKey.CONTENT: lambda r: r.content[:64],  # the first 64 characters order a task
    SortKey.LEAD: lambda r: r.lead,
    SortKey.COORDINATING: lambda r: r.coordinating,
    SortKey.DEADLINE: lambda r: r.deadline,
    SortKey.STATUS: lambda r: r.status.value,
    SortKey.COMPLETED_ON: lambda r: r.completed_on,
    SortKey.DAYS_LEFT: lambda r: None if r.status is TaskStatus.DONE else r.deadline,
}


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", list(SortKey))
def test_task_list_sorts_by_each_column(
    index: LibraryIndex, sort: SortKey, descending: bool
) -> None:
    """Empty values last, then the default order breaks ties (a stable sort of ``tasks()``)."""
    value = SORT_VALUES[sort]
    rows = index.tasks(TaskFilter(search="bao cao"), TODAY)
    present = [r for r in rows if value(r) is not None]
    present.sort(key=value, reverse=descending)
    # (reverse=True keeps the order of ties too)
    expected = present + [r for r in rows if value(r) is None]
    ids, _ = TaskList().ids(index, TaskFilter(search="bao cao"), sort, descending, TODAY)
    assert _listed(index, ids) == [_key(r) for r in expected]


def test_task_list_follows_a_new_version_of_the_index(index: LibraryIndex, tmp_path: Path) -> None:
    lister, unread = TaskList(), TaskList()
    lister.load_search_keys(index)
    before, _ = lister.ids(index, TaskFilter(search="tien do"), SortKey.DEADLINE, False, TODAY)
    assert unread.ids(index, TaskFilter(search="tien do"), SortKey.DEADLINE, False, TODAY)[0] == (
        before
    )
    path = index.meetings()[-1][0]  # the oldest: its ids are not the last ones
    moved_from = index.ids_of_file(path)
    from gui.core.recordfile import load_record

    index.reindex(path, load_record(path))  # the file's tasks get new ids
    assert set(moved_from.values()).isdisjoint(index.ids_of_file(path).values())
    stale, _ = lister.ids(index, TaskFilter(search="tien do"), SortKey.DEADLINE, False, TODAY)
    assert stale == before  # same version: the cached order and keys are still used
    # searched in SQL (keys not read yet): the cached order, without the ids no longer indexed
    gone = set(moved_from.values())
    assert unread.ids(index, TaskFilter(search="tien do"), SortKey.DEADLINE, False, TODAY)[0] == [
        i for i in before if i not in gone
    ]
    assert gone & set(before)  # not vacuous
    fresh, _ = lister.ids(index, TaskFilter(search="tien do"), SortKey.DEADLINE, False, TODAY, 1)
    assert _listed(index, fresh) == [
        _key(r) for r in index.tasks(TaskFilter(search="tien do"), TODAY)
    ]


def _table(index: LibraryIndex, sql: str) -> list[tuple[object, ...]]:
    return sorted(index._db.execute(sql).fetchall(), key=repr)


def test_a_status_written_back_is_one_row_changed(tmp_path: Path) -> None:
    """``set_status`` leaves the index as indexing the saved file again would, and the task
    keeps its id; ``TaskList.status_changed`` then lists as a fresh ``TaskList`` does, without
    reading any column again."""
    from gui.core.library import write_back

    folder = tmp_path / "Bienban"
    folder.mkdir()
    build_library(folder, 6, 12, seed=11)
    index = LibraryIndex(folder, tmp_path / "index.sqlite3")
    index.refresh()
    lister = TaskList()
    sorts = (SortKey.STATUS, SortKey.COMPLETED_ON, SortKey.DAYS_LEFT, SortKey.DEPARTMENT)
    filters = (TaskFilter(), TaskFilter(search="bao cao"))
    for flt in filters:
        for sort in sorts:
            lister.ids(index, flt, sort, False, TODAY)
    row = next(
        r
        for r in index.tasks(TaskFilter(categories=frozenset({Category.OVERDUE})), TODAY)
        if r.dept_index >= 0
    )
    rowid = index.ids_of_file(row.path)[(row.dept_index, row.task_index)]
    assert index.is_current(row.path)
    write_back(row.path, row.dept_index, row.task_index, TaskStatus.DONE, TODAY)
    assert not index.is_current(row.path)
    done = index.set_status(row.path, row.dept_index, row.task_index, TaskStatus.DONE, TODAY)
    assert done == rowid
    assert index.is_current(row.path)

    read: list[SortKey] = []
    real = index.sort_values

    def counting(sorts: list[SortKey]) -> dict[SortKey, dict[int, object]]:
        read.extend(sorts)
        return real(sorts)

    lister.status_changed(index, rowid)
    index.sort_values = counting  # type: ignore[method-assign]
    got = {
        (flt.search, sort, descending): lister.ids(index, flt, sort, descending, TODAY)
        for flt in filters
        for sort in sorts
        for descending in (False, True)
    }
    del index.sort_values
    assert read == []  # the patched columns are sorted again, none read
    for (search, sort, descending), listed in got.items():
        flt = TaskFilter(search=search)
        assert listed == TaskList().ids(index, flt, sort, descending, TODAY)
    assert (
        got[("", SortKey.STATUS, False)][1]
        == (TaskList().ids(index, TaskFilter(), SortKey.DEADLINE, False, TODAY)[1])
    )

    assert index.refresh().changed == []
    fresh = LibraryIndex(folder, tmp_path / "fresh.sqlite3")
    fresh.refresh()
    for sql in (
        "SELECT * FROM files",
        "SELECT * FROM tasks",
        "SELECT path, kind, text, detail FROM phrases",
    ):
        assert _table(index, sql) == _table(fresh, sql)
    assert index.set_status(row.path, 99, 0, TaskStatus.DONE, TODAY) is None


def test_a_sort_reads_its_column_once(index: LibraryIndex) -> None:
    """Each column is read once per version of the index, whichever direction and filter."""
    read: list[SortKey] = []
    real = index.sort_values

    def counting(sorts: list[SortKey]) -> dict[SortKey, dict[int, object]]:
        read.extend(sorts)
        return real(sorts)

    index.sort_values = counting  # type: ignore[method-assign]
    try:
        lister = TaskList()
        for flt in (TaskFilter(), TaskFilter(search="tien"), TaskFilter(department="x")):
            for descending in (False, True):
                lister.ids(index, flt, SortKey.CONTENT, descending, TODAY)
        lister.prepare_order(index, SortKey.LEAD, 0, TODAY)
        lister.ids(index, TaskFilter(), SortKey.LEAD, True, TODAY)
        lister.prepare_order(index, SortKey.NUMBER, 1, TODAY)  # another version: nothing
    finally:
        del index.sort_values
    assert read == [SortKey.CONTENT, SortKey.LEAD]


def test_search_ignores_accents_and_case_in_the_query_thread(tmp_path: Path) -> None:
    """«nguyen tuan» finds «Nguyễn Tuấn Anh» (the words typed, in order, from a word's start),
    whatever the order shown."""
    from gui.core.record import Department, Record, Task
    from gui.core.recordfile import save_record

    folder = tmp_path / "Bienban"
    folder.mkdir()
    record = Record()
    record.meeting.name, record.meeting.date = "giao ban", dt.date(2017, 10, 4)
    record.directives.departments = [
        Department(
            "Văn phòng",
            [
                Task(content="Rà soát hồ sơ", lead="Nguyễn Tuấn Anh"),
                Task(content="Báo cáo quý", lead="Trần Văn Nguyên"),
            ],
        )
    ]
    save_record(record, folder / "a.bienban.json")
    index = LibraryIndex(folder, tmp_path / "index.sqlite3")
    index.refresh()
    read = TaskList()
    read.load_search_keys(index)
    for lister in (TaskList(), read):  # searched in SQL, and in the keys read
        for sort in (SortKey.DEADLINE, SortKey.LEAD, SortKey.CONTENT):
            for typed, found in (
                ("nguyen tuan", ["Rà soát hồ sơ"]),
                ("NGUYỄN TUẤN anh", ["Rà soát hồ sơ"]),
                ("tuan anh", ["Rà soát hồ sơ"]),
                ("nguyen anh", []),
                ("uyen", []),
                ("nguyen", ["Rà soát hồ sơ", "Báo cáo quý"]),
            ):
                ids, _ = lister.ids(index, TaskFilter(search=typed), sort, False, TODAY)
                rows = index.rows_by_id(ids)
                got = sorted(rows[i].content for i in ids)
                assert got == sorted(found), (typed, sort)


def test_search_keys_read_a_part_at_a_time(index: LibraryIndex) -> None:
    """Each part reads the next keys by id until none is left; a new version of the index
    starts again; searching between parts and after gives the same ids."""
    lister = TaskList()
    total = index._db.execute("SELECT count(*) FROM tasks").fetchone()[0]
    assert total > 100
    flt = TaskFilter(search="bao cao")
    before, _ = lister.ids(index, flt, SortKey.CONTENT, False, TODAY)
    parts = 1
    while lister.read_search_keys(index, part=100):
        parts += 1
        assert lister.ids(index, flt, SortKey.CONTENT, False, TODAY)[0] == before
    assert parts == -(-total // 100) + (total % 100 == 0)  # the last part may be empty
    assert lister.has_search_keys(index)
    assert not lister.read_search_keys(index, part=100)  # nothing more to read
    assert lister.ids(index, flt, SortKey.CONTENT, False, TODAY)[0] == before
    assert before
    # another version: read again from the start
    assert not lister.has_search_keys(index, 1)
    assert lister.read_search_keys(index, 1, part=100)
    assert len(lister._reading[1]) == 100
