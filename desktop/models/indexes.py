"""Secondary indexes a bulk write builds once at its end (issue 18). No Qt.

SQLite builds an index by sorting its entries (``CREATE INDEX``) many times faster than by
inserting them one row at a time in random order: at 100,000 imported cards the list's
sort indexes on ``contact`` (name, stage, organisation, first tag, dates...), the UID's
and the e-mail / phone lookups cost 3.5 s of the writer row by row against ~1.5 s built
at the end. A big import into a small book (``desktop.services.store.Session.begin_bulk``)
drops them inside its transaction and makes them again, from their own text, before it
commits.

None of them is read by the import's own statements: it finds contacts by id and their
e-mails, phones, addresses and URLs by ``contact_id`` (those indexes stay, and grow at
their end: new ids are the largest), matches cards in memory (``matching.MatchIndex``),
and counts tags through ``contact_tag``'s primary key.

The drop and the return are in the import's transaction, so a cancel, an error or a
killed process rolls them back with the rows: a committed book always has them. Opening
a book makes any that are missing all the same (``restore_missing``: a few microseconds,
the schema is in memory), whatever left it so.
"""

from __future__ import annotations

from peewee import DatabaseProxy, SqliteDatabase

# name -> the statement that made it (the text the migrations wrote: a test compares them).
BULK_INDEXES: dict[str, str] = {
    "contact_uid": 'CREATE INDEX "contact_uid" ON "contact" ("uid")',
    "contact_by_name": "CREATE INDEX contact_by_name ON contact (sort_key, is_me)",
    "contact_by_stage": "CREATE INDEX contact_by_stage ON contact (stage, sort_key, is_me)",
    "contact_by_last_interaction": "CREATE INDEX contact_by_last_interaction ON contact "
                                   "(last_interaction_at, sort_key, is_me)",
    "contact_by_next_followup": "CREATE INDEX contact_by_next_followup ON contact "
                                "(next_followup_on, sort_key, is_me)",
    "contact_by_first_tag": "CREATE INDEX contact_by_first_tag ON contact "
                            "(first_tag, sort_key, is_me)",
    "contact_by_organization": "CREATE INDEX contact_by_organization ON contact "
                               "(organization COLLATE NOCASE, sort_key, is_me)",
    "contact_by_birthday_day": "CREATE INDEX contact_by_birthday_day ON contact "
                               "(substr(birthday, -5)) WHERE birthday IS NOT NULL",
    "contact_by_anniversary_day": "CREATE INDEX contact_by_anniversary_day ON contact "
                                  "(substr(anniversary, -5)) WHERE anniversary IS NOT NULL",
    "contact_by_import_batch": "CREATE INDEX contact_by_import_batch ON contact "
                               "(import_batch_id, sort_key, is_me)",
    "email_address": 'CREATE INDEX "email_address" ON "email" ("address")',
    "phone_e164": 'CREATE INDEX "phone_e164" ON "phone" ("e164")',
}


def present(database: SqliteDatabase | DatabaseProxy) -> dict[str, str]:
    """The bulk indexes the database has: name -> the statement that made it."""
    marks = ",".join("?" * len(BULK_INDEXES))
    return {str(name): str(sql) for name, sql in database.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN ({marks})",
        list(BULK_INDEXES))}


def restore_missing(database: SqliteDatabase | DatabaseProxy) -> list[str]:
    """Make the bulk indexes the database lacks (from ``BULK_INDEXES``); their names."""
    missing = [name for name in BULK_INDEXES if name not in present(database)]
    if missing:
        with database.atomic():
            for name in missing:
                database.execute_sql(BULK_INDEXES[name])
    return missing
