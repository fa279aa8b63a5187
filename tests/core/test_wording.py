"""Vietnamese wording of dates, numbers, times and signature blocks (NĐ 30/2020, Phụ lục I)."""

from __future__ import annotations

import datetime as dt

import pytest

from gui.core import wording as w
from gui.core.record import Authority, Signer

D = dt.date


# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (D(2026, 6, 29), "ngày 29 tháng 6 năm 2026"),
        (D(2018, 1, 5), "ngày 05 tháng 01 năm 2018"),
        (D(2017, 12, 31), "ngày 31 tháng 12 năm 2017"),
        (D(2017, 10, 5), "ngày 05 tháng 10 năm 2017"),
        (D(2020, 2, 9), "ngày 09 tháng 02 năm 2020"),
        (D(2020, 2, 10), "ngày 10 tháng 02 năm 2020"),
        (D(2021, 3, 1), "ngày 01 tháng 3 năm 2021"),
        (D(2026, 9, 10), "ngày 10 tháng 9 năm 2026"),
        (D(2026, 11, 9), "ngày 09 tháng 11 năm 2026"),
        (D(1900, 1, 1), "ngày 01 tháng 01 năm 1900"),
        (D(2099, 12, 31), "ngày 31 tháng 12 năm 2099"),
    ],
)
def test_date_long(date: dt.date, expected: str) -> None:
    assert w.date_long(date) == expected


def test_date_long_leading_zero_rule_for_every_day_and_month() -> None:
    for month in range(1, 13):
        for day in (1, 9, 10, 28):
            text = w.date_long(D(2024, month, day))
            day_part, month_part = text.split()[1], text.split()[3]
            assert day_part == (f"0{day}" if day < 10 else str(day))
            assert month_part == (f"0{month}" if month < 3 else str(month))


def test_date_long_missing_date_leaves_blanks() -> None:
    text = w.date_long(None)
    assert text == f"ngày {w.BLANK} tháng {w.BLANK} năm {w.BLANK}"
    assert w.BLANK == "……"


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (D(2026, 5, 7), "07/5/2026"),
        (D(2018, 1, 5), "05/01/2018"),
        (D(2017, 12, 31), "31/12/2017"),
        (D(2026, 7, 30), "30/7/2026"),
        (D(2017, 2, 14), "14/02/2017"),
        (D(2017, 10, 4), "04/10/2017"),
    ],
)
def test_date_short(date: dt.date, expected: str) -> None:
    assert w.date_short(date) == expected


def test_place_date() -> None:
    assert w.place_date("Quảng Ninh", D(2017, 10, 5)) == "Quảng Ninh, ngày 05 tháng 10 năm 2017"
    assert w.place_date("  Lào Cai ", D(2026, 6, 29)) == "Lào Cai, ngày 29 tháng 6 năm 2026"


def test_place_date_blanks_for_missing_parts() -> None:
    assert w.place_date("Hà Nội", None) == "Hà Nội, ngày …… tháng …… năm ……"
    assert w.place_date("   ", D(2018, 1, 5)) == "……, ngày 05 tháng 01 năm 2018"


# --- document number ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "kind", "code", "expected"),
    [
        (5, "TB", "BQLKKT", "Số: 05/TB-BQLKKT"),
        (5, "TB", "bqlkkt", "Số: 05/TB-BQLKKT"),
        (1, "BB", "vp", "Số: 01/BB-VP"),
        (9, "TB", "VP", "Số: 09/TB-VP"),
        (10, "TB", "VP", "Số: 10/TB-VP"),
        (123, "TB", "UBND", "Số: 123/TB-UBND"),
        (99999, "TB", "UBND", "Số: 99999/TB-UBND"),
        (12, "TB", "  vp ", "Số: 12/TB-VP"),
        (7, "TB", "", "Số: 07/TB"),
        (7, "TB", "ubnd-vp", "Số: 07/TB-UBND-VP"),
        (3, "TB", "sct-đt", "Số: 03/TB-SCT-ĐT"),
    ],
)
def test_doc_number(number: int, kind: str, code: str, expected: str) -> None:
    assert w.doc_number(number, kind, code) == expected


