"""The search index's merges stay out of an edit's way (issue 18: no stall over 50 ms on
every change). FTS5 merged a whole level of its segments inside whichever write brought
the level to 16 segments: after a bulk fill (an import, the demo) left its big segments on
the lowest level, that was an ordinary edit on the UI thread (0.3-1.0 s on the book of
300,000 contacts). Now an edit merges a bounded share, and ``search.tidy_step`` merges the
rest in bounded steps that never wait for another writer.

The book here is made the way a bulk fill leaves one: 14 segments on the lowest level,
each bigger than one share of an edit's merging (small leaf pages, FTS5's ``pgsz``, so a
few thousand contacts make them)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from desktop.models import FTS_TABLE, db
from desktop.models.migrations import SEARCH_CRISIS_MERGE
from desktop.services import contacts, importer, search

SEGMENTS = 14
CARDS_PER_SEGMENT = 150
# Leaf pages an edit's own merging (FTS5's automerge: 64 per 64 written, per level) or a
# tidy step of 64 may move up a level, with room to spare; a whole level is ~2,000 here.
MOST_PER_EDIT = 400
MOST_PER_STEP = 200


def _cards(first: int, n: int) -> str:
    return "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:pile-{i}\r\nFN:Pat Zed{i}\r\nN:Zed{i};Pat;;;\r\n"
        f"EMAIL:pat{i}@pile.example\r\nNOTE:met at fair number {i} about kite{i:05d}q\r\n"
        "END:VCARD\r\n" for i in range(first, first + n))


def _pile(tmp_path: Path) -> None:
    """SEGMENTS imports, each written as one segment of the lowest level while FTS5's
    merging is paused, as a bulk fill writes them; then merging back to FTS5's default."""
    command = f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES (?, ?)"
    db.execute_sql(command, ("pgsz", 128))
    db.execute_sql(command, ("automerge", 0))
    for k in range(SEGMENTS):
        source = tmp_path / f"pile{k}.vcf"
        source.write_text(_cards(k * CARDS_PER_SEGMENT, CARDS_PER_SEGMENT), encoding="utf-8")
        importer.run_import([source])
    db.execute_sql(command, ("automerge", 4))
    db.execute_sql(f"DELETE FROM {FTS_TABLE}_config WHERE k = 'automerge'")
    levels = search.index_levels()
    assert levels is not None
    assert len(levels[0].segments) == SEGMENTS and min(levels[0].segments) > 100


def _above_lowest(levels: list[search.Level] | None) -> int:
    """Leaf pages merged up out of the lowest level so far."""
    assert levels is not None
    return sum(sum(level.segments) for level in levels[1:])


def _all_found() -> bool:
    """Cards all over the pile are found by a word of their note (none the edits changed:
    those are every 7th)."""
    return all(search.matching_ids(f"kite{i:05d}q") == {_id(i)}
               for i in range(1, SEGMENTS * CARDS_PER_SEGMENT, 97) if i % 7)


def _bound() -> int | None:
    """The search index's crisismerge setting, if it has one."""
    row = db.execute_sql(f"SELECT v FROM {FTS_TABLE}_config WHERE k = 'crisismerge'").fetchone()
    return None if row is None else int(row[0])


def _id(i: int) -> int:
    return int(db.execute_sql("SELECT id FROM contact WHERE uid = ?",
                              (f"pile-{i}",)).fetchone()[0])


def test_an_edit_never_merges_a_whole_level_of_the_search_index(
        db_path: Path, tmp_path: Path) -> None:
    _pile(tmp_path)
    ids = [_id(i) for i in range(0, SEGMENTS * CARDS_PER_SEGMENT, 7)]
    moved = []
    for n, cid in enumerate(ids[:40]):
        before = _above_lowest(search.index_levels())
        contacts.set_fields(cid, {"note": f"edited {n} about lantern{n}"}, "Edit")
        moved.append(_above_lowest(search.index_levels()) - before)
    # FTS5's default merged the whole level (~2,000 leaf pages) inside one of these edits.
    assert max(moved) <= MOST_PER_EDIT, moved
    assert search.matching_ids("lantern39") == {ids[39]}
    assert _all_found()


