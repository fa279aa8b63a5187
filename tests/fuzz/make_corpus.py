"""Write a corpus of hostile record files (and hostile folder entries) into a folder.

    python tests/fuzz/make_corpus.py OUTDIR [--large]

Each entry is a case a tester, a broken disk or a careless tool produces: empty, truncated,
binary, UTF-16, NUL bytes, deeply nested, huge numbers, newer or missing schema versions, wrong
types, control characters and non-characters in every text field, runs of combining marks,
spreadsheet formulas, a FIFO, a dangling link, a folder named like a record, names with a
newline or bytes that are not UTF-8, a file over the size limit. ``--large`` adds randomised
mutations of the seeds (many more files). ``tests/fuzz/test_fuzz.py`` runs every CLI command
over the corpus.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "quang-ninh-giao-ban-q3-2017.bienban.json"
SEED_LAO_CAI = ROOT / "seeds" / "lao-cai-cum-cong-nghiep-2026.bienban.json"
SUFFIX = ".bienban.json"

CONTROLS = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r") + "\ufffe\uffff"
HOSTILE_TEXT = [
    "Ngắt dòng Word\vtrang mới\fhết",
    "NUL\x00BEL\x07ESC\x1b" + CONTROLS,
    '=HYPERLINK("http://x.example","bấm vào")',
    "+84 912 345 678",
    "-1+2",
    "@SUM(A1:A9)",
    "<script>alert(1)</script> &amp; </w:t>",
    "a" + "\u0301\u0323\u0302\u0306\u031b" * 150,
    "\u202eRTL override\u202c zero\u200bwidth \ufeffBOM",
    "😀👍🏽 emoji \U0001f1fb\U0001f1f3",
    "x" * 3000,
]


def _seed() -> dict[str, Any]:
    return json.loads(SEED.read_text(encoding="utf-8"))


def _text_paths(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every path in ``data`` that holds a string (schema_version and dates excluded)."""
    if isinstance(data, dict):
        for k, v in data.items():
            yield from _text_paths(v, (*path, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            yield from _text_paths(v, (*path, i))
    elif isinstance(data, str) and not _is_structured(path):
        yield path


def _is_structured(path: tuple[Any, ...]) -> bool:
    last = str(path[-1]) if path else ""
    return (
        any(w in last for w in ("date", "time", "deadline", "completed", "on"))
        and not any(
            w in last for w in ("_text", "location", "reason", "position", "content", "name")
        )
    ) or last in ("attendance", "status", "authority", "doc_kind", "role", "agency_code")


def _set(data: Any, path: tuple[Any, ...], value: Any) -> None:
    for p in path[:-1]:
        data = data[p]
    data[path[-1]] = value


def _every_text(text: str) -> dict[str, Any]:
    data = _seed()
    for path in list(_text_paths(data)):
        _set(data, path, text)
    return data


def _dump(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def byte_cases() -> dict[str, bytes | Callable[[Path], None]]:
    """name → file content, or a function making the entry at the given path."""
    seed = SEED.read_bytes()
    cases: dict[str, bytes | Callable[[Path], None]] = {
        "empty": b"",
        "whitespace": b" \n\t\n",
        "truncated": seed[: len(seed) // 2],
        "binary": bytes(random.Random(1).randrange(256) for _ in range(4096)),
        "utf16": seed.decode("utf-8").encode("utf-16"),
        "utf8-bom": b"\xef\xbb\xbf" + seed,
        "latin1": seed.decode("utf-8").encode("utf-8").replace("ả".encode(), b"\xe3"),
        "nul-bytes": seed[:100] + b"\x00" * 50 + seed[100:],
        "deep-nesting": b"[" * 200_000 + b"]" * 200_000,
        "deep-object": b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
        "huge-number": b'{"schema_version": 3, "header": {"number": ' + b"9" * 5000 + b"}}",
        "huge-float": b'{"schema_version": 3, "header": {"number": 1e999}}',
        "nan": b'{"schema_version": 3, "header": {"number": NaN}}',
        "top-array": b"[1, 2, 3]",
        "top-string": '"biên bản"'.encode(),
        "top-null": b"null",
        "lone-surrogate": b'{"schema_version": 3, "meeting": {"name": "\\ud800"}}',
        "duplicate-keys": b'{"schema_version": 3, "schema_version": 99}',
        "over-size-limit": _sparse(21 * 2**20),
        "fifo": _fifo,
        "dangling-link": _dangling,
        "folder": _folder,
        "newline\nin-name": seed,
        b"not-utf8-\xff-name".decode("utf-8", "surrogateescape"): seed,
    }
    return cases


def json_cases() -> dict[str, Any]:
    """name → data written as JSON (valid records and invalid ones)."""
    cases: dict[str, Any] = {}
    for i, text in enumerate(HOSTILE_TEXT):
        # short texts fit every field; long ones exceed some field's limit (drafter mark: 40)
        kind = "valid-hostile-text" if len(text) <= 60 else "long-hostile-text"
        cases[f"{kind}-{i}"] = _every_text(text[:900])
    data = _seed()
    data["content"]["results"] = ["a" + "\u0301\u0323\u0328\u031b" * 15_000] * 10  # H2
    cases["valid-combining-marks-1.2MB"] = data
    lc = json.loads(SEED_LAO_CAI.read_text(encoding="utf-8"))
    many = copy.deepcopy(lc["directives"]["departments"][0])
    many["tasks"] = many["tasks"] * 200
    lc["directives"]["departments"] = [many] * 5
    cases["valid-many-tasks"] = lc
    v1 = _seed()
    v1["schema_version"] = 1
    v1.pop("progress", None)
    for dept in v1["directives"]["departments"]:
        for task in dept["tasks"]:
            task["deadline"] = task.get("deadline") or "thường xuyên"
            task.pop("deadline_text", None)
    cases["valid-version-1"] = v1
    for name, change in {
        "newer-schema": lambda d: d.update(schema_version=99),
        "schema-zero": lambda d: d.update(schema_version=0),
        "schema-string": lambda d: d.update(schema_version="3"),
        "schema-bool": lambda d: d.update(schema_version=True),
        "no-schema": lambda d: d.pop("schema_version"),
        "wrong-type": lambda d: d["header"].update(number="5"),
        "bad-date": lambda d: d["meeting"].update(date="2017-13-45"),
        "unknown-field": lambda d: d.update(extra=1),
        "too-long": lambda d: d["meeting"].update(name="x" * 200_001),
        "list-for-text": lambda d: d["meeting"].update(name=["a"]),
        "null-section": lambda d: d.update(meeting=None),
    }.items():
        data = _seed()
        change(data)
        cases[name] = data
    return cases


def _sparse(size: int) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        with open(path, "wb") as f:
            f.write(b'{"schema_version": 3, "x": "')
            f.truncate(size)

    return make


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _dangling(path: Path) -> None:
    path.symlink_to(path.parent / "does-not-exist.bienban.json")


def _folder(path: Path) -> None:
    path.mkdir()


def _mutations(count: int, rnd: random.Random) -> dict[str, bytes]:
    """Random byte-level mutations of the seeds (``--large``)."""
    seeds = [SEED.read_bytes(), SEED_LAO_CAI.read_bytes()]
    out = {}
    for i in range(count):
        data = bytearray(rnd.choice(seeds))
        for _ in range(rnd.randint(1, 8)):
            op = rnd.randrange(4)
            pos = rnd.randrange(len(data))
            if op == 0:
                data[pos] = rnd.randrange(256)
            elif op == 1:
                del data[pos : pos + rnd.randint(1, 50)]
            elif op == 2:
                data[pos:pos] = rnd.choice(
                    [b"\\u0000", b"\\u000b", b"\\uffff", b"\\ud800", b'"', b"{", b"]", b"9" * 30]
                )
            else:
                data[pos:pos] = data[rnd.randrange(len(data)) :][: rnd.randint(1, 200)]
        out[f"mutation-{i:04d}"] = bytes(data)
    return out


def make_corpus(folder: Path, large: bool = False) -> list[Path]:
    """Write the corpus into ``folder``; return the entries made (valid ones named ``valid-*``)."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    entries: dict[str, Any] = {**byte_cases()}
    entries.update({k: _dump(v) for k, v in json_cases().items()})
    if large:
        entries.update(_mutations(2000, random.Random(20260101)))
    for name, content in entries.items():
        path = folder / (name + SUFFIX)
        if callable(content):
            content(path)
        else:
            path.write_bytes(content)
        made.append(path)
    return made


def main(argv: list[str] | None = None) -> int:
    """Command line: write the corpus."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir")
    parser.add_argument("--large", action="store_true", help="add 2,000 random mutations")
    args = parser.parse_args(argv)
    made = make_corpus(Path(args.outdir), args.large)
    print(f"{len(made)} entries in {args.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
