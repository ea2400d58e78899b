"""Contacts: read, create, edit, delete (with an exact snapshot for undo), "me", and
the interests two people share."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from peewee import Model

from desktop.models import (
    CONTACT_CHILD_MODELS,
    STAGES,
    Address,
    Contact,
    ContactPhoto,
    ContactTag,
    Email,
    Introduction,
    Phone,
    Tag,
    Url,
    db,
)
from desktop.services import search
from desktop.services.errors import ServiceError
from desktop.services.text import sort_key
from desktop.services.types import (
    Changes,
    ContactDetail,
    ContactFields,
    ContactId,
    ContactSnapshot,
    LabeledValue,
    PostalAddress,
    TagId,
    TagRef,
    display_name,
)

_DATE = re.compile(r"^(\d{4}|--)-?(\d{2})-?(\d{2})$")
# local@domain: no spaces, one "@", a domain of dot-separated labels (RFC 5321 in spirit;
# not a full RFC 5322 parser: a typo, not an exotic address, is what this catches).
_EMAIL = re.compile(r"^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)*$")
MAX_CADENCE_DAYS = 36_500


def check_email(value: str) -> str:
    """*value* stripped, if it looks like local@domain; else a one-line ServiceError."""
    text = value.strip()
    if not _EMAIL.match(text):
        raise ServiceError(f"{text!r} is not an e-mail address")
    return text


def normalise_date_text(value: str | None) -> str | None:
    """"1980-03-04", "19800304", "--03-04" or "--0304" -> ISO ("YYYY-MM-DD" / "--MM-DD")."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    m = _DATE.match(text)
    if not m:
        raise ServiceError(f"date {text!r} is not YYYY-MM-DD or --MM-DD")
    year, month, day = m.groups()
    probe_year = 2000 if year == "--" else int(year)  # 2000 is a leap year: --02-29 is valid
    try:
        dt.date(probe_year, int(month), int(day))
    except ValueError as exc:
        raise ServiceError(f"date {text!r} does not exist") from exc
    return f"--{month}-{day}" if year == "--" else f"{year}-{month}-{day}"


def _validate(fields: ContactFields, kept_emails: frozenset[str] | None = frozenset()
              ) -> ContactFields:
    """*fields* checked and normalised. E-mails in *kept_emails* (the ones the contact
    already has, e.g. from an imported card) are not re-checked: an odd imported value must
    not stop the user from changing the stage; None checks none (restoring a state)."""
    if fields.stage not in STAGES:
        raise ServiceError(f"stage must be one of {', '.join(STAGES)}, not {fields.stage!r}")
    if kept_emails is not None:
        for email in fields.emails:
            if email.value.strip() and email.value.strip() not in kept_emails:
                check_email(email.value)
    cadence = fields.keep_in_touch_days
    if cadence is not None and not 0 <= cadence <= MAX_CADENCE_DAYS:
        raise ServiceError(f"keep-in-touch cadence must be 0 to {MAX_CADENCE_DAYS} days")
    return ContactFields(
        **{
            **fields.__dict__,
            "birthday": normalise_date_text(fields.birthday),
            "anniversary": normalise_date_text(fields.anniversary),
        }
    )


