"""Follow-ups: keep-in-touch cadences, promised and manual follow-ups, birthday and
anniversary reminders, the calendar's month counts and agenda, and undo snapshots.

Rules (issue 4):

- A contact's effective cadence is its own ``keep_in_touch_days`` when set, else the
  shortest positive ``keep_in_touch_days`` of its tags, else none. A cadence of 0 means
  "no reminders" (the contact editor shows it so); on a tag, 0 sets nothing.
- Each contact with a cadence has at most one open follow-up of origin "cadence", due
  ``cadence`` days after the later of its last (past) interaction and the last time a
  cadence follow-up was marked done; a contact never contacted counts from the day it
  was added. Logging any interaction resets that date (and drops a snooze).
- A follow-up's *effective* date is ``snoozed_until`` when snoozed, else ``due_on``.
  ``Contact.next_followup_on`` is the earliest effective date of the contact's open
  follow-ups: the list's "Next follow-up" column and the sidebar's "Due for follow-up"
  read it, so every write here keeps it true.
- Birthdays and anniversaries are reminders computed from the contact's date (a year-less
  ``--MM-DD`` too): nothing is stored until the user acts on one. Marking one done or
  snoozing it stores a follow-up row (origin "birthday"/"anniversary", ``due_on`` the
  occurrence) that replaces the computed reminder for that year.
- 29 February falls on 28 February in years that have no 29 February (the common
  convention, and what most calendar applications do for a yearly event on 29/2).

Raw SQL on purpose in the calendar queries: they run on every month change over a
100,000-contact database (bench/bench_calendar.py).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from desktop.models import FOLLOWUP_ORIGINS, db
from desktop.services import store
from desktop.services.errors import ServiceError
from desktop.services.reasons import FollowUpText, Reason, decode, encode, made, typed
from desktop.services.reasons import cadence as cadence_reason
from desktop.services.types import Changes, ContactId, display_name
from desktop.text import fill

REMINDER_ORIGINS: tuple[str, ...] = ("birthday", "anniversary")
_CHUNK = 900  # SQLite's default limit on host parameters is 999 in old builds


def _chunks(ids: Sequence[int], size: int = _CHUNK) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _date(value: object) -> dt.date | None:
    if type(value) is str and value:  # as SQLite gives it: the common case, first
        return dt.date.fromisoformat(value[:10])
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _datetime(value: object) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def add_days(day: dt.date, days: int) -> dt.date:
    """*day* + *days*, held at the last representable date instead of overflowing."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


# --- birthdays and anniversaries -------------------------------------------------------

def month_day(value: str | None) -> tuple[int, int] | None:
    """(month, day) of "YYYY-MM-DD" or "--MM-DD"; None when absent or unreadable."""
    if not value or len(value) < 7:
        return None
    try:
        month, day = int(value[-5:-3]), int(value[-2:])
    except ValueError:
        return None
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return month, day


def occurrence_in(year: int, month: int, day: int) -> dt.date:
    """The date a yearly (month, day) falls on in *year*: 29 February is 28 February in
    years without one; any other impossible day is held at the month's last day."""
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day, last))


def next_occurrence(value: str | None, today: dt.date) -> dt.date | None:
    """The next birthday/anniversary on or after *today* for "YYYY-MM-DD" or "--MM-DD"."""
    md = month_day(value)
    if md is None:
        return None
    this_year = occurrence_in(today.year, *md)
    if this_year >= today:
        return this_year
    return occurrence_in(today.year + 1, *md) if today.year < dt.MAXYEAR else None


def _day_ranges(start: dt.date, end: dt.date) -> list[tuple[int, str, str]]:
    """(year, first "MM-DD", last "MM-DD") of each calendar year *start*..*end* touches:
    the ranges of the month-day indexes (migration 10) that hold its reminders. In a year
    without 29 February, a range ending on the 28th takes in the 29th (it falls then)."""
    out: list[tuple[int, str, str]] = []
    for year in range(start.year, end.year + 1):
        first = start if year == start.year else dt.date(year, 1, 1)
        last = end if year == end.year else dt.date(year, 12, 31)
        to = f"{last:%m-%d}"
        if to == "02-28" and not calendar.isleap(year):
            to = "02-29"
        out.append((year, f"{first:%m-%d}", to))
    return out


def _reminder_days(start: dt.date, end: dt.date) -> dict[dt.date, list[tuple[ContactId, str]]]:
    """The birthdays and anniversaries from *start* to *end* inclusive, by the day they
    fall on: (contact, "birthday" | "anniversary") in id order, read through the
    month-day indexes (no scan of every contact, issue 18)."""
    found: dict[dt.date, list[tuple[ContactId, str]]] = {}
    for kind in REMINDER_ORIGINS:
        for year, first, last in _day_ranges(start, end):
            # "IS NOT NULL" names the partial index's condition, so SQLite can use it.
            days: dict[str, dt.date | None] = {}  # a day per "MM-DD", worked out once
            for md_text, cid in db.execute_sql(
                f"SELECT substr({kind}, -5), id FROM contact WHERE {kind} IS NOT NULL "
                f"AND substr({kind}, -5) BETWEEN ? AND ? ORDER BY 1, id",
                (first, last),
            ):
                if md_text not in days:
                    md = month_day("--" + str(md_text))
                    on = occurrence_in(year, *md) if md is not None else None
                    days[md_text] = on if on is not None and start <= on <= end else None
                day = days[md_text]
                if day is not None:
                    found.setdefault(day, []).append((ContactId(cid), kind))
    return found


def _reminder_counts(start: dt.date, end: dt.date) -> dict[dt.date, int]:
    """How many birthdays and anniversaries fall on each day from *start* to *end*,
    counted inside the month-day indexes (a month: ~31 groups)."""
    counts: dict[dt.date, int] = {}
    for kind in REMINDER_ORIGINS:
        for year, first, last in _day_ranges(start, end):
            for md_text, n in db.execute_sql(
                f"SELECT substr({kind}, -5) AS md, count(*) FROM contact "
                f"WHERE {kind} IS NOT NULL AND md BETWEEN ? AND ? GROUP BY md",
                (first, last),
            ):
                md = month_day("--" + str(md_text))
                if md is None:
                    continue
                day = occurrence_in(year, *md)
                if start <= day <= end:
                    counts[day] = counts.get(day, 0) + int(n)
    return counts


def _acted_reminders(start: dt.date, end: dt.date) -> set[tuple[int, str, str]]:
    """(contact, origin, occurrence) of birthday/anniversary reminders the user already
    acted on (done or snoozed) between *start* and *end* inclusive."""
    return {
        (r[0], r[1], str(r[2])[:10])
        for r in db.execute_sql(
            "SELECT contact_id, origin, due_on FROM follow_up "
            "WHERE origin IN ('birthday', 'anniversary') AND due_on BETWEEN ? AND ?",
            (start.isoformat(), end.isoformat()),
        )
    }


