"""Starting from an old document: a conclusion notice or minutes (DOCX or plain text) in the
layout of NĐ 30/2020 read back into a record.

The source is read into a flat list of ``_Item`` (paragraphs and tables in document order);
the header (agencies, number, place and date), the type and summary, the body (sections with
their numbering, paragraphs, tables, attendees, directives with departments and deadlines),
the closing formula, Nơi nhận and the signature blocks are recognised from it. Whatever is
not recognised stays as paragraphs where it was, and a ``Note`` says so: nothing is dropped.
Every text is NFC. Qt-free.
"""

from __future__ import annotations

import datetime as dt
import enum
import os
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from typing import Any

from gui.core.compose import Kind
from gui.core.errors import Problem, RecordFileError
from gui.core.record import (
    Attendance,
    Attendee,
    AttendeeStyle,
    Authority,
    Block,
    BlockKind,
    DocumentSettings,
    Numbering,
    Person,
    Record,
    Section,
    SignatureBlock,
    Signer,
    Speech,
    Task,
)
from gui.core.wording import as_in_sentences, in_capitals, roman, signer_lines

MAX_DOCX_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # a DOCX that unpacks to more is refused (zip bomb)
MAX_TEXT_BYTES = 20 * 1024 * 1024


class NoteKind(enum.StrEnum):
    """What the importer could not place or had to change."""

    NO_TITLE = "no_title"  # no THÔNG BÁO / BIÊN BẢN: everything imported as paragraphs
    NO_HEADER = "no_header"  # no national motto: not a document in the NĐ 30 layout
    HEADER_LINE = "header_line"  # a header line not recognised, kept as a body paragraph
    NO_END = "no_end"  # no end mark "./.": Nơi nhận and signatures not told apart
    TAIL_LINE = "tail_line"  # after the body, neither recipient nor signature: kept
    NUMBERING = "numbering"  # a heading's number differs from its position: recomputed
    DEADLINE_IN_TEXT = "deadline_in_text"  # worded unlike the others: left in the sentence
    ATTENDEE_LINE = "attendee_line"  # under Thành phần but not a person: kept as paragraphs
    SIGNER = "signer"  # a signature's title lines fit no signing authority form
    TABLE_CELLS = "table_cells"  # plain text: lines that look like table cells


_NOTE_TEXT = {
    NoteKind.NO_TITLE: "no THÔNG BÁO or BIÊN BẢN title found: imported as paragraphs",
    NoteKind.NO_HEADER: "no national motto (CỘNG HÒA …) found: not in the NĐ 30 layout",
    NoteKind.HEADER_LINE: "header line not recognised, kept as a body paragraph",
    NoteKind.NO_END: "no end mark (./.) found: Nơi nhận and signatures may be in the body",
    NoteKind.TAIL_LINE: "line after the body is neither a recipient nor a signature, kept",
    NoteKind.NUMBERING: "heading numbered differently from its position; numbers recomputed",
    NoteKind.DEADLINE_IN_TEXT: "deadline worded unlike the others, left in the task's text",
    NoteKind.ATTENDEE_LINE: "line under Thành phần not read as a person; kept as paragraphs",
    NoteKind.SIGNER: "signature title fits no signing form (TM./KT./TL./…); kept as written",
    NoteKind.TABLE_CELLS: "plain text: table cells were imported as paragraphs",
}


@dataclass(frozen=True)
class Note:
    """One thing the importer did not recognise: its kind and the text concerned."""

    kind: NoteKind
    text: str = ""

    def describe(self) -> str:
        """One English line for the command line and logs."""
        excerpt = self.text if len(self.text) <= 80 else self.text[:77] + "…"
        return f"{_NOTE_TEXT[self.kind]}: «{excerpt}»" if excerpt else _NOTE_TEXT[self.kind]


@dataclass
class ImportResult:
    """The record read from a document, which document it is, and the notes."""

    record: Record
    kind: Kind
    notes: list[Note] = field(default_factory=list)


@dataclass
class _Item:
    """A paragraph (``rows`` None) or a table of the source."""

    text: str = ""
    rows: list[list[str]] | None = None
    bold: bool = False
    italic: bool = False
    centered: bool = False
    raw: str = ""  # plain text: the line as written (its columns)


# --- reading ----------------------------------------------------------------------------------


def import_file(path: str | os.PathLike[str]) -> ImportResult:
    """Import a DOCX or plain-text document.

    Raises:
        RecordFileError: the file cannot be read, or is neither a DOCX nor UTF-8 text.
    """
    name = os.fspath(path)
    try:
        with open(name, "rb") as f:
            head = f.read(4)
        size = os.path.getsize(name)
    except FileNotFoundError:
        raise RecordFileError(name, Problem.NOT_FOUND, "no such file") from None
    except IsADirectoryError:
        raise RecordFileError(name, Problem.NOT_A_FILE, "is a folder, not a file") from None
    except OSError as exc:
        raise RecordFileError(name, Problem.UNREADABLE, exc.strerror or str(exc)) from None
    if head.startswith(b"PK") or name.lower().endswith(".docx"):
        if not head.startswith(b"PK"):
            raise RecordFileError(name, Problem.INVALID, "not a DOCX file (not a ZIP archive)")
        if size > MAX_DOCX_BYTES:
            raise RecordFileError(name, Problem.TOO_LARGE, f"larger than {MAX_DOCX_BYTES} bytes")
        return _import_items(_docx_items(name), from_text=False)
    if size > MAX_TEXT_BYTES:
        raise RecordFileError(name, Problem.TOO_LARGE, f"larger than {MAX_TEXT_BYTES} bytes")
    with open(name, "rb") as f:
        data = f.read()
    return import_text(_decode(name, data))


def import_text(text: str) -> ImportResult:
    """Import a document given as plain text (one paragraph a line, as LibreOffice writes)."""
    items = [_Item(_clean(line), raw=line) for line in _unwrap(text)]
    return _import_items(items, from_text=True)


def _unwrap(text: str) -> list[str]:
    """The lines of ``text``, with the lines of a paragraph wrapped at a fixed width (a text laid
    out like the page: a paragraph starts indented, its other lines are not) joined again.
    LibreOffice's text export writes a paragraph a line: nothing is joined there."""
    lines = [line.rstrip() for line in text.splitlines()]
    longest = max((len(line) for line in lines), default=0)
    if not 40 <= longest <= 160:
        return lines
    out: list[str] = []
    joining = False
    for line in lines:
        starts = line.startswith("    ") and not line.startswith("     ")
        if (
            joining
            and line
            and not line[0].isspace()
            and "│" not in line
            and len(out[-1]) >= longest - 25
        ):
            out[-1] = f"{out[-1]} {line}"
            continue
        out.append(line)
        joining = bool(line) and (starts or joining) and "│" not in line
        if not line:
            joining = False
    return out


