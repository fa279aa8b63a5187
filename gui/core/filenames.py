"""File names proposed for a record and its exports, taken from the document itself.

A notice numbered 467/TB-VPCP issued on 14/10/2024 is saved as
``TB-467-VPCP-2024-10-14.bienban.json`` and exported as ``TB-467-VPCP-2024-10-14.notice.docx``:
a secretary finds it by the number she was given. Without a number or a date the meeting's name
is used ("giao-ban-quy-iii-2017"), or else the kind, the agency's code and what is known of the
issue date ("TB-SCT-2026-04" for a notice of April 2026 imported without its number).
"""

from __future__ import annotations

from gui.core.record import Record


def _part(text: str) -> str:
    """A name part kept as written where it is safe (kind and agency codes are upper case)."""
    from gui.core.tracking import slug  # when a name is proposed, not at start-up

    return slug(text, "").upper()


def document_stem(record: Record) -> str:
    """The file name (without suffix) for ``record``: kind, number, agency code, date."""
    from gui.core.tracking import slug

    h = record.header
    when = h.issue_date or record.meeting.date
    if h.number is None and when is None:
        named = slug(record.meeting.name, "")
        month = f"-{h.issue_month:02d}" if h.issue_year and h.issue_month else ""
        known = [_part(h.agency_code), f"{h.issue_year}{month}" if h.issue_year else ""]
        if named or not any(known):
            return named or "bien-ban"
        return "-".join(p for p in [_part(h.doc_kind) or "TB", *known] if p)
    parts = [
        _part(h.doc_kind) or "TB",
        str(h.number) if h.number is not None else "",
        _part(h.agency_code),
        when.isoformat() if when is not None else "",
    ]
    return "-".join(p for p in parts if p)
