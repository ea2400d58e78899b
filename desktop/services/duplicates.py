"""Find and merge duplicates already in the book (issue 11). No Qt.

``find_duplicates`` lists groups of contacts that are probably one person, each link with
its reason: the same e-mail address; the same name and the same phone number (E.164);
the same name with nothing that contradicts (no other given name, organisation or
birthday, and where both have e-mail addresses or numbers, one in common). Contacts that
share a number under different names -- what an import refused to merge (``matching``) --
are listed too, as "shares +46 8 ... (different names)", so the user decides; a number
held by more than ``SHARED_LINE`` contacts is a switchboard, not a person, and links no one.
Pairs the user marked "not a duplicate" (``mark_not_duplicates``, table ``not_duplicate``)
are never offered again.

``merge_preview`` shows, field by field, what merging a group gives; ``merge_contacts``
merges the others into the one kept: the others' interactions, follow-ups, favours, pinned
facts and introductions are re-pointed to it (``contacts.move_dependents``), then the
contact store writes the kept contact (its fields as chosen, with every e-mail, number,
address and tag of all) and deletes the others, as one change set of its history
(``contacts.merge_contacts``). ``undo_merge`` takes that change set back through the
history (the others return at their ids, the kept contact's fields as they were where
nothing changed them since) and puts every moved row back as it was.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.models import STAGES, db
from desktop.services import contacts, followups, phones
from desktop.services.errors import ServiceError
from desktop.services.history import HistoryLabel
from desktop.services.matching import MatchText, conflict, fold, placed_numbers
from desktop.services.types import (
    Changes,
    ContactDetail,
    ContactFields,
    ContactId,
    ContactSnapshot,
    LabeledValue,
    PostalAddress,
    display_name,
)
from desktop.text import QT_TRANSLATE_NOOP, Translatable, fill


class MergeText(Translatable):
    """Translation context of merging contacts: the fields offered, refusals, the undo
    label."""


SHARED_LINE = 4  # a number more contacts than this share is a switchboard, not a person
Progress = Callable[[int, int], bool]


class DuplicatesCancelled(Exception):
    """The progress callback returned False."""


@dataclass(frozen=True)
class DuplicateLink:
    a: ContactId
    b: ContactId
    reason: str
    strong: bool  # the rules an import merges by (same e-mail, same name and phone)


@dataclass(frozen=True)
class DuplicateGroup:
    """Contacts linked by the reasons in ``links`` (``names`` in the order of ``ids``)."""

    ids: tuple[ContactId, ...]
    names: tuple[str, ...]
    links: tuple[DuplicateLink, ...]

    @property
    def reason(self) -> str:
        """The links' reasons, one phrase each, strongest first."""
        seen: list[str] = []
        for link in sorted(self.links, key=lambda k: not k.strong):
            if link.reason not in seen:
                seen.append(link.reason)
        return "; ".join(seen)

    @property
    def key(self) -> frozenset[ContactId]:
        return frozenset(self.ids)


# --------------------------------------------------------------------------- finding


@dataclass
class _Person:
    name: str
    key: str
    given: str
    org: str
    birthday: str
    emails: set[str]
    numbers: set[str]


class _Links:
    """Pairs found so far (the first reason found for a pair wins) and a union-find over
    them."""

    def __init__(self, refused: set[tuple[int, int]]) -> None:
        self.refused = refused
        self.pairs: dict[tuple[int, int], DuplicateLink] = {}
        self.parent: dict[int, int] = {}

    def add(self, a: int, b: int, reason: str, strong: bool) -> None:
        if a == b:
            return
        pair = (a, b) if a < b else (b, a)
        if pair in self.refused or pair in self.pairs:
            return
        self.pairs[pair] = DuplicateLink(ContactId(pair[0]), ContactId(pair[1]), reason, strong)
        ra, rb = self.root(pair[0]), self.root(pair[1])
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def root(self, x: int) -> int:
        parent = self.parent
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x


