"""Numbered schema migrations, recorded in ``schema_version``.

Each migration is a function of the open database; they run in order, each in its own
transaction, after the file has been backed up. Never edit a released migration: add
the next number (and change ``schema.py`` to match; tests/services/test_database.py
checks that the models and the migrated database agree).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from peewee import OperationalError, SqliteDatabase

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


def _m6_meetings_and_loops(database: SqliteDatabase) -> None:
    """Meetings as one object, loops that close, the weekly rhythm (issue 15).

    - ``interaction.status``: planned / held / cancelled. Until now a planned meeting was
      one in the future; an existing one keeps that meaning (future: planned, past: held).
      A planned meeting whose time has passed stays planned until the user holds it.
    - ``follow_up.introduction_id``: the reminder to make a proposed introduction (its
      "chase" reminder), closed when the introduction is made. Deferred, so restoring a
      deleted contact (its follow-ups before its introductions) checks it at commit.
    - ``contact.one_thing_on``: when "one thing I can do" was typed or renewed (it expires
      after a week); what was typed before counts as typed today.
    - ``focus_entry.done_at``: the done tick of a person in this week's focus.
    - the calendar's (kind, time) index of interactions covers the status too;
    - indexes for the weekly focus: favours by (contact, direction), the introductions
      still proposed by introducer, the user's own profile.
    - ``contact_fact``: pinned facts (family, pets, goals, what they care about).
    - ``caldav_calendar`` / ``caldav_item``: the optional push of follow-ups to a calendar
      on a sync account's server, and what was pushed (to update and delete it later).
    """
    statements = (
        "ALTER TABLE interaction ADD COLUMN status VARCHAR(255) NOT NULL DEFAULT 'held'",
        "UPDATE interaction SET status = 'planned' "
        "WHERE happened_at > strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')",
        "CREATE INDEX IF NOT EXISTS interaction_planned ON interaction (happened_at) "
        "WHERE status = 'planned'",
        # The calendar's meeting counts leave cancelled meetings out: the status joins
        # migration 4's (kind, time) index so that count still reads the index alone.
        "CREATE INDEX IF NOT EXISTS interaction_by_kind_time_status "
        "ON interaction (kind, happened_at, status)",
        "DROP INDEX IF EXISTS interaction_by_kind_time",
        "ALTER TABLE follow_up ADD COLUMN introduction_id INTEGER "
        "REFERENCES introduction (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED",
        "CREATE INDEX IF NOT EXISTS follow_up_introduction_id ON follow_up (introduction_id) "
        "WHERE introduction_id IS NOT NULL",
        # The weekly focus over 100,000 contacts (<= 200 ms): favours owed per person read
        # from an index alone; the introductions the user proposed and has not made.
        "CREATE INDEX IF NOT EXISTS favor_by_contact_direction ON favor (contact_id, direction)",
        "CREATE INDEX IF NOT EXISTS introduction_proposed ON introduction (introducer_id) "
        "WHERE status = 'proposed'",
        # The user's own profile, looked up by every proposal, briefing and review: one
        # row, not a scan of 100,000.
        "CREATE INDEX IF NOT EXISTS contact_me ON contact (id) WHERE is_me = 1",
        "ALTER TABLE contact ADD COLUMN one_thing_on DATE",
        "UPDATE contact SET one_thing_on = date('now', 'localtime') WHERE one_thing != ''",
        "ALTER TABLE focus_entry ADD COLUMN done_at DATETIME",
        """CREATE TABLE contact_fact (
            id INTEGER NOT NULL PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
            kind VARCHAR(255) NOT NULL DEFAULT 'other',
            text TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0)""",
        "CREATE INDEX contact_fact_contact_id ON contact_fact (contact_id)",
        """CREATE TABLE caldav_calendar (
            account_id INTEGER PRIMARY KEY REFERENCES sync_account (id) ON DELETE CASCADE,
            url TEXT,
            enabled INTEGER NOT NULL DEFAULT 1,
            alarms INTEGER NOT NULL DEFAULT 0,
            last_push_at TEXT,
            last_error TEXT)""",
        """CREATE TABLE caldav_item (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES sync_account (id) ON DELETE CASCADE,
            uid TEXT NOT NULL,
            href TEXT NOT NULL,
            etag TEXT,
            hash TEXT NOT NULL,
            UNIQUE (account_id, uid))""",
    )
    for statement in statements:
        database.execute_sql(statement)


def _m7_related_cards_index(database: SqliteDatabase) -> None:
    """The cards with RELATED lines (issue 16: who knows whom includes them), found without
    reading every contact: a partial index holding only those. `rapport path` on 300,000
    contacts read them all (0.4 s) for the few that have one."""
    database.execute_sql(
        "CREATE INDEX IF NOT EXISTS contact_with_related ON contact (id) "
        "WHERE vcard_extra LIKE '%\"related\"%'"
    )


def _m8_sync_robustness(database: SqliteDatabase) -> None:
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


def _m9_duplicates(database: SqliteDatabase) -> None:
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


# --- migration 10: counts and sort columns kept by SQLite itself (issue 18) -------------
#
# Everything here is maintained by triggers, so every writer (the contact store, tags,
# import, sync, demo, undo) keeps it true without knowing about it: one place, below.
# - ``tag_count``: members per tag, everyone counted (the user's own profile included;
#   readers subtract its tags, found through migration 6's ``contact_me``). The sidebar
#   and the tag manager read it instead of counting 300,000 memberships after a change.
# - ``contact.first_tag``: the contact's alphabetically first tag name (NOCASE), what
#   the list's Tags column sorts by, indexed like the other sortable columns (and the
#   organisation's index, now in the order the list reads it: search._Order).
# - Birthdays and anniversaries indexed by month-day (``substr(x, -5)``, "MM-DD" of
#   "YYYY-MM-DD" and "--MM-DD" alike): a month of the calendar reads its ~31 groups
#   from the index instead of scanning every contact.
_FIRST_TAG_OF = (
    "(SELECT min(t.name) FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
    "WHERE ct.contact_id = {contact}{extra})"
)
COUNT_TRIGGERS: tuple[str, ...] = (
    """CREATE TRIGGER contact_tag_added AFTER INSERT ON contact_tag BEGIN
        INSERT INTO tag_count (tag_id, members) VALUES (NEW.tag_id, 1)
            ON CONFLICT (tag_id) DO UPDATE SET members = members + 1;
        UPDATE contact SET first_tag = (SELECT name FROM tag WHERE id = NEW.tag_id)
            WHERE id = NEW.contact_id AND (first_tag IS NULL
                OR first_tag > (SELECT name FROM tag WHERE id = NEW.tag_id));
    END""",
    f"""CREATE TRIGGER contact_tag_removed AFTER DELETE ON contact_tag BEGIN
        UPDATE tag_count SET members = members - 1 WHERE tag_id = OLD.tag_id;
        UPDATE contact SET first_tag = {_FIRST_TAG_OF.format(contact="OLD.contact_id", extra="")}
            WHERE id = OLD.contact_id
            AND first_tag = (SELECT name FROM tag WHERE id = OLD.tag_id);
    END""",
    # A tag's deletion takes its memberships with it (ON DELETE CASCADE, which runs the
    # trigger above once the tag row is gone, when it can no longer be named): the
    # members' first tag is settled before.
    f"""CREATE TRIGGER tag_deleting BEFORE DELETE ON tag BEGIN
        UPDATE contact SET first_tag = {_FIRST_TAG_OF.format(
            contact="contact.id", extra=" AND t.id <> OLD.id")}
            WHERE id IN (SELECT contact_id FROM contact_tag WHERE tag_id = OLD.id)
            AND first_tag = OLD.name;
    END""",
    f"""CREATE TRIGGER tag_renamed AFTER UPDATE OF name ON tag BEGIN
        UPDATE contact SET first_tag = {_FIRST_TAG_OF.format(contact="contact.id", extra="")}
            WHERE id IN (SELECT contact_id FROM contact_tag WHERE tag_id = NEW.id);
    END""",
)


def _m10_maintained_counts(database: SqliteDatabase) -> None:
    """Tag member counts, the first tag of each contact (the Tags column's sort) and
    birthdays by month-day, kept by SQLite triggers and indexes (issue 18: no recount of
    every membership after each change, no sort of 300,000 rows by a computed key, no
    scan of every contact per calendar month). See the comment above for what each is."""
    statements = (
        """CREATE TABLE tag_count (
            tag_id INTEGER NOT NULL PRIMARY KEY REFERENCES tag (id) ON DELETE CASCADE,
            members INTEGER NOT NULL DEFAULT 0)""",
        "INSERT INTO tag_count (tag_id, members) "
        "SELECT tag_id, count(*) FROM contact_tag GROUP BY tag_id",
        "ALTER TABLE contact ADD COLUMN first_tag TEXT COLLATE NOCASE",
        f"UPDATE contact SET first_tag = {_FIRST_TAG_OF.format(contact='contact.id', extra='')}"
        " WHERE id IN (SELECT contact_id FROM contact_tag)",
        "CREATE INDEX contact_by_first_tag ON contact (first_tag, sort_key, is_me)",
        # The organisation as the list orders it (empty ones are read apart, last).
        "DROP INDEX contact_by_organization",
        "CREATE INDEX contact_by_organization ON contact "
        "(organization COLLATE NOCASE, sort_key, is_me)",
        "CREATE INDEX contact_by_birthday_day ON contact (substr(birthday, -5)) "
        "WHERE birthday IS NOT NULL",
        "CREATE INDEX contact_by_anniversary_day ON contact (substr(anniversary, -5)) "
        "WHERE anniversary IS NOT NULL",
        # The birthday / anniversary reminders the user acted on, by occurrence: a month
        # of the calendar leaves them out without reading every follow-up due that month.
        "CREATE INDEX follow_up_by_origin_day ON follow_up (origin, due_on)",
        *COUNT_TRIGGERS,
    )
    for statement in statements:
        database.execute_sql(statement)


def _m11_change_history(database: SqliteDatabase) -> None:
    """The contact store's change history (issue 11; desktop/services/store.py writes it,
    desktop/services/history.py reads and undoes it): one ``change_set`` per write (an edit,
    an import, a sync chunk, an undo), one ``change`` row per field it changed, with the value
    before and after (JSON). ``change.contact_id`` has no foreign key on purpose: the history
    of a deleted contact is what brings it back. ``store_state`` holds the store's counters
    (the next contact id: ids are never reused, so an undo never meets someone else at the
    id it restores)."""
    statements = (
        """CREATE TABLE change_set (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            made_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
            import_batch_id INTEGER REFERENCES import_batch (id) ON DELETE SET NULL,
            undoes INTEGER,
            undone INTEGER NOT NULL DEFAULT 0)""",
        "CREATE INDEX change_set_import_batch_id ON change_set (import_batch_id)",
        """CREATE TABLE change (
            id INTEGER PRIMARY KEY,
            set_id INTEGER NOT NULL REFERENCES change_set (id) ON DELETE CASCADE,
            contact_id INTEGER NOT NULL,
            field TEXT NOT NULL,
            before TEXT,
            after TEXT)""",
        "CREATE INDEX change_set_id ON change (set_id)",
        "CREATE INDEX change_by_contact ON change (contact_id, field, set_id)",
        """CREATE TABLE store_state (
            key TEXT NOT NULL PRIMARY KEY,
            value INTEGER NOT NULL)""",
    )
    for statement in statements:
        database.execute_sql(statement)


# Tag names in their own small search index (rowid = tag.id, the contacts' tokenizer):
# a search word matches a contact's own text in ``contact_fts`` or any tag it carries, so
# putting a tag on 100,000 contacts rewrites no contact's search row (issue 18).
TAG_FTS_TABLE = "tag_fts"
TAG_FTS_TRIGGERS: tuple[str, ...] = (
    f"""CREATE TRIGGER tag_fts_added AFTER INSERT ON tag BEGIN
        DELETE FROM {TAG_FTS_TABLE} WHERE rowid = NEW.id;
        INSERT INTO {TAG_FTS_TABLE} (rowid, name) VALUES (NEW.id, NEW.name);
    END""",
    f"""CREATE TRIGGER tag_fts_renamed AFTER UPDATE OF name ON tag BEGIN
        DELETE FROM {TAG_FTS_TABLE} WHERE rowid = OLD.id;
        INSERT INTO {TAG_FTS_TABLE} (rowid, name) VALUES (NEW.id, NEW.name);
    END""",
    f"""CREATE TRIGGER tag_fts_deleted AFTER DELETE ON tag BEGIN
        DELETE FROM {TAG_FTS_TABLE} WHERE rowid = OLD.id;
    END""",
)


def _m12_tag_search_index(database: SqliteDatabase) -> None:
    """Tags leave the contacts' search rows (issue 18): ``tag_fts`` indexes the tag names,
    kept by triggers on ``tag``; a search reads ``contact_fts`` through a column filter that
    leaves its ``tags`` column out (rows written before hold old tag text there, written
    empty from now on), so nothing needs rebuilding here."""
    statements = (
        f"CREATE VIRTUAL TABLE {TAG_FTS_TABLE} USING fts5(name, "
        "tokenize = 'unicode61 remove_diacritics 2')",
        f"INSERT INTO {TAG_FTS_TABLE} (rowid, name) SELECT id, name FROM tag",
        *TAG_FTS_TRIGGERS,
    )
    for statement in statements:
        database.execute_sql(statement)


# Migration 13: the English sentences Rapport wrote into follow_up.reason and
# focus_entry.reason before it stored their parts, as they were written then. Frozen here
# (like schema_v1): the composer (desktop/services/reasons.py) may change, this may not.
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SPAN_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
_SPAN = r"(\d+) (day|week|month|year)s?"
_WHEN = rf"due today|due tomorrow|due (?:{'|'.join(_WEEKDAYS)})|{_SPAN} late"
_STAGES = "connected|acquainted|relationship|trusted"
_OLD_FOLLOWUP: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    "cadence": ((re.compile(r"Keep in touch \(every day\)"), "every-day"),
                (re.compile(r"Keep in touch \(every ([1-9]) weeks?\)"), "every-weeks"),
                (re.compile(r"Keep in touch \(every ([\d,]+) days\)"), "every-days")),
    "birthday": ((re.compile(r"Birthday \(turns (\d+)\)"), "age"),
                 (re.compile(r"Birthday"), "plain")),
    "anniversary": ((re.compile(r"Anniversary \((\d+) years?\)"), "years"),
                    (re.compile(r"Anniversary"), "plain")),
}
_OLD_FOCUS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"Reconnect: you keep in touch every (\d+) (day|week)s?, last talked "
                rf"{_SPAN} ago"), "reconnect-since"),
    (re.compile(r"Reconnect: you keep in touch every (\d+) (day|week)s? and have not talked "
                r"yet"), "reconnect-every"),
    (re.compile(r"Reconnect: time to get in touch"), "reconnect"),
    (re.compile(rf"Give: you promised to (.*) \(({_WHEN})\)"), "promise"),
    (re.compile(rf"Reconnect: you meant to (.*) \(({_WHEN})\)"), "reminder"),
    (re.compile(r"Give: you offered to introduce them to (.+)"), "introduction"),
    (re.compile(r"Give: they did (\d+) more for you than you for them \(you gave (\d+), "
                r"received (\d+)\)"), "favour"),
    (re.compile(rf"Give: birthday (today|tomorrow|{'|'.join(_WEEKDAYS)})"), "birthday"),
    (re.compile(rf"Deepen: you both like (.+); ({_STAGES}), ready to become ({_STAGES})"),
     "deepen-grow"),
    (re.compile(r"Deepen: you both like (.+)"), "deepen"),
    (re.compile(r"You chose them this week"), "chosen"),
)


_OLD_ACTIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"Get in touch: ask how (.+) is going"), "get-in-touch"),
    (re.compile(r"Get in touch: a short message or a call"), "get-in-touch"),
    (re.compile(r"Keep your promise: (.+)"), "keep-promise"),
    (re.compile(r"Make the introduction to (.+)"), "introduce"),
    (re.compile(r"Return the favour: an introduction, a referral or some advice"),
     "return-favour"),
    (re.compile(rf"Send a birthday message on ({'|'.join(_WEEKDAYS)})"), "birthday-message"),
    (re.compile(r"Send a birthday message"), "birthday-message"),
    (re.compile(r"Invite them to a 1-2-1 and talk about (.+)"), "talk-about"),
    (re.compile(r"Share something about (.+)"), "share-about"),
    (re.compile(r"Invite them to a 1-2-1"), "invite"),
    (re.compile(r"Find one thing you can do for them"), "find-one-thing"),
)
_ACTION_ARG = {"get-in-touch": "interest", "keep-promise": "text", "introduce": "name",
               "talk-about": "topic", "share-about": "topic"}


def _old_action_parts(text: str) -> dict[str, object] | None:
    """The thing to do Rapport suggested in English (what the user typed stays text; one
    that reads exactly like a suggestion is one)."""
    for pattern, kind in _OLD_ACTIONS:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        parts: dict[str, object] = {"kind": f"action:{kind}"}
        if kind == "birthday-message":
            parts["on"] = _WEEKDAYS.index(match.group(1)) if match.groups() else "today"
        elif match.groups() and not (kind == "introduce" and match.group(1) == "someone"):
            parts[_ACTION_ARG[kind]] = match.group(1)
        return parts
    return None


def _span_days(number: str, unit: str) -> int:
    return int(number) * _SPAN_DAYS[unit]


def _when_parts(when: str) -> dict[str, object]:
    """"due today" / "due Friday" / "3 days late" -> the parts reasons.when_parts makes."""
    if when.endswith(" late"):
        number, unit = when.split()[:2]
        return {"late": _span_days(number, unit.rstrip("s"))}
    day = when.removeprefix("due ")
    return {"due": _WEEKDAYS.index(day) if day in _WEEKDAYS else day}


def _old_followup_parts(origin: str, text: str, chase: bool) -> dict[str, object] | None:
    if chase:  # the reminders linked to an introduction: to make it, or to chase it
        if text.startswith("Introduce ") and text.count(" to ") == 1:
            a, b = text.removeprefix("Introduce ").split(" to ")
            return {"kind": "chase", "a": a, "b": b}
        asked = " about the introduction to "
        if text.startswith("Chase ") and text.count(asked) == 1:
            a, b = text.removeprefix("Chase ").split(asked)
            return {"kind": "ask-chase", "introducer": a, "person": b}
        return None
    for pattern, form in _OLD_FOLLOWUP.get(origin, ()):
        match = pattern.fullmatch(text)
        if match is None:
            continue
        if form == "every-day":
            return {"kind": "cadence", "days": 1}
        if form == "every-weeks":
            return {"kind": "cadence", "days": int(match.group(1)) * 7}
        if form == "every-days":
            return {"kind": "cadence", "days": int(match.group(1).replace(",", ""))}
        if form == "age":
            return {"kind": "birthday", "age": int(match.group(1))}
        if form == "years":
            return {"kind": "anniversary", "years": int(match.group(1))}
        return {"kind": origin}
    return None


def _old_focus_parts(text: str) -> dict[str, object] | None:
    for pattern, form in _OLD_FOCUS:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        g = match.groups()
        if form == "reconnect-since":
            return {"kind": "focus:reconnect", "every": _span_days(g[0], g[1]),
                    "since": _span_days(g[2], g[3])}
        if form == "reconnect-every":
            return {"kind": "focus:reconnect", "every": _span_days(g[0], g[1])}
        if form in ("promise", "reminder"):
            return {"kind": f"focus:{form}", "text": g[0], **_when_parts(g[1])}
        if form == "introduction":
            return {"kind": "focus:introduction", **({} if g[0] == "someone" else {"name": g[0]})}
        if form == "favour":
            return {"kind": "focus:favour", "owed": int(g[0]), "given": int(g[1]),
                    "received": int(g[2])}
        if form == "birthday":
            on = g[0]
            return {"kind": "focus:birthday",
                    "on": _WEEKDAYS.index(on) if on in _WEEKDAYS else on}
        if form in ("deepen-grow", "deepen"):
            head, _, last = g[0].rpartition(" and ")
            shared = [*head.split(", "), last] if head else [last]
            grow = {"stage": g[1], "grow": g[2]} if form == "deepen-grow" else {}
            return {"kind": "focus:deepen", "shared": shared, **grow}
        return {"kind": f"focus:{form}"}
    return None


def _parts_json(parts: dict[str, object]) -> str:
    return json.dumps(parts, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _m13_reason_parts(database: SqliteDatabase) -> None:
    """Reasons Rapport writes are stored as their parts and composed in the user's language
    when shown (issue 14): ``reason_parts`` (JSON) on ``follow_up`` and ``focus_entry``,
    ``action_parts`` for the focus's thing to do.
    Stored sentences that match what Rapport wrote in English become parts (a follow-up
    only where Rapport wrote it: keep-in-touch, birthday, anniversary, the reminders
    linked to an introduction; never a typed manual follow-up or promise); anything else
    -- typed text, a sentence written in another language -- stays as it is and is shown
    so."""
    for table, column in (("follow_up", "reason_parts"), ("focus_entry", "reason_parts"),
                          ("focus_entry", "action_parts")):
        database.execute_sql(f"ALTER TABLE {table} ADD COLUMN {column} TEXT")
    updates = []
    for fid, origin, text, intro in database.execute_sql(
            "SELECT id, origin, reason, introduction_id FROM follow_up "
            "WHERE origin IN ('cadence', 'birthday', 'anniversary') "
            "OR introduction_id IS NOT NULL").fetchall():
        parts = _old_followup_parts(str(origin), str(text or ""), intro is not None)
        if parts is not None:
            updates.append((_parts_json(parts), fid))
    database.cursor().executemany(
        "UPDATE follow_up SET reason = '', reason_parts = ? WHERE id = ?", updates)
    for column, recognise in (("reason", _old_focus_parts), ("action", _old_action_parts)):
        updates = []
        for fid, text in database.execute_sql(f"SELECT id, {column} FROM focus_entry"
                                              ).fetchall():
            parts = recognise(str(text or ""))
            if parts is not None:
                updates.append((_parts_json(parts), fid))
        database.cursor().executemany(
            f"UPDATE focus_entry SET {column} = '', {column}_parts = ? WHERE id = ?", updates)


def _m14_phrase_parts(database: SqliteDatabase) -> None:
    """Undo labels, a sync account's last error and a refused card's reason are kept as
    their parts too (issue 14; ``desktop.text.Phrase``, JSON), worded in the language of
    whatever shows them: ``change_set.label_parts``, ``sync_account.last_error_parts``,
    ``sync_refused.reason_parts``. Old rows keep their text and show it as it is."""
    for table, column in (("change_set", "label_parts"), ("sync_account", "last_error_parts"),
                          ("sync_refused", "reason_parts")):
        database.execute_sql(f"ALTER TABLE {table} ADD COLUMN {column} TEXT")


# --- migration 15: the user's meetings with each contact, kept by SQLite (issue 18) -----
#
# ``contact_meetings``: per contact, how many held interactions they took part in and the
# day of the last one (a proleptic ordinal, as ``knows`` reckons days), what ranking the
# user's ties needs (``knows.meeting_share``). Interactions and their participants are
# written by several services (logging and editing, the timeline's undo, the demo, a
# merge of duplicates) and deleted by cascade with a contact: triggers, as for migration
# 10's counts, keep the summary true for every one of them. "Held" here is the status and
# the kind (``knows.HELD`` without its time): a held interaction dated in the future
# is counted, and the reader takes those few out again (``knows.read_you_meetings``).
HELD_KINDS_SQL = "('meeting', 'call', 'message', 'email', 'event')"
_DAY = "CAST(julianday({}) - 1721424.5 AS INTEGER)"
_HELD = "{0}.status = 'held' AND {0}.kind IN " + HELD_KINDS_SQL
# The last day of *contact*'s held interactions other than *without* (0 for none).
_LAST_DAY = (
    "coalesce((SELECT max(" + _DAY.format("j.happened_at") + ") FROM interaction_participant q "
    "JOIN interaction j ON j.id = q.interaction_id WHERE q.contact_id = {contact} "
    "AND j.id <> {without} AND " + _HELD.format("j") + "), 0)"
)


def _met(contact: str, interaction: str) -> str:
    """One more held interaction (*interaction*) for *contact*."""
    return (
        "INSERT INTO contact_meetings (contact_id, meetings, last_day) "
        f"SELECT {contact}, 1, {_DAY.format('i.happened_at')} FROM interaction i "
        f"WHERE i.id = {interaction} AND {_HELD.format('i')} "
        "ON CONFLICT (contact_id) DO UPDATE SET meetings = meetings + 1, "
        "last_day = max(last_day, excluded.last_day);"
    )


def _unmet(contacts: str, interaction: str, day: str) -> str:
    """One held interaction fewer (*interaction*, on *day*) for each of *contacts*, whose
    row goes when none is left; the last day is looked up again only when it was that
    one's."""
    return (
        "UPDATE contact_meetings SET meetings = meetings - 1, "
        f"last_day = CASE WHEN last_day > {day} THEN last_day ELSE "
        + _LAST_DAY.format(contact="contact_meetings.contact_id", without=interaction)
        + f" END WHERE contact_id IN ({contacts});"
        f"DELETE FROM contact_meetings WHERE meetings <= 0 AND contact_id IN ({contacts});"
    )


