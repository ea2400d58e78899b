"""Contacts: read, create, edit, delete (undone through the store's history), "me", and
the interests two people share. Every write goes through ``desktop.services.store``."""

from __future__ import annotations

import datetime as dt
import json
import operator
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from desktop.models import (
    CONTACT_DEPENDENT_MODELS,
    STAGES,
    Introduction,
    db,
)
from desktop.models.migrations import MEETING_TRIGGERS, MEETINGS_ADDED
from desktop.services import store
from desktop.services.contact_rows import ADDRESS_PARTS, ContactRecord, load_records
from desktop.services.errors import ServiceError
from desktop.services.history import HistoryLabel
from desktop.services.reasons import stage_phrase
from desktop.services.types import (
    AbstractIds,
    Changes,
    ContactDetail,
    ContactFields,
    ContactId,
    ContactSnapshot,
    IdRuns,
    KeptRows,
    LabeledValue,
    PostalAddress,
    TagId,
    TagRef,
    display_name,
)
from desktop.text import Phrase, Translatable, fill, sort_key


class ContactText(Translatable):
    """Translation context of editing contacts: refusals."""


_DATE = re.compile(r"^(\d{4}|--)-?(\d{2})-?(\d{2})$")
# local@domain: no spaces, one "@", a domain of dot-separated labels (RFC 5321 in spirit;
# not a full RFC 5322 parser: a typo, not an exotic address, is what this catches).
_EMAIL = re.compile(r"^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)*$")
MAX_CADENCE_DAYS = 36_500


def check_email(value: str) -> str:
    """*value* stripped, if it looks like local@domain; else a one-line ServiceError."""
    text = value.strip()
    if not _EMAIL.match(text):
        raise ServiceError(fill(ContactText.tr("%1 is not an e-mail address"), repr(text)))
    return text


