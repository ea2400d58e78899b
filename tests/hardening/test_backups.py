"""Backups (issue 7): daily copies through SQLite's backup API, rotated; restore; and a
database made by the first schema version opens with nothing lost."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from desktop.models import LATEST_VERSION, close_database, db, open_database
from desktop.models import database as database_module
from desktop.services import backups, contacts, search
from desktop.services.errors import ServiceError
from desktop.services.types import ContactFields

DATA = Path(__file__).resolve().parents[1] / "data"


def _names(path: Path) -> list[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in con.execute(
            "SELECT full_name FROM contact WHERE is_me = 0 ORDER BY full_name")]
    finally:
        con.close()


def _add(name: str) -> None:
    contacts.create_contact(ContactFields(full_name=name))


def test_daily_backup_is_a_consistent_copy_taken_once_a_day(db_path: Path) -> None:
    _add("Ana Silva")
    first = backups.take_daily_backup(today=dt.date(2026, 3, 1))
    assert first is not None
    assert first.parent == db_path.parent / "backups"
    _add("Bo Chen")  # still only in the WAL: the backup API reads through it
    assert backups.take_daily_backup(today=dt.date(2026, 3, 1)) is None  # once a day
    assert _names(first) == ["Ana Silva"]
    second = backups.take_daily_backup(today=dt.date(2026, 3, 2))
    assert second is not None and _names(second) == ["Ana Silva", "Bo Chen"]
    con = sqlite3.connect(second)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    assert not list(db_path.parent.glob("backups/*.partial"))


def test_daily_backups_rotate_keeping_the_newest(db_path: Path) -> None:
    _add("Ana Silva")
    for day in range(1, 11):
        assert backups.take_daily_backup(keep=7, today=dt.date(2026, 3, day)) is not None
    listed = backups.list_backups()
    assert [b.taken_at.date() for b in listed if b.kind == backups.KIND_DAILY] == [
        dt.date.today()] * 7  # the day is in the name, the time is when it was written
    names = sorted(p.name for p in (db_path.parent / "backups").glob("*.bak"))
    assert names == [f"rapport.sqlite3.daily-202603{d:02d}.bak" for d in range(4, 11)]
    assert all(b.contacts == 1 for b in listed)


def test_restore_puts_the_backup_back_and_keeps_what_was_there(db_path: Path) -> None:
    _add("Ana Silva")
    daily = backups.take_daily_backup(today=dt.date(2026, 3, 1))
    assert daily is not None
    _add("Bo Chen")
    _add("Zoë Müller")
    safety, changes = backups.restore_backup(daily)
    # The models are bound to the reopened file, which holds the backup's contents...
    assert [r.display_name for r in search.fetch_rows(search.query_ids(
        search.ListFilter())).values()] == ["Ana Silva"]
    assert changes.contacts_added_or_removed and changes.tags and changes.followups
    # ...and what was there before the restore is in a backup of its own, listed.
    assert _names(safety) == ["Ana Silva", "Bo Chen", "Zoë Müller"]
    kinds = {b.path: b.kind for b in backups.list_backups()}
    assert kinds[safety] == backups.KIND_BEFORE_RESTORE
    # The search index came back with the contacts.
    assert search.query_ids(search.ListFilter(text="ana"))
    assert not search.query_ids(search.ListFilter(text="zoe"))


def test_a_damaged_backup_is_refused_and_nothing_changes(db_path: Path) -> None:
    _add("Ana Silva")
    bad = db_path.parent / "backups" / "rapport.sqlite3.daily-20260301.bak"
    bad.parent.mkdir()
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(ServiceError, match=r"daily-20260301\.bak"):
        backups.restore_backup(bad)
    assert [b.contacts for b in backups.list_backups()] == [None]
    assert len(search.query_ids(search.ListFilter())) == 1


def test_first_schema_version_database_opens_with_nothing_lost(tmp_path: Path) -> None:
    """tests/data/schema-v1.sqlite3 was made by schema version 1 (demo network of 12 and
    Ana); every later Rapport must open it, migrating, and keep all of it."""
    path = tmp_path / "rapport.sqlite3"
    shutil.copy(DATA / "schema-v1.sqlite3", path)
    open_database(path)
    try:
        counts = {t: db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in (
            "contact", "tag", "contact_tag", "interaction", "interaction_participant",
            "follow_up", "favor", "introduction", "focus_entry", "email", "phone",
            "contact_photo")}
        assert counts == {
            "contact": 14, "tag": 48, "contact_tag": 40, "interaction": 27,
            "interaction_participant": 30, "follow_up": 2, "favor": 6, "introduction": 14,
            "focus_entry": 2, "email": 17, "phone": 10, "contact_photo": 2}
        version = db.execute_sql("SELECT max(version) FROM schema_version").fetchone()[0]
        assert version == LATEST_VERSION
        ana = search.query_ids(search.ListFilter(text="trail running"))
        assert len(ana) == 1
        detail = contacts.get_contact(ana[0])
        assert detail is not None and detail.fields.full_name == "Ana Silva"
        assert [e.value for e in detail.fields.emails] == ["ana@lumen.example"]
        assert {t.name for t in detail.tags} == {"Running", "Jazz"}
        assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        close_database()
    if LATEST_VERSION > 1:  # the upgrade kept a copy of the version-1 file first
        assert list(tmp_path.glob("rapport.sqlite3.before-v*.bak"))


def test_upgrading_the_first_version_backs_it_up_and_keeps_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A next migration (simulated) runs on the version-1 file: a backup is made first,
    listed by the restore dialog's service, and no row is lost."""
    path = tmp_path / "rapport.sqlite3"
    shutil.copy(DATA / "schema-v1.sqlite3", path)

    def next_migration(database: SqliteDatabase) -> None:
        database.execute_sql("ALTER TABLE contact ADD COLUMN pronouns TEXT DEFAULT ''")

    latest = database_module.LATEST_VERSION
    monkeypatch.setattr(database_module, "MIGRATIONS", (*database_module.MIGRATIONS,
                                                        next_migration))
    monkeypatch.setattr(database_module, "LATEST_VERSION", latest + 1)
    open_database(path)
    try:
        assert db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 14
        listed = backups.list_backups()
    finally:
        close_database()
    assert [b.kind for b in listed] == [backups.KIND_BEFORE_UPGRADE]
    assert listed[0].contacts == 13  # everyone but "me"