# --- data that crosses the boundary ----------------------------------------------------

@dataclass(frozen=True)
class FollowUpItem:
    """A follow-up to show: a stored row (``id`` set) or a computed birthday/anniversary
    reminder (``id`` None, ``origin`` "birthday"/"anniversary")."""

    id: int | None
    contact_id: ContactId
    name: str
    on: dt.date  # the effective date: snoozed_until, else due_on
    due_on: dt.date
    reason: Reason  # shown through reasons.reason_text
    origin: str
    snoozed_until: dt.date | None = None
    done: bool = False

    def days_overdue(self, today: dt.date) -> int:
        return max(0, (today - self.on).days)

    @property
    def is_reminder(self) -> bool:
        return self.origin in REMINDER_ORIGINS


@dataclass(frozen=True)
class DayCounts:
    followups: int = 0
    meetings: int = 0
    birthdays: int = 0  # birthdays and anniversaries

    @property
    def total(self) -> int:
        return self.followups + self.meetings + self.birthdays


@dataclass(frozen=True)
class MonthView:
    year: int
    month: int
    days: Mapping[dt.date, DayCounts]

    def counts(self, day: dt.date) -> DayCounts:
        return self.days.get(day, DayCounts())


@dataclass(frozen=True)
class AgendaEntry:
    """One line of the agenda: a follow-up, a meeting (planned or held) or a reminder."""

    kind: str  # "followup" | "meeting" | "birthday" | "anniversary"
    day: dt.date
    at: dt.datetime | None
    contact_id: ContactId
    title: str  # the person (and others, for a group meeting)
    detail: Reason  # the follow-up's reason, a meeting's summary (typed): reason_text
    followup: FollowUpItem | None = None
    interaction_id: int | None = None
    participants: int = 1
    status: str = ""  # a meeting's: planned / held


@dataclass(frozen=True)
class TodayCount:
    due_today: int
    overdue: int

    @property
    def total(self) -> int:
        return self.due_today + self.overdue


# --- cadence ---------------------------------------------------------------------------

def effective_cadences(ids: Sequence[ContactId]) -> dict[ContactId, int | None]:
    """Each contact's cadence in days: its own wins, else its tags' shortest, else None.
    0 (on the contact) means no reminders and comes back as None."""
    result: dict[ContactId, int | None] = {}
    for chunk in _chunks([int(i) for i in ids]):
        for cid, own, tag_min in db.execute_sql(
            "SELECT c.id, c.keep_in_touch_days, (SELECT min(t.keep_in_touch_days) "
            "FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id "
            f"AND t.keep_in_touch_days > 0) FROM contact c WHERE c.id IN ({_marks(len(chunk))})",
            chunk,
        ):
            cadence = own if own is not None else tag_min
            result[ContactId(cid)] = int(cadence) if cadence else None
    return result


def sync_cadence(ids: Sequence[ContactId], *, reset: bool = True) -> Changes:
    """Bring each contact's open cadence follow-up in line with the rules above.

    *reset* (an interaction was logged, a cadence follow-up was done, the cadence
    changed) lets a new due date replace a snooze or a reschedule; without it a contact
    that already has its open cadence follow-up keeps it as the user left it.
    """
    id_list = sorted({int(i) for i in ids})
    if not id_list:
        return Changes()
    cadences = effective_cadences([ContactId(i) for i in id_list])
    with db.atomic():
        for chunk in _chunks(id_list):
            rows = db.execute_sql(
                "SELECT c.id, c.last_interaction_at, c.created_at, "
                "(SELECT max(done_at) FROM follow_up f WHERE f.contact_id = c.id "
                "AND f.origin = 'cadence' AND f.done = 1) "
                f"FROM contact c WHERE c.id IN ({_marks(len(chunk))})",
                chunk,
            ).fetchall()
            open_rows: dict[int, list[tuple[int, dt.date]]] = {}
            for fid, cid, due in db.execute_sql(
                "SELECT id, contact_id, due_on FROM follow_up WHERE origin = 'cadence' "
                f"AND done = 0 AND contact_id IN ({_marks(len(chunk))}) ORDER BY id",
                chunk,
            ):
                open_rows.setdefault(cid, []).append((fid, _date(due) or dt.date.today()))
            for cid, last_at, created_at, last_done in rows:
                cadence = cadences.get(ContactId(cid))
                existing = open_rows.get(cid, [])
                if cadence is None:
                    if existing:
                        db.execute_sql(
                            f"DELETE FROM follow_up WHERE id IN ({_marks(len(existing))})",
                            [f for f, _ in existing],
                        )
                    continue
                bases = [d for d in (_date(last_at), _date(last_done)) if d is not None]
                base = max(bases) if bases else (_date(created_at) or dt.date.today())
                due = add_days(base, cadence)
                reason, parts = encode(cadence_reason(cadence))
                if existing:
                    keep, old_due = existing[0]
                    if len(existing) > 1:
                        extra = [f for f, _ in existing[1:]]
                        db.execute_sql(
                            f"DELETE FROM follow_up WHERE id IN ({_marks(len(extra))})", extra
                        )
                    if reset and old_due != due:
                        db.execute_sql(
                            "UPDATE follow_up SET due_on = ?, snoozed_until = NULL, reason = ?, "
                            "reason_parts = ? WHERE id = ?",
                            (due.isoformat(), reason, parts, keep),
                        )
                else:
                    db.execute_sql(
                        "INSERT INTO follow_up (contact_id, due_on, reason, reason_parts, "
                        "origin, done, created_at) VALUES (?, ?, ?, ?, 'cadence', 0, ?)",
                        (cid, due.isoformat(), reason, parts, _now().isoformat(sep=" ")),
                    )
        refresh_next_followup([ContactId(i) for i in id_list])
    return Changes(contacts=frozenset(ContactId(i) for i in id_list), followups=True)


_BULK_CADENCE_SQL = (
    # One row per contact: own cadence, its tags' shortest, the dates a period counts from.
    # Grouped joins rather than per-contact subqueries: a single pass over each table.
    "SELECT c.id, c.keep_in_touch_days, tm.days, c.last_interaction_at, c.created_at, "
    "dn.last_done, c.next_followup_on FROM contact c "
    "LEFT JOIN (SELECT ct.contact_id AS cid, min(t.keep_in_touch_days) AS days "
    "FROM tag t JOIN contact_tag ct ON ct.tag_id = t.id WHERE t.keep_in_touch_days > 0 "
    "GROUP BY ct.contact_id) tm ON tm.cid = c.id "
    "LEFT JOIN (SELECT contact_id AS cid, max(done_at) AS last_done FROM follow_up "
    "WHERE origin = 'cadence' AND done = 1 GROUP BY contact_id) dn ON dn.cid = c.id "
)
_SCOPED_CADENCE_SQL = (
    # The same for a list of contacts: per-contact subqueries that use the indexes.
    "SELECT c.id, c.keep_in_touch_days, (SELECT min(t.keep_in_touch_days) FROM contact_tag "
    "ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id AND t.keep_in_touch_days "
    "> 0), c.last_interaction_at, c.created_at, (SELECT max(done_at) FROM follow_up f "
    "WHERE f.contact_id = c.id AND f.origin = 'cadence' AND f.done = 1), c.next_followup_on "
    "FROM contact c "
)


