"""Pages for print, print preview and PDF: one render path, the DOCX's layout.

A composed document becomes a ``QTextDocument`` built with ``QTextCursor`` (text is inserted
as text, never parsed as markup), laid out on A4 with the DOCX's margins and sizes, and painted
page by page on any paged device (a ``QPrinter`` from the print or preview dialog, or a
``QPdfWriter``). Page numbers are centred in the top margin from page 2 on.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLength,
    QTextLine,
    QTextTableFormat,
)

from gui.core.compose import Composed, Kind, Role, Signature, Table
from gui.core.layout import MARGINS_MM, RULE_PT, rules
from gui.core.signplace import Rect, SignatureAnchor

FONT_CANDIDATES = ("Times New Roman", "Liberation Serif", "Tinos", "DejaVu Serif")
PDF_DPI = 300
LAYOUT_DPI = 96


def font_family() -> str:
    """Times New Roman where installed, else a metric-compatible serif with Vietnamese glyphs."""
    families = set(QFontDatabase.families())
    return next((f for f in FONT_CANDIDATES if f in families), "serif")


def page_layout() -> QPageLayout:
    """A4 portrait with the DOCX's margins."""
    m = MARGINS_MM
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(m["left"], m["top"], m["right"], m["bottom"]),
        QPageLayout.Unit.Millimeter,
    )


class _Builder:
    """Builds the QTextDocument for one device resolution."""

    def __init__(self, dpi: float) -> None:
        self.dpi = dpi
        self.family = font_family()
        self.doc = QTextDocument()
        self.doc.setUndoRedoEnabled(False)
        self.doc.setDocumentMargin(0)
        base = QFont(self.family)
        base.setPointSizeF(14)
        self.doc.setDefaultFont(base)
        self.cursor = QTextCursor(self.doc)
        self.first_block = True
        self.signature_cells: list[tuple[object, int, int]] = []  # for signature_anchors()

    # Block margins and indents are in 96-dpi units, which QTextDocument's layout scales to
    # the paint device's resolution (fonts are in points already).
    def px(self, mm: float) -> float:
        return mm / 25.4 * LAYOUT_DPI

    def pt(self, points: float) -> float:
        return points / 72 * LAYOUT_DPI

    def char(self, size: float, bold: bool = False, italic: bool = False) -> QTextCharFormat:
        f = QTextCharFormat()
        f.setFontFamilies([self.family])
        f.setFontPointSize(size)
        f.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        f.setFontItalic(italic)
        return f

    def block(
        self, align: Qt.AlignmentFlag, indent: bool = False, before: float = 0
    ) -> QTextBlockFormat:
        b = QTextBlockFormat()
        b.setAlignment(align)
        # the first-line indent, unlike margins, is taken in device pixels
        b.setTextIndent(12.7 / 25.4 * self.dpi if indent else 0)
        b.setTopMargin(self.pt(before))
        b.setBottomMargin(0)
        b.setLineHeight(100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        return b

    def para(
        self,
        cursor: QTextCursor,
        text: str,
        size: float,
        bold: bool = False,
        italic: bool = False,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignJustify,
        indent: bool = False,
        before: float = 0,
        label: str = "",
    ) -> None:
        if self.first_block and cursor is self.cursor:
            cursor.setBlockFormat(self.block(align, indent, before))
            cursor.setBlockCharFormat(self.char(size, bold, italic))
            self.first_block = False
        else:
            cursor.insertBlock(self.block(align, indent, before), self.char(size, bold, italic))
        if label:
            cursor.insertText(label, self.char(size, True, italic))
            text = " " + text if text else ""
        cursor.insertText(text, self.char(size, bold, italic))

    def cell_paras(
        self,
        table: object,
        row: int,
        col: int,
        items: list[tuple[str, float, bool, bool, Qt.AlignmentFlag, float]],
    ) -> None:
        cell = table.cellAt(row, col)  # type: ignore[attr-defined]
        c = cell.firstCursorPosition()
        for i, (text, size, bold, italic, align, before) in enumerate(items):
            if i:
                c.insertBlock(self.block(align, before=before), self.char(size, bold, italic))
            else:
                c.setBlockFormat(self.block(align, before=before))
                c.setBlockCharFormat(self.char(size, bold, italic))
            c.insertText(text, self.char(size, bold, italic))

    def table(
        self, rows: int, widths: list[float], before: float = 0, border: bool = False
    ) -> object:
        fmt = QTextTableFormat()
        if border:
            fmt.setBorder(max(1.0, self.pt(0.5)))
            fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
            fmt.setBorderCollapse(True)
            fmt.setCellPadding(self.pt(3))
        else:
            fmt.setBorder(0)
            fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_None)
            fmt.setCellPadding(0)
        fmt.setCellSpacing(0)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, w) for w in widths]
        )
        fmt.setTopMargin(self.pt(before))
        if self.first_block:
            self.first_block = False
        table = self.cursor.insertTable(rows, len(widths), fmt)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        return table


