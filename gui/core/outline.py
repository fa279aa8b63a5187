"""The default outlines: the shape a new notice or new minutes start from.

A record of schema version 3 or older has no outline; it is composed with these, which print
exactly what those versions printed: the notice's opening, "I. … II. …" sections and closing;
the minutes of Mẫu 1.9 (time, place, attendees, chair, secretary, discussion, the notice's
conclusions, the end of the meeting).
"""

from __future__ import annotations

from gui.core.record import Block, BlockKind, Numbering, Section

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
