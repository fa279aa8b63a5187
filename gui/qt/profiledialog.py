"""Editing an agency profile (agencies, code, place, departments, signer, recipients)."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gui.core.profile import Profile, encode_png
from gui.core.record import Authority, Signer
from gui.core.signimages import Ink
from gui.qt.signdialog import FileChooser, ImagePicker, choose_file


class ProfileDialog(QDialog):
    """A form over a copy of a profile; ``profile()`` returns the edited copy."""

    def __init__(
        self,
        profile: Profile,
        authority_labels: dict[Authority, str],
        parent: QWidget | None = None,
        chooser: FileChooser = choose_file,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hồ sơ cơ quan"))
        self._original = profile
        form = QFormLayout()

        def line(label: str, value: str) -> QLineEdit:
            w = QLineEdit(value)
            w.setAccessibleName(label)
            form.addRow(label, w)
            return w

        def lines(label: str, value: list[str]) -> QPlainTextEdit:
            w = QPlainTextEdit("\n".join(value))
            w.setAccessibleName(label)
            w.setTabChangesFocus(True)
            w.setMaximumHeight(110)
            form.addRow(label, w)
            return w

        self.name = line(self.tr("Tên hồ sơ"), profile.name)
        self.parent_agency = line(self.tr("Cơ quan chủ quản"), profile.parent_agency)
        self.agency = line(self.tr("Cơ quan ban hành"), profile.agency)
        # kept as a sentence writes them: the heading prints them in capitals
        self.parent_agency.setPlaceholderText(
            self.tr("vd. UBND tỉnh Quảng Ninh (nếu có); đầu văn bản tự in hoa")
        )
        self.agency.setPlaceholderText(
            self.tr("vd. Ban Quản lý Khu kinh tế; đầu văn bản tự in hoa")
        )
        self.agency_code = line(self.tr("Chữ viết tắt cơ quan"), profile.agency_code)
        self.place = line(self.tr("Địa danh"), profile.place)
        self.departments = lines(self.tr("Phòng, đơn vị (mỗi dòng một)"), profile.departments)
        self.authority = QComboBox()
        for value, text in authority_labels.items():
            self.authority.addItem(text, value.value)
        self.authority.setCurrentIndex(
            max(0, self.authority.findData(profile.signer.authority.value))
        )
        self.authority.setAccessibleName(self.tr("Thẩm quyền ký"))
        form.addRow(self.tr("Thẩm quyền ký"), self.authority)
        self.authority_of = line(self.tr("Ký thay / thừa lệnh cho"), profile.signer.authority_of)
        self.intermediate = line(self.tr("Cấp trung gian (… / KT. …)"), profile.signer.intermediate)
        self.position = line(self.tr("Chức vụ người ký"), profile.signer.position)
        self.signer_name = line(self.tr("Họ tên người ký"), profile.signer.name)
        self.recipients = lines(self.tr("Nơi nhận (mỗi dòng một)"), profile.recipients)
        self.closing = lines(self.tr("Câu kết"), [profile.closing_sentence])
        self.drafter = line(self.tr("Ký hiệu người soạn thảo"), profile.drafter)
        self.headings = lines(self.tr("Tiêu đề mục thường dùng (mỗi dòng một)"), profile.headings)
        # ký số: the agency's seal and the signer's signature (NĐ 30/2020, Phụ lục I)
        signing = QGroupBox(self.tr("Hình ảnh ký số"))
        signing_form = QFormLayout(signing)
        self.signature_image = ImagePicker(
            Ink.BLUE, profile.signature_image(profile.signer.name), chooser
        )
        self.signature_image.setAccessibleName(self.tr("Chữ ký của người ký"))
        signing_form.addRow(
            self.tr("Chữ ký của người ký (PNG màu xanh, nền trong suốt)"), self.signature_image
        )
        self.seal_image = ImagePicker(Ink.RED, profile.seal_image(), chooser)
        self.seal_image.setAccessibleName(self.tr("Dấu của cơ quan"))
        signing_form.addRow(self.tr("Dấu (PNG màu đỏ, nền trong suốt)"), self.seal_image)
        self.seal_width = QDoubleSpinBox()
        self.seal_width.setRange(0, 100)
        self.seal_width.setDecimals(1)
        self.seal_width.setSuffix(" mm")
        self.seal_width.setSpecialValueText(self.tr("theo độ phân giải của ảnh"))
        self.seal_width.setValue(profile.seal_width_mm or 0)
        self.seal_width.setAccessibleName(self.tr("Đường kính dấu"))
        signing_form.addRow(self.tr("Kích thước thật của dấu"), self.seal_width)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(signing)
        layout.addWidget(buttons)

    def profile(self) -> Profile:
        """The profile as edited in the form."""

        def split(w: QPlainTextEdit) -> list[str]:
            return [x.strip() for x in w.toPlainText().splitlines() if x.strip()]

        edited = dataclasses.replace(
            self._original,
            name=self.name.text().strip(),
            parent_agency=self.parent_agency.text().strip(),
            agency=self.agency.text().strip(),
            agency_code=self.agency_code.text().strip(),
            place=self.place.text().strip(),
            departments=split(self.departments),
            signer=Signer(
                authority=Authority(self.authority.currentData()),
                authority_of=self.authority_of.text().strip(),
                intermediate=self.intermediate.text().strip(),
                position=self.position.text().strip(),
                name=self.signer_name.text().strip(),
            ),
            recipients=split(self.recipients),
            closing_sentence=self.closing.toPlainText().strip(),
            drafter=self.drafter.text().strip(),
            headings=split(self.headings),
            signature_images=list(self._original.signature_images),
        )
        seal = self.seal_image.image()
        edited.seal_png = encode_png(seal) if seal is not None else ""
        width = self.seal_width.value()
        edited.seal_width_mm = width if width >= 10 else None
        edited.set_signature_image(edited.signer.name, self.signature_image.image())
        return edited
