"""Work at risk and unclear states in the window, as a hostile test run found them: D1–D4, U1–U3,
typing autosave, the tracking book's connection to the library, typed and pasted text."""

from __future__ import annotations

import errno
import os
import shutil
import socket
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, QMimeData

from gui.core.recordfile import load_record, save_record
from gui.qt import autosave
from gui.qt.autosave import recovery_folder
from gui.qt.locking import lock_path
from gui.qt.mainwindow import MainWindow


def _errors(window: MainWindow) -> list[tuple[str, str, str]]:
    shown: list[tuple[str, str, str]] = []
    window.dialogs.error = lambda t, x, d="": shown.append((t, x, d))  # type: ignore[method-assign]
    return shown


# --- D1: symbolic links ---------------------------------------------------------------------


def test_d1_save_through_a_symlink_keeps_the_link_and_locks_the_target(  # type: ignore[no-untyped-def]
    qtbot, window, settings, seed_qn: Path, tmp_path: Path
) -> None:
    link = tmp_path / "link" / "lối-tắt.bienban.json"
    link.parent.mkdir()
    link.symlink_to(seed_qn)
    assert window.open_file(str(link), ask=False)
    assert os.path.exists(lock_path(str(seed_qn)))  # the lock sits beside the real file
    assert not (link.parent / f".{link.name}.lock").exists()
    window.doc.edit(("meeting", "location"), "Qua lối tắt")
    assert window.save()
    assert link.is_symlink()
    assert load_record(seed_qn).meeting.location == "Qua lối tắt"
    other = MainWindow(settings)  # another editor opening the target meets the same lock
    qtbot.addWidget(other)
    asked: list[str] = []
    other.dialogs.ask_open_read_only = lambda t, x: asked.append(x) or False  # type: ignore[method-assign]
    assert not other.open_file(str(seed_qn), ask=False)
    assert asked


# --- D2: autosave failures ------------------------------------------------------------------


@pytest.mark.parametrize("how", ["folder_is_a_file", "write_fails"])
def test_d2_autosave_failure_is_shown_once_never_raised(  # type: ignore[no-untyped-def]
    qtbot, window, seed_qn: Path, tmp_path: Path, monkeypatch, how: str
) -> None:
    assert window.open_file(str(seed_qn), ask=False)
    if how == "folder_is_a_file":
        occupied = tmp_path / "recovery"
        occupied.write_text("not a folder")
        window.autosaver.path = occupied / "x.recovery.json"
    else:
        from gui.core import safefile

        def full(*a: object, **k: object) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(safefile.os, "fsync", full)
    failures: list[str] = []
    window.autosaver.failed.connect(failures.append)
    window.doc.edit(("meeting", "location"), "Một")
    assert not window.autosaver.write_now()  # no exception
    window.doc.edit(("meeting", "location"), "Hai")
    assert not window.autosaver.write_now()
    assert len(failures) == 1
    assert "bản khôi phục" in window.statusBar().currentMessage()
    notices = [window.checks.list.item(i).text() for i in range(window.checks.list.count())]
    assert any("bản khôi phục" in n for n in notices)


def test_d2_the_error_handler_survives_a_failing_recovery_write(  # type: ignore[no-untyped-def]
    window, seed_qn: Path, monkeypatch
) -> None:
    import logging

    from gui.qt.errorhandling import ErrorHandler

    def broken() -> bool:
        raise RuntimeError("recovery path occupied")

    monkeypatch.setattr(window.autosaver, "write_now", broken)
    asked: list[str] = []
    handler = ErrorHandler(
        lambda: [window], logging.getLogger("test"), ask=lambda t, x: asked.append(x) or False
    )
    try:
        raise ValueError("boom")
    except ValueError as exc:
        handler(type(exc), exc, exc.__traceback__)
    assert asked and "boom" in asked[0]  # the dialog still appears


# --- D3: write-protected files and folders ---------------------------------------------------


