"""Conversion between the core dataclasses and JSON-ready data.

The data is validated against the JSON Schema before ``from_data`` runs, so ``from_data``
trusts shapes and types; it only turns ISO strings into dates and times and strings into
enums. Every string is normalised to Unicode NFC both ways.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import types
import typing
import unicodedata
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def nfc(value: Any) -> Any:
    """Return ``value`` with every string in it (keys included) normalised to NFC."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [nfc(v) for v in value]
    if isinstance(value, dict):
        return {nfc(k): nfc(v) for k, v in value.items()}
    return value


def to_data(obj: Any) -> Any:
    """Turn a dataclass tree into plain JSON-ready data (dicts, lists, str, int, bool, None)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_data(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, enum.Enum):
        return obj.value
    if isinstance(obj, dt.date):
        return obj.isoformat()
    if isinstance(obj, dt.time):
        return obj.strftime("%H:%M")
    if isinstance(obj, list):
        return [to_data(v) for v in obj]
    if isinstance(obj, str):
        return unicodedata.normalize("NFC", obj)
    return obj


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


_Converter = Callable[[Any], Any]


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)  # in C; returns ``value`` itself when NFC


def _int(value: Any) -> Any:
    # JSON Schema counts 2.0 as an integer; the record wants 2
    return value if isinstance(value, bool) else int(value)


def _converter(tp: Any) -> _Converter | None:
    """The function that turns validated data into a value of ``tp``; None: as it is."""
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        convert = _converter(inner)
        if convert is None:
            return None
        return lambda value: None if value is None else convert(value)
    if origin is list:
        (inner,) = typing.get_args(tp)
        item = _converter(inner)
        if item is None:
            return list
        return lambda value: [item(v) for v in value]
    if dataclasses.is_dataclass(tp):
        cls = typing.cast(type, tp)
        return lambda value: from_data(cls, value)
    if tp is dt.date:
        return dt.date.fromisoformat
    if tp is dt.time:
        return dt.time.fromisoformat
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tp
    if tp is str:
        return _nfc
    if tp is int:
        return _int
    return None


@functools.cache
def _plan(cls: type) -> tuple[tuple[str, _Converter | None], ...]:
    """Each field of the dataclass ``cls`` with its converter, worked out once per class."""
    hints = _hints(cls)
    return tuple(
        (f.name, _converter(hints[f.name])) for f in dataclasses.fields(typing.cast(Any, cls))
    )


def from_data(cls: type[T], data: dict[str, Any]) -> T:
    """Build a ``cls`` dataclass from validated data; absent keys take their defaults."""
    kwargs = {
        name: value if convert is None else convert(value)
        for name, convert in _plan(cls)
        if (value := data.get(name, _ABSENT)) is not _ABSENT
    }
    return cls(**kwargs)


_ABSENT = object()
