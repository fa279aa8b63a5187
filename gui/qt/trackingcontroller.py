"""The main window's library: the tracking book, the next meeting, the next number."""

from __future__ import annotations

import datetime as dt
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from gui.core.errors import RecordFileError

if TYPE_CHECKING:
    from gui.qt.filecontroller import FileController
    from gui.qt.host import Window
    from gui.qt.library import LibraryController
    from gui.qt.tracking import TrackingWidget


class TrackingController(QObject):
    """The library of record files as one window uses it."""

    def __init__(self, window: Window, files: FileController) -> None:
        super().__init__(window)
        self._w = window
        self._files = files
        self._own_library: LibraryController | None = None  # without a session (tests)
        self._tracking: QMainWindow | None = None
        self._told_write_failures = False

    def library(self) -> LibraryController:
        """The library (shared by the session's windows)."""
        if self._w.session is not None:
            return self._w.session.library()
        if self._own_library is None:
            from gui.qt.library import LibraryController

            self._own_library = LibraryController(
                self._w.settings.library_folder(), open_windows=lambda: [self._w], parent=self._w
            )
            self._own_library.start_refresh()  # in the background
        return self._own_library

    def number_holders(self, number: int, kind: str, year: int) -> list[str]:
        # Only a library already open (tracking book, next number) is asked: indexing a large
        # folder is not something a key press in the number field should start.
        library = self._w.session.open_library() if self._w.session else self._own_library
        if library is None:
            return []
        return library.index.holders_of_number(number, kind, year)

    def show_tracking(self) -> QMainWindow:
        """Open (or raise) the tracking book."""
        if self._tracking is None:
            from gui.qt.tracking import TrackingWindow

            library = self.library()
            window = TrackingWindow(library, parent=self._w)
            widget = window.tracking
            widget.open_task.connect(self.open_task)
            widget.export_xlsx.clicked.connect(lambda: self._export_report(widget, "xlsx"))
            widget.export_csv.clicked.connect(lambda: self._export_report(widget, "csv"))
            if not self._told_write_failures:  # once, however often the book is rebuilt
                library.write_failed.connect(self._write_failed)
                self._told_write_failures = True
            self._tracking = window
        self._tracking.show()
        self._tracking.raise_()
        return self._tracking

    def retranslate_ui(self) -> None:
        """The tracking book in the current language: built again (where it was, open or
        not); its filters start afresh, the library and its index are kept."""
        old = self._tracking
        if old is None:
            return
        shown, geometry = old.isVisible(), old.saveGeometry()
        self._tracking = None
        old.hide()
        old.deleteLater()
        if shown:
            self.show_tracking().restoreGeometry(geometry)

    def _write_failed(self, text: str) -> None:
        self._w.dialogs.error(self.tr("Không cập nhật được nhiệm vụ"), text)

    def _export_report(self, widget: TrackingWidget, fmt: str) -> None:
        from gui.qt.tracking import default_export_folder

        folder = self._w.dialogs.choose_folder(
            self.tr("Xuất báo cáo vào thư mục"), default_export_folder(widget.library)
        )
        if not folder:
            return
        try:
            files = widget.export(folder, fmt)
        except RecordFileError as exc:
            self._files.show_file_error(self.tr("Không xuất được báo cáo"), exc)
            return
        self._w.statusBar().showMessage(self.tr("Đã xuất %s") % ", ".join(files), 8000)

    def choose_library_folder(self) -> None:
        """Pick the folder of record files that the tracking book follows."""
        folder = self._w.dialogs.choose_folder(
            self.tr("Thư mục lưu trữ biên bản"), self._w.settings.library_folder()
        )
        if folder:
            self._w.settings.set_library_folder(folder)
            self.library().set_folder(folder)

    def open_task(self, path: str, department: int, task: int) -> None:
        """Open a meeting at one of its tasks (from the tracking book)."""
        target = os.path.abspath(path)
        window: Window | None = None
        if self._w.doc.file_name and os.path.abspath(self._w.doc.file_name) == target:
            window = self._w
        elif self._w.session is not None:
            window = self._w.session.window_for(target)
            if window is None:
                window = self._w.session.new_window()
                if not window.open_file(path, ask=False):
                    window.close()
                    return
        elif self._files.open_file(path):
            window = self._w
        if window is None:
            return
        window.show()
        window.raise_()
        window.activateWindow()
        window.jump_to(("directives", "departments", department, "tasks", task, "content"))

    def start_next_meeting(self) -> None:
        """Start next period's record from this one (unfinished tasks carried over)."""
        from gui.core.tracking import next_meeting  # not at start-up

        if not self._files.maybe_save():
            return
        record = next_meeting(self._w.doc.record)
        self._w.autosaver.discard()
        self._files.leave_file()
        self._w.doc.set_record(record)
        self._w.doc.undo_stack.resetClean()  # a new, unsaved record
        self._w.update_title()
        self._w.tabs.setCurrentIndex(0)

    def take_next_number(self) -> None:
        """Give the document the next free number of its kind and year in the library."""
        h = self._w.doc.record.header
        year = (h.issue_date or self._w.doc.record.meeting.date or dt.date.today()).year
        library = self.library()
        library.wait_for_build()
        number = library.index.next_number(h.doc_kind, year)
        self._w.doc.edit(("header", "number"), number, self.tr("Lấy số văn bản"))
        self._w.checks.refresh()
