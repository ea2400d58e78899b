"""Foreign files (issue 13): Rapport opens only an empty file or its own database, known by
the application id in the SQLite header; anything else is refused untouched -- its mode,
size, bytes, tables and journal mode stay as they were, and nothing appears beside it. A
database made by an older Rapport (no application id yet) still opens, and gets it."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from desktop.models import close_database, open_database
from desktop.models.database import APPLICATION_ID, ForeignDatabase
from tests.hardening.helpers import rapport

DATA = Path(__file__).resolve().parents[1] / "data"


def _other_programs_database(path: Path, journal: str) -> Path:
    """A browser-history-like SQLite file, as another program leaves it."""
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA journal_mode={journal}")
    con.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT, title TEXT)")
    con.execute("CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, fk INTEGER)")
    con.executemany("INSERT INTO moz_places (url, title) VALUES (?, ?)",
                    [(f"https://example.org/{i}", f"Page {i}") for i in range(200)])
    con.commit()
    con.close()
    os.chmod(path, 0o644)
    return path


def _state(path: Path) -> tuple[object, ...]:
    st = path.stat()
    beside = sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name))
    tables: tuple[str, ...] = ()
    journal = ""
    if path.read_bytes()[:16] == b"SQLite format 3\x00":
        con = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
        try:
            tables = tuple(r[0] for r in con.execute(
                "SELECT name FROM sqlite_master ORDER BY name"))
            journal = con.execute("PRAGMA journal_mode").fetchone()[0]
        finally:
            con.close()
    return (stat.S_IMODE(st.st_mode), st.st_size, hashlib.sha256(path.read_bytes()).digest(),
            tables, journal, tuple(beside))


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_another_programs_database_is_refused_untouched(tmp_path: Path, journal: str) -> None:
    path = _other_programs_database(tmp_path / "places.sqlite", journal)
    before = _state(path)
    assert before[3] == ("moz_bookmarks", "moz_places")
    for args in (["list"], ["import", str(DATA / "schema-v1.sqlite3")], ["--quit-after-paint"]):
        done = rapport(*args, db=path)
        assert done.returncode == 1, (args, done.stderr)
        assert "Traceback" not in done.stderr
        assert (f"rapport: {path}: not a Rapport database (it holds another program's "
                f"tables: moz_bookmarks, moz_places); it was left untouched"
                ) in done.stderr.splitlines()
        assert _state(path) == before, args
    with pytest.raises(ForeignDatabase):
        open_database(path)
    assert _state(path) == before


def test_a_file_that_is_no_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Call Ana about the trip\n")
    os.chmod(path, 0o664)
    before = _state(path)
    done = rapport("list", db=path)
    assert done.returncode == 1
    assert done.stderr.strip() == (f"rapport: {path}: not a Rapport database (not an SQLite "
                                   "file); it was left untouched")
    assert _state(path) == before


def test_another_application_id_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id = 1196444487")  # 'GPKG', a GeoPackage
    con.execute("CREATE TABLE contact (id INTEGER PRIMARY KEY)")  # even with our names
    con.execute("CREATE TABLE schema_version (version INTEGER)")
    con.commit()
    con.close()
    before = _state(path)
    with pytest.raises(ForeignDatabase, match="application id 0x47504b47"):
        open_database(path)
    assert _state(path) == before


def test_an_older_rapport_database_opens_and_is_stamped(tmp_path: Path) -> None:
    path = tmp_path / "rapport.sqlite3"
    shutil.copy(DATA / "schema-v1.sqlite3", path)
    assert int.from_bytes(path.read_bytes()[68:72], "big") == 0
    open_database(path)
    close_database()  # a clean close checkpoints the WAL into the file
    assert int.from_bytes(path.read_bytes()[68:72], "big") == APPLICATION_ID
    done = rapport("list", db=path)
    assert done.returncode == 0 and "Ana Silva" in done.stdout


def test_an_empty_file_becomes_a_rapport_database(tmp_path: Path) -> None:
    for path in (tmp_path / "empty.sqlite3", tmp_path / "blank.sqlite3"):
        if path.name == "empty.sqlite3":
            path.touch()
        else:  # an SQLite file with nothing in it
            sqlite3.connect(path).execute("VACUUM").connection.close()
        done = rapport("list", db=path)
        assert done.returncode == 0, done.stderr
        con = sqlite3.connect(path)
        try:
            assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
            assert con.execute("SELECT count(*) FROM contact").fetchone()[0] == 0
        finally:
            con.close()
