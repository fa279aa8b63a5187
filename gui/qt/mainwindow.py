"""The main window: the record's form in sections, the preview, the checks, the menus."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path as FsPath
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from gui import __version__
from gui.core.compose import Kind, compose
from gui.core.errors import Problem, RecordFileError
from gui.core.exporting import Format, export, output_path
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
from gui.core.tracking import next_meeting, slug
from gui.qt.actions import Actions
from gui.qt.autosave import Autosaver, recovery_folder
from gui.qt.checkspanel import ChecksPanel
from gui.qt.dialogs import Dialogs, SaveChoice
from gui.qt.diskwatch import DiskWatcher
from gui.qt.document import RecordDocument
from gui.qt.fields import FieldBinder
from gui.qt.locking import DocumentLock, LockState
from gui.qt.preview import PreviewPane
from gui.qt.sections import (
    ClosingSection,
    ContentSection,
    DirectivesSection,
    HeaderSection,
    MeetingSection,
)
from gui.qt.settings import Settings

if TYPE_CHECKING:  # these load on first use (start-up time), printing included
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from gui.qt.app import Session
    from gui.qt.library import LibraryController
    from gui.qt.tracking import TrackingWidget

TAB_OF = {
    "header": 0,
    "meeting": 1,
    "content": 2,
    "progress": 2,
    "directives": 3,
    "closing": 4,
    "news": 4,
}


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
        self.binder = FieldBinder(self.doc, self)
        self.actions = Actions(self, self.doc.undo_stack)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        # A section is built when its tab is first shown or the section is asked for (the
        # properties below; the binder asks for all before a field lookup): start-up time.
        self._section_makers = (
            lambda: HeaderSection(self.binder),
            lambda: MeetingSection(self.binder, self.doc),
            lambda: ContentSection(self.binder, self.doc),
            lambda: DirectivesSection(self.binder, self.doc, self.profile.departments),
            lambda: ClosingSection(self.binder, self.authority_labels()),
        )
        self._sections: list[QWidget | None] = [None] * len(self._section_makers)
        for title in (
            self.tr("Đầu văn bản"),
            self.tr("Cuộc họp"),
            self.tr("Nội dung"),
            self.tr("Chỉ đạo"),
            self.tr("Kết thúc"),
        ):
            self.tabs.addTab(QWidget(), title)
        self._section(0)
        self.tabs.currentChanged.connect(self._section)
        self.binder.build_pending = self.build_sections
        self.setCentralWidget(self.tabs)

        self.preview = PreviewPane(self.doc, settings.preview_kind(), settings.preview_mode(), self)
        self.preview_dock = self._dock(
            self.preview, self.tr("Xem trước"), "preview", Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.checks = ChecksPanel(self.doc, self, number_holders=self._number_holders)
        self.checks_dock = self._dock(
            self.checks, self.tr("Kiểm tra"), "checks", Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.checks.jump_requested.connect(self.jump_to)
        self.preview.kind_box.currentIndexChanged.connect(
            lambda _i: settings.set_preview_kind(self.preview.kind().value)
        )
        self.preview.mode_box.currentIndexChanged.connect(
            lambda _i: settings.set_preview_mode(self.preview.mode())
        )

        self._build_menus()
        self._connect_actions()
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

    @property
    def header_section(self) -> HeaderSection:
        return self._section(0)  # type: ignore[return-value]

    @property
    def meeting_section(self) -> MeetingSection:
        return self._section(1)  # type: ignore[return-value]

    @property
    def content_section(self) -> ContentSection:
        return self._section(2)  # type: ignore[return-value]

    @property
    def directives_section(self) -> DirectivesSection:
        return self._section(3)  # type: ignore[return-value]

    @property
    def closing_section(self) -> ClosingSection:
        return self._section(4)  # type: ignore[return-value]

    def _section(self, index: int) -> QWidget:
        """The section of tab ``index``, built now if it has not been (it replaces its
        tab's placeholder)."""
        section = self._sections[index]
        if section is None:
            section = self._sections[index] = self._section_makers[index]()
            placeholder, title = self.tabs.widget(index), self.tabs.tabText(index)
            current = self.tabs.currentIndex()
            blocked = self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, section, title)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(blocked)
            placeholder.deleteLater()
        return section

    def build_sections(self) -> None:
        """Build every section not built yet."""
        for index in range(len(self._sections)):
            self._section(index)

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

    # --- title and files -------------------------------------------------------------------

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _update_title(self, *_args: object) -> None:
        name = (
            os.path.basename(self.doc.file_name) if self.doc.file_name else self.tr("Chưa đặt tên")
        )
        if self.read_only:
            name += " " + self.tr("[chỉ đọc]")
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
        read_only = False
        state, holder = self.lock.acquire(file_name)
        if state is LockState.HELD:
            who = (
                self.tr("tiến trình %d trên máy %s") % (holder.pid, holder.host)
                if holder
                else self.tr("một người khác")
            )
            if not self.dialogs.ask_open_read_only(
                self.tr("Tệp đang được mở"),
                self.tr(
                    "«%s» đang được mở để sửa bởi %s.\n\nMở chỉ để đọc (lưu thành tệp "
                    "khác), hoặc hủy?"
                )
                % (os.path.basename(file_name), who),
            ):
                return False
            read_only = True
        elif state is LockState.FAILED:
            read_only = True  # e.g. a read-only folder: no lock file can be made
        self.autosaver.discard()
        if read_only:
            self.lock.release()
        self.read_only = read_only
        self.doc.set_record(record, file_name)
        self.disk.watch(file_name)
        self._update_title()
        self._remember(file_name)
        return True

    def _leave_file(self) -> None:
        """Forget the current file: its lock, its watch, read-only mode."""
        self.lock.release()
        self.disk.stop()
        self.read_only = False

    def save(self) -> bool:
        """Save to the current file (or ask for one)."""
        if not self.doc.file_name or self.read_only:
            return self.save_as()
        return self._save_to(self.doc.file_name)

    def save_as(self) -> bool:
        """Ask for a file name and save there."""
        suggested = self.doc.file_name or os.path.join(
            self.settings.last_folder() or os.path.expanduser("~"), self._suggested_name() + SUFFIX
        )
        name = self.dialogs.save_file(self.tr("Lưu biên bản"), suggested, self._filters())
        if not name:
            return False
        if not name.endswith((".json",)):
            name += SUFFIX
        return self._save_to(name)

    def _suggested_name(self) -> str:
        return slug(self.doc.record.meeting.name, "bien-ban")

    def _save_to(self, name: str) -> bool:
        """Save atomically; never silently over a newer version on disk or a locked file."""
        same_file = os.path.abspath(name) == os.path.abspath(self.doc.file_name or "")
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
        if not same_file or not self.lock.is_locked():
            state, _holder = self.lock.acquire(name)
            if state is LockState.HELD:
                self.dialogs.error(
                    self.tr("Không lưu được tệp"),
                    self.tr("«%s» đang được mở bởi người khác; hãy lưu thành tệp khác.") % name,
                )
                return False
        try:
            self.doc.save(name)
        except RecordFileError as exc:
            self.show_file_error(self.tr("Không lưu được tệp"), exc)
            return False
        self.read_only = False
        self.disk.watch(name)
        self._update_title()
        self._remember(name)
        self.statusBar().showMessage(self.tr("Đã lưu %s") % name, 5000)
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
        widget = self.binder.widget_for(path)
        if widget is not None:
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
        source = self.doc.file_name or os.path.join(
            self.settings.last_folder() or os.path.expanduser("~"), self._suggested_name() + SUFFIX
        )
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

    def _set_language(self, action: object) -> None:
        code = self.actions.language_group.checkedAction().data()
        if code != self.settings.language():
            self.settings.set_language(str(code))
            self.dialogs.info(
                self.tr("Ngôn ngữ"),
                self.tr("Ngôn ngữ mới sẽ được dùng từ lần mở Bienban tiếp theo."),
            )

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
            self._own_library.refresh()
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
            from gui.qt.tracking import TrackingWidget

            library = self.library()
            window = QMainWindow(self)
            window.setWindowTitle(self.tr("Sổ theo dõi nhiệm vụ — Bienban"))
            widget = TrackingWidget(library, parent=window)
            window.setCentralWidget(widget)
            edit = window.menuBar().addMenu(self.tr("&Sửa"))
            undo = library.undo_stack.createUndoAction(window, self.tr("Hoàn tác"))
            undo.setShortcuts(QKeySequence.StandardKey.Undo)
            redo = library.undo_stack.createRedoAction(window, self.tr("Làm lại"))
            redo.setShortcuts(QKeySequence.StandardKey.Redo)
            edit.addAction(undo)
            edit.addAction(redo)
            refresh = window.menuBar().addAction(self.tr("&Làm mới"))
            refresh.setShortcut(QKeySequence.StandardKey.Refresh)
            refresh.triggered.connect(library.refresh)
            widget.open_task.connect(self.open_task)
            widget.export_xlsx.clicked.connect(lambda: self._export_report(widget, "xlsx"))
            widget.export_csv.clicked.connect(lambda: self._export_report(widget, "csv"))
            library.write_failed.connect(
                lambda text: self.dialogs.error(self.tr("Không cập nhật được nhiệm vụ"), text)
            )
            window.resize(1200, 700)
            window.tracking = widget  # type: ignore[attr-defined]
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
        number = self.library().index.next_number(h.doc_kind, year)
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
