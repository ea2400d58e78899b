"""The contact list: a table model over the ids SQL filtered and sorted (Anki's browser).

The model never holds 100,000 rows. ``search.ListQuery`` gives the ordered ids from
indexes; the rows the view paints are fetched ``BLOCK`` at a time with
``search.fetch_rows`` into a cache. A change to some contacts drops just those rows
from the cache; a change that adds or removes contacts (or a new filter or sort)
re-runs the ids query.

With ``background`` (the main window's list), a list longer than ``SMALL`` never costs the
UI thread more than its first page: the first ``page`` ids come from a LIMIT query at once,
the rest (300,000 ids: 0.1-0.3 s) are computed by a worker thread and appended; a search
matching more than ``search.SPARSE`` contacts of such a list is computed there too, the
previous rows staying until its result arrives (issue 18: no stall over 50 ms).
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Sequence
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)

from desktop.services import overview, search
from desktop.services.search import ListFilter, ListKind, SortKey
from desktop.services.types import Changes, ContactId, ContactRow
from desktop.ui.common.kinds import stage_label
from desktop.ui.common.plain_text import plain_tooltip
from desktop.ui.common.workers import Worker
from desktop.ui.contacts import list_cells
from desktop.ui.contacts.list_cells import COLUMN_TITLES, SORT_KEYS, Cells, Column, tooltip
from desktop.ui.contacts.list_rows import ids_in_runs, runs, runs_of

__all__ = ["COLUMN_TITLES", "SORT_KEYS", "Column", "ContactListModel", "runs", "stage_label"]

# Rows read at a time when painted: a page and a half. After a sort the first paint of the
# new order read 256 rows (4-7 ms) to show ~22; after a change to many rows (a tagged
# selection) the repaint read 256 again (6-15 ms at 100,000 contacts); 64 take 1.5-2 (issue 18).
BLOCK = 64
# Past this many cached rows (a user scrolled through a huge list) start afresh, so
# memory stays flat (DESIGN.md: 250 MB peak with 100,000 contacts).
MAX_CACHED = 20_000
# A change touching more contacts than this refreshes the whole cache at once.
_MANY = 500
# A list (or search result) of at most this many contacts is read at once, on the UI
# thread (a few milliseconds); a longer one in the background (``background``).
SMALL = 5_000
PAGE = 200  # rows read first when the rest of a long list comes in the background


_Index = QModelIndex | QPersistentModelIndex


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_COLUMNS = len(Column)
_UNFETCHED = object()
# What a background job brings: (token, data generation, list key, sidebar order, ids).
_JobResult = tuple[int, int, search.ListKey, "array[int]", Sequence[int]]


class ContactListModel(QAbstractTableModel):
    """Rows are contacts, in the order SQL gave.

    Private state: ``_ids`` is the ordered id list of the current filter and sort (or its
    first page, or the previous list while a search is computed), an array of machine
    integers (``search.id_array``: no object per contact for the collector to visit);
    ``_rows`` caches fetched rows by id (``None`` = the contact vanished, do not ask
    again), ``_cells`` what their cells paint (``list_cells.Cells``, made when first
    painted) (no inverse map of ``_ids`` is kept: building one costs more than the few
    lookups need);
    ``_first_page`` is how
    many ids the first refresh loads (0: all; start-up paints them before the whole
    list); ``_partial`` says ``_ids`` is still only a first page; ``_pending`` that a
    search's result is being computed; ``_token`` which background job may still deliver
    (each refresh makes the previous ones obsolete); ``_data_gen`` counts changes of the
    data, so an order computed before one is never cached; ``_jobs`` holds the running
    workers until they report.
    """

    ContactIdRole = Qt.ItemDataRole.UserRole + 1
    StageRole = Qt.ItemDataRole.UserRole + 2  # the raw stage ("trusted")
    TagsRole = Qt.ItemDataRole.UserRole + 3  # tuple of tag names
    OverdueRole = Qt.ItemDataRole.UserRole + 4  # True when the follow-up date has passed

    completed = Signal()  # the whole list of the current filter and sort is in

    def __init__(
        self, parent: Any = None, *, today: dt.date | None = None, first_page: int = 0,
        background: bool = False, small: int = SMALL, page: int = PAGE,
    ) -> None:
        super().__init__(parent)
        self._filter = ListFilter()
        self._sort = SortKey.NAME
        self._descending = False
        self._fixed_today = today
        self._today = today or dt.date.today()
        self._query = search.ListQuery()
        self._ids: array[int] = array("q")
        self._rows: dict[ContactId, ContactRow | None] = {}
        self._cells: dict[ContactId, Cells] = {}
        self._first_page = first_page
        self._background = background
        self._small, self._page = small, page
        self._partial = False
        self._pending = False
        self._token = 0
        self._data_gen = 0
        self._jobs: dict[int, Worker] = {}
        self._latest = [0]  # the token of the last job, read by the jobs' threads

    # --- what the list shows ------------------------------------------------------------

    @property
    def list_filter(self) -> ListFilter:
        return self._filter

    @property
    def sort_key(self) -> SortKey:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    def set_filter(self, flt: ListFilter, *, data_changed: bool = False,
                   long: bool = False) -> None:
        """Show the contacts *flt* selects (a long list: its first page now, see above).
        *data_changed* True: the data changed since the list was last read (a change not
        announced yet, an import's end); *long*: the caller knows the list is longer than
        ``small`` (see ``refresh``)."""
        self._filter = flt
        # The query's cache is keyed by list and sort: a new filter may reuse it.
        self.refresh(data_changed=data_changed, long=long)

    def reads_in_background(self, count: int) -> bool:
        """Whether a list of *count* contacts is read off the UI thread (all but its first
        page): an import's end knows how many it lists before reading them."""
        return self._background and count > self._small

    def set_sort(self, key: SortKey, descending: bool = False) -> None:
        # Another order lists the same contacts: a whole list known to be long needs only
        # its first page now (reading 5,001 ids to learn it is long took 3-6 ms of the
        # header click; issue 18).
        long = self._background and not self.busy and len(self._ids) > self._small
        self._sort = key
        self._descending = descending
        self.refresh(data_changed=False, long=long)

    def _args(self) -> tuple[ListFilter, SortKey, bool, dt.date]:
        return self._filter, self._sort, self._descending, self._today

    def refresh(self, *, data_changed: bool = True, long: bool = False) -> None:
        """Re-run the ids query and forget every cached row. *data_changed* False (a new
        filter, search text or sort) lets the query reuse its cached order of a list;
        *long* says the list is known to be longer than ``small`` (a new sort of it).

        The very first refresh of a model made with ``first_page`` loads only that many
        ids (what the window paints first); ``complete()`` appends the rest, and so does
        a background job with ``background``.
        """
        if data_changed:
            self._query.invalidate()
            self._data_gen += 1
        self._today = self._fixed_today or dt.date.today()
        self._token += 1
        self._pending = False
        args = self._args()
        page, self._first_page = self._first_page, 0
        searching = search.build_match(self._filter.text) is not None
        if self._background and not page:
            found = self._query.quick_ids(*args, small=self._small)
            if found is None and not searching:
                head = self._query.first_ids(*args, self._page if long else self._small + 1)
                if not long and len(head) <= self._small:
                    found = head
                else:
                    self._reset(head[: self._page], partial=True)
                    self._start_job()
                    return
            if found is None:  # a search with many matches in a long list
                self._pending = True
                self._start_job()
                return
            self._reset(found, partial=False)
            return
        if page and not searching:
            # Start-up: the rest once the window has painted (complete_in_background).
            ids = self._query.first_ids(*args, page)
            self._reset(ids, partial=len(ids) == page)
        else:
            self._reset(self._query.ids(*args), partial=False)

    def _reset(self, ids: Sequence[int], *, partial: bool) -> None:
        self.beginResetModel()
        self._ids = search.id_array(ids)
        self._rows, self._cells = {}, {}
        self._partial = partial
        self.endResetModel()

    @property
    def partial(self) -> bool:
        """True while only the first page of a list is loaded."""
        return self._partial

    @property
    def busy(self) -> bool:
        """True while the rows are not yet the whole list of the current filter and sort
        (a first page, or the previous list while a search is computed)."""
        return self._partial or self._pending

    def complete_in_background(self) -> None:
        """Load the rest of a first page off the UI thread (start-up, after the paint)."""
        if self._partial and self._token not in self._jobs:
            self._start_job()

    def complete(self) -> None:
        """Load the whole list now, on this thread (what a background job would bring):
        the rest of a first page is appended, nothing painted moves."""
        if not self.busy:
            return
        self._token += 1  # a job still running is too late
        self._apply_full(self._query.ids(*self._args()))

    def _apply_full(self, ids: Sequence[int]) -> None:
        full = search.id_array(ids)
        if self._pending:
            self._pending = False
            self._reset(full, partial=False)
            self.completed.emit()
            return
        self._partial = False
        have = len(self._ids)
        if full[:have] != self._ids:  # the data changed in between: start over
            self._reset(full, partial=False)
        elif len(full) > have:
            self.beginInsertRows(QModelIndex(), have, len(full) - 1)
            self._ids = full
            self.endInsertRows()
        self.completed.emit()

    # --- the background job -------------------------------------------------------------

    def _start_job(self) -> None:
        token, gen, args = self._token, self._data_gen, self._args()
        key = search.list_key(*args)
        base = self._query.cached_base(key)
        latest = self._latest
        latest[0] = token

        def job(_progress: object) -> _JobResult | None:
            if token != latest[0]:  # superseded before it started (fast typing)
                return None
            return (token, gen, key, *search.compute_ids(*args, base))

        worker = Worker(job, cleanup=overview.end_of_big_job)
        worker.signals.finished.connect(self._job_finished)
        worker.signals.failed.connect(self._job_failed)
        self._jobs[token] = worker
        QThreadPool.globalInstance().start(worker)

    @Slot(object)
    def _job_finished(self, result: object) -> None:
        if result is None:
            self._forget_jobs()
            return
        token, gen, key, base, ids = cast(_JobResult, result)
        self._jobs.pop(token, None)
        if gen == self._data_gen:
            self._query.adopt(key, base)  # later searches of this list start from it
        if token == self._token and self.busy:
            self._apply_full(ids)

    @Slot(str)
    def _job_failed(self, _message: str) -> None:
        self._forget_jobs()
        self.complete()  # the list must still be whole: read it here

    def _forget_jobs(self) -> None:
        self._jobs = {t: w for t, w in self._jobs.items() if t == self._token}

    def apply_changes(self, changes: Changes) -> None:
        """Bring the list up to date after *changes* (``Operations.changes_applied``)."""
        if changes.contacts_added_or_removed or (
                changes.focus and self.list_filter.kind is ListKind.FOCUS):
            self.refresh()  # who is listed changed (a focus list gains or loses people)
            return
        if changes.day:
            self._new_day()
        if not changes.contacts:
            return
        # The rows stay where they are until the next query (a renamed contact does not
        # jump away under the pointer), but that query must see the change.
        self._query.invalidate()
        if not self._ids:
            return
        # The fewer of the two walked: a whole selection tagged names 300,000 contacts.
        if len(changes.contacts) > len(self._rows):
            cached = [cid for cid in self._rows if cid in changes.contacts]
        else:
            cached = [cid for cid in changes.contacts if cid in self._rows]
        if not cached:
            return
        if len(cached) == 1:
            del self._rows[cached[0]]
            self._cells.pop(cached[0], None)
            row = self.row_of(cached[0], load=False)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
            return
        # Several: one signal for the whole list (the view repaints only what it shows)
        # rather than finding each row, which needs a map of 300,000 ids (issue 18).
        for cid in cached:
            del self._rows[cid]
            self._cells.pop(cid, None)
        if len(cached) > _MANY:
            self._rows, self._cells = {}, {}
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(Column) - 1))

    def _new_day(self) -> None:
        """A new day began: the list of what is due gains the follow-ups that came due
        and is read again; in any other list only the cells move ("Tomorrow" is "Today",
        yesterday's "Today" is overdue): every row is formatted again when painted."""
        today = self._fixed_today or dt.date.today()
        if today == self._today:
            return
        if self._filter.kind is ListKind.DUE:
            self.refresh()
            return
        self._today = today
        self._cells = {}
        if len(self._ids):
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(Column) - 1))

    # --- lookups for the window -----------------------------------------------------------

    def contact_ids(self) -> list[ContactId]:
        """The ids in display order (a list made from the model's array)."""
        self.complete()
        return cast(list[ContactId], self._ids.tolist())

    def contact_id(self, row: int) -> ContactId | None:
        return ContactId(self._ids[row]) if 0 <= row < len(self._ids) else None

    def row_of(self, contact_id: ContactId, *, load: bool = True) -> int | None:
        """The row of *contact_id*; *load* False looks only at the rows already loaded
        (never reads the rest of a long list on this thread)."""
        if load:
            self.complete()
        try:  # a scan in C: ~1 ms for 300,000 ids, where a map of them costs 30
            return self._ids.index(contact_id)
        except ValueError:
            return None

    def ids_in_runs(self, row_runs: Sequence[tuple[int, int]]) -> list[ContactId]:
        """The ids of the rows in *row_runs* ((first, last) pairs): ``list_rows``."""
        return ids_in_runs(self._ids, row_runs)

    def runs_of(self, contact_ids: Sequence[ContactId]) -> list[tuple[int, int]]:
        """The rows showing *contact_ids* as sorted runs: ``list_rows.runs_of``."""
        return runs_of(self._ids, contact_ids)

    def contact_row(self, row: int) -> ContactRow | None:
        """The list row at *row*, fetched (with its block) if not cached."""
        cid = self.contact_id(row)
        if cid is None:
            return None
        if cid not in self._rows:
            self._fetch_block(row)
        return self._rows.get(cid)

    def _fetch_block(self, row: int) -> None:
        if len(self._rows) > MAX_CACHED:
            self._rows, self._cells = {}, {}
        start = row - row % BLOCK
        ids: Sequence[ContactId] = self._ids  # type: ignore[assignment]  # ints
        wanted = [cid for cid in ids[start : start + BLOCK] if cid not in self._rows]
        fetched = search.fetch_rows(wanted)
        for cid in wanted:
            self._rows[cid] = fetched.get(cid)

    # --- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    # No flags() override: QAbstractTableModel's own answers "enabled, selectable, never
    # has children" in C++. Qt asks it for every cell a selection covers, so a Python
    # override made a select-all of 100,000 rows take seconds (issue 18).

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMN_TITLES[Column(section)])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click: re-query in SQL (never sort 100,000 rows in Python or a proxy)."""
        if not 0 <= column < len(Column):
            return
        self.set_sort(SORT_KEYS[Column(column)], order == Qt.SortOrder.DescendingOrder)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called ~7 times per painted cell (one per role the delegate asks): what a cell
        # paints (text, font, colour) is a tuple per row made once (``list_cells.cells``),
        # the roles this model never answers return at once, and nothing builds an enum
        # or a wrapper before it must (a repaint costs what the painting does, issue 18).
        slot = _PAINTED.get(role)
        if slot is not None:
            row_number = index.row()  # -1 for an invalid index
            ids: Sequence[ContactId] = self._ids  # type: ignore[assignment]  # ints
            if not 0 <= row_number < len(ids):
                return None
            cells = self._cells.get(ids[row_number])
            if cells is None:
                cells = self._cells_of(ids[row_number], row_number)
                if cells is None:
                    return None
            values = cells[slot]
            column = index.column()
            return values[column] if values is not None and 0 <= column < _COLUMNS else None
        if role not in _ANSWERED:
            return None
        row_number = index.row()
        if not 0 <= row_number < len(self._ids) or not index.isValid():
            return None
        cid = ContactId(self._ids[row_number])
        if role == self.ContactIdRole:
            return int(cid)
        row = self._row_of(cid, row_number)
        if row is None:
            return None
        if role == self.StageRole:
            return row.stage
        if role == self.TagsRole:
            return row.tags
        column = index.column()
        if not 0 <= column < _COLUMNS:
            return None
        if role == _TOOLTIP:  # names are data: never rendered as markup
            return plain_tooltip(tooltip(row, Column(column), self._today))
        if role == self.OverdueRole:
            return row.next_followup_on is not None and row.next_followup_on < self._today
        return None

    def _cells_of(self, cid: ContactId, row_number: int) -> Cells | None:
        row = self._row_of(cid, row_number)
        if row is None:
            return None
        cells = self._cells[cid] = list_cells.cells(row, self._today)
        return cells

    def _row_of(self, cid: ContactId, row_number: int) -> ContactRow | None:
        row = self._rows.get(cid, _UNFETCHED)
        if row is _UNFETCHED:
            return self.contact_row(row_number)
        return cast("ContactRow | None", row)


# The roles a painted cell asks for, by their place in ``list_cells.Cells``.
_PAINTED = {_DISPLAY: 0, _FONT: 1, _FOREGROUND: 2}
# The other roles ContactListModel.data answers (everything else is None at once).
_ANSWERED = frozenset({
    _TOOLTIP, ContactListModel.ContactIdRole, ContactListModel.StageRole,
    ContactListModel.TagsRole, ContactListModel.OverdueRole,
})
