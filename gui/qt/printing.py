"""Pages for print, print preview and PDF: one layout, one pagination, one render path.

A composed document is laid out once, at a fixed resolution (``LAYOUT_DPI``) whatever device
it is painted on, so the side preview (a screen-resolution printer), the print preview and
print (a high-resolution printer) and the PDF (a ``QPdfWriter``) break pages in the same
places. Text goes through ``QTextDocument`` (inserted as text with ``QTextCursor``, never
parsed as markup); the pages are not ``QTextDocument``'s own pagination, which has no
keep-with-next, but this module's, which follows the decree's practice as the DOCX does:

- a heading (and a table's header rows) stays with what follows: it never ends a page;
- a paragraph splits only with two lines or more on each side (widows and orphans);
- the last body paragraph (kept whole), the signature rows and Nơi nhận stay together, moved
  to the next page together when they do not fit;
- a signature row (the blocks side by side, each title with its name) and a table row never
  split; a table's header rows repeat at the top of each page the table continues on.

The flow is laid out and paginated piece by piece: body paragraphs go into small
``QTextDocument`` chunks, each page is painted as soon as its breaks are decided, and what is
painted is dropped, so a 20,000-task notice is never held in one layout (QTextDocument's
coordinates also overflow near 2^23 units, which crashed long exports). Lines are painted
one by one, each on the page where it lies: no text is painted clipped and hidden. A chunk
painted once keeps the glyphs its layout shaped, so painting does not shape the text again.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLineF,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLayout,
)

from gui.core.compose import Composed, Kind, Paragraph, Role, Signature, Table
from gui.core.layout import MARGINS_MM, RULE_PT, rules
from gui.core.signplace import Rect as SignRect
from gui.core.signplace import SignatureAnchor

FONT_CANDIDATES = ("Times New Roman", "Liberation Serif", "Tinos", "DejaVu Serif")
LAYOUT_DPI = 1200
"""Every page is laid out at this resolution and scaled to the device it is painted on."""
PDF_DPI = LAYOUT_DPI  # the PDF needs no scaling (Qt's PDF engine draws scaled text slower)
PT = LAYOUT_DPI / 72  # layout units per point
FREE, SOFT, HARD = 0, 1, 2
"""How a box keeps with the next: not; unless the kept chain is taller than a page (the
last paragraph, the signature rows and Nơi nhận); always (a heading never ends a page)."""
CHUNK_PARAGRAPHS = 200
"""Body paragraphs laid out together in one QTextDocument (about ten pages)."""
CHUNK_CHARS = 100_000
"""At most about this many characters in one chunk (the last paragraph may pass it): a chunk
holds its glyphs until it is painted, some 60 bytes a character."""
FIRST_LINE_INDENT_MM = 12.7
BODY_PT = 14.0
CELL_PADDING_PT = (5.4, 1.0)  # a bordered table's cell padding: Word's 0.19 cm left and right
BORDER_PT = 0.5
SIGN_ROOM_LINES = 4  # empty lines between a signature's title and the name
PAGE_NUMBER_PT = 13.0


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


# --- what pagination reports ----------------------------------------------------------------

Rect = tuple[float, float, float, float]
"""(x, y, width, height) in points from the top-left corner of the page."""


@dataclass(frozen=True)
class SignatureBox:
    """Where a signature block lands: its page and rectangles in points.

    Rectangles are ``(x, y, width, height)`` from the page's top-left corner (the sheet, not
    the text area); ``pdf_rect`` converts one to PDF user space (origin bottom-left), as
    pyHanko's ``SigFieldSpec.box`` takes it.
    """

    index: int  # in ``Composed.signatures``
    page: int  # from 0
    block: Rect  # the whole block: title, room, name
    title: Rect  # the title lines ("TM. …", "CHỦ TỌA", …)
    room: Rect  # the empty room for the signature and seal
    name: Rect  # the signer's name line
    page_height: float  # the sheet's height in points

    def pdf_rect(self, rect: Rect) -> tuple[float, float, float, float]:
        """``rect`` as (x0, y0, x1, y1) in PDF user space (origin at the bottom-left)."""
        x, y, w, h = rect
        return (x, self.page_height - y - h, x + w, self.page_height - y)


@dataclass
class Pagination:
    """The pages of one render: how many, what each holds, where the signatures are."""

    count: int = 0
    pages: list[list[str]] = field(default_factory=list)
    """Per page, its pieces: ``"body 12"`` (a whole element), ``"body 12 lines 0-3"``
    (part of a paragraph), ``"table 4 row 7"``, ``"signatures 0"``, ``"recipients"`` …"""
    signatures: list[SignatureBox] = field(default_factory=list)
    more: bool = False
    """Painting stopped at ``max_pages`` with more of the document to come."""


# --- laying text out ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Spec:
    """One paragraph to lay out."""

    text: str
    size: float = BODY_PT
    bold: bool = False
    italic: bool = False
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignJustify
    indent: bool = False
    before: float = 0.0  # points
    label: str = ""

    def style(self) -> tuple[float, bool, bool, int, bool]:
        return (self.size, self.bold, self.italic, int(self.align.value), self.indent)


C = Qt.AlignmentFlag.AlignHCenter
L = Qt.AlignmentFlag.AlignLeft
R = Qt.AlignmentFlag.AlignRight
J = Qt.AlignmentFlag.AlignJustify


def _plain(text: str) -> str:
    """A paragraph's text for one block: its line breaks as line separators (U+2028)."""
    if "\n" in text or "\r" in text or "\u2029" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n")
        text = text.replace("\n", "\u2028")
    return text


class _Para:
    """A laid-out paragraph: its height and (read when needed) its lines' tops, in layout
    units."""

    __slots__ = ("_tops", "before", "doc", "height", "layout", "px", "py", "y0")

    def __init__(self, doc: QTextDocument, layout: QTextLayout, before: float) -> None:
        self.doc = doc  # keeps the layout alive
        self.layout = layout
        self.before = before
        n = layout.lineCount()
        self.y0 = layout.lineAt(0).y()
        last = layout.lineAt(n - 1)
        self.height = last.y() + last.height() - self.y0
        self._tops: list[float] | None = [0.0] if n == 1 else None
        at = layout.position()  # the block's place in its chunk
        self.px, self.py = at.x(), at.y()

    @property
    def tops(self) -> list[float]:
        """Each line's top, from the first line's (most paragraphs never need them)."""
        if self._tops is None:
            layout = self.layout
            self._tops = [layout.lineAt(i).y() - self.y0 for i in range(layout.lineCount())]
        return self._tops

    def draw(self, painter: QPainter, x: float, y: float, y0: float, y1: float) -> None:
        """Paint the lines whose top lies in [y0, y1) with the paragraph's top at ``y - y0``."""
        if y0 <= 0 and y1 >= self.height:  # the whole paragraph: one call
            self.layout.draw(painter, QPointF(x - self.px, y - y0 - self.y0 - self.py))
            return
        origin = QPointF(x, y - y0 - self.y0)
        for i, top in enumerate(self.tops):
            if y0 - 0.5 <= top < y1 - 0.5:
                self.layout.lineAt(i).draw(painter, origin)


class LayoutCache:
    """Paragraphs laid out by one render, kept for the next: re-rendering after an edit lays
    out only the paragraphs that changed (the side preview's refresh). A paragraph's layout
    depends only on its text, style and width, never on its neighbours, so the pages are the
    same as without the cache. What a render did not use is dropped when it ends."""

    def __init__(self) -> None:
        self._kept: dict[tuple[_Spec, float], _Para] = {}
        self._used: dict[tuple[_Spec, float], _Para] = {}

    def get(self, key: tuple[_Spec, float]) -> _Para | None:
        para = self._used.get(key) or self._kept.get(key)
        if para is not None:
            self._used[key] = para
        return para

    def put(self, key: tuple[_Spec, float], para: _Para) -> None:
        self._used[key] = para

    def finish(self) -> None:
        """The render is done: keep what it used, drop the rest."""
        self._kept, self._used = self._used, {}


