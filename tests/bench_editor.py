"""Benchmark of the Bienban editor: start-up, a big record, edit-to-preview latency, memory.

Not a pytest test (pytest collects only ``test_*.py``); run it by hand::

    python tests/bench_editor.py [--platform offscreen|xcb] [--repeat N] [--json OUT]
                                 [--preview-mode pages|text|both] [--none-guard]
                                 [--python VENV/bin/python | --wheel] [--startup-only]

What it measures, each Qt part in a fresh child process with its own empty settings
(``XDG_CONFIG_HOME`` / ``XDG_DATA_HOME`` point at throw-away folders):

1. Start-up: wall time from just before ``Popen`` until the child prints ``SHOWN``. The
   child does what the ``bienban`` script does, ``import gui.cli`` and ``gui.cli.main([FILE])``
   (→ ``gui.qt.app.run``: application names, ``QApplication``, settings, translators, main
   window, ``open_file`` with a copy of the Quảng Ninh seed, ``show``), and nothing before
   it: a hook on ``sys.meta_path`` stamps and patches ``gui.qt.app`` and
   ``gui.qt.mainwindow`` when the command itself imports them. ``QApplication.exec`` is
   replaced by: wait until the window is exposed and the event queue has run once, print
   ``SHOWN``, exit. The baseline is a bare ``QMainWindow`` of the same size shown the same
   way. A second baseline, "same shape", is a window of Bienban's shape in plain PySide6 (the
   five tabs, a form of nine fields, the two docks, six menus of 26 actions, a status bar)
   with no application behind it: what the widgets alone cost. Median of ``--repeat`` runs
   each (after one untimed warm-up run each), the three interleaved; the goal is Bienban /
   bare ≤ 1.6. Phases come from those time stamps and from ``MainWindow.__init__`` and
   ``MainWindow.open_file``. With
   ``--python``, both start-up children run with that interpreter (a virtual environment
   with the wheel installed: ``pip install dist/bienban-*.whl``) from a scratch folder, so
   that Bienban is imported from the installed package and not the source tree; ``--wheel``
   builds the wheel (``python -m build``) and installs it into a fresh virtual environment
   first (a minute or two), then does the same.
2. Big record: 100 departments × 20 tasks and 300 attendees, built with the record
   dataclasses and saved with ``save_record``. With the main window shown and the
   "Chỉ đạo" tab current, time from ``window.open_file(path, ask=False)`` until the tasks
   table shows the first department's tasks, the preview has refreshed (``updated``) and
   the event queue has run once. Goal ≤ 1 s.
3. Cell edit → preview: ``tasks_model.setData(index, "new text …", EditRole)`` on the big
   record until ``PreviewPane.updated`` fires with the new text in the preview; 10 edits,
   median and max. Goal ≤ 100 ms (it includes the preview's debounce: 40 ms for the text
   preview, 250 ms for the pages preview).
4. Peak memory: ``ru_maxrss`` of the process that opened the big record. Goal ≤ 250 MiB.

Items 2–4 run once per preview mode, each in its own process: "pages" (printed pages, the
application's default) and "text" (laid-out plain text, where the new text is checked in the
preview itself; for pages, that the pages were painted again after the edit). A second table
breaks the numbers down (start-up phases, loading, composing, rendering, layout).

``--none-guard`` works around a crash rather than measuring it: PySide6 6.12.0 on Python
3.11 drops a reference to ``None`` on each call of a wrapped void method, and the pages
preview makes tens of thousands of such calls per refresh of the big record, so that child
aborts ("Fatal Python error: none_dealloc"). Without the flag the crash is reported as such.

The exit status is 0 when every measurement ran (whether it met its goal or not), 1 when
one could not be taken (including such a crash).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import selectors
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.benchkit import (
    N_ATTENDEES,
    N_DEPARTMENTS,
    N_TASKS,
    ROOT,
    BenchError,
    add_json_option,
    add_repeat_option,
    add_timeout_option,
    build_big_record,
    fmt_ms,
    goal_ms,
    install_wheel,
    machine_info,
    maxrss_mib,
    median,
    print_result,
    report,
    root_on_path,
    run_child,
    sample_stats,
    summary_row,
    tail,
    time_calls,
    verdict,
    write_json,
)

SEED = ROOT / "seeds" / "quang-ninh-giao-ban-q3-2017.bienban.json"

GOAL_STARTUP_RATIO = 1.6
GOAL_OPEN_MS = 1000.0
GOAL_EDIT_MS = 100.0
GOAL_RSS_MIB = 250.0

N_EDITS = 10
DIRECTIVES_TAB = 3  # gui.qt.mainwindow.TAB_OF["directives"]

MARKER = "SHOWN"

# --- child processes for the start-up measurement ----------------------------------------------
# Kept as small as `bienban FILE` itself: everything they import counts, and the Bienban child
# imports nothing ahead of the command.

APP_STARTUP = r"""
import time
_t = {"start": time.perf_counter()}
import importlib.machinery, json, os, resource, sys
import gui.cli  # what the `bienban` script imports before it calls main
_t["import_cli"] = time.perf_counter()


