"""Search and the contact list: ids filtered and sorted in SQL, rows fetched in blocks.

The list never loads 100,000 contacts: ``query_ids`` returns the ordered ids
(one indexed SQL query), ``fetch_rows`` loads the few hundred rows on screen.
Raw SQL here on purpose: these are the hot paths and model instantiation
would cost more than the query.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

from peewee import Database, OperationalError

from desktop.models import FTS_TABLE, STAGES, TAG_FTS_TABLE, db
from desktop.services.types import ContactId, ContactRow, TagId

# A search word is a run of letters/digits (any script). Everything else the user
# types (quotes, *, NEAR(, -, ') separates words, so no input can form FTS5 or
# SQL syntax: each word is passed quoted, as a prefix query. The characters FTS5's
# unicode61 tokenizer (Unicode 6.1) reads as separators though Python counts them as
# letters (21 New Tai Lue and Vedic signs, Mc in 6.1) separate words too: inside a quoted
# word they made a phrase of two tokens, which the index of migration 19 (no positions)
# refuses. tests/services/test_search_words.py checks every character against FTS5.
FTS_SEPARATING_LETTERS = "\u19b0-\u19c0\u19c8\u19c9\u1cf2\u1cf3"
_WORD = re.compile(rf"[^\W{FTS_SEPARATING_LETTERS}]+", re.UNICODE)
_MAX_WORDS = 16


def build_match(text: str) -> str | None:
    """An FTS5 MATCH expression for *text*: every word, as a prefix, all required."""
    words = _WORD.findall(text.replace("_", " "))[:_MAX_WORDS]
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


class ListKind(Enum):
    ALL = "all"
    DUE = "due"
    FOCUS = "focus"
    TAG = "tag"
    LAST_IMPORT = "last_import"
    ONLY_ASKED = "only_asked"  # received favours, never gave one (issue 4)


class SortKey(Enum):
    NAME = "name"
    ORGANIZATION = "organization"
    STAGE = "stage"
    TAGS = "tags"
    LAST_INTERACTION = "last_interaction"
    NEXT_FOLLOWUP = "next_followup"


@dataclass(frozen=True)
class ListFilter:
    kind: ListKind = ListKind.ALL
    tag_id: TagId | None = None
    text: str = ""


@dataclass(frozen=True)
class _Order:
    """How a list column orders contacts: by ``key`` (ascending or descending), ties by
    name; contacts with no value (``empty``, the complement of ``valued``) always come
    last, by name. ``values`` (the stage) lists the key's values in ascending order, for a
    key no index orders by.

    Every part of the full list is read in the order an index gives it (ties in id order,
    the index's last column), never sorted by SQLite (issue 18: sorting 300,000 rows by
    a computed key took up to 0.9 s): a valued part ascending is one index scan (the
    ``key, sort_key, is_me`` indexes of migrations 1 and 10); descending, the same scan
    with its groups of equal keys put in reverse order (their sizes read from the same
    index), so ties stay in name order.
    """

    key: str
    empty: str
    valued: str
    values: tuple[str, ...] = ()


def _outside(values: Sequence[str]) -> str:
    """*c.stage* is none of *values*, as index ranges (between and around them in text
    order) so that SQLite reads none of the valued rows to find none."""
    bounds = sorted(values)
    ranges = [f"c.stage < '{bounds[0]}'", f"c.stage > '{bounds[-1]}'"]
    ranges += [f"(c.stage > '{a}' AND c.stage < '{b}')" for a, b in itertools.pairwise(bounds)]
    return "(" + " OR ".join(ranges) + ")"


_ORDERS: dict[SortKey, _Order] = {
    SortKey.ORGANIZATION: _Order("c.organization COLLATE NOCASE",
                                 "c.organization COLLATE NOCASE = ''",
                                 "c.organization COLLATE NOCASE > ''"),
    SortKey.STAGE: _Order("c.stage", _outside(STAGES),
                          f"c.stage IN ({', '.join(repr(v) for v in STAGES)})", values=STAGES),
    SortKey.TAGS: _Order("c.first_tag", "c.first_tag IS NULL", "c.first_tag IS NOT NULL"),
    SortKey.LAST_INTERACTION: _Order("c.last_interaction_at", "c.last_interaction_at IS NULL",
                                     "c.last_interaction_at IS NOT NULL"),
    SortKey.NEXT_FOLLOWUP: _Order("c.next_followup_on", "c.next_followup_on IS NULL",
                                  "c.next_followup_on IS NOT NULL"),
}


def order_by(sort: SortKey, descending: bool) -> str:
    """The ORDER BY that says what the list's order is (for a few rows SQLite may sort:
    the full list is read by ``_sorted_ids`` in the same order without a sort)."""
    d = "DESC" if descending else "ASC"
    if sort is SortKey.NAME:
        return f"c.sort_key {d}, c.id {d}"
    order = _ORDERS[sort]
    key = order.key
    if order.values:
        key = "CASE c.stage " + " ".join(
            f"WHEN '{v}' THEN {n}" for n, v in enumerate(order.values)) + " END"
    return f"({order.empty}), {key} {d}, c.sort_key, c.id"


def _reverse_groups(ids: list[int], sizes: Sequence[int]) -> list[int]:
    """*ids* ordered by a key ascending, in groups of equal keys of *sizes*: the same ids
    by the key descending, each group still in its own (name) order."""
    out = ids[::-1]
    position = 0
    for size in reversed(sizes):
        if size > 1:
            out[position : position + size] = out[position : position + size][::-1]
        position += size
    return out


def _sorted_ids(flt: ListFilter, sort: SortKey, descending: bool, today: dt.date,
                limit: int | None = None) -> list[int]:
    """The ids of the sidebar list *flt* (its text ignored) in display order: all of them,
    or the first *limit* (then SQLite stops early: what the window paints first)."""
    where, params = _base_where(flt, today)
    tail = "" if limit is None else f" LIMIT {int(limit)}"
    select = "SELECT c.id AS id FROM contact c WHERE "
    if sort is SortKey.NAME:
        d = "DESC" if descending else "ASC"
        return _id_list(f"{select}{where} ORDER BY c.sort_key {d}{tail}", params)
    order = _ORDERS[sort]
    parts: list[tuple[str, list[object], str]] = []  # (where, params, order by)
    if order.values:
        for value in (reversed(order.values) if descending else order.values):
            parts.append((f"{where} AND c.stage = ?", [*params, value], "c.sort_key"))
    elif descending and limit is not None:
        # SQLite walks the index backwards and sorts each group of equal keys by name,
        # stopping at the limit: only the first groups are ever sorted.
        parts.append((f"{where} AND {order.valued}", params,
                      f"{order.key} DESC, c.sort_key, c.id"))
    else:
        parts.append((f"{where} AND {order.valued}", params,
                      f"{order.key}, c.sort_key"))
    # Stages outside the known ones (none, normally) are found through the stage index,
    # then sorted: "+" keeps SQLite from walking every name to spare that sort.
    parts.append((f"{where} AND {order.empty}", params,
                  "+c.sort_key" if order.values else "c.sort_key"))
    out: list[int] = []
    for number, (part_where, part_params, part_order) in enumerate(parts):
        if limit is not None:
            left = limit - len(out)
            if left <= 0:
                break
            tail = f" LIMIT {left}"
        ids = _id_list(f"{select}{part_where} ORDER BY {part_order}{tail}", part_params)
        if number == 0 and descending and limit is None and not order.values and len(ids) > 1:
            sizes = _id_list(
                f"SELECT count(*) AS id FROM contact c WHERE {part_where} "
                f"GROUP BY {order.key} ORDER BY {order.key}", part_params)
            ids = _reverse_groups(ids, sizes)
        out += ids
    return out


def week_start(day: dt.date) -> dt.date:
    """Monday of *day*'s week: the key of "This week's focus"."""
    return day - dt.timedelta(days=day.weekday())


