"""Catching up with stale keep-in-touch reminders (issue 15): months of overdue cadence
reminders either spread over the coming days (a few a day, oldest first) or restarted
(each person's next reminder a full cadence from today). One undoable step either way."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services import followups
from desktop.services.followups import FollowUpItem
from desktop.ui.common import formatting
from desktop.ui.common.plain_text import plain_label
from desktop.ui.operations import Operations


class CatchUpDialog(QDialog):
    """Private state: ``_items`` the stale reminders (oldest first); ``_today``."""

    def __init__(self, ops: Operations, items: Sequence[FollowUpItem],
                 today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._items = list(items)
        self._today = today or dt.date.today()
        self.setWindowTitle(self.tr("Catch Up"))
        n = len(self._items)
        oldest = min((i.on for i in self._items), default=self._today)
        intro = QLabel(self.tr("%1 keep-in-touch reminders are overdue, the oldest since "
                               "%2. Rather than all of them at once:")
                       .replace("%1", f"{n:,}")
                       .replace("%2", formatting.date_text(oldest)),
                       self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.spread_choice = QRadioButton(self.tr("Spread them over the next"), self)
        self.days = QSpinBox(self)
        self.days.setAccessibleName(self.tr("Days to spread them over"))
        self.days.setRange(1, 90)
        self.days.setValue(max(1, min(14, n)))
        self.days.setSuffix(self.tr(" days"))
        self.per_day = plain_label("", self)
        self.per_day.setObjectName("hint")
        self.restart_choice = QRadioButton(
            self.tr("Reset their cadence: count each one afresh from today"), self)
        self.spread_choice.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.spread_choice)
        group.addButton(self.restart_choice)
        spread_row = QHBoxLayout()
        spread_row.addWidget(self.spread_choice)
        spread_row.addWidget(self.days)
        spread_row.addWidget(self.per_day, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(spread_row)
        layout.addWidget(self.restart_choice)
        layout.addWidget(buttons)
        self.days.valueChanged.connect(self._update_per_day)
        self._update_per_day()

    @Slot()
    def _update_per_day(self) -> None:
        dates = followups.spread_plan(len(self._items), self._start(), self.days.value())
        most = max((dates.count(d) for d in set(dates)), default=0)
        self.per_day.setText(self.tr("(at most %1 a day, from tomorrow)")
                             .replace("%1", str(most)))

    def _start(self) -> dt.date:
        return self._today + dt.timedelta(days=1)

    def accept(self) -> None:
        if self.restart_choice.isChecked():
            ok = self._ops.restart_cadences(self._items)
        else:
            ok = self._ops.spread_followups(self._items, self._start(), self.days.value())
        if ok:
            super().accept()
