"""Signing the Lào Cai notice: PKCS#12 and SoftHSM2 keys, signer then agency, checked by
pyHanko's validator and poppler's pdfsig; placement of the images; the annex signature."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from gui.core import signing
from gui.core.signplace import SignatureAnchor
from tests.signing import pki as P

needs_pdfsig = pytest.mark.skipif(not shutil.which("pdfsig"), reason="poppler-utils")


def pdfsig(path: Path) -> str:
    """poppler's report of the signatures of ``path``."""
    done = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False)
    return done.stdout + done.stderr


def sign_twice(pdf: bytes, anchor: SignatureAnchor, signer: signing.Key, agency: signing.Key):  # type: ignore[no-untyped-def]
    return signing.sign_document(
        pdf,
        anchor,
        signer,
        signer_image=P.signature_png(),
        agency_key=agency,
        seal_image=P.seal_png(),
    )


def assert_two_valid(data: bytes, tmp_path: Path, pki: P.TestPki) -> None:
    trust = signing.load_certificates([str(pki.ca_pem)])
    reports = signing.verify_pdf(data, trust)
    assert [r.field for r in reports] == [signing.SIGNER_FIELD, signing.AGENCY_FIELD]
    assert [r.signer for r in reports] == ["Nguyễn Văn Hùng", "Ủy ban nhân dân tỉnh Lào Cai"]
    for r in reports:
        assert r.intact and r.valid and r.trusted and r.whole_document and not r.changed_after
        assert r.ok
        assert r.time is not None and r.time.utcoffset() == dt.timedelta(hours=7)
    assert "Bienban Test CA" in reports[0].issuer
    # pdfsig, an independent reader: both valid; the last one covers every byte, the first
    # covers its revision (the agency's signature is an incremental update after it)
    path = tmp_path / "signed.pdf"
    path.write_bytes(data)
    out = pdfsig(path)
    assert out.count("Signature Validation: Signature is Valid.") == 2, out
    assert "Nguyễn Văn Hùng" in out and "Ủy ban nhân dân tỉnh Lào Cai" in out
    assert out.rstrip().count("Total document signed") == 1, out
    # the earlier revision is intact: cut the file at the end of the first signature's range
    first = re.search(r"Signed Ranges: \[0 - \d+\], \[\d+ - (\d+)\]", out)
    assert first, out
    revision = tmp_path / "revision1.pdf"
    revision.write_bytes(data[: int(first.group(1))])
    first_out = pdfsig(revision)
    assert "Signature is Valid." in first_out and "Total document signed" in first_out


