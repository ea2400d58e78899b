"""Migration 20: contacts an older Rapport made of group cards (the real
``g123.vcf`` and ``vcard40_group.vcf``, imported before ``groups.py`` existed) become what
an import makes of them now, once, when the book is opened: the group's name a group tag
on its members, the group contact gone -- unless it holds what a tag cannot (here a
meeting), which keeps it. One change set: undo brings it all back. A synced group's server
card is left as sync leaves a group card. Cards whose kept lines do not say group stay."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from desktop.models import LATEST_VERSION, close_database, db, open_database
from desktop.models.database import create_schema
from desktop.services import group_upgrade, history

# The contacts Rapport 19 made of the two real group files (its importer's own rows,
# vcard_extra verbatim), and of members imported beside them.
_APPLE_EXTRA = {"extra": [
    "PRODID:-//Apple Inc.//AddressBook 6.1//EN", "REV:20120503T194243Z",
    "X-ADDRESSBOOKSERVER-KIND:group",
    "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:ED7A5AEC-AB19-4CE0-AD6A-2923A3E5C4E1",
    "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:ED7A5AEC-AB19-4CE0-AD6A-2923A3E5C4E2",
    "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:FCBA0FA3-00B2-4C95-B4EC-4CCC4843F8B1"],
    "version": "3.0"}
_VCARD4_EXTRA = {"extra": [
    "KIND:group", "MEMBER:urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6",
    "MEMBER:urn:uuid:b8767877-b4a1-4c70-9acc-505d3819e519", "MEMBER:mailto:kid@example.com"],
    "version": "4.0"}
_CLUB_EXTRA = {"extra": ["KIND:group", "MEMBER:mailto:kid@example.com"], "version": "4.0"}
_CONTACTS = [
    (1, "ED7A5AEC-AB19-4CE0-AD6A-2923A3E5C4E1", "Ann Apple", {"version": "3.0"}),
    (2, "urn:uuid:FCBA0FA3-00B2-4C95-B4EC-4CCC4843F8B1", "Ben Apple", {"version": "3.0"}),
    (3, "urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6", "John Doe", {"version": "4.0"}),
    (4, "urn:uuid:3a7a5b98-a6c9-5986-884b-222ec66c08ba", "Kid Doe", {"version": "3.0"}),
    (5, "urn:uuid:group-doe-family", "The Doe Family", _VCARD4_EXTRA),
    (6, "760d9b28-5a13-4880-b7eb-5769e6688fa3", "Group 123", _APPLE_EXTRA),
    # A group the user met with: kept (a tag cannot hold a meeting), its member tagged.
    (7, "urn:uuid:club", "Chess Club", _CLUB_EXTRA),
    # An organisation, and a card whose kept line only mentions a group: contacts.
    (8, "urn:uuid:acme", "Acme", {"extra": ["KIND:org"], "version": "4.0"}),
    (9, "urn:uuid:odd", "Odd Kind", {"extra": ["X-NOTE:KIND:group"], "version": "3.0"}),
]


def _version_19_file(path: Path) -> None:
    create_schema(path, 19)
    con = sqlite3.connect(path)
    try:
        con.executemany(
            "INSERT INTO contact (id, uid, full_name, sort_key, vcard_extra) "
            "VALUES (?, ?, ?, lower(?), ?)",
            [(cid, uid, name, name, json.dumps(extra)) for cid, uid, name, extra in _CONTACTS])
        con.execute("INSERT INTO email (contact_id, address) VALUES (4, 'kid@example.com')")
        con.execute("INSERT INTO interaction (id, kind, happened_at, summary) "
                    "VALUES (1, 'meeting', '2026-11-20 19:00:00', 'Club night')")
        con.execute("INSERT INTO interaction_participant (interaction_id, contact_id) "
                    "VALUES (1, 7)")
        # "Group 123" came from a CardDAV server.
        con.execute("INSERT INTO sync_account (id, url, username) "
                    "VALUES (1, 'https://dav.example/', 'ann')")
        con.execute("INSERT INTO sync_book (id, account_id, url) "
                    "VALUES (1, 1, 'https://dav.example/ann/book/')")
        con.execute("INSERT INTO sync_item (book_id, href, etag, contact_id, uid, local_hash) "
                    "VALUES (1, '/ann/book/g123.vcf', '\"e1\"', 6, "
                    "'760d9b28-5a13-4880-b7eb-5769e6688fa3', 'h')")
        con.execute("INSERT INTO store_state (key, value) VALUES ('next_contact_id', 10)")
        con.commit()
    finally:
        con.close()


def _book() -> dict[str, list[str]]:
    """Each contact's name and its tags."""
    return {name: sorted(tags.split("\x1f")) if tags else [] for name, tags in db.execute_sql(
        "SELECT c.full_name, (SELECT group_concat(t.name, char(31)) FROM contact_tag ct "
        "JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id) FROM contact c "
        "WHERE c.is_me = 0 ORDER BY c.id")}


def test_a_version_19_book_makes_its_group_contacts_group_tags(tmp_path: Path) -> None:
    path = tmp_path / "v19.sqlite3"
    _version_19_file(path)
    open_database(path)
    try:
        assert db.execute_sql("SELECT max(version) FROM schema_version").fetchone() == (
            LATEST_VERSION,)

        done = group_upgrade.convert_old_group_cards()

        assert done is not None
        assert _book() == {
            "Ann Apple": ["Group 123"], "Ben Apple": ["Group 123"],
            "John Doe": ["The Doe Family"], "Kid Doe": ["Chess Club", "The Doe Family"],
            "Chess Club": [], "Acme": [], "Odd Kind": []}
        assert {r[0] for r in db.execute_sql("SELECT category FROM tag")} == {"group"}
        assert done.note() == ("Group tags made of 3 group cards (4 contacts tagged); "
                               "1 contact kept for notes or history of yours: “Chess Club”")
        # Its meeting is where it was.
        assert db.execute_sql("SELECT contact_id FROM interaction_participant").fetchall() \
            == [(7,)]
        # The server's group card is left alone from now on: remembered with its ETag,
        # never uploaded, rewritten or deleted (as sync leaves a group card it fetches).
        assert db.execute_sql("SELECT href, etag, detached FROM sync_item").fetchall() == [
            ("/ann/book/g123.vcf", '"e1"', 1)]
        # Once: the next open finds nothing to do.
        assert group_upgrade.convert_old_group_cards() is None

        # One change set: undo takes it all back.
        history.undo(list(done.changes.change_sets))
        assert _book() == {name: [] for _cid, _uid, name, _extra in _CONTACTS}
    finally:
        close_database()


def test_the_command_line_says_what_became_of_the_groups(
        tmp_path: Path, capsys: object) -> None:
    from desktop import cli

    path = tmp_path / "v19.sqlite3"
    _version_19_file(path)

    assert cli.main(["--db", str(path), "list", "--tag", "Group 123"]) == 0

    out, err = capsys.readouterr()  # type: ignore[attr-defined]
    assert out.splitlines() == ["1\tAnn Apple  [Group 123]", "2\tBen Apple  [Group 123]"]
    assert err.splitlines()[-1] == (
        "rapport: Group tags made of 3 group cards (4 contacts tagged); 1 contact kept for "
        "notes or history of yours: “Chess Club”")
