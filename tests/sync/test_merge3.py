"""The three-way merge's rules on plain records (no server): what each side's change does."""

from __future__ import annotations

import copy

from desktop.services.sync.merge import merge3
from desktop.services.vcard_mapping import ContactRecord


def record(**columns: object) -> ContactRecord:
    base: dict[str, object] = {"uid": "u1", "full_name": "Ana Silva", "title": "CTO",
                               "note": "two kids", "stage": "connected"}
    base.update(columns)
    rec = ContactRecord(dict(base))
    rec.phones = [{"value": "+44 20 7946 0018", "kind": "cell", "label": None, "pref": False,
                   "meta": None}]
    rec.tags = ["Jazz", "Running"]
    return rec


def test_one_sided_changes_win_and_deletions_count() -> None:
    base = record()
    local = copy.deepcopy(base)
    local.columns["title"] = "CEO"  # changed here
    local.tags.append("Chess")  # added here
    remote = copy.deepcopy(base)
    remote.columns["note"] = None  # deleted on the phone
    remote.phones = []  # deleted on the phone
    remote.tags = ["Running"]  # Jazz deleted on the phone
    merged, conflicts = merge3(base, local, remote, set(), has_categories=True)
    assert conflicts == []
    assert merged.columns["title"] == "CEO"
    assert merged.columns["note"] is None
    assert merged.phones == []
    assert merged.tags == ["Running", "Chess"]


def test_the_same_field_changed_differently_is_the_only_conflict() -> None:
    base = record()
    local, remote = copy.deepcopy(base), copy.deepcopy(base)
    local.columns["title"] = "Founder"
    remote.columns["title"] = "Chief Scientist"
    local.columns["note"] = remote.columns["note"] = "three kids"  # same change: fine
    merged, conflicts = merge3(base, local, remote, set(), has_categories=True)
    assert [(c.field, c.mine, c.theirs) for c in conflicts] == [
        ("title", "Founder", "Chief Scientist")]
    assert merged.columns["title"] == "Chief Scientist"  # the server's value applied
    assert merged.columns["note"] == "three kids"


def test_missing_rapport_properties_and_categories_mean_unchanged() -> None:
    base = record(stage="trusted")
    local = copy.deepcopy(base)
    remote = copy.deepcopy(base)
    remote.columns["stage"] = "connected"  # a phone dropped X-RAPPORT-STAGE
    remote.tags = []  # ...and CATEGORIES
    merged, conflicts = merge3(base, local, remote, set(), has_categories=False)
    assert conflicts == []
    assert merged.columns["stage"] == "trusted" and merged.tags == ["Jazz", "Running"]
    # A private tag (topic to avoid: never sent, so in neither base nor server) stays.
    local.tags.append("Politics")
    local.tag_categories["politics"] = "avoid"
    merged, _ = merge3(base, local, remote, set(), has_categories=False)
    assert "Politics" in merged.tags and merged.tag_categories["politics"] == "avoid"
