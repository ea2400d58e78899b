"""Opening the database: location, what file it is, pragmas, private file modes, backup
copies, migrations, and what a storage error means for the user.

Only an empty file or Rapport's own database is opened (issue 13): Rapport's files carry
``APPLICATION_ID`` in the SQLite header (``PRAGMA application_id``); a database made before
that, recognised by its ``schema_version`` and ``contact`` tables, gets it on its first
open. Anything else -- another program's SQLite file, a text file -- is refused before
SQLite writes a byte: it is inspected through a read-only (or immutable) connection, so its
mode, size, tables and journal mode stay as they were.

A database that cannot be written (a read-only file, folder or disk) is opened read-only:
everything can be read, and a change fails with :data:`READ_ONLY` in its message.

The single-instance lock is ``desktop.models.lock`` (taken by the app and by commands that
write).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from peewee import PeeweeException, SqliteDatabase

from desktop import files
from desktop.models.indexes import restore_missing
from desktop.models.migrations import LATEST_VERSION, MIGRATIONS, bound_search_merges
from desktop.models.schema import SchemaVersion, db

DB_ENV = "RAPPORT_DB"
DB_FILENAME = "rapport.sqlite3"
# "RPRT" -- the header's application_id field (offset 68) of every Rapport database, so
# `file` and Rapport itself know the file (https://www.sqlite.org/fileformat.html#appid).
APPLICATION_ID = 0x52505254
_HEADER = b"SQLite format 3\x00"
_RAPPORT_TABLES = {"schema_version", "contact"}

# SQLite's primary result codes (https://www.sqlite.org/rescode.html) we tell apart.
_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = (
    3, 5, 6, 8, 10, 11, 13, 14, 26)


class DatabaseError(Exception):
    """The database could not be opened or upgraded; the message says why, in one line."""


class DatabaseDamaged(DatabaseError):
    """The file is a Rapport database (or was) but SQLite finds it damaged.

    ``path`` is the database; ``detail`` what SQLite said."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path}: the database is damaged ({detail})")
        self.path = path
        self.detail = detail


class ForeignDatabase(DatabaseError):
    """The file is not Rapport's (another program's database, or not a database at all);
    it was left untouched."""

    def __init__(self, path: Path, what: str) -> None:
        super().__init__(f"{path}: not a Rapport database ({what}); it was left untouched")
        self.path = path


