"""Composing a record into the notice, the minutes and the news item."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from gui.core import wording as w
from gui.core.compose import (
    Composed,
    Kind,
    Paragraph,
    Role,
    compose,
    deadline_phrase,
    task_sentence,
)
from gui.core.record import (
    Attendance,
    Attendee,
    Authority,
    Person,
    Progress,
    ProgressItem,
    Record,
    Signer,
    Speech,
    Task,
    TaskStatus,
)
from gui.core.recordfile import load_record

ROOT = Path(__file__).resolve().parents[2]
SEED_QN = ROOT / "seeds" / "quang-ninh-giao-ban-q3-2017.bienban.json"
SEED_LAO_CAI = ROOT / "seeds" / "lao-cai-cum-cong-nghiep-2026.bienban.json"
SEED_NEWS_TEXT = ROOT / "seeds" / "000_b797313e4ad5f34b.txt"


@pytest.fixture(scope="module")
def qn() -> Record:
    return load_record(SEED_QN)


@pytest.fixture(scope="module")
def lao_cai() -> Record:
    return load_record(SEED_LAO_CAI)


def _in_order(haystack: str, needles: list[str]) -> None:
    """Assert every needle occurs in ``haystack``, each after the previous one."""
    pos = 0
    for needle in needles:
        found = haystack.find(needle, pos)
        assert found >= 0, f"not found (in order) after offset {pos}: {needle!r}"
        pos = found + len(needle)


# --- the news item reproduces the published seed text ---------------------------------------


def _seed_news() -> tuple[str, str, list[str], str]:
    """Title, dateline, body paragraphs and author of the published news item."""
    lines = [line.strip() for line in SEED_NEWS_TEXT.read_text(encoding="utf-8").splitlines()]
    title = lines[0]
    start = next(i for i, line in enumerate(lines) if line.startswith("Ngày đăng"))
    end = max(i for i, line in enumerate(lines) if line == "VP")
    body = [
        line
        for line in lines[start + 1 : end]
        if line and not line.startswith("Chia sẻ")  # the website's share button
    ]
    return title, lines[start], body, lines[end]


def _sentences(paragraph: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", paragraph) if s.strip()]


def test_seed_news_text_is_what_we_think() -> None:
    title, dateline, body, author = _seed_news()
    assert title == "CUỘC HỌP GIAO BAN QUÝ III/2017"
    assert dateline == "Ngày đăng 05/10/2017"
    assert len(body) == 4
    assert author == "VP"
    assert sum(len(_sentences(p)) for p in body) >= 10


def test_news_reproduces_every_sentence_of_the_seed_in_order(qn: Record) -> None:
    title, dateline, body, author = _seed_news()
    doc = compose(qn, Kind.NEWS)
    text = doc.plain_text()
    sentences = [s for p in body for s in _sentences(p)]
    _in_order(text, sentences)
    assert doc.type_name == title
    assert doc.dateline == dateline
    assert doc.author == author
    assert doc.header is None
    assert doc.signatures == []


def test_news_paragraphs_match_the_seed(qn: Record) -> None:
    _, _, body, _ = _seed_news()
    doc = compose(qn, Kind.NEWS)
    assert [p.plain() for p in doc.body] == body


def test_news_without_title_or_posting_date() -> None:
    record = Record()
    record.meeting.name = "giao ban tháng 5"
    doc = compose(record, Kind.NEWS)
    assert doc.type_name == "CUỘC HỌP GIAO BAN THÁNG 5"
    assert doc.dateline == ""


# --- the notice -----------------------------------------------------------------------------


def test_notice_header(lao_cai: Record) -> None:
    doc = compose(lao_cai, Kind.NOTICE)
    h = doc.header
    assert h is not None
    assert h.parent_agency == "UBND TỈNH LÀO CAI"
    assert h.agency == "VĂN PHÒNG"
    assert h.number == w.doc_number(None, "TB", "VP")
    assert h.number.startswith("Số:") and h.number.endswith("/TB-VP")
    assert h.nation == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert h.motto == "Độc lập - Tự do - Hạnh phúc"
    assert h.place_date == "Lào Cai, ngày …… tháng …… năm ……"
    text = doc.plain_text()
    _in_order(
        text,
        [
            "UBND TỈNH LÀO CAI",
            "VĂN PHÒNG",
            "Số:",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Lào Cai, ngày",
            "THÔNG BÁO",
            "Kết luận của đồng chí Nguyễn Tuấn Anh",
        ],
    )


def test_notice_number_and_date_when_set(qn: Record) -> None:
    record = load_record(SEED_QN)
    record.header.number = 5
    record.header.agency_code = "bqlkkt"
    record.header.issue_date = dt.date(2017, 10, 5)
    h = compose(record, Kind.NOTICE).header
    assert h is not None
    assert h.number == "Số: 05/TB-BQLKKT"
    assert h.place_date == "Quảng Ninh, ngày 05 tháng 10 năm 2017"
    assert h.agency == "BAN QUẢN LÝ KHU KINH TẾ QUẢNG NINH"


def test_notice_structure(qn: Record) -> None:
    doc = compose(qn, Kind.NOTICE)
    assert doc.kind is Kind.NOTICE
    assert doc.type_name == "THÔNG BÁO"
    assert doc.summary == "Kết luận của Trưởng ban tại cuộc họp giao ban Quý III/2017"
    headings = [p.text for p in doc.body if p.role is Role.HEADING]
    assert headings == ["I. ĐÁNH GIÁ CHUNG", "II. NHIỆM VỤ TRỌNG TÂM VÀ PHÂN CÔNG THỰC HIỆN"]
    assert doc.body[-1].text.endswith("./.")
    assert sum(p.text.endswith("./.") for p in doc.body) == 1
    assert doc.body[0].text.startswith(
        "Ngày 04 tháng 10 năm 2017, đồng chí Nguyễn Mạnh Tuấn - Trưởng ban Quản lý Khu kinh tế "
        "Quảng Ninh đã chủ trì cuộc họp giao ban Quý III/2017. Cùng dự có các đồng chí Phó "
        "Trưởng ban và Trưởng, phó các phòng, đơn vị trực thuộc. Trên cơ sở rà soát"
    )
    text = doc.plain_text()
    _in_order(
        text,
        [
            "THÔNG BÁO",
            doc.summary,
            "I. ĐÁNH GIÁ CHUNG",
            "Tuy nhiên",
            "II. NHIỆM VỤ TRỌNG TÂM",
            "từ đầu năm./.",
        ],
    )


def test_lao_cai_notice_lists_nine_departments(lao_cai: Record) -> None:
    doc = compose(lao_cai, Kind.NOTICE)
    subs = [p.text for p in doc.body if p.role is Role.SUBHEADING]
    names = [d.name for d in lao_cai.directives.departments]
    assert len(names) == 9
    assert subs == [f"{i}. {name}" for i, name in enumerate(names, start=1)]
    assert subs[0] == "1. Sở Công Thương"
    assert subs[8] == "9. Văn phòng Ủy ban nhân dân tỉnh"
    text = doc.plain_text()
    _in_order(text, subs)
    assert "hoàn thành trước ngày 31/12/2026" in text
    assert "hoàn thành trước ngày 30/7/2026" in text
    assert "Nghị định số 32/2024/NĐ-CP; hoàn thành trước ngày 31/12/2026." in text


def test_lao_cai_notice_closing(lao_cai: Record) -> None:
    doc = compose(lao_cai, Kind.NOTICE)
    assert doc.body[-1].text.endswith("nghiêm túc triển khai thực hiện./.")
    assert doc.body[-2].text.startswith("Phát triển các cụm công nghiệp")
    assert doc.signatures[0].lines == ["CHÁNH VĂN PHÒNG"]
    assert doc.signatures[0].name == "Lê Trí Hà"
    assert doc.recipients[0] == "- Thường trực Tỉnh ủy (b/c);"
    assert doc.recipients[-1] == "- Lưu: VT, TH."
    assert all(r.endswith(";") for r in doc.recipients[:-1])
    assert len(doc.recipients) == 10


def test_lao_cai_notice_opening_is_written_text(lao_cai: Record) -> None:
    # intro_from_fields is off: the opening is used as written, no generated sentence.
    doc = compose(lao_cai, Kind.NOTICE)
    assert doc.body[0].text == lao_cai.content.opening[0]
    assert "Cùng dự có" not in doc.plain_text()


def test_single_task_is_a_paragraph_several_are_bullets(lao_cai: Record) -> None:
    doc = compose(lao_cai, Kind.NOTICE)
    body = doc.body
    i = next(n for n, p in enumerate(body) if p.text == "3. Sở Xây dựng")
    assert body[i + 1].role is Role.BODY
    assert body[i + 1].text.startswith("Tập trung hướng dẫn")
    j = next(n for n, p in enumerate(body) if p.text == "1. Sở Công Thương")
    assert [p.role for p in body[j + 1 : j + 6]] == [Role.BULLET] * 5
    assert all(p.text.startswith("- ") for p in body[j + 1 : j + 6])


def test_sections_are_numbered_in_the_order_present() -> None:
    record = Record()
    record.directives.general = ["Chỉ đạo chung."]
    doc = compose(record, Kind.NOTICE)
    headings = [p.text for p in doc.body if p.role is Role.HEADING]
    assert headings == ["I. NHIỆM VỤ TRỌNG TÂM VÀ PHÂN CÔNG THỰC HIỆN"]


def test_summary_falls_back_to_the_meeting() -> None:
    record = Record()
    record.meeting.name = "giao ban tháng 5"
    record.meeting.chair = Person("Nguyễn Văn A", "Giám đốc")
    assert compose(record).summary == "Kết luận của Giám đốc tại cuộc họp giao ban tháng 5"
    record.meeting.chair = Person()
    assert compose(record).summary == "Kết luận của chủ trì tại cuộc họp giao ban tháng 5"
    assert compose(Record()).summary == ""


def test_intro_names_members_and_guests_but_not_absentees() -> None:
    record = Record()
    record.meeting.date = dt.date(2018, 1, 5)
    record.meeting.name = "giao ban"
    record.meeting.chair = Person("Nguyễn Văn A", "Giám đốc")
    record.meeting.attendees = [
        Attendee("Trần Thị B", "Phó Giám đốc"),
        Attendee("Trưởng các phòng", is_group=True),
        Attendee("Lê Văn C", "Chủ tịch UBND xã", is_guest=True),
        Attendee("Phạm Văn D", "Kế toán", attendance=Attendance.ABSENT),
    ]
    text = compose(record).body[0].text
    assert text.startswith(
        "Ngày 05 tháng 01 năm 2018, đồng chí Nguyễn Văn A - Giám đốc đã chủ trì cuộc họp giao ban."
    )
    assert (
        "Cùng dự có đồng chí Trần Thị B - Phó Giám đốc và Trưởng các phòng; khách mời có đồng "
        "chí Lê Văn C - Chủ tịch UBND xã."
    ) in text
    assert "Phạm Văn D" not in text
    record.meeting.attendees = [a for a in record.meeting.attendees if a.is_guest]
    assert (
        "Dự họp có khách mời đồng chí Lê Văn C - Chủ tịch UBND xã." in compose(record).body[0].text
    )


def test_task_sentence_and_deadline_phrase() -> None:
    t = Task("Báo cáo kết quả;", coordinating="Sở Tài chính", deadline=dt.date(2017, 12, 31))
    assert deadline_phrase(t) == "hoàn thành trước ngày 31/12/2017"
    assert task_sentence(t) == (
        "Báo cáo kết quả; phối hợp với Sở Tài chính; hoàn thành trước ngày 31/12/2017."
    )
    assert (
        task_sentence(Task("Theo dõi", deadline_text=" thường xuyên ")) == "Theo dõi; thường xuyên."
    )
    assert task_sentence(Task(deadline_text="thường xuyên")) == "Thường xuyên."
    assert task_sentence(Task("Làm ngay.")) == "Làm ngay."
    # the lead unit typed under Chủ trì is printed, unless it is the department itself
    led = Task("Rà soát quy hoạch", lead="Phòng Quy hoạch", coordinating="Phòng Kinh tế")
    assert task_sentence(led, department="Sở Xây dựng") == (
        "Rà soát quy hoạch; chủ trì: Phòng Quy hoạch; phối hợp với Phòng Kinh tế."
    )
    assert task_sentence(led, department="phòng quy hoạch") == (
        "Rà soát quy hoạch; phối hợp với Phòng Kinh tế."
    )
    assert deadline_phrase(Task()) == ""
    assert deadline_phrase(Task(deadline=dt.date(2018, 1, 5))) == "hoàn thành trước ngày 05/01/2018"


def test_recipients_and_drafter() -> None:
    record = Record()
    record.closing.recipients = ["- Như trên;", "  ", "Lưu: VT, VP."]
    record.closing.drafter = "vp"
    record.closing.copies = 5
    doc = compose(record)
    # Mẫu 1.4: the drafter's mark and the copies join the "Lưu" line, never twice
    assert doc.recipients == ["- Như trên;", "- Lưu: VT, VP (5)."]
    record.closing.copies = None
    assert compose(record).recipients == ["- Như trên;", "- Lưu: VT, VP."]
    record.closing.recipients = ["Như trên"]
    record.closing.drafter = "NN"
    record.closing.copies = 2
    assert compose(record).recipients == ["- Như trên;", "- Lưu: VT, NN (2)."]


def test_the_luu_line_is_last_and_the_minutes_drop_nhu_tren() -> None:
    record = Record()
    # recipients added after the default ones, as a secretary appends them
    record.closing.recipients = ["Như trên", "Lưu: VT", "Sở Tài chính", "- UBND tỉnh (b/c);"]
    record.closing.drafter = "TH"
    assert compose(record).recipients == [
        "- Như trên;",
        "- Sở Tài chính;",
        "- UBND tỉnh (b/c);",
        "- Lưu: VT, TH.",
    ]
    record.closing.recipients = ["Lưu trữ lịch sử tỉnh", "Lưu: VT"]  # a recipient, then the file
    assert compose(record).recipients == ["- Lưu trữ lịch sử tỉnh;", "- Lưu: VT, TH."]
    record.closing.recipients = ["Như trên", "Lưu: VT", "Sở Tài chính", "- UBND tỉnh (b/c);"]
    # the minutes have no addressee: "Như trên" refers to none
    assert compose(record, Kind.MINUTES).recipients == [
        "- Sở Tài chính;",
        "- UBND tỉnh (b/c);",
        "- Lưu: VT, TH.",
    ]


def test_signature_with_authority() -> None:
    record = Record()
    record.closing.signer = Signer(
        Authority.TL_KT, "Trưởng ban", "Chánh Văn phòng", "Phó Chánh Văn phòng", "  Nguyễn Văn A "
    )
    sig = compose(record).signatures
    assert len(sig) == 1
    assert sig[0].lines == ["TL. TRƯỞNG BAN", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"]
    assert sig[0].name == "Nguyễn Văn A"


def test_empty_record_composes_every_kind() -> None:
    for kind in Kind:
        doc = compose(Record(), kind)
        assert isinstance(doc, Composed)
        assert doc.kind is kind
        doc.plain_text()


# --- the minutes ----------------------------------------------------------------------------


def test_minutes_structure(qn: Record) -> None:
    doc = compose(qn, Kind.MINUTES)
    assert doc.type_name == "BIÊN BẢN"
    assert doc.summary == "Cuộc họp giao ban Quý III/2017"
    assert doc.header is not None
    assert doc.header.place_date == ""  # Mẫu 1.9 has no place and date line
    assert doc.header.number.endswith("/BB")
    # Attendee entries may be capitalised; compare them case-insensitively.
    text = doc.plain_text().lower()
    _in_order(
        text,
        [
            s.lower()
            for s in [
                "Thời gian bắt đầu:",
                "Địa điểm:",
                "Thành phần tham dự:",
                "- các đồng chí Phó Trưởng ban;",
                "- Trưởng, phó các phòng, đơn vị trực thuộc.",
                "Chủ trì (chủ tọa): Nguyễn Mạnh Tuấn",
                "Thư ký (người ghi biên bản):",
                "Nội dung (theo diễn biến cuộc họp):",
                "Trưởng các phòng, đơn vị: ……",
                "Các đồng chí Phó Trưởng ban và thành viên dự họp: ……",
                "I. ĐÁNH GIÁ CHUNG",
                "Cuộc họp kết thúc vào …… giờ ……, ngày 04 tháng 10 năm 2017./.",
                "THƯ KÝ",
                "CHỦ TỌA",
                "Nguyễn Mạnh Tuấn",
            ]
        ],
    )
    assert [s.lines for s in doc.signatures] == [["THƯ KÝ"], ["CHỦ TỌA"]]
    assert doc.signatures[1].name == "Nguyễn Mạnh Tuấn"
    labels = [p.label for p in doc.body if p.role is Role.LABEL]
    assert labels[:3] == ["Thời gian bắt đầu:", "Địa điểm:", "Thành phần tham dự:"]
    assert doc.body[-1].text.endswith("./.")


def test_minutes_times_and_attendance() -> None:
    record = Record()
    record.header.doc_kind = "TB"  # the minutes are always BB
    record.meeting.date = dt.date(2026, 6, 29)
    record.meeting.start_time = dt.time(8, 0)
    record.meeting.end_time = dt.time(11, 30)
    record.meeting.location = "Phòng họp số 1"
    record.meeting.secretary = Person("Lê Thư", "Chuyên viên")
    record.meeting.attendees = [
        Attendee("A", "Kế toán", attendance=Attendance.ABSENT, reason="ốm"),
        Attendee("B", attendance=Attendance.EXCUSED, reason="đi công tác"),
        Attendee("C", is_guest=True),
        Attendee(),  # a row added and left empty: a blank to fill, not "- ."
        Attendee("Lãnh đạo các phòng", "thuộc Sở", is_group=True),  # its position printed
    ]
    record.content.discussion = [Speech("Sở Tài chính", "Báo cáo."), Speech("", "")]
    doc = compose(record, Kind.MINUTES)
    assert doc.header is not None and doc.header.number.endswith("/BB")
    text = doc.plain_text()
    assert "Thời gian bắt đầu: 8 giờ 00, ngày 29 tháng 6 năm 2026." in text
    assert "Địa điểm: Phòng họp số 1." in text
    lowered = text.lower()
    assert "- đồng chí a - kế toán (vắng mặt, lý do: ốm);" in lowered
    assert "- đồng chí b (vắng mặt có lý do: đi công tác);" in lowered
    assert "- đồng chí c (khách mời);" in lowered
    assert "- ……;" in text and "- ." not in text
    assert "- Lãnh đạo các phòng - thuộc Sở." in text
    assert "Thư ký (người ghi biên bản): Lê Thư - Chuyên viên." in text
    _in_order(text, ["Nội dung (theo diễn biến cuộc họp):", "Sở Tài chính: Báo cáo.", "……"])
    assert "Cuộc họp kết thúc vào 11 giờ 30, ngày 29 tháng 6 năm 2026./." in text
    assert doc.signatures[0].name == "Lê Thư"


# --- user text is data, not markup ----------------------------------------------------------


def test_markup_in_user_text_is_kept_literally() -> None:
    record = Record()
    record.header.summary = "<b>x</b> & <script>"
    record.content.results = ["Kết quả <i>tốt</i> & đúng hạn"]
    doc = compose(record)
    assert doc.summary == "<b>x</b> & <script>"
    assert "Kết quả <i>tốt</i> & đúng hạn" in doc.plain_text()


def test_paragraph_plain() -> None:
    assert Paragraph("Phòng 1", Role.LABEL, "Địa điểm:").plain() == "Địa điểm: Phòng 1"
    assert Paragraph("", Role.LABEL, "Thành phần tham dự:").plain() == "Thành phần tham dự:"
    assert Paragraph("x").plain() == "x"


# --- review of the previous meeting's tasks (schema v3 "progress") --------------------------


def _with_progress(reference: str) -> Record:
    r = Record()
    r.meeting.date = dt.date(2026, 6, 19)
    r.content.results = ["Kết quả tốt."]
    r.progress = Progress(
        reference,
        [
            ProgressItem("Sở Tài chính", "Bố trí vốn.", deadline=dt.date(2026, 6, 1)),
            ProgressItem(
                "Sở Nội vụ", "Rà soát", status=TaskStatus.DONE, completed_on=dt.date(2026, 6, 10)
            ),
            ProgressItem(
                "",
                "Theo dõi",
                deadline_text="thường xuyên",
                status=TaskStatus.IN_PROGRESS,
                note="đạt 50%.",
            ),
            ProgressItem(content="Khác", deadline=dt.date(2026, 12, 31)),
        ],
    )
    return r


@pytest.mark.parametrize("kind", [Kind.NOTICE, Kind.MINUTES])
def test_progress_section_comes_first(kind: Kind) -> None:
    doc = compose(_with_progress("Thông báo số 05/TB-VP"), kind)
    headings = [p.text for p in doc.body if p.role is Role.HEADING]
    assert headings == [
        "I. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ TẠI THÔNG BÁO SỐ 05/TB-VP",
        "II. ĐÁNH GIÁ CHUNG",
    ]
    bullets = [p.text for p in doc.body if p.role is Role.BULLET]
    assert bullets == [
        "- Sở Tài chính: Bố trí vốn (hoàn thành trước ngày 01/6/2026): quá hạn, chưa hoàn thành;",
        "- Sở Nội vụ: Rà soát: đã hoàn thành ngày 10/6/2026;",
        "- Theo dõi (thường xuyên): đang thực hiện; đạt 50%;",
        "- Khác (hoàn thành trước ngày 31/12/2026): chưa thực hiện.",
    ]


def test_progress_without_reference_is_the_previous_period() -> None:
    doc = compose(_with_progress(""), Kind.NOTICE)
    headings = [p.text for p in doc.body if p.role is Role.HEADING]
    assert headings[0] == "I. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ KỲ TRƯỚC"


def test_no_progress_no_section(qn: Record) -> None:
    assert "TÌNH HÌNH THỰC HIỆN" not in compose(qn, Kind.NOTICE).plain_text()


def test_overdue_needs_the_meeting_date() -> None:
    record = _with_progress("")
    record.meeting.date = None
    text = compose(record, Kind.NOTICE).plain_text()
    assert "quá hạn" not in text
    assert "- Sở Tài chính: Bố trí vốn (hoàn thành trước ngày 01/6/2026): chưa thực hiện;" in text


@pytest.mark.parametrize("kind", [Kind.NOTICE, Kind.NEWS])
def test_intro_with_only_a_date_has_no_dangling_comma(kind: Kind) -> None:
    # A record being filled in: the date is set, the chair and meeting name not yet.
    record = Record()
    record.meeting.date = dt.date(2026, 6, 19)
    record.content.results = ["Kết quả tốt."]
    text = compose(record, kind).plain_text()
    assert ",." not in text, text