C = Qt.AlignmentFlag.AlignHCenter
L = Qt.AlignmentFlag.AlignLeft
R = Qt.AlignmentFlag.AlignRight
J = Qt.AlignmentFlag.AlignJustify


def build_document(doc: Composed, dpi: float) -> QTextDocument:
    """The composed document as a QTextDocument for a device of ``dpi``."""
    return _build(doc, dpi).doc


def _build(doc: Composed, dpi: float) -> _Builder:
    b = _Builder(dpi)
    agency_rule, motto_rule, summary_rule = rules(doc)
    cur = b.cursor
    if doc.header and not (doc.header.parent_agency or doc.header.agency or doc.header.number):
        h = doc.header  # joint minutes: only the Quốc hiệu, centred
        b.para(cur, h.nation, 13, bold=True, align=C)
        b.para(cur, h.motto, 14, bold=True, align=C)
        b.para(cur, motto_rule, RULE_PT, align=C)
        if h.place_date:
            b.para(cur, h.place_date, 14, italic=True, align=C, before=6)
    elif doc.header:
        h = doc.header
        t = b.table(2, [39.4, 60.6])
        left = [(h.parent_agency, 13, False, False, C, 0)] if h.parent_agency else []
        if h.agency:
            left += [(h.agency, 13, True, False, C, 0), (agency_rule, RULE_PT, False, False, C, 0)]
        b.cell_paras(t, 0, 0, left)
        b.cell_paras(
            t,
            0,
            1,
            [
                (h.nation, 13, True, False, C, 0),
                (h.motto, 14, True, False, C, 0),
                (motto_rule, RULE_PT, False, False, C, 0),
            ],
        )
        b.cell_paras(t, 1, 0, [(h.number, 13, False, False, C, 6)])
        b.cell_paras(t, 1, 1, [(h.place_date, 14, False, True, C, 6)])
    if doc.kind is Kind.NEWS:
        if doc.type_name:
            b.para(cur, doc.type_name, 14, bold=True, align=C)
        if doc.dateline:
            b.para(cur, doc.dateline, 12, italic=True, align=L, before=6)
    else:
        b.para(cur, doc.type_name, 14, bold=True, align=C, before=18)
        for line in doc.summary.splitlines():
            if line.strip():
                b.para(cur, line.strip(), 14, bold=True, align=C)
        b.para(cur, summary_rule, RULE_PT, align=C)
    for p in doc.body:
        if isinstance(p, Table):
            _body_table(b, p)
            continue
        bold = p.role in (Role.HEADING, Role.SUBHEADING)
        italic = p.italic or p.role is Role.TOPIC
        b.para(
            cur, p.text, 14, bold=bold, italic=italic, align=J, indent=True, before=6, label=p.label
        )
    if doc.author:
        b.para(cur, doc.author, 14, bold=True, align=R, before=12)
    if doc.signatures or doc.recipients:
        _signatures(b, doc)
    return b


def _body_table(b: _Builder, t: Table) -> None:
    """A bordered table, columns sized by their text; a short row's last cell spans the rest."""
    cols = t.columns
    table = b.table(
        len(t.rows), [w / 16.5 * 100 for w in t.column_widths(16.5)], before=6, border=True
    )
    fmt = table.format()  # type: ignore[attr-defined]
    fmt.setHeaderRowCount(t.header_rows)
    table.setFormat(fmt)  # type: ignore[attr-defined]
    for r, row in enumerate(t.rows):
        header = r < t.header_rows
        for c, text in enumerate(row):
            b.cell_paras(table, r, c, [(text, 13.0, header, False, C if header else L, 0.0)])
    for r, row in enumerate(t.rows):  # after the text: formatting a merged cell splits it again
        if len(row) < cols:
            table.mergeCells(r, max(len(row) - 1, 0), 1, cols - len(row) + 1)  # type: ignore[attr-defined]


