"""An import, or its preview, run by a child process when the input is big (issue 18).

The window's import ran in a thread of the window's process: reading, matching and writing
10,000 cards is Python work that shares the interpreter lock with the UI thread, which then
waited for it between any two of its own Python calls (a list repaint calls Python for
every cell): stalls of 0.2-1.1 s, with the UI thread itself busy for under 0.1 s of them.
The match index over the whole address book (200 MB at 300,000 contacts) lived in the
window's process too. A child process ('spawn', never fork: the app has threads) runs the
same ``importer`` functions on its own connection to the database file; the window's
thread only waits on a pipe for progress and the result. Cancel asks the child to stop (its
transaction rolls back, as in-process); a child that dies is an error of the import (SQLite
drops what it had not committed), never a hang.

Small inputs (under ``import_parse.PROCESS_BYTES``), and a database that is not a file,
are imported in-process as before: the child's start-up (~0.3 s of CPU) would be most of
their time.

What crosses between the processes is kept small and in pieces, because unpickling and
pickling in the window's worker hold the interpreter lock the UI thread needs (issue 18:
a 10,000-card preview arrived as one object, ~0.1 s of unpickling one dataclass at a time,
and was pickled whole again, ~40 ms, to start the import's child, which reads the files
again and needs only their paths and stamps). The preview's cards come as plain tuples,
``CARDS_PER_MESSAGE`` a message (well under a millisecond to unpickle; the worker waits on
the pipe between two); the import's child gets the files' paths, stamps and errors and the
choices. The child's sentences (a rejected card's reason) are worded by this process's
translator (``import_parse``'s wording pipe) and numbers written without a country code
are placed in this process's user region, so either way the user reads the same thing.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import operator
import pickle
import threading
import time
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import fields
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from desktop import text
from desktop.models.database import database_path
from desktop.services import importer, phones
from desktop.services.import_parse import (
    PROCESS_BYTES,
    ImportProcessText,
    _Wording,
    word_by_parent,
)
from desktop.services.importer import (
    CardKey,
    ImportPreview,
    ImportResult,
    Policy,
    PreviewCard,
    PreviewFile,
    Progress,
)

# The preview's cards cross from the child this many at a time, each a plain tuple of the
# card's fields (``_card_row``): a message is unpickled in ~0.2 ms, where the whole
# preview as dataclasses held the interpreter lock for ~0.1 s at 10,000 cards.
CARDS_PER_MESSAGE = 250
_card_row = operator.attrgetter(*(f.name for f in fields(PreviewCard)))
_WAIT = 0.05  # seconds between looks at the pipe (cancel is seen within this)
_STOP_WAIT = 10.0  # seconds a cancelled child has to roll back before it is terminated


def preview_import(paths: Sequence[Path | str], progress: Progress | None = None
                   ) -> ImportPreview:
    """``importer.preview_import``, in a child process for a big input."""
    if not _in_child([Path(p) for p in paths]):
        return importer.preview_import(paths, progress)
    cards: dict[int, list[PreviewCard]] = {}

    def take(fi: int, rows: list[tuple[Any, ...]]) -> None:
        cards.setdefault(fi, []).extend([PreviewCard(*row) for row in rows])

    result = _run_child("preview", ([str(p) for p in paths],), progress, take)
    assert isinstance(result, ImportPreview)
    return ImportPreview(tuple(f if fi not in cards else _with_cards(f, tuple(cards[fi]))
                               for fi, f in enumerate(result.files)))


def run_import(preview: ImportPreview, policies: Mapping[CardKey, Policy],
               progress: Progress | None = None) -> ImportResult:
    """``importer.run_import`` of a preview's files, in a child process for a big input."""
    if not _in_child([Path(f.path) for f in preview.files]):
        return importer.run_import(preview, policies, progress=progress)
    # The child reads the files again: their paths, stamps and errors are all it needs.
    files = ImportPreview(tuple(PreviewFile(f.path, error=f.error, stamp=f.stamp)
                                for f in preview.files))
    result = _run_child("import", (files, dict(policies)), progress)
    assert isinstance(result, ImportResult)
    return result


def _in_child(files: Sequence[Path]) -> bool:
    if database_path() is None:  # an in-memory database: no other process can reach it
        return False
    size = 0
    for path in files:
        with contextlib.suppress(OSError):
            size += path.stat().st_size
    return size >= PROCESS_BYTES


def _with_cards(f: PreviewFile, cards: tuple[PreviewCard, ...]) -> PreviewFile:
    return PreviewFile(f.path, cards, f.rejected, f.warnings, f.error, f.stamp)


