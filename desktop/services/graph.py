"""Introductions (issue 5) and the people they name: who introduced whom to whom, when,
and how it went; plain references to people for every view of the network.

No Qt. The network built from introductions and everything else the user recorded is in
``knows`` (who knows whom), ``paths`` (warm paths), ``network`` (the picture, connectors,
introductions worth making) and ``graph_layout`` (where people sit).

An introduction (introducer I, person A, person B, status) that was *made* or *met* means
A and B know each other, and that I knows both. A *proposed* or *declined* introduction
implies no knowing at all (it did not happen). No introducer means A and B met directly.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.models import INTRODUCTION_STATUSES, Introduction, db
from desktop.services.contacts import find_contacts
from desktop.services.errors import ServiceError
from desktop.services.types import Changes, ContactId, display_name
from desktop.text import Translatable, fill


class IntroductionText(Translatable):
    """Translation context of recording introductions: refusals."""


IntroductionId = int


# --- background computations ----------------------------------------------------------------


_GC_LOCK = threading.Lock()
_GC_PAUSES = 0


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a background computation runs.

    The layout's bookkeeping and the network's reading allocate hundreds of thousands of
    short-lived objects; every few hundred milliseconds that triggers a full collection,
    which walks the whole heap while holding the GIL and so freezes the UI thread for
    60-80 ms (measured, bench/bench_graph.py). Reference counting still frees everything
    these computations make (they build no cycles); collection resumes when the last
    paused computation ends. Nested and concurrent uses are counted."""
    global _GC_PAUSES
    with _GC_LOCK:
        _GC_PAUSES += 1
        if _GC_PAUSES == 1:
            gc.disable()
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC_PAUSES -= 1
            if _GC_PAUSES == 0:
                gc.enable()


# --- people ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonRef:
    """A person as the network views name them. ``namesake``: another contact has the same
    name, so ``label`` adds the organisation (or the number, when that is the same too)."""

    id: ContactId
    name: str
    organization: str = ""
    namesake: bool = False
    first_name: str = ""

    @property
    def label(self) -> str:
        if not self.namesake:
            return self.name
        org = self.organization.strip()
        if org and org != self.name:
            return f"{self.name} ({org})"
        return f"{self.name} (#{self.id})"

    @property
    def short(self) -> str:
        """What to call them in a sentence: the given name, else the name."""
        return self.first_name or self.name


def _chunks(ids: Sequence[int], size: int = 900) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def people_rows(ids: Iterable[int]) -> dict[int, tuple[Any, ...]]:
    """id -> (full_name, organization, given, family, stage, is_me, has_photo, sort_key,
    namesake: another contact has the same name). Whether a name is shared is asked in
    the same query, a look-up in the names' index per person (a second query grouping
    the names cost half as much again as the rows, issue 18)."""
    out: dict[int, tuple[Any, ...]] = {}
    for chunk in _chunks(sorted(set(ids))):
        marks = ",".join("?" * len(chunk))
        for row in db.execute_sql(
            "SELECT c.id, c.full_name, c.organization, c.given_name, c.family_name, c.stage, "
            "c.is_me, EXISTS (SELECT 1 FROM contact_photo p WHERE p.contact_id = c.id), "
            "c.sort_key, c.sort_key != '' AND EXISTS (SELECT 1 FROM contact d "
            "WHERE d.sort_key = c.sort_key AND d.id != c.id) "
            f"FROM contact c WHERE c.id IN ({marks})",
            chunk,
        ):
            out[int(row[0])] = tuple(row[1:])
    return out


def refs_from_rows(rows: Mapping[int, tuple[Any, ...]]) -> dict[ContactId, PersonRef]:
    return {ContactId(i): PersonRef(ContactId(i), display_name(r[0], r[1]), str(r[1] or ""),
                                    bool(r[8]), _first_name(r[2], r[0]))
            for i, r in rows.items()}


def _first_name(given: str | None, full: str | None) -> str:
    given = (given or "").strip()
    if given:
        return given
    words = (full or "").split()
    return words[0] if words else ""


def person_refs(ids: Iterable[int]) -> dict[ContactId, PersonRef]:
    return refs_from_rows(people_rows(ids))


def find_people(text: str, limit: int = 10) -> list[PersonRef]:
    """Contacts for what the user typed: an id, else a name, case- and accent-insensitive
    (``contacts.find_contacts``: the whole name first, then names with a word starting
    with it)."""
    ids = [int(m.id) for m in find_contacts(text.strip().removeprefix("#"), limit)]
    refs = person_refs(ids)
    return [refs[ContactId(i)] for i in ids if ContactId(i) in refs]


# --- introductions ---------------------------------------------------------------------------


@dataclass(frozen=True)
class IntroductionFields:
    """What the user records: *introducer* (None: they met directly) introduced A to B."""

    person_a: ContactId
    person_b: ContactId
    introducer: ContactId | None = None
    introduced_on: dt.date | None = None
    context: str = ""
    status: str = "made"
    outcome: str = ""


@dataclass(frozen=True)
class IntroductionInfo:
    id: IntroductionId
    introducer: PersonRef | None
    person_a: PersonRef
    person_b: PersonRef
    introduced_on: dt.date | None
    context: str
    status: str
    outcome: str



