"""vCard import: preview (match every card against the database, write nothing), run (one
transaction, one savepoint per file, cancellable), undo, and the last batch. No Qt.

Matching (issue 3), in order, against the database and against the cards already taken
earlier in the same import:

1. the same UID;
2. else the same e-mail address (case-insensitive);
3. else the same phone number: equal normalised digits (``normalise_phone``), or a national
   number ("020 7946 0018") whose digits after the trunk 0 are exactly what follows a 1-3 digit
   country code of an international one ("+44 20 7946 0018"). Numbers with fewer than 7
   digits never match: "1" or "123456" say nothing about who someone is;
4. else the same name (accent- and case-free) with compatible details: no conflicting
   organisation or birthday, and, where both sides have e-mails (or phones), at least one
   in common -- two "John Smith"s with different addresses stay two people.

Speed (DESIGN.md: 10,000 cards ≤ 1.25 × vobject's parse): the match indexes are prefetched
once per import with one query per table, rows are written with ``executemany`` into ids
allocated up front, and the search index is rebuilt once at the end.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path
from typing import Any

from desktop.models import db
from desktop.services import search
from desktop.services.phones import normalise_phone
from desktop.services.text import sort_key
from desktop.services.types import Changes, ContactId
from desktop.services.vcard_mapping import (
    ADDRESS_PARTS,
    CARD_COLUMNS,
    ContactRecord,
    MergeDiff,
    card_to_record,
    load_records,
    merge_record,
)
from desktop.vcard import CardData, CardError, VCardError
from desktop.vcard.files import iter_contact_file

Progress = Callable[[int, int], bool]
CardKey = tuple[int, int]  # (file index, card index) in an ImportPreview

_MIN_PHONE_DIGITS = 7
_PROGRESS_SECONDS = 0.05  # report at least this often (the UI asks for ≤ 100 ms)
_ROWS_PER_STATEMENT = 500  # executemany chunk: one chunk is well under 100 ms of work
# Cards matched, then written together and let go of (issue 7: bounded memory). Big enough
# that executemany stays efficient, small enough that a chunk with photos is a few MB.
_CARDS_PER_WRITE = 1000


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


@dataclass(frozen=True)
class PreviewCard:
    """One card of the preview and what a merge-policy import would do with it.

    ``match_id`` is the existing contact it would merge into; None with ``action`` MERGE means
    it merges into a card earlier in the same import (``match_name`` names it either way).
    """

    key: CardKey
    source: str
    line: int
    display_name: str
    action: Action
    match_id: ContactId | None = None
    match_name: str = ""
    reason: str = ""
    card: CardData | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class PreviewFile:
    """One input: its cards, the cards it rejected, and ``error`` (one line) if it could not
    be read at all (then it has no cards)."""

    path: str
    cards: tuple[PreviewCard, ...] = ()
    rejected: tuple[CardError, ...] = ()
    warnings: tuple[CardError, ...] = ()
    error: str | None = None


@dataclass(frozen=True)
class ImportPreview:
    files: tuple[PreviewFile, ...]

    @property
    def cards(self) -> tuple[PreviewCard, ...]:
        return tuple(c for f in self.files for c in f.cards)

    @property
    def new_count(self) -> int:
        return sum(1 for c in self.cards if c.action is Action.NEW)

    @property
    def merge_count(self) -> int:
        return sum(1 for c in self.cards if c.action is Action.MERGE)

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
class MergeUndo:
    """What one merge added to an existing contact, to take it back out.

    ``columns``: column -> (value before, value the import set); ``rows``: table -> ids of
    the rows the import inserted; ``tag_ids``: tags it put on the contact; ``extra_before``:
    the ``vcard_extra`` text before, if the import changed it.
    """

    contact_id: ContactId
    columns: tuple[tuple[str, Any, Any], ...] = ()
    rows: tuple[tuple[str, tuple[int, ...]], ...] = ()
    tag_ids: tuple[int, ...] = ()
    photo: bool = False
    extra_before: str | None = None
    extra_changed: bool = False


@dataclass(frozen=True)
class ImportUndo:
    """Everything needed to undo merges cleanly (kept by the caller, e.g. a QUndoCommand)."""

    merges: tuple[MergeUndo, ...] = ()
    created_tag_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ImportResult:
    """``batch_id`` is None when the import changed nothing (no batch is recorded then)."""

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
    undo: ImportUndo = ImportUndo()
    # Contacts a card matched with nothing to add: part of the batch all the same (the
    # preview's "tag everyone with…" reaches them too, issue 15).
    matched_ids: tuple[ContactId, ...] = ()
    # Lines dropped or shortened in cards that were kept (over a size limit, no colon...),
    # each ``FILE:LINE: reason`` (issue 13: reported, the rest of the card imported).
    warnings: tuple[CardError, ...] = ()

    @property
    def rejected_count(self) -> int:
        return len(self.rejected)

    def summary(self) -> str:
        files = self.files_read + len(self.unreadable)
        text = (f"imported {self.new_count} new, merged {self.merged_count}, "
                f"rejected {self.rejected_count} from {files} file{'s' if files != 1 else ''}")
        notes = []
        if self.unchanged_count:
            notes.append(f"{self.unchanged_count} unchanged")
        if self.skipped_count:
            notes.append(f"{self.skipped_count} skipped")
        if self.unreadable:
            notes.append(f"{len(self.unreadable)} unreadable")
        return text + (f" ({', '.join(notes)})" if notes else "")


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


# --------------------------------------------------------------------------- matching


def phone_match_keys(number: str, e164: str | None = None
                     ) -> tuple[str | None, tuple[str, ...]]:
    """(the exact key, the keys it matches in the other notation) of a phone number.

    "+44 20 7946 0018" -> ("+442079460018", ("02079460018", ...)): the national forms it may be
    written as for a 1, 2 or 3 digit country code. "020 7946 0018" -> ("02079460018", ()):
    national numbers are found through the international numbers' variants. ``e164`` is
    ``normalise_phone(number)`` when the caller already has it.
    """
    if e164 is None:
        e164 = normalise_phone(number)
    if e164 is None:
        return None, ()
    if not e164.startswith("+"):
        return (e164, ()) if len(e164) >= _MIN_PHONE_DIGITS else (None, ())
    digits = e164[1:]
    if len(digits) < _MIN_PHONE_DIGITS:
        return None, ()
    variants = []
    for cc in (1, 2, 3):
        rest = digits[cc:]
        if len(rest) >= _MIN_PHONE_DIGITS - 1:
            variants.append("0" + rest)  # trunk prefix: +44 20... written as 020...
            if cc == 1 and len(rest) >= 10:
                variants.append(rest)  # NANP: +1 555 010 9999 written as 555 010 9999
    return e164, tuple(variants)


@dataclass(eq=False, slots=True)
class _Slot:
    """A contact an incoming card can merge into: in the database (``contact_id``) and/or
    taken earlier in this import (``record`` pending insert, ``source``:``line`` its card).
    One per contact of the database and per card of the import: kept small (slots)."""

    contact_id: int | None
    record: ContactRecord | None = None
    name: str = ""
    source: str = ""
    line: int = 0
    file_index: int | None = None  # the file of this import it came from
    card_uid: str | None = None  # the UID its card carried (not one we generated)

    @property
    def origin(self) -> str:
        return f"{self.source}:{self.line}"

    def distinct_from(self, uid: str | None, file_index: int) -> bool:
        """Two cards of one file with different UIDs are two entries of the source address
        book: they are never merged with each other (an export of ours re-imports as is)."""
        return (self.file_index == file_index and bool(uid) and bool(self.card_uid)
                and uid != self.card_uid)


class _Index:
    """Lookup tables over the database's contacts (prefetched, one query each) and the
    cards taken so far; the user's own profile is never a match."""

    def __init__(self) -> None:
        self.uid: dict[str, _Slot] = {}
        self.email: dict[str, _Slot] = {}
        self.phone: dict[str, _Slot] = {}
        # International numbers by their last 6 digits: a national number is looked up there
        # and checked against their national spellings (``phone_match_keys``). One entry per
        # number where a table of the spellings would hold four (issue 7: bounded memory).
        self.phone_tail: dict[str, str | list[str]] = {}
        self.name: dict[str, list[_Slot]] = {}
        self.db_slots: dict[int, _Slot] = {}
        self._db_records: dict[int, ContactRecord] = {}

    @classmethod
    def from_database(cls, tick: Callable[[], None] | None = None) -> _Index:
        idx = cls()
        slots = idx.db_slots
        beat = tick or (lambda: None)
        for n, (cid, uid, full_name, org, key) in enumerate(db.execute_sql(
            "SELECT id, uid, full_name, organization, sort_key FROM contact WHERE is_me = 0"
        )):
            slot = _Slot(cid, name=full_name or org)
            slots[cid] = slot
            if uid:
                idx.uid.setdefault(uid, slot)
            if key:
                idx.name.setdefault(key, []).append(slot)
            if n % 8192 == 0:
                beat()
        for n, (cid, address) in enumerate(db.execute_sql(
            "SELECT contact_id, address FROM email ORDER BY id"
        )):
            owner = slots.get(cid)
            if owner is not None:
                idx.email.setdefault(address.strip().casefold(), owner)
            if n % 8192 == 0:
                beat()
        for n, (cid, number, e164) in enumerate(db.execute_sql(
            "SELECT contact_id, number, e164 FROM phone ORDER BY id"
        )):
            owner = slots.get(cid)
            if owner is not None:
                idx._add_phone(number, owner, e164 or "")
            if n % 8192 == 0:
                beat()
        return idx

    def _add_phone(self, number: str, slot: _Slot, e164: str | None = None) -> None:
        if e164 == "":
            return
        exact, variants = phone_match_keys(number, e164)
        if exact is None or exact in self.phone:
            return  # the first contact with a number keeps it, for its spellings too
        self.phone[exact] = slot
        if variants:
            tail = exact[-6:]
            have = self.phone_tail.get(tail)
            if have is None:
                self.phone_tail[tail] = exact
            elif isinstance(have, str):
                self.phone_tail[tail] = [have, exact]
            else:
                have.append(exact)

    def _national(self, number: str) -> _Slot | None:
        """Who has the international number that ``number`` (national) may be written for:
        the first such number taken, as a table of every spelling would say."""
        have = self.phone_tail.get(number[-6:])
        if have is None:
            return None
        for e164 in (have,) if isinstance(have, str) else have:
            if number in phone_match_keys(e164, e164)[1]:
                return self.phone[e164]
        return None

    def add(self, rec: ContactRecord, slot: _Slot) -> None:
        """Make ``rec``'s identifiers find ``slot`` (a new card, or values merged in)."""
        uid = rec.columns.get("uid")
        if uid:
            self.uid.setdefault(uid, slot)
        for e in rec.emails:
            self.email.setdefault(str(e["value"]).strip().casefold(), slot)
        for p in rec.phones:
            self._add_phone(str(p["value"]), slot, p.get("e164") or "")
        key = rec.sort_key()
        if key:
            group = self.name.setdefault(key, [])
            if slot not in group:
                group.append(slot)

    def forget_records(self) -> None:
        """Drop the records loaded for name matches (they are read again when needed)."""
        self._db_records.clear()

    def record_of(self, slot: _Slot) -> ContactRecord | None:
        if slot.record is not None:
            return slot.record
        if slot.contact_id is None:
            return None
        rec = self._db_records.get(slot.contact_id)
        if rec is None:
            rec = load_records([slot.contact_id], photos=False).get(slot.contact_id)
            if rec is not None:
                self._db_records[slot.contact_id] = rec
        return rec

    def match(self, rec: ContactRecord, file_index: int) -> tuple[_Slot, str] | None:
        uid = rec.columns.get("uid")
        if uid and uid in self.uid:
            return self.uid[uid], "same UID"
        for e in rec.emails:
            slot = self.email.get(str(e["value"]).strip().casefold())
            if slot is not None and not slot.distinct_from(uid, file_index):
                return slot, f"same e-mail {e['value']}"
        for p in rec.phones:
            exact, variants = phone_match_keys(str(p["value"]), p.get("e164") or "")
            if not exact:
                continue
            hit = self.phone.get(exact)
            if hit is None and not exact.startswith("+"):
                hit = self._national(exact)
            for v in variants:
                if hit is not None:
                    break
                hit = self.phone.get(v)
            if hit is not None and not hit.distinct_from(uid, file_index):
                return hit, f"same phone {p['value']}"
        key = rec.sort_key()
        for slot in self.name.get(key, ()) if key else ():
            if slot.distinct_from(uid, file_index):
                continue
            other = self.record_of(slot)
            if other is not None and _compatible(rec, other):
                return slot, "same name, compatible details"
        return None


