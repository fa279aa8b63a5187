"""Hypothesis strategies for hostile text and whole records (the fuzzing harness's generators)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import types
import typing
from typing import Any

from hypothesis import strategies as st

from gui.core.record import MAX_SECTION_DEPTH, Block, Numbering, Record, Section

VI = "aăâbcdđeêghiklmnoôơpqrstuưvxyĐÂƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
MARKS = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b\u0328\u0327"
CONTROLS = "".join(chr(c) for c in range(32)) + "\x7f\ufffe\uffff\u2028\u2029\ufeff\u200b\u202e"
MARKUP = "<>&\"'\\/=+-@{}[]$%*#|;"


def hostile_text(max_size: int = 30) -> st.SearchStrategy[str]:
    """Text a paste, a broken editor or an attacker produces: Vietnamese letters, loose
    combining marks (also in long runs), control characters, markup and formula starts,
    any other code point except lone surrogates."""
    piece = st.one_of(
        st.text(alphabet=st.sampled_from(VI + " "), max_size=8),
        st.text(alphabet=st.sampled_from(MARKS), min_size=1, max_size=40),
        st.text(alphabet=st.sampled_from(CONTROLS), min_size=1, max_size=3),
        st.text(alphabet=st.sampled_from(MARKUP), min_size=1, max_size=3),
        st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=4),
    )
    return st.lists(piece, max_size=6).map("".join).map(lambda s: s[:max_size])


def _small(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[list[Any]]:
    return st.lists(strategy, max_size=3)


# fields whose schema has a pattern or a short limit: drawn from what they may hold
# ("Class.field" for one class, "field" for every class)
SPECIAL_FIELDS: dict[str, st.SearchStrategy[Any]] = {
    "agency_code": st.text(alphabet=st.sampled_from("ABCDĐKLTUVXbqđ-0123456789"), max_size=10),
    "doc_kind": st.text(alphabet=st.sampled_from("ABCDĐKLTUVX"), min_size=1, max_size=6),
    "drafter": st.text(alphabet=st.sampled_from(VI), max_size=10),
    "issue_month": st.one_of(st.none(), st.integers(1, 12)),
    "date_month": st.one_of(st.none(), st.integers(1, 12)),
    "issue_year": st.one_of(st.none(), st.integers(1900, 2099)),
    "date_year": st.one_of(st.none(), st.integers(1900, 2099)),
    "header_rows": st.integers(0, 3),
    "bullet": st.sampled_from(["", "-", "+"]),
    "item_end": st.sampled_from([";", "."]),
    "deadline_style": st.sampled_from(["short", "long"]),
    "deadline_separator": st.text(alphabet=st.sampled_from("; ,-"), max_size=3),
    "honorific": st.text(alphabet=st.sampled_from(VI + " "), max_size=12),
    "Issue.kind": st.sampled_from(["notice", "minutes"]),
    "Issue.sha256": st.sampled_from(["", "0" * 64]),
    "IssuedAnnex.sha256": st.sampled_from(["", "f" * 64]),
    "Issue.signed_at": st.just("2026-11-29T10:00:00+07:00"),
}


def _for_type(tp: Any, text: st.SearchStrategy[str]) -> st.SearchStrategy[Any]:
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        return st.one_of(st.none(), _for_type(inner, text))
    if origin is list and typing.get_args(tp)[0] is Section:
        return _sections(text)
    if origin is list:
        return _small(_for_type(typing.get_args(tp)[0], text))
    if dataclasses.is_dataclass(tp):
        return _dataclass(tp, text)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return st.sampled_from(tp)
    if tp is str:
        return text
    if tp is bool:
        return st.booleans()
    if tp is int:
        return st.integers(1, 999)
    if tp is dt.date:
        return st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31))
    if tp is dt.time:
        return st.builds(dt.time, st.integers(0, 23), st.integers(0, 59))
    raise TypeError(f"no strategy for {tp!r}")


def _sections(text: st.SearchStrategy[str], depth: int = 1) -> st.SearchStrategy[list[Section]]:
    """Outlines as deep as a record may nest them (deeper ones are refused on load)."""
    if depth > MAX_SECTION_DEPTH:
        return st.just([])
    return _small(
        st.builds(
            Section,
            heading=text,
            numbering=st.sampled_from(Numbering),
            blocks=_small(_dataclass(Block, text)),
            sections=st.deferred(lambda: _sections(text, depth + 1)),
        )
    )


_BUILT: dict[tuple[Any, int], st.SearchStrategy[Any]] = {}


def _dataclass(cls: Any, text: st.SearchStrategy[str]) -> st.SearchStrategy[Any]:
    key = (cls, id(text))
    if key in _BUILT:  # a recursive type (a section's sub-sections) refers to itself
        return _BUILT[key]
    _BUILT[key] = st.deferred(lambda: built)
    try:
        hints = typing.get_type_hints(cls)
        fields = {}
        for f in dataclasses.fields(cls):
            special = SPECIAL_FIELDS.get(f"{cls.__name__}.{f.name}", SPECIAL_FIELDS.get(f.name))
            fields[f.name] = special if special is not None else _for_type(hints[f.name], text)
        built = st.builds(cls, **fields)
    finally:
        del _BUILT[key]
    return built


def records(text: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Record]:
    """Whole records with ``text`` (default ``hostile_text()``) in every text field; built from
    the record's dataclasses and their type hints, so a new field is fuzzed too."""
    return _dataclass(Record, text if text is not None else hostile_text())
