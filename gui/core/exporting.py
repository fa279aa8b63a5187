"""Exports: one record → composed document → the bytes of a DOCX, PDF, TXT or HTML file.

PDF needs Qt's painter, so its renderer is passed in (``gui.qt.printing.render_pdf``);
everything else is Qt-free. Files are written atomically.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Callable
from pathlib import Path

from gui.core.compose import Composed, Kind, compose
from gui.core.record import Record
from gui.core.recordfile import SUFFIX
from gui.core.render_text import DEFAULT_WIDTH, render_text
from gui.core.safefile import write_atomic

PdfRenderer = Callable[[Composed], bytes]


class Format(enum.StrEnum):
    """Export formats."""

    DOCX = "docx"
    PDF = "pdf"
    TXT = "txt"
    HTML = "html"


def render(
    doc: Composed, fmt: Format, *, width: int = DEFAULT_WIDTH, pdf: PdfRenderer | None = None
) -> bytes:
    """The bytes of ``doc`` in ``fmt``."""
    if fmt is Format.DOCX:
        from gui.core.render_docx import render_docx  # python-docx: only when exporting

        return render_docx(doc)
    if fmt is Format.TXT:
        return render_text(doc, width).encode("utf-8")
    if fmt is Format.HTML:
        from gui.core.render_html import render_html

        return render_html(doc).encode("utf-8")
    if pdf is None:
        raise ValueError("PDF export needs a PDF renderer")
    return pdf(doc)


def output_path(
    record_file: str | os.PathLike[str],
    kind: Kind,
    fmt: Format,
    outdir: str | os.PathLike[str] | None = None,
) -> Path:
    """``meeting.bienban.json`` → ``OUTDIR/meeting.notice.docx``."""
    src = Path(record_file)
    stem = src.name[: -len(SUFFIX)] if src.name.endswith(SUFFIX) else src.stem
    folder = Path(outdir) if outdir is not None else src.parent
    return folder / f"{stem}.{kind.value}.{fmt.value}"


def export(
    record: Record,
    kind: Kind,
    fmt: Format,
    target: str | os.PathLike[str],
    *,
    width: int = DEFAULT_WIDTH,
    pdf: PdfRenderer | None = None,
) -> None:
    """Compose ``record`` as ``kind`` and write it to ``target`` atomically.

    Raises:
        RecordFileError: the file could not be written; nothing on disk changed.
    """
    data = render(compose(record, kind), fmt, width=width, pdf=pdf)
    write_atomic(target, data, backup=False)
