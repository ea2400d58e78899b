"""What the tray icon and the desktop notification say about today (issue 15): how many
follow-ups are due or late, the meetings planned today, the birthdays. No Qt here; the
tray (``desktop.ui.calendar.reminder_tray``) shows it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.models import db
from desktop.services import followups
from desktop.services.types import display_name
from desktop.text import Translatable, fill, number


class TodayText(Translatable):
    """Translation context of today's summary (the tray's tooltip and notification)."""


# The meetings a notification names, one per line (the rest are counted).
SHOWN_MEETINGS = 5


@dataclass(frozen=True)
class TodaySummary:
    """Today's work: follow-ups due today or late, meetings planned today (how many, and
    the first ``SHOWN_MEETINGS`` of them: time, name), birthdays and anniversaries
    today."""

    due_today: int
    overdue: int
    meetings: tuple[tuple[dt.datetime, str], ...]
    birthdays: int
    meeting_count: int

    @property
    def followups(self) -> int:
        return self.due_today + self.overdue

    @property
    def count(self) -> int:
        """The number on the tray icon: everything to act on today."""
        return self.followups + self.meeting_count + self.birthdays

    def text(self) -> str:
        """"3 follow-ups and a 1-2-1 with Priya today"; "Nothing due today": in the
        user's language in the app, English on the command line."""
        parts = []
        if self.followups:
            parts.append(fill(TodayText.tr("%Ln follow-up(s) (%1 overdue)", "", self.followups),
                              number(self.overdue)) if self.overdue
                         else TodayText.tr("%Ln follow-up(s)", "", self.followups))
        if self.meeting_count == 1:
            parts.append(fill(TodayText.tr("a 1-2-1 with %1"), _first(self.meetings[0][1])))
        elif self.meeting_count:
            parts.append(TodayText.tr("%Ln meeting(s)", "", self.meeting_count))
        if self.birthdays:
            parts.append(TodayText.tr("%Ln birthday(s)", "", self.birthdays))
        if not parts:
            return TodayText.tr("Nothing due today")
        if len(parts) == 1:
            return fill(TodayText.tr("%1 today"), parts[0])
        if len(parts) == 2:
            return fill(TodayText.tr("%1 and %2 today"), *parts)
        return fill(TodayText.tr("%1, %2 and %3 today"), *parts)

    def details(self) -> str:
        """The meetings one per line ("10:00 Priya Shah"), for the notification's body."""
        return "\n".join(f"{when:%H:%M} {name}"
                         for when, name in self.meetings[:SHOWN_MEETINGS])


def _first(name: str) -> str:
    """"Priya" for "Priya Shah" (a company name stays whole)."""
    word = name.split()[0] if name.split() else name
    return word if len(name.split()) > 1 else name


def birthdays_on(day: dt.date) -> int:
    """Birthdays and anniversaries to act on that day (one scan of the contacts: callers
    that refresh often keep it for the day)."""
    return followups.reminder_count(day, day)


def today_summary(today: dt.date | None = None, birthdays: int | None = None
                  ) -> TodaySummary:
    """What is due *today*; *birthdays* when the caller already counted them. The
    meetings are counted in SQL and only the first ``SHOWN_MEETINGS`` read: the tray asks
    on the UI thread, and a busy day of a big book plans a thousand (issue 18)."""
    day = today or dt.date.today()
    count = followups.today_count(day)
    start = dt.datetime.combine(day, dt.time())
    bounds = (start.isoformat(sep=" "), (start + dt.timedelta(days=1)).isoformat(sep=" "))
    planned = "i.status = 'planned' AND i.happened_at >= ? AND i.happened_at < ?"
    meetings = tuple(
        (dt.datetime.fromisoformat(str(when)), display_name(full or "", org or ""))
        for when, full, org in db.execute_sql(
            "SELECT i.happened_at, c.full_name, c.organization FROM interaction i "
            "JOIN contact c ON c.id = (SELECT min(p.contact_id) FROM interaction_participant p "
            f"WHERE p.interaction_id = i.id) WHERE {planned} "
            f"ORDER BY i.happened_at, i.id LIMIT {SHOWN_MEETINGS}", bounds))
    # The same meetings (someone takes part: a participant's contact exists), counted.
    meeting_count = len(meetings) if len(meetings) < SHOWN_MEETINGS else int(
        db.execute_sql(f"SELECT count(*) FROM interaction i WHERE {planned} AND EXISTS "
                       "(SELECT 1 FROM interaction_participant p WHERE p.interaction_id = i.id)",
                       bounds).fetchone()[0])
    if birthdays is None:
        birthdays = birthdays_on(day)
    return TodaySummary(count.due_today, count.overdue, meetings, birthdays, meeting_count)
