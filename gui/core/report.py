"""Reports of the library: statistics per department and the task list, as XLSX, CSV or text.

Text from the records never becomes a formula (OWASP "CSV injection"): in the workbook every
text cell is stored as text with Excel's quote prefix, and a CSV cell that a spreadsheet would
read as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return) gets a
leading apostrophe.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from collections.abc import Sequence
from pathlib import Path

from gui.core import wording as w
from gui.core.library import DepartmentStats, TaskRow
from gui.core.render_text import wrap_words
from gui.core.safefile import write_atomic
from gui.core.tracking import Category

CATEGORY_LABELS = {
    Category.DONE_ON_TIME: "Hoàn thành đúng hạn",
    Category.DONE_LATE: "Hoàn thành quá hạn",
    Category.IN_PROGRESS: "Đang thực hiện trong hạn",
    Category.OVERDUE: "Quá hạn chưa hoàn thành",
}
STATS_HEADER = ["Phòng, đơn vị", "Tổng số", *CATEGORY_LABELS.values()]
TASKS_HEADER = [
    "Cuộc họp",
    "Ngày họp",
    "Số văn bản",
    "Phòng, đơn vị",
    "Nhiệm vụ",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Thời hạn",
    "Tình trạng",
    "Ngày hoàn thành",
    "Còn (ngày)",
    "Ghi chú",
]


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (OWASP)."""


