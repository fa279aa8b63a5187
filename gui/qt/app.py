"""Starting the GUI: application names, translator, main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from gui import __version__
from gui.core.resources import resource_path
from gui.qt.settings import Settings

ORGANIZATION = "Bienban"
APPLICATION = "Bienban"


def set_application_names() -> None:
    """Organization and application names, set once at start-up (QSettings, app data)."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our English translation (the source texts are Vietnamese) and Qt's own."""
    translators: list[QTranslator] = []
    QLocale.setDefault(QLocale(QLocale.Language.English if language == "en"
                               else QLocale.Language.Vietnamese))
    if language == "en":
        ours = QTranslator(app)
        if ours.load(str(resource_path("translations", "bienban_en.qm"))):
            app.installTranslator(ours)
            translators.append(ours)
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    return translators


def run(file_name: str | None, language: str | None) -> int:
    """Open the main window (with ``file_name``) and run the event loop."""
    set_application_names()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = Settings()
    if language:
        settings.set_language(language)
    install_translators(app, settings.language())

    from gui.qt.mainwindow import MainWindow  # after the translator, so tr() is translated

    window = MainWindow(settings)
    if file_name:
        window.open_file(file_name, ask=False)
    window.show()
    return app.exec()
