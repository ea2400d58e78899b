"""One entry of a contact's timeline (issue 15): when, what kind, its status (planned,
held, cancelled), the summary, notes that expand in place, the promises made at it, and
its actions: "Held it — add notes…" on a planned meeting whose time has passed, Edit,
Reschedule, Cancel and Delete (each undoable; the section runs them).

All contact text goes into plain-text labels.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QContextMenuEvent, QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from desktop.services.interactions import TimelineEntry
from desktop.ui.common import formatting, kinds, tokens

CLIP = 280  # characters of notes shown before "Show more"
PLANNED_COLOUR = "#059669"
DUE_COLOUR = "#b45309"
CANCELLED_COLOUR = "#6b7280"


def short_date(day: dt.date, today: dt.date) -> str:
    return formatting.short_date(day, today)


def clip(text: str, limit: int = CLIP) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def plain(text: str, name: str = "", wrap: bool = True, selectable: bool = True) -> QLabel:
    """A plain-text label that wraps without widening the pane. *selectable* costs a text
    control per label: a page of timeline entries makes only the notes selectable."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(wrap)
    label.setSizePolicy(policy)
    if name:
        label.setObjectName(name)
    return label


ACTIONS = ("hold", "edit", "reschedule", "cancel", "delete")


def shape_of(entry: TimelineEntry, now: dt.datetime) -> tuple[bool, ...]:
    """What decides an entry's widgets and their look (not their text): two entries of
    one shape can share a row widget (``TimelineEntryWidget.set_entry``)."""
    notes = entry.notes.strip() if entry.notes else ""
    return (entry.is_planned, entry.is_due_to_hold(now), entry.is_cancelled,
            bool(entry.summary), bool(entry.notes), len(notes) > CLIP, bool(entry.promises))


