"""What the main window's sidebar shows: how many contacts each list holds, per tag too.

Kept cheap for 300,000 contacts because it runs at start-up and after every change
that moves a count; the tags' counts are ``tags.list_tags`` (kept by SQLite triggers).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.models import db
from desktop.models import release_page_cache as release_page_cache  # the UI calls it here
from desktop.services import search
from desktop.services.background import trim
from desktop.services.tags import ME_IDS_SQL


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
        # count(*) of the whole table walks its smallest index; the profile is one row.
        all=scalar(f"SELECT (SELECT count(*) FROM contact) - (SELECT count(*) FROM "
                   f"({ME_IDS_SQL}))"),
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


def has_contacts() -> bool:
    """Whether there is anyone besides the user's own profile (the first-run question)."""
    return db.execute_sql("SELECT 1 FROM contact WHERE is_me = 0 LIMIT 1").fetchone() is not None


def release_thread_connection() -> None:
    """Close the calling thread's database connection (peewee keeps one per thread); a
    worker thread calls this when its job is done."""
    if db.obj is not None and not db.is_closed():
        db.close()


def end_of_big_job() -> None:
    """The end of a worker's job that read or wrote across the book, on its thread: its
    connection closed (``release_thread_connection``) and the C heap's free pages given
    back to the system (``background.trim``). glibc keeps what a job freed for reuse: the
    list's jobs made and dropped the whole list's ids and SQLite's rows (sorting by every
    column and six searches grew the window alone from 152 to 199 MiB, 22.5 MiB of it free
    blocks glibc kept); tagging the whole book and undoing it left 10-11 MiB more at
    300,000 contacts (issue 18)."""
    release_thread_connection()
    trim()
