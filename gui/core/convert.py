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


def _convert(tp: Any, value: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        if value is None:
            return None
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        return _convert(inner, value)
    if origin is list:
        (inner,) = typing.get_args(tp)
        return [_convert(inner, v) for v in value]
    if dataclasses.is_dataclass(tp):
        return from_data(typing.cast(type, tp), value)
    if tp is dt.date:
        return dt.date.fromisoformat(value)
    if tp is dt.time:
        return dt.time.fromisoformat(value)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tp(value)
    if tp is str:
        return unicodedata.normalize("NFC", value)
    if tp is int and not isinstance(value, bool):
        return int(value)  # JSON Schema counts 2.0 as an integer; the record wants 2
    return value


def from_data(cls: type[T], data: dict[str, Any]) -> T:
    """Build a ``cls`` dataclass from validated data; absent keys take their defaults."""
    hints = _hints(cls)
    kwargs = {
        f.name: _convert(hints[f.name], data[f.name])
        for f in dataclasses.fields(typing.cast(Any, cls))
        if f.name in data
    }
    return cls(**kwargs)
