"""The window merges the search index's segments in its idle time (issue 18): what a bulk
fill leaves (here 14 big segments on the lowest level) is merged a bounded step at a time
at the idle collector's quiet looks, so that no later edit on the UI thread has to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from desktop.services import search
from desktop.ui.common import search_tidy
from desktop.ui.common.settings import Settings
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import Operations
from tests.services.test_search_merges import _all_found, _pile


def test_the_window_merges_the_search_index_while_idle(
        qtbot: QtBot, db_path: Path, tmp_path: Path) -> None:
    _pile(tmp_path)
    assert search.merge_pending()
    steps: list[int] = []
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Operations(QUndoStack()), settings)
    qtbot.addWidget(window)
    window.idle_collector.quiet.connect(lambda: steps.append(0))
    window.idle_collector.set_interval(100)  # looks ten times a second, not once
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.startup_loaded, timeout=30_000)
    qtbot.waitUntil(lambda: not search.merge_pending(), timeout=30_000)
    assert steps, "merged, but not at the quiet looks"
    assert _all_found()
    window.close()


def test_nothing_is_merged_on_a_book_open_read_only(
        db_path: Path, tmp_path: Path) -> None:
    from desktop.models import close_database, open_database
    from desktop.models.database import is_read_only

    _pile(tmp_path)
    close_database()
    db_path.chmod(0o444)
    try:
        open_database(db_path)
        assert is_read_only()
        assert search.merge_pending()
        assert search_tidy.tidy_search_index() == 0
        assert search.merge_pending()
    finally:
        close_database()
        db_path.chmod(0o644)
        open_database(db_path)  # as the fixture closes it


def test_a_search_index_that_cannot_be_read_is_left_alone(db_path: Path) -> None:
    from desktop.models import FTS_TABLE, db

    db.execute_sql(f"DROP TABLE {FTS_TABLE}_data")  # what damage may leave
    assert search_tidy.tidy_search_index() == 0  # nothing raised into the event loop
