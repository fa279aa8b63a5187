"""Records padded so that every page-break position is hit, and the decree's page rules
checked on a PDF's per-page text (ours, or LibreOffice's of our DOCX).

Not a test module: imported by ``test_page_breaks.py`` (and usable from a shell to look at the
pages). A record's body is: a padding paragraph of ``words`` words (the sweep grows it about a
line at a time over more than a page), three numbered headings, one with a sub-heading, a
table of numbered rows with a repeated header row, a closing paragraph, then the signatures
and Nơi nhận: six signatories (two rows of three) and the recipients under them for the
minutes; the signer with Nơi nhận beside it for the notice.
"""

from __future__ import annotations

import copy
import re
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from gui.core.compose import Composed, Kind, compose
from gui.core.record import Block, BlockKind, Numbering, Record, Section, SignatureBlock

from .helpers import SEED_QN, load, need

WORD = "kiểm"
"""The padding word: every padding word is this one, so no check can mistake it for a mark."""
WORDS_PER_LINE = 15  # about one line of 14 pt Times on 165 mm
SWEEP = range(0, 50 * WORDS_PER_LINE, WORDS_PER_LINE)  # 50 lines: more than a page

HEADINGS = ("KẾT QUẢ THẨM ĐỊNH", "DANH MỤC HỒ SƠ", "KIẾN NGHỊ")
SUBHEADING = "Về hồ sơ pháp lý"
TABLE_HEADER = ("STT", "Hồ sơ", "Kết quả")
TABLE_ROWS = 24
SIGNERS = (
    ("TRƯỞNG ĐOÀN", "Nguyễn Văn Ánh"),
    ("PHÓ TRƯỞNG ĐOÀN", "Trần Thị Bích"),
    ("THÀNH VIÊN", "Lê Văn Cường"),
    ("THÀNH VIÊN", "Phạm Thị Dung"),
    ("ĐẠI DIỆN CÔNG TY", "Hoàng Văn Giang"),
    ("NGƯỜI GHI BIÊN BẢN", "Vũ Thị Hạnh"),
)
RECIPIENTS = ("Sở Công Thương", "Công ty TNHH Thái Thịnh", "Lưu: VT, Hồ sơ")
CLOSING = (
    "Biên bản được lập thành 02 bản có giá trị pháp lý như nhau, mỗi bên giữ 01 bản; "
    "đã đọc lại cho các thành viên cùng nghe và nhất trí ký tên dưới đây"
)


def row_text(n: int) -> tuple[str, str, str]:
    """Row ``n``'s cells: two lines of text, marked at both ends (``H07a`` … ``H07z``)."""
    return (
        f"{n}",
        f"H{n:02d}a Hồ sơ đề nghị cấp giấy chứng nhận đủ điều kiện kinh doanh số {n} H{n:02d}z",
        f"K{n:02d}a Đạt yêu cầu, đề nghị bổ sung bản sao có chứng thực K{n:02d}z",
    )


def padded_record(words: int, kind: Kind, signers: int = len(SIGNERS)) -> Record:
    """The Quảng Ninh seed with the body above, the padding ``words`` words long, and the
    first ``signers`` of ``SIGNERS`` signing the minutes."""
    record = copy.deepcopy(load(SEED_QN))
    pad = " ".join([WORD] * words) + "." if words else ""
    two_lines = "Đoàn thẩm định đã kiểm tra " + " ".join(["hồ sơ"] * 14) + "."
    outline = [
        Section(blocks=[Block(BlockKind.PARAGRAPHS, paragraphs=[pad])] if pad else []),
        Section(
            HEADINGS[0],
            Numbering.ROMAN,
            [Block(BlockKind.PARAGRAPHS, paragraphs=[two_lines, two_lines])],
        ),
        Section(
            HEADINGS[1],
            Numbering.ROMAN,
            [
                Block(
                    BlockKind.TABLE,
                    rows=[list(TABLE_HEADER)]
                    + [list(row_text(n)) for n in range(1, TABLE_ROWS + 1)],
                    header_rows=1,
                )
            ],
        ),
        Section(
            HEADINGS[2],
            Numbering.ROMAN,
            sections=[
                Section(
                    SUBHEADING,
                    Numbering.ARABIC,
                    [Block(BlockKind.PARAGRAPHS, paragraphs=[two_lines])],
                )
            ],
        ),
    ]
    if not pad:
        outline = outline[1:]
    signatures = [SignatureBlock(title, name) for title, name in SIGNERS[:signers]]
    if kind is Kind.MINUTES:
        record.minutes.outline = outline
        record.minutes.closing = [CLOSING + "./."]
        record.minutes.signatures = signatures
        record.minutes.recipients = list(RECIPIENTS)
    else:
        record.notice.outline = outline
        record.closing.sentence = CLOSING
        record.closing.recipients = list(RECIPIENTS)
        record.closing.signer.position = "Trưởng ban"
        record.closing.signer.name = SIGNERS[0][1]
    return record


