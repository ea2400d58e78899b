"""Meetings from a CalDAV calendar of a sync account (RFC 4791), read-only.

The account is a CardDAV sync account (same server, user name and password); the user
chooses which of its calendars capture reads (``capture_calendar``). The HTTP and WebDAV
layer is the CardDAV client's (:class:`CardDavClient`: connection reuse, redirects, one-line
errors); this module adds only the CalDAV requests, and never sends anything but PROPFIND
and REPORT: Rapport never writes to a calendar.

* Discovery (RFC 4791 §6.2.1, RFC 6764 §6): ``current-user-principal`` ->
  ``calendar-home-set`` -> the calendar collections under it that hold events.
* Reading: one ``calendar-query`` REPORT with a ``time-range`` filter (RFC 4791 §7.8) for the
  captured range; each calendar object is read like an .ics file
  (``desktop.vcard.ical_reader``), so recurring events are expanded the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

from desktop.models import db
from desktop.services.capture import engine
from desktop.services.capture.engine import CaptureText
from desktop.services.errors import ServiceError
from desktop.services.sync import accounts
from desktop.services.sync.carddav import DAV, CardDavClient, CardDavError, norm_href
from desktop.text import fill
from desktop.vcard import CardError, VCardError
from desktop.vcard.ical_reader import EventOccurrence, iter_events_bytes

CALDAV = "urn:ietf:params:xml:ns:caldav"
_D = "{DAV:}"
_C = "{" + CALDAV + "}"


@dataclass(frozen=True)
class CalendarInfo:
    """A calendar on the server."""

    url: str
    name: str


@dataclass(frozen=True)
class CaptureCalendar:
    """A calendar chosen for capture: the account it belongs to, its URL and name."""

    id: int
    account_id: int
    account_name: str
    url: str
    name: str


class CalDavClient(CardDavClient):
    """A read-only CalDAV view of an account: the CardDAV client's transport with CalDAV
    discovery and ``calendar-query``; it has no way to change anything on the server."""

    def __enter__(self) -> CalDavClient:
        return self

    def put(self, href: str, data: bytes, *, etag: str | None = None) -> str | None:
        raise CardDavError(CaptureText.tr("Rapport never writes to a calendar"))

    def delete(self, href: str, etag: str | None) -> bool:
        raise CardDavError(CaptureText.tr("Rapport never writes to a calendar"))

    def _find(self, url: str, props: tuple[str, ...], depth: str, what: str
              ) -> tuple[str, dict[str, dict[str, object]]]:
        body = ('<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:" '
                f'xmlns:c="{CALDAV}"><d:prop>' + "".join(f"<{p}/>" for p in props)
                + "</d:prop></d:propfind>").encode()
        url, resp = self._follow("PROPFIND", url, body, {"Depth": depth}, what)
        self._check(resp, (207,), what)
        return url, self._props(resp.body, what)  # type: ignore[return-value]

    def discover_calendars(self) -> list[CalendarInfo]:
        """The calendars with events this account can see."""
        what = CaptureText.tr("looking for calendars")
        url, found = self._find(self.url, ("d:resourcetype", "d:current-user-principal",
                                           "d:displayname", "c:supported-calendar-component-set"),
                                "0", what)
        here = next(iter(found.values()), {})
        mine = _calendar(url, here)
        if mine is not None:
            return [mine]
        principal = _href(here.get(f"{_D}current-user-principal"))
        if not principal and urlsplit(self.url).path in ("", "/"):
            url, found = self._find(urljoin(self.url, "/.well-known/caldav"),
                                    ("d:current-user-principal",), "0", what)
            principal = _href(next(iter(found.values()), {}).get(f"{_D}current-user-principal"))
        home = url
        if principal:
            purl = urljoin(url, principal)
            _u, pfound = self._find(purl, ("c:calendar-home-set",), "0", what)
            home_href = _href(next(iter(pfound.values()), {}).get(f"{_C}calendar-home-set"))
            home = urljoin(purl, home_href) if home_href else purl
        _u, children = self._find(home, ("d:resourcetype", "d:displayname",
                                          "c:supported-calendar-component-set"), "1",
                                   CaptureText.tr("listing calendars"))
        out = []
        for href, props in children.items():
            cal = _calendar(urljoin(home, quote(href)), props)
            if cal is not None:
                out.append(cal)
        return sorted(out, key=lambda c: c.name.casefold())

    def calendar_objects(self, url: str, since: dt.datetime, until: dt.datetime
                         ) -> Iterator[tuple[str, bytes]]:
        """(href, iCalendar bytes) of every object with an event in [since, until)."""
        start = _utc(since)
        end = _utc(until)
        body = ('<?xml version="1.0" encoding="utf-8"?><c:calendar-query xmlns:d="DAV:" '
                f'xmlns:c="{CALDAV}"><d:prop><d:getetag/><c:calendar-data/></d:prop>'
                '<c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT">'
                f'<c:time-range start="{start}" end="{end}"/></c:comp-filter></c:comp-filter>'
                "</c:filter></c:calendar-query>").encode()
        what = CaptureText.tr("reading the calendar")
        _url, resp = self._follow("REPORT", url, body, {"Depth": "1"}, what)
        self._check(resp, (207,), what)
        for href, props in self._props(resp.body, what).items():
            data = props.get(f"{_C}calendar-data")
            text = getattr(data, "text", None)
            if text and text.strip():
                yield href, text.encode("utf-8")


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _href(element: object) -> str | None:
    if element is None:
        return None
    found = element.find(f"{_D}href")  # type: ignore[attr-defined]
    text = found.text if found is not None else None
    return text.strip() if text else None


def _calendar(url: str, props: dict[str, object]) -> CalendarInfo | None:
    rtype = props.get(f"{_D}resourcetype")
    if rtype is None or rtype.find(f"{_C}calendar") is None:  # type: ignore[attr-defined]
        return None
    comps = props.get(f"{_C}supported-calendar-component-set")
    if comps is not None:
        names = {str(c.get("name", "")).upper() for c in comps}  # type: ignore[attr-defined]
        if names and "VEVENT" not in names:
            return None  # a task list
    if not url.endswith("/"):
        url += "/"
    shown = props.get(f"{_D}displayname")
    name = (getattr(shown, "text", None) or "").strip()
    return CalendarInfo(url, name or norm_href(url).rstrip("/").rsplit("/", 1)[-1] or url)


ClientFactory = Callable[[str, str, str], CalDavClient]


def _client(account_id: int, factory: ClientFactory | None = None) -> CalDavClient:
    info = accounts.account(account_id)
    if info is None:
        raise ServiceError(CaptureText.tr("that sync account no longer exists"))
    password = accounts.get_password(account_id)
    if password is None:
        raise ServiceError(fill(CaptureText.tr(
            "no password is kept for %1: add the account again"), info.name))
    # The account's own connection options (CA file, pinned certificate, timeout, plain
    # http confirmed): one transport for CardDAV and CalDAV.
    make = factory or (lambda url, user, pw: CalDavClient(url, user, pw, options=info.options,
                                                          user_agent="Rapport capture"))
    return make(info.url, info.username, password)


def discover(account_id: int, factory: ClientFactory | None = None) -> list[CalendarInfo]:
    """The account's calendars (raises ``CardDavError`` with a one-line reason)."""
    with _client(account_id, factory) as client:
        return client.discover_calendars()


