"""The change history (issue 11): every write is recorded field by field with its source;
undo takes back the user's own change only where the field still holds what it wrote."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.models import db
from desktop.services import contacts, history, importer, store
from desktop.services.contact_rows import load_records
from desktop.services.errors import ServiceError
from desktop.services.types import ContactFields, ContactId, IdRuns, LabeledValue


def _fields(cid: ContactId) -> ContactFields:
    detail = contacts.get_contact(cid)
    assert detail is not None
    return detail.fields


def _sync_sets(cid: ContactId, **values: object) -> None:
    """What the sync engine does when a server card changed these fields."""
    with store.session("sync", "Sync") as s:
        s.update(cid, values)


@pytest.fixture()
def ana(db_path: Path) -> ContactId:
    cid, _ = contacts.create_contact(ContactFields(
        full_name="Ana Silva", title="CTO", stage="connected", tags=("Running",),
        emails=(LabeledValue("ana@lumen.example", "work"),)))
    return cid


def test_every_write_is_recorded_with_its_field_values_and_source(ana: ContactId) -> None:
    base = _fields(ana)
    changes = contacts.update_contact(ana, replace(base, title="CEO", stage="trusted"),
                                      base=base)
    (set_id,) = changes.change_sets
    info = history.set_info(set_id)
    assert info is not None and info.source == "user" and info.text == "Edit Ana Silva"
    rows = db.execute_sql("SELECT contact_id, field, before, after FROM change "
                          "WHERE set_id = ? ORDER BY field", (set_id,)).fetchall()
    assert rows == [(ana, "stage", '"connected"', '"trusted"'), (ana, "title", '"CTO"', '"CEO"')]


def test_undo_skips_a_field_sync_changed_since_and_says_so(ana: ContactId) -> None:
    base = _fields(ana)
    changes = contacts.update_contact(ana, replace(base, title="CEO", stage="trusted"),
                                      base=base)
    _sync_sets(ana, title="Chief Executive")  # another device's edit, brought by sync
    result = history.undo(changes.change_sets)
    now = _fields(ana)
    assert now.stage == "connected"  # the user's own change: taken back
    assert now.title == "Chief Executive"  # sync's: kept
    assert result.kept == (history.Kept(ana, "title", "sync"),)
    assert result.message() == (
        "Undid “Edit Ana Silva”; title was changed by sync since and was kept")


def test_redo_after_an_undo_does_not_overwrite_sync_either(ana: ContactId) -> None:
    base = _fields(ana)
    edit = contacts.update_contact(ana, replace(base, title="CEO", stage="trusted"), base=base)
    undone = history.undo(edit.change_sets)
    _sync_sets(ana, stage="acquainted")
    redone = history.undo(undone.changes.change_sets)
    assert redone.redo and redone.message().startswith("Redid “Edit Ana Silva”")
    assert _fields(ana).title == "CEO"
    assert _fields(ana).stage == "acquainted"
    assert redone.kept == (history.Kept(ana, "stage", "sync"),)


def test_tags_are_taken_back_one_by_one(ana: ContactId) -> None:
    added = contacts.set_tags(ana, ["Running", "Chess"])
    _sync_sets(ana, tags_add=["Sailing"])
    result = history.undo(added.change_sets)
    assert _fields(ana).tags == ("Running", "Sailing")
    assert result.kept == ()


def test_an_undone_edit_of_a_list_comes_back_whole(ana: ContactId) -> None:
    base = _fields(ana)
    two = (LabeledValue("ana@lumen.example", "work"), LabeledValue("ana@home.example", "home"))
    edit = contacts.update_contact(ana, replace(base, emails=two), base=base)
    history.undo(edit.change_sets)
    assert _fields(ana).emails == base.emails
    _sync_sets(ana, emails=[{"value": "ana@sync.example"}])
    result = history.undo(edit.change_sets)  # already undone: nothing to take back
    assert result.changes.change_sets == ()
    assert [e.value for e in _fields(ana).emails] == ["ana@sync.example"]


def test_undo_of_a_new_contact_and_its_redo_keep_the_id(db_path: Path) -> None:
    cid, created = contacts.create_contact(ContactFields(full_name="New Person",
                                                         tags=("Brand new tag",)))
    undone = history.undo(created.change_sets)
    assert contacts.get_contact(cid) is None
    assert db.execute_sql("SELECT 1 FROM tag WHERE name = 'Brand new tag'").fetchone() is None
    history.undo(undone.changes.change_sets)
    back = contacts.get_contact(cid)
    assert back is not None and back.fields.tags == ("Brand new tag",)


def test_undo_of_a_new_contact_keeps_it_once_sync_changed_it(db_path: Path) -> None:
    cid, created = contacts.create_contact(ContactFields(full_name="Uploaded"))
    with store.session("sync", "Sync") as s:
        s.assign_uids([cid])  # uploaded: a UID is not a change of the person
    undone = history.undo(created.change_sets)
    assert contacts.get_contact(cid) is None and undone.kept == ()
    redone = history.undo(undone.changes.change_sets)  # back, and then sync edits it
    _sync_sets(cid, title="Changed on the phone")
    result = history.undo(redone.changes.change_sets)
    assert contacts.get_contact(cid) is not None
    assert result.kept == (history.Kept(cid, "contact", "sync"),)
    assert "1 contact changed by sync since was kept" in result.message()


def test_undo_of_an_import_keeps_what_sync_changed_since(tmp_path: Path, db_path: Path
                                                         ) -> None:
    path = tmp_path / "a.vcf"
    path.write_text("".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nEMAIL:p{i}@example.org\r\n"
        "END:VCARD\r\n" for i in range(3)), encoding="utf-8")
    result = importer.run_import([path])
    assert result.batch_id is not None
    first, second, third = result.new_ids
    _sync_sets(second, title="Edited on the phone")
    undone = history.undo(result.changes.change_sets)
    left = [r[0] for r in db.execute_sql("SELECT id FROM contact ORDER BY id")]
    assert left == [second]
    assert undone.kept == (history.Kept(second, "contact", "sync"),)
    assert importer.last_batch() is None
    history.undo(undone.changes.change_sets)  # redo: the same contacts, the same ids
    assert sorted(r[0] for r in db.execute_sql("SELECT id FROM contact")) == sorted(
        [first, second, third])
    assert importer.last_batch() is not None
    records = load_records([first])
    assert records[first].emails[0]["value"] == "p0@example.org"


def test_changed_since_tells_sync_what_the_user_changed_here(ana: ContactId) -> None:
    mark = history.last_set_id()
    _sync_sets(ana, note="from the server")
    contacts.set_fields(ana, {"stage": "trusted"}, "Stage")
    assert history.changed_since([ana], mark) == {ana: {"stage"}}
    assert history.changed_since([ana], mark, ("sync",)) == {ana: {"note"}}


def test_the_history_stays_bounded(ana: ContactId) -> None:
    for n in range(30):
        contacts.set_fields(ana, {"title": f"Title {n}"}, "Title")
    assert store.prune_history(keep_sets=10) > 0
    assert db.execute_sql("SELECT count(*) FROM change_set").fetchone()[0] == 10
    old = dt.date.today() + dt.timedelta(days=400)
    store.prune_history(keep_days=90, today=old)
    assert db.execute_sql("SELECT count(*) FROM change_set").fetchone()[0] == 0
    with pytest.raises(ServiceError, match="too old"):
        history.undo([1])


def _members(name: str) -> set[int]:
    return {r[0] for r in db.execute_sql(
        "SELECT ct.contact_id FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
        "WHERE t.name = ?", (name,))}


def test_a_tag_put_on_many_is_one_history_row_and_undo_leaves_what_sync_did_since(
        db_path: Path) -> None:
    from desktop.services import tags

    people = [contacts.create_contact(ContactFields(full_name=f"P{n}", tags=("Old",)))[0]
              for n in range(4)]
    a, b, c, d = people
    _change, tagged = tags.change_tags([a, b, c], add=["Summit"], remove=["Old"])
    (set_id,) = tagged.change_sets
    rows = db.execute_sql("SELECT contact_id, field FROM change WHERE set_id = ?",
                          (set_id,)).fetchall()
    assert sorted(rows) == [(0, "members"), (0, "members"), (0, "tag")]  # not a row each
    mark = history.last_set_id()
    # Another device, through sync: b loses Summit and gets Old back; c's note changes.
    _sync_sets(b, tags=["Old"])
    _sync_sets(c, note="from the server")
    contacts.set_tags(d, ("Old", "Summit"))  # the user's own, later

    undone = history.undo(tagged.change_sets)
    assert _members("Summit") == {d}  # a and c lose it; b had lost it; d's own stays
    assert _members("Old") == {a, b, c, d}
    assert _fields(c).note == "from the server"
    redone = history.undo(undone.changes.change_sets)
    assert _members("Summit") == {a, c, d}  # b: sync's choice holds
    assert _members("Old") == {b, d}  # b: put back by sync, never taken off again
    assert redone.redo
    # The sync engine still learns that the user changed these contacts' tags.
    assert history.changed_since([a, b, c, d], mark) == {
        a: {"tags"}, c: {"tags"}, d: {"tags"}}
    assert history.changed_since([a, b, c, d], mark, ("sync",)) == {
        b: {"tags"}, c: {"note"}}


def test_a_tag_put_on_many_keeps_its_members_as_runs_of_ids(db_path: Path) -> None:
    """Issue 18: the ``members`` row keeps runs of consecutive ids (300,000 contacts were a
    2 MB JSON array, written and read back in one piece), and undo reads them back."""
    from desktop.services import tags

    people = [contacts.create_contact(ContactFields(full_name=f"P{n}"))[0] for n in range(7)]
    chosen = [people[i] for i in (5, 0, 1, 2, 4, 6)]  # 3 left out: two runs
    _change, tagged = tags.change_tags(chosen, add=["Runs"])
    (after,) = [r[0] for r in db.execute_sql(
        "SELECT after FROM change WHERE field = 'members' AND set_id = ?",
        tagged.change_sets)]
    first = int(people[0])
    assert json.loads(after) == {"tag": "Runs", "runs": [first, 3, first + 4, 3]}
    assert _members("Runs") == set(map(int, chosen))
    history.undo(tagged.change_sets)
    assert _members("Runs") == set()


def test_a_members_row_written_before_runs_still_undoes(db_path: Path) -> None:
    """History written before the runs (``"ids": [...]``) is read as it was: undo takes
    back exactly those memberships, and sync still sees them as the user's tag changes."""
    from desktop.services import tags

    people = [contacts.create_contact(ContactFields(full_name=f"P{n}", tags=("Old",)))[0]
              for n in range(5)]
    mark = history.last_set_id()
    _change, tagged = tags.change_tags(people[:4], add=["Legacy"], remove=["Old"])
    (set_id,) = tagged.change_sets
    for row_id, before, after in db.execute_sql(
            "SELECT id, before, after FROM change WHERE field = 'members' AND set_id = ?",
            (set_id,)).fetchall():
        old = []
        for text in (before, after):
            value = json.loads(text) if text else None
            if value:
                value = {"tag": value["tag"], "ids": list(store.member_ids(value))}
            old.append(json.dumps(value) if value else None)
        db.execute_sql("UPDATE change SET before = ?, after = ? WHERE id = ?", (*old, row_id))
    assert history.changed_since(people, mark) == {int(p): {"tags"} for p in people[:4]}
    history.undo(tagged.change_sets)
    assert _members("Legacy") == set()
    assert _members("Old") == set(map(int, people))


