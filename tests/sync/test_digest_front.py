"""The Digest front of the sync tests (``digest_front.py``) checked with clients that are
not ours: the standard library's ``HTTPDigestAuthHandler``, requests' ``HTTPDigestAuth``
(what vdirsyncer's ``auth = "digest"`` uses) and aiohttp's ``DigestAuthMiddleware`` get
through it with the right password and not with a wrong one, and a stale nonce makes them
renew it; so the front is not merely agreeing with Rapport's own Digest code."""

from __future__ import annotations

import asyncio
import urllib.error
import urllib.request
from collections.abc import Callable

import pytest

from tests.sync.digest_front import MakeFront, front_book_url
from tests.sync.servers import PASSWORD, USER, DavServer

PROPFIND = (b'<?xml version="1.0"?><d:propfind xmlns:d="DAV:"><d:prop><d:displayname/>'
            b"</d:prop></d:propfind>")


def _urllib(url: str, password: str) -> int:
    manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    manager.add_password(None, url, USER, password)  # type: ignore[arg-type]
    handler = urllib.request.HTTPDigestAuthHandler(manager)
    request = urllib.request.Request(url, PROPFIND, {"Depth": "0"}, method="PROPFIND")
    try:
        with urllib.request.build_opener(handler).open(request, timeout=30) as resp:
            return int(resp.status)
    except urllib.error.HTTPError as exc:
        return exc.code


def _requests(url: str, password: str) -> int:
    import requests

    resp = requests.request("PROPFIND", url, data=PROPFIND, headers={"Depth": "0"},
                            auth=requests.auth.HTTPDigestAuth(USER, password), timeout=30)
    return resp.status_code


def _aiohttp(url: str, password: str) -> int:
    import aiohttp

    async def run() -> int:
        auth = aiohttp.DigestAuthMiddleware(USER, password)
        async with aiohttp.ClientSession(middlewares=(auth,)) as session, \
                session.request("PROPFIND", url, data=PROPFIND, headers={"Depth": "0"}) as resp:
            await resp.read()
            return resp.status

    return asyncio.run(run())


@pytest.mark.parametrize(("dav", "client", "algorithm", "qop"), [
    ("radicale", _urllib, "MD5", "auth"),
    ("radicale", _urllib, "MD5", None),
    ("radicale", _requests, "MD5-sess", "auth"),
    ("radicale", _requests, "SHA-256", "auth"),
    ("radicale", _aiohttp, "SHA-256-sess", "auth"),
    ("radicale", _aiohttp, "SHA-256", None),
], indirect=["dav"])
def test_the_front_lets_standard_digest_clients_in_and_not_a_wrong_password(
        dav: DavServer, dav_book: str, make_front: MakeFront,
        client: Callable[[str, str], int], algorithm: str, qop: str | None) -> None:
    front = make_front(algorithms=(algorithm,), qop=qop)
    url = front_book_url(front, dav, dav_book)
    assert client(url, PASSWORD) == 207
    assert front.used == [algorithm]
    assert client(url, "wrong") == 401
    assert front.used == [algorithm]  # nothing more was let through
    assert "basic" not in front.verdicts()


@pytest.mark.parametrize("dav", ["radicale"], indirect=True)
def test_the_front_says_stale_to_an_old_nonce_and_a_standard_client_renews_it(
        dav: DavServer, dav_book: str, make_front: MakeFront) -> None:
    import requests

    front = make_front()
    url = front_book_url(front, dav, dav_book)
    with requests.Session() as session:
        session.auth = requests.auth.HTTPDigestAuth(USER, PASSWORD)
        for _ in range(2):
            resp = session.request("PROPFIND", url, data=PROPFIND, headers={"Depth": "0"})
            assert resp.status_code == 207
        front.stale_next("PROPFIND")
        resp = session.request("PROPFIND", url, data=PROPFIND, headers={"Depth": "0"})
        assert resp.status_code == 207
    assert front.verdicts() == ["401", "digest", "digest", "401 stale", "digest"]


@pytest.mark.parametrize("dav", ["radicale"], indirect=True)
def test_the_front_refuses_a_replayed_answer_and_one_for_another_address(
        dav: DavServer, dav_book: str, make_front: MakeFront) -> None:
    import http.client

    import requests
    from requests.utils import parse_dict_header

    front = make_front(algorithms=("SHA-256",))
    url = front_book_url(front, dav, dav_book)
    path = url.split(str(front.port), 1)[1]

    def send(target: str, authorization: str | None) -> tuple[int, str]:
        conn = http.client.HTTPConnection("127.0.0.1", front.port, timeout=30)
        try:
            conn.request("PROPFIND", target, PROPFIND,
                         {"Depth": "0", **({"Authorization": authorization}
                                           if authorization else {})})
            resp = conn.getresponse()
            resp.read()
            return resp.status, resp.getheader("WWW-Authenticate") or ""
        finally:
            conn.close()

    status, challenge = send(path, None)
    assert status == 401 and challenge.startswith("Digest ")
    auth = requests.auth.HTTPDigestAuth(USER, PASSWORD)
    auth.init_per_thread_state()
    auth._thread_local.chal = parse_dict_header(challenge.removeprefix("Digest "))
    header = auth.build_digest_header("PROPFIND", url)
    assert header is not None
    assert send(path, header)[0] == 207
    assert send(path, header)[0] == 401  # the same nonce count again: a replay
    other = auth.build_digest_header("PROPFIND", url)
    assert other is not None
    assert send(path + "other/", other)[0] == 401  # signed for another address
    assert front.verdicts() == ["401", "digest", "401", "401"]
