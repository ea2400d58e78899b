"""Backups of the database: a rotating set of daily copies, listing them, restoring one. No Qt.

Where (issue 7): ``<data folder>/backups/`` beside the database, one file per day named
``<db name>.daily-YYYYMMDD.bak``; the newest ``KEEP_DAILY`` are kept. Every restore first
copies the current file to ``<db name>.before-restore-YYYYMMDD-HHMMSS.bak`` in the same
folder, so a restore can itself be undone by restoring that. The copies a migration makes
(``<db name>.before-vN-...bak``, beside the database, see ``open_database``) are listed too.

Every copy goes through SQLite's backup API (consistent while the app writes, WAL included)
into a private (0600) file that is renamed into place when complete.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop import files
from desktop.models import LATEST_VERSION, close_database, open_database
from desktop.models.database import (
    DatabaseDamaged,
    DatabaseError,
    check_database,
    copy_database,
    copy_into,
    database_path,
    error_detail,
    upgrade_database,
)
from desktop.services.errors import ServiceError
from desktop.services.types import Changes
from desktop.text import Translatable, fill


class BackupText(Translatable):
    """Translation context of backups: refusals."""


KEEP_DAILY = 7
KEEP_BEFORE_RESTORE = 7
FOLDER = "backups"

KIND_DAILY = "daily"
KIND_BEFORE_RESTORE = "before-restore"
KIND_BEFORE_UPGRADE = "before-upgrade"

_NAME = re.compile(
    r"^(?P<db>.+)\.(?P<kind>daily|before-restore|before-v\d+)-(?P<stamp>\d{8}(?:-\d{6})?)\.bak$"
)

EVERYTHING = Changes(contacts_added_or_removed=True, tags=True, graph=True, followups=True,
                     interactions=True)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was taken, what kind it is, and how many contacts it holds
    (None when the file cannot be read as a Rapport database)."""

    path: Path
    kind: str
    taken_at: dt.datetime
    contacts: int | None
    size: int

    @property
    def label(self) -> str:
        """What kind of backup this is, in the user's language."""
        if self.kind == KIND_DAILY:
            return BackupText.tr("Daily backup")
        if self.kind == KIND_BEFORE_RESTORE:
            return BackupText.tr("Before a restore")
        if self.kind == KIND_BEFORE_UPGRADE:
            return BackupText.tr("Before an upgrade")
        return self.kind


def current_database() -> Path | None:
    """The database file Rapport has open (None when none is)."""
    return database_path()


def backup_folder(db_file: Path) -> Path:
    return db_file.parent / FOLDER


def _current(db_file: Path | None) -> Path:
    path = db_file if db_file is not None else database_path()
    if path is None:
        raise ServiceError(BackupText.tr("no database is open"))
    return Path(path)


def _stamp_time(stamp: str) -> dt.datetime:
    fmt = "%Y%m%d-%H%M%S" if "-" in stamp else "%Y%m%d"
    return dt.datetime.strptime(stamp, fmt)


def _backups_of(db_file: Path, kind_prefix: str) -> list[Path]:
    found: list[Path] = []
    for folder in (backup_folder(db_file), db_file.parent):
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            m = _NAME.match(path.name)
            if m and m["db"] == db_file.name and m["kind"].startswith(kind_prefix):
                found.append(path)
    return found


