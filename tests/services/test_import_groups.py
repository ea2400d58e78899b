"""Group cards (Apple's ``X-ADDRESSBOOKSERVER-KIND:group``, vCard 4.0's ``KIND:group``) are
lists of people, not people: an import makes no contact of one, and puts its name, as a
tag of category "group", on its members found in the import or in the book (no Qt)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.models import db
from desktop.services import contacts, history, importer, records
from desktop.services.types import ContactFields, ContactId, LabeledValue
from tests.conftest import REAL_VCARDS

APPLE_GROUP = REAL_VCARDS / "ccs-calendarserver" / "CardDAV-sharing" / "g123.vcf"
VCARD4_GROUP = REAL_VCARDS / "py-vobject" / "vcard40_group.vcf"


def write(tmp_path: Path, name: str, *cards: str) -> Path:
    path = tmp_path / name
    path.write_text("".join(cards), encoding="utf-8", newline="")
    return path


def card(*lines: str, version: str = "3.0") -> str:
    return "\r\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD"]) + "\r\n"


def people() -> dict[str, dict[str, Any]]:
    ids = [ContactId(r[0]) for r in db.execute_sql(
        "SELECT id FROM contact WHERE is_me = 0 ORDER BY id")]
    return {r["full_name"]: r for r in records.contact_records(ids)}


def category(tag: str) -> str | None:
    row = db.execute_sql("SELECT category FROM tag WHERE name = ?", (tag,)).fetchone()
    return row[0] if row else None


def test_the_real_group_cards_make_no_contact_and_say_their_members_are_missing(
        db_path: Path) -> None:
    result = importer.run_import([APPLE_GROUP, VCARD4_GROUP])

    assert people() == {}
    assert result.new_count == 0
    assert [str(w) for w in result.warnings] == [
        f"{APPLE_GROUP}:1: group “Group 123”: 3 of 3 members not found",
        f"{VCARD4_GROUP}:1: group “The Doe Family”: 3 of 3 members not found",
    ]
    assert "group" not in result.summary()  # no group became a tag


def test_the_real_group_cards_tag_their_members_already_in_the_book(
        tmp_path: Path, db_path: Path) -> None:
    members = write(
        tmp_path, "members.vcf",
        card("UID:ED7A5AEC-AB19-4CE0-AD6A-2923A3E5C4E1", "FN:Ann Apple"),
        card("UID:urn:uuid:FCBA0FA3-00B2-4C95-B4EC-4CCC4843F8B1", "FN:Ben Apple"),
        card("UID:urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6", "FN:John Doe",
             version="4.0"),
        card("FN:Kid Doe", "EMAIL:kid@example.com"))
    importer.run_import([members])

    result = importer.run_import([APPLE_GROUP, VCARD4_GROUP])

    book = people()
    assert sorted(book) == ["Ann Apple", "Ben Apple", "John Doe", "Kid Doe"]
    assert book["Ann Apple"]["tags"] == ["Group 123"]
    assert book["Ben Apple"]["tags"] == ["Group 123"]
    assert book["John Doe"]["tags"] == ["The Doe Family"]
    assert book["Kid Doe"]["tags"] == ["The Doe Family"]  # by mailto:
    assert category("Group 123") == category("The Doe Family") == "group"
    assert [str(w) for w in result.warnings] == [
        f"{APPLE_GROUP}:1: group “Group 123”: 1 of 3 members not found",
        f"{VCARD4_GROUP}:1: group “The Doe Family”: 1 of 3 members not found",
    ]
    assert result.summary() == "imported 0 new, merged 0, rejected 0 from 2 files " \
                               "(2 groups as tags)"


def test_members_before_and_after_the_group_in_one_file_by_uid_mail_and_phone(
        tmp_path: Path, db_path: Path) -> None:
    path = write(
        tmp_path, "friends.vcf",
        card("UID:ED7A5AEC-AB19-4CE0-AD6A-2923A3E5C4E1", "FN:Ann Before"),
        card("FN:Friends", "X-ADDRESSBOOKSERVER-KIND:Group",
             "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:ed7a5aec-ab19-4ce0-ad6a-2923a3e5c4e1",
             "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:late-1",
             "X-ADDRESSBOOKSERVER-MEMBER:mailto:Carl@Example.com",
             "X-ADDRESSBOOKSERVER-MEMBER:tel:+44-20-7946-0018"),
        card("UID:late-1", "FN:Bob After"),
        card("FN:Carl After", "EMAIL:carl@example.com"),
        card("FN:Dora After", "TEL:020 7946 0018", "ADR:;;1 Road;London;;;United Kingdom"),
        card("FN:Eve Outside", "EMAIL:eve@example.com"),
        # Other kinds are contacts (RFC 6350 §6.1.4).
        card("KIND:org", "FN:Acme", "ORG:Acme", version="4.0"),
        card("KIND:individual", "FN:Ivy", version="4.0"))

    result = importer.run_import([path])

    book = people()
    assert "Friends" not in book
    assert "Acme" in book and "Ivy" in book
    assert result.new_count == 7
    for name in ("Ann Before", "Bob After", "Carl After", "Dora After"):
        assert book[name]["tags"] == ["Friends"], name
    assert book["Eve Outside"]["tags"] == []
    assert category("Friends") == "group"
    assert result.warnings == ()
    assert "(1 group as tags)" in result.summary()


def test_a_vcard4_group_by_mailto_tags_a_member_only_in_the_book(
        tmp_path: Path, db_path: Path) -> None:
    cid, _ = contacts.create_contact(ContactFields(
        full_name="Mia Book", emails=(LabeledValue("mia@example.org", "home"),),
        tags=("Chess",)))
    path = write(tmp_path, "team.vcf", card(
        "KIND:group", "FN:Team", "MEMBER:mailto:MIA@example.org",
        "MEMBER:urn:uuid:03a0e51f-d1aa-4385-8a53-e29025acd8af", version="4.0"))

    result = importer.run_import([path])

    assert sorted(people()) == ["Mia Book"]
    assert people()["Mia Book"]["tags"] == ["Chess", "Team"]
    assert [str(w) for w in result.warnings] == [
        f"{path}:1: group “Team”: 1 of 2 members not found"]
    # The tag is the import's: undoing the import takes it back, the rest stays.
    set_id = history.import_set(result.batch_id or 0)
    assert set_id is not None
    history.undo([set_id])
    assert people()["Mia Book"]["tags"] == ["Chess"]
    assert category("Team") is None
    assert int(cid) in {r[0] for r in db.execute_sql("SELECT id FROM contact")}



def test_the_member_lookup_of_sync_and_the_upgrade_finds_what_the_whole_index_finds(
        tmp_path: Path, db_path: Path) -> None:
    """``groups.member_index`` reads only the rows a group's members may be (sync's group
    cards, a book's old group contacts at 300,000 contacts): every URI names the contact
    the whole book's index names, UIDs in any case and form, addresses folded."""
    from desktop.services import groups
    from desktop.services.matching import MatchIndex

    importer.run_import([write(
        tmp_path, "people.vcf",
        card("UID:ED7A5AEC-AB19-4CE0-AD6A-2923A3E5C4E1", "FN:Ann Apple"),
        card("UID:urn:uuid:FCBA0FA3-00B2-4C95-B4EC-4CCC4843F8B1", "FN:Ben Apple"),
        card("UID:plain-uid-7", "FN:Cy Plain"),
        card("FN:Kid Doe", "EMAIL: Kid@Example.com"),
        card("FN:Kid Too", "EMAIL:kid@example.com"),
        card("FN:Dora Dial", "TEL:+44 20 7946 0018"))])
    uris = ["urn:uuid:ed7a5aec-ab19-4ce0-ad6a-2923a3e5c4e1",
            "urn:uuid:ED7A5AEC-AB19-4CE0-AD6A-2923A3E5C4E1",
            "FCBA0FA3-00B2-4C95-B4EC-4CCC4843F8B1", "urn:uuid:plain-uid-7", "plain-uid-7",
            "mailto:KID@example.COM", "mailto:nobody@example.com", "urn:uuid:nobody"]
    whole = MatchIndex.from_database()
    expected = [groups.member_id(whole, uri) for uri in uris]
    assert [groups.member_id(groups.member_index(uris), uri) for uri in uris] == expected
    assert expected.count(None) == 2 and len(set(expected)) == 5
    with_number = [*uris, "tel:+44-20-7946-0018"]
    assert [groups.member_id(groups.member_index(with_number), uri)
            for uri in with_number] == [groups.member_id(whole, u) for u in with_number]