MEETING_TRIGGERS: tuple[str, ...] = (
    f"""CREATE TRIGGER participant_added AFTER INSERT ON interaction_participant BEGIN
        {_met("NEW.contact_id", "NEW.interaction_id")}
    END""",
    # A participant removed from an interaction that stays. When the interaction itself
    # is deleted, its participants go by cascade once its row is gone (as migration 10's
    # comment says of tags): ``interaction_deleting`` has counted them already. When the
    # contact is deleted, its own row goes by cascade too: nothing to count.
    f"""CREATE TRIGGER participant_removed AFTER DELETE ON interaction_participant
        WHEN EXISTS (SELECT 1 FROM interaction i WHERE i.id = OLD.interaction_id
                     AND {_HELD.format("i")})
        AND EXISTS (SELECT 1 FROM contact WHERE id = OLD.contact_id) BEGIN
        {_unmet("OLD.contact_id", "OLD.interaction_id",
                "(SELECT " + _DAY.format("happened_at") + " FROM interaction "
                "WHERE id = OLD.interaction_id)")}
    END""",
    # A participant moved to another contact or interaction (a merge of duplicates).
    f"""CREATE TRIGGER participant_moved AFTER UPDATE OF contact_id, interaction_id
        ON interaction_participant BEGIN
        {_unmet("SELECT OLD.contact_id WHERE EXISTS (SELECT 1 FROM interaction i "
                "WHERE i.id = OLD.interaction_id AND " + _HELD.format("i") + ")",
                "OLD.interaction_id",
                "(SELECT " + _DAY.format("happened_at") + " FROM interaction "
                "WHERE id = OLD.interaction_id)")}
        {_met("NEW.contact_id", "NEW.interaction_id")}
    END""",
    f"""CREATE TRIGGER interaction_deleting BEFORE DELETE ON interaction
        WHEN {_HELD.format("OLD")} BEGIN
        {_unmet("SELECT contact_id FROM interaction_participant WHERE interaction_id = OLD.id",
                "OLD.id", _DAY.format("OLD.happened_at"))}
    END""",
    # Held or not, and when: its participants' rows worked out again (one interaction
    # edited, held, cancelled or moved: a few rows each).
    f"""CREATE TRIGGER interaction_changed AFTER UPDATE OF kind, status, happened_at
        ON interaction WHEN ({_HELD.format("OLD")}) OR ({_HELD.format("NEW")}) BEGIN
        DELETE FROM contact_meetings WHERE contact_id IN
            (SELECT contact_id FROM interaction_participant WHERE interaction_id = NEW.id);
        INSERT INTO contact_meetings (contact_id, meetings, last_day)
            SELECT q.contact_id, count(*), max({_DAY.format("j.happened_at")})
            FROM interaction_participant q JOIN interaction j ON j.id = q.interaction_id
            WHERE q.contact_id IN (SELECT contact_id FROM interaction_participant
                                   WHERE interaction_id = NEW.id)
            AND {_HELD.format("j")} GROUP BY q.contact_id;
    END""",
)

