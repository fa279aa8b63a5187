"""Writing the two documents of issue 8 in the window, as a secretary would: keys and clicks.

(1) A notice in the Government Office's style: no Roman sections, numbered conclusions with
topic sub-sections "- Về …:" and tasks written as sentences with their subject, the opening
naming the position first and the place. (2) Minutes with their own title, no "Số" line and
six signatories, three a row.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import docx
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDateEdit,
    QWidget,
)

from gui.core.compose import Kind, compose
from gui.qt.mainwindow import MainWindow

from .driving import Hands
from .test_mainwindow import field, key_text, type_into


def _set_date(qtbot, widget: QWidget, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    edit = getattr(widget, "edit", None)
    if isinstance(edit, QDateEdit):  # the calendar field
        edit.setDate(QDate(day.year, day.month, day.day))
    else:  # a typed date field
        widget.setFocus()
        qtbot.keyClicks(widget, day.strftime("%d/%m/%Y"))
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def _docx_text(path: Path) -> list[str]:
    document = docx.Document(str(path))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                lines += [p.text for p in cell.paragraphs]
    return lines


def _export(window: MainWindow, kind: Kind, target: Path) -> None:
    window.dialogs.save_file_with_filter = lambda *_a: (str(target), "")  # type: ignore[method-assign]
    assert window.export_dialog(kind)
    assert target.exists()


def test_a_government_office_notice_written_in_the_window(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    hands = Hands(qtbot)
    hands.activate(window)
    type_into(qtbot, field(window, "header", "agency"), "Văn phòng Chính phủ")
    type_into(qtbot, field(window, "meeting", "name"), "về tiến độ Dự án đường bộ cao tốc")
    _set_date(qtbot, field(window, "meeting", "date"), dt.date(2024, 10, 7))
    type_into(qtbot, field(window, "meeting", "location"), "trụ sở Chính phủ")
    type_into(qtbot, field(window, "meeting", "chair", "name"), "Trần Hồng Hà")
    type_into(qtbot, field(window, "meeting", "chair", "position"), "Phó Thủ tướng Chính phủ")

    hands.click_tab(window.tabs, "Nội dung")
    page = window.content_section
    hands.click_tab(page, "Thông báo")
    hands.click_tab(page.notice, "Bố cục")
    editor = page.notice.outline
    model, view = editor.model, editor.view
    # no Roman sections: the three numbered sections of the default outline go
    for row in (3, 2, 1):
        hands.click_row(view, model.index(row, 0))
        hands.key(Qt.Key.Key_Delete, into=view)
    assert model.rowCount() == 1
    # the opening: the position first, with the place
    hands.click_row(view, model.index(0, 0, model.index(0, 0)))
    assert editor.editor() is editor.opening_editor
    hands.choose(editor.opening_editor.order, "Chức vụ Họ tên")
    assert editor.opening_editor.with_place.isChecked()

    hands.click_row(view, model.index(0, 0))
    hands.new_section(editor, "", "1., 2., 3.", "Ctrl+Ins")
    hands.paragraphs(editor, "Đánh giá cao sự chủ động của các bộ, ngành trong triển khai Dự án.")
    hands.click_row(view, model.index(1, 0))
    hands.new_section(editor, "", "1., 2., 3.", "Ctrl+Ins")
    hands.paragraphs(editor, "Về nhiệm vụ thời gian tới, yêu cầu các bộ, ngành:")
    hands.click_row(view, model.index(2, 0))
    hands.new_section(editor, "Về công tác giải phóng mặt bằng:", "-", "Ctrl+Shift+Ins")
    hands.tasks(
        editor,
        (
            "Bộ Tài chính",
            "Bộ Tài chính chủ trì, phối hợp với Bộ Giao thông vận tải bố trí đủ vốn cho Dự án",
            "hoàn thành trong tháng 10 năm 2024",
        ),
        (
            "Bộ Giao thông vận tải",
            "Bộ Giao thông vận tải chỉ đạo chủ đầu tư đẩy nhanh tiến độ thi công",
            "trong quý IV năm 2024",
        ),
    )
    topic = model.index(1, 0, model.index(2, 0))
    hands.click_row(view, topic)
    hands.new_section(editor, "Về vốn đầu tư công:", "-", "Ctrl+Ins")
    hands.tasks(
        editor,
        (
            "UBND các tỉnh",
            "Ủy ban nhân dân các tỉnh có Dự án đi qua hoàn thành bàn giao mặt bằng",
            "trước ngày 31 tháng 12 năm 2024",
        ),
    )
    hands.click_row(view, model.index(2, 0))
    hands.new_section(editor, "", "1., 2., 3.", "Ctrl+Ins")
    hands.paragraphs(editor, "Giao Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện.")

    composed = compose(window.doc.record, Kind.NOTICE)
    body = [p.plain() for p in composed.body]  # type: ignore[union-attr]
    assert body == [
        "Ngày 07 tháng 10 năm 2024, tại trụ sở Chính phủ, Phó Thủ tướng Chính phủ Trần Hồng Hà"
        " đã chủ trì cuộc họp về tiến độ Dự án đường bộ cao tốc.",
        "1. Đánh giá cao sự chủ động của các bộ, ngành trong triển khai Dự án.",
        "2. Về nhiệm vụ thời gian tới, yêu cầu các bộ, ngành:",
        "- Về công tác giải phóng mặt bằng:",
        "- Bộ Tài chính chủ trì, phối hợp với Bộ Giao thông vận tải bố trí đủ vốn cho Dự án;"
        " hoàn thành trong tháng 10 năm 2024;",
        "- Bộ Giao thông vận tải chỉ đạo chủ đầu tư đẩy nhanh tiến độ thi công; trong quý IV"
        " năm 2024.",
        "- Về vốn đầu tư công:",
        "- Ủy ban nhân dân các tỉnh có Dự án đi qua hoàn thành bàn giao mặt bằng; trước ngày 31"
        " tháng 12 năm 2024.",
        "3. Giao Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện./.",
    ]
    text = composed.plain_text()
    assert not re.search(r"^[IVX]+\. ", text, re.MULTILINE)
    assert "NHIỆM VỤ TRỌNG TÂM" not in text and "ĐÁNH GIÁ CHUNG" not in text
    tracked = [t for t in window.doc.record.tracked_tasks() if t.path[0] == "notice"]
    assert [t.department for t in tracked] == [
        "Bộ Tài chính",
        "Bộ Giao thông vận tải",
        "UBND các tỉnh",
    ]

    target = tmp_path / "thong-bao.docx"
    _export(window, Kind.NOTICE, target)
    lines = _docx_text(target)
    for paragraph in body:
        assert paragraph in lines, paragraph

    # every step can be taken back, down to the new record
    while window.doc.undo_stack.canUndo():
        window.actions.edit_undo.trigger()
    assert model.rowCount() == 4
    assert not window.isWindowModified()


def test_minutes_with_six_signatories_written_in_the_window(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    hands = Hands(qtbot)
    hands.activate(window)
    type_into(qtbot, field(window, "meeting", "name"), "kiểm tra thực tế hồ sơ")
    type_into(qtbot, field(window, "meeting", "chair", "name"), "Nguyễn Văn An")
    type_into(qtbot, field(window, "meeting", "secretary", "name"), "Lê Thị Bình")
    hands.click_tab(window.tabs, "Nội dung")
    page = window.content_section
    hands.click_tab(page, "Biên bản")
    hands.click_tab(page.minutes, "Tiêu đề, chữ ký, cách viết hạn")
    settings = page.minutes.settings

    title = field(window, "minutes", "title")
    line = title.combo.lineEdit()  # type: ignore[attr-defined]
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    key_text(line, "BIÊN BẢN KIỂM TRA THỰC TẾ")
    number_line = field(window, "minutes", "show_number")
    qtbot.mouseClick(
        number_line, Qt.MouseButton.LeftButton, pos=QPoint(5, number_line.height() // 2)
    )
    assert not window.doc.record.minutes.show_number
    closing = field(window, "minutes", "closing")
    qtbot.mouseClick(closing.text.viewport(), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    key_text(closing.text, "Biên bản được lập thành 02 bản có giá trị pháp lý như nhau.")  # type: ignore[attr-defined]

    table = settings.signatures
    signers = [
        ("ĐẠI DIỆN SỞ CÔNG THƯƠNG", "Phạm Văn Cường"),
        ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Hoàng Thị Dung"),
        ("ĐẠI DIỆN CÔNG TY", "Vũ Văn Em"),
        ("NGƯỜI THẨM ĐỊNH", "Đỗ Thị Giang"),
    ]
    for n, (role, name) in enumerate(signers):
        qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: table.view.state() == QAbstractItemView.State.EditingState)
        assert table.current_row() == 2 + n  # after THƯ KÝ and CHỦ TỌA
        for k, part in enumerate(role.split("\n")):
            if k:
                qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # a second line
            hands.type(part)
        name_cell = table.model.index(2 + n, 1)
        hands.click_row(table.view, name_cell)  # the title is committed as the cell is left
        hands.key(Qt.Key.Key_F2, into=table.view)
        qtbot.waitUntil(lambda: table.view.state() == QAbstractItemView.State.EditingState)
        hands.type(name)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # commits when queued
        qtbot.waitUntil(lambda: table.view.state() != QAbstractItemView.State.EditingState)

    composed = compose(window.doc.record, Kind.MINUTES)
    assert composed.type_name == "BIÊN BẢN KIỂM TRA THỰC TẾ"
    assert composed.header is not None and composed.header.number == ""
    assert composed.header.agency == ""  # the generic profile names no agency
    rows = composed.signature_rows()
    assert [len(r) for r in rows] == [3, 3]
    assert [(s.lines, s.name) for s in composed.signatures] == [
        (["THƯ KÝ"], "Lê Thị Bình"),
        (["CHỦ TỌA"], "Nguyễn Văn An"),
        (["ĐẠI DIỆN SỞ CÔNG THƯƠNG"], "Phạm Văn Cường"),
        (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Hoàng Thị Dung"),
        (["ĐẠI DIỆN CÔNG TY"], "Vũ Văn Em"),
        (["NGƯỜI THẨM ĐỊNH"], "Đỗ Thị Giang"),
    ]
    assert composed.body[-1].plain() == (  # type: ignore[union-attr]
        "Biên bản được lập thành 02 bản có giá trị pháp lý như nhau./."
    )

    target = tmp_path / "bien-ban.docx"
    _export(window, Kind.MINUTES, target)
    lines = _docx_text(target)
    assert "BIÊN BẢN KIỂM TRA THỰC TẾ" in lines
    assert not any(line.startswith("Số:") for line in lines)
    for signature in composed.signatures:
        assert signature.name in lines
    document = docx.Document(str(target))
    widths = [len(t.columns) for t in document.tables]
    assert 3 in widths  # the signatures side by side, three a row