def _norm(text: Any) -> str:
    return " ".join(str(text or "").split()).casefold()


def _compatible(a: ContactRecord, b: ContactRecord) -> bool:
    """Nothing on the two says they are different people."""
    for column in ("organization", "birthday"):
        x, y = _norm(a.columns.get(column)), _norm(b.columns.get(column))
        if x and y and x != y:
            return False
    ea = {_norm(e["value"]) for e in a.emails}
    eb = {_norm(e["value"]) for e in b.emails}
    if ea and eb and not ea & eb:
        return False
    pa = {normalise_phone(str(p["value"])) for p in a.phones} - {None}
    pb = {normalise_phone(str(p["value"])) for p in b.phones} - {None}
    return not (pa and pb and not pa & pb)


# --------------------------------------------------------------------------- preview


def _read(path: Path, index: int, ticker: _Ticker | None, base: int
          ) -> tuple[list[CardData], PreviewFile]:
    source = str(path)
    warnings: list[CardError] = []
    cards: list[CardData] = []
    errors: list[CardError] = []

    def on_progress(_cards: int, done_bytes: int) -> None:
        if ticker is not None:
            ticker(base + done_bytes)

    try:
        for item in iter_contact_file(path, progress=on_progress if ticker else None,
                                      warnings=warnings, progress_every=100):
            if isinstance(item, CardData):
                cards.append(item)
            else:
                errors.append(item)
    except VCardError as exc:
        return [], PreviewFile(source, error=str(exc))
    return cards, PreviewFile(source, rejected=tuple(errors), warnings=tuple(warnings))


