"""Digital signatures (ký số) of an issued document, as NĐ 30/2020 sets them out.

A document is signed with PAdES signatures (pyHanko): the signers' (any signature block: the
minutes' secretary, then the chair), then the agency's, each in its own incremental update so a
later signature never invalidates an earlier one.
Their visible appearances are placed by ``gui.core.signplace``: the signer's blue signature
image centred between the position and the name, the agency's red seal at its actual size over
the left third of it. An annex issued as a separate file gets the agency's signature with no
image at the top right of its first page: the number and symbol and the signing time
(ISO 8601, Vietnam time) in Times New Roman 10 pt, black.

Keys come from a PKCS#12 file (.p12/.pfx) or a PKCS#11 token (module path, token label, key
label). The PIN is passed in for one signing and never kept. ``verify_pdf`` reports every
signature of a PDF. pyHanko is imported only when signing or verifying.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from gui.core.signimages import ImageCheck, Ink, check_image
from gui.core.signplace import (
    Rect,
    SignatureAnchor,
    seal_box,
    seal_size_pt,
    signature_box,
)

VIETNAM_TZ = dt.timezone(dt.timedelta(hours=7), "+07:00")
"""Vietnam's time zone (UTC+7, no daylight saving time)."""

SIGNER_FIELD = "ChuKyNguoiKy"
AGENCY_FIELD = "ChuKyCoQuan"
ANNEX_FIELD = "ChuKyCoQuanPhuLuc"

FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/msttcorefonts/Times_New_Roman.ttf",
    "/usr/share/fonts/truetype/msttcorefonts/times.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
)


class SignError(Exception):
    """Signing or verifying failed; ``str()`` is one line saying why."""


@dataclass(frozen=True)
class Pkcs12Key:
    """A key and certificate chain in a PKCS#12 file (.p12, .pfx)."""

    path: str
    pin: str = field(default="", repr=False)


@dataclass(frozen=True)
class Pkcs11Key:
    """A key on a PKCS#11 token: the module (the token's driver), token and key labels."""

    module: str
    token_label: str
    key_label: str
    pin: str = field(default="", repr=False)


Key = Pkcs12Key | Pkcs11Key


@dataclass(frozen=True)
class Appearance:
    """A signature's visible appearance: a box on a page (PDF points) with an image or text."""

    page: int
    box: Rect
    image: bytes | None = None
    text: str = ""


def now_vietnam() -> dt.datetime:
    """The current time in Vietnam's time zone, to the second."""
    return dt.datetime.now(VIETNAM_TZ).replace(microsecond=0)


def iso_time(when: dt.datetime) -> str:
    """``2026-03-05T14:20:31+07:00``: ISO 8601 in Vietnam time."""
    return when.astimezone(VIETNAM_TZ).replace(microsecond=0).isoformat()


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data`` in lowercase hexadecimal."""
    return hashlib.sha256(data).hexdigest()


def annex_text(number: str, when: dt.datetime) -> str:
    """The annex signature's text: the number and symbol, then the signing time."""
    return f"{number}\n{iso_time(when)}"


@contextlib.contextmanager
def open_signer(key: Key) -> Iterator[Any]:
    """A pyHanko signer for ``key``; a PKCS#11 session is closed on exit.

    Raises:
        SignError: the file or module is missing, the PIN is wrong, no such token or key.
    """
    if isinstance(key, Pkcs12Key):
        yield _pkcs12_signer(key)
        return
    yield from _pkcs11_signer(key)


def _pkcs12_signer(key: Pkcs12Key) -> Any:
    from pyhanko.sign.signers import SimpleSigner

    try:
        with open(key.path, "rb") as f:
            data = f.read()
    except OSError as exc:
        raise SignError(f"{key.path}: {exc.strerror or exc}") from None
    try:
        signer = SimpleSigner.load_pkcs12_data(
            data, other_certs=[], passphrase=key.pin.encode("utf-8") or None
        )
    except ValueError:
        raise SignError(f"{key.path}: wrong PIN or not a PKCS#12 file") from None
    if signer is None:
        raise SignError(f"{key.path}: wrong PIN or not a PKCS#12 file")
    return signer


