"""The contact editor: every field of ``ContactFields`` plus the photo, in one dialog.

Saving is one undoable step ("Edit Ana Silva"; a photo change joins it in one macro).
A value the services refuse is reported inline and the dialog stays open with
everything the user typed. The photo and the names are ``editor_header.NameHeader``; the
rows of e-mails, phones, addresses and dates are ``editor_fields``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import (
    QIntValidator,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.services import contacts, tags
from desktop.services.errors import ServiceError
from desktop.services.types import ContactFields, ContactId
from desktop.ui.common import fit, focus, formatting, tokens
from desktop.ui.common.translatable import QT_TRANSLATE_NOOP
from desktop.ui.contacts.editor_fields import (
    EMAIL_KINDS,
    PHONE_KINDS,
    URL_KINDS,
    AddressRows,
    AlignedForm,
    DateField,
    ValueRows,
    editor_style,
    editor_tr,
    section_title,
)
from desktop.ui.contacts.editor_header import NameHeader, line_edit
from desktop.ui.contacts.tag_chips import ChipTag, TagChips
from desktop.ui.operations import Operations
from desktop.ui.operations.commands import command_text

# The tables below are translated where they are shown (editor_tr, the dialog's context).
STAGE_CHOICES: tuple[tuple[str, str], ...] = (
    ("connected", QT_TRANSLATE_NOOP("ContactEditorDialog", "Connected — we exchanged details")),
    ("acquainted",
     QT_TRANSLATE_NOOP("ContactEditorDialog", "Acquainted — we talked, found common ground")),
    ("relationship",
     QT_TRANSLATE_NOOP("ContactEditorDialog", "Relationship — we know and like each other")),
    ("trusted",
     QT_TRANSLATE_NOOP("ContactEditorDialog", "Trusted — we refer and vouch for each other")),
)
MAX_CADENCE_DAYS = 36_500


class ContactEditorDialog(QDialog):
    """Create (``contact_id`` None) or edit a contact.

    Private state: ``_original`` is the contact's fields when the dialog opened (None
    when creating). The photo and the names live in ``header`` (``NameHeader``).
    """

    saved = Signal(object)  # ContactId, after a successful save

    def __init__(self, ops: Operations, contact_id: ContactId | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.contact_id = contact_id
        self.is_new = contact_id is None
        detail = contacts.get_contact(contact_id) if contact_id is not None else None
        self._original: ContactFields | None = detail.fields if detail else None
        self._is_me = bool(detail and detail.is_me)
        photo = contacts.get_photo(detail.id) if detail and detail.has_photo else None
        fields = self._original or ContactFields()

        title = (self.tr("New contact") if self.is_new else
                 self.tr("Edit %1").replace("%1", detail.display_name if detail else ""))
        self.setWindowTitle(title)
        tokens.styled(self, editor_style)
        self.resize(640, 760)
        fit.to_screen(self)  # a small screen: the content scrolls, the buttons show
        self.setSizeGripEnabled(True)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 12)
        outer.setSpacing(8)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorBanner")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        banner_box = QHBoxLayout()
        banner_box.setContentsMargins(16, 12, 16, 0)
        banner_box.addWidget(self.error_label)
        outer.addLayout(banner_box)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll, 1)
        content = QWidget()
        scroll.setWidget(content)
        self._body = QVBoxLayout(content)
        self._body.setContentsMargins(20, 8, 20, 8)
        self._body.setSpacing(6)

        self.header = NameHeader(fields, photo)
        self.header.photo_refused.connect(self._show_error)
        self.header.photo_taken.connect(self.error_label.hide)
        self._body.addWidget(self.header)
        self._build_work(fields)
        self._build_contact(fields)
        self._build_dates(fields)
        self._build_relationship(fields)
        self._build_tags(fields)
        self._build_note(fields)
        self._body.addStretch(1)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Ctrl+Return)"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        button_row = QHBoxLayout()
        button_row.setContentsMargins(20, 0, 20, 0)
        shortcut_hint = QLabel(self.tr("Ctrl+Return saves · Esc cancels"))
        shortcut_hint.setObjectName("fieldHint")
        button_row.addWidget(shortcut_hint)
        button_row.addStretch(1)
        button_row.addWidget(buttons)
        outer.addLayout(button_row)

        for keys in (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter"),
                     QKeySequence(QKeySequence.StandardKey.Save)):
            QShortcut(keys, self, self.save)
        self.header.given_edit.setFocus()

    # --- building the form --------------------------------------------------------------

    def _section(self, title: str) -> None:
        self._body.addSpacing(12)
        self._body.addWidget(section_title(title))

    def _build_work(self, f: ContactFields) -> None:
        self._section(self.tr("Work"))
        form = AlignedForm()
        self.organization_edit = line_edit(f.organization)
        self.department_edit = line_edit(f.department)
        self.title_edit = line_edit(f.title)
        form.addRow(self.tr("Organisation"), self.organization_edit)
        form.addRow(self.tr("Department"), self.department_edit)
        form.addRow(self.tr("Job title"), self.title_edit)
        self._body.addLayout(form)

    def _build_contact(self, f: ContactFields) -> None:
        self._section(self.tr("Contact details"))
        form = AlignedForm()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.email_rows = ValueRows("email", EMAIL_KINDS, self.tr("name@example.com"),
                                   check=contacts.check_email)
        self.email_rows.set_values(f.emails)
        self.phone_rows = ValueRows("phone", PHONE_KINDS, "+44 20 7946 0018")
        self.phone_rows.set_values(f.phones)
        self.url_rows = ValueRows("website", URL_KINDS, self.tr("https://…"))
        self.url_rows.set_values(f.urls)
        self.address_rows = AddressRows()
        self.address_rows.set_values(f.addresses)
        form.addRow(self.tr("Email"), self.email_rows)
        form.addRow(self.tr("Phone"), self.phone_rows)
        form.addRow(self.tr("Web"), self.url_rows)
        form.addRow(self.tr("Address"), self.address_rows)
        self._body.addLayout(form)

    def _build_dates(self, f: ContactFields) -> None:
        self._section(self.tr("Dates"))
        form = AlignedForm()
        self.birthday_field = DateField(formatting.date_placeholder())
        self.birthday_field.set_value(f.birthday)
        self.anniversary_field = DateField(formatting.date_placeholder())
        self.anniversary_field.set_value(f.anniversary)
        form.addRow(self.tr("Birthday"), self.birthday_field)
        form.addRow(self.tr("Anniversary"), self.anniversary_field)
        self._body.addLayout(form)

    def _build_relationship(self, f: ContactFields) -> None:
        self._section(self.tr("Relationship"))
        form = AlignedForm()
        self.stage_combo = QComboBox()
        for key, label in STAGE_CHOICES:
            self.stage_combo.addItem(editor_tr(label), key)
        self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(f.stage)))
        # The choices are sentences (French ones are long): the box may be narrower than
        # the longest and elides it; the list shows them whole, the tooltip the chosen one.
        self.stage_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.stage_combo.setMinimumContentsLength(24)
        self.stage_combo.setToolTip(self.stage_combo.currentText())
        self.stage_combo.currentTextChanged.connect(self.stage_combo.setToolTip)
        self.how_we_met_edit = line_edit(f.how_we_met, self.tr("At the PyCon sprint, via Bo…"))
        self.met_on_field = DateField(formatting.date_placeholder(year_required=True),
                                      year_required=True)
        self.met_on_field.set_value(f.met_on.isoformat() if f.met_on else None)
        self.cadence_edit = QLineEdit(
            "" if f.keep_in_touch_days is None else str(f.keep_in_touch_days))
        self.cadence_edit.setValidator(QIntValidator(0, MAX_CADENCE_DAYS, self))
        self.cadence_edit.setPlaceholderText("none")
        self.cadence_edit.setMaximumWidth(80)
        cadence_row = QHBoxLayout()
        cadence_row.setSpacing(8)
        cadence_row.addWidget(QLabel("every"))
        cadence_row.addWidget(self.cadence_edit)
        cadence_row.addWidget(QLabel("days"))
        empty_hint = QLabel(self.tr("leave empty for no reminder"))
        empty_hint.setObjectName("fieldHint")
        cadence_row.addWidget(empty_hint)
        cadence_row.addStretch(1)
        form.addRow(self.tr("Stage"), self.stage_combo)
        form.addRow(self.tr("How we met"), self.how_we_met_edit)
        form.addRow(self.tr("Met on"), self.met_on_field)
        form.addRow(self.tr("Keep in touch"), cadence_row)
        self.cadence_edit.setAccessibleName(self.tr("Keep in touch every so many days"))
        self._body.addLayout(form)
        if self._is_me:
            self.stage_combo.setEnabled(False)

    def _build_tags(self, f: ContactFields) -> None:
        self._section(self.tr("Tags"))
        self.tag_chips = TagChips(removable=True, addable=True)
        known = [ChipTag(t.name, t.colour, t.category) for t in tags.list_tags()]
        by_name = {t.name.casefold(): t for t in known}
        self.tag_chips.set_known_tags(known)
        self.tag_chips.set_tags([by_name.get(n.casefold(), ChipTag(n)) for n in f.tags])
        self._body.addWidget(self.tag_chips)

    def _build_note(self, f: ContactFields) -> None:
        self._section(self.tr("Notes"))
        self.note_edit = QPlainTextEdit(f.note or "")
        self.note_edit.setPlaceholderText(
            self.tr("Family, hobbies, what they are working on, what you promised…"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setAccessibleName(self.tr("Notes"))
        self.note_edit.setMinimumHeight(120)
        self.note_edit.setSizePolicy(QSizePolicy.Policy.Expanding,
                                     QSizePolicy.Policy.Expanding)
        self._body.addWidget(self.note_edit)

    # --- saving -------------------------------------------------------------------------

    def fields(self) -> ContactFields:
        """The form as ``ContactFields``; raises ServiceError naming the field at fault."""
        names = self.header.name_fields()
        full_name = self.header.full_name()
        email_problem = self.email_rows.check()
        if email_problem:
            raise ServiceError(self.tr("Email: %1").replace("%1", str(email_problem)))
        birthday = self._checked(self.tr("Birthday"), self.birthday_field.value)
        anniversary = self._checked(self.tr("Anniversary"), self.anniversary_field.value)
        met_on_text = self._checked(self.tr("Met on"), self.met_on_field.value)
        cadence_text = self.cadence_edit.text().strip()
        cadence = int(cadence_text) if cadence_text else None
        if cadence is not None and not 0 <= cadence <= MAX_CADENCE_DAYS:
            raise ServiceError(self.tr("Keep in touch: 0 to %1 days").replace(
                "%1", formatting.number(MAX_CADENCE_DAYS)))
        note = self.note_edit.toPlainText()
        original_note = self._original.note if self._original else None
        return replace(
            names,
            full_name=full_name,
            nickname=self.header.nickname_edit.text().strip(),
            organization=self.organization_edit.text().strip(),
            department=self.department_edit.text().strip(),
            title=self.title_edit.text().strip(),
            birthday=birthday,
            anniversary=anniversary,
            # An untouched empty note stays None rather than becoming "".
            note=note if note.strip() else (original_note if original_note == note else None),
            how_we_met=self.how_we_met_edit.text().strip(),
            met_on=dt.date.fromisoformat(met_on_text) if met_on_text else None,
            stage=str(self.stage_combo.currentData()),
            keep_in_touch_days=cadence,
            emails=self.email_rows.values(),
            phones=self.phone_rows.values(),
            addresses=self.address_rows.values(),
            urls=self.url_rows.values(),
            tags=self.tag_chips.tag_names(),
        )

    @staticmethod
    def _checked(label: str, read: Callable[[], str | None]) -> str | None:
        try:
            return read()
        except ServiceError as exc:
            raise ServiceError(f"{label}: {exc}") from exc

    def _show_error(self, message: str) -> None:
        text = message[:1].upper() + message[1:]
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab in reading order: rows added by "+ Add email" come before the button
        on screen, but after it in Qt's chain (the order widgets were created)."""
        if focus.move_focus(focus.tab_stops(self), QApplication.focusWidget(), next):
            return True
        return super().focusNextPrevChild(next)

    @Slot()
    def save(self) -> None:
        """Validate, save through Operations as one undoable step, and close; on a refusal,
        say why and keep the dialog open with everything as typed."""
        try:
            fields = self.fields()
        except ServiceError as exc:
            self._show_error(str(exc))
            return
        if not (fields.full_name or fields.organization or fields.emails or fields.phones):
            self._show_error(
                self.tr("Give this contact a name, an organisation, an email or a phone."))
            self.header.given_edit.setFocus()
            return
        failures: list[str] = []

        def failed(message: str) -> None:
            failures.append(message)

        self._ops.failed.connect(failed)
        stack = self._ops.undo_stack
        name = fields.full_name or fields.organization or self.tr("contact")
        photo, macro = self.header.photo, self.header.photo_changed
        try:
            if macro:
                stack.beginMacro(command_text(
                    (self.tr("New %1") if self.is_new else self.tr("Edit %1")).replace("%1", name)))
            try:
                if self.contact_id is None:
                    created = self._ops.create_contact(fields)
                    ok = created is not None
                    if created is not None:
                        self.contact_id = created
                else:
                    ok = self._ops.update_contact(self.contact_id, fields, self._original)
                if ok and macro and self.contact_id is not None:
                    data, mime = photo if photo else (None, "image/jpeg")
                    ok = self._ops.set_photo(self.contact_id, data, mime)
            finally:
                if macro:
                    stack.endMacro()
        finally:
            self._ops.failed.disconnect(failed)
        if not ok or self.contact_id is None:
            self._show_error(failures[0] if failures else
                             self.tr("The contact could not be saved."))
            return
        self.saved.emit(self.contact_id)
        self.accept()

