"""Proposed file names come from the document (gui.core.filenames)."""

from __future__ import annotations

import datetime as dt

from gui.core.filenames import document_stem
from gui.core.record import Record


def test_number_kind_agency_and_date() -> None:
    r = Record()
    r.header.doc_kind = "TB"
    r.header.number = 467
    r.header.agency_code = "VPCP"
    r.header.issue_date = dt.date(2024, 10, 14)
    assert document_stem(r) == "TB-467-VPCP-2024-10-14"


def test_missing_parts_are_left_out_and_codes_are_file_safe() -> None:
    r = Record()
    r.header.doc_kind = "TB"
    r.header.agency_code = "UBND/Sở XD"
    r.meeting.date = dt.date(2017, 10, 5)
    assert document_stem(r) == "TB-UBND-SO-XD-2017-10-05"
    r.header.number = 12
    r.header.agency_code = ""
    r.header.doc_kind = ""
    assert document_stem(r) == "TB-12-2017-10-05"


def test_without_number_or_date_the_meeting_name() -> None:
    r = Record()
    r.meeting.name = "giao ban Quý III/2017"
    assert document_stem(r) == "giao-ban-quy-iii-2017"
    assert document_stem(Record()) == "bien-ban"
