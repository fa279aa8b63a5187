"""Where the shipped resources (schemas, profiles, translations) are."""

from __future__ import annotations

from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]


def resource_path(*parts: str) -> Path:
    """Path of a file under the project's ``resources/`` folder."""
    return _ROOT.joinpath("resources", *parts)


def seeds_dir() -> Path:
    """The folder of sample records shipped with the project."""
    return _ROOT / "seeds"
