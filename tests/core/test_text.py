"""The record's text rule (gui.core.text) and the defects it removes at the boundary:
C2 (control characters in DOCX), C3 (XLSX), W4 (TXT/HTML), H2 (quadratic NFC), and the
plainer messages of U4."""

from __future__ import annotations

import datetime as dt
import io
import json
import unicodedata
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.compose import Kind
from gui.core.errors import RecordFileError
from gui.core.exporting import Format, export
from gui.core.record import Department, Record, Task
from gui.core.recordfile import load_record, record_to_data, save_record
from gui.core.text import (
    CGJ,
    MAX_NON_STARTERS,
    clean,
    clean_text,
    display_name,
    is_clean,
    stream_safe,
)
from tests.conftest import SEED_QN

MARKS = [chr(c) for c in range(0x300, 0x370) if unicodedata.combining(chr(c))]
CONTROLS = [chr(c) for c in range(32) if chr(c) not in "\t\n\r"]


def _max_non_starter_run(text: str) -> int:
    """Longest run of non-starters in the NFKD form (written here, from UAX #15's definition)."""
    longest = run = 0
    for ch in unicodedata.normalize("NFKD", text):
        run = run + 1 if unicodedata.combining(ch) else 0
        longest = max(longest, run)
    return longest


def test_word_breaks_become_line_breaks_and_controls_go() -> None:
    assert clean_text("dòng một\vdòng hai\ftrang mới") == "dòng một\ndòng hai\ntrang mới"
    assert clean_text("a\x00b\x1fc\x7fd") == "abc\x7fd"  # DEL is not a C0 control
    assert clean_text("x\ufffey\uffffz\U0010ffff") == "xyz"
    assert clean_text("tab\tcr\rlf\n") == "tab\tcr\rlf\n"
    assert clean_text("Quảng Ninh") == "Quảng Ninh"
    assert clean_text(unicodedata.normalize("NFD", "Quảng Ninh")) == "Quảng Ninh"


@settings(max_examples=300, deadline=None, database=None)
@given(
    st.text(
        alphabet=st.one_of(
            st.characters(exclude_categories=("Cs",)), st.sampled_from(MARKS + CONTROLS)
        )
    )
)
def test_clean_text_is_xml_safe_stream_safe_nfc_and_idempotent(text: str) -> None:
    out = clean_text(text)
    assert unicodedata.is_normalized("NFC", out)
    assert not any(c in CONTROLS or (ord(c) & 0xFFFE) == 0xFFFE for c in out)
    assert _max_non_starter_run(out) <= MAX_NON_STARTERS
    assert clean_text(out) == out
    # nothing but controls, non-characters and inserted joiners is lost
    kept = [c for c in unicodedata.normalize("NFD", text.replace("\v", "\n").replace("\f", "\n"))]
    # (a joiner typed by the user counts like an inserted one)
    assert sorted(
        c
        for c in kept
        if c not in CONTROLS
        and (ord(c) & 0xFFFE) != 0xFFFE
        and not 0xFDD0 <= ord(c) <= 0xFDEF  # the other non-characters
        and c != CGJ
    ) == sorted(c for c in unicodedata.normalize("NFD", out) if c != CGJ)


@settings(max_examples=300, deadline=None, database=None)
@given(
    st.lists(
        st.text(
            alphabet=st.one_of(
                st.characters(exclude_categories=("Cs",)),
                st.sampled_from([*MARKS, *CONTROLS, "ệ", "ư", "\ufdd0", "\ufeff", "\U0001f600"]),
            )
        )
    )
)
def test_is_clean_never_says_clean_when_the_rule_would_change_a_string(texts: list[str]) -> None:
    """Loading trusts ``is_clean`` over the whole file to skip cleaning string by string."""
    for text in texts:
        if is_clean(text):
            assert clean_text(text) == text
    document = json.dumps(texts, ensure_ascii=False)
    if is_clean(document, document.encode()) and "\\" not in document:
        assert clean(texts) == texts


def test_is_clean_answers_for_the_whole_text() -> None:
    assert is_clean('["Quảng Ninh", "Kết luận của Trưởng ban"]')
    assert is_clean("ASCII only\tand a tab\n")
    assert not is_clean('["Quảng Ninh", "' + unicodedata.normalize("NFD", "Quảng") + '"]')
    assert not is_clean('["a", "b\x07"]')  # a control character inside one string
    assert not is_clean("x\vy")
    assert not is_clean("x\ufdd0y")
    assert not is_clean("x\uffffy")
    assert not is_clean("a" + "\u0301" * (MAX_NON_STARTERS + 1))
    assert not is_clean("lone \udc80 surrogate")


def test_long_runs_of_marks_are_capped_after_a_precomposed_letter() -> None:
    # "Ǖ" (U+01D5) decomposes to U + two marks: with 29 more marks the run is 31
    text = "\u01d5" + "\u0301" * 29
    assert _max_non_starter_run(text) == 31
    assert _max_non_starter_run(stream_safe(text)) <= MAX_NON_STARTERS
    assert stream_safe("a" + "\u0301" * 30) == "a" + "\u0301" * 30  # at the cap: unchanged


def test_h2_a_long_mixed_run_of_marks_is_linear(tmp_path: Path) -> None:
    """H2: the NFC of a long run of marks of mixed classes was quadratic (28 s for 1.2 MB).

    With the run capped every 30 marks, the normaliser's reordering is bounded; the record
    loads, and the run in the record is stream-safe.
    """
    marks = [m for m in MARKS if unicodedata.combining(m) in (220, 230, 202, 1)]
    run = "".join(marks[i % len(marks)] for i in range(60_000))
    data = record_to_data(Record())
    data["content"]["results"] = ["a" + run] * 10  # 1.2 MB, as the tester's record
    path = tmp_path / "marks.bienban.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    record = load_record(path)
    assert _max_non_starter_run(record.content.results[0]) <= MAX_NON_STARTERS
    assert record.content.results[0].count(CGJ) >= 60_000 // MAX_NON_STARTERS


