"""Unhandled errors: logged to a file, the work written to recovery files, the user told.

An exception escaping a slot must not make the application vanish with a morning's minutes:
``install`` replaces ``sys.excepthook`` so the traceback goes to ``bienban.log`` in the app
data folder, every open window writes its recovery file, and a dialog offers to save.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication


class _Autosaver(Protocol):
    def write_now(self) -> bool: ...


class RecoverableWindow(Protocol):
    """What the handler needs of an open window: its autosaver writes the recovery file."""

    autosaver: _Autosaver


LOG_NAME = "bienban.log"


def log_path() -> Path:
    """The error log in the application data folder."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / LOG_NAME


LOG_LIMIT = 1 << 20
"""A log over this size is moved aside (``bienban.log.1``, then ``.2``) at the next start."""


def _rotate(path: Path, keep: int = 2) -> None:
    try:
        if path.stat().st_size <= LOG_LIMIT:
            return
        for n in range(keep - 1, 0, -1):
            older = path.with_name(f"{path.name}.{n}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{n + 1}"))
        os.replace(path, path.with_name(f"{path.name}.1"))
    except OSError:
        pass  # no log yet, or it cannot be moved: keep appending


def make_logger(path: Path) -> logging.Logger:
    """A logger writing to ``path``, opened at the first message (not at start-up).

    ``logging.handlers`` is not used: its import (sockets, pickle, queues) costs start-up time;
    the log is rotated when the application starts instead.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    logger = logging.getLogger("bienban")
    if not any(isinstance(h, logging.FileHandler) for h in logger.handlers):
        _rotate(path)
        handler = logging.FileHandler(path, encoding="utf-8", delay=True)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return logger


class ErrorHandler:
    """The ``sys.excepthook`` of the GUI."""

    def __init__(
        self,
        windows: Callable[[], Iterable[RecoverableWindow]],
        logger: logging.Logger,
        ask: Callable[[str, str], bool] | None = None,
    ) -> None:
        self._windows = windows
        self._logger = logger
        self._ask = ask or self._ask_with_box
        self._busy = False
        self.handled = 0

    def install(self) -> None:
        """Become ``sys.excepthook``."""
        sys.excepthook = self

    def __call__(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        self._logger.error("unhandled exception\n%s", text)
        self.handled += 1
        if self._busy:  # an error while reporting an error: log only
            return
        self._busy = True
        try:
            saved = [w for w in self._windows() if self._write_recovery(w)]
            message = QCoreApplication.translate(
                "ErrorHandler",
                "Đã xảy ra lỗi không mong muốn: %s\n\nCông việc chưa lưu đã được "
                "ghi vào bản khôi phục (%d văn bản). Chi tiết ở %s.",
            ) % (
                value,
                len(saved),
                self._logger.handlers[0].baseFilename  # type: ignore[attr-defined]
                if self._logger.handlers
                else LOG_NAME,
            )
            if self._ask(QCoreApplication.translate("ErrorHandler", "Lỗi"), message):
                window = QApplication.activeWindow()
                for w in self._windows():
                    if w is window or window is None:
                        w.save()
                        break
        finally:
            self._busy = False

    def _write_recovery(self, window: RecoverableWindow) -> bool:
        """Write one window's recovery file; an error here is logged, never raised."""
        try:
            return window.autosaver.write_now()
        except Exception:  # reporting an error must not fail with another one
            self._logger.exception("writing the recovery file failed")
            return False

    @staticmethod
    def _ask_with_box(title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox  # built by PySide6 on first use: not at start-up

        from gui.qt.literal import plain

        box = plain(QMessageBox(QMessageBox.Icon.Critical, title, text))
        save = box.addButton(
            QCoreApplication.translate("ErrorHandler", "Lưu văn bản ngay"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("ErrorHandler", "Tiếp tục làm việc"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.exec()
        return box.clickedButton() is save
