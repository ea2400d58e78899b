"""The actions on the calendar's selected follow-up (issues 4 and 15): Mark Done (D),
Snooze 1 Day (S), Snooze 1 Week (W), Pick a Date… (P) and Reschedule… (R). Each is a
``QAction`` whose one-letter key works in the list that has the focus (never in a text
field), a button under the lists, and an entry of a row's menu; the hint under the buttons
says what they act on. Every change goes through ``Operations`` (undoable)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QPushButton, QSizePolicy, QTreeWidget, QWidget

from desktop.services.followups import FollowUpItem
from desktop.services.reasons import reason_text
from desktop.ui.calendar.agenda_lists import ItemRole
from desktop.ui.calendar.date_dialog import DateDialog
from desktop.ui.calendar.focus_cards import plain
from desktop.ui.calendar.month_grid import long_date
from desktop.ui.operations import Operations


class FollowUpActions(QObject):
    """The follow-up actions of the calendar panel *parent*: ``item_actions``, their
    ``buttons`` and the ``selection_label`` hint.

    Private state: ``_current`` the follow-up the actions act on (the selected row of the
    agenda or the overdue list, whichever was used last; None: they are disabled);
    ``_trees`` the lists whose focus moves the actions' keys to them; ``_today`` gives the
    panel's today."""

    acted = Signal(object)  # FollowUpItem: marked done or snoozed (its rows can go at once)

    def __init__(self, ops: Operations, parent: QWidget,
                 today: Callable[[], dt.date]) -> None:
        super().__init__(parent)
        self._ops = ops
        self._parent = parent
        self._today = today
        self._current: FollowUpItem | None = None
        self._trees: tuple[QTreeWidget, ...] = ()
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
        self.buttons: list[QPushButton] = []
        for action in self.item_actions:
            button = QPushButton(action.text().replace("&", ""), parent)
            button.setToolTip(f"{action.toolTip()} ({action.shortcut().toString()})")
            button.clicked.connect(action.trigger)
            self.buttons.append(button)
        self.selection_label = plain("", "hint")
        self.selection_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                           QSizePolicy.Policy.Preferred)
        self._update()

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

    # --- what the actions act on ----------------------------------------------------------

    def watch(self, *trees: QTreeWidget) -> None:
        """The lists whose selected row the actions act on once they have the focus."""
        self._trees = trees
        for tree in trees:
            tree.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QTreeWidget):
            item = watched.currentItem()
            self.set_current(item.data(0, ItemRole) if item is not None else None)
            for action in self.item_actions:
                for tree in self._trees:
                    tree.removeAction(action)
                watched.addAction(action)
        return super().eventFilter(watched, event)

    def set_current(self, item: object) -> None:
        """What the actions act on: *item* if it is a follow-up (a row's ``ItemRole``)."""
        self._current = item if isinstance(item, FollowUpItem) else None
        self._update()

    def current(self) -> FollowUpItem | None:
        return self._current

    def _update(self) -> None:
        item = self._current
        enabled = item is not None
        for action in self.item_actions:
            action.setEnabled(enabled)
        self.reschedule_action.setText(self.tr("Reschedule…"))
        for button, action in zip(self.buttons, self.item_actions, strict=True):
            button.setEnabled(action.isEnabled())
        if item is None:
            self.selection_label.setText(self.tr("Select a follow-up to mark it done, snooze or "
                                                 "reschedule it."))
        else:
            self.selection_label.setText(f"{item.name}: {reason_text(item.reason)} · "
                                         f"{long_date(item.on)}")

    # --- the actions ----------------------------------------------------------------------

    def _act(self, item: FollowUpItem, action: Callable[[], bool]) -> bool:
        """Do one of the actions that take *item* off the lists (mark done, snooze); once
        done, ``acted`` says so: the panel takes its rows out at once, before the lists
        read in a worker arrive (issue 18)."""
        done = action()
        if done:
            self.acted.emit(item)
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
        today = self._today()
        dialog = DateDialog(self.tr("Snooze %1 until").replace("%1", item.name),
                            max(today + dt.timedelta(days=1), item.on), today, self._parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            until = dialog.date()
            self._act(item, lambda: self._ops.snooze_followup(item, until))

    @Slot()
    def reschedule(self) -> None:
        item = self._current
        if item is None:
            return
        dialog = DateDialog(self.tr("Reschedule %1").replace("%1", item.name), item.on, None,
                            self._parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._ops.reschedule_followup(item, dialog.date())
