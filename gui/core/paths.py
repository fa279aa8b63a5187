"""Addressing parts of a record by path, e.g. ``("directives", "departments", 2, "name")``.

Undo commands and item models use paths so one generic command can edit any field and
one can insert, remove or move any list entry.
"""

from __future__ import annotations

from typing import Any

Path = tuple[str | int, ...]


def get(root: Any, path: Path) -> Any:
    """The value at ``path`` under ``root``."""
    obj = root
    for part in path:
        obj = obj[part] if isinstance(part, int) else getattr(obj, part)
    return obj


def set_value(root: Any, path: Path, value: Any) -> Any:
    """Set the value at ``path``; return the previous value."""
    parent = get(root, path[:-1])
    last = path[-1]
    if isinstance(last, int):
        old = parent[last]
        parent[last] = value
    else:
        old = getattr(parent, last)
        setattr(parent, last, value)
    return old


def insert(root: Any, list_path: Path, index: int, item: Any) -> None:
    """Insert ``item`` into the list at ``list_path`` before ``index``."""
    get(root, list_path).insert(index, item)


def remove(root: Any, list_path: Path, index: int) -> Any:
    """Remove and return the item at ``index`` of the list at ``list_path``."""
    items: list[Any] = get(root, list_path)
    return items.pop(index)


def move(root: Any, list_path: Path, source: int, dest: int) -> None:
    """Move the item at ``source`` so that it ends up at index ``dest``."""
    items: list[Any] = get(root, list_path)
    items.insert(dest, items.pop(source))
