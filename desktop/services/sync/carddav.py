"""A small CardDAV client (RFC 6352 over WebDAV, RFC 4918) on the standard library.

No Qt, no vobject: it moves vCard bytes and ETags; the sync engine gives them meaning.

* Discovery (RFC 6352 §11, RFC 6764 §6): the URL the user typed, else ``/.well-known/carddav``;
  ``current-user-principal`` → ``addressbook-home-set`` → the address books under it.
* Listing: ``sync-collection`` REPORT with a sync token (RFC 6578), else a Depth 1 PROPFIND
  of ETags (the CalendarServer ``getctag`` says whether anything changed at all).
* Reading: ``addressbook-multiget`` REPORT in chunks; writing: PUT with ``If-Match`` (an
  update of what we last saw) or ``If-None-Match: *`` (a create that must not overwrite),
  DELETE with ``If-Match``.

Every failure is a :class:`CardDavError` whose message is one line a user can act on
("the server refused the user name or password (401)"), never a traceback.

Hrefs are kept as decoded paths (``/user/book/a b.vcf``) and quoted again on the wire, so the
same resource always compares equal whatever escaping the server chose.
"""

from __future__ import annotations

import base64
import http.client
import socket
import ssl
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import quote, unquote, urljoin, urlsplit

DAV = "DAV:"
CARD = "urn:ietf:params:xml:ns:carddav"
CS = "http://calendarserver.org/ns/"
_NS = {"d": DAV, "c": CARD, "cs": CS}
MULTIGET_CHUNK = 250  # hrefs per addressbook-multiget: big enough to be fast, small enough
#                      that a server's request-size limit is never near
_MAX_REDIRECTS = 5


