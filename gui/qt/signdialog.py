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

from gui.core.annex import annex_blocks, compose_annex, issued_annex, write_annex
from gui.core.compose import Composed, Kind, compose
from gui.core.errors import RecordFileError
from gui.core.issuing import (
    Images,
    SigningState,
    images_for,
    issue_document,
    main_signature,
    number_symbol,
    printed_signatures,
    signing_state,
)
from gui.core.profile import Profile
from gui.core.record import BlockKind, Issue, IssuedAnnex, Record
from gui.core.signimages import ImageProblem, Ink, check_image
from gui.core.signing import Key, Pkcs11Key, Pkcs12Key, SignError, placement
from gui.core.signplace import A4_PT, Rect, SignatureAnchor
from gui.qt.literal import plain
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
        self.message = plain(QLabel(self))
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
        # which signature block the signer's key signs (the minutes: secretary, chair), or
        # only the agency's signature (-1) once the main signer has signed
        self.block = QComboBox(self)
        self.block.setAccessibleName(self.tr("Ô chữ ký"))
        self.signer = KeyChooser(self.tr("Chữ ký số của người có thẩm quyền"), chooser, self)
        self.with_agency = QCheckBox(self.tr("Ký số của cơ quan, tổ chức (dấu) ngay sau"), self)
        self.with_agency.setChecked(True)
        self.agency = KeyChooser(self.tr("Chữ ký số của cơ quan, tổ chức"), chooser, self)
        # an annex in its own file gets the agency's signature too (NĐ 30, Phụ lục I, III.1d)
        self.with_annex = QCheckBox(self.tr("Ký cả phụ lục (tệp riêng):"), self)
        self.annex_source = QComboBox(self)
        self.annex_source.setAccessibleName(self.tr("Nội dung phụ lục"))
        self.annex_file = ""
        self.annex_error = ""
        self._filled: Kind | None = None
        self._state: SigningState | None = None
        self._state_error = ""
        self.with_agency.toggled.connect(self.refresh)
        self.with_annex.toggled.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.block.currentIndexChanged.connect(self._block_changed)
        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(420, 220)
        self.preview.setStyleSheet("QLabel { background: #888; }")
        self.notes = plain(QLabel(self))
        self.notes.setWordWrap(True)
        self.target = plain(QLabel(self))
        self.target.setWordWrap(True)
        self.error = plain(QLabel(self))
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
        block_row = QHBoxLayout()
        block_row.addWidget(QLabel(self.tr("Ký vào ô:"), self))
        block_row.addWidget(self.block, 1)
        keys.addLayout(block_row)
        keys.addWidget(self.signer)
        keys.addWidget(self.with_agency)
        keys.addWidget(self.agency)
        annex_row = QHBoxLayout()
        annex_row.addWidget(self.with_annex)
        annex_row.addWidget(self.annex_source, 1)
        keys.addLayout(annex_row)
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

    def current_block(self) -> int | None:
        """The block the signer's key signs (in printed order); None: the agency only."""
        data = self.block.currentData()
        return None if data is None or data < 0 else int(data)

    def images(self, doc: Composed) -> Images:
        """The profile's images for ``doc`` (the seal only with the agency's signature)."""
        found = images_for(self._profile, doc, self.current_block())
        if not self.with_agency.isChecked():
            found.seal = None
        return found

    def _fill(self, doc: Composed) -> None:
        """The blocks of ``doc`` (those already signed marked), the first not yet signed
        chosen (the main signer's last); and the annex's possible contents."""
        try:
            self._state = signing_state(self._record, self._record_file, doc)
            self._state_error = ""
        except SignError as exc:  # the signed file the record names is missing or changed
            self._state = None
            self._state_error = str(exc)
        main = main_signature(doc)
        self.block.blockSignals(True)
        self.block.clear()
        chosen = None
        for i, sig in enumerate(printed_signatures(doc)):
            title = " ".join(sig.lines) or "…"
            text = f"{i + 1}. {title} — {sig.name or '…'}"
            done = self._state is not None and self._state.is_signed(doc, i)
            if done:
                text += " " + self.tr("(đã ký)")
            elif chosen is None and i != main:
                chosen = i
            self.block.addItem(text, i)
        self.block.addItem(self.tr("Chỉ ký số của cơ quan, tổ chức (dấu)"), -1)
        if chosen is None:
            main_done = self._state is not None and self._state.is_signed(doc, main)
            chosen = -1 if main_done else main
        self.block.setCurrentIndex(self.block.findData(chosen))
        self.block.blockSignals(False)
        self.with_agency.blockSignals(True)
        self.with_agency.setChecked(chosen in (main, -1))
        self.with_agency.blockSignals(False)
        self.annex_source.clear()
        self.annex_source.addItem(self.tr("Các nhiệm vụ của cuộc họp"), None)
        for b in annex_blocks(self._record, doc.kind):
            what = self.tr("Bảng") if b.kind is BlockKind.TABLE else self.tr("Nhiệm vụ")
            self.annex_source.addItem(f"{what}: {b.heading or '…'}", b.path)
        self._filled = doc.kind

    def _block_changed(self, _index: int) -> None:
        doc = compose(self._record, self.current_kind())
        block = self.current_block()
        self.with_agency.blockSignals(True)
        self.with_agency.setChecked(block is None or block == main_signature(doc))
        self.with_agency.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Redraw the placement preview and the notes."""
        doc = compose(self._record, self.current_kind())
        anchors = signature_anchors(doc)
        self.error.clear()
        if self._filled is not doc.kind:
            self._fill(doc)
        block = self.current_block()
        agency_only = block is None
        if agency_only and not self.with_agency.isChecked():
            self.with_agency.blockSignals(True)
            self.with_agency.setChecked(True)
            self.with_agency.blockSignals(False)
        self.signer.setEnabled(not agency_only)
        self.with_agency.setEnabled(not agency_only)
        self.agency.setEnabled(self.with_agency.isChecked())
        self.with_annex.setEnabled(self.with_agency.isChecked())
        self.annex_source.setEnabled(self.with_agency.isChecked() and self.with_annex.isChecked())
        if not anchors:
            self.preview.setText(self.tr("Văn bản không có phần chữ ký."))
            self.sign_button.setEnabled(False)
            return
        main = main_signature(doc)
        index = main if block is None else block
        images = self.images(doc)
        problem = self._order_problem(doc, index, agency_only)
        notes = []
        name = printed_signatures(doc)[index].name or "…"
        if images.signature is None and not agency_only:
            notes.append(
                self.tr("Hồ sơ cơ quan chưa có ảnh chữ ký của «%s»: chữ ký số không có hình ảnh.")
                % name
            )
        if self.with_agency.isChecked() and images.seal is None:
            notes.append(self.tr("Hồ sơ cơ quan chưa có ảnh dấu: chữ ký số cơ quan không có hình."))
        self.notes.setText("\n".join(notes))
        # the seal is drawn over the main signer's block only
        shown_images = Images(
            images.signature, images.seal if index == main else None, images.seal_width_mm
        )
        try:
            shown = placement_preview(doc, anchors[index], shown_images)
        except SignError as exc:
            self.error.setText(str(exc))
            self.sign_button.setEnabled(False)
            return
        self.sign_button.setEnabled(not problem and self._state is not None)
        if problem:
            self.error.setText(problem)
        self.preview.setPixmap(
            QPixmap.fromImage(shown).scaled(
                self.preview.minimumSize() * 1.2,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        if self._state is not None:
            self.target.setText(self.tr("Tệp đã ký: %s") % self._state.target.name)

    def _order_problem(self, doc: Composed, index: int, agency_only: bool) -> str:
        """Why this cannot be signed now ("" when it can)."""
        state = self._state
        if state is None:
            return self._state_error
        if state.agency_signed:
            return self.tr("Văn bản đã có chữ ký số của cơ quan: sửa văn bản để tạo phiên bản mới.")
        if not agency_only and state.is_signed(doc, index):
            return self.tr("Ô chữ ký này đã được ký.")
        main = main_signature(doc)
        if self.with_agency.isChecked() and not (
            state.is_signed(doc, main) or (index == main and not agency_only)
        ):
            return self.tr("Cơ quan, tổ chức ký số sau người ký ở ô %d.") % (main + 1)
        return ""

    def sign(self) -> bool:
        """Sign with the keys chosen; on success the dialog is accepted."""
        block = self.current_block()
        with_agency = self.with_agency.isChecked()
        missing = (self.signer.missing() if block is not None else "") or (
            self.agency.missing() if with_agency else ""
        )
        if missing:
            self.error.setText(self.tr("Chưa ký được: %s.") % missing)
            return False
        kind = self.current_kind()
        doc = compose(self._record, kind)
        annex = with_agency and self.with_annex.isChecked()
        if annex and not number_symbol(doc):
            self.error.setText(
                self.tr("Chưa ký được: văn bản chưa có số, chữ ký số trên phụ lục ghi số đó.")
            )
            return False
        if annex:
            try:  # an annex that cannot be made is said before anything is signed
                compose_annex(self._record, kind, self._annex_block())
            except SignError as exc:
                self.error.setText(self.tr("Chưa ký được phụ lục: %s") % exc)
                return False
        signer_key = self.signer.take_key() if block is not None else None
        agency_key = self.agency.take_key() if with_agency else None
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
                block=block,
            )
        except SignError as exc:
            self.error.setText(self.tr("Chưa ký được: %s") % exc)
            return False
        except (RecordFileError, OSError) as exc:  # the signed file was not written
            self.error.setText(self.tr("Chưa ký được: %s") % exc)
            return False
        self.signed_file = str(path)
        self.issue = issue
        if annex:
            self._sign_annex(kind, agency_key)
        self.accept()
        return True

    def _annex_block(self) -> tuple[str | int, ...] | None:
        data = self.annex_source.currentData()
        return None if data is None else tuple(data)

    def _sign_annex(self, kind: Kind, agency_key: Key | None) -> None:
        """The annex, written and signed by the agency beside the signed document; a
        problem is kept in ``annex_error`` (the document itself is signed)."""
        try:
            written = write_annex(
                self._record,
                self._record_file,
                kind,
                block=self._annex_block(),
                render_pdf=render_pdf,
                agency_key=agency_key,
            )
        except (SignError, RecordFileError, OSError) as exc:
            self.annex_error = str(exc)
            return
        self.annex_file = str(written)
        if self.issue is not None:
            try:
                entry = issued_annex(written)
            except OSError:  # written and signed but not read back: named without its hash
                entry = IssuedAnnex(file=written.name)
            self.issue.annexes.append(entry)