def _refused() -> set[tuple[int, int]]:
    return {(int(a), int(b)) for a, b in db.execute_sql(
        "SELECT contact_a_id, contact_b_id FROM not_duplicate")}


def _chunks(ids: Sequence[int], size: int = 900) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def _people(ids: Sequence[int]) -> dict[int, _Person]:
    out: dict[int, _Person] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for cid, full, org, key, given, birthday in db.execute_sql(
            "SELECT id, full_name, organization, sort_key, given_name, birthday FROM contact "
            f"WHERE id IN ({marks})", chunk
        ):
            out[cid] = _Person(display_name(full or "", org or ""), key or "", fold(given),
                               fold(org), fold(birthday), set(), set())
        for cid, address in db.execute_sql(
            f"SELECT contact_id, address FROM email WHERE contact_id IN ({marks})", chunk
        ):
            out[cid].emails.add(address.strip().casefold())
        for cid, e164 in db.execute_sql(
            f"SELECT contact_id, e164 FROM phone WHERE contact_id IN ({marks}) "
            "AND e164 IS NOT NULL", chunk
        ):
            out[cid].numbers.add(e164)
    unplaced = sorted({cid for chunk in _chunks(list(out)) for (cid,) in db.execute_sql(
        f"SELECT DISTINCT contact_id FROM phone WHERE e164 IS NULL AND contact_id IN "
        f"({','.join('?' * len(chunk))})", chunk)})
    for cid, e164 in placed_numbers(unplaced):
        out[cid].numbers.add(e164)
    return out


def _same_name_conflict(a: _Person, b: _Person) -> str | None:
    why = conflict(a.given, a.org, a.birthday, False, b.given, b.org, b.birthday, False)
    if why:
        return why
    if a.emails and b.emails and not a.emails & b.emails:
        return "different e-mail addresses"
    if a.numbers and b.numbers and not a.numbers & b.numbers:
        return "different phone numbers"
    return None


