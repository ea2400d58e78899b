"""CardData <-> database rows: the one place that knows how a vCard maps onto the schema.

No Qt. The importer and the exporter both work on :class:`ContactRecord`, a mutable,
in-memory image of one contact's rows (the ``contact`` columns, its e-mails, phones,
addresses and URLs with their ``vcard_meta``, tags, photo and ``vcard_extra``):

* ``card_to_record`` turns a parsed card into a record ready to insert;
* ``load_records`` reads many contacts' records with one query per table per 900 ids;
* ``record_to_card`` turns a record back into a :class:`CardData` for the writer;
* ``merge_record`` fills a record's empty fields from another and adds the values it lacks,
  returning exactly what it added (the importer writes that, and keeps it for undo).

What the schema does not model goes to ``contact.vcard_extra`` (JSON): ``extra`` (the card's
unmodelled content lines, verbatim), ``org_units`` (ORG components after the department),
``related`` (RELATED / X-ABRELATEDNAMES values), ``rapport`` (X-RAPPORT-* values we could not
use), ``version`` (the VERSION first imported). Per value, ``vcard_meta`` (JSON) keeps the item
group, the source property (IMPP, X-SOCIALPROFILE...) and unknown parameters, so that export
writes the value back as it came.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.models import STAGES
from desktop.services import phones as phone_numbers
from desktop.services.contact_rows import ADDRESS_PARTS, CARD_COLUMNS, ContactRecord
from desktop.services.contact_rows import load_records as load_records
from desktop.vcard import CardAddress, CardData, CardDate, CardValue

MAX_CADENCE_DAYS = 36_500

# X-RAPPORT-<KEY> (lower-cased by the reader) <-> contact column.
RAPPORT_KEYS: dict[str, str] = {
    "stage": "stage",
    "keep-in-touch-days": "keep_in_touch_days",
    "how-we-met": "how_we_met",
    "met-on": "met_on",
}
DEFAULT_STAGE = "connected"
# Groups a phone puts in CATEGORIES (Android's system groups; Google's export names):
# memberships, not interests, so the briefing never offers them as common ground.
PHONE_GROUPS = frozenset({
    "my contacts", "mycontacts", "starred in android", "starred", "friends", "family",
    "coworkers",
})
# Contact columns that are Rapport's own notes: never sent to a sync server (DESIGN.md,
# "Private stays private"); a file export keeps them as X-RAPPORT-*.
PRIVATE_COLUMNS = ("how_we_met",)


@dataclass
class MergeDiff:
    """What ``merge_record`` added to a record (nothing removed, nothing overwritten)."""

    columns: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # name -> (old, new)
    emails: list[dict[str, Any]] = field(default_factory=list)
    phones: list[dict[str, Any]] = field(default_factory=list)
    addresses: list[dict[str, Any]] = field(default_factory=list)
    urls: list[dict[str, Any]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    photo: bool = False
    extra_before: str | None = None
    extra_changed: bool = False

    def __bool__(self) -> bool:
        return bool(self.columns or self.emails or self.phones or self.addresses or self.urls
                    or self.tags or self.photo or self.extra_changed)


# --------------------------------------------------------------------------- small helpers


def _meta(group: str, prop: str, params: Sequence[str]) -> str | None:
    if not group and not prop and not params:
        return None
    data: dict[str, Any] = {}
    if group:
        data["group"] = group
    if prop:
        data["prop"] = prop
    if params:
        data["params"] = list(params)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _unmeta(meta: str | None) -> tuple[str, str, list[str]]:
    if not meta:
        return "", "", []
    try:
        data = json.loads(meta)
    except ValueError:
        return "", "", []
    if not isinstance(data, dict):
        return "", "", []
    params = data.get("params") or []
    return (str(data.get("group") or ""), str(data.get("prop") or ""),
            [str(p) for p in params] if isinstance(params, list) else [])


def phone_key(item: dict[str, Any]) -> str:
    """What two phone numbers must share to be "the same number" inside one contact."""
    return phone_numbers.same_number_key(str(item["value"]), item.get("e164"))


def address_key(adr: dict[str, Any]) -> tuple[str, ...]:
    return tuple(" ".join(str(adr.get(p) or "").split()).casefold() for p in ADDRESS_PARTS)


def _date_from_iso(text: str | None) -> CardDate | None:
    if not text:
        return None
    try:
        if text.startswith("--"):
            return CardDate(None, int(text[2:4]), int(text[5:7]))
        return CardDate(int(text[0:4]), int(text[5:7]), int(text[8:10]))
    except ValueError:
        return None


def _valid_date(date: CardDate | None) -> str | None:
    if date is None:
        return None
    try:
        dt.date(2000 if date.year is None else date.year, date.month, date.day)
    except ValueError:
        return None
    return date.iso()


def _value_dict(cv: CardValue) -> dict[str, Any]:
    return {"value": cv.value, "kind": cv.kind, "label": cv.label, "pref": cv.pref,
            "meta": _meta(cv.group, cv.prop, cv.params)
            if cv.group or cv.prop or cv.params else None}


# The parameter that marks a RELATED line exported for an introduction (RFC 6350 6.6.6 allows
# x-name parameters): "this person knows that one through an introduction recorded in
# Rapport".
INTRODUCTION_PARAM = "X-RAPPORT=introduction"


def clean_tag(name: str) -> str:
    return " ".join(name.split())


# --------------------------------------------------------------------------- card -> record


def card_to_record(card: CardData) -> ContactRecord:
    """The rows one card becomes (not yet written)."""
    columns: dict[str, Any] = {
        "uid": card.uid or None,
        "full_name": card.full_name,
        "given_name": card.given_name,
        "family_name": card.family_name,
        "additional_names": card.additional_names,
        "prefix": card.prefix,
        "suffix": card.suffix,
        "nickname": card.nickname,
        "organization": card.organization,
        "department": card.department,
        "title": card.title,
        "birthday": _valid_date(card.birthday),
        "anniversary": _valid_date(card.anniversary),
        "note": card.note,
        "how_we_met": "",
        "met_on": None,
        "stage": DEFAULT_STAGE,
        "keep_in_touch_days": None,
    }
    extra: dict[str, Any] = {}
    if card.extra:
        extra["extra"] = list(card.extra)
    # A date the reader accepted but the calendar does not (Feb 30) is kept verbatim.
    if card.birthday is not None or card.anniversary is not None:
        for key, date in (("birthday", card.birthday), ("anniversary", card.anniversary)):
            if date is not None and columns[key] is None:
                extra.setdefault("bad_dates", {})[key] = [date.year, date.month, date.day]
    if card.org_units:
        extra["org_units"] = list(card.org_units)
    # RELATED lines Rapport itself wrote for introductions (INTRODUCTION_PARAM) are derived
    # from the introduction table, not data of the card: kept, they would come back doubled
    # at the next export.
    if card.related:
        related = [r for r in card.related if INTRODUCTION_PARAM not in r.params]
        if related:
            extra["related"] = [_value_dict(r) for r in related]
    if card.version:
        extra["version"] = card.version
    if card.rapport:
        unused: dict[str, str] = {}
        for key, value in card.rapport.items():
            column = RAPPORT_KEYS.get(key)
            parsed = _rapport_value(column, value) if column else None
            if parsed is None:
                unused[key] = value
            else:
                columns[column] = parsed  # type: ignore[index]  # column is set when parsed is
        if unused:
            extra["rapport"] = unused

    emails = [_value_dict(cv) for cv in card.emails if cv.value.strip()]
    phones = []
    if card.phones:
        typed = [cv for cv in card.phones if cv.value.strip()]
        # A national number's country: the card's addresses, then its other numbers, then
        # the user's region (phones.e164_numbers).
        for cv, e164 in zip(typed, phone_numbers.e164_numbers(
                [cv.value for cv in typed], [a.country for a in card.addresses]), strict=True):
            item = _value_dict(cv)
            item["e164"] = e164
            phones.append(item)
    urls = [_value_dict(cv) for cv in card.urls if cv.value.strip()]
    # The keys in the order of ADDRESS_PARTS, then kind, label, pref and meta.
    addresses = [{"po_box": a.po_box, "extended": a.extended, "street": a.street,
                  "locality": a.locality, "region": a.region, "postal_code": a.postal_code,
                  "country": a.country, "kind": a.kind, "label": a.label, "pref": a.pref,
                  "meta": _meta(a.group, "", a.params) if a.group or a.params else None}
                 for a in card.addresses]
    tags: list[str] = []
    seen: set[str] = set()
    kinds: dict[str, str] = {}
    names = card.categories
    if card.tag_kinds:
        for name, kind in card.tag_kinds.items():
            clean = clean_tag(name)
            if clean and kind in ("group", "avoid"):
                kinds.setdefault(clean.casefold(), kind)
        # A topic to avoid is only in X-RAPPORT-AVOID (never in CATEGORIES): a tag too.
        names = [*names, *(n for n, k in card.tag_kinds.items() if k == "avoid")]
    for name in names:
        clean = " ".join(name.split())  # clean_tag, without a call per tag
        key = clean.casefold()
        if clean and key not in seen:
            seen.add(key)
            tags.append(clean)
            if key not in kinds and key in PHONE_GROUPS:
                kinds[key] = "group"
    photo = (card.photo, card.photo_mime or "") if card.photo else None
    categories = {k: v for k, v in kinds.items() if k in seen} if kinds else {}
    rec = ContactRecord(columns, emails, phones, addresses, urls, tags, photo, extra,
                        tag_categories=categories)
    if not card.uid:
        rec.content_uid = content_uid(card)
    return rec


_CONTENT_NAMESPACE = uuid.UUID("9b1d3c3e-5f0c-4c51-9d35-6f1f2f3b7a10")


def content_uid(card: CardData) -> str:
    """The UID a card without one gets (RFC 6350 §6.7.6: every contact has one): a UUID
    derived from everything the card says (RFC 9562 §5.5, name-based, SHA-1), so importing the
    same export again finds the contacts it made, and two cards that say exactly the same
    are one entry. Any difference -- one digit, one note -- gives another UID.

    What is hashed never changes (a contact imported before is found by it): each field in
    order, a string as it is, a list's items (a value's as the ``repr`` of its fields'
    tuple) then U+001E, anything else its ``repr``; joined by U+001F, then the photo's
    bytes. Google's and Android's exports have no UIDs: this runs once per card of them
    (issue 18: 16 -> 12 us a card, the namespace hashed once, the UUID's text made from
    the digest without a ``uuid.UUID``)."""
    parts: list[str] = []
    append = parts.append
    for name, value in card.__dict__.items():
        cls = value.__class__
        if cls is str:
            if name not in _NOT_CONTENT:
                append(value)
        elif cls is list:  # of str, CardValue or CardAddress (no _NOT_CONTENT field is one)
            for item in value:
                append(item if item.__class__ is str else repr(tuple(item.__dict__.values())))
            append("\x1e")
        elif name not in _NOT_CONTENT:
            append(repr(value))
    digest = _CONTENT_HASH.copy()
    digest.update("\x1f".join(parts).encode("utf-8", "surrogatepass"))
    if card.photo:
        digest.update(card.photo)
    # uuid.UUID(bytes=digest[:16], version=5): its version and variant bits set
    raw = bytearray(digest.digest()[:16])
    raw[6] = (raw[6] & 0x0F) | 0x50
    raw[8] = (raw[8] & 0x3F) | 0x80
    h = raw.hex()
    return f"urn:uuid:{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# Where a card sits in its file, its own UID and the vCard version say nothing about whom
# it describes; the photo's bytes are hashed as they are. KIND and MEMBER lines are hashed
# as the lines of ``extra`` they also are (``members`` came later: a card's content UID
# never changes).
_NOT_CONTENT = frozenset({"line", "uid", "version", "photo", "members"})
_CONTENT_HASH = hashlib.sha1(_CONTENT_NAMESPACE.bytes, usedforsecurity=False)


def _rapport_value(column: str, value: str) -> Any:
    """The column value of an X-RAPPORT-* property, or None if it is not usable."""
    text = value.strip()
    if column == "stage":
        return text.lower() if text.lower() in STAGES else None
    if column == "keep_in_touch_days":
        try:
            days = int(text)
        except ValueError:
            return None
        return days if 0 <= days <= MAX_CADENCE_DAYS else None
    if column == "met_on":
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return None
    return text or None


# --------------------------------------------------------------------------- record -> card


def _card_value(item: dict[str, Any]) -> CardValue:
    group, prop, params = _unmeta(item.get("meta"))
    return CardValue(str(item["value"]), item.get("kind") or "", item.get("label"),
                     bool(item.get("pref")), group, prop, params)


def record_to_card(rec: ContactRecord, *, private: bool = True) -> CardData:
    """The card a record exports as (tags as CATEGORIES, Rapport fields as X-RAPPORT-*,
    groups and topics to avoid also as X-RAPPORT-GROUP / -AVOID). ``private=False`` is
    the card for a sync server: topics to avoid and Rapport's own notes
    (``PRIVATE_COLUMNS``) are left out altogether (DESIGN.md, "Private stays private")."""
    c = rec.columns
    extra = rec.extra
    bad = extra.get("bad_dates") or {}
    dates: dict[str, CardDate | None] = {}
    for key in ("birthday", "anniversary"):
        dates[key] = _date_from_iso(c.get(key))
        if dates[key] is None and key in bad:
            y, m, d = bad[key]
            dates[key] = CardDate(y, m, d)
    rapport: dict[str, str] = {}
    if c.get("stage") and c["stage"] != DEFAULT_STAGE:
        rapport["stage"] = str(c["stage"])
    if c.get("keep_in_touch_days") is not None:
        rapport["keep-in-touch-days"] = str(c["keep_in_touch_days"])
    if c.get("how_we_met") and private:
        rapport["how-we-met"] = str(c["how_we_met"])
    if c.get("met_on"):
        met = c["met_on"]
        rapport["met-on"] = met.isoformat() if isinstance(met, dt.date) else str(met)[:10]
    for key, value in (extra.get("rapport") or {}).items():
        if private or RAPPORT_KEYS.get(str(key)) not in PRIVATE_COLUMNS:
            rapport.setdefault(str(key), str(value))
    kinds: dict[str, str] = {}
    tags = list(rec.tags)
    if rec.tag_categories:
        for name in rec.tags:
            kind = rec.tag_categories.get(name.casefold())
            if kind == "group" or (kind == "avoid" and private):
                kinds[name] = kind
        if not private:
            tags = [t for t in tags if rec.tag_categories.get(t.casefold()) != "avoid"]
    addresses = []
    for a in rec.addresses:
        group, _prop, params = _unmeta(a.get("meta"))
        addresses.append(CardAddress(
            kind=a.get("kind") or "", label=a.get("label"), pref=bool(a.get("pref")),
            po_box=a["po_box"], extended=a["extended"], street=a["street"],
            locality=a["locality"], region=a["region"], postal_code=a["postal_code"],
            country=a["country"], group=group, params=params,
        ))
    photo = rec.photo
    return CardData(
        full_name=c.get("full_name") or "",
        uid=c.get("uid") or None,
        given_name=c.get("given_name") or "",
        family_name=c.get("family_name") or "",
        additional_names=c.get("additional_names") or "",
        prefix=c.get("prefix") or "",
        suffix=c.get("suffix") or "",
        nickname=c.get("nickname") or "",
        organization=c.get("organization") or "",
        department=c.get("department") or "",
        org_units=list(extra.get("org_units") or ()),
        title=c.get("title") or "",
        birthday=dates["birthday"],
        anniversary=dates["anniversary"],
        note=c.get("note"),
        photo=photo[0] if photo else None,
        photo_mime=(photo[1] or None) if photo else None,
        emails=[_card_value(e) for e in rec.emails],
        phones=[_card_value(p) for p in rec.phones],
        urls=[_card_value(u) for u in rec.urls],
        addresses=addresses,
        categories=[t for t in tags if kinds.get(t) != "avoid"],
        tag_kinds=kinds,
        related=[_card_value(r) for r in extra.get("related") or ()],
        rapport=rapport,
        extra=list(extra.get("extra") or ()),
        version=str(extra.get("version") or ""),
    )


# --------------------------------------------------------------------------- loading


# --------------------------------------------------------------------------- merging


def _empty(value: Any) -> bool:
    return value is None or value == ""


def _groups_of(rec: ContactRecord) -> set[str]:
    used: set[str] = set()
    for items in (rec.emails, rec.phones, rec.urls, rec.addresses, rec.extra.get("related") or ()):
        for item in items:
            group = _unmeta(item.get("meta"))[0]
            if group:
                used.add(group.lower())
    for line in rec.extra.get("extra") or ():
        head = line.split(":", 1)[0].split(";", 1)[0]
        if "." in head:
            used.add(head.split(".", 1)[0].lower())
    return used


def _line_group(line: str) -> str:
    head = line.split(":", 1)[0].split(";", 1)[0]
    return head.split(".", 1)[0].lower() if "." in head else ""


def _units(lines: Sequence[str]) -> list[list[str]]:
    """Extra lines as units: each ungrouped line alone, each item group's lines together
    (``item3.X-ABDATE`` belongs with ``item3.X-ABLabel``)."""
    units: list[list[str]] = []
    by_group: dict[str, list[str]] = {}
    for line in lines:
        group = _line_group(line)
        if not group:
            units.append([line])
        elif group in by_group:
            by_group[group].append(line)
        else:
            by_group[group] = [line]
            units.append(by_group[group])
    return units


def _unit_key(unit: list[str]) -> tuple[bool, frozenset[str]]:
    """A unit without its group name: a merge that renamed item1 to item7 still finds it."""
    grouped = bool(_line_group(unit[0]))
    return grouped, frozenset(x.split(".", 1)[1] if grouped else x for x in unit)


def _unit_keys(lines: Sequence[str]) -> set[tuple[bool, frozenset[str]]]:
    return {_unit_key(u) for u in _units(lines)}


@dataclass
class _MergeKeys:
    """What a record holds, as ``merge_record`` compares it: built once per record, then
    extended with each value a merge adds (never rebuilt per merge)."""

    emails: set[str]
    phones: set[str]
    urls: set[str]
    addresses: set[tuple[str, ...]]
    tags: set[str]
    related: set[str]
    extra_units: set[tuple[bool, frozenset[str]]]
    groups: set[str]  # item groups in use (lower case)
    next_item: int = 0  # item groups below item<n+1> are known to be taken

    @classmethod
    def of(cls, rec: ContactRecord) -> _MergeKeys:
        return cls(
            emails={str(e["value"]).strip().casefold() for e in rec.emails},
            phones={phone_key(p) for p in rec.phones},
            urls={str(u["value"]).strip() for u in rec.urls},
            addresses={address_key(a) for a in rec.addresses},
            tags={t.casefold() for t in rec.tags},
            related={str(r["value"]).strip().casefold()
                     for r in rec.extra.get("related") or ()},
            extra_units=_unit_keys(rec.extra.get("extra") or ()),
            groups=_groups_of(rec),
        )


def _merge_keys(rec: ContactRecord) -> _MergeKeys:
    if rec._keys is None:
        rec._keys = _MergeKeys.of(rec)
    return rec._keys


class _Regrouper:
    """Renames the incoming card's item groups that clash with the target's (Apple's
    ``item1.TEL`` + ``item1.X-ABLabel``): a merged value must not pick up another's label."""

    def __init__(self, keys: _MergeKeys) -> None:
        self.keys = keys
        self.used = keys.groups
        self.renamed: dict[str, str] = {}

    def group(self, group: str) -> str:
        if not group:
            return group
        key = group.lower()
        if key in self.renamed:
            return self.renamed[key]
        if key not in self.used:
            self.renamed[key] = group
            self.used.add(key)
            return group
        while True:
            self.keys.next_item += 1
            name = f"item{self.keys.next_item}"
            if name not in self.used:
                self.used.add(name)
                self.renamed[key] = name
                return name

    def item(self, item: dict[str, Any]) -> dict[str, Any]:
        group, prop, params = _unmeta(item.get("meta"))
        if not group:
            return item
        new = self.group(group)
        return item if new == group else {**item, "meta": _meta(new, prop, params)}

    def line(self, line: str) -> str:
        head = line.split(":", 1)[0].split(";", 1)[0]
        if "." not in head:
            return line
        group = head.split(".", 1)[0]
        new = self.group(group)
        return line if new == group else new + line[len(group):]


