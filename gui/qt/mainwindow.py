"""The main window: the record's form in sections, the preview, the checks, the menus."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import socket
from pathlib import Path as FsPath
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from gui import __version__
from gui.core.compose import Kind, compose
from gui.core.errors import Problem, RecordFileError
from gui.core.exporting import Format, export, output_path
from gui.core.filenames import document_stem
from gui.core.paths import Path
from gui.core.profile import (
    GENERIC_PROFILE,
    PROFILE_SUFFIX,
    Profile,
    load_profile,
    save_profile,
    shipped_profiles,
)
from gui.core.record import Authority
from gui.core.recordfile import SUFFIX, load_record
from gui.core.recovery import RecoveryEntry
from gui.core.resources import resource_path
from gui.core.safefile import remove_orphan_temporaries
from gui.core.suggestions import PhraseKind, profile_phrases, record_phrases
from gui.core.tracking import next_meeting, slug
from gui.qt.actions import Actions
from gui.qt.autosave import Autosaver, recovery_folder
from gui.qt.checkspanel import ChecksPanel
from gui.qt.completion import PhraseModel, Suggestions
from gui.qt.dialogs import Dialogs, LibraryOffer, LockChoice, SaveChoice
from gui.qt.diskwatch import DiskWatcher
from gui.qt.document import RecordDocument
from gui.qt.fields import FieldBinder
from gui.qt.issueguard import IssueGuard
from gui.qt.languagecontroller import switch_language
from gui.qt.locking import DocumentLock, LockHolder, LockState
from gui.qt.outlineeditor import ContentPage, reveal
from gui.qt.preview import PreviewPane
from gui.qt.sections import (
    ClosingSection,
    DirectivesSection,
    HeaderSection,
    MeetingSection,
)
from gui.qt.settings import Settings
from gui.qt.tables import TableEditor

if TYPE_CHECKING:  # these load on first use (start-up time), printing included
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from gui.qt.library import LibraryController
    from gui.qt.tracking import TrackingWidget

TAB_OF = {
    "header": 0,
    "meeting": 1,
    "content": 2,
    "progress": 2,
    "notice": 2,
    "minutes": 2,
    "directives": 3,
    "closing": 4,
    "news": 4,
}


class Session(Protocol):
    """What a window needs of the application's session (``gui.qt.app.Session``): the shared
    library and the other windows."""

    def library(self) -> LibraryController: ...

    def open_library(self) -> LibraryController | None: ...

    def window_for(self, path: str) -> MainWindow | None: ...

    def new_window(self) -> MainWindow: ...


class _Pick(QObject):
    """A suggestion chosen in a bound field: one undo step sets it and, for a person, the
    position."""

    def __init__(self, doc: RecordDocument, path: Path, position_path: Path | None) -> None:
        super().__init__(doc)
        self._doc = doc
        self._path = path
        self._position_path = position_path

    def picked(self, text: str, detail: str) -> None:
        stack = self._doc.undo_stack
        stack.beginMacro(self.tr("Chọn «%s»") % text)
        self._doc.edit(self._path, text)
        if self._position_path is not None and detail:
            self._doc.edit(self._position_path, detail)
        stack.endMacro()


class _TypedIn(QObject):
    """A suggestion chosen in an unbound line edit counts as typed (``textEdited``)."""

    def __init__(self, line: QLineEdit) -> None:
        super().__init__(line)
        self._line = line

    def picked(self, text: str, _detail: str) -> None:
        self._line.setText(text)
        self._line.textEdited.emit(text)


def in_library(folder: str, library_folders: list[str]) -> bool:
    """Whether ``folder`` is one of ``library_folders`` or inside one."""
    path = FsPath(folder).resolve()
    for top in library_folders:
        top_path = FsPath(top).resolve()
        if path == top_path or top_path in path.parents:
            return True
    return False


def ensure_library_folder(settings: Settings) -> str:
    """Create the main library folder if it is missing (first start); return it.

    A folder that cannot be made (read-only home, a file in the way) is left to the save
    dialog to report.
    """
    folder = settings.library_folder()
    with contextlib.suppress(OSError):
        os.makedirs(folder, exist_ok=True)
    return folder


class MainWindow(QMainWindow):
    """One record being edited, with its preview and checks."""

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, session: Session | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.session = session
        self._own_library: LibraryController | None = None
        self._tracking: QMainWindow | None = None
        self.dialogs = Dialogs(self)
        self.profile = self._load_current_profile()
        self.doc = RecordDocument(self.profile.new_record(), self)
        self.read_only = False
        self.lock = DocumentLock()
        self.disk = DiskWatcher(self)
        self.disk.changed_on_disk.connect(self._changed_on_disk)
        self.autosaver = Autosaver(self.doc, recovery_folder(), settings.autosave_interval(), self)
        self.autosaver.failed.connect(self._autosave_failed)
        self.autosaver.recovered.connect(self._autosave_recovered)
        self.read_only_reason = ""
        self.actions = Actions(self, self.doc.undo_stack)
        self._retranslate_timer = QTimer(self)
        self._retranslate_timer.setSingleShot(True)
        self._retranslate_timer.setInterval(0)
        self._retranslate_timer.timeout.connect(self.retranslate_ui)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.suggestions = Suggestions(self)
        self._build_form()

        self.preview_dock = self._dock(
            QWidget(), self.tr("Xem trước"), "preview", Qt.DockWidgetArea.RightDockWidgetArea
        )
        self._build_preview()
        self.checks = ChecksPanel(self.doc, self, number_holders=self._number_holders)
        self.checks_dock = self._dock(
            self.checks, self.tr("Kiểm tra"), "checks", Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.checks.jump_requested.connect(self.jump_to)
        self.library_offer = LibraryOffer(self)
        self.statusBar().addPermanentWidget(self.library_offer)
        self.library_offer.accepted.connect(self.add_library_folder)
        self.refresh_suggestions()
        self.doc.reset.connect(self.refresh_suggestions)

        self._build_menus()
        self._connect_actions()
        self.issue_guard = IssueGuard(self)  # ký số: an issued record changes only as a new version
        self.issue_guard.issue_changed.connect(self._update_title)
        # bound methods, not lambdas: Qt drops them with the window, so no call reaches a
        # deleted window while the application shuts down
        self.doc.undo_stack.cleanChanged.connect(self._clean_changed)
        self.doc.file_name_changed.connect(self._update_title)
        self.setAcceptDrops(True)
        self._update_title()
        self.resize(1280, 800)
        self.resizeDocks([self.preview_dock], [640], Qt.Orientation.Horizontal)
        self.resizeDocks([self.checks_dock], [110], Qt.Orientation.Vertical)
        geometry = settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.window_state()
        if state is not None:
            self.restoreState(state)

    # --- construction ----------------------------------------------------------------------

    def _build_form(self) -> None:
        """The five sections of the form, bound to the document (built again for another
        language)."""
        self.binder = FieldBinder(self.doc, self)
        self.header_section = HeaderSection(self.binder)
        self.meeting_section = MeetingSection(self.binder, self.doc)
        # the outline editors and the content fields (these scroll, so the window fits 768 px)
        self.content_section = ContentPage(
            self.binder, self.doc, self.profile.headings, self.profile.departments
        )
        self.content_section.go_to.connect(self.jump_to)
        self.directives_section = DirectivesSection(self.binder, self.doc, self.profile.departments)
        self.closing_section = ClosingSection(self.binder, self.authority_labels())
        for page, title in (
            (self.header_section, self.tr("Đầu văn bản")),
            (self.meeting_section, self.tr("Cuộc họp")),
            (self.content_section, self.tr("Nội dung")),
            (self.directives_section, self.tr("Chỉ đạo")),
            (self.closing_section, self.tr("Kết thúc")),
        ):
            self.tabs.addTab(page, title)
        self.directives_section.set_tab_order()
        self._attach_suggestions()

    def _build_preview(self) -> None:
        self.preview = PreviewPane(
            self.doc, self.settings.preview_kind(), self.settings.preview_mode(), self
        )
        self.preview_dock.setWidget(self.preview)
        self.preview.kind_box.currentIndexChanged.connect(self._preview_kind_changed)
        self.preview.mode_box.currentIndexChanged.connect(self._preview_mode_changed)

    def _preview_kind_changed(self, _index: int) -> None:
        self.settings.set_preview_kind(self.preview.kind().value)

    def _preview_mode_changed(self, _index: int) -> None:
        self.settings.set_preview_mode(self.preview.mode())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # one rebuild however many translators were swapped
            self._retranslate_timer.start()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every text in the current language, without a restart: actions and menus are
        re-texted; the form and the preview are built again around the same document (its
        undo history, the current section and the file are kept)."""
        self._retranslate_timer.stop()
        current = self.tabs.currentIndex()
        focus_path = self._focused_path()
        old_binder = self.binder
        old_binder.detach()
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            page.deleteLater()
        old_binder.deleteLater()
        self._build_form()
        self.tabs.setCurrentIndex(current)
        old_preview = self.preview
        self._build_preview()
        old_preview.deleteLater()
        self.actions.retranslate_ui()
        self.menuBar().clear()
        self._build_menus()
        self.preview_dock.setWindowTitle(self.tr("Xem trước"))
        self.checks_dock.setWindowTitle(self.tr("Kiểm tra"))
        self.checks.refresh()
        self.library_offer.retranslate_ui()
        self._update_title()
        if focus_path is not None and (widget := self.binder.widget_for(focus_path)):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focused_path(self) -> Path | None:
        focused = QApplication.focusWidget()
        for path in self.binder.paths():
            if self.binder.widget_for(path) is focused:
                return path
        return None

    def authority_labels(self) -> dict[Authority, str]:
        """Translated labels of the signing authorities."""
        return {
            Authority.NONE: self.tr("(ký trực tiếp)"),
            Authority.TM: self.tr("TM. — thay mặt tập thể"),
            Authority.KT: self.tr("KT. — ký thay người đứng đầu"),
            Authority.TL: self.tr("TL. — thừa lệnh"),
            Authority.TUQ: self.tr("TUQ. — thừa ủy quyền"),
            Authority.Q: self.tr("Q. — quyền"),
            Authority.TL_KT: self.tr("TL. … / KT. … — thừa lệnh, cấp phó ký thay"),
        }

    def _dock(self, widget: QWidget, title: str, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name + "_dock")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_menus(self) -> None:
        a = self.actions
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Tệp"))
        file_menu.addAction(a.file_new)
        file_menu.addAction(a.file_open)
        file_menu.addMenu(a.recent_menu)
        file_menu.addAction(a.file_import)
        file_menu.addSeparator()
        file_menu.addAction(a.file_save)
        file_menu.addAction(a.file_save_as)
        file_menu.addSeparator()
        file_menu.addMenu(a.export_menu)
        a.export_menu.addAction(a.export_notice)
        a.export_menu.addAction(a.export_minutes)
        a.export_menu.addAction(a.export_news)
        file_menu.addAction(a.file_print_preview)
        file_menu.addAction(a.file_print)
        file_menu.addAction(a.file_sign)
        file_menu.addSeparator()
        file_menu.addAction(a.autosave_interval)
        file_menu.addSeparator()
        file_menu.addAction(a.file_close)
        file_menu.addAction(a.file_quit)
        edit_menu = bar.addMenu(self.tr("&Sửa"))
        edit_menu.addAction(a.edit_undo)
        edit_menu.addAction(a.edit_redo)
        view_menu = bar.addMenu(self.tr("&Xem"))
        preview_toggle = self.preview_dock.toggleViewAction()
        preview_toggle.setText(self.tr("Khung &xem trước"))
        preview_toggle.setShortcut("F8")
        view_menu.addAction(preview_toggle)
        checks_toggle = self.checks_dock.toggleViewAction()
        checks_toggle.setText(self.tr("Khung &kiểm tra"))
        view_menu.addAction(checks_toggle)
        self.preview_toggle = preview_toggle
        profile_menu = bar.addMenu(self.tr("&Hồ sơ"))
        profile_menu.addMenu(a.profile_menu)
        profile_menu.addAction(a.profile_edit)
        profile_menu.addAction(a.profile_open)
        lang_menu = bar.addMenu(self.tr("&Ngôn ngữ"))
        lang_menu.addAction(a.lang_vi)
        lang_menu.addAction(a.lang_en)
        (a.lang_en if self.settings.language() == "en" else a.lang_vi).setChecked(True)
        track_menu = bar.addMenu(self.tr("&Theo dõi"))
        track_menu.addAction(a.tracking_open)
        track_menu.addAction(a.tracking_folder)
        track_menu.addSeparator()
        track_menu.addAction(a.next_meeting)
        track_menu.addAction(a.next_number)
        help_menu = bar.addMenu(self.tr("Trợ &giúp"))
        help_menu.addAction(a.help_about)

    def _connect_actions(self) -> None:
        a = self.actions
        a.file_new.triggered.connect(self.new_file)
        a.file_open.triggered.connect(self.open_dialog)
        a.file_import.triggered.connect(self.import_dialog)
        a.file_save.triggered.connect(self.save)
        a.file_save_as.triggered.connect(self.save_as)
        a.file_close.triggered.connect(self.close)
        a.file_print.triggered.connect(self.print_document)
        a.file_print_preview.triggered.connect(self.print_preview)
        a.export_notice.triggered.connect(lambda: self.export_dialog(Kind.NOTICE))
        a.export_minutes.triggered.connect(lambda: self.export_dialog(Kind.MINUTES))
        a.export_news.triggered.connect(lambda: self.export_dialog(Kind.NEWS))
        a.file_quit.triggered.connect(self._quit)
        a.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        a.profile_menu.aboutToShow.connect(self._fill_profile_menu)
        a.profile_edit.triggered.connect(self.edit_profile)
        a.profile_open.triggered.connect(self.open_profile_dialog)
        a.language_group.triggered.connect(self._set_language)
        a.help_about.triggered.connect(self._about)
        a.autosave_interval.triggered.connect(self._ask_autosave_interval)
        a.tracking_open.triggered.connect(self.show_tracking)
        a.tracking_folder.triggered.connect(self.choose_library_folder)
        a.next_meeting.triggered.connect(self.start_next_meeting)
        a.next_number.triggered.connect(self.take_next_number)
        a.file_sign.triggered.connect(self.sign_dialog)

    # --- suggestions while typing -----------------------------------------------------------

    def _attach_suggestions(self) -> None:
        """Completers on the fields and table cells that take names, units, places, lines."""
        K = PhraseKind
        for name_path, position_path in (
            (("meeting", "chair", "name"), ("meeting", "chair", "position")),
            (("meeting", "secretary", "name"), ("meeting", "secretary", "position")),
            (("closing", "signer", "name"), ("closing", "signer", "position")),
        ):
            self._suggest(name_path, K.PERSON, position_path)
        for path, kind in (
            (("header", "parent_agency"), K.PARENT_AGENCY),
            (("header", "agency"), K.AGENCY),
            (("header", "place"), K.PLACE),
            (("meeting", "name"), K.MEETING),
            (("meeting", "location"), K.LOCATION),
        ):
            self._suggest(path, kind)
        recipients = self.binder.widget_for(("closing", "recipients"))
        if isinstance(recipients, QPlainTextEdit):
            self.suggestions.attach_lines(recipients, K.RECIPIENT)
        details = self.directives_section.details
        departments = self.suggestions.models[K.DEPARTMENT]
        people = self.suggestions.models[K.PERSON]
        for line in (details.lead, details.coordinating):
            self.suggestions.attach(line, K.DEPARTMENT, _TypedIn(line).picked)
        delegates: list[tuple[TableEditor, int, PhraseModel, int | None]] = [
            (self.meeting_section.attendees, 0, people, 1),
            (self.content_section.discussion, 0, people, None),
            (self.content_section.progress, 0, departments, None),
            (self.directives_section.departments, 0, departments, None),
        ]
        for table, column, model, detail_column in delegates:
            delegate = table.view.itemDelegate()
            delegate.suggest[column] = (model, detail_column)  # type: ignore[attr-defined]

    def _suggest(self, path: Path, kind: PhraseKind, position_path: Path | None = None) -> None:
        line = self.binder.widget_for(path)
        if isinstance(line, QLineEdit):
            self.suggestions.attach(line, kind, _Pick(self.doc, path, position_path).picked)

    def refresh_suggestions(self) -> None:
        """Reload the suggestions: the profile, the library index as last built, this record."""
        from gui.core.library import indexed_phrases
        from gui.qt.library import index_path

        self.suggestions.set_phrases(
            [
                *profile_phrases(self.profile),
                *indexed_phrases(index_path()),
                *record_phrases(self.doc.record),
            ]
        )

    # --- title and files -------------------------------------------------------------------

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _update_title(self, *_args: object) -> None:
        name = (
            os.path.basename(self.doc.file_name) if self.doc.file_name else self.tr("Chưa đặt tên")
        )
        if self.read_only:
            name += " " + self.tr("[chỉ đọc]")
        issue = self.doc.record.issue
        if issue is not None:
            name += " " + self.tr("[đã ký số %s]") % (issue.number or issue.file)
        self.setWindowTitle(f"{name}[*] — Bienban")
        self.setWindowModified(self.doc.is_modified())

    def _filters(self) -> str:
        return self.tr("Biên bản cuộc họp (*%s *.json);;Mọi tệp (*)") % SUFFIX

    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; False when the user cancels."""
        if not self.doc.is_modified():
            return True
        name = os.path.basename(self.doc.file_name) or self.tr("Chưa đặt tên")
        choice = self.dialogs.ask_save_changes(
            self.tr("Lưu thay đổi?"),
            self.tr("«%s» có thay đổi chưa lưu. Lưu lại trước khi đóng?") % name,
        )
        if choice is SaveChoice.SAVE:
            return self.save()
        return choice is SaveChoice.DISCARD

    def new_file(self) -> None:
        """Start a new record from the current profile."""
        if self.maybe_save():
            self.autosaver.discard()
            self._leave_file()
            self.doc.set_record(self.profile.new_record())
            self.tabs.setCurrentIndex(0)

    def open_dialog(self) -> None:
        """Ask for a record file and open it."""
        if not self.maybe_save():
            return
        name = self.dialogs.open_file(
            self.tr("Mở biên bản"), self.settings.last_folder(), self._filters()
        )
        if name:
            self.open_file(name, ask=False)

    def import_dialog(self) -> None:
        """Ask for an old notice or minutes (DOCX or text) and import it."""
        if not self.maybe_save():
            return
        name = self.dialogs.open_file(
            self.tr("Nhập từ văn bản"),
            self.settings.last_folder(),
            self.tr("Văn bản (*.docx *.txt);;Mọi tệp (*)"),
        )
        if name:
            self.import_document(name)

    def import_document(self, file_name: str) -> bool:
        """Open the record read from ``file_name`` as a new, unsaved document; list what was
        not recognised. On failure show why and keep the current record."""
        from gui.core.importer import import_file
        from gui.qt.importing import notes_message

        try:
            result = import_file(file_name)
        except RecordFileError as exc:
            self.show_file_error(self.tr("Không nhập được văn bản"), exc)
            return False
        self.autosaver.discard()
        self._leave_file()
        self.doc.set_record(result.record)
        self.doc.undo_stack.resetClean()  # a new record: unsaved until saved
        self._update_title()
        self.tabs.setCurrentIndex(0)
        box = self.preview.kind_box  # show the document that was imported
        box.setCurrentIndex(max(0, box.findData(result.kind.value)))
        if result.notes:
            self.dialogs.info(self.tr("Nhập từ văn bản"), notes_message(result))
        return True

    def open_file(self, file_name: str, ask: bool = True) -> bool:
        """Open ``file_name``; on failure show why and keep the current record.

        The file is locked for this window; if someone else has it open, the user chooses
        between opening it read-only and cancelling.
        """
        if ask and not self.maybe_save():
            return False
        try:
            record = load_record(file_name)
        except RecordFileError as exc:
            self.show_file_error(self.tr("Không mở được tệp"), exc)
            if exc.problem is Problem.NOT_FOUND:
                self.settings.remove_recent_file(os.path.abspath(file_name))
            return False
        reason = self._read_only_reason(file_name)
        state = LockState.FAILED
        if not reason:
            state, holder = self.lock.acquire(file_name)
            if state is LockState.HELD:
                choice = self._ask_locked(file_name, holder)
                if choice is LockChoice.CANCEL:
                    return False
                if choice is LockChoice.OPEN_ANYWAY and self.lock.take_over(file_name):
                    state = LockState.LOCKED
                else:
                    reason = self.tr("tệp đang được mở để sửa ở nơi khác")
            elif state is LockState.FAILED:
                reason = self.tr("không tạo được tệp khóa trong thư mục")
        self.autosaver.discard()
        if reason:
            self.lock.release()
        self.read_only = bool(reason)
        self.read_only_reason = reason
        self.doc.set_record(record, file_name)
        self.disk.watch(file_name)
        self._update_title()
        self._remember(file_name)
        if reason:
            self.statusBar().showMessage(self.tr("Chỉ đọc: %s.") % reason)
        elif remove_orphan_temporaries(file_name):
            self.statusBar().showMessage(
                self.tr("Đã dọn các tệp tạm của một lần lưu bị gián đoạn."), 8000
            )
        return True

    def _read_only_reason(self, file_name: str) -> str:
        """Why ``file_name`` cannot be edited in place ("" when it can)."""
        real = os.path.realpath(file_name)
        try:
            mode = os.stat(real).st_mode
        except OSError:
            return ""
        # the write bits, not only access(): root may write anything, yet a file someone
        # write-protected (chmod a-w) is meant to stay as it is
        if not os.access(real, os.W_OK) or not mode & 0o222:
            return self.tr("tệp được bảo vệ chống ghi")
        folder = os.path.dirname(real)
        try:
            folder_mode = os.stat(folder).st_mode
        except OSError:
            return ""
        if not os.access(folder, os.W_OK) or not folder_mode & 0o222:
            return self.tr("thư mục chứa tệp không cho phép ghi")
        return ""

    def _ask_locked(self, file_name: str, holder: LockHolder | None) -> LockChoice:
        """Someone holds the file's lock: read-only, open anyway (when unsure), or cancel."""
        name = os.path.basename(file_name)
        since = holder.since.strftime("%H:%M %d/%m/%Y") if holder and holder.since else self.tr("?")
        if holder and holder.pid and holder.host == socket.gethostname():
            # a Bienban running on this machine: it really has the file open
            who = self.tr("tiến trình %d trên máy %s") % (holder.pid, holder.host)
            text = self.tr(
                "«%s» đang được mở để sửa bởi %s (từ %s).\n\nMở chỉ để đọc (lưu thành tệp "
                "khác), hoặc hủy?"
            ) % (name, who, since)
            read_only = self.dialogs.ask_open_read_only(self.tr("Tệp đang được mở"), text)
            return LockChoice.READ_ONLY if read_only else LockChoice.CANCEL
        who = (
            self.tr("tiến trình %d trên máy %s") % (holder.pid, holder.host)
            if holder and holder.pid
            else self.tr("không rõ ai (tệp khóa rỗng hoặc hỏng)")
        )
        return self.dialogs.ask_locked(
            self.tr("Tệp có thể đang được mở"),
            self.tr(
                "«%s» có tệp khóa của %s, ghi lúc %s.\n\nNếu máy đó đã tắt hoặc chương trình "
                "đã thoát bất thường, bạn có thể vẫn mở để sửa. Nếu người đó vẫn đang sửa, "
                "hai bản sẽ ghi đè nhau."
            )
            % (name, who, since),
        )

    def _leave_file(self) -> None:
        """Forget the current file: its lock, its watch, read-only mode."""
        self.lock.release()
        self.disk.stop()
        self.read_only = False
        self.read_only_reason = ""

    def save(self) -> bool:
        """Save to the current file (or ask for one)."""
        if not self.doc.file_name or self.read_only:
            return self.save_as()
        return self._save_to(self.doc.file_name)

    def save_as(self) -> bool:
        """Ask for a file name (proposed: the library folder, the document's number) and save.

        Saved outside the library folders, the window offers to add that folder to them so
        the tracking book finds the record.
        """
        suggested = self.doc.file_name or os.path.join(
            self.settings.library_folder(), self._suggested_name() + SUFFIX
        )
        name = self.dialogs.save_file(self.tr("Lưu biên bản"), suggested, self._filters())
        if not name:
            return False
        if not name.endswith((".json",)):
            name += SUFFIX
        saved = self._save_to(name)
        if saved:
            self._offer_library_folder(os.path.dirname(os.path.abspath(name)))
        return saved

    def _suggested_name(self) -> str:
        return document_stem(self.doc.record)

    def _offer_library_folder(self, folder: str) -> None:
        if not in_library(folder, self.settings.library_folders()):
            self.library_offer.offer(folder)

    def add_library_folder(self, folder: str) -> None:
        """Make the tracking book follow ``folder`` too."""
        self.settings.add_library_folder(folder)
        self.statusBar().showMessage(self.tr("Đã thêm «%s» vào thư viện.") % folder, 5000)

    def _save_to(self, name: str) -> bool:
        """Save atomically; never silently over a newer version on disk or a locked file."""
        same_file = bool(self.doc.file_name) and os.path.realpath(name) == os.path.realpath(
            self.doc.file_name
        )
        if os.path.exists(name) and not os.stat(os.path.realpath(name)).st_mode & 0o222:
            self.dialogs.error(
                self.tr("Không lưu được tệp"),
                self.tr("«%s» được bảo vệ chống ghi; hãy lưu thành tệp khác.") % name,
            )
            return False
        if (
            same_file
            and self.disk.differs()
            and not self.dialogs.confirm(
                self.tr("Tệp đã thay đổi trên đĩa"),
                self.tr(
                    "«%s» đã được thay đổi từ bên ngoài sau khi bạn mở. Ghi đè phiên bản "
                    "đó bằng bản của bạn?"
                )
                % os.path.basename(name),
            )
        ):
            return False
        lock = self.lock
        if not same_file or not self.lock.is_locked():
            # the target's lock is taken beside the current one, which is kept until the
            # save succeeds: a failed Save As leaves the original locked and no lock behind
            lock = DocumentLock()
            state, _holder = lock.acquire(name)
            if state is LockState.HELD:
                self.dialogs.error(
                    self.tr("Không lưu được tệp"),
                    self.tr("«%s» đang được mở bởi người khác; hãy lưu thành tệp khác.") % name,
                )
                return False
        try:
            self.doc.save(name)
        except RecordFileError as exc:
            if lock is not self.lock:
                lock.release()
            self.show_file_error(self.tr("Không lưu được tệp"), exc)
            return False
        if lock is not self.lock:
            self.lock.release()
            self.lock = lock
        self.read_only = False
        self.read_only_reason = ""
        self.disk.watch(name)
        self._update_title()
        self._remember(name)
        self.statusBar().showMessage(self.tr("Đã lưu %s") % name, 5000)
        self.refresh_suggestions()
        return True

    def _changed_on_disk(self, file_name: str) -> None:
        """Another program changed the open file: reload it, or keep ours."""
        name = os.path.basename(file_name)
        if not os.path.exists(file_name):
            self.statusBar().showMessage(
                self.tr("«%s» đã bị xóa hoặc đổi tên trên đĩa; bản đang mở vẫn còn.") % name
            )
            return
        if not self.dialogs.ask_reload(
            self.tr("Tệp đã thay đổi trên đĩa"),
            self.tr(
                "«%s» vừa được thay đổi bởi chương trình hoặc người khác.\n\n"
                "Tải lại phiên bản trên đĩa%s, hoặc giữ bản đang mở?"
            )
            % (
                name,
                self.tr(" (mất các thay đổi chưa lưu của bạn)") if self.doc.is_modified() else "",
            ),
        ):
            return
        try:
            record = load_record(file_name)
        except RecordFileError as exc:
            self.show_file_error(self.tr("Không tải lại được tệp"), exc)
            return
        self.doc.set_record(record, file_name)
        self.disk.accept_current()

    def _autosave_failed(self, reason: str) -> None:
        """Say once, in the status bar and the checks panel, that unsaved work is not safe."""
        text = self.tr("Không ghi được bản khôi phục (tự động lưu): %s") % reason
        self.statusBar().showMessage(text)
        self.checks.set_notices([text])

    def _autosave_recovered(self) -> None:
        self.statusBar().clearMessage()
        self.checks.set_notices([])

    def restore(self, entry: RecoveryEntry) -> None:
        """Open what a crash left in a recovery file, as unsaved work."""
        assert entry.record is not None
        self._leave_file()
        source = entry.source if entry.source and os.path.exists(entry.source) else ""
        if source:
            state, _holder = self.lock.acquire(source)
            self.read_only = state is not LockState.LOCKED
            if self.read_only:
                self.lock.release()
        self.doc.set_record(entry.record, source)
        self.doc.undo_stack.resetClean()
        if source:
            self.disk.watch(source)
        self.autosaver.adopt(entry.path)
        self.autosaver.write_now()
        self._update_title()

    def _remember(self, file_name: str) -> None:
        path = os.path.abspath(file_name)
        self.settings.add_recent_file(path)
        self.settings.set_last_folder(os.path.dirname(path))

    def show_file_error(self, title: str, exc: RecordFileError) -> None:
        """Tell the user what is wrong with a file, in one message."""
        reasons = {
            Problem.NOT_FOUND: self.tr("Tệp không tồn tại."),
            Problem.NOT_A_FILE: self.tr("Đây không phải là một tệp thông thường."),
            Problem.UNREADABLE: self.tr("Không đọc được tệp."),
            Problem.TOO_LARGE: self.tr("Tệp quá lớn."),
            Problem.NOT_UTF8: self.tr("Tệp không phải văn bản UTF-8."),
            Problem.NOT_JSON: self.tr("Tệp không phải là biên bản của Bienban (không đúng JSON)."),
            Problem.INVALID: self.tr("Nội dung tệp không hợp lệ."),
            Problem.TOO_NEW: self.tr("Tệp được tạo bởi phiên bản Bienban mới hơn."),
            Problem.WRITE_FAILED: self.tr("Ghi tệp thất bại; tệp cũ trên đĩa vẫn nguyên vẹn."),
        }
        where = (self.tr("Trường: %s") % exc.field + "\n") if exc.field else ""
        self.dialogs.error(
            title,
            f"{exc.path}\n\n{reasons[exc.problem]}",
            where + self.tr("Chi tiết: %s") % exc.detail,
        )

    def _fill_recent_menu(self) -> None:
        menu = self.actions.recent_menu
        menu.clear()
        files = self.settings.recent_files()
        for i, f in enumerate(files, start=1):
            action = menu.addAction(f"&{i % 10} {os.path.basename(f)}")
            action.setToolTip(f)
            action.setData(f)
            action.triggered.connect(lambda _=False, f=f: self.open_file(f))
        if not files:
            menu.addAction(self.tr("(trống)")).setEnabled(False)

    # --- drag and drop of files ------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.open_file(urls[0].toLocalFile())

    # --- jumping to a field ----------------------------------------------------------------

    def jump_to(self, path: Path) -> None:
        """Show and focus the widget that edits ``path`` (from the checks panel)."""
        self.tabs.setCurrentIndex(TAB_OF.get(str(path[0]), 0))
        if path[:2] == ("directives", "departments") and len(path) >= 4:
            department = int(path[2])
            if path[3] == "tasks":
                self.directives_section.select_task(department, int(path[4]), str(path[5]))
            else:
                self.directives_section.select_task(department, -1, "name")
            return
        if len(path) > 2 and path[1] == "outline":  # a section, block or task of an outline
            self.content_section.show_path(path)
            return
        tables = {
            ("content", "discussion"): self.content_section.discussion.view,
            ("meeting", "attendees"): self.meeting_section.attendees.view,
        }
        widget = self.binder.widget_for(path) or tables.get(tuple(path))
        if widget is not None:
            reveal(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- profiles --------------------------------------------------------------------------

    def _user_profiles_dir(self) -> str:
        base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        return os.path.join(base, "profiles")

    def _load_current_profile(self) -> Profile:
        path = self.settings.profile_path()
        for candidate in (path, str(resource_path("profiles", GENERIC_PROFILE))):
            if candidate:
                try:
                    return load_profile(candidate)
                except RecordFileError:
                    continue
        return Profile(name="")

    def set_profile(self, path: str) -> bool:
        """Make the profile at ``path`` current (for File → New and department names)."""
        try:
            profile = load_profile(path)
        except RecordFileError as exc:
            self.show_file_error(self.tr("Không mở được hồ sơ"), exc)
            return False
        self.profile = profile
        self.settings.set_profile_path(path)
        self.directives_section.set_department_names(profile.departments)
        self.content_section.set_profile_lists(profile.headings, profile.departments)
        self.refresh_suggestions()
        self.statusBar().showMessage(self.tr("Hồ sơ cơ quan: %s") % profile.name, 5000)
        return True

    def _fill_profile_menu(self) -> None:
        menu = self.actions.profile_menu
        menu.clear()
        user_dir = self._user_profiles_dir()
        user = (
            sorted(str(p) for p in FsPath(user_dir).glob(f"*{PROFILE_SUFFIX}"))
            if os.path.isdir(user_dir)
            else []
        )
        current = self.settings.profile_path()
        for path in [*shipped_profiles(), *user]:
            try:
                name = load_profile(path).name or os.path.basename(path)
            except RecordFileError:
                continue
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(path == current)
            action.triggered.connect(lambda _=False, p=path: self.set_profile(p))

    def edit_profile(self) -> None:
        """Edit the current profile and save it as a user profile."""
        from gui.qt.profiledialog import ProfileDialog

        dialog = ProfileDialog(self.profile, self.authority_labels(), self)
        if dialog.exec() != ProfileDialog.DialogCode.Accepted:
            return
        self.save_user_profile(dialog.profile())

    def save_user_profile(self, profile: Profile) -> str:
        """Save ``profile`` in the user's profile folder and make it current."""
        os.makedirs(self._user_profiles_dir(), exist_ok=True)
        path = os.path.join(self._user_profiles_dir(), slug(profile.name, "ho-so") + PROFILE_SUFFIX)
        try:
            save_profile(profile, path)
        except RecordFileError as exc:
            self.show_file_error(self.tr("Không lưu được hồ sơ"), exc)
            return ""
        self.set_profile(path)
        return path

    def open_profile_dialog(self) -> None:
        """Pick a profile file and make it current."""
        name = self.dialogs.open_file(
            self.tr("Mở hồ sơ cơ quan"),
            self.settings.last_folder(),
            self.tr("Hồ sơ cơ quan (*%s);;Mọi tệp (*)") % PROFILE_SUFFIX,
        )
        if name:
            self.set_profile(name)

    # --- printing, language, about, closing ------------------------------------------------

    def _printer(self) -> QPrinter:
        from PySide6.QtPrintSupport import QPrinter

        from gui.qt.printing import page_layout

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout())
        printer.setDocName(os.path.basename(self.doc.file_name) or "Bienban")
        return printer

    def print_document(self) -> None:
        """Print the previewed kind of document through Qt's print dialog."""
        from PySide6.QtPrintSupport import QPrintDialog

        printer = self._printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_preview(self) -> None:
        """Qt's print preview dialog, painting through the same path as print and PDF."""
        self.print_preview_dialog().exec()

    def print_preview_dialog(self) -> QPrintPreviewDialog:
        """The print preview dialog for the previewed kind of document (not yet shown)."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        printer = self._printer()
        dialog = QPrintPreviewDialog(printer, self)
        dialog.printer_ref = printer  # type: ignore[attr-defined]  # the dialog does not own it
        dialog.paintRequested.connect(self.print_to)
        dialog.resize(900, 1000)
        return dialog

    def print_to(self, printer: QPrinter) -> int:
        """Paint the previewed kind of document on ``printer``; return the page count."""
        from gui.qt.printing import paint

        return paint(compose(self.doc.record, self.preview.kind()), printer)

    def export_dialog(self, kind: Kind) -> bool:
        """Ask where (and in which format) to export ``kind``, then write it atomically."""
        filters = {
            Format.DOCX: self.tr("Tài liệu Word (*.docx)"),
            Format.PDF: self.tr("PDF (*.pdf)"),
            Format.TXT: self.tr("Văn bản thuần UTF-8 (*.txt)"),
            Format.HTML: self.tr("Trang web HTML (*.html)"),
        }
        folder = (
            os.path.dirname(self.doc.file_name)
            if self.doc.file_name
            else self.settings.library_folder()
        )
        source = os.path.join(folder, self._suggested_name() + SUFFIX)
        suggested = str(output_path(source, kind, Format.DOCX))
        name, chosen = self.dialogs.save_file_with_filter(
            self.tr("Xuất văn bản"), suggested, ";;".join(filters.values())
        )
        if not name:
            return False
        fmt = next((f for f, label in filters.items() if label == chosen), None)
        ext = os.path.splitext(name)[1].lower().lstrip(".")
        if ext in {f.value for f in Format}:
            fmt = Format(ext)
        elif fmt is not None:
            name += "." + fmt.value
            if os.path.exists(name) and not self.dialogs.confirm(
                self.tr("Ghi đè?"), self.tr("«%s» đã có. Ghi đè lên tệp đó?") % name
            ):
                return False
        if fmt is None:
            fmt = Format.DOCX
            name += ".docx"
        from gui.qt.printing import render_pdf

        try:
            export(self.doc.record, kind, fmt, name, pdf=render_pdf)
        except RecordFileError as exc:
            self.show_file_error(self.tr("Không xuất được văn bản"), exc)
            return False
        self.statusBar().showMessage(self.tr("Đã xuất %s") % name, 5000)
        return True

    def sign_dialog(self, chooser: object = None) -> bool:
        """File → Ký số …: save first, sign in the dialog, then keep the record of issue."""
        from gui.qt.signdialog import SignDialog, choose_file

        unsaved = self.read_only or not self.doc.file_name or self.doc.is_modified()
        ask = self.tr("Văn bản phải được lưu trước khi ký số. Lưu ngay?")
        if unsaved and not (self.dialogs.confirm(self.tr("Ký số"), ask) and self.save()):
            return False
        dialog = SignDialog(
            self.doc.record, self.doc.file_name, self.profile, chooser or choose_file, self
        )
        self.sign_window = dialog  # tests reach it here
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.issue is None:
            return False
        self.issue_guard.set_issue(dialog.issue)
        self.save()
        self._update_title()
        return True

    def _set_language(self, action: object) -> None:
        code = str(self.actions.language_group.checkedAction().data())
        if code != self.settings.language():
            self.settings.set_language(code)
            switch_language(code)  # every window gets a LanguageChange and re-texts itself

    # --- the library: tracking, next meeting, numbering -------------------------------------

    def library(self) -> LibraryController:
        """The library (shared by the session's windows)."""
        if self.session is not None:
            return self.session.library()
        if self._own_library is None:
            from gui.qt.library import LibraryController

            self._own_library = LibraryController(
                self.settings.library_folder(), open_windows=lambda: [self], parent=self
            )
            self._own_library.start_refresh()  # in the background
        return self._own_library

    def _number_holders(self, number: int, kind: str, year: int) -> list[str]:
        # Only a library already open (tracking book, next number) is asked: indexing a large
        # folder is not something a key press in the number field should start.
        library = self.session.open_library() if self.session else self._own_library
        if library is None:
            return []
        return library.index.holders_of_number(number, kind, year)

    def show_tracking(self) -> QMainWindow:
        """Open (or raise) the tracking book."""
        if self._tracking is None:
            from gui.qt.tracking import TrackingWindow

            library = self.library()
            window = TrackingWindow(library, parent=self)
            widget = window.tracking
            widget.open_task.connect(self.open_task)
            widget.export_xlsx.clicked.connect(lambda: self._export_report(widget, "xlsx"))
            widget.export_csv.clicked.connect(lambda: self._export_report(widget, "csv"))
            library.write_failed.connect(
                lambda text: self.dialogs.error(self.tr("Không cập nhật được nhiệm vụ"), text)
            )
            self._tracking = window
        self._tracking.show()
        self._tracking.raise_()
        return self._tracking

    def _export_report(self, widget: TrackingWidget, fmt: str) -> None:
        from gui.qt.tracking import default_export_folder

        folder = self.dialogs.choose_folder(
            self.tr("Xuất báo cáo vào thư mục"), default_export_folder(widget.library)
        )
        if not folder:
            return
        try:
            files = widget.export(folder, fmt)
        except RecordFileError as exc:
            self.show_file_error(self.tr("Không xuất được báo cáo"), exc)
            return
        self.statusBar().showMessage(self.tr("Đã xuất %s") % ", ".join(files), 8000)

    def choose_library_folder(self) -> None:
        """Pick the folder of record files that the tracking book follows."""
        folder = self.dialogs.choose_folder(
            self.tr("Thư mục lưu trữ biên bản"), self.settings.library_folder()
        )
        if folder:
            self.settings.set_library_folder(folder)
            self.library().set_folder(folder)

    def open_task(self, path: str, department: int, task: int) -> None:
        """Open a meeting at one of its tasks (from the tracking book)."""
        target = os.path.abspath(path)
        window: MainWindow | None = None
        if self.doc.file_name and os.path.abspath(self.doc.file_name) == target:
            window = self
        elif self.session is not None:
            window = self.session.window_for(target)
            if window is None:
                window = self.session.new_window()
                if not window.open_file(path, ask=False):
                    window.close()
                    return
        elif self.open_file(path):
            window = self
        if window is None:
            return
        window.show()
        window.raise_()
        window.activateWindow()
        window.jump_to(("directives", "departments", department, "tasks", task, "content"))

    def start_next_meeting(self) -> None:
        """Start next period's record from this one (unfinished tasks carried over)."""
        if not self.maybe_save():
            return
        record = next_meeting(self.doc.record)
        self.autosaver.discard()
        self._leave_file()
        self.doc.set_record(record)
        self.doc.undo_stack.resetClean()  # a new, unsaved record
        self._update_title()
        self.tabs.setCurrentIndex(0)

    def take_next_number(self) -> None:
        """Give the document the next free number of its kind and year in the library."""
        h = self.doc.record.header
        year = (h.issue_date or self.doc.record.meeting.date or dt.date.today()).year
        library = self.library()
        library.wait_for_build()
        number = library.index.next_number(h.doc_kind, year)
        self.doc.edit(("header", "number"), number, self.tr("Lấy số văn bản"))
        self.checks.refresh()

    def _ask_autosave_interval(self) -> None:
        seconds = self.dialogs.ask_int(
            self.tr("Tự động lưu"),
            self.tr("Ghi công việc chưa lưu vào bản khôi phục sau mỗi (giây):"),
            self.settings.autosave_interval(),
            5,
            3600,
        )
        if seconds is not None:
            self.settings.set_autosave_interval(seconds)
            self.autosaver.set_interval(seconds)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Giới thiệu Bienban"),
            self.tr(
                "Bienban %s — soạn thông báo kết luận và biên bản cuộc họp "
                "theo Nghị định 30/2020/NĐ-CP."
            )
            % __version__,
        )

    def _quit(self) -> None:
        QApplication.closeAllWindows()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.autosaver.discard()
        self._leave_file()
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        self.settings.sync()
        event.accept()
