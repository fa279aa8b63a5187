"""Files land where the tracking book looks: the library folder, names from the document."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import Qt

from gui.core.compose import Kind
from gui.core.record import Task
from gui.qt.mainwindow import ensure_library_folder

from ..conftest import SEED_LAO_CAI, SEED_QN


def test_first_start_creates_the_library_folder(settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "Documents" / "Bienban"
    settings.set_library_folders([str(folder)])
    assert not folder.exists()
    assert ensure_library_folder(settings) == str(folder)
    assert folder.is_dir()
    blocked = tmp_path / "file"
    blocked.write_text("x")
    settings.set_library_folders([str(blocked / "Bienban")])
    ensure_library_folder(settings)  # cannot be made: no exception, the save dialog will say


def test_save_with_the_proposed_defaults_lands_in_the_tracking_book(
    qtbot, window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    library = tmp_path / "Bienban"
    window.settings.set_library_folders([str(library)])
    ensure_library_folder(window.settings)
    window.open_file(str(SEED_LAO_CAI), ask=False)
    window.actions.file_new.trigger()
    window.doc.edit(("header", "number"), 467)
    window.doc.edit(("header", "agency_code"), "VPCP")
    window.doc.edit(("header", "issue_date"), dt.date(2024, 10, 14))
    window.directives_section.add_department("Văn phòng")
    window.doc.insert(
        ("directives", "departments", 0, "tasks"), 0, Task(content="Tổng hợp báo cáo")
    )
    proposed: list[str] = []
    window.dialogs.save_file = lambda title, path, filters: proposed.append(path) or path  # type: ignore[method-assign]
    assert window.save()
    assert proposed == [str(library / "TB-467-VPCP-2024-10-14.bienban.json")]
    assert (library / "TB-467-VPCP-2024-10-14.bienban.json").is_file()
    assert not window.library_offer.isVisible()  # in the library: nothing to offer
    tracking = window.show_tracking()
    # the book indexes in the background: wait for the record to be listed
    qtbot.waitUntil(lambda: bool(window.library().index.tasks()), timeout=15_000)
    rows = window.library().index.tasks()
    assert [r.content for r in rows] == ["Tổng hợp báo cáo"]
    assert rows[0].path == str(library / "TB-467-VPCP-2024-10-14.bienban.json")
    tracking.close()

    chosen: list[tuple[str, str]] = []

    def export_to(title: str, path: str, filters: str) -> tuple[str, str]:
        chosen.append((path, filters))
        return "", ""

    window.dialogs.save_file_with_filter = export_to  # type: ignore[method-assign]
    window.export_dialog(Kind.NOTICE)
    assert chosen[0][0] == str(library / "TB-467-VPCP-2024-10-14.notice.docx")


def test_saving_elsewhere_offers_to_add_the_folder(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    library = tmp_path / "Bienban"
    elsewhere = tmp_path / "Phòng Tổng hợp" / "2024"
    elsewhere.mkdir(parents=True)
    window.settings.set_library_folders([str(library)])
    window.open_file(str(SEED_LAO_CAI), ask=False)
    window.dialogs.save_file = lambda *a: str(elsewhere / "tb.bienban.json")  # type: ignore[method-assign]
    assert window.save_as()
    offer = window.library_offer
    qtbot.waitUntil(offer.isVisible)
    assert str(elsewhere) in offer.label.text()
    qtbot.mouseClick(offer.add_button, Qt.MouseButton.LeftButton)
    assert window.settings.library_folders() == [str(library), str(elsewhere)]
    assert not offer.isVisible()
    window.dialogs.save_file = lambda *a: str(elsewhere / "tb2.bienban.json")  # type: ignore[method-assign]
    assert window.save_as()
    assert not offer.isVisible()  # now part of the library: not offered again
    assert os.path.isfile(elsewhere / "tb2.bienban.json")


def test_dismissing_the_offer_changes_nothing(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window.settings.set_library_folders([str(tmp_path / "Bienban")])
    window.dialogs.save_file = lambda *a: str(tmp_path / "x.bienban.json")  # type: ignore[method-assign]
    assert window.save_as()
    qtbot.waitUntil(window.library_offer.isVisible)
    qtbot.mouseClick(window.library_offer.dismiss_button, Qt.MouseButton.LeftButton)
    assert not window.library_offer.isVisible()
    assert window.settings.library_folders() == [str(tmp_path / "Bienban")]
    assert Path(tmp_path / "x.bienban.json").is_file()


def _record_in(folder: Path, name: str) -> None:
    from gui.core.recordfile import load_record, save_record

    folder.mkdir(parents=True, exist_ok=True)
    record = load_record(SEED_QN)
    record.meeting.name = name
    save_record(record, folder / f"{name}.bienban.json")


def test_a_new_folder_chosen_while_a_build_runs_is_indexed(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Theo dõi → Chọn thư mục lưu trữ while the first build still runs: the new folder is
    indexed at once (it waited for the old build's late answer, which, cancelled, never
    started it), without a manual refresh."""
    import threading

    from gui.core.library import LibraryIndex
    from gui.qt.library import LibraryController

    old, new = tmp_path / "old", tmp_path / "new"
    _record_in(old, "cu")
    _record_in(new, "moi")
    library = LibraryController(str(old), tmp_path / "data" / "index.sqlite3")
    real, running = LibraryIndex.refresh, threading.Event()

    def held(index, paths=None):  # type: ignore[no-untyped-def]
        # the old folder's first batch waits until the build is cancelled: it is running
        # when the folder changes
        if paths is not None and not running.is_set():
            build = library._build  # set before the build's thread started
            running.set()
            assert build is not None
            build.wait(10)
        return real(index, paths)

    monkeypatch.setattr(LibraryIndex, "refresh", held)
    try:
        library.start_refresh()
        assert running.wait(10)
        with qtbot.waitSignal(library.build_finished, timeout=10000):
            library.set_folder(str(new))
        qtbot.waitUntil(lambda: not library.building, timeout=10000)
        assert [m[1] for m in library.index.meetings()] == ["moi"]
    finally:
        library.shutdown()


def test_the_index_folder_inside_the_library_is_not_watched(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A library folder holding the app's data (a home folder on Windows holds AppData):
    the index's own folder is not watched, or each write of the index would start the next
    refresh, forever; every other folder the index reads is, a linked one too."""
    from gui.qt.library import LibraryController

    folder = tmp_path / "home"
    _record_in(folder / "2017", "q3")
    (folder / ".cache" / "x").mkdir(parents=True)
    _record_in(tmp_path / "elsewhere" / "sub", "linked")
    (folder / "linked").symlink_to(tmp_path / "elsewhere")
    (folder / "linked" / "loop").symlink_to(folder)  # a link back up: walked once
    db = folder / "AppData" / "Bienban" / "index.sqlite3"
    db.parent.mkdir(parents=True)
    library = LibraryController(str(folder), db)
    try:
        library.refresh()
        watched = set(library._watcher.directories())
        assert {str(folder), str(folder / "2017"), str(folder / "AppData")} <= watched
        assert str(db.parent) not in watched
        assert str(folder / ".cache" / "x") in watched  # read by the index: watched too
        assert {str(folder / "linked"), str(folder / "linked" / "sub")} <= watched
        assert not any("loop" in w for w in watched)
        library.refresh()  # watched once: nothing added twice, nothing lost
        assert set(library._watcher.directories()) == watched
    finally:
        library.shutdown()
