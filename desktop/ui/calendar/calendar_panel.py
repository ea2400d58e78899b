"""The follow-up calendar (issues 4 and 15): a painted month grid whose days show how many
follow-ups, meetings and birthdays fall on them, the agenda of the selected day or week,
the overdue list, the actions on a follow-up (done, snooze, pick a date, reschedule; each
undoable through ``Operations``), on a planned meeting (held, reschedule, cancel: see
``calendar_actions``) and on anyone's row (remind me, add to focus), "Catch up…" for
stale keep-in-touch reminders, and this week's focus (``focus_cards``). It opens on
today; the agenda and the overdue list have no cap (a page at a time, "Show more").

The panel assembles: the two lists and their reads are ``calendar_lists``, the actions on
the selected follow-up ``followup_actions``, where the parts go ``panel_layout``.
Reads come from ``desktop.services.followups`` / ``focus``; contact text only ever reaches
the screen through plain-text items and ``drawText``.
"""

from __future__ import annotations

import calendar as pycal
import datetime as dt

from PySide6.QtCore import QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop.services.followups import FollowUpItem
from desktop.services.types import Changes, ContactId
from desktop.ui.calendar.agenda_lists import ContactRole, ItemRole, MeetingRole, StatusRole
from desktop.ui.calendar.calendar_actions import AgendaActions
from desktop.ui.calendar.calendar_lists import AgendaRange, CalendarLists, box_title
from desktop.ui.calendar.focus_cards import FocusBox, FocusCard
from desktop.ui.calendar.followup_actions import FollowUpActions
from desktop.ui.calendar.month_counts import MonthCounts
from desktop.ui.calendar.month_grid import (
    BIRTHDAY_COLOUR,
    FOLLOWUP_COLOUR,
    MEETING_COLOUR,
    OVERDUE_COLOUR,
    MonthGrid,
    shift_month,
)
from desktop.ui.calendar.panel_layout import PanelLayout
from desktop.ui.common import formatting, tokens
from desktop.ui.common.turns import QuietTurn
from desktop.ui.operations import Operations


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


