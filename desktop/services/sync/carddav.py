"""A small CardDAV client (RFC 6352 over WebDAV, RFC 4918) on the standard library.

No Qt, no vobject: it moves vCard bytes and ETags; the sync engine gives them meaning.

Two layers, so that CalDAV features can reuse the first:

* :class:`Transport` -- one account's HTTP(S) settings and their rules: authorisation only
  in answer to the server's challenge, Digest before Basic (``httpauth``), the socket timeout,
  an overall
  deadline per request, a cap on the size of an answer, TLS with the system's CAs, a CA file
  or a pinned certificate (self-hosted servers), and the refusal of ``http://`` to anything
  but the loopback unless the user allowed it (the password would travel in clear).
  :meth:`Transport.connection` opens a :class:`Connection`: one kept-alive HTTP connection
  that can send a request and read the answer later (pipelining by one). Every failure is
  a :class:`CardDavError` whose message is one line a user can act on ("the server refused
  the user name or password (401)").
* :class:`CardDavClient` -- the DAV requests: discovery (RFC 6352 §11, RFC 6764 §6),
  ``sync-collection`` (RFC 6578) or a Depth 1 PROPFIND of ETags, ``addressbook-multiget`` in
  chunks, PUT with ``If-Match`` / ``If-None-Match: *``, DELETE with ``If-Match``, and
  :meth:`CardDavClient.put_many`: a few PUTs at once on their own kept-alive connections.

Hrefs are kept as decoded paths (``/user/book/a b.vcf``) and quoted again on the wire, so the
same resource always compares equal whatever escaping the server chose.
"""

from __future__ import annotations

import hashlib
import http.client
import ipaddress
import socket
import ssl
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import quote, unquote, urljoin, urlsplit, urlunsplit

from desktop.services.sync.httpauth import Attempt, Authorizer, parse_challenges
from desktop.text import Phrase, Phrases, Translatable, phrase_text

DAV = "DAV:"
CARD = "urn:ietf:params:xml:ns:carddav"
CS = "http://calendarserver.org/ns/"
_NS = {"d": DAV, "c": CARD, "cs": CS}
MULTIGET_CHUNK = 250  # hrefs per addressbook-multiget: big enough to be fast, small enough
#                      that a server's request-size limit is never near
_MAX_REDIRECTS = 5
# Answers that say "not now" (423 Locked: another client is writing it; 429 Too Many
# Requests; 503 Unavailable): the request was not carried out, so it is sent again, up to
# ``_BUSY_TRIES`` times, after what Retry-After asks (at most ``_BUSY_WAIT_MAX`` seconds:
# longer is reported at once) or 0.5, 1, 2 s, within the request's deadline.
_BUSY = frozenset({423, 429, 503})
_BUSY_TRIES = 3
_BUSY_WAIT_MAX = 5.0
_READ_CHUNK = 64 * 1024


class SyncText(Translatable):
    """Translation context of the sync's sentences: what the server answered, why a card
    was refused, the summary of a sync and an account's status. Each is written in the
    user's language when it is composed (English on the command line, which installs no
    translator)."""


class SyncError(Phrases):
    """Translation context of why a sync could not go on or a card was refused: kept as
    its parts (an account's last error, a refused card's reason) and worded in the
    language of whatever shows it -- English on the command line, German in the German
    app, whichever wrote it (issue 14)."""


