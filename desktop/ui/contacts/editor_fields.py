"""The contact editor's building blocks: kinds of values, date field, rows of values and
addresses, and the aligned form they sit in.

Texts shown here are translated in the editor's context ("ContactEditorDialog").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.errors import ServiceError
from desktop.services.types import LabeledValue, PostalAddress
from desktop.ui.common import formatting, tokens
from desktop.ui.common.translatable import QT_TRANSLATE_NOOP

EMAIL_KINDS = (
    ("home", QT_TRANSLATE_NOOP("ContactEditorDialog", "Home")),
    ("work", QT_TRANSLATE_NOOP("ContactEditorDialog", "Work")),
    ("other", QT_TRANSLATE_NOOP("ContactEditorDialog", "Other")),
)
PHONE_KINDS = (
    ("cell", QT_TRANSLATE_NOOP("ContactEditorDialog", "Mobile")),
    ("home", QT_TRANSLATE_NOOP("ContactEditorDialog", "Home")),
    ("work", QT_TRANSLATE_NOOP("ContactEditorDialog", "Work")),
    ("other", QT_TRANSLATE_NOOP("ContactEditorDialog", "Other")),
)
URL_KINDS = (
    ("home", QT_TRANSLATE_NOOP("ContactEditorDialog", "Personal")),
    ("work", QT_TRANSLATE_NOOP("ContactEditorDialog", "Work")),
    ("other", QT_TRANSLATE_NOOP("ContactEditorDialog", "Other")),
)
ADDRESS_KINDS = (
    ("home", QT_TRANSLATE_NOOP("ContactEditorDialog", "Home")),
    ("work", QT_TRANSLATE_NOOP("ContactEditorDialog", "Work")),
    ("other", QT_TRANSLATE_NOOP("ContactEditorDialog", "Other")),
)

def editor_style(palette: QPalette) -> str:
    """Hints, errors and the error banner from the colour tokens (readable in light and
    dark)."""
    c = tokens.colours(palette)
    banner_bg, banner_border, banner_fg = tokens.tint(tokens.ERROR, palette)
    return f"""
QLabel#sectionTitle {{ color: {c.muted}; font-size: 11px; font-weight: 600; }}
QLabel#fieldHint {{ color: {c.muted}; font-size: 11px; }}
QLabel#fieldError {{ color: {c.error}; font-size: 11px; }}
QLabel#errorBanner {{ background: {banner_bg}; color: {banner_fg};
    border: 1px solid {banner_border}; border-radius: 6px; padding: 6px 10px; }}
