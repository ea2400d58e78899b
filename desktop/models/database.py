"""Opening the database: location, pragmas, private file modes, backup copies, migrations.

The single-instance lock is a QLockFile taken by ``desktop.app`` (issue 7).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from desktop.models.migrations import LATEST_VERSION, MIGRATIONS
from desktop.models.schema import SchemaVersion, db

DB_ENV = "RAPPORT_DB"
DB_FILENAME = "rapport.sqlite3"


class DatabaseError(Exception):
    """The database could not be opened or upgraded; the message says why, in one line."""


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


PRIVATE_MODE = 0o600  # the user's contacts: readable by the user only (issue 7, privacy)


def make_private(path: Path) -> None:
    """Create *path* empty with mode 0600 if it is missing, else narrow its mode to 0600.

    SQLite creates the -wal and -shm files with the main file's mode, so a private database
    file keeps its journal private too. No-op where POSIX modes do not exist.
    """
    if os.name != "posix":
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    except FileExistsError:
        with contextlib.suppress(OSError):  # not ours to change (another owner): leave it
            if path.stat().st_mode & 0o077:
                os.chmod(path, PRIVATE_MODE)
    else:
        os.close(fd)


def copy_database(source_path: Path, target: Path) -> None:
    """Copy a database consistently (SQLite's backup API, which reads through the WAL) into
    *target*, atomically: the copy is written beside it as ``.partial`` with mode 0600 and
    renamed into place, so a crash never leaves a half-written file under the final name."""
    partial = target.with_name(f".{target.name}.partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    make_private(partial)
    try:
        source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(str(partial))
            try:
                source.backup(dest)
                # One self-contained file (no -wal beside it) that opens read-only anywhere.
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        finally:
            source.close()
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def backup_database(path: Path, suffix: str) -> Path:
    """Copy the database (consistently, through SQLite's backup API) beside itself."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{suffix}-{stamp}.bak")
    copy_database(path, target)
    return target


def database_path() -> Path | None:
    """The file the models are bound to, or None when no database is open."""
    obj = db.obj
    if obj is None or not isinstance(obj.database, str) or obj.database == ":memory:":
        return None
    return Path(obj.database)


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
    if not path.exists():
        try:
            make_private(path)  # created 0600 before SQLite opens it (issue 7, privacy)
        except OSError as exc:
            raise DatabaseError(f"{path}: cannot create the database: {exc.strerror}") from exc
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
    # A file made by an older Rapport (or copied in) may be wider: narrow it and its journal.
    for part in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if part.exists():
            make_private(part)
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
