"""iCalendar (RFC 5545) output through vobject: follow-ups and planned meetings for the
user's calendar application.

Every item is a VEVENT, not a VTODO: Google Calendar's import reads only events, and
Apple Calendar files to-dos away in Reminders; Thunderbird reads both. A follow-up is an
all-day event (``DTSTART;VALUE=DATE`` and the next day as ``DTEND``, RFC 5545 3.6.1),
marked ``TRANSP:TRANSPARENT`` so it never shows the user as busy; a meeting is a timed
event. Times are written in UTC (``...Z``): a naive local time is converted with the
system's time zone rules *for that date*, so a meeting after a daylight-saving change
keeps its wall-clock time, and no VTIMEZONE block is needed.

UIDs are given by the caller and stable per item, so importing a newer export updates
the events instead of duplicating them. A yearly event (a birthday) carries an ``RRULE``
(RFC 5545 3.3.10); an alarm is a ``VALARM`` with ``ACTION:DISPLAY`` and a ``TRIGGER``
relative to the start (3.6.6): for an all-day event the start is midnight, so ``PT9H``
rings at nine on the day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import vobject
from dateutil import tz  # type: ignore[import-untyped]  # vobject's own dependency

from desktop import files

PRODID = "-//Rapport//Rapport follow-ups//EN"
Progress = Callable[[int, int], bool]  # (done, total) -> False to cancel


class CalendarCancelled(Exception):
    """The progress callback said stop: nothing was written."""


@dataclass(frozen=True)
class CalendarItem:
    uid: str
    summary: str
    start: dt.date | dt.datetime  # a date: all day; a datetime: timed (naive = local)
    end: dt.date | dt.datetime | None = None  # default: next day / one hour later
    description: str = ""
    categories: tuple[str, ...] = ()
    rrule: str = ""  # e.g. "FREQ=YEARLY" (RFC 5545 3.3.10), empty: once
    alarm: dt.timedelta | None = None  # TRIGGER relative to the start; None: no alarm


def to_utc(moment: dt.datetime) -> dt.datetime:
    """*moment* in UTC; a naive one is local time under the rules in force on its date."""
    if moment.tzinfo is None:
        moment = moment.astimezone()  # local zone, DST of that date (mktime semantics)
    # dateutil's UTC: the tzinfo vobject recognises and writes as a plain "Z".
    return moment.astimezone(tz.tzutc())


def build_calendar(items: Iterable[CalendarItem], stamp: dt.datetime | None = None,
                   progress: Progress | None = None, *, method: bool = True
                   ) -> vobject.base.Component:
    """The VCALENDAR; *method* False leaves ``METHOD`` out (a CalDAV resource must not
    carry one, RFC 4791 4.1)."""
    cal = vobject.iCalendar()
    cal.add("prodid").value = PRODID
    cal.add("calscale").value = "GREGORIAN"
    if method:
        cal.add("method").value = "PUBLISH"
    now = to_utc(stamp or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    item_list = list(items)
    for n, item in enumerate(item_list):
        if progress is not None and n % 200 == 0 and not progress(n, len(item_list) + 1):
            raise CalendarCancelled
        event = cal.add("vevent")
        event.add("uid").value = item.uid
        event.add("dtstamp").value = now
        event.add("summary").value = item.summary
        if isinstance(item.start, dt.datetime):
            start = to_utc(item.start).replace(microsecond=0)
            end_value = item.end if isinstance(item.end, dt.datetime) else None
            end = to_utc(end_value) if end_value else start + dt.timedelta(hours=1)
            event.add("dtstart").value = start
            event.add("dtend").value = end.replace(microsecond=0)
        else:
            end_day = item.end if isinstance(item.end, dt.date) and not isinstance(
                item.end, dt.datetime) else None
            event.add("dtstart").value = item.start
            event.add("dtend").value = end_day or _next_day(item.start)
            event.add("transp").value = "TRANSPARENT"
        if item.description:
            event.add("description").value = item.description
        if item.categories:
            event.add("categories").value = list(item.categories)
        if item.rrule:
            event.add("rrule").value = item.rrule
        if item.alarm is not None:
            alarm = event.add("valarm")
            alarm.add("action").value = "DISPLAY"
            alarm.add("description").value = item.summary
            alarm.add("trigger").value = item.alarm
    return cal


def event_text(item: CalendarItem, stamp: dt.datetime | None = None) -> str:
    """One item as a whole VCALENDAR (a CalDAV resource holds one event, RFC 4791 4.1)."""
    text: str = build_calendar([item], stamp, method=False).serialize()
    return text


def _next_day(day: dt.date) -> dt.date:
    return day if day == dt.date.max else day + dt.timedelta(days=1)


def calendar_text(items: Iterable[CalendarItem], stamp: dt.datetime | None = None,
                  progress: Progress | None = None) -> str:
    text: str = build_calendar(items, stamp, progress).serialize()
    return text


def write_calendar(path: Path, items: Iterable[CalendarItem],
                   stamp: dt.datetime | None = None, progress: Progress | None = None,
                   replace_read_only: bool = False) -> int:
    """Write the .ics file atomically (``desktop.files``); the count of events written is
    returned."""
    item_list = list(items)
    data = calendar_text(item_list, stamp, progress).encode("utf-8")
    files.write_bytes(path, data, replace_read_only=replace_read_only)
    return len(item_list)
