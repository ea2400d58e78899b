"""The real main window as the UI tests open it: settings of its own in the test's folder,
1280 × 800, shown, and its start-up steps finished; and what the UI tests wait for and count
the same way (a job's end, the event loop's passes, paints)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QThreadPool, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

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
    qtbot.waitUntil(lambda: window.startup_finished, timeout=30_000)
    return window


def pane_filled(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Wait for every detail pane to show what it was asked to: a pane fills in a turn of
    the event loop of its own, after the window's repaint (issue 18)."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.contacts.detail_pane import DetailPane

    def filled() -> bool:
        return not any(isinstance(w, DetailPane) and w.filling_later()
                       for w in QApplication.allWidgets())

    qtbot.waitUntil(filled, timeout=30_000)


class PaintCounter(QObject):
    """Counts the paint events of the object it filters."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


class LoopPasses:
    """Counts the passes of the event loop: a posted call that posts itself again runs once
    a pass. ``count`` is the passes since ``start()`` (the current one is not counted: work
    done in this turn sees the count it started with); ``stop()`` ends the counting."""

    def __init__(self) -> None:
        self.count = 0
        self._on = False

    def start(self) -> None:
        self._on = True
        QTimer.singleShot(0, self._tick)

    def stop(self) -> None:
        self._on = False

    def _tick(self) -> None:
        if self._on:
            self.count += 1
            QTimer.singleShot(0, self._tick)


# A job of a few thousand contacts takes a second on a quiet machine; on a loaded one (the
# CI suite beside other work) many times that: the wait ends as soon as the job does.
JOB_TIMEOUT_MS = 120_000


def wait_for_job(qtbot, ops: Operations, timeout: int = JOB_TIMEOUT_MS  # type: ignore[no-untyped-def]
                 ) -> int:
    """Wait for the job *ops* runs off the UI thread to end; returns the passes the event
    loop made meanwhile (none when the work ran on the UI thread: the call that started it
    came back with it done)."""
    passes = LoopPasses()
    passes.start()
    try:
        qtbot.waitUntil(lambda: not ops.busy, timeout=timeout)
    finally:
        passes.stop()
    return passes.count


def jobs_done(qtbot, timeout: int = JOB_TIMEOUT_MS) -> None:  # type: ignore[no-untyped-def]
    """Wait for every job on the pool to end and for what they sent (queued to the UI
    thread) to be delivered, the jobs that started in turn included: a read finished is
    a read shown, or dropped. Not a fixed sleep: a loaded machine takes longer, a quiet
    one no time."""
    pool = QThreadPool.globalInstance()

    def idle() -> bool:
        if pool.activeThreadCount():
            return False
        QCoreApplication.processEvents()  # what the jobs sent: it may start more
        return pool.activeThreadCount() == 0

    qtbot.waitUntil(idle, timeout=timeout)


def view_ready(qtbot, view: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Wait for a view just shown to have read and drawn what it shows: the calendar's
    lists, counts and focus, the network's picture (read and laid out in workers)."""
    from desktop.ui.calendar.calendar_panel import CalendarPanel
    from desktop.ui.network.panel import GraphPanel

    if isinstance(view, CalendarPanel):
        qtbot.waitUntil(lambda: not view.reading, timeout=JOB_TIMEOUT_MS)
    elif isinstance(view, GraphPanel):
        qtbot.waitUntil(lambda: view.opening.loaded is not None and not view.opening.building,
                        timeout=JOB_TIMEOUT_MS)
    jobs_done(qtbot)
