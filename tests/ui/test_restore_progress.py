"""File → Restore from Backup… of an older book runs off the UI thread: the window keeps
turning while the current book is saved, the backup copied in and upgraded, a progress
dialog shows it, and the book is then the backup's at the latest schema; a damaged backup
changes nothing and says so in one line; a Cancel during the safety copy leaves no copy."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QProgressDialog

from desktop.models import LATEST_VERSION
from desktop.services import backups
from desktop.services.types import ContactFields, ContactId
from desktop.ui.common.settings import Settings
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import Operations
from desktop.ui.restore_dialog import RestoreDialog
from tests.hardening.helpers import version_18_book

PEOPLE = 20_000  # enough for the upgrade (migration 19 rebuilds the search index) to take a while


@pytest.fixture()
def window(qtbot, tmp_path: Path, sample_contacts: dict[str, ContactId]) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    win = MainWindow(Operations(QUndoStack()), settings)
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    qtbot.waitUntil(lambda: win.startup_finished, timeout=30_000)
    return win


def _old_backup(db_path: Path, people: int = PEOPLE) -> Path:
    """A daily backup of schema 18 (what an older Rapport wrote) holding *people*."""
    folder = backups.backup_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    return version_18_book(folder / f"{db_path.name}.daily-20260301.bak", people)


def _first_name(window: MainWindow) -> str:
    from desktop.ui.contacts.contact_list_model import Column

    return str(window.model.index(0, Column.NAME).data() or "")


def _damage(path: Path, table: str) -> None:
    """Overwrite the first page of *table*'s rows: the file still opens and counts its
    contacts, SQLite's check finds the damage."""
    con = sqlite3.connect(path)
    try:
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                           (table,)).fetchone()[0]
    finally:
        con.close()
    with path.open("r+b") as f:
        f.seek((root - 1) * page_size + 8)
        f.write(b"\xff" * (page_size - 8))


