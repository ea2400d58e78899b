"""Two-way CardDAV sync of Rapport's contacts with the address books of one account. No Qt.

What a sync does, per enabled address book:

1. **Ask the server what changed**: a ``sync-collection`` report from the token of the last
   complete sync (RFC 6578); without a token (first sync, or the server forgot it) every
   ETag, compared with the ETags we last saw (a server without sync tokens is skipped
   entirely while its ``getctag`` is unchanged).
2. **See what changed here**: a synced contact whose card fingerprint (``fingerprint.py``)
   differs from the one stored at the last sync was changed here; one that is gone was
   deleted here. Contacts never synced (not the user's own profile) are uploaded to the
   account's default address book; each has its UID before its first upload, so a retried
   upload is recognised as ours.
3. **Bring the server's changes in** (``addressbook-multiget``, 250 per request, one
   transaction per chunk) and **send ours**: a few PUTs at once on kept-alive connections
   (``If-Match`` for an update, ``If-None-Match: *`` for a new card at a name made from its
   UID), DELETE with ``If-Match``.
4. Save the new sync token **only at the end**: a sync that stops half-way (server gone,
   cancel) leaves every finished contact and its state committed, and the next sync asks
   again from the old token; what it already has compares equal by ETag and is skipped.

**A card the server refuses** (400, 403, 415, 413, an invalid-data precondition...) is
skipped and kept here; its contact is listed as "Not synced" with the server's reason
(``sync_refused``) and tried again at the next sync. Everything else goes on, and the sync
state advances. A lost answer to an upload is recognised on the retry (412 or a UID
conflict: the card there has our UID, so it is linked, never doubled); a 412 on an update is
fetched, merged and sent once more (never a loop: a second 412 waits for the next sync).

Conflict rules (documented for the user in the Accounts dialog and the README, and tested):

* **Changed on both sides**: a three-way merge per field against the card as last agreed
  with the server (``merge.py``): a change on one side wins over no change on the other, a
  deletion is a change, and only a field both sides changed differently is a conflict: the
  server's value is applied and the conflict is kept for review with both values.
* **Deleted on the server, changed in Rapport**: Rapport wins, the contact is uploaded again.
* **Deleted on the server, unchanged in Rapport**: deleted here too -- unless the contact has
  history in Rapport (interactions, favours, introductions, follow-ups, focus entries) or is
  also in another synced address book: then it is kept here.
* **Deleted in Rapport, changed on the server**: the server wins, the contact comes back.
* **First sync, same person on both sides** (same UID; or in another address book, the same
  name and e-mail): linked, one contact, the two versions merged.

What is never sent (DESIGN.md, "Private stays private"): interactions, favours,
introductions, follow-ups, focus entries, the "one thing" note, "how we met" and topics to
avoid. Rapport's stage, keep-in-touch days and "met on" travel as ``X-RAPPORT-*`` properties;
a card without them (a phone that drops unknown properties) leaves ours unchanged, and a
card without CATEGORIES leaves the tags unchanged. Unknown properties of the server's cards
survive: they live in ``vcard_extra`` and are written back.

Contact writes: every change to the contact tables goes through :class:`_Store`, an adapter
over the contact store (``desktop/services/store.py``): source "sync", one change set per
chunk of server cards, so an undo in the app knows what sync changed since and leaves it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import re
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from desktop.models import db
from desktop.services import groups, store
from desktop.services.history import HistoryLabel
from desktop.services.sync import accounts
from desktop.services.sync.carddav import (
    AddressBook,
    AuthError,
    CardDavClient,
    CardDavError,
    InvalidSyncToken,
    NetworkError,
    Pending,
    PreconditionFailed,
    Resource,
    SyncError,
    SyncText,
    TransportOptions,
    UidConflict,
    norm_href,
)
from desktop.services.sync.fingerprint import fingerprints, is_fingerprint
from desktop.services.sync.merge import (
    FIELD_LABELS,
    PHOTO_KEY,
    FieldConflict,
    merge3,
    photo_digest,
)
from desktop.services.types import Changes, ContactId
from desktop.services.vcard_mapping import (
    CARD_COLUMNS,
    RAPPORT_KEYS,
    ContactRecord,
    card_to_record,
    load_records,
    merge_record,
    record_to_card,
)
from desktop.text import Phrase, english_text, fill, phrase_parts, phrase_text
from desktop.vcard import CardData, VCardError, card_to_text, parse_bytes

Progress = Callable[[int, int], bool]
ClientFactory = Callable[[str, str, str], CardDavClient]

PUT_WORKERS = 4  # PUTs in flight at once: fast on a real server, never a flood
FIRST_SYNC_CONFIRM = 50  # a first sync uploading more than this asks first (CLI: --yes)

# Columns a card carries as X-RAPPORT-* (kept when a card comes back without them).
_RAPPORT_COLUMNS = {column: key for key, column in RAPPORT_KEYS.items()}
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")
_HISTORY_SQL = (
    "SELECT 1 FROM interaction_participant WHERE contact_id = :c UNION ALL "
    "SELECT 1 FROM favor WHERE contact_id = :c UNION ALL "
    "SELECT 1 FROM introduction WHERE person_a_id = :c OR person_b_id = :c "
    "OR introducer_id = :c UNION ALL "
    "SELECT 1 FROM follow_up WHERE contact_id = :c UNION ALL "
    "SELECT 1 FROM focus_entry WHERE contact_id = :c LIMIT 1"
)


class SyncCancelled(Exception):
    """The user cancelled; everything finished so far is committed, the next sync resumes."""


@dataclass(frozen=True)
class SyncResult:
    """What one account's sync did. ``error`` is None when every address book completed
    (cards the server refused do not make it an error: they are in ``refused``)."""

    account_id: int
    created_here: int = 0
    updated_here: int = 0
    deleted_here: int = 0
    uploaded: int = 0
    updated_there: int = 0
    deleted_there: int = 0
    conflicts: int = 0
    kept: int = 0  # deleted on the server, kept here because of their history
    rejected: tuple[str, ...] = ()  # server cards that could not be read: "href: reason"
    error: str | None = None
    changes: Changes = field(default_factory=Changes)
    refused: tuple[str, ...] = ()  # our cards the server refused: "Name: the server's reason"
    # group cards fetched with members found nowhere, as the import notes them (``groups``):
    # "Book: group “X”: 1 of 3 members not found"
    missing_members: tuple[str, ...] = ()

    def summary(self) -> str:
        """One line in the user's language, written when it is shown (English on the
        command line)."""
        parts = []
        here = self.created_here + self.updated_here + self.deleted_here
        there = self.uploaded + self.updated_there + self.deleted_there
        if here:
            parts.append(fill(SyncText.tr("%1 new, %2 updated, %3 deleted here"),
                              self.created_here, self.updated_here, self.deleted_here))
        if there:
            parts.append(fill(SyncText.tr("%1 uploaded, %2 updated, %3 deleted on the server"),
                              self.uploaded, self.updated_there, self.deleted_there))
        if self.conflicts:
            parts.append(SyncText.tr(
                "%n conflict(s) to review (the server's value applied; yours kept)", "",
                self.conflicts))
        if self.kept:
            parts.append(SyncText.tr("%n deleted on the server kept here (they have history)",
                                     "", self.kept))
        if self.rejected:
            parts.append(SyncText.tr("%n unreadable card(s) skipped", "", len(self.rejected)))
        if self.refused:
            parts.append(SyncText.tr("%n not synced (refused by the server)", "",
                                     len(self.refused)))
        if self.missing_members:
            parts.append(SyncText.tr("%n group card(s) with members not found", "",
                                     len(self.missing_members)))
        return "; ".join(parts) if parts else SyncText.tr("everything was already in step")


@dataclass
class _Item:
    id: int | None
    href: str
    etag: str | None
    contact_id: int | None
    uid: str | None
    local_hash: str | None
    detached: bool
    base: str | None = None  # the card as last agreed with the server (merge.py)
    card_uid: str | None = None  # the server card's UID, when not the contact's
    fresh: bool = False  # created there by us after the kept token (state.py)


@dataclass
class _Counts:
    created_here: int = 0
    updated_here: int = 0
    deleted_here: int = 0
    uploaded: int = 0
    updated_there: int = 0
    deleted_there: int = 0
    conflicts: int = 0
    kept: int = 0
    rejected: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    missing_members: list[str] = field(default_factory=list)
    touched: set[int] = field(default_factory=set)
    added_or_removed: bool = False
    tags: bool = False
    removed: bool = False


def render(rec: ContactRecord) -> str:
    """The vCard Rapport sends for a contact (4.0 if it came as 4.0, else 3.0): valid for
    a server, without what stays private (``record_to_card(private=False)``)."""
    version = "4.0" if str(rec.extra.get("version") or "") == "4.0" else "3.0"
    return card_to_text(record_to_card(rec, private=False), version, for_server=True)


def base_text(rec: ContactRecord) -> str:
    """The card as agreed with the server, kept as the base of the next three-way merge:
    the card sent, with the photo's digest instead of the photo (a base per contact must
    not double the database's size)."""
    if rec.photo is None:
        return render(rec)
    rapport = {**(rec.extra.get("rapport") or {}), PHOTO_KEY: photo_digest(rec)}
    return render(dataclasses.replace(rec, photo=None, extra={**rec.extra, "rapport": rapport}))


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _href_for(book_url: str, uid: str) -> str:
    name = _SAFE.sub("-", uid).strip("-.") or uuid.uuid4().hex
    return norm_href(book_url).rstrip("/") + "/" + name[:120] + ".vcf"


