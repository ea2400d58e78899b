"""The import preview's "for the whole batch" row (issue 15): tag everyone with one tag,
and record that they were met at an event on a day, in the import's own undo step
(``Operations.record_import``'s ``BatchExtras``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from desktop.services import tags
from desktop.ui.common import formatting
from desktop.ui.common.plain_text import plain_label
from desktop.ui.operations.imports import BatchExtras


class BatchExtrasRow(QWidget):
    """"Tag everyone with [tag]  ·  Met at [event] on [date]"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.tag = QLineEdit(self)
        self.tag.setPlaceholderText(self.tr("e.g. Web Summit 2026"))
        self.tag.setMaxLength(100)
        self.tag.setAccessibleName(self.tr("Tag everyone with"))
        completer = QCompleter(QStringListModel(tags.tag_names(), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tag.setCompleter(completer)
        self.met_at = QLineEdit(self)
        self.met_at.setPlaceholderText(self.tr("an event, a place"))
        self.met_at.setMaxLength(200)
        self.met_at.setAccessibleName(self.tr("Met at"))
        self.on_box = QCheckBox(self.tr("on"), self)
        today = dt.date.today()
        self.met_on = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.met_on.setCalendarPopup(True)
        self.met_on.setDisplayFormat(formatting.date_edit_format())
        self.met_on.setEnabled(False)
        self.on_box.toggled.connect(self.met_on.setEnabled)
        self.met_at.textEdited.connect(lambda text: self.on_box.setChecked(
            bool(text.strip()) or self.on_box.isChecked()))
        for widget in (plain_label(self.tr("Tag everyone with"), self), self.tag,
                       plain_label(self.tr("·  Met at"), self), self.met_at, self.on_box,
                       self.met_on):
            layout.addWidget(widget)
        layout.setStretch(1, 1)
        layout.setStretch(3, 1)

    def extras(self) -> BatchExtras:
        on = None
        if self.on_box.isChecked():
            q = self.met_on.date()
            on = dt.date(q.year(), q.month(), q.day())
        return BatchExtras(self.tag.text(), self.met_at.text(), on)