def test_d3_a_write_protected_file_opens_read_only_with_the_reason(window, seed_qn: Path) -> None:  # type: ignore[no-untyped-def]
    seed_qn.chmod(0o444)
    before = seed_qn.read_bytes()
    assert window.open_file(str(seed_qn), ask=False)
    assert window.read_only and "[chỉ đọc]" in window.windowTitle()
    assert "bảo vệ chống ghi" in window.statusBar().currentMessage()
    window.doc.edit(("meeting", "location"), "Sửa")
    shown = _errors(window)
    window.dialogs.save_file = lambda *a: str(seed_qn)  # type: ignore[method-assign]
    assert not window.save()  # Save As onto the protected file is refused too
    assert shown and seed_qn.read_bytes() == before
    window.doc.undo_stack.setClean()


def test_u4_a_read_only_folder_says_why(window, seed_qn: Path) -> None:  # type: ignore[no-untyped-def]
    folder = seed_qn.parent
    folder.chmod(0o555)
    try:
        assert window.open_file(str(seed_qn), ask=False)
        assert window.read_only
        assert "thư mục" in window.statusBar().currentMessage()
    finally:
        folder.chmod(0o755)


# --- D4: a failed Save As keeps the original's lock --------------------------------------------


def test_d4_failed_save_as_keeps_the_lock_on_the_original(  # type: ignore[no-untyped-def]
    window, seed_qn: Path, tmp_path: Path, monkeypatch
) -> None:
    from gui.core import safefile

    assert window.open_file(str(seed_qn), ask=False)
    window.doc.edit(("meeting", "location"), "Bản mới")
    target = tmp_path / "elsewhere" / "copy.bienban.json"
    target.parent.mkdir()
    window.dialogs.save_file = lambda *a: str(target)  # type: ignore[method-assign]
    shown = _errors(window)

    def full(*a: object, **k: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safefile.os, "fsync", full)
    assert not window.save_as()
    assert shown
    assert window.lock.is_locked() and window.lock.file_name == os.path.realpath(seed_qn)
    assert os.path.exists(lock_path(str(seed_qn)))
    assert not os.path.exists(lock_path(str(target)))  # no stale lock at the failed target
    probe = QLockFile(lock_path(str(seed_qn)))
    assert not probe.tryLock(0)  # a second editor cannot take the original
    window.doc.undo_stack.setClean()


# --- U1: locks Qt cannot judge ------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"garbage\n", b"4242\nbienban\nmay-cua-dong-nghiep\n"])
def test_u1_a_garbage_or_foreign_lock_can_be_taken_over(
    window, seed_qn: Path, content: bytes
) -> None:  # type: ignore[no-untyped-def]
    from gui.qt.dialogs import LockChoice

    Path(lock_path(str(seed_qn))).write_bytes(content)
    asked: list[str] = []

    def ask(title: str, text: str) -> LockChoice:
        asked.append(text)
        return LockChoice.OPEN_ANYWAY

    window.dialogs.ask_locked = ask  # type: ignore[method-assign]
    assert window.open_file(str(seed_qn), ask=False)
    assert asked and "ghi lúc" in asked[0]  # who and when
    if content.startswith(b"4242"):
        assert "may-cua-dong-nghiep" in asked[0]
    assert window.lock.is_locked() and not window.read_only
    window.doc.edit(("meeting", "location"), "Đã mở")
    assert window.save()


def test_u1_read_only_is_still_offered(window, seed_qn: Path) -> None:  # type: ignore[no-untyped-def]
    from gui.qt.dialogs import LockChoice

    Path(lock_path(str(seed_qn))).write_bytes(b"")
    window.dialogs.ask_locked = lambda t, x: LockChoice.READ_ONLY  # type: ignore[method-assign]
    assert window.open_file(str(seed_qn), ask=False)
    assert window.read_only
    window.dialogs.ask_locked = lambda t, x: LockChoice.CANCEL  # type: ignore[method-assign]
    assert not window.open_file(str(seed_qn), ask=False)


