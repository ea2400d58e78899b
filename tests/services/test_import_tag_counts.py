"""Tag counts of an import: each chunk's memberships are counted by one statement while the
counting trigger is dropped, in the import's transaction (issue 18). The counts are right
afterwards, the trigger is back whatever ends the import, and it counts later changes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.models import close_database, db, open_database
from desktop.services import contacts, importer, tags
from desktop.services.importer import ImportCancelled
from desktop.services.types import ContactId
from desktop.vcard import stream

ROOT = Path(__file__).resolve().parents[2]
TRIGGER = "contact_tag_added"
TAG_SETS = (["Chess", "jazz"], ["Jazz", "Climbing", "Books"], [], ["books"], ["Éclair", "zen"])


def card(i: int) -> str:
    names = TAG_SETS[i % len(TAG_SETS)]
    categories = f"CATEGORIES:{','.join(names)}\r\n" if names else ""
    return (f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nEMAIL:p{i}@example.org\r\n"
            f"{categories}END:VCARD\r\n")


def write(tmp_path: Path, n: int, name: str = "tags.vcf") -> Path:
    path = tmp_path / name
    path.write_text("".join(card(i) for i in range(n)), encoding="utf-8", newline="")
    return path


def kept() -> dict[str, int]:
    return {name: n for name, n in db.execute_sql(
        "SELECT t.name, coalesce(c.members, 0) FROM tag t "
        "LEFT JOIN tag_count c ON c.tag_id = t.id")}


def recount() -> dict[str, int]:
    return {name: n for name, n in db.execute_sql(
        "SELECT t.name, count(ct.tag_id) FROM tag t "
        "LEFT JOIN contact_tag ct ON ct.tag_id = t.id GROUP BY t.id")}


def trigger_sql() -> str | None:
    row = db.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                         (TRIGGER,)).fetchone()
    return None if row is None else str(row[0])


@pytest.fixture
def tagged(sample_contacts: dict[str, ContactId], monkeypatch: pytest.MonkeyPatch
           ) -> Iterator[dict[str, Any]]:
    """A book whose people carry tags the import's cards carry too, written in chunks of
    7 cards (so an import is many chunks, each with its drop and return of the trigger)."""
    ids = list(sample_contacts.values())
    tags.change_tags(ids, add=["Jazz"])
    tags.change_tags(ids[:1], add=["Books", "Untouched"])
    monkeypatch.setattr(importer, "_CARDS_PER_WRITE", 7)
    monkeypatch.setattr(stream, "BLOCK_SIZE", 1024)
    before = kept()
    assert before == recount()
    yield {"ids": ids, "counts": before, "trigger": trigger_sql()}


def test_counts_are_right_after_an_import_of_many_chunks(
        tmp_path: Path, tagged: dict[str, Any]) -> None:
    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    try:
        result = importer.run_import([write(tmp_path, 100)])
    finally:
        db.connection().set_trace_callback(None)
    assert result.new_count == 100
    counts = kept()
    assert counts == recount()
    assert counts["Jazz"] == len(tagged["ids"]) + 40 and counts["Untouched"] == 1
    assert counts["Books"] == 1 + 40 and counts["Éclair"] == 20
    assert trigger_sql() == tagged["trigger"]
    # The trigger stood aside for every chunk that carried tags, and came back after each.
    drops = [s for s in statements if s.startswith(f"DROP TRIGGER {TRIGGER}")]
    assert len(drops) == 100 // 7 + 1
    assert sum(s.startswith(f"CREATE TRIGGER {TRIGGER}") for s in statements) == len(drops)
    # The first tag of each new contact is the one the trigger would have set (NOCASE: "É"
    # after "z").
    first = dict(db.execute_sql("SELECT full_name, first_tag FROM contact"))
    assert first["Person 0"] == "Chess" and first["Person 1"] == "Books"
    assert first["Person 2"] is None and first["Person 4"] == "zen"


def _killed_import(db_file: Path, source: Path) -> subprocess.CompletedProcess[str]:
    """An import in another process that dies (no clean-up of any kind) right after the
    trigger was dropped for its second chunk."""
    program = textwrap.dedent(f"""
        import os, sys
        from desktop.models import db, open_database
        from desktop.services import importer
        importer._CARDS_PER_WRITE = 7
        open_database({str(db_file)!r})
        drops = []
        def trace(statement):
            if statement.startswith("DROP TRIGGER {TRIGGER}"):
                drops.append(statement)
                if len(drops) == 2:
                    os._exit(3)
        db.connection().set_trace_callback(trace)
        importer.run_import([{str(source)!r}])
    """)
    return subprocess.run([sys.executable, "-c", program], cwd=ROOT, capture_output=True,
                          text=True, check=False, timeout=120)


def test_a_cancel_an_error_or_a_crash_leaves_the_trigger_and_the_counts(
        tmp_path: Path, db_path: Path, tagged: dict[str, Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    source = write(tmp_path, 300)
    monkeypatch.setattr(importer, "_PROGRESS_SECONDS", 0.0)
    start = db.execute_sql("SELECT count(*) FROM contact").fetchone()[0]

    def progress(done: int, total: int) -> bool:
        # Cancelled at the first report after chunks were written (tags counted).
        return bool(db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == start)

    with pytest.raises(ImportCancelled):
        importer.run_import([source], progress=progress)
    assert trigger_sql() == tagged["trigger"]
    assert kept() == recount() == tagged["counts"]

    # An error while the trigger stands aside: the insert of a chunk's memberships fails.
    from desktop.services import store

    with monkeypatch.context() as patch, pytest.raises(Exception, match="values"):
        patch.setattr(store, "_INSERT_LINK",
                      "INSERT INTO contact_tag (contact_id, tag_id) VALUES (?, ?, ?)")
        importer.run_import([source])
    assert trigger_sql() == tagged["trigger"]
    assert kept() == recount() == tagged["counts"]

    # The process dies between the drop and the trigger's return: the transaction was never
    # committed, so the database opened again has the trigger and the counts.
    close_database()
    done = _killed_import(db_path, source)
    assert done.returncode == 3, done.stderr
    open_database(db_path)
    assert trigger_sql() == tagged["trigger"]
    assert kept() == recount() == tagged["counts"]
    assert db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == start


def test_the_trigger_counts_tag_changes_after_an_import(
        tmp_path: Path, tagged: dict[str, Any]) -> None:
    importer.run_import([write(tmp_path, 50)])
    after = kept()
    people = dict(db.execute_sql("SELECT full_name, id FROM contact"))
    # Put on one by one (the trigger counts them), and in bulk.
    contacts.set_tags(ContactId(people["Person 2"]), ["Jazz", "Brand New"])
    tags.change_tags([ContactId(people[f"Person {i}"]) for i in range(10, 20)], add=["Chess"])
    counts = kept()
    assert counts == recount()
    assert counts["Jazz"] == after["Jazz"] + 1 and counts["Brand New"] == 1
    assert counts["Chess"] == after["Chess"] + sum(
        "Chess" not in TAG_SETS[i % len(TAG_SETS)] for i in range(10, 20))
    # A second import of the same people (merged: their tags put on by the trigger).
    importer.run_import([write(tmp_path, 20, "more.vcf")])
    assert kept() == recount()


def test_a_trigger_that_does_more_is_left_to_run(tmp_path: Path, tagged: dict[str, Any]) -> None:
    # A later migration's trigger of the same name (here: it also counts its calls) is not
    # the one the import stands in for: it runs for every membership.
    db.execute_sql("CREATE TABLE calls (n INTEGER NOT NULL)")
    db.execute_sql("INSERT INTO calls VALUES (0)")
    db.execute_sql(f"DROP TRIGGER {TRIGGER}")
    db.execute_sql(str(tagged["trigger"]).replace(
        "BEGIN", "BEGIN UPDATE calls SET n = n + 1;", 1))
    importer.run_import([write(tmp_path, 20)])
    assert kept() == recount()
    assert db.execute_sql("SELECT n FROM calls").fetchone()[0] == db.execute_sql(
        "SELECT count(*) FROM contact_tag ct JOIN contact c ON c.id = ct.contact_id "
        "WHERE c.import_batch_id IS NOT NULL").fetchone()[0]
