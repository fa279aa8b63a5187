"""Typed errors of the core. Only widgets turn them into message boxes."""

from __future__ import annotations

import enum

from gui.core.text import display_name


class Problem(enum.StrEnum):
    """What kind of thing went wrong with a file."""

    NOT_FOUND = "not_found"
    NOT_A_FILE = "not_a_file"
    UNREADABLE = "unreadable"
    TOO_LARGE = "too_large"
    NOT_UTF8 = "not_utf8"
    NOT_JSON = "not_json"
    INVALID = "invalid"
    TOO_NEW = "too_new"
    WRITE_FAILED = "write_failed"


class RecordFileError(Exception):
    """A record or profile file could not be read or written.

    Attributes:
        path: the file concerned.
        problem: the kind of problem.
        field: JSON path of the offending field ("meeting.attendees[2].attendance"), or "".
        detail: one line saying what is wrong.
    """

    def __init__(self, path: str, problem: Problem, detail: str, field: str = "") -> None:
        self.path = path
        self.problem = problem
        self.field = field
        self.detail = detail
        super().__init__(self.one_line())

    def one_line(self) -> str:
        """``path: field: detail`` on one line, for the command line and logs."""
        where = f"{self.field}: " if self.field else ""
        return f"{display_name(self.path)}: {where}{self.detail}"
