"""Issuing a document electronically: compose, render, sign (the signers' blocks, then the
agency), write the signed PDF atomically beside the record, and return the record of issue.

A document with several signature blocks (the minutes: the secretary and the chair) is signed
block by block, each signature an incremental update of the same signed file, the agency's last.

The PDF renderer and the signature anchors come from the Qt side (``gui.qt.printing``) and
are passed in, as for exports; everything else here is Qt-free.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from gui.core.compose import Composed, Kind, Signature, compose
from gui.core.errors import RecordFileError
from gui.core.profile import Profile
from gui.core.record import Issue, Record
from gui.core.recordfile import SUFFIX
from gui.core.safefile import write_atomic
from gui.core.signing import (
    AGENCY_FIELD,
    SIGNER_FIELD,
    Appearance,
    Key,
    SignError,
    iso_time,
    now_vietnam,
    placement,
    sha256_hex,
    sign_pdf,
    signed_fields,
)
from gui.core.signplace import Rect, SignatureAnchor
from gui.core.tracking import fold, slug

PdfRenderer = Callable[[Composed], bytes]
AnchorFinder = Callable[[Composed], list[SignatureAnchor]]


@dataclass
class Images:
    """The images to show: the signature of the block being signed and the agency's seal
    (PNG bytes); ``main_signature`` is the main signer's, by which the seal is placed when
    another block is signed."""

    signature: bytes | None = None
    seal: bytes | None = None
    seal_width_mm: float | None = None
    main_signature: bytes | None = None


def number_symbol(doc: Composed) -> str:
    """``15/TB-UBND`` from the header's ``Số: 15/TB-UBND``; "" when the number is empty."""
    if doc.header is None:
        return ""
    text = doc.header.number.removeprefix("Số:").strip()
    return "" if text.startswith("/") or not re.match(r"\d", text) else text


def signed_path(
    record_file: str | os.PathLike[str],
    doc: Composed,
    outdir: str | os.PathLike[str] | None = None,
) -> Path:
    """``15/TB-UBND`` → ``15-tb-ubnd.signed.pdf`` beside the record (or in ``outdir``);
    without a number, ``MEETING.notice.signed.pdf``."""
    src = Path(record_file)
    folder = Path(outdir) if outdir is not None else src.parent
    number = number_symbol(doc)
    if number:
        return folder / f"{slug(number, 'van-ban')}.signed.pdf"
    stem = src.name[: -len(SUFFIX)] if src.name.endswith(SUFFIX) else src.stem
    return folder / f"{stem}.{doc.kind.value}.signed.pdf"


def free_name(path: Path) -> Path:
    """``path``, or ``NAME.v2.signed.pdf``, ``.v3`` … when taken: a document issued before
    (then edited into a new version) keeps its signed file."""
    if not path.exists():
        return path
    stem = path.name.removesuffix(".signed.pdf")
    n = 2
    while (path.parent / f"{stem}.v{n}.signed.pdf").exists():
        n += 1
    return path.parent / f"{stem}.v{n}.signed.pdf"


def main_signature(doc: Composed) -> int:
    """Index (in printed order) of the signature the agency's seal goes with: the notice's
    signer beside Nơi nhận (the first), else the last column (the minutes' chair)."""
    count = sum(len(row) for row in doc.signature_rows())
    return 0 if doc.recipients_beside else count - 1


def printed_signatures(doc: Composed) -> list[Signature]:
    """The signature blocks in printed order (left to right, row by row)."""
    return [s for row in doc.signature_rows() for s in row]


def signer_field(index: int, doc: Composed) -> str:
    """The signature field of block ``index``: ``ChuKyNguoiKy`` for the main signer's,
    ``ChuKyNguoiKy1``, ``ChuKyNguoiKy2`` … (its position, from 1) for the others'."""
    return SIGNER_FIELD if index == main_signature(doc) else f"{SIGNER_FIELD}{index + 1}"


def block_of(doc: Composed, number: int | None = None, name: str | None = None) -> int:
    """The index of the block numbered ``number`` (from 1, in printed order) or of the one
    whose signer is ``name`` (accents, case and spacing ignored); the main one by default.

    Raises:
        SignError: no such block, or the name is not one block's.
    """
    printed = printed_signatures(doc)
    if number is not None:
        if not 1 <= number <= len(printed):
            raise SignError(f"no signature block {number}: the document has {len(printed)}")
        return number - 1
    if name is not None and name.strip():
        key = fold(name)
        found = [i for i, s in enumerate(printed) if fold(s.name) == key and key]
        if len(found) != 1:
            names = ", ".join(f"{i}. {s.name or '…'}" for i, s in enumerate(printed, 1))
            what = "no" if not found else "more than one"
            raise SignError(f"{what} signature block of {name.strip()!r} ({names})")
        return found[0]
    return main_signature(doc)


def images_for(profile: Profile | None, doc: Composed, block: int | None = None) -> Images:
    """The signature of block ``block`` (the main signer's by default), matched by the name
    under it, the main signer's, and the seal, from the agency profile."""
    if profile is None or not doc.signatures:
        return Images()
    printed = printed_signatures(doc)
    main = main_signature(doc)
    index = main if block is None else block
    return Images(
        profile.signature_image(printed[index].name),
        profile.seal_image(),
        profile.seal_width_mm,
        profile.signature_image(printed[main].name),
    )