# --------------------------------------------------------------------------- choices


def chosen() -> list[CaptureCalendar]:
    return [CaptureCalendar(int(r[0]), int(r[1]), str(r[2]), str(r[3]), str(r[4]))
            for r in db.execute_sql(
                "SELECT c.id, c.account_id, a.name, c.url, c.name FROM capture_calendar c "
                "JOIN sync_account a ON a.id = c.account_id ORDER BY a.id, c.name")]


def choose(account_id: int, calendar: CalendarInfo) -> int:
    """Read *calendar* of the account when capturing (a setting, not an undoable edit)."""
    with db.atomic():
        db.execute_sql(
            "INSERT INTO capture_calendar (account_id, url, name) VALUES (?, ?, ?) "
            "ON CONFLICT (account_id, url) DO UPDATE SET name = excluded.name",
            (account_id, calendar.url, calendar.name))
        row = db.execute_sql("SELECT id FROM capture_calendar WHERE account_id = ? AND url = ?",
                             (account_id, calendar.url)).fetchone()
    return int(row[0])


def forget(calendar_id: int) -> None:
    db.execute_sql("DELETE FROM capture_calendar WHERE id = ?", (calendar_id,))


# --------------------------------------------------------------------------- reading


def scan_calendars(
    ids: list[int] | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    progress: engine.Progress | None = None,
    factory: ClientFactory | None = None,
) -> engine.CaptureScan:
    """Read the chosen calendars (or those of *ids*) over the range. A calendar that cannot
    be read is one ``unreadable`` line (``Account: Calendar: reason``); the others are
    still read."""
    lo, hi = engine.default_range()
    since = since or lo
    until = until or hi
    targets = [c for c in chosen() if ids is None or c.id in ids]
    sightings: list[engine.Sighting] = []
    problems: list[CardError] = []
    unreadable: list[str] = []
    sources: list[str] = []
    for n, cal in enumerate(targets):
        if progress is not None and progress(n, len(targets)) is False:
            raise engine.CaptureCancelled("capture cancelled")
        where = f"{cal.account_name}: {cal.name}"
        sources.append(where)
        try:
            with _client(cal.account_id, factory) as client:
                for href, data in client.calendar_objects(cal.url, since, until):
                    for item in iter_events_bytes(data, f"{cal.name}{href[href.rfind('/'):]}",
                                                  since, until):
                        if isinstance(item, EventOccurrence):
                            sightings.append(engine.event_sighting(item))
                        else:
                            problems.append(item)
        except (CardDavError, ServiceError, VCardError) as exc:
            unreadable.append(f"{where}: {exc}")
    if progress is not None:
        progress(len(targets), len(targets))
    if not targets:
        unreadable.append(CaptureText.tr(
            "no calendars are chosen for capture: choose one in File → Capture Meetings…"))
    return engine.scan_from(sightings, sources, problems, unreadable, since, until)


__all__ = ["DAV", "CalDavClient", "CalendarInfo", "CaptureCalendar", "choose", "chosen",
           "discover", "forget", "scan_calendars"]
