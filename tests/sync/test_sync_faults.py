"""Idempotent uploads and transport limits, through a fault-injecting proxy in front of a real
server (issue 12): a lost answer never duplicates a contact, a 500 refuses one card only, a
slow, trickling, huge or reset answer ends with one clear line, a 412 or 409 leads to one
fetch and merge, never a loop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.models import db
from desktop.services import contacts
from desktop.services.sync import accounts
from desktop.services.sync.carddav import AddressBook, CardDavClient, TransportOptions
from desktop.services.sync.engine import sync_account
from desktop.services.types import ContactFields, ContactId
from tests.sync.fault_proxy import FaultProxy
from tests.sync.servers import PASSWORD, USER, DavServer
from tests.sync.test_sync import find_card, server_cards


@pytest.fixture()
def proxy(dav: DavServer) -> Iterator[FaultProxy]:
    p = FaultProxy(dav.port)
    p.start()
    yield p
    p.stop()


def proxied_account(dav: DavServer, proxy: FaultProxy, book: str,
                    timeout: float | None = None) -> int:
    account_id = accounts.add_account(proxy.url, USER, PASSWORD, timeout=timeout)
    url = proxy.url.rstrip("/") + dav.book_url(book).split(str(dav.port), 1)[1]
    accounts.set_books(account_id, [AddressBook(url, book)], {url})
    return account_id


def people(n: int) -> list[ContactId]:
    return [contacts.create_contact(ContactFields(full_name=f"Person {i:02d}",
                                                  organization="Acme"))[0]
            for i in range(n)]


def local_count() -> int:
    return int(db.execute_sql("SELECT count(*) FROM contact").fetchone()[0])


def puts(proxy: FaultProxy) -> list[str]:
    return [path for method, path, _kind in proxy.log if method == "PUT"]


def test_a_lost_answer_to_an_upload_is_recognised_not_doubled(
        db_path: Path, dav: DavServer, dav_book: str, proxy: FaultProxy) -> None:
    people(5)
    account_id = proxied_account(dav, proxy, dav_book)
    proxy.fail("drop", "PUT")  # the server creates the card; we never hear so
    result = sync_account(account_id)
    assert result.error is None and result.refused == ()
    assert result.uploaded + result.updated_here >= 5
    assert local_count() == 5
    assert len(dav.hrefs(dav_book)) == 5
    assert sync_account(account_id).summary() == "everything was already in step"
    assert local_count() == 5 and len(dav.hrefs(dav_book)) == 5


def test_a_lost_answer_and_a_failed_retry_resume_next_time_without_doubles(
        db_path: Path, dav: DavServer, dav_book: str, proxy: FaultProxy) -> None:
    people(1)
    account_id = proxied_account(dav, proxy, dav_book)
    proxy.fail("drop", "PUT", count=2)  # created, answer lost, the retry's answer lost too
    first = sync_account(account_id)
    assert first.error is not None and "closed the connection" in first.error
    assert len(dav.hrefs(dav_book)) == 1  # it is there, but we did not hear so
    second = sync_account(account_id)
    assert second.error is None and second.created_here == 0
    assert local_count() == 1 and len(dav.hrefs(dav_book)) == 1
    names = [r[0] for r in db.execute_sql("SELECT full_name FROM contact")]
    assert names == ["Person 00"]
    assert sync_account(account_id).summary() == "everything was already in step"


def test_a_500_refuses_one_card_and_the_next_sync_sends_it(
        db_path: Path, dav: DavServer, dav_book: str, proxy: FaultProxy) -> None:
    people(4)
    account_id = proxied_account(dav, proxy, dav_book)
    proxy.fail("500", "PUT")
    result = sync_account(account_id)
    assert result.error is None and result.uploaded == 3
    assert len(result.refused) == 1 and "the server failed (500)" in result.refused[0]
    assert result.refused[0].startswith("Person 0")
    again = sync_account(account_id)
    assert again.uploaded == 1 and again.refused == ()
    assert len(dav.hrefs(dav_book)) == 4 and accounts.not_synced() == []


def test_a_slow_answer_ends_with_a_clear_line_and_the_next_sync_completes(
        db_path: Path, dav: DavServer, dav_book: str, proxy: FaultProxy) -> None:
    people(2)
    account_id = proxied_account(dav, proxy, dav_book, timeout=1)
    proxy.fail("slow", "PUT", delay=2.5)
    result = sync_account(account_id)
    assert result.error is not None and "did not answer within 1 s" in result.error
    proxy.clear()
    again = sync_account(account_id)
    assert again.error is None
    assert local_count() == 2 and len(dav.hrefs(dav_book)) == 2


def test_a_trickling_answer_meets_the_deadline(dav: DavServer, dav_book: str,
                                               proxy: FaultProxy) -> None:
    proxy.fail("trickle", "PROPFIND", delay=0.2)
    options = TransportOptions(timeout=5, deadline=1.5)
    with CardDavClient(proxy.url, USER, PASSWORD, options=options) as client:
        with pytest.raises(Exception, match=r"took longer than 1\.5 s"):
            client.list_etags(proxy.url.rstrip("/") + dav.home + dav_book + "/")


def test_a_huge_answer_is_cut_off(dav: DavServer, dav_book: str, proxy: FaultProxy) -> None:
    proxy.fail("huge", "PROPFIND", size=3 * 1024 * 1024)
    options = TransportOptions(max_response=1024 * 1024)
    with CardDavClient(proxy.url, USER, PASSWORD, options=options) as client:
        with pytest.raises(Exception, match="larger than 1 MB; stopped"):
            client.list_etags(proxy.url.rstrip("/") + dav.home + dav_book + "/")


def test_changed_on_the_server_between_listing_and_upload_is_merged_once(
        db_path: Path, dav: DavServer, dav_book: str, proxy: FaultProxy) -> None:
    [ana] = people(1)
    account_id = proxied_account(dav, proxy, dav_book)
    sync_account(account_id)
    href, text = find_card(dav, dav_book, "Person 00")
    contacts.update_contact(ana, ContactFields(full_name="Person 00", organization="Acme",
                                               title="CEO"))
    changed: list[bool] = []

    def phone_edits_meanwhile(done: int, total: int) -> bool:
        if not changed and any(m == "REPORT" for m, _p, _k in proxy.log[-3:]):
            dav.put(href, text.replace("END:VCARD", "NOTE:from the phone\r\nEND:VCARD"))
            changed.append(True)
        return True

    proxy.log.clear()
    result = sync_account(account_id, phone_edits_meanwhile)
    assert changed and result.error is None
    assert len(puts(proxy)) == 2  # refused with 412 once, merged, sent again: no loop
    server = server_cards(dav, dav_book)[href]
    assert "TITLE:CEO" in server and "from the phone" in server
    detail = contacts.get_contact(ana)
    assert detail is not None and detail.fields.note == "from the phone"
    assert sync_account(account_id).summary() == "everything was already in step"


def test_a_uid_already_on_the_server_under_another_name_is_linked(
        db_path: Path, dav: DavServer, dav_book: str) -> None:
    """Our card, uploaded by an earlier run under another name (its answer lost, the
    state lost with it): the server refuses a second card with that UID (409
    no-uid-conflict on Radicale) or would hold it twice; either way one contact here."""
    [ana] = people(1)
    account_id = accounts.add_account(dav.url, USER, PASSWORD)
    accounts.set_books(account_id, [AddressBook(dav.book_url(dav_book), dav_book)],
                       {dav.book_url(dav_book)})
    # UIDs are given before the first upload: the first sync sees the server empty, then
    # (as its listing is done) the earlier upload "arrives".
    uid_row: list[str] = []

    def earlier_upload_lands(done: int, total: int) -> bool:
        if not uid_row:
            uid = db.execute_sql("SELECT uid FROM contact WHERE id = ?", (ana,)).fetchone()[0]
            uid_row.append(uid)
            dav.put(dav.path(dav_book, "earlier-name.vcf"),
                    f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:Person 00\r\n"
                    "N:;Person 00;;;\r\nORG:Acme\r\nEND:VCARD\r\n")
        return True

    result = sync_account(account_id, earlier_upload_lands)
    assert result.error is None and result.refused == ()
    assert local_count() == 1
    again = sync_account(account_id)
    assert again.error is None and local_count() == 1
    assert any("earlier-name" in h for h in dav.hrefs(dav_book))


def test_a_locked_or_busy_answer_is_asked_again_not_refused(
        db_path: Path, dav: DavServer, dav_book: str, proxy: FaultProxy) -> None:
    """423 Locked (another client writing it, as Xandikos answers two uploads at once),
    429 and 503 mean "not now": the request was not carried out and is sent again, after
    the Retry-After the server asks for."""
    people(3)
    account_id = proxied_account(dav, proxy, dav_book)
    proxy.fail("busy", "PUT", status=423)
    proxy.fail("busy", "PUT", status=503, retry_after="1")
    proxy.fail("busy", "PUT", status=429)
    result = sync_account(account_id)
    assert result.error is None and result.refused == ()
    assert result.uploaded == 3 and len(dav.hrefs(dav_book)) == 3
    assert [kind for method, _path, kind in proxy.log if method == "PUT"].count("busy") == 3
    assert len(puts(proxy)) == 6  # three answered "not now", each sent again
    # A download asked again too.
    proxy.fail("busy", "REPORT", status=503)
    assert sync_account(account_id).summary() == "everything was already in step"


def test_a_server_busy_for_good_refuses_the_card_after_three_more_tries(
        db_path: Path, dav: DavServer, dav_book: str, proxy: FaultProxy) -> None:
    people(1)
    account_id = proxied_account(dav, proxy, dav_book)
    proxy.fail("busy", "PUT", status=503, count=4)
    result = sync_account(account_id)
    assert result.error is None and result.uploaded == 0
    assert len(result.refused) == 1 and "the server failed (503)" in result.refused[0]
    assert len(puts(proxy)) == 4  # sent, then three more tries
    # Asked to come back in an hour: reported at once, not waited for.
    proxy.fail("busy", "PUT", status=503, retry_after="3600")
    again = sync_account(account_id)
    assert len(again.refused) == 1 and "(503)" in again.refused[0]
    assert len(puts(proxy)) == 5
    third = sync_account(account_id)
    assert third.uploaded == 1 and third.refused == () and len(dav.hrefs(dav_book)) == 1


def test_retry_after_as_seconds_or_a_date() -> None:
    import email.utils
    import time

    from desktop.services.sync.carddav import _busy_wait

    assert _busy_wait(None, 0) == 0.5 and _busy_wait("", 2) == 2.0
    assert _busy_wait("2", 0) == 2.0 and _busy_wait("3600", 0) is None
    soon = email.utils.formatdate(time.time() + 3, usegmt=True)
    wait = _busy_wait(soon, 0)
    assert wait is not None and 1.0 < wait <= 3.0
    assert _busy_wait("Wed, 21 Oct 2015 07:28:00 GMT", 0) == 0.0  # past: ask at once
    assert _busy_wait("tomorrow-ish", 1) == 1.0  # unreadable: the usual wait
    assert _busy_wait(email.utils.formatdate(time.time() + 600, usegmt=True), 0) is None