class _Measure:
    """Lays paragraphs out at ``LAYOUT_DPI`` (on a 1×1 image of that resolution)."""

    def __init__(self, cache: LayoutCache | None = None) -> None:
        self.cache = cache
        self.device = QImage(1, 1, QImage.Format.Format_Mono)
        dots_per_metre = round(LAYOUT_DPI / 0.0254)
        self.device.setDotsPerMeterX(dots_per_metre)
        self.device.setDotsPerMeterY(dots_per_metre)
        self.family = font_family()
        self._chars: dict[tuple[float, bool, bool], QTextCharFormat] = {}
        self._blocks: dict[tuple[int, bool], QTextBlockFormat] = {}
        # the first-line indent is taken in device units, unlike the other block measures
        self.indent = FIRST_LINE_INDENT_MM / 25.4 * LAYOUT_DPI

    def char(self, size: float, bold: bool, italic: bool) -> QTextCharFormat:
        key = (size, bold, italic)
        f = self._chars.get(key)
        if f is None:
            f = QTextCharFormat()
            f.setFontFamilies([self.family])
            f.setFontPointSize(size)
            f.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
            f.setFontItalic(italic)
            self._chars[key] = f
        return f

    def block(self, align: Qt.AlignmentFlag, indent: bool) -> QTextBlockFormat:
        key = (int(align.value), indent)
        b = self._blocks.get(key)
        if b is None:
            b = QTextBlockFormat()
            b.setAlignment(align)
            b.setTextIndent(self.indent if indent else 0)
            b.setTopMargin(0)
            b.setBottomMargin(0)
            b.setLineHeight(100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            self._blocks[key] = b
        return b

    def paragraphs(self, specs: list[_Spec], width: float) -> list[_Para]:
        """Lay ``specs`` out ``width`` units wide: those the cache does not hold, in one
        document."""
        cache = self.cache
        if cache is None:
            return self._lay_out(specs, width)
        found = [cache.get((spec, width)) for spec in specs]
        missing = [spec for spec, para in zip(specs, found, strict=True) if para is None]
        laid = iter(self._lay_out(missing, width) if missing else [])
        out: list[_Para] = []
        for spec, para in zip(specs, found, strict=True):
            if para is None:
                para = next(laid)
                cache.put((spec, width), para)
            out.append(para)
        return out

    def _lay_out(self, specs: list[_Spec], width: float) -> list[_Para]:
        """Lay ``specs`` out ``width`` units wide, in one document (runs of paragraphs in the
        same style are inserted in one call: building is most of the time)."""
        doc = QTextDocument()
        doc.setUndoRedoEnabled(False)
        doc.setDocumentMargin(0)
        doc.setUseDesignMetrics(True)
        base = QFont(self.family)
        base.setPointSizeF(BODY_PT)
        doc.setDefaultFont(base)
        doc.setPageSize(QSizeF(0, 0))  # no layout while the text goes in, nor at the screen's dpi
        cursor = QTextCursor(doc)
        first = True
        for (_style, labelled), group in itertools.groupby(
            specs, key=lambda s: (s.style(), bool(s.label))
        ):
            items = list(group)
            spec = items[0]
            char = self.char(spec.size, spec.bold, spec.italic)
            block = self.block(spec.align, spec.indent)
            for run in [[s] for s in items] if labelled else [items]:
                if first:
                    cursor.setBlockFormat(block)
                    cursor.setBlockCharFormat(char)
                    first = False
                else:
                    cursor.insertBlock(block, char)
                if labelled:
                    [s] = run
                    cursor.insertText(_plain(s.label), self.char(s.size, True, s.italic))
                    if s.text:
                        cursor.insertText(" " + _plain(s.text), char)
                else:  # "\n" starts a new block in the same formats
                    cursor.insertText("\n".join(_plain(s.text) for s in run), char)
        layouts = []
        block = doc.begin()
        while block.isValid():
            layouts.append(block.layout())
            block = block.next()
        if self.cache is None:
            # painted once and dropped: each paragraph keeps its shaped glyphs from the layout
            # for the painting, which otherwise shapes the whole text a second time
            for layout in layouts:
                layout.setCacheEnabled(True)
        doc.documentLayout().setPaintDevice(self.device)  # type: ignore[arg-type]
        doc.setTextWidth(width)
        doc.documentLayout().documentSize()  # lays the whole chunk out now
        return [
            _Para(doc, layout, spec.before * PT)
            for spec, layout in zip(specs, layouts, strict=True)
        ]


# --- boxes: what the pages are made of --------------------------------------------------------


@dataclass(eq=False)
class _TableRun:
    """A body table being paginated: its header rows, repeated on each page it continues on."""

    header: list[_Box] = field(default_factory=list)


class _Box:
    """A piece of the flow: a paragraph, a table row, a signature row, the recipients.

    ``cuts`` are the offsets inside it where a page may end; ``lines`` every line boundary,
    for when nothing else fits (a paragraph kept whole but longer than a page).
    """

    key = ""
    before = 0.0
    height = 0.0
    keep = FREE
    table: _TableRun | None = None
    header_row = False

    def cuts(self, relaxed: bool = False) -> list[float]:
        return []

    def lines(self) -> list[float]:
        return []

    def draw(self, painter: QPainter, x: float, y: float, y0: float, y1: float) -> None:
        raise NotImplementedError

    def signature_rects(self) -> list[tuple[int, Rect, Rect, Rect, Rect]]:
        """(index, block, title, room, name) in layout units from the box's top-left."""
        return []

    def line_range(self, y0: float, y1: float) -> tuple[int, int]:
        lines = [0.0, *self.lines()]
        inside = [n for n, top in enumerate(lines) if y0 - 0.5 <= top < y1 - 0.5]
        return (inside[0], inside[-1]) if inside else (0, -1)


class _ParaBox(_Box):
    """A body paragraph (or a title line): splits between lines, two or more on each side."""

    def __init__(self, key: str, para: _Para, keep: int = FREE, whole: bool = False) -> None:
        self.key = key
        self.para = para
        self.before = para.before
        self.height = para.height
        self.keep = keep
        self.whole = whole

    def cuts(self, relaxed: bool = False) -> list[float]:
        tops = self.para.tops
        if (self.whole and not relaxed) or len(tops) < 4:
            return []
        return tops[2 : len(tops) - 1]

    def lines(self) -> list[float]:
        return self.para.tops[1:]

    def draw(self, painter: QPainter, x: float, y: float, y0: float, y1: float) -> None:
        self.para.draw(painter, x, y, y0, y1)


@dataclass(eq=False)
class _Cell:
    x: float
    width: float
    paras: list[tuple[float, _Para]]  # (top inside the cell's text area, paragraph)
    height: float


class _RowBox(_Box):
    """A row of cells that never splits (unless it is taller than a page)."""

    def __init__(
        self,
        key: str,
        cells: list[_Cell],
        before: float = 0.0,
        border: bool = False,
        padding: tuple[float, float] = (0.0, 0.0),
        keep: int = FREE,
    ) -> None:
        self.key = key
        self.cells = cells
        self.before = before
        self.border = border
        self.pad_x, self.pad_y = padding
        self.height = max((c.height for c in cells), default=0.0) + 2 * self.pad_y
        self.keep = keep
        self.signatures: list[tuple[int, int, int, int]] = []  # (index, cell, first name para)

    def lines(self) -> list[float]:
        """Offsets where no cell has a line across (the cells' common line boundaries)."""
        spans = [
            (self.pad_y + top + p.tops[i], self.pad_y + top + p.tops[i] + _line_h(p, i))
            for c in self.cells
            for top, p in c.paras
            for i in range(len(p.tops))
        ]
        candidates = sorted({a for a, _ in spans if a > 0.5})
        return [y for y in candidates if not any(a + 0.5 < y < b - 0.5 for a, b in spans)]

    def draw(self, painter: QPainter, x: float, y: float, y0: float, y1: float) -> None:
        for c in self.cells:
            for top, p in c.paras:
                at = self.pad_y + top
                lo, hi = max(y0 - at, 0.0), min(y1 - at, p.height)
                if hi > lo:
                    p.draw(painter, x + c.x + self.pad_x, y + max(at - y0, 0.0), lo, hi)
        if self.border:
            top, bottom = y, y + min(y1, self.height) - y0
            pen = QPen(QColor(0, 0, 0))
            pen.setWidthF(BORDER_PT * PT)
            painter.save()
            painter.setPen(pen)
            left = x + self.cells[0].x
            right = x + self.cells[-1].x + self.cells[-1].width
            if y0 <= 0:
                painter.drawLine(QLineF(left, top, right, top))
            if y1 >= self.height:
                painter.drawLine(QLineF(left, bottom, right, bottom))
            for c in self.cells:
                painter.drawLine(QLineF(x + c.x, top, x + c.x, bottom))
            painter.drawLine(QLineF(right, top, right, bottom))
            painter.restore()

    def signature_rects(self) -> list[tuple[int, Rect, Rect, Rect, Rect]]:
        out = []
        for index, cell_no, first_title, name_at in self.signatures:
            c = self.cells[cell_no]
            x, w = c.x, c.width
            t_top = self.pad_y + c.paras[first_title][0]
            t_bottom = self.pad_y + c.paras[name_at - SIGN_ROOM_LINES - 1][0]
            t_bottom += c.paras[name_at - SIGN_ROOM_LINES - 1][1].height
            n_top, name = c.paras[name_at]
            n_top += self.pad_y
            n_bottom = n_top + name.height
            out.append(
                (
                    index,
                    (x, t_top, w, n_bottom - t_top),
                    (x, t_top, w, t_bottom - t_top),
                    (x, t_bottom, w, n_top - t_bottom),
                    (x, n_top, w, n_bottom - n_top),
                )
            )
        return out


def _line_h(p: _Para, i: int) -> float:
    return (p.tops[i + 1] if i + 1 < len(p.tops) else p.height) - p.tops[i]


# --- the flow of a composed document ----------------------------------------------------------


class _Flow:
    """The boxes of a composed document, in order, laid out as they are asked for."""

    def __init__(self, doc: Composed, measure: _Measure, width: float) -> None:
        self.doc = doc
        self.m = measure
        self.width = width

    def cell(self, x: float, width: float, specs: list[_Spec]) -> _Cell:
        paras = self.m.paragraphs(specs, width) if specs else []
        placed, y = [], 0.0
        for p in paras:
            y += p.before  # a cell's first paragraph keeps its space, as in Word
            placed.append((y, p))
            y += p.height
        return _Cell(x, width, placed, y)

    def columns(self, percents: list[float]) -> list[tuple[float, float]]:
        out, x = [], 0.0
        for p in percents:
            w = self.width * p / 100
            out.append((x, w))
            x += w
        return out

    def __iter__(self) -> Iterator[_Box]:
        doc = self.doc
        yield from self.header()
        yield from self.title()
        body = doc.body
        ends_with_signatures = bool(doc.signatures or doc.recipients)
        last = len(body) - 1
        i = 0
        while i <= last:
            element = body[i]
            if isinstance(element, Table):
                yield from self.table(i, element, keep_last=ends_with_signatures and i == last)
                i += 1
                continue
            j, chars = i, 0
            while j <= last and j - i < CHUNK_PARAGRAPHS and chars < CHUNK_CHARS:
                element = body[j]
                if not isinstance(element, Paragraph):
                    break
                chars += len(element.text)
                j += 1
            paragraphs = [p for p in body[i:j] if isinstance(p, Paragraph)]
            laid = self.m.paragraphs([_body_spec(p) for p in paragraphs], self.width)
            for n, (p, para) in enumerate(zip(paragraphs, laid, strict=True)):
                at = i + n
                the_last = ends_with_signatures and at == last
                keep = HARD if p.keep_with_next else SOFT if the_last else FREE
                yield _ParaBox(f"body {at}", para, keep, whole=the_last)
            i = j
        if doc.author:
            [para] = self.m.paragraphs(
                [_Spec(doc.author, bold=True, align=R, before=12)], self.width
            )
            yield _ParaBox("author", para)
        yield from self.signatures()

    def header(self) -> Iterator[_Box]:
        doc = self.doc
        h = doc.header
        if h is None:
            return
        agency_rule, motto_rule, _ = rules(doc)
        if not (h.parent_agency or h.agency or h.number):  # joint minutes: the Quốc hiệu only
            specs = [
                _Spec(h.nation, 13, True, align=C),
                _Spec(h.motto, 14, True, align=C),
                _Spec(motto_rule, RULE_PT, align=C),
            ]
            if h.place_date:
                specs.append(_Spec(h.place_date, 14, italic=True, align=C, before=6))
            for n, para in enumerate(self.m.paragraphs(specs, self.width)):
                yield _ParaBox(f"header {n}", para, HARD, whole=True)
            return
        (x0, w0), (x1, w1) = self.columns([39.4, 60.6])
        left = [_Spec(h.parent_agency, 13, align=C)] if h.parent_agency else []
        if h.agency:
            left += [_Spec(h.agency, 13, True, align=C), _Spec(agency_rule, RULE_PT, align=C)]
        right = [
            _Spec(h.nation, 13, True, align=C),
            _Spec(h.motto, 14, True, align=C),
            _Spec(motto_rule, RULE_PT, align=C),
        ]
        yield _RowBox("header 0", [self.cell(x0, w0, left), self.cell(x1, w1, right)], keep=HARD)
        number = [_Spec(h.number, 13, align=C, before=6)]
        place = [_Spec(h.place_date, 14, italic=True, align=C, before=6)]
        yield _RowBox("header 1", [self.cell(x0, w0, number), self.cell(x1, w1, place)], keep=HARD)

    def title(self) -> Iterator[_Box]:
        doc = self.doc
        if doc.kind is Kind.NEWS:
            specs = []
            if doc.type_name:
                specs.append(_Spec(doc.type_name, 14, True, align=C))
            if doc.dateline:
                specs.append(_Spec(doc.dateline, 12, italic=True, align=L, before=6))
        else:
            specs = [_Spec(doc.type_name, 14, True, align=C, before=18)]
            specs += [
                _Spec(line.strip(), 14, True, align=C)
                for line in doc.summary.splitlines()
                if line.strip()
            ]
            if doc.attached:  # an annex: "(Kèm theo …)", italic (NĐ 30, Phụ lục I, III.1c)
                specs.append(_Spec(doc.attached, 13, italic=True, align=C, before=6))
            specs.append(_Spec(rules(doc)[2], RULE_PT, align=C))
        for n, para in enumerate(self.m.paragraphs(specs, self.width) if specs else []):
            yield _ParaBox(f"title {n}", para, HARD, whole=True)

    def table(self, at: int, t: Table, keep_last: bool) -> Iterator[_Box]:
        cols = t.columns
        weights = []
        for c in range(cols):
            longest = max((len(row[c]) for row in t.rows if c < len(row)), default=0)
            weights.append(min(max(longest, 4), 60) ** 0.5)
        if t.widths and len(t.widths) == cols:  # set by the composer (an annex's tasks)
            weights = list(t.widths)
        total = sum(weights) or 1
        columns = self.columns([100 * w / total for w in weights])
        pad_x, pad_y = (p * PT for p in CELL_PADDING_PT)
        run = _TableRun()
        for r, row in enumerate(t.rows):
            if not row:
                continue
            header = r < t.header_rows
            cells = []
            for c, text in enumerate(row):
                x, w = columns[c]
                if c == len(row) - 1 and len(row) < cols:  # a short row's last cell spans
                    w = columns[-1][0] + columns[-1][1] - x
                spec = _Spec(text, 13, header, align=C if header else L)
                cells.append(self.cell(x, w - 2 * pad_x, [spec]))
                cells[-1].width = w
            box = _RowBox(
                f"table {at} row {r}",
                cells,
                before=6 * PT if r == 0 else 0.0,
                border=True,
                padding=(pad_x, pad_y),
                keep=HARD if header else SOFT if keep_last and r == len(t.rows) - 1 else FREE,
            )
            box.table = run
            box.header_row = header
            if header:
                run.header.append(box)
            yield box

    def signatures(self) -> Iterator[_Box]:
        doc = self.doc
        rows = doc.signature_rows()
        beside = bool(rows) and doc.recipients_beside
        recipients_after = bool(doc.recipients) and not beside
        index = 0
        for n, row in enumerate(rows):
            cells = []
            signed: list[tuple[int, int, int, int]] = []
            if len(row) == 1:
                (x0, w0), (x1, w1) = self.columns([39.4, 60.6])
                left = _recipient_specs(doc) if n == 0 and beside else []
                cells.append(self.cell(x0, w0, left))
                places = [(x1, w1)]
            else:
                places = self.columns([100 / len(row)] * len(row))
            for (x, w), s in zip(places, row, strict=True):
                specs = _sign_specs(s)
                signed.append((index, len(cells), 0, len(specs) - 1))
                cells.append(self.cell(x, w, specs))
                index += 1
            last_row = n == len(rows) - 1
            box = _RowBox(
                f"signatures {n}",
                cells,
                keep=SOFT if not last_row or recipients_after else FREE,
            )
            box.signatures = signed
            yield box
        if recipients_after or (doc.recipients and not rows):
            cell = self.cell(0, self.width, _recipient_specs(doc))
            yield _RowBox("recipients", [cell])


def _body_spec(p: Paragraph) -> _Spec:
    bold = p.role in (Role.HEADING, Role.SUBHEADING)
    italic = p.italic or p.role is Role.TOPIC
    return _Spec(p.text, BODY_PT, bold, italic, J, indent=True, before=6, label=p.label)


def _sign_specs(s: Signature) -> list[_Spec]:
    lines = s.lines or [""]
    specs = [
        _Spec(line, 14, True, align=C, before=12 if i == 0 else 0) for i, line in enumerate(lines)
    ]
    specs += [_Spec("", 14, True, align=C)] * SIGN_ROOM_LINES
    specs.append(_Spec(s.name, 14, True, align=C))
    return specs


def _recipient_specs(doc: Composed) -> list[_Spec]:
    if not doc.recipients:
        return []
    specs = [_Spec("Nơi nhận:", 12, True, True, L, before=12)]
    specs += [_Spec(r, 11, align=L) for r in doc.recipients]
    return specs


# --- pagination -----------------------------------------------------------------------------


@dataclass(eq=False)
class _Piece:
    """The part [start, end) of a box on a page, its top at ``y`` on the page."""

    box: _Box
    start: float
    end: float
    y: float = 0.0


class _Paginator:
    """Decides the page breaks, page by page, over a stream of boxes.

    A box that fits goes on the page. When one does not, the break is the latest allowed one
    on the page: inside that box at a cut, before it, or further back (inside an earlier box,
    or before it) when the boxes in between are kept with what follows. Without any allowed
    break on the page (a kept chain longer than a page), it breaks at the last line that fits.
    """

    EPS = 0.5

    def __init__(self, boxes: Iterator[_Box], height: float, rules: bool = True) -> None:
        self.boxes = boxes
        self.height = height
        self.rules = rules
        self.pending: deque[tuple[_Box, float]] = deque()

    def _next(self) -> tuple[_Box, float] | None:
        if self.pending:
            return self.pending.popleft()
        box = next(self.boxes, None)
        return None if box is None else (box, 0.0)

    def has_more(self) -> bool:
        if self.pending:
            return True
        box = next(self.boxes, None)
        if box is None:
            return False
        self.pending.append((box, 0.0))
        return True

    def pages(self) -> Iterator[tuple[list[_Piece], list[_Piece]]]:
        """(repeated table header rows, pieces) of each page, in order."""
        repeats: list[_Piece] = []
        pieces: list[_Piece] = []
        used = 0.0
        while True:
            item = self._next()
            if item is None:
                if pieces:
                    yield repeats, pieces
                return
            box, start = item
            run = box.table
            if not pieces and not repeats and run and run.header and not box.header_row:
                for h in run.header:  # the header rows again, on the next page
                    repeats.append(_Piece(h, 0.0, h.height, used))
                    used += h.height
            space = box.before if pieces else 0.0
            rest = box.height - start
            if used + space + rest <= self.height + self.EPS:
                pieces.append(_Piece(box, start, box.height, used + space))
                used += space + rest
                continue
            kept, carried = self._break(pieces, box, start, space, used)
            yield repeats, kept
            repeats, pieces, used = [], [], 0.0
            self.pending.extendleft(reversed(carried))

    def _break(
        self, pieces: list[_Piece], box: _Box, start: float, space: float, used: float
    ) -> tuple[list[_Piece], list[tuple[_Box, float]]]:
        """The pieces that stay on this page and the (box, start) carried to the next."""
        room = self.height + self.EPS - used - space
        for relaxed in (False, True) if self.rules else ():
            found = self._allowed(pieces, box, start, space, used, room, relaxed)
            if found is not None:
                return found
        # nothing allowed: the last line that fits, or before the box
        fits = [c for c in box.lines() if start < c and c - start <= room]
        if fits:
            return [*pieces, _Piece(box, start, fits[-1], used + space)], [(box, fits[-1])]
        if pieces:
            return pieces, [(box, start)]
        # a line taller than the page: it goes alone
        lines = [c for c in box.lines() if c > start]
        end = lines[0] if lines else box.height
        return [_Piece(box, start, end, used)], [(box, end)] if end < box.height else []

    @staticmethod
    def _allowed(
        pieces: list[_Piece],
        box: _Box,
        start: float,
        space: float,
        used: float,
        room: float,
        relaxed: bool,
    ) -> tuple[list[_Piece], list[tuple[_Box, float]]] | None:
        """The latest allowed break: inside ``box``, before it, or further back. ``relaxed``
        lets a soft keep go (a kept chain taller than a page), never a heading's."""
        limit = HARD if relaxed else SOFT
        fits = [c for c in box.cuts(relaxed) if start < c and c - start <= room]
        if fits:
            return [*pieces, _Piece(box, start, fits[-1], used + space)], [(box, fits[-1])]
        carried = [(box, start)]
        for k in range(len(pieces) - 1, -1, -1):
            p = pieces[k]
            if p.box.keep < limit:  # a break after it
                return pieces[: k + 1], carried
            inside = [c for c in p.box.cuts(relaxed) if p.start < c < p.end]
            if inside:
                c = inside[-1]
                return [*pieces[:k], _Piece(p.box, p.start, c, p.y)], [(p.box, c), *carried]
            carried.insert(0, (p.box, p.start))
        return None


# --- painting -------------------------------------------------------------------------------


@dataclass
class _Geometry:
    """The text area of the device's page layout, in layout units and points."""

    left_pt: float
    top_pt: float
    width: float
    height: float
    page_height_pt: float

    @classmethod
    def of(cls, layout: QPageLayout) -> _Geometry:
        area = layout.paintRect(QPageLayout.Unit.Point)
        full = layout.fullRect(QPageLayout.Unit.Point)
        return cls(area.left(), area.top(), area.width() * PT, area.height() * PT, full.height())


def paginate(
    doc: Composed,
    layout: QPageLayout | None = None,
    max_pages: int | None = None,
    on_page: Callable[[int, list[_Piece]], None] | None = None,
    rules: bool = True,
    layouts: LayoutCache | None = None,
) -> Pagination:
    """Lay ``doc`` out and break it into pages; ``on_page(number, pieces)`` paints each page
    as soon as it is decided (its pieces, repeated table header rows first).

    ``rules=False`` breaks wherever a page is full, at the last line that fits, as a renderer
    without keep rules does (tests compare with it to show where the rules acted).
    ``layouts`` keeps the paragraphs laid out for the next call (a preview refreshed after
    each edit); without it, what is painted is dropped as the pages go.
    """
    try:
        return _paginate(doc, layout, max_pages, on_page, rules, layouts)
    finally:
        if layouts is not None:
            layouts.finish()


def _paginate(
    doc: Composed,
    layout: QPageLayout | None,
    max_pages: int | None,
    on_page: Callable[[int, list[_Piece]], None] | None,
    rules: bool,
    layouts: LayoutCache | None,
) -> Pagination:
    geometry = _Geometry.of(layout or page_layout())
    boxes = iter(_Flow(doc, _Measure(layouts), geometry.width))
    paginator = _Paginator(boxes, geometry.height, rules)
    result = Pagination()
    for number, (repeats, pieces) in enumerate(paginator.pages()):
        if max_pages is not None and number >= max_pages:
            result.more = True
            break
        if on_page is not None:
            on_page(number, [*repeats, *pieces])
        result.count = number + 1
        result.pages.append([_describe(p) for p in pieces])
        for p in pieces:
            for index, *rects in p.box.signature_rects():
                result.signatures.append(
                    SignatureBox(
                        index,
                        number,
                        *(_to_points(r, geometry, p.y - p.start) for r in rects),
                        page_height=geometry.page_height_pt,
                    )
                )
    return result


def _describe(p: _Piece) -> str:
    if p.start <= 0 and p.end >= p.box.height:
        return p.box.key
    first, last = p.box.line_range(p.start, p.end)
    return f"{p.box.key} lines {first}-{last}"


def _to_points(r: Rect, g: _Geometry, dy: float) -> Rect:
    x, y, w, h = r
    return (g.left_pt + x / PT, g.top_pt + (y + dy) / PT, w / PT, h / PT)


def paint_pages(
    doc: Composed,
    device: QPagedPaintDevice,
    max_pages: int | None = None,
    layouts: LayoutCache | None = None,
) -> Pagination:
    """Paginate ``doc`` for ``device``'s page layout and paint the pages on it (at most
    ``max_pages``; ``layouts``: see ``paginate``). The device should use ``page_layout()``
    (the print dialogs keep what the user chose)."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start painting on the device")
    try:
        layout = device.pageLayout()
        painter.scale(device.logicalDpiX() / LAYOUT_DPI, device.logicalDpiY() / LAYOUT_DPI)
        area = layout.paintRect(QPageLayout.Unit.Point)
        number_box = QRectF(0, -area.top() * PT, area.width() * PT, area.top() * PT)
        number_font = QFont(font_family())
        number_font.setPixelSize(round(PAGE_NUMBER_PT * PT))  # layout units: scaled as the text

        def page(number: int, pieces: list[_Piece]) -> None:
            if number:
                device.newPage()
                painter.setFont(number_font)
                painter.setPen(QColor(0, 0, 0))
                painter.drawText(number_box, Qt.AlignmentFlag.AlignCenter, str(number + 1))
            for p in pieces:
                p.box.draw(painter, 0.0, p.y, p.start, p.end)

        return paginate(doc, layout, max_pages, page, layouts=layouts)
    finally:
        painter.end()


def paint(doc: Composed, device: QPagedPaintDevice) -> int:
    """Lay out ``doc`` on ``device``'s pages and paint them; return the page count."""
    return paint_pages(doc, device).count


def signature_boxes(doc: Composed, layout: QPageLayout | None = None) -> list[SignatureBox]:
    """Where each signature block of ``doc`` lands in its PDF (``render_pdf``): page and
    rectangles in points, the same pagination as every other render."""
    return paginate(doc, layout).signatures


def signature_anchors(doc: Composed) -> list[SignatureAnchor]:
    """Each signature block of ``render_pdf(doc)`` as signing places it (``gui.core.signplace``):
    page, and the column, position lines, room for signature and seal, and name in PDF points
    (origin at the bottom left), from the same pagination as the PDF."""

    def rect(box: SignatureBox, r: Rect) -> SignRect:
        return SignRect(*box.pdf_rect(r))

    return [
        SignatureAnchor(
            page=box.page,
            column=rect(box, box.block),
            position=rect(box, box.title),
            blank=rect(box, box.room),
            name=rect(box, box.name),
            name_text=doc.signatures[box.index].name if box.index < len(doc.signatures) else "",
        )
        for box in signature_boxes(doc)
    ]


def render_page_image(doc: Composed, page: int, dpi: float) -> QImage:
    """Page ``page`` (from 0) of ``doc``'s PDF as an image of the whole sheet at ``dpi``: what
    the signing dialog shows beneath the images it will place."""
    layout = page_layout()
    sheet = layout.fullRect(QPageLayout.Unit.Point)
    image = QImage(
        round(sheet.width() / 72 * dpi),
        round(sheet.height() / 72 * dpi),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    area = layout.paintRect(QPageLayout.Unit.Point)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(area.left() / 72 * dpi, area.top() / 72 * dpi)
        painter.scale(dpi / LAYOUT_DPI, dpi / LAYOUT_DPI)

        def paint_one(number: int, pieces: list[_Piece]) -> None:
            if number == page:
                for p in pieces:
                    p.box.draw(painter, 0.0, p.y, p.start, p.end)

        paginate(doc, layout, page + 1, paint_one)
    finally:
        painter.end()
    return image


def render_pdf(doc: Composed, layouts: LayoutCache | None = None) -> bytes:
    """The composed document as PDF bytes (A4, the DOCX's margins and sizes; ``layouts``: see
    ``paginate``)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout())
    writer.setTitle(" ".join(x for x in (doc.type_name, doc.summary) if x))
    writer.setCreator("Bienban")
    paint_pages(doc, writer, layouts=layouts)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())
