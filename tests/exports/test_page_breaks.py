"""Pages as the decree wants them, at every break position, in our PDF and in LibreOffice's
layout of our DOCX: no heading ends a page; the last body paragraph, the signature blocks and
Nơi nhận stay together; a signature block never splits between its title and the name; a table
row never splits and the header row repeats on each page the table continues on.

The records are padded (``pagecases``) a line at a time over more than a page, and a
pagination without rules (``paginate(rules=False)``) shows that the sweep really puts each of
those things at the bottom of a page in some record: the rules then had to act.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gui.core.compose import Composed, Kind, Paragraph, Table
from gui.core.render_docx import render_docx

from . import pagecases as pc
from .helpers import pdfinfo, pdftotext, words_with_boxes

KINDS = [Kind.MINUTES, Kind.NOTICE]


def _key(descriptor: str) -> str:
    return descriptor.split(" lines ")[0]


def _split(descriptor: str) -> bool:
    return " lines " in descriptor


def _bottoms(doc: Composed, pages: list[list[str]]) -> set[str]:
    """What a pagination puts at the bottom of a page (or splits over two)."""
    found = set()
    last_body = len(doc.body) - 1
    for n, page in enumerate(pages[:-1]):
        last = _key(page[-1])
        if last.startswith("body "):
            element = doc.body[int(last.split()[1])]
            if isinstance(element, Paragraph) and element.keep_with_next:
                found.add("heading")
        if last == f"body {last_body}" and pages[n + 1][0].startswith("signatures"):
            found.add("last paragraph")
        for d in page:
            if _split(d) and d.startswith("table "):
                found.add("table row")
            if _split(d) and d.startswith("signatures"):
                found.add("signature")
        if any(d.startswith("table ") for d in page) and any(
            d.startswith("table ") for d in pages[n + 1]
        ):
            found.add("table across pages")
    return found


@pytest.mark.parametrize("kind", KINDS, ids=[k.value for k in KINDS])
def test_the_sweep_hits_every_break_position(qapp, kind: Kind) -> None:  # type: ignore[no-untyped-def]
    """Without the rules, some padding puts a heading, the last paragraph, a signature block
    and a table row at the bottom of a page; with them, none of that happens."""
    from gui.qt.printing import paginate

    naive: set[str] = set()
    kept: set[str] = set()
    for words in pc.SWEEP:
        doc = pc.padded(words, kind)
        assert isinstance(doc.body[-1], Paragraph) and any(isinstance(e, Table) for e in doc.body)
        naive |= _bottoms(doc, paginate(doc, rules=False).pages)
        kept |= _bottoms(doc, paginate(doc).pages)
    assert naive >= {"heading", "last paragraph", "signature", "table row"}, naive
    assert kept == {"table across pages"}, kept


@pytest.mark.parametrize("kind", KINDS, ids=[k.value for k in KINDS])
def test_our_pdf_keeps_the_rules_at_every_break_position(qapp, tmp_path: Path, kind: Kind) -> None:  # type: ignore[no-untyped-def]
    from gui.qt.printing import render_pdf

    problems = {}
    starts_with_heading = 0
    for words in pc.SWEEP:
        doc = pc.padded(words, kind)
        pdf = tmp_path / f"{words}.pdf"
        pdf.write_bytes(render_pdf(doc))
        pages = pc.page_lines(pdf)
        assert len(pages) >= 3
        if found := pc.violations(pages, doc):
            problems[words] = found
        starts_with_heading += any(
            re.search(h, page[0]) for page in pages[1:] for h in pc.heading_patterns()
        )
    assert not problems, problems
    assert starts_with_heading, "no heading was ever moved to the top of a page"


@pytest.mark.soffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not on PATH")
@pytest.mark.parametrize(
    ("kind", "step"), [(Kind.MINUTES, 2), (Kind.NOTICE, 3)], ids=["minutes", "notice"]
)
def test_libreoffice_keeps_the_rules_at_every_break_position(
    tmp_path: Path, kind: Kind, step: int
) -> None:
    """The DOCX as LibreOffice lays it out (every second or third line of the sweep: one
    soffice run converts them all)."""
    docs = {}
    for words in list(pc.SWEEP)[::step]:
        doc = pc.padded(words, kind)
        docx = tmp_path / f"{kind.value}-{words:04d}.docx"
        docx.write_bytes(render_docx(doc))
        docs[docx] = doc
    outdir = tmp_path / "pdf"
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *map(str, docs),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    problems = {}
    moved = {"heading": 0, "closing": 0, "table": 0}
    for docx, doc in docs.items():
        pages = pc.page_lines(outdir / (docx.stem + ".pdf"))
        if found := pc.violations(pages, doc):
            problems[docx.stem] = found
        firsts = [page[0] for page in pages[1:] if page]
        moved["heading"] += any(re.search(h, f) for f in firsts for h in pc.heading_patterns())
        moved["closing"] += any(f.startswith("Biên bản được lập") for f in firsts)
        moved["table"] += len({pc.Layout(pages).page_of(f"H{r:02d}a") for r in (1, 24)}) > 1
    assert not problems, problems
    assert all(moved.values()), f"LibreOffice never had to act on: {moved}"


# --- where the signature blocks land ------------------------------------------------------------


@pytest.mark.parametrize("words", [0, 300, 450])
def test_signature_boxes_are_where_the_pdf_prints_the_signatures(
    qapp, tmp_path: Path, words: int
) -> None:  # type: ignore[no-untyped-def]
    from gui.qt.printing import render_pdf, signature_boxes

    doc = pc.padded(words, Kind.MINUTES)
    pdf = tmp_path / "out.pdf"
    pdf.write_bytes(render_pdf(doc))
    boxes = signature_boxes(doc)
    assert [b.index for b in boxes] == list(range(len(doc.signatures)))
    assert len({b.page for b in boxes}) == 1
    assert boxes[0].page == int(pdfinfo(pdf)["Pages"]) - 1
    for box, sig in zip(boxes, doc.signatures, strict=True):
        words_on_page = words_with_boxes(pdf, box.page + 1)
        for text, rect in ((sig.name, box.name), (sig.lines[0], box.title)):
            x, y, w, h = rect
            inside = [
                word
                for word, x0, y0, x1, y1 in words_on_page
                if x - 1 <= x0 and x1 <= x + w + 1 and y - 1 <= y0 and y1 <= y + h + 1
            ]
            assert " ".join(inside) == text, (text, rect, words_on_page)
        tx, ty, tw, th = box.title
        rx, ry, rw, rh = box.room
        nx, ny, nw, nh = box.name
        assert ty + th == pytest.approx(ry) and ry + rh == pytest.approx(ny)
        assert rh > 3 * nh, "no room for the signature and seal"
        x0, y0, x1, y1 = box.pdf_rect(box.room)
        assert (x1 - x0, y1 - y0) == pytest.approx((rw, rh))
        assert y0 == pytest.approx(box.page_height - ry - rh)


# --- C6: a 100,000-task record -------------------------------------------------------------------


CHILD_C6 = """
import sys
from PySide6.QtGui import QGuiApplication
from gui.core import record as rec
from gui.core.compose import Kind
from gui.core.exporting import Format, export
from gui.core.recordfile import load_record
from gui.qt.printing import render_pdf

