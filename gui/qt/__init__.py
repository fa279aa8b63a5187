"""The Qt side: document and undo, item models, widgets, main window, printing."""

import PySide6.QtCore  # noqa: F401  (its import hook looks at every module imported after it)

from gui.qt import importcheck

importcheck.install()  # ... cheaply: before the window's modules are imported
