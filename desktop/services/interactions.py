"""Interactions: log a meeting, call, message, email, event or note with one or several
contacts; plan a future 1-2-1; record the follow-ups promised in the same step; read a
contact's timeline newest first, a page at a time.

A meeting is one object from planned to held (issue 15): ``status`` is "planned",
"held" or "cancelled". Planning stores a planned interaction; when it takes place the
user *holds* it (:func:`hold`: notes, promises, status held) instead of logging a second
entry; it can be edited, rescheduled (:func:`reschedule`, "moved") or cancelled
(:func:`cancel`). A planned meeting whose time has passed stays planned until the user
holds or cancels it (the timeline offers "Held it — add notes…").

The API other features use (capture from .ics or mail, the command line, the dialogs):

- :func:`log_interaction` records a draft: held when it is in the past, planned when in
  the future (or the draft's explicit ``status``); :func:`log_interactions` many at once
  (capture).
- :func:`log_or_hold` does the same, except that when a participant has a planned meeting
  on that day it holds that meeting (notes appended, promises added) and returns its id.
- :func:`planned_on` lists the planned meetings of some people on one day (what
  ``log_or_hold`` would hold; the log dialog offers it).
- :func:`get_interaction`, :func:`update_interaction`, :func:`hold`,
  :func:`reschedule`, :func:`cancel`, :func:`delete_interaction`.

Every write keeps the denormalised columns true: ``Contact.last_interaction_at`` (the
latest *held* interaction that has happened) and, through ``followups.sync_cadence``,
the cadence follow-up and ``Contact.next_followup_on``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from desktop.models import INTERACTION_KINDS, INTERACTION_STATUSES, db
from desktop.services import followups
from desktop.services.errors import ServiceError
from desktop.services.types import Changes, ContactId, display_name
from desktop.text import Translatable, fill


class InteractionText(Translatable):
    """Translation context of logging and planning interactions: refusals."""


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
    """What to record. ``status`` None: planned when ``happened_at`` is in the future,
    else held."""

    kind: str
    happened_at: dt.datetime
    participants: tuple[ContactId, ...]
    summary: str = ""
    notes: str = ""
    promises: tuple[Promise, ...] = ()
    status: str | None = None


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
    status: str = "held"

    @property
    def is_planned(self) -> bool:
        return self.status == "planned"

    @property
    def is_cancelled(self) -> bool:
        return self.status == "cancelled"

    def is_due_to_hold(self, now: dt.datetime) -> bool:
        """Planned, and its time has passed: did it take place?"""
        return self.status == "planned" and self.happened_at <= now

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind.capitalize())


@dataclass(frozen=True)
class InteractionInfo:
    """One interaction in full (the edit and hold dialogs start from it)."""

    id: int
    kind: str
    happened_at: dt.datetime
    status: str
    summary: str
    notes: str
    participants: tuple[tuple[ContactId, str], ...]  # (id, name), by name
    promises: tuple[tuple[ContactId, dt.date, str, bool], ...]  # to whom, due, what, done

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind.capitalize())

    @property
    def title(self) -> str:
        """The summary, else what kind of interaction it is."""
        return self.summary or self.kind_label

    def draft(self) -> InteractionDraft:
        return InteractionDraft(self.kind, self.happened_at,
                                tuple(cid for cid, _ in self.participants), self.summary,
                                self.notes, (), self.status)


class PlannedMeeting(NamedTuple):
    """A planned interaction (``planned``, ``planned_on``). A named tuple: callers that
    unpack ``(id, when, kind, summary, people)`` as before keep working."""

    id: int
    happened_at: dt.datetime
    kind: str
    summary: str
    participants: tuple[ContactId, ...]

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
        raise ServiceError(fill(InteractionText.tr("kind must be one of %1"),
                                ", ".join(INTERACTION_KINDS)))
    people = tuple(dict.fromkeys(ContactId(int(p)) for p in draft.participants))
    if not people:
        raise ServiceError(InteractionText.tr("choose at least one person"))
    if len(people) > MAX_PARTICIPANTS:
        raise ServiceError(InteractionText.tr("at most %Ln people in one interaction", "",
                                              MAX_PARTICIPANTS))
    summary = " ".join(draft.summary.split())
    if len(summary) > MAX_SUMMARY:
        raise ServiceError(InteractionText.tr("the summary is at most %n characters", "",
                                              MAX_SUMMARY))
    if len(draft.notes) > MAX_NOTES:
        raise ServiceError(InteractionText.tr("notes are at most %Ln characters", "", MAX_NOTES))
    _check_promises(draft.promises, people)
    if draft.status is not None and draft.status not in INTERACTION_STATUSES:
        raise ServiceError(fill(InteractionText.tr("status must be one of %1"),
                                ", ".join(INTERACTION_STATUSES)))
    return InteractionDraft(
        kind=draft.kind, happened_at=draft.happened_at.replace(microsecond=0),
        participants=people, summary=summary, notes=draft.notes.strip(),
        promises=draft.promises, status=draft.status,
    )


def _check_promises(promises: Sequence[Promise], people: Sequence[ContactId]) -> None:
    for promise in promises:
        if not promise.reason.strip():
            raise ServiceError(InteractionText.tr("say what was promised"))
        if len(" ".join(promise.reason.split())) > 500:
            raise ServiceError(InteractionText.tr("a promise is at most 500 characters"))
        if promise.contact_id is not None and promise.contact_id not in people:
            raise ServiceError(InteractionText.tr("a promise must be to someone who took part"))


def _check_people(people: Sequence[int]) -> None:
    found: set[int] = set()
    for start in range(0, len(people), 900):
        chunk = list(people[start : start + 900])
        found |= {r[0] for r in db.execute_sql(
            f"SELECT id FROM contact WHERE id IN ({','.join('?' * len(chunk))})", chunk)}
    if len(found) != len(set(people)):
        raise ServiceError(InteractionText.tr("someone in this interaction no longer exists"))


def _insert_promises(iid: int, promises: Sequence[Promise], people: Sequence[int],
                     moment: dt.datetime) -> None:
    rows = []
    for promise in promises:
        targets = [promise.contact_id] if promise.contact_id is not None else people
        for target in targets:
            rows.append((int(target), promise.due_on.isoformat(),
                         " ".join(promise.reason.split()), "promise", iid,
                         moment.isoformat(sep=" ")))
    if rows:
        db.cursor().executemany(
            "INSERT INTO follow_up (contact_id, due_on, reason, origin, done, "
            "interaction_id, created_at) VALUES (?, ?, ?, ?, 0, ?, ?)", rows)


def _now(now: dt.datetime | None) -> dt.datetime:
    return (now or dt.datetime.now()).replace(microsecond=0)


def _touch(ids: Sequence[ContactId], moment: dt.datetime) -> None:
    """Last interaction, keep-in-touch follow-up and next follow-up of these people, after
    an interaction of theirs changed (held, moved, cancelled, edited or deleted)."""
    followups.refresh_last_interaction(ids, moment)
    followups.sync_cadence(ids)
    followups.refresh_next_followup(ids)


def log_interaction(
    draft: InteractionDraft, now: dt.datetime | None = None
) -> tuple[int, Changes]:
    """Record an interaction (held when past, planned when in the future, unless the draft
    says) and its promises. Returns the interaction's id and what changed. Participants
    that do not exist are refused as a whole: nothing is written."""
    draft = _clean(draft)
    moment = _now(now)
    status = draft.status or ("planned" if draft.happened_at > moment else "held")
    people = [int(p) for p in draft.participants]
    with db.atomic():
        _check_people(people)
        cursor = db.execute_sql(
            "INSERT INTO interaction (kind, happened_at, summary, notes, created_at, status) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (draft.kind, draft.happened_at.isoformat(sep=" "), draft.summary, draft.notes,
             moment.isoformat(sep=" "), status),
        )
        iid = int(cursor.lastrowid or 0)
        db.cursor().executemany(
            "INSERT INTO interaction_participant (interaction_id, contact_id) VALUES (?, ?)",
            [(iid, p) for p in people],
        )
        _insert_promises(iid, draft.promises, people, moment)
        ids = [ContactId(p) for p in people]
        if status == "held" and draft.happened_at <= moment:
            # Only a later interaction moves "last interaction" (an old one logged late
            # does not), and only then is the keep-in-touch clock reset.
            followups.refresh_last_interaction(ids, moment)
            followups.sync_cadence(ids)
        followups.refresh_next_followup(ids)
    return iid, Changes(contacts=frozenset(ContactId(p) for p in people), interactions=True,
                        followups=True)


def planned_on(contact_ids: Sequence[ContactId], day: dt.date) -> list[PlannedMeeting]:
    """Planned meetings (any kind still planned) on *day* with any of these people, by
    time: what logging an interaction with them that day would rather hold."""
    ids = [int(c) for c in contact_ids]
    if not ids:
        return []
    start = dt.datetime.combine(day, dt.time())
    rows = db.execute_sql(
        "SELECT i.id, i.happened_at, i.kind, i.summary FROM interaction i "
        "WHERE i.status = 'planned' AND i.happened_at >= ? AND i.happened_at < ? "
        "AND EXISTS (SELECT 1 FROM interaction_participant p WHERE p.interaction_id = i.id "
        f"AND p.contact_id IN ({','.join('?' * len(ids))})) ORDER BY i.happened_at, i.id",
        [start.isoformat(sep=" "), (start + dt.timedelta(days=1)).isoformat(sep=" "), *ids],
    ).fetchall()
    return [PlannedMeeting(int(r[0]), _parse(r[1]), str(r[2]), str(r[3] or ""),
                           participants(int(r[0]))) for r in rows]


def log_or_hold(draft: InteractionDraft, now: dt.datetime | None = None
                ) -> tuple[int, bool, Changes]:
    """Log *draft*, unless one of its people has a planned meeting that day: then that
    meeting is held with the draft's summary, notes, people and promises (one entry, not
    two). Returns (interaction id, whether a planned meeting was held, what changed)."""
    draft = _clean(draft)
    moment = _now(now)
    if draft.happened_at <= moment:
        found = planned_on(draft.participants, draft.happened_at.date())
        if found:
            meeting = found[0]
            # Held at its planned time, or when logged if that time is still to come
            # (it took place earlier than planned).
            at = meeting.happened_at if meeting.happened_at <= moment else draft.happened_at
            changes = hold(meeting.id, notes=draft.notes, summary=draft.summary,
                           promises=draft.promises, participants=draft.participants,
                           held_at=at, now=moment)
            return meeting.id, True, changes
    iid, changes = log_interaction(draft, moment)
    return iid, False, changes


def get_interaction(interaction_id: int) -> InteractionInfo | None:
    row = db.execute_sql(
        "SELECT id, kind, happened_at, status, summary, notes FROM interaction WHERE id = ?",
        (int(interaction_id),)).fetchone()
    if row is None:
        return None
    people = tuple(
        (ContactId(int(cid)), display_name(full or "", org or ""))
        for cid, full, org in db.execute_sql(
            "SELECT c.id, c.full_name, c.organization FROM interaction_participant p "
            "JOIN contact c ON c.id = p.contact_id WHERE p.interaction_id = ? "
            "ORDER BY c.sort_key, c.id", (int(interaction_id),)))
    promises = tuple(
        (ContactId(int(cid)), dt.date.fromisoformat(str(due)[:10]), str(reason or ""),
         bool(done))
        for cid, due, reason, done in db.execute_sql(
            "SELECT contact_id, due_on, reason, done FROM follow_up WHERE interaction_id = ? "
            "ORDER BY due_on, id", (int(interaction_id),)))
    return InteractionInfo(int(row[0]), str(row[1]), _parse(row[2]), str(row[3] or "held"),
                           str(row[4] or ""), str(row[5] or ""), people, promises)


def _require(interaction_id: int) -> InteractionInfo:
    info = get_interaction(interaction_id)
    if info is None:
        raise ServiceError(InteractionText.tr("that interaction no longer exists"))
    return info


def update_interaction(interaction_id: int, draft: InteractionDraft,
                       now: dt.datetime | None = None) -> Changes:
    """Edit an interaction: kind, time, people, summary, notes (and its status when the
    draft gives one); the draft's promises are added to those already made at it."""
    old = _require(interaction_id)
    draft = _clean(replace(draft, status=draft.status or old.status))
    moment = _now(now)
    people = [int(p) for p in draft.participants]
    with db.atomic():
        _check_people(people)
        db.execute_sql(
            "UPDATE interaction SET kind = ?, happened_at = ?, summary = ?, notes = ?, "
            "status = ? WHERE id = ?",
            (draft.kind, draft.happened_at.isoformat(sep=" "), draft.summary, draft.notes,
             draft.status, int(interaction_id)))
        db.execute_sql("DELETE FROM interaction_participant WHERE interaction_id = ?",
                       (int(interaction_id),))
        db.cursor().executemany(
            "INSERT INTO interaction_participant (interaction_id, contact_id) VALUES (?, ?)",
            [(int(interaction_id), p) for p in people])
        _insert_promises(int(interaction_id), draft.promises, people, moment)
        touched = sorted({*people, *(int(c) for c, _ in old.participants)})
        _touch([ContactId(c) for c in touched], moment)
    return Changes(contacts=frozenset(ContactId(c) for c in touched), interactions=True,
                   followups=True)


