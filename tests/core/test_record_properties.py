"""Property tests: any record saves and loads back (NFC), composes and renders, and a
corrupted file either loads or fails with RecordFileError — never anything else."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import unicodedata
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gui.core.compose import Kind, compose
from gui.core.errors import RecordFileError
from gui.core.record import (
    Attendance,
    Attendee,
    Authority,
    Closing,
    Content,
    Department,
    Directives,
    Header,
    Meeting,
    News,
    Person,
    Progress,
    ProgressItem,
    Record,
    Signer,
    Speech,
    Task,
    TaskStatus,
)
from gui.core.recordfile import load_record, save_record
from gui.core.render_text import render_text
from gui.core.text import stream_safe

PROPERTY = settings(
    max_examples=60,
    deadline=None,
    database=None,  # leave no .hypothesis/ folder behind
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Precomposed Vietnamese letters, their decomposed forms (base + combining marks), and the
# characters that tend to break things: quotes, backslash, markup, newlines, NBSP, emoji.
VI_LETTERS = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ"
    + "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)
COMBINING = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
SPECIAL = " \n\t\"'\\/<>&“”…–-.,;:()0123456789\u00a0\u2028😀"

vi_text = st.text(alphabet=st.sampled_from(VI_LETTERS + COMBINING + SPECIAL), max_size=30)
any_text = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=12)
text = st.one_of(vi_text, vi_text.map(lambda s: unicodedata.normalize("NFD", s)), any_text)
# Symbols (agency code, document kind): no whitespace, no "/".
symbol = st.text(
    alphabet=st.sampled_from("ABCDĐKLTUVXbqđ-0123456789" + "\u0309\u0323"), max_size=10
)
dates = st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)))
times = st.one_of(st.none(), st.builds(dt.time, st.integers(0, 23), st.integers(0, 59)))


def small(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[list[Any]]:
    return st.lists(strategy, max_size=3)


persons = st.builds(Person, name=text, position=text)
attendees = st.builds(
    Attendee,
    name=text,
    position=text,
    is_group=st.booleans(),
    is_guest=st.booleans(),
    attendance=st.sampled_from(Attendance),
    reason=text,
)
tasks = st.builds(
    Task,
    content=text,
    lead=text,
    coordinating=text,
    deadline=dates,
    deadline_text=text,
    status=st.sampled_from(TaskStatus),
    completed_on=dates,
    note=text,
)
records = st.builds(
    Record,
    header=st.builds(
        Header,
        parent_agency=text,
        agency=text,
        agency_code=symbol,
        doc_kind=symbol,
        number=st.one_of(st.none(), st.integers(1, 99999)),
        place=text,
        issue_date=dates,
        summary=text,
    ),
    meeting=st.builds(
        Meeting,
        name=text,
        date=dates,
        start_time=times,
        end_time=times,
        location=text,
        chair=persons,
        secretary=persons,
        attendees=small(attendees),
    ),
    content=st.builds(
        Content,
        intro_from_fields=st.booleans(),
        opening=small(text),
        discussion=small(st.builds(Speech, speaker=text, content=text)),
        results=small(text),
        limitations=small(text),
    ),
    directives=st.builds(
        Directives,
        general=small(text),
        departments=small(st.builds(Department, name=text, tasks=small(tasks))),
    ),
    closing=st.builds(
        Closing,
        sentence=text,
        recipients=small(text),
        signer=st.builds(
            Signer,
            authority=st.sampled_from(Authority),
            authority_of=text,
            intermediate=text,
            position=text,
            name=text,
        ),
        drafter=symbol,
        copies=st.one_of(st.none(), st.integers(0, 100000)),
    ),
    news=st.builds(News, title=text, posted_on=dates, author=text),
    progress=st.builds(
        Progress,
        reference=text,
        items=small(
            st.builds(
                ProgressItem,
                department=text,
                content=text,
                deadline=dates,
                deadline_text=text,
                status=st.sampled_from(TaskStatus),
                completed_on=dates,
                note=text,
            )
        ),
    ),
)


def _rule(text: str) -> str:
    """The record's text rule, written here independently of ``gui.core.text`` except for the
    Stream-Safe cap on runs of marks (tested on its own in tests/core/test_text.py)."""
    text = text.replace("\v", "\n").replace("\f", "\n")
    text = "".join(
        c
        for c in text
        if not ((ord(c) < 32 and c not in "\t\n\r") or (ord(c) & 0xFFFE) == 0xFFFE)
        and not 0xFDD0 <= ord(c) <= 0xFDEF
    )
    return unicodedata.normalize("NFC", stream_safe(text))


def nfc_record(obj: Any) -> Any:
    """``obj`` with every string under the text rule: control characters out, NFC."""
    if isinstance(obj, str):
        return _rule(obj)
    if isinstance(obj, list):
        return [nfc_record(v) for v in obj]
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.replace(
            obj, **{f.name: nfc_record(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
        )
    return obj


@PROPERTY
@given(record=records)
def test_save_then_load_gives_the_nfc_record(record: Record, tmp_path: Path) -> None:
    path = tmp_path / "prop.bienban.json"
    save_record(record, path)
    loaded = load_record(path)
    assert loaded == nfc_record(record)
    # Saving what was loaded writes the same bytes again (stable format).
    first = path.read_bytes()
    save_record(loaded, path)
    assert path.read_bytes() == first


@PROPERTY
@given(record=records, width=st.integers(40, 120))
def test_any_record_composes_and_renders(record: Record, width: int) -> None:
    for kind in Kind:
        doc = compose(record, kind)
        out = render_text(doc, width)
        assert unicodedata.is_normalized("NFC", out)
        out_tokens = set(out.split())
        for p in doc.body:
            for token in unicodedata.normalize("NFC", p.plain()).split():
                assert token in out_tokens


def _seed_bytes() -> bytes:
    root = Path(__file__).resolve().parents[2]
    return (root / "seeds" / "lao-cai-cum-cong-nghiep-2026.bienban.json").read_bytes()[:6000]


@st.composite
def corrupted(draw: st.DrawFn, base: bytes) -> bytes:
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "set", "truncate", "insert", "delete"]))
        if not data:
            break
        i = draw(st.integers(0, len(data) - 1))
        if op == "flip":
            data[i] ^= 1 << draw(st.integers(0, 7))
        elif op == "set":
            data[i] = draw(st.integers(0, 255))
        elif op == "truncate":
            del data[i:]
        elif op == "insert":
            data[i:i] = draw(st.binary(min_size=1, max_size=4))
        else:
            del data[i : i + draw(st.integers(1, 8))]
    return bytes(data)


def _valid_bytes_of(record: Record, folder: Path) -> bytes:
    path = folder / "base.bienban.json"
    save_record(record, path)
    return path.read_bytes()


@PROPERTY
@given(data=st.data())
def test_corrupted_file_loads_or_fails_cleanly(data: st.DataObject, tmp_path: Path) -> None:
    record = data.draw(records, label="record")
    base = _valid_bytes_of(record, tmp_path)
    raw = data.draw(corrupted(base), label="corrupted")
    path = tmp_path / "corrupt.bienban.json"
    path.write_bytes(raw)
    try:
        load_record(path)
    except RecordFileError as e:
        assert e.problem
        assert "\n" not in e.one_line()
    assert path.read_bytes() == raw  # loading never touches the file


@PROPERTY
@given(raw=corrupted(_seed_bytes()))
def test_corrupted_seed_loads_or_fails_cleanly(raw: bytes, tmp_path: Path) -> None:
    path = tmp_path / "corrupt.bienban.json"
    path.write_bytes(raw)
    with contextlib.suppress(RecordFileError):
        load_record(path)
