"""No password before the server asks for one (RFC 7617, RFC 7616): the first request to a
server goes without ``Authorization``; a 401 is answered with the strongest scheme offered
(Digest before Basic), and that scheme answers at once for the rest of the process (later
requests and later syncs), so a server meets one 401 per process, not per sync. Checked
through a front that records what every request carried, before real Radicale (Basic),
Xandikos (no sign-in) and a Digest front (``digest_front.py``)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services import contacts
from desktop.services.sync import accounts, engine
from desktop.services.sync.engine import sync_account
from desktop.services.types import ContactFields
from tests.sync.digest_front import MakeFront
from tests.sync.fault_proxy import FaultProxy
from tests.sync.servers import PASSWORD, USER, DavServer, RadicaleServer, XandikosServer
from tests.sync.test_sync_faults import people, proxied_account

REFUSED = "the server refused the user name or password (401)"


@pytest.fixture()
def recorder() -> Iterator[list[FaultProxy]]:
    started: list[FaultProxy] = []
    yield started
    for proxy in started:
        proxy.stop()


def _front(server: DavServer, started: list[FaultProxy]) -> FaultProxy:
    proxy = FaultProxy(server.port)  # a new port: a server this process never met
    proxy.start()
    started.append(proxy)
    return proxy


def _three_syncs(account_id: int) -> None:
    """A first sync uploading, one bringing a change there, one with nothing to do."""
    people(3)
    assert sync_account(account_id).uploaded == 3
    contacts.create_contact(ContactFields(full_name="Late Comer"))
    assert sync_account(account_id).uploaded == 1
    assert sync_account(account_id).summary() == "everything was already in step"


def test_a_server_that_needs_no_sign_in_never_receives_credentials(
        db_path: Path, xandikos: XandikosServer, recorder: list[FaultProxy]) -> None:
    proxy = _front(xandikos, recorder)
    book = f"open{uuid.uuid4().hex[:8]}"
    xandikos.make_book(book, "Open")
    assert any(b.name == "Open" for b in engine.discover(proxy.url, USER, PASSWORD))
    _three_syncs(proxied_account(xandikos, proxy, book))
    assert proxy.exchanges and set(proxy.auth_schemes()) == {""}
    assert 401 not in proxy.statuses()


def test_a_basic_server_meets_one_401_per_process_then_basic_at_once(
        db_path: Path, radicale: RadicaleServer, book: str,
        recorder: list[FaultProxy]) -> None:
    proxy = _front(radicale, recorder)
    account_id = proxied_account(radicale, proxy, book)
    _three_syncs(account_id)
    assert engine.discover(proxy.url, USER, PASSWORD)
    first, *rest = proxy.exchanges
    # Nothing before the server asked; Basic only because Basic is what it asked for.
    assert (first.auth, first.status) == ("", 401)
    assert [e.auth for e in rest] == ["basic"] * len(rest)
    assert 401 not in [e.status for e in rest]  # one extra request for the whole process

    # A password changed on the server: one try with what worked, one clear line; the
    # scheme is forgotten, so the next sync asks afresh (and says the same after one try).
    sent = len(proxy.exchanges)
    accounts.set_password(account_id, "wrong")
    assert sync_account(account_id).error == REFUSED
    assert [(e.auth, e.status) for e in proxy.exchanges[sent:]] == [("basic", 401)]
    sent = len(proxy.exchanges)
    assert sync_account(account_id).error == REFUSED
    assert [(e.auth, e.status) for e in proxy.exchanges[sent:]] == [("", 401), ("basic", 401)]
    accounts.set_password(account_id, PASSWORD)
    assert sync_account(account_id).error is None


def test_a_digest_server_never_sees_basic_and_later_syncs_answer_at_once(
        db_path: Path, dav: DavServer, dav_book: str, make_front: MakeFront) -> None:
    front = make_front(algorithms=("SHA-256",))
    assert engine.discover(front.url, USER, PASSWORD)
    _three_syncs(proxied_account(dav, front, dav_book))
    schemes = front.auth_schemes()
    assert schemes[0] == "" and "basic" not in schemes
    assert front.verdicts().count("401") == 1 and len(set(front.used)) == 1


def test_a_server_offering_digest_and_basic_gets_digest(
        db_path: Path, dav: DavServer, dav_book: str, make_front: MakeFront) -> None:
    front = make_front(also_basic=True)  # Basic listed first: Digest chosen all the same
    _three_syncs(proxied_account(dav, front, dav_book))
    assert "basic" not in front.auth_schemes() and "basic" not in front.verdicts()
    assert front.verdicts().count("401") == 1


def test_a_remembered_nonce_the_server_forgot_is_answered_afresh_once(
        db_path: Path, dav: DavServer, dav_book: str, make_front: MakeFront) -> None:
    front = make_front()
    account_id = proxied_account(dav, front, dav_book)
    people(2)
    assert sync_account(account_id).error is None
    front.restart()  # its nonces gone: the remembered one meets a plain 401, not "stale"
    sent = len(front.seen)
    contacts.create_contact(ContactFields(full_name="After Restart"))
    result = sync_account(account_id)
    assert result.error is None and result.uploaded == 1
    assert front.verdicts()[sent:sent + 2] == ["401", "digest"]
    assert front.verdicts()[sent + 2:].count("401") == 0

    # A wrong password then: the remembered answer and one fresh one, never more; the
    # next sync starts without credentials and gives up after one answer.
    accounts.set_password(account_id, "wrong")
    sent = len(front.seen)
    assert sync_account(account_id).error == REFUSED
    assert front.auth_schemes()[sent:] == ["digest", "digest"]
    sent = len(front.seen)
    assert sync_account(account_id).error == REFUSED
    assert front.auth_schemes()[sent:] == ["", "digest"]
    assert front.verdicts()[sent:] == ["401", "401"]


def test_one_request_is_sent_at_most_three_times_whatever_the_server_answers() -> None:
    from desktop.services.sync import httpauth

    def challenge(nonce: str, stale: bool = False, basic: bool = False) -> list[object]:
        text = f'Digest realm="r", nonce="{nonce}", qop="auth"' + (", stale=true" if stale
                                                                    else "")
        return httpauth.parse_challenges(['Basic realm="r"', text] if basic else [text])

    origin = f"http://{uuid.uuid4().hex}.example"
    auth = httpauth.Authorizer(USER, PASSWORD, origin)
    first = httpauth.Attempt()
    assert auth.header("GET", "/", first) is None
    assert auth.answer(challenge("n1", basic=True), first)  # Digest chosen over Basic
    assert (auth.header("GET", "/", first) or "").startswith("Digest ")
    assert auth.answer(challenge("n2", stale=True), first)  # renewed once
    auth.header("GET", "/", first)
    assert not auth.answer(challenge("n3", stale=True), first)  # not twice
    assert not auth.answer(challenge("n4"), first)  # a plain refusal after an answer: final

    # Later requests answer at once; one refused without "stale" gets one fresh answer, a
    # stale renewal after it, and no more.
    later = httpauth.Attempt()
    assert (auth.header("GET", "/", later) or "").startswith("Digest ")
    assert auth.answer(challenge("n5"), later)
    auth.header("GET", "/", later)
    assert auth.answer(challenge("n6", stale=True), later)
    auth.header("GET", "/", later)
    assert not auth.answer(challenge("n7"), later)
    assert not auth.answer(challenge("n8", stale=True), later)
    auth.forget()
    assert auth.header("GET", "/", httpauth.Attempt()) is None
