"""DOCX rendering of a composed document, in the layout of NĐ 30/2020 (Phụ lục I, III).

A4, margins 20/20/30/15 mm, Times New Roman. Every element has a named Word style (Normal and
Heading 1/2 for the body, "BB …" styles for the header, title, signature and recipients) so a
user can restyle the document in Word or LibreOffice; direct formatting is used only for the
bold label run of the minutes. Text is inserted as text: nothing a user typed is markup.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from typing import ClassVar

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.table import _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from gui.core.compose import Composed, Kind, Role, Table
from gui.core.compose import Paragraph as Para
from gui.core.layout import HEADER_COLUMNS_CM, MARGINS_MM, rules

FONT = "Times New Roman"
BODY_PT = 14
FIRST_LINE_INDENT = Cm(1.27)
SIGN_COLUMNS_CM = (6.5, 10.0)

ParaSpec = dict[str, object]

# name → (base, size pt, bold, italic, alignment, first-line indent, space before pt)
_STYLES: dict[str, tuple[str, float, bool, bool, str, bool, float]] = {
    "BB Parent Agency": ("Normal", 13, False, False, "center", False, 0),
    "BB Agency": ("Normal", 13, True, False, "center", False, 0),
    "BB Nation": ("Normal", 13, True, False, "center", False, 0),
    "BB Motto": ("Normal", 14, True, False, "center", False, 0),
    "BB Rule": ("Normal", 13, False, False, "center", False, 0),
    "BB Number": ("Normal", 13, False, False, "center", False, 6),
    "BB Place Date": ("Normal", 14, False, True, "center", False, 6),
    "BB Type": ("Normal", 14, True, False, "center", False, 18),
    "BB Summary": ("Normal", 14, True, False, "center", False, 0),
    "BB Attached": ("Normal", 13, False, True, "center", False, 6),
    "BB Bullet": ("Normal", 14, False, False, "justify", True, 6),
    "BB Recipients Title": ("Normal", 12, True, True, "left", False, 12),
    "BB Recipient": ("Normal", 11, False, False, "left", False, 0),
    "BB Signer": ("Normal", 14, True, False, "center", False, 12),
    "BB Signer Name": ("Normal", 14, True, False, "center", False, 0),
    "BB News Title": ("Normal", 14, True, False, "center", False, 0),
    "BB Dateline": ("Normal", 12, False, True, "left", False, 6),
    "BB Author": ("Normal", 14, True, False, "right", False, 12),
    "BB Page Number": ("Normal", 13, False, False, "center", False, 0),
    "BB Topic": ("Normal", 14, False, True, "justify", True, 6),
    "BB Table": ("Normal", 13, False, False, "left", False, 0),
    "BB Table Header": ("Normal", 13, True, False, "center", False, 0),
    "BB Spacer": ("Normal", 6, False, False, "left", False, 0),
}
TITLE_LIMIT = 255  # python-docx (and Word's core properties) take at most 255 characters
_ALIGN = {
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


class _StyleIds:
    """Style name → style id, looked up once per document.

    python-docx resolves a style name on every ``add_paragraph(style=…)`` by walking all the
    template's styles (most of the time of a long document); ids are set directly instead.
    """

    def __init__(self, document: DocxDocument) -> None:
        self._ids = {s.name: s.style_id for s in document.styles}

    def style_id(self, name: str) -> str:
        return self._ids[name]

    def para(self, paragraph: Paragraph, name: str) -> Paragraph:
        paragraph._p.style = self._ids[name]
        return paragraph

    def run(self, run: Run, name: str) -> Run:
        run._r.style = self._ids[name]
        return run


def _add(document: DocxDocument | _Cell, ids: _StyleIds, text: str, style: str) -> Paragraph:
    p = document.add_paragraph(text)
    return ids.para(p, style)


def render_docx(doc: Composed) -> bytes:
    """The composed document as the bytes of a .docx file."""
    document = Document()
    _styles(document)
    ids = _StyleIds(document)
    _page_setup(document)
    body = document.paragraphs[0] if document.paragraphs else None
    if body is not None and not body.text:
        body._element.getparent().remove(body._element)
    if doc.header:
        _header_table(document, doc, ids)
    _title(document, doc, ids)
    out = _Body(document, ids)
    last_p = None
    for element in doc.body:
        if isinstance(element, Table):
            _body_table(document, ids, element)
            out.refresh()
            last_p = None
        else:
            last_p = out.paragraph(element)
    if doc.signatures or doc.recipients:
        if last_p is not None:
            # the last paragraph, the signatures and Nơi nhận stay on one page
            _keep_next(last_p)
        _signature_tables(document, doc, ids)
    if doc.author:
        _add(document, ids, doc.author, "BB Author")
    props = document.core_properties
    props.title = _fit(" ".join(x for x in (doc.type_name, " ".join(doc.summary.split())) if x))
    props.language = "vi-VN"
    props.author = "Bienban"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _fit(text: str, limit: int = TITLE_LIMIT) -> str:
    """``text`` cut at a word to fit ``limit`` characters, ending "…" when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip() + "…"


