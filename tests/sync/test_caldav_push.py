"""The optional push of follow-ups to a calendar on the sync account's server (issue 15),
against a real Radicale on 127.0.0.1: the calendar is made, events read back with
vobject, changes update and delete them, an unchanged push sends nothing, and what is
private stays home."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import vobject

from desktop.services import contacts, followups, interactions
from desktop.services.interactions import InteractionDraft
from desktop.services.sync import caldav
from desktop.services.types import ContactFields
from tests.sync.servers import PASSWORD, USER, RadicaleServer, free_port


def _events(radicale: RadicaleServer) -> dict[str, vobject.base.Component]:
    status, body = radicale.request(
        "PROPFIND", f"/{USER}/{caldav.CALENDAR_SLUG}/",
        b'<?xml version="1.0"?><d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop>'
        b"</d:propfind>", {"Depth": "1"})
    assert status == 207, status
    hrefs = [h.decode() for h in re.findall(rb"<[^>]*href>([^<]+)</", body)
             if h.endswith(b".ics")]
    out = {}
    for href in hrefs:
        data = radicale.get(href)
        assert data is not None, href
        assert b"Private: kids" not in data  # interaction notes never leave
        cal = vobject.readOne(data.decode("utf-8"))
        event = cal.vevent
        out[event.summary.value] = event
    return out


def test_follow_ups_are_pushed_updated_and_removed(account: int,
                                                   radicale: RadicaleServer) -> None:
    today = dt.date.today()
    ana, _ = contacts.create_contact(ContactFields(full_name="Ana Silva",
                                                   birthday="1980-03-04"))
    bo, _ = contacts.create_contact(ContactFields(full_name="Bo Chen"))
    late, _ = followups.add_followup(ana, today - dt.timedelta(days=5), "Send the deck",
                                     "promise")
    soon, _ = followups.add_followup(bo, today + dt.timedelta(days=3), "Call about the job")
    interactions.log_interaction(InteractionDraft(
        "meeting", dt.datetime.combine(today + dt.timedelta(days=2), dt.time(10, 0)), (bo,),
        "Coffee", "Private: kids starting school"))
    assert caldav.push_targets() == []
    caldav.set_enabled(account, True, alarms=True)
    assert caldav.push_targets() == [account]

    result = caldav.push_account(account)
    assert result.error is None, result.error
    assert (result.created, result.updated, result.deleted) == (3, 0, 0)
    events = _events(radicale)
    assert sorted(events) == ["Ana Silva: Send the deck", "Bo Chen: Call about the job",
                              "Bo Chen: Coffee"]  # no birthdays: the phone has them
    assert events["Ana Silva: Send the deck"].dtstart.value == today  # overdue: on today
    assert events["Bo Chen: Coffee"].valarm.trigger.value == dt.timedelta(minutes=-15)
    settings = caldav.settings(account)
    assert settings is not None and settings.calendar_url is not None
    assert settings.calendar_url.endswith(f"/{USER}/{caldav.CALENDAR_SLUG}/")
    assert settings.last_push_at is not None and settings.last_error is None

    again = caldav.push_account(account)  # nothing changed: nothing sent
    assert (again.created, again.updated, again.deleted, again.unchanged) == (0, 0, 0, 3)

    followups.mark_done(followups.get_followup(late))  # type: ignore[arg-type]
    item = followups.get_followup(soon)
    assert item is not None
    followups.reschedule(item, today + dt.timedelta(days=10))
    third = caldav.push_account(account)
    assert (third.created, third.updated, third.deleted) == (0, 1, 1)
    events = _events(radicale)
    assert sorted(events) == ["Bo Chen: Call about the job", "Bo Chen: Coffee"]
    assert events["Bo Chen: Call about the job"].dtstart.value == today + dt.timedelta(days=10)


def test_a_push_to_a_server_that_is_down_says_why_in_one_line(db_path: Path) -> None:
    from desktop.services.sync import accounts

    account = accounts.add_account(f"http://127.0.0.1:{free_port()}/", USER, PASSWORD)
    contacts.create_contact(ContactFields(full_name="Cy Diaz"))
    caldav.set_enabled(account, True)
    result = caldav.push_account(account)
    assert result.error is not None and "\n" not in result.error_text()
    assert "connection refused" in result.error_text()
    settings = caldav.settings(account)
    assert settings is not None and settings.last_error == result.error
    caldav.set_enabled(account, False)
    assert caldav.push_targets() == []