def default_db_path() -> Path:
    """The platform's application-data folder, unless RAPPORT_DB says otherwise."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("Rapport", "Rapport")) / DB_FILENAME


# The page size of a new book (SQLite's default is 4 KB). Bulk writes touch fewer pages:
# 100,000 imported cards cost the writer ~1 s less CPU (8.6 -> 7.6 s, 2026-12-05), and the
# end of an import (indexes made again, commit) ~0.3 s less. A book keeps the size it was
# made with (changing it would mean rewriting the whole file); copying one size into the
# other is ``copy_into``'s business.
PAGE_SIZE = 16_384


def _pragmas(read_only: bool = False) -> dict[str, object]:
    pragmas: dict[str, object] = {
        # First: it takes effect only on a new, empty file, before anything is written
        # to it (journal_mode is such a write).
        "page_size": PAGE_SIZE,
        "journal_mode": "wal",
        "foreign_keys": 1,
        "synchronous": "normal",
        "cache_size": -32_000,  # 32 MB page cache
        "temp_store": "memory",
        "busy_timeout": 5_000,
    }
    if read_only:
        del pragmas["page_size"], pragmas["journal_mode"]  # a read-only file keeps its own
    return pragmas


def small_page_cache() -> None:
    """Give the calling thread's connection a small page cache (2 MB, not 32): for a job
    on a connection of its own that reads each page about once (the whole network) or
    writes across the whole book (a tag on 300,000 contacts and its undo: SQLite's cache
    of that connection filled its 32 MB with pages it would not touch again, issue 18)."""
    db.execute_sql("PRAGMA cache_size = -2000")


def release_page_cache() -> None:
    """Let go of the pages the calling thread's connection has cached
    (``PRAGMA shrink_memory``); the cache fills again as that connection reads. For the
    window's own connection when a view opens that reads elsewhere: the list's and the
    calendar's reads had filled it with 21-31 MiB at 300,000 contacts, held all the while
    the network view (whose jobs read on connections of their own) was open (issue 18)."""
    db.execute_sql("PRAGMA shrink_memory")


def schema_version(database: SqliteDatabase) -> int:
    if not database.table_exists(SchemaVersion._meta.table_name):
        return 0
    row = database.execute_sql("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


PRIVATE_MODE = files.PRIVATE_MODE  # the user's contacts: readable by the user only (issue 7)


def make_private(path: Path) -> None:
    """Create *path* empty with mode 0600 if it is missing, else take away what group and
    others may do with it (a read-only file stays read-only: 0444 becomes 0400).

    SQLite creates the -wal and -shm files with the main file's mode, so a private database
    file keeps its journal private too. No-op where POSIX modes do not exist.
    """
    if os.name != "posix":
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    except FileExistsError:
        with contextlib.suppress(OSError):  # not ours to change (another owner): leave it
            mode = path.stat().st_mode
            if mode & 0o077:
                os.chmod(path, mode & 0o700)
    else:
        os.close(fd)


# --------------------------------------------------------------------------- errors


def _codes(exc: BaseException) -> list[int]:
    """SQLite's primary result codes along *exc*'s chain (peewee's ``orig``, causes and
    contexts): a failed ROLLBACK after a full disk says "cannot rollback", its context says
    why."""
    out: list[int] = []
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        current = todo.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        code = getattr(current, "sqlite_errorcode", None)
        if isinstance(code, int):
            out.append(code & 0xFF)
        for nxt in (getattr(current, "orig", None), current.__cause__, current.__context__):
            if isinstance(nxt, BaseException):
                todo.append(nxt)
    return out


_TELLING = (_CORRUPT, _NOTADB, _FULL, _READONLY, _BUSY, _LOCKED, _IOERR, _CANTOPEN, _PERM)


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code behind *exc* (a sqlite3 or peewee error), if any: the
    most telling one of its chain."""
    codes = _codes(exc)
    for code in _TELLING:
        if code in codes:
            return code
    return codes[0] if codes else None


# An error raised in a Qt virtual written in Python (a model's data() while painting)
# reaches the event loop prefixed once per C++ frame it crossed.
_OVERRIDE_PREFIX = re.compile(r"^(?:Error calling Python override of [\w:]+\(\): )+")


def error_detail(exc: BaseException) -> str:
    """The first line of what *exc* says (without the prefixes of the Qt calls it
    crossed)."""
    text = _OVERRIDE_PREFIX.sub("", str(exc)) or type(exc).__name__
    return text.splitlines()[0] if text else text


_message = error_detail


def is_storage_error(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.Error | PeeweeException)


def is_damage(exc: BaseException) -> bool:
    """True if *exc* says the database file is damaged (or is no database at all)."""
    if isinstance(exc, DatabaseDamaged):
        return True
    if not is_storage_error(exc):
        return False
    code = sqlite_code(exc)
    if code is not None:
        return code in (_CORRUPT, _NOTADB)
    text = _message(exc).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


READ_ONLY = "the database is read-only"
BUSY = "the database is busy"
DISK_FULL = "the disk is full"


def storage_error_text(exc: BaseException) -> str:
    """What a storage error means, in one line a user can act on (no path: the caller
    says which file or operation)."""
    if isinstance(exc, DatabaseError):
        return str(exc)
    if isinstance(exc, OSError):
        return files.error_text(exc)
    code = sqlite_code(exc)
    detail = _message(exc)
    if is_damage(exc):
        return f"the database is damaged ({detail})"
    if code in (_BUSY, _LOCKED):
        return (f"{BUSY}: something else is writing to it (an import, a sync or another "
                "program); nothing was changed, try again in a moment")
    if code == _READONLY or "readonly database" in detail:
        return f"{READ_ONLY}; nothing was changed"
    if code == _FULL:
        return f"{DISK_FULL}; nothing was changed (free some space, then try again)"
    if code in (_IOERR, _CANTOPEN, _PERM):
        return f"the database file could not be read or written ({detail})"
    return detail