def _decode(name: str, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RecordFileError(
            name, Problem.NOT_UTF8, f"neither a DOCX nor UTF-8 text (byte {exc.start})"
        ) from None
    if "\x00" in text:
        raise RecordFileError(name, Problem.NOT_UTF8, "binary data, not text")
    return text


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\t", " ")
    return re.sub(r" {2,}", " ", text).strip()


def _docx_items(name: str) -> list[_Item]:
    try:
        with zipfile.ZipFile(name) as z:
            infos = z.infolist()
            if "word/document.xml" not in {i.filename for i in infos}:
                raise RecordFileError(
                    name, Problem.INVALID, "a ZIP archive but not a DOCX (no word/document.xml)"
                )
            if sum(i.file_size for i in infos) > MAX_UNPACKED_BYTES:
                raise RecordFileError(name, Problem.TOO_LARGE, "unpacks to more than 200 MB")
    except zipfile.BadZipFile:
        raise RecordFileError(name, Problem.INVALID, "not a DOCX file (damaged ZIP)") from None
    except OSError as exc:
        raise RecordFileError(name, Problem.UNREADABLE, exc.strerror or str(exc)) from None
    import docx  # python-docx: only when importing
    from docx.oxml.ns import qn

    try:
        document = docx.Document(name)
        return _body_items(document, qn)
    except Exception as exc:  # python-docx and lxml raise many kinds on a broken package
        raise RecordFileError(
            name, Problem.INVALID, f"not a readable DOCX ({type(exc).__name__})"
        ) from None


def _body_items(document: Any, qn: Any) -> list[_Item]:
    items: list[_Item] = []
    labels = _ListLabels(document)
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            items.append(_docx_paragraph(child, document, labels))
        elif child.tag == qn("w:tbl"):
            items.append(_Item(rows=_docx_rows(child, document)))
        elif child.tag == qn("w:sectPr"):
            continue
        else:  # content controls and the like: their paragraphs, in order
            items += [_docx_paragraph(p, document, labels) for p in child.iter(qn("w:p"))]
    return items


class _ListLabels:
    """Word's automatic numbering: the label ("1.", "a)", "II.", "-") a list paragraph shows
    before its text, which python-docx's ``Paragraph.text`` leaves out."""

    def __init__(self, document: Any) -> None:
        from docx.oxml.ns import qn

        self.qn = qn
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.counters: dict[str, list[int]] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for a in numbering.findall(qn("w:abstractNum")):
            levels = {}
            for lvl in a.findall(qn("w:lvl")):
                fmt = lvl.find(qn("w:numFmt"))
                text = lvl.find(qn("w:lvlText"))
                start = lvl.find(qn("w:start"))
                levels[int(lvl.get(qn("w:ilvl"), "0"))] = (
                    fmt.get(qn("w:val"), "decimal") if fmt is not None else "decimal",
                    text.get(qn("w:val"), "") if text is not None else "",
                    int(start.get(qn("w:val"), "1")) if start is not None else 1,
                )
            abstract[a.get(qn("w:abstractNumId"), "")] = levels
        for num in numbering.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is not None:
                self.levels[num.get(qn("w:numId"), "")] = abstract.get(ref.get(qn("w:val"), ""), {})

    def _num_pr(self, p: Any) -> Any:
        qn = self.qn
        ppr = p._p.pPr
        if ppr is not None and ppr.numPr is not None:
            return ppr.numPr
        style = p.style
        while style is not None:
            spr = style.element.find(qn("w:pPr"))
            found = spr.find(qn("w:numPr")) if spr is not None else None
            if found is not None:
                return found
            style = style.base_style
        return None

    def label(self, p: Any) -> str:
        """The label of paragraph ``p`` ("" when it is not a list paragraph)."""
        qn = self.qn
        num_pr = self._num_pr(p)
        if num_pr is None:
            return ""
        num_id_el, ilvl_el = num_pr.find(qn("w:numId")), num_pr.find(qn("w:ilvl"))
        num_id = num_id_el.get(qn("w:val"), "0") if num_id_el is not None else "0"
        ilvl = int(ilvl_el.get(qn("w:val"), "0")) if ilvl_el is not None else 0
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        fmt, text, _start = levels[ilvl]
        if fmt in ("bullet", "none"):
            return "+" if text.strip() == "+" else ("-" if fmt == "bullet" else "")
        counters = self.counters.setdefault(num_id, [0] * 10)
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else levels[ilvl][2]
        for deeper in range(ilvl + 1, len(counters)):
            counters[deeper] = 0
        out = text
        for level in range(ilvl + 1):
            lfmt = levels.get(level, ("decimal", "", 1))[0]
            value = counters[level] or levels.get(level, ("", "", 1))[2]
            out = out.replace(f"%{level + 1}", _format_number(lfmt, value))
        return out


def _format_number(fmt: str, n: int) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = "abcdefghijklmnopqrstuvwxyz"
        text = letters[(n - 1) % 26] * ((n - 1) // 26 + 1)
        return text.upper() if fmt == "upperLetter" else text
    if fmt in ("lowerRoman", "upperRoman"):
        text = roman(max(n, 1))
        return text.lower() if fmt == "lowerRoman" else text
    return str(n)


def _docx_paragraph(element: Any, document: Any, labels: _ListLabels | None = None) -> _Item:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.text.paragraph import Paragraph

    p = Paragraph(element, document)
    runs = [r for r in p.runs if r.text.strip()]
    style = (p.style.name if p.style is not None else "") or ""
    heading_style = style.lower().startswith(("heading", "title"))
    bold = bool(runs) and (heading_style or bool(runs[0].bold))
    italic = bool(runs) and all(r.italic for r in runs)
    alignment = p.alignment
    if alignment is None and p.style is not None:
        alignment = p.style.paragraph_format.alignment
    text = _clean(p.text)
    label = labels.label(p) if labels is not None and text else ""
    return _Item(
        _clean(f"{label} {text}") if label else text,
        bold=bold,
        italic=italic,
        centered=alignment == WD_ALIGN_PARAGRAPH.CENTER,
    )


def _docx_rows(table: Any, document: Any) -> list[list[str]]:
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    rows = []
    for tr in table.iterchildren(qn("w:tr")):
        cells = []
        for tc in tr.iterchildren(qn("w:tc")):  # a merged cell once, not once per grid column
            lines = [
                unicodedata.normalize("NFC", Paragraph(p, document).text)
                for p in tc.iter(qn("w:p"))
            ]
            cells.append("\n".join(lines))
        rows.append(cells)
    return rows


# --- recognising -------------------------------------------------------------------------------

_TITLE = re.compile(r"^(THÔNG BÁO|BIÊN BẢN)(?:\s+(\S.*))?$")
_MOTTO = re.compile(r"CỘNG\s+H\S+\s+XÃ\s+HỘI|Độc\s+lập\s*[-–]\s*Tự\s+do", re.IGNORECASE)
_NATION = re.compile(r"CỘNG\s+H\S+\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM", re.IGNORECASE)
_MOTTO_LINE = re.compile(r"Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc", re.IGNORECASE)
_NUMBER = re.compile(
    r"^Số\s*:\s*(?P<n>\d*)\s*/\s*(?P<kind>[A-ZĐ]+)(?:\s*-\s*(?P<code>[A-ZĐ0-9][A-ZĐ0-9.\-]*))?"
)
_PLACE_DATE = re.compile(
    r"^(?P<place>[^,]{1,60}),\s*ngày\s*(?:(?P<d>\d{1,2})|[….]*)\s*tháng\s*(?:(?P<m>\d{1,2})|[….]*)"
    r"\s*năm\s*(?:(?P<y>\d{4})|[….]*)"
)
_RULE = re.compile(r"^(?=(?:\s*[_\-─—=.*]){3})[_\-─—=.*\s]+$")
_ROMAN = re.compile(r"^(?P<n>[IVXL]{1,6})\.\s*(?P<text>\S.*)$")
_NESTED = re.compile(r"^(?P<n>\d{1,2}(?:\.\d{1,2})+)\.?\s+(?P<text>\S.*)$")
_ARABIC = re.compile(r"^(?P<n>\d{1,2})\.\s+(?P<text>\S.*)$")
_LETTER = re.compile(r"^(?P<n>[a-zđ])\)\s+(?P<text>\S.*)$")
_TOPIC = re.compile(r"^(?P<n>[-+–])\s+(?P<text>\S.{0,150}:)$")
_BULLET = re.compile(r"^(?P<b>[-+–•])\s+(?P<text>\S.*)$")
_LETTERS = "abcdđeghiklmnopqrstuvxy"
_UNIT = re.compile(
    r"^(Sở|Ban|Văn phòng|Ủy ban|Uỷ ban|UBND|Tổng công ty|Công ty|Phòng|Trung tâm|Bộ|Cục|"
    r"Chi cục|Kho bạc|Thanh tra|Công an|Bộ Chỉ huy|Bảo hiểm|Đài|Báo|Trường|Viện|Hội đồng|"
    r"Hội|Liên đoàn|Đoàn|Huyện|Quận|Thị xã|Thành phố|Xã|Phường|Ngân hàng|Chi nhánh|"
    r"Các (?:Sở|sở|Ban|ban|đơn vị|cơ quan|phòng|Phòng|xã|huyện|Ủy ban|UBND|địa phương|"
    r"doanh nghiệp|chủ đầu tư|Công ty|công ty))\b"
)
_UNIT_LEAD = re.compile(
    r"^(?P<unit>.{2,80}?)\s+(?:chủ trì|phối hợp|khẩn trương|tham mưu|chịu trách nhiệm|"
    r"thực hiện|rà soát|hướng dẫn|theo dõi|tổ chức|xây dựng|báo cáo|kiểm tra|tiếp tục|"
    r"có trách nhiệm)\b"
)
_DIRECTIVE_CONTEXT = re.compile(
    r"nhiệm vụ|phân công|giao|yêu cầu|chỉ đạo|tổ chức thực hiện|kiến nghị|đề nghị", re.IGNORECASE
)
_DEADLINE = re.compile(
    r"(?P<sep>[;,]?\s+|\s+[-–]\s+)(?P<words>hoàn thành trước|hoàn thành chậm nhất|"
    r"hoàn thành trong|báo cáo trước|xong trước|trước|chậm nhất)\s+ngày\s+"
    r"(?:(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})|"
    r"(?P<ld>\d{1,2})\s+tháng\s+(?P<lm>\d{1,2})\s+năm\s+(?P<ly>\d{4}))"
    r"(?P<end>[.;]?)\s*$"
)
_PARTICIPANTS = re.compile(
    r"^thành phần(?:\s+(?:tham dự|tham gia|dự họp|làm việc|đoàn kiểm tra|kiểm tra))?\s*:?$"
)
_HONORIFIC = r"(?P<hon>Ông|Bà|Đồng chí|đồng chí|Đ/c|đ/c)"
_NAME = r"(?P<name>[A-ZĐÀ-Ỹ][^\s,:;-]*(?:\s+[A-ZĐÀ-Ỹ][^\s,:;-]*){1,5})"
_ROLES = r"(?P<role>Chủ trì|Chủ tọa|Thư ký|Thành viên|Trưởng đoàn|Phó Trưởng đoàn|Tổ trưởng)"
_ATTENDEE = {
    AttendeeStyle.LABELLED: re.compile(
        rf"^{_HONORIFIC}\s*:\s*{_NAME}\s*-\s*Chức vụ\s*:\s*(?P<pos>.+?)"
        rf"(?:\s+-\s+{_ROLES})?(?P<end>[.;]?)$"
    ),
    AttendeeStyle.COMMA: re.compile(
        rf"^{_HONORIFIC}\s+{_NAME},\s*(?P<pos>.+?)(?:\s+-\s+{_ROLES})?(?P<end>[.;]?)$"
    ),
    AttendeeStyle.DASH: re.compile(
        rf"^{_HONORIFIC}\s+{_NAME}\s+-\s+(?P<pos>.+?)(?:\s+-\s+{_ROLES})?(?P<end>[.;]?)$"
    ),
}
_MEETING_AT = re.compile(
    r"Hôm nay,?\s*(?:vào\s+)?(?:hồi\s+)?"
    r"(?:(?P<h>\d{1,2})\s*giờ\s*(?P<min>\d{1,2})?\s*(?:phút)?,?\s*)?"
    r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})"
)
# Mẫu 1.9 (minutes): the labelled lines of the meeting's facts, and its last sentence
_FACT_LABELS = {
    "start": re.compile(r"^Thời gian bắt đầu\s*:\s*(?P<v>.*)$"),
    "place": re.compile(r"^Địa điểm\s*:\s*(?P<v>.*)$"),
    "attendees": re.compile(r"^Thành phần(?: tham dự)?\s*:\s*(?P<v>.*)$"),
    "chair": re.compile(r"^Chủ trì(?: \(chủ t(?:ọa|oạ)\))?\s*:\s*(?P<v>.*)$"),
    "secretary": re.compile(r"^Thư ký(?: \(người ghi biên bản\))?\s*:\s*(?P<v>.*)$"),
    "content": re.compile(r"^Nội dung(?: \([^)]*\))?\s*:\s*(?P<v>.*)$"),
}
_TIME_ON_DATE = re.compile(
    r"^(?:(?:vào\s+)?(?P<h>\d{1,2})\s*giờ\s*(?P<min>\d{1,2})?\s*(?:phút)?|[.…\s]*giờ[.…\s]*)?"
    r",?\s*ngày\s+(?:(?P<d>\d{1,2})|[.…]+)\s+tháng\s+(?:(?P<m>\d{1,2})|[.…]+)"
    r"\s+năm\s+(?:(?P<y>\d{4})|[.…]+)\.?$"
)
_MEETING_END_LINE = re.compile(r"^Cuộc họp(?: \([^)]*\))? kết thúc vào\s+(?P<rest>.*?)\s*\./\.$")
_BLANK_VALUE = re.compile(r"^[.…\s]*$")
_HONORIFIC_FIRST = re.compile(rf"^{_HONORIFIC}\s+")
_CHAIRED = re.compile(
    r"đồng chí\s+(?P<name>[A-ZĐÀ-Ỹ][^,;.]*?)\s+-\s+(?P<pos>[^,;]+?)\s+(?:đã\s+)?chủ trì"
)
_MEETING_ON = re.compile(
    r"^Ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4}),[^.]*?"
    r"(?:tổ chức |chủ trì )cuộc họp (?P<name>[^.;]{3,200})"
)


