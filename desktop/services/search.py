"""Search and the contact list: ids filtered and sorted in SQL, rows fetched in blocks.

The list never loads 100,000 contacts: ``query_ids`` returns the ordered ids
(one indexed SQL query), ``fetch_rows`` loads the few hundred rows on screen.
Raw SQL here on purpose: these are the hot paths and model instantiation
would cost more than the query.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

from desktop.models import FTS_TABLE, db
from desktop.services.types import ContactId, ContactRow, TagId

# A search word is a run of letters/digits (any script). Everything else the user
# types (quotes, *, NEAR(, -, ') separates words, so no input can form FTS5 or
# SQL syntax: each word is passed quoted, as a prefix query.
_WORD = re.compile(r"\w+", re.UNICODE)
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


# Each ORDER BY matches a covering index of migration 1 (sort column, sort_key, is_me).
_ORDER: dict[SortKey, str] = {
    SortKey.NAME: "c.sort_key {d}",
    SortKey.ORGANIZATION: "c.organization = '', c.organization COLLATE NOCASE {d}, c.sort_key",
    SortKey.STAGE: "CASE c.stage WHEN 'trusted' THEN 4 WHEN 'relationship' THEN 3 "
    "WHEN 'acquainted' THEN 2 ELSE 1 END {d}, c.sort_key",
    SortKey.TAGS: "ft.first_tag IS NULL, ft.first_tag {d}, c.sort_key",
    SortKey.LAST_INTERACTION: "c.last_interaction_at IS NULL, c.last_interaction_at {d}, "
    "c.sort_key",
    SortKey.NEXT_FOLLOWUP: "c.next_followup_on IS NULL, c.next_followup_on {d}, c.sort_key",
}


# Sorting by tags orders by each contact's alphabetically first tag, computed once
# for all contacts by one grouped join rather than a subquery per row.
_FIRST_TAG_JOIN = (
    "LEFT JOIN (SELECT ct.contact_id, min(t.name COLLATE NOCASE) AS first_tag "
    "FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id GROUP BY ct.contact_id) ft "
    "ON ft.contact_id = c.id"
)


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
    # json_group_array builds the list inside SQLite and json.loads turns it into ints
    # in C: 3-5x faster than fetching 100,000 one-column rows through the cursor.
    row = db.execute_sql(f"SELECT json_group_array(id) FROM ({sql})", params).fetchone()
    return json.loads(row[0]) if row and row[0] else []


def matching_ids(text: str) -> set[int] | None:
    """The ids whose indexed text matches every word of *text* (None: no words, no filter)."""
    match = build_match(text)
    if match is None:
        return None
    return set(_id_list(
        f"SELECT rowid AS id FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?", [match]
    ))


class ListQuery:
    """Ordered contact ids for the list, fast enough to run on every keystroke.

    The ordering of the sidebar selection (without search text) is computed once in
    SQL and cached in ``_base`` (``_base_key`` says for which list and sort;
    ``_position`` maps id -> place in it, built on first need); a search then only asks
    FTS5 for the matching ids and keeps the cached order. ``invalidate()`` drops the
    cache after a change.
    """

    def __init__(self) -> None:
        self._base_key: tuple[object, ...] | None = None
        self._base: list[int] = []
        self._position: dict[int, int] | None = None

    def invalidate(self) -> None:
        self._base_key = None
        self._base = []
        self._position = None

    def base_ids(
        self, flt: ListFilter, sort: SortKey, descending: bool, today: dt.date
    ) -> list[int]:
        key = (flt.kind, flt.tag_id, sort, descending, today)
        if key != self._base_key:
            where, params = _base_where(flt, today)
            order = _ORDER[sort].format(d="DESC" if descending else "ASC")
            join = _FIRST_TAG_JOIN if sort is SortKey.TAGS else ""
            self._base = _id_list(
                f"SELECT c.id AS id FROM contact c {join} WHERE {where} ORDER BY {order}",
                params,
            )
            self._base_key = key
            self._position = None
        return self._base

    def first_ids(
        self, flt: ListFilter, sort: SortKey, descending: bool, today: dt.date, limit: int
    ) -> list[ContactId]:
        """The first *limit* ids of the sidebar list, without the cost of the whole list:
        what the window paints before anything else at start-up (no search text)."""
        if self._base_key == (flt.kind, flt.tag_id, sort, descending, today):
            return self._base[:limit]  # type: ignore[return-value]
        where, params = _base_where(flt, today)
        order = _ORDER[sort].format(d="DESC" if descending else "ASC")
        join = _FIRST_TAG_JOIN if sort is SortKey.TAGS else ""
        return _id_list(  # type: ignore[return-value]
            f"SELECT c.id AS id FROM contact c {join} WHERE {where} ORDER BY {order} "
            f"LIMIT {int(limit)}",
            params,
        )

    def ids(
        self,
        flt: ListFilter,
        sort: SortKey = SortKey.NAME,
        descending: bool = False,
        today: dt.date | None = None,
    ) -> list[ContactId]:
        base = self.base_ids(flt, sort, descending, today or dt.date.today())
        wanted = matching_ids(flt.text)
        if wanted is None:
            return list(base)  # type: ignore[arg-type]  # ContactId is an int at run time
        if len(wanted) * 8 < len(base):
            # Few matches: order them by their place in the cached list (a dict built
            # once per list) instead of walking all 100,000 ids.
            if self._position is None:
                self._position = {cid: n for n, cid in enumerate(base)}
            position = self._position
            found = [i for i in wanted if i in position]
            found.sort(key=position.__getitem__)
            return found  # type: ignore[return-value]
        return [i for i in base if i in wanted]  # type: ignore[misc]


def query_ids(
    flt: ListFilter,
    sort: SortKey = SortKey.NAME,
    descending: bool = False,
    today: dt.date | None = None,
) -> list[ContactId]:
    """The ids of the contacts *flt* selects, in display order (uncached)."""
    return ListQuery().ids(flt, sort, descending, today)


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
INSERT INTO {FTS_TABLE} (rowid, name, organization, emails, phones, tags, notes)
SELECT c.id,
       c.full_name || ' ' || c.nickname || ' ' || c.given_name || ' ' || c.family_name
           || ' ' || c.additional_names,
       c.organization || ' ' || c.department || ' ' || c.title,
       coalesce((SELECT group_concat(e.address, ' ') FROM email e
                 WHERE e.contact_id = c.id), ''),
       coalesce((SELECT group_concat(p.number || ' ' || coalesce(p.e164, ''), ' ')
                 FROM phone p WHERE p.contact_id = c.id), ''),
       coalesce((SELECT group_concat(t.name, ' ') FROM contact_tag ct
                 JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id), ''),
       coalesce(c.note, '') || ' ' || c.how_we_met
FROM contact c
"""


def reindex(ids: Iterable[ContactId]) -> None:
    """Bring the search index up to date for these contacts (deleted ones drop out)."""
    id_list = [int(i) for i in ids]
    for start in range(0, len(id_list), 900):
        chunk = id_list[start : start + 900]
        marks = ",".join("?" * len(chunk))
        db.execute_sql(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({marks})", chunk)
        db.execute_sql(_INDEX_SELECT + f" WHERE c.id IN ({marks})", chunk)


def reindex_tag_members(tag_id: TagId) -> None:
    ids = [ContactId(r[0]) for r in db.execute_sql(
        "SELECT contact_id FROM contact_tag WHERE tag_id = ?", (int(tag_id),)
    )]
    reindex(ids)


def rebuild_index() -> None:
    """Rebuild the whole index in one statement (after a bulk load)."""
    db.execute_sql(f"DELETE FROM {FTS_TABLE}")
    db.execute_sql(_INDEX_SELECT)
