"""A command on a book of an older schema (issue 18): before the migration (ten seconds at
300,000 contacts) one line on stderr says why it waits and where the backup is; stdout
stays the command's own. A command that only reads migrates the book all the same, so it
holds the database's lock for that: a window (perhaps an older Rapport's) keeps it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.models import close_database, lock
from tests.hardening.helpers import version_18_book


def _version(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(con.execute("SELECT max(version) FROM schema_version").fetchone()[0])
    finally:
        con.close()


@pytest.fixture
def old_book(tmp_path: Path) -> Iterator[Path]:
    yield version_18_book(tmp_path / "old.sqlite3", 50)
    close_database()


def test_a_migration_is_announced_on_stderr_once(old_book: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(old_book), "list"]) == 0
    out, err = capsys.readouterr()
    [backup] = old_book.parent.glob("old.sqlite3.before-v*.bak")
    assert err == ("rapport: updating the address book to the new version "
                   f"(backup: {backup})…\n")
    lines = out.splitlines()
    assert len(lines) == 50 and all("Example" in line for line in lines)
    assert _version(backup) == 18

    assert main(["--db", str(old_book), "list"]) == 0  # nothing left to do: nothing said
    out, err = capsys.readouterr()
    assert err == "" and len(out.splitlines()) == 50


def test_a_reader_does_not_migrate_a_book_a_window_holds(
        old_book: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with lock.acquire(old_book, lock.WINDOW):
        assert main(["--db", str(old_book), "list"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "already open in another Rapport window" in err
    assert _version(old_book) == 18
    assert not list(old_book.parent.glob("old.sqlite3.before-v*.bak"))
    # Once the window has gone, the reader migrates the book and lets the lock go.
    assert main(["--db", str(old_book), "list"]) == 0
    assert _version(old_book) > 18
    lock.acquire(old_book, lock.WINDOW).release()
