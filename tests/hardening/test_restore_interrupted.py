"""A restore killed while it upgrades an older backup (SIGKILL, no clean-up at all) leaves
the book as it was before the restore: the next start opens what the user had, not the
backup half-upgraded, and nothing of the upgrade's copy is left beside it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.models import LATEST_VERSION, close_database, db, open_database
from desktop.services import backups, contacts
from desktop.services.types import ContactFields
from tests.hardening.helpers import ROOT, child_env, version_18_book

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

# The child restores the backup; migration 19 (the longest) kills the process as it starts.
RESTORER = """
import os, signal, sys
from pathlib import Path
from desktop.models import database, open_database
from desktop.services import backups

def killed(_database):
    os.kill(os.getpid(), signal.SIGKILL)

database.MIGRATIONS = (*database.MIGRATIONS[:18], killed, *database.MIGRATIONS[19:])
open_database(sys.argv[1])
backups.replace_with_backup(Path(sys.argv[2]))
"""


def test_a_restore_killed_during_the_backups_upgrade_leaves_the_book_as_it_was(
    tmp_path: Path,
) -> None:
    assert LATEST_VERSION >= 19  # the child kills migration 19
    book = tmp_path / "rapport.sqlite3"
    open_database(book)
    try:
        contacts.create_contact(ContactFields(full_name="Kept Before Restore"))
    finally:
        close_database()
    folder = backups.backup_folder(book)
    folder.mkdir()
    backup = version_18_book(folder / f"{book.name}.daily-20260301.bak", 300)

    child = subprocess.run([sys.executable, "-c", RESTORER, str(book), str(backup)],
                           env=child_env(), cwd=ROOT, capture_output=True, text=True,
                           timeout=120)
    assert child.returncode == -9, child.stderr

    open_database(book)  # the next start
    try:
        assert backups.contact_count(book) == 1
        names = [r[0] for r in db.execute_sql("SELECT full_name FROM contact WHERE is_me = 0")]
        assert names == ["Kept Before Restore"]
    finally:
        close_database()
    assert not [p.name for p in tmp_path.iterdir() if ".rapport-tmp" in p.name]
