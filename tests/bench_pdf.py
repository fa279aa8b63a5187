"""Benchmark of the PDF export at scale: time and peak memory for 10 … 20,000 tasks, the fitted
growth, and LibreOffice converting the same record's DOCX in the same run as the baseline.

Not a pytest test (pytest collects only ``test_*.py``); run it by hand::

    QT_QPA_PLATFORM=offscreen python tests/bench_pdf.py [--repeat N] [--lo-repeat N]
                                                        [--sizes 10,100,…] [--json OUT]
                                                        [--wheel | --python PY]

``--wheel`` builds the wheel and installs it into a fresh virtual environment, and each export
then runs from it (``--python``: a venv that has it already): the installed package is measured.

Records: the editor benchmark's big record (``tests/benchkit.build_big_record``) with its
directives rebuilt to N tasks, 20 per department, drawn in turn from its 2,000 generated tasks
(a few Vietnamese sentences each, dated or worded deadlines), saved with ``save_record``.

1. Our PDF: a child process per run (so its peak memory is its own) loads the record, starts a
   ``QGuiApplication`` on the offscreen platform, renders a small warm-up document, then times
   ``exporting.export(record, NOTICE, PDF, path, pdf=printing.render_pdf)`` — compose, lay out,
   paginate, paint and write the file, what ``bienban --convert-to pdf`` does. It reports the
   wall time, its CPU time (user + system) and ``ru_maxrss``, the process's peak resident set
   size (Python, Qt, the record and the export together), and how long its threads waited
   for a CPU taken by other processes (Linux's run-queue wait; wall ≈ CPU + that wait, no I/O
   to speak of: the PDF is built in memory and written once). Median of ``--repeat`` runs
   (default 3). Goals at 20,000 tasks: ≤ 8 s and ≤ 300 MiB (issue 12).
2. LibreOffice: ``soffice --headless --convert-to pdf`` of the DOCX of the same record
   (``render_docx``), wall time of the whole command, after one untimed warm-up conversion
   that creates the profile; median of ``--lo-repeat`` runs (default 1).
3. Growth: the exponent k of time ∝ tasksᵏ fitted by least squares on log–log over the sizes
   from 1,000 up (1 is linear), for ours and for LibreOffice; and for our peak memory above
   the 10-task run's.

Wall times on a machine shared with other work vary with its load; the CPU time of our child is
steadier and is shown beside it. The exit status is 0 when every measurement ran (whether it
met its goal or not), 1 when one could not be taken.
"""

from __future__ import annotations

import argparse
import math
import os
import resource
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
    add_timeout_option,
    apply_installed_options,
    build_big_record,
    department_names,
    fmt_ms,
    machine_info,
    maxrss_mib,
    median,
    print_result,
    report,
    root_on_path,
    run_child,
    summary_row,
    table,
    verdict,
    write_json,
)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt application exists

SIZES = (10, 100, 1_000, 5_000, 20_000)
GOAL_SIZE = 20_000
GOAL_MS = 8_000.0
GOAL_MIB = 300.0
PER_DEPARTMENT = 20


def scaled_record(tasks: int):  # type: ignore[no-untyped-def]
    """The big record with ``tasks`` tasks, 20 per department."""
    from gui.core import record as rec

    record = build_big_record()
    pool = [t for d in record.directives.departments for t in d.tasks]
    names = department_names(math.ceil(tasks / PER_DEPARTMENT))
    record.directives.departments = [
        rec.Department(
            name,
            [
                pool[(d * PER_DEPARTMENT + k) % len(pool)]
                for k in range(min(PER_DEPARTMENT, tasks - d * PER_DEPARTMENT))
            ],
        )
        for d, name in enumerate(names)
    ]
    return record


# --- our PDF, in a child ----------------------------------------------------------------------


def run_queue_wait_ms() -> float:
    """How long this process's threads have been ready to run but waiting for a CPU (Linux's
    ``/proc/self/task/*/schedstat``, second field, in ns): the part of the wall time that
    other work on the machine took; 0 where the kernel does not say."""
    total = 0
    for stat in Path("/proc/self/task").glob("*/schedstat"):
        try:
            total += int(stat.read_text(encoding="ascii").split()[1])
        except (OSError, IndexError, ValueError):
            continue
    return total / 1e6