def hold(interaction_id: int, *, notes: str = "", summary: str = "",
         promises: Sequence[Promise] = (), participants: Sequence[ContactId] = (),
         held_at: dt.datetime | None = None, now: dt.datetime | None = None) -> Changes:
    """The planned meeting took place: status held, *notes* added to its notes (a blank
    line between), *summary* replacing its summary when given, *participants* joining it,
    *promises* becoming follow-ups. *held_at* moves it (default: the planned time). It
    then counts as the participants' last interaction."""
    old = _require(interaction_id)
    if old.status == "held":
        raise ServiceError(InteractionText.tr(
            "that meeting is already marked as held: edit it instead"))
    moment = _now(now)
    when = (held_at or old.happened_at).replace(microsecond=0)
    if when > moment:
        raise ServiceError(InteractionText.tr(
            "a meeting can be held only once its time has come: reschedule it instead"))
    people = list(dict.fromkeys([*(c for c, _ in old.participants),
                                 *(ContactId(int(p)) for p in participants)]))
    text = "\n\n".join(t for t in (old.notes.strip(), notes.strip()) if t)
    title = " ".join(summary.split()) or old.summary
    draft = _clean(InteractionDraft(old.kind, when, tuple(people), title, text,
                                    tuple(promises), "held"))
    return update_interaction(interaction_id, draft, moment)


