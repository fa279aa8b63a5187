"""Golden text files: each seed in each kind, rendered as plain text, compared line by line.

The expected outputs live in ``tests/exports/golden/<seed-stem>.<kind>.txt`` (the names the
command line gives its outputs). A mismatch fails with a unified diff of golden → actual.

After an intended change of wording or layout, regenerate the goldens and review the diff
before committing it::

    BIENBAN_UPDATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen python -m pytest tests/exports -q \
        -k golden

With ``BIENBAN_UPDATE_GOLDEN=1`` each test writes its golden file (UTF-8, "\\n" line ends) and
passes; ``git diff tests/exports/golden`` then shows what changed.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from gui.core.compose import Kind
from gui.core.render_text import render_text

from .helpers import SEED_FILES, composed, seed_stem

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("BIENBAN_UPDATE_GOLDEN") == "1"
REAL_SEEDS = sorted(
    p for p in SEED_FILES[0].parent.glob("*.bienban.json") if p not in SEED_FILES
)  # the published documents: each in its own kind (TB-… a notice, the others minutes)
CASES = [(seed, kind) for seed in SEED_FILES for kind in Kind] + [
    (seed, Kind.NOTICE if seed.name.startswith("TB-") else Kind.MINUTES) for seed in REAL_SEEDS
]
IDS = [f"{seed_stem(seed)}.{kind.value}" for seed, kind in CASES]


def golden_path(seed: Path, kind: Kind) -> Path:
    return GOLDEN / f"{seed_stem(seed)}.{kind.value}.txt"


def test_there_are_seeds() -> None:
    assert len(SEED_FILES) >= 2, SEED_FILES


@pytest.mark.parametrize(("seed", "kind"), CASES, ids=IDS)
def test_text_matches_golden(seed: Path, kind: Kind) -> None:
    actual = render_text(composed(seed, kind))
    path = golden_path(seed, kind)
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="\n")
        return
    assert path.exists(), (
        f"no golden file {path.name}; generate it with "
        "BIENBAN_UPDATE_GOLDEN=1 (see this module's docstring)"
    )
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                fromfile=f"golden/{path.name}",
                tofile="render_text (actual)",
            )
        )
        pytest.fail(
            f"{path.name} differs from the rendered text "
            f"(BIENBAN_UPDATE_GOLDEN=1 regenerates it):\n{diff}",
            pytrace=False,
        )


def test_no_stale_golden_files() -> None:
    """Every golden file belongs to a seed and kind (a renamed seed leaves none behind)."""
    expected = {golden_path(seed, kind).name for seed, kind in CASES}
    present = {p.name for p in GOLDEN.glob("*.txt")}
    assert present <= expected, f"golden files of no seed/kind: {sorted(present - expected)}"
