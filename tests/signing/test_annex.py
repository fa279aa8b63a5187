"""An annex (Phụ lục) as its own file: heading as NĐ 30 sets it, the tasks or the table word
for word, paginated by our paginator (PDF) or the DOCX renderer, signed by the agency with the
number and the ISO 8601 time at the top right of page 1; ``bienban --annex``."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from gui.cli import main
from gui.core import signing
from gui.core.annex import (
    TASK_COLUMNS,
    AnnexFormat,
    annex_blocks,
    attached_line,
    compose_annex,
    record_tasks,
    write_annex,
)
from gui.core.compose import Kind, compose
from gui.core.record import BlockKind
from gui.core.recordfile import load_record
from tests.conftest import SEEDS
from tests.signing import pki as P
from tests.signing.test_signing import pdfsig

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdfsig")), reason="poppler-utils"
)
REAL_MINUTES = SEEDS / "Bien-ban-tham-dinh-SCT-ThaiThinh-xangdau-loai3.bienban.json"
ATTACHED = "(Kèm theo Thông báo số 15/TB-VP ngày 04 tháng 5 năm 2026 của Văn phòng)"


@pytest.fixture
def record_file(seed_lao_cai: Path) -> Path:
    """The Lào Cai record, its notice numbered 15/TB-VP, with a task typed as markup."""
    data = json.loads(seed_lao_cai.read_text("utf-8"))
    data["header"]["number"] = 15
    data["header"]["issue_date"] = "2026-05-04"
    task = data["directives"]["departments"][0]["tasks"][0]
    task["content"] = "Báo cáo <b>tiến độ</b> & <i>kết quả</i> {x}; phối hợp %s"
    task["coordinating"] = "Sở Tài chính, Sở Xây dựng"
    seed_lao_cai.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return seed_lao_cai


def words(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def pdf_text(path: Path, *options: str) -> str:
    done = subprocess.run(
        ["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def bbox_words(path: Path, page: int = 1) -> list[tuple[float, float, float, float, str]]:
    """(xMin, yMin, xMax, yMax, text) of each word of ``page``, from pdftotext -bbox."""
    html = pdf_text(path, "-bbox", "-f", str(page), "-l", str(page))
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        html,
    )
    import html as h

    return [(float(a), float(b), float(c), float(d), h.unescape(t)) for a, b, c, d, t in found]


def test_composed_annex_of_the_tasks(record_file: Path) -> None:
    record = load_record(record_file)
    doc = compose_annex(record, Kind.NOTICE, numeral=2)
    assert (doc.type_name, doc.summary, doc.header) == ("Phụ lục II", "DANH MỤC NHIỆM VỤ", None)
    assert doc.attached == ATTACHED == attached_line(record, compose(record, Kind.NOTICE))
    (table,) = doc.body
    assert table.rows[0] == TASK_COLUMNS and table.header_rows == 1
    tasks = record_tasks(record)
    assert len(table.rows) == len(tasks) + 1 == 16
    first = table.rows[1]
    assert first[0] == "1" and first[1] == tasks[0][1].content
    assert first[2] == "Sở Công Thương" and first[3] == "Sở Tài chính, Sở Xây dựng"
    dated = next(r for r, (_d, t) in zip(table.rows[1:], tasks, strict=True) if t.deadline)
    assert re.fullmatch(r"\d\d/\d{1,2}/\d{4}", dated[4])
    # no number, no date yet: blanks where they go, as the templates leave them
    record.header.number = None
    record.header.issue_date = None
    line = attached_line(record, compose(record, Kind.NOTICE))
    assert line == "(Kèm theo Thông báo số ……/TB-VP ngày …… tháng …… năm …… của Văn phòng)"
    # a title typed decomposed (NFD) comes out composed and in capitals
    nfd = unicodedata.normalize("NFD", "Danh mục việc cần làm")
    assert compose_annex(record, Kind.NOTICE, title=nfd).summary == "DANH MỤC VIỆC CẦN LÀM"


def test_a_table_block_of_the_minutes_as_annex() -> None:
    record = load_record(REAL_MINUTES)
    blocks = annex_blocks(record, Kind.MINUTES)
    assert [b.kind for b in blocks] == [BlockKind.TABLE] * 4
    assert annex_blocks(record, Kind.NOTICE) == []
    last = blocks[-1]
    doc = compose_annex(record, Kind.MINUTES, last.path)
    assert doc.summary == "DANH MỤC HÀNG HÓA NGUY HIỂM ĐỀ NGHỊ CẤP PHÉP VẬN CHUYỂN"
    assert doc.attached.startswith("(Kèm theo Biên bản ")
    (table,) = doc.body
    node: object = record
    for part in last.path:
        node = node[part] if isinstance(part, int) else getattr(node, part)  # type: ignore[index]
    assert table.rows == [[c.strip() for c in row] for row in node.rows]  # type: ignore[attr-defined]
    with pytest.raises(signing.SignError, match="not in the notice"):
        compose_annex(record, Kind.NOTICE, last.path)
    with pytest.raises(signing.SignError, match="no table or tasks block"):
        compose_annex(record, Kind.MINUTES, ("minutes", "outline", 0, "blocks", 0))


@needs_poppler
def test_pdf_annex_heading_and_tasks_word_for_word(  # type: ignore[no-untyped-def]
    qapp, record_file: Path
) -> None:
    from gui.qt.printing import render_pdf

    record = load_record(record_file)
    path = write_annex(record, record_file, Kind.NOTICE, numeral=1, render_pdf=render_pdf)
    assert path == record_file.parent / "15-tb-vp.phu-luc-i.pdf"
    raw = words(pdf_text(path, "-raw"))
    # the heading: "Phụ lục I", the title, the italic line tying it to the notice
    assert raw.startswith(f"Phụ lục I DANH MỤC NHIỆM VỤ {ATTACHED}"), raw[:200]
    assert "CỘNG HÒA" not in raw  # an annex has no header of its own
    for department, task in record_tasks(record):
        assert words(task.content) in raw  # every task, word for word (markup as typed)
        assert words(task.lead or department) in raw
    assert "Báo cáo <b>tiến độ</b> & <i>kết quả</i> {x}; phối hợp %s" in raw
    # centred on the text area (30 mm left, 15 mm right margins)
    centre = (30 + (210 - 15)) / 2 * 72 / 25.4
    found = bbox_words(path)
    lines: dict[float, list[tuple[float, float, float, float, str]]] = {}
    for w in found:
        lines.setdefault(round(w[1]), []).append(w)
    for first in ("Phụ", "DANH", "(Kèm"):
        line = next(ws for ws in lines.values() if ws[0][4] == first)
        middle = (line[0][0] + line[-1][2]) / 2
        assert middle == pytest.approx(centre, abs=2), first
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert re.search(r"Italic", fonts) and re.search(r"Bold", fonts)
    # its pages are numbered on their own: page 2 carries "2" in the top margin
    top = [w for w in bbox_words(path, 2) if w[3] < 20 * 72 / 25.4]
    assert [w[4] for w in top] == ["2"]


def test_docx_annex(record_file: Path) -> None:  # type: ignore[no-untyped-def]
    from docx import Document

    from gui.core.render_docx import iter_text

    record = load_record(record_file)
    path = write_annex(record, record_file, Kind.NOTICE, fmt=AnnexFormat.DOCX)
    assert path.name == "15-tb-vp.phu-luc.docx"
    text = list(iter_text(path.read_bytes()))
    assert text[:3] == ["Phụ lục", "DANH MỤC NHIỆM VỤ", ATTACHED]
    assert text[4:9] == TASK_COLUMNS
    for _department, task in record_tasks(record):
        assert task.content in text
    document = Document(str(path))
    attached = next(p for p in document.paragraphs if p.text == ATTACHED)
    assert attached.style.name == "BB Attached" and attached.style.font.italic
    assert document.paragraphs[0].style.name == "BB Type"
    with pytest.raises(signing.SignError, match="only a PDF annex is signed"):
        write_annex(
            record,
            record_file,
            Kind.NOTICE,
            fmt=AnnexFormat.DOCX,
            agency_key=signing.Pkcs12Key("x.p12", P.PIN),
        )


@needs_poppler
def test_signed_annex_shows_number_and_time_top_right(  # type: ignore[no-untyped-def]
    qapp, record_file: Path, test_pki: P.TestPki, tmp_path: Path
) -> None:
    from PIL import Image

    from gui.qt.printing import render_pdf

    record = load_record(record_file)
    when = dt.datetime(2026, 5, 4, 2, 5, 9, tzinfo=dt.UTC)
    key = signing.Pkcs12Key(str(test_pki.agency.p12), P.PIN)
    path = write_annex(record, record_file, Kind.NOTICE, render_pdf=render_pdf, agency_key=key,
                       when=when)  # fmt: skip
    assert path.name == "15-tb-vp.phu-luc.signed.pdf"
    again = write_annex(record, record_file, Kind.NOTICE, render_pdf=render_pdf, agency_key=key)
    assert again.name == "15-tb-vp.phu-luc.v2.signed.pdf"  # a signed annex is never replaced
    trust = signing.load_certificates([str(test_pki.ca_pem)])
    (report,) = signing.verify_pdf(path.read_bytes(), trust)
    assert report.ok and report.field == signing.ANNEX_FIELD and report.time == when
    assert "Signature is Valid." in pdfsig(path)
    width = 595.28
    top_margin = 20 * 72 / 25.4
    stamp = [w for w in bbox_words(path) if w[3] <= top_margin]
    assert [w[4] for w in stamp] == ["Số: 15/TB-VP", "2026-05-04T09:05:09+07:00"]
    for x0, y0, x1, y1, _text in stamp:
        assert x0 > width / 2 and x1 <= width - 15 * 72 / 25.4 + 0.5  # top right, in the margin
        assert 9 <= y1 - y0 <= 12.5  # a 10 pt line
    assert stamp[0][1] < stamp[1][1]  # the number, then the time under it
    # rendered: black text there, no image, nothing coloured
    subprocess.run(
        ["pdftoppm", "-r", "100", "-png", "-f", "1", "-l", "1", "-singlefile", str(path),
         str(tmp_path / "annex")],
        check=True,
    )  # fmt: skip
    img = Image.open(tmp_path / "annex.png").convert("RGB")
    s = 100 / 72
    box = [int(v * s) for v in (stamp[0][0], stamp[0][1], stamp[1][2], stamp[1][3])]
    pixels = [img.getpixel((x, y)) for x in range(box[0], box[2]) for y in range(box[1], box[3])]
    assert sum(1 for p in pixels if sum(p) < 150) > 50
    assert not any(max(p) - min(p) > 60 for p in pixels)


def test_cli_annex(  # type: ignore[no-untyped-def]
    qapp, record_file: Path, test_pki: P.TestPki, monkeypatch, capsys, tmp_path: Path
) -> None:
    from gui.core.render_docx import iter_text

    assert main(["--annex", str(record_file)]) == 0
    assert Path(capsys.readouterr().out.strip()) == record_file.parent / "15-tb-vp.phu-luc.pdf"
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    assert main(["--annex", str(record_file), "--format", "docx", "--annex-number", "3",
                 "--annex-title", "Nhiệm vụ", "--outdir", str(out_dir)]) == 0  # fmt: skip
    docx = Path(capsys.readouterr().out.strip())
    assert docx == out_dir / "15-tb-vp.phu-luc-iii.docx"
    assert list(iter_text(docx.read_bytes()))[:2] == ["Phụ lục III", "NHIỆM VỤ"]
    # signed by the agency
    monkeypatch.setenv("PIN", P.PIN)
    assert main(["--annex", str(record_file), "--agency-pkcs12", str(test_pki.agency.p12),
                 "--agency-pin-env", "PIN"]) == 0  # fmt: skip
    signed = Path(capsys.readouterr().out.strip())
    assert signed.name == "15-tb-vp.phu-luc.signed.pdf"
    assert main(["--verify", str(signed), "--trust", str(test_pki.ca_pem)]) == 0
    capsys.readouterr()
    # no such block: one line naming those there are (none in this notice), exit 1
    assert main(["--annex", str(record_file), "--annex-block", "1"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no table or tasks block 1 in the notice" in err
    real = tmp_path / REAL_MINUTES.name
    shutil.copyfile(REAL_MINUTES, real)
    assert main(["--annex", str(real), "--kind", "minutes", "--annex-block", "4"]) == 0
    out = Path(capsys.readouterr().out.strip())
    assert out.name.endswith(".phu-luc.pdf") and out.exists()
    assert main(["--annex", str(real), "--kind", "minutes", "--annex-block", "5"]) == 1
    assert "4: table (3 rows)" in capsys.readouterr().err


@pytest.mark.parametrize(
    "extra",
    [
        ["--kind", "news"],
        ["--format", "xlsx"],
        ["--annex-number", "0"],
        ["--annex-block", "0"],
        ["--annex-block", "1", "--annex-tasks"],
        ["--format", "docx", "--agency-pkcs12", "a.p12"],  # a signed annex is a PDF
        ["--outdir", "/nonexistent-folder"],
        ["--check"],
        ["other.bienban.json"],
    ],
)
def test_cli_annex_usage_errors_exit_2(record_file: Path, extra: list[str], capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--annex", str(record_file), *extra]) == 2
    assert "error" in capsys.readouterr().err


@needs_poppler
def test_cli_sign_minutes_block_by_block_with_the_annex(  # type: ignore[no-untyped-def]
    qapp, record_file: Path, test_pki: P.TestPki, monkeypatch, capsys
) -> None:
    data = json.loads(record_file.read_text("utf-8"))
    data["minutes"]["number"] = 16
    data["minutes"]["date"] = "2026-05-03"
    data["meeting"]["secretary"] = {"name": "Trần Thị Thu", "position": "Chuyên viên"}
    record_file.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    monkeypatch.setenv("PIN", P.PIN)
    base = ["--sign", str(record_file), "--kind", "minutes", "--pin-env", "PIN",
            "--agency-pin-env", "PIN"]  # fmt: skip
    secretary = ["--pkcs12", str(test_pki.secretary.p12)]
    chair = ["--pkcs12", str(test_pki.signer.p12)]
    agency = ["--agency-pkcs12", str(test_pki.agency.p12)]
    # usage: a block without the signer's key; an annex without the agency's key
    assert main([*base, *agency, "--block", "1"]) == 2
    assert main([*base, *chair, "--annex-tasks"]) == 2
    assert main([*base, *chair, "--block", "1", "--signatory", "x"]) == 2
    capsys.readouterr()
    # the agency before the chair: refused, nothing written
    assert main([*base, *agency]) == 1
    assert "after the signer of block 2" in capsys.readouterr().err
    assert main([*base, *secretary, "--signatory", "TRAN THI THU"]) == 0
    target = Path(capsys.readouterr().out.strip())
    assert target.name == "16-bb-vp.signed.pdf"
    assert load_record(record_file).issue.annexes == []  # type: ignore[union-attr]
    assert main([*base, *secretary, "--block", "1"]) == 1
    assert "already signed" in capsys.readouterr().err
    assert main([*base, *chair, "--block", "2", *agency, "--annex-tasks"]) == 0
    paths = [Path(p) for p in capsys.readouterr().out.split()]
    assert paths == [target, target.with_name("16-bb-vp.phu-luc.signed.pdf")]
    assert main(["--verify", str(target), "--trust", str(test_pki.ca_pem)]) == 0
    out = capsys.readouterr().out
    assert out.count(": valid") == 3 and "Trần Thị Thu" in out
    assert main(["--verify", str(paths[1]), "--trust", str(test_pki.ca_pem)]) == 0
    issue = load_record(record_file).issue
    assert issue is not None and issue.file == target.name and issue.number == "16/BB-VP"
    # the annex issued with the minutes is in the record of issue, with its file's SHA-256
    assert [(a.file, a.sha256) for a in issue.annexes] == [
        (paths[1].name, hashlib.sha256(paths[1].read_bytes()).hexdigest())
    ]
    assert pdfsig(target).count("Signature is Valid.") == 3
    words_top = [w[4] for w in bbox_words(paths[1]) if w[3] <= 20 * 72 / 25.4]
    assert words_top[0] == "Số: 16/BB-VP"


def test_an_empty_annex_is_refused(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import SEED_QN

    record = load_record(SEED_QN)
    assert record_tasks(record) == []
    with pytest.raises(signing.SignError, match="the annex would be empty"):
        compose_annex(record, Kind.NOTICE)
    target = tmp_path / SEED_QN.name
    shutil.copyfile(SEED_QN, target)
    assert main(["--annex", str(target), "--format", "docx"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "would be empty" in err
    assert not list(tmp_path.glob("*.docx"))
