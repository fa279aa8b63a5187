"""The ``bienban`` command: open the window, or check record files without a display."""

from __future__ import annotations

import datetime
import gc
import os
import sys
from typing import TYPE_CHECKING

from gui import __version__

if TYPE_CHECKING:
    import argparse

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def bad_outdir(outdir: str | None, option: str = "--outdir") -> bool:
    """Whether ``outdir`` is given and is not a folder (said on stderr, in one line)."""
    if outdir is None or os.path.isdir(outdir):
        return False
    print(f"bienban: error: {option} {outdir}: not a folder", file=sys.stderr)
    return True


def build_parser() -> argparse.ArgumentParser:
    """The command line's arguments."""
    import argparse  # not for ``bienban FILE``: the window opens without it

    parser = argparse.ArgumentParser(
        prog="bienban",
        description="Soạn thông báo kết luận và biên bản cuộc họp theo Nghị định 30/2020/NĐ-CP. "
        "Without options, opens the editor window (with FILE if given).",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="record file(s) (*.bienban.json)")
    parser.add_argument(
        "--check",
        action="store_true",
        help="validate FILE... and print each problem; exit 0 if all are valid, "
        "1 if any is invalid",
    )
    parser.add_argument(
        "--convert-to",
        metavar="FORMAT",
        choices=("docx", "pdf", "txt", "html"),
        help="export FILE... without opening a window: docx, pdf, txt or html; "
        "prints the path of each file written",
    )
    parser.add_argument(
        "--kind",
        choices=("notice", "minutes", "news"),
        default="notice",
        help="with --convert-to: the conclusion notice (default), the minutes or the news item",
    )
    parser.add_argument(
        "--outdir",
        metavar="DIR",
        help="with --convert-to: folder for the outputs (default: beside each FILE)",
    )
    parser.add_argument(
        "--width",
        type=int,
        default=80,
        metavar="COLUMNS",
        help="with --convert-to txt: line width (default 80)",
    )
    parser.add_argument(
        "--report",
        metavar="FOLDER",
        help="write the directive statistics per department and the task list "
        "of the record files under FOLDER",
    )
    parser.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        help="with --report: meetings from DATE (YYYY-MM-DD or DD/MM/YYYY)",
    )
    parser.add_argument(
        "--to", dest="date_to", metavar="DATE", help="with --report: meetings up to DATE"
    )
    parser.add_argument(
        "--format",
        choices=("xlsx", "csv", "txt", "pdf", "docx"),
        help="with --report: xlsx (default), csv or txt; with --annex: pdf (default) or docx",
    )
    parser.add_argument(
        "--import",
        dest="import_files",
        action="store_true",
        help="read FILE... (a notice or minutes as .docx or .txt) into new record files; "
        "prints the path of each record written (never overwrites: adds a suffix)",
    )
    from gui import cli_signing  # --sign, --verify and their options

    cli_signing.add_arguments(parser)
    parser.add_argument("--lang", choices=("vi", "en"), help="user interface language (kept)")
    parser.add_argument("--version", action="version", version=f"bienban {__version__}")
    return parser


def check_files(files: list[str]) -> int:
    """Validate each file; print ``FILE: ok`` or ``FILE: field: problem``."""
    from gui.core.errors import RecordFileError
    from gui.core.recordfile import load_record
    from gui.core.text import display_name

    status = EXIT_OK
    for name in files:
        try:
            load_record(name)
        except RecordFileError as exc:
            print(exc.one_line(), file=sys.stderr)
            status = EXIT_INVALID
        else:
            print(f"{display_name(name)}: ok")
    return status


def convert_files(
    files: list[str], fmt_name: str, kind_name: str, outdir: str | None, width: int
) -> int:
    """Export each file; print each path written; one stderr line per failure."""
    from gui.core.compose import Kind
    from gui.core.errors import RecordFileError
    from gui.core.exporting import Format, export, output_path
    from gui.core.recordfile import load_record
    from gui.core.text import display_name

    fmt, kind = Format(fmt_name), Kind(kind_name)
    pdf = _app = None
    if fmt is Format.PDF:
        _app, pdf = _headless_pdf_renderer()  # held until the renders are done
    if bad_outdir(outdir):
        return EXIT_USAGE
    status = EXIT_OK
    for name in files:
        try:
            record = load_record(name)
            target = output_path(name, kind, fmt, outdir)
            export(record, kind, fmt, target, width=width, pdf=pdf)
        except RecordFileError as exc:
            print(exc.one_line(), file=sys.stderr)
            status = EXIT_INVALID
        else:
            print(display_name(str(target)))
    return status


def import_files(files: list[str], outdir: str | None) -> int:
    """Import each document into a new record file beside it (or in ``outdir``); print each
    path written and, on stderr, what was not recognised; one stderr line per failure."""
    from pathlib import Path

    from gui.core.errors import RecordFileError
    from gui.core.importer import import_file
    from gui.core.recordfile import SUFFIX, save_record

    if bad_outdir(outdir):
        return EXIT_USAGE
    status = EXIT_OK
    for name in files:
        source = Path(name)
        folder = Path(outdir) if outdir is not None else source.parent
        target = folder / f"{source.stem}{SUFFIX}"
        n = 2
        while target.exists():
            target = folder / f"{source.stem}-{n}{SUFFIX}"
            n += 1
        try:
            result = import_file(source)
            save_record(result.record, target)
        except RecordFileError as exc:
            print(exc.one_line(), file=sys.stderr)
            status = EXIT_INVALID
            continue
        for note in result.notes:
            print(f"{name}: note: {note.describe()}", file=sys.stderr)
        print(target)
    return status


