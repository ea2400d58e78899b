"""Meetings from a CalDAV calendar of a sync account, against a real Radicale on 127.0.0.1:
discovery, a time-range query, recurrence, idempotence, a moved event; never a write."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services import interactions
from desktop.services.capture import caldav, engine
from desktop.services.sync import accounts
from desktop.services.sync.carddav import CardDavError
from desktop.services.types import ContactId
from tests.sync.servers import PASSWORD, USER, RadicaleServer


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RadicaleServer]:
    server = RadicaleServer(tmp_path_factory.mktemp("radicale-caldav"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def _no_keyring() -> Iterator[None]:
    """Tests never touch the real keyring of the machine they run on."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def _make_calendar(server: RadicaleServer, name: str, display: str) -> str:
    body = ('<?xml version="1.0" encoding="utf-8"?><d:mkcol xmlns:d="DAV:" '
            'xmlns:c="urn:ietf:params:xml:ns:caldav"><d:set><d:prop><d:resourcetype>'
            "<d:collection/><c:calendar/></d:resourcetype>"
            f"<d:displayname>{display}</d:displayname></d:prop></d:set></d:mkcol>").encode()
    status, text = server.request("MKCOL", f"/{USER}/{name}/", body)
    assert status == 201, (status, text)
    return f"{server.url}{USER}/{name}/"


def _event(uid: str, start: dt.datetime, summary: str, *attendees: str, rrule: str = "") -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//Radicale fixture//EN",
             "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250101T000000Z",
             f"DTSTART;TZID=Europe/Paris:{start:%Y%m%dT%H%M%S}",
             f"DTEND;TZID=Europe/Paris:{start + dt.timedelta(hours=1):%Y%m%dT%H%M%S}",
             f"SUMMARY:{summary}", "ORGANIZER;CN=Sam:mailto:sam@rivera.example",
             *(f"ATTENDEE;PARTSTAT=ACCEPTED:mailto:{a}" for a in attendees)]
    if rrule:
        lines.append(f"RRULE:{rrule}")
    return "\r\n".join([*lines, "END:VEVENT", "END:VCALENDAR"]) + "\r\n"


def _put(server: RadicaleServer, name: str, uid: str, text: str) -> None:
    status, body = server.request("PUT", f"/{USER}/{name}/{uid}.ics", text.encode(),
                                  {"Content-Type": "text/calendar; charset=utf-8"})
    assert status in (201, 204), (status, body[:300])


def _storage_digest(server: RadicaleServer) -> str:
    root = server.folder / "collections"
    digest = hashlib.sha1()
    for path in sorted(root.rglob("*")):
        if path.is_file() and ".Radicale.cache" not in path.parts:
            digest.update(str(path).encode() + path.read_bytes())
    return digest.hexdigest()