def find_duplicates(progress: Progress | None = None) -> list[DuplicateGroup]:
    """Groups of contacts that are probably one person, largest evidence first (see the
    module). The user's own profile is never offered. ``progress(done, total)`` may return
    False to stop (``DuplicatesCancelled``)."""
    steps = 5

    def step(n: int) -> None:
        if progress is not None and progress(n, steps) is False:
            raise DuplicatesCancelled("cancelled")

    links = _Links(_refused())
    me = contacts.me_id()
    step(0)
    # The same e-mail address.
    by_email: dict[str, list[int]] = {}
    for address, cid in db.execute_sql(
        "SELECT lower(trim(e.address)), e.contact_id FROM email e "
        "JOIN contact c ON c.id = e.contact_id WHERE c.is_me = 0 "
        "AND lower(trim(e.address)) IN (SELECT lower(trim(address)) FROM email "
        "GROUP BY lower(trim(address)) HAVING count(DISTINCT contact_id) > 1)"
    ):
        by_email.setdefault(address, []).append(cid)
    step(1)
    # The same number (E.164), and names sharing a sort key.
    by_number: dict[str, list[int]] = {}
    for e164, cid in db.execute_sql(
        "SELECT p.e164, p.contact_id FROM phone p JOIN contact c ON c.id = p.contact_id "
        "WHERE c.is_me = 0 AND p.e164 IN (SELECT e164 FROM phone WHERE e164 IS NOT NULL "
        "GROUP BY e164 HAVING count(DISTINCT contact_id) > 1)"
    ):
        by_number.setdefault(e164, []).append(cid)
    legacy = [r[0] for r in db.execute_sql(
        "SELECT DISTINCT p.contact_id FROM phone p JOIN contact c ON c.id = p.contact_id "
        "WHERE c.is_me = 0 AND p.e164 IS NULL")]
    if legacy:  # numbers saved before they were placed in their country
        placed: dict[str, list[int]] = {}
        for cid, e164 in placed_numbers(legacy):
            placed.setdefault(e164, []).append(cid)
        for e164, cids in placed.items():
            others = [r[0] for r in db.execute_sql(
                "SELECT contact_id FROM phone WHERE e164 = ?", (e164,))]
            if len({*cids, *others}) > 1:
                by_number[e164] = sorted({*by_number.get(e164, []), *cids, *others})
    by_name: dict[str, list[int]] = {}
    for key, cid in db.execute_sql(
        "SELECT sort_key, id FROM contact WHERE is_me = 0 AND sort_key != '' AND sort_key IN "
        "(SELECT sort_key FROM contact WHERE is_me = 0 GROUP BY sort_key HAVING count(*) > 1)"
    ):
        by_name.setdefault(key, []).append(cid)
    step(2)
    if me is not None:
        for table in (by_email, by_number):
            for value in table.values():
                if int(me) in value:
                    value.remove(int(me))
    involved = sorted({c for group in (*by_email.values(), *by_number.values(),
                                       *by_name.values()) for c in group})
    people = _people(involved)
    step(3)
    for address, cids in by_email.items():
        for other in cids[1:]:
            links.add(cids[0], other, fill(MatchText.tr("same e-mail %1"), address), True)
    for e164, cids in by_number.items():
        unique = sorted(set(cids))
        if len(unique) > SHARED_LINE:
            continue
        number = phones.format_phone(e164, e164)
        for i, a in enumerate(unique):
            for b in unique[i + 1:]:
                pa, pb = people.get(a), people.get(b)
                if pa is None or pb is None:
                    continue
                if pa.key and pa.key == pb.key:
                    why = conflict(pa.given, pa.org, pa.birthday, bool(pa.emails),
                                   pb.given, pb.org, pb.birthday, bool(pb.emails))
                    if why is None:  # what an import merges by
                        links.add(a, b, fill(MatchText.tr("same name and phone %1"), number),
                                  True)
                        continue
                else:
                    why = MatchText.tr("different names")
                links.add(a, b, fill(MatchText.tr("shares %1 (%2)"), number, why), False)
    for cids in by_name.values():
        for i, a in enumerate(cids):
            for b in cids[i + 1:]:
                if _same_name_conflict(people[a], people[b]) is None:
                    links.add(a, b, MatchText.tr("same name"), False)
    step(4)
    groups: dict[int, list[int]] = {}
    for x in links.parent:
        groups.setdefault(links.root(x), []).append(x)
    by_root: dict[int, list[DuplicateLink]] = {}
    for pair, link in links.pairs.items():
        by_root.setdefault(links.root(pair[0]), []).append(link)
    out = []
    for root, members in groups.items():
        ids = tuple(ContactId(i) for i in sorted(members))
        out.append(DuplicateGroup(ids, tuple(people[i].name for i in ids),
                                  tuple(by_root.get(root, ()))))
    out.sort(key=lambda g: (not any(k.strong for k in g.links), g.names[0].casefold(), g.ids))
    step(steps)
    return out


# --------------------------------------------------------------------------- not a duplicate


def _pairs(ids: Sequence[ContactId]) -> list[tuple[int, int]]:
    unique = sorted({int(i) for i in ids})
    return [(a, b) for i, a in enumerate(unique) for b in unique[i + 1:]]


def mark_not_duplicates(ids: Sequence[ContactId]
                        ) -> tuple[tuple[tuple[int, int], ...], Changes]:
    """Remember that these contacts are different people (every pair of them); returns
    the pairs that were not remembered yet (what ``unmark_not_duplicates`` takes back)."""
    now = str(dt.datetime.now().replace(microsecond=0))
    refused = _refused()
    added = tuple(p for p in _pairs(ids) if p not in refused)
    with db.atomic():
        for a, b in added:
            if not (_exists(a) and _exists(b)):
                raise ServiceError(MergeText.tr("one of these contacts no longer exists"))
        db.cursor().executemany(
            "INSERT INTO not_duplicate (contact_a_id, contact_b_id, decided_at) "
            "VALUES (?, ?, ?)", [(a, b, now) for a, b in added])
    return added, Changes(contacts=frozenset(ids))


