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


@dataclass(frozen=True)
class TodaySummary:
    """Today's work: follow-ups due today or late, meetings planned today (time, name),
    birthdays and anniversaries today."""

    due_today: int
    overdue: int
    meetings: tuple[tuple[dt.datetime, str], ...]
    birthdays: int

    @property
    def followups(self) -> int:
        return self.due_today + self.overdue

    @property
    def count(self) -> int:
        """The number on the tray icon: everything to act on today."""
        return self.followups + len(self.meetings) + self.birthdays

    def text(self) -> str:
        """"3 follow-ups and a 1-2-1 with Priya today"; "Nothing due today"."""
        parts = []
        if self.followups:
            late = f" ({self.overdue:,} overdue)" if self.overdue else ""
            parts.append(f"{self.followups:,} follow-up{'s' if self.followups != 1 else ''}"
                         + late)
        if self.meetings:
            if len(self.meetings) == 1:
                parts.append(f"a 1-2-1 with {_first(self.meetings[0][1])}")
            else:
                parts.append(f"{len(self.meetings):,} meetings")
        if self.birthdays:
            parts.append("a birthday" if self.birthdays == 1
                         else f"{self.birthdays:,} birthdays")
        if not parts:
            return "Nothing due today"
        joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
        return f"{joined} today"

    def details(self) -> str:
        """The meetings one per line ("10:00 Priya Shah"), for the notification's body."""
        return "\n".join(f"{when:%H:%M} {name}" for when, name in self.meetings[:5])


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
    """What is due *today*; *birthdays* when the caller already counted them."""
    day = today or dt.date.today()
    count = followups.today_count(day)
    start = dt.datetime.combine(day, dt.time())
    meetings = tuple(
        (dt.datetime.fromisoformat(str(when)), display_name(full or "", org or ""))
        for when, full, org in db.execute_sql(
            "SELECT i.happened_at, c.full_name, c.organization FROM interaction i "
            "JOIN contact c ON c.id = (SELECT min(p.contact_id) FROM interaction_participant p "
            "WHERE p.interaction_id = i.id) "
            "WHERE i.status = 'planned' AND i.happened_at >= ? AND i.happened_at < ? "
            "ORDER BY i.happened_at",
            (start.isoformat(sep=" "), (start + dt.timedelta(days=1)).isoformat(sep=" "))))
    if birthdays is None:
        birthdays = birthdays_on(day)
    return TodaySummary(count.due_today, count.overdue, meetings, birthdays)
