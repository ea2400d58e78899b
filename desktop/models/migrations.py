"""Numbered schema migrations, recorded in ``schema_version``.

Each migration is a function of the open database; they run in order, each in
its own transaction. Never edit a released migration: add the next number.
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

from desktop.models.schema import ALL_MODELS

FTS_TABLE = "contact_fts"


def _m1_initial(database: SqliteDatabase) -> None:
    database.create_tables(ALL_MODELS)
    # Full-text index over everything a user types to find someone. The rowid is
    # the contact id. remove_diacritics folds accents ("Zoe" finds "Zoë");
    # prefix indexes make search-as-you-type prefix queries cheap.
    database.execute_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
        "name, organization, emails, phones, tags, notes, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
    )
    # The list sorts by these. Each index covers what the id query reads (the sort
    # columns, the name tie-break and is_me), so ordering 100,000 ids never touches
    # the table itself.
    sort_indexes = {
        "name": "sort_key, is_me",
        "organization": "organization = '', organization COLLATE NOCASE, sort_key, is_me",
        "stage": "stage, sort_key, is_me",
        "last_interaction": "last_interaction_at, sort_key, is_me",
        "next_followup": "next_followup_on, sort_key, is_me",
    }
    for name, columns in sort_indexes.items():
        database.execute_sql(f"CREATE INDEX IF NOT EXISTS contact_by_{name} ON contact ({columns})")


MIGRATIONS: tuple[Callable[[SqliteDatabase], None], ...] = (_m1_initial,)
LATEST_VERSION = len(MIGRATIONS)
