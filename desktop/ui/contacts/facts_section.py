"""Pinned facts and "one thing I can do", at the top of the detail pane (issue 15).

Pinned facts are the few personal things worth having in mind before any conversation
(family, pets, goals, what they care about); the briefing prints them at the top too.
"One thing I can do for them" is dated: it counts for a week, then shows as expired
until renewed or changed. Every change goes through ``Operations`` (undoable); contact
text is plain text.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import FACT_KINDS
from desktop.services import briefing, facts
from desktop.services.types import ContactDetail, ContactId
from desktop.ui.common import formatting, kinds
from desktop.ui.common.layouts import clear_layout
from desktop.ui.common.plain_text import plain_label
from desktop.ui.contacts.detail_parts import ContactSection
from desktop.ui.operations import Operations


def _plain(text: str, name: str = "") -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    if name:
        label.setObjectName(name)
    return label


class FactDialog(QDialog):
    """Pin (or edit) a fact: what kind, what."""

    def __init__(self, title: str, kind: str = "family", text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.kind = QComboBox(self)
        for key in FACT_KINDS:
            self.kind.addItem(kinds.fact_kind(key), key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.text = QLineEdit(text, self)
        self.text.setMaxLength(facts.MAX_FACT)
        self.text.setPlaceholderText(self.tr("e.g. Two kids, Maya (8) and Leo (5)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Fact"), self.text)
        form.addRow(buttons)
        self.text.setFocus()

    def values(self) -> tuple[str, str]:
        return str(self.kind.currentData()), self.text.text()


class OneThingDialog(QDialog):
    """Type (or change) the one thing you can do for them this week."""

    def __init__(self, name: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("One Thing I Can Do for %1").replace("%1", name))
        self.text = QLineEdit(text, self)
        self.text.setMaxLength(briefing.MAX_ONE_THING)
        self.text.setPlaceholderText(self.tr("e.g. Introduce her to a recruiter"))
        self.text.setAccessibleName(self.tr("One thing I can do"))
        self.text.setMinimumWidth(380)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("It counts for a week; renew it if it still "
                                             "holds."), self))
        layout.addWidget(self.text)
        layout.addWidget(buttons)


class FactsSection(ContactSection):
    """Private state: ``_contact`` the contact shown (id, name); ``rows`` the facts
    listed (tests); ``dialog`` the dialog open, if any; ``_one_thing_look`` the object
    name the "one thing" line was last styled with."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self._contact: tuple[ContactId, str] | None = None
        self.rows: list[facts.Fact] = []
        self.dialog: QDialog | None = None
        self._one_thing_look: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 14, 0, 0)
        layout.setSpacing(4)
        head = QHBoxLayout()
        title = QLabel(self.tr("Pinned").upper())
        title.setObjectName("sectionTitle")
        font = title.font()
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        title.setFont(font)
        head.addWidget(title)
        head.addStretch(1)
        self.pin_button = QPushButton(self.tr("Pin a Fact…"))
        self.pin_button.setToolTip(self.tr("Family, pets, goals, what they care about: "
                                           "shown here and on the briefing"))
        self.pin_button.clicked.connect(self.pin_fact)
        head.addWidget(self.pin_button)
        layout.addLayout(head)
        self._list = QVBoxLayout()
        self._list.setSpacing(2)
        layout.addLayout(self._list)
        one = QHBoxLayout()
        one.setSpacing(6)
        self.one_thing = _plain("")
        one.addWidget(self.one_thing, 1)
        self.renew_button = QToolButton()
        self.renew_button.setText(self.tr("Renew"))
        self.renew_button.setToolTip(self.tr("It still holds: keep it for another week"))
        self.renew_button.clicked.connect(self.renew_one_thing)
        self.change_button = QToolButton()
        self.change_button.setText(self.tr("Change…"))
        self.change_button.clicked.connect(self.change_one_thing)
        one.addWidget(self.renew_button, 0, Qt.AlignmentFlag.AlignTop)
        one.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(one)

    def show_contact(self, detail: ContactDetail) -> None:
        if detail.is_me:
            self._contact = None
            self.setVisible(False)
            return
        self._contact = (detail.id, detail.display_name)
        self.setVisible(True)
        rows = list(facts.facts(detail.id))
        # The same facts keep their rows: the pane refills after every change (a follow-up
        # done, a tag added; issue 18).
        if rows != self.rows or self._list.count() != len(rows):
            clear_layout(self._list)
            self.rows = rows
            for fact in self.rows:
                self._list.addWidget(self._row(fact))
        self._fill_one_thing(detail.id)

    def _row(self, fact: facts.Fact) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(6)
        kind = _plain(kinds.fact_kind(fact.kind), "fieldLabel")
        kind.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        kind.setMinimumWidth(kind.fontMetrics().horizontalAdvance(kinds.fact_kind("cares")) + 6)
        line.addWidget(kind, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(_plain(fact.text), 1)
        remove = QToolButton()
        remove.setText("×")
        remove.setAutoRaise(True)
        remove.setToolTip(self.tr("Unpin this fact (undo with Ctrl+Z)"))
        remove.setAccessibleName(self.tr("Unpin this fact"))
        remove.clicked.connect(lambda _=False, i=fact.id: self._ops.delete_fact(i))
        line.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        row.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        edit = QAction(self.tr("Edit…"), row)
        edit.triggered.connect(lambda _=False, f=fact: self.edit_fact(f))
        row.addAction(edit)
        return row

    def _fill_one_thing(self, contact_id: ContactId) -> None:
        state = briefing.one_thing_of(contact_id)
        today = dt.date.today()
        if not state.text:
            self.one_thing.setText(self.tr("One thing I can do for them: not chosen yet"))
            self.one_thing.setObjectName("hint")
            self.renew_button.hide()
            self.change_button.setText(self.tr("Choose…"))
        else:
            until = state.expires_on()
            active = state.is_active(today)
            text = (self.tr("One thing I can do: %1 (until %2)") if active and until
                    else self.tr("One thing I can do: %1 (expired %2)") if until
                    else self.tr("One thing I can do: %1"))
            self.one_thing.setText(text.replace(
                "%2", formatting.short_date(until, today) if until else "").replace(
                "%1", state.text))
            self.one_thing.setObjectName("" if active else "overdue")
            self.renew_button.setVisible(True)
            self.change_button.setText(self.tr("Change…"))
        if self.one_thing.objectName() != self._one_thing_look:  # restyled only then
            self._one_thing_look = self.one_thing.objectName()
            self.one_thing.style().unpolish(self.one_thing)
            self.one_thing.style().polish(self.one_thing)

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    @Slot()
    def pin_fact(self) -> QDialog | None:
        if self._contact is None or self.dialog is not None:
            return None
        cid = self._contact[0]
        dialog = FactDialog(self.tr("Pin a Fact about %1").replace("%1", self._contact[1]),
                            parent=self)
        dialog.accepted.connect(lambda: self._ops.add_fact(cid, *dialog.values()))
        return self._open(dialog)

    def edit_fact(self, fact: facts.Fact) -> QDialog | None:
        if self.dialog is not None:
            return None
        dialog = FactDialog(self.tr("Edit Pinned Fact"), fact.kind, fact.text, self)
        dialog.accepted.connect(lambda: self._ops.edit_fact(fact.id, *dialog.values()))
        return self._open(dialog)

    @Slot()
    def renew_one_thing(self) -> None:
        if self._contact is not None:
            cid = self._contact[0]
            self._ops.set_one_thing(cid, briefing.get_one_thing(cid), renew=True)

    @Slot()
    def change_one_thing(self) -> QDialog | None:
        if self._contact is None or self.dialog is not None:
            return None
        cid, name = self._contact
        dialog = OneThingDialog(name, briefing.get_one_thing(cid), self)
        dialog.accepted.connect(lambda: self._ops.set_one_thing(cid, dialog.text.text(),
                                                                renew=True))
        return self._open(dialog)
