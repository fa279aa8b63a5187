"""Agency profiles: the shipped ones load, a new record takes their defaults, bad ones fail."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from gui.core.errors import Problem, RecordFileError
from gui.core.profile import (
    GENERIC_PROFILE,
    Profile,
    load_profile,
    profile_to_data,
    save_profile,
    shipped_profiles,
)
from gui.core.record import Authority, Record, Signer
from gui.core.recordfile import load_record, save_record

ROOT = Path(__file__).resolve().parents[2]
PROFILES = sorted((ROOT / "resources" / "profiles").glob("*.profile.json"))


def _sample() -> Profile:
    return Profile(
        name="Văn phòng UBND tỉnh Lào Cai",
        parent_agency="UBND tỉnh Lào Cai",
        agency="Văn phòng",
        agency_code="VP",
        place="Lào Cai",
        departments=["Sở Công Thương", "Sở Tài chính"],
        signer=Signer(Authority.KT, "Chánh Văn phòng", "", "Phó Chánh Văn phòng", "Lê Trí Hà"),
        recipients=["Như trên", "Lưu: VT, TH"],
        closing_sentence="Văn phòng thông báo để các cơ quan biết, thực hiện.",
        drafter="TH",
    )


def test_both_shipped_profiles_are_found() -> None:
    assert [Path(p).name for p in shipped_profiles()] == [
        "generic.profile.json",
        "quang-ninh-bqlkkt.profile.json",
    ]
    assert [Path(p) for p in shipped_profiles()] == PROFILES
    assert GENERIC_PROFILE == "generic.profile.json"


@pytest.mark.parametrize("path", PROFILES, ids=lambda p: p.name)
def test_shipped_profile_loads(path: Path) -> None:
    profile = load_profile(path)
    assert isinstance(profile, Profile)
    assert profile.name
    assert profile_to_data(profile) == json.loads(path.read_text(encoding="utf-8"))


def test_quang_ninh_profile_values() -> None:
    profile = load_profile(ROOT / "resources" / "profiles" / "quang-ninh-bqlkkt.profile.json")
    assert profile.agency == "Ban Quản lý Khu kinh tế Quảng Ninh"
    assert profile.place == "Quảng Ninh"
    record = profile.new_record()
    assert record.header.agency == "Ban Quản lý Khu kinh tế Quảng Ninh"
    assert record.header.place == "Quảng Ninh"


def test_generic_profile_values() -> None:
    profile = load_profile(ROOT / "resources" / "profiles" / "generic.profile.json")
    assert profile.recipients == ["Như trên", "Lưu: VT"]
    assert profile.new_record().closing.recipients == ["Như trên", "Lưu: VT"]


def test_new_record_copies_defaults() -> None:
    profile = _sample()
    record = profile.new_record()
    h = record.header
    assert (h.parent_agency, h.agency, h.agency_code, h.place) == (
        "UBND tỉnh Lào Cai",
        "Văn phòng",
        "VP",
        "Lào Cai",
    )
    assert h.number is None and h.issue_date is None and h.summary == ""
    assert h.doc_kind == "TB"
    assert record.closing.signer == profile.signer
    assert record.closing.recipients == ["Như trên", "Lưu: VT, TH"]
    assert record.closing.sentence == "Văn phòng thông báo để các cơ quan biết, thực hiện."
    assert record.closing.drafter == "TH"
    assert record.meeting == Record().meeting
    assert record.content == Record().content
    assert record.directives.departments == []


def test_new_record_does_not_share_state_with_the_profile() -> None:
    profile = _sample()
    record = profile.new_record()
    record.closing.recipients.append("Sở Nội vụ")
    record.closing.signer.name = "Người khác"
    assert profile.recipients == ["Như trên", "Lưu: VT, TH"]
    assert profile.signer.name == "Lê Trí Hà"
    assert profile.new_record() is not profile.new_record()
    assert profile.new_record() == profile.new_record()


def test_new_record_saves_and_loads(tmp_path: Path) -> None:
    record = _sample().new_record()
    save_record(record, tmp_path / "new.bienban.json")
    assert load_record(tmp_path / "new.bienban.json") == record


def test_profile_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "x.profile.json"
    save_profile(_sample(), path)
    assert load_profile(path) == _sample()
    assert json.loads(path.read_text(encoding="utf-8"))["profile_version"] == 1


def _write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "bad.profile.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("key", "value", "field"),
    [
        ("departments", "Sở Tài chính", "departments"),
        ("recipients", ["ok", 3], "recipients[1]"),
        ("signer", {"authority": "XX"}, "signer.authority"),
        ("signer", {"name": 5}, "signer.name"),
        ("agency_code", "V P", "agency_code"),
        ("name", None, "name"),
    ],
)
def test_profile_with_wrong_type_names_the_field(
    tmp_path: Path, key: str, value: Any, field: str
) -> None:
    data = profile_to_data(_sample())
    data[key] = value
    with pytest.raises(RecordFileError) as info:
        load_profile(_write(tmp_path, data))
    assert info.value.problem is Problem.INVALID
    assert info.value.field == field


def test_profile_newer_version(tmp_path: Path) -> None:
    data = profile_to_data(_sample())
    data["profile_version"] = 2
    with pytest.raises(RecordFileError) as info:
        load_profile(_write(tmp_path, data))
    assert info.value.problem is Problem.TOO_NEW
    assert info.value.field == "profile_version"


@pytest.mark.parametrize("drop", ["name", "profile_version"])
def test_profile_missing_required(tmp_path: Path, drop: str) -> None:
    data = profile_to_data(_sample())
    del data[drop]
    with pytest.raises(RecordFileError) as info:
        load_profile(_write(tmp_path, data))
    assert info.value.problem is Problem.INVALID
    assert drop in info.value.detail


@pytest.mark.parametrize("content", [b"", b"{", b"\xff\xfe{}", b"[]"])
def test_profile_unreadable_files(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.profile.json"
    path.write_bytes(content)
    with pytest.raises(RecordFileError):
        load_profile(path)


def test_missing_profile(tmp_path: Path) -> None:
    with pytest.raises(RecordFileError) as info:
        load_profile(tmp_path / "none.profile.json")
    assert info.value.problem is Problem.NOT_FOUND


def test_a_profile_without_headings_still_loads_and_keeps_them_once_saved(tmp_path: Path) -> None:
    data = profile_to_data(_sample())
    del data["headings"]  # a profile written before the outline editor
    old = tmp_path / "old.profile.json"
    old.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    profile = load_profile(old)
    assert profile.headings == []
    profile.headings = ["Về công tác quy hoạch", "ĐÁNH GIÁ CHUNG"]
    save_profile(profile, old)
    assert load_profile(old).headings == ["Về công tác quy hoạch", "ĐÁNH GIÁ CHUNG"]


def test_a_new_record_starts_from_the_default_notice_outline_with_the_place() -> None:
    from gui.core.outline import default_notice_outline

    record = _sample().new_record()
    assert record.notice.outline == default_notice_outline()
    assert record.notice.outline[0].blocks[0].with_place
    assert record.minutes.outline is None  # the default minutes: Mẫu 1.9
