"""The end-of-week review (issue 15): who the user saw this week, the promises kept and
those still open, how this week's focus went, and the people proposed for next week.

Read-only; keeping the proposal for next week goes through ``focus.set_week``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.models import db
from desktop.services import focus, search
from desktop.services.focus import FocusItem
from desktop.services.reasons import Reason, decode
from desktop.services.types import ContactId, display_name

REVIEW_WEEKDAY = 4  # Friday: from the afternoon on, the week is ready to review
REVIEW_HOUR = 14


@dataclass(frozen=True)
class Seen:
    contact_id: ContactId
    name: str
    when: dt.datetime
    kind: str
    summary: str


@dataclass(frozen=True)
class PromiseLine:
    contact_id: ContactId
    name: str
    reason: Reason  # shown through reasons.reason_text
    due_on: dt.date
    done_on: dt.date | None  # None: still open


@dataclass(frozen=True)
class WeekReview:
    week_start: dt.date
    seen: tuple[Seen, ...]  # held interactions of the week, one line per person, by time
    kept: tuple[PromiseLine, ...]  # promises marked done this week
    open: tuple[PromiseLine, ...]  # promises still open, due by the end of the week
    focus: tuple[FocusItem, ...]  # this week's focus with its done ticks
    next_week: tuple[FocusItem, ...]  # proposed for next week (not stored)
    next_week_stored: bool  # next week already has people (the proposal is not needed)

    @property
    def week_end(self) -> dt.date:
        return self.week_start + dt.timedelta(days=6)

    @property
    def focus_done(self) -> int:
        return sum(1 for i in self.focus if i.done)


def is_review_time(now: dt.datetime) -> bool:
    """Friday afternoon and the weekend: the week is worth looking back on."""
    return (now.weekday() > REVIEW_WEEKDAY
            or (now.weekday() == REVIEW_WEEKDAY and now.hour >= REVIEW_HOUR))


def _date(value: object) -> dt.date:
    return dt.date.fromisoformat(str(value)[:10])


def week_review(today: dt.date | None = None, now: dt.datetime | None = None) -> WeekReview:
    day = today or dt.date.today()
    moment = now or dt.datetime.combine(day, dt.datetime.now().time()).replace(microsecond=0)
    week = search.week_start(day)
    start = dt.datetime.combine(week, dt.time())
    end = start + dt.timedelta(days=7)
    seen: dict[int, Seen] = {}
    for cid, full, org, when, kind, summary in db.execute_sql(
        "SELECT c.id, c.full_name, c.organization, i.happened_at, i.kind, i.summary "
        "FROM interaction i JOIN interaction_participant p ON p.interaction_id = i.id "
        "JOIN contact c ON c.id = p.contact_id "
        "WHERE i.status = 'held' AND i.happened_at >= ? AND i.happened_at < ? "
        "AND i.happened_at <= ? AND c.is_me = 0 ORDER BY i.happened_at, c.sort_key",
        (start.isoformat(sep=" "), end.isoformat(sep=" "), moment.isoformat(sep=" "))):
        if int(cid) not in seen:
            seen[int(cid)] = Seen(ContactId(int(cid)), display_name(full or "", org or ""),
                                  dt.datetime.fromisoformat(str(when)), str(kind),
                                  str(summary or ""))
    kept = tuple(
        PromiseLine(ContactId(int(cid)), display_name(full or "", org or ""),
                    decode(reason, parts), _date(due), _date(done_at))
        for cid, full, org, reason, due, done_at, parts in db.execute_sql(
            "SELECT c.id, c.full_name, c.organization, f.reason, f.due_on, f.done_at, "
            "f.reason_parts "
            "FROM follow_up f JOIN contact c ON c.id = f.contact_id "
            "WHERE f.origin = 'promise' AND f.done = 1 AND f.done_at >= ? AND f.done_at < ? "
            "ORDER BY f.done_at", (start.isoformat(sep=" "), end.isoformat(sep=" "))))
    still_open = tuple(
        PromiseLine(ContactId(int(cid)), display_name(full or "", org or ""),
                    decode(reason, parts), _date(due), None)
        for cid, full, org, reason, due, parts in db.execute_sql(
            "SELECT c.id, c.full_name, c.organization, f.reason, "
            "coalesce(f.snoozed_until, f.due_on) AS d, f.reason_parts FROM follow_up f "
            "JOIN contact c ON c.id = f.contact_id "
            "WHERE f.origin = 'promise' AND f.done = 0 AND coalesce(f.snoozed_until, f.due_on) "
            "<= ? ORDER BY d, c.sort_key", ((week + dt.timedelta(days=6)).isoformat(),)))
    this = tuple(focus.this_week(day))
    next_monday = week + dt.timedelta(days=7)
    stored_next = tuple(focus.week_of(next_monday))
    proposed = stored_next or tuple(focus.proposal(
        next_monday, dt.datetime.combine(next_monday, dt.time(8, 0)),
        exclude=[i.contact_id for i in this]))
    return WeekReview(week, tuple(seen.values()), kept, still_open, this, proposed,
                      bool(stored_next))
