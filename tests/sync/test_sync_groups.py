"""A group card on the server (as macOS/iOS Contacts writes one: vCard 3.0 with
``X-ADDRESSBOOKSERVER-KIND:group``) is no contact: its members get its name as a group
tag, and the card stays on the server as it is, sync after sync. One with members found
nowhere is one line of the sync's report (result, ``rapport sync``), worded as the import
words it."""

from __future__ import annotations

from pathlib import Path

from desktop.models import db
from desktop.services import contacts, importer
from desktop.services.sync.engine import sync_account
from desktop.services.types import ContactFields, ContactId, LabeledValue
from tests.sync.servers import PASSWORD, USER, DavServer
from tests.sync.test_sync_cli_and_accounts import rapport


def _card(*lines: str) -> str:
    return "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iOS 17.0//EN",
                        *lines, "END:VCARD"]) + "\r\n"


GROUP = _card("N:Climbing Club;;;;", "FN:Climbing Club",
              "X-ADDRESSBOOKSERVER-KIND:group",
              "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:0B3B6E1C-7E0A-4C8E-9F1A-3E8D2C1B4A01",
              "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:0B3B6E1C-7E0A-4C8E-9F1A-3E8D2C1B4A02",
              "REV:2026-12-01T10:00:00Z",
              "UID:5F1A7E2B-1111-4C8E-9F1A-3E8D2C1B4AFF")


def _tags(name: str) -> list[str]:
    return [r[0] for r in db.execute_sql(
        "SELECT t.name FROM contact c JOIN contact_tag ct ON ct.contact_id = c.id "
        "JOIN tag t ON t.id = ct.tag_id WHERE c.full_name = ? ORDER BY t.name", (name,))]


def test_a_group_card_on_the_server_tags_its_members_and_stays_there_untouched(
        db_path: object, dav: DavServer, dav_book: str, dav_account: int) -> None:
    group_path = dav.path(dav_book, "5F1A7E2B-1111-4C8E-9F1A-3E8D2C1B4AFF.vcf")
    dav.put(dav.path(dav_book, "a1.vcf"), _card(
        "N:Rock;Rita;;;", "FN:Rita Rock", "EMAIL;TYPE=INTERNET:rita@example.org",
        "UID:0B3B6E1C-7E0A-4C8E-9F1A-3E8D2C1B4A01"))
    dav.put(group_path, GROUP)
    dav.put(dav.path(dav_book, "a2.vcf"), _card(
        "N:Stone;Sol;;;", "FN:Sol Stone", "UID:0B3B6E1C-7E0A-4C8E-9F1A-3E8D2C1B4A02"))
    before = dav.get(group_path)
    assert before is not None

    first = sync_account(dav_account)

    assert first.error is None
    names = [r[0] for r in db.execute_sql("SELECT full_name FROM contact ORDER BY 1")]
    assert names == ["Rita Rock", "Sol Stone"]  # no contact for the group
    assert first.created_here == 2
    assert _tags("Rita Rock") == _tags("Sol Stone") == ["Climbing Club"]
    assert db.execute_sql("SELECT category FROM tag WHERE name = 'Climbing Club'"
                          ).fetchone()[0] == "group"
    # Remembered with its ETag as a card that is no contact: not fetched again until it
    # changes there, never uploaded or deleted.
    etag, linked, detached = db.execute_sql(
        "SELECT etag, contact_id, detached FROM sync_item WHERE href LIKE ?",
        ("%5F1A7E2B-1111-4C8E-9F1A-3E8D2C1B4AFF%",)).fetchone()
    assert etag and linked is None and detached == 1

    # An edit of a member here, then two more syncs: the group card is never taken as a
    # new card again, never rewritten, never deleted.
    rita = ContactId(db.execute_sql(
        "SELECT id FROM contact WHERE full_name = 'Rita Rock'").fetchone()[0])
    contacts.update_contact(rita, ContactFields(
        full_name="Rita Rock", given_name="Rita", family_name="Rock", title="Guide",
        emails=(LabeledValue("rita@example.org", "home"),), tags=("Climbing Club",)))
    second = sync_account(dav_account)
    third = sync_account(dav_account)

    assert second.error is None and third.error is None
    assert second.created_here == third.created_here == 0
    assert "TITLE:Guide" in str(dav.get(dav.path(dav_book, "a1.vcf")) or b"")
    assert dav.get(group_path) == before
    assert group_path.rsplit("/", 1)[1] in str(dav.hrefs(dav_book))
    assert [r[0] for r in db.execute_sql("SELECT full_name FROM contact ORDER BY 1")] == \
        ["Rita Rock", "Sol Stone"]
    # The members' new tag travels as their other tags do (CATEGORIES); Xandikos may
    # answer 423 (locked) to one of two uploads at once: asked again (carddav._BUSY).
    assert "CATEGORIES:Climbing Club" in str(dav.get(dav.path(dav_book, "a2.vcf")) or b"")
    assert sync_account(dav_account).summary() == "everything was already in step"
    assert dav.get(group_path) == before