class TimelineEntryWidget(QFrame):
    """Private state: ``entry`` the interaction shown; ``shape`` its ``shape_of`` (another
    entry of that shape can be given to this row, see ``set_entry``); ``_expanded``
    whether the notes show in full; ``_actions`` its menu's actions, made the first time
    the menu is wanted (a page of entries is built when a contact is shown: each signal
    connection costs). ``action_requested(name, interaction id)`` asks the section to run
    one of ``ACTIONS``."""

    action_requested = Signal(str, int)

    def __init__(self, entry: TimelineEntry, now: dt.datetime,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.shape = shape_of(entry, now)
        self._expanded = False
        self.setObjectName("timelineEntry")
        # One grid (the menu button beside the first line) rather than nested boxes: a page
        # of entries is built each time a contact is shown, and layouts cost.
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 6, 0, 6)
        self._grid.setHorizontalSpacing(4)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(0, 1)
        due = entry.is_due_to_hold(now)
        self.meta = plain(self._meta_text(now), "fieldLabel", selectable=False)
        if entry.is_planned:
            colour = DUE_COLOUR if due else PLANNED_COLOUR
            tokens.styled(self.meta, lambda p: f"color: {tokens.readable(colour, p)}; "
                                               "font-weight: 600;")
        elif entry.is_cancelled:
            tokens.styled(self.meta, lambda p: f"color: {tokens.colours(p).muted};")
        self._grid.addWidget(self.meta, 0, 0)
        self.menu_button = QToolButton(self)
        self.menu_button.setText("⋯")
        self.menu_button.setAutoRaise(True)
        self.menu_button.setToolTip(self.tr("Edit, reschedule, cancel or delete"))
        self.menu_button.setAccessibleName(self.tr("Actions"))
        self.menu_button.clicked.connect(self._show_menu_below)
        self._actions: dict[str, QAction] | None = None
        self._grid.addWidget(self.menu_button, 0, 1, Qt.AlignmentFlag.AlignTop)
        self._summary: QLabel | None = None
        if entry.summary:
            summary = self._summary = plain(entry.summary, selectable=False)
            font = summary.font()
            font.setWeight(QFont.Weight.DemiBold)
            if entry.is_cancelled:
                font.setStrikeOut(True)
            summary.setFont(font)
            self._row(summary)
        self.notes: QLabel | None = None
        self.more_button: QPushButton | None = None
        if entry.notes:
            self.notes = plain(clip(entry.notes))
            self._row(self.notes)
            if len(entry.notes.strip()) > CLIP:
                self.more_button = QPushButton(self.tr("Show more"), self)
                self.more_button.setFlat(True)
                self.more_button.setObjectName("linkButton")
                self.more_button.setCursor(Qt.CursorShape.PointingHandCursor)
                self.more_button.clicked.connect(self.toggle_notes)
                self._row(self.more_button, left=True)
        self._promised: QLabel | None = None
        if entry.promises:
            self._promised = plain(self._promised_text(), "hint", selectable=False)
            self._row(self._promised)
        self.hold_button: QPushButton | None = None
        if due:
            self.hold_button = QPushButton(self.tr("Held it — add notes…"), self)
            self.hold_button.setToolTip(self.tr("It took place: add notes and promises to "
                                                "this meeting (no second entry)"))
            self.hold_button.clicked.connect(self._hold)
            self._row(self.hold_button, left=True)

    def set_entry(self, entry: TimelineEntry, now: dt.datetime) -> None:
        """Show *entry*, of this row's ``shape``, in place: the pane shows another contact
        and keeps the rows it had (each a frame, labels and buttons, made, styled and shown
        anew cost most of the timeline's turn, issue 18)."""
        assert shape_of(entry, now) == self.shape
        self.entry = entry
        self._expanded = False
        self.meta.setText(self._meta_text(now))
        if self._summary is not None:
            self._summary.setText(entry.summary)
        if self.notes is not None:
            self.notes.setText(clip(entry.notes))
        if self.more_button is not None:
            self.more_button.setText(self.tr("Show more"))
        if self._promised is not None:
            self._promised.setText(self._promised_text())
        if self._actions is not None:  # made for the entry before (texts, what is enabled)
            for action in self._actions.values():
                action.deleteLater()
            self._actions = None

    def _promised_text(self) -> str:
        n = self.entry.promises
        return (self.tr("1 follow-up promised") if n == 1
                else self.tr("%1 follow-ups promised").replace("%1", f"{n:,}"))

    def _row(self, widget: QWidget, left: bool = False) -> None:
        """The next row of the entry, across both columns (*left*: at its natural width)."""
        row = self._grid.rowCount()
        if left:
            self._grid.addWidget(widget, row, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        else:
            self._grid.addWidget(widget, row, 0, 1, 2)

    def _meta_text(self, now: dt.datetime) -> str:
        entry = self.entry
        when = entry.happened_at
        date_text = short_date(when.date(), now.date())
        if when.time() != dt.time(0, 0):
            date_text = formatting.date_time_text(when, now.date())
        status = ""
        if entry.is_due_to_hold(now):
            status = self.tr("Planned · did it take place? · ")
        elif entry.is_planned:
            status = self.tr("Planned · ")
        elif entry.is_cancelled:
            status = self.tr("Cancelled · ")
        meta = f"{status}{date_text} · {kinds.interaction_kind(entry.kind)}"
        if entry.other_count:
            names = ", ".join(entry.others)
            extra = entry.other_count - len(entry.others)
            meta = (self.tr("%1 · with %2 and %Ln more", "", extra) if extra > 0
                    else self.tr("%1 · with %2")).replace("%1", meta).replace("%2", names)
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

    @property
    def actions_by_name(self) -> dict[str, QAction]:
        """Held it, Edit, Reschedule (Plan again when cancelled), Cancel, Delete."""
        if self._actions is None:
            entry = self.entry
            reschedule = (self.tr("Plan Again…") if entry.is_cancelled
                          else self.tr("Reschedule…"))
            self._actions = {}
            for key, text, enabled in (
                ("hold", self.tr("Held It — Add Notes…"), entry.is_planned),
                ("edit", self.tr("Edit…"), True),
                ("reschedule", reschedule, entry.status != "held"),
                ("cancel", self.tr("Cancel Meeting"), entry.is_planned),
                ("delete", self.tr("Delete"), True),
            ):
                action = QAction(text, self)
                action.setEnabled(enabled)
                action.setData(key)
                action.triggered.connect(self._triggered)
                self._actions[key] = action
        return self._actions

    @Slot()
    def _triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.action_requested.emit(str(action.data()), self.entry.id)

    @Slot()
    def _hold(self) -> None:
        self.action_requested.emit("hold", self.entry.id)

    def menu(self) -> QMenu:
        menu = QMenu(self)
        for action in self.actions_by_name.values():
            menu.addAction(action)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.menu().exec(event.globalPos())

    @Slot()
    def _show_menu_below(self) -> None:
        self.menu().exec(self.menu_button.mapToGlobal(QPoint(0, self.menu_button.height())))
