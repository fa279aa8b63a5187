"""Suggestions from records and profiles (gui.core.suggestions)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gui.core.profile import Profile
from gui.core.record import Attendee, Department, Person, Record, Task
from gui.core.suggestions import (
    Phrase,
    PhraseKind,
    matches,
    profile_phrases,
    ranked,
    record_phrases,
)
from gui.core.tracking import fold


def test_accent_insensitive_word_prefixes_in_any_order() -> None:
    assert matches("nguyen tuan", "Nguyễn Tuấn Anh")
    assert matches("tuan anh", "Nguyễn Tuấn Anh")
    assert matches("NGUY", "Nguyễn Tuấn Anh")
    assert matches("", "Nguyễn Tuấn Anh")
    assert matches("so xay", "Sở Xây dựng")
    assert matches("dau tu", "Phòng Đầu tư")
    assert not matches("nguyen van", "Nguyễn Tuấn Anh")
    assert not matches("uan", "Nguyễn Tuấn Anh")  # inside a word is not a start


@given(st.text(min_size=1, max_size=40))
def test_any_text_matches_itself_and_its_folded_form(text: str) -> None:
    assert matches(text, text)
    assert matches(fold(text), text)


def test_record_phrases_people_with_positions_units_places() -> None:
    r = Record()
    r.header.agency = "VĂN PHÒNG CHÍNH PHỦ"
    r.header.place = "Hà Nội"
    r.meeting.name = "giao ban Quý III/2017"
    r.meeting.location = "Trụ sở Chính phủ"
    r.meeting.chair = Person("Nguyễn Tuấn Anh", "Phó Thủ tướng")
    r.meeting.attendees = [
        Attendee(name="Trần Văn B", position="Bộ trưởng Bộ Tài chính"),
        Attendee(name="Lãnh đạo các sở", is_group=True),
    ]
    r.closing.recipients = ["Như trên;", "Lưu: VT, TH."]
    r.directives.departments = [
        Department(
            "Sở Xây dựng",
            [Task(content="x", lead="Sở Xây dựng", coordinating="Sở Tài chính, Sở Công Thương")],
        )
    ]
    got = set(record_phrases(r))
    assert Phrase(PhraseKind.PERSON, "Nguyễn Tuấn Anh", "Phó Thủ tướng") in got
    assert Phrase(PhraseKind.PERSON, "Trần Văn B", "Bộ trưởng Bộ Tài chính") in got
    assert Phrase(PhraseKind.DEPARTMENT, "Lãnh đạo các sở") in got
    assert Phrase(PhraseKind.DEPARTMENT, "Sở Công Thương") in got
    assert Phrase(PhraseKind.RECIPIENT, "Lưu: VT, TH.") in got
    assert Phrase(PhraseKind.MEETING, "giao ban Quý III/2017") in got
    assert Phrase(PhraseKind.LOCATION, "Trụ sở Chính phủ") in got
    assert Phrase(PhraseKind.PLACE, "Hà Nội") in got
    assert all(p.text for p in got)


def test_profile_phrases_and_ranking() -> None:
    profile = Profile(name="x", departments=["Văn phòng", "Phòng Đầu tư"], recipients=["Như trên;"])
    profile.signer.name = "Lê Văn C"
    profile.signer.position = "Trưởng ban"
    phrases = [
        *profile_phrases(profile),
        Phrase(PhraseKind.DEPARTMENT, "Phòng Đầu tư"),
        Phrase(PhraseKind.PERSON, "Lê Văn C", ""),
        Phrase(PhraseKind.PERSON, "Lê Văn C", "Trưởng ban"),
    ]
    by_kind = ranked(phrases)
    assert [p.text for p in by_kind[PhraseKind.DEPARTMENT]] == ["Phòng Đầu tư", "Văn phòng"]
    assert by_kind[PhraseKind.PERSON] == [Phrase(PhraseKind.PERSON, "Lê Văn C", "Trưởng ban")]


def test_an_agency_typed_in_capitals_is_not_offered() -> None:
    """An older record or profile may keep the issuing agency as the heading prints it
    ("VĂN PHÒNG"); the checks point it out, and typing never offers it again. Abbreviations
    in capitals ("UBND TP") and the parent agency stay offered."""
    record = Record()
    record.header.agency, record.header.parent_agency = "VĂN PHÒNG", "UBND TỈNH LÀO CAI"
    got = record_phrases(record)
    assert [p for p in got if p.kind is PhraseKind.AGENCY] == []
    assert Phrase(PhraseKind.PARENT_AGENCY, "UBND TỈNH LÀO CAI") in got
    record.header.agency = "Văn phòng"
    assert Phrase(PhraseKind.AGENCY, "Văn phòng") in record_phrases(record)
    record.header.agency = "UBND TP"
    assert Phrase(PhraseKind.AGENCY, "UBND TP") in record_phrases(record)
    profile = Profile(name="x", agency="SỞ CÔNG THƯƠNG")
    assert [p for p in profile_phrases(profile) if p.kind is PhraseKind.AGENCY] == []
    profile.agency = "Sở Công Thương"
    assert Phrase(PhraseKind.AGENCY, "Sở Công Thương") in profile_phrases(profile)