def _parse_text(text: str | None) -> CardData | None:
    if not text:
        return None
    try:
        result = parse_bytes(text.encode("utf-8"), "<base>")
    except VCardError:
        return None
    return result.cards[0] if result.cards else None


# --------------------------------------------------------------------------- storing


class _Store:
    """The sync's writes to contacts, all through the contact store (``store.session``:
    source "sync", one change set per chunk of server cards, the search index kept; new
    tags get the category the card gave them)."""

    def __init__(self, source: str = "sync", label: Phrase | None = None) -> None:
        self.source = source
        self.label = label or HistoryLabel.tr("Sync")
        self._session: store.Session | None = None

    @contextlib.contextmanager
    def writing(self) -> Iterator[store.Session]:
        """One change set for what is written inside (joined when already open)."""
        if self._session is not None:
            yield self._session
            return
        with store.session(self.source, self.label) as session:
            self._session = session
            try:
                yield session
            finally:
                self._session = None

    def insert_many(self, records: Sequence[ContactRecord]) -> list[int]:
        """Insert new contacts (a card without a UID gets one); their ids, in order."""
        with self.writing() as session:
            return [int(c) for c in session.create(records)]

    def update(self, cid: int, rec: ContactRecord) -> None:
        """Make the contact hold exactly *rec* (only what differs is written)."""
        rec.contact_id = cid
        with self.writing() as session:
            session.replace([rec])

    def delete_many(self, cids: Sequence[int]) -> None:
        """Delete contacts (the history keeps each whole, so an undo brings it back)."""
        with self.writing() as session:
            session.delete(cids)

    def assign_uids(self, cids: Sequence[int]) -> None:
        """RFC 6350 §6.7.6: a card on a server needs a UID that stays with it; each contact
        gets its own before its first upload (so a retried upload is recognised)."""
        if cids:
            with self.writing() as session:
                session.assign_uids(cids)