def _pkcs11_signer(key: Pkcs11Key) -> Iterator[Any]:
    import pkcs11
    from pyhanko.config.pkcs11 import TokenCriteria
    from pyhanko.sign.pkcs11 import PKCS11Signer, open_pkcs11_session

    if not os.path.isfile(key.module):
        raise SignError(f"{key.module}: no such PKCS#11 module")
    try:
        session = open_pkcs11_session(
            key.module, token_criteria=TokenCriteria(label=key.token_label), user_pin=key.pin
        )
    except pkcs11.PinIncorrect:
        raise SignError(f"token {key.token_label!r}: wrong PIN") from None
    except pkcs11.PinLocked:
        raise SignError(f"token {key.token_label!r}: PIN locked") from None
    except Exception as exc:  # the driver's, python-pkcs11's or pyHanko's (no such token)
        raise SignError(f"token {key.token_label!r}: {_describe(exc)}") from None
    try:
        yield PKCS11Signer(session, key_label=key.key_label)
    finally:
        with contextlib.suppress(Exception):
            session.close()


def _describe(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


def _font_file() -> str:
    """Times New Roman where installed, else the metric-compatible Liberation Serif."""
    if shutil.which("fc-match"):
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            found = subprocess.run(
                ["fc-match", "-f", "%{file}", "Times New Roman:style=Regular"],
                capture_output=True,
                text=True,
                timeout=10,
                check=False,
            ).stdout.strip()
            if found.lower().endswith((".ttf", ".otf")) and os.path.isfile(found):
                return found
    for path in FONT_CANDIDATES:
        if os.path.isfile(path):
            return path
    raise SignError("no Times New Roman or Liberation Serif font file for the annex signature")


def _annex_font(text: str, folder: str) -> str:
    """The Times (or Liberation Serif) glyphs of ``text`` as a TrueType file in ``folder``,
    rescaled to 1000 units per em: pyHanko writes the PDF font's widths (/W) in the font's own
    units, which PDF reads as thousandths of an em (Liberation Serif has 2048)."""
    from fontTools import subset, ttLib
    from fontTools.ttLib.scaleUpem import scale_upem

    font = ttLib.TTFont(_font_file())
    options = subset.Options()
    options.notdef_outline = True
    options.drop_tables += ["FFTM"]  # FontForge's timestamps: pyHanko's subsetter warns on it
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text + " ")
    subsetter.subset(font)
    if font["head"].unitsPerEm != 1000:
        scale_upem(font, 1000)
    path = os.path.join(folder, "annex-font.ttf")
    font.save(path)
    return path


def _style(appearance: Appearance, folder: str) -> Any:
    from pyhanko.pdf_utils import layout
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.stamp import StaticStampStyle, TextStampStyle

    if appearance.text:
        return TextStampStyle(
            # the stamp text is %-formatted with pyHanko's parameters
            stamp_text=appearance.text.replace("%", "%%"),
            text_box_style=TextBoxStyle(
                font=GlyphAccumulatorFactory(_annex_font(appearance.text, folder), font_size=10),
                font_size=10,
                leading=12,
                text_color=(0, 0, 0),
            ),
            inner_content_layout=layout.SimpleBoxLayoutRule(
                x_align=layout.AxisAlignment.ALIGN_MAX,
                y_align=layout.AxisAlignment.ALIGN_MAX,
                margins=layout.Margins.uniform(0),
                inner_content_scaling=layout.InnerScaling.NO_SCALING,
            ),
            border_width=0,
            background=None,
        )
    if appearance.image is None:
        return StaticStampStyle(border_width=0, background=None)
    from PIL import Image
    from pyhanko.pdf_utils.images import PdfImage

    image = Image.open(io.BytesIO(appearance.image))
    image.load()
    if image.mode not in ("RGBA", "RGB"):
        image = image.convert("RGBA")
    return StaticStampStyle(
        border_width=0,
        background=PdfImage(image),
        background_opacity=1.0,
        background_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MID,
            y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins.uniform(0),
            inner_content_scaling=layout.InnerScaling.STRETCH_TO_FIT,
        ),
    )