def _base_where(flt: ListFilter, today: dt.date) -> tuple[str, list[object]]:
    """The sidebar part of the filter (everything but the search text)."""
    clauses = ["c.is_me = 0"]
    params: list[object] = []
    if flt.kind is ListKind.TAG and flt.tag_id is not None:
        clauses.append("c.id IN (SELECT contact_id FROM contact_tag WHERE tag_id = ?)")
        params.append(int(flt.tag_id))
    elif flt.kind is ListKind.DUE:
        clauses.append("c.next_followup_on IS NOT NULL AND c.next_followup_on <= ?")
        params.append(today.isoformat())
    elif flt.kind is ListKind.FOCUS:
        clauses.append("c.id IN (SELECT contact_id FROM focus_entry WHERE week_start = ?)")
        params.append(week_start(today).isoformat())
    elif flt.kind is ListKind.LAST_IMPORT:
        clauses.append(
            "c.import_batch_id = (SELECT max(id) FROM import_batch WHERE undone = 0)"
        )
    elif flt.kind is ListKind.ONLY_ASKED:
        from desktop.services.favors import ONLY_ASKED_SQL

        clauses.append(f"c.id IN ({ONLY_ASKED_SQL})")
    return " AND ".join(clauses), params


def _id_list(sql: str, params: Sequence[object]) -> list[int]:
    # json_group_array builds the list inside SQLite (which runs without the GIL) and
    # json.loads turns it into ints in C: 3-5x faster than fetching 100,000 one-column
    # rows through the cursor.
    row = db.execute_sql(f"SELECT json_group_array(id) FROM ({sql})", params).fetchone()
    return parse_ids(row[0]) if row and row[0] else []


