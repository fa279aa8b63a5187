"""Dataclasses ↔ JSON-ready data, with NFC normalisation both ways."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata

from gui.core.convert import from_data, nfc, to_data
from gui.core.record import (
    Attendance,
    Attendee,
    Authority,
    Department,
    Meeting,
    Record,
    Signer,
    Task,
    TaskStatus,
)

NFD = unicodedata.normalize("NFD", "Quảng Ninh")
NFC = unicodedata.normalize("NFC", "Quảng Ninh")


def test_fixture_strings_really_differ() -> None:
    assert NFD != NFC
    assert len(NFD) > len(NFC)


def test_nfc_walks_nested_data_including_keys() -> None:
    data = {NFD: [NFD, {"k": NFD}, 1, None, True], "n": 2.5}
    assert nfc(data) == {NFC: [NFC, {"k": NFC}, 1, None, True], "n": 2.5}


def test_to_data_converts_dates_times_enums_and_strings() -> None:
    m = Meeting(
        name=NFD,
        date=dt.date(2018, 1, 5),
        start_time=dt.time(8, 5),
        attendees=[Attendee(name="A", attendance=Attendance.EXCUSED)],
    )
    data = to_data(m)
    assert data["name"] == NFC
    assert data["date"] == "2018-01-05"
    assert data["start_time"] == "08:05"
    assert data["end_time"] is None
    assert data["attendees"][0]["attendance"] == "excused"
    assert data["chair"] == {"name": "", "position": ""}


def test_to_data_field_order_follows_the_dataclass() -> None:
    data = to_data(Record())
    assert list(data)[:6] == ["header", "meeting", "content", "directives", "closing", "news"]
    assert list(data) == [f.name for f in dataclasses.fields(Record)]
    assert list(data["header"]) == [
        "parent_agency",
        "agency",
        "agency_code",
        "doc_kind",
        "number",
        "place",
        "issue_date",
        "issue_month",
        "issue_year",
        "summary",
    ]


def test_from_data_builds_nested_objects() -> None:
    data = {
        "meeting": {"name": NFD, "date": "2026-06-19", "end_time": "17:30"},
        "directives": {
            "departments": [
                {"name": "Sở Tài chính", "tasks": [{"deadline": "2026-12-31", "status": "done"}]}
            ]
        },
        "closing": {"signer": {"authority": "TL_KT"}},
    }
    record = from_data(Record, data)
    assert record.meeting.name == NFC
    assert record.meeting.date == dt.date(2026, 6, 19)
    assert record.meeting.end_time == dt.time(17, 30)
    assert record.meeting.start_time is None
    task = record.directives.departments[0].tasks[0]
    assert task == Task(deadline=dt.date(2026, 12, 31), status=TaskStatus.DONE)
    assert isinstance(task.status, TaskStatus)
    assert record.closing.signer == Signer(authority=Authority.TL_KT)
    assert record.header == Record().header  # absent keys take defaults


def test_round_trip_through_data() -> None:
    record = Record()
    record.meeting.date = dt.date(2017, 10, 4)
    record.directives.departments = [Department(NFC, [Task("x", deadline_text="thường xuyên")])]
    assert from_data(Record, to_data(record)) == record
