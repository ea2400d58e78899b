"""The calendar's two lists (issues 4 and 15): the agenda of the selected day or week
(follow-ups, meetings, birthdays; a heading per day in a week) and the overdue list. Each
row keeps what it is in its data roles, for the panel's actions and menus. Contact text is
shown as plain text only (``plain_tooltip``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from desktop.services.followups import AgendaEntry, FollowUpItem
from desktop.services.reasons import reason_text
from desktop.ui.calendar.month_grid import (
    BIRTHDAY_COLOUR,
    FOLLOWUP_COLOUR,
    MEETING_COLOUR,
    OVERDUE_COLOUR,
    long_date,
)
from desktop.ui.common import formatting, tokens
from desktop.ui.common.plain_text import plain_tooltip

# The rows' words keep the translation context of the panel they moved out of.
translate = QCoreApplication.translate

# Agenda rows per page ("Show more" adds a page; no cap): a few screens of the list. A day
# of a 300,000-contact book holds ~600 entries; making 200 rows took ~10 ms of a month
# change and laying them out as much again (issue 18).
AGENDA_ROWS = 50
OVERDUE_ROWS = 300  # overdue rows per page

ItemRole = Qt.ItemDataRole.UserRole + 1  # the FollowUpItem (or None) of an agenda row
ContactRole = Qt.ItemDataRole.UserRole + 2  # its ContactId
MeetingRole = Qt.ItemDataRole.UserRole + 3  # a meeting row's interaction id
StatusRole = Qt.ItemDataRole.UserRole + 4  # a meeting row's status (planned / held)
ColourRole = Qt.ItemDataRole.UserRole + 5  # the light-palette colour of the first column


def follow_up_tree(parent: QWidget, columns: tuple[str, ...]) -> QTreeWidget:
    """A list of the calendar (agenda, overdue): one selection, a context menu the
    panel fills, columns that never scroll sideways."""
    tree = QTreeWidget(parent)
    tree.setColumnCount(len(columns))
    tree.setHeaderLabels(list(columns))
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(False)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    # The first column ("15 d late", "Anniversary") always fits its text; Who and What
    # share the rest and elide, so the list never scrolls sideways (QA: a horizontal
    # scroll after a click cut "15 d late" to "5 d late").
    header = tree.header()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(36)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    tree.setTextElideMode(Qt.TextElideMode.ElideRight)
    tree.setMinimumHeight(120)
    tokens.follow_palette(tree, _recolour)
    return tree


def _colour_first_column(row: QTreeWidgetItem, colour: str) -> None:
    """Colour the row's first column with *colour* (a light-palette colour), made readable
    on the palette, now and after the palette changes."""
    row.setData(0, ColourRole, colour)
    row.setForeground(0, _readable_brush(colour))


_BRUSHES: dict[tuple[str, int], QBrush] = {}


def _readable_brush(colour: str) -> QBrush:
    """*colour* made readable on the application's palette, worked out once per palette
    (``tokens.readable`` reads the palette's colours each time: half of a row's making)."""
    key = (colour, QGuiApplication.palette().cacheKey())
    brush = _BRUSHES.get(key)
    if brush is None:
        if len(_BRUSHES) > 64:  # palettes come and go (a theme change)
            _BRUSHES.clear()
        brush = _BRUSHES[key] = QBrush(QColor(tokens.readable(colour)))
    return brush


def _recolour(tree: QTreeWidget, palette: QPalette) -> None:
    for i in range(tree.topLevelItemCount()):
        row = tree.topLevelItem(i)
        colour = row.data(0, ColourRole) if row is not None else None
        if row is not None and colour:
            row.setForeground(0, QColor(tokens.readable(colour, palette)))


def agenda_row(entry: AgendaEntry, today: dt.date) -> QTreeWidgetItem:
    """One agenda row: when (coloured by kind), who, what; its follow-up, contact and
    meeting in the data roles."""
    if entry.kind == "meeting" and entry.at is not None:
        if entry.status == "held":
            when = translate("CalendarPanel", "%1  Met").replace(
                "%1", formatting.time_text(entry.at))
        elif entry.at < dt.datetime.now():
            # planned, its time passed: hold it
            when = translate("CalendarPanel", "%1  Held?").replace(
                "%1", formatting.time_text(entry.at))
        else:
            when = f"{formatting.time_text(entry.at)}  1-2-1"
        colour = MEETING_COLOUR
    elif entry.kind in ("birthday", "anniversary"):
        when = (translate("CalendarPanel", "Birthday") if entry.kind == "birthday"
                else translate("CalendarPanel", "Anniversary"))
        colour = BIRTHDAY_COLOUR
    else:
        late = entry.day < today
        when = (translate("CalendarPanel", "Overdue") if late
                else translate("CalendarPanel", "Follow up"))
        colour = OVERDUE_COLOUR if late else FOLLOWUP_COLOUR
    detail = reason_text(entry.detail)
    row = QTreeWidgetItem([when, entry.title, detail])
    _colour_first_column(row, colour)
    row.setToolTip(1, plain_tooltip(entry.title))  # names are data, never markup
    row.setToolTip(2, plain_tooltip(detail))
    row.setData(0, ItemRole, entry.followup)
    row.setData(0, ContactRole, int(entry.contact_id))
    if entry.interaction_id is not None:
        row.setData(0, MeetingRole, int(entry.interaction_id))
        row.setData(0, StatusRole, entry.status)
    return row


def keep_rows(tree: QTreeWidget, shown: list[object] | None, wanted: list[object],
              make: Callable[[object], QTreeWidgetItem]) -> bool:
    """Make *tree*'s rows, which show *shown* (one key a row), show *wanted* instead by
    taking out the rows no longer wanted and making rows (*make*) for the new keys where
    they belong; False (nothing done) when no row can be kept: the caller rebuilds. After
    a follow-up is marked done or snoozed one row goes and at most one comes; after its
    undo one comes back in its place and the last one goes: a few rows instead of
    hundreds rebuilt (issue 18)."""
    if not shown or tree.topLevelItemCount() != len(shown):
        return False
    where: dict[object, int] = {}
    for index, key in enumerate(wanted):
        where.setdefault(key, index)
    # The rows kept: those whose key is still wanted, in the order wanted (a row that
    # would have to move is made again instead).
    kept: set[int] = set()
    drop: list[int] = []
    last = -1
    for row, key in enumerate(shown):
        index = where.get(key, -1)
        if index > last:
            kept.add(index)
            last = index
        else:
            drop.append(row)
    if not kept:
        return False
    for row in reversed(drop):
        tree.takeTopLevelItem(row)
    new: list[QTreeWidgetItem] = []  # the rows to make before the next kept one
    row = 0
    for index, key in enumerate(wanted):
        if index not in kept:
            new.append(make(key))
            continue
        if new:
            tree.insertTopLevelItems(row, new)
            row += len(new)
            new = []
        row += 1
    if new:
        tree.insertTopLevelItems(row, new)
    return True


def fill_agenda(tree: QTreeWidget, entries: Sequence[AgendaEntry], today: dt.date,
                week_mode: bool, shown: list[object] | None = None) -> list[object] | None:
    """The agenda's rows: *entries* in order, under a heading per day in *week_mode*;
    "Nothing planned" when there are none. *shown* is what the last call returned: the
    rows still wanted are kept (``keep_rows``). Returns what the rows now show, row by
    row (None: rebuilt next time)."""
    now = dt.datetime.now()
    # A row's look depends on the entry, the day, and whether its time has passed.
    keys: list[object] | None = (
        None if week_mode or not entries
        else [(e, today, e.at is not None and e.at < now) for e in entries])
    tree.setUpdatesEnabled(False)
    tree.blockSignals(True)
    try:
        if keys is None or not keep_rows(
                tree, shown, keys, lambda key: agenda_row(key[0], today)):  # type: ignore[index]
            tree.clear()
            tree.setRootIsDecorated(False)
            parent: QTreeWidgetItem | None = None
            last_day: dt.date | None = None
            items: list[QTreeWidgetItem] = []
            for entry in entries:
                if week_mode and entry.day != last_day:
                    parent = QTreeWidgetItem([long_date(entry.day)])
                    font = parent.font(0)
                    font.setBold(True)
                    parent.setFont(0, font)
                    parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    items.append(parent)
                    last_day = entry.day
                row = agenda_row(entry, today)
                if parent is not None:
                    parent.addChild(row)
                else:
                    items.append(row)
            tree.addTopLevelItems(items)
            for n, top in enumerate(items):
                if top.childCount():  # a day heading reads across the columns
                    tree.setFirstColumnSpanned(n, QModelIndex(), True)
            if week_mode:  # day headings: a day's list has none to expand
                tree.expandAll()
    finally:
        tree.blockSignals(False)
        tree.setUpdatesEnabled(True)
    if not entries:
        empty = QTreeWidgetItem(["", translate("CalendarPanel", "Nothing planned"), ""])
        empty.setFlags(Qt.ItemFlag.NoItemFlags)
        tree.addTopLevelItem(empty)
    return keys


def overdue_row(item: FollowUpItem, today: dt.date) -> QTreeWidgetItem:
    """One overdue row: how late, who, what; its follow-up and contact in the data roles."""
    late = item.days_overdue(today)
    row = QTreeWidgetItem([translate("CalendarPanel", "%1 d late").replace(
        "%1", f"{late:,}"), item.name, reason_text(item.reason)])
    _colour_first_column(row, OVERDUE_COLOUR)
    row.setToolTip(0, translate("CalendarPanel", "Due %1").replace(
        "%1", long_date(item.on)))
    row.setToolTip(1, plain_tooltip(item.name))
    row.setToolTip(2, plain_tooltip(reason_text(item.reason)))
    row.setData(0, ItemRole, item)
    row.setData(0, ContactRole, int(item.contact_id))
    return row


def fill_overdue(tree: QTreeWidget, items: Sequence[FollowUpItem], today: dt.date,
                 shown: list[object] | None = None) -> list[object] | None:
    """The overdue list's rows, oldest first; "Nothing overdue" when there are none.
    *shown* and the result as for ``fill_agenda``: the rows still wanted are kept."""
    keys: list[object] | None = [(item, today) for item in items] or None
    tree.setUpdatesEnabled(False)
    tree.blockSignals(True)
    try:
        if keys is None or not keep_rows(
                tree, shown, keys, lambda key: overdue_row(key[0], today)):  # type: ignore[index]
            tree.clear()
            tree.addTopLevelItems([overdue_row(item, today) for item in items])
        if not items:
            empty = QTreeWidgetItem(["", translate("CalendarPanel", "Nothing overdue"), ""])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            tree.addTopLevelItem(empty)
    finally:
        tree.blockSignals(False)
        tree.setUpdatesEnabled(True)
    return keys
