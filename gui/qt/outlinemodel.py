"""The outline of one document (the notice or the minutes) as a tree model.

A thin adapter in the manner of Qt's editabletreemodel example: plain nodes mirror the shape
of the outline (a section's rows are its blocks, then its sub-sections) and the data is read
from the record by path, so the nodes never hold record objects. Every edit is an undo
command on the document's stack; the model follows the document's signals with
``begin…/end…`` and ``dataChanged``.

An outline of None (a record of schema version 3 or older) shows the default outline; the
first edit makes it the record's own in the same undo step, so it prints exactly as before.
"""

from __future__ import annotations

import contextlib
import copy
import json
import unicodedata
from collections.abc import Iterator, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont

from gui.core import outline as ol
from gui.core.compose import Kind, number_label, progress_heading, section_printed
from gui.core.paths import Path
from gui.core.record import Block, BlockKind, Numbering, Section
from gui.qt.document import RecordDocument
from gui.qt.literal import tooltip
from gui.qt.undo import MoveToCommand, OwnOutlineSetCommand

ENTRY_MIME = "application/x-bienban-outline-entry"
AnyIndex = QModelIndex | QPersistentModelIndex

PathRole = Qt.ItemDataRole.UserRole + 1  # the entry's record path, as a list


def block_kind_labels() -> dict[BlockKind, str]:
    """What each kind of block is called in the editor (translated)."""
    return {
        BlockKind.PARAGRAPHS: QCoreApplication.translate("OutlineModel", "Đoạn văn"),
        BlockKind.TASKS: QCoreApplication.translate("OutlineModel", "Nhiệm vụ"),
        BlockKind.TABLE: QCoreApplication.translate("OutlineModel", "Bảng"),
        BlockKind.SPEECHES: QCoreApplication.translate("OutlineModel", "Ý kiến phát biểu"),
        BlockKind.OPENING: QCoreApplication.translate("OutlineModel", "Câu mở đầu"),
        BlockKind.ATTENDEES: QCoreApplication.translate("OutlineModel", "Thành phần tham dự"),
        BlockKind.DISCUSSION: QCoreApplication.translate(
            "OutlineModel", "Diễn biến cuộc họp (từ mục Nội dung)"
        ),
        BlockKind.PROGRESS: QCoreApplication.translate(
            "OutlineModel", "Nhiệm vụ kỳ trước (từ mục Nội dung)"
        ),
        BlockKind.ASSESSMENT: QCoreApplication.translate(
            "OutlineModel", "Kết quả, hạn chế (từ mục Nội dung)"
        ),
        BlockKind.GENERAL: QCoreApplication.translate(
            "OutlineModel", "Chỉ đạo chung (từ mục Chỉ đạo)"
        ),
        BlockKind.DEPARTMENTS: QCoreApplication.translate(
            "OutlineModel", "Nhiệm vụ theo phòng, đơn vị (từ mục Chỉ đạo)"
        ),
        BlockKind.MEETING_FACTS: QCoreApplication.translate(
            "OutlineModel", "Thời gian, địa điểm, thành phần (từ mục Cuộc họp)"
        ),
        BlockKind.CONCLUSIONS: QCoreApplication.translate(
            "OutlineModel", "Kết luận (các mục của thông báo)"
        ),
        BlockKind.MEETING_END: QCoreApplication.translate("OutlineModel", "Giờ kết thúc cuộc họp"),
    }


def numbering_labels() -> dict[Numbering, str]:
    """The numbering styles as offered in the editor (translated)."""
    return {
        Numbering.NONE: QCoreApplication.translate("OutlineModel", "(không đánh số)"),
        Numbering.ROMAN: "I., II., III.",
        Numbering.ARABIC: "1., 2., 3.",
        Numbering.NESTED: "1.1., 1.2.",
        Numbering.LETTER: "a), b), c)",
        Numbering.DASH: "-",
        Numbering.PLUS: "+",
    }


class _Node:
    """One row: a section (its rows: blocks, then sub-sections) or a block."""

    __slots__ = ("blocks", "children", "is_section", "parent")

    def __init__(self, parent: _Node | None, is_section: bool) -> None:
        self.parent = parent
        self.is_section = is_section
        self.children: list[_Node] = []
        self.blocks = 0

    def row(self) -> int:
        assert self.parent is not None
        return self.parent.children.index(self)


