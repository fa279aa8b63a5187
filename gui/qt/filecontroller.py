"""The main window's file: open, import, save, locks, read-only mode, disk changes, recovery."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path as FsPath
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from gui.core.errors import Problem, RecordFileError
from gui.core.filenames import document_stem
from gui.core.recordfile import SUFFIX, load_record
from gui.core.recovery import RecoveryEntry
from gui.core.safefile import remove_orphan_temporaries
from gui.qt.dialogs import LockChoice, SaveChoice
from gui.qt.diskwatch import DiskWatcher
from gui.qt.literal import action_text, tooltip
from gui.qt.locking import DocumentLock, LockHolder, LockState
from gui.qt.settings import Settings

if TYPE_CHECKING:
    from gui.qt.host import Window


def in_library(folder: str, library_folders: list[str]) -> bool:
    """Whether ``folder`` is one of ``library_folders`` or inside one."""
    path = FsPath(folder).resolve()
    for top in library_folders:
        top_path = FsPath(top).resolve()
        if path == top_path or top_path in path.parents:
            return True
    return False


def ensure_library_folder(settings: Settings) -> str:
    """Create the main library folder if it is missing (first start); return it.

    A folder that cannot be made (read-only home, a file in the way) is left to the save
    dialog to report.
    """
    folder = settings.library_folder()
    with contextlib.suppress(OSError):
        os.makedirs(folder, exist_ok=True)
    return folder


class FileController(QObject):
    """The window's record file: new, open, import, save, save as, the recent files, the
    file's lock and read-only mode, changes made on disk by others, recovery after a crash,
    the autosave interval."""

    def __init__(self, window: Window) -> None:
        super().__init__(window)  # a window is a QObject
        self._w = window
        self.lock = DocumentLock()
        self.read_only = False
        self.read_only_reason = ""
        self.disk = DiskWatcher(self)
        self.disk.changed_on_disk.connect(self.changed_on_disk)

    def _filters(self) -> str:
        return self.tr("Biên bản cuộc họp (*%s *.json);;Mọi tệp (*)") % SUFFIX

    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; False when the user cancels."""
        if not self._w.commit_pending_edit():  # a date typed, a cell being edited: changes too
            return False
        if not self._w.doc.is_modified():
            return True
        name = os.path.basename(self._w.doc.file_name) or self.tr("Chưa đặt tên")
        choice = self._w.dialogs.ask_save_changes(
            self.tr("Lưu thay đổi?"),
            self.tr("«%s» có thay đổi chưa lưu. Lưu lại trước khi đóng?") % name,
        )
        if choice is SaveChoice.SAVE:
            return self.save_taken()  # what is typed was just taken: not asked again
        return choice is SaveChoice.DISCARD

    def new_file(self) -> None:
        """Start a new record from the current profile."""
        if self.maybe_save():
            self._w.autosaver.discard()
            self.leave_file()
            self._w.doc.set_record(self._w.profile.new_record())
            self._w.tabs.setCurrentIndex(0)

    def open_dialog(self) -> None:
        """Ask for a record file and open it."""
        if not self.maybe_save():
            return
        name = self._w.dialogs.open_file(
            self.tr("Mở biên bản"), self._w.settings.last_folder(), self._filters()
        )
        if name:
            self.open_file(name, ask=False)

    def import_dialog(self) -> None:
        """Ask for an old notice or minutes (DOCX or text) and import it."""
        if not self.maybe_save():
            return
        name = self._w.dialogs.open_file(
            self.tr("Nhập từ văn bản"),
            self._w.settings.last_folder(),
            self.tr("Văn bản (*.docx *.txt);;Mọi tệp (*)"),
        )
        if name:
            self.import_document(name)

    def import_document(self, file_name: str) -> bool:
        """Open the record read from ``file_name`` as a new, unsaved document; list what was
        not recognised. On failure show why and keep the current record."""
        from gui.core.importer import import_file
        from gui.qt.importing import notes_message

        try:
            result = import_file(file_name)
        except RecordFileError as exc:
            self.show_file_error(self.tr("Không nhập được văn bản"), exc)
            return False
        self._w.autosaver.discard()
        self.leave_file()
        self._w.doc.set_record(result.record)
        self._w.doc.undo_stack.resetClean()  # a new record: unsaved until saved
        self._w.update_title()
        self._w.tabs.setCurrentIndex(0)
        box = self._w.preview.kind_box  # show the document that was imported
        box.setCurrentIndex(max(0, box.findData(result.kind.value)))
        if result.notes:
            self._w.dialogs.info(self.tr("Nhập từ văn bản"), notes_message(result))
        return True

    def open_file(self, file_name: str, ask: bool = True) -> bool:
        """Open ``file_name``; on failure show why and keep the current record.

        The file is locked for this window; if someone else has it open, the user chooses
        between opening it read-only and cancelling.
        """
        if ask and not self.maybe_save():
            return False
        try:
            record = load_record(file_name)
        except RecordFileError as exc:
            self.show_file_error(self.tr("Không mở được tệp"), exc)
            if exc.problem is Problem.NOT_FOUND:
                self._w.settings.remove_recent_file(os.path.abspath(file_name))
            return False
        reason = self._read_only_reason(file_name)
        state = LockState.FAILED
        if not reason:
            state, holder = self.lock.acquire(file_name)
            if state is LockState.HELD:
                choice = self._ask_locked(file_name, holder)
                if choice is LockChoice.CANCEL:
                    return False
                if choice is LockChoice.OPEN_ANYWAY and self.lock.take_over(file_name):
                    state = LockState.LOCKED
                else:
                    reason = self.tr("tệp đang được mở để sửa ở nơi khác")
            elif state is LockState.FAILED:
                reason = self.tr("không tạo được tệp khóa trong thư mục")
        self._w.autosaver.discard()
        if reason:
            self.lock.release()
        self.read_only = bool(reason)
        self.read_only_reason = reason
        self._w.doc.set_record(record, file_name)
        self.disk.watch(file_name)
        self._w.update_title()
        self._remember(file_name)
        if reason:
            self._w.statusBar().showMessage(self.tr("Chỉ đọc: %s.") % reason)
        elif remove_orphan_temporaries(file_name):
            self._w.statusBar().showMessage(
                self.tr("Đã dọn các tệp tạm của một lần lưu bị gián đoạn."), 8000
            )
        if ask and not reason:  # at start-up (ask=False) every copy is offered at once
            self._offer_own_recovery(file_name)
        return True

    def _offer_own_recovery(self, file_name: str) -> None:
        """A crash left unsaved work on this very file and the user chose "later" at start:
        offered again now that the file is opened (kept when declined)."""
        from gui.core.recovery import find_recoveries
        from gui.qt.autosave import recovery_folder

        target = os.path.realpath(file_name)
        for entry in find_recoveries(recovery_folder()):
            if entry.record is None or entry.saved_after is not None or not entry.source:
                continue
            if os.path.realpath(entry.source) != target:
                continue
            if self._w.dialogs.confirm(
                self.tr("Có bản khôi phục"),
                self.tr(
                    "Có công việc chưa lưu của tệp này từ lần Bienban không đóng bình thường "
                    "(lưu tự động lúc %s, %d thay đổi). Khôi phục ngay? Nếu không, bản khôi phục "
                    "được giữ lại."
                )
                % (entry.written.strftime("%H:%M %d/%m/%Y"), entry.unsaved_edits),
            ):
                self.restore(entry)
            return

    def _read_only_reason(self, file_name: str) -> str:
        """Why ``file_name`` cannot be edited in place ("" when it can)."""
        real = os.path.realpath(file_name)
        if _write_protected(real):
            return self.tr("tệp được bảo vệ chống ghi")
        if _write_protected(os.path.dirname(real)):
            return self.tr("thư mục chứa tệp không cho phép ghi")
        return ""

    def _ask_locked(self, file_name: str, holder: LockHolder | None) -> LockChoice:
        """Someone holds the file's lock: read-only, open anyway (when unsure), or cancel."""
        name = os.path.basename(file_name)
        since = holder.since.strftime("%H:%M %d/%m/%Y") if holder and holder.since else self.tr("?")
        import socket  # here, not at start-up: only when someone holds the lock

        if holder and holder.pid and holder.host == socket.gethostname():
            # a Bienban running on this machine: it really has the file open
            who = self.tr("tiến trình %d trên máy %s") % (holder.pid, holder.host)
            text = self.tr(
                "«%s» đang được mở để sửa bởi %s (từ %s).\n\nMở chỉ để đọc (lưu thành tệp "
                "khác), hoặc hủy?"
            ) % (name, who, since)
            read_only = self._w.dialogs.ask_open_read_only(self.tr("Tệp đang được mở"), text)
            return LockChoice.READ_ONLY if read_only else LockChoice.CANCEL
        who = (
            self.tr("tiến trình %d trên máy %s") % (holder.pid, holder.host)
            if holder and holder.pid
            else self.tr("không rõ ai (tệp khóa rỗng hoặc hỏng)")
        )
        return self._w.dialogs.ask_locked(
            self.tr("Tệp có thể đang được mở"),
            self.tr(
                "«%s» có tệp khóa của %s, ghi lúc %s.\n\nNếu máy đó đã tắt hoặc chương trình "
                "đã thoát bất thường, bạn có thể vẫn mở để sửa. Nếu người đó vẫn đang sửa, "
                "hai bản sẽ ghi đè nhau."
            )
            % (name, who, since),
        )

    def leave_file(self) -> None:
        """Forget the current file: its lock, its watch, read-only mode."""
        self.lock.release()
        self.disk.stop()
        self.read_only = False
        self.read_only_reason = ""

    def save(self) -> bool:
        """Save to the current file (or ask for one)."""
        return self._save(asked=False)

    def save_taken(self) -> bool:
        """Save, what is being typed already taken (``commit_pending_edit``): a date that does
        not read is not asked about again."""
        return self._save(asked=True)

    def _save(self, asked: bool) -> bool:
        if not asked and not self._w.commit_pending_edit():
            return False
        if not self._w.doc.file_name or self.read_only:
            return self._save_as(asked=True)
        return self._save_to(self._w.doc.file_name)

    def save_as(self) -> bool:
        """Ask for a file name (proposed: the library folder, the document's number) and save.

        Saved outside the library folders, the window offers to add that folder to them so
        the tracking book finds the record.
        """
        return self._save_as(asked=False)

    def _save_as(self, asked: bool) -> bool:
        if not asked and not self._w.commit_pending_edit():
            return False
        suggested = self._w.doc.file_name or os.path.join(
            self._w.settings.library_folder(), self.suggested_name() + SUFFIX
        )
        name = self._w.dialogs.save_file(self.tr("Lưu biên bản"), suggested, self._filters())
        if not name:
            return False
        if not name.endswith((".json",)):
            name += SUFFIX
        saved = self._save_to(name)
        if saved:
            self._offer_library_folder(os.path.dirname(os.path.abspath(name)))
        return saved

    def suggested_name(self) -> str:
        return document_stem(self._w.doc.record)

    def _offer_library_folder(self, folder: str) -> None:
        if not in_library(folder, self._w.settings.library_folders()):
            self._w.library_offer.offer(folder)

    def add_library_folder(self, folder: str) -> None:
        """Make the tracking book follow ``folder`` too."""
        self._w.settings.add_library_folder(folder)
        self._w.statusBar().showMessage(self.tr("Đã thêm «%s» vào thư viện.") % folder, 5000)

    def _save_to(self, name: str) -> bool:
        """Save atomically; never silently over a newer version on disk or a locked file."""
        same_file = bool(self._w.doc.file_name) and os.path.realpath(name) == os.path.realpath(
            self._w.doc.file_name
        )
        if os.path.exists(name) and not os.stat(os.path.realpath(name)).st_mode & 0o222:
            self._w.dialogs.error(
                self.tr("Không lưu được tệp"),
                self.tr("«%s» được bảo vệ chống ghi; hãy lưu thành tệp khác.") % name,
            )
            return False
        if (
            same_file
            and self.disk.differs()
            and not self._w.dialogs.confirm(
                self.tr("Tệp đã thay đổi trên đĩa"),
                self.tr(
                    "«%s» đã được thay đổi từ bên ngoài sau khi bạn mở. Ghi đè phiên bản "
                    "đó bằng bản của bạn?"
                )
                % os.path.basename(name),
            )
        ):
            return False
        lock = self.lock
        if not same_file or not self.lock.is_locked():
            # the target's lock is taken beside the current one, which is kept until the
            # save succeeds: a failed Save As leaves the original locked and no lock behind
            lock = DocumentLock()
            state, _holder = lock.acquire(name)
            if state is LockState.HELD:
                self._w.dialogs.error(
                    self.tr("Không lưu được tệp"),
                    self.tr("«%s» đang được mở bởi người khác; hãy lưu thành tệp khác.") % name,
                )
                return False
        try:
            self._w.doc.save(name)
        except RecordFileError as exc:
            if lock is not self.lock:
                lock.release()
            self.show_file_error(self.tr("Không lưu được tệp"), exc)
            return False
        if lock is not self.lock:
            self.lock.release()
            self.lock = lock
        self.read_only = False
        self.read_only_reason = ""
        self.disk.watch(name)
        self._w.update_title()
        self._remember(name)
        self._w.statusBar().showMessage(self.tr("Đã lưu %s") % name, 5000)
        self._w.refresh_suggestions()
        return True

    def changed_on_disk(self, file_name: str) -> None:
        """Another program changed the open file: reload it, or keep ours."""
        name = os.path.basename(file_name)
        if not os.path.exists(file_name):
            self._w.statusBar().showMessage(
                self.tr("«%s» đã bị xóa hoặc đổi tên trên đĩa; bản đang mở vẫn còn.") % name
            )
            return
        if not self._w.dialogs.ask_reload(
            self.tr("Tệp đã thay đổi trên đĩa"),
            self.tr(
                "«%s» vừa được thay đổi bởi chương trình hoặc người khác.\n\n"
                "Tải lại phiên bản trên đĩa%s, hoặc giữ bản đang mở?"
            )
            % (
                name,
                self.tr(" (mất các thay đổi chưa lưu của bạn)")
                if self._w.doc.is_modified()
                else "",
            ),
        ):
            return
        try:
            record = load_record(file_name)
        except RecordFileError as exc:
            self.show_file_error(self.tr("Không tải lại được tệp"), exc)
            return
        self._w.doc.set_record(record, file_name)
        self.disk.accept_current()

    def autosave_failed(self, reason: str) -> None:
        """Say once, in the status bar and the checks panel, that unsaved work is not safe."""
        text = self.tr("Không ghi được bản khôi phục (tự động lưu): %s") % reason
        self._w.statusBar().showMessage(text)
        self._w.checks.set_notices([text])

    def autosave_recovered(self) -> None:
        self._w.statusBar().clearMessage()
        self._w.checks.set_notices([])

    def restore(self, entry: RecoveryEntry) -> None:
        """Open what a crash left in a recovery file, as unsaved work."""
        assert entry.record is not None
        self.leave_file()
        source = entry.source if entry.source and os.path.exists(entry.source) else ""
        if entry.saved_after is not None:
            # older than the file saved since: as a new document, so that saving it asks for
            # a name and never writes over the newer file
            source = ""
        if source:
            state, _holder = self.lock.acquire(source)
            self.read_only = state is not LockState.LOCKED
            if self.read_only:
                self.lock.release()
        self._w.doc.set_record(entry.record, source)
        self._w.doc.undo_stack.resetClean()
        if source:
            self.disk.watch(source)
        self._w.autosaver.adopt(entry.path)
        self._w.autosaver.write_now()
        self._w.update_title()
        if entry.saved_after is not None:
            self._w.statusBar().showMessage(
                self.tr("Bản khôi phục cũ hơn tệp %s đã lưu: mở như văn bản mới (chưa đặt tên)")
                % os.path.basename(entry.source),
                15000,
            )

    def _remember(self, file_name: str) -> None:
        path = os.path.abspath(file_name)
        self._w.settings.add_recent_file(path)
        self._w.settings.set_last_folder(os.path.dirname(path))

    def show_file_error(self, title: str, exc: RecordFileError) -> None:
        """Tell the user what is wrong with a file, in one message."""
        reasons = {
            Problem.NOT_FOUND: self.tr("Tệp không tồn tại."),
            Problem.NOT_A_FILE: self.tr("Đây không phải là một tệp thông thường."),
            Problem.UNREADABLE: self.tr("Không đọc được tệp."),
            Problem.TOO_LARGE: self.tr("Tệp quá lớn."),
            Problem.NOT_UTF8: self.tr("Tệp không phải văn bản UTF-8."),
            Problem.NOT_JSON: self.tr("Tệp không phải là biên bản của Bienban (không đúng JSON)."),
            Problem.INVALID: self.tr("Nội dung tệp không hợp lệ."),
            Problem.TOO_NEW: self.tr("Tệp được tạo bởi phiên bản Bienban mới hơn."),
            Problem.WRITE_FAILED: self.tr("Ghi tệp thất bại; tệp cũ trên đĩa vẫn nguyên vẹn."),
        }
        where = (self.tr("Trường: %s") % exc.field + "\n") if exc.field else ""
        self._w.dialogs.error(
            title,
            f"{exc.path}\n\n{reasons[exc.problem]}",
            where + self.tr("Chi tiết: %s") % exc.detail,
        )

    def fill_recent_menu(self) -> None:
        menu = self._w.actions.recent_menu
        menu.clear()
        files = self._w.settings.recent_files()
        for i, f in enumerate(files, start=1):
            action = menu.addAction(f"&{i % 10} {action_text(os.path.basename(f))}")
            action.setToolTip(tooltip(f))
            action.setData(f)
            action.triggered.connect(lambda _=False, f=f: self.open_file(f))
        if not files:
            menu.addAction(self.tr("(trống)")).setEnabled(False)

    def ask_autosave_interval(self) -> None:
        seconds = self._w.dialogs.ask_int(
            self.tr("Tự động lưu"),
            self.tr("Ghi công việc chưa lưu vào bản khôi phục sau mỗi (giây):"),
            self._w.settings.autosave_interval(),
            5,
            3600,
        )
        if seconds is not None:
            self._w.settings.set_autosave_interval(seconds)
            self._w.autosaver.set_interval(seconds)


def _write_protected(path: str) -> bool:
    """Whether ``path`` may not be written: the write bits, not only access() — root may write
    anything, yet a file someone write-protected (chmod a-w) is meant to stay as it is. A path
    that cannot be read is left to the save to report."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not os.access(path, os.W_OK) or not mode & 0o222
