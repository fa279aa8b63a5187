"""Tables on printed pages (print, preview and PDF share ``build_document``)."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument, QTextTable

from gui.core.compose import Composed, Kind, Table
from gui.qt.printing import build_document


def _tables(doc: Composed) -> tuple[QTextDocument, list[QTextTable]]:
    text = build_document(doc, 96)  # returned too: the tables live as long as their document
    return text, [f for f in text.rootFrame().childFrames() if isinstance(f, QTextTable)]


def test_a_short_row_spans_the_table_and_the_header_repeats(qapp) -> None:  # type: ignore[no-untyped-def]
    doc = Composed(
        Kind.MINUTES,
        None,
        "BIÊN BẢN",
        "",
        body=[Table([["TT", "Tên", "Số"], ["1", "Xăng", "1203"], ["Ghi chú cho cả bảng"]], 1)],
    )
    _text, (table,) = _tables(doc)
    assert (table.rows(), table.columns()) == (3, 3)
    assert table.cellAt(2, 0).columnSpan() == 3
    assert table.cellAt(1, 0).columnSpan() == 1
    assert table.format().headerRowCount() == 1
    cell = table.cellAt(2, 0)
    assert cell.firstCursorPosition().block().text() == "Ghi chú cho cả bảng"
    assert table.cellAt(0, 1).firstCursorPosition().charFormat().font().bold()
