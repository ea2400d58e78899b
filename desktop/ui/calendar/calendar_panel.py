"""The follow-up calendar (issues 4 and 15): a painted month grid whose days show how many
follow-ups, meetings and birthdays fall on them, the agenda of the selected day or week,
the overdue list, the actions on a follow-up (done, snooze, pick a date, reschedule; each
undoable through ``Operations``), on a planned meeting (held, reschedule, cancel: see
``calendar_actions``) and on anyone's row (remind me, add to focus), "Catch up…" for
stale keep-in-touch reminders, and this week's focus (``focus_cards``). It opens on
today; the agenda and the overdue list have no cap (a page at a time, "Show more").

Reads come from ``desktop.services.followups`` / ``focus``; contact text only ever reaches
the screen through plain-text items and ``drawText``.
"""

from __future__ import annotations

import calendar as pycal
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QDate,
    QEvent,
    QObject,
    QPoint,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import followups, overview
from desktop.services.followups import AgendaEntry, FollowUpItem
from desktop.services.types import Changes, ContactId
from desktop.ui.calendar.agenda_lists import (
    AGENDA_ROWS,
    OVERDUE_ROWS,
    ContactRole,
    ItemRole,
    MeetingRole,
    StatusRole,
    fill_agenda,
    fill_overdue,
    follow_up_tree,
)
from desktop.ui.calendar.calendar_actions import AgendaActions
from desktop.ui.calendar.focus_cards import FocusBox, FocusCard
from desktop.ui.calendar.month_counts import MonthCounts
from desktop.ui.calendar.month_grid import (
    BIRTHDAY_COLOUR,
    FOLLOWUP_COLOUR,
    MEETING_COLOUR,
    OVERDUE_COLOUR,
    MonthGrid,
    long_date,
    shift_month,
)
from desktop.ui.common import formatting, tokens
from desktop.ui.common.flow import FlowLayout
from desktop.ui.common.workers import Worker
from desktop.ui.operations import Operations


@dataclass(frozen=True)
class _Lists:
    """The agenda and the overdue list as a worker read them after a change."""

    generations: tuple[int, int]  # (agenda, overdue) when the read started
    agenda_range: tuple[dt.date, dt.date, bool]  # start, end, week mode
    entries: list[AgendaEntry]
    shown: int  # the agenda rows wanted (entries may hold one more)
    overdue: list[FollowUpItem]
    overdue_total: int
    stale_cadence: bool


NARROW = 720  # below this width the focus cards go under the month grid (CalendarPanel._arrange)


def panel_style(palette: QPalette) -> str:
    """Secondary text and the pinned card's border from the colour tokens (readable on the
    light and the dark palette)."""
    muted = tokens.colours(palette).muted
    return f"""
QLabel#monthTitle {{ font-size: 20px; font-weight: 600; }}
QLabel#boxTitle {{ color: {muted}; font-size: 11px; font-weight: 600; }}
QLabel#legend {{ color: {muted}; }}
QFrame#focusCard {{ border: 1px solid palette(midlight); border-radius: 8px;
    background: palette(base); }}
QFrame#focusCard[pinned="true"] {{ border-color: #f59e0b; }}
QLabel#focusName {{ font-weight: 600; }}
QLabel#focusReason {{ color: {muted}; }}
QLabel#hint {{ color: {muted}; font-style: italic; }}
"""


class DateDialog(QDialog):
    """Pick a date (snooze until / reschedule to)."""

    def __init__(self, title: str, initial: dt.date, minimum: dt.date | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.calendar = QCalendarWidget(self)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(False)
        if minimum is not None:
            self.calendar.setMinimumDate(QDate(minimum.year, minimum.month, minimum.day))
        self.calendar.setSelectedDate(QDate(initial.year, initial.month, initial.day))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.calendar.activated.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)

    def date(self) -> dt.date:
        q = self.calendar.selectedDate()
        return dt.date(q.year(), q.month(), q.day())


def _plain(text: str, name: str = "") -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    if name:
        label.setObjectName(name)
    return label


def _box_title(text: str) -> QLabel:
    label = QLabel(text.upper())
    label.setObjectName("boxTitle")
    return label


