"""vCard import: preview (what an import would do, writing nothing), run (one transaction,
one savepoint per file, cancellable), undo, and the last batch. No Qt.

One pipeline for the window and the command line (issue 11): both read the files as a
stream, the preview and the import alike. The parse side (``import_parse``: a child process
for big inputs, a thread for small ones) reads each file a few MB at a time
(``iter_contact_file``: vCards, or a LinkedIn/Google/Outlook CSV export) and turns its cards
into records (``card_to_record``, phone numbers placed in their country); it hands them, a
hundred at a time, through a bounded queue to the thread that matches them and writes
them. So parsing runs on another core beside the database's work (issue 18), and memory
holds a piece of the file, a few batches of cards, one chunk of cards waiting to be
written and the match index -- never a whole file or all its cards.

Which card is which contact: ``matching`` (same UID, same e-mail, or same name and phone
number with nothing that contradicts; never a phone number alone). Every lookup is a
dictionary, so an import takes linear time whatever it holds (issue 18), and 8,000 cards
with one UID merge in linear time too (issue 13: ``merge_record`` keeps its comparison keys).

An import expected to make more contacts than the book holds (and at least
``BULK_CARDS``) is written in bulk from the chunk that tells it (``Writer.begin_bulk``):
the book's secondary indexes that no statement of the import reads are dropped and made
again at its end, and its new contacts are indexed for search there, in the import's
transaction (issue 18: at 100,000 cards into an empty book, 3.5 s of index inserts and
4.2-4.6 s of search index become ~1.7 s and ~2.7 s).

Every write goes through ``import_writes`` to the contact store (issue 11): the import is
one change set of the store's history -- its new contacts are the batch's, what it merged
into existing contacts is recorded field by field -- and that is how it is undone and redone
(``undo_import``, ``history.undo``), off the UI thread.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from desktop.models import checkpoint_after, db
from desktop.services import groups, store
from desktop.services.errors import ServiceError
from desktop.services.history import HistoryLabel
from desktop.services.import_parse import Card, GroupCard, open_reader
from desktop.services.import_writes import Writer
from desktop.services.matching import MatchIndex, MatchText, Slot, record_details
from desktop.services.types import Changes, ContactId
from desktop.services.vcard_mapping import (
    ContactRecord,
    load_records,
    merge_record,
)
from desktop.text import Phrase, Translatable, fill
from desktop.vcard import CardError


class ImportText(Translatable):
    """Translation context of imports: the result's summary, why a card matches."""


__all__ = [
    "Action",
    "BatchInfo",
    "CardKey",
    "ImportCancelled",
    "ImportPreview",
    "ImportResult",
    "Policy",
    "PreviewCard",
    "PreviewFile",
    "batch_json",
    "last_batch",
    "mark_batch_undone",
    "preview_import",
    "run_import",
    "undo_import",
]

Progress = Callable[[int, int], bool]
CardKey = tuple[int, int]  # (file index, index of the card among the file's cards)

_PROGRESS_SECONDS = 0.05  # report at least this often (the UI asks for ≤ 100 ms)
# Cards matched, then written together and let go of (issue 7: bounded memory). Big enough
# that executemany stays efficient, small enough that a chunk with photos is a few MB.
_CARDS_PER_WRITE = 1000
# An import written in bulk (``Writer.begin_bulk``: the book's indexes and the search
# index made once at its end) when it is expected to make at least this many contacts and
# more than the book holds: building an index over the whole book then costs less than
# inserting into it card by card (issue 18).
BULK_CARDS = 5000
# The share of an import's progress bar its bulk end takes (indexes, search index: ~5 s of
# a ~30 s import of 100,000 cards).
_BULK_END_SHARE = 0.15


class ImportCancelled(Exception):
    """The progress callback returned False; everything this import wrote was rolled back."""


class Policy(Enum):
    """What to do with a card that matches an existing contact (or, for SKIP, with any)."""

    MERGE = "merge"
    KEEP_BOTH = "keep_both"
    SKIP = "skip"


