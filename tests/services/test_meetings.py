"""Issue 15's services: a meeting as one object (plan, hold, reschedule, cancel, edit,
log_or_hold), loops that close (chase reminders, promises kept), "one thing" that
expires, pinned facts, bulk tags and stages, catching up with stale reminders, the
week's review and today's reminder text."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models import db
from desktop.services import (
    briefing,
    contacts,
    facts,
    focus,
    followups,
    graph,
    history,
    interactions,
    loops,
    reminders,
    review,
    tags,
)
from desktop.services.errors import ServiceError
from desktop.services.interactions import InteractionDraft, Promise
from desktop.services.reasons import reason_text
from desktop.services.types import ContactFields, ContactId

NOW = dt.datetime(2026, 11, 18, 15, 0)  # a Wednesday afternoon
TODAY = NOW.date()


def _last(cid: ContactId) -> dt.datetime | None:
    detail = contacts.get_contact(cid)
    assert detail is not None
    return detail.last_interaction_at


def _plan(cid: ContactId, when: dt.datetime, title: str = "Coffee") -> int:
    iid, _ = interactions.log_interaction(InteractionDraft("meeting", when, (cid,), title),
                                          now=when - dt.timedelta(days=2))
    return iid


def test_a_meeting_is_one_object_from_planned_to_held(
    sample_contacts: dict[str, ContactId],
) -> None:
    ana, bo = sample_contacts["ana"], sample_contacts["bo"]
    iid = _plan(ana, dt.datetime(2026, 11, 18, 10, 0))
    assert interactions.get_interaction(iid).status == "planned"  # type: ignore[union-attr]
    assert _last(ana) is None  # planned: not contact yet
    # Logging with Ana that day holds the meeting instead of adding a second entry.
    held_id, held, changes = interactions.log_or_hold(InteractionDraft(
        "meeting", NOW, (ana, bo), "", "Her daughter starts school in May.",
        (Promise(TODAY + dt.timedelta(days=7), "Send the hiring article", ana),)), NOW)
    assert (held_id, held) == (iid, True) and changes.interactions
    info = interactions.get_interaction(iid)
    assert info is not None and info.status == "held"
    assert info.happened_at == dt.datetime(2026, 11, 18, 10, 0)  # the planned time
    assert info.summary == "Coffee" and "school in May" in info.notes
    assert [c for c, _ in info.participants] == [ana, bo]  # by name: Bo joined it
    assert interactions.timeline(ana).total == 1  # one entry, not two
    assert _last(ana) == _last(bo) == dt.datetime(2026, 11, 18, 10, 0)
    assert [reason_text(f.reason) for f in followups.open_followups(ana)] == [
        "Send the hiring article"]
    with pytest.raises(ServiceError, match="already marked as held"):
        interactions.hold(iid, now=NOW)
    # Without a planned meeting that day, it is a new entry.
    other, held, _ = interactions.log_or_hold(
        InteractionDraft("call", NOW - dt.timedelta(days=3), (ana,)), NOW)
    assert not held and other != iid and interactions.timeline(ana).total == 2


def test_reschedule_cancel_and_edit(sample_contacts: dict[str, ContactId]) -> None:
    ana, zoe = sample_contacts["ana"], sample_contacts["zoe"]
    iid = _plan(ana, NOW + dt.timedelta(days=2))
    moved = NOW + dt.timedelta(days=5, hours=1)
    interactions.reschedule(iid, moved, NOW)
    assert [m.happened_at for m in interactions.planned(now=NOW)] == [moved]
    interactions.cancel(iid, NOW)
    info = interactions.get_interaction(iid)
    assert info is not None and info.status == "cancelled"
    assert interactions.planned(now=NOW) == []
    assert followups.month_view(moved.year, moved.month).counts(moved.date()).meetings == 0
    assert interactions.timeline(ana).entries[0].is_cancelled  # still on the timeline
    interactions.reschedule(iid, moved, NOW)  # planned again
    assert interactions.get_interaction(iid).status == "planned"  # type: ignore[union-attr]
    with pytest.raises(ServiceError, match="only once its time has come"):
        interactions.hold(iid, now=NOW)
    # Edit: other people, other kind; a held one is edited, not rescheduled.
    past = InteractionDraft("call", NOW - dt.timedelta(days=1), (zoe,), "Phone call", "Notes",
                            status="held")
    interactions.update_interaction(iid, past, NOW)
    assert interactions.timeline(ana).total == 0 and interactions.timeline(zoe).total == 1
    assert _last(zoe) == NOW - dt.timedelta(days=1)
    with pytest.raises(ServiceError, match="edit it"):
        interactions.reschedule(iid, moved, NOW)
    with pytest.raises(ServiceError, match="delete it"):
        interactions.cancel(iid, NOW)


def test_chase_reminder_closes_when_the_introduction_is_made(
    sample_contacts: dict[str, ContactId],
) -> None:
    s = sample_contacts
    intro, _ = graph.record_introduction(graph.IntroductionFields(
        person_a=s["ana"], person_b=s["bo"], introducer=s["me"], status="proposed"))
    chase_id, _ = loops.add_chase(intro, TODAY)
    chase = followups.get_followup(chase_id)
    assert chase is not None and reason_text(chase.reason) == "Introduce Ana Silva to Bo Chen"
    assert chase.due_on == TODAY + dt.timedelta(days=loops.CHASE_DAYS)
    graph.set_status(intro, "made")
    loops.close_chase(intro)
    assert followups.get_followup(chase_id).done  # type: ignore[union-attr]
    assert loops.chase_reminders(intro) == []
    # Deleting the introduction takes its reminder with it.
    graph.delete_introduction(intro)
    assert followups.get_followup(chase_id) is None


def test_recording_an_introduction_or_a_favour_finds_the_promise_it_kept(
    sample_contacts: dict[str, ContactId],
) -> None:
    ana, bo = sample_contacts["ana"], sample_contacts["bo"]
    followups.add_followup(ana, TODAY, "Introduce her to Bo about the chess club", "promise")
    followups.add_followup(ana, TODAY, "Send the hiring article", "promise")
    followups.add_followup(ana, TODAY, "Keep in touch", "cadence")
    matches = loops.promises_kept_by_introduction(ana, bo)
    assert [reason_text(m.item.reason) for m in matches] == [
        "Introduce her to Bo about the chess club", "Send the hiring article"]
    assert [m.likely for m in matches] == [True, False]
    kept = loops.promises_kept_by_favour(ana, "gift", "The hiring article")
    assert reason_text(kept[0].item.reason) == "Send the hiring article" and kept[0].likely
    followups.mark_done_many([m.item for m in matches[:1]])
    assert [reason_text(m.item.reason) for m in loops.promises_kept_by_introduction(ana, bo)] == [
        "Send the hiring article"]


def test_one_thing_expires_after_a_week_unless_renewed(
    sample_contacts: dict[str, ContactId],
) -> None:
    ana = sample_contacts["ana"]
    briefing.set_one_thing(ana, "Introduce her to a recruiter", on=TODAY - dt.timedelta(days=8))
    state = briefing.one_thing_of(ana)
    assert not state.is_active(TODAY) and state.expires_on() == TODAY - dt.timedelta(days=1)
    b = briefing.briefing(ana, today=TODAY, now=NOW)
    assert b.one_thing != "Introduce her to a recruiter" or b.one_thing_suggested
    briefing.set_one_thing(ana, "Introduce her to a recruiter", on=TODAY)  # renewed
    b = briefing.briefing(ana, today=TODAY, now=NOW)
    assert b.one_thing == "Introduce her to a recruiter" and not b.one_thing_suggested
    b = briefing.briefing(ana, today=TODAY + dt.timedelta(days=7), now=NOW)
    assert b.one_thing_suggested  # a week later it no longer counts


def test_pinned_facts_are_in_order_and_on_the_briefing(
    sample_contacts: dict[str, ContactId],
) -> None:
    ana = sample_contacts["ana"]
    first, _ = facts.add_fact(ana, "family", "Two kids, Maya and Leo")
    facts.add_fact(ana, "cares", "  Ocean   conservation ")
    assert [(f.kind_label, f.text) for f in facts.facts(ana)] == [
        ("Family", "Two kids, Maya and Leo"), ("Cares about", "Ocean conservation")]
    assert briefing.briefing(ana, today=TODAY, now=NOW).facts == (
        ("Family", "Two kids, Maya and Leo"), ("Cares about", "Ocean conservation"))
    gone, _ = facts.delete_fact(first)
    facts.restore_fact(gone)
    assert facts.facts(ana)[0] == gone  # same id and place back
    with pytest.raises(ServiceError, match="write the fact"):
        facts.add_fact(ana, "pets", "   ")
    snapshot, _ = contacts.delete_contacts([ana])  # a deleted contact takes its facts ...
    assert db.execute_sql("SELECT count(*) FROM contact_fact").fetchone()[0] == 0
    contacts.restore_contacts(snapshot)  # ... and undo brings them back
    assert len(facts.facts(ana)) == 2


def test_bulk_stage_and_the_tags_of_a_selection(sample_contacts: dict[str, ContactId]) -> None:
    s = sample_contacts
    people = [s["ana"], s["bo"], s["zoe"]]
    change, _ = tags.change_tags(people, add=["Web Summit 2026"])
    assert len(change.added) == 3 and change.created_tags
    assert sorted(n for _, n, _c in tags.tags_on(people)) == [
        "Chess", "Investors", "Jazz", "Politics", "Running", "Web Summit 2026"]
    assert dict((n, c) for _, n, c in tags.tags_on(people))["Jazz"] == 2
    tag_id = tags.find_tag("web summit 2026")
    assert tag_id is not None and tags.name_of(tag_id) == "Web Summit 2026"
    assert tags.cadence_days(tag_id) == 0
    staged = contacts.set_stage_many(people, "trusted")
    assert set(staged.contacts) == set(people)
    assert {contacts.get_contact(c).fields.stage for c in people} == {"trusted"}  # type: ignore[union-attr]
    history.undo(staged.change_sets)
    assert {c: contacts.get_contact(c).fields.stage for c in people} == {  # type: ignore[union-attr]
        s["bo"]: "acquainted", s["zoe"]: "connected", s["ana"]: "relationship"}
    met = contacts.set_met_many(people, "Met at Web Summit", dt.date(2026, 11, 12))
    ana = contacts.get_contact(s["ana"]).fields  # type: ignore[union-attr]
    assert (ana.how_we_met, ana.met_on) == ("Met at Web Summit", dt.date(2026, 11, 12))
    history.undo(met.change_sets)
    assert contacts.get_contact(s["ana"]).fields.how_we_met == ""  # type: ignore[union-attr]


def test_catching_up_spreads_or_restarts_stale_cadences(
    sample_contacts: dict[str, ContactId],
) -> None:
    people = [contacts.create_contact(ContactFields(full_name=f"P{n:02d}",
                                                    keep_in_touch_days=30))[0]
              for n in range(10)]
    followups.sync_cadence(people)
    db.execute_sql("UPDATE follow_up SET due_on = '2025-10-01' WHERE origin = 'cadence'")
    stale = followups.stale_cadence(TODAY)
    assert len(stale) == 10
    assert followups.spread_plan(10, TODAY, 4) == [
        TODAY + dt.timedelta(days=d) for d in (0, 0, 0, 1, 1, 2, 2, 2, 3, 3)]
    followups.spread(stale, TODAY + dt.timedelta(days=1), 4, today=TODAY)
    assert followups.stale_cadence(TODAY) == []
    days = sorted(i.on for cid in people for i in followups.open_followups(cid))
    assert days[0] == TODAY + dt.timedelta(days=1) and days[-1] == TODAY + dt.timedelta(days=4)
    db.execute_sql("UPDATE follow_up SET snoozed_until = NULL WHERE origin = 'cadence'")
    followups.restart_cadence(followups.stale_cadence(TODAY),
                              dt.datetime.combine(TODAY, dt.time(9)))
    assert {i.on for cid in people for i in followups.open_followups(cid)} == {
        TODAY + dt.timedelta(days=30)}


def test_the_week_in_review(sample_contacts: dict[str, ContactId]) -> None:
    s = sample_contacts
    interactions.log_interaction(InteractionDraft("meeting", NOW - dt.timedelta(days=1),
                                                  (s["ana"],), "Lunch"), now=NOW)
    interactions.log_interaction(InteractionDraft("call", NOW - dt.timedelta(days=9),
                                                  (s["bo"],), "Last week"), now=NOW)
    kept, _ = followups.add_followup(s["ana"], TODAY, "Send the deck", "promise")
    followups.mark_done(followups.get_followup(kept), NOW)  # type: ignore[arg-type]
    followups.add_followup(s["bo"], TODAY - dt.timedelta(days=2), "Call back", "promise")
    focus.add_person(s["zoe"], TODAY)
    focus.set_done(s["zoe"], True, TODAY)
    data = review.week_review(TODAY, NOW)
    assert [x.name for x in data.seen] == ["Ana Silva"]
    assert [(p.name, reason_text(p.reason)) for p in data.kept] == [("Ana Silva", "Send the deck")]
    assert [(p.name, reason_text(p.reason)) for p in data.open] == [("Bo Chen", "Call back")]
    assert data.focus_done == 1 and len(data.focus) == 1
    assert s["zoe"] not in [i.contact_id for i in data.next_week]
    assert not review.is_review_time(NOW) and review.is_review_time(
        dt.datetime(2026, 11, 20, 16, 0))


def test_today_summary_text(sample_contacts: dict[str, ContactId]) -> None:
    s = sample_contacts
    assert reminders.today_summary(TODAY).text() == "Nothing due today"
    followups.add_followup(s["ana"], TODAY, "Call")
    followups.add_followup(s["bo"], TODAY - dt.timedelta(days=1), "Write")
    followups.add_followup(s["zoe"], TODAY - dt.timedelta(days=3), "Thank")
    contacts.update_contact(s["bo"], ContactFields(full_name="Priya Shah"))
    _plan(s["bo"], dt.datetime.combine(TODAY, dt.time(16, 30)))
    summary = reminders.today_summary(TODAY)
    assert summary.text() == "3 follow-ups (2 overdue) and a 1-2-1 with Priya today"
    assert summary.count == 4 and summary.details() == "16:30 Priya Shah"