class _WhenImported:
    # Time stamps and patches put on two modules when `bienban FILE` itself imports them:
    # nothing is imported ahead of `gui.cli.main` that the command would import later.

    def find_spec(self, name, path=None, target=None):
        if name not in HOOKS:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path, target)
        run_module = spec.loader.exec_module

        def exec_module(module):
            _t[name + "_start"] = time.perf_counter()
            run_module(module)
            _t[name + "_end"] = time.perf_counter()
            HOOKS[name](module)

        spec.loader.exec_module = exec_module
        return spec


def stamp_around(name, method):
    def wrapper(self, *args, **kwargs):
        _t.setdefault(name + "_start", time.perf_counter())
        try:
            return method(self, *args, **kwargs)
        finally:
            _t.setdefault(name + "_end", time.perf_counter())
    return wrapper

def patch_mainwindow(module):
    module.MainWindow.__init__ = stamp_around("construct", module.MainWindow.__init__)
    module.MainWindow.open_file = stamp_around("open_file", module.MainWindow.open_file)


def shown(app):
    # Replaces the event loop of `bienban FILE`: wait for the window, report, leave.
    _t["exec"] = time.perf_counter()
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtTest import QTest
    from gui.qt.mainwindow import MainWindow
    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
    exposed = QTest.qWaitForWindowExposed(window, 30000)
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()
    _t["shown"] = time.perf_counter()
    sys.stdout.write("SHOWN\n")
    sys.stdout.flush()
    import PySide6
    from PySide6.QtCore import qVersion
    marks = [("import_cli", "start", "import_cli"),
             ("import_app", "import_cli", "gui.qt.app_end"),
             ("app_settings_translators", "gui.qt.app_end", "gui.qt.mainwindow_start"),
             ("import_mainwindow", "gui.qt.mainwindow_start", "gui.qt.mainwindow_end"),
             ("until_construct", "gui.qt.mainwindow_end", "construct_start"),
             ("construct", "construct_start", "construct_end"),
             ("open_file", "open_file_start", "open_file_end"),
             ("show_until_exec", "open_file_end", "exec"),
             ("exposed", "exec", "shown")]
    print("INFO " + json.dumps({
        "exposed": bool(exposed),
        "title": window.windowTitle(),
        "gui_file": gui.__file__,
        "phases_ms": {n: (_t[b] - _t[a]) * 1000 for n, a, b in marks if a in _t and b in _t},
        "child_total_ms": (_t["shown"] - _t["start"]) * 1000,
        "maxrss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "cpu_ms": sum(resource.getrusage(resource.RUSAGE_SELF)[:2]) * 1000,
        "platform": app.platformName(),
        "pyside6": PySide6.__version__,
        "qt": qVersion(),
    }), flush=True)
    os._exit(0 if exposed else 3)

def patch_app(module):
    module.QApplication.exec = lambda self, *args: shown(self)


HOOKS = {"gui.qt.app": patch_app, "gui.qt.mainwindow": patch_mainwindow}
sys.meta_path.insert(0, _WhenImported())
status = gui.cli.main([sys.argv[1]])
sys.exit(f"bienban returned {status} without showing its window")
"""

# What both baselines do once their window is built: show it the way the Bienban child waits
# for its own, and report.
BASELINE_SHOWN = r"""
window.resize(1280, 800)
_t.append(time.perf_counter())
window.show()
exposed = QTest.qWaitForWindowExposed(window, 30000)
loop = QEventLoop()
QTimer.singleShot(0, loop.quit)
loop.exec()
_t.append(time.perf_counter())
sys.stdout.write("SHOWN\n")
sys.stdout.flush()
names = ("import", "qapplication", "construct", "show")
print("INFO " + json.dumps({
    "exposed": bool(exposed),
    "visible": window.isVisible(),
    "phases_ms": {n: (_t[i + 1] - _t[i]) * 1000 for i, n in enumerate(names)},
    "child_total_ms": (_t[-1] - _t[0]) * 1000,
    "maxrss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "cpu_ms": sum(resource.getrusage(resource.RUSAGE_SELF)[:2]) * 1000,
    "platform": app.platformName(),
}), flush=True)
os._exit(0 if exposed else 3)
"""

BARE_STARTUP = (
    r"""
import time
_t = [time.perf_counter()]
import json, os, resource, sys
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow
_t.append(time.perf_counter())
app = QApplication(sys.argv[:1])
_t.append(time.perf_counter())
window = QMainWindow()
"""
    + BASELINE_SHOWN
)

SHAPE_STARTUP = (
    r"""
import time
_t = [time.perf_counter()]
import json, os, resource, sys
from PySide6.QtCore import QEventLoop, QTimer, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication, QComboBox, QDockWidget, QFormLayout, QHBoxLayout, QLineEdit, QListWidget,
    QMainWindow, QPlainTextEdit, QScrollArea, QSpinBox, QTabWidget, QVBoxLayout, QWidget,
)
_t.append(time.perf_counter())
app = QApplication(sys.argv[:1])
_t.append(time.perf_counter())
window = QMainWindow()
tabs = QTabWidget()
tabs.setDocumentMode(True)
form_page = QWidget()
form = QFormLayout(form_page)
for i, text in enumerate(("BAN QUẢN LÝ KHU KINH TẾ", "BQLKKT", "TB", "Quảng Ninh", "25/10/2017",
                          "Hạ Long", "Giao ban quý III năm 2017")):
    line = QLineEdit(text)
    line.setClearButtonEnabled(i == 4)
    form.addRow(f"Trường {i + 1}", line)