# Characters: ~15,000 ids, ~1 ms of json.loads (400,000 characters held the interpreter
# lock 4-8 ms a piece, the worker's reload of a 300,000-contact list after an import).
_PARSE_CHUNK = 100_000
# Ids turned into machine integers at once: ~1.5 ms (300,000 in one call: 9-22 ms).
_ARRAY_CHUNK = 50_000


def parse_ids(text: str) -> list[int]:
    """A JSON array of ints, parsed in pieces: one json.loads of 300,000 ids holds the
    GIL for tens of milliseconds, long enough to stall the UI thread when a worker
    thread does it (issue 18)."""
    if len(text) <= _PARSE_CHUNK:
        ids: list[int] = json.loads(text)
        return ids
    out: list[int] = []
    start, end = 1, len(text) - 1  # inside the brackets
    while start < end:
        stop = text.find(",", min(start + _PARSE_CHUNK, end))
        stop = end if stop < 0 else stop
        out += json.loads(f"[{text[start:stop]}]")
        start = stop + 1
    return out


SPARSE = 5000  # at most this many matches are ordered by SQLite at once (a few ms)

_IDS_PARAM = "(SELECT value FROM json_each(?))"


def _words(text: str) -> list[str]:
    return _WORD.findall(text.replace("_", " "))[:_MAX_WORDS]


def _own_match(words: Sequence[str]) -> str:
    """The contact's own text (``contact_fts``: tags are matched through ``tag_fts`` and
    ``contact_tag``) holds every word of *words* as a prefix."""
    return " ".join(f'"{w}"*' for w in words)


@dataclass(frozen=True)
class _Search:
    """What a search text asks, as SQL: ``plain`` the words no tag name matches (one FTS5
    query over the contacts' own text); ``tagged`` each other word with the tags whose
    name has a word it begins (it matches a contact's own text or any of those tags)."""

    plain: tuple[str, ...]
    tagged: tuple[tuple[str, tuple[int, ...]], ...]

    def own(self, words: Sequence[str], limit: int | None = None,
            within: Sequence[int] | None = None) -> tuple[str, list[object]]:
        """The ids whose own text matches every word of *words*."""
        sql = f"SELECT rowid AS id FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?"
        params: list[object] = [_own_match(words)]
        if within is not None:
            sql += f" AND rowid IN {_IDS_PARAM}"
            params.append(json.dumps(list(within)))
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return sql, params

    def either(self, word: str, tag_ids: Sequence[int],
               within: Sequence[int] | None = None) -> tuple[str, list[object]]:
        """The ids matching *word*: own text, or carrying one of *tag_ids*."""
        own, params = self.own([word], within=within)
        members = f"SELECT contact_id AS id FROM contact_tag WHERE tag_id IN {_IDS_PARAM}"
        params = [*params, json.dumps(list(tag_ids))]
        if within is not None:
            members += f" AND contact_id IN {_IDS_PARAM}"
            params.append(json.dumps(list(within)))
        return f"{own} UNION ALL {members}", params  # a contact may come twice

    def everything(self) -> tuple[str, list[object]]:
        """Every match, as one compound SELECT of ``id`` (with repeats when it is one word's
        own text and tags: the callers make a set; a union would sort 300,000 ids)."""
        parts: list[tuple[str, list[object]]] = []
        if self.plain:
            parts.append(self.own(self.plain))
        parts += [self.either(w, t) for w, t in self.tagged]
        sql = " INTERSECT ".join(f"SELECT id FROM ({p})" for p, _ in parts)
        return sql, [x for _, params in parts for x in params]


