"""Benchmark of the tracking book (sổ theo dõi nhiệm vụ) in the real window, where the user
waits: the library of ``bench_library.py`` (500 meetings × 50 tasks = 25,000 tasks).

Not a pytest test (pytest collects only ``test_*.py``); run it by hand::

    python tests/bench_tracking_gui.py [--platform xcb|offscreen] [--repeat N] [--json OUT]
                                       [--meetings N] [--tasks N] [--wheel | --python PY]

``--wheel`` builds the wheel and installs it into a fresh virtual environment, and every child
then runs from it (``--python``: a venv that has it already): the installed package is measured,
not the source tree; the report names the package measured.

With ``--platform xcb`` (the default) and no ``DISPLAY``, the script starts its own ``Xvfb``
on a free display and stops it at the end. Every measurement runs in a fresh child process
(the application as installed: ``gui.qt.app`` with a ``Session``, the main window shown, the
library folder set in its own throw-away settings, ``XDG_CONFIG_HOME`` / ``XDG_DATA_HOME`` of
its own). "Shown" below means: the tracking view's ``tasks_shown`` signal (the list that
answers the latest request is in the model) and then the next paint of the table's viewport.

1. Ctrl+T with an index (built beforehand by another process): from the key press on the
   main window to the 25,000 rows shown. Median of ``--repeat`` children. Goal ≤ 500 ms.
   Baseline: a bare PySide6 ``QMainWindow`` whose Ctrl+T shortcut opens a second window with
   a ``QTableView`` over a minimal Python table model of 25,000 × 11 cells, to its first
   paint, in a child of its own.
2. Ctrl+T with no index (the first build runs in the background): from the key press to the
   first rows shown. Goal ≤ 1 s. Also: the whole build to ``build_finished``, the longest
   stall of the GUI thread during the build (a 10 ms timer's largest gap) and whether the
   search field took a key and answered meanwhile.
3. A search key: ``QTest.keyClick`` on the search field, letter by letter of "tien do", until
   the filtered rows are shown (this includes the search's pause timer); median and worst of
   the keys; clearing the search (Ctrl+A, Delete) as well. Goal ≤ 100 ms per key.
   Baseline: a key press into a bare window's ``QLineEdit`` until it has repainted.
4. A sort click: ``QTest.mouseClick`` on a column header (department, task, meeting date,
   days left, deadline) until the re-ordered rows are shown. Median and worst. Goal ≤ 200 ms.
5. A status edit: ``model.setData`` on the status cell of a row on screen (what the status
   delegate does when its list closes) until the record file on disk has the new status and
   the row has been repainted. Median and worst of ``--repeat`` edits. Goal ≤ 100 ms.
6. Scrolling all 25,000 rows: the vertical scroll bar moved a page at a time from the top to
   the bottom, each step painted at once (``viewport().repaint()``: the time is the model's
   answers, Qt's painting of the cells and the copy to the X server); a frame is dropped when a
   step takes more than 16.7 ms. Also 200 jumps spread over the list (dragging the thumb).
   Also 600 notches of the mouse wheel from the top (three rows a notch: Qt moves what is
   painted and paints the rows that come in), each until its paint is flushed.
   Goal: no dropped frame. Baseline: the same scrolling in the bare window's table, its
   viewport made the size of ours (the same cells painted per step) in the same run; the
   difference of the medians is what our model adds to a frame. Floor: a table of the same
   size with empty cells (grid and headers only), the cost of a full repaint without text.

The exit status is 0 when every measurement ran (whether it met its goal or not), 1 when one
could not be taken.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

if os.environ.get("BIENBAN_BENCH_INSTALLED"):  # a child measuring the installed package:
    sys.path.append(str(Path(__file__).resolve().parents[1]))  # its gui, our tests.benchkit
else:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.benchkit import (
    BenchError,
    add_installed_options,
    add_json_option,
    add_repeat_option,
    add_timeout_option,
    apply_installed_options,
    fmt_ms,
    machine_info,
    median,
    ms_row,
    print_result,
    report,
    root_on_path,
    run_child,
    summary_row,
    write_json,
)

GOAL_OPEN_MS = 500.0
GOAL_FIRST_ROWS_MS = 1000.0
GOAL_KEY_MS = 100.0
GOAL_SORT_MS = 200.0
GOAL_EDIT_MS = 100.0
FRAME_MS = 1000 / 60
SEARCH = "tien do"
SORT_COLUMNS = (3, 4, 1, 10, 7)  # department, task, meeting date, days left, deadline
WINDOW_SIZE = (1200, 700)  # TrackingWindow's size
N_JUMPS = 200
N_WHEEL = 600  # wheel notches (three rows each) from the top


# --- the child: the application -------------------------------------------------------------


class _Clock:
    """Time stamps of signals and of the table's paints, and waiting for them."""

    def __init__(self, timeout_s: float) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        self.timeout_s = timeout_s
        self._loop: QEventLoop | None = None
        self._guard = QTimer()
        self._guard.setSingleShot(True)
        self._guard.timeout.connect(self.wake)
        self._loop_class = QEventLoop

    def wake(self, *_args: object) -> None:
        if self._loop is not None:
            self._loop.quit()

    def wait(self, done: Any, what: str) -> None:
        deadline = time.perf_counter() + self.timeout_s
        while not done():
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise BenchError(f"timed out waiting for {what}")
            self._loop = self._loop_class()
            self._guard.start(max(1, int(remaining * 1000)))
            self._loop.exec()
            self._guard.stop()
            self._loop = None