def normalise_date_text(value: str | None) -> str | None:
    """"1980-03-04", "19800304", "--03-04" or "--0304" -> ISO ("YYYY-MM-DD" / "--MM-DD")."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    m = _DATE.match(text)
    if not m:
        raise ServiceError(fill(ContactText.tr("date %1 is not YYYY-MM-DD or --MM-DD"), repr(text)))
    year, month, day = m.groups()
    probe_year = 2000 if year == "--" else int(year)  # 2000 is a leap year: --02-29 is valid
    try:
        dt.date(probe_year, int(month), int(day))
    except ValueError as exc:
        raise ServiceError(fill(ContactText.tr("date %1 does not exist"), repr(text))) from exc
    return f"--{month}-{day}" if year == "--" else f"{year}-{month}-{day}"


def _validate(fields: ContactFields, kept_emails: frozenset[str] | None = frozenset()
              ) -> ContactFields:
    """*fields* checked and normalised. E-mails in *kept_emails* (the ones the contact
    already has, e.g. from an imported card) are not re-checked: an odd imported value must
    not stop the user from changing the stage; None checks none (restoring a state)."""
    if fields.stage not in STAGES:
        raise ServiceError(fill(ContactText.tr("stage must be one of %1, not %2"),
                                ", ".join(STAGES), repr(fields.stage)))
    if kept_emails is not None:
        for email in fields.emails:
            if email.value.strip() and email.value.strip() not in kept_emails:
                check_email(email.value)
    cadence = fields.keep_in_touch_days
    if cadence is not None and not 0 <= cadence <= MAX_CADENCE_DAYS:
        raise ServiceError(fill(ContactText.tr("keep-in-touch cadence must be 0 to %1 days"),
                                MAX_CADENCE_DAYS))
    return ContactFields(
        **{
            **fields.__dict__,
            "birthday": normalise_date_text(fields.birthday),
            "anniversary": normalise_date_text(fields.anniversary),
        }
    )


def _column_values(fields: ContactFields) -> dict[str, Any]:
    """The contact columns *fields* set (the store derives ``sort_key``)."""
    full_name = fields.full_name.strip()
    if not full_name:
        parts = [fields.prefix, fields.given_name, fields.additional_names,
                 fields.family_name, fields.suffix]
        full_name = " ".join(p.strip() for p in parts if p.strip())
    return {
        "full_name": full_name,
        "given_name": fields.given_name,
        "family_name": fields.family_name,
        "additional_names": fields.additional_names,
        "prefix": fields.prefix,
        "suffix": fields.suffix,
        "nickname": fields.nickname,
        "organization": fields.organization,
        "department": fields.department,
        "title": fields.title,
        "birthday": fields.birthday,
        "anniversary": fields.anniversary,
        "note": fields.note,
        "how_we_met": fields.how_we_met,
        "met_on": fields.met_on,
        "stage": fields.stage,
        "keep_in_touch_days": fields.keep_in_touch_days,
    }


def _item(value: LabeledValue) -> dict[str, Any]:
    return {"value": value.value.strip(), "kind": value.kind, "label": value.label,
            "pref": value.pref, "meta": value.meta}


def _address(value: PostalAddress) -> dict[str, Any]:
    item: dict[str, Any] = {p: getattr(value, p) for p in ADDRESS_PARTS}
    item.update(kind=value.kind, label=value.label, pref=value.pref, meta=value.meta)
    return item


def _lists(fields: ContactFields) -> dict[str, list[dict[str, Any]]]:
    return {
        "emails": [_item(e) for e in fields.emails],
        "phones": [_item(p) for p in fields.phones],
        "urls": [_item(u) for u in fields.urls],
        "addresses": [_address(a) for a in fields.addresses],
    }


def patch_between(base: ContactFields, fields: ContactFields) -> dict[str, Any]:
    """What the user changed from *base* to *fields*, as a store patch: the columns and
    lists that differ, the tags put on and taken off. Nothing else is written, so a value
    changed meanwhile by sync (and not by this edit) stays as it is."""
    patch: dict[str, Any] = {}
    old_cols, new_cols = _column_values(base), _column_values(fields)
    for name, value in new_cols.items():
        if value != old_cols[name]:
            patch[name] = value
    for name, items in _lists(fields).items():
        if getattr(fields, name) != getattr(base, name):
            patch[name] = items
    old_tags = {" ".join(t.split()).casefold() for t in base.tags}
    new_tags = {" ".join(t.split()).casefold() for t in fields.tags}
    if old_tags != new_tags:
        patch["tags_add"] = [t for t in fields.tags
                             if " ".join(t.split()).casefold() not in old_tags]
        patch["tags_remove"] = [t for t in base.tags
                                if " ".join(t.split()).casefold() not in new_tags]
    return patch


def _label(verb: str, fields: ContactFields) -> Phrase:
    name = display_name(fields.full_name, fields.organization)
    return (HistoryLabel.tr("New %1") if verb == "New" else HistoryLabel.tr("Edit %1")).fill(name)


def create_contact(fields: ContactFields, *, is_me: bool = False) -> tuple[ContactId, Changes]:
    fields = _validate(fields)
    lists = _lists(fields)
    rec = ContactRecord(dict(_column_values(fields)), emails=lists["emails"],
                        phones=lists["phones"], addresses=lists["addresses"],
                        urls=lists["urls"], tags=list(fields.tags))
    with store.session("user", _label("New", fields)) as s:
        cid = s.create([rec], is_me=is_me)[0]
    return cid, s.changes()


def update_contact(contact_id: ContactId, fields: ContactFields, *,
                   base: ContactFields | None = None, restoring: bool = False) -> Changes:
    """Save what changed from *base* (the fields the user started from; default: the
    contact as it is now) to *fields*, and nothing else. A new e-mail must look like one;
    the e-mails it already has are kept as they are, and *restoring* checks none."""
    current = get_contact(contact_id)
    if current is None:
        raise ServiceError(fill(ContactText.tr("contact %1 no longer exists"), contact_id))
    kept = None if restoring else frozenset(e.value for e in current.fields.emails)
    fields = _validate(fields, kept)
    start = base if base is not None else current.fields
    patch = patch_between(start, fields)
    with store.session("user", _label("Edit", fields)) as s:
        s.update(contact_id, patch)
    return s.changes() | Changes(contacts=frozenset({contact_id}))


def set_fields(contact_id: ContactId, values: Mapping[str, Any], label: str | Phrase
               ) -> Changes:
    """Change a few columns of one contact (the stage from its pill, "one thing I can do")."""
    if "stage" in values and values["stage"] not in STAGES:
        raise ServiceError(fill(ContactText.tr("stage must be one of %1, not %2"),
                                ", ".join(STAGES), repr(values["stage"])))
    unknown = set(values) - set(store.COLUMNS)
    if unknown:
        raise ServiceError(fill(ContactText.tr("not a contact field: %1"),
                                ", ".join(sorted(unknown))))
    with store.session("user", label) as s:
        if not s.update(contact_id, values) and get_contact(contact_id) is None:
            raise ServiceError(ContactText.tr("That contact no longer exists."))
    return s.changes() | Changes(contacts=frozenset({contact_id}))


def set_tags(contact_id: ContactId, names: Sequence[str]) -> Changes:
    with store.session("user", HistoryLabel.tr("Change tags")) as s:
        s.update(contact_id, {"tags": list(names)})
    return s.changes() | Changes(contacts=frozenset({contact_id}), tags=True)


def set_photo(contact_id: ContactId, data: bytes | None, mime: str = "image/jpeg") -> Changes:
    with store.session("user", HistoryLabel.tr("Change photo") if data
                       else HistoryLabel.tr("Remove photo")) as s:
        s.update(contact_id, {"photo": (data, mime) if data else None})
    return s.changes() | Changes(contacts=frozenset({contact_id}))


def get_photo(contact_id: ContactId) -> tuple[bytes, str] | None:
    row = db.execute_sql(
        "SELECT data, mime FROM contact_photo WHERE contact_id = ?", (int(contact_id),)
    ).fetchone()
    return (bytes(row[0]), row[1]) if row else None


def contact_tags(contact_id: int, limit: int | None = None) -> tuple[TagRef, ...]:
    """The contact's tags, interests first, by name; *limit*: at most that many interests
    and that many topics to avoid."""
    sql = ("SELECT t.id, t.name, t.colour, t.category FROM contact_tag ct "
           "JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = ? AND "
           "(t.category = 'avoid') = ? ORDER BY t.name COLLATE NOCASE LIMIT ?")
    return tuple(
        TagRef(TagId(r[0]), r[1], r[2], r[3])
        for avoid in (0, 1)
        for r in db.execute_sql(sql, (contact_id, avoid, -1 if limit is None else limit))
    )


def _when(value: object) -> dt.datetime | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def _day(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def get_contact(contact_id: ContactId, limit: int | None = None) -> ContactDetail | None:
    """The contact as the detail pane and the editor show it (every value with the card's
    metadata, so saving it back loses nothing). Plain SQL: the pane asks on every change.
    *limit*: at most that many e-mails, phones, addresses, URLs, interests and topics to
    avoid each, for a view that shows the first few (issue 13: a contact with 50,000
    e-mails must not freeze the detail pane; ``count_values`` says how many there are).
    Never for an edit, which would drop the rest."""
    row = db.execute_sql(
        "SELECT is_me, last_interaction_at, next_followup_on, created_at, updated_at, "
        "EXISTS (SELECT 1 FROM contact_photo WHERE contact_id = contact.id) "
        "FROM contact WHERE id = ?", (int(contact_id),)).fetchone()
    rec = load_records([int(contact_id)], photos=False, limit=limit, tags=False).get(
        int(contact_id)) if row else None
    if row is None or rec is None:
        return None
    c = rec.columns

    def values(items: list[dict[str, Any]]) -> tuple[LabeledValue, ...]:
        return tuple(LabeledValue(i["value"], i["kind"], i["label"], i["pref"], i["meta"])
                     for i in items)

    addresses = tuple(
        PostalAddress(a["street"], a["locality"], a["region"], a["postal_code"], a["country"],
                      a["po_box"], a["extended"], a["kind"], a["label"], a["pref"], a["meta"])
        for a in rec.addresses)
    tags = contact_tags(int(contact_id), limit)
    fields = ContactFields(
        full_name=c["full_name"], given_name=c["given_name"], family_name=c["family_name"],
        additional_names=c["additional_names"], prefix=c["prefix"], suffix=c["suffix"],
        nickname=c["nickname"], organization=c["organization"], department=c["department"],
        title=c["title"], birthday=c["birthday"], anniversary=c["anniversary"], note=c["note"],
        how_we_met=c["how_we_met"], met_on=c["met_on"], stage=c["stage"],
        keep_in_touch_days=c["keep_in_touch_days"], emails=values(rec.emails),
        phones=values(rec.phones), addresses=addresses, urls=values(rec.urls),
        tags=tuple(t.name for t in tags),
    )
    created = _when(row[3])
    return ContactDetail(
        id=ContactId(int(contact_id)), uid=c["uid"], fields=fields, is_me=bool(row[0]),
        tags=tags, has_photo=bool(row[5]), last_interaction_at=_when(row[1]),
        next_followup_on=_day(row[2]), created_at=created or dt.datetime.now(),
        updated_at=_when(row[4]) or created or dt.datetime.now(),
    )


def count_values(contact_id: ContactId) -> dict[str, int]:
    """How many e-mails, phones, addresses, URLs, interests and topics to avoid the
    contact has."""
    row = db.execute_sql(
        "SELECT (SELECT count(*) FROM email WHERE contact_id = ?1), "
        "(SELECT count(*) FROM phone WHERE contact_id = ?1), "
        "(SELECT count(*) FROM address WHERE contact_id = ?1), "
        "(SELECT count(*) FROM url WHERE contact_id = ?1), "
        "(SELECT count(*) FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
        " WHERE ct.contact_id = ?1 AND t.category != 'avoid'), "
        "(SELECT count(*) FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
        " WHERE ct.contact_id = ?1 AND t.category = 'avoid')", (int(contact_id),)).fetchone()
    return dict(zip(("emails", "phones", "addresses", "urls", "tags", "avoid"),
                    map(int, row), strict=True))


def me_id() -> ContactId | None:
    row = db.execute_sql("SELECT id FROM contact WHERE is_me = 1 ORDER BY id LIMIT 1").fetchone()
    return ContactId(row[0]) if row else None


def ensure_me() -> tuple[ContactId, Changes]:
    """The user's own profile, created empty ("Me") the first time it is asked for."""
    existing = me_id()
    if existing is not None:
        return existing, Changes()
    return create_contact(ContactFields(full_name="Me"), is_me=True)