app = QGuiApplication(["bienban-test"])
record = load_record(sys.argv[1])
record.directives.departments = [
    rec.Department(f"Tổ công tác số {d}", [rec.Task(f"Việc {d}.{t}") for t in range(100)])
    for d in range(1, 1001)
]
export(record, Kind.NOTICE, Format.PDF, sys.argv[2], pdf=render_pdf)
"""


def _export_in_a_child(code: str, pdf: Path, timeout: int) -> None:
    """Run ``code`` (argv: the Quảng Ninh seed, ``pdf``) in a child process, offscreen; a
    crash fails the test with its exit status and the end of its error output."""
    result = subprocess.run(
        [sys.executable, "-c", code, str(pc.SEED_QN), str(pdf)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr[-2000:]}"


def test_a_100000_task_record_exports_to_pdf(tmp_path: Path) -> None:
    """Issue 9, C6: PDF export of a 100,000-task record crashed (segmentation fault) when the
    whole document was one QTextDocument. In a child process (a record file that big is over
    the 20 MiB a file may have, so the child builds it from the seed in memory)."""
    pdf = tmp_path / "big.pdf"
    _export_in_a_child(CHILD_C6, pdf, timeout=900)
    pages = int(pdfinfo(pdf)["Pages"])
    assert pages > 2000
    last = " ".join(pdftotext(pdf, pages - 1, pages).split())
    assert "Việc 1000.99" in last


CHILD_LONG_PARAGRAPHS = """
import sys
from PySide6.QtGui import QGuiApplication
from gui.core.compose import Kind
from gui.core.exporting import Format, export
from gui.core.recordfile import load_record
from gui.qt.printing import render_pdf

app = QGuiApplication(["bienban-test"])
record = load_record(sys.argv[1])
sentence = "Rà soát, hoàn thiện hồ sơ và báo cáo kết quả thực hiện theo quy định. "
record.content.results = [
    f"Đoạn {n} mở đầu. " + sentence * 1100 + f"Hết đoạn {n}." for n in range(1, 41)
]
export(record, Kind.NOTICE, Format.PDF, sys.argv[2], pdf=render_pdf)
"""


def test_long_body_paragraphs_export_to_pdf(tmp_path: Path) -> None:
    """Forty paragraphs of 80,000 characters: laid out in one chunk of 200 paragraphs, the
    chunk's QTextDocument ran past its coordinates and the export crashed (segmentation fault);
    a chunk now stops at about ``CHUNK_CHARS`` characters. In a child process."""
    pdf = tmp_path / "long.pdf"
    _export_in_a_child(CHILD_LONG_PARAGRAPHS, pdf, timeout=600)
    pages = int(pdfinfo(pdf)["Pages"])
    assert pages > 500
    last = " ".join(pdftotext(pdf, pages - 3, pages).split())
    assert "Hết đoạn 40." in last
