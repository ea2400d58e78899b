"""A front on 127.0.0.1 that asks for HTTP Digest (RFC 7616) before a real CardDAV server,
for the sync tests: what Baïkal set to Digest, Apple's calendar server or a NAS box do.

It answers every request without a right ``Authorization: Digest`` itself with 401 and its
challenges (one per algorithm, its own nonces, ``qop="auth"`` or none as RFC 2069), and
forwards what passes to the server behind it with that server's Basic credentials. It checks
the response per RFC 7616 §3.4.1 (its own code, not the app's: tests run standard clients
through it), the realm, the ``uri`` against the request target, the opaque value, and that
no nonce count is used twice for a nonce (a replay). ``stale_next`` makes every nonce
given so far expire at the next request of a method: that request (and any other sent with
an old nonce) meets ``stale=true`` and a fresh nonce; ``restart`` forgets them all (a plain
401 then). What each request carried is in ``exchanges`` (``FaultProxy``).

Being a :class:`FaultProxy`, it can inject the same faults into what it forwards."""

from __future__ import annotations

import base64
import hashlib
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import unquote
from urllib.request import parse_http_list, parse_keqv_list

from tests.sync.fault_proxy import FaultProxy
from tests.sync.servers import PASSWORD, USER, DavServer

REALM = "Rapport test realm"
_HASH = {"MD5": hashlib.md5, "SHA-256": hashlib.sha256}


def _h(algorithm: str, text: str) -> str:
    name = algorithm.upper().removesuffix("-SESS")
    return _HASH[name](text.encode("utf-8")).hexdigest()


@dataclass
class DigestFront(FaultProxy):
    """Private state: ``_nonces`` every nonce given and still good -> the nonce counts seen
    with it; ``_expired`` nonces given that are stale now; ``_stale_method`` the method
    whose next request expires the nonces (None: none waits). ``seen`` is (method, path,
    verdict) of every request: "basic", "digest" (forwarded), "401", "401 stale"."""

    algorithms: tuple[str, ...] = ("MD5",)
    qop: str | None = "auth"
    also_basic: bool = False  # offer (and accept) Basic as well, listed first
    always_stale: bool = False  # a broken server: every right answer meets stale=true
    password: str = PASSWORD  # what the front accepts (the server behind has its own)
    seen: list[tuple[str, str, str]] = field(default_factory=list)
    opaque: str = field(default_factory=lambda: secrets.token_hex(8))
    _nonces: dict[str, set[int]] = field(default_factory=dict)
    _expired: set[str] = field(default_factory=set)
    used: list[str] = field(default_factory=list)  # the algorithm of each Digest let through
    _stale_method: str | None = None
    _stale_skip: int = 0
    _front_lock: threading.Lock = field(default_factory=threading.Lock)

    def stale_next(self, method: str, skip: int = 0) -> None:
        """Expire every nonce given so far when the request of ``method`` after the next
        ``skip`` ones arrives."""
        with self._front_lock:
            self._stale_method = method
            self._stale_skip = skip

    def restart(self) -> None:
        """Forget every nonce given, as a restarted server does: one sent again meets a
        plain 401 (a nonce it never gave), not ``stale=true``."""
        with self._front_lock:
            self._nonces.clear()
            self._expired.clear()

    def verdicts(self) -> list[str]:
        return [v for _m, _p, v in self.seen]

    def upstream_headers(self) -> dict[str, str]:
        token = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        return {"Authorization": f"Basic {token}"}

    def gate(self, method: str, path: str, headers: list[tuple[str, str]]) -> bytes | None:
        auth = next((v for k, v in headers if k.lower() == "authorization"), "")
        with self._front_lock:
            if self._stale_method == method:
                self._stale_skip -= 1
                if self._stale_skip < 0:
                    self._stale_method = None
                    self._expired.update(self._nonces)
                    self._nonces.clear()
            verdict = self._verdict(method, path, auth)
            self.seen.append((method, path, verdict))
            if verdict in ("basic", "digest"):
                return None
            nonce = secrets.token_hex(16)
            self._nonces[nonce] = set()
        lines = ["HTTP/1.1 401 Unauthorized"]
        if self.also_basic:
            lines.append(f'WWW-Authenticate: Basic realm="{REALM}"')
        for algorithm in self.algorithms:
            parts = [f'realm="{REALM}"', f'nonce="{nonce}"', f'opaque="{self.opaque}"',
                     f"algorithm={algorithm}"]
            if self.qop:
                parts.append(f'qop="{self.qop}"')
            if verdict == "401 stale":
                parts.append("stale=true")
            lines.append("WWW-Authenticate: Digest " + ", ".join(parts))
        body = b"unauthorised\n"
        lines += ["Content-Type: text/plain", f"Content-Length: {len(body)}", "", ""]
        return "\r\n".join(lines).encode("latin-1") + body

    def _verdict(self, method: str, path: str, auth: str) -> str:
        scheme, _, rest = auth.strip().partition(" ")
        if scheme.lower() == "basic":
            try:
                given = base64.b64decode(rest.strip()).decode("utf-8")
            except ValueError:
                return "401"
            return "basic" if self.also_basic and given == f"{USER}:{self.password}" else "401"
        if scheme.lower() != "digest":
            return "401"
        p = parse_keqv_list(parse_http_list(rest))
        user = p.get("username")
        if user is None and p.get("username*", "").lower().startswith("utf-8''"):
            user = unquote(p["username*"][7:])
        algorithm = p.get("algorithm", "MD5")
        if algorithm.upper() not in {a.upper() for a in self.algorithms}:
            return "401"
        nonce, uri, response = p.get("nonce"), p.get("uri"), p.get("response")
        if (user != USER or p.get("realm") != REALM or uri != path or nonce is None
                or response is None or p.get("opaque") != self.opaque):
            return "401"
        ha1 = _h(algorithm, f"{user}:{REALM}:{self.password}")
        nc, cnonce = p.get("nc"), p.get("cnonce")
        if self.qop:
            if p.get("qop") != "auth" or not nc or not cnonce:
                return "401"
        elif "qop" in p:
            return "401"
        if algorithm.upper().endswith("-SESS"):
            if not cnonce:
                return "401"
            ha1 = _h(algorithm, f"{ha1}:{nonce}:{cnonce}")
        ha2 = _h(algorithm, f"{method}:{uri}")
        if self.qop:
            expected = _h(algorithm, f"{ha1}:{nonce}:{nc}:{cnonce}:auth:{ha2}")
        else:
            expected = _h(algorithm, f"{ha1}:{nonce}:{ha2}")
        if not secrets.compare_digest(expected, response.lower()):
            return "401"
        if nonce in self._expired or self.always_stale:
            return "401 stale"  # the right password with an old nonce (RFC 7616 §3.3)
        counts = self._nonces.get(nonce)
        if counts is None:
            return "401"  # a nonce this front never gave
        if self.qop:
            assert nc is not None
            if int(nc, 16) in counts:
                return "401"  # a replay
            counts.add(int(nc, 16))
        self.used.append(algorithm)
        return "digest"


MakeFront = Callable[..., "DigestFront"]  # the ``make_front`` fixture: options -> a started front


def front_book_url(front: FaultProxy, dav: DavServer, book: str) -> str:
    """The address of ``dav``'s address book ``book`` through ``front``."""
    return front.url.rstrip("/") + dav.book_url(book).split(str(dav.port), 1)[1]
