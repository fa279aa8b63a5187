"""Dates and times as people type them, read without Qt.

A secretary types "14/10/2024", "14/10/24", "14102024", "14/10" (this year) or "1/7"; a time
as "8:00", "8h", "8h30", "08:00", "14 giờ" or "14g30". ``parse_date`` and ``parse_time`` turn
such text into a ``datetime.date`` / ``datetime.time`` (``None`` for empty text) or raise
``TypedDateError`` carrying a ``DateProblem`` that the widget explains in the user's language.
Nothing is guessed beyond the rules above: text that does not follow them is an error, never a
different date.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import unicodedata
from typing import NamedTuple

MIN_YEAR = 1900
MAX_YEAR = 2099


class DateProblem(enum.Enum):
    """Why typed text is not a date or a time."""

    NOT_A_DATE = enum.auto()  # letters, too many parts, a digit count that fits no rule
    BAD_DAY = enum.auto()  # day 0 or over 31
    BAD_MONTH = enum.auto()  # month 0 or over 12
    NO_SUCH_DAY = enum.auto()  # 31/04, 29/02 of a common year
    YEAR_OUT_OF_RANGE = enum.auto()  # before 1900 or after 2099
    NOT_A_TIME = enum.auto()
    BAD_HOUR = enum.auto()  # over 23
    BAD_MINUTE = enum.auto()  # over 59


class TypedDateError(ValueError):
    """Typed text that is not a date (or time); ``problem`` says why."""

    def __init__(self, problem: DateProblem, text: str) -> None:
        super().__init__(f"{problem.name}: {text!r}")
        self.problem = problem
        self.text = text


# "ngày 14 tháng 10 năm 2024" reads like 14/10/2024: the words become separators.
_DATE_WORDS = re.compile(r"\b(?:ngày|ngay|tháng|thang|năm|nam)\b", re.IGNORECASE)
_DATE_SEPARATORS = re.compile(r"[\s/.\-,]+")


def _clean(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


def parse_date(text: str, today: dt.date, after: dt.date | None = None) -> dt.date | None:
    """The date ``text`` means, ``None`` when it is empty.

    Day first, as Vietnamese dates are written. Accepted: ``d/m/yyyy``, ``d/m/yy`` (20yy),
    ``d/m`` (the year of ``today``; with ``after``, the first such day on or after it: a
    deadline "15/1" set at a meeting of 28/12 is next January's), the same with ``-``, ``.`` or
    spaces, the words
    "ngày … tháng … năm …", digits only (``ddmmyyyy``, ``ddmmyy``, ``ddmm``) and the ISO
    ``yyyy-mm-dd``.

    Raises:
        TypedDateError: the text is not a date by these rules.
    """
    cleaned = _clean(text)
    if not cleaned:
        return None
    spaced = _DATE_WORDS.sub(" ", cleaned).strip()
    parts = [p for p in _DATE_SEPARATORS.split(spaced) if p]
    if not parts or not all(p.isascii() and p.isdigit() for p in parts):
        raise TypedDateError(DateProblem.NOT_A_DATE, text)
    if len(parts) == 1:
        digits = parts[0]
        if len(digits) == 8 or len(digits) == 6:
            parts = [digits[:2], digits[2:4], digits[4:]]
        elif len(digits) == 4:
            parts = [digits[:2], digits[2:]]
        else:
            raise TypedDateError(DateProblem.NOT_A_DATE, text)
    if len(parts) == 3 and len(parts[0]) == 4:  # ISO: year first
        parts = [parts[2], parts[1], parts[0]]
    if len(parts) not in (2, 3) or any(len(p) > 2 for p in parts[:2]):
        raise TypedDateError(DateProblem.NOT_A_DATE, text)
    day, month = int(parts[0]), int(parts[1])
    if len(parts) == 2:
        year = today.year if after is None else after.year
        if after is not None and 1 <= month <= 12 and (month, day) < (after.month, after.day):
            year += 1
        if after is not None and (month, day) == (2, 29):  # the next 29 February
            import calendar  # only here: typed dates load at start-up

            while not calendar.isleap(year):
                year += 1
    else:
        year_text = parts[2]
        if len(year_text) == 2:
            year = 2000 + int(year_text)
        elif len(year_text) == 4:
            year = int(year_text)
        else:
            raise TypedDateError(DateProblem.NOT_A_DATE, text)
    if not 1 <= month <= 12:
        raise TypedDateError(DateProblem.BAD_MONTH, text)
    if not 1 <= day <= 31:
        raise TypedDateError(DateProblem.BAD_DAY, text)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise TypedDateError(DateProblem.YEAR_OUT_OF_RANGE, text)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise TypedDateError(DateProblem.NO_SUCH_DAY, text) from None


# 8 | 8h | 8h30 | 8:30 | 8.30 | 8 giờ | 14 giờ 30 (phút) | 14g30 | 0830
_TIME = re.compile(
    r"^(?P<h>[0-9]{1,2})\s*(?:(?:h|g|giờ|gio|:|\.)\s*(?P<m>[0-9]{1,2})?\s*(?:phút|phut|p|')?)?$",
    re.IGNORECASE,
)
_TIME_DIGITS = re.compile(r"^(?P<h>[0-9]{1,2})(?P<m>[0-9]{2})$")


def parse_time(text: str) -> dt.time | None:
    """The time of day ``text`` means, ``None`` when it is empty.

    Accepted: ``8``, ``8h``, ``8h30``, ``8:30``, ``08:00``, ``8.30``, ``14 giờ``, ``14 giờ 30``,
    ``14g30`` and digits only (``830``, ``1430``).

    Raises:
        TypedDateError: the text is not a time by these rules.
    """
    cleaned = _clean(text)
    if not cleaned:
        return None
    match = _TIME.match(cleaned) or _TIME_DIGITS.match(cleaned)
    if match is None:
        raise TypedDateError(DateProblem.NOT_A_TIME, text)
    hour = int(match.group("h"))
    minute = int(match.group("m") or 0)
    if hour > 23:
        raise TypedDateError(DateProblem.BAD_HOUR, text)
    if minute > 59:
        raise TypedDateError(DateProblem.BAD_MINUTE, text)
    return dt.time(hour, minute)


class MonthYear(NamedTuple):
    """An issue date whose day is left blank for the signer ("ngày … tháng 4 năm 2026")."""

    month: int
    year: int


def parse_issue_date(text: str, today: dt.date) -> dt.date | MonthYear | None:
    """An issue date: a whole date as ``parse_date`` reads it, or a month and a year only
    (``4/2026``, ``04/2026``, ``tháng 4/2026``, ``tháng 4 năm 2026``) when the day is left to
    be written at signing.

    Raises:
        TypedDateError: the text is neither.
    """
    try:
        return parse_date(text, today)
    except TypedDateError as exc:
        parts = [p for p in _DATE_SEPARATORS.split(_DATE_WORDS.sub(" ", _clean(text))) if p]
        if not (
            len(parts) == 2
            and all(p.isascii() and p.isdigit() for p in parts)
            and len(parts[0]) <= 2
            and len(parts[1]) == 4
        ):
            raise exc from None
        month, year = int(parts[0]), int(parts[1])
        if not 1 <= month <= 12:
            raise TypedDateError(DateProblem.BAD_MONTH, text) from None
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise TypedDateError(DateProblem.YEAR_OUT_OF_RANGE, text) from None
        return MonthYear(month, year)


_WHOLE_DATE = (
    r"(?:(?<![\d/.-])(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})(?![\d/.-])"
    r"|(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})\s+năm\s+(?P<wy>\d{4}))"
)
_WHOLE_DATES = re.compile(_WHOLE_DATE, re.IGNORECASE)
# A date is the deadline when a deadline's words lead it ("trước ngày …", "chậm nhất là ngày …",
# "đến ngày …", "hạn …") or when it is all the text: a date after "số … ngày" names a document.
_DATE_IN_WORDS = re.compile(
    r"(?:\b(?:trước|đến(?:\s+hết)?|chậm\s+nhất(?:\s+là)?|hạn(?:\s+cuối)?|xong|hoàn\s+thành"
    r"|trong)\s+(?:ngày\s+)?|^\s*(?:ngày\s+)?)" + _WHOLE_DATE,
    re.IGNORECASE,
)


def _date_of(m: re.Match[str]) -> dt.date | None:
    d, mo, y = (m["d"], m["m"], m["y"]) if m["d"] else (m["wd"], m["wm"], m["wy"])
    try:
        return dt.date(int(y), int(mo), int(d))
    except ValueError:
        return None


def whole_dates(text: str) -> list[dt.date]:
    """Every real day ``text`` writes in full: "25/10/2017", "25-10-2017", "25 tháng 10 năm
    2017" (not "31/2/2026", not "12/2026")."""
    return [day for m in _WHOLE_DATES.finditer(text) if (day := _date_of(m)) is not None]


def date_in_words(text: str) -> dt.date | None:
    """The date a deadline in words sets: "trước ngày 15/12/2026" → 15/12/2026, "từ ngày
    01/12 đến ngày 15 tháng 12 năm 2026" → 15/12/2026 (the last one a deadline's words lead);
    None when there is none ("thường xuyên", "trong tháng 12/2026", "theo Kế hoạch số 12/KH-UBND
    ngày 20/10/2024": a document's date)."""
    if text.lstrip().lower().startswith("thường xuyên"):
        return None
    found = None
    for m in _DATE_IN_WORDS.finditer(text):
        found = _date_of(m) or found
    return found


def format_issue_date(value: dt.date | MonthYear | None) -> str:
    """A date as ``format_date``; a month and year as "tháng 4/2026"."""
    if isinstance(value, MonthYear):
        return f"tháng {value.month}/{value.year}"
    return format_date(value)


def format_date(value: dt.date | None) -> str:
    """``dd/mm/yyyy`` ("" for no date): how a date field shows its value."""
    return "" if value is None else f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def format_time(value: dt.time | None) -> str:
    """``HH:MM`` ("" for no time)."""
    return "" if value is None else f"{value.hour:02d}:{value.minute:02d}"