def unmark_not_duplicates(pairs: Sequence[tuple[int, int]]) -> Changes:
    """Forget pairs ``mark_not_duplicates`` remembered (its undo)."""
    with db.atomic():
        db.cursor().executemany(
            "DELETE FROM not_duplicate WHERE contact_a_id = ? AND contact_b_id = ?", pairs)
    return Changes(contacts=frozenset(ContactId(i) for pair in pairs for i in pair))


# --------------------------------------------------------------------------- merging

# Single-valued fields offered field by field, with their labels (translated where used).
FIELD_LABELS: tuple[tuple[str, str], ...] = (
    ("full_name", QT_TRANSLATE_NOOP("MergeText", "Name")),
    ("prefix", QT_TRANSLATE_NOOP("MergeText", "Prefix")),
    ("given_name", QT_TRANSLATE_NOOP("MergeText", "Given name")),
    ("additional_names", QT_TRANSLATE_NOOP("MergeText", "Middle names")),
    ("family_name", QT_TRANSLATE_NOOP("MergeText", "Family name")),
    ("suffix", QT_TRANSLATE_NOOP("MergeText", "Suffix")),
    ("nickname", QT_TRANSLATE_NOOP("MergeText", "Nickname")),
    ("organization", QT_TRANSLATE_NOOP("MergeText", "Organisation")),
    ("department", QT_TRANSLATE_NOOP("MergeText", "Department")),
    ("title", QT_TRANSLATE_NOOP("MergeText", "Title")),
    ("birthday", QT_TRANSLATE_NOOP("MergeText", "Birthday")),
    ("anniversary", QT_TRANSLATE_NOOP("MergeText", "Anniversary")),
    ("stage", QT_TRANSLATE_NOOP("MergeText", "Stage")),
    ("keep_in_touch_days", QT_TRANSLATE_NOOP("MergeText", "Keep in touch every (days)")),
    ("how_we_met", QT_TRANSLATE_NOOP("MergeText", "How we met")),
    ("met_on", QT_TRANSLATE_NOOP("MergeText", "Met on")),
    ("note", QT_TRANSLATE_NOOP("MergeText", "Note")),
)


@dataclass(frozen=True)
class FieldChoice:
    """One field of a merge: the distinct values the contacts hold (``options``: text
    shown, value), and which one the merge keeps unless the user picks another."""

    name: str
    label: str
    options: tuple[tuple[str, object], ...]
    default: int = 0  # index into options


@dataclass(frozen=True)
class MergePreview:
    """What merging ``others`` into ``keep`` gives: the fields that have a choice, the
    values that are combined (every e-mail, number, address, web address and tag of all),
    and how many of the others' records move to the kept contact."""

    keep: ContactDetail
    others: tuple[ContactDetail, ...]
    choices: tuple[FieldChoice, ...]
    combined: ContactFields  # with the default choices
    moves: tuple[tuple[str, int], ...]  # ("interactions", 3), ...

    def fields_with(self, chosen: Mapping[str, object]) -> ContactFields:
        """The kept contact's fields with ``chosen`` (field name -> value) applied."""
        known = {c.name for c in self.choices}
        values: dict[str, Any] = {k: v for k, v in chosen.items() if k in known}
        return dataclasses.replace(self.combined, **values)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _empty(value: object) -> bool:
    return value is None or value == "" or (isinstance(value, str) and not value.strip())


def _details(ids: Sequence[ContactId]) -> list[ContactDetail]:
    out = []
    for cid in ids:
        detail = contacts.get_contact(cid)
        if detail is None:
            raise ServiceError(fill(MergeText.tr("contact %1 no longer exists"), cid))
        if detail.is_me:
            raise ServiceError(MergeText.tr("your own profile cannot be merged"))
        out.append(detail)
    return out


