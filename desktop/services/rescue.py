"""The way out of a damaged database (issue 13): restore the newest good backup, or recover
what can still be read into a new file. No Qt.

Recovery copies the damaged file table by table into a fresh database with the same schema
version (``create_schema``): a table SQLite reads to the end is copied in one statement;
one it cannot is read again in rowid order, a thousand rows at a time. Where SQLite
refuses a batch ("database disk image is malformed"), rows are read one by one; where even a
single row's page cannot be read, the copy jumps ahead -- doubling the step, then bisecting
back to the first readable rowid -- so one damaged page costs the rows on that page, not the
rest of the table. Rows whose contact did not survive are dropped (foreign keys), and the
search index is rebuilt from what was recovered. Python's sqlite3 has no ``.recover`` and
the sqlite3 program may not be installed, so this is done with plain queries.

Either way, the damaged file is never deleted: it is moved to
``backups/<db name>.damaged-YYYYMMDD-HHMMSS.sqlite3`` and the replacement copied in its place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from peewee import SqliteDatabase

from desktop import files
from desktop.models import (
    FTS_TABLE,
    LATEST_VERSION,
    TAG_FTS_TABLE,
    close_database,
    open_database,
)
from desktop.models.database import (
    PRIVATE_MODE,
    copy_database,
    create_schema,
    is_damage,
    upgrade_database,
)
from desktop.services import search
from desktop.services.backups import EVERYTHING, backup_folder, check_backup
from desktop.services.types import Changes

Progress = Callable[[int, int], bool]  # (tables done, tables) -> False to cancel
_BATCH = 1000
_MAX_ROWID = (1 << 63) - 1


class RecoveryCancelled(Exception):
    """The progress callback said stop; the new file was removed."""


@dataclass(frozen=True)
class Recovered:
    """What a recovery read from the damaged file into ``path`` (a new database).

    ``contacts``: contacts recovered (the user's own profile not counted); ``rows``: rows of
    every table; ``lost``: one line per table where rows could not be read.
    """

    path: Path
    contacts: int
    rows: int
    lost: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not self.lost


def recovered_path(db_file: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_folder(db_file) / f"{db_file.name}.recovered-{stamp}.sqlite3"


def _source_version(src: sqlite3.Connection) -> int:
    try:
        row = src.execute("SELECT max(version) FROM schema_version").fetchone()
        version = int(row[0] or LATEST_VERSION)
    except (sqlite3.Error, TypeError, ValueError):
        return LATEST_VERSION
    return min(max(version, 1), LATEST_VERSION)


class _TableCopy:
    """Copies one table; ``lost_ranges`` counts the stretches of rowids it had to skip."""

    def __init__(self, src: sqlite3.Connection, dst: sqlite3.Connection, table: str,
                 columns: list[str]) -> None:
        self.src = src
        self.dst = dst
        quoted = ", ".join(f'"{c}"' for c in columns)
        self.select = (f'SELECT rowid, {quoted} FROM "{table}" NOT INDEXED '
                       "WHERE rowid > ? ORDER BY rowid LIMIT ?")
        self.probe = (f'SELECT rowid FROM "{table}" NOT INDEXED WHERE rowid > ? '
                      "ORDER BY rowid LIMIT 1")
        self.insert = (f'INSERT OR IGNORE INTO "{table}" ({quoted}) '
                       f"VALUES ({', '.join('?' * len(columns))})")
        self.copied = 0
        self.lost_ranges = 0

    def run(self) -> None:
        pos = -_MAX_ROWID - 1
        while True:
            try:
                rows = self.src.execute(self.select, (pos, _BATCH)).fetchall()
            except sqlite3.DatabaseError as exc:
                if not is_damage(exc):
                    raise
                nxt = self._one_by_one(pos)
                if nxt is None:
                    return
                pos = nxt
                continue
            if not rows:
                return
            self._store(rows)
            pos = rows[-1][0]

    def _store(self, rows: list[tuple[object, ...]]) -> None:
        self.dst.executemany(self.insert, [r[1:] for r in rows])
        self.copied += len(rows)

    def _one_by_one(self, pos: int) -> int | None:
        """Read on from *pos* a row at a time past the damage; the rowid read up to, or
        None at the end of the table."""
        for _ in range(_BATCH):
            try:
                row = self.src.execute(self.probe, (pos,)).fetchone()
            except sqlite3.DatabaseError as exc:
                if not is_damage(exc):
                    raise
                self.lost_ranges += 1
                return self._skip(pos)
            if row is None:
                return None
            rowid = int(row[0])
            try:
                full = self.src.execute(self.select, (rowid - 1, 1)).fetchall()
            except sqlite3.DatabaseError as exc:
                if not is_damage(exc):
                    raise
                self.lost_ranges += 1  # this row's own content is unreadable
                full = []
            if full:
                self._store(full)
            pos = rowid
        return pos

    def _readable_after(self, pos: int) -> bool:
        try:
            self.src.execute(self.probe, (pos,)).fetchone()
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):
                raise
            return False
        return True

    def _skip(self, pos: int) -> int | None:
        """The smallest rowid after *pos* from which the table reads again (None: none)."""
        bad, step = pos, 1
        while True:
            good = min(pos + step, _MAX_ROWID)
            if self._readable_after(good):
                break
            if good >= _MAX_ROWID:
                return None
            bad, step = good, step * 2
        while good - bad > 1:
            mid = (good + bad) // 2
            if self._readable_after(mid):
                good = mid
            else:
                bad = mid
        return good


def recover(db_file: Path, target: Path | None = None,
            progress: Progress | None = None) -> Recovered:
    """Copy what can be read of the damaged *db_file* into a new database (*target*, by
    default ``recovered_path``); *db_file* itself is only read."""
    out = target or recovered_path(db_file)
    out.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        # Written beside *out* and renamed when complete (desktop.files): a recovery that
        # is cancelled, fails or is killed leaves no half-made copy of the contacts.
        with files.atomic_path(out, mode=PRIVATE_MODE) as partial:
            version = _source_version(src)
            create_schema(partial, version)
            dst = sqlite3.connect(f"file:{partial}", uri=True, isolation_level=None)
            try:
                # A file nobody uses until it is complete: no journal; indexes are built
                # once at the end (a third of the time they take row by row).
                dst.execute("PRAGMA journal_mode = OFF")
                dst.execute("PRAGMA synchronous = OFF")
                dst.execute("ATTACH DATABASE ? AS damaged", (f"file:{db_file}?mode=ro",))
                indexes = dst.execute("SELECT name, sql FROM main.sqlite_master "
                                      "WHERE type = 'index' AND sql IS NOT NULL").fetchall()
                for name, _sql in indexes:
                    dst.execute(f'DROP INDEX main."{name}"')
                found = _copy_all(src, dst, out, progress)
                for _name, sql in indexes:
                    dst.execute(sql)
                dst.execute("DETACH DATABASE damaged")
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        return found
    finally:
        src.close()


def _copy_all(src: sqlite3.Connection, dst: sqlite3.Connection, out: Path,
              progress: Progress | None) -> Recovered:
    tables = [r[0] for r in dst.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name != 'schema_version' AND name NOT IN (?, ?, ?) AND name NOT LIKE ? "
        "AND name NOT LIKE ? ORDER BY name",
        # The search indexes are rebuilt from the rows (tag_fts by its triggers), and so
        # is each contact's summary of meetings (contact_meetings, by the triggers of
        # migration 15 as the participants are copied: copied too, it counted twice).
        (FTS_TABLE, TAG_FTS_TABLE, "contact_meetings", f"{FTS_TABLE}_%",
         f"{TAG_FTS_TABLE}_%"))]
    lost: list[str] = []
    total_rows = 0
    for done, table in enumerate(tables):
        if progress is not None and progress(done, len(tables)) is False:
            raise RecoveryCancelled("recovery cancelled")
        wanted = [r[1] for r in dst.execute(f'PRAGMA table_info("{table}")')]
        try:
            have = {r[1] for r in src.execute(f'PRAGMA table_info("{table}")')}
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):
                raise
            lost.append(f"{table}: the table could not be read at all")
            continue
        columns = [c for c in wanted if c in have]
        if not columns:
            if have or wanted:
                lost.append(f"{table}: the table could not be read at all")
            continue
        whole = _copy_whole(dst, table, columns)
        if whole is not None:
            total_rows += whole
            continue
        copy = _TableCopy(src, dst, table, columns)
        dst.execute("BEGIN")
        try:
            copy.run()
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):
                dst.execute("ROLLBACK")
                raise
            copy.lost_ranges += 1
        dst.execute("COMMIT")
        total_rows += copy.copied
        if copy.lost_ranges:
            parts = "a damaged part" if copy.lost_ranges == 1 else \
                f"{copy.lost_ranges} damaged parts"
            lost.append(f"{table}: {parts} could not be read ({copy.copied:,} rows were)")
    total_rows -= _drop_orphans(dst)
    contacts = dst.execute("SELECT count(*) FROM contact WHERE is_me = 0").fetchone()[0]
    if progress is not None:
        progress(len(tables), len(tables))
    return Recovered(out, int(contacts), total_rows, tuple(lost))


def _copy_whole(dst: sqlite3.Connection, table: str, columns: list[str]) -> int | None:
    """Copy an undamaged table in one statement (SQLite's own loop: a hundred times what
    reading it row by row in Python costs); None if it meets damage (nothing is kept of the
    attempt, and the table is copied row by row)."""
    quoted = ", ".join(f'"{c}"' for c in columns)
    dst.execute("BEGIN")
    try:
        cur = dst.execute(f'INSERT OR IGNORE INTO main."{table}" ({quoted}) '
                          f'SELECT {quoted} FROM damaged."{table}" NOT INDEXED')
    except sqlite3.DatabaseError as exc:
        dst.execute("ROLLBACK")
        if not is_damage(exc):
            raise
        return None
    dst.execute("COMMIT")
    return max(cur.rowcount, 0)


def _drop_orphans(dst: sqlite3.Connection) -> int:
    """Delete rows that point at a row that was not recovered (an e-mail whose contact was
    on a damaged page); repeated, since one deletion can orphan another row."""
    dropped = 0
    while True:
        bad = dst.execute("PRAGMA foreign_key_check").fetchall()
        if not bad:
            return dropped
        dst.execute("BEGIN")
        for table, rowid, _parent, _fk in bad:
            if rowid is not None:
                dst.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
                dropped += 1
        dst.execute("COMMIT")


def set_aside(db_file: Path) -> Path:
    """Move the damaged database (and its -wal/-shm) into the backups folder; returns
    where. The models must not be bound to it any more (``close_database``)."""
    folder = backup_folder(db_file)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = folder / f"{db_file.name}.damaged-{stamp}.sqlite3"
    os.replace(db_file, aside)
    for suffix in ("-wal", "-shm"):
        part = Path(f"{db_file}{suffix}")
        if part.exists():
            os.replace(part, Path(f"{aside}{suffix}"))
    return aside


def put_in_place(db_file: Path, replacement: Path,
                 progress: Callable[[int, int], bool] | None = None) -> Path:
    """Set the damaged *db_file* aside (returned: where it went), copy *replacement* in its
    place and upgrade it if it is of an older schema, on connections of its own: any
    thread may run it while the models are bound to nothing (``close_database`` first);
    ``open_database`` then finds nothing left to do. *progress(done, total)* hears of the
    copy's pages and the upgrade's steps (its answer is not asked: the file is being
    replaced). A copy that fails puts the damaged file back where it was."""
    def told(start: int, end: int) -> Callable[[int, int], None]:
        def tell(done: int, total: int) -> None:
            if progress is not None and total > 0:
                progress(start + (end - start) * done // total, 100)
        return tell

    aside = set_aside(db_file)
    try:
        copy_database(replacement, db_file, told(0, 60))
    except BaseException:
        os.replace(aside, db_file)
        for suffix in ("-wal", "-shm"):
            part = Path(f"{aside}{suffix}")
            if part.exists():
                os.replace(part, Path(f"{db_file}{suffix}"))
        raise
    upgrading = told(60, 100)
    # No copy before the upgrade: what was put in is itself a copy, still where it was
    # (a backup; the recovered file, removed only once in place and upgraded).
    upgrade_database(db_file, lambda step: upgrading(step.done, step.total), keep_copy=False)
    return aside


def put_backup_in_place(db_file: Path, backup: Path,
                        progress: Callable[[int, int], bool] | None = None) -> Path:
    """``put_in_place`` of *backup*, once it is found intact (``check_backup``): the part
    of ``restore`` any thread may run (the rescue dialog's worker)."""
    check_backup(backup)
    return put_in_place(db_file, backup, progress)


def restore(db_file: Path, backup: Path) -> tuple[Path, Changes]:
    """Put *backup* in place of the damaged *db_file* and open it, on the calling thread.
    Returns where the damaged file went, and the Changes (everything) the views must
    refresh for."""
    close_database()
    aside = put_backup_in_place(db_file, backup)
    open_database(db_file)
    return aside, EVERYTHING


def put_recovered_in_place(db_file: Path, recovered: Recovered,
                           progress: Callable[[int, int], bool] | None = None) -> Path:
    """``put_in_place`` of what ``recover`` read, then its search index made again from
    it (seconds at 100,000 contacts), on connections of its own: the part of
    ``use_recovered`` any thread may run (the rescue dialog's worker) while the models are
    bound to nothing. *progress(done, 100)* hears of the copy, the upgrade and the index.
    The recovered file is removed once it is in place. Returns where the damaged file
    went."""
    def tell(done: int, total: int) -> bool:
        return progress(done, total) if progress is not None else True

    aside = put_in_place(db_file, recovered.path,
                         lambda done, total: tell(done * 80 // max(total, 1), 100))
    database = SqliteDatabase(str(db_file), pragmas={"foreign_keys": 1})
    try:
        database.connect()
        with database.atomic():
            search.rebuild_index(database)
    finally:
        database.close()
    tell(100, 100)
    with contextlib.suppress(OSError):
        recovered.path.unlink()
    return aside


def use_recovered(db_file: Path, recovered: Recovered) -> tuple[Path, Changes]:
    """Put what ``recover`` read in place of the damaged *db_file* and open it (migrating a
    file from an older version), on the calling thread: ``put_recovered_in_place``, then
    the models bound to it."""
    close_database()
    aside = put_recovered_in_place(db_file, recovered)
    open_database(db_file)
    return aside, EVERYTHING


def discard(recovered: Recovered) -> None:
    with contextlib.suppress(OSError):
        recovered.path.unlink()