CLUB = _card("N:Climbing Club;;;;", "FN:Climbing Club", "X-ADDRESSBOOKSERVER-KIND:group",
             "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:0B3B6E1C-7E0A-4C8E-9F1A-3E8D2C1B4A01",
             "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:0B3B6E1C-7E0A-4C8E-9F1A-3E8D2C1B4A02",
             "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:0B3B6E1C-7E0A-4C8E-9F1A-3E8D2C1B4A03",
             "UID:5F1A7E2B-2222-4C8E-9F1A-3E8D2C1B4AFF")
PAIR = _card("N:Pair;;;;", "FN:Pair", "X-ADDRESSBOOKSERVER-KIND:group",
             "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:0B3B6E1C-7E0A-4C8E-9F1A-3E8D2C1B4A01",
             "UID:5F1A7E2B-3333-4C8E-9F1A-3E8D2C1B4AFF")
RITA = _card("N:Rock;Rita;;;", "FN:Rita Rock", "UID:0B3B6E1C-7E0A-4C8E-9F1A-3E8D2C1B4A01")
NOT_FOUND = "group “Climbing Club”: 2 of 3 members not found"


def club_on(dav: DavServer, book: str) -> None:
    """A member, a group card missing two of its three members, one missing none."""
    dav.put(dav.path(book, "rita.vcf"), RITA)
    dav.put(dav.path(book, "club.vcf"), CLUB)
    dav.put(dav.path(book, "pair.vcf"), PAIR)


def test_a_group_card_with_members_not_found_is_noted_as_the_import_notes_it(
        db_path: object, tmp_path: Path, dav: DavServer, dav_book: str,
        dav_account: int) -> None:
    club_on(dav, dav_book)
    result = sync_account(dav_account)
    assert result.error is None and result.created_here == 1
    assert _tags("Rita Rock") == ["Climbing Club", "Pair"]
    # One line per group card with members not found, naming the address book.
    assert result.missing_members == (f"{dav_book}: {NOT_FOUND}",)
    assert result.summary() == ("1 new, 0 updated, 0 deleted here; "
                                "1 group card with members not found")

    # The import of the same card says the same after its file and line.
    club = tmp_path / "club.vcf"
    club.write_text(CLUB, encoding="utf-8", newline="")
    imported = importer.run_import([club])
    assert [str(w) for w in imported.warnings] == [f"{club}:1: {NOT_FOUND}"]

    # Said once, when the card comes: not again while it is unchanged there (the next
    # sync sends Rita's new tags, the one after has nothing to do).
    again = sync_account(dav_account)
    assert again.missing_members == () and again.updated_there == 1
    assert sync_account(dav_account).summary() == "everything was already in step"


def test_rapport_sync_prints_the_group_note_on_stderr(
        tmp_path: Path, dav: DavServer, dav_book: str) -> None:
    club_on(dav, dav_book)
    db = tmp_path / "cli.sqlite3"
    done = rapport(db, "sync", "--add", dav.book_url(dav_book), "--user", USER,
                   "--password-stdin", stdin=PASSWORD + "\n")
    assert done.returncode == 0, done.stderr
    notes = [line for line in done.stderr.splitlines() if "member" in line]
    # The account, then the address book (as the server names it), then the note.
    assert notes == [f"rapport sync: {USER} on 127.0.0.1: Book {dav_book}: {NOT_FOUND}"]
    assert "1 group card with members not found" in done.stdout


GROUP_HREF = "5F1A7E2B-1111-4C8E-9F1A-3E8D2C1B4AFF.vcf"


