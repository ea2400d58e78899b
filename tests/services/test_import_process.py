"""A big import read by a child process (issue 18): the same contacts, the same reports
(``FILE:LINE: reason``, in the app's language), Cancel ends the child at once. No Qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop import text
from desktop.models import close_database, db, open_database
from desktop.services import background, import_parse, importer, phones
from desktop.services.importer import ImportCancelled
from tests.services.test_import import all_records, card, corpus_files, dump, write


@pytest.fixture()
def children(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[import_parse.ProcessReader]]:
    """Every input read by a child process, however small (and however busy the
    machine); the readers it made."""
    made: list[import_parse.ProcessReader] = []
    monkeypatch.setattr(import_parse, "PROCESS_BYTES", 0)
    monkeypatch.setattr(background, "free_cores", lambda: 1.0)
    enter = import_parse.ProcessReader.__enter__

    def recording(self: import_parse.ProcessReader) -> import_parse.ProcessReader:
        made.append(self)
        return enter(self)

    monkeypatch.setattr(import_parse.ProcessReader, "__enter__", recording)
    yield made
    for reader in made:  # no child outlives its import
        assert reader.pid is not None and not _running(reader.pid)


def _running(pid: int) -> bool:
    """Whether *pid* is a live process (a zombie, never reaped, counts as one)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def bulk(n: int, start: int = 0) -> list[str]:
    return [card(f"FN:Person {i}", f"EMAIL:p{i}@example.org", f"TEL:+1 415 555 {i % 10000:04d}",
                 "CATEGORIES:Bulk") for i in range(start, start + n)]


def test_a_broken_card_in_a_big_file_is_reported_and_the_rest_imports(
        tmp_path: Path, db_path: Path, children: list[import_parse.ProcessReader]) -> None:
    cards = bulk(600)
    cards[250] = "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nobody\r\nEND:VCARD\r\n"
    cards[400] = card("FN:Odd One", "this line has no colon")
    path = write(tmp_path, "big.vcf", *cards)
    result = importer.run_import([path])
    assert len(children) == 1
    assert result.new_count == 599
    assert [str(e).split(":")[:2] for e in result.rejected] == [[str(path), str(1 + 250 * 7)]]
    assert "no name" in result.rejected[0].reason
    # Card 400 starts 3 lines earlier (card 250 is 4 lines, not 7); its 4th line.
    assert [f"{w.source}:{w.line}" for w in result.warnings] == [f"{path}:{1 + 400 * 7 - 3 + 3}"]
    assert db.execute_sql("SELECT count(*) FROM contact WHERE full_name = 'Person 599'"
                          ).fetchone()[0] == 1
    assert result.batch_id is not None
    importer.undo_import(result.batch_id)  # undone as any import is
    assert db.execute_sql("SELECT count(*) FROM contact WHERE is_me = 0").fetchone()[0] == 0


def test_the_childs_reasons_are_in_the_apps_language(
        tmp_path: Path, db_path: Path, children: list[import_parse.ProcessReader],
        monkeypatch: pytest.MonkeyPatch) -> None:
    def shouting(context: str, source: str, dis: str | None, n: int) -> str:
        return text.english(context, source, dis, n).upper()

    text.set_translator(shouting, lambda n: f"<{n}>")
    try:
        path = write(tmp_path, "a.vcf", *bulk(5),
                     "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nobody\r\nEND:VCARD\r\n")
        result = importer.run_import([path])
    finally:
        text.set_translator(None)
    assert len(children) == 1
    assert result.new_count == 5
    reason = result.rejected[0].reason
    assert reason == reason.upper() and "NO NAME" in reason


def test_a_national_number_takes_the_users_region_in_the_child(
        tmp_path: Path, db_path: Path, children: list[import_parse.ProcessReader]) -> None:
    phones.set_user_region("CH")
    importer.run_import([write(tmp_path, "a.vcf", card("FN:Rolf Meier", "TEL:044 668 18 00"))])
    assert len(children) == 1
    assert db.execute_sql("SELECT e164 FROM phone").fetchone()[0] == "+41446681800"


