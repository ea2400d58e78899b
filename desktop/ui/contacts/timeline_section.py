"""The detail pane's relationship record (issues 4 and 15): open follow-ups with Done,
"Remind me…" and "Add to this week's focus"; the timeline of interactions newest first (a
page at a time: a contact with 10,000 entries opens as fast as one with 5), each entry
with its actions (``timeline_entry``); and the favours ledger with its balance.
Recording a favour given offers to close the promise it kept.

All contact text goes into plain-text labels.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import favors, focus, followups, interactions, loops
from desktop.services.reasons import reason_text
from desktop.services.types import ContactDetail, ContactId
from desktop.ui.common import kinds
from desktop.ui.common.flow import FlowLayout
from desktop.ui.common.layouts import clear_layout
from desktop.ui.contacts.detail_parts import ContactSection, show_sized
from desktop.ui.contacts.favor_dialog import FavorDialog
from desktop.ui.contacts.timeline_entry import TimelineEntryWidget, short_date
from desktop.ui.contacts.timeline_entry import plain as _plain
from desktop.ui.operations import Operations
from desktop.ui.shared.interaction_dialog import InteractionDialog
from desktop.ui.shared.reminder_dialog import MeetingTimeDialog, ReminderDialog, offer_to_close

PAGE = 25
FIRST = 6  # follow-ups and favours listed before "Show all"
# Timeline rows the pane's first contact shows in the section's first turn; the rest of the
# page and the favours come in the next (issue 18: a page of new rows, shown, polished and
# painted, made the busiest of the pane's turns after select-all at 300,000, 17-32 ms).
FIRST_ROWS = 3
# Timeline rows kept hidden for the next contact's entries, and made ahead at start-up for
# the first (``make_spare_rows``): the demo book's contacts have 1-10 entries.
SPARE_ROWS = 6


def _title(text: str) -> QLabel:
    label = QLabel(text.upper())
    label.setObjectName("sectionTitle")
    font = label.font()
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
    label.setFont(font)
    return label


class TimelineSection(ContactSection):
    """Private state: ``_contact`` the contact shown (id, name); ``_loaded`` how many
    timeline entries are on screen (more load with "Show more"), or will be once
    ``_rows_waiting`` (the page's entries past ``FIRST_ROWS``, see ``fill_stages``) are
    added; ``_spare_rows`` rows hidden for the entries to come (``SPARE_ROWS``)."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self._contact: tuple[ContactId, str] | None = None
        self.offer: QDialog | None = None  # the last "close a promise?" offer (tests)
        self._loaded = 0
        self._total = 0
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 14, 0, 0)
        layout.setSpacing(6)

        # Follow-ups, with "Remind me…" and this week's focus by hand (issue 15).
        follow_head = QHBoxLayout()
        self.followups_title = _title(self.tr("Follow-ups"))
        follow_head.addWidget(self.followups_title, 0, Qt.AlignmentFlag.AlignTop)
        self.remind_button = QPushButton(self.tr("Remind Me…"))
        self.remind_button.setToolTip(self.tr("A follow-up on a day you choose (Ctrl+R)"))
        self.remind_button.clicked.connect(self.remind_me)
        self.focus_button = QPushButton(self.tr("Add to Focus"))
        self.focus_button.setToolTip(self.tr("Add them to this week's focus (Ctrl+Shift+F)"))
        self.focus_button.clicked.connect(self.toggle_focus)
        # The buttons flow onto a second row where their words do not fit beside the
        # title (German: "Erinnerung hinzufügen…", "Zum Fokus hinzufügen").
        follow_buttons = FlowLayout(align_right=True)
        follow_buttons.addWidget(self.remind_button)
        follow_buttons.addWidget(self.focus_button)
        follow_head.addLayout(follow_buttons, 1)
        layout.addLayout(follow_head)
        self.followups_box = QVBoxLayout()
        self.followups_box.setSpacing(4)
        layout.addLayout(self.followups_box)

        # Timeline.
        head = QHBoxLayout()
        head.addWidget(_title(self.tr("Timeline")), 0, Qt.AlignmentFlag.AlignTop)
        self.log_button = QPushButton(self.tr("Log Interaction…"))
        self.log_button.setToolTip(self.tr("Record a meeting, call, message… (Ctrl+L)"))
        self.log_button.clicked.connect(self.log_interaction)
        self.plan_button = QPushButton(self.tr("Plan 1-2-1…"))
        self.plan_button.setToolTip(self.tr("Put a future meeting on the calendar"))
        self.plan_button.clicked.connect(self.plan_meeting)
        timeline_buttons = FlowLayout(align_right=True)
        timeline_buttons.addWidget(self.plan_button)
        timeline_buttons.addWidget(self.log_button)
        head.addLayout(timeline_buttons, 1)
        layout.addLayout(head)
        self.entries_box = QVBoxLayout()
        self.entries_box.setSpacing(0)
        layout.addLayout(self.entries_box)
        self.empty_hint = _plain(self.tr("Nothing logged yet. After you talk, log it here: what "
                                         "was said and what you promised."), "hint")
        layout.addWidget(self.empty_hint)
        self.more_button = QPushButton(self.tr("Show More"))
        self.more_button.setFlat(True)
        self.more_button.clicked.connect(self.show_more)
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)

        # Favours.
        fav_head = QHBoxLayout()
        fav_head.addWidget(_title(self.tr("Favours")))
        fav_head.addStretch(1)
        self.favor_button = QPushButton(self.tr("Add Favour…"))
        self.favor_button.setToolTip(self.tr("Record something you gave or received"))
        self.favor_button.clicked.connect(self.add_favor)
        fav_head.addWidget(self.favor_button)
        layout.addSpacing(8)
        layout.addLayout(fav_head)
        self.balance = _plain("", "balance")
        font = self.balance.font()
        font.setBold(True)
        self.balance.setFont(font)
        layout.addWidget(self.balance)
        self.favors_box = QVBoxLayout()
        self.favors_box.setSpacing(2)
        layout.addLayout(self.favors_box)

        # Remind me (Ctrl+R) is the main window's (Edit > Remind Me…), which calls remind_me.
        for key, slot in (("Ctrl+L", self.log_interaction),
                          ("Ctrl+Shift+F", self.toggle_focus)):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self._in_focus = False
        self._all_followups = False  # "Show all": the lists have no cap (issue 15)
        self._all_favors = False
        self._timeline_key: object = None  # what the entries shown were made from
        self._rows_waiting: list[tuple[interactions.TimelineEntry, dt.datetime]] = []
        self._spare_rows: list[TimelineEntryWidget] = []  # hidden, given out from the end
        # What the follow-ups and favours shown were made from, and the follow-ups' rows
        # by follow-up (see _fill_followups).
        self._followups_key: object = None
        self._followup_rows: dict[tuple[object, ...], tuple[object, QWidget]] = {}
        self._favors_key: object = None

    # --- filling ------------------------------------------------------------------------

    def show_contact(self, detail: ContactDetail) -> None:
        self._show(detail, staged=False)

    def fill_stages(self, detail: ContactDetail) -> list[Callable[[], None]]:
        """Two turns: all but the timeline's rows past the first ``FIRST_ROWS`` and the
        favours, then those (below the rows shown, out of sight)."""
        return [lambda: self._show(detail, staged=True), self._fill_rest]

    def _show(self, detail: ContactDetail, staged: bool) -> None:
        self._rows_waiting = []
        if detail.is_me:
            self._contact = None
            self.setVisible(False)
            return
        same = self._contact is not None and self._contact[0] == detail.id
        if not same:
            self._all_followups = self._all_favors = False
        self._contact = (detail.id, detail.display_name)
        self._fill_followups(detail.id)
        self._in_focus = focus.is_in_focus(detail.id)
        self.focus_button.setText(self.tr("In Focus ✓") if self._in_focus
                                  else self.tr("Add to Focus"))
        self.focus_button.setToolTip(
            self.tr("In this week's focus: click to take them out (Ctrl+Shift+F)")
            if self._in_focus else self.tr("Add them to this week's focus (Ctrl+Shift+F)"))
        # Keep as many entries as were shown (an undo must not collapse "Show more").
        self._fill_timeline(detail.id, max(PAGE, self._loaded) if same else PAGE,
                            FIRST_ROWS if staged else None)
        if not staged:
            self._fill_favors(detail.id)
        self.show_filled()

    def _fill_followups(self, contact_id: ContactId) -> None:
        """The open follow-ups; a row whose follow-up and day did not change is kept (the
        pane refills after every follow-up done or snoozed: making the rows anew, each
        with selectable text, cost 4-6 ms of the UI thread, issue 18)."""
        today = dt.date.today()
        items = followups.open_followups(contact_id)
        shown = items if self._all_followups else items[:FIRST]
        more = len(items) if len(items) > FIRST and not self._all_followups else 0
        key = (contact_id, today, shown, more)
        if key == self._followups_key and self.followups_box.count() == len(shown) + bool(more):
            return
        self._followups_key = key
        old = self._followup_rows
        kept = {id(widget) for _, widget in old.values()}
        while self.followups_box.count():
            taken = self.followups_box.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None and id(widget) not in kept:
                widget.hide()  # "Show all": made anew below
                widget.deleteLater()
        rows: dict[tuple[object, ...], tuple[object, QWidget]] = {}
        for item in shown:
            row_id = (item.id, item.origin, item.on if item.id is None else None)
            row_key = (item, today)
            before = old.pop(row_id, None)
            if before is not None and before[0] == row_key:
                row = before[1]
            else:
                if before is not None:
                    old[row_id] = before  # the same follow-up, changed: deleted below
                row = self._followup_row(item, today)
            rows[row_id] = (row_key, row)
            self.followups_box.addWidget(row)
        for _, gone in old.values():
            gone.hide()
            gone.deleteLater()
        self._followup_rows = rows
        if more:
            self.followups_box.addWidget(self._show_all_button(more, self._show_all_followups))

    def _followup_row(self, item: followups.FollowUpItem, today: dt.date) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        late = item.on < today
        day = short_date(item.on, today)
        when = _plain(self.tr("Overdue · %1").replace("%1", day) if late else day,
                      "overdue" if late else "fieldLabel", wrap=False)
        when.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        when.setMinimumWidth(when.fontMetrics().horizontalAdvance(
            self.tr("Overdue · %1").replace("%1", short_date(dt.date(2026, 9, 30), today)))
                             + 8)
        line.addWidget(when, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(_plain(reason_text(item.reason) or self.tr("Follow up")), 1)
        done = QToolButton()
        done.setText(self.tr("Done"))
        done.setToolTip(self.tr("Mark this follow-up done (undo with Ctrl+Z)"))
        done.clicked.connect(lambda _=False, i=item: self._ops.mark_followup_done(i))
        line.addWidget(done)
        return row

    def _add_row(self, entry: interactions.TimelineEntry, now: dt.datetime) -> None:
        """A row for *entry* at the end of the timeline: a spare one (kept from the contact
        before, or made ahead) given the entry, or a new one."""
        if self._spare_rows:
            row = self._spare_rows.pop()
            row.set_entry(entry, now)
        else:
            row = TimelineEntryWidget(entry, now)
            row.action_requested.connect(self.entry_action)
        self.entries_box.addWidget(row)
        show_sized(row, self.width())

    def make_spare_rows(self, count: int = SPARE_ROWS) -> bool:
        """Make a row ahead, hidden, styled and with all its lines, while fewer than
        *count* wait (the pane calls this in quiet turns at start-up): the first contact
        shown after select-all made its rows new, each styled and shown for the first
        time, in the turns that filled the pane (issue 18). Whether more are wanted."""
        if len(self._spare_rows) >= count:
            return False
        row = TimelineEntryWidget(None, dt.datetime.now(), self)
        row.action_requested.connect(self.entry_action)
        row.make_parts()
        row.hide()
        row.ensurePolished()
        self._spare_rows.insert(0, row)
        return len(self._spare_rows) < count

    def make_ahead(self) -> bool:
        return self.make_spare_rows()

    @Slot(str, int)
    def entry_action(self, name: str, interaction_id: int) -> None:
        """What a timeline entry asked for: hold, edit, reschedule, cancel or delete."""
        if name == "hold":
            self.hold_meeting(interaction_id)
        elif name == "edit":
            self.edit_interaction(interaction_id)
        elif name == "reschedule":
            self.reschedule_meeting(interaction_id)
        elif name == "cancel":
            self.cancel_meeting(interaction_id)
        elif name == "delete":
            self._ops.delete_interaction(interaction_id)

    def entry_widgets(self) -> list[TimelineEntryWidget]:
        out = []
        for i in range(self.entries_box.count()):
            item = self.entries_box.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, TimelineEntryWidget):
                out.append(widget)
        return out

    def _fill_timeline(self, contact_id: ContactId, count: int,
                       first_rows: int | None = None) -> None:
        """The first *count* entries (*first_rows*: only so many now, the others with
        ``_fill_rest``)."""
        page = interactions.timeline(contact_id, 0, count)
        now = dt.datetime.now()
        # The same entries as shown keep their widgets (the pane refills after every
        # change); an entry's look depends on the minute (a planned meeting gone by).
        key = (contact_id, page.entries, page.total, now.replace(second=0, microsecond=0))
        if key == self._timeline_key and self.entries_box.count() == len(page.entries):
            return
        self._timeline_key = key
        # The rows shown are given to the new entries, in order (the tag chips are kept
        # for the next contact the same way); those left over wait, hidden, for the next.
        taken_rows: list[TimelineEntryWidget] = []
        while self.entries_box.count():
            taken = self.entries_box.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if isinstance(widget, TimelineEntryWidget):
                taken_rows.append(widget)
            elif widget is not None:
                widget.hide()
                widget.deleteLater()
        self._spare_rows.extend(reversed(taken_rows))  # taken from the end: in order
        now_rows = page.entries if first_rows is None else page.entries[:first_rows]
        for entry in now_rows:
            self._add_row(entry, now)
        self._rows_waiting = [(entry, now) for entry in page.entries[len(now_rows):]]
        self._keep_spare_rows()
        self._loaded = len(page.entries)
        self._total = page.total
        self._update_more()

    def _keep_spare_rows(self) -> None:
        """The spare rows hidden at once (deleteLater waits for the event loop), as many
        kept as the rows still to add and ``SPARE_ROWS`` more; the others deleted."""
        keep = SPARE_ROWS + len(self._rows_waiting)
        gone, self._spare_rows = (self._spare_rows[:-keep] if keep else self._spare_rows,
                                  self._spare_rows[-keep:] if keep else [])
        for row in self._spare_rows:
            if not row.isHidden():
                row.hide()
        for row in gone:
            row.hide()
            row.deleteLater()

    def _fill_rest(self) -> None:
        """The second of ``fill_stages``: the timeline's rows past the first, the favours."""
        rows, self._rows_waiting = self._rows_waiting, []
        with self.adding():
            for entry, now in rows:
                self._add_row(entry, now)
            self._keep_spare_rows()
            if self._contact is not None:
                self._fill_favors(self._contact[0])

    def _update_more(self) -> None:
        self.empty_hint.setVisible(self._total == 0)
        rest = self._total - self._loaded
        self.more_button.setVisible(rest > 0)
        self.more_button.setText(self.tr("Show %1 More (of %2)").replace(
            "%1", f"{min(rest, PAGE):,}").replace("%2", f"{rest:,}"))

    @Slot()
    def show_more(self) -> None:
        if self._contact is None:
            return
        page = interactions.timeline(self._contact[0], self._loaded, PAGE)
        now = dt.datetime.now()
        for entry in page.entries:
            self._add_row(entry, now)
        self._loaded += len(page.entries)
        self._total = page.total
        self._update_more()

    def _fill_favors(self, contact_id: ContactId) -> None:
        ledger = favors.ledger(contact_id)
        today = dt.date.today()
        # Unchanged (a follow-up done, a tag added): the lines stay (issue 18).
        key = (contact_id, ledger, today, self._all_favors)
        if key == self._favors_key and self.favors_box.count():
            return
        self._favors_key = key
        clear_layout(self.favors_box)
        text = (self.tr("You gave %1, received %2").replace("%1", f"{ledger.given:,}").replace(
            "%2", f"{ledger.received:,}") if ledger.entries else "")
        self.balance.setText(text)
        self.balance.setVisible(bool(text))
        if ledger.received and not ledger.given:
            self.balance.setText(self.tr("%1 · give before you ask again").replace(
                "%1", self.balance.text()))
        for entry in ledger.entries if self._all_favors else ledger.entries[:FIRST]:
            kind = kinds.favour_kind(entry.kind)
            line = (self.tr("Gave · %1") if entry.direction == "given"
                    else self.tr("Received · %1")).replace("%1", kind)
            if entry.happened_on is not None:
                line = f"{short_date(entry.happened_on, today)} · {line}"
            if entry.description:
                line += f": {entry.description}"
            label = _plain(line)
            if entry.introduction_id is None:  # introductions are edited in their section
                label.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
                delete = QAction(self.tr("Delete Favour"), label)
                delete.triggered.connect(lambda _=False, i=entry.id: self._ops.delete_favor(i))
                label.addAction(delete)
            self.favors_box.addWidget(label)
        if len(ledger.entries) > FIRST and not self._all_favors:
            self.favors_box.addWidget(self._show_all_button(len(ledger.entries),
                                                            self._show_all_favors))
        if not ledger.entries:
            self.favors_box.addWidget(_plain(self.tr("None yet. Give before you ask: an "
                                                     "introduction, a referral, some advice."),
                                             "hint"))

    def _show_all_button(self, count: int, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(self.tr("Show all %1").replace("%1", f"{count:,}"))
        button.setFlat(True)
        button.setObjectName("showAll")
        button.clicked.connect(slot)
        return button

    @Slot()
    def _show_all_followups(self) -> None:
        self._all_followups = True
        if self._contact is not None:
            self._fill_followups(self._contact[0])

    @Slot()
    def _show_all_favors(self) -> None:
        self._all_favors = True
        if self._contact is not None:
            self._fill_favors(self._contact[0])

    # --- actions ------------------------------------------------------------------------

    def timeline_count(self) -> int:
        return self._loaded

    @Slot()
    def log_interaction(self) -> None:
        self._open_dialog(planned=False)

    @Slot()
    def plan_meeting(self) -> None:
        self._open_dialog(planned=True)

    def _open_dialog(self, planned: bool, interaction_id: int | None = None,
                     holding: bool = False) -> QDialog | None:
        if self._contact is None or not self.isVisible():
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            return None
        info = interactions.get_interaction(interaction_id) if interaction_id else None
        if interaction_id is not None and info is None:
            return None
        people = [] if info is not None else [self._contact]
        dialog = InteractionDialog(self._ops, people, self, planned=planned, editing=info,
                                   holding=holding)
        if planned:
            dialog.kind.setCurrentIndex(max(0, dialog.kind.findData("meeting")))
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot(int)
    def hold_meeting(self, interaction_id: int) -> QDialog | None:
        """"Held it — add notes…": the planned meeting took place."""
        return self._open_dialog(False, interaction_id, holding=True)

    @Slot(int)
    def edit_interaction(self, interaction_id: int) -> QDialog | None:
        return self._open_dialog(False, interaction_id)

    @Slot(int)
    def reschedule_meeting(self, interaction_id: int) -> QDialog | None:
        info = interactions.get_interaction(interaction_id)
        if info is None or self.dialog is not None:
            return None
        start = max(info.happened_at, dt.datetime.now().replace(second=0, microsecond=0)
                    + dt.timedelta(hours=1))
        dialog = MeetingTimeDialog(self.tr("Reschedule %1").replace("%1", info.title), start,
                                   self)
        dialog.accepted.connect(lambda: self._ops.reschedule_meeting(interaction_id,
                                                                     dialog.value()))
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot(int)
    def cancel_meeting(self, interaction_id: int) -> None:
        self._ops.cancel_meeting(interaction_id)

    @Slot()
    def remind_me(self) -> QDialog | None:
        if self._contact is None or not self.isVisible() or self.dialog is not None:
            return None
        dialog = ReminderDialog(self._ops, self._contact, parent=self)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def toggle_focus(self) -> None:
        if self._contact is None or not self.isVisible():
            return
        if self._in_focus:
            self._ops.remove_from_focus(self._contact[0])
        else:
            self._ops.add_to_focus(self._contact[0])

    @Slot()
    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    @Slot()
    def add_favor(self) -> None:
        if self._contact is None:
            return
        cid, name = self._contact
        dialog = FavorDialog(name, self)
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)

        def save() -> None:
            direction, kind, description, on = dialog.values()
            if self._ops.add_favor(cid, direction, kind, description, on) and \
                    direction == "given":
                # Loops that close (issue 15): did this keep a promise to them?
                matches = loops.promises_kept_by_favour(cid, kind, description)
                self.offer = offer_to_close(self._ops, matches, self.tr("a favour for %1")
                                            .replace("%1", name), self.window())

        dialog.accepted.connect(save)
        dialog.open()