form.addRow("Số", QSpinBox())
form.addRow("Trích yếu", QPlainTextEdit("Kết luận của Trưởng ban tại cuộc họp giao ban"))
scroll = QScrollArea()
scroll.setWidgetResizable(True)
scroll.setWidget(form_page)
tabs.addTab(scroll, "Đầu văn bản")
for title in ("Cuộc họp", "Nội dung", "Chỉ đạo", "Kết thúc"):
    tabs.addTab(QWidget(), title)
window.setCentralWidget(tabs)
preview = QWidget()
column = QVBoxLayout(preview)
top = QHBoxLayout()
for items in (("Thông báo kết luận", "Biên bản"), ("Trang in", "Văn bản")):
    box = QComboBox()
    box.addItems(items)
    top.addWidget(box)
column.addLayout(top)
column.addWidget(QWidget(), 1)
checks = QListWidget()
checks.addItems(["Thiếu người ký", "Thời hạn đã qua"])
for widget, title, area in ((preview, "Xem trước", Qt.DockWidgetArea.RightDockWidgetArea),
                            (checks, "Kiểm tra", Qt.DockWidgetArea.BottomDockWidgetArea)):
    dock = QDockWidget(title, window)
    dock.setWidget(widget)
    window.addDockWidget(area, dock)
for m, menu_title in enumerate(("Tệp", "Sửa", "Chèn", "Xem", "Công cụ", "Trợ giúp")):
    menu = window.menuBar().addMenu(menu_title)
    for i in range(5 if m < 2 else 4):
        menu.addAction(QAction(f"{menu_title} {i + 1}", window))
