"""Three-way merge per field against the last synced card (issue 12), what never leaves the
machine, and year-less birthdays, against Radicale and Xandikos."""

from __future__ import annotations

from desktop.models import db
from desktop.services import contacts, tags
from desktop.services.sync import engine
from desktop.services.sync.engine import sync_account
from desktop.services.types import ContactFields, ContactId, LabeledValue
from tests.sync.servers import DavServer
from tests.sync.test_sync import find_card


def fields_of(cid: ContactId) -> ContactFields:
    detail = contacts.get_contact(cid)
    assert detail is not None
    return detail.fields


def edit(cid: ContactId, **changes: object) -> None:
    contacts.update_contact(cid, ContactFields(**{**fields_of(cid).__dict__, **changes}))


def phone_edit(dav: DavServer, book: str, name: str, old: str, new: str) -> None:
    href, text = find_card(dav, book, name)
    assert old in text, text
    dav.put(href, text.replace(old, new))


def test_deletions_on_the_phone_stay_deleted_and_our_edit_stays(
        dav: DavServer, dav_book: str, dav_account: int) -> None:
    ana, _ = contacts.create_contact(ContactFields(
        full_name="Ana Silva", given_name="Ana", family_name="Silva", title="CTO",
        phones=(LabeledValue("+44 20 7946 0018", "cell"), LabeledValue("+44 20 7946 0099",
                                                                      "work")),
        tags=("Running", "Jazz")))
    assert sync_account(dav_account).uploaded == 1
    # The phone deletes the work number and the Jazz tag...
    href, text = find_card(dav, dav_book, "Ana Silva")
    lines = [x for x in text.split("\r\n") if "0099" not in x]
    text = "\r\n".join(lines).replace("Jazz,Running", "Running").replace("Running,Jazz",
                                                                          "Running")
    dav.put(href, text)
    # ...while Rapport changes the title (a field the phone did not touch).
    edit(ana, title="CEO")
    result = sync_account(dav_account)
    assert result.error is None and result.conflicts == 0
    now = fields_of(ana)
    assert [p.value for p in now.phones] == ["+44 20 7946 0018"]  # not resurrected
    assert sorted(now.tags) == ["Running"]
    assert now.title == "CEO"  # not replaced by the old value
    server = find_card(dav, dav_book, "Ana Silva")[1]
    assert "TITLE:CEO" in server and "0099" not in server and "Jazz" not in server
    assert engine.conflicts() == []
    assert sync_account(dav_account).summary() == "everything was already in step"


def test_a_field_deleted_on_the_phone_is_a_change(dav: DavServer, dav_book: str,
                                                  dav_account: int) -> None:
    bo, _ = contacts.create_contact(ContactFields(full_name="Bo Chen", organization="Harbor",
                                                  note="Met at the harbour"))
    sync_account(dav_account)
    phone_edit(dav, dav_book, "Bo Chen", "NOTE:Met at the harbour\r\n", "")
    edit(bo, organization="Harbor & Co")
    assert sync_account(dav_account).error is None
    now = fields_of(bo)
    assert now.note in (None, "") and now.organization == "Harbor & Co"


def test_only_the_same_field_changed_differently_is_a_conflict(
        dav: DavServer, dav_book: str, dav_account: int) -> None:
    zoe, _ = contacts.create_contact(ContactFields(full_name="Zoë Müller", title="Chef",
                                                  organization="Café"))
    sync_account(dav_account)
    phone_edit(dav, dav_book, "Zoë Müller", "TITLE:Chef", "TITLE:Head chef")
    edit(zoe, title="Owner", organization="Café Zürich")
    result = sync_account(dav_account)
    assert result.error is None and result.conflicts == 1
    now = fields_of(zoe)
    assert now.title == "Head chef"  # the server's value is applied...
    assert now.organization == "Café Zürich"  # ...our other change stays
    [kept] = engine.conflicts(zoe)
    assert [(f.label, f.mine, f.theirs) for f in kept.fields] == [("Title", "Owner",
                                                                   "Head chef")]
    assert engine.conflict_differences(kept.id) == (("Title", "Owner", "Head chef"),)
    engine.restore_conflict(kept.id)
    now = fields_of(zoe)
    assert now.title == "Owner" and now.organization == "Café Zürich"
    sync_account(dav_account)
    assert "TITLE:Owner" in find_card(dav, dav_book, "Zoë Müller")[1]


