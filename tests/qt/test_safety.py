"""Nothing lost: failed saves, autosave and crash recovery, locks, changes on disk, errors."""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, QMimeData, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from gui.core.record import Department
from gui.core.recordfile import load_record
from gui.core.recovery import find_recoveries
from gui.qt.autosave import recovery_folder
from gui.qt.locking import lock_path
from gui.qt.mainwindow import MainWindow
from gui.qt.settings import Settings

from ..conftest import ROOT, SEED_QN


def _errors(window: MainWindow) -> list[tuple[str, str, str]]:
    shown: list[tuple[str, str, str]] = []
    window.dialogs.error = lambda t, x, d="": shown.append((t, x, d))  # type: ignore[method-assign]
    return shown


def _edit(window: MainWindow, text: str = "Phòng họp A") -> None:
    window.doc.edit(("meeting", "location"), text)


# --- failed saves ---------------------------------------------------------------------------


def _fail(exc: OSError):  # type: ignore[no-untyped-def]
    def raiser(*args: object, **kwargs: object) -> None:
        raise exc

    return raiser


@pytest.mark.parametrize("patch", ["fsync", "write_halfway", "replace", "mkstemp_denied"])
def test_failed_save_keeps_the_file_and_the_work(window, seed_qn: Path, monkeypatch, patch) -> None:  # type: ignore[no-untyped-def]
    window.open_file(str(seed_qn), ask=False)
    before = seed_qn.read_bytes()
    _edit(window)
    shown = _errors(window)
    if patch == "fsync":
        monkeypatch.setattr(os, "fsync", _fail(OSError(errno.ENOSPC, "No space left on device")))
    elif patch == "write_halfway":
        real_fdopen = os.fdopen

        class HalfWriter:
            def __init__(self, f):  # type: ignore[no-untyped-def]
                self._f = f

            def __enter__(self):  # type: ignore[no-untyped-def]
                return self

            def __exit__(self, *a):  # type: ignore[no-untyped-def]
                self._f.close()

            def write(self, data: bytes) -> int:
                self._f.write(data[: len(data) // 2])
                raise OSError(errno.EIO, "Input/output error")

        monkeypatch.setattr(os, "fdopen", lambda fd, mode: HalfWriter(real_fdopen(fd, mode)))
    elif patch == "replace":
        monkeypatch.setattr(os, "replace", _fail(OSError(errno.EXDEV, "Invalid cross-device link")))
    else:
        import tempfile

        monkeypatch.setattr(
            tempfile, "mkstemp", _fail(PermissionError(errno.EACCES, "Permission denied"))
        )
    assert not window.save()
    monkeypatch.undo()
    [(title, text, detail)] = shown
    assert title == "Không lưu được tệp"
    assert "tệp cũ trên đĩa vẫn nguyên vẹn" in text
    assert seed_qn.read_bytes() == before
    assert window.isWindowModified() and window.doc.record.meeting.location == "Phòng họp A"
    assert sorted(p.name for p in seed_qn.parent.iterdir() if p.name.endswith(".tmp")) == []
    assert window.save()  # once the cause is gone, saving works
    assert load_record(seed_qn).meeting.location == "Phòng họp A"


def test_save_into_a_vanished_folder(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "usb"
    folder.mkdir()
    target = folder / "r.bienban.json"
    shutil.copyfile(SEED_QN, target)
    window.open_file(str(target), ask=False)
    _edit(window)
    shown = _errors(window)
    shutil.rmtree(folder)  # the stick was pulled
    assert not window.save()
    assert len(shown) == 1 and "No such file or directory" in shown[0][2]
    assert window.isWindowModified()
    window.dialogs.save_file = lambda *a: str(tmp_path / "copy.bienban.json")  # type: ignore[method-assign]
    assert window.save_as()
    assert load_record(tmp_path / "copy.bienban.json").meeting.location == "Phòng họp A"


def test_save_keeps_the_previous_version_as_backup(window, seed_qn: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_file(str(seed_qn), ask=False)
    before = seed_qn.read_bytes()
    _edit(window)
    assert window.save()
    assert Path(str(seed_qn) + "~").read_bytes() == before


# --- autosave and recovery ------------------------------------------------------------------


def test_structural_edit_autosaves_and_a_save_removes_it(qtbot, window, seed_qn: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_file(str(seed_qn), ask=False)
    with qtbot.waitSignal(window.autosaver.written, timeout=3000):
        window.directives_section.departments.model.add_row(0, Department(name="Văn phòng"))
    path = window.autosaver.path
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["source"] == str(seed_qn)
    assert data["unsaved_edits"] == 1
    assert data["record"]["directives"]["departments"][0]["name"] == "Văn phòng"
    assert window.save()
    assert not path.exists()


def test_timer_autosaves_typing_and_undo_to_clean_removes_it(qtbot, window, seed_qn: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_file(str(seed_qn), ask=False)
    window.autosaver.set_interval(1)
    _edit(window, "Phòng họp số 2")
    with qtbot.waitSignal(window.autosaver.written, timeout=3000):
        pass
    assert window.autosaver.path.exists()
    window.doc.undo_stack.undo()
    assert not window.autosaver.path.exists()


def test_typing_is_written_within_a_second_and_a_slow_write_waits_longer(
    qtbot, window, seed_qn: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A crash loses at most about a second of typing; a record whose write is slow (the big
    benchmark record) is written less often, so typing never spends more than a tenth of its
    time writing."""
    from gui.qt import autosave

    window.open_file(str(seed_qn), ask=False)
    saver = window.autosaver
    _edit(window, "Phòng họp số 2")
    assert saver._idle.interval() == autosave.TYPING_DELAY_MS <= 300
    assert saver._max_wait.interval() == autosave.TYPING_MAX_WAIT_MS <= 1000
    with qtbot.waitSignal(saver.written, timeout=2000):
        pass
    ticks = iter([10.0, 10.4])  # the next write takes 400 ms
    monkeypatch.setattr(autosave, "_clock", lambda: next(ticks))
    _edit(window, "Phòng họp số 3")
    assert saver.write_now()
    assert saver._idle.interval() == 800
    assert saver._max_wait.interval() == 4000  # 400 ms of every 4 s: a tenth
    ticks = iter([20.0, 20.002])  # fast again: back to the promise
    _edit(window, "Phòng họp số 4")
    assert saver.write_now()
    assert (saver._idle.interval(), saver._max_wait.interval()) == (300, 1000)


def test_recovery_after_the_process_is_killed(
    qtbot, settings, seed_qn: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A real child process edits, autosaves, and is killed with SIGKILL; we then recover."""
    folder = recovery_folder()
    child = textwrap.dedent(f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        sys.path.insert(0, {str(ROOT)!r})
        from PySide6.QtCore import QSettings, QStandardPaths
        from PySide6.QtWidgets import QApplication
        from gui.qt.app import set_application_names
        QStandardPaths.setTestModeEnabled(True)
        set_application_names()
        app = QApplication([])
        from gui.core.record import Department, Task
        from gui.qt.mainwindow import MainWindow
        from gui.qt.settings import Settings
        w = MainWindow(Settings(QSettings({str(tmp_path / "child.ini")!r}, QSettings.Format.IniFormat)))
        w.open_file({str(seed_qn)!r}, ask=False)
        w.doc.edit(("meeting", "location"), "Hội trường tầng 3")
        w.autosaver.written.connect(lambda path: print("READY", path, flush=True))
        w.directives_section.departments.model.add_row(
            0, Department(name="Văn phòng", tasks=[Task(content="Tổng hợp báo cáo")]))
        app.exec()
    """)
    proc = subprocess.Popen(
        [sys.executable, "-c", child], stdout=subprocess.PIPE, text=True, cwd=tmp_path
    )
    try:
        line = proc.stdout.readline()  # type: ignore[union-attr]
        assert line.startswith("READY"), line
        assert os.path.exists(lock_path(str(seed_qn)))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    found = find_recoveries(folder)
    entries = [e for e in found if e.source == str(seed_qn)]
    assert len(entries) == 1, (folder, found, line)
    [entry] = entries
    assert entry.unsaved_edits == 2 and entry.record is not None

    from gui.qt.app import Session, offer_recovery

    session = Session(settings)
    window = session.new_window()
    qtbot.addWidget(window)
    shown: list[list[object]] = []

    def choose(found):  # type: ignore[no-untyped-def]
        shown.append(list(found))
        return [e for e in found if e.source == str(seed_qn)]

    window.dialogs.choose_recoveries = choose  # type: ignore[method-assign]
    offer_recovery(session, window)
    assert shown
    record = window.doc.record
    assert record.meeting.location == "Hội trường tầng 3"
    assert record.directives.departments[0].tasks[0].content == "Tổng hợp báo cáo"
    assert window.isWindowModified() and window.doc.file_name == str(seed_qn)
    # the dead process's lock was stale and was taken over
    assert window.lock.is_locked() and not window.read_only
    assert window.save()
    assert load_record(seed_qn).meeting.location == "Hội trường tầng 3"
    assert not find_recoveries(folder)


def _crashed_copy(seed: Path, location: str, edits: int) -> Path:
    """A recovery copy of ``seed`` (its location changed) left by a process that is gone."""
    from gui.core.recovery import new_recovery_path, write_recovery

    folder = recovery_folder()
    for old in find_recoveries(folder):
        os.unlink(old.path)
    crashed = load_record(seed)
    crashed.meeting.location = location
    path = new_recovery_path(folder)
    write_recovery(path, crashed, str(seed), edits)
    _left_by_a_dead_process(path)
    return path


def _left_by_a_dead_process(path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    data = json.loads(path.read_text("utf-8"))
    data["pid"] = dead.pid  # written by a process that is gone: a crash
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")


def test_a_recovery_copy_older_than_the_saved_file_never_overwrites_it(  # type: ignore[no-untyped-def]
    qtbot, settings, seed_qn: Path
) -> None:
    """A crash left a copy; the user chose "later", opened the file, saved other work. The
    copy, offered at the next start, says it is older, is not ticked, and if restored all
    the same opens as a new document: saving it asks for a name, the file keeps its work."""
    from gui.core.recordfile import save_record
    from gui.qt.app import Session, offer_recovery
    from gui.qt.dialogs import RecoveryDialog

    folder = recovery_folder()
    copy_path = _crashed_copy(seed_qn, "Bản khôi phục cũ", 1)
    [fresh] = find_recoveries(folder)
    assert fresh.saved_after is None  # the file has not changed since: restored over it
    newer = load_record(seed_qn)
    newer.meeting.location = "Đã lưu sau sự cố"
    save_record(newer, seed_qn)
    later = fresh.written.timestamp() + 5
    os.utime(seed_qn, (later, later))  # saved after the copy was written
    [entry] = find_recoveries(folder)
    assert entry.saved_after is not None

    dialog = RecoveryDialog([entry])
    qtbot.addWidget(dialog)
    item = dialog.list.item(0)
    assert "cũ hơn" in item.text() and not dialog.chosen()  # not ticked
    dialog.discard_the_rest()  # the box not ticked: kept
    assert entry.path.exists()

    session = Session(settings)
    window = session.new_window()
    qtbot.addWidget(window)
    window.dialogs.choose_recoveries = lambda found: list(found)  # type: ignore[method-assign]
    offer_recovery(session, window)
    assert window.doc.record.meeting.location == "Bản khôi phục cũ"
    assert window.doc.file_name == "" and window.doc.is_modified()
    assert "cũ hơn" in window.statusBar().currentMessage()
    asked: list[str] = []

    def save_as(*args: object) -> str:
        asked.append("save as")
        return ""  # the user cancels

    window.dialogs.save_file = save_as  # type: ignore[method-assign]
    assert not window.save()
    assert asked and load_record(seed_qn).meeting.location == "Đã lưu sau sự cố"
    window.doc.undo_stack.setClean()
    window.autosaver.discard()
    # a copy the user does not want: gone with the box ticked, never asked again
    copy_path = _crashed_copy(seed_qn, "Bản khôi phục cũ", 1)
    [entry] = find_recoveries(folder)
    dialog = RecoveryDialog([entry])
    qtbot.addWidget(dialog)
    dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.discard_rest.setChecked(True)
    dialog.discard_the_rest()
    assert not copy_path.exists() and find_recoveries(folder) == []


def test_opening_a_file_offers_its_waiting_recovery_copy(  # type: ignore[no-untyped-def]
    qtbot, window, seed_qn: Path
) -> None:
    """The user chose "later" at start, then opens the file itself: its copy is offered
    again; declined, it is kept (offered at the next start); accepted, the work is back."""
    copy_path = _crashed_copy(seed_qn, "Gõ trước sự cố", 3)
    asked: list[str] = []
    window.dialogs.confirm = lambda title, text: asked.append(text) or False  # type: ignore[method-assign]
    assert window.open_file(str(seed_qn))
    assert asked and "3 thay đổi" in asked[0]
    assert window.doc.record.meeting.location != "Gõ trước sự cố" and copy_path.exists()
    window.dialogs.confirm = lambda title, text: True  # type: ignore[method-assign]
    assert window.open_file(str(seed_qn))
    assert window.doc.record.meeting.location == "Gõ trước sự cố" and window.doc.is_modified()
    assert window.doc.file_name == str(seed_qn)
    window.doc.undo_stack.setClean()
    window.autosaver.discard()


def test_a_running_instances_recovery_file_is_not_offered(window, seed_qn) -> None:  # type: ignore[no-untyped-def]
    window.open_file(str(seed_qn), ask=False)
    _edit(window)
    assert window.autosaver.write_now()
    assert all(e.path != window.autosaver.path for e in find_recoveries(recovery_folder()))


# --- one editor per file --------------------------------------------------------------------


def test_second_window_gets_read_only_or_cancel(qtbot, window, settings, seed_qn: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.open_file(str(seed_qn), ask=False)
    other = MainWindow(settings)
    qtbot.addWidget(other)
    asked: list[str] = []

    def answer(result: bool):  # type: ignore[no-untyped-def]
        def ask(title: str, text: str) -> bool:
            asked.append(text)
            return result

        return ask

    other.dialogs.ask_open_read_only = answer(False)  # type: ignore[method-assign]
    assert not other.open_file(str(seed_qn), ask=False)
    assert asked and f"tiến trình {os.getpid()}" in asked[0]
    assert other.doc.file_name == ""

    other.dialogs.ask_open_read_only = answer(True)  # type: ignore[method-assign]
    assert other.open_file(str(seed_qn), ask=False)
    assert other.read_only and "[chỉ đọc]" in other.windowTitle()
    other.doc.edit(("meeting", "location"), "Bản của người thứ hai")
    copy = seed_qn.parent / "copy.bienban.json"
    other.dialogs.save_file = lambda *a: str(copy)  # type: ignore[method-assign]
    assert other.save()  # read-only: Save goes to Save As
    assert load_record(seed_qn).meeting.location == ""
    assert load_record(copy).meeting.location == "Bản của người thứ hai"
    assert not other.read_only
    other.doc.undo_stack.setClean()


def test_stale_lock_of_a_dead_process_is_taken_over(window, seed_qn: Path) -> None:  # type: ignore[no-untyped-def]
    code = (
        f"from PySide6.QtCore import QLockFile; import os, signal; "
        f"l = QLockFile({lock_path(str(seed_qn))!r}); assert l.tryLock(0); "
        f"os.kill(os.getpid(), signal.SIGKILL)"
    )
    subprocess.run([sys.executable, "-c", code], check=False)
    assert os.path.exists(lock_path(str(seed_qn)))
    probe = QLockFile(lock_path(str(seed_qn)))
    pid, _host, _app = probe.getLockInfo()
    assert pid and pid != os.getpid()
    assert window.open_file(str(seed_qn), ask=False)  # no question asked
    assert window.lock.is_locked() and not window.read_only


# --- changed on disk ------------------------------------------------------------------------


def _write_other_version(path: Path, location: str) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    data["meeting"]["location"] = location
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def test_change_on_disk_can_be_reloaded(qtbot, window, seed_qn: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_file(str(seed_qn), ask=False)
    asked: list[str] = []
    window.dialogs.ask_reload = lambda t, x: asked.append(x) or True  # type: ignore[method-assign]
    with qtbot.waitSignal(window.disk.changed_on_disk, timeout=5000):
        _write_other_version(seed_qn, "Sửa bởi đồng nghiệp")
    assert asked
    assert window.doc.record.meeting.location == "Sửa bởi đồng nghiệp"
    assert not window.isWindowModified()


def test_keeping_ours_never_silently_overwrites_theirs(qtbot, window, seed_qn: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_file(str(seed_qn), ask=False)
    _edit(window, "Bản của tôi")
    window.dialogs.ask_reload = lambda t, x: False  # type: ignore[method-assign]
    with qtbot.waitSignal(window.disk.changed_on_disk, timeout=5000):
        _write_other_version(seed_qn, "Sửa bởi đồng nghiệp")
    assert window.doc.record.meeting.location == "Bản của tôi"
    confirms: list[str] = []
    window.dialogs.confirm = lambda t, x: confirms.append(x) or False  # type: ignore[method-assign]
    assert not window.save()
    assert confirms and load_record(seed_qn).meeting.location == "Sửa bởi đồng nghiệp"
    window.dialogs.confirm = lambda t, x: True  # type: ignore[method-assign]
    assert window.save()
    assert load_record(seed_qn).meeting.location == "Bản của tôi"


def test_our_own_save_is_not_reported_as_a_change(qtbot, window, seed_qn: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_file(str(seed_qn), ask=False)
    _edit(window)
    window.dialogs.ask_reload = lambda *a: pytest.fail("asked after our own save")  # type: ignore[method-assign]
    assert window.save()
    _edit(window, "Lần hai")
    assert window.save()  # a second save must not ask to overwrite
    assert not window.disk.differs()


def test_only_other_bytes_on_disk_are_a_change(qtbot, window, seed_qn: Path) -> None:  # type: ignore[no-untyped-def]
    """The watcher compares the bytes themselves: the same bytes written again (a sync tool, a
    touch) are no change; one letter changed, the size kept, is."""
    window.open_file(str(seed_qn), ask=False)
    window.dialogs.ask_reload = lambda t, x: False  # type: ignore[method-assign]
    content = seed_qn.read_bytes()
    seed_qn.write_bytes(content)
    later = seed_qn.stat().st_mtime_ns + 2_000_000_000
    os.utime(seed_qn, ns=(later, later))
    assert not window.disk.differs()
    seed_qn.write_bytes(content.replace(b"Ninh", b"Ninx", 1))
    assert window.disk.differs()


# --- unhandled errors, pasted text ----------------------------------------------------------


def test_unhandled_error_is_logged_and_the_work_kept(window, seed_qn: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from gui.qt.errorhandling import ErrorHandler, make_logger

    window.open_file(str(seed_qn), ask=False)
    _edit(window)
    log = tmp_path / "bienban.log"
    messages: list[str] = []
    handler = ErrorHandler(
        lambda: [window], make_logger(log), ask=lambda title, text: messages.append(text) or False
    )
    try:
        raise RuntimeError("lỗi thử nghiệm")
    except RuntimeError as exc:
        handler(type(exc), exc, exc.__traceback__)
    assert "RuntimeError: lỗi thử nghiệm" in log.read_text(encoding="utf-8")
    assert messages and "lỗi thử nghiệm" in messages[0]
    assert window.autosaver.path.exists()
    assert window.isVisible() and window.isWindowModified()


def test_paste_from_a_web_page_inserts_plain_nfc_text(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    field = window.binder.widget_for(("content", "results"))
    mime = QMimeData()
    mime.setHtml("<b>Kết quả</b> <script>alert(1)</script>")
    mime.setText(unicodedata.normalize("NFD", "<b>Kết quả</b> & tốt"))
    field.setFocus()
    field.insertFromMimeData(mime)
    assert window.doc.record.content.results == ["<b>Kết quả</b> & tốt"]
    assert unicodedata.is_normalized("NFC", window.doc.record.content.results[0])


def test_settings_fixture_is_isolated(settings: Settings, tmp_path: Path) -> None:
    settings.set_autosave_interval(2)
    assert (
        Settings(
            QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        ).autosave_interval()
        == 5
    )  # clamped


def test_a_recovery_copy_is_older_exactly_when_its_file_changed_since(tmp_path: Path) -> None:
    """The copy records the file as its work started from it (size, mtime): older exactly
    when the file changed since, whatever the clocks say (a network share's clock ahead of
    the PC's; a change by another program before the crash)."""
    from gui.core.recovery import new_recovery_path, write_recovery

    source = tmp_path / SEED_QN.name
    shutil.copyfile(SEED_QN, source)
    folder = tmp_path / "recovery"
    st = os.stat(source)
    path = new_recovery_path(folder)
    write_recovery(path, load_record(source), str(source), 1, (st.st_size, st.st_mtime_ns))
    _left_by_a_dead_process(path)
    data = json.loads(path.read_text("utf-8"))
    data["written"] = "2000-01-01T00:00:00"  # the PC's clock far behind the disk's
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    [entry] = find_recoveries(folder)
    assert entry.source_state == (st.st_size, st.st_mtime_ns) and entry.saved_after is None
    os.utime(source, ns=(st.st_atime_ns, st.st_mtime_ns - 10**9))  # changed, "earlier"
    [entry] = find_recoveries(folder)
    assert entry.saved_after is not None


def test_the_window_records_its_file_as_loaded_in_the_copy(window, seed_qn: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_file(str(seed_qn), ask=False)
    st = os.stat(seed_qn)
    _edit(window)
    assert window.autosaver.write_now()
    data = json.loads(window.autosaver.path.read_text("utf-8"))
    assert data["source"] == str(seed_qn)
    assert data["source_state"] == [st.st_size, st.st_mtime_ns]
    window.doc.undo_stack.setClean()
    window.autosaver.discard()


def test_a_table_cell_being_typed_reaches_the_recovery_file(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A cell's text reaches the record when the cell closes: a crash while typing in it lost
    the whole text. The autosave writes it with the record; Esc still cancels the cell."""
    from tests.qt.test_mainwindow import key_text

    from ..conftest import SEED_LAO_CAI

    seed = tmp_path / "lc.bienban.json"
    shutil.copy(SEED_LAO_CAI, seed)
    window.open_file(str(seed), ask=False)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_section(3)
    tasks = window.directives_section.tasks
    index = tasks.model.index(0, tasks.model.column_of("content"))
    before = window.doc.value(("directives", "departments", 0, "tasks", 0, "content"))
    tasks.view.setCurrentIndex(index)
    tasks.view.edit(index)
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit)
    cell.end(False)
    with qtbot.waitSignal(window.autosaver.written, timeout=3000):
        key_text(cell, " (bổ sung)")  # typed, the cell still open
    data = json.loads(window.autosaver.path.read_text(encoding="utf-8"))
    saved = data["record"]["directives"]["departments"][0]["tasks"][0]["content"]
    assert saved == before + " (bổ sung)"
    assert window.doc.value(("directives", "departments", 0, "tasks", 0, "content")) == before
    qtbot.keyClick(cell, Qt.Key.Key_Escape)  # cancelled: the record as it was
    assert window.doc.value(("directives", "departments", 0, "tasks", 0, "content")) == before