def _sign_items(
    lines: list[str], name: str
) -> list[tuple[str, float, bool, bool, Qt.AlignmentFlag, float]]:
    items = [(line, 14.0, True, False, C, 12.0 if i == 0 else 0.0) for i, line in enumerate(lines)]
    items += [("", 14.0, True, False, C, 0.0)] * 4
    items.append((name, 14.0, True, False, C, 0.0))
    return items


def _recipient_items(doc: Composed) -> list[tuple[str, float, bool, bool, Qt.AlignmentFlag, float]]:
    if not doc.recipients:
        return [("", 11.0, False, False, L, 0.0)]
    items = [("Nơi nhận:", 12.0, True, True, L, 12.0)]
    items += [(r, 11.0, False, False, L, 0.0) for r in doc.recipients]
    return items


def _signatures(b: _Builder, doc: Composed) -> None:
    rows: list[list[Signature]] = doc.signature_rows()
    beside = bool(rows) and doc.recipients_beside
    for n, row in enumerate(rows):
        if len(row) == 1:
            t = b.table(1, [39.4, 60.6], before=12)
            left = (
                _recipient_items(doc) if n == 0 and beside else [("", 11.0, False, False, L, 0.0)]
            )
            b.cell_paras(t, 0, 0, left)
            b.cell_paras(t, 0, 1, _sign_items(row[0].lines, row[0].name))
            b.signature_cells.append((t, 0, 1))
        else:
            t = b.table(1, [100 / len(row)] * len(row), before=12)
            for col, s in enumerate(row):
                b.cell_paras(t, 0, col, _sign_items(s.lines, s.name))
                b.signature_cells.append((t, 0, col))
    if doc.recipients and not beside:
        t2 = b.table(1, [50, 50])
        b.cell_paras(t2, 0, 0, _recipient_items(doc))


def paint(doc: Composed, device: QPagedPaintDevice) -> int:
    """Lay out ``doc`` on ``device``'s pages and paint them; return the page count.

    The device must use ``page_layout()`` (the print dialogs keep what the user chose).
    """
    dpi = device.logicalDpiY()
    width, height = device.width(), device.height()
    text, scale, _metrics = _layout(doc, device, dpi, width, height)
    pages = text.pageCount()
    lines_by_page = _lines_by_page(text, height / scale, pages)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start painting on the device")
    try:
        number_font = QFont(font_family())
        number_font.setPointSizeF(13)
        top_margin = MARGINS_MM["top"] / 25.4 * dpi
        for page in range(pages):
            if page:
                device.newPage()
                painter.save()
                painter.setFont(number_font)
                painter.drawText(
                    QRectF(0, -top_margin, width, top_margin),
                    Qt.AlignmentFlag.AlignCenter,
                    str(page + 1),
                )
                painter.restore()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -page * height / scale)
            for line, origin in lines_by_page[page]:
                line.draw(painter, origin)
            painter.restore()
    finally:
        painter.end()
    return pages


MAX_LAYOUT_HEIGHT = 0.9 * 2**23
"""QTextDocument's layout coordinates break down near 2**23 device pixels (about 2,760 A4
pages at 300 dpi): blocks further down get position 0 and painting them crashed (C6)."""

LOW_RES_FACTOR = 8