def _search(text: str) -> _Search | None:
    words = _words(text)
    if not words:
        return None
    plain: list[str] = []
    tagged: list[tuple[str, tuple[int, ...]]] = []
    for word in words:
        tag_ids = tuple(r[0] for r in db.execute_sql(
            f"SELECT rowid FROM {TAG_FTS_TABLE} WHERE {TAG_FTS_TABLE} MATCH ?",
            (f'"{word}"*',)))
        if tag_ids:
            tagged.append((word, tag_ids))
        else:
            plain.append(word)
    return _Search(tuple(plain), tuple(tagged))


def _match_ids(text: str) -> list[int] | None:
    """Every id matching *text* (None: no words), in no particular order, some maybe
    twice (a word matching a contact's own text and one of its tags)."""
    found = _search(text)
    if found is None:
        return None
    if not found.tagged:  # the common case: one FTS5 query
        return _id_list(*found.own(found.plain))
    return _id_list(*found.everything())


def _few_match_ids(text: str, most: int) -> list[int] | None:
    """The ids matching *text* when a few milliseconds tell they are at most *most*; None
    otherwise (too many, or more work than that to tell: the caller computes the list off
    the UI thread). Empty for no words."""
    found = _search(text)
    if found is None:
        return []
    few: list[int] | None = None
    if found.plain:
        few = _id_list(*found.own(found.plain, most + 1))
        if len(few) > most:
            few = None
    from_plain = few is not None
    # Else a word with its tags whose matches are few bounds the whole search.
    for word, tag_ids in () if from_plain else found.tagged:
        members = db.execute_sql(
            f"SELECT coalesce(sum(members), 0) FROM tag_count WHERE tag_id IN {_IDS_PARAM}",
            (json.dumps(list(tag_ids)),)).fetchone()[0]
        if members > most or len(_id_list(*found.own([word], most + 1))) > most:
            continue
        few = list(dict.fromkeys(_id_list(*found.either(word, tag_ids))))
        if len(few) <= most:
            break
        few = None
    if few is None:
        return None
    for word, tag_ids in found.tagged:
        if few:
            few = list(dict.fromkeys(_id_list(*found.either(word, tag_ids, within=few))))
    if found.plain and not from_plain and few:
        few = _id_list(*found.own(found.plain, within=few))
    return few


def matching_ids(text: str) -> set[int] | None:
    """The ids whose own text or tags match every word of *text* (None: no words, no
    filter)."""
    found = _match_ids(text)
    return None if found is None else set(found)


def _sparse_ids(flt: ListFilter, sort: SortKey, descending: bool, today: dt.date,
                most: int = SPARSE) -> list[int] | None:
    """The list for *flt*'s text when it matches at most *most* contacts, ordered by
    SQLite in a few milliseconds; None when it matches more (or has no words)."""
    if build_match(flt.text) is None:
        return None
    found = _few_match_ids(flt.text, most)
    if found is None:
        return None
    if not found:
        return []
    where, params = _base_where(flt, today)
    return _id_list(
        f"SELECT c.id AS id FROM contact c WHERE {where} AND c.id IN "
        f"(SELECT value FROM json_each(?)) ORDER BY {order_by(sort, descending)}",
        [*params, json.dumps(found)])


def filter_by_text(base: Sequence[int], text: str) -> list[int]:
    """The ids of *base* whose own text or tags match *text*, in *base*'s order."""
    found = _match_ids(text)
    if found is None:
        return list(base)
    wanted: set[int] = set()
    for start in range(0, len(found), 50_000):  # in pieces, like parse_ids
        wanted.update(found[start : start + 50_000])
    return [i for i in base if i in wanted]


ListKey = tuple[ListKind, TagId | None, SortKey, bool, dt.date]


