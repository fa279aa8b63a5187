"""Measuring the importer on the real documents in ``tests/data/real/``.

A plain module, not a test. ``tests/core/test_importer.py`` and ``tests/measure_import.py``
use it.

**Word match.** A text becomes a list of words: NFC, case-folded, split at white space, each
word stripped of punctuation and symbols at both ends (``"(b/c);"`` → ``"b/c"``), empty words
dropped; lines that are only rules (``────``, ``____``) give no words. The match of an export
against the source is ``difflib.SequenceMatcher`` (no junk heuristic) over the two word lists:
the words in matching blocks divided by the number of words of the source. Words the export adds
(e.g. the rule under the title, the national motto spelled right) do not lower it; words it
loses or changes do.

**Per field.** ``EXPECTED`` holds, for each document, what a careful reader finds in it, typed
by hand from the document; ``field_scores`` counts how many of those the imported record gets
exactly right (texts compared with white space collapsed).
"""

from __future__ import annotations

import difflib
import re
import subprocess
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

from gui.core.compose import Composed, Kind, Paragraph, Role, Table, compose
from gui.core.importer import ImportResult
from gui.core.record import BlockKind, Record, Section

DATA = Path(__file__).resolve().parent / "data" / "real"
TB_1894 = DATA / "TB-1894-ket-qua-sau-kiem-tra-VLNCN.docx"
BB_THAM_DINH = DATA / "Bien-ban-tham-dinh-SCT-ThaiThinh-xangdau-loai3.docx"
BB_KIEM_TRA = DATA / "bien-ban-kiem-tra-thuc-te-hhnh.docx"
LAO_CAI = DATA / "example-thong-bao-ket-luan-lao-cai.txt"
DOCUMENTS = [TB_1894, BB_THAM_DINH, BB_KIEM_TRA, LAO_CAI]
LABELS = {
    TB_1894.name: "TB-1894 (docx)",
    BB_THAM_DINH.name: "BB thẩm định (docx)",
    BB_KIEM_TRA.name: "BB kiểm tra (docx)",
    LAO_CAI.name: "TB Lào Cai (txt)",
}

FIELDS = (
    "agency",
    "number",
    "date",
    "title",
    "summary",
    "headings",
    "numbering",
    "paragraphs",
    "tables",
    "tasks",
    "attendees",
    "recipients",
    "signatures",
)


def source_text(path: Path) -> str:
    """The reference text of a document: LibreOffice's text conversion beside the DOCX, or the
    plain text itself without its first line when that is the URL it was taken from."""
    if path.suffix == ".docx":
        return path.with_suffix(".txt").read_text(encoding="utf-8")
    lines = path.read_text(encoding="utf-8").splitlines()
    if lines and lines[0].startswith("http"):
        lines = lines[1:]
    return "\n".join(lines) + "\n"


def words(text: str) -> list[str]:
    """The word list of the metric (see the module's docstring)."""
    out = []
    for line in unicodedata.normalize("NFC", text).splitlines():
        if re.fullmatch(r"\s*[─_\-=—.]{3,}\s*", line):
            continue
        for raw in line.casefold().split():
            w = _strip_marks(raw)
            if w:
                out.append(w)
    return out


def _strip_marks(word: str) -> str:
    def mark(c: str) -> bool:
        return unicodedata.category(c)[0] in "PS"

    start, end = 0, len(word)
    while start < end and mark(word[start]):
        start += 1
    while end > start and mark(word[end - 1]):
        end -= 1
    return word[start:end]


def word_match(reference: str, candidate: str) -> tuple[int, int]:
    """(matched words, words of the reference)."""
    ref, cand = words(reference), words(candidate)
    matcher = difflib.SequenceMatcher(None, ref, cand, autojunk=False)
    return sum(b.size for b in matcher.get_matching_blocks()), len(ref)


def docx_text(data: bytes) -> str:
    """A DOCX's text read back with python-docx: body paragraphs and table cells (each cell's
    paragraphs) in document order, one a line, as LibreOffice's text export writes them."""
    import io

    import docx
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph as DocxParagraph

    document = docx.Document(io.BytesIO(data))
    lines = []
    for p in document.element.body.iter(qn("w:p")):
        lines.append(DocxParagraph(p, document).text)
    return "\n".join(lines)


