"""``bienban --sign``, ``--annex``, ``--sign-annex`` and ``--verify``: issue a signed PDF (any
signature block, then the agency), write an annex (Phụ lục) as its own file, or check a signed PDF.

PINs are read from the terminal (``getpass``) or from the environment variable named by
``--pin-env`` / ``--agency-pin-env``, never from an argument. Exit status: 0 done (all
signatures valid), 1 a file, key or signature problem (one line on stderr), 2 usage.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gui.core.signing import Pkcs11Key, Pkcs12Key

from gui.cli import bad_outdir

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The signing options of the ``bienban`` command."""
    g = parser.add_argument_group("digital signatures (ký số)")
    g.add_argument(
        "--sign",
        metavar="FILE",
        help="sign FILE.bienban.json's notice (or --kind minutes) as the signer, then the "
        "agency; writes the signed PDF beside FILE (or in --outdir) and prints its path",
    )
    g.add_argument("--pkcs12", metavar="KEY.p12", help="with --sign: the signer's PKCS#12 file")
    g.add_argument(
        "--pkcs11-module", metavar="LIB", help="with --sign: the signer's PKCS#11 module (.so)"
    )
    g.add_argument("--token-label", metavar="L", help="with --pkcs11-module: the token's label")
    g.add_argument("--key-label", metavar="K", help="with --pkcs11-module: the key's label")
    g.add_argument(
        "--agency-pkcs12", metavar="KEY.p12", help="with --sign: the agency's PKCS#12 file"
    )
    g.add_argument(
        "--agency-token-label",
        metavar="L",
        help="with --sign: the agency's token (on --agency-pkcs11-module, else --pkcs11-module)",
    )
    g.add_argument("--agency-pkcs11-module", metavar="LIB", help=argparse.SUPPRESS)
    g.add_argument(
        "--agency-key-label", metavar="K", help="with --agency-token-label: the key's label"
    )
    g.add_argument("--pin", nargs="?", action=_RefusePin, help=argparse.SUPPRESS)
    g.add_argument("--pin-env", metavar="NAME", help="read the signer's PIN from $NAME")
    g.add_argument("--agency-pin-env", metavar="NAME", help="read the agency's PIN from $NAME")
    g.add_argument(
        "--profile",
        metavar="FILE",
        help="with --sign: the agency profile holding the signature and seal images",
    )
    g.add_argument(
        "--block",
        metavar="N",
        type=int,
        help="with --sign: sign signature block N (1, 2 … left to right, row by row; default "
        "the main signer's: the notice's signer, the minutes' chair)",
    )
    g.add_argument(
        "--signatory", metavar="NAME", help="with --sign: sign the block of the signer NAME"
    )
    g.add_argument("--signature-image", metavar="PNG", help="with --sign: the signer's image")
    g.add_argument("--seal-image", metavar="PNG", help="with --sign: the agency's seal")
    g.add_argument(
        "--sign-annex",
        metavar="PDF",
        help="sign an annex issued as its own file with the agency's key only (no image; "
        "top right of page 1: --number and the signing time); prints PDF.signed.pdf's path",
    )
    g.add_argument("--number", metavar="TEXT", help="with --sign-annex: the main document's number")
    g.add_argument(
        "--annex",
        metavar="FILE",
        help="write FILE.bienban.json's annex (Phụ lục) of the notice (or --kind minutes) as "
        "its own PDF (or --format docx) beside FILE (or in --outdir), signed by the agency "
        "with --agency-pkcs12 or --agency-token-label; prints its path",
    )
    source = g.add_mutually_exclusive_group()
    source.add_argument(
        "--annex-block",
        metavar="N",
        type=int,
        help="with --annex or --sign: the annex is the document's N-th table or tasks block",
    )
    source.add_argument(
        "--annex-tasks",
        action="store_true",
        help="with --annex (the default) or --sign: the annex lists the record's tasks",
    )
    g.add_argument(
        "--annex-number", metavar="N", type=int, help="the annex's number: Phụ lục I, II …"
    )
    g.add_argument("--annex-title", metavar="TEXT", help="the annex's title (in capitals)")
    g.add_argument(
        "--verify",
        metavar="PDF",
        help="list each signature of PDF and whether it is valid; exit 0 when all are",
    )
    g.add_argument(
        "--trust",
        metavar="CERT",
        action="append",
        default=[],
        help="with --verify: a trusted root certificate (PEM or DER; repeatable)",
    )


class _RefusePin(argparse.Action):
    """``--pin`` would leave the PIN in the shell history and the process list."""

    def __call__(self, parser, namespace, values, option_string=None):  # type: ignore[no-untyped-def]
        parser.error("the PIN is never given as an argument: use --pin-env NAME or the prompt")