def merge_record(target: ContactRecord, incoming: ContactRecord) -> MergeDiff:
    """Fill ``target``'s empty fields from ``incoming`` and add the values it lacks.

    Nothing the target has is removed or overwritten (the stage counts as empty while it is
    the default). Merging the same card twice adds nothing the second time. The cost is
    that of ``incoming``, not of what ``target`` has gathered (``_MergeKeys``).
    ``diff.extra_before`` is left None: a caller that needs the ``vcard_extra`` text from
    before takes it before merging.
    """
    diff = MergeDiff()
    tc = target.columns
    for name in CARD_COLUMNS:
        new = incoming.columns.get(name)
        if _empty(new) or (name == "stage" and new == DEFAULT_STAGE):
            continue
        old = tc.get(name)
        if _empty(old) or (name == "stage" and old == DEFAULT_STAGE):
            if old != new:
                diff.columns[name] = (old, new)
                tc[name] = new

    keys = _merge_keys(target)
    regroup: _Regrouper | None = None

    def regrouper() -> _Regrouper:
        nonlocal regroup
        if regroup is None:
            regroup = _Regrouper(keys)
        return regroup

    for e in incoming.emails:
        key = str(e["value"]).strip().casefold()
        if key not in keys.emails:
            keys.emails.add(key)
            item = regrouper().item(e)
            target.emails.append(item)
            diff.emails.append(item)
    for p in incoming.phones:
        key = phone_key(p)
        if key not in keys.phones:
            keys.phones.add(key)
            item = regrouper().item(p)
            target.phones.append(item)
            diff.phones.append(item)
    for u in incoming.urls:
        key = str(u["value"]).strip()
        if key not in keys.urls:
            keys.urls.add(key)
            item = regrouper().item(u)
            target.urls.append(item)
            diff.urls.append(item)
    for a in incoming.addresses:
        akey = address_key(a)
        if akey not in keys.addresses:
            keys.addresses.add(akey)
            item = regrouper().item(a)
            target.addresses.append(item)
            diff.addresses.append(item)
    for t in incoming.tags:
        if t.casefold() not in keys.tags:
            keys.tags.add(t.casefold())
            target.tags.append(t)
            diff.tags.append(t)
            kind = incoming.tag_categories.get(t.casefold())
            if kind:
                target.tag_categories.setdefault(t.casefold(), kind)
    if target.photo is None and incoming.photo is not None:
        target.photo = incoming.photo
        diff.photo = True

    extra = target.extra
    inc = incoming.extra
    changed = False
    if inc.get("extra"):
        added: list[str] = []
        for unit in _units(inc["extra"]):
            ukey = _unit_key(unit)
            if ukey not in keys.extra_units:
                keys.extra_units.add(ukey)
                added.extend(regrouper().line(x) for x in unit)
        if added:
            extra.setdefault("extra", []).extend(added)
            changed = True
    if inc.get("org_units") and not extra.get("org_units"):
        extra["org_units"] = list(inc["org_units"])
        changed = True
    if inc.get("related"):
        added_rel = []
        for r in inc["related"]:
            rkey = str(r["value"]).strip().casefold()
            if rkey not in keys.related:
                keys.related.add(rkey)
                added_rel.append(regrouper().item(r))
        if added_rel:
            extra.setdefault("related", []).extend(added_rel)
            changed = True
    if inc.get("rapport"):
        rap = extra.get("rapport") or {}
        missing = {k: v for k, v in inc["rapport"].items() if k not in rap}
        if missing:
            extra["rapport"] = {**rap, **missing}
            changed = True
    if inc.get("bad_dates"):
        bad = extra.get("bad_dates") or {}
        missing = {k: v for k, v in inc["bad_dates"].items()
                   if _empty(tc.get(k)) and k not in bad}
        if missing:
            extra["bad_dates"] = {**bad, **missing}
            changed = True
    if "version" not in extra and inc.get("version") and extra:
        extra["version"] = inc["version"]
        changed = True
    diff.extra_changed = changed
    return diff
