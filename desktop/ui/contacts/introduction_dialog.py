"""Record an introduction: who introduced whom to whom, when, and how it went (issue 5).

Opened from a contact's "Introduce to…" and "Introduced by…" buttons with the known
people filled in. The record goes through ``Operations`` (undoable); a refusal (the same
person twice, a duplicate) is shown in the dialog, which stays open to fix it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models import INTRODUCTION_STATUSES
from desktop.services import graph
from desktop.services.types import ContactId
from desktop.ui.common import formatting, kinds, tokens
from desktop.ui.common.people_picker import PeoplePicker
from desktop.ui.operations import Operations


class IntroductionDialog(QDialog):
    """The form. ``recorded`` ids are what ``Operations`` returned (tests)."""

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 introducer: graph.PersonRef | None = None,
                 person_a: graph.PersonRef | None = None,
                 person_b: graph.PersonRef | None = None,
                 status: str = "made", title: str = "") -> None:
        super().__init__(parent)
        self._ops = ops
        self.recorded: int | None = None
        self.setWindowTitle(title or self.tr("Record an Introduction"))
        self.setMinimumWidth(420)
        self.introducer = PeoplePicker(self.tr("Nobody: they met directly"))
        self.introducer.set_person(introducer)
        self.person_a = PeoplePicker(self.tr("Name"))
        self.person_a.set_person(person_a)
        self.person_b = PeoplePicker(self.tr("Name"))
        self.person_b.set_person(person_b)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(formatting.date_edit_format())
        self.context = QLineEdit()
        self.context.setPlaceholderText(self.tr("Why: “both into sailing”, “needs a designer”…"))
        self.status = QComboBox()
        for key in INTRODUCTION_STATUSES:
            self.status.addItem(kinds.introduction_status(key), key)
        self.status.setCurrentIndex(max(0, self.status.findData(status)))
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        tokens.styled(self.error, tokens.error_style)
        self.error.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Introduced by"), self.introducer)
        form.addRow(self.tr("Introduced"), self.person_a)
        form.addRow(self.tr("to", "Introduced [Ana] to [Bo]"), self.person_b)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Context"), self.context)
        form.addRow(self.tr("Status"), self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        ops.failed.connect(self._show_error)
        first_empty = next((f for f in (self.person_a, self.person_b) if not f.text()),
                           self.context)
        first_empty.setFocus()

    @Slot(str)
    def _show_error(self, message: str) -> None:
        if self.isVisible():
            self.error.setText(message)
            self.error.show()

    def _pick(self, picker: PeoplePicker, what: str, required: bool) -> ContactId | bool | None:
        if not picker.text().strip():
            if required:
                self._show_error(self.tr("Choose %1.").replace("%1", what))
                return False
            return None
        cid = picker.contact_id()
        if cid is None:
            self._show_error(self.tr("Nobody called “%1”: pick %2 from the list.").replace(
                "%1", picker.text().strip()).replace("%2", what))
            return False
        return cid

    @Slot()
    def save(self) -> None:
        self.error.hide()
        picked = []
        for picker, what, required in ((self.introducer, self.tr("the introducer"), False),
                                       (self.person_a, self.tr("the first person"), True),
                                       (self.person_b, self.tr("the second person"), True)):
            value = self._pick(picker, what, required)
            if value is False:
                return
            picked.append(value)
        by, a, b = picked
        qdate = self.date.date()
        fields = graph.IntroductionFields(
            person_a=ContactId(int(a or 0)), person_b=ContactId(int(b or 0)),
            introducer=ContactId(int(by)) if by is not None else None,
            introduced_on=dt.date(qdate.year(), qdate.month(), qdate.day()),
            context=self.context.text(), status=str(self.status.currentData()))
        self.recorded = self._ops.record_introduction(fields)
        if self.recorded is not None:
            self.accept()
