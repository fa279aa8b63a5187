"""The record of issue: an optional ``issue`` entry, absent from records never issued; the
annexes issued with the document (schema version 5)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from gui.core.errors import RecordFileError
from gui.core.record import Issue, IssuedAnnex
from gui.core.recordfile import SCHEMA_VERSION, load_record, record_to_data, save_record
from tests.conftest import SEED_LAO_CAI


def test_issue_round_trips_and_is_absent_when_unset(tmp_path: Path) -> None:
    record = load_record(SEED_LAO_CAI)
    assert record.issue is None
    assert "issue" not in record_to_data(record)
    record.issue = Issue(
        "notice", "15/TB-UBND", dt.date(2026, 5, 4), "2026-05-04T09:10:11+07:00",
        "x.notice.signed.pdf", "ab" * 32,
    )  # fmt: skip
    path = tmp_path / "x.bienban.json"
    save_record(record, path)
    assert json.loads(path.read_text("utf-8"))["issue"]["sha256"] == "ab" * 32
    assert load_record(path) == record
    record.issue.annexes.append(IssuedAnnex("x.phu-luc.signed.pdf", "cd" * 32))
    save_record(record, path)
    saved = json.loads(path.read_text("utf-8"))
    assert saved["schema_version"] == SCHEMA_VERSION == 5
    assert saved["issue"]["annexes"] == [{"file": "x.phu-luc.signed.pdf", "sha256": "cd" * 32}]
    assert load_record(path) == record


def test_a_version_4_record_of_issue_has_no_annexes(tmp_path: Path) -> None:
    data = json.loads(SEED_LAO_CAI.read_text("utf-8"))
    data["schema_version"] = 4
    data["issue"] = {"kind": "notice", "number": "15/TB-UBND", "file": "x.signed.pdf"}
    path = tmp_path / "v4.bienban.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    issue = load_record(path).issue
    assert issue is not None and issue.file == "x.signed.pdf" and issue.annexes == []
    save_record(load_record(path), path)
    assert json.loads(path.read_text("utf-8"))["schema_version"] == SCHEMA_VERSION


@pytest.mark.parametrize(
    "issue",
    [
        {"number": "1/TB", "sha256": "not-hex"},
        {"file": "x.pdf", "annexes": [{"file": "a.pdf", "sha256": "not-hex"}]},
        {"file": "x.pdf", "annexes": [{"file": "a.pdf", "signed": True}]},
        {"file": "x.pdf", "annexes": "a.pdf"},
    ],
)
def test_a_bad_issue_entry_is_named(tmp_path: Path, issue: dict[str, object]) -> None:
    data = json.loads(SEED_LAO_CAI.read_text("utf-8"))
    data["issue"] = issue
    path = tmp_path / "bad.bienban.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(RecordFileError, match="issue"):
        load_record(path)
