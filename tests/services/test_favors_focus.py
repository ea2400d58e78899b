"""The favours ledger and "only ever asked"; this week's focus; the .ics export re-read
with vobject."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import vobject

from desktop.models import db
from desktop.services import calendar_export, contacts, favors, focus, followups, interactions
from desktop.services.errors import ServiceError
from desktop.services.interactions import InteractionDraft
from desktop.services.reasons import decode, reason_text
from desktop.services.types import ContactFields, ContactId
from desktop.vcard import ical

TODAY = dt.date(2026, 11, 18)  # a Wednesday
NOW = dt.datetime(2026, 11, 18, 9, 0)


# --- favours ---------------------------------------------------------------------------

def test_ledger_balance_and_kinds(sample_contacts: dict[str, ContactId]) -> None:
    ana = sample_contacts["ana"]
    for n, (direction, kind) in enumerate([("given", "referral"), ("given", "advice"),
                                           ("given", "referral"), ("given", "gift"),
                                           ("received", "introduction")]):
        favors.add_favor(ana, direction, kind, f"Favour {n}", dt.date(2026, 1, 1 + n))
    ledger = favors.ledger(ana)
    assert ledger.balance_text == "you gave 4, received 1"
    assert ledger.entries[0].description == "Favour 4"  # newest first
    assert ledger.by_kind == (("referral", 2, 0), ("introduction", 0, 1), ("advice", 1, 0),
                              ("gift", 1, 0))
    assert favors.ledger(sample_contacts["bo"]).balance_text == ""


def test_only_ever_asked_lists_people_we_only_took_from(
    sample_contacts: dict[str, ContactId],
) -> None:
    from desktop.services import search

    ana, bo, zoe = sample_contacts["ana"], sample_contacts["bo"], sample_contacts["zoe"]
    favors.add_favor(ana, "received", "advice", "Hiring advice", dt.date(2026, 3, 1))
    favors.add_favor(ana, "received", "referral", "A client", dt.date(2026, 4, 1))
    favors.add_favor(bo, "received", "help", "Pitch deck", dt.date(2026, 3, 1))
    favors.add_favor(bo, "given", "gift", "A book", dt.date(2026, 5, 1))
    favors.add_favor(zoe, "given", "help", "Moved house", dt.date(2026, 5, 1))
    assert favors.only_asked_ids() == [ana]
    listed = search.query_ids(search.ListFilter(kind=search.ListKind.ONLY_ASKED))
    assert listed == [ana]


def test_favour_delete_and_restore_keep_the_id(sample_contacts: dict[str, ContactId]) -> None:
    fid, _ = favors.add_favor(sample_contacts["ana"], "given", "help", "x", dt.date(2026, 1, 1))
    entry, changes = favors.delete_favor(fid)
    assert sample_contacts["ana"] in changes.contacts and favors.ledger(
        sample_contacts["ana"]).entries == ()
    favors.restore_favor(entry)
    assert favors.ledger(sample_contacts["ana"]).entries == (entry,)
    with pytest.raises(ServiceError, match="given or received"):
        favors.add_favor(sample_contacts["ana"], "lent", "help", "", dt.date(2026, 1, 1))


# --- focus -----------------------------------------------------------------------------

def _network(s: dict[str, ContactId]) -> dict[str, ContactId]:
    """Sam (the user) likes Running, Jazz and Chess. Ana: a promise overdue; Bo: a
    birthday Friday; Zoë: they did two favours for the user; Dee: a 1-2-1 already
    planned tomorrow; Eli and Fay: an introduction the user proposed; Gus: a keep-in-touch
    cadence overdue; Hal: acquainted, shares Running and Chess."""
    ana, bo, zoe = s["ana"], s["bo"], s["zoe"]
    extra = {n: contacts.create_contact(ContactFields(full_name=n, stage="acquainted"))[0]
             for n in ("Dee", "Eli", "Fay")}
    extra["Gus"] = contacts.create_contact(ContactFields(
        full_name="Gus", stage="relationship", keep_in_touch_days=28))[0]
    extra["Hal"] = contacts.create_contact(ContactFields(
        full_name="Hal", stage="acquainted", tags=("Running", "Chess")))[0]
    followups.sync_cadence([extra["Gus"]])
    db.execute_sql("UPDATE follow_up SET due_on = ? WHERE contact_id = ? AND origin = 'cadence'",
                   ((TODAY - dt.timedelta(days=10)).isoformat(), extra["Gus"]))
    db.execute_sql("UPDATE contact SET last_interaction_at = ? WHERE id = ?",
                   ("2026-09-12 10:00:00", extra["Gus"]))
    followups.add_followup(ana, TODAY - dt.timedelta(days=9), "Send the article", "promise")
    db.execute_sql("UPDATE contact SET birthday = '--11-20' WHERE id = ?", (bo,))
    favors.add_favor(zoe, "received", "referral", "A client", dt.date(2026, 5, 1))
    favors.add_favor(zoe, "received", "advice", "Pricing", dt.date(2026, 6, 1))
    interactions.log_interaction(InteractionDraft(
        "meeting", dt.datetime(2026, 11, 19, 8, 30), (extra["Dee"],), "Coffee"), now=NOW)
    db.execute_sql("INSERT INTO introduction (introducer_id, person_a_id, person_b_id, status) "
                   "VALUES (?, ?, ?, 'proposed')", (s["me"], extra["Eli"], extra["Fay"]))
    return extra


def test_focus_proposes_people_with_reasons_from_the_relationship(
    sample_contacts: dict[str, ContactId],
) -> None:
    extra = _network(sample_contacts)
    s = sample_contacts
    ranked = focus.candidates(TODAY, NOW)
    by_person = {i.contact_id: i for i in ranked}
    # Never what is already planned: Dee has a 1-2-1 tomorrow.
    assert extra["Dee"] not in by_person
    assert s["me"] not in by_person
    assert by_person[extra["Gus"]].family == "reconnect"
    assert reason_text(by_person[extra["Gus"]].reason) == (
        "Reconnect: you keep in touch every 4 weeks, last talked 9 weeks ago")
    assert by_person[extra["Hal"]].family == "deepen"
    # Tags as the user wrote them: a German "Segeln" must not become "segeln".
    assert reason_text(by_person[extra["Hal"]].reason) == (
        "Deepen: you both like Chess and Running; acquainted, ready to become relationship")
    assert reason_text(by_person[s["ana"]].reason) == (
        "Give: you promised to send the article (9 days late)")
    assert reason_text(by_person[s["ana"]].action) == "Keep your promise: Send the article"
    assert reason_text(by_person[s["bo"]].reason) == "Give: birthday Friday"
    assert reason_text(by_person[s["bo"]].action) == "Send a birthday message on Friday"
    assert reason_text(by_person[extra["Eli"]].action) == "Make the introduction to Fay"
    assert reason_text(by_person[s["zoe"]].reason).startswith("Give: they did 2 more for you")
    assert all("coffee 1-2-1" not in reason_text(i.action).lower() for i in ranked)

    week, changes = focus.propose_week(TODAY, NOW)
    assert len(week) == 3 and changes.contacts == {i.contact_id for i in week}
    # One of each family: reconnect, deepen, give.
    heads = [reason_text(i.reason).split(":")[0].lower() for i in week]
    assert {focus.FAMILY.get(h, h) for h in heads} == {"reconnect", "deepen", "give"}
    assert {i.family for i in week} == {"reconnect", "deepen", "give"}
    assert all(reason_text(i.reason) and reason_text(i.action) and not i.done for i in week)
    again, changes = focus.propose_week(TODAY + dt.timedelta(days=2), NOW)
    # Stored for the week, not re-proposed (its reasons told as of the day it is read).
    assert [i.contact_id for i in again] == [i.contact_id for i in week]
    assert not changes.contacts
    focus.set_done(week[0].contact_id, True, TODAY)
    assert [i.done for i in focus.this_week(TODAY)] == [True, False, False]


def test_the_weeks_reasons_are_told_as_of_the_day_they_are_read(
    sample_contacts: dict[str, ContactId],
) -> None:
    """Proposed on Wednesday, read all week: "birthday Friday" is "birthday tomorrow" on
    Thursday and "birthday today" on Friday; a promise 9 days late is 11 days late on
    Friday; a reminder due tomorrow is due today, then late."""
    s = sample_contacts
    _network(s)
    ivy, _ = contacts.create_contact(ContactFields(full_name="Ivy", stage="acquainted"))
    followups.add_followup(ivy, TODAY + dt.timedelta(days=1), "Call about the job")
    ranked = {i.contact_id: i for i in focus.candidates(TODAY, NOW)}
    focus.set_week(TODAY, [ranked[s["ana"]], ranked[s["bo"]], ranked[ivy]])

    def told(day: dt.date) -> dict[ContactId, tuple[str, str]]:
        return {i.contact_id: (reason_text(i.reason), reason_text(i.action))
                for i in focus.this_week(day)}

    wednesday = told(TODAY)
    assert wednesday[s["ana"]][0] == "Give: you promised to send the article (9 days late)"
    assert wednesday[s["bo"]] == ("Give: birthday Friday", "Send a birthday message on Friday")
    thursday = told(TODAY + dt.timedelta(days=1))
    assert thursday[s["ana"]][0] == "Give: you promised to send the article (10 days late)"
    assert thursday[s["bo"]] == ("Give: birthday tomorrow",
                                 "Send a birthday message on Friday")
    friday = told(TODAY + dt.timedelta(days=2))
    assert friday[s["ana"]][0] == "Give: you promised to send the article (11 days late)"
    assert friday[s["bo"]] == ("Give: birthday today", "Send a birthday message")
    reminder = [told(TODAY + dt.timedelta(days=n))[ivy][0] for n in range(3)]
    assert [r.rsplit("(", 1)[-1] for r in reminder] == [
        "due tomorrow)", "due today)", "1 day late)"], reminder
    # What is stored is what was proposed: read on Wednesday again, as on Wednesday.
    assert told(TODAY) == wednesday


def test_pin_and_replace(sample_contacts: dict[str, ContactId]) -> None:
    _network(sample_contacts)
    week, _ = focus.propose_week(TODAY, NOW)
    keep, swap = week[0].contact_id, week[1].contact_id
    before = focus.capture_week(TODAY)
    focus.set_pinned(keep, True, TODAY)
    with pytest.raises(ServiceError, match="unpin"):
        focus.replace(keep, TODAY, NOW)
    new, _ = focus.replace(swap, TODAY, NOW)
    assert new is not None and new.contact_id not in {i.contact_id for i in week}
    now_shown = focus.this_week(TODAY)
    assert now_shown[0].contact_id == keep and now_shown[0].pinned
    assert swap not in {i.contact_id for i in now_shown} and len(now_shown) == 3
    focus.restore_week(before)
    assert focus.this_week(TODAY) == week


def test_focus_reads_the_demo_weeks_entries(db_path: object) -> None:
    from desktop.services import demo, search

    demo.generate_demo(60, today=TODAY)
    week = focus.this_week(TODAY)
    stored = db.execute_sql("SELECT contact_id, reason, reason_parts, action, action_parts "
                            "FROM focus_entry WHERE week_start = ? ORDER BY id",
                            (search.week_start(TODAY).isoformat(),)).fetchall()
    assert [(int(i.contact_id), i.reason, i.action) for i in week] == [
        (int(c), decode(r, parts), decode(a, a_parts)) for c, r, parts, a, a_parts in stored]
    assert len(week) == 3


# --- iCalendar -------------------------------------------------------------------------

@pytest.fixture()
def london() -> Iterator[None]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/London"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


def test_ics_export_reads_back_with_vobject(sample_contacts: dict[str, ContactId],
                                            tmp_path: Path) -> None:
    ana, markup = sample_contacts["ana"], sample_contacts["markup"]
    followups.add_followup(ana, dt.date(2026, 11, 25), "Send the article", "promise")
    followups.add_followup(markup, dt.date(2026, 11, 10), "Overdue one")
    interactions.log_interaction(InteractionDraft(
        "meeting", dt.datetime(2026, 12, 2, 14, 0), (ana, sample_contacts["bo"]), "Coffee"),
        now=NOW)
    interactions.log_interaction(InteractionDraft(
        "call", dt.datetime(2026, 11, 1, 14, 0), (ana,)), now=NOW)  # past: not exported
    db.execute_sql("UPDATE contact SET birthday = '1980-02-29' WHERE id = ?", (ana,))
    db.execute_sql("UPDATE contact SET birthday = '--07-04' WHERE id = ?",
                   (sample_contacts["zoe"],))
    out = tmp_path / "followups.ics"
    result = calendar_export.export_calendar(
        out, NOW, options=calendar_export.CalendarOptions(alarms=True))
    assert (result.followups, result.meetings, result.birthdays) == (2, 1, 2)

    cal = vobject.readOne(out.read_text(encoding="utf-8"))
    assert cal.version.value == "2.0" and cal.prodid.value == ical.PRODID
    events = cal.vevent_list
    assert len(events) == 5
    for event in events:
        for prop in ("uid", "dtstamp", "dtstart", "summary"):
            assert prop in event.contents, prop
    by_title = {e.summary.value: e for e in events}
    # Titles "Name: what" (contact text verbatim: a calendar shows it as text).
    assert sorted(by_title) == ["<b>Bold</b> <img src=x>: Overdue one",
                                "Ana Silva and 1 other: Coffee", "Ana Silva: Birthday",
                                "Ana Silva: Send the article", "Zoë Müller: Birthday"]
    ana_event = by_title["Ana Silva: Send the article"]
    assert ana_event.dtstart.value == dt.date(2026, 11, 25)  # all day
    assert ana_event.dtend.value == dt.date(2026, 11, 26)
    # An overdue item is on today, where it is seen, and says since when.
    late = by_title["<b>Bold</b> <img src=x>: Overdue one"]
    assert late.dtstart.value == TODAY and "Overdue since 10 November 2026" in (
        late.description.value)
    meeting = by_title["Ana Silva and 1 other: Coffee"]
    assert isinstance(meeting.dtstart.value, dt.datetime) and meeting.dtstart.value.tzinfo
    assert meeting.valarm.trigger.value == dt.timedelta(minutes=-15)
    assert ana_event.valarm.trigger.value == dt.timedelta(hours=9)
    # Birthdays every year; 29 February on the last day of February.
    leap = by_title["Ana Silva: Birthday"]
    assert leap.rrule.value == "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"
    assert leap.dtstart.value == dt.date(1980, 2, 29)
    assert dt.datetime(2027, 2, 28) in list(leap.getrruleset().between(
        dt.datetime(2027, 1, 1), dt.datetime(2027, 12, 31)))
    zoe = by_title["Zoë Müller: Birthday"]
    assert zoe.rrule.value == "FREQ=YEARLY" and (zoe.dtstart.value.month,
                                                  zoe.dtstart.value.day) == (7, 4)
    # UIDs are stable: a second export names the same items the same way.
    again = vobject.readOne(calendar_export.export_calendar(out, NOW).path.read_text("utf-8"))
    assert sorted(e.uid.value for e in again.vevent_list) == sorted(e.uid.value for e in events)
    assert len({e.uid.value for e in events}) == 5
    assert "valarm" not in again.vevent_list[0].contents  # alarms only when asked


def test_ics_meeting_times_follow_daylight_saving(london: None) -> None:
    # The UK moves clocks forward on 29 March 2026: 10:00 local is 10:00Z before, 09:00Z after.
    items = [ical.CalendarItem("a@x", "Before", dt.datetime(2026, 3, 28, 10, 0)),
             ical.CalendarItem("b@x", "After", dt.datetime(2026, 3, 30, 10, 0))]
    cal = vobject.readOne(ical.calendar_text(items))
    starts = {e.summary.value: e.dtstart.value for e in cal.vevent_list}
    assert starts["Before"].hour == 10 and starts["After"].hour == 9
    assert "DTSTART:20260330T090000Z" in ical.calendar_text(items)
