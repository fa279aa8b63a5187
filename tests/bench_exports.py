"""Benchmark of Bienban's exports: DOCX, PDF, TXT and the print preview of a big record,
against LibreOffice converting the same DOCX to PDF.

Not a pytest test (pytest collects only ``test_*.py``); run it by hand::

    QT_QPA_PLATFORM=offscreen python tests/bench_exports.py [--repeat N] [--kind notice|minutes|news]
                                                            [--json OUT]

The record is the editor benchmark's big record (``tests/benchkit.build_big_record``:
100 departments × 20 tasks of a few Vietnamese sentences each with dated or worded deadlines,
300 attendees), saved with ``save_record`` and loaded back with ``load_record``. The document
is its conclusion notice (``--kind``). Every time below is the median of ``--repeat`` runs
(default 5) taken after one untimed warm-up run, whose time is shown in the breakdown:

1. DOCX: ``exporting.render(compose(record, kind), Format.DOCX)`` — compose and python-docx.
   Goal ≤ 1.5 s.
2. PDF: ``exporting.render(compose(record, kind), Format.PDF, pdf=render_pdf)`` with
   ``gui.qt.printing.render_pdf``, in this process with a ``QGuiApplication`` on the
   offscreen platform (what ``bienban --convert-to pdf`` does). Goal ≤ 2 s.
3. TXT: ``exporting.render(compose(record, kind), Format.TXT)``. ``render_text`` keeps an
   LRU cache of wrapped paragraphs (so the text preview re-wraps only what changed); the
   cache is cleared before each timed run, so this is the cost of a first export, as from
   the command line. The warm-cache time is in the breakdown. Goal ≤ 0.2 s.
4. Print preview, first page: in a child process with a ``QApplication`` on the offscreen
   platform, a ``QPrintPreviewWidget`` on a high-resolution ``QPrinter`` with
   ``printing.page_layout()`` (as ``ExportController._printer``), its ``paintRequested`` connected
   to ``printing.paint(compose(record, kind), printer)`` (as ``MainWindow.print_to``), shown at
   900 × 1000. Timed from the ``updatePreview()`` call until it returns with
   ``pageCount() > 0``: that call paints every page into the preview's pictures and lays out
   its scene, which is what the print preview dialog does before it shows the first page.
   The widget's first ``show()`` (which runs the same update once, cold) is the warm-up.
   Goal ≤ 1 s.
5. LibreOffice: ``soffice --headless -env:UserInstallation=file://TMP/lo --convert-to pdf
   --outdir DIR FILE`` on the DOCX of item 1, wall time of the whole command (start-up
   included: that is what converting costs). One untimed warm-up run first (it creates the
   profile), then ``--repeat`` timed runs. Goal: our PDF (item 2) faster, i.e. the ratio
   ours / LibreOffice's < 1. The page counts of both PDFs (``pdfinfo``) are shown.

6. By size (``--scale yes|no|only``, ``--scale-sizes``): notices of 10, 100, 1,000, 5,000 and
   20,000 tasks, written as schema-3 record files (as files in the wild are) and read with
   ``load_record``, exported to DOCX and TXT with ``exporting.export`` in a fresh process each
   (median of ``--repeat`` up to 1,000 tasks, one run above): time, peak memory (``VmHWM``) and
   its growth during the export, and the growth exponent k of time ∝ tasks^k fitted by least
   squares over 1,000–20,000 tasks. LibreOffice converts each DOCX to PDF in the same run.
   Goals at 20,000 tasks: DOCX ≤ 3 s, TXT ≤ 2 s.

The exit status is 0 when every measurement ran (whether it met its goal or not), 1 when
one could not be taken (e.g. no ``soffice`` on PATH).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.benchkit import (
    BenchError,
    add_json_option,
    add_repeat_option,
    add_timeout_option,
    build_big_record,
    fmt_ms,
    machine_info,
    maxrss_mib,
    median,
    ms_row,
    print_result,
    report,
    root_on_path,
    run_child,
    sample_stats,
    summary_row,
    time_calls,
    verdict,
    write_json,
)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt application exists

GOAL_DOCX_MS = 1500.0
GOAL_PDF_MS = 2000.0
GOAL_TXT_MS = 200.0
GOAL_PREVIEW_MS = 1000.0
GOAL_LO_RATIO = 1.0  # our PDF time / LibreOffice's; below 1 = faster

PREVIEW_SIZE = (900, 1000)  # MainWindow.print_preview_dialog resizes the dialog to this


def timed_runs(
    fn: Callable[[], Any], repeat: int, before: Callable[[], None] | None = None
) -> dict[str, Any]:
    """One untimed warm-up, then ``repeat`` timed runs of ``fn`` (``before`` runs untimed
    ahead of each one). Returns the samples (ms), the warm-up's time and the last result."""
    [first], _ = time_calls(fn, 1, before)
    samples, result = time_calls(fn, repeat, before)
    return {**sample_stats(samples), "first_ms": first, "result": result}


