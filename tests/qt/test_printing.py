"""Print, print preview and PDF: one render path, A4, real glyphs for every character."""

from __future__ import annotations

import io
import itertools
import re
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QRawFont
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from gui.core.compose import Composed, Kind, compose
from gui.core.record import Record
from gui.core.recordfile import load_record
from gui.qt.printing import FONT_CANDIDATES, font_family, paginate, render_pdf

from ..conftest import SEED_LAO_CAI, SEED_QN, SEEDS


def test_font_is_times_or_a_metric_compatible_serif(qapp) -> None:  # type: ignore[no-untyped-def]
    family = font_family()
    assert family in FONT_CANDIDATES[:3], f"no Times New Roman / Liberation Serif / Tinos: {family}"


def test_every_character_of_the_seeds_has_a_real_glyph(qapp) -> None:  # type: ignore[no-untyped-def]
    text = (SEEDS / "000_b797313e4ad5f34b.txt").read_text(encoding="utf-8")
    for seed in (SEED_QN, SEED_LAO_CAI):
        for kind in Kind:
            text += compose(load_record(seed), kind).plain_text()
    chars = sorted({c for c in unicodedata.normalize("NFC", text) if not c.isspace()})
    assert len(chars) > 80
    assert not QRawFont.fromFont(QFont(font_family())).supportsCharacter(0x4E2D)  # can fail
    for bold in (False, True):
        for italic in (False, True):
            font = QFont(font_family())
            font.setPointSize(14)
            font.setBold(bold)
            font.setItalic(italic)
            raw = QRawFont.fromFont(font)  # the font itself, without fallbacks
            assert raw.familyName() == font_family()
            missing = [
                c
                for c in chars
                if not raw.supportsCharacter(ord(c)) or 0 in raw.glyphIndexesForString(c)
            ]
            assert not missing, f"no glyph in {raw.familyName()} for {missing}"


def test_pdf_is_a4_with_several_pages(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = render_pdf(compose(load_record(SEED_LAO_CAI), Kind.NOTICE))
    assert data.startswith(b"%PDF")
    boxes = set(re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data))
    assert {(round(float(w)), round(float(h))) for w, h in boxes} == {(595, 842)}  # A4 in pt
    assert len(_pages(data)) >= 3


