"""The detail pane's relationship record (issue 4): open follow-ups with Done, the
timeline of interactions newest first (a page at a time: a contact with 1,000 entries
opens as fast as one with 5), and the favours ledger with its balance.

All contact text goes into plain-text labels.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import FAVOR_KINDS
from desktop.services import favors, followups, interactions
from desktop.services.types import ContactDetail, ContactId
from desktop.ui.detail_pane import ContactSection
from desktop.ui.interaction_dialog import InteractionDialog
from desktop.ui.operations import Operations

PAGE = 25
MUTED = "#6b7280"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _plain(text: str, name: str = "", wrap: bool = True) -> QLabel:
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


def _title(text: str) -> QLabel:
    label = QLabel(text.upper())
    label.setObjectName("sectionTitle")
    font = label.font()
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
    label.setFont(font)
    return label


def short_date(day: dt.date, today: dt.date) -> str:
    text = f"{day.day} {MONTHS[day.month - 1]}"
    return text if day.year == today.year else f"{text} {day.year}"


def _clip(text: str, limit: int = 280) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class FavorDialog(QDialog):
    """Record a favour given or received."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add Favour")
        self.given = QRadioButton(f"I did something for {name}")
        self.received = QRadioButton(f"{name} did something for me")
        self.given.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.given)
        group.addButton(self.received)
        self.kind = QComboBox(self)
        for key in FAVOR_KINDS:
            self.kind.addItem(favors.KIND_LABELS.get(key, key), key)
        self.description = QLineEdit(self)
        self.description.setPlaceholderText("e.g. Introduced her to a recruiter")
        self.description.setMaxLength(500)
        today = dt.date.today()
        self.on = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("d MMM yyyy")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.given)
        form.addRow(self.received)
        form.addRow("Kind", self.kind)
        form.addRow("What", self.description)
        form.addRow("When", self.on)
        form.addRow(buttons)
        self.description.setFocus()

    def values(self) -> tuple[str, str, str, dt.date]:
        q = self.on.date()
        return ("given" if self.given.isChecked() else "received", str(self.kind.currentData()),
                self.description.text(), dt.date(q.year(), q.month(), q.day()))