def test_cancel_ends_the_child_and_rolls_everything_back(
        tmp_path: Path, db_path: Path, children: list[import_parse.ProcessReader]) -> None:
    path = write(tmp_path, "big.vcf", *bulk(20_000))
    before = dump()
    reports: list[int] = []

    def progress(done: int, total: int) -> bool:
        reports.append(done)
        return len(reports) < 3

    with pytest.raises(ImportCancelled):
        importer.run_import([path], progress=progress)
    assert dump() == before
    [reader] = children
    # Ended while it was still reading (terminated, not finished), and reaped: the fixture
    # checks that no process is left.
    assert reader._process.exitcode is not None and reader._process.exitcode < 0


def _import_all(db_file: Path, files: list[Path]) -> tuple[list[dict[str, Any]], list[str],
                                                           list[str], list[str]]:
    open_database(db_file)
    try:
        result = importer.run_import(files)
        return (all_records(), [str(e) for e in result.rejected],
                [str(w) for w in result.warnings], list(result.unreadable))
    finally:
        close_database()


def test_the_real_cards_give_the_same_contacts_through_the_child(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = corpus_files()
    monkeypatch.setattr(import_parse, "PROCESS_BYTES", 1 << 60)
    in_process = _import_all(tmp_path / "thread.sqlite3", files)
    monkeypatch.setattr(import_parse, "PROCESS_BYTES", 0)
    monkeypatch.setattr(background, "free_cores", lambda: 1.0)
    started: list[int] = []
    enter = import_parse.ProcessReader.__enter__

    def recording(self: import_parse.ProcessReader) -> import_parse.ProcessReader:
        reader = enter(self)
        started.append(reader.pid or 0)
        return reader

    monkeypatch.setattr(import_parse.ProcessReader, "__enter__", recording)
    through_child = _import_all(tmp_path / "child.sqlite3", files)
    assert len(started) == 1
    assert len(in_process[0]) > 100
    assert through_child == in_process


def test_preview_through_the_child_says_what_the_import_does(
        tmp_path: Path, db_path: Path, children: list[import_parse.ProcessReader]) -> None:
    path = write(tmp_path, "a.vcf", *bulk(300), *bulk(2))  # the last two again: merges
    preview = importer.preview_import([path])
    assert (preview.new_count, preview.merge_count) == (300, 2)
    result = importer.run_import(preview)
    assert (result.new_count, result.merged_count + result.unchanged_count) == (300, 2)
    assert len(children) == 2


def test_a_crash_of_the_child_is_an_error_not_a_hang(
        tmp_path: Path, db_path: Path, children: list[import_parse.ProcessReader]) -> None:
    path = write(tmp_path, "big.vcf", *bulk(20_000))
    before = dump()

    def progress(done: int, total: int) -> bool:
        if children and children[0].pid is not None and _running(children[0].pid):
            os.kill(children[0].pid, 9)
        return True

    def shouting(context: str, source: str, dis: str | None, n: int) -> str:
        return text.english(context, source, dis, n).upper()

    text.set_translator(shouting)  # the sentence reaches the user: in the app's language
    try:
        with pytest.raises(RuntimeError, match=r"THE IMPORT'S READING PROCESS ENDED "
                                               r"UNEXPECTEDLY \(EXIT CODE -9\)"):
            importer.run_import([path], progress=progress)
    finally:
        text.set_translator(None)
    assert dump() == before


def test_a_small_file_is_read_without_a_child(
        tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: import_parse.ProcessReader) -> import_parse.ProcessReader:
        raise AssertionError("a child process for a small file")

    monkeypatch.setattr(import_parse.ProcessReader, "__enter__", refuse)
    path = write(tmp_path, "a.vcf", *bulk(50))
    assert path.stat().st_size < import_parse.PROCESS_BYTES
    assert importer.run_import([path]).new_count == 50


def test_a_packed_card_arrives_whole_with_its_sort_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """What crosses the pipe: the card and its record as they were, and the sort key the
    child worked out, so the writer does not work it out again (issue 18)."""
    import pickle

    from desktop.services import contact_rows
    from desktop.services.vcard_mapping import card_to_record
    from desktop.vcard import parse_bytes

    parsed = parse_bytes(card("FN:Émile Zoë Åberg", "EMAIL:e@example.org", "TEL:+41 44 668 18 00",
                              "CATEGORIES:Jazz").encode()).cards[0]
    sent = import_parse.Card(3, 7, parsed.uid, card_to_record(parsed))
    got = import_parse._unpack(pickle.loads(pickle.dumps(import_parse._pack(sent))))
    assert got == sent
    calls: list[str] = []
    monkeypatch.setattr(contact_rows, "sort_key", lambda t: calls.append(t) or t)
    assert got.rec.sort_key() == "emile zoe aberg" and calls == []
    got.rec.columns["full_name"] = "Bo"  # a name changed later is keyed again
    assert got.rec.sort_key() == "Bo" and calls == ["Bo"]


def _import_in_a_daemon(db: str, path: str, conn: Any) -> None:
    """A daemonic process's import, as the window's (``import_job``'s child) runs it, on
    a machine with a core free and a file big enough for a reading process."""
    import_parse.PROCESS_BYTES = 0
    background.free_cores = lambda: 2.0  # type: ignore[assignment]
    try:
        open_database(Path(db))
        conn.send(("done", importer.run_import([Path(path)]).new_count))
    except Exception as exc:  # the test reads what went wrong
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        close_database()


def test_a_daemonic_process_reads_its_big_import_in_a_thread(
        tmp_path: Path, db_path: Path) -> None:
    """The window imports a big file in a daemonic child process (``import_job``); that
    child may not start the reading process of its own. With a core free it tried, and
    every import of 2 MB or more from the window failed ("daemonic processes are not
    allowed to have children"); it reads in a thread of that child instead."""
    import multiprocessing

    path = write(tmp_path, "a.vcf", *bulk(300))
    close_database()
    ctx = multiprocessing.get_context("spawn")
    ours, theirs = ctx.Pipe()
    child = ctx.Process(target=_import_in_a_daemon, args=(str(db_path), str(path), theirs),
                        daemon=True)
    child.start()
    try:
        assert ours.poll(60)
        assert ours.recv() == ("done", 300)
    finally:
        child.join(10)
        if child.is_alive():
            child.kill()
    open_database(db_path)
    assert db.execute_sql("SELECT count(*) FROM contact WHERE is_me = 0").fetchone()[0] == 300


@pytest.mark.skipif(not hasattr(__import__("fcntl"), "F_GETPIPE_SZ"),
                    reason="pipe sizes are Linux's")
def test_the_parse_process_has_room_for_batches_while_the_writer_is_busy(
        tmp_path: Path, db_path: Path, children: list[import_parse.ProcessReader]) -> None:
    """The batches' pipe holds about ten (~95 KB each at 100,000 cards): in the default
    64 KB pipe the parse process waited on every batch for the writer's process to read
    it (~1 s of its time at 100,000 cards, issue 18)."""
    import fcntl

    path = write(tmp_path, "big.vcf", *bulk(300))
    sizes: list[int] = []
    receive = import_parse.ProcessReader._receive

    def measuring(self: import_parse.ProcessReader) -> None:
        sizes.append(fcntl.fcntl(self._conn.fileno(), fcntl.F_GETPIPE_SZ))
        receive(self)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(import_parse.ProcessReader, "_receive", measuring)
        result = importer.run_import([path])
    assert result.new_count == 300 and len(children) == 1
    assert sizes and sizes[0] >= import_parse.PIPE_BYTES
