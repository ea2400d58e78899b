"""Contacts as plain JSON-ready records (``rapport list --json``), loaded in batches.

The record is written once, as SQL (``_RECORD``): SQLite builds each contact's JSON text
itself, in C and without the GIL, which is what lets ``rapport list --json`` write 300,000
contacts as fast as it reads them (issue 18). ``iter_contact_json`` yields that text batch
by batch, so a caller writes each batch before the next is read (bounded memory);
``contact_records`` parses it for callers that want dicts.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from desktop.models import db
from desktop.services.types import ContactId

# Ids per batch, passed as one JSON array (no parameter limit): SQLite looks each batch's
# e-mails, phones... up in id order, so a bigger batch reads the tables more nearly in
# sequence, for ~5 MB of JSON text at a time.
_BATCH = 10_000

# The keys of DESIGN.md's `list --json`, in order. Lists keep the card's order (position)
# and tags their alphabetical one. Each sub-select carries only the columns it writes (an
# address's vCard leftovers would be copied through the sort for nothing), and has_photo's
# true/false are constants SQLite makes once, not a json() parse per contact.
_RECORD = """json_object(
    'id', c.id,
    'uid', c.uid,
    'full_name', c.full_name,
    'given_name', c.given_name,
    'family_name', c.family_name,
    'organization', c.organization,
    'title', c.title,
    'emails', (SELECT json_group_array(address) FROM
        (SELECT address FROM email WHERE contact_id = c.id ORDER BY position)),
    'phones', (SELECT json_group_array(number) FROM
        (SELECT number FROM phone WHERE contact_id = c.id ORDER BY position)),
    'addresses', (SELECT json_group_array(json_object(
            'street', street, 'locality', locality, 'region', region,
            'postal_code', postal_code, 'country', country)) FROM
        (SELECT street, locality, region, postal_code, country FROM address
         WHERE contact_id = c.id ORDER BY position)),
    'urls', (SELECT json_group_array(url) FROM
        (SELECT url FROM url WHERE contact_id = c.id ORDER BY position)),
    'birthday', c.birthday,
    'tags', (SELECT json_group_array(name) FROM
        (SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
         WHERE ct.contact_id = c.id ORDER BY t.name COLLATE NOCASE)),
    'note', c.note,
    'has_photo', CASE WHEN EXISTS (SELECT 1 FROM contact_photo p WHERE p.contact_id = c.id)
        THEN json('true') ELSE json('false') END,
    'stage', c.stage,
    -- The day of the latest interaction that has happened (issue 16).
    'last_interaction', nullif(substr(c.last_interaction_at, 1, 10), '')
)"""


def iter_contact_json(ids: Sequence[ContactId], batch: int | None = None) -> Iterator[str]:
    """Each contact of *ids* (missing ones left out) as one JSON object's text, in the
    order of *ids*, read *batch* contacts at a time."""
    batch = batch or _BATCH
    for start in range(0, len(ids), batch):
        chunk = [int(i) for i in ids[start : start + batch]]
        # SQLite reads the batch in id order (its IN list is sorted), nearer the tables'
        # own order than the list's; the list's order is put back here.
        texts: dict[int, str] = dict(db.execute_sql(
            f"SELECT c.id, {_RECORD} FROM contact c WHERE c.id IN "
            "(SELECT value FROM json_each(?))", (json.dumps(chunk),)
        ).fetchall())
        for cid in chunk:
            text = texts.get(cid)
            if text is not None:
                yield text


def contact_records(ids: Sequence[ContactId]) -> list[dict[str, Any]]:
    """One dict per contact, in the order of *ids*, with the keys of DESIGN.md's list --json."""
    return [json.loads(text) for text in iter_contact_json(ids)]