# --- U2: restored work goes to the window holding the file -------------------------------------


def test_u2_after_a_crash_the_file_window_takes_the_restored_work(  # type: ignore[no-untyped-def]
    qtbot, settings, seed_qn: Path
) -> None:
    from gui.core.recovery import new_recovery_path, write_recovery
    from gui.qt.app import Session, offer_recovery

    record = load_record(seed_qn)
    record.meeting.location = "Chưa kịp lưu"
    path = new_recovery_path(recovery_folder())
    write_recovery(path, record, str(seed_qn), 3)
    # as if written by a process that is gone
    import json

    data = json.loads(path.read_text(encoding="utf-8"))
    data["pid"], data["host"] = 999_999_99, socket.gethostname()
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    session = Session(settings)
    first = session.new_window()
    qtbot.addWidget(first)
    first.dialogs.choose_recoveries = lambda found: [e for e in found if e.path == path]  # type: ignore[method-assign]
    assert first.open_file(str(seed_qn), ask=False)  # bienban FILE
    first.show()
    offer_recovery(session, first)
    assert session.windows == [first]
    assert first.doc.record.meeting.location == "Chưa kịp lưu"
    assert not first.read_only and first.lock.is_locked()
    assert first.save()
    assert load_record(seed_qn).meeting.location == "Chưa kịp lưu"


# --- U3: the open file deleted on disk ---------------------------------------------------------