def common_interests(contact_id: ContactId) -> tuple[TagRef, ...]:
    """The interest tags this contact shares with the user's own profile."""
    me = me_id()
    if me is None or me == contact_id:
        return ()
    return tuple(
        TagRef(TagId(r[0]), r[1], r[2], r[3])
        for r in db.execute_sql(
            "SELECT t.id, t.name, t.colour, t.category FROM contact_tag a "
            "JOIN contact_tag b ON b.tag_id = a.tag_id AND b.contact_id = ? "
            "JOIN tag t ON t.id = a.tag_id "
            "WHERE a.contact_id = ? AND t.category = 'interest' ORDER BY t.name COLLATE NOCASE",
            (int(me), int(contact_id)),
        )
    )


def contact_count() -> int:
    return int(db.execute_sql("SELECT count(*) FROM contact WHERE is_me = 0").fetchone()[0])


def number_samples(limit: int = 12) -> list[str]:
    """A few stored phone numbers (E.164) of the regions most common among the last 1,000
    numbers stored, most common first: what warming libphonenumber at start-up needs
    (``phones.warm``). Grouped by their first three digits, which tell the countries
    apart (a country code of two digits may make several groups: hence a dozen). Reads
    1,000 rows of the phone table from its end (0.5 ms at 300,000 contacts)."""
    rows = db.execute_sql(
        "SELECT min(e164) FROM (SELECT e164 FROM phone WHERE e164 IS NOT NULL "
        "ORDER BY id DESC LIMIT 1000) GROUP BY substr(e164, 1, 4) "
        "ORDER BY count(*) DESC LIMIT ?", (limit,)).fetchall()
    return [str(row[0]) for row in rows]