def sync_cadence_bulk(
    ids: Sequence[ContactId] | None = None, *, reset: bool = False
) -> Changes:
    """:func:`sync_cadence` for many contacts at once (every contact when *ids* is None):
    the same rules, read with a few grouped queries and written with ``executemany``, so
    100,000 contacts take a second or two (the demo network calls it once; a tag's
    cadence change calls it for the tag's members). The returned ``Changes`` names the
    contacts whose follow-ups changed."""
    scoped = ids is not None
    id_list = sorted({int(i) for i in ids}) if ids is not None else []
    if scoped and not id_list:
        return Changes()
    rows: list[tuple[object, ...]] = []
    open_rows: dict[int, list[tuple[int, object]]] = {}
    open_sql = ("SELECT id, contact_id, due_on FROM follow_up WHERE origin = 'cadence' "
                "AND done = 0")
    if scoped:
        for chunk in _chunks(id_list):
            marks = _marks(len(chunk))
            rows += db.execute_sql(_SCOPED_CADENCE_SQL + f"WHERE c.id IN ({marks})",
                                   chunk).fetchall()
            for fid, cid, due in db.execute_sql(
                    open_sql + f" AND contact_id IN ({marks}) ORDER BY id", chunk):
                open_rows.setdefault(int(cid), []).append((int(fid), due))
    else:
        rows = db.execute_sql(_BULK_CADENCE_SQL).fetchall()
        for fid, cid, due in db.execute_sql(open_sql + " ORDER BY id"):
            open_rows.setdefault(int(cid), []).append((int(fid), due))
    deletes: list[tuple[int]] = []
    updates: list[tuple[str, str, str | None, int]] = []
    inserts: list[tuple[int, str, str, str | None, str]] = []
    changed: set[int] = set()
    created = _now().isoformat(sep=" ")
    reasons: dict[int, tuple[str, str | None]] = {}
    shown: dict[int, object] = {}
    for cid, own, tag_min, last_at, created_at, last_done, next_on in rows:
        cid = int(cid)  # type: ignore[call-overload]
        shown[cid] = next_on
        cadence_value = own if own is not None else tag_min
        cadence = int(cadence_value) if cadence_value else 0  # type: ignore[call-overload]
        existing = open_rows.get(cid, [])
        if not cadence:
            if existing:
                deletes += [(f,) for f, _ in existing]
                changed.add(cid)
            continue
        bases = [d for d in (_date(last_at), _date(last_done)) if d is not None]
        base = max(bases) if bases else (_date(created_at) or dt.date.today())
        due = add_days(base, cadence).isoformat()
        encoded = reasons.get(cadence)
        if encoded is None:
            encoded = reasons[cadence] = encode(cadence_reason(cadence))
        if existing:
            keep, old_due = existing[0]
            if len(existing) > 1:
                deletes += [(f,) for f, _ in existing[1:]]
                changed.add(cid)
            if reset and str(old_due)[:10] != due:
                updates.append((due, *encoded, keep))
                changed.add(cid)
        else:
            inserts.append((cid, due, *encoded, created))
            changed.add(cid)
    if not changed:
        return Changes()
    with db.atomic():
        cursor = db.cursor()
        cursor.executemany("DELETE FROM follow_up WHERE id = ?", deletes)
        cursor.executemany(
            "UPDATE follow_up SET due_on = ?, snoozed_until = NULL, reason = ?, "
            "reason_parts = ? WHERE id = ?", updates)
        cursor.executemany(
            "INSERT INTO follow_up (contact_id, due_on, reason, reason_parts, origin, done, "
            "created_at) VALUES (?, ?, ?, ?, 'cadence', 0, ?)", inserts)
        touched = sorted(changed)
        # next_followup_on, written only where it moved (rewriting 100,000 contact rows
        # and their indexes would cost more than everything above).
        earliest: dict[int, object] = {}
        min_sql = ("SELECT contact_id, min(coalesce(snoozed_until, due_on)) FROM follow_up "
                   "WHERE done = 0")
        if scoped or len(touched) < 5000:
            for chunk in _chunks(touched):
                earliest.update(db.execute_sql(
                    min_sql + f" AND contact_id IN ({_marks(len(chunk))}) GROUP BY contact_id",
                    chunk).fetchall())
        else:
            earliest.update(db.execute_sql(min_sql + " GROUP BY contact_id").fetchall())
        store.set_derived(
            "next_followup_on",
            [(earliest.get(cid), cid) for cid in touched
             if _date(earliest.get(cid)) != _date(shown.get(cid))])
    return Changes(contacts=frozenset(ContactId(i) for i in touched), followups=True)


def sync_moved_cadences(before: Mapping[ContactId, int | None]) -> Changes:
    """Re-sync (``reset=True``) the contacts of *before* whose effective cadence is no
    longer the one *before* recorded (``effective_cadences`` read before a tag's cadence,
    or a contact's tags, changed). The others keep their follow-up as the user left it: a
    member with their own cadence, or one whose tags still give the same cadence, is not
    moved, so a follow-up they rescheduled stays where they put it."""
    if not before:
        return Changes()
    after = effective_cadences(list(before))
    moved = [cid for cid, days in after.items() if before.get(cid) != days]
    return sync_cadence_bulk(moved, reset=True) if moved else Changes()


def refresh_next_followup(ids: Sequence[ContactId]) -> None:
    """Recompute ``Contact.next_followup_on`` (the earliest open effective date)."""
    store.refresh_next_followup([int(i) for i in ids])


def refresh_last_interaction(ids: Sequence[ContactId], now: dt.datetime | None = None) -> None:
    """Recompute ``Contact.last_interaction_at``: the latest held interaction that has
    happened (a planned meeting counts once the user holds it; a cancelled one never)."""
    store.refresh_last_interaction([int(i) for i in ids], (now or _now()).isoformat(sep=" "))


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


# --- reading follow-ups ----------------------------------------------------------------

_ITEM_SQL = (
    "SELECT f.id, f.contact_id, c.full_name, c.organization, f.due_on, f.snoozed_until, "
    "f.reason, f.origin, f.done, f.reason_parts FROM follow_up f "
    "JOIN contact c ON c.id = f.contact_id "
)


