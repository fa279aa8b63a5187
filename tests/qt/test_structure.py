"""The Qt side's dependencies point one way: application → windows → sections and controllers →
document → core. No import cycle, not even one hidden under ``TYPE_CHECKING``."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QT = ROOT / "gui" / "qt"


def _imports(path: Path) -> set[str]:
    """Every gui.qt module ``path`` imports, at any depth of the file (functions and
    ``TYPE_CHECKING`` blocks included)."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module.startswith("gui.qt."):
                out.add(node.module.split(".")[2])
            elif node.module == "gui.qt":
                out |= {a.name for a in node.names}
        elif isinstance(node, ast.Import):
            out |= {a.name.split(".")[2] for a in node.names if a.name.startswith("gui.qt.")}
    return out - {path.stem}


def graph() -> dict[str, set[str]]:
    return {p.stem: _imports(p) for p in QT.glob("*.py") if p.stem != "__init__"}


def _cycle(g: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(n: str) -> list[str] | None:
        state[n] = 1
        stack.append(n)
        for m in sorted(g.get(n, ())):
            if state.get(m) == 1:
                return [*stack[stack.index(m) :], m]
            if m not in state and (found := visit(m)):
                return found
        stack.pop()
        state[n] = 2
        return None

    for n in sorted(g):
        if n not in state and (found := visit(n)):
            return found
    return None


def test_no_import_cycle_in_the_qt_side() -> None:
    assert _cycle(graph()) is None, " → ".join(_cycle(graph()) or [])


def test_only_the_application_imports_the_main_window() -> None:
    importers = sorted(m for m, deps in graph().items() if "mainwindow" in deps)
    assert importers == ["app"], importers


def test_the_document_layer_imports_no_widget_module() -> None:
    g = graph()
    assert g["literal"] == set()  # a leaf: how a typed text is given to Qt, no widget
    for low in ("document", "undo", "models"):
        assert g[low] <= {"document", "undo", "literal"}, (low, g[low])
