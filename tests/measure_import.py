"""Measure the importer on the real documents: per field, how many come out right, and the
word match of import → export (DOCX) against the source text.

    python tests/measure_import.py [--soffice]

Without ``--soffice`` the exported DOCX is read back with python-docx; with it, converted by
LibreOffice (``soffice --headless --convert-to txt:Text``), as the source texts were. The metric
is defined in ``tests/importkit.py``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gui.core.compose import compose
from gui.core.importer import import_file, import_text
from gui.core.render_docx import render_docx
from tests import importkit as kit


def import_document(path: Path):  # type: ignore[no-untyped-def]
    """Import a document as a secretary would: the DOCX, or the text without its URL line."""
    if path.suffix == ".docx":
        return import_file(path)
    return import_text(kit.source_text(path))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--soffice", action="store_true", help="read exports back with soffice")
    args = parser.parse_args()
    totals = {f: [0, 0] for f in kit.FIELDS}
    rows = []
    matches = []
    for path in kit.DOCUMENTS:
        result = import_document(path)
        scores = kit.field_scores(path, result)
        for f, (right, total) in scores.items():
            totals[f][0] += right
            totals[f][1] += total
        rows.append((kit.LABELS[path.name], scores))
        data = render_docx(compose(result.record, result.kind))
        back = kit.soffice_text(data) if args.soffice else kit.docx_text(data)
        matched, total = kit.word_match(kit.source_text(path), back)
        matches.append((kit.LABELS[path.name], matched, total, len(result.notes)))
    names = [name for name, _ in rows]
    print("| Field | " + " | ".join(names) + " | All |")
    print("|---|" + "---:|" * (len(names) + 1))
    for f in kit.FIELDS:
        cells = [f"{s[f][0]}/{s[f][1]}" if s[f][1] else "—" for _, s in rows]
        right, total = totals[f]
        print(f"| {f} | " + " | ".join(cells) + f" | {right}/{total} |")
    print()
    how = "soffice txt:Text" if args.soffice else "python-docx"
    print(f"| Document | words matched (export read by {how}) | source words | match | notes |")
    print("|---|---:|---:|---:|---:|")
    for name, matched, total, notes in matches:
        print(f"| {name} | {matched} | {total} | {matched / total:.1%} | {notes} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
