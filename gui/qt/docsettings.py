"""Each document's own header, signatures and wording (``DocumentSettings``).

The notice takes its number, place and date from the header section (here: only a date whose
day is left blank for signing); the minutes have their own title, summary, number and kind
code, place and date, signatures, recipients and closing formula. Every field is bound to a
record path through the window's ``FieldBinder``, so the checks panel can jump to it.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from gui.core.paths import Path
from gui.core.record import SignatureBlock
from gui.qt.document import RecordDocument
from gui.qt.fields import FieldBinder, PlainTextEdit
from gui.qt.models import AnyIndex, Column, ListTableModel
from gui.qt.tables import TableEditor

NOTICE_TITLES = ["THÔNG BÁO", "THÔNG BÁO KẾT LUẬN"]
MINUTES_TITLES = [
    "BIÊN BẢN",
    "BIÊN BẢN HỌP",
    "BIÊN BẢN LÀM VIỆC",
    "BIÊN BẢN THẨM ĐỊNH HỒ SƠ",
    "BIÊN BẢN KIỂM TRA THỰC TẾ",
]


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


class SignaturesModel(ListTableModel):
    """The signature blocks of a document: title lines and name.

    None in the record means the kind's default signers (the notice: only its signer; the
    minutes: THƯ KÝ and CHỦ TỌA); the first row added starts from those defaults.
    """

    COLUMNS = (Column("title"), Column("name"))

    def __init__(self, doc: RecordDocument, name: str, parent: QObject | None = None) -> None:
        super().__init__(doc, (name, "signatures"), self.COLUMNS, SignatureBlock, parent)
        self.name = name

    def header_labels(self) -> list[str]:
        return [self.tr("Chức danh (mỗi dòng một dòng in)"), self.tr("Họ và tên")]

    def add_label(self) -> str:
        return self.tr("Thêm người ký")

    def _items(self) -> list[Any]:
        items = super()._items()
        return [] if items is None else items

    def defaults(self) -> list[SignatureBlock]:
        """The signers the document has while the record lists none of its own."""
        if self.name != "minutes":
            return []
        m = self._doc.record.meeting
        return [SignatureBlock("THƯ KÝ", m.secretary.name), SignatureBlock("CHỦ TỌA", m.chair.name)]

    def is_default(self) -> bool:
        """True while the document uses the default signers."""
        return self._doc.value((self.name, "signatures")) is None

    def add_row(self, row: int | None = None, item: Any = None) -> int:
        if not self.is_default():
            return super().add_row(row, item)
        stack = self._doc.undo_stack
        stack.beginMacro(self.add_label())
        self._doc.edit((self.name, "signatures"), self.defaults(), self.add_label())
        row = super().add_row(row, item)
        stack.endMacro()
        return row

    def use_defaults(self) -> None:
        """Back to the default signers (undoable)."""
        self._doc.edit((self.name, "signatures"), None, self.tr("Người ký mặc định"))

    def _on_value_changed(self, path: tuple[Any, ...]) -> None:
        path = tuple(path)
        if self._path is not None and path == self._path[: len(path)]:
            self.beginResetModel()  # the list itself was replaced (or made, or dropped)
            self.endResetModel()
            return
        super()._on_value_changed(path)


class _MultiLineDelegate(QStyledItemDelegate):
    """Edits a cell in a multi-line box (Enter starts a new line, as the title is printed)."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        assert isinstance(editor, QPlainTextEdit)
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)


class _Bound(QWidget):
    """A field that shows and edits one path itself (registered with the binder)."""

    def __init__(self, doc: RecordDocument, path: Path, label: str) -> None:
        super().__init__()
        self.doc = doc
        self.path = path
        self.label = label
        doc.value_changed.connect(self._on_value_changed)
        doc.reset.connect(self.refresh)

    def edit(self, value: Any, merge: bool = False) -> None:
        """Set the field (one undo step; typing merges)."""
        self.doc.edit(self.path, value, self.tr("Sửa «%s»") % self.label, merge=merge)

    def refresh(self) -> None:
        """Show the record's value (subclasses)."""

    def _on_value_changed(self, path: tuple[Any, ...]) -> None:
        path = tuple(path)
        if path == self.path[: len(path)]:
            self.refresh()


class TitleField(_Bound):
    """The document's title: typed, or one of the usual ones; empty: the kind's own."""

    def __init__(
        self, doc: RecordDocument, path: Path, label: str, titles: list[str], placeholder: str
    ) -> None:
        super().__init__(doc, path, label)
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.addItems(titles)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setAccessibleName(label)
        line = self.combo.lineEdit()
        assert line is not None
        line.setPlaceholderText(placeholder)
        line.textEdited.connect(lambda t: self.edit(_nfc(t).strip(), merge=True))
        self.combo.activated.connect(lambda i: self.edit(self.combo.itemText(i)))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        self.setFocusProxy(self.combo)
        self.refresh()

    def refresh(self) -> None:
        value = self.doc.value(self.path)
        if self.combo.currentText() != value:
            self.combo.blockSignals(True)
            self.combo.setCurrentText(value)
            self.combo.blockSignals(False)