window.statusBar().showMessage("Sẵn sàng")
"""
    + BASELINE_SHOWN
)

# --- the big-record child ---------------------------------------------------------------------


def pad_none_refcount() -> None:
    """Add 10⁹ to None's reference count (``--none-guard``).

    PySide6 6.12.0 on Python 3.11 (where None is not yet immortal) drops one reference to None
    on every call of a wrapped method that returns void, so a process that makes enough such
    calls aborts with "Fatal Python error: none_dealloc". Padding the count lets the timings be
    taken past that point; it changes nothing else.
    """
    import ctypes

    if sys.version_info < (3, 12):
        ctypes.c_ssize_t.from_address(id(None)).value += 10**9


def child_big(path: str, mode: str, timeout_s: float, none_guard: bool) -> dict[str, Any]:
    """Open the big record in a shown window; time it, then cell edits; report as a dict."""
    if none_guard:
        pad_none_refcount()

    import PySide6
    from PySide6.QtCore import QEventLoop, Qt, QTimer, qVersion
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from gui.qt.app import install_translators, set_application_names
    from gui.qt.settings import Settings

    set_application_names()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = Settings()
    settings.set_preview_mode(mode)  # the child's own, throw-away settings
    install_translators(app, settings.language())
    from gui.qt.mainwindow import MainWindow

    class Waiter:
        """Counts a signal's emissions and records when each came; waits for the n-th."""

        def __init__(self, signal: Any) -> None:
            self.times: list[float] = []
            self._loop: QEventLoop | None = None
            self._guard = QTimer()
            self._guard.setSingleShot(True)
            self._guard.timeout.connect(self._stop)
            signal.connect(self._fired)

        @property
        def count(self) -> int:
            return len(self.times)

        def _fired(self, *_args: object) -> None:
            self.times.append(time.perf_counter())
            self._stop()

        def _stop(self) -> None:
            if self._loop is not None:
                self._loop.quit()

        def wait_for(self, count: int, timeout: float = timeout_s) -> bool:
            deadline = time.perf_counter() + timeout
            while self.count < count:
                remaining = deadline - time.perf_counter()
                if remaining <= 0:
                    return False
                self._loop = QEventLoop()
                self._guard.start(int(remaining * 1000) + 1)
                self._loop.exec()
                self._guard.stop()
                self._loop = None
            return True

    def flush() -> None:
        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)
        loop.exec()
        app.processEvents()

    window = MainWindow(settings)
    preview = window.preview
    preview_updates = Waiter(preview.updated)
    page_paints = Waiter(preview.pages.paintRequested)
    checks_updates = Waiter(window.checks.updated)
    window.show()
    if not QTest.qWaitForWindowExposed(window, int(timeout_s * 1000)):
        raise BenchError("the main window was never exposed")
    preview_updates.wait_for(1, 0.6)  # a pending refresh of the empty record, if any
    window.tabs.setCurrentIndex(DIRECTIVES_TAB)
    flush()
    preview_visible = preview.isVisible()
    rss_before_open = maxrss_mib()
    none_refs = {"start": sys.getrefcount(None)}

    # --- 2. open the big record ---------------------------------------------------------------
    section = window.directives_section
    tasks_model = section.tasks_model
    n_preview, n_checks = preview_updates.count, checks_updates.count
    t0 = time.perf_counter()
    opened = window.open_file(path, ask=False)
    t_call = time.perf_counter()
    preview_ok = preview_updates.wait_for(n_preview + 1) if preview_visible else True
    t_preview = preview_updates.times[-1] if preview_visible and preview_ok else t_call
    flush()
    t_done = time.perf_counter()
    checks_updates.wait_for(n_checks + 1)
    t_checks = checks_updates.times[-1] if checks_updates.count > n_checks else float("nan")
    flush()
    none_refs["after_open"] = sys.getrefcount(None)

    record = window.doc.record
    first = record.directives.departments[0]
    problems = []
    if not opened:
        problems.append("open_file returned False")
    if preview.mode() != mode:
        problems.append(f"the preview is in {preview.mode()!r} mode")
    if not preview_ok:
        problems.append("the preview never refreshed")
    if window.tabs.currentIndex() != DIRECTIVES_TAB:
        problems.append("the directives tab is not current")
    if section.departments.model.rowCount() != N_DEPARTMENTS:
        problems.append(f"{section.departments.model.rowCount()} departments shown")
    if tasks_model.list_path != ("directives", "departments", 0, "tasks"):
        problems.append(f"tasks table shows {tasks_model.list_path}")
    if tasks_model.rowCount() != N_TASKS:
        problems.append(f"{tasks_model.rowCount()} tasks shown")
    if first.name not in section.tasks_title.text():
        problems.append(f"tasks title is {section.tasks_title.text()!r}")
    if preview_visible and mode == "text" and f"1. {first.name}" not in preview.text.toPlainText():
        problems.append("the text preview does not show the first department")
    if preview_visible and mode == "pages" and preview.page_count < 2:
        problems.append(f"the pages preview has {preview.page_count} page(s)")
    if window.meeting_section.attendees.model.rowCount() != N_ATTENDEES:
        problems.append("attendees table has the wrong number of rows")
    open_result = {
        "total_ms": (t_done - t0) * 1000,
        "open_file_call_ms": (t_call - t0) * 1000,
        "until_preview_updated_ms": (t_preview - t0) * 1000,
        "until_checks_updated_ms": (t_checks - t0) * 1000,
        "pages": preview.page_count if mode == "pages" else None,
        "problems": problems,
    }

    # --- 3. cell edits → preview ----------------------------------------------------------------
    if not window.preview_dock.isVisible():
        window.preview_dock.show()
        flush()
    samples: list[float] = []
    setdata_ms: list[float] = []
    edit_problems: list[str] = []
    for i in range(N_EDITS):
        row = i % max(1, tasks_model.rowCount())
        marker = f"new text {i + 1}:"
        text = f"{marker} rà soát lại hồ sơ, báo cáo Trưởng ban (lần sửa {i + 1})"
        n_preview, n_checks, n_paints = (
            preview_updates.count,
            checks_updates.count,
            page_paints.count,
        )
        t0 = time.perf_counter()
        accepted = tasks_model.setData(tasks_model.index(row, 0), text, Qt.ItemDataRole.EditRole)
        setdata_ms.append((time.perf_counter() - t0) * 1000)
        latency = None
        seen = n_preview
        while accepted and preview_updates.wait_for(seen + 1):
            seen = preview_updates.count
            # checked outside the timing: the text preview shows the new text, or the pages
            # were painted again from a record that holds it
            if mode == "text":
                shown = marker in preview.text.toPlainText()
            else:
                shown = page_paints.count > n_paints and first.tasks[row].content.startswith(marker)
            if shown:
                latency = (preview_updates.times[seen - 1] - t0) * 1000
                break
        if latency is None:
            edit_problems.append(f"edit {i + 1}: the preview never showed {marker!r}")
        else:
            samples.append(latency)
        # Let the debounced checks run before the next edit, as after a pause in typing.
        checks_updates.wait_for(n_checks + 1, 5)
        flush()
    none_refs["after_edits"] = sys.getrefcount(None)
    edit_result = {
        "samples_ms": samples,
        "setdata_ms": setdata_ms,
        "problems": edit_problems,
        "undo_steps": window.doc.undo_stack.count(),
    }
    rss_after_edits = maxrss_mib()

    # --- breakdown (informational; after the measured part) ------------------------------------
    from gui.core.checks import check_record
    from gui.core.compose import compose
    from gui.core.convert import from_data
    from gui.core.jsonfile import read_json, validate
    from gui.core.record import Record
    from gui.core.recordfile import load_record, migrate
    from gui.core.render_text import render_text

    def timed(fn: Any, n: int = 3) -> float:
        return median(time_calls(fn, n)[0])

    data = read_json(path)
    migrated = migrate(data)
    plain = {k: v for k, v in migrated.items() if k != "schema_version"}
    composed = compose(record, preview.kind())
    rendered = render_text(composed)
    breakdown = {
        "read_json_ms": timed(lambda: read_json(path)),
        "migrate_deepcopy_ms": timed(lambda: migrate(data)),
        "validate_schema_ms": timed(lambda: validate(path, migrated, "record.schema.json")),
        "from_data_ms": timed(lambda: from_data(Record, plain)),
        "load_record_ms": timed(lambda: load_record(path)),
        "compose_ms": timed(lambda: compose(record, preview.kind()), 5),
        "check_record_ms": timed(lambda: check_record(record)),
        "checks_panel_refresh_ms": timed(window.checks.refresh),
    }
    if mode == "text":
        breakdown["render_text_ms"] = timed(lambda: render_text(composed), 5)
        breakdown["set_plain_text_ms"] = timed(lambda: preview.text.setPlainText(rendered))
    else:
        from gui.qt.preview import PAGES_PREVIEW_PAGES
        from gui.qt.printing import paginate

        breakdown["layout_ms"] = timed(
            lambda: paginate(composed, preview.printer.pageLayout(), PAGES_PREVIEW_PAGES), 1
        )
    breakdown["preview_refresh_ms"] = timed(preview.refresh, 1 if mode == "pages" else 3)
    breakdown["window_repaint_ms"] = timed(window.repaint)
    flush()
    return {
        "platform": app.platformName(),
        "pyside6": PySide6.__version__,
        "qt": qVersion(),
        "python": platform.python_version(),
        "preview_mode": mode,
        "preview_visible_at_open": preview_visible,
        "preview_kind": preview.kind().value,
        "preview_chars": len(rendered),
        "preview_lines": rendered.count("\n"),
        "none_refcount": none_refs,
        "none_guard": none_guard,
        "open": open_result,
        "edits": edit_result,
        "breakdown_ms": breakdown,
        "maxrss_before_open_mib": rss_before_open,
        "maxrss_after_edits_mib": rss_after_edits,
        "maxrss_mib": maxrss_mib(),
    }


