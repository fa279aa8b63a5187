"""An annex (Phụ lục) issued as its own file: a table block, or a list of tasks, as a table.

NĐ 30/2020 sets it out (Phụ lục I, III.1; Phụ lục III, Mẫu 2.1 and 2.2): the word "Phụ lục" and
its number (a Roman numeral when a document has several) on a line of its own, 14 pt bold,
centred; its title in capitals, bold, centred; under it, centred, in italics, the line tying it to
the document, "(Kèm theo Thông báo số 15/TB-VP ngày 04 tháng 5 năm 2026 của Văn phòng)"; then
the content. Its pages are numbered on their own. Issued electronically, it carries the agency's
signature with no image at the top right of its first page, showing the document's number and
symbol and the signing time (``gui.core.signing.sign_annex``).

The annex is a ``Composed`` document like the others, so the paginator of the PDF and the DOCX
renderer lay it out; the PDF renderer comes from the Qt side and is passed in. Qt-free.
"""

from __future__ import annotations

import datetime as dt
import enum
import os
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from gui.core import wording as w
from gui.core.compose import Composed, Kind, Table, compose
from gui.core.issuing import free_name, number_symbol
from gui.core.layout import MARGINS_MM, TEXT_WIDTH_PT
from gui.core.record import Block, BlockKind, IssuedAnnex, Record, Section, Task
from gui.core.recordfile import SUFFIX
from gui.core.safefile import write_atomic
from gui.core.signing import Key, SignError, sha256_hex, sign_annex
from gui.core.signplace import annex_box
from gui.core.tracking import slug

PdfRenderer = Callable[[Composed], bytes]
TEXT_WIDTH_CM = TEXT_WIDTH_PT / 72 * 2.54

TASK_COLUMNS = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]
TASK_WIDTHS_CM = [1.4, 6.5, 3.2, 2.6, 2.8]
"""The tasks table's columns on a 16.5 cm line: a date fits its column at 13 pt."""
TASKS_TITLE = "DANH MỤC NHIỆM VỤ"
"""The title of an annex listing tasks, unless one is given."""


class AnnexFormat(enum.StrEnum):
    """The annex's file format."""

    PDF = "pdf"
    DOCX = "docx"


@dataclass(frozen=True)
class AnnexBlock:
    """A table or tasks block of a document's outline that can be issued as an annex.

    ``path`` is its ``gui.core.paths`` path (``("notice", "outline", 1, "blocks", 0)``);
    ``heading`` the heading of the section holding it ("" when that section has none).
    """

    path: tuple[str | int, ...]
    kind: BlockKind
    heading: str
    rows: int  # table rows, or tasks


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def annex_blocks(record: Record, kind: Kind) -> list[AnnexBlock]:
    """The table and tasks blocks of ``kind``'s outline, in reading order."""
    settings = record.minutes if kind is Kind.MINUTES else record.notice
    out: list[AnnexBlock] = []

    def walk(sections: list[Section], path: tuple[str | int, ...]) -> None:
        for s, section in enumerate(sections):
            here = (*path, s)
            for b, block in enumerate(section.blocks):
                if block.kind is BlockKind.TABLE:
                    rows = sum(1 for r in block.rows if any(c.strip() for c in r))
                elif block.kind is BlockKind.TASKS:
                    rows = len(_printed(block.tasks))
                else:
                    continue
                out.append(AnnexBlock((*here, "blocks", b), block.kind, section.heading, rows))
            walk(section.sections, (*here, "sections"))

    walk(settings.outline or [], (kind.value, "outline"))
    return out


def block_at(record: Record, path: tuple[str | int, ...]) -> Block:
    """The table or tasks block at ``path``.

    Raises:
        SignError: nothing there, or not a table or tasks block.
    """
    found = next((b for b in annex_blocks(record, _kind_of(path)) if b.path == tuple(path)), None)
    if found is None:
        raise SignError("no table or tasks block there to issue as an annex")
    node: object = record
    for part in path:
        node = node[part] if isinstance(part, int) else getattr(node, part)  # type: ignore[index]
    assert isinstance(node, Block)
    return node


def _kind_of(path: tuple[str | int, ...]) -> Kind:
    return Kind.MINUTES if path[:1] == ("minutes",) else Kind.NOTICE


def _printed(tasks: list[Task]) -> list[Task]:
    return [t for t in tasks if t.content.strip() or t.has_deadline()]


