"""The calendar's agenda and overdue list as the panel shows them (issues 4, 15 and 18):
their titles with counts, their pages ("Show more"), and their reads. A read on the UI
thread (a day or a page chosen) fills a list at once; after a change the two lists are read
in a worker and applied when they arrive, touching only the rows that changed
(``agenda_lists.keep_rows``), while a read started since drops the late one. The rows of a
follow-up acted on can go at once (``drop_followup``), before that read arrives."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QLabel, QPushButton, QTreeWidget, QWidget

from desktop.services import followups, overview
from desktop.services.followups import AgendaEntry, FollowUpItem
from desktop.ui.calendar.agenda_lists import (
    AGENDA_ROWS,
    OVERDUE_ROWS,
    ItemRole,
    fill_agenda,
    fill_overdue,
    follow_up_tree,
)
from desktop.ui.calendar.month_grid import long_date
from desktop.ui.common import formatting
from desktop.ui.common.turns import QuietTurn
from desktop.ui.common.workers import Worker

AgendaRange = tuple[dt.date, dt.date, bool]  # first day, last day, week mode


@dataclass(frozen=True)
class _Lists:
    """The agenda and the overdue list as a worker read them after a change."""

    generations: tuple[int, int]  # (agenda, overdue) when the read started
    agenda_range: AgendaRange
    entries: list[AgendaEntry]
    shown: int  # the agenda rows wanted (entries may hold one more)
    overdue: list[FollowUpItem]
    overdue_total: int
    stale_cadence: bool


def box_title(text: str) -> QLabel:
    """The small capitals over a box of the calendar (agenda, overdue, focus)."""
    label = QLabel(text.upper())
    label.setObjectName("boxTitle")
    return label


class CalendarLists(QObject):
    """The agenda (``agenda``) and the overdue list (``overdue``) with their titles and
    "Show more" buttons, made for the panel *parent*.

    Private state: ``_range`` gives the agenda's days (the panel's selected day or week),
    ``_today`` the panel's today; ``_current`` the follow-up the panel's actions act on and
    ``_clear_current`` forgets it (its row went). ``agenda_pages`` / ``_overdue_pages``
    how many pages of rows each list shows; ``_agenda_keys`` / ``_overdue_keys`` what each
    list's rows show, row by row (None: rebuilt next time), so that after a change the rows
    still wanted are kept. Each list's generation is bumped by every read, so an older read
    arriving late is dropped; ``_jobs`` keeps the workers alive until every read started
    (``_reading``) has reported. The titles' figures: ``_agenda_count`` / ``_agenda_more``
    and ``_overdue_total`` / ``_overdue_shown``. ``_arrivals`` holds what a worker read,
    applied one list a quiet turn (``_apply_turn``)."""

    stale_cadence = Signal(bool)  # whether stale keep-in-touch reminders wait ("Catch up…")

    def __init__(self, parent: QWidget, today: Callable[[], dt.date],
                 agenda_range: Callable[[], AgendaRange],
                 current: Callable[[], FollowUpItem | None],
                 clear_current: Callable[[], None]) -> None:
        super().__init__(parent)
        self._today = today
        self._range = agenda_range
        self._current = current
        self._clear_current = clear_current
        self.agenda_pages = 1  # pages of AGENDA_ROWS the agenda shows ("Show more")
        self._overdue_pages = 1
        self._agenda_keys: list[object] | None = None
        self._overdue_keys: list[object] | None = None
        self._agenda_generation = 0
        self._overdue_generation = 0
        self._jobs: list[Worker] = []
        self._reading = 0
        # A worker's lists are applied in quiet turns of their own, the agenda then the
        # overdue list, each after the window's repaint of the turn before (issue 18:
        # opening the calendar at 300,000 contacts, the panel's first paint and both
        # lists' 350 new rows with their layout came in one turn).
        self._arrivals: list[tuple[str, _Lists]] = []
        self._apply_turn = QuietTurn(parent, self._apply_next)
        self._agenda_count, self._agenda_more = 0, False
        self._overdue_total, self._overdue_shown = 0, 0

        self.agenda_title = box_title(self.tr("Agenda"))
        self.agenda = follow_up_tree(parent, (self.tr("When"), self.tr("Who"), self.tr("What")))
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda_more = QPushButton(parent)
        self.agenda_more.setFlat(True)
        self.agenda_more.clicked.connect(self.more_agenda)
        self.overdue_title = box_title(self.tr("Overdue"))
        self.overdue = follow_up_tree(parent, (self.tr("Due"), self.tr("Who"), self.tr("What")))
        self.overdue.setAccessibleName(self.tr("Overdue"))
        self.overdue_more = QPushButton(parent)
        self.overdue_more.setFlat(True)
        self.overdue_more.clicked.connect(self.more_overdue)

    @property
    def trees(self) -> tuple[QTreeWidget, QTreeWidget]:
        return self.agenda, self.overdue

    # --- read on the UI thread ------------------------------------------------------------

    def refresh_agenda(self) -> None:
        self._agenda_generation += 1  # a read in a worker from before is dropped
        start, end, _week = self._range()
        # A busy day on 100,000 contacts holds a thousand items: the agenda shows a page
        # of AGENDA_ROWS at a time so a month change stays quick; "Show more" adds pages.
        shown = AGENDA_ROWS * self.agenda_pages
        self._apply_agenda(followups.agenda(start, end, limit=shown + 1), shown)

    def refresh_overdue(self) -> None:
        self._overdue_generation += 1  # a read in a worker from before is dropped
        today = self._today()
        items, total = followups.overdue(today, limit=OVERDUE_ROWS * self._overdue_pages)
        self._apply_overdue(items, total, followups.has_stale_cadence(today))

    @Slot()
    def more_agenda(self) -> None:
        self.agenda_pages += 1
        self.refresh_agenda()

    @Slot()
    def more_overdue(self) -> None:
        self._overdue_pages += 1
        self.refresh_overdue()

    def _apply_agenda(self, entries: list[AgendaEntry], shown: int) -> None:
        more = len(entries) > shown
        entries = entries[:shown]
        today = self._today()
        keep = self._current()
        _start, _end, week_mode = self._range()
        self._agenda_keys = fill_agenda(self.agenda, entries, today, week_mode,
                                        self._agenda_keys)
        self._agenda_count, self._agenda_more = len(entries), more
        self.set_agenda_title()
        self.agenda_more.setVisible(more)
        self.agenda_more.setText(self.tr("Show %1 more").replace("%1", f"{AGENDA_ROWS:,}"))
        if keep is not None and self._current() is keep:
            current = self.agenda.currentItem()
            if current is None or current.data(0, ItemRole) is not keep:
                self._clear_current()  # the rows are new: nothing is selected any more

    def set_agenda_title(self) -> None:
        start, _end, week_mode = self._range()
        if week_mode:
            label = self.tr("Agenda · week of %1 · %2").replace(
                "%1", formatting.short_date(start, start))
        else:
            label = self.tr("Agenda · %1 · %2").replace("%1", long_date(start))
        count = (f"{self._agenda_count:,}+" if self._agenda_more
                 else f"{self._agenda_count:,}")
        self.agenda_title.setText(label.replace("%2", count).upper())

    def _apply_overdue(self, items: list[FollowUpItem], total: int, stale: bool) -> None:
        self._overdue_keys = fill_overdue(self.overdue, items, self._today(),
                                          self._overdue_keys)
        self._overdue_total, self._overdue_shown = total, len(items)
        self._set_overdue_title()
        self.stale_cadence.emit(stale)

    def _set_overdue_title(self) -> None:
        total, shown = self._overdue_total, self._overdue_shown
        title = (self.tr("Overdue · %1 · showing the oldest %2").replace("%2", f"{shown:,}")
                 if total > shown else self.tr("Overdue · %1"))
        self.overdue_title.setText(title.replace("%1", f"{total:,}").upper())
        self.overdue_more.setVisible(total > shown)
        self.overdue_more.setText(self.tr("Show %1 more").replace(
            "%1", f"{min(OVERDUE_ROWS, total - shown):,}"))

    # --- the selected row, kept across a refresh ------------------------------------------

    def selected_row(self) -> tuple[QTreeWidget | None, int]:
        """The list that has the focus, and its current row (-1: none)."""
        owner = next((t for t in self.trees if t.hasFocus()), None)
        current = owner.currentItem() if owner is not None else None
        row = owner.indexOfTopLevelItem(current) if owner is not None and current else -1
        return owner, row

    @staticmethod
    def restore_row(owner: QTreeWidget | None, row: int) -> None:
        """Select *row* of *owner* again (or its last row): after "Mark done" the next
        follow-up is selected, ready for the next key."""
        if owner is not None and row >= 0 and owner.topLevelItemCount():
            item = owner.topLevelItem(min(row, owner.topLevelItemCount() - 1))
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsSelectable:
                owner.setCurrentItem(item)

    # --- the lists read in a worker after a change (issue 18) -----------------------------

    @property
    def pending(self) -> bool:
        """True while a read started after a change has not arrived, or not been shown."""
        return bool(self._jobs) or bool(self._arrivals)

    def read_in_background(self) -> None:
        """Read the agenda and the overdue list off the UI thread; ``_arrived`` applies
        them unless a newer read (or a direct refresh of that list) started since."""
        self._agenda_generation += 1
        self._overdue_generation += 1
        generations = (self._agenda_generation, self._overdue_generation)
        start, end, week_mode = self._range()
        shown = AGENDA_ROWS * self.agenda_pages
        overdue_limit = OVERDUE_ROWS * self._overdue_pages
        today = self._today()

        def job(_progress: object) -> _Lists:
            entries = followups.agenda(start, end, limit=shown + 1)
            items, total = followups.overdue(today, limit=overdue_limit)
            return _Lists(generations, (start, end, week_mode), entries, shown,
                          items, total, followups.has_stale_cadence(today))

        worker = Worker(job, cleanup=overview.release_thread_connection)
        worker.signals.finished.connect(self._arrived)
        worker.signals.failed.connect(self._failed)
        self._jobs.append(worker)
        self._reading += 1
        QThreadPool.globalInstance().start(worker)

    def _job_ended(self) -> None:
        self._reading -= 1
        if self._reading <= 0:  # every read has reported: let the workers go
            self._reading = 0
            self._jobs.clear()

    @Slot(str)
    def _failed(self, _reason: str) -> None:
        self._job_ended()

    @Slot(object)
    def _arrived(self, lists: _Lists) -> None:
        self._job_ended()
        agenda_gen, overdue_gen = lists.generations
        if agenda_gen != self._agenda_generation and overdue_gen != self._overdue_generation:
            # A read older than both lists: workers can finish out of order, and this one
            # must not take the place of a newer read's lists waiting for their turn (after
            # D and a quick undo the overdue list kept the row taken out).
            return
        self._arrivals = [("agenda", lists), ("overdue", lists)]
        self._apply_turn.start()

    def _apply_next(self) -> None:
        """Apply the next list a worker read, unless a read started since (a day chosen,
        a page more, another change) makes it old."""
        if not self._arrivals:
            return
        which, lists = self._arrivals.pop(0)
        agenda_gen, overdue_gen = lists.generations
        owner, row = self.selected_row()
        if which == "agenda":
            if agenda_gen == self._agenda_generation and lists.agenda_range == self._range():
                self._apply_agenda(lists.entries, lists.shown)
        elif overdue_gen == self._overdue_generation:
            self._apply_overdue(lists.overdue, lists.overdue_total, lists.stale_cadence)
        self.restore_row(owner, row)
        if self._arrivals:
            self._apply_turn.start()

    def drop_followup(self, item: FollowUpItem) -> None:
        """The acted-on follow-up's rows go at once (the lists read in the worker follow):
        the user sees the effect of the key press without waiting for the read."""
        owner, row = self.selected_row()
        for tree in self.trees:
            keys = self._agenda_keys if tree is self.agenda else self._overdue_keys
            for n in reversed(_rows_showing(tree, keys, item)):
                # Quietly, as ``keep_rows`` does: the row taken out must not make the
                # next one current (that would show its person in the detail pane).
                tree.setUpdatesEnabled(False)
                tree.blockSignals(True)
                try:
                    tree.takeTopLevelItem(n)
                finally:
                    tree.blockSignals(False)
                    tree.setUpdatesEnabled(True)
                if keys is not None and n < len(keys):
                    del keys[n]
                if tree is self.overdue and self._overdue_total:
                    self._overdue_total -= 1
                    self._overdue_shown -= 1
                    self._set_overdue_title()
                if tree is self.agenda and self._agenda_count:
                    self._agenda_count -= 1
                    self.set_agenda_title()
            if keys is not None and not keys:  # the worker's read puts "Nothing …"
                if tree is self.agenda:
                    self._agenda_keys = None
                else:
                    self._overdue_keys = None
        self.restore_row(owner, row)
        current = self._current()
        if owner is None and current is not None and current.id == item.id:
            self._clear_current()


def _rows_showing(tree: QTreeWidget, keys: list[object] | None, item: FollowUpItem
                  ) -> list[int]:
    """The top-level rows of *tree* that show *item*, in order: read from the list's keys
    (a row's key holds what it shows) when they match its rows, a Python scan of a few
    hundred tuples, rather than asking each of the rows' items (1-2 ms of calls into Qt
    in the turn of a key press, issue 18)."""
    if keys is not None and len(keys) == tree.topLevelItemCount():
        found = []
        for n, key in enumerate(keys):
            shown = key[0] if isinstance(key, tuple) and key else None
            shown = getattr(shown, "followup", shown)  # an agenda entry holds its follow-up
            if isinstance(shown, FollowUpItem) and shown.id == item.id:
                found.append(n)
        return found
    rows = []
    for n in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(n)
        shown = top.data(0, ItemRole) if top is not None else None
        if isinstance(shown, FollowUpItem) and shown.id == item.id:
            rows.append(n)
    return rows