def wanted(args: argparse.Namespace) -> bool:
    """True when the command line asks to sign or verify."""
    return bool(args.sign or args.verify or args.sign_annex or args.annex)


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """Sign or verify as asked."""
    if sum(bool(x) for x in (args.sign, args.verify, args.sign_annex, args.annex)) > 1:
        return _usage(parser, "--sign, --annex, --sign-annex and --verify go separately")
    if args.sign_annex:
        return sign_annex(args, parser)
    if args.annex:
        return annex(args, parser)
    if args.verify:
        if args.files:
            return _usage(parser, "--verify takes one PDF")
        return verify(args.verify, args.trust)
    return sign(args, parser)


def _usage(parser: argparse.ArgumentParser, text: str) -> int:
    parser.print_usage(sys.stderr)
    print(f"bienban: error: {text}", file=sys.stderr)
    return EXIT_USAGE


def _agency_key(args: argparse.Namespace, key_label: str) -> Pkcs12Key | Pkcs11Key | None:
    """The agency's key (a .p12 file, or the token's key ``key_label``), its PIN asked or read
    from the environment; None when no PIN could be had (the message is printed)."""
    from gui.core.signing import Pkcs11Key, Pkcs12Key

    pin = _pin(args.agency_pin_env, "PIN of the agency's key: ")
    if pin is None:
        return None
    if args.agency_pkcs12:
        return Pkcs12Key(args.agency_pkcs12, pin)
    module = args.agency_pkcs11_module or args.pkcs11_module
    return Pkcs11Key(module, args.agency_token_label, key_label, pin)


def _pin(env_name: str | None, prompt: str) -> str | None:
    if env_name:
        value = os.environ.get(env_name)
        if value is None:
            print(f"bienban: error: ${env_name} is not set", file=sys.stderr)
        return value
    try:
        return getpass.getpass(prompt)
    except (EOFError, OSError):
        print("bienban: error: no terminal to ask the PIN (use --pin-env NAME)", file=sys.stderr)
        return None


def _read(path: str | None) -> bytes | None:
    if not path:
        return None
    with open(path, "rb") as f:
        return f.read()


