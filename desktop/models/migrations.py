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


def _m5_capture(database: SqliteDatabase) -> None:
    """Capture from calendars and mail (issue 17; desktop/services/capture/engine.py says
    what each holds): what was captured, so capturing again adds nothing and a moved event
    moves its entry; the addresses never to capture; CalDAV calendars read for meetings."""
    statements = (
        """CREATE TABLE capture_item (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            interaction_id INTEGER REFERENCES interaction (id) ON DELETE SET NULL,
            happened_at TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            captured_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)""",
        "CREATE INDEX capture_item_interaction ON capture_item (interaction_id)",
        """CREATE TABLE capture_ignore (
            address TEXT PRIMARY KEY COLLATE NOCASE,
            created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)""",
        """CREATE TABLE capture_calendar (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES sync_account (id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            UNIQUE (account_id, url))""",
    )
    for statement in statements:
        database.execute_sql(statement)


def _m6_sync_robustness(database: SqliteDatabase) -> None:
    """Sync that never sticks (issue 12; desktop/services/sync/state.py says what each
    holds): per-account connection settings (CA file, pinned certificate, timeout, plain
    http allowed), the card last agreed with the server per item (the base of the
    three-way merge), the cards a server refused (shown as "Not synced", retried), and the
    fields a conflict is about."""
    statements = (
        "ALTER TABLE sync_account ADD COLUMN ca_file TEXT",
        "ALTER TABLE sync_account ADD COLUMN pinned_sha256 TEXT",
        "ALTER TABLE sync_account ADD COLUMN timeout REAL",
        "ALTER TABLE sync_account ADD COLUMN allow_http INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE sync_item ADD COLUMN base_vcard TEXT",
        "ALTER TABLE sync_item ADD COLUMN card_uid TEXT",
        "ALTER TABLE sync_item ADD COLUMN fresh INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE sync_conflict ADD COLUMN fields TEXT",
        """CREATE TABLE sync_refused (
            id INTEGER PRIMARY KEY,
            book_id INTEGER NOT NULL REFERENCES sync_book (id) ON DELETE CASCADE,
            contact_id INTEGER NOT NULL,
            display_name TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL,
            refused_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
            UNIQUE (book_id, contact_id))""",
    )
    for statement in statements:
        database.execute_sql(statement)


MIGRATIONS: tuple[Callable[[SqliteDatabase], None], ...] = (
    _m1_initial,
    _m2_tag_members_index,
    _m3_sync_state,
    _m4_calendar_indexes,
    _m5_capture,
    _m6_sync_robustness,
)
LATEST_VERSION = len(MIGRATIONS)