def _page_size(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(con.execute("PRAGMA page_size").fetchone()[0])
    finally:
        con.close()


def _resized(path: Path, size: int) -> Path:
    """A copy of the database *path* with pages of *size* bytes (SQLite's VACUUM INTO)."""
    out = path.with_name(f"{path.name}.{size}")
    con = sqlite3.connect(path)
    try:
        con.execute(f"PRAGMA page_size = {size}")
        con.execute("VACUUM INTO ?", (str(out),))
    finally:
        con.close()
    assert _page_size(out) == size
    return out


@pytest.mark.parametrize(("book_size", "backup_size"), [(4096, 16384), (16384, 4096)])
def test_a_backup_of_a_book_with_other_pages_restores(
        tmp_path: Path, book_size: int, backup_size: int) -> None:
    """Books made before 16 KB pages keep their 4 KB ones; a backup taken on another
    computer (a newer book, or an older one) restores all the same, the book keeping its
    own page size (SQLite refuses pages of another size into a book in WAL mode)."""
    other = tmp_path / "other" / "rapport.sqlite3"
    other.parent.mkdir()
    open_database(other)
    _add("Ana Silva")
    taken = backups.take_daily_backup(today=dt.date(2026, 3, 1))
    close_database()
    assert taken is not None
    backup = _resized(taken, backup_size)
    made = tmp_path / "made.sqlite3"
    open_database(made)
    _add("Bo Chen")
    close_database()
    book = tmp_path / "mine" / "rapport.sqlite3"
    book.parent.mkdir()
    _resized(made, book_size).rename(book)
    open_database(book)
    try:
        safety, _changes = backups.restore_backup(backup)
        assert [r.display_name for r in search.fetch_rows(search.query_ids(
            search.ListFilter())).values()] == ["Ana Silva"]
        assert search.query_ids(search.ListFilter(text="ana"))
        assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert _names(safety) == ["Bo Chen"]
    finally:
        close_database()
    assert _page_size(book) == book_size
    assert sorted(p.name for p in book.parent.iterdir()) == [
        ".rapport-pending", "backups", "rapport.sqlite3"]  # no scratch copy left
    assert not list((book.parent / ".rapport-pending").iterdir())


def test_a_new_book_has_16_kb_pages_and_an_old_one_keeps_its_own(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    con = sqlite3.connect(old)
    con.execute("PRAGMA page_size = 4096")
    con.execute("VACUUM")
    con.close()
    for path, size in ((tmp_path / "new.sqlite3", 16384), (old, 4096)):
        open_database(path)
        try:
            _add("Ana Silva")
            assert db.execute_sql("PRAGMA page_size").fetchone()[0] == size
            assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        finally:
            close_database()
