"""A contact's rows in memory (:class:`ContactRecord`) and how to read many of them. No Qt.

The contact store writes records (``desktop/services/store.py``), the vCard mapping turns
them into cards and back (``desktop/services/vcard_mapping.py``), the importer and the sync
engine hold them while they match and merge. Reading is here, apart from both, so that the
store (loaded at start-up) does not load the vCard code.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop.models import db
from desktop.text import sort_key

if TYPE_CHECKING:
    from desktop.services.vcard_mapping import _MergeKeys

_BATCH = 900  # ids per IN (...) query, under SQLite's parameter limit

# Contact columns a card can set, in insert order. ``sort_key`` is derived.
CARD_COLUMNS: tuple[str, ...] = (
    "uid", "full_name", "given_name", "family_name", "additional_names", "prefix", "suffix",
    "nickname", "organization", "department", "title", "birthday", "anniversary", "note",
    "how_we_met", "met_on", "stage", "keep_in_touch_days",
)
ADDRESS_PARTS: tuple[str, ...] = (
    "po_box", "extended", "street", "locality", "region", "postal_code", "country",
)

@dataclass
class ContactRecord:
    """One contact's rows, in memory.

    ``columns``: contact column -> value (the keys of ``CARD_COLUMNS``).
    ``emails``/``phones``/``urls``: dicts with ``value``, ``kind``, ``label``, ``pref`` and
    ``meta`` (the ``vcard_meta`` JSON text or None); phones also carry ``e164``.
    ``addresses``: dicts with the ``ADDRESS_PARTS`` plus ``kind``/``label``/``pref``/``meta``.
    ``tags``: tag names (case-insensitively unique). ``tag_categories``: casefolded tag
    name -> category for the tags that are not interests ("group", "avoid"); a tag not in
    it is an interest (or, for a tag that exists already, keeps its own category).
    ``photo``: (bytes, mime) or None.
    ``extra``: the decoded ``vcard_extra`` JSON object (empty dict: nothing extra).
    ``contact_id``: the row id once it is in the database.
    """

    columns: dict[str, Any]
    emails: list[dict[str, Any]] = field(default_factory=list)
    phones: list[dict[str, Any]] = field(default_factory=list)
    addresses: list[dict[str, Any]] = field(default_factory=list)
    urls: list[dict[str, Any]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    photo: tuple[bytes, str] | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    contact_id: int | None = None
    # The UID a card without one is given: derived from its content, so the same card
    # imported again is recognised as itself (``vcard_mapping.content_uid``).
    content_uid: str | None = field(default=None, compare=False)
    tag_categories: dict[str, str] = field(default_factory=dict)
    _sort_key: tuple[str, str] | None = field(default=None, repr=False, compare=False)
    # What ``vcard_mapping.merge_record`` compares against, kept up to date as it adds
    # values: merging thousands of cards into one record (8,000 with one UID) stays linear
    # (issue 13).
    _keys: _MergeKeys | None = field(default=None, repr=False, compare=False)

    @property
    def display_name(self) -> str:
        name = str(self.columns.get("full_name") or "").strip()
        return name or str(self.columns.get("organization") or "").strip() or "(no name)"

    def sort_key(self) -> str:
        """``contact.sort_key``: of the name, else the organisation (memoised: matching asks
        for it several times per card)."""
        text = self.columns.get("full_name") or self.columns.get("organization") or ""
        cached = self._sort_key
        if cached is None or cached[0] != text:
            cached = self._sort_key = (text, sort_key(text))
        return cached[1]

    def extra_json(self) -> str | None:
        extra = self.extra
        if not extra:
            return None
        if len(extra) == 1 and "version" in extra:  # most cards: nothing else to keep
            return _version_json(str(extra["version"]))
        return json.dumps(extra, ensure_ascii=False, separators=(",", ":"))


@functools.lru_cache(maxsize=16)
def _version_json(version: str) -> str:
    return json.dumps({"version": version}, ensure_ascii=False, separators=(",", ":"))


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _BATCH):
        yield [int(i) for i in ids[start : start + _BATCH]]


def _decode_extra(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _met_on(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _list_sql(table: str, columns: str, marks: str, limit: int | None) -> str:
    """The rows of one list table for contacts ``IN (marks)``, in order; with *limit*,
    only each contact's first *limit* (the rest is never read into Python)."""
    where = f"FROM {table} WHERE contact_id IN ({marks})"
    if limit is None:
        return f"SELECT contact_id, {columns} {where} ORDER BY contact_id, position, id"
    if marks == "?":  # one contact (the detail pane): SQLite keeps only the top rows
        return (f"SELECT contact_id, {columns} {where} ORDER BY position, id "
                f"LIMIT {int(limit)}")
    return (f"SELECT * FROM (SELECT contact_id, {columns}, row_number() OVER (PARTITION BY "
            f"contact_id ORDER BY position, id) AS n {where}) WHERE n <= {int(limit)} "
            "ORDER BY contact_id, n")