def child_pdf(path: str, out: str) -> dict[str, Any]:
    """Export the record at ``path`` as PDF to ``out``; time, CPU and peak memory."""
    from PySide6.QtGui import QGuiApplication

    from gui.core.compose import Kind, compose
    from gui.core.exporting import Format, export
    from gui.core.recordfile import load_record

    record = load_record(path)
    app = QGuiApplication.instance() or QGuiApplication(["bienban-bench"])
    from gui.qt.printing import render_pdf

    render_pdf(compose(build_small(), Kind.NOTICE))  # fonts loaded, code warm
    before = maxrss_mib()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    waited = run_queue_wait_ms()
    t = time.perf_counter()
    export(record, Kind.NOTICE, Format.PDF, out, pdf=render_pdf)
    wall = (time.perf_counter() - t) * 1000
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime - usage.ru_utime + after.ru_stime - usage.ru_stime) * 1000
    return {
        "wall_ms": wall,
        "cpu_ms": cpu,
        "run_queue_ms": run_queue_wait_ms() - waited,
        "maxrss_mib": maxrss_mib(),
        "maxrss_before_mib": before,
        "platform": app.platformName(),
        "gui": os.path.dirname(sys.modules["gui"].__file__ or ""),
    }


def build_small():  # type: ignore[no-untyped-def]
    from gui.core.recordfile import load_record

    return load_record(
        Path(__file__).resolve().parents[1] / "seeds" / "quang-ninh-giao-ban-q3-2017.bienban.json"
    )


def pdf_pages(pdf: Path) -> int | None:
    if shutil.which("pdfinfo") is None:
        return None
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, timeout=120)
    for line in out.stdout.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return None


def measure_ours(record: Path, scratch: Path, repeat: int, timeout: float) -> dict[str, Any]:
    env = root_on_path(dict(os.environ))
    env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    out = scratch / (record.stem + ".ours.pdf")
    runs = [
        run_child(__file__, ["--child-pdf", str(record), str(out)], env, timeout, "the PDF child")
        for _ in range(repeat)
    ]
    return {
        "wall_ms": median([r["wall_ms"] for r in runs]),
        "cpu_ms": median([r["cpu_ms"] for r in runs]),
        "run_queue_ms": median([r.get("run_queue_ms", 0.0) for r in runs]),
        "maxrss_mib": median([r["maxrss_mib"] for r in runs]),
        "maxrss_before_mib": median([r["maxrss_before_mib"] for r in runs]),
        "runs": runs,
        "pages": pdf_pages(out),
        "pdf_kib": out.stat().st_size / 1024,
    }


# --- LibreOffice --------------------------------------------------------------------------------


class LibreOffice:
    """``soffice --headless --convert-to pdf`` with one profile for the whole run."""

    def __init__(self, scratch: Path, timeout: float) -> None:
        soffice = shutil.which("soffice")
        if soffice is None:
            raise BenchError("LibreOffice (soffice) is not on PATH")
        self.soffice = soffice
        self.profile = scratch / "lo-profile"
        self.outdir = scratch / "lo-out"
        self.outdir.mkdir(exist_ok=True)
        self.timeout = timeout

    def convert(self, docx: Path) -> tuple[float, Path]:
        pdf = self.outdir / (docx.stem + ".pdf")
        pdf.unlink(missing_ok=True)
        cmd = [
            self.soffice,
            "--headless",
            f"-env:UserInstallation={self.profile.as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(self.outdir),
            str(docx),
        ]
        t = time.perf_counter()
        try:
            proc = subprocess.run(
                cmd, capture_output=True, timeout=self.timeout, stdin=subprocess.DEVNULL
            )
        except subprocess.TimeoutExpired:
            raise BenchError(f"soffice ran over {self.timeout:.0f} s on {docx.name}") from None
        elapsed = (time.perf_counter() - t) * 1000
        if proc.returncode != 0 or not pdf.exists():
            raise BenchError(
                f"soffice exited with {proc.returncode}: "
                f"{proc.stderr.decode('utf-8', 'replace').strip()[-500:]}"
            )
        return elapsed, pdf

    def measure(self, docx: Path, repeat: int) -> dict[str, Any]:
        samples = []
        pdf = docx
        for _ in range(repeat):
            ms, pdf = self.convert(docx)
            samples.append(ms)
        return {"wall_ms": median(samples), "samples_ms": samples, "pages": pdf_pages(pdf)}


