"""The DOCX through LibreOffice: it opens and converts headless (no repair), the PDF is A4 with
extractable Vietnamese text, and LibreOffice lays it out on as many pages as we do (±1)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from gui.core.compose import Kind

from .helpers import (
    CHAIR,
    MOTTO,
    NATION,
    SEED_FILES,
    SEED_QN,
    composed,
    docx_bytes,
    page_sizes,
    pdfinfo,
    pdftotext,
    seed_id,
    seed_stem,
    squash,
)

pytestmark = [
    pytest.mark.soffice,
    pytest.mark.skipif(
        shutil.which("soffice") is None,
        reason="LibreOffice (soffice) is not on PATH; .ci/run installs libreoffice-writer-nogui",
    ),
]

A4_PT = (595.28, 841.89)


def convert(docx: Path, outdir: Path, profile: Path) -> Path:
    """``soffice --headless --convert-to pdf`` with a fresh user profile; the PDF's path."""
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            str(docx),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    pdf = outdir / (docx.stem + ".pdf")
    assert result.returncode == 0, f"soffice exit {result.returncode}: {result.stderr}"
    assert pdf.exists(), f"no PDF; soffice said: {result.stdout} {result.stderr}"
    return pdf


@pytest.fixture(scope="module")
def lo_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, Path]:
    """The notice DOCX of each seed converted by LibreOffice (one soffice run per seed)."""
    tmp = tmp_path_factory.mktemp("soffice")
    out = {}
    for seed in SEED_FILES:
        docx = tmp / f"{seed_stem(seed)}.notice.docx"
        docx.write_bytes(docx_bytes(seed, Kind.NOTICE))
        out[seed] = convert(docx, tmp / "pdf", tmp / f"lo-{seed_id(seed)}")
    return out


def test_libreoffice_pdf_is_a4(lo_pdfs: dict[Path, Path]) -> None:
    pdf = lo_pdfs[SEED_QN]
    for n, (w, h) in enumerate(page_sizes(pdf), start=1):
        assert abs(w - A4_PT[0]) <= 1 and abs(h - A4_PT[1]) <= 1, f"page {n}: {w} × {h} pt"


def test_libreoffice_pdf_has_the_vietnamese_text(lo_pdfs: dict[Path, Path]) -> None:
    text = squash(pdftotext(lo_pdfs[SEED_QN]))
    for needle in (
        NATION,
        MOTTO,
        "THÔNG BÁO",
        CHAIR[SEED_QN],
        "./.",
        "Kết luận của Trưởng ban tại cuộc họp giao ban Quý III/2017",
        "Ngày 04 tháng 10 năm 2017",
        "I. ĐÁNH GIÁ CHUNG",
    ):
        assert needle in text, f"{needle!r} not in LibreOffice's PDF: {text[:300]!r}"


@pytest.mark.parametrize("seed", SEED_FILES, ids=[seed_id(s) for s in SEED_FILES])
def test_libreoffice_and_our_pdf_have_the_same_page_count(
    qapp, lo_pdfs: dict[Path, Path], tmp_path: Path, seed: Path
) -> None:  # type: ignore[no-untyped-def]
    from gui.qt.printing import render_pdf

    ours = tmp_path / "ours.pdf"
    ours.write_bytes(render_pdf(composed(seed, Kind.NOTICE)))
    lo_pages = int(pdfinfo(lo_pdfs[seed])["Pages"])
    our_pages = int(pdfinfo(ours)["Pages"])
    assert abs(lo_pages - our_pages) <= 1, f"LibreOffice {lo_pages} pages, ours {our_pages}"


@pytest.mark.parametrize("seed", SEED_FILES, ids=[seed_id(s) for s in SEED_FILES])
def test_libreoffice_numbers_pages_from_two_in_the_top_margin(
    lo_pdfs: dict[Path, Path], seed: Path
) -> None:
    from gui.core.render_docx import MARGINS_MM

    from .test_pdf import assert_page_numbers

    pdf = lo_pdfs[seed]
    if int(pdfinfo(pdf)["Pages"]) < 2:
        pytest.skip("one page")
    centre = (MARGINS_MM["left"] + (210 - MARGINS_MM["right"])) / 2 * 72 / 25.4
    assert_page_numbers(pdf, MARGINS_MM["top"], centre)


def test_libreoffice_keeps_the_header_and_signature_text(lo_pdfs: dict[Path, Path]) -> None:
    seed = next(s for s in SEED_FILES if s != SEED_QN)
    doc = composed(seed, Kind.NOTICE)
    text = squash(pdftotext(lo_pdfs[seed]))
    assert doc.header is not None
    for needle in (
        doc.header.parent_agency,
        doc.header.agency,
        doc.header.place_date,
        *doc.signatures[0].lines,
        doc.signatures[0].name,
        "Nơi nhận:",
        doc.recipients[-1],
    ):
        assert squash(needle) in text, needle