def _union(values: Iterable[LabeledValue], key: Callable[[LabeledValue], str]
           ) -> tuple[LabeledValue, ...]:
    seen: set[str] = set()
    out = []
    for v in values:
        k = key(v)
        if k not in seen:
            seen.add(k)
            out.append(v)
    return tuple(out)


def _combined(people: Sequence[ContactDetail]) -> ContactFields:
    """Every e-mail, number, address, web address and tag of all, the kept contact's
    first; single fields left as the kept contact has them (choices fill them)."""
    base = people[0].fields
    numbers = [p for person in people for p in person.fields.phones]
    e164s = phones.e164_numbers([p.value for p in numbers],
                                [a.country for person in people for a in person.fields.addresses])
    keys = {id(p): phones.same_number_key(p.value, e) for p, e in zip(numbers, e164s,
                                                                      strict=True)}
    addresses: list[PostalAddress] = []
    seen_adr: set[str] = set()
    for person in people:
        for a in person.fields.addresses:
            k = " ".join(a.one_line().split()).casefold()
            if k not in seen_adr:
                seen_adr.add(k)
                addresses.append(a)
    tags: list[str] = []
    for person in people:
        for t in person.fields.tags:
            if t.casefold() not in {x.casefold() for x in tags}:
                tags.append(t)
    return dataclasses.replace(
        base,
        emails=_union((e for p in people for e in p.fields.emails),
                      lambda v: v.value.strip().casefold()),
        phones=_union(numbers, lambda v: keys[id(v)]),
        addresses=tuple(addresses),
        urls=_union((u for p in people for u in p.fields.urls), lambda v: v.value.strip()),
        tags=tuple(tags),
    )


def _choices(people: Sequence[ContactDetail]) -> list[FieldChoice]:
    out = []
    for name, label in FIELD_LABELS:
        values: list[object] = []
        for person in people:
            value = getattr(person.fields, name)
            if name == "stage" and value == "connected" and len(people) > 1:
                continue  # the default stage says nothing; it never outranks a choice
            if not _empty(value) and value not in values:
                values.append(value)
        if not values:
            continue
        options = [(_text(v), v) for v in values]
        default = 0
        if name == "stage":
            default = max(range(len(values)), key=lambda i: STAGES.index(str(values[i])))
        if name == "note" and len(values) > 1:
            # Both notes, rather than losing one: the user can still pick one.
            options.append((MergeText.tr("All of them"), "\n\n".join(str(v) for v in values)))
            default = len(options) - 1
        kept = getattr(people[0].fields, name)
        if len(options) == 1 and not _empty(kept) and kept == options[0][1]:
            continue  # nothing to choose: the kept contact already has the only value
        out.append(FieldChoice(name, MergeText.tr(label), tuple(options), default))
    return out


def _moves(ids: Sequence[int]) -> tuple[tuple[str, int], ...]:
    marks = ",".join("?" * len(ids))
    counts = []
    for label, sql in (
        ("interactions", "SELECT count(*) FROM interaction_participant "
                         f"WHERE contact_id IN ({marks})"),
        ("follow-ups", f"SELECT count(*) FROM follow_up WHERE contact_id IN ({marks}) "
                       "AND done = 0"),
        ("favours", f"SELECT count(*) FROM favor WHERE contact_id IN ({marks})"),
    ):
        counts.append((label, int(db.execute_sql(sql, ids).fetchone()[0])))
    intros = db.execute_sql(
        f"SELECT count(*) FROM introduction WHERE person_a_id IN ({marks}) OR person_b_id IN "
        f"({marks}) OR introducer_id IN ({marks})", [*ids, *ids, *ids]).fetchone()[0]
    counts.append(("introductions", int(intros)))
    return tuple(counts)


def merge_preview(keep: ContactId, others: Sequence[ContactId]) -> MergePreview:
    """What merging ``others`` into ``keep`` would give (nothing is written)."""
    if not others or keep in others:
        raise ServiceError(MergeText.tr("choose the contact to keep and at least one other"))
    people = _details([keep, *others])
    choices = _choices(people)
    combined = _combined(people)
    defaults: dict[str, Any] = {c.name: c.options[c.default][1] for c in choices}
    combined = dataclasses.replace(combined, **defaults)
    return MergePreview(people[0], tuple(people[1:]), tuple(choices), combined,
                        _moves([int(o) for o in others]))


