"""PySide6's look at each imported module is the cheap one, and answers as PySide6's own does."""

from __future__ import annotations

import sys

import gui.core.record  # noqa: F401
from gui.qt import importcheck  # importing gui.qt installs the check


def test_the_cheap_check_is_installed_and_agrees_with_pyside() -> None:
    feature = sys.modules["shibokensupport.feature"]
    check = feature._mod_uses_pyside
    original = check.__wrapped__  # PySide6's: inspect.getsource and a search for "PySide6"
    assert importcheck.install()  # a second call changes nothing
    assert feature._mod_uses_pyside is check
    modules = [m for m in list(sys.modules.values()) if getattr(m, "__file__", None)]
    answers = {m.__name__: check(m) for m in modules}
    assert answers == {m.__name__: original(m) for m in modules}
    assert answers["gui.qt.importcheck"]  # it names PySide6
    assert not answers["gui.core.record"]  # the core never does