def _item(row: Sequence[object]) -> FollowUpItem:
    due = _date(row[4]) or dt.date.today()
    snoozed = _date(row[5])
    return FollowUpItem(
        id=int(row[0]),  # type: ignore[call-overload]
        contact_id=ContactId(int(row[1])),  # type: ignore[call-overload]
        name=display_name(str(row[2] or ""), str(row[3] or "")),
        on=snoozed or due,
        due_on=due,
        reason=decode(row[6], row[9]),
        origin=str(row[7] or "manual"),
        snoozed_until=snoozed,
        done=bool(row[8]),
    )


def get_followup(followup_id: int) -> FollowUpItem | None:
    row = db.execute_sql(_ITEM_SQL + "WHERE f.id = ?", (followup_id,)).fetchone()
    return _item(row) if row else None


def open_followups(contact_id: ContactId) -> list[FollowUpItem]:
    return [
        _item(r)
        for r in db.execute_sql(
            _ITEM_SQL + "WHERE f.contact_id = ? AND f.done = 0 "
            "ORDER BY coalesce(f.snoozed_until, f.due_on), f.id",
            (int(contact_id),),
        )
    ]


def overdue(today: dt.date | None = None, limit: int = 500, offset: int = 0
            ) -> tuple[list[FollowUpItem], int]:
    """Open follow-ups whose date has passed, oldest first (at most *limit*, from
    *offset*), and how many there are in all."""
    day = (today or dt.date.today()).isoformat()
    where = "WHERE f.done = 0 AND coalesce(f.snoozed_until, f.due_on) < ? "
    total = int(db.execute_sql(
        "SELECT count(*) FROM follow_up f " + where, (day,)
    ).fetchone()[0])
    items = [
        _item(r)
        for r in db.execute_sql(
            _ITEM_SQL + where + "ORDER BY coalesce(f.snoozed_until, f.due_on), c.sort_key, f.id "
            f"LIMIT {int(limit)} OFFSET {max(0, int(offset))}",
            (day,),
        )
    ]
    return items, total


def reminders_between(start: dt.date, end: dt.date) -> list[FollowUpItem]:
    """Computed birthday/anniversary reminders from *start* to *end* inclusive, minus the
    ones the user already marked done or snoozed (those are stored follow-ups)."""
    found = _open_reminders(start, end)
    people = _people([cid for _, cid, _ in found])
    items = []
    for day, cid, kind in found:
        name, birthday, anniversary = people.get(cid, ("(no name)", "", ""))
        value = birthday if kind == "birthday" else anniversary
        items.append(FollowUpItem(
            id=None, contact_id=cid, name=name, on=day, due_on=day,
            reason=_reminder_reason(kind, value or "--", day), origin=kind,
        ))
    return items


def reminder_count(start: dt.date, end: dt.date) -> int:
    """How many birthday/anniversary reminders ``reminders_between`` gives, counted by
    SQLite inside the month-day indexes (the reminder tray's first check at start-up:
    ~400 a day at 300,000 contacts were listed in Python to be counted)."""
    total = 0
    for day, month_days in _reminder_month_days(start, end).items():
        sql, params = _open_reminders_sql(day, month_days)
        if sql:
            total += int(db.execute_sql(f"SELECT count(*) FROM ({sql})", params).fetchone()[0])
    return total


def _open_reminders(start: dt.date, end: dt.date) -> list[tuple[dt.date, ContactId, str]]:
    """(day, contact, kind) of the reminders from *start* to *end* not yet acted on."""
    if end < start:
        return []
    acted = _acted_reminders(start, end)
    return [(day, cid, kind) for day, entries in sorted(_reminder_days(start, end).items())
            for cid, kind in entries if (int(cid), kind, day.isoformat()) not in acted]


def _people(ids: Iterable[ContactId]) -> dict[ContactId, tuple[str, str, str]]:
    """Name, birthday and anniversary text of these contacts."""
    id_list = sorted({int(i) for i in ids})
    people: dict[ContactId, tuple[str, str, str]] = {}
    for chunk in _chunks(id_list):
        for cid, full, org, birthday, anniversary in db.execute_sql(
            "SELECT id, full_name, organization, birthday, anniversary FROM contact "
            f"WHERE id IN ({_marks(len(chunk))})", chunk,
        ):
            people[ContactId(cid)] = (display_name(full or "", org or ""), birthday or "",
                                      anniversary or "")
    return people


def _reminder_reason(kind: str, value: str, day: dt.date) -> Reason:
    """"Birthday (turns 40)", "Anniversary (5 years)": the age or years when the year is
    known (composed when shown: ``reasons.reason_text``)."""
    years = 0
    if not value.startswith("--"):
        try:
            years = day.year - int(value[:4])
        except ValueError:
            years = 0
    if kind == "birthday":
        return made("birthday", age=years if 0 < years < 150 else None)
    return made("anniversary", years=years if 0 < years < 200 else None)


def _names(ids: Iterable[ContactId]) -> dict[ContactId, str]:
    id_list = sorted({int(i) for i in ids})
    names: dict[ContactId, str] = {}
    for chunk in _chunks(id_list):
        for cid, full, org in db.execute_sql(
            f"SELECT id, full_name, organization FROM contact WHERE id IN ({_marks(len(chunk))})",
            chunk,
        ):
            names[ContactId(cid)] = display_name(full or "", org or "")
    return names


def due(today: dt.date | None = None) -> list[FollowUpItem]:
    """Everything to act on today: overdue and today's follow-ups (oldest first), then
    today's birthday and anniversary reminders."""
    day = today or dt.date.today()
    rows = [
        _item(r)
        for r in db.execute_sql(
            _ITEM_SQL + "WHERE f.done = 0 AND coalesce(f.snoozed_until, f.due_on) <= ? "
            "ORDER BY coalesce(f.snoozed_until, f.due_on), c.sort_key, f.id",
            (day.isoformat(),),
        )
    ]
    return rows + reminders_between(day, day)


def today_count(today: dt.date | None = None) -> TodayCount:
    """What the window title says: due today and overdue, each counted inside the open
    follow-ups' index by day (no table read: a few ms on 300,000 contacts)."""
    day = (today or dt.date.today()).isoformat()
    count_sql = ("SELECT count(*) FROM follow_up WHERE done = 0 "
                 "AND coalesce(snoozed_until, due_on) {op} ?")
    due_today = db.execute_sql(count_sql.format(op="="), (day,)).fetchone()[0]
    late = db.execute_sql(count_sql.format(op="<"), (day,)).fetchone()[0]
    return TodayCount(int(due_today or 0), int(late or 0))


# --- the calendar ----------------------------------------------------------------------

