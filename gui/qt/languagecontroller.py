"""The user interface's language: Qt's translators and the Language menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from gui.core.resources import resource_path

if TYPE_CHECKING:
    from gui.qt.host import Window


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our English translation (the source texts are Vietnamese) and Qt's own texts
    (its dialogs' buttons, the fields' right-click menus, the file, print and print preview
    dialogs): Qt's translation of them, or ours where Qt has none (Vietnamese)."""
    translators: list[QTranslator] = []
    QLocale.setDefault(
        QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Vietnamese)
    )
    if language == "en":
        ours = QTranslator(app)
        if ours.load(str(resource_path("translations", "bienban_en.qm"))):
            app.installTranslator(ours)
            translators.append(ours)
    qt = QTranslator(app)
    for folder in (
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(resource_path("translations")),
    ):
        if qt.load(QLocale(language), "qtbase", "_", folder):
            app.installTranslator(qt)
            translators.append(qt)
            break
    return translators


def switch_language(language: str) -> None:
    """Swap the installed translators for ``language``'s; Qt sends every widget a
    ``LanguageChange`` event and the windows re-text themselves (no restart)."""
    app = QCoreApplication.instance()
    if app is None:
        return
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    install_translators(app, language)


class LanguageController(QObject):
    """The Language menu: the choice is stored and applied to every window at once."""

    def __init__(self, window: Window) -> None:
        super().__init__(window)
        self._w = window

    def set_language(self, action: object) -> None:
        """The Language menu's choice: stored, and every window re-texted."""
        code = str(self._w.actions.language_group.checkedAction().data())
        if code != self._w.settings.language():
            self._w.settings.set_language(code)
            switch_language(code)  # every window gets a LanguageChange and re-texts itself
