"""The one seam through which the window asks the user things.

Tests replace a ``Dialogs`` instance's methods instead of running modal dialogs.
"""

from __future__ import annotations

import enum

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class SaveChoice(enum.Enum):
    """Answer to "save changes?"."""

    SAVE = enum.auto()
    DISCARD = enum.auto()
    CANCEL = enum.auto()


class Dialogs:
    """File dialogs and message boxes for one window."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def open_file(self, title: str, folder: str, filters: str) -> str:
        """Ask for an existing file; "" when cancelled."""
        name, _ = QFileDialog.getOpenFileName(self._parent, title, folder, filters)
        return name

    def save_file(self, title: str, path: str, filters: str) -> str:
        """Ask where to save; "" when cancelled. The dialog confirms overwriting."""
        name, _ = QFileDialog.getSaveFileName(self._parent, title, path, filters)
        return name

    def save_file_with_filter(self, title: str, path: str, filters: str) -> tuple[str, str]:
        """Ask where to save and in which format; ("", "") when cancelled."""
        name, chosen = QFileDialog.getSaveFileName(self._parent, title, path, filters)
        return name, chosen

    def confirm(self, title: str, text: str) -> bool:
        """A yes/no question; No is the default."""
        answer = QMessageBox.question(self._parent, title, text,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def ask_save_changes(self, title: str, text: str) -> SaveChoice:
        """Save, discard or cancel."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self._parent)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return SaveChoice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return SaveChoice.DISCARD
        return SaveChoice.CANCEL

    def error(self, title: str, text: str, detail: str = "") -> None:
        """Show an error message."""
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok,
                          self._parent)
        if detail:
            box.setInformativeText(detail)
        box.exec()

    def info(self, title: str, text: str) -> None:
        """Show an information message."""
        QMessageBox.information(self._parent, title, text)
