"""One entry of a contact's timeline (issue 15): when, what kind, its status (planned,
held, cancelled), the summary, notes that expand in place, the promises made at it, and
its actions: "Held it — add notes…" on a planned meeting whose time has passed, Edit,
Reschedule, Cancel and Delete (each undoable; the section runs them).

All contact text goes into plain-text labels.
"""

from __future__ import annotations

import datetime as dt
import functools

from PySide6.QtCore import QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QContextMenuEvent, QFont, QPalette
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
# A row's optional lines, top to bottom, under the meta line and its menu button.
_PARTS = ("summary", "notes", "more", "promised", "hold")


def _meta_sheet(look: str, palette: QPalette) -> str:
    """The meta line of a planned meeting (due to hold: amber), a cancelled one (muted) or
    any other entry (the pane's muted field label: no sheet of its own)."""
    if look in ("planned", "due"):
        colour = DUE_COLOUR if look == "due" else PLANNED_COLOUR
        return f"color: {tokens.readable(colour, palette)}; font-weight: 600;"
    if look == "cancelled":
        return f"color: {tokens.colours(palette).muted};"
    return ""


class TimelineEntryWidget(QFrame):
    """One row of the timeline; any entry can be given to it (``set_entry``): the pane
    gives the rows it shows to the next contact's entries, and makes a few ahead, hidden
    and styled, for its first contact (issue 18: a row made, styled and shown anew cost
    most of the timeline's turn).

    Private state: ``entry`` the interaction shown (None: a row made ahead, not given
    one yet); ``_look`` the meta line's look (``_META_LOOKS``); ``_parts`` the optional
    lines made so far (summary, notes, "Show more", promises, "Held it"), each in its own
    row of the grid, hidden while the entry shown has none; ``_expanded`` whether the
    notes show in full; ``_actions`` its menu's actions, made the first time the menu is
    wanted (each signal connection costs). ``action_requested(name, interaction id)``
    asks the section to run one of ``ACTIONS``."""

    action_requested = Signal(str, int)

    def __init__(self, entry: TimelineEntry | None, now: dt.datetime,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self._expanded = False
        self._look = ""
        self._parts: dict[str, QWidget] = {}
        self.setObjectName("timelineEntry")
        # One grid (the menu button beside the first line) rather than nested boxes: rows
        # are made and laid out each time a contact with new ones is shown.
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 6, 0, 6)
        self._grid.setHorizontalSpacing(4)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(0, 1)
        self.meta = plain("", "fieldLabel", selectable=False)
        self._grid.addWidget(self.meta, 0, 0)
        self.menu_button = QToolButton(self)
        self.menu_button.setText("⋯")
        self.menu_button.setAutoRaise(True)
        self.menu_button.setToolTip(self.tr("Edit, reschedule, cancel or delete"))
        self.menu_button.setAccessibleName(self.tr("Actions"))
        self.menu_button.clicked.connect(self._show_menu_below)
        self._actions: dict[str, QAction] | None = None
        self._grid.addWidget(self.menu_button, 0, 1, Qt.AlignmentFlag.AlignTop)
        if entry is not None:
            self.set_entry(entry, now)

    def make_parts(self) -> None:
        """Make every optional line now, hidden (a row made ahead: giving it any entry
        later makes nothing)."""
        for name in _PARTS:
            self._part(name).hide()

    def _part(self, name: str) -> QWidget:
        part = self._parts.get(name)
        if part is not None:
            return part
        if name == "summary":
            part = plain("", selectable=False)
            font = part.font()
            font.setWeight(QFont.Weight.DemiBold)
            part.setFont(font)
        elif name == "notes":
            part = plain("")
        elif name == "more":
            more = QPushButton(self.tr("Show more"), self)
            more.setFlat(True)
            more.setObjectName("linkButton")
            more.setCursor(Qt.CursorShape.PointingHandCursor)
            more.clicked.connect(self.toggle_notes)
            part = more
        elif name == "promised":
            part = plain("", "hint", selectable=False)
        else:
            hold = QPushButton(self.tr("Held it — add notes…"), self)
            hold.setToolTip(self.tr("It took place: add notes and promises to this meeting "
                                    "(no second entry)"))
            hold.clicked.connect(self._hold)
            part = hold
        # Each line has its row: a hidden one takes no room (nor spacing) in the grid.
        row = 1 + _PARTS.index(name)
        if name in ("more", "hold"):  # at their natural width
            self._grid.addWidget(part, row, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        else:
            self._grid.addWidget(part, row, 0, 1, 2)
        self._parts[name] = part
        return part

    def _show_part(self, name: str, shown: bool) -> QWidget | None:
        """The line *name*, made if needed and *shown*, or hidden (None)."""
        if not shown:
            part = self._parts.get(name)
            if part is not None and not part.isHidden():
                part.hide()
            return None
        part = self._part(name)
        if part.isHidden():
            part.show()
        return part

    def set_entry(self, entry: TimelineEntry, now: dt.datetime) -> None:
        """Show *entry* in place: the pane shows another contact and keeps the rows it had
        (each a frame, labels and buttons, made, styled and shown anew cost most of the
        timeline's turn, issue 18)."""
        self.entry = entry
        self._expanded = False
        due = entry.is_due_to_hold(now)
        self.meta.setText(self._meta_text(now))
        look = ("due" if due else "planned" if entry.is_planned
                else "cancelled" if entry.is_cancelled else "")
        if look != self._look:  # a stylesheet set again polishes the label again
            self._look = look
            tokens.styled(self.meta, functools.partial(_meta_sheet, look))
        summary = self._show_part("summary", bool(entry.summary))
        if isinstance(summary, QLabel):
            summary.setText(entry.summary)
            if summary.font().strikeOut() != entry.is_cancelled:
                font = summary.font()
                font.setStrikeOut(entry.is_cancelled)
                summary.setFont(font)
        notes = self._show_part("notes", bool(entry.notes))
        if isinstance(notes, QLabel):
            notes.setText(clip(entry.notes))
        more = self._show_part("more", bool(entry.notes) and len(entry.notes.strip()) > CLIP)
        if isinstance(more, QPushButton):
            more.setText(self.tr("Show more"))
        promised = self._show_part("promised", bool(entry.promises))
        if isinstance(promised, QLabel):
            promised.setText(self._promised_text())
        self._show_part("hold", due)
        if self._actions is not None:  # made for the entry before (texts, what is enabled)
            for action in self._actions.values():
                action.deleteLater()
            self._actions = None

    @property
    def notes(self) -> QLabel | None:
        """The notes line, when the entry shown has notes."""
        return self._shown_part("notes")  # type: ignore[return-value]

    @property
    def more_button(self) -> QPushButton | None:
        """"Show more", when the entry's notes are longer than shown."""
        return self._shown_part("more")  # type: ignore[return-value]

    @property
    def hold_button(self) -> QPushButton | None:
        """"Held it — add notes…", when the entry is a planned meeting whose time passed."""
        return self._shown_part("hold")  # type: ignore[return-value]

    def _shown_part(self, name: str) -> QWidget | None:
        part = self._parts.get(name)
        return part if part is not None and not part.isHidden() else None

    def _promised_text(self) -> str:
        assert self.entry is not None
        n = self.entry.promises
        return (self.tr("1 follow-up promised") if n == 1
                else self.tr("%1 follow-ups promised").replace("%1", f"{n:,}"))

    def _meta_text(self, now: dt.datetime) -> str:
        entry = self.entry
        assert entry is not None
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
        assert self.entry is not None
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
            assert entry is not None
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
        if isinstance(action, QAction) and self.entry is not None:
            self.action_requested.emit(str(action.data()), self.entry.id)

    @Slot()
    def _hold(self) -> None:
        if self.entry is not None:
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