def _paint_watch(widget: Any, clock: _Clock) -> list[float]:
    """Times of the paint events of ``widget`` (kept alive with it)."""
    from PySide6.QtCore import QEvent, QObject

    paints: list[float] = []

    class Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                paints.append(time.perf_counter())
                clock.wake()
            return False

    watch = Watch(widget)
    widget.installEventFilter(watch)
    widget._bench_watch = watch  # type: ignore[attr-defined]
    return paints


def _app(folder: str) -> tuple[Any, Any, Any]:
    """The application as ``gui.qt.app.run`` starts it (with its garbage collection: off
    while the window is built, then on with start-up's objects set aside)."""
    import gc

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from gui.qt.app import Session, collect_after_start, install_translators, set_application_names
    from gui.qt.settings import Settings

    gc.disable()
    set_application_names()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QTimer.singleShot(0, collect_after_start)
    settings = Settings()
    settings.set_library_folder(folder)
    install_translators(app, settings.language())
    session = Session(settings)
    window = session.new_window()
    return app, session, window


def child_prebuild(folder: str) -> dict[str, Any]:
    """Build the index where the application keeps it (in this child's data folder)."""
    from PySide6.QtCore import QCoreApplication

    from gui.core.library import LibraryIndex
    from gui.qt.app import set_application_names
    from gui.qt.library import index_path

    set_application_names()
    _app = QCoreApplication(sys.argv[:1])
    index = LibraryIndex(folder, index_path())
    t = time.perf_counter()
    result = index.refresh()
    ms = (time.perf_counter() - t) * 1000
    index.close()
    return {"build_ms": ms, "files": len(result.added), "errors": len(result.errors)}


def _open_tracking(
    window: Any, clock: _Clock
) -> tuple[float, Any, list[tuple[float, int]], list[float]]:
    """Ctrl+T on the shown main window; returns the time stamp of the key press, the
    tracking widget, the times (and row counts) of its ``tasks_shown`` and the times of its
    table's paints."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    shown: list[tuple[float, int]] = []
    window.activateWindow()
    t0 = time.perf_counter()
    QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    # the window is built within the key press; its list and paints come from the event loop
    tracking_window = window._tracking
    if tracking_window is None:
        raise BenchError("Ctrl+T opened no tracking window")
    widget = tracking_window.tracking

    def listed() -> None:
        shown.append((time.perf_counter(), len(widget.model.ids)))
        clock.wake()

    widget.tasks_shown.connect(listed)
    return t0, widget, shown, _paint_watch(widget.view.viewport(), clock)


def _shown_after(
    t: float,
    shown: list[tuple[float, int]],
    paints: list[float],
    clock: _Clock,
    what: str,
    rows: int = 0,
) -> float:
    """Wait for a ``tasks_shown`` after ``t`` (with more than ``rows`` rows when given) and
    the paint after it; the ms from ``t``."""

    def ready() -> float | None:
        return next((s for s, n in shown if s >= t and n > rows - 1), None)

    clock.wait(lambda: ready() is not None, what)
    s = ready()
    assert s is not None
    clock.wait(lambda: any(p >= s for p in paints), f"the table painted after {what}")
    return (next(p for p in paints if p >= s) - t) * 1000


def child_app(folder: str, indexed: bool, repeat: int, timeout_s: float) -> dict[str, Any]:
    """Ctrl+T, then (with an index) search keys, sort clicks, status edits, scrolling."""
    from PySide6.QtCore import QPoint, Qt, QTimer
    from PySide6.QtTest import QTest

    import gui

    app, session, window = _app(folder)
    clock = _Clock(timeout_s)
    window.show()
    if not QTest.qWaitForWindowExposed(window, int(timeout_s * 1000)):
        raise BenchError("the main window was never exposed")
    window.activateWindow()
    if not QTest.qWaitForWindowActive(window, int(timeout_s * 1000)):
        raise BenchError("the main window never became active")
    app.processEvents()
    out: dict[str, Any] = {"gui": os.path.dirname(gui.__file__), "platform": app.platformName()}

    # --- Ctrl+T ---------------------------------------------------------------------------------
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(tick)
    ticker.start()
    t0, widget, shown, paints = _open_tracking(window, clock)
    library = widget.library
    out["open_ms"] = _shown_after(t0, shown, paints, clock, "the first rows", rows=1)
    out["first_rows"] = next(n for _s, n in shown if n > 0)
    if not indexed:
        finished: list[bool] = []
        library.build_finished.connect(lambda c: (finished.append(c), clock.wake()))
        # the window answers meanwhile: a key into the search field, its rows shown
        if library.building:
            widget.search.setFocus()
            t = time.perf_counter()
            QTest.keyClick(widget.search, Qt.Key.Key_B)
            out["key_during_build_ms"] = _shown_after(
                t, shown, paints, clock, "a key during the build"
            )
            out["key_during_build_building"] = library.building
            QTest.keyClick(widget.search, Qt.Key.Key_Backspace)
        clock.wait(lambda: bool(finished) or not library.building, "the build to finish")
        out["build_done_ms"] = (time.perf_counter() - t0) * 1000
        ticker.stop()
        out["max_gui_gap_during_build_ms"] = max(gaps) if gaps else None
        clock.wait(
            lambda: (
                len(widget.model.ids)
                == library.index._db.execute("SELECT COUNT(*) FROM tasks").fetchone()[0]
            ),
            "all rows listed",
        )
        out["rows"] = len(widget.model.ids)
        library.shutdown()
        return out
    ticker.stop()
    clock.wait(lambda: not library.building, "the start-up refresh")
    out["rows"] = len(widget.model.ids)
    view, model = widget.view, widget.model
    # settle: the start-up refresh in the background may list again
    app.processEvents()

    # --- search keys ----------------------------------------------------------------------
    widget.search.setFocus()
    keys: list[float] = []
    rows_after: list[int] = []
    for ch in SEARCH:
        t = time.perf_counter()
        QTest.keyClick(widget.search, ch)
        keys.append(_shown_after(t, shown, paints, clock, f"the rows after «{ch}»"))
        rows_after.append(len(model.ids))
    out["keys_ms"] = keys
    out["rows_after_keys"] = rows_after
    t = time.perf_counter()
    QTest.keyClick(widget.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget.search, Qt.Key.Key_Delete)
    out["clear_ms"] = _shown_after(t, shown, paints, clock, "the rows after clearing")
    out["rows_after_clear"] = len(model.ids)

    # --- sort clicks ------------------------------------------------------------------------
    header = view.horizontalHeader()
    sorts: dict[str, float] = {}
    for column in SORT_COLUMNS:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        t = time.perf_counter()
        QTest.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
        )
        name = model.headers()[column]
        sorts[name] = _shown_after(t, shown, paints, clock, f"the rows sorted by {name}")
    out["sorts_ms"] = sorts

    # --- status edits -------------------------------------------------------------------------
    from gui.core.record import TaskStatus
    from gui.core.recordfile import load_record

    edits: list[float] = []
    written: list[bool] = []
    for i in range(repeat):
        row = view.rowAt(view.viewport().height() // 3) + i
        task = model.task(row)
        new = (
            TaskStatus.IN_PROGRESS
            if task.status is not TaskStatus.IN_PROGRESS
            else TaskStatus.NOT_STARTED
        )
        index = model.index(row, model.STATUS)
        t = time.perf_counter()
        model.setData(index, new.value)
        clock.wait(lambda t=t: any(p >= t for p in paints), "the edited row repainted")
        edits.append((next(p for p in paints if p >= t) - t) * 1000)
        on_disk = (
            load_record(task.path).directives.departments[task.dept_index].tasks[task.task_index]
        )
        written.append(on_disk.status is new and model.task(row).status is new)
        clock.wait(lambda: not widget._listing, "the list after the edit")
    out["edits_ms"] = edits
    out["edits_written"] = all(written)

    # --- scrolling --------------------------------------------------------------------------
    view.sortByColumn(7, Qt.SortOrder.AscendingOrder)
    clock.wait(lambda: not widget._listing, "the list by deadline")
    out["scroll"] = _scroll(view)
    out["scroll_same_texts"] = _scroll(_same_texts_view(view, model, clock))
    out["scroll_empty_cells"] = _scroll(_empty_cells_view(view, clock))
    library.shutdown()
    return out


def _same_texts_view(view: Any, model: Any, clock: _Clock, items: Any = None) -> Any:
    """A ``QTableView`` over a ``QStandardItemModel`` holding the texts our view shows, for
    every row (no Python per cell painted), in a window of its own with our view's viewport,
    column widths and headers: Qt's cost of painting these very texts (or ``items``)."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QHeaderView, QMainWindow, QTableView

    if items is None:
        rows = model.rowCount()
        items = QStandardItemModel(rows, 11)
        for c, text in enumerate(model.headers()):
            items.setHorizontalHeaderItem(c, QStandardItem(text))
        for r in range(rows):
            for c, text in enumerate(model._row(r).texts):
                items.setItem(r, c, QStandardItem(text))
    window = QMainWindow()
    table = QTableView()
    table.setModel(items)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    for c in range(11):
        table.setColumnWidth(c, view.columnWidth(c))
    window.setCentralWidget(table)
    window.resize(*WINDOW_SIZE)
    window.show()
    if not QTest.qWaitForWindowExposed(window, int(clock.timeout_s * 1000)):
        raise BenchError("the same-texts table was never exposed")
    now, want = table.viewport().size(), view.viewport().size()
    window.resize(
        window.width() + want.width() - now.width(), window.height() + want.height() - now.height()
    )
    clock.wait(lambda: table.viewport().size() == want, "the same-texts table resized")
    table._bench_window = window  # type: ignore[attr-defined]  # kept alive with the table
    return table


def _scroll(view: Any) -> dict[str, Any]:
    """Page by page from top to bottom, then jumps over the list; each step painted."""
    bar = view.verticalScrollBar()
    bar.setValue(0)
    view.viewport().repaint()
    steps: list[float] = []
    for value in range(0, bar.maximum() + bar.pageStep(), bar.pageStep()):
        t = time.perf_counter()
        bar.setValue(value)
        view.viewport().repaint()
        steps.append((time.perf_counter() - t) * 1000)
    jumps: list[float] = []
    for k in range(N_JUMPS):
        t = time.perf_counter()
        bar.setValue(bar.maximum() * ((k * 37) % N_JUMPS) // (N_JUMPS - 1))
        view.viewport().repaint()
        jumps.append((time.perf_counter() - t) * 1000)
    wheel = _wheel(view)
    return {
        "wheel_steps": len(wheel),
        "wheel_max_ms": max(wheel),
        "wheel_median_ms": median(wheel),
        "wheel_dropped": sum(1 for s in wheel if s > FRAME_MS),
        "rows": view.model().rowCount(),
        "viewport": [view.viewport().width(), view.viewport().height()],
        "visible_rows": view.viewport().height() // max(1, view.rowHeight(0)),
        "pages": len(steps),
        "page_max_ms": max(steps),
        "page_median_ms": median(steps),
        "page_dropped": sum(1 for s in steps if s > FRAME_MS),
        "jump_max_ms": max(jumps),
        "jump_median_ms": median(jumps),
        "jump_dropped": sum(1 for s in jumps if s > FRAME_MS),
    }


def _wheel(view: Any) -> list[float]:
    """From the top, ``N_WHEEL`` notches of a mouse wheel over the viewport (Qt scrolls three
    rows a notch: it moves the pixels already painted and paints the rows that come in), each
    until that paint is done; the ms of each."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    viewport = view.viewport()
    view.verticalScrollBar().setValue(0)
    QApplication.processEvents()
    at = QPointF(viewport.width() / 2, viewport.height() / 2)
    steps: list[float] = []
    for _ in range(N_WHEEL):
        notch = QWheelEvent(
            at,
            viewport.mapToGlobal(at),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        t = time.perf_counter()
        QApplication.sendEvent(viewport, notch)
        QApplication.processEvents()  # the update the scroll asked for: painted and flushed
        steps.append((time.perf_counter() - t) * 1000)
    if view.verticalScrollBar().value() == 0:
        raise BenchError("the wheel did not scroll the table")
    return steps


def _empty_cells_view(view: Any, clock: _Clock) -> Any:
    """A ``QTableView`` as ``_same_texts_view`` but with no text in its cells (the grid and
    the headers only): the floor of a full repaint of this viewport here."""
    from PySide6.QtGui import QStandardItemModel

    return _same_texts_view(view, None, clock, QStandardItemModel(view.model().rowCount(), 11))


# --- the child: a bare PySide6 window --------------------------------------------------------


def child_bare(timeout_s: float, rows: int, viewport: tuple[int, int] | None) -> dict[str, Any]:
    """A bare QMainWindow; Ctrl+T opens a table of ``rows`` × 11; a key into a line edit;
    the table's viewport then made ``viewport`` (width, height) for the scrolling."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtGui import QKeySequence, QShortcut
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QTableView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    clock = _Clock(timeout_s)

    class Model(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else rows

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else 11

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"hàng {index.row()}, cột {index.column()}"
            return None

    main = QMainWindow()
    edit = QLineEdit()
    main.setCentralWidget(edit)
    main.resize(*WINDOW_SIZE)
    opened: list[Any] = []

    def open_table() -> None:
        second = QMainWindow(main)
        view = QTableView()
        view.setModel(Model(view))
        second.setCentralWidget(view)
        second.resize(*WINDOW_SIZE)
        second.show()
        opened.append((second, view, _paint_watch(view.viewport(), clock)))

    shortcut = QShortcut(QKeySequence("Ctrl+T"), main)
    shortcut.activated.connect(open_table)
    main.show()
    if not QTest.qWaitForWindowExposed(main, int(timeout_s * 1000)):
        raise BenchError("the bare window was never exposed")
    main.activateWindow()
    if not QTest.qWaitForWindowActive(main, int(timeout_s * 1000)):
        raise BenchError("the bare window never became active")
    app.processEvents()
    t0 = time.perf_counter()
    QTest.keyClick(main, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    if not opened:
        raise BenchError("Ctrl+T opened nothing in the bare window")
    second, view, paints = opened[0]
    clock.wait(lambda: bool(paints), "the bare table painted")
    open_ms = (paints[0] - t0) * 1000
    edit_paints = _paint_watch(edit, clock)
    main.activateWindow()
    edit.setFocus()
    keys = []
    for ch in SEARCH:
        t = time.perf_counter()
        QTest.keyClick(edit, ch)
        clock.wait(lambda t=t: any(p >= t for p in edit_paints), "the line edit repainted")
        keys.append((next(p for p in edit_paints if p >= t) - t) * 1000)
    if viewport is not None:  # the same cells per step as the tracking view's
        now = view.viewport().size()
        second.resize(
            second.width() + viewport[0] - now.width(), second.height() + viewport[1] - now.height()
        )
        clock.wait(
            lambda: [view.viewport().width(), view.viewport().height()] == list(viewport),
            "the bare table resized",
        )
    return {"open_ms": open_ms, "keys_ms": keys, "scroll": _scroll(view)}


# --- running the children --------------------------------------------------------------------


def child_env(scratch: Path, platform_name: str) -> dict[str, str]:
    env = dict(os.environ)
    home = Path(tempfile.mkdtemp(prefix="run-", dir=scratch))
    for sub in ("config", "data"):
        (home / sub).mkdir()
    env["QT_QPA_PLATFORM"] = platform_name
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_DATA_HOME"] = str(home / "data")
    return root_on_path(env)


def free_display() -> int:
    for n in range(120, 200):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    raise BenchError("no free X display number between :120 and :199")


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    if shutil.which("Xvfb") is None:
        raise BenchError("Xvfb is not installed (or use --platform offscreen)")
    n = free_display()
    proc = subprocess.Popen(
        ["Xvfb", f":{n}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{n}").exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise BenchError(f"Xvfb :{n} did not start")
        time.sleep(0.05)  # the parent polls a socket file, not a test waiting on a signal
    return proc, f":{n}"


def measure(
    folder: Path, scratch: Path, platform_name: str, repeat: int, timeout: float, rows: int
) -> dict[str, Any]:
    me = str(Path(__file__).resolve())
    out: dict[str, Any] = {"indexed": [], "first_build": None, "bare": []}
    for _ in range(repeat):
        env = child_env(scratch, platform_name)
        out["prebuild"] = run_child(
            me, ["--child-prebuild", str(folder)], env, timeout, "the index builder"
        )
        out["indexed"].append(
            run_child(
                me,
                ["--child-app", str(folder), "--indexed", "--repeat", str(repeat)],
                env,
                timeout,
                "the application",
            )
        )
        width, height = out["indexed"][-1]["scroll"]["viewport"]
        out["bare"].append(
            run_child(
                me,
                ["--child-bare", "--viewport", f"{width}x{height}", "--rows", str(rows)],
                child_env(scratch, platform_name),
                timeout,
                "the bare window",
            )
        )
    env = child_env(scratch, platform_name)
    out["first_build"] = run_child(
        me,
        ["--child-app", str(folder), "--repeat", str(repeat)],
        env,
        timeout,
        "the application (first build)",
    )
    return out


# --- report ------------------------------------------------------------------------------------


def summary_rows(r: dict[str, Any], repeat: int) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    idx = r.get("indexed") or []
    bare = r.get("bare") or []
    first = r.get("first_build") or {}
    n = idx[0]["rows"] if idx else 0
    rows.append(
        ms_row(
            "1",
            f"Ctrl+T → {n:,} rows shown, with an index (median of {len(idx)} starts)",
            median([x["open_ms"] for x in idx]) if idx else None,
            GOAL_OPEN_MS,
        )
    )
    bare_open = median([b["open_ms"] for b in bare]) if bare else None
    rows.append(
        summary_row(
            "1",
            f"Baseline: bare PySide6 window, Ctrl+T → a QTableView of {n:,} × 11 shown (median of {len(bare)})",
            fmt_ms(bare_open),
            "—",
            "info",
            value=bare_open,
        )
    )
    rows.append(
        ms_row(
            "2",
            f"Ctrl+T with no index → first rows shown while the first build runs ({first.get('first_rows', 0):,} rows)",
            first.get("open_ms"),
            GOAL_FIRST_ROWS_MS,
        )
    )
    keys = [k for x in idx for k in x["keys_ms"]]
    rows.append(
        ms_row(
            "3",
            f"Search key → rows updated, median of {len(keys)} keys («{SEARCH}», {len(idx)} runs)",
            median(keys) if keys else None,
            GOAL_KEY_MS,
        )
    )
    rows.append(
        ms_row(
            "3", "Search key → rows updated, worst key", max(keys) if keys else None, GOAL_KEY_MS
        )
    )
    clears = [x["clear_ms"] for x in idx]
    rows.append(
        ms_row(
            "3",
            "Clearing the search (Ctrl+A, Delete) → all rows again, median",
            median(clears) if clears else None,
            GOAL_KEY_MS,
        )
    )
    bare_keys = [k for b in bare for k in b["keys_ms"]]
    rows.append(
        summary_row(
            "3",
            "Baseline: key into a bare window's QLineEdit → repainted, median",
            fmt_ms(median(bare_keys) if bare_keys else None),
            "—",
            "info",
        )
    )
    sorts = [v for x in idx for v in x["sorts_ms"].values()]
    rows.append(
        ms_row(
            "4",
            f"Sort click on a column header → rows re-ordered, median of {len(sorts)}",
            median(sorts) if sorts else None,
            GOAL_SORT_MS,
        )
    )
    rows.append(ms_row("4", "Sort click, worst", max(sorts) if sorts else None, GOAL_SORT_MS))
    edits = [e for x in idx for e in x["edits_ms"]]
    ok = all(x["edits_written"] for x in idx)
    rows.append(
        ms_row(
            "5",
            f"Status edit → written to the file and repainted, median of {len(edits)}"
            + ("" if ok else " (NOT WRITTEN)"),
            median(edits) if edits else None,
            GOAL_EDIT_MS,
        )
    )
    rows.append(ms_row("5", "Status edit, worst", max(edits) if edits else None, GOAL_EDIT_MS))
    for key, label in (
        ("wheel", f"by the mouse wheel, {N_WHEEL} notches of three rows"),
        ("page", "page by page"),
        ("jump", f"{N_JUMPS} jumps over the list"),
    ):
        dropped = sum(x["scroll"][f"{key}_dropped"] for x in idx)
        worst = max((x["scroll"][f"{key}_max_ms"] for x in idx), default=None)
        steps = sum(_steps(x["scroll"], key) for x in idx)
        rows.append(
            summary_row(
                "6",
                f"Scrolling {n:,} rows {label}: frames over 16.7 ms of {steps} (worst {fmt_ms(worst)})",
                str(dropped),
                "0",
                "PASS" if idx and dropped == 0 else "MISS",
                value=dropped,
            )
        )
        bdrop = sum(b["scroll"][f"{key}_dropped"] for b in bare)
        bworst = max((b["scroll"][f"{key}_max_ms"] for b in bare), default=None)
        bsteps = sum(_steps(b["scroll"], key) for b in bare)
        rows.append(
            summary_row(
                "6",
                f"Baseline: bare QTableView, same viewport, {label}: frames over 16.7 ms of "
                f"{bsteps} (worst {fmt_ms(bworst)})",
                str(bdrop),
                "—",
                "info",
                value=bdrop,
            )
        )
        same = [x["scroll_same_texts"] for x in idx if "scroll_same_texts" in x]
        sdrop = sum(t[f"{key}_dropped"] for t in same)
        sworst = max((t[f"{key}_max_ms"] for t in same), default=None)
        rows.append(
            summary_row(
                "6",
                f"Baseline: QTableView over a QStandardItemModel of our very texts (no Python per "
                f"cell), same viewport, {label}: frames over 16.7 ms (worst {fmt_ms(sworst)})",
                str(sdrop),
                "—",
                "info",
                value=sdrop,
            )
        )
        empty = [x["scroll_empty_cells"] for x in idx if "scroll_empty_cells" in x]
        edrop = sum(t[f"{key}_dropped"] for t in empty)
        eworst = max((t[f"{key}_max_ms"] for t in empty), default=None)
        emedian = median([t[f"{key}_median_ms"] for t in empty]) if empty else None
        rows.append(
            summary_row(
                "6",
                f"Floor: the same QTableView with empty cells (grid and headers only), {label}: "
                f"frames over 16.7 ms (median {fmt_ms(emedian)}, worst {fmt_ms(eworst)})",
                str(edrop),
                "—",
                "info",
                value=edrop,
            )
        )
        ours = median([x["scroll"][f"{key}_median_ms"] for x in idx]) if idx else None
        texts = median([t[f"{key}_median_ms"] for t in same]) if same else None
        rows.append(
            summary_row(
                "6",
                f"Scrolling {label}, median frame: ours {fmt_ms(ours)}, the same texts in a "
                f"QStandardItemModel {fmt_ms(texts)}; what our model adds",
                fmt_ms(ours - texts if ours is not None and texts is not None else None),
                "—",
                "info",
            )
        )
        theirs = median([b["scroll"][f"{key}_median_ms"] for b in bare]) if bare else None
        added = ours - theirs if ours is not None and theirs is not None else None
        rows.append(
            summary_row(
                "6",
                f"Scrolling {label}, median frame: ours {fmt_ms(ours)}, bare QTableView "
                f"{fmt_ms(theirs)}; what our view adds",
                fmt_ms(added),
                "—",
                "info",
                value=added,
            )
        )
    return rows


def _steps(scroll: dict[str, Any], key: str) -> int:
    return {"page": scroll["pages"], "jump": N_JUMPS, "wheel": scroll.get("wheel_steps", 0)}[key]


def detail_rows(lib: dict[str, Any] | None, r: dict[str, Any]) -> list[list[str]]:
    rows: list[list[str]] = []
    if lib:
        rows.append(
            [
                "Library",
                f"{lib['files']} files, {lib['tasks']:,} tasks, {lib['bytes'] / 2**20:,.1f} MiB",
            ]
        )
    idx = r.get("indexed") or []
    if idx:
        rows.append(["Package measured", f"`{idx[0]['gui']}` on platform `{idx[0]['platform']}`"])
        rows.append(
            ["Ctrl+T with an index, all runs", ", ".join(fmt_ms(x["open_ms"]) for x in idx)]
        )
        rows.append(
            [
                "Search keys (incl. the 40 ms pause), first run",
                ", ".join(fmt_ms(k) for k in idx[0]["keys_ms"])
                + " → rows "
                + ", ".join(f"{n:,}" for n in idx[0]["rows_after_keys"]),
            ]
        )
        rows.append(
            [
                "Sort clicks, first run",
                ", ".join(f"{k}: {fmt_ms(v)}" for k, v in idx[0]["sorts_ms"].items()),
            ]
        )
        rows.append(["Status edits, first run", ", ".join(fmt_ms(v) for v in idx[0]["edits_ms"])])
        s = idx[0]["scroll"]
        rows.append(
            [
                "Scrolling, first run: pages / median / worst; jumps median / worst",
                f"{s['pages']} pages of {s['visible_rows']} rows / {fmt_ms(s['page_median_ms'])} / {fmt_ms(s['page_max_ms'])}; {fmt_ms(s['jump_median_ms'])} / {fmt_ms(s['jump_max_ms'])}",
            ]
        )
    bare = r.get("bare") or []
    if bare:
        s = bare[0]["scroll"]
        rows.append(
            [
                "Bare window's table, first run: pages / median / worst; jumps median / worst",
                f"{s['pages']} pages of {s['visible_rows']} rows / {fmt_ms(s['page_median_ms'])} "
                f"/ {fmt_ms(s['page_max_ms'])}; {fmt_ms(s['jump_median_ms'])} / "
                f"{fmt_ms(s['jump_max_ms'])}",
            ]
        )
    if r.get("prebuild"):
        rows.append(["Index built beforehand (last run)", fmt_ms(r["prebuild"]["build_ms"])])
    f = r.get("first_build")
    if f:
        rows.append(
            [
                "First build: Ctrl+T → build finished, all rows listed",
                f"{fmt_ms(f['build_done_ms'])}, {f['rows']:,} rows",
            ]
        )
        rows.append(
            [
                "First build: longest GUI-thread stall (10 ms timer's largest gap)",
                fmt_ms(f["max_gui_gap_during_build_ms"]),
            ]
        )
        if "key_during_build_ms" in f:
            rows.append(
                [
                    "First build: a search key during the build → rows shown",
                    fmt_ms(f["key_during_build_ms"]),
                ]
            )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--platform", choices=("xcb", "offscreen"), default="xcb")
    parser.add_argument("--meetings", type=int, default=500)
    parser.add_argument("--tasks", type=int, default=50)
    add_repeat_option(parser, "application starts (and edits per start)")
    add_json_option(parser)
    add_timeout_option(parser, 300.0)
    parser.add_argument("--child-prebuild", metavar="FOLDER", help=argparse.SUPPRESS)
    parser.add_argument("--child-app", metavar="FOLDER", help=argparse.SUPPRESS)
    parser.add_argument("--indexed", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child-bare", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--viewport", help=argparse.SUPPRESS)
    parser.add_argument("--rows", type=int, help=argparse.SUPPRESS)
    add_installed_options(parser)
    args = parser.parse_args(argv)

    if args.child_prebuild:
        print_result(child_prebuild(args.child_prebuild))
        os._exit(0)
    if args.child_app:
        print_result(child_app(args.child_app, args.indexed, args.repeat, args.timeout))
        os._exit(0)  # skip teardown: the lock files and settings are throw-away
    if args.child_bare:
        size = tuple(int(v) for v in args.viewport.split("x")) if args.viewport else None
        print_result(child_bare(args.timeout, args.rows or args.meetings * args.tasks, size))  # type: ignore[arg-type]
        os._exit(0)

    from tests.bench_library import build_library

    load_start = os.getloadavg()[0]
    errors: list[str] = []
    lib = None
    result: dict[str, Any] = {}
    xvfb = None
    try:
        apply_installed_options(args)
    except BenchError as e:
        print(e, file=sys.stderr)
        return 1
    scratch = Path(tempfile.mkdtemp(prefix="bienban-bench-tracking-"))
    try:
        if args.platform == "xcb" and not os.environ.get("DISPLAY"):
            xvfb, os.environ["DISPLAY"] = start_xvfb()
        folder = scratch / "Bienban"
        folder.mkdir()
        lib = build_library(folder, args.meetings, args.tasks)
        result = measure(
            folder, scratch, args.platform, args.repeat, args.timeout, args.meetings * args.tasks
        )
    except BenchError as exc:
        errors.append(str(exc))
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(10)
        shutil.rmtree(scratch, ignore_errors=True)

    info = machine_info(load_start)
    rows = summary_rows(result, args.repeat) if not errors else []
    details = detail_rows(lib, result) if not errors else []
    notes = [
        f"Python {info['python']}; platform `{args.platform}`"
        + (" (an Xvfb of its own)" if xvfb is not None else ""),
        "Each start in a fresh child process with throw-away settings and data folders",
    ]
    print(report("Bienban tracking book (GUI) benchmark", info, notes, rows, details, errors))
    if args.json:
        write_json(
            args.json,
            {"machine": info, "summary": rows, "library": lib, "results": result, "errors": errors},
        )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