# --- running children ---------------------------------------------------------------------------


def child_env(
    platform_name: str, scratch: Path, copy: Path | None = None, source_tree: bool = True
) -> tuple[dict[str, str], Path | None]:
    """Environment of a child: the platform plugin and settings/data folders of its own.

    With ``copy``, the file is copied into the child's folder and the copy's path returned:
    the application writes a lock file beside the file it opens, and a child that ends with
    ``os._exit`` leaves it behind, so no child opens a file in the repository or another
    child's file.
    """
    env = dict(os.environ)
    home = Path(tempfile.mkdtemp(prefix="run-", dir=scratch))
    (home / "config").mkdir()
    (home / "data").mkdir()
    env["QT_QPA_PLATFORM"] = platform_name
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_DATA_HOME"] = str(home / "data")
    if source_tree:
        root_on_path(env)
    target = None
    if copy is not None:
        target = home / copy.name
        shutil.copyfile(copy, target)
    return env, target


def run_until_marker(
    cmd: list[str], env: dict[str, str], timeout: float, cwd: Path = ROOT
) -> dict[str, Any]:
    """Spawn ``cmd``; wall time from just before ``Popen`` to the ``SHOWN`` line."""
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, env=env, cwd=cwd)
        assert proc.stdout is not None
        fd = proc.stdout.fileno()
        buffer = b""
        shown_at = None
        with selectors.DefaultSelector() as sel:
            sel.register(fd, selectors.EVENT_READ)
            while shown_at is None:
                remaining = t0 + timeout - time.perf_counter()
                if remaining <= 0 or not sel.select(remaining):
                    proc.kill()
                    proc.wait()
                    raise BenchError(f"no {MARKER} within {timeout:.0f} s")
                chunk = os.read(fd, 65536)
                if not chunk:
                    break
                buffer += chunk
                if (MARKER + "\n").encode() in buffer:
                    shown_at = time.perf_counter()
        try:
            rest, _ = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            raise BenchError("the child did not exit after showing its window") from None
        err.seek(0)
        stderr = err.read()
    out = buffer + rest
    if shown_at is None or proc.returncode != 0:
        raise BenchError(
            f"child exited with {proc.returncode} "
            f"({'after' if shown_at else 'before'} {MARKER}):\n{tail(stderr)}"
        )
    info = {}
    for line in out.decode("utf-8", "replace").splitlines():
        if line.startswith("INFO "):
            info = json.loads(line[5:])
    return {"wall_ms": (shown_at - t0) * 1000, **info}


def measure_startup(
    platform_name: str, repeat: int, scratch: Path, timeout: float, python: str | None = None
) -> dict[str, Any]:
    """Median start-up of Bienban with the seed, of a bare QMainWindow and of a window of
    Bienban's shape in plain PySide6.

    With ``python`` (an interpreter with the wheel installed), the children run with it from
    ``scratch``, without the source tree on the path.
    """
    source_tree = python is None
    exe, cwd = (sys.executable, ROOT) if source_tree else (python, scratch)

    def run(name: str) -> dict[str, Any]:
        if name in ("bare", "shape"):
            env, _ = child_env(platform_name, scratch, source_tree=source_tree)
            script = BARE_STARTUP if name == "bare" else SHAPE_STARTUP
            return run_until_marker([exe, "-c", script], env, timeout, cwd)
        env, seed = child_env(platform_name, scratch, copy=SEED, source_tree=source_tree)
        result = run_until_marker([exe, "-c", APP_STARTUP, str(seed)], env, timeout, cwd)
        if not source_tree and Path(result["gui_file"]).is_relative_to(ROOT):
            raise BenchError(f"{python} imports Bienban from the source tree")
        return result

    runs: dict[str, list[dict[str, Any]]] = {"bienban": [], "bare": [], "shape": []}
    warmup = [run("bare"), run("shape"), run("bienban")]
    order = list(runs)
    for i in range(repeat):  # interleaved, the order turned each round: drift hits all alike
        for name in order[i % 3 :] + order[: i % 3]:
            runs[name].append(run(name))
    result: dict[str, Any] = {
        "warmup_wall_ms": [w["wall_ms"] for w in warmup],
        "gui_file": warmup[2].get("gui_file"),
    }
    for name, samples in runs.items():
        walls = [s["wall_ms"] for s in samples]
        phases = {
            k: median([s["phases_ms"][k] for s in samples if k in s["phases_ms"]])
            for k in samples[0]["phases_ms"]
        }
        phases["interpreter_start_and_pipe"] = median(
            [s["wall_ms"] - s["child_total_ms"] for s in samples]
        )
        result[name] = {
            **sample_stats(walls),
            "phases_median_ms": phases,
            "maxrss_mib": median([s["maxrss_mib"] for s in samples]),
            "cpu_median_ms": median([s["cpu_ms"] for s in samples]),
            "platform": samples[0].get("platform"),
        }
        for key in ("pyside6", "qt"):
            if key in samples[0]:
                result[key] = samples[0][key]
    result["ratio"] = result["bienban"]["median_ms"] / result["bare"]["median_ms"]
    result["shape_ratio"] = result["shape"]["median_ms"] / result["bare"]["median_ms"]
    # what the application costs beyond its widgets: Bienban against its plain-PySide6 twin
    result["app_ratio"] = result["bienban"]["median_ms"] / result["shape"]["median_ms"]
    # CPU time (user + system) of the child until SHOWN: less sensitive than wall time to
    # other work on the machine (the X server's share is in neither)
    result["cpu_ratio"] = result["bienban"]["cpu_median_ms"] / result["bare"]["cpu_median_ms"]
    return result


