"""Issuing a document electronically: compose, render, sign (signer, then agency), write the
signed PDF atomically beside the record, and return the record of issue.

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

from gui.core.compose import Composed, Kind, compose
from gui.core.errors import RecordFileError
from gui.core.profile import Profile
from gui.core.record import Issue, Record
from gui.core.recordfile import SUFFIX
from gui.core.safefile import write_atomic
from gui.core.signing import (
    Key,
    SignError,
    iso_time,
    now_vietnam,
    sha256_hex,
    sign_document,
)
from gui.core.signplace import SignatureAnchor
from gui.core.tracking import slug

PdfRenderer = Callable[[Composed], bytes]
AnchorFinder = Callable[[Composed], list[SignatureAnchor]]


@dataclass
class Images:
    """The images to show: the signer's signature and the agency's seal (PNG bytes)."""

    signature: bytes | None = None
    seal: bytes | None = None
    seal_width_mm: float | None = None


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


def images_for(profile: Profile | None, doc: Composed) -> Images:
    """The main signer's signature (matched by the name under that signature column) and
    the seal, from the agency profile."""
    if profile is None or not doc.signatures:
        return Images()
    printed = [s for row in doc.signature_rows() for s in row]
    name = printed[main_signature(doc)].name
    return Images(profile.signature_image(name), profile.seal_image(), profile.seal_width_mm)


def issue_document(
    record: Record,
    record_file: str | os.PathLike[str],
    kind: Kind,
    signer_key: Key,
    *,
    render_pdf: PdfRenderer,
    anchors: AnchorFinder,
    agency_key: Key | None = None,
    images: Images | None = None,
    outdir: str | os.PathLike[str] | None = None,
    when: dt.datetime | None = None,
) -> tuple[Path, Issue]:
    """Sign ``record``'s ``kind`` and write it; return the file and the record of issue.

    The main signer is ``main_signature(doc)``: the notice's signer, the minutes' chair.

    Raises:
        SignError: a key or image problem, or a document without a signature block.
        RecordFileError: the signed file could not be written (nothing on disk changed).
    """
    if kind not in (Kind.NOTICE, Kind.MINUTES):
        raise SignError(f"only the notice and the minutes are signed, not {kind.value}")
    doc = compose(record, kind)
    found = anchors(doc)
    if not found:
        raise SignError("the document has no signature block")
    images = images or Images()
    when = when or now_vietnam()
    signed = sign_document(
        render_pdf(doc),
        found[main_signature(doc)],
        signer_key,
        signer_image=images.signature,
        agency_key=agency_key,
        seal_image=images.seal,
        seal_width_mm=images.seal_width_mm,
        when=when,
    )
    target = free_name(signed_path(record_file, doc, outdir))
    write_atomic(target, signed, backup=False)
    issue = Issue(
        kind=kind.value,
        number=number_symbol(doc),
        issue_date=record.minutes.date if kind is Kind.MINUTES else record.header.issue_date,
        signed_at=iso_time(when),
        file=target.name,
        sha256=sha256_hex(signed),
    )
    return target, issue


__all__ = [
    "Images",
    "RecordFileError",
    "free_name",
    "images_for",
    "issue_document",
    "main_signature",
    "number_symbol",
    "signed_path",
]