def _sql(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


# --------------------------------------------------------------------------- the sync


def _never_synced() -> list[tuple[int, str | None]]:
    return [(r[0], r[1]) for r in db.execute_sql(
        "SELECT id, uid FROM contact WHERE is_me = 0 AND id NOT IN "
        "(SELECT contact_id FROM sync_item WHERE contact_id IS NOT NULL) ORDER BY id")]


def leave_server_cards(contact_ids: Sequence[int]) -> None:
    """The server cards these contacts were synced as are left as they are from now on, as
    sync leaves a group card (``_store_cards``): detached, so never uploaded, rewritten or
    deleted, and fetched again only when they change there. For the contacts an older
    Rapport made of group cards (``group_upgrade``), in the transaction that removes them.
    The row keeps its contact id: an undo that brings the contact back finds its link."""
    db.execute_sql("UPDATE sync_item SET detached = 1 WHERE contact_id IN "
                   "(SELECT value FROM json_each(?))", (json.dumps(list(contact_ids)),))


def _client_for(info: accounts.AccountInfo, secret: str,
                client_factory: ClientFactory | None, timeout: float | None) -> CardDavClient:
    if client_factory is not None:
        return client_factory(info.url, info.username, secret)
    options = info.options
    if timeout is not None:
        options = dataclasses.replace(options, timeout=timeout)
    return CardDavClient(info.url, info.username, secret, options=options)


def sync_account(
    account_id: int,
    progress: Progress | None = None,
    *,
    password: str | None = None,
    client_factory: ClientFactory | None = None,
    timeout: float | None = None,
) -> SyncResult:
    """Sync every enabled address book of the account. Never raises for server or network
    trouble: the result's ``error`` says it in one line (and the account remembers it for the
    status line). Raises :class:`SyncCancelled` when ``progress`` returns False."""
    info = accounts.account(account_id)
    if info is None:
        return SyncResult(account_id, error=str(SyncError.tr("no such account")))
    secret = password if password is not None else accounts.get_password(account_id)
    if secret is None:
        missing = SyncError.tr(
            "no password stored for this account; enter it in Tools → Sync Accounts…")
        accounts.record_result(account_id, missing)
        return SyncResult(account_id, error=str(missing))
    books = [b for b in info.books if b.enabled]
    counts = _Counts()
    error: str | Phrase | None = None
    try:
        client = _client_for(info, secret, client_factory, timeout)
    except CardDavError as exc:
        accounts.record_result(account_id, exc.message)
        return SyncResult(account_id, error=str(exc))
    try:
        if not books:
            raise CardDavError(SyncError.tr("no address book chosen for this account"))
        # UIDs first, for every contact about to be uploaded: a retried upload whose first
        # answer was lost then finds its own card (issue 12), never a stranger.
        without = [cid for cid, uid in _never_synced() if not uid]
        if without:
            with _writing():
                _Store().assign_uids(without)
        default = next((b for b in books if b.is_default), books[0])
        # The default book (where new contacts go) last: a contact the other books hold
        # is linked there first, not uploaded a second time into the default one.
        books.sort(key=lambda b: b.id == default.id)
        for n, book in enumerate(books):
            _BookSync(client, book, book.id == default.id, counts,
                      _scaled(progress, n, len(books))).run()
    except SyncCancelled:
        accounts.record_result(account_id, SyncError.tr("cancelled; the next sync resumes"))
        raise
    except CardDavError as exc:
        error = exc.message
    finally:
        client.close()
    accounts.record_result(account_id, error)
    changes = Changes(
        contacts=frozenset(ContactId(i) for i in counts.touched),
        contacts_added_or_removed=counts.added_or_removed,
        tags=counts.tags or counts.added_or_removed,
        graph=counts.removed, followups=counts.removed, interactions=counts.removed,
    )
    return SyncResult(
        account_id, counts.created_here, counts.updated_here, counts.deleted_here,
        counts.uploaded, counts.updated_there, counts.deleted_there, counts.conflicts,
        counts.kept, tuple(counts.rejected), None if error is None else phrase_text(error),
        changes, tuple(counts.refused), tuple(counts.missing_members),
    )


@dataclass(frozen=True)
class Preview:
    """What a first sync would do: ``up`` contacts uploaded, ``down`` cards brought in
    (some of them may turn out to be the same person and be linked instead)."""

    first: bool
    up: int
    down: int

    @property
    def needs_confirmation(self) -> bool:
        return self.first and self.up > FIRST_SYNC_CONFIRM

    def text(self) -> str:
        return fill(SyncText.tr("%1 and %2", "what a first sync would do"),
                    SyncText.tr("%n contact(s) will be uploaded", "", self.up),
                    SyncText.tr("%n card(s) brought in", "", self.down))


def is_first_sync(account_id: int) -> bool:
    row = db.execute_sql(
        "SELECT count(*) FROM sync_item i JOIN sync_book b ON b.id = i.book_id "
        "WHERE b.account_id = ?", (account_id,)).fetchone()
    info = accounts.account(account_id)
    return int(row[0]) == 0 and (info is None or info.last_sync_at is None)


def needs_preview(account_id: int) -> bool:
    """Whether the next sync is the account's first and would upload contacts (then the
    user sees what it would move before it starts)."""
    return is_first_sync(account_id) and bool(_never_synced())


def preview(account_id: int, *, password: str | None = None,
            client_factory: ClientFactory | None = None) -> Preview:
    """What the next sync of a never-synced account would move (asks the server how many
    cards it has; raises :class:`CardDavError` with one line when it cannot)."""
    info = accounts.account(account_id)
    if info is None:
        raise CardDavError(SyncText.tr("no such account"))
    first = is_first_sync(account_id)
    books = [b for b in info.books if b.enabled]
    up = len(_never_synced()) if books else 0
    secret = password if password is not None else accounts.get_password(account_id)
    if secret is None:
        raise CardDavError(SyncText.tr("no password stored for this account"))
    down = 0
    with _client_for(info, secret, client_factory, None) as client:
        for b in books:
            down += len(client.list_etags(b.url))
    return Preview(first, up, down)


def _scaled(progress: Progress | None, index: int, count: int) -> Progress | None:
    """One book's progress as its share of the whole account's bar (per mille)."""
    if progress is None:
        return None

    def step(done: int, total: int) -> bool:
        share = done / total if total else 1.0
        return progress(int((index + share) * 1000 / count), 1000)
    return step


def discover(url: str, username: str, password: str, timeout: float = 30.0,
             options: TransportOptions | None = None) -> list[AddressBook]:
    """The address books an account can see (raises :class:`CardDavError`, one line)."""
    with CardDavClient(url, username, password, timeout=timeout, options=options) as client:
        return client.discover()


class _Snap(NamedTuple):
    """A contact's vCard as Rapport sends it, read in one transaction with its fingerprint
    (stored as ``local_hash`` once the server has that text), its UID, the base text to
    keep once the server has it, and the name to show if the server refuses it."""

    text: str
    fingerprint: str
    uid: str | None
    base: str
    name: str


def _writing() -> Any:
    """A write transaction that takes the write lock at once (BEGIN IMMEDIATE): the batched
    insert allocates contact ids as max(id) + 1, which only the lock holder may do."""
    return db.atomic("IMMEDIATE")


class _BookSync:
    """One address book's sync. Private state: ``items`` (href -> state row as loaded),
    ``local_changed`` (hrefs the user changed here since the last sync), ``local_text``
    (contact id -> the snapshot to upload for it), ``push`` (hrefs whose merged result must
    be uploaded), ``recreate`` (hrefs to upload afresh), ``by_uid`` (contacts a server card
    with that UID is: never synced, or synced in another address book), ``by_email``
    ((name, e-mail) -> contact synced in another address book: the same person there)."""

    def __init__(self, client: CardDavClient, book: accounts.BookInfo, is_default: bool,
                 counts: _Counts, progress: Progress | None) -> None:
        self.client = client
        self.book_id = book.id
        self.url = book.url
        self.name = book.name
        self.is_default = is_default
        self.counts = counts
        self.progress = progress
        self.store = _Store()
        self.items: dict[str, _Item] = {}
        self.local_changed: set[str] = set()
        self.local_text: dict[int, _Snap] = {}
        self.push: set[str] = set()
        self.recreate: set[str] = set()
        self.by_uid: dict[str, int] = {}
        self.by_email: dict[tuple[str, str], int] = {}
        self.created: set[str] = set()  # hrefs created on the server in this sync
        # Group cards fetched in this sync (name, member URIs): tagged once all are in.
        self.groups: list[tuple[str, tuple[str, ...]]] = []
        self.done = 0
        self.total = 1

    # ------------------------------------------------------------------ helpers

    def tick(self, n: int = 1) -> None:
        self.done += n
        if self.progress is not None and not self.progress(min(self.done, self.total),
                                                           self.total):
            raise SyncCancelled("sync cancelled")

    def _load_items(self) -> None:
        self.items = {
            r[1]: _Item(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7], r[8], bool(r[9]))
            for r in db.execute_sql(
                "SELECT id, href, etag, contact_id, uid, local_hash, detached, base_vcard, "
                "card_uid, fresh FROM sync_item WHERE book_id = ?", (self.book_id,))
        }

    def _save_item(self, item: _Item) -> None:
        self._save_items([item])

    def _save_items(self, items: Sequence[_Item]) -> None:
        """Upsert state rows by (book, href), one ``executemany`` for the lot."""
        if not items:
            return
        db.cursor().executemany(
            "INSERT INTO sync_item (book_id, href, etag, contact_id, uid, local_hash, "
            "detached, base_vcard, card_uid, fresh) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (book_id, href) DO UPDATE "
            "SET etag = excluded.etag, contact_id = excluded.contact_id, uid = excluded.uid,"
            " local_hash = excluded.local_hash, detached = excluded.detached,"
            " base_vcard = excluded.base_vcard, card_uid = excluded.card_uid,"
            " fresh = excluded.fresh",
            [(self.book_id, it.href, it.etag, it.contact_id, it.uid, it.local_hash,
              int(it.detached), it.base, it.card_uid, int(it.fresh)) for it in items])
        for item in items:
            self.items[item.href] = item

    def _drop_item(self, item: _Item) -> None:
        db.execute_sql("DELETE FROM sync_item WHERE book_id = ? AND href = ?",
                       (self.book_id, item.href))
        self.items.pop(item.href, None)

    def _snapshot(self, cids: Sequence[int]) -> dict[int, _Snap]:
        """What to upload for these contacts, each text with the fingerprint of the very
        rows it was rendered from (one read transaction): an edit made while the upload is
        on its way then differs from the stored fingerprint and goes out next time."""
        if not cids:
            return {}
        with db.atomic():
            records = load_records(cids)
            prints = fingerprints(cids)
        return {cid: _Snap(render(rec), prints[cid][1], prints[cid][0], base_text(rec),
                           rec.display_name)
                for cid, rec in records.items() if cid in prints}

    def _refused(self, cid: int, name: str, reason: str | Phrase) -> None:
        """The server refused this contact's card: keep it here, say so, retry next time."""
        db.execute_sql(
            "INSERT INTO sync_refused (book_id, contact_id, display_name, reason, reason_parts, "
            "refused_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (book_id, contact_id) DO UPDATE "
            "SET display_name = excluded.display_name, reason = excluded.reason, "
            "reason_parts = excluded.reason_parts, refused_at = excluded.refused_at",
            (self.book_id, cid, name, english_text(reason), phrase_parts(reason), _now()))
        self.counts.refused.append(f"{name}: {phrase_text(reason)}")

    def _accepted(self, cids: Sequence[int]) -> None:
        if cids:
            db.cursor().executemany(
                "DELETE FROM sync_refused WHERE book_id = ? AND contact_id = ?",
                [(self.book_id, c) for c in cids])

    # ------------------------------------------------------------------ run

    def run(self) -> None:
        self._load_items()
        # The server works on "what changed" while we look for local changes.
        pending = self._ask_server()
        db.execute_sql("DELETE FROM sync_refused WHERE book_id = ? AND contact_id NOT IN "
                       "(SELECT id FROM contact)", (self.book_id,))
        self._local_changes()
        changed, deleted, token, ctag = self._server_changes(pending)
        new_local = self._new_local()  # (also: never-synced contacts by UID, for linking)
        if not self.is_default:
            new_local = []
        self._same_people_elsewhere()
        self.total = max(1, len(changed) + len(deleted) + len(self.local_changed)
                         + len(new_local) + 1)
        self.tick(0)
        self._fetch_and_apply(changed)
        if self.groups:
            with _writing():
                self._tag_groups()
        with _writing():
            self._server_deletions(deleted)
        checked = [h for h, it in self.items.items() if it.fresh and h not in self.created]
        self._push_changes()
        self._push_new(new_local)
        with _writing():
            db.execute_sql("UPDATE sync_book SET sync_token = ?, ctag = ?, last_sync_at = ? "
                           "WHERE id = ?", (token, ctag, _now(), self.book_id))
            # Checked against a report from their token: no longer fresh for the new one.
            db.cursor().executemany(
                "UPDATE sync_item SET fresh = 0 WHERE book_id = ? AND href = ?",
                [(self.book_id, h) for h in checked])
        self.tick()

    def _ask_server(self) -> tuple[Pending | None, str | None, str | None]:
        """Send the sync-collection report from the last token, if there is one."""
        row = db.execute_sql("SELECT sync_token, ctag FROM sync_book WHERE id = ?",
                             (self.book_id,)).fetchone()
        old_token, old_ctag = (row[0], row[1]) if row else (None, None)
        pending = self.client.start_sync_collection(self.url, old_token) if old_token \
            else None
        return pending, old_token, old_ctag

    def _server_changes(self, asked: tuple[Pending | None, str | None, str | None]
                        ) -> tuple[dict[str, str | None], set[str], str | None, str | None]:
        pending, _old_token, old_ctag = asked
        if pending is not None:
            try:
                sc = self.client.read_sync_collection(pending)
            except InvalidSyncToken:
                pass
            else:
                changed = {h: e for h, e in sc.changed.items()
                           if not (h in self.items and e is not None
                                   and self.items[h].etag == e)}
                deleted = {h for h in sc.deleted if h in self.items}
                if not sc.truncated:
                    # Created by us after the token, and not in the report: deleted there
                    # (RFC 6578 §3.5 lets a server leave such a card out).
                    deleted |= {h for h, it in self.items.items()
                                if it.fresh and h not in sc.changed}
                return changed, deleted, sc.token, old_ctag
        etags, token, ctag = self._full_listing(old_ctag)
        if etags is None:
            return {}, set(), None, old_ctag  # RFC-less servers: unchanged ctag, no changes
        changed = {h: e for h, e in etags.items()
                   if h not in self.items or e is None or self.items[h].etag != e}
        deleted = {h for h, it in self.items.items()
                   if h not in etags and not (it.detached and it.etag is None)}
        return changed, deleted, token, ctag

    def _full_listing(self, old_ctag: str | None
                      ) -> tuple[dict[str, str | None] | None, str | None, str | None]:
        """Every card's ETag and the token they are as of (first sync, or a forgotten
        token); None for the ETags when a server without tokens says nothing changed.

        An empty-token sync-collection (RFC 6578 §3.8) answers both in one request, as one
        consistent state; a server that refuses it, or truncates the answer (§3.6: then a
        card missing from it is not a card deleted), is asked with PROPFIND instead."""
        try:
            full = self.client.sync_collection(self.url, None)
        except (AuthError, NetworkError):
            raise
        except CardDavError:
            pass  # no sync-collection here: read the token, then the ETags
        else:
            if full.token and not full.truncated and not full.deleted:
                return dict(full.changed), full.token, None
        info = self.client.book_info(self.url)  # token first: nothing slips between
        if info.sync_token is None and info.ctag and info.ctag == old_ctag and self.items:
            return None, None, old_ctag
        return self.client.list_etags(self.url), info.sync_token, info.ctag

    def _local_changes(self) -> None:
        """Synced contacts deleted or changed here since the last sync: a fingerprint that
        differs from the stored one (``fingerprint.py`` says why not ``updated_at``)."""
        linked = {it.contact_id: it for it in self.items.values() if it.contact_id is not None}
        prints = fingerprints(list(linked))
        gone = [cid for cid, it in linked.items()
                if cid not in prints or (it.uid and prints[cid][0] != it.uid)]
        for cid in gone:
            it = linked.pop(cid)
            it.contact_id = None  # deleted here (or the id now belongs to someone else)
        changed: list[int] = []
        older: list[int] = []  # stored by an older version: the SHA-1 of the rendered card
        for cid, it in linked.items():
            if it.local_hash == prints[cid][1]:
                continue
            if it.local_hash is None or is_fingerprint(it.local_hash):
                changed.append(cid)
            else:
                older.append(cid)
        upgraded: list[_Item] = []
        for cid, snap in self._snapshot(older).items():
            it = linked[cid]
            if _hash(snap.text) == it.local_hash:
                it.local_hash = snap.fingerprint  # unchanged: compare the fast way next time
                upgraded.append(it)
            else:
                self.local_changed.add(it.href)
                self.local_text[cid] = snap
        if upgraded:
            with _writing():
                self._save_items(upgraded)
        for cid, snap in self._snapshot(changed).items():
            self.local_changed.add(linked[cid].href)
            self.local_text[cid] = snap

    def _new_local(self) -> list[int]:
        rows = _never_synced()
        self.by_uid = {str(uid): cid for cid, uid in rows if uid}
        return [cid for cid, _uid in rows]

    def _same_people_elsewhere(self) -> None:
        """Contacts already synced (in any address book): a card here with the same UID,
        or the same name and e-mail, is the same person."""
        # This book too: a server that allows two cards with one UID (Xandikos) may hold
        # a copy of a card we already have (our upload whose answer was lost, made again).
        rows = db.execute_sql(
            "SELECT DISTINCT i.contact_id, c.uid, c.full_name FROM sync_item i "
            "JOIN contact c ON c.id = i.contact_id").fetchall()
        for cid, uid, _name in rows:
            if uid:
                self.by_uid.setdefault(str(uid), cid)
        names = {cid: str(name or "").strip().casefold() for cid, _uid, name in rows}
        ids = list(names)
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            for cid, address in db.execute_sql(
                    "SELECT contact_id, address FROM email WHERE contact_id IN "
                    f"({','.join('?' * len(chunk))})", chunk):
                if names[cid]:
                    self.by_email.setdefault((names[cid], str(address).strip().casefold()),
                                             cid)

    def _same_person(self, card: CardData) -> int | None:
        if card.uid and card.uid in self.by_uid:
            return self.by_uid.pop(card.uid)
        name = card.full_name.strip().casefold()
        for e in card.emails:
            cid = self.by_email.get((name, e.value.strip().casefold()))
            if cid is not None:
                return cid
        return None

    # ------------------------------------------------------------------ server -> here

    def _fetch_and_apply(self, changed: dict[str, str | None]) -> None:
        wanted = list(changed)
        got: set[str] = set()
        cancelled: list[SyncCancelled] = []

        def received(n: int) -> bool:
            try:
                self.tick(n)
            except SyncCancelled as exc:
                cancelled.append(exc)  # store the chunk that came in, then stop
                return False
            return True

        # Pipelined: the server prepares the next chunk while this one is stored.
        for chunk in self.client.multiget(self.url, wanted, received=received):
            with _writing():
                self._apply(chunk)
            got.update(r.href for r in chunk)
        if cancelled:
            raise cancelled[0]
        missing = [h for h in wanted if h not in got]
        if missing:  # deleted between the listing and the fetch
            with _writing():
                self._server_deletions(set(missing) & set(self.items))

    def _parse(self, res: Resource) -> CardData | None:
        try:
            result = parse_bytes(res.data, res.href)
        except VCardError as exc:
            self.counts.rejected.append(f"{res.href}: {exc}")
            return None
        if not result.cards:
            reason = result.errors[0].reason if result.errors else SyncText.tr("no vCard")
            self.counts.rejected.append(f"{res.href}: {reason}")
            return None
        return result.cards[0]

    def _apply(self, resources: Iterable[Resource],
               bases: dict[str, str] | None = None) -> None:
        """Store server cards (inside the caller's write transaction): updates one by one,
        new contacts in one batch, state rows once for the lot; one change set of the
        store, which keeps the search index). ``bases``: href -> the base to merge against
        instead of the stored one (our own upload, recognised after its answer was lost)."""
        with self.store.writing():
            self._store_cards([(res, self._parse(res)) for res in resources], bases)

    def _store_cards(self, parsed: list[tuple[Resource, CardData | None]],
                     bases: dict[str, str] | None) -> None:
        # The Rapport side of plain updates, read at once (not one query set per card).
        plain = [it.contact_id for res, card in parsed
                 if card is not None and (it := self.items.get(res.href)) is not None
                 and it.contact_id is not None and res.href not in self.local_changed]
        locals_ = load_records(plain, photos=False) if plain else {}
        written: list[tuple[_Item, bool, str]] = []  # (item, needs push, base text)
        card_uids: dict[str, str | None] = {}  # href -> the server card's UID
        new: list[tuple[_Item, ContactRecord, str]] = []
        for res, card in parsed:
            item = self.items.get(res.href)
            if card is None:
                if item is None:  # remember it, so we neither retry nor delete it
                    self._save_item(_Item(None, res.href, res.etag, None, None, None, True))
                continue
            if card.members is not None and (item is None or item.contact_id is None):
                # A list of people, not a person (``groups``): no contact; remembered as
                # a card we do not take (detached: never deleted, never written; its ETag:
                # fetched again only when it changes there), its members tagged.
                self.groups.append((card.full_name, card.members))
                self._save_item(_Item(item.id if item else None, res.href, res.etag, None,
                                      None, None, True))
                continue
            remote = card_to_record(card)
            agreed = _server_base(res, remote)
            card_uids[res.href] = card.uid
            if item is not None and item.contact_id is not None:
                cid = item.contact_id
                base = (bases or {}).get(res.href) or item.base
                if res.href in self.local_changed or (bases and res.href in bases):
                    self.local_changed.discard(res.href)
                    need_push = self._merge(cid, card, remote, base)
                else:
                    self.store.update(cid, self._incoming(card, remote, locals_.get(cid)))
                    self.counts.updated_here += 1
                    need_push = False
            else:
                cid_or_none = self._same_person(card)
                item = item or _Item(None, res.href, None, None, None, None, False)
                item.etag = res.etag
                item.detached = False
                if cid_or_none is None:
                    new.append((item, self._incoming(card, remote, None), agreed))
                    continue
                cid = cid_or_none
                need_push = self._merge(cid, card, remote, (bases or {}).get(res.href),
                                        first_link=True)
            item.contact_id = cid
            item.etag = res.etag
            item.detached = False
            written.append((item, need_push, agreed))
        if new:
            ids = self.store.insert_many([rec for _item, rec, _b in new])
            for (item, _rec, agreed), cid in zip(new, ids, strict=True):
                item.contact_id = cid
                written.append((item, False, agreed))
            self.counts.created_here += len(new)
            self.counts.added_or_removed = True
        if not written:
            return
        ids = [it.contact_id for it, _p, _b in written if it.contact_id is not None]
        self.counts.touched.update(ids)
        self.counts.tags = True
        # The state as written, in this transaction: what the next sync compares with.
        prints = fingerprints(ids)
        snaps = self._snapshot([it.contact_id for it, p, _b in written
                                if p and it.contact_id is not None])
        for item, need_push, agreed in written:
            cid = item.contact_id or 0
            item.uid, fingerprint = prints.get(cid, (None, None))
            item.base = agreed
            theirs = card_uids.get(item.href)
            item.card_uid = theirs if theirs and theirs != item.uid else None
            # None as the hash: "differs from what the server has", so a sync interrupted
            # before the upload still uploads the merged version next time.
            item.local_hash = None if need_push else fingerprint
            if need_push and cid in snaps:
                self.push.add(item.href)
                self.local_text[cid] = snaps[cid]
        self._save_items([it for it, _p, _b in written])

    def _incoming(self, card: CardData, remote: ContactRecord,
                  local: ContactRecord | None) -> ContactRecord:
        """The server card as a record (unchanged here since the last sync); Rapport's
        own fields, the tags, and what never travels stay as they are here when the card
        does not carry them (phones drop unknown properties)."""
        rec = remote
        if local is not None:
            for column, key in _RAPPORT_COLUMNS.items():
                if key not in card.rapport:
                    rec.columns[column] = local.columns.get(column)
            private = [t for t in local.tags
                       if local.tag_categories.get(t.casefold()) == "avoid"]
            if not card.categories and not card.tag_kinds:
                rec.tags = list(local.tags)
            else:
                have = {t.casefold() for t in rec.tags}
                rec.tags.extend(t for t in private if t.casefold() not in have)
            rec.tag_categories = {**rec.tag_categories, **local.tag_categories}
            # The contact keeps its UID: a card of it under another UID (another address
            # book) is remembered as ``card_uid`` and written back under that one.
            rec.columns["uid"] = local.columns.get("uid") or rec.columns.get("uid")
        return rec

    def _merge(self, cid: int, card: CardData, remote: ContactRecord, base: str | None,
               first_link: bool = False) -> bool:
        """Changed on both sides (or the same person found on both sides): the three-way
        merge against ``base`` (``merge.py``); without a base, the server's values win and
        what only Rapport has is added. Returns whether the result must be uploaded."""
        local = load_records([cid]).get(cid)
        if local is None:
            return False
        base_card = _parse_text(base)
        if base_card is not None:
            merged, conflicts = merge3(card_to_record(base_card), local, remote,
                                       set(card.rapport), bool(card.categories
                                                               or card.tag_kinds))
        else:
            merged = self._incoming(card, card_to_record(card), local)
            merge_record(merged, local)
            conflicts = [
                FieldConflict(name, FIELD_LABELS.get(name, name), _text(mine),
                              _text(merged.columns.get(name)))
                for name in CARD_COLUMNS
                if (mine := local.columns.get(name)) not in (None, "") and name != "uid"
                and _text(mine) != _text(merged.columns.get(name))
            ]
        merged.contact_id = cid
        merged.columns["uid"] = local.columns.get("uid") or merged.columns.get("uid")
        if conflicts:
            db.execute_sql(
                "INSERT INTO sync_conflict (book_id, contact_id, display_name, local_vcard, "
                "created_at, fields) VALUES (?, ?, ?, ?, ?, ?)",
                (self.book_id, cid, local.display_name,
                 card_to_text(record_to_card(local), "3.0"), _now(),
                 json.dumps([[c.field, c.label, c.mine, c.theirs] for c in conflicts],
                            ensure_ascii=False)))
            self.counts.conflicts += 1
        self.store.update(cid, merged)
        self.counts.updated_here += 1
        theirs = dataclasses.replace(remote, columns={**remote.columns,
                                                      "uid": merged.columns.get("uid")})
        return render(merged) != render(theirs)

    def _tag_groups(self) -> None:
        """The name of each group card fetched, as a group tag on its members in the book
        (``groups``: found as an import finds them), in one change set of the sync; a note
        naming this address book for each with members found nowhere."""
        index = groups.member_index(m for _name, members in self.groups for m in members)
        with self.store.writing() as session:
            for name, members in self.groups:
                found, missing = groups.members_found(index, members)
                tagged = groups.tag_members(session, found, name)
                if tagged:
                    self.counts.touched.update(tagged)
                    self.counts.tags = True
                if missing:
                    self.counts.missing_members.append(fill(
                        SyncText.tr("%1: %2", "an address book and a note on one of its cards"),
                        self.name, groups.missing_text(name, len(members), missing)))
        self.groups = []

    # ------------------------------------------------------------------ deletions there

    def _server_deletions(self, hrefs: set[str]) -> None:
        doomed: list[int] = []
        for href in sorted(hrefs):
            item = self.items.get(href)
            if item is None:
                continue
            self.tick()
            cid = item.contact_id
            if cid is None:
                self._drop_item(item)  # deleted on both sides
                continue
            if href in self.local_changed:
                # Changed here, deleted there: ours wins, upload it afresh.
                self.local_changed.discard(href)
                item.etag = None
                self.recreate.add(href)
                self._save_item(item)
                continue
            elsewhere = db.execute_sql(
                "SELECT 1 FROM sync_item WHERE contact_id = ? AND (book_id != ? OR href != ?) "
                "LIMIT 1", (cid, self.book_id, href)).fetchone()
            if elsewhere is not None:
                self._drop_item(item)  # still in another address book: only unlinked here
                continue
            if db.execute_sql(_HISTORY_SQL, {"c": cid}).fetchone() is not None:
                item.detached = True
                item.etag = None
                self._save_item(item)
                self.counts.kept += 1
                continue
            doomed.append(cid)
            self._drop_item(item)
        if doomed:
            self.store.delete_many(doomed)
            self.counts.deleted_here += len(doomed)
            self.counts.touched.update(doomed)
            self.counts.added_or_removed = True
            self.counts.removed = True

    # ------------------------------------------------------------------ here -> server

    def _put_all(self, jobs: list[tuple[_Item, _Snap, bool]],
                 on_error: Callable[[_Item, _Snap, CardDavError], None]) -> None:
        """Upload (item, snapshot, create?) jobs, a few at a time; record each success as
        it comes (in batches, in one transaction each), hand every failure to
        ``on_error`` (after the successes so far are saved)."""
        done: list[tuple[_Item, _Snap, bool]] = []

        def flush() -> None:
            if not done:
                return
            with _writing():
                for item, snap, create in done:
                    if create:
                        self.counts.uploaded += 1
                    else:
                        self.counts.updated_there += 1
                    item.detached = False
                    item.local_hash = snap.fingerprint
                    item.base = snap.base
                    if create:
                        item.fresh = True
                        self.created.add(item.href)
                    if item.uid is None:
                        item.uid = snap.uid
                self._save_items([it for it, _s, _c in done])
                self._accepted([it.contact_id for it, _s, _c in done
                                if it.contact_id is not None])
            done.clear()

        failures: list[tuple[_Item, _Snap, CardDavError]] = []
        try:
            results = self.client.put_many(
                [(it.href, _with_uid(snap, it.card_uid).encode("utf-8"),
                  None if create else it.etag) for it, snap, create in jobs], PUT_WORKERS)
            for index, result in results:
                item, snap, create = jobs[index]
                if result.error is None:
                    item.etag = result.etag
                    done.append((item, snap, create))
                    if len(done) >= 200:
                        flush()
                else:
                    failures.append((item, snap, result.error))
                self.tick()
        finally:
            flush()
        for item, snap, error in failures:
            on_error(item, snap, error)

    def _push_changes(self) -> None:
        jobs: list[tuple[_Item, _Snap, bool]] = []
        for href in sorted(self.local_changed | self.push | self.recreate):
            item = self.items.get(href)
            if item is None or item.contact_id is None:
                continue
            if item.detached and href not in self.recreate:
                item.etag = None
            snap = self.local_text.get(item.contact_id) \
                or self._snapshot([item.contact_id]).get(item.contact_id)
            if snap is None:
                continue  # deleted here meanwhile: the next sync sends the DELETE
            jobs.append((item, snap, item.etag is None))
        self._put_all(jobs, self._update_failed)
        # Deleted here: delete there (If-Match: a card changed there meanwhile comes back).
        for item in [it for it in self.items.values()
                     if it.contact_id is None and not it.detached]:
            try:
                gone = self.client.delete(item.href, item.etag)
            except PreconditionFailed:
                res = self.client.get(item.href)
                with _writing():
                    self._drop_item(item)
                    if res is not None:
                        self._apply([res])
                self.tick()
                continue
            with _writing():
                self._drop_item(item)
            if gone:
                self.counts.deleted_there += 1
            self.tick()

    def _update_failed(self, item: _Item, snap: _Snap, error: CardDavError) -> None:
        cid = item.contact_id or 0
        if isinstance(error, PreconditionFailed):
            # Changed there since we listed it: fetch, merge, send the result once more.
            res = self.client.get(item.href)
            with _writing():
                if res is None:
                    item.etag = None  # gone there meanwhile: create it again
                    self._save_item(item)
                else:
                    self.local_changed.add(item.href)
                    self._apply([res])
            if res is not None and item.href not in self.push:
                return  # the merge equals the server's card: nothing to send
            self.push.discard(item.href)
            fresh = self._snapshot([cid]).get(cid)
            if fresh is None:
                return
            self._put_all([(item, fresh, item.etag is None)], self._retry_failed)
            return
        if isinstance(error, UidConflict):
            self._retry_failed(item, snap, error)
            return
        with _writing():
            self._refused(cid, snap.name, error.message)

    def _retry_failed(self, item: _Item, snap: _Snap, error: CardDavError) -> None:
        """A second failure in one sync: no loop; the next sync tries again."""
        if isinstance(error, PreconditionFailed):
            return  # changed there again meanwhile: the next sync merges it
        with _writing():
            self._refused(item.contact_id or 0, snap.name, error.message)

    def _push_new(self, cids: list[int]) -> None:
        for start in range(0, len(cids), 500):
            linked = self._linked()
            chunk = [c for c in cids[start : start + 500] if c not in linked]
            snaps = self._snapshot(chunk)
            jobs: list[tuple[_Item, _Snap, bool]] = []
            hrefs: set[str] = set()
            for cid in chunk:
                snap = snaps.get(cid)
                if snap is None:
                    continue  # deleted here meanwhile
                uid = str(snap.uid or "")
                href = _href_for(self.url, uid)
                if href in self.items or href in hrefs:
                    href = _href_for(self.url, uuid.uuid4().hex)
                hrefs.add(href)
                jobs.append((_Item(None, href, None, cid, uid or None, None, False), snap,
                             True))
            self._put_all(jobs, self._create_failed)

    def _create_failed(self, item: _Item, snap: _Snap, error: CardDavError) -> None:
        """A new card was not created. A 412 (something lives at that name) or a UID
        conflict whose card has our UID is our own earlier upload whose answer was lost:
        it is linked (and merged), never created twice. Anything else is a refusal."""
        cid = item.contact_id or 0
        there = error.href if isinstance(error, UidConflict) else \
            item.href if isinstance(error, PreconditionFailed) else None
        if there is None and isinstance(error, UidConflict) and snap.uid:
            there = self._find_uid(snap.uid)  # Radicale does not say where (RFC 6352 may)
        if there is None:
            with _writing():
                self._refused(cid, snap.name, error.message)
            return
        res = self.client.get(there)
        card = self._parse(res) if res is not None else None
        if res is not None and card is not None and snap.uid and card.uid == snap.uid:
            self.by_uid[snap.uid] = cid
            with _writing():
                self._apply([res], bases={res.href: snap.base})
                self._accepted([cid])
            linked = self.items.get(res.href)
            if linked is not None and res.href in self.push:
                fresh = self._snapshot([cid]).get(cid)
                if fresh is not None:
                    self._put_all([(linked, fresh, False)], self._retry_failed)
            return
        if isinstance(error, PreconditionFailed):
            item.href = _href_for(self.url, uuid.uuid4().hex)  # a stranger: another name
            self._put_all([(item, snap, True)], self._retry_failed)
            return
        with _writing():
            self._refused(cid, snap.name, error.message)

    def _find_uid(self, uid: str) -> str | None:
        """The href of the card with this UID among those we have not seen yet (rare: a
        UID conflict whose answer does not name the card)."""
        unknown = [h for h in self.client.list_etags(self.url) if h not in self.items]
        for chunk in self.client.multiget(self.url, unknown):
            for res in chunk:
                card = self._parse(res)
                if card is not None and card.uid == uid:
                    return res.href
        return None

    def _linked(self) -> set[int]:
        return {it.contact_id for it in self.items.values() if it.contact_id is not None}