def preview_import(paths: Sequence[Path | str], progress: Progress | None = None
                   ) -> ImportPreview:
    """Read every file and say what a merge-policy import would do with each card.

    Writes nothing. Unreadable files are reported (``PreviewFile.error``), not raised;
    ``progress(done, total)`` counts bytes read and may return False to cancel
    (``ImportCancelled``).
    """
    return _preview(paths, progress, match=True)


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


def _preview(paths: Sequence[Path | str], progress: Progress | None, match: bool
             ) -> ImportPreview:
    with _gc_paused():
        return _preview_files(paths, progress, match)


def _preview_files(paths: Sequence[Path | str], progress: Progress | None, match: bool
                   ) -> ImportPreview:
    # Progress units: each file's bytes twice, once for reading, once for matching.
    files = [Path(p) for p in paths]
    sizes = [_size(p) for p in files]
    total = 2 * sum(sizes)
    ticker = _Ticker(progress, total) if progress else None
    index = _Index.from_database(lambda: ticker(0) if ticker else None) if match else _Index()
    out: list[PreviewFile] = []
    base = 0
    for fi, path in enumerate(files):
        cards, pf = _read(path, fi, ticker, base)
        base += sizes[fi]
        per_card = sizes[fi] / max(len(cards), 1)
        previews: list[PreviewCard] = []
        for ci, card in enumerate(cards):
            if ticker is not None and ci % 64 == 0:
                ticker(int(base + ci * per_card))
            if not match:  # run_import matches again anyway
                previews.append(PreviewCard((fi, ci), pf.path, card.line, card.full_name,
                                            Action.NEW, card=card))
                continue
            rec = card_to_record(card)
            found = index.match(rec, fi)
            if found is None:
                slot = _Slot(None, rec, rec.display_name, pf.path, card.line, fi,
                             card.uid)
                index.add(rec, slot)
                previews.append(PreviewCard((fi, ci), pf.path, card.line, rec.display_name,
                                            Action.NEW, card=card))
            else:
                slot, reason = found
                if slot.contact_id is None:
                    reason += f" as the card at {slot.origin}"
                previews.append(PreviewCard(
                    (fi, ci), pf.path, card.line, rec.display_name, Action.MERGE,
                    ContactId(slot.contact_id) if slot.contact_id is not None else None,
                    slot.name, reason, card=card,
                ))
                index.add(rec, slot)
        base += sizes[fi]
        out.append(PreviewFile(pf.path, tuple(previews), pf.rejected, pf.warnings, pf.error))
    if ticker is not None:
        ticker(total, force=True)
    return ImportPreview(tuple(out))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


