"""Group cards: Apple's ``X-ADDRESSBOOKSERVER-KIND:group`` and vCard 4.0's ``KIND:group``
(RFC 6350 §6.1.4) list people; they are not people. Rapport makes no contact of one: its
name becomes a tag of category "group" on its members. One way for the import
(``importer``) and for sync (``sync.engine``). No Qt.

A member (RFC 6350 §6.6.5 MEMBER, Apple's X-ADDRESSBOOKSERVER-MEMBER) is found as the
matching rules find a card's contact (``matching.MatchIndex``): by UID (``urn:uuid:X`` or
a bare UID, with or without the prefix, a UUID in any case), by e-mail (``mailto:``), by
number (``tel:``, its E.164 form; a number several contacts share names nobody). A group
card with members found nowhere is one note, worded by :func:`missing_text` for both.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterable, Sequence

from desktop.services import phones, store
from desktop.services.matching import MatchIndex, Slot
from desktop.services.types import ContactId
from desktop.text import Translatable, fill

GROUP_CATEGORY = "group"


class GroupText(Translatable):
    """Translation context of what is said about group cards."""


_UUID_SHAPE = re.compile(r"[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")


def member_id(index: MatchIndex, uri: str) -> int | None:
    """The contact a group card's member URI names, or None."""
    slot = member_slot(index, uri)
    return int(slot.contact_id) if slot is not None and slot.contact_id is not None else None


def _member_key(uri: str) -> tuple[str, list[str]]:
    """What a member URI names a contact by: ("email", [the address, folded]), ("phone",
    [its E.164 form]) or ("uid", [the UIDs it may be written as]); an empty list when it
    names nothing."""
    text = uri.strip()
    lowered = text.casefold()
    if lowered.startswith("mailto:"):
        address = urllib.parse.unquote(text[7:]).split("?", 1)[0].strip().casefold()
        return "email", [address]
    if lowered.startswith("tel:"):
        number = urllib.parse.unquote(text[4:]).split(";", 1)[0].strip()
        e164 = phones.e164(number) if number else None
        return "phone", [e164] if e164 else []
    bare = text[9:] if lowered.startswith("urn:uuid:") else text
    forms = [bare]
    if _UUID_SHAPE.fullmatch(bare):
        forms += [bare.lower(), bare.upper()]
    return "uid", [f for form in forms for f in (form, "urn:uuid:" + form)]


def member_slot(index: MatchIndex, uri: str) -> Slot | None:
    """The slot (a contact, or a card of the import not yet written) a group card's
    member URI names, or None."""
    kind, keys = _member_key(uri)
    table: dict[str, Slot] | dict[str, Slot | list[Slot]] = (
        index.email if kind == "email" else index.phone if kind == "phone" else index.uid)
    slot: Slot | list[Slot] | None = None
    for key in keys:
        slot = table.get(key)
        if slot is not None:
            break
    return slot if isinstance(slot, Slot) else None


def member_index(uris: Iterable[str]) -> MatchIndex:
    """What ``MatchIndex.from_database`` holds for these member URIs, read for them alone
    (sync's group cards, the book's old group contacts: a few rows through the indexes, not
    300,000 contacts). A number (``tel:``), or an address SQL does not fold as Python
    does, needs the whole index: numbers shared or not yet placed are known only then."""
    uids: set[str] = set()
    emails: set[str] = set()
    for uri in uris:
        kind, keys = _member_key(uri)
        if kind == "phone" or (kind == "email" and not all(k.isascii() for k in keys)):
            return MatchIndex.from_database()
        (emails if kind == "email" else uids).update(keys)
    return MatchIndex.from_database_for(uids, emails)


def members_found(index: MatchIndex, uris: Sequence[str]) -> tuple[list[int], int]:
    """The contacts a group card's members are (each once, in order) and how many of its
    members name nobody."""
    found: dict[int, None] = {}
    missing = 0
    for uri in uris:
        cid = member_id(index, uri)
        if cid is None:
            missing += 1
        else:
            found[cid] = None
    return list(found), missing


def missing_text(name: str, members: int, missing: int) -> str:
    """The note on a group card with members not found, in the user's language: "group
    “Climbing Club”: 1 of 3 members not found" (the import puts its file and line before
    it, sync its address book)."""
    return fill(GroupText.tr("group “%1”: %2 of %n member(s) not found", "", members),
                " ".join(name.split()), missing)


def tag_members(session: store.Session, ids: Sequence[int], name: str) -> list[int]:
    """Put the group's tag *name* on contacts *ids* in the store's *session* (made in the
    category "group" if it is new; an existing tag keeps its own). The ids of those that
    did not carry it yet."""
    clean = " ".join(name.split())
    if not clean:
        return []
    patch = {"tags_add": [clean], "tag_categories": {clean.casefold(): GROUP_CATEGORY}}
    return [cid for cid in ids if session.update(ContactId(cid), patch)]
