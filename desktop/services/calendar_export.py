"""Follow-ups, planned meetings and birthdays as calendar events the user's calendar
application can use (``rapport followups --ics`` and File > Export Calendar; the same
items are what the optional CalDAV push sends, ``desktop.services.sync.caldav``).

What makes the file usable (issue 15):

- an open follow-up whose date has passed is on *today* (its own date would put it in
  the past, where nobody looks), the description saying since when it is overdue;
- titles read "Name: what" ("Ana Silva: Send the article", "Bo Chen: 1-2-1 meeting");
- birthdays and anniversaries are yearly events (29 February falls on the last day of
  February in common years, as the app's own reminders do);
- alarms are optional: nine o'clock on the day for an all-day item, a quarter of an hour
  before a meeting;
- UIDs are stable per item (and per database), so importing a newer file, or pushing
  again, updates the events instead of adding copies (RFC 5545 3.8.4.7).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from desktop.models import db
from desktop.services import followups, interactions
from desktop.services.reasons import decode, reason_text
from desktop.services.types import ContactId, display_name
from desktop.text import MONTHS
from desktop.vcard.ical import CalendarCancelled, CalendarItem, Progress, write_calendar

__all__ = ["CalendarCancelled", "CalendarExport", "CalendarOptions", "calendar_items",
           "export_calendar"]

_ORIGIN_TEXT = {
    "cadence": "keep-in-touch cadence",
    "promise": "promised at a meeting",
    "manual": "reminder",
}
ALL_DAY_ALARM = dt.timedelta(hours=9)  # nine o'clock on the day
MEETING_ALARM = dt.timedelta(minutes=-15)


@dataclass(frozen=True)
class CalendarOptions:
    alarms: bool = False
    birthdays: bool = True


@dataclass(frozen=True)
class CalendarExport:
    path: Path
    followups: int
    meetings: int
    birthdays: int = 0

    def summary(self) -> str:
        f = f"{self.followups:,} follow-up{'s' if self.followups != 1 else ''}"
        m = f"{self.meetings:,} planned meeting{'s' if self.meetings != 1 else ''}"
        if not self.birthdays:
            return f"wrote {f} and {m} to {self.path}"
        b = f"{self.birthdays:,} yearly birthday{'s' if self.birthdays != 1 else ''}"
        return f"wrote {f}, {m} and {b} to {self.path}"


def _uid_scope() -> str:
    # UIDs are stable per item and per database (the user's profile's uid says which),
    # so a re-import updates the event instead of adding a copy (RFC 5545 3.8.4.7).
    row = db.execute_sql("SELECT coalesce(uid, '') FROM contact WHERE is_me = 1 ORDER BY id LIMIT 1"
                         ).fetchone()
    scope = "".join(ch for ch in (row[0] if row else "") if ch.isalnum() or ch in "-.")[:40]
    return f"-{scope}" if scope else ""


def _long(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _names(ids: list[int]) -> dict[ContactId, str]:
    names: dict[ContactId, str] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        for cid, full, org in db.execute_sql(
            f"SELECT id, full_name, organization FROM contact WHERE id IN "
            f"({','.join('?' * len(chunk))})", chunk):
            names[ContactId(cid)] = display_name(full or "", org or "")
    return names


def followup_items(today: dt.date, scope: str, alarms: bool) -> list[CalendarItem]:
    """Every open follow-up (not the birthday reminders: those are yearly events), an
    overdue one on *today*."""
    items: list[CalendarItem] = []
    rows = db.execute_sql(
        "SELECT f.id, c.full_name, c.organization, f.due_on, f.snoozed_until, f.reason, "
        "f.origin, f.reason_parts FROM follow_up f JOIN contact c ON c.id = f.contact_id "
        "WHERE f.done = 0 AND f.origin NOT IN ('birthday', 'anniversary') "
        "ORDER BY coalesce(f.snoozed_until, f.due_on), f.id").fetchall()
    for fid, full, org, due, snoozed, reason, origin, parts in rows:
        on = dt.date.fromisoformat(str(snoozed or due)[:10])
        name = display_name(full or "", org or "")
        what = " ".join(reason_text(decode(reason, parts)).split()) or "Follow up"
        details = [_ORIGIN_TEXT.get(str(origin), str(origin)).capitalize()]
        if on < today:
            details.insert(0, f"Overdue since {_long(on)}")
        items.append(CalendarItem(
            uid=f"rapport-followup-{int(fid)}{scope}@rapport.invalid",
            summary=f"{name}: {what}",
            start=max(on, today),
            description=" · ".join(details),
            categories=("Rapport", "Follow-up"),
            alarm=ALL_DAY_ALARM if alarms else None,
        ))
    return items


def meeting_items(now: dt.datetime, scope: str, alarms: bool) -> list[CalendarItem]:
    meetings = interactions.planned(now=now)
    names = _names(sorted({int(c) for m in meetings for c in m.participants}))
    items = []
    for m in meetings:
        who = [names.get(p, "(no name)") for p in m.participants]
        title = who[0] if len(who) == 1 else (
            f"{who[0]} and {len(who) - 1} other{'s' if len(who) > 2 else ''}")
        what = m.summary or m.kind_label
        items.append(CalendarItem(
            uid=f"rapport-meeting-{m.id}{scope}@rapport.invalid",
            summary=f"{title}: {what}",
            start=m.happened_at,
            description="With: " + ", ".join(who[:50]) + (
                f" and {len(who) - 50:,} more" if len(who) > 50 else ""),
            categories=("Rapport", "Meeting"),
            alarm=MEETING_ALARM if alarms else None,
        ))
    return items


def birthday_items(today: dt.date, scope: str, alarms: bool) -> list[CalendarItem]:
    """Birthdays and anniversaries as yearly events, from the year they started when it is
    known (this year otherwise)."""
    items = []
    for kind, label in (("birthday", "Birthday"), ("anniversary", "Anniversary")):
        # Anniversaries too: they are yearly reminders in the app as well.
        for cid, full, org, value in db.execute_sql(
            f"SELECT id, full_name, organization, {kind} FROM contact "
            f"WHERE {kind} IS NOT NULL AND length({kind}) >= 7 AND is_me = 0 ORDER BY id"):
            md = followups.month_day(str(value))
            if md is None:
                continue
            year = today.year
            if not str(value).startswith("--"):
                try:
                    year = max(1, int(str(value)[:4]))
                except ValueError:
                    year = today.year
            month, day = md
            if (month, day) == (2, 29):
                # The last day of February every year: 29th in leap years, else 28th.
                start = followups.occurrence_in(year, 2, 29)
                rrule = "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"
            else:
                start = followups.occurrence_in(year, month, day)
                rrule = "FREQ=YEARLY"
            name = display_name(full or "", org or "")
            items.append(CalendarItem(
                uid=f"rapport-{kind}-{int(cid)}{scope}@rapport.invalid",
                summary=f"{name}: {label}",
                start=start,
                description=f"Since {year}" if not str(value).startswith("--") else "",
                categories=("Rapport", label),
                rrule=rrule,
                alarm=ALL_DAY_ALARM if alarms else None,
            ))
    return items


def calendar_items(now: dt.datetime | None = None, options: CalendarOptions | None = None
                   ) -> tuple[list[CalendarItem], int, int, int]:
    """Every open follow-up, every meeting still planned, and (option) every birthday and
    anniversary: the items, then how many of each."""
    moment = now or dt.datetime.now().replace(microsecond=0)
    opts = options or CalendarOptions()
    scope = _uid_scope()
    follow = followup_items(moment.date(), scope, opts.alarms)
    meetings = meeting_items(moment, scope, opts.alarms)
    yearly = birthday_items(moment.date(), scope, opts.alarms) if opts.birthdays else []
    return [*follow, *meetings, *yearly], len(follow), len(meetings), len(yearly)


def export_calendar(path: Path, now: dt.datetime | None = None,
                    progress: Progress | None = None,
                    options: CalendarOptions | None = None,
                    replace_read_only: bool = False) -> CalendarExport:
    """Write the .ics; *progress(done, total)* returning False cancels (raises
    ``CalendarCancelled``, nothing written). A read-only file already there raises
    ``files.ReadOnlyTarget`` unless *replace_read_only*; other errors writing it are
    ``OSError`` (``files.error_text`` says them in one line)."""
    items, n_followups, n_meetings, n_yearly = calendar_items(now, options)
    write_calendar(Path(path), items, progress=progress, replace_read_only=replace_read_only)
    return CalendarExport(Path(path), n_followups, n_meetings, n_yearly)
