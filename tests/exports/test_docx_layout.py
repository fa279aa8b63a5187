"""The DOCX in the layout of NĐ 30/2020 (``shared/docs/nd30-layout.md``), rule by rule.

Every size, bold, italic, alignment, indent and spacing is the *effective* one: the run's
direct formatting, else its character style chain, else the paragraph's own format, else its
paragraph style chain, else Normal.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Length

from gui.core.compose import Composed, Kind, Role, compose
from gui.core.render_docx import iter_text, render_docx

from .helpers import (
    MARKUP,
    MOTTO,
    NATION,
    SEED_FILES,
    SEED_LAO_CAI,
    Resolver,
    all_paragraphs,
    composed,
    docx_bytes,
    find_paragraph,
    markup_record,
    open_docx,
    seed_id,
    signed_record,
    style_chain,
)

CENTER = WD_ALIGN_PARAGRAPH.CENTER
OFFICIAL = [Kind.NOTICE, Kind.MINUTES]
SEED_KINDS = [(s, k) for s in SEED_FILES for k in Kind]
SEED_KIND_IDS = [f"{seed_id(s)}-{k.value}" for s, k in SEED_KINDS]
OFFICIAL_KINDS = [(s, k) for s in SEED_FILES for k in OFFICIAL]
OFFICIAL_IDS = [f"{seed_id(s)}-{k.value}" for s, k in OFFICIAL_KINDS]
SEED_IDS = [seed_id(s) for s in SEED_FILES]


def _doc(seed: Path, kind: Kind):  # type: ignore[no-untyped-def]
    document = open_docx(docx_bytes(seed, kind))
    return document, Resolver(document)


def _signed():  # type: ignore[no-untyped-def]
    """(composed, document, resolver) of a notice with an office signature and recipients."""
    doc = compose(signed_record(), Kind.NOTICE)
    document = open_docx(render_docx(doc))
    return doc, document, Resolver(document)


def _in(value: float, low: float, high: float, what: str, tol: float = 1e-6) -> None:
    assert low - tol <= value <= high + tol, f"{what}: {value} not in {low}–{high}"


TWIP_MM = 25.4 / 1440  # DOCX stores margins in whole twips


def _bold(r: Resolver, p) -> bool:  # type: ignore[no-untyped-def]
    return bool(r.font(p, "bold", False))


def _italic(r: Resolver, p) -> bool:  # type: ignore[no-untyped-def]
    return bool(r.font(p, "italic", False))


def _body_paragraphs(document, doc: Composed):  # type: ignore[no-untyped-def]
    """(model paragraph, DOCX paragraph) for each body paragraph, matched in order."""
    paragraphs = list(document.paragraphs)
    out = []
    at = 0
    for para in doc.body:
        while at < len(paragraphs) and paragraphs[at].text != para.plain():
            at += 1
        assert at < len(paragraphs), f"body paragraph missing from the DOCX: {para.plain()!r}"
        out.append((para, paragraphs[at]))
        at += 1
    return out


# --- page ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("seed", "kind"), SEED_KINDS, ids=SEED_KIND_IDS)
def test_page_is_a4_portrait_with_the_decree_margins(seed: Path, kind: Kind) -> None:
    document, _ = _doc(seed, kind)
    assert len(document.sections) == 1
    s = document.sections[0]
    assert s.orientation == WD_ORIENT.PORTRAIT
    _in(s.page_width.mm, 209.5, 210.5, "page width mm")
    _in(s.page_height.mm, 296.5, 297.5, "page height mm")
    _in(s.top_margin.mm, 20, 25, "top margin mm", tol=TWIP_MM)
    _in(s.bottom_margin.mm, 20, 25, "bottom margin mm", tol=TWIP_MM)
    _in(s.left_margin.mm, 30, 35, "left margin mm", tol=TWIP_MM)
    _in(s.right_margin.mm, 15, 20, "right margin mm", tol=TWIP_MM)


@pytest.mark.parametrize("seed", SEED_FILES, ids=SEED_IDS)
def test_normal_style_is_times_14_justified_indented_spaced(seed: Path) -> None:
    document, _ = _doc(seed, Kind.NOTICE)
    normal = document.styles["Normal"]
    fonts = normal.element.rPr.find(qn("w:rFonts"))
    assert fonts is not None, "Normal has no font"
    for attr in ("ascii", "hAnsi"):  # Vietnamese letters outside ASCII use hAnsi
        assert fonts.get(qn(f"w:{attr}")) == "Times New Roman", attr
        assert fonts.get(qn(f"w:{attr}Theme")) is None, f"a theme font overrides {attr}"
    assert normal.font.size is not None and normal.font.size.pt == 14
    pf = normal.paragraph_format
    assert pf.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert pf.first_line_indent is not None
    assert min(abs(pf.first_line_indent.cm - 1.0), abs(pf.first_line_indent.cm - 1.27)) < 0.02, (
        pf.first_line_indent.cm
    )
    before = pf.space_before.pt if pf.space_before is not None else 0
    after = pf.space_after.pt if pf.space_after is not None else 0
    assert max(before, after) >= 6, (before, after)
    _assert_line_spacing(pf.line_spacing, pf.line_spacing_rule, 14, "Normal")
    assert not normal.font.bold and not normal.font.italic


def _assert_line_spacing(spacing: object, rule: object, size_pt: float, what: str) -> None:
    """Single to 1.5 lines."""
    if spacing is None:  # Word's default: single
        return
    if isinstance(spacing, Length):
        assert rule in (WD_LINE_SPACING.AT_LEAST, WD_LINE_SPACING.EXACTLY), (what, rule)
        _in(spacing.pt, size_pt * 1.0, size_pt * 1.5 * 1.15, f"{what} line spacing pt")
    else:
        _in(float(spacing), 1.0, 1.5, f"{what} line spacing (lines)")


@pytest.mark.parametrize(("seed", "kind"), SEED_KINDS, ids=SEED_KIND_IDS)
def test_every_piece_of_text_is_times_new_roman(seed: Path, kind: Kind) -> None:
    document, r = _doc(seed, kind)
    wrong = set()
    paragraphs = list(all_paragraphs(document))
    for section in document.sections:
        paragraphs += section.header.paragraphs
    for p in paragraphs:
        for run in p.runs:
            if run.text.strip():
                for which in ("ascii", "hAnsi"):
                    face = r.font_family(p, run, which)
                    if face != "Times New Roman":
                        wrong.add((p.style.name, which, face))
    assert not wrong, wrong


# --- header ---------------------------------------------------------------------------------------


def _header_cells(document):  # type: ignore[no-untyped-def]
    """{(row, column): paragraphs} of the first table, which must be the header."""
    assert document.tables, "no table: the header is a two-column table"
    table = document.tables[0]
    assert len(table.columns) == 2, f"header table has {len(table.columns)} columns"
    body = document.element.body
    first_table = body.index(table._tbl)
    first_para = next(
        i
        for i, el in enumerate(body)
        if el.tag == qn("w:p") and "".join(t.text or "" for t in el.iter(qn("w:t"))).strip()
    )
    assert first_table < first_para, "the header table is not the first thing on the page"
    cells = {}
    for ri, row in enumerate(table.rows):
        for ci, cell in enumerate(row.cells):
            cells[(ri, ci)] = [p for p in cell.paragraphs]
    return cells


def _column(cells, col: int):  # type: ignore[no-untyped-def]
    return [p for (_, c), ps in sorted(cells.items()) if c == col for p in ps]


@pytest.mark.parametrize(("seed", "kind"), OFFICIAL_KINDS, ids=OFFICIAL_IDS)
def test_header_left_column_agency_and_number(seed: Path, kind: Kind) -> None:
    document, r = _doc(seed, kind)
    h = composed(seed, kind).header
    assert h is not None
    left = _column(_header_cells(document), 0)
    agency = find_paragraph(left, lambda t: t == h.agency, "with the agency")
    assert agency.text == agency.text.upper()
    assert _bold(r, agency), "agency not bold"
    _in(r.size_pt(agency), 13, 13, "agency size")  # the brief's rule: 13 pt
    assert r.para(agency, "alignment") == CENTER, "agency not centred"
    if h.parent_agency:
        parent = find_paragraph(left, lambda t: t == h.parent_agency, "with the parent agency")
        assert parent.text == parent.text.upper()
        assert not _bold(r, parent), "parent agency bold (NĐ 30: upright, not bold)"
        _in(r.size_pt(parent), 12, 13, "parent agency size")
        assert left.index(parent) < left.index(agency)
    number = find_paragraph(left, lambda t: t.startswith("Số:"), 'starting "Số:"')
    assert r.para(number, "alignment") == CENTER
    _in(r.size_pt(number), 13, 13, '"Số" size')
    assert not _bold(r, number) and not _italic(r, number)
    code = number.text.split("/", 1)[1]
    assert code == code.upper() and " " not in code, number.text
    assert left.index(number) > left.index(agency)


@pytest.mark.parametrize(("seed", "kind"), OFFICIAL_KINDS, ids=OFFICIAL_IDS)
def test_header_right_column_nation_motto_place_date(seed: Path, kind: Kind) -> None:
    document, r = _doc(seed, kind)
    cells = _header_cells(document)
    right = _column(cells, 1)
    nation = find_paragraph(right, lambda t: t == NATION, "with the nation")
    motto = find_paragraph(right, lambda t: t == MOTTO, "with the motto")
    assert _bold(r, nation) and not _italic(r, nation)
    _in(r.size_pt(nation), 12, 13, "nation size")
    assert _bold(r, motto) and not _italic(r, motto)
    _in(r.size_pt(motto), 13, 14, "motto size")
    for p in (nation, motto):
        assert r.para(p, "alignment") == CENTER, p.text
    assert right.index(nation) < right.index(motto)
    place_dates = [p for p in right if re.search(r"ngày .+ tháng .+ năm", p.text)]
    if kind is Kind.MINUTES:
        assert not place_dates, "Mẫu 1.9: the minutes have no place/date line"
        return
    assert len(place_dates) == 1
    pd = place_dates[0]
    assert pd.text == composed(seed, kind).header.place_date  # type: ignore[union-attr]
    assert _italic(r, pd) and not _bold(r, pd), "place/date not italic"
    _in(r.size_pt(pd), 13, 14, "place/date size")
    assert r.para(pd, "alignment") == CENTER


@pytest.mark.parametrize("seed", SEED_FILES, ids=SEED_IDS)
def test_number_and_place_date_are_on_the_same_row(seed: Path) -> None:
    document, _ = _doc(seed, Kind.NOTICE)
    cells = _header_cells(document)
    rows_of_number = {
        row
        for (row, col), ps in cells.items()
        if col == 0 and any(p.text.startswith("Số:") for p in ps)
    }
    rows_of_date = {
        row for (row, col), ps in cells.items() if col == 1 and any(", ngày " in p.text for p in ps)
    }
    assert len(rows_of_number) == 1 and rows_of_number == rows_of_date, (
        rows_of_number,
        rows_of_date,
    )
    # … and both are the first paragraph of their cells, so they are level with each other
    row = rows_of_number.pop()
    assert cells[(row, 0)][0].text.startswith("Số:")
    assert ", ngày " in cells[(row, 1)][0].text


@pytest.mark.parametrize("seed", SEED_FILES, ids=SEED_IDS)
def test_header_has_a_line_under_the_agency_and_under_the_motto(seed: Path) -> None:
    document, r = _doc(seed, Kind.NOTICE)
    h = composed(seed, Kind.NOTICE).header
    assert h is not None
    cells = _header_cells(document)
    for col, text in ((0, h.agency), (1, MOTTO)):
        ps = _column(cells, col)
        at = next(i for i, p in enumerate(ps) if p.text == text)
        below = ps[at + 1]
        has_border = below._p.pPr is not None and below._p.pPr.find(qn("w:pBdr")) is not None
        is_rule = bool(re.fullmatch(r"[_─]{3,}", below.text))
        assert has_border or is_rule, f"no line under {text!r}: next is {below.text!r}"
        if is_rule:
            assert r.para(below, "alignment") == CENTER


# --- title and body -------------------------------------------------------------------------------


@pytest.mark.parametrize(("seed", "kind"), OFFICIAL_KINDS, ids=OFFICIAL_IDS)
def test_type_and_summary_centred_bold(seed: Path, kind: Kind) -> None:
    document, r = _doc(seed, kind)
    doc = composed(seed, kind)
    paragraphs = list(document.paragraphs)
    expected = {Kind.NOTICE: "THÔNG BÁO", Kind.MINUTES: "BIÊN BẢN"}[kind]
    title = find_paragraph(paragraphs, lambda t: t == expected, f"{expected!r}")
    assert _bold(r, title) and not _italic(r, title)
    assert r.para(title, "alignment") == CENTER
    _in(r.size_pt(title), 13, 14, "type size")
    summary = paragraphs[paragraphs.index(title) + 1]
    assert summary.text == doc.summary, "the summary must come directly under the type"
    assert _bold(r, summary) and not _italic(r, summary)
    assert r.para(summary, "alignment") == CENTER
    _in(r.size_pt(summary), 13, 14, "summary size")
    indent = r.para(summary, "first_line_indent")
    assert not indent, f"centred summary has a first-line indent {indent}"
    rule = paragraphs[paragraphs.index(summary) + 1]
    has_border = summary._p.pPr is not None and summary._p.pPr.find(qn("w:pBdr")) is not None
    assert has_border or re.fullmatch(r"[_─]{3,}", rule.text), "no line under the summary"


@pytest.mark.parametrize(("seed", "kind"), SEED_KINDS, ids=SEED_KIND_IDS)
def test_headings_use_heading_styles_and_are_bold(seed: Path, kind: Kind) -> None:
    document, r = _doc(seed, kind)
    doc = composed(seed, kind)
    pairs = _body_paragraphs(document, doc)
    headings = [(m, p) for m, p in pairs if m.role in (Role.HEADING, Role.SUBHEADING)]
    if kind is not Kind.NEWS:
        assert any(m.role is Role.HEADING for m, _ in headings)
    for m, p in headings:
        assert p.style.name.startswith("Heading"), f"{p.text!r} has style {p.style.name!r}"
        assert _bold(r, p), f"{p.text!r} not bold"
        assert not _italic(r, p), f"{p.text!r} italic"
        _in(r.size_pt(p), 13, 14, f"size of {p.text!r}")
        if m.role is Role.HEADING:
            assert re.match(r"[IVXLC]+\. ", p.text), p.text
            assert p.text == p.text.upper(), f"section heading not uppercase: {p.text!r}"
    numbered = [p for m, p in pairs if m.role is Role.HEADING]
    assert len({p.style.name for p in numbered}) <= 1, "section headings in different styles"


@pytest.mark.parametrize(("seed", "kind"), SEED_KINDS, ids=SEED_KIND_IDS)
def test_body_paragraphs_use_normal_without_direct_formatting(seed: Path, kind: Kind) -> None:
    document, _ = _doc(seed, kind)
    pairs = _body_paragraphs(document, composed(seed, kind))
    assert pairs
    for n, (m, p) in enumerate(pairs):
        if m.role is Role.BODY and not m.label:
            assert p.style.name == "Normal", f"{p.text[:40]!r} has style {p.style.name!r}"
        ppr = p._p.pPr
        if ppr is not None:
            direct = [el.tag.split("}")[1] for el in ppr if el.tag != qn("w:pStyle")]
            # the one exception: the last paragraph keeps with the signatures
            last = n == len(pairs) - 1 and bool(composed(seed, kind).signatures)
            allowed = ["keepNext"] if last else []
            assert direct == allowed, f"direct paragraph formatting {direct} on {p.text[:40]!r}"
        for run in p.runs:
            assert run.font.size is None, f"direct size on {run.text[:40]!r}"
            assert run.font.name is None, f"direct font on {run.text[:40]!r}"
            rpr = run._r.rPr
            if rpr is not None:
                direct = [el.tag.split("}")[1] for el in rpr if el.tag != qn("w:rStyle")]
                assert not direct, f"direct run formatting {direct} on {run.text[:40]!r}"


@pytest.mark.parametrize(("seed", "kind"), SEED_KINDS, ids=SEED_KIND_IDS)
def test_body_text_is_14pt_justified_indented_spaced_upright(seed: Path, kind: Kind) -> None:
    document, r = _doc(seed, kind)
    for m, p in _body_paragraphs(document, composed(seed, kind)):
        if m.role not in (Role.BODY, Role.BULLET, Role.LABEL) or not p.text.strip():
            continue
        what = repr(p.text[:40])
        _in(r.size_pt(p), 13, 14, f"size of {what}")
        if not m.label:
            assert not _bold(r, p), f"{what} bold"
        assert not _italic(r, p), f"{what} italic"
        assert r.para(p, "alignment") == WD_ALIGN_PARAGRAPH.JUSTIFY, f"{what} not justified"
        indent = r.para(p, "first_line_indent")
        assert indent is not None, f"{what} has no first-line indent"
        assert min(abs(indent.cm - 1.0), abs(indent.cm - 1.27)) < 0.02, (what, indent.cm)
        before = r.para(p, "space_before")
        after = r.para(p, "space_after")
        gap = max(before.pt if before else 0, after.pt if after else 0)
        assert gap >= 6, f"{what}: {gap} pt between paragraphs"
        _assert_line_spacing(
            r.para(p, "line_spacing"), r.para(p, "line_spacing_rule"), r.size_pt(p), what
        )


@pytest.mark.parametrize(("seed", "kind"), SEED_KINDS, ids=SEED_KIND_IDS)
def test_body_ends_with_the_end_mark(seed: Path, kind: Kind) -> None:
    document, _ = _doc(seed, kind)
    doc = composed(seed, kind)
    last_model, last = _body_paragraphs(document, doc)[-1]
    assert last.text.endswith("./."), last.text[-60:]
    assert last.text.count("./.") == 1
    # nothing but the signature table (or the author mark of the news) comes after it
    paragraphs = list(document.paragraphs)
    at = next(i for i, p in enumerate(paragraphs) if p._p is last._p)
    after = [p.text for p in paragraphs[at + 1 :] if p.text.strip()]
    allowed = [doc.author] if doc.author else []
    if len(doc.signatures) > 1:  # minutes: recipients under the signature columns
        allowed += ["Nơi nhận:", *doc.recipients]
    assert all(t in allowed for t in after), after
    assert last_model is doc.body[-1]


# --- closing block --------------------------------------------------------------------------------


def _signature_table(document):  # type: ignore[no-untyped-def]
    table = document.tables[-1]
    assert len(document.tables) >= 2, "no signature table"
    assert len(table.columns) == 2
    return [c.paragraphs for c in table.rows[0].cells]


@pytest.mark.parametrize("case", ["lao-cai", "signed-qn"])
def test_recipients_block(case: str) -> None:
    if case == "lao-cai":
        doc = composed(SEED_LAO_CAI, Kind.NOTICE)
        document, r = _doc(SEED_LAO_CAI, Kind.NOTICE)
    else:
        doc, document, r = _signed()
    assert doc.recipients
    left, right = _signature_table(document)
    title = left[0]
    assert title.text == "Nơi nhận:", "Nơi nhận must open the left column, level with the signer"
    assert _bold(r, title) and _italic(r, title), "Nơi nhận: not bold italic"
    _in(r.size_pt(title), 12, 12, "Nơi nhận size")
    assert r.para(title, "alignment") in (WD_ALIGN_PARAGRAPH.LEFT, None)
    lines = [p for p in left[1:] if p.text.strip()]
    assert [p.text for p in lines] == doc.recipients
    for p in lines:
        _in(r.size_pt(p), 11, 11, f"size of {p.text!r}")
        assert not _bold(r, p) and not _italic(r, p), p.text
    assert all(t.startswith("- ") for t in doc.recipients)
    assert all(t.endswith(";") for t in doc.recipients[:-1]) and doc.recipients[-1].endswith(".")
    assert doc.recipients[-1].startswith("- Lưu:")
    # level: the first paragraphs of both columns have the same space before
    sb = [r.para(p, "space_before") for p in (left[0], right[0])]
    assert sb[0] == sb[1], f"Nơi nhận and the signer are not level: {sb}"


@pytest.mark.parametrize("case", ["lao-cai", "signed-qn"])
def test_signer_block(case: str) -> None:
    if case == "lao-cai":
        doc = composed(SEED_LAO_CAI, Kind.NOTICE)
        document, r = _doc(SEED_LAO_CAI, Kind.NOTICE)
    else:
        doc, document, r = _signed()
    [sig] = doc.signatures
    assert sig.lines and sig.name
    if case == "signed-qn":
        assert sig.lines == ["TL. TRƯỞNG BAN", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"]
    _, right = _signature_table(document)
    texts = [p.text for p in right]
    assert texts[: len(sig.lines)] == sig.lines, texts
    for p in right[: len(sig.lines)]:
        assert p.text == p.text.upper()
        assert _bold(r, p), f"signer line {p.text!r} not bold"
        assert r.para(p, "alignment") == CENTER
        _in(r.size_pt(p), 13, 14, f"size of {p.text!r}")
    name = right[-1]
    assert name.text == sig.name
    assert name.text != name.text.upper(), "the name is in normal case"
    assert _bold(r, name) and not _italic(r, name)
    assert r.para(name, "alignment") == CENTER
    _in(r.size_pt(name), 13, 14, "name size")
    room = [p for p in right[len(sig.lines) : -1] if not p.text.strip()]
    assert len(room) >= 3, "no room for the signature and seal"


@pytest.mark.parametrize(("seed", "kind"), OFFICIAL_KINDS, ids=OFFICIAL_IDS)
def test_page_numbers_in_the_top_margin_from_page_two(seed: Path, kind: Kind) -> None:
    document, r = _doc(seed, kind)
    section = document.sections[0]
    assert section.different_first_page_header_footer is True
    header = section.header
    assert not header.is_linked_to_previous
    xml = header._element.xml
    fields = [f.get(qn("w:instr")) for f in header._element.iter(qn("w:fldSimple"))]
    fields += [t.text for t in header._element.iter(qn("w:instrText"))]
    assert any(f and f.split()[0] == "PAGE" for f in fields), xml[-600:]
    numbered = [
        p
        for p in header.paragraphs
        if p._p.find(qn("w:fldSimple")) is not None
        or p._p.find(f".//{qn('w:instrText')}") is not None
    ]
    assert len(numbered) == 1
    assert r.para(numbered[0], "alignment") == CENTER, "page number not centred"
    # the number's run sits inside the field: its size comes from the paragraph's styles
    number_runs = list(numbered[0]._p.iter(qn("w:r")))
    assert all(run.rPr is None or run.rPr.find(qn("w:sz")) is None for run in number_runs)
    size = next(
        (
            st.font.size
            for st in [*style_chain(numbered[0].style), r.normal]
            if st.font.size is not None
        ),
        None,
    )
    assert size is not None
    _in(size.pt, 13, 14, "page number size")
    first = section.first_page_header
    if not first.is_linked_to_previous:
        assert all(not p.text.strip() for p in first.paragraphs)
        assert not list(first._element.iter(qn("w:fldSimple")))
        assert not list(first._element.iter(qn("w:instrText")))


# --- user text ----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(Kind), ids=[k.value for k in Kind])
def test_markup_typed_by_a_user_is_literal_text(kind: Kind) -> None:
    doc = compose(markup_record(), kind)
    expected = doc.plain_text().count(MARKUP)
    assert expected >= 2
    data = render_docx(doc)
    text = "\n".join(iter_text(data))
    assert text.count(MARKUP) == expected
    assert '" onclick="alert(2)' in text
    document = open_docx(data)
    assert sum(p.text.count(MARKUP) for p in all_paragraphs(document)) == expected
    # the XML carries it as escaped character data, never as elements
    import zipfile
    from io import BytesIO

    xml = zipfile.ZipFile(BytesIO(data)).read("word/document.xml").decode("utf-8")
    assert "<script>" not in xml and "<b>" not in xml
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in xml


# --- minutes ------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEED_FILES, ids=SEED_IDS)
def test_minutes_have_two_signature_columns_and_no_place_date(seed: Path) -> None:
    document, r = _doc(seed, Kind.MINUTES)
    doc = composed(seed, Kind.MINUTES)
    paragraphs = list(document.paragraphs)
    find_paragraph(paragraphs, lambda t: t == "BIÊN BẢN", '"BIÊN BẢN"')
    assert not any(p.text == "THÔNG BÁO" for p in paragraphs)
    left, right = _signature_table(document)
    assert left[0].text == "THƯ KÝ" and right[0].text == "CHỦ TỌA", (left[0].text, right[0].text)
    for p in (left[0], right[0]):
        assert _bold(r, p) and r.para(p, "alignment") == CENTER
        _in(r.size_pt(p), 13, 14, p.text)
    chair = composed(seed, Kind.MINUTES).signatures[1].name
    assert right[-1].text == chair
    assert _bold(r, right[-1])
    header_text = " ".join(p.text for p in _column(_header_cells(document), 1))
    assert "ngày" not in header_text and doc.header is not None and not doc.header.place_date
    assert "Số:" in " ".join(p.text for p in _column(_header_cells(document), 0))
    assert "/BB" in doc.header.number
    # Mẫu 1.9's body, in order
    labels = [p.label for p in doc.body if p.label]
    assert labels[:6] == [
        "Thời gian bắt đầu:",
        "Địa điểm:",
        "Thành phần tham dự:",
        "Chủ trì (chủ tọa):",
        "Thư ký (người ghi biên bản):",
        "Nội dung (theo diễn biến cuộc họp):",
    ]
    assert doc.body[-1].text.startswith("Cuộc họp kết thúc vào")
    # the label is bold through a character style, the text after it is not
    para = find_paragraph(paragraphs, lambda t: t.startswith("Địa điểm:"), "Địa điểm")
    label_run, *rest = [run for run in para.runs if run.text]
    assert label_run.text == "Địa điểm:" and r.run(para, label_run, "bold")
    assert all(not r.run(para, run, "bold") for run in rest)


# --- the lines under agency, motto and summary --------------------------------------------------


def _rule_ratio(
    qapp,
    text: str,
    size: float,
    bold: bool,
    rule: str,
    rule_size: float,  # type: ignore[no-untyped-def]
    line_width_pt: float,
) -> float:
    """Width of ``rule`` over the width of ``text``'s longest line (wrapped at the line width)."""
    from PySide6.QtGui import QFont, QFontMetricsF

    from gui.qt.printing import font_family

    def font(sz: float, b: bool) -> QFontMetricsF:
        f = QFont(font_family())
        f.setPointSizeF(sz)
        f.setBold(b)
        return QFontMetricsF(f)

    m = font(size, bold)
    scale = 72 / qapp.primaryScreen().logicalDotsPerInch()  # px → pt
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if line and m.horizontalAdvance(trial) * scale > line_width_pt:
            lines.append(line)
            line = word
        else:
            line = trial
    lines.append(line)
    text_w = max(m.horizontalAdvance(x) for x in lines)
    return font(rule_size, False).horizontalAdvance(rule) / text_w