def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def month_view(year: int, month: int) -> MonthView:
    """How many follow-ups, meetings and birthdays/anniversaries fall on each day of the
    month, each counted inside an index (issue 18: <= 10 ms on 300,000 contacts)."""
    first, last = month_bounds(year, month)
    a, b = first.isoformat(), last.isoformat()
    counts: dict[dt.date, list[int]] = {}
    # Open follow-ups counted per effective day inside migration 4's partial index (no
    # table read); the stored birthday / anniversary reminders (rare: made when the user
    # acts on one) read one by one through their own index (migration 10): an open one
    # counts as a reminder on its day, and one of this month's occurrences is left out
    # of the computed reminders below.
    for day_text, n in db.execute_sql(
        "SELECT coalesce(snoozed_until, due_on) AS d, count(*) FROM follow_up "
        "WHERE done = 0 AND coalesce(snoozed_until, due_on) BETWEEN ? AND ? GROUP BY d",
        (a, b),
    ):
        counts.setdefault(_date(day_text) or first, [0, 0, 0])[0] += int(n)
    acted: set[tuple[int, str, str]] = set()
    for cid, origin, due_text, day_text, done in db.execute_sql(
        "SELECT contact_id, origin, due_on, coalesce(snoozed_until, due_on), done "
        "FROM follow_up WHERE origin IN ('birthday', 'anniversary') "
        "AND (done = 0 OR due_on BETWEEN ? AND ?)",
        (a, b),
    ):
        if a <= str(due_text)[:10] <= b:
            acted.add((int(cid), str(origin), str(due_text)[:10]))
        day = _date(day_text)
        if not done and day is not None and a <= day.isoformat() <= b:
            counts[day][0] -= 1
            counts[day][2] += 1
    end = add_days(last, 1)
    for day_text, n in db.execute_sql(
        "SELECT substr(happened_at, 1, 10) AS d, count(*) FROM interaction "
        "WHERE happened_at >= ? AND happened_at < ? AND kind = 'meeting' "
        "AND status != 'cancelled' GROUP BY d",
        (a, end.isoformat()),
    ):
        counts.setdefault(_date(day_text) or first, [0, 0, 0])[1] += int(n)
    reminders = _reminder_counts(first, last)
    if acted:  # reminders the user acted on are stored follow-ups, counted above
        people = _people([ContactId(cid) for cid, _, _ in acted])
        for cid, kind, due_text in acted:
            _, birthday, anniversary = people.get(ContactId(cid), ("", "", ""))
            md = month_day(birthday if kind == "birthday" else anniversary)
            day = _date(due_text)
            if md is not None and day is not None and occurrence_in(day.year, *md) == day \
                    and reminders.get(day, 0) > 0:
                reminders[day] -= 1
    for day, n in reminders.items():
        if n:
            counts.setdefault(day, [0, 0, 0])[2] += n
    return MonthView(year, month, {d: DayCounts(*c) for d, c in counts.items()})


def agenda(start: dt.date, end: dt.date, limit: int = 2000) -> list[AgendaEntry]:
    """The first *limit* things on the calendar from *start* to *end* inclusive, by day,
    then meetings (by time), birthday/anniversary reminders and open follow-ups on their
    effective date (each in the contact list's name order).

    What is read is proportional to *limit*, not to the days' size (issue 18: a day of a
    300,000-contact book holds ~400 birthdays and hundreds of follow-ups, of which the
    agenda shows a page): each day's follow-ups are counted inside their index, the
    reminders found through the month-day indexes without their people, and only the
    entries within the first *limit* are read (SQLite orders the people) and made."""
    if end < start or limit <= 0:
        return []
    a, b = start.isoformat(), end.isoformat()
    meetings = _agenda_meetings(start, end, limit)
    meetings_on: dict[dt.date, int] = {}
    for entry in meetings:
        meetings_on[entry.day] = meetings_on.get(entry.day, 0) + 1
    # The reminders of each day: the computed ones (contact, kind) and the stored ones
    # (acted on, still open: snoozed to this day), which read as reminders too.
    reminder_days = _reminder_month_days(start, end)
    stored_on: dict[dt.date, list[tuple[str, FollowUpItem]]] = {}
    for r in db.execute_sql(
        _KEYED_ITEM_SQL + "WHERE f.origin IN ('birthday', 'anniversary') AND f.done = 0 "
        "AND coalesce(f.snoozed_until, f.due_on) BETWEEN ? AND ?", (a, b)
    ):
        item = _item(r)
        stored_on.setdefault(item.on, []).append((str(r[10] or ""), item))
    followups_on: dict[dt.date, int] = {}
    for day_text, n in db.execute_sql(
        "SELECT coalesce(snoozed_until, due_on) AS d, count(*) FROM follow_up "
        "WHERE done = 0 AND coalesce(snoozed_until, due_on) BETWEEN ? AND ? GROUP BY d",
        (a, b),
    ):
        day = _date(day_text)
        if day is not None:
            followups_on[day] = int(n) - len(stored_on.get(day, ()))
    # Walk the days in the agenda's order, taking what the first *limit* entries hold.
    room = limit
    wanted_followups = 0
    entries = meetings
    for day in sorted({*meetings_on, *reminder_days, *stored_on, *followups_on}):
        if room <= 0:
            break
        room -= min(room, meetings_on.get(day, 0))
        if room and (day in reminder_days or day in stored_on):
            reminders = _reminder_entries(day, room, reminder_days.get(day, {}),
                                          stored_on.get(day, []))
            entries += reminders
            room -= len(reminders)
        take = min(room, followups_on.get(day, 0))
        wanted_followups += take
        room -= take
    if wanted_followups:
        for r in db.execute_sql(
            _ITEM_SQL + "WHERE f.done = 0 AND coalesce(f.snoozed_until, f.due_on) BETWEEN ? "
            "AND ? AND f.origin NOT IN ('birthday', 'anniversary') "
            "ORDER BY coalesce(f.snoozed_until, f.due_on), c.sort_key, f.id "
            f"LIMIT {wanted_followups}",
            (a, b),
        ):
            item = _item(r)
            entries.append(AgendaEntry(
                kind="followup", day=item.on, at=None, contact_id=item.contact_id,
                title=item.name, detail=item.reason, followup=item))
    # Stable: the reminders and follow-ups of a day stay in the name order read.
    entries.sort(key=_agenda_order)
    return entries[:limit]


_KIND_ORDER = {"meeting": 0, "birthday": 1, "anniversary": 1, "followup": 2}
# A follow-up row and its contact's name order (``_item`` reads the first ten columns).
_KEYED_ITEM_SQL = _ITEM_SQL.replace(" FROM follow_up f", ", c.sort_key FROM follow_up f", 1)


def _agenda_order(entry: AgendaEntry) -> tuple[dt.date, int, dt.datetime, str]:
    return (entry.day, _KIND_ORDER.get(entry.kind, 3), entry.at or dt.datetime.min,
            entry.title.casefold() if entry.kind == "meeting" else "")