class CardDavError(Exception):
    """A one-line reason the sync could not go on: ``message`` (a phrase, worded by
    ``str()`` in the user's language, or text as the server or the system said it)."""

    def __init__(self, message: str | Phrase, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status

    def __str__(self) -> str:
        return phrase_text(self.message)


class AuthError(CardDavError):
    """401: wrong user name or password."""


class PreconditionFailed(CardDavError):
    """412: the resource changed on the server since we read it (or exists when creating)."""


class InvalidSyncToken(CardDavError):
    """The server no longer knows our sync token (RFC 6578 §3.2 valid-sync-token)."""


class NetworkError(CardDavError):
    """Connection refused, reset, timed out: the server went away (the next sync resumes)."""


class UidConflict(CardDavError):
    """RFC 6352 §6.3.2.1 ``no-uid-conflict``: a card with this UID lives at ``href`` already
    (an upload of ours whose answer was lost, under another name)."""

    def __init__(self, message: str | Phrase, href: str | None) -> None:
        super().__init__(message, 409)
        self.href = href


class InsecureConnection(CardDavError):
    """``http://`` to a host that is not this machine, not allowed by the user."""


@dataclass(frozen=True)
class TransportOptions:
    """How to talk to one server.

    ``timeout``: seconds any one network step (connect, a read) may take.
    ``deadline``: seconds a whole request may take, answer included: a server that trickles
    its answer ends with a clear message instead of a hang.
    ``max_response``: bytes an answer may have; beyond it the request fails (a broken or
    hostile server cannot fill the memory).
    ``ca_file``: a PEM file of the CA that signed a self-hosted server's certificate.
    ``pinned_sha256``: the SHA-256 of the server certificate (hex, colons allowed): that
    certificate and no other is accepted, whoever signed it (a self-signed server).
    ``allow_http``: the user confirmed ``http://`` to a host other than this machine.
    """

    timeout: float = 30.0
    deadline: float = 300.0
    max_response: int = 64 * 1024 * 1024
    ca_file: str | None = None
    pinned_sha256: str | None = None
    allow_http: bool = False


@dataclass(frozen=True)
class AddressBook:
    url: str  # absolute URL of the collection, ending in "/"
    name: str
    description: str = ""
    ctag: str | None = None
    sync_token: str | None = None


@dataclass(frozen=True)
class Resource:
    href: str  # decoded path
    etag: str | None
    data: bytes


@dataclass(frozen=True)
class SyncChanges:
    """What a ``sync-collection`` report says changed since a token."""

    changed: dict[str, str | None]  # href -> etag
    deleted: frozenset[str]
    token: str | None
    truncated: bool = False  # RFC 6578 §3.6: 507 on the collection, more to ask for


@dataclass
class Pending:
    """A request sent (``sent``) or still to send, whose answer is not read yet.

    ``headers`` are without ``Authorization``, which is written at each sending (none until
    the server asked; a Digest nonce count rises with each); ``auth`` is how the request has
    met the server's authorisation so far (``httpauth.Attempt``: a 401 sends it again only
    as that allows)."""

    method: str
    path: str
    body: bytes | None
    headers: dict[str, str]
    what: str | Phrase
    sent: bool = False
    started: float = 0.0  # time.monotonic() when it was first sent (the deadline's start)
    auth: Attempt = field(default_factory=Attempt)


@dataclass(frozen=True)
class Response:
    status: int
    headers: dict[str, str]  # lower-cased names
    body: bytes


@dataclass(frozen=True)
class PutResult:
    """The outcome of one PUT of :meth:`CardDavClient.put_many`: the new ETag, or the error
    (``PreconditionFailed`` for 412, any other :class:`CardDavError` for a refusal)."""

    etag: str | None = None
    error: CardDavError | None = None


def _q(tag: str) -> str:
    prefix, name = tag.split(":", 1)
    return f"{{{_NS[prefix]}}}{name}"


def norm_href(href: str) -> str:
    """A server's href (absolute URL or path, escaped or not) as a decoded path."""
    return unquote(urlsplit(href.strip()).path)


def _etag(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def split_credentials(url: str) -> tuple[str, str | None, str | None]:
    """``https://ana:pw@host/dav`` -> (``https://host/dav``, "ana", "pw"): a password typed
    inside the address is taken out of it (it must go to the keyring, never be stored or
    shown with the address)."""
    url = url.strip()
    if "://" not in url:
        url = "https://" + url
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url, None, None
    userinfo, host = parts.netloc.rsplit("@", 1)
    user, sep, password = userinfo.partition(":")
    clean = urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))
    return clean, unquote(user) or None, unquote(password) if sep else None


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def needs_http_confirmation(url: str) -> bool:
    """Whether the address is ``http://`` to a host other than this machine: the password
    would travel in clear, so the user must confirm it."""
    clean, _u, _p = split_credentials(url)
    parts = urlsplit(clean)
    return parts.scheme == "http" and not is_loopback(parts.hostname or "")


def _busy_wait(retry_after: str | None, tries: int) -> float | None:
    """Seconds to wait before asking again after a "not now" answer (``_BUSY``), or None:
    do not ask again (the server asks for longer than ``_BUSY_WAIT_MAX``)."""
    wait = 0.5 * 2 ** tries
    if retry_after:
        value = retry_after.strip()
        if value.isdigit():
            wait = float(value)
        else:
            try:
                when = parsedate_to_datetime(value)
            except (TypeError, ValueError, IndexError):
                return wait
            wait = max(0.0, when.timestamp() - time.time())
    return wait if wait <= _BUSY_WAIT_MAX else None


def _status_reason(status: int, what: str | Phrase) -> Phrase:
    """Why a request failed, in the user's language (written only when one did)."""
    if status == 400:
        return SyncError.tr("the server refused %1 as invalid (400)").fill(what)
    if status == 401:
        return SyncError.tr("the server refused the user name or password (401)")
    if status == 403:
        return SyncError.tr("the server does not allow this: %1 (403 Forbidden)").fill(what)
    if status == 404:
        return SyncError.tr("not found on the server: %1 (404)").fill(what)
    if status == 405:
        return SyncError.tr("the server does not support this request: %1 (405)").fill(what)
    if status == 409:
        return SyncError.tr("the server reported a conflict: %1 (409)").fill(what)
    if status == 412:
        return SyncError.tr("changed on the server meanwhile: %1 (412)").fill(what)
    if status == 413:
        return SyncError.tr("the server refused %1 as too large (413)").fill(what)
    if status == 415:
        return SyncError.tr("the server does not accept this kind of data: %1 (415)").fill(what)
    if status == 507:
        return SyncError.tr("the server is out of storage (507)")
    if status >= 500:
        return SyncError.tr("the server failed (%1) on %2").fill(status, what)
    return SyncError.tr("unexpected answer %1 from the server on %2").fill(status, what)


