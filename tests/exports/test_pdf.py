"""Our PDF (``gui.qt.printing.render_pdf``): A4, extractable Vietnamese text, embedded fonts,
page numbers from page 2 on, user markup as literal text. Checked with poppler."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gui.core.compose import Composed, Kind, compose

from .helpers import (
    CHAIR,
    MARKUP,
    MOTTO,
    NATION,
    SEED_FILES,
    SEED_QN,
    composed,
    markup_record,
    page_sizes,
    pdffonts,
    pdfinfo,
    pdftotext,
    seed_id,
    squash,
    words_with_boxes,
)

A4_PT = (595.28, 841.89)
MM = 72 / 25.4


def write_pdf(doc: Composed, path: Path) -> Path:
    from gui.qt.printing import render_pdf

    path.write_bytes(render_pdf(doc))
    return path


@pytest.fixture
def qn_notice_pdf(qapp, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    return write_pdf(composed(SEED_QN, Kind.NOTICE), tmp_path / "notice.pdf")


def assert_a4(pdf: Path) -> None:
    for n, (w, h) in enumerate(page_sizes(pdf), start=1):
        assert abs(w - A4_PT[0]) <= 1 and abs(h - A4_PT[1]) <= 1, f"page {n}: {w} × {h} pt"


def assert_vietnamese_text(pdf: Path, chair: str) -> None:
    text = squash(pdftotext(pdf))
    for needle in (NATION, MOTTO, "THÔNG BÁO", chair, "./."):
        assert needle in text, f"{needle!r} not extractable; text starts {text[:300]!r}"


def assert_page_numbers(pdf: Path, top_margin_mm: float, text_centre_pt: float) -> None:
    """A centred number in the top margin of every page but the first."""
    pages = int(pdfinfo(pdf)["Pages"])
    assert pages >= 1
    limit = top_margin_mm * MM
    for page in range(1, pages + 1):
        in_margin = [w for w in words_with_boxes(pdf, page) if w[4] <= limit + 1]
        numbers = [w for w in in_margin if w[0].isdigit()]
        if page == 1:
            assert not numbers, f"page 1 numbered: {numbers}"
            continue
        assert [w[0] for w in numbers] == [str(page)], f"page {page}: {in_margin}"
        centre = (numbers[0][1] + numbers[0][3]) / 2
        page_centre = A4_PT[0] / 2
        assert min(abs(centre - text_centre_pt), abs(centre - page_centre)) <= 6, (
            f"page {page}: number at x={centre:.1f}, text block centre {text_centre_pt:.1f}"
        )


def text_without_page_numbers(pdf: Path) -> str:
    """The text of every page, without the page number line at the top of pages 2…."""
    pages = int(pdfinfo(pdf)["Pages"])
    out = []
    for page in range(1, pages + 1):
        lines = pdftotext(pdf, page, page).splitlines()
        nonblank = [i for i, line in enumerate(lines) if line.strip()]
        if page > 1 and nonblank and lines[nonblank[0]].strip() == str(page):
            del lines[nonblank[0]]
        out.append("\n".join(lines))
    return "\n".join(out)


def assert_words_in_order(paragraph: str, text_tokens: list[str]) -> int:
    """Every word of ``paragraph`` appears in ``text_tokens`` in order; return where it ended."""
    at = 0
    for word in _tokens(paragraph):
        try:
            at = text_tokens.index(word, at) + 1
        except ValueError:
            raise AssertionError(f"{word!r} of {paragraph[:60]!r} missing") from None
    return at


def _tokens(text: str) -> list[str]:
    """Words without hyphens. A line may break inside "34-NQ/TU" after the hyphen (pdftotext
    joins the word back without its hyphen: "CC,VCNLĐ") or after the slash ("34-NQ/" "TU")."""
    text = re.sub(r"(?<=\S/)[ \t]*\n\s*", "", text)
    return [t for t in (w.replace("-", "") for w in text.split()) if t]


def long_notice() -> Composed:
    doc = compose(markup_record(), Kind.NOTICE)
    doc.body = doc.body * 4
    return doc


def test_pdf_is_a4(qn_notice_pdf: Path) -> None:
    assert qn_notice_pdf.read_bytes().startswith(b"%PDF")
    assert_a4(qn_notice_pdf)
    assert "A4" in pdfinfo(qn_notice_pdf)["Page size"]


def test_pdf_text_is_extractable_vietnamese(qn_notice_pdf: Path) -> None:
    assert_vietnamese_text(qn_notice_pdf, CHAIR[SEED_QN])


def test_pdf_fonts_are_embedded(qn_notice_pdf: Path) -> None:
    fonts = pdffonts(qn_notice_pdf)
    assert fonts, "no fonts"
    assert all(f["emb"] == "yes" for f in fonts), fonts
    assert any("Bold" in f["name"] for f in fonts)
    assert any("Italic" in f["name"] for f in fonts)


@pytest.mark.parametrize(
    "kind",
    [Kind.NOTICE, Kind.MINUTES, Kind.NEWS],
    ids=[k.value for k in (Kind.NOTICE, Kind.MINUTES, Kind.NEWS)],
)
@pytest.mark.parametrize("seed", SEED_FILES, ids=[seed_id(s) for s in SEED_FILES])
def test_every_export_is_a4_with_embedded_fonts_and_its_whole_text(
    qapp, tmp_path: Path, seed: Path, kind: Kind
) -> None:  # type: ignore[no-untyped-def]
    doc = composed(seed, kind)
    pdf = write_pdf(doc, tmp_path / "out.pdf")
    assert_a4(pdf)
    assert all(f["emb"] == "yes" for f in pdffonts(pdf))
    tokens = _tokens(text_without_page_numbers(pdf))
    at = 0
    for p in doc.body:
        at = assert_words_in_order(p.plain(), tokens[at:]) + at


@pytest.mark.parametrize("case", ["lao-notice", "long-notice"])
def test_no_text_outside_the_text_area_but_the_page_number(qapp, tmp_path: Path, case: str) -> None:  # type: ignore[no-untyped-def]
    """Lines cut by a page break must not be painted (clipped, invisible) on both pages:
    such hidden text shows up twice in search, copy and paste, and screen readers."""
    from gui.core.render_docx import MARGINS_MM

    doc = composed(SEED_FILES[0], Kind.NOTICE) if case == "lao-notice" else long_notice()
    pdf = write_pdf(doc, tmp_path / "out.pdf")
    top = MARGINS_MM["top"] * MM
    bottom = A4_PT[1] - MARGINS_MM["bottom"] * MM
    outside = []
    for page in range(1, int(pdfinfo(pdf)["Pages"]) + 1):
        for word, _x0, y0, _x1, y1 in words_with_boxes(pdf, page):
            if page > 1 and word == str(page) and y1 <= top:
                continue
            if y1 <= top + 0.5 or y0 >= bottom - 0.5:
                outside.append((page, word, round(y0, 1)))
    assert not outside, (
        f"{len(outside)} words painted in the top/bottom margin (hidden by "
        f"clipping), e.g. {outside[:12]}"
    )


@pytest.mark.parametrize("seed", SEED_FILES, ids=[seed_id(s) for s in SEED_FILES])
def test_page_numbers_centred_in_the_top_margin_from_page_two(
    qapp, tmp_path: Path, seed: Path
) -> None:  # type: ignore[no-untyped-def]
    from gui.core.render_docx import MARGINS_MM

    doc = composed(seed, Kind.NOTICE)
    if len(doc.body) < 10:  # make it long enough for several pages
        doc = long_notice()
    pdf = write_pdf(doc, tmp_path / "out.pdf")
    assert int(pdfinfo(pdf)["Pages"]) >= 2
    centre = (MARGINS_MM["left"] + (210 - MARGINS_MM["right"])) / 2 * MM
    assert_page_numbers(pdf, MARGINS_MM["top"], centre)


def test_markup_typed_by_a_user_is_literal_in_the_pdf(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doc = compose(markup_record(), Kind.NOTICE)
    pdf = write_pdf(doc, tmp_path / "markup.pdf")
    text = squash(pdftotext(pdf))
    assert text.count(MARKUP) == doc.plain_text().count(MARKUP) >= 3, text
    assert '" onclick="alert(2)' in text