# --- growth ---------------------------------------------------------------------------------------


def exponent(sizes: list[int], values: list[float]) -> float | None:
    """k of value ∝ sizeᵏ, least squares on log–log."""
    points = [(math.log(s), math.log(v)) for s, v in zip(sizes, values, strict=True) if v > 0]
    if len(points) < 2:
        return None
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    sxx = sum((x - mx) ** 2 for x, _ in points)
    return sum((x - mx) * (y - my) for x, y in points) / sxx if sxx else None


# --- main ----------------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> tuple[dict[str, Any], str, bool]:
    from gui.core.compose import Kind, compose
    from gui.core.recordfile import save_record
    from gui.core.render_docx import render_docx

    load_start = os.getloadavg()[0]
    sizes = [int(s) for s in args.sizes.split(",")]
    rows: list[dict[str, Any]] = []
    errors: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bienban-bench-pdf-") as tmp:
        scratch = Path(tmp)
        lo = None
        try:
            lo = LibreOffice(scratch, args.timeout)
        except BenchError as exc:
            errors.append(str(exc))
        for n in sizes:
            record = scaled_record(n)
            path = scratch / f"tasks-{n}.bienban.json"
            save_record(record, path)
            docx = scratch / f"tasks-{n}.docx"
            docx.write_bytes(render_docx(compose(record, Kind.NOTICE)))
            row: dict[str, Any] = {"tasks": n}
            try:
                row["ours"] = measure_ours(path, scratch, args.repeat, args.timeout)
            except BenchError as exc:
                errors.append(f"{n} tasks, our PDF: {exc}")
            if lo is not None:
                try:
                    if not any("lo" in r for r in rows):
                        row["lo_warmup_ms"] = lo.convert(docx)[0]
                    row["lo"] = lo.measure(docx, args.lo_repeat)
                except BenchError as exc:
                    errors.append(f"{n} tasks, LibreOffice: {exc}")
            rows.append(row)
            print(f"{n} tasks: {row}", file=sys.stderr, flush=True)

    fit_sizes = [r["tasks"] for r in rows if r["tasks"] >= 1000 and "ours" in r]
    ours_k = exponent(fit_sizes, [r["ours"]["wall_ms"] for r in rows if r["tasks"] in fit_sizes])
    cpu_k = exponent(fit_sizes, [r["ours"]["cpu_ms"] for r in rows if r["tasks"] in fit_sizes])
    lo_sizes = [r["tasks"] for r in rows if r["tasks"] >= 1000 and "lo" in r]
    lo_k = exponent(lo_sizes, [r["lo"]["wall_ms"] for r in rows if r["tasks"] in lo_sizes])
    base = next((r["ours"]["maxrss_mib"] for r in rows if "ours" in r), None)
    mem_k = exponent(
        fit_sizes,
        [r["ours"]["maxrss_mib"] - (base or 0) for r in rows if r["tasks"] in fit_sizes],
    )
    goal_row = next((r for r in rows if r["tasks"] == GOAL_SIZE and "ours" in r), None)
    summary = []
    if goal_row:
        ours = goal_row["ours"]
        summary.append(
            summary_row(
                "1",
                f"Our PDF, {GOAL_SIZE:,} tasks: export wall time (median of {args.repeat})",
                fmt_ms(ours["wall_ms"]),
                f"≤ {GOAL_MS:,.0f} ms",
                verdict(ours["wall_ms"], GOAL_MS),
            )
        )
        summary.append(
            summary_row(
                "1",
                f"Our PDF, {GOAL_SIZE:,} tasks: CPU time of that export",
                fmt_ms(ours["cpu_ms"]),
                f"≤ {GOAL_MS:,.0f} ms",
                verdict(ours["cpu_ms"], GOAL_MS),
            )
        )
        summary.append(
            summary_row(
                "1",
                f"Our PDF, {GOAL_SIZE:,} tasks: peak memory of the exporting process",
                f"{ours['maxrss_mib']:.0f} MiB",
                f"≤ {GOAL_MIB:.0f} MiB",
                verdict(ours["maxrss_mib"], GOAL_MIB),
            )
        )
        if "lo" in goal_row:
            ratio = ours["wall_ms"] / goal_row["lo"]["wall_ms"]
            summary.append(
                summary_row(
                    "2",
                    f"Our PDF / LibreOffice's conversion of the DOCX, {GOAL_SIZE:,} tasks",
                    f"{ratio:.2f}×",
                    "< 1× (faster)",
                    verdict(ratio, 1.0, strict=True),
                )
            )
    for what, k in (
        ("our PDF time (wall)", ours_k),
        ("our PDF time (CPU)", cpu_k),
        ("our peak memory above the 10-task run (record and PDF bytes)", mem_k),
        ("LibreOffice's conversion time", lo_k),
    ):
        summary.append(
            summary_row(
                "3",
                f"Fitted growth exponent, 1,000 → {max(fit_sizes or [0]):,} tasks: {what}",
                "error" if k is None else f"{k:.2f}",
                "≈ 1 (linear)" if "memory" not in what else "—",
                "info",
            )
        )

    detail = table(
        (
            "Tasks",
            "Pages (ours / LO)",
            "Our PDF, wall",
            "Our PDF, CPU",
            "Waiting for a CPU",
            "Peak RSS",
            "LibreOffice, wall",
            "Ours / LO",
        ),
        "rrrrrrrr",
        [
            (
                f"{r['tasks']:,}",
                f"{r.get('ours', {}).get('pages')} / {r.get('lo', {}).get('pages')}",
                fmt_ms(r.get("ours", {}).get("wall_ms")),
                fmt_ms(r.get("ours", {}).get("cpu_ms")),
                fmt_ms(r.get("ours", {}).get("run_queue_ms")),
                f"{r['ours']['maxrss_mib']:.0f} MiB" if "ours" in r else "error",
                fmt_ms(r.get("lo", {}).get("wall_ms")),
                f"{r['ours']['wall_ms'] / r['lo']['wall_ms']:.2f}×"
                if "ours" in r and "lo" in r
                else "—",
            )
            for r in rows
        ],
    )
    import PySide6

    info = machine_info(load_start, pyside6=PySide6.__version__)
    notes = [
        "Record: the editor benchmark's big record with N tasks, 20 per department; the notice.",
        f"Our PDF: a child process per run, median of {args.repeat}; "
        f"LibreOffice: median of {args.lo_repeat} after a warm-up.",
    ]
    packages = sorted(
        {run["gui"] for r in rows if "ours" in r for run in r["ours"]["runs"] if "gui" in run}
    )
    notes.append("Package measured: " + ", ".join(f"`{p}`" for p in packages))
    text = report("PDF export at scale (`tests/bench_pdf.py`)", info, notes, summary, [], errors)
    text += "\n\n" + "\n".join(detail)
    data = {"machine": info, "rows": rows, "summary": summary, "errors": errors}
    return data, text, not errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of our PDF per size")
    parser.add_argument("--lo-repeat", type=int, default=1, help="LibreOffice runs per size")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="task counts")
    add_json_option(parser)
    add_timeout_option(parser, 1800.0, "one export")
    add_installed_options(parser)
    parser.add_argument("--child-pdf", nargs=2, metavar=("RECORD", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_pdf:
        print_result(child_pdf(*args.child_pdf))
        return 0
    try:
        apply_installed_options(args)
    except BenchError as e:
        print(e, file=sys.stderr)
        return 1
    data, text, ok = run(args)
    print(text)
    if args.json:
        write_json(args.json, data)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
