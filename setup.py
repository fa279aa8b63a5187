"""Build hooks (the rest of the packaging is in pyproject.toml).

``build_py`` also compiles the English translation (``resources/translations/*.ts`` → ``.qm``,
with PySide6's ``lrelease``) and generates the schema validators' code
(``gui/core/_schema_*.py``, see ``gui.core.schemacode``). For a wheel they go into the build
folder; for an editable install into the source tree, where git ignores them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # the build helpers live in the package being built


class BuildPy(build_py):
    """``build_py`` plus the compiled translation and the generated validators."""

    def run(self) -> None:
        super().run()
        from gui.core.schemacode import SCHEMAS, write_modules
        from gui.qt.translations import release

        editable = getattr(self, "editable_mode", False)
        out = HERE if editable else Path(self.build_lib)
        core = HERE / "gui" / "core" if editable else out / "gui" / "core"
        qm_folder = (
            HERE / "resources" / "translations"
            if editable
            else (out / "gui" / "resources" / "translations")
        )
        for qm in release(HERE / "resources" / "translations", qm_folder):
            print(f"compiled {qm}")
        texts = {n: (HERE / "resources" / n).read_bytes() for n in SCHEMAS}
        core.mkdir(parents=True, exist_ok=True)
        for module in write_modules(texts, core):
            print(f"generated {module}")


setup(cmdclass={"build_py": BuildPy})
