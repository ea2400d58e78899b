"""Interactions: log a meeting, call, message, email, event or note with one or several
contacts; plan a future 1-2-1; record the follow-ups promised in the same step; read a
contact's timeline newest first, a page at a time.

Logging keeps the denormalised columns true: ``Contact.last_interaction_at`` (the
latest interaction that has happened; a planned one counts once it takes place, see
``followups.catch_up``) and, through ``followups.sync_cadence``, the cadence follow-up
and ``Contact.next_followup_on``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop.models import INTERACTION_KINDS, db
from desktop.services import followups
from desktop.services.errors import ServiceError
from desktop.services.types import Changes, ContactId, display_name

KIND_LABELS: dict[str, str] = {
    "meeting": "1-2-1 meeting",
    "call": "Call",
    "message": "Message",
    "email": "Email",
    "event": "Event",
    "note": "Note",
}
MAX_PARTICIPANTS = 5_000
MAX_SUMMARY = 300
MAX_NOTES = 100_000
TIMELINE_PAGE = 50


@dataclass(frozen=True)
class Promise:
    """A follow-up promised at a meeting: for *contact_id* (None: every participant)."""

    due_on: dt.date
    reason: str
    contact_id: ContactId | None = None


@dataclass(frozen=True)
class InteractionDraft:
    kind: str
    happened_at: dt.datetime
    participants: tuple[ContactId, ...]
    summary: str = ""
    notes: str = ""
    promises: tuple[Promise, ...] = ()


@dataclass(frozen=True)
class TimelineEntry:
    id: int
    kind: str
    happened_at: dt.datetime
    summary: str
    notes: str
    others: tuple[str, ...]  # the other participants' names (the first few)
    other_count: int  # how many others in all
    promises: int  # follow-ups promised at it

    def is_planned(self, now: dt.datetime) -> bool:
        return self.happened_at > now

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind.capitalize())


@dataclass(frozen=True)
class TimelinePage:
    entries: tuple[TimelineEntry, ...]
    total: int
    offset: int

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.entries) < self.total


def _clean(draft: InteractionDraft) -> InteractionDraft:
    if draft.kind not in INTERACTION_KINDS:
        raise ServiceError(f"kind must be one of {', '.join(INTERACTION_KINDS)}")
    people = tuple(dict.fromkeys(ContactId(int(p)) for p in draft.participants))
    if not people:
        raise ServiceError("choose at least one person")
    if len(people) > MAX_PARTICIPANTS:
        raise ServiceError(f"at most {MAX_PARTICIPANTS:,} people in one interaction")
    summary = " ".join(draft.summary.split())
    if len(summary) > MAX_SUMMARY:
        raise ServiceError(f"the summary is at most {MAX_SUMMARY} characters")
    if len(draft.notes) > MAX_NOTES:
        raise ServiceError(f"notes are at most {MAX_NOTES:,} characters")
    for promise in draft.promises:
        if not promise.reason.strip():
            raise ServiceError("say what was promised")
        if promise.contact_id is not None and promise.contact_id not in people:
            raise ServiceError("a promise must be to someone who took part")
    return InteractionDraft(
        kind=draft.kind, happened_at=draft.happened_at.replace(microsecond=0),
        participants=people, summary=summary, notes=draft.notes.strip(),
        promises=draft.promises,
    )


def log_interaction(
    draft: InteractionDraft, now: dt.datetime | None = None
) -> tuple[int, Changes]:
    """Record an interaction (past, or planned when in the future) and its promises.

    Returns the interaction's id and what changed. Participants that do not exist are
    refused as a whole: nothing is written.
    """
    draft = _clean(draft)
    moment = now or dt.datetime.now().replace(microsecond=0)
    people = [int(p) for p in draft.participants]
    with db.atomic():
        found: set[int] = set()
        for start in range(0, len(people), 900):
            chunk = people[start : start + 900]
            found |= {r[0] for r in db.execute_sql(
                f"SELECT id FROM contact WHERE id IN ({','.join('?' * len(chunk))})", chunk)}
        if len(found) != len(people):
            raise ServiceError("someone in this interaction no longer exists")
        cursor = db.execute_sql(
            "INSERT INTO interaction (kind, happened_at, summary, notes, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (draft.kind, draft.happened_at.isoformat(sep=" "), draft.summary, draft.notes,
             moment.isoformat(sep=" ")),
        )
        iid = int(cursor.lastrowid or 0)
        db.cursor().executemany(
            "INSERT INTO interaction_participant (interaction_id, contact_id) VALUES (?, ?)",
            [(iid, p) for p in people],
        )
        promise_rows = []
        for promise in draft.promises:
            targets = [promise.contact_id] if promise.contact_id is not None else people
            for target in targets:
                promise_rows.append((int(target), promise.due_on.isoformat(),
                                     " ".join(promise.reason.split()), "promise", iid,
                                     moment.isoformat(sep=" ")))
        if promise_rows:
            db.cursor().executemany(
                "INSERT INTO follow_up (contact_id, due_on, reason, origin, done, "
                "interaction_id, created_at) VALUES (?, ?, ?, ?, 0, ?, ?)",
                promise_rows,
            )
        ids = [ContactId(p) for p in people]
        if draft.happened_at <= moment:
            # Only a later interaction moves "last interaction" (an old one logged late
            # does not), and only then is the keep-in-touch clock reset.
            followups.refresh_last_interaction(ids, moment)
            followups.sync_cadence(ids)
        followups.refresh_next_followup(ids)
    return iid, Changes(contacts=frozenset(ContactId(p) for p in people), interactions=True,
                        followups=True)


def participants(interaction_id: int) -> tuple[ContactId, ...]:
    return tuple(ContactId(r[0]) for r in db.execute_sql(
        "SELECT contact_id FROM interaction_participant WHERE interaction_id = ? "
        "ORDER BY contact_id", (interaction_id,)))


def delete_interaction(interaction_id: int, now: dt.datetime | None = None) -> Changes:
    """Delete an interaction; its participants' last interaction is recomputed (their
    cadence follow-up moves back accordingly). Promises made at it stay, unlinked."""
    people = list(participants(interaction_id))
    with db.atomic():
        deleted = db.execute_sql("DELETE FROM interaction WHERE id = ?", (interaction_id,))
        if not deleted.rowcount:
            raise ServiceError("that interaction no longer exists")
        followups.refresh_last_interaction(people, now)
        followups.sync_cadence(people)
    return Changes(contacts=frozenset(people), interactions=True, followups=True)


def timeline(
    contact_id: ContactId, offset: int = 0, limit: int = TIMELINE_PAGE
) -> TimelinePage:
    """A page of the contact's interactions, newest first (planned ones on top)."""
    cid = int(contact_id)
    total = int(db.execute_sql(
        "SELECT count(*) FROM interaction_participant WHERE contact_id = ?", (cid,)
    ).fetchone()[0])
    rows = db.execute_sql(
        "SELECT i.id, i.kind, i.happened_at, i.summary, i.notes FROM interaction_participant p "
        "JOIN interaction i ON i.id = p.interaction_id WHERE p.contact_id = ? "
        "ORDER BY i.happened_at DESC, i.id DESC LIMIT ? OFFSET ?",
        (cid, int(limit), max(0, int(offset))),
    ).fetchall()
    ids = [int(r[0]) for r in rows]
    others: dict[int, list[str]] = {}
    other_counts: dict[int, int] = {}
    promises: dict[int, int] = {}
    if ids:
        marks = ",".join("?" * len(ids))
        for iid, n in db.execute_sql(
            "SELECT interaction_id, count(*) FROM interaction_participant "
            f"WHERE interaction_id IN ({marks}) AND contact_id != ? GROUP BY interaction_id",
            [*ids, cid],
        ):
            other_counts[iid] = int(n)
        # Names for at most a few others per interaction (a 500-person event lists 3).
        for iid, full, org in db.execute_sql(
            "SELECT n.interaction_id, c.full_name, c.organization FROM ("
            "SELECT interaction_id, contact_id, row_number() OVER (PARTITION BY interaction_id "
            "ORDER BY contact_id) AS k FROM interaction_participant "
            f"WHERE interaction_id IN ({marks}) AND contact_id != ?) n "
            "JOIN contact c ON c.id = n.contact_id WHERE n.k <= 3 "
            "ORDER BY n.interaction_id, n.k",
            [*ids, cid],
        ):
            others.setdefault(iid, []).append(display_name(full or "", org or ""))
        for iid, n in db.execute_sql(
            f"SELECT interaction_id, count(*) FROM follow_up WHERE interaction_id IN ({marks}) "
            "GROUP BY interaction_id", ids,
        ):
            promises[iid] = int(n)
    entries = tuple(
        TimelineEntry(
            id=int(r[0]), kind=str(r[1]), happened_at=_parse(r[2]), summary=str(r[3] or ""),
            notes=str(r[4] or ""), others=tuple(others.get(int(r[0]), ())),
            other_count=other_counts.get(int(r[0]), 0), promises=promises.get(int(r[0]), 0),
        )
        for r in rows
    )
    return TimelinePage(entries, total, max(0, int(offset)))


