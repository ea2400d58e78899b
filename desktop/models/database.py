"""Opening the database: location, pragmas, backup, migrations, single-instance lock."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
from pathlib import Path
from typing import IO

from peewee import SqliteDatabase

from desktop.models.migrations import LATEST_VERSION, MIGRATIONS
from desktop.models.schema import SchemaVersion, db

DB_ENV = "RAPPORT_DB"
DB_FILENAME = "rapport.sqlite3"


class DatabaseError(Exception):
    """The database could not be opened or upgraded; the message says why, in one line."""


class DatabaseLockedError(DatabaseError):
    """Another Rapport window already has this database open."""


def default_db_path() -> Path:
    """The platform's application-data folder, unless RAPPORT_DB says otherwise."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("Rapport", "Rapport")) / DB_FILENAME


def _pragmas() -> dict[str, object]:
    return {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "synchronous": "normal",
        "cache_size": -32_000,  # 32 MB page cache
        "temp_store": "memory",
        "busy_timeout": 5_000,
    }


def schema_version(database: SqliteDatabase) -> int:
    if not database.table_exists(SchemaVersion._meta.table_name):
        return 0
    row = database.execute_sql("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def backup_database(path: Path, suffix: str) -> Path:
    """Copy the database (consistently, through SQLite's backup API) beside itself."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{suffix}-{stamp}.bak")
    source = sqlite3.connect(str(path))
    try:
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def open_database(path: Path | str) -> SqliteDatabase:
    """Open (creating if missing) and migrate the database at *path*; bind the models to it.

    A file with an older schema is backed up before the first migration runs.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"{path}: cannot create folder: {exc.strerror}") from exc
    existed = path.exists() and path.stat().st_size > 0
    database = SqliteDatabase(str(path), pragmas=_pragmas(), check_same_thread=False)
    try:
        database.connect()
        version = schema_version(database)
    except Exception as exc:  # sqlite3.DatabaseError: not a database, unreadable...
        database.close()
        raise DatabaseError(f"{path}: not a Rapport database ({exc})") from exc
    if version > LATEST_VERSION:
        database.close()
        raise DatabaseError(
            f"{path}: made by a newer Rapport (schema {version}, this one knows {LATEST_VERSION})"
        )
    db.initialize(database)
    if version < LATEST_VERSION:
        if existed and version > 0:
            backup_database(path, f"before-v{LATEST_VERSION}")
        for number in range(version + 1, LATEST_VERSION + 1):
            with database.atomic():
                MIGRATIONS[number - 1](database)
                SchemaVersion.create(version=number)
    return database


def close_database() -> None:
    obj = db.obj
    if obj is not None and not obj.is_closed():
        obj.close()


class InstanceLock:
    """An exclusive advisory lock on ``<db>.lock``, held while the app runs.

    The OS drops it when the process dies, so a crash never leaves a stale lock.
    """

    def __init__(self, db_path: Path) -> None:
        self.path = Path(str(db_path) + ".lock")
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            handle.close()
            raise DatabaseLockedError(
                f"{self.path.with_suffix('')}: already open in another Rapport window"
            ) from exc
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
