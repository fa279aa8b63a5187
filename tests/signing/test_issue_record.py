"""The record of issue: an optional ``issue`` entry, absent from records never issued."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from gui.core.errors import RecordFileError
from gui.core.record import Issue
from gui.core.recordfile import load_record, record_to_data, save_record
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


def test_a_bad_issue_entry_is_named(tmp_path: Path) -> None:
    data = json.loads(SEED_LAO_CAI.read_text("utf-8"))
    data["issue"] = {"number": "1/TB", "sha256": "not-hex"}
    path = tmp_path / "bad.bienban.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(RecordFileError, match="issue"):
        load_record(path)