def reschedule(interaction_id: int, when: dt.datetime, now: dt.datetime | None = None
               ) -> Changes:
    """Move a planned (or cancelled) meeting to *when*; it is planned again. A meeting
    already held is edited instead."""
    old = _require(interaction_id)
    if old.status == "held":
        raise ServiceError(InteractionText.tr(
            "that meeting took place: edit it to change its time"))
    moment = _now(now)
    with db.atomic():
        db.execute_sql("UPDATE interaction SET happened_at = ?, status = 'planned' WHERE id = ?",
                       (when.replace(microsecond=0).isoformat(sep=" "), int(interaction_id)))
        ids = [c for c, _ in old.participants]
        _touch(ids, moment)
    return Changes(contacts=frozenset(ids), interactions=True, followups=True)


def cancel(interaction_id: int, now: dt.datetime | None = None) -> Changes:
    """The planned meeting will not take place: it stays in the timeline as cancelled and
    leaves the calendar. Promises made at it stay."""
    old = _require(interaction_id)
    if old.status == "held":
        raise ServiceError(InteractionText.tr(
            "that meeting took place: delete it instead of cancelling"))
    if old.status == "cancelled":
        return Changes()
    with db.atomic():
        db.execute_sql("UPDATE interaction SET status = 'cancelled' WHERE id = ?",
                       (int(interaction_id),))
        ids = [c for c, _ in old.participants]
        _touch(ids, _now(now))
    return Changes(contacts=frozenset(ids), interactions=True, followups=True)


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
            raise ServiceError(InteractionText.tr("that interaction no longer exists"))
        _touch(people, _now(now))
    return Changes(contacts=frozenset(people), interactions=True, followups=True)