def _schema(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(con.execute("SELECT max(version) FROM schema_version").fetchone()[0])
    finally:
        con.close()


def test_restoring_an_older_backup_keeps_the_window_turning_with_a_progress_dialog(
    qtbot, window: MainWindow, db_path: Path
) -> None:
    _old_backup(db_path)
    window.ops.create_contact(ContactFields(full_name="Added Later"))
    dialog = RestoreDialog(window.ops, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.confirm = lambda info: True  # type: ignore[method-assign]
    ticks: list[float] = []
    shown: list[bool] = []

    def tick() -> None:
        ticks.append(time.perf_counter())
        shown.extend(p.isVisible() for p in dialog.findChildren(QProgressDialog))

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(5)
    started = time.perf_counter()
    with qtbot.waitSignal(dialog.restored, timeout=60_000) as restored:
        dialog.restore_selected()
    took = time.perf_counter() - started
    timer.stop()
    gaps = [b - a for a, b in zip([started, *ticks], [*ticks, time.perf_counter()], strict=True)]
    # The event loop turned all along: its longest pause is a small part of the restore
    # (the whole restore, when it ran on the UI thread).
    assert max(gaps) < took / 4, (max(gaps), took)
    assert any(shown)  # the progress dialog showed
    assert not [p for p in dialog.findChildren(QProgressDialog) if p.isVisible()]
    # The book is the backup's, upgraded; the safety backup holds what was there.
    qtbot.waitUntil(lambda: _first_name(window).startswith("Person"), timeout=30_000)
    assert _schema(db_path) == LATEST_VERSION
    assert backups.contact_count(db_path) == PEOPLE
    [safety] = [b for b in backups.list_backups() if b.kind == backups.KIND_BEFORE_RESTORE]
    assert safety.path.name in restored.args[0]
    assert safety.contacts == 5  # the four sample contacts and the one added
    assert window.ops.undo_stack.count() == 0


def test_a_damaged_backup_changes_nothing_and_says_one_line_without_stopping_the_window(
    qtbot, window: MainWindow, db_path: Path
) -> None:
    path = _old_backup(db_path)
    _damage(path, "email")
    assert backups.contact_count(path) == PEOPLE  # listed, and chosen
    before = backups.contact_count(db_path)
    dialog = RestoreDialog(window.ops, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.confirm = lambda info: True  # type: ignore[method-assign]
    failures: list[str] = []
    window.ops.failed.connect(failures.append)
    dialog.restore_selected()
    assert failures == []  # the check runs off the UI thread: nothing said yet
    qtbot.waitUntil(lambda: bool(failures), timeout=30_000)
    [line] = failures
    assert "\n" not in line and "damaged" in line
    assert backups.contact_count(db_path) == before
    assert _schema(db_path) == LATEST_VERSION
    assert dialog.isVisible()  # the list is there to choose another
    assert not [b for b in backups.list_backups() if b.kind == backups.KIND_BEFORE_RESTORE]


def test_cancel_during_the_safety_copy_removes_it_and_changes_nothing(
    qtbot, window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.models import database

    _old_backup(db_path, people=50)
    monkeypatch.setattr(database, "COPY_STEP_BYTES", 1)  # a page a step: room to cancel
    before = backups.contact_count(db_path)
    ops = window.ops
    notices: list[str] = []
    ops.notice.connect(notices.append)
    cancelled_at: list[int] = []
    real_copy = backups.copy_database

    def copy_with_a_cancel(source: Path, target: Path, progress=None) -> None:
        def told(done: int, total: int) -> None:
            if done > 1 and not cancelled_at:  # pages are in the partial copy: Cancel
                cancelled_at.append(done)
                ops.cancel_job()
            progress(done, total)

        real_copy(source, target, told)

    monkeypatch.setattr(backups, "copy_database", copy_with_a_cancel)
    assert ops.restore_backup(backups.list_backups()[0].path, lambda _p: None)
    qtbot.waitUntil(lambda: not ops.busy, timeout=30_000)
    assert cancelled_at
    assert notices == ["Cancelled: nothing was changed"]
    assert backups.contact_count(db_path) == before
    folder = backups.backup_folder(db_path)
    # No safety copy, whole or partial: only the backup that was chosen.
    assert sorted(p.name for p in folder.iterdir() if not p.name.endswith(".checked")) == [
        f"{db_path.name}.daily-20260301.bak"]


def test_the_views_refresh_once_after_the_restore_not_while_the_book_is_replaced(
    qtbot, window: MainWindow, db_path: Path
) -> None:
    """The guard looks for outside changes every 2 s: the restore's own commits (the copy
    in, each migration) are not, and a view reading the book half-way through its upgrade
    would read an older schema. Here it looks at every turn of the event loop."""
    from desktop.ui.database_guard import DatabaseGuard

    _old_backup(db_path)
    guard = DatabaseGuard(window, window.ops, db_path)
    announced: list[object] = []
    window.ops.changes_applied.connect(announced.append)
    done: list[Path] = []
    timer = QTimer()
    timer.timeout.connect(guard.poll)
    timer.start(5)
    assert window.ops.restore_backup(backups.list_backups()[0].path, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    timer.stop()
    assert announced == [backups.EVERYTHING]  # the restore's own announcement, once


def test_once_the_book_is_being_replaced_escape_does_not_dismiss_the_progress(
    qtbot, window: MainWindow, db_path: Path
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    _old_backup(db_path)
    dialog = RestoreDialog(window.ops, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.confirm = lambda info: True  # type: ignore[method-assign]
    tried: list[bool] = []  # whether the progress was still showing after Escape and close

    def tick() -> None:
        for progress in dialog.findChildren(QProgressDialog):
            if not tried and progress.isVisible() and progress.labelText().startswith(
                    "Restoring"):
                QTest.keyClick(progress, Qt.Key.Key_Escape)
                progress.close()
                tried.append(progress.isVisible())

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(5)
    with qtbot.waitSignal(dialog.restored, timeout=60_000):
        dialog.restore_selected()
    timer.stop()
    assert tried == [True]
    assert not [p for p in dialog.findChildren(QProgressDialog) if p.isVisible()]


def test_a_backup_whose_upgrade_fails_leaves_the_book_as_it_was_and_the_window_on_it(
    qtbot, window: MainWindow, db_path: Path
) -> None:
    """The backup passes its check, and its upgrade fails at the end of migration 19 (an
    SQLite error at the step that records it, as a full disk or a damaged page would):
    the book is still what it was before the restore, at the latest schema, and the
    window keeps working on it; one line says the restore failed and nothing changed."""
    path = _old_backup(db_path, people=2_000)
    con = sqlite3.connect(path)
    try:
        con.execute(
            "CREATE TRIGGER refuse_19 BEFORE INSERT ON schema_version WHEN NEW.version = 19 "
            "BEGIN SELECT RAISE(ABORT, 'the migration was refused'); END")
        con.commit()
    finally:
        con.close()
    before = backups.contact_count(db_path)
    first = _first_name(window)
    dialog = RestoreDialog(window.ops, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.confirm = lambda info: True  # type: ignore[method-assign]
    failures: list[str] = []
    window.ops.failed.connect(failures.append)
    dialog.restore_selected()
    qtbot.waitUntil(lambda: bool(failures) and not window.ops.busy, timeout=60_000)
    # The book as it was, at the latest schema; the window on it, and usable.
    assert backups.contact_count(db_path) == before
    assert _schema(db_path) == LATEST_VERSION
    [line] = failures
    assert "\n" not in line
    assert "the restore failed and nothing was changed" in line
    assert "the migration was refused" in line
    assert path.name in line
    assert _first_name(window) == first
    rows = window.model.rowCount()
    assert window.ops.create_contact(ContactFields(full_name="Zed After Restore"))
    qtbot.waitUntil(lambda: window.model.rowCount() == rows + 1, timeout=10_000)
    assert backups.contact_count(db_path) == before + 1
    assert dialog.isVisible()  # the list is there to choose another
    # Nothing of the upgrade's copy is left beside the book.
    assert not [p.name for p in db_path.parent.iterdir() if ".rapport-tmp" in p.name]
