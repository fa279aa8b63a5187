"""Build ``resources/times-metrics.json``: advance widths of the Times New Roman metrics.

The Qt-free renderers (DOCX, text) need to know how long a line of text is to draw the rules
of NĐ 30 (under the agency 1/3–1/2 of its length, under the motto as long as it). Liberation
Serif is metric-compatible with Times New Roman, so its advances, measured once with Qt and
committed, serve both. Vietnamese letters take the advance of their base letter.
``python -m gui.qt.fontmetrics`` regenerates the file.
"""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtGui import QFont, QGuiApplication, QRawFont

from gui.core.resources import resource_path

FAMILY = "Liberation Serif"
CHARS = "".join(chr(c) for c in range(32, 127)) + "ĐđƠơƯư–—…“”‘’"


def measure() -> dict[str, dict[str, float]]:
    """Advance of each character in em (1.0 = the font size), regular and bold."""
    out: dict[str, dict[str, float]] = {}
    for style, bold in (("regular", False), ("bold", True)):
        font = QFont(FAMILY)
        font.setPixelSize(1000)
        font.setBold(bold)
        raw = QRawFont.fromFont(font)
        if raw.familyName() != FAMILY:
            raise SystemExit(f"{FAMILY} is not installed (Debian: fonts-liberation2)")
        widths = {}
        for ch in CHARS:
            glyphs = raw.glyphIndexesForString(ch)
            widths[ch] = round(raw.advancesForGlyphIndexes(glyphs)[0].x() / 1000, 4)
        out[style] = widths
    return out


def main() -> int:
    """Write the metrics file."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    del app
    target = resource_path("times-metrics.json")
    target.write_text(
        json.dumps({"family": FAMILY, **measure()}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
