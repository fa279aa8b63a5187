"""The main window's agency profiles: the current one, the menu, editing and saving."""

from __future__ import annotations

import os
from pathlib import Path as FsPath
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths

from gui.core.errors import RecordFileError
from gui.core.profile import (
    GENERIC_PROFILE,
    PROFILE_SUFFIX,
    Profile,
    load_profile,
    save_profile,
    shipped_profiles,
)
from gui.core.resources import resource_path
from gui.qt.literal import action_text

if TYPE_CHECKING:
    from gui.qt.filecontroller import FileController
    from gui.qt.host import Window


class ProfileController(QObject):
    """The agency profile the window's new records start from (``window.profile``)."""

    def __init__(self, window: Window, files: FileController) -> None:
        super().__init__(window)
        self._w = window
        self._files = files

    def _user_profiles_dir(self) -> str:
        base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        return os.path.join(base, "profiles")

    def load_current_profile(self) -> Profile:
        path = self._w.settings.profile_path()
        for candidate in (path, str(resource_path("profiles", GENERIC_PROFILE))):
            if candidate:
                try:
                    return load_profile(candidate)
                except RecordFileError:
                    continue
        return Profile(name="")

    def set_profile(self, path: str) -> bool:
        """Make the profile at ``path`` current (for File → New and department names)."""
        try:
            profile = load_profile(path)
        except RecordFileError as exc:
            self._files.show_file_error(self.tr("Không mở được hồ sơ"), exc)
            return False
        self._w.profile = profile
        self._w.settings.set_profile_path(path)
        self._w.directives_section.set_department_names(profile.departments)
        self._w.content_section.set_profile_lists(profile.headings, profile.departments)
        self._w.refresh_suggestions()
        self._w.statusBar().showMessage(self.tr("Hồ sơ cơ quan: %s") % profile.name, 5000)
        return True

    def fill_profile_menu(self) -> None:
        menu = self._w.actions.profile_menu
        menu.clear()
        user_dir = self._user_profiles_dir()
        user = (
            sorted(str(p) for p in FsPath(user_dir).glob(f"*{PROFILE_SUFFIX}"))
            if os.path.isdir(user_dir)
            else []
        )
        current = self._w.settings.profile_path()
        for path in [*shipped_profiles(), *user]:
            try:
                name = load_profile(path).name or os.path.basename(path)
            except RecordFileError:
                continue
            action = menu.addAction(action_text(name))
            action.setCheckable(True)
            action.setChecked(path == current)
            action.triggered.connect(lambda _=False, p=path: self.set_profile(p))

    def edit_profile(self) -> None:
        """Edit the current profile and save it as a user profile."""
        from gui.qt.profiledialog import ProfileDialog

        dialog = ProfileDialog(self._w.profile, self._w.authority_labels(), self._w)
        if dialog.exec() != ProfileDialog.DialogCode.Accepted:
            return
        self.save_user_profile(dialog.profile())

    def save_user_profile(self, profile: Profile) -> str:
        """Save ``profile`` in the user's profile folder and make it current."""
        from gui.core.tracking import slug  # not at start-up

        os.makedirs(self._user_profiles_dir(), exist_ok=True)
        path = os.path.join(self._user_profiles_dir(), slug(profile.name, "ho-so") + PROFILE_SUFFIX)
        try:
            save_profile(profile, path)
        except RecordFileError as exc:
            self._files.show_file_error(self.tr("Không lưu được hồ sơ"), exc)
            return ""
        self.set_profile(path)
        return path

    def open_profile_dialog(self) -> None:
        """Pick a profile file and make it current."""
        name = self._w.dialogs.open_file(
            self.tr("Mở hồ sơ cơ quan"),
            self._w.settings.last_folder(),
            self.tr("Hồ sơ cơ quan (*%s);;Mọi tệp (*)") % PROFILE_SUFFIX,
        )
        if name:
            self.set_profile(name)