def soffice_text(data: bytes) -> str:
    """The DOCX converted by LibreOffice (``soffice --headless --convert-to txt:Text``)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "export.docx"
        src.write_bytes(data)
        profile = Path(tmp) / "profile"
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "txt:Text",
                "--outdir",
                tmp,
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        return (Path(tmp) / "export.txt").read_text(encoding="utf-8-sig")


# --- what each document holds, typed from the documents ----------------------------------------

_BB_HEADINGS_COMMON = [
    "I. THÀNH PHẦN",
    "1. Sở Công Thương tỉnh Lào Cai.",
]
_SCT_BASIS = 4  # the four "Căn cứ" paragraphs of both minutes

EXPECTED: dict[str, dict[str, Any]] = {
    TB_1894.name: {
        "kind": Kind.NOTICE,
        "agency": ("UBND TỈNH LÀO CAI", "Sở Công Thương"),  # as its text writes it
        "number": (None, "TB", "SCT"),
        "date": ("Lào Cai", None, 4, 2026),
        "title": "THÔNG BÁO",
        "summary": "Kết quả kiểm tra việc chấp hành Quy định của pháp luật trong sử dụng và bảo "
        "quản vật liệu nổ công ghiệp",
        "headings": ["1. Kết quả kiểm tra", "2. Kiến nghị"],
        "tables": 0,
        "tasks": [],
        "attendees": [],
        "recipients": [
            "Công ty CP XD Giao thông Yên Bái",
            "Tổng công ty xây dựng Trường Sơn",
            "Công ty TNHH Hiệp Phú",
            "Ban Giám đốc Sở",
            "Lưu: VT, CN(M.Cường)",
        ],
        "signatures": [(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Hoàng Văn Thuân")],
    },
    BB_THAM_DINH.name: {
        "kind": Kind.MINUTES,
        "agency": ("UBND TỈNH LÀO CAI", "Sở Công Thương"),  # as its text writes it
        "number": None,  # the minutes have no "Số" line
        "date": ("Lào Cai", 1, 7, 2026),
        "title": "BIÊN BẢN THẨM ĐỊNH HỒ SƠ",
        "summary": "Phục vụ cấp Giấy phép vận chuyển hàng hóa nguy hiểm loại 3 của Công ty TNHH "
        "Thái Thịnh",
        "headings": [
            *_BB_HEADINGS_COMMON,
            "II. NỘI DUNG VÀ KẾT QUẢ THẨM ĐỊNH",
            "1. Thông tin về đơn vị đề nghị cấp phép:",
            "2. Kết quả thẩm định:",
            "a) Thành phần hồ sơ (theo quy định tại khoản 2 Điều 15 Nghị định số 161/2024/NĐ-CP):",
            "b) Về điều kiện phương tiện:",
            "c) Về nhân sự:",
            "- Lái xe:",
            "- Người áp tải:",
            "d) Danh mục hàng hóa nguy hiểm đề nghị cấp phép vận chuyển:",
            "đ) Về Phương án tổ chức vận chuyển hàng hóa nguy hiểm (số 010/PA ngày 24/6/2026, "
            "kèm phương án ứng cứu khẩn cấp lập ngày 25/6/2026):",
            "3. Nhận xét, kiến nghị của Phòng Quản lý Công nghiệp:",
        ],
        "tables": 4,
        "tasks": [],
        "attendees": [
            (
                "Ông",
                "Trần Trọng Trang",
                "Phó Trưởng phòng - Phòng Quản lý Công nghiệp",
                "Sở Công Thương tỉnh Lào Cai",
                "Chủ trì",
            ),
            (
                "Ông",
                "Trần Đăng Khôi",
                "Chuyên viên - Phòng Quản lý Công nghiệp",
                "Sở Công Thương tỉnh Lào Cai",
                "Thành viên",
            ),
        ],
        "recipients": [],
        "signatures": [
            (["NGƯỜI THẨM ĐỊNH"], "Trần Đăng Khôi"),
            (["PHÓ TRƯỞNG PHÒNG"], "Trần Trọng Trang"),
        ],
    },
    BB_KIEM_TRA.name: {
        "kind": Kind.MINUTES,
        "agency": ("UBND TỈNH LÀO CAI", "Sở Công Thương"),  # as its text writes it
        "number": None,
        "date": ("Lào Cai", 17, 6, 2026),
        "title": "BIÊN BẢN KIỂM TRA THỰC TẾ",
        "summary": "Phục vụ cấp Giấy phép vận chuyển hàng hóa nguy hiểm loại 3 của Công ty TNHH "
        "Vật tư chuyên dùng xăng dầu An Khang",
        "headings": [
            *_BB_HEADINGS_COMMON,
            "2. Công ty TNHH Vật tư chuyên dùng xăng dầu An Khang.",
            "II. NỘI DUNG VÀ KẾT QUẢ KIỂM TRA",
            "1. Thông tin về đơn vị được kiểm tra:",
            "2. Kết quả kiểm tra:",
            "a) Thành phần hồ sơ (theo quy định tại khoản 2 Điều 15 Nghị định số 161/2024/NĐ-CP):",
            "b) Về điều kiện phương tiện:",
            "c) Về nhân sự:",
            "- Lái xe:",
            "d) Danh mục hàng hóa nguy hiểm đề nghị cấp phép vận chuyển:",
            "đ) Về Phương án tổ chức vận chuyển hàng hóa nguy hiểm (số 011/PA ngày 15/6/2026):",
            "3. Nhận xét, kiến nghị của Đoàn kiểm tra:",
        ],
        "tables": 4,
        "tasks": [],
        "attendees": [
            (
                "Ông",
                "Trần Trọng Trang",
                "Phó Trưởng phòng - Phòng Quản lý Công nghiệp",
                "Sở Công Thương tỉnh Lào Cai",
                "Trưởng đoàn",
            ),
            (
                "Ông",
                "Trần Đăng Khôi",
                "Chuyên viên - Phòng Quản lý Công nghiệp",
                "Sở Công Thương tỉnh Lào Cai",
                "Thành viên",
            ),
            (
                "Ông",
                "Nguyễn Quang Thắng",
                "Giám đốc",
                "Công ty TNHH Vật tư chuyên dùng xăng dầu An Khang",
                "",
            ),
            (
                "Bà",
                "Nguyễn Thị Hồng Thuỷ",
                "Kế toán",
                "Công ty TNHH Vật tư chuyên dùng xăng dầu An Khang",
                "",
            ),
        ],
        "recipients": [],
        "signatures": [
            (["ĐẠI DIỆN CÔNG TY"], "Nguyễn Quang Thắng"),
            (["TRƯỞNG ĐOÀN"], "Trần Trọng Trang"),
        ],
    },
    LAO_CAI.name: {
        "kind": Kind.NOTICE,
        "agency": ("UBND TỈNH LÀO CAI", "Văn phòng"),  # as its text writes it
        "number": (None, "TB", "VP"),
        "date": ("Lào Cai", None, 6, 2026),
        "title": "THÔNG BÁO",
        "summary": "Kết luận của đồng chí Nguyễn Tuấn Anh - Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban "
        "nhân dân tỉnh tại cuộc họp về tình hình triển khai các cụm công nghiệp trên địa bàn tỉnh",
        "headings": [
            "I. ĐÁNH GIÁ CHUNG",
            "II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM VÀ PHÂN CÔNG TỔ CHỨC THỰC HIỆN",
            "1. Sở Công Thương",
            "2. Sở Tài chính",
            "3. Sở Xây dựng",
            "4. Sở Nông nghiệp và Môi trường",
            "5. Sở Nội vụ",
            "6. Công ty Điện lực Lào Cai",
            "7. Ủy ban nhân dân các xã, phường có cụm công nghiệp",
            "8. Các Ban Quản lý dự án đầu tư xây dựng",
            "9. Văn phòng Ủy ban nhân dân tỉnh",
        ],
        "tables": 0,
        "tasks": "seed",  # the fifteen tasks of seeds/lao-cai-cum-cong-nghiep-2026.bienban.json
        "attendees": [],
        "recipients": [
            "Thường trực Tỉnh ủy (b/c)",
            "Thường trực HĐND tỉnh (b/c)",
            "Chủ tịch, các Phó Chủ tịch UBND tỉnh",
            "Các Sở: Công Thương, Tài chính, Xây dựng, Nông nghiệp và Môi trường, Nội vụ",
            "Công ty Điện lực Lào Cai",
            "Các Ban QLDA đầu tư xây dựng tỉnh",
            "UBND các xã, phường có cụm công nghiệp",
            "Các chủ đầu tư hạ tầng cụm công nghiệp",
            "Lãnh đạo, Chuyên viên VP UBND tỉnh",
            "Lưu: VT, TH",
        ],
        "signatures": [(["CHÁNH VĂN PHÒNG"], "Lê Trí Hà")],
    },
}


def _squash(text: str) -> str:
    return " ".join(text.split())


def _seed_tasks() -> list[tuple[str, str, Any]]:
    from gui.core.recordfile import load_record

    seed = (
        Path(__file__).resolve().parents[1] / "seeds" / "lao-cai-cum-cong-nghiep-2026.bienban.json"
    )
    record = load_record(seed)
    return [
        (dept.name, _squash(t.content).rstrip(".;"), t.deadline)
        for dept in record.directives.departments
        for t in dept.tasks
    ]


def source_paragraphs(path: Path) -> list[str]:
    """The body paragraphs of the source that are neither headings nor table cells: what the
    export must give back verbatim (white space collapsed)."""
    expected = EXPECTED[path.name]
    skip = {_squash(h) for h in expected["headings"]}
    if path.suffix == ".docx":
        import docx

        document = docx.Document(str(path))
        lines = [_squash(p.text) for p in document.paragraphs]
    else:
        lines = [_squash(line) for line in source_text(path).splitlines()]
    summary = _squash(expected["summary"])
    out: list[str] = []
    started = False
    for line in lines:
        if not started:
            started = bool(line) and summary.endswith(line)
            continue
        if line.startswith("Nơi nhận"):
            break
        if not line or line in skip or re.fullmatch(r"[_\-─.]{3,}", line):
            continue
        out.append(line)
    return out


def _headings(doc: Composed) -> list[str]:
    return [
        p.plain()
        for p in doc.body
        if isinstance(p, Paragraph) and p.role in (Role.HEADING, Role.SUBHEADING, Role.TOPIC)
    ]


def _outline_headings(sections: list[Section]) -> list[str]:
    out: list[str] = []
    for s in sections:
        if s.heading:
            out.append(s.heading)
        out += _outline_headings(s.sections)
    return out


def _label_free(line: str) -> str:
    return re.sub(r"^(?:[IVXL]+\.|\d+(?:\.\d+)*\.|[a-zđ]\)|[-+])\s+", "", line)


def _count(expected: list[Any], actual: list[Any]) -> int:
    left = list(actual)
    n = 0
    for e in expected:
        if e in left:
            left.remove(e)
            n += 1
    return n


def field_scores(path: Path, result: ImportResult) -> dict[str, tuple[int, int]]:
    """For each field, (right, expected) on the document at ``path``."""
    e = EXPECTED[path.name]
    r: Record = result.record
    h = r.header
    minutes = e["kind"] is Kind.MINUTES
    s = r.minutes if minutes else r.notice
    doc = compose(r, e["kind"])
    out: dict[str, tuple[int, int]] = {}
    out["agency"] = (int((h.parent_agency, h.agency) == e["agency"]), 1)
    if e["number"] is None:
        out["number"] = (int(not s.show_number and (s.number if minutes else h.number) is None), 1)
    else:
        number = (
            (s.number, s.doc_kind, h.agency_code)
            if minutes
            else (h.number, h.doc_kind, h.agency_code)
        )
        out["number"] = (int(s.show_number and number == e["number"]), 1)
    place, day, month, year = e["date"]
    if minutes:
        got = (
            s.place,
            s.date.day if s.date else None,
            s.date.month if s.date else s.date_month,
            s.date.year if s.date else s.date_year,
        )
    else:
        d = h.issue_date
        got = (
            h.place,
            d.day if d else None,
            d.month if d else h.issue_month,
            d.year if d else h.issue_year,
        )
    out["date"] = (int(got == (place, day, month, year)), 1)
    title_ok = result.kind is e["kind"] and doc.type_name == e["title"]
    out["title"] = (int(title_ok), 1)
    out["summary"] = (int(_squash(doc.summary) == _squash(e["summary"])), 1)
    expected_headings = [_squash(x) for x in e["headings"]]
    composed_headings = [_squash(x) for x in _headings(doc)]
    outline_headings = [_squash(x) for x in _outline_headings(s.outline or [])]
    grouped = [
        _squash(t.department)
        for sec in _walk(s.outline or [])
        for b in sec.blocks
        if b.kind is BlockKind.TASKS and b.group_by_department
        for t in b.tasks
    ]
    known = outline_headings + list(dict.fromkeys(grouped))
    out["headings"] = (
        _count([_label_free(x) for x in expected_headings], known),
        len(expected_headings),
    )
    out["numbering"] = (_count(expected_headings, composed_headings), len(expected_headings))
    paragraphs = source_paragraphs(path)
    composed = [_squash(p.plain()) for p in doc.body if isinstance(p, Paragraph)]
    out["paragraphs"] = (_count(paragraphs, composed), len(paragraphs))
    tables = [el for el in doc.body if isinstance(el, Table)]
    out["tables"] = (min(len(tables), e["tables"]), e["tables"])
    if e["tasks"] == "seed":
        expected_tasks = _seed_tasks()
        got_tasks = [
            (t.task.department, _squash(t.task.content).rstrip(".;"), t.task.deadline)
            for t in r.tracked_tasks()
        ]
        out["tasks"] = (_count(expected_tasks, got_tasks), len(expected_tasks))
    else:  # none expected: any imported task is a wrong one
        out["tasks"] = (0, len(r.tracked_tasks()))
    people = [
        (a.honorific, a.name, a.position, a.organisation, a.role) for a in r.meeting.attendees
    ]
    out["attendees"] = (_count(e["attendees"], people), len(e["attendees"]) or len(people))
    recipients = (s.recipients or []) if minutes else r.closing.recipients
    out["recipients"] = (_count(e["recipients"], recipients), len(e["recipients"]))
    sigs = [(sig.lines, sig.name) for sig in doc.signatures]
    out["signatures"] = (_count(e["signatures"], sigs), len(e["signatures"]))
    return out


def _walk(sections: list[Section]) -> list[Section]:
    out: list[Section] = []
    for s in sections:
        out.append(s)
        out += _walk(s.sections)
    return out
