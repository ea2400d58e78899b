"""The real main window as the UI tests open it: settings of its own in the test's folder,
1280 × 800, shown, and its start-up steps finished."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings
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



def pane_filled(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Wait for every detail pane to show what it was asked to: a pane fills in a turn of
    the event loop of its own, after the window's repaint (issue 18)."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.contacts.detail_pane import DetailPane

    def filled() -> bool:
        return not any(isinstance(w, DetailPane) and w.filling_later()
                       for w in QApplication.allWidgets())

    qtbot.waitUntil(filled, timeout=5000)


class PaintCounter(QObject):
    """Counts the paint events of the object it filters."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False
