"""The capture review as a tree: one row per person, under it what would be logged with
them; a check box on each to accept or skip, and "never capture" per person.

Private state: ``_preview`` is the review shown; ``_entries[row]`` the entries of person
``row`` (in time order); ``_skip_keys``/``_skip_people``/``_never`` the user's choices, as
``engine.CaptureChoice`` wants them. A child index carries its parent's row + 1 as its
internal id (top-level rows carry 0).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from desktop.services.capture.engine import CaptureChoice, CapturePreview, Entry, PersonPlan
from desktop.services.types import ContactId
from desktop.ui.common import formatting
from desktop.ui.common.plain_text import plain_tooltip

AnyIndex = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate


class CaptureReviewModel(QAbstractItemModel):
    NAME, WHEN, WHAT, VIA = range(4)
    ContactIdRole = Qt.ItemDataRole.UserRole + 1
    EntryKeyRole = Qt.ItemDataRole.UserRole + 2

    choices_changed = Signal()

    def __init__(self, preview: CapturePreview, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._preview = preview
        self._entries: list[list[Entry]] = []
        self._skip_keys: set[str] = set()
        self._skip_people: set[ContactId] = set()
        self._never: set[str] = set()
        self._load(preview)

    def _load(self, preview: CapturePreview) -> None:
        self._preview = preview
        self._entries = []
        for person in preview.people:
            found = [preview.entry(k) for k in person.entry_keys]
            self._entries.append(sorted((e for e in found if e is not None),
                                        key=lambda e: e.when, reverse=True))

    def set_preview(self, preview: CapturePreview) -> None:
        """A new review of the same sources (after adding a contact): choices are kept."""
        self.beginResetModel()
        self._load(preview)
        self.endResetModel()
        self.choices_changed.emit()

    @property
    def preview(self) -> CapturePreview:
        return self._preview

    # --- Qt ---------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._preview.people)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._entries[parent.row()])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Person / what"), self.tr("When"), self.tr("Kind"),
                    self.tr("Recognised by"))[section] if 0 <= section < 4 else None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.internalId() != 0:
            person = self._preview.people[int(index.internalId()) - 1]
            if not self._person_on(person):
                flags &= ~Qt.ItemFlag.ItemIsEnabled
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._person_data(self._preview.people[index.row()], index.column(), role)
        person = self._preview.people[int(index.internalId()) - 1]
        entry = self._entries[int(index.internalId()) - 1][index.row()]
        return self._entry_data(person, entry, index.column(), role)

    def setData(self, index: AnyIndex, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() \
                or index.column() != self.NAME:
            return False
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        if index.internalId() == 0:
            person = self._preview.people[index.row()]
            if on:
                self._skip_people.discard(person.contact_id)
                self._never.difference_update(a.casefold() for a in person.addresses)
            else:
                self._skip_people.add(person.contact_id)
            self._changed_person(index.row())
        else:
            entry = self._entries[int(index.internalId()) - 1][index.row()]
            if on:
                self._skip_keys.discard(entry.key)
            else:
                self._skip_keys.add(entry.key)
            self._changed_entry(entry.key)
        self.choices_changed.emit()
        return True

    # --- display ----------------------------------------------------------------------

    def _person_on(self, person: PersonPlan) -> bool:
        return person.contact_id not in self._skip_people and not self.is_never(person)

    def is_never(self, person: PersonPlan) -> bool:
        return bool(person.addresses) and all(a.casefold() in self._never
                                              for a in person.addresses)

    def _person_data(self, person: PersonPlan, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return person.name
            if column == self.WHEN:
                return formatting.short_date(person.last.date()) if person.last else ""
            if column == self.WHAT:
                return self.person_summary(person)
            if column == self.VIA:
                text = ", ".join(person.addresses)
                return self.tr("never captured: {0}").format(text) if self.is_never(person) \
                    else text
        elif role == Qt.ItemDataRole.CheckStateRole and column == self.NAME:
            return Qt.CheckState.Checked if self._person_on(person) else Qt.CheckState.Unchecked
        elif role == Qt.ItemDataRole.FontRole and column == self.NAME:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        elif role == Qt.ItemDataRole.ToolTipRole and column in (self.NAME, self.VIA):
            return plain_tooltip(f"{person.name} <{', '.join(person.addresses)}>")
        elif role == self.ContactIdRole:
            return int(person.contact_id)
        return None

    @staticmethod
    def person_summary(person: PersonPlan) -> str:
        bits = []
        if person.meetings:
            bits.append(translate("CaptureReviewModel", "1 meeting") if person.meetings == 1
                        else translate("CaptureReviewModel", "{0} meetings").format(
                            person.meetings))
        if person.planned:
            bits.append(translate("CaptureReviewModel", "{0} planned").format(person.planned))
        if person.messages:
            bits.append(translate("CaptureReviewModel", "1 message day") if person.messages == 1
                        else translate("CaptureReviewModel", "{0} message days").format(
                            person.messages))
        changed = len(person.entry_keys) - person.meetings - person.planned - person.messages
        if changed:
            bits.append(translate("CaptureReviewModel", "{0} changed").format(changed))
        return ", ".join(bits)

    def _entry_data(self, person: PersonPlan, entry: Entry, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return entry.title
            if column == self.WHEN:
                return formatting.date_time_text(entry.when)
            if column == self.WHAT:
                if entry.action == "move" and entry.previous_when is not None:
                    return self.tr("Moved from {0}").format(
                        formatting.date_time_text(entry.previous_when))
                if entry.action == "cancel":
                    return self.tr("Cancelled: remove")
                label = entry.kind_label(self._preview.now)
                return {"Message": self.tr("Message"), "Meeting": self.tr("Meeting"),
                        "Planned meeting": self.tr("Planned meeting")}.get(label, label)
            if column == self.VIA:
                return f"{entry.source.rsplit('/', 1)[-1]}:{entry.line}"
        elif role == Qt.ItemDataRole.CheckStateRole and column == self.NAME:
            on = entry.key not in self._skip_keys and self._person_on(person)
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        elif role == Qt.ItemDataRole.ToolTipRole and column in (self.NAME, self.VIA):
            return plain_tooltip(f"{entry.title}\n{entry.source}:{entry.line}")
        elif role == self.EntryKeyRole:
            return entry.key
        elif role == self.ContactIdRole:
            return int(person.contact_id)
        return None

    def _changed_person(self, row: int) -> None:
        top = self.index(row, 0)
        self.dataChanged.emit(top, self.index(row, self.columnCount() - 1))
        count = self.rowCount(top)
        if count:
            self.dataChanged.emit(self.index(0, 0, top),
                                  self.index(count - 1, self.columnCount() - 1, top))

    def _changed_entry(self, key: str) -> None:
        for row, entries in enumerate(self._entries):
            top = self.index(row, 0)
            for n, entry in enumerate(entries):
                if entry.key == key:
                    self.dataChanged.emit(self.index(n, 0, top), self.index(n, 0, top))

    # --- choices ----------------------------------------------------------------------

    def person(self, index: AnyIndex) -> PersonPlan | None:
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == 0 else int(index.internalId()) - 1
        return self._preview.people[row]

    def set_never(self, person: PersonPlan, never: bool) -> None:
        """Never capture this person's addresses again (stored with the capture)."""
        keys = {a.casefold() for a in person.addresses}
        if never:
            self._never |= keys
        else:
            self._never -= keys
        row = self._preview.people.index(person)
        self._changed_person(row)
        self.choices_changed.emit()

    def choice(self) -> CaptureChoice:
        return CaptureChoice(frozenset(self._skip_keys), frozenset(self._skip_people),
                             frozenset(self._never))

    def accepted_count(self) -> int:
        """How many entries the choices leave to log (or to move or remove)."""
        choice = self.choice()
        count = 0
        for entry in self._preview.entries:
            if entry.key in choice.skip_keys:
                continue
            if entry.action == "cancel" or any(
                    cid not in choice.skip_people and a.casefold() not in choice.never
                    for cid, a in entry.matched):
                count += 1
        return count
