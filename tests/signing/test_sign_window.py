"""The window: profile image pickers, File → Ký số …, the issued state and new versions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gui.core.profile import Profile
from gui.core.signimages import Ink
from tests.signing import pki as P


def opaque_png() -> bytes:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (50, 20), (0, 0, 255)).save(buf, format="PNG")
    return buf.getvalue()


@pytest.fixture
def numbered_record(seed_lao_cai: Path) -> Path:
    data = json.loads(seed_lao_cai.read_text("utf-8"))
    data["header"]["number"] = 7
    data["header"]["issue_date"] = "2026-05-04"
    seed_lao_cai.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return seed_lao_cai


def profile_with_images(name: str = "Lê Trí Hà") -> Profile:
    from gui.core.profile import encode_png
    from gui.core.record import Signer

    profile = Profile(name="Lào Cai", signer=Signer(name=name))
    profile.seal_png = encode_png(P.seal_png())
    profile.set_signature_image(name, P.signature_png())
    return profile


def test_profile_dialog_picks_and_checks_images(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from gui.core.profile import load_profile
    from gui.core.record import Signer
    from gui.qt.profiledialog import ProfileDialog

    files = {
        "sig": tmp_path / "sig.png",
        "seal": tmp_path / "seal.png",
        "opaque": tmp_path / "opaque.png",
        "red-as-signature": tmp_path / "red.png",
    }
    files["sig"].write_bytes(P.signature_png())
    files["seal"].write_bytes(P.seal_png())
    files["opaque"].write_bytes(opaque_png())
    files["red-as-signature"].write_bytes(P.seal_png())
    answers: list[str] = []

    def chooser(_parent, _title, _filters) -> str:  # type: ignore[no-untyped-def]
        return str(files[answers.pop(0)])

    dialog = ProfileDialog(
        Profile(name="Lào Cai", signer=Signer(name="Lê Trí Hà")),
        window.authority_labels(),
        window,
        chooser=chooser,
    )
    qtbot.addWidget(dialog)
    assert dialog.signature_image.image() is None
    answers.append("opaque")
    qtbot.mouseClick(
        dialog.signature_image.choose_button,
        pytest.importorskip("PySide6.QtCore").Qt.MouseButton.LeftButton,
    )
    assert dialog.signature_image.image() is None  # refused, with the reason
    assert "trong suốt" in dialog.signature_image.message.text()
    answers.append("red-as-signature")
    dialog.signature_image.choose()
    assert dialog.signature_image.image() is not None  # taken, with a warning
    assert "xanh" in dialog.signature_image.message.text()
    answers.append("sig")
    dialog.signature_image.choose()
    assert dialog.signature_image.message.text() == ""
    answers.append("seal")
    dialog.seal_image.choose()
    assert dialog.seal_image.ink is Ink.RED and dialog.seal_image.message.text() == ""
    dialog.seal_width.setValue(38)
    profile = dialog.profile()
    assert profile.signature_image("lê  trí hà") == P.signature_png()
    assert profile.seal_image() == P.seal_png() and profile.seal_width_mm == 38
    path = window.save_user_profile(profile)
    assert load_profile(path) == profile
    # removing the seal
    dialog.seal_image.clear()
    assert dialog.profile().seal_image() is None


def drive_sign_dialog(monkeypatch, fill) -> list[object]:  # type: ignore[no-untyped-def]
    """Replace SignDialog.exec (never run modally in a test) by filling and signing."""
    from PySide6.QtWidgets import QDialog

    from gui.qt.signdialog import SignDialog

    seen: list[object] = []

    def fake_exec(dialog: SignDialog) -> int:
        seen.append(dialog)
        fill(dialog)
        dialog.sign()
        return dialog.result() if dialog.result() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(SignDialog, "exec", fake_exec)
    return seen


def test_sign_from_the_window_then_edit_makes_a_new_version(  # type: ignore[no-untyped-def]
    qtbot, window, numbered_record: Path, test_pki: P.TestPki, monkeypatch, tmp_path: Path
) -> None:
    from gui.core.recordfile import load_record
    from gui.core.signing import load_certificates, verify_pdf

    assert window.open_file(str(numbered_record), ask=False)
    window.profile = profile_with_images()

    targets = ["07-tb-vp.signed.pdf", "07-tb-vp.v2.signed.pdf"]  # the file each signing writes

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.notes.text() == ""  # both images found in the profile
        assert dialog.target.text().endswith(": " + targets.pop(0))
        assert not dialog.preview.pixmap().isNull()
        dialog.signer.p12_path.setText(str(test_pki.signer.p12))
        dialog.signer.pin.setText(P.PIN)
        dialog.agency.p12_path.setText(str(test_pki.agency.p12))
        dialog.agency.pin.setText(P.PIN)

    seen = drive_sign_dialog(monkeypatch, fill)
    assert window.sign_dialog()
    (dialog,) = seen
    assert dialog.signer.pin.text() == "" and dialog.agency.pin.text() == ""  # never kept
    signed = numbered_record.parent / "07-tb-vp.signed.pdf"
    reports = verify_pdf(signed.read_bytes(), load_certificates([str(test_pki.ca_pem)]))
    assert [r.ok for r in reports] == [True, True]
    assert "[đã ký số 07/TB-VP]" in window.windowTitle()
    assert window.issue_guard.label.isVisibleTo(window)
    assert signed.name in window.issue_guard.label.text()
    on_disk = load_record(numbered_record).issue
    assert on_disk is not None and on_disk.file == signed.name and not window.doc.is_modified()

    # an edit: "no" keeps the issued document as it was
    asked: list[str] = []
    window.dialogs.confirm = lambda t, x: asked.append(x) or False  # type: ignore[method-assign]
    window.doc.edit(("meeting", "location"), "Hội trường B")
    assert len(asked) == 1 and signed.name in asked[0]
    assert window.doc.record.meeting.location != "Hội trường B"
    assert window.doc.record.issue is not None
    # "yes": a new version, the record of issue cleared, the signed PDF kept
    window.dialogs.confirm = lambda t, x: asked.append(x) or True  # type: ignore[method-assign]
    window.doc.edit(("meeting", "location"), "Hội trường B")
    assert len(asked) == 2
    assert window.doc.record.meeting.location == "Hội trường B"
    assert window.doc.record.issue is None
    assert "[đã ký số" not in window.windowTitle()
    assert not window.issue_guard.label.isVisibleTo(window)
    assert signed.exists()
    # further edits do not ask again
    window.doc.edit(("meeting", "location"), "Hội trường C")
    assert len(asked) == 2
    # the new version, signed again, gets its own file: the first signed PDF is kept
    first = signed.read_bytes()
    assert window.sign_dialog()
    again = numbered_record.parent / "07-tb-vp.v2.signed.pdf"
    assert signed.read_bytes() == first and again.exists()
    assert window.doc.record.issue.file == again.name  # type: ignore[union-attr]


def test_sign_dialog_reports_a_wrong_pin_and_stays_open(  # type: ignore[no-untyped-def]
    qtbot, window, numbered_record: Path, test_pki: P.TestPki, monkeypatch
) -> None:
    assert window.open_file(str(numbered_record), ask=False)
    window.profile = profile_with_images()

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.with_agency.setChecked(False)
        dialog.signer.p12_path.setText(str(test_pki.signer.p12))
        dialog.signer.pin.setText("000000")

    seen = drive_sign_dialog(monkeypatch, fill)
    assert not window.sign_dialog()
    assert "wrong PIN" in seen[0].error.text()  # type: ignore[attr-defined]
    assert window.doc.record.issue is None
    assert not (numbered_record.parent / "07-tb-vp.signed.pdf").exists()


def test_placement_preview_shows_blue_signature_and_red_seal(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from gui.core.compose import Kind, compose
    from gui.core.issuing import images_for
    from gui.core.recordfile import load_record
    from gui.qt.printing import signature_anchors
    from gui.qt.signdialog import placement_preview
    from tests.conftest import SEED_LAO_CAI

    doc = compose(load_record(SEED_LAO_CAI), Kind.NOTICE)
    image = placement_preview(
        doc, signature_anchors(doc)[-1], images_for(profile_with_images(), doc)
    )
    image.save(str(tmp_path / "preview.png"))
    colours = [
        image.pixelColor(x, y)
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    ]
    assert sum(1 for c in colours if c.blue() > c.red() + 60) > 50
    assert sum(1 for c in colours if c.red() > c.green() + 80 and c.red() > c.blue() + 80) > 50
    assert sum(1 for c in colours if c.lightness() < 60) > 50  # the position and name text
