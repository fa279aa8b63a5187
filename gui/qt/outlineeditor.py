"""The Nội dung section: each document's outline and settings, and the meeting's content.

``OutlineEditor`` is the outline of one document as a tree (sections with their blocks and
sub-sections) with buttons, keyboard shortcuts and drag and drop to add, remove, reorder,
indent and outdent, and beside it the editor of the selected section or block.
``ContentPage`` is the whole tab: the notice, the minutes, and the fields the bound blocks
take their content from.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gui.core.paths import Path
from gui.core.record import Block, BlockKind, Section
from gui.qt.blockeditors import (
    AttendeesEditor,
    BoundEditor,
    EntryEditor,
    OpeningEditor,
    ParagraphsEditor,
    SectionEditor,
    SpeechesEditor,
    TableBlockEditor,
    TasksEditor,
)
from gui.qt.docsettings import DocumentSettingsForm
from gui.qt.document import RecordDocument
from gui.qt.fields import FieldBinder
from gui.qt.focus import first_focusable
from gui.qt.outlinemodel import OutlineModel, block_kind_labels
from gui.qt.sections import ContentSection
from gui.qt.tables import action_button


def reveal(widget: QWidget) -> None:
    """Make the tab and stack pages holding ``widget`` current, from the inside out."""
    child: QWidget | None = widget
    while child is not None:
        parent = child.parentWidget()
        if isinstance(parent, QStackedWidget):
            tabs = parent.parentWidget()
            if isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0:
                tabs.setCurrentWidget(child)
            else:
                parent.setCurrentWidget(child)
        elif isinstance(parent, QScrollArea) and parent.widget() is not child:
            parent.ensureWidgetVisible(child)
        child = parent


# Blocks offered by "Thêm khối", in the order of the menu.
ADDABLE = [
    BlockKind.PARAGRAPHS,
    BlockKind.TASKS,
    BlockKind.TABLE,
    BlockKind.SPEECHES,
    BlockKind.ATTENDEES,
    BlockKind.OPENING,
    BlockKind.PROGRESS,
    BlockKind.ASSESSMENT,
    BlockKind.GENERAL,
    BlockKind.DEPARTMENTS,
    BlockKind.DISCUSSION,
    BlockKind.MEETING_FACTS,
    BlockKind.CONCLUSIONS,
    BlockKind.MEETING_END,
]


def new_block(kind: BlockKind) -> Block:
    """A new block of ``kind``: a table starts with a header row and a row, two columns."""
    if kind is BlockKind.TABLE:
        return Block(kind, rows=[["", ""], ["", ""]])
    return Block(kind)


class OutlineTree(QTreeView):
    """The outline as a tree: drag to reorder or move into another section, F2 renames."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setWordWrap(True)
        self.setUniformRowHeights(False)


