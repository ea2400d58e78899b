"""Opening the database: pragmas, migrations with backup, refusal cases.

The single-instance lock (desktop.models.lock) is tested in tests/hardening/."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from desktop.models import (
    LATEST_VERSION,
    DatabaseError,
    close_database,
    db,
    default_db_path,
    open_database,
)
from desktop.models import database as database_module
from desktop.services import contacts
from desktop.services.types import ContactFields


def test_new_database_uses_wal_and_foreign_keys(db_path: Path) -> None:
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    version = db.execute_sql("SELECT max(version) FROM schema_version").fetchone()[0]
    assert version == LATEST_VERSION


def test_missing_folders_are_created(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "rapport.sqlite3"
    open_database(path)
    try:
        assert path.exists()
    finally:
        close_database()


def test_upgrade_backs_up_the_file_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "rapport.sqlite3"
    open_database(path)
    contacts.create_contact(ContactFields(full_name="Kept Before Upgrade"))
    close_database()

    def next_add_column(database: SqliteDatabase) -> None:
        database.execute_sql("ALTER TABLE contact ADD COLUMN pronouns TEXT DEFAULT ''")

    monkeypatch.setattr(
        database_module, "MIGRATIONS", (*database_module.MIGRATIONS, next_add_column)
    )
    monkeypatch.setattr(database_module, "LATEST_VERSION", LATEST_VERSION + 1)
    open_database(path)
    try:
        columns = [r[1] for r in db.execute_sql("PRAGMA table_info(contact)").fetchall()]
        assert "pronouns" in columns
        assert db.execute_sql("SELECT max(version) FROM schema_version").fetchone()[0] == (
            LATEST_VERSION + 1
        )
    finally:
        close_database()
    backups = list(tmp_path.glob(f"rapport.sqlite3.before-v{LATEST_VERSION + 1}-*.bak"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    try:
        names = [r[0] for r in old.execute("SELECT full_name FROM contact")]
        old_columns = [r[1] for r in old.execute("PRAGMA table_info(contact)")]
    finally:
        old.close()
    assert names == ["Kept Before Upgrade"]
    assert "pronouns" not in old_columns


def test_a_file_from_a_newer_rapport_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "rapport.sqlite3"
    open_database(path)
    db.execute_sql("INSERT INTO schema_version (version, applied_at) VALUES (99, '2030-01-01')")
    close_database()
    with pytest.raises(DatabaseError, match="newer Rapport"):
        open_database(path)


def test_a_file_that_is_not_a_database_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"these are my notes, not a database" * 100)
    with pytest.raises(DatabaseError) as info:
        open_database(path)
    assert "not a Rapport database" in str(info.value)
    assert "\n" not in str(info.value)
    assert path.read_bytes().startswith(b"these are my notes")  # nothing lost


def test_rapport_db_environment_variable_overrides_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RAPPORT_DB", str(tmp_path / "elsewhere.sqlite3"))
    assert default_db_path() == tmp_path / "elsewhere.sqlite3"
    monkeypatch.delenv("RAPPORT_DB")
    assert default_db_path().name == "rapport.sqlite3"
    assert "Rapport" in str(default_db_path())


def test_models_match_the_migrated_database(db_path: Path) -> None:
    """schema.py and the numbered migrations describe the same tables and columns: a model
    change without its migration (or the reverse) fails here, not on a user's file."""
    from desktop.models import ALL_MODELS

    for model in ALL_MODELS:
        table = model._meta.table_name
        in_db = {r[1] for r in db.execute_sql(f"PRAGMA table_info({table})").fetchall()}
        in_model = {f.column_name for f in model._meta.sorted_fields}
        assert in_db == in_model, table


def test_an_upgrade_is_seen_coming_and_told_step_by_step(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``pending_upgrade`` says, writing nothing, which books the next open backs up and
    migrates (what the window shows its upgrade window for, issue 18); the open tells its
    *progress* of the backup and then of each migration, and tells nothing for a new book."""
    from desktop.models.database import UpgradeProgress, create_schema, pending_upgrade

    steps: list[UpgradeProgress] = []
    new = tmp_path / "new.sqlite3"
    assert not pending_upgrade(new)  # missing: made, not upgraded
    open_database(new, steps.append)
    close_database()
    assert steps == [] and not pending_upgrade(new)  # current
    notes = tmp_path / "notes.sqlite3"
    notes.write_bytes(b"not a database" * 100)
    assert not pending_upgrade(notes)

    old = tmp_path / "old.sqlite3"
    create_schema(old, LATEST_VERSION - 2)
    before = old.stat().st_mtime_ns, sorted(p.name for p in tmp_path.iterdir())
    assert pending_upgrade(old)
    assert (old.stat().st_mtime_ns, sorted(p.name for p in tmp_path.iterdir())) == before
    open_database(old, steps.append)
    close_database()
    [backup] = tmp_path.glob("old.sqlite3.before-v*.bak")
    assert [(s.backup, s.done, s.total) for s in steps] == [
        (backup, 0, 3), (backup, 1, 3), (backup, 2, 3), (backup, 3, 3)]
    assert not pending_upgrade(old)
    newer = tmp_path / "newer.sqlite3"
    create_schema(newer)
    monkeypatch.setattr(database_module, "LATEST_VERSION", LATEST_VERSION - 1)
    assert not pending_upgrade(newer)  # made by a newer Rapport: the open says so