# --------------------------------------------------------------------------- what file is it


def _read_only_uri(path: Path) -> str:
    """A URI that reads *path* without writing anything beside it: ``immutable`` when no
    WAL is waiting to be read (SQLite then creates no -shm), else ``mode=ro``."""
    from urllib.parse import quote

    base = "file:" + quote(str(path.resolve()))
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return base + "?mode=ro"
    return base + "?immutable=1"


def _table_names(path: Path) -> set[str]:
    con = sqlite3.connect(_read_only_uri(path), uri=True)
    try:
        return {r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    finally:
        con.close()


def inspect_file(path: Path) -> str:
    """``"missing"``, ``"empty"`` (nothing in it yet: Rapport may make it its own) or
    ``"rapport"``. Raises ForeignDatabase for anything else, DatabaseDamaged for a
    Rapport database SQLite cannot read; writes nothing."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except FileNotFoundError:
        return "missing"
    except IsADirectoryError:
        raise DatabaseError(f"{path}: is a folder, not a database file") from None
    except OSError as exc:
        raise DatabaseError(f"{path}: cannot read the database: {exc.strerror}") from None
    if not head:
        return "empty"
    if not head.startswith(_HEADER):
        raise ForeignDatabase(path, "not an SQLite file")
    app_id = int.from_bytes(head[68:72], "big") if len(head) >= 72 else 0
    if app_id == APPLICATION_ID:
        return "rapport"
    if app_id != 0:
        raise ForeignDatabase(path, f"it belongs to another program, application id {app_id:#x}")
    try:
        names = _table_names(path)
    except sqlite3.Error as exc:
        if is_damage(exc):  # an SQLite file it cannot read: more likely ours, damaged
            raise DatabaseDamaged(path, _message(exc)) from None
        raise DatabaseError(f"{path}: cannot read the database: {_message(exc)}") from None
    if not names:
        return "empty"
    if _RAPPORT_TABLES <= names:
        return "rapport"  # made before Rapport stamped its files: stamped on open
    shown = ", ".join(sorted(names)[:4]) + (", …" if len(names) > 4 else "")
    raise ForeignDatabase(path, f"it holds another program's tables: {shown}")


def _writable(path: Path) -> bool:
    folder = path.parent
    if path.exists():
        if files.is_read_only(path):
            return False
        # SQLite writes -wal and -shm files beside it: the folder must take new files
        # unless they already exist and can be written.
        journal = [Path(f"{path}-wal"), Path(f"{path}-shm")]
        if all(p.exists() and not files.is_read_only(p) for p in journal):
            return True
    return os.access(folder, os.W_OK) and not _read_only_mount(folder)


def _read_only_mount(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        return False


# --------------------------------------------------------------------------- copies


COPY_STEP_BYTES = 8 << 20  # copied a step: a step's progress about every 0.1 s


def copy_pages(source: sqlite3.Connection, dest: sqlite3.Connection,
               progress: Callable[[int, int], None] | None = None) -> None:
    """SQLite's backup API from *source* to *dest*; with *progress*, in steps of
    ``COPY_STEP_BYTES``, telling it (pages copied, pages in all) after each. An
    exception *progress* raises stops the copy and leaves *dest* as it was: its write
    transaction spans every step and commits at the last."""
    if progress is None:
        source.backup(dest)
        return

    def step(_status: int, remaining: int, total: int) -> None:
        progress(total - remaining, total)

    page = int(source.execute("PRAGMA page_size").fetchone()[0])
    source.backup(dest, pages=max(1, COPY_STEP_BYTES // page), progress=step)


def copy_into(source_path: Path, path: Path,
              progress: Callable[[int, int], None] | None = None) -> None:
    """Copy the database *source_path* over the live book *path* (in WAL mode, other
    connections open): SQLite's backup API writing it in one transaction (spanning its
    steps), so a failure or a crash part-way leaves the old contents, never a mix.

    A book in WAL mode cannot take pages of another size (SQLite refuses: "attempt to
    write a readonly database"), and books made before ``PAGE_SIZE`` have 4 KB pages: a
    source of another size is first rewritten at the book's (``VACUUM INTO`` a scratch
    file beside it), then copied in."""
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(str(path), timeout=30)
        try:
            size = int(dest.execute("PRAGMA page_size").fetchone()[0])
            if int(source.execute("PRAGMA page_size").fetchone()[0]) == size:
                copy_pages(source, dest, progress)
                return
            with files.scratch_path(path) as scratch:
                source.execute(f"PRAGMA page_size = {size}")
                source.execute("VACUUM INTO ?", (str(scratch),))
                resized = sqlite3.connect(f"file:{scratch}?mode=ro", uri=True)
                try:
                    copy_pages(resized, dest, progress)
                finally:
                    resized.close()
        finally:
            dest.close()
    finally:
        source.close()


def copy_database(source_path: Path, target: Path,
                  progress: Callable[[int, int], None] | None = None) -> None:
    """Copy a database consistently (SQLite's backup API, which reads through the WAL) into
    *target*, atomically (``desktop.files.atomic_path``: a private temporary file beside
    it, fsynced and renamed into place), so a crash or a full disk never leaves a
    half-written file under the final name. *progress*: see ``copy_pages`` (what it
    raises removes the partial copy)."""
    with files.atomic_path(target, mode=PRIVATE_MODE) as partial:
        source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(str(partial))
            try:
                copy_pages(source, dest, progress)
                # One self-contained file (no -wal beside it) that opens read-only anywhere.
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        finally:
            source.close()


def backup_path(path: Path, suffix: str) -> Path:
    """Where a backup of *path* of kind *suffix* taken now goes: beside it."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.name}.{suffix}-{stamp}.bak")