def list_key(flt: ListFilter, sort: SortKey, descending: bool, today: dt.date) -> ListKey:
    """What a sidebar list's order depends on (the search text aside)."""
    return (flt.kind, flt.tag_id, sort, descending, today)


def id_array(ids: Iterable[int]) -> array[int]:
    """*ids* as an array of machine integers (the same array if it is one already).

    A list of 300,000 ids is 300,000 int objects (9.6 MB beside the list's 2.4) that
    every full pass of the cyclic collector visits: the two such lists a big book kept
    (the cached order and the window's rows) were 26-37 ms of the 37-50 ms full pass the
    network view's close runs on the UI thread (issue 18, measured at 300,000). An array
    holds 8 bytes an id, no object, and the collector does not look into it."""
    if isinstance(ids, array) and ids.typecode == "q":
        return ids
    # In pieces, like ``parse_ids``: one call holds the interpreter lock throughout, and
    # 300,000 ids took 9-22 ms in one (a worker's list reload; the UI thread waits).
    seq = ids if isinstance(ids, Sequence) and not isinstance(ids, array) else list(ids)
    out = array("q")
    for start in range(0, len(seq), _ARRAY_CHUNK):
        out.extend(seq[start : start + _ARRAY_CHUNK])
    return out


def compute_ids(flt: ListFilter, sort: SortKey, descending: bool, today: dt.date,
                base: Sequence[int] | None = None) -> tuple[array[int], Sequence[int]]:
    """(the sidebar list in order, the ids *flt* shows): the whole work of a list, with no
    shared state, so a worker thread can run it (*base*: the sidebar list if known).
    Without search text both are the same array (nobody changes it)."""
    ordered = id_array(_sorted_ids(flt, sort, descending, today) if base is None else base)
    if not build_match(flt.text):
        return ordered, ordered
    return ordered, filter_by_text(ordered, flt.text)


class ListQuery:
    """Ordered contact ids for the list, fast enough to run on every keystroke.

    The ordering of the sidebar selection (without search text) is computed once and
    cached in ``_base`` (``_base_key`` says for which list and sort); a search either asks
    SQLite to order its few matches (``_sparse_ids``) or keeps the cached order.
    ``invalidate()`` drops the cache after a change; ``adopt()`` installs an order a
    worker thread computed (``compute_ids``). The order is kept as an array (``id_array``)
    and the lists it gives are sequences of ids (arrays or lists): read them, do not change
    them.
    """

    def __init__(self) -> None:
        self._base_key: ListKey | None = None
        self._base: array[int] = array("q")

    def invalidate(self) -> None:
        self._base_key = None
        self._base = array("q")

    def adopt(self, key: ListKey, base: Iterable[int]) -> None:
        self._base_key, self._base = key, id_array(base)

    def cached_base(self, key: ListKey) -> array[int] | None:
        return self._base if key == self._base_key else None

    def base_ids(
        self, flt: ListFilter, sort: SortKey, descending: bool, today: dt.date
    ) -> array[int]:
        key = list_key(flt, sort, descending, today)
        if key != self._base_key:
            self.adopt(key, _sorted_ids(flt, sort, descending, today))
        return self._base

    def first_ids(
        self, flt: ListFilter, sort: SortKey, descending: bool, today: dt.date, limit: int
    ) -> Sequence[ContactId]:
        """The first *limit* ids of the sidebar list, without the cost of the whole list:
        what the window paints before the rest arrives (no search text)."""
        base = self.cached_base(list_key(flt, sort, descending, today))
        if base is not None:
            return base[:limit]  # type: ignore[return-value]
        return _sorted_ids(flt, sort, descending, today, limit)  # type: ignore[return-value]

    def quick_ids(
        self, flt: ListFilter, sort: SortKey, descending: bool, today: dt.date,
        small: int = SPARSE,
    ) -> Sequence[ContactId] | None:
        """The whole list when it costs a few milliseconds: a cached order, a search with
        at most *small* matches, or any search of a cached list of at most *small*
        contacts. None otherwise (the caller computes it off the UI thread,
        ``compute_ids``)."""
        base = self.cached_base(list_key(flt, sort, descending, today))
        if not build_match(flt.text):
            return base  # type: ignore[return-value]  # ContactId is an int
        if base is not None and len(base) <= small:
            return filter_by_text(base, flt.text)  # type: ignore[return-value]
        return _sparse_ids(flt, sort, descending, today, small)  # type: ignore[return-value]

    def ids(
        self,
        flt: ListFilter,
        sort: SortKey = SortKey.NAME,
        descending: bool = False,
        today: dt.date | None = None,
    ) -> Sequence[ContactId]:
        day = today or dt.date.today()
        found = self.quick_ids(flt, sort, descending, day)
        if found is not None:
            return found
        base = self.base_ids(flt, sort, descending, day)
        return compute_ids(flt, sort, descending, day, base)[1]  # type: ignore[return-value]


