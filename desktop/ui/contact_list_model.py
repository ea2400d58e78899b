"""The contact list: a table model over the ids SQL filtered and sorted (Anki's browser).

The model never holds 100,000 rows. ``search.query_ids`` gives the ordered ids in one
indexed query; the rows the view paints are fetched ``BLOCK`` at a time with
``search.fetch_rows`` into a cache. A change to some contacts drops just those rows
from the cache; a change that adds or removes contacts (or a new filter or sort)
re-runs the ids query.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from desktop.services import search
from desktop.services.search import ListFilter, SortKey
from desktop.services.types import Changes, ContactId, ContactRow
from desktop.ui.plain_text import plain_tooltip

BLOCK = 256
# Past this many cached rows (a user scrolled through a huge list) start afresh, so
# memory stays flat (DESIGN.md: 250 MB peak with 100,000 contacts).
MAX_CACHED = 20_000
# A change touching more contacts than this refreshes the whole cache at once.
_MANY = 500

OVERDUE_COLOUR = QColor("#c62828")
DUE_TODAY_COLOUR = QColor("#b45309")
PLACEHOLDER_COLOUR = QColor("#8a8f98")

STAGE_LABELS: dict[str, str] = {
    "connected": "Connected",
    "acquainted": "Acquainted",
    "relationship": "Relationship",
    "trusted": "Trusted",
}

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    ORGANIZATION = 1
    STAGE = 2
    TAGS = 3
    LAST_INTERACTION = 4
    NEXT_FOLLOWUP = 5


COLUMN_TITLES: dict[Column, str] = {
    Column.NAME: "Name",
    Column.ORGANIZATION: "Organisation",
    Column.STAGE: "Stage",
    Column.TAGS: "Tags",
    Column.LAST_INTERACTION: "Last interaction",
    Column.NEXT_FOLLOWUP: "Next follow-up",
}

SORT_KEYS: dict[Column, SortKey] = {
    Column.NAME: SortKey.NAME,
    Column.ORGANIZATION: SortKey.ORGANIZATION,
    Column.STAGE: SortKey.STAGE,
    Column.TAGS: SortKey.TAGS,
    Column.LAST_INTERACTION: SortKey.LAST_INTERACTION,
    Column.NEXT_FOLLOWUP: SortKey.NEXT_FOLLOWUP,
}


def runs(rows: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted rows as (first, last) runs of consecutive rows: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    out: list[tuple[int, int]] = []
    first = last = -2
    for row in rows:
        if row == last + 1:
            last = row
            continue
        if last >= 0:
            out.append((first, last))
        first = last = row
    if last >= 0:
        out.append((first, last))
    return out


def stage_label(stage: str) -> str:
    return STAGE_LABELS.get(stage, stage.capitalize())


def short_date(day: dt.date) -> str:
    """"12 Mar 2026", in English whatever the locale (the app is not translated yet)."""
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{day.day} {months[day.month - 1]} {day.year}"


def relative_day(day: dt.date, today: dt.date) -> str:
    """"Today", "Yesterday", "3 days ago", "in 5 days" within a week, else a date."""
    delta = (day - today).days
    if delta == 0:
        return "Today"
    if delta == -1:
        return "Yesterday"
    if delta == 1:
        return "Tomorrow"
    if -7 < delta < 0:
        return f"{-delta} days ago"
    if 0 < delta < 7:
        return f"in {delta} days"
    return short_date(day)


def followup_tooltip(day: dt.date, today: dt.date) -> str:
    delta = (day - today).days
    when = short_date(day)
    if delta < 0:
        days = -delta
        return f"Overdue by {days} day{'s' if days != 1 else ''} (due {when})"
    if delta == 0:
        return f"Due today ({when})"
    return f"Due {when}"


class ContactListModel(QAbstractTableModel):
    """Rows are contacts, in the order SQL gave.

    Private state: ``_ids`` is the ordered id list of the current filter and sort;
    ``_rows`` caches fetched rows by id (``None`` = the contact vanished, do not ask
    again); ``_row_of`` is the inverse of ``_ids``, built only when a change needs it;
    ``_first_page`` is how many ids the first refresh loads (0: all) and ``_partial`` says
    ``_ids`` is still only that first page (start-up paints it before the whole list).
    """

    ContactIdRole = Qt.ItemDataRole.UserRole + 1
    StageRole = Qt.ItemDataRole.UserRole + 2  # the raw stage ("trusted")
    TagsRole = Qt.ItemDataRole.UserRole + 3  # tuple of tag names
    OverdueRole = Qt.ItemDataRole.UserRole + 4  # True when the follow-up date has passed

    def __init__(
        self, parent: Any = None, *, today: dt.date | None = None, first_page: int = 0
    ) -> None:
        super().__init__(parent)
        self._filter = ListFilter()
        self._sort = SortKey.NAME
        self._descending = False
        self._fixed_today = today
        self._today = today or dt.date.today()
        self._query = search.ListQuery()
        self._ids: list[ContactId] = []
        self._rows: dict[ContactId, ContactRow | None] = {}
        self._row_of: dict[ContactId, int] | None = None
        self._first_page = first_page
        self._partial = False

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

    def set_filter(self, flt: ListFilter) -> None:
        """Show the contacts *flt* selects (synchronously: one SQL query, then a reset)."""
        self._filter = flt
        self.refresh(data_changed=False)  # the query's cache is keyed by list and sort

    def set_sort(self, key: SortKey, descending: bool = False) -> None:
        self._sort = key
        self._descending = descending
        self.refresh(data_changed=False)

    def refresh(self, *, data_changed: bool = True) -> None:
        """Re-run the ids query and forget every cached row. *data_changed* False (a new
        filter, search text or sort) lets the query reuse its cached order of a list.

        The very first refresh of a model made with ``first_page`` loads only that many
        ids (what the window paints first); ``complete()`` appends the rest.
        """
        if data_changed:
            self._query.invalidate()
        self._today = self._fixed_today or dt.date.today()
        page, self._first_page = self._first_page, 0
        if page and not self._filter.text.strip():
            ids = self._query.first_ids(
                self._filter, self._sort, self._descending, self._today, page
            )
            self._partial = len(ids) == page
        else:
            ids = self._query.ids(self._filter, self._sort, self._descending, today=self._today)
            self._partial = False
        self.beginResetModel()
        self._ids = ids
        self._rows = {}
        self._row_of = None
        self.endResetModel()

    @property
    def partial(self) -> bool:
        """True while only the first page of a start-up list is loaded."""
        return self._partial

    def complete(self) -> None:
        """Load the rest of a start-up list: rows are appended, nothing painted moves."""
        if not self._partial:
            return
        self._partial = False
        full = self._query.ids(self._filter, self._sort, self._descending, today=self._today)
        have = len(self._ids)
        if full[:have] != self._ids:  # the data changed in between: start over
            self.beginResetModel()
            self._ids, self._rows, self._row_of = full, {}, None
            self.endResetModel()
            return
        if len(full) > have:
            self.beginInsertRows(QModelIndex(), have, len(full) - 1)
            self._ids = full
            self._row_of = None
            self.endInsertRows()

    def apply_changes(self, changes: Changes) -> None:
        """Bring the list up to date after *changes* (``Operations.changes_applied``)."""
        if changes.contacts_added_or_removed:
            self.refresh()
            return
        if not changes.contacts:
            return
        # The rows stay where they are until the next query (a renamed contact does not
        # jump away under the pointer), but that query must see the change.
        self._query.invalidate()
        if not self._ids:
            return
        cached = [cid for cid in changes.contacts if cid in self._rows]
        if len(cached) > _MANY:
            self._rows = {}
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(Column) - 1)
            )
            return
        row_map = self._row_map() if len(cached) > 1 else None
        for cid in cached:
            del self._rows[cid]
            row = row_map.get(cid) if row_map is not None else self.row_of(cid)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    # --- lookups for the window -----------------------------------------------------------

    def contact_ids(self) -> list[ContactId]:
        """The ids in display order (the model's own list: do not modify it)."""
        self.complete()
        return self._ids

    def contact_id(self, row: int) -> ContactId | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, contact_id: ContactId) -> int | None:
        self.complete()
        if self._row_of is not None:
            return self._row_of.get(contact_id)
        try:  # one id: a scan in C beats building the whole map (300,000 ids: ~25 ms)
            return self._ids.index(contact_id)
        except ValueError:
            return None

    def _row_map(self) -> dict[ContactId, int]:
        if self._row_of is None:
            self._row_of = {cid: row for row, cid in enumerate(self._ids)}
        return self._row_of

    def ids_in_runs(self, runs: Sequence[tuple[int, int]]) -> list[ContactId]:
        """The ids of the rows in *runs* ((first, last) row pairs, inclusive), in order:
        list slices, so a selection of 300,000 rows costs no Python call per row."""
        ids = self._ids
        if len(runs) == 1:
            first, last = runs[0]
            return ids[max(first, 0) : last + 1]
        out: list[ContactId] = []
        for first, last in runs:
            out += ids[max(first, 0) : last + 1]
        return out

    def runs_of(self, contact_ids: Sequence[ContactId]) -> list[tuple[int, int]]:
        """The rows showing *contact_ids* as sorted (first, last) runs (ids not shown are
        left out): what a selection is rebuilt from after a reset."""
        self.complete()
        ids = self._ids
        if not contact_ids or not ids:
            return []
        if len(contact_ids) == 1:
            row = self.row_of(contact_ids[0])
            return [] if row is None else [(row, row)]
        wanted = set(contact_ids)
        if len(wanted) >= len(ids) and wanted.issuperset(ids):
            return [(0, len(ids) - 1)]  # everything (a select-all that survived a change)
        if len(wanted) < 64:
            row_map = self._row_map()
            rows = sorted(r for r in map(row_map.get, wanted) if r is not None)
        else:
            rows = [row for row, cid in enumerate(ids) if cid in wanted]
        return runs(rows)

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
            self._rows = {}
        start = row - row % BLOCK
        wanted = [cid for cid in self._ids[start : start + BLOCK] if cid not in self._rows]
        fetched = search.fetch_rows(wanted)
        for cid in wanted:
            self._rows[cid] = fetched.get(cid)

    # --- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

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
            return COLUMN_TITLES[Column(section)]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click: re-query in SQL (never sort 100,000 rows in Python or a proxy)."""
        if not 0 <= column < len(Column):
            return
        self.set_sort(SORT_KEYS[Column(column)], order == Qt.SortOrder.DescendingOrder)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.model() is not self:
            return None
        row_number, column = index.row(), index.column()
        if not 0 <= row_number < len(self._ids) or not 0 <= column < len(Column):
            return None
        if role == self.ContactIdRole:
            return int(self._ids[row_number])
        row = self.contact_row(row_number)
        if row is None:
            return None
        col = Column(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:  # names are data: never rendered as markup
            return plain_tooltip(self._tooltip(row, col))
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, col)
        if role == Qt.ItemDataRole.FontRole:
            if col is Column.NAME and not row.full_name.strip() and not row.organization.strip():
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role == self.StageRole:
            return row.stage
        if role == self.TagsRole:
            return row.tags
        if role == self.OverdueRole:
            return row.next_followup_on is not None and row.next_followup_on < self._today
        return None

    def _display(self, row: ContactRow, col: Column) -> str:
        if col is Column.NAME:
            return row.display_name
        if col is Column.ORGANIZATION:
            return row.organization if row.full_name.strip() else ""
        if col is Column.STAGE:
            return stage_label(row.stage)
        if col is Column.TAGS:
            return ", ".join(row.tags)
        if col is Column.LAST_INTERACTION:
            when = row.last_interaction_at
            return relative_day(when.date(), self._today) if when else ""
        day = row.next_followup_on
        return relative_day(day, self._today) if day else ""

    def _tooltip(self, row: ContactRow, col: Column) -> str | None:
        if col is Column.NAME or col is Column.ORGANIZATION:
            role = " at ".join(p for p in (row.title, row.organization) if p.strip())
            return f"{row.display_name}\n{role}" if role else row.display_name
        if col is Column.TAGS:
            return "\n".join(row.tags) if row.tags else None
        if col is Column.LAST_INTERACTION:
            when = row.last_interaction_at
            return f"Last interaction {short_date(when.date())}" if when else "No interactions yet"
        if col is Column.NEXT_FOLLOWUP:
            day = row.next_followup_on
            return followup_tooltip(day, self._today) if day else "No follow-up planned"
        return None

    def _foreground(self, row: ContactRow, col: Column) -> QColor | None:
        if col is Column.NAME and not row.full_name.strip() and not row.organization.strip():
            return PLACEHOLDER_COLOUR
        if col is Column.NEXT_FOLLOWUP and row.next_followup_on is not None:
            if row.next_followup_on < self._today:
                return OVERDUE_COLOUR
            if row.next_followup_on == self._today:
                return DUE_TODAY_COLOUR
        return None
