"""vCard import: the real corpus, duplicates, policies, idempotence, cancel, undo (no Qt)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.models import FTS_TABLE, close_database, db, open_database
from desktop.services import contacts, importer, phones, records, search
from desktop.services.importer import Action, ImportCancelled, Policy
from desktop.services.types import ContactFields, ContactId, LabeledValue
from desktop.vcard import stream
from tests.conftest import REAL_VCARDS


def corpus_files() -> list[Path]:
    return sorted(p for p in REAL_VCARDS.rglob("*") if p.is_file() and p.suffix != ".md")


def write(tmp_path: Path, name: str, *cards: str) -> Path:
    path = tmp_path / name
    path.write_text("".join(cards), encoding="utf-8", newline="")
    return path


def card(*lines: str, version: str = "3.0") -> str:
    return "\r\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD"]) + "\r\n"


def all_records() -> list[dict[str, Any]]:
    ids = [ContactId(r[0]) for r in db.execute_sql(
        "SELECT id FROM contact WHERE is_me = 0 ORDER BY id")]
    return records.contact_records(ids)


def by_name() -> dict[str, dict[str, Any]]:
    return {r["full_name"]: r for r in all_records()}


def dump() -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (the search index included): "nothing changed" means this."""
    tables = [r[0] for r in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'contact_fts_%' ORDER BY name")]
    return {t: sorted(db.execute_sql(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


# --------------------------------------------------------------------------- the corpus


def test_every_corpus_file_imports_or_is_reported(db_path: Path) -> None:
    files = corpus_files()
    result = importer.run_import(files)
    assert result.new_count > 100
    # What could not be read is reported one line each, FILE:LINE: reason, never raised.
    for line in [*result.unreadable, *(str(e) for e in result.rejected)]:
        path, lineno, reason = line.split(":", 2)
        assert Path(path).is_file() and lineno.isdigit() and reason.strip()
        assert "\n" not in line
    assert "vcard-samples-license.txt" in " ".join(result.unreadable)
    assert result.files_read + len(result.unreadable) == len(files)
    assert len(all_records()) == result.new_count


# Values from shared/vcards/real/EXPECTED.md, as `rapport list --json` shows them.
EXPECTED: dict[str, list[dict[str, Any]]] = {
    "ez-vcard/John_Doe_EVOLUTION.vcf": [{
        "full_name": "Mr. John Richter, James Doe Sr.", "family_name": "Doe",
        "given_name": "John", "organization": "IBM", "title": "Money Counter",
        "emails": ["john.doe@ibm.com"], "phones": ["905-666-1234", "905-555-1234"],
        "tags": ["VIP"], "birthday": "1980-03-22", "uid": "477343c8e6bf375a9bac1f96a5000837",
        "addresses": [{"street": "15 Crescent moon drive", "locality": "Albaney",
                       "region": "New York", "postal_code": "12345",
                       "country": "United States of America"}],
    }],
    "ez-vcard/gmail-list.vcf": [
        {"full_name": "Arnold Smith", "family_name": "Smith", "given_name": "Arnold",
         "emails": ["asmithk@gmail.com"]},
        {"full_name": "Chris Beatle", "emails": ["chrisy55d@yahoo.com"]},
        {"full_name": "Doug White", "emails": ["dwhite@gmail.com"]},
    ],
    "ez-vcard/rfc6350-example.vcf": [{
        "full_name": "Simon Perreault", "family_name": "Perreault", "given_name": "Simon",
        "birthday": "--02-03", "organization": "Viagenie", "urls": ["http://nomis80.org"],
        "emails": ["simon.perreault@viagenie.ca"],
    }],
    "ez-vcard/thunderbird-MoreFunctionsForAddressBook-extension.vcf": [{
        "full_name": "John Doe", "tags": ["category1, category2, category3"],
        "birthday": "1970-09-21", "title": "TheTitle", "organization": "TheOrganization",
        "note": "This is the notes field.\nSecond Line\n\nFourth Line\nYou can put anything "
                "in the \"note\" field; even curse words.",
        "has_photo": True,
    }],
    "ez-vcard/John_Doe_IPHONE.vcf": [{
        "full_name": "Mr. John Richter James Doe Sr.", "birthday": "2012-06-06",
        "urls": ["http://www.ibm.com"], "has_photo": True,
    }],
    "android-vcard/v21_japanese_3.vcf": [{
        "full_name": "伊能 圭一 伊予", "family_name": "伊能", "given_name": "圭一",
    }],
    "android-vcard/v30_pause_wait.vcf": [{"full_name": "Pause Wait",
                                          "phones": ["p1234p5678w9"]}],
    "vcard4android/vcard4.vcf": [{"birthday": "--04-16"}],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_values_land_in_the_database(db_path: Path, name: str) -> None:
    result = importer.run_import([REAL_VCARDS / name])
    assert not result.unreadable
    got = all_records()
    assert len(got) == len(EXPECTED[name])
    for want, record in zip(EXPECTED[name], got, strict=True):
        for key, value in want.items():
            assert record[key] == value, (name, key)


def test_iphone_photo_bytes_and_labels_survive(db_path: Path) -> None:
    importer.run_import([REAL_VCARDS / "ez-vcard" / "John_Doe_IPHONE.vcf"])
    cid = ContactId(all_records()[0]["id"])
    photo = contacts.get_photo(cid)
    assert photo is not None and len(photo[0]) == 32531 and photo[1] == "image/jpeg"
    detail = contacts.get_contact(cid)
    assert detail is not None
    assert [p.label for p in detail.fields.phones][-1] == "AssistantPhone"
    assert detail.fields.urls[0].label == "HomePage"


# --------------------------------------------------------------------------- preview


def test_preview_writes_nothing_and_says_why(tmp_path: Path, sample_contacts: dict[str, Any]
                                             ) -> None:
    before = dump()
    path = write(tmp_path, "in.vcf",
                 card("FN:Ana S.", "EMAIL:ANA@lumen.example"),
                 card("FN:New Person", "EMAIL:new@example.org"),
                 card("FN:New Person", "EMAIL:new@example.org", "TEL:+1 555 010 9999"),
                 card(),  # empty: rejected
                 )
    preview = importer.preview_import([path])
    assert dump() == before
    actions = [(c.display_name, c.action) for c in preview.cards]
    assert actions == [("Ana S.", Action.MERGE), ("New Person", Action.NEW),
                       ("New Person", Action.MERGE)]
    ana = preview.cards[0]
    assert ana.match_id == sample_contacts["ana"] and ana.match_name == "Ana Silva"
    assert "e-mail" in ana.reason
    assert preview.cards[2].match_id is None and "in.vcf:" in preview.cards[2].reason
    assert (preview.new_count, preview.merge_count, preview.rejected_count) == (1, 2, 1)
    assert str(preview.rejected[0]).startswith(f"{path}:")


def test_unreadable_files_are_reported_not_raised(tmp_path: Path, db_path: Path) -> None:
    good = write(tmp_path, "good.vcf", card("FN:Good One"))
    binary = tmp_path / "photo.vcf"
    binary.write_bytes(bytes(range(256)) * 10)
    empty = write(tmp_path, "empty.vcf")
    result = importer.run_import([good, binary, empty, tmp_path / "missing.vcf"])
    assert result.new_count == 1 and result.files_read == 1
    assert len(result.unreadable) == 3
    assert all(line.count("\n") == 0 and ":1: " in line for line in result.unreadable)
    assert [r["full_name"] for r in all_records()] == ["Good One"]


# --------------------------------------------------------------------------- duplicates


def test_same_uid_merges_and_fills_empty_fields_only(tmp_path: Path, db_path: Path) -> None:
    importer.run_import([write(tmp_path, "a.vcf", card(
        "UID:abc-1", "FN:Kim Lee", "TITLE:Engineer", "EMAIL:kim@a.example",
        "CATEGORIES:Climbing"))])
    result = importer.run_import([write(tmp_path, "b.vcf", card(
        "UID:abc-1", "FN:Kimberly Lee", "TITLE:Manager", "ORG:Acme", "EMAIL:kim@b.example",
        "CATEGORIES:climbing,Books", "NOTE:Met at the fair"))])
    assert (result.new_count, result.merged_count) == (0, 1)
    (kim,) = all_records()
    assert kim["full_name"] == "Kim Lee"  # what the user had stays
    assert kim["title"] == "Engineer"
    assert kim["organization"] == "Acme"  # empty fields are filled
    assert kim["note"] == "Met at the fair"
    assert kim["emails"] == ["kim@a.example", "kim@b.example"]
    assert kim["tags"] == ["Books", "Climbing"]


def test_same_email_merges_case_insensitively(tmp_path: Path,
                                              sample_contacts: dict[str, Any]) -> None:
    result = importer.run_import([write(tmp_path, "a.vcf", card(
        "FN:Ana Silva-Ferreira", "EMAIL:Ana@Lumen.Example", "TEL:+351 21 000 0000"))])
    assert (result.new_count, result.merged_count) == (0, 1)
    ana = by_name()["Ana Silva"]
    assert ana["phones"] == ["+44 20 7946 0018", "+351 21 000 0000"]
    assert ana["emails"] == ["ana@lumen.example"]


def test_same_name_and_number_written_nationally_merges(tmp_path: Path,
                                                        sample_contacts: dict[str, Any]) -> None:
    # Ana's number is stored as +44 20 7946 0018; a UK phone writes it 020 7946 0018. The
    # card's address says the number is British.
    path = write(tmp_path, "a.vcf", card(
        "FN:Ana Silva", "TEL;TYPE=CELL:020 7946 0018", "TITLE:Founder",
        "ADR;TYPE=HOME:;;1 High Street;London;;N1 1AA;United Kingdom"))
    (preview,) = importer.preview_import([path]).cards
    assert preview.action is Action.MERGE
    assert preview.reason == "same name and phone +44 20 7946 0018"
    result = importer.run_import([path])
    assert (result.new_count, result.merged_count) == (0, 1)
    assert by_name()["Ana Silva"]["phones"] == ["+44 20 7946 0018"]  # one number, not two


def test_a_national_number_takes_the_users_region_when_the_card_names_none(
        tmp_path: Path, sample_contacts: dict[str, Any]) -> None:
    phones.set_user_region("GB")
    path = write(tmp_path, "a.vcf", card("FN:Ana Silva", "TEL:020 7946 0018"))
    (preview,) = importer.preview_import([path]).cards
    assert preview.reason == "same name and phone 020 7946 0018"  # shown as a Briton would
    assert importer.run_import([path]).merged_count == 0  # nothing new: unchanged
    assert len(by_name()) == len(sample_contacts) - 1  # no second Ana


def test_the_family_landline_never_merges_two_people(tmp_path: Path, db_path: Path) -> None:
    """Issue 11: Anna Berg and Lars Berg share their family's landline."""
    importer.run_import([write(tmp_path, "anna.vcf", card(
        "FN:Anna Berg", "N:Berg;Anna;;;", "EMAIL:anna@berg.example",
        "TEL;TYPE=HOME:+46 8 123 456 78"))])
    lars = write(tmp_path, "lars.vcf", card(
        "FN:Lars Berg", "N:Berg;Lars;;;", "EMAIL:lars@berg.example",
        "TEL;TYPE=HOME:08-123 456 78",
        "ADR;TYPE=HOME:;;Storgatan 1;Stockholm;;111 22;Sverige"))
    (preview,) = importer.preview_import([lars]).cards
    assert preview.action is Action.NEW
    assert preview.note == ("shares +46 8 123 456 78 with Anna Berg; not merged: "
                            "different names")
    result = importer.run_import([lars])
    assert (result.new_count, result.merged_count) == (1, 0)
    people = by_name()
    assert people["Anna Berg"]["emails"] == ["anna@berg.example"]
    assert people["Lars Berg"]["emails"] == ["lars@berg.example"]
    # Both numbers are one number in E.164, as written by each.
    assert sorted(r[0] for r in db.execute_sql("SELECT e164 FROM phone")) == [
        "+46812345678", "+46812345678"]


def test_the_family_landline_in_one_file_never_merges(tmp_path: Path, db_path: Path) -> None:
    result = importer.run_import([write(
        tmp_path, "family.vcf",
        card("FN:Anna Berg", "N:Berg;Anna;;;", "TEL:+46 8 123 456 78"),
        card("FN:Lars Berg", "N:Berg;Lars;;;", "TEL:+46 8 123 456 78"),
        # The same name and number, but two sets of e-mail addresses: two people.
        card("FN:Lars Berg", "N:Berg;Lars;;;", "TEL:+46 8 123 456 78", "EMAIL:lars@a.example"),
        card("FN:Lars Berg", "N:Berg;Lars;;;", "TEL:+46 8 123 456 78", "EMAIL:lars@b.example"),
    )])
    assert result.new_count == 3
    assert result.merged_count == 1  # the e-mail of the first Lars card's twin
    assert sorted(r["full_name"] for r in all_records()) == ["Anna Berg", "Lars Berg",
                                                             "Lars Berg"]


def test_a_dutch_mobile_never_merges_with_a_french_one(tmp_path: Path, db_path: Path) -> None:
    """Issue 11: 06 12345678 (Dutch) and +33 6 12 34 56 78 (French) are two numbers."""
    importer.run_import([write(tmp_path, "fr.vcf", card(
        "FN:Sam Martin", "TEL;TYPE=CELL:+33 6 12 34 56 78", "EMAIL:sam@exemple.fr"))])
    dutch = [
        # The address says Dutch, whatever the user's region.
        card("FN:Sam Martin", "TEL;TYPE=CELL:06 12345678", "ADR:;;Dam 1;Amsterdam;;1012;Nederland"),
        # Another number of the card says Dutch.
        card("FN:Sam Martin", "TEL;TYPE=CELL:06 12345678", "TEL;TYPE=WORK:+31 20 123 4567"),
    ]
    phones.set_user_region("FR")  # a French user: still, the card says Dutch
    for i, text in enumerate(dutch):
        (preview,) = importer.preview_import([write(tmp_path, f"nl{i}.vcf", text)]).cards
        assert preview.action is Action.NEW, text
    # A Dutch user's phone writes it without a country: the user's region places it.
    phones.set_user_region("NL")
    plain = card("FN:Sam Martin", "TEL:06 12345678")
    (preview,) = importer.preview_import([write(tmp_path, "plain.vcf", plain)]).cards
    assert preview.action is Action.NEW
    # Nobody says where it is from: it cannot be placed, so it matches nothing.
    phones.set_user_region("")
    (preview,) = importer.preview_import([write(tmp_path, "plain.vcf", plain)]).cards
    assert preview.action is Action.NEW
    # The Dutch cards are one person (same name, same Dutch number); the French one another.
    phones.set_user_region("FR")
    result = importer.run_import([write(tmp_path, "nl.vcf", *dutch)])
    assert (result.new_count, result.merged_count) == (1, 1)
    assert [(r["full_name"], r["phones"]) for r in all_records()] == [
        ("Sam Martin", ["+33 6 12 34 56 78"]),
        ("Sam Martin", ["06 12345678", "+31 20 123 4567"]),
    ]
    assert db.execute_sql("SELECT e164 FROM phone WHERE number = '06 12345678'").fetchall() == [
        ("+31612345678",)]


def test_a_shared_number_never_merges_different_given_names_or_emails(
        tmp_path: Path, db_path: Path) -> None:
    importer.run_import([write(tmp_path, "a.vcf", card(
        "FN:J. Berg", "N:Berg;Julia;;;", "TEL:+46 8 123 456 78"))])
    result = importer.run_import([write(
        tmp_path, "b.vcf",
        card("FN:J. Berg", "N:Berg;Jonas;;;", "TEL:+46 8 123 456 78"),  # another given name
    )])
    assert (result.new_count, result.merged_count) == (1, 0)


def test_short_or_different_numbers_do_not_merge(tmp_path: Path,
                                                 sample_contacts: dict[str, Any]) -> None:
    importer.run_import([write(tmp_path, "a.vcf",
                               card("FN:Short One", "TEL:123456"),
                               card("FN:Short Two", "TEL:123456"),
                               card("FN:Other Number", "TEL:020 7946 0019"))])
    names = set(by_name())
    assert {"Short One", "Short Two", "Other Number", "Ana Silva"} <= names


def test_a_name_alone_never_merges(tmp_path: Path, sample_contacts: dict[str, Any]) -> None:
    # Nothing conflicts, nothing confirms: a possible duplicate for the user to decide
    # (Find Duplicates), never a merge.
    result = importer.run_import([write(tmp_path, "a.vcf", card("FN:Bo Chen", "TITLE:Partner"))])
    assert (result.new_count, result.merged_count) == (1, 0)
    assert sorted(r["title"] for r in all_records() if r["full_name"] == "Bo Chen") == [
        "", "Partner"]


def test_the_same_card_without_a_uid_imports_once(tmp_path: Path, db_path: Path) -> None:
    # Google and Android export no UID: the same card is recognised by what it says.
    path = write(tmp_path, "a.vcf", card("FN:Only A Name", "NOTE:nothing else"),
                 card("FN:Only A Name", "NOTE:something else"))
    assert importer.run_import([path]).new_count == 2
    again = importer.run_import([path])
    assert (again.new_count, again.merged_count, again.unchanged_count) == (0, 0, 2)
    (first, _second) = importer.preview_import([path]).cards
    assert first.reason == "same card"


def test_keep_both_and_skip_policies(tmp_path: Path, sample_contacts: dict[str, Any]) -> None:
    path = write(tmp_path, "a.vcf",
                 card("FN:Ana Again", "EMAIL:ana@lumen.example"),
                 card("FN:Bo Again", "EMAIL:bo@harbor.example"),
                 card("FN:Brand New", "EMAIL:brand@new.example"))
    preview = importer.preview_import([path])
    keys = [c.key for c in preview.cards]
    result = importer.run_import(preview, {keys[0]: Policy.KEEP_BOTH, keys[1]: Policy.SKIP})
    assert (result.new_count, result.merged_count, result.skipped_count) == (2, 0, 1)
    names = [r["full_name"] for r in all_records()]
    assert "Ana Again" in names and "Ana Silva" in names
    assert "Bo Again" not in names and "Brand New" in names
    assert by_name()["Bo Chen"]["full_name"] == "Bo Chen"


def test_duplicates_inside_one_file_fold_together(tmp_path: Path, db_path: Path) -> None:
    result = importer.run_import([write(
        tmp_path, "a.vcf",
        card("FN:Rae Park", "EMAIL:rae@example.org"),
        card("FN:Rae Park", "EMAIL:RAE@example.org", "TEL:+1 212 555 0100"),
        # Two entries of one address book with their own UIDs stay two people.
        card("UID:u-1", "FN:Sam Jones", "TEL:+1 212 555 0199"),
        card("UID:u-2", "FN:Sam Jones", "TEL:+1 212 555 0199"),
    )])
    assert result.new_count == 3
    rae = by_name()["Rae Park"]
    assert rae["phones"] == ["+1 212 555 0100"]
    assert [r["full_name"] for r in all_records()].count("Sam Jones") == 2


# --------------------------------------------------------------------------- twice, cancel


def test_importing_the_same_files_twice_changes_nothing(db_path: Path) -> None:
    files = corpus_files()
    importer.run_import(files)
    before = dump()
    again = importer.run_import(files)
    assert dump() == before
    assert (again.new_count, again.merged_count, again.batch_id) == (0, 0, None)
    assert again.unchanged_count > 100


def many_cards(n: int) -> list[str]:
    return [card(f"FN:Person {i}", f"EMAIL:p{i}@example.org", f"TEL:+1 415 555 {i:04d}",
                 "CATEGORIES:Bulk") for i in range(n)]


def test_cancel_rolls_everything_back(tmp_path: Path, sample_contacts: dict[str, Any]) -> None:
    first = write(tmp_path, "first.vcf", card("FN:First File", "EMAIL:ana@lumen.example",
                                              "TEL:+1 415 555 9999"))
    big = write(tmp_path, "big.vcf", *many_cards(4000))
    before = dump()
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 3  # cancel on the third report, part-way through

    with pytest.raises(ImportCancelled):
        importer.run_import([first, big], progress=progress)
    assert calls[-1][0] < calls[-1][1]
    assert dump() == before
    assert importer.last_batch() is None


def test_progress_reaches_the_total(tmp_path: Path, db_path: Path) -> None:
    big = write(tmp_path, "big.vcf", *many_cards(500))
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    importer.run_import([big], progress=progress)
    assert calls and calls[-1][0] == calls[-1][1]
    assert [d for d, _t in calls] == sorted(d for d, _t in calls)


# --------------------------------------------------------------------------- undo


def test_undo_import_removes_new_contacts_and_reverses_merges(
        tmp_path: Path, sample_contacts: dict[str, Any]) -> None:
    ana_before = by_name()["Ana Silva"]
    path = write(tmp_path, "a.vcf",
                 card("FN:Ana", "EMAIL:ana@lumen.example", "TEL:+351 21 000 0000",
                      "BDAY:1990-01-02", "CATEGORIES:Sailing", "X-CUSTOM:kept"),
                 card("FN:Newcomer", "EMAIL:newcomer@example.org", "CATEGORIES:Sailing"))
    result = importer.run_import([path])
    assert result.batch_id is not None
    batch = importer.last_batch()
    assert batch is not None and batch.id == result.batch_id
    assert (batch.new_count, batch.merged_count, batch.contact_count) == (1, 1, 1)
    assert by_name()["Ana Silva"]["birthday"] == "1990-01-02"

    changes = importer.undo_import(result.batch_id)
    assert ContactId(sample_contacts["ana"]) in changes.contacts
    names = by_name()
    assert "Newcomer" not in names
    assert names["Ana Silva"] == ana_before
    tag_names = [r[0] for r in db.execute_sql("SELECT name FROM tag")]
    assert "Sailing" not in tag_names
    assert importer.last_batch() is None


def test_undo_of_an_import_from_an_earlier_session_reverses_its_merges_too(
        tmp_path: Path, sample_contacts: dict[str, Any], db_path: Path) -> None:
    ana_before = by_name()["Ana Silva"]
    path = write(tmp_path, "a.vcf",
                 card("FN:Ana", "EMAIL:ana@lumen.example", "TEL:+351 21 000 0000"),
                 card("FN:Newcomer", "EMAIL:newcomer@example.org"))
    result = importer.run_import([path])
    assert result.batch_id is not None
    close_database()  # the app was closed; the history is in the file
    open_database(db_path)
    importer.undo_import(result.batch_id)
    names = by_name()
    assert "Newcomer" not in names
    assert names["Ana Silva"] == ana_before


def test_undo_leaves_a_later_user_edit_alone(tmp_path: Path,
                                             sample_contacts: dict[str, Any]) -> None:
    result = importer.run_import([write(tmp_path, "a.vcf", card(
        "FN:Ana", "EMAIL:ana@lumen.example", "BDAY:1990-01-02"))])
    ana = ContactId(sample_contacts["ana"])
    detail = contacts.get_contact(ana)
    assert detail is not None
    contacts.update_contact(ana, ContactFields(**{**detail.fields.__dict__,
                                                  "birthday": "1991-05-06"}))
    assert result.batch_id is not None
    importer.undo_import(result.batch_id)
    assert by_name()["Ana Silva"]["birthday"] == "1991-05-06"


def test_merge_does_not_replace_the_users_photo(tmp_path: Path, db_path: Path) -> None:
    cid, _ = contacts.create_contact(ContactFields(
        full_name="Photo Person", emails=(LabeledValue("pp@example.org"),)))
    contacts.set_photo(cid, b"\x89PNG mine", "image/png")
    importer.run_import([write(tmp_path, "a.vcf", card(
        "FN:Photo Person", "EMAIL:pp@example.org", "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ"))])
    assert contacts.get_photo(cid) == (b"\x89PNG mine", "image/png")


def test_rapport_fields_import(tmp_path: Path, db_path: Path) -> None:
    importer.run_import([write(tmp_path, "a.vcf", card(
        "FN:Dana Wu", "X-RAPPORT-STAGE:trusted", "X-RAPPORT-KEEP-IN-TOUCH-DAYS:30",
        "X-RAPPORT-HOW-WE-MET:Climbing gym", "X-RAPPORT-MET-ON:2024-05-01",
        "X-RAPPORT-FUTURE:something new"))])
    cid = ContactId(all_records()[0]["id"])
    detail = contacts.get_contact(cid)
    assert detail is not None
    f = detail.fields
    assert (f.stage, f.keep_in_touch_days, f.how_we_met, str(f.met_on)) == (
        "trusted", 30, "Climbing gym", "2024-05-01")


def test_hostile_cards_import_without_losing_anything(tmp_path: Path, db_path: Path) -> None:
    photo = b"\xff\xd8\xff\xe0" + bytes(5_000_000)
    path = write(
        tmp_path, "hostile.vcf",
        card("FN:Many Tags", "CATEGORIES:" + ",".join(f"tag{i}" for i in range(10_000))),
        card("FN:Big Photo", "PHOTO;ENCODING=b;TYPE=JPEG:"
             + __import__("base64").b64encode(photo).decode("ascii")),
        card("FN:Boss", "AGENT:BEGIN:VCARD\\nFN:Assistant\\nEND:VCARD", "a line with no colon",
             "PHOTO;ENCODING=b:!!!not base64!!!"),
    )
    result = importer.run_import([path])
    assert result.new_count == 3 and not result.unreadable
    got = by_name()
    # Issue 13: the first 500 categories become tags; the rest is reported with its line.
    assert len(got["Many Tags"]["tags"]) == 500
    assert f"{path}:4: card has more than 500 categories; the rest were skipped" in [
        str(w) for w in result.warnings]
    big = contacts.get_photo(ContactId(got["Big Photo"]["id"]))
    assert big is not None and big[0] == photo
    assert got["Boss"]["has_photo"] is False
    # The broken photo and the AGENT are kept verbatim for export.
    extra = db.execute_sql("SELECT vcard_extra FROM contact WHERE full_name = 'Boss'"
                           ).fetchone()[0]
    assert "AGENT" in extra and "not base64" in extra


# --------------------------------------------------------------------------- big files


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Write every 5 cards and read files 1 KB at a time, as a 50 MB import does at scale."""
    monkeypatch.setattr(importer, "_CARDS_PER_WRITE", 5)
    monkeypatch.setattr(stream, "BLOCK_SIZE", 1024)


def test_a_file_is_written_in_chunks_and_later_duplicates_still_merge(
        tmp_path: Path, db_path: Path, small_chunks: None) -> None:
    phones.set_user_region("US")
    cards = many_cards(40)
    # Long after their first cards were written and let go of: the same e-mail, and the
    # same name with the national spelling of an international number, fold into the
    # contacts written.
    cards.append(card("FN:P. Three", "EMAIL:P3@example.org", "TITLE:Pilot"))
    cards.append(card("FN:Person 7", "TEL:(415) 555-0007", "NOTE:same phone as Person 7"))
    result = importer.run_import([write(tmp_path, "big.vcf", *cards)])
    assert (result.new_count, result.merged_count) == (40, 2)
    people = by_name()
    assert len(people) == 40
    assert people["Person 3"]["title"] == "Pilot"
    assert people["Person 7"]["note"] == "same phone as Person 7"


def test_a_namesake_with_the_same_number_but_another_firm_stays_apart_after_chunks(
        tmp_path: Path, db_path: Path, small_chunks: None) -> None:
    """What rule 3 compares of a card written chunks ago (its given name, organisation,
    birthday) is what its card said: a later card of the same name and number merges when
    nothing contradicts, and stays apart when its organisation or given name does."""
    phones.set_user_region("US")
    cards = [card("FN:Kim Lee", "N:Lee;Kim;;;", "ORG:Acme", "BDAY:1980-02-03",
                  "TEL:+1 415 555 0100"), *many_cards(20),
             card("FN:Kim Lee", "N:Lee;Kim;;;", "ORG:Other Firm", "TEL:(415) 555-0100",
                  "NOTE:other firm"),
             card("FN:Kim Lee", "N:Lee;Kimberly;;;", "TEL:(415) 555-0100", "NOTE:other name"),
             card("FN:Kim Lee", "ORG:ACME", "BDAY:1980-02-03", "TEL:(415) 555-0100",
                  "NOTE:the same Kim")]
    result = importer.run_import([write(tmp_path, "big.vcf", *cards)])
    assert (result.new_count, result.merged_count) == (23, 1)
    notes = sorted((r[0], r[1] or "", r[2] or "") for r in db.execute_sql(
        "SELECT organization, given_name, note FROM contact WHERE full_name = 'Kim Lee'"))
    assert notes == [("", "Kimberly", "other name"), ("Acme", "Kim", "the same Kim"),
                     ("Other Firm", "Kim", "other firm")]


def test_cancel_after_chunks_were_written_rolls_them_back(
        tmp_path: Path, sample_contacts: dict[str, Any], small_chunks: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Report on every step, not every 50 ms: on a fast machine the timed reports can all
    # fall before the first chunk is written, and the test would not test the rollback.
    monkeypatch.setattr(importer, "_PROGRESS_SECONDS", 0.0)
    before = dump()
    written: list[int] = []

    start = db.execute_sql("SELECT count(*) FROM contact").fetchone()[0]

    def progress(done: int, total: int) -> bool:
        # Cancel at the first report that finds written chunks (the last report comes
        # before the commit, so there always is one): deterministic whatever the timing.
        written.append(db.execute_sql("SELECT count(*) FROM contact").fetchone()[0])
        return written[-1] == start

    with pytest.raises(ImportCancelled):
        importer.run_import([write(tmp_path, "big.vcf", *many_cards(3000))], progress=progress)
    assert written[-1] > len(sample_contacts)  # chunks had been written when it was cancelled
    assert dump() == before


def test_undo_reverses_a_contact_merged_in_two_chunks(
        tmp_path: Path, sample_contacts: dict[str, Any], small_chunks: None) -> None:
    ana_before = by_name()["Ana Silva"]
    path = write(tmp_path, "a.vcf",
                 card("FN:Ana", "EMAIL:ana@lumen.example", "TEL:+351 21 000 0000",
                      "X-FIRST:one"),
                 *many_cards(12),
                 card("FN:Ana", "EMAIL:ana@lumen.example", "BDAY:1990-01-02", "X-SECOND:two"))
    result = importer.run_import([path])
    assert (result.new_count, result.merged_count, result.merged_ids) == (
        12, 2, (ContactId(sample_contacts["ana"]),))
    assert result.batch_id is not None
    importer.undo_import(result.batch_id)
    assert by_name()["Ana Silva"] == ana_before
    extra = db.execute_sql("SELECT vcard_extra FROM contact WHERE id = ?",
                           (sample_contacts["ana"],)).fetchone()[0]
    assert "X-FIRST" not in (extra or "") and "X-SECOND" not in (extra or "")


def test_rejected_cards_of_a_big_file_keep_their_file_line(
        tmp_path: Path, db_path: Path, small_chunks: None) -> None:
    cards = many_cards(30)
    cards[25] = "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nobody\r\nEND:VCARD\r\n"
    path = write(tmp_path, "big.vcf", *cards)
    result = importer.run_import([path])
    assert result.new_count == 29
    assert [f"{e.source}:{e.line}" for e in result.rejected] == [f"{path}:{1 + 25 * 7}"]


def test_a_contact_merged_across_chunks_gets_every_value_and_undoes_whole(
        tmp_path: Path, sample_contacts: dict[str, Any]) -> None:
    """Cards for one existing contact spread over several write chunks (1,000 cards each):
    the contact is written in the first and held merged until the file's end (issue 18);
    every value lands, the search finds the last, and undo gives the contact back as it
    was."""
    ana_before = by_name()["Ana Silva"]
    path = write(tmp_path, "a.vcf", *(
        card("FN:Ana", "EMAIL:ana@lumen.example", f"EMAIL:ana{i}@spread.example")
        for i in range(2_500)))
    result = importer.run_import([path])
    assert result.new_count == 0
    emails = set(by_name()["Ana Silva"]["emails"])
    assert {f"ana{i}@spread.example" for i in range(2_500)} <= emails
    found = db.execute_sql(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} "
                           "MATCH ?", (search.build_match("ana2499"),)).fetchall()
    assert found == [(sample_contacts["ana"],)]
    assert result.batch_id is not None
    importer.undo_import(result.batch_id)
    assert by_name()["Ana Silva"] == ana_before
