"""This week's focus in the calendar (issue 15): one card per person with the reason
drawn from the relationship, the one thing to do, a done tick, Pin and Replace; the
"Weekly review…" button under them. Every action goes through ``Operations``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import focus
from desktop.services.reasons import reason_text
from desktop.ui.common import tokens
from desktop.ui.common.layouts import clear_layout
from desktop.ui.common.plain_text import plain_tooltip
from desktop.ui.operations import Operations

FAMILY_COLOURS = {"reconnect": "#2563eb", "deepen": "#7c3aed", "give": "#059669",
                  "chosen": "#b45309"}


def plain(text: str, name: str = "") -> QLabel:
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


class FocusCard(QFrame):
    """One person of this week's focus: name, reason, what to do, Done, Pin and Replace.
    Clicking the card shows the person (``chosen``)."""

    chosen = Signal(object)  # ContactId

    def __init__(self, item: focus.FocusItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("focusCard")
        self.setProperty("pinned", item.pinned)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        top = QHBoxLayout()
        top.setSpacing(6)
        self.done_box = QCheckBox(self)
        self.done_box.setChecked(item.done)
        self.done_box.setToolTip(self.tr("Done: you did the one thing for them this week"))
        self.done_box.setAccessibleName(self.tr("Done"))
        top.addWidget(self.done_box, 0, Qt.AlignmentFlag.AlignTop)
        self.name = plain(item.name, "focusName")
        if item.done:
            font = self.name.font()
            font.setStrikeOut(True)
            self.name.setFont(font)
        top.addWidget(self.name, 1)
        self.pin_button = QToolButton(self)
        self.pin_button.setText(self.tr("Pinned") if item.pinned else self.tr("Pin"))
        self.pin_button.setCheckable(True)
        self.pin_button.setChecked(item.pinned)
        self.pin_button.setToolTip(self.tr("Keep them in this week's focus") if not item.pinned
                                   else self.tr("Unpin: let Rapport replace them"))
        self.replace_button = QToolButton(self)
        self.replace_button.setText(self.tr("Replace"))
        self.replace_button.setToolTip(self.tr("Propose someone else instead"))
        self.replace_button.setEnabled(not item.pinned)
        top.addWidget(self.pin_button)
        top.addWidget(self.replace_button)
        layout.addLayout(top)
        self.reason = plain(reason_text(item.reason), "focusReason")
        colour = FAMILY_COLOURS.get(item.family, tokens.MUTED)
        tokens.styled(self.reason, lambda p: f"color: {tokens.readable(colour, p)};")
        layout.addWidget(self.reason)
        action = reason_text(item.action)
        self.action = plain(f"→ {action}" if action else "")
        layout.addWidget(self.action)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(plain_tooltip(self.tr("Show %1").replace("%1", item.name)))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.chosen.emit(self.item.contact_id)
        super().mousePressEvent(event)


class FocusBox(QWidget):
    """The focus column: title, the cards, a hint when empty, "Weekly review…".

    Private state: ``_ops`` runs the cards' actions; ``cards`` what is shown (tests)."""

    chosen = Signal(object)  # ContactId
    review_requested = Signal()

    def __init__(self, ops: Operations, title: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.cards: list[FocusCard] = []
        self._shown: list[focus.FocusItem] = []  # what the cards show
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(title)
        self._cards_box = QVBoxLayout()
        self._cards_box.setSpacing(6)
        layout.addLayout(self._cards_box)
        self.hint = plain("", "hint")
        layout.addWidget(self.hint)
        self.review_button = QPushButton(self.tr("Weekly Review…"), self)
        self.review_button.setToolTip(self.tr("Who you saw, promises kept and open, and next "
                                              "week's people (Ctrl+Shift+W)"))
        self.review_button.clicked.connect(self.review_requested)
        layout.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def fill(self, today: dt.date) -> None:
        week = focus.this_week(today)
        if week == self._shown and self.cards:
            return  # the same people as shown: no new cards (a follow-up action, issue 18)
        self._shown = week
        clear_layout(self._cards_box)
        self.cards = []
        for item in week:
            card = FocusCard(item, self)
            self.cards.append(card)
            card.done_box.toggled.connect(
                lambda on, cid=item.contact_id: self._ops.set_focus_done(cid, on))
            card.pin_button.toggled.connect(
                lambda on, cid=item.contact_id: self._ops.pin_focus(cid, on))
            card.replace_button.clicked.connect(
                lambda _=False, cid=item.contact_id: self._ops.replace_focus(cid))
            card.chosen.connect(self.chosen)
            self._cards_box.addWidget(card)
        done = sum(1 for i in week if i.done)
        self.hint.setText(
            self.tr("No one yet. Each week Rapport proposes 2–3 people: someone to "
                    "reconnect with, someone to deepen a relationship with, someone to give "
                    "to. Add someone with “Add to Focus” on their page.") if not week
            else self.tr("%1 of %2 done this week").replace("%1", str(done))
            .replace("%2", str(len(week))))
