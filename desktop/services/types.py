"""Plain data that crosses the service boundary: frozen dataclasses and ids, never ORM rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NewType

from desktop.text import display_text

ContactId = NewType("ContactId", int)
TagId = NewType("TagId", int)


@dataclass(frozen=True)
class Changes:
    """What one operation changed; each view refreshes only what it shows.

    ``change_sets`` are the contact store's change sets the operation recorded, in order
    (``history.undo`` takes them back)."""

    contacts: frozenset[ContactId] = frozenset()
    contacts_added_or_removed: bool = False
    tags: bool = False
    graph: bool = False
    followups: bool = False
    interactions: bool = False
    focus: bool = False  # this week's focus (the sidebar's list and count)
    change_sets: tuple[int, ...] = ()

    def __or__(self, other: Changes) -> Changes:
        # A side without contacts leaves the other's set as it is: a copy of 300,000 ids
        # is 16 MB, and a bulk write's changes are folded many times (issue 18).
        mine, theirs = self.contacts, other.contacts
        return Changes(
            contacts=mine | theirs if mine and theirs else mine or theirs,
            contacts_added_or_removed=self.contacts_added_or_removed
            or other.contacts_added_or_removed,
            tags=self.tags or other.tags,
            graph=self.graph or other.graph,
            followups=self.followups or other.followups,
            interactions=self.interactions or other.interactions,
            focus=self.focus or other.focus,
            change_sets=self.change_sets + other.change_sets,
        )


@dataclass(frozen=True)
class LabeledValue:
    """An email, phone or URL with its kind ("work", "cell"...) and free label.

    ``meta`` is what the vCard said about the value that these fields do not hold (item
    group, source property such as IMPP, unknown parameters): opaque to the UI, carried
    through an edit so that export writes the value back as it came (issue 11)."""

    value: str
    kind: str = ""
    label: str | None = None
    pref: bool = False
    meta: str | None = None


@dataclass(frozen=True)
class PostalAddress:
    street: str = ""
    locality: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    po_box: str = ""
    extended: str = ""
    kind: str = ""
    label: str | None = None
    pref: bool = False
    meta: str | None = None  # as LabeledValue.meta: the card's item group and parameters

    def one_line(self) -> str:
        parts = [self.po_box, self.extended, self.street, self.locality, self.region,
                 self.postal_code, self.country]
        return ", ".join(p.replace("\n", ", ") for p in parts if p)

    def is_empty(self) -> bool:
        return not self.one_line()


@dataclass(frozen=True)
class TagRef:
    id: TagId
    name: str
    colour: str = ""
    category: str = "interest"


@dataclass(frozen=True)
class ContactFields:
    """Everything a user edits on a contact (the detail pane's form, and undo's memory)."""

    full_name: str = ""
    given_name: str = ""
    family_name: str = ""
    additional_names: str = ""
    prefix: str = ""
    suffix: str = ""
    nickname: str = ""
    organization: str = ""
    department: str = ""
    title: str = ""
    birthday: str | None = None  # "YYYY-MM-DD" or "--MM-DD"
    anniversary: str | None = None
    note: str | None = None
    how_we_met: str = ""
    met_on: dt.date | None = None
    stage: str = "connected"
    keep_in_touch_days: int | None = None
    emails: tuple[LabeledValue, ...] = ()
    phones: tuple[LabeledValue, ...] = ()
    addresses: tuple[PostalAddress, ...] = ()
    urls: tuple[LabeledValue, ...] = ()
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class ContactDetail:
    id: ContactId
    uid: str | None
    fields: ContactFields
    is_me: bool
    tags: tuple[TagRef, ...]
    has_photo: bool
    last_interaction_at: dt.datetime | None
    next_followup_on: dt.date | None
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def display_name(self) -> str:
        return display_name(self.fields.full_name, self.fields.organization)


@dataclass(frozen=True)
class ContactRow:
    """One line of the contact list."""

    id: ContactId
    full_name: str
    organization: str
    title: str
    stage: str
    tags: tuple[str, ...]
    last_interaction_at: dt.datetime | None
    next_followup_on: dt.date | None
    is_me: bool

    @property
    def display_name(self) -> str:
        return display_name(self.full_name, self.organization)


@dataclass(frozen=True)
class TagInfo:
    id: TagId
    name: str
    colour: str
    category: str
    count: int
    keep_in_touch_days: int | None = None


@dataclass(frozen=True)
class ContactSnapshot:
    """What ``delete_contacts`` took away: the store's change sets that keep the contacts
    themselves (``history.undo`` brings them back) and the rows outside their card that
    hung off them (interactions they took part in, follow-ups, favours...)."""

    tables: tuple[tuple[str, tuple[dict[str, object], ...]], ...] = field(default=())
    contact_ids: tuple[ContactId, ...] = ()
    change_sets: tuple[int, ...] = ()


def display_name(full_name: str, organization: str = "") -> str:
    """What every view calls a contact: the name, else the organisation, else a
    placeholder -- as ``display_text`` makes it safe to show (no controls, no bidi
    overrides, right-to-left text isolated; issue 13)."""
    name = full_name.strip()
    if name:
        return display_text(name)
    if organization.strip():
        return display_text(organization.strip())
    return "(no name)"
