"""Three-way merge of a contact changed on both sides since the last sync (issue 12). No Qt.

The common ancestor is the card as last agreed with the server (``sync_item.base_vcard``).
Per field:

* changed on one side only -> that side's value (a deletion is a change: a number the phone
  deleted stays deleted, an edit made here to a field the phone did not touch stays);
* changed on both sides to the same value -> that value;
* changed on both sides differently -> the server's value is applied (so every device ends
  up the same) and the field is a :class:`FieldConflict`, kept for review with both values.

Multi-valued fields (e-mails, phones, URLs, addresses, tags, unmodelled lines) merge item
by item: an item added on either side is added, an item deleted on either side is deleted;
they never conflict. What never travels (topics to avoid, Rapport's own notes: see
``vcard_mapping.PRIVATE_COLUMNS``) is not in the base or the server's card, so it is always
the local value.

``rapport_keys``: the X-RAPPORT-* keys the server card carried. A phone drops properties it
does not know; a field whose X-RAPPORT-* line is missing there counts as unchanged on the
server, not as deleted (the same for a card without any CATEGORIES: its tags are unchanged).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.services.vcard_mapping import (
    ADDRESS_PARTS,
    CARD_COLUMNS,
    PRIVATE_COLUMNS,
    RAPPORT_KEYS,
    ContactRecord,
    address_key,
    phone_key,
)
from desktop.text import QT_TRANSLATE_NOOP

PHOTO_KEY = "photo-sha1"  # the base card holds the photo's digest, not the photo
_X_COLUMNS = {column: key for key, column in RAPPORT_KEYS.items()}
_SCALARS = tuple(c for c in CARD_COLUMNS if c != "uid" and c not in PRIVATE_COLUMNS)

# English, as stored with a conflict; translated where shown (engine.conflict_differences).
FIELD_LABELS = {
    "full_name": QT_TRANSLATE_NOOP("SyncText", "Name"),
    "given_name": QT_TRANSLATE_NOOP("SyncText", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("SyncText", "Family name"),
    "additional_names": QT_TRANSLATE_NOOP("SyncText", "Middle names"),
    "prefix": QT_TRANSLATE_NOOP("SyncText", "Prefix"),
    "suffix": QT_TRANSLATE_NOOP("SyncText", "Suffix"),
    "nickname": QT_TRANSLATE_NOOP("SyncText", "Nickname"),
    "organization": QT_TRANSLATE_NOOP("SyncText", "Organisation"),
    "department": QT_TRANSLATE_NOOP("SyncText", "Department"),
    "title": QT_TRANSLATE_NOOP("SyncText", "Title"),
    "birthday": QT_TRANSLATE_NOOP("SyncText", "Birthday"),
    "anniversary": QT_TRANSLATE_NOOP("SyncText", "Anniversary"),
    "note": QT_TRANSLATE_NOOP("SyncText", "Note"),
    "how_we_met": QT_TRANSLATE_NOOP("SyncText", "How we met"),
    "met_on": QT_TRANSLATE_NOOP("SyncText", "Met on"),
    "stage": QT_TRANSLATE_NOOP("SyncText", "Stage"),
    "keep_in_touch_days": QT_TRANSLATE_NOOP("SyncText", "Keep in touch (days)"),
    "photo": QT_TRANSLATE_NOOP("SyncText", "Photo"),
}


@dataclass(frozen=True)
class FieldConflict:
    """One field both sides changed differently: ``mine`` (Rapport's value, not applied)
    and ``theirs`` (the server's, applied), as text."""

    field: str
    label: str
    mine: str
    theirs: str


def photo_digest(rec: ContactRecord) -> str:
    return hashlib.sha1(rec.photo[0]).hexdigest() if rec.photo else ""


def _norm(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value).strip()


def _item_key(kind: str) -> Callable[[dict[str, Any]], Hashable]:
    if kind == "phones":
        return phone_key  # the E.164 form, else the digits (phones.same_number_key)
    if kind == "addresses":
        return address_key
    if kind == "emails":
        return lambda item: str(item["value"]).strip().casefold()
    return lambda item: str(item["value"]).strip()


def _item_view(kind: str, item: dict[str, Any]) -> tuple[Any, ...]:
    """What a change of one item is about (its value, type, label, preference)."""
    parts: tuple[Any, ...] = tuple(_norm(item.get(p)) for p in ADDRESS_PARTS) \
        if kind == "addresses" else (_norm(item.get("value")),)
    return (*parts, _norm(item.get("kind")), _norm(item.get("label")), bool(item.get("pref")))


def _same_item(kind: str) -> Callable[[dict[str, Any], dict[str, Any]], bool]:
    return lambda x, y: _item_view(kind, x) == _item_view(kind, y)


def merge_items(base: Sequence[Any], local: Sequence[Any], remote: Sequence[Any],
                key: Callable[[Any], Hashable],
                same: Callable[[Any, Any], bool]) -> list[Any]:
    """Item-wise three-way merge in the server's order, local additions after it."""
    b = {key(i): i for i in base}
    loc = {key(i): i for i in local}
    out: list[Any] = []
    seen: set[Hashable] = set()
    for item in remote:
        k = key(item)
        if k in seen:
            continue
        seen.add(k)
        if k in b and k not in loc:
            continue  # deleted here
        mine, old = loc.get(k), b.get(k)
        if mine is not None and old is not None and same(item, old) and not same(mine, old):
            out.append(mine)  # changed here only (its type or label)
        else:
            out.append(item)
    for k, item in loc.items():
        if k not in seen and k not in b:
            out.append(item)  # added here
    return out


def _units(lines: Sequence[str]) -> list[tuple[str, ...]]:
    """Unmodelled lines as units: an item group's lines stay together."""
    units: list[list[str]] = []
    by_group: dict[str, list[str]] = {}
    for line in lines:
        head = line.split(":", 1)[0].split(";", 1)[0]
        group = head.rsplit(".", 1)[0].lower() if "." in head else ""
        if not group:
            units.append([line])
        elif group in by_group:
            by_group[group].append(line)
        else:
            by_group[group] = [line]
            units.append(by_group[group])
    return [tuple(u) for u in units]


def merge3(base: ContactRecord, local: ContactRecord, remote: ContactRecord,
           rapport_keys: set[str], has_categories: bool
           ) -> tuple[ContactRecord, list[FieldConflict]]:
    """The merged record (a new one; ``local`` and ``remote`` are not changed) and the
    fields both sides changed differently."""
    columns = dict(remote.columns)
    conflicts: list[FieldConflict] = []
    for name in _SCALARS:
        b, mine = base.columns.get(name), local.columns.get(name)
        theirs = remote.columns.get(name)
        if name in _X_COLUMNS and _X_COLUMNS[name] not in rapport_keys:
            theirs = b  # the server's card does not carry it: unchanged there
            columns[name] = b
        nb, nl, nr = _norm(b), _norm(mine), _norm(theirs)
        if nl == nr or nl == nb:
            continue  # same on both sides, or changed on the server only
        if nr == nb:
            columns[name] = mine  # changed here only
            continue
        conflicts.append(FieldConflict(name, FIELD_LABELS.get(name, name), nl, nr))
    for name in PRIVATE_COLUMNS:
        columns[name] = local.columns.get(name)
    columns["uid"] = local.columns.get("uid") or remote.columns.get("uid")

    merged = ContactRecord(columns, contact_id=local.contact_id)
    for kind in ("emails", "phones", "urls", "addresses"):
        setattr(merged, kind, merge_items(
            getattr(base, kind), getattr(local, kind), getattr(remote, kind), _item_key(kind),
            _same_item(kind)))
    remote_tags = remote.tags if has_categories else base.tags
    merged.tags = merge_items(base.tags, local.tags, remote_tags,
                              lambda t: str(t).casefold(), lambda x, y: True)
    merged.tag_categories = {**remote.tag_categories, **local.tag_categories}

    old_photo = str((base.extra.get("rapport") or {}).get(PHOTO_KEY) or "")
    mine_photo, their_photo = photo_digest(local), photo_digest(remote)
    if mine_photo == their_photo or mine_photo == old_photo:
        merged.photo = remote.photo
    elif their_photo == old_photo:
        merged.photo = local.photo
    else:
        merged.photo = remote.photo
        conflicts.append(FieldConflict("photo", "Photo", "your photo", "the server's photo"))

    extra = dict(remote.extra)
    lines = merge_items(_units(base.extra.get("extra") or ()),
                        _units(local.extra.get("extra") or ()),
                        _units(remote.extra.get("extra") or ()),
                        lambda u: u, lambda x, y: x == y)
    if lines:
        extra["extra"] = [line for unit in lines for line in unit]
    else:
        extra.pop("extra", None)
    for part in ("org_units", "related"):
        b_val, l_val, r_val = (base.extra.get(part), local.extra.get(part),
                               remote.extra.get(part))
        if r_val == b_val and l_val != b_val:
            if l_val:
                extra[part] = l_val
            else:
                extra.pop(part, None)
    rapport = {k: v for k, v in (remote.extra.get("rapport") or {}).items() if k != PHOTO_KEY}
    for k, v in (local.extra.get("rapport") or {}).items():
        rapport.setdefault(k, v)
    if rapport:
        extra["rapport"] = rapport
    else:
        extra.pop("rapport", None)
    if local.extra.get("version"):
        extra["version"] = local.extra["version"]
    merged.extra = extra
    return merged, conflicts
