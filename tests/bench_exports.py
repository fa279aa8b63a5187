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
   ``printing.page_layout()`` (as ``MainWindow._printer``), its ``paintRequested`` connected
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
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # as MainWindow._printer
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
    parser.add_argument("--child-preview", metavar="PATH", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    if args.child_preview:
        result = child_preview(args.child_preview, args.kind, args.repeat, args.timeout)
        print_result(result)
        os._exit(0)  # skip interpreter teardown: nothing to clean up

    load_start = os.getloadavg()[0]
    errors: list[str] = []
    ours = preview = lo = None
    scratch = Path(tempfile.mkdtemp(prefix="bienban-bench-exports-"))
    try:
        path, record = save_big_record(scratch)
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
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    info = machine_info(load_start)
    rows = summary_rows(args.repeat, record, ours, preview, lo, args.kind)
    details = detail_rows(record, ours, preview, lo)
    about = notes(info, args.repeat, ours)
    print(report("Bienban exports benchmark", info, about, rows, details, errors))
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
            "errors": errors,
        }
        write_json(args.json, out)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
