"""The window: Tệp → Xuất → Phụ lục…, the outline's "Xuất thành phụ lục…" on a table block,
and Ký số … on another signatory's block, then the chair's with the agency and the annex."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from gui.core.annex import annex_blocks
from gui.core.compose import Kind
from gui.core.recordfile import load_record
from tests.signing import pki as P
from tests.signing.test_annex import REAL_MINUTES, pdf_text, words
from tests.signing.test_sign_window import drive_sign_dialog, profile_with_images


def drive_annex_dialog(monkeypatch, fill) -> list[object]:  # type: ignore[no-untyped-def]
    """Replace AnnexDialog.exec (never run modally in a test) by filling and exporting."""
    from PySide6.QtWidgets import QDialog

    from gui.qt.annexdialog import AnnexDialog

    seen: list[object] = []

    def fake_exec(dialog: AnnexDialog) -> int:
        seen.append(dialog)
        fill(dialog)
        dialog.export()
        return dialog.result() if dialog.result() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(AnnexDialog, "exec", fake_exec)
    return seen


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils")
def test_outline_context_menu_issues_a_table_block_as_annex(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    record_file = tmp_path / REAL_MINUTES.name
    shutil.copyfile(REAL_MINUTES, record_file)
    assert window.open_file(str(record_file), ask=False)
    block = annex_blocks(window.doc.record, Kind.MINUTES)[1]
    editor = window.content_section.minutes.outline
    window.content_section.show_path(block.path)
    assert editor.annexable()
    seen = drive_annex_dialog(monkeypatch, lambda dialog: None)
    rect = editor.view.visualRect(editor.current())
    editor.view.customContextMenuRequested.emit(rect.center())
    qtbot.waitUntil(editor.context_menu.isVisible)
    assert editor.context_menu.actions() == [editor.annex_action]
    editor.annex_action.trigger()
    editor.context_menu.close()
    (dialog,) = seen
    assert dialog.current_kind() is Kind.MINUTES  # type: ignore[attr-defined]
    assert dialog.current_block() == block.path  # type: ignore[attr-defined]
    written = Path(dialog.written)  # type: ignore[attr-defined]
    assert written.parent == tmp_path and written.name.endswith(".phu-luc.pdf")
    text = words(pdf_text(written, "-raw"))
    assert text.startswith("Phụ lục VỀ ĐIỀU KIỆN PHƯƠNG TIỆN (Kèm theo Biên bản")
    node: object = window.doc.record
    for part in block.path:
        node = node[part] if isinstance(part, int) else getattr(node, part)  # type: ignore[index]
    for row in node.rows:  # type: ignore[attr-defined]
        for cell in row:
            assert words(cell) in text
    assert written.name in window.statusBar().currentMessage()
    # a paragraph block has no such entry
    window.content_section.show_path(("minutes", "outline", 0))
    assert not editor.annexable()
    editor.view.customContextMenuRequested.emit(editor.view.visualRect(editor.current()).center())
    assert not editor.context_menu.isVisible()


def test_export_annex_from_the_file_menu(  # type: ignore[no-untyped-def]
    qtbot, window, seed_lao_cai: Path, monkeypatch
) -> None:
    from gui.core.render_docx import iter_text

    data = json.loads(seed_lao_cai.read_text("utf-8"))
    data["header"]["number"] = 7
    data["header"]["issue_date"] = "2026-05-04"
    seed_lao_cai.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    assert window.open_file(str(seed_lao_cai), ask=False)
    export_menu = window.actions.export_menu
    assert window.actions.export_annex in export_menu.actions()

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.current_block() is None  # the record's tasks
        assert dialog.target.text().endswith("07-tb-vp.phu-luc.pdf")
        dialog.format.setCurrentIndex(dialog.format.findData("docx"))
        qtbot.keyClick(dialog.numeral, Qt.Key.Key_Up)  # "(một phụ lục …)" → 1
        qtbot.keyClick(dialog.numeral, Qt.Key.Key_Up)
        assert dialog.numeral.text() == "2"
        dialog.title.setText("Phân công nhiệm vụ")  # (QTest types no Vietnamese letters)
        assert dialog.target.text().endswith("07-tb-vp.phu-luc-ii.docx")
        assert not dialog.sign.isEnabled()  # only a PDF is signed

    seen = drive_annex_dialog(monkeypatch, fill)
    window.actions.export_annex.trigger()
    (dialog,) = seen
    written = seed_lao_cai.parent / "07-tb-vp.phu-luc-ii.docx"
    assert dialog.written == str(written)  # type: ignore[attr-defined]
    text = list(iter_text(written.read_bytes()))
    assert text[:2] == ["Phụ lục II", "PHÂN CÔNG NHIỆM VỤ"]
    assert text[2].startswith("(Kèm theo Thông báo số 07/TB-VP ngày 04 tháng 5 năm 2026")
    tasks = [t.task.content for t in window.doc.record.tracked_tasks()]
    assert all(t in text for t in tasks)


@pytest.fixture
def minutes_record(seed_lao_cai: Path) -> Path:
    data = json.loads(seed_lao_cai.read_text("utf-8"))
    data["minutes"]["number"] = 9
    data["minutes"]["date"] = "2026-05-03"
    data["meeting"]["secretary"] = {"name": "Trần Thị Thu", "position": "Chuyên viên"}
    seed_lao_cai.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return seed_lao_cai


def test_sign_dialog_signs_the_secretary_then_the_chair_with_agency_and_annex(  # type: ignore[no-untyped-def]
    qtbot, window, minutes_record: Path, test_pki: P.TestPki, monkeypatch
) -> None:
    from gui.core.signing import load_certificates, verify_pdf

    assert window.open_file(str(minutes_record), ask=False)
    profile = profile_with_images("Nguyễn Tuấn Anh")
    profile.set_signature_image("Trần Thị Thu", P.signature_png())
    window.profile = profile
    shown: list[bytes] = []

    def preview_bytes(dialog) -> bytes:  # type: ignore[no-untyped-def]
        image = dialog.preview.pixmap().toImage()
        return bytes(image.constBits())  # type: ignore[arg-type]

    def secretary(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.kind.setCurrentIndex(dialog.kind.findData("minutes"))
        items = [dialog.block.itemText(i) for i in range(dialog.block.count())]
        assert items[:2] == ["1. THƯ KÝ — Trần Thị Thu", "2. CHỦ TỌA — Nguyễn Tuấn Anh"]
        assert dialog.block.itemData(2) == -1  # the agency only
        assert dialog.current_block() == 0  # the first not yet signed, the chair last
        assert not dialog.with_agency.isChecked()  # the agency signs after the chair
        shown.append(preview_bytes(dialog))
        dialog.block.setCurrentIndex(1)  # the preview follows the block
        assert dialog.with_agency.isChecked()
        shown.append(preview_bytes(dialog))
        assert shown[0] != shown[1]
        dialog.block.setCurrentIndex(0)
        assert dialog.error.text() == ""
        dialog.signer.p12_path.setText(str(test_pki.secretary.p12))
        dialog.signer.pin.setText(P.PIN)

    drive_sign_dialog(monkeypatch, secretary)
    assert window.sign_dialog()
    signed = minutes_record.parent / "09-bb-vp.signed.pdf"
    assert [r.signer for r in verify_pdf(signed.read_bytes())] == ["Trần Thị Thu"]
    assert window.doc.record.issue.file == signed.name  # type: ignore[union-attr]

    def chair(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.kind.setCurrentIndex(dialog.kind.findData("minutes"))
        assert dialog.block.itemText(0).endswith("(đã ký)")
        assert dialog.current_block() == 1 and dialog.with_agency.isChecked()
        dialog.block.setCurrentIndex(0)
        assert not dialog.sign_button.isEnabled() and "đã được ký" in dialog.error.text()
        dialog.block.setCurrentIndex(1)
        assert dialog.sign_button.isEnabled()
        assert dialog.target.text().endswith(signed.name)  # the same file, one more signature
        dialog.with_annex.setChecked(True)
        assert dialog.annex_source.isEnabled() and dialog.annex_source.currentData() is None
        dialog.signer.p12_path.setText(str(test_pki.signer.p12))
        dialog.signer.pin.setText(P.PIN)
        dialog.agency.p12_path.setText(str(test_pki.agency.p12))
        dialog.agency.pin.setText(P.PIN)

    first = signed.read_bytes()
    seen = drive_sign_dialog(monkeypatch, chair)
    assert window.sign_dialog()
    data = signed.read_bytes()
    assert data.startswith(first)
    trust = load_certificates([str(test_pki.ca_pem)])
    reports = verify_pdf(data, trust)
    assert [(r.signer, r.ok) for r in reports] == [
        ("Trần Thị Thu", True), ("Nguyễn Văn Hùng", True), ("Ủy ban nhân dân tỉnh Lào Cai", True),
    ]  # fmt: skip
    annex = minutes_record.parent / "09-bb-vp.phu-luc.signed.pdf"
    assert seen[0].annex_file == str(annex)  # type: ignore[attr-defined]
    (report,) = verify_pdf(annex.read_bytes(), trust)
    assert report.ok and report.field == "ChuKyCoQuanPhuLuc"
    assert annex.name in window.statusBar().currentMessage()
    issue = load_record(minutes_record).issue
    assert issue is not None and issue.sha256
    # the record of issue keeps the annex issued with the minutes: its name and the SHA-256
    # of the signed file on disk; the status bar names it while the record stays issued
    assert [(a.file, a.sha256) for a in issue.annexes] == [
        (annex.name, hashlib.sha256(annex.read_bytes()).hexdigest())
    ]
    label = window.findChild(QLabel, "issue_label")
    assert label.isVisible() and label.text().endswith("; phụ lục: " + annex.name)

    # the agency has signed: nothing more is offered
    def after(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.kind.setCurrentIndex(dialog.kind.findData("minutes"))
        assert dialog.current_block() is None  # every block signed: the agency only …
        assert not dialog.sign_button.isEnabled()  # … which has signed too
        assert "phiên bản mới" in dialog.error.text()

    drive_sign_dialog(monkeypatch, after)
    assert not window.sign_dialog()
    assert signed.read_bytes() == data