class CalendarPanel(QWidget):
    """The calendar view of the main window's middle column.

    Private state: ``_month`` is the (year, month) shown; ``_selected`` the day chosen;
    ``_week_mode`` whether the agenda lists the selected day's week; ``_current`` the
    follow-up the actions act on (the selected row of the agenda or the overdue list,
    whichever was used last).
    """

    contact_selected = Signal(object)  # ContactId
    review_requested = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._fixed_today = today
        self._selected = self.today()
        self._month = (self._selected.year, self._selected.month)
        self._week_mode = False
        self._dirty = False  # a change arrived while hidden: refresh when shown
        self._agenda_pages = 1  # pages of AGENDA_ROWS the agenda shows ("Show more")
        self._overdue_pages = 1
        # What each list's rows show, row by row (None: rebuilt next time): after a change
        # the rows still wanted are kept, not rebuilt (``agenda_lists.keep_rows``).
        self._agenda_keys: list[object] | None = None
        self._overdue_keys: list[object] | None = None
        # The lists read in a worker after a change: each list's generation is bumped by
        # every read, so an older read arriving late is dropped (``_lists_arrived``).
        self._agenda_generation = 0
        self._overdue_generation = 0
        self._list_jobs: list[Worker] = []  # kept alive until they report
        self._lists_reading = 0  # reads started and not reported yet
        self._acting = False  # one of this panel's follow-up actions is being done
        self._agenda_count, self._agenda_more = 0, False  # the agenda title's figures
        self._overdue_total, self._overdue_shown = 0, 0  # the overdue title's figures
        self._contact: ContactId | None = None  # the person the main window shows
        self.months = MonthCounts(lambda: self._month, self)  # the grid's counts, in memory
        self.months.arrived.connect(self._month_arrived)
        self._current: FollowUpItem | None = None
        tokens.styled(self, panel_style)

        # Header: navigation, title, legend.
        self.prev_button = QToolButton(self)
        self.prev_button.setText("\u2039")  # single angle quotation mark
        self.prev_button.setToolTip(self.tr("Previous month (Page Up)"))
        self.prev_button.setAutoRaise(True)
        self.next_button = QToolButton(self)
        self.next_button.setText("\u203a")
        self.next_button.setToolTip(self.tr("Next month (Page Down)"))
        self.next_button.setAutoRaise(True)
        self.prev_button.setAccessibleName(self.tr("Previous month"))
        self.next_button.setAccessibleName(self.tr("Next month"))
        for b in (self.prev_button, self.next_button):
            f = b.font()
            f.setPointSizeF(f.pointSizeF() * 1.5)
            b.setFont(f)
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.setToolTip(self.tr("Go to today (Ctrl+T)"))
        self.remind_button = QPushButton(self.tr("Remind Me…"), self)
        self.remind_button.setToolTip(self.tr("A follow-up for someone on the selected day "
                                              "(Ctrl+R)"))
        self.title = QLabel(self)
        self.title.setObjectName("monthTitle")
        legend = QLabel(self)
        legend.setObjectName("legend")
        legend.setTextFormat(Qt.TextFormat.RichText)  # our own fixed text, no contact data
        legend.setText(" &nbsp; ".join(
            f'<span style="color:{tokens.readable(c, self.palette())}">●</span> {w}'
            for c, w in
            ((FOLLOWUP_COLOUR, self.tr("Follow-ups")), (OVERDUE_COLOUR, self.tr("Overdue")),
             (MEETING_COLOUR, self.tr("Meetings")), (BIRTHDAY_COLOUR, self.tr("Birthdays")))))
        header = QHBoxLayout()
        header.setSpacing(6)
        header.addWidget(self.prev_button)
        header.addWidget(self.today_button)
        header.addWidget(self.next_button)
        header.addSpacing(8)
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(legend)
        header.addSpacing(8)
        header.addWidget(self.remind_button)

        self.grid = MonthGrid(self)

        # Agenda.
        self.agenda_title = _box_title(self.tr("Agenda"))
        self.day_button = QToolButton(self)
        self.day_button.setText(self.tr("Day"))
        self.week_button = QToolButton(self)
        self.week_button.setText(self.tr("Week"))
        mode = QButtonGroup(self)
        for b in (self.day_button, self.week_button):
            b.setCheckable(True)
            mode.addButton(b)
        self.day_button.setChecked(True)
        self.agenda = self._tree((self.tr("When"), self.tr("Who"), self.tr("What")))
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda_more = QPushButton(self)
        self.agenda_more.setFlat(True)
        self.agenda_more.clicked.connect(self.more_agenda)
        agenda_head = QHBoxLayout()
        agenda_head.addWidget(self.agenda_title, 1)  # wraps only where the row is short
        agenda_head.addWidget(self.day_button)
        agenda_head.addWidget(self.week_button)

        # Overdue.
        self.overdue_title = _box_title(self.tr("Overdue"))
        self.overdue = self._tree((self.tr("Due"), self.tr("Who"), self.tr("What")))
        self.overdue.setAccessibleName(self.tr("Overdue"))
        self.overdue_more = QPushButton(self)
        self.overdue_more.setFlat(True)
        self.overdue_more.clicked.connect(self.more_overdue)
        self.catch_up_button = QPushButton(self.tr("Catch Up…"), self)
        self.catch_up_button.setToolTip(self.tr("Spread stale keep-in-touch reminders over "
                                                "the next days, or reset their cadence"))
        self.row_actions = AgendaActions(ops, self, self.today)
        self.catch_up_button.clicked.connect(self.row_actions.catch_up)
        self.remind_button.clicked.connect(self.remind_me)

        # Focus.
        self.focus_box = FocusBox(ops, _box_title(self.tr("This week's focus")), self)
        self.focus_box.chosen.connect(self.contact_selected)
        self.focus_box.review_requested.connect(self.review_requested)

        # Actions.
        self.done_action = self._action(self.tr("Mark Done"), "D", self.mark_done,
                                        self.tr("Mark the selected follow-up done"))
        self.snooze_day_action = self._action(self.tr("Snooze 1 Day"), "S",
                                              lambda: self.snooze_days(1),
                                              self.tr("Remind me again tomorrow"))
        self.snooze_week_action = self._action(self.tr("Snooze 1 Week"), "W",
                                               lambda: self.snooze_days(7),
                                               self.tr("Remind me again in a week"))
        self.pick_action = self._action(self.tr("Pick a Date…"), "P", self.pick_date,
                                        self.tr("Snooze until a date you choose"))
        self.reschedule_action = self._action(self.tr("Reschedule…"), "R", self.reschedule,
                                              self.tr("Change the follow-up's due date"))
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.action_buttons: list[QPushButton] = []
        for action in self.item_actions:
            button = QPushButton(action.text().replace("&", ""), self)
            button.setToolTip(f"{action.toolTip()} ({action.shortcut().toString()})")
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
            self.action_buttons.append(button)
        buttons.addStretch(1)
        self.selection_label = _plain("", "hint")
        self.selection_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                           QSizePolicy.Policy.Preferred)

        self._legend, self._header, self._buttons = legend, header, buttons
        self._legend_width = legend.sizeHint().width()  # on one line (before any wrap)
        # Wraps between its entries (never inside one) when the panel is narrow.
        legend.setText(legend.text().replace("</span> ", "</span>&nbsp;"))
        self._narrow: bool | None = None
        self._watching = False  # the scroll area's viewport, for _room
        layout = QGridLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setHorizontalSpacing(16)
        layout.setVerticalSpacing(8)
        layout.addLayout(header, 0, 0, 1, 2)
        layout.addWidget(self.grid, 1, 0)
        layout.addWidget(self.focus_box, 1, 1)
        agenda_box = QVBoxLayout()
        agenda_box.addLayout(agenda_head)
        agenda_box.addWidget(self.agenda)
        agenda_box.addWidget(self.agenda_more, 0, Qt.AlignmentFlag.AlignLeft)
        overdue_box = QVBoxLayout()
        overdue_head = QHBoxLayout()
        overdue_head.addWidget(self.overdue_title, 1)
        overdue_head.addWidget(self.catch_up_button)
        overdue_box.addLayout(overdue_head)
        overdue_box.addWidget(self.overdue)
        overdue_box.addWidget(self.overdue_more, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(agenda_box, 2, 0)
        layout.addLayout(overdue_box, 2, 1)
        layout.addLayout(buttons, 3, 0, 1, 2)
        layout.addWidget(self.selection_label, 4, 0, 1, 2)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)
        layout.setRowStretch(1, 3)
        layout.setRowStretch(2, 2)
        self._grid_layout, self._agenda_box, self._overdue_box = layout, agenda_box, overdue_box
        self._header_flow = FlowLayout()  # narrow: the header's controls, wrapping
        self._button_flow = FlowLayout()  # narrow: the action buttons, wrapping
        self._legend_row = QHBoxLayout()
        self._arrange(False)

        for seq, slot in ((QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage),
                           self.previous_month),
                          (QKeySequence(QKeySequence.StandardKey.MoveToNextPage),
                           self.next_month),
                          (QKeySequence("Ctrl+T"), self.go_today)):
            # Remind me (Ctrl+R) is the main window's, which calls remind_me here.
            act = QAction(self)
            act.setShortcut(seq)
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)

        self.prev_button.clicked.connect(self.previous_month)
        self.next_button.clicked.connect(self.next_month)
        self.today_button.clicked.connect(self.go_today)
        self.grid.day_selected.connect(self.select_day)
        self.grid.day_activated.connect(self._focus_agenda)
        self.day_button.toggled.connect(lambda on: self.set_week_mode(not on))
        for tree in (self.agenda, self.overdue):
            tree.currentItemChanged.connect(self._on_current_item)
            tree.itemActivated.connect(self._on_activated)
            tree.installEventFilter(self)
        ops.changes_applied.connect(self._on_changes)
        self._update_actions()
        self.refresh()

    # --- construction helpers -----------------------------------------------------------

    def _tree(self, columns: tuple[str, ...]) -> QTreeWidget:
        tree = follow_up_tree(self, columns)
        tree.customContextMenuRequested.connect(lambda pos, t=tree: self._context_menu(t, pos))
        return tree

    @property
    def item_actions(self) -> list[QAction]:
        return [self.done_action, self.snooze_day_action, self.snooze_week_action,
                self.pick_action, self.reschedule_action]

    def _action(self, text: str, key: str, slot: Callable[[], object], tip: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        # Single-letter keys only while one of the lists has focus (never in a text field).
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    # --- navigation ---------------------------------------------------------------------

    @property
    def month(self) -> tuple[int, int]:
        return self._month

    @property
    def selected_day(self) -> dt.date:
        return self._selected

    @Slot()
    def previous_month(self) -> None:
        self._move_months(-1)

    @Slot()
    def next_month(self) -> None:
        self._move_months(1)

    def _move_months(self, step: int) -> None:
        year, month = shift_month(*self._month, step)
        if not 1 <= year <= 9999:
            return
        day = min(self._selected.day, pycal.monthrange(year, month)[1])
        self.select_day(dt.date(year, month, day))

    @Slot()
    def go_today(self) -> None:
        self.select_day(self.today())

    @Slot(object)
    def select_day(self, day: dt.date) -> None:
        if day != self._selected:
            self._agenda_pages = 1
        self._selected = day
        if (day.year, day.month) != self._month:
            self._month = (day.year, day.month)
            self._refresh_month()
        else:
            self.grid.set_view(self.grid._view, day, self.today())
        self._refresh_agenda()

    def set_week_mode(self, week: bool) -> None:
        if week == self._week_mode:
            return
        self._week_mode = week
        self._agenda_pages = 1
        self.week_button.setChecked(week)
        self.day_button.setChecked(not week)
        self._refresh_agenda()

    def select_contact(self, contact_id: ContactId) -> None:
        """The main window says who is shown. The calendar stays where it is (it opens on
        today, issue 15); "Remind me…" is for them."""
        self._contact = contact_id

    @Slot()
    def remind_me(self) -> QDialog:
        """"Remind me…" on the selected day, for the person shown (or one to pick)."""
        day = self._selected if self._selected >= self.today() else self.today()
        return self.row_actions.remind(self._contact, day)

    # --- refresh ------------------------------------------------------------------------

    def refresh(self, *, wait: bool = True, lists_later: bool = False) -> None:
        """Re-read everything; the list that had the selection keeps it at the same row
        (after "Mark done" the next follow-up is selected, ready for the next key).
        *wait* False (after a change) lets the month's counts come from a worker thread a
        moment later. *lists_later* (after this panel's own action on a follow-up): the
        agenda and the overdue list are read in a worker too and applied when they arrive,
        touching only the rows that changed; the acted-on row goes at once
        (``_drop_followup``)."""
        if lists_later:
            self._read_lists_in_background()
            self._refresh_focus()
            self._refresh_month(wait=False)
            return
        owner, row = self._selected_row()
        self._refresh_agenda()
        self._refresh_overdue()
        self._refresh_focus()
        # Last: it starts the worker reading the months, whose Python would otherwise
        # take turns with the lists above for the GIL and slow them down (issue 18).
        self._refresh_month(wait=wait)
        self._restore_row(owner, row)

    def _selected_row(self) -> tuple[QTreeWidget | None, int]:
        owner = next((t for t in (self.agenda, self.overdue) if t.hasFocus()), None)
        current = owner.currentItem() if owner is not None else None
        row = owner.indexOfTopLevelItem(current) if owner is not None and current else -1
        return owner, row

    def _restore_row(self, owner: QTreeWidget | None, row: int) -> None:
        if owner is not None and row >= 0 and owner.topLevelItemCount():
            item = owner.topLevelItem(min(row, owner.topLevelItemCount() - 1))
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsSelectable:
                owner.setCurrentItem(item)

    # --- the lists read in a worker after a change (issue 18) ----------------------------

    @property
    def lists_pending(self) -> bool:
        """True while a read of the agenda / overdue list started after a change has not
        arrived yet."""
        return bool(self._list_jobs)

    def _read_lists_in_background(self) -> None:
        """Read the agenda and the overdue list off the UI thread; ``_lists_arrived``
        applies them unless a newer read (or a direct refresh of that list) started since."""
        self._agenda_generation += 1
        self._overdue_generation += 1
        generations = (self._agenda_generation, self._overdue_generation)
        start, end = self._agenda_range()
        shown = AGENDA_ROWS * self._agenda_pages
        overdue_limit = OVERDUE_ROWS * self._overdue_pages
        today = self.today()

        def job(_progress: object) -> _Lists:
            entries = followups.agenda(start, end, limit=shown + 1)
            items, total = followups.overdue(today, limit=overdue_limit)
            return _Lists(generations, (start, end, self._week_mode), entries, shown,
                          items, total, followups.has_stale_cadence(today))

        worker = Worker(job, cleanup=overview.release_thread_connection)
        worker.signals.finished.connect(self._lists_arrived)
        worker.signals.failed.connect(self._lists_failed)
        self._list_jobs.append(worker)
        self._lists_reading += 1
        QThreadPool.globalInstance().start(worker)

    def _job_ended(self) -> None:
        self._lists_reading -= 1
        if self._lists_reading <= 0:  # every read has reported: let the workers go
            self._lists_reading = 0
            self._list_jobs.clear()

    @Slot(str)
    def _lists_failed(self, _reason: str) -> None:
        self._job_ended()

    @Slot(object)
    def _lists_arrived(self, lists: _Lists) -> None:
        self._job_ended()
        agenda_gen, overdue_gen = lists.generations
        owner, row = self._selected_row()
        if (agenda_gen == self._agenda_generation
                and lists.agenda_range == (*self._agenda_range(), self._week_mode)):
            self._apply_agenda(lists.entries, lists.shown)
        if overdue_gen == self._overdue_generation:
            self._apply_overdue(lists.overdue, lists.overdue_total, lists.stale_cadence)
        self._restore_row(owner, row)

    def _drop_followup(self, item: FollowUpItem) -> None:
        """The acted-on follow-up's rows go at once (the lists read in the worker follow):
        the user sees the effect of the key press without waiting for the read."""
        owner, row = self._selected_row()
        for tree in (self.agenda, self.overdue):
            keys = self._agenda_keys if tree is self.agenda else self._overdue_keys
            for n in reversed(range(tree.topLevelItemCount())):
                top = tree.topLevelItem(n)
                shown = top.data(0, ItemRole) if top is not None else None
                if not (isinstance(shown, FollowUpItem) and shown.id == item.id):
                    continue
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
                    self._set_agenda_title()
            if keys is not None and not keys:  # the worker's read puts "Nothing …"
                if tree is self.agenda:
                    self._agenda_keys = None
                else:
                    self._overdue_keys = None
        self._restore_row(owner, row)
        if owner is None and self._current is not None and self._current.id == item.id:
            self._set_current(None)

    def _refresh_month(self, *, wait: bool = True) -> None:
        year, month = self._month
        # Months already seen come from memory (moving back and forth is instant); any
        # change to follow-ups, meetings or contacts empties the memory (_on_changes).
        view = self.months.cached((year, month))
        if view is None and (wait or not self.grid.showing(year, month)):
            view = self.months.read((year, month))
        # Not waiting: the grid keeps the counts it shows until the worker's arrive.
        self.months.prefetch_around(year, month)
        if view is not None:
            self.grid.set_view(view, self._selected, self.today())
        self.title.setText(formatting.month_year(dt.date(year, month, 1)))

    @Slot(object)
    def _month_arrived(self, ym: tuple[int, int]) -> None:
        if ym == self._month:  # the month shown, read after a change
            view = self.months.cached(ym)
            if view is not None:
                self.grid.set_view(view, self._selected, self.today())

    def _agenda_range(self) -> tuple[dt.date, dt.date]:
        if self._week_mode:
            start = self._selected - dt.timedelta(days=self._selected.weekday())
            return start, start + dt.timedelta(days=6)
        return self._selected, self._selected

    def _refresh_agenda(self) -> None:
        self._agenda_generation += 1  # a read in a worker from before is dropped
        start, end = self._agenda_range()
        # A busy day on 100,000 contacts holds a thousand items: the agenda shows a page
        # of AGENDA_ROWS at a time so a month change stays quick; "Show more" adds pages.
        shown = AGENDA_ROWS * self._agenda_pages
        self._apply_agenda(followups.agenda(start, end, limit=shown + 1), shown)

    def _apply_agenda(self, entries: list[AgendaEntry], shown: int) -> None:
        more = len(entries) > shown
        entries = entries[:shown]
        today = self.today()
        keep = self._current if self._current is not None else None
        self._agenda_keys = fill_agenda(self.agenda, entries, today, self._week_mode,
                                        self._agenda_keys)
        self._agenda_count, self._agenda_more = len(entries), more
        self._set_agenda_title()
        self.agenda_more.setVisible(more)
        self.agenda_more.setText(self.tr("Show %1 more").replace("%1", f"{AGENDA_ROWS:,}"))
        if keep is not None and self._current is keep:
            current = self.agenda.currentItem()
            if current is None or current.data(0, ItemRole) is not keep:
                self._set_current(None)  # the rows are new: nothing is selected any more

    def _set_agenda_title(self) -> None:
        start, _end = self._agenda_range()
        if self._week_mode:
            label = self.tr("Agenda · week of %1 · %2").replace(
                "%1", formatting.short_date(start, start))
        else:
            label = self.tr("Agenda · %1 · %2").replace("%1", long_date(start))
        count = (f"{self._agenda_count:,}+" if self._agenda_more
                 else f"{self._agenda_count:,}")
        self.agenda_title.setText(label.replace("%2", count).upper())

    def _refresh_overdue(self) -> None:
        self._overdue_generation += 1  # a read in a worker from before is dropped
        today = self.today()
        items, total = followups.overdue(today, limit=OVERDUE_ROWS * self._overdue_pages)
        self._apply_overdue(items, total, followups.has_stale_cadence(today))

    def _apply_overdue(self, items: list[FollowUpItem], total: int, stale: bool) -> None:
        today = self.today()
        self._overdue_keys = fill_overdue(self.overdue, items, today, self._overdue_keys)
        self._overdue_total, self._overdue_shown = total, len(items)
        self._set_overdue_title()
        self.catch_up_button.setVisible(stale)

    def _set_overdue_title(self) -> None:
        total, shown = self._overdue_total, self._overdue_shown
        title = (self.tr("Overdue · %1 · showing the oldest %2").replace("%2", f"{shown:,}")
                 if total > shown else self.tr("Overdue · %1"))
        self.overdue_title.setText(title.replace("%1", f"{total:,}").upper())
        self.overdue_more.setVisible(total > shown)
        self.overdue_more.setText(self.tr("Show %1 more").replace(
            "%1", f"{min(OVERDUE_ROWS, total - shown):,}"))

    @Slot()
    def more_agenda(self) -> None:
        self._agenda_pages += 1
        self._refresh_agenda()

    @Slot()
    def more_overdue(self) -> None:
        self._overdue_pages += 1
        self._refresh_overdue()

    def _refresh_focus(self) -> None:
        self.focus_box.fill(self.today())

    @property
    def cards(self) -> list[FocusCard]:
        """This week's focus, as shown."""
        return self.focus_box.cards

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        if (changes.followups or changes.interactions or changes.contacts
                or changes.contacts_added_or_removed or changes.tags):
            self.months.forget()
        if not (changes.followups or changes.interactions or changes.contacts
                or changes.contacts_added_or_removed):
            return
        if not self.isVisible():
            self._dirty = True
            return
        self.refresh(wait=False, lists_later=self._acting)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(self._room() < self._wide_needs())

    def _room(self) -> int:
        """The width there is for the panel: in a scroll area (the main window's, on a
        small screen) its viewport's, which the panel's own minimum does not widen."""
        parent = self.parentWidget()
        if parent is not None and parent.objectName() == "qt_scrollarea_viewport":
            if not self._watching:
                parent.installEventFilter(self)
                self._watching = True
            return parent.width()
        return self.width()

    def _wide_needs(self) -> int:
        """The width the two-column layout needs: at least NARROW, more where the header
        on one row (buttons, month, legend, Remind Me) is wider (German: about 900 px)."""
        spacing = self._header.spacing()
        parts = (self.prev_button, self.today_button, self.next_button, self.title,
                 self.remind_button)
        header = (sum(w.sizeHint().width() for w in parts) + self._legend_width
                  + spacing * 5 + 8 + 8)
        margins = self._grid_layout.contentsMargins()
        return max(NARROW, header + margins.left() + margins.right())

    def _arrange(self, narrow: bool) -> None:
        """Two columns where there is room; in a narrow window (half a screen, 1024
        pixels with the detail pane) one column: the focus cards under the month grid, the
        header's controls and the action buttons flowing onto as many rows as they need
        (German and French words are long), the legend under the header, wrapping.
        Squeezed side by side the cards covered the grid and Sunday was cut off."""
        if narrow == self._narrow:
            return
        self._narrow = narrow
        self._legend.setWordWrap(narrow)
        for label in (self.agenda_title, self.overdue_title):  # long dates (German)
            label.setWordWrap(True)
        grid = self._grid_layout
        for item in (self._header, self._header_flow, self._legend_row, self._agenda_box,
                     self._overdue_box, self._buttons, self._button_flow):
            grid.removeItem(item)
        for cell in (self.grid, self.focus_box, self.selection_label):
            grid.removeWidget(cell)
        for layout in (self._header, self._header_flow, self._legend_row, self._buttons,
                       self._button_flow):
            while layout.count():
                layout.takeAt(0)  # the widgets stay the panel's
        for row in range(grid.rowCount()):
            grid.setRowStretch(row, 0)
        navigation = (self.prev_button, self.today_button, self.next_button)
        if narrow:
            for widget in (*navigation, self.title, self.remind_button):
                self._header_flow.addWidget(widget)
            self._legend_row.addWidget(self._legend, 1)
            for button in self.action_buttons:
                self._button_flow.addWidget(button)
            rows: list[QWidget | QLayout] = [
                self._header_flow, self._legend_row, self.grid, self.focus_box,
                self._agenda_box, self._overdue_box, self._button_flow, self.selection_label]
            for row, placed in enumerate(rows):
                if isinstance(placed, QWidget):
                    grid.addWidget(placed, row, 0, 1, 2)
                else:
                    grid.addLayout(placed, row, 0, 1, 2)
            grid.setRowStretch(2, 3)
            grid.setRowStretch(4, 2)
            grid.setRowStretch(5, 2)
        else:
            for widget in navigation:
                self._header.addWidget(widget)
            self._header.addSpacing(8)
            self._header.addWidget(self.title)
            self._header.addStretch(1)
            self._header.addWidget(self._legend)
            self._header.addSpacing(8)
            self._header.addWidget(self.remind_button)
            for button in self.action_buttons:
                self._buttons.addWidget(button)
            self._buttons.addStretch(1)
            grid.addLayout(self._header, 0, 0, 1, 2)
            grid.addWidget(self.grid, 1, 0)
            grid.addWidget(self.focus_box, 1, 1)
            grid.addLayout(self._agenda_box, 2, 0)
            grid.addLayout(self._overdue_box, 2, 1)
            grid.addLayout(self._buttons, 3, 0, 1, 2)
            grid.addWidget(self.selection_label, 4, 0, 1, 2)
            grid.setRowStretch(1, 3)
            grid.setRowStretch(2, 2)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._dirty = False
            self.refresh()

    # --- the selected follow-up and its actions -----------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.parentWidget():
            self._arrange(self._room() < self._wide_needs())
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QTreeWidget):
            item = watched.currentItem()
            self._set_current(item.data(0, ItemRole) if item is not None else None)
            for action in self.item_actions:
                for tree in (self.agenda, self.overdue):
                    tree.removeAction(action)
                watched.addAction(action)
        return super().eventFilter(watched, event)

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_current_item(self, current: QTreeWidgetItem | None,
                         _previous: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        self._set_current(current.data(0, ItemRole))
        cid = current.data(0, ContactRole)
        if cid is not None:
            self.contact_selected.emit(ContactId(int(cid)))

    @Slot(QTreeWidgetItem, int)
    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        cid = item.data(0, ContactRole)
        if cid is not None:
            self.contact_selected.emit(ContactId(int(cid)))

    def _set_current(self, item: object) -> None:
        self._current = item if isinstance(item, FollowUpItem) else None
        self._update_actions()

    def current_followup(self) -> FollowUpItem | None:
        return self._current

    def _update_actions(self) -> None:
        item = self._current
        enabled = item is not None
        for action in self.item_actions:
            action.setEnabled(enabled)
        self.reschedule_action.setText(self.tr("Reschedule…"))
        for button, action in zip(self.action_buttons, self.item_actions, strict=True):
            button.setEnabled(action.isEnabled())
        if item is None:
            self.selection_label.setText(self.tr("Select a follow-up to mark it done, snooze or "
                                                 "reschedule it."))
        else:
            self.selection_label.setText(f"{item.name}: {item.reason} · "
                                         f"{long_date(item.on)}")

    def row_menu(self, item: QTreeWidgetItem) -> QMenu | None:
        """The actions of one agenda or overdue row: a follow-up's own, a planned
        meeting's (held, reschedule, cancel), and the person's (remind me, add to focus)."""
        cid = item.data(0, ContactRole)
        if cid is None:
            return None
        menu = QMenu(self)
        if isinstance(item.data(0, ItemRole), FollowUpItem):
            for action in self.item_actions:
                menu.addAction(action)
            menu.addSeparator()
        iid = item.data(0, MeetingRole)
        self.row_actions.add_row_actions(menu, ContactId(int(cid)),
                                         int(iid) if iid is not None else None,
                                         str(item.data(0, StatusRole) or ""))
        return menu

    def _context_menu(self, tree: QTreeWidget, pos: QPoint) -> None:
        item = tree.itemAt(pos)
        if item is None:
            return
        tree.setCurrentItem(item)
        menu = self.row_menu(item)
        if menu is not None:
            menu.exec(tree.viewport().mapToGlobal(pos))

    def _act(self, item: FollowUpItem, action: Callable[[], bool]) -> bool:
        """Do one of this panel's actions on *item* (mark done, snooze): the lists are then
        read in a worker (``refresh(lists_later=True)``) and, once it is done, *item*'s row
        goes at once (issue 18: the UI thread no longer reads them after the key press)."""
        self._acting = True
        try:
            done = action()
        finally:
            self._acting = False
        if done:
            self._drop_followup(item)
        return done

    @Slot()
    def mark_done(self) -> None:
        item = self._current
        if item is not None:
            self._act(item, lambda: self._ops.mark_followup_done(item))

    def snooze_days(self, days: int) -> None:
        item = self._current
        if item is not None:
            self._act(item, lambda: self._ops.snooze_followup_for(item, days))

    @Slot()
    def pick_date(self) -> None:
        item = self._current
        if item is None:
            return
        today = self.today()
        dialog = DateDialog(self.tr("Snooze %1 until").replace("%1", item.name),
                            max(today + dt.timedelta(days=1), item.on), today, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            until = dialog.date()
            self._act(item, lambda: self._ops.snooze_followup(item, until))

    @Slot()
    def reschedule(self) -> None:
        item = self._current
        if item is None:
            return
        dialog = DateDialog(self.tr("Reschedule %1").replace("%1", item.name), item.on, None,
                            self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._ops.reschedule_followup(item, dialog.date())

    @Slot(object)
    def _focus_agenda(self, day: dt.date) -> None:
        self.select_day(day)
        self.agenda.setFocus()
        first = self.agenda.topLevelItem(0)
        if first is not None:
            target = first.child(0) if first.childCount() else first
            if target is not None:
                self.agenda.setCurrentItem(target)