class OutlineEditor(QWidget):
    """The outline of one document and the editor of the selected section or block.

    Signals:
        go_to(path): the user asked to edit where a bound block's content comes from.
        annex_requested(path): the user asked to issue the table or tasks block at ``path``
            as an annex (Phụ lục) in its own file.
    """

    go_to = Signal(tuple)
    annex_requested = Signal(tuple)

    def __init__(
        self,
        doc: RecordDocument,
        name: str,
        headings: Callable[[], list[str]],
        departments: Callable[[], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = OutlineModel(doc, name, self)
        self.view = OutlineTree(self)
        self.view.setModel(self.model)
        self.view.setObjectName(f"outline_{name}")
        self.view.setAccessibleName(
            self.tr("Bố cục biên bản") if name == "minutes" else self.tr("Bố cục thông báo")
        )
        self.view.expandAll()

        self.add_section_button = self._button(
            self.tr("+ Mục"), self.tr("Thêm mục sau mục đang chọn (Ctrl+Ins)"), "Ctrl+Ins",
            self.add_section,
        )  # fmt: skip
        self.add_child_button = self._button(
            self.tr("+ Mục con"), self.tr("Thêm mục con (Ctrl+Shift+Ins)"), "Ctrl+Shift+Ins",
            self.add_child_section,
        )  # fmt: skip
        self.add_block_menu = QMenu(self)
        for kind, label in block_kind_labels().items():
            if kind in ADDABLE:
                action = self.add_block_menu.addAction(label)
                action.setData(kind.value)
        self.add_block_menu.triggered.connect(
            lambda action: self.add_block(BlockKind(action.data()))
        )
        self.add_block_button = self._button(
            self.tr("+ Khối"), self.tr("Thêm khối nội dung (Ctrl+B)"), "Ctrl+B", self._block_menu
        )
        self.remove_button = self._button(
            "−", self.tr("Xóa mục hoặc khối (Ctrl+Del)"), "Ctrl+Del", self.remove
        )
        self.up_button = self._button(
            "↑", self.tr("Chuyển lên (Ctrl+Shift+Up)"), "Ctrl+Shift+Up", self.move_up
        )
        self.down_button = self._button(
            "↓", self.tr("Chuyển xuống (Ctrl+Shift+Down)"), "Ctrl+Shift+Down", self.move_down
        )
        self.outdent_button = self._button(
            "←", self.tr("Lùi ra một cấp (Ctrl+Shift+Left)"), "Ctrl+Shift+Left", self.outdent
        )
        self.indent_button = self._button(
            "→", self.tr("Thụt vào một cấp (Ctrl+Shift+Right)"), "Ctrl+Shift+Right", self.indent
        )
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove)
        buttons = QHBoxLayout()
        for b in (
            self.add_section_button,
            self.add_child_button,
            self.add_block_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.outdent_button,
            self.indent_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.section_editor = SectionEditor(self.model, headings)
        self.paragraphs_editor = ParagraphsEditor(self.model)
        self.tasks_editor = TasksEditor(self.model, departments)
        self.table_editor = TableBlockEditor(self.model)
        self.speeches_editor = SpeechesEditor(self.model)
        self.attendees_editor = AttendeesEditor(self.model)
        self.opening_editor = OpeningEditor(self.model)
        self.bound_editor = BoundEditor(self.model)
        self.nothing = QLabel(self.tr("Chọn một mục hoặc khối trong bố cục để sửa."))
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.editors = QStackedWidget()
        self.editors.addWidget(self.nothing)
        self._editor_of: dict[BlockKind | None, EntryEditor] = {
            None: self.section_editor,
            BlockKind.PARAGRAPHS: self.paragraphs_editor,
            BlockKind.TASKS: self.tasks_editor,
            BlockKind.TABLE: self.table_editor,
            BlockKind.SPEECHES: self.speeches_editor,
            BlockKind.ATTENDEES: self.attendees_editor,
            BlockKind.OPENING: self.opening_editor,
        }
        for editor in {*self._editor_of.values(), self.bound_editor}:
            self.editors.addWidget(editor)
        for editor in (self.attendees_editor, self.opening_editor, self.bound_editor):
            editor.go_to.connect(self.go_to)

        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addLayout(buttons)
        tl.addWidget(self.view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.editors)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 300])  # the outline as tall as the editor beside it
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.annex_action = QAction(self.tr("Xuất thành phụ lục…"), self)
        self.annex_action.triggered.connect(self.request_annex)
        self.context_menu = QMenu(self)
        self.context_menu.addAction(self.annex_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.model.placed.connect(self.select_path)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.rowsMoved):
            signal.connect(self._structure_changed)
        self.model.modelReset.connect(self._structure_changed)
        self.model.dataChanged.connect(self._data_changed)  # a block replaced by another kind
        self._shown: EntryEditor | None = None
        self._show_current()

    def _button(self, text: str, tip: str, keys: str, slot: Callable[[], Any]) -> QToolButton:
        return action_button(self, self.view, text, tip, keys, slot)

    # --- selection and the editor beside -------------------------------------------------

    def current(self) -> QModelIndex:
        """The selected section or block (invalid: none)."""
        return self.view.currentIndex()

    def select_path(self, path: tuple[Any, ...]) -> None:
        """Select (and show) the section or block at ``path``."""
        index = self.model.index_for(tuple(path))
        if index.isValid():
            self.view.expandAll()
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_current()

    def _data_changed(self, *_args: object) -> None:
        block = self.model.block(self.current())
        if (
            block is not None
            and self._editor_of.get(block.kind, self.bound_editor) is not self._shown
        ):
            self._show_current()

    def _structure_changed(self, *_args: object) -> None:
        self.view.expandAll()
        self._show_current()

    def _show_current(self) -> None:
        index = self.current()
        editor: EntryEditor | None = None
        path: Path | None = None
        if index.isValid():
            path = self.model.path(index)
            block = self.model.block(index)
            kind = None if block is None else block.kind
            editor = self._editor_of.get(kind, self.bound_editor)
        if self._shown is not None and self._shown is not editor:
            self._shown.show_entry(None)
        self._shown = editor
        if editor is None:
            self.editors.setCurrentWidget(self.nothing)
            return
        if editor.path != path:
            editor.show_entry(path)
        self.editors.setCurrentWidget(editor)

    def editor(self) -> QWidget:
        """The editor shown beside the outline."""
        return self.editors.currentWidget()

    def annexable(self) -> bool:
        """Whether the selected block is a table or tasks block (it can be an annex)."""
        block = self.model.block(self.current())
        return block is not None and block.kind in (BlockKind.TABLE, BlockKind.TASKS)

    def request_annex(self) -> None:
        """Ask for the selected table or tasks block to be issued as an annex."""
        if self.annexable():
            self.annex_requested.emit(tuple(self.model.path(self.current())))

    def _context_menu(self, at: QPoint) -> None:
        index = self.view.indexAt(at)
        if index.isValid():
            self.view.setCurrentIndex(index)
        if not self.annexable():
            return
        self.context_menu.popup(self.view.viewport().mapToGlobal(at))

    # --- actions ---------------------------------------------------------------------------

    def add_section(self) -> None:
        """Add a section after the selected one and rename it in place."""
        self.model.add_section(self.current())
        self.view.setFocus()
        self.view.edit(self.current())

    def add_child_section(self) -> None:
        """Add a sub-section to the selected section and rename it in place."""
        at = self.current()
        if at.isValid() and not self.model.is_section(at):
            at = at.parent()
        if not at.isValid():
            self.add_section()
            return
        self.model.add_section(at, child=True, section=Section())
        self.view.setFocus()
        self.view.edit(self.current())

    def add_block(self, kind: BlockKind) -> None:
        """Add a block of ``kind`` after the selected block or in the selected section."""
        self.model.add_block(self.current(), new_block(kind))
        self.view.setFocus()

    def _block_menu(self) -> None:
        rect = self.view.visualRect(self.current())
        at = self.view.viewport().mapToGlobal(rect.bottomLeft() if rect.isValid() else QPoint())
        self.add_block_menu.popup(at)

    def remove(self) -> None:
        """Remove the selected section (with its content) or block."""
        self.model.remove(self.current())

    def move_up(self) -> None:
        """Move the selected entry up among its siblings."""
        self.model.move(self.current(), -1)

    def move_down(self) -> None:
        """Move the selected entry down among its siblings."""
        self.model.move(self.current(), 1)

    def indent(self) -> None:
        """One level deeper."""
        self.model.indent(self.current())

    def outdent(self) -> None:
        """One level up."""
        self.model.outdent(self.current())