QLineEdit[invalid="true"] {{ border: 1px solid {c.error}; border-radius: 3px; }}
QToolButton#removeRow {{ border: none; color: {c.muted}; font-size: 14px; }}
QToolButton#removeRow:hover {{ color: {c.error}; }}
QPushButton#addRow {{ border: none; color: palette(link); text-align: left; padding: 2px 0; }}
"""


def parse_user_date(text: str, *, year_required: bool = False) -> str | None:
    """What the user typed as a date -> "YYYY-MM-DD" or "--MM-DD" (None if empty), read by
    ``formatting.parse_date`` ("4 March 1980", "4 March", the user's own language and
    numeric style, ISO); raises ServiceError with a one-line reason."""
    try:
        return formatting.parse_date(text, year_required=year_required)
    except formatting.DateError as exc:
        raise ServiceError(str(exc)) from exc


def describe_date(iso: str) -> str:
    """"1980-03-04" -> "4 March 1980"; "--03-04" -> "4 March"."""
    return formatting.partial_date(iso)


class AlignedForm(QFormLayout):
    """A form whose label column has one width in every section, so fields line up."""

    LABEL_WIDTH = 96

    def __init__(self) -> None:
        super().__init__()
        self.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.setHorizontalSpacing(12)
        self.setVerticalSpacing(8)

    def addRow(self, label: object, field: object) -> None:  # type: ignore[override]
        if isinstance(label, str):
            text = QLabel(label)
            text.setMinimumWidth(self.LABEL_WIDTH)
            text.setAlignment(self.labelAlignment())
            # The label names its field for screen readers (and Alt+letter, if any).
            if isinstance(field, QWidget):
                text.setBuddy(getattr(field, "edit", field))
            label = text
        super().addRow(label, field)  # type: ignore[call-overload]


def section_title(text: str) -> QLabel:
    label = QLabel(text.upper())
    label.setObjectName("sectionTitle")
    return label


class DateField(QWidget):
    """A date the user types, with a live reading ("4 March 1980") or a reason it is wrong."""

    def __init__(self, placeholder: str, *, year_required: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._year_required = year_required
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setMaximumWidth(220)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setObjectName("fieldHint")
        self.status.setVisible(False)
        layout.addWidget(self.edit)
        layout.addWidget(self.status)
        self.edit.textChanged.connect(self._update_status)

    def set_value(self, iso: str | None) -> None:
        """Show *iso* the way people write dates ("4 March 1980", "4 March")."""
        try:
            self.edit.setText(describe_date(iso) if iso else "")
        except (ValueError, IndexError):
            self.edit.setText(iso or "")

    def value(self) -> str | None:
        """The ISO text; raises ServiceError when it does not read as a date."""
        return parse_user_date(self.edit.text(), year_required=self._year_required)

    @Slot()
    def _update_status(self) -> None:
        try:
            iso = self.value()
        except ServiceError as exc:
            self._show(str(exc), error=True)
            return
        typed = " ".join(self.edit.text().split())
        if iso is None or describe_date(iso).casefold() == typed.casefold():
            self._show("", error=False)
        else:
            reading = describe_date(iso)
            self._show(reading if iso[:2] != "--"
                       else QCoreApplication.translate("ContactEditorDialog", "%1 (year unknown)")
                       .replace("%1", reading), error=False)

    def _show(self, text: str, *, error: bool) -> None:
        self.status.setObjectName("fieldError" if error else "fieldHint")
        self.status.setStyleSheet(self.status.styleSheet())  # re-polish for the new name
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.edit.setProperty("invalid", error)
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)


def _kind_combo(kinds: Sequence[tuple[str, str]], current: str) -> QComboBox:
    combo = QComboBox()
    for key, label in kinds:
        combo.addItem(editor_tr(label), key)
    index = combo.findData(current)
    if index < 0:
        # A value whose card gave it no type keeps none (saving unchanged must not change
        # the card, issue 11); a kind from an imported card ("voice", "x-skype") is kept.
        combo.addItem(current or "—", current)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))
    combo.setFixedWidth(96)
    return combo


def _remove_button(tooltip: str) -> QToolButton:
    button = QToolButton()
    button.setObjectName("removeRow")
    button.setText("\u00d7")  # multiplication sign
    button.setToolTip(tooltip)
    button.setAccessibleName(tooltip)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def editor_tr(text: str) -> str:
    """*text* in the editor's translation context."""
    return QCoreApplication.translate("ContactEditorDialog", text)


_ADD = {
    "email": QT_TRANSLATE_NOOP("ContactEditorDialog", "+ Add email"),
    "phone": QT_TRANSLATE_NOOP("ContactEditorDialog", "+ Add phone"),
    "website": QT_TRANSLATE_NOOP("ContactEditorDialog", "+ Add website"),
}
_REMOVE = {
    "email": QT_TRANSLATE_NOOP("ContactEditorDialog", "Remove this email"),
    "phone": QT_TRANSLATE_NOOP("ContactEditorDialog", "Remove this phone"),
    "website": QT_TRANSLATE_NOOP("ContactEditorDialog", "Remove this website"),
}
# Screen readers' names of a row's value and its kind box.
_VALUE_NAME = {
    "email": QT_TRANSLATE_NOOP("ContactEditorDialog", "Email"),
    "phone": QT_TRANSLATE_NOOP("ContactEditorDialog", "Phone"),
    "website": QT_TRANSLATE_NOOP("ContactEditorDialog", "Website"),
}
_KIND_NAME = {
    "email": QT_TRANSLATE_NOOP("ContactEditorDialog", "Kind of email"),
    "phone": QT_TRANSLATE_NOOP("ContactEditorDialog", "Kind of phone"),
    "website": QT_TRANSLATE_NOOP("ContactEditorDialog", "Kind of website"),
}


