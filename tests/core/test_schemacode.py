"""The validators generated at build time (``gui.core.schemacode``): used only for the very
schemas they were generated from."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from gui.core import schemacode

ROOT = Path(__file__).resolve().parents[2]


def test_a_generated_validator_serves_only_the_schemas_it_was_made_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The generated module keeps the bytes of the schemas it was made from (and the
    fastjsonschema version): those bytes get its validator, any others (one space added)
    none, and the caller compiles the schema instead."""
    texts = {n: (ROOT / "resources" / n).read_bytes() for n in schemacode.SCHEMAS}
    (generated,) = [m for m in schemacode.write_modules(texts, tmp_path) if "record" in m.name]
    name = "gui.core." + schemacode.module_name("record.schema.json")
    spec = importlib.util.spec_from_file_location(name, generated)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setitem(sys.modules, name, module)  # what the build put in the package

    validate = schemacode.load(texts, "record.schema.json")
    assert validate is not None
    validate(json.loads((ROOT / "seeds" / "quang-ninh-giao-ban-q3-2017.bienban.json").read_bytes()))
    with pytest.raises(ValueError, match="must contain"):
        validate({"schema_version": 5})
    changed = dict(texts, **{"record.schema.json": texts["record.schema.json"] + b" "})
    assert schemacode.load(changed, "record.schema.json") is None
