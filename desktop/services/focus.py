"""This week's focus: 2-3 people to deepen a relationship with, a reason for each and one
thing to do for them. Stored in ``FocusEntry`` for the week (Monday's date), so the
sidebar's "This week's focus" and the calendar show the same people all week.

Where proposals come from, strongest first: a 1-2-1 planned this week (prepare for it),
a birthday in the next 7 days, an overdue follow-up, an introduction the user proposed
and has not made, a favour owed (they gave more than they received). People further
along (acquainted, relationship) score a little higher: focus is for deepening. The
picks are spread over different reasons when the candidates allow it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.models import db
from desktop.services import search
from desktop.services.errors import ServiceError
from desktop.services.types import Changes, ContactId, display_name

FOCUS_SIZE = 3
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_STAGE_BONUS = {"connected": 0, "acquainted": 8, "relationship": 10, "trusted": 5}


@dataclass(frozen=True)
class FocusItem:
    contact_id: ContactId
    name: str
    reason: str
    action: str
    kind: str = "chosen"  # meeting | birthday | overdue | introduction | favour | chosen
    pinned: bool = False
    score: float = 0.0


@dataclass(frozen=True)
class WeekState:
    """The focus rows of one week (undo of pin / replace restores them exactly)."""

    week_start: dt.date
    rows: tuple[tuple[object, ...], ...]


def _day_name(day: dt.date, today: dt.date) -> str:
    if day == today:
        return "today"
    if day == today + dt.timedelta(days=1):
        return "tomorrow"
    return _WEEKDAYS[day.weekday()]


def candidates(today: dt.date | None = None, now: dt.datetime | None = None,
               per_reason: int = 12) -> list[FocusItem]:
    """Everyone worth focusing on this week, best first (one item per person)."""
    day = today or dt.date.today()
    moment = now or dt.datetime.combine(day, dt.datetime.now().time()).replace(microsecond=0)
    week_end = search.week_start(day) + dt.timedelta(days=6)
    found: list[FocusItem] = []
    info: dict[int, tuple[str, str, str]] = {}

    def person(cid: int) -> tuple[str, str, str]:
        if cid not in info:
            row = db.execute_sql(
                "SELECT full_name, organization, stage, one_thing, is_me FROM contact "
                "WHERE id = ?", (cid,)).fetchone()
            if row is None or row[4]:
                info[cid] = ("", "", "")
            else:
                info[cid] = (display_name(row[0] or "", row[1] or ""), row[2] or "connected",
                             (row[3] or "").strip())
        return info[cid]

    def add(cid: int, kind: str, reason: str, action: str, score: float) -> None:
        name, stage, _ = person(cid)
        if name:
            found.append(FocusItem(ContactId(cid), name, reason, action, kind,
                                   score=score + _STAGE_BONUS.get(stage, 0)))

    # A 1-2-1 planned this week.
    for r in db.execute_sql(
        "SELECT p.contact_id, min(i.happened_at) FROM interaction i "
        "JOIN interaction_participant p ON p.interaction_id = i.id "
        "WHERE i.kind = 'meeting' AND i.happened_at > ? AND i.happened_at < ? "
        "GROUP BY p.contact_id ORDER BY min(i.happened_at) LIMIT ?",
        (moment.isoformat(sep=" "), (week_end + dt.timedelta(days=1)).isoformat(), per_reason),
    ):
        when = dt.datetime.fromisoformat(str(r[1]))
        add(r[0], "meeting", f"1-2-1 planned {_day_name(when.date(), day)} at {when:%H:%M}",
            "Prepare: read their briefing and bring one idea that helps them", 90)

    # A birthday in the next 7 days.
    window = [day + dt.timedelta(days=n) for n in range(8)]
    index = {f"{d.month:02d}-{d.day:02d}": d for d in window}
    for d in window:  # 29 February, celebrated on the 28th in common years
        if d.month == 2 and d.day == 28 and (d + dt.timedelta(days=1)).month == 3:
            index["02-29"] = d
    marks = ",".join("?" * len(index))
    for cid, birthday in db.execute_sql(
        f"SELECT id, birthday FROM contact WHERE is_me = 0 AND birthday IS NOT NULL "
        f"AND substr(birthday, -5) IN ({marks}) LIMIT ?", [*index, per_reason * 4],
    ):
        on = index[str(birthday)[-5:]]
        soon = (on - day).days
        add(cid, "birthday", f"Birthday {_day_name(on, day)}",
            "Send a birthday message" + ("" if soon == 0 else f" on {_WEEKDAYS[on.weekday()]}"),
            80 - soon)

    # Overdue follow-ups, the longest overdue first.
    for cid, on, reason, origin in db.execute_sql(
        "SELECT contact_id, min(coalesce(snoozed_until, due_on)) AS d, reason, origin "
        "FROM follow_up WHERE done = 0 AND coalesce(snoozed_until, due_on) < ? "
        "GROUP BY contact_id ORDER BY d LIMIT ?", (day.isoformat(), per_reason),
    ):
        late = (day - dt.date.fromisoformat(str(on)[:10])).days
        what = f"Follow-up overdue by {late} day{'s' if late != 1 else ''}"
        action = (f"Do what you promised: {reason}" if origin == "promise" and reason
                  else reason if origin == "manual" and reason
                  else "Get in touch: suggest a coffee or a call")
        add(cid, "overdue", what, action, 60 + min(late, 60) / 4)

    # Introductions the user proposed and has not made yet.
    me = db.execute_sql("SELECT id FROM contact WHERE is_me = 1 LIMIT 1").fetchone()
    if me is not None:
        for a, b in db.execute_sql(
            "SELECT person_a_id, person_b_id FROM introduction WHERE status = 'proposed' "
            "AND introducer_id = ? AND person_a_id != ? AND person_b_id != ? "
            "ORDER BY introduced_on DESC LIMIT ?", (me[0], me[0], me[0], per_reason),
        ):
            other = person(b)[0] or "someone"
            add(a, "introduction", f"Introduction to {other} waiting",
                f"Make the introduction to {other}", 55)

    # Favours owed: they gave more than they received.
    for cid, given, received in db.execute_sql(
        "SELECT contact_id, sum(direction = 'given') AS g, sum(direction = 'received') AS r "
        "FROM favor GROUP BY contact_id HAVING r > g ORDER BY r - g DESC, contact_id LIMIT ?",
        (per_reason,),
    ):
        one_thing = person(cid)[2]
        add(cid, "favour", f"You owe them: you gave {given}, received {received}",
            one_thing or "Return the favour: an introduction, a referral or some advice",
            45 + min(received - given, 5) * 2)

    best: dict[ContactId, FocusItem] = {}
    for item in found:
        if item.contact_id not in best or item.score > best[item.contact_id].score:
            best[item.contact_id] = item
    return sorted(best.values(), key=lambda i: (-i.score, i.name.casefold()))


def _diverse(ranked: list[FocusItem], n: int, kinds_taken: list[str],
             exclude: set[ContactId]) -> list[FocusItem]:
    """The best *n* of *ranked*, preferring reasons not yet taken."""
    picks: list[FocusItem] = []
    pool = [i for i in ranked if i.contact_id not in exclude]
    taken = list(kinds_taken)
    while pool and len(picks) < n:
        choice = max(pool, key=lambda i: i.score - 25 * taken.count(i.kind))
        picks.append(choice)
        taken.append(choice.kind)
        pool.remove(choice)
    return picks


def this_week(today: dt.date | None = None) -> list[FocusItem]:
    """The focus stored for *today*'s week, pinned first (empty if none is stored yet)."""
    week = search.week_start(today or dt.date.today())
    return [
        FocusItem(ContactId(r[0]), display_name(r[1] or "", r[2] or ""), r[3] or "",
                  r[4] or "", "stored", bool(r[5]))
        for r in db.execute_sql(
            "SELECT f.contact_id, c.full_name, c.organization, f.reason, f.action, f.pinned "
            "FROM focus_entry f JOIN contact c ON c.id = f.contact_id "
            "WHERE f.week_start = ? ORDER BY f.pinned DESC, f.id", (week.isoformat(),))
    ]