def test_the_index_is_merged_in_bounded_steps_that_write_nothing_once_done(
        db_path: Path, tmp_path: Path) -> None:
    _pile(tmp_path)
    assert search.merge_pending()
    steps = []
    while True:
        before = _above_lowest(search.index_levels())
        more = search.tidy_step()
        steps.append(_above_lowest(search.index_levels()) - before)
        if not more:
            break
        assert len(steps) < 500, "the merging does not end"
    assert max(steps) <= MOST_PER_STEP, steps
    assert not search.merge_pending()
    levels = search.index_levels()
    assert levels is not None and all(len(level.segments) < 4 for level in levels)
    assert _all_found()
    # Nothing left to merge: nothing is written (another connection sees no change).
    other = sqlite3.connect(db_path)
    seen = other.execute("PRAGMA data_version").fetchone()[0]
    assert search.tidy_step() is False
    assert other.execute("PRAGMA data_version").fetchone()[0] == seen
    other.close()


def test_a_tidy_step_never_waits_for_another_writer(db_path: Path, tmp_path: Path) -> None:
    _pile(tmp_path)
    other = sqlite3.connect(db_path, isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # a job, or another process, writing
    try:
        began = time.perf_counter()
        assert search.tidy_step() is False  # not now
        assert time.perf_counter() - began < 1.0  # the book's busy timeout is 5 s
        assert search.merge_pending()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert search.tidy_step() is True  # the next turn takes it


def test_every_book_gets_the_bound_when_opened(tmp_path: Path) -> None:
    from desktop.models import close_database, open_database

    path = tmp_path / "older.sqlite3"
    open_database(path)
    db.execute_sql(f"DELETE FROM {FTS_TABLE}_config WHERE k = 'crisismerge'")  # as before
    close_database()
    open_database(path)
    try:
        assert _bound() == SEARCH_CRISIS_MERGE
    finally:
        close_database()


def test_a_book_another_writer_holds_opens_at_once_and_gets_the_bound_later(
        tmp_path: Path) -> None:
    from desktop.models import close_database, open_database

    path = tmp_path / "held.sqlite3"
    open_database(path)
    db.execute_sql(f"DELETE FROM {FTS_TABLE}_config WHERE k = 'crisismerge'")
    close_database()
    other = sqlite3.connect(path, isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # another process writing as this one opens
    try:
        began = time.perf_counter()
        open_database(path)
        assert time.perf_counter() - began < 2.0  # the busy timeout is 5 s
        close_database()
    finally:
        other.execute("ROLLBACK")
        other.close()
    open_database(path)
    try:
        assert _bound() == SEARCH_CRISIS_MERGE
    finally:
        close_database()


def test_edits_back_to_back_never_pile_a_level_up_to_a_whole_merge(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With no idle time between them (a script, the command line), each edit adds a
    segment behind the pile's merge in progress; once a level holds more than
    ``PILE_SEGMENTS``, every write also merges a share of it, so the level never reaches
    ``crisismerge`` and no edit merges it whole (at the book's 256: 89-488 ms; the bound
    and the pile scaled down here: 48 and 16)."""
    _pile(tmp_path)
    db.execute_sql(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES ('crisismerge', 48)")
    monkeypatch.setattr(search, "PILE_SEGMENTS", 16)
    ids = [_id(i) for i in range(0, SEGMENTS * CARDS_PER_SEGMENT, 7)]
    moved = []
    most = 0
    for n, cid in enumerate(ids[:90]):
        before = _above_lowest(search.index_levels())
        contacts.set_fields(cid, {"note": f"edited {n} about lantern{n}"}, "Edit")
        levels = search.index_levels()
        moved.append(_above_lowest(levels) - before)
        assert levels is not None
        most = max(most, len(levels[0].segments))
    assert most < 48, most
    assert max(moved) <= MOST_PER_EDIT, moved
    assert search.matching_ids("lantern89") == {ids[89]}
    assert _all_found()
