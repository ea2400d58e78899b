"""The contact store: the one module that writes contacts and what hangs off them (issue 11).

No Qt. Tables only this module writes (tests/services/test_one_writer.py proves it):
``contact``, ``email``, ``phone``, ``address``, ``url``, ``contact_tag``, ``contact_photo``,
and the history of those writes, ``change_set`` / ``change`` / ``store_state``. Everything
else that changes a contact -- the contact service, the importer, the sync engine, tags, the
demo network, follow-ups' denormalised dates, undo -- calls it. Deleting a tag happens here
too (``Session.drop_tag``): the delete cascades into ``contact_tag``. Creating, renaming and
recolouring tags stays with ``desktop/services/tags.py``.

Invariants kept here and nowhere else:

* **An edit changes only what it edits.** A write compares the record it is given with the
  rows as they are and writes the difference: a value that did not change keeps its row
  (and that row's ``vcard_meta``: item group, IMPP / X-SOCIALPROFILE, unknown parameters);
  a value changed in place keeps its row too; ``vcard_extra`` is written only when it
  changed. Saving what is already there writes nothing and records nothing.
* ``sort_key`` follows ``full_name`` (else ``organization``); ``e164`` sits beside every
  phone number, placed in its country by ``phones.e164_numbers`` (the number's own code,
  else the address countries, else the contact's other numbers, else the user's region).
  A number that arrives placed keeps its ``e164``: a card's numbers are placed by
  ``vcard_mapping.card_to_record`` with that card's own address countries (the same
  function), which is what an import matches by; every other number is placed here, and
  a contact's numbers are placed again when the user changes its addresses. List rows
  have positions 0..n-1 in order once written.
* Every new contact has a UID (RFC 6350 §6.7.6): the card's, else the one derived from
  the card's content (``ContactRecord.content_uid``: the same card imported again is
  itself), else a new random one. An export then re-imports as the same contact.
* ``updated_at`` is when the contact's own data last changed (not its derived dates).
* The search index (``contact_fts``) is brought up to date for every contact written,
  once per session (a bulk import indexes 10,000 contacts in one pass, with progress; a
  session written in bulk, ``Session.begin_bulk``, indexes its new contacts at its end,
  and makes the book's secondary indexes it dropped again, in the same transaction).
  Tags are not in it (``tag_fts`` indexes tag names; migration 12): a membership change
  alone rewrites no search row.
* Contact ids are never reused (``store_state.next_contact_id``): an undo that brings a
  contact back never finds someone else at its id.
* **Every write is recorded** as a change set (source: user / import / sync / restore /
  demo; a label; the import batch it is) with one ``change`` row per field it changed.
  The fields and how their values are written (JSON):

  - a contact column (``CARD_COLUMNS``, ``one_thing``): the value, dates as ISO text;
  - ``emails`` / ``phones`` / ``urls`` / ``addresses``: the whole list, each item a dict
    (``value``/``kind``/``label``/``pref``/``meta``, phones with ``e164``, addresses with
    their parts), in order;
  - ``tags``: ``before`` the tags taken off, ``after`` the tags put on (names);
  - ``members`` with contact id 0: one tag taken off (``before``) or put on (``after``)
    many contacts at once, ``{"tag": name, "runs": [first id, how many, ...]}``, runs of
    consecutive ids (``tag_members``: a selection tagged, a tag merged or deleted;
    100,000 contacts are one row, not 100,000; older rows have ``"ids": [contact ids]``);
  - ``photo``: ``[mime, base64]`` or null; ``extra``: the ``vcard_extra`` object or null;
  - ``contact``: the contact itself. Created: ``before`` null, ``after`` ``{}``. Deleted:
    ``before`` the whole contact (every column, list, tag with its category if not an
    interest, and the photo), ``after`` null;
  - ``tag`` with contact id 0: a tag this set created (``after``: name and category).

  A bulk import records one change set for its new contacts (they are the batch's, found
  by ``contact.import_batch_id``) instead of a row per contact; what it merges into
  existing contacts is recorded field by field. ``history.undo`` reads all this back.
"""

from __future__ import annotations

import base64
import datetime as dt
import itertools
import json
import operator
import uuid
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from desktop.models import db, indexes
from desktop.models.migrations import COUNT_TRIGGERS
from desktop.services import search
from desktop.services.contact_rows import (
    ADDRESS_PARTS,
    CARD_COLUMNS,
    ContactRecord,
    load_records,
)
from desktop.services.phones import e164_numbers
from desktop.services.types import AbstractIds, Changes, ContactId, IdRuns
from desktop.text import Phrase, english_text, phrase_parts, sort_key

SOURCES: tuple[str, ...] = ("user", "import", "sync", "restore", "demo")
LIST_FIELDS: tuple[str, ...] = ("emails", "phones", "urls", "addresses")
# Contact columns that never reach a card: "one thing I can do" and when it was typed.
RAPPORT_ONLY_COLUMNS: tuple[str, ...] = ("one_thing", "one_thing_on")
# Contact columns a patch may set: the card's and the Rapport-only ones.
COLUMNS: tuple[str, ...] = (*CARD_COLUMNS, *RAPPORT_ONLY_COLUMNS)
# Columns the services keep denormalised for sorting; not the contact's own data.
DERIVED_COLUMNS: tuple[str, ...] = ("last_interaction_at", "next_followup_on")

_BATCH = 900  # ids per IN (...) query, under SQLite's parameter limit
_ROWS_PER_STATEMENT = 500  # executemany chunk: one chunk is well under 100 ms of work
_INDEX_CHUNK = 400  # contacts reindexed per step (~50 ms)
_NEW_INDEX_CHUNK = 1000  # new contacts indexed per step (~40 us each: ~50 ms)
MEMBERS_PER_STATEMENT = 10_000  # tag memberships written per statement (~50 ms, triggers)
# SQLite calls back into Python every this many virtual-machine steps of a long statement
# (a bulk write's index or search index built at its end: ~1 ms apart), so progress goes
# on and a Cancel is heard during it (and acted on when the statement ends).
_STEPS_PER_TICK = 20_000
# A bulk write's end: an index made again weighs 1, the search index of its new contacts
# this much per 1,000 contacts (at 100,000: ~0.13 s an index, ~27 ms per 1,000 contacts).
_SEARCH_WEIGHT_PER_1000 = 0.2
# New contacts of a bulk write indexed for search while it waits for its input
# (``Session.index_ahead``), at least this many a statement: FTS5 writes a segment per
# statement, and merges them once 16 pile up at one level (100,000 cards: 4-6 statements).
INDEX_AHEAD = 20_000
_NEXT_ID = "next_contact_id"
_INSERT_LINK = "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)"


def trigger_text(statements: Iterable[str], name: str) -> str:
    """The text of the trigger *name* among a migration's *statements*, blanks folded (what
    ``paused_trigger`` compares the database's with)."""
    return next(" ".join(t.split()) for t in statements
                if t.startswith(f"CREATE TRIGGER {name} "))


# The trigger that counts a tag's members as each membership is inserted (migration 10).
_COUNT_TRIGGER = "contact_tag_added"
_COUNT_TRIGGER_SQL = trigger_text(COUNT_TRIGGERS, _COUNT_TRIGGER)
# The history field of a tag put on / taken off many contacts at once (``tag_members``).
MEMBERS = "members"
# The history field of a stage set on many contacts at once (``set_stages``).
STAGES = "stages"

# table, the column holding the value (None: an address, whose value is its parts)
_TABLES: dict[str, tuple[str, str | None]] = {
    "emails": ("email", "address"),
    "phones": ("phone", "number"),
    "urls": ("url", "url"),
    "addresses": ("address", None),
}
# Every column of the contact table a whole-contact snapshot keeps (not id, not sort_key).
_ALL_COLUMNS: tuple[str, ...] = (
    *CARD_COLUMNS, *RAPPORT_ONLY_COLUMNS, "is_me", "import_batch_id", "vcard_extra",
    "created_at", "updated_at", *DERIVED_COLUMNS,
)

# A card's own rows besides its tags (``Session.delete`` deletes them table by table).
_CARD_TABLES: tuple[str, ...] = ("email", "phone", "url", "address", "contact_photo")
DELETE_CHUNK = 5_000  # contacts ``Session.delete`` deletes per step (~0.3 s at 100,000)
# A delete of at least this share of the book, or an undo that brings back at least as many
# contacts as the book holds, is written in bulk (``Session.begin_bulk``): the book's
# secondary indexes are made again over what is left, by one sort each, instead of each
# contact's entries taken out of (put into) each of them in random order (issue 18).
BULK_DELETE_SHARE = 0.5
_BACK_CHUNK = 2_000  # contacts ``Session.bring_back`` reads from the history per step
# The trigger that counts a tag's members down as each membership is deleted (migration 10).
_UNCOUNT_TRIGGER = "contact_tag_removed"
_UNCOUNT_TRIGGER_SQL = trigger_text(COUNT_TRIGGERS, _UNCOUNT_TRIGGER)
# An SQL function of the store's connection while it deletes: a photo's bytes as base64.
_BASE64 = "rapport_base64"


def _base64(data: bytes | None) -> str | None:
    return None if data is None else base64.b64encode(bytes(data)).decode("ascii")


def _items_sql(table: str, pairs: Sequence[tuple[str, str]]) -> str:
    """A JSON array of one list of the contact ``c``: each row of *table* an object of
    (key, SQL expression) *pairs*, in the list's order (as ``load_records`` reads it)."""
    body = ", ".join(f"'{key}', {expr}" for key, expr in pairs)
    return (f"json((SELECT json_group_array(json_object({body})) FROM (SELECT * FROM {table} "
            f"WHERE contact_id = c.id ORDER BY position, id)))")


