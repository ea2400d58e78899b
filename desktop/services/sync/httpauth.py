"""HTTP authorisation of a sync account: Basic (RFC 7617) and Digest (RFC 7616).

No new setting: every request first carries Basic (one round trip, what most servers take).
A server that answers 401 offering Digest and not Basic (Baïkal or SabreDAV set to Digest,
Apple's calendar server, some NAS boxes) is answered with Digest from then on: its nonce is
reused with an increasing nonce count, and a ``stale=true`` challenge (RFC 7616 §3.3: the
password was right, the nonce had expired) renews it without calling the password wrong.

Supported: ``qop=auth`` and no qop (RFC 2069), algorithms MD5, MD5-sess, SHA-256 and
SHA-256-sess. Not supported: ``qop=auth-int`` (a hash of every body; no CardDAV server asks
for it alone), SHA-512-256, and ``userhash`` (the user name is sent as is; RFC 7616 lets the
client choose). A challenge offering only those is treated as a refusal (401).

Nothing here logs or keeps anything but the header it writes; the password stays in memory.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import quote

# RFC 9110 §5.6.2 token, §5.6.4 quoted-string, §11.2 token68
_TOKEN = r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+"
_QUOTED = r'"(?:[^"\\]|\\.)*"'
_PARAM = re.compile(rf"\s*({_TOKEN})\s*=\s*({_TOKEN}|{_QUOTED})\s*(?:,|$)")
_TOKEN68 = re.compile(r"\s*([A-Za-z0-9\-._~+/]+=*)\s*(?:,|$)")
_SCHEME = re.compile(rf"({_TOKEN})")

_HASHES: dict[str, Callable[[bytes], str]] = {
    "MD5": lambda b: hashlib.md5(b, usedforsecurity=False).hexdigest(),
    "SHA-256": lambda b: hashlib.sha256(b).hexdigest(),
}
# Digest nonces one request may be sent with: the first, and one renewal because it was stale
# (a server calling every nonce stale ends as a refusal, not a loop).
_MAX_NONCES = 2


@dataclass(frozen=True)
class Challenge:
    """One challenge of a ``WWW-Authenticate`` field: the scheme (lower case) and its
    parameters (names lower case, values unquoted)."""

    scheme: str
    params: dict[str, str]


def parse_challenges(values: Iterable[str]) -> list[Challenge]:
    """The challenges in the ``WWW-Authenticate`` fields of an answer (RFC 9110 §11.6.1:
    several per field, separated by commas, and commas inside quoted values). A part that
    cannot be read ends the field's parsing; what was read before is kept."""
    out: list[Challenge] = []
    for value in values:
        pos = 0
        current: Challenge | None = None
        while pos < len(value):
            if value[pos] in " \t,":
                pos += 1
                continue
            m = _PARAM.match(value, pos) if current is not None else None
            if current is not None and m is not None:
                raw = m.group(2)
                if raw.startswith('"'):
                    raw = re.sub(r"\\(.)", r"\1", raw[1:-1])
                current.params.setdefault(m.group(1).lower(), raw)
                pos = m.end()
                continue
            m = _SCHEME.match(value, pos)
            if m is None:
                break
            current = Challenge(m.group(1).lower(), {})
            out.append(current)
            pos = m.end()
            if pos < len(value) and value[pos] in " \t" and not _PARAM.match(value, pos):
                t68 = _TOKEN68.match(value, pos)  # "Basic abc==": nothing we need
                if t68 is not None:
                    pos = t68.end()
    return out


def _algorithm(challenge: Challenge) -> tuple[Callable[[bytes], str], bool] | None:
    """(hash, whether it is a ``-sess`` variant) of a Digest challenge, None if unsupported."""
    name = challenge.params.get("algorithm", "MD5").upper()
    session = name.endswith("-SESS")
    hash_ = _HASHES.get(name[: -len("-SESS")] if session else name)
    return (hash_, session) if hash_ is not None else None


def _qop(challenge: Challenge) -> str | bool | None:
    """"auth", None (no qop: RFC 2069), or False when only qops we do not speak are offered."""
    offered = challenge.params.get("qop")
    if offered is None:
        return None
    options = {q.strip().lower() for q in offered.split(",")}
    return "auth" if "auth" in options else False


