"""The main window: the record's form in sections, the preview, the checks, the menus."""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from gui import __version__
from gui.core.kinds import Kind
from gui.core.paths import Path
from gui.core.profile import Profile
from gui.core.record import Authority
from gui.core.recovery import RecoveryEntry
from gui.core.suggestions import Phrase, PhraseKind, profile_phrases, record_phrases
from gui.qt.actions import Actions
from gui.qt.autosave import Autosaver, recovery_folder
from gui.qt.checkspanel import ChecksPanel
from gui.qt.completion import Suggestions
from gui.qt.dialogs import Dialogs, LibraryOffer
from gui.qt.diskwatch import DiskWatcher
from gui.qt.document import RecordDocument
from gui.qt.exportcontroller import ExportController
from gui.qt.fields import FieldBinder
from gui.qt.filecontroller import FileController
from gui.qt.filecontroller import ensure_library_folder as ensure_library_folder
from gui.qt.filecontroller import in_library as in_library
from gui.qt.focus import first_focusable, last_focusable, tab_stop
from gui.qt.issueguard import IssueGuard
from gui.qt.languagecontroller import LanguageController
from gui.qt.literal import window_title
from gui.qt.locking import DocumentLock
from gui.qt.preview import PreviewPane
from gui.qt.profilecontroller import ProfileController
from gui.qt.sections import (
    ClosingSection,
    DirectivesSection,
    HeaderSection,
    MeetingSection,
)
from gui.qt.settings import Settings
from gui.qt.trackingcontroller import TrackingController

if TYPE_CHECKING:  # these load on first use (start-up time), printing included
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from gui.qt.host import Session
    from gui.qt.library import LibraryController
    from gui.qt.outlineeditor import ContentPage
    from gui.qt.tables import TableEditor

SECTION_COUNT = 5

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


