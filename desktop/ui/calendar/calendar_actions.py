"""What the calendar does with a row of its agenda or overdue list beyond a follow-up's
own actions (issue 15): a planned meeting can be held ("Held it — add notes…"),
rescheduled or cancelled; anyone's row offers "Remind me…" and "Add to this week's
focus"; stale keep-in-touch reminders can be caught up with. Dialogs open non-modal;
every change goes through ``Operations``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from desktop.services import focus, followups, interactions
from desktop.services.types import ContactId
from desktop.ui.calendar.catch_up_dialog import CatchUpDialog
from desktop.ui.operations import Operations
from desktop.ui.shared.interaction_dialog import InteractionDialog
from desktop.ui.shared.reminder_dialog import MeetingTimeDialog, ReminderDialog


class AgendaActions(QObject):
    """Private state: ``_parent`` the panel the dialogs belong to; ``_today`` gives the
    panel's today; ``dialog`` the dialog open last (tests drive it)."""

    def __init__(self, ops: Operations, parent: QWidget, today: Callable[[], dt.date]) -> None:
        super().__init__(parent)
        self._ops = ops
        self._parent = parent
        self._today = today
        self.dialog: QDialog | None = None

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def add_row_actions(self, menu: QMenu, contact_id: ContactId | None,
                        interaction_id: int | None, status: str) -> None:
        """The meeting's and the person's actions of one row, added to *menu*."""
        if interaction_id is not None and status == "planned":
            for text, slot in ((self.tr("Held It — Add Notes…"), self.hold),
                               (self.tr("Reschedule…"), self.reschedule),
                               (self.tr("Cancel Meeting"), self.cancel)):
                action = QAction(text, menu)
                action.triggered.connect(lambda _=False, s=slot, i=interaction_id: s(i))
                menu.addAction(action)
            menu.addSeparator()
        if contact_id is not None:
            remind = QAction(self.tr("Remind Me…"), menu)
            remind.triggered.connect(lambda _=False, c=contact_id: self.remind(c))
            menu.addAction(remind)
            in_focus = focus.is_in_focus(contact_id, self._today())
            add = QAction(self.tr("In This Week's Focus") if in_focus
                          else self.tr("Add to This Week's Focus"), menu)
            add.setEnabled(not in_focus)
            add.triggered.connect(lambda _=False, c=contact_id: self._ops.add_to_focus(c))
            menu.addAction(add)

    @Slot(int)
    def hold(self, interaction_id: int) -> QDialog | None:
        info = interactions.get_interaction(interaction_id)
        if info is None:
            return None
        return self._open(InteractionDialog(self._ops, [], self._parent, editing=info,
                                            holding=True))

    @Slot(int)
    def reschedule(self, interaction_id: int) -> QDialog | None:
        info = interactions.get_interaction(interaction_id)
        if info is None:
            return None
        dialog = MeetingTimeDialog(self.tr("Reschedule %1").replace("%1", info.title),
                                   info.happened_at, self._parent)
        dialog.accepted.connect(lambda: self._ops.reschedule_meeting(interaction_id,
                                                                     dialog.value()))
        return self._open(dialog)

    @Slot(int)
    def cancel(self, interaction_id: int) -> None:
        self._ops.cancel_meeting(interaction_id)

    def remind(self, contact_id: ContactId | None, day: dt.date | None = None,
               name: str = "") -> QDialog:
        """"Remind me…" for this person (None: the dialog asks who), on *day*."""
        person = None
        if contact_id is not None:
            from desktop.services import contacts

            detail = contacts.get_contact(contact_id)
            person = (contact_id, name or (detail.display_name if detail else ""))
        return self._open(ReminderDialog(self._ops, person, day or self._today()
                                         + dt.timedelta(days=1), self._parent))

    def catch_up(self) -> QDialog | None:
        items = followups.stale_cadence(self._today())
        if not items:
            return None
        return self._open(CatchUpDialog(self._ops, items, self._today(), self._parent))