# What the summary is, counted from the interactions (the migration's filling, and what
# tests compare the kept rows with).
MEETINGS_RECOUNT = (
    "SELECT p.contact_id, count(*), max(" + _DAY.format("i.happened_at") + ") "
    "FROM interaction_participant p JOIN interaction i ON i.id = p.interaction_id "
    "WHERE " + _HELD.format("i") + " GROUP BY p.contact_id"
)

# What ``participant_added`` does, for many participations inserted at once with it
# paused (an undone delete's: ``contacts.restore_contacts``): a JSON array of
# [interaction id, contact id], each held interaction counted for its contact.
MEETINGS_ADDED = (
    "INSERT INTO contact_meetings (contact_id, meetings, last_day) "
    "SELECT json_extract(j.value, '$[1]'), count(*), max("
    + _DAY.format("i.happened_at") + ") "
    "FROM json_each(?) j JOIN interaction i ON i.id = json_extract(j.value, '$[0]') "
    "WHERE " + _HELD.format("i") + " GROUP BY 1 "
    "ON CONFLICT (contact_id) DO UPDATE SET meetings = meetings + excluded.meetings, "
    "last_day = max(last_day, excluded.last_day)"
)


def _m15_contact_meetings(database: SqliteDatabase) -> None:
    """The user's meetings with each contact, counted once here and kept by triggers
    (issue 18: ranking the user's ties read every held interaction and participant of
    the book, a second of the network view's opening at 300,000 contacts)."""
    database.execute_sql(
        """CREATE TABLE contact_meetings (
            contact_id INTEGER NOT NULL PRIMARY KEY REFERENCES contact (id) ON DELETE CASCADE,
            meetings INTEGER NOT NULL,
            last_day INTEGER NOT NULL)""")
    database.execute_sql("INSERT INTO contact_meetings (contact_id, meetings, last_day) "
                         + MEETINGS_RECOUNT)
    for statement in MEETING_TRIGGERS:
        database.execute_sql(statement)


