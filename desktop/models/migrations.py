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


MIGRATIONS: tuple[Callable[[SqliteDatabase], None], ...] = (
    _m1_initial,
    _m2_tag_members_index,
)
LATEST_VERSION = len(MIGRATIONS)
