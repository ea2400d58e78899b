"""Opening a book of an older schema (issue 18): migration 19 rebuilds the search index, ten
seconds at 300,000 contacts, and the user saw nothing meanwhile. Now a small window says
what is happening at once, and the event loop keeps turning while the backup and the
migrations run off the UI thread; the book then opens migrated, and a migration that fails
ends in the usual message with the book and its backup as they were."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import app
from desktop.models import LATEST_VERSION, close_database, database, db
from desktop.services import search
from tests.hardening.helpers import version_18_book

PEOPLE = 30_000  # migration 19 takes a second or so: long enough to watch the loop turn


def _version(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(con.execute("SELECT max(version) FROM schema_version").fetchone()[0])
    finally:
        con.close()


def _counts(path: Path) -> tuple[int, int]:
    """(contacts, rows of the search index)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return (con.execute("SELECT count(*) FROM contact").fetchone()[0],
                con.execute("SELECT count(*) FROM contact_fts").fetchone()[0])
    finally:
        con.close()


def _upgrade_window_shown() -> bool:
    return any(type(w).__name__ == "UpgradeWindow" and w.isVisible()
               for w in QApplication.topLevelWidgets())


class LoopWatch:
    """Ticks of a 5 ms timer while ``app._open`` runs: when each came, and whether the
    upgrade window was on screen then."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.window_seen = False
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())
        self.window_seen = self.window_seen or _upgrade_window_shown()

    def longest_gap(self) -> float:
        return max(b - a for a, b in zip(self.ticks, self.ticks[1:], strict=False))


@pytest.fixture
def closed() -> Iterator[None]:
    yield
    close_database()


def test_the_window_shows_and_the_loop_turns_while_an_old_book_migrates(
        qapp: QApplication, tmp_path: Path, closed: None) -> None:
    path = version_18_book(tmp_path / "old.sqlite3", PEOPLE)
    watch = LoopWatch()
    watch.timer.start()
    started = time.perf_counter()
    assert app._open(path, dialogs=True)
    duration = time.perf_counter() - started
    watch.timer.stop()

    assert watch.window_seen
    assert not _upgrade_window_shown()  # gone once the book is open
    # The loop turned all along: its longest pause is a small part of the work (before,
    # the loop did not run at all until the migration was over).
    assert len(watch.ticks) >= 10, (len(watch.ticks), duration)
    assert watch.longest_gap() <= 0.25 * duration, (watch.longest_gap(), duration)
    # The book is open, migrated, and finds people through its new index.
    assert database.database_path() == path
    assert db.execute_sql("SELECT max(version) FROM schema_version").fetchone() == (
        LATEST_VERSION,)
    assert search.matching_ids("person12345") == {12345}
    backups = list(tmp_path.glob("old.sqlite3.before-v*.bak"))
    assert len(backups) == 1 and _version(backups[0]) == 18


def test_a_failing_migration_says_so_and_leaves_the_book_and_its_backup(
        qapp: QApplication, tmp_path: Path, closed: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = version_18_book(tmp_path / "old.sqlite3", 3_000)
    before = _counts(path)
    real = database.MIGRATIONS[18]  # migration 19: the search index made again

    def full_disk(target: object) -> None:
        real(target)  # the old index is gone and the new one made, in the transaction
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(database, "MIGRATIONS",
                        (*database.MIGRATIONS[:18], full_disk, *database.MIGRATIONS[19:]))
    said: list[tuple[str, bool]] = []

    def critical(_parent: object, _title: str, text: str) -> None:
        said.append((text, _upgrade_window_shown()))

    monkeypatch.setattr(QMessageBox, "critical", critical)
    watch = LoopWatch()
    watch.timer.start()
    assert not app._open(path, dialogs=True)
    watch.timer.stop()

    assert watch.window_seen  # the work ran behind the window...
    assert len(said) == 1  # ...and its error is the usual message, once the window went
    text, window_up = said[0]
    assert "cannot upgrade the database" in text and "disk is full" in text
    assert not window_up
    assert database.database_path() is None
    # The book is as it was: schema 18, every contact, its old search index.
    assert _version(path) == 18
    assert _counts(path) == before
    backups = list(tmp_path.glob("old.sqlite3.before-v*.bak"))
    assert len(backups) == 1
    assert _version(backups[0]) == 18 and _counts(backups[0]) == before