def assert_tampering_detected(data: bytes, tmp_path: Path, pki: P.TestPki) -> None:
    # a byte inside the page content of the first revision (covered by both signatures)
    at = data.index(b"stream", len(data) // 4) + 40
    changed = bytearray(data)
    changed[at] ^= 0x01
    reports = signing.verify_pdf(bytes(changed), signing.load_certificates([str(pki.ca_pem)]))
    assert len(reports) == 2
    assert not any(r.intact for r in reports)
    assert not any(r.ok for r in reports)
    path = tmp_path / "tampered.pdf"
    path.write_bytes(bytes(changed))
    out = pdfsig(path)
    assert "Signature is Valid." not in out, out


@needs_pdfsig
def test_pkcs12_signer_then_agency(notice_pdf, test_pki: P.TestPki, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf, anchors = notice_pdf
    signed = sign_twice(
        pdf,
        anchors[-1],
        signing.Pkcs12Key(str(test_pki.signer.p12), P.PIN),
        signing.Pkcs12Key(str(test_pki.agency.p12), P.PIN),
    )
    assert signed.startswith(pdf)  # incremental updates: the unsigned PDF is untouched
    assert_two_valid(signed, tmp_path, test_pki)
    assert_tampering_detected(signed, tmp_path, test_pki)


@needs_pdfsig
def test_softhsm_token_signer_then_agency(  # type: ignore[no-untyped-def]
    notice_pdf, test_pki: P.TestPki, softhsm: str, tmp_path: Path
) -> None:
    pdf, anchors = notice_pdf
    signed = sign_twice(
        pdf,
        anchors[-1],
        signing.Pkcs11Key(softhsm, "NGUOI-KY", "sign", P.PIN),
        signing.Pkcs11Key(softhsm, "CO-QUAN", "sign", P.PIN),
    )
    assert signed.startswith(pdf)
    assert_two_valid(signed, tmp_path, test_pki)
    assert_tampering_detected(signed, tmp_path, test_pki)


def test_wrong_pin_and_missing_things_are_one_clear_error(  # type: ignore[no-untyped-def]
    notice_pdf, test_pki: P.TestPki, softhsm: str, tmp_path: Path
) -> None:
    pdf, anchors = notice_pdf
    bad = [
        (signing.Pkcs12Key(str(test_pki.signer.p12), "000000"), "wrong PIN"),
        (signing.Pkcs12Key(str(tmp_path / "none.p12"), P.PIN), "none.p12"),
        (signing.Pkcs12Key(str(test_pki.ca_pem), P.PIN), "not a PKCS#12"),
        (signing.Pkcs11Key(softhsm, "NGUOI-KY", "sign", "999999"), "wrong PIN"),
        (signing.Pkcs11Key(softhsm, "KHONG-CO", "sign", P.PIN), "KHONG-CO"),
        (signing.Pkcs11Key(softhsm, "NGUOI-KY", "khong-co", P.PIN), "could not sign"),
        (signing.Pkcs11Key(str(tmp_path / "none.so"), "NGUOI-KY", "sign", P.PIN), "none.so"),
    ]
    for key, words in bad:
        with pytest.raises(signing.SignError, match=re.escape(words)) as info:
            signing.sign_document(pdf, anchors[-1], key)
        assert "\n" not in str(info.value)


def test_placement_follows_the_decree(notice_pdf) -> None:  # type: ignore[no-untyped-def]
    _pdf, anchors = notice_pdf
    (anchor,) = anchors
    assert anchor.name_text == "Lê Trí Hà"
    # the position is above the blank room, the name below it, in the right-hand column
    assert anchor.position.y0 >= anchor.blank.y1 - 0.01
    assert anchor.name.y1 <= anchor.blank.y0 + 0.01
    assert anchor.column.x0 > 595.3 * 0.35
    place = signing.placement(anchor, P.signature_png(), P.seal_png())
    sig, seal = place.signer.box, place.agency.box  # type: ignore[union-attr]
    # centred between position and name, and horizontally in the column
    assert sig.centre[0] == pytest.approx(anchor.column.centre[0])
    assert sig.centre[1] == pytest.approx(anchor.blank.centre[1])
    assert sig.y0 >= anchor.name.y1 - 0.01 and sig.y1 <= anchor.position.y0 + 0.01
    assert sig.width / sig.height == pytest.approx(600 / 240)
    # the seal: actual size (850 px at 600 dpi = 36 mm), over the left third of the signature
    assert seal.width == pytest.approx(850 / 600 * 72, rel=1e-3)
    assert seal.x1 == pytest.approx(sig.x0 + sig.width / 3)
    assert seal.centre[1] == pytest.approx(sig.centre[1])
    # the profile's width wins over the PNG's resolution
    sized = signing.placement(anchor, P.signature_png(), P.seal_png(), seal_width_mm=40)
    assert sized.agency.box.width == pytest.approx(40 * 72 / 25.4)  # type: ignore[union-attr]


def test_images_must_be_transparent_png(notice_pdf) -> None:  # type: ignore[no-untyped-def]
    _pdf, anchors = notice_pdf
    with pytest.raises(signing.SignError, match="signature image"):
        signing.placement(anchors[0], b"GIF89a....", None)


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils")
def test_rendered_page_shows_blue_signature_and_red_seal(  # type: ignore[no-untyped-def]
    notice_pdf, test_pki: P.TestPki, tmp_path: Path
) -> None:
    from PIL import Image

    pdf, anchors = notice_pdf
    anchor = anchors[-1]
    signed = sign_twice(
        pdf,
        anchor,
        signing.Pkcs12Key(str(test_pki.signer.p12), P.PIN),
        signing.Pkcs12Key(str(test_pki.agency.p12), P.PIN),
    )
    (tmp_path / "signed.pdf").write_bytes(signed)
    page = anchor.page + 1
    subprocess.run(
        ["pdftoppm", "-r", "72", "-png", "-f", str(page), "-l", str(page),
         "-singlefile", str(tmp_path / "signed.pdf"), str(tmp_path / "page")],
        check=True,
    )  # fmt: skip
    img = Image.open(tmp_path / "page.png").convert("RGB")
    place = signing.placement(anchor, P.signature_png(), P.seal_png())
    height = img.height

    def pixels(box):  # type: ignore[no-untyped-def]
        x0, y0 = int(box.x0), int(height - box.y1)
        x1, y1 = int(box.x1), int(height - box.y0)
        return [img.getpixel((x, y)) for x in range(x0, x1) for y in range(y0, y1)]

    def blue(p) -> bool:  # type: ignore[no-untyped-def]
        return p[2] > p[0] + 60

    def red(p) -> bool:  # type: ignore[no-untyped-def]
        return p[0] > p[1] + 80 and p[0] > p[2] + 80

    sig_box = place.signer.box
    right_two_thirds = type(sig_box)(
        sig_box.x0 + sig_box.width / 3, sig_box.y0, sig_box.x1, sig_box.y1
    )
    assert sum(map(blue, pixels(right_two_thirds))) > 100  # the signature, not under the seal
    assert sum(map(red, pixels(place.agency.box))) > 500  # type: ignore[union-attr]
    assert sum(map(red, pixels(right_two_thirds))) < 20  # the seal stays on the left third
    # nothing was drawn on the unsigned page there
    subprocess.run(
        ["pdftoppm", "-r", "72", "-png", "-f", str(page), "-l", str(page), "-singlefile",
         "-", str(tmp_path / "plain")],
        input=pdf, check=True,
    )  # fmt: skip
    plain = Image.open(tmp_path / "plain.png").convert("RGB")
    raw = plain.tobytes()
    assert not any(blue(raw[i : i + 3]) or red(raw[i : i + 3]) for i in range(0, len(raw), 3))


def annex_pdf() -> bytes:
    """An annex as its own file: the Lào Cai tasks as "Phụ lục"."""
    from gui.core.compose import Composed, Kind, Paragraph, Role, task_sentence
    from gui.core.recordfile import load_record
    from gui.qt.printing import render_pdf
    from tests.conftest import SEED_LAO_CAI

    record = load_record(SEED_LAO_CAI)
    body = []
    for i, dept in enumerate(record.directives.departments, 1):
        body.append(Paragraph(f"{i}. {dept.name}", Role.SUBHEADING))
        body += [Paragraph(f"- {task_sentence(t)}", Role.BULLET) for t in dept.tasks]
    doc = Composed(Kind.NOTICE, None, "Phụ lục", "DANH SÁCH NHIỆM VỤ", body)
    return render_pdf(doc)


@needs_pdfsig
def test_annex_gets_the_agency_signature_at_the_top_right(  # type: ignore[no-untyped-def]
    qapp_session, test_pki: P.TestPki, tmp_path: Path
) -> None:
    from PIL import Image

    pdf = annex_pdf()
    when = dt.datetime(2026, 3, 5, 7, 20, 31, tzinfo=dt.UTC)
    signed = signing.sign_annex(
        pdf, signing.Pkcs12Key(str(test_pki.agency.p12), P.PIN), "Số: 15/TB-UBND", when
    )
    assert signing.annex_text("Số: 15/TB-UBND", when) == (
        "Số: 15/TB-UBND\n2026-03-05T14:20:31+07:00"
    )
    (report,) = signing.verify_pdf(signed, signing.load_certificates([str(test_pki.ca_pem)]))
    assert report.ok and report.field == signing.ANNEX_FIELD
    assert report.time == when
    path = tmp_path / "annex.pdf"
    path.write_bytes(signed)
    assert "Signature is Valid." in pdfsig(path)
    # the text is drawn at the top right of page 1, in black, no image
    subprocess.run(
        ["pdftoppm", "-r", "72", "-png", "-f", "1", "-l", "1", "-singlefile", str(path),
         str(tmp_path / "annex")],
        check=True,
    )  # fmt: skip
    img = Image.open(tmp_path / "annex.png").convert("RGB")
    w = img.width
    dark = [
        (x, y)
        for x in range(w)
        for y in range(0, 57)  # the top 20 mm (the top margin)
        if sum(img.getpixel((x, y))) < 200
    ]
    assert dark, "no text in the top margin"
    assert min(x for x, _ in dark) > w / 2  # right half
    assert not any(
        img.getpixel((x, y))[0] > img.getpixel((x, y))[2] + 60 for x, y in dark
    )  # black, not coloured
    # the annex's own text is unchanged below the signature
    with pytest.raises(AssertionError):
        assert signed == pdf


def test_a_later_change_that_is_not_a_signature_is_reported(  # type: ignore[no-untyped-def]
    notice_pdf, test_pki: P.TestPki
) -> None:
    import io

    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    pdf, anchors = notice_pdf
    signed = sign_twice(
        pdf,
        anchors[-1],
        signing.Pkcs12Key(str(test_pki.signer.p12), P.PIN),
        signing.Pkcs12Key(str(test_pki.agency.p12), P.PIN),
    )
    # an incremental update that draws on page 1: every byte signed is still intact
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    ref = writer.add_object(generic.StreamObject(stream_data=b"0 0 1 rg 100 100 50 50 re f"))
    writer.add_stream_to_page(0, ref)
    out = io.BytesIO()
    writer.write(out)
    reports = signing.verify_pdf(out.getvalue(), signing.load_certificates([str(test_pki.ca_pem)]))
    assert all(r.intact and r.valid for r in reports)
    assert all(r.changed_after and not r.ok for r in reports)