def sign(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """``--sign FILE``: print the signed PDF's path (and the signed annex's, when asked)."""
    from gui.core.signing import Pkcs11Key, Pkcs12Key, SignError

    if args.files:
        return _usage(parser, "--sign takes one FILE")
    if args.kind not in ("notice", "minutes"):
        return _usage(parser, "--sign signs the notice or the minutes (--kind notice|minutes)")
    token = (args.pkcs11_module, args.token_label, args.key_label)
    has_signer = bool(args.pkcs12) or bool(args.token_label)
    has_agency = bool(args.agency_pkcs12 or args.agency_token_label)
    if (args.pkcs12 and any(token)) or (has_signer and any(token) and not all(token)):
        return _usage(
            parser, "--sign needs --pkcs12 KEY.p12, or --pkcs11-module, --token-label, --key-label"
        )
    if not (has_signer or has_agency):
        return _usage(
            parser, "--sign needs the signer's key (--pkcs12 KEY.p12, or --pkcs11-module, "
            "--token-label, --key-label) or the agency's (--agency-pkcs12 …)",
        )  # fmt: skip
    if args.agency_pkcs12 and args.agency_token_label:
        return _usage(parser, "--agency-pkcs12 or --agency-token-label, not both")
    if args.agency_token_label and not (args.agency_pkcs11_module or args.pkcs11_module):
        return _usage(parser, "--agency-token-label needs --pkcs11-module")
    if args.block is not None and args.signatory:
        return _usage(parser, "--block or --signatory, not both")
    if (args.block is not None or args.signatory) and not has_signer:
        return _usage(parser, "--block and --signatory choose where the signer's key signs")
    with_annex = args.annex_block is not None or args.annex_tasks
    if with_annex and not has_agency:
        return _usage(parser, "the annex is signed by the agency: give --agency-pkcs12 or …")
    usage = _annex_usage(args, parser, signed=with_annex)
    if usage is not None:
        return usage
    if bad_outdir(args.outdir):
        return EXIT_USAGE
    from gui.core.compose import Kind
    from gui.core.errors import RecordFileError
    from gui.core.issuing import Images, block_of, images_for, issue_document, number_symbol
    from gui.core.profile import load_profile
    from gui.core.recordfile import load_record, save_record

    kind = Kind(args.kind)
    try:
        record = load_record(args.sign)
        profile = load_profile(args.profile) if args.profile else None
        doc = _compose(record, kind)
        block = block_of(doc, args.block, args.signatory) if has_signer else None
        annex_block = _annex_block(record, kind, args.annex_block) if with_annex else None
        if with_annex and not number_symbol(doc):
            raise SignError("the document has no number yet: the annex's signature shows it")
        images = images_for(profile, doc, block)
        images = Images(
            _read(args.signature_image) or images.signature,
            _read(args.seal_image) or images.seal,
            images.seal_width_mm,
            images.main_signature,
        )
    except RecordFileError as exc:
        print(exc.one_line(), file=sys.stderr)
        return EXIT_FAILED
    except SignError as exc:
        print(f"bienban: error: {args.sign}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        print(f"bienban: error: {exc.filename}: {exc.strerror}", file=sys.stderr)
        return EXIT_FAILED
    signer_key: Pkcs12Key | Pkcs11Key | None = None
    if has_signer:
        pin = _pin(args.pin_env, "PIN of the signer's key: ")
        if pin is None:
            return EXIT_FAILED
        if args.pkcs12:
            signer_key = Pkcs12Key(args.pkcs12, pin)
        else:
            signer_key = Pkcs11Key(args.pkcs11_module, args.token_label, args.key_label, pin)
    agency_key: Pkcs12Key | Pkcs11Key | None = None
    if has_agency:
        agency_key = _agency_key(args, args.agency_key_label or args.key_label or "")
        if agency_key is None:
            return EXIT_FAILED
    app, render_pdf, anchors = _qt_renderers()
    written = []
    try:
        target, issue = issue_document(
            record,
            args.sign,
            kind,
            signer_key,
            render_pdf=render_pdf,
            anchors=anchors,
            agency_key=agency_key,
            images=images,
            outdir=args.outdir,
            block=block,
        )
        record.issue = issue
        save_record(record, args.sign)
        written.append(target)
        if with_annex:
            from gui.core.annex import issued_annex

            annex_file = _write_annex(args, record, args.sign, kind, annex_block, agency_key)
            written.append(annex_file)
            issue.annexes.append(issued_annex(annex_file))
            save_record(record, args.sign)
    except SignError as exc:
        _print_paths(written)
        print(f"bienban: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except RecordFileError as exc:
        _print_paths(written)
        print(exc.one_line(), file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:  # e.g. the annex just written could not be read back for its hash
        _print_paths(written)
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"bienban: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    del app
    _print_paths(written)
    return EXIT_OK


def _print_paths(paths: list[object]) -> None:
    for path in paths:
        print(path)


def _annex_usage(
    args: argparse.Namespace, parser: argparse.ArgumentParser, signed: bool
) -> int | None:
    """The usage error of the annex's options, or None."""
    if args.annex_number is not None and args.annex_number < 1:
        return _usage(parser, "--annex-number counts from 1 (Phụ lục I)")
    if args.annex_block is not None and args.annex_block < 1:
        return _usage(parser, "--annex-block counts from 1")
    if signed and args.format not in (None, "pdf"):
        return _usage(parser, "a signed annex is a PDF (--format pdf)")
    return None


def _annex_block(record, kind, number: int | None):  # type: ignore[no-untyped-def]
    """The outline path of the ``number``-th table or tasks block (None: the record's tasks).

    Raises:
        SignError: no such block (the message lists those there are).
    """
    from gui.core.annex import annex_blocks, describe_sources
    from gui.core.signing import SignError

    if number is None:
        return None
    blocks = annex_blocks(record, kind)
    if not 1 <= number <= len(blocks):
        there = "; ".join(describe_sources(record, kind)) or "none"
        raise SignError(f"no table or tasks block {number} in the {kind.value} (there: {there})")
    return blocks[number - 1].path


def _write_annex(args, record, record_file, kind, block, agency_key, render_pdf=None):  # type: ignore[no-untyped-def]
    from gui.core.annex import AnnexFormat, write_annex

    fmt = AnnexFormat(args.format or "pdf")
    if render_pdf is None and fmt is AnnexFormat.PDF:
        from gui.qt.printing import render_pdf
    return write_annex(
        record,
        record_file,
        kind,
        block=block,
        fmt=fmt,
        render_pdf=render_pdf,
        numeral=args.annex_number,
        title=args.annex_title,
        outdir=args.outdir,
        agency_key=agency_key,
    )


def annex(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """``--annex FILE``: write the annex (Phụ lục) as its own file, signed by the agency when
    its key is given; print its path."""
    from gui.core.signing import SignError

    if args.files:
        return _usage(parser, "--annex takes one FILE")
    if args.kind not in ("notice", "minutes"):
        return _usage(parser, "--annex goes with the notice or the minutes (--kind)")
    if args.format not in (None, "pdf", "docx"):
        return _usage(parser, "--annex writes pdf or docx (--format)")
    signed = bool(args.agency_pkcs12 or args.agency_token_label)
    usage = _annex_usage(args, parser, signed)
    if usage is not None:
        return usage
    if args.agency_pkcs12 and args.agency_token_label:
        return _usage(parser, "--agency-pkcs12 or --agency-token-label, not both")
    if args.agency_token_label and not (args.agency_pkcs11_module or args.pkcs11_module):
        return _usage(parser, "--agency-token-label needs --pkcs11-module")
    if bad_outdir(args.outdir):
        return EXIT_USAGE
    from gui.core.compose import Kind
    from gui.core.errors import RecordFileError
    from gui.core.recordfile import load_record

    kind = Kind(args.kind)
    try:
        record = load_record(args.annex)
        block = _annex_block(record, kind, args.annex_block)
    except RecordFileError as exc:
        print(exc.one_line(), file=sys.stderr)
        return EXIT_FAILED
    except SignError as exc:
        print(f"bienban: error: {args.annex}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    key = None
    if signed:
        key = _agency_key(args, args.agency_key_label or args.key_label or "")
        if key is None:
            return EXIT_FAILED
    app = render_pdf = None
    if (args.format or "pdf") == "pdf":
        app, render_pdf, _anchors = _qt_renderers()
    try:
        target = _write_annex(args, record, args.annex, kind, block, key, render_pdf)
    except SignError as exc:
        print(f"bienban: error: {args.annex}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except RecordFileError as exc:
        print(exc.one_line(), file=sys.stderr)
        return EXIT_FAILED
    del app
    print(target)
    return EXIT_OK


def sign_annex(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """``--sign-annex PDF``: the agency's signature as NĐ 30 sets it for a separate annex."""
    from pathlib import Path

    from gui.core.safefile import write_atomic
    from gui.core.signing import SignError
    from gui.core.signing import sign_annex as sign

    if args.files or not (args.number or "").strip():
        return _usage(parser, "--sign-annex takes one PDF and --number TEXT")
    module = args.agency_pkcs11_module or args.pkcs11_module
    if bool(args.agency_pkcs12) == bool(args.agency_token_label) or (
        args.agency_token_label and not module
    ):
        return _usage(
            parser, "--sign-annex needs --agency-pkcs12 KEY.p12, or --pkcs11-module and "
            "--agency-token-label with --agency-key-label",
        )  # fmt: skip
    if bad_outdir(args.outdir):
        return EXIT_USAGE
    source = Path(args.sign_annex)
    try:
        data = source.read_bytes()
    except OSError as exc:
        print(f"bienban: error: {source}: {exc.strerror}", file=sys.stderr)
        return EXIT_FAILED
    key = _agency_key(args, args.agency_key_label or "")
    if key is None:
        return EXIT_FAILED
    from gui.core.errors import RecordFileError

    folder = Path(args.outdir) if args.outdir else source.parent
    target = folder / f"{source.stem}.signed.pdf"
    try:
        write_atomic(target, sign(data, key, args.number.strip()), backup=False)
    except SignError as exc:
        print(f"bienban: error: {source}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except RecordFileError as exc:
        print(exc.one_line(), file=sys.stderr)
        return EXIT_FAILED
    print(target)
    return EXIT_OK


def _compose(record, kind):  # type: ignore[no-untyped-def]
    from gui.core.compose import compose

    return compose(record, kind)


def _qt_renderers():  # type: ignore[no-untyped-def]
    """(application, render_pdf, signature_anchors), offscreen when there is no display."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from gui.qt.printing import render_pdf, signature_anchors

    app = QGuiApplication.instance() or QGuiApplication(["bienban"])
    return app, render_pdf, signature_anchors


def verify(path: str, trust_files: list[str]) -> int:
    """``--verify PDF``: one block per signature; exit 0 when every one is valid."""
    from gui.core.signing import SignError, iso_time, load_certificates, verify_pdf

    try:
        with open(path, "rb") as f:
            data = f.read()
        trust = load_certificates(trust_files)
        reports = verify_pdf(data, trust)
    except OSError as exc:
        print(f"bienban: error: {path}: {exc.strerror}", file=sys.stderr)
        return EXIT_FAILED
    except SignError as exc:
        print(f"bienban: error: {path}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if not reports:
        print(f"{path}: no signature")
        return EXIT_FAILED
    for i, r in enumerate(reports, 1):
        print(f"{path}: signature {i} ({r.field}): {'valid' if r.ok else 'NOT VALID'}")
        print(f"  signer: {r.signer}")
        print(f"  subject: {r.subject}")
        print(f"  issuer: {r.issuer}")
        print(f"  time: {iso_time(r.time) if r.time else '-'}")
        print(f"  intact: {'yes' if r.intact and r.valid else 'NO'}")
        print(f"  changed after signing: {'YES' if r.changed_after else 'no'}")
        trusted = {None: "not checked (no --trust)", True: "yes", False: "NO"}[r.trusted]
        print(f"  chains to a trusted root: {trusted}")
        if r.problem:
            print(f"  problem: {r.problem}")
    return EXIT_OK if all(r.ok for r in reports) else EXIT_FAILED
