"""The one module that touches QSettings: typed getters and setters."""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

MAX_RECENT = 10


def default_library_folder() -> str:
    """``~/Documents/Bienban``."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return os.path.join(docs or os.path.expanduser("~"), "Bienban")


class Settings:
    """Typed access to the application's persistent settings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings if settings is not None else QSettings()

    def sync(self) -> None:
        """Write pending changes to storage."""
        self._s.sync()

    def language(self) -> str:
        """UI language code ("vi" or "en"); Vietnamese by default."""
        value = str(self._s.value("ui/language", "vi"))
        return value if value in ("vi", "en") else "vi"

    def set_language(self, code: str) -> None:
        """Store the UI language code."""
        self._s.setValue("ui/language", code)

    def geometry(self) -> QByteArray | None:
        """The main window's saved geometry."""
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        """Store the main window's geometry."""
        self._s.setValue("window/geometry", geometry)

    def window_state(self) -> QByteArray | None:
        """Saved dock and toolbar layout."""
        value = self._s.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def set_window_state(self, state: QByteArray) -> None:
        """Store dock and toolbar layout."""
        self._s.setValue("window/state", state)

    def recent_files(self) -> list[str]:
        """Recently opened files, most recent first."""
        value = self._s.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or []) if v]

    def add_recent_file(self, path: str) -> None:
        """Put ``path`` first in the recent files."""
        files = [path] + [f for f in self.recent_files() if f != path]
        self._s.setValue("files/recent", files[:MAX_RECENT])

    def remove_recent_file(self, path: str) -> None:
        """Forget ``path`` (e.g. it no longer exists)."""
        self._s.setValue("files/recent", [f for f in self.recent_files() if f != path])

    def profile_path(self) -> str:
        """Path of the current agency profile ("" for the generic one)."""
        return str(self._s.value("profile/path", ""))

    def set_profile_path(self, path: str) -> None:
        """Store the current agency profile's path."""
        self._s.setValue("profile/path", path)

    def preview_kind(self) -> str:
        """Which document the preview shows ("notice", "minutes", "news")."""
        return str(self._s.value("preview/kind", "notice"))

    def set_preview_kind(self, kind: str) -> None:
        """Store which document the preview shows."""
        self._s.setValue("preview/kind", kind)

    def preview_mode(self) -> str:
        """How the preview shows the document ("pages" or "text")."""
        value = str(self._s.value("preview/mode", "pages"))
        return value if value in ("pages", "text") else "pages"

    def set_preview_mode(self, mode: str) -> None:
        """Store how the preview shows the document."""
        self._s.setValue("preview/mode", mode)

    def export_format(self) -> str:
        """The format of the last export ("docx", "pdf", "txt" or "html"; "docx" at first)."""
        value = str(self._s.value("export/format", "docx"))
        return value if value in ("docx", "pdf", "txt", "html") else "docx"

    def set_export_format(self, fmt: str) -> None:
        """Store the format exported last: the next export offers it first."""
        self._s.setValue("export/format", fmt)

    def autosave_interval(self) -> int:
        """Seconds between autosaves of unsaved work to the recovery file (default 60)."""
        try:
            value = int(self._s.value("safety/autosave_seconds", 60))
        except (TypeError, ValueError):
            return 60
        return min(max(value, 5), 3600)

    def set_autosave_interval(self, seconds: int) -> None:
        """Store the autosave interval in seconds."""
        self._s.setValue("safety/autosave_seconds", int(seconds))

    def library_folders(self) -> list[str]:
        """Every folder of record files the tracking book follows, the main one first.

        The main one (where Save proposes to put records) defaults to ~/Documents/Bienban.
        """
        value = self._s.value("library/folders", [])
        if isinstance(value, str):
            value = [value]
        folders = [str(v) for v in (value or []) if v]
        old = str(self._s.value("library/folder", ""))  # settings written before the list
        if old and old not in folders:
            folders.insert(0, old)
        if not folders:
            folders = [default_library_folder()]
        return folders

    def set_library_folders(self, folders: list[str]) -> None:
        """Store the library folders, the main one first (duplicates dropped)."""
        unique = list(dict.fromkeys(f for f in folders if f))
        self._s.setValue("library/folders", unique)
        self._s.setValue("library/folder", unique[0] if unique else "")

    def add_library_folder(self, folder: str) -> None:
        """Follow ``folder`` too (after the folders already followed)."""
        self.set_library_folders([*self.library_folders(), folder])

    def library_folder(self) -> str:
        """The main library folder (default ~/Documents/Bienban)."""
        return self.library_folders()[0]

    def set_library_folder(self, folder: str) -> None:
        """Make ``folder`` the main library folder; the others are still followed."""
        self.set_library_folders([folder, *self.library_folders()])

    def last_folder(self) -> str:
        """Folder of the last file dialog."""
        return str(self._s.value("files/last_folder", ""))

    def set_last_folder(self, folder: str) -> None:
        """Store the folder of the last file dialog."""
        self._s.setValue("files/last_folder", folder)
