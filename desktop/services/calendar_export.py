"""Export follow-ups and planned meetings to an .ics file the user's calendar imports
(``rapport followups --ics`` and File > Export Calendar)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from desktop.models import db
from desktop.services import interactions
from desktop.services.types import ContactId, display_name
from desktop.vcard.ical import CalendarCancelled, CalendarItem, Progress, write_calendar

__all__ = ["CalendarCancelled", "CalendarExport", "calendar_items", "export_calendar"]

_ORIGIN_TEXT = {
    "cadence": "keep-in-touch cadence",
    "promise": "promised at a meeting",
    "manual": "follow-up",
    "birthday": "birthday",
    "anniversary": "anniversary",
}


@dataclass(frozen=True)
class CalendarExport:
    path: Path
    followups: int
    meetings: int

    def summary(self) -> str:
        f = f"{self.followups:,} follow-up{'s' if self.followups != 1 else ''}"
        m = f"{self.meetings:,} planned meeting{'s' if self.meetings != 1 else ''}"
        return f"wrote {f} and {m} to {self.path}"


def _uid_scope() -> str:
    # UIDs are stable per item and per database (the user's profile's uid says which),
    # so a re-import updates the event instead of adding a copy (RFC 5545 3.8.4.7).
    row = db.execute_sql("SELECT coalesce(uid, '') FROM contact WHERE is_me = 1 LIMIT 1"
                         ).fetchone()
    scope = "".join(ch for ch in (row[0] if row else "") if ch.isalnum() or ch in "-.")[:40]
    return f"-{scope}" if scope else ""


def calendar_items(now: dt.datetime | None = None) -> tuple[list[CalendarItem], int, int]:
    """Every open follow-up (overdue ones on their date) and every planned meeting."""
    moment = now or dt.datetime.now().replace(microsecond=0)
    items: list[CalendarItem] = []
    scope = _uid_scope()
    rows = db.execute_sql(
        "SELECT f.id, f.contact_id, c.full_name, c.organization, f.due_on, f.snoozed_until, "
        "f.reason, f.origin FROM follow_up f JOIN contact c ON c.id = f.contact_id "
        "WHERE f.done = 0 ORDER BY coalesce(f.snoozed_until, f.due_on), f.id").fetchall()
    for fid, _cid, full, org, due, snoozed, reason, origin in rows:
        on = dt.date.fromisoformat(str(snoozed or due)[:10])
        name = display_name(full or "", org or "")
        what = reason or _ORIGIN_TEXT.get(origin, "follow-up")
        items.append(CalendarItem(
            uid=f"rapport-followup-{int(fid)}{scope}@rapport.invalid",
            summary=f"Follow up with {name}",
            start=on,
            description=f"{what} ({_ORIGIN_TEXT.get(origin, origin)})",
            categories=("Rapport", "Follow-up"),
        ))
    meetings = interactions.planned(now=moment)
    names: dict[ContactId, str] = {}
    ids = sorted({c for m in meetings for c in m[4]})
    for start in range(0, len(ids), 900):
        chunk = [int(i) for i in ids[start : start + 900]]
        for cid, full, org in db.execute_sql(
            f"SELECT id, full_name, organization FROM contact WHERE id IN "
            f"({','.join('?' * len(chunk))})", chunk):
            names[ContactId(cid)] = display_name(full or "", org or "")
    for iid, when, kind, summary, people in meetings:
        who = [names.get(p, "(no name)") for p in people]
        title = who[0] if len(who) == 1 else f"{who[0]} and {len(who) - 1} others"
        noun = interactions.KIND_LABELS.get(kind, kind)
        items.append(CalendarItem(
            uid=f"rapport-meeting-{iid}{scope}@rapport.invalid",
            summary=f"{noun} with {title}",
            start=when,
            description="\n".join(x for x in (summary, "With: " + ", ".join(who[:50])) if x),
            categories=("Rapport", "Meeting"),
        ))
    return items, len(rows), len(meetings)


def export_calendar(path: Path, now: dt.datetime | None = None,
                    progress: Progress | None = None,
                    replace_read_only: bool = False) -> CalendarExport:
    """Write the .ics; *progress(done, total)* returning False cancels (raises
    ``CalendarCancelled``, nothing written). A read-only file already there raises
    ``files.ReadOnlyTarget`` unless *replace_read_only*; other errors writing it are
    ``OSError`` (``files.error_text`` says them in one line)."""
    items, n_followups, n_meetings = calendar_items(now)
    write_calendar(Path(path), items, progress=progress, replace_read_only=replace_read_only)
    return CalendarExport(Path(path), n_followups, n_meetings)

