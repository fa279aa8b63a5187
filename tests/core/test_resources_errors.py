"""Resource lookup and the typed file error."""

from __future__ import annotations

from gui.core.errors import Problem, RecordFileError
from gui.core.resources import resource_path, seeds_dir


def test_shipped_resources_exist() -> None:
    assert resource_path("record.schema.json").is_file()
    assert resource_path("profile.schema.json").is_file()
    assert resource_path("profiles").is_dir()
    assert sorted(p.name for p in seeds_dir().glob("*.bienban.json")) == [
        "Bien-ban-tham-dinh-SCT-ThaiThinh-xangdau-loai3.bienban.json",
        "TB-1894-ket-qua-sau-kiem-tra-VLNCN.bienban.json",
        "bien-ban-kiem-tra-thuc-te-hhnh.bienban.json",
        "lao-cai-cum-cong-nghiep-2026.bienban.json",
        "quang-ninh-giao-ban-q3-2017.bienban.json",
    ]


def test_record_file_error_one_line() -> None:
    e = RecordFileError("a.json", Problem.INVALID, "bad value", "meeting.date")
    assert (e.path, e.problem, e.field, e.detail) == (
        "a.json",
        Problem.INVALID,
        "meeting.date",
        "bad value",
    )
    assert e.one_line() == "a.json: meeting.date: bad value"
    assert str(e) == e.one_line()
    assert "\n" not in e.one_line()
    bare = RecordFileError("b.json", Problem.NOT_FOUND, "no such file")
    assert bare.field == ""
    assert bare.one_line() == "b.json: no such file"