def query_ids(
    flt: ListFilter,
    sort: SortKey = SortKey.NAME,
    descending: bool = False,
    today: dt.date | None = None,
) -> list[ContactId]:
    """The ids of the contacts *flt* selects, in display order (uncached)."""
    return list(ListQuery().ids(flt, sort, descending, today))


def count(flt: ListFilter, today: dt.date | None = None) -> int:
    return len(query_ids(flt, today=today))


def _parse_dt(value: object) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def _parse_date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def fetch_rows(ids: Sequence[ContactId]) -> dict[ContactId, ContactRow]:
    """The list rows for *ids* (any order; missing ids are simply absent)."""
    if not ids:
        return {}
    tags: dict[int, list[str]] = {}
    rows: dict[ContactId, ContactRow] = {}
    # SQLite allows 32,766 parameters; callers fetch blocks of a few hundred.
    for start in range(0, len(ids), 900):
        chunk = [int(i) for i in ids[start : start + 900]]
        marks = ",".join("?" * len(chunk))
        for contact_id, name in db.execute_sql(
            f"SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
            f"WHERE ct.contact_id IN ({marks}) ORDER BY t.name COLLATE NOCASE",
            chunk,
        ):
            tags.setdefault(contact_id, []).append(name)
        for r in db.execute_sql(
            "SELECT id, full_name, organization, title, stage, last_interaction_at, "
            f"next_followup_on, is_me FROM contact WHERE id IN ({marks})",
            chunk,
        ):
            cid = ContactId(r[0])
            rows[cid] = ContactRow(
                id=cid,
                full_name=r[1],
                organization=r[2],
                title=r[3],
                stage=r[4],
                tags=tuple(tags.get(r[0], ())),
                last_interaction_at=_parse_dt(r[5]),
                next_followup_on=_parse_date(r[6]),
                is_me=bool(r[7]),
            )
    return rows


# --- the full-text index -------------------------------------------------------------

_INDEX_SELECT = f"""
INSERT INTO {FTS_TABLE} (rowid, name, organization, emails, phones, notes)
SELECT c.id,
       c.full_name || ' ' || c.nickname || ' ' || c.given_name || ' ' || c.family_name
           || ' ' || c.additional_names,
       c.organization || ' ' || c.department || ' ' || c.title,
       coalesce((SELECT group_concat(e.address, ' ') FROM email e
                 WHERE e.contact_id = c.id), ''),
       coalesce((SELECT group_concat(p.number || ' ' || coalesce(p.e164, ''), ' ')
                 FROM phone p WHERE p.contact_id = c.id), ''),
       coalesce(c.note, '') || ' ' || c.how_we_met
FROM contact c
"""


def reindex(ids: Iterable[ContactId], *, fresh: bool = False) -> None:
    """Bring the search index up to date for these contacts (deleted ones drop out).
    Two statements per 50,000 contacts (the ids passed as one JSON array), however
    many: a bulk change of 100,000 contacts spends its time in FTS5, not in Python.
    *fresh*: contacts just created (ids are never reused), so never indexed: no DELETE
    first. Each DELETE makes FTS5 write out the terms it holds as a segment of its own;
    between the chunks of an import that was a third of the index's cost at 100,000 cards
    (issue 18)."""
    id_list = sorted({int(i) for i in ids})
    for start in range(0, len(id_list), 50_000):
        chunk = json.dumps(id_list[start : start + 50_000])
        if not fresh:
            db.execute_sql(f"DELETE FROM {FTS_TABLE} WHERE rowid IN "
                           "(SELECT value FROM json_each(?))", (chunk,))
        db.execute_sql(_INDEX_SELECT + " WHERE c.id IN (SELECT value FROM json_each(?))",
                       (chunk,))


