"""Python's full garbage collections in the UI thread's idle time (issue 18).

``background.CollectorPolicy`` turns the automatic full collections off while the window is
open (one took 35-56 ms of the UI thread at 300,000 contacts, at whatever moment an
allocation tipped the counters, or held the interpreter lock as long in a worker); this
runs them when the UI thread has had nothing to do for a while, and freezes what start-up
made once start-up is over.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QThreadPool, QTimer, Slot

from desktop.services.background import collector

# How often the UI thread looks; idle means it spent at most this share of the last look's
# interval on the CPU (an idle window: its timers' own work, under 1 %; a stall watchdog
# ticking every 2 ms, 8-11 %; typing, scrolling or a job's progress: 25-100 %).
INTERVAL_MS = 1000
IDLE_SHARE = 0.2


class IdleCollector(QObject):
    """Installs the collector's policy for as long as it is active (``start``/``stop``)
    and, every ``INTERVAL_MS``, runs a full collection when one is due at a look that finds
    the UI thread idle and no job running, or at any look when it is overdue.
    ``settle()`` freezes what lives (start-up's objects: they live as long as the window).

    Private state: ``_last`` is the (wall, UI-thread CPU) time of the last look;
    ``_active`` says the policy is installed by this object."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._look)
        self._last = (time.monotonic(), time.thread_time())
        self._active: list[bool] = []  # one entry while installed (shared with ``_gone``)
        self.collections = 0  # full collections run here (for tests and benchmarks)
        # A window deleted without being closed (a test's) still gives the policy back.
        active = self._active
        self.destroyed.connect(lambda: _uninstall(active))

    def set_interval(self, ms: int) -> None:
        self._timer.setInterval(ms)

    def start(self) -> None:
        if not self._active:
            self._active.append(True)
            collector.install()
        self._last = (time.monotonic(), time.thread_time())
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        _uninstall(self._active)

    def settle(self) -> None:
        """Keep what lives now out of the full collections' scans (start-up is over: 35-48
        ms of a full collection's CPU at 300,000 contacts, 0.0 ms after). Freezing costs
        nothing (the collector's lists are spliced); a garbage cycle made before it is kept
        until the window closes (start-up's: a few, once)."""
        if self._active:
            collector.freeze()

    def idle(self) -> bool:
        """The UI thread was idle since the last look (and that look is now)."""
        now = (time.monotonic(), time.thread_time())
        (wall, cpu), self._last = self._last, now
        return now[1] - cpu <= IDLE_SHARE * max(now[0] - wall, 1e-3)

    @Slot()
    def _look(self) -> None:
        idle = self.idle()
        # A job running holds what it works on (tagging 300,000 contacts: a tuple per
        # membership; an import's cards): a full collection then walked it all, 31-49 ms
        # of the UI thread at 300,000 contacts (measured). Its end lets them go.
        quiet = idle and QThreadPool.globalInstance().activeThreadCount() == 0
        if (quiet and collector.due()) or collector.overdue():
            collector.collect()
            self.collections += 1
            self._last = (time.monotonic(), time.thread_time())  # not the collection's CPU


def _uninstall(active: list[bool]) -> None:
    if active:
        active.clear()
        collector.uninstall()
