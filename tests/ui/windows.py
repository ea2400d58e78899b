"""The real main window as the UI tests open it: settings of its own in the test's folder,
1280 × 800, shown, and its start-up steps finished."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from desktop.ui.common.settings import Settings
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import Operations


def open_main_window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Operations(QUndoStack()), settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.startup_finished, timeout=10_000)
    return window