class Action(Enum):
    NEW = "new"
    MERGE = "merge"


@dataclass(frozen=True, slots=True)
class PreviewCard:
    """One card of the preview and what a merge-policy import would do with it.

    ``match_id`` is the existing contact it would merge into; None with ``action`` MERGE
    means it merges into a card earlier in the same import (``match_name`` names it either
    way). ``reason`` says which rule matched; ``note``, for a new card, which contact it
    shares a phone number with and why the rules keep them apart (Find Duplicates lists
    the pair).
    """

    key: CardKey
    source: str
    line: int
    display_name: str
    action: Action
    match_id: ContactId | None = None
    match_name: str = ""
    reason: str = ""
    note: str = ""


@dataclass(frozen=True)
class PreviewFile:
    """One input: its cards, the cards it rejected, and ``error`` (one line) if it could not
    be read at all (then it has no cards). ``stamp`` (size, modification time) is what the
    file was when read: the import refuses a file that changed since."""

    path: str
    cards: tuple[PreviewCard, ...] = ()
    rejected: tuple[CardError, ...] = ()
    warnings: tuple[CardError, ...] = ()
    error: str | None = None
    stamp: tuple[int, int] | None = None


@dataclass(frozen=True)
class ImportPreview:
    files: tuple[PreviewFile, ...]

    @property
    def cards(self) -> tuple[PreviewCard, ...]:
        return tuple(c for f in self.files for c in f.cards)

    @property
    def new_count(self) -> int:
        return sum(1 for f in self.files for c in f.cards if c.action is Action.NEW)

    @property
    def merge_count(self) -> int:
        return sum(1 for f in self.files for c in f.cards if c.action is Action.MERGE)

    @property
    def rejected(self) -> tuple[CardError, ...]:
        return tuple(e for f in self.files for e in f.rejected)

    @property
    def rejected_count(self) -> int:
        return len(self.rejected)

    @property
    def unreadable(self) -> tuple[str, ...]:
        """One line per input that could not be read or held no vCard."""
        return tuple(f.error for f in self.files if f.error)


@dataclass(frozen=True)
class ImportResult:
    """``batch_id`` is None when the import changed nothing (no batch is recorded then).
    ``changes.change_sets`` holds the import's change set (``history.undo`` takes it
    back)."""

    batch_id: int | None
    new_count: int
    merged_count: int  # matched and something was added
    unchanged_count: int  # matched, nothing to add
    skipped_count: int
    rejected: tuple[CardError, ...]
    unreadable: tuple[str, ...]
    files_read: int
    new_ids: tuple[ContactId, ...]
    merged_ids: tuple[ContactId, ...]
    changes: Changes
    # Contacts a card matched with nothing to add: part of the batch all the same (the
    # preview's "tag everyone with…" reaches them too, issue 15).
    matched_ids: tuple[ContactId, ...] = ()
    # Lines dropped or shortened in cards that were kept (over a size limit, no colon...),
    # each ``FILE:LINE: reason`` (issue 13: reported, the rest of the card imported).
    warnings: tuple[CardError, ...] = ()
    # Group cards (``GroupCard``) whose name became a tag on at least one of their members.
    groups_count: int = 0

    @property
    def rejected_count(self) -> int:
        return len(self.rejected)

    def summary(self) -> str:
        files = self.files_read + len(self.unreadable)
        text = fill(ImportText.tr("imported %1 new, merged %2, rejected %3 from %n file(s)",
                                  "", files),
                    self.new_count, self.merged_count, self.rejected_count)
        notes = []
        if self.unchanged_count:
            notes.append(fill(ImportText.tr("%1 unchanged"), self.unchanged_count))
        if self.skipped_count:
            notes.append(fill(ImportText.tr("%1 skipped"), self.skipped_count))
        if self.groups_count:
            notes.append(ImportText.tr("%n group(s) as tags", "", self.groups_count))
        if self.unreadable:
            notes.append(fill(ImportText.tr("%1 unreadable"), len(self.unreadable)))
        return fill(ImportText.tr("%1 (%2)", "a summary and its notes"), text,
                    ", ".join(notes)) if notes else text