class LinesField(_Bound):
    """A list of lines that may be None: the closing formula (empty: None) or the minutes'
    own recipients (``own`` ticked: the list, else None: the notice's)."""

    def __init__(
        self, doc: RecordDocument, path: Path, label: str, own: str = "", placeholder: str = ""
    ) -> None:
        super().__init__(doc, path, label)
        self.own = QCheckBox(own) if own else None
        self.text = PlainTextEdit()
        self.text.setUndoRedoEnabled(False)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(placeholder)
        self.text.setAccessibleName(label)
        self.text.setMaximumHeight(110)
        self.text.textChanged.connect(self._text_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.own is not None:
            self.own.setAccessibleName(own)
            self.own.clicked.connect(self._own_clicked)
            layout.addWidget(self.own)
        layout.addWidget(self.text)
        self.setFocusProxy(self.text)
        self.refresh()

    def refresh(self) -> None:
        value = self.doc.value(self.path)
        if self.own is not None:
            self.own.setChecked(value is not None)
            self.text.setEnabled(value is not None)
        text = "\n".join(value or [])
        if self.text.toPlainText() != text:
            self.text.setProperty("updating", True)
            self.text.setPlainText(text)
            self.text.setProperty("updating", False)

    def _text_changed(self) -> None:
        if self.text.property("updating"):
            return
        text = _nfc(self.text.toPlainText())
        if self.own is None:
            self.edit(text.split("\n") if text.strip() else None, merge=True)
        elif self.own.isChecked():
            self.edit(text.split("\n") if text else [], merge=True)

    def _own_clicked(self, on: bool) -> None:
        text = _nfc(self.text.toPlainText())
        if on:
            lines = text.split("\n") if text else list(self.doc.record.closing.recipients)
            self.edit(lines)
        else:
            self.edit(None)


class ChoiceField(_Bound):
    """A choice among plain string values."""

    def __init__(
        self, doc: RecordDocument, path: Path, label: str, choices: dict[str, str]
    ) -> None:
        super().__init__(doc, path, label)
        self.combo = QComboBox()
        self.combo.setAccessibleName(label)
        for value, text in choices.items():
            self.combo.addItem(text, value)
        self.combo.activated.connect(lambda i: self.edit(self.combo.itemData(i)))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self.setFocusProxy(self.combo)
        self.refresh()

    def refresh(self) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(self.doc.value(self.path))))