def _insert(week: dt.date, items: list[FocusItem]) -> None:
    db.cursor().executemany(
        "INSERT INTO focus_entry (week_start, contact_id, reason, action, pinned) "
        "VALUES (?, ?, ?, ?, ?)",
        [(week.isoformat(), int(i.contact_id), i.reason, i.action, int(i.pinned))
         for i in items],
    )


def propose_week(today: dt.date | None = None, now: dt.datetime | None = None
                 ) -> tuple[list[FocusItem], Changes]:
    """This week's focus, proposed and stored the first time it is asked for."""
    day = today or dt.date.today()
    stored = this_week(day)
    if stored:
        return stored, Changes()
    picks = _diverse(candidates(day, now), FOCUS_SIZE, [], set())
    if not picks:
        return [], Changes()
    with db.atomic():
        _insert(search.week_start(day), picks)
    return this_week(day), Changes(contacts=frozenset(i.contact_id for i in picks))


def capture_week(today: dt.date | None = None) -> WeekState:
    week = search.week_start(today or dt.date.today())
    rows = db.execute_sql(
        "SELECT id, week_start, contact_id, reason, action, pinned FROM focus_entry "
        "WHERE week_start = ?", (week.isoformat(),)).fetchall()
    return WeekState(week, tuple(tuple(r) for r in rows))


