"""A contact's card fingerprint: a digest of exactly the rows its vCard is made from. No Qt.

The sync must tell which synced contacts the user changed since the last sync. Rendering
every contact's vCard and hashing it (what ``sync_item.local_hash`` first held) costs
~0.1 ms a contact; reading the same rows straight from SQL and hashing them costs a tenth
of that, and needs no vCard writer.

Why not ``contact.updated_at``: only the contact editor and an import merge touch it. Tagging
a contact, renaming or deleting a tag, a new photo, undoing an import all change the card
without it, and a change missed here never reaches the phone.

The digest covers what :func:`desktop.services.vcard_mapping.load_records` reads and
``record_to_card`` writes: the card columns, ``vcard_extra``, every e-mail, phone, URL and
address in order with its ``vcard_meta``, the tag names and the photo. It leaves out what
never reaches a card (``one_thing``, last interaction, next follow-up, ``e164``), so logging
a meeting does not upload the contact. Equal digests mean equal cards; a different digest
almost always means a different card (the rare exception, such as a date rewritten in
another spelling, costs one harmless upload).

Values start with :data:`PREFIX` so that a hash stored by an older version (40 hex digits
of the rendered vCard) is recognised, compared the old way once, and replaced.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from typing import Any

from desktop.models import db
from desktop.services.vcard_mapping import ADDRESS_PARTS, CARD_COLUMNS

PREFIX = "r1:"
_BATCH = 900  # ids per IN (...) query, under SQLite's parameter limit

_CHILD_QUERIES: tuple[tuple[str, str], ...] = (
    ("e", "SELECT contact_id, address, kind, label, pref, vcard_meta FROM email "
          "WHERE contact_id IN ({marks}) ORDER BY contact_id, position, id"),
    ("p", "SELECT contact_id, number, kind, label, pref, vcard_meta FROM phone "
          "WHERE contact_id IN ({marks}) ORDER BY contact_id, position, id"),
    ("u", "SELECT contact_id, url, kind, label, pref, vcard_meta FROM url "
          "WHERE contact_id IN ({marks}) ORDER BY contact_id, position, id"),
    ("a", f"SELECT contact_id, kind, label, pref, vcard_meta, {', '.join(ADDRESS_PARTS)} "
          "FROM address WHERE contact_id IN ({marks}) ORDER BY contact_id, position, id"),
    # An interest is (name,), as before categories counted; a group or a topic to avoid
    # also carries its category (it changes the card: a topic to avoid is never sent).
    ("t", "SELECT ct.contact_id, t.name, nullif(t.category, 'interest') FROM contact_tag ct "
          "JOIN tag t ON t.id = ct.tag_id "
          "WHERE ct.contact_id IN ({marks}) ORDER BY ct.contact_id, t.name COLLATE NOCASE"),
)


def is_fingerprint(value: str | None) -> bool:
    """Whether a stored ``local_hash`` is a fingerprint (else: None or an older hash)."""
    return value is not None and value.startswith(PREFIX)


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _BATCH):
        yield [int(i) for i in ids[start : start + _BATCH]]


def fingerprints(ids: Sequence[int]) -> dict[int, tuple[str | None, str]]:
    """contact id -> (its UID, its card fingerprint) for the contacts that exist (missing
    ids are absent). One query per table per 900 ids; call it inside the transaction that
    wrote the rows (or a read transaction) so the digest is of one consistent state."""
    out: dict[int, tuple[str | None, str]] = {}
    cols = ", ".join(CARD_COLUMNS)
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        parts: dict[int, list[Any]] = {}
        uids: dict[int, str | None] = {}
        for row in db.execute_sql(
            f"SELECT id, {cols}, vcard_extra FROM contact WHERE id IN ({marks})", chunk
        ):
            parts[row[0]] = ["c", row[1:]]
            uids[row[0]] = row[1]
        for tag, sql in _CHILD_QUERIES:
            for row in db.execute_sql(sql.format(marks=marks), chunk):
                found = parts.get(row[0])
                if found is not None:
                    found.append(tag)
                    found.append(row[1:] if tag != "t" or row[2] else row[1:2])
        for cid, mime, data in db.execute_sql(
            f"SELECT contact_id, mime, data FROM contact_photo WHERE contact_id IN ({marks})",
            chunk,
        ):
            found = parts.get(cid)
            if found is not None:
                found.append("photo")
                found.append((mime, hashlib.sha1(bytes(data or b"")).hexdigest()))
        for cid, items in parts.items():
            # repr() of str/int/float/None tuples is deterministic and unambiguous.
            digest = hashlib.sha1(repr(items).encode("utf-8", "surrogatepass")).hexdigest()
            out[cid] = (uids[cid], PREFIX + digest)
    return out
