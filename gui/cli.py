"""The ``bienban`` command: open the window, or check record files without a display."""

from __future__ import annotations

import argparse
import sys

from gui import __version__

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """The command line's arguments."""
    parser = argparse.ArgumentParser(
        prog="bienban",
        description="Soạn thông báo kết luận và biên bản cuộc họp theo Nghị định 30/2020/NĐ-CP. "
        "Without options, opens the editor window (with FILE if given).",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="record file(s) (*.bienban.json)")
    parser.add_argument("--check", action="store_true",
                        help="validate FILE... and print each problem; exit 0 if all are valid, "
                        "1 if any is invalid")
    parser.add_argument("--lang", choices=("vi", "en"), help="user interface language (kept)")
    parser.add_argument("--version", action="version", version=f"bienban {__version__}")
    return parser


def check_files(files: list[str]) -> int:
    """Validate each file; print ``FILE: ok`` or ``FILE: field: problem``."""
    from gui.core.errors import RecordFileError
    from gui.core.recordfile import load_record

    status = EXIT_OK
    for name in files:
        try:
            load_record(name)
        except RecordFileError as exc:
            print(exc.one_line(), file=sys.stderr)
            status = EXIT_INVALID
        else:
            print(f"{name}: ok")
    return status


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``bienban`` and ``python -m gui``."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 for --help/--version
        return int(exc.code or 0)
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
    from gui.qt.app import run

    return run(args.files[0] if args.files else None, args.lang)