def test_id_runs_read_back_as_the_ids() -> None:
    ids = [9, 3, 4, 5, 12, 11, 10, 1, 4]
    runs = IdRuns(ids).flat()
    assert runs == [1, 1, 3, 3, 9, 4]
    assert list(store.member_ids({"runs": runs})) == [1, 3, 4, 5, 9, 10, 11, 12]
    assert list(store.member_ids({"ids": [5, 2]})) == [2, 5]
    assert IdRuns([]).flat() == [] and list(store.member_ids(None)) == []


def test_id_runs_answer_as_the_set_of_their_ids() -> None:
    """What a view asks of a change's contacts (``in``, how many, which of mine, a union)
    gives what the set of the same ids gives, ids in any order, repeats, gaps."""
    import random

    shuffled = [*range(1, 40), *range(100, 130), 7, 7, 500, 64, 65, 63]
    random.Random(18).shuffle(shuffled)
    runs, plain = IdRuns(shuffled), frozenset(shuffled)
    assert len(runs) == len(plain) and set(runs) == plain and list(runs) == sorted(plain)
    assert all((i in runs) == (i in plain) for i in range(-2, 600))
    mine = {0, 5, 39, 40, 64, 99, 100, 501}
    assert set(runs & mine) == plain & mine == set(mine & runs)
    other = IdRuns([40, 41, 42, 130, 1000])
    assert set(runs | other) == plain | set(other) == set(frozenset(other) | runs)
    assert IdRuns.from_flat(runs.flat()) == runs and runs == plain
    assert list((runs | other).runs())[:2] == [(1, 42), (63, 65)]


