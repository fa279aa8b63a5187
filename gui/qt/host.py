"""What the main window's controllers need of the window they serve, and what a window needs
of the application's session. Protocols only: the controllers (``filecontroller``,
``profilecontroller``, ``exportcontroller``, ``trackingcontroller``, ``languagecontroller``)
import no window, so the dependencies point one way (application → window → controllers →
document → core)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar, QTabWidget

    from gui.core.paths import Path
    from gui.core.profile import Profile
    from gui.core.record import Authority
    from gui.qt.actions import Actions
    from gui.qt.autosave import Autosaver
    from gui.qt.checkspanel import ChecksPanel
    from gui.qt.dialogs import Dialogs, LibraryOffer
    from gui.qt.document import RecordDocument
    from gui.qt.issueguard import IssueGuard
    from gui.qt.library import LibraryController
    from gui.qt.outlineeditor import ContentPage
    from gui.qt.preview import PreviewPane
    from gui.qt.sections import DirectivesSection
    from gui.qt.settings import Settings


class Window(Protocol):
    """The main window as its controllers see it: the document, the form and the panels."""

    settings: Settings
    session: Session | None
    dialogs: Dialogs
    profile: Profile
    doc: RecordDocument
    autosaver: Autosaver
    actions: Actions
    tabs: QTabWidget
    preview: PreviewPane
    checks: ChecksPanel
    library_offer: LibraryOffer
    issue_guard: IssueGuard
    content_section: ContentPage
    directives_section: DirectivesSection

    def statusBar(self) -> QStatusBar: ...

    def update_title(self, *_args: object) -> None: ...

    def refresh_suggestions(self) -> None: ...

    def authority_labels(self) -> dict[Authority, str]: ...

    def open_file(self, file_name: str, ask: bool = True) -> bool: ...

    def jump_to(self, path: Path) -> None: ...

    def show(self) -> None: ...

    def raise_(self) -> None: ...

    def activateWindow(self) -> None: ...

    def close(self) -> bool: ...


class Session(Protocol):
    """What a window needs of the application's session (``gui.qt.app.Session``): the shared
    library and the other windows."""

    def library(self) -> LibraryController: ...

    def open_library(self) -> LibraryController | None: ...

    def window_for(self, path: str) -> Window | None: ...

    def new_window(self) -> Window: ...