def _agenda_meetings(start: dt.date, end: dt.date, limit: int) -> list[AgendaEntry]:
    """The first *limit* meetings (planned or held, not cancelled) from *start* to *end*."""
    meeting_rows = db.execute_sql(
        # Per-row subqueries, not a GROUP BY i.id: that would make SQLite walk every
        # interaction by id instead of the day's range of the happened_at index.
        "SELECT i.id, i.happened_at, i.summary, i.status, (SELECT count(*) FROM "
        "interaction_participant p WHERE p.interaction_id = i.id), (SELECT min(contact_id) "
        "FROM interaction_participant p WHERE p.interaction_id = i.id) "
        "FROM interaction i WHERE i.happened_at >= ? AND i.happened_at < ? "
        "AND i.kind = 'meeting' AND i.status != 'cancelled' "
        f"ORDER BY i.happened_at LIMIT {int(limit)}",
        (start.isoformat(), add_days(end, 1).isoformat()),
    ).fetchall()
    names = _names([ContactId(r[5]) for r in meeting_rows if r[5] is not None])
    entries = []
    for iid, at_text, summary, status, n, first_cid in meeting_rows:
        if first_cid is None:  # nobody left: every participant was deleted
            continue
        at = _datetime(at_text)
        name = names.get(ContactId(first_cid), "(no name)")
        title = name if n == 1 else fill(FollowUpText.tr("%1 and %n other(s)", "", n - 1),
                                         name)
        entries.append(AgendaEntry(
            kind="meeting", day=at.date() if at else start, at=at, contact_id=ContactId(first_cid),
            title=title, detail=typed(summary) if summary else made("meeting"),
            interaction_id=int(iid),
            participants=int(n),
            status=str(status),
        ))
    return entries


def _reminder_month_days(start: dt.date, end: dt.date) -> dict[dt.date, dict[str, list[str]]]:
    """The days from *start* to *end* on which birthdays or anniversaries fall: for each,
    the kinds and their "MM-DD" values that fall on it (29 February on the 28th in a
    common year), read as distinct keys of the month-day indexes (no row of a person)."""
    found: dict[dt.date, dict[str, list[str]]] = {}
    for kind in REMINDER_ORIGINS:
        for year, first, last in _day_ranges(start, end):
            for (md_text,) in db.execute_sql(
                f"SELECT DISTINCT substr({kind}, -5) AS md FROM contact "
                f"WHERE {kind} IS NOT NULL AND md BETWEEN ? AND ?", (first, last),
            ):
                md = month_day("--" + str(md_text))
                if md is None:
                    continue
                day = occurrence_in(year, *md)
                if start <= day <= end:
                    found.setdefault(day, {}).setdefault(kind, []).append(str(md_text))
    return found


def _open_reminders_sql(day: dt.date, month_days: Mapping[str, Sequence[str]]
                        ) -> tuple[str, list[object]]:
    """A SELECT of (contact, full name, organisation, the date's text, name order key,
    kind order, kind) of the birthdays and anniversaries of *day* the user has not acted
    on (*month_days*: kind -> its "MM-DD" values that fall on the day), found through the
    month-day indexes; ("", []) when none fall on it."""
    parts: list[str] = []
    params: list[object] = []
    next_day = add_days(day, 1).isoformat()
    for order, kind in enumerate(REMINDER_ORIGINS):
        mds = month_days.get(kind)
        if not mds:
            continue
        # Acted on (done, or snoozed: then it is a stored follow-up): a follow-up row.
        parts.append(
            f"SELECT c.id, c.full_name, c.organization, c.{kind}, c.sort_key, {order}, "
            f"'{kind}' FROM contact c WHERE c.{kind} IS NOT NULL "
            f"AND substr(c.{kind}, -5) IN ({_marks(len(mds))}) AND NOT EXISTS (SELECT 1 "
            f"FROM follow_up f WHERE f.contact_id = c.id AND f.origin = '{kind}' "
            "AND f.due_on >= ? AND f.due_on < ?)")
        params += [*mds, day.isoformat(), next_day]
    return " UNION ALL ".join(parts), params


def _reminder_entries(day: dt.date, n: int, month_days: Mapping[str, Sequence[str]],
                      stored: Sequence[tuple[str, FollowUpItem]]) -> list[AgendaEntry]:
    """The first *n* reminders of *day* in name order: of the birthdays and anniversaries
    falling on it (*month_days*: kind -> its "MM-DD" values that fall on the day) that the
    user has not acted on, and the *stored* ones snoozed to it ((name order key, item)).
    SQLite finds the day's people through the month-day indexes, orders them and reads
    only the first *n*: a day of 3,000 birthdays costs what a page of them does."""
    sql, params = _open_reminders_sql(day, month_days)
    found: list[tuple[str, int, FollowUpItem]] = [
        (key, int(item.contact_id), item) for key, item in stored]
    if sql:
        # By name, then contact, a birthday before an anniversary.
        for cid, full, org, value, key, _order, kind in db.execute_sql(
                sql + " ORDER BY 5, 1, 6 LIMIT ?", [*params, n]):
            found.append((str(key or ""), int(cid), FollowUpItem(
                id=None, contact_id=ContactId(int(cid)), name=display_name(full or "", org or ""),
                on=day, due_on=day, reason=_reminder_reason(kind, value or "--", day),
                origin=kind)))
    if stored:
        found.sort(key=lambda f: (f[0], f[1]))
    return [AgendaEntry(kind=item.origin, day=item.on, at=None, contact_id=item.contact_id,
                        title=item.name, detail=item.reason, followup=item)
            for _key, _cid, item in found[:n]]


# --- writing ---------------------------------------------------------------------------

def _check_origin(origin: str) -> None:
    if origin not in FOLLOWUP_ORIGINS:
        raise ServiceError(fill(FollowUpText.tr("origin must be one of %1"),
                                ", ".join(FOLLOWUP_ORIGINS)))


def _contact_exists(contact_id: ContactId) -> None:
    if db.execute_sql("SELECT 1 FROM contact WHERE id = ?", (int(contact_id),)).fetchone() is None:
        raise ServiceError(FollowUpText.tr("that contact no longer exists"))


def add_followup(
    contact_id: ContactId,
    due_on: dt.date,
    reason: str | Reason,
    origin: str = "manual",
    interaction_id: int | None = None,
    introduction_id: int | None = None,
) -> tuple[int, Changes]:
    """A follow-up for *contact_id* on *due_on*: *reason* is what the user typed (kept as
    written, spaces made one), or a reason Rapport composes (stored as its parts). A date
    in the past is accepted (the user is recording something already late): it is simply
    overdue at once. *introduction_id* makes it the reminder to make that (proposed)
    introduction."""
    _check_origin(origin)
    _contact_exists(contact_id)
    if isinstance(reason, str) or reason.typed:
        text = " ".join((reason if isinstance(reason, str) else reason.text).split())
        if not text:
            raise ServiceError(FollowUpText.tr("say what to do"))
        if len(text) > 500:
            raise ServiceError(FollowUpText.tr("a follow-up reason is at most 500 characters"))
        parts = None
    else:
        text, parts = encode(reason)
    with db.atomic():
        cursor = db.execute_sql(
            "INSERT INTO follow_up (contact_id, due_on, reason, reason_parts, origin, done, "
            "interaction_id, created_at, introduction_id) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)",
            (int(contact_id), due_on.isoformat(), text, parts, origin, interaction_id,
             _now().isoformat(sep=" "), introduction_id),
        )
        fid = int(cursor.lastrowid or 0)
        refresh_next_followup([contact_id])
    return fid, Changes(contacts=frozenset({contact_id}), followups=True)


