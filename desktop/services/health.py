"""Is the database sound? Scheduled checks, and what to tell a user when it is not (issue 13).

Every entry point opens the database through ``open_database``, which reads its header and
schema (a file SQLite cannot read at all stops there, as ``DatabaseDamaged``). Deeper checks
run on a schedule: SQLite's ``quick_check`` once a day (:func:`check_if_due`; the command
line runs it when due, ~0.6 s on 100,000 contacts), and the full ``integrity_check`` (every
page and index, ~5 s) in the background while the window runs. The daily backup checks its
copy too, so a damaged file never pushes a good backup out of the rotation. When the last
good check was is kept in ``backups/<db name>.checked``.

No Qt here; ``desktop.services.rescue`` is the way out once damage is found.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.models import db
from desktop.models.database import DatabaseDamaged, check_database
from desktop.services.backups import (
    BackupInfo,
    backup_folder,
    check_backup,
    last_check,
    list_backups,
    record_check,
)
from desktop.services.errors import ServiceError

CHECK_EVERY = dt.timedelta(days=1)


def check_due(db_file: Path, now: dt.datetime | None = None) -> bool:
    last = last_check(db_file)
    moment = now or dt.datetime.now()
    return last is None or not dt.timedelta(0) <= moment - last < CHECK_EVERY


def run_check(db_file: Path, full: bool = False) -> None:
    """Check the database now (``full``: integrity_check, else quick_check); raises
    DatabaseDamaged with what SQLite found, else records the check."""
    problem = check_database(db_file, full=full)
    if problem is not None:
        raise DatabaseDamaged(db_file, problem)
    record_check(db_file)


def check_if_due(db_file: Path, full: bool = False) -> bool:
    """Run the scheduled check if a day has passed since the last good one; True if it
    ran. Raises DatabaseDamaged."""
    if not check_due(db_file):
        return False
    run_check(db_file, full=full)
    return True


def newest_good_backup(db_file: Path) -> BackupInfo | None:
    """The newest backup that passes SQLite's quick_check and this version can open."""
    try:
        found = list_backups(db_file)
    except ServiceError:
        return None
    for info in found:
        if info.contacts is None:
            continue
        try:
            check_backup(info.path)
        except ServiceError:
            continue
        return info
    return None


def damage_message(db_file: Path, detail: str) -> str:
    """One line for the command line: what is wrong and where the way out is."""
    folder = backup_folder(db_file)
    good = newest_good_backup(db_file)
    if good is not None:
        when = good.taken_at.strftime("%Y-%m-%d %H:%M")
        way = (f"the newest good backup is {good.path} ({when}, {good.contacts:,} contacts); "
               "open Rapport to restore it or to recover what can still be read")
    elif folder.is_dir():
        way = (f"backups are in {folder}, but none of them is intact; open Rapport to "
               "recover what can still be read")
    else:
        way = "there is no backup yet; open Rapport to recover what can still be read"
    return f"{db_file}: the database is damaged ({detail}); {way}"


def backups_hint(db_file: Path) -> str:
    """For a file Rapport refused as not its own: where its backups are, if it has any
    (a Rapport database whose first page is destroyed no longer looks like one)."""
    good = newest_good_backup(db_file)
    if good is None:
        return ""
    return (f"; if it was your Rapport database, it is damaged: the newest good backup is "
            f"{good.path}")


def data_version() -> int:
    """SQLite's ``PRAGMA data_version`` on this thread's connection: it changes whenever
    another connection (another program, another thread) commits a change to the file."""
    return int(db.execute_sql("PRAGMA data_version").fetchone()[0])