def _with_uid(snap: _Snap, card_uid: str | None) -> str:
    """The card text under the server card's own UID (a server refuses a changed UID)."""
    if not card_uid or not snap.uid or card_uid == snap.uid:
        return snap.text
    return snap.text.replace(f"\r\nUID:{snap.uid}\r\n", f"\r\nUID:{card_uid}\r\n", 1)


def _server_base(res: Resource, remote: ContactRecord) -> str:
    """The base to keep for a card taken from the server: its own text, unless it has a
    photo (then our rendering, with the photo's digest: see ``base_text``)."""
    if b"PHOTO" not in res.data.upper():
        return res.data.decode("utf-8", "replace")
    return base_text(remote)


def _text(value: Any) -> str:
    if value is None:
        return ""
    return str(_sql(value)).strip()


# --------------------------------------------------------------------------- conflicts


@dataclass(frozen=True)
class Conflict:
    """A contact both sides changed differently: ``local_vcard`` is Rapport's version as
    it was (kept whole), ``fields`` the fields in conflict with both values (empty for a
    conflict kept by an older version: then the whole card differs)."""

    id: int
    contact_id: int | None
    display_name: str
    created_at: dt.datetime | None
    local_vcard: str
    fields: tuple[FieldConflict, ...] = ()


def _fields(text: str | None) -> tuple[FieldConflict, ...]:
    if not text:
        return ()
    try:
        data = json.loads(text)
    except ValueError:
        return ()
    return tuple(FieldConflict(str(f[0]), str(f[1]), str(f[2]), str(f[3]))
                 for f in data if isinstance(f, list) and len(f) == 4)