def csv_cell(value: object) -> object:
    """A CSV cell that no spreadsheet will evaluate: text starting like a formula gets a ``'``."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _stats_rows(stats: Sequence[DepartmentStats]) -> list[list[object]]:
    rows: list[list[object]] = [
        [s.department, s.total, s.done_on_time, s.done_late, s.in_progress, s.overdue]
        for s in stats
    ]
    totals = [sum(int(r[i]) for r in rows) for i in range(1, 6)]  # type: ignore[call-overload]
    rows.append(["Tổng cộng", *totals])
    return rows


def _task_rows(tasks: Sequence[TaskRow], today: dt.date) -> list[list[object]]:
    out: list[list[object]] = []
    for t in tasks:
        number = w.doc_number(t.number, t.doc_kind or "TB", t.agency_code).removeprefix("Số: ")
        deadline = t.deadline_text or (w.date_short(t.deadline) if t.deadline else "")
        left = t.days_left(today)
        out.append(
            [
                t.meeting_name,
                t.meeting_date or "",
                number.strip() if t.number else "",
                t.department,
                t.content,
                t.lead,
                t.coordinating,
                deadline,
                CATEGORY_LABELS[t.category(today)],
                t.completed_on or "",
                "" if left is None else left,
                t.note,
            ]
        )
    return out


def period_title(start: dt.date | None, end: dt.date | None) -> str:
    """ "từ 01/7/2017 đến 30/9/2017" or "toàn bộ"."""
    if not start and not end:
        return "toàn bộ"
    parts = []
    if start:
        parts.append(f"từ {w.date_short(start)}")
    if end:
        parts.append(f"đến {w.date_short(end)}")
    return " ".join(parts)


def xlsx_bytes(
    stats: Sequence[DepartmentStats], tasks: Sequence[TaskRow], today: dt.date, period: str
) -> bytes:
    """A workbook with the statistics sheet and the task list sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "Thống kê"
    ws.append([f"Thống kê thực hiện nhiệm vụ ({period}), tính đến ngày {w.date_short(today)}"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(STATS_HEADER)
    for row in _stats_rows(stats):
        ws.append(row)
    for cell in ws[2]:
        cell.font = Font(bold=True)
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    ws.column_dimensions["A"].width = 40
    for col in "BCDEF":
        ws.column_dimensions[col].width = 16
    wt = wb.create_sheet("Nhiệm vụ")
    wt.append(TASKS_HEADER)
    for cell in wt[1]:
        cell.font = Font(bold=True)
    red = PatternFill("solid", fgColor="FFD7D7")
    for row in _task_rows(tasks, today):
        wt.append(row)
        if row[8] == CATEGORY_LABELS[Category.OVERDUE]:
            for cell in wt[wt.max_row]:
                cell.fill = red
    for col, width in zip(
        "ABCDEFGHIJKL", (30, 12, 14, 28, 60, 20, 20, 14, 24, 14, 10, 30), strict=True
    ):
        wt.column_dimensions[col].width = width
    for sheet in (ws, wt):
        for cells in sheet.iter_rows():
            for cell in cells:
                if isinstance(cell.value, str) and cell.data_type != "s":
                    cell.data_type = "s"  # openpyxl took "=…" for a formula: it is task text
                    cell.quotePrefix = True  # and Excel keeps it text when edited
    for row in wt.iter_rows(min_row=2):
        row[4].alignment = Alignment(wrap_text=True, vertical="top")
        for c in (1, 9):
            if isinstance(row[c].value, dt.date):
                row[c].number_format = "DD/MM/YYYY"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def csv_text(header: list[str], rows: list[list[object]]) -> str:
    """CSV with a UTF-8 BOM-free header line; dates as DD/MM/YYYY."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(
            [v.strftime("%d/%m/%Y") if isinstance(v, dt.date) else csv_cell(v) for v in row]
        )
    return buf.getvalue()


def text_report(
    stats: Sequence[DepartmentStats],
    tasks: Sequence[TaskRow],
    today: dt.date,
    period: str,
    width: int = 100,
) -> str:
    """A plain-text report: the statistics table, then the overdue and open tasks."""
    lines = [f"THỐNG KÊ THỰC HIỆN NHIỆM VỤ ({period}), tính đến ngày {w.date_short(today)}", ""]
    name_w = max([len("Phòng, đơn vị"), *(len(s.department) for s in stats), 9])
    short = ["Tổng", "Đúng hạn", "Quá hạn (xong)", "Trong hạn", "Quá hạn"]
    lines.append("Phòng, đơn vị".ljust(name_w) + "".join(h.rjust(16) for h in short))
    for row in _stats_rows(stats):
        lines.append(str(row[0]).ljust(name_w) + "".join(str(v).rjust(16) for v in row[1:]))
    lines += ["", "DANH SÁCH NHIỆM VỤ", ""]
    for row in _task_rows(tasks, today):
        head = f"[{row[8]}] {row[3]} — {row[0]}" + (f" ({row[2]})" if row[2] else "")
        lines += wrap_words(head, width)
        lines += wrap_words(
            f"{row[4]}" + (f" — thời hạn: {row[7]}" if row[7] else ""), width, "    ", "    "
        )
    return "\n".join(lines) + "\n"


def write_report(
    folder: str | os.PathLike[str],
    fmt: str,
    stats: Sequence[DepartmentStats],
    tasks: Sequence[TaskRow],
    today: dt.date,
    period: str,
    stem: str = "bao-cao-nhiem-vu",
) -> list[Path]:
    """Write the report in ``fmt`` (xlsx, csv, txt) into ``folder``; return the files."""
    base = Path(folder)
    if fmt == "xlsx":
        target = base / f"{stem}.xlsx"
        write_atomic(target, xlsx_bytes(stats, tasks, today, period), backup=False)
        return [target]
    if fmt == "csv":
        first = base / f"{stem}-thong-ke.csv"
        second = base / f"{stem}-danh-sach.csv"
        write_atomic(
            first, csv_text(STATS_HEADER, _stats_rows(stats)).encode("utf-8"), backup=False
        )
        write_atomic(
            second, csv_text(TASKS_HEADER, _task_rows(tasks, today)).encode("utf-8"), backup=False
        )
        return [first, second]
    target = base / f"{stem}.txt"
    write_atomic(target, text_report(stats, tasks, today, period).encode("utf-8"), backup=False)
    return [target]