class CalendarPanel(QWidget):
    """The calendar view of the main window's middle column.

    Private state: ``_month`` is the (year, month) shown; ``_selected`` the day chosen;
    ``_week_mode`` whether the agenda lists the selected day's week; ``_dirty`` a change
    arrived while hidden (refresh when shown); ``_contact`` the person the main window
    shows; ``_to_prepaint`` the months read ahead whose grid is painted next (a week a
    turn).
    What the follow-up actions act on is ``followup_actions``'s.
    """

    contact_selected = Signal(object)  # ContactId
    review_requested = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._fixed_today = today
        self._selected = self.today()
        self._today_seen = self._selected  # the day the panel last knew as today
        self._month = (self._selected.year, self._selected.month)
        self._week_mode = False
        self._dirty = False
        self._contact: ContactId | None = None
        self.months = MonthCounts(lambda: self._month, self)  # the grid's counts, in memory
        self.months.arrived.connect(self._month_arrived)
        self._to_prepaint: list[tuple[int, int]] = []  # months whose grid to paint ahead
        self._prepaint_timer = QTimer(self)  # one of them a turn (stops with the panel)
        self._prepaint_timer.setSingleShot(True)
        self._prepaint_timer.setInterval(0)
        self._prepaint_timer.timeout.connect(self._prepaint_next)
        # This week's focus is read and its cards made in a quiet turn of its own, after
        # the repaint of what the user acted on (opening the panel: its first paint).
        self._focus_turn = QuietTurn(self, self._refresh_focus)
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

        self.grid = MonthGrid(self)

        # The agenda (a day or a week) and the overdue list (``calendar_lists``).
        self.day_button = QToolButton(self)
        self.day_button.setText(self.tr("Day"))
        self.week_button = QToolButton(self)
        self.week_button.setText(self.tr("Week"))
        mode = QButtonGroup(self)
        for b in (self.day_button, self.week_button):
            b.setCheckable(True)
            mode.addButton(b)
        self.day_button.setChecked(True)
        self.lists = CalendarLists(self, self.today, self._agenda_range,
                                   lambda: self.followup_actions.current(),
                                   lambda: self.followup_actions.set_current(None))
        self.agenda, self.agenda_title, self.agenda_more = (
            self.lists.agenda, self.lists.agenda_title, self.lists.agenda_more)
        self.overdue, self.overdue_title, self.overdue_more = (
            self.lists.overdue, self.lists.overdue_title, self.lists.overdue_more)
        self.catch_up_button = QPushButton(self.tr("Catch Up…"), self)
        self.catch_up_button.setToolTip(self.tr("Spread stale keep-in-touch reminders over "
                                                "the next days, or reset their cadence"))
        self.lists.stale_cadence.connect(self.catch_up_button.setVisible)
        self.row_actions = AgendaActions(ops, self, self.today)
        self.catch_up_button.clicked.connect(self.row_actions.catch_up)
        self.remind_button.clicked.connect(self.remind_me)

        # Focus.
        self.focus_box = FocusBox(ops, box_title(self.tr("This week's focus")), self)
        self.focus_box.chosen.connect(self.contact_selected)
        self.focus_box.review_requested.connect(self.review_requested)

        # The actions on the selected follow-up (``followup_actions``).
        self.followup_actions = FollowUpActions(ops, self, self.today)
        self.followup_actions.acted.connect(self.lists.drop_followup)
        self.followup_actions.watch(self.agenda, self.overdue)
        self.action_buttons = self.followup_actions.buttons
        self.selection_label = self.followup_actions.selection_label

        self._layout = PanelLayout(
            self, navigation=(self.prev_button, self.today_button, self.next_button),
            title=self.title, legend=legend, remind=self.remind_button, grid=self.grid,
            focus=self.focus_box,
            agenda_head=(self.agenda_title, self.day_button, self.week_button),
            agenda=(self.agenda, self.agenda_more),
            overdue_head=(self.overdue_title, self.catch_up_button),
            overdue=(self.overdue, self.overdue_more),
            buttons=self.action_buttons, hint=self.selection_label)

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
            tree.customContextMenuRequested.connect(
                lambda pos, t=tree: self._context_menu(t, pos))
            tree.currentItemChanged.connect(self._on_current_item)
            tree.itemActivated.connect(self._on_activated)
        ops.changes_applied.connect(self._on_changes)
        # What it shows is read when it is first shown, as after a change made while it
        # was hidden: the lists and the month's counts in workers, shown as they arrive
        # (issue 18: read and filled here, opening the calendar held the UI thread for one
        # turn of 120-190 ms at 300,000 contacts). The window builds it ahead, hidden.
        self._dirty = True

    def today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    # --- the follow-up actions (``followup_actions``) -------------------------------------

    @property
    def item_actions(self) -> list[QAction]:
        return self.followup_actions.item_actions

    def current_followup(self) -> FollowUpItem | None:
        return self.followup_actions.current()

    @Slot()
    def mark_done(self) -> None:
        self.followup_actions.mark_done()

    def snooze_days(self, days: int) -> None:
        self.followup_actions.snooze_days(days)

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
            self.lists.agenda_pages = 1
        self._selected = day
        if (day.year, day.month) != self._month:
            self._month = (day.year, day.month)
            self._refresh_month()
        else:
            self.grid.set_view(self.grid._view, day, self.today())
        self.lists.refresh_agenda()

    def set_week_mode(self, week: bool) -> None:
        if week == self._week_mode:
            return
        self._week_mode = week
        self.lists.agenda_pages = 1
        self.week_button.setChecked(week)
        self.day_button.setChecked(not week)
        self.lists.refresh_agenda()

    def _agenda_range(self) -> AgendaRange:
        if self._week_mode:
            start = self._selected - dt.timedelta(days=self._selected.weekday())
            return start, start + dt.timedelta(days=6), True
        return self._selected, self._selected, False

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

    def follow_change(self) -> None:
        """On opening, and after any change to what the calendar shows (this panel's own
        action, its undo or redo, a change made in the detail pane, a menu, a dialog,
        sync) the agenda and the overdue list are read in a worker and applied when they
        arrive, one list a quiet turn, touching only the rows that changed; the month's
        counts follow from a worker too; the UI thread only reads this week's focus, in a
        quiet turn (issue 18: one way, none of the lists on the UI thread). A follow-up this panel
        acted on has its row taken out at once (``CalendarLists.drop_followup``); the list
        that had the selection keeps it at the same row (after "Mark done" the next
        follow-up is selected, ready for the next key)."""
        self.lists.read_in_background()
        self._focus_turn.start()
        self._refresh_month(wait=False)

    @property
    def reading(self) -> bool:
        """True while what the panel shows is still being read or applied: the lists,
        this week's focus, or the counts of the month shown (opening, or after a
        change)."""
        return (self.lists.pending or self._focus_turn.is_active()
                or self.months.cached(self._month) is None)

    @property
    def lists_pending(self) -> bool:
        """True while a read of the agenda / overdue list started after a change has not
        arrived yet."""
        return self.lists.pending

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
        elif ym not in self._to_prepaint:
            # A month next to it, read ahead: its picture is painted in turns of its own
            # (a week a turn), so moving there only blits it (issue 18).
            self._to_prepaint.append(ym)
            self._prepaint_timer.start()

    @Slot()
    def _prepaint_next(self) -> None:
        if not self._to_prepaint:
            return
        ym = self._to_prepaint[0]
        view = self.months.cached(ym)
        done = True
        if view is not None and ym != self._month:
            # The day a month change would select there: the same day of the month.
            day = min(self._selected.day, pycal.monthrange(*ym)[1])
            done = self.grid.prepaint(view, dt.date(ym[0], ym[1], day))
        if done:
            self._to_prepaint.pop(0)
        if self._to_prepaint:
            self._prepaint_timer.start()

    def _refresh_focus(self) -> None:
        self.focus_box.fill(self.today())

    @property
    def cards(self) -> list[FocusCard]:
        """This week's focus, as shown."""
        return self.focus_box.cards

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        if changes.day:
            self._follow_the_day()
        if (changes.followups or changes.interactions or changes.contacts
                or changes.contacts_added_or_removed or changes.tags or changes.day):
            self.months.forget()
        if not (changes.followups or changes.interactions or changes.contacts
                or changes.contacts_added_or_removed or changes.day):
            return
        if not self.isVisible():
            self._dirty = True
            return
        self.follow_change()

    def _follow_the_day(self) -> None:
        """A new day began: a calendar left on the day that was today moves to the new
        today (its agenda, the month if it turned); one left on another day stays there.
        The grid marks the new today, the overdue list gains yesterday's follow-ups
        (``follow_change``, after this)."""
        today = self.today()
        if today == self._today_seen:
            return
        if self._selected == self._today_seen:
            self.lists.agenda_pages = 1
            self._selected = today
            self._month = (today.year, today.month)
        self._today_seen = today

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._dirty = False
            self.follow_change()

    # --- the lists' rows ----------------------------------------------------------------

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_current_item(self, current: QTreeWidgetItem | None,
                         _previous: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        self.followup_actions.set_current(current.data(0, ItemRole))
        cid = current.data(0, ContactRole)
        if cid is not None:
            self.contact_selected.emit(ContactId(int(cid)))

    @Slot(QTreeWidgetItem, int)
    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        cid = item.data(0, ContactRole)
        if cid is not None:
            self.contact_selected.emit(ContactId(int(cid)))

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

    @Slot(object)
    def _focus_agenda(self, day: dt.date) -> None:
        self.select_day(day)
        self.agenda.setFocus()
        first = self.agenda.topLevelItem(0)
        if first is not None:
            target = first.child(0) if first.childCount() else first
            if target is not None:
                self.agenda.setCurrentItem(target)