def _read_all(uri: str, sql: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(uri, uri=True, timeout=30)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def check_database(path: Path, full: bool = False) -> str | None:
    """What is wrong with the database at *path* (None: nothing). ``full``: SQLite's
    integrity_check, which reads every page and index (seconds on 100,000 contacts);
    else quick_check (about a tenth of that). Uses its own read-only connection, so it
    runs on any thread while the app works."""
    pragma = f"PRAGMA {'integrity_check' if full else 'quick_check'}(20)"
    try:
        rows = _read_all(f"file:{path}?mode=ro", pragma)
    except sqlite3.Error as exc:
        if is_damage(exc):
            return _message(exc)
        if sqlite_code(exc) != _CANTOPEN:
            raise
        # A read-only folder: SQLite cannot make the -shm file a WAL reader needs.
        try:
            rows = _read_all(_read_only_uri(path), pragma)
        except sqlite3.Error as again:
            if is_damage(again):
                return _message(again)
            raise
    problems = [str(r[0]) for r in rows if r[0] != "ok"]
    if not problems:
        return None
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return problems[0] + more


# --------------------------------------------------------------------------- open / close

_opened: dict[str, object] = {"path": None, "read_only": False}


def database_path() -> Path | None:
    """The file the models are bound to, or None when no database is open."""
    path = _opened["path"]
    return path if db.obj is not None and isinstance(path, Path) else None


def is_read_only() -> bool:
    """True when the open database could only be opened for reading."""
    return bool(_opened["read_only"])


@dataclass(frozen=True)
class UpgradeProgress:
    """Where the upgrade of an existing book stands: the copy of it taken first is
    ``backup``; ``done`` of ``total`` steps are over (the copy, then each migration)."""

    backup: Path
    done: int
    total: int


Upgrading = Callable[[UpgradeProgress], None]


def pending_upgrade(path: Path | str) -> bool:
    """True when *path* is a Rapport book of an older schema that opening it will back up
    and migrate (what may take seconds: migration 19 rebuilds the search index, ~10 s at
    300,000 contacts). Writes nothing; anything unusual (missing, foreign, damaged,
    read-only) is False: ``open_database`` says what it is."""
    path = Path(path)
    try:
        if inspect_file(path) != "rapport" or not _writable(path):
            return False
        rows = _read_all(_read_only_uri(path), "SELECT max(version) FROM schema_version")
    except (DatabaseError, sqlite3.Error, OSError):
        return False
    version = rows[0][0] if rows else None
    return isinstance(version, int) and 0 < version < LATEST_VERSION


def _connect(path: Path) -> tuple[SqliteDatabase, int, bool, bool]:
    """A connection of its own to *path* (created if missing) after every check that
    comes before a migration; (the database, its schema version, whether it can be
    written, whether it was a Rapport book already)."""
    if not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"{path}: cannot create folder: {exc.strerror}") from exc
    kind = inspect_file(path)
    writable = _writable(path)
    if kind == "missing":
        if not writable:
            raise DatabaseError(f"{path}: cannot create the database: the folder is read-only")
        try:
            make_private(path)  # created 0600 before SQLite opens it (issue 7, privacy)
        except OSError as exc:
            raise DatabaseError(f"{path}: cannot create the database: {exc.strerror}") from exc
    existed = kind == "rapport"
    if writable:
        database = SqliteDatabase(str(path), pragmas=_pragmas(), check_same_thread=False)
    else:
        database = SqliteDatabase(_read_only_uri(path), pragmas=_pragmas(read_only=True),
                                  check_same_thread=False, uri=True)
    try:
        database.connect()
        version = schema_version(database)
    except Exception as exc:  # sqlite3.DatabaseError: unreadable, damaged...
        database.close()
        if is_damage(exc):
            raise DatabaseDamaged(path, _message(exc)) from exc
        raise DatabaseError(f"{path}: cannot open the database: {storage_error_text(exc)}"
                            ) from exc
    if version > LATEST_VERSION:
        database.close()
        raise DatabaseError(
            f"{path}: made by a newer Rapport (schema {version}, this one knows {LATEST_VERSION})"
        )
    if not writable and version < LATEST_VERSION:
        database.close()
        raise DatabaseError(f"{path}: {READ_ONLY}, and this version of Rapport must upgrade "
                            "it first (open it once where it can be written)")
    if writable:
        # A file made by an older Rapport (or copied in) may be wider: narrow it and its
        # journal.
        for part in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            if part.exists():
                make_private(part)
        # Before the backup: a copy cut short (the process killed) is found and removed
        # by the next start, before that start's own copy needs the space.
        files.use_pending_folder(path.parent)
        files.remove_abandoned(path.parent)
    return database, version, writable, existed