def _require(followup_id: int) -> FollowUpItem:
    item = get_followup(followup_id)
    if item is None:
        raise ServiceError(FollowUpText.tr("that follow-up no longer exists"))
    return item


def _store_reminder(item: FollowUpItem) -> int:
    """The stored row for a computed reminder (created the first time it is acted on)."""
    row = db.execute_sql(
        "SELECT id FROM follow_up WHERE contact_id = ? AND origin = ? AND due_on = ?",
        (int(item.contact_id), item.origin, item.due_on.isoformat()),
    ).fetchone()
    if row:
        return int(row[0])
    fid, _ = add_followup(item.contact_id, item.due_on, item.reason, item.origin)
    return fid


def mark_done(item: FollowUpItem, when: dt.datetime | None = None) -> Changes:
    """Mark a follow-up (or a computed reminder) done. A done cadence follow-up starts the
    next cadence period from today."""
    moment = when or _now()
    with db.atomic():
        fid = item.id if item.id is not None else _store_reminder(item)
        current = _require(fid)
        db.execute_sql(
            "UPDATE follow_up SET done = 1, done_at = ? WHERE id = ?",
            (moment.isoformat(sep=" "), fid),
        )
        changes = Changes(contacts=frozenset({current.contact_id}), followups=True)
        if current.origin == "cadence":
            changes = changes | sync_cadence([current.contact_id])
        refresh_next_followup([current.contact_id])
    return changes


def snooze(item: FollowUpItem, until: dt.date, today: dt.date | None = None) -> Changes:
    """Hide a follow-up (or reminder) until *until*, which must not be in the past."""
    day = today or dt.date.today()
    if until < day:
        raise ServiceError(FollowUpText.tr("snooze to today or a later date"))
    with db.atomic():
        fid = item.id if item.id is not None else _store_reminder(item)
        current = _require(fid)
        db.execute_sql(
            "UPDATE follow_up SET snoozed_until = ? WHERE id = ?", (until.isoformat(), fid)
        )
        refresh_next_followup([current.contact_id])
    return Changes(contacts=frozenset({current.contact_id}), followups=True)


def snooze_for(item: FollowUpItem, days: int, today: dt.date | None = None) -> Changes:
    """Snooze by *days* from its date, or from today when it is already due or late
    (snoozing an overdue follow-up "1 day" means tomorrow, not a day after its due date)."""
    day = today or dt.date.today()
    return snooze(item, add_days(max(day, item.on), days), day)


def reschedule(item: FollowUpItem, due_on: dt.date) -> Changes:
    """Move a follow-up to *due_on* (any date: a past one makes it overdue); drops a snooze."""
    with db.atomic():
        if item.id is None:
            # A computed reminder: store it for its occurrence, snoozed to the new date, so
            # the birthday itself stays where it is.
            fid = _store_reminder(item)
            db.execute_sql("UPDATE follow_up SET snoozed_until = ? WHERE id = ?",
                           (due_on.isoformat(), fid))
        else:
            _require(item.id)
            db.execute_sql(
                "UPDATE follow_up SET due_on = ?, snoozed_until = NULL WHERE id = ?",
                (due_on.isoformat(), item.id),
            )
        refresh_next_followup([item.contact_id])
    return Changes(contacts=frozenset({item.contact_id}), followups=True)


def mark_done_many(items: Sequence[FollowUpItem], when: dt.datetime | None = None
                   ) -> Changes:
    """Mark several follow-ups done in one step (closing promises, the weekly catch-up)."""
    changes = Changes()
    with db.atomic():
        for item in items:
            changes |= mark_done(item, when)
    return changes


# --- catching up with stale keep-in-touch reminders (issue 15) -------------------------

def stale_cadence(today: dt.date | None = None) -> list[FollowUpItem]:
    """Open keep-in-touch follow-ups whose date has passed, oldest first: the ones the
    calendar's "Catch up…" spreads over the coming days or restarts."""
    day = (today or dt.date.today()).isoformat()
    return [
        _item(r)
        for r in db.execute_sql(
            _ITEM_SQL + "WHERE f.done = 0 AND f.origin = 'cadence' "
            "AND coalesce(f.snoozed_until, f.due_on) < ? "
            "ORDER BY coalesce(f.snoozed_until, f.due_on), c.sort_key, f.id", (day,))
    ]


def has_stale_cadence(today: dt.date | None = None) -> bool:
    """Whether any keep-in-touch follow-up is overdue (the calendar shows "Catch up…")."""
    day = (today or dt.date.today()).isoformat()
    return db.execute_sql(
        "SELECT 1 FROM follow_up WHERE done = 0 AND coalesce(snoozed_until, due_on) < ? "
        "AND origin = 'cadence' LIMIT 1", (day,)).fetchone() is not None


