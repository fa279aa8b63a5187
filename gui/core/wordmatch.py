"""How much of a document's text another text reproduces, word for word.

Used to measure fidelity: a reproduced or imported document against the real one. Words are
whitespace-separated tokens, NFC, with punctuation trimmed from their ends; tokens that are only
punctuation or rule characters (``____``, ``───``) and page numbers do not count. The score is
the share of the reference's words that a longest-matching-blocks alignment (``difflib``) pairs
with the candidate's, in order.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass

_EDGE = re.compile(r"^[\W_]+|[\W_]+$")


def words(text: str) -> list[str]:
    """The comparable words of ``text``."""
    out = []
    for token in unicodedata.normalize("NFC", text).split():
        word = _EDGE.sub("", token)
        if (word and not word.isdigit()) or (word.isdigit() and len(word) > 1):
            out.append(word)
    return out


@dataclass
class Match:
    """The result of a comparison."""

    score: float  # matched reference words / reference words
    matched: int
    total: int
    missing: list[str]  # reference passages the candidate lacks (for a readable failure)
    extra: list[str]  # candidate passages the reference lacks


def word_match(reference: str, candidate: str) -> Match:
    """Compare ``candidate`` with ``reference`` word for word."""
    ref, cand = words(reference), words(candidate)
    matcher = difflib.SequenceMatcher(None, ref, cand, autojunk=False)
    matched = sum(b.size for b in matcher.get_matching_blocks())
    missing, extra = [], []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op in ("replace", "delete"):
            missing.append(" ".join(ref[i1:i2]))
        if op in ("replace", "insert"):
            extra.append(" ".join(cand[j1:j2]))
    total = len(ref)
    return Match(matched / total if total else 1.0, matched, total, missing, extra)