# --- delete and undo ------------------------------------------------------------------

def _kept_tables() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The tables whose rows hang off a contact outside its card (interactions it took
    part in, follow-ups, favours, focus, graph positions, pinned facts, introductions,
    "not duplicates" marks), each with the columns that name the contact: what a
    delete puts aside for its undo."""
    out: list[tuple[str, tuple[str, ...]]] = []
    for model in (*CONTACT_DEPENDENT_MODELS, Introduction):
        meta = model._meta  # type: ignore[attr-defined]  # peewee's metaclass sets _meta
        refs = ([meta.fields[f].column_name for f in ("person_a", "person_b", "introducer")]
                if model is Introduction else [meta.fields["contact"].column_name])
        out.append((meta.table_name, tuple(refs)))
    # "Not duplicates" marks (no model: the duplicates service keeps them) go by cascade too.
    out.append(("not_duplicate", ("contact_a_id", "contact_b_id")))
    return tuple(out)


_KEPT_TABLES = _kept_tables()
_IDS = "IN (SELECT value FROM json_each(?1))"
# Rows that go with the contacts though they name another: the reminder to make or chase an
# introduction of theirs, on its first person (``follow_up.introduction_id``, ON DELETE
# CASCADE): deleting B took A's reminder to introduce them with the introduction.
_CHASE = ("introduction_id IN (SELECT id FROM introduction "
          f"WHERE person_a_id {_IDS} OR person_b_id {_IDS})")
_ALSO: dict[str, str] = {"follow_up": _CHASE}
# How each table's rows that name the contacts go, set-based, before the store deletes the
# contacts (a cascade runs per contact: issue 18). The participations: see ``_drop_kept``.
_DROP_KEPT: dict[str, tuple[str, ...]] = {
    "interaction_participant": (f"DELETE FROM interaction_participant WHERE contact_id {_IDS}",),
    "follow_up": (f"DELETE FROM follow_up WHERE contact_id {_IDS} OR {_CHASE}",),
    "favor": (f"DELETE FROM favor WHERE contact_id {_IDS}",),
    "focus_entry": (f"DELETE FROM focus_entry WHERE contact_id {_IDS}",),
    "node_position": (f"DELETE FROM node_position WHERE contact_id {_IDS}",),
    "contact_fact": (f"DELETE FROM contact_fact WHERE contact_id {_IDS}",),
    # an introduction they made goes on without them (ON DELETE SET NULL, at the delete)
    "introduction": (f"DELETE FROM introduction WHERE person_a_id {_IDS} "
                     f"OR person_b_id {_IDS}",),
    "not_duplicate": (f"DELETE FROM not_duplicate WHERE contact_a_id {_IDS} "
                      f"OR contact_b_id {_IDS}",),
}


# The triggers of migration 15 that keep ``contact_meetings`` as participations are
# deleted and inserted: paused while a delete takes away the participations of contacts it
# deletes next, and while its undo puts them back (``store.paused_trigger``).
_PARTICIPANT_REMOVED = "participant_removed"
_PARTICIPANT_ADDED = "participant_added"
_PARTICIPANT_REMOVED_SQL = store.trigger_text(MEETING_TRIGGERS, _PARTICIPANT_REMOVED)
_PARTICIPANT_ADDED_SQL = store.trigger_text(MEETING_TRIGGERS, _PARTICIPANT_ADDED)


def _drop_kept(table: str, ids_json: str) -> None:
    """Delete *table*'s rows that name the contacts (a JSON array) and are put aside.

    The participations go with ``participant_removed`` paused: it counts a held meeting
    down for a contact that stays, and these contacts go next (their ``contact_meetings``
    rows by cascade); run per row, it looked up each row's interaction (issue 18: 190,000
    participations, ~1 s of a delete of 100,000 contacts). Where it is not migration
    15's trigger, they go by cascade with their contact, which it then leaves alone."""
    if table == "interaction_participant":
        with store.paused_trigger(_PARTICIPANT_REMOVED, _PARTICIPANT_REMOVED_SQL) as paused:
            if paused:
                for statement in _DROP_KEPT[table]:
                    db.execute_sql(statement, (ids_json,))
        return
    for statement in _DROP_KEPT[table]:
        db.execute_sql(statement, (ids_json,))


