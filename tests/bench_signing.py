"""Benchmark: signing a document, where the secretary waits after pressing "Ký số".

Measures, on the Lào Cai notice (4 pages), in one run: rendering our PDF (the baseline the
user already waits for when exporting), signing it as the signer then the agency with PKCS#12
keys and with SoftHSM2 tokens (made by the script in a temporary folder, as the tests do),
the annex of the record's tasks (its PDF, and the agency's signature on it), and verifying
the two signatures. Prints a table; not a timed test.

    QT_QPA_PLATFORM=offscreen python tests/bench_signing.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.benchkit import fmt_ms, median, time_calls


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5, help="calls per measurement")
    args = parser.parse_args()
    from PySide6.QtGui import QGuiApplication

    from gui.core import signing
    from gui.core.annex import compose_annex
    from gui.core.compose import Kind, compose
    from gui.core.recordfile import load_record
    from gui.qt.printing import render_pdf, signature_anchors
    from tests.conftest import SEED_LAO_CAI
    from tests.signing import pki as P

    app = QGuiApplication.instance() or QGuiApplication(["bench"])
    record = load_record(SEED_LAO_CAI)
    doc = compose(record, Kind.NOTICE)
    sig, seal = P.signature_png(), P.seal_png()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "pki").mkdir()
        (folder / "hsm").mkdir()
        pki = P.make_pki(folder / "pki")
        P.make_softhsm(folder / "hsm", pki)
        module = P.softhsm_module()
        assert module
        keys = {
            "PKCS#12": (
                signing.Pkcs12Key(str(pki.signer.p12), P.PIN),
                signing.Pkcs12Key(str(pki.agency.p12), P.PIN),
            ),
            "SoftHSM2 token": (
                signing.Pkcs11Key(module, "NGUOI-KY", "sign", P.PIN),
                signing.Pkcs11Key(module, "CO-QUAN", "sign", P.PIN),
            ),
        }
        render, pdf = time_calls(lambda: render_pdf(doc), args.repeat)
        anchor = signature_anchors(doc)[-1]
        rows = [("Render our PDF (baseline)", median(render))]
        signed = b""
        for name, (signer, agency) in keys.items():
            times, signed = time_calls(
                lambda s=signer, a=agency: signing.sign_document(
                    pdf, anchor, s, signer_image=sig, agency_key=a, seal_image=seal
                ),
                args.repeat,
            )
            rows.append((f"Sign, signer then agency, {name}", median(times)))
        # the annex of the record's 15 tasks, as its own PDF, and the agency's signature on it
        times, annex = time_calls(
            lambda: render_pdf(compose_annex(record, Kind.NOTICE)), args.repeat
        )
        rows.append(("Annex of the 15 tasks: compose + render its PDF", median(times)))
        agency12 = keys["PKCS#12"][1]
        times, _ = time_calls(
            lambda: signing.sign_annex(annex, agency12, "Số: 15/TB-VP"), args.repeat
        )
        rows.append(("Sign the annex, agency, PKCS#12", median(times)))
        trust = signing.load_certificates([str(pki.ca_pem)])
        times, reports = time_calls(lambda: signing.verify_pdf(signed, trust), args.repeat)
        assert all(r.ok for r in reports)
        rows.append(("Verify two signatures (pyHanko, with trust root)", median(times)))
    print(f"| Measurement (median of {args.repeat}) | Result | vs. render |")
    print("|---|---:|---:|")
    base = rows[0][1]
    for name, value in rows:
        print(f"| {name} | {fmt_ms(value)} | {value / base:.2f}× |")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
