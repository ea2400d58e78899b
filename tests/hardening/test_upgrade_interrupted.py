"""An upgrade cut short (the process killed in the middle of a migration) starts again at
the next open: it uses the backup it made the first time, if the book has not changed
since, instead of a new full copy each time (700 MB at 300,000 contacts); a book changed in
between (an older Rapport wrote to it) gets a new backup that holds the change."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.models import LATEST_VERSION, close_database, open_database
from desktop.services import backups
from tests.hardening.helpers import ROOT, child_env, version_18_book

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

# The child opens the book; migration 19 (the search index made again, the longest) does
# all its work, then the process is killed before it commits: the WAL holds the whole new
# search index, uncommitted.
UPGRADER = """
import os, signal, sys
from desktop.models import database, open_database

real = database.MIGRATIONS[18]

def killed(db):
    real(db)
    os.kill(os.getpid(), signal.SIGKILL)

database.MIGRATIONS = (*database.MIGRATIONS[:18], killed, *database.MIGRATIONS[19:])
open_database(sys.argv[1])
"""

# What an older Rapport does: a change committed to the WAL, the process gone before any
# checkpoint wrote it into the file.
OLDER_RAPPORT = """
import os, signal, sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.execute("PRAGMA wal_autocheckpoint = 0")
con.execute("UPDATE contact SET full_name = 'Renamed Meanwhile' WHERE id = 1")
con.commit()
os.kill(os.getpid(), signal.SIGKILL)
"""


def _run(code: str, book: Path) -> None:
    child = subprocess.run([sys.executable, "-c", code, str(book)], env=child_env(), cwd=ROOT,
                           capture_output=True, text=True, timeout=120)
    assert child.returncode == -9, child.stderr


def _upgrade_backups(book: Path) -> dict[str, tuple[int, int]]:
    """The upgrade's backups beside the book: name -> (inode, mtime): a copy made again
    under the same name (within the same second) is a new file too."""
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in book.parent.iterdir()
            if p.name.startswith(f"{book.name}.before-v") and p.name.endswith(".bak")}


def _names(path: Path) -> list[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in con.execute("SELECT full_name FROM contact ORDER BY id LIMIT 2")]
    finally:
        con.close()


@pytest.fixture()
def book(tmp_path: Path) -> Path:
    assert LATEST_VERSION >= 19  # the child kills migration 19
    return version_18_book(tmp_path / "rapport.sqlite3", 2_000)


def test_an_upgrade_killed_twice_then_finished_makes_one_backup(book: Path) -> None:
    _run(UPGRADER, book)
    first = _upgrade_backups(book)
    assert len(first) == 1
    _run(UPGRADER, book)  # started again, killed again
    assert _upgrade_backups(book) == first  # the same file: no second copy
    open_database(book)  # and once more, to the end
    close_database()
    assert _upgrade_backups(book) == first
    [backup] = first
    assert backups.contact_count(book.with_name(backup)) == 2_000
    # The next upgrade (another version) makes its own copy: nothing of this one is kept.
    assert not [p for p in book.parent.iterdir() if p.name.endswith(".upgrade")]


def test_a_book_changed_between_two_tries_gets_a_new_backup_holding_the_change(
    book: Path,
) -> None:
    _run(UPGRADER, book)
    first = _upgrade_backups(book)
    _run(OLDER_RAPPORT, book)
    assert Path(f"{book}-wal").stat().st_size > 0  # the change is in the WAL only
    open_database(book)
    close_database()
    now = _upgrade_backups(book)
    assert now != first
    newest = max(now, key=lambda name: now[name][1])
    assert _names(book.with_name(newest))[0] == "Renamed Meanwhile"
    assert _names(book)[0] == "Renamed Meanwhile"


def _refused(_database: object) -> None:
    raise sqlite3.OperationalError("database or disk is full")


def test_an_upgrade_that_failed_uses_its_backup_again_unless_the_backup_is_gone(
    book: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.models import database
    from desktop.models.database import DatabaseError, upgrade_database

    real = database.MIGRATIONS
    monkeypatch.setattr(database, "MIGRATIONS", (*real[:18], _refused, *real[19:]))
    with pytest.raises(DatabaseError, match="disk is full"):
        upgrade_database(book)
    first = _upgrade_backups(book)
    with pytest.raises(DatabaseError, match="disk is full"):
        upgrade_database(book)
    assert _upgrade_backups(book) == first
    # The user deleted that backup to make room: the next try makes a new one.
    [name] = first
    book.with_name(name).unlink()
    monkeypatch.setattr(database, "MIGRATIONS", real)
    upgrade_database(book)
    [again] = _upgrade_backups(book).values()
    assert backups.contact_count(book.with_name(max(_upgrade_backups(book)))) == 2_000
    assert again not in first.values()
