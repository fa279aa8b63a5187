"""Plain-text rendering: layout, width, whole words, NFC, literal user text."""

from __future__ import annotations

import datetime as dt
import textwrap
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.compose import Composed, Kind, Paragraph, compose
from gui.core.record import Attendee, Person, Record, Signer
from gui.core.recordfile import load_record
from gui.core.render_text import DEFAULT_WIDTH, _wrap, render_text

ROOT = Path(__file__).resolve().parents[2]

MEETING_SEEDS = (
    "lao-cai-cum-cong-nghiep-2026.bienban.json",
    "quang-ninh-giao-ban-q3-2017.bienban.json",
)
SEED_FILES = [ROOT / "seeds" / n for n in MEETING_SEEDS]
WIDTHS = [40, 52, 66, 80, 100, 132]
RULE = "─"


def _docs() -> list[tuple[str, Composed]]:
    out = []
    for path in SEED_FILES:
        record = load_record(path)
        for kind in Kind:
            out.append((f"{path.name.split('-')[0]}-{kind.value}", compose(record, kind)))
    return out


DOCS = _docs()
DOC_IDS = [name for name, _ in DOCS]


def _tokens_in_order(tokens: list[str], out_tokens: list[str]) -> None:
    i = 0
    for token in tokens:
        while i < len(out_tokens) and out_tokens[i] != token:
            i += 1
        assert i < len(out_tokens), f"token {token!r} broken or missing"
        i += 1


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("name", "doc"), DOCS, ids=DOC_IDS)
def test_never_breaks_a_word(name: str, doc: Composed, width: int) -> None:
    out = render_text(doc, width)
    out_tokens = out.split()
    body_tokens = [t for p in doc.body for t in p.plain().split()]
    assert body_tokens
    _tokens_in_order(body_tokens, out_tokens)
    # The header and signature columns keep their words whole too.
    if doc.header:
        for text in (doc.header.agency, doc.header.place_date, doc.header.number):
            for token in text.split():
                assert token in out_tokens
    for sig in doc.signatures:
        for token in " ".join([*sig.lines, sig.name]).split():
            assert token in out_tokens


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("name", "doc"), DOCS, ids=DOC_IDS)
def test_respects_the_width(name: str, doc: Composed, width: int) -> None:
    out = render_text(doc, width)
    for line in out.splitlines():
        if len(line) > width:
            assert len(line.split()) == 1, f"{len(line)} > {width}: {line!r}"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("name", "doc"), DOCS, ids=DOC_IDS)
def test_rules_fit_the_page(name: str, doc: Composed, width: int) -> None:
    # A rule under the agency, the motto or the summary is decoration: it must never be
    # wider than the page (unlike a long word, it can always be shortened).
    out = render_text(doc, width)
    for line in out.splitlines():
        if RULE in line:
            assert len(line) <= width, f"{len(line)} > {width}: {line!r}"


def test_body_lines_fill_the_width() -> None:
    # Wrapping really happens at the width (not at some smaller fixed measure).
    doc = compose(load_record(SEED_FILES[0]), Kind.NOTICE)
    for width in (60, 100):
        lines = render_text(doc, width).splitlines()
        assert max(len(line) for line in lines) > width - 8


def test_long_unbreakable_token_stays_whole() -> None:
    token = "https://example.gov.vn/" + "a" * 120
    doc = Composed(Kind.NOTICE, None, "THÔNG BÁO", "", body=[Paragraph(f"Xem {token} nhé")])
    out = render_text(doc, 60)
    assert token in out.split()
    assert any(line.strip() == token for line in out.splitlines())


def test_output_is_nfc_and_ends_with_one_newline() -> None:
    nfd = unicodedata.normalize("NFD", "Quảng Ninh: Ủy ban nhân dân tỉnh đã họp")
    record = Record()
    record.header.agency = nfd
    record.header.place = nfd
    record.header.summary = nfd
    record.content.results = [nfd]
    record.closing.signer = Signer(position=nfd, name=nfd)
    doc = compose(record)
    out = render_text(doc)
    assert unicodedata.is_normalized("NFC", out)
    assert unicodedata.normalize("NFC", nfd) in out
    assert out.endswith("\n") and not out.endswith("\n\n")


def test_markup_typed_by_a_user_appears_literally() -> None:
    record = Record()
    record.header.summary = "<b>x</b> & <script>"
    record.content.results = ["Ghi chú: <b>x</b> & <script>alert(1)</script> &amp;"]
    out = render_text(compose(record), 80)
    assert "<b>x</b> & <script>" in out
    assert "<script>alert(1)</script> &amp;" in out
    assert "&lt;" not in out


