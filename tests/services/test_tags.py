"""Tag manager operations: rename, merge, delete (each undoable), colour, category."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop.services import contacts, followups, interactions, search, tags
from desktop.services.errors import ServiceError
from desktop.services.interactions import InteractionDraft
from desktop.services.types import ContactId, TagId


def _tag(name: str) -> TagId:
    tag_id = tags.find_tag(name)
    assert tag_id is not None, name
    return tag_id


def _tag_names(cid: ContactId) -> tuple[str, ...]:
    detail = contacts.get_contact(cid)
    assert detail is not None
    return detail.fields.tags


def test_list_counts_contacts_but_not_me(sample_contacts: dict[str, ContactId]) -> None:
    counts = {t.name: t.count for t in tags.list_tags()}
    assert counts == {"Chess": 1, "Investors": 1, "Jazz": 2, "Politics": 1, "Running": 1}


def test_rename_changes_every_contact_and_search(sample_contacts: dict[str, ContactId]) -> None:
    tags.rename_tag(_tag("Running"), "Trail running")
    assert "Trail running" in _tag_names(sample_contacts["ana"])
    assert search.query_ids(search.ListFilter(text="trail running")) == [sample_contacts["ana"]]


def test_rename_onto_an_existing_name_suggests_merge(
    sample_contacts: dict[str, ContactId],
) -> None:
    with pytest.raises(ServiceError, match="merge them instead"):
        tags.rename_tag(_tag("Running"), "jazz")
    with pytest.raises(ServiceError):
        tags.rename_tag(_tag("Running"), "   ")


def test_merge_moves_members_and_unmerge_restores_both(
    sample_contacts: dict[str, ContactId],
) -> None:
    chess, jazz = _tag("Chess"), _tag("Jazz")
    jazz_members = tags.members(jazz)
    snapshot, _ = tags.merge_tags(chess, jazz)
    assert tags.find_tag("Chess") is None
    assert "Jazz" in _tag_names(sample_contacts["bo"])
    tags.unmerge_tags(snapshot, jazz, jazz_members)
    assert "Chess" in _tag_names(sample_contacts["bo"])
    assert "Jazz" not in _tag_names(sample_contacts["bo"])
    assert "Jazz" in _tag_names(sample_contacts["ana"])
    assert tags.find_tag("Chess") == chess


def test_delete_and_restore(sample_contacts: dict[str, ContactId]) -> None:
    jazz = _tag("Jazz")
    snapshot, _ = tags.delete_tag(jazz)
    assert "Jazz" not in _tag_names(sample_contacts["ana"])
    assert search.query_ids(search.ListFilter(text="jazz")) == []
    tags.restore_tag(snapshot)
    assert "Jazz" in _tag_names(sample_contacts["ana"])
    assert set(search.query_ids(search.ListFilter(text="jazz"))) == {
        sample_contacts["ana"], sample_contacts["zoe"]
    }


def test_colour_and_category(sample_contacts: dict[str, ContactId]) -> None:
    politics = _tag("Politics")
    tags.update_tag(politics, colour="#ef4444", category="avoid")
    info = tags.get_tag(politics)
    assert info is not None and (info.colour, info.category) == ("#ef4444", "avoid")
    with pytest.raises(ServiceError, match="category"):
        tags.update_tag(politics, category="hobby")


def test_create_refuses_duplicates_case_insensitively(db_path: object) -> None:
    tags.create_tag("Sailing")
    with pytest.raises(ServiceError, match="already exists"):
        tags.create_tag("sailing")


# --- keep-in-touch cadence per tag (issue 4) --------------------------------------------

def _log(cid: ContactId, when: dt.datetime) -> None:
    interactions.log_interaction(InteractionDraft(
        kind="call", happened_at=when, participants=(cid,), summary="Catch-up"))


def _cadence_due(cid: ContactId) -> dt.date | None:
    rows = [f for f in followups.open_followups(cid) if f.origin == "cadence"]
    assert len(rows) <= 1
    return rows[0].on if rows else None


def _clients(*members: ContactId) -> TagId:
    clients, _ = tags.create_tag("Clients", "group")
    for cid in members:
        contacts.set_tags(cid, (*_tag_names(cid), "Clients"))
    return clients


def test_a_tag_cadence_gives_its_members_a_follow_up_after_their_last_interaction(
    sample_contacts: dict[str, ContactId],
) -> None:
    ana, bo = sample_contacts["ana"], sample_contacts["bo"]
    clients = _clients(ana, bo, sample_contacts["me"])
    _log(ana, dt.datetime(2026, 9, 1, 10, 0))
    _log(bo, dt.datetime(2026, 10, 15, 18, 30))
    assert _cadence_due(ana) is None

    changes = tags.set_cadence(clients, 30)

    assert _cadence_due(ana) == dt.date(2026, 10, 1)
    assert _cadence_due(bo) == dt.date(2026, 11, 14)
    assert changes.followups and {ana, bo} <= changes.contacts
    assert _cadence_due(sample_contacts["me"]) is None  # nobody keeps in touch with themselves
    assert _cadence_due(sample_contacts["zoe"]) is None  # not a client
    info = tags.get_tag(clients)
    assert info is not None and info.keep_in_touch_days == 30


def test_a_members_own_cadence_wins_and_their_rescheduled_follow_up_stays(
    sample_contacts: dict[str, ContactId],
) -> None:
    ana, bo = sample_contacts["ana"], sample_contacts["bo"]
    clients = _clients(ana, bo)
    detail = contacts.get_contact(bo)
    assert detail is not None
    contacts.update_contact(bo, dataclasses.replace(detail.fields, keep_in_touch_days=90))
    _log(bo, dt.datetime(2026, 10, 1, 9, 0))
    followups.sync_cadence([bo])
    [own] = [f for f in followups.open_followups(bo) if f.origin == "cadence"]
    followups.reschedule(own, dt.date(2027, 2, 2))  # the user moved it by hand

    tags.set_cadence(clients, 7)

    assert _cadence_due(bo) == dt.date(2027, 2, 2)
    assert _cadence_due(ana) is not None


def test_clearing_a_tag_cadence_removes_the_follow_ups_it_made(
    sample_contacts: dict[str, ContactId],
) -> None:
    ana = sample_contacts["ana"]
    clients = _clients(ana)
    tags.set_cadence(clients, 30)
    assert _cadence_due(ana) is not None
    tags.set_cadence(clients, 0)
    assert _cadence_due(ana) is None
    info = tags.get_tag(clients)
    assert info is not None and info.keep_in_touch_days is None


def test_the_shortest_tag_cadence_applies(sample_contacts: dict[str, ContactId]) -> None:
    ana = sample_contacts["ana"]
    _log(ana, dt.datetime(2026, 11, 1, 9, 0))
    tags.set_cadence(_tag("Jazz"), 60)
    assert _cadence_due(ana) == dt.date(2026, 12, 31)
    tags.set_cadence(_tag("Running"), 14)
    assert _cadence_due(ana) == dt.date(2026, 11, 15)
    tags.set_cadence(_tag("Running"), None)
    assert _cadence_due(ana) == dt.date(2026, 12, 31)  # back to Jazz's


@pytest.mark.parametrize("days", [-1, 36_501, 100_000])
def test_a_tag_cadence_out_of_range_is_refused(
    sample_contacts: dict[str, ContactId], days: int,
) -> None:
    with pytest.raises(ServiceError, match="1 to 36,500 days"):
        tags.set_cadence(_tag("Jazz"), days)
    info = tags.get_tag(_tag("Jazz"))
    assert info is not None and info.keep_in_touch_days is None


def test_deleting_a_tag_with_a_cadence_removes_its_follow_ups(
    sample_contacts: dict[str, ContactId],
) -> None:
    ana, zoe = sample_contacts["ana"], sample_contacts["zoe"]
    tags.set_cadence(_tag("Jazz"), 30)
    tags.set_cadence(_tag("Running"), 90)
    assert _cadence_due(zoe) is not None
    before_ana = _cadence_due(ana)
    tags.delete_tag(_tag("Jazz"))
    assert _cadence_due(zoe) is None
    assert _cadence_due(ana) is not None and _cadence_due(ana) != before_ana  # Running's now


def test_merging_into_a_tag_with_a_cadence_gives_the_source_members_its_cadence(
    sample_contacts: dict[str, ContactId],
) -> None:
    bo = sample_contacts["bo"]
    _log(bo, dt.datetime(2026, 11, 1, 9, 0))
    tags.set_cadence(_tag("Jazz"), 21)
    assert _cadence_due(bo) is None
    tags.merge_tags(_tag("Chess"), _tag("Jazz"))
    assert _cadence_due(bo) == dt.date(2026, 11, 22)


def test_the_tags_on_a_whole_book_selection_are_its_counts_with_or_without_me(
        sample_contacts: dict[str, ContactId], monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 18: "Remove Tag…" on the whole book reads the tags' member counts; a
    selection of all but the user's own profile (the list leaves it out), or of part of
    the book, counts what those contacts carry: each the same as counting them one by
    one."""
    monkeypatch.setattr(tags, "_CHUNK", 2)  # five contacts count as a big selection here
    from desktop.models import db

    everyone = [ContactId(r[0]) for r in db.execute_sql("SELECT id FROM contact")]

    def one_by_one(ids: list[ContactId]) -> list[tuple[str, int]]:
        carried: dict[str, int] = {}
        for cid in ids:
            for name in contacts.get_contact(cid).fields.tags:  # type: ignore[union-attr]
                carried[name] = carried.get(name, 0) + 1
        return sorted(carried.items(), key=lambda row: row[0].casefold())

    not_me = [c for c in everyone if c != sample_contacts["me"]]
    part = [sample_contacts["zoe"], sample_contacts["ana"], sample_contacts["bo"]]
    for ids in (everyone, not_me, part, list(reversed(everyone))):
        assert [(n, c) for _t, n, c in tags.tags_on(ids)] == one_by_one(ids)
    assert dict((n, c) for _t, n, c in tags.tags_on(not_me))["Running"] == 1  # not mine