def test_topics_to_avoid_and_rapport_notes_never_reach_the_server(
        dav: DavServer, dav_book: str, dav_account: int) -> None:
    rita, _ = contacts.create_contact(ContactFields(
        full_name="Rita Lane", how_we_met="Her divorce party", tags=("Jazz", "Divorce",
                                                                     "Politics")))
    for name in ("Divorce", "Politics"):
        tag_id = tags.find_tag(name)
        assert tag_id is not None
        tags.update_tag(tag_id, category="avoid")
    db.execute_sql("UPDATE contact SET one_thing = 'Ask about the move' WHERE id = ?",
                   (rita,))
    sync_account(dav_account)
    _href, text = find_card(dav, dav_book, "Rita Lane")
    assert "Jazz" in text
    for secret in ("Divorce", "Politics", "divorce party", "Ask about the move"):
        assert secret not in text
    # The phone edits the card: the private data stays here, still private.
    phone_edit(dav, dav_book, "Rita Lane", "FN:Rita Lane", "FN:Rita Lane-Ho")
    sync_account(dav_account)
    now = fields_of(rita)
    assert now.full_name == "Rita Lane-Ho"
    assert sorted(now.tags) == ["Divorce", "Jazz", "Politics"]
    assert now.how_we_met == "Her divorce party"
    # A topic that was an interest and becomes a topic to avoid leaves the server.
    jazz = tags.find_tag("Jazz")
    assert jazz is not None
    tags.update_tag(jazz, category="avoid")
    assert sync_account(dav_account).updated_there == 1
    assert "Jazz" not in find_card(dav, dav_book, "Rita Lane-Ho")[1]


def test_year_less_birthdays_go_out_without_1604_for_4_0_and_come_back_without_a_year(
        dav: DavServer, dav_book: str, dav_account: int) -> None:
    contacts.create_contact(ContactFields(full_name="Three Oh", birthday="--07-14"))
    sync_account(dav_account)
    text = find_card(dav, dav_book, "Three Oh")[1]
    assert "BDAY;X-APPLE-OMIT-YEAR=1604:1604-07-14" in text
    four = ("BEGIN:VCARD\r\nVERSION:4.0\r\nUID:four-oh\r\nFN:Four Oh\r\nBDAY:--0301\r\n"
            "END:VCARD\r\n")
    dav.put(dav.path(dav_book, "four.vcf"), four)
    sync_account(dav_account)
    four_id = ContactId(db.execute_sql("SELECT id FROM contact WHERE full_name = 'Four Oh'"
                                       ).fetchone()[0])
    assert fields_of(four_id).birthday == "--03-01"
    edit(four_id, title="Cellist")  # goes back out as 4.0, still without a year
    sync_account(dav_account)
    text = (dav.get(dav.path(dav_book, "four.vcf")) or b"").decode()
    assert "BDAY:--0301" in text and "1604" not in text and "TITLE:Cellist" in text
    # Read back: no year on either.
    three_id = ContactId(db.execute_sql("SELECT id FROM contact WHERE full_name = 'Three Oh'"
                                        ).fetchone()[0])
    db.execute_sql("DELETE FROM sync_item")
    db.execute_sql("UPDATE sync_book SET sync_token = NULL, ctag = NULL")
    contacts.delete_contacts([three_id, four_id])
    sync_account(dav_account)
    births = dict(db.execute_sql("SELECT full_name, birthday FROM contact").fetchall())
    assert births == {"Three Oh": "--07-14", "Four Oh": "--03-01"}
