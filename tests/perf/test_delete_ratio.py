"""Delete of 10,000 contacts and its undo against bare SQL deletes and inserts of the same
rows, CPU time in the same run (issue 18; bench/bench_delete.py runs it at 100,000)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from desktop.models import db
from desktop.services import search
from desktop.services.search import ListFilter
from tests.perf.conftest import PEOPLE
from tests.perf.ratios import best_cpu

pytestmark = pytest.mark.perf
# what a contact's delete takes away, and how each table names the contact
_TABLES = (("contact", "id"), ("email", "contact_id"), ("phone", "contact_id"),
           ("address", "contact_id"), ("url", "contact_id"), ("contact_tag", "contact_id"),
           ("contact_photo", "contact_id"), ("interaction_participant", "contact_id"),
           ("follow_up", "contact_id"), ("favor", "contact_id"), ("focus_entry", "contact_id"),
           ("node_position", "contact_id"), ("contact_fact", "contact_id"),
           ("introduction", "person_a_id"), ("introduction", "person_b_id"),
           ("introduction", "introducer_id"))


def _counts() -> dict[str, int]:
    return {t: db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t, _ in _TABLES}


def _kept(table: str, column: str) -> str:
    return f"kept_{table}_{column}"


def _bare_delete_and_insert(id_array: str, counts: dict[str, int]) -> None:
    """The floor: the rows of the contacts (a JSON array) copied aside, the contacts
    deleted (the rest goes by cascade) and every row inserted back, in SQL; in one
    transaction, the same rows back: the next run starts from the same book."""
    with db.atomic():
        for table, column in _TABLES:
            db.execute_sql(f"CREATE TEMP TABLE {_kept(table, column)} AS "
                           f"SELECT * FROM {table} "
                           f"WHERE {column} IN (SELECT value FROM json_each(?))", (id_array,))
        db.execute_sql("DELETE FROM contact WHERE id IN (SELECT value FROM json_each(?))",
                       (id_array,))
        assert db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] <= 1
        for table, column in _TABLES:
            db.execute_sql(f"INSERT OR REPLACE INTO {table} "
                           f"SELECT * FROM {_kept(table, column)}")
            db.execute_sql(f"DROP TABLE {_kept(table, column)}")
        assert _counts() == counts


def test_deleting_every_contact_and_undoing_it_costs_a_few_bare_deletes_and_inserts(
        opened: Path) -> None:
    """Issue 18: Delete of 100,000 selected contacts took 45.9 s of CPU and its undo
    46.1 s. Deleting the whole 10,000-contact book and undoing it is compared with copying
    the same rows aside, deleting the contacts (the rest goes by cascade) and inserting
    every row back, in SQL (CPU time, interleaved, same run); both end with every row
    back. Measured 1.86-2.00 x here (2.33 s / 1.17-1.26 s), main 2.58-2.80 x (3.27-3.29 s /
    1.17-1.27 s), alternating, 2026-12-04 20:18-20:20; at 100,000 the gap is wider (the
    worker's CPU 22-24 s + 19-22 s, main 43-47 s + 26-31 s: bench/bench_delete.py). The
    bound stays where it was: the margin to main at 10,000 is too small for a tighter one."""
    ids = search.query_ids(ListFilter())
    assert len(ids) >= PEOPLE - 1
    mine, base = _whole_book_against_bare_sql(ids)
    ratio = mine / base
    print(f"delete of the whole book and its undo / bare deletes and inserts: {ratio:.2f} "
          f"({mine:.2f} s / {base:.2f} s CPU)")
    assert ratio < 4.0


def _whole_book_against_bare_sql(ids: Sequence[int]) -> tuple[float, float]:
    """Best CPU seconds of the whole book's delete and its undo, each its own transaction
    as the window runs them (every row back after it), and of bare SQL deleting and
    inserting the same rows; interleaved, same run."""
    from desktop.services import contacts

    id_array = json.dumps([int(i) for i in ids])
    counts = _counts()

    def ours() -> None:
        snapshot, _ = contacts.delete_contacts(ids)
        assert db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] <= 1
        contacts.restore_contacts(snapshot)
        assert _counts() == counts

    return best_cpu(ours, lambda: _bare_delete_and_insert(id_array, counts), runs=3)


def test_the_whole_book_as_the_list_selects_it_goes_and_comes_back_within_bare_sql(
        opened: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 18: the worker took 19.6 s of CPU to delete 100,000 contacts and 16.8 s to
    undo it. It deleted them in the list's order (by name): each step of 5,000 read and
    wrote pages all over every table through the job's 2 MB page cache (2.3 million
    page reads); every contact's entries came out of 12 indexes one by one; each
    participation's trigger looked up its interaction. Here the 10,000-contact book is
    to the job what 100,000 are (steps a tenth of their size, the page cache a tenth of
    the book's share: 200 KB), the whole book deleted as Select All gives it and undone,
    against bare SQL copies, deletes and inserts of the same rows with the same cache
    (CPU time, interleaved, same run). Measured 0.76 x here (2.15 s / 2.83 s), main
    1.36 x (3.70 s / 2.71 s), 2026-12-04 22:24-22:25, load ~7."""
    from desktop.services import store

    monkeypatch.setattr(store, "DELETE_CHUNK", store.DELETE_CHUNK // 10)
    monkeypatch.setattr(store, "_BACK_CHUNK", store._BACK_CHUNK // 10)
    db.execute_sql("PRAGMA cache_size = -200")  # the job's small_page_cache, to scale
    ids = search.query_ids(ListFilter())
    assert len(ids) >= PEOPLE - 1 and list(ids) != sorted(ids)  # by name, as listed
    mine, base = _whole_book_against_bare_sql(ids)
    ratio = mine / base
    print(f"the listed book deleted and undone, the job's cache to scale / bare SQL: "
          f"{ratio:.2f} ({mine:.2f} s / {base:.2f} s CPU)")
    assert ratio < 1.05


def test_what_a_delete_keeps_for_its_undo_and_the_undos_peak_stay_small(
        opened: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 18: after Delete of 100,000 contacts the process kept +203-219 MiB for the
    undo (what hung off them, every row a tuple) and the undo peaked at +956-976 MiB (every
    whole contact read from the history at once). Here the whole 10,000-contact book, its
    steps made as small as 100,000's are to them (a tenth of their size), Python's memory
    measured with tracemalloc against what the selection's own list of ids weighs: what
    the delete leaves held (the undo's snapshot, packed) and the undo's peak (a step of
    the history read at a time). Measured 1.7 x and 3.8 x; main 32 x and 275 x."""
    import sys
    import tracemalloc

    from desktop.services import contacts, store

    monkeypatch.setattr(store, "DELETE_CHUNK", store.DELETE_CHUNK // 10)
    monkeypatch.setattr(store, "_BACK_CHUNK", store._BACK_CHUNK // 10)
    ids = search.query_ids(ListFilter())
    assert len(ids) >= PEOPLE - 1
    weight = sys.getsizeof(ids) + sum(sys.getsizeof(i) for i in ids)  # the list, its ints
    counts = _counts()
    assert counts["interaction_participant"] and counts["introduction"]  # rows to keep
    tracemalloc.start()
    try:
        snapshot, _ = contacts.delete_contacts(ids)
        kept = tracemalloc.get_traced_memory()[0]
        assert db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] <= 1
        tracemalloc.reset_peak()
        contacts.restore_contacts(snapshot)
        peak = tracemalloc.get_traced_memory()[1] - kept
    finally:
        tracemalloc.stop()
    assert _counts() == counts
    print(f"Python memory / the ids' {weight / 2**20:.2f} MiB: kept after the delete "
          f"{kept / weight:.1f}, the undo's peak {peak / weight:.1f}")
    assert kept / weight < 4
    assert peak / weight < 40