def _put_aside(ids: Sequence[int]) -> list[KeptRows]:
    """Take away the rows that hang off these contacts outside their card
    (``_KEPT_TABLES``): each table's, as stored, packed (``KeptRows``: issue 18, as
    tuples the rows of 100,000 contacts were 200 MB kept for the undo), then deleted
    (``_drop_kept``); ``restore_contacts`` puts them back. A row naming contacts of two
    steps is taken by the first. The caller deletes the contacts next, in the same
    transaction."""
    ids_json = json.dumps([int(i) for i in ids])
    out: list[KeptRows] = []
    for table, refs in _KEPT_TABLES:
        terms = [f"{c} {_IDS}" for c in refs]
        if table in _ALSO:
            terms.append(_ALSO[table])
        where = " OR ".join(terms)
        cursor = db.execute_sql(f"SELECT * FROM {table} WHERE {where}", (ids_json,))
        rows = cursor.fetchall()
        if rows:
            out.append(KeptRows.pack(table, [d[0] for d in cursor.description], rows))
            _drop_kept(table, ids_json)
    return out


class DeleteCancelled(Exception):
    """``delete_contacts``' progress callback said stop: nothing was deleted."""


def delete_contacts(ids: Sequence[ContactId],
                    progress: Callable[[int, int], bool] | None = None
                    ) -> tuple[ContactSnapshot, Changes]:
    """Delete contacts; ``restore_contacts`` with the snapshot puts them back exactly (the
    store's history keeps the contacts, the snapshot what hung off them). *progress*
    (done, total) is told how far it got (a big selection runs off the UI thread, issue
    18); when it returns False, ``DeleteCancelled`` is raised and nothing is deleted (the
    session is one transaction: it rolls back).

    ``store.DELETE_CHUNK`` contacts a step: what hangs off them put aside (read and
    packed), then the store deletes them, set-based (issue 18)."""
    if not ids:
        return ContactSnapshot(), Changes()
    # In id order, as runs (``store.Session.delete`` says why; never one sort of them all
    # in C: the interpreter lock would not pass to the UI thread meanwhile).
    people = IdRuns.of(ids)
    total = len(people) + 1
    done = 0

    def step(n: int) -> None:
        nonlocal done
        done = min(done + n, total)
        if progress is not None and progress(done, total) is False:
            raise DeleteCancelled("delete cancelled")

    label = HistoryLabel.tr("Delete %Ln contact(s)", "", len(people))
    kept: list[KeptRows] = []
    with store.session("user", label) as s:
        step(0)
        s.expect_deletes(len(people))
        for chunk in store.in_chunks(people, store.DELETE_CHUNK):
            kept += _put_aside(chunk)
            s.delete(chunk)
            step(len(chunk))
    changes = s.changes()
    return ContactSnapshot(tables=tuple(kept), contact_ids=people,
                           change_sets=changes.change_sets), changes


def merge_contacts(keep: ContactId, fields: ContactFields, others: Sequence[ContactId],
                   photo: tuple[bytes, str] | None, label: str | Phrase
                   ) -> tuple[ContactSnapshot, Changes]:
    """Write a merge of duplicates as one change set of the store: *keep* gets *fields*
    (the values chosen, every e-mail, number, address and tag of all; none re-checked) and
    *photo* when one is given; *others* are deleted (the history keeps each whole, the
    snapshot what still hangs off them: their interactions and the like are the caller's
    to move first). ``restore_contacts`` with the snapshot takes all of it back."""
    current = get_contact(keep)
    if current is None:
        raise ServiceError(fill(ContactText.tr("contact %1 no longer exists"), keep))
    patch = patch_between(current.fields, _validate(fields, None))
    if photo is not None:
        patch["photo"] = photo
    gone = [ContactId(int(o)) for o in others]
    with store.session("user", label) as s:
        s.update(keep, patch)
        tables = _put_aside(gone)
        s.delete(gone)
    changes = s.changes() | Changes(contacts=frozenset({keep}))
    return ContactSnapshot(tables=tuple(tables), contact_ids=frozenset(gone),
                           change_sets=changes.change_sets), changes


