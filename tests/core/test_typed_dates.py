"""Dates and times typed as people type them (gui.core.typed_dates)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gui.core.typed_dates import (
    MAX_YEAR,
    MIN_YEAR,
    DateProblem,
    MonthYear,
    TypedDateError,
    date_in_words,
    format_date,
    format_issue_date,
    format_time,
    parse_date,
    parse_issue_date,
    parse_time,
)

TODAY = dt.date(2026, 11, 29)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14/10/2024", dt.date(2024, 10, 14)),
        ("14/10/24", dt.date(2024, 10, 14)),
        ("14102024", dt.date(2024, 10, 14)),
        ("141024", dt.date(2024, 10, 14)),
        ("14/10", dt.date(2026, 10, 14)),
        ("1410", dt.date(2026, 10, 14)),
        ("1/7", dt.date(2026, 7, 1)),
        ("01/07/2026", dt.date(2026, 7, 1)),
        ("14-10-2024", dt.date(2024, 10, 14)),
        ("14.10.2024", dt.date(2024, 10, 14)),
        (" 14 10 2024 ", dt.date(2024, 10, 14)),
        ("2024-10-14", dt.date(2024, 10, 14)),
        ("ngày 14 tháng 10 năm 2024", dt.date(2024, 10, 14)),
        ("Ngày 5 tháng 3", dt.date(2026, 3, 5)),
        ("29/02/2024", dt.date(2024, 2, 29)),
    ],
)
def test_dates_as_typed(text: str, expected: dt.date) -> None:
    assert parse_date(text, TODAY) == expected


@pytest.mark.parametrize(
    ("text", "after", "expected"),
    [
        ("15/1", dt.date(2026, 12, 28), dt.date(2027, 1, 15)),  # after a meeting at year end
        ("31/12", dt.date(2017, 10, 4), dt.date(2017, 12, 31)),  # an old meeting's year
        ("4/10", dt.date(2017, 10, 4), dt.date(2017, 10, 4)),  # the meeting's day itself
        ("3/10", dt.date(2017, 10, 4), dt.date(2018, 10, 3)),
        ("31/12/2030", dt.date(2017, 10, 4), dt.date(2030, 12, 31)),  # a year typed: as typed
        ("29/2", dt.date(2025, 10, 4), dt.date(2028, 2, 29)),  # the next 29 February
    ],
)
def test_a_date_without_its_year_follows_the_meeting(
    text: str, after: dt.date, expected: dt.date
) -> None:
    assert parse_date(text, TODAY, after) == expected


@pytest.mark.parametrize("text", ["", "   ", "\t"])
def test_empty_is_no_date(text: str) -> None:
    assert parse_date(text, TODAY) is None
    assert parse_time(text) is None


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("4102024", DateProblem.NOT_A_DATE),  # what the old field made of 14/10/2024
        ("410202414102024", DateProblem.NOT_A_DATE),
        ("hôm qua", DateProblem.NOT_A_DATE),
        ("14/10/202", DateProblem.NOT_A_DATE),
        ("1/2/3/4", DateProblem.NOT_A_DATE),
        ("14", DateProblem.NOT_A_DATE),
        ("32/10/2024", DateProblem.BAD_DAY),
        ("00/10/2024", DateProblem.BAD_DAY),
        ("14/13/2024", DateProblem.BAD_MONTH),
        ("31/04/2024", DateProblem.NO_SUCH_DAY),
        ("29/02/2025", DateProblem.NO_SUCH_DAY),
        ("14/10/1899", DateProblem.YEAR_OUT_OF_RANGE),
        ("١٤/١٠/٢٠٢٤", DateProblem.NOT_A_DATE),  # other scripts' digits are not read
    ],
)
def test_bad_dates_say_why(text: str, problem: DateProblem) -> None:
    with pytest.raises(TypedDateError) as info:
        parse_date(text, TODAY)
    assert info.value.problem is problem
    assert info.value.text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8:00", dt.time(8, 0)),
        ("8h", dt.time(8, 0)),
        ("8h30", dt.time(8, 30)),
        ("08:00", dt.time(8, 0)),
        ("14 giờ", dt.time(14, 0)),
        ("14g30", dt.time(14, 30)),
        ("14 giờ 30", dt.time(14, 30)),
        ("14 giờ 30 phút", dt.time(14, 30)),
        ("14H30", dt.time(14, 30)),
        ("8", dt.time(8, 0)),
        ("8.30", dt.time(8, 30)),
        ("830", dt.time(8, 30)),
        ("1430", dt.time(14, 30)),
        ("0:00", dt.time(0, 0)),
        ("23:59", dt.time(23, 59)),
    ],
)
def test_times_as_typed(text: str, expected: dt.time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("24:00", DateProblem.BAD_HOUR),
        ("8:60", DateProblem.BAD_MINUTE),
        ("sáng", DateProblem.NOT_A_TIME),
        ("8:00:00", DateProblem.NOT_A_TIME),
        ("12345", DateProblem.NOT_A_TIME),
    ],
)
def test_bad_times_say_why(text: str, problem: DateProblem) -> None:
    with pytest.raises(TypedDateError) as info:
        parse_time(text)
    assert info.value.problem is problem


dates = st.dates(dt.date(MIN_YEAR, 1, 1), dt.date(MAX_YEAR, 12, 31))


@given(dates)
def test_a_shown_date_reads_back(value: dt.date) -> None:
    assert parse_date(format_date(value), TODAY) == value


@given(dates, st.sampled_from(["/", "-", ".", " "]))
def test_every_separator_and_digits_only_read_the_same(value: dt.date, sep: str) -> None:
    d, m, y = value.day, value.month, value.year
    assert parse_date(f"{d}{sep}{m}{sep}{y}", TODAY) == value
    assert parse_date(f"{d:02d}{m:02d}{y}", TODAY) == value
    if y >= 2000:
        assert parse_date(f"{d}{sep}{m}{sep}{y % 100:02d}", TODAY) == value


@given(st.times().map(lambda t: t.replace(second=0, microsecond=0)))
def test_a_shown_time_reads_back(value: dt.time) -> None:
    assert parse_time(format_time(value)) == value
    assert parse_time(f"{value.hour}h{value.minute:02d}") == value
    assert parse_time(f"{value.hour} giờ {value.minute}") == value


@given(st.text(max_size=30))
def test_any_text_is_a_date_none_or_one_clear_error(text: str) -> None:
    for parse in (lambda t: parse_date(t, TODAY), parse_time):
        try:
            value = parse(text)
        except TypedDateError as exc:
            assert isinstance(exc.problem, DateProblem)
        else:
            assert value is None or isinstance(value, dt.date | dt.time)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4/2026", MonthYear(4, 2026)),
        ("04/2026", MonthYear(4, 2026)),
        ("4-2026", MonthYear(4, 2026)),
        ("tháng 4/2026", MonthYear(4, 2026)),
        ("tháng 12 năm 2026", MonthYear(12, 2026)),
        ("ngày tháng 4 năm 2026", MonthYear(4, 2026)),
        ("14/4/2026", dt.date(2026, 4, 14)),
        ("", None),
    ],
)
def test_issue_date_whole_or_month_and_year(text: str, expected: object) -> None:
    assert parse_issue_date(text, TODAY) == expected
    assert parse_issue_date(format_issue_date(expected), TODAY) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("13/2026", DateProblem.BAD_MONTH),
        ("4/1800", DateProblem.YEAR_OUT_OF_RANGE),
        ("4/202", DateProblem.NOT_A_DATE),
        ("tháng tư", DateProblem.NOT_A_DATE),
    ],
)
def test_issue_date_bad_month_and_year_say_why(text: str, problem: DateProblem) -> None:
    with pytest.raises(TypedDateError) as caught:
        parse_issue_date(text, TODAY)
    assert caught.value.problem is problem


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("trước ngày 15/12/2026", dt.date(2026, 12, 15)),
        ("hoàn thành trước ngày 5-1-2027", dt.date(2027, 1, 5)),
        ("chậm nhất ngày 15 tháng 12 năm 2026", dt.date(2026, 12, 15)),
        ("từ ngày 01/12/2026 đến ngày 15 tháng 12 năm 2026", dt.date(2026, 12, 15)),
        ("trước 31/2/2026, hạn cuối 28/2/2026", dt.date(2026, 2, 28)),  # no 31/2: the next one
        ("thường xuyên", None),
        ("trong tháng 12/2026", None),
        ("trong Quý IV/2026", None),
        ("theo Kế hoạch số 12/2026", None),
        # a document's date is not a deadline
        ("Thường xuyên, theo Kế hoạch số 12/KH-UBND ngày 20/10/2024", None),
        ("trước ngày 15/12/2026 theo Công văn số 123/UBND ngày 01/11/2026", dt.date(2026, 12, 15)),
        ("báo cáo theo Quyết định số 5/QĐ-UBND ngày 1/2/2026", None),
        ("v.1.2.2026", None),
        ("15/12/2026", dt.date(2026, 12, 15)),  # the date alone
        ("chậm nhất là ngày 20/12/2026", dt.date(2026, 12, 20)),
        ("", None),
    ],
)
def test_the_date_a_deadline_in_words_names(words: str, expected: dt.date | None) -> None:
    assert date_in_words(words) == expected