def _m16_push_error_parts(database: SqliteDatabase) -> None:
    """The calendar push's last error is kept as its parts too (issue 14, as migration 14
    did for a sync account's): ``caldav_calendar.last_error_parts``, worded in the language
    of whatever shows it. Old rows keep their text and show it as it is."""
    database.execute_sql("ALTER TABLE caldav_calendar ADD COLUMN last_error_parts TEXT")


# FTS5 keeps this many bytes of new index terms in memory before it writes them out as a
# segment (its default is 1 MB). With the prefix indexes 1-2-3 a 1,000-card chunk of an
# import is several MB of terms: fewer, larger segments are fewer merges (issue 18: the
# search index of 100,000 imported cards 47-50 -> 36 us a card).
FTS_HASHSIZE = 8 << 20


def _m17_import_writes(database: SqliteDatabase) -> None:
    """Cheaper bulk writes (issue 18): the index on ``contact_tag (contact_id)`` goes --
    the primary key (contact_id, tag_id) already orders memberships by contact, so every
    membership written was indexed twice (3 us a card of an import) -- and the search
    index buffers ``FTS_HASHSIZE`` bytes of terms (a setting stored in the FTS5 table;
    an SQLite without it keeps the default)."""
    database.execute_sql("DROP INDEX IF EXISTS contact_tag_contact_id")
    try:
        database.execute_sql(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) "
                             f"VALUES ('hashsize', {FTS_HASHSIZE})")
    except OperationalError:
        pass


