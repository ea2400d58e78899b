"""An import much bigger than the book is written in bulk (issue 18): the book's secondary
indexes are dropped and made again at its end, its new contacts' search rows written in
one statement. The result is the same as card by card; a cancel, an error or a killed
process leaves the book whole (indexes, search); undo and redo take it back and forth;
opening a book makes a missing bulk index again."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.models import close_database, db, indexes, open_database
from desktop.services import history, import_parse, importer, search, store
from desktop.services.importer import ImportCancelled
from desktop.vcard import VCardError, stream
from tests.services.test_import import card, corpus_files, dump, write

ROOT = Path(__file__).resolve().parents[2]


def people(n: int, start: int = 0) -> list[str]:
    """*n* different people with tags, numbers, addresses, birthdays and notes (every
    column a bulk index covers has values)."""
    return [card(f"FN:Person{i} Zq{i}x", f"N:Zq{i}x;Person{i};;;", f"EMAIL:p{i}@example.org",
                 f"TEL:+1 415 555 {i % 10000:04d}", f"ORG:Firm{i % 7}",
                 f"BDAY:1980-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
                 f"ADR:;;{i} Main St;Springfield;;;USA", f"NOTE:word{i} likes chess",
                 f"CATEGORIES:Group{i % 3},Bulk") for i in range(start, start + n)]


@pytest.fixture
def small_bulk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Imports written 20 cards a chunk, in bulk from 50 expected new contacts on."""
    monkeypatch.setattr(importer, "_CARDS_PER_WRITE", 20)
    monkeypatch.setattr(importer, "BULK_CARDS", 50)
    monkeypatch.setattr(stream, "BLOCK_SIZE", 1024)


_TIMES = {"created_at", "updated_at", "imported_at", "made_at", "applied_at"}
_HISTORY = {"change", "change_set", "store_state", "import_batch"}


def book(history: bool = True) -> dict[str, list[tuple[object, ...]]]:
    """``dump()`` without the moments things were written (two imports a second apart
    write the same); without the history tables unless *history*."""
    out = {}
    for table, rows in dump().items():
        if (not history and table in _HISTORY) or "_fts_" in table:  # FTS5's own pages
            continue
        names = [r[1] for r in db.execute_sql(f"PRAGMA table_info({table})")]
        keep = [i for i, n in enumerate(names) if n not in _TIMES]
        out[table] = [tuple(row[i] for i in keep) for row in rows]
    return out


def index_sql() -> dict[str, str]:
    return {str(n): str(s) for n, s in db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
        "AND sql IS NOT NULL")}


def search_is_whole() -> None:
    """Every contact has its search row, nothing else has one, FTS5 finds it consistent."""
    contacts = [r[0] for r in db.execute_sql("SELECT id FROM contact ORDER BY id")]
    rows = [r[0] for r in db.execute_sql(
        "SELECT rowid FROM contact_fts ORDER BY rowid")]
    assert rows == contacts
    db.execute_sql("INSERT INTO contact_fts (contact_fts) VALUES ('integrity-check')")


@pytest.fixture
def traced() -> Iterator[list[str]]:
    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    yield statements
    db.connection().set_trace_callback(None)


def test_bulk_indexes_are_the_ones_the_migrations_make(db_path: Path) -> None:
    assert indexes.present(db) == indexes.BULK_INDEXES


def test_a_big_import_is_written_in_bulk_and_finds_every_contact(
        tmp_path: Path, db_path: Path, small_bulk: None, traced: list[str]) -> None:
    before = index_sql()
    result = importer.run_import([write(tmp_path, "big.vcf", *people(200))])
    assert result.new_count == 200
    drops = [s for s in traced if s.startswith("DROP INDEX")]
    assert sorted(s.split('"')[1] for s in drops) == sorted(indexes.BULK_INDEXES)
    # The contacts of the chunks before it went bulk were indexed as they were written;
    # the rest in one statement at the end.
    assert sum(s.startswith("INSERT INTO contact_fts (rowid") for s in traced) <= 4
    assert index_sql() == before
    search_is_whole()
    for i in range(200):
        assert search.matching_ids(f"Zq{i}x") == {result.new_ids[i]}, i
    assert search.matching_ids("chess") == set(result.new_ids)
    assert len(search.matching_ids("Group1") or ()) == len(range(1, 200, 3))
    db.execute_sql("PRAGMA integrity_check")


