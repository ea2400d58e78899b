"""File → Restore from Backup…: the dialog lists the backups; restoring one puts its contacts
back in the window, keeps what was there as a backup, and clears the undo history."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack

from desktop.services import backups, contacts
from desktop.services.types import ContactFields, ContactId
from desktop.ui.common.settings import Settings
from desktop.ui.contacts.contact_list_model import Column
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import Operations
from desktop.ui.restore_dialog import RestoreDialog, when_in_sentence, when_text


@pytest.fixture()
def window(qtbot, tmp_path: Path, sample_contacts: dict[str, ContactId]) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    win = MainWindow(Operations(QUndoStack()), settings)
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    qtbot.waitUntil(lambda: win.startup_finished, timeout=30_000)
    return win


def _names(window: MainWindow) -> list[str]:
    return [window.model.index(r, Column.NAME).data() for r in range(window.model.rowCount())]


def test_the_file_menu_opens_the_dialog_listing_backups_newest_first(
    qtbot, window: MainWindow
) -> None:
    backups.take_daily_backup(today=dt.date(2026, 3, 1))
    contacts.create_contact(ContactFields(full_name="Added Later"))
    backups.take_daily_backup(today=dt.date(2026, 3, 2))
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "&Restore from Backup…" in texts
    window.commands.restore_action.trigger()
    dialog = window.findChild(RestoreDialog)
    assert dialog is not None and dialog.isVisible()
    rows = [[dialog.tree.topLevelItem(i).text(c) for c in range(3)]
            for i in range(dialog.tree.topLevelItemCount())]
    assert [r[1:] for r in rows] == [["Daily backup", "5 contacts"],
                                     ["Daily backup", "4 contacts"]]
    assert rows[0][0].startswith("Today, ")
    assert dialog.restore_button.isEnabled()
    dialog.reject()


def test_restoring_brings_the_backup_back_into_the_window(qtbot, window: MainWindow) -> None:
    backups.take_daily_backup(today=dt.date(2026, 3, 1))
    window.ops.create_contact(ContactFields(full_name="Added Later"))
    assert "Added Later" in _names(window)
    assert window.ops.undo_stack.count() == 1
    dialog = RestoreDialog(window.ops, window)
    qtbot.addWidget(dialog)
    asked: list[str] = []
    dialog.confirm = lambda info: asked.append(info.label) or True  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.restored) as restored:
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)  # Enter restores the selected one
    assert asked == ["Daily backup"]
    assert "Added Later" not in _names(window)
    assert "Ana Silva" in _names(window)
    assert window.ops.undo_stack.count() == 0  # history of the replaced data is gone
    assert "before-restore" in restored.args[0]
    kinds = [b.kind for b in backups.list_backups()]
    assert sorted(kinds) == [backups.KIND_BEFORE_RESTORE, backups.KIND_DAILY]


def test_no_backups_yet_says_so(qtbot, db_path: Path) -> None:
    dialog = RestoreDialog(Operations(QUndoStack()))
    qtbot.addWidget(dialog)
    assert dialog.stack.currentWidget() is dialog.empty
    assert "No backups yet" in dialog.empty.text()
    assert not dialog.restore_button.isEnabled()


def test_when_text_reads_like_a_person_would_say_it() -> None:
    today = dt.date(2026, 11, 21)
    assert when_text(dt.datetime(2026, 11, 21, 9, 5), today) == "Today, 09:05"
    assert when_text(dt.datetime(2026, 11, 20, 18, 40), today) == "Yesterday, 18:40"
    assert when_text(dt.datetime(2026, 11, 19, 9, 12), today) == "Thursday, 19 November, 09:12"
    assert when_text(dt.datetime(2025, 12, 31, 8, 0), today) == "Wednesday, 31 December 2025, 08:00"


def test_the_app_takes_the_daily_backup_off_the_ui_thread(
    qtbot, window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from desktop.ui.database_guard import DatabaseGuard

    threads: list[int] = []
    real = backups.take_daily_backup

    def recording(db_file: Path | None = None) -> Path | None:
        threads.append(threading.get_ident())
        return real(db_file)

    monkeypatch.setattr(backups, "take_daily_backup", recording)
    guard = DatabaseGuard(window, window.ops, db_path)
    guard.start_upkeep()
    qtbot.waitUntil(lambda: bool(backups.list_backups()), timeout=30_000)
    qtbot.waitUntil(lambda: not guard._upkeep_running, timeout=30_000)
    assert threads and threads[0] != threading.get_ident()
    [info] = backups.list_backups()
    assert (info.kind, info.contacts) == (backups.KIND_DAILY, 4)
    guard.start_upkeep()  # the hourly check: today's exists, nothing new
    qtbot.waitUntil(lambda: not guard._upkeep_running, timeout=30_000)
    guard.stop()
    assert len(backups.list_backups()) == 1


def test_the_restored_message_says_today_mid_sentence(qtbot, window: MainWindow) -> None:
    """QA: "Restored the backup from Today, 22:04"."""
    backups.take_daily_backup()
    dialog = RestoreDialog(window.ops, window)
    qtbot.addWidget(dialog)
    dialog.confirm = lambda info: True  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.restored) as restored:
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    assert restored.args[0].startswith("Restored the backup from today, ")
    box, _ = dialog.confirm_box(backups.list_backups()[0])
    assert "with the backup from today, " in box.text()
    today = dt.date(2026, 11, 21)
    assert when_in_sentence(dt.datetime(2026, 11, 20, 18, 40), today) == "yesterday, 18:40"
    assert when_in_sentence(dt.datetime(2026, 11, 19, 9, 12), today) == (
        "Thursday, 19 November, 09:12")
