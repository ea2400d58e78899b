"""How the sync notices local changes (card fingerprints), reads the server (one-request
listing with a PROPFIND fallback, pipelined multiget) and stops half-way, against a real
Radicale server."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.models import db
from desktop.services import contacts, tags
from desktop.services.avatars import avatar_png
from desktop.services.sync import accounts, engine
from desktop.services.sync.carddav import AddressBook, CardDavClient, CardDavError, Pending
from desktop.services.sync.engine import sync_account
from desktop.services.sync.fingerprint import PREFIX
from desktop.services.types import ContactId
from desktop.services.vcard_mapping import load_records
from tests.sync.servers import PASSWORD, USER, RadicaleServer
from tests.sync.test_sync import card, contact_by_name, find_card, names, server_cards


def test_tag_and_photo_changes_travel_though_updated_at_does_not_move(
        sample_contacts: dict[str, ContactId], radicale: RadicaleServer, book: str,
        account: int) -> None:
    """Renaming a tag does not touch contact.updated_at (the contacts are not written), yet
    it changes the card the phone sees; so do tagging and a new photo."""
    assert sync_account(account).uploaded == 4
    ana, zoe, bo = sample_contacts["ana"], sample_contacts["zoe"], sample_contacts["bo"]
    stamps = dict(db.execute_sql("SELECT id, updated_at FROM contact").fetchall())

    jazz = tags.find_tag("Jazz")
    assert jazz is not None
    tags.rename_tag(jazz, "Jazz Music")
    result = sync_account(account)
    assert result.error is None and result.updated_there == 2  # Ana and Zoë, not "me"
    for name in ("Ana Silva", "Zoë Müller"):
        _href, text = find_card(radicale, book, name)
        assert "Jazz Music" in text
    assert dict(db.execute_sql("SELECT id, updated_at FROM contact").fetchall()) == stamps

    contacts.set_tags(bo, ["Chess", "Sailing"])
    contacts.set_photo(zoe, avatar_png("zoe"), "image/png")
    result = sync_account(account)
    assert result.error is None and result.updated_there == 2
    assert "Sailing" in find_card(radicale, book, "Bo Chen")[1]
    assert "PHOTO" in find_card(radicale, book, "Zoë Müller")[1]

    # History is Rapport's own: logging it uploads nothing.
    db.execute_sql("INSERT INTO follow_up (contact_id, due_on, reason) VALUES "
                   "(?, '2026-03-01', 'Send the deck')", (ana,))
    db.execute_sql("UPDATE contact SET one_thing = 'Intro to Bo' WHERE id = ?", (ana,))
    assert sync_account(account).summary() == "everything was already in step"


def test_state_from_an_older_version_is_upgraded_without_uploading(
        sample_contacts: dict[str, ContactId], radicale: RadicaleServer, book: str,
        account: int) -> None:
    """Sync state written before fingerprints held the SHA-1 of the rendered card: those
    contacts compare the old way once (unchanged ones are not uploaded) and are upgraded."""
    sync_account(account)
    rows = db.execute_sql("SELECT href, contact_id FROM sync_item").fetchall()
    records = load_records([cid for _h, cid in rows])
    for href, cid in rows:
        db.execute_sql("UPDATE sync_item SET local_hash = ? WHERE href = ?",
                       (engine._hash(engine.render(records[cid])), href))
    # One of them changed here meanwhile: that one, and only that one, goes out.
    contacts.set_tags(sample_contacts["bo"], ["Chess", "Politics", "Sailing"])
    before = server_cards(radicale, book)
    result = sync_account(account)
    assert result.error is None and result.updated_there == 1
    after = server_cards(radicale, book)
    assert [h for h in after if after[h] != before[h]] == [find_card(radicale, book, "Bo Chen")[0]]
    hashes = [r[0] for r in db.execute_sql("SELECT local_hash FROM sync_item")]
    assert hashes and all(h.startswith(PREFIX) for h in hashes)
    assert sync_account(account).summary() == "everything was already in step"


class _NoSyncCollection(CardDavClient):
    """A server without RFC 6578 (older ownCloud, some hosted CardDAV): sync-collection is
    refused and no sync-token is offered, only a CalendarServer ctag."""

    def start_sync_collection(self, url: str, token: str | None) -> Pending:
        return self.start("REPORT", url, b"<not-a-report/>", {"Depth": "1"},
                          what="sync-collection")

    def read_sync_collection(self, pending: Pending) -> engine.carddav.SyncChanges:
        self.finish(pending)
        raise CardDavError("the server does not support this request: sync-collection (405)",
                           405)

    def book_info(self, url: str) -> AddressBook:
        info = super().book_info(url)
        return AddressBook(info.url, info.name, info.description, info.ctag, None)


def test_a_server_without_sync_tokens_is_synced_by_etags_and_ctag(
        db_path: Path, radicale: RadicaleServer, book: str) -> None:
    radicale.seed_files(book, {f"n{i}.vcf": card(f"n{i}", f"Nina {i:02d}") for i in range(30)})
    account_id = accounts.add_account(radicale.url, USER, PASSWORD)
    accounts.set_books(account_id, [AddressBook(radicale.book_url(book), book)],
                       {radicale.book_url(book)})

    def factory(url: str, user: str, password: str) -> CardDavClient:
        return _NoSyncCollection(url, user, password, timeout=30)

    first = sync_account(account_id, client_factory=factory)
    assert first.error is None and first.created_here == 30
    token, ctag = db.execute_sql("SELECT sync_token, ctag FROM sync_book").fetchone()
    assert token is None and ctag  # what the next sync compares
    assert sync_account(account_id, client_factory=factory).summary() == \
        "everything was already in step"
    radicale.put(f"/{USER}/{book}/new.vcf", card("new", "Olga New"))
    radicale.delete(f"/{USER}/{book}/n3.vcf")
    result = sync_account(account_id, client_factory=factory)
    assert (result.error, result.created_here, result.deleted_here) == (None, 1, 1)
    assert "Olga New" in names() and "Nina 03" not in names()


def test_cancel_half_way_keeps_what_came_in_and_the_next_sync_resumes(
        radicale: RadicaleServer, book: str, account: int) -> None:
    radicale.seed_files(book, {f"c{i}.vcf": card(f"c{i}", f"Cara {i:04d}") for i in range(300)})

    def stop_after_first_chunk(done: int, total: int) -> bool:
        return done < 250

    with pytest.raises(engine.SyncCancelled):
        sync_account(account, stop_after_first_chunk)
    kept = len(names())
    assert kept == 250  # the first chunk of 250 came in and was stored; nothing after it
    linked = db.execute_sql("SELECT count(*) FROM sync_item WHERE contact_id IN "
                            "(SELECT id FROM contact)").fetchone()[0]
    assert linked == kept
    info = accounts.account(account)
    assert info is not None and "cancelled" in accounts.status_text(info)

    result = sync_account(account)
    assert result.error is None and result.created_here == 300 - kept
    assert len(names()) == 300
    assert contact_by_name("Cara 0299")
    assert sync_account(account).summary() == "everything was already in step"


def test_a_client_left_half_way_through_a_multiget_still_works(
        radicale: RadicaleServer, book: str) -> None:
    radicale.seed_files(book, {f"m{i}.vcf": card(f"m{i}", f"Milo {i:04d}") for i in range(260)})
    with CardDavClient(radicale.url, USER, PASSWORD) as client:
        hrefs = sorted(client.list_etags(radicale.book_url(book)))
        chunks = client.multiget(radicale.book_url(book), hrefs)
        first = next(chunks)  # the second chunk's request is already on its way
        assert len(first) == 250
        chunks.close()
        # The unread answer was dropped with its connection: the next request is not
        # answered with the old one.
        assert len(client.list_etags(radicale.book_url(book))) == 260
        got = client.get(hrefs[0])
        assert got is not None and b"Milo" in got.data
