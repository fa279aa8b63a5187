"""The main window's output: print, print preview, export to DOCX/PDF/TXT/HTML, annexes,
signing."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from gui.core.errors import RecordFileError
from gui.core.kinds import Kind
from gui.core.recordfile import SUFFIX

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from gui.qt.filecontroller import FileController
    from gui.qt.host import Window


class ExportController(QObject):
    """Print, preview, export and sign the previewed kind of document."""

    def __init__(self, window: Window, files: FileController) -> None:
        super().__init__(window)
        self._w = window
        self._files = files
        self.sign_window: QDialog | None = None  # the last signing dialog
        self.annex_window: QDialog | None = None  # the last annex dialog

    def _printer(self) -> QPrinter:
        from PySide6.QtPrintSupport import QPrinter

        from gui.qt.printing import page_layout

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout())
        printer.setDocName(os.path.basename(self._w.doc.file_name) or "Bienban")
        return printer

    def print_document(self) -> None:
        """Print the previewed kind of document through Qt's print dialog."""
        if not self._w.commit_pending_edit():
            return
        from PySide6.QtPrintSupport import QPrintDialog

        printer = self._printer()
        dialog = QPrintDialog(printer, self._w)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_preview(self) -> None:
        """Qt's print preview dialog, painting through the same path as print and PDF."""
        if not self._w.commit_pending_edit():
            return
        self.print_preview_dialog().exec()

    def print_preview_dialog(self) -> QPrintPreviewDialog:
        """The print preview dialog for the previewed kind of document (not yet shown)."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        printer = self._printer()
        dialog = QPrintPreviewDialog(printer, self._w)
        dialog.printer_ref = printer  # type: ignore[attr-defined]  # the dialog does not own it
        dialog.paintRequested.connect(self.print_to)
        dialog.resize(900, 1000)
        return dialog

    def print_to(self, printer: QPrinter) -> int:
        """Paint the previewed kind of document on ``printer``; return the page count."""
        from gui.core.compose import compose
        from gui.qt.printing import paint

        return paint(compose(self._w.doc.record, self._w.preview.kind()), printer)

    def export_dialog(self, kind: Kind) -> bool:
        """Ask where (and in which format) to export ``kind``, then write it atomically."""
        if not self._w.commit_pending_edit():
            return False
        from gui.core.exporting import Format, export, output_path  # the composer loads here

        filters = {
            Format.DOCX: self.tr("Tài liệu Word (*.docx)"),
            Format.PDF: self.tr("PDF (*.pdf)"),
            Format.TXT: self.tr("Văn bản thuần UTF-8 (*.txt)"),
            Format.HTML: self.tr("Trang web HTML (*.html)"),
        }
        folder = (
            os.path.dirname(self._w.doc.file_name)
            if self._w.doc.file_name
            else self._w.settings.library_folder()
        )
        source = os.path.join(folder, self._files.suggested_name() + SUFFIX)
        last = Format(self._w.settings.export_format())
        suggested = str(output_path(source, kind, last))
        offered = [filters[last], *(label for f, label in filters.items() if f is not last)]
        name, chosen = self._w.dialogs.save_file_with_filter(
            self.tr("Xuất văn bản"),
            suggested,
            ";;".join(offered),  # the first is selected
        )
        if not name:
            return False
        fmt = next((f for f, label in filters.items() if label == chosen), None)
        ext = os.path.splitext(name)[1].lower().lstrip(".")
        if ext in {f.value for f in Format}:
            fmt = Format(ext)
        elif fmt is not None:
            name += "." + fmt.value
            if os.path.exists(name) and not self._w.dialogs.confirm(
                self.tr("Ghi đè?"), self.tr("«%s» đã có. Ghi đè lên tệp đó?") % name
            ):
                return False
        if fmt is None:
            fmt = Format.DOCX
            name += ".docx"
        from gui.qt.printing import render_pdf

        try:
            export(self._w.doc.record, kind, fmt, name, pdf=render_pdf)
        except RecordFileError as exc:
            self._files.show_file_error(self.tr("Không xuất được văn bản"), exc)
            return False
        self._w.settings.set_export_format(fmt.value)
        self._w.statusBar().showMessage(self.tr("Đã xuất %s") % name, 5000)
        return True

    def _saved_first(self, title: str, ask: str) -> bool:
        """The record saved (asked first when it is not): what is signed or annexed is what
        is on disk, beside which the files are written."""
        unsaved = self._w.read_only or not self._w.doc.file_name or self._w.doc.is_modified()
        return not unsaved or (self._w.dialogs.confirm(title, ask) and self._files.save_taken())

    def export_annex(self) -> bool:
        """File → Xuất → Phụ lục…"""
        if not self._w.commit_pending_edit():
            return False
        return self.annex_dialog()

    def annex_for_block(self, path: tuple[object, ...]) -> bool:
        """The outline's "Xuất thành phụ lục…" on a table or tasks block."""
        if not self._w.commit_pending_edit():
            return False
        return self.annex_dialog(tuple(path))  # type: ignore[arg-type]

    def annex_dialog(
        self, block: tuple[str | int, ...] | None = None, chooser: object = None
    ) -> bool:
        """Save first, then write the annex (Phụ lục) beside the record as the dialog says."""
        from gui.qt.annexdialog import AnnexDialog
        from gui.qt.signdialog import choose_file

        ask = self.tr("Văn bản phải được lưu trước khi xuất phụ lục. Lưu ngay?")
        if not self._saved_first(self.tr("Xuất phụ lục"), ask):
            return False
        dialog = AnnexDialog(
            self._w.doc.record,
            self._w.doc.file_name,
            block,
            chooser or choose_file,  # type: ignore[arg-type]
            self._w,
        )
        self.annex_window = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.written:
            return False
        self._w.statusBar().showMessage(self.tr("Đã xuất phụ lục %s") % dialog.written, 8000)
        return True

    def sign_dialog(self, chooser: object = None) -> bool:
        """File → Ký số …: save first, sign in the dialog, then keep the record of issue."""
        if not self._w.commit_pending_edit():
            return False
        from gui.qt.signdialog import SignDialog, choose_file

        ask = self.tr("Văn bản phải được lưu trước khi ký số. Lưu ngay?")
        if not self._saved_first(self.tr("Ký số"), ask):
            return False
        dialog = SignDialog(
            self._w.doc.record,
            self._w.doc.file_name,
            self._w.profile,
            chooser or choose_file,
            self._w,
        )
        self.sign_window = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.issue is None:
            return False
        self._w.issue_guard.set_issue(dialog.issue)
        self._files.save_taken()
        self._w.update_title()
        if dialog.annex_error:
            self._w.dialogs.error(
                self.tr("Chưa ký được phụ lục"),
                self.tr("Văn bản đã ký số; phụ lục chưa ký được: %s") % dialog.annex_error,
            )
        elif dialog.annex_file:
            self._w.statusBar().showMessage(
                self.tr("Đã ký số %s và phụ lục %s")
                % (os.path.basename(dialog.signed_file), os.path.basename(dialog.annex_file)),
                8000,
            )
        return True
