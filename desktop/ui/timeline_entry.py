"""One entry of a contact's timeline (issue 15): when, what kind, its status (planned,
held, cancelled), the summary, notes that expand in place, the promises made at it, and
its actions: "Held it — add notes…" on a planned meeting whose time has passed, Edit,
Reschedule, Cancel and Delete (each undoable; the section runs them).

All contact text goes into plain-text labels.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.interactions import TimelineEntry

CLIP = 280  # characters of notes shown before "Show more"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
PLANNED_COLOUR = "#059669"
DUE_COLOUR = "#b45309"
CANCELLED_COLOUR = "#6b7280"


def short_date(day: dt.date, today: dt.date) -> str:
    text = f"{day.day} {MONTHS[day.month - 1]}"
    return text if day.year == today.year else f"{text} {day.year}"


def clip(text: str, limit: int = CLIP) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def plain(text: str, name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(wrap)
    label.setSizePolicy(policy)
    if name:
        label.setObjectName(name)
    return label


class TimelineEntryWidget(QFrame):
    """Private state: ``entry`` the interaction shown; ``_expanded`` whether the notes show
    in full. The action signals carry the interaction's id."""

    hold_requested = Signal(int)
    edit_requested = Signal(int)
    reschedule_requested = Signal(int)
    cancel_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, entry: TimelineEntry, now: dt.datetime,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self._expanded = False
        self.setObjectName("timelineEntry")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 6)
        lay.setSpacing(2)
        due = entry.is_due_to_hold(now)
        self.meta = plain(self._meta_text(now), "fieldLabel")
        if entry.is_planned:
            self.meta.setStyleSheet(f"color: {DUE_COLOUR if due else PLANNED_COLOUR}; "
                                    "font-weight: 600;")
        elif entry.is_cancelled:
            self.meta.setStyleSheet(f"color: {CANCELLED_COLOUR};")
        top = QHBoxLayout()
        top.setSpacing(4)
        top.addWidget(self.meta, 1)
        self.menu_button = QToolButton(self)
        self.menu_button.setText("⋯")
        self.menu_button.setAutoRaise(True)
        self.menu_button.setToolTip(self.tr("Edit, reschedule, cancel or delete"))
        self.menu_button.setAccessibleName(self.tr("Actions"))
        self.menu_button.clicked.connect(self._show_menu_below)
        top.addWidget(self.menu_button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(top)
        if entry.summary:
            summary = plain(entry.summary)
            font = summary.font()
            font.setWeight(QFont.Weight.DemiBold)
            if entry.is_cancelled:
                font.setStrikeOut(True)
            summary.setFont(font)
            lay.addWidget(summary)
        self.notes: QLabel | None = None
        self.more_button: QPushButton | None = None
        if entry.notes:
            self.notes = plain(clip(entry.notes))
            lay.addWidget(self.notes)
            if len(entry.notes.strip()) > CLIP:
                self.more_button = QPushButton(self.tr("Show more"), self)
                self.more_button.setFlat(True)
                self.more_button.setObjectName("linkButton")
                self.more_button.setCursor(Qt.CursorShape.PointingHandCursor)
                self.more_button.clicked.connect(self.toggle_notes)
                lay.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        if entry.promises:
            n = entry.promises
            text = (self.tr("1 follow-up promised") if n == 1
                    else self.tr("%1 follow-ups promised").replace("%1", f"{n:,}"))
            lay.addWidget(plain(text, "hint"))
        self.hold_button: QPushButton | None = None
        if due:
            self.hold_button = QPushButton(self.tr("Held it — add notes…"), self)
            self.hold_button.setToolTip(self.tr("It took place: add notes and promises to "
                                                "this meeting (no second entry)"))
            self.hold_button.clicked.connect(lambda: self.hold_requested.emit(entry.id))
            lay.addWidget(self.hold_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.actions_by_name: dict[str, QAction] = {}
        for key, text, signal, enabled in (
            ("hold", self.tr("Held It — Add Notes…"), self.hold_requested, entry.is_planned),
            ("edit", self.tr("Edit…"), self.edit_requested, True),
            ("reschedule", self.tr("Reschedule…"), self.reschedule_requested,
             not entry.is_cancelled and entry.status != "held"),
            ("cancel", self.tr("Cancel Meeting"), self.cancel_requested, entry.is_planned),
            ("delete", self.tr("Delete"), self.delete_requested, True),
        ):
            action = QAction(text, self)
            action.setEnabled(enabled)
            action.triggered.connect(lambda _=False, s=signal: s.emit(entry.id))
            self.actions_by_name[key] = action
            self.addAction(action)
        if entry.is_cancelled:
            self.actions_by_name["reschedule"].setText(self.tr("Plan Again…"))
            self.actions_by_name["reschedule"].setEnabled(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _meta_text(self, now: dt.datetime) -> str:
        entry = self.entry
        when = entry.happened_at
        date_text = short_date(when.date(), now.date())
        if when.time() != dt.time(0, 0):
            date_text += f", {when:%H:%M}"
        if entry.is_due_to_hold(now):
            status = self.tr("Planned · did it take place? · ")
        elif entry.is_planned:
            status = self.tr("Planned · ")
        elif entry.is_cancelled:
            status = self.tr("Cancelled · ")
        else:
            status = ""
        meta = f"{status}{date_text} · {entry.kind_label}"
        if entry.other_count:
            names = ", ".join(entry.others)
            extra = entry.other_count - len(entry.others)
            meta += f" · with {names}" + (f" and {extra:,} more" if extra > 0 else "")
        return meta

    @Slot()
    def toggle_notes(self) -> None:
        """Show the notes in full, in place (or clip them again)."""
        if self.notes is None or self.more_button is None:
            return
        self._expanded = not self._expanded
        self.notes.setText(self.entry.notes.strip() if self._expanded
                           else clip(self.entry.notes))
        self.more_button.setText(self.tr("Show less") if self._expanded
                                 else self.tr("Show more"))

    @property
    def expanded(self) -> bool:
        return self._expanded

    def menu(self) -> QMenu:
        menu = QMenu(self)
        for action in self.actions_by_name.values():
            menu.addAction(action)
        return menu

    @Slot()
    def _show_menu_below(self) -> None:
        self.menu().exec(self.menu_button.mapToGlobal(QPoint(0, self.menu_button.height())))
