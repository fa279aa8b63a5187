"""All the main window's actions, their texts and standard shortcuts, in one place."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

Std = QKeySequence.StandardKey


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
        self.file_save = action(Std.Save)
        self.file_save_as = action(Std.SaveAs)
        self.file_close = action(Std.Close)
        self.file_print = action(Std.Print)
        self.file_print_preview = action("Ctrl+Shift+P")
        self.export_menu = QMenu(parent)
        self.export_notice = action("Ctrl+E")
        self.export_minutes = action()
        self.export_news = action()
        self.file_quit = action(Std.Quit)
        self.recent_menu = QMenu(parent)
        self.edit_undo = undo_stack.createUndoAction(parent, parent.tr("Hoàn tác"))
        self.edit_undo.setShortcuts(Std.Undo)
        self.edit_redo = undo_stack.createRedoAction(parent, parent.tr("Làm lại"))
        self.edit_redo.setShortcuts(Std.Redo)
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
        self.help_about = action()
        self.retranslate_ui(parent)

    def retranslate_ui(self, ctx: QWidget) -> None:
        """Set every action's text (translated through the window's context)."""
        tr = ctx.tr
        self.file_new.setText(tr("&Mới"))
        self.file_open.setText(tr("&Mở…"))
        self.file_save.setText(tr("&Lưu"))
        self.file_save_as.setText(tr("Lưu &thành…"))
        self.file_close.setText(tr("Đó&ng"))
        self.file_print.setText(tr("&In…"))
        self.file_print_preview.setText(tr("Xem trước khi &in…"))
        self.export_menu.setTitle(tr("&Xuất"))
        self.export_notice.setText(tr("Thông báo &kết luận…"))
        self.export_minutes.setText(tr("&Biên bản…"))
        self.export_news.setText(tr("&Tin bài…"))
        self.file_quit.setText(tr("Thoá&t"))
        self.recent_menu.setTitle(tr("Mở &gần đây"))
        self.profile_menu.setTitle(tr("Chọn &hồ sơ cơ quan"))
        self.profile_edit.setText(tr("&Sửa hồ sơ cơ quan…"))
        self.profile_open.setText(tr("&Mở hồ sơ từ tệp…"))
        self.lang_vi.setText(tr("Tiếng Việt"))
        self.lang_en.setText(tr("English"))
        self.help_about.setText(tr("&Giới thiệu Bienban"))
