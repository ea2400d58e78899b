"""Numbered schema migrations, recorded in ``schema_version``.

Each migration is a function of the open database; they run in order, each in its own
transaction, after the file has been backed up. Never edit a released migration: add
the next number (and change ``schema.py`` to match; tests/services/test_database.py
checks that the models and the migrated database agree).
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

from desktop.models.schema_v1 import V1_STATEMENTS

FTS_TABLE = "contact_fts"


def _m1_initial(database: SqliteDatabase) -> None:
    """The first schema, frozen in ``schema_v1``: every table of DESIGN.md's data model;
    the FTS5 index over names, organisation, e-mails, phones, tags and notes (unicode61
    with diacritics removed, so "Zoe" finds "Zoë"; prefix indexes for search-as-you-type);
    covering indexes for each sortable list column (sort column, sort_key, is_me), so
    ordering 100,000 ids never touches the table itself."""
    for statement in V1_STATEMENTS:
        database.execute_sql(statement)


def _m2_tag_members_index(database: SqliteDatabase) -> None:
    """Tag membership by tag, covering (tag_id, contact_id): "worth introducing" and the
    sidebar's tag lists read a tag's contacts without a table lookup per row (a briefing's
    slowest query went from ~44 ms to ~10 ms on 100,000 contacts). It replaces the plain
    index on tag_id."""
    database.execute_sql(
        "CREATE INDEX IF NOT EXISTS contact_tag_by_tag ON contact_tag (tag_id, contact_id)"
    )
    database.execute_sql("DROP INDEX IF EXISTS contact_tag_tag_id")


def _m3_sync_state(database: SqliteDatabase) -> None:
    """CardDAV sync state (issue 8; desktop/services/sync/state.py says what each holds):
    accounts, their address books, one row per synced vCard, conflicts kept for review.
    ``sync_item.contact_id`` has no foreign key on purpose: the row must outlive a local
    delete so the next sync can send the DELETE."""
    statements = (
        """CREATE TABLE sync_account (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL,
            username TEXT NOT NULL,
            last_sync_at TEXT,
            last_error TEXT,
            created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)""",
        """CREATE TABLE sync_book (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES sync_account (id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            enabled INTEGER NOT NULL DEFAULT 1,
            is_default INTEGER NOT NULL DEFAULT 0,
            sync_token TEXT,
            ctag TEXT,
            last_sync_at TEXT,
            UNIQUE (account_id, url))""",
        """CREATE TABLE sync_item (
            id INTEGER PRIMARY KEY,
            book_id INTEGER NOT NULL REFERENCES sync_book (id) ON DELETE CASCADE,
            href TEXT NOT NULL,
            etag TEXT,
            contact_id INTEGER,
            uid TEXT,
            local_hash TEXT,
            detached INTEGER NOT NULL DEFAULT 0,
            UNIQUE (book_id, href))""",
        "CREATE INDEX sync_item_contact_id ON sync_item (contact_id)",
        """CREATE TABLE sync_conflict (
            id INTEGER PRIMARY KEY,
            book_id INTEGER REFERENCES sync_book (id) ON DELETE SET NULL,
            contact_id INTEGER,
            display_name TEXT NOT NULL DEFAULT '',
            local_vcard TEXT NOT NULL,
            created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
            resolved INTEGER NOT NULL DEFAULT 0)""",
        "CREATE INDEX sync_conflict_contact_id ON sync_conflict (contact_id)",
    )
    for statement in statements:
        database.execute_sql(statement)


def _m4_calendar_indexes(database: SqliteDatabase) -> None:
    """The calendar's month view and agenda (issue 4: <= 50 ms per month change on 100,000
    contacts): open follow-ups by the day they fall on (a snooze moves it), and meetings
    by time, without scanning every follow-up or interaction."""
    database.execute_sql(
        "CREATE INDEX IF NOT EXISTS follow_up_open_by_day "
        "ON follow_up (coalesce(snoozed_until, due_on)) WHERE done = 0"
    )
    database.execute_sql(
        "CREATE INDEX IF NOT EXISTS interaction_by_kind_time ON interaction (kind, happened_at)"
    )


def _m5_duplicates(database: SqliteDatabase) -> None:
    """Issue 11, duplicates and phone numbers:

    * ``not_duplicate``: pairs of contacts the user said are two people (Find Duplicates
      does not offer them again), ``contact_a < contact_b``;
    * every contact has a UID (RFC 6350 §6.7.6): an export then re-imports as the same
      contact, where matching by name alone would merge look-alikes;
    * ``phone.e164`` holds only E.164 numbers: values the hand-written normaliser stored
      without a country ("5550109999") are cleared (a number is placed in its country
      again, with phonenumbers, when it is next read or saved).
    """
    import uuid

    database.execute_sql(
        """CREATE TABLE not_duplicate (
            contact_a_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
            contact_b_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
            decided_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
            PRIMARY KEY (contact_a_id, contact_b_id),
            CHECK (contact_a_id < contact_b_id))"""
    )
    database.execute_sql(
        "CREATE INDEX not_duplicate_contact_b_id ON not_duplicate (contact_b_id)")
    missing = [r[0] for r in database.execute_sql("SELECT id FROM contact WHERE uid IS NULL")]
    database.execute_sql("UPDATE phone SET e164 = NULL WHERE e164 NOT LIKE '+%'")
    for cid in missing:
        database.execute_sql("UPDATE contact SET uid = ? WHERE id = ?",
                             (f"urn:uuid:{uuid.uuid4()}", cid))


MIGRATIONS: tuple[Callable[[SqliteDatabase], None], ...] = (
    _m1_initial,
    _m2_tag_members_index,
    _m3_sync_state,
    _m4_calendar_indexes,
    _m5_duplicates,
)
LATEST_VERSION = len(MIGRATIONS)