class TimelineSection(ContactSection):
    """Private state: ``_contact`` the contact shown (id, name); ``_loaded`` how many
    timeline entries are on screen (more load with "Show more")."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self._contact: tuple[ContactId, str] | None = None
        self._loaded = 0
        self._total = 0
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 14, 0, 0)
        layout.setSpacing(6)

        # Follow-ups.
        self.followups_title = _title("Follow-ups")
        layout.addWidget(self.followups_title)
        self.followups_box = QVBoxLayout()
        self.followups_box.setSpacing(4)
        layout.addLayout(self.followups_box)

        # Timeline.
        head = QHBoxLayout()
        head.addWidget(_title("Timeline"))
        head.addStretch(1)
        self.log_button = QPushButton("Log Interaction…")
        self.log_button.setToolTip("Record a meeting, call, message… (Ctrl+L)")
        self.log_button.clicked.connect(self.log_interaction)
        self.plan_button = QPushButton("Plan 1-2-1…")
        self.plan_button.setToolTip("Put a future meeting on the calendar")
        self.plan_button.clicked.connect(self.plan_meeting)
        head.addWidget(self.plan_button)
        head.addWidget(self.log_button)
        layout.addLayout(head)
        self.entries_box = QVBoxLayout()
        self.entries_box.setSpacing(0)
        layout.addLayout(self.entries_box)
        self.empty_hint = _plain("Nothing logged yet. After you talk, log it here: what was "
                                 "said and what you promised.", "hint")
        layout.addWidget(self.empty_hint)
        self.more_button = QPushButton("Show More")
        self.more_button.setFlat(True)
        self.more_button.clicked.connect(self.show_more)
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)

        # Favours.
        fav_head = QHBoxLayout()
        fav_head.addWidget(_title("Favours"))
        fav_head.addStretch(1)
        self.favor_button = QPushButton("Add Favour…")
        self.favor_button.setToolTip("Record something you gave or received")
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

        log = QAction(self)
        log.setShortcut("Ctrl+L")
        log.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        log.triggered.connect(self.log_interaction)
        self.addAction(log)

    # --- filling ------------------------------------------------------------------------

    def show_contact(self, detail: ContactDetail) -> None:
        if detail.is_me:
            self._contact = None
            self.setVisible(False)
            return
        same = self._contact is not None and self._contact[0] == detail.id
        self._contact = (detail.id, detail.display_name)
        self.setVisible(True)
        self._fill_followups(detail.id)
        # Keep as many entries as were shown (an undo must not collapse "Show more").
        self._fill_timeline(detail.id, max(PAGE, self._loaded) if same else PAGE)
        self._fill_favors(detail.id)

    @staticmethod
    def _clear(box: QVBoxLayout) -> None:
        while box.count():
            item = box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _fill_followups(self, contact_id: ContactId) -> None:
        self._clear(self.followups_box)
        today = dt.date.today()
        items = followups.open_followups(contact_id)
        for item in items[:6]:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            late = item.on < today
            when = _plain(("Overdue · " if late else "") + short_date(item.on, today),
                          "overdue" if late else "fieldLabel", wrap=False)
            when.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
            when.setMinimumWidth(when.fontMetrics().horizontalAdvance("Overdue · 30 Sep 2026")
                                 + 8)
            line.addWidget(when, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(_plain(item.reason or "Follow up"), 1)
            done = QToolButton()
            done.setText("Done")
            done.setToolTip("Mark this follow-up done (undo with Ctrl+Z)")
            done.clicked.connect(lambda _=False, i=item: self._ops.mark_followup_done(i))
            line.addWidget(done)
            self.followups_box.addWidget(row)
        if len(items) > 6:
            self.followups_box.addWidget(_plain(f"and {len(items) - 6} more in the calendar",
                                                "hint"))
        self.followups_title.setVisible(bool(items))

    def _entry_widget(self, entry: interactions.TimelineEntry, now: dt.datetime) -> QWidget:
        box = QFrame()
        box.setObjectName("timelineEntry")
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 6, 0, 6)
        lay.setSpacing(2)
        planned = entry.is_planned(now)
        when = entry.happened_at
        date_text = short_date(when.date(), now.date())
        if when.time() != dt.time(0, 0):
            date_text += f", {when:%H:%M}"
        meta = f"{'Planned · ' if planned else ''}{date_text} · {entry.kind_label}"
        if entry.other_count:
            names = ", ".join(entry.others)
            extra = entry.other_count - len(entry.others)
            meta += f" · with {names}" + (f" and {extra:,} more" if extra > 0 else "")
        meta_label = _plain(meta, "fieldLabel")
        if planned:
            meta_label.setStyleSheet("color: #059669; font-weight: 600;")
        lay.addWidget(meta_label)
        if entry.summary:
            summary = _plain(entry.summary)
            font = summary.font()
            font.setWeight(QFont.Weight.DemiBold)
            summary.setFont(font)
            lay.addWidget(summary)
        if entry.notes:
            lay.addWidget(_plain(_clip(entry.notes)))
        if entry.promises:
            lay.addWidget(_plain(f"{entry.promises} follow-up{'s' if entry.promises > 1 else ''}"
                                 " promised", "hint"))
        box.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        delete = QAction("Delete Interaction", box)
        delete.triggered.connect(lambda _=False, i=entry.id: self._ops.delete_interaction(i))
        box.addAction(delete)
        return box

    def _fill_timeline(self, contact_id: ContactId, count: int) -> None:
        self._clear(self.entries_box)
        page = interactions.timeline(contact_id, 0, count)
        now = dt.datetime.now()
        for entry in page.entries:
            self.entries_box.addWidget(self._entry_widget(entry, now))
        self._loaded = len(page.entries)
        self._total = page.total
        self._update_more()

    def _update_more(self) -> None:
        self.empty_hint.setVisible(self._total == 0)
        rest = self._total - self._loaded
        self.more_button.setVisible(rest > 0)
        self.more_button.setText(f"Show {min(rest, PAGE)} More (of {rest:,})")

    @Slot()
    def show_more(self) -> None:
        if self._contact is None:
            return
        page = interactions.timeline(self._contact[0], self._loaded, PAGE)
        now = dt.datetime.now()
        for entry in page.entries:
            self.entries_box.addWidget(self._entry_widget(entry, now))
        self._loaded += len(page.entries)
        self._total = page.total
        self._update_more()

    def _fill_favors(self, contact_id: ContactId) -> None:
        self._clear(self.favors_box)
        ledger = favors.ledger(contact_id)
        text = ledger.balance_text
        self.balance.setText(text[:1].upper() + text[1:] if text else "")
        self.balance.setVisible(bool(text))
        if ledger.received and not ledger.given:
            self.balance.setText(self.balance.text() + " · give before you ask again")
        today = dt.date.today()
        for entry in ledger.entries[:5]:
            arrow = "Gave" if entry.direction == "given" else "Received"
            line = f"{arrow} · {entry.kind_label}"
            if entry.happened_on is not None:
                line = f"{short_date(entry.happened_on, today)} · {line}"
            if entry.description:
                line += f": {entry.description}"
            label = _plain(line)
            if entry.introduction_id is None:  # introductions are edited in their section
                label.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
                delete = QAction("Delete Favour", label)
                delete.triggered.connect(lambda _=False, i=entry.id: self._ops.delete_favor(i))
                label.addAction(delete)
            self.favors_box.addWidget(label)
        if len(ledger.entries) > 5:
            self.favors_box.addWidget(_plain(f"and {len(ledger.entries) - 5} earlier", "hint"))
        if not ledger.entries:
            self.favors_box.addWidget(_plain("None yet. Give before you ask: an introduction, "
                                             "a referral, some advice.", "hint"))

    # --- actions ------------------------------------------------------------------------

    def timeline_count(self) -> int:
        return self._loaded

    @Slot()
    def log_interaction(self) -> None:
        self._open_dialog(planned=False)

    @Slot()
    def plan_meeting(self) -> None:
        self._open_dialog(planned=True)

    def _open_dialog(self, planned: bool) -> None:
        if self._contact is None or not self.isVisible():
            return
        if self.dialog is not None:
            self.dialog.raise_()
            return
        dialog = InteractionDialog(self._ops, [self._contact], self, planned=planned)
        if planned:
            dialog.kind.setCurrentIndex(max(0, dialog.kind.findData("meeting")))
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

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
            self._ops.add_favor(cid, direction, kind, description, on)

        dialog.accepted.connect(save)
        dialog.open()
