"""The library folders in the settings (gui.qt.settings)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from gui.qt.library import default_library_folder
from gui.qt.settings import Settings


def test_library_folders_default_add_and_main(settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert settings.library_folders() == [default_library_folder()]
    assert settings.library_folder() == default_library_folder()
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    settings.set_library_folder(a)
    assert settings.library_folders() == [a, default_library_folder()]
    settings.add_library_folder(b)
    settings.add_library_folder(b)  # once only
    assert settings.library_folders() == [a, default_library_folder(), b]
    settings.set_library_folder(b)
    assert settings.library_folder() == b
    assert settings.library_folders() == [b, a, default_library_folder()]


def test_a_folder_stored_by_an_older_version_is_kept(tmp_path) -> None:  # type: ignore[no-untyped-def]
    ini = str(tmp_path / "old.ini")
    old = QSettings(ini, QSettings.Format.IniFormat)
    old.setValue("library/folder", "/srv/bienban")
    old.sync()
    settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
    assert settings.library_folder() == "/srv/bienban"
    assert settings.library_folders() == ["/srv/bienban"]
