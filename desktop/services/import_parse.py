"""The parse side of an import: files read and their cards turned into records, handed to
the writer a batch at a time through a bounded queue. No Qt.

Two readers with one interface (``open_reader``):

* ``ThreadReader``: a thread of this process. Under the GIL it does not run beside the
  writer, but it costs nothing to start: small files (under ``PROCESS_BYTES``).
* ``ProcessReader``: a child process (started with 'spawn', never fork: the app has
  threads, and the bundle starts its children through ``multiprocessing.freeze_support``),
  so reading and the database's work use two cores at once (issue 18); used when a
  core is free (``background.free_cores``). Cards cross the
  pipe as plain tuples (``_pack``): unpickling a dataclass per card cost the writer twice
  as much. The child's sentences (a rejected card's reason) are worded by this process's
  translator: the child asks for each template once over its own pipe (``_Wording``).
  Cancel, or an error in the writer, terminates the child at once; a child that dies
  unexpectedly is an error of the import (never a hang).

Both read with ``iter_contact_file`` and ``card_to_record`` (``_produce``), so a file gives
the same cards, rejections and warnings through either.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import pickle
import queue
import threading
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Protocol

from desktop import text
from desktop.services import background, phones
from desktop.services.contact_rows import ContactRecord
from desktop.services.vcard_mapping import card_to_record
from desktop.vcard import CardData, CardError, VCardError
from desktop.vcard.files import iter_contact_file

# The parse side hands cards over this many at a time, at most this many batches ahead of
# the writer (bounded memory: ~400 cards in flight, plus one batch being pickled).
CARDS_PER_BATCH = 100
BATCHES_AHEAD = 4
# Inputs at least this big (all files together) are read by a child process: starting it
# (a new interpreter importing the vCard code) costs ~0.3-0.5 s of CPU, which ~2,500 cards
# read beside the writer pay back.
PROCESS_BYTES = 2_000_000
# A child reads on this many batches ahead: the writer takes ~1,000 cards at once, and
# while it waits for the child it indexes what it wrote for search (``items``' *idle*), a
# statement of ~0.3 s at 100,000 cards in which the child reads on (~12,800 cards,
# ~12 MB of packed cards at most, measured on a corpus with a photo on a fifth).
_PROCESS_AHEAD = 128
_WAIT = 0.05  # seconds between looks at the queue (the progress bar's cadence)


class ImportProcessText(text.Translatable):
    """Translation context of why an import's child process failed: the sentence reaches
    the import dialog (worded in the window's language) or the command line (English)."""


@dataclass(slots=True)
class Card:
    """One card as the parse side hands it over: its index among the file's cards, its
    line, the UID it carried, and its record."""

    index: int
    line: int
    uid: str | None
    rec: ContactRecord


@dataclass(slots=True)
class GroupCard:
    """A group card (``CardData.is_group``: Apple's and vCard 4.0's lists of people): not a
    contact; its name becomes a group tag on its members (``importer``). ``members`` are
    the card's MEMBER URIs as written."""

    line: int
    name: str
    members: tuple[str, ...]


@dataclass(slots=True)
class FileEnd:
    """The end of one file: what it rejected, or ``error`` if it could not be read (then
    whatever of it was handed over before does not count)."""

    index: int
    rejected: list[CardError]
    warnings: list[CardError]
    error: str | None = None


@dataclass(slots=True)
class _Crash:
    """The parse side failed (a defect, not bad input): re-raised by ``items``."""

    exc: BaseException


Item = Card | GroupCard | FileEnd | _Crash


class Reader(Protocol):
    sizes: list[int]
    bytes_done: int
    last_end: FileEnd

    def __enter__(self) -> Reader: ...
    def __exit__(self, *exc: object) -> None: ...
    def items(self, tick: Callable[[], None],
              idle: Callable[[], bool] | None = None) -> Iterator[Item]:
        """Every item in order. ``tick`` runs while waiting, so cancel is seen at once;
        ``idle``, when given, runs first whenever no item is ready (the writer's work
        that can wait, done while the parse side reads: True if it did some)."""
    def file_items(self, items: Iterator[Item], fi: int) -> Iterator[Card | GroupCard]: ...


def open_reader(files: Sequence[Path]) -> Reader:
    """The reader for these files: a child process for big inputs when a core is free to
    run it, else a thread."""
    sizes = [_size(p) for p in files]
    if (sum(sizes) >= PROCESS_BYTES and _may_have_children()
            and background.free_cores() >= 1):
        return ProcessReader(files, sizes)
    return ThreadReader(files, sizes)


def _may_have_children() -> bool:
    """Whether this process may start a child: a daemonic process may not (the window's
    import runs in one, ``import_job``; starting the parse process there failed the
    whole import with "daemonic processes are not allowed to have children" whenever a
    core was free). There the reading is a thread of that child, beside its writer."""
    return not multiprocessing.current_process().daemon


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


# --------------------------------------------------------------------------- producing


def _produce(files: Sequence[Path], sizes: Sequence[int],
             put: Callable[[list[Any], int], bool], pack: Callable[[Card], Any]) -> None:
    """Read every file, handing ``put(batch, bytes read)`` lists of packed cards and
    ``FileEnd``s; stops when ``put`` returns False."""
    base = 0
    for fi, path in enumerate(files):
        if not _produce_file(fi, path, base, base + sizes[fi], put, pack):
            return
        base += sizes[fi]


def _produce_file(fi: int, path: Path, base: int, end: int,
                  put: Callable[[list[Any], int], bool], pack: Callable[[Card], Any]) -> bool:
    rejected: list[CardError] = []
    warnings: list[CardError] = []
    batch: list[Any] = []
    done = base
    n = 0

    def on_progress(_cards: int, read: int) -> None:
        nonlocal done
        done = base + read

    try:
        for item in iter_contact_file(path, progress=on_progress, warnings=warnings,
                                      progress_every=CARDS_PER_BATCH):
            if isinstance(item, CardData):
                if item.members is not None:  # a group: no record, no card index
                    batch.append(GroupCard(item.line, item.full_name, item.members))
                    continue
                batch.append(pack(Card(n, item.line, item.uid, card_to_record(item))))
                n += 1
                if len(batch) >= CARDS_PER_BATCH:
                    if not put(batch, done):
                        return False
                    batch = []
            else:
                rejected.append(item)
    except VCardError as exc:
        batch.append(FileEnd(fi, [], [], str(exc)))
        return put(batch, end)
    batch.append(FileEnd(fi, rejected, warnings))
    return put(batch, end)


class _Base:
    """What both readers share: the files, how far the parse side has read over all of
    them (``bytes_done``), and splitting the items by file."""

    last_end: FileEnd

    def __init__(self, files: Sequence[Path], sizes: Sequence[int]) -> None:
        self.files = list(files)
        self.sizes = list(sizes)
        self.bytes_done = 0

    def file_items(self, items: Iterator[Item], fi: int) -> Iterator[Card | GroupCard]:
        """The cards (and group cards) of file *fi*; returns at its end. Its ``FileEnd`` is
        kept in ``last_end``."""
        for item in items:
            if isinstance(item, FileEnd):
                assert item.index == fi
                self.last_end = item
                return
            assert isinstance(item, (Card, GroupCard))
            yield item
        raise RuntimeError("the parse side ended in the middle of a file")


# --------------------------------------------------------------------------- the thread


class ThreadReader(_Base):
    """The parse side as a thread of this process.

    Private state: ``_queue`` holds (batch, bytes read) pairs, at most ``BATCHES_AHEAD``;
    None ends it. ``_stop`` tells the thread to give up (cancel, or an error in the
    writer).
    """

    def __init__(self, files: Sequence[Path], sizes: Sequence[int]) -> None:
        super().__init__(files, sizes)
        self._queue: queue.Queue[tuple[list[Item], int] | None] = queue.Queue(
            maxsize=BATCHES_AHEAD)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rapport-import-parse",
                                        daemon=True)

    def __enter__(self) -> ThreadReader:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the thread (it may be blocked on a full queue) and wait for it."""
        self._stop.set()
        while self._thread.is_alive():
            with contextlib.suppress(queue.Empty):
                self._queue.get(timeout=_WAIT)
        self._thread.join()

    def _put(self, batch: list[Item] | None, done: int = 0) -> bool:
        entry = None if batch is None else (batch, done)
        while not self._stop.is_set():
            try:
                self._queue.put(entry, timeout=_WAIT)
                return True
            except queue.Full:
                continue
        return False

    def _run(self) -> None:
        try:
            _produce(self.files, self.sizes, self._put, lambda card: card)
        except BaseException as exc:  # a defect: the writer re-raises it
            self._put([_Crash(exc)])
        self._put(None)

    def items(self, tick: Callable[[], None],
              idle: Callable[[], bool] | None = None) -> Iterator[Item]:
        while True:
            try:
                entry = self._queue.get_nowait()
            except queue.Empty:
                if idle is not None and idle():
                    continue
                try:
                    entry = self._queue.get(timeout=_WAIT)
                except queue.Empty:
                    tick()
                    continue
            if entry is None:
                return
            batch, self.bytes_done = entry
            for item in batch:
                if isinstance(item, _Crash):
                    raise item.exc
                yield item


# --------------------------------------------------------------------------- the process


def _pack(card: Card) -> tuple[Any, ...]:
    """A card as it crosses the pipe. Its sort key (``ContactRecord.sort_key``, which the
    writer asks for each new card) is worked out here, in the child, which waits on the
    writer: 3-6 us a card of a non-ASCII name the writer no longer spends (issue 18)."""
    r = card.rec
    r.sort_key()
    return (card.index, card.line, card.uid, r.columns, r.emails, r.phones, r.addresses,
            r.urls, r.tags, r.photo, r.extra, r.content_uid, r.tag_categories, r._sort_key)


def _unpack(t: tuple[Any, ...]) -> Card:
    return Card(t[0], t[1], t[2], ContactRecord(
        t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], None, t[11], t[12], t[13]))


# The pipe the parse process writes its batches into, where the system lets it be this big
# (Linux: ``F_SETPIPE_SZ``, at most ``/proc/sys/fs/pipe-max-size``, 1 MB by default). A
# batch is ~95 KB; the default pipe (64 KB) held less than one, so the parse process waited
# on every batch until the writer's receiving thread got the interpreter lock to read it:
# ~1 s of its 5.5-6.5 s at 100,000 cards. With ten batches of room it reads on, and ends
# 4.9-5.1 s in (2026-12-05).
PIPE_BYTES = 1 << 20


def _widen(conn: Connection) -> None:
    """Give *conn*'s pipe ``PIPE_BYTES`` of room where the system allows it (else it
    keeps its own)."""
    try:
        import fcntl

        fcntl.fcntl(conn.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    except (ImportError, AttributeError, OSError):
        pass


class ProcessReader(_Base):
    """The parse side as a child process.

    Private state: ``_queue`` (the child's batches: (items, bytes read) with cards packed
    as tuples, a ``_Crash``, or None at the end; at most ``BATCHES_AHEAD``), ``_process``,
    and ``_wording``, the thread that words the child's sentences in this process's
    language.
    """

    def __init__(self, files: Sequence[Path], sizes: Sequence[int]) -> None:
        super().__init__(files, sizes)
        ctx = multiprocessing.get_context("spawn")
        self._conn, cards = ctx.Pipe(duplex=False)
        _widen(self._conn)
        ours, theirs = ctx.Pipe()
        self._wording = _Wording(ours)
        self._theirs = (cards, theirs)
        self._process = ctx.Process(
            target=_child, args=([str(p) for p in self.files], self.sizes,
                                 phones.user_region(), cards, theirs),
            name="rapport-import-parse", daemon=True)
        self._received: queue.Queue[bytes | None] = queue.Queue(maxsize=_PROCESS_AHEAD)
        self._stop = threading.Event()
        self._receiver = threading.Thread(target=self._receive, daemon=True,
                                          name="rapport-import-receive")

    def __enter__(self) -> ProcessReader:
        self._process.start()
        for end in self._theirs:  # the child's ends: this process keeps only its own
            end.close()
        self._wording.start()
        self._receiver.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def close(self) -> None:
        """End the child (at once if it is still reading: cancel, or the writer failed)
        and let go of its queue and pipe."""
        self._stop.set()
        process = self._process
        if process.is_alive():
            process.terminate()
        process.join(5)
        if process.is_alive():
            process.kill()
            process.join()
        self._receiver.join()  # the pipe ended with the child
        self._conn.close()
        self._wording.stop()

    def items(self, tick: Callable[[], None],
              idle: Callable[[], bool] | None = None) -> Iterator[Item]:
        received = self._received
        while True:
            try:
                data = received.get_nowait()
            except queue.Empty:
                if idle is not None and idle():
                    continue
                try:
                    data = received.get(timeout=_WAIT)
                except queue.Empty:
                    tick()
                    continue
            if data is None:
                self._process.join(1)
                raise RuntimeError(text.fill(ImportProcessText.tr(
                    "the import's reading process ended unexpectedly (exit code %1)"),
                    self._process.exitcode))
            entry = pickle.loads(data)
            if entry is None:
                return
            if isinstance(entry, _Crash):
                raise entry.exc
            batch, self.bytes_done = entry
            for item in batch:
                yield _unpack(item) if type(item) is tuple else item

    def _receive(self) -> None:
        """The receiving thread: the child's batches, as they come, into ``_received``
        (None when the pipe ends), so the child reads on while the writer is busy with a
        chunk (~1,000 cards)."""
        conn = self._conn
        received = self._received
        while not self._stop.is_set():
            try:
                data: bytes | None = conn.recv_bytes()
            except (EOFError, OSError):
                data = None
            while not self._stop.is_set():
                try:
                    received.put(data, timeout=_WAIT)
                    break
                except queue.Full:
                    continue
            if data is None:
                return


def word_by_parent(wording: Connection) -> None:
    """In a child process: have the parent's translator (``_Wording`` at the other end of
    *wording*) word this process's sentences, each distinct one asked once. Threads of the
    child may ask at once (an import child's own parse child words through it too)."""
    asked: dict[tuple[Any, ...], str] = {}
    lock = threading.Lock()

    def ask(key: tuple[Any, ...]) -> str:
        with lock:
            found = asked.get(key)
            if found is None:
                wording.send(key)
                found = asked[key] = wording.recv()
            return found

    text.set_translator(lambda ctx, source, dis, n: ask(("tr", ctx, source, dis, n)),
                        lambda n: ask(("number", n)))


def _child(files: list[str], sizes: list[int], region: str, out: Connection,
           wording: Connection) -> None:
    """The child process: read the files into ``out``. Numbers written without a country
    code are placed in the parent's user region; its sentences are worded by the parent
    (``_Wording``); no cyclic GC, as in the parent while it imports (the cards are
    acyclic)."""
    gc.disable()
    phones.set_user_region(region)
    word_by_parent(wording)

    def put(batch: list[Any] | None, done: int = 0) -> bool:
        # Blocks while the pipe is full: the child stays a batch or two ahead of the
        # writer (bounded memory).
        out.send_bytes(pickle.dumps(None if batch is None else (batch, done),
                                    pickle.HIGHEST_PROTOCOL))
        return True

    try:
        _produce([Path(f) for f in files], sizes, put, _pack)
    except BaseException as exc:  # a defect: the parent re-raises it
        try:
            pickle.dumps(exc)
        except Exception:
            exc = RuntimeError("".join(traceback.format_exception(exc)))
        out.send_bytes(pickle.dumps(_Crash(exc)))
    put(None)
    out.close()


class _Wording(threading.Thread):
    """Words the child's sentences with this process's translator and number format (the
    window's language; the command line's English), as ``Translatable.tr`` would here.

    Private state: ``_conn``, this end of the pipe; ``_contexts``, a ``Translatable``
    class per context name asked for."""

    def __init__(self, conn: Connection) -> None:
        super().__init__(name="rapport-import-wording", daemon=True)
        self._conn = conn
        self._contexts: dict[str, type[text.Translatable]] = {}

    def run(self) -> None:
        conn = self._conn
        with contextlib.suppress(EOFError, OSError):
            while True:
                key = conn.recv()
                conn.send(self._word(key))

    def _word(self, key: tuple[Any, ...]) -> str:
        if key[0] == "number":
            return text.number(key[1])
        _tr, ctx, source, dis, n = key
        context = self._contexts.get(ctx)
        if context is None:  # the class name is the translation context
            context = self._contexts[ctx] = type(ctx, (text.Translatable,), {})
        return context.tr(source, dis or "", n)

    def stop(self) -> None:
        """The child has ended (its end of the pipe with it): the thread sees the pipe's
        end and returns."""
        if self.is_alive():
            self.join(1)
        self._conn.close()