@dataclass
class SigningState:
    """Where the next signature of a document goes: ``target`` (an existing signed file,
    when ``base`` holds its bytes, else a new one) and the fields already signed in it."""

    target: Path
    base: bytes | None
    signed: list[str]

    def is_signed(self, doc: Composed, index: int) -> bool:
        """Whether block ``index`` has its signature in the file already."""
        return signer_field(index, doc) in self.signed

    @property
    def agency_signed(self) -> bool:
        """Whether the agency has signed (the document is issued: nothing more is added)."""
        return AGENCY_FIELD in self.signed


def signing_state(
    record: Record,
    record_file: str | os.PathLike[str],
    doc: Composed,
    outdir: str | os.PathLike[str] | None = None,
) -> SigningState:
    """The signed file a further signature goes into: the record's signed file of this kind
    while the record is issued (its record of issue names it and its SHA-256 matches), else
    a new file named from the number.

    Raises:
        SignError: the record names a signed file that is missing or changed since.
    """
    issue = record.issue
    if issue is None or issue.kind != doc.kind.value or not issue.file:
        return SigningState(free_name(signed_path(record_file, doc, outdir)), None, [])
    folder = Path(outdir) if outdir is not None else Path(record_file).parent
    target = folder / issue.file
    try:
        data = target.read_bytes()
    except OSError as exc:
        raise SignError(
            f"{target.name}: {exc.strerror or exc} (the record was signed into it)"
        ) from None
    if issue.sha256 and sha256_hex(data) != issue.sha256:
        raise SignError(f"{target.name} changed since it was signed (its SHA-256 differs)")
    return SigningState(target, data, signed_fields(data))


def issue_document(
    record: Record,
    record_file: str | os.PathLike[str],
    kind: Kind,
    signer_key: Key | None,
    *,
    render_pdf: PdfRenderer,
    anchors: AnchorFinder,
    agency_key: Key | None = None,
    images: Images | None = None,
    outdir: str | os.PathLike[str] | None = None,
    when: dt.datetime | None = None,
    block: int | None = None,
) -> tuple[Path, Issue]:
    """Sign ``record``'s ``kind`` and write it; return the file and the record of issue.

    ``signer_key`` signs block ``block`` (in printed order; by default the main signer's,
    ``main_signature(doc)``: the notice's signer, the minutes' chair); then ``agency_key``
    signs as the agency, its seal over the main signer's signature. Either may be None: the
    minutes are signed by the secretary, then the chair, then the agency, each adding an
    incremental update to the same signed file (``signing_state``). The agency signs only
    once the main signer has, and nothing is added after the agency's signature.

    Raises:
        SignError: a key or image problem, a document without a signature block, a block
            already signed, the agency before the main signer or after it already signed.
        RecordFileError: the signed file could not be written (nothing on disk changed).
    """
    if kind not in (Kind.NOTICE, Kind.MINUTES):
        raise SignError(f"only the notice and the minutes are signed, not {kind.value}")
    if signer_key is None and agency_key is None:
        raise SignError("no key to sign with")
    doc = compose(record, kind)
    found = anchors(doc)
    if not found:
        raise SignError("the document has no signature block")
    main = main_signature(doc)
    index = main if block is None else block
    if not 0 <= index < len(found):
        raise SignError(f"no signature block {index + 1}: the document has {len(found)}")
    names = [s.name or "…" for s in printed_signatures(doc)]
    state = signing_state(record, record_file, doc, outdir)
    if state.agency_signed:
        raise SignError(
            f"{state.target.name} already has the agency's signature: edit the record to "
            "start a new version"
        )
    if signer_key is not None and state.is_signed(doc, index):
        raise SignError(f"signature block {index + 1} ({names[index]}) is already signed")
    if agency_key is not None and not (
        state.is_signed(doc, main) or (signer_key is not None and index == main)
    ):
        raise SignError(f"the agency signs after the signer of block {main + 1} ({names[main]})")
    images = images or Images()
    when = when or now_vietnam()
    pdf = state.base if state.base is not None else render_pdf(doc)
    if signer_key is not None:
        signer = placement(found[index], images.signature, None).signer
        pdf = sign_pdf(pdf, signer_key, signer_field(index, doc), signer, when)
    if agency_key is not None:
        main_image = images.signature if index == main else images.main_signature
        seal = placement(found[main], main_image, images.seal, images.seal_width_mm).agency
        # without a seal image the agency's signature is an invisible field
        agency = seal or Appearance(found[main].page, Rect(0, 0, 0, 0))
        pdf = sign_pdf(pdf, agency_key, AGENCY_FIELD, agency, when)
    target = state.target
    write_atomic(target, pdf, backup=False)
    issue = Issue(
        kind=kind.value,
        number=number_symbol(doc),
        issue_date=record.minutes.date if kind is Kind.MINUTES else record.header.issue_date,
        signed_at=iso_time(when),
        file=target.name,
        sha256=sha256_hex(pdf),
    )  # the annexes, signed by the agency with the document, are added by who writes them
    return target, issue


__all__ = [
    "Images",
    "RecordFileError",
    "SigningState",
    "block_of",
    "free_name",
    "images_for",
    "issue_document",
    "main_signature",
    "number_symbol",
    "printed_signatures",
    "signed_path",
    "signer_field",
    "signing_state",
]