def _server_text(body: bytes) -> str:
    """A short, one-line reason from an error answer's body (Radicale and Xandikos say why
    they refuse a card in plain text), or ""."""
    text = body[:2000].decode("utf-8", "replace")
    if "<" in text and ">" in text:  # an HTML or XML page: keep the text only
        import re

        text = re.sub(r"<[^>]*>", " ", text)
    text = " ".join(text.split())
    return text[:200]


def _fingerprint(value: str) -> str:
    return value.replace(":", "").replace(" ", "").strip().lower()


class Transport:
    """One account's way to the server: where (``scheme``, ``host``), who (``auth``, the
    authorisation: none, Digest or Basic, as the server asks; shared by its connections and,
    for what the server asked, by every transport to it in the process) and how
    (:class:`TransportOptions`, the TLS context built once). Thread-safe: each thread opens
    its own :class:`Connection`."""

    def __init__(self, url: str, username: str, password: str,
                 options: TransportOptions | None = None, *,
                 user_agent: str = "Rapport CardDAV sync") -> None:
        clean, url_user, url_password = split_credentials(url)
        parts = urlsplit(clean)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise CardDavError(SyncError.tr("not a server address: %1").fill(clean))
        self.options = options or TransportOptions()
        self.url = clean if clean.endswith("/") or parts.path else clean + "/"
        self.scheme = parts.scheme
        self.host = parts.netloc
        if self.scheme == "http" and not is_loopback(parts.hostname) \
                and not self.options.allow_http:
            raise InsecureConnection(SyncError.tr(
                "%1 is reached over http://, which would send the password in clear; use "
                "https:// or confirm plain http for this account").fill(parts.hostname))
        username = username or url_user or ""
        password = password if password or url_password is None else url_password
        self.auth = Authorizer(username, password, f"{self.scheme}://{self.host}")
        self.user_agent = user_agent
        self._ssl: ssl.SSLContext | None = None
        if self.scheme == "https":
            opts = self.options
            if opts.pinned_sha256:
                # A pinned certificate replaces the CA check (a self-signed server): the
                # fingerprint is compared after the handshake, before anything is sent.
                ctx = ssl.create_default_context()
                ctx.check_hostname = False
                ctx.verify_mode = ssl.CERT_NONE
            else:
                try:
                    ctx = ssl.create_default_context(cafile=opts.ca_file or None)
                except (OSError, ssl.SSLError) as exc:
                    raise CardDavError(SyncError.tr("cannot read the CA file %1: %2").fill(
                        opts.ca_file, getattr(exc, "strerror", None) or str(exc))) from None
            self._ssl = ctx

    def connection(self) -> Connection:
        return Connection(self)

    def path(self, url_or_href: str) -> str:
        """The request target for an absolute URL or a path on this host."""
        parts = urlsplit(url_or_href)
        if parts.netloc and parts.netloc.rsplit("@", 1)[-1] != self.host:
            raise CardDavError(SyncError.tr("the server pointed to another host: %1").fill(
                parts.netloc))
        return quote(unquote(parts.path or "/"))

    def absolute(self, href: str) -> str:
        return urljoin(self.url, quote(norm_href(href)) if not href.startswith("http")
                       else href)

    def _open(self) -> http.client.HTTPConnection:
        opts = self.options
        conn: http.client.HTTPConnection
        if self.scheme == "https":
            conn = http.client.HTTPSConnection(self.host, timeout=opts.timeout,
                                               context=self._ssl)
        else:
            conn = http.client.HTTPConnection(self.host, timeout=opts.timeout)
        conn.connect()
        if opts.pinned_sha256 and isinstance(conn.sock, ssl.SSLSocket):
            der = conn.sock.getpeercert(binary_form=True) or b""
            if hashlib.sha256(der).hexdigest() != _fingerprint(opts.pinned_sha256):
                conn.close()
                raise CardDavError(SyncError.tr(
                    "the certificate of %1 is not the pinned one (SHA-256 %2…); not "
                    "connecting").fill(self.host, hashlib.sha256(der).hexdigest()[:16]))
        return conn

    def net_reason(self, exc: BaseException) -> Phrase:
        host = self.host
        if isinstance(exc, ConnectionRefusedError):
            return SyncError.tr("cannot connect to %1: connection refused").fill(host)
        if isinstance(exc, socket.gaierror):
            return SyncError.tr("cannot find the server %1").fill(host)
        if isinstance(exc, (ConnectionResetError, http.client.RemoteDisconnected,
                            BrokenPipeError)):
            return SyncError.tr("the server at %1 closed the connection").fill(host)
        if isinstance(exc, ssl.SSLCertVerificationError):
            return SyncError.tr("the certificate of %1 is not trusted (%2); give the "
                                "server's CA file or pin its certificate").fill(
                host, str(exc.verify_message))
        if isinstance(exc, ssl.SSLError):
            return SyncError.tr("secure connection to %1 failed: %2").fill(
                host, str(exc.reason or exc))
        text = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        return SyncError.tr("cannot reach %1: %2").fill(host, text)


