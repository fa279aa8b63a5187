"""Plain-text rendering of a composed document, laid out like the page at a fixed width.

Header columns side by side, centred type and summary, wrapped paragraphs with a first-line
indent that never break a word, signature and recipients side by side.
"""

from __future__ import annotations

import functools
import textwrap
import unicodedata
from itertools import zip_longest

from gui.core.compose import Composed, Signature, Table

DEFAULT_WIDTH = 80
INDENT = "    "


def wrap_words(text: str, width: int, first: str = "", rest: str = "") -> list[str]:
    """Wrap at spaces only: a word is never broken, even when longer than ``width``."""
    if not text:
        return [""]
    return list(_wrap_cached(text, width, first, rest))


@functools.lru_cache(maxsize=50_000)
def _wrap_cached(text: str, width: int, first: str, rest: str) -> tuple[str, ...]:
    # Re-rendering a long document after one edit re-wraps only the paragraph that changed.
    return tuple(
        textwrap.wrap(
            text,
            width=max(width, 10),
            initial_indent=first,
            subsequent_indent=rest,
            break_long_words=False,
            break_on_hyphens=False,
        )
        or [""]
    )


def _center(lines: list[str], width: int) -> list[str]:
    return [line.strip().center(width).rstrip() for line in lines]


def _column(texts: list[str], width: int) -> list[str]:
    out: list[str] = []
    for t in texts:
        if t:
            out += _center(wrap_words(t, width), width)
    return out


def _rule(text: str, fraction: float, width: int) -> str:
    """A line ``fraction`` × the text's longest line, never wider than ``width``."""
    longest = max((len(line) for line in wrap_words(text, width)), default=0)
    return "─" * min(width, max(3, round(longest * fraction)))


def _side_by_side(left: list[str], right: list[str], left_width: int) -> list[str]:
    return [(a.ljust(left_width) + b).rstrip() for a, b in zip_longest(left, right, fillvalue="")]


def render_text(doc: Composed, width: int = DEFAULT_WIDTH) -> str:
    """Render ``doc`` as UTF-8-ready text ``width`` columns wide (NFC)."""
    width = max(width, 40)
    left_w = int(width * 0.45)
    right_w = width - left_w
    lines: list[str] = []

    if doc.header:
        h = doc.header
        left = _column([h.parent_agency, h.agency], left_w)
        if h.agency or h.parent_agency or h.number:
            left += _center([_rule(h.agency or "────────", 0.4, left_w)], left_w)
        right = _column([h.nation, h.motto], right_w)
        right += _center([_rule(h.motto, 1.0, right_w)], right_w)
        rows = max(len(left), len(right))
        left += [""] * (rows - len(left))
        right += [""] * (rows - len(right))
        left += _column([h.number], left_w) if h.number else []
        right += _column([h.place_date], right_w) if h.place_date else []
        lines += _side_by_side(left, right, left_w)
        lines.append("")

    if doc.type_name:
        lines += _center(wrap_words(doc.type_name, width), width)
    for summary_line in doc.summary.splitlines():
        lines += _center(wrap_words(summary_line, int(width * 0.8)), width)
    if doc.header and (doc.type_name or doc.summary):
        lines += _center([_rule(doc.summary or doc.type_name, 0.4, int(width * 0.8))], width)
    if doc.dateline:
        lines.append(doc.dateline)
    lines.append("")

    for p in doc.body:
        if isinstance(p, Table):
            lines += _table(p, width)
        else:
            lines += wrap_words(p.plain(), width, INDENT, "")
    lines.append("")

    if doc.author:
        lines += [line.rjust(width) for line in wrap_words(doc.author, width)]

    if doc.signatures or doc.recipients:
        lines += _signature_block(doc, width)
    return unicodedata.normalize("NFC", "\n".join(lines).rstrip() + "\n")


def _table(table: Table, width: int) -> list[str]:
    """A table as text: columns side by side in equal widths, separated by " │ ", a rule under
    the header rows; a short row's last cell spans the rest."""
    cols = max(table.columns, 1)
    sep = " │ "
    cell_w = max(8, (width - len(sep) * (cols - 1)) // cols)
    out: list[str] = []
    for n, row in enumerate(table.rows):
        spans = [cell_w] * (len(row) - 1)
        spans.append(width - sum(spans) - len(sep) * (len(row) - 1))
        cells = [wrap_words(c, w) for c, w in zip(row, spans, strict=True)]
        for parts in zip_longest(*cells, fillvalue=""):
            out.append(sep.join(p.ljust(w) for p, w in zip(parts, spans, strict=True)).rstrip())
        if n + 1 == table.header_rows:
            out.append("─" * width)
    return out


def _signature_block(doc: Composed, width: int) -> list[str]:
    left_w = int(width * 0.45)
    right_w = width - left_w
    recipients: list[str] = []
    if doc.recipients:
        recipients.append("Nơi nhận:")
        for r in doc.recipients:
            recipients += wrap_words(r, left_w - 2, "", "  ")

    def sig(s: Signature, w: int) -> list[str]:
        return [*_column(s.lines, w), "", "", "", *_column([s.name], w)]

    out: list[str] = []
    rows = doc.signature_rows()
    for n, row in enumerate(rows):
        if n:
            out.append("")
        if len(row) == 1 and n == 0 and doc.recipients_beside:
            out += _side_by_side(recipients, sig(row[0], right_w), left_w)
            continue
        if len(row) == 1:
            out += _side_by_side([], sig(row[0], right_w), left_w)
            continue
        widths = [left_w, right_w] if len(row) == 2 else [width // len(row)] * len(row)
        columns = [sig(s, w) for s, w in zip(row, widths, strict=True)]
        for parts in zip_longest(*columns, fillvalue=""):
            out.append("".join(p.ljust(w) for p, w in zip(parts, widths, strict=True)).rstrip())
    if recipients and not (rows and doc.recipients_beside):
        out += ["", *recipients]
    return out
