"""Reading untrusted JSON files safely, validating them, and writing them atomically.

Reading never modifies the file, refuses anything over ``MAX_BYTES`` before reading it whole,
and turns every failure into one ``RecordFileError``. Writing goes through
``gui.core.safefile.write_atomic``.
"""

from __future__ import annotations

import codecs
import functools
import json
import os
import re
import stat
from collections.abc import Callable, Iterator
from typing import Any

import fastjsonschema

from gui.core import schemacode
from gui.core.errors import Problem, RecordFileError
from gui.core.resources import resource_path
from gui.core.safefile import write_atomic
from gui.core.text import clean, is_clean

MAX_BYTES = 20 * 1024 * 1024
"""Files larger than this are refused unread: a real record is well under 1 MiB."""


def read_json(path: str | os.PathLike[str]) -> Any:
    """Read and parse a JSON file; strings come back under the text rule (``clean_text``).

    Raises:
        RecordFileError: the file is missing, not a regular file, unreadable, too large,
            not UTF-8 (a UTF-8 BOM is accepted) or not JSON.
    """
    name = os.fspath(path)
    try:
        st = os.stat(name)
    except FileNotFoundError:
        raise RecordFileError(name, Problem.NOT_FOUND, "no such file") from None
    except OSError as exc:
        raise RecordFileError(name, Problem.UNREADABLE, exc.strerror or str(exc)) from None
    if not stat.S_ISREG(st.st_mode):
        raise RecordFileError(name, Problem.NOT_A_FILE, "not a regular file")
    if st.st_size > MAX_BYTES:
        raise RecordFileError(
            name,
            Problem.TOO_LARGE,
            f"file is {st.st_size // 2**20} MiB; the limit is {MAX_BYTES // 2**20} MiB",
        )
    try:
        with open(name, "rb") as f:
            raw = f.read(MAX_BYTES + 1)
    except OSError as exc:
        raise RecordFileError(name, Problem.UNREADABLE, exc.strerror or str(exc)) from None
    if len(raw) > MAX_BYTES:
        raise RecordFileError(name, Problem.TOO_LARGE, "file grew over the size limit")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise RecordFileError(name, Problem.NOT_UTF8, "file is UTF-16; save it as UTF-8")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RecordFileError(
            name, Problem.NOT_UTF8, f"not UTF-8 text (bad byte at offset {exc.start})"
        ) from None
    if "\x00" in text:
        raise RecordFileError(name, Problem.NOT_JSON, "file contains NUL bytes; not a record")
    if not text.strip():
        raise RecordFileError(name, Problem.NOT_JSON, "file is empty")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordFileError(
            name,
            Problem.NOT_JSON,
            f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})",
        ) from None
    except RecursionError:
        raise RecordFileError(name, Problem.NOT_JSON, "JSON nested too deeply") from None
    except ValueError as exc:  # an integer literal of thousands of digits
        detail = "a number has too many digits" if "digits" in str(exc) else str(exc)
        raise RecordFileError(name, Problem.NOT_JSON, f"not valid JSON: {detail}") from None
    if _depth(data) > MAX_DEPTH:
        raise RecordFileError(
            name, Problem.NOT_JSON, f"JSON nested too deeply (more than {MAX_DEPTH} levels)"
        )
    if _ESCAPES.search(text) or not is_clean(text, raw.removeprefix(codecs.BOM_UTF8)):
        # Some string may change under the text rule, or hold a lone surrogate (only a
        # \u escape can make one): each string is looked at. Otherwise every string is
        # already clean (the rule never joins characters across the quotes around a string).
        data = clean(data)
        try:
            json.dumps(data, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise RecordFileError(
                name, Problem.NOT_UTF8, "contains an invalid character (a lone surrogate escape)"
            ) from None
    return data


_ESCAPES = re.compile(r"\\[ubf]")
"""JSON escapes whose character the text rule may change (``\\b``, ``\\f``, any ``\\uXXXX``);
the others (``\\n``, ``\\t``, ``\\r``, ``\\"``, ``\\\\``, ``\\/``) stand for ASCII it keeps."""


MAX_DEPTH = 64
"""Nesting a record never needs (its deepest outline is about 25 levels of JSON): deeper data
is refused before anything walks it recursively."""


def _depth(data: Any) -> int:
    """How deeply ``data`` nests lists and objects (a value inside n of them: n), without
    recursion; it stops counting past ``MAX_DEPTH``. Only JSON's own ``dict`` and ``list``
    count (``json.loads`` makes no other containers)."""
    depth, level = 0, [data] if type(data) is dict or type(data) is list else []
    while level and depth <= MAX_DEPTH:
        if not any(level):  # every container empty: nothing one level down
            break
        depth += 1
        level = [
            child
            for item in level
            for child in (item.values() if type(item) is dict else item)
            if type(child) is dict or type(child) is list
        ]
    return depth


def write_json(path: str | os.PathLike[str], data: Any, *, backup: bool = True) -> None:
    """Write ``data`` as UTF-8 JSON atomically; keep the previous version as ``FILE~``.

    Raises:
        RecordFileError: the folder is gone, permission denied, disk full, … The target
            file is left exactly as it was.
    """
    text = json.dumps(clean(data), ensure_ascii=False, indent=2) + "\n"
    write_atomic(path, text.encode("utf-8"), backup=backup)


@functools.cache
def _schema_texts() -> dict[str, bytes]:
    """The shipped schemas' bytes by file name."""
    return {n: resource_path(n).read_bytes() for n in schemacode.SCHEMAS}


@functools.cache
def _schemas() -> dict[str, Any]:
    """The shipped schemas by file name (the profile schema refers to the record schema)."""
    return {n: json.loads(text) for n, text in _schema_texts().items()}


@functools.cache
def _validator(schema_name: str) -> Any:
    """The full jsonschema validator, imported only to explain an invalid file."""
    import jsonschema
    from referencing import Registry, Resource

    registry: Registry[Any] = Registry()
    for n, schema in _schemas().items():
        registry = registry.with_resource(n, Resource.from_contents(schema))
        registry = registry.with_resource(schema["$id"], Resource.from_contents(schema))
    schema = _schemas()[schema_name]
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, registry=registry, format_checker=cls.FORMAT_CHECKER)


