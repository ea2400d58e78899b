"""Sync with a server that asks for HTTP Digest (RFC 7616) instead of Basic, through a front
before a real Radicale or Xandikos that checks every Digest answer with its own nonces
(``digest_front.py``, itself checked with standard clients in ``test_digest_front.py``): a
whole sync both ways, every algorithm, a stale nonce in the middle of a sync, a wrong
password (one line, after one try), Digest preferred where the server offers Basic too, and
the calendar push (CalDAV) on the same transport."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.services import contacts, followups
from desktop.services.sync import accounts, caldav, carddav, engine
from desktop.services.sync.engine import sync_account
from desktop.services.types import ContactFields, ContactId, LabeledValue
from tests.sync.digest_front import DigestFront, MakeFront, front_book_url
from tests.sync.servers import PASSWORD, USER, DavServer, RadicaleServer
from tests.sync.test_sync import card, detail_of, find_card, server_cards
from tests.sync.test_sync_faults import local_count, people, proxied_account

REFUSED = "the server refused the user name or password (401)"

def test_challenges_are_read_as_rfc_9110_writes_them() -> None:
    from desktop.services.sync.httpauth import parse_challenges

    found = parse_challenges([
        'Newauth realm="apps, and more", type=1, title="Login to \\"apps\\"", '
        'Basic realm="simple"',
        'Negotiate abc==, Digest realm="r", nonce="n1", qop="auth,auth-int", '
        "algorithm=SHA-256, stale=TRUE",
        'Digest realm="BaikalDAV",qop="auth",nonce="5f3a",opaque="9c1"'])  # SabreDAV's way
    assert [(c.scheme, c.params) for c in found] == [
        ("newauth", {"realm": "apps, and more", "type": "1", "title": 'Login to "apps"'}),
        ("basic", {"realm": "simple"}),
        ("negotiate", {}),
        ("digest", {"realm": "r", "nonce": "n1", "qop": "auth,auth-int",
                    "algorithm": "SHA-256", "stale": "TRUE"}),
        ("digest", {"realm": "BaikalDAV", "qop": "auth", "nonce": "5f3a", "opaque": "9c1"}),
    ]


@pytest.mark.parametrize(("algorithm", "response"), [
    ("MD5", "8ca523f5e9506fed4657c9700eebdbec"),
    ("SHA-256", "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"),
])
def test_the_digest_answer_is_rfc_7616s_own_example(
        monkeypatch: pytest.MonkeyPatch, algorithm: str, response: str) -> None:
    from desktop.services.sync import httpauth

    cnonce = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ"  # RFC 7616 §3.9.1
    monkeypatch.setattr(httpauth.secrets, "token_hex", lambda _n: cnonce)
    origin = f"http://{algorithm.lower()}.example.org"  # what a process met is remembered
    auth = httpauth.Authorizer("Mufasa", "Circle of Life", origin)
    first = httpauth.Attempt()
    assert auth.header("GET", "/dir/index.html", first) is None  # nothing before a 401
    challenge = httpauth.parse_challenges([
        f'Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm={algorithm}, '
        'nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", '
        'opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"'])
    assert auth.answer(challenge, first)
    header = auth.header("GET", "/dir/index.html", first)
    assert header is not None and first.nonce == "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v"
    assert header.startswith('Digest username="Mufasa", realm="http-auth@example.org", ')
    for part in (f'response="{response}"', "qop=auth", "nc=00000001", f'cnonce="{cnonce}"',
                 'uri="/dir/index.html"', f"algorithm={algorithm}",
                 'opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"'):
        assert part in header
    # Another request of the process (another sync) answers at once, with the next count.
    later = httpauth.Authorizer("Mufasa", "Circle of Life", origin)
    assert "nc=00000002" in (later.header("GET", "/dir/index.html", httpauth.Attempt()) or "")


@pytest.mark.parametrize("algorithm", ["MD5", "SHA-256"])
def test_a_sync_through_digest_travels_both_ways(
        sample_contacts: dict[str, ContactId], dav: DavServer, dav_book: str,
        make_front: MakeFront, algorithm: str) -> None:
    front = make_front(algorithms=(algorithm,))
    account_id = proxied_account(dav, front, dav_book)
    result = sync_account(account_id)
    assert result.error is None and result.uploaded == 4
    href, _text = find_card(dav, dav_book, "Ana Silva")

    contacts.update_contact(sample_contacts["ana"], ContactFields(
        full_name="Ana Silva", given_name="Ana", family_name="Silva",
        organization="Lumen Labs", title="CEO",
        emails=(LabeledValue("ana@lumen.example", "work"),)))
    result = sync_account(account_id)
    assert result.error is None and result.updated_there == 1
    assert "TITLE:CEO" in (dav.get(href) or b"").decode()

    bo_href, bo_text = find_card(dav, dav_book, "Bo Chen")
    dav.put(bo_href, bo_text.replace("bo@harbor.example", "bo@new.example"))
    dav.put(dav.path(dav_book, "phone-1.vcf"), card("phone-1", "Pat Phone"))
    result = sync_account(account_id)
    assert result.error is None
    assert (result.updated_here, result.created_here) == (1, 1)
    assert [e.value for e in detail_of(sample_contacts["bo"]).emails] == ["bo@new.example"]
    assert sync_account(account_id).summary() == "everything was already in step"

    verdicts = front.verdicts()
    assert "basic" not in verdicts and set(front.used) == {algorithm}
    # One 401 in all: the first request of the first sync goes without credentials; every
    # other request, later syncs too, answers at once with the remembered nonce.
    assert verdicts.count("401") == 1 and verdicts.count("digest") == len(verdicts) - 1


@pytest.mark.parametrize(("dav", "algorithms", "qop"), [
    ("radicale", ("MD5-sess",), "auth"),
    ("radicale", ("SHA-256-sess",), "auth"),
    ("radicale", ("MD5",), None),
    ("radicale", ("SHA-256", "MD5"), "auth"),  # RFC 7616 §3.9.1: the preferred one first
], indirect=["dav"])
def test_discovery_through_every_digest_variant(
        dav: DavServer, dav_book: str, make_front: MakeFront, algorithms: tuple[str, ...],
        qop: str | None) -> None:
    front = make_front(algorithms=algorithms, qop=qop)
    books = engine.discover(front.url, USER, PASSWORD)
    assert front_book_url(front, dav, dav_book) in [b.url for b in books]
    assert front.used and set(front.used) == {algorithms[0]}
    assert front.verdicts().count("401") == 1


def test_a_stale_nonce_mid_sync_is_renewed_without_an_error(
        db_path: Path, dav: DavServer, dav_book: str, make_front: MakeFront,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(carddav, "MULTIGET_CHUNK", 2)  # several pipelined multigets
    front = make_front(algorithms=("SHA-256",))
    account_id = proxied_account(dav, front, dav_book)
    people(8)
    front.stale_next("PUT", skip=2)  # while four PUTs are in flight on their connections
    first = sync_account(account_id)
    assert first.error is None and first.refused == () and first.uploaded == 8
    assert len(dav.hrefs(dav_book)) == 8

    for i in range(7):
        dav.put(dav.path(dav_book, f"phone-{i}.vcf"), card(f"phone-{i}", f"Pat Phone{i}"))
    # sync-collection, the first multiget: the second multiget, sent while the first chunk
    # was being stored, meets the stale nonce
    front.stale_next("REPORT", skip=3)
    second = sync_account(account_id)
    assert second.error is None and second.created_here == 7
    assert local_count() == 15 and len(server_cards(dav, dav_book)) == 15

    verdicts = front.verdicts()
    stale = [(m, v) for m, _p, v in front.seen if v == "401 stale"]
    assert {m for m, _v in stale} == {"PUT", "REPORT"}
    assert verdicts.count("401") == 1  # the first request of the process; nothing else
    assert sync_account(account_id).summary() == "everything was already in step"


def test_a_wrong_password_is_one_line_after_one_digest_try(
        db_path: Path, dav: DavServer, dav_book: str, make_front: MakeFront) -> None:
    front = make_front(algorithms=("SHA-256",))
    account_id = proxied_account(dav, front, dav_book)
    accounts.set_password(account_id, "wrong")
    result = sync_account(account_id)
    assert result.error == REFUSED
    assert front.verdicts() == ["401", "401"]  # nothing, then one Digest answer; no loop
    with pytest.raises(carddav.AuthError) as refused:
        engine.discover(front.url, USER, "wrong")
    assert str(refused.value) == REFUSED
    assert front.verdicts() == ["401"] * 4 and front.used == []

    # A server offering Basic as well gets Digest (even listing Basic first), and never
    # Basic: not when its Digest answer is refused either.
    both = make_front(also_basic=True)
    assert engine.discover(both.url, USER, PASSWORD)
    assert "basic" not in both.auth_schemes() and "digest" in both.verdicts()
    with pytest.raises(carddav.AuthError):
        engine.discover(both.url, USER, "wrong")
    assert "basic" not in both.auth_schemes()


def test_a_server_that_calls_every_nonce_stale_gets_one_renewal_then_the_usual_line(
        db_path: Path, dav: DavServer, dav_book: str, make_front: MakeFront) -> None:
    front = make_front(always_stale=True)
    account_id = proxied_account(dav, front, dav_book)
    assert sync_account(account_id).error == REFUSED
    assert front.verdicts() == ["401", "401 stale", "401 stale"]


def test_the_calendar_push_goes_through_digest_too(db_path: Path, tmp_path: Path) -> None:
    # A Radicale of its own: the pushed calendar is per user, and the session's server
    # has the calendar tests/sync/test_caldav_push.py reads back.
    server = RadicaleServer(tmp_path / "radicale", fsync=False)
    server.start()
    front = DigestFront(server.port, algorithms=("SHA-256",))
    front.start()
    try:
        account_id = accounts.add_account(front.url, USER, PASSWORD)
        ana, _ = contacts.create_contact(ContactFields(full_name="Ana Silva"))
        followups.add_followup(ana, dt.date.today() + dt.timedelta(days=3), "Send the deck")
        caldav.set_enabled(account_id, True)
        result = caldav.push_account(account_id)
        assert result.error is None and result.created == 1
        let_in = [m for m, _p, v in front.seen if v == "digest"]
        assert "MKCALENDAR" in let_in and "PUT" in let_in
        assert front.verdicts().count("401") == 1
    finally:
        front.stop()
        server.stop()