class DocumentSettingsForm(QWidget):
    """The header, signatures and wording of the notice or (``name`` "minutes") the minutes."""

    def __init__(
        self, binder: FieldBinder, doc: RecordDocument, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.name = name
        minutes = name == "minutes"
        s: Path = (name,)
        layout = QVBoxLayout(self)

        header = QGroupBox(self.tr("Đầu văn bản"))
        form = QFormLayout(header)
        title = TitleField(
            doc,
            (*s, "title"),
            self.tr("Tên loại văn bản"),
            MINUTES_TITLES if minutes else NOTICE_TITLES,
            self.tr("BIÊN BẢN") if minutes else self.tr("THÔNG BÁO"),
        )
        binder.adopt((*s, "title"), title, self.tr("Tên loại văn bản"))
        form.addRow(self.tr("Tên loại văn bản"), title)
        if minutes:
            summary = binder.text(
                (*s, "summary"), self.tr("Trích yếu biên bản"), self.tr("để trống: Cuộc họp …")
            )
            summary.setMaximumHeight(70)
            form.addRow(self.tr("Trích yếu"), summary)
        form.addRow(
            binder.check((*s, "show_agency"), self.tr("In cột cơ quan (bỏ khi biên bản liên tịch)"))
        )
        form.addRow(binder.check((*s, "show_number"), self.tr("In dòng «Số: …»")))
        if minutes:
            form.addRow(
                self.tr("Số biên bản"), binder.number((*s, "number"), self.tr("Số biên bản"))
            )
            form.addRow(
                self.tr("Loại văn bản (viết tắt)"),
                binder.line((*s, "doc_kind"), self.tr("Loại biên bản (viết tắt)"), self.tr("BB")),
            )
            form.addRow(
                self.tr("Địa danh"),
                binder.line(
                    (*s, "place"),
                    self.tr("Địa danh biên bản"),
                    self.tr("để trống: địa danh của thông báo"),
                ),
            )
            form.addRow(self.tr("Ngày"), binder.date((*s, "date"), self.tr("Ngày lập biên bản")))
            dateless = QLabel(
                self.tr(
                    "Không ghi ngày và địa danh: biên bản không in dòng «…, ngày … tháng … năm …», "
                    "như Mẫu 1.9 của Nghị định 30/2020/NĐ-CP (thời gian ghi trong nội dung)."
                )
            )
            dateless.setWordWrap(True)
            form.addRow(dateless)
            month, year = (*s, "date_month"), (*s, "date_year")
        else:
            month, year = ("header", "issue_month"), ("header", "issue_year")
        partial = QHBoxLayout()
        partial.addWidget(QLabel(self.tr("ngày (để trống) tháng")))
        partial.addWidget(binder.number(month, self.tr("Tháng (ngày để trống)"), 12))
        partial.addWidget(QLabel(self.tr("năm")))
        partial.addWidget(binder.number(year, self.tr("Năm (ngày để trống)"), 2099))
        partial.addStretch(1)
        form.addRow(self.tr("Chưa có ngày ký"), partial)
        layout.addWidget(header)

        signers = QGroupBox(
            self.tr("Người ký") if minutes else self.tr("Người ký thêm (người ký chính ở Kết thúc)")
        )
        sl = QVBoxLayout(signers)
        self.signatures_model = SignaturesModel(doc, name, self)
        self.signatures = TableEditor(
            self.signatures_model,
            self.tr("Người ký biên bản") if minutes else self.tr("Người ký thêm của thông báo"),
        )
        self.signatures.view.setItemDelegateForColumn(0, _MultiLineDelegate(self.signatures.view))
        self.signatures.view.setColumnWidth(0, 260)
        self.signatures.view.setMinimumHeight(150)
        self.signatures_model.modelReset.connect(self.signatures.view.resizeRowsToContents)
        self.signatures_model.dataChanged.connect(self.signatures.view.resizeRowsToContents)
        sl.addWidget(self.signatures)
        self.default_signers = QPushButton(
            self.tr("Dùng người ký mặc định (THƯ KÝ, CHỦ TỌA)")
            if minutes
            else self.tr("Bỏ hết người ký thêm")
        )
        self.default_signers.clicked.connect(self.signatures_model.use_defaults)
        hint = QLabel(
            self.tr("Hai người một hàng; ba người một hàng khi có ba, hoặc từ năm người trở lên.")
        )
        hint.setWordWrap(True)
        sl.addWidget(hint)
        sl.addWidget(self.default_signers, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(signers)

        if minutes:
            ending = QGroupBox(self.tr("Kết thúc biên bản"))
            ef = QFormLayout(ending)
            closing = LinesField(
                doc,
                (*s, "closing"),
                self.tr("Câu kết biên bản"),
                placeholder=self.tr("Biên bản được lập thành 02 bản có giá trị như nhau …"),
            )
            binder.adopt((*s, "closing"), closing, self.tr("Câu kết biên bản"))
            ef.addRow(self.tr("Câu kết"), closing)
            recipients = LinesField(
                doc,
                (*s, "recipients"),
                self.tr("Nơi nhận biên bản"),
                own=self.tr("Nơi nhận riêng (không theo thông báo)"),
                placeholder=self.tr("Mỗi dòng một nơi nhận; để trống: không in Nơi nhận"),
            )
            binder.adopt((*s, "recipients"), recipients, self.tr("Nơi nhận biên bản"))
            ef.addRow(self.tr("Nơi nhận"), recipients)
            layout.addWidget(ending)

        wording = QGroupBox(self.tr("Cách viết hạn của nhiệm vụ"))
        wf = QFormLayout(wording)
        style = ChoiceField(
            doc,
            (*s, "deadline_style"),
            self.tr("Cách viết ngày"),
            {
                "short": self.tr("ngày 20/10/2024"),
                "long": self.tr("ngày 20 tháng 10 năm 2024"),
            },
        )
        binder.adopt((*s, "deadline_style"), style, self.tr("Cách viết ngày"))
        wf.addRow(self.tr("Ngày hạn"), style)
        words: QLineEdit = binder.line(
            (*s, "deadline_words"), self.tr("Chữ trước ngày hạn"), self.tr("hoàn thành trước")
        )
        wf.addRow(self.tr("Chữ trước ngày hạn"), words)
        wf.addRow(
            self.tr("Ngăn cách trước hạn"),
            binder.line(
                (*s, "deadline_separator"),
                self.tr("Ngăn cách trước hạn"),
                self.tr("; (dấu chấm phẩy)"),
            ),
        )
        layout.addWidget(wording)
        layout.addStretch(1)