@dataclass(frozen=True)
class BatchInfo:
    id: int
    source: str
    imported_at: dt.datetime
    new_count: int
    merged_count: int
    rejected_count: int
    undone: bool
    contact_count: int


# --------------------------------------------------------------------------- progress


class _Ticker:
    """Calls the user's progress at most every 50 ms (and always at the end)."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress = progress
        self.total = max(total, 1)
        self.last = time.perf_counter()

    def __call__(self, done: int, force: bool = False) -> None:
        if self.progress is None:
            return
        now = time.perf_counter()
        if force or now - self.last >= _PROGRESS_SECONDS:
            self.last = now
            if self.progress(min(done, self.total), self.total) is False:
                raise ImportCancelled("import cancelled")


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic GC while tens of thousands of acyclic objects are built: a full collection
    over them takes 100-200 ms, long enough to stall the progress bar (and it saves time)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


# --------------------------------------------------------------------------- matching


class _Session:
    """What one preview or import knows while it reads: the match index (the database's
    contacts and the cards taken so far: identifiers only, small), and for an import the
    cards waiting to be written.

    ``pending`` are new cards taken and not yet written, ``merges`` cards waiting to be
    merged into contacts that exist (by contact id). ``flush`` writes both (through
    ``writer``, the store's change set of this import) and forgets the cards -- memory
    never holds more than ``_CARDS_PER_WRITE`` of them.
    """

    def __init__(self, beat: Callable[[], None], writer: Writer | None,
                 read: Callable[[], float] | None = None,
                 on_bulk: Callable[[], None] | None = None) -> None:
        self.beat = beat
        self.writer = writer
        # The share of the input read so far (0-1), to tell a big import early; what to
        # call when the import goes bulk.
        self.read = read
        self.on_bulk = on_bulk
        self.index = MatchIndex.from_database(beat)
        self.book = len(self.index.db_slots)  # contacts the book had (the user aside)
        self.pending: list[tuple[Slot, ContactRecord]] = []
        self.merges: dict[int, list[ContactRecord]] = {}
        # Contacts this file already wrote and merges into again, held merged and written
        # once at the file's end: written again at every chunk, each write re-read and
        # re-recorded the whole grown lists (8,000 cards with one UID: quadratic).
        self.again: dict[int, ContactRecord] = {}
        self.held = 0
        self.taken = 0
        self.new_ids: list[int] = []
        self.created: set[int] = set()
        self.merged_ids: list[int] = []
        self.matched_ids: list[int] = []  # matched, nothing to add
        self.counts = {"merged": 0, "unchanged": 0, "skipped": 0}
        # Group cards read, with their file (tagged at the import's end: ``_tag_groups``),
        # and the contacts that got a group's tag.
        self.groups: list[tuple[str, GroupCard]] = []
        self.grouped_ids: list[int] = []
        self.groups_tagged = 0

    def new_slot(self, card: Card, fi: int, source: str, keep: bool) -> Slot:
        """A slot for a new card; it keeps the record (``keep``: until it is written) or,
        for a preview, what rule 3 compares (the record is not kept)."""
        rec = card.rec
        slot = Slot(None, rec.sort_key(), rec if keep else None, rec.display_name, source,
                    card.line, fi, card.uid)
        if not keep:
            slot.given, slot.org, slot.birthday, slot.has_email = record_details(rec)
        return slot

    def name_of(self, slot: Slot) -> str:
        if not slot.name and slot.contact_id is not None:
            row = db.execute_sql("SELECT full_name, organization FROM contact WHERE id = ?",
                                 (slot.contact_id,)).fetchone()
            slot.name = (row[0] or row[1] or "") if row else ""
        return slot.name

    # --- preview ----------------------------------------------------------------------

    def preview(self, card: Card, fi: int, source: str) -> PreviewCard:
        rec = card.rec
        index = self.index
        found = index.match(rec, fi)
        if found is None:
            near = index.near_miss(rec)
            index.add(rec, self.new_slot(card, fi, source, keep=False))
            note = ""
            if near is not None:
                note = fill(MatchText.tr("shares %1 with %2; not merged: %3"), near.number,
                            self.name_of(near.slot) or MatchText.tr("a contact"), near.why)
            return PreviewCard((fi, card.index), source, card.line, rec.display_name,
                               Action.NEW, note=note)
        slot = found.slot
        reason = found.reason
        if slot.contact_id is None:
            reason = fill(MatchText.tr("%1 as the card at %2"), reason, slot.origin)
        index.add(rec, slot)
        return PreviewCard((fi, card.index), source, card.line, rec.display_name, Action.MERGE,
                           ContactId(slot.contact_id) if slot.contact_id is not None else None,
                           self.name_of(slot), reason)

    # --- import -----------------------------------------------------------------------

    def take(self, card: Card, fi: int, source: str, policy: Policy) -> None:
        """Match one card and queue what to do with it; writes every ``_CARDS_PER_WRITE``."""
        if policy is Policy.SKIP:
            self.counts["skipped"] += 1
            return
        self.taken += 1
        index = self.index
        rec = card.rec
        found = index.match(rec, fi) if policy is Policy.MERGE else None
        if found is None:
            if policy is Policy.KEEP_BOTH and index.match(rec, fi) is not None:
                # Kept beside the contact it matches: a UID of its own, or the two would
                # merge on the next import of an export.
                rec.columns["uid"] = None
                rec.content_uid = None
            slot = self.new_slot(card, fi, source, keep=True)
            self.pending.append((slot, rec))
            index.add(rec, slot)
        elif found.slot.contact_id is None:
            # The same person twice in this import, not yet written: fold into the card
            # taken first.
            slot = found.slot
            assert slot.record is not None
            self.counts["merged" if merge_record(slot.record, rec) else "unchanged"] += 1
            index.add(rec, slot)
        else:
            self.merges.setdefault(found.slot.contact_id, []).append(rec)
            index.add(rec, found.slot)
        self.held += 1
        if self.held >= _CARDS_PER_WRITE:
            self.flush()

    def flush(self, *, last: bool = False) -> None:
        """Write the cards taken since the last flush and let go of them (*last*: the
        file's end, the contacts merged into again are written too)."""
        writer = self.writer
        assert writer is not None
        index = self.index
        if not writer.bulk and self._big():
            writer.begin_bulk()
            if self.on_bulk is not None:
                self.on_bulk()
        file_new = writer.insert_new([rec for _slot, rec in self.pending], self.beat)
        self.new_ids.extend(file_new)
        self.created.update(file_new)
        for slot, rec in self.pending:
            # Later cards merge into it as a contact, loaded back from the database; what
            # rule 3 compares is taken now, while the record is at hand (folded when a
            # card asks: ``MatchIndex.details``).
            if slot.given is None:
                c = rec.columns
                slot.raw = (c.get("given_name"), c.get("organization"), c.get("birthday"))
                slot.has_email = bool(slot.has_email) or bool(rec.emails)
            slot.contact_id = rec.contact_id
            slot.record = None
            index.db_slots[int(slot.contact_id or 0)] = slot
        if self.merges:
            self._merge_into_database()
        if last and self.again:
            writer.apply_merges(list(self.again.values()), self.beat)
            self.again = {}
        # The search index of what this chunk wrote, now: the database does it while the
        # parse side reads on (issue 18).
        writer.reindex(self.beat)
        self.pending = []
        self.merges = {}
        self.held = 0

    def _big(self) -> bool:
        """Whether this import is expected to make at least ``BULK_CARDS`` contacts and
        more than the book had: the new contacts so far, over the share of the input read
        (the parse side reads ahead of the cards taken, so this errs low)."""
        new = len(self.new_ids) + len(self.pending)
        share = self.read() if self.read is not None else 0.0
        if new == 0 or share <= 0:
            return False
        expected = new / min(share, 1.0)
        return expected >= BULK_CARDS and expected > self.book

    def _merge_into_database(self) -> None:
        """Merge cards into contacts already in the database (loaded in bulk) and let the
        store write what the merges added (recorded field by field: how the import is
        undone). A contact this import already wrote that is merged into again is held merged
        in ``again`` and written once more at the file's end, its history rows after the
        first's."""
        writer = self.writer
        assert writer is not None
        need = [cid for cid in self.merges if cid not in self.again]
        loaded: dict[int, ContactRecord] = dict(self.again)
        for start in range(0, len(need), 300):  # ~300 contacts is well under 100 ms
            loaded.update(load_records(need[start : start + 300]))
            self.beat()
        already = set(self.merged_ids)
        targets: list[ContactRecord] = []
        for n, (cid, incoming) in enumerate(self.merges.items()):
            if n % 64 == 0:
                self.beat()
            target = loaded.get(cid)
            if target is None:
                continue
            changed = False
            for rec in incoming:
                diff = merge_record(target, rec)
                self.counts["merged" if diff else "unchanged"] += 1
                changed = changed or bool(diff)
            if not changed:
                if cid not in self.created:
                    self.matched_ids.append(cid)
                continue
            if cid in self.again or cid in self.created or cid in already:
                self.again[cid] = target  # written at the file's end
            else:
                targets.append(target)
            if cid not in self.created and cid not in already:
                self.merged_ids.append(cid)
                already.add(cid)
        writer.apply_merges(targets, self.beat)

    def mark(self) -> _Mark:
        return _Mark(self.taken, len(self.new_ids), len(self.merged_ids), dict(self.counts),
                     len(self.matched_ids), len(self.groups))

    def took_since(self, mark: _Mark) -> bool:
        return (self.taken > mark.taken or self.counts["skipped"] > mark.counts["skipped"]
                or len(self.groups) > mark.groups)

    def rewind(self, mark: _Mark) -> None:
        """Forget a file whose savepoint was rolled back: what it wrote is gone (the store's
        rows, their history and the ids it allocated), so are the index entries it added
        (the index is read again from the database)."""
        self.pending = []
        self.merges = {}
        self.again = {}
        self.held = 0
        self.taken = mark.taken
        del self.new_ids[mark.new:]
        del self.merged_ids[mark.merged:]
        del self.matched_ids[mark.matched:]
        del self.groups[mark.groups:]
        self.created = set(self.new_ids)
        self.counts = dict(mark.counts)
        self.index = MatchIndex.from_database(self.beat)


@dataclass(frozen=True)
class _Mark:
    """Where a ``_Session`` stood before a file, to forget the file if it fails half-way."""

    taken: int
    new: int
    merged: int
    counts: dict[str, int]
    matched: int
    groups: int


# --------------------------------------------------------------------------- preview


def preview_import(paths: Sequence[Path | str], progress: Progress | None = None
                   ) -> ImportPreview:
    """Read every file and say what a merge-policy import would do with each card.

    Writes nothing. Unreadable files are reported (``PreviewFile.error``), not raised;
    ``progress(done, total)`` counts bytes read and may return False to cancel
    (``ImportCancelled``). The cards themselves are not kept: ``run_import`` reads the
    files again, through the same pipeline.
    """
    with _gc_paused():
        return _preview(paths, progress)


def _preview(paths: Sequence[Path | str], progress: Progress | None) -> ImportPreview:
    files = [Path(p) for p in paths]
    stamps = [_stamp(p) for p in files]
    out: list[PreviewFile] = []
    with open_reader(files) as reader:
        ticker = _Ticker(progress, sum(reader.sizes))

        def tick() -> None:
            ticker(reader.bytes_done)

        session = _Session(tick, None)
        items = reader.items(tick)
        for fi, path in enumerate(files):
            source = str(path)
            cards: list[PreviewCard] = []
            for n, card in enumerate(reader.file_items(items, fi)):
                if n % 64 == 0:
                    tick()
                if isinstance(card, GroupCard):  # not a contact: a note, at the end
                    session.groups.append((source, card))
                    continue
                cards.append(session.preview(card, fi, source))
            end = reader.last_end
            if end.error is not None:
                # An unreadable file contributes nothing (as its import would not); the
                # cards it did give are in the index, which only makes later previews of
                # the same people say "merge" where the import says "new" -- never worse.
                out.append(PreviewFile(source, error=end.error, stamp=stamps[fi]))
            else:
                out.append(PreviewFile(source, tuple(cards), tuple(end.rejected),
                                       tuple(end.warnings), stamp=stamps[fi]))
        ticker(ticker.total, force=True)
    if session.groups:
        out = _group_notes(session, out)
    return ImportPreview(tuple(out))


def _group_notes(session: _Session, files: list[PreviewFile]) -> list[PreviewFile]:
    """The preview's note on each group card with members it will not find (the import
    says the same): among the cards previewed, all of them, and in the book."""
    notes: dict[str, list[CardError]] = {}
    for source, group in session.groups:
        missing = sum(1 for uri in group.members
                      if groups.member_slot(session.index, uri) is None)
        if missing:
            notes.setdefault(source, []).append(_missing_note(source, group, missing))
    return [replace(f, warnings=(*f.warnings, *notes[f.path]))
            if f.path in notes and f.error is None else f for f in files]


def _missing_note(source: str, group: GroupCard, missing: int) -> CardError:
    return CardError(source, group.line,
                     groups.missing_text(group.name, len(group.members), missing))


# --------------------------------------------------------------------------- run


def run_import(
    source: ImportPreview | Sequence[Path | str],
    policies: Mapping[CardKey, Policy] | None = None,
    default: Policy = Policy.MERGE,
    progress: Progress | None = None,
) -> ImportResult:
    """Import vCard files (or the files of a preview) into the database.

    ``policies`` chooses per card (keys of the preview) what to do when it matches a contact:
    merge (default), keep both, or skip; SKIP on an unmatched card leaves it out. Matching is
    done again here, against the database as it is now. A preview's files are read again
    (the same streaming pipeline as for paths); one that changed since the preview is
    refused (``ServiceError``), since the choices were made for what it held then.
    Everything is one transaction with one savepoint per file (all or nothing per file);
    ``progress(done, total)`` is called at least every 100 ms and returning False rolls
    everything back (``ImportCancelled``). The commit leaves its WAL to be copied into
    the book when the database is closed (``checkpoint_after``), after the result is told.
    """
    if isinstance(source, ImportPreview):
        for f in source.files:
            if f.error is None and f.stamp is not None and _stamp(Path(f.path)) != f.stamp:
                raise ServiceError(fill(ImportText.tr(
                    "%1: the file changed after it was read; import it again"), f.path))
        files = [Path(f.path) for f in source.files]
    else:
        files = [Path(p) for p in source]
    with _gc_paused():
        return _run(files, policies or {}, default, progress)


def _run(files: list[Path], policies: Mapping[CardKey, Policy], default: Policy,
         progress: Progress | None) -> ImportResult:
    """Read, match and write each file as a stream. Progress counts bytes read (the last
    step, the commit, is the one after them)."""
    rejected: list[CardError] = []
    warnings: list[CardError] = []
    unreadable: list[str] = []
    files_read = 0
    read_from: list[str] = []
    with open_reader(files) as reader, checkpoint_after(), db.atomic("IMMEDIATE"):
        read_total = max(sum(reader.sizes), 1)
        ticker = _Ticker(progress, read_total + 1)

        def tick() -> None:
            ticker(reader.bytes_done)

        db.execute_sql("INSERT INTO import_batch (source, imported_at) VALUES (?, ?)",
                       (_batch_source([str(p) for p in files]), store.now_text()))
        batch_id = int(db.execute_sql("SELECT last_insert_rowid()").fetchone()[0])
        def grow() -> None:  # the bulk end is part of the bar
            ticker.total = read_total + int(read_total * _BULK_END_SHARE) + 1

        session = _Session(tick, Writer(batch_id), lambda: reader.bytes_done / read_total,
                           grow)
        writer = session.writer
        assert writer is not None
        # While the parse side has nothing ready, the writer indexes what it wrote.
        items = reader.items(tick, lambda: writer.index_ahead(tick))
        for fi, path in enumerate(files):
            source = str(path)
            mark = session.mark()
            try:
                with db.atomic():  # all or nothing per file
                    for n, card in enumerate(reader.file_items(items, fi)):
                        if n % 64 == 0:
                            tick()
                        if isinstance(card, GroupCard):
                            session.groups.append((source, card))
                            continue
                        session.take(card, fi, source, policies.get((fi, card.index), default))
                    if reader.last_end.error is not None:
                        raise _Unreadable(reader.last_end.error)
                    session.flush(last=True)
            except _Unreadable as exc:
                session.rewind(mark)
                unreadable.append(str(exc))
                continue
            files_read += 1
            rejected.extend(reader.last_end.rejected)
            warnings.extend(reader.last_end.warnings)
            if session.took_since(mark):
                read_from.append(source)
        ticker(read_total, force=True)
        _end_bulk(session, ticker, read_total)
        if session.groups:
            warnings.extend(_tag_groups(session))
        changes = _finish(session, batch_id, read_from, tuple(rejected))
        ticker(ticker.total, force=True)
    return replace(_result(session, batch_id, tuple(rejected), tuple(unreadable), files_read,
                           changes), warnings=tuple(warnings))


def _end_bulk(session: _Session, ticker: _Ticker, read_total: int) -> None:
    """A bulk import's indexes and search index, made now (progress: the bar's last
    ``_BULK_END_SHARE``, Cancel heard throughout)."""
    writer = session.writer
    assert writer is not None
    if not writer.bulk:
        return
    span = ticker.total - 1 - read_total
    where = [read_total]

    def at(share: float) -> None:
        where[0] = read_total + int(span * share)
        ticker(where[0])

    writer.end_bulk(at, lambda: ticker(where[0]))


class _Unreadable(Exception):
    """A file turned out unreadable part-way: its savepoint is rolled back."""


def _finish(session: _Session, batch_id: int, paths: Sequence[str],
            rejected: tuple[CardError, ...]) -> Changes:
    """Record the batch's counts and name its change set (or drop both when nothing
    changed: the same file again). The search index was brought up to date chunk by chunk
    (``flush``), or at the end of a bulk import (``_end_bulk``)."""
    writer = session.writer
    assert writer is not None
    if not (session.new_ids or session.merged_ids or session.grouped_ids):
        # No batch, so "Last import" still shows the import that did something.
        changes = writer.discard()
        db.execute_sql("DELETE FROM import_batch WHERE id = ?", (batch_id,))
        return changes
    db.execute_sql(
        "UPDATE import_batch SET source = ?, new_count = ?, merged_count = ?, "
        "rejected_count = ? WHERE id = ?",
        (_batch_source(paths), len(session.new_ids), session.counts["merged"], len(rejected),
         batch_id))
    return writer.finish(_import_label(len(session.new_ids) + session.counts["merged"],
                                       paths))


def _tag_groups(session: _Session) -> list[CardError]:
    """Put each group card's name, as a tag of category "group", on its members found in
    this import or in the book (the match index knows both); one note per group card with
    members not found. Written through the import's change set: undone with the import.
    A group counts (``groups_tagged``) when it tagged someone who was not tagged yet."""
    writer = session.writer
    assert writer is not None
    notes: list[CardError] = []
    grouped: dict[int, None] = dict.fromkeys(session.grouped_ids)
    for source, group in session.groups:
        name = " ".join(group.name.split())
        found, missing = groups.members_found(session.index, group.members)
        tagged = writer.tag(found, name, session.beat) if found else []
        if tagged:  # the same file again tags nobody anew
            session.groups_tagged += 1
            grouped.update(dict.fromkeys(tagged))
        if missing:
            notes.append(_missing_note(source, group, missing))
    session.grouped_ids = list(grouped)
    return notes


def _import_label(count: int, paths: Sequence[str]) -> Phrase:
    """What the history (and the Undo menu) calls an import."""
    where: str | Phrase = Path(paths[0]).name if len(paths) == 1 else \
        HistoryLabel.tr("%Ln files", "", len(paths))
    return HistoryLabel.tr("Import %Ln contact(s) from %1", "", count).fill(where)


def _result(session: _Session, batch_id: int, rejected: tuple[CardError, ...],
            unreadable: tuple[str, ...], files_read: int, changes: Changes) -> ImportResult:
    ids = frozenset(ContactId(i) for i in (*session.new_ids, *session.merged_ids))
    grouped = frozenset(ContactId(i) for i in session.grouped_ids)
    return ImportResult(
        batch_id=batch_id if ids or grouped else None,
        new_count=len(session.new_ids),
        merged_count=session.counts["merged"],
        unchanged_count=session.counts["unchanged"],
        skipped_count=session.counts["skipped"],
        rejected=rejected,
        unreadable=unreadable,
        files_read=files_read,
        new_ids=tuple(ContactId(i) for i in session.new_ids),
        merged_ids=tuple(ContactId(i) for i in session.merged_ids),
        matched_ids=tuple(ContactId(i) for i in dict.fromkeys(session.matched_ids)
                          if ContactId(i) not in ids),
        changes=changes | Changes(contacts=ids | grouped,
                                  contacts_added_or_removed=bool(session.new_ids),
                                  tags=bool(ids or grouped)),
        groups_count=session.groups_tagged,
    )


def _batch_source(paths: Sequence[str]) -> str:
    if len(paths) == 1:
        return paths[0]
    names = ", ".join(Path(p).name for p in paths[:3])
    return names + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")


# --------------------------------------------------------------------------- undo, batches


def undo_import(batch_id: int, progress: Callable[[int, int], bool] | None = None
                ) -> Changes:
    """Take an import back (``history.undo`` of its change set): the contacts it created
    go (unless sync or a later import changed them since), what it merged into existing
    contacts comes out where they still hold what it wrote, tags it created and nobody
    carries any more go. An import the history has forgotten (too old) only loses its new
    contacts. Marks the batch undone."""
    from desktop.services import history

    set_id = history.import_set(batch_id)
    if set_id is not None:
        return history.undo([set_id], progress).changes
    with store.session("user", HistoryLabel.tr("Undo import")) as s:
        ids = [r[0] for r in db.execute_sql(
            "SELECT id FROM contact WHERE import_batch_id = ?", (batch_id,))]
        s.delete(ids)
        mark_batch_undone(batch_id, undone=True)
    return s.changes() | Changes(contacts_added_or_removed=True)


def mark_batch_undone(batch_id: int, *, undone: bool) -> None:
    """Whether an import is taken back ("Last import" lists the newest one in place)."""
    db.execute_sql("UPDATE import_batch SET undone = ? WHERE id = ?", (int(undone), batch_id))


def last_batch() -> BatchInfo | None:
    """The most recent import that has not been undone."""
    row = db.execute_sql(
        "SELECT id, source, imported_at, new_count, merged_count, rejected_count, undone "
        "FROM import_batch WHERE undone = 0 ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        return None
    count = db.execute_sql("SELECT count(*) FROM contact WHERE import_batch_id = ?",
                           (row[0],)).fetchone()[0]
    imported = row[2]
    if not isinstance(imported, dt.datetime):
        imported = dt.datetime.fromisoformat(str(imported))
    return BatchInfo(int(row[0]), row[1], imported, int(row[3]), int(row[4]), int(row[5]),
                     bool(row[6]), int(count))


def batch_json(info: BatchInfo) -> str:
    """A one-line JSON description of a batch (for logs and the CLI)."""
    return json.dumps({"id": info.id, "source": info.source,
                       "imported_at": info.imported_at.isoformat(), "new": info.new_count,
                       "merged": info.merged_count, "rejected": info.rejected_count})

