"""The page geometry both page renderers share (DOCX and Qt's print/PDF), and the rules.

A4, margins within NĐ 30's ranges (top 20–25, bottom 20–25, left 30–35, right 15–20 mm), the
header's two columns, and the underscore rules: under the agency 2/5 of its longest line, under
the motto as long as it, under the summary 2/5 of its longest line.
"""

from __future__ import annotations

from gui.core.compose import Composed
from gui.core.metrics import longest_line_pt, rule, width_pt

MARGINS_MM = {"top": 20, "bottom": 20, "left": 30, "right": 15}
HEADER_COLUMNS_CM = (6.5, 10.0)  # official template: 6.75 / 10 cm, fitted to a 16.5 cm line
RULE_PT = 13
TEXT_WIDTH_PT = (210 - MARGINS_MM["left"] - MARGINS_MM["right"]) / 25.4 * 72


def rules(doc: Composed) -> tuple[str, str, str]:
    """The underscore rules under the agency, the motto and the summary, at ``RULE_PT``."""
    column_pt = HEADER_COLUMNS_CM[0] / 2.54 * 72
    agency = doc.header.agency if doc.header else ""
    motto = doc.header.motto if doc.header else ""
    title = doc.summary or doc.type_name
    return (
        rule(longest_line_pt(agency, 13, True, column_pt), 0.4, RULE_PT),
        rule(width_pt(motto, 14, True), 1.0, RULE_PT),
        rule(longest_line_pt(title, 14, True, TEXT_WIDTH_PT), 0.4, RULE_PT),
    )