def contact_count(path: Path) -> int | None:
    """How many contacts (not counting the user's own profile) the file holds, read-only."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = con.execute("SELECT count(*) FROM contact WHERE is_me = 0").fetchone()
        return int(row[0])
    except sqlite3.Error:
        return None
    finally:
        con.close()


def list_backups(db_file: Path | None = None) -> list[BackupInfo]:
    """Every backup of the database, newest first."""
    path = _current(db_file)
    out: list[BackupInfo] = []
    for file in _backups_of(path, ""):
        m = _NAME.match(file.name)
        assert m is not None
        kind = m["kind"]
        if kind.startswith("before-v"):
            kind = KIND_BEFORE_UPGRADE
        try:
            taken_at = _stamp_time(m["stamp"])
            size = file.stat().st_size
        except (ValueError, OSError):
            continue
        if kind == KIND_DAILY:  # the day is in the name; the time is when it was written
            with contextlib.suppress(OSError):
                taken_at = dt.datetime.fromtimestamp(file.stat().st_mtime)
        out.append(BackupInfo(file, kind, taken_at, contact_count(file), size))
    out.sort(key=lambda b: b.taken_at, reverse=True)
    return out


def _prune(db_file: Path, kind: str, keep: int) -> None:
    old = sorted(_backups_of(db_file, kind), key=lambda p: p.name, reverse=True)[keep:]
    for path in old:
        with contextlib.suppress(OSError):
            path.unlink()


def take_daily_backup(db_file: Path | None = None, keep: int = KEEP_DAILY,
                      today: dt.date | None = None) -> Path | None:
    """Copy the database to today's daily backup unless today's exists; keep the newest
    *keep*. Returns the new file, or None when there already was one today (or there is no
    database file yet). Safe on any thread: it uses its own SQLite connections.

    The copy is checked (SQLite's quick_check) before it counts: a damaged database raises
    DatabaseDamaged and the older, good backups stay (issue 13)."""
    path = _current(db_file)
    if not path.exists():
        return None
    day = (today or dt.date.today()).strftime("%Y%m%d")
    folder = backup_folder(path)
    target = folder / f"{path.name}.{KIND_DAILY}-{day}.bak"
    if target.exists():
        return None
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    copy_database(path, target)
    problem = check_database(target)
    if problem is not None:
        with contextlib.suppress(OSError):
            target.unlink()
        raise DatabaseDamaged(path, problem)
    record_check(path)
    _prune(path, KIND_DAILY, keep)
    return target


# When the database last passed a check (desktop.services.health schedules them).


def _stamp_file(db_file: Path) -> Path:
    return backup_folder(db_file) / f"{db_file.name}.checked"


def last_check(db_file: Path) -> dt.datetime | None:
    """When the database last passed a check (None: never, or not recorded)."""
    try:
        text = _stamp_file(db_file).read_text(encoding="utf-8").strip()
        return dt.datetime.fromisoformat(text.splitlines()[0])
    except (OSError, ValueError, IndexError):
        return None


def record_check(db_file: Path, when: dt.datetime | None = None) -> None:
    """Remember that the database passed a check now (quietly nothing where the folder
    cannot be written: the check then simply runs again next time)."""
    moment = (when or dt.datetime.now()).replace(microsecond=0)
    try:
        backup_folder(db_file).mkdir(mode=0o700, parents=True, exist_ok=True)
        files.write_bytes(_stamp_file(db_file), moment.isoformat().encode("ascii"))
    except OSError:
        pass


def check_backup(backup: Path) -> None:
    """Raise ServiceError (one line) unless *backup* is an intact Rapport database this
    version can open."""
    try:
        con = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ServiceError(fill(BackupText.tr("%1: cannot open the backup (%2)"),
                                backup, exc)) from exc
    try:
        ok = con.execute("PRAGMA quick_check").fetchone()[0]
        version = con.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    except sqlite3.Error as exc:
        raise ServiceError(fill(BackupText.tr("%1: not a Rapport backup (%2)"),
                                backup, exc)) from exc
    finally:
        con.close()
    if ok != "ok":
        # One line: SQLite's report is several ("*** in database main ***", then a line
        # for each damaged page); its first finding says enough.
        found = [line for line in str(ok).splitlines() if line and not line.startswith("***")]
        raise ServiceError(fill(BackupText.tr("%1: the backup is damaged (%2)"), backup,
                                found[0] if found else ok))
    if version is None or int(version) > LATEST_VERSION:
        raise ServiceError(fill(BackupText.tr("%1: made by a newer Rapport (schema %2)"), backup,
                                version))


class RestoreCancelled(Exception):
    """The restore was cancelled during the safety copy: nothing changed."""


class RestoreFailed(ServiceError):
    """The restore failed once the backup was being put in (its upgrade, the copy in):
    the one line says whether the book is as it was, or where what it held was saved."""


# Where a restore stands, out of RESTORE_STEPS (the progress a worker reports): the backup
# checked, the safety copy (cancellable), then from REPLACING on the book is being replaced
# (no Cancel any more): an older backup copied beside the book and upgraded there, then
# copied in.
RESTORE_STEPS = 1000
_CHECKED, REPLACING, _COPIED_OUT, _UPGRADED = 50, 500, 600, 850


def _scaled(progress: Callable[[int, int], bool], start: int, end: int,
            cancellable: bool) -> Callable[[int, int], None]:
    """*progress* told done/total of one part as its share start..end of RESTORE_STEPS; a
    cancel it says (False) stops a *cancellable* part (RestoreCancelled) and is ignored
    after it."""

    def told(done: int, total: int) -> None:
        share = start + (end - start) * done // total if total > 0 else start
        if not progress(share, RESTORE_STEPS) and cancellable:
            raise RestoreCancelled

    return told


def _schema_of(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(con.execute("SELECT max(version) FROM schema_version").fetchone()[0])
    finally:
        con.close()


def _reason(exc: BaseException) -> str:
    """What stopped the restore, in SQLite's or the system's words (not the path of the
    copy being upgraded, which the user never saw)."""
    root: BaseException = exc
    while isinstance(root, DatabaseError) and root.__cause__ is not None:
        root = root.__cause__
    if isinstance(root, OSError):
        return files.error_text(root)
    return error_detail(root)


def _intact(path: Path) -> bool:
    try:
        return check_database(path) is None
    except (sqlite3.Error, OSError):
        return False


def _put_back(safety: Path, path: Path) -> bool:
    """Copy the safety copy back over the book (True: it is whole again)."""
    try:
        copy_into(safety, path, lambda _done, _total: None)
    except (sqlite3.Error, OSError):
        return False
    return _intact(path)


def replace_with_backup(backup: Path, db_file: Path | None = None,
                        progress: Callable[[int, int], bool] | None = None) -> Path:
    """The part of ``restore_backup`` that may run on any thread (its connections are its
    own): check *backup*, copy the current book to a ``before-restore`` backup (returned),
    then put *backup* in: one of an older schema is first copied beside the book and
    upgraded there, then copied in. *progress(done, RESTORE_STEPS)* hears of each step;
    its False during the safety copy stops there (RestoreCancelled; the partial copy
    removed, nothing changed) and is ignored from ``REPLACING`` on. ``reopen_restored``
    then binds the models to the restored book.

    The book is changed only by the last step, SQLite's backup API writing the live file
    in one transaction: whatever fails before or during it (a full disk, a backup whose
    upgrade fails, a crash) leaves the book as it was, and RestoreFailed says so. Should
    SQLite find the book damaged after all, the safety copy is copied back; if that fails
    too, RestoreFailed says where the safety copy is."""
    def tell(done: int, total: int) -> bool:
        return progress(done, total) if progress is not None else True

    path = _current(db_file)
    backup = Path(backup)
    check_backup(backup)
    if not tell(_CHECKED, RESTORE_STEPS):
        raise RestoreCancelled
    folder = backup_folder(path)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    safety = folder / f"{path.name}.{KIND_BEFORE_RESTORE}-{stamp}.bak"
    copy_database(path, safety, _scaled(tell, _CHECKED, REPLACING, cancellable=True))
    _prune(path, KIND_BEFORE_RESTORE, KEEP_BEFORE_RESTORE)
    tell(REPLACING, RESTORE_STEPS)
    try:
        if _schema_of(backup) < LATEST_VERSION:
            # Upgraded beside the book, not in it: a migration that fails (or is killed)
            # half-way must not leave the book on the backup's older schema (issue 18).
            with files.scratch_path(path) as scratch:
                copy_database(backup, scratch,
                              _scaled(tell, REPLACING, _COPIED_OUT, cancellable=False))
                upgrading = _scaled(tell, _COPIED_OUT, _UPGRADED, cancellable=False)
                upgrade_database(scratch, lambda step: upgrading(step.done, step.total),
                                 keep_copy=False)
                copy_into(scratch, path, _scaled(tell, _UPGRADED, RESTORE_STEPS, False))
        else:
            copy_into(backup, path, _scaled(tell, REPLACING, RESTORE_STEPS, False))
    except Exception as exc:
        if _intact(path) or _put_back(safety, path):
            raise RestoreFailed(fill(
                BackupText.tr("%1: the restore failed and nothing was changed (%2)"),
                backup.name, _reason(exc))) from exc
        raise RestoreFailed(fill(
            BackupText.tr("%1: the restore failed and your data could not be put back; "
                          "what you had is saved in %2 (%3)"),
            backup.name, safety, _reason(exc))) from exc
    # The copy in went through the WAL (the book's journal): written back here, not by
    # the first commit on the UI thread after the reopen (up to 0.15 s at 300,000). Done
    # is done: a checkpoint that cannot run now runs later.
    with contextlib.suppress(sqlite3.Error):
        con = sqlite3.connect(str(path), timeout=30)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
    return safety


def reopen_restored(backup: Path, db_file: Path | None = None) -> Changes:
    """After ``replace_with_backup``, on the thread that uses the models (the UI's): close
    its connection to the book as it was and open the restored one (already upgraded:
    nothing left to do); the history says where the data came back from. Returns the
    Changes (everything) the views must refresh for."""
    path = _current(db_file)
    close_database()
    open_database(path)
    from desktop.services import store
    from desktop.services.history import HistoryLabel

    store.record_restore(HistoryLabel.tr("Restore of %1").fill(Path(backup).name))
    return EVERYTHING


def restore_backup(backup: Path, db_file: Path | None = None) -> tuple[Path, Changes]:
    """Replace the open database's contents with *backup*, then reopen it (migrating an
    older backup), on the calling thread: ``replace_with_backup`` then ``reopen_restored``.
    The current contents are copied to a ``before-restore`` backup first; that file is
    returned with the Changes (everything) the views must refresh for."""
    path = _current(db_file)
    safety = replace_with_backup(backup, path)
    return safety, reopen_restored(backup, path)
