"""Contacts as plain JSON-ready records (``rapport list --json``), loaded in batches."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop.models import db
from desktop.services.types import ContactId

_BATCH = 900  # under SQLite's parameter limit


def _grouped(sql: str, chunk: list[int]) -> dict[int, list[tuple[Any, ...]]]:
    out: dict[int, list[tuple[Any, ...]]] = {}
    for row in db.execute_sql(sql.format(marks=",".join("?" * len(chunk))), chunk):
        out.setdefault(row[0], []).append(tuple(row[1:]))
    return out


def contact_records(ids: Sequence[ContactId]) -> list[dict[str, Any]]:
    """One dict per contact, in the order of *ids*, with the keys of DESIGN.md's list --json."""
    records: dict[int, dict[str, Any]] = {}
    for start in range(0, len(ids), _BATCH):
        chunk = [int(i) for i in ids[start : start + _BATCH]]
        marks = ",".join("?" * len(chunk))
        emails = _grouped(
            "SELECT contact_id, address FROM email WHERE contact_id IN ({marks}) "
            "ORDER BY contact_id, position", chunk)
        phones = _grouped(
            "SELECT contact_id, number FROM phone WHERE contact_id IN ({marks}) "
            "ORDER BY contact_id, position", chunk)
        addresses = _grouped(
            "SELECT contact_id, street, locality, region, postal_code, country FROM address "
            "WHERE contact_id IN ({marks}) ORDER BY contact_id, position", chunk)
        urls = _grouped(
            "SELECT contact_id, url FROM url WHERE contact_id IN ({marks}) "
            "ORDER BY contact_id, position", chunk)
        tags = _grouped(
            "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
            "WHERE ct.contact_id IN ({marks}) ORDER BY ct.contact_id, t.name COLLATE NOCASE",
            chunk)
        photos = {r[0] for r in db.execute_sql(
            f"SELECT contact_id FROM contact_photo WHERE contact_id IN ({marks})", chunk)}
        for r in db.execute_sql(
            "SELECT id, uid, full_name, given_name, family_name, organization, title, "
            f"birthday, note, stage, last_interaction_at FROM contact WHERE id IN ({marks})",
            chunk
        ):
            cid = r[0]
            records[cid] = {
                "id": cid,
                "uid": r[1],
                "full_name": r[2],
                "given_name": r[3],
                "family_name": r[4],
                "organization": r[5],
                "title": r[6],
                "emails": [e[0] for e in emails.get(cid, ())],
                "phones": [p[0] for p in phones.get(cid, ())],
                "addresses": [
                    {"street": a[0], "locality": a[1], "region": a[2], "postal_code": a[3],
                     "country": a[4]}
                    for a in addresses.get(cid, ())
                ],
                "urls": [u[0] for u in urls.get(cid, ())],
                "birthday": r[7],
                "tags": [t[0] for t in tags.get(cid, ())],
                "note": r[8],
                "has_photo": cid in photos,
                "stage": r[9],
                # The day of the latest interaction that has happened (issue 16).
                "last_interaction": str(r[10])[:10] if r[10] else None,
            }
    return [records[int(i)] for i in ids if int(i) in records]
