"""Two-way sync against a real Radicale server: first sync, edits and deletes on each side,
conflicts, unknown properties, Rapport-only data, a server that dies mid-sync, a bad password."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop.models import db
from desktop.services import contacts, search
from desktop.services.sync import accounts, engine
from desktop.services.sync.engine import sync_account
from desktop.services.types import ContactFields, ContactId, LabeledValue
from tests.sync.servers import USER, DavServer, RadicaleServer


def card(uid: str, name: str, *, email: str = "", extra: str = "", note: str = "") -> str:
    given, _, family = name.partition(" ")
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"UID:{uid}", f"FN:{name}",
             f"N:{family};{given};;;"]
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if note:
        lines.append(f"NOTE:{note}")
    if extra:
        lines.append(extra)
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def names() -> list[str]:
    return [r[0] for r in db.execute_sql("SELECT full_name FROM contact ORDER BY full_name")]


def detail_of(cid: ContactId) -> ContactFields:
    detail = contacts.get_contact(cid)
    assert detail is not None
    return detail.fields


def contact_by_name(name: str) -> ContactId:
    row = db.execute_sql("SELECT id FROM contact WHERE full_name = ?", (name,)).fetchone()
    assert row is not None, f"{name} not in Rapport"
    return ContactId(row[0])


def server_cards(radicale: DavServer, book: str) -> dict[str, str]:
    """href -> vCard text of every card on the server."""
    return {h: (radicale.get(h) or b"").decode() for h in radicale.hrefs(book)}


def find_card(radicale: DavServer, book: str, text: str) -> tuple[str, str]:
    hits = [(h, c) for h, c in server_cards(radicale, book).items() if text in c]
    assert len(hits) == 1, f"{text!r} on the server {len(hits)} times"
    return hits[0]


def test_first_sync_of_1000_contacts_then_nothing_to_do(
        radicale: RadicaleServer, book: str, account: int) -> None:
    radicale.seed_files(book, {
        f"u{i}.vcf": card(f"u{i}", f"Person {i:04d}", email=f"p{i}@example.org")
        for i in range(1000)})
    start = time.perf_counter()
    result = sync_account(account)
    first = time.perf_counter() - start
    assert result.error is None
    assert result.created_here == 1000
    assert len(names()) == 1000
    ana = contact_by_name("Person 0042")
    assert detail_of(ana).emails[0].value == "p42@example.org"
    assert search.matching_ids("Person 0042") == {ana}
    again = sync_account(account)
    assert again.error is None
    assert again.summary() == "everything was already in step"
    assert len(radicale.hrefs(book)) == 1000  # nothing was uploaded back
    assert first < 30


def test_local_contacts_upload_and_edits_travel_both_ways(
        sample_contacts: dict[str, ContactId], dav: DavServer, dav_book: str,
        dav_account: int) -> None:
    result = sync_account(dav_account)
    assert result.error is None
    assert result.uploaded == 4  # ana, bo, zoe, markup; never the user's own profile
    href, text = find_card(dav, dav_book, "Ana Silva")
    assert "ana@lumen.example" in text and "Sam Rivera" not in str(server_cards(dav, dav_book))

    # Edit in Rapport -> reaches the server.
    contacts.update_contact(sample_contacts["ana"], ContactFields(
        full_name="Ana Silva", given_name="Ana", family_name="Silva",
        organization="Lumen Labs", title="CEO",
        emails=(LabeledValue("ana@lumen.example", "work"),)))
    result = sync_account(dav_account)
    assert result.updated_there == 1 and result.error is None
    assert "TITLE:CEO" in (dav.get(href) or b"").decode()

    # Edit on the server (a phone) -> reaches Rapport.
    _h, bo_text = find_card(dav, dav_book, "Bo Chen")
    dav.put(_h, bo_text.replace("bo@harbor.example", "bo@new.example"))
    result = sync_account(dav_account)
    assert result.updated_here == 1 and result.error is None
    emails = [e.value for e in detail_of(sample_contacts["bo"]).emails]
    assert emails == ["bo@new.example"]
    assert search.matching_ids("new.example") == {sample_contacts["bo"]}


def test_new_on_the_server_and_deletes_both_ways(
        sample_contacts: dict[str, ContactId], dav: DavServer, dav_book: str,
        dav_account: int) -> None:
    sync_account(dav_account)
    dav.put(dav.path(dav_book, "phone-1.vcf"), card("phone-1", "Pat Phone"))
    zoe_href, _ = find_card(dav, dav_book, "Zoë Müller")
    dav.delete(zoe_href)
    contacts.delete_contacts([sample_contacts["bo"]])
    result = sync_account(dav_account)
    assert result.error is None
    assert (result.created_here, result.deleted_here, result.deleted_there) == (1, 1, 1)
    assert "Pat Phone" in names() and "Zoë Müller" not in names()
    text = str(server_cards(dav, dav_book))
    assert "Bo Chen" not in text and "Pat Phone" in text
    assert sync_account(dav_account).summary() == "everything was already in step"


def test_deleted_on_server_but_with_history_here_is_kept(
        sample_contacts: dict[str, ContactId], dav: DavServer, dav_book: str,
        dav_account: int) -> None:
    sync_account(dav_account)
    ana = sample_contacts["ana"]
    db.execute_sql("INSERT INTO favor (contact_id, direction, kind, description, happened_on) "
                   "VALUES (?, 'given', 'advice', 'pitch deck', '2026-01-02')", (ana,))
    href, _ = find_card(dav, dav_book, "Ana Silva")
    dav.delete(href)
    result = sync_account(dav_account)
    assert result.kept == 1 and result.deleted_here == 0
    assert contacts.get_contact(ana) is not None
    # Kept here, not pushed back by the next sync.
    assert sync_account(dav_account).uploaded == 0
    assert "Ana Silva" not in str(server_cards(dav, dav_book))


def test_conflict_server_wins_and_local_version_is_kept(
        sample_contacts: dict[str, ContactId], dav: DavServer, dav_book: str,
        dav_account: int) -> None:
    sync_account(dav_account)
    ana = sample_contacts["ana"]
    href, text = find_card(dav, dav_book, "Ana Silva")
    dav.put(href, text.replace("TITLE:CTO", "TITLE:Chief Scientist"))
    contacts.update_contact(ana, ContactFields(
        full_name="Ana Silva", given_name="Ana", family_name="Silva",
        organization="Lumen Labs", title="Founder",
        emails=(LabeledValue("ana@lumen.example", "work"),
                LabeledValue("ana@home.example", "home"))))
    result = sync_account(dav_account)
    assert result.error is None and result.conflicts == 1
    detail = detail_of(ana)
    assert detail.title == "Chief Scientist"  # the server wins the field both changed
    assert "ana@home.example" in [e.value for e in detail.emails]  # our addition survives
    server = (dav.get(href) or b"").decode()
    assert "ana@home.example" in server and "Chief Scientist" in server
    kept = engine.conflicts(ana)
    assert len(kept) == 1 and "TITLE:Founder" in kept[0].local_vcard
    engine.restore_conflict(kept[0].id)
    assert detail_of(ana).title == "Founder"
    assert engine.conflicts(ana) == []
    sync_account(dav_account)
    assert "TITLE:Founder" in (dav.get(href) or b"").decode()


def test_unknown_properties_survive_and_rapport_data_stays_local(
        sample_contacts: dict[str, ContactId], dav: DavServer, dav_book: str,
        dav_account: int) -> None:
    dav.put(dav.path(dav_book, "x.vcf"), card(
        "x-1", "Xavi Extra", extra="X-PHONETIC-FIRST-NAME:Shah-vee\r\nitem1.X-ABDATE:2019-05-01"
        "\r\nitem1.X-ABLabel:_$!<Anniversary>!$_"))
    sync_account(dav_account)
    xavi = contact_by_name("Xavi Extra")
    db.execute_sql("INSERT INTO interaction (kind, happened_at, summary, notes) VALUES "
                   "('meeting', '2026-02-01 10:00', 'Lunch', 'Secret: changing jobs')")
    iid = db.execute_sql("SELECT max(id) FROM interaction").fetchone()[0]
    db.execute_sql("INSERT INTO interaction_participant (interaction_id, contact_id) "
                   "VALUES (?, ?)", (iid, xavi))
    db.execute_sql("INSERT INTO follow_up (contact_id, due_on, reason) VALUES "
                   "(?, '2026-03-01', 'Send the intro')", (xavi,))
    contacts.update_contact(xavi, ContactFields(full_name="Xavi Extra", given_name="Xavi",
                                                family_name="Extra", organization="Acme"))
    result = sync_account(dav_account)
    assert result.updated_there == 1
    text = (dav.get(dav.path(dav_book, "x.vcf")) or b"").decode()
    assert "ORG:Acme" in text
    assert "X-PHONETIC-FIRST-NAME:Shah-vee" in text
    assert "X-ABDATE:2019-05-01" in text and "Anniversary" in text
    assert "Secret" not in text and "Lunch" not in text and "Send the intro" not in text


def test_server_restart_mid_sync_leaves_db_consistent_and_next_sync_completes(
        tmp_path: Path, db_path: Path) -> None:
    server = RadicaleServer(tmp_path / "own-radicale")
    server.start()
    try:
        server.make_book("contacts")
        server.seed_files("contacts", {f"r{i}.vcf": card(f"r{i}", f"Resume {i:04d}")
                                       for i in range(600)})
        account_id = accounts.add_account(server.url, USER, "s3cret pass")
        from desktop.services.sync.carddav import AddressBook
        accounts.set_books(account_id, [AddressBook(server.book_url(), "contacts")],
                           {server.book_url()})
        stopped: list[bool] = []

        def progress(done: int, total: int) -> bool:
            if done >= 300 and not stopped:  # after the first chunks are in
                server.stop()
                stopped.append(True)
            return True

        result = sync_account(account_id, progress)
        assert stopped and result.error is not None
        assert "connection refused" in result.error or "closed the connection" in result.error
        kept = len(names())
        assert 0 < kept < 600
        linked = db.execute_sql("SELECT count(*) FROM sync_item WHERE contact_id IN "
                                "(SELECT id FROM contact)").fetchone()[0]
        assert linked == kept  # every contact that came in is linked: nothing half-written
        info = accounts.account(account_id)
        assert info is not None and accounts.status_text(info).startswith("Sync failed:")

        server.start()
        result = sync_account(account_id)
        assert result.error is None
        assert len(names()) == 600 and result.created_here == 600 - kept
        assert accounts.status_text(accounts.account(account_id)) == "Synced just now"
    finally:
        server.stop()


def test_wrong_password_is_one_clear_line(db_path: Path, radicale: RadicaleServer,
                                          book: str) -> None:
    from desktop.services.sync.carddav import AddressBook
    account_id = accounts.add_account(radicale.url, USER, "wrong")
    accounts.set_books(account_id, [AddressBook(radicale.book_url(book), book)],
                       {radicale.book_url(book)})
    result = sync_account(account_id)
    assert result.error == "the server refused the user name or password (401)"
    with pytest.raises(engine.CardDavError, match="401"):
        engine.discover(radicale.url, USER, "wrong")


def test_discovery_finds_the_address_books(radicale: RadicaleServer, book: str) -> None:
    from tests.sync.servers import PASSWORD
    books = engine.discover(radicale.url, USER, PASSWORD)
    assert radicale.book_url(book) in [b.url for b in books]