def save_big_record(scratch: Path) -> tuple[Path, dict[str, Any]]:
    """Build the big record, save it with ``save_record``, check it loads back equal."""
    from gui.core.recordfile import SUFFIX, load_record, save_record

    record = build_big_record()
    path = scratch / ("big-record" + SUFFIX)
    save_record(record, path)
    if load_record(path) != record:
        raise BenchError("the saved big record does not load back equal")
    return path, {
        "departments": len(record.directives.departments),
        "tasks": sum(len(d.tasks) for d in record.directives.departments),
        "attendees": len(record.meeting.attendees),
        "file_kib": path.stat().st_size / 1024,
    }


def measure_big(
    path: Path, mode: str, platform_name: str, scratch: Path, timeout: float, none_guard: bool
) -> dict[str, Any]:
    """Open and edit the big record in a child with the preview in ``mode``."""
    env, own = child_env(platform_name, scratch, copy=path)
    args = ["--child-big", str(own), "--child-mode", mode, "--timeout", str(timeout)]
    return run_child(
        __file__,
        args + (["--none-guard"] if none_guard else []),
        env,
        timeout * 4,
        f"big-record child ({mode} preview)",
        explain=none_dealloc_note,
    )


def none_dealloc_note(stderr: bytes) -> str:
    """Why a big-record child aborted, when it was PySide6's None reference leak."""
    if b"none_dealloc" not in stderr:
        return ""
    return (
        " — the process aborted: CPython's reference count of None reached zero "
        "(PySide6 drops a reference to None on each call of a void method); "
        "--none-guard measures past it"
    )


# --- report ------------------------------------------------------------------------------------


def qt_machine_info(
    platform_name: str,
    startup: dict[str, Any] | None,
    bigs: dict[str, dict[str, Any]],
    load_start: float,
) -> dict[str, Any]:
    """CPU, OS, Python, PySide6/Qt and the platform plugin actually used."""
    sources = [*bigs.values(), startup or {}]
    pick = lambda key: next((s[key] for s in sources if s.get(key)), None)  # noqa: E731
    plugin = pick("platform") or ((startup or {}).get("bienban") or {}).get("platform")
    return machine_info(
        load_start,
        pyside6=pick("pyside6"),
        qt=pick("qt"),
        platform_plugin=plugin or platform_name,
        display=os.environ.get("DISPLAY") if platform_name == "xcb" else None,
    )


