"""The people picker (issue 14): ONE way to choose a contact by typing a name, in every
dialog.

What the user types is matched by ``contacts.find_contacts`` (through
``graph.find_people``, which adds who has a namesake): an id ("#12"), else the whole name,
else names with a word starting with it, case- and accent-insensitively ("ana" finds Ana
Silva and Mariana Ana Costa, not Tanaka nor someone whose notes mention Ana). People
who share a name are offered with their organisation ("Ana Silva (Lumen Labs)"), or their
number when that is the same too, so the user never picks the wrong one by chance; a typed
name that means two people resolves to nobody until one is chosen.

    picker = PeoplePicker(self.tr("Type a name…"), self)
    picker.person_chosen.connect(on_person)   # a graph.PersonRef, when one is picked
    picker.contact_id()                        # the chosen (or uniquely typed) person
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from desktop.services import graph
from desktop.services.types import ContactId

OFFERED = 20  # people offered at most; more typing narrows it


class PeoplePicker(QLineEdit):
    """A name field that offers the matching contacts as you type.

    *clear_on_choose*: the field empties once someone is picked (adding people one after
    another to a list); otherwise it keeps the chosen person's label.

    Private state: ``_choices`` maps each label offered (or set) to its person;
    ``_model`` holds the labels the popup shows, in ``find_contacts`` order.
    """

    person_chosen = Signal(object)  # graph.PersonRef

    def __init__(self, placeholder: str = "", parent: QWidget | None = None, *,
                 clear_on_choose: bool = False) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(placeholder or self.tr("Person"))
        self.setClearButtonEnabled(True)
        self._clear_on_choose = clear_on_choose
        self._choices: dict[str, graph.PersonRef] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        # The service already matched (accents folded, words starting with the text): the
        # popup shows its answer as it is, never filtered again by Qt's own matching.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        completer.activated[str].connect(self._activated)  # type: ignore[index]
        self.setCompleter(completer)
        self.textEdited.connect(self._offer)
        self.returnPressed.connect(self._typed)

    # --- what the user sees ----------------------------------------------------------------

    def offered(self) -> list[str]:
        """The labels offered for what was typed, best first."""
        return self._model.stringList()

    def set_person(self, person: graph.PersonRef | None) -> None:
        """Show *person* as chosen (None: empty the field)."""
        if person is None:
            self.clear()
            return
        self._choices[person.label] = person
        self.setText(person.label)

    def choose(self, label: str) -> bool:
        """Pick the offered *label*, as a click in the popup does."""
        person = self._choices.get(label)
        if person is None:
            return False
        self._pick(person)
        return True

    # --- what was chosen -----------------------------------------------------------------

    def person(self) -> graph.PersonRef | None:
        """The chosen person: an offered label, else the one contact the text names (never
        the first of several)."""
        text = self.text().strip()
        if not text:
            return None
        if text in self._choices:
            return self._choices[text]
        found = graph.find_people(text, limit=2)
        return found[0] if len(found) == 1 else None

    def contact_id(self) -> ContactId | None:
        person = self.person()
        return person.id if person is not None else None

    # --- behind the scenes -----------------------------------------------------------------

    @Slot(str)
    def _offer(self, text: str) -> None:
        found = graph.find_people(text, limit=OFFERED) if text.strip() else []
        labels: list[str] = []
        for person in found:
            label = person.label if person.label not in labels else f"{person.name} " \
                f"(#{person.id})"
            self._choices[label] = person
            labels.append(label)
        self._model.setStringList(labels)

    @Slot(str)
    def _activated(self, label: str) -> None:
        self.choose(label)

    @Slot()
    def _typed(self) -> None:
        """Enter: the person the text names, when it names one."""
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        if popup is not None and popup.isVisible():
            return  # the popup's own Enter picks its current row
        person = self.person()
        if person is not None:
            self._pick(person)

    def _pick(self, person: graph.PersonRef) -> None:
        self._choices[person.label] = person
        self.person_chosen.emit(person)
        if self._clear_on_choose:
            self.clear()
            # The completer writes the chosen text in after its signal: clear that too.
            QTimer.singleShot(0, self.clear)
        else:
            self.setText(person.label)
