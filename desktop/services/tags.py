"""Tags: list with counts, create, rename, merge, delete (undoable), colour, category,
keep-in-touch cadence."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from desktop.models import TAG_CATEGORIES, Tag, db
from desktop.services.errors import ServiceError
from desktop.services.history import HistoryLabel
from desktop.services.types import AbstractIds, Changes, ContactId, IdRuns, TagId, TagInfo
from desktop.text import Translatable, fill, number


class TagText(Translatable):
    """Translation context of tags: refusals."""


# The user's own profile through its partial index (migration 6), never a scan of every
# contact (SQLite's planner prefers the covering list indexes otherwise).
ME_IDS_SQL = "SELECT id FROM contact INDEXED BY contact_me WHERE is_me = 1"


@dataclass(frozen=True)
class TagSnapshot:
    """A tag row and its memberships, enough to undo a delete or a merge."""

    tag: dict[str, object]
    contact_ids: tuple[ContactId, ...]


def list_tags() -> list[TagInfo]:
    """Every tag with how many contacts carry it (the user's own profile not counted), by
    name. The counts come from ``tag_count``, which SQLite triggers keep (migration 10), so
    this costs the same with 300 contacts or 300,000 (issue 18)."""
    mine = {r[0] for r in db.execute_sql(
        "SELECT tag_id FROM contact_tag WHERE contact_id IN "
        f"({ME_IDS_SQL})")}
    return [
        TagInfo(TagId(r[0]), r[1], r[2], r[3], int(r[4]) - (r[0] in mine), r[5])
        for r in db.execute_sql(
            "SELECT t.id, t.name, t.colour, t.category, coalesce(n.members, 0), "
            "t.keep_in_touch_days FROM tag t LEFT JOIN tag_count n ON n.tag_id = t.id "
            "ORDER BY t.name COLLATE NOCASE"
        )
    ]


def ensure_tags(names: Iterable[str], category: str = "interest",
                created: list[tuple[str, str]] | None = None,
                categories: Mapping[str, str] | None = None) -> dict[str, int]:
    """Tag ids by case-folded name, creating the missing tags (in *category*, or the one
    *categories* gives the case-folded name: a card's groups and topics to avoid); an
    existing tag keeps its own category. Each tag made is appended to *created* as
    (name, category). One query per 900 names."""
    wanted: dict[str, str] = {}
    for name in names:
        clean = " ".join(name.split())
        if clean and clean.casefold() not in wanted:
            wanted[clean.casefold()] = clean
    if not wanted:
        return {}
    found: dict[str, int] = {}
    keys = list(wanted)
    for start in range(0, len(keys), 900):
        chunk = keys[start : start + 900]
        for tag_id, name in db.execute_sql(
            f"SELECT id, name FROM tag WHERE name COLLATE NOCASE IN ({','.join('?' * len(chunk))})",
            [wanted[k] for k in chunk],
        ):
            found[name.casefold()] = tag_id
    missing = [wanted[k] for k in keys if k not in found]
    if missing:
        kinds = categories or {}
        made = [(n, kinds.get(n.casefold()) or category) for n in missing]
        db.cursor().executemany("INSERT INTO tag (name, category) VALUES (?, ?)", made)
        for start in range(0, len(missing), 900):
            chunk = missing[start : start + 900]
            for tag_id, name in db.execute_sql(
                f"SELECT id, name FROM tag WHERE name COLLATE NOCASE IN "
                f"({','.join('?' * len(chunk))})", chunk,
            ):
                found[name.casefold()] = tag_id
        if created is not None:
            created.extend(made)
    return found


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
        raise ServiceError(TagText.tr("a tag needs a name"))
    if len(clean) > 100:
        raise ServiceError(TagText.tr("a tag name is at most 100 characters"))
    return clean


def _check_category(category: str) -> None:
    if category not in TAG_CATEGORIES:
        raise ServiceError(fill(TagText.tr("category must be one of %1"),
                                ", ".join(TAG_CATEGORIES)))


def create_tag(name: str, category: str = "interest", colour: str = "") -> tuple[TagId, Changes]:
    clean = _clean_name(name)
    _check_category(category)
    if Tag.get_or_none(Tag.name == clean) is not None:
        raise ServiceError(fill(TagText.tr("a tag named %1 already exists"), repr(clean)))
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
        raise ServiceError(fill(TagText.tr("a keep-in-touch cadence is 1 to %1 days"),
                                number(MAX_CADENCE_DAYS)))
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
        raise ServiceError(TagText.tr("that tag no longer exists"))
    with db.atomic():
        before = followups.effective_cadences(cadence_members(tag_id))
        changes = update_tag(tag_id, keep_in_touch_days=value, clear_cadence=value is None)
        changes |= followups.sync_moved_cadences(before)
    return changes


def rename_tag(tag_id: TagId, new_name: str) -> Changes:
    clean = _clean_name(new_name)
    clash = Tag.get_or_none(Tag.name == clean)
    if clash is not None and clash.id != tag_id:
        raise ServiceError(fill(TagText.tr("a tag named %1 already exists: merge them instead"),
                                repr(clean)))
    with db.atomic():
        # Its search entry follows by trigger (``tag_fts``): no member's row changes.
        Tag.update(name=clean).where(Tag.id == tag_id).execute()
        members = _members(tag_id)
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
    from desktop.services import followups, store

    with store.session("user", HistoryLabel.tr("Delete tag")) as s:
        snap = snapshot_tag(tag_id)
        before = (followups.effective_cadences(cadence_members(tag_id))
                  if _cadence(tag_id) else {})
        # Through the store: its members lose it (recorded, their cards change).
        s.drop_tag(tag_id)
        moved = followups.sync_moved_cadences(before)
    return snap, s.changes() | Changes(contacts=frozenset(snap.contact_ids), tags=True) | moved


def restore_tag(snapshot: TagSnapshot) -> Changes:
    """Undo a delete or a merge: the tag comes back with its members, at the same id unless
    another tag took the id or the name meanwhile (then the members join that tag)."""
    from desktop.services import store

    row = dict(snapshot.tag)
    with store.session("user", HistoryLabel.tr("Restore tag")) as s:
        same_name = find_tag(str(row["name"]))
        if same_name is not None:
            tag_id = int(same_name)
        else:
            if Tag.get_or_none(Tag.id == row["id"]) is not None:
                row.pop("id")
            tag_id = int(Tag.insert(**row).execute())
        s.tag_members(tag_id, add=snapshot.contact_ids)
    return s.changes() | Changes(contacts=frozenset(snapshot.contact_ids), tags=True)


def merge_tags(source: TagId, target: TagId) -> tuple[TagSnapshot, Changes]:
    """Move every contact of *source* onto *target* and delete *source*."""
    if source == target:
        raise ServiceError(TagText.tr("choose two different tags to merge"))
    if Tag.get_or_none(Tag.id == target) is None:
        raise ServiceError(TagText.tr("the tag to merge into no longer exists"))
    from desktop.services import followups, store

    with store.session("user", HistoryLabel.tr("Merge tags")) as s:
        snap = snapshot_tag(source)
        # The source's members trade its cadence for the target's (issue 4).
        before = (followups.effective_cadences(cadence_members(source))
                  if _cadence(source) or _cadence(target) else {})
        s.tag_members(target, add=snap.contact_ids)
        s.drop_tag(source)
        moved = followups.sync_moved_cadences(before)
    return snap, s.changes() | Changes(contacts=frozenset(snap.contact_ids), tags=True) | moved


def unmerge_tags(snapshot: TagSnapshot, target: TagId, target_members: tuple[ContactId, ...]
                 ) -> Changes:
    """Undo ``merge_tags``: restore the source tag, and take it off those it was added to."""
    from desktop.services import store

    with store.session("user", HistoryLabel.tr("Unmerge tags")) as s:
        added = set(snapshot.contact_ids) - set(target_members)
        s.tag_members(target, remove=sorted(added))
        changes = restore_tag(snapshot)
    return changes | s.changes()


def members(tag_id: TagId) -> tuple[ContactId, ...]:
    return tuple(_members(tag_id))


def find_tag(name: str) -> TagId | None:
    """The tag called *name* (case-insensitively), if any."""
    row = db.execute_sql(
        "SELECT id FROM tag WHERE name = ? COLLATE NOCASE", (" ".join(name.split()),)
    ).fetchone()
    return TagId(row[0]) if row else None


# --- tagging many contacts at once (`rapport tag`, the list's multi-select) -----------


@dataclass(frozen=True)
class TagChange:
    """What one ``change_tags`` call did: the contacts each tag was put on (``added_to``,
    tag id -> contact ids, ascending) and taken off (``removed_from``) and the tags it
    created (its change set, in the Changes, takes it back). Kept per tag, not as a pair
    per membership: 300,000 pairs were 20 MB of tuples for the collector to walk."""

    added_to: Mapping[int, AbstractIds] = field(default_factory=dict)
    removed_from: Mapping[int, AbstractIds] = field(default_factory=dict)
    created_tags: tuple[int, ...] = ()

    @property
    def added(self) -> tuple[tuple[int, int], ...]:
        """The (contact, tag) memberships it added."""
        return tuple(sorted((c, t) for t, ids in self.added_to.items() for c in ids))

    @property
    def removed(self) -> tuple[tuple[int, int], ...]:
        """The (contact, tag) memberships it took away."""
        return tuple(sorted((c, t) for t, ids in self.removed_from.items() for c in ids))

    def __bool__(self) -> bool:
        return any(self.added_to.values()) or any(self.removed_from.values())


# Many ids in one statement: a JSON array parameter (no 999-parameter chunks, so tagging
# 100,000 selected contacts is a few statements, issue 18), of at most ``_CHUNK`` ids: one
# statement over 300,000 held the interpreter lock for tens of milliseconds at a time
# (its JSON text, SQLite's parse of it, the rows given back in one C call) and had SQLite
# build an in-memory index of them all.
_IDS = "(SELECT value FROM json_each(?))"
_CHUNK = 10_000


def _members_among(ids: IdRuns, tag_id: int) -> IdRuns:
    """The contacts among *ids* that carry tag *tag_id* (by the tag's index)."""
    return IdRuns.union(IdRuns(r[0] for r in db.execute_sql(
        f"SELECT contact_id FROM contact_tag WHERE tag_id = ? AND contact_id IN {_IDS} "
        "ORDER BY contact_id", (tag_id, json.dumps(chunk)))) for chunk in _chunks(ids))


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    """*ids* ``_CHUNK`` at a time, as lists (never all of them in one)."""
    it = iter(ids)
    while chunk := [int(c) for c in itertools.islice(it, _CHUNK)]:
        yield chunk


def _has_cadence(tag_ids: Sequence[int]) -> bool:
    """Whether any of these tags has a keep-in-touch cadence (then a membership change
    can move follow-ups; otherwise it cannot, and none are read)."""
    if not tag_ids:
        return False
    return db.execute_sql(
        f"SELECT 1 FROM tag WHERE id IN {_IDS} AND keep_in_touch_days > 0 LIMIT 1",
        (json.dumps(list(tag_ids)),)).fetchone() is not None


def _existing_ids(ids: Iterable[ContactId]) -> IdRuns:
    """The contacts of *ids* that exist, as runs (issue 18: the list and set of them that
    this was were 10 and 16 MB at 300,000)."""
    # Ascending, so that each chunk's contacts are a few runs (a list is in the list's
    # order: by name, its ids scattered).
    wanted = ids if isinstance(ids, IdRuns) else sorted(int(i) for i in ids)
    return IdRuns.union(IdRuns(r[0] for r in db.execute_sql(
        f"SELECT id FROM contact WHERE id IN {_IDS} ORDER BY id", (json.dumps(chunk),)))
        for chunk in _chunks(wanted))


class TaggingCancelled(Exception):
    """``change_tags``' progress callback said stop: nothing was changed."""


def change_tags(ids: Iterable[ContactId], add: Sequence[str] = (),
                remove: Sequence[str] = (),
                progress: Callable[[int, int], bool] | None = None
                ) -> tuple[TagChange, Changes]:
    """Put the tags *add* on every contact of *ids* (creating missing tags as interests)
    and take *remove* off them, in one change set of the contact store. A tag to remove
    that does not exist is refused (a typo must not pass for done). Members whose
    keep-in-touch cadence moves (a tag with a cadence gained or lost) get their follow-up
    re-synced. *progress* (done, total) is told how far it got (a selection of 100,000
    runs off the UI thread); when it returns False, ``TaggingCancelled`` is raised and
    nothing is changed."""
    from desktop.services import followups, store

    add_names = [_clean_name(n) for n in add]
    remove_ids: list[int] = []
    for name in remove:
        tag_id = find_tag(_clean_name(name))
        if tag_id is None:
            raise ServiceError(fill(TagText.tr("no tag named %1"), repr(" ".join(name.split()))))
        remove_ids.append(int(tag_id))
    clash = {n.casefold() for n in add_names} & {
        n.casefold() for n in (" ".join(r.split()) for r in remove)}
    if clash:
        raise ServiceError(fill(TagText.tr("cannot both add and remove %1"),
                                repr(sorted(clash)[0])))
    id_list = _existing_ids(ids)
    if not id_list or not (add_names or remove_ids):
        return TagChange(), Changes()
    label = HistoryLabel.tr("Change tags of %Ln contact(s)", "", len(id_list))
    with store.session("user", label) as s:
        made: list[tuple[str, str]] = []
        tag_ids = s.tag_ids(add_names, created=made)
        new_names = {name.casefold() for name, _category in made}
        created = tuple(sorted(i for name, i in tag_ids.items() if name in new_names))
        add_ids = sorted(set(tag_ids.values()))
        added: dict[int, IdRuns] = {}
        for on in add_ids:
            have = _members_among(id_list, on)
            added[on] = IdRuns(c for c in id_list if c not in have) if have else id_list
        removed = {off: _members_among(id_list, off) for off in sorted(set(remove_ids))}
        change = TagChange({t: c for t, c in added.items() if c},
                           {t: c for t, c in removed.items() if c}, created)
        if not change:
            return change, Changes(tags=bool(created))
        cadenced = _has_cadence([*add_ids, *remove_ids])
        before = (followups.effective_cadences(list(IdRuns.union(
            (*added.values(), *removed.values())))) if cadenced else {})
        total = sum(map(len, added.values())) + sum(map(len, removed.values())) + 1
        done = 0

        def tick() -> None:
            nonlocal done
            done = min(done + 10_000, total - 1)
            if progress is not None and progress(done, total) is False:
                raise TaggingCancelled("tagging cancelled")

        for off, going in removed.items():
            if going:
                s.tag_members(off, remove=going, tick=tick)
        for on, coming in added.items():
            if coming:
                s.tag_members(on, add=coming, tick=tick)
        moved = followups.sync_moved_cadences(before)
    # The contacts it changed are the session's (``tag_members``): not one more set of
    # them (300,000 ids are 16 MB a set, issue 18).
    return change, s.changes() | moved | Changes(tags=True)


def tags_on(contact_ids: Sequence[ContactId]) -> list[tuple[TagId, str, int]]:
    """The tags these contacts carry: (id, name, how many of them carry it), by name.
    *contact_ids* are distinct (a selection), as the list gives them.

    Issue 18 ("Remove Tag…" on 300,000 selected read them in 0.43 s on the UI thread,
    333 queries over a sorted set of them): a selection of the whole book is answered by
    the tags' member counts (kept by triggers: 18 ms at 300,000); any other is counted by
    SQL, ``_CHUNK`` contacts a query in id order, the ids handed over as JSON (~1.4 us a
    contact: the window reads a big one in a worker)."""
    counts: dict[int, int] = {}
    everyone, me = db.execute_sql(
        "SELECT count(*), max(CASE WHEN is_me THEN id END) FROM contact").fetchone()
    # The whole book, or all of it but the user's own profile (the list leaves it out):
    # the ids are distinct, so their number says it (and one scan of them, in C, that
    # the profile is not among them).
    whole = len(contact_ids) == everyone or (
        len(contact_ids) == everyone - 1 and me is not None and me not in contact_ids)
    if whole:
        counts = {int(t): int(n) for t, n in db.execute_sql(
            "SELECT tag_id, members FROM tag_count WHERE members > 0")}
        if len(contact_ids) < everyone:
            for (tag_id,) in db.execute_sql(
                    "SELECT tag_id FROM contact_tag WHERE contact_id = ?", (me,)):
                counts[int(tag_id)] = counts.get(int(tag_id), 0) - 1
        counts = {t: n for t, n in counts.items() if n > 0}
    else:
        # In id order: each chunk then reads one stretch of the membership index (in the
        # list's order, by name, a big selection read twice as slowly).
        ids = sorted(contact_ids) if len(contact_ids) > _CHUNK else sorted(set(contact_ids))
        for chunk in _chunks(ids):
            for tag_id, n in db.execute_sql(
                    f"SELECT tag_id, count(*) FROM contact_tag WHERE contact_id IN {_IDS} "
                    "GROUP BY tag_id", (json.dumps(chunk),)):
                counts[int(tag_id)] = counts.get(int(tag_id), 0) + int(n)
    if not counts:
        return []
    names = {int(r[0]): str(r[1]) for r in db.execute_sql(
        f"SELECT id, name FROM tag WHERE id IN ({','.join('?' * len(counts))})", list(counts))}
    return sorted(((TagId(t), names[t], n) for t, n in counts.items() if t in names),
                  key=lambda row: row[1].casefold())