def _m18_import_batch_order(database: SqliteDatabase) -> None:
    """Last import's contacts in name order through one index (issue 18): with the batch's
    ids alone SQLite looked up every contact of the batch in the table and sorted them to
    paint the list's first page, on the UI thread at an import's end (10,000 of 300,000:
    16 ms of CPU, 30-34 ms at load 5); through (batch, name) it reads the page's 200
    entries (0.03-0.1 ms). The index replaces the batch's own (its first column serves
    every lookup by batch)."""
    database.execute_sql("DROP INDEX IF EXISTS contact_import_batch_id")
    database.execute_sql("CREATE INDEX contact_by_import_batch ON contact "
                         "(import_batch_id, sort_key, is_me)")


# --- migration 19: a leaner search index (issue 18) -----------------------------------
#
# What ``contact_fts`` is from migration 19 on. A search asks only for words as prefixes,
# all required, never a phrase, a NEAR group or a rank (``search.build_match``): the index
# keeps which contacts hold each term and its prefixes, and in which columns, and no
# positions (``detail = column``) or token counts per row (``columnsize = 0``); the ``tags``
# column that rows written before migration 12 still filled goes. Measured at 300,000
# contacts (2026-12-04): ``detail = none`` was a little cheaper to write but made some
# searches of two words slower than before (``"founder"*`` 5.4 -> 9.9 ms); by column
# every typed search of bench_search.py is as fast or faster than with positions.
CONTACT_FTS_COLUMNS: tuple[str, ...] = ("name", "organization", "emails", "phones", "notes")
CONTACT_FTS_SQL = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({', '.join(CONTACT_FTS_COLUMNS)}, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3', "
    "detail = column, columnsize = 0)"
)
# A contact's search text as migration 19 fills the index (``search`` writes it since).
_FTS_TEXT_V19 = f"""
INSERT INTO {FTS_TABLE} (rowid, {', '.join(CONTACT_FTS_COLUMNS)})
SELECT c.id,
       c.full_name || ' ' || c.nickname || ' ' || c.given_name || ' ' || c.family_name
           || ' ' || c.additional_names,
       c.organization || ' ' || c.department || ' ' || c.title,
       coalesce((SELECT group_concat(e.address, ' ') FROM email e
                 WHERE e.contact_id = c.id), ''),
       coalesce((SELECT group_concat(p.number || ' ' || coalesce(p.e164, ''), ' ')
                 FROM phone p WHERE p.contact_id = c.id), ''),
       coalesce(c.note, '') || ' ' || c.how_we_met
FROM contact c
"""