def test_print_preview_dialog_renders_the_same_pages(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_file(str(SEED_LAO_CAI), ask=False)
    dialog = window.print_preview_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    [widget] = dialog.findChildren(QPrintPreviewWidget)
    widget.updatePreview()
    assert widget.pageCount() >= 3

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "preview.pdf"
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(dialog.paintRequested, timeout=1000):
        dialog.paintRequested.emit(printer)
    assert out.read_bytes().startswith(b"%PDF")
    assert widget.pageCount() == len(_pages(render_pdf(compose(window.doc.record, Kind.NOTICE))))
    dialog.close()


def _pages(pdf: bytes) -> list[int]:
    return [m.start() for m in re.finditer(rb"/Type\s*/Page[^s]", pdf)]


def test_preview_pane_shows_pages_and_follows_edits(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_file(str(SEED_QN), ask=False)
    assert window.preview.mode() == "pages"
    window.preview.refresh()
    before = window.preview.page_count
    assert before >= 1
    with qtbot.waitSignal(window.preview.updated, timeout=3000):
        window.doc.edit(("content", "results"), ["Đoạn dài. " * 1200])
    assert window.preview.page_count > before


PREVIEW_CASES = [
    (SEED_QN, Kind.NOTICE),
    (SEED_QN, Kind.MINUTES),
    (SEED_LAO_CAI, Kind.NOTICE),
    (SEED_LAO_CAI, Kind.MINUTES),
    (None, Kind.NOTICE),  # the editor benchmark's big record: 2,000 tasks, 235 pages
]


@pytest.mark.parametrize(
    ("seed", "kind"),
    PREVIEW_CASES,
    ids=["qn-notice", "qn-minutes", "lao-notice", "lao-minutes", "long-notice"],
)
def test_the_preview_pane_breaks_pages_where_the_pdf_does(
    qtbot, window, tmp_path: Path, seed: Path | None, kind: Kind
) -> None:  # type: ignore[no-untyped-def]
    """The side pane paints on a screen-resolution printer, the PDF on a 1200-dpi writer:
    the same pages, page for page, and the PDF's text shows those breaks."""
    from gui.core.recordfile import save_record
    from gui.qt.preview import PAGES_PREVIEW_PAGES
    from gui.qt.printing import PDF_DPI, paginate

    from ..benchkit import build_big_record
    from ..exports.helpers import pdftotext, squash

    def unhyphenated(text: str) -> str:
        """Without spaces and hyphens: pdftotext joins "VC-" at a line end to "NLĐ" and puts
        a space at a break after "34-NQ/"."""
        return "".join(squash(text).replace("-", "").split())

    if seed is None:
        seed = tmp_path / "long.bienban.json"
        save_record(build_big_record(), seed)
    window.open_file(str(seed), ask=False)
    pane = window.preview
    pane.kind_box.setCurrentIndex(pane.kind_box.findData(kind.value))
    pane.refresh()
    assert pane.printer.resolution() != PDF_DPI
    doc = compose(window.doc.record, kind)
    pdf = tmp_path / "out.pdf"
    pdf.write_bytes(render_pdf(doc))
    whole = paginate(doc)
    shown = pane.pagination
    assert shown.count == min(whole.count, PAGES_PREVIEW_PAGES) == pane.page_count
    assert shown.more == (whole.count > PAGES_PREVIEW_PAGES)
    assert shown.pages == whole.pages[: shown.count]
    assert len(_pages(pdf.read_bytes())) == whole.count
    previous = ""
    for number, pieces in enumerate(shown.pages):
        text = unhyphenated(pdftotext(pdf, number + 1, number + 1))
        for piece in pieces:
            if piece.startswith("body ") and " lines " not in piece:
                paragraph = unhyphenated(doc.body[int(piece.split()[1])].plain())
                assert paragraph in text, f"page {number + 1} lacks {piece}: {paragraph!r}"
                assert paragraph not in previous, f"{piece} is on page {number} too"
        previous = text


@pytest.fixture
def laid(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many paragraphs each layout call of the paginator took, in order."""
    from gui.qt import printing

    calls: list[int] = []
    lay_out = printing._Measure._lay_out

    def counting(self, specs, width):  # type: ignore[no-untyped-def]
        calls.append(len(specs))
        return lay_out(self, specs, width)

    monkeypatch.setattr(printing._Measure, "_lay_out", counting)
    return calls


def test_pages_laid_out_from_the_cache_are_the_pages_laid_out_afresh(qapp, laid: list[int]) -> None:  # type: ignore[no-untyped-def]
    """The side preview keeps its paragraphs' layouts between refreshes (``LayoutCache``): after
    an edit it lays out only what changed, and breaks the pages exactly as a fresh layout."""
    from gui.qt import printing
    from gui.qt.preview import PAGES_PREVIEW_PAGES

    from ..benchkit import build_big_record

    records = [load_record(SEED_QN), load_record(SEED_LAO_CAI), build_big_record()]
    for n, (record, kind) in enumerate(itertools.product(records, (Kind.NOTICE, Kind.MINUTES))):
        before = compose(record, kind)
        # an edit: a task (or a result) three lines longer, a paragraph more
        tasks = record.tracked_tasks()
        longer = f"Rà soát, báo cáo lại lần {n}. " * 30
        if tasks:
            tasks[0].task.content = longer + tasks[0].task.content
        results = record.content.results
        record.content.results = [longer, *results[1:]] if results else [longer]
        record.content.results.append(f"Kết quả mới {n}.")
        doc = compose(record, kind)
        for max_pages in (None, PAGES_PREVIEW_PAGES):
            cache = printing.LayoutCache()
            printing.paginate(before, max_pages=max_pages, layouts=cache)
            laid.clear()
            cached = printing.paginate(doc, max_pages=max_pages, layouts=cache)
            again = sum(laid)
            laid.clear()
            fresh = printing.paginate(doc, max_pages=max_pages)
            assert cached == fresh
            assert 0 < again < sum(laid) / 2  # only what changed was laid out again


def _page_contents(pdf: bytes) -> list[bytes]:
    """Each page's content stream, decompressed: every glyph drawn and where, in order."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    pages = PdfFileReader(io.BytesIO(pdf)).root["/Pages"]["/Kids"]
    return [page.get_object()["/Contents"].data for page in pages]


def _pdf_through_a_layout_cache(doc: Composed) -> bytes:
    """The PDF of ``doc`` laid out through a ``LayoutCache``, as the side preview lays it out."""
    from gui.qt.printing import LayoutCache, render_pdf

    return render_pdf(doc, layouts=LayoutCache())


def _mid_size_cases() -> list[tuple[Record, Kind]]:
    """Two seeds (tables, signature rows, recipients) and a 300-task notice of 40 pages."""
    from ..benchkit import build_big_record

    big = build_big_record()
    for department in big.directives.departments:
        department.tasks = department.tasks[:5]  # 300 tasks in 60 departments
    return [
        (load_record(SEED_QN), Kind.NOTICE),
        (load_record(SEED_LAO_CAI), Kind.NOTICE),
        (load_record(SEED_LAO_CAI), Kind.MINUTES),
        (big, Kind.NOTICE),
    ]


def test_glyphs_kept_from_the_layout_paint_what_shaping_again_paints(
    qapp, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A PDF's paragraphs are painted once, so each keeps the glyphs shaped by its layout for
    the painting; layouts kept by a ``LayoutCache`` (the side preview's) drop them and are
    shaped again when painted, as every layout was before. Page by page, both draw the same
    glyphs at the same places: the page content streams are equal, byte for byte."""
    from gui.qt import printing

    kept: list[bool] = []
    lay_out = printing._Measure._lay_out

    def spying(self, specs, width):  # type: ignore[no-untyped-def]
        paras = lay_out(self, specs, width)
        kept.extend(p.layout.cacheEnabled() for p in paras)
        return paras

    monkeypatch.setattr(printing._Measure, "_lay_out", spying)
    for record, kind in _mid_size_cases():
        doc = compose(record, kind)
        kept.clear()
        once = _page_contents(render_pdf(doc))
        assert kept and all(kept)
        kept.clear()
        again = _page_contents(_pdf_through_a_layout_cache(doc))
        assert kept and not any(kept)
        assert len(once) == len(again) == paginate(doc).count > 1
        for number, (a, b) in enumerate(zip(once, again, strict=True), start=1):
            assert a.count(b" Tj\n") > 100, f"page {number}: hardly any glyphs"
            assert a == b, f"{record.header.summary[:40]!r} {kind.name}: page {number} differs"


def test_the_pages_do_not_depend_on_how_the_body_is_cut_into_chunks(
    qapp, monkeypatch: pytest.MonkeyPatch, laid: list[int]
) -> None:  # type: ignore[no-untyped-def]
    """Body paragraphs are laid out in chunks (``CHUNK_PARAGRAPHS``, ``CHUNK_CHARS``) that are
    painted and dropped as the pages go; a paragraph's layout depends on its own text only, so
    chunks of a few paragraphs give the same pages, glyph for glyph, as the usual ones."""
    from gui.core.compose import Paragraph
    from gui.qt import printing

    calls = laid
    for record, kind in _mid_size_cases():
        doc = compose(record, kind)
        calls.clear()
        usual = _page_contents(render_pdf(doc))
        usual_calls = len(calls)
        with monkeypatch.context() as m:
            m.setattr(printing, "CHUNK_PARAGRAPHS", 3)
            m.setattr(printing, "CHUNK_CHARS", 1000)
            calls.clear()
            small = _page_contents(render_pdf(doc))
        paragraphs = sum(isinstance(e, Paragraph) for e in doc.body)
        assert len(calls) > usual_calls and len(calls) >= paragraphs // 3  # the body was cut up
        assert len(usual) == len(small) > 1
        for number, (a, b) in enumerate(zip(usual, small, strict=True), start=1):
            assert a == b, f"{record.header.summary[:40]!r} {kind.name}: page {number} differs"
