"""Tag manager operations: rename, merge, delete (each undoable), colour, category."""

from __future__ import annotations

import pytest

from desktop.services import contacts, search, tags
from desktop.services.errors import ServiceError
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