# --------------------------------------------------------------------------- writing


def _now_text() -> str:
    return str(dt.datetime.now().replace(microsecond=0))


class _Writer:
    """Bulk writes for one import: ids are allocated up front (max(id) + 1 inside the
    write transaction) so rows go in with ``executemany``."""

    def __init__(self, batch_id: int) -> None:
        self.batch_id = batch_id
        self.cursor = db.cursor()
        self.next_id: dict[str, int] = {}
        self.tag_ids: dict[str, int] = {
            name.casefold(): tid for tid, name in db.execute_sql("SELECT id, name FROM tag")
        }
        self.created_tags: list[int] = []

    def allocate(self, table: str, n: int) -> int:
        if table not in self.next_id:
            row = db.execute_sql(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()
            self.next_id[table] = int(row[0]) + 1
        first = self.next_id[table]
        self.next_id[table] = first + n
        return first

    def many(self, sql: str, rows: list[tuple[Any, ...]], tick: Callable[[], None]) -> None:
        for start in range(0, len(rows), _ROWS_PER_STATEMENT):
            self.cursor.executemany(sql, rows[start : start + _ROWS_PER_STATEMENT])
            tick()

    def tag_id_map(self, names: Iterable[str],
                   categories: Mapping[str, str] | None = None) -> dict[str, int]:
        """Tag ids by casefolded name, creating the missing tags; a new tag gets its
        category from ``categories`` (casefolded name -> category; interest otherwise),
        an existing one keeps its own."""
        missing: dict[str, str] = {}
        for name in names:
            key = name.casefold()
            if key not in self.tag_ids and key not in missing:
                missing[key] = name
        if missing:
            first = self.allocate("tag", len(missing))
            kinds = categories or {}
            rows = [(first + i, name, kinds.get(key, "interest"))
                    for i, (key, name) in enumerate(missing.items())]
            self.cursor.executemany(
                "INSERT INTO tag (id, name, category) VALUES (?, ?, ?)", rows)
            for (tid, _name, _cat), key in zip(rows, missing, strict=True):
                self.tag_ids[key] = tid
                self.created_tags.append(tid)
        return self.tag_ids

    def children(self, pairs: list[tuple[int, ContactRecord, int]], tick: Callable[[], None],
                 which: ContactRecord | None = None) -> dict[str, list[int]]:
        """Insert e-mails, phones, URLs, addresses of (contact id, record, first position)
        pairs; returns the new row ids per table."""
        emails: list[tuple[Any, ...]] = []
        phones: list[tuple[Any, ...]] = []
        urls: list[tuple[Any, ...]] = []
        adrs: list[tuple[Any, ...]] = []
        for cid, rec, pos in pairs:
            for i, e in enumerate(rec.emails, pos):
                emails.append((cid, str(e["value"]).strip(), e["kind"] or "", e["label"],
                               int(bool(e["pref"])), i, e["meta"]))
            for i, p in enumerate(rec.phones, pos):
                number = str(p["value"]).strip()
                e164 = p.get("e164") if "e164" in p else normalise_phone(number)
                phones.append((cid, number, e164, p["kind"] or "", p["label"],
                               int(bool(p["pref"])), i, p["meta"]))
            for i, u in enumerate(rec.urls, pos):
                urls.append((cid, str(u["value"]).strip(), u["kind"] or "", u["label"],
                             int(bool(u["pref"])), i, u["meta"]))
            for i, a in enumerate(rec.addresses, pos):
                adrs.append((cid, *(a[p] or "" for p in ADDRESS_PARTS), a["kind"] or "",
                             a["label"], int(bool(a["pref"])), i, a["meta"]))
        ids: dict[str, list[int]] = {}
        specs = (
            ("email", emails, "contact_id, address, kind, label, pref, position, vcard_meta"),
            ("phone", phones,
             "contact_id, number, e164, kind, label, pref, position, vcard_meta"),
            ("url", urls, "contact_id, url, kind, label, pref, position, vcard_meta"),
            ("address", adrs, "contact_id, " + ", ".join(ADDRESS_PARTS)
             + ", kind, label, pref, position, vcard_meta"),
        )
        for table, rows, cols in specs:
            if not rows:
                continue
            first = self.allocate(table, len(rows))
            full = [(first + i, *row) for i, row in enumerate(rows)]
            marks = ",".join("?" * len(full[0]))
            self.many(f"INSERT INTO {table} (id, {cols}) VALUES ({marks})", full, tick)
            ids[table] = list(range(first, first + len(full)))
        return ids

    def insert_new(self, records: list[ContactRecord], tick: Callable[[], None]) -> list[int]:
        if not records:
            return []
        first = self.allocate("contact", len(records))
        now = _now_text()
        rows = []
        for i, rec in enumerate(records):
            rec.contact_id = first + i
            c = rec.columns
            if not c["uid"]:
                # Every imported contact gets a UID (RFC 6350 §6.7.6), so that its export
                # re-imports as the same contact, never merged with a look-alike.
                c["uid"] = f"urn:uuid:{uuid.uuid4()}"
            met_on = c["met_on"].isoformat() if c["met_on"] is not None else None
            values = [c[name] for name in CARD_COLUMNS]
            values[CARD_COLUMNS.index("met_on")] = met_on
            rows.append((first + i, *values, rec.sort_key(), self.batch_id, rec.extra_json(),
                         now, now))
        cols = ", ".join(CARD_COLUMNS)
        marks = ",".join("?" * len(rows[0]))
        self.many(f"INSERT INTO contact (id, {cols}, sort_key, import_batch_id, vcard_extra, "
                  f"created_at, updated_at) VALUES ({marks})", rows, tick)
        self.children([(rec.contact_id or 0, rec, 0) for rec in records], tick)
        kinds = {k: v for rec in records for k, v in rec.tag_categories.items()}
        tag_map = self.tag_id_map((t for rec in records for t in rec.tags), kinds)
        tag_rows = [(rec.contact_id, tag_map[t.casefold()]) for rec in records for t in rec.tags]
        if tag_rows:
            self.many("INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)",
                      tag_rows, tick)
        photos = [(rec.contact_id, rec.photo[0], rec.photo[1]) for rec in records if rec.photo]
        if photos:
            self.many("INSERT INTO contact_photo (contact_id, data, mime) VALUES (?, ?, ?)",
                      photos, tick)
        return [first + i for i in range(len(records))]

    def apply_merge(self, rec: ContactRecord, diff: MergeDiff, tick: Callable[[], None]
                    ) -> MergeUndo:
        cid = rec.contact_id
        assert cid is not None
        sets: dict[str, Any] = {}
        for name, (_old, new) in diff.columns.items():
            sets[name] = new.isoformat() if isinstance(new, dt.date) else new
        if "full_name" in diff.columns or "organization" in diff.columns:
            sets["sort_key"] = rec.sort_key()
        if diff.extra_changed:
            sets["vcard_extra"] = rec.extra_json()
        sets["updated_at"] = _now_text()
        assignments = ", ".join(f"{k} = ?" for k in sets)
        db.execute_sql(f"UPDATE contact SET {assignments} WHERE id = ?", [*sets.values(), cid])
        positions = {}
        for table in ("email", "phone", "url", "address"):
            row = db.execute_sql(
                f"SELECT coalesce(max(position), -1) + 1 FROM {table} WHERE contact_id = ?",
                (cid,)).fetchone()
            positions[table] = int(row[0])
        rows: dict[str, list[int]] = {}
        for table, items in (("email", diff.emails), ("phone", diff.phones),
                             ("url", diff.urls), ("address", diff.addresses)):
            if items:
                part = ContactRecord({})
                {"email": part.emails, "phone": part.phones, "url": part.urls,
                 "address": part.addresses}[table].extend(items)
                rows.update(self.children([(cid, part, positions[table])], tick))
        tag_ids: list[int] = []
        if diff.tags:
            tag_map = self.tag_id_map(diff.tags, rec.tag_categories)
            tag_ids = [tag_map[t.casefold()] for t in diff.tags]
            self.cursor.executemany(
                "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)",
                [(cid, t) for t in tag_ids])
        if diff.photo and rec.photo is not None:
            db.execute_sql("INSERT OR REPLACE INTO contact_photo (contact_id, data, mime) "
                           "VALUES (?, ?, ?)", (cid, rec.photo[0], rec.photo[1]))
        return MergeUndo(
            ContactId(cid),
            tuple((k, _jsonable(o), _jsonable(n)) for k, (o, n) in diff.columns.items()),
            tuple((t, tuple(ids)) for t, ids in rows.items()),
            tuple(tag_ids), diff.photo, diff.extra_before, diff.extra_changed,
        )


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


# --------------------------------------------------------------------------- run


def run_import(
    source: ImportPreview | Sequence[Path | str],
    policies: Mapping[CardKey, Policy] | None = None,
    default: Policy = Policy.MERGE,
    progress: Progress | None = None,
) -> ImportResult:
    """Import the cards of a preview (or of files, read now) into the database.

    ``policies`` chooses per card (keys of the preview) what to do when it matches a contact:
    merge (default), keep both, or skip; SKIP on an unmatched card leaves it out. Matching is
    done again here, against the database as it is now. Everything is one transaction with
    one savepoint per file (all or nothing per file); ``progress(done, total)`` is called at
    least every 100 ms and returning False rolls everything back (``ImportCancelled``).
    """
    with _gc_paused():
        return _run_import(source, policies or {}, default, progress)


def _run_import(
    source: ImportPreview | Sequence[Path | str],
    policies: Mapping[CardKey, Policy],
    default: Policy,
    progress: Progress | None,
) -> ImportResult:
    if isinstance(source, ImportPreview):
        result = _run_preview(source, policies, default, progress)
        return replace(result, warnings=tuple(w for f in source.files for w in f.warnings))
    warnings: list[CardError] = []
    result = _run_paths([Path(p) for p in source], policies, default, progress, warnings)
    return replace(result, warnings=tuple(warnings))


def _run_preview(
    preview: ImportPreview,
    policies: Mapping[CardKey, Policy],
    default: Policy,
    progress: Progress | None,
) -> ImportResult:
    """Import the cards a preview holds. Progress counts cards, plus a tenth for the index."""
    n_cards = sum(len(f.cards) for f in preview.files)
    ticker = _Ticker(progress, n_cards + n_cards // 10 + 1)
    done = 0
    with db.atomic("IMMEDIATE"):
        run = _Run(_batch_source([f.path for f in preview.files if f.cards]),
                   lambda: ticker(done))
        for fi, pf in enumerate(preview.files):
            for pc in pf.cards:
                done += 1
                if done % 64 == 0:
                    ticker(done)
                if pc.card is None:
                    run.counts["skipped"] += 1
                    continue
                run.take(pc.card, fi, pf.path, policies.get(pc.key, default))
            run.flush()  # a file's cards are written before the next file is matched
        ticker(n_cards, force=True)
        run.finish(lambda share: ticker(int(n_cards + share * (n_cards // 10))),
                   preview.rejected)
        ticker(n_cards + n_cards // 10 + 1, force=True)
    return run.result(preview.rejected, preview.unreadable,
                      sum(1 for f in preview.files if f.error is None))


def _run_paths(
    files: list[Path],
    policies: Mapping[CardKey, Policy],
    default: Policy,
    progress: Progress | None,
    warnings: list[CardError] | None = None,
) -> ImportResult:
    """Read, match and write each file as a stream (issue 7, bounded memory): the file is
    read a few MB at a time (``iter_contact_file``), cards are taken as they are parsed and
    written every ``_CARDS_PER_WRITE``, then dropped, so memory holds a piece of the file,
    the match index and one chunk of cards -- never a 50 MB file's text nor all its cards
    with their photos. Still one transaction (a savepoint per
    file): a cancel rolls all of it back. Progress counts bytes read, plus a tenth for the
    search index."""
    sizes = [_size(p) for p in files]
    read_total = max(sum(sizes), 1)
    ticker = _Ticker(progress, read_total + read_total // 10 + 1)
    at = 0  # bytes read so far, over all files
    rejected: list[CardError] = []
    unreadable: list[str] = []
    files_read = 0
    read_from: list[str] = []
    with db.atomic("IMMEDIATE"):
        run = _Run(_batch_source([str(p) for p in files]), lambda: ticker(at))
        for fi, path in enumerate(files):
            base = sum(sizes[:fi])
            source = str(path)

            def on_progress(_cards: int, done_bytes: int, base: int = base) -> None:
                nonlocal at
                at = base + done_bytes
                ticker(at)

            errors: list[CardError] = []
            mark = run.mark()
            try:
                with db.atomic():  # all or nothing per file
                    cards = iter_contact_file(path, progress=on_progress, progress_every=100,
                                              warnings=warnings)
                    for ci, item in enumerate(cards):
                        if isinstance(item, CardData):
                            run.take(item, fi, source, policies.get((fi, ci), default))
                        else:
                            errors.append(item)
                    run.flush()
            except VCardError as exc:
                run.rewind(mark)
                unreadable.append(str(exc))
                continue
            files_read += 1
            rejected.extend(errors)
            if run.took_since(mark):
                read_from.append(source)
            at = base + sizes[fi]
            ticker(at)
        ticker(read_total, force=True)
        run.source = _batch_source(read_from)
        run.finish(lambda share: ticker(int(read_total + share * (read_total // 10))),
                   tuple(rejected))
        ticker(read_total + read_total // 10 + 1, force=True)
    return run.result(tuple(rejected), tuple(unreadable), files_read)


@dataclass(frozen=True)
class _Mark:
    """Where a ``_Run`` stood before a file, to forget the file if it fails half-way."""

    taken: int
    new: int
    merged: int
    undo: int
    counts: dict[str, int]
    tag_ids: dict[str, int]
    created_tags: int
    matched: int = 0


class _Run:
    """One import in progress inside its transaction.

    ``index`` finds what a card matches (the database's contacts and the cards taken so far:
    identifiers only, small); ``pending`` are new cards taken and not yet written, ``merges``
    cards waiting to be merged into contacts that exist (by contact id). ``flush`` writes
    both and forgets the cards -- memory never holds more than ``_CARDS_PER_WRITE`` of them.
    """

    def __init__(self, source: str, beat: Callable[[], None]) -> None:
        self.beat = beat
        self.source = source
        db.execute_sql("INSERT INTO import_batch (source, imported_at) VALUES (?, ?)",
                       (source, _now_text()))
        self.batch_id = int(db.execute_sql("SELECT last_insert_rowid()").fetchone()[0])
        self.index = _Index.from_database(beat)
        self.writer = _Writer(self.batch_id)
        self.pending: list[tuple[_Slot, ContactRecord]] = []
        self.merges: dict[int, list[ContactRecord]] = {}
        self.held = 0  # cards in pending, merges, or folded into a pending card
        self.taken = 0
        self.new_ids: list[int] = []
        self.created: set[int] = set()
        self.merged_ids: list[int] = []
        self.matched_ids: list[int] = []  # matched, nothing to add
        self.counts = {"merged": 0, "unchanged": 0, "skipped": 0}
        self.undo_merges: list[MergeUndo] = []

    def take(self, card: CardData, fi: int, source: str, policy: Policy) -> None:
        """Match one card and queue what to do with it; writes every ``_CARDS_PER_WRITE``."""
        if policy is Policy.SKIP:
            self.counts["skipped"] += 1
            return
        self.taken += 1
        index = self.index
        rec = card_to_record(card)
        found = index.match(rec, fi) if policy is Policy.MERGE else None
        if found is None:
            if policy is Policy.KEEP_BOTH and index.match(rec, fi) is not None:
                # Kept beside the contact it matches: a UID of its own, or the two would
                # merge on the next import of an export.
                rec.columns["uid"] = None
            slot = _Slot(None, rec, rec.display_name, source, card.line, fi, card.uid)
            self.pending.append((slot, rec))
            index.add(rec, slot)
        elif found[0].contact_id is None:
            # The same person twice in this file: fold into the card taken first.
            slot = found[0]
            assert slot.record is not None
            self.counts["merged" if merge_record(slot.record, rec) else "unchanged"] += 1
            index.add(slot.record, slot)
        else:
            self.merges.setdefault(found[0].contact_id, []).append(rec)
            index.add(rec, found[0])
        self.held += 1
        if self.held >= _CARDS_PER_WRITE:
            self.flush()

    def flush(self) -> None:
        """Write the cards taken since the last flush and let go of them."""
        index = self.index
        file_new = self.writer.insert_new([rec for _slot, rec in self.pending], self.beat)
        self.new_ids.extend(file_new)
        self.created.update(file_new)
        for slot, rec in self.pending:
            # Later cards merge into it as a contact, loaded back from the database.
            slot.contact_id = rec.contact_id
            slot.record = None
            index.db_slots[int(slot.contact_id or 0)] = slot
        self.undo_merges.extend(_merge_into_database(
            self.writer, index, self.merges, self.counts, self.merged_ids, self.created,
            self.beat, self.matched_ids))
        for cid in self.merges:
            merged = index.db_slots.get(cid)
            if merged is not None:
                merged.record = None
        index.forget_records()
        self.pending = []
        self.merges = {}
        self.held = 0

    def mark(self) -> _Mark:
        return _Mark(self.taken, len(self.new_ids), len(self.merged_ids),
                     len(self.undo_merges), dict(self.counts), dict(self.writer.tag_ids),
                     len(self.writer.created_tags), matched=len(self.matched_ids))

    def took_since(self, mark: _Mark) -> bool:
        return self.taken > mark.taken or self.counts["skipped"] > mark.counts["skipped"]

    def rewind(self, mark: _Mark) -> None:
        """Forget a file whose savepoint was rolled back: what it wrote is gone, so are the
        index entries it added (the index is read again from the database)."""
        self.pending = []
        self.merges = {}
        self.held = 0
        self.taken = mark.taken
        del self.new_ids[mark.new:]
        del self.merged_ids[mark.merged:]
        del self.matched_ids[mark.matched:]
        self.created = set(self.new_ids)
        del self.undo_merges[mark.undo:]
        self.counts = dict(mark.counts)
        self.writer.tag_ids = dict(mark.tag_ids)
        del self.writer.created_tags[mark.created_tags:]
        self.writer.next_id.clear()  # max(id) + 1 again: the rolled-back ids are free
        self.index = _Index.from_database(self.beat)

    def finish(self, at: Callable[[float], None], rejected: tuple[CardError, ...]) -> None:
        """Rebuild the search index of what changed and record the batch's counts (or drop
        the batch when nothing changed: the same file again)."""
        touched = [*self.new_ids, *self.merged_ids]
        for start in range(0, len(touched), 400):  # ~400 contacts per 50 ms
            search.reindex([ContactId(i) for i in touched[start : start + 400]])
            at((start + 400) / max(len(touched), 1))
        if not touched:
            # No batch, so "Last import" still shows the import that did something.
            db.execute_sql("DELETE FROM import_batch WHERE id = ?", (self.batch_id,))
        else:
            db.execute_sql(
                "UPDATE import_batch SET source = ?, new_count = ?, merged_count = ?, "
                "rejected_count = ? WHERE id = ?",
                (self.source, len(self.new_ids), self.counts["merged"], len(rejected),
                 self.batch_id))

    def result(self, rejected: tuple[CardError, ...], unreadable: tuple[str, ...],
               files_read: int) -> ImportResult:
        ids = frozenset(ContactId(i) for i in (*self.new_ids, *self.merged_ids))
        return ImportResult(
            batch_id=self.batch_id if ids else None,
            new_count=len(self.new_ids),
            merged_count=self.counts["merged"],
            unchanged_count=self.counts["unchanged"],
            skipped_count=self.counts["skipped"],
            rejected=rejected,
            unreadable=unreadable,
            files_read=files_read,
            new_ids=tuple(ContactId(i) for i in self.new_ids),
            merged_ids=tuple(ContactId(i) for i in self.merged_ids),
            matched_ids=tuple(ContactId(i) for i in dict.fromkeys(self.matched_ids)
                              if i not in ids),
            changes=Changes(contacts=ids, contacts_added_or_removed=bool(self.new_ids),
                            tags=bool(self.writer.created_tags) or bool(ids)),
            undo=ImportUndo(tuple(self.undo_merges), tuple(self.writer.created_tags)),
        )


def _merge_into_database(
    writer: _Writer,
    index: _Index,
    merges: dict[int, list[ContactRecord]],
    counts: dict[str, int],
    merged_ids: list[int],
    created: set[int],
    tick: Callable[[], None],
    matched_ids: list[int] | None = None,
) -> list[MergeUndo]:
    """Merge cards into contacts already in the database (loaded in bulk), write only what
    each merge added, and say how to take it back. A contact merged again in a later chunk
    of the same import gets a second ``MergeUndo`` (undone in reverse order)."""
    need = [cid for cid in merges
            if cid not in index.db_slots or index.db_slots[cid].record is None]
    loaded: dict[int, ContactRecord] = {}
    for start in range(0, len(need), 300):  # ~300 contacts is well under 100 ms
        loaded.update(load_records(need[start : start + 300]))
        tick()
    out: list[MergeUndo] = []
    already = set(merged_ids) if merges else set()
    for n, (cid, incoming) in enumerate(merges.items()):
        if n % 64 == 0:
            tick()
        slot = index.db_slots.get(cid)
        target = slot.record if slot is not None and slot.record is not None else loaded.get(cid)
        if target is None:
            continue
        if slot is None:
            slot = index.db_slots[cid] = _Slot(cid, target, target.display_name)
        elif slot.record is None:
            slot.record = target  # name matches now compare against the merged values
        before_extra = target.extra_json()
        total = MergeDiff()
        for rec in incoming:
            diff = merge_record(target, rec)
            counts["merged" if diff else "unchanged"] += 1
            if diff:
                _accumulate(total, diff)
        if not total:
            if matched_ids is not None and cid not in created:
                matched_ids.append(cid)
            continue
        total.extra_before = before_extra
        undo = writer.apply_merge(target, total, tick)
        if cid not in created:
            if cid not in already:
                merged_ids.append(cid)
                already.add(cid)
            out.append(undo)
    return out


def _accumulate(total: MergeDiff, diff: MergeDiff) -> None:
    for name, (old, new) in diff.columns.items():
        if name in total.columns:
            total.columns[name] = (total.columns[name][0], new)
        else:
            total.columns[name] = (old, new)
    total.emails.extend(diff.emails)
    total.phones.extend(diff.phones)
    total.addresses.extend(diff.addresses)
    total.urls.extend(diff.urls)
    total.tags.extend(diff.tags)
    total.photo = total.photo or diff.photo
    total.extra_changed = total.extra_changed or diff.extra_changed


def _batch_source(paths: Sequence[str]) -> str:
    if len(paths) == 1:
        return paths[0]
    names = ", ".join(Path(p).name for p in paths[:3])
    return names + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")


# --------------------------------------------------------------------------- undo, batches


def undo_import(batch_id: int, undo: ImportUndo | None = None) -> Changes:
    """Remove the contacts the batch created and mark it undone.

    With ``undo`` (the ``ImportResult.undo`` of that import) the merges are reversed too:
    the rows the import added to existing contacts are deleted, the columns it filled are
    emptied again unless the user has changed them since, the tags it created and that no
    contact carries any more are deleted. Without it, merged values stay (they were only
    ever additions).
    """
    with db.atomic():
        ids = [r[0] for r in db.execute_sql(
            "SELECT id FROM contact WHERE import_batch_id = ?", (batch_id,))]
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            marks = ",".join("?" * len(chunk))
            db.execute_sql(f"DELETE FROM contact WHERE id IN ({marks})", chunk)
        merged: list[int] = []
        tags_changed = False
        if undo is not None:
            # Newest first: one contact merged in two chunks of an import has two entries,
            # the second's "before" being the first's "after".
            for m in reversed(undo.merges):
                cid = int(m.contact_id)
                if cid in ids:
                    continue
                merged.append(cid)
                _unmerge(m)
                tags_changed = tags_changed or bool(m.tag_ids)
            if undo.created_tag_ids:
                tag_ids = list(undo.created_tag_ids)
                for start in range(0, len(tag_ids), 900):
                    chunk = tag_ids[start : start + 900]
                    marks = ",".join("?" * len(chunk))
                    db.execute_sql(
                        f"DELETE FROM tag WHERE id IN ({marks}) AND NOT EXISTS "
                        "(SELECT 1 FROM contact_tag ct WHERE ct.tag_id = tag.id)", chunk)
                tags_changed = True
        db.execute_sql("UPDATE import_batch SET undone = 1 WHERE id = ?", (batch_id,))
        search.reindex([ContactId(i) for i in (*ids, *merged)])
    return Changes(contacts=frozenset(ContactId(i) for i in (*ids, *merged)),
                   contacts_added_or_removed=bool(ids), tags=tags_changed or bool(ids),
                   graph=bool(ids), followups=bool(ids), interactions=bool(ids))


def _unmerge(m: MergeUndo) -> None:
    cid = int(m.contact_id)
    for table, row_ids in m.rows:
        if table not in ("email", "phone", "url", "address") or not row_ids:
            continue
        marks = ",".join("?" * len(row_ids))
        db.execute_sql(f"DELETE FROM {table} WHERE contact_id = ? AND id IN ({marks})",
                       [cid, *row_ids])
    if m.tag_ids:
        marks = ",".join("?" * len(m.tag_ids))
        db.execute_sql(f"DELETE FROM contact_tag WHERE contact_id = ? AND tag_id IN ({marks})",
                       [cid, *m.tag_ids])
    if m.photo:
        db.execute_sql("DELETE FROM contact_photo WHERE contact_id = ?", (cid,))
    for name, old, new in m.columns:
        if name not in CARD_COLUMNS:
            continue
        # Only if it still holds what the import put there: a later edit by the user wins.
        db.execute_sql(f"UPDATE contact SET {name} = ? WHERE id = ? AND {name} IS ?",
                       (old, cid, new))
    if any(name in ("full_name", "organization") for name, _o, _n in m.columns):
        row = db.execute_sql("SELECT full_name, organization FROM contact WHERE id = ?",
                             (cid,)).fetchone()
        if row:
            db.execute_sql("UPDATE contact SET sort_key = ? WHERE id = ?",
                           (sort_key(row[0] or row[1] or ""), cid))
    if m.extra_changed:
        db.execute_sql("UPDATE contact SET vcard_extra = ? WHERE id = ?", (m.extra_before, cid))


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
