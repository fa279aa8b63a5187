"""The real documents: the records in ``seeds/`` named after the published documents in
``tests/data/real/`` reproduce them, word for word, in every output.

The DOCX, read back by LibreOffice exactly as the reference text was made
(``soffice --headless --convert-to txt:Text``), matches the published document's text at
≥ 98 % of its words (``gui.core.wordmatch``: page numbers, rules and blanks do not count).
The core's own text (no LibreOffice) is held to the same bar, so a regression shows without it.
"""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from gui.core.compose import Kind, Table, compose
from gui.core.exporting import Format, render
from gui.core.record import BlockKind
from gui.core.recordfile import load_record
from gui.core.render_docx import iter_text
from gui.core.wordmatch import word_match, words

from ..conftest import ROOT, SEEDS

REAL = ROOT / "tests" / "data" / "real"
DOCUMENTS = sorted(p.stem for p in REAL.glob("*.docx"))
BAR = 0.98


def _kind(name: str) -> Kind:
    return Kind.NOTICE if name.startswith("TB-") else Kind.MINUTES


def _reference(name: str) -> str:
    return (REAL / f"{name}.txt").read_text(encoding="utf-8-sig")


def _record(name: str):  # type: ignore[no-untyped-def]
    return load_record(SEEDS / f"{name}.bienban.json")


def test_every_real_document_has_its_record() -> None:
    assert len(DOCUMENTS) == 3
    for name in DOCUMENTS:
        assert (SEEDS / f"{name}.bienban.json").is_file(), name


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


@pytest.mark.parametrize("name", DOCUMENTS)
@pytest.mark.parametrize("fmt", [Format.DOCX, Format.HTML])
def test_core_outputs_reproduce_the_document(name: str, fmt: Format) -> None:
    data = render(compose(_record(name), _kind(name)), fmt)
    if fmt is Format.DOCX:
        text = "\n".join(iter_text(data))
    else:
        parser = _Text()
        parser.feed(data.decode("utf-8"))
        text = "\n".join(parser.parts)
    match = word_match(_reference(name), text)
    assert match.score >= BAR, (round(match.score, 4), match.missing[:10], match.extra[:10])


@pytest.mark.parametrize("name", DOCUMENTS)
def test_text_output_holds_every_word(name: str) -> None:
    """The text layout sets table columns side by side, so its word order differs inside
    tables; every word of the document is still there."""
    text = render(compose(_record(name), _kind(name)), Format.TXT).decode("utf-8")
    reference = Counter(words(_reference(name)))
    ours = Counter(words(text.replace("│", " ")))
    kept = sum(min(n, ours[w]) for w, n in reference.items())
    assert kept / sum(reference.values()) >= BAR, (reference - ours).most_common(10)


@pytest.mark.soffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not on PATH")
def test_docx_read_back_by_libreoffice_matches_at_98_percent(tmp_path: Path) -> None:
    for name in DOCUMENTS:
        (tmp_path / f"{name}.docx").write_bytes(
            render(compose(_record(name), _kind(name)), Format.DOCX)
        )
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "txt:Text", "--outdir", str(tmp_path)]
        + [str(tmp_path / f"{n}.docx") for n in DOCUMENTS],
        check=True,
        capture_output=True,
        timeout=240,
    )
    scores = {}
    for name in DOCUMENTS:
        ours = (tmp_path / f"{name}.txt").read_text(encoding="utf-8-sig")
        match = word_match(_reference(name), ours)
        scores[name] = match.score
        assert match.score >= BAR, (name, round(match.score, 4), match.missing, match.extra)
    print("word match:", {k: f"{v:.2%}" for k, v in scores.items()})


def test_the_records_use_the_document_structure_not_text_blobs() -> None:
    """Structure, not one long paragraph: the minutes have tables, numbered sections lettered
    a) … đ), attendees from the meeting, several signatories; the notice a partial date."""
    thamdinh = _record("Bien-ban-tham-dinh-SCT-ThaiThinh-xangdau-loai3")
    doc = compose(thamdinh, Kind.MINUTES)
    assert sum(isinstance(e, Table) for e in doc.body) == 4
    headings = [e.text for e in doc.body if not isinstance(e, Table) and e.role != "body"]
    assert "I. THÀNH PHẦN" in headings and "II. NỘI DUNG VÀ KẾT QUẢ THẨM ĐỊNH" in headings
    assert any(h.startswith("đ) Về Phương án") for h in headings)
    assert [s.name for s in doc.signatures] == ["Trần Đăng Khôi", "Trần Trọng Trang"]
    assert doc.header is not None and doc.header.number == ""  # no Số line
    kinds = {b.kind for s in thamdinh.minutes.outline or [] for b in s.blocks}
    assert BlockKind.ATTENDEES in kinds
    notice = compose(_record("TB-1894-ket-qua-sau-kiem-tra-VLNCN"), Kind.NOTICE)
    assert notice.header is not None
    assert (
        notice.header.place_date
        == "Lào Cai, ngày \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 tháng 4 năm 2026"
    )
    assert notice.header.number.endswith("/TB-SCT")
    assert notice.signatures[0].lines == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
    assert len(_record("TB-1894-ket-qua-sau-kiem-tra-VLNCN").tracked_tasks()) == 4