def restore_week(state: WeekState) -> Changes:
    with db.atomic():
        before = {r[0] for r in db.execute_sql(
            "SELECT contact_id FROM focus_entry WHERE week_start = ?",
            (state.week_start.isoformat(),))}
        db.execute_sql("DELETE FROM focus_entry WHERE week_start = ?",
                       (state.week_start.isoformat(),))
        db.cursor().executemany(
            "INSERT INTO focus_entry (id, week_start, contact_id, reason, action, pinned) "
            "SELECT ?, ?, id, ?, ?, ? FROM contact WHERE id = ?",
            [(r[0], r[1], r[3], r[4], r[5], r[2]) for r in state.rows],
        )
    ids = before | {int(r[2]) for r in state.rows}  # type: ignore[call-overload]
    return Changes(contacts=frozenset(ContactId(i) for i in ids))


def set_pinned(contact_id: ContactId, pinned: bool, today: dt.date | None = None) -> Changes:
    week = search.week_start(today or dt.date.today())
    cursor = db.execute_sql(
        "UPDATE focus_entry SET pinned = ? WHERE week_start = ? AND contact_id = ?",
        (int(pinned), week.isoformat(), int(contact_id)))
    if not cursor.rowcount:
        raise ServiceError("that person is not in this week's focus")
    return Changes(contacts=frozenset({contact_id}))


def replace(contact_id: ContactId, today: dt.date | None = None,
            now: dt.datetime | None = None) -> tuple[FocusItem | None, Changes]:
    """Swap someone in this week's focus for the next best proposal. The next pick comes
    after the replaced person in the ranking, so replacing again moves on rather than
    bringing the first one back. Pinned people are not replaced."""
    day = today or dt.date.today()
    week = search.week_start(day)
    current = this_week(day)
    leaving = next((i for i in current if i.contact_id == contact_id), None)
    if leaving is None:
        raise ServiceError("that person is not in this week's focus")
    if leaving.pinned:
        raise ServiceError("unpin them first to replace them")
    ranked = candidates(day, now)
    position = next((n for n, i in enumerate(ranked) if i.contact_id == contact_id), -1)
    later = ranked[position + 1:] if position >= 0 else ranked
    shown = {i.contact_id for i in current}
    picks = _diverse(later, 1, [], shown) or _diverse(ranked, 1, [], shown | {contact_id})
    with db.atomic():
        db.execute_sql("DELETE FROM focus_entry WHERE week_start = ? AND contact_id = ?",
                       (week.isoformat(), int(contact_id)))
        if picks:
            _insert(week, picks)
    changed = {contact_id, *(p.contact_id for p in picks)}
    return (picks[0] if picks else None), Changes(contacts=frozenset(changed))


def add_person(contact_id: ContactId, today: dt.date | None = None) -> Changes:
    """Put someone in this week's focus by hand (pinned: the user chose them)."""
    day = today or dt.date.today()
    week = search.week_start(day)
    row = db.execute_sql("SELECT one_thing, is_me FROM contact WHERE id = ?",
                         (int(contact_id),)).fetchone()
    if row is None or row[1]:
        raise ServiceError("that contact no longer exists")
    if db.execute_sql("SELECT 1 FROM focus_entry WHERE week_start = ? AND contact_id = ?",
                      (week.isoformat(), int(contact_id))).fetchone():
        return set_pinned(contact_id, True, day)
    action = (row[0] or "").strip() or "Find one thing you can do for them"
    _insert(week, [FocusItem(contact_id, "", "You chose them this week", action, pinned=True)])
    return Changes(contacts=frozenset({contact_id}))


def remove_person(contact_id: ContactId, today: dt.date | None = None) -> Changes:
    week = search.week_start(today or dt.date.today())
    db.execute_sql("DELETE FROM focus_entry WHERE week_start = ? AND contact_id = ?",
                   (week.isoformat(), int(contact_id)))
    return Changes(contacts=frozenset({contact_id}))

