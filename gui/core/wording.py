"""Vietnamese wording of dates, times, numbers and signatures, as NĐ 30/2020 writes them.

Every place that writes a date or a document number into a document goes through here.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from gui.core.record import Authority, Signer

BLANK = "\u2026\u2026"  # "……", what a template leaves for a missing value


def _day(d: dt.date) -> str:
    return f"{d.day:02d}"


def _month(d: dt.date) -> str:
    # NĐ 30, Phụ lục I: days below 10 and the months 1 and 2 take a leading zero.
    return f"{d.month:02d}" if d.month < 3 else str(d.month)


def date_long(d: dt.date | None) -> str:
    """``ngày 05 tháng 10 năm 2017``; blanks for a missing date."""
    if d is None:
        return f"ngày {BLANK} tháng {BLANK} năm {BLANK}"
    return f"ngày {_day(d)} tháng {_month(d)} năm {d.year}"


def date_short(d: dt.date) -> str:
    """``05/10/2017``, ``07/5/2026``, ``05/01/2018`` — the same leading-zero rule."""
    return f"{_day(d)}/{_month(d)}/{d.year}"


def place_date(place: str, d: dt.date | None) -> str:
    """``Quảng Ninh, ngày 05 tháng 10 năm 2017``."""
    return f"{place.strip() or BLANK}, {date_long(d)}"


def doc_number(number: int | None, kind: str, code: str) -> str:
    """``Số: 05/TB-BQLKKT``: numbers below 10 take a leading 0; symbols uppercase, no spaces."""
    num = f"{number:02d}" if number is not None else "\u00a0" * 6
    symbol = "-".join(part for part in (kind.strip(), code.strip().upper()) if part)
    return f"Số: {num}/{symbol}"


def time_of_day(t: dt.time | None) -> str:
    """``8 giờ 30``; blanks for a missing time."""
    if t is None:
        return f"{BLANK} giờ {BLANK}"
    return f"{t.hour} giờ {t.minute:02d}"


_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def roman(n: int) -> str:
    """Roman numeral for section headings (``I``, ``II``, … ``XIV``)."""
    if n < 1:
        raise ValueError("roman numerals start at 1")
    out = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def upper_vi(text: str) -> str:
    """Uppercase keeping Vietnamese letters (``đ`` → ``Đ``); str.upper already does this."""
    return text.strip().upper()


_VOWELS = frozenset("aăâeêioôơuưy")


def _syllable(word: str) -> bool:
    """A word read as a syllable ("TỈNH", "PHÒNG", "UBND" for its U), not an abbreviation
    without a vowel ("TP", "BQL", "HĐND")."""
    letters = [c for c in word if c.isalpha()]
    bases = {unicodedata.normalize("NFD", c.lower())[0] for c in letters}
    return len(letters) >= 2 and not bases.isdisjoint(_VOWELS)


def in_capitals(name: str) -> bool:
    """Whether an agency's name is written all in capitals ("VĂN PHÒNG", "UBND TỈNH LÀO CAI"),
    not as in a sentence ("Văn phòng"). The heading prints it in capitals whichever way it is
    kept; a sentence ("Văn phòng tổ chức cuộc họp …", an annex's "(Kèm theo … của Văn phòng)")
    uses it as kept. Abbreviations are written in capitals in a sentence too: it takes two
    words read as syllables ("UBND TP", "BQL KKT" do not count)."""
    if name != name.upper() or name == name.lower():
        return False
    return sum(_syllable(w) for w in name.split()) >= 2


def as_in_sentences(name: str, text: str) -> str | None:
    """How ``text`` writes ``name`` (its words in any case, e.g. the capitals of a heading) as
    a name in a sentence: capital first, not all in capitals ("Văn phòng" for "VĂN PHÒNG" in
    "… của Văn phòng UBND tỉnh …"; never the common noun of "bố trí văn phòng làm việc"). The
    form written most often wins; None when the text never writes it so."""
    words = name.split()
    if not words:
        return None
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)"
    forms = [" ".join(m.group().split()) for m in re.finditer(pattern, text, re.IGNORECASE)]
    named = [f for f in forms if f[0].isupper() and f != f.upper()]
    return max(named, key=named.count) if named else None


def signer_lines(signer: Signer) -> list[str]:
    """The uppercase authority and position lines of the signature block.

    ``TL. TRƯỞNG BAN`` / ``KT. CHÁNH VĂN PHÒNG`` / ``PHÓ CHÁNH VĂN PHÒNG`` and ``TM. ỦY BAN NHÂN
    DÂN`` / ``KT. CHỦ TỊCH`` / ``PHÓ CHỦ TỊCH`` for the two-level forms; ``Q. TRƯỞNG BAN`` for an
    acting head; the position alone without a prefix.
    """
    of = upper_vi(signer.authority_of)
    position = upper_vi(signer.position)
    a = signer.authority
    lines: list[str]
    if a is Authority.NONE:
        lines = [position]
    elif a is Authority.Q:
        lines = [f"Q. {position}"]
    elif a in (Authority.TL_KT, Authority.TM_KT):
        lines = [f"{a.value[:2]}. {of}", f"KT. {upper_vi(signer.intermediate)}", position]
    else:
        lines = [f"{a.value}. {of}", position]
    return [line for line in lines if line.strip(". ")]


def with_end_mark(text: str) -> str:
    """End a document's body with ``./.`` as the templates do."""
    text = text.rstrip()
    if text.endswith("/."):  # "./." as written, or "… Giấy phép/." as some agencies write it
        return text
    return text.rstrip(".") + "./."


def sentence(text: str, end: str = ".") -> str:
    """Trim a fragment and end it with ``end`` unless it already ends in punctuation."""
    text = text.strip()
    if not text or text[-1] in ".:;!?…":
        return text
    return text + end