def upgrade_database(path: Path | str, progress: Upgrading | None = None, *,
                     keep_copy: bool = True) -> None:
    """Back up and migrate the database at *path* on a connection of its own, which any
    thread may run (the window's ``desktop.ui.upgrade_window``, while it stays
    responsive); ``open_database`` then finds nothing left to do. Raises what
    ``open_database`` raises. Without *keep_copy* no backup is made: for a file that is
    itself a copy (a backup upgraded beside the book before a restore copies it in)."""
    path = Path(path)
    database, version, writable, existed = _connect(path)
    try:
        if writable:
            _upgrade(database, path, version, existed, progress, keep_copy)
    finally:
        database.close()


def open_database(path: Path | str, progress: Upgrading | None = None) -> SqliteDatabase:
    """Open (creating if missing) and migrate the database at *path*; bind the models to it.

    A file with an older schema is backed up before the first migration runs;
    *progress* hears of each step of that (not of a new book's making). Raises
    DatabaseError (one line): ForeignDatabase for a file that is not Rapport's,
    DatabaseDamaged when SQLite cannot read it.
    """
    path = Path(path)
    database, version, writable, existed = _connect(path)
    db.initialize(database)
    _opened["path"] = path
    _opened["read_only"] = not writable
    if writable:
        try:
            _upgrade(database, path, version, existed, progress)
        except Exception:
            close_database()
            raise
    return database