def test_an_import_is_done_before_its_wal_is_copied_into_the_book(
        tmp_path: Path, db_path: Path, small_bulk: None) -> None:
    """An import's commit copies nothing into the book (issue 18: the automatic
    checkpoint was 0.5-0.9 s of a 100,000-card import, before it could say it was done);
    closing the book copies it, while another connection (the window's) is open too."""
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute_sql("PRAGMA wal_autocheckpoint = 10")  # pages; SQLite's own is 1,000
    size = db_path.stat().st_size
    result = importer.run_import([write(tmp_path, "big.vcf", *people(300))])
    assert result.new_count == 300
    page = db.execute_sql("PRAGMA page_size").fetchone()[0]
    assert Path(f"{db_path}-wal").stat().st_size > 10 * page
    assert db_path.stat().st_size == size  # nothing copied by the import's commit
    assert db.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0] == 10  # its own again
    window = sqlite3.connect(db_path)
    try:
        assert window.execute("SELECT count(*) FROM contact").fetchone()[0] == 300
        close_database()
        file_alone = sqlite3.connect(f"file:{db_path}?immutable=1", uri=True)
        assert file_alone.execute("SELECT count(*) FROM contact").fetchone()[0] == 300
        file_alone.close()
    finally:
        window.close()
    open_database(db_path)
    search_is_whole()


def test_a_bulk_import_indexes_for_search_while_its_cards_are_read(
        tmp_path: Path, db_path: Path, small_bulk: None, monkeypatch: pytest.MonkeyPatch,
        traced: list[str]) -> None:
    """While the parse side has no card ready, the writer indexes for search the contacts
    it wrote (issue 18: less is left for the end, when nothing else runs). A contact
    indexed then and changed by a later card is found by what it became; a file rolled
    back part-way takes its search rows with it."""
    monkeypatch.setattr(store, "INDEX_AHEAD", 40, raising=False)
    monkeypatch.setattr(import_parse, "CARDS_PER_BATCH", 10)
    put = import_parse.ThreadReader._put

    def slow_put(self: import_parse.ThreadReader, batch: list[import_parse.Item] | None,
                 done: int = 0) -> bool:
        time.sleep(0.01)  # a parse side slower than the writer
        return put(self, batch, done)

    monkeypatch.setattr(import_parse.ThreadReader, "_put", slow_put)
    read = import_parse.iter_contact_file

    def broken_half_way(path: Path, **kw: object) -> Iterator[object]:
        for n, item in enumerate(read(path, **kw)):  # type: ignore[arg-type]
            if path.name == "broken.vcf" and n == 150:
                raise VCardError(str(path), 9, "the disk went away")
            yield item

    monkeypatch.setattr(import_parse, "iter_contact_file", broken_half_way)
    later = card("FN:Person5 Zq5x", "EMAIL:p5@example.org", "TITLE:Marmalade")
    good = write(tmp_path, "good.vcf", *people(200), later)
    broken = write(tmp_path, "broken.vcf", *people(200, 1000))
    result = importer.run_import([good, broken])

    assert result.new_count == 200 and len(result.unreadable) == 1
    bulk = next(i for i, s in enumerate(traced) if s.startswith("DROP INDEX"))
    last_card = max(i for i, s in enumerate(traced) if s.startswith("INSERT INTO contact ("))
    ahead = [s for s in traced[bulk:last_card] if s.startswith("INSERT INTO contact_fts (")]
    assert ahead, "nothing indexed while the cards were read"
    search_is_whole()
    for i in range(200):
        assert search.matching_ids(f"Zq{i}x") == {result.new_ids[i]}, i
    assert search.matching_ids("Marmalade") == {result.new_ids[5]}
    assert search.matching_ids("Zq1005x") == set()
    db.execute_sql("PRAGMA integrity_check")