def _column_values(fields: ContactFields) -> dict[str, object]:
    full_name = fields.full_name.strip()
    if not full_name:
        parts = [fields.prefix, fields.given_name, fields.additional_names,
                 fields.family_name, fields.suffix]
        full_name = " ".join(p.strip() for p in parts if p.strip())
    return {
        "full_name": full_name,
        "sort_key": sort_key(full_name or fields.organization),
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


def _write_children(contact_id: int, fields: ContactFields) -> None:
    for model in (Email, Phone, Address, Url):
        model.delete().where(model.contact == contact_id).execute()
    if fields.emails:
        Email.insert_many(
            [{"contact": contact_id, "address": e.value.strip(), "kind": e.kind,
              "label": e.label, "pref": e.pref, "position": i}
             for i, e in enumerate(fields.emails) if e.value.strip()]
        ).execute()
    typed = [p for p in fields.phones if p.value.strip()]
    if typed:
        # Loaded on first save, not at start-up (libphonenumber's tables, ~30 ms).
        from desktop.services import phones as phone_numbers

        # A national number's country: the addresses, the other numbers, the user's region.
        e164s = phone_numbers.e164_numbers([p.value for p in typed],
                                           [a.country for a in fields.addresses])
        Phone.insert_many(
            [{"contact": contact_id, "number": p.value.strip(), "kind": p.kind,
              "label": p.label, "pref": p.pref, "position": i, "e164": e164}
             for i, (p, e164) in enumerate(zip(typed, e164s, strict=True))]
        ).execute()
    if fields.addresses:
        Address.insert_many(
            [{"contact": contact_id, "street": a.street, "locality": a.locality,
              "region": a.region, "postal_code": a.postal_code, "country": a.country,
              "po_box": a.po_box, "extended": a.extended, "kind": a.kind, "label": a.label,
              "pref": a.pref, "position": i}
             for i, a in enumerate(fields.addresses) if not a.is_empty()]
        ).execute()
    if fields.urls:
        Url.insert_many(
            [{"contact": contact_id, "url": u.value.strip(), "kind": u.kind, "label": u.label,
              "pref": u.pref, "position": i} for i, u in enumerate(fields.urls)
             if u.value.strip()]
        ).execute()
    _set_tags(contact_id, fields.tags)


def ensure_tags(names: Iterable[str], category: str = "interest") -> dict[str, int]:
    """Tag ids by lower-cased name, creating the missing tags."""
    wanted: dict[str, str] = {}
    for name in names:
        clean = " ".join(name.split())
        if clean and clean.lower() not in wanted:
            wanted[clean.lower()] = clean
    if not wanted:
        return {}
    found: dict[str, int] = {}
    keys = list(wanted)
    for start in range(0, len(keys), 900):
        chunk = keys[start : start + 900]
        marks = ",".join("?" * len(chunk))
        for tag_id, name in db.execute_sql(
            f"SELECT id, name FROM tag WHERE lower(name) IN ({marks})", chunk
        ):
            found[name.lower()] = tag_id
    missing = [wanted[k] for k in keys if k not in found]
    for start in range(0, len(missing), 500):
        Tag.insert_many(
            [{"name": n, "category": category} for n in missing[start : start + 500]]
        ).execute()
    if missing:
        return ensure_tags(wanted.values(), category)
    return found


def _set_tags(contact_id: int, names: Sequence[str]) -> None:
    ContactTag.delete().where(ContactTag.contact == contact_id).execute()
    ids = ensure_tags(names)
    if ids:
        ContactTag.insert_many(
            [{"contact": contact_id, "tag": tag_id} for tag_id in dict.fromkeys(ids.values())]
        ).execute()


def create_contact(fields: ContactFields, *, is_me: bool = False) -> tuple[ContactId, Changes]:
    fields = _validate(fields)
    with db.atomic():
        # Every contact has a UID (RFC 6350 §6.7.6): its export re-imports as itself.
        contact = Contact.create(is_me=is_me, uid=f"urn:uuid:{uuid.uuid4()}",
                                 **_column_values(fields))
        _write_children(contact.id, fields)
        search.reindex([ContactId(contact.id)])
    cid = ContactId(contact.id)
    return cid, Changes(contacts=frozenset({cid}), contacts_added_or_removed=True,
                        tags=bool(fields.tags))


def update_contact(contact_id: ContactId, fields: ContactFields, *,
                   restoring: bool = False) -> Changes:
    """Save *fields* over the contact. A new e-mail must look like one; the e-mails it
    already has are kept as they are, and *restoring* (an undo putting back what was there)
    checks none."""
    kept = None if restoring else frozenset(
        e.address for e in Email.select(Email.address).where(Email.contact == contact_id))
    fields = _validate(fields, kept)
    with db.atomic():
        values = _column_values(fields)
        values["updated_at"] = dt.datetime.now().replace(microsecond=0)
        updated = Contact.update(**values).where(Contact.id == contact_id).execute()
        if not updated:
            raise ServiceError(f"contact {contact_id} no longer exists")
        _write_children(contact_id, fields)
        search.reindex([contact_id])
    return Changes(contacts=frozenset({contact_id}), tags=True)


def set_tags(contact_id: ContactId, names: Sequence[str]) -> Changes:
    with db.atomic():
        _set_tags(contact_id, names)
        search.reindex([contact_id])
    return Changes(contacts=frozenset({contact_id}), tags=True)


def set_photo(contact_id: ContactId, data: bytes | None, mime: str = "image/jpeg") -> Changes:
    with db.atomic():
        ContactPhoto.delete().where(ContactPhoto.contact == contact_id).execute()
        if data:
            ContactPhoto.insert(contact=contact_id, data=data, mime=mime).execute()
    return Changes(contacts=frozenset({contact_id}))


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


def get_contact(contact_id: ContactId, limit: int | None = None) -> ContactDetail | None:
    """Everything about one contact. *limit*: at most that many e-mails, phones,
    addresses, URLs, interests and topics to avoid each, for a view that shows the first
    few (issue 13: a contact with 50,000 e-mails must not freeze the detail pane;
    ``count_values`` says how many there are). Never for an edit, which would drop the
    rest."""
    c = Contact.get_or_none(Contact.id == contact_id)
    if c is None:
        return None
    emails = tuple(
        LabeledValue(e.address, e.kind, e.label, e.pref)
        for e in Email.select().where(Email.contact == c.id).order_by(Email.position)
        .limit(limit)
    )
    phones = tuple(
        LabeledValue(p.number, p.kind, p.label, p.pref)
        for p in Phone.select().where(Phone.contact == c.id).order_by(Phone.position)
        .limit(limit)
    )
    addresses = tuple(
        PostalAddress(a.street, a.locality, a.region, a.postal_code, a.country, a.po_box,
                      a.extended, a.kind, a.label, a.pref)
        for a in Address.select().where(Address.contact == c.id).order_by(Address.position)
        .limit(limit)
    )
    urls = tuple(
        LabeledValue(u.url, u.kind, u.label, u.pref)
        for u in Url.select().where(Url.contact == c.id).order_by(Url.position)
        .limit(limit)
    )
    tags = contact_tags(c.id, limit)
    fields = ContactFields(
        full_name=c.full_name, given_name=c.given_name, family_name=c.family_name,
        additional_names=c.additional_names, prefix=c.prefix, suffix=c.suffix,
        nickname=c.nickname, organization=c.organization, department=c.department,
        title=c.title, birthday=c.birthday, anniversary=c.anniversary, note=c.note,
        how_we_met=c.how_we_met, met_on=c.met_on, stage=c.stage,
        keep_in_touch_days=c.keep_in_touch_days, emails=emails, phones=phones,
        addresses=addresses, urls=urls, tags=tuple(t.name for t in tags),
    )
    has_photo = db.execute_sql(
        "SELECT 1 FROM contact_photo WHERE contact_id = ?", (c.id,)
    ).fetchone() is not None
    return ContactDetail(
        id=ContactId(c.id), uid=c.uid, fields=fields, is_me=c.is_me, tags=tags,
        has_photo=has_photo, last_interaction_at=c.last_interaction_at,
        next_followup_on=c.next_followup_on, created_at=c.created_at, updated_at=c.updated_at,
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


# --- delete and undo ------------------------------------------------------------------

def _rows(model: type[Model], where: object) -> tuple[dict[str, object], ...]:
    return tuple(model.select().where(where).dicts())


def snapshot_contacts(ids: Sequence[ContactId]) -> ContactSnapshot:
    """Every row of these contacts and of what hangs off them."""
    id_list = [int(i) for i in ids]
    tables: list[tuple[str, tuple[dict[str, object], ...]]] = [
        ("contact", _rows(Contact, Contact.id.in_(id_list)))
    ]
    for model in CONTACT_CHILD_MODELS:
        column = model.contact
        tables.append((model._meta.table_name, _rows(model, column.in_(id_list))))
    tables.append(
        (
            "introduction",
            _rows(
                Introduction,
                Introduction.person_a.in_(id_list)
                | Introduction.person_b.in_(id_list)
                | Introduction.introducer.in_(id_list),
            ),
        )
    )
    return ContactSnapshot(tables=tuple(tables), contact_ids=tuple(ContactId(i) for i in id_list))


def delete_contacts(ids: Sequence[ContactId]) -> tuple[ContactSnapshot, Changes]:
    """Delete contacts; the snapshot lets ``restore_contacts`` put them back exactly."""
    if not ids:
        return ContactSnapshot(), Changes()
    with db.atomic():
        snapshot = snapshot_contacts(ids)
        id_list = [int(i) for i in ids]
        for start in range(0, len(id_list), 900):
            chunk = id_list[start : start + 900]
            Contact.delete().where(Contact.id.in_(chunk)).execute()
        search.reindex(ids)
    return snapshot, Changes(contacts=frozenset(ids), contacts_added_or_removed=True,
                             tags=True, graph=True, followups=True)


_SNAPSHOT_MODELS: tuple[type[Model], ...] = (Contact, *CONTACT_CHILD_MODELS, Introduction)
_MODELS_BY_TABLE: dict[str, type[Model]] = {m._meta.table_name: m for m in _SNAPSHOT_MODELS}


def restore_contacts(snapshot: ContactSnapshot) -> Changes:
    with db.atomic():
        for table, rows in snapshot.tables:
            model = _MODELS_BY_TABLE[table]
            if table == "introduction":
                # Another deleted contact's snapshot may already have put it back.
                for row in rows:
                    model.insert(**row).on_conflict_ignore().execute()
                continue
            for start in range(0, len(rows), 200):
                model.insert_many(list(rows[start : start + 200])).execute()
        search.reindex(snapshot.contact_ids)
    return Changes(contacts=frozenset(snapshot.contact_ids), contacts_added_or_removed=True,
                   tags=True, graph=True, followups=True)


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

def set_stage_many(ids: Sequence[ContactId], stage: str
                   ) -> tuple[dict[ContactId, str], Changes]:
    """Set the relationship stage of many contacts at once (one statement per 900). Returns
    each changed contact's stage before (what :func:`restore_stages` puts back)."""
    if stage not in STAGES:
        raise ServiceError(f"stage must be one of {', '.join(STAGES)}, not {stage!r}")
    id_list = sorted({int(i) for i in ids})
    before: dict[ContactId, str] = {}
    now = dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")
    with db.atomic():
        for start in range(0, len(id_list), 900):
            chunk = id_list[start : start + 900]
            marks = ",".join("?" * len(chunk))
            for cid, old in db.execute_sql(
                # "+": by id, never by walking the stage index end to end.
                f"SELECT id, stage FROM contact WHERE id IN ({marks}) AND +is_me = 0 "
                "AND +stage != ?", [*chunk, stage]):
                before[ContactId(cid)] = str(old)
            db.execute_sql(
                f"UPDATE contact SET stage = ?, updated_at = ? WHERE id IN ({marks}) "
                "AND +is_me = 0 AND +stage != ?", [stage, now, *chunk, stage])
    return before, Changes(contacts=frozenset(before))


def restore_stages(stages: dict[ContactId, str]) -> Changes:
    """Put each contact's stage back (undo of :func:`set_stage_many`)."""
    with db.atomic():
        db.cursor().executemany("UPDATE contact SET stage = ? WHERE id = ?",
                                [(stage, int(cid)) for cid, stage in stages.items()])
    return Changes(contacts=frozenset(stages))


@dataclass(frozen=True)
class MetState:
    """How some contacts were met before a batch "met at … on …" (undo puts it back)."""

    rows: tuple[tuple[int, str, object], ...]  # id, how_we_met, met_on


def set_met_many(ids: Sequence[ContactId], how_we_met: str, met_on: dt.date | None
                 ) -> tuple[MetState, Changes]:
    """"Met at … on …" for a whole batch: written where the contact has no story (or no
    date) yet, so what the user typed for one person is kept."""
    story = " ".join(how_we_met.split())
    if len(story) > 500:
        raise ServiceError("how you met is at most 500 characters")
    id_list = sorted({int(i) for i in ids})
    rows: list[tuple[int, str, object]] = []
    with db.atomic():
        for start in range(0, len(id_list), 900):
            chunk = id_list[start : start + 900]
            marks = ",".join("?" * len(chunk))
            rows += [(int(r[0]), str(r[1] or ""), r[2]) for r in db.execute_sql(
                f"SELECT id, how_we_met, met_on FROM contact WHERE id IN ({marks})", chunk)]
            if story:
                db.execute_sql(f"UPDATE contact SET how_we_met = ? WHERE how_we_met = '' "
                               f"AND id IN ({marks})", [story, *chunk])
            if met_on is not None:
                db.execute_sql(f"UPDATE contact SET met_on = ? WHERE met_on IS NULL "
                               f"AND id IN ({marks})", [met_on.isoformat(), *chunk])
    return MetState(tuple(rows)), Changes(contacts=frozenset(ContactId(r[0]) for r in rows))


def restore_met(state: MetState) -> Changes:
    with db.atomic():
        db.cursor().executemany("UPDATE contact SET how_we_met = ?, met_on = ? WHERE id = ?",
                                [(story, on, cid) for cid, story, on in state.rows])
    return Changes(contacts=frozenset(ContactId(r[0]) for r in state.rows))


# --- moving what hangs off a contact to another (a merge of duplicates, issue 11) ------

# Tables whose rows name a contact in a column, by primary key. A merge re-points them; a
# row that would then say the same as one the kept contact has (it takes part in that
# interaction, is in that week's focus) or nothing at all (an introduction of someone to
# themselves) is deleted instead.
_DEPENDENT_COLUMNS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("interaction_participant", ("interaction_id", "contact_id"), ("contact_id",)),
    ("follow_up", ("id",), ("contact_id",)),
    ("favor", ("id",), ("contact_id",)),
    ("focus_entry", ("id",), ("contact_id",)),
    ("contact_fact", ("id",), ("contact_id",)),
    ("introduction", ("id",), ("person_a_id", "person_b_id", "introducer_id")),
)


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
        for table, key, columns in _DEPENDENT_COLUMNS:
            where = " OR ".join(f"{c} IN ({marks})" for c in columns)
            cursor = db.execute_sql(f"SELECT * FROM {table} WHERE {where}",
                                    gone * len(columns))
            names = [d[0] for d in cursor.description]
            for values in cursor.fetchall():
                row = dict(zip(names, values, strict=True))
                new = {c: (to if row[c] in gone else row[c]) for c in columns}
                drop = _duplicate_after_move(table, row, new, to)
                match = " AND ".join(f"{k} = ?" for k in key)
                params = [row[k] for k in key]
                if drop:
                    db.execute_sql(f"DELETE FROM {table} WHERE {match}", params)
                else:
                    if table == "introduction" and new["introducer_id"] in (
                            new["person_a_id"], new["person_b_id"]):
                        new["introducer_id"] = None  # nobody introduces themselves
                    sets = ", ".join(f"{c} = ?" for c in new)
                    db.execute_sql(f"UPDATE {table} SET {sets} WHERE {match}",
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
    keys = {table: key for table, key, _columns in _DEPENDENT_COLUMNS}
    with db.atomic():
        for table, dropped, items in reversed(moved.rows):
            row = dict(items)
            columns = list(row)
            if dropped:
                db.execute_sql(
                    f"INSERT INTO {table} ({', '.join(columns)}) "
                    f"VALUES ({','.join('?' * len(columns))})", list(row.values()))
                continue
            key = keys[table]
            if table == "interaction_participant":
                # Its key is what moved: find it under the contact it was moved to.
                match, params = ("interaction_id = ? AND contact_id = ?",
                                 [row["interaction_id"], int(to_id)])
            else:
                match, params = " AND ".join(f"{k} = ?" for k in key), [row[k] for k in key]
            sets = ", ".join(f"{c} = ?" for c in columns)
            db.execute_sql(f"UPDATE {table} SET {sets} WHERE {match}",
                           [*row.values(), *params])
    return Changes(contacts=frozenset({to_id}), graph=True, followups=True,
                   interactions=True)