_PREF = "json(CASE WHEN pref THEN 'true' ELSE 'false' END)"
_ITEM_TAIL = (("kind", "kind"), ("label", "label"), ("pref", _PREF), ("meta", "vcard_meta"))
# A whole contact as the history keeps a deleted one, built by SQLite from the contact
# ``c``: every column (``_ALL_COLUMNS``, as stored), its lists as ``_recorded`` writes
# them, its tags by name (NOCASE order) with the category of those that are not
# interests (by name: ``bring_back`` folds it), the photo as [mime, base64].
# ``Session.bring_back`` puts it back.
_WHOLE = (
    "json_object('columns', json_object("
    + ", ".join(f"'{name}', c.{name}" for name in _ALL_COLUMNS) + "), "
    "'emails', " + _items_sql("email", (("value", "address"), *_ITEM_TAIL)) + ", "
    "'phones', " + _items_sql("phone", (("value", "number"), *_ITEM_TAIL,
                                        ("e164", "e164"))) + ", "
    "'urls', " + _items_sql("url", (("value", "url"), *_ITEM_TAIL)) + ", "
    "'addresses', " + _items_sql("address", (*((p, p) for p in ADDRESS_PARTS),
                                             *_ITEM_TAIL)) + ", "
    "'tags', json((SELECT json_group_array(name) FROM (SELECT t.name FROM contact_tag ct "
    "JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id "
    "ORDER BY t.name COLLATE NOCASE))), "
    "'tag_categories', json((SELECT json_group_object(t.name, t.category) FROM contact_tag ct "
    "JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id "
    "AND coalesce(t.category, '') NOT IN ('', 'interest'))), "
    f"'photo', json((SELECT json_array(p.mime, {_BASE64}(p.data)) FROM contact_photo p "
    "WHERE p.contact_id = c.id)))"
)

# A column a record leaves out is written as the table's default.
_NULLABLE = frozenset({"uid", "birthday", "anniversary", "note", "met_on", "keep_in_touch_days"})
_DEFAULTS: dict[str, Any] = {
    name: None if name in _NULLABLE else "connected" if name == "stage" else ""
    for name in CARD_COLUMNS}

Tick = Callable[[], None]


def _nothing() -> None:
    pass


def now_text() -> str:
    return str(dt.datetime.now().replace(microsecond=0))


