"""Log, plan, edit or hold an interaction (issues 4 and 15): who took part (a completer
over the contacts), when, what kind, a summary and notes, and the follow-ups promised,
in one dialog. Saving is one undoable step through ``Operations``:

- log / plan: ``log_interaction``; when one of the people has a meeting planned that day,
  the dialog offers (ticked) to hold that meeting instead, so it is one entry, not two;
- edit: ``edit_interaction`` (new promises are added to those made at it);
- hold ("Held it — add notes…"): ``hold_meeting``: the notes, summary and promises go
  on the planned meeting, which becomes held.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QDate,
    QDateTime,
    Qt,
    QTime,
    Slot,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import interactions
from desktop.services.interactions import InteractionDraft, Promise
from desktop.services.types import ContactId
from desktop.ui.common import formatting, kinds, tokens
from desktop.ui.common.people_picker import PeoplePicker
from desktop.ui.operations import Operations

IdRole = Qt.ItemDataRole.UserRole + 1


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class _PromiseRow(QWidget):
    """One promised follow-up: to whom, by when, what."""

    def __init__(self, people: list[tuple[ContactId, str]], due: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.who = QComboBox(self)
        self.set_people(people)
        self.due = QDateEdit(_qdate(due), self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(formatting.date_edit_format())
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("What you promised, e.g. send the article"))
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setToolTip(self.tr("Remove this promise"))
        layout.addWidget(self.who)
        layout.addWidget(self.due)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.remove)

    def set_people(self, people: list[tuple[ContactId, str]]) -> None:
        current = self.who.currentData()
        self.who.clear()
        self.who.addItem(self.tr("Everyone"), None)
        for cid, name in people:
            self.who.addItem(name, int(cid))
        index = self.who.findData(current)
        self.who.setCurrentIndex(max(0, index))

    def promise(self) -> Promise | None:
        text = self.reason.text().strip()
        if not text:
            return None
        data = self.who.currentData()
        return Promise(_pydate(self.due.date()), text,
                       ContactId(int(data)) if data is not None else None)


class InteractionDialog(QDialog):
    """Private state: ``_people`` the participants chosen (id, name), in order;
    ``_editing`` the interaction edited or held (None: a new one); ``_holding`` whether
    this is "Held it — add notes…"; ``_offered`` the planned meetings the log offers to
    hold (``hold_offer`` says whether to); ``error_label`` shows the last refusal."""

    def __init__(self, ops: Operations, people: list[tuple[ContactId, str]],
                 parent: QWidget | None = None, *, planned: bool = False,
                 now: dt.datetime | None = None,
                 editing: interactions.InteractionInfo | None = None,
                 holding: bool = False) -> None:
        super().__init__(parent)
        self._ops = ops
        self._now = now or dt.datetime.now().replace(second=0, microsecond=0)
        self._people: list[tuple[ContactId, str]] = []
        self._editing = editing
        self._holding = holding and editing is not None
        self._offered: list[interactions.PlannedMeeting] = []
        self.saved_id: int | None = None
        if self._holding:
            title = self.tr("Held It — Add Notes")
        elif editing is not None:
            title = self.tr("Edit Interaction")
        else:
            title = self.tr("Plan a 1-2-1") if planned else self.tr("Log Interaction")
        self.setWindowTitle(title)
        self.setMinimumWidth(560)

        self.kind = QComboBox(self)
        for key, label in kinds.interaction_kinds():
            self.kind.addItem(label, key)
        when = (dt.datetime.combine(self._now.date() + dt.timedelta(days=1), dt.time(10, 0))
                if planned else self._now)
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(formatting.date_edit_format(weekday=True, time=True))
        self.when.setDateTime(QDateTime(_qdate(when.date()), QTime(when.hour, when.minute)))

        self.people_list = QListWidget(self)
        self.people_list.setMaximumHeight(96)
        self.people_list.setAccessibleName(self.tr("People"))
        self.add_person = PeoplePicker(self.tr("Add someone: type a name…"), self,
                                       clear_on_choose=True)
        self.add_person.person_chosen.connect(
            lambda person: self.add_participant(person.id, person.name))
        self.remove_person = QPushButton(self.tr("Remove"), self)
        self.remove_person.clicked.connect(self._remove_selected)

        self.summary = QLineEdit(self)
        self.summary.setPlaceholderText(self.tr("e.g. Coffee at the Lumen office"))
        self.summary.setMaxLength(interactions.MAX_SUMMARY)
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(self.tr("Personal things as well as business: family, "
                                              "plans, what they care about…"))
        self.notes.setTabChangesFocus(True)

        self.promises_box = QVBoxLayout()
        self.promises_box.setSpacing(4)
        self.promise_rows: list[_PromiseRow] = []
        self.add_promise_button = QPushButton(self.tr("Add a Promised Follow-up"), self)
        self.add_promise_button.clicked.connect(self.add_promise)

        self.error_label = QLabel(self)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        tokens.styled(self.error_label, tokens.error_style)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("When"), self.when)
        people_col = QVBoxLayout()
        people_col.addWidget(self.people_list)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_person, 1)
        add_row.addWidget(self.remove_person)
        people_col.addLayout(add_row)
        form.addRow(self.tr("People"), people_col)
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow(self.tr("Notes"), self.notes)
        promises_col = QVBoxLayout()
        promises_col.addLayout(self.promises_box)
        promises_col.addWidget(self.add_promise_button, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.tr("Promised"), promises_col)
        self.earlier_notes = QLabel(self)
        self.earlier_notes.setTextFormat(Qt.TextFormat.PlainText)
        self.earlier_notes.setWordWrap(True)
        self.earlier_notes.setObjectName("hint")
        self.earlier_notes.hide()
        self.hold_offer = QCheckBox(self)
        self.hold_offer.setChecked(True)
        self.hold_offer.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.earlier_notes)
        layout.addWidget(self.hold_offer)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        for cid, name in people:
            self.add_participant(cid, name)
        if editing is not None:
            self._fill(editing)
        self.when.dateTimeChanged.connect(self._update_save_text)
        self.when.dateTimeChanged.connect(self._update_hold_offer)
        self.hold_offer.toggled.connect(self._update_save_text)
        self._update_save_text()
        self._update_hold_offer()
        ops.failed.connect(self._on_failed)
        (self.notes if self._holding else self.summary).setFocus()

    def _fill(self, info: interactions.InteractionInfo) -> None:
        """Start from the interaction edited or held."""
        self.kind.setCurrentIndex(max(0, self.kind.findData(info.kind)))
        when = info.happened_at
        if self._holding:
            # Held at its planned time (or now, when that time is still to come).
            when = min(when, self._now)
            self.kind.setEnabled(False)
            self.notes.setPlaceholderText(self.tr(
                "What was said: personal things as well as business, what you promised…"))
            if info.notes.strip():
                self.earlier_notes.setText(
                    self.tr("Notes so far: %1").replace("%1", info.notes.strip()))
                self.earlier_notes.show()
        else:
            self.notes.setPlainText(info.notes)
        self.when.setDateTime(QDateTime(_qdate(when.date()), QTime(when.hour, when.minute)))
        for cid, name in info.participants:
            self.add_participant(cid, name)
        self.summary.setText(info.summary)
        if info.promises:
            names = dict(info.participants)
            lines = [f"{text} ({formatting.short_date(due, self._now.date())}, "
                     f"{names.get(cid, '')})" + (" ✓" if done else "")
                     for cid, due, text, done in info.promises]
            self.add_promise_button.setToolTip(
                self.tr("Already promised: %1").replace("%1", "; ".join(lines)))

    # --- participants -------------------------------------------------------------------

    def participants(self) -> list[ContactId]:
        return [cid for cid, _ in self._people]

    def add_participant(self, contact_id: ContactId, name: str) -> None:
        if contact_id in self.participants():
            return
        self._people.append((contact_id, name))
        item = QListWidgetItem(name)  # plain text: names are data
        item.setData(IdRole, int(contact_id))
        self.people_list.addItem(item)
        self._people_changed()

    @Slot()
    def _remove_selected(self) -> None:
        for item in self.people_list.selectedItems():
            cid = ContactId(int(item.data(IdRole)))
            self._people = [p for p in self._people if p[0] != cid]
            self.people_list.takeItem(self.people_list.row(item))
        self._people_changed()

    def _people_changed(self) -> None:
        for row in self.promise_rows:
            row.set_people(self._people)
        if hasattr(self, "hold_offer"):
            self._update_hold_offer()

    # --- holding a planned meeting instead of logging a second entry (issue 15) ---------

    @Slot()
    def _update_hold_offer(self) -> None:
        """A new past interaction with someone who has a meeting planned that day: offer
        (ticked) to hold that meeting instead."""
        when = self._when()
        offered: list[interactions.PlannedMeeting] = []
        if self._editing is None and self._people and when <= dt.datetime.now():
            offered = interactions.planned_on(self.participants(), when.date())
        self._offered = offered
        if offered:
            meeting = offered[0]
            names = dict(self._people)
            who = next((names[c] for c in meeting.participants if c in names), "")
            self.hold_offer.setText(
                self.tr("Add this to the %1 planned at %2 with %3 (it took place: one "
                        "entry, not two)")
                .replace("%1", kinds.interaction_kind(meeting.kind).lower())
                .replace("%2", formatting.time_text(meeting.happened_at)).replace("%3", who))
        self.hold_offer.setVisible(bool(offered))
        self._update_save_text()

    def offered_meeting(self) -> interactions.PlannedMeeting | None:
        """The planned meeting saving will hold (the offer is shown and ticked)."""
        if self._offered and self.hold_offer.isChecked() and not self.hold_offer.isHidden():
            return self._offered[0]
        return None

    # --- promises -----------------------------------------------------------------------

    @Slot()
    def add_promise(self) -> _PromiseRow:
        row = _PromiseRow(self._people, self._when().date() + dt.timedelta(days=7), self)
        row.remove.clicked.connect(lambda _=False, r=row: self._drop_promise(r))
        self.promise_rows.append(row)
        self.promises_box.addWidget(row)
        row.reason.setFocus()
        return row

    def _drop_promise(self, row: _PromiseRow) -> None:
        self.promise_rows.remove(row)
        row.hide()
        row.deleteLater()

    # --- saving -------------------------------------------------------------------------

    def _when(self) -> dt.datetime:
        q = self.when.dateTime()
        d, t = q.date(), q.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    @Slot()
    def _update_save_text(self) -> None:
        planned = self._when() > dt.datetime.now()
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if button is None:
            return
        if self._holding:
            button.setText(self.tr("Held"))
        elif self._editing is not None:
            button.setText(self.tr("Save"))
        elif hasattr(self, "hold_offer") and self.offered_meeting() is not None:
            button.setText(self.tr("Hold"))
        else:
            button.setText(self.tr("Plan") if planned else self.tr("Log"))

    def draft(self) -> InteractionDraft:
        return InteractionDraft(
            kind=str(self.kind.currentData()),
            happened_at=self._when(),
            participants=tuple(self.participants()),
            summary=self.summary.text(),
            notes=self.notes.toPlainText(),
            promises=tuple(p for p in (r.promise() for r in self.promise_rows) if p),
        )

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        if self.isVisible():
            self.error_label.setText(message[:1].upper() + message[1:])
            self.error_label.show()

    def accept(self) -> None:
        self.error_label.hide()
        if not self._people:
            self._on_failed(self.tr("choose at least one person"))
            self.add_person.setFocus()
            return
        draft = self.draft()
        meeting = self.offered_meeting()
        saved: int | None
        if self._holding and self._editing is not None:
            ok = self._ops.hold_meeting(
                self._editing.id, notes=draft.notes,
                summary=draft.summary if draft.summary != self._editing.summary else "",
                promises=draft.promises, participants=draft.participants,
                held_at=draft.happened_at)
            saved = self._editing.id if ok else None
        elif self._editing is not None:
            ok = self._ops.edit_interaction(self._editing.id, draft)
            saved = self._editing.id if ok else None
        elif meeting is not None:
            # Held at its planned time, or when logged if that is still to come.
            at = meeting.happened_at if meeting.happened_at <= draft.happened_at \
                else draft.happened_at
            ok = self._ops.hold_meeting(meeting.id, notes=draft.notes, summary=draft.summary,
                                        promises=draft.promises,
                                        participants=draft.participants, held_at=at)
            saved = meeting.id if ok else None
        else:
            saved = self._ops.log_interaction(draft)
        if saved is None:
            return  # the reason is shown; the dialog stays open with what was typed
        self.saved_id = saved
        super().accept()