def load_records(ids: Sequence[int], *, photos: bool = True, row_ids: bool = False,
                 limit: int | None = None, tags: bool = True) -> dict[int, ContactRecord]:
    """The records of these contacts (missing ids are absent), one query per table per
    900 ids: never one query per contact. With *row_ids*, each e-mail, phone, URL and
    address also carries its row's ``id`` and ``position`` (the store's diff needs them).
    With *limit*, at most that many e-mails, phones, URLs and addresses each (for a view
    of the first few; never for a write, which would drop the rest). *tags* False leaves
    the tags out (a view that reads the first few of them itself)."""
    out: dict[int, ContactRecord] = {}
    more = ", id, position" if row_ids else ""
    cols = ", ".join(CARD_COLUMNS)
    for chunk in _chunks(list(ids)):
        marks = ",".join("?" * len(chunk))
        for row in db.execute_sql(
            f"SELECT id, {cols}, vcard_extra FROM contact WHERE id IN ({marks})", chunk
        ):
            columns = dict(zip(CARD_COLUMNS, row[1:-1], strict=True))
            columns["met_on"] = _met_on(columns["met_on"])
            out[row[0]] = ContactRecord(columns, extra=_decode_extra(row[-1]), contact_id=row[0])
        for r in db.execute_sql(
            _list_sql("email", f"address, kind, label, pref, vcard_meta{more}", marks, limit),
            chunk,
        ):
            item = {"value": r[1], "kind": r[2], "label": r[3], "pref": bool(r[4]),
                    "meta": r[5]}
            if row_ids:
                item.update(id=r[6], position=r[7])
            out[r[0]].emails.append(item)
        for r in db.execute_sql(
            _list_sql("phone", f"number, kind, label, pref, vcard_meta, e164{more}", marks,
                      limit), chunk,
        ):
            item = {"value": r[1], "kind": r[2], "label": r[3], "pref": bool(r[4]),
                    "meta": r[5], "e164": r[6]}
            if row_ids:
                item.update(id=r[7], position=r[8])
            out[r[0]].phones.append(item)
        for r in db.execute_sql(
            _list_sql("url", f"url, kind, label, pref, vcard_meta{more}", marks, limit),
            chunk,
        ):
            item = {"value": r[1], "kind": r[2], "label": r[3], "pref": bool(r[4]),
                    "meta": r[5]}
            if row_ids:
                item.update(id=r[6], position=r[7])
            out[r[0]].urls.append(item)
        parts = ", ".join(ADDRESS_PARTS)
        n_parts = len(ADDRESS_PARTS)
        for r in db.execute_sql(
            _list_sql("address", f"kind, label, pref, vcard_meta, {parts}{more}", marks,
                      limit), chunk,
        ):
            item = dict(zip(ADDRESS_PARTS, r[5 : 5 + n_parts], strict=True))
            item.update(kind=r[1], label=r[2], pref=bool(r[3]), meta=r[4])
            if row_ids:
                item.update(id=r[5 + n_parts], position=r[6 + n_parts])
            out[r[0]].addresses.append(item)
        for r in db.execute_sql(
            "SELECT ct.contact_id, t.name, t.category FROM contact_tag ct "
            "JOIN tag t ON t.id = ct.tag_id "
            f"WHERE ct.contact_id IN ({marks}) ORDER BY ct.contact_id, t.name COLLATE NOCASE",
            chunk,
        ) if tags else ():
            rec = out[r[0]]
            rec.tags.append(r[1])
            if r[2] and r[2] != "interest":
                rec.tag_categories[r[1].casefold()] = r[2]
        if photos:
            for r in db.execute_sql(
                f"SELECT contact_id, data, mime FROM contact_photo WHERE contact_id IN ({marks})",
                chunk,
            ):
                out[r[0]].photo = (bytes(r[1]), r[2] or "")
    return out
