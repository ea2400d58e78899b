"""Capture from calendar and mail files into interactions: matching, idempotence, moves,
undo, privacy (issue 17). Real SQLite files, the fixture files of tests/data/capture."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from desktop.models import db
from desktop.services import contacts, interactions
from desktop.services.capture import engine
from desktop.services.capture.mail import MailMessage, iter_messages
from desktop.services.types import ContactId
from desktop.vcard import CardError
from tests.capture.conftest import DATA

SINCE, UNTIL = dt.datetime(2025, 1, 1), dt.datetime(2026, 1, 1)
NOW = dt.datetime(2025, 12, 1, 12, 0)
CALENDARS = [DATA / "google-calendar.ics", DATA / "outlook-calendar.ics",
             DATA / "apple-calendar.ics"]


def capture(paths: list[Path], now: dt.datetime = NOW, choice: engine.CaptureChoice | None = None,
            since: dt.datetime = SINCE, until: dt.datetime = UNTIL
            ) -> tuple[engine.CapturePreview, engine.CaptureResult]:
    preview = engine.review(engine.scan_files(paths, since, until), now)
    return preview, engine.apply(preview, choice)


def timeline(cid: ContactId) -> list[tuple[dt.datetime, str, str]]:
    page = interactions.timeline(cid, limit=500)
    return [(e.happened_at, e.kind, e.summary) for e in page.entries]


def counts() -> tuple[int, int]:
    return (db.execute_sql("SELECT count(*) FROM interaction").fetchone()[0],
            db.execute_sql("SELECT count(*) FROM capture_item").fetchone()[0])


def test_meetings_are_logged_with_every_contact_that_took_part(people: dict[str, ContactId],
                                                               paris: None) -> None:
    preview, result = capture(CALENDARS)
    assert result.logged == 10 and result.planned == 0
    ana = timeline(people["ana"])
    # Matched whatever the case of the address ("Ana@Lumen.example" in the Google file).
    assert (dt.datetime(2025, 3, 4, 11, 0), "meeting", "Weekly sync") in ana
    assert (dt.datetime(2025, 3, 26, 16, 0), "meeting", "Weekly sync (moved to Wednesday)") in ana
    # A stand-up with Ana and Bo is one interaction with both.
    standup = [e for e in interactions.timeline(people["bo"]).entries if e.summary == "Stand-up"]
    assert len(standup) == 3 and all(e.others == ("Ana Silva",) for e in standup)
    # Bo is recognised by his second address too (Outlook wrote it in capitals).
    assert (dt.datetime(2025, 5, 12, 14, 0), "meeting", "Budget review") in timeline(people["bo"])
    # Declined (Ana on the intro), cancelled (the offsite) and contact-less events are not.
    assert all(s != "Offsite planning" and not s.startswith("Intro") for _w, _k, s in ana)
    assert preview.no_contact == 2  # the dentist and Independence Day
    # Carol (an attendee who is not a contact) is offered, with what is known of her.
    carol = next(s for s in preview.strangers if s.address == "carol.diaz@newco.example")
    assert carol.name == "Carol Díaz" and carol.first_title == "Intro: Bo <> Carol"
    fields = engine.stranger_fields(carol)
    assert fields.full_name == "Carol Díaz" and fields.met_on == dt.date(2025, 4, 15)
    # The user's own profile never becomes a participant.
    assert timeline(people["me"]) == []


def test_capturing_again_adds_nothing_and_a_moved_event_moves_its_entry(
        people: dict[str, ContactId], tmp_path: Path, paris: None) -> None:
    capture(CALENDARS)
    before = counts()
    again, result = capture(CALENDARS)
    assert again.entries == () and again.unchanged == 10 and not result.written
    assert counts() == before
    # The Outlook budget review moves to 16:00, and the user had added notes to it.
    budget = next(e for e in interactions.timeline(people["bo"]).entries
                  if e.summary == "Budget review")
    db.execute_sql("UPDATE interaction SET notes = 'Bring Q3 numbers' WHERE id = ?",
                   (budget.id,))
    moved = tmp_path / "outlook-calendar.ics"
    moved.write_bytes((DATA / "outlook-calendar.ics").read_bytes().replace(
        b"20250512T140000", b"20250512T160000").replace(b"20250512T150000", b"20250512T170000"))
    preview, result = capture([DATA / "google-calendar.ics", moved, DATA / "apple-calendar.ics"])
    assert [(e.action, e.title) for e in preview.entries] == [("move", "Budget review")]
    assert result.moved == 1
    assert counts() == before
    entry = next(e for e in interactions.timeline(people["bo"]).entries
                 if e.summary == "Budget review")
    assert entry.happened_at == dt.datetime(2025, 5, 12, 16, 0)
    assert entry.notes == "Bring Q3 numbers"


def test_future_events_become_planned_meetings_and_cancellation_removes_them(
        people: dict[str, ContactId], tmp_path: Path, paris: None) -> None:
    soon = (dt.datetime.now() + dt.timedelta(days=10)).replace(hour=10, minute=0, second=0,
                                                               microsecond=0)
    text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:plan-1\r\n"
            f"DTSTART:{soon:%Y%m%dT%H%M%S}\r\nSUMMARY:Coffee with Ana\r\n"
            "ORGANIZER:mailto:sam@rivera.example\r\nATTENDEE:mailto:ana@lumen.example\r\n"
            "{status}END:VEVENT\r\nEND:VCALENDAR\r\n")
    path = tmp_path / "plan.ics"
    path.write_text(text.format(status=""), encoding="utf-8")
    now = dt.datetime.now()
    preview, result = capture([path], now=now, since=now - dt.timedelta(days=1),
                              until=now + dt.timedelta(days=30))
    assert result.planned == 1 and result.logged == 0
    planned = interactions.planned([people["ana"]])
    assert [(w, s) for _i, w, _k, s, _p in planned] == [(soon, "Coffee with Ana")]
    # A planned meeting does not count as the last interaction until it happens.
    assert contacts.get_contact(people["ana"]).last_interaction_at is None  # type: ignore[union-attr]
    path.write_text(text.format(status="STATUS:CANCELLED\r\n"), encoding="utf-8")
    preview, result = capture([path], now=now, since=now - dt.timedelta(days=1),
                              until=now + dt.timedelta(days=30))
    assert [e.action for e in preview.entries] == ["cancel"] and result.cancelled == 1
    assert interactions.planned([people["ana"]]) == []
    again, _ = capture([path], now=now, since=now - dt.timedelta(days=1),
                       until=now + dt.timedelta(days=30))
    assert again.entries == ()


def test_undo_takes_the_capture_back_and_redo_brings_the_same_entries(
        people: dict[str, ContactId], paris: None) -> None:
    ana_before = contacts.get_contact(people["ana"])
    assert ana_before is not None
    _preview, result = capture([*CALENDARS, DATA / "thunderbird-inbox"])
    assert result.undo is not None
    after = contacts.get_contact(people["ana"])
    assert after is not None and after.last_interaction_at == dt.datetime(2025, 6, 5, 9, 0)
    ids = sorted(e.id for e in interactions.timeline(people["ana"]).entries)
    engine.undo_capture(result.undo)
    assert counts() == (0, 0)
    undone = contacts.get_contact(people["ana"])
    assert undone is not None and undone.last_interaction_at is None
    assert undone.next_followup_on == ana_before.next_followup_on
    # Capturing again would offer everything again.
    assert len(engine.review(engine.scan_files(CALENDARS, SINCE, UNTIL), NOW).entries) == 10
    engine.redo_capture(result.undo)
    assert sorted(e.id for e in interactions.timeline(people["ana"]).entries) == ids
    redone = contacts.get_contact(people["ana"])
    assert redone is not None and redone.next_followup_on == after.next_followup_on


def test_mail_one_entry_per_thread_per_day_subject_and_date_only(
        people: dict[str, ContactId], paris: None) -> None:
    preview, result = capture([DATA / "thunderbird-inbox"])
    ana = timeline(people["ana"])
    # The thread of 4 March (Ana's message and Sam's reply to Ana and Zoë) is one entry;
    # its reply on 5 March another; subjects without "Re:", RFC 2047 decoded.
    assert ana == [
        (dt.datetime(2025, 3, 5, 9, 0), "message", "Board deck, first draft – v2"),
        (dt.datetime(2025, 3, 4, 11, 22, 38), "message", "Board deck, first draft"),
    ]
    assert timeline(people["zoe"]) == [
        (dt.datetime(2025, 3, 4, 11, 22, 38), "message", "Board deck, first draft")]
    # A raw Latin-1 subject and a Date header that cannot be read: the From_ line's date
    # (UTC, RFC 4155).
    assert timeline(people["bo"]) == [(dt.datetime(2025, 3, 8, 13, 0), "message",
                                      "Café on Monday")]
    assert preview.scan.dropped == 1  # the newsletter
    # Dana, whom the user wrote to, is offered as a contact.
    assert [s.address for s in preview.strangers] == ["dana@okafor.example"]
    # Logging resets the cadence: next follow-up 30 days after the last message.
    ana_now = contacts.get_contact(people["ana"])
    assert ana_now is not None and ana_now.next_followup_on == dt.date(2025, 4, 4)
    assert result.logged == 3


def test_nothing_of_a_mail_body_is_stored(people: dict[str, ContactId], db_path: Path,
                                          paris: None) -> None:
    capture([DATA / "thunderbird-inbox", DATA / "maildir"])
    db.execute_sql("PRAGMA wal_checkpoint(FULL)")
    stored = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
    assert b"Board deck" in stored  # the subject is there...
    assert b"SECRET-BODY-TEXT" not in stored  # ...no body, no attachment
    assert b"JVBERi0" not in stored and b"deck.pdf" not in stored


def test_maildir_headers_and_a_message_without_date(people: dict[str, ContactId],
                                                   paris: None) -> None:
    items = list(iter_messages(DATA / "maildir"))
    assert all(isinstance(m, MailMessage) for m in items)
    _preview, result = capture([DATA / "maildir"])
    assert timeline(people["bo"]) == [(dt.datetime(2025, 3, 13, 11, 0), "message",
                                      "Meeting notes ✓")]
    # No Date header: the time Maildir delivered it (its file name) is used.
    assert [k for _w, k, _s in timeline(people["ana"])] == ["message"]
    assert result.logged == 2


def test_broken_mail_is_reported_where_it_is_and_the_rest_captured(
        people: dict[str, ContactId], tmp_path: Path, paris: None) -> None:
    good = (b"From ana@lumen.example Mon Jan  6 09:15:00 2025\n"
            b"From: ana@lumen.example\nTo: sam@rivera.example\nSubject: Fine\n"
            b"Date: Mon, 6 Jan 2025 09:15:00 +0000\n\nbody\n\n")
    broken = (b"From - \n" b"From: ana@lumen.example\nSubject: No date anywhere\n\nbody\n\n")
    path = tmp_path / "mixed.mbox"
    path.write_bytes(good + broken + good.replace(b"Fine", b"Also fine").replace(
        b"Jan 2025 09", b"Jan 2025 19").replace(b"Jan  6 09", b"Jan  6 19"))
    scan = engine.scan_files([path], SINCE, UNTIL)
    assert [(p.line, "no readable date" in p.reason) for p in scan.problems] == [(9, True)]
    assert all(isinstance(p, CardError) for p in scan.problems)
    preview = engine.review(scan, NOW)
    # No thread headers: each subject is a thread of its own.
    assert sorted(e.title for e in preview.entries) == ["Also fine", "Fine"]


def test_never_capture_an_address_and_skip_a_person(people: dict[str, ContactId],
                                                    paris: None) -> None:
    choice = engine.CaptureChoice(skip_people=frozenset({people["zoe"]}),
                                  never=frozenset({"ana@lumen.example"}))
    _preview, result = capture(CALENDARS, choice=choice)
    assert timeline(people["ana"]) == [] and timeline(people["zoe"]) == []
    assert timeline(people["bo"])  # the others are captured
    assert engine.ignored_addresses() == ["ana@lumen.example"]
    # Next time Ana is not even offered; Zoë (only skipped) is.
    again = engine.review(engine.scan_files(CALENDARS, SINCE, UNTIL), NOW)
    assert people["ana"] not in {p.contact_id for p in again.people}
    assert people["zoe"] in {p.contact_id for p in again.people}
    assert result.undo is not None
    engine.undo_capture(result.undo)
    assert engine.ignored_addresses() == []


def test_adding_someone_met_attaches_their_meetings(people: dict[str, ContactId],
                                                    paris: None) -> None:
    scan = engine.scan_files(CALENDARS, SINCE, UNTIL)
    first = engine.review(scan, NOW)
    carol = next(s for s in first.strangers if s.address == "carol.diaz@newco.example")
    cid, _ = contacts.create_contact(engine.stranger_fields(carol))
    second = engine.review(scan, NOW)
    assert "carol.diaz@newco.example" not in {s.address for s in second.strangers}
    intro = next(e for e in second.entries if e.title.startswith("Intro"))
    assert set(intro.people) == {people["bo"], cid}


def test_a_copied_file_is_the_same_events(people: dict[str, ContactId], tmp_path: Path,
                                          paris: None) -> None:
    capture([DATA / "google-calendar.ics"])
    copy = tmp_path / "export (1).ics"
    shutil.copy(DATA / "google-calendar.ics", copy)
    again, _ = capture([copy])
    assert again.entries == ()


def test_cancel_while_reading_or_logging_writes_nothing(people: dict[str, ContactId],
                                                        tmp_path: Path, paris: None) -> None:
    import pytest

    path = tmp_path / "big.mbox"
    with open(path, "w", encoding="utf-8") as out:
        for n in range(3000):
            out.write(f"From - Mon Jan  6 09:15:00 2025\nMessage-ID: <{n}@x>\n"
                      f"Date: Mon, 6 Jan 2025 09:{n % 60:02d}:00 +0000\n"
                      f"From: ana@lumen.example\nTo: sam@rivera.example\nSubject: Note {n}\n\n"
                      + "body line\n" * 40 + "\n")
    seen: list[tuple[int, int]] = []

    def stop_half_way(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < total // 2

    with pytest.raises(engine.CaptureCancelled):
        engine.scan_files([path], SINCE, UNTIL, stop_half_way)
    assert seen and seen[-1][0] >= seen[-1][1] // 2
    preview = engine.review(engine.scan_files([path], SINCE, UNTIL), NOW)
    assert len(preview.entries) == 3000
    with pytest.raises(engine.CaptureCancelled):
        engine.apply(preview, progress=lambda done, total: done < total // 2)
    assert counts() == (0, 0)
    assert contacts.get_contact(people["ana"]).last_interaction_at is None  # type: ignore[union-attr]


def test_a_thunderbird_folder_of_mailboxes(people: dict[str, ContactId], tmp_path: Path,
                                           paris: None) -> None:
    folder = tmp_path / "Local Folders"
    folder.mkdir()
    shutil.copy(DATA / "thunderbird-inbox", folder / "Inbox")
    (folder / "Inbox.msf").write_text("// <!-- <mdb:mork:z v=\"1.4\"/> -->", encoding="utf-8")
    (folder / "Sent").write_bytes(
        b"From - Mon Apr 07 10:00:00 2025\nMessage-ID: <s1@rivera.example>\n"
        b"Date: Mon, 7 Apr 2025 10:00:00 +0000\nFrom: sam@rivera.example\n"
        b"To: Zo\xc3\xab <zoe@cafe.example>\nSubject: Jazz on Friday?\n\nbody\n")
    assert engine.source_kind(folder) == "mail"
    _preview, result = capture([folder])
    assert result.logged == 4
    assert timeline(people["zoe"])[0] == (dt.datetime(2025, 4, 7, 12, 0), "message",
                                          "Jazz on Friday?")
