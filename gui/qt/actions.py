"""All the main window's actions, their texts and standard shortcuts, in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

Std = QKeySequence.StandardKey


def redo_shortcuts() -> list[QKeySequence]:
    """The platform's redo keys plus Ctrl+Y and Ctrl+Shift+Z (Linux offers only the latter)."""
    keys = QKeySequence.keyBindings(Std.Redo)
    for extra in ("Ctrl+Y", "Ctrl+Shift+Z"):
        if QKeySequence(extra) not in keys:
            keys.append(QKeySequence(extra))
    return keys


def free_in_text_fields(*keys: str) -> list[QKeySequence]:
    """``keys`` less those the platform's text fields take for themselves: on Linux, Ctrl+E
    moves to the end of the line, so a window action on it never fires while the cursor is
    in a field. What is left works everywhere (Ctrl+E stays first where it is free)."""
    taken = {
        binding
        for standard in Std
        if standard.name.startswith(("MoveTo", "Select", "Delete"))
        for binding in QKeySequence.keyBindings(standard)
    }
    return [k for k in map(QKeySequence, keys) if k not in taken]


class StackAction(QAction):
    """Undo or redo of ``stack``, named by its word and the step ("Hoàn tác Sửa số"), enabled
    while there is a step. QUndoStack's own actions keep the word they were made with: this
    one takes a new word (``set_word``) when the language changes."""

    def __init__(self, stack: QUndoStack, redo: bool, parent: QObject) -> None:
        super().__init__(parent)
        self._word = ""
        # the step as the stack announces it: the stack is never asked again, it may be
        # going (its destructor clears it and announces that)
        if redo:
            self._step = stack.redoText()
            self.setEnabled(stack.canRedo())
            stack.canRedoChanged.connect(self.setEnabled)
            stack.redoTextChanged.connect(self._show)
            self.triggered.connect(stack.redo)
        else:
            self._step = stack.undoText()
            self.setEnabled(stack.canUndo())
            stack.canUndoChanged.connect(self.setEnabled)
            stack.undoTextChanged.connect(self._show)
            self.triggered.connect(stack.undo)

    def set_word(self, word: str) -> None:
        self._word = word
        self._show(self._step)

    def _show(self, step: str) -> None:
        self._step = step
        self.setText(f"{self._word} {step}" if step else self._word)