class CardDavError(Exception):
    """A one-line reason the sync could not go on (shown to the user as it is)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class AuthError(CardDavError):
    """401: wrong user name or password."""


class PreconditionFailed(CardDavError):
    """412: the resource changed on the server since we read it (or exists when creating)."""


class InvalidSyncToken(CardDavError):
    """The server no longer knows our sync token (RFC 6578 §3.2 valid-sync-token)."""


class NetworkError(CardDavError):
    """Connection refused, reset, timed out: the server went away (the next sync resumes)."""


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
    """A request sent (``sent``) or still to send, whose answer is not read yet."""

    method: str
    path: str
    body: bytes | None
    headers: dict[str, str]
    what: str
    sent: bool = False


@dataclass(frozen=True)
class Response:
    status: int
    headers: dict[str, str]  # lower-cased names
    body: bytes


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


def _status_reason(status: int, what: str) -> str:
    reasons = {
        401: "the server refused the user name or password (401)",
        403: f"the server does not allow this: {what} (403 Forbidden)",
        404: f"not found on the server: {what} (404)",
        405: f"the server does not support this request: {what} (405)",
        409: f"the server reported a conflict: {what} (409)",
        412: f"changed on the server meanwhile: {what} (412)",
        413: f"the server refused a request as too large: {what} (413)",
        507: "the server is out of storage (507)",
    }
    if status in reasons:
        return reasons[status]
    if status >= 500:
        return f"the server failed ({status}) on {what}"
    return f"unexpected answer {status} from the server on {what}"


class CardDavClient:
    """One account's connection. Private state: ``_conn`` is a kept-alive HTTP(S)
    connection to ``_host`` (reopened once when the server dropped it between requests),
    ``_pending`` the request sent on it whose answer is not read yet (at most one),
    ``_auth`` the Basic authorisation header. Not thread-safe: one client per thread."""

    def __init__(self, url: str, username: str, password: str, *, timeout: float = 30.0,
                 user_agent: str = "Rapport CardDAV sync") -> None:
        url = url.strip()
        if "://" not in url:
            url = "https://" + url
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise CardDavError(f"not a server address: {url}")
        self.url = url if url.endswith("/") or parts.path else url + "/"
        self.timeout = timeout
        self._scheme = parts.scheme
        self._host = parts.netloc.rsplit("@", 1)[-1]
        token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        self._auth = f"Basic {token}"
        self._ua = user_agent
        self._conn: http.client.HTTPConnection | None = None
        self._pending: Pending | None = None

    # ------------------------------------------------------------------ transport

    def close(self) -> None:
        self._pending = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> CardDavClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _connect(self) -> http.client.HTTPConnection:
        if self._conn is None:
            if self._scheme == "https":
                self._conn = http.client.HTTPSConnection(
                    self._host, timeout=self.timeout, context=ssl.create_default_context())
            else:
                self._conn = http.client.HTTPConnection(self._host, timeout=self.timeout)
        return self._conn

    def absolute(self, href: str) -> str:
        return urljoin(self.url, quote(norm_href(href)) if not href.startswith("http")
                       else href)

    def _path(self, url_or_href: str) -> str:
        parts = urlsplit(url_or_href)
        if parts.netloc and parts.netloc.rsplit("@", 1)[-1] != self._host:
            raise CardDavError(f"the server pointed to another host: {parts.netloc}")
        return quote(unquote(parts.path or "/"))

    def request(self, method: str, target: str, body: bytes | None = None,
                headers: dict[str, str] | None = None, *, what: str = "") -> Response:
        """Send one request; network failures become :class:`NetworkError`. HTTP error
        statuses are returned, not raised (the caller knows which are fine)."""
        return self.finish(self.start(method, target, body, headers, what=what))

    def start(self, method: str, target: str, body: bytes | None = None,
              headers: dict[str, str] | None = None, *, what: str = "") -> Pending:
        """Send a request without waiting for the answer, so that the server prepares it
        while the caller works; :meth:`finish` reads it. One request at a time is in
        flight: starting another drops an unread answer (the connection is reopened).
        Never raises for the network: a failed send is retried, and reported, by
        :meth:`finish`."""
        hdrs = {"Authorization": self._auth, "User-Agent": self._ua}
        if body is not None:
            hdrs.setdefault("Content-Type", "application/xml; charset=utf-8")
        hdrs.update(headers or {})
        pending = Pending(method, self._path(target), body, hdrs, what or method)
        if self._pending is not None:
            self.close()  # an abandoned answer would be read as this one's
        try:
            self._connect().request(method, pending.path, body=body, headers=hdrs)
        except (OSError, http.client.HTTPException):
            self.close()  # finish() sends it again and says why if that fails too
        else:
            pending.sent = True
            self._pending = pending
        return pending

    def finish(self, pending: Pending) -> Response:
        """The answer to a request from :meth:`start` (sent again once if the kept-alive
        connection had been closed by the server)."""
        sent = pending.sent and self._pending is pending
        self._pending = None
        for attempt in (1, 2):
            try:
                if not sent:
                    self._connect().request(pending.method, pending.path, body=pending.body,
                                            headers=pending.headers)
                sent = False  # a retry sends afresh
                assert self._conn is not None
                resp = self._conn.getresponse()
                data = resp.read()
            except (ConnectionError, http.client.RemoteDisconnected,
                    http.client.BadStatusLine) as exc:
                self.close()
                # A kept-alive connection the server closed while idle: try once afresh.
                if attempt == 1 and isinstance(exc, (http.client.RemoteDisconnected,
                                                     ConnectionResetError, BrokenPipeError)):
                    continue
                raise NetworkError(self._net_reason(exc)) from None
            except TimeoutError:
                self.close()
                raise NetworkError(
                    f"the server at {self._host} did not answer within {self.timeout:g} s"
                ) from None
            except ssl.SSLError as exc:
                self.close()
                raise NetworkError(f"secure connection to {self._host} failed: "
                                   f"{exc.reason or exc}") from None
            except OSError as exc:
                self.close()
                raise NetworkError(self._net_reason(exc)) from None
            except http.client.HTTPException as exc:
                self.close()
                raise NetworkError(f"the server at {self._host} sent a broken answer "
                                   f"({type(exc).__name__})") from None
            if resp.getheader("connection", "").lower() == "close":
                self.close()
            headers_out = {k.lower(): v for k, v in resp.getheaders()}
            if resp.status == 401:
                raise AuthError(_status_reason(401, pending.what), 401)
            return Response(resp.status, headers_out, data)
        raise NetworkError(f"cannot reach {self._host}")  # pragma: no cover - loop returns

    def _net_reason(self, exc: BaseException) -> str:
        if isinstance(exc, ConnectionRefusedError):
            return f"cannot connect to {self._host}: connection refused"
        if isinstance(exc, socket.gaierror):
            return f"cannot find the server {self._host}"
        if isinstance(exc, (ConnectionResetError, http.client.RemoteDisconnected,
                            BrokenPipeError)):
            return f"the server at {self._host} closed the connection"
        text = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        return f"cannot reach {self._host}: {text}"

    def _check(self, resp: Response, ok: Iterable[int], what: str) -> Response:
        if resp.status in ok:
            return resp
        if resp.status == 412:
            raise PreconditionFailed(_status_reason(412, what), 412)
        raise CardDavError(_status_reason(resp.status, what), resp.status)

    def _follow(self, method: str, url: str, body: bytes, headers: dict[str, str], what: str
                ) -> tuple[str, Response]:
        for _ in range(_MAX_REDIRECTS):
            resp = self.request(method, url, body, headers, what=what)
            if resp.status in (301, 302, 303, 307, 308) and "location" in resp.headers:
                url = urljoin(url, resp.headers["location"])
                continue
            return url, resp
        raise CardDavError(f"too many redirects from {what}")

    # ------------------------------------------------------------------ XML

    def _propfind(self, url: str, props: Iterable[str], depth: str, what: str
                  ) -> tuple[str, dict[str, dict[str, ET.Element]]]:
        body = ('<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:" '
                f'xmlns:c="{CARD}" xmlns:cs="{CS}"><d:prop>'
                + "".join(f"<{p}/>" for p in props) + "</d:prop></d:propfind>").encode()
        url, resp = self._follow("PROPFIND", url, body, {"Depth": depth}, what)
        self._check(resp, (207,), what)
        return url, self._props(resp.body, what)

    @staticmethod
    def _parse(body: bytes, what: str) -> ET.Element:
        try:
            return ET.fromstring(body)
        except ET.ParseError:
            raise CardDavError(f"the server sent an unreadable answer to {what}") from None

    def _props(self, body: bytes, what: str) -> dict[str, dict[str, ET.Element]]:
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
            "0", "looking for address books")
        here = next(iter(props.values()), {})
        book = self._book_from(url, here)
        if book is not None:
            return [book]
        principal = here.get(_q("d:current-user-principal"))
        principal_href = principal.findtext(_q("d:href")) if principal is not None else None
        if not principal_href and urlsplit(start).path in ("", "/"):
            url, props = self._propfind(urljoin(start, "/.well-known/carddav"),
                                        ("d:current-user-principal",), "0",
                                        "looking for address books")
            here = next(iter(props.values()), {})
            principal = here.get(_q("d:current-user-principal"))
            principal_href = principal.findtext(_q("d:href")) if principal is not None else None
        home = url
        if principal_href:
            purl = urljoin(url, principal_href)
            _u, pprops = self._propfind(purl, ("c:addressbook-home-set",), "0",
                                        "looking for address books")
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
            raise CardDavError("no address books found for this account on the server")
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
            raise CardDavError(f"not an address book any more: {norm_href(url)}", 404)
        return book

    # ------------------------------------------------------------------ listing

    def list_etags(self, url: str) -> dict[str, str | None]:
        """href -> ETag of every vCard in the address book (Depth 1 PROPFIND)."""
        _u, props = self._propfind(url, ("d:getetag", "d:resourcetype"), "1",
                                   "listing the address book")
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
        self._check(resp, (207,), "reading changes")
        root = self._parse(resp.body, "reading changes")
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
                                             {"Depth": "1"}, what="reading vCards")
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
                                         {"Depth": "1"}, what="reading vCards")
                yield out
                if not go_on:
                    return
        finally:
            if pending is not None:  # the caller stopped early: drop the unread answer
                self.close()

    def get(self, href: str) -> Resource | None:
        resp = self.request("GET", self.absolute(href), what=f"reading {href}")
        if resp.status in (404, 410):
            return None
        self._check(resp, (200,), f"reading {href}")
        return Resource(norm_href(href), _etag(resp.headers.get("etag")), resp.body)

    def put(self, href: str, data: bytes, *, etag: str | None = None) -> str | None:
        """Create (``etag`` None: ``If-None-Match: *``) or update (``If-Match: etag``) a
        vCard; returns the new ETag when the server says it (RFC 6352 §6.3.2)."""
        headers = {"Content-Type": "text/vcard; charset=utf-8"}
        if etag is None:
            headers["If-None-Match"] = "*"
        else:
            headers["If-Match"] = etag
        resp = self.request("PUT", self.absolute(href), data, headers, what=f"saving {href}")
        self._check(resp, (200, 201, 204), f"saving {href}")
        return _etag(resp.headers.get("etag"))

    def delete(self, href: str, etag: str | None) -> bool:
        """Delete a vCard; False if it was already gone."""
        headers = {"If-Match": etag} if etag else {}
        resp = self.request("DELETE", self.absolute(href), None, headers,
                            what=f"deleting {href}")
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
