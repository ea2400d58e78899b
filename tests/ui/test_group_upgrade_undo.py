"""The window opened on a book of schema 19 whose group contacts the open made group tags
(``desktop.app.upkeep``, ``group_upgrade``): its status bar says so in one line, and
Edit > Undo takes the change back (Redo makes it again)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from desktop import app
from desktop.models import close_database, open_database
from desktop.ui.common.settings import Settings
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import Operations
from tests.services.test_migration_20 import _CONTACTS, _book, _version_19_file


def test_the_upgrade_is_said_in_the_window_and_undone_from_it(
        qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "v19.sqlite3"
    _version_19_file(path)
    open_database(path)
    try:
        # As desktop.app.run does it once the book is open.
        done = app.upkeep()
        assert done is not None
        stack = QUndoStack()
        ops = Operations(stack)
        settings = Settings(QSettings(str(tmp_path / "settings.ini"),
                                      QSettings.Format.IniFormat))
        window = MainWindow(ops, settings)
        qtbot.addWidget(window)
        ops.record_done(done.changes, done.note())

        assert window.statusBar().currentMessage() == (
            "Group tags made of 3 group cards (4 contacts tagged); 1 contact kept for notes "
            "or history of yours: “Chess Club”")
        assert stack.undoText() == "Group cards made tags"
        assert "Group 123" not in _book()
        stack.undo()
        assert _book() == {name: [] for _cid, _uid, name, _extra in _CONTACTS}
        stack.redo()
        assert _book()["Ann Apple"] == ["Group 123"] and "Group 123" not in _book()
        assert "Chess Club" in _book()
        assert app.upkeep() is None  # once
    finally:
        close_database()