class DocumentPage(QTabWidget):
    """One document: its outline, and its header, signatures and wording."""

    def __init__(
        self,
        outline: OutlineEditor,
        settings: DocumentSettingsForm,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.outline = outline
        self.settings = settings
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(settings)
        self.addTab(outline, self.tr("Bố cục"))
        self.addTab(scroll, self.tr("Tiêu đề, chữ ký, cách viết hạn"))


class ContentPage(QTabWidget):
    """Nội dung: the notice's and the minutes' outlines and settings, and the fields of the
    meeting's content (opening and basis, previous tasks, discussion, results).

    Signals:
        go_to(path): show where a bound block's content is edited.
        annex_requested(path): issue the table or tasks block at ``path`` as an annex.
    """

    go_to = Signal(tuple)
    annex_requested = Signal(tuple)

    def __init__(
        self,
        binder: FieldBinder,
        doc: RecordDocument,
        headings: list[str],
        departments: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.headings = headings
        self.departments = departments
        self.fields = ContentSection(binder, doc)
        self.notice = DocumentPage(
            OutlineEditor(doc, "notice", self._headings, self._departments),
            DocumentSettingsForm(binder, doc, "notice"),
        )
        self.minutes = DocumentPage(
            OutlineEditor(doc, "minutes", self._headings, self._departments),
            DocumentSettingsForm(binder, doc, "minutes"),
        )
        self.addTab(self.notice, self.tr("Thông báo"))
        self.addTab(self.minutes, self.tr("Biên bản"))
        fields = QScrollArea()  # five groups: taller than a 768-pixel screen leaves
        fields.setWidgetResizable(True)
        fields.setWidget(self.fields)
        self.addTab(fields, self.tr("Diễn biến, kết quả"))
        for page in (self.notice, self.minutes):
            page.outline.go_to.connect(self._go_to)
            page.outline.annex_requested.connect(self.annex_requested)

    def first_field(self) -> QWidget:
        """Where the cursor goes when the section is chosen (Ctrl+3): the outline of the
        document shown (the notice's at first), or the first of the meeting's content fields,
        in view."""
        page = self.currentWidget()
        if isinstance(page, DocumentPage):
            page.setCurrentWidget(page.outline)
            view = page.outline.view
            if not view.currentIndex().isValid() and view.model().rowCount():
                view.setCurrentIndex(view.model().index(0, 0))  # the cursor shows where it is
            return view
        # the meeting's content: its first field, scrolled into view
        widget = first_focusable(self.fields)
        if widget is None:
            return self.fields
        area = widget.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None:
            area.ensureWidgetVisible(widget)
        return widget

    def _headings(self) -> list[str]:
        from gui.core.outline import USUAL_HEADINGS

        return self.headings or list(USUAL_HEADINGS)

    def _departments(self) -> list[str]:
        return self.departments

    def set_profile_lists(self, headings: list[str], departments: list[str]) -> None:
        """The agency profile's usual headings and departments, offered in the editors."""
        self.headings = headings
        self.departments = departments

    def _go_to(self, path: tuple[Any, ...]) -> None:
        path = tuple(path)
        if path[:1] in (("notice",), ("minutes",)) and path[1:2] == ("outline",):
            page = self.notice if path[0] == "notice" else self.minutes
            self.setCurrentWidget(page)
            page.setCurrentWidget(page.outline)
            return
        self.go_to.emit(path)

    def show_path(self, path: tuple[Any, ...]) -> None:
        """Show the section or block holding ``path`` (e.g. a task of a tasks block, from the
        checks panel or the tracking book) and focus the task when there is one."""
        path = tuple(path)
        page = self.document(str(path[0]))
        self.setCurrentWidget(page)
        page.setCurrentWidget(page.outline)
        editor = page.outline
        for end in range(len(path), 2, -1):
            index = editor.model.index_for(path[:end])
            if index.isValid():
                editor.select_path(path[:end])
                rest = path[end:]
                if rest[:1] == ("tasks",) and len(rest) >= 2 and isinstance(rest[1], int):
                    tasks = editor.tasks_editor
                    column = tasks.tasks_model.column_of(str(rest[2])) if len(rest) > 2 else 1
                    tasks.tasks.select(rest[1], column)
                    tasks.tasks.view.setFocus()
                else:
                    editor.view.setFocus()
                return

    @property
    def discussion(self) -> Any:
        """The discussion table (in the meeting's content fields)."""
        return self.fields.discussion

    @property
    def progress(self) -> Any:
        """The previous tasks table (in the meeting's content fields)."""
        return self.fields.progress

    def document(self, name: str) -> DocumentPage:
        """The notice's or the minutes' page."""
        return self.minutes if name == "minutes" else self.notice
