"""The briefing's content (issue 6): every section chosen from real rows, empty ones left
out, and the "one thing" typed or suggested."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models import (
    Favor,
    FocusEntry,
    FollowUp,
    Interaction,
    InteractionParticipant,
    Introduction,
    db,
)
from desktop.services import briefing as svc
from desktop.services import contacts, tags
from desktop.services.contacts import find_contacts
from desktop.services.errors import ServiceError
from desktop.services.search import week_start
from desktop.services.types import ContactFields, ContactId

TODAY = dt.date(2026, 5, 13)  # a Wednesday
NOW = dt.datetime(2026, 5, 13, 9, 0)


def meet(who: list[ContactId], when: dt.datetime, summary: str = "", notes: str = "",
         kind: str = "meeting") -> None:
    # A meeting still to come is planned (issue 15: held ones are what happened).
    i = Interaction.create(kind=kind, happened_at=when, summary=summary, notes=notes,
                           status="planned" if when > NOW else "held")
    for cid in who:
        InteractionParticipant.create(interaction=i.id, contact=cid)


def person(name: str, tags: tuple[str, ...] = (), **kw: object) -> ContactId:
    cid, _ = contacts.create_contact(ContactFields(full_name=name, tags=tags, **kw))  # type: ignore[arg-type]
    return cid


def test_a_full_briefing_has_every_section(sample_contacts: dict[str, ContactId]) -> None:
    me, ana, bo, zoe = (sample_contacts[k] for k in ("me", "ana", "bo", "zoe"))
    db.execute_sql("UPDATE contact SET how_we_met = 'Web Summit panel', met_on = '2023-02-01' "
                   "WHERE id = ?", (ana,))
    # Introduced to me by Zoë; Ana knows Bo through me.
    Introduction.create(introducer=zoe, person_a=me, person_b=ana, status="met",
                        introduced_on=dt.date(2023, 2, 1))
    Introduction.create(introducer=me, person_a=ana, person_b=bo, status="made",
                        context="Both into chess", introduced_on=dt.date(2024, 1, 5))
    for days, summary in ((400, "Oldest"), (90, "Lunch"), (30, "Call about hiring"),
                          (3, "Coffee 1-2-1")):
        meet([ana], NOW - dt.timedelta(days=days), summary, f"Notes on {summary}")
    meet([ana], NOW + dt.timedelta(days=2, hours=1), "Planned breakfast")
    FollowUp.create(contact=ana, due_on=TODAY - dt.timedelta(days=2), reason="Send the deck",
                    origin="promise")
    FollowUp.create(contact=ana, due_on=TODAY + dt.timedelta(days=9), reason="Catch up")
    FollowUp.create(contact=ana, due_on=TODAY, reason="Already done", done=True)
    Favor.create(contact=ana, direction="received", kind="advice", description="Hiring advice",
                 happened_on=dt.date(2025, 3, 1))
    Favor.create(contact=ana, direction="received", kind="referral",
                 description="Referred a client", happened_on=dt.date(2025, 9, 1))
    # Worth introducing: shares Running and Jazz with Ana; Solo shares only one.
    kim = person("Kim Park", ("Running", "Jazz"), stage="trusted", organization="Atlas")
    person("Solo Shared", ("Jazz",))

    b = svc.briefing(ana, today=TODAY, now=NOW)

    assert b.name == "Ana Silva" and b.job == "CTO · Lumen Labs"
    assert b.stage_label == "Relationship" and "know and like" in b.stage_hint
    assert b.known_for == "Known for 3 years (since February 2023)"
    assert b.how_we_met == "Web Summit panel" and b.met_on_text == "Met on 1 February 2023"
    assert b.introduced_by == ("Zoë Müller",)
    # Shared interests first and flagged; groups and topics to avoid apart.
    assert [(t.name, t.shared) for t in b.interests] == [
        ("Jazz", True), ("Running", True), ("Investors", False)]
    assert [i.summary for i in b.interactions] == ["Coffee 1-2-1", "Call about hiring", "Lunch"]
    assert b.interactions[0].notes == "Notes on Coffee 1-2-1"
    assert b.interaction_count == 4
    assert b.next_meeting is not None and b.next_meeting.summary == "Planned breakfast"
    assert [(f.reason, f.overdue, f.is_promise) for f in b.followups] == [
        ("Send the deck", True, True), ("Catch up", False, False)]
    assert b.favours is not None
    # Two favours received; the introduction Ana got through me is one given.
    assert (b.favours.given, b.favours.received) == (1, 2)
    assert b.favours.summary.startswith("You owe them")
    assert [p.name for p in b.knows] == ["Bo Chen"]
    assert "you introduced them" in b.knows[0].reason
    assert [(p.id, p.reason) for p in b.introduce_to] == [(kim, "both into Jazz and Running")]
    # Nothing typed: the open promise is the suggestion.
    assert b.one_thing_suggested and b.one_thing == "Keep your promise: send the deck."


def test_avoid_topics_and_shared_flags(sample_contacts: dict[str, ContactId]) -> None:
    politics = tags.find_tag("Politics")
    assert politics is not None
    tags.update_tag(politics, category="avoid")
    b = svc.briefing(sample_contacts["bo"], today=TODAY)
    assert b.avoid == ("Politics",)
    assert [(t.name, t.shared) for t in b.interests] == [("Chess", True)]
    assert b.shared_interests == ("Chess",)


def test_a_contact_with_every_field_empty_has_no_sections(db_path: object) -> None:
    cid = person("")
    b = svc.briefing(cid)
    assert b.name == "(no name)"
    assert not any((b.job, b.nickname, b.how_we_met, b.note, b.email, b.phone, b.birthday,
                    b.met_on_text, b.one_thing))
    assert b.interests == b.avoid == b.interactions == b.followups == b.knows == ()
    assert b.introduce_to == () and b.favours is None and b.next_meeting is None
    assert b.photo is None and not b.one_thing_suggested
    # No date met: how long Rapport has known them, said as such.
    assert b.known_for.startswith("In your contacts since ")


def test_the_one_thing_typed_wins_and_undo_data_round_trips(
    sample_contacts: dict[str, ContactId],
) -> None:
    ana = sample_contacts["ana"]
    assert svc.get_one_thing(ana) == ""
    changes = svc.set_one_thing(ana, "  Introduce her to   Kim  ")
    assert ana in changes.contacts
    b = svc.briefing(ana, today=TODAY)
    assert b.one_thing == "Introduce her to Kim" and not b.one_thing_suggested
    svc.set_one_thing(ana, "")
    assert svc.briefing(ana, today=TODAY).one_thing_suggested
    with pytest.raises(ServiceError):
        svc.set_one_thing(ana, "x" * (svc.MAX_ONE_THING + 1))
    with pytest.raises(ServiceError):
        svc.set_one_thing(ContactId(99999), "x")
    with pytest.raises(ServiceError):
        svc.briefing(ContactId(99999))


def test_suggestions_follow_the_other_panels_in_order(
    sample_contacts: dict[str, ContactId],
) -> None:
    ana = sample_contacts["ana"]
    # Only common ground: talk about it.
    assert svc.briefing(ana, today=TODAY).one_thing == (
        "Share something about Jazz: you are both into it.")
    Favor.create(contact=ana, direction="received", kind="help", happened_on=TODAY)
    assert svc.briefing(ana, today=TODAY).one_thing.startswith("Return a favour")
    person("Kim Park", ("Running", "Jazz"))
    assert svc.briefing(ana, today=TODAY).one_thing.startswith(
        "Offer to introduce them to Kim Park")
    FollowUp.create(contact=ana, due_on=TODAY, reason="Send the book", origin="promise")
    assert svc.briefing(ana, today=TODAY).one_thing == "Keep your promise: send the book."
    FocusEntry.create(week_start=week_start(TODAY), contact=ana, action="Invite to the gala")
    assert svc.briefing(ana, today=TODAY).one_thing == "Invite to the gala"


def test_introductions_already_made_are_not_suggested(
    sample_contacts: dict[str, ContactId],
) -> None:
    ana = sample_contacts["ana"]
    kim = person("Kim Park", ("Running", "Jazz"))
    assert [p.id for p in svc.briefing(ana, today=TODAY).introduce_to] == [kim]
    Introduction.create(introducer=None, person_a=kim, person_b=ana, status="proposed")
    assert svc.briefing(ana, today=TODAY).introduce_to == ()


def test_this_weeks_meetings(sample_contacts: dict[str, ContactId]) -> None:
    me, ana, bo, zoe = (sample_contacts[k] for k in ("me", "ana", "bo", "zoe"))
    sunday_night = dt.datetime.combine(week_start(TODAY) + dt.timedelta(days=6),
                                       dt.time(22, 0))
    meet([bo], NOW + dt.timedelta(days=1), "Lunch")
    meet([me, ana], NOW + dt.timedelta(hours=3), "Coffee")
    meet([ana], NOW + dt.timedelta(days=2), "Second coffee")  # Ana once only
    meet([zoe], sunday_night, "Late drinks")
    meet([zoe], NOW - dt.timedelta(hours=1), "Earlier today")  # past: not planned
    meet([bo], sunday_night + dt.timedelta(hours=3), "Next week")
    meet([sample_contacts["markup"]], NOW + dt.timedelta(hours=5), "A call", kind="call")
    found = svc.this_weeks_meetings(NOW)
    assert [(m.contact_id, m.summary) for m in found] == [
        (ana, "Coffee"), (bo, "Lunch"), (zoe, "Late drinks")]


def test_find_contacts_by_id_or_name(sample_contacts: dict[str, ContactId]) -> None:
    zoe = sample_contacts["zoe"]
    assert [m.id for m in find_contacts(str(zoe))] == [zoe]
    assert [m.id for m in find_contacts("ZOE MULLER")] == [zoe]
    assert [m.id for m in find_contacts("müll")] == [zoe]
    assert find_contacts("nobody") == []
    person("Ana Lopez")
    assert {m.name for m in find_contacts("ana")} == {"Ana Silva", "Ana Lopez"}
    assert [m.name for m in find_contacts("ana silva")] == ["Ana Silva"]
    assert find_contacts("%") == []