# Contacts a statement of ``index_new`` indexes (~0.6 s: a Cancel waits for its end).
_NEW_PER_STATEMENT = 25_000


def index_new(ids: Sequence[int], step: Callable[[float], None] | None = None) -> None:
    """Index contacts never indexed (a bulk import's new contacts: ``store.Session
    .begin_bulk``) in statements of ``_NEW_PER_STATEMENT``, FTS5's automatic merging of
    segments paused meanwhile (issue 18); *step* is told the share done after each.

    FTS5 writes a segment when its buffer of terms is full and at the end of every
    statement that adds rows, and merges segments as they pile up. 100,000 contacts, CPU
    (2026-12-04, load 3-5): in statements of 1,000 (as the chunks of an import are written)
    4.2-4.6 s, 16 segments left; in one statement 3.4 s (5 segments); merging paused, in
    one to four statements 2.2-2.5 s (11-12 segments), in ten 3.2-3.5 s (its crisis merge
    of 16 segments at one level ran: 4 left). The setting is put back as it was (it is
    stored in the table, so inside the caller's transaction either way)."""
    id_list = sorted({int(i) for i in ids})
    row = db.execute_sql(f"SELECT v FROM {FTS_TABLE}_config WHERE k = 'automerge'").fetchone()
    command = f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES ('automerge', ?)"
    db.execute_sql(command, (0,))
    try:
        for start in range(0, len(id_list), _NEW_PER_STATEMENT):
            chunk = id_list[start : start + _NEW_PER_STATEMENT]
            db.execute_sql(_INDEX_SELECT + " WHERE c.id IN (SELECT value FROM json_each(?))",
                           (json.dumps(chunk),))
            if step is not None:
                step((start + len(chunk)) / len(id_list))
    finally:
        db.execute_sql(command, (_FTS_AUTOMERGE if row is None else row[0],))
        if row is None:  # as it was: no row, FTS5's default
            db.execute_sql(f"DELETE FROM {FTS_TABLE}_config WHERE k = 'automerge'")


_FTS_AUTOMERGE = 4  # FTS5's default


# --- merging the index's segments in idle time ---------------------------------------
#
# FTS5 keeps the index as segments on levels and merges them as they pile up: a bounded
# share inside each write (``automerge``), and a whole level at once inside the write that
# brings it to ``crisismerge`` segments. ``models.bound_search_merges`` sets the latter out
# of an ordinary edit's way; what is left to merge is merged here, a bounded step at a
# time, while the window is idle (``ui.common.idle_collector``): on a new book after a
# 100,000-card import, 104-106 steps of 64 leaf pages, 3 ms each (median; at most 28 ms),
# 0.45-0.58 s in all (2026-12-05).

# Leaf pages (about 4 KB each) one step merges at most.
TIDY_PAGES = 64
# FTS5's ``usermerge`` (its default, not changed here): the 'merge' command starts
# merging a level once it has this many segments.
_USERMERGE = 4
# The structure record's marker of its second format (SQLite 3.45 and later, for indexes
# that keep tombstones); its segments then carry five more numbers each.
_STRUCTURE_V2 = b"\xff\x00\x00\x01"


@dataclass(frozen=True)
class Level:
    merging: int  # how many of its first segments a merge in progress is reading
    segments: tuple[int, ...]  # each segment's size in leaf pages


def _varint(data: bytes, at: int) -> tuple[int, int]:
    """SQLite's variable-length integer at *at*: (value, where the next one starts)."""
    value = 0
    for k in range(9):
        byte = data[at]
        at += 1
        if k == 8:
            return (value << 8) | byte, at
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            break
    return value, at


