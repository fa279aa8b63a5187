"""Starting the GUI: application names, translator, windows, crash recovery, error handling."""

from __future__ import annotations

import gc
import os
import sys

from PySide6.QtCore import QCoreApplication, QObject, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from gui import __version__
from gui.core.resources import resource_path
from gui.qt.languagecontroller import install_translators as install_translators
from gui.qt.languagecontroller import switch_language as switch_language
from gui.qt.settings import Settings

ORGANIZATION = "Bienban"
APPLICATION = "Bienban"
DESKTOP_FILE = "bienban"  # packaging/linux/bienban.desktop: Wayland matches windows to it
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def set_application_names() -> None:
    """Organization and application names, set once at start-up (QSettings, app data)."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)


def application_icon() -> QIcon:
    """Bienban's icon in every size shipped (``resources/icons``); Qt picks the size."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path("icons", f"bienban-{size}.png")), QSize(size, size))
    return icon


def collect_after_start() -> None:
    """The garbage collector back on once the window is up, with what start-up made (modules,
    classes, Qt's enums, the window) set aside for good: collections go over new objects."""
    gc.freeze()
    gc.enable()


class Session(QObject):
    """The open windows of this process."""

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.windows: list[object] = []
        self._library = None

    def library(self):  # type: ignore[no-untyped-def]
        """The library controller, created on first use (and brought up to date in the
        background: the first build of a large folder takes seconds)."""
        if self._library is None:
            from gui.qt.library import LibraryController

            self._library = LibraryController(
                self.settings.library_folder(), open_windows=self.live_windows, parent=self
            )
            self._library.start_refresh()
        return self._library

    def open_library(self):  # type: ignore[no-untyped-def]
        """The library controller if it has been opened, else None (nothing is indexed)."""
        return self._library

    def window_for(self, path: str):  # type: ignore[no-untyped-def]
        """The open window editing ``path``, if any."""
        import os

        for w in self.live_windows():
            if w.doc.file_name and os.path.realpath(w.doc.file_name) == os.path.realpath(path):
                return w
        return None

    def new_window(self):  # type: ignore[no-untyped-def]
        """Open another main window."""
        from gui.qt.mainwindow import MainWindow

        window = MainWindow(self.settings, session=self)
        self.windows.append(window)
        window.destroyed.connect(lambda *_: self._forget(window))
        return window

    def _forget(self, window: object) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def live_windows(self):  # type: ignore[no-untyped-def]
        """Windows still open."""
        return [w for w in self.windows if w.isVisible()]  # type: ignore[attr-defined]


def offer_recovery(session: Session, first) -> None:  # type: ignore[no-untyped-def]
    """After a crash: list what can be recovered and restore what the user picks."""
    from gui.core.recovery import find_recoveries
    from gui.qt.autosave import recovery_folder

    entries = find_recoveries(recovery_folder())
    if not entries:
        return
    chosen = first.dialogs.choose_recoveries(entries)
    target = first if not first.doc.is_modified() else None
    for entry in chosen:
        # the work on a file goes to the window that has that file open (``bienban FILE``
        # after a crash): a second window would find the file locked by the first
        window = None
        if entry.source and entry.saved_after is None and first.doc.file_name:
            same = os.path.realpath(first.doc.file_name) == os.path.realpath(entry.source)
            window = first if same else session.window_for(entry.source)
        if window is None or window.doc.is_modified():
            window = target if target and not target.doc.file_name else session.new_window()
        window.restore(entry)
        window.show()
        if window is target:
            target = None


def run(file_name: str | None, language: str | None) -> int:
    """Open the main window (with ``file_name``) and run the event loop."""
    # Start-up allocates many long-lived objects (widgets, Qt's enums): no collection until
    # the event loop runs, then the survivors move to the permanent generation.
    gc.disable()
    set_application_names()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QTimer.singleShot(0, collect_after_start)
    app.setWindowIcon(application_icon())
    app.setDesktopFileName(DESKTOP_FILE)
    settings = Settings()
    if language:
        settings.set_language(language)
    install_translators(app, settings.language())

    from gui.qt.errorhandling import ErrorHandler, log_path, make_logger
    from gui.qt.mainwindow import ensure_library_folder

    ensure_library_folder(settings)  # Save proposes it from the first start
    session = Session(settings)
    ErrorHandler(session.live_windows, make_logger(log_path())).install()
    window = session.new_window()
    if file_name:
        window.open_file(file_name, ask=False)
    window.show()
    offer_recovery(session, window)
    return app.exec()
