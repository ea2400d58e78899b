"""The optional push of follow-ups to a calendar on a sync account's server (CalDAV,
RFC 4791; issue 15). Off unless the user turns it on for an account.

One way, Rapport to the server: a calendar named "Rapport follow-ups" (found in the
account's calendar home, or made with MKCALENDAR) holds one event per open follow-up and
per planned meeting, the same items as the .ics export (``calendar_export``: overdue
items on today, "Name: what" titles, stable UIDs), birthdays left out (the phone shows
them from the address book). Each push PUTs what is new or changed and DELETEs what is
no longer open; ``caldav_item`` remembers what was sent (href, ETag, a hash of the
event without its DTSTAMP), so a push with nothing changed sends nothing.

What leaves the machine when it is on: the name of each person with a follow-up or a
planned meeting, the follow-up's text and date, the meeting's title and time, and who
else takes part. Notes, favours, introductions and tags never do.

The HTTP/WebDAV layer is the CardDAV client's (``carddav.CardDavClient.request``): same
connection handling, authentication and one-line errors.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from desktop.models import db
from desktop.services.sync import accounts
from desktop.services.sync.carddav import (
    CardDavClient,
    CardDavError,
    SyncError,
    SyncText,
    norm_href,
)
from desktop.text import Phrase, english_text, fill, phrase_parts, phrase_text, stored_phrase

if TYPE_CHECKING:
    # The calendar items (and vobject under them) load on the first push, not when the
    # app checks at start-up whether any account pushes.
    from desktop.vcard.ical import CalendarItem

DAV = "DAV:"
CALDAV = "urn:ietf:params:xml:ns:caldav"
CALENDAR_NAME = "Rapport follow-ups"
CALENDAR_SLUG = "rapport-followups"
ClientFactory = Callable[[str, str, str], CardDavClient]


@dataclass(frozen=True)
class PushSettings:
    account_id: int
    enabled: bool
    alarms: bool
    calendar_url: str | None
    last_push_at: dt.datetime | None
    last_error: str | Phrase | None  # a Phrase worded when shown; text (an old row) as is


@dataclass(frozen=True)
class PushResult:
    account: str
    created: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    error: str | Phrase | None = None  # worded when shown (``error_text``)

    def error_text(self) -> str:
        """Why the push failed, in the user's language ("" when it did not)."""
        return phrase_text(self.error) if self.error else ""

    def summary(self) -> str:
        if self.error:
            return fill(SyncText.tr("push failed: %1"), self.error_text())
        return fill(SyncText.tr("pushed to the calendar: %1 new, %2 changed, %3 removed, %4 "
                                "unchanged"),
                    self.created, self.updated, self.deleted, self.unchanged)


def _q(ns: str, name: str) -> str:
    return f"{{{ns}}}{name}"


def settings(account_id: int) -> PushSettings | None:
    row = db.execute_sql(
        "SELECT account_id, enabled, alarms, url, last_push_at, last_error, last_error_parts "
        "FROM caldav_calendar WHERE account_id = ?", (account_id,)).fetchone()
    if row is None:
        return None
    when = dt.datetime.fromisoformat(str(row[4])) if row[4] else None
    error = stored_phrase(row[5], row[6]) if row[5] or row[6] else None
    return PushSettings(int(row[0]), bool(row[1]), bool(row[2]), row[3], when, error)


def set_enabled(account_id: int, enabled: bool, alarms: bool = False) -> None:
    """Turn the push on or off for an account (what was pushed stays on the server until
    the next push with it on, or the user deletes the calendar)."""
    if accounts.account(account_id) is None:
        raise CardDavError(SyncError.tr("that sync account no longer exists"))
    db.execute_sql(
        "INSERT INTO caldav_calendar (account_id, enabled, alarms) VALUES (?, ?, ?) "
        "ON CONFLICT (account_id) DO UPDATE SET enabled = excluded.enabled, "
        "alarms = excluded.alarms", (account_id, int(enabled), int(alarms)))


def push_targets() -> list[int]:
    """The accounts that push follow-ups to their calendar."""
    return [int(r[0]) for r in db.execute_sql(
        "SELECT c.account_id FROM caldav_calendar c JOIN sync_account a ON a.id = c.account_id "
        "WHERE c.enabled = 1 ORDER BY c.account_id")]