def conflicts(contact_id: int | None = None) -> list[Conflict]:
    """Unsettled conflicts (newest first), kept for review."""
    sql = ("SELECT id, contact_id, display_name, created_at, local_vcard, fields "
           "FROM sync_conflict WHERE resolved = 0")
    params: list[Any] = []
    if contact_id is not None:
        sql += " AND contact_id = ?"
        params.append(contact_id)
    return [Conflict(r[0], r[1], r[2], accounts._when(r[3]), r[4], _fields(r[5]))
            for r in db.execute_sql(sql + " ORDER BY id DESC", params)]


def restore_conflict(conflict_id: int) -> Changes:
    """Put the user's values back (the next sync uploads them); the conflict is settled.
    Only the fields in conflict are restored: the other changes both sides made stay."""
    row = db.execute_sql("SELECT contact_id, local_vcard, fields FROM sync_conflict "
                         "WHERE id = ?", (conflict_id,)).fetchone()
    if row is None or row[0] is None:
        return Changes()
    cid = int(row[0])
    result = parse_bytes(str(row[1]).encode("utf-8"))
    if not result.cards:
        return Changes()
    fields = _fields(row[2])
    with db.atomic():
        if db.execute_sql("SELECT 1 FROM contact WHERE id = ?", (cid,)).fetchone() is None:
            return Changes()
        local = load_records([cid]).get(cid)
        kept = card_to_record(result.cards[0])
        if local is not None and fields:
            rec = local
            for f in fields:
                if f.field == "photo":
                    rec.photo = kept.photo
                elif f.field in rec.columns:
                    rec.columns[f.field] = kept.columns.get(f.field)
        else:
            rec = kept
            if local is not None:
                for column in ("how_we_met", "met_on", "stage", "keep_in_touch_days"):
                    if _RAPPORT_COLUMNS[column] not in result.cards[0].rapport:
                        rec.columns[column] = local.columns.get(column)
                rec.tag_categories = {**rec.tag_categories, **local.tag_categories}
        writer = _Store("user", HistoryLabel.tr("Restore your version"))
        with writer.writing() as session:
            writer.update(cid, rec)
        db.execute_sql("UPDATE sync_conflict SET resolved = 1 WHERE id = ?", (conflict_id,))
    return session.changes() | Changes(contacts=frozenset({ContactId(cid)}), tags=True)


