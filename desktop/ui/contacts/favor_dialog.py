"""Record a favour given or received (the detail pane's "Add Favour…")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from desktop.models import FAVOR_KINDS
from desktop.ui.common import formatting, kinds


class FavorDialog(QDialog):
    """Record a favour given or received."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add Favour"))
        self.given = QRadioButton(self.tr("I did something for %1").replace("%1", name))
        self.received = QRadioButton(self.tr("%1 did something for me").replace("%1", name))
        self.given.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.given)
        group.addButton(self.received)
        self.kind = QComboBox(self)
        for key in FAVOR_KINDS:
            self.kind.addItem(kinds.favour_kind(key), key)
        self.description = QLineEdit(self)
        self.description.setPlaceholderText(self.tr("e.g. Introduced her to a recruiter"))
        self.description.setMaxLength(500)
        today = dt.date.today()
        self.on = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat(formatting.date_edit_format())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.given)
        form.addRow(self.received)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("What"), self.description)
        form.addRow(self.tr("When"), self.on)
        form.addRow(buttons)
        self.description.setFocus()

    def values(self) -> tuple[str, str, str, dt.date]:
        q = self.on.date()
        return ("given" if self.given.isChecked() else "received", str(self.kind.currentData()),
                self.description.text(), dt.date(q.year(), q.month(), q.day()))
