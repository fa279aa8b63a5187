"""Agency profiles: the reusable part of an agency's records.

A profile holds the agencies, their code, the place name, the department list, the default
signer, recipients and closing sentence, and the section headings the agency usually writes.
File → New builds a record from the current profile.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import os
import unicodedata
from dataclasses import field
from typing import Any

from gui.core.convert import from_data, to_data
from gui.core.errors import Problem, RecordFileError
from gui.core.jsonfile import read_json, validate, write_json
from gui.core.outline import default_notice_outline
from gui.core.record import Closing, Directives, DocumentSettings, Header, Record, Signer
from gui.core.recordclass import record_class
from gui.core.resources import resource_path

PROFILE_VERSION = 1
PROFILE_SUFFIX = ".profile.json"


@record_class
class SignatureImage:
    """A signer's handwritten signature (blue, transparent PNG) for signed documents."""

    name: str = ""  # the signer's name, as printed under the signature
    png: str = ""  # the PNG file, base64


@record_class
class Profile:
    """An agency's defaults."""

    name: str = ""
    parent_agency: str = ""
    agency: str = ""
    agency_code: str = ""
    place: str = ""
    departments: list[str] = field(default_factory=list)
    signer: Signer = field(default_factory=Signer)
    recipients: list[str] = field(default_factory=list)
    closing_sentence: str = ""
    drafter: str = ""
    headings: list[str] = field(default_factory=list)  # usual section headings, offered first
    # ký số (NĐ 30/2020, Phụ lục I): the agency's seal (red, transparent PNG, base64), its
    # actual width when the PNG's resolution does not give it, and each signer's signature
    seal_png: str = ""
    seal_width_mm: float | None = None
    signature_images: list[SignatureImage] = field(default_factory=list)

    def seal_image(self) -> bytes | None:
        """The seal's PNG bytes, if the profile has one."""
        return _decode(self.seal_png)

    def signature_image(self, name: str) -> bytes | None:
        """The signature PNG of the signer called ``name`` (case and spacing ignored)."""
        key = _name_key(name)
        for item in self.signature_images:
            if _name_key(item.name) == key:
                return _decode(item.png)
        return None

    def set_signature_image(self, name: str, png: bytes | None) -> None:
        """Keep (or with ``None`` remove) the signature PNG of the signer called ``name``."""
        key = _name_key(name)
        self.signature_images = [i for i in self.signature_images if _name_key(i.name) != key]
        if png is not None and key:
            self.signature_images.append(SignatureImage(name.strip(), encode_png(png)))

    def new_record(self) -> Record:
        """A new, empty record with this profile's header, signer, recipients and closing; the
        notice starts from the default outline (its opening names the place)."""
        return Record(
            header=Header(
                parent_agency=self.parent_agency,
                agency=self.agency,
                agency_code=self.agency_code,
                place=self.place,
            ),
            directives=Directives(),
            closing=Closing(
                sentence=self.closing_sentence,
                recipients=list(self.recipients),
                signer=dataclasses.replace(self.signer),
                drafter=self.drafter,
            ),
            notice=DocumentSettings(outline=default_notice_outline()),
        )


def encode_png(data: bytes) -> str:
    """PNG bytes as the profile keeps them (base64)."""
    return base64.b64encode(data).decode("ascii")


def _decode(text: str) -> bytes | None:
    if not text:
        return None
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None


def _name_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def profile_to_data(profile: Profile) -> dict[str, Any]:
    """JSON-ready data of a profile, ``profile_version`` first."""
    data = {"profile_version": PROFILE_VERSION, **to_data(profile)}
    # the signing images are optional: profiles without them are written as before
    for key, empty in (("seal_png", ""), ("seal_width_mm", None), ("signature_images", [])):
        if data.get(key) == empty:
            del data[key]
    return data


def load_profile(path: str | os.PathLike[str]) -> Profile:
    """Load and validate a profile file.

    Raises:
        RecordFileError: the file is unreadable or does not fit ``profile.schema.json``.
    """
    name = os.fspath(path)
    data = read_json(name)
    version = data.get("profile_version") if isinstance(data, dict) else None
    if isinstance(version, int) and version > PROFILE_VERSION:
        raise RecordFileError(
            name, Problem.TOO_NEW, "written by a newer Bienban", "profile_version"
        )
    validate(name, data, "profile.schema.json")
    data = dict(data)
    data.pop("profile_version")
    return from_data(Profile, data)


def save_profile(profile: Profile, path: str | os.PathLike[str]) -> None:
    """Save a profile atomically."""
    write_json(path, profile_to_data(profile))


def shipped_profiles() -> list[str]:
    """Paths of the profiles shipped in ``resources/profiles``, sorted."""
    folder = resource_path("profiles")
    return sorted(str(p) for p in folder.glob(f"*{PROFILE_SUFFIX}"))


GENERIC_PROFILE = "generic" + PROFILE_SUFFIX