def record_tasks(record: Record) -> list[tuple[str, Task]]:
    """The tasks of the record, as the tracking book lists them: the departments' tasks, then
    the tasks blocks of the notice and of the minutes (department, task)."""
    return [(t.department, t.task) for t in record.tracked_tasks() if _printed([t.task])]


def deadline_cell(task: Task) -> str:
    """``31/12/2017``, or the deadline as worded ("Thường xuyên"), or ""."""
    if task.deadline is not None:
        return w.date_short(task.deadline)
    return task.deadline_text.strip()


def tasks_table(tasks: list[tuple[str, Task]]) -> Table:
    """STT, nội dung, đơn vị chủ trì (the lead, else the department), phối hợp, thời hạn."""
    rows = [list(TASK_COLUMNS)]
    for n, (department, task) in enumerate(tasks, start=1):
        lead = task.lead.strip() or department.strip() or task.department.strip()
        rows.append(
            [
                str(n),
                _nfc(task.content.strip()),
                _nfc(lead),
                _nfc(task.coordinating.strip()),
                _nfc(deadline_cell(task)),
            ]
        )
    return Table(rows, header_rows=1, widths=list(TASK_WIDTHS_CM))


def _block_table(block: Block) -> Table:
    if block.kind is BlockKind.TASKS:
        return tasks_table([(t.department, t) for t in _printed(block.tasks)])
    rows = [[_nfc(c.strip()) for c in row] for row in block.rows if any(c.strip() for c in row)]
    table = Table(rows, min(block.header_rows, len(rows)))
    # each column at least as wide as its longest word (the DOCX's measure), in the PDF too
    table.widths = table.column_widths(TEXT_WIDTH_CM)
    return table


def document_name(doc: Composed) -> str:
    """``Thông báo`` from ``THÔNG BÁO``: the document's type in normal case."""
    text = " ".join(doc.type_name.split()).lower()
    return text[:1].upper() + text[1:]


def attached_line(record: Record, doc: Composed) -> str:
    """``(Kèm theo Thông báo số 15/TB-VP ngày 04 tháng 5 năm 2026 của Văn phòng)``: the
    number and symbol, the issue date and the issuing agency, as far as they are known
    (blanks where the number or the date is not set yet)."""
    parts = [f"Kèm theo {document_name(doc)}"]
    h = doc.header
    number = h.number.removeprefix("Số:").strip() if h else ""
    if number:
        parts.append(f"số {number if number[0].isdigit() else w.BLANK + number.lstrip()}")
    when = h.place_date.partition(", ")[2] if h and h.place_date else ""
    parts.append(when or w.date_long(None))
    agency = " ".join(record.header.agency.split())
    if agency:
        parts.append(f"của {agency}")
    return _nfc(f"({' '.join(parts)})")


def compose_annex(
    record: Record,
    kind: Kind,
    block: tuple[str | int, ...] | None = None,
    numeral: int | None = None,
    title: str | None = None,
) -> Composed:
    """The annex of ``record``'s ``kind``: the block at ``block`` (a table or tasks block of
    its outline) or, without one, the record's tasks, as a table.

    ``numeral`` numbers it (``Phụ lục II``); ``title`` is its title (uppercased), by default the
    heading of the section holding the block, or "DANH MỤC NHIỆM VỤ" for tasks.

    Raises:
        SignError: ``block`` is not a table or tasks block of that document, or the annex
            would be empty.
    """
    if kind not in (Kind.NOTICE, Kind.MINUTES):
        raise SignError(f"only the notice and the minutes have annexes, not {kind.value}")
    main = compose(record, kind)
    if block is not None:
        if _kind_of(block) is not kind:
            raise SignError(f"that block is not in the {kind.value}")
        chosen = block_at(record, block)
        table = _block_table(chosen)
        heading = next(b.heading for b in annex_blocks(record, kind) if b.path == tuple(block))
        heading = heading.strip().rstrip(":").strip()  # "Lái xe:" heads a table as "LÁI XE"
        default = heading if heading else (
            TASKS_TITLE if chosen.kind is BlockKind.TASKS else ""
        )  # fmt: skip
    else:
        table = tasks_table(record_tasks(record))
        default = TASKS_TITLE
    if len(table.rows) <= table.header_rows:
        raise SignError("the annex would be empty: no tasks or rows to put in it")
    name = w.upper_vi(_nfc(default if title is None else title))
    label = "Phụ lục" + (f" {w.roman(numeral)}" if numeral else "")
    return Composed(
        kind=kind,
        header=None,
        type_name=label,
        summary=name,
        body=[table],
        attached=attached_line(record, main),
    )


