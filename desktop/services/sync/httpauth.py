"""HTTP authorisation of a sync account: Basic (RFC 7617) and Digest (RFC 7616).

No new setting, and no credentials before the server asks for them: the first request to a
server goes without ``Authorization``. A server that needs no sign-in (Xandikos as it comes,
a server behind its own front) never receives the password; one that answers 401 is
answered with the strongest scheme its challenges offer that we speak -- Digest before
Basic (RFC 7616 §3.7, RFC 9110 §11.6.1: the client picks) -- so a server offering Digest
never sees the password itself, even over a plain ``http://`` the user confirmed.

What worked is remembered for the rest of the process, per server (scheme, host and port)
and user name: later requests, later syncs and the calendar push answer pre-emptively
(RFC 7617 §2.2, RFC 7616 §3.6) -- Basic only where Basic is what the server asked for;
Digest with the server's nonce and an increasing nonce count -- so only the first request
of a process meets the 401. A ``stale=true`` challenge (RFC 7616 §3.3: the password was
right, the nonce had expired) renews the nonce without calling the password wrong. A
pre-emptive Digest answer refused without ``stale`` (a server restarted since, its nonces
gone) is answered once with the fresh challenge, as a first request is. Credentials sent in
answer to a challenge and refused again are wrong: the request ends with 401 (one line for
the user, no loop), and the server's scheme is forgotten, so the next sync starts afresh.

Supported: ``qop=auth`` and no qop (RFC 2069), algorithms MD5, MD5-sess, SHA-256 and
SHA-256-sess. Not supported: ``qop=auth-int`` (a hash of every body; no CardDAV server asks
for it alone), SHA-512-256, and ``userhash`` (the user name is sent as is; RFC 7616 lets the
client choose). A challenge offering only those is treated as a refusal (401).

Nothing here logs or keeps anything but the header it writes; the password stays in the
account's :class:`Authorizer`, never in what the process remembers of a server.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
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




@dataclass
class Attempt:
    """How one request has met the server's authorisation so far: the ``scheme`` of its
    last sending (None: without credentials; "basic"; "digest") and its Digest ``nonce``,
    every nonce it was sent with (``nonces``), whether it was sent again in answer to a
    challenge, a stale nonce's renewal included (``answered``: a refusal without
    ``stale`` after that is final) and whether a stale nonce was renewed for it
    (``renewed``: once; a server calling every nonce stale ends as a refusal, not a
    loop)."""

    scheme: str | None = None
    nonce: str | None = None
    nonces: set[str] = field(default_factory=set)
    answered: bool = False
    renewed: bool = False


class _Space:
    """What one server asked of one user, kept for the rest of the process: ``scheme``
    (None: nothing asked yet, or forgotten after a refusal; "basic"; "digest"), ``digest``
    the Digest session in use (with its nonce count), ``lock`` guarding both (every
    connection of every sync of the account shares them)."""

    def __init__(self) -> None:
        self.scheme: str | None = None
        self.digest: _DigestSession | None = None
        self.lock = threading.Lock()


_spaces: dict[tuple[str, str], _Space] = {}
_spaces_lock = threading.Lock()


def _space(origin: str, username: str) -> _Space:
    with _spaces_lock:
        return _spaces.setdefault((origin, username), _Space())


class Authorizer:
    """The ``Authorization`` header of one account's requests, for every thread of a sync.

    Private state: ``_user``, ``_password``; ``_basic`` the Basic header (sent only where
    the server asked for Basic); ``_space`` what the server (``origin``: scheme, host and
    port) asked of this user so far in the process, shared with every other authoriser of
    the same server and user."""

    def __init__(self, username: str, password: str, origin: str) -> None:
        self._user = username
        self._password = password
        token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        self._basic = f"Basic {token}"
        self._space = _space(origin.lower(), username)

    def header(self, method: str, target: str, attempt: Attempt) -> str | None:
        """The ``Authorization`` value for a sending of a request (None: send none yet),
        noted in ``attempt``."""
        space = self._space
        count = ""
        with space.lock:
            scheme, d = space.scheme, space.digest
            if scheme == "digest" and d is not None:
                d.count += 1
                count = f"{d.count:08x}"
        attempt.scheme, attempt.nonce = scheme, None
        if scheme == "basic":
            return self._basic
        if scheme != "digest" or d is None:
            attempt.scheme = None
            return None
        attempt.nonce = d.nonce
        attempt.nonces.add(d.nonce)
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
        return "Digest " + ", ".join(parts)

    def answer(self, challenges: list[Challenge], attempt: Attempt) -> bool:
        """Whether a request refused with 401 and these challenges is worth sending again
        (with what the challenges ask, remembered for the server from now on).

        Sent without credentials, or pre-emptively and refused: answered once with the
        strongest scheme offered (Digest before Basic; Basic refused where Basic is offered
        is not sent again, it would be the same header). A stale Digest nonce: renewed
        once. Anything else -- credentials given in answer to a challenge refused again
        without ``stale``, or no scheme we speak -- is a refusal (False): the user name or
        password is wrong. At most three sendings: pre-emptive, the fresh challenge's
        answer, one renewal."""
        digest = next((c for c in challenges if _usable(c)), None)  # RFC 7616 §3.7: the
        basic = any(c.scheme == "basic" for c in challenges)  # server lists its preferred first
        if (attempt.scheme == "digest" and digest is not None
                and digest.params.get("stale", "").lower() == "true"):
            if attempt.renewed or digest.params["nonce"] in attempt.nonces:
                return False
            attempt.renewed = attempt.answered = True
            self._use("digest", digest)
            return True
        if attempt.answered or (attempt.scheme == "basic" and basic):
            return False
        attempt.answered = True
        if digest is not None:
            if digest.params["nonce"] in attempt.nonces:
                return False
            self._use("digest", digest)
            return True
        if basic:
            self._use("basic", None)
            return True
        return False

    def forget(self) -> None:
        """The server refused this user's credentials: the next request goes without any
        (a later sync starts afresh, the password may have changed)."""
        with self._space.lock:
            self._space.scheme = None
            self._space.digest = None

    def _use(self, scheme: str, challenge: Challenge | None) -> None:
        with self._space.lock:
            self._space.scheme = scheme
            self._space.digest = _DigestSession(challenge) if challenge is not None else None