def _parse_date(text: str | None) -> datetime.date | None:
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def report(
    folder: str, date_from: str | None, date_to: str | None, fmt: str, outdir: str | None
) -> int:
    """Index FOLDER, write the report, print the files written; errors per file on stderr."""
    from gui.core.library import LibraryIndex
    from gui.core.report import period_title, write_report

    try:
        start, end = _parse_date(date_from), _parse_date(date_to)
    except ValueError as exc:
        print(f"bienban: error: not a date: {exc} (use YYYY-MM-DD or DD/MM/YYYY)", file=sys.stderr)
        return EXIT_USAGE
    if not os.path.isdir(folder):
        print(f"bienban: error: --report {folder}: not a folder", file=sys.stderr)
        return EXIT_USAGE
    target = outdir or os.getcwd()
    if bad_outdir(target):
        return EXIT_USAGE
    index = LibraryIndex(folder, ":memory:")
    index.refresh()
    today = datetime.date.today()
    from gui.core.library import TaskFilter

    stats = index.statistics(start, end, today)
    tasks = index.tasks(TaskFilter(meeting_from=start, meeting_to=end), today)
    for path, error in index.errors():
        print(f"{path}: {error}", file=sys.stderr)
    from gui.core.errors import RecordFileError

    try:
        written = write_report(target, fmt, stats, tasks, today, period_title(start, end))
    except RecordFileError as exc:
        print(exc.one_line(), file=sys.stderr)
        return EXIT_INVALID
    for path in written:
        print(path)
    return EXIT_INVALID if index.errors() else EXIT_OK


def _headless_pdf_renderer():  # type: ignore[no-untyped-def]
    """(application, Qt's PDF renderer), offscreen when there is no display."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from gui.qt.printing import render_pdf

    return QGuiApplication.instance() or QGuiApplication(["bienban"]), render_pdf


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``bienban`` and ``python -m gui``."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if len(argv) <= 1 and not any(a.startswith("-") for a in argv):
        # ``bienban`` or ``bienban FILE``: the window, at once (no options to parse: building
        # the whole parser and importing the signing options costs start-up time)
        return open_window(argv[0] if argv else None, None)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 for --help/--version
        return int(exc.code or 0)
    if args.import_files:
        if not args.files or args.check or args.convert_to or args.report:
            parser.print_usage(sys.stderr)
            print("bienban: error: --import needs FILE... (and no other command)", file=sys.stderr)
            return EXIT_USAGE
        return import_files(args.files, args.outdir)
    from gui import cli_signing

    if cli_signing.wanted(args):
        if args.report or args.check or args.convert_to:
            parser.print_usage(sys.stderr)
            print("bienban: error: --sign/--verify go alone", file=sys.stderr)
            return EXIT_USAGE
        return cli_signing.run(args, parser)
    if args.report:
        if args.files or args.check or args.convert_to:
            parser.print_usage(sys.stderr)
            print("bienban: error: --report takes a FOLDER only", file=sys.stderr)
            return EXIT_USAGE
        if args.format in ("pdf", "docx"):
            parser.print_usage(sys.stderr)
            print("bienban: error: --report writes xlsx, csv or txt", file=sys.stderr)
            return EXIT_USAGE
        fmt = args.format or "xlsx"
        return report(args.report, args.date_from, args.date_to, fmt, args.outdir)
    if args.convert_to:
        if not args.files or args.check:
            parser.print_usage(sys.stderr)
            print("bienban: error: --convert-to needs FILE... (and not --check)", file=sys.stderr)
            return EXIT_USAGE
        if args.width < 40:
            print("bienban: error: --width must be at least 40", file=sys.stderr)
            return EXIT_USAGE
        return convert_files(args.files, args.convert_to, args.kind, args.outdir, args.width)
    if args.check:
        if not args.files:
            parser.print_usage(sys.stderr)
            print("bienban: error: --check needs at least one FILE", file=sys.stderr)
            return EXIT_USAGE
        return check_files(args.files)
    if len(args.files) > 1:
        parser.print_usage(sys.stderr)
        print("bienban: error: the window opens one FILE at a time", file=sys.stderr)
        return EXIT_USAGE
    return open_window(args.files[0] if args.files else None, args.lang)


def open_window(file_name: str | None, language: str | None) -> int:
    """The editor window and its event loop.

    No cyclic garbage collection from here until the window is shown: start-up creates tens of
    thousands of objects that live as long as the process (modules, classes, Qt's enums,
    widgets), and each collection would go over all of them again for nothing.
    ``gui.qt.app.run`` turns the collector back on once the event loop runs, with those
    objects set aside for good (``gc.freeze``).
    """
    gc.disable()
    from gui.qt.app import run

    return run(file_name, language)
