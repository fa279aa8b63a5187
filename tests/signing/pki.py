"""A test PKI made by the tests: a CA, signer and agency certificates, PKCS#12 files,
SoftHSM2 tokens, and signature/seal PNG images."""

from __future__ import annotations

import datetime as dt
import io
import math
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

SOFTHSM_MODULES = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
)
PIN = "123456"
SO_PIN = "12345678"


def _name(cn: str, org: str = "UBND tỉnh Lào Cai") -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
        ]
    )


@dataclass
class Identity:
    """A key, its certificate and the file paths written for it."""

    key: rsa.RSAPrivateKey
    cert: x509.Certificate
    p12: Path
    cert_pem: Path
    key_pem: Path


@dataclass
class TestPki:
    """The CA and three identities: the signer (a person), the agency (an organisation) and
    the secretary (a second person)."""

    ca_key: rsa.RSAPrivateKey
    ca_cert: x509.Certificate
    ca_pem: Path
    signer: Identity
    agency: Identity
    secretary: Identity  # a second person signing (the minutes' secretary)


def make_pki(folder: Path) -> TestPki:
    """Write a CA, a signer and an agency certificate (and their PKCS#12 files) to ``folder``."""
    now = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca_name = _name("Bienban Test CA", "Bienban test")
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True, content_commitment=False, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=True,
                crl_sign=True, encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    ca_pem = folder / "ca.pem"
    ca_pem.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))

    def identity(stem: str, cn: str) -> Identity:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        cert = (
            x509.CertificateBuilder()
            .subject_name(_name(cn))
            .issuer_name(ca_name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now)
            .not_valid_after(now + dt.timedelta(days=730))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True, content_commitment=True, key_encipherment=False,
                    data_encipherment=False, key_agreement=False, key_cert_sign=False,
                    crl_sign=False, encipher_only=False, decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
            )
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
            )
            .sign(ca_key, hashes.SHA256())
        )  # fmt: skip
        p12 = folder / f"{stem}.p12"
        p12.write_bytes(
            pkcs12.serialize_key_and_certificates(
                stem.encode(),
                key,
                cert,
                [ca_cert],
                serialization.BestAvailableEncryption(PIN.encode()),
            )
        )
        cert_pem = folder / f"{stem}.pem"
        cert_pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        key_pem = folder / f"{stem}.key.pem"
        key_pem.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        return Identity(key, cert, p12, cert_pem, key_pem)

    return TestPki(
        ca_key,
        ca_cert,
        ca_pem,
        identity("signer", "Nguyễn Văn Hùng"),
        identity("agency", "Ủy ban nhân dân tỉnh Lào Cai"),
        identity("secretary", "Trần Thị Thu"),
    )


def softhsm_module() -> str | None:
    """The SoftHSM2 PKCS#11 module, when installed."""
    return next((m for m in SOFTHSM_MODULES if os.path.isfile(m)), None)


def make_softhsm(folder: Path, pki: TestPki) -> dict[str, str]:
    """Initialise SoftHSM2 in ``folder`` with three tokens ("NGUOI-KY", "CO-QUAN", "THU-KY"),
    each holding its key and certificate (label "sign"); returns the environment to use it."""
    import pkcs11
    from pkcs11 import Attribute, CertificateType, ObjectClass

    tokens = folder / "tokens"
    tokens.mkdir()
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\n")
    env = {**os.environ, "SOFTHSM2_CONF": str(conf)}
    util = shutil.which("softhsm2-util")
    assert util, "softhsm2-util"
    for label, ident, key_id in (
        ("NGUOI-KY", pki.signer, "01"),
        ("CO-QUAN", pki.agency, "02"),
        ("THU-KY", pki.secretary, "03"),
    ):
        subprocess.run(
            [util, "--init-token", "--free", "--label", label, "--pin", PIN, "--so-pin", SO_PIN],
            env=env, check=True, capture_output=True,
        )  # fmt: skip
        subprocess.run(
            [util, "--import", str(ident.key_pem), "--token", label, "--label", "sign",
             "--id", key_id, "--pin", PIN],
            env=env, check=True, capture_output=True,
        )  # fmt: skip
        os.environ["SOFTHSM2_CONF"] = str(conf)
        lib = pkcs11.lib(softhsm_module())
        lib.reinitialize()
        token = lib.get_token(token_label=label)
        with token.open(rw=True, user_pin=PIN) as session:
            session.create_object(
                {
                    Attribute.CLASS: ObjectClass.CERTIFICATE,
                    Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                    Attribute.TOKEN: True,
                    Attribute.LABEL: "sign",
                    Attribute.ID: bytes.fromhex(key_id),
                    Attribute.VALUE: ident.cert.public_bytes(serialization.Encoding.DER),
                    Attribute.SUBJECT: ident.cert.subject.public_bytes(),
                }
            )
    return env


def signature_png(dpi: int | None = 300) -> bytes:
    """A blue handwritten-looking signature on a transparent background."""
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (600, 240), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    pts = [(40 + x * 5, 120 + 60 * math.sin(x / 7) * math.exp(-x / 150)) for x in range(100)]
    d.line(pts, fill=(20, 40, 200, 255), width=9, joint="curve")
    d.line([(60, 190), (560, 150)], fill=(20, 40, 200, 255), width=6)
    return _png(img, dpi)


def seal_png(dpi: int | None = 600) -> bytes:
    """A red round seal, 36 mm at 600 dpi (850 px), on a transparent background."""
    from PIL import Image, ImageDraw

    size = 850
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (215, 20, 30, 255)
    d.ellipse((10, 10, size - 10, size - 10), outline=red, width=26)
    d.ellipse((120, 120, size - 120, size - 120), outline=red, width=10)
    d.regular_polygon((size / 2, size / 2, 150), 5, fill=red)
    return _png(img, dpi)


def _png(img: object, dpi: int | None) -> bytes:
    buf = io.BytesIO()
    kwargs = {"dpi": (dpi, dpi)} if dpi else {}
    img.save(buf, format="PNG", **kwargs)  # type: ignore[attr-defined]
    return buf.getvalue()