class Actions:
    """The window's QActions. Texts are set in ``retranslate_ui``."""

    def __init__(self, parent: QWidget, undo_stack: QUndoStack) -> None:
        def action(shortcut: Std | str | None = None, checkable: bool = False) -> QAction:
            a = QAction(parent)
            if isinstance(shortcut, Std):
                a.setShortcuts(shortcut)
            elif shortcut:
                a.setShortcut(QKeySequence(shortcut))
            a.setCheckable(checkable)
            return a

        self.file_new = action(Std.New)
        self.file_open = action(Std.Open)
        self.file_import = action()
        self.file_save = action(Std.Save)
        self.file_save_as = action(Std.SaveAs)
        self.file_close = action(Std.Close)
        self.file_print = action(Std.Print)
        self.file_print_preview = action("Ctrl+Shift+P")
        self.file_sign = action()
        self.export_menu = QMenu(parent)
        self.export_notice = action()
        self.export_notice.setShortcuts(free_in_text_fields("Ctrl+E", "Ctrl+Shift+E"))
        self.export_minutes = action()
        self.export_news = action()
        self.export_annex = action()  # an annex (Phụ lục) as its own file
        self.file_quit = action(Std.Quit)
        self.recent_menu = QMenu(parent)
        self.edit_undo = StackAction(undo_stack, False, parent)
        self.edit_undo.setShortcuts(Std.Undo)
        self.edit_redo = StackAction(undo_stack, True, parent)
        self.edit_redo.setShortcuts(redo_shortcuts())
        self.profile_edit = action()
        self.profile_open = action()
        self.profile_menu = QMenu(parent)
        self.language_group = QActionGroup(parent)
        self.lang_vi = action(checkable=True)
        self.lang_en = action(checkable=True)
        self.lang_vi.setData("vi")
        self.lang_en.setData("en")
        self.language_group.addAction(self.lang_vi)
        self.language_group.addAction(self.lang_en)
        self.autosave_interval = action()
        self.tracking_open = action("Ctrl+T")
        self.tracking_folder = action()
        self.next_meeting = action("Ctrl+Shift+N")
        self.next_number = action()
        self.help_about = action()
        # Ctrl+1 … Ctrl+5: the form's sections, the cursor in the first field of each
        self.go_sections = [action(f"Ctrl+{n}") for n in range(1, 6)]
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every action's text in the current language."""
        self.edit_undo.set_word(QCoreApplication.translate("Actions", "&Hoàn tác"))
        self.edit_redo.set_word(QCoreApplication.translate("Actions", "&Làm lại"))
        self.file_new.setText(QCoreApplication.translate("Actions", "Mớ&i"))
        self.file_open.setText(QCoreApplication.translate("Actions", "&Mở…"))
        self.file_import.setText(QCoreApplication.translate("Actions", "Nhập từ &văn bản…"))
        self.file_save.setText(QCoreApplication.translate("Actions", "&Lưu"))
        self.file_save_as.setText(QCoreApplication.translate("Actions", "Lưu t&hành…"))
        self.file_close.setText(QCoreApplication.translate("Actions", "Đón&g"))
        self.file_print.setText(QCoreApplication.translate("Actions", "I&n…"))
        self.file_print_preview.setText(QCoreApplication.translate("Actions", "X&em trước khi in…"))
        self.file_sign.setText(QCoreApplication.translate("Actions", "&Ký số…"))
        self.export_menu.setTitle(QCoreApplication.translate("Actions", "&Xuất"))
        self.export_notice.setText(QCoreApplication.translate("Actions", "Thông báo &kết luận…"))
        self.export_minutes.setText(QCoreApplication.translate("Actions", "&Biên bản…"))
        self.export_news.setText(QCoreApplication.translate("Actions", "&Tin bài…"))
        self.export_annex.setText(QCoreApplication.translate("Actions", "&Phụ lục…"))
        self.file_quit.setText(QCoreApplication.translate("Actions", "&Thoát"))
        self.recent_menu.setTitle(QCoreApplication.translate("Actions", "Mở gần đâ&y"))
        self.profile_menu.setTitle(QCoreApplication.translate("Actions", "Chọn &hồ sơ cơ quan"))
        self.profile_edit.setText(QCoreApplication.translate("Actions", "&Sửa hồ sơ cơ quan…"))
        self.profile_open.setText(QCoreApplication.translate("Actions", "&Mở hồ sơ từ tệp…"))
        self.lang_vi.setText(QCoreApplication.translate("Actions", "Tiếng &Việt"))
        self.lang_en.setText(QCoreApplication.translate("Actions", "&English"))
        self.autosave_interval.setText(
            QCoreApplication.translate("Actions", "Tự động lưu bản khôi &phục…")
        )
        self.help_about.setText(QCoreApplication.translate("Actions", "&Giới thiệu Bienban"))
        self.tracking_open.setText(QCoreApplication.translate("Actions", "&Sổ theo dõi nhiệm vụ…"))
        self.tracking_folder.setText(
            QCoreApplication.translate("Actions", "Chọn &thư mục lưu trữ…")
        )
        self.next_meeting.setText(
            QCoreApplication.translate("Actions", "Tạo cuộc họp &kỳ tiếp theo")
        )
        self.next_number.setText(QCoreApplication.translate("Actions", "Lấy số &văn bản tiếp theo"))
        for go, text in zip(
            self.go_sections,
            (
                QCoreApplication.translate("Actions", "&1 Đầu văn bản"),
                QCoreApplication.translate("Actions", "&2 Cuộc họp"),
                QCoreApplication.translate("Actions", "&3 Nội dung"),
                QCoreApplication.translate("Actions", "&4 Chỉ đạo"),
                QCoreApplication.translate("Actions", "&5 Kết thúc"),
            ),
            strict=True,
        ):
            go.setText(text)
