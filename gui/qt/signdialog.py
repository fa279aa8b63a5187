"""File → Ký số …: choose the keys, see where the images land, sign, record the issue.

``SignDialog`` asks for the signer's key (a PKCS#12 file or a PKCS#11 token: module, token
label, key label) and, optionally, the agency's; the PIN is typed each time and never
stored. It shows the signature block as it will look: the signer's blue signature centred
between position and name, the agency's red seal over its left third. ``ImagePicker`` picks
and checks the PNG images kept in the agency profile; ``IssueGuard`` keeps an issued record
from changing silently.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gui.core.compose import Composed, Kind, compose
from gui.core.issuing import Images, images_for, issue_document, main_signature, signed_path
from gui.core.profile import Profile
from gui.core.record import Issue, Record
from gui.core.signimages import ImageProblem, Ink, check_image
from gui.core.signing import Key, Pkcs11Key, Pkcs12Key, SignError, placement
from gui.core.signplace import A4_PT, Rect, SignatureAnchor
from gui.qt.printing import render_page_image, render_pdf, signature_anchors

FileChooser = Callable[[QWidget, str, str], str]
"""(parent, title, filters) → the chosen file, "" when cancelled; tests replace it."""


def choose_file(parent: QWidget, title: str, filters: str) -> str:
    """Qt's open-file dialog."""
    name, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return name


def problem_text(problem: ImageProblem) -> str:
    """One line for the user about an image problem."""
    return {
        ImageProblem.NOT_PNG: QCoreApplication.translate("SignImages", "Không phải tệp PNG."),
        ImageProblem.UNREADABLE: QCoreApplication.translate("SignImages", "Không đọc được ảnh."),
        ImageProblem.OPAQUE: QCoreApplication.translate(
            "SignImages", "Ảnh không có nền trong suốt."
        ),
        ImageProblem.EMPTY: QCoreApplication.translate(
            "SignImages", "Ảnh trống (trong suốt hoàn toàn)."
        ),
        ImageProblem.NOT_BLUE: QCoreApplication.translate(
            "SignImages", "Cảnh báo: chữ ký không phải màu xanh."
        ),
        ImageProblem.NOT_RED: QCoreApplication.translate(
            "SignImages", "Cảnh báo: dấu không phải màu đỏ."
        ),
        ImageProblem.NO_RESOLUTION: QCoreApplication.translate(
            "SignImages",
            "Cảnh báo: ảnh dấu không ghi độ phân giải; kích thước dấu lấy theo số mm đã nhập.",
        ),
    }[problem]