def summary_rows(
    repeat: int,
    startup: dict[str, Any] | None,
    modes: list[str],
    bigs: dict[str, dict[str, Any]],
    failed: dict[str, str],
) -> list[dict[str, Any]]:
    """The main table: measurement, result, goal, verdict."""
    rows: list[dict[str, Any]] = []

    def row(*cells: str) -> None:
        rows.append(summary_row(*cells))

    s = startup or {}
    row(
        "1",
        f"Start-up to shown window: Bienban + seed record (median of {repeat})",
        fmt_ms(s.get("bienban", {}).get("median_ms")),
        "—",
        "info",
    )
    row(
        "1",
        f"Start-up to shown window: bare QMainWindow (median of {repeat})",
        fmt_ms(s.get("bare", {}).get("median_ms")),
        "—",
        "info",
    )
    row(
        "1",
        f"Start-up to shown window: the same shape in plain PySide6 (median of {repeat})",
        fmt_ms(s.get("shape", {}).get("median_ms")),
        "—",
        "info",
    )
    shape_ratio = s.get("shape_ratio")
    row(
        "1",
        "Start-up ratio same shape / bare (what the widgets alone cost)",
        f"{shape_ratio:.2f}×" if shape_ratio else "error",
        "—",
        "info",
    )
    app_ratio = s.get("app_ratio")
    row(
        "1",
        "Start-up ratio Bienban / same shape (what the application costs beyond its widgets)",
        f"{app_ratio:.2f}×" if app_ratio else "error",
        "—",
        "info",
    )
    ratio = s.get("ratio")
    row(
        "1",
        "Start-up ratio Bienban / bare",
        f"{ratio:.2f}×" if ratio else "error",
        f"≤ {GOAL_STARTUP_RATIO:.1f}×",
        verdict(ratio, GOAL_STARTUP_RATIO),
    )

    for mode in modes:
        b = bigs.get(mode, {})
        tag = f"[{mode} preview{', default' if mode == 'pages' else ''}]"
        gone = "crashed" if "aborted" in failed.get(mode, "") else "error"
        opened = b.get("open", {})
        value = None if opened.get("problems") else opened.get("total_ms")
        row(
            "2",
            f"{tag} Open big record ({N_DEPARTMENTS} depts × {N_TASKS} tasks, "
            f"{N_ATTENDEES} attendees) → tasks shown, preview refreshed",
            fmt_ms(value) if b else gone,
            goal_ms(GOAL_OPEN_MS),
            verdict(value, GOAL_OPEN_MS),
        )
        edits = b.get("edits", {})
        samples = edits.get("samples_ms") or []
        complete = bool(samples) and not edits.get("problems")
        med = median(samples) if complete else None
        top = max(samples) if complete else None
        row(
            "3",
            f"{tag} Task cell edit → preview updated, median of {N_EDITS}",
            fmt_ms(med) if b else gone,
            goal_ms(GOAL_EDIT_MS),
            verdict(med, GOAL_EDIT_MS),
        )
        row(
            "3",
            f"{tag} Task cell edit → preview updated, max of {N_EDITS}",
            fmt_ms(top) if b else gone,
            goal_ms(GOAL_EDIT_MS),
            verdict(top, GOAL_EDIT_MS),
        )
        rss = b.get("maxrss_mib")
        row(
            "4",
            f"{tag} Peak memory (ru_maxrss) of the process that opened the big record",
            f"{rss:.0f} MiB" if rss else gone,
            f"≤ {GOAL_RSS_MIB:.0f} MiB",
            verdict(rss, GOAL_RSS_MIB),
        )
    return rows


BREAKDOWN_LABELS = {
    "read_json_ms": "read_json (read, parse, NFC)",
    "migrate_deepcopy_ms": "migrate (deep copy)",
    "validate_schema_ms": "validate against record.schema.json",
    "from_data_ms": "from_data (dataclasses)",
    "load_record_ms": "load_record (all of the above)",
    "compose_ms": "compose()",
    "render_text_ms": "render_text()",
    "set_plain_text_ms": "QPlainTextEdit.setPlainText",
    "layout_ms": "printing.paginate: the previewed pages laid out and paginated (no painting)",
    "preview_refresh_ms": "PreviewPane.refresh()",
    "check_record_ms": "check_record()",
    "checks_panel_refresh_ms": "ChecksPanel.refresh()",
    "window_repaint_ms": "MainWindow.repaint()",
}


def detail_rows(
    startup: dict[str, Any] | None, record: dict[str, Any] | None, bigs: dict[str, dict[str, Any]]
) -> list[list[str]]:
    """The breakdown table: where the time goes."""
    rows: list[list[str]] = []
    if startup:
        for name, label in (("bienban", "Bienban"), ("bare", "bare"), ("shape", "same shape")):
            part = startup[name]
            rows.append(
                [
                    f"Start-up {label}: min / max of runs",
                    f"{fmt_ms(part['min_ms'])} / {fmt_ms(part['max_ms'])}",
                ]
            )
            phases = ", ".join(f"{k} {v:.0f}" for k, v in part["phases_median_ms"].items())
            rows.append([f"Start-up {label}: phases, median ms", phases])
            rows.append([f"Start-up {label}: peak RSS", f"{part['maxrss_mib']:.0f} MiB"])
            rows.append([f"Start-up {label}: CPU time, median", fmt_ms(part["cpu_median_ms"])])
        rows.append(["Start-up CPU-time ratio Bienban / bare", f"{startup['cpu_ratio']:.2f}×"])
    if record:
        rows.append(
            [
                "Big record",
                f"{record['departments']} departments, {record['tasks']} "
                f"tasks, {record['attendees']} attendees, file "
                f"{record['file_kib']:,.0f} KiB",
            ]
        )
    for mode, big in bigs.items():
        t = f"[{mode}]"
        o = big["open"]
        size = f"{big['preview_chars']:,} characters as text"
        if o.get("pages"):
            size += f", {o['pages']} A4 pages"
        rows.append([f"{t} Preview ({big['preview_kind']})", size])
        rows.append(
            [f"{t} Open: open_file() call (load + models reset)", fmt_ms(o["open_file_call_ms"])]
        )
        rows.append(
            [
                f"{t} Open: until preview updated (incl. debounce)",
                fmt_ms(o["until_preview_updated_ms"]),
            ]
        )
        rows.append(
            [
                f"{t} Open: until checks panel updated (not in goal)",
                fmt_ms(o["until_checks_updated_ms"]),
            ]
        )
        if o["problems"]:
            rows.append([f"{t} Open: problems", "; ".join(o["problems"])])
        e = big["edits"]
        if e["samples_ms"]:
            rows.append(
                [
                    f"{t} Edit → preview, all samples",
                    ", ".join(f"{v:.0f}" for v in e["samples_ms"]) + " ms",
                ]
            )
        rows.append([f"{t} Edit: setData() call itself, median", fmt_ms(median(e["setdata_ms"]))])
        if e["problems"]:
            rows.append([f"{t} Edit: problems", "; ".join(e["problems"])])
        for key, label in BREAKDOWN_LABELS.items():
            if key in big["breakdown_ms"]:
                rows.append([f"{t} {label}, median", fmt_ms(big["breakdown_ms"][key])])
        rows.append(
            [
                f"{t} Peak RSS before opening the big record",
                f"{big['maxrss_before_open_mib']:.0f} MiB",
            ]
        )
        refs = big["none_refcount"]
        rows.append(
            [
                f"{t} References to None: before open / after open / after edits",
                f"{refs['start']:,} / {refs['after_open']:,} / {refs['after_edits']:,}"
                + (" (padded by --none-guard)" if big["none_guard"] else ""),
            ]
        )
    return rows


