"""The library index keeps each record's phrases for completion (gui.core.library)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from gui.core.library import LibraryIndex, indexed_phrases
from gui.core.suggestions import Phrase, PhraseKind
from tests.conftest import SEED_LAO_CAI, SEED_QN


def test_phrases_follow_the_files(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    db = tmp_path / "index.sqlite3"
    assert indexed_phrases(db) == []  # no index yet: nothing, no error
    shutil.copyfile(SEED_QN, folder / "qn.bienban.json")
    index = LibraryIndex(folder, db)
    index.refresh()
    phrases = indexed_phrases(db)
    kinds = {p.kind for p in phrases}
    assert {PhraseKind.PERSON, PhraseKind.MEETING, PhraseKind.DEPARTMENT} <= kinds
    assert all(p.text.strip() for p in phrases)
    meetings = [p.text for p in phrases if p.kind is PhraseKind.MEETING]
    assert len(meetings) == 1

    shutil.copyfile(SEED_LAO_CAI, folder / "lc.bienban.json")
    os.rename(folder / "qn.bienban.json", folder / "quang-ninh.bienban.json")
    index.refresh()
    assert len([p for p in indexed_phrases(db) if p.kind is PhraseKind.MEETING]) == 2
    os.remove(folder / "lc.bienban.json")
    index.refresh()
    assert [p.text for p in indexed_phrases(db) if p.kind is PhraseKind.MEETING] == meetings
    index.close()


def test_a_damaged_index_gives_no_phrases(tmp_path: Path) -> None:
    db = tmp_path / "index.sqlite3"
    db.write_bytes(b"not sqlite" * 100)
    assert indexed_phrases(db) == []
    assert Phrase(PhraseKind.PLACE, "x") == Phrase(PhraseKind.PLACE, "x", "")


def test_an_agency_in_capitals_from_an_older_index_is_not_offered(tmp_path: Path) -> None:
    """An index built before such names were left out still holds them: not offered."""
    import sqlite3

    folder = tmp_path / "lib"
    folder.mkdir()
    db = tmp_path / "index.sqlite3"
    shutil.copyfile(SEED_QN, folder / "qn.bienban.json")
    index = LibraryIndex(folder, db)
    index.refresh()
    index.close()
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT * FROM phrases WHERE kind = 'agency'").fetchone()
        names = [d[1] for d in conn.execute("PRAGMA table_info(phrases)")]
        old = dict(zip(names, row, strict=True), text="VĂN PHÒNG")
        conn.execute(
            f"INSERT INTO phrases ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            [old[n] for n in names],
        )
    conn.close()
    agencies = [p.text for p in indexed_phrases(db) if p.kind is PhraseKind.AGENCY]
    assert agencies and "VĂN PHÒNG" not in agencies
