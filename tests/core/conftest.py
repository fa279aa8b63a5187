"""Fixtures for the Qt-free core tests: seed data and a helper that writes files to tmp_path."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
SEED_QN = SEEDS / "quang-ninh-giao-ban-q3-2017.bienban.json"
SEED_LAO_CAI = SEEDS / "lao-cai-cum-cong-nghiep-2026.bienban.json"

_SEED_DATA = {p: json.loads(p.read_text(encoding="utf-8")) for p in (SEED_QN, SEED_LAO_CAI)}

WriteFile = Callable[..., Path]


@pytest.fixture
def qn_data() -> dict[str, Any]:
    """The parsed Quảng Ninh seed record (a fresh copy the test may modify)."""
    return copy.deepcopy(_SEED_DATA[SEED_QN])


@pytest.fixture
def lao_cai_data() -> dict[str, Any]:
    """The parsed Lào Cai seed record (a fresh copy the test may modify)."""
    return copy.deepcopy(_SEED_DATA[SEED_LAO_CAI])


@pytest.fixture
def write_file(tmp_path: Path) -> WriteFile:
    """Write ``content`` (dict/list → JSON, str → UTF-8, bytes as is) and return the path."""

    def write(content: Any, name: str = "record.bienban.json") -> Path:
        path = tmp_path / name
        if isinstance(content, bytes):
            raw = content
        elif isinstance(content, str):
            raw = content.encode("utf-8", "surrogatepass")
        else:
            raw = json.dumps(content, ensure_ascii=False, indent=2).encode("utf-8")
        path.write_bytes(raw)
        return path

    return write
