"""The window for ``test_xdotool``: run on a real X server (Xvfb), typed into by xdotool.

Prints ``READY <window id>`` once shown; F11 moves the cursor to the meeting's start time;
F12 prints what the record holds and which field has the focus (as JSON) and quits. X delivers
keys in order, so F12 is handled after everything typed before it.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from gui.qt.app import set_application_names
from gui.qt.mainwindow import MainWindow
from gui.qt.settings import Settings


def main(settings_file: str) -> int:
    """Show the window, wait for the keys."""
    app = QApplication(sys.argv[:1])
    QStandardPaths.setTestModeEnabled(True)
    set_application_names()
    window = MainWindow(Settings(QSettings(settings_file, QSettings.Format.IniFormat)))
    window.resize(1366, 768)
    issue = window.binder.widget_for(("header", "issue_date"))
    start = window.binder.widget_for(("meeting", "start_time"))
    assert issue is not None and start is not None

    def to_times() -> None:
        window.tabs.setCurrentWidget(window.meeting_section)
        start.setFocus(Qt.FocusReason.OtherFocusReason)

    def dump() -> None:
        r = window.doc.record
        focus = QApplication.focusWidget()
        print(
            json.dumps(
                {
                    "issue_date": r.header.issue_date.isoformat() if r.header.issue_date else None,
                    "summary": r.header.summary,
                    "start_time": r.meeting.start_time.isoformat()
                    if r.meeting.start_time
                    else None,
                    "end_time": r.meeting.end_time.isoformat() if r.meeting.end_time else None,
                    "focus": focus.objectName() if focus is not None else None,
                }
            ),
            flush=True,
        )
        window.doc.undo_stack.setClean()
        app.quit()

    for key, slot in (("F11", to_times), ("F12", dump)):
        shortcut = QShortcut(QKeySequence(key), window)
        shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        shortcut.activated.connect(slot)
    window.show()
    issue.setFocus()
    print(f"READY {int(window.winId())}", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