def sign_pdf(
    pdf: bytes,
    key: Key,
    field_name: str,
    appearance: Appearance,
    when: dt.datetime | None = None,
    reason: str = "",
) -> bytes:
    """Add one PAdES signature to ``pdf`` in an incremental update.

    Raises:
        SignError: the key could not be used or the PDF could not be signed.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    when = (when or now_vietnam()).astimezone(VIETNAM_TZ)
    with tempfile.TemporaryDirectory() as folder, open_signer(key) as signer:
        style = _style(appearance, folder)
        try:
            writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
            meta = signers.PdfSignatureMetadata(
                field_name=field_name,
                subfilter=fields.SigSeedSubFilter.PADES,
                md_algorithm="sha256",
                reason=reason or None,
            )
            spec = fields.SigFieldSpec(
                field_name, on_page=appearance.page, box=appearance.box.as_tuple()
            )
            pdf_signer = _vietnam_time_signer(
                meta, signer, stamp_style=style, new_field_spec=spec, when=when
            )
            out = pdf_signer.sign_pdf(writer)
        except SignError:
            raise
        except Exception as exc:  # pyHanko's, the PDF reader's or the token driver's errors
            raise SignError(f"could not sign: {_describe(exc)}") from None
    return bytes(out.getvalue())


def _vietnam_time_signer_class() -> type:
    from pyhanko.sign.signers import PdfSigner

    class VietnamTimeSigner(PdfSigner):  # type: ignore[misc]
        """pyHanko's signer with the signing time given (Vietnam time, to the second)."""

        def __init__(self, *args: Any, when: dt.datetime, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._when = when

        def init_signing_session(self, pdf_out: Any, existing_fields_only: bool = False) -> Any:
            session = super().init_signing_session(pdf_out, existing_fields_only)
            session.system_time = self._when
            return session

    return VietnamTimeSigner


def _vietnam_time_signer(*args: Any, **kwargs: Any) -> Any:
    return _vietnam_time_signer_class()(*args, **kwargs)


def sign_annex(
    pdf: bytes, key: Key, number: str, when: dt.datetime | None = None, box: Rect | None = None
) -> bytes:
    """The agency's signature on an annex issued as its own file (no image, top right of
    page 1, the number and symbol and the ISO 8601 signing time); ``box`` defaults to
    ``annex_box()`` (a 20 mm right margin, as the official templates have)."""
    from gui.core.signplace import annex_box

    when = (when or now_vietnam()).astimezone(VIETNAM_TZ)
    appearance = Appearance(page=0, box=box or annex_box(), text=annex_text(number, when))
    return sign_pdf(pdf, key, ANNEX_FIELD, appearance, when)


@dataclass(frozen=True)
class Placement:
    """Where the signer's and the agency's appearances go on a signed document."""

    signer: Appearance
    agency: Appearance | None


def placement(
    anchor: SignatureAnchor,
    signer_image: bytes | None,
    seal_image: bytes | None,
    seal_width_mm: float | None = None,
) -> Placement:
    """The appearances for the signature column ``anchor`` (see ``gui.core.signplace``).

    Raises:
        SignError: an image is not a usable PNG (see ``gui.core.signimages``).
    """
    signer_check = _usable(signer_image, Ink.BLUE, "signature image") if signer_image else None
    box = signature_box(anchor, signer_check.size if signer_check else None)
    signer = Appearance(anchor.page, box, signer_image)
    if seal_image is None:
        return Placement(signer, None)
    seal_check = _usable(seal_image, Ink.RED, "seal image")
    seal = seal_box(box, seal_size_pt(seal_check.size, seal_check.dpi, seal_width_mm))
    return Placement(signer, Appearance(anchor.page, seal, seal_image))


def _usable(data: bytes, ink: Ink, what: str) -> ImageCheck:
    check = check_image(data, ink)
    if not check.usable:
        problems = ", ".join(p.value for p in check.problems)
        raise SignError(f"the {what} cannot be used ({problems}): a transparent PNG is needed")
    return check


def sign_document(
    pdf: bytes,
    anchor: SignatureAnchor,
    signer_key: Key,
    *,
    signer_image: bytes | None = None,
    agency_key: Key | None = None,
    seal_image: bytes | None = None,
    seal_width_mm: float | None = None,
    when: dt.datetime | None = None,
    signer_field: str = SIGNER_FIELD,
) -> bytes:
    """Sign ``pdf`` as the signer (in the field ``signer_field``), then (with ``agency_key``)
    as the agency.

    Two incremental updates: the agency's signature leaves the signer's valid. The seal is
    shown only with the agency's signature.
    """
    place = placement(anchor, signer_image, seal_image if agency_key else None, seal_width_mm)
    when = (when or now_vietnam()).astimezone(VIETNAM_TZ)
    signed = sign_pdf(pdf, signer_key, signer_field, place.signer, when)
    if agency_key is None:
        return signed
    # without a seal image the agency's signature is an invisible field
    agency = place.agency or Appearance(anchor.page, Rect(0, 0, 0, 0))
    return sign_pdf(signed, agency_key, AGENCY_FIELD, agency, when)


def signed_fields(pdf: bytes) -> list[str]:
    """The names of the signature fields of ``pdf`` that hold a signature, in order.

    Raises:
        SignError: the PDF cannot be read.
    """
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        return [sig.field_name for sig in reader.embedded_signatures]
    except (PdfError, ValueError, KeyError, OSError) as exc:
        raise SignError(f"not a readable PDF ({_describe(exc)})") from None


# --- verification -----------------------------------------------------------------------------


@dataclass
class SignatureReport:
    """What ``verify_pdf`` found about one signature."""

    field: str
    signer: str
    subject: str
    issuer: str
    time: dt.datetime | None
    intact: bool
    valid: bool
    whole_document: bool  # covers the whole file, or later revisions only add signatures
    changed_after: bool
    trusted: bool | None  # None: no trust root given
    problem: str = ""

    @property
    def ok(self) -> bool:
        """Intact, cryptographically valid, no change after it, and trusted if checked."""
        return (
            self.intact
            and self.valid
            and self.whole_document
            and not self.changed_after
            and self.trusted is not False
        )


def load_certificates(paths: Sequence[str]) -> list[Any]:
    """Trust roots from PEM or DER files (each may hold several PEM certificates).

    Raises:
        SignError: a file is unreadable or holds no certificate.
    """
    from asn1crypto import pem, x509

    certs = []
    for path in paths:
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError as exc:
            raise SignError(f"{path}: {exc.strerror or exc}") from None
        try:
            if pem.detect(data):
                found = [x509.Certificate.load(der) for _t, _h, der in pem.unarmor(data, True)]
            else:
                found = [x509.Certificate.load(data)]
            for c in found:
                _ = c.subject  # parse now: a bad file fails here, not during validation
        except (ValueError, TypeError) as exc:
            raise SignError(f"{path}: not a certificate ({_describe(exc)})") from None
        if not found:
            raise SignError(f"{path}: no certificate in the file")
        certs += found
    return certs


def verify_pdf(data: bytes, trust: Sequence[Any] = ()) -> list[SignatureReport]:
    """Every signature of a PDF, validated with pyHanko.

    ``trust`` holds trust-root certificates (``load_certificates``); when empty the chain is
    not checked (``trusted`` is None).

    Raises:
        SignError: the PDF cannot be read.
    """
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
    except (PdfError, ValueError, KeyError, OSError) as exc:
        raise SignError(f"not a readable PDF ({_describe(exc)})") from None
    reports = []
    for sig in embedded:
        # no trust roots: the chain is not judged (never the system's list, never fetched)
        context = ValidationContext(trust_roots=list(trust), allow_fetching=False)
        try:
            status = validate_pdf_signature(sig, context)
        except Exception as exc:  # a mangled signature: report it, do not crash
            reports.append(
                SignatureReport(
                    sig.field_name, "", "", "", None, False, False, False, True,
                    None if not trust else False, _describe(exc),
                )
            )  # fmt: skip
            continue
        cert = status.signing_cert
        whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
        later_ok = status.coverage == SignatureCoverageLevel.ENTIRE_REVISION and (
            status.modification_level is not None
            and status.modification_level <= ModificationLevel.FORM_FILLING
        )
        changed = not (whole or later_ok) or status.docmdp_ok is False
        reports.append(
            SignatureReport(
                field=sig.field_name,
                signer=_common_name(cert.subject),
                subject=cert.subject.human_friendly,
                issuer=cert.issuer.human_friendly,
                time=status.signer_reported_dt,
                intact=bool(status.intact),
                valid=bool(status.valid),
                whole_document=whole or later_ok,
                changed_after=changed,
                trusted=bool(status.trusted) if trust else None,
            )
        )
    return reports


def _common_name(name: Any) -> str:
    native = name.native
    value = native.get("common_name", "") if isinstance(native, dict) else ""
    return value if isinstance(value, str) else ""
