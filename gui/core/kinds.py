"""The kinds of document composed from a record.

Apart from the composer so that the window can name them at start-up without loading the
composer, which loads when the preview first composes.
"""

from __future__ import annotations

import enum


class Kind(enum.StrEnum):
    """What document to compose."""

    NOTICE = "notice"
    MINUTES = "minutes"
    NEWS = "news"