def dismiss_conflict(conflict_id: int) -> None:
    db.execute_sql("UPDATE sync_conflict SET resolved = 1 WHERE id = ?", (conflict_id,))


def reopen_conflict(conflict_id: int) -> None:
    """Undo of a dismiss: the kept version is offered again."""
    db.execute_sql("UPDATE sync_conflict SET resolved = 0 WHERE id = ?", (conflict_id,))


def conflict_differences(conflict_id: int) -> tuple[tuple[str, str, str], ...]:
    """(what, your kept version, the contact now) for each field that differs: what the
    user weighs before restoring. Empty if the conflict or its contact is gone."""
    row = db.execute_sql("SELECT contact_id, local_vcard FROM sync_conflict WHERE id = ?",
                         (conflict_id,)).fetchone()
    if row is None or row[0] is None:
        return ()
    now = load_records([int(row[0])], photos=False).get(int(row[0]))
    parsed = parse_bytes(str(row[1]).encode("utf-8"))
    if now is None or not parsed.cards:
        return ()
    kept = card_to_record(parsed.cards[0])
    out: list[tuple[str, str, str]] = []
    fields = _fields(db.execute_sql("SELECT fields FROM sync_conflict WHERE id = ?",
                                    (conflict_id,)).fetchone()[0])
    if fields:
        for f in fields:
            value = photo_digest(now) and SyncText.tr("a photo") if f.field == "photo" \
                else str(_sql(now.columns.get(f.field)) or "")
            out.append((SyncText.tr(FIELD_LABELS.get(f.field, f.label)), f.mine, value))
        return tuple(out)
    for column, label in FIELD_LABELS.items():
        if column in ("photo", "given_name", "family_name", "additional_names", "prefix",
                      "suffix", "met_on", "keep_in_touch_days"):
            continue
        mine = str(_sql(kept.columns.get(column)) or "")
        theirs = str(_sql(now.columns.get(column)) or "")
        if mine != theirs and (mine or theirs):
            out.append((SyncText.tr(label), mine, theirs))
    for label, attr in ((SyncText.tr("E-mail"), "emails"), (SyncText.tr("Phone"), "phones"),
                        (SyncText.tr("Web"), "urls")):
        mine_values = [str(v["value"]) for v in getattr(kept, attr)]
        now_values = [str(v["value"]) for v in getattr(now, attr)]
        if mine_values != now_values:
            out.append((label, ", ".join(mine_values), ", ".join(now_values)))
    if sorted(t.casefold() for t in kept.tags) != sorted(t.casefold() for t in now.tags):
        out.append((SyncText.tr("Tags"), ", ".join(kept.tags), ", ".join(now.tags)))
    return tuple(out)


def sync_all(progress: Progress | None = None) -> list[SyncResult]:
    """Sync every account, one after another."""
    ids = [a.id for a in accounts.accounts()]
    return [sync_account(a, _scaled(progress, n, len(ids))) for n, a in enumerate(ids)]