def _keep_next(p: object) -> None:
    # python-docx puts keepNext where the schema's sequence wants it in pPr
    p.get_or_add_pPr().get_or_add_keepNext()  # type: ignore[attr-defined]


class _Body:
    """Appends body paragraphs before the section properties, which it finds once.

    python-docx's ``add_paragraph`` looks for ``w:sectPr`` among all the body's children on
    every call, which makes a long document quadratic; this writes the same XML in linear time.
    """

    _ROLE_STYLE: ClassVar[dict[Role, str]] = {
        Role.HEADING: "Heading 1",
        Role.SUBHEADING: "Heading 2",
        Role.BULLET: "BB Bullet",
        Role.TOPIC: "BB Topic",
    }

    def __init__(self, document: DocxDocument, ids: _StyleIds) -> None:
        self._body = document.element.body
        self._ids = ids
        self.refresh()

    def refresh(self) -> None:
        """Find the end again (after something was added through python-docx)."""
        self._end = self._body.find(qn("w:sectPr"))

    def paragraph(self, para: Para) -> object:
        p = OxmlElement("w:p")
        ppr = OxmlElement("w:pPr")
        style = OxmlElement("w:pStyle")
        style.set(qn("w:val"), self._ids.style_id(self._ROLE_STYLE.get(para.role, "Normal")))
        ppr.append(style)
        p.append(ppr)
        if para.label:
            p.append(_run(para.label, self._ids.style_id("BB Label")))
            if para.text:
                p.append(_run(" " + para.text, None, para.italic))
        else:
            p.append(_run(para.text, None, para.italic))
        if self._end is not None:
            self._end.addprevious(p)
        else:
            self._body.append(p)
        return p


def _run(text: str, style_id: str | None, italic: bool = False) -> object:
    r = OxmlElement("w:r")
    if style_id or italic:
        rpr = OxmlElement("w:rPr")
        if style_id:
            rs = OxmlElement("w:rStyle")
            rs.set(qn("w:val"), style_id)
            rpr.append(rs)
        if italic:
            rpr.append(OxmlElement("w:i"))
        r.append(rpr)
    for n, line in enumerate(text.split("\n")):
        if n:
            r.append(OxmlElement("w:br"))
        for m, part in enumerate(line.split("\t")):
            if m:
                r.append(OxmlElement("w:tab"))
            if part:
                t = OxmlElement("w:t")
                t.text = part
                t.set(qn("xml:space"), "preserve")
                r.append(t)
    return r


def write_docx(doc: Composed, path: str | os.PathLike[str]) -> None:
    """Write the .docx (callers write atomically through ``gui.core.exporting``)."""
    with open(path, "wb") as f:
        f.write(render_docx(doc))


# --- page and styles --------------------------------------------------------------------------


def _page_setup(document: DocxDocument) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(MARGINS_MM["top"])
    section.bottom_margin = Mm(MARGINS_MM["bottom"])
    section.left_margin = Mm(MARGINS_MM["left"])
    section.right_margin = Mm(MARGINS_MM["right"])
    section.header_distance = Mm(10)
    section.footer_distance = Mm(10)
    # Page numbers centred in the top margin, not on the first page.
    section.different_first_page_header_footer = True
    header = section.header
    p = header.paragraphs[0]
    p.style = "BB Page Number"
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    p._p.append(field)
    section.first_page_header.paragraphs[0].text = ""


def _set_fonts(style_element: object) -> None:
    """Times New Roman for every script (Vietnamese is "cs"/"hAnsi" in some Word versions)."""
    rpr = style_element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    for theme_attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        if fonts.get(qn(theme_attr)) is not None:
            del fonts.attrib[qn(theme_attr)]


def _paragraph_format(style: ParagraphStyle, align: str, indent: bool, before: float) -> None:
    """Alignment, first-line indent, space before (none after), single line spacing."""
    pf = style.paragraph_format
    pf.alignment = _ALIGN[align]
    pf.first_line_indent = FIRST_LINE_INDENT if indent else Cm(0)
    pf.space_before = Pt(before)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.SINGLE


