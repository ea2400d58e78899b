"""Delete of many contacts in steps (issue 18): each step puts aside what hangs off its
contacts and deletes them set-based; a row that names contacts of two steps (an
introduction, a "not duplicates" mark) and everything else comes back exactly with one
undo, and a Cancel between steps leaves the book as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.models import db
from desktop.services import contacts, demo, duplicates, facts, graph_layout, search, store
from desktop.services.search import ListFilter
from desktop.services.types import ContactId
from tests.ui.test_delete_in_bulk import _book

PEOPLE = 600
STEP = 100  # contacts a step deletes (store.DELETE_CHUNK), so the book takes several


@pytest.fixture()
def book(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[ContactId]:
    monkeypatch.setattr(store, "DELETE_CHUNK", STEP)
    monkeypatch.setattr(store, "_BACK_CHUNK", STEP // 2 + 7)
    demo.generate_demo(PEOPLE, seed=28)
    ids = list(search.query_ids(ListFilter()))
    # Rows that name contacts far apart (in different steps), and positions whose floats
    # must come back bit for bit.
    duplicates.mark_not_duplicates([ids[3], ids[-3]])
    duplicates.mark_not_duplicates([ids[5], ids[STEP + 5]])
    graph_layout.save_positions({ids[1]: (0.1 + 0.2, 1 / 3), ids[-1]: (-2.5e-300, 1e300)})
    facts.add_fact(ids[7], "family", "Two kids")
    rows = db.execute_sql(
        "SELECT count(*) FROM introduction WHERE introducer_id IS NOT NULL AND "
        "abs(introducer_id - person_a_id) > ? AND abs(introducer_id - person_b_id) > ?",
        (STEP, STEP)).fetchone()[0]
    assert rows, "the book has introductions whose introducer is deleted in another step"
    return ids


def test_a_delete_in_steps_and_its_undo_put_every_row_back(book: list[ContactId]) -> None:
    before = _book()
    seen: list[tuple[int, int]] = []
    snapshot, changes = contacts.delete_contacts(
        book, lambda done, total: seen.append((done, total)) or True)
    assert not list(search.query_ids(ListFilter()))
    assert set(changes.contacts) == set(book)
    # Progress moved step by step to the end.
    assert len(seen) >= len(book) // STEP
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
    assert seen[-1][0] >= len(book)
    for table in ("interaction_participant", "introduction", "not_duplicate",
                  "node_position", "contact_fact", "follow_up", "favor"):
        assert not db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0], table
    contacts.restore_contacts(snapshot)
    assert _book() == before


def test_a_cancel_between_steps_deletes_nothing(book: list[ContactId]) -> None:
    """The whole book is deleted in bulk (its indexes dropped for the delete) and the
    participations with their trigger paused: a Cancel leaves every index and trigger
    as it was too."""
    before = _book()
    schema = db.execute_sql("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    calls: list[int] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < 3  # two steps deleted, then Cancel

    with pytest.raises(contacts.DeleteCancelled):
        contacts.delete_contacts(book, progress)
    assert calls[-1] >= 2 * STEP
    assert _book() == before  # the tag counts and every row as they were
    after = db.execute_sql("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    assert after == schema
    assert {"contact_tag_removed", "participant_removed", "contact_by_name"} <= {
        name for _type, name, _sql in after}


def test_the_history_keeps_a_deleted_contact_as_the_store_reads_it(db_path: Path) -> None:
    """The whole contact SQLite writes into the history (``store._WHOLE``) holds what the
    store's own reading of it gives (``load_records``), field for field, for real phones'
    cards (photos, unknown parameters, every kind of field): rows an earlier version wrote
    from that reading and rows written now are read back by the same undo."""
    import json

    from desktop.services import importer
    from desktop.services.contact_rows import load_records
    from desktop.vcard.files import contact_files
    from tests.conftest import REAL_VCARDS

    assert importer.run_import(contact_files([REAL_VCARDS])).new_count > 100
    ids = list(search.query_ids(ListFilter()))
    assert len(ids) > 100
    cols = ", ".join(store._ALL_COLUMNS)
    columns = {r[0]: dict(zip(store._ALL_COLUMNS, r[1:], strict=True)) for r in
               db.execute_sql(f"SELECT id, {cols} FROM contact")}
    expected = {}
    for cid, rec in load_records(ids).items():
        expected[cid] = {
            "columns": columns[cid],
            **{f: [store.clean_item(f, i) for i in getattr(rec, f)] for f in store.LIST_FIELDS},
            "tags": rec.tags,
            "tag_categories": rec.tag_categories,
            "photo": store.photo_json(rec.photo),
        }
    assert any(e["photo"] for e in expected.values())
    assert any(e["tag_categories"] for e in expected.values())
    _snapshot, changes = contacts.delete_contacts(ids)
    kept = {}
    for cid, text in db.execute_sql(
            "SELECT contact_id, before FROM change WHERE set_id = ? AND field = 'contact'",
            changes.change_sets):
        whole = json.loads(text)
        whole["tag_categories"] = {k.casefold(): v for k, v in whole["tag_categories"].items()}
        kept[cid] = whole
    assert kept == expected
