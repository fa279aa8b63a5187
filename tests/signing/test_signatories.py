"""Other signatories' blocks: the minutes signed by the secretary, then the chair, then the
agency, each an incremental update of the same file, all valid (pyHanko and pdfsig)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from gui.core import signing
from gui.core.compose import Kind, compose
from gui.core.issuing import (
    Images,
    block_of,
    issue_document,
    main_signature,
    signer_field,
    signing_state,
)
from gui.core.record import Record
from gui.core.recordfile import load_record
from tests.signing import pki as P
from tests.signing.test_signing import pdfsig

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdfsig") and shutil.which("pdftoppm")), reason="poppler-utils"
)

SECRETARY = "Trần Thị Thu"
CHAIR = "Nguyễn Tuấn Anh"


@pytest.fixture
def minutes_file(seed_lao_cai: Path) -> Path:
    """The Lào Cai record, its minutes numbered 16/BB-VP, with a secretary."""
    data = json.loads(seed_lao_cai.read_text("utf-8"))
    data["header"]["number"] = 15
    data["header"]["issue_date"] = "2026-05-04"
    data["minutes"]["number"] = 16
    data["minutes"]["date"] = "2026-05-03"
    data["meeting"]["secretary"] = {"name": SECRETARY, "position": "Chuyên viên"}
    seed_lao_cai.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return seed_lao_cai


def step(  # type: ignore[no-untyped-def]
    record: Record,
    path: Path,
    signer: signing.Key | None,
    block: int | None,
    agency: signing.Key | None = None,
):
    """One signing session, as the window and the command line run it: sign, keep the
    record of issue (the next session continues the same signed file)."""
    from gui.qt.printing import render_pdf, signature_anchors

    doc = compose(record, Kind.MINUTES)
    images = Images(P.signature_png(), P.seal_png(), None, P.signature_png())
    target, issue = issue_document(
        record,
        path,
        Kind.MINUTES,
        signer,
        render_pdf=render_pdf,
        anchors=signature_anchors,
        agency_key=agency,
        images=images,
        block=block if block is not None else main_signature(doc),
    )
    record.issue = issue
    return target


def sign_three_times(  # type: ignore[no-untyped-def]
    minutes_file: Path, secretary: signing.Key, chair: signing.Key, agency: signing.Key
) -> tuple[Path, list[bytes]]:
    record = load_record(minutes_file)
    doc = compose(record, Kind.MINUTES)
    assert [s.name for s in doc.signatures] == [SECRETARY, CHAIR]
    assert main_signature(doc) == 1
    revisions = []
    target = step(record, minutes_file, secretary, block_of(doc, name="tran thi THU"))
    revisions.append(target.read_bytes())
    assert step(record, minutes_file, chair, block_of(doc, number=2)) == target
    revisions.append(target.read_bytes())
    with pytest.raises(signing.SignError, match="already signed"):
        step(record, minutes_file, secretary, 0)
    assert step(record, minutes_file, None, None, agency) == target
    revisions.append(target.read_bytes())
    return target, revisions


def assert_three_valid(target: Path, revisions: list[bytes], pki: P.TestPki) -> None:
    data = target.read_bytes()
    # each session added an incremental update: the earlier bytes are untouched
    assert revisions[0] != revisions[1] != revisions[2] == data
    assert data.startswith(revisions[1]) and revisions[1].startswith(revisions[0])
    reports = signing.verify_pdf(data, signing.load_certificates([str(pki.ca_pem)]))
    assert [r.field for r in reports] == ["ChuKyNguoiKy1", "ChuKyNguoiKy", "ChuKyCoQuan"]
    assert [r.signer for r in reports] == [
        SECRETARY, "Nguyễn Văn Hùng", "Ủy ban nhân dân tỉnh Lào Cai",
    ]  # fmt: skip
    assert all(r.ok and r.trusted for r in reports), reports
    out = pdfsig(target)
    assert out.count("Signature Validation: Signature is Valid.") == 3, out
    assert out.count("Total document signed") == 1, out  # the agency's, over every byte
    for name in ("ChuKyNguoiKy1", "ChuKyNguoiKy", "ChuKyCoQuan"):
        assert f"Signature Field Name: {name}" in out
    # each earlier revision, cut where its signature's range ends, is valid on its own
    ends = [int(m) for m in re.findall(r"Signed Ranges: \[0 - \d+\], \[\d+ - (\d+)\]", out)]
    assert ends[:2] == [len(revisions[0]), len(revisions[1])], (ends, out)
    for n, end in enumerate(ends[:2], start=1):
        cut = target.with_name(f"revision{n}.pdf")
        cut.write_bytes(data[:end])
        assert pdfsig(cut).count("Signature is Valid.") == n


@needs_poppler
def test_minutes_signed_by_secretary_then_chair_then_agency_pkcs12(  # type: ignore[no-untyped-def]
    qapp, minutes_file: Path, test_pki: P.TestPki, tmp_path: Path
) -> None:
    from PIL import Image

    from gui.qt.printing import signature_anchors

    target, revisions = sign_three_times(
        minutes_file,
        signing.Pkcs12Key(str(test_pki.secretary.p12), P.PIN),
        signing.Pkcs12Key(str(test_pki.signer.p12), P.PIN),
        signing.Pkcs12Key(str(test_pki.agency.p12), P.PIN),
    )
    assert target.name == "16-bb-vp.signed.pdf"
    assert_three_valid(target, revisions, test_pki)
    # nothing is added once the agency has signed
    record = load_record(minutes_file)
    record.issue = None
    record.issue = _issue_of(target, minutes_file)
    with pytest.raises(signing.SignError, match="already has the agency's signature"):
        step(record, minutes_file, signing.Pkcs12Key(str(test_pki.signer.p12), P.PIN), 1)

    # the page: the secretary's blue signature in the left block, the chair's in the right
    # one with the red seal over its left third, nothing red in the secretary's column
    doc = compose(load_record(minutes_file), Kind.MINUTES)
    secretary, chair = signature_anchors(doc)
    assert secretary.page == chair.page and secretary.column.x1 <= chair.column.x0 + 1
    page = chair.page + 1
    subprocess.run(
        ["pdftoppm", "-r", "72", "-png", "-f", str(page), "-l", str(page), "-singlefile",
         str(target), str(tmp_path / "page")],
        check=True,
    )  # fmt: skip
    img = Image.open(tmp_path / "page.png").convert("RGB")

    def count(box: signing.Rect, test) -> int:  # type: ignore[no-untyped-def]
        x0, y0, x1, y1 = (
            int(box.x0),
            int(img.height - box.y1),
            int(box.x1),
            int(img.height - box.y0),
        )
        return sum(test(img.getpixel((x, y))) for x in range(x0, x1) for y in range(y0, y1))

    def blue(p) -> bool:  # type: ignore[no-untyped-def]
        return p[2] > p[0] + 60

    def red(p) -> bool:  # type: ignore[no-untyped-def]
        return p[0] > p[1] + 80 and p[0] > p[2] + 80

    left = signing.placement(secretary, P.signature_png(), None).signer.box
    right = signing.placement(chair, P.signature_png(), P.seal_png())
    assert count(left, blue) > 100
    assert count(left, red) == 0  # (the seal, actual size, may reach past the column)
    assert secretary.blank.y0 <= left.centre[1] <= secretary.blank.y1
    two_thirds = signing.Rect(
        right.signer.box.x0 + right.signer.box.width / 3, right.signer.box.y0,
        right.signer.box.x1, right.signer.box.y1,
    )  # fmt: skip
    assert count(two_thirds, blue) > 100
    assert count(right.agency.box, red) > 500  # type: ignore[union-attr]
    assert count(two_thirds, red) < 20
    img.save(tmp_path / "minutes-signed.png")


def _issue_of(target: Path, record_file: Path):  # type: ignore[no-untyped-def]
    from gui.core.record import Issue
    from gui.core.signing import sha256_hex

    return Issue(kind="minutes", file=target.name, sha256=sha256_hex(target.read_bytes()))


@needs_poppler
def test_minutes_signed_on_three_softhsm_tokens(  # type: ignore[no-untyped-def]
    qapp, minutes_file: Path, test_pki: P.TestPki, softhsm: str
) -> None:
    target, revisions = sign_three_times(
        minutes_file,
        signing.Pkcs11Key(softhsm, "THU-KY", "sign", P.PIN),
        signing.Pkcs11Key(softhsm, "NGUOI-KY", "sign", P.PIN),
        signing.Pkcs11Key(softhsm, "CO-QUAN", "sign", P.PIN),
    )
    assert_three_valid(target, revisions, test_pki)


def test_the_order_is_kept(qapp, minutes_file: Path, test_pki: P.TestPki) -> None:  # type: ignore[no-untyped-def]
    record = load_record(minutes_file)
    doc = compose(record, Kind.MINUTES)
    signer = signing.Pkcs12Key(str(test_pki.signer.p12), P.PIN)
    agency = signing.Pkcs12Key(str(test_pki.agency.p12), P.PIN)
    # the agency signs after the chair (the main signer), not after the secretary alone
    with pytest.raises(signing.SignError, match=r"after the signer of block 2 \(Nguyễn Tuấn Anh\)"):
        step(record, minutes_file, signer, 0, agency)
    with pytest.raises(signing.SignError, match="after the signer of block 2"):
        step(record, minutes_file, None, None, agency)
    assert record.issue is None and not list(minutes_file.parent.glob("*.signed.pdf"))
    with pytest.raises(signing.SignError, match="no signature block 3: the document has 2"):
        step(record, minutes_file, signer, 2)
    with pytest.raises(signing.SignError, match="no signature block 3"):
        block_of(doc, number=3)
    with pytest.raises(signing.SignError, match="no signature block of 'Lê Văn B'"):
        block_of(doc, name="Lê Văn B")
    assert block_of(doc) == 1 and block_of(doc, name="  NGUYEN tuan   anh ") == 1
    assert signer_field(0, doc) == "ChuKyNguoiKy1" and signer_field(1, doc) == "ChuKyNguoiKy"
    # the secretary signs; the signed file that the record names changed on disk: refused
    target = step(record, minutes_file, signer, 0)
    state = signing_state(record, minutes_file, doc)
    assert state.target == target and state.signed == ["ChuKyNguoiKy1"]
    assert state.is_signed(doc, 0) and not state.is_signed(doc, 1) and not state.agency_signed
    target.write_bytes(target.read_bytes() + b"\n% changed\n")
    with pytest.raises(signing.SignError, match="changed since it was signed"):
        step(record, minutes_file, signer, 1)
    target.unlink()
    with pytest.raises(signing.SignError, match="the record was signed into it"):
        step(record, minutes_file, signer, 1)