def _sql(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _dumps(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _chunks(ids: Sequence[int], size: int = _BATCH) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield [int(i) for i in ids[start : start + size]]


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _values_clause(sql: str) -> tuple[str, int]:
    """(*sql* up to its ``VALUES (``, how many ``?`` follow) for an insert whose text ends
    with ``VALUES (?, ..., ?)``; else ("", 0)."""
    head, found, tail = sql.rpartition("VALUES (")
    marks = tail.rstrip().removesuffix(")").replace(" ", "").split(",")
    if not found or not tail.rstrip().endswith(")") or any(m != "?" for m in marks):
        return "", 0
    return head + found, len(marks)


def _without_nulls(head: str, marks: int, rows: Sequence[tuple[Any, ...]]
                   ) -> tuple[str, Sequence[tuple[Any, ...]]]:
    """The statement and rows that insert *rows* with every column that is None in all of
    them written ``NULL`` in the text. Python's sqlite3 looks up an adapter for each None
    it binds (~0.2 us): an import's labels, metadata and unused name parts, 1.3 million
    of them at 100,000 cards, were ~0.3 s of its writer (issue 18)."""
    columns = list(zip(*rows, strict=True))
    n = len(rows)
    empty = [c.count(None) == n for c in columns]
    if len(columns) != marks or not any(empty):
        return head + _marks(marks) + ")", rows
    values = ",".join("NULL" if e else "?" for e in empty)
    kept = [c for c, e in zip(columns, empty, strict=True) if not e]
    return head + values + ")", list(zip(*kept, strict=True)) if kept else [()] * n


@contextmanager
def paused_trigger(name: str, text: str) -> Iterator[bool]:
    """Trigger *name* dropped for the block and made again from its own text after it, when
    it is the one the caller stands in for (*text*: ``trigger_text`` of its migration) and
    a transaction is open; whether it was dropped (else it runs: none of that name, or a
    later migration's that does more). The caller's block does the trigger's work for
    all its rows at once when it was (issue 18: a trigger runs its statements per row).
    The drop, the block and the return are in the caller's transaction: a cancel, an
    error or a crash rolls them back together, so no other connection ever sees the
    trigger missing or the rows without their counts."""
    row = db.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                         (name,)).fetchone()
    if row is None or " ".join(str(row[0]).split()) != text or not db.in_transaction():
        yield False
        return
    db.execute_sql(f"DROP TRIGGER {name}")
    try:
        yield True
    finally:
        db.execute_sql(str(row[0]))


class Ticking:
    """Calls *tick* every ``_STEPS_PER_TICK`` steps of whatever SQLite runs while it is
    entered (one statement can take a second), so progress goes on. What *tick* raises (a
    Cancel) is raised by ``check()``, which the caller calls between statements: stopping
    a statement half-way (SQLite's interrupt) can roll back the whole transaction under
    the callers' savepoints. *tick* must not use the database connection (SQLite is in
    the middle of a statement on it): the import's reports progress and hears Cancel.

    Private state: ``_raised``, what *tick* raised and ``check()`` has not raised yet.
    """

    def __init__(self, tick: Tick) -> None:
        self._tick = tick
        self._raised: BaseException | None = None

    def _handler(self) -> int:
        if self._raised is None:
            try:
                self._tick()
            except BaseException as exc:  # raised by check(), in its place
                self._raised = exc
        return 0

    def __enter__(self) -> Ticking:
        db.connection().set_progress_handler(self._handler, _STEPS_PER_TICK)
        return self

    def __exit__(self, *exc: object) -> None:
        db.connection().set_progress_handler(None, 0)

    def check(self) -> None:
        """Raise what *tick* raised, if it did."""
        if self._raised is not None:
            raised, self._raised = self._raised, None
            raise raised


def _id_array(sql: str, params: Sequence[Any]) -> list[int]:
    """The ints a one-column query gives, built as one JSON array by SQLite."""
    row = db.execute_sql(f"SELECT json_group_array(value) FROM ({sql})", params).fetchone()
    ids: list[int] = json.loads(row[0]) if row and row[0] else []
    return ids


def member_ids(value: Mapping[str, Any] | None) -> IdRuns:
    """The contact ids of one side of a ``members`` history row: its ``runs``
    (``IdRuns.flat``), or the ``ids`` array rows written before them kept."""
    if not value:
        return IdRuns()
    runs = value.get("runs")
    if runs is not None:
        return IdRuns.from_flat(runs)
    return IdRuns(value.get("ids") or ())


def stage_groups(value: Mapping[str, Any] | None) -> dict[str, IdRuns]:
    """One side of a ``stages`` history row: each stage and the contacts that had it."""
    if not value:
        return {}
    return {str(stage): IdRuns.from_flat(runs) for stage, runs in value["runs"].items()}


def in_chunks(ids: Iterable[int], size: int) -> Iterator[list[int]]:
    """*ids* (a list, ``IdRuns``...) *size* at a time, as lists: never all of them."""
    it = iter(ids)
    while chunk := [int(c) for c in itertools.islice(it, size)]:
        yield chunk


# --------------------------------------------------------------------------- list items


def clean_item(field: str, item: Mapping[str, Any]) -> dict[str, Any]:
    """One e-mail / phone / URL / address as the store writes and records it."""
    out: dict[str, Any]
    if field == "addresses":
        out = {p: str(item.get(p) or "") for p in ADDRESS_PARTS}
    else:
        out = {"value": str(item.get("value") or "").strip()}
    out.update(kind=item.get("kind") or "", label=item.get("label"),
               pref=bool(item.get("pref")), meta=item.get("meta"))
    if field == "phones":
        out["e164"] = item.get("e164")
    return out


def placed_phones(phones: Sequence[Mapping[str, Any]], addresses: Sequence[Mapping[str, Any]],
                  *, again: bool = False) -> list[dict[str, Any]]:
    """One contact's phone items with ``e164`` as the store writes it: a number not yet
    placed (no ``e164`` key; *again*: every number) is placed in its country by
    ``phones.e164_numbers`` with the contact's *addresses* (None where it cannot be)."""
    if not again and all("e164" in p for p in phones):
        return [dict(p) for p in phones]
    values = [str(p.get("value") or "").strip() for p in phones]
    countries = [str(a.get("country") or "") for a in addresses]
    return [{**p, "e164": p["e164"] if "e164" in p and not again else e164}
            for p, e164 in zip(phones, e164_numbers(values, countries), strict=True)]


def _key(field: str, item: Mapping[str, Any]) -> tuple[Any, ...]:
    """What makes two items the same value (the derived ``e164`` aside)."""
    if field == "addresses":
        head: tuple[Any, ...] = tuple(str(item.get(p) or "") for p in ADDRESS_PARTS)
    else:
        head = (str(item.get("value") or "").strip(),)
    return (*head, item.get("kind") or "", item.get("label"), bool(item.get("pref")),
            item.get("meta"))


def _keep(field: str, items: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The items worth a row: an e-mail, phone or URL with a value, an address with a part."""
    out = []
    for item in items:
        clean = clean_item(field, item)
        empty = (not any(clean[p] for p in ADDRESS_PARTS) if field == "addresses"
                 else not clean["value"])
        if not empty:
            out.append(clean)
    return out


def _recorded(field: str, items: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Items as the history keeps them (no row ids or positions)."""
    return [clean_item(field, i) for i in items]


def _row_values(field: str, item: Mapping[str, Any]) -> tuple[Any, ...]:
    """The columns after ``contact_id`` of an insert, in ``_insert_sql`` order."""
    if field == "addresses":
        head: tuple[Any, ...] = tuple(item[p] for p in ADDRESS_PARTS)
    elif field == "phones":
        head = (item["value"], item["e164"])
    else:
        head = (item["value"],)
    return (*head, item["kind"], item["label"], int(item["pref"]), item["meta"])


def _list_rows(records: Sequence[ContactRecord]) -> dict[str, list[tuple[Any, ...]]]:
    """Insert rows (``_insert_sql`` order) of new contacts' e-mails, phones, URLs and
    addresses by field, empty items left out (``_keep`` and ``_row_values`` in one pass),
    for the bulk paths (an import, the demo, an undone delete). Phone numbers not yet
    placed are placed in their country with the contact's addresses.

    One loop over the records for all four lists, a field's items read inline: at 100,000
    imported cards, a call per contact and field (400,000) with a generator per address
    cost 0.62 s of CPU, this 0.3 s (issue 18)."""
    emails: list[tuple[Any, ...]] = []
    phones: list[tuple[Any, ...]] = []
    urls: list[tuple[Any, ...]] = []
    addresses: list[tuple[Any, ...]] = []
    for rec in records:
        cid = int(rec.contact_id or 0)
        for items, out in ((rec.emails, emails), (rec.urls, urls)) if rec.urls else (
                (rec.emails, emails),):
            n = 0
            for item in items:
                get = item.get
                raw = get("value")
                value = str(raw).strip() if raw else ""
                if value:
                    out.append((cid, value, get("kind") or "", get("label"),
                                1 if get("pref") else 0, get("meta"), n))
                    n += 1
        if rec.phones:
            kept = [item for item in rec.phones if str(item.get("value") or "").strip()]
            if not all("e164" in item for item in kept):
                kept = placed_phones(kept, rec.addresses)
            n = 0
            for item in kept:
                get = item.get
                phones.append((cid, str(get("value")).strip(), item["e164"],
                               get("kind") or "", get("label"), 1 if get("pref") else 0,
                               get("meta"), n))
                n += 1
        n = 0
        for item in rec.addresses:
            get = item.get
            parts = tuple([str(get(p) or "") for p in ADDRESS_PARTS])
            if any(parts):
                addresses.append((cid, *parts, get("kind") or "", get("label"),
                                  1 if get("pref") else 0, get("meta"), n))
                n += 1
    return {"emails": emails, "phones": phones, "urls": urls, "addresses": addresses}


def _value_columns(field: str) -> tuple[str, ...]:
    column = _TABLES[field][1]
    if column is None:
        head: tuple[str, ...] = ADDRESS_PARTS
    elif field == "phones":
        head = (column, "e164")
    else:
        head = (column,)
    return (*head, "kind", "label", "pref", "vcard_meta")


def _insert_sql(field: str) -> str:
    table = _TABLES[field][0]
    cols = ("contact_id", *_value_columns(field), "position")
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({_marks(len(cols))})"


def _update_sql(field: str) -> str:
    table = _TABLES[field][0]
    sets = ", ".join(f"{c} = ?" for c in (*_value_columns(field), "position"))
    return f"UPDATE {table} SET {sets} WHERE id = ?"


def plan_rows(field: str, old: Sequence[Mapping[str, Any]], new: Sequence[Mapping[str, Any]],
              kept: list[tuple[Mapping[str, Any], dict[str, Any]]] | None = None
              ) -> tuple[list[tuple[int, int]], list[tuple[int, int, dict[str, Any]]],
                         list[tuple[int, dict[str, Any]]], list[int]]:
    """How to turn rows *old* (with ``id`` and ``position``) into the list *new*, touching
    as little as possible: (position moves, in-place rewrites, inserts, deletes).

    A value still there keeps its row (moved if its place changed); a changed value takes
    the row of a value that went, so one e-mail edited is one row rewritten and the others'
    rows and metadata stay as they were. *kept*, if given, receives (old row, new item) of
    every value that keeps its row (the store compares their derived ``e164``)."""
    new_items = [clean_item(field, n) for n in new]
    free: dict[tuple[Any, ...], deque[int]] = {}
    for i, o in enumerate(old):
        free.setdefault(_key(field, o), deque()).append(i)
    taken: list[int | None] = []
    used: set[int] = set()
    for n in new_items:
        queue = free.get(_key(field, n))
        if queue:
            i = queue.popleft()
            taken.append(i)
            used.add(i)
        else:
            taken.append(None)
    spare = deque(i for i in range(len(old)) if i not in used)
    moves: list[tuple[int, int]] = []
    rewrites: list[tuple[int, int, dict[str, Any]]] = []
    inserts: list[tuple[int, dict[str, Any]]] = []
    for pos, (n, at) in enumerate(zip(new_items, taken, strict=True)):
        if at is not None:
            if old[at].get("position") != pos:
                moves.append((int(old[at]["id"]), pos))
            if kept is not None:
                kept.append((old[at], n))
        elif spare:
            rewrites.append((int(old[spare.popleft()]["id"]), pos, n))
        else:
            inserts.append((pos, n))
    deletes = [int(old[i]["id"]) for i in spare]
    return moves, rewrites, inserts, deletes


# --------------------------------------------------------------------------- photos, extra


def photo_json(photo: tuple[bytes, str] | None) -> list[str] | None:
    if photo is None:
        return None
    return [photo[1] or "", base64.b64encode(photo[0]).decode("ascii")]


def photo_from_json(value: Any) -> tuple[bytes, str] | None:
    if not value:
        return None
    return base64.b64decode(str(value[1])), str(value[0] or "")


def _photo_same(a: tuple[bytes, str] | None, b: tuple[bytes, str] | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return bytes(a[0]) == bytes(b[0]) and (a[1] or "") == (b[1] or "")


def _extra_text(extra: Mapping[str, Any] | None) -> str | None:
    return _dumps(dict(extra)) if extra else None


# --------------------------------------------------------------------------- the session


class Session:
    """One change set being written (``session()`` opens and closes it).

    Private state: ``_set_id`` is the change set's row, made on the first change (an edit
    that changes nothing leaves no trace); ``_dirty`` the contacts whose search index is
    stale, ``_fresh`` those of them this session created (never indexed yet); ``_changes``
    what the views must refresh but the contacts, which are in ``_touched``: the sets of
    contacts of each write (a bulk write's as ``IdRuns``), folded into one when
    ``changes()`` is asked. Each write
    flushes its history rows at once, so a savepoint the caller rolls back (the importer's
    per-file savepoint) takes them away with the rows they describe.
    """

    def __init__(self, source: str, label: str | Phrase = "", *, batch_id: int | None = None,
                 undoes: int | None = None, marker: bool = False) -> None:
        if source not in SOURCES:
            raise ValueError(f"unknown change source {source!r}")
        self.source = source
        self.label = label  # a Phrase: worded when shown (issue 14); text: as it is
        self.batch_id = batch_id
        self.undoes = undoes
        self._set_id: int | None = None
        self._rows = 0
        # Kept even without field rows: an import or demo (its contacts are the set's), a
        # restore (the set marks it).
        self._keep = marker or batch_id is not None
        self._dirty: set[int] = set()
        self._fresh: set[int] = set()  # created here, not yet indexed (never were)
        # A bulk write (``begin_bulk``): the indexes it dropped (name -> the statement that
        # made them), and the contacts it created whose search rows wait for its end.
        self._bulk: dict[str, str] | None = None
        self._unindexed: set[int] = set()
        self._changes = Changes()
        self._touched: list[AbstractIds] = []

    # ------------------------------------------------------------------ bookkeeping

    @property
    def set_id(self) -> int | None:
        return self._set_id

    def open_set(self) -> int:
        """The change set's id, made now if it was not yet (the importer makes it first, so
        that a file rolled back later never takes it away)."""
        if self._set_id is None:
            db.execute_sql(
                "INSERT INTO change_set (source, label, label_parts, made_at, "
                "import_batch_id, undoes) VALUES (?, ?, ?, ?, ?, ?)",
                (self.source, english_text(self.label), phrase_parts(self.label), now_text(),
                 self.batch_id, self.undoes))
            self._set_id = int(db.execute_sql("SELECT last_insert_rowid()").fetchone()[0])
        return self._set_id

    def _record(self, rows: Sequence[tuple[int, str, Any, Any]]) -> None:
        """History rows (contact id, field, before, after), values JSON-encoded here."""
        if not rows:
            return
        set_id = self.open_set()
        cur = db.cursor()
        data = [(set_id, cid, field, _dumps(before), _dumps(after))
                for cid, field, before, after in rows]
        for start in range(0, len(data), _ROWS_PER_STATEMENT):
            cur.executemany(
                "INSERT INTO change (set_id, contact_id, field, before, after) "
                "VALUES (?, ?, ?, ?, ?)", data[start : start + _ROWS_PER_STATEMENT])
        self._rows += len(data)

    def _touch(self, ids: Iterable[int], *, added_or_removed: bool = False, tags: bool = False,
               removed: bool = False, index: bool = True) -> None:
        """Mark contacts written: their index is stale (unless not *index*: only their tags
        changed), the views refresh them (*removed*: what hung off them went or came back
        too: timeline, graph, follow-ups)."""
        id_set: AbstractIds
        if isinstance(ids, IdRuns):  # a bulk write's contacts: kept as its runs (issue 18)
            id_set = ids
        else:
            # One set of ContactIds, not a copy (issue 18), from a generator: the
            # interpreter lock can pass to the UI thread between its items.
            id_set = frozenset(ContactId(int(i)) for i in ids)
        if index:
            self._dirty.update(id_set)
        if id_set:
            # Kept apart, folded once by ``changes()``: folded into the changes at every
            # write, the growing set was copied at each chunk of an import (quadratic).
            self._touched.append(id_set)
        self._changes |= Changes(
            contacts_added_or_removed=added_or_removed or removed, tags=tags or removed,
            graph=removed, followups=removed, interactions=removed)

    def note(self, changes: Changes) -> None:
        """Fold what a caller changed alongside into this session's ``changes``."""
        self._changes |= changes

    def changes(self) -> Changes:
        sets = (self._set_id,) if self._set_id is not None else ()
        if len(self._touched) > 1 and any(isinstance(p, IdRuns) for p in self._touched):
            # Some written in bulk (``tag_members``): joined by their runs, not into a set
            # of them all (issue 18: 300,000 contacts tagged were 24 MB as a frozenset).
            self._touched = [IdRuns.union(self._touched)]
        elif len(self._touched) > 1:
            # From a generator, not one C call over them all: the interpreter lock can
            # pass to the UI thread between its items.
            self._touched = [frozenset(i for part in self._touched for i in part)]
        contacts = self._touched[0] if self._touched else frozenset()
        return self._changes | Changes(contacts=contacts, change_sets=sets)

    def reindex(self, at: Callable[[float], None] | None = None) -> None:
        """Bring the search index up to date for what this session wrote (in steps of
        ~50 ms, *at* told the share done after each). Contacts this session created are
        indexed without looking for their old rows (``search.reindex``'s *fresh*), in
        bigger steps: FTS5 then writes fewer, larger segments (issue 18)."""
        if self._bulk is not None:
            # New contacts are indexed at the bulk write's end, as they are then.
            self._unindexed |= self._fresh
            self._dirty -= self._unindexed
            self._fresh.clear()
        fresh = sorted(self._dirty & self._fresh)
        dirty = sorted(self._dirty - self._fresh)
        self._dirty.clear()
        self._fresh.clear()
        total = len(fresh) + len(dirty)
        done = 0
        for ids, step, new in ((dirty, _INDEX_CHUNK, False), (fresh, _NEW_INDEX_CHUNK, True)):
            for start in range(0, len(ids), step):
                chunk = ids[start : start + step]
                search.reindex([ContactId(i) for i in chunk], fresh=new)
                done += len(chunk)
                if at is not None:
                    at(done / total)
        if total:
            search.bound_levels()  # a piled-up level drains, idle time or not

    # ------------------------------------------------------------------ bulk writes

    @property
    def bulk(self) -> bool:
        return self._bulk is not None

    def begin_bulk(self) -> None:
        """Write what follows in bulk (issue 18; an import much bigger than the book): the
        secondary indexes no write of the session reads (``indexes.BULK_INDEXES``) are
        dropped now and made again by ``end_bulk``, by one sort each instead of a random
        insert per row; the contacts created from now on are indexed for search by
        ``end_bulk`` in a few statements (FTS5 writes a segment at the end of every
        statement that adds rows, and merges them: ``search.index_new``).

        The caller holds the transaction that ``end_bulk`` ends in (an import's): a cancel,
        an error or a killed process rolls the drops back with the rows, so no committed
        book lacks an index or a contact's search row. Opening a book makes any bulk index
        that is missing all the same (``indexes.restore_missing``)."""
        if self._bulk is not None:
            return
        self.reindex()  # what was written before is indexed as it was
        self._bulk = indexes.present(db)
        for name in self._bulk:
            db.execute_sql(f'DROP INDEX "{name}"')

    def end_bulk(self, at: Callable[[float], None] | None = None, tick: Tick = _nothing
                 ) -> None:
        """The end of a bulk write (``begin_bulk``): the indexes it dropped are made again
        (those a savepoint rolled back into place are left as they are) and its new
        contacts indexed for search. *tick* is called every millisecond or so of SQLite's
        work (what it raises stops it), *at* told the share done after each step."""
        if self._bulk is None:
            return
        self.reindex()  # contacts changed since the last reindex; new ones join the rest
        dropped, self._bulk = self._bulk, None
        fresh = sorted(self._unindexed)
        self._unindexed.clear()
        search_weight = _SEARCH_WEIGHT_PER_1000 * len(fresh) / 1000
        total = max(len(dropped) + search_weight, 1)
        done = 0.0
        with Ticking(tick) as ticking:
            have = indexes.present(db)
            for name, sql in dropped.items():
                if name not in have:
                    db.execute_sql(sql)
                ticking.check()
                done += 1
                if at is not None:
                    at(done / total)

            def step(share: float) -> None:
                ticking.check()
                if at is not None:
                    at((done + share * search_weight) / total)

            if fresh:
                search.index_new(fresh, step)
        if at is not None:
            at(1.0)

    def index_ahead(self, tick: Tick = _nothing) -> bool:
        """While a bulk write waits for its input (an import's parse process reading on),
        index for search the new contacts it has written so far, once at least
        ``INDEX_AHEAD`` wait: less is left for ``end_bulk``, after the input's end, when
        nothing else runs beside it (issue 18). A contact changed after this is indexed
        again as any written contact is (``reindex``). *tick* as ``end_bulk``'s. True if
        it indexed."""
        if self._bulk is None or len(self._unindexed) < INDEX_AHEAD:
            return False
        fresh = sorted(self._unindexed)
        with Ticking(tick) as ticking:
            search.index_new(fresh, lambda _share: ticking.check())
        self._unindexed.clear()
        return True

    def rebuild_index(self) -> None:
        """Rebuild the whole search index at once (after a bulk load of most of the book:
        one statement instead of one per chunk)."""
        search.rebuild_index()
        self._dirty.clear()
        self._fresh.clear()

    def relabel(self, label: str | Phrase) -> None:
        self.label = label
        if self._set_id is not None:
            db.execute_sql("UPDATE change_set SET label = ?, label_parts = ? WHERE id = ?",
                           (english_text(label), phrase_parts(label), self._set_id))

    def discard(self) -> None:
        """Forget the change set (an import that changed nothing)."""
        if self._set_id is not None:
            db.execute_sql("DELETE FROM change_set WHERE id = ?", (self._set_id,))
        self._set_id = None
        self._rows = 0
        self._keep = False

    def close(self) -> Changes:
        """Index what was written (a bulk write ends); drop the change set if it recorded
        nothing."""
        self.end_bulk()
        self.reindex()
        if self._set_id is not None and self._rows == 0 and not self._keep:
            db.execute_sql("DELETE FROM change_set WHERE id = ?", (self._set_id,))
            self._set_id = None
        return self.changes()

    # ------------------------------------------------------------------ ids, tags

    def _allocate(self, n: int) -> int:
        """*n* new contact ids, never used before (the caller holds the write lock)."""
        first = next_contact_id()
        db.execute_sql(
            "INSERT INTO store_state (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (_NEXT_ID, first + n))
        return first

    def tag_ids(self, names: Iterable[str], category: str = "interest",
                created: list[tuple[str, str]] | None = None,
                categories: Mapping[str, str] | None = None) -> dict[str, int]:
        """Tag ids by case-folded name, creating the missing tags (recorded, so an undo
        deletes them again when nobody carries them; also appended to *created*). A new
        tag is in *category*, or in the one *categories* (case-folded name -> category,
        as ``ContactRecord.tag_categories``) gives it; an existing tag keeps its own."""
        from desktop.services.tags import ensure_tags

        made: list[tuple[str, str]] = []
        ids = ensure_tags(names, category, created=made, categories=categories)
        if made:
            self._record([(0, "tag", None, {"name": n, "category": c}) for n, c in made])
            self._changes |= Changes(tags=True)
            if created is not None:
                created.extend(made)
        return ids

    # ------------------------------------------------------------------ create

    def create(self, records: Sequence[ContactRecord], *, is_me: bool = False,
               record: bool = True, counted: bool = False, tick: Tick = _nothing
               ) -> list[ContactId]:
        """Insert new contacts, one ``executemany`` per table; their ids, in order (each
        record's ``contact_id`` is set too). A record without a UID gets one (its
        ``content_uid``, else a new one; RFC 6350 §6.7.6), written into the record too;
        *record* False leaves the per-contact history to the change set itself (a bulk
        import: its batch). *counted*: their tag memberships are counted per tag in one
        statement instead of by the per-row trigger (``_insert_counted``; an import's
        chunk)."""
        if not records:
            return []
        first = self._allocate(len(records))
        for i, rec in enumerate(records):
            rec.contact_id = first + i
        links, first_tags = self._tag_links(records)
        now = now_text()
        rows = []
        card_values = operator.itemgetter(*CARD_COLUMNS)
        met_on = CARD_COLUMNS.index("met_on")
        batch = self.batch_id
        me = int(is_me)
        for i, rec in enumerate(records):
            c = rec.columns
            if not c.get("uid"):
                c["uid"] = rec.content_uid or f"urn:uuid:{uuid.uuid4()}"
            try:  # a card's record has every column: no merge with the defaults
                values = card_values(c)
            except KeyError:
                values = card_values({**_DEFAULTS, **c})
            if isinstance(values[met_on], dt.date):
                values = (*values[:met_on], values[met_on].isoformat(), *values[met_on + 1:])
            rows.append((first + i, *values, rec.sort_key(), batch, rec.extra_json(), me,
                         now, now, first_tags[i]))
        cols = ", ".join(CARD_COLUMNS)
        self._many(f"INSERT INTO contact (id, {cols}, sort_key, import_batch_id, vcard_extra, "
                   f"is_me, created_at, updated_at, first_tag) VALUES ({_marks(len(rows[0]))})",
                   rows, tick)
        self._children(records, links, tick, counted=counted)
        ids = [ContactId(first + i) for i in range(len(records))]
        if record:
            self._record([(int(c), "contact", None, {}) for c in ids])
        else:
            self._keep = True
            self.open_set()
        self._fresh.update(int(c) for c in ids)
        self._touch(ids, added_or_removed=True, tags=any(rec.tags for rec in records))
        return ids

    def _many(self, sql: str, rows: Sequence[tuple[Any, ...]], tick: Tick) -> None:
        """*sql* (an ``INSERT ... VALUES (?, ...)``) for each of *rows*, a chunk of them a
        statement; a column no row of a chunk has a value for is written NULL in the
        statement's text, not bound per row (``_without_nulls``)."""
        cur = db.cursor()
        head, marks = _values_clause(sql)
        for start in range(0, len(rows), _ROWS_PER_STATEMENT):
            chunk = rows[start : start + _ROWS_PER_STATEMENT]
            if marks:
                cur.executemany(*_without_nulls(head, marks, chunk))
            else:
                cur.executemany(sql, chunk)
            tick()

    def _tag_links(self, records: Sequence[ContactRecord]
                   ) -> tuple[list[tuple[int, int]], list[str | None]]:
        """The tag memberships of new records (their tags made where missing), and each
        record's ``first_tag`` (its tags' first name in NOCASE order, what the
        ``contact_tag_added`` trigger would set): a contact inserted with it makes the
        trigger's update find nothing to change (issue 18: that update rewrote each
        contact's row once per tag, 30 us a card of an import)."""
        # A thousand cards carry a few dozen distinct names: each is cleaned, looked up and
        # ordered once (issue 18: per membership that was 20 us a card).
        names = list(dict.fromkeys(t for rec in records for t in rec.tags))
        if not names:
            return [], [None] * len(records)
        kinds = {k: v for rec in records for k, v in rec.tag_categories.items()}
        tag_ids = self.tag_ids(names, categories=kinds)
        stored = dict(db.execute_sql(
            "SELECT id, name FROM tag WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(set(tag_ids.values()))),)).fetchall())
        # name as the card wrote it -> (tag id, NOCASE order of the stored name: ASCII
        # letters folded, then the UTF-8 bytes compared, what the trigger's ``>`` does)
        known: dict[str, tuple[int, bytes]] = {}
        for t in names:
            tag_id = tag_ids.get(" ".join(t.split()).casefold())
            if tag_id is not None:
                known[t] = (tag_id, stored[tag_id].encode().lower())
        links: dict[tuple[int, int], None] = {}
        firsts: list[str | None] = []
        for rec in records:
            first: tuple[int, bytes] | None = None
            cid = int(rec.contact_id or 0)
            for t in rec.tags:
                found = known.get(t)
                if found is None:
                    continue
                links[(cid, found[0])] = None
                if first is None or found[1] < first[1]:
                    first = found
            firsts.append(None if first is None else stored[first[0]])
        return list(links), firsts

    def _children(self, records: Sequence[ContactRecord], links: Sequence[tuple[int, int]],
                  tick: Tick, *, counted: bool = False) -> None:
        """The lists, tag memberships (``_tag_links``) and photos of newly inserted
        records (*counted*: the memberships through ``_insert_counted``)."""
        for field, rows in _list_rows(records).items():
            if rows:
                self._many(_insert_sql(field), rows, tick)
        if links and counted and db.in_transaction():
            self._insert_counted(links)
            tick()
        elif links:
            self._many(_INSERT_LINK, links, tick)
        photos = [(rec.contact_id, rec.photo[0], rec.photo[1] or "image/jpeg")
                  for rec in records if rec.photo is not None]
        if photos:
            self._many("INSERT INTO contact_photo (contact_id, data, mime) VALUES (?, ?, ?)",
                       photos, tick)

    def _insert_counted(self, links: Sequence[tuple[int, int]]) -> None:
        """Insert the tag memberships of new contacts, their tags' ``tag_count`` rows
        raised by one statement: the ``contact_tag_added`` trigger (migration 10) is dropped
        for the insert and made again from its own text after it. Its other work, the
        contact's ``first_tag``, the contacts were inserted with (``_tag_links``).

        The trigger ran two statements per membership: at 100,000 cards of a few
        categories each, seconds of an import (issue 18). The drop, the insert, the count
        and the trigger's return are in the caller's transaction (an import's, with a
        savepoint per file): a cancel, an error or a crash rolls them back together, so
        the trigger and the counts are never seen apart. The caller holds a transaction.
        A trigger of that name that is not migration 10's (a later migration's, doing more)
        is left to run."""
        with paused_trigger(_COUNT_TRIGGER, _COUNT_TRIGGER_SQL) as paused:
            cur = db.cursor()
            for start in range(0, len(links), _ROWS_PER_STATEMENT):
                cur.executemany(_INSERT_LINK, links[start : start + _ROWS_PER_STATEMENT])
            if paused:
                # The contacts are new (ids never used before): every membership they have
                # is one just inserted.
                db.execute_sql(
                    "INSERT INTO tag_count (tag_id, members) SELECT ct.tag_id, count(*) "
                    "FROM json_each(?) j JOIN contact_tag ct ON ct.contact_id = j.value "
                    "WHERE true GROUP BY ct.tag_id "
                    "ON CONFLICT (tag_id) DO UPDATE SET members = members + excluded.members",
                    (json.dumps(sorted({cid for cid, _tag in links})),))

    # ------------------------------------------------------------------ write differences

    def replace(self, records: Sequence[ContactRecord], *, photos: bool = True,
                tags: bool = True, tick: Tick = _nothing) -> list[ContactId]:
        """Make each existing contact (``record.contact_id``) hold exactly its record: card
        columns, lists, ``extra``, and the tags and photo unless told not to look at them.
        Writes only the differences; the ids of the contacts that changed."""
        ids = [int(rec.contact_id) for rec in records if rec.contact_id is not None]
        before: dict[int, ContactRecord] = {}
        for chunk in _chunks(ids, 300):
            before.update(load_records(chunk, photos=photos, row_ids=True))
            tick()
        changed: list[ContactId] = []
        for n, rec in enumerate(records):
            cid = rec.contact_id
            if cid is None or int(cid) not in before:
                continue
            old = before[int(cid)]
            patch: dict[str, Any] = {
                name: rec.columns.get(name) for name in CARD_COLUMNS if name in rec.columns}
            for field in LIST_FIELDS:
                patch[field] = getattr(rec, field)
            patch["extra"] = rec.extra
            if tags:
                patch["tags"] = rec.tags
                if rec.tag_categories:
                    patch["tag_categories"] = rec.tag_categories
            if photos:
                patch["photo"] = rec.photo
            if self._apply(int(cid), old, patch):
                changed.append(ContactId(int(cid)))
            if n % 64 == 0:
                tick()
        return changed

    def update(self, contact_id: ContactId, patch: Mapping[str, Any]) -> bool:
        """Change what *patch* names on one contact, and nothing else. Keys: a column of
        ``COLUMNS``; ``emails`` / ``phones`` / ``urls`` / ``addresses`` (the whole list,
        item dicts as in ``ContactRecord``); ``tags`` (the whole set), ``tags_add`` /
        ``tags_remove`` (names), ``tag_categories`` (the category a tag put on gets if it
        is new, as ``ContactRecord.tag_categories``); ``photo`` ((bytes, mime) or None);
        ``extra`` (a dict). False when the contact is gone or nothing changed."""
        cid = int(contact_id)
        photos = "photo" in patch
        old = load_records([cid], photos=photos, row_ids=True).get(cid)
        if old is None:
            return False
        return self._apply(cid, old, patch)

    def _apply(self, cid: int, old: ContactRecord, patch: Mapping[str, Any]) -> bool:
        history: list[tuple[int, str, Any, Any]] = []
        sets: dict[str, Any] = {}
        card_changed = False
        own = [n for n in RAPPORT_ONLY_COLUMNS if n in patch]
        kept = dict(zip(own, db.execute_sql(
            f"SELECT {', '.join(own)} FROM contact WHERE id = ?", (cid,)).fetchone() or (),
            strict=False)) if own else {}
        for name in COLUMNS:
            if name not in patch:
                continue
            was = kept.get(name) if name in RAPPORT_ONLY_COLUMNS else old.columns.get(name)
            new = patch[name]
            if _sql(was) != _sql(new):
                sets[name] = _sql(new)
                history.append((cid, name, _sql(was), _sql(new)))
                card_changed = card_changed or name not in RAPPORT_ONLY_COLUMNS
        if "full_name" in sets or "organization" in sets:
            full = sets.get("full_name", old.columns.get("full_name")) or ""
            org = sets.get("organization", old.columns.get("organization")) or ""
            sets["sort_key"] = sort_key(full or org)
        if "extra" in patch:
            new_extra = dict(patch["extra"] or {})
            if new_extra != old.extra:
                sets["vcard_extra"] = _extra_text(new_extra)
                history.append((cid, "extra", old.extra or None, new_extra or None))
                card_changed = True
        lists = {f: patch[f] for f in LIST_FIELDS if f in patch}
        if "phones" in lists:
            lists["phones"] = placed_phones(
                [p for p in lists["phones"] if str(p.get("value") or "").strip()],
                lists.get("addresses", old.addresses))
        elif "addresses" in lists and old.phones:
            # The numbers' country may come from an address that changed: placed again.
            lists["phones"] = placed_phones(old.phones, lists["addresses"], again=True)
        for field, items in lists.items():
            if self._write_list(cid, field, getattr(old, field), items):
                history.append((cid, field, _recorded(field, getattr(old, field)),
                                _recorded(field, _keep(field, items))))
                card_changed = True
        tags_changed = self._write_tags(cid, old.tags, patch, history)
        if "photo" in patch and not _photo_same(old.photo, patch["photo"]):
            new_photo = patch["photo"]
            if new_photo is None:
                db.execute_sql("DELETE FROM contact_photo WHERE contact_id = ?", (cid,))
            else:
                db.execute_sql(
                    "INSERT OR REPLACE INTO contact_photo (contact_id, data, mime) "
                    "VALUES (?, ?, ?)", (cid, new_photo[0], new_photo[1] or "image/jpeg"))
            history.append((cid, "photo", photo_json(old.photo), photo_json(new_photo)))
            card_changed = True
        if not history:
            return False
        if card_changed or tags_changed:
            sets["updated_at"] = now_text()
        if sets:
            db.execute_sql(f"UPDATE contact SET {', '.join(f'{k} = ?' for k in sets)} "
                           "WHERE id = ?", [*sets.values(), cid])
        self._record(history)
        self._touch([cid], tags=tags_changed)
        return True

    def _write_list(self, cid: int, field: str, old: Sequence[Mapping[str, Any]],
                    new: Sequence[Mapping[str, Any]]) -> bool:
        """Write the difference between rows *old* and items *new*; whether a value changed
        (a phone's ``e164`` placed anew, alone, is not a change of the person: it is
        written, not recorded)."""
        kept: list[tuple[Mapping[str, Any], dict[str, Any]]] = []
        moves, rewrites, inserts, deletes = plan_rows(field, old, _keep(field, new), kept)
        cur = db.cursor()
        if field == "phones":
            placed = [(item["e164"], int(row["id"])) for row, item in kept
                      if row.get("e164") != item["e164"]]
            if placed:
                cur.executemany("UPDATE phone SET e164 = ? WHERE id = ?", placed)
        if not (moves or rewrites or inserts or deletes):
            return False
        table = _TABLES[field][0]
        if deletes:
            cur.executemany(f"DELETE FROM {table} WHERE id = ?", [(i,) for i in deletes])
        if moves:
            cur.executemany(f"UPDATE {table} SET position = ? WHERE id = ?",
                            [(pos, i) for i, pos in moves])
        if rewrites:
            cur.executemany(_update_sql(field),
                            [(*_row_values(field, item), pos, i) for i, pos, item in rewrites])
        if inserts:
            cur.executemany(_insert_sql(field),
                            [(cid, *_row_values(field, item), pos) for pos, item in inserts])
        return True

    def _write_tags(self, cid: int, have: Sequence[str], patch: Mapping[str, Any],
                    history: list[tuple[int, str, Any, Any]]) -> bool:
        current = {t.casefold(): t for t in have}
        add: dict[str, str] = {}
        remove: dict[str, str] = {}
        if "tags" in patch:
            wanted: dict[str, str] = {}
            for name in patch["tags"]:
                clean = " ".join(str(name).split())
                if clean:
                    wanted.setdefault(clean.casefold(), clean)
            add = {k: v for k, v in wanted.items() if k not in current}
            remove = {k: v for k, v in current.items() if k not in wanted}
        for name in patch.get("tags_add", ()):
            clean = " ".join(str(name).split())
            if clean and clean.casefold() not in current:
                add.setdefault(clean.casefold(), clean)
        for name in patch.get("tags_remove", ()):
            key = " ".join(str(name).split()).casefold()
            if key in current and key not in add:
                remove.setdefault(key, current[key])
        if not add and not remove:
            return False
        cur = db.cursor()
        if remove:
            cur.executemany(
                "DELETE FROM contact_tag WHERE contact_id = ? AND tag_id = "
                "(SELECT id FROM tag WHERE name = ? COLLATE NOCASE)",
                [(cid, name) for name in remove.values()])
        if add:
            ids = self.tag_ids(add.values(), categories=patch.get("tag_categories"))
            cur.executemany("INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)",
                            [(cid, ids[k]) for k in add if k in ids])
        history.append((cid, "tags", sorted(remove.values()), sorted(add.values())))
        return True

    def set_columns(self, rows: Mapping[int, Mapping[str, Any]]) -> dict[int, dict[str, Any]]:
        """Set a few columns of many contacts at once (a stage for a selection, "met at"
        for an import's batch): read and written per 900 contacts, recorded per contact.
        What each changed contact held before, by column. Not for names (``update``)."""
        cols = sorted({name for values in rows.values() for name in values})
        if not set(cols) <= set(COLUMNS) - {"full_name", "organization"}:
            raise ValueError(f"set_columns cannot set {cols}")
        if not cols:
            return {}
        ids = sorted(int(c) for c in rows)
        before: dict[int, dict[str, Any]] = {}
        for chunk in _chunks(ids):
            for row in db.execute_sql(
                    f"SELECT id, {', '.join(cols)} FROM contact WHERE id IN "
                    f"({_marks(len(chunk))})", chunk):
                before[row[0]] = dict(zip(cols, row[1:], strict=True))
        changed: dict[int, dict[str, Any]] = {}
        writes: dict[str, list[tuple[Any, int]]] = {}
        history: list[tuple[int, str, Any, Any]] = []
        card: set[int] = set()
        for cid in ids:
            was = before.get(cid)
            if was is None:
                continue
            for name, value in rows[cid].items():
                if _sql(was[name]) != _sql(value):
                    changed.setdefault(cid, {})[name] = was[name]
                    writes.setdefault(name, []).append((_sql(value), cid))
                    history.append((cid, name, _sql(was[name]), _sql(value)))
                    if name not in RAPPORT_ONLY_COLUMNS:
                        card.add(cid)
        cur = db.cursor()
        for name, pairs in writes.items():
            cur.executemany(f"UPDATE contact SET {name} = ? WHERE id = ?", pairs)
        now = now_text()
        cur.executemany("UPDATE contact SET updated_at = ? WHERE id = ?",
                        [(now, cid) for cid in sorted(card)])
        self._record(history)
        self._touch(changed)
        return changed

    # ------------------------------------------------------------------ tags in bulk

    def tag_members(self, tag_id: int, add: Iterable[int] = (), remove: Iterable[int] = (),
                    tick: Tick = _nothing) -> int:
        """Put tag *tag_id* on contacts *add* and take it off *remove* (a selection tagged,
        a tag merged, deleted, restored); how many contacts changed. A few statements
        however many contacts, recorded compactly: one ``members`` row per direction
        (``_record_members``), not one per contact. The contacts' search rows are not
        touched: tags are searched through ``tag_fts``.

        Issue 18: ``MEMBERS_PER_STATEMENT`` contacts at a time, each step its own short
        statements (which members are new, the write, their ``updated_at``): a statement
        over 300,000 contacts held the interpreter lock in one C call for tens of
        milliseconds (its JSON parameter, the array it gave back) and had SQLite keep
        every page it rewrote in its statement journal (in memory: ``temp_store``), a
        hundred megabytes and more. The contacts it changed are kept as runs of ids
        (``IdRuns``), chunk by chunk: no list, set or dict of all of them (each was
        10-16 MB at 300,000). A contact given twice counts once: within a chunk it is
        dropped here, in a later chunk the write of the earlier one already shows."""
        row = db.execute_sql("SELECT name FROM tag WHERE id = ?", (int(tag_id),)).fetchone()
        if row is None:
            return 0
        name = str(row[0])
        changed = 0
        # Alive and not yet members, in the order given.
        put_on = self._members_chunks(
            add, "SELECT j.value FROM json_each(?) j WHERE EXISTS (SELECT 1 FROM contact c "
            "WHERE c.id = j.value) AND NOT EXISTS (SELECT 1 FROM contact_tag ct "
            "WHERE ct.contact_id = j.value AND ct.tag_id = ?) ORDER BY j.key",
            "INSERT INTO contact_tag (contact_id, tag_id) SELECT value, ? FROM json_each(?)",
            tag_id, tick)
        if put_on:
            self._record_members(name, IdRuns(), put_on)
            self._touch(put_on, tags=True, index=False)
            changed += len(put_on)
        taken_off = self._members_chunks(
            remove, "SELECT j.value FROM json_each(?) j WHERE EXISTS (SELECT 1 FROM "
            "contact_tag ct WHERE ct.contact_id = j.value AND ct.tag_id = ?) ORDER BY j.key",
            "DELETE FROM contact_tag WHERE tag_id = ? AND contact_id IN "
            "(SELECT value FROM json_each(?))", tag_id, tick)
        if taken_off:
            self._record_members(name, taken_off, IdRuns())
            self._touch(taken_off, tags=True, index=False)
            changed += len(taken_off)
        return changed

    def _members_chunks(self, ids: Iterable[int], which: str, write: str, tag_id: int,
                        tick: Tick) -> IdRuns:
        """``tag_members``' one direction: for each chunk of *ids*, the contacts *which*
        picks (its parameters: the chunk as a JSON array, the tag), *write* run on them
        (the tag, the JSON array of those picked) and their ``updated_at`` stamped; the
        contacts written, as runs."""
        written: list[IdRuns] = []
        for given in in_chunks(ids, MEMBERS_PER_STATEMENT):
            chunk = _id_array(which, (json.dumps(list(dict.fromkeys(given))), int(tag_id)))
            if chunk:
                text = json.dumps(chunk)
                db.execute_sql(write, (int(tag_id), text))
                self._stamp(text)
                written.append(IdRuns(chunk))
            tick()
        return IdRuns.union(written)

    def _stamp(self, ids_json: str) -> None:
        """``updated_at`` of the contacts in a JSON array: now."""
        db.execute_sql("UPDATE contact SET updated_at = ? WHERE id IN "
                       "(SELECT value FROM json_each(?))", (now_text(), ids_json))

    def _record_members(self, name: str, taken_off: IdRuns, put_on: IdRuns) -> None:
        """One history row for tag *name* taken off or put on many contacts: contact id 0,
        field ``members``, ``before`` / ``after`` ``{"tag": name, "runs": [...]}`` (null on
        the other side): the ids as runs of consecutive ids (``IdRuns.flat``: a book's ids
        are mostly consecutive, so 300,000 contacts are a few numbers, not a 2 MB array).
        Rows written before kept the ids as ``"ids": [...]``; ``member_ids`` reads both.
        ``history.undo`` reads it back, ``history.changed_since`` counts it as a ``tags``
        change of each of those contacts."""
        before = {"tag": name, "runs": taken_off.flat()} if taken_off else None
        after = {"tag": name, "runs": put_on.flat()} if put_on else None
        self._record([(0, MEMBERS, before, after)])

    # ------------------------------------------------------------------ stages in bulk

    def set_stages(self, moves: Iterable[tuple[Iterable[int], str | None, str]],
                   tick: Tick = _nothing) -> IdRuns:
        """Set the stage of many contacts at once: for each (ids, was, stage) of *moves*,
        the contacts of *ids* (never the user's own profile) whose stage is *was* (None:
        any but *stage*) get *stage*. The contacts changed, as runs.

        Issue 18: like ``tag_members``, ``MEMBERS_PER_STATEMENT`` contacts at a time, each
        chunk two short statements (what each had, grouped by stage; the write), *tick*
        called between them; recorded as ONE history row, contact id 0, field ``stages``,
        ``before`` / ``after`` ``{"runs": {stage: IdRuns.flat}}``: the contacts each stage
        was and became, as runs of ids (a per-contact row each was 100,000 rows, 150 MB
        at its peak). ``history.undo`` takes it back where the stage is still what it
        wrote; ``history.changed_since`` counts it as a ``stage`` change of each."""
        before: dict[str, list[IdRuns]] = {}
        after: dict[str, list[IdRuns]] = {}
        now = now_text()
        for ids, was, stage in moves:
            which = "stage = ?" if was is not None else "stage <> ?"
            where = f"id IN (SELECT value FROM json_each(?)) AND is_me = 0 AND {which}"
            for given in in_chunks(ids, MEMBERS_PER_STATEMENT):
                text = json.dumps(given)
                params = (text, was if was is not None else stage)
                groups = db.execute_sql(
                    f"SELECT stage, json_group_array(id) FROM contact WHERE {where} "
                    "GROUP BY stage", params).fetchall()
                if groups:
                    db.execute_sql(f"UPDATE contact SET stage = ?, updated_at = ? "
                                   f"WHERE {where}", (stage, now, *params))
                    for old, changed in groups:
                        runs = IdRuns(json.loads(changed))
                        before.setdefault(str(old), []).append(runs)
                        after.setdefault(stage, []).append(runs)
                tick()
        if not before:
            return IdRuns()
        self._record([(0, STAGES,
                       {"runs": {k: IdRuns.union(v).flat() for k, v in before.items()}},
                       {"runs": {k: IdRuns.union(v).flat() for k, v in after.items()}})])
        # The stage is not in the search index: nothing to index again.
        written = IdRuns.union(IdRuns.union(v) for v in after.values())
        self._touch(written, index=False)
        return written

    def drop_tag(self, tag_id: int) -> int:
        """Delete a tag: its members lose it first (recorded, their cards change), then the
        tag row goes here too, as deleting it would cascade into ``contact_tag``."""
        members = [r[0] for r in db.execute_sql(
            "SELECT contact_id FROM contact_tag WHERE tag_id = ?", (int(tag_id),))]
        changed = self.tag_members(tag_id, remove=members)
        db.execute_sql("DELETE FROM tag WHERE id = ?", (int(tag_id),))
        self._changes |= Changes(tags=True)
        return changed

    def drop_unused_tags(self, names: Iterable[str]) -> bool:
        """Delete the tags among *names* that no contact carries (an undone change had made
        them); whether any went."""
        gone = 0
        for name in dict.fromkeys(" ".join(n.split()) for n in names):
            cursor = db.execute_sql(
                "DELETE FROM tag WHERE name = ? COLLATE NOCASE AND NOT EXISTS "
                "(SELECT 1 FROM contact_tag ct WHERE ct.tag_id = tag.id)", (name,))
            gone += cursor.rowcount or 0
        if gone:
            self._changes |= Changes(tags=True)
        return gone > 0

    # ------------------------------------------------------------------ delete, restore

    def expect_deletes(self, count: int) -> None:
        """*count* contacts are about to be deleted (``delete``, in steps): when they are at
        least ``BULK_DELETE_SHARE`` of the book, the rest of the session is written in bulk
        (``begin_bulk``: the book's secondary indexes go now and are made again over the
        contacts left when it ends). Issue 18: deleting the whole 100,000-contact book took
        each contact's entries out of 12 indexes in random order, 4.5 s of the delete."""
        self._bulk_for(count, 0)

    def _bulk_for(self, count: int, coming: int) -> None:
        """Write the rest of the session in bulk when *count* contacts, deleted or brought
        back (*coming* of them not in the book yet), are at least ``BULK_DELETE_SHARE`` of
        the book with them."""
        if self._bulk is not None or count <= 0:
            return
        book = int(db.execute_sql("SELECT count(*) FROM contact").fetchone()[0]) + coming
        if count >= BULK_DELETE_SHARE * book:
            self.begin_bulk()

    def delete(self, ids: Iterable[int], *, keep: bool = True, tick: Tick = _nothing
               ) -> IdRuns:
        """Delete contacts (and, by cascade, whatever still hangs off them: the caller may
        delete it first). With *keep* the history holds each whole contact (``_WHOLE``),
        so an undo brings it back as it was. The contacts deleted, as runs.

        Issue 18: ``DELETE_CHUNK`` contacts a step, in id order, each step a few set-based
        statements -- their history rows built by SQLite (``_WHOLE``: no record per
        contact in Python), then their card's rows table by table, their tags with the
        counts lowered once per tag (``_delete_counted``), the contacts, their search rows
        -- *tick* called after each step. A ``DELETE FROM contact`` of 300 ids at a time,
        each cascading into every child table, took 27 s of CPU for 100,000 contacts and
        their snapshots built in Python 9 s more. In id order a step reads and writes its
        own stretch of each table (a contact's rows are stored by its id, its card's rows,
        memberships and search row beside their neighbours'); in the list's order (by
        name) each step of 5,000 touched pages all over the book, read again and again
        through the job's small page cache (100,000 contacts: 2.3 million page reads,
        ``expect_deletes`` and this order: 0.5 million)."""
        gone: list[IdRuns] = []
        if keep:
            db.connection().create_function(_BASE64, 1, _base64, deterministic=True)
        for given in in_chunks(IdRuns.of(ids), DELETE_CHUNK):
            present = _id_array("SELECT c.id AS value FROM json_each(?) j JOIN contact c "
                                "ON c.id = j.value ORDER BY j.key", (json.dumps(given),))
            if present:
                text = json.dumps(present)
                # One row per contact, in the order given (field "contact", before: the
                # whole contact or null, after: null).
                db.execute_sql(
                    "INSERT INTO change (set_id, contact_id, field, before, after) "
                    f"SELECT ?, c.id, 'contact', {_WHOLE if keep else 'NULL'}, NULL "
                    "FROM json_each(?) j JOIN contact c ON c.id = j.value ORDER BY j.key",
                    (self.open_set(), text))
                self._rows += len(present)
                for table in _CARD_TABLES:
                    db.execute_sql(f"DELETE FROM {table} WHERE contact_id IN "
                                   "(SELECT value FROM json_each(?))", (text,))
                self._delete_counted(text)
                db.execute_sql("DELETE FROM contact WHERE id IN (SELECT value FROM json_each(?))",
                               (text,))
                search.reindex(IdRuns(present))  # their search rows go
                gone.append(IdRuns(present))
            tick()
        out = IdRuns.union(gone)
        if out:
            self._touch(out, removed=True, index=False)
        return out

    def _delete_counted(self, ids_json: str) -> None:
        """Delete the tag memberships of contacts about to be deleted (a JSON array), their
        tags' ``tag_count`` rows lowered by one statement: the ``contact_tag_removed``
        trigger (migration 10) is dropped for the delete and made again from its own text
        after it, as ``_insert_counted`` does for an insert. Its other work, the contact's
        ``first_tag``, does not matter for a contact that is going: the trigger rewrote
        each contact's row once per tag it held first (issue 18). In the caller's
        transaction, so the trigger and the counts are never seen apart. A trigger of that
        name that is not migration 10's is left to run."""
        with paused_trigger(_UNCOUNT_TRIGGER, _UNCOUNT_TRIGGER_SQL) as paused:
            if paused:
                db.execute_sql(
                    "UPDATE tag_count SET members = members - g.n FROM (SELECT tag_id, "
                    "count(*) AS n FROM contact_tag WHERE contact_id IN (SELECT value FROM "
                    "json_each(?)) GROUP BY tag_id) AS g WHERE tag_count.tag_id = g.tag_id",
                    (ids_json,))
            db.execute_sql("DELETE FROM contact_tag WHERE contact_id IN "
                           "(SELECT value FROM json_each(?))", (ids_json,))

    def bring_back(self, set_id: int, ids: Collection[int], tick: Tick = _nothing) -> IdRuns:
        """Insert the contacts among *ids* that change set *set_id* deleted, as its history
        rows kept them (``delete``), at their own ids (an undone delete). Ids that are
        taken are skipped (and not in the runs returned).

        Issue 18: ``_BACK_CHUNK`` contacts a step, in the order of *ids* (ascending:
        each step writes its own stretch of each table), each read from the history and
        written before the next is read (100,000 whole contacts read at once peaked at
        +960 MB); their tags counted per tag and their ``first_tag`` written with them
        (``_tag_links``, ``_insert_counted``); their search rows written at the end in a
        few statements (``search.index_new``: they have none, their delete took them).
        As many as the book holds or more are written in bulk (``_bulk_for``: the book's
        indexes made again at the session's end; 100,000 contacts put into 12 indexes
        one by one took 2.9 s of CPU)."""
        self._bulk_for(len(ids), len(ids))
        batches = {r[0] for r in db.execute_sql("SELECT id FROM import_batch")}
        back: list[IdRuns] = []
        for chunk in in_chunks(ids, _BACK_CHUNK):
            text = json.dumps(chunk)
            # By contact (change_by_contact); by set, SQLite read every row of the set for
            # each step (at 100,000: 11 s).
            wholes = db.execute_sql(
                "SELECT h.contact_id, h.before FROM change h WHERE +h.set_id = ? "
                "AND h.field = 'contact' AND h.after IS NULL AND h.before IS NOT NULL "
                "AND h.contact_id IN (SELECT value FROM json_each(?)) AND NOT EXISTS "
                "(SELECT 1 FROM contact c WHERE c.id = h.contact_id) ORDER BY h.id",
                (int(set_id), text)).fetchall()
            done = self._bring_back_chunk(wholes, batches, tick)
            if done:
                back.append(done)
        out = IdRuns.union(back)
        if out:
            self._record_created(out)
            search.index_new(list(out))
            self._touch(out, removed=True, index=False)
        return out

    def _bring_back_chunk(self, wholes: Sequence[tuple[int, str]], batches: set[int],
                          tick: Tick) -> IdRuns:
        """Insert one chunk of ``bring_back``: (contact id, its whole as JSON text)."""
        rows = []
        records: list[ContactRecord] = []
        # Per contact a few C calls (``map`` over the column names, no comprehension or
        # generator per contact): 100,000 contacts' Python 1.4 s less (issue 18).
        for cid, text in wholes:
            whole = json.loads(text)  # new objects: the lists are the record's own
            cols = whole.get("columns") or {}
            if cols.get("import_batch_id") not in batches:
                cols["import_batch_id"] = None
            get = cols.get
            rec = ContactRecord(dict(zip(CARD_COLUMNS, map(get, CARD_COLUMNS), strict=True)))
            rec.contact_id = int(cid)
            rec.emails = whole.get("emails") or []
            rec.phones = whole.get("phones") or []
            rec.urls = whole.get("urls") or []
            rec.addresses = whole.get("addresses") or []
            rec.tags = whole.get("tags") or []
            # A tag gone meanwhile (an undone import dropped it) comes back in its
            # category (keyed by the name as the delete found it, or folded: the same).
            categories = whole.get("tag_categories")
            if categories:
                rec.tag_categories = {str(k).casefold(): v for k, v in categories.items()}
            rec.photo = photo_from_json(whole.get("photo"))
            records.append(rec)
            rows.append((int(cid), *map(get, _ALL_COLUMNS),
                         sort_key(get("full_name") or get("organization") or "")))
        if not records:
            return IdRuns()
        top = max(int(r.contact_id or 0) for r in records)
        db.execute_sql(
            "INSERT INTO store_state (key, value) VALUES (?, ?) ON CONFLICT (key) "
            "DO UPDATE SET value = max(value, excluded.value)", (_NEXT_ID, top + 1))
        links, first_tags = self._tag_links(records)
        cols_sql = ", ".join(("id", *_ALL_COLUMNS, "sort_key", "first_tag"))
        self._many(f"INSERT INTO contact ({cols_sql}) VALUES ({_marks(len(rows[0]) + 1)})",
                   [(*row, first) for row, first in zip(rows, first_tags, strict=True)], tick)
        self._children(records, links, tick, counted=True)
        return IdRuns(int(r.contact_id or 0) for r in records)

    def _record_created(self, ids: IdRuns) -> None:
        """History rows saying each of *ids* was created by this set (an undone delete's:
        undoing it deletes them again)."""
        for chunk in in_chunks(ids, MEMBERS_PER_STATEMENT):
            db.execute_sql(
                "INSERT INTO change (set_id, contact_id, field, before, after) "
                "SELECT ?, value, 'contact', NULL, '{}' FROM json_each(?)",
                (self.open_set(), json.dumps(chunk)))
            self._rows += len(chunk)

    def assign_uids(self, ids: Sequence[int]) -> list[ContactId]:
        """Give the contacts among *ids* that have no UID one (RFC 6350 §6.7.6: a card on a
        server needs a UID that stays with it)."""
        missing: list[int] = []
        for chunk in _chunks(list(ids)):
            missing += [r[0] for r in db.execute_sql(
                f"SELECT id FROM contact WHERE id IN ({_marks(len(chunk))}) "
                "AND (uid IS NULL OR uid = '')", chunk)]
        rows = [(f"urn:uuid:{uuid.uuid4()}", c) for c in missing]
        db.cursor().executemany("UPDATE contact SET uid = ? WHERE id = ?", rows)
        self._record([(c, "uid", None, uid) for uid, c in rows])
        self._touch(missing)
        return [ContactId(c) for c in missing]


@contextmanager
def session(source: str, label: str | Phrase = "", *, batch_id: int | None = None,
            undoes: int | None = None, marker: bool = False, joined: bool = False
            ) -> Iterator[Session]:
    """A change set: everything written through the session is one transaction (a
    savepoint inside the caller's), indexed and recorded when it ends. Read the outcome
    with ``Session.changes()`` after the block. *joined*: inside the caller's transaction
    without a savepoint of its own, for a caller that rolls back as a whole on any error
    (``history.undo``): SQLite keeps a copy of every page first written under a savepoint
    (in memory, ``temp_store``), and an undo that rewrites a tag's 300,000 members and
    their contacts' rows rewrites most of the book (issue 18: 250 MB)."""
    s = Session(source, label, batch_id=batch_id, undoes=undoes, marker=marker)
    with db.transaction("IMMEDIATE") if joined else db.atomic("IMMEDIATE"):
        yield s
        s.close()


# --------------------------------------------------------------------------- reading


def next_contact_id() -> int:
    """The id the next contact created will get (asked inside the write transaction that
    creates it: the demo names its cards after their ids)."""
    top = int(db.execute_sql("SELECT coalesce(max(id), 0) + 1 FROM contact").fetchone()[0])
    row = db.execute_sql("SELECT value FROM store_state WHERE key = ?", (_NEXT_ID,)).fetchone()
    return max(top, int(row[0]) if row else 1)


def field_values(ids: Sequence[int], fields: Iterable[str]) -> dict[int, dict[str, Any]]:
    """The current value of *fields* for contacts *ids*, as the history records them
    (missing contacts are absent): what ``history.undo`` compares with."""
    wanted = set(fields)
    photos = "photo" in wanted
    out: dict[int, dict[str, Any]] = {}
    own = [n for n in RAPPORT_ONLY_COLUMNS if n in wanted]
    rapport_only: dict[int, dict[str, Any]] = {}
    if own:
        for chunk in _chunks(list(ids)):
            for row in db.execute_sql(
                    f"SELECT id, {', '.join(own)} FROM contact WHERE id IN "
                    f"({_marks(len(chunk))})", chunk):
                rapport_only[row[0]] = {n: _sql(v) for n, v in zip(own, row[1:], strict=True)}
    for chunk in _chunks(list(ids), 300):
        for cid, rec in load_records(chunk, photos=photos).items():
            values: dict[str, Any] = {}
            for name in wanted:
                if name in CARD_COLUMNS:
                    values[name] = _sql(rec.columns.get(name))
                elif name in RAPPORT_ONLY_COLUMNS:
                    values[name] = rapport_only.get(cid, {}).get(name)
                elif name in LIST_FIELDS:
                    values[name] = _recorded(name, getattr(rec, name))
                elif name == "extra":
                    values[name] = rec.extra or None
                elif name == "photo":
                    values[name] = photo_json(rec.photo)
                elif name == "tags":
                    values[name] = list(rec.tags)
            out[cid] = values
    return out


def same_value(field: str, a: Any, b: Any) -> bool:
    """Whether two recorded values of *field* are the same value."""
    if field in LIST_FIELDS:
        return [_key(field, x) for x in a or ()] == [_key(field, y) for y in b or ()]
    if field == "extra":
        return (a or None) == (b or None)
    return bool(a == b)


# --------------------------------------------------------------------------- derived dates


def set_derived(column: str, rows: Sequence[tuple[Any, int]]) -> None:
    """Write one denormalised date (``DERIVED_COLUMNS``) of many contacts: (value, id)
    pairs. Not the contact's own data: no history, ``updated_at`` unchanged."""
    if column not in DERIVED_COLUMNS:
        raise ValueError(column)
    db.cursor().executemany(f"UPDATE contact SET {column} = ? WHERE id = ?",
                            [(v, int(c)) for v, c in rows])


def set_timeline_dates(rows: Sequence[tuple[Any, Any, int]]) -> None:
    """(last interaction, next follow-up, id) triples, as a timeline restore has them."""
    db.cursor().executemany(
        "UPDATE contact SET last_interaction_at = ?, next_followup_on = ? WHERE id = ?",
        [(a, b, int(c)) for a, b, c in rows])


def refresh_next_followup(ids: Sequence[int]) -> None:
    """``next_followup_on`` from the follow-ups: the earliest open effective date."""
    for chunk in _chunks(list(ids)):
        db.execute_sql(
            "UPDATE contact SET next_followup_on = (SELECT min(coalesce(f.snoozed_until, "
            "f.due_on)) FROM follow_up f WHERE f.contact_id = contact.id AND f.done = 0) "
            f"WHERE id IN ({_marks(len(chunk))})", chunk)


def refresh_last_interaction(ids: Sequence[int], moment: str) -> None:
    """``last_interaction_at``: the latest held interaction that has happened by *moment*
    (a planned meeting counts once the user holds it, a cancelled one never)."""
    for chunk in _chunks(list(ids)):
        db.execute_sql(
            "UPDATE contact SET last_interaction_at = (SELECT max(i.happened_at) "
            "FROM interaction_participant p JOIN interaction i ON i.id = p.interaction_id "
            "WHERE p.contact_id = contact.id AND i.status = 'held' AND i.happened_at <= ?) "
            f"WHERE id IN ({_marks(len(chunk))})", [moment, *chunk])


# --------------------------------------------------------------------------- history upkeep


KEEP_SETS = 2000
KEEP_DAYS = 90


def prune_history(keep_sets: int = KEEP_SETS, keep_days: int = KEEP_DAYS,
                  today: dt.date | None = None) -> int:
    """Forget change sets beyond the newest *keep_sets* and those older than *keep_days*
    (run at start-up, so nothing this session may still undo goes). How many went."""
    cutoff = (today or dt.date.today()) - dt.timedelta(days=keep_days)
    row = db.execute_sql("SELECT id FROM change_set ORDER BY id DESC LIMIT 1 OFFSET ?",
                         (max(keep_sets - 1, 0),)).fetchone()
    floor = int(row[0]) if row else 0
    with db.atomic():
        cur = db.execute_sql("DELETE FROM change_set WHERE id < ? OR made_at < ?",
                             (floor, cutoff.isoformat()))
    return int(cur.rowcount or 0)


def mark_set(set_id: int, undone: bool) -> None:
    db.execute_sql("UPDATE change_set SET undone = ? WHERE id = ?", (int(undone), set_id))


def record_restore(label: str | Phrase) -> int:
    """A marker in the history: the data was replaced by a backup (nothing to undo)."""
    with session("restore", label, marker=True) as s:
        set_id = s.open_set()
    return set_id
