"""What the month grid shows, kept in memory (issue 18): a month already read comes back at
once, and the months before and after the one shown are read ahead off the UI thread, so
moving back and forth never waits. Any change to follow-ups, meetings or contacts makes
it forget (``forget``); a read ahead that started before a change is dropped."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from desktop.services import followups, overview
from desktop.services.followups import MonthView
from desktop.ui.calendar.month_grid import shift_month
from desktop.ui.common.workers import Worker

YearMonth = tuple[int, int]


class MonthCounts(QObject):
    """Month views by (year, month). Private state: ``_months`` the views read;
    ``_generation`` bumped by every change (a read ahead from before is dropped);
    ``_prefetching`` the months being read ahead; ``_jobs`` their workers, each with the
    months it reads, kept alive until every one has reported; ``_shown`` gives the month
    the panel shows."""

    arrived = Signal(object)  # (year, month): a view read ahead is now in memory

    def __init__(self, shown: Callable[[], YearMonth], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shown = shown
        self._months: dict[YearMonth, MonthView] = {}
        self._generation = 0
        self._prefetching: set[YearMonth] = set()
        self._jobs: dict[Worker, list[YearMonth]] = {}

    def cached(self, ym: YearMonth) -> MonthView | None:
        """The month's view if it is in memory (None: not read, or forgotten)."""
        return self._months.get(ym)

    def read(self, ym: YearMonth) -> MonthView:
        """The month's view, read now (on the UI thread) and kept."""
        view = followups.month_view(ym[0], ym[1])
        self._months[ym] = view
        return view

    def forget(self) -> None:
        """The data changed: every month is read again when next wanted."""
        self._months.clear()
        self._generation += 1

    def prefetch_around(self, year: int, month: int) -> None:
        """Read the months before and after (and the month shown, when a change left it
        to come later) off the UI thread, so the next month change finds them in memory
        (SQLite does the counting without holding the GIL)."""
        around = ((year, month), shift_month(year, month, -1), shift_month(year, month, 1))
        wanted = [ym for ym in around
                  if ym not in self._months and ym not in self._prefetching]
        if not wanted:
            return
        generation = self._generation

        def job(_progress: object) -> tuple[int, list[tuple[YearMonth, MonthView]]]:
            return generation, [(ym, followups.month_view(ym[0], ym[1]))
                                for ym in wanted]

        worker = Worker(job, cleanup=overview.release_thread_connection)
        # Bound slots, not lambdas: they run queued on the UI thread.
        worker.signals.finished.connect(self._prefetched)
        worker.signals.failed.connect(self._prefetch_failed)
        self._prefetching.update(wanted)
        self._jobs[worker] = wanted
        QThreadPool.globalInstance().start(worker)

    @Slot(object)
    def _prefetched(self, result: tuple[int, list[tuple[YearMonth, MonthView]]]) -> None:
        generation, views = result
        for ym, view in views:
            self._prefetching.discard(ym)
            if generation == self._generation:  # nothing changed while it was read
                self._months.setdefault(ym, view)
                self.arrived.emit(ym)
        if not self._prefetching:
            self._jobs.clear()  # every job has reported: let them go
        if generation != self._generation:  # read again, as the data is now
            self.prefetch_around(*self._shown())

    @Slot(str)
    def _prefetch_failed(self, _reason: str) -> None:
        """A read ahead failed (the database busy, say): its months are no longer being
        read, and the next look for them (a change, a month shown) reads them. They stayed
        marked as being read for good: no later read of them started, and the grid kept
        the counts from before every later change."""
        for worker, months in self._jobs.items():
            if worker.signals is self.sender():
                self._prefetching.difference_update(months)
        if not self._prefetching:
            self._jobs.clear()