def _styles(document: DocxDocument) -> None:
    styles = document.styles
    normal = styles["Normal"]
    assert isinstance(normal, ParagraphStyle)
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    normal.font.color.rgb = RGBColor(0, 0, 0)
    _set_fonts(normal.element)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "vi-VN")
    normal.element.get_or_add_rPr().append(lang)
    _paragraph_format(normal, "justify", indent=True, before=6)
    normal.paragraph_format.widow_control = True

    for name in ("Heading 1", "Heading 2"):
        h = styles[name]
        assert isinstance(h, ParagraphStyle)
        h.base_style = normal
        h.font.name = FONT
        h.font.size = Pt(BODY_PT)
        h.font.bold = True
        h.font.italic = False
        h.font.color.rgb = RGBColor(0, 0, 0)
        _set_fonts(h.element)
        _paragraph_format(h, "justify", indent=True, before=6)
        h.paragraph_format.keep_with_next = True

    for name, (base, size, bold, italic, align, indent, before) in _STYLES.items():
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        assert isinstance(style, ParagraphStyle)
        style.base_style = styles[base]
        style.quick_style = True
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.italic = italic
        _paragraph_format(style, align, indent, before)
    label = styles.add_style("BB Label", WD_STYLE_TYPE.CHARACTER)
    label.font.bold = True  # type: ignore[union-attr]
    # a signature block never splits between its title and the name, and stays with Nơi nhận
    for name in ("BB Signer", "BB Signer Name", "BB Recipients Title", "BB Recipient", "BB Topic"):
        styles[name].paragraph_format.keep_with_next = True  # type: ignore[union-attr]
    for name in ("BB Table", "BB Table Header"):
        styles[name].paragraph_format.first_line_indent = Cm(0)  # type: ignore[union-attr]


# --- blocks ------------------------------------------------------------------------------------


def _borderless_table(document: DocxDocument, widths_cm: tuple[float, ...], rows: int = 1):  # type: ignore[no-untyped-def]
    table = document.add_table(rows=rows, cols=len(widths_cm))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    # table.autofit = False already wrote <w:tblLayout w:type="fixed"/>; the cell margins go
    # right after it, where the schema's sequence puts them (Word repairs misordered files)
    tbl_pr = table._tbl.tblPr
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        m = OxmlElement(f"w:{side}")
        m.set(qn("w:w"), "0")
        m.set(qn("w:type"), "dxa")
        margins.append(m)
    tbl_pr.find(qn("w:tblLayout")).addnext(margins)
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths_cm, strict=True):
        col.set(qn("w:w"), str(int(Cm(width).twips)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)
    return table


def _cell_paragraphs(cell: _Cell, ids: _StyleIds, items: list[tuple[str, str]]) -> None:
    """Fill a cell with (style, text) paragraphs."""
    first = True
    for style, text in items:
        if first:
            p = ids.para(cell.paragraphs[0], style)
            if text:
                p.add_run(text)
            first = False
        else:
            _add(cell, ids, text, style)


def _header_table(document: DocxDocument, doc: Composed, ids: _StyleIds) -> None:
    """Two columns; a second row keeps "Số" and the place and date level with each other."""
    h = doc.header
    assert h is not None
    if not (h.parent_agency or h.agency or h.number):
        # joint minutes of several agencies carry only the Quốc hiệu, centred
        _add(document, ids, h.nation, "BB Nation")
        _add(document, ids, h.motto, "BB Motto")
        _add(document, ids, rules(doc)[1], "BB Rule")
        if h.place_date:
            _add(document, ids, h.place_date, "BB Place Date")
        return
    table = _borderless_table(document, HEADER_COLUMNS_CM, rows=2)
    left: list[tuple[str, str]] = []
    if h.parent_agency:
        left.append(("BB Parent Agency", h.parent_agency))
    agency_rule, motto_rule, _summary_rule = rules(doc)
    if h.agency:
        left += [("BB Agency", h.agency), ("BB Rule", agency_rule)]
    right = [("BB Nation", h.nation), ("BB Motto", h.motto), ("BB Rule", motto_rule)]
    _cell_paragraphs(table.rows[0].cells[0], ids, left)
    _cell_paragraphs(table.rows[0].cells[1], ids, right)
    _cell_paragraphs(table.rows[1].cells[0], ids, [("BB Number", h.number)] if h.number else [])
    _cell_paragraphs(table.rows[1].cells[1], ids, [("BB Place Date", h.place_date)])


def _title(document: DocxDocument, doc: Composed, ids: _StyleIds) -> None:
    if doc.kind is Kind.NEWS:
        if doc.type_name:
            _add(document, ids, doc.type_name, "BB News Title")
        if doc.dateline:
            _add(document, ids, doc.dateline, "BB Dateline")
        return
    _add(document, ids, doc.type_name, "BB Type")
    for line in doc.summary.splitlines():
        if line.strip():
            _add(document, ids, line.strip(), "BB Summary")
    if doc.attached:
        _add(document, ids, doc.attached, "BB Attached")
    _add(document, ids, rules(doc)[2], "BB Rule")


def _body_table(document: DocxDocument, ids: _StyleIds, t: Table) -> None:
    """A bordered table, columns sized by their text; header rows repeat on each page; no row
    splits across pages; a short row's last cell spans the rest."""
    cols = t.columns
    widths = t.column_widths(16.5)
    table = document.add_table(rows=len(t.rows), cols=cols)
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False  # fixed layout: the grid's widths, as Word and LibreOffice both honour
    for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(int(Cm(width).twips)))
    for n, (row, cells) in enumerate(zip(t.rows, table.rows, strict=True)):
        trpr = cells._tr.get_or_add_trPr()
        trpr.append(OxmlElement("w:cantSplit"))
        if n < t.header_rows:
            trpr.append(OxmlElement("w:tblHeader"))
        for cell, width in zip(cells.cells, widths, strict=True):
            cell.width = Cm(width)
        if len(row) < cols:
            cells.cells[max(len(row) - 1, 0)].merge(cells.cells[cols - 1])
        style = "BB Table Header" if n < t.header_rows else "BB Table"
        for c, text in enumerate(row):
            p = ids.para(cells.cells[c].paragraphs[0], style)
            p._p.append(_run(text, None))