def index_levels() -> list[Level] | None:
    """The search index's levels, read from FTS5's structure record (row 10 of its data
    table; the format of ``fts5StructureDecode``). None when there is no record or it
    does not read as one (another SQLite's format): nothing is then merged here."""
    row = db.execute_sql(f"SELECT block FROM {FTS_TABLE}_data WHERE id = 10").fetchone()
    if row is None or not isinstance(row[0], bytes):
        return None
    data: bytes = row[0]
    try:
        at = 4  # the configuration cookie
        v2 = data[at : at + 4] == _STRUCTURE_V2
        if v2:
            at += 4
        count, at = _varint(data, at)
        total, at = _varint(data, at)
        _writes, at = _varint(data, at)
        if v2:
            _origin, at = _varint(data, at)
        levels: list[Level] = []
        for _ in range(count):
            merging, at = _varint(data, at)
            n, at = _varint(data, at)
            sizes = []
            for _ in range(n):
                _segid, at = _varint(data, at)
                first, at = _varint(data, at)
                last, at = _varint(data, at)
                if v2:
                    for _ in range(5):
                        _extra, at = _varint(data, at)
                sizes.append(last - first + 1)
            levels.append(Level(merging, tuple(sizes)))
    except IndexError:
        return None
    if at != len(data) or sum(len(level.segments) for level in levels) != total:
        return None
    return levels


def merge_pending() -> bool:
    """Whether FTS5's 'merge' command has work: a merge in progress, or a level with
    ``_USERMERGE`` segments or more (False when the structure cannot be read)."""
    levels = index_levels()
    return levels is not None and any(
        level.merging or len(level.segments) >= _USERMERGE for level in levels)


def tidy_step(pages: int = TIDY_PAGES) -> bool:
    """Merge up to *pages* leaf pages of the search index, as one transaction of its own,
    when there is work (``merge_pending``; nothing is written otherwise). Never waits for
    the write lock: another connection writing (a job, another process) makes this a step
    not taken, for a later turn. True if another step may be taken now."""
    if not merge_pending():
        return False
    timeout = db.execute_sql("PRAGMA busy_timeout").fetchone()[0]
    db.execute_sql("PRAGMA busy_timeout = 0")
    try:
        with db.atomic("IMMEDIATE"):
            db.execute_sql(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES ('merge', ?)",
                           (pages,))
    except OperationalError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            raise
        return False
    finally:
        db.execute_sql(f"PRAGMA busy_timeout = {int(timeout)}")
    return merge_pending()


# Segments a level may hold before each write to the index also merges a share of it
# (``bound_levels``): where no idle time comes (edits back to back, the command line), a
# level otherwise piled up to ``crisismerge`` (256) behind a big merge in progress and was
# merged whole inside one edit: 89-488 ms (2026-12-05).
PILE_SEGMENTS = 64
# A write adds one or two segments (measured); the share is worked out for this many.
_SEGMENTS_PER_WRITE = 3


def bound_levels() -> None:
    """Inside a write to the search index: when a level holds more than
    ``PILE_SEGMENTS`` segments, merge a share of it (FTS5's 'merge' command, in the
    caller's transaction) big enough that its merge ends before the writes still to come
    bring it to ``crisismerge`` (at least ``TIDY_PAGES`` leaf pages; ~0.05 ms a page).
    Nothing when the structure cannot be read."""
    levels = index_levels()
    if not levels:
        return
    level = max(levels, key=lambda lv: len(lv.segments))
    count = len(level.segments)
    if count <= PILE_SEGMENTS:
        return
    row = db.execute_sql(f"SELECT v FROM {FTS_TABLE}_config WHERE k = 'crisismerge'"
                         ).fetchone()
    crisis = int(row[0]) if row is not None else _FTS_CRISIS_MERGE
    pending = sum(level.segments[: level.merging] if level.merging else level.segments)
    writes_left = max((crisis - count) // _SEGMENTS_PER_WRITE, 1)
    pages = max(TIDY_PAGES, -(-pending // writes_left))
    db.execute_sql(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES ('merge', ?)",
                   (pages,))


_FTS_CRISIS_MERGE = 16  # FTS5's default


def rebuild_index(database: Database | None = None) -> None:
    """Rebuild the whole index in one statement (after a bulk load), and the tag names';
    on *database* when given (a job's connection of its own, while the models are bound
    to nothing), else the models'."""
    run = (database if database is not None else db).execute_sql
    run(f"DELETE FROM {FTS_TABLE}")
    run(_INDEX_SELECT)
    run(f"DELETE FROM {TAG_FTS_TABLE}")
    run(f"INSERT INTO {TAG_FTS_TABLE} (rowid, name) SELECT id, name FROM tag")
