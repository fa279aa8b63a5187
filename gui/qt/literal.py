"""What a user typed, or a file held, shown as it is where Qt would read markup in it.

Qt takes the text of a label, a message box or a tooltip for HTML when it looks like HTML
(``Qt.mightBeRichText``: a tag such as "<b>" in its first line), an "&" in the text of an
action, a menu or a button for the keyboard letter that follows, and "[*]" in a window's
title for the mark of unsaved changes. A department named "<b>Sở</b> Xây dựng", a file named
"Báo cáo Q&A.bienban.json" or a task copied from a web page would show otherwise than typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtGui import Qt

if TYPE_CHECKING:  # PySide6 builds QMessageBox on first use: not at start-up
    from PySide6.QtWidgets import QLabel, QMessageBox

Shown = TypeVar("Shown", "QLabel", "QMessageBox")


def tooltip(text: str) -> str:
    """``text`` as a tooltip shows it: escaped rich text, lines kept, long lines wrapped."""
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""


def action_text(text: str) -> str:
    """``text`` for an action, a menu or a button: its "&" shown, not taken as a letter."""
    return text.replace("&", "&&")


def window_title(text: str) -> str:
    """``text`` in a window title: a "[*]" in it shown, not taken as the unsaved mark."""
    return text.replace("[*]", "[*][*]")


def plain(widget: Shown) -> Shown:
    """A label or message box that shows its texts as plain text, whatever they hold."""
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget
