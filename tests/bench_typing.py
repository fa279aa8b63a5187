"""Benchmark: typing stays responsive in a long paragraph and a record of 2,000 tasks.

    python tests/bench_typing.py [--keys N]

Opens, in one process on the offscreen platform, a record with a 10,000-character results
paragraph and 100 departments × 20 tasks, then types N characters (default 300) key by key
into (a) the results field and (b) a task cell editor, measuring how long each key press takes
to be handled (the field, the undo command, the models' signals; the preview and checks are
debounced and must not run while the keys come faster than their delay). Goals: median ≤ 16 ms
(one frame), worst ≤ 50 ms, no preview or checks refresh during a burst of typing.
Not a pytest test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from gui.core.record import Department, Record, Task
from gui.core.recordfile import save_record
from tests.benchkit import median, pass_miss, table

GOAL_MEDIAN_MS, GOAL_MAX_MS = 16.0, 50.0


def big_record() -> Record:
    """100 departments × 20 tasks and one 10,000-character paragraph."""
    r = Record()
    r.meeting.name = "giao ban Quý III/2017"
    r.meeting.date = dt.date(2017, 10, 4)
    sentence = "Công tác cải cách hành chính được thực hiện quyết liệt, nhanh gọn và minh bạch. "
    r.content.results = [(sentence * 130)[:10_000]]
    r.directives.departments = [
        Department(
            f"Phòng số {d + 1}",
            [
                Task(
                    content=f"Rà soát tiến độ dự án số {d * 20 + t + 1}, báo cáo Trưởng ban.",
                    deadline=dt.date(2017, 12, 31),
                )
                for t in range(20)
            ],
        )
        for d in range(100)
    ]
    return r


def type_keys(widget, text: str) -> list[float]:  # type: ignore[no-untyped-def]
    """Send each character as a key press/release; return the handling time of each, in ms."""
    times = []
    for ch in text:
        t = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
        times.append((time.perf_counter() - t) * 1000)
    return times


def main() -> int:
    """Run the benchmark and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keys", type=int, default=300)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    from gui.qt.app import set_application_names
    from gui.qt.mainwindow import MainWindow
    from gui.qt.settings import Settings

    set_application_names()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.bienban.json"
        save_record(big_record(), path)
        window = MainWindow(
            Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        )
        window.show()
        window.open_file(str(path), ask=False)
        app.processEvents()
        refreshes = {"preview": 0, "checks": 0}
        window.preview.updated.connect(
            lambda: refreshes.__setitem__("preview", refreshes["preview"] + 1)
        )
        window.checks.updated.connect(
            lambda: refreshes.__setitem__("checks", refreshes["checks"] + 1)
        )
        text = ("Kết quả đạt được trong quý " * 20)[: args.keys]

        window.tabs.setCurrentIndex(2)  # Nội dung
        field = window.binder.widget_for(("content", "results"))
        field.setFocus()
        field.moveCursor(field.textCursor().MoveOperation.End)
        paragraph = type_keys(field, text)
        during_paragraph = dict(refreshes)

        window.tabs.setCurrentWidget(window.directives_section)
        section = window.directives_section
        section.departments.select(50)
        index = section.tasks_model.index(10, 0)
        section.tasks.view.setCurrentIndex(index)
        section.tasks.view.edit(index)
        editor = QApplication.focusWidget()
        cell = type_keys(editor, text)
        during_cell = {k: refreshes[k] - during_paragraph[k] for k in refreshes}
        window.doc.undo_stack.setClean()
        window.close()

    rows = []
    for label, samples, during in (
        ("10,000-character paragraph (results field)", paragraph, during_paragraph),
        ("task cell editor, record of 2,000 tasks", cell, during_cell),
    ):
        med, worst = median(samples), max(samples)
        ok = med <= GOAL_MEDIAN_MS and worst <= GOAL_MAX_MS and not any(during.values())
        rows.append(
            [
                label,
                len(samples),
                f"{med:.2f} ms",
                f"{worst:.1f} ms",
                f"{during['preview']} / {during['checks']}",
                pass_miss(ok),
            ]
        )
    print(
        f"Goals: median ≤ {GOAL_MEDIAN_MS:.0f} ms, worst ≤ {GOAL_MAX_MS:.0f} ms per key, "
        "no preview/checks refresh while typing\n"
    )
    header = (
        "Typing into",
        "keys",
        "median per key",
        "worst key",
        "preview / checks refreshes during the burst",
        "verdict",
    )
    print("\n".join(table(header, "lrrrrl", rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