def test_u3_deleting_the_open_file_is_reported(qtbot, window, seed_qn: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.open_file(str(seed_qn), ask=False)
    with qtbot.waitSignal(window.disk.changed_on_disk, timeout=5000):
        seed_qn.unlink()
    assert "đã bị xóa" in window.statusBar().currentMessage()
    assert window.save()  # saving writes it back, without asking about "a newer version"
    assert seed_qn.exists()


# --- W5: orphan temporaries are cleaned when the file is opened -----------------------------


def test_w5_orphan_temporaries_are_cleaned_on_open(window, seed_qn: Path) -> None:  # type: ignore[no-untyped-def]
    orphan = seed_qn.parent / f".{seed_qn.name}.k1l2m3.tmp"
    orphan.write_bytes(b'{"schema_version": 3, "hea')
    assert window.open_file(str(seed_qn), ask=False)
    assert not orphan.exists()


# --- typed text is autosaved within seconds ------------------------------------------------------


def test_typing_is_autosaved_soon_after_the_last_key(qtbot, window, seed_qn: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.open_file(str(seed_qn), ask=False)
    window.show()
    field = window.binder.widget_for(("meeting", "location"))
    window.tabs.setCurrentIndex(1)
    field.setFocus()
    written: list[str] = []
    window.autosaver.written.connect(written.append)
    qtbot.keyClicks(field, "Phong A")
    assert not written  # not per key
    with qtbot.waitSignal(window.autosaver.written, timeout=autosave.TYPING_DELAY_MS + 3000):
        pass
    [entry] = [e for e in _all_recoveries() if e.path == window.autosaver.path]
    assert entry.record is not None and entry.record.meeting.location == "Phong A"
    window.doc.undo_stack.setClean()


def test_a_long_burst_is_autosaved_within_the_max_wait(qtbot, window, seed_qn: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.open_file(str(seed_qn), ask=False)
    timer = window.autosaver._max_wait
    window.doc.edit(("meeting", "location"), "a", merge=True)
    assert timer.isActive() and timer.interval() <= 5000
    remaining = timer.remainingTime()
    window.doc.edit(("meeting", "location"), "ab", merge=True)
    assert timer.remainingTime() <= remaining  # keys do not push the deadline back
    with qtbot.waitSignal(window.autosaver.written, timeout=6000):
        pass
    window.doc.undo_stack.setClean()


def _all_recoveries():  # type: ignore[no-untyped-def]
    from gui.core.recovery import _read_entry

    return [_read_entry(p) for p in recovery_folder().glob("*.recovery.json")]


# --- typed and pasted text follows the record's text rule ---------------------------------------


def test_pasted_word_breaks_and_controls_enter_clean(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    field = window.binder.widget_for(("content", "results"))
    mime = QMimeData()
    mime.setText("Dòng một\vdòng hai\fdòng ba\x00\x07")
    field.insertFromMimeData(mime)
    assert window.doc.record.content.results == ["Dòng một", "dòng hai", "dòng ba"]
    line = window.binder.widget_for(("meeting", "location"))
    line.setFocus()
    line.textEdited.emit("Hội\x00trường")
    assert window.doc.record.meeting.location == "Hộitrường"
    window.doc.undo_stack.setClean()


# --- the tracking book after its window closed ------------------------------------------------


def test_closed_tracking_widget_is_not_called_by_library_updates(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A lambda connected to the library's ``updated`` kept calling ``reload()`` on a deleted
    widget ("Internal C++ object already deleted"); a bound slot is dropped with the widget."""
    import gc

    from PySide6.QtWidgets import QWidget

    from gui.core.record import Record
    from gui.qt.library import LibraryController
    from gui.qt.tracking import TrackingWidget

    folder = tmp_path / "lib"
    folder.mkdir()
    library = LibraryController(str(folder), tmp_path / "index.sqlite3")
    library.refresh()
    holder = QWidget()
    widget = TrackingWidget(library, parent=holder)
    holder.deleteLater()
    with qtbot.waitSignal(widget.destroyed, timeout=5000):
        pass
    del widget, holder
    gc.collect()
    save_record(Record(), folder / "a.bienban.json")
    with qtbot.waitSignal(library.updated, timeout=5000):
        library.refresh()  # with the lambda: RuntimeError from the deleted QLabel


def test_window_close_after_tracking_then_folder_change(
    qtbot, window, settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "lib"
    folder.mkdir()
    settings.set_library_folder(str(folder))
    tracking = window.show_tracking()
    tracking.close()
    tracking.deleteLater()
    with qtbot.waitSignal(tracking.destroyed, timeout=5000):
        pass
    window._tracking = None
    shutil.copyfile(
        Path(__file__).resolve().parents[2] / "seeds" / "quang-ninh-giao-ban-q3-2017.bienban.json",
        folder / "x.bienban.json",
    )
    with qtbot.waitSignal(window.library().updated, timeout=5000):
        window.library().refresh()


# --- C6: PDF of a very long record -----------------------------------------------------------


def _pdf_words(data: bytes, tmp_path: Path) -> tuple[int, list[str]]:
    import subprocess

    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(data)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    return pages, text.split()


# C6 in the suite: tests/exports/test_page_breaks.py exports a 100,000-task record in a child
# process (the pagination lays out page by page, so no layout grows past Qt's coordinates).


@pytest.mark.skipif(os.environ.get("BIENBAN_FUZZ") != "large", reason="large run only (minutes)")
def test_c6_a_100000_task_record_converts_to_pdf(tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    from gui.core.record import Department, Record, Task
    from gui.core.recordfile import record_to_data

    record = Record()
    record.directives.departments = [
        Department(name=f"Phòng {d}", tasks=[Task(content=f"NV {t}") for t in range(1000)])
        for d in range(100)
    ]
    path = tmp_path / "big.bienban.json"
    path.write_text(json.dumps(record_to_data(record), ensure_ascii=False, separators=(",", ":")))
    result = subprocess.run(
        [sys.executable, "-m", "gui", "--convert-to", "pdf", str(path)],
        capture_output=True,
        text=True,
        timeout=1800,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert _pdf_words((tmp_path / "big.notice.pdf").read_bytes(), tmp_path)[0] > 2700
