"""File → Nhập từ văn bản… (``FileController.import_document``): the words of the message that
lists what the importer did not recognise."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gui.core.importer import ImportResult, Note, NoteKind


def note_text(note: Note) -> str:
    """The translated sentence for one note, with the text it concerns."""
    t = QCoreApplication.translate
    sentences = {
        NoteKind.NO_TITLE: t(
            "Import", "Không thấy tên loại THÔNG BÁO hay BIÊN BẢN: nhập toàn bộ thành các đoạn"
        ),
        NoteKind.NO_HEADER: t(
            "Import", "Không thấy quốc hiệu: văn bản không theo thể thức Nghị định 30"
        ),
        NoteKind.HEADER_LINE: t("Import", "Dòng ở phần đầu không nhận ra, đưa vào nội dung"),
        NoteKind.NO_END: t(
            "Import", "Không thấy dấu kết thúc ./.: nơi nhận và chữ ký có thể nằm trong nội dung"
        ),
        NoteKind.TAIL_LINE: t(
            "Import", "Dòng sau nội dung không phải nơi nhận hay chữ ký, giữ làm câu kết"
        ),
        NoteKind.NUMBERING: t("Import", "Số thứ tự đề mục khác vị trí của nó; đã đánh số lại"),
        NoteKind.DEADLINE_IN_TEXT: t(
            "Import", "Thời hạn viết khác các nhiệm vụ khác, giữ nguyên trong câu"
        ),
        NoteKind.ATTENDEE_LINE: t(
            "Import", "Dòng trong Thành phần không nhận ra là một người, giữ làm đoạn văn"
        ),
        NoteKind.SIGNER: t(
            "Import", "Chức danh người ký không theo mẫu TM./KT./TL./…, giữ nguyên như văn bản"
        ),
        NoteKind.TABLE_CELLS: t("Import", "Văn bản thuần: các ô bảng được nhập thành đoạn văn"),
    }
    text = sentences[note.kind]
    if note.text:
        excerpt = note.text if len(note.text) <= 80 else note.text[:77] + "…"
        text += f": «{excerpt}»"
    return text


def notes_message(result: ImportResult) -> str:
    """The message listing the notes, one a line."""
    head = QCoreApplication.translate(
        "Import", "Một số phần của văn bản chưa nhận ra; chúng được giữ nguyên thành đoạn văn:"
    )
    return "\n".join([head, *(f"• {note_text(n)}" for n in result.notes)])
