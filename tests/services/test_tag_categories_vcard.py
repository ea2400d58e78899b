"""Tag categories survive a vCard round trip (issue 11): groups and topics to avoid come back
as what they were, other apps see plain categories, topics to avoid never reach CATEGORIES,
and a phone's own groups import as groups, not interests."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.models import close_database, db, open_database
from desktop.services import contacts, exporter, importer, tags
from desktop.services.types import ContactFields, ContactId
from desktop.vcard.reference import vobject_parse


def categories() -> dict[str, str]:
    return {r[0]: r[1] for r in db.execute_sql("SELECT name, category FROM tag")}


def tag_names_of(name: str) -> set[str]:
    return {r[0] for r in db.execute_sql(
        "SELECT t.name FROM tag t JOIN contact_tag ct ON ct.tag_id = t.id "
        "JOIN contact c ON c.id = ct.contact_id WHERE c.full_name = ?", (name,))}


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_groups_and_topics_to_avoid_come_back_as_they_were(tmp_path: Path,
                                                           version: str) -> None:
    open_database(tmp_path / "a.sqlite3")
    try:
        cid, _ = contacts.create_contact(ContactFields(
            full_name="Rita Lane", tags=("Jazz", "Book club", "Religion")))
        for name, category in (("Book club", "group"), ("Religion", "avoid")):
            tag_id = tags.find_tag(name)
            assert tag_id is not None
            tags.update_tag(tag_id, category=category)
        out = tmp_path / "rita.vcf"
        exporter.export_vcards(out, ids=[ContactId(cid)], version=version)
    finally:
        close_database()
    text = out.read_text(encoding="utf-8")
    # Other apps: plain categories, and never the topic to avoid.
    [card] = vobject_parse(text)
    shown = [c for line in card.contents.get("categories", []) for c in line.value]
    assert sorted(shown) == ["Book club", "Jazz"]
    assert "Religion" not in text.split("X-RAPPORT-AVOID")[0]
    assert "X-RAPPORT-AVOID:Religion" in text and "X-RAPPORT-GROUP:Book club" in text

    open_database(tmp_path / "b.sqlite3")
    try:
        importer.run_import([out])
        assert tag_names_of("Rita Lane") == {"Jazz", "Book club", "Religion"}
        assert categories() == {"Jazz": "interest", "Book club": "group", "Religion": "avoid"}
    finally:
        close_database()


def test_android_groups_import_as_groups(db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "android.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Berg;Lars;;;\r\nFN:Lars Berg\r\n"
        b"TEL;CELL:+46 70 123 45 67\r\n"
        b"CATEGORIES:My Contacts,Starred in Android,Hiking\r\nEND:VCARD\r\n")
    importer.run_import([path])
    assert tag_names_of("Lars Berg") == {"My Contacts", "Starred in Android", "Hiking"}
    assert categories() == {"My Contacts": "group", "Starred in Android": "group",
                            "Hiking": "interest"}


def test_an_existing_tag_keeps_the_category_the_user_gave_it(db_path: Path,
                                                             tmp_path: Path) -> None:
    tag_id, _ = tags.create_tag("Family", category="avoid")
    path = tmp_path / "phone.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ola Nord\r\nN:Nord;Ola;;;\r\n"
                     b"CATEGORIES:Family\r\nEND:VCARD\r\n")
    importer.run_import([path])
    assert tags.get_tag(tag_id) is not None
    assert categories() == {"Family": "avoid"}


def test_an_import_undone_and_redone_brings_its_groups_back_as_groups(
        db_path: Path, tmp_path: Path) -> None:
    from desktop.services import history

    path = tmp_path / "android.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Berg;Lars;;;\r\nFN:Lars Berg\r\n"
        b"CATEGORIES:My Contacts,Hiking\r\nEND:VCARD\r\n")
    result = importer.run_import([path])
    assert result.batch_id is not None
    undone = importer.undo_import(result.batch_id)
    assert categories() == {}  # the tags it made went with it
    history.undo(undone.change_sets)  # redo
    assert tag_names_of("Lars Berg") == {"My Contacts", "Hiking"}
    assert categories() == {"My Contacts": "group", "Hiking": "interest"}
