"""Helpers of the export tests: seeds, a record with markup in it, DOCX style resolution, poppler.

Not a test module (no ``test_`` prefix): imported by the ``test_*`` modules of this folder.
"""

from __future__ import annotations

import functools
import io
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from gui.core.compose import Composed, Kind, compose
from gui.core.record import Authority, Department, Record, Task
from gui.core.recordfile import SUFFIX, load_record
from gui.core.render_docx import render_docx

from ..conftest import SEED_FILES, SEED_LAO_CAI, SEED_QN, SEEDS

__all__ = ["SEEDS", "SEED_FILES", "SEED_LAO_CAI", "SEED_QN"]

MARKUP = "<b>x</b> & <script>alert(1)</script>"
"""What a user might type into any field: it must come out as these characters, never as markup."""

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
CHAIR = {SEED_QN: "Nguyễn Mạnh Tuấn", SEED_LAO_CAI: "Nguyễn Tuấn Anh"}
NEWS_SEED = SEEDS / "000_b797313e4ad5f34b.txt"


def seed_stem(path: Path) -> str:
    """``quang-ninh-giao-ban-q3-2017.bienban.json`` → ``quang-ninh-giao-ban-q3-2017``."""
    return path.name[: -len(SUFFIX)] if path.name.endswith(SUFFIX) else path.stem


def seed_id(path: Path) -> str:
    return seed_stem(path).split("-")[0]  # "quang", "lao"


@functools.cache
def _load(path: Path) -> Record:
    return load_record(path)


def load(path: Path) -> Record:
    """A fresh record of ``path`` (loaded once; a deep copy each call, tests may modify it)."""
    import copy

    return copy.deepcopy(_load(path))


@functools.cache
def composed(path: Path, kind: Kind) -> Composed:
    return compose(_load(path), kind)


@functools.cache
def docx_bytes(path: Path, kind: Kind) -> bytes:
    return render_docx(composed(path, kind))


def open_docx(data: bytes) -> DocxDocument:
    return Document(io.BytesIO(data))


def markup_record() -> Record:
    """The Quảng Ninh seed with MARKUP typed into the summary, a department name and a task."""
    record = load(SEED_QN)
    record.header.summary = f"Kết luận {MARKUP} tại cuộc họp giao ban Quý III/2017"
    record.directives.departments.append(
        Department(
            name=f"Phòng {MARKUP}",
            tasks=[
                Task(content=f"Nhiệm vụ {MARKUP}", coordinating='" onclick="alert(2)'),
                Task(content="Báo cáo kết quả", deadline_text="thường xuyên"),
            ],
        )
    )
    return record


def signed_record() -> Record:
    """The Quảng Ninh seed with the usual office signature and recipients filled in."""
    record = load(SEED_QN)
    c = record.closing
    c.sentence = "Ban Quản lý Khu kinh tế thông báo để các phòng, đơn vị biết, thực hiện."
    c.recipients = ["Lãnh đạo Ban", "Các phòng, đơn vị", "Lưu: VT, VP"]
    c.signer.authority = Authority.TL_KT
    c.signer.authority_of = "Trưởng ban"
    c.signer.intermediate = "Chánh Văn phòng"
    c.signer.position = "Phó Chánh Văn phòng"
    c.signer.name = "Trần Văn Hùng"
    c.drafter = "vp"
    c.copies = 5
    return record


def squash(text: str) -> str:
    """NFC, every run of whitespace (NBSP too) as one space: for comparing wrapped text."""
    return " ".join(unicodedata.normalize("NFC", text).split())


# --- DOCX: effective formatting through the style chain -----------------------------------------


def style_chain(style: Any) -> list[Any]:
    out = []
    while style is not None and style not in out:
        out.append(style)
        style = style.base_style
    return out


