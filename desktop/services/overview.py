"""What the main window's sidebar shows: how many contacts each list holds, per tag too.

Kept cheap for 100,000 contacts because it runs at start-up and after every
structural change: tag counts come from the ``contact_tag.tag_id`` index alone
(the user's own profile subtracted afterwards) instead of joining every
membership to its contact row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.models import db
from desktop.services import search
from desktop.services.types import TagId, TagInfo


@dataclass(frozen=True)
class ListCounts:
    """Contacts in each built-in list (the user's own profile is never counted)."""

    all: int
    due: int
    focus: int
    last_import: int
    has_import: bool


def list_counts(today: dt.date | None = None) -> ListCounts:
    today = today or dt.date.today()

    def scalar(sql: str, params: tuple[object, ...] = ()) -> int:
        return int(db.execute_sql(sql, params).fetchone()[0] or 0)

    last_batch = db.execute_sql(
        "SELECT max(id) FROM import_batch WHERE undone = 0"
    ).fetchone()[0]
    return ListCounts(
        all=scalar("SELECT count(*) FROM contact WHERE is_me = 0"),
        due=scalar(
            "SELECT count(*) FROM contact WHERE is_me = 0 AND next_followup_on IS NOT NULL "
            "AND next_followup_on <= ?",
            (today.isoformat(),),
        ),
        focus=scalar(
            "SELECT count(DISTINCT f.contact_id) FROM focus_entry f "
            "JOIN contact c ON c.id = f.contact_id WHERE c.is_me = 0 AND f.week_start = ?",
            (search.week_start(today).isoformat(),),
        ),
        last_import=0 if last_batch is None else scalar(
            "SELECT count(*) FROM contact WHERE is_me = 0 AND import_batch_id = ?",
            (last_batch,),
        ),
        has_import=last_batch is not None,
    )


def tags_with_counts(*, with_counts: bool = True) -> list[TagInfo]:
    """Every tag with its member count, by name (same result as ``tags.list_tags``, faster
    on big databases). *with_counts* False skips the counting (every count is 0): the
    names alone cost nothing, the counts some 60 ms per 100,000 contacts."""
    counts: dict[int, int] = {}
    if with_counts:
        counts = dict(
            db.execute_sql("SELECT tag_id, count(*) FROM contact_tag GROUP BY tag_id").fetchall()
        )
        for (tag_id,) in db.execute_sql(
            "SELECT ct.tag_id FROM contact_tag ct JOIN contact c ON c.id = ct.contact_id "
            "WHERE c.is_me = 1"
        ):
            counts[tag_id] = counts.get(tag_id, 1) - 1
    return [
        TagInfo(TagId(r[0]), r[1], r[2], r[3], int(counts.get(r[0], 0)), r[4])
        for r in db.execute_sql(
            "SELECT id, name, colour, category, keep_in_touch_days FROM tag "
            "ORDER BY name COLLATE NOCASE"
        )
    ]


def has_contacts() -> bool:
    """Whether there is anyone besides the user's own profile (the first-run question)."""
    return db.execute_sql("SELECT 1 FROM contact WHERE is_me = 0 LIMIT 1").fetchone() is not None


def release_thread_connection() -> None:
    """Close the calling thread's database connection (peewee keeps one per thread); a
    worker thread calls this when its job is done."""
    if db.obj is not None and not db.is_closed():
        db.close()