def spread_plan(count: int, start: dt.date, days: int) -> list[dt.date]:
    """The dates *count* reminders get when spread evenly over *days* days from *start*
    (the oldest first, as many a day as needed: 33 over 10 days is 4, 4, 4, 3, ...)."""
    days = max(1, days)
    return [add_days(start, n * days // max(count, 1)) for n in range(count)]


def spread(items: Sequence[FollowUpItem], start: dt.date, days: int,
           today: dt.date | None = None) -> Changes:
    """Snooze *items* (oldest first) to a spread of the *days* days from *start*: a few
    each day instead of all of them today."""
    day = today or dt.date.today()
    if start < day:
        raise ServiceError(FollowUpText.tr("spread them from today or a later date"))
    ordered = sorted(items, key=lambda i: (i.on, i.name.casefold()))
    dates = spread_plan(len(ordered), start, days)
    with db.atomic():
        for item, on in zip(ordered, dates, strict=True):
            fid = item.id if item.id is not None else _store_reminder(item)
            db.execute_sql("UPDATE follow_up SET snoozed_until = ? WHERE id = ?",
                           (on.isoformat(), fid))
        ids = sorted({i.contact_id for i in ordered})
        refresh_next_followup(ids)
    return Changes(contacts=frozenset(ids), followups=True)


def restart_cadence(items: Sequence[FollowUpItem], when: dt.datetime | None = None
                    ) -> Changes:
    """Reset the cadence of these keep-in-touch reminders: each closes and its next one
    falls a full period from today (as marking it done does), so nothing stays overdue."""
    moment = when or _now()
    cadence = [i for i in items if i.origin == "cadence" and i.id is not None]
    with db.atomic():
        db.cursor().executemany(
            "UPDATE follow_up SET done = 1, done_at = ? WHERE id = ?",
            [(moment.isoformat(sep=" "), i.id) for i in cadence])
        ids = sorted({i.contact_id for i in cadence})
        changes = sync_cadence(ids)
    return changes | Changes(contacts=frozenset(ids), followups=True)


def delete_followup(item: FollowUpItem) -> Changes:
    if item.id is None:
        raise ServiceError(FollowUpText.tr(
            "a birthday reminder cannot be deleted: mark it done instead"))
    with db.atomic():
        db.execute_sql("DELETE FROM follow_up WHERE id = ?", (item.id,))
        refresh_next_followup([item.contact_id])
    return Changes(contacts=frozenset({item.contact_id}), followups=True)


# --- undo: exact snapshots -------------------------------------------------------------

_FOLLOWUP_COLUMNS = ("id", "contact_id", "due_on", "reason", "origin", "done", "done_at",
                     "snoozed_until", "interaction_id", "created_at", "introduction_id",
                     "reason_parts")
_INTERACTION_COLUMNS = ("id", "kind", "happened_at", "summary", "notes", "created_at",
                        "status")


@dataclass(frozen=True)
class TimelineState:
    """What some contacts' follow-ups and some interactions looked like at one moment: a
    change to them is undone by restoring the state before it, redone by restoring the
    state after. ``contact_ids``/``interaction_ids`` are the scope the state covers."""

    contact_ids: tuple[ContactId, ...]
    interaction_ids: tuple[int, ...]
    followups: tuple[tuple[object, ...], ...]
    interactions: tuple[tuple[object, ...], ...]
    participants: tuple[tuple[int, int], ...]
    contact_dates: tuple[tuple[int, object, object], ...]  # id, last_interaction_at, next


def capture(contact_ids: Sequence[ContactId], interaction_ids: Sequence[int] = ()
            ) -> TimelineState:
    cids = sorted({int(c) for c in contact_ids})
    iids = sorted({int(i) for i in interaction_ids})
    followups: list[tuple[object, ...]] = []
    dates: list[tuple[int, object, object]] = []
    for chunk in _chunks(cids):
        followups += db.execute_sql(
            f"SELECT {', '.join(_FOLLOWUP_COLUMNS)} FROM follow_up "
            f"WHERE contact_id IN ({_marks(len(chunk))})", chunk).fetchall()
        dates += db.execute_sql(
            "SELECT id, last_interaction_at, next_followup_on FROM contact "
            f"WHERE id IN ({_marks(len(chunk))})", chunk).fetchall()
    interactions: list[tuple[object, ...]] = []
    participants: list[tuple[int, int]] = []
    for chunk in _chunks(iids):
        interactions += db.execute_sql(
            f"SELECT {', '.join(_INTERACTION_COLUMNS)} FROM interaction "
            f"WHERE id IN ({_marks(len(chunk))})", chunk).fetchall()
        participants += db.execute_sql(
            "SELECT interaction_id, contact_id FROM interaction_participant "
            f"WHERE interaction_id IN ({_marks(len(chunk))})", chunk).fetchall()
    return TimelineState(
        contact_ids=tuple(ContactId(c) for c in cids), interaction_ids=tuple(iids),
        followups=tuple(tuple(r) for r in followups),
        interactions=tuple(tuple(r) for r in interactions),
        participants=tuple((int(a), int(b)) for a, b in participants),
        contact_dates=tuple((int(r[0]), r[1], r[2]) for r in dates),
    )


def restore(state: TimelineState, extra_interactions: Sequence[int] = ()) -> Changes:
    """Put the follow-ups of ``state.contact_ids`` and the interactions of its scope (plus
    *extra_interactions*, which are removed when the state does not hold them) back as
    they were. Contacts deleted since are skipped."""
    cids = [int(c) for c in state.contact_ids]
    iids = sorted({*state.interaction_ids, *(int(i) for i in extra_interactions)})
    with db.atomic():
        existing = set()
        for chunk in _chunks(cids):
            existing |= {r[0] for r in db.execute_sql(
                f"SELECT id FROM contact WHERE id IN ({_marks(len(chunk))})", chunk)}
            db.execute_sql(
                f"DELETE FROM follow_up WHERE contact_id IN ({_marks(len(chunk))})", chunk)
        for chunk in _chunks(iids):
            db.execute_sql(
                f"DELETE FROM interaction WHERE id IN ({_marks(len(chunk))})", chunk)
        cursor = db.cursor()
        if state.interactions:
            cursor.executemany(
                f"INSERT INTO interaction ({', '.join(_INTERACTION_COLUMNS)}) "
                f"VALUES ({_marks(len(_INTERACTION_COLUMNS))})", state.interactions)
            cursor.executemany(
                "INSERT OR IGNORE INTO interaction_participant (interaction_id, contact_id) "
                "SELECT ?, id FROM contact WHERE id = ?", state.participants)
        rows = [r for r in state.followups if r[1] in existing]
        linked = sorted({int(r[8]) for r in rows if r[8] is not None})  # type: ignore[call-overload]
        alive: set[int] = set()
        for chunk in _chunks(linked):
            alive |= {r[0] for r in db.execute_sql(
                f"SELECT id FROM interaction WHERE id IN ({_marks(len(chunk))})", chunk)}
        intros = sorted({int(r[10]) for r in rows if r[10] is not None})  # type: ignore[call-overload]
        intros_alive: set[int] = set()
        for chunk in _chunks(intros):
            intros_alive |= {r[0] for r in db.execute_sql(
                f"SELECT id FROM introduction WHERE id IN ({_marks(len(chunk))})", chunk)}
        if rows:
            # A promise whose meeting was deleted since keeps its row, unlinked (the
            # foreign key would refuse it otherwise, as ON DELETE SET NULL did then); the
            # reminder of an introduction deleted since goes with it (ON DELETE CASCADE).
            cursor.executemany(
                f"INSERT INTO follow_up ({', '.join(_FOLLOWUP_COLUMNS)}) "
                f"VALUES ({_marks(len(_FOLLOWUP_COLUMNS))})",
                [(*r[:8], r[8] if r[8] in alive else None, *r[9:])
                 for r in rows if r[10] is None or r[10] in intros_alive],
            )
        store.set_timeline_dates([(last, nxt, cid) for cid, last, nxt in state.contact_dates])
    # Interactions changed only where the state covers some (a follow-up's undo touches
    # none: the detail pane of another person then stays as it is, issue 18).
    return Changes(contacts=frozenset(ContactId(c) for c in existing), followups=True,
                   interactions=bool(iids))