def _layout(
    doc: Composed, device: QPagedPaintDevice, dpi: int, width: float, height: float
) -> tuple[QTextDocument, float, object]:
    """(laid-out document, painter scale, metrics device to keep alive).

    A document too tall for the layout's coordinates at the device's resolution is laid out
    at 1/8 of it, measured on an image of that resolution, and painted scaled up.
    """
    text = build_document(doc, dpi)
    text.documentLayout().setPaintDevice(device)  # type: ignore[arg-type]
    text.setPageSize(QSizeF(width, height))
    if text.pageCount() * height < MAX_LAYOUT_HEIGHT:
        return text, 1.0, None
    low = max(1, dpi // LOW_RES_FACTOR)
    scale = dpi / low
    metrics = QImage(1, 1, QImage.Format.Format_Mono)
    metrics.setDotsPerMeterX(round(low / 0.0254))
    metrics.setDotsPerMeterY(round(low / 0.0254))
    text = build_document(doc, low)
    text.documentLayout().setPaintDevice(metrics)
    text.setPageSize(QSizeF(width / scale, height / scale))
    if text.pageCount() * height / scale >= MAX_LAYOUT_HEIGHT:
        raise OSError("the document is too long to lay out as PDF")
    return text, scale, metrics


def _lines_by_page(
    text: QTextDocument, height: float, pages: int
) -> list[list[tuple[QTextLine, QPointF]]]:
    """Every laid-out line, on the page where it starts.

    Painting line by line (rather than clipping the whole document per page) writes each
    line into the PDF exactly once: no hidden copies of a paragraph split by a page break.
    """
    layout = text.documentLayout()
    out: list[list[tuple[QTextLine, QPointF]]] = [[] for _ in range(pages)]
    block = text.begin()
    while block.isValid():
        origin = layout.blockBoundingRect(block).topLeft()
        lines = block.layout()
        for i in range(lines.lineCount()):
            line = lines.lineAt(i)
            page = min(pages - 1, max(0, int((origin.y() + line.y() + 0.5) // height)))
            out[page].append((line, origin))
        block = block.next()
    return out


def render_pdf(doc: Composed) -> bytes:
    """The composed document as PDF bytes (A4, the DOCX's margins and sizes)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout())
    writer.setTitle(" ".join(x for x in (doc.type_name, doc.summary) if x))
    writer.setCreator("Bienban")
    paint(doc, writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())


# --- where the signature columns land, for digital signing (gui/core/signing.py) ------------


def signature_anchors(doc: Composed) -> list[SignatureAnchor]:
    """Each signature column of ``render_pdf(doc)``, left to right, in PDF points.

    Lays the document out exactly as ``render_pdf`` does (same builder, a ``QPdfWriter`` of
    the same resolution and page layout, nothing painted) and measures, in each signature
    cell, the position lines, the empty lines left for the signature, and the name.
    Relies on: ``_sign_items`` (position lines, then 4 empty lines, then the name, one block
    each), ``_Builder.signature_cells`` filled by ``_signatures``, ``paint``'s page split
    (page = y // device height) and the writer's origin at the top-left margin.
    """
    writer = QPdfWriter(QBuffer())
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout())
    builder = _build(doc, PDF_DPI)
    text = builder.doc
    text.documentLayout().setPaintDevice(writer)  # type: ignore[arg-type]
    height = writer.height()
    text.setPageSize(QSizeF(writer.width(), height))
    layout = text.documentLayout()
    scale = 72 / PDF_DPI
    page_h_pt = page_layout().fullRect(QPageLayout.Unit.Point).height()
    left_pt = MARGINS_MM["left"] / 25.4 * 72
    top_pt = MARGINS_MM["top"] / 25.4 * 72
    anchors = []
    signatures = [s for row in doc.signature_rows() for s in row]
    for (table, row, col), signature in zip(builder.signature_cells, signatures, strict=False):
        cell = table.cellAt(row, col)  # type: ignore[attr-defined]
        end = cell.lastCursorPosition().position()
        block = cell.firstCursorPosition().block()
        rects: list[QRectF] = []
        column = QRectF()
        while block.isValid() and block.position() <= end:
            box = layout.blockBoundingRect(block)
            column = column.united(box) if column.isValid() else box
            lines = block.layout()
            line_rects = [
                lines.lineAt(i).rect().translated(box.topLeft()) for i in range(lines.lineCount())
            ]
            rects.append(_union(line_rects) if line_rects else QRectF(box))
            block = block.next()
        n = len(signature.lines)
        position = _union(rects[:n])
        name = rects[-1]
        page = min(text.pageCount() - 1, int((name.center().y()) // height))
        blank = QRectF(
            column.left(), position.bottom(), column.width(), name.top() - position.bottom()
        )

        def pdf_rect(r: QRectF, page: int = page) -> Rect:
            y_top = top_pt + (r.top() - page * height) * scale
            y_bottom = top_pt + (r.bottom() - page * height) * scale
            return Rect(
                left_pt + r.left() * scale,
                page_h_pt - y_bottom,
                left_pt + r.right() * scale,
                page_h_pt - y_top,
            )

        anchors.append(
            SignatureAnchor(
                page=page,
                column=pdf_rect(column),
                position=pdf_rect(position),
                blank=pdf_rect(blank),
                name=pdf_rect(name),
                name_text=signature.name,
            )
        )
    return anchors


def _union(rects: list[QRectF]) -> QRectF:
    out = QRectF(rects[0])
    for r in rects[1:]:
        out = out.united(r)
    return out