# How ``restore_contacts`` puts back the rows of each table ``_dependents`` reads (none
# is a contact table: the store brings the cards back). An introduction may be there
# still: deleting only the one who made it keeps it without them (ON DELETE SET NULL),
# and they come back as its introducer; or another deleted contact's snapshot put it back.
_RESTORE_INTO = {
    "interaction_participant": "INSERT INTO interaction_participant",
    "follow_up": "INSERT INTO follow_up",
    "favor": "INSERT INTO favor",
    "focus_entry": "INSERT INTO focus_entry",
    "node_position": "INSERT INTO node_position",
    "contact_fact": "INSERT INTO contact_fact",
    "introduction": "INSERT INTO introduction",
    "not_duplicate": "INSERT OR IGNORE INTO not_duplicate",
}
_INTRODUCER_BACK = (" ON CONFLICT (id) DO UPDATE SET introducer_id = excluded.introducer_id "
                    "WHERE introduction.introducer_id IS NULL")


def _there(ids: set[int], back: AbstractIds) -> set[int]:
    """Those of *ids* whose contact exists: brought back (*back*) or never deleted."""
    there = {c for c in ids if c in back}
    others = sorted(ids - there)
    for start in range(0, len(others), _MARKS_CHUNK):
        chunk = json.dumps(others[start : start + _MARKS_CHUNK])
        there |= {r[0] for r in db.execute_sql(
            "SELECT id FROM contact WHERE id IN (SELECT value FROM json_each(?))", (chunk,))}
    return there


def _both_back(names: Sequence[str], rows: Sequence[tuple[object, ...]], back: AbstractIds
               ) -> list[tuple[object, ...]]:
    """The "not duplicates" marks among *rows* whose two contacts exist."""
    a, b = names.index("contact_a_id"), names.index("contact_b_id")
    pairs = [(int(str(r[a])), int(str(r[b]))) for r in rows]
    there = _there({c for pair in pairs for c in pair}, back)
    return [r for r, pair in zip(rows, pairs, strict=True)
            if pair[0] in there and pair[1] in there]


# ids of "not duplicates" marks looked up per statement (bound as one JSON array)
_MARKS_CHUNK = 10_000


def restore_contacts(snapshot: ContactSnapshot,
                     progress: Callable[[int, int], bool] | None = None) -> Changes:
    """Undo ``delete_contacts``: the contacts come back at their ids through the history,
    then what hung off them, as it was stored, a pack at a time. *progress* as in
    ``history.undo`` (False: ``UndoCancelled``, nothing comes back)."""
    from desktop.services import history

    with db.atomic("IMMEDIATE"):  # ``history.undo`` joins it
        result = history.undo(snapshot.change_sets, progress)
        back = IdRuns.of(result.changes.contacts)
        cursor = db.cursor()
        for kept in snapshot.tables:
            table, names, rows = kept.table, kept.columns, kept.rows()
            into = f"{_RESTORE_INTO[table]} ({', '.join(names)}) " \
                   f"VALUES ({', '.join('?' * len(names))})"
            if table == "introduction":
                # By id, as the table stores them: a step's introductions, in the order
                # their people were found, went into the table and its four indexes all
                # over them (issue 18).
                rows.sort(key=operator.itemgetter(names.index("id")))
                cursor.executemany(into + _INTRODUCER_BACK, rows)
                continue
            if table == "not_duplicate":  # a mark needs both of its contacts back
                cursor.executemany(into, _both_back(names, rows, back))
                continue
            # A row whose contact exists: brought back, or one that went with them though
            # it is another's (``_ALSO``: the reminder to make an introduction of theirs).
            at = names.index("contact_id")
            there = _there({int(str(r[at])) for r in rows}, back)
            rows = [r for r in rows if int(str(r[at])) in there]
            if table == "interaction_participant":
                _participations_back(into, names, rows)
                continue
            cursor.executemany(into, rows)
    return result.changes | Changes(contacts=snapshot.contact_ids,
                                    contacts_added_or_removed=True, tags=True, graph=True,
                                    followups=True, interactions=True)


def _participations_back(into: str, names: Sequence[str], rows: list[tuple[object, ...]]
                         ) -> None:
    """Insert participations of contacts brought back (*into*: the insert of *names*), the
    meetings they count added per contact by one statement (``MEETINGS_ADDED``) with
    ``participant_added`` paused: run per row, it looked up each row's interaction and
    wrote the contact's count once per row (issue 18: 190,000 rows). Where it is not
    migration 15's trigger, it runs."""
    with store.paused_trigger(_PARTICIPANT_ADDED, _PARTICIPANT_ADDED_SQL) as paused:
        db.cursor().executemany(into, rows)
        if paused and rows:
            met, who = names.index("interaction_id"), names.index("contact_id")
            db.execute_sql(MEETINGS_ADDED, (json.dumps([[r[met], r[who]] for r in rows]),))


# --- finding people by what the user typed -------------------------------------------


@dataclass(frozen=True)
class NameMatch:
    id: ContactId
    name: str
    organization: str


