"""The end-of-week review (issue 15): who you saw, the promises kept and still open, how
this week's focus went, and the people proposed for next week ("Keep these for next
week" stores them, undoably). Offered from Friday afternoon on, or on demand
(View > Weekly Review…, Ctrl+Shift+W). Contact text is plain text throughout."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.services import review, search
from desktop.services.reasons import reason_text
from desktop.services.types import ContactId
from desktop.ui.common import fit, formatting, kinds, tokens
from desktop.ui.operations import Operations


def _label(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    if name:
        label.setObjectName(name)
    return label


def _day(day: dt.date) -> str:
    return formatting.short_day(day, day)  # the week reviewed: no year


def _review_style(palette: QPalette) -> str:
    colour = tokens.colours(palette)
    return (f"QLabel#sectionTitle {{ color: {colour.muted}; font-size: 11px; }}"
            f"QLabel#hint {{ color: {colour.muted}; font-style: italic; }}"
            f"QLabel#overdue {{ color: {colour.error}; }}")


class WeekReviewDialog(QDialog):
    """Private state: ``_today`` the day reviewed (its week); ``data`` what is shown."""

    contact_chosen = Signal(object)  # ContactId

    def __init__(self, ops: Operations, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._today = today or dt.date.today()
        self.setWindowTitle(self.tr("Weekly Review"))
        self.resize(560, 640)
        fit.to_screen(self)  # a small screen: the content scrolls, the buttons show
        tokens.styled(self, _review_style)  # readable on a dark palette too
        self.data = review.week_review(self._today)
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        content = QWidget()
        self._body = QVBoxLayout(content)
        self._body.setSpacing(6)
        scroll.setWidget(content)
        outer.addWidget(scroll)
        self.keep_button = QPushButton(self.tr("Keep These for Next Week"), self)
        self.keep_button.clicked.connect(self.keep_next_week)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self._fill()

    def _title(self, text: str) -> None:
        label = _label(text.upper(), "sectionTitle")
        font = label.font()
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        label.setFont(font)
        self._body.addSpacing(8)
        self._body.addWidget(label)

    def _fill(self) -> None:
        d = self.data
        head = _label(self.tr("Week of %1 to %2").replace("%1", _day(d.week_start))
                      .replace("%2", _day(d.week_end)))
        font = head.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        head.setFont(font)
        self._body.addWidget(head)

        self._title(self.tr("Who you saw · %1").replace("%1", str(len(d.seen))))
        for s in d.seen:
            kind = kinds.interaction_kind(s.kind)
            line = f"{_day(s.when.date())} · {s.name} · {kind}"
            self._body.addWidget(_label(line + (f": {s.summary}" if s.summary else "")))
        if not d.seen:
            self._body.addWidget(_label(self.tr("Nobody logged this week. A call or a coffee "
                                                "next week?"), "hint"))

        self._title(self.tr("Promises kept · %1").replace("%1", str(len(d.kept))))
        for p in d.kept:
            self._body.addWidget(_label(f"✓ {p.name}: {reason_text(p.reason)}"))
        if not d.kept:
            self._body.addWidget(_label(self.tr("None closed this week."), "hint"))

        self._title(self.tr("Promises still open · %1").replace("%1", str(len(d.open))))
        for p in d.open:
            late = self._today > p.due_on
            line = (self.tr("Late · %1 · %2: %3") if late else self.tr("%1 · %2: %3")).replace(
                "%1", _day(p.due_on)).replace("%2", p.name).replace("%3", reason_text(p.reason))
            self._body.addWidget(_label(line, "overdue" if late else ""))
        if not d.open:
            self._body.addWidget(_label(self.tr("Nothing open: every promise kept."), "hint"))

        self._title(self.tr("This week's focus · %1 of %2 done")
                    .replace("%1", str(d.focus_done)).replace("%2", str(len(d.focus))))
        for item in d.focus:
            self._body.addWidget(_label(f"{'✓' if item.done else '○'} {item.name} — "
                                        f"{reason_text(item.action)}"))
        if not d.focus:
            self._body.addWidget(_label(self.tr("No focus this week."), "hint"))

        self._title(self.tr("Next week's people"))
        for item in d.next_week:
            self._body.addWidget(_label(f"{item.name} — {reason_text(item.reason)}"))
            self._body.addWidget(_label(f"→ {reason_text(item.action)}", "hint"))
        if not d.next_week:
            self._body.addWidget(_label(self.tr("Nobody to propose yet: set cadences, tag "
                                                "interests, log what you promise."), "hint"))
        self.keep_button.setVisible(bool(d.next_week) and not d.next_week_stored)
        if d.next_week_stored:
            self._body.addWidget(_label(self.tr("Already chosen for next week."), "hint"))
        self._body.addStretch(1)

    def next_week_start(self) -> dt.date:
        return search.week_start(self._today) + dt.timedelta(days=7)

    @Slot()
    def keep_next_week(self) -> None:
        if self._ops.keep_for_week(self.next_week_start(), self.data.next_week):
            self.keep_button.setEnabled(False)
            self.keep_button.setText(self.tr("Kept for Next Week"))

    def names(self, section: str) -> list[str]:
        """The names listed in a section ("seen", "kept", "open", "next") for tests."""
        d = self.data
        people: dict[str, list[ContactId]] = {
            "seen": [s.contact_id for s in d.seen], "kept": [p.contact_id for p in d.kept],
            "open": [p.contact_id for p in d.open],
            "next": [i.contact_id for i in d.next_week]}
        names = {**{s.contact_id: s.name for s in d.seen},
                 **{p.contact_id: p.name for p in (*d.kept, *d.open)},
                 **{i.contact_id: i.name for i in d.next_week}}
        return [names[c] for c in people[section]]
