"""Where the shipped resources (schemas, profiles, translations, icons, sample records) are.

In the source tree they are the top-level ``resources/`` and ``seeds/`` folders; installed,
they are the packages ``gui.resources`` and ``gui.seeds`` (``pyproject.toml`` maps the folders
to those names), so ``importlib.resources`` finds them the same way from an editable install,
a wheel and the frozen bundle, whatever the working directory.
"""

from __future__ import annotations

import functools
from importlib.resources import files
from pathlib import Path


@functools.cache
def _package_folder(package: str) -> Path:
    root = files(package)
    if not isinstance(root, Path):  # a zip import: Bienban is always installed as files
        raise RuntimeError(f"{package} is not installed as files ({root!r})")
    return root


def resource_path(*parts: str) -> Path:
    """Path of a shipped file under ``resources/`` (``gui.resources`` once installed)."""
    return _package_folder("gui.resources").joinpath(*parts)


def seeds_dir() -> Path:
    """The folder of the sample records shipped with the application."""
    return _package_folder("gui.seeds")
