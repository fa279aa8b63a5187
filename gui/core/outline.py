"""The default outlines: the shape a new notice or new minutes start from.

A record of schema version 3 or older has no outline; it is composed with these, which print
exactly what those versions printed: the notice's opening, "I. … II. …" sections and closing;
the minutes of Mẫu 1.9 (time, place, attendees, chair, secretary, discussion, the notice's
conclusions, the end of the meeting).
"""

from __future__ import annotations

from gui.core.paths import Path
from gui.core.record import (
    MAX_SECTION_DEPTH,
    Block,
    BlockKind,
    Numbering,
    Section,
    outline_depth,
)

ASSESSMENT_HEADING = "ĐÁNH GIÁ CHUNG"
DIRECTIVES_HEADING = "NHIỆM VỤ TRỌNG TÂM VÀ PHÂN CÔNG THỰC HIỆN"
PROGRESS_HEADING = "TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ KỲ TRƯỚC"


def default_notice_outline(with_place: bool = True) -> list[Section]:
    """Opening; I. the previous tasks; II. ĐÁNH GIÁ CHUNG; III. the directives (numbered in the
    order present: a section with nothing to print is left out).

    ``with_place``: the opening sentence names the place (records before version 4 did not).
    """
    return [
        Section(blocks=[Block(BlockKind.OPENING, with_place=with_place)]),
        Section("", Numbering.ROMAN, [Block(BlockKind.PROGRESS)]),
        Section(ASSESSMENT_HEADING, Numbering.ROMAN, [Block(BlockKind.ASSESSMENT)]),
        Section(
            DIRECTIVES_HEADING,
            Numbering.ROMAN,
            [Block(BlockKind.GENERAL), Block(BlockKind.DEPARTMENTS)],
        ),
    ]


def default_minutes_outline() -> list[Section]:
    """Mẫu 1.9: the meeting's facts, the discussion, the conclusions, the end."""
    return [
        Section(
            blocks=[
                Block(BlockKind.MEETING_FACTS),
                Block(BlockKind.DISCUSSION),
                Block(BlockKind.CONCLUSIONS),
                Block(BlockKind.MEETING_END),
            ]
        )
    ]


USUAL_HEADINGS = [ASSESSMENT_HEADING, DIRECTIVES_HEADING, PROGRESS_HEADING]
"""Headings offered when the agency profile lists none of its own."""


def default_outline(minutes: bool, with_place: bool = True) -> list[Section]:
    """The default outline of the notice or (``minutes``) of the minutes."""
    return default_minutes_outline() if minutes else default_notice_outline(with_place)


# --- where things are in an outline -----------------------------------------------------------
#
# An outline is addressed by ``gui.core.paths`` paths: ``(doc, "outline", 0, "sections", 2)`` is
# the third sub-section of the first section, ``(…, "blocks", 1)`` the second block of a section.


def is_section_path(path: Path) -> bool:
    """True when ``path`` ends at a section: ``(…, "outline", i)`` or ``(…, "sections", i)``."""
    return len(path) >= 3 and isinstance(path[-1], int) and path[-2] in ("outline", "sections")


def parent_section(path: Path) -> Path | None:
    """The section holding the section or block at ``path`` (None: the outline's top)."""
    if path[-2] == "outline":
        return None
    return path[:-2]


def adjust_after_removal(path: Path, removed: Path) -> Path | None:
    """Where ``path`` (an entry or a list) is once the entry at ``removed`` is taken out of its
    list; None when ``path`` is the removed entry or inside it."""
    list_path, index = removed[:-1], removed[-1]
    n = len(list_path)
    if len(path) <= n or tuple(path[:n]) != tuple(list_path):
        return path
    at = path[n]
    assert isinstance(at, int) and isinstance(index, int)
    if at == index:
        return None
    if at > index:
        return (*path[:n], at - 1, *path[n + 1 :])
    return path


def indent_target(outline: list[Section], path: Path) -> tuple[Path, int] | None:
    """Where indenting the section or block at ``path`` puts it, counted once it is taken out:
    a section becomes the last sub-section of the section before it; a block moves to the
    start of its section's first sub-section. None when it cannot go deeper."""
    index = path[-1]
    assert isinstance(index, int)
    if is_section_path(path):
        level = sum(1 for p in path if p == "sections") + 1
        moved = _get(outline, path)
        if index == 0 or level + outline_depth([moved]) > MAX_SECTION_DEPTH:
            return None  # nothing before it to go under, or nested too deep to be read back
        return (*path[:-1], index - 1, "sections"), len(
            _get(outline, (*path[:-1], index - 1)).sections
        )
    section = _get(outline, path[:-2])
    if not section.sections:
        return None
    return (*path[:-2], "sections", 0, "blocks"), 0


def outdent_target(outline: list[Section], path: Path) -> tuple[Path, int] | None:
    """Where outdenting puts the section or block at ``path``, counted once it is taken out:
    a sub-section follows its parent section; a block goes to the end of the blocks of its
    section's parent. None at the top."""
    parent = parent_section(path)
    if parent is None:
        return None
    if is_section_path(path):
        index = parent[-1]
        assert isinstance(index, int)
        return parent[:-1], index + 1
    grand = parent_section(parent)
    if grand is None:
        return None
    return (*grand, "blocks"), len(_get(outline, grand).blocks)


def _get(outline: list[Section], path: Path) -> Section:
    """The section at ``path`` (which starts with the document and "outline")."""
    obj: object = outline
    for part in path[2:]:
        obj = obj[part] if isinstance(part, int) else getattr(obj, part)  # type: ignore[index]
    assert isinstance(obj, Section)
    return obj