def test_layout_of_the_notice_header() -> None:
    record = load_record(SEED_FILES[0])  # Lào Cai: UBND TỈNH LÀO CAI / VĂN PHÒNG
    out = render_text(compose(record, Kind.NOTICE), DEFAULT_WIDTH)
    lines = out.splitlines()
    first = lines[0]
    # Left column (agency) and right column (nation) on the same row.
    assert "UBND TỈNH LÀO CAI" in first
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first
    assert first.index("UBND") < first.index("CỘNG HÒA")
    number_row = next(line for line in lines if "Số:" in line)
    assert "Lào Cai, ngày" in number_row  # Số and place/date share a row
    title = next(line for line in lines if line.strip() == "THÔNG BÁO")
    assert abs(title.index("T") - (DEFAULT_WIDTH - len("THÔNG BÁO")) // 2) <= 1  # centred
    assert any(line.strip().startswith(RULE) for line in lines)


def test_paragraphs_have_a_first_line_indent() -> None:
    record = Record()
    record.content.results = ["Một hai ba " * 20]
    out = render_text(compose(record), 60)
    body = [line for line in out.splitlines() if "Một" in line]
    assert body[0].startswith("    Một")
    assert body[1].startswith("Một")


def test_signature_block_beside_recipients() -> None:
    record = Record()
    record.closing.recipients = ["Như trên", "Lưu: VT"]
    record.closing.signer = Signer(position="Chánh Văn phòng", name="Lê Trí Hà")
    out = render_text(compose(record), 80)
    lines = out.splitlines()
    row = next(line for line in lines if "Nơi nhận:" in line)
    assert "CHÁNH VĂN PHÒNG" in row
    assert row.index("Nơi nhận:") < row.index("CHÁNH VĂN PHÒNG")
    assert "- Như trên;" in out
    assert "- Lưu: VT." in out
    name_row = next(line for line in lines if "Lê Trí Hà" in line)
    assert lines.index(name_row) - lines.index(row) >= 3  # room to sign


def test_minutes_have_two_signature_columns() -> None:
    record = Record()
    record.meeting.chair = Person("Nguyễn Văn A")
    record.meeting.secretary = Person("Trần Thị B")
    record.meeting.date = dt.date(2026, 6, 29)
    record.meeting.attendees = [Attendee("C")]
    out = render_text(compose(record, Kind.MINUTES), 80)
    row = next(line for line in out.splitlines() if "THƯ KÝ" in line)
    assert "CHỦ TỌA" in row
    assert row.index("THƯ KÝ") < row.index("CHỦ TỌA")
    names = [line for line in out.splitlines() if "Trần Thị B" in line][-1]
    assert "Nguyễn Văn A" in names


def test_news_has_no_header_and_author_right_aligned() -> None:
    record = load_record(SEED_FILES[1])  # Quảng Ninh
    out = render_text(compose(record, Kind.NEWS), 80)
    lines = out.splitlines()
    assert "CỘNG HÒA" not in out
    assert "Ngày đăng 05/10/2017" in lines
    assert lines[-1] == "VP".rjust(80)


def test_narrow_widths_are_clamped_to_40() -> None:
    doc = compose(load_record(SEED_FILES[1]), Kind.NOTICE)
    assert render_text(doc, 10) == render_text(doc, 40)


def test_long_author_respects_the_width() -> None:
    # The author mark is a line of words like any other: it wraps, it is not pushed past
    # the right margin.
    record = Record()
    record.meeting.name = "giao ban"
    record.news.author = (
        "Phòng Tổng hợp - Văn phòng Ban Quản lý Khu kinh tế tỉnh Quảng Ninh "
        "(biên tập: Nguyễn Văn An)"
    )
    out = render_text(compose(record, Kind.NEWS), 80)
    for line in out.splitlines():
        assert len(line) <= 80, f"{len(line)} > 80: {line!r}"
    tokens = out.split()
    assert all(t in tokens for t in record.news.author.split())


@settings(max_examples=500, deadline=None, database=None)
@given(
    text=st.text(alphabet=st.sampled_from(["a", "ệ", "Ư", "-", " ", "\t", "\n", "\u3000", "\xa0"])),
    words=st.lists(st.text(alphabet="xyợ", min_size=1, max_size=30), max_size=40),
    width=st.integers(1, 90),
    first=st.sampled_from(["", "    ", "  - "]),
    rest=st.sampled_from(["", "  ", "          "]),
)
def test_wrapping_is_textwrap_line_for_line(
    text: str, words: list[str], width: int, first: str, rest: str
) -> None:
    """The fast wrap behind every TXT export gives exactly ``textwrap.wrap``'s lines: whole
    words, long words alone, spaces dropped at line ends, tabs and odd whitespace alike."""
    for sample in (text, " ".join(words), text + " ".join(words) + text):
        assert _wrap(sample, width, first, rest) == textwrap.wrap(
            sample,
            width=width,
            initial_indent=first,
            subsequent_indent=rest,
            break_long_words=False,
            break_on_hyphens=False,
        )
