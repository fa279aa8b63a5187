"""Issue 10, start-up: what the window does before its first paint, and that what it leaves
for later still happens when the user gets there.

The first test starts ``bienban FILE`` in a child process (as ``tests/bench_editor.py`` does,
offscreen) and looks at the process when the window is shown: only the current section is
built, Qt's print support and the paginator are not loaded, nothing was composed, the library
index was not read for suggestions. The others check, in this process, that a section built
late shows the record, that a language switch keeps working with sections not built yet, and
that suggestions are read when a field first needs them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from gui.core.resources import seeds_dir
from gui.core.suggestions import PhraseKind

SEED = seeds_dir() / "quang-ninh-giao-ban-q3-2017.bienban.json"

CHILD = r"""
import json, os, sys
import gui.cli
import PySide6.QtGui
import PySide6.QtWidgets
from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

composed = []  # the preview's refreshes: each composes the record

def state(window):
    return {
        "built": [s is not None for s in window._sections],
        "modules": sorted(m for m in sys.modules if m.startswith(("gui.", "PySide6."))
                          or m in ("socket", "hashlib")),
        # PySide6 builds a Qt class (and its enums) when Python first uses it; the module's
        # dictionary holds the classes built so far
        "qt_classes": sorted([*vars(PySide6.QtGui), *vars(PySide6.QtWidgets)]),
        "composed": len(composed),
    }

class FirstPaint(QObject):
    seen = None
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.seen is None:
            self.seen = state(obj)
        return False

first_paint = FirstPaint()

def shown(app):
    window = next(w for w in app.topLevelWidgets() if w.isVisible())
    QTest.qWaitForWindowExposed(window, 30000)
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()
    at_shown = state(window)
    wait = QEventLoop()  # the preview follows: wait until it has composed
    poll = QTimer()
    poll.timeout.connect(lambda: composed and wait.quit())
    poll.start(5)
    QTimer.singleShot(30000, wait.quit)
    wait.exec()
    print(json.dumps({"title": window.windowTitle(), "first_paint": first_paint.seen,
                      "shown": at_shown, "later": state(window)}), flush=True)
    os._exit(0)

import gui.qt.mainwindow
real_init = gui.qt.mainwindow.MainWindow.__init__
def init(self, *args, **kwargs):
    real_init(self, *args, **kwargs)
    self.installEventFilter(first_paint)
    self.preview.updated.connect(lambda: composed.append(1))
gui.qt.mainwindow.MainWindow.__init__ = init
QApplication.exec = lambda self, *args: shown(self)
sys.exit(gui.cli.main([sys.argv[1]]))
"""


def test_before_the_first_paint_only_the_current_section_is_built(tmp_path) -> None:  # type: ignore[no-untyped-def]
    record = tmp_path / "qn.bienban.json"
    record.write_bytes(SEED.read_bytes())
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["HOME"] = str(tmp_path)
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(record)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert "qn.bienban.json" in report["title"]
    first = report["first_paint"]
    assert first is not None, "the window was never painted"
    for moment in (first, report["shown"]):
        assert moment["built"] == [True, False, False, False, False]
        modules = set(moment["modules"])
        assert "gui.core.library" not in modules  # the index is read for a suggestion
        assert "gui.cli_signing" not in modules  # `bienban FILE` parses no options
    modules = set(first["modules"])
    assert "PySide6.QtPrintSupport" not in modules
    assert "gui.qt.printing" not in modules
    assert first["composed"] == 0  # the preview composes after the first paint
    # ... and its modules load then: the composer, the renderers, the export formats
    for name in ("gui.core.compose", "gui.core.render_text", "gui.core.exporting"):
        assert name not in modules
    # the tables (Cuộc họp and later), the tracking core (names, next meeting, suggestions),
    # socket (a lock held by someone) load when first needed
    for name in ("gui.qt.tables", "gui.qt.models", "gui.core.tracking", "socket"):
        assert name not in modules
    # no hash before the window shows (hashlib loads OpenSSL): the disk watcher keeps the
    # file's bytes, the generated validator its schemas' bytes
    assert "hashlib" not in modules
    # Qt classes that no widget shown needs: PySide6 builds each, with its enums, on first use
    classes = set(first["qt_classes"])
    assert {"QLineEdit", "QTabWidget", "QAction"} <= classes  # what the window does use
    for name in ("QMessageBox", "QFileDialog", "QInputDialog", "QFont", "QTextCursor", "QPainter"):
        assert name not in classes
    later = report["later"]
    assert later["composed"] >= 1
    assert "gui.qt.printing" in later["modules"]  # the pages view, default, came
    assert "gui.core.compose" in later["modules"]


def test_a_section_built_late_shows_the_record(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_file(str(SEED), ask=False)
    assert window._sections[1] is None
    window.tabs.setCurrentIndex(1)  # Cuộc họp, as a click on its tab
    assert window._sections[1] is window.tabs.currentWidget()
    chair = window.binder.widget_for(("meeting", "chair", "name"))
    assert isinstance(chair, QLineEdit)
    assert chair.text() == window.doc.record.meeting.chair.name != ""
    assert window._sections[4] is None
    assert window.binder.widget_for(("closing", "sentence")) is not None  # built for the lookup
    assert window._sections[4] is not None


def test_language_switch_with_sections_not_built(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_file(str(SEED), ask=False)
    window.tabs.setCurrentIndex(1)
    before = window.tabs.tabText(1)
    window.actions.lang_en.trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(1) != before)
    assert window.tabs.currentIndex() == 1
    assert [s is not None for s in window._sections] == [False, True, False, False, False]
    location = window.binder.widget_for(("meeting", "location"))
    assert isinstance(location, QLineEdit)
    assert location.text() == window.doc.record.meeting.location
    window.actions.lang_vi.trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(1) == before)


def test_suggestions_are_read_when_first_needed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    reads: list[int] = []
    source = window._phrases

    def counting() -> list:  # type: ignore[type-arg]
        reads.append(1)
        return source()

    window.suggestions.set_source(counting)
    window.open_file(str(SEED), ask=False)
    assert reads == []
    window.tabs.setCurrentIndex(1)
    secretary = window.binder.widget_for(("meeting", "secretary", "name"))
    assert isinstance(secretary, QLineEdit)
    secretary.setFocus()
    secretary.clear()
    qtbot.keyClicks(secretary, "ng")
    assert reads == [1]
    names = [p.text for p in window.suggestions.models[PhraseKind.PERSON].phrases()]
    assert window.doc.record.meeting.chair.name in names
    qtbot.keyClick(secretary, Qt.Key.Key_U)
    assert reads == [1]  # read once, not at each key