def find_contacts(name_or_id: str, limit: int = 50) -> list[NameMatch]:
    """Resolve what a user typed (command line, "How do I reach…?", pickers): a numeric id,
    else a name matched case- and accent-insensitively: the whole name first, then names
    with a word starting with it ("ana" finds Ana Silva, not Tanaka; "zoe ro" finds Zoë
    Rossi). At most *limit* matches, in name order."""
    text = name_or_id.strip()
    if text.isdigit():
        row = db.execute_sql("SELECT id, full_name, organization FROM contact WHERE id = ?",
                             (int(text),)).fetchone()
        if row is not None:
            return [NameMatch(ContactId(row[0]), display_name(row[1], row[2]), row[2])]
    key = sort_key(text)
    if not key:
        return []
    rows = db.execute_sql(
        "SELECT id, full_name, organization FROM contact WHERE sort_key = ? "
        "ORDER BY id LIMIT ?",
        (key, limit),
    ).fetchall()
    if not rows:  # words starting with what was typed: "ana" finds Ana Silva, not Tanaka
        like = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = db.execute_sql(
            "SELECT id, full_name, organization FROM contact "
            "WHERE sort_key LIKE ?1 ESCAPE '\\' OR sort_key LIKE ?2 ESCAPE '\\' "
            "ORDER BY sort_key, id LIMIT ?3",
            (like + "%", "% " + like + "%", limit),
        ).fetchall()
    return [NameMatch(ContactId(r[0]), display_name(r[1], r[2]), r[2]) for r in rows]


# --- bulk work on a selection (issue 15) ---------------------------------------------

class StagingCancelled(Exception):
    """``set_stage_many``'s progress callback said stop: nothing was changed."""


def set_stage_many(ids: Iterable[ContactId], stage: str,
                   progress: Callable[[int, int], bool] | None = None) -> Changes:
    """Set the relationship stage of many contacts at once (the user's own profile has
    none): in SQL, a chunk of ids at a time, one ``stages`` row in the history however
    many contacts (``store.Session.set_stages``; ``history.undo`` takes it back). Changes
    with the change set and the contacts changed (as runs). *progress* (done, total) is
    told how far it got (a selection of 100,000 runs off the UI thread, issue 18); when it
    returns False, ``StagingCancelled`` is raised and nothing is changed (the caller's
    transaction rolls back: the session is one)."""
    if stage not in STAGES:
        raise ServiceError(fill(ContactText.tr("stage must be one of %1, not %2"),
                                ", ".join(STAGES), repr(stage)))
    # A selection's ids as runs (its ids are mostly consecutive): never a set of them.
    people = IdRuns.of(ids)
    total = len(people) + 1
    done = 0

    def tick() -> None:
        nonlocal done
        done = min(done + store.MEMBERS_PER_STATEMENT, total - 1)
        if progress is not None and progress(done, total) is False:
            raise StagingCancelled("stage change cancelled")

    label = HistoryLabel.tr("Set stage of %Ln contact(s) to %1", "", len(people)).fill(
        stage_phrase(stage))
    with store.session("user", label) as s:
        s.set_stages([(people, None, stage)], tick=tick)
    return s.changes()


def set_met_many(ids: Sequence[ContactId], how_we_met: str, met_on: dt.date | None
                 ) -> Changes:
    """"Met at … on …" for a whole batch: written where the contact has no story (or no
    date) yet, so what the user typed for one person is kept."""
    story = " ".join(how_we_met.split())
    if len(story) > 500:
        raise ServiceError(ContactText.tr("how you met is at most 500 characters"))
    id_list = sorted({int(i) for i in ids})
    rows: dict[int, dict[str, Any]] = {}
    for start in range(0, len(id_list), 900):
        chunk = id_list[start : start + 900]
        for cid, how, on in db.execute_sql(
                f"SELECT id, how_we_met, met_on FROM contact WHERE id IN "
                f"({','.join('?' * len(chunk))})", chunk):
            patch: dict[str, Any] = {}
            if story and not how:
                patch["how_we_met"] = story
            if met_on is not None and on is None:
                patch["met_on"] = met_on.isoformat()
            if patch:
                rows[int(cid)] = patch
    with store.session("user", HistoryLabel.tr("Met at")) as s:
        changed = s.set_columns(rows)
    return s.changes() | Changes(contacts=frozenset(ContactId(c) for c in changed))


# --- moving what hangs off a contact to another (a merge of duplicates, issue 11) ------

# Tables whose rows name a contact in a column, by primary key. A merge re-points them; a
# row that would then say the same as one the kept contact has (it takes part in that
# interaction, is in that week's focus) or nothing at all (an introduction of someone to
# themselves) is deleted instead. Each statement names its table as written, so none of
# them could reach a contact table (tests/services/test_one_writer.py reads them).
class _Dependent(NamedTuple):
    table: str
    key: tuple[str, ...]  # its primary key
    columns: tuple[str, ...]  # the columns that name a contact
    select: str
    update: str
    delete: str
    insert: str


