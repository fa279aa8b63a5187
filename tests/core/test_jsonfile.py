"""The JSON file layer under records and profiles: parsing, field paths, atomic writes."""

from __future__ import annotations

import collections
import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core import jsonfile
from gui.core.errors import Problem, RecordFileError

NFD = unicodedata.normalize("NFD", "Thường xuyên")


def test_field_path() -> None:
    assert jsonfile.field_path(collections.deque(["meeting", "attendees", 2, "name"])) == (
        "meeting.attendees[2].name"
    )
    assert jsonfile.field_path(["header"]) == "header"
    assert jsonfile.field_path([]) == ""
    assert jsonfile.field_path(["recipients", 0]) == "recipients[0]"


def test_read_json_normalises_keys_and_values(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text(json.dumps({NFD: [NFD, {"k": NFD}], "n": 1}, ensure_ascii=False), "utf-8")
    nfc = unicodedata.normalize("NFC", NFD)
    assert jsonfile.read_json(path) == {nfc: [nfc, {"k": nfc}], "n": 1}


def test_write_json_without_backup(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    jsonfile.write_json(path, {"a": 1})
    jsonfile.write_json(path, {"a": NFD}, backup=False)
    assert not (tmp_path / "x.json~").exists()
    assert json.loads(path.read_text("utf-8")) == {"a": unicodedata.normalize("NFC", NFD)}
    assert path.read_text("utf-8") == '{\n  "a": "Thường xuyên"\n}\n'


def test_write_json_with_backup(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    jsonfile.write_json(path, {"v": 1})
    jsonfile.write_json(path, {"v": 2})
    assert json.loads((tmp_path / "x.json~").read_text("utf-8")) == {"v": 1}
    assert json.loads(path.read_text("utf-8")) == {"v": 2}


def test_validate_reports_the_most_specific_problem() -> None:
    with pytest.raises(RecordFileError) as info:
        jsonfile.validate(
            "mem",
            {"profile_version": 1, "name": "x", "signer": {"authority": "?"}},
            "profile.schema.json",
        )
    assert info.value.problem is Problem.INVALID
    assert info.value.field == "signer.authority"
    assert info.value.path == "mem"
    jsonfile.validate("mem", {"profile_version": 1, "name": "x"}, "profile.schema.json")


def test_read_json_parses_what_write_json_writes(tmp_path: Path) -> None:
    data = {"a": [1, 2.5, None, True, 'Lào Cai \\ " \n'], "b": {}}
    path = tmp_path / "x.json"
    jsonfile.write_json(path, data)
    assert jsonfile.read_json(path) == data


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ('{"a": ["Quảng Ninh", "x"]}', {"a": ["Quảng Ninh", "x"]}),  # clean: read as is
        ("\ufeff" + '{"a": "Lào Cai"}', {"a": "Lào Cai"}),  # a BOM does not count as text
        ('{"a": "' + NFD + '"}', {"a": unicodedata.normalize("NFC", NFD)}),  # raw NFD
        ('{"a": "e\\u0301"}', {"a": "é"}),  # escaped NFD
        ('{"a": "x\\u0007y\\by\\fz"}', {"a": "xyy\nz"}),  # escaped controls
        ('{"a": "dòng\\nmới\\t\\"\\\\\\/"}', {"a": 'dòng\nmới\t"\\/'}),  # kept escapes
        ('{"' + NFD + '": 1}', {unicodedata.normalize("NFC", NFD): 1}),  # a key
        ('{"a": "x\ufdd0y\U0010fffez"}', {"a": "xyz"}),  # raw non-characters
    ],
)
def test_read_json_reads_every_string_under_the_text_rule(
    tmp_path: Path, written: str, read: object
) -> None:
    """Whether the whole file is clean (read as parsed) or not (cleaned string by string)."""
    path = tmp_path / "x.json"
    path.write_text(written, "utf-8")
    assert jsonfile.read_json(path) == read


def test_read_json_refuses_a_lone_surrogate_escape(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text('{"a": "Quảng Ninh \\udc80"}', "utf-8")
    with pytest.raises(RecordFileError) as info:
        jsonfile.read_json(path)
    assert info.value.problem is Problem.NOT_UTF8


def _reference_depth(value: object) -> int:
    """The nesting of ``value``, by its definition (recursive: for small data only)."""
    if isinstance(value, dict):
        value = list(value.values())
    if not isinstance(value, list) or not value:
        return 0
    return 1 + max(_reference_depth(v) for v in value)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=3),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=2), inner),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None, database=None)
@given(JSON_VALUES)
def test_the_depth_limit_counts_nesting_as_defined(value: object) -> None:
    assert jsonfile._depth(value) == _reference_depth(value)


def test_the_depth_count_stops_past_the_limit() -> None:
    deep: list[object] = []
    inner = deep
    for _ in range(5 * jsonfile.MAX_DEPTH):
        child: list[object] = [0]
        inner.append(child)
        inner = child
    assert jsonfile.MAX_DEPTH < jsonfile._depth(deep) <= jsonfile.MAX_DEPTH + 1
