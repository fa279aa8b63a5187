"""The core never imports Qt: each module is imported alone in a fresh interpreter."""

from __future__ import annotations

import os
import pkgutil
import subprocess
import sys

import pytest

import gui.core

CORE_MODULES = sorted(m.name for m in pkgutil.iter_modules(gui.core.__path__))

PROBE = (
    "import importlib, sys; importlib.import_module({name!r}); "
    "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')));"
    "assert not qt, qt"
)


def test_discovery_finds_the_core_modules() -> None:
    # Guard against an empty parametrisation that would make the import test vacuous.
    expected = {
        "checks",
        "compose",
        "convert",
        "errors",
        "jsonfile",
        "paths",
        "profile",
        "record",
        "recordfile",
        "render_text",
        "resources",
        "wording",
    }
    assert expected <= set(CORE_MODULES)


@pytest.mark.parametrize("module", ["gui.core", *(f"gui.core.{m}" for m in CORE_MODULES)])
def test_core_module_imports_without_qt(module: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONSTARTUP"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(name=module)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_probe_detects_qt() -> None:
    # The probe itself must be able to fail: importing PySide6 trips it.
    result = subprocess.run(
        [sys.executable, "-c", "import PySide6.QtCore; " + PROBE.format(name="gui.core")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "PySide6" in result.stderr