def test_doc_number_has_no_spaces_in_the_symbol() -> None:
    text = w.doc_number(5, " TB ", " bqlkkt ")
    assert text == "Số: 05/TB-BQLKKT"
    assert " " not in text.split("/", 1)[1]


def test_doc_number_missing_number_leaves_blanks() -> None:
    text = w.doc_number(None, "TB", "vp")
    assert text.startswith("Số: ")
    assert text.endswith("/TB-VP")
    blank = text[len("Số: ") : -len("/TB-VP")]
    assert len(blank) >= 3
    assert not blank.strip()  # only (non-breaking) spaces
    assert not any(c.isdigit() for c in text)


# --- roman numerals, times ------------------------------------------------------------------

ROMAN = [
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
    "XIII",
    "XIV",
    "XV",
    "XVI",
    "XVII",
    "XVIII",
    "XIX",
    "XX",
]


@pytest.mark.parametrize(("n", "expected"), list(enumerate(ROMAN, start=1)))
def test_roman_1_to_20(n: int, expected: str) -> None:
    assert w.roman(n) == expected


@pytest.mark.parametrize(
    ("n", "expected"), [(40, "XL"), (90, "XC"), (49, "XLIX"), (400, "CD"), (1994, "MCMXCIV")]
)
def test_roman_larger(n: int, expected: str) -> None:
    assert w.roman(n) == expected


@pytest.mark.parametrize("n", [0, -1])
def test_roman_rejects_below_one(n: int) -> None:
    with pytest.raises(ValueError):
        w.roman(n)


@pytest.mark.parametrize(
    ("time", "expected"),
    [
        (dt.time(8, 30), "8 giờ 30"),
        (dt.time(14, 5), "14 giờ 05"),
        (dt.time(7, 0), "7 giờ 00"),
        (dt.time(0, 0), "0 giờ 00"),
        (dt.time(23, 59), "23 giờ 59"),
        (None, "…… giờ ……"),
    ],
)
def test_time_of_day(time: dt.time | None, expected: str) -> None:
    assert w.time_of_day(time) == expected


# --- signature block ------------------------------------------------------------------------


def _signer(authority: Authority) -> Signer:
    return Signer(
        authority=authority,
        authority_of="Trưởng ban",
        intermediate="Chánh Văn phòng",
        position="Phó Chánh Văn phòng",
        name="Nguyễn Văn A",
    )


@pytest.mark.parametrize(
    ("authority", "expected"),
    [
        (Authority.NONE, ["PHÓ CHÁNH VĂN PHÒNG"]),
        (Authority.TM, ["TM. TRƯỞNG BAN", "PHÓ CHÁNH VĂN PHÒNG"]),
        (Authority.KT, ["KT. TRƯỞNG BAN", "PHÓ CHÁNH VĂN PHÒNG"]),
        (Authority.TL, ["TL. TRƯỞNG BAN", "PHÓ CHÁNH VĂN PHÒNG"]),
        (Authority.TUQ, ["TUQ. TRƯỞNG BAN", "PHÓ CHÁNH VĂN PHÒNG"]),
        (Authority.Q, ["Q. PHÓ CHÁNH VĂN PHÒNG"]),
        (
            Authority.TL_KT,
            ["TL. TRƯỞNG BAN", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"],
        ),
        (
            Authority.TM_KT,
            ["TM. TRƯỞNG BAN", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"],
        ),
    ],
)
def test_signer_lines(authority: Authority, expected: list[str]) -> None:
    assert w.signer_lines(_signer(authority)) == expected


def test_signer_lines_cover_every_authority() -> None:
    # A new Authority member must get a deliberate wording (and a row above).
    assert {a.value for a in Authority} == {"", "TM", "KT", "TL", "TUQ", "Q", "TL_KT", "TM_KT"}
    for a in Authority:
        lines = w.signer_lines(_signer(a))
        assert lines, a
        assert all(line == line.upper() for line in lines)
        assert lines[-1].endswith("PHÓ CHÁNH VĂN PHÒNG")


def test_signer_lines_uppercase_vietnamese_and_strip() -> None:
    signer = Signer(Authority.TL, authority_of="  chủ tịch ủy ban  ", position=" chánh văn phòng ")
    assert w.signer_lines(signer) == ["TL. CHỦ TỊCH ỦY BAN", "CHÁNH VĂN PHÒNG"]
    assert w.upper_vi("đồng chí") == "ĐỒNG CHÍ"


def test_signer_lines_empty_signer_gives_no_lines() -> None:
    assert w.signer_lines(Signer()) == []


# --- end mark and sentences -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thực hiện", "thực hiện./."),
        ("thực hiện.", "thực hiện./."),
        ("thực hiện./.", "thực hiện./."),
        ("thực hiện./.  \n", "thực hiện./."),
        ("thực hiện.  ", "thực hiện./."),
    ],
)
def test_with_end_mark(text: str, expected: str) -> None:
    assert w.with_end_mark(text) == expected


