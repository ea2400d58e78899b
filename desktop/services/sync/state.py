"""Sync state tables: accounts, their address books, and one row per synced vCard.

The tables are created by migration 3 (``desktop/models/migrations.py``).

* ``sync_account``: server URL and user name (the password is in the keyring, never here),
  when it last synced and the last error (one line, shown in the status line).
* ``sync_book``: an address book of an account; ``enabled`` (the user chose it),
  ``is_default`` (where contacts created in Rapport are uploaded), the server's sync token
  and ctag as of the last *complete* sync (saved only at the end, so an interrupted sync
  asks again from the same point and resumes).
* ``sync_item``: one vCard on the server: its href, the ETag we last saw, the contact it is
  (``contact_id`` has no foreign key on purpose: when the user deletes the contact the row
  must stay, to send the DELETE; ``uid`` guards against a reused id), ``local_hash`` (SHA-1
  of the vCard Rapport would send for the contact as of the last sync: a different hash now
  means the user changed it), ``detached`` (deleted on the server but kept in Rapport because
  it has history there; never uploaded again unless the user edits it).
* ``sync_conflict``: the local version of a contact whose field(s) both sides changed
  differently: kept verbatim as a vCard, with ``fields`` (JSON: each conflicting field with
  both values) so the user can review it and put their value back; nothing is lost.

Added by migration 8 (issue 12):

* ``sync_account.ca_file`` / ``pinned_sha256`` / ``timeout`` / ``allow_http``: how to reach
  the server (a self-hosted server's CA or certificate; plain http confirmed by the user).
* ``sync_item.base_vcard``: the card as last agreed with the server (what we uploaded or
  took from it): the common ancestor of the three-way merge. NULL for state written before
  it existed (then the server's card is the base: a change here wins, as before).
* ``sync_item.card_uid``: the UID of the card on the server when it is not the contact's
  (the same person found in two address books under two UIDs); uploads keep it.
* ``sync_item.fresh``: created on the server by us after the sync token we keep. A server
  may leave a card created and deleted after a token out of the next report (RFC 6578
  §3.5; Xandikos does): a fresh card missing from that report was deleted there.
* ``sync_refused``: contacts whose card the server refused at the last upload, with the
  server's reason; shown as "Not synced", tried again at every sync, removed once accepted.
"""

from __future__ import annotations
