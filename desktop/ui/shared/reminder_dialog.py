"""Small dialogs of the meetings flow (issue 15): "Remind me…" (a follow-up by hand: for
whom, on which day, what), a new time for a planned meeting, and the offer to close the
promises a recorded introduction or favour kept. Saving goes through ``Operations``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services import graph
from desktop.services.loops import PromiseMatch
from desktop.services.reasons import reason_text
from desktop.services.types import ContactId
from desktop.ui.common import formatting, tokens
from desktop.ui.common.people_picker import PeoplePicker
from desktop.ui.operations import Operations


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    tokens.styled(label, tokens.error_style)
    label.setWordWrap(True)
    label.hide()
    return label


class ReminderDialog(QDialog):
    """"Remind me…": a follow-up for one person. Without a person given (the calendar),
    a name field picks one. ``saved`` says whether Operations took it."""

    def __init__(self, ops: Operations, person: tuple[ContactId, str] | None,
                 day: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._person = person
        self.saved = False
        self.setWindowTitle(self.tr("Remind Me") if person is None else
                            self.tr("Remind Me About %1").replace("%1", person[1]))
        self.picker: PeoplePicker | None = None
        form = QFormLayout()
        if person is None:
            self.picker = PeoplePicker(self.tr("Type a name…"), self)
            form.addRow(self.tr("Who"), self.picker)
        when = day or dt.date.today() + dt.timedelta(days=7)
        self.on = QDateEdit(_qdate(when), self)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat(formatting.date_edit_format(weekday=True))
        form.addRow(self.tr("On"), self.on)
        self.text = QLineEdit(self)
        self.text.setMaxLength(500)
        self.text.setPlaceholderText(self.tr("e.g. Ask how the new job is going"))
        form.addRow(self.tr("What"), self.text)
        self.error_label = _error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        ops.failed.connect(self._on_failed)
        (self.picker or self.text).setFocus()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        if self.isVisible():
            self.error_label.setText(message[:1].upper() + message[1:])
            self.error_label.show()

    def accept(self) -> None:
        self.error_label.hide()
        cid = self._person[0] if self._person else (
            self.picker.contact_id() if self.picker else None)
        if cid is None:
            self._on_failed(self.tr("choose someone: type a name and pick it"))
            return
        if not self.text.text().strip():
            self._on_failed(self.tr("say what to do, e.g. send the article"))
            self.text.setFocus()
            return
        q = self.on.date()
        if self._ops.add_followup(cid, dt.date(q.year(), q.month(), q.day()), self.text.text()):
            self.saved = True
            super().accept()


class MeetingTimeDialog(QDialog):
    """A new date and time for a planned (or cancelled) meeting."""

    def __init__(self, title: str, when: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(formatting.date_edit_format(weekday=True, time=True))
        self.when.setDateTime(QDateTime(_qdate(when.date()), QTime(when.hour, when.minute)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("When"), self.when)
        form.addRow(buttons)

    def value(self) -> dt.datetime:
        q = self.when.dateTime()
        d, t = q.date(), q.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class PromiseOfferDialog(QDialog):
    """"Did this keep a promise?": the open promises a recorded introduction or favour
    may keep, the likely ones ticked. Closing them is one undoable step."""

    def __init__(self, ops: Operations, matches: Sequence[PromiseMatch], what: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.setWindowTitle(self.tr("Close a Promise?"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("You recorded %1. Did it keep one of these promises?")
                       .replace("%1", what), self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.boxes: list[tuple[QCheckBox, PromiseMatch]] = []
        for match in matches:
            item = match.item
            due = formatting.short_date(item.on, dt.date.today())
            box = QCheckBox(self.tr("%1: %2 (due %3)").replace("%1", item.name).replace(
                "%2", reason_text(item.reason)).replace("%3", due), self)
            box.setChecked(match.likely)
            layout.addWidget(box)
            self.boxes.append((box, match))
        buttons = QDialogButtonBox(self)
        self.close_button = buttons.addButton(self.tr("Mark Done"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Not Now"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[PromiseMatch]:
        return [m for box, m in self.boxes if box.isChecked()]

    def accept(self) -> None:
        chosen = self.chosen()
        if chosen:
            self._ops.close_promises([m.item for m in chosen])
        super().accept()


def offer_to_close(ops: Operations, matches: Sequence[PromiseMatch], what: str,
                   parent: QWidget) -> PromiseOfferDialog | None:
    """Open the offer (non-blocking) when there is an open promise to close."""
    if not matches:
        return None
    dialog = PromiseOfferDialog(ops, matches, what, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def person_ref(contact_id: ContactId) -> graph.PersonRef | None:
    return graph.person_refs([contact_id]).get(contact_id)