def _run_child(job: str, args: tuple[Any, ...], progress: Progress | None,
               take_cards: Callable[[int, list[tuple[Any, ...]]], None] | None = None
               ) -> object:
    """Run *job* in a child and wait for its result (on a worker thread: the waiting
    releases the interpreter lock). A preview's cards come before it, a piece at a time,
    to *take_cards* (file index, rows). The child's exceptions are raised here."""
    path = database_path()
    assert path is not None
    ctx = multiprocessing.get_context("spawn")
    ours, theirs = ctx.Pipe()
    word_ours, word_theirs = ctx.Pipe()
    wording = _Wording(word_ours)
    process = ctx.Process(target=_child, name="rapport-import",
                          args=(job, args, str(path), phones.user_region(), theirs,
                                word_theirs), daemon=True)
    process.start()
    theirs.close()  # the child's ends: this process keeps only its own
    word_theirs.close()
    wording.start()
    last: tuple[int, int] | None = None
    cancelled_at: float | None = None
    done = False
    try:
        while True:
            if not ours.poll(_WAIT):
                if cancelled_at is None and progress is not None \
                        and progress(*(last or (0, 1))) is False:  # Cancel between reports
                    cancelled_at = _cancel(ours)
                if cancelled_at is not None and _elapsed(cancelled_at) > _STOP_WAIT:
                    raise importer.ImportCancelled("import cancelled")
                continue
            try:
                message = ours.recv()
            except (EOFError, OSError):  # the child is gone without a word
                process.join(1)
                raise RuntimeError(text.fill(ImportProcessText.tr(
                    "the import process ended unexpectedly (exit code %1)"),
                    process.exitcode)) from None
            kind = message[0]
            if kind == "progress":
                last = (message[1], message[2])
                if cancelled_at is None and progress is not None \
                        and progress(*last) is False:
                    cancelled_at = _cancel(ours)
            elif kind == "cards":
                assert take_cards is not None
                take_cards(message[1], message[2])
            elif kind == "done":
                done = True
                return message[1]
            else:  # "error"
                raise message[1]
    finally:
        if done:  # the child still copies its WAL into the book: never stopped for that
            ours.close()
            threading.Thread(target=_end, args=(process, wording), name="rapport-import-end",
                             daemon=True).start()
        else:
            _stop(process, cancelled_at)
            ours.close()
            wording.stop()


def _end(process: BaseProcess, wording: _Wording) -> None:
    """Wait for a child that told its result to end (it closes the database)."""
    process.join()
    wording.stop()


def _stop(process: BaseProcess, cancelled_at: float | None) -> None:
    """End a child that did not finish: a cancelled one is given time to roll back."""
    if process.is_alive():
        if cancelled_at is None:
            process.terminate()  # an error on this side: the child has no one to tell
        process.join(_STOP_WAIT)
    if process.is_alive():
        process.kill()
    process.join()


def _cancel(conn: Connection) -> float:
    with contextlib.suppress(OSError):
        conn.send(("cancel",))
    return time.monotonic()


def _elapsed(since: float) -> float:
    return time.monotonic() - since


def _child(job: str, args: tuple[Any, ...], db_path: str, region: str, conn: Connection,
           wording: Connection) -> None:
    """The child process: open the database, run *job*, send its result (or exception).
    Progress goes to the parent; a "cancel" from it makes the next progress call say stop,
    so the import rolls back as it does in-process."""
    from desktop.models.database import close_database, open_database

    phones.set_user_region(region)
    word_by_parent(wording)
    stop = False

    def progress(done: int, total: int) -> bool:
        nonlocal stop
        if not stop and conn.poll():
            stop = conn.recv()[0] == "cancel"
        if stop:
            return False
        conn.send(("progress", done, total))
        return True

    try:
        open_database(db_path)
        if job == "preview":
            preview = importer.preview_import(args[0], progress)
            for fi, f in enumerate(preview.files):
                for start in range(0, len(f.cards), CARDS_PER_MESSAGE):
                    conn.send(("cards", fi, [_card_row(c) for c in
                                             f.cards[start : start + CARDS_PER_MESSAGE]]))
            result: object = ImportPreview(tuple(_with_cards(f, ()) for f in preview.files))
        else:
            result = importer.run_import(args[0], args[1], progress=progress)
        message: tuple[Any, ...] = ("done", result)
    except BaseException as exc:  # the parent raises it (a defect: with its traceback)
        try:
            pickle.dumps(exc)
        except Exception:
            exc = RuntimeError("".join(traceback.format_exception(exc)))
        message = ("error", exc)
    try:
        conn.send(message)  # told before the close copies the import's WAL into the book
        conn.close()
    finally:
        close_database()
