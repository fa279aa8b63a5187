"""The seed test: the news export reproduces the published news item, sentence by sentence, and
the notice export carries every fact of the Quảng Ninh record."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from gui.core.compose import Kind
from gui.core.exporting import Format, render
from gui.core.render_docx import iter_text

from .helpers import NEWS_SEED, SEED_QN, composed, load, squash

WEB_CHROME = ("Chia sẻ bải viết",)  # the site's share button label, not part of the article


def _seed_parts() -> tuple[str, str, list[str], str]:
    """(title, "Ngày đăng …" line, body paragraphs, author mark) of the published news item."""
    lines = [line.strip() for line in NEWS_SEED.read_text(encoding="utf-8").splitlines()]
    lines = [squash(line) for line in lines]
    nonblank = [line for line in lines if line]
    title = nonblank[0]
    dateline_at = next(i for i, line in enumerate(lines) if line.startswith("Ngày đăng"))
    author_at = max(i for i, line in enumerate(lines) if line)
    assert lines[author_at] == "VP", lines[author_at]
    body = [
        line
        for line in lines[dateline_at + 1 : author_at]
        if line and not line.startswith(WEB_CHROME)
    ]
    return title, lines[dateline_at], body, lines[author_at]


def _sentences(paragraphs: list[str]) -> list[str]:
    text = squash(" ".join(paragraphs))
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s]


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _export_text(kind: Kind, fmt: Format, record=None) -> str:  # type: ignore[no-untyped-def]
    from gui.core.compose import compose

    doc = compose(record, kind) if record is not None else composed(SEED_QN, kind)
    data = render(doc, fmt)
    if fmt is Format.DOCX:
        return "\n".join(iter_text(data))
    if fmt is Format.HTML:
        parser = _Text()
        parser.feed(data.decode("utf-8"))
        return "\n".join(parser.parts)
    return data.decode("utf-8")


def _assert_in_order(needles: list[str], haystack: str) -> None:
    text = squash(haystack)
    at = 0
    for n, needle in enumerate(needles):
        found = text.find(needle, at)
        if found < 0:
            anywhere = text.find(needle)
            where = "out of order" if anywhere >= 0 else "missing"
            raise AssertionError(
                f"sentence {n + 1} of {len(needles)} {where}: {needle!r}\n"
                f"text after the previous sentence: {text[at : at + 300]!r}"
            )
        at = found + len(needle)


def test_seed_news_item_parses() -> None:
    title, dateline, body, author = _seed_parts()
    assert title == "CUỘC HỌP GIAO BAN QUÝ III/2017"
    assert dateline == "Ngày đăng 05/10/2017"
    assert author == "VP"
    assert len(body) == 4
    assert len(_sentences(body)) >= 14
    assert body[0].startswith("Ngày 04/10/2017, đồng chí Nguyễn Mạnh Tuấn")
    assert body[-1].endswith("./.")


@pytest.mark.parametrize("fmt", [Format.TXT, Format.DOCX, Format.HTML])
def test_news_export_has_every_sentence_of_the_seed_in_order(fmt: Format) -> None:
    _, _, body, _ = _seed_parts()
    _assert_in_order(_sentences(body), _export_text(Kind.NEWS, fmt))


@pytest.mark.parametrize("fmt", [Format.TXT, Format.DOCX, Format.HTML])
def test_news_export_has_title_dateline_body_and_author_in_order(fmt: Format) -> None:
    title, dateline, body, author = _seed_parts()
    text = _export_text(Kind.NEWS, fmt)
    _assert_in_order([title, dateline, _sentences(body)[0], _sentences(body)[-1]], text)
    assert squash(text).endswith(" " + author), squash(text)[-80:]


def test_news_export_body_is_the_seed_body_and_nothing_else() -> None:
    """No heading, number or stray sentence is added between the seed's sentences."""
    _, _, body, _ = _seed_parts()
    doc = composed(SEED_QN, Kind.NEWS)
    assert _sentences([p.plain() for p in doc.body]) == _sentences(body)


@pytest.mark.parametrize("fmt", [Format.TXT, Format.DOCX, Format.HTML])
def test_notice_export_contains_the_facts(fmt: Format) -> None:
    record = load(SEED_QN)
    text = squash(_export_text(Kind.NOTICE, fmt))
    chair = record.meeting.chair
    assert chair.name == "Nguyễn Mạnh Tuấn"
    assert f"{chair.name} - {chair.position}" in text
    assert "Trưởng ban Quản lý Khu kinh tế Quảng Ninh" in text
    assert "giao ban Quý III/2017" in text
    # at the start of the opening sentence the date is capitalised
    assert re.search(r"\b[Nn]gày 04 tháng 10 năm 2017\b", text), text[:400]
    assert "Kết luận của Trưởng ban tại cuộc họp giao ban Quý III/2017" in text
    assert "THÔNG BÁO" in text
    agency = "BAN QUẢN LÝ KHU KINH TẾ QUẢNG NINH"
    if fmt is Format.TXT:  # the header columns sit side by side: the agency's lines interleave
        assert all(word in text.split() for word in agency.split())
    else:
        assert agency in text
    c, d = record.content, record.directives
    facts = _sentences([*c.results, *c.limitations, *d.general])
    assert len(facts) >= 12
    _assert_in_order(facts, text)
    assert text.rstrip().endswith("./.") or "./." in text


def test_notice_places_facts_under_the_right_sections() -> None:
    text = squash(_export_text(Kind.NOTICE, Format.TXT))
    record = load(SEED_QN)
    _assert_in_order(
        [
            "Ngày 04 tháng 10 năm 2017, đồng chí Nguyễn Mạnh Tuấn",
            "kết luận như sau:",
            "I. ĐÁNH GIÁ CHUNG",
            squash(record.content.results[0])[:60],
            "Tuy nhiên,",
            "II. NHIỆM VỤ TRỌNG TÂM VÀ PHÂN CÔNG THỰC HIỆN",
            squash(record.directives.general[0])[:60],
            "từ đầu năm./.",
        ],
        text,
    )