@dataclass(frozen=True)
class MergeUndo:
    """How to take a merge back: ``written``, the store's change set of it (the kept
    contact's fields and photo, the deleted contacts whole) with what still hung off the
    deleted ones; the rows moved to the kept contact; the follow-ups and dates as they
    were; the "not a duplicate" marks that involved them."""

    keep: ContactId
    written: ContactSnapshot
    moved: contacts.MovedRows
    timeline: followups.TimelineState
    refused: tuple[tuple[int, int, object], ...]


def merge_contacts(keep: ContactId, others: Sequence[ContactId],
                   chosen: Mapping[str, object] | None = None) -> tuple[MergeUndo, Changes]:
    """Merge ``others`` into ``keep``: its fields become the preview's with ``chosen``
    applied, the others' interactions, follow-ups, favours, pinned facts, focus entries and
    introductions move to it (``contacts.move_dependents``), then the store writes it and
    deletes the others: one transaction, one change set; ``undo_merge`` reverses it."""
    preview = merge_preview(keep, others)
    fields = preview.fields_with(chosen or {})
    gone = [ContactId(int(o)) for o in others]
    ids = [int(keep), *(int(o) for o in gone)]
    kept = preview.keep.fields
    label = HistoryLabel.tr("Merge %1 contacts into %2").fill(
        len(ids), display_name(kept.full_name, kept.organization))
    with db.atomic():
        timeline = followups.capture([keep, *gone])
        refused = _refused_rows(ids)
        photo = None
        if not preview.keep.has_photo:
            for other in preview.others:
                if other.has_photo:
                    photo = contacts.get_photo(other.id)
                    break
        moved = contacts.move_dependents(gone, keep)
        written, changes = contacts.merge_contacts(keep, fields, gone, photo, label)
        # Two keep-in-touch follow-ups become one; the dates the list shows follow.
        followups.sync_cadence([keep], reset=False)
        followups.refresh_last_interaction([keep])
        followups.refresh_next_followup([keep])
    changes |= Changes(contacts=frozenset(ContactId(i) for i in ids),
                       contacts_added_or_removed=True, tags=True, graph=True, followups=True,
                       interactions=True)
    return MergeUndo(keep, written, moved, timeline, refused), changes


def _refused_rows(ids: Sequence[int]) -> tuple[tuple[int, int, object], ...]:
    marks = ",".join("?" * len(ids))
    return tuple((int(a), int(b), when) for a, b, when in db.execute_sql(
        "SELECT contact_a_id, contact_b_id, decided_at FROM not_duplicate "
        f"WHERE contact_a_id IN ({marks}) OR contact_b_id IN ({marks})", [*ids, *ids]))


def undo_merge(undo: MergeUndo) -> Changes:
    """Put the merged contacts back as they were before ``merge_contacts``: the store's
    history takes its change set back (the others return at their ids, the kept contact's
    fields and photo as they were, unless something changed them since), then the moved
    rows, the follow-ups and the "not a duplicate" marks follow."""
    with db.atomic():
        changes = contacts.restore_contacts(undo.written)
        contacts.return_dependents(undo.moved, undo.keep)
        followups.restore(undo.timeline)
        if undo.refused:
            db.cursor().executemany(
                "INSERT OR IGNORE INTO not_duplicate (contact_a_id, contact_b_id, decided_at) "
                "VALUES (?, ?, ?)", undo.refused)
    return changes | Changes(contacts=frozenset({undo.keep}), tags=True, graph=True,
                             followups=True, interactions=True)


def _exists(cid: int) -> bool:
    return db.execute_sql("SELECT 1 FROM contact WHERE id = ?", (cid,)).fetchone() is not None