def _public(run: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in run.items() if k != "result"}


# --- the record ----------------------------------------------------------------------------------


def save_big_record(scratch: Path) -> tuple[Path, dict[str, Any]]:
    """The editor benchmark's big record, saved as a record file."""
    from gui.core.recordfile import SUFFIX, save_record

    record = build_big_record()
    path = scratch / ("big-record" + SUFFIX)
    save_record(record, path)
    tasks = [t for d in record.directives.departments for t in d.tasks]
    return path, {
        "departments": len(record.directives.departments),
        "tasks": len(tasks),
        "dated_deadlines": sum(1 for t in tasks if t.deadline is not None),
        "attendees": len(record.meeting.attendees),
        "task_chars_mean": median([len(t.content) for t in tasks]),
        "file_kib": path.stat().st_size / 1024,
    }


# --- DOCX, PDF, TXT in this process -------------------------------------------------------------


def measure_in_process(path: Path, kind_name: str, repeat: int) -> dict[str, Any]:
    """DOCX, PDF and TXT bytes, with a QGuiApplication on the offscreen platform."""
    import PySide6
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication

    from gui.core.compose import Kind, compose
    from gui.core.exporting import Format, render
    from gui.core.recordfile import load_record
    from gui.core.render_text import _wrap_cached, render_text

    app = QGuiApplication.instance() or QGuiApplication(["bienban-bench"])
    from gui.qt.printing import font_family, paginate, render_pdf

    record = load_record(path)
    kind = Kind(kind_name)
    rss_start = maxrss_mib()

    docx = timed_runs(lambda: render(compose(record, kind), Format.DOCX), repeat)
    pdf = timed_runs(lambda: render(compose(record, kind), Format.PDF, pdf=render_pdf), repeat)
    txt = timed_runs(
        lambda: render(compose(record, kind), Format.TXT), repeat, before=_wrap_cached.cache_clear
    )
    txt_warm = timed_runs(lambda: render(compose(record, kind), Format.TXT), repeat)

    # --- breakdown (informational) ------------------------------------------------------------
    composed = compose(record, kind)
    from gui.core.render_docx import render_docx

    def layout_only() -> int:
        return paginate(composed).count

    def text_cold() -> str:
        return render_text(composed)

    breakdown = {
        "compose": _public(timed_runs(lambda: compose(record, kind), repeat)),
        "render_docx": _public(timed_runs(lambda: render_docx(composed), max(1, repeat // 2))),
        "render_pdf": _public(timed_runs(lambda: render_pdf(composed), max(1, repeat // 2))),
        "pdf_build_and_layout": _public(timed_runs(layout_only, max(1, repeat // 2))),
        "render_text_cold": _public(timed_runs(text_cold, repeat, before=_wrap_cached.cache_clear)),
    }
    return {
        "docx": _public(docx),
        "pdf": _public(pdf),
        "txt": _public(txt),
        "txt_warm_cache": _public(txt_warm),
        "docx_bytes": docx["result"],
        "pdf_bytes": pdf["result"],
        "txt_chars": len(txt["result"].decode("utf-8")),
        "txt_lines": txt["result"].count(b"\n"),
        "body_paragraphs": len(composed.body),
        "breakdown": breakdown,
        "font": font_family(),
        "platform": app.platformName(),
        "pyside6": PySide6.__version__,
        "qt": qVersion(),
        "maxrss_mib": maxrss_mib(),
        "maxrss_before_mib": rss_start,
    }


# --- the print preview, in a child with a QApplication ------------------------------------------


def child_preview(path: str, kind_name: str, repeat: int, timeout_s: float) -> dict[str, Any]:
    """Time ``QPrintPreviewWidget.updatePreview()`` on the big record (see item 4)."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from gui.core.compose import Kind, compose
    from gui.core.recordfile import load_record

    app = QApplication.instance() or QApplication(["bienban-bench"])
    from gui.qt.printing import page_layout, paint

    record = load_record(path)
    kind = Kind(kind_name)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # as ExportController._printer
    printer.setPageLayout(page_layout())
    widget = QPrintPreviewWidget(printer)
    widget.resize(*PREVIEW_SIZE)
    paints: list[tuple[float, int]] = []

    def print_to(device: QPrinter) -> None:  # as MainWindow.print_to
        t = time.perf_counter()
        pages = paint(compose(record, kind), device)
        paints.append(((time.perf_counter() - t) * 1000, pages))

    widget.paintRequested.connect(print_to)
    t = time.perf_counter()
    widget.show()  # the first show runs updatePreview() once (the warm-up)
    first_show_ms = (time.perf_counter() - t) * 1000
    exposed = QTest.qWaitForWindowExposed(widget, int(timeout_s * 1000))
    app.processEvents()
    problems = []
    if not exposed:
        problems.append("the preview widget was never exposed")
    if not paints:
        problems.append("showing the widget did not paint the document")

    samples, paint_ms, repaint_ms, pages = [], [], [], []
    for _ in range(repeat):
        n = len(paints)
        t = time.perf_counter()
        widget.updatePreview()
        count = widget.pageCount()
        elapsed = (time.perf_counter() - t) * 1000
        if count <= 0 or len(paints) != n + 1:
            problems.append(
                f"updatePreview() returned with {count} pages, {len(paints) - n} paint(s)"
            )
            continue
        samples.append(elapsed)
        paint_ms.append(paints[-1][0])
        pages.append(count)
        t = time.perf_counter()
        widget.repaint()  # the first page drawn in the viewport (not part of the goal)
        app.processEvents()
        repaint_ms.append((time.perf_counter() - t) * 1000)
    return {
        "median_ms": median(samples),
        "samples_ms": samples,
        "min_ms": min(samples) if samples else None,
        "max_ms": max(samples) if samples else None,
        "first_show_ms": first_show_ms,
        "first_show_paint_ms": paints[0][0] if paints else None,
        "paint_callback_median_ms": median(paint_ms),
        "rest_median_ms": median([a - b for a, b in zip(samples, paint_ms, strict=True)]),
        "repaint_median_ms": median(repaint_ms),
        "pages": pages[-1] if pages else None,
        "printer_dpi": printer.resolution(),
        "platform": app.platformName(),
        "maxrss_mib": maxrss_mib(),
        "problems": problems,
    }


def measure_preview(path: Path, kind: str, repeat: int, timeout: float) -> dict[str, Any]:
    env = root_on_path(dict(os.environ))
    env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    args = ["--child-preview", str(path), "--kind", kind, "--repeat", str(repeat)]
    result = run_child(
        __file__, [*args, "--timeout", str(timeout)], env, timeout * 4, "the preview child"
    )
    if result["problems"]:
        raise BenchError("print preview: " + "; ".join(result["problems"]))
    return result


# --- LibreOffice ---------------------------------------------------------------------------------


def pdfinfo(pdf: Path, field: str) -> str | None:
    """A field of ``pdfinfo``'s output for ``pdf``; None without pdfinfo or that field."""
    if shutil.which("pdfinfo") is None:
        return None
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, timeout=60)
    for line in out.stdout.splitlines():
        key, _, value = line.partition(":")
        if key.strip() == field:
            return value.strip()
    return None


def pdf_pages(pdf: Path) -> int | None:
    pages = pdfinfo(pdf, "Pages")
    return None if pages is None else int(pages)


def pdf_page_size(pdf: Path) -> str | None:
    return pdfinfo(pdf, "Page size")


def measure_libreoffice(docx: Path, scratch: Path, repeat: int, timeout: float) -> dict[str, Any]:
    """Wall time of ``soffice --headless --convert-to pdf`` on ``docx`` (after a warm-up)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        raise BenchError("LibreOffice (soffice) is not on PATH")
    profile = scratch / "lo"
    outdir = scratch / "lo-out"
    outdir.mkdir()
    pdf = outdir / (docx.stem + ".pdf")
    cmd = [
        soffice,
        "--headless",
        f"-env:UserInstallation={profile.as_uri()}",
        "--convert-to",
        "pdf",
        "--outdir",
        str(outdir),
        str(docx),
    ]

    def run() -> float:
        pdf.unlink(missing_ok=True)
        t = time.perf_counter()
        try:
            proc = subprocess.run(
                cmd, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL
            )
        except subprocess.TimeoutExpired:
            raise BenchError(f"soffice ran over {timeout:.0f} s") from None
        elapsed = (time.perf_counter() - t) * 1000
        if proc.returncode != 0 or not pdf.exists():
            raise BenchError(
                f"soffice exited with {proc.returncode} and wrote "
                f"{'a' if pdf.exists() else 'no'} PDF: "
                f"{proc.stderr.decode('utf-8', 'replace').strip()[-500:]}"
            )
        return elapsed

    warmup = run()
    samples = [run() for _ in range(repeat)]
    version = subprocess.run(
        [soffice, "--version"], capture_output=True, text=True, timeout=60
    ).stdout.strip()
    return {
        **sample_stats(samples),
        "warmup_ms": warmup,
        "pages": pdf_pages(pdf),
        "page_size": pdf_page_size(pdf),
        "pdf_kib": pdf.stat().st_size / 1024,
        "version": version,
    }


# --- report --------------------------------------------------------------------------------------


def summary_rows(
    repeat: int,
    record: dict[str, Any],
    ours: dict[str, Any] | None,
    preview: dict[str, Any] | None,
    lo: dict[str, Any] | None,
    kind: str,
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []

    def row(item: str, what: str, value: float | None, *cells: str) -> None:
        rows.append(summary_row(item, what, *cells, value=value))

    size = f"{record['departments']} depts × {record['tasks'] // record['departments']} tasks"
    o = ours or {}
    for item, key, label, goal in (
        ("1", "docx", "DOCX bytes: compose + render_docx", GOAL_DOCX_MS),
        ("2", "pdf", "PDF bytes: compose + render_pdf (QGuiApplication, offscreen)", GOAL_PDF_MS),
        ("3", "txt", "TXT bytes: compose + render_text (wrap cache cleared)", GOAL_TXT_MS),
    ):
        v = o.get(key, {}).get("median_ms")
        rows.append(ms_row(item, f"{label}, {kind}, {size} (median of {repeat})", v, goal))
    rows.append(
        ms_row(
            "4",
            f"Print preview: updatePreview() until pageCount() > 0 "
            f"(QPrintPreviewWidget, all pages painted; median of {repeat})",
            (preview or {}).get("median_ms"),
            GOAL_PREVIEW_MS,
        )
    )
    v = (lo or {}).get("median_ms")
    row(
        "5",
        f"LibreOffice: soffice --headless --convert-to pdf of that DOCX, wall time "
        f"(median of {repeat} after 1 warm-up)",
        v,
        fmt_ms(v),
        "—",
        "info",
    )
    ratio = None
    if o.get("pdf") and lo:
        ratio = o["pdf"]["median_ms"] / lo["median_ms"]
    row(
        "5",
        "Our PDF time / LibreOffice's conversion time",
        ratio,
        f"{ratio:.2f}×" if ratio is not None else "error",
        f"< {GOAL_LO_RATIO:.0f}× (faster)",
        verdict(ratio, GOAL_LO_RATIO, strict=True),
    )
    ours_pages = o.get("pdf_pages")
    lo_pages = (lo or {}).get("pages")
    row(
        "5",
        "Pages: our PDF / LibreOffice's PDF (pdfinfo)",
        None,
        f"{ours_pages if ours_pages is not None else '?'} / "
        f"{lo_pages if lo_pages is not None else '?'}",
        "—",
        "info",
    )
    return rows


def detail_rows(
    record: dict[str, Any],
    ours: dict[str, Any] | None,
    preview: dict[str, Any] | None,
    lo: dict[str, Any] | None,
) -> list[list[str]]:
    rows = [
        [
            "Record",
            f"{record['departments']} departments, {record['tasks']} tasks "
            f"({record['dated_deadlines']} with dated deadlines, median "
            f"{record['task_chars_mean']:.0f} characters each), {record['attendees']} "
            f"attendees; file {record['file_kib']:,.0f} KiB",
        ]
    ]

    def spread(run: dict[str, Any]) -> str:
        return f"{fmt_ms(run['min_ms'])} / {fmt_ms(run['max_ms'])}"

    if ours:
        rows.append(
            [
                "Composed notice",
                f"{ours['body_paragraphs']:,} body paragraphs; font "
                f"{ours['font']}; platform `{ours['platform']}`",
            ]
        )
        rows.append(
            [
                "Outputs",
                f"DOCX {len(ours['docx_bytes']) / 1024:,.0f} KiB; PDF "
                f"{len(ours['pdf_bytes']) / 1024:,.0f} KiB, {ours.get('pdf_pages')} pages, "
                f"{ours.get('pdf_page_size')}; TXT {ours['txt_chars']:,} characters, "
                f"{ours['txt_lines']:,} lines",
            ]
        )
        for key, label in (("docx", "DOCX"), ("pdf", "PDF"), ("txt", "TXT")):
            run = ours[key]
            rows.append(
                [
                    f"{label}: min / max of timed runs; first (warm-up) run",
                    f"{spread(run)}; {fmt_ms(run['first_ms'])}",
                ]
            )
        rows.append(
            [
                "TXT with a warm wrap cache (as the text preview after an edit), median",
                fmt_ms(ours["txt_warm_cache"]["median_ms"]),
            ]
        )
        labels = {
            "compose": "compose() alone",
            "render_docx": "render_docx() alone (python-docx, incl. save)",
            "render_pdf": "render_pdf() alone",
            "pdf_build_and_layout": "PDF: printing.paginate, layout and pages (no painting)",
            "render_text_cold": "render_text() alone, wrap cache cleared",
        }
        for key, label in labels.items():
            rows.append([f"{label}, median", fmt_ms(ours["breakdown"][key]["median_ms"])])
        rows.append(["Peak RSS of the DOCX/PDF/TXT process", f"{ours['maxrss_mib']:.0f} MiB"])
    if preview:
        rows.append(
            [
                "Preview: min / max of timed updatePreview() calls",
                f"{fmt_ms(preview['min_ms'])} / {fmt_ms(preview['max_ms'])}",
            ]
        )
        rows.append(
            [
                "Preview: paint() in the paintRequested slot / rest of updatePreview() "
                "(Qt: pictures → scene), median",
                f"{fmt_ms(preview['paint_callback_median_ms'])} / {fmt_ms(preview['rest_median_ms'])}",
            ]
        )
        rows.append(
            [
                "Preview: first show() of the widget (cold: runs updatePreview once), "
                "of which paint()",
                f"{fmt_ms(preview['first_show_ms'])}, {fmt_ms(preview['first_show_paint_ms'])}",
            ]
        )
        rows.append(
            [
                "Preview: repaint of the viewport after an update (not in goal), median",
                fmt_ms(preview["repaint_median_ms"]),
            ]
        )
        rows.append(
            [
                "Preview: pages, printer resolution, peak RSS of the child",
                f"{preview['pages']} pages at {preview['printer_dpi']} dpi; "
                f"{preview['maxrss_mib']:.0f} MiB",
            ]
        )
    if lo:
        rows.append(["LibreOffice", lo["version"]])
        rows.append(
            [
                "LibreOffice: warm-up run (creates the profile); min / max of timed runs",
                f"{fmt_ms(lo['warmup_ms'])}; {spread(lo)}",
            ]
        )
        rows.append(
            [
                "LibreOffice's PDF",
                f"{lo['pages']} pages, {lo['page_size']}, {lo['pdf_kib']:,.0f} KiB",
            ]
        )
    return rows


def notes(info: dict[str, Any], repeat: int, ours: dict[str, Any] | None) -> list[str]:
    """The report's lines under the machine's: versions, plugin, how times were taken."""
    qt = f"PySide6 {ours['pyside6']} (Qt {ours['qt']})" if ours else "PySide6 ?"
    return [
        f"Python {info['python']}, {qt}, platform plugin "
        f"`{os.environ.get('QT_QPA_PLATFORM', 'offscreen')}`",
        f"Each time: median of {repeat} runs after 1 untimed warm-up run",
    ]


# --- scaling: 10 … 20,000 tasks, DOCX and TXT, against LibreOffice -------------------------------

SCALE_SIZES = (10, 100, 1_000, 5_000, 20_000)
SCALE_FORMATS = ("docx", "txt")
GOAL_SCALE_MS = {"docx": 3000.0, "txt": 2000.0}  # at 20,000 tasks
SCALE_TASKS_PER_DEPT = 20


def scale_record_data(n_tasks: int, seed: int = 20_000) -> dict[str, Any]:
    """A record file's data (schema version 3, as files in the wild are) with ``n_tasks``
    tasks in departments of ``SCALE_TASKS_PER_DEPT``. Written as JSON and read back with
    ``load_record``, it goes through the same migration as any older file, so the
    benchmark does not depend on the record classes of the day."""
    import datetime as dt
    import random

    from tests.benchkit import NOTES, Phrasebook, department_names

    rnd = random.Random(seed)
    n_depts = max(1, -(-n_tasks // SCALE_TASKS_PER_DEPT))
    depts = department_names(100)
    book = Phrasebook(rnd, depts)
    day = dt.date(2017, 10, 4)
    departments = []
    left = n_tasks
    for d in range(n_depts):
        tasks = []
        for _ in range(min(left, SCALE_TASKS_PER_DEPT)):
            deadline = day + dt.timedelta(days=rnd.randint(10, 400))
            tasks.append(
                {
                    "content": book.task_content(
                        lambda deadline=deadline: deadline.strftime("%d/%m/%Y"),
                        lambda: "IV/2017",
                    ),
                    "lead": book.lead(),
                    "coordinating": ", ".join(book.others(d % len(depts), 2)),
                    "deadline": deadline.isoformat(),
                    "deadline_text": "",
                    "status": "in_progress",
                    "completed_on": None,
                    "note": rnd.choice(NOTES),
                }
            )
        left -= len(tasks)
        name = depts[d % len(depts)] + (f" (nhóm {d // len(depts) + 1})" if d >= len(depts) else "")
        departments.append({"name": name, "tasks": tasks})
    return {
        "schema_version": 3,
        "header": {
            "parent_agency": "UBND tỉnh Quảng Ninh",
            "agency": "Ban Quản lý Khu kinh tế Quảng Ninh",
            "agency_code": "BQLKKT",
            "doc_kind": "TB",
            "number": 125,
            "place": "Quảng Ninh",
            "issue_date": "2017-10-05",
            "summary": "Kết luận của Trưởng ban tại cuộc họp giao ban mở rộng Quý III/2017",
        },
        "meeting": {
            "name": "giao ban mở rộng Quý III/2017",
            "date": day.isoformat(),
            "start_time": "08:00",
            "end_time": "11:30",
            "location": "Hội trường tầng 3, trụ sở Ban Quản lý Khu kinh tế Quảng Ninh",
            "chair": {"name": "Nguyễn Mạnh Tuấn", "position": "Trưởng ban"},
            "secretary": {"name": "Lý Hải Tuấn", "position": "Chuyên viên Văn phòng"},
            "attendees": [
                {
                    "name": book.person(),
                    "position": f"Trưởng phòng {depts[i % len(depts)]}",
                    "is_group": False,
                    "is_guest": False,
                    "attendance": "present",
                    "reason": "",
                }
                for i in range(10)
            ],
        },
        "content": {
            "intro_from_fields": True,
            "opening": [
                "Sau khi nghe báo cáo của các phòng, đơn vị và ý kiến của các thành viên dự "
                "họp, đồng chí Trưởng ban kết luận như sau:"
            ],
            "discussion": [],
            "results": ["Công tác giải phóng mặt bằng có chuyển biến tích cực."],
            "limitations": ["Tiến độ một số dự án còn chậm so với yêu cầu."],
        },
        "directives": {
            "general": ["Các phòng, đơn vị tập trung hoàn thành các nhiệm vụ được giao."],
            "departments": departments,
        },
        "closing": {
            "sentence": "Ban Quản lý Khu kinh tế thông báo để các phòng, đơn vị biết, thực hiện.",
            "recipients": ["Như trên", "UBND tỉnh (b/c)", "Lưu: VT, VP"],
            "signer": {
                "authority": "KT",
                "authority_of": "TRƯỞNG BAN",
                "intermediate": "",
                "position": "PHÓ TRƯỞNG BAN",
                "name": "Trần Hải Hải",
            },
            "drafter": "VP",
            "copies": 12,
        },
        "news": {"title": "", "posted_on": None, "author": ""},
        "progress": {"reference": "", "items": []},
    }


def write_scale_records(scratch: Path, sizes: tuple[int, ...]) -> dict[int, Path]:
    import json

    from gui.core.recordfile import SUFFIX

    paths = {}
    for n in sizes:
        path = scratch / f"scale-{n}{SUFFIX}"
        path.write_text(json.dumps(scale_record_data(n), ensure_ascii=False), encoding="utf-8")
        paths[n] = path
    return paths


def _status_mib(field: str) -> float:
    """``VmRSS`` (now) or ``VmHWM`` (peak) of this process from ``/proc/self/status``, in
    MiB. Unlike ``ru_maxrss``, which Linux carries over from the parent across ``exec``, these
    belong to this process alone."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise BenchError(f"no {field} in /proc/self/status")


def child_scale(path: str, fmt_name: str, out: str) -> dict[str, Any]:
    """One export of ``path`` to ``out`` through the public API (``load_record``, then
    ``exporting.export``: compose, render, atomic write), in a fresh process: its time and
    how much the peak resident memory grew during it."""
    from gui.core.compose import Kind
    from gui.core.exporting import Format, export
    from gui.core.recordfile import load_record

    t = time.perf_counter()
    record = load_record(path)
    load_ms = (time.perf_counter() - t) * 1000
    if fmt_name == "docx":
        import docx  # noqa: F401  (python-docx's import is not the export's cost)
    rss_before = _status_mib("VmRSS")
    t = time.perf_counter()
    export(record, Kind.NOTICE, Format(fmt_name), out)
    ms = (time.perf_counter() - t) * 1000
    return {
        "ms": ms,
        "load_ms": load_ms,
        "rss_before_mib": rss_before,
        "peak_mib": _status_mib("VmHWM"),
        "bytes": Path(out).stat().st_size,
    }


def convert_with_libreoffice(
    soffice: str, docx: Path, outdir: Path, profile: Path, timeout: float
) -> float:
    """Wall time (ms) of ``soffice --headless --convert-to pdf`` of ``docx``."""
    cmd = [
        soffice,
        "--headless",
        f"-env:UserInstallation={profile.as_uri()}",
        "--convert-to",
        "pdf",
        "--outdir",
        str(outdir),
        str(docx),
    ]
    pdf = outdir / (docx.stem + ".pdf")
    pdf.unlink(missing_ok=True)
    t = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise BenchError(f"soffice ran over {timeout:.0f} s on {docx.name}") from None
    ms = (time.perf_counter() - t) * 1000
    if proc.returncode != 0 or not pdf.exists():
        raise BenchError(f"soffice could not convert {docx.name}: exit {proc.returncode}")
    return ms


def fitted_exponent(points: list[tuple[float, float]]) -> float | None:
    """k of t ∝ n^k, least squares over (n, t) in log–log."""
    import math

    pts = [(math.log(n), math.log(t)) for n, t in points if n > 0 and t and t > 0]
    if len(pts) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    return sum((x - mx) * (y - my) for x, y in pts) / sxx if sxx else None


def measure_scale(
    scratch: Path, sizes: tuple[int, ...], repeat: int, timeout: float, libreoffice: bool
) -> dict[str, Any]:
    """Each format at each size: ``repeat`` fresh children up to 1,000 tasks, one above (the
    median is reported); LibreOffice's conversion of each DOCX to PDF after them."""
    env = root_on_path(dict(os.environ))
    paths = write_scale_records(scratch, sizes)
    results: dict[str, dict[int, dict[str, Any]]] = {f: {} for f in SCALE_FORMATS}
    docx_files: dict[int, Path] = {}
    for n in sizes:
        for fmt_name in SCALE_FORMATS:
            out = scratch / f"scale-{n}.notice.{fmt_name}"
            runs = [
                run_child(
                    __file__,
                    ["--child-scale", str(paths[n]), "--format", fmt_name, "--out", str(out)],
                    env,
                    timeout,
                    f"the {fmt_name.upper()} export of {n} tasks",
                )
                for _ in range(repeat if n <= 1_000 else 1)
            ]
            results[fmt_name][n] = {
                "ms": median([r["ms"] for r in runs]),
                "samples_ms": [r["ms"] for r in runs],
                "load_ms": median([r["load_ms"] for r in runs]),
                "peak_growth_mib": max(r["peak_mib"] - r["rss_before_mib"] for r in runs),
                "peak_mib": max(r["peak_mib"] for r in runs),
                "kib": runs[-1]["bytes"] / 1024,
            }
            if fmt_name == "docx":
                docx_files[n] = out
    lo: dict[int, dict[str, Any]] = {}
    if libreoffice:
        soffice = shutil.which("soffice")
        if soffice is None:
            raise BenchError("LibreOffice (soffice) is not on PATH")
        profile, outdir = scratch / "lo-scale-profile", scratch / "lo-scale-out"
        outdir.mkdir()
        convert_with_libreoffice(soffice, docx_files[min(docx_files)], outdir, profile, timeout)
        for n, docx_path in docx_files.items():
            samples = [
                convert_with_libreoffice(soffice, docx_path, outdir, profile, timeout)
                for _ in range(repeat if n <= 1_000 else 1)
            ]
            lo[n] = {"median_ms": median(samples), "samples_ms": samples}
    large = [n for n in sizes if n >= 1_000]
    fits = {
        name: fitted_exponent([(n, r[n]["ms"]) for n in large])
        for name, r in (
            *results.items(),
            ("libreoffice", {n: {"ms": v["median_ms"]} for n, v in lo.items()}),
        )
    }
    fits_all = {
        name: fitted_exponent([(n, r[n]["ms"]) for n in sizes if n in r])
        for name, r in results.items()
    }
    return {
        "sizes": list(sizes),
        "formats": results,
        "libreoffice": lo,
        "exponent": fits,
        "exponent_all": fits_all,
    }


def scale_rows(scale: dict[str, Any]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    largest = max(scale["sizes"])
    for fmt_name in SCALE_FORMATS:
        r = scale["formats"][fmt_name].get(largest)
        rows.append(
            ms_row(
                "6",
                f"{fmt_name.upper()} export (load_record → exporting.export), {largest:,} tasks",
                r["ms"] if r else None,
                GOAL_SCALE_MS[fmt_name],
            )
        )
        k = scale["exponent"].get(fmt_name)
        rows.append(
            summary_row(
                "6",
                f"{fmt_name.upper()}: fitted growth exponent k (time ∝ tasks^k, least squares "
                f"over 1,000–{largest:,} tasks)",
                f"{k:.2f}" if k is not None else "error",
                "≈ 1 (linear)",
                "PASS" if k is not None and k <= 1.2 else "MISS",
                value=k,
            )
        )
    k = scale["exponent"].get("libreoffice")
    if scale["libreoffice"]:
        rows.append(
            summary_row(
                "6",
                "LibreOffice converting those DOCX files to PDF: fitted growth exponent k",
                f"{k:.2f}" if k is not None else "error",
                "—",
                "info",
                value=k,
            )
        )
    return rows


def scale_table(scale: dict[str, Any]) -> list[str]:
    """The Markdown table of the scaling runs."""
    from tests.benchkit import table

    header = ["Tasks", "load_record"]
    for fmt_name in SCALE_FORMATS:
        header += [f"{fmt_name.upper()} time", f"{fmt_name.upper()} peak RSS (growth)"]
    header += ["LibreOffice DOCX → PDF", "DOCX size"]
    rows = []
    for n in scale["sizes"]:
        loads = [scale["formats"][f][n]["load_ms"] for f in SCALE_FORMATS]
        cells = [f"{n:,}", fmt_ms(median(loads))]
        for fmt_name in SCALE_FORMATS:
            r = scale["formats"][fmt_name][n]
            cells += [fmt_ms(r["ms"]), f"{r['peak_mib']:.0f} MiB (+{r['peak_growth_mib']:.0f})"]
        lo = scale["libreoffice"].get(n)
        cells += [
            fmt_ms(lo["median_ms"]) if lo else "—",
            f"{scale['formats']['docx'][n]['kib']:,.0f} KiB",
        ]
        rows.append(cells)
    large = [n for n in scale["sizes"] if n >= 1_000]
    exp = [f"fitted k, {min(large, default=0):,}–{max(large, default=0):,}", ""]
    for fmt_name in SCALE_FORMATS:
        k = scale["exponent"].get(fmt_name)
        exp += [f"{k:.2f}" if k is not None else "—", ""]
    k = scale["exponent"].get("libreoffice")
    exp += [f"{k:.2f}" if k is not None else "—", ""]
    rows.append(exp)
    return table(header, "r" * len(header), rows)


def measure_big_record(
    path: Path, scratch: Path, args: argparse.Namespace, errors: list[str]
) -> tuple[dict[str, Any] | None, dict[str, Any] | None, dict[str, Any] | None]:
    """Items 1–5 on the big record; what could not be measured is added to ``errors``."""
    ours = preview = lo = None
    try:
        ours = measure_in_process(path, args.kind, args.repeat)
        docx = scratch / f"big-record.{args.kind}.docx"
        docx.write_bytes(ours["docx_bytes"])
        pdf = scratch / f"big-record.{args.kind}.pdf"
        pdf.write_bytes(ours["pdf_bytes"])
        ours["pdf_pages"] = pdf_pages(pdf)
        ours["pdf_page_size"] = pdf_page_size(pdf)
    except BenchError as exc:
        errors.append(f"DOCX/PDF/TXT: {exc}")
    try:
        preview = measure_preview(path, args.kind, args.repeat, args.timeout)
    except BenchError as exc:
        errors.append(f"print preview: {exc}")
    if ours:
        try:
            lo = measure_libreoffice(docx, scratch, args.repeat, args.timeout)
        except BenchError as exc:
            errors.append(f"LibreOffice: {exc}")
    return ours, preview, lo


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    add_repeat_option(parser, "timed runs of each measurement; the median is reported")
    parser.add_argument(
        "--kind",
        choices=("notice", "minutes", "news"),
        default="notice",
        help="document kind (default: notice, the conclusion notice)",
    )
    add_json_option(parser)
    add_timeout_option(parser, 300.0)
    parser.add_argument(
        "--scale",
        choices=("yes", "no", "only"),
        default="yes",
        help="item 6, DOCX and TXT at 10 … 20,000 tasks against LibreOffice: run it too "
        "(default), skip it, or run only it",
    )
    parser.add_argument(
        "--scale-sizes",
        default=",".join(str(n) for n in SCALE_SIZES),
        help="task counts of item 6, comma-separated (default: %(default)s)",
    )
    parser.add_argument("--child-preview", metavar="PATH", help=argparse.SUPPRESS)
    parser.add_argument("--child-scale", metavar="PATH", help=argparse.SUPPRESS)
    parser.add_argument("--format", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    if args.child_scale:
        print_result(child_scale(args.child_scale, args.format, args.out))
        os._exit(0)

    if args.child_preview:
        result = child_preview(args.child_preview, args.kind, args.repeat, args.timeout)
        print_result(result)
        os._exit(0)  # skip interpreter teardown: nothing to clean up

    load_start = os.getloadavg()[0]
    errors: list[str] = []
    ours = preview = lo = scale = None
    scratch = Path(tempfile.mkdtemp(prefix="bienban-bench-exports-"))
    try:
        if args.scale != "no":
            sizes = tuple(sorted(int(n) for n in args.scale_sizes.split(",")))
            try:
                scale = measure_scale(scratch, sizes, args.repeat, args.timeout * 3, True)
            except BenchError as exc:
                errors.append(f"scaling: {exc}")
        path, record = save_big_record(scratch)
        if args.scale != "only":
            ours, preview, lo = measure_big_record(path, scratch, args, errors)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    info = machine_info(load_start)
    rows = summary_rows(args.repeat, record, ours, preview, lo, args.kind) if ours else []
    rows += scale_rows(scale) if scale else []
    details = detail_rows(record, ours, preview, lo) if ours else []
    about = notes(info, args.repeat, ours)
    print(report("Bienban exports benchmark", info, about, rows, details, errors))
    if scale:
        print("\n### Item 6: time and peak memory by size (notice)\n")
        print("\n".join(scale_table(scale)))
    if args.json:
        plain = None
        if ours:
            plain = {k: v for k, v in ours.items() if not k.endswith("_bytes")}
            plain["docx_kib"] = len(ours["docx_bytes"]) / 1024
            plain["pdf_kib"] = len(ours["pdf_bytes"]) / 1024
        out = {
            "machine": info,
            "repeat": args.repeat,
            "kind": args.kind,
            "goals": {
                "docx_ms": GOAL_DOCX_MS,
                "pdf_ms": GOAL_PDF_MS,
                "txt_ms": GOAL_TXT_MS,
                "preview_ms": GOAL_PREVIEW_MS,
                "pdf_vs_libreoffice_ratio": GOAL_LO_RATIO,
            },
            "summary": rows,
            "record": record,
            "ours": plain,
            "preview": preview,
            "libreoffice": lo,
            "scale": scale,
            "errors": errors,
        }
        write_json(args.json, out)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