def _synced_by_rapport_19(dav: DavServer, dav_book: str, dav_account: int) -> bytes | None:
    """What Rapport 19's sync left: Rita's card and the group card on the server, the group
    card a contact (id 100; its lines the model does not map kept verbatim) linked to its
    server card as any synced contact's, listed by migration 20. The group card's bytes."""
    import json

    from desktop.services.sync.fingerprint import fingerprints

    group_path = dav.path(dav_book, GROUP_HREF)
    dav.put(dav.path(dav_book, "a1.vcf"), _card(
        "N:Rock;Rita;;;", "FN:Rita Rock", "UID:0B3B6E1C-7E0A-4C8E-9F1A-3E8D2C1B4A01"))
    dav.put(group_path, GROUP)
    before = dav.get(group_path)
    assert sync_account(dav_account).error is None
    db.execute_sql(
        "INSERT INTO contact (id, uid, full_name, sort_key, family_name, vcard_extra) "
        "VALUES (100, '5F1A7E2B-1111-4C8E-9F1A-3E8D2C1B4AFF', 'Climbing Club', "
        "'climbing club', 'Climbing Club', ?)", (json.dumps({"extra": [
            "PRODID:-//Apple Inc.//iOS 17.0//EN", "X-ADDRESSBOOKSERVER-KIND:group",
            "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:0B3B6E1C-7E0A-4C8E-9F1A-3E8D2C1B4A01",
            "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:0B3B6E1C-7E0A-4C8E-9F1A-3E8D2C1B4A02",
            "REV:2026-12-01T10:00:00Z"], "version": "3.0"}),))
    uid, digest = fingerprints([100])[100]
    db.execute_sql("UPDATE sync_item SET contact_id = 100, uid = ?, local_hash = ?, "
                   "detached = 0 WHERE href LIKE ?",
                   (uid, digest, "%5F1A7E2B-1111-4C8E-9F1A-3E8D2C1B4AFF%"))
    db.execute_sql("DELETE FROM contact_tag")
    db.execute_sql("INSERT INTO old_group_card (contact_id) VALUES (100)")  # migration 20
    return before


def _names() -> list[str]:
    return [r[0] for r in db.execute_sql("SELECT full_name FROM contact ORDER BY 1")]


def test_a_group_contact_an_older_version_synced_goes_and_its_card_stays_on_the_server(
        db_path: object, dav: DavServer, dav_book: str, dav_account: int) -> None:
    """A book synced by Rapport 19 holds the group card as a contact, linked to the card.
    Made a tag once the book is opened (``group_upgrade``), the contact's removal is never
    sent to the server: the card stays there byte for byte, sync after sync, and comes
    back as no contact."""
    from desktop.services import group_upgrade

    before = _synced_by_rapport_19(dav, dav_book, dav_account)

    done = group_upgrade.convert_old_group_cards()

    assert done is not None and done.removed == ("Climbing Club",)
    assert _tags("Rita Rock") == ["Climbing Club"]
    for _ in range(2):
        result = sync_account(dav_account)
        assert result.error is None
        assert dav.get(dav.path(dav_book, GROUP_HREF)) == before
        assert _names() == ["Rita Rock"]


def test_undoing_the_group_tags_after_a_sync_sends_nothing_new_to_the_server(
        db_path: object, dav: DavServer, dav_book: str, dav_account: int) -> None:
    """The user takes back "Group cards made tags" after a sync: the group contact comes
    back, still linked to its card on the server and left alone as before (never uploaded
    as a new card: no copy of the group appears on the server, the card stays byte for
    byte), sync after sync."""
    from desktop.services import group_upgrade, history

    before = _synced_by_rapport_19(dav, dav_book, dav_account)
    done = group_upgrade.convert_old_group_cards()
    assert done is not None and done.changes.change_sets
    assert sync_account(dav_account).error is None
    hrefs = sorted(dav.hrefs(dav_book))

    history.undo(done.changes.change_sets)

    assert _names() == ["Climbing Club", "Rita Rock"]
    for _ in range(2):
        result = sync_account(dav_account)
        assert result.error is None
        assert sorted(dav.hrefs(dav_book)) == hrefs  # no card uploaded for the group
        assert dav.get(dav.path(dav_book, GROUP_HREF)) == before
    assert _names() == ["Climbing Club", "Rita Rock"]
