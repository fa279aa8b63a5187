"""The record and profile validators as Python code, generated when the wheel is built.

Compiling a JSON schema with ``fastjsonschema`` takes tens of milliseconds, at every start.
The build (``setup.py``) writes the compiled code as ``gui/core/_schema_<name>.py`` with
:func:`write_modules`; :func:`load` imports it only when it was generated from the schemas
shipped beside it (the module keeps their bytes, compared as they are: no hash to compute,
and ``hashlib`` costs 5 ms of start-up) by the same ``fastjsonschema`` version, and otherwise
returns ``None`` so that the caller compiles at run time. Generated files are never
committed, so a changed schema can never meet stale code.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import fastjsonschema

SCHEMAS = ("record.schema.json", "profile.schema.json")
"""The shipped schemas (the profile schema refers to the record schema by its ``$id``)."""


def module_name(schema_name: str) -> str:
    """``record.schema.json`` → ``_schema_record``."""
    return "_schema_" + schema_name.split(".", 1)[0]


def fingerprint(texts: Mapping[str, bytes]) -> bytes:
    """The fastjsonschema version that compiles the schemas, and every schema's bytes."""
    parts = [fastjsonschema.VERSION.encode()]
    for name in SCHEMAS:
        parts += [name.encode(), texts[name]]
    return b"\0".join(parts)


def is_date(value: object) -> bool:
    """The ``date`` format: ``YYYY-MM-DD``, a real day (non-strings pass, as in the spec)."""
    if not isinstance(value, str):
        return True
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


FORMATS: dict[str, Callable[[object], bool]] = {"date": is_date}


def _handlers(schemas: Mapping[str, Any]) -> dict[str, Callable[[str], Any]]:
    by_uri = {s["$id"]: s for s in schemas.values()}
    return {"https": lambda uri: by_uri[uri.split("#")[0]]}


def compile_validator(schemas: Mapping[str, Any], schema_name: str) -> Callable[[Any], Any]:
    """Compile a validator at run time (when no generated module fits)."""
    return fastjsonschema.compile(
        schemas[schema_name], handlers=_handlers(schemas), formats=FORMATS
    )


def write_modules(texts: Mapping[str, bytes], folder: Path) -> list[Path]:
    """Write the generated validator of each schema into ``folder``; return the files."""
    import json

    from fastjsonschema.ref_resolver import RefResolver

    schemas = {n: json.loads(texts[n]) for n in SCHEMAS}
    stamp = fingerprint(texts)
    written = []
    for name in SCHEMAS:
        handlers = _handlers(schemas)
        code = fastjsonschema.compile_to_code(schemas[name], handlers=handlers, formats=FORMATS)
        entry = RefResolver.from_schema(schemas[name], handlers=handlers).get_scope_name()
        target = folder / f"{module_name(name)}.py"
        target.write_text(
            f'"""Generated at build time from {name} by gui.core.schemacode; do not edit."""\n'
            f"# ruff: noqa\nFINGERPRINT = {stamp!r}\n{code}\nvalidate = {entry}\n",
            encoding="utf-8",
        )
        written.append(target)
    return written


def load(texts: Mapping[str, bytes], schema_name: str) -> Callable[[Any], Any] | None:
    """The generated validator of ``schema_name`` if it matches ``texts``, else ``None``."""
    try:
        module = importlib.import_module(f"gui.core.{module_name(schema_name)}")
    except ImportError:
        return None
    if getattr(module, "FINGERPRINT", None) != fingerprint(texts):
        return None
    validate = module.validate

    def validator(data: Any) -> Any:
        return validate(data, FORMATS)

    return validator
