"""``bienban --sign`` and ``bienban --verify``: exit status, PIN sources, record of issue."""

from __future__ import annotations

import getpass
import hashlib
import json
from pathlib import Path

import pytest

from gui.cli import main
from gui.core.recordfile import load_record
from tests.signing import pki as P


@pytest.fixture
def record_file(tmp_path: Path, seed_lao_cai: Path) -> Path:
    """The Lào Cai record with a number (15/TB-VP) and issue date."""
    data = json.loads(seed_lao_cai.read_text("utf-8"))
    data["header"]["number"] = 15
    data["header"]["issue_date"] = "2026-05-04"
    data["minutes"]["number"] = 16  # the minutes have their own number (schema v4)
    data["minutes"]["date"] = "2026-05-03"
    seed_lao_cai.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return seed_lao_cai


@pytest.fixture
def images(tmp_path: Path) -> list[str]:
    sig, seal = tmp_path / "sig.png", tmp_path / "seal.png"
    sig.write_bytes(P.signature_png())
    seal.write_bytes(P.seal_png())
    return ["--signature-image", str(sig), "--seal-image", str(seal)]


def test_sign_with_pkcs12_then_verify(  # type: ignore[no-untyped-def]
    qapp, record_file: Path, images: list[str], test_pki: P.TestPki, monkeypatch, capsys
) -> None:
    monkeypatch.setenv("SIGNER_PIN", P.PIN)
    monkeypatch.setenv("AGENCY_PIN", P.PIN)
    code = main(
        ["--sign", str(record_file), "--pkcs12", str(test_pki.signer.p12),
         "--agency-pkcs12", str(test_pki.agency.p12), "--pin-env", "SIGNER_PIN",
         "--agency-pin-env", "AGENCY_PIN", *images]
    )  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0, err
    target = Path(out.strip())
    assert target == record_file.parent / "15-tb-vp.signed.pdf"
    data = target.read_bytes()
    issue = load_record(record_file).issue
    assert issue is not None
    assert (issue.kind, issue.number, issue.file) == ("notice", "15/TB-VP", target.name)
    assert str(issue.issue_date) == "2026-05-04"
    assert issue.sha256 == hashlib.sha256(data).hexdigest()
    assert issue.signed_at.endswith("+07:00")

    assert main(["--verify", str(target), "--trust", str(test_pki.ca_pem)]) == 0
    out = capsys.readouterr().out
    assert out.count(": valid") == 2 and "Nguyễn Văn Hùng" in out
    assert "chains to a trusted root: yes" in out
    assert main(["--verify", str(target)]) == 0
    assert "not checked (no --trust)" in capsys.readouterr().out
    # another CA is not trusted
    (record_file.parent / "other").mkdir()
    other = P.make_pki(record_file.parent / "other")
    assert main(["--verify", str(target), "--trust", str(other.ca_pem)]) == 1
    assert "chains to a trusted root: NO" in capsys.readouterr().out
    # one byte changed
    changed = bytearray(data)
    at = data.index(b"stream", len(data) // 4) + 40
    changed[at] ^= 0x01
    bad = target.with_name("changed.pdf")
    bad.write_bytes(bytes(changed))
    assert main(["--verify", str(bad), "--trust", str(test_pki.ca_pem)]) == 1
    assert "NOT VALID" in capsys.readouterr().out


def test_sign_with_softhsm_tokens(  # type: ignore[no-untyped-def]
    qapp, record_file: Path, images: list[str], test_pki: P.TestPki, softhsm: str,
    monkeypatch, capsys,
) -> None:  # fmt: skip
    monkeypatch.setenv("PIN", P.PIN)
    code = main(
        ["--sign", str(record_file), "--kind", "minutes", "--pkcs11-module", softhsm,
         "--token-label", "NGUOI-KY", "--key-label", "sign", "--agency-token-label", "CO-QUAN",
         "--pin-env", "PIN", "--agency-pin-env", "PIN", *images]
    )  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0, err
    target = Path(out.strip())
    assert target.name == "16-bb-vp.signed.pdf"
    issue = load_record(record_file).issue
    assert issue is not None and (issue.number, str(issue.issue_date)) == ("16/BB-VP", "2026-05-03")
    assert main(["--verify", str(target), "--trust", str(test_pki.ca_pem)]) == 0


def test_pin_is_asked_on_the_terminal(  # type: ignore[no-untyped-def]
    qapp, record_file: Path, test_pki: P.TestPki, monkeypatch, capsys, tmp_path: Path
) -> None:
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return P.PIN

    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    code = main(
        ["--sign", str(record_file), "--pkcs12", str(test_pki.signer.p12),
         "--outdir", str(tmp_path)]
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    assert prompts == ["PIN of the signer's key: "]


@pytest.mark.parametrize(
    "extra",
    [
        [],  # no key
        ["--pkcs12", "a.p12", "--pkcs11-module", "x.so"],
        ["--pkcs11-module", "x.so", "--token-label", "T"],  # no key label
        ["--pkcs12", "a.p12", "--kind", "news"],
        ["--pkcs12", "a.p12", "--pin", "123456"],  # never from an argument
        ["--pkcs12", "a.p12", "--outdir", "/nonexistent-folder"],
        ["--pkcs12", "a.p12", "--check"],
    ],
)
def test_usage_errors_exit_2(record_file: Path, extra: list[str], capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--sign", str(record_file), *extra]) == 2
    assert "error" in capsys.readouterr().err


def test_key_problems_exit_1_with_one_line(  # type: ignore[no-untyped-def]
    qapp, record_file: Path, test_pki: P.TestPki, monkeypatch, capsys
) -> None:
    monkeypatch.setenv("PIN", "000000")
    assert main(["--sign", str(record_file), "--pkcs12", str(test_pki.signer.p12),
                 "--pin-env", "PIN"]) == 1  # fmt: skip
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "wrong PIN" in err
    assert load_record(record_file).issue is None
    assert main(["--sign", str(record_file), "--pkcs12", str(test_pki.signer.p12),
                 "--pin-env", "UNSET_PIN_VARIABLE"]) == 1  # fmt: skip
    assert "UNSET_PIN_VARIABLE" in capsys.readouterr().err
    assert main(["--verify", str(record_file)]) == 1  # not a PDF
    assert capsys.readouterr().err.count("\n") == 1


def test_sign_annex_with_the_agency_key(  # type: ignore[no-untyped-def]
    qapp, test_pki: P.TestPki, monkeypatch, capsys, tmp_path: Path
) -> None:
    from tests.signing.test_signing import annex_pdf

    annex = tmp_path / "phu-luc.pdf"
    annex.write_bytes(annex_pdf())
    monkeypatch.setenv("PIN", P.PIN)
    code = main(
        ["--sign-annex", str(annex), "--number", "Số: 15/TB-VP",
         "--agency-pkcs12", str(test_pki.agency.p12), "--agency-pin-env", "PIN"]
    )  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0, err
    assert Path(out.strip()) == tmp_path / "phu-luc.signed.pdf"
    assert main(["--verify", out.strip(), "--trust", str(test_pki.ca_pem)]) == 0
    assert "ChuKyCoQuanPhuLuc" in capsys.readouterr().out
    assert main(["--sign-annex", str(annex), "--agency-pkcs12", "a.p12"]) == 2  # no --number