def notes(info: dict[str, Any], repeat: int, none_guard: bool) -> list[str]:
    """The report's lines under the machine's: versions, plugin, how start-up was run."""
    display = f" on DISPLAY={info['display']}" if info["display"] else ""
    lines = [
        f"Python {info['python']}, PySide6 {info['pyside6']} (Qt {info['qt']}), "
        f"platform plugin `{info['platform_plugin']}`{display}",
        f"Start-up: {repeat} runs each after 1 warm-up each, interleaved; "
        "isolated XDG_CONFIG_HOME / XDG_DATA_HOME per run",
    ]
    if none_guard:
        lines.append(
            "`--none-guard`: None's reference count padded in the big-record "
            "children (they would abort otherwise)"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument(
        "--platform",
        choices=("offscreen", "xcb"),
        default="offscreen",
        help="Qt platform plugin of the child processes (default: offscreen)",
    )
    add_repeat_option(parser, "start-up runs of each kind; the median is reported")
    add_json_option(parser)
    parser.add_argument(
        "--preview-mode",
        choices=("pages", "text", "both"),
        default="both",
        help="preview mode(s) for the big-record measurements, each in its own "
        "process; pages is the application's default (default: both)",
    )
    parser.add_argument(
        "--none-guard",
        action="store_true",
        help="pad None's reference count in the big-record children so that "
        "PySide6's None reference leak cannot abort them (Python < 3.12)",
    )
    parser.add_argument(
        "--python",
        metavar="PYTHON",
        help="run the start-up children with this interpreter (a venv with the wheel "
        "installed), from a scratch folder: start-up of the installed package",
    )
    parser.add_argument(
        "--wheel",
        action="store_true",
        help="build the wheel, install it into a fresh venv and time start-up from it",
    )
    parser.add_argument(
        "--startup-only", action="store_true", help="measure start-up only (item 1)"
    )
    add_timeout_option(parser, 120.0)
    parser.add_argument("--child-big", metavar="PATH", help=argparse.SUPPRESS)
    parser.add_argument("--child-mode", default="pages", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child_big:
        result = child_big(args.child_big, args.child_mode, args.timeout, args.none_guard)
        print_result(result)
        os._exit(0)  # skip interpreter teardown: nothing to clean up, and it can abort
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if args.platform == "xcb" and not os.environ.get("DISPLAY"):
        parser.error("--platform xcb needs DISPLAY (e.g. DISPLAY=:99 with Xvfb running)")
    modes = ["pages", "text"] if args.preview_mode == "both" else [args.preview_mode]
    if args.startup_only:
        modes = []

    load_start = os.getloadavg()[0]
    errors: list[str] = []
    failed: dict[str, str] = {}
    startup = record = None
    bigs: dict[str, dict[str, Any]] = {}
    scratch = Path(tempfile.mkdtemp(prefix="bienban-bench-"))
    try:
        try:
            python = install_wheel(scratch) if args.wheel else args.python
            startup = measure_startup(args.platform, args.repeat, scratch, args.timeout, python)
        except BenchError as exc:
            errors.append(f"start-up: {exc}")
        if modes:
            path, record = save_big_record(scratch)
        for mode in modes:
            try:
                bigs[mode] = measure_big(
                    path, mode, args.platform, scratch, args.timeout, args.none_guard
                )
            except BenchError as exc:
                failed[mode] = str(exc)
                errors.append(f"big record: {exc}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    info = qt_machine_info(args.platform, startup, bigs, load_start)
    rows = summary_rows(args.repeat, startup, modes, bigs, failed)
    details = detail_rows(startup, record, bigs)
    about = notes(info, args.repeat, args.none_guard)
    if startup:
        about.append(f"Start-up imports Bienban from {Path(startup['gui_file']).parent}")
    print(report("Bienban editor benchmark", info, about, rows, details, errors))
    if args.json:
        out = {
            "machine": info,
            "repeat": args.repeat,
            "preview_modes": modes,
            "none_guard": args.none_guard,
            "summary": rows,
            "goals": {
                "startup_ratio": GOAL_STARTUP_RATIO,
                "open_ms": GOAL_OPEN_MS,
                "edit_ms": GOAL_EDIT_MS,
                "maxrss_mib": GOAL_RSS_MIB,
            },
            "startup": startup,
            "big_record": {"record": record, **bigs},
            "errors": errors,
        }
        write_json(args.json, out)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