@pytest.mark.parametrize("text", ["a", "a.", "a./.", "Kết luận như sau:", "xong...", "b  "])
def test_with_end_mark_is_idempotent(text: str) -> None:
    once = w.with_end_mark(text)
    assert once.endswith("./.")
    assert w.with_end_mark(once) == once
    assert w.with_end_mark(w.with_end_mark(once)) == once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  làm ngay  ", "làm ngay."),
        ("làm ngay.", "làm ngay."),
        ("như sau:", "như sau:"),
        ("thế nào?", "thế nào?"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_sentence(text: str, expected: str) -> None:
    assert w.sentence(text) == expected


def test_sentence_custom_end() -> None:
    assert w.sentence("Các phòng", ";") == "Các phòng;"


@pytest.mark.parametrize(
    ("name", "capitals"),
    [
        ("VĂN PHÒNG", True),
        ("UBND TỈNH LÀO CAI", True),
        ("SỞ CÔNG THƯƠNG", True),
        ("Văn phòng", False),
        ("Sở Công Thương", False),
        ("UBND tỉnh Lào Cai", False),
        ("UBND", False),  # abbreviations are capitals in a sentence too
        ("BQLKKT", False),
        ("UBND TP", False),
        ("BQL KKT", False),
        ("HĐND - UBND", False),
        ("UBND TỈNH", True),
        ("", False),
        ("  ", False),
    ],
)
def test_an_agency_typed_in_capitals_is_told_apart(name: str, capitals: bool) -> None:
    """The heading prints the agency in capitals; a sentence and an annex's "(Kèm theo … của
    …)" use it as typed, so it is typed as in a sentence."""
    assert w.in_capitals(name) is capitals


def test_a_name_is_found_as_the_text_writes_it() -> None:
    text = "Văn phòng UBND tỉnh thông báo: SỞ CÔNG THƯƠNG và Sở Công Thương tỉnh Lào Cai …"
    assert w.as_in_sentences("VĂN PHÒNG", text) == "Văn phòng"
    assert w.as_in_sentences("SỞ CÔNG THƯƠNG", text) == "Sở Công Thương"  # not the capitals
    assert w.as_in_sentences("UBND TỈNH LÀO CAI", text) is None  # "UBND tỉnh thông báo"
    assert w.as_in_sentences("VĂN", text) == "Văn"
    assert w.as_in_sentences("PHÒNG UBND", "Phòng UBNDX") is None  # whole words only
    # the common noun is not the name; the name as written most often wins
    text = "Bố trí văn phòng làm việc …; giao Văn phòng UBND tỉnh …"
    assert w.as_in_sentences("VĂN PHÒNG", text) == "Văn phòng"
    text = "thành lập ban quản lý dự án; Ban Quản lý …; Ban quản lý …; Ban Quản lý …"
    assert w.as_in_sentences("BAN QUẢN LÝ", text) == "Ban Quản lý"
    assert w.as_in_sentences("VĂN PHÒNG", "bố trí văn phòng") is None