class Connection:
    """One kept-alive HTTP(S) connection of a :class:`Transport`. Private state: ``_conn``
    (None until the first request, and after the server or an error closed it: the next
    request reopens it), ``_pending`` the request sent on it whose answer is not read yet
    (at most one). Not thread-safe: one per thread."""

    def __init__(self, transport: Transport) -> None:
        self.t = transport
        self._conn: http.client.HTTPConnection | None = None
        self._pending: Pending | None = None

    def close(self) -> None:
        self._pending = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _connect(self) -> http.client.HTTPConnection:
        if self._conn is None:
            self._conn = self.t._open()
        return self._conn

    def request(self, method: str, target: str, body: bytes | None = None,
                headers: dict[str, str] | None = None, *, what: str | Phrase = "") -> Response:
        """Send one request; network failures become :class:`NetworkError`. HTTP error
        statuses are returned, not raised (the caller knows which are fine), except 401."""
        return self.finish(self.start(method, target, body, headers, what=what))

    def start(self, method: str, target: str, body: bytes | None = None,
              headers: dict[str, str] | None = None, *, what: str | Phrase = "") -> Pending:
        """Send a request without waiting for the answer, so that the server prepares it
        while the caller works; :meth:`finish` reads it. Starting another request drops an
        unread answer (the connection is reopened). Never raises for the network: a
        failed send is retried, and reported, by :meth:`finish`."""
        hdrs = {"User-Agent": self.t.user_agent}
        if body is not None:
            hdrs.setdefault("Content-Type", "application/xml; charset=utf-8")
        hdrs.update(headers or {})
        pending = Pending(method, self.t.path(target), body, hdrs, what or method,
                          started=time.monotonic())
        if self._pending is not None:
            self.close()  # an abandoned answer would be read as this one's
        try:
            self._send(pending)
        except (OSError, http.client.HTTPException, CardDavError):
            self.close()  # finish() sends it again and says why if that fails too
        else:
            pending.sent = True
            self._pending = pending
        return pending

    def _send(self, pending: Pending) -> None:
        """Send (or send again) ``pending`` with the authorisation of this moment."""
        auth = self.t.auth.header(pending.method, pending.path, pending.auth)
        headers = pending.headers if auth is None else {**pending.headers, "Authorization": auth}
        self._connect().request(pending.method, pending.path, body=pending.body,
                                headers=headers)

    def _remaining(self, pending: Pending) -> float:
        left = pending.started + self.t.options.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError
        return left

    def _settimeout(self, pending: Pending) -> None:
        sock = self._conn.sock if self._conn is not None else None
        if sock is not None:
            sock.settimeout(min(self.t.options.timeout, self._remaining(pending)))

    def _read(self, resp: http.client.HTTPResponse, pending: Pending) -> bytes:
        """The body, read a piece at a time so that the deadline and the size cap hold
        whatever the server does (trickles, or sends without end)."""
        cap = self.t.options.max_response
        length = resp.getheader("content-length")
        if length is not None and length.isdigit() and int(length) > cap:
            raise _TooBig
        parts: list[bytes] = []
        size = 0
        while True:
            self._settimeout(pending)
            piece = resp.read1(_READ_CHUNK)
            if not piece:
                break
            size += len(piece)
            if size > cap:
                raise _TooBig
            parts.append(piece)
        resp.close()  # read1 leaves a fully read answer open; the connection stays usable
        return b"".join(parts)

    def finish(self, pending: Pending) -> Response:
        """The answer to a request from :meth:`start` (sent again once if the kept-alive
        connection had been closed by the server, when a 401 asks for credentials or
        renews a stale nonce: :meth:`Authorizer.answer`, and after a "not now": ``_BUSY``)."""
        sent = pending.sent and self._pending is pending
        self._pending = None
        t = self.t
        attempt = 0
        busy = 0  # "not now" answers so far (``_BUSY``)
        while True:
            attempt += 1
            try:
                if not sent:
                    self._remaining(pending)
                    self._send(pending)
                sent = False  # a retry sends afresh
                assert self._conn is not None
                self._settimeout(pending)
                resp = self._conn.getresponse()
                data = self._read(resp, pending)
            except (ConnectionError, http.client.RemoteDisconnected,
                    http.client.BadStatusLine) as exc:
                self.close()
                # A kept-alive connection the server closed while idle: try once afresh.
                if attempt == 1 and isinstance(exc, (http.client.RemoteDisconnected,
                                                     ConnectionResetError, BrokenPipeError)):
                    continue
                raise NetworkError(t.net_reason(exc)) from None
            except TimeoutError:
                self.close()
                if time.monotonic() >= pending.started + t.options.deadline:
                    raise NetworkError(SyncError.tr(
                        "the server at %1 took longer than %2 s for %3; stopped").fill(
                        t.host, f"{t.options.deadline:g}", pending.what)) from None
                raise NetworkError(SyncError.tr(
                    "the server at %1 did not answer within %2 s").fill(
                    t.host, f"{t.options.timeout:g}")) from None
            except _TooBig:
                self.close()
                raise CardDavError(SyncError.tr(
                    "the server's answer to %1 is larger than %2 MB; stopped").fill(
                    pending.what, t.options.max_response // (1024 * 1024))) from None
            except OSError as exc:
                self.close()
                raise NetworkError(t.net_reason(exc)) from None
            except http.client.HTTPException as exc:
                self.close()
                raise NetworkError(SyncError.tr(
                    "the server at %1 sent a broken answer (%2)").fill(
                    t.host, type(exc).__name__)) from None
            if resp.getheader("connection", "").lower() == "close":
                self.close()
            headers_out = {k.lower(): v for k, v in resp.getheaders()}
            if resp.status == 401:
                challenges = parse_challenges(resp.msg.get_all("WWW-Authenticate") or [])
                if t.auth.answer(challenges, pending.auth):
                    attempt = 0  # a new request as far as the network retry goes
                    continue
                t.auth.forget()
                raise AuthError(_status_reason(401, pending.what), 401)
            if resp.status in _BUSY and busy < _BUSY_TRIES:
                wait = _busy_wait(headers_out.get("retry-after"), busy)
                if wait is not None and \
                        time.monotonic() + wait < pending.started + t.options.deadline:
                    busy += 1
                    time.sleep(wait)
                    attempt = 0  # a new request as far as the network retry goes
                    continue
            return Response(resp.status, headers_out, data)


class _TooBig(Exception):
    """An answer over ``max_response`` (turned into a CardDavError by ``finish``)."""


def check(resp: Response, ok: Iterable[int], what: str | Phrase) -> Response:
    """``resp`` if its status is one of ``ok``, else the error a user reads (with the
    server's own short reason for a refused request)."""
    if resp.status in ok:
        return resp
    body = resp.body
    if b"no-uid-conflict" in body:
        href = None
        try:
            found = ET.fromstring(body).find(f".//{_q('c:no-uid-conflict')}/{_q('d:href')}")
            href = norm_href(found.text or "") if found is not None and found.text else None
        except ET.ParseError:
            pass
        raise UidConflict(SyncError.tr(
            "the server already has this contact under another name: %1").fill(what), href)
    # Xandikos answers an invalid card with 412 and a CardDAV precondition (RFC 6352
    # §6.3.2.1): a refusal of the card, not "changed meanwhile".
    refused = (b"valid-address-data" in body or b"supported-address-data" in body
               or b"max-resource-size" in body)
    if resp.status == 412 and not refused:
        raise PreconditionFailed(_status_reason(412, what), 412)
    reason = _status_reason(resp.status, what)
    if resp.status == 412:
        reason = SyncError.tr("the server refused %1 as invalid (412)").fill(what)
    said = _server_text(resp.body) if 400 <= resp.status < 500 else ""
    raise CardDavError(SyncError.tr("%1: %2", "a refusal and what the server said").fill(
        reason, said) if said else reason, resp.status)


class CardDavClient:
    """One account's DAV requests. Private state: ``transport`` (where and how), ``_conn``
    the main kept-alive connection (reads, discovery, single writes; one request at a time
    in flight on it). Not thread-safe: one client per thread; :meth:`put_many` runs its
    PUTs on connections of its own."""

    def __init__(self, url: str, username: str, password: str, *, timeout: float = 30.0,
                 options: TransportOptions | None = None,
                 user_agent: str = "Rapport CardDAV sync") -> None:
        opts = options or TransportOptions(timeout=timeout)
        self.transport = Transport(url, username, password, opts, user_agent=user_agent)
        self.url = self.transport.url
        self.timeout = opts.timeout
        self._conn = self.transport.connection()

    # ------------------------------------------------------------------ transport

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> CardDavClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def absolute(self, href: str) -> str:
        return self.transport.absolute(href)

    def request(self, method: str, target: str, body: bytes | None = None,
                headers: dict[str, str] | None = None, *, what: str | Phrase = "") -> Response:
        return self._conn.request(method, target, body, headers, what=what)

    def start(self, method: str, target: str, body: bytes | None = None,
              headers: dict[str, str] | None = None, *, what: str | Phrase = "") -> Pending:
        return self._conn.start(method, target, body, headers, what=what)

    def finish(self, pending: Pending) -> Response:
        return self._conn.finish(pending)

    def _check(self, resp: Response, ok: Iterable[int], what: str | Phrase) -> Response:
        return check(resp, ok, what)

    def _follow(self, method: str, url: str, body: bytes, headers: dict[str, str],
                what: str | Phrase) -> tuple[str, Response]:
        for _ in range(_MAX_REDIRECTS):
            resp = self.request(method, url, body, headers, what=what)
            if resp.status in (301, 302, 303, 307, 308) and "location" in resp.headers:
                url = urljoin(url, resp.headers["location"])
                continue
            return url, resp
        raise CardDavError(SyncError.tr("too many redirects from %1").fill(what))

    # ------------------------------------------------------------------ XML

    def _propfind(self, url: str, props: Iterable[str], depth: str, what: str | Phrase
                  ) -> tuple[str, dict[str, dict[str, ET.Element]]]:
        body = ('<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:" '
                f'xmlns:c="{CARD}" xmlns:cs="{CS}"><d:prop>'
                + "".join(f"<{p}/>" for p in props) + "</d:prop></d:propfind>").encode()
        url, resp = self._follow("PROPFIND", url, body, {"Depth": depth}, what)
        self._check(resp, (207,), what)
        return url, self._props(resp.body, what)

    @staticmethod
    def _parse(body: bytes, what: str | Phrase) -> ET.Element:
        try:
            return ET.fromstring(body)
        except ET.ParseError:
            raise CardDavError(SyncError.tr(
                "the server sent an unreadable answer to %1").fill(what)) from None

    def _props(self, body: bytes, what: str | Phrase) -> dict[str, dict[str, ET.Element]]:
        """href -> {property tag: element} for the 200 propstats of a multistatus."""
        out: dict[str, dict[str, ET.Element]] = {}
        for r in self._parse(body, what).iter(_q("d:response")):
            href = r.findtext(_q("d:href"))
            if href is None:
                continue
            props: dict[str, ET.Element] = {}
            for ps in r.iter(_q("d:propstat")):
                status = ps.findtext(_q("d:status")) or ""
                if " 200 " not in status + " ":
                    continue
                prop = ps.find(_q("d:prop"))
                if prop is not None:
                    for p in prop:
                        props[p.tag] = p
            out[norm_href(href)] = props
        return out

    # ------------------------------------------------------------------ discovery

    def discover(self) -> list[AddressBook]:
        """The address books this account can see (RFC 6352 §11 / RFC 6764)."""
        start = self.url
        url, props = self._propfind(
            start, ("d:resourcetype", "d:current-user-principal", "d:displayname",
                    "cs:getctag", "d:sync-token", "c:addressbook-description"),
            "0", SyncError.tr("looking for address books"))
        here = next(iter(props.values()), {})
        book = self._book_from(url, here)
        if book is not None:
            return [book]
        principal = here.get(_q("d:current-user-principal"))
        principal_href = principal.findtext(_q("d:href")) if principal is not None else None
        if not principal_href and urlsplit(start).path in ("", "/"):
            url, props = self._propfind(urljoin(start, "/.well-known/carddav"),
                                        ("d:current-user-principal",), "0",
                                        SyncError.tr("looking for address books"))
            here = next(iter(props.values()), {})
            principal = here.get(_q("d:current-user-principal"))
            principal_href = principal.findtext(_q("d:href")) if principal is not None else None
        home = url
        if principal_href:
            purl = urljoin(url, principal_href)
            _u, pprops = self._propfind(purl, ("c:addressbook-home-set",), "0",
                                        SyncError.tr("looking for address books"))
            pp = next(iter(pprops.values()), {})
            home_el = pp.get(_q("c:addressbook-home-set"))
            home_href = home_el.findtext(_q("d:href")) if home_el is not None else None
            home = urljoin(purl, home_href) if home_href else purl
        _u, children = self._propfind(
            home, ("d:resourcetype", "d:displayname", "cs:getctag", "d:sync-token",
                   "c:addressbook-description"), "1", "listing address books")
        books = []
        for href, p in children.items():
            b = self._book_from(urljoin(home, quote(href)), p)
            if b is not None:
                books.append(b)
        if not books:
            raise CardDavError(SyncError.tr("no address books found for this account on the "
                                            "server"))
        return sorted(books, key=lambda b: b.name.casefold())

    def _book_from(self, url: str, props: dict[str, ET.Element]) -> AddressBook | None:
        rtype = props.get(_q("d:resourcetype"))
        if rtype is None or rtype.find(_q("c:addressbook")) is None:
            return None
        if not url.endswith("/"):
            url += "/"
        name = (props[_q("d:displayname")].text or "").strip() \
            if _q("d:displayname") in props else ""
        desc_el = props.get(_q("c:addressbook-description"))
        path = norm_href(url).rstrip("/")
        return AddressBook(
            url=url, name=name or path.rsplit("/", 1)[-1] or url,
            description=(desc_el.text or "").strip() if desc_el is not None else "",
            ctag=_text(props.get(_q("cs:getctag"))),
            sync_token=_text(props.get(_q("d:sync-token"))),
        )

    def book_info(self, url: str) -> AddressBook:
        _u, props = self._propfind(url, ("d:resourcetype", "d:displayname", "cs:getctag",
                                         "d:sync-token"), "0", "reading the address book")
        book = self._book_from(url, next(iter(props.values()), {}))
        if book is None:
            raise CardDavError(SyncError.tr("not an address book any more: %1").fill(
                norm_href(url)), 404)
        return book

    # ------------------------------------------------------------------ listing

    def list_etags(self, url: str) -> dict[str, str | None]:
        """href -> ETag of every vCard in the address book (Depth 1 PROPFIND)."""
        _u, props = self._propfind(url, ("d:getetag", "d:resourcetype"), "1",
                                   SyncError.tr("listing the address book"))
        own = norm_href(url).rstrip("/")
        out: dict[str, str | None] = {}
        for href, p in props.items():
            if href.rstrip("/") == own:
                continue
            rtype = p.get(_q("d:resourcetype"))
            if rtype is not None and len(rtype):
                continue  # a sub-collection, not a vCard
            out[href] = _text(p.get(_q("d:getetag")))
        return out

    def sync_collection(self, url: str, token: str | None) -> SyncChanges:
        """Changes since ``token`` (None: everything), RFC 6578."""
        return self.read_sync_collection(self.start_sync_collection(url, token))

    def start_sync_collection(self, url: str, token: str | None) -> Pending:
        """Ask for the changes since ``token`` without waiting (the server works on it
        while the caller looks for local changes); :meth:`read_sync_collection` reads it."""
        body = ('<?xml version="1.0" encoding="utf-8"?><d:sync-collection xmlns:d="DAV:">'
                f"<d:sync-token>{_xml_text(token or '')}</d:sync-token>"
                "<d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop>"
                "</d:sync-collection>").encode()
        return self.start("REPORT", url, body, {"Depth": "1"}, what="sync-collection")

    def read_sync_collection(self, pending: Pending) -> SyncChanges:
        url = pending.path
        resp = self.finish(pending)
        if resp.status in (403, 409) and b"valid-sync-token" in resp.body:
            raise InvalidSyncToken("the server forgot our sync state; reading everything",
                                   resp.status)
        self._check(resp, (207,), SyncError.tr("reading changes"))
        root = self._parse(resp.body, SyncError.tr("reading changes"))
        changed: dict[str, str | None] = {}
        deleted: set[str] = set()
        own = norm_href(url).rstrip("/")
        truncated = False
        for r in root.iter(_q("d:response")):
            href = r.findtext(_q("d:href"))
            status = r.findtext(_q("d:status")) or ""
            if href is None or norm_href(href).rstrip("/") == own:
                truncated = truncated or " 507 " in status + " "
                continue
            path = norm_href(href)
            if " 404 " in status + " ":
                deleted.add(path)
                continue
            etag = None
            for ps in r.iter(_q("d:propstat")):
                if " 200 " in (ps.findtext(_q("d:status")) or "") + " ":
                    etag = _etag(ps.findtext(f"{_q('d:prop')}/{_q('d:getetag')}"))
            changed[path] = etag
        return SyncChanges(changed, frozenset(deleted), _etag(root.findtext(_q("d:sync-token"))),
                           truncated)

    # ------------------------------------------------------------------ vCards

    def multiget(self, url: str, hrefs: Iterable[str],
                 received: Callable[[int], bool] | None = None) -> Iterator[list[Resource]]:
        """The vCards at ``hrefs``, one list per chunk of ``MULTIGET_CHUNK``.

        Pipelined: the request for the next chunk is sent before a chunk is yielded, so the
        server prepares it while the caller stores this one (first sync: the server's time
        and ours overlap instead of adding up). ``received(n)`` is called with each chunk's
        size before that next request goes out; when it returns False (cancel) this chunk
        is still yielded and nothing more is asked. A server that stopped meanwhile is
        noticed when the next chunk is read, after the caller has stored this one."""
        items = list(hrefs)
        chunks = [items[i : i + MULTIGET_CHUNK] for i in range(0, len(items), MULTIGET_CHUNK)]
        if not chunks:
            return
        pending: Pending | None = self.start("REPORT", url, _multiget_body(chunks[0]),
                                             {"Depth": "1"},
                                             what=SyncError.tr("reading vCards"))
        try:
            for index in range(len(chunks)):
                assert pending is not None
                resp = self.finish(pending)
                pending = None
                self._check(resp, (207,), "reading vCards")
                out = []
                for href, p in self._props(resp.body, "reading vCards").items():
                    data = p.get(_q("c:address-data"))
                    if data is None or not (data.text or "").strip():
                        continue
                    out.append(Resource(href, _text(p.get(_q("d:getetag"))),
                                        (data.text or "").encode("utf-8")))
                go_on = received(len(out)) if received is not None else True
                if go_on and index + 1 < len(chunks):
                    pending = self.start("REPORT", url, _multiget_body(chunks[index + 1]),
                                         {"Depth": "1"},
                                         what=SyncError.tr("reading vCards"))
                yield out
                if not go_on:
                    return
        finally:
            if pending is not None:  # the caller stopped early: drop the unread answer
                self.close()

    def get(self, href: str) -> Resource | None:
        resp = self.request("GET", self.absolute(href),
                            what=SyncError.tr("reading %1").fill(href))
        if resp.status in (404, 410):
            return None
        self._check(resp, (200,), SyncError.tr("reading %1").fill(href))
        return Resource(norm_href(href), _etag(resp.headers.get("etag")), resp.body)

    def put(self, href: str, data: bytes, *, etag: str | None = None) -> str | None:
        """Create (``etag`` None: ``If-None-Match: *``) or update (``If-Match: etag``) a
        vCard; returns the new ETag when the server says it (RFC 6352 §6.3.2)."""
        return _put(self._conn, self.transport, href, data, etag)

    def put_many(self, jobs: Sequence[tuple[str, bytes, str | None]], workers: int = 4
                 ) -> Iterator[tuple[int, PutResult]]:
        """PUT each (href, vCard, etag-or-None) with up to ``workers`` in flight, each on
        its own kept-alive connection; yields (index in ``jobs``, result) in order, in the
        calling thread (where the caller records them). A refused card is a result with
        its error, not an exception: the others still go. :class:`NetworkError` and
        :class:`AuthError` end the whole batch (raised here; nothing more is sent, and an
        upload in flight whose answer is not read is recognised by the next sync)."""
        if not jobs:
            return
        workers = max(1, min(workers, len(jobs)))
        if workers == 1:
            for i, (href, data, etag) in enumerate(jobs):
                yield i, _put_result(self._conn, self.transport, href, data, etag)
            return
        local = threading.local()
        opened: list[Connection] = []
        lock = threading.Lock()
        halt = threading.Event()

        def run(i: int) -> PutResult:
            if halt.is_set():
                return PutResult(error=CardDavError(SyncError.tr("not sent")))
            conn = getattr(local, "conn", None)
            if conn is None:
                conn = local.conn = self.transport.connection()
                with lock:
                    opened.append(conn)
            href, data, etag = jobs[i]
            return _put_result(conn, self.transport, href, data, etag)

        pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="carddav-put")
        try:
            futures = [pool.submit(run, i) for i in range(len(jobs))]
            for i, future in enumerate(futures):
                yield i, future.result()
        finally:
            halt.set()
            pool.shutdown(wait=True, cancel_futures=True)
            for conn in opened:
                conn.close()

    def delete(self, href: str, etag: str | None) -> bool:
        """Delete a vCard; False if it was already gone."""
        headers = {"If-Match": etag} if etag else {}
        resp = self.request("DELETE", self.absolute(href), None, headers,
                            what=SyncError.tr("deleting %1").fill(href))
        if resp.status in (404, 410):
            return False
        self._check(resp, (200, 204), f"deleting {href}")
        return True


def _text(el: ET.Element | None) -> str | None:
    if el is None:
        return None
    return _etag(el.text)


def _multiget_body(hrefs: list[str]) -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?><c:addressbook-multiget '
            f'xmlns:d="DAV:" xmlns:c="{CARD}"><d:prop><d:getetag/><c:address-data/></d:prop>'
            + "".join(f"<d:href>{_xml_text(quote(h))}</d:href>" for h in hrefs)
            + "</c:addressbook-multiget>").encode()


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _put(conn: Connection, transport: Transport, href: str, data: bytes,
         etag: str | None) -> str | None:
    headers = {"Content-Type": "text/vcard; charset=utf-8"}
    if etag is None:
        headers["If-None-Match"] = "*"
    else:
        headers["If-Match"] = etag
    resp = conn.request("PUT", transport.absolute(href), data, headers, what="the card")
    check(resp, (200, 201, 204), SyncError.tr("the card"))
    return _etag(resp.headers.get("etag"))


def _put_result(conn: Connection, transport: Transport, href: str, data: bytes,
                etag: str | None) -> PutResult:
    try:
        return PutResult(etag=_put(conn, transport, href, data, etag))
    except (NetworkError, AuthError):
        raise
    except CardDavError as exc:
        return PutResult(error=exc)