def timeline(
    contact_id: ContactId, offset: int = 0, limit: int = TIMELINE_PAGE
) -> TimelinePage:
    """A page of the contact's interactions, newest first (planned ones on top)."""
    cid = int(contact_id)
    total = int(db.execute_sql(
        "SELECT count(*) FROM interaction_participant WHERE contact_id = ?", (cid,)
    ).fetchone()[0])
    # The page's ids are sorted first (narrow rows), then their columns read: sorting
    # 10,000 interactions with their notes took three times as long.
    rows = db.execute_sql(
        "SELECT id, kind, happened_at, summary, notes, status FROM interaction WHERE id IN ("
        "SELECT i.id FROM interaction_participant p JOIN interaction i "
        "ON i.id = p.interaction_id WHERE p.contact_id = ? "
        "ORDER BY i.happened_at DESC, i.id DESC LIMIT ? OFFSET ?) "
        "ORDER BY happened_at DESC, id DESC",
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
            status=str(r[5] or "held"),
        )
        for r in rows
    )
    return TimelinePage(entries, total, max(0, int(offset)))


def _parse(value: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def planned(contact_ids: Sequence[ContactId] | None = None, now: dt.datetime | None = None,
            until: dt.datetime | None = None) -> list[PlannedMeeting]:
    """Planned interactions still ahead (after *now*, up to *until*), by time."""
    moment = (now or dt.datetime.now()).replace(microsecond=0)
    params: list[object] = [moment.isoformat(sep=" ")]
    sql = ("SELECT i.id, i.happened_at, i.kind, i.summary, group_concat(p.contact_id) "
           "FROM interaction i JOIN interaction_participant p ON p.interaction_id = i.id "
           "WHERE i.status = 'planned' AND i.happened_at > ?")
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
        PlannedMeeting(int(r[0]), _parse(r[1]), str(r[2]), str(r[3] or ""),
                       tuple(ContactId(int(x)) for x in str(r[4]).split(",")))
        for r in db.execute_sql(sql, params)
    ]


