"""Shared fixtures: offscreen Qt, isolated settings and app data, the seed records."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_QN = SEEDS / "quang-ninh-giao-ban-q3-2017.bienban.json"
SEED_LAO_CAI = SEEDS / "lao-cai-cum-cong-nghiep-2026.bienban.json"
SEED_FILES = [SEED_LAO_CAI, SEED_QN]
"""The two meeting records (the notice, minutes and news item of a meeting). The records of the
real published documents (``tests/data/real``) have their own tests."""


@pytest.fixture(scope="session", autouse=True)
def _qt_test_mode() -> None:
    """App data (profiles, …) goes to Qt's test locations, never the user's."""
    try:
        from PySide6.QtCore import QStandardPaths
    except ImportError:  # core-only environments
        return
    from gui.qt.app import set_application_names

    QStandardPaths.setTestModeEnabled(True)
    set_application_names()
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    shutil.rmtree(data, ignore_errors=True)


@pytest.fixture
def seed_qn(tmp_path: Path) -> Path:
    """A copy of the Quảng Ninh seed record that a test may modify."""
    target = tmp_path / SEED_QN.name
    shutil.copyfile(SEED_QN, target)
    return target


@pytest.fixture
def seed_lao_cai(tmp_path: Path) -> Path:
    """A copy of the Lào Cai seed record that a test may modify."""
    target = tmp_path / SEED_LAO_CAI.name
    shutil.copyfile(SEED_LAO_CAI, target)
    return target


@pytest.fixture
def settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Settings stored in a file of this test only."""
    from PySide6.QtCore import QSettings

    from gui.qt.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, settings):  # type: ignore[no-untyped-def]
    """A main window whose dialogs fail the test unless a test patches them."""
    from gui.qt.mainwindow import MainWindow

    w = MainWindow(settings)

    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected dialog: {args}")

    w.dialogs.error = unexpected  # type: ignore[method-assign]
    w.dialogs.info = unexpected  # type: ignore[method-assign]
    w.dialogs.open_file = unexpected  # type: ignore[method-assign,assignment]
    w.dialogs.save_file = unexpected  # type: ignore[method-assign,assignment]
    w.dialogs.ask_save_changes = unexpected  # type: ignore[method-assign,assignment]
    w.dialogs.save_file_with_filter = unexpected  # type: ignore[method-assign,assignment]
    w.dialogs.confirm = unexpected  # type: ignore[method-assign,assignment]
    w.dialogs.go_on_or_back = unexpected  # type: ignore[method-assign,assignment]
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.doc.undo_stack.setClean()  # close without a prompt
    w.dialogs.go_on_or_back = lambda *_args: True  # type: ignore[method-assign]  # a date left unread
    w.close()
    w.deleteLater()
