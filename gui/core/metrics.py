"""Text widths in the Times New Roman metrics, for the rules (lines) of the NĐ 30 header.

Widths come from ``resources/times-metrics.json`` (measured from Liberation Serif, which has
Times New Roman's metrics; see ``gui.qt.fontmetrics``). Accented Vietnamese letters take the
width of their base letter.
"""

from __future__ import annotations

import functools
import json
import unicodedata

from gui.core.resources import resource_path

FALLBACK_EM = 0.5


@functools.cache
def _table() -> dict[str, dict[str, float]]:
    data: dict[str, dict[str, float]] = json.loads(
        resource_path("times-metrics.json").read_text(encoding="utf-8")
    )
    return data


def _base(ch: str) -> str:
    if ch in _table()["regular"]:
        return ch
    decomposed = unicodedata.normalize("NFD", ch)
    return decomposed[0] if decomposed else ch


def width_pt(text: str, size: float, bold: bool = False) -> float:
    """Width of ``text`` set in Times New Roman at ``size`` points."""
    widths = _table()["bold" if bold else "regular"]
    return sum(widths.get(_base(c), FALLBACK_EM) for c in text) * size


def rule(text_width: float, fraction: float, rule_size: float) -> str:
    """Underscores drawing a line ``fraction`` × ``text_width`` long at ``rule_size`` pt."""
    underscore = _table()["regular"]["_"] * rule_size
    return "_" * max(3, round(text_width * fraction / underscore))


def longest_line_pt(text: str, size: float, bold: bool, box_pt: float) -> float:
    """The width of the longest line ``text`` wraps into inside a box ``box_pt`` wide."""
    longest = line = 0.0
    space = width_pt(" ", size, bold)
    for word in text.split():
        wd = width_pt(word, size, bold)
        if line and line + space + wd > box_pt:
            longest = max(longest, line)
            line = wd
        else:
            line = line + space + wd if line else wd
    return max(longest, line)
