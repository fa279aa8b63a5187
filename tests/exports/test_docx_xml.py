"""The DOCX XML follows the WordprocessingML schema's element order, which Word (unlike
LibreOffice) enforces: a misordered or repeated property makes Word offer to repair the file."""

from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree

from gui.core.compose import Kind, compose
from gui.core.recordfile import load_record
from gui.core.render_docx import render_docx

from ..conftest import SEED_FILES

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# ECMA-376 Part 1, the sequences of CT_TblPr, CT_PPrBase (+ rPr, sectPr, pPrChange) and CT_RPr
SEQUENCES = {
    "tblPr": [
        "tblStyle",
        "tblpPr",
        "tblOverlap",
        "bidiVisual",
        "tblStyleRowBandSize",
        "tblStyleColBandSize",
        "tblW",
        "jc",
        "tblCellSpacing",
        "tblInd",
        "tblBorders",
        "shd",
        "tblLayout",
        "tblCellMar",
        "tblLook",
        "tblCaption",
        "tblDescription",
    ],
    "pPr": [
        "pStyle",
        "keepNext",
        "keepLines",
        "pageBreakBefore",
        "framePr",
        "widowControl",
        "numPr",
        "suppressLineNumbers",
        "pBdr",
        "shd",
        "tabs",
        "suppressAutoHyphens",
        "kinsoku",
        "wordWrap",
        "overflowPunct",
        "topLinePunct",
        "autoSpaceDE",
        "autoSpaceDN",
        "bidi",
        "adjustRightInd",
        "snapToGrid",
        "spacing",
        "ind",
        "contextualSpacing",
        "mirrorIndents",
        "suppressOverlap",
        "jc",
        "textDirection",
        "textAlignment",
        "textboxTightWrap",
        "outlineLvl",
        "divId",
        "cnfStyle",
        "rPr",
        "sectPr",
        "pPrChange",
    ],
    "rPr": [
        "rStyle",
        "rFonts",
        "b",
        "bCs",
        "i",
        "iCs",
        "caps",
        "smallCaps",
        "strike",
        "dstrike",
        "outline",
        "shadow",
        "emboss",
        "imprint",
        "noProof",
        "snapToGrid",
        "vanish",
        "webHidden",
        "color",
        "spacing",
        "w",
        "kern",
        "position",
        "sz",
        "szCs",
        "highlight",
        "u",
        "effect",
        "bdr",
        "shd",
        "fitText",
        "vertAlign",
        "rtl",
        "cs",
        "em",
        "lang",
        "eastAsianLayout",
        "specVanish",
        "oMath",
    ],
}


def _parts(data: bytes) -> dict[str, etree._Element]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {
            name: etree.fromstring(z.read(name))
            for name in ("word/document.xml", "word/styles.xml")
        }


@pytest.mark.parametrize("kind", list(Kind), ids=[k.value for k in Kind])
@pytest.mark.parametrize("seed", SEED_FILES, ids=[s.name.split(".")[0] for s in SEED_FILES])
def test_properties_are_in_schema_order_and_not_repeated(seed, kind: Kind) -> None:  # type: ignore[no-untyped-def]
    data = render_docx(compose(load_record(seed), kind))
    problems = []
    for part, root in _parts(data).items():
        for tag, sequence in SEQUENCES.items():
            for element in root.iter(W + tag):
                names = [etree.QName(c).localname for c in element]
                known = [n for n in names if n in sequence]
                if len(set(names)) != len(names):
                    problems.append(f"{part}: <w:{tag}> repeats a child: {names}")
                if known != sorted(known, key=sequence.index):
                    problems.append(f"{part}: <w:{tag}> children out of order: {names}")
    assert not problems, problems[:5]
