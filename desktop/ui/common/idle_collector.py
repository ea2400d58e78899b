"""Python's full garbage collections in the UI thread's idle time (issue 18).

``background.CollectorPolicy`` turns the automatic full collections off while the window is
open (one took 35-66 ms of the UI thread at 300,000 contacts, at whatever moment an
allocation tipped the counters, or held the interpreter lock as long in a worker); this
runs them when the UI thread has had nothing to do for a while, and freezes what start-up
made once start-up is over.
"""

from __future__ import annotations

import gc
import sys
import time

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot

from desktop.services.background import (
    FULL_DUE,
    FULL_OVERDUE,
    collector,
    forget_source_lines,
)

# How often the UI thread looks; idle means it spent at most this share of the last look's
# interval on the CPU (an idle window: its timers' own work, under 1 %; a stall watchdog
# ticking every 2 ms, 8-11 %; typing, scrolling or a job's progress: 25-100 %).
INTERVAL_MS = 1000
IDLE_SHARE = 0.2
# Memory blocks made since the last collection past which a due collection freezes what
# is there instead of walking it: a big load has just arrived and lives (an import's
# cards in its dialog: a full collection over them took 50-112 ms of the UI thread at the
# import's end, measured at 300,000 contacts; over ~200,000 new blocks it takes ~10 ms).
BIG_LOAD_BLOCKS = 200_000
# Quiet looks in a row (no UI work, no job) before what was frozen since start-up is
# walked once (``release``: 35-66 ms at 300,000 contacts, while nobody uses the window);
# sooner, at a quiet look, once loads frozen since outgrow what start-up left (and at
# least this many blocks), so that cycles among them are freed: memory stays bounded.
RELEASE_QUIET_LOOKS = 30
RELEASE_FROZEN_BLOCKS = 4 * BIG_LOAD_BLOCKS
# Quiet looks in a row before a tidy-up asked for runs (the network view closed): one
# quiet second fell between an import's preview and its start (121-136 ms of stall).
ASKED_RELEASE_QUIET_LOOKS = 3


class IdleCollector(QObject):
    """Installs the collector's policy for as long as it is active (``start``/``stop``)
    and, every ``INTERVAL_MS``, looks: a full collection is due after ``FULL_DUE``
    generation-1 collections and runs at a quiet look (the UI thread idle, no job running:
    a job's working set, tagging 300,000 contacts or an import's cards, made it 31-49 ms),
    or at any look when overdue. A due collection over a big new load freezes it instead
    (its objects live; reference counting still frees them). What was frozen that way is
    walked once after ``RELEASE_QUIET_LOOKS`` quiet looks, or at a quiet look once more
    than start-up left (``_settled``, at least ``RELEASE_FROZEN_BLOCKS``) were frozen.
    ``settle()`` freezes what lives (start-up's
    objects: they live as long as the window).

    Private state: ``_last`` is the (wall, UI-thread CPU) time of the last look;
    ``_active`` holds one entry while the policy is installed by this object; ``_blocks``
    the interpreter's memory blocks after the last collection or freeze, ``_base`` the
    generation-2 count then (a freeze does not reset it); ``_frozen`` the blocks frozen as
    big loads since the last release, ``_settled`` the blocks when start-up's were frozen;
    ``_quiet`` quiet looks in a row.

    ``quiet`` is emitted at a quiet look that ran none of this: other idle-time work (the
    search index's merging, ``search_tidy``) takes its turn then."""

    quiet = Signal()

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._look)
        self._last = (time.monotonic(), time.thread_time())
        self._active: list[bool] = []
        self._blocks = sys.getallocatedblocks()
        self._base = 0
        self._frozen = 0
        self._settled = self._blocks
        self._quiet = 0
        self.collections = 0  # full collections run here (for tests and benchmarks)
        self.looks = 0
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
        """Keep what lives now out of the full collections' scans (start-up is over: 35-66
        ms of a full collection's CPU at 300,000 contacts, 0.0 ms after). Freezing costs
        nothing (the collector's lists are spliced); a garbage cycle made before it waits
        for a release. The source lines start-up's imports left in ``linecache`` go
        before (``forget_source_lines``: 15 MiB at 300,000 contacts)."""
        if self._active:
            forget_source_lines()
            collector.freeze()
            self._mark()
            self._settled = self._blocks

    @property
    def release_after_blocks(self) -> int:
        """Blocks frozen as big loads past which a quiet look walks them: what garbage
        cycles among loads can hold at most before they are freed."""
        return max(RELEASE_FROZEN_BLOCKS, self._settled)

    def idle(self) -> bool:
        """The UI thread was idle since the last look (and that look is now)."""
        now = (time.monotonic(), time.thread_time())
        (wall, cpu), self._last = self._last, now
        return now[1] - cpu <= IDLE_SHARE * max(now[0] - wall, 1e-3)

    def _mark(self) -> None:
        self._blocks = sys.getallocatedblocks()
        self._base = gc.get_count()[2]
        self._last = (time.monotonic(), time.thread_time())  # not the collector's CPU

    @Slot()
    def _look(self) -> None:
        self.looks += 1
        quiet = self.idle() and QThreadPool.globalInstance().activeThreadCount() == 0
        self._quiet = self._quiet + 1 if quiet else 0
        if not self._collect(quiet) and quiet:
            self.quiet.emit()

    def _collect(self, quiet: bool) -> bool:
        """This look's collection, release or freeze, if one is due; whether it ran."""
        frozen_long = (self._frozen > 0 or collector.loads_frozen) and (
            self._quiet >= RELEASE_QUIET_LOOKS
            or self._frozen > self.release_after_blocks)
        if quiet and frozen_long:
            collector.release()
            self._frozen = 0
            self.collections += 1
            self._mark()
            return True
        if quiet and collector.release_wanted and self._quiet >= ASKED_RELEASE_QUIET_LOOKS:
            collector.tidy()  # what is not frozen: a few ms
            self._mark()
            return True
        survived = gc.get_count()[2] - self._base
        overdue = survived >= FULL_OVERDUE
        if not (overdue or (quiet and survived >= FULL_DUE)):
            return False
        grown = sys.getallocatedblocks() - self._blocks
        if grown > BIG_LOAD_BLOCKS and not overdue:
            collector.freeze()
            self._frozen += grown
        else:
            collector.collect()
            self.collections += 1
        self._mark()
        return True


def _uninstall(active: list[bool]) -> None:
    if active:
        active.clear()
        collector.uninstall()