def past_planned(now: dt.datetime | None = None, since_days: int = 31
                 ) -> list[PlannedMeeting]:
    """Planned meetings whose time has passed (within *since_days*) and that nobody held
    or cancelled yet: "did it take place?"."""
    moment = _now(now)
    since = moment - dt.timedelta(days=since_days)
    return [
        PlannedMeeting(int(r[0]), _parse(r[1]), str(r[2]), str(r[3] or ""),
                       tuple(ContactId(int(x)) for x in str(r[4]).split(",")))
        for r in db.execute_sql(
            "SELECT i.id, i.happened_at, i.kind, i.summary, group_concat(p.contact_id) "
            "FROM interaction i JOIN interaction_participant p ON p.interaction_id = i.id "
            "WHERE i.status = 'planned' AND i.happened_at > ? AND i.happened_at <= ? "
            "GROUP BY i.id ORDER BY i.happened_at",
            (since.isoformat(sep=" "), moment.isoformat(sep=" ")))
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
            raise ServiceError(InteractionText.tr("someone in these interactions no longer exists"))
        cursor = db.cursor()
        people_rows: list[tuple[int, int]] = []
        promise_rows: list[tuple[object, ...]] = []
        past: set[int] = set()
        for n, draft in enumerate(cleaned):
            status = draft.status or ("planned" if draft.happened_at > moment else "held")
            cursor.execute(
                "INSERT INTO interaction (kind, happened_at, summary, notes, created_at, "
                "status) VALUES (?, ?, ?, ?, ?, ?)",
                (draft.kind, draft.happened_at.isoformat(sep=" "), draft.summary, draft.notes,
                 stamp, status))
            iid = int(cursor.lastrowid or 0)
            ids.append(iid)
            people = [int(p) for p in draft.participants]
            people_rows.extend((iid, p) for p in people)
            for promise in draft.promises:
                targets = [promise.contact_id] if promise.contact_id is not None else people
                promise_rows.extend((int(t), promise.due_on.isoformat(),
                                     " ".join(promise.reason.split()), "promise", iid, stamp)
                                    for t in targets)
            if status == "held" and draft.happened_at <= moment:
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