def test_a_bulk_import_writes_what_a_card_by_card_import_writes(
        tmp_path: Path, small_bulk: None, monkeypatch: pytest.MonkeyPatch) -> None:
    cards = people(120)
    # Some merge into contacts of the book, some into cards of the same file.
    cards += [card("FN:Person3 Zq3x", "EMAIL:p3@example.org", "TITLE:Chief"),
              card("FN:Someone", "EMAIL:p130@example.org", "NOTE:later"),
              *people(60, 125)]
    path = write(tmp_path, "mixed.vcf", *cards)
    seen: dict[str, object] = {}
    for bulk in (False, True):
        db_file = tmp_path / f"{bulk}.sqlite3"
        open_database(db_file)
        try:
            importer.run_import([write(tmp_path, "first.vcf", *people(5))])
            monkeypatch.setattr(importer, "BULK_CARDS", 50 if bulk else 10**9)
            statements: list[str] = []
            db.connection().set_trace_callback(statements.append)
            result = importer.run_import([path])
            db.connection().set_trace_callback(None)
            assert any(s.startswith("DROP INDEX") for s in statements) is bulk
            seen[str(bulk)] = (book(), result.new_count, result.merged_count,
                               sorted(result.new_ids), {w: search.matching_ids(w) for w in (
                                   "Zq3x", "Chief", "later", "Bulk", "Group2", "p13")})
            search_is_whole()
        finally:
            close_database()
    assert seen["True"] == seen["False"]


def test_the_real_corpus_in_bulk_is_what_it_is_card_by_card(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every real file in one import (two unreadable ones roll their savepoints back in
    the middle of it), then the same again (everything matches): in bulk from the first
    chunk, and card by card."""
    seen = {}
    for bulk in (False, True):
        monkeypatch.setattr(importer, "BULK_CARDS", 1 if bulk else 10**9)
        open_database(tmp_path / f"{bulk}.sqlite3")
        try:
            statements: list[str] = []
            db.connection().set_trace_callback(statements.append)
            first = importer.run_import(corpus_files())
            again = importer.run_import(corpus_files())
            db.connection().set_trace_callback(None)
            assert any(s.startswith("DROP INDEX") for s in statements) is bulk
            assert first.unreadable and first.new_count > 100
            search_is_whole()
            words = sorted({w for (text,) in db.execute_sql(
                "SELECT name || ' ' || organization || ' ' || emails FROM contact_fts")
                for w in search._words(text)})
            seen[bulk] = (book(), first.summary(), again.summary(),
                          [search.matching_ids(w) for w in words])
        finally:
            close_database()
    assert seen[True] == seen[False]


def test_undo_and_redo_of_a_bulk_import(tmp_path: Path, sample_contacts: dict[str, int],
                                        small_bulk: None) -> None:
    before = book(history=False)
    result = importer.run_import([write(tmp_path, "big.vcf", *people(150))])
    assert result.batch_id is not None
    set_id = history.import_set(result.batch_id)
    assert set_id is not None
    undone = history.undo([set_id])
    assert book(history=False) == before
    search_is_whole()
    assert search.matching_ids("Zq7x") == set()
    history.undo(undone.changes.change_sets)  # redo
    assert db.execute_sql("SELECT count(*) FROM contact WHERE import_batch_id = ?",
                          (result.batch_id,)).fetchone()[0] == 150
    search_is_whole()
    assert search.matching_ids("Zq7x") == {result.new_ids[7]}


@pytest.mark.parametrize("where", ["rows", "indexes", "search"])
def test_cancel_of_a_bulk_import_leaves_the_book_whole(
        tmp_path: Path, sample_contacts: dict[str, int], small_bulk: None,
        monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    """Cancel while the cards are written, while the indexes are made again, or inside the
    search index's statement (SQLite's progress handler): everything is rolled back."""
    monkeypatch.setattr(importer, "_PROGRESS_SECONDS", 0)
    monkeypatch.setattr(store, "_STEPS_PER_TICK", 50)
    before, shape = dump(), index_sql()
    path = write(tmp_path, "big.vcf", *people(150))
    in_search = False
    index_new = search.index_new

    def searching(ids: list[int], step: Callable[[float], None] | None = None) -> None:
        nonlocal in_search
        in_search = True
        index_new(ids, step)

    monkeypatch.setattr(search, "index_new", searching)
    first: list[int] = []

    def progress(done: int, total: int) -> bool:
        first.append(total)
        grown = total > first[0]  # the bulk end is part of the bar
        if where == "rows":
            return not (grown and done < first[0])
        if where == "indexes":
            return not (grown and done >= first[0] and not in_search)
        return not in_search

    with pytest.raises(ImportCancelled):
        importer.run_import([path], progress=progress)
    assert not db.in_transaction()
    assert dump() == before
    assert index_sql() == shape
    search_is_whole()
    assert search.matching_ids("Zq7x") == set()


def test_an_error_in_a_bulk_import_leaves_the_book_whole(
        tmp_path: Path, sample_contacts: dict[str, int], small_bulk: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    before, shape = dump(), index_sql()

    def broken(ids: list[int], step: object = None) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(search, "index_new", broken)
    with pytest.raises(RuntimeError, match="disk on fire"):
        importer.run_import([write(tmp_path, "big.vcf", *people(150))])
    assert dump() == before
    assert index_sql() == shape
    search_is_whole()


KILLED = """
import os, signal, sys
from desktop.models import db, open_database
from desktop.services import importer
importer._CARDS_PER_WRITE = 20
importer.BULK_CARDS = 50
importer._PROGRESS_SECONDS = 0

def progress(done, total):
    gone = db.execute_sql("SELECT count(*) FROM sqlite_master WHERE name = 'contact_by_name'"
                          ).fetchone()[0] == 0
    if gone and db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] > 120:
        os.kill(os.getpid(), signal.SIGKILL)  # in the middle of a bulk write
    return True

open_database(sys.argv[1])
importer.run_import([sys.argv[2]], progress=progress)
print("not killed")
"""


def test_a_killed_bulk_import_leaves_the_book_whole(
        tmp_path: Path, sample_contacts: dict[str, int], db_path: Path) -> None:
    before, shape = dump(), index_sql()
    path = write(tmp_path, "big.vcf", *people(300))
    close_database()
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(KILLED), str(db_path),
                           str(path)], cwd=ROOT, capture_output=True, text=True, check=False,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == -signal.SIGKILL, done.stdout + done.stderr
    open_database(db_path)
    assert dump() == before
    assert index_sql() == shape
    search_is_whole()
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_opening_a_book_makes_a_missing_bulk_index_again(db_path: Path) -> None:
    shape = index_sql()
    db.execute_sql("DROP INDEX contact_by_name")
    db.execute_sql('DROP INDEX "phone_e164"')
    close_database()
    open_database(db_path)
    assert index_sql() == shape


def test_the_import_reads_through_no_bulk_index(
        tmp_path: Path, sample_contacts: dict[str, int], small_bulk: None,
        traced: list[str]) -> None:
    """What the import asks SQLite while its bulk indexes are dropped never needed them:
    the query plan of every statement it ran, with the indexes there, uses none."""
    cards = [*people(150), card("FN:Ana Silva", "EMAIL:ana@lumen.example", "TITLE:CTO"),
             card("FN:Person3 Zq3x", "EMAIL:p3@example.org", "TITLE:Chief")]
    importer.run_import([write(tmp_path, "big.vcf", *cards)])
    start = next(i for i, s in enumerate(traced) if s.startswith("DROP INDEX"))
    end = max(i for i, s in enumerate(traced) if s.startswith("CREATE INDEX"))
    asked = {s for s in traced[start:end]
             if s.split(None, 1)[0].upper() in ("SELECT", "UPDATE", "DELETE", "INSERT")
             and "contact_fts" not in s}
    assert len(asked) > 10
    for statement in asked:
        plan = " ".join(str(r[3]) for r in db.execute_sql("EXPLAIN QUERY PLAN " + statement))
        assert not any(f" {name} " in f" {plan} " or f"INDEX {name}" in plan
                       for name in indexes.BULK_INDEXES), (statement, plan)