class ValueRows(QWidget):
    """Repeatable kind + value rows (emails, phones, web addresses) with add and remove.

    Private state: ``_rows`` holds, per row, the widgets and the value it was loaded
    from, so the label and "preferred" flag an imported card carried survive an edit;
    ``_check`` (optional) refuses a value with a ServiceError, shown under its row
    (``_errors``) when the field is left or saved; a value as loaded is not re-checked
    (the service keeps what a contact already has, e.g. from an imported card).
    """

    def __init__(self, noun: str, kinds: Sequence[tuple[str, str]], placeholder: str,
                 parent: QWidget | None = None,
                 check: Callable[[str], object] | None = None) -> None:
        super().__init__(parent)
        self._noun = noun
        self._kinds = kinds
        self._placeholder = placeholder
        self._check = check
        self._rows: list[tuple[QWidget, QComboBox, QLineEdit, LabeledValue]] = []
        self._errors: dict[QLineEdit, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(4)
        layout.addLayout(self._rows_layout)
        self.add_button = QPushButton(editor_tr(_ADD[noun]))
        self.add_button.setObjectName("addRow")
        self.add_button.setAutoDefault(False)
        self.add_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_values(self, values: Sequence[LabeledValue]) -> None:
        for row, *_ in self._rows:
            row.deleteLater()
        self._rows = []
        for value in values:
            self.add_row(value)

    def add_row(self, value: LabeledValue | None = None, focus: bool = False) -> QLineEdit:
        original = value or LabeledValue("", self._kinds[0][0])
        row = QWidget()
        v = QVBoxLayout(row)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        h = QHBoxLayout()
        h.setContentsMargins(0, 0, 0, 0)
        h.setSpacing(6)
        v.addLayout(h)
        combo = _kind_combo(self._kinds, original.kind)
        edit = QLineEdit(original.value)
        edit.setPlaceholderText(self._placeholder)
        edit.setAccessibleName(editor_tr(_VALUE_NAME[self._noun]))
        combo.setAccessibleName(editor_tr(_KIND_NAME[self._noun]))
        remove = _remove_button(editor_tr(_REMOVE[self._noun]))
        h.addWidget(combo)
        h.addWidget(edit, 1)
        h.addWidget(remove)
        if self._check is not None:
            error = QLabel()
            error.setObjectName("fieldError")
            error.setTextFormat(Qt.TextFormat.PlainText)
            error.setWordWrap(True)
            error.setVisible(False)
            error.setContentsMargins(combo.width() + h.spacing(), 0, 0, 0)
            v.addWidget(error)
            self._errors[edit] = error
            edit.editingFinished.connect(lambda: self._check_row(edit, original))
            # Once shown, the reason follows the typing (and goes when it is right).
            edit.textChanged.connect(
                lambda: self._check_row(edit, original) if error.isVisibleTo(self) else None)
        entry = (row, combo, edit, original)
        remove.clicked.connect(lambda: self._remove(entry))
        self._rows.append(entry)
        self._rows_layout.addWidget(row)
        if focus:
            edit.setFocus()
        return edit

    def _remove(self, entry: tuple[QWidget, QComboBox, QLineEdit, LabeledValue]) -> None:
        if entry in self._rows:
            self._rows.remove(entry)
            self._errors.pop(entry[2], None)
            entry[0].deleteLater()

    def _check_row(self, edit: QLineEdit, original: LabeledValue) -> str:
        """Check one row's value; show the reason under it. The reason, or ""."""
        error = self._errors.get(edit)
        if error is None or self._check is None:
            return ""
        text = edit.text().strip()
        message = ""
        if text and text != original.value.strip():
            try:
                self._check(text)
            except ServiceError as exc:
                message = str(exc)
        error.setText(message)
        error.setVisible(bool(message))
        edit.setProperty("invalid", bool(message))
        edit.style().unpolish(edit)
        edit.style().polish(edit)
        return message

    def check(self) -> str:
        """Check every row (reasons shown under each); the first reason, or ""."""
        first = ""
        for _row, _combo, edit, original in self._rows:
            message = self._check_row(edit, original)
            if message and not first:
                first = message
                edit.setFocus()
        return first

    def values(self) -> tuple[LabeledValue, ...]:
        out = []
        for _row, combo, edit, original in self._rows:
            text = edit.text().strip()
            if not text:
                continue
            kind = str(combo.currentData())
            label = original.label if kind == original.kind else None
            # The value keeps what its card said about it (IMPP, item group, parameters).
            out.append(replace(original, value=text, kind=kind, label=label))
        return tuple(out)


class AddressRows(QWidget):
    """Repeatable postal addresses (street, locality, region, postal code, country).

    Private state: ``_rows`` holds, per address, its widgets and the address it was
    loaded from (P.O. box, extended address and label are kept as they were).
    """

    FIELDS = (
        ("street", QT_TRANSLATE_NOOP("ContactEditorDialog", "Street")),
        ("locality", QT_TRANSLATE_NOOP("ContactEditorDialog", "City")),
        ("region", QT_TRANSLATE_NOOP("ContactEditorDialog", "Region / state")),
        ("postal_code", QT_TRANSLATE_NOOP("ContactEditorDialog", "Postal code")),
        ("country", QT_TRANSLATE_NOOP("ContactEditorDialog", "Country")),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[QWidget, QComboBox, dict[str, QLineEdit], PostalAddress]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(10)
        layout.addLayout(self._rows_layout)
        self.add_button = QPushButton(self.tr("+ Add address"))
        self.add_button.setObjectName("addRow")
        self.add_button.setAutoDefault(False)
        self.add_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_values(self, values: Sequence[PostalAddress]) -> None:
        for row, *_ in self._rows:
            row.deleteLater()
        self._rows = []
        for value in values:
            self.add_row(value)

    def add_row(self, value: PostalAddress | None = None, focus: bool = False) -> None:
        original = value or PostalAddress(kind="home")
        row = QWidget()
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        combo = _kind_combo(ADDRESS_KINDS, original.kind)
        combo.setAccessibleName(
            QCoreApplication.translate("ContactEditorDialog", "Kind of address"))
        grid.addWidget(combo, 0, 0, Qt.AlignmentFlag.AlignTop)
        edits: dict[str, QLineEdit] = {}
        for name, placeholder in self.FIELDS:
            edit = QLineEdit(str(getattr(original, name)))
            edit.setPlaceholderText(editor_tr(placeholder))
            edit.setAccessibleName(editor_tr(placeholder))
            edits[name] = edit
        grid.addWidget(edits["street"], 0, 1, 1, 2)
        grid.addWidget(edits["locality"], 1, 1)
        grid.addWidget(edits["region"], 1, 2)
        grid.addWidget(edits["postal_code"], 2, 1)
        grid.addWidget(edits["country"], 2, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        remove = _remove_button(self.tr("Remove this address"))
        grid.addWidget(remove, 0, 3, Qt.AlignmentFlag.AlignTop)
        entry = (row, combo, edits, original)
        remove.clicked.connect(lambda: self._remove(entry))
        self._rows.append(entry)
        self._rows_layout.addWidget(row)
        if focus:
            edits["street"].setFocus()

    def _remove(self, entry: tuple[QWidget, QComboBox, dict[str, QLineEdit], PostalAddress]
                ) -> None:
        if entry in self._rows:
            self._rows.remove(entry)
            entry[0].deleteLater()

    def values(self) -> tuple[PostalAddress, ...]:
        out = []
        for _row, combo, edits, original in self._rows:
            kind = str(combo.currentData())
            address = replace(
                original,
                street=edits["street"].text().strip(),
                locality=edits["locality"].text().strip(),
                region=edits["region"].text().strip(),
                postal_code=edits["postal_code"].text().strip(),
                country=edits["country"].text().strip(),
                kind=kind,
                label=original.label if kind == original.kind else None,
            )
            if not address.is_empty():
                out.append(address)
        return tuple(out)
