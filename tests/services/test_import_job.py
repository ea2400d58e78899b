"""A big import run by a child process (issue 18): the window's process only waits for it,
and the user gets the same preview, the same import, the same reports in the app's
language, Cancel, and an import that undoes as one. No Qt."""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import multiprocessing.reduction
import os
import pickle
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest

from desktop import text
from desktop.models import db
from desktop.services import history, import_job, importer
from desktop.services.errors import ServiceError
from desktop.services.importer import ImportCancelled, Policy
from tests.services.test_import import card, dump, write

in_process_preview = importer.preview_import  # before ``child`` forbids it

def bulk(n: int) -> list[str]:
    return [card(f"FN:Person {i}", f"EMAIL:p{i}@example.org", f"TEL:+1 415 555 {i % 10000:04d}")
            for i in range(n)]


@pytest.fixture()
def child(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Every input imported by a child, however small; this process's own importer
    refuses to run (so a result proves the child made it). Yields the children's pids."""
    monkeypatch.setattr(import_job, "PROCESS_BYTES", 0)

    def not_here(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("imported in the window's process")

    monkeypatch.setattr(importer, "run_import", not_here)
    monkeypatch.setattr(importer, "preview_import", not_here)
    pids: list[int] = []
    start = multiprocessing.context.SpawnProcess.start

    def recording(self: multiprocessing.context.SpawnProcess) -> None:
        start(self)
        if self.name == "rapport-import":
            assert self.pid is not None
            pids.append(self.pid)

    monkeypatch.setattr(multiprocessing.context.SpawnProcess, "start", recording)
    yield pids
    ended(pids)


def ended(pids: list[int]) -> None:
    """No child outlives its job: one that told its result closes the book and ends by
    itself within seconds (it is never stopped: it copies its WAL into the book)."""
    deadline = time.monotonic() + 20
    for pid in pids:
        while True:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            assert time.monotonic() < deadline, f"child {pid} did not end"
            time.sleep(0.02)


def _people() -> int:
    return db.execute_sql("SELECT count(*) FROM contact WHERE is_me = 0").fetchone()[0]


def test_preview_and_import_in_the_child_with_a_rejected_card_and_one_undo(
        tmp_path: Path, db_path: Path, child: list[int]) -> None:
    cards = bulk(300)
    cards[120] = "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nobody\r\nEND:VCARD\r\n"
    path = write(tmp_path, "big.vcf", *cards)
    reports: list[tuple[int, int]] = []

    preview = import_job.preview_import([path], lambda d, t: reports.append((d, t)) is None)
    assert preview.new_count == 299 and preview.rejected_count == 1
    assert [c.display_name for c in preview.cards[:2]] == ["Person 0", "Person 1"]
    assert _people() == 0  # a preview writes nothing

    first = preview.cards[0].key
    result = import_job.run_import(preview, {first: Policy.SKIP},
                                   lambda d, t: reports.append((d, t)) is None)
    assert len(child) == 2
    assert reports and reports[-1][0] == reports[-1][1]  # progress reached the end
    assert (result.new_count, result.skipped_count) == (298, 1)
    assert str(result.rejected[0]).startswith(f"{path}:{1 + 120 * 6}: ")
    assert _people() == 298  # this process reads what the child wrote
    # One step takes the whole import back.
    assert result.changes.change_sets
    history.undo(result.changes.change_sets)
    assert _people() == 0


def test_the_child_tells_its_result_then_copies_its_wal_into_the_book(
        tmp_path: Path, db_path: Path, child: list[int]) -> None:
    """The window has the import's result before the child copies the import's WAL
    into the book (issue 18: the copy was the last 0.5-0.9 s of a 100,000-card import);
    the child is left to finish it, and the book's file then holds the import without
    its WAL (the window's connection, open all along, copied nothing)."""
    db.execute_sql("PRAGMA wal_autocheckpoint = 0")  # the window's commits copy nothing
    path = write(tmp_path, "big.vcf", *bulk(300))
    result = import_job.run_import(import_job.preview_import([path]), {})
    assert result.new_count == 300
    ended(child)
    book = sqlite3.connect(f"file:{db_path}?immutable=1", uri=True)  # the file alone
    try:
        assert book.execute("SELECT count(*) FROM contact WHERE is_me = 0").fetchone()[0] \
            == 300
    finally:
        book.close()
    assert _people() == 300


def test_the_childs_reasons_are_in_the_apps_language(
        tmp_path: Path, db_path: Path, child: list[int]) -> None:
    def shouting(context: str, source: str, dis: str | None, n: int) -> str:
        return text.english(context, source, dis, n).upper()

    path = write(tmp_path, "a.vcf", *bulk(3),
                 "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nobody\r\nEND:VCARD\r\n")
    text.set_translator(shouting, lambda n: f"<{n}>")
    try:
        result = import_job.run_import(import_job.preview_import([path]), {})
    finally:
        text.set_translator(None)
    reason = result.rejected[0].reason
    assert reason == reason.upper() and "NO NAME" in reason


def test_cancel_stops_the_child_and_nothing_is_written(
        tmp_path: Path, db_path: Path, child: list[int]) -> None:
    path = write(tmp_path, "big.vcf", *bulk(3000))
    preview = import_job.preview_import([path])
    before = dump()
    reports: list[int] = []

    def progress(done: int, _total: int) -> bool:
        reports.append(done)
        return len(reports) < 2

    with pytest.raises(ImportCancelled):
        import_job.run_import(preview, {}, progress)
    assert dump() == before
    assert importer.last_batch() is None


def test_a_file_changed_after_the_preview_is_refused_by_the_child(
        tmp_path: Path, db_path: Path, child: list[int]) -> None:
    path = write(tmp_path, "a.vcf", *bulk(3))
    preview = import_job.preview_import([path])
    write(tmp_path, "a.vcf", *bulk(4))
    os.utime(path, ns=(1, 1))
    with pytest.raises(ServiceError, match="changed after it was read"):
        import_job.run_import(preview, {})
    assert _people() == 0


def test_a_child_that_dies_is_an_error_not_a_hang(
        tmp_path: Path, db_path: Path, child: list[int]) -> None:
    path = write(tmp_path, "big.vcf", *bulk(3000))
    preview = import_job.preview_import([path])
    before = dump()

    killed: list[int] = []

    def kill_it(_done: int, _total: int) -> bool:
        if not killed:
            killed.append(child[-1])
            os.kill(child[-1], 9)
        return True

    with pytest.raises(RuntimeError, match="import process ended unexpectedly"):
        import_job.run_import(preview, {}, kill_it)
    assert dump() == before  # SQLite dropped what the child had not committed


def test_the_preview_crosses_in_pieces_and_the_import_child_gets_no_cards(
        tmp_path: Path, db_path: Path, child: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever the window's worker unpickles or pickles holds the interpreter lock the UI
    thread waits for (issue 18: a 10,000-card preview unpickled in one piece, ~0.1 s, and
    pickled whole again to start the import's child, which only reads the files again).
    The same preview as in-process, in pieces of a few hundred cards; the import's child
    started with a small fraction of it."""
    loaded: list[int] = []  # bytes of each message this process unpickled

    class Recording(multiprocessing.reduction.ForkingPickler):
        @staticmethod
        def loads(data: Any, /, **kwargs: Any) -> Any:
            loaded.append(len(data))
            return pickle.loads(data, **kwargs)

    monkeypatch.setattr(multiprocessing.connection, "_ForkingPickler", Recording)
    started: list[int] = []  # bytes pickled to start each child
    dump_into = multiprocessing.reduction.dump

    def recording_dump(obj: object, file: IO[bytes], protocol: int | None = None) -> None:
        before = file.tell()
        dump_into(obj, file, protocol)
        started.append(file.tell() - before)

    monkeypatch.setattr(multiprocessing.reduction, "dump", recording_dump)
    first = write(tmp_path, "a.vcf", *bulk(1500),
                  "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nobody\r\nEND:VCARD\r\n")
    second = write(tmp_path, "b.vcf", *bulk(1500))  # every card merges into one of a.vcf

    preview = import_job.preview_import([first, second])
    transfer = sum(loaded)
    assert preview == in_process_preview([first, second])
    assert (preview.new_count, preview.merge_count, preview.rejected_count) == (1500, 1500, 1)
    assert max(loaded) < transfer / 4  # 3,000 cards, a few hundred a piece

    started.clear()
    result = import_job.run_import(preview, {preview.files[1].cards[0].key: Policy.SKIP})
    assert (result.new_count, result.skipped_count, result.unchanged_count) == (1500, 1, 1499)
    assert _people() == 1500
    assert 0 < max(started) < transfer / 20


def test_a_small_file_is_imported_without_a_child(
        tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(multiprocessing.context.SpawnProcess, "start", None)  # no child
    path = write(tmp_path, "a.vcf", *bulk(3))
    result = import_job.run_import(import_job.preview_import([path]), {})
    assert result.new_count == 3
