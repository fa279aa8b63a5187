"""Where Tab goes: the widgets of a container, or after a widget, that take the focus by Tab
(the main window's section to section walk, the sections' first field)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def takes_tab(widget: QWidget) -> bool:
    """Whether Tab stops at ``widget`` by its focus policy, as Qt's own walk decides: Tab
    focus where the platform tabs through every control, Strong focus where it tabs through
    text fields and lists only (macOS without full keyboard access)."""
    every = (
        QGuiApplication.styleHints().tabFocusBehavior() == Qt.TabFocusBehavior.TabFocusAllControls
    )
    needed = Qt.FocusPolicy.TabFocus if every else Qt.FocusPolicy.StrongFocus
    return widget.focusPolicy() & needed == needed


def tab_stop(start: QWidget, forward: bool) -> QWidget:
    """The widget Tab (``forward``) or Shift+Tab goes to from ``start``: the next one in the
    focus chain that takes focus by Tab (``start`` itself when there is none)."""
    widget = start.nextInFocusChain() if forward else start.previousInFocusChain()
    while widget is not start and widget is not None:
        if widget.isVisible() and widget.isEnabled() and takes_tab(widget):
            return widget
        widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
    return start


def last_focusable(container: QWidget) -> QWidget | None:
    """The last widget inside ``container`` that Tab reaches."""
    last, widget = None, first_focusable(container)
    seen: set[int] = set()
    while widget is not None and id(widget) not in seen:  # the chain may come round
        seen.add(id(widget))
        last, widget = widget, tab_stop(widget, True)
        if widget is container or not container.isAncestorOf(widget):
            return last
    return last


def first_focusable(container: QWidget) -> QWidget | None:
    """The first widget inside ``container`` that Tab reaches."""
    widget = container.nextInFocusChain()
    while widget is not container and widget is not None:
        if (
            container.isAncestorOf(widget)
            and widget.isVisibleTo(container)
            and widget.isEnabled()
            and takes_tab(widget)
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None