def _deadline(text: str) -> re.Match[str] | None:
    """The deadline phrase ending ``text`` (searched in its last 300 characters only)."""
    return _DEADLINE.search(text, max(0, len(text) - 300))


def _date(d: str | None, m: str | None, y: str | None) -> dt.date | None:
    try:
        return dt.date(int(y or ""), int(m or ""), int(d or ""))
    except ValueError:
        return None


def _is_upper(text: str) -> bool:
    return any(c.isalpha() for c in text) and not any(c.islower() for c in text)


def _import_items(items: list[_Item], from_text: bool) -> ImportResult:
    return _Importer(items, from_text).run()


@dataclass
class _Signature:
    title: list[str] = field(default_factory=list)
    name: str = ""


class _Importer:
    """One import: the items in, a record and notes out."""

    def __init__(self, items: list[_Item], from_text: bool) -> None:
        self.items = items
        self.from_text = from_text
        self.notes: list[Note] = []
        self.record = Record()
        self.record.content.intro_from_fields = False
        self.kind = Kind.NOTICE
        self.settings: DocumentSettings = self.record.notice
        self.deadline_form: tuple[str, str, str] | None = None  # words, separator, style

    def note(self, kind: NoteKind, text: str = "") -> None:
        self.notes.append(Note(kind, text))

    # -- the whole document ---------------------------------------------------------------

    def run(self) -> ImportResult:
        items = self.items
        title_at = next(
            (
                i
                for i, it in enumerate(items)
                if it.rows is None and _TITLE.match(it.text) and not _MOTTO.search(it.text)
            ),
            None,
        )
        if title_at is None:
            self.note(NoteKind.NO_TITLE)
            if not any(_MOTTO.search(self._item_text(it)) for it in items[:12]):
                self.note(NoteKind.NO_HEADER)
            body, tail = self._split_tail(items)
            self.settings.outline = self._body(body, [])
            self._tail(tail)
            return ImportResult(self.record, self.kind, self.notes)
        m = _TITLE.match(items[title_at].text)
        assert m is not None
        if m.group(1) == "BIÊN BẢN":
            self.kind = Kind.MINUTES
            self.settings = self.record.minutes
            self.settings.title = items[title_at].text
            self.settings.recipients = []
            self.settings.signatures = []
        elif m.group(2):
            self.settings.title = items[title_at].text
        leftover = self._header(items[:title_at])
        at = title_at + 1
        summary: list[str] = []
        while at < len(items) and len(summary) < 6:
            it = items[at]
            if it.rows is not None or not it.text or _RULE.match(it.text):
                break
            if not self.from_text and not (it.centered or it.bold):
                break
            if it.text.startswith(("Căn cứ", "Hôm nay")) or self._heading(it) is not None:
                break
            summary.append(it.text)
            at += 1
        if self.kind is Kind.MINUTES:
            self.settings.summary = "\n".join(summary)
        else:
            self.record.header.summary = "\n".join(summary)
        body, tail = self._split_tail(items[at:])
        closing: list[str] = []
        while body and body[-1].rows is None and not body[-1].text:
            body.pop()
        if body and body[-1].rows is None and body[-1].text.endswith("/."):
            closing.append(body.pop().text)
        self.settings.outline = self._body(leftover + body, closing)
        if self.kind is Kind.MINUTES:
            self.settings.closing = closing or None
        else:
            self.record.closing.sentence = "\n".join(closing)
        self._tail(tail)
        self._meeting_facts(body)
        if self.kind is Kind.MINUTES:
            self._minutes_facts()
        self._agencies_as_written(items[title_at + 1 :])
        return ImportResult(self.record, self.kind, self.notes)

    # -- the minutes' facts (Mẫu 1.9) -----------------------------------------------------------

    def _minutes_facts(self) -> None:
        """The labelled lines of Mẫu 1.9 at the start of minutes ("Thời gian bắt đầu: …",
        "Địa điểm: …", "Thành phần tham dự:" and its list, "Chủ trì (chủ tọa): …", "Thư ký
        (người ghi biên bản): …", "Nội dung …:" and the speakers' list) read into the meeting
        and replaced by the block that prints them from it, and the last sentence "Cuộc họp
        kết thúc vào …/." likewise: the minutes then follow the meeting's fields as minutes
        written in Bienban do. Lines that do not read so stay as they were."""
        outline = self.settings.outline
        if not outline or outline[0].heading:
            return
        first = outline[0]
        lines: list[tuple[str, str]] = []  # (text, bullet) of the leading paragraphs
        for block in first.blocks:
            if block.kind is not BlockKind.PARAGRAPHS or block.italic:
                break
            lines += [(p, block.bullet) for p in block.paragraphs]
        read = self._facts(lines)
        if read is None:
            return
        used, speeches = read
        rest = lines[used:]
        blocks = [Block(BlockKind.MEETING_FACTS)]
        if speeches:
            self.record.content.discussion = speeches
            blocks.append(Block(BlockKind.DISCUSSION))
        for text, bullet in rest:  # what followed, regrouped as it was (by bullet)
            if blocks[-1].kind is BlockKind.PARAGRAPHS and blocks[-1].bullet == bullet:
                blocks[-1].paragraphs.append(text)
            else:
                blocks.append(Block(BlockKind.PARAGRAPHS, paragraphs=[text], bullet=bullet))
        first.blocks = blocks + first.blocks[self._blocks_spanning(first.blocks, len(lines)) :]
        closing = self.settings.closing or []
        if len(closing) == 1 and (end := _MEETING_END_LINE.match(closing[0])):
            when = _TIME_ON_DATE.match(end.group("rest"))
            m = self.record.meeting
            if when and _date(when.group("d"), when.group("m"), when.group("y")) == m.date:
                m.end_time = _hour(when)
                self.settings.closing = None
                outline.append(Section(blocks=[Block(BlockKind.MEETING_END)]))

    @staticmethod
    def _blocks_spanning(blocks: list[Block], count: int) -> int:
        """How many leading paragraph blocks hold the first ``count`` lines."""
        n = 0
        for i, block in enumerate(blocks):
            if count <= 0:
                return i
            if block.kind is not BlockKind.PARAGRAPHS or block.italic:
                return i
            count -= len(block.paragraphs)
            n = i + 1
        return n

    def _facts(self, lines: list[tuple[str, str]]) -> tuple[int, list[Speech]] | None:
        """Read the labelled lines; (lines used, speeches), or None when they are not there
        (the start time, the chair and "Nội dung" at least, in the template's order). The
        meeting is changed only when they are."""
        read: dict[str, Any] = {
            "date": None,
            "start_time": None,
            "location": "",
            "chair": Person(),
            "secretary": Person(),
        }
        at, seen = 0, []
        attendees: list[Attendee] = []
        speeches: list[Speech] = []
        order = list(_FACT_LABELS)
        while at < len(lines):
            text, bullet = lines[at]
            found = next((k for k in order if not bullet and _FACT_LABELS[k].match(text)), None)
            if found is None or (seen and order.index(found) <= order.index(seen[-1])):
                break
            hit = _FACT_LABELS[found].match(text)
            assert hit is not None
            value = "" if _BLANK_VALUE.match(hit.group("v")) else hit.group("v").strip()
            at += 1
            items: list[str] = []
            while at < len(lines) and lines[at][1] == "-" and found in ("attendees", "content"):
                items.append(lines[at][0].strip())
                at += 1
            if found == "start":
                when = _TIME_ON_DATE.match(value) if value else None
                if value and when is None:
                    return None
                if when:
                    read["date"] = _date(when.group("d"), when.group("m"), when.group("y"))
                    read["start_time"] = _hour(when)
            elif found == "place":
                read["location"] = value.rstrip(".")
            elif found == "attendees":
                if value:
                    return None  # a list written on the line itself: kept as written
                attendees = [_listed_attendee(item.rstrip(";.").strip()) for item in items]
            elif found in ("chair", "secretary"):
                name, _, position = value.rstrip(".").partition(" - ")
                read[found] = Person(_HONORIFIC_FIRST.sub("", name).strip(), position.strip())
            elif found == "content":
                if value:
                    return None
                for item in items:  # printed "- speaker: what was said" (or "- what was said")
                    speaker, colon, said = item.partition(":")
                    if not colon:
                        speaker, said = "", item
                    said = "" if _BLANK_VALUE.match(said) else said.strip()
                    speeches.append(Speech(speaker.strip(), said))
            seen.append(found)
        if not {"start", "chair", "content"} <= set(seen):
            return None
        m = self.record.meeting
        for name, value in read.items():
            setattr(m, name, value)
        m.attendees = attendees
        return at, speeches

    def _agencies_as_written(self, items: list[_Item]) -> None:
        """The heading prints the agencies in capitals; the record keeps them as a sentence
        writes them (the heading prints them in capitals again), and the document's own text
        shows how when it names them: "VĂN PHÒNG" is kept as "Văn phòng" from "… của Văn phòng
        UBND tỉnh …". A name the text never writes so stays as printed (the checks point out
        the issuing agency's)."""
        text = "\n".join(self._item_text(it) for it in items)
        h = self.record.header
        for name in ("parent_agency", "agency"):
            value = getattr(h, name)
            if in_capitals(value) and (written := as_in_sentences(value, text)):
                setattr(h, name, written)

    @staticmethod
    def _item_text(it: _Item) -> str:
        if it.rows is None:
            return it.text
        return "\n".join(c for row in it.rows for c in row)

    # -- header -------------------------------------------------------------------------------

    def _header(self, items: list[_Item]) -> list[_Item]:
        """Read agencies, number, place and date; return the lines not recognised."""
        lines: list[str] = []
        for it in items:
            if it.rows is None:
                lines.append(it.text)
                continue
            left: list[str] = []
            right: list[str] = []
            for row in it.rows:
                for n, cell in enumerate(row):
                    (left if n == 0 else right).extend(cell.splitlines())
            lines += left + right
        h = self.record.header
        s = self.settings
        agencies: list[str] = []
        leftover: list[_Item] = []
        seen: set[str] = set()  # each header part once; a second one is kept in the body
        for line in (part for raw in lines for part in _header_parts(_clean(raw))):
            if not line or _RULE.match(line):
                continue
            part = _header_part(line, len(agencies))
            if part in seen:
                part = "again"
            if part != "agency":
                seen.add(part)
            if part in ("nation", "motto"):
                continue
            if part == "number" and (m := _NUMBER.match(line)):
                number = int(m.group("n")) if m.group("n") else None
                code = m.group("code") or ""
                if self.kind is Kind.MINUTES:
                    s.number, s.doc_kind = number, m.group("kind")
                else:
                    h.number, h.doc_kind = number, m.group("kind")
                h.agency_code = code
                continue
            if part == "date" and (m := _PLACE_DATE.match(line)):
                place = m.group("place").strip()
                day = _date(m.group("d"), m.group("m"), m.group("y"))
                month = int(m.group("m")) if m.group("m") and day is None else None
                year = int(m.group("y")) if m.group("y") and day is None else None
                h.place = place
                if self.kind is Kind.MINUTES:
                    s.place, s.date, s.date_month, s.date_year = place, day, month, year
                else:
                    h.issue_date, h.issue_month, h.issue_year = day, month, year
                continue
            if part == "agency":
                agencies.append(line)
                continue
            self.note(NoteKind.HEADER_LINE, line)
            leftover.append(_Item(line))
        motto = "nation" in seen or "motto" in seen
        numbered = "number" in seen
        if not motto:
            self.note(NoteKind.NO_HEADER)
        if len(agencies) == 1:
            h.agency = agencies[0]
        elif agencies:
            h.parent_agency = agencies[0]
            h.agency = " ".join(agencies[1:])
        if not numbered:
            s.show_number = False
        return leftover

    # -- body ---------------------------------------------------------------------------------

    def _split_tail(self, items: list[_Item]) -> tuple[list[_Item], list[_Item]]:
        """The body, and what follows it (Nơi nhận, signatures)."""
        end = next(
            (
                i
                for i in range(len(items) - 1, -1, -1)
                if items[i].rows is None and items[i].text.endswith("/.")
            ),
            None,
        )
        if end is not None:
            return items[: end + 1], items[end + 1 :]
        for i, it in enumerate(items):
            text = self._item_text(it)
            if text.startswith("Nơi nhận") or (it.rows is not None and "Nơi nhận" in text):
                return items[:i], items[i:]
        if items and items[-1].rows is not None and self._signature_table(items[-1]):
            return items[:-1], items[-1:]
        if items:
            self.note(NoteKind.NO_END)
        return items, []

    @staticmethod
    def _signature_table(it: _Item) -> bool:
        cells = [c for row in it.rows or [] for c in row if c.strip()]
        return (
            len(it.rows or []) == 1
            and bool(cells)
            and all(_is_upper(c.strip().splitlines()[0]) for c in cells)
        )

    def _heading(self, it: _Item) -> tuple[Numbering, str, str] | None:
        if it.rows is not None or not it.text:
            return None
        text = it.text
        for numbering, pattern in (
            (Numbering.ROMAN, _ROMAN),
            (Numbering.NESTED, _NESTED),
            (Numbering.ARABIC, _ARABIC),
            (Numbering.LETTER, _LETTER),
        ):
            if m := pattern.match(text):
                return numbering, m.group("n"), m.group("text")
        if m := _TOPIC.match(text):
            return (Numbering.PLUS if m.group("n") == "+" else Numbering.DASH), "", m.group("text")
        return None

    def _body(self, items: list[_Item], closing: list[str]) -> list[Section]:
        root: list[Section] = []
        stack: list[tuple[Numbering, Section]] = []
        short_runs = 0
        run = 0
        for it in items:
            if it.rows is not None:
                rows = [[_clean(c) for c in row] for row in it.rows]
                self._current(root, stack).blocks.append(Block(BlockKind.TABLE, rows=rows))
                continue
            if not it.text or re.fullmatch(r"[_─—=-]{3,}", it.text):
                continue  # a rule drawn with characters (under the summary); dots are kept
            heading = self._heading(it)
            if heading is not None:
                numbering, number, text = heading
                is_heading = it.bold or len(text) <= 160 or text.endswith(":") or _is_upper(text)
                while stack and numbering in [n for n, _ in stack]:
                    stack.pop()
                siblings = stack[-1][1].sections if stack else root
                expected = sum(1 for s in siblings if s.numbering) + 1
                if number and _number_value(numbering, number) != expected:
                    self.note(NoteKind.NUMBERING, it.text)
                section = Section(text if is_heading else "", numbering)
                if not is_heading:
                    section.blocks.append(Block(paragraphs=[text]))
                siblings.append(section)
                stack.append((numbering, section))
                run = 0
                continue
            words = len(it.text.split())
            run = run + 1 if words <= 3 and not it.text.endswith((".", ":", ";")) else 0
            short_runs += run == 3
            bullet = ""
            text = it.text
            if m := _BULLET.match(text):
                bullet = "+" if m.group("b") == "+" else "-"
                text = m.group("text")
            italic = it.italic or (self.from_text and text.startswith("Căn cứ"))
            section = self._current(root, stack)
            last = section.blocks[-1] if section.blocks else None
            if (
                last is not None
                and last.kind is BlockKind.PARAGRAPHS
                and last.bullet == bullet
                and last.italic == italic
            ):
                last.paragraphs.append(text)
            else:
                section.blocks.append(Block(paragraphs=[text], bullet=bullet, italic=italic))
        if self.from_text and short_runs:
            self.note(NoteKind.TABLE_CELLS)
        self._attendees(root)
        self._tasks(root, None, closing, last=True)
        return root

    @staticmethod
    def _current(root: list[Section], stack: list[tuple[Numbering, Section]]) -> Section:
        if stack:
            return stack[-1][1]
        if not root or root[0].numbering or root[0].heading:
            root.insert(0, Section())
        return root[0]

    # -- attendees ----------------------------------------------------------------------------

    def _attendees(self, sections: list[Section]) -> None:
        for section in sections:
            if _PARTICIPANTS.match(section.heading.casefold()):
                groups = [(s.heading, s) for s in section.sections]
                if section.blocks:
                    groups.insert(0, ("", section))
                for org, holder in groups:
                    self._attendee_group(org, holder)
            else:
                self._attendees(section.sections)

    def _attendee_group(self, heading: str, holder: Section) -> None:
        if len(holder.blocks) != 1 or holder.blocks[0].kind is not BlockKind.PARAGRAPHS:
            if holder.blocks:
                self.note(NoteKind.ATTENDEE_LINE, heading)
            return
        lines = holder.blocks[0].paragraphs
        found = next(
            (
                (st, [p.match(line) for line in lines])
                for st, p in _ATTENDEE.items()
                if all(p.match(line) for line in lines)
            ),
            None,
        )
        if found is None:
            bad = next(line for line in lines if not any(p.match(line) for p in _ATTENDEE.values()))
            self.note(NoteKind.ATTENDEE_LINE, bad or heading)
            return
        style, matches = found
        org = heading.rstrip(".").strip()
        m = self.record.meeting
        for match in matches:
            assert match is not None
            a = Attendee(
                name=match.group("name"),
                position=match.group("pos").strip(),
                honorific=match.group("hon"),
                organisation=org,
                role=match.group("role") or "",
            )
            m.attendees.append(a)
            if a.role in ("Chủ trì", "Chủ tọa", "Trưởng đoàn") and not m.chair.name:
                m.chair = Person(a.name, a.position)
            elif a.role == "Thư ký" and not m.secretary.name:
                m.secretary = Person(a.name, a.position)
        ends = [match.group("end") for match in matches if match is not None]
        item_end = ";" if len(ends) > 1 and all(e == ";" for e in ends[:-1]) else "."
        holder.blocks = [
            Block(
                BlockKind.ATTENDEES,
                attendee_style=style,
                organisation=org,
                honorific="",
                item_end=item_end,
            )
        ]

    # -- directives -----------------------------------------------------------------------

    def _tasks(
        self, sections: list[Section], parent: Section | None, closing: list[str], last: bool
    ) -> None:
        units = [
            s
            for s in sections
            if s.numbering
            and _UNIT.match(s.heading)
            and len(s.heading) <= 100
            and not s.heading.endswith(":")
            and not s.sections
            and s.blocks
            and all(b.kind is BlockKind.PARAGRAPHS and not b.italic for b in s.blocks)
        ]
        context = parent is not None and (
            _DIRECTIVE_CONTEXT.search(parent.heading)
            or any(
                _DIRECTIVE_CONTEXT.search(p)
                for b in parent.blocks
                if b.kind is BlockKind.PARAGRAPHS
                for p in b.paragraphs[-1:]
            )
        )
        numbered = [s for s in sections if s.numbering]
        if units and context and parent is not None:
            grouped = units == numbered and all(s.numbering is Numbering.ARABIC for s in numbered)
            trailing: list[str] = []
            if last and sections and sections[-1] is units[-1]:
                trailing = self._trailing(units[-1])
            tasks: list[Task] = []
            texts: list[str] = []
            for s in units:
                dept = s.heading.rstrip(".").strip()
                own = [p for b in s.blocks for p in b.paragraphs]
                texts += own
                new = [self._task(p, dept) for p in own]
                tasks += new
                if not grouped:
                    s.blocks = [Block(BlockKind.TASKS, tasks=new)]
            end = ";" if any(t.rstrip().endswith(";") for t in texts[:-1]) else "."
            if grouped:
                parent.sections = [s for s in sections if s not in units]
                parent.blocks.append(
                    Block(BlockKind.TASKS, tasks=tasks, group_by_department=True, item_end=end)
                )
            else:
                for s in units:
                    s.blocks[0].item_end = end
            closing[:0] = trailing
            return
        for n, section in enumerate(sections):
            for b, block in enumerate(section.blocks):
                if (
                    block.kind is BlockKind.PARAGRAPHS
                    and block.bullet
                    and any(_deadline(p) for p in block.paragraphs)
                ):
                    tasks = [self._task(p, self._lead_unit(p)) for p in block.paragraphs]
                    end = ";" if any(p.endswith(";") for p in block.paragraphs[:-1]) else "."
                    section.blocks[b] = Block(BlockKind.TASKS, tasks=tasks, item_end=end)
            self._tasks(section.sections, section, closing, last and n == len(sections) - 1)

    @staticmethod
    def _trailing(section: Section) -> list[str]:
        """Paragraphs after the last department's tasks: the closing, not a task."""
        blocks = section.blocks
        if any(b.bullet for b in blocks):
            at = max(i for i, b in enumerate(blocks) if b.bullet)
            out = [p for b in blocks[at + 1 :] for p in b.paragraphs]
            del blocks[at + 1 :]
            return out
        first = blocks[0]
        out = first.paragraphs[1:] + [p for b in blocks[1:] for p in b.paragraphs]
        del first.paragraphs[1:]
        del blocks[1:]
        return out

    @staticmethod
    def _lead_unit(text: str) -> str:
        if _UNIT.match(text) and (m := _UNIT_LEAD.match(text)):
            return m.group("unit").rstrip(",")
        return ""

    def _task(self, text: str, department: str) -> Task:
        m = _deadline(text)
        if m is None:
            return Task(content=text, department=department)
        if m.group("d"):
            day, style = _date(m.group("d"), m.group("m"), m.group("y")), "short"
        else:
            day, style = _date(m.group("ld"), m.group("lm"), m.group("ly")), "long"
        form = (m.group("words"), m.group("sep"), style)
        if self.deadline_form is None:
            self.deadline_form = form
            s = self.settings
            s.deadline_words, s.deadline_separator, s.deadline_style = form
        if day is None or form[::2] != self.deadline_form[::2]:  # "," or ";" before it: alike
            self.note(NoteKind.DEADLINE_IN_TEXT, text)
            return Task(content=text, department=department)
        return Task(content=text[: m.start()], department=department, deadline=day)

    # -- after the body -----------------------------------------------------------------------

    def _tail(self, items: list[_Item]) -> None:
        groups: list[list[str]] = []
        lines: list[str] = []
        for it in items:
            if it.rows is None:
                lines.append(it.raw or it.text)
                continue
            for row in it.rows:
                groups += [[_clean(x) for x in c.splitlines()] for c in row if c.strip()]
        if lines:
            groups[:0] = _text_columns(lines)
        recipients: list[str] = []
        signatures: list[_Signature] = []
        leftovers: list[str] = []
        for group in groups:
            self._tail_group(group, recipients, signatures, leftovers)
        recipients = [r.rstrip(";.").strip() for r in recipients if r.rstrip(";.").strip()]
        for line in leftovers:
            self.note(NoteKind.TAIL_LINE, line)
        if self.kind is Kind.MINUTES:
            self.settings.recipients = recipients
            self.settings.signatures = [
                SignatureBlock("\n".join(s.title), s.name) for s in signatures
            ]
            if leftovers:
                self.settings.closing = [*(self.settings.closing or []), *leftovers]
            return
        c = self.record.closing
        c.recipients = recipients
        if leftovers:
            c.sentence = "\n".join(x for x in (c.sentence, *leftovers) if x)
        if signatures:
            c.signer = self._signer(signatures[0])
            if len(signatures) > 1:
                self.settings.signatures = [
                    SignatureBlock("\n".join(s.title), s.name) for s in signatures[1:]
                ]

    @staticmethod
    def _tail_group(
        lines: list[str],
        recipients: list[str],
        signatures: list[_Signature],
        leftovers: list[str],
    ) -> None:
        in_recipients = False
        current: _Signature | None = None
        for line in lines:
            if line.casefold().startswith("nơi nhận"):
                in_recipients = True
                rest = line.split(":", 1)[1].strip() if ":" in line else ""
                if rest:
                    recipients.append(rest.lstrip("-+• ").strip())
                continue
            if in_recipients:
                if line.startswith(("-", "+", "•")):
                    recipients.append(line.lstrip("-+• ").strip())
                    continue
                if not line:
                    continue
                if recipients and not recipients[-1].endswith((";", ".")) and not _is_upper(line):
                    recipients[-1] += " " + line  # a recipient wrapped onto two lines
                    continue
                in_recipients = False
            if not line:
                continue
            if _is_upper(line) and len(line) <= 80:
                if current is None or current.name:
                    current = _Signature()
                    signatures.append(current)
                current.title.append(line)
            elif current is not None and not current.name:
                current.name = line
            else:
                leftovers.append(line)

    def _signer(self, sig: _Signature) -> Signer:
        lines = sig.title
        prefixes = [re.match(r"^(TM|KT|TL|TUQ|Q)\.\s*(.*)$", line) for line in lines]
        signer = Signer(name=sig.name)
        if len(lines) == 1 and prefixes[0] and prefixes[0].group(1) == "Q":
            signer.authority, signer.position = Authority.Q, prefixes[0].group(2)
        elif len(lines) == 1 and not prefixes[0]:
            signer.position = lines[0]
        elif len(lines) == 2 and prefixes[0] and not prefixes[1] and prefixes[0].group(1) != "Q":
            signer.authority = Authority(prefixes[0].group(1))
            signer.authority_of, signer.position = prefixes[0].group(2), lines[1]
        elif (
            len(lines) == 3
            and prefixes[0]
            and prefixes[0].group(1) in ("TL", "TM")
            and prefixes[1]
            and prefixes[1].group(1) == "KT"
            and not prefixes[2]
        ):
            signer.authority = Authority(prefixes[0].group(1) + "_KT")
            signer.authority_of = prefixes[0].group(2)
            signer.intermediate = prefixes[1].group(2)
            signer.position = lines[2]
        if signer_lines(signer) != lines:
            self.note(NoteKind.SIGNER, " / ".join(lines))
            signer = Signer(position=" ".join(lines), name=sig.name)
        return signer

    # -- the meeting ----------------------------------------------------------------------

    def _meeting_facts(self, body: list[_Item]) -> None:
        m = self.record.meeting
        for it in body[:40]:
            if it.rows is not None:
                continue
            if at := _MEETING_AT.search(it.text):
                m.date = _date(at.group("d"), at.group("m"), at.group("y"))
                m.start_time = _hour(at)
                return
            if on := _MEETING_ON.match(it.text):
                m.date = _date(on.group("d"), on.group("m"), on.group("y"))
                m.name = on.group("name").strip()
                if (chaired := _CHAIRED.search(it.text)) and not m.chair.name:
                    m.chair = Person(chaired.group("name").strip(), chaired.group("pos").strip())
                return


_ABSENCE = re.compile(
    r" \(vắng mặt(?:(?P<exc> có lý do(?:: (?P<excused>[^)]*))?)|, lý do: (?P<reason>[^)]*))?\)$"
)


def _hour(when: re.Match[str]) -> dt.time | None:
    """The time of a "8 giờ 30" match; None for the template's blanks or no time."""
    if not when.group("h"):
        return None
    hour, minute = int(when.group("h")), int(when.group("min") or 0)
    return dt.time(hour, minute) if hour < 24 and minute < 60 else None


def _listed_attendee(text: str) -> Attendee:
    """One "- …" line of Thành phần tham dự: a person ("Đồng chí Nguyễn Văn A - Phó Trưởng
    ban", "Ông …"), a guest, someone absent; anything else a group, as written."""
    a = Attendee()
    if absent := _ABSENCE.search(text):
        excused = absent.group("exc") is not None
        a.attendance = Attendance.EXCUSED if excused else Attendance.ABSENT
        a.reason = (absent.group("excused") or absent.group("reason") or "").strip()
        text = text[: absent.start()]
    if text.endswith(" (khách mời)"):
        a.is_guest, text = True, text.removesuffix(" (khách mời)")
    if person := _ATTENDEE[AttendeeStyle.DASH].match(text):
        a.name, a.position = person.group("name"), person.group("pos").strip()
        hon = person.group("hon")
        a.honorific = "" if hon.casefold() in ("đồng chí", "đ/c") else hon
        a.role = person.group("role") or ""
        return a
    a.name, a.is_group = text, True
    return a


