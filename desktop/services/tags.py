"""Tags: list with counts, create, rename, merge, delete (undoable), colour, category,
keep-in-touch cadence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.models import TAG_CATEGORIES, ContactTag, Tag, db
from desktop.services import search
from desktop.services.errors import ServiceError
from desktop.services.types import Changes, ContactId, TagId, TagInfo


@dataclass(frozen=True)
class TagSnapshot:
    """A tag row and its memberships, enough to undo a delete or a merge."""

    tag: dict[str, object]
    contact_ids: tuple[ContactId, ...]


def list_tags() -> list[TagInfo]:
    """Every tag with how many contacts carry it (the user's own profile not counted)."""
    return [
        TagInfo(TagId(r[0]), r[1], r[2], r[3], int(r[4]), r[5])
        for r in db.execute_sql(
            "SELECT t.id, t.name, t.colour, t.category, count(c.id), t.keep_in_touch_days "
            "FROM tag t LEFT JOIN contact_tag ct ON ct.tag_id = t.id "
            "LEFT JOIN contact c ON c.id = ct.contact_id AND c.is_me = 0 "
            "GROUP BY t.id ORDER BY t.name COLLATE NOCASE"
        )
    ]


def tag_names() -> list[str]:
    return [r[0] for r in db.execute_sql("SELECT name FROM tag ORDER BY name COLLATE NOCASE")]


def get_tag(tag_id: TagId) -> TagInfo | None:
    for info in list_tags():
        if info.id == tag_id:
            return info
    return None


def _clean_name(name: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise ServiceError("a tag needs a name")
    if len(clean) > 100:
        raise ServiceError("a tag name is at most 100 characters")
    return clean


def _check_category(category: str) -> None:
    if category not in TAG_CATEGORIES:
        raise ServiceError(f"category must be one of {', '.join(TAG_CATEGORIES)}")


def create_tag(name: str, category: str = "interest", colour: str = "") -> tuple[TagId, Changes]:
    clean = _clean_name(name)
    _check_category(category)
    if Tag.get_or_none(Tag.name == clean) is not None:
        raise ServiceError(f"a tag named {clean!r} already exists")
    tag = Tag.create(name=clean, category=category, colour=colour)
    return TagId(tag.id), Changes(tags=True)


def _members(tag_id: TagId) -> list[ContactId]:
    return [ContactId(r[0]) for r in db.execute_sql(
        "SELECT contact_id FROM contact_tag WHERE tag_id = ?", (int(tag_id),))]


MAX_CADENCE_DAYS = 36_500  # a hundred years: the editor's upper bound (issue 4)


def _check_cadence(days: int | None) -> int | None:
    """A tag's cadence as stored: None for none (0 or empty in the editor), else 1-36,500."""
    if days is None or days == 0:
        return None
    if not 1 <= days <= MAX_CADENCE_DAYS:
        raise ServiceError(f"a keep-in-touch cadence is 1 to {MAX_CADENCE_DAYS:,} days")
    return days


def name_of(tag_id: TagId) -> str | None:
    """The tag's name (None: it no longer exists); cheaper than ``get_tag``'s counts."""
    row = db.execute_sql("SELECT name FROM tag WHERE id = ?", (int(tag_id),)).fetchone()
    return str(row[0]) if row else None


def cadence_days(tag_id: TagId) -> int:
    """The tag's keep-in-touch cadence in days (0: none)."""
    return _cadence(tag_id)


def _cadence(tag_id: TagId) -> int:
    row = db.execute_sql("SELECT keep_in_touch_days FROM tag WHERE id = ?",
                         (int(tag_id),)).fetchone()
    return int(row[0]) if row and row[0] else 0


def cadence_members(tag_id: TagId) -> tuple[ContactId, ...]:
    """The members whose follow-ups this tag's cadence can move: not the user's own
    profile (nobody keeps in touch with themselves), and not those with a cadence of their
    own (it wins, issue 4; 0 included: "no reminders")."""
    return tuple(ContactId(r[0]) for r in db.execute_sql(
        "SELECT ct.contact_id FROM contact_tag ct JOIN contact c ON c.id = ct.contact_id "
        "WHERE ct.tag_id = ? AND c.is_me = 0 AND c.keep_in_touch_days IS NULL",
        (int(tag_id),)))


def set_cadence(tag_id: TagId, days: int | None) -> Changes:
    """Keep in touch with this tag's members every *days* days (None or 0: no cadence).
    Members whose effective cadence moves get their keep-in-touch follow-up re-synced
    (``followups.sync_moved_cadences``), in the same transaction."""
    from desktop.services import followups

    value = _check_cadence(days)
    if Tag.get_or_none(Tag.id == tag_id) is None:
        raise ServiceError("that tag no longer exists")
    with db.atomic():
        before = followups.effective_cadences(cadence_members(tag_id))
        changes = update_tag(tag_id, keep_in_touch_days=value, clear_cadence=value is None)
        changes |= followups.sync_moved_cadences(before)
    return changes


def rename_tag(tag_id: TagId, new_name: str) -> Changes:
    clean = _clean_name(new_name)
    clash = Tag.get_or_none(Tag.name == clean)
    if clash is not None and clash.id != tag_id:
        raise ServiceError(f"a tag named {clean!r} already exists: merge them instead")
    with db.atomic():
        Tag.update(name=clean).where(Tag.id == tag_id).execute()
        members = _members(tag_id)
        search.reindex(members)
    return Changes(contacts=frozenset(members), tags=True)


def update_tag(
    tag_id: TagId,
    *,
    colour: str | None = None,
    category: str | None = None,
    keep_in_touch_days: int | None = None,
    clear_cadence: bool = False,
) -> Changes:
    values: dict[str, object] = {}
    if colour is not None:
        values["colour"] = colour
    if category is not None:
        _check_category(category)
        values["category"] = category
    if keep_in_touch_days is not None or clear_cadence:
        values["keep_in_touch_days"] = _check_cadence(keep_in_touch_days)
    if values:
        Tag.update(**values).where(Tag.id == tag_id).execute()
    return Changes(contacts=frozenset(_members(tag_id)), tags=True)


def snapshot_tag(tag_id: TagId) -> TagSnapshot:
    row = Tag.select().where(Tag.id == tag_id).dicts().get()
    return TagSnapshot(tag=row, contact_ids=tuple(_members(tag_id)))


def delete_tag(tag_id: TagId) -> tuple[TagSnapshot, Changes]:
    """Delete the tag; members who kept in touch by its cadence are re-synced (issue 4).
    ``restore_tag`` brings the tag back, not their follow-ups: the caller that undoes
    captures those (``followups.capture``/``restore``, as ``Operations`` does)."""
    from desktop.services import followups

    with db.atomic():
        snap = snapshot_tag(tag_id)
        before = (followups.effective_cadences(cadence_members(tag_id))
                  if _cadence(tag_id) else {})
        Tag.delete().where(Tag.id == tag_id).execute()
        search.reindex(snap.contact_ids)
        moved = followups.sync_moved_cadences(before)
    return snap, Changes(contacts=frozenset(snap.contact_ids), tags=True) | moved


def restore_tag(snapshot: TagSnapshot) -> Changes:
    """Undo a delete or a merge: the tag comes back with the same id and members."""
    with db.atomic():
        Tag.insert(**snapshot.tag).on_conflict_replace().execute()
        tag_id = snapshot.tag["id"]
        rows = [{"contact": c, "tag": tag_id} for c in snapshot.contact_ids]
        for start in range(0, len(rows), 400):
            ContactTag.insert_many(rows[start : start + 400]).on_conflict_ignore().execute()
        search.reindex(snapshot.contact_ids)
    return Changes(contacts=frozenset(snapshot.contact_ids), tags=True)


def merge_tags(source: TagId, target: TagId) -> tuple[TagSnapshot, Changes]:
    """Move every contact of *source* onto *target* and delete *source*."""
    if source == target:
        raise ServiceError("choose two different tags to merge")
    if Tag.get_or_none(Tag.id == target) is None:
        raise ServiceError("the tag to merge into no longer exists")
    from desktop.services import followups

    with db.atomic():
        snap = snapshot_tag(source)
        # The source's members trade its cadence for the target's (issue 4).
        before = (followups.effective_cadences(cadence_members(source))
                  if _cadence(source) or _cadence(target) else {})
        db.execute_sql(
            "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) "
            "SELECT contact_id, ? FROM contact_tag WHERE tag_id = ?",
            (int(target), int(source)),
        )
        Tag.delete().where(Tag.id == source).execute()
        search.reindex(snap.contact_ids)
        moved = followups.sync_moved_cadences(before)
    return snap, Changes(contacts=frozenset(snap.contact_ids), tags=True) | moved


def unmerge_tags(snapshot: TagSnapshot, target: TagId, target_members: tuple[ContactId, ...]
                 ) -> Changes:
    """Undo ``merge_tags``: restore the source tag, and take it off those it was added to."""
    with db.atomic():
        added = set(snapshot.contact_ids) - set(target_members)
        if added:
            ids = [int(i) for i in added]
            for start in range(0, len(ids), 900):
                chunk = ids[start : start + 900]
                ContactTag.delete().where(
                    (ContactTag.tag == target) & ContactTag.contact.in_(chunk)
                ).execute()
        changes = restore_tag(snapshot)
    return changes


def members(tag_id: TagId) -> tuple[ContactId, ...]:
    return tuple(_members(tag_id))


def find_tag(name: str) -> TagId | None:
    """The tag called *name* (case-insensitively), if any."""
    row = db.execute_sql(
        "SELECT id FROM tag WHERE name = ? COLLATE NOCASE", (" ".join(name.split()),)
    ).fetchone()
    return TagId(row[0]) if row else None


# --- bulk work on a selection (issue 15) ---------------------------------------------

def add_to_contacts(contact_ids: Sequence[ContactId], name: str, category: str = "interest"
                    ) -> tuple[TagId, bool, tuple[ContactId, ...], Changes]:
    """Put the tag *name* (created when new) on every one of *contact_ids*: one statement
    per 900 contacts, one reindex. Returns the tag, whether it was created, the contacts
    that did not have it (what :func:`remove_from_contacts` takes off again on undo) and
    what changed. A cadence the tag carries moves their follow-ups: the caller syncs
    them (``followups.sync_moved_cadences``), as ``Operations`` does."""
    clean = _clean_name(name)
    _check_category(category)
    ids = sorted({int(c) for c in contact_ids})
    if not ids:
        raise ServiceError("choose at least one contact")
    with db.atomic():
        existing = find_tag(clean)
        created = existing is None
        if existing is None:
            tag_id, _ = create_tag(clean, category)
        else:
            tag_id = existing
        added: list[int] = []
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            marks = ",".join("?" * len(chunk))
            have = {r[0] for r in db.execute_sql(
                f"SELECT contact_id FROM contact_tag WHERE tag_id = ? AND contact_id IN ({marks})",
                [int(tag_id), *chunk])}
            new = [c for c in chunk if c not in have]
            db.cursor().executemany(
                "INSERT INTO contact_tag (contact_id, tag_id) SELECT id, ? FROM contact "
                "WHERE id = ?", [(int(tag_id), c) for c in new])
            added += new
        search.reindex([ContactId(c) for c in added])
    return (tag_id, created, tuple(ContactId(c) for c in added),
            Changes(contacts=frozenset(ContactId(c) for c in added), tags=True))


def remove_from_contacts(contact_ids: Sequence[ContactId], tag_id: TagId
                         ) -> tuple[tuple[ContactId, ...], Changes]:
    """Take the tag off these contacts; returns those that had it (what undo puts back
    with :func:`put_on_contacts`)."""
    ids = sorted({int(c) for c in contact_ids})
    removed: list[int] = []
    with db.atomic():
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            marks = ",".join("?" * len(chunk))
            removed += [r[0] for r in db.execute_sql(
                f"SELECT contact_id FROM contact_tag WHERE tag_id = ? AND contact_id IN ({marks})",
                [int(tag_id), *chunk])]
            db.execute_sql(
                f"DELETE FROM contact_tag WHERE tag_id = ? AND contact_id IN ({marks})",
                [int(tag_id), *chunk])
        search.reindex([ContactId(c) for c in removed])
    return (tuple(ContactId(c) for c in removed),
            Changes(contacts=frozenset(ContactId(c) for c in removed), tags=True))


def put_on_contacts(contact_ids: Sequence[ContactId], tag_id: TagId) -> Changes:
    """Put an existing tag back on these contacts (undo of a bulk removal)."""
    ids = sorted({int(c) for c in contact_ids})
    with db.atomic():
        db.cursor().executemany(
            "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) SELECT id, ? FROM contact "
            "WHERE id = ?", [(int(tag_id), c) for c in ids])
        search.reindex([ContactId(c) for c in ids])
    return Changes(contacts=frozenset(ContactId(c) for c in ids), tags=True)


def delete_unused(tag_id: TagId) -> Changes:
    """Delete the tag if no contact carries it (undo of a bulk tagging that created it)."""
    db.execute_sql("DELETE FROM tag WHERE id = ? AND NOT EXISTS "
                   "(SELECT 1 FROM contact_tag WHERE tag_id = ?)", (int(tag_id), int(tag_id)))
    return Changes(tags=True)


def tags_on(contact_ids: Sequence[ContactId]) -> list[tuple[TagId, str, int]]:
    """The tags these contacts carry: (id, name, how many of them carry it), by name."""
    counts: dict[int, int] = {}
    ids = sorted({int(c) for c in contact_ids})
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        for tag_id, n in db.execute_sql(
            f"SELECT tag_id, count(*) FROM contact_tag WHERE contact_id IN "
            f"({','.join('?' * len(chunk))}) GROUP BY tag_id", chunk):
            counts[int(tag_id)] = counts.get(int(tag_id), 0) + int(n)
    if not counts:
        return []
    names = {int(r[0]): str(r[1]) for r in db.execute_sql(
        f"SELECT id, name FROM tag WHERE id IN ({','.join('?' * len(counts))})", list(counts))}
    return sorted(((TagId(t), names[t], n) for t, n in counts.items() if t in names),
                  key=lambda row: row[1].casefold())
