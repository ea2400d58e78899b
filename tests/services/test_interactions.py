"""Interactions: logging with participants and promises, planned meetings, the paged
timeline, deleting, a 500-person meeting, bad input."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models import db
from desktop.services import contacts, followups, interactions
from desktop.services.errors import ServiceError
from desktop.services.interactions import InteractionDraft, Promise
from desktop.services.reasons import reason_text
from desktop.services.types import ContactFields, ContactId

NOW = dt.datetime(2026, 11, 21, 10, 0)


def _last(cid: ContactId) -> dt.datetime | None:
    detail = contacts.get_contact(cid)
    assert detail is not None
    return detail.last_interaction_at


def test_a_meeting_with_two_people_and_promises(sample_contacts: dict[str, ContactId]) -> None:
    ana, bo = sample_contacts["ana"], sample_contacts["bo"]
    draft = InteractionDraft(
        kind="meeting", happened_at=dt.datetime(2026, 11, 20, 12, 30), participants=(ana, bo),
        summary="Lunch at Lumen", notes="Ana's daughter starts school.",
        promises=(Promise(dt.date(2026, 11, 27), "Send the hiring article", ana),
                  Promise(dt.date(2026, 12, 1), "Share the deck")),
    )
    iid, changes = interactions.log_interaction(draft, now=NOW)
    assert changes.interactions and changes.followups and changes.contacts == {ana, bo}
    assert _last(ana) == _last(bo) == dt.datetime(2026, 11, 20, 12, 30)
    ana_promises = [(reason_text(f.reason), f.due_on, f.origin)
                    for f in followups.open_followups(ana)]
    assert ana_promises == [("Send the hiring article", dt.date(2026, 11, 27), "promise"),
                            ("Share the deck", dt.date(2026, 12, 1), "promise")]
    assert [reason_text(f.reason) for f in followups.open_followups(bo)] == ["Share the deck"]
    page = interactions.timeline(ana)
    assert page.total == 1
    entry = page.entries[0]
    assert (entry.id, entry.summary, entry.others, entry.promises) == (
        iid, "Lunch at Lumen", ("Bo Chen",), 3)
    assert entry.kind_label == "1-2-1 meeting"


def test_a_planned_meeting_counts_only_once_it_has_happened(
    sample_contacts: dict[str, ContactId],
) -> None:
    ana = sample_contacts["ana"]
    interactions.log_interaction(InteractionDraft(
        "call", dt.datetime(2026, 11, 1, 9, 0), (ana,)), now=NOW)
    planned_at = dt.datetime(2026, 11, 24, 8, 30)
    iid, _ = interactions.log_interaction(InteractionDraft(
        "meeting", planned_at, (ana,), "Coffee 1-2-1"), now=NOW)
    assert _last(ana) == dt.datetime(2026, 11, 1, 9, 0)
    entry = interactions.timeline(ana).entries[0]
    assert entry.is_planned and entry.status == "planned"
    assert followups.month_view(2026, 11).counts(planned_at.date()).meetings == 1
    assert [p.id for p in interactions.planned(now=NOW)] == [iid]
    # Its time passes: still planned (did it take place?) until the user holds it.
    later = dt.datetime(2026, 11, 25, 9, 0)
    assert interactions.timeline(ana).entries[0].is_due_to_hold(later)
    assert _last(ana) == dt.datetime(2026, 11, 1, 9, 0)
    interactions.hold(iid, notes="Her new role", now=later)
    assert _last(ana) == planned_at
    assert interactions.timeline(ana).entries[0].status == "held"


def test_timeline_is_newest_first_and_paged_for_1000_entries(
    sample_contacts: dict[str, ContactId],
) -> None:
    ana = sample_contacts["ana"]
    start = dt.datetime(2020, 1, 1, 9, 0)
    rows = [("call", (start + dt.timedelta(days=n)).isoformat(sep=" "), f"Call {n}", "",
             NOW.isoformat(sep=" ")) for n in range(1000)]
    with db.atomic():
        cursor = db.cursor()
        cursor.executemany("INSERT INTO interaction (kind, happened_at, summary, notes, "
                           "created_at) VALUES (?, ?, ?, ?, ?)", rows)
        cursor.execute("INSERT INTO interaction_participant (interaction_id, contact_id) "
                       "SELECT id, ? FROM interaction", (ana,))
    first = interactions.timeline(ana, 0, 50)
    assert first.total == 1000 and first.has_more
    assert [e.summary for e in first.entries[:3]] == ["Call 999", "Call 998", "Call 997"]
    last = interactions.timeline(ana, 950, 50)
    assert last.entries[-1].summary == "Call 0" and not last.has_more


def test_a_meeting_with_500_participants(db_path: object) -> None:
    ids = [contacts.create_contact(ContactFields(full_name=f"Guest {n:03d}"))[0]
           for n in range(500)]
    when = dt.datetime(2026, 11, 20, 19, 0)
    iid, changes = interactions.log_interaction(
        InteractionDraft("event", when, tuple(ids), "Annual dinner"), now=NOW)
    assert len(changes.contacts) == 500
    assert db.execute_sql("SELECT count(*) FROM contact WHERE last_interaction_at = ?",
                          (when.isoformat(sep=" "),)).fetchone()[0] == 500
    entry = interactions.timeline(ids[250]).entries[0]
    assert entry.id == iid and entry.other_count == 499
    assert entry.others == ("Guest 000", "Guest 001", "Guest 002")  # a few names, not 499


def test_deleting_an_interaction_recomputes_the_last_one(
    sample_contacts: dict[str, ContactId],
) -> None:
    ana = sample_contacts["ana"]
    interactions.log_interaction(InteractionDraft("call", dt.datetime(2026, 10, 1, 9, 0),
                                                  (ana,)), now=NOW)
    iid, _ = interactions.log_interaction(InteractionDraft(
        "email", dt.datetime(2026, 11, 2, 9, 0), (ana,)), now=NOW)
    before = followups.capture([ana], [iid])
    interactions.delete_interaction(iid, NOW)
    assert _last(ana) == dt.datetime(2026, 10, 1, 9, 0)
    followups.restore(before)  # what undo does
    assert _last(ana) == dt.datetime(2026, 11, 2, 9, 0)
    assert interactions.timeline(ana).entries[0].id == iid


@pytest.mark.parametrize(
    ("draft", "message"),
    [
        (InteractionDraft("meeting", NOW, ()), "at least one person"),
        (InteractionDraft("lunch", NOW, (ContactId(1),)), "kind must be"),
        (InteractionDraft("call", NOW, (ContactId(99_999),)), "no longer exists"),
        (InteractionDraft("call", NOW, (ContactId(1),), promises=(
            Promise(dt.date(2026, 12, 1), "  "),)), "what was promised"),
    ],
)
def test_bad_interactions_are_refused_and_nothing_is_written(
    sample_contacts: dict[str, ContactId], draft: InteractionDraft, message: str
) -> None:
    with pytest.raises(ServiceError, match=message):
        interactions.log_interaction(draft, now=NOW)
    assert db.execute_sql("SELECT count(*) FROM interaction").fetchone()[0] == 0
    assert db.execute_sql("SELECT count(*) FROM follow_up").fetchone()[0] == 0