def _m19_lean_search_index(database: SqliteDatabase) -> None:
    """The contacts' search index made again, leaner (issue 18): terms, the contacts and
    columns holding them, no positions or token counts, and no ``tags`` column
    (``CONTACT_FTS_SQL``). The same words find the same contacts, a little faster; an
    import writes less (100,000 cards: the book 242 -> 214 MB, the index's step ~7 %
    cheaper). Made again whatever state the old index was in. FTS5's automatic merging
    of segments is paused
    while it fills (as ``search.index_new`` does) and set back to its default after; the
    buffer of terms is ``FTS_HASHSIZE`` as migration 17 set it."""
    database.execute_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")  # its shadow tables with it
    database.execute_sql(CONTACT_FTS_SQL)
    command = f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES (?, ?)"
    try:
        database.execute_sql(command, ("hashsize", FTS_HASHSIZE))
    except OperationalError:
        pass
    database.execute_sql(command, ("automerge", 0))
    database.execute_sql(_FTS_TEXT_V19)
    # Back to FTS5's default (4) through the command, which every connection hears, then
    # no row at all, as a new table has.
    database.execute_sql(command, ("automerge", 4))
    database.execute_sql(f"DELETE FROM {FTS_TABLE}_config WHERE k = 'automerge'")


def _m20_old_group_cards(database: SqliteDatabase) -> None:
    """Contacts an older Rapport made of group cards (a KIND:group or Apple's
    X-ADDRESSBOOKSERVER-KIND:group card is a list of people, not a person: an import and a
    sync make a group tag of it since, ``desktop/services/groups.py``). Their KIND and
    MEMBER lines are in ``vcard_extra``: the contacts whose kept lines may say so are
    listed in ``old_group_card``, which ``groups.convert_old_group_cards`` reads at the
    next open (the vCard reader decides which are groups; the store writes the change, as
    one change set), emptying it. A scan of the column alone, no card read here: 300,000
    contacts in a fraction of a second."""
    database.execute_sql(
        """CREATE TABLE old_group_card (
            contact_id INTEGER NOT NULL PRIMARY KEY
                REFERENCES contact (id) ON DELETE CASCADE)""")
    database.execute_sql(
        "INSERT INTO old_group_card (contact_id) SELECT id FROM contact "
        "WHERE is_me = 0 AND vcard_extra LIKE '%KIND%group%'")


