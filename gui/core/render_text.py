"""Plain-text rendering of a composed document, laid out like the page at a fixed width.

Header columns side by side, centred type and summary, wrapped paragraphs with a first-line
indent that never break a word, signature and recipients side by side.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
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
    return tuple(_wrap(text, max(width, 10), first, rest) or [""])


def _wrap(text: str, width: int, first: str, rest: str) -> list[str]:
    """``textwrap.wrap(text, width, initial_indent=first, subsequent_indent=rest,
    break_long_words=False, break_on_hyphens=False)``, line for line, in a fraction of the time
    (a 20,000-task notice has 21,000 paragraphs, 1.4 million words)."""
    if (
        text
        and text.isprintable()
        and "  " not in text
        and not text.startswith(" ")
        and not text.endswith(" ")
    ):
        # The common paragraph: words between single spaces, no other white space. Each line
        # ends at the last space its room reaches, found in C.
        lines: list[str] = []
        start, end = 0, len(text)
        while start < end:
            indent = rest if lines else first
            stop = start + max(0, width - len(indent))  # where the line's room ends
            if stop >= end:
                stop = end
            elif text[stop] != " ":
                stop = text.rfind(" ", start, stop)
                if stop < 0:  # a word longer than the line stands on a line of its own
                    stop = text.find(" ", start)
                    stop = end if stop < 0 else stop
            lines.append(indent + text[start:stop])
            start = stop + 1
        return lines
    return _wrap_chunks(text, width, first, rest)


_CHUNKS = re.compile(r"( +)")
_SPACES = textwrap.TextWrapper.unicode_whitespace_trans


def _wrap_chunks(text: str, width: int, first: str, rest: str) -> list[str]:
    """``_wrap`` of any text, as ``textwrap`` does it: runs of spaces are chunks too, and a
    chunk that is only white space is dropped at either end of a line (but the start of the
    first)."""
    chunks = [c for c in _CHUNKS.split(text.expandtabs().translate(_SPACES)) if c]
    ends = [0, *itertools.accumulate(map(len, chunks))]  # ends[j]: length of chunks[:j]
    lines: list[str] = []
    i, n = 0, len(chunks)
    while i < n:
        indent = rest if lines else first
        if lines and not chunks[i].strip():
            i += 1
        j = max(i, bisect.bisect_right(ends, ends[i] + width - len(indent), i) - 1)
        if j == i and i < n:
            j = i + 1  # a word longer than the line stands on a line of its own
        line = chunks[i:j]
        if line and not line[-1].strip():
            del line[-1]
        if line:
            lines.append(indent + "".join(line))
        i = j
    return lines


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


def _cell_lines(text: str, width: int) -> list[str]:
    """A table cell's lines: wrapped at spaces, a word longer than the cell split."""
    return textwrap.wrap(text, width=width, break_on_hyphens=False) or [""]


def _table(table: Table, width: int) -> list[str]:
    """A table as text: columns side by side as wide as on the page, separated by " │ ", a rule
    under the header rows; a short row's last cell spans the rest."""
    cols = max(table.columns, 1)
    sep = " │ "
    room = width - len(sep) * (cols - 1)
    full = [row for row in table.rows if len(row) == cols]
    longest = [
        max((len(x) for row in full for x in row[c].split()), default=0) for c in range(cols)
    ]
    cell_w = [
        max(4, int(w), min(word, 24))
        for w, word in zip(table.column_widths(float(room)), longest, strict=True)
    ]
    out: list[str] = []
    for n, row in enumerate(table.rows):
        spans = cell_w[: len(row) - 1]
        spans.append(max(4, sum(cell_w[len(row) - 1 :]) + len(sep) * (cols - len(row))))
        cells = [_cell_lines(c, w) for c, w in zip(row, spans, strict=True)]
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
