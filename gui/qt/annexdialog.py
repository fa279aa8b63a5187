"""Tệp → Xuất → Phụ lục…: an annex (Phụ lục) written as its own file beside the record.

``AnnexDialog`` chooses the document the annex goes with (the notice or the minutes), what it
holds (the record's tasks, or a table or tasks block of that document's outline), its number
and title, PDF or DOCX, and, for a PDF, whether the agency signs it as NĐ 30 sets it for an
annex in its own file (no image; the number and the signing time at the top right of page 1).
The file is named from the document's number and written atomically.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.core.annex import (
    TASKS_TITLE,
    AnnexFormat,
    annex_blocks,
    annex_path,
    compose_annex,
    write_annex,
)
from gui.core.compose import Kind, compose
from gui.core.errors import RecordFileError
from gui.core.issuing import number_symbol
from gui.core.record import BlockKind, Record
from gui.core.signing import SignError
from gui.qt.literal import plain
from gui.qt.printing import render_pdf
from gui.qt.signdialog import FileChooser, KeyChooser, choose_file


class AnnexDialog(QDialog):
    """Choose what the annex holds and how it is written; ``written`` holds the file."""

    def __init__(
        self,
        record: Record,
        record_file: str,
        block: tuple[str | int, ...] | None = None,
        chooser: FileChooser = choose_file,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Xuất phụ lục"))
        self._record = record
        self._record_file = record_file
        self.written = ""
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Thông báo kết luận"), Kind.NOTICE.value)
        self.kind.addItem(self.tr("Biên bản"), Kind.MINUTES.value)
        self.kind.setAccessibleName(self.tr("Kèm theo văn bản"))
        self.source = QComboBox(self)
        self.source.setAccessibleName(self.tr("Nội dung phụ lục"))
        self.numeral = QSpinBox(self)
        self.numeral.setRange(0, 50)
        self.numeral.setSpecialValueText(self.tr("(một phụ lục, không đánh số)"))
        self.numeral.setAccessibleName(self.tr("Số thứ tự phụ lục"))
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Tên phụ lục"))
        self.format = QComboBox(self)
        self.format.addItem("PDF", AnnexFormat.PDF.value)
        self.format.addItem(self.tr("Tài liệu Word (DOCX)"), AnnexFormat.DOCX.value)
        self.format.setAccessibleName(self.tr("Định dạng"))
        self.sign = QCheckBox(self.tr("Ký số của cơ quan, tổ chức (góc trên bên phải trang 1)"))
        self.agency = KeyChooser(self.tr("Chữ ký số của cơ quan, tổ chức"), chooser, self)
        self.target = plain(QLabel(self))
        self.target.setWordWrap(True)
        self.error = plain(QLabel(self))
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #b00020; }")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.write_button = self.buttons.addButton(
            self.tr("Xuất phụ lục"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Kèm theo"), self.kind)
        form.addRow(self.tr("Nội dung"), self.source)
        form.addRow(self.tr("Phụ lục số"), self.numeral)
        form.addRow(self.tr("Tên phụ lục"), self.title)
        form.addRow(self.tr("Định dạng"), self.format)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.sign)
        layout.addWidget(self.agency)
        layout.addWidget(self.target)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if block is not None and block[:1] == (Kind.MINUTES.value,):
            self.kind.setCurrentIndex(1)
        self._fill_sources()
        if block is not None:  # (findData does not compare a tuple kept as item data)
            at = [i for i in range(self.source.count()) if self._path(i) == tuple(block)]
            self.source.setCurrentIndex(at[0] if at else 0)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (
            self.source.currentIndexChanged,
            self.numeral.valueChanged,
            self.format.currentIndexChanged,
        ):
            signal.connect(self.refresh)
        self.sign.toggled.connect(self.refresh)
        self.refresh()

    def current_kind(self) -> Kind:
        """The document the annex goes with."""
        return Kind(self.kind.currentData())

    def current_format(self) -> AnnexFormat:
        """PDF or DOCX."""
        return AnnexFormat(self.format.currentData())

    def current_block(self) -> tuple[str | int, ...] | None:
        """The outline block the annex holds; None: the record's tasks."""
        return self._path(self.source.currentIndex())

    def _path(self, index: int) -> tuple[str | int, ...] | None:
        data = self.source.itemData(index)
        return None if data is None else tuple(data)

    def _fill_sources(self) -> None:
        self.source.blockSignals(True)
        self.source.clear()
        self.source.addItem(self.tr("Các nhiệm vụ của cuộc họp (bảng nhiệm vụ)"), None)
        for b in annex_blocks(self._record, self.current_kind()):
            what = self.tr("Bảng") if b.kind is BlockKind.TABLE else self.tr("Nhiệm vụ")
            self.source.addItem(f"{what}: {b.heading or '…'} ({b.rows})", b.path)
        self.source.blockSignals(False)

    def _kind_changed(self, _index: int) -> None:
        self._fill_sources()
        self.refresh()

    def _numeral(self) -> int | None:
        return self.numeral.value() or None

    def refresh(self) -> None:
        """The default title, the file's name, what can be chosen."""
        pdf = self.current_format() is AnnexFormat.PDF
        self.sign.setEnabled(pdf)
        self.agency.setEnabled(pdf and self.sign.isChecked())
        self.error.clear()
        try:
            doc = compose_annex(self._record, self.current_kind(), self.current_block())
        except SignError as exc:
            self.error.setText(str(exc))
            self.write_button.setEnabled(False)
            return
        self.write_button.setEnabled(True)
        self.title.setPlaceholderText(doc.summary or TASKS_TITLE)
        main = compose(self._record, self.current_kind())
        signed = pdf and self.sign.isChecked()
        path = annex_path(
            self._record_file, main, self.current_format(), self._numeral(), signed=signed
        )
        self.target.setText(self.tr("Tệp phụ lục: %s") % path.name)
        if signed and not number_symbol(main):
            self.error.setText(self.tr("Văn bản chưa có số: chữ ký số trên phụ lục ghi số đó."))
            self.write_button.setEnabled(False)

    def export(self) -> bool:
        """Write the annex (signed when asked); on success the dialog is accepted."""
        signed = self.current_format() is AnnexFormat.PDF and self.sign.isChecked()
        if signed and self.agency.missing():
            self.error.setText(self.tr("Chưa xuất được: %s.") % self.agency.missing())
            return False
        key = self.agency.take_key() if signed else None
        title = self.title.text().strip() or None
        try:
            path = write_annex(
                self._record,
                self._record_file,
                self.current_kind(),
                block=self.current_block(),
                fmt=self.current_format(),
                render_pdf=render_pdf,
                numeral=self._numeral(),
                title=title,
                agency_key=key,
            )
        except (SignError, RecordFileError, OSError) as exc:  # nothing was written
            self.error.setText(self.tr("Chưa xuất được: %s") % exc)
            return False
        self.written = str(path)
        self.accept()
        return True