class Resolver:
    """Effective formatting of a paragraph or run: direct, else its style chain, else Normal."""

    def __init__(self, document: DocxDocument) -> None:
        self.document = document
        self.normal = document.styles["Normal"]

    def _para_styles(self, p: DocxParagraph) -> list[Any]:
        chain = style_chain(p.style)
        return chain if self.normal in chain else [*chain, self.normal]

    def para(self, p: DocxParagraph, attr: str) -> Any:
        """A ParagraphFormat attribute (alignment, first_line_indent, space_before, …)."""
        value = getattr(p.paragraph_format, attr)
        if value is not None:
            return value
        for style in self._para_styles(p):
            value = getattr(style.paragraph_format, attr)
            if value is not None:
                return value
        return None

    def run(self, p: DocxParagraph, run: Run, attr: str) -> Any:
        """A Font attribute (size, bold, italic, …) of ``run`` inside ``p``."""
        value = getattr(run.font, attr)
        if value is not None:
            return value
        char_styles = style_chain(run.style) if run.style is not None else []
        for style in [*char_styles, *self._para_styles(p)]:
            value = getattr(style.font, attr)
            if value is not None:
                return value
        return None

    def font(self, p: DocxParagraph, attr: str, default: Any = None) -> Any:
        """The effective Font attribute shared by every run with text of ``p``."""
        runs = [r for r in p.runs if r.text.strip()]
        assert runs, f"paragraph without text: {p.text!r}"
        values = {self.run(p, r, attr) for r in runs}
        values = {default if v is None else v for v in values}
        assert len(values) == 1, f"{attr} differs between the runs of {p.text!r}: {values}"
        return values.pop()

    def size_pt(self, p: DocxParagraph) -> float:
        size = self.font(p, "size")
        assert size is not None, f"no font size anywhere in the style chain of {p.text!r}"
        return float(size.pt)

    def font_family(self, p: DocxParagraph, run: Run, which: str = "hAnsi") -> str:
        """The rFonts ``which`` (ascii, hAnsi) face; a theme font at a level wins over a name."""
        levels = [run._r.rPr]
        levels += [s.element.rPr for s in (style_chain(run.style) if run.style else [])]
        levels += [s.element.rPr for s in self._para_styles(p)]
        defaults = self.document.styles.element.find(qn("w:docDefaults"))
        if defaults is not None:
            levels += list(defaults.iter(qn("w:rPr")))
        for rpr in levels:
            if rpr is None:
                continue
            fonts = rpr.find(qn("w:rFonts"))
            if fonts is None:
                continue
            theme = fonts.get(qn(f"w:{which}Theme" if which != "cs" else "w:cstheme"))
            if theme is not None:
                return f"theme:{theme}"
            name = fonts.get(qn(f"w:{which}"))
            if name is not None:
                return name
        return "(none)"


def all_paragraphs(document: DocxDocument) -> Iterator[DocxParagraph]:
    """Body paragraphs and table-cell paragraphs, in document order."""
    from docx.table import Table

    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    yield from cell.paragraphs
        else:
            yield block


def find_paragraph(
    paragraphs: list[DocxParagraph], pred: Callable[[str], bool], what: str
) -> DocxParagraph:
    found = [p for p in paragraphs if pred(p.text)]
    assert found, f"no paragraph {what}; texts: {[p.text for p in paragraphs]}"
    return found[0]


# --- poppler --------------------------------------------------------------------------------------


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        import pytest

        pytest.skip(f"{tool} not on PATH (poppler-utils)")
    return path


def pdftotext(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    """The PDF's text (UTF-8), NFC-normalised."""
    args = [need("pdftotext"), "-enc", "UTF-8"]
    if first is not None:
        args += ["-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    out = subprocess.run([*args, str(pdf), "-"], capture_output=True, check=True, timeout=60)
    return unicodedata.normalize("NFC", out.stdout.decode("utf-8"))


def pdfinfo(pdf: Path) -> dict[str, str]:
    out = subprocess.run(
        [need("pdfinfo"), str(pdf)], capture_output=True, check=True, timeout=60, text=True
    )
    info = {}
    for line in out.stdout.splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    """(width, height) in points of every page."""
    pages = int(pdfinfo(pdf)["Pages"])
    out = subprocess.run(
        [need("pdfinfo"), "-f", "1", "-l", str(pages), str(pdf)],
        capture_output=True,
        check=True,
        timeout=60,
        text=True,
    ).stdout
    sizes = re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out, re.M)
    assert len(sizes) == pages, out
    return [(float(w), float(h)) for w, h in sizes]


def pdffonts(pdf: Path) -> list[dict[str, str]]:
    """pdffonts' table: name, type, encoding, emb, sub, uni per font."""
    out = subprocess.run(
        [need("pdffonts"), str(pdf)], capture_output=True, check=True, timeout=60, text=True
    ).stdout.splitlines()
    assert len(out) >= 2 and out[1].startswith("---"), out
    # columns are fixed-width: cut at the dashes of the ruler line
    spans = [(m.start(), m.end()) for m in re.finditer(r"-+", out[1])]
    names = [out[0][a : b + 1].strip() for a, b in spans]
    rows = []
    for line in out[2:]:
        cells = [line[a : b + 1].strip() for a, b in spans]
        rows.append(dict(zip(names, cells, strict=True)))
    return rows


def words_with_boxes(pdf: Path, page: int) -> list[tuple[str, float, float, float, float]]:
    """(word, xMin, yMin, xMax, yMax) of every word on ``page`` (pdftotext -bbox)."""
    out = subprocess.run(
        [need("pdftotext"), "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    html = out.stdout.decode("utf-8")
    return [
        (w, float(a), float(b), float(c), float(d))
        for a, b, c, d, w in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
            html,
        )
    ]
