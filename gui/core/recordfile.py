"""The record file: UTF-8 JSON with a ``schema_version``, checked against
``resources/record.schema.json``.

Loading reads the file once (never modifying it), migrates older schema versions, validates,
and builds a ``Record``. Saving is atomic (``gui.core.jsonfile.write_json``).
"""

from __future__ import annotations

import copy
import datetime as dt
import os
from typing import Any

from gui.core.convert import from_data, to_data
from gui.core.errors import Problem, RecordFileError
from gui.core.jsonfile import read_json, validate, write_json
from gui.core.record import MAX_SECTION_DEPTH, Record

SCHEMA_VERSION = 5
"""The version this program writes.

Version 1 stored a task's deadline as one string; version 2 had no ``progress`` section
(the review of the previous meeting's tasks), which version 3 adds. Version 4 adds the shape
of each document (``notice``, ``minutes``: an outline of sections and blocks, own header
and signatures); a version 3 file has none, which means the default outline: it renders
exactly as before. Version 5 adds to the record of issue the annexes issued with the document
(``issue.annexes``); a version 4 record of issue has none.
"""

SUFFIX = ".bienban.json"
"""File name ending of record files (they are plain JSON)."""


def record_to_data(record: Record) -> dict[str, Any]:
    """The JSON-ready data of a record, ``schema_version`` first."""
    data = {"schema_version": SCHEMA_VERSION, **to_data(record)}
    if data.get("issue") is None:
        data.pop("issue", None)  # optional: files of records never issued stay as they were
    return data


def record_from_data(data: Any, name: str = "<data>") -> Record:
    """Migrate, validate and build a record from parsed JSON.

    Raises:
        RecordFileError: newer schema version, or data that does not fit the schema.
    """
    if not isinstance(data, dict):
        raise RecordFileError(name, Problem.INVALID, "the top level must be a JSON object")
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise RecordFileError(
            name, Problem.INVALID, "missing or non-integer schema_version", "schema_version"
        )
    if version > SCHEMA_VERSION:
        raise RecordFileError(
            name,
            Problem.TOO_NEW,
            f"written by a newer Bienban (schema version {version}; "
            f"this version reads up to {SCHEMA_VERSION})",
            "schema_version",
        )
    if version < 1:
        raise RecordFileError(
            name, Problem.INVALID, f"unknown schema version {version}", "schema_version"
        )
    data = migrate(data)
    validate(name, data, "record.schema.json")
    data = dict(data)
    data.pop("schema_version")
    _check_depth(name, data)
    return from_data(Record, data)


def _check_depth(name: str, data: dict[str, Any]) -> None:
    """Refuse outlines nested deeper than ``MAX_SECTION_DEPTH`` (the schema cannot say it)."""
    for doc in ("notice", "minutes"):
        level = (data.get(doc) or {}).get("outline") or []
        depth = 0
        while level:
            depth += 1
            if depth > MAX_SECTION_DEPTH:
                raise RecordFileError(
                    name,
                    Problem.INVALID,
                    f"sections nested deeper than {MAX_SECTION_DEPTH} levels",
                    f"{doc}.outline",
                )
            level = [child for s in level for child in s.get("sections") or []]


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring data of an older schema version up to ``SCHEMA_VERSION``.

    ``data`` is never changed. Only version 1 rewrites nested values, on a deep copy; from
    version 2 on only the version number changes, on a copy of the top level that shares the
    rest with ``data``.
    """
    if data.get("schema_version") == 1:
        data = copy.deepcopy(data)
        _migrate_1_to_2(data)
        data["schema_version"] = 2
    else:
        data = dict(data)
    if data.get("schema_version") == 2:
        data["schema_version"] = 3  # "progress" is optional: absent means empty
    if data.get("schema_version") == 3:
        data["schema_version"] = 4  # "notice" and "minutes" are optional: the default shape
    if data.get("schema_version") == 4:
        data["schema_version"] = 5  # "issue.annexes" is optional: none
    return data


def _migrate_1_to_2(data: dict[str, Any]) -> None:
    """Version 1 kept ``deadline`` as one string: an ISO date or words ("thường xuyên")."""
    directives = data.get("directives")
    departments = directives.get("departments") if isinstance(directives, dict) else None
    for dept in departments if isinstance(departments, list) else []:
        tasks = dept.get("tasks") if isinstance(dept, dict) else None
        for task in tasks if isinstance(tasks, list) else []:
            if not isinstance(task, dict) or not isinstance(task.get("deadline"), str):
                continue
            value = task["deadline"].strip()
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                task["deadline"] = None
                task.setdefault("deadline_text", value)
            else:
                task["deadline"] = value if value else None


def load_record(path: str | os.PathLike[str]) -> Record:
    """Load a record file.

    Raises:
        RecordFileError: with the field path and one line saying what is wrong.
    """
    name = os.fspath(path)
    return record_from_data(read_json(name), name)


def save_record(record: Record, path: str | os.PathLike[str]) -> None:
    """Save a record atomically (the old version stays as ``FILE~``).

    Raises:
        RecordFileError: the write failed; the file on disk is unchanged.
    """
    write_json(path, record_to_data(record))