def _upgrade(database: SqliteDatabase, path: Path, version: int, existed: bool,
             progress: Upgrading | None, keep_copy: bool = True) -> None:
    """Back up and migrate (each migration one transaction: a process killed half-way
    leaves the book as the last finished step left it); storage errors become
    DatabaseError."""
    try:
        _migrate(database, path, version, existed, progress, keep_copy)
    except Exception as exc:
        if is_damage(exc):
            raise DatabaseDamaged(path, _message(exc)) from exc
        if is_storage_error(exc) or isinstance(exc, OSError):
            raise DatabaseError(f"{path}: cannot upgrade the database: "
                                f"{storage_error_text(exc)}") from exc
        raise


def _migrate(database: SqliteDatabase, path: Path, version: int, existed: bool,
             progress: Upgrading | None, keep_copy: bool) -> None:
    if version < LATEST_VERSION:
        # A book the user had is copied first; a new one (version 0) has nothing to lose.
        backup = backup_path(path, f"before-v{LATEST_VERSION}")
        told = progress if existed and version > 0 else None
        total = LATEST_VERSION - version + 1
        if existed and version > 0 and keep_copy:
            reused = _backup_of_this_upgrade(database, path, version)
            if reused is not None:
                backup = reused
            if told is not None:
                told(UpgradeProgress(backup, 0, total))
            if reused is None:
                _back_up_for_upgrade(database, path, version, backup)
            if told is not None:
                told(UpgradeProgress(backup, 1, total))
        for number in range(version + 1, LATEST_VERSION + 1):
            with database.atomic():
                MIGRATIONS[number - 1](database)
                database.execute_sql(
                    "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                    (number, dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")))
            if told is not None:
                told(UpgradeProgress(backup, number - version + 1, total))
        with contextlib.suppress(OSError):
            _upgrade_record(path).unlink()  # done: the next upgrade makes its own copy
    if database.execute_sql("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        database.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    # A bulk import drops and makes again these in its transaction; whatever left a book
    # without one, it is back before anything reads the book.
    restore_missing(database)
    bound_search_merges(database)


# An upgrade interrupted (the process killed, a migration failed) starts again at the next
# open. Its backup is used again when it still describes the book, instead of a new copy
# each time (700 MB at 300,000 contacts: a user whose upgrade keeps being cut short would
# fill the disk). Proof that it does: ``<book>.upgrade`` beside the book, written once the
# backup is complete, records the schema version it holds, the upgrade's target, the
# backup's size and mtime, and the book's file as it was copied: its inode, size, mtime and
# 100-byte SQLite header, taken after a checkpoint that emptied the WAL. A later open
# checkpoints again (so a change an older Rapport committed to the WAL reaches the file)
# and compares. What a killed migration wrote is uncommitted in the WAL, which a checkpoint
# never copies: the file is as it was. Any difference, or anything unreadable, makes a new
# backup. The record goes when the upgrade ends.


def _upgrade_record(path: Path) -> Path:
    return path.with_name(f"{path.name}.upgrade")


def _book_state(database: SqliteDatabase, path: Path) -> list[object] | None:
    """The book's file once its WAL is emptied into it (None when a checkpoint cannot run
    to the end, or the file cannot be read: nothing is proved then)."""
    try:
        busy, _log, _done = database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            return None
        st = path.stat()
        with open(path, "rb") as fh:
            header = fh.read(100)
    except (sqlite3.Error, PeeweeException, OSError):
        return None
    return [st.st_ino, st.st_size, st.st_mtime_ns, header.hex()]


def _file_state(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_ino, st.st_size, st.st_mtime_ns]


def _back_up_for_upgrade(database: SqliteDatabase, path: Path, version: int,
                         backup: Path) -> None:
    """Copy the book to *backup*, and record what proves that copy can serve this upgrade
    again (when the book did not change while it was copied)."""
    with contextlib.suppress(OSError):
        _upgrade_record(path).unlink()  # an older upgrade's: it describes another copy
    before = _book_state(database, path)
    copy_database(path, backup)
    if before is None or _book_state(database, path) != before:
        return
    record = {"to": LATEST_VERSION, "version": version, "backup": backup.name,
              "backup_file": _file_state(backup), "book": before}
    with contextlib.suppress(OSError):
        files.write_bytes(_upgrade_record(path), json.dumps(record).encode("utf-8"))


def _backup_of_this_upgrade(database: SqliteDatabase, path: Path,
                            version: int) -> Path | None:
    """The backup an interrupted upgrade of the book from *version* made, when it is
    complete and the book has not changed since (see above); None: make a new one."""
    try:
        record = json.loads(_upgrade_record(path).read_text(encoding="utf-8"))
        backup = path.with_name(str(record["backup"]))
        if (record["to"] != LATEST_VERSION or record["version"] != version
                or backup.name != record["backup"]  # a name, not a path elsewhere
                or _file_state(backup) != record["backup_file"]):
            return None
        held = _read_all(_read_only_uri(backup), "SELECT max(version) FROM schema_version")
    except (OSError, ValueError, KeyError, TypeError, sqlite3.Error):
        return None
    if held != [(version,)] or _book_state(database, path) != record["book"]:
        return None
    return backup


def create_schema(path: Path, version: int = LATEST_VERSION) -> None:
    """Make *path* (new, empty) a Rapport database at schema *version*, without binding the
    models to it: what a recovery copies rows into before it is opened (and migrated)."""
    database = SqliteDatabase(str(path), pragmas={"foreign_keys": 0})
    try:
        database.connect()
        for number in range(1, version + 1):
            with database.atomic():
                MIGRATIONS[number - 1](database)
                database.execute_sql("INSERT INTO schema_version (version) VALUES (?)",
                                     (number,))
        database.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    finally:
        database.close()


_checkpoint = {"owed": False}


@contextlib.contextmanager
def checkpoint_after() -> Iterator[None]:
    """Leave the copying of a big write's WAL into the book until after it is committed
    and its result told (``close_database`` copies it): the calling thread's connection
    makes no automatic checkpoint inside.

    An import of 100,000 cards commits ~200 MB of WAL; the commit's automatic checkpoint
    copied it into the book before the import could say it was done: 0.5-0.9 s of its
    7-8 s (issue 18). The import's process (the window's child, or ``rapport import``)
    tells its result first, then closes. Nothing waits on it: readers read the WAL, a
    writer appends to it, and another connection's automatic checkpoint meanwhile gives
    up at once (a passive checkpoint never waits for the one running). Committed is
    committed either way; a process stopped before the copy leaves it to the next commit
    or close, as SQLite always does."""
    pages = int(db.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0])
    db.execute_sql("PRAGMA wal_autocheckpoint = 0")
    try:
        yield
    finally:
        _checkpoint["owed"] = True
        with contextlib.suppress(sqlite3.Error, PeeweeException):
            db.execute_sql(f"PRAGMA wal_autocheckpoint = {pages}")


def close_database() -> None:
    """Close the calling thread's connection, first copying into the book a WAL that
    ``checkpoint_after`` left (without waiting for anyone: what cannot be copied now is
    copied by the next commit or close)."""
    obj = db.obj
    if obj is not None and not obj.is_closed():
        if _checkpoint["owed"] and not is_read_only():
            with contextlib.suppress(sqlite3.Error, PeeweeException):
                obj.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")
        obj.close()
    _checkpoint["owed"] = False
    _opened["path"] = None
    _opened["read_only"] = False