def _build(node: _Node, section: Section) -> None:
    node.children = [_Node(node, False) for _ in section.blocks]
    node.blocks = len(section.blocks)
    for sub in section.sections:
        child = _Node(node, True)
        _build(child, sub)
        node.children.append(child)


def _shape(sections: Sequence[Section]) -> list[Any]:
    return [(len(s.blocks), _shape(s.sections)) for s in sections]


def _node_shape(node: _Node) -> list[Any]:
    return [(c.blocks, _node_shape(c)) for c in node.children if c.is_section]


class OutlineModel(QAbstractItemModel):
    """The outline of ``record.<name>`` (``name``: "notice" or "minutes").

    Signals:
        placed(path): an entry was added or moved here by this model (the editor selects it).
    """

    placed = Signal(tuple)

    def __init__(self, doc: RecordDocument, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self.name = name
        self._root = _Node(None, True)
        self._shadow: list[Section] | None = None
        self._printed: dict[_Node, bool] = {}  # which sections print (numbers skip the others)
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(150)  # once typing pauses: composing is the preview's cost
        self._recheck.timeout.connect(self._recheck_numbers)
        self._rebuild()
        doc.changed.connect(self._recheck.start)
        doc.value_changed.connect(self._on_value_changed)
        doc.about_to_insert.connect(self._on_about_to_insert)
        doc.inserted.connect(self._on_inserted)
        doc.about_to_remove.connect(self._on_about_to_remove)
        doc.removed.connect(self._on_removed)
        doc.about_to_move.connect(self._on_about_to_move)
        doc.moved.connect(self._on_moved)
        doc.reset.connect(self._on_reset)

    # --- the outline and paths -------------------------------------------------------------

    @property
    def doc(self) -> RecordDocument:
        """The document whose outline this is."""
        return self._doc

    @property
    def outline_path(self) -> Path:
        """``(name, "outline")``."""
        return (self.name, "outline")

    @property
    def is_minutes(self) -> bool:
        """True for the minutes' outline."""
        return self.name == "minutes"

    def outline(self) -> list[Section]:
        """The outline shown: the record's, or the default one while it has none."""
        own: list[Section] | None = self._doc.value(self.outline_path)
        if own is not None:
            return own
        assert self._shadow is not None
        return self._shadow

    def value(self, path: Path) -> Any:
        """The value at ``path``, also inside the default outline shown for a record of an
        older version."""
        if tuple(path[:2]) == self.outline_path and self._doc.value(self.outline_path) is None:
            obj: Any = self.outline()
            for part in path[2:]:
                obj = obj[part] if isinstance(part, int) else getattr(obj, part)
            return obj
        return self._doc.value(path)

    def _rebuild(self) -> None:
        own = self._doc.value(self.outline_path)
        self._shadow = (
            ol.default_outline(self.is_minutes, with_place=False) if own is None else None
        )
        self._root = _Node(None, True)
        for section in self.outline():
            child = _Node(self._root, True)
            _build(child, section)
            self._root.children.append(child)

    def _path_of(self, node: _Node) -> Path:
        if node.parent is None:
            return self.outline_path
        row = node.row()
        if node.parent is self._root:
            return (*self.outline_path, row)
        base = self._path_of(node.parent)
        if node.is_section:
            return (*base, "sections", row - node.parent.blocks)
        return (*base, "blocks", row)

    def path(self, index: AnyIndex) -> Path:
        """The record path of the section or block at ``index`` (the outline for the root)."""
        return self._path_of(self._node(index))

    def index_for(self, path: Path) -> QModelIndex:
        """The index of the section or block at ``path`` (invalid when there is none)."""
        found = self._parse(tuple(path))
        if found is None or found[1] or found[0] is self._root:
            return QModelIndex()
        return self._index_of(found[0])

    def is_section(self, index: AnyIndex) -> bool:
        """True when ``index`` is a section (False for a block or the root)."""
        return index.isValid() and self._node(index).is_section

    def block(self, index: AnyIndex) -> Block | None:
        """The block at ``index``, or None."""
        if not index.isValid() or self._node(index).is_section:
            return None
        block: Block = self.value(self.path(index))
        return block

    def section(self, index: AnyIndex) -> Section | None:
        """The section at ``index``, or None."""
        if not self.is_section(index):
            return None
        section: Section = self.value(self.path(index))
        return section

    def _node(self, index: AnyIndex) -> _Node:
        if not index.isValid():
            return self._root
        node = index.internalPointer()
        assert isinstance(node, _Node)
        return node

    def _index_of(self, node: _Node) -> QModelIndex:
        if node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def _parse(self, path: Path) -> tuple[_Node, Path] | None:
        """The deepest node ``path`` reaches and the rest of the path; None when the path is
        not in this outline."""
        if tuple(path[:2]) != self.outline_path:
            return None
        rest = tuple(path[2:])
        node = self._root
        try:
            if rest and isinstance(rest[0], int):
                node = node.children[rest[0]]
                rest = rest[1:]
                while (
                    node.is_section
                    and len(rest) >= 2
                    and rest[0] in ("sections", "blocks")
                    and isinstance(rest[1], int)
                ):
                    at = rest[1] + (node.blocks if rest[0] == "sections" else 0)
                    node = node.children[at]
                    rest = rest[2:]
        except IndexError:
            return None
        return node, rest

    def _structural(self, list_path: Path) -> tuple[_Node, int, bool] | None:
        """For a list of sections or blocks: its node, the row of its first entry and whether
        it holds sections."""
        found = self._parse(list_path)
        if found is None:
            return None
        node, rest = found
        if node is self._root and not rest:
            return node, 0, True
        if node.is_section and node is not self._root and rest == ("blocks",):
            return node, 0, False
        if node.is_section and node is not self._root and rest == ("sections",):
            return node, node.blocks, True
        return None

    # --- Qt's model interface --------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._node(index)
        assert node.parent is not None
        return self._index_of(node.parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("OutlineModel", "Mục và khối nội dung")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        base = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        if self._node(index).is_section:
            return base | Qt.ItemFlag.ItemIsEditable
        return base | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        path = self._path_of(node)
        if role == PathRole:
            return list(path)
        if node.is_section:
            section: Section = self.value(path)
            if role == Qt.ItemDataRole.DisplayRole:
                label = self.label(node)
                heading = section.heading.strip()
                if not heading and section.blocks and section.blocks[0].kind is BlockKind.PROGRESS:
                    heading = progress_heading(self._doc.record)  # as the composer heads it
                heading = heading or QCoreApplication.translate(
                    "OutlineModel", "(mục không tiêu đề)"
                )
                text = f"{label} {heading}" if label else heading
                return (
                    text
                    if self.printed(node)
                    else text
                    + " "
                    + QCoreApplication.translate("OutlineModel", "(trống, không in)")
                )
            if role == Qt.ItemDataRole.EditRole:
                return section.heading
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        block: Block = self.value(path)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            kind = block_kind_labels()[block.kind]
            summary = self.summary(block)
            if role == Qt.ItemDataRole.ToolTipRole:
                return tooltip(summary or kind)
            return f"{kind}: {summary}" if summary else kind
        if role == Qt.ItemDataRole.FontRole and block.kind not in _OWN_CONTENT:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.is_section(index):
            return False
        text = unicodedata.normalize("NFC", str(value or "")).strip()
        self.set_value(
            (*self.path(index), "heading"),
            text,
            QCoreApplication.translate("OutlineModel", "Sửa tiêu đề mục"),
        )
        return True

    def printed(self, node: _Node) -> bool:
        """Whether the section at ``node`` prints anything (remembered until the next edit)."""
        if node not in self._printed:
            kind = Kind.MINUTES if self.is_minutes else Kind.NOTICE
            section = self.value(self._path_of(node))
            self._printed[node] = section_printed(self._doc.record, kind, section)
        return self._printed[node]

    def label(self, node: _Node) -> str:
        """The number a section's heading gets: as printed, among its numbered siblings that
        print something; "" for a section left out."""
        section: Section = self.value(self._path_of(node))
        if not section.numbering or node.parent is None or not self.printed(node):
            return ""
        n = 0
        for sibling in node.parent.children:
            if (
                sibling.is_section
                and self.value(self._path_of(sibling)).numbering
                and self.printed(sibling)
            ):
                n += 1
            if sibling is node:
                break
        parent = self.label(node.parent) if node.parent is not self._root else ""
        return number_label(section.numbering, n, parent)

    @staticmethod
    def summary(block: Block) -> str:
        """A short description of what a block holds."""
        k = block.kind
        if k is BlockKind.PARAGRAPHS:
            first = next((p.strip() for p in block.paragraphs if p.strip()), "")
            return first if len(first) <= 60 else first[:59] + "…"
        if k is BlockKind.TASKS:
            return QCoreApplication.translate("OutlineModel", "%d nhiệm vụ") % len(block.tasks)
        if k is BlockKind.TABLE:
            columns = max((len(r) for r in block.rows), default=0)
            return QCoreApplication.translate("OutlineModel", "%d dòng × %d cột") % (
                len(block.rows),
                columns,
            )
        if k is BlockKind.SPEECHES:
            return QCoreApplication.translate("OutlineModel", "%d ý kiến") % len(block.speeches)
        return ""

    # --- edits (undoable) ------------------------------------------------------------------

    @contextlib.contextmanager
    def editing(self, text: str) -> Iterator[None]:
        """Group the edits made inside into one undo step that first makes the default outline
        the record's own, when the record has none yet."""
        if self._doc.value(self.outline_path) is not None:
            yield
            return
        stack = self._doc.undo_stack
        stack.beginMacro(text)
        try:
            self._doc.edit(self.outline_path, copy.deepcopy(self.outline()), text)
            yield
        finally:
            stack.endMacro()

    def set_value(self, path: Path, value: Any, text: str, merge: bool = False) -> None:
        """Set a field of a section or block (undoable; typing merges)."""
        old = self.value(path)
        if old == value:
            return
        if merge and self._doc.value(self.outline_path) is None:  # typing: one step with it
            self._doc.undo_stack.push(
                OwnOutlineSetCommand(
                    self._doc,
                    self.outline_path,
                    copy.deepcopy(self.outline()),
                    path,
                    copy.deepcopy(old),
                    value,
                    text,
                )
            )
            return
        with self.editing(text):
            self._doc.edit(path, value, text, merge=merge)

    def add_section(
        self, at: AnyIndex, child: bool = False, section: Section | None = None
    ) -> Path:
        """Add a section after the section at ``at`` (or after the section holding the block
        at ``at``; at the end when ``at`` is invalid), or with ``child`` as its last
        sub-section. Return the new section's path."""
        new = section if section is not None else Section()
        if at.isValid() and not self.is_section(at):
            at = at.parent()
        if not at.isValid():
            list_path: Path = self.outline_path
            row = len(self.outline())
        elif child:
            list_path = (*self.path(at), "sections")
            row = len(self.value(list_path))
        else:
            path = self.path(at)
            list_path, row = path[:-1], int(path[-1]) + 1
        with self.editing(QCoreApplication.translate("OutlineModel", "Thêm mục")):
            self._doc.insert(
                list_path, row, new, QCoreApplication.translate("OutlineModel", "Thêm mục")
            )
        self.placed.emit((*list_path, row))
        return (*list_path, row)

    def add_block(self, at: AnyIndex, block: Block) -> Path:
        """Add ``block`` after the block at ``at``, or at the end of the section at ``at``
        (a new section at the end when nothing is selected). Return its path."""
        text = (
            QCoreApplication.translate("OutlineModel", "Thêm khối «%s»")
            % block_kind_labels()[block.kind]
        )
        with self.editing(text):
            if not at.isValid():
                self._doc.insert(
                    self.outline_path, len(self.outline()), Section(blocks=[block]), text
                )
                path: Path = (*self.outline_path, len(self.outline()) - 1, "blocks", 0)
            elif self.is_section(at):
                list_path = (*self.path(at), "blocks")
                path = (*list_path, len(self.value(list_path)))
                self._doc.insert(list_path, int(path[-1]), block, text)
            else:
                here = self.path(at)
                path = (*here[:-1], int(here[-1]) + 1)
                self._doc.insert(here[:-1], int(path[-1]), block, text)
        self.placed.emit(path)
        return path

    def remove(self, index: AnyIndex) -> None:
        """Remove the section (with everything in it) or block at ``index``."""
        if not index.isValid():
            return
        path = self.path(index)
        text = (
            QCoreApplication.translate("OutlineModel", "Xóa mục")
            if self.is_section(index)
            else QCoreApplication.translate("OutlineModel", "Xóa khối")
        )
        with self.editing(text):
            self._doc.remove(path[:-1], int(path[-1]), text)

    def move(self, index: AnyIndex, step: int) -> bool:
        """Move the section or block at ``index`` up (-1) or down (+1) among its siblings."""
        if not index.isValid():
            return False
        path = self.path(index)
        row, dest = int(path[-1]), int(path[-1]) + step
        if not 0 <= dest < len(self.value(path[:-1])):
            return False
        with self.editing(QCoreApplication.translate("OutlineModel", "Chuyển mục")):
            self._doc.move(
                path[:-1], row, dest, QCoreApplication.translate("OutlineModel", "Chuyển mục")
            )
        self.placed.emit((*path[:-1], dest))
        return True

    def indent(self, index: AnyIndex) -> bool:
        """One level deeper (``gui.core.outline.indent_target``)."""
        if not index.isValid():
            return False
        target = ol.indent_target(self.outline(), self.path(index))
        return target is not None and self._move_to(
            index, *target, QCoreApplication.translate("OutlineModel", "Thụt vào")
        )

    def outdent(self, index: AnyIndex) -> bool:
        """One level up (``gui.core.outline.outdent_target``)."""
        if not index.isValid():
            return False
        target = ol.outdent_target(self.outline(), self.path(index))
        return target is not None and self._move_to(
            index, *target, QCoreApplication.translate("OutlineModel", "Lùi ra")
        )

    def _move_to(self, index: AnyIndex, dest_list: Path, dest: int, text: str) -> bool:
        path = self.path(index)
        with self.editing(text):
            self._doc.undo_stack.push(
                MoveToCommand(self._doc, path[:-1], int(path[-1]), dest_list, dest, text)
            )
        self.placed.emit((*dest_list, dest))
        return True

    # --- drag and drop ---------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ENTRY_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        paths = [list(self.path(i)) for i in indexes if i.isValid()]
        mime.setData(ENTRY_MIME, QByteArray(json.dumps(paths[:1]).encode()))
        return mime

    def _drop_target(
        self, data: QMimeData, row: int, parent: AnyIndex
    ) -> tuple[Path, Path, int] | None:
        """The dragged entry's path, and the list and index it is dropped at (counted before
        it is taken out)."""
        if not data.hasFormat(ENTRY_MIME):
            return None
        try:
            raw = json.loads(bytes(data.data(ENTRY_MIME).data()).decode())
            source: Path = tuple(raw[0])
        except (ValueError, IndexError, TypeError):
            return None
        if self.index_for(source) == QModelIndex():
            return None
        is_section = ol.is_section_path(source)
        if parent.isValid() and not self.is_section(parent):
            # dropped on a block: just after it (a block), or after its section (a section)
            if is_section:
                return None
            here = self.path(parent)
            return source, here[:-1], int(here[-1]) + 1
        node = self._node(parent)
        base = self._path_of(node)
        if node is self._root:
            if not is_section:
                return None
            return source, base, len(node.children) if row < 0 else row
        if is_section:
            sections = len(node.children) - node.blocks
            at = sections if row < 0 else min(max(row - node.blocks, 0), sections)
            return source, (*base, "sections"), at
        at = node.blocks if row < 0 else min(row, node.blocks)
        return source, (*base, "blocks"), at

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if action != Qt.DropAction.MoveAction:
            return False
        target = self._drop_target(data, row, parent)
        if target is None:
            return False
        source, dest_list, _at = target
        return (
            tuple(source[:-1]) == tuple(dest_list)
            or ol.adjust_after_removal(dest_list, source) is not None
        )

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        """Move the dragged section or block to the drop position as one undoable step.

        Returns False so the view does not also remove the source row: the move is done.
        """
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = self._drop_target(data, row, parent)
        assert target is not None
        source, dest_list, at = target
        text = QCoreApplication.translate("OutlineModel", "Kéo thả mục")
        src = int(source[-1])
        if tuple(source[:-1]) == tuple(dest_list):
            dest = at - 1 if at > src else at
            if dest != src:
                with self.editing(text):
                    self._doc.move(dest_list, src, dest, text)
                self.placed.emit((*dest_list, dest))
            return False
        moved_list = ol.adjust_after_removal(dest_list, source)
        assert moved_list is not None
        with self.editing(text):
            self._doc.undo_stack.push(
                MoveToCommand(self._doc, source[:-1], src, moved_list, at, text)
            )
        self.placed.emit((*moved_list, at))
        return False

    # --- following the document ------------------------------------------------------------

    def _changed(self, node: _Node) -> None:
        if node.parent is None:
            return
        index = self._index_of(node)
        self.dataChanged.emit(index, index)

    def _siblings_changed(self, parent: _Node) -> None:
        """Numbers depend on the siblings: show them again after a change among them."""
        if parent.children:
            first = self.createIndex(0, 0, parent.children[0])
            last = self.createIndex(len(parent.children) - 1, 0, parent.children[-1])
            self.dataChanged.emit(first, last)
            for child in parent.children:
                if child.is_section:
                    self._siblings_changed(child)

    def _sections(self, node: _Node) -> Iterator[_Node]:
        for child in node.children:
            if child.is_section:
                yield child
                yield from self._sections(child)

    def _recheck_numbers(self) -> None:
        """After edits: show again the sections whose number or "left out" mark changed."""
        before = {
            node: (self.label(node), self.printed(node)) for node in self._sections(self._root)
        }
        self._printed.clear()
        for node, shown in before.items():
            if (self.label(node), self.printed(node)) != shown:
                self._changed(node)

    def _reset(self) -> None:
        self._printed.clear()
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    def _on_reset(self) -> None:
        self._reset()

    def _on_value_changed(self, path: tuple[Any, ...]) -> None:
        path = tuple(path)
        n = min(len(path), 2)
        if len(path) <= 2 and path == self.outline_path[:n]:
            own = self._doc.value(self.outline_path)
            sections = own if own is not None else ol.default_outline(self.is_minutes, False)
            if _shape(sections) == _node_shape(self._root):
                self._shadow = None if own is not None else sections
                self._siblings_changed(self._root)  # the same shape: indexes stay valid
            else:
                self._reset()
            return
        found = self._parse(path)
        if found is None:
            return
        node, rest = found
        if node.is_section and (not rest or rest in (("sections",), ("blocks",))):
            self._reset()  # a section or its list replaced
        elif node.is_section and rest and rest[0] == "numbering" and node.parent is not None:
            self._siblings_changed(node.parent)
        else:
            self._changed(node)

    def _on_about_to_insert(self, list_path: tuple[Any, ...], index: int) -> None:
        found = self._structural(tuple(list_path))
        if found is not None:
            node, offset, _ = found
            self.beginInsertRows(self._index_of(node), offset + index, offset + index)

    def _on_inserted(self, list_path: tuple[Any, ...], index: int) -> None:
        found = self._structural(tuple(list_path))
        if found is None:
            self._data_inside(tuple(list_path))
            return
        node, offset, is_section = found
        child = _Node(node, is_section)
        if is_section:
            _build(child, self.value((*list_path, index)))
        else:
            node.blocks += 1
        node.children.insert(offset + index, child)
        self.endInsertRows()
        self._siblings_changed(node)

    def _on_about_to_remove(self, list_path: tuple[Any, ...], index: int) -> None:
        found = self._structural(tuple(list_path))
        if found is not None:
            node, offset, _ = found
            self.beginRemoveRows(self._index_of(node), offset + index, offset + index)

    def _on_removed(self, list_path: tuple[Any, ...], index: int) -> None:
        found = self._structural(tuple(list_path))
        if found is None:
            self._data_inside(tuple(list_path))
            return
        node, offset, is_section = found
        node.children.pop(offset + index)
        if not is_section:
            node.blocks -= 1
        self.endRemoveRows()
        self._siblings_changed(node)

    def _on_about_to_move(self, list_path: tuple[Any, ...], source: int, dest: int) -> None:
        found = self._structural(tuple(list_path))
        if found is not None:
            node, offset, _ = found
            parent = self._index_of(node)
            # Qt wants the row the entry goes *before*, counted before the move.
            before = dest + 1 if dest > source else dest
            self.beginMoveRows(parent, offset + source, offset + source, parent, offset + before)

    def _on_moved(self, list_path: tuple[Any, ...], source: int, dest: int) -> None:
        found = self._structural(tuple(list_path))
        if found is None:
            self._data_inside(tuple(list_path))
            return
        node, offset, _ = found
        node.children.insert(offset + dest, node.children.pop(offset + source))
        self.endMoveRows()
        self._siblings_changed(node)

    def _data_inside(self, list_path: Path) -> None:
        """A list inside a block changed (a paragraph, task or row): its summary did."""
        found = self._parse(list_path)
        if found is not None and found[1]:
            self._changed(found[0])


_OWN_CONTENT = {
    BlockKind.PARAGRAPHS,
    BlockKind.TASKS,
    BlockKind.TABLE,
    BlockKind.SPEECHES,
    BlockKind.ATTENDEES,
    BlockKind.OPENING,
}