def _usable(challenge: Challenge) -> bool:
    return (challenge.scheme == "digest" and "nonce" in challenge.params
            and "realm" in challenge.params and _algorithm(challenge) is not None
            and _qop(challenge) is not False)


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


class _DigestSession:
    """The Digest challenge in use: its parameters, our client nonce (one per server nonce,
    so that a ``-sess`` session key stays the same) and the nonce count, raised for every
    request sent with it (RFC 7616 §3.4: a count seen twice is a replay)."""

    def __init__(self, challenge: Challenge) -> None:
        found = _algorithm(challenge)
        assert found is not None
        self.hash, self.session = found
        qop = _qop(challenge)
        self.qop = qop if isinstance(qop, str) else None
        self.realm = challenge.params["realm"]
        self.nonce = challenge.params["nonce"]
        self.opaque = challenge.params.get("opaque")
        self.algorithm = challenge.params.get("algorithm")
        self.cnonce = secrets.token_hex(16)
        self.count = 0


class Authorizer:
    """The ``Authorization`` header of one account, for every thread of a sync.

    Private state: ``_user``, ``_password``; ``_basic`` the Basic header (sent while no
    Digest challenge was met); ``_digest`` the Digest session once a server asked for it
    (None before); ``_lock`` guards ``_digest`` and its nonce count (one authoriser, one
    connection per thread)."""

    def __init__(self, username: str, password: str) -> None:
        self._user = username
        self._password = password
        token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        self._basic = f"Basic {token}"
        self._digest: _DigestSession | None = None
        self._lock = threading.Lock()

    def header(self, method: str, target: str) -> tuple[str, str | None]:
        """(the ``Authorization`` value for a request, the Digest nonce it uses or None)."""
        with self._lock:
            d = self._digest
            if d is None:
                return self._basic, None
            d.count += 1
            count = f"{d.count:08x}"
        h = d.hash
        a1 = h(f"{self._user}:{d.realm}:{self._password}".encode())
        if d.session:
            a1 = h(f"{a1}:{d.nonce}:{d.cnonce}".encode())
        a2 = h(f"{method}:{target}".encode())
        if d.qop:
            response = h(f"{a1}:{d.nonce}:{count}:{d.cnonce}:{d.qop}:{a2}".encode())
        else:
            response = h(f"{a1}:{d.nonce}:{a2}".encode())
        if self._user.isascii():
            parts = [f"username={_quoted(self._user)}"]
        else:  # RFC 7616 §3.4.4
            parts = [f"username*=UTF-8''{quote(self._user, safe='')}"]
        parts += [f"realm={_quoted(d.realm)}", f"nonce={_quoted(d.nonce)}",
                  f"uri={_quoted(target)}", f"response={_quoted(response)}"]
        if d.algorithm is not None:
            parts.append(f"algorithm={d.algorithm}")
        if d.opaque is not None:
            parts.append(f"opaque={_quoted(d.opaque)}")
        if d.qop:
            parts += [f"qop={d.qop}", f"nc={count}", f"cnonce={_quoted(d.cnonce)}"]
        return "Digest " + ", ".join(parts), d.nonce

    def answer(self, challenges: list[Challenge], sent_with: str | None,
               tried: set[str]) -> bool:
        """Whether a request refused with 401 and these challenges is worth sending again.

        ``sent_with`` is the nonce the refused request carried (None: Basic), ``tried`` the
        nonces it has been sent with so far. Basic refused where Basic is offered, or a
        Digest answer refused without ``stale=true``: the user name or password is wrong
        (False). Basic refused by a server offering Digest only, or a stale nonce: the
        challenge becomes the session (True), once per nonce and request."""
        offered = [c for c in challenges if _usable(c)]
        if not offered or len(tried) >= _MAX_NONCES:
            return False
        if sent_with is None:
            if any(c.scheme == "basic" for c in challenges):
                return False  # Basic is what the server prefers, and it said no
        elif offered[0].params.get("stale", "").lower() != "true":
            return False
        challenge = offered[0]  # RFC 7616 §3.7: the server lists its preferred first
        if challenge.params["nonce"] in tried:
            return False
        with self._lock:
            self._digest = _DigestSession(challenge)
        return True
