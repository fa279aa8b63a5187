"""PySide6's look at every imported module, made cheap (start-up time).

Once ``PySide6.QtCore`` is loaded, PySide6 looks at each module an ``import`` statement names,
the first time one does, to know whether it may use PySide6's ``__feature__`` switches
(PYSIDE-2029): it reads the module's whole source with ``inspect.getsource`` and looks for the
word "PySide6". At Bienban's start that is about 110 modules and about 20 ms on a loaded
machine, none of which a bare PySide6 window pays. Reading the file's bytes and looking for the
same word gives the same answer in about a quarter of the time. Anything but a readable ``.py``
file goes to PySide6's own check; if PySide6 no longer has that check, nothing is changed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

MARKER = b"PySide6"


def install() -> bool:
    """Replace PySide6's source check by the cheaper one; whether it is in place."""
    feature = sys.modules.get("shibokensupport.feature")
    original: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if original is None:
        return False
    if getattr(original, "__wrapped__", None) is not None:
        return True  # installed already

    def uses_pyside(module: ModuleType) -> bool:
        file = getattr(module, "__file__", None)
        if isinstance(file, str) and file.endswith(".py"):
            try:
                with open(file, "rb") as source:
                    return MARKER in source.read()
            except OSError:  # a frozen module's path, say: PySide6's own check
                pass
        return original(module)

    uses_pyside.__wrapped__ = original  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    return True
