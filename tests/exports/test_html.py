"""HTML export: escaped throughout — what a user typed is text, never markup — UTF-8, lang vi."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from gui.core.compose import Kind, compose
from gui.core.exporting import Format, render
from gui.core.render_html import render_html

from .helpers import MARKUP, SEED_FILES, composed, markup_record, seed_id, squash

RENDERER_TAGS = {
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "table",
    "tr",
    "td",
    "div",
    "p",
    "h1",
    "h2",
    "h3",
    "span",
}
RENDERER_ATTRS = {"lang", "charset", "class", "style"}


class Page(HTMLParser):
    """Tags, attributes, the title and the shown text (entities resolved) of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.end_tags: list[str] = []
        self.data: list[str] = []
        self.comments: list[str] = []
        self.decl: list[str] = []
        self.title: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        self.end_tags.append(tag)
        if tag in self._in:
            del self._in[len(self._in) - 1 - self._in[::-1].index(tag) :]

    def handle_data(self, data: str) -> None:
        if "title" in self._in:
            self.title.append(data)
        elif "style" not in self._in:
            self.data.append(data)

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)

    def handle_decl(self, decl: str) -> None:
        self.decl.append(decl)

    @property
    def text(self) -> str:
        return "".join(self.data)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


@pytest.mark.parametrize("kind", list(Kind), ids=[k.value for k in Kind])
def test_markup_typed_by_a_user_stays_text(kind: Kind) -> None:
    doc = compose(markup_record(), kind)
    html = render_html(doc)
    page = parse(html)
    tags = {t for t, _ in page.tags}
    assert tags <= RENDERER_TAGS, f"tags not from the renderer: {tags - RENDERER_TAGS}"
    assert "script" not in tags and "b" not in tags
    assert "<script" not in html.lower() and "<b>" not in html.lower()
    attrs = {a for _, at in page.tags for a in at}
    assert attrs <= RENDERER_ATTRS, f"attributes not from the renderer: {attrs - RENDERER_ATTRS}"
    assert not page.comments
    expected = doc.plain_text().count(MARKUP)
    assert expected >= 2
    assert page.text.count(MARKUP) == expected, "markup not shown literally"
    assert '" onclick="alert(2)' in page.text
    # the <title> repeats the notice's summary, escaped too
    if kind is Kind.NOTICE:
        assert MARKUP in doc.summary
        assert MARKUP in "".join(page.title)
        raw_title = html.split("<title>", 1)[1].split("</title>", 1)[0]
        assert "<" not in raw_title and "&lt;script&gt;" in raw_title


def test_every_field_of_the_record_is_escaped() -> None:
    """All text fields at once: nothing anywhere turns into a tag."""
    record = markup_record()
    h, m, c = record.header, record.meeting, record.closing
    h.agency = h.parent_agency = h.place = h.agency_code = MARKUP
    m.name = m.location = m.chair.name = m.chair.position = m.secretary.name = MARKUP
    m.attendees[0].name = MARKUP
    record.content.opening = [MARKUP]
    record.content.results = [MARKUP]
    c.sentence = MARKUP
    c.recipients = [MARKUP]
    c.signer.position = c.signer.name = MARKUP
    c.drafter = MARKUP
    record.news.title = record.news.author = MARKUP
    for kind in Kind:
        doc = compose(record, kind)
        page = parse(render_html(doc))
        tags = {t for t, _ in page.tags}
        assert tags <= RENDERER_TAGS, (kind, tags - RENDERER_TAGS)
        # uppercased copies (agency, signer) are text too
        assert page.text.count("</SCRIPT>") == doc.plain_text().count("</SCRIPT>"), kind
        assert page.text.count(MARKUP) == doc.plain_text().count(MARKUP), kind


@pytest.mark.parametrize("kind", list(Kind), ids=[k.value for k in Kind])
@pytest.mark.parametrize("seed", SEED_FILES, ids=[seed_id(s) for s in SEED_FILES])
def test_page_is_utf8_vietnamese_with_the_whole_text(seed, kind: Kind) -> None:  # type: ignore[no-untyped-def]
    doc = composed(seed, kind)
    data = render(doc, Format.HTML)
    html = data.decode("utf-8")  # strict
    assert html.lstrip().lower().startswith("<!doctype html>")
    page = parse(html)
    [html_tag] = [a for t, a in page.tags if t == "html"]
    assert html_tag.get("lang") == "vi"
    metas = [a for t, a in page.tags if t == "meta"]
    assert any((a.get("charset") or "").lower() == "utf-8" for a in metas), metas
    head = html.lower().split("</head>", 1)[0]
    assert head.index("<meta charset") < head.index("<title>"), "charset must come first"
    text = squash(page.text)
    for p in doc.body:
        assert squash(p.plain()) in text, p.plain()[:60]
    balance = {t: sum(1 for x, _ in page.tags if x == t) for t in RENDERER_TAGS - {"meta"}}
    closes = {t: page.end_tags.count(t) for t in balance}
    assert balance == closes, "unbalanced tags"