def test_capture_from_a_caldav_calendar(radicale: RadicaleServer, db_path: Path,
                                        people: dict[str, ContactId], paris: None) -> None:
    _make_calendar(radicale, "work", "Work")
    _make_calendar(radicale, "holidays", "Holidays")
    radicale.make_book("contacts", "Contacts")  # an address book is not a calendar
    _put(radicale, "work", "weekly", _event("weekly", dt.datetime(2025, 3, 3, 9), "1-2-1 Ana",
                                            "ana@lumen.example", rrule="FREQ=WEEKLY;COUNT=4"))
    _put(radicale, "work", "lunch", _event("lunch", dt.datetime(2025, 6, 10, 12), "Lunch",
                                           "BO@harbor.example", "zoe@cafe.example"))
    _put(radicale, "work", "later", _event("later", dt.datetime(2026, 3, 1, 12), "Out of range",
                                           "ana@lumen.example"))
    account_id = accounts.add_account(radicale.url, USER, PASSWORD)

    found = caldav.discover(account_id)
    assert [c.name for c in found] == ["Holidays", "Work"]
    work = next(c for c in found if c.name == "Work")
    calendar_id = caldav.choose(account_id, work)
    assert [(c.id, c.name) for c in caldav.chosen()] == [(calendar_id, "Work")]

    before = _storage_digest(radicale)
    since, until = dt.datetime(2025, 1, 1), dt.datetime(2026, 1, 1)
    scan = caldav.scan_calendars(since=since, until=until)
    assert scan.unreadable == () and scan.problems == ()
    preview = engine.review(scan, dt.datetime(2025, 12, 1))
    result = engine.apply(preview)
    assert result.logged == 5  # four weekly 1-2-1s and the lunch
    ana = [(e.happened_at, e.summary) for e in interactions.timeline(people["ana"]).entries]
    assert ana[-1] == (dt.datetime(2025, 3, 3, 9, 0), "1-2-1 Ana") and len(ana) == 4
    lunch = interactions.timeline(people["bo"]).entries[0]
    assert lunch.summary == "Lunch" and lunch.others == ("Zoë Müller",)

    # Again: nothing new. Then the lunch moves on the server: its entry moves.
    again = engine.review(caldav.scan_calendars(since=since, until=until),
                          dt.datetime(2025, 12, 1))
    assert again.entries == () and again.unchanged == 5
    _put(radicale, "work", "lunch", _event("lunch", dt.datetime(2025, 6, 11, 13), "Lunch",
                                           "bo@harbor.example", "zoe@cafe.example"))
    moved = engine.review(caldav.scan_calendars(since=since, until=until),
                          dt.datetime(2025, 12, 1))
    assert [(e.action, e.when) for e in moved.entries] == [
        ("move", dt.datetime(2025, 6, 11, 13, 0))]
    engine.apply(moved)
    assert interactions.timeline(people["bo"]).entries[0].happened_at == dt.datetime(
        2025, 6, 11, 13, 0)
    # Reading never wrote anything on the server (the move above was our own PUT).
    assert _storage_digest(radicale) != before
    settled = _storage_digest(radicale)
    caldav.scan_calendars(since=since, until=until)
    assert _storage_digest(radicale) == settled


def test_a_calendar_that_cannot_be_read_is_one_line(radicale: RadicaleServer, db_path: Path,
                                                    people: dict[str, ContactId]) -> None:
    account_id = accounts.add_account(radicale.url, USER, "wrong password")
    caldav.choose(account_id, caldav.CalendarInfo(f"{radicale.url}{USER}/work/", "Work"))
    scan = caldav.scan_calendars()
    (line,) = scan.unreadable
    assert line.startswith(f"{USER} on 127.0.0.1: Work: ") and "(401)" in line
    with pytest.raises(CardDavError, match="401"):
        caldav.discover(account_id)
    client = caldav.CalDavClient(radicale.url, USER, PASSWORD)
    with pytest.raises(CardDavError, match="never writes"):
        client.put("/x.ics", b"")


def test_cli_captures_the_chosen_calendars(radicale: RadicaleServer, db_path: Path,
                                           people: dict[str, ContactId], paris: None,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main

    _make_calendar(radicale, "cli", "CLI")
    _put(radicale, "cli", "coffee", _event("coffee", dt.datetime(2025, 2, 3, 9), "Coffee",
                                           "zoe@cafe.example"))
    account_id = accounts.add_account(radicale.url, USER, PASSWORD)
    caldav.choose(account_id, caldav.CalendarInfo(f"{radicale.url}{USER}/cli/", "CLI"))
    status = main(["--db", str(db_path), "capture", "--calendars", "--since", "2025-01-01",
                   "--until", "2025-12-31", "--yes"])
    out = capsys.readouterr().out.splitlines()
    assert status == 0
    assert out[0] == "Zoë Müller <zoe@cafe.example>: 1 meeting"
    assert out[-1] == "captured: logged 1 interaction with 1 contact"
    assert [e.summary for e in interactions.timeline(people["zoe"]).entries] == ["Coffee"]
