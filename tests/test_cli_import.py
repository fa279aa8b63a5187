"""``bienban --import``: each real document becomes a record that passes ``--check``; never
overwrites; bad files are one line on stderr and exit 1; usage errors exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui import cli
from tests import importkit as kit

REAL_DOCX = [kit.TB_1894, kit.BB_THAM_DINH, kit.BB_KIEM_TRA]


def test_import_each_real_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--import", *map(str, REAL_DOCX), "--outdir", str(tmp_path)]) == 0
    written = capsys.readouterr().out.split()
    assert [Path(p).name for p in written] == [p.stem + ".bienban.json" for p in REAL_DOCX]
    assert cli.main(["--check", *written]) == 0
    assert capsys.readouterr().out.count(": ok") == 3


def test_never_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    existing = tmp_path / (kit.TB_1894.stem + ".bienban.json")
    existing.write_text("mine", encoding="utf-8")
    assert cli.main(["--import", str(kit.TB_1894), "--outdir", str(tmp_path)]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / (kit.TB_1894.stem + "-2.bienban.json"))
    assert existing.read_text(encoding="utf-8") == "mine"


def test_bad_file_is_one_line_and_the_others_are_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"\x00\x01 not a zip")
    code = cli.main(["--import", str(bad), str(kit.TB_1894), "--outdir", str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 1
    assert err.strip().splitlines() == [f"{bad}: not a DOCX file (not a ZIP archive)"]
    assert out.strip().endswith(kit.TB_1894.stem + ".bienban.json")
    assert not (tmp_path / "broken.bienban.json").exists()


def test_notes_go_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "letter.txt"
    text.write_text("Kính gửi anh chị,\nHọp lúc 8 giờ.\n", encoding="utf-8")
    assert cli.main(["--import", str(text)]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == str(tmp_path / "letter.bienban.json")
    assert "no THÔNG BÁO or BIÊN BẢN title found" in err


@pytest.mark.parametrize(
    "args",
    [
        ["--import"],
        ["--import", "--check", "x.docx"],
        ["--import", "x.docx", "--convert-to", "txt"],
    ],
)
def test_usage_errors(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(args) == 2
    assert "--import" in capsys.readouterr().err


def test_outdir_must_exist(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--import", str(kit.TB_1894), "--outdir", str(tmp_path / "no")]) == 2
    assert "not a folder" in capsys.readouterr().err
