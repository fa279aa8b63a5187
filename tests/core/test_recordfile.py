"""The record file: seeds round-trip, NFC, migration, clear errors, a loader that never writes,
and atomic saving."""

from __future__ import annotations

import datetime as dt
import json
import os
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from gui.core import jsonfile
from gui.core.compose import Kind, compose
from gui.core.errors import Problem, RecordFileError
from gui.core.record import Record, Task
from gui.core.recordfile import (
    SCHEMA_VERSION,
    load_record,
    migrate,
    record_from_data,
    record_to_data,
    save_record,
)

ROOT = Path(__file__).resolve().parents[2]
SEED_FILES = sorted((ROOT / "seeds").glob("*.bienban.json"))
QN_NFC = "Quảng Ninh"
QN_NFD = unicodedata.normalize("NFD", QN_NFC)


def _load_error(path: Path) -> RecordFileError:
    with pytest.raises(RecordFileError) as info:
        load_record(path)
    return info.value


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.name: (p.read_bytes() if p.is_file() else b"<dir>", p.stat().st_mtime_ns)
        for p in folder.iterdir()
    }


# --- seeds ----------------------------------------------------------------------------------


def test_there_are_seeds() -> None:
    assert len(SEED_FILES) >= 2


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name)
def test_seed_round_trips_byte_for_byte(seed: Path, tmp_path: Path) -> None:
    record = load_record(seed)
    out = tmp_path / seed.name
    save_record(record, out)
    assert load_record(out) == record
    assert out.read_text(encoding="utf-8") == seed.read_text(encoding="utf-8")
    assert out.read_bytes() == seed.read_bytes()


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name)
def test_seed_is_current_schema_version(seed: Path) -> None:
    assert json.loads(seed.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION


def test_seed_values_are_typed() -> None:
    record = load_record(ROOT / "seeds" / "lao-cai-cum-cong-nghiep-2026.bienban.json")
    assert record.meeting.date == dt.date(2026, 6, 19)
    assert record.directives.departments[0].tasks[1].deadline == dt.date(2026, 12, 31)
    assert len(record.directives.departments) == 9
    assert record.closing.signer.name == "Lê Trí Hà"


def test_record_to_data_puts_schema_version_first() -> None:
    data = record_to_data(Record())
    assert next(iter(data)) == "schema_version"
    assert data["schema_version"] == SCHEMA_VERSION
    assert isinstance(SCHEMA_VERSION, int) and SCHEMA_VERSION >= 2


# --- NFC ------------------------------------------------------------------------------------


def test_load_normalises_to_nfc(write_file: Any, qn_data: dict[str, Any]) -> None:
    assert QN_NFD != QN_NFC
    qn_data["header"]["place"] = QN_NFD
    qn_data["meeting"]["attendees"][0]["name"] = unicodedata.normalize("NFD", "Phó Trưởng ban")
    path = write_file(qn_data)
    assert QN_NFD.encode() in path.read_bytes()
    record = load_record(path)
    assert record.header.place == QN_NFC
    assert unicodedata.is_normalized("NFC", record.meeting.attendees[0].name)
    assert record.meeting.attendees[0].name == "Phó Trưởng ban"


def test_data_built_into_a_record_comes_out_nfc_and_unshared(qn_data: dict[str, Any]) -> None:
    """``record_from_data`` normalises data that did not come through ``read_json`` too, and
    the record shares no list with the data (which it leaves unchanged)."""
    qn_data["header"]["place"] = QN_NFD
    qn_data["directives"]["general"] = [QN_NFD]
    qn_data["directives"]["departments"] = [{"name": QN_NFD, "tasks": [{"content": QN_NFD}]}]
    before = json.dumps(qn_data, sort_keys=True)
    record = record_from_data(qn_data)
    assert json.dumps(qn_data, sort_keys=True) == before
    assert record.header.place == QN_NFC
    assert record.directives.general == [QN_NFC]
    assert record.directives.departments[0].name == QN_NFC
    assert record.directives.departments[0].tasks[0].content == QN_NFC
    record.directives.general.append("x")
    record.meeting.attendees.clear()
    assert qn_data["directives"]["general"] == [QN_NFD]
    assert qn_data["meeting"]["attendees"]


def test_integral_numbers_become_integers(qn_data: dict[str, Any]) -> None:
    qn_data["header"]["number"] = 12.0
    qn_data["closing"]["copies"] = None
    record = record_from_data(qn_data)
    assert record.header.number == 12 and type(record.header.number) is int
    assert record.closing.copies is None


def test_save_normalises_to_nfc(tmp_path: Path) -> None:
    record = Record()
    record.header.place = QN_NFD
    record.directives.general = [unicodedata.normalize("NFD", "Về nhiệm vụ trọng tâm")]
    path = tmp_path / "r.bienban.json"
    save_record(record, path)
    raw = path.read_bytes()
    assert QN_NFC.encode() in raw
    assert QN_NFD.encode() not in raw
    text = raw.decode("utf-8")
    assert unicodedata.is_normalized("NFC", text)
    assert load_record(path).header.place == QN_NFC


# --- migration ------------------------------------------------------------------------------


def _v1(data: dict[str, Any]) -> dict[str, Any]:
    data["schema_version"] = 1
    data.pop("progress", None)  # version 1 had no progress section
    tasks = [
        {"content": "Hoàn thành báo cáo", "deadline": "2017-12-31"},
        {"content": "Theo dõi", "deadline": "thường xuyên"},
        {"content": "Không hạn", "deadline": None},
        {"content": "Rỗng", "deadline": "  "},
    ]
    data["directives"]["departments"] = [{"name": "Văn phòng", "tasks": tasks}]
    return data


def test_migrates_schema_version_1(write_file: Any, qn_data: dict[str, Any]) -> None:
    path = write_file(_v1(qn_data))
    tasks = load_record(path).directives.departments[0].tasks
    assert tasks[0].deadline == dt.date(2017, 12, 31)
    assert tasks[0].deadline_text == ""
    assert tasks[1].deadline is None
    assert tasks[1].deadline_text == "thường xuyên"
    assert tasks[2].deadline is None and tasks[2].deadline_text == ""
    assert tasks[3].deadline is None and not tasks[3].has_deadline()


def test_migrated_record_saves_as_current_version(
    write_file: Any, qn_data: dict[str, Any], tmp_path: Path
) -> None:
    record = load_record(write_file(_v1(qn_data)))
    out = tmp_path / "new.bienban.json"
    save_record(record, out)
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["schema_version"] == SCHEMA_VERSION
    task = saved["directives"]["departments"][0]["tasks"][1]
    assert task["deadline"] is None
    assert task["deadline_text"] == "thường xuyên"
    assert load_record(out) == record


def test_migrates_schema_version_2_without_progress(
    write_file: Any, qn_data: dict[str, Any], tmp_path: Path
) -> None:
    qn_data["schema_version"] = 2
    del qn_data["progress"]
    path = write_file(qn_data)
    record = load_record(path)
    assert record.progress == Record().progress
    assert record == load_record(ROOT / "seeds" / "quang-ninh-giao-ban-q3-2017.bienban.json")
    out = tmp_path / "v3.bienban.json"
    save_record(record, out)
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["schema_version"] == SCHEMA_VERSION
    assert saved["progress"] == {"reference": "", "items": []}


def test_migrate_works_on_a_copy(qn_data: dict[str, Any]) -> None:
    data = _v1(qn_data)
    before = json.dumps(data, sort_keys=True)
    migrated = migrate(data)
    assert json.dumps(data, sort_keys=True) == before
    assert migrated["schema_version"] == SCHEMA_VERSION
    assert migrated["directives"]["departments"][0]["tasks"][1]["deadline"] is None


def test_migrate_tolerates_odd_shapes() -> None:
    # Validation reports bad shapes; migration must not crash on them first.
    for directives in (None, [], {"departments": None}, {"departments": [1, {"tasks": 3}]}):
        data = {"schema_version": 1, "directives": directives}
        migrate(data)
        with pytest.raises(RecordFileError):
            record_from_data(data)


def test_migrated_task_is_a_task(write_file: Any, qn_data: dict[str, Any]) -> None:
    record = load_record(write_file(_v1(qn_data)))
    assert all(isinstance(t, Task) for _, _, t in record.all_tasks())


# --- the loader never modifies the file -----------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(None, id="valid-seed"),
        pytest.param(_v1, id="valid-v1-needs-migration"),
        pytest.param(b"{not json", id="not-json"),
        pytest.param(b"\xef\xbb\xbf", id="bom-only"),
        pytest.param("invalid-enum", id="invalid-enum"),
    ],
)
def test_loader_never_modifies_the_file(
    content: Any, write_file: Any, qn_data: dict[str, Any], tmp_path: Path
) -> None:
    if content is None:
        path = write_file(qn_data)
    elif callable(content):
        path = write_file(content(qn_data))
    elif content == "invalid-enum":
        qn_data["meeting"]["attendees"][0]["attendance"] = "maybe"
        path = write_file(qn_data)
    else:
        path = write_file(content)
    os.utime(path, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    before = _snapshot(tmp_path)
    mode = path.stat().st_mode
    loaded = True
    try:
        load_record(path)
    except RecordFileError:
        loaded = False
    assert loaded is (content is None or callable(content))
    assert _snapshot(tmp_path) == before  # same bytes, same mtime, no new files (no FILE~)
    assert path.stat().st_mode == mode


# --- clear errors ---------------------------------------------------------------------------


def test_not_json(write_file: Any) -> None:
    e = _load_error(write_file(b'{"schema_version": 2,'))
    assert e.problem is Problem.NOT_JSON
    assert "line 1" in e.detail


@pytest.mark.parametrize(
    "content", [b"", b"   \n\t ", b"\xef\xbb\xbf"], ids=["empty", "blank", "bom"]
)
def test_empty_file(write_file: Any, content: bytes) -> None:
    e = _load_error(write_file(content))
    assert e.problem is Problem.NOT_JSON
    assert "empty" in e.detail


@pytest.mark.parametrize("content", ["[]", "null", "2", '"text"'])
def test_top_level_not_an_object(write_file: Any, content: str) -> None:
    e = _load_error(write_file(content))
    assert e.problem is Problem.INVALID


def _mutate(data: dict[str, Any], dotted: str, value: Any) -> None:
    obj: Any = data
    parts: list[Any] = [int(p) if p.isdigit() else p for p in dotted.split(".")]
    for p in parts[:-1]:
        obj = obj[p]
    obj[parts[-1]] = value


@pytest.mark.parametrize(
    ("where", "value", "field", "words"),
    [
        ("meeting.attendees.0.is_group", "yes", "meeting.attendees[0].is_group", "wrong type"),
        ("meeting.attendees.1.attendance", "maybe", "meeting.attendees[1].attendance", "present"),
        ("closing.signer.authority", "XX", "closing.signer.authority", "TL_KT"),
        ("content.intro_from_fields", 1, "content.intro_from_fields", "wrong type"),
        ("header.number", 0, "header.number", "out of range"),
        ("header.number", "5", "header.number", "wrong type"),
        ("header.number", 1.5, "header.number", "wrong type"),
        ("header.agency_code", "BQL KKT", "header.agency_code", ""),
        ("closing.copies", -1, "closing.copies", "out of range"),
        ("content.opening.0", ["x"], "content.opening[0]", "wrong type"),
        ("meeting.date", "2017-13-45", "meeting.date", "date"),
        ("meeting.date", "1800-01-01", "meeting.date", "date"),
        ("meeting.date", "2017-02-29", "meeting.date", "date"),
        ("header.issue_date", "2100-01-01", "header.issue_date", "date"),
        ("meeting.start_time", "25:00", "meeting.start_time", "time"),
        ("meeting.end_time", "08:60", "meeting.end_time", "time"),
        ("meeting.end_time", "8:30", "meeting.end_time", "time"),
        ("header.summary", "x" * 100_001, "header.summary", "too long"),
    ],
)
def test_invalid_field_names_the_path(
    write_file: Any, qn_data: dict[str, Any], where: str, value: Any, field: str, words: str
) -> None:
    _mutate(qn_data, where, value)
    e = _load_error(write_file(qn_data))
    assert e.problem is Problem.INVALID
    assert e.field == field
    assert words in e.detail
    assert e.one_line().startswith(f"{e.path}: {field}: ")
    assert "\n" not in e.one_line()


def test_unknown_field(write_file: Any, qn_data: dict[str, Any]) -> None:
    qn_data["meeting"]["room"] = "P.201"
    e = _load_error(write_file(qn_data))
    assert e.problem is Problem.INVALID
    assert e.field.startswith("meeting")
    assert "room" in e.one_line()


@pytest.mark.parametrize("key", ["header", "meeting", "content", "directives", "closing"])
def test_missing_required_top_level_key(write_file: Any, qn_data: dict[str, Any], key: str) -> None:
    del qn_data[key]
    e = _load_error(write_file(qn_data))
    assert e.problem is Problem.INVALID
    assert f"'{key}'" in e.detail
    assert "missing" in e.detail
    assert key in e.one_line()


def test_missing_required_key_is_named_in_field(write_file: Any, qn_data: dict[str, Any]) -> None:
    # .field is "the JSON path of the offending field": for a missing key, that key.
    del qn_data["meeting"]
    e = _load_error(write_file(qn_data))
    assert e.field == "meeting"


def test_news_is_optional(write_file: Any, qn_data: dict[str, Any]) -> None:
    del qn_data["news"]
    assert load_record(write_file(qn_data)).news == Record().news


@pytest.mark.parametrize(
    ("where", "value"),
    [
        ("meeting.date", 20171004),
        ("meeting.date", "4/10/2017"),
        ("meeting.date", "２０１７-10-04"),
        ("news.posted_on", "2017-10-05T08:00"),
    ],
    ids=["number", "d-m-y", "fullwidth-digits", "datetime"],
)
def test_wrong_date_value_is_described_as_a_date_problem(
    write_file: Any, qn_data: dict[str, Any], where: str, value: Any
) -> None:
    # An optional date is "null or a date": the message must not claim only null is allowed
    # ("… has the wrong type; expected null").
    _mutate(qn_data, where, value)
    e = _load_error(write_file(qn_data))
    assert e.problem is Problem.INVALID
    assert e.field == where
    assert "date" in e.detail, e.detail
    assert "expected null" not in e.detail


def test_time_with_trailing_newline_is_a_clear_error(
    write_file: Any, qn_data: dict[str, Any]
) -> None:
    # "$" in the schema pattern also matches before a final newline.
    qn_data["meeting"]["start_time"] = "08:30\n"
    e = _load_error(write_file(qn_data))
    assert e.problem is Problem.INVALID
    assert e.field == "meeting.start_time"


def test_huge_integer_literal_is_a_clear_error(write_file: Any, qn_data: dict[str, Any]) -> None:
    text = json.dumps(qn_data, ensure_ascii=False).replace(
        '"number": null', '"number": 1' + "0" * 5000
    )
    e = _load_error(write_file(text))
    assert e.problem in (Problem.NOT_JSON, Problem.INVALID)


@pytest.mark.parametrize(
    ("where", "literal"),
    [("number", "2.0"), ("number", "1e2"), ("copies", "3.0")],
)
def test_integral_float_is_rejected_or_read_as_int(
    write_file: Any, qn_data: dict[str, Any], tmp_path: Path, where: str, literal: str
) -> None:
    # JSON Schema counts 2.0 as an integer; the record must then hold an int, not a float
    # (a float number crashes the composer's "%02d").
    qn_data["closing"]["drafter"] = "vp"
    text = json.dumps(qn_data, ensure_ascii=False).replace(
        f'"{where}": null', f'"{where}": {literal}'
    )
    assert literal in text
    try:
        record = load_record(write_file(text))
    except RecordFileError as e:
        assert e.problem is Problem.INVALID
        return
    value = record.header.number if where == "number" else record.closing.copies
    assert type(value) is int
    for kind in Kind:
        compose(record, kind)


def test_lone_surrogate_escape_is_rejected_or_saveable(
    write_file: Any, qn_data: dict[str, Any], tmp_path: Path
) -> None:
    # "\ud800" is valid JSON syntax but no Unicode text; a record that loads must save.
    text = json.dumps(qn_data, ensure_ascii=False).replace('"summary": "', '"summary": "\\ud800', 1)
    try:
        record = load_record(write_file(text))
    except RecordFileError:
        return
    out = tmp_path / "out.bienban.json"
    save_record(record, out)
    assert load_record(out) == record


@pytest.mark.parametrize("version", [SCHEMA_VERSION + 1, 99])
def test_newer_schema_version(write_file: Any, qn_data: dict[str, Any], version: int) -> None:
    qn_data["schema_version"] = version
    e = _load_error(write_file(qn_data))
    assert e.problem is Problem.TOO_NEW
    assert e.field == "schema_version"
    assert str(version) in e.detail


@pytest.mark.parametrize("version", [0, -1, "2", 2.5, True, None, "missing"])
def test_bad_schema_version(write_file: Any, qn_data: dict[str, Any], version: Any) -> None:
    if version == "missing":
        del qn_data["schema_version"]
    else:
        qn_data["schema_version"] = version
    e = _load_error(write_file(qn_data))
    assert e.problem is Problem.INVALID
    assert e.field == "schema_version"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_file(write_file: Any, qn_data: dict[str, Any], encoding: str) -> None:
    raw = json.dumps(qn_data, ensure_ascii=False).encode(encoding)
    e = _load_error(write_file(raw))
    assert e.problem is Problem.NOT_UTF8


def test_utf16_with_bom_is_named(write_file: Any, qn_data: dict[str, Any]) -> None:
    e = _load_error(write_file(json.dumps(qn_data, ensure_ascii=False).encode("utf-16")))
    assert "UTF-16" in e.detail


@pytest.mark.parametrize(
    "raw",
    [
        b'{"schema_version": 2, "x": "\xff"}',
        b'{"a": "Qu\xe1\xbb"}',
        unicodedata.normalize("NFD", '{"place": "Quảng Ninh"}').encode("cp1258"),
    ],
    ids=["ff", "truncated-sequence", "cp1258"],
)
def test_invalid_utf8(write_file: Any, raw: bytes) -> None:
    e = _load_error(write_file(raw))
    assert e.problem is Problem.NOT_UTF8
    assert "offset" in e.detail


def test_utf8_bom_is_accepted(write_file: Any, qn_data: dict[str, Any]) -> None:
    raw = b"\xef\xbb\xbf" + json.dumps(qn_data, ensure_ascii=False).encode("utf-8")
    assert load_record(write_file(raw)) == record_from_data(qn_data)


@pytest.mark.parametrize(
    "raw",
    [b'{"schema_version": 2\x00}', b"\x00" * 64, b'{"a": "x\x00y"}'],
    ids=["inside", "only", "in-string"],
)
def test_nul_bytes(write_file: Any, raw: bytes) -> None:
    e = _load_error(write_file(raw))
    assert e.problem is Problem.NOT_JSON
    assert "NUL" in e.detail


@pytest.mark.parametrize(
    "text",
    ["[" * 100_000, "[" * 100_000 + "]" * 100_000, '{"a":' * 100_000 + "1" + "}" * 100_000],
    ids=["open-arrays", "closed-arrays", "objects"],
)
def test_deeply_nested_json(write_file: Any, text: str) -> None:
    e = _load_error(write_file(text))
    assert e.problem is Problem.NOT_JSON


def test_directory_is_not_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "dir.bienban.json"
    folder.mkdir()
    e = _load_error(folder)
    assert e.problem is Problem.NOT_A_FILE
    assert e.path == str(folder)


def test_missing_path(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "gone.bienban.json"
    e = _load_error(path)
    assert e.problem is Problem.NOT_FOUND
    assert e.path == str(path)
    assert not path.parent.exists()


def test_file_over_max_bytes_is_refused_unread(
    write_file: Any, qn_data: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_file(qn_data)
    monkeypatch.setattr(jsonfile, "MAX_BYTES", path.stat().st_size - 1)
    opened: list[str] = []
    real_open = open

    def spy_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(os.fspath(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", spy_open)
    e = _load_error(path)
    assert e.problem is Problem.TOO_LARGE
    assert str(path) not in opened


def test_file_at_max_bytes_is_read(
    write_file: Any, qn_data: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_file(qn_data)
    monkeypatch.setattr(jsonfile, "MAX_BYTES", path.stat().st_size)
    assert load_record(path) == record_from_data(qn_data)


def test_errors_carry_the_path(write_file: Any) -> None:
    path = write_file(b"nope")
    e = _load_error(path)
    assert e.path == str(path)
    assert e.one_line().startswith(str(path) + ": ")


# --- atomic save ----------------------------------------------------------------------------


def _seed_record() -> Record:
    return load_record(ROOT / "seeds" / "quang-ninh-giao-ban-q3-2017.bienban.json")


def test_save_keeps_previous_version_as_backup(tmp_path: Path) -> None:
    path = tmp_path / "r.bienban.json"
    record = _seed_record()
    save_record(record, path)
    first = path.read_bytes()
    assert not (tmp_path / "r.bienban.json~").exists()  # nothing to back up the first time
    record.header.number = 5
    save_record(record, path)
    backup = tmp_path / "r.bienban.json~"
    assert backup.read_bytes() == first
    assert load_record(path).header.number == 5
    record.header.number = 6
    save_record(record, path)
    assert load_record(backup).header.number == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.bienban.json", "r.bienban.json~"]


def test_save_keeps_file_mode(tmp_path: Path) -> None:
    path = tmp_path / "r.bienban.json"
    save_record(Record(), path)
    os.chmod(path, 0o640)
    save_record(_seed_record(), path)
    assert path.stat().st_mode & 0o777 == 0o640


def test_save_ends_with_newline_and_is_utf8(tmp_path: Path) -> None:
    path = tmp_path / "r.bienban.json"
    save_record(_seed_record(), path)
    raw = path.read_bytes()
    assert raw.endswith(b"}\n")
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert "Quảng Ninh".encode() in raw  # not \u escaped


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_failed_save_leaves_the_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    path = tmp_path / "r.bienban.json"
    save_record(_seed_record(), path)
    original = path.read_bytes()

    def disk_full(*args: Any, **kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    changed = _seed_record()
    changed.header.summary = "Đã sửa"
    monkeypatch.setattr(os, failing, disk_full)
    with pytest.raises(RecordFileError) as info:
        save_record(changed, path)
    monkeypatch.undo()
    e = info.value
    assert e.problem is Problem.WRITE_FAILED
    assert "No space left on device" in e.detail
    assert e.path == str(path)
    assert path.read_bytes() == original
    leftovers = {p.name for p in tmp_path.iterdir()} - {path.name, path.name + "~"}
    assert leftovers == set()
    assert not list(tmp_path.glob("*.tmp"))


def test_failed_first_save_creates_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(*args: Any, **kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(RecordFileError):
        save_record(_seed_record(), tmp_path / "r.bienban.json")
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


def test_save_into_missing_folder(tmp_path: Path) -> None:
    path = tmp_path / "gone" / "r.bienban.json"
    with pytest.raises(RecordFileError) as info:
        save_record(Record(), path)
    assert info.value.problem is Problem.WRITE_FAILED
    assert not path.parent.exists()


def test_save_over_a_directory_fails_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "r.bienban.json"
    path.mkdir()
    with pytest.raises(RecordFileError) as info:
        save_record(Record(), path)
    assert info.value.problem is Problem.WRITE_FAILED
    assert path.is_dir()
    assert not list(tmp_path.glob("*.tmp"))


def test_new_file_mode_follows_the_umask(tmp_path: Path) -> None:
    # A temporary file is created 0600; a new record must not stay private by accident.
    mask = os.umask(0o022)
    try:
        path = tmp_path / "new.bienban.json"
        save_record(Record(), path)
    finally:
        os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize(
    "value",
    [
        5,
        5.5,
        True,
        [],
        {},
        "",
        "2024",
        "2024-13-01",
        "2024-02-30",
        "1899-01-01",
        "2100-01-01",
        "2024-01-011",
        "2024-1-01",
        "2024-01-01T00:00",
        " 2024-01-01",
        "2024/01/01",
        "٢٠٢٤-٠١-٠١",
    ],
)
@pytest.mark.parametrize("field", ["deadline", "completed_on"])
def test_a_bad_task_date_gets_one_clear_message(
    qn_data: dict[str, Any], field: str, value: Any
) -> None:
    """An optional date is "a date or null" in one schema (no "anyOf": validating a task
    raises no exception per null date); the message stays the date's."""
    qn_data["directives"]["departments"] = [{"name": "P", "tasks": [{field: value}]}]
    with pytest.raises(RecordFileError) as info:
        record_from_data(qn_data)
    assert info.value.field == f"directives.departments[0].tasks[0].{field}"
    assert info.value.detail.endswith("is not a valid date (YYYY-MM-DD, years 1900–2099)")


def test_optional_dates_take_a_date_or_null(qn_data: dict[str, Any]) -> None:
    qn_data["directives"]["departments"] = [
        {"name": "P", "tasks": [{"deadline": "2024-02-29", "completed_on": None}]}
    ]
    task = record_from_data(qn_data).directives.departments[0].tasks[0]
    assert (task.deadline, task.completed_on) == (dt.date(2024, 2, 29), None)