class ImagePicker(QWidget):
    """A PNG image (signature or seal): a thumbnail, Chọn…/Xoá, and what the checks say."""

    changed = Signal()

    def __init__(
        self,
        ink: Ink,
        data: bytes | None = None,
        chooser: FileChooser = choose_file,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ink = ink
        self._chooser = chooser
        self._data: bytes | None = None
        self.thumb = QLabel(self)
        self.thumb.setFixedSize(160, 80)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setStyleSheet("QLabel { background: white; border: 1px solid #bbb; }")
        self.choose_button = QPushButton(self.tr("Chọn ảnh…"), self)
        self.clear_button = QPushButton(self.tr("Xoá"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.choose_button.clicked.connect(self.choose)
        self.clear_button.clicked.connect(self.clear)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.thumb)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.set_image(data)

    def image(self) -> bytes | None:
        """The PNG bytes, or None."""
        return self._data

    def choose(self) -> None:
        """Ask for a PNG file and take it if it is usable (else say why and keep the old)."""
        name = self._chooser(self, self.tr("Chọn ảnh PNG nền trong suốt"), "PNG (*.png)")
        if not name:
            return
        try:
            with open(name, "rb") as f:
                data = f.read()
        except OSError as exc:
            self.message.setText(f"{os.path.basename(name)}: {exc.strerror}")
            return
        check = check_image(data, self.ink)
        if not check.usable:
            self.message.setText(" ".join(problem_text(p) for p in check.problems))
            return
        self.set_image(data)

    def clear(self) -> None:
        """No image."""
        self.set_image(None)

    def set_image(self, data: bytes | None) -> None:
        """Show ``data`` and its checks."""
        self._data = data
        self.clear_button.setEnabled(data is not None)
        if data is None:
            self.thumb.setPixmap(QPixmap())
            self.thumb.setText(self.tr("(chưa có ảnh)"))
            self.message.setText("")
        else:
            image = QImage.fromData(data)
            self.thumb.setPixmap(
                QPixmap.fromImage(image).scaled(
                    self.thumb.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            problems = check_image(data, self.ink).problems
            self.message.setText(" ".join(problem_text(p) for p in problems))
        self.changed.emit()


class KeyChooser(QGroupBox):
    """A key: a PKCS#12 file, or a PKCS#11 token (module, token label, key label), and a PIN
    field that is emptied after every use."""

    def __init__(self, title: str, chooser: FileChooser = choose_file, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(title, parent)
        self._chooser = chooser
        self.use_p12 = QRadioButton(self.tr("Tệp khoá PKCS#12 (.p12, .pfx)"), self)
        self.use_token = QRadioButton(self.tr("Thiết bị ký số PKCS#11 (USB token)"), self)
        self.use_p12.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.use_p12)
        group.addButton(self.use_token)
        self.p12_path = QLineEdit(self)
        self.p12_path.setAccessibleName(self.tr("Tệp PKCS#12"))
        p12_browse = QPushButton(self.tr("Chọn…"), self)
        p12_browse.clicked.connect(self._browse_p12)
        self.module = QLineEdit(self)
        self.module.setAccessibleName(self.tr("Thư viện PKCS#11"))
        self.module.setPlaceholderText("/usr/lib/…/libpkcs11.so")
        module_browse = QPushButton(self.tr("Chọn…"), self)
        module_browse.clicked.connect(self._browse_module)
        self.token_label = QLineEdit(self)
        self.token_label.setAccessibleName(self.tr("Tên thiết bị (token label)"))
        self.key_label = QLineEdit(self)
        self.key_label.setAccessibleName(self.tr("Tên khoá (key label)"))
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("Mã PIN"))
        form = QFormLayout(self)
        form.addRow(self.use_p12)
        p12_row = QHBoxLayout()
        p12_row.addWidget(self.p12_path)
        p12_row.addWidget(p12_browse)
        form.addRow(self.tr("Tệp"), p12_row)
        form.addRow(self.use_token)
        module_row = QHBoxLayout()
        module_row.addWidget(self.module)
        module_row.addWidget(module_browse)
        form.addRow(self.tr("Thư viện"), module_row)
        form.addRow(self.tr("Thiết bị"), self.token_label)
        form.addRow(self.tr("Khoá"), self.key_label)
        form.addRow(self.tr("Mã PIN"), self.pin)
        self.use_p12.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        p12 = self.use_p12.isChecked()
        self.p12_path.setEnabled(p12)
        for w in (self.module, self.token_label, self.key_label):
            w.setEnabled(not p12)

    def _browse_p12(self) -> None:
        name = self._chooser(self, self.tr("Tệp khoá"), self.tr("PKCS#12 (*.p12 *.pfx)"))
        if name:
            self.p12_path.setText(name)

    def _browse_module(self) -> None:
        name = self._chooser(self, self.tr("Thư viện PKCS#11"), self.tr("Thư viện (*.so *.dll)"))
        if name:
            self.module.setText(name)

    def missing(self) -> str:
        """What must still be filled in ("" when complete)."""
        if self.use_p12.isChecked():
            return "" if self.p12_path.text().strip() else self.tr("chưa chọn tệp khoá")
        if not all(w.text().strip() for w in (self.module, self.token_label, self.key_label)):
            return self.tr("chưa nhập đủ thư viện, thiết bị và khoá")
        return ""

    def take_key(self) -> Key:
        """The key with the PIN typed; the PIN field is emptied (the PIN is never kept)."""
        pin = self.pin.text()
        self.pin.clear()
        if self.use_p12.isChecked():
            return Pkcs12Key(self.p12_path.text().strip(), pin)
        return Pkcs11Key(
            self.module.text().strip(),
            self.token_label.text().strip(),
            self.key_label.text().strip(),
            pin,
        )


PREVIEW_DPI = 300


def placement_preview(doc: Composed, anchor: SignatureAnchor, images: Images) -> QImage:
    """The signature block of ``doc`` as it will look signed: its page as the PDF paints it,
    the images drawn in their boxes, cropped around the column."""
    dpi = PREVIEW_DPI
    place = placement(anchor, images.signature, images.seal, images.seal_width_mm)
    crop = _px(anchor.column, dpi)
    if place.agency is not None:
        crop = crop.united(_px(place.agency.box, dpi))
    crop = crop.adjusted(-40, -80, 40, 80).toAlignedRect()
    image = QImage(crop.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    page = render_page_image(doc, anchor.page, dpi)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.translate(-crop.left(), -crop.top())
        painter.drawImage(0, 0, page)
        for appearance in (place.signer, place.agency):
            if appearance is None:
                continue
            target = _px(appearance.box, dpi)
            if appearance.image is None:
                painter.setPen(QColor(20, 40, 200))
                painter.drawRect(target)
                continue
            painter.drawImage(target, QImage.fromData(appearance.image))
    finally:
        painter.end()
    return image


def _px(r: Rect, dpi: float) -> QRectF:
    s = dpi / 72
    return QRectF(r.x0 * s, (A4_PT[1] - r.y1) * s, r.width * s, r.height * s)


class SignDialog(QDialog):
    """Choose keys, see the placement, sign: ``signed_file``/``issue`` hold the result."""

    def __init__(
        self,
        record: Record,
        record_file: str,
        profile: Profile,
        chooser: FileChooser = choose_file,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ký số văn bản"))
        self._record = record
        self._record_file = record_file
        self._profile = profile
        self.signed_file = ""
        self.issue: Issue | None = None
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Thông báo kết luận"), Kind.NOTICE.value)
        self.kind.addItem(self.tr("Biên bản"), Kind.MINUTES.value)
        self.kind.setAccessibleName(self.tr("Văn bản ký"))
        self.signer = KeyChooser(self.tr("Chữ ký số của người có thẩm quyền"), chooser, self)
        self.with_agency = QCheckBox(self.tr("Ký số của cơ quan, tổ chức (dấu) ngay sau"), self)
        self.with_agency.setChecked(True)
        self.agency = KeyChooser(self.tr("Chữ ký số của cơ quan, tổ chức"), chooser, self)
        self.with_agency.toggled.connect(self.agency.setEnabled)
        self.with_agency.toggled.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(420, 220)
        self.preview.setStyleSheet("QLabel { background: #888; }")
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.target = QLabel(self)
        self.target.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #b00020; }")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.sign_button = self.buttons.addButton(
            self.tr("Ký số"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        keys = QVBoxLayout()
        keys.addWidget(self.kind)
        keys.addWidget(self.signer)
        keys.addWidget(self.with_agency)
        keys.addWidget(self.agency)
        keys.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Vị trí chữ ký và dấu trên văn bản:"), self))
        right.addWidget(self.preview, 1)
        right.addWidget(self.notes)
        right.addWidget(self.target)
        row = QHBoxLayout()
        row.addLayout(keys)
        row.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.refresh()

    def current_kind(self) -> Kind:
        """The document being signed."""
        return Kind(self.kind.currentData())

    def images(self, doc: Composed) -> Images:
        """The profile's images for ``doc`` (the seal only with the agency's signature)."""
        found = images_for(self._profile, doc)
        if not self.with_agency.isChecked():
            found.seal = None
        return found

    def refresh(self) -> None:
        """Redraw the placement preview and the notes."""
        doc = compose(self._record, self.current_kind())
        anchors = signature_anchors(doc)
        self.error.clear()
        if not anchors:
            self.preview.setText(self.tr("Văn bản không có phần chữ ký."))
            self.sign_button.setEnabled(False)
            return
        images = self.images(doc)
        notes = []
        if images.signature is None:
            notes.append(
                self.tr("Hồ sơ cơ quan chưa có ảnh chữ ký của «%s»: chữ ký số không có hình ảnh.")
                % ([s for r in doc.signature_rows() for s in r][main_signature(doc)].name or "…")
            )
        if self.with_agency.isChecked() and images.seal is None:
            notes.append(self.tr("Hồ sơ cơ quan chưa có ảnh dấu: chữ ký số cơ quan không có hình."))
        self.notes.setText("\n".join(notes))
        try:
            shown = placement_preview(doc, anchors[main_signature(doc)], images)
        except SignError as exc:
            self.error.setText(str(exc))
            self.sign_button.setEnabled(False)
            return
        self.sign_button.setEnabled(True)
        self.preview.setPixmap(
            QPixmap.fromImage(shown).scaled(
                self.preview.minimumSize() * 1.2,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.target.setText(self.tr("Tệp đã ký: %s") % signed_path(self._record_file, doc).name)

    def sign(self) -> bool:
        """Sign with the keys chosen; on success the dialog is accepted."""
        missing = self.signer.missing() or (
            self.agency.missing() if self.with_agency.isChecked() else ""
        )
        if missing:
            self.error.setText(self.tr("Chưa ký được: %s.") % missing)
            return False
        signer_key = self.signer.take_key()
        agency_key = self.agency.take_key() if self.with_agency.isChecked() else None
        kind = self.current_kind()
        doc = compose(self._record, kind)
        try:
            path, issue = issue_document(
                self._record,
                self._record_file,
                kind,
                signer_key,
                render_pdf=render_pdf,
                anchors=signature_anchors,
                agency_key=agency_key,
                images=self.images(doc),
            )
        except SignError as exc:
            self.error.setText(self.tr("Chưa ký được: %s") % exc)
            return False
        except OSError as exc:  # RecordFileError included: the signed file was not written
            self.error.setText(self.tr("Chưa ký được: %s") % exc)
            return False
        self.signed_file = str(path)
        self.issue = issue
        self.accept()
        return True
