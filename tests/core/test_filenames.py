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


def test_without_number_date_or_name_the_kind_agency_and_month() -> None:
    r = Record()  # a notice imported without its number, dated "tháng 4 năm 2026"
    r.header.doc_kind, r.header.agency_code = "TB", "SCT"
    r.header.issue_month, r.header.issue_year = 4, 2026
    assert document_stem(r) == "TB-SCT-2026-04"
    r.header.issue_month = None
    assert document_stem(r) == "TB-SCT-2026"
    r.header.issue_year = None
    assert document_stem(r) == "TB-SCT"