def padded(words: int, kind: Kind, signers: int = len(SIGNERS)) -> Composed:
    return compose(padded_record(words, kind, signers), kind)


# --- reading a PDF's pages ------------------------------------------------------------------------


def page_lines(pdf: Path) -> list[list[str]]:
    """Each page's non-empty text lines (``pdftotext -layout``), NFC, page numbers left out."""
    out = subprocess.run(
        [need("pdftotext"), "-layout", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        check=True,
        timeout=120,
    )
    text = unicodedata.normalize("NFC", out.stdout.decode("utf-8"))
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    result = []
    for number, page in enumerate(pages, start=1):
        lines = [" ".join(line.split()) for line in page.splitlines() if line.strip()]
        if number > 1 and lines and lines[0] == str(number):
            lines = lines[1:]
        result.append(lines)
    return result


@dataclass
class Layout:
    """Where the marks of a padded document landed: page (from 0) per mark."""

    pages: list[list[str]]

    def pages_of(self, pattern: str) -> list[int]:
        rx = re.compile(pattern)
        return [n for n, lines in enumerate(self.pages) for line in lines if rx.search(line)]

    def page_of(self, pattern: str) -> int:
        found = self.pages_of(pattern)
        assert found, f"{pattern!r} on no page: {self.pages}"
        return found[0]


def heading_patterns() -> list[str]:
    return [rf"^[IVX]+\. {re.escape(h)}$" for h in HEADINGS] + [rf"^1\. {re.escape(SUBHEADING)}$"]


def violations(pages: list[list[str]], doc: Composed) -> list[str]:
    """Every broken page rule in ``pages`` (a padded document's per-page lines)."""
    layout = Layout(pages)
    problems = []
    headings = [re.compile(p) for p in heading_patterns()]
    header = re.compile(r"^STT Hồ sơ Kết quả$")
    for n, lines in enumerate(pages[:-1]):
        last = lines[-1] if lines else ""
        if any(h.search(last) for h in headings) or header.search(last):
            problems.append(f"page {n + 1} ends with the heading {last!r}")
    for row in range(1, TABLE_ROWS + 1):
        marks = [f"H{row:02d}a", f"H{row:02d}z", f"K{row:02d}a", f"K{row:02d}z"]
        on = {layout.page_of(m) for m in marks}
        if len(on) > 1:
            problems.append(f"table row {row} split over pages {sorted(p + 1 for p in on)}")
    table_pages = sorted({layout.page_of(f"H{r:02d}a") for r in range(1, TABLE_ROWS + 1)})
    for p in table_pages[1:]:
        first_row = next((i for i, line in enumerate(pages[p]) if re.search(r"H\d\da", line)), None)
        if first_row is None or not any(header.search(x) for x in pages[p][:first_row]):
            problems.append(f"page {p + 1} continues the table without its header row")
    names = [s.name for s in doc.signatures]
    titles = [line for s in doc.signatures for line in s.lines]
    end_pages = {layout.page_of(re.escape(x)) for x in names}
    end_pages |= {p for t in titles for p in layout.pages_of(re.escape(t))}
    end_pages |= {layout.page_of(re.escape(r)) for r in doc.recipients}
    end_pages |= {layout.page_of("^Nơi nhận:")}
    # the last body paragraph ends "… ký tên dưới đây" / "… thực hiện./."
    end_pages.add(layout.pages_of(r"dưới đây")[-1])
    if len(end_pages) > 1:
        problems.append(
            "the last paragraph, the signatures and Nơi nhận are on pages "
            f"{sorted(p + 1 for p in end_pages)}"
        )
    return problems