def _header_part(line: str, agencies: int) -> str:
    """Which part of the header a line is: nation, motto, number, date, agency or other."""
    for part, pattern in (("nation", _NATION), ("motto", _MOTTO_LINE)):
        if m := pattern.search(line):
            rest = line[: m.start()] + line[m.end() :]
            return part if not any(c.isalnum() for c in rest) else "other"
    if _NUMBER.match(line):
        return "number"
    if _PLACE_DATE.match(line):
        return "date"
    if _is_upper(line) and len(line) <= 80 and agencies < 3:
        return "agency"
    return "other"


def _text_columns(lines: list[str]) -> list[list[str]]:
    """Lines after the body, as one group of cleaned lines per column: Nơi nhận and the
    signature side by side in a text laid out like the page, or one column."""
    starts = [m.end() for line in lines if (m := re.search(r"\S\s{3,}(?=\S)", line))]
    if not starts:
        return [[_clean(line) for line in lines]]
    column = min(starts)
    left = [_clean(line[:column]) for line in lines]
    right = [_clean(line[column:]) for line in lines]
    return [left, right]


def _header_parts(line: str) -> list[str]:
    """A line holding both header columns side by side (a text laid out like the page) as its
    two parts: "VĂN PHÒNG … Độc lập - Tự do - Hạnh phúc", "Số: 12/TB-VP … Lào Cai, ngày …"."""
    parts = []
    m = _MOTTO.search(line)
    if m and line[: m.start()].strip():
        parts.append(line[: m.start()].strip())
        line = line[m.start() :]
    m = _NUMBER.match(line)
    if m and line[m.end() :].strip():
        return [*parts, line[: m.end()], line[m.end() :].strip()]
    return [*parts, line]


def _number_value(numbering: Numbering, number: str) -> int:
    if numbering is Numbering.ROMAN:
        values = {"I": 1, "V": 5, "X": 10, "L": 50}
        total = 0
        for i, ch in enumerate(number):
            v = values[ch]
            total += -v if i + 1 < len(number) and values[number[i + 1]] > v else v
        return total
    if numbering is Numbering.LETTER:
        return _LETTERS.index(number) + 1 if number in _LETTERS else 0
    if numbering is Numbering.NESTED:
        return int(number.split(".")[-1])
    return int(number)