def _status_ok(status: str) -> None:
    if status not in INTRODUCTION_STATUSES:
        raise ServiceError(fill(IntroductionText.tr("status must be one of %1, not %2"),
                                ", ".join(INTRODUCTION_STATUSES), repr(status)))


def record_introduction(fields: IntroductionFields) -> tuple[IntroductionId, Changes]:
    """Record that *introducer* introduced A to B. Refused, with a reason: A and B the
    same person, an introducer who is one of the two, an unknown contact, a bad status,
    or a pair already introduced (a declined introduction may be proposed again)."""
    a, b, by = fields.person_a, fields.person_b, fields.introducer
    _status_ok(fields.status)
    if a == b:
        raise ServiceError(IntroductionText.tr(
            "Someone cannot be introduced to themselves: choose two people"))
    if by is not None and by in (a, b):
        raise ServiceError(IntroductionText.tr(
            "The introducer cannot be one of the two people introduced (leave the "
            "introducer empty if they met directly)"))
    refs = person_refs([p for p in (a, b, by) if p is not None])
    for p in (a, b, by):
        if p is not None and p not in refs:
            raise ServiceError(fill(IntroductionText.tr("contact %1 no longer exists"), p))
    existing = db.execute_sql(
        "SELECT i.status, i.introduced_on, i.introducer_id FROM introduction i "
        "WHERE ((i.person_a_id = ? AND i.person_b_id = ?) OR (i.person_a_id = ? AND "
        "i.person_b_id = ?)) AND i.status != 'declined' ORDER BY i.id LIMIT 1",
        (int(a), int(b), int(b), int(a)),
    ).fetchone()
    if existing is not None:
        status, on, old_by = existing
        one, other = refs[a].name, refs[b].name
        if status == "proposed":
            raise ServiceError(fill(IntroductionText.tr(
                "An introduction of %1 and %2 is already proposed"), one, other))
        by_ref = person_refs([old_by]).get(ContactId(old_by)) if old_by is not None else None
        text = fill(IntroductionText.tr("%1 and %2 were already introduced"), one, other)
        if by_ref is not None:
            text = fill(IntroductionText.tr("%1 and %2 were already introduced by %3"), one,
                        other, by_ref.name)
        if on:
            text = fill(IntroductionText.tr("%1 on %2", "an introduction and its date"), text,
                        on)
        raise ServiceError(text)
    with db.atomic():
        intro = Introduction.create(
            introducer=by, person_a=a, person_b=b, introduced_on=fields.introduced_on,
            context=fields.context.strip(), status=fields.status,
            outcome=fields.outcome.strip(),
        )
    return int(intro.id), _changes(a, b, by)


def _changes(*people: ContactId | int | None) -> Changes:
    return Changes(contacts=frozenset(ContactId(int(p)) for p in people if p is not None),
                   graph=True)


def set_status(intro_id: IntroductionId, status: str) -> Changes:
    _status_ok(status)
    row = db.execute_sql("SELECT introducer_id, person_a_id, person_b_id FROM introduction "
                         "WHERE id = ?", (intro_id,)).fetchone()
    if row is None:
        raise ServiceError(IntroductionText.tr("That introduction no longer exists"))
    Introduction.update(status=status).where(Introduction.id == intro_id).execute()
    return _changes(*row)


def get_introduction(intro_id: IntroductionId) -> IntroductionInfo | None:
    found = _infos("i.id = ?", (intro_id,))
    return found[0] if found else None


def introductions_of(contact_id: ContactId) -> tuple[IntroductionInfo, ...]:
    """Every introduction this person made, or was part of, newest first."""
    c = int(contact_id)
    return _infos("i.introducer_id = ? OR i.person_a_id = ? OR i.person_b_id = ?", (c, c, c))


def _infos(where: str, params: Sequence[object]) -> tuple[IntroductionInfo, ...]:
    rows = list(db.execute_sql(
        "SELECT i.id, i.introducer_id, i.person_a_id, i.person_b_id, i.introduced_on, "
        f"i.context, i.status, i.outcome FROM introduction i WHERE {where} "
        "ORDER BY i.introduced_on IS NULL, i.introduced_on DESC, i.id DESC", params))
    refs = person_refs({p for r in rows for p in (r[1], r[2], r[3]) if p is not None})
    out = []
    for r in rows:
        a, b = refs.get(ContactId(r[2])), refs.get(ContactId(r[3]))
        if a is None or b is None:
            continue
        on = dt.date.fromisoformat(str(r[4])[:10]) if r[4] else None
        out.append(IntroductionInfo(int(r[0]), refs.get(ContactId(r[1])) if r[1] else None,
                                    a, b, on, str(r[5]), str(r[6]), str(r[7])))
    return tuple(out)


def delete_introduction(intro_id: IntroductionId) -> tuple[dict[str, object], Changes]:
    """Delete it; the returned row lets ``restore_introduction`` put it back as it was."""
    row = Introduction.select().where(Introduction.id == intro_id).dicts().first()
    if row is None:
        raise ServiceError(IntroductionText.tr("That introduction no longer exists"))
    Introduction.delete().where(Introduction.id == intro_id).execute()
    return dict(row), _changes(row["introducer"], row["person_a"], row["person_b"])


def restore_introduction(row: Mapping[str, object]) -> Changes:
    Introduction.insert(**row).on_conflict_ignore().execute()
    return _changes(row.get("introducer"), row.get("person_a"), row.get("person_b"))  # type: ignore[arg-type]