def _record(account_id: int, error: str | Phrase | None, url: str | None = None) -> None:
    """The outcome of a push: success sets the time, failure keeps the error (a phrase as
    its parts beside its English text, worded when shown; issue 14)."""
    if error is None:
        db.execute_sql(
            "UPDATE caldav_calendar SET last_push_at = ?, last_error = NULL, "
            "last_error_parts = NULL, url = coalesce(?, url) WHERE account_id = ?",
            (dt.datetime.now().isoformat(timespec="seconds"), url, account_id))
    else:
        db.execute_sql("UPDATE caldav_calendar SET last_error = ?, last_error_parts = ? "
                       "WHERE account_id = ?",
                       (english_text(error), phrase_parts(error), account_id))


def _hash(text: str) -> str:
    # DTSTAMP changes on every serialisation: what the event says is the rest.
    body = "\n".join(line for line in text.splitlines() if not line.startswith("DTSTAMP"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")


def href_name(uid: str) -> str:
    """The resource name of an event: its UID made path-safe, ".ics" added."""
    return _UNSAFE.sub("-", uid) + ".ics"


# --- discovery ---------------------------------------------------------------------------

def _propfind(client: CardDavClient, url: str, props: str, depth: str, what: Phrase
              ) -> dict[str, ET.Element]:
    body = ('<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:" '
            f'xmlns:c="{CALDAV}"><d:prop>{props}</d:prop></d:propfind>').encode()
    resp = client.request("PROPFIND", url, body, {"Depth": depth}, what=what)
    if resp.status != 207:
        raise CardDavError(SyncError.tr("the server answered %1 when %2").fill(
            resp.status, what), resp.status)
    try:
        root = ET.fromstring(resp.body)
    except ET.ParseError:
        raise CardDavError(SyncError.tr("the server sent an unreadable answer when %1").fill(
            what)) from None
    out: dict[str, ET.Element] = {}
    for r in root.iter(_q(DAV, "response")):
        href = r.findtext(_q(DAV, "href"))
        if href is None:
            continue
        prop = ET.Element("prop")
        for ps in r.iter(_q(DAV, "propstat")):
            if " 200 " in (ps.findtext(_q(DAV, "status")) or "") + " ":
                found = ps.find(_q(DAV, "prop"))
                if found is not None:
                    prop.extend(list(found))
        out[norm_href(href)] = prop
    return out


def _href_in(prop: ET.Element | None, ns: str, name: str) -> str | None:
    if prop is None:
        return None
    el = prop.find(_q(ns, name))
    return el.findtext(_q(DAV, "href")) if el is not None else None


def find_calendar(client: CardDavClient, start: str) -> str:
    """The URL of the "Rapport follow-ups" calendar under the account's calendar home
    (RFC 4791 6.2.1), made with MKCALENDAR the first time (5.3.1)."""
    here = next(iter(_propfind(client, start, "<d:current-user-principal/>", "0",
                               SyncError.tr("looking for calendars")).values()), None)
    principal = _href_in(here, DAV, "current-user-principal")
    home = start
    if principal:
        purl = urljoin(start, principal)
        pprops = next(iter(_propfind(client, purl, "<c:calendar-home-set/>", "0",
                                     SyncError.tr("looking for calendars")).values()), None)
        home_href = _href_in(pprops, CALDAV, "calendar-home-set")
        home = urljoin(purl, home_href) if home_href else purl
    if not home.endswith("/"):
        home += "/"
    children = _propfind(client, home, "<d:resourcetype/><d:displayname/>", "1",
                         SyncError.tr("listing calendars"))
    for href, prop in children.items():
        rtype = prop.find(_q(DAV, "resourcetype"))
        name = (prop.findtext(_q(DAV, "displayname")) or "").strip()
        is_calendar = rtype is not None and rtype.find(_q(CALDAV, "calendar")) is not None
        if is_calendar and (name == CALENDAR_NAME or href.rstrip("/").endswith(CALENDAR_SLUG)):
            return urljoin(home, href if href.endswith("/") else href + "/")
    url = urljoin(home, CALENDAR_SLUG + "/")
    body = ('<?xml version="1.0" encoding="utf-8"?><c:mkcalendar xmlns:d="DAV:" '
            f'xmlns:c="{CALDAV}"><d:set><d:prop><d:displayname>{CALENDAR_NAME}'
            "</d:displayname><c:supported-calendar-component-set><c:comp name=\"VEVENT\"/>"
            "</c:supported-calendar-component-set></d:prop></d:set></c:mkcalendar>").encode()
    resp = client.request("MKCALENDAR", url, body, what=SyncError.tr("making the calendar"))
    if resp.status not in (200, 201):
        raise CardDavError(SyncError.tr(
            "the server would not make a calendar (%1): turn the calendar push off, or make "
            "a calendar named “%2” there").fill(resp.status, CALENDAR_NAME), resp.status)
    return url


# --- pushing -----------------------------------------------------------------------------

def _default_client(info: accounts.AccountInfo) -> ClientFactory:
    """The account's own connection options (CA file, pinned certificate, timeout, plain
    http confirmed): one transport for CardDAV and CalDAV."""
    def make(url: str, user: str, password: str) -> CardDavClient:
        return CardDavClient(url, user, password, options=info.options,
                             user_agent="Rapport CalDAV push")
    return make


def push_account(account_id: int, now: dt.datetime | None = None,
                 client_factory: ClientFactory | None = None) -> PushResult:
    """Bring the account's "Rapport follow-ups" calendar in line with Rapport. Never
    raises for the network or the server: the result carries a one-line error (also
    recorded for the account, as its parts: worded in the language of whatever shows it)."""
    info = accounts.account(account_id)
    if info is None:
        return PushResult(fill(SyncText.tr("account %1"), account_id),
                          error=SyncError.tr("that sync account no longer exists"))
    conf = settings(account_id)
    alarms = conf.alarms if conf else False
    password = accounts.get_password(account_id)
    if password is None:
        error = SyncError.tr("no password stored for this account: add it again in Sync "
                             "Accounts")
        _record(account_id, error)
        return PushResult(info.name, error=error)
    from desktop.services import calendar_export

    items, _f, _m, _b = calendar_export.calendar_items(
        now, calendar_export.CalendarOptions(alarms=alarms, birthdays=False))
    factory = client_factory or _default_client(info)
    try:
        with factory(info.url, info.username, password) as client:
            url = (conf.calendar_url if conf and conf.calendar_url
                   else find_calendar(client, client.url))
            result = _push(client, account_id, url, items, info.name)
    except CardDavError as exc:
        _record(account_id, exc.message)
        return PushResult(info.name, error=exc.message)
    _record(account_id, None, url)
    return result


def _push(client: CardDavClient, account_id: int, url: str, items: list[CalendarItem],
          name: str) -> PushResult:
    from desktop.vcard.ical import event_text

    sent = {str(r[0]): (str(r[1]), r[2], str(r[3])) for r in db.execute_sql(
        "SELECT uid, href, etag, hash FROM caldav_item WHERE account_id = ?", (account_id,))}
    created = updated = unchanged = deleted = 0
    wanted = {item.uid for item in items}
    for item in items:
        text = event_text(item)
        digest = _hash(text)
        old = sent.get(item.uid)
        if old is not None and old[2] == digest:
            unchanged += 1
            continue
        href = old[0] if old else norm_href(urljoin(url, href_name(item.uid)))
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        if old is None:
            headers["If-None-Match"] = "*"
        elif old[1]:
            headers["If-Match"] = str(old[1])
        resp = client.request("PUT", client.absolute(href), text.encode("utf-8"), headers,
                              what=SyncError.tr("saving %1").fill(item.summary))
        if resp.status == 412:  # changed or there already: Rapport's version wins
            headers.pop("If-None-Match", None)
            headers.pop("If-Match", None)
            resp = client.request("PUT", client.absolute(href), text.encode("utf-8"),
                                  headers, what=SyncError.tr("saving %1").fill(item.summary))
        if resp.status not in (200, 201, 204):
            raise CardDavError(SyncError.tr("the server refused an event (%1): %2").fill(
                resp.status, item.summary), resp.status)
        etag = resp.headers.get("etag")
        db.execute_sql(
            "INSERT INTO caldav_item (account_id, uid, href, etag, hash) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (account_id, uid) DO UPDATE SET href = excluded.href, "
            "etag = excluded.etag, hash = excluded.hash",
            (account_id, item.uid, href, etag, digest))
        if old is None:
            created += 1
        else:
            updated += 1
    for uid, (href, etag, _digest) in sent.items():
        if uid in wanted:
            continue
        headers = {"If-Match": str(etag)} if etag else {}
        resp = client.request("DELETE", client.absolute(href), None, headers,
                              what=SyncError.tr("removing a done follow-up"))
        if resp.status == 412:
            resp = client.request("DELETE", client.absolute(href), None, {},
                                  what=SyncError.tr("removing a done follow-up"))
        if resp.status not in (200, 204, 404, 410):
            raise CardDavError(SyncError.tr("the server refused to remove an event (%1)").fill(
                resp.status), resp.status)
        db.execute_sql("DELETE FROM caldav_item WHERE account_id = ? AND uid = ?",
                       (account_id, uid))
        deleted += 1
    return PushResult(name, created, updated, deleted, unchanged)