def _table_of(widget: QWidget) -> QAbstractItemView | None:
    """The table or list ``widget`` is in (a cell's editor), if any."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractItemView):
        parent = parent.parentWidget()
    return parent


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


class MainWindow(QMainWindow):
    """One record being edited, with its preview and checks."""

    _tabbing = False  # a section is being changed by Tab (see focusNextPrevChild)

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, session: Session | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.session = session
        self.dialogs = Dialogs(self)
        # each concern has its controller; the window keeps the form, the docks, the menus
        self.files = FileController(self)
        self.profiles = ProfileController(self, self.files)
        self.exports = ExportController(self, self.files)
        self.tracking_book = TrackingController(self, self.files)
        self.language = LanguageController(self)
        self.profile = self.profiles.load_current_profile()
        self.doc = RecordDocument(self.profile.new_record(), self)
        self.autosaver = Autosaver(self.doc, recovery_folder(), settings.autosave_interval(), self)
        self.autosaver.source_state = self._source_state
        self.autosaver.pending_edit = self._cell_being_typed
        self.autosaver.failed.connect(self.files.autosave_failed)
        self.autosaver.recovered.connect(self.files.autosave_recovered)
        self.actions = Actions(self, self.doc.undo_stack)
        self._changed_path: Path | None = None  # the last field or list changed (undo shows it)
        self.doc.value_changed.connect(self._note_change)
        self.doc.inserted.connect(self._note_list_change)
        self.doc.removed.connect(self._note_list_change)
        self._retranslate_timer = QTimer(self)
        self._retranslate_timer.setSingleShot(True)
        self._retranslate_timer.setInterval(0)
        self._retranslate_timer.timeout.connect(self.retranslate_ui)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.suggestions = Suggestions(self)
        self._build_form()
        self.tabs.currentChanged.connect(self._tab_shown)
        self._section(0)

        self.preview_dock = self._dock(
            QWidget(), self.tr("Xem trước"), "preview", Qt.DockWidgetArea.RightDockWidgetArea
        )
        self._build_preview()
        self.checks = ChecksPanel(self.doc, self, number_holders=self.tracking_book.number_holders)
        self.checks_dock = self._dock(
            self.checks, self.checks.title(), "checks", Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.checks.set_kind(self.preview.kind().value)
        self._title_checks()
        self.checks.jump_requested.connect(self.jump_to)
        self.library_offer = LibraryOffer(self)
        self.statusBar().addPermanentWidget(self.library_offer)
        self.library_offer.accepted.connect(self.files.add_library_folder)
        self.suggestions.set_source(self._phrases)
        self.doc.reset.connect(self.refresh_suggestions)

        self._build_menus()
        self._connect_actions()
        self.issue_guard = IssueGuard(self)  # ký số: an issued record changes only as a new version
        self.issue_guard.issue_changed.connect(self.update_title)
        # bound methods, not lambdas: Qt drops them with the window, so no call reaches a
        # deleted window while the application shuts down
        self.doc.undo_stack.cleanChanged.connect(self._clean_changed)
        self.doc.file_name_changed.connect(self.update_title)
        self.setAcceptDrops(True)
        self.update_title()
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
        language). Only the current section is built now; each other one when its tab is
        first shown or the section is asked for (start-up time): the binder builds the rest
        before a field lookup."""
        self.binder = FieldBinder(self.doc, self)
        self.binder.build_pending = self.build_sections
        self._sections: list[QWidget | None] = [None] * SECTION_COUNT
        blocked = self.tabs.blockSignals(True)
        for _index in range(SECTION_COUNT):
            self.tabs.addTab(QWidget(), "")
        self.tabs.blockSignals(blocked)
        self._title_tabs()

    def _title_tabs(self) -> None:
        titles = (
            self.tr("Đầu văn bản"),
            self.tr("Cuộc họp"),
            self.tr("Nội dung"),
            self.tr("Chỉ đạo"),
            self.tr("Kết thúc"),
        )
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)

    def _make_section(self, index: int) -> QWidget:
        if index == 0:
            header = HeaderSection(self.binder)
            self._suggest_in(
                (("header", "parent_agency"), PhraseKind.PARENT_AGENCY),
                (("header", "agency"), PhraseKind.AGENCY),
                (("header", "place"), PhraseKind.PLACE),
            )
            return header
        if index == 1:
            meeting = MeetingSection(self.binder, self.doc)
            self._suggest_person(("meeting", "chair"))
            self._suggest_person(("meeting", "secretary"))
            self._suggest_in(
                (("meeting", "name"), PhraseKind.MEETING),
                (("meeting", "location"), PhraseKind.LOCATION),
            )
            self._suggest_cells(meeting.attendees, PhraseKind.PERSON, 1)
            return meeting
        if index == 2:
            # the outline editors and the content fields (these scroll: the window fits 768 px)
            from gui.qt.outlineeditor import ContentPage

            content = ContentPage(
                self.binder, self.doc, self.profile.headings, self.profile.departments
            )
            content.go_to.connect(self.jump_to)
            content.annex_requested.connect(self.exports.annex_for_block)
            self._suggest_cells(content.discussion, PhraseKind.PERSON, None)
            self._suggest_cells(content.progress, PhraseKind.DEPARTMENT, None)
            return content
        if index == 3:
            directives = DirectivesSection(self.binder, self.doc, self.profile.departments)
            for line in (directives.details.lead, directives.details.coordinating):
                self.suggestions.attach(line, PhraseKind.DEPARTMENT, _TypedIn(line).picked)
            self._suggest_cells(directives.departments, PhraseKind.DEPARTMENT, None)
            return directives
        closing = ClosingSection(self.binder, self.authority_labels())
        self._suggest_person(("closing", "signer"))
        recipients = self.binder.built_widget(("closing", "recipients"))
        if isinstance(recipients, QPlainTextEdit):
            self.suggestions.attach_lines(recipients, PhraseKind.RECIPIENT)
        return closing

    def _section(self, index: int) -> QWidget:
        """The section of tab ``index``, built now if it has not been (it takes the place
        of its tab's placeholder)."""
        section = self._sections[index]
        if section is None:
            section = self._sections[index] = self._make_section(index)
            placeholder, title = self.tabs.widget(index), self.tabs.tabText(index)
            current = self.tabs.currentIndex()
            blocked = self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, section, title)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(blocked)
            placeholder.deleteLater()
            if isinstance(section, DirectivesSection):
                section.set_tab_order()  # once in the window: the focus chain is the window's
        return section

    def _tab_shown(self, index: int) -> None:
        if 0 <= index < len(self._sections):
            self._section(index)

    def build_sections(self) -> None:
        """Build every section not built yet (before a lookup of any field)."""
        for index in range(len(self._sections)):
            self._section(index)

    @property
    def header_section(self) -> HeaderSection:
        return self._section(0)  # type: ignore[return-value]

    @property
    def meeting_section(self) -> MeetingSection:
        return self._section(1)  # type: ignore[return-value]

    @property
    def content_section(self) -> ContentPage:
        return self._section(2)  # type: ignore[return-value]

    @property
    def directives_section(self) -> DirectivesSection:
        return self._section(3)  # type: ignore[return-value]

    @property
    def closing_section(self) -> ClosingSection:
        return self._section(4)  # type: ignore[return-value]

    def _build_preview(self) -> None:
        self.preview = PreviewPane(
            self.doc, self.settings.preview_kind(), self.settings.preview_mode(), self
        )
        self.preview_dock.setWidget(self.preview)
        self.preview.kind_box.currentIndexChanged.connect(self._preview_kind_changed)
        self.preview.mode_box.currentIndexChanged.connect(self._preview_mode_changed)

    def _preview_kind_changed(self, _index: int) -> None:
        self.settings.set_preview_kind(self.preview.kind().value)
        self.checks.set_kind(self.preview.kind().value)  # the checks follow the document shown
        self._title_checks()

    def _title_checks(self) -> None:
        """The checks dock names the document it checks; its View menu entry stays put."""
        self.checks_dock.setWindowTitle(self.checks.title())
        self.checks_dock.toggleViewAction().setText(self.tr("Khung &kiểm tra"))

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
        # the department and task shown, when the directives were built: shown again after
        built = self._sections[3]
        chosen = (
            (built.departments.current_row(), built.tasks.current_row())
            if isinstance(built, DirectivesSection)
            else None
        )
        pages = _pages_shown(self._sections[current])  # Nội dung's page (and its pages)
        old_binder = self.binder
        old_binder.detach()
        blocked = self.tabs.blockSignals(True)  # no section is built while they go
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            page.deleteLater()
        self.tabs.blockSignals(blocked)
        old_binder.deleteLater()
        self._build_form()
        self.tabs.setCurrentIndex(current)
        _show_pages(self._section(current), pages)
        if chosen is not None and chosen[0] >= 0:
            self.directives_section.select_task(chosen[0], max(chosen[1], 0), "content", False)
        old_preview = self.preview
        self._build_preview()
        old_preview.deleteLater()
        self.actions.retranslate_ui()
        # the docks' titles first: a new title re-texts the dock's action in the View menu
        self.preview_dock.setWindowTitle(self.tr("Xem trước"))
        self._title_checks()
        self.menuBar().clear()
        self._build_menus()
        self.issue_guard.retranslate_ui()
        self.tracking_book.retranslate_ui()
        self.checks.refresh()
        self.library_offer.retranslate_ui()
        self.update_title()
        if focus_path is not None and (widget := self.binder.widget_for(focus_path)):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _source_state(self) -> tuple[int, int] | None:
        """(size, mtime_ns) of the open file as loaded or last saved (None: not known)."""
        known = self.files.disk.known
        return (known[0], known[1]) if known else None

    def _focused_path(self) -> Path | None:
        focused = QApplication.focusWidget()
        return self.binder.path_of(focused) if focused is not None else None

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
            Authority.TM_KT: self.tr("TM. … / KT. … — thay mặt tập thể, cấp phó ký thay"),
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
        a.export_menu.addAction(a.export_annex)
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
        view_menu.addAction(self.checks_dock.toggleViewAction())  # named by _title_checks
        view_menu.addSeparator()
        for go in a.go_sections:
            view_menu.addAction(go)
        self.preview_toggle = preview_toggle
        profile_menu = bar.addMenu(self.tr("&Hồ sơ"))
        profile_menu.addMenu(a.profile_menu)
        profile_menu.addAction(a.profile_edit)
        profile_menu.addAction(a.profile_open)
        lang_menu = bar.addMenu(self.tr("&Ngôn ngữ"))
        lang_menu.addAction(a.lang_vi)
        lang_menu.addAction(a.lang_en)
        (a.lang_en if self.settings.language() == "en" else a.lang_vi).setChecked(True)
        track_menu = bar.addMenu(self.tr("Theo &dõi"))
        track_menu.addAction(a.tracking_open)
        track_menu.addAction(a.tracking_folder)
        track_menu.addSeparator()
        track_menu.addAction(a.next_meeting)
        track_menu.addAction(a.next_number)
        help_menu = bar.addMenu(self.tr("Trợ &giúp"))
        help_menu.addAction(a.help_about)

    def _connect_actions(self) -> None:
        a = self.actions
        a.edit_undo.triggered.connect(self._show_undone)  # after the stack's own undo
        a.edit_redo.triggered.connect(self._show_redone)
        a.file_new.triggered.connect(self.files.new_file)
        a.file_open.triggered.connect(self.files.open_dialog)
        a.file_import.triggered.connect(self.files.import_dialog)
        a.file_save.triggered.connect(self.files.save)
        a.file_save_as.triggered.connect(self.files.save_as)
        a.file_close.triggered.connect(self.close)
        a.file_print.triggered.connect(self.exports.print_document)
        a.file_print_preview.triggered.connect(self.exports.print_preview)
        a.export_notice.triggered.connect(lambda: self.exports.export_dialog(Kind.NOTICE))
        a.export_minutes.triggered.connect(lambda: self.exports.export_dialog(Kind.MINUTES))
        a.export_news.triggered.connect(lambda: self.exports.export_dialog(Kind.NEWS))
        a.export_annex.triggered.connect(self.exports.export_annex)
        a.file_quit.triggered.connect(self._quit)
        a.recent_menu.aboutToShow.connect(self.files.fill_recent_menu)
        a.profile_menu.aboutToShow.connect(self.profiles.fill_profile_menu)
        a.profile_edit.triggered.connect(self.profiles.edit_profile)
        a.profile_open.triggered.connect(self.profiles.open_profile_dialog)
        a.language_group.triggered.connect(self.language.set_language)
        a.help_about.triggered.connect(self._about)
        a.autosave_interval.triggered.connect(self.files.ask_autosave_interval)
        a.tracking_open.triggered.connect(self.tracking_book.show_tracking)
        a.tracking_folder.triggered.connect(self.tracking_book.choose_library_folder)
        a.next_meeting.triggered.connect(self.tracking_book.start_next_meeting)
        a.next_number.triggered.connect(self.tracking_book.take_next_number)
        a.file_sign.triggered.connect(self.exports.sign_dialog)
        for index, go in enumerate(a.go_sections):
            go.triggered.connect(functools.partial(self.show_section, index))

    # --- suggestions while typing -----------------------------------------------------------

    def _suggest_in(self, *fields: tuple[Path, PhraseKind]) -> None:
        for path, kind in fields:
            line = self.binder.built_widget(path)
            if isinstance(line, QLineEdit):
                self.suggestions.attach(line, kind, _Pick(self.doc, path, None).picked)

    def _suggest_person(self, person: Path) -> None:
        """A person's name completed from the people known; choosing one fills the position."""
        path, position = (*person, "name"), (*person, "position")
        line = self.binder.built_widget(path)
        if isinstance(line, QLineEdit):
            self.suggestions.attach(line, PhraseKind.PERSON, _Pick(self.doc, path, position).picked)

    def _suggest_cells(self, table: TableEditor, kind: PhraseKind, detail: int | None) -> None:
        """The first column of ``table`` completed (a person's position into ``detail``)."""
        delegate = table.view.itemDelegate()
        delegate.suggest[0] = (self.suggestions.models[kind], detail)  # type: ignore[attr-defined]

    def refresh_suggestions(self) -> None:
        """Reload the suggestions when next needed: the profile, the library index as last
        built, this record."""
        self.suggestions.invalidate()

    def _phrases(self) -> list[Phrase]:
        from gui.core.library import indexed_phrases
        from gui.qt.library import index_path

        return [
            *profile_phrases(self.profile),
            *indexed_phrases(index_path()),
            *record_phrases(self.doc.record),
        ]

    # --- the title -------------------------------------------------------------------------

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def update_title(self, *_args: object) -> None:
        name = (
            os.path.basename(self.doc.file_name) if self.doc.file_name else self.tr("Chưa đặt tên")
        )
        if self.read_only:
            name += " " + self.tr("[chỉ đọc]")
        issue = self.doc.record.issue
        if issue is not None:
            name += " " + self.tr("[đã ký số %s]") % (issue.number or issue.file)
        self.setWindowTitle(f"{window_title(name)}[*] — Bienban")
        self.setWindowModified(self.doc.is_modified())

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

    def show_section(self, index: int) -> None:
        """Ctrl+1 … Ctrl+5: show a section of the form, the cursor in its first field."""
        section = self._section(index)
        self.tabs.setCurrentIndex(index)
        first = getattr(section, "first_field", None)
        target = first() if first is not None else first_focusable(section)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab from the last field of a page of tabs (a section of the form, or a page inside
        one, as *Nội dung*'s) goes on to the next page's first field, and Shift+Tab from its
        first field back to the previous page's last one, as down a paper form; past the last
        section, and outside the form, Qt's order goes on (the preview, the checks)."""
        focus = QApplication.focusWidget()
        if self._tabbing or focus is None or not focus.isVisible():
            return super().focusNextPrevChild(next)  # Qt moving the focus off a hidden page
        stop = tab_stop(focus, next)
        step = 1 if next else -1
        holder = focus.parentWidget()
        while holder is not None and holder is not self:  # the innermost pages first
            page = holder.currentWidget() if isinstance(holder, QTabWidget) else None
            index = holder.currentIndex() + step if page is not None else -1
            if (
                page is not None
                and self.tabs.isAncestorOf(holder)
                and page.isAncestorOf(focus)
                and (stop is page or not page.isAncestorOf(stop))  # Qt: its own ancestor
                and 0 <= index < holder.count()
            ):
                self._turn_page(holder, index, next)
                return True
            holder = holder.parentWidget()
        return super().focusNextPrevChild(next)

    def _turn_page(self, tabs: QTabWidget, index: int, forward: bool) -> None:
        """Show page ``index`` of ``tabs``, the cursor in its first field (``forward``) or in
        its last one."""
        self._tabbing = True
        try:
            if tabs is self.tabs and forward:
                self.show_section(index)
                return
            page = self._section(index) if tabs is self.tabs else tabs.widget(index)
            tabs.setCurrentIndex(index)
            if isinstance(page, QTabWidget):  # pages in the page: its first, or its last
                page.setCurrentIndex(0 if forward else page.count() - 1)
            target = first_focusable(page) if forward else last_focusable(page)
            if target is not None:
                reason = (
                    Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
                )
                target.setFocus(reason)
        finally:
            self._tabbing = False

    def commit_pending_edit(self) -> bool:
        """Take what is being typed and not taken yet (a date until Tab or Enter, a table
        cell being edited): saving, closing, exporting and printing take the document as it
        is shown. The field loses the focus (a date reads its text, a cell's editor commits)
        and gets it back (a cell: its table).

        A date or time left as text that does not read keeps the record's value: the user is
        told before going on and may go back to the field. True to go on."""
        from gui.qt.dateedit import TypedEdit

        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            return self._unread_text_kept(None)
        view = _table_of(focus)
        # a date cell would close without text that does not read: asked first, with the
        # form's such fields, while the cell is still open
        unread_cell = (
            view is not None and isinstance(focus, TypedEdit) and not focus.accept_text(False)
        )
        if unread_cell and not self._unread_text_kept(focus):
            return False
        focus.clearFocus()
        back = focus if focus.isVisible() else view
        if back is not None and back.isVisible():
            back.setFocus(Qt.FocusReason.OtherFocusReason)
        return unread_cell or self._unread_text_kept(None)

    def _cell_being_typed(self) -> tuple[Path, object] | None:
        """The text cell whose editor is open in this window, and its text as the record
        will take it (the autosave writes it before the cell closes)."""
        editor = QApplication.focusWidget()
        if not isinstance(editor, QLineEdit) or not self.isAncestorOf(editor):
            return None
        view = _table_of(editor)
        if view is None or view.state() != QAbstractItemView.State.EditingState:
            return None
        typed_value = getattr(view.model(), "typed_value", None)  # the record's tables
        if typed_value is None:
            return None
        pending: tuple[Path, object] | None = typed_value(view.currentIndex(), editor.text())
        return pending

    def _unread_text_kept(self, cell: QWidget | None) -> bool:
        """Ask before going on with dates or times that do not read (``cell``: a table's date
        cell being typed, named first). True to go on."""
        from gui.qt.dateedit import TypedEdit, problem_text
        from gui.qt.outlineeditor import reveal

        # every date or time of the window, the form's and the task details' (a table cell's
        # editor other than ``cell`` is closing)
        unread = [
            f
            for f in self.findChildren(TypedEdit)
            if f.problem() is not None and _table_of(f) is None
        ]
        unread.sort(key=self._form_order)
        if isinstance(cell, TypedEdit):
            unread.insert(0, cell)
        if not unread:
            return True
        lines = []
        for field in unread:
            problem = field.problem()
            why = problem_text(problem) if problem is not None else ""
            said = (field.accessibleName(), field.text(), why)
            kept = field.format(field.value())
            lines.append(
                self.tr("«%s»: «%s» không dùng được: %s Văn bản vẫn giữ «%s».") % (*said, kept)
                if kept
                else self.tr("«%s»: «%s» không dùng được: %s Văn bản để trống ô này.") % said
            )
        if self.dialogs.go_on_or_back(
            self.tr("Có ô chưa dùng được"),
            "\n".join(lines),
            self.tr("Vẫn tiếp tục"),
            self.tr("Sửa lại"),
        ):
            return True
        self.raise_()  # asked from another window (the tracking book): the field is here
        self.activateWindow()
        first = unread[0]
        path = self.binder.path_of(first)
        if first is cell:  # back to the cell, still open
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        elif path is not None:
            self.jump_to(path)
        else:  # the task details below the tasks table
            section = self._section_of(first)
            if section is not None:
                self.tabs.setCurrentWidget(section)
            reveal(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def _form_order(self, widget: QWidget) -> tuple[int, int, int]:
        """Where ``widget`` is in the form: its section, then down and across the page."""
        section = self._section_of(widget)
        if section is None:
            return (len(self._sections), 0, 0)
        at = widget.mapTo(section, QPoint(0, 0))
        return (self.tabs.indexOf(section), at.y(), at.x())

    def _section_of(self, widget: QWidget) -> QWidget | None:
        for section in self._sections:
            if section is not None and section.isAncestorOf(widget):
                return section
        return None

    def _note_change(self, path: Path) -> None:
        self._changed_path = tuple(path)

    def _note_list_change(self, list_path: Path, _index: int) -> None:
        self._changed_path = tuple(list_path)

    def _show_undone(self) -> None:
        self._show_step(redo=False)

    def _show_redone(self) -> None:
        self._show_step(redo=True)

    def _show_step(self, redo: bool) -> None:
        """After an undo or redo: say what it changed and, when that is in another section
        than the one shown, go there, as an editor shows the text it changes back."""
        path, self._changed_path = self._changed_path, None
        if not path:
            return
        stack = self.doc.undo_stack
        tab = TAB_OF.get(str(path[0]), 0)
        what = stack.text(stack.index() - 1 if redo else stack.index()) or (
            self.tabs.tabText(tab).replace("&", "")
        )
        done = self.tr("Đã làm lại: %s") if redo else self.tr("Đã hoàn tác: %s")
        self.statusBar().showMessage(done % what, 5000)
        if tab != self.tabs.currentIndex():
            self.jump_to(path)

    def jump_to(self, path: Path) -> None:
        """Show and focus the widget that edits ``path`` (from the checks panel)."""
        self.tabs.setCurrentIndex(TAB_OF.get(str(path[0]), 0))
        if path[:2] == ("directives", "departments") and len(path) >= 4:
            department = int(path[2])
            if path[3] == "tasks" and len(path) >= 6:
                self.directives_section.select_task(department, int(path[4]), str(path[5]))
            else:
                self.directives_section.select_task(department, -1, "name")
            return
        if path[:2] == ("meeting", "attendees") and len(path) == 4:  # an attendee's cell
            attendees = self.meeting_section.attendees
            attendees.select(int(path[2]), attendees.model.column_of(str(path[3])))
            attendees.view.setFocus(Qt.FocusReason.OtherFocusReason)
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
            from gui.qt.outlineeditor import reveal

            reveal(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the controllers' state and entry points that tests and other modules use ----------

    @property
    def lock(self) -> DocumentLock:
        """The open file's lock (``FileController``)."""
        return self.files.lock

    @property
    def disk(self) -> DiskWatcher:
        """The watch on the open file (``FileController``)."""
        return self.files.disk

    @property
    def read_only(self) -> bool:
        """Whether the open file is only read (saving asks for another file)."""
        return self.files.read_only

    @property
    def _tracking(self) -> QMainWindow | None:
        return self.tracking_book._tracking

    @_tracking.setter
    def _tracking(self, window: QMainWindow | None) -> None:
        self.tracking_book._tracking = window

    def open_file(self, file_name: str, ask: bool = True) -> bool:
        """Open ``file_name`` (see ``FileController.open_file``)."""
        return self.files.open_file(file_name, ask)

    def save(self) -> bool:
        """Save to the current file (or ask for one)."""
        return self.files.save()

    def save_as(self) -> bool:
        """Ask for a file name and save."""
        return self.files.save_as()

    def import_dialog(self) -> None:
        """Ask for an old notice or minutes and import it."""
        self.files.import_dialog()

    def restore(self, entry: RecoveryEntry) -> None:
        """Open what a crash left in a recovery file, as unsaved work."""
        self.files.restore(entry)

    def save_user_profile(self, profile: Profile) -> str:
        """Save ``profile`` in the user's profile folder and make it current."""
        return self.profiles.save_user_profile(profile)

    def export_dialog(self, kind: Kind) -> bool:
        """Ask where (and in which format) to export ``kind``, then write it."""
        return self.exports.export_dialog(kind)

    def print_to(self, printer: QPrinter) -> int:
        """Paint the previewed kind of document on ``printer``; return the page count."""
        return self.exports.print_to(printer)

    def print_preview_dialog(self) -> QPrintPreviewDialog:
        """The print preview dialog for the previewed kind of document (not yet shown)."""
        return self.exports.print_preview_dialog()

    def sign_dialog(self, chooser: object = None) -> bool:
        """File → Ký số …"""
        return self.exports.sign_dialog(chooser)

    def library(self) -> LibraryController:
        """The library (shared by the session's windows)."""
        return self.tracking_book.library()

    def show_tracking(self) -> QMainWindow:
        """Open (or raise) the tracking book."""
        return self.tracking_book.show_tracking()

    # --- about, closing --------------------------------------------------------------------

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

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
        if not self.files.maybe_save():
            event.ignore()
            return
        self.autosaver.discard()
        self.files.leave_file()
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        self.settings.sync()
        event.accept()


def _pages_shown(section: QWidget | None) -> list[int]:
    """The page shown of each page-of-tabs in ``section`` (Nội dung's), outermost first."""
    if section is None:
        return []
    tabs = [section] if isinstance(section, QTabWidget) else []
    tabs += section.findChildren(QTabWidget)
    return [t.currentIndex() for t in tabs]


def _show_pages(section: QWidget, pages: list[int]) -> None:
    """Show again the pages ``_pages_shown`` gave, in a section built anew."""
    tabs = [section] if isinstance(section, QTabWidget) else []
    tabs += section.findChildren(QTabWidget)
    if len(tabs) == len(pages):
        for t, index in zip(tabs, pages, strict=True):
            t.setCurrentIndex(index)
