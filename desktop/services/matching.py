"""When two cards are one person (issue 11, DESIGN.md "Reliability rules"). No Qt.

An import merges a card into a contact only when they are surely one person:

1. the same UID (a card without one is known by a UID derived from its content, so the
   same card imported again is itself: ``vcard_mapping.content_uid``);
2. else the same e-mail address (case-insensitive);
3. else the same name with the same phone number in E.164 (``phones``: written nationally
   or internationally, it is one number) and nothing that contradicts: no other given
   name, organisation or birthday, and not two different sets of e-mail addresses.

A shared phone number alone never merges (a family's landline, a company's switchboard);
nor does a name alone. Those pairs are left to the user: ``duplicates.find_duplicates``
lists them with the reason, and an import preview says which contact a new card shares a
number with.

Every lookup is a dictionary (issue 18: import in linear time): UIDs, e-mails and E.164
numbers map to the contacts that have them; a name is compared only with the few contacts
that have the same number. The index holds identifiers only (memory stays bounded), and
reads a database contact's given name, organisation and birthday only when a number of a
same-named card leads to it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from desktop.models import db
from desktop.services import phones
from desktop.services.vcard_mapping import ContactRecord
from desktop.text import Translatable, fill


class MatchText(Translatable):
    """Translation context of why two cards are (or are not) one person: the import
    preview and Find Duplicates say it."""


class Rule(Enum):
    """Why a card merges into a contact (the preview says it)."""

    UID = "same UID"
    CARD = "same card"
    EMAIL = "same e-mail"
    NAME_PHONE = "same name and phone"


@dataclass(eq=False, slots=True)
class Slot:
    """A contact an incoming card can merge into: in the database (``contact_id``) and/or
    taken earlier in this import (``record`` pending insert, ``source``:``line`` its card).

    ``key`` is the name's sort key. ``given``/``org``/``birthday`` (folded) and
    ``has_email`` are what rule 3 checks; for a contact of the database they are None until
    a same-named card's number leads to it (``MatchIndex.details``), folded then from
    ``raw`` (the three as its card had them when it was written) or read from the
    database. One per contact and per card of the import: kept small.
    """

    contact_id: int | None
    key: str = ""
    record: ContactRecord | None = None
    name: str = ""
    source: str = ""
    line: int = 0
    file_index: int | None = None  # the file of this import it came from
    card_uid: str | None = None  # the UID its card carried (not one we made)
    given: str | None = None
    org: str | None = None
    birthday: str | None = None
    has_email: bool | None = None
    raw: tuple[Any, Any, Any] | None = None

    @property
    def origin(self) -> str:
        return f"{self.source}:{self.line}"

    def distinct_from(self, uid: str | None, file_index: int) -> bool:
        """Two cards of one file with different UIDs are two entries of the source address
        book: they are never merged with each other (an export of ours re-imports as is)."""
        return (self.file_index == file_index and bool(uid) and bool(self.card_uid)
                and uid != self.card_uid)


@dataclass(frozen=True, slots=True)
class Match:
    slot: Slot
    rule: Rule
    reason: str


@dataclass(frozen=True, slots=True)
class NearMiss:
    """A contact a new card shares a number with, and why the rules did not merge them."""

    slot: Slot
    number: str
    why: str


def placed_numbers(contact_ids: Sequence[int], tick: Callable[[], None] | None = None
                   ) -> Iterator[tuple[int, str]]:
    """(contact id, E.164) of the numbers these contacts have stored without an E.164 form
    (saved before Rapport placed numbers in their country), placed now from the contacts'
    addresses and other numbers (``phones.e164_numbers``); numbers that still cannot be
    placed are left out. Nothing is written."""
    for start in range(0, len(contact_ids), 900):
        chunk = list(contact_ids[start : start + 900])
        marks = ",".join("?" * len(chunk))
        numbers: dict[int, list[tuple[str, str | None]]] = {}
        for cid, number, e164 in db.execute_sql(
            f"SELECT contact_id, number, e164 FROM phone WHERE contact_id IN ({marks}) "
            "ORDER BY contact_id, position, id", chunk
        ):
            numbers.setdefault(cid, []).append((number, e164))
        countries: dict[int, list[str]] = {}
        for cid, country in db.execute_sql(
            f"SELECT contact_id, country FROM address WHERE contact_id IN ({marks}) "
            "AND country != '' ORDER BY contact_id, position, id", chunk
        ):
            countries.setdefault(cid, []).append(country)
        for cid, rows in numbers.items():
            placed = phones.e164_numbers([r[0] for r in rows], countries.get(cid, ()))
            for (_number, stored), e164 in zip(rows, placed, strict=True):
                if not stored and e164:
                    yield cid, e164
        if tick is not None:
            tick()


def fold(text: Any) -> str:
    return " ".join(str(text or "").split()).casefold()


def conflict(a_given: str, a_org: str, a_birthday: str, a_email: bool,
             b_given: str, b_org: str, b_birthday: str, b_email: bool) -> str | None:
    """Why two same-named cards that share a number are not one person, or None.

    Every argument is folded; e-mails: whether each side has any (they have none in common,
    or rule 2 would have matched)."""
    if a_given and b_given and a_given != b_given:
        return MatchText.tr("different given names")
    if a_org and b_org and a_org != b_org:
        return MatchText.tr("different organisations")
    if a_birthday and b_birthday and a_birthday != b_birthday:
        return MatchText.tr("different birthdays")
    if a_email and b_email:
        return MatchText.tr("different e-mail addresses")
    return None


def record_details(rec: ContactRecord) -> tuple[str, str, str, bool]:
    c = rec.columns
    return (fold(c.get("given_name")), fold(c.get("organization")), fold(c.get("birthday")),
            bool(rec.emails))


class MatchIndex:
    """Lookup tables over the database's contacts (read once, one query per table) and the
    cards taken so far; the user's own profile is never a match.

    ``phone`` maps an E.164 number to the contact that has it, or to the list of contacts
    when several share it (a landline).
    """

    def __init__(self) -> None:
        self.uid: dict[str, Slot] = {}
        self.email: dict[str, Slot] = {}
        self.phone: dict[str, Slot | list[Slot]] = {}
        self.db_slots: dict[int, Slot] = {}

    @classmethod
    def from_database(cls, tick: Callable[[], None] | None = None) -> MatchIndex:
        idx = cls()
        slots = idx.db_slots
        beat = tick or (lambda: None)
        for n, (cid, uid, key) in enumerate(db.execute_sql(
            "SELECT id, uid, sort_key FROM contact WHERE is_me = 0"
        )):
            slot = Slot(cid, key or "")
            slots[cid] = slot
            if uid:
                idx.uid.setdefault(uid, slot)
            if n % 8192 == 0:
                beat()
        for n, (cid, address) in enumerate(db.execute_sql(
            "SELECT contact_id, address FROM email ORDER BY id"
        )):
            owner = slots.get(cid)
            if owner is not None:
                idx.email.setdefault(address.strip().casefold(), owner)
            if n % 8192 == 0:
                beat()
        unplaced: set[int] = set()
        for n, (cid, e164) in enumerate(db.execute_sql(
            "SELECT contact_id, e164 FROM phone ORDER BY id"
        )):
            owner = slots.get(cid)
            if owner is not None:
                if e164:
                    idx._add_phone(e164, owner)
                else:
                    unplaced.add(cid)
            if n % 8192 == 0:
                beat()
        for cid, e164 in placed_numbers(sorted(unplaced), beat):
            idx._add_phone(e164, slots[cid])
        return idx

    @classmethod
    def from_database_for(cls, uids: Collection[str], emails: Collection[str]) -> MatchIndex:
        """What ``from_database`` holds for these UIDs (as written) and e-mail addresses
        (folded, ASCII: SQLite's lower() folds those as ``str.casefold`` does): the few
        rows that have them, read through the indexes, not the whole book (a group card's
        members at 300,000 contacts: 1.3 s of CPU for the whole index)."""
        idx = cls()
        slots = idx.db_slots
        if uids:
            for cid, uid, key in db.execute_sql(
                    "SELECT id, uid, sort_key FROM contact WHERE is_me = 0 AND uid IN "
                    "(SELECT value FROM json_each(?)) ORDER BY id", (json.dumps(sorted(uids)),)):
                slot = slots.setdefault(cid, Slot(cid, key or ""))
                idx.uid.setdefault(uid, slot)
        if emails:
            for cid, key, address in db.execute_sql(
                    "SELECT c.id, c.sort_key, e.address FROM email e "
                    "JOIN contact c ON c.id = e.contact_id WHERE c.is_me = 0 "
                    "AND lower(trim(e.address, char(32, 9, 10, 11, 12, 13))) IN "
                    "(SELECT value FROM json_each(?)) ORDER BY e.id",
                    (json.dumps(sorted(emails)),)):
                slot = slots.setdefault(cid, Slot(cid, key or ""))
                idx.email.setdefault(address.strip().casefold(), slot)
        return idx

    def _add_phone(self, e164: str, slot: Slot) -> None:
        have = self.phone.get(e164)
        if have is None:
            self.phone[e164] = slot
        elif isinstance(have, Slot):
            if have is not slot:
                self.phone[e164] = [have, slot]
        elif slot not in have:
            have.append(slot)

    def add(self, rec: ContactRecord, slot: Slot) -> None:
        """Make ``rec``'s identifiers find ``slot`` (a new card, or the values of a card
        merged into it: only the incoming card's, so merging is linear)."""
        uid = rec.columns.get("uid") or rec.content_uid
        if uid:
            self.uid.setdefault(uid, slot)
        if rec.emails:
            slot.has_email = True
            for e in rec.emails:
                self.email.setdefault(str(e["value"]).strip().casefold(), slot)
        for p in rec.phones:
            e164 = p.get("e164")
            if e164:
                self._add_phone(e164, slot)

    def details(self, slot: Slot) -> tuple[str, str, str, bool]:
        """What rule 3 compares, read from the database the first time it is needed."""
        if slot.given is None:
            if slot.raw is not None:
                # Folded only now: most written cards never meet a same-named card with
                # one of their numbers (issue 18: 0.1 s of CPU at 100,000 cards).
                slot.given, slot.org, slot.birthday = (fold(v) for v in slot.raw)
                slot.raw = None
            elif slot.contact_id is None:
                rec = slot.record
                slot.given, slot.org, slot.birthday, email = (
                    record_details(rec) if rec is not None else ("", "", "", False))
                slot.has_email = bool(slot.has_email) or email
            else:
                row = db.execute_sql(
                    "SELECT given_name, organization, birthday, "
                    "EXISTS (SELECT 1 FROM email WHERE contact_id = contact.id) "
                    "FROM contact WHERE id = ?", (slot.contact_id,)).fetchone()
                if row is None:
                    row = ("", "", "", 0)
                slot.given, slot.org, slot.birthday = fold(row[0]), fold(row[1]), fold(row[2])
                slot.has_email = bool(slot.has_email) or bool(row[3])
        return slot.given or "", slot.org or "", slot.birthday or "", bool(slot.has_email)

    def holders(self, e164: str) -> tuple[Slot, ...]:
        have = self.phone.get(e164)
        if have is None:
            return ()
        return (have,) if isinstance(have, Slot) else tuple(have)

    def match(self, rec: ContactRecord, file_index: int) -> Match | None:
        """The contact ``rec`` surely is (the module's three rules), or None."""
        uid = rec.columns.get("uid")
        if uid and uid in self.uid:
            return Match(self.uid[uid], Rule.UID, MatchText.tr("same UID"))
        if not uid and rec.content_uid and rec.content_uid in self.uid:
            return Match(self.uid[rec.content_uid], Rule.CARD, MatchText.tr("same card"))
        for e in rec.emails:
            slot = self.email.get(str(e["value"]).strip().casefold())
            if slot is not None and not slot.distinct_from(uid, file_index):
                return Match(slot, Rule.EMAIL,
                             fill(MatchText.tr("same e-mail %1"), e["value"]))
        key = rec.sort_key()
        if not key:
            return None
        mine: tuple[str, str, str, bool] | None = None
        numbers = self.phone
        for p in rec.phones:
            e164 = p.get("e164")
            if not e164:
                continue  # a number that cannot be placed in a country matches nothing
            have = numbers.get(e164)
            if have is None or (isinstance(have, Slot) and have.key != key):
                continue  # nobody, or one contact of another name: most numbers
            for slot in (have,) if isinstance(have, Slot) else tuple(have):
                if slot.key != key or slot.distinct_from(uid, file_index):
                    continue
                if mine is None:
                    mine = record_details(rec)
                if conflict(*mine, *self.details(slot)) is None:
                    return Match(slot, Rule.NAME_PHONE, fill(
                        MatchText.tr("same name and phone %1"),
                        phones.format_phone(p["value"], e164)))
        return None

    def near_miss(self, rec: ContactRecord) -> NearMiss | None:
        """A contact a card that ``match`` did not merge shares a number with, and which
        rule kept them apart (for the preview; ``duplicates`` lists such pairs)."""
        key = rec.sort_key()
        mine: tuple[str, str, str, bool] | None = None
        for p in rec.phones:
            e164 = p.get("e164")
            for slot in self.holders(e164) if e164 else ():
                number = phones.format_phone(p["value"], e164)
                if slot.key != key:
                    return NearMiss(slot, number, MatchText.tr("different names"))
                if mine is None:
                    mine = record_details(rec)
                why = conflict(*mine, *self.details(slot))
                return NearMiss(slot, number,
                                why or MatchText.tr("two entries of one address book"))
        return None