def annex_path(
    record_file: str | os.PathLike[str],
    main: Composed,
    fmt: AnnexFormat,
    numeral: int | None = None,
    outdir: str | os.PathLike[str] | None = None,
    signed: bool = False,
) -> Path:
    """``15/TB-VP`` → ``15-tb-vp.phu-luc.pdf`` (``.phu-luc-ii``, ``.phu-luc.signed.pdf``)
    beside the record (or in ``outdir``); without a number, ``MEETING.notice.phu-luc.pdf``."""
    src = Path(record_file)
    folder = Path(outdir) if outdir is not None else src.parent
    number = number_symbol(main)
    if number:
        stem = slug(number, "van-ban")
    else:
        base = src.name[: -len(SUFFIX)] if src.name.endswith(SUFFIX) else src.stem
        stem = f"{base}.{main.kind.value}"
    part = "phu-luc" + (f"-{w.roman(numeral).lower()}" if numeral else "")
    end = f"signed.{fmt.value}" if signed else fmt.value
    return folder / f"{stem}.{part}.{end}"


def write_annex(
    record: Record,
    record_file: str | os.PathLike[str],
    kind: Kind,
    *,
    block: tuple[str | int, ...] | None = None,
    fmt: AnnexFormat = AnnexFormat.PDF,
    render_pdf: PdfRenderer | None = None,
    numeral: int | None = None,
    title: str | None = None,
    outdir: str | os.PathLike[str] | None = None,
    agency_key: Key | None = None,
    when: dt.datetime | None = None,
) -> Path:
    """Write the annex atomically beside the record (or in ``outdir``) and return its path.

    With ``agency_key`` the PDF gets the agency's signature as NĐ 30 sets it for an annex in
    its own file, and is written as ``….phu-luc.signed.pdf`` (never over an earlier one).

    Raises:
        SignError: no such block, a DOCX asked to be signed, no number to show, a key problem.
        RecordFileError: the file could not be written (nothing on disk changed).
    """
    doc = compose_annex(record, kind, block, numeral, title)
    main = compose(record, kind)
    if fmt is AnnexFormat.DOCX:
        if agency_key is not None:
            raise SignError("only a PDF annex is signed")
        from gui.core.render_docx import render_docx  # python-docx: only when exporting

        target = annex_path(record_file, main, fmt, numeral, outdir)
        write_atomic(target, render_docx(doc), backup=False)
        return target
    if render_pdf is None:
        raise ValueError("a PDF annex needs a PDF renderer")
    data = render_pdf(doc)
    if agency_key is None:
        target = annex_path(record_file, main, fmt, numeral, outdir)
        write_atomic(target, data, backup=False)
        return target
    number = number_symbol(main)
    if not number:
        raise SignError("the document has no number yet: the annex's signature shows it")
    box = annex_box(right_margin_mm=MARGINS_MM["right"])
    signed = sign_annex(data, agency_key, f"Số: {number}", when, box=box)
    target = free_name(annex_path(record_file, main, fmt, numeral, outdir, signed=True))
    write_atomic(target, signed, backup=False)
    return target


def issued_annex(path: str | os.PathLike[str]) -> IssuedAnnex:
    """The record of issue's entry for the annex written at ``path``: its name (it lies
    beside the document it goes with) and the SHA-256 of the bytes on disk.

    Raises:
        OSError: the file cannot be read.
    """
    target = Path(path)
    return IssuedAnnex(file=target.name, sha256=sha256_hex(target.read_bytes()))


def describe_sources(record: Record, kind: Kind) -> list[str]:
    """One line per annexable block, numbered as ``--annex-block N`` takes them."""
    names = {BlockKind.TABLE: "table", BlockKind.TASKS: "tasks"}
    return [
        f"{n}: {names[b.kind]} ({b.rows} rows)" + (f" under «{b.heading}»" if b.heading else "")
        for n, b in enumerate(annex_blocks(record, kind), start=1)
    ]


__all__ = [
    "AnnexBlock",
    "AnnexFormat",
    "annex_blocks",
    "annex_path",
    "attached_line",
    "compose_annex",
    "describe_sources",
    "issued_annex",
    "record_tasks",
    "tasks_table",
    "write_annex",
]
