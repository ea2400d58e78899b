"""Reading events the way Google, Outlook and Apple write them (tests/data/capture)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.vcard import CardError, VCardError
from desktop.vcard.ical_reader import EventOccurrence, iter_events
from tests.capture.conftest import DATA

YEAR = (dt.datetime(2025, 1, 1), dt.datetime(2026, 1, 1))


def read(path: Path, since: dt.datetime = YEAR[0], until: dt.datetime = YEAR[1]
         ) -> tuple[list[EventOccurrence], list[CardError]]:
    events: list[EventOccurrence] = []
    errors: list[CardError] = []
    for item in iter_events(path, since, until):
        (events if isinstance(item, EventOccurrence) else errors).append(item)
    return events, errors


def test_google_weekly_series_is_expanded_with_its_exception_and_moved_occurrence(
        paris: None) -> None:
    events, errors = read(DATA / "google-calendar.ics")
    assert errors == []
    sync = sorted((e for e in events if e.uid.startswith("5q1k")), key=lambda e: e.start)
    # Tuesdays 10:00 London (11:00 Paris) until 1 April; the 18th is excluded; the 25th
    # was moved to Wednesday 26th 15:00 London (16:00 Paris) and renamed.
    assert [(e.start, e.summary) for e in sync] == [
        (dt.datetime(2025, 3, 4, 11, 0), "Weekly sync"),
        (dt.datetime(2025, 3, 11, 11, 0), "Weekly sync"),
        (dt.datetime(2025, 3, 26, 16, 0), "Weekly sync (moved to Wednesday)"),
    ]
    assert sync[2].recurrence_id == "20250325T100000Z"  # the occurrence it replaced
    assert sync[0].organizer is not None and sync[0].organizer.email == "sam@rivera.example"
    assert [p.email for p in sync[0].attendees] == ["Ana@Lumen.example", "sam@rivera.example"]


def test_declined_attendees_and_cancelled_events(paris: None) -> None:
    events, _ = read(DATA / "google-calendar.ics")
    intro = next(e for e in events if e.summary.startswith("Intro"))
    assert {p.email for p in intro.people} == {
        "bo@harbor.example", "carol.diaz@newco.example", "sam@rivera.example"}
    assert intro.start == dt.datetime(2025, 4, 15, 15, 0)  # 13:00 UTC, CEST
    assert next(e for e in events if e.summary == "Offsite planning").cancelled
    dentist = next(e for e in events if e.summary == "Dentist")
    assert dentist.all_day and dentist.start == dt.datetime(2025, 5, 2) and not dentist.people


def test_outlook_windows_zone_rooms_and_broken_events_reported_with_their_line(
        paris: None) -> None:
    events, errors = read(DATA / "outlook-calendar.ics")
    budget = next(e for e in events if e.summary == "Budget review")
    # "W. Europe Standard Time" is defined by the file's VTIMEZONE: 14:00 there is 14:00 in
    # Paris; the conference room is not a person.
    assert budget.start == dt.datetime(2025, 5, 12, 14, 0)
    assert [p.email for p in budget.attendees] == ["BO@HARBOR.EXAMPLE"]
    standups = [e.start for e in events if e.summary == "Stand-up"]
    assert standups == [dt.datetime(2025, 6, d, 9, 0) for d in (3, 4, 5)]
    # The event whose END:VEVENT is missing is still read; the one with an unreadable
    # start is skipped; both are reported where they are.
    assert any(e.summary == "Broken: no end line" for e in events)
    lines = {e.line: e.reason for e in errors}
    assert "END:VEVENT missing" in lines[75]
    assert "unreadable date" in lines[88] and "DTSTART" in lines[88]
    assert all(e.source.endswith("outlook-calendar.ics") for e in errors)


def test_apple_new_york_time_and_quoted_names(paris: None) -> None:
    events, errors = read(DATA / "apple-calendar.ics")
    lunch = next(e for e in events if e.summary == "Lunch with Zoë")
    assert lunch.start == dt.datetime(2025, 6, 10, 18, 0)  # 12:00 EDT
    assert [(p.email, p.name) for p in lunch.attendees] == [
        ("zoe@cafe.example", "Zoë Müller"), ("sam@rivera.example", "Sam Rivera")]
    assert errors == []


def test_only_occurrences_in_the_range_are_read(paris: None) -> None:
    events, _ = read(DATA / "google-calendar.ics", dt.datetime(2025, 3, 10),
                     dt.datetime(2025, 3, 20))
    assert [e.start for e in events] == [dt.datetime(2025, 3, 11, 11, 0)]


def test_daily_meeting_keeps_its_wall_time_across_daylight_saving(tmp_path: Path,
                                                                   paris: None) -> None:
    path = tmp_path / "dst.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:daily\r\n"
        "DTSTART;TZID=Europe/Paris:20250328T090000\r\nRRULE:FREQ=DAILY;UNTIL=20250401T070000Z"
        "\r\nSUMMARY:Daily\r\nATTENDEE:mailto:a@b.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8")
    events, errors = read(path)
    assert errors == []
    assert [e.start for e in events] == [dt.datetime(2025, 3, d, 9, 0) for d in (28, 29, 30, 31)
                                         ] + [dt.datetime(2025, 4, 1, 9, 0)]


def test_not_a_calendar_is_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.ics"
    path.write_text("hello\n", encoding="utf-8")
    with pytest.raises(VCardError, match=r"notes.ics:1: not an iCalendar file"):
        read(path)
    with pytest.raises(VCardError, match="cannot read the file"):
        read(tmp_path / "missing.ics")
