"""The one text rule at the record's boundary: what a record's text may contain.

Every string that enters a record — loaded from a file, imported, typed or pasted — goes
through ``clean_text``, so the renderers (DOCX, XLSX, TXT, HTML, PDF) never meet a character
they cannot write:

- Word's manual line break (``\\v``, U+000B) and page break (``\\f``, U+000C) become line
  breaks (``\\n``; in a multi-line field each line is a paragraph);
- the other C0 control characters except tab, LF and CR, and the Unicode non-characters
  (U+FFFE, U+FFFF and the rest), are removed — XML cannot hold them;
- runs of combining marks are capped as Unicode's Stream-Safe Text Format prescribes (UAX #15
  §13: a COMBINING GRAPHEME JOINER after 30 non-starters), which also keeps normalisation
  linear: Python's NFC reorders each run of marks with an insertion sort;
- the text is normalised to NFC.

``display_name`` makes a file name printable on one line (a newline or a byte that is not
UTF-8 in a name must not break a one-line-per-file listing).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

MAX_NON_STARTERS = 30
"""UAX #15 Stream-Safe Text Format: at most 30 non-starters in a row."""

CGJ = "\u034f"
"""COMBINING GRAPHEME JOINER: a starter that changes no rendering; it ends a run of marks."""

_BREAKS = str.maketrans({"\v": "\n", "\f": "\n"})
_REMOVED = re.compile(
    "[\x00-\x08\x0e-\x1f\ufdd0-\ufdef"
    + "".join(f"{chr(p * 0x10000 + 0xFFFE)}{chr(p * 0x10000 + 0xFFFF)}" for p in range(17))
    + "]"
)
# Every non-starter, and every character whose decomposition starts or ends with one, is at
# or above U+0300, except a few precomposed Latin letters below it (at most two trailing
# marks, e.g. Ǖ); a run shorter than this cannot exceed the cap, so only longer runs are
# examined character by character.
_LONG_RUN = re.compile(f"[^\\x00-\\u02ff]{{{MAX_NON_STARTERS - 3},}}")


def clean_text(text: str) -> str:
    """``text`` under the record's text rule (see the module docstring)."""
    if not text.isascii():
        if text.isprintable() and unicodedata.is_normalized("NFC", text):
            return stream_safe(text)  # the common case, in C: nothing to remove or compose
        text = _REMOVED.sub("", text.translate(_BREAKS))
        text = stream_safe(text)
        return unicodedata.normalize("NFC", text)
    if text.isprintable():
        return text
    return _REMOVED.sub("", text.translate(_BREAKS))


def is_clean(text: str, utf8: bytes | None = None) -> bool:
    """True when every string inside ``text`` — a whole JSON document, say — is unchanged by
    ``clean_text``; decided by a few scans in C over its UTF-8 bytes (``utf8``, when the
    caller has them), in milliseconds.

    A False answer only means "look at each string": a text with a character from outside
    the Basic Multilingual Plane, an Arabic presentation form or a run of marks may still be
    clean. The rule never joins characters across an ASCII character (such as the quotes
    around a JSON string), so a clean whole has clean parts.
    """
    if utf8 is None:
        try:
            utf8 = text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate
            return False
    classes = utf8.translate(_BYTE_CLASSES)
    return (
        b"!" not in classes
        and _RUN_BYTES not in classes
        and (
            b"\xef" not in utf8  # no character from U+F000 up: the quick common answer
            or (
                b"\xef\xb7" not in utf8  # U+FDC0–U+FDFF: the non-characters U+FDD0–U+FDEF
                and b"\xef\xbf\xbe" not in utf8  # U+FFFE
                and b"\xef\xbf\xbf" not in utf8  # U+FFFF
            )
        )
        and unicodedata.is_normalized("NFC", text)
    )


# Each UTF-8 byte as "!" when the rule may act on it (a control character other than tab, LF
# and CR; the lead byte of a character beyond U+FFFF, where the other non-characters are),
# "x" when it belongs to a character from U+0080 up, " " otherwise.
_BYTE_CLASSES = bytes(
    ord("!") if (b < 0x20 and b not in b"\t\n\r") or b >= 0xF0 else ord("x") if b >= 0x80 else 32
    for b in range(256)
)
# A run of MAX_NON_STARTERS - 3 characters from U+0300 up (what ``stream_safe`` examines) is
# at least twice as many bytes of "x".
_RUN_BYTES = b"x" * (2 * (MAX_NON_STARTERS - 3))


def clean(value: Any) -> Any:
    """``value`` with every string in it (keys included) under the text rule."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [clean(v) for v in value]
    if isinstance(value, dict):
        return {clean(k): clean(v) for k, v in value.items()}
    return value


@functools.lru_cache(maxsize=4096)
def _non_starters(ch: str) -> tuple[int, int, bool]:
    """(leading, trailing, all) non-starters of ``ch``'s compatibility decomposition."""
    d = unicodedata.normalize("NFKD", ch)
    lead = 0
    while lead < len(d) and unicodedata.combining(d[lead]):
        lead += 1
    if lead == len(d):
        return lead, lead, True
    trail = 0
    while unicodedata.combining(d[-1 - trail]):
        trail += 1
    return lead, trail, False


def stream_safe(text: str) -> str:
    """Insert U+034F after every 30 consecutive non-starters (UAX #15, §13)."""
    if not _LONG_RUN.search(text):
        return text
    out: list[str] = []
    pos = 0
    for match in _LONG_RUN.finditer(text):
        start = max(pos, match.start() - 1)  # a precomposed letter before may end in marks
        out.append(text[pos:start])
        out.append(_cap_run(text[start : match.end()]))
        pos = match.end()
    out.append(text[pos:])
    return "".join(out)


def _cap_run(run: str) -> str:
    out: list[str] = []
    count = 0
    for ch in run:
        lead, trail, every = _non_starters(ch)
        if count + lead > MAX_NON_STARTERS:
            out.append(CGJ)
            count = 0
        out.append(ch)
        count = count + lead if every else trail
    return "".join(out)


def display_name(name: str) -> str:
    """A file name printable on one line: control characters and undecodable bytes escaped."""
    if name.isprintable():
        return name
    raw = name.encode("utf-8", "surrogateescape")
    shown = raw.decode("utf-8", "backslashreplace")
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in shown)
