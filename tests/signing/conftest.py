"""Fixtures of the signing tests: a test PKI and SoftHSM2 tokens made in temporary folders."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.conftest import SEED_LAO_CAI
from tests.signing import pki as P


@pytest.fixture(scope="session")
def test_pki(tmp_path_factory: pytest.TempPathFactory) -> P.TestPki:
    """A CA with a signer and an agency certificate, and their PKCS#12 files."""
    return P.make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="session")
def softhsm(tmp_path_factory: pytest.TempPathFactory, test_pki: P.TestPki) -> Iterator[str]:
    """SoftHSM2 initialised in a temporary folder (SOFTHSM2_CONF) with the signer's and the
    agency's tokens; yields the PKCS#11 module path."""
    module = P.softhsm_module()
    assert module, "SoftHSM2 is not installed (.ci/install --test installs softhsm2)"
    before = os.environ.get("SOFTHSM2_CONF")
    P.make_softhsm(tmp_path_factory.mktemp("softhsm"), test_pki)
    yield module
    if before is None:
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = before


@pytest.fixture(scope="session")
def notice_pdf(qapp_session: object) -> tuple[bytes, list]:  # type: ignore[type-arg]
    """The Lào Cai notice as our PDF, and its signature anchors."""
    from gui.core.compose import Kind, compose
    from gui.core.recordfile import load_record
    from gui.qt.printing import render_pdf, signature_anchors

    doc = compose(load_record(SEED_LAO_CAI), Kind.NOTICE)
    return render_pdf(doc), signature_anchors(doc)


@pytest.fixture(scope="session")
def qapp_session() -> object:
    """A QGuiApplication for rendering (session-wide, like pytest-qt's qapp)."""
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["bienban-tests"])