_DEPENDENTS: tuple[_Dependent, ...] = (
    _Dependent("interaction_participant", ("interaction_id", "contact_id"), ("contact_id",),
               "SELECT * FROM interaction_participant WHERE",
               "UPDATE interaction_participant SET", "DELETE FROM interaction_participant WHERE",
               "INSERT INTO interaction_participant"),
    _Dependent("follow_up", ("id",), ("contact_id",), "SELECT * FROM follow_up WHERE",
               "UPDATE follow_up SET", "DELETE FROM follow_up WHERE", "INSERT INTO follow_up"),
    _Dependent("favor", ("id",), ("contact_id",), "SELECT * FROM favor WHERE",
               "UPDATE favor SET", "DELETE FROM favor WHERE", "INSERT INTO favor"),
    _Dependent("focus_entry", ("id",), ("contact_id",), "SELECT * FROM focus_entry WHERE",
               "UPDATE focus_entry SET", "DELETE FROM focus_entry WHERE",
               "INSERT INTO focus_entry"),
    _Dependent("contact_fact", ("id",), ("contact_id",), "SELECT * FROM contact_fact WHERE",
               "UPDATE contact_fact SET", "DELETE FROM contact_fact WHERE",
               "INSERT INTO contact_fact"),
    _Dependent("introduction", ("id",), ("person_a_id", "person_b_id", "introducer_id"),
               "SELECT * FROM introduction WHERE", "UPDATE introduction SET",
               "DELETE FROM introduction WHERE", "INSERT INTO introduction"),
)
_DEPENDENT = {d.table: d for d in _DEPENDENTS}


@dataclass(frozen=True)
class MovedRows:
    """What ``move_dependents`` changed: per table, each row as it was before (a dict of
    its columns) and whether it was deleted rather than re-pointed."""

    rows: tuple[tuple[str, bool, tuple[tuple[str, object], ...]], ...] = ()


def move_dependents(from_ids: Sequence[ContactId], to_id: ContactId) -> MovedRows:
    """Re-point the interactions, follow-ups, favours, pinned facts, focus entries and
    introductions of *from_ids* to *to_id* (their e-mails, numbers, tags and photo are the
    contact's own fields: the caller merges those). ``return_dependents`` undoes it."""
    gone = [int(i) for i in from_ids]
    to = int(to_id)
    marks = ",".join("?" * len(gone))
    out: list[tuple[str, bool, tuple[tuple[str, object], ...]]] = []
    with db.atomic():
        for dep in _DEPENDENTS:
            table, key, columns = dep.table, dep.key, dep.columns
            where = " OR ".join(f"{c} IN ({marks})" for c in columns)
            cursor = db.execute_sql(f"{dep.select} {where}", gone * len(columns))
            names = [d[0] for d in cursor.description]
            for values in cursor.fetchall():
                row = dict(zip(names, values, strict=True))
                new = {c: (to if row[c] in gone else row[c]) for c in columns}
                drop = _duplicate_after_move(table, row, new, to)
                match = " AND ".join(f"{k} = ?" for k in key)
                params = [row[k] for k in key]
                if drop:
                    db.execute_sql(f"{dep.delete} {match}", params)
                else:
                    if table == "introduction" and new["introducer_id"] in (
                            new["person_a_id"], new["person_b_id"]):
                        new["introducer_id"] = None  # nobody introduces themselves
                    sets = ", ".join(f"{c} = ?" for c in new)
                    db.execute_sql(f"{dep.update} {sets} WHERE {match}",
                                   [*new.values(), *params])
                out.append((table, drop, tuple(row.items())))
    return MovedRows(tuple(out))


def _duplicate_after_move(table: str, row: dict[str, object], new: dict[str, object],
                          to: int) -> bool:
    if table == "interaction_participant":
        return db.execute_sql(
            "SELECT 1 FROM interaction_participant WHERE interaction_id = ? AND contact_id = ?",
            (row["interaction_id"], to)).fetchone() is not None
    if table == "focus_entry":
        return db.execute_sql(
            "SELECT 1 FROM focus_entry WHERE week_start = ? AND contact_id = ?",
            (row["week_start"], to)).fetchone() is not None
    if table == "introduction":
        return new["person_a_id"] == new["person_b_id"]
    return False


def return_dependents(moved: MovedRows, to_id: ContactId) -> Changes:
    """Undo ``move_dependents`` (the contacts the rows came from must exist again): each
    row is as it was, deleted ones put back."""
    with db.atomic():
        for table, dropped, items in reversed(moved.rows):
            dep = _DEPENDENT[table]
            row = dict(items)
            columns = list(row)
            if dropped:
                db.execute_sql(
                    f"{dep.insert} ({', '.join(columns)}) "
                    f"VALUES ({','.join('?' * len(columns))})", list(row.values()))
                continue
            key = dep.key
            if table == "interaction_participant":
                # Its key is what moved: find it under the contact it was moved to.
                match, params = ("interaction_id = ? AND contact_id = ?",
                                 [row["interaction_id"], int(to_id)])
            else:
                match, params = " AND ".join(f"{k} = ?" for k in key), [row[k] for k in key]
            sets = ", ".join(f"{c} = ?" for c in columns)
            db.execute_sql(f"{dep.update} {sets} WHERE {match}", [*row.values(), *params])
    return Changes(contacts=frozenset({to_id}), graph=True, followups=True,
                   interactions=True)