def _parse(value: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def planned(contact_ids: Sequence[ContactId] | None = None, now: dt.datetime | None = None,
            until: dt.datetime | None = None) -> list[tuple[int, dt.datetime, str, str,
                                                            tuple[ContactId, ...]]]:
    """Planned interactions (after *now*, up to *until*): id, when, kind, summary, people."""
    moment = (now or dt.datetime.now()).replace(microsecond=0)
    params: list[object] = [moment.isoformat(sep=" ")]
    sql = ("SELECT i.id, i.happened_at, i.kind, i.summary, group_concat(p.contact_id) "
           "FROM interaction i JOIN interaction_participant p ON p.interaction_id = i.id "
           "WHERE i.happened_at > ?")
    if until is not None:
        sql += " AND i.happened_at <= ?"
        params.append(until.isoformat(sep=" "))
    if contact_ids is not None:
        ids = [int(c) for c in contact_ids]
        sql += (" AND i.id IN (SELECT interaction_id FROM interaction_participant "
                f"WHERE contact_id IN ({','.join('?' * len(ids)) or 'NULL'}))")
        params += ids
    sql += " GROUP BY i.id ORDER BY i.happened_at"
    return [
        (int(r[0]), _parse(r[1]), str(r[2]), str(r[3] or ""),
         tuple(ContactId(int(x)) for x in str(r[4]).split(",")))
        for r in db.execute_sql(sql, params)
    ]


def log_interactions(
    drafts: Sequence[InteractionDraft], now: dt.datetime | None = None,
    progress: Callable[[int], None] | None = None,
) -> tuple[list[int], Changes]:
    """Record many interactions at once (capture, issue 17), by the rules of
    :func:`log_interaction`, in one transaction: their ids in order, and what changed.
    The last interaction and the cadence follow-ups are brought up to date once for
    everyone at the end, not per interaction (20,000 captured messages: seconds, not
    minutes). ``progress(done)`` is called every few hundred; an exception from it rolls
    everything back."""
    cleaned = [_clean(d) for d in drafts]
    if not cleaned:
        return [], Changes()
    moment = now or dt.datetime.now().replace(microsecond=0)
    stamp = moment.isoformat(sep=" ")
    everyone = sorted({int(p) for d in cleaned for p in d.participants})
    ids: list[int] = []
    with db.atomic():
        found: set[int] = set()
        for start in range(0, len(everyone), 900):
            chunk = everyone[start : start + 900]
            found |= {r[0] for r in db.execute_sql(
                f"SELECT id FROM contact WHERE id IN ({','.join('?' * len(chunk))})", chunk)}
        if len(found) != len(everyone):
            raise ServiceError("someone in these interactions no longer exists")
        cursor = db.cursor()
        people_rows: list[tuple[int, int]] = []
        promise_rows: list[tuple[object, ...]] = []
        past: set[int] = set()
        for n, draft in enumerate(cleaned):
            cursor.execute(
                "INSERT INTO interaction (kind, happened_at, summary, notes, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (draft.kind, draft.happened_at.isoformat(sep=" "), draft.summary, draft.notes,
                 stamp))
            iid = int(cursor.lastrowid or 0)
            ids.append(iid)
            people = [int(p) for p in draft.participants]
            people_rows.extend((iid, p) for p in people)
            for promise in draft.promises:
                targets = [promise.contact_id] if promise.contact_id is not None else people
                promise_rows.extend((int(t), promise.due_on.isoformat(),
                                     " ".join(promise.reason.split()), "promise", iid, stamp)
                                    for t in targets)
            if draft.happened_at <= moment:
                past.update(people)
            if progress is not None and n % 256 == 0:
                progress(n)
        cursor.executemany(
            "INSERT INTO interaction_participant (interaction_id, contact_id) VALUES (?, ?)",
            people_rows)
        if promise_rows:
            cursor.executemany(
                "INSERT INTO follow_up (contact_id, due_on, reason, origin, done, "
                "interaction_id, created_at) VALUES (?, ?, ?, ?, 0, ?, ?)", promise_rows)
        if progress is not None:
            progress(len(cleaned))
        if past:
            touched = [ContactId(p) for p in sorted(past)]
            followups.refresh_last_interaction(touched, moment)
            followups.sync_cadence(touched)
        followups.refresh_next_followup([ContactId(p) for p in everyone])
    return ids, Changes(contacts=frozenset(ContactId(p) for p in everyone), interactions=True,
                        followups=True)
