"""Every write an import makes to the contact tables, in one place. No Qt.

The importer decides (``importer``, ``matching``); this module writes: new contacts in bulk
(``Writer.insert_new``), what a merge added to an existing contact (``Writer.apply_merge``,
returning how to take it back), and undo (``delete_contacts``, ``unmerge``,
``delete_unused_tags``). The contact store (issue 11) takes these over; nothing else in
the import writes contact, email, phone, address, url, contact_tag or contact_photo.

Speed (DESIGN.md: 10,000 cards ≤ 1.25 × vobject's parse): ids are allocated up front
(max(id) + 1 inside the write transaction) so rows go in with ``executemany``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.models import db
from desktop.services.text import sort_key
from desktop.services.types import ContactId
from desktop.services.vcard_mapping import (
    ADDRESS_PARTS,
    CARD_COLUMNS,
    ContactRecord,
    MergeDiff,
)

_ROWS_PER_STATEMENT = 500  # executemany chunk: one chunk is well under 100 ms of work
_CHILD_TABLES = ("email", "phone", "url", "address")


def now_text() -> str:
    return str(dt.datetime.now().replace(microsecond=0))


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


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


class Writer:
    """Bulk writes for one import into ``batch_id``."""

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

    def forget_ids(self) -> None:
        """After a rollback: the ids handed out are free again."""
        self.next_id.clear()

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

    def children(self, pairs: list[tuple[int, ContactRecord, int]], tick: Callable[[], None]
                 ) -> dict[str, list[int]]:
        """Insert e-mails, phones, URLs, addresses of (contact id, record, first position)
        triples; returns the new row ids per table."""
        emails: list[tuple[Any, ...]] = []
        phones: list[tuple[Any, ...]] = []
        urls: list[tuple[Any, ...]] = []
        adrs: list[tuple[Any, ...]] = []
        for cid, rec, pos in pairs:
            for i, e in enumerate(rec.emails, pos):
                emails.append((cid, str(e["value"]).strip(), e["kind"] or "", e["label"],
                               int(bool(e["pref"])), i, e["meta"]))
            for i, p in enumerate(rec.phones, pos):
                phones.append((cid, str(p["value"]).strip(), p.get("e164"), p["kind"] or "",
                               p["label"], int(bool(p["pref"])), i, p["meta"]))
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
        """Insert new contacts (each record's ``contact_id`` is set) with their rows."""
        if not records:
            return []
        first = self.allocate("contact", len(records))
        now = now_text()
        rows = []
        met_on_at = CARD_COLUMNS.index("met_on")
        for i, rec in enumerate(records):
            rec.contact_id = first + i
            c = rec.columns
            if not c["uid"]:
                # Every imported contact gets a UID (RFC 6350 §6.7.6), so that its export
                # re-imports as the same contact, never merged with a look-alike.
                c["uid"] = rec.content_uid or f"urn:uuid:{uuid.uuid4()}"
            values = [c[name] for name in CARD_COLUMNS]
            if c["met_on"] is not None:
                values[met_on_at] = c["met_on"].isoformat()
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
        """Write what a merge added to the contact ``rec`` is the image of."""
        cid = rec.contact_id
        assert cid is not None
        sets: dict[str, Any] = {}
        for name, (_old, new) in diff.columns.items():
            sets[name] = _jsonable(new)
        if "full_name" in diff.columns or "organization" in diff.columns:
            sets["sort_key"] = rec.sort_key()
        if diff.extra_changed:
            sets["vcard_extra"] = rec.extra_json()
        sets["updated_at"] = now_text()
        assignments = ", ".join(f"{k} = ?" for k in sets)
        db.execute_sql(f"UPDATE contact SET {assignments} WHERE id = ?", [*sets.values(), cid])
        rows: dict[str, list[int]] = {}
        for table, items in (("email", diff.emails), ("phone", diff.phones),
                             ("url", diff.urls), ("address", diff.addresses)):
            if not items:
                continue
            row = db.execute_sql(
                f"SELECT coalesce(max(position), -1) + 1 FROM {table} WHERE contact_id = ?",
                (cid,)).fetchone()
            part = ContactRecord({})
            {"email": part.emails, "phone": part.phones, "url": part.urls,
             "address": part.addresses}[table].extend(items)
            rows.update(self.children([(cid, part, int(row[0]))], tick))
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


# --------------------------------------------------------------------------- undo


def delete_contacts(ids: Sequence[int]) -> None:
    """Delete contacts an import created (their rows go with them: foreign keys cascade)."""
    for start in range(0, len(ids), 900):
        chunk = list(ids[start : start + 900])
        marks = ",".join("?" * len(chunk))
        db.execute_sql(f"DELETE FROM contact WHERE id IN ({marks})", chunk)


def delete_unused_tags(tag_ids: Sequence[int]) -> None:
    """Delete these tags (the ones an import created) where no contact carries them."""
    for start in range(0, len(tag_ids), 900):
        chunk = list(tag_ids[start : start + 900])
        marks = ",".join("?" * len(chunk))
        db.execute_sql(
            f"DELETE FROM tag WHERE id IN ({marks}) AND NOT EXISTS "
            "(SELECT 1 FROM contact_tag ct WHERE ct.tag_id = tag.id)", chunk)


def unmerge(m: MergeUndo) -> None:
    """Take back what one merge added, leaving what the user changed since."""
    cid = int(m.contact_id)
    for table, row_ids in m.rows:
        if table not in _CHILD_TABLES or not row_ids:
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