@pytest.mark.parametrize("seed", SEED_FILES, ids=SEED_IDS)
def test_line_lengths_under_agency_motto_and_summary(qapp, seed: Path) -> None:  # type: ignore[no-untyped-def]
    """NĐ 30: under the agency 1/3–1/2 of its length, under the motto as long as it,
    under the summary 1/3–1/2 of its length (measured with the metric-compatible serif)."""
    from gui.qt.printing import font_family

    if font_family() not in ("Times New Roman", "Liberation Serif", "Tinos"):
        pytest.skip(f"no Times-metric font to measure with ({font_family()})")
    document, r = _doc(seed, Kind.NOTICE)
    doc = composed(seed, Kind.NOTICE)
    assert doc.header is not None
    cells = _header_cells(document)
    widths = [Length(c.width).pt for c in document.tables[0].rows[0].cells]
    page = document.sections[0]
    text_width = Length(page.page_width - page.left_margin - page.right_margin).pt
    problems = []

    def check(col_ps, text, size, width, low, high, what):  # type: ignore[no-untyped-def]
        at = next(i for i, p in enumerate(col_ps) if p.text == text)
        rule = col_ps[at + 1]
        if not re.fullmatch(r"_{3,}", rule.text):
            return  # a paragraph border: not measured here
        ratio = _rule_ratio(qapp, text, size, True, rule.text, r.size_pt(rule), width)
        if not low <= ratio <= high:
            problems.append(f"{what}: line is {ratio:.2f} × the text, want {low}–{high}")

    check(_column(cells, 0), doc.header.agency, 13, widths[0], 1 / 3, 1 / 2, "agency")
    check(_column(cells, 1), MOTTO, 14, widths[1], 0.9, 1.1, "motto")
    check(list(document.paragraphs), doc.summary, 14, text_width, 1 / 3, 1 / 2, "summary")
    assert not problems, problems
