"""The one seam through which the window asks the user things.

Tests replace a ``Dialogs`` instance's methods instead of running modal dialogs.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.core.recovery import RecoveryEntry
from gui.qt.literal import plain

if TYPE_CHECKING:  # PySide6 builds QMessageBox on first use: not at start-up
    from PySide6.QtWidgets import QMessageBox


class SaveChoice(enum.Enum):
    """Answer to "save changes?"."""

    SAVE = enum.auto()
    DISCARD = enum.auto()
    CANCEL = enum.auto()


class LockChoice(enum.Enum):
    """Answer to "someone may have this file open"."""

    READ_ONLY = enum.auto()
    OPEN_ANYWAY = enum.auto()  # take the lock over
    CANCEL = enum.auto()


class Dialogs:
    """File dialogs and message boxes for one window.

    Each method imports its dialog class: PySide6 builds a Qt class (and its enums) on first
    use, and none of these is needed before the window's first paint.
    """

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def open_file(self, title: str, folder: str, filters: str) -> str:
        """Ask for an existing file; "" when cancelled."""
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self._parent, title, folder, filters)
        return name

    def save_file(self, title: str, path: str, filters: str) -> str:
        """Ask where to save; "" when cancelled. The dialog confirms overwriting."""
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(self._parent, title, path, filters)
        return name

    def save_file_with_filter(self, title: str, path: str, filters: str) -> tuple[str, str]:
        """Ask where to save and in which format; ("", "") when cancelled."""
        from PySide6.QtWidgets import QFileDialog

        name, chosen = QFileDialog.getSaveFileName(self._parent, title, path, filters)
        return name, chosen

    def _box(
        self, icon: QMessageBox.Icon, title: str, text: str, buttons: QMessageBox.StandardButton
    ) -> QMessageBox:
        """A message box over the window that shows its texts as given (a file name, a
        typed text) and not as HTML."""
        from PySide6.QtWidgets import QMessageBox

        return plain(QMessageBox(icon, title, text, buttons, self._parent))

    def confirm(self, title: str, text: str) -> bool:
        """A yes/no question; No is the default."""
        from PySide6.QtWidgets import QMessageBox

        box = self._box(
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def go_on_or_back(self, title: str, text: str, go_on: str, back: str) -> bool:
        """Two named answers; ``back`` is the default. True for ``go_on``."""
        from PySide6.QtWidgets import QMessageBox

        box = self._box(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton)
        box.addButton(go_on, QMessageBox.ButtonRole.AcceptRole)
        back_button = box.addButton(back, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back_button)
        box.setEscapeButton(back_button)
        box.exec()
        return box.clickedButton() is not back_button

    def ask_save_changes(self, title: str, text: str) -> SaveChoice:
        """Save, discard or cancel."""
        from PySide6.QtWidgets import QMessageBox

        box = self._box(
            QMessageBox.Icon.Warning,
            title,
            text,
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return SaveChoice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return SaveChoice.DISCARD
        return SaveChoice.CANCEL

    def error(self, title: str, text: str, detail: str = "") -> None:
        """Show an error message."""
        from PySide6.QtWidgets import QMessageBox

        box = self._box(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok)
        if detail:
            box.setInformativeText(detail)
        box.exec()

    def info(self, title: str, text: str) -> None:
        """Show an information message."""
        from PySide6.QtWidgets import QMessageBox

        self._box(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok).exec()

    def ask_open_read_only(self, title: str, text: str) -> bool:
        """The file is locked by someone else: open it read-only (True) or cancel (False)."""
        from PySide6.QtWidgets import QMessageBox

        box = self._box(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton)
        read_only = box.addButton(
            QCoreApplication.translate("Dialogs", "Mở chỉ để đọc"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is read_only

    def ask_locked(self, title: str, text: str) -> LockChoice:
        """A lock whose holder cannot be checked: read-only, open anyway, or cancel."""
        from PySide6.QtWidgets import QMessageBox

        box = self._box(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton)
        read_only = box.addButton(
            QCoreApplication.translate("Dialogs", "Mở chỉ để đọc"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        anyway = box.addButton(
            QCoreApplication.translate("Dialogs", "Vẫn mở để sửa"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        box.exec()
        if box.clickedButton() is read_only:
            return LockChoice.READ_ONLY
        return LockChoice.OPEN_ANYWAY if box.clickedButton() is anyway else LockChoice.CANCEL

    def ask_reload(self, title: str, text: str) -> bool:
        """The file changed on disk: reload it (True) or keep the open version (False)."""
        from PySide6.QtWidgets import QMessageBox

        box = self._box(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton)
        reload_button = box.addButton(
            QCoreApplication.translate("Dialogs", "Tải lại từ đĩa"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        keep = box.addButton(
            QCoreApplication.translate("Dialogs", "Giữ bản đang mở"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is reload_button

    def choose_recoveries(self, entries: Sequence[RecoveryEntry]) -> list[RecoveryEntry]:
        """List what a crash left unsaved; return the entries to restore."""
        dialog = RecoveryDialog(entries, self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        dialog.discard_the_rest()
        return dialog.chosen()

    def choose_folder(self, title: str, folder: str) -> str:
        """Pick a folder; "" when cancelled."""
        from PySide6.QtWidgets import QFileDialog

        return QFileDialog.getExistingDirectory(self._parent, title, folder)

    def ask_int(self, title: str, label: str, value: int, low: int, high: int) -> int | None:
        """A whole number, or None when cancelled."""
        from PySide6.QtWidgets import QInputDialog

        number, ok = QInputDialog.getInt(self._parent, title, label, value, low, high)
        return number if ok else None


class LibraryOffer(QWidget):
    """A bar in the status line after a record was saved outside the library folders:
    "the tracking book does not see this folder — add it?" It asks without stopping the work.
    """

    accepted = Signal(str)  # the folder to add

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = ""
        self.label = plain(QLabel(self))
        self.add_button = QPushButton(self)
        self.dismiss_button = QToolButton(self)
        self.dismiss_button.setText("×")
        self.dismiss_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.add_button)
        layout.addWidget(self.dismiss_button)
        self.add_button.clicked.connect(self._accept)
        self.dismiss_button.clicked.connect(self.hide)
        self.retranslate_ui()
        self.hide()

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.add_button.setText(QCoreApplication.translate("Dialogs", "Thêm vào thư viện"))
        self.dismiss_button.setToolTip(QCoreApplication.translate("Dialogs", "Bỏ qua"))
        self.dismiss_button.setAccessibleName(self.dismiss_button.toolTip())
        if self.folder:
            self.label.setText(
                QCoreApplication.translate(
                    "Dialogs", "Sổ theo dõi chưa đọc thư mục «%s». Thêm thư mục này vào thư viện?"
                )
                % self.folder
            )

    def offer(self, folder: str) -> None:
        """Offer to add ``folder`` to the library."""
        self.folder = folder
        self.retranslate_ui()
        self.show()

    def _accept(self) -> None:
        self.hide()
        self.accepted.emit(self.folder)


class RecoveryDialog(QDialog):
    """ "Bienban did not close properly: restore these?" with one checkable line per file."""

    def __init__(self, entries: Sequence[RecoveryEntry], parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QDialogButtonBox

        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "Khôi phục công việc chưa lưu"))
        self._entries = list(entries)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)  # a line says why a copy is older than its file
        self.list.setAccessibleName(QCoreApplication.translate("Dialogs", "Các bản khôi phục"))
        for entry in self._entries:
            name = (
                os.path.basename(entry.source)
                if entry.source
                else QCoreApplication.translate("Dialogs", "(văn bản chưa đặt tên)")
            )
            when = entry.written.strftime("%H:%M %d/%m/%Y")
            if entry.record is None:
                text = QCoreApplication.translate("Dialogs", "%s — bản khôi phục bị hỏng: %s") % (
                    name,
                    entry.error,
                )
            else:
                text = QCoreApplication.translate(
                    "Dialogs", "%s — lưu tự động lúc %s, %d thay đổi chưa lưu"
                ) % (name, when, entry.unsaved_edits)
            if entry.saved_after is not None:
                text += QCoreApplication.translate(
                    "Dialogs",
                    "\n    Tệp đã được lưu lúc %s, sau bản này: bản này cũ hơn, sẽ mở như văn "
                    "bản mới (chưa đặt tên), không ghi đè tệp.",
                ) % entry.saved_after.strftime("%H:%M %d/%m/%Y")
            item = QListWidgetItem(text)
            if entry.record is not None:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                stale = entry.saved_after is not None
                item.setCheckState(Qt.CheckState.Unchecked if stale else Qt.CheckState.Checked)
            else:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        buttons = QDialogButtonBox(self)
        buttons.addButton(
            QCoreApplication.translate("Dialogs", "Khôi phục"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.addButton(
            QCoreApplication.translate("Dialogs", "Để sau"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "Dialogs",
                    "Bienban đã không đóng bình thường. Có thể khôi phục các "
                    "văn bản sau (chúng sẽ mở ở trạng thái chưa lưu):",
                )
            )
        )
        layout.addWidget(self.list)
        # without it, a copy not restored (one older than its file) comes back at each start
        from PySide6.QtWidgets import QCheckBox

        self.discard_rest = QCheckBox(
            QCoreApplication.translate(
                "Dialogs", "Xóa các bản không đánh dấu (chúng sẽ không được hỏi lại)"
            ),
            self,
        )
        layout.addWidget(self.discard_rest)
        layout.addWidget(buttons)
        self.resize(640, 300)

    def discard_the_rest(self) -> None:
        """Remove the copies not ticked (damaged ones too) when the box says so."""
        from gui.core.recovery import remove_recovery

        if not self.discard_rest.isChecked():
            return
        chosen = {e.path for e in self.chosen()}
        for entry in self._entries:
            if entry.path not in chosen:
                remove_recovery(entry.path)

    def chosen(self) -> list[RecoveryEntry]:
        """The checked entries."""
        return [
            e
            for i, e in enumerate(self._entries)
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