def _record_with(text: str) -> Record:
    record = load_record(SEED_QN)
    record.header.summary = text
    record.directives.departments = [Department(name="Phòng " + text, tasks=[Task(content=text)])]
    return record


HOSTILE = "Ngắt dòng\vtrang\fNUL\x00 BEL\x07 ESC\x1b \ufffe\uffff"


@pytest.mark.parametrize("fmt", list(Format))
def test_c2_w4_a_file_with_control_characters_loads_clean_and_exports(
    tmp_path: Path, fmt: Format, request: pytest.FixtureRequest
) -> None:
    """C2: \\v from Word was stored, accepted by --check, and broke the DOCX export; W4: NUL and
    controls were copied into TXT and HTML. Text now enters the record clean."""
    data = record_to_data(_record_with("x"))
    data["header"]["summary"] = HOSTILE
    data["directives"]["departments"][0]["tasks"][0]["content"] = HOSTILE
    path = tmp_path / "hostile.bienban.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    record = load_record(path)
    assert record.header.summary == "Ngắt dòng\ntrang\nNUL BEL ESC "
    pdf = None
    if fmt is Format.PDF:
        pytest.importorskip("PySide6")
        request.getfixturevalue("qapp")  # a QApplication, as every Qt test shares
        from gui.qt.printing import render_pdf

        pdf = render_pdf
    target = tmp_path / f"out.{fmt.value}"
    export(record, Kind.NOTICE, fmt, target, pdf=pdf)
    out = target.read_bytes()
    if fmt is Format.DOCX:
        out = zipfile.ZipFile(io.BytesIO(out)).read("word/document.xml")
    if fmt is not Format.PDF:
        text = out.decode("utf-8")
        assert not any(c in CONTROLS for c in text.replace("\n", "").replace("\t", ""))


def test_save_writes_text_under_the_rule(tmp_path: Path) -> None:
    record = Record()
    record.meeting.location = "Hội trường\x00\vA"
    save_record(record, tmp_path / "r.bienban.json")
    assert "Hội trường\\nA" in (tmp_path / "r.bienban.json").read_text(encoding="utf-8")


def test_c3_w1_report_cells_are_clean_text_never_formulas(tmp_path: Path) -> None:
    """C3: the XLSX report failed on control characters; W1: "=HYPERLINK(…)" was a live
    formula in the XLSX, and CSV cells starting with = + - @ were written raw."""
    from openpyxl import load_workbook

    from gui.core.library import LibraryIndex
    from gui.core.report import write_report

    folder = tmp_path / "lib"
    folder.mkdir()
    record = Record()
    record.meeting.name = "họp\x01"
    record.meeting.date = dt.date(2026, 1, 5)
    formula = '=HYPERLINK("http://evil.example","bấm")'
    record.directives.departments = [
        Department(
            name="+Phòng\vA",
            tasks=[Task(content=formula), Task(content="@SUM(1)"), Task(content="-1+2\x07")],
        )
    ]
    save_record(record, folder / "a.bienban.json")
    data = json.loads((folder / "a.bienban.json").read_text(encoding="utf-8"))
    data["meeting"]["name"] = "họp\x01\x02"  # as a hostile editor would leave it
    (folder / "a.bienban.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    index = LibraryIndex(folder, ":memory:")
    index.refresh()
    assert not index.errors()
    today = dt.date(2026, 2, 1)
    stats, tasks = index.statistics(today=today), index.tasks(today=today)
    [xlsx] = write_report(tmp_path, "xlsx", stats, tasks, today, "toàn bộ")
    sheet = load_workbook(xlsx)["Nhiệm vụ"]
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row]
    assert all(c.data_type != "f" for c in cells)
    assert formula in [c.value for c in cells]
    with zipfile.ZipFile(xlsx) as z:
        assert b"<f>" not in z.read("xl/worksheets/sheet2.xml")
    first, second = write_report(tmp_path, "csv", stats, tasks, today, "toàn bộ")
    rows = second.read_text(encoding="utf-8").splitlines()
    assert all(
        not cell.startswith(("=", "+", "-", "@")) for line in rows for cell in line.split(",")
    )
    assert "'=HYPERLINK" in second.read_text(encoding="utf-8")
    assert "'+Phòng" in first.read_text(encoding="utf-8")


def test_u4_messages_say_what_is_wrong_in_words(tmp_path: Path) -> None:
    path = tmp_path / "digits.bienban.json"
    path.write_text('{"schema_version": 3, "header": {"number": ' + "9" * 5000 + "}}")
    with pytest.raises(RecordFileError) as err:
        load_record(path)
    assert "sys.set_int_max_str_digits" not in err.value.one_line()
    assert "too many digits" in err.value.one_line()
    data = record_to_data(Record())
    data["header"]["number"] = "5"
    path.write_text(json.dumps(data))
    with pytest.raises(RecordFileError) as err:
        load_record(path)
    assert "[" not in err.value.detail and "a whole number or nothing" in err.value.detail


def test_u4_a_file_name_with_a_newline_or_bad_bytes_stays_on_one_line() -> None:
    assert display_name("a\nb.bienban.json") == "a\\nb.bienban.json"
    bad = b"x\xff.bienban.json".decode("utf-8", "surrogateescape")
    assert display_name(bad) == "x\\xff.bienban.json"
    assert display_name("Biên bản.bienban.json") == "Biên bản.bienban.json"