# FTS5 merges all the segments of a level in one go, inside whichever write brings the
# level to ``crisismerge`` segments (FTS5's default: 16). With a bulk fill's big segments
# on the lowest level (an import's, the demo's), that write was an ordinary edit on the UI
# thread: 0.29 s and 1.0 s at the 6th and 103rd edit on the demo book of 300,000 contacts,
# 0.40 s at the 3rd after a 100,000-card import (2026-12-05, ``bench/bench_edit_stalls.py``;
# a crisis at one level can cascade to the next). Past this many, each write still merges
# a bounded share (FTS5's ``automerge``: 64 leaf pages per 64 written, per level), and the
# window merges what is left in its idle time (``search.tidy_step``). Kept well under
# FTS5's limit of 2,000 segments in all; a level this full only builds up where nothing
# tidies (the command line alone), and is merged then as before.
SEARCH_CRISIS_MERGE = 256


def bound_search_merges(database: SqliteDatabase) -> None:
    """Give the search index ``SEARCH_CRISIS_MERGE`` if it has another (a new book, or one
    made before this setting: one small write, once; the setting lives in the index's
    own configuration table, so every connection and version heeds it). A book another
    writer holds, or a full disk, gets it at a later open: nothing depends on it."""
    row = database.execute_sql(
        f"SELECT v FROM {FTS_TABLE}_config WHERE k = 'crisismerge'").fetchone()
    if row is None or row[0] != SEARCH_CRISIS_MERGE:
        timeout = database.execute_sql("PRAGMA busy_timeout").fetchone()[0]
        database.execute_sql("PRAGMA busy_timeout = 0")  # no wait for another writer
        try:
            database.execute_sql(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) "
                                 "VALUES ('crisismerge', ?)", (SEARCH_CRISIS_MERGE,))
        except OperationalError:
            pass  # locked by another writer, or a full disk: at a later open
        finally:
            database.execute_sql(f"PRAGMA busy_timeout = {int(timeout)}")


MIGRATIONS: tuple[Callable[[SqliteDatabase], None], ...] = (
    _m1_initial,
    _m2_tag_members_index,
    _m3_sync_state,
    _m4_calendar_indexes,
    _m5_capture,
    _m6_meetings_and_loops,
    _m7_related_cards_index,
    _m8_sync_robustness,
    _m9_duplicates,
    _m10_maintained_counts,
    _m11_change_history,
    _m12_tag_search_index,
    _m13_reason_parts,
    _m14_phrase_parts,
    _m15_contact_meetings,
    _m16_push_error_parts,
    _m17_import_writes,
    _m18_import_batch_order,
    _m19_lean_search_index,
    _m20_old_group_cards,
)
LATEST_VERSION = len(MIGRATIONS)