def field_path(parts: Iterator[Any] | Any) -> str:
    """``meeting.attendees[2].name`` from a jsonschema path deque."""
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


@functools.cache
def _fast_validator(schema_name: str) -> Callable[[Any], Any]:
    """A compiled validator (fastjsonschema): the common, valid case in milliseconds.

    The code generated at build time when it matches the shipped schemas, else compiled now.
    """
    return schemacode.load(_schema_texts(), schema_name) or schemacode.compile_validator(
        _schemas(), schema_name
    )


def validate(name: str, data: Any, schema_name: str) -> None:
    """Validate ``data`` against a shipped schema; raise the single most relevant error.

    A compiled validator answers for valid data; only when it finds a problem does
    ``jsonschema`` (slower, better messages) pick the most relevant error to report.
    """
    try:
        _fast_validator(schema_name)(data)
    except fastjsonschema.JsonSchemaException as exc:
        fast_problem = str(exc)
    else:
        return
    from jsonschema.exceptions import best_match

    error = best_match(_validator(schema_name).iter_errors(data))
    if error is None:  # the two validators disagree: report the compiled one's finding
        raise RecordFileError(name, Problem.INVALID, fast_problem.removeprefix("data."))
    # For "anyOf" (optional dates), the most specific branch says more than "not valid";
    # the "or null" branch is never the interesting one.
    while error.context:
        branches = [
            e for e in error.context if not (e.validator == "type" and e.validator_value == "null")
        ]
        error = best_match(branches or error.context)
    detail = _describe(error)
    where = field_path(error.absolute_path)
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [k for k in error.validator_value if k not in error.instance]
        if missing:
            where = f"{where}.{missing[0]}" if where else str(missing[0])
    raise RecordFileError(name, Problem.INVALID, detail, where)


def _describe(error: Any) -> str:
    """A short, plain description of a schema violation."""
    v, inst = error.validator, error.instance
    shown = _short(inst)
    if v == "required":
        return error.message.replace("is a required property", "is missing (required)")
    if v == "type" and "date" in str(error.schema.get("description", "")):
        return f"{shown} is not a valid date (YYYY-MM-DD, years 1900–2099)"
    if v == "type":
        return f"{shown} has the wrong type; expected {_type_words(error.validator_value)}"
    if v == "format" or (v == "pattern" and error.validator_value.startswith("^(19|20)")):
        return f"{shown} is not a valid date (YYYY-MM-DD, years 1900–2099)"
    if v == "pattern" and "[0-5]" in str(error.validator_value):
        return f"{shown} is not a valid time (HH:MM)"
    if v == "enum":
        return f"{shown} is not one of {', '.join(map(repr, error.validator_value))}"
    if v == "additionalProperties":
        return error.message.replace("Additional properties are not allowed", "unknown field")
    if v == "maxLength":
        return f"text is too long ({len(inst)} characters; limit {error.validator_value})"
    if v == "maxItems":
        return f"too many entries ({len(inst)}; limit {error.validator_value})"
    if v in ("minimum", "maximum"):
        return f"{shown} is out of range"
    return error.message


_TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "an object",
    "null": "nothing (null)",
}


def _type_words(expected: str | list[str]) -> str:
    """``['integer', 'null']`` → "a whole number or nothing (null)"."""
    names = [expected] if isinstance(expected, str) else list(expected)
    return " or ".join(_TYPE_WORDS.get(n, n) for n in names)


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"