def test_id_runs_of_ids_far_apart_are_their_ids_in_order() -> None:
    """Ids in any order and far apart (not marked a byte an id: sorted in parts and
    merged) read back as the set of them, in order."""
    import random

    from desktop.services import types

    rng = random.Random(27)
    sparse = [*rng.sample(range(1, 10**9), 3 * types.SORTED_AT_A_TIME + 17), 5, 6, 7, 5]
    runs = IdRuns(sparse)
    assert list(runs) == sorted(set(sparse)) and len(runs) == len(set(sparse))
    assert (5, 7) in list(runs.runs())


def test_the_runs_of_a_book_in_list_order_let_another_thread_run() -> None:
    """Set Stage on the whole book selected (issue 18): its ids come in the list's order
    (by name), 300,000 runs of one id, and a worker sorting them in one C call held the
    interpreter lock for 0.3 s: the window waited, frozen, with nothing to do. The other
    thread's longest wait for the lock while a worker makes the runs of such ids is
    compared with its wait while the worker makes them from ids in order (pure Python,
    the lock handed over every switch interval), measured in the same run."""
    import random
    import sys
    import threading
    import time

    ordered = list(range(1, 200_001))
    shuffled = ordered[:]
    random.Random(18).shuffle(shuffled)

    def longest_wait(ids: list[int]) -> float:
        started, done = threading.Event(), threading.Event()

        def work() -> None:
            started.set()
            IdRuns(ids)
            done.set()

        worker = threading.Thread(target=work)
        worker.start()
        started.wait()
        longest = 0.0
        while not done.is_set():
            began = time.perf_counter()
            time.sleep(0.0005)  # lets the lock go, then waits for it back
            longest = max(longest, time.perf_counter() - began)
        worker.join()
        return longest

    found = sys.getswitchinterval()
    sys.setswitchinterval(0.001)  # the window's (``background.UI_SWITCH_INTERVAL``)
    try:
        # The least of three each, alternating: another job's moment on this shared
        # machine counts in one of them, not in all.
        waits: dict[str, list[float]] = {"in order": [], "list order": []}
        for _ in range(3):
            waits["in order"].append(longest_wait(ordered))
            waits["list order"].append(longest_wait(shuffled))
    finally:
        sys.setswitchinterval(found)
    in_order, list_order = min(waits["in order"]), min(waits["list order"])
    assert list_order < max(4 * in_order, 0.01), waits