def _signature_lines(lines: list[str], name: str) -> list[tuple[str, str]]:
    items = [("BB Signer", lines[0] if lines else "")]
    items += [("BB Signer Name", line) for line in lines[1:]]
    items += [("BB Signer Name", "")] * 4  # room for the signature and seal
    items.append(("BB Signer Name", name))
    return items


def _recipient_lines(doc: Composed) -> list[tuple[str, str]]:
    if not doc.recipients:
        return [("BB Recipient", "")]
    items = [("BB Recipients Title", "Nơi nhận:")]
    items += [("BB Recipient", r) for r in doc.recipients]
    return items


def _no_split(table) -> None:  # type: ignore[no-untyped-def]
    for row in table.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def _signature_tables(document: DocxDocument, doc: Composed, ids: _StyleIds) -> None:
    """One borderless table per row of signatures (rows that cannot split, every paragraph kept
    with the next, so the blocks and Nơi nhận stay together on the last page)."""
    rows = doc.signature_rows()
    beside = bool(rows) and doc.recipients_beside
    for n, row in enumerate(rows):
        # (issue-8-pages) no paragraph between the rows' tables: Word and LibreOffice join
        # adjacent tables into one, whose rows keep with the next through their keepNext
        # paragraphs; LibreOffice lets a page break fall on a paragraph between two tables
        if len(row) == 1:
            table = _borderless_table(document, SIGN_COLUMNS_CM)
            left = _recipient_lines(doc) if n == 0 and beside else [("BB Recipient", "")]
            _cell_paragraphs(table.rows[0].cells[0], ids, left)
            _cell_paragraphs(
                table.rows[0].cells[1], ids, _signature_lines(row[0].lines, row[0].name)
            )
        else:
            width = 16.5 / len(row)
            table = _borderless_table(document, tuple([width] * len(row)))
            for cell, sig in zip(table.rows[0].cells, row, strict=True):
                _cell_paragraphs(cell, ids, _signature_lines(sig.lines, sig.name))
        _no_split(table)
    if doc.recipients and not beside and rows:
        # (issue-8-pages) Nơi nhận as the last row of the signatures' table, across it:
        # LibreOffice keeps a table's rows together but not a table with the next paragraph
        tr = table.add_row()
        cell = tr.cells[0].merge(tr.cells[-1]) if len(tr.cells) > 1 else tr.cells[0]
        _cell_paragraphs(cell, ids, _recipient_lines(doc))
        tr._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    elif doc.recipients and not beside:
        for style, text in _recipient_lines(doc):
            _add(document, ids, text, style)


def iter_text(data: bytes) -> Iterator[str]:
    """Every paragraph's text of a .docx, tables included, in order (for tests and checks)."""
    document = Document(io.BytesIO(data))
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            yield "".join(t.text or "" for t in child.iter(qn("w:t")))
        elif child.tag == qn("w:tbl"):
            for p in child.iter(qn("w:p")):
                yield "".join(t.text or "" for t in p.iter(qn("w:t")))
