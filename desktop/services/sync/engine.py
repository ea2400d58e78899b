"""Two-way CardDAV sync of Rapport's contacts with the address books of one account. No Qt.

What a sync does, per enabled address book:

1. **Ask the server what changed**: a ``sync-collection`` report from the token of the last
   complete sync (RFC 6578); without a token (first sync, or the server forgot it) a Depth 1
   PROPFIND of every ETag, compared with the ETags we last saw (a server without sync tokens
   is skipped entirely while its ``getctag`` is unchanged).
2. **See what changed here**: each synced contact is rendered as the vCard Rapport would send;
   a SHA-1 different from the one stored at the last sync means the user changed it. A synced
   contact that is gone (or whose UID changed) was deleted here. Contacts never synced (not
   the user's own profile) are uploaded to the account's default address book.
3. **Bring the server's changes in** (``addressbook-multiget``, 250 per request, one
   transaction per chunk) and **send ours** (PUT with ``If-Match``, new cards with
   ``If-None-Match: *`` at a name made from the UID, DELETE with ``If-Match``).
4. Save the new sync token **only at the end**: a sync that stops half-way (server gone,
   cancel) leaves every finished contact and its state committed, and the next sync asks
   again from the old token; what it already has compares equal by ETag and is skipped.

Conflict rules (documented for the user in the Accounts dialog and tested):

* **Changed on both sides**: the server's version wins field by field; what only the Rapport
  version has (an e-mail, phone, address, URL or tag the server lacks, a field empty on the
  server) is merged in and uploaded. When a value of ours was overwritten, the whole Rapport
  version is kept as a vCard in ``sync_conflict`` so the user can restore it: nothing is lost.
* **Deleted on the server, changed in Rapport**: Rapport wins, the contact is uploaded again.
* **Deleted on the server, unchanged in Rapport**: deleted here too -- unless the contact has
  history in Rapport (interactions, favours, introductions, follow-ups, focus entries): then
  it is kept here, detached, and not uploaded again unless edited.
* **Deleted in Rapport, changed on the server**: the server wins, the contact comes back.
* **First sync, same UID on both sides**: linked, as "changed on both sides".

What is never sent: interactions, favours, introductions, follow-ups, focus entries, the
"one thing" note -- they are not vCard data, and the NOTE stays exactly the contact's note.
Rapport's own contact fields travel as ``X-RAPPORT-*`` properties (stage, how we met, met on,
keep-in-touch days), as in an export; a server card without them (a phone that drops unknown
properties) leaves ours unchanged, and a card without CATEGORIES leaves the tags unchanged.
Unknown properties of the server's cards survive: they live in ``vcard_extra`` and are
written back verbatim.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from desktop.models import db
from desktop.services import search
from desktop.services.contacts import ensure_tags
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
    norm_href,
)
from desktop.services.sync.fingerprint import fingerprints, is_fingerprint
from desktop.services.types import Changes, ContactId
from desktop.services.vcard_mapping import (
    ADDRESS_PARTS,
    CARD_COLUMNS,
    RAPPORT_KEYS,
    ContactRecord,
    card_to_record,
    load_records,
    merge_record,
    record_to_card,
)
from desktop.vcard import CardData, VCardError, card_to_text, parse_bytes

Progress = Callable[[int, int], bool]
ClientFactory = Callable[[str, str, str], CardDavClient]

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
    """What one account's sync did. ``error`` is None when every address book completed."""

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

    def summary(self) -> str:
        parts = []
        here = self.created_here + self.updated_here + self.deleted_here
        there = self.uploaded + self.updated_there + self.deleted_there
        if here:
            parts.append(f"{self.created_here} new, {self.updated_here} updated, "
                         f"{self.deleted_here} deleted here")
        if there:
            parts.append(f"{self.uploaded} uploaded, {self.updated_there} updated, "
                         f"{self.deleted_there} deleted on the server")
        if self.conflicts:
            parts.append(f"{self.conflicts} conflict{'s' if self.conflicts != 1 else ''} "
                         "merged (server wins; your version kept)")
        if self.kept:
            parts.append(f"{self.kept} deleted on the server kept here (they have history)")
        if self.rejected:
            parts.append(f"{len(self.rejected)} unreadable card"
                         f"{'s' if len(self.rejected) != 1 else ''} skipped")
        return "; ".join(parts) if parts else "everything was already in step"


@dataclass
class _Item:
    id: int | None
    href: str
    etag: str | None
    contact_id: int | None
    uid: str | None
    local_hash: str | None
    detached: bool


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
    touched: set[int] = field(default_factory=set)
    added_or_removed: bool = False
    tags: bool = False
    removed: bool = False


def render(rec: ContactRecord) -> str:
    """The vCard Rapport sends for a contact (4.0 if it came as 4.0, else 3.0)."""
    version = "4.0" if str(rec.extra.get("version") or "") == "4.0" else "3.0"
    return card_to_text(record_to_card(rec), version)


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _href_for(book_url: str, uid: str) -> str:
    name = _SAFE.sub("-", uid).strip("-.") or uuid.uuid4().hex
    return norm_href(book_url).rstrip("/") + "/" + name[:120] + ".vcf"


# --------------------------------------------------------------------------- storing


class _Store:
    """Writes server cards into the contact tables (the sync's one writer)."""

    def __init__(self) -> None:
        self.tag_ids: dict[str, int] = {}  # lower-cased name -> id, filled as tags are met

    def _tag_ids(self, names: list[str]) -> list[int]:
        missing = [n for n in names if n.lower() not in self.tag_ids]
        if missing:
            self.tag_ids.update(ensure_tags(missing))
        return [self.tag_ids[n.lower()] for n in names if n.lower() in self.tag_ids]

    def insert_many(self, records: Sequence[ContactRecord]) -> list[int]:
        """Insert new contacts with one ``executemany`` per table (their ids, in order).

        Ids are allocated as max(id) + 1: the caller holds the write lock (``_writing()``,
        BEGIN IMMEDIATE), so no other connection can take them meanwhile."""
        if not records:
            return []
        row = db.execute_sql("SELECT coalesce(max(id), 0) FROM contact").fetchone()
        first = int(row[0]) + 1
        now = _now()
        rows = []
        for i, rec in enumerate(records):
            c = rec.columns
            if not c.get("uid"):
                c["uid"] = f"urn:uuid:{uuid.uuid4()}"
            rec.contact_id = first + i
            rows.append((first + i, *(_sql(c.get(name)) for name in CARD_COLUMNS),
                         rec.sort_key(), rec.extra_json(), now, now))
        cols = ", ".join(CARD_COLUMNS)
        marks = ",".join("?" * len(rows[0]))
        db.cursor().executemany(
            f"INSERT INTO contact (id, {cols}, sort_key, vcard_extra, created_at, updated_at) "
            f"VALUES ({marks})", rows)
        self._children([(first + i, rec) for i, rec in enumerate(records)])
        return [first + i for i in range(len(records))]

    def update(self, cid: int, rec: ContactRecord) -> None:
        sets = {name: _sql(rec.columns.get(name)) for name in CARD_COLUMNS}
        sets["sort_key"] = rec.sort_key()
        sets["vcard_extra"] = rec.extra_json()
        sets["updated_at"] = _now()
        assignments = ", ".join(f"{k} = ?" for k in sets)
        db.execute_sql(f"UPDATE contact SET {assignments} WHERE id = ?", [*sets.values(), cid])
        for table in ("email", "phone", "url", "address", "contact_tag", "contact_photo"):
            db.execute_sql(f"DELETE FROM {table} WHERE contact_id = ?", (cid,))
        self._children([(cid, rec)])

    def _children(self, pairs: Sequence[tuple[int, ContactRecord]]) -> None:
        """E-mails, phones, URLs, addresses, tags and photos of (contact id, record) pairs,
        one ``executemany`` per table."""
        emails: list[tuple[Any, ...]] = []
        phones: list[tuple[Any, ...]] = []
        urls: list[tuple[Any, ...]] = []
        adrs: list[tuple[Any, ...]] = []
        tags: list[tuple[int, int]] = []
        photos: list[tuple[Any, ...]] = []
        for cid, rec in pairs:
            emails.extend(
                (cid, str(e["value"]).strip(), e.get("kind") or "", e.get("label"),
                 int(bool(e.get("pref"))), i, e.get("meta")) for i, e in enumerate(rec.emails))
            phones.extend(
                (cid, str(p["value"]).strip(),
                 p.get("e164"), p.get("kind") or "",
                 p.get("label"), int(bool(p.get("pref"))), i, p.get("meta"))
                for i, p in enumerate(rec.phones))
            urls.extend(
                (cid, str(u["value"]).strip(), u.get("kind") or "", u.get("label"),
                 int(bool(u.get("pref"))), i, u.get("meta")) for i, u in enumerate(rec.urls))
            adrs.extend(
                (cid, *(a.get(p) or "" for p in ADDRESS_PARTS), a.get("kind") or "",
                 a.get("label"), int(bool(a.get("pref"))), i, a.get("meta"))
                for i, a in enumerate(rec.addresses))
            if rec.tags:
                ids = self._tag_ids([" ".join(t.split()) for t in rec.tags])
                tags.extend((cid, t) for t in dict.fromkeys(ids))
            if rec.photo is not None:
                photos.append((cid, rec.photo[0], rec.photo[1] or "image/jpeg"))
        cur = db.cursor()
        parts = ", ".join(ADDRESS_PARTS)
        for sql, rows in (
            ("INSERT INTO email (contact_id, address, kind, label, pref, position, vcard_meta) "
             "VALUES (?, ?, ?, ?, ?, ?, ?)", emails),
            ("INSERT INTO phone (contact_id, number, e164, kind, label, pref, position, "
             "vcard_meta) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", phones),
            ("INSERT INTO url (contact_id, url, kind, label, pref, position, vcard_meta) "
             "VALUES (?, ?, ?, ?, ?, ?, ?)", urls),
            (f"INSERT INTO address (contact_id, {parts}, kind, label, pref, position, "
             f"vcard_meta) VALUES ({','.join('?' * (len(ADDRESS_PARTS) + 6))})", adrs),
            ("INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)", tags),
            ("INSERT INTO contact_photo (contact_id, data, mime) VALUES (?, ?, ?)", photos),
        ):
            if rows:
                cur.executemany(sql, rows)


def _sql(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


# --------------------------------------------------------------------------- the sync


def sync_account(
    account_id: int,
    progress: Progress | None = None,
    *,
    password: str | None = None,
    client_factory: ClientFactory | None = None,
    timeout: float = 30.0,
) -> SyncResult:
    """Sync every enabled address book of the account. Never raises for server or network
    trouble: the result's ``error`` says it in one line (and the account remembers it for the
    status line). Raises :class:`SyncCancelled` when ``progress`` returns False."""
    info = accounts.account(account_id)
    if info is None:
        return SyncResult(account_id, error="no such account")
    secret = password if password is not None else accounts.get_password(account_id)
    if secret is None:
        missing = "no password stored for this account; enter it in Tools → Sync Accounts…"
        accounts.record_result(account_id, missing)
        return SyncResult(account_id, error=missing)
    books = [b for b in info.books if b.enabled]
    counts = _Counts()
    error: str | None = None
    try:
        client = (client_factory or _default_client(timeout))(info.url, info.username, secret)
    except CardDavError as exc:
        accounts.record_result(account_id, str(exc))
        return SyncResult(account_id, error=str(exc))
    try:
        if not books:
            raise CardDavError("no address book chosen for this account")
        default = next((b for b in books if b.is_default), books[0])
        for n, book in enumerate(books):
            _BookSync(client, book.id, book.url, book.id == default.id, counts,
                      _scaled(progress, n, len(books))).run()
    except SyncCancelled:
        accounts.record_result(account_id, "cancelled; the next sync resumes")
        raise
    except CardDavError as exc:
        error = str(exc)
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
        counts.kept, tuple(counts.rejected), error, changes,
    )


def _default_client(timeout: float) -> ClientFactory:
    def make(url: str, user: str, password: str) -> CardDavClient:
        return CardDavClient(url, user, password, timeout=timeout)
    return make


def _scaled(progress: Progress | None, index: int, count: int) -> Progress | None:
    """One book's progress as its share of the whole account's bar (per mille)."""
    if progress is None:
        return None

    def step(done: int, total: int) -> bool:
        share = done / total if total else 1.0
        return progress(int((index + share) * 1000 / count), 1000)
    return step


def discover(url: str, username: str, password: str, timeout: float = 30.0
             ) -> list[AddressBook]:
    """The address books an account can see (raises :class:`CardDavError`, one line)."""
    with CardDavClient(url, username, password, timeout=timeout) as client:
        return client.discover()


class _Snap(NamedTuple):
    """A contact's vCard as Rapport sends it, read in one transaction with its fingerprint
    (stored as ``local_hash`` once the server has that text) and its UID."""

    text: str
    fingerprint: str
    uid: str | None


def _writing() -> Any:
    """A write transaction that takes the write lock at once (BEGIN IMMEDIATE): the batched
    insert allocates contact ids as max(id) + 1, which only the lock holder may do."""
    return db.atomic("IMMEDIATE")


class _BookSync:
    """One address book's sync. Private state: ``items`` (href -> state row as loaded),
    ``local_changed`` (hrefs the user changed here since the last sync), ``local_text``
    (contact id -> the snapshot to upload for it), ``push`` (hrefs whose merged result must
    be uploaded), ``recreate`` (hrefs to upload afresh), ``by_uid`` (never-synced contacts
    by UID, for linking on first sync)."""

    def __init__(self, client: CardDavClient, book_id: int, url: str, is_default: bool,
                 counts: _Counts, progress: Progress | None) -> None:
        self.client = client
        self.book_id = book_id
        self.url = url
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
            r[1]: _Item(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]))
            for r in db.execute_sql(
                "SELECT id, href, etag, contact_id, uid, local_hash, detached FROM sync_item "
                "WHERE book_id = ?", (self.book_id,))
        }

    def _save_item(self, item: _Item) -> None:
        self._save_items([item])

    def _save_items(self, items: Sequence[_Item]) -> None:
        """Upsert state rows by (book, href), one ``executemany`` for the lot."""
        if not items:
            return
        db.cursor().executemany(
            "INSERT INTO sync_item (book_id, href, etag, contact_id, uid, local_hash, "
            "detached) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (book_id, href) DO UPDATE "
            "SET etag = excluded.etag, contact_id = excluded.contact_id, uid = excluded.uid,"
            " local_hash = excluded.local_hash, detached = excluded.detached",
            [(self.book_id, it.href, it.etag, it.contact_id, it.uid, it.local_hash,
              int(it.detached)) for it in items])
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
        return {cid: _Snap(render(rec), prints[cid][1], prints[cid][0])
                for cid, rec in records.items() if cid in prints}

    # ------------------------------------------------------------------ run

    def run(self) -> None:
        self._load_items()
        # The server works on "what changed" while we look for local changes.
        pending = self._ask_server()
        self._local_changes()
        changed, deleted, token, ctag = self._server_changes(pending)
        new_local = self._new_local() if self.is_default else []
        self.total = max(1, len(changed) + len(deleted) + len(self.local_changed)
                         + len(new_local) + 1)
        self.tick(0)
        self._fetch_and_apply(changed)
        with _writing():
            self._server_deletions(deleted)
        self._push_changes()
        self._push_new(new_local)
        db.execute_sql("UPDATE sync_book SET sync_token = ?, ctag = ?, last_sync_at = ? "
                       "WHERE id = ?", (token, ctag, _now(), self.book_id))
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
        rows = db.execute_sql(
            "SELECT id, uid FROM contact WHERE is_me = 0 AND id NOT IN "
            "(SELECT contact_id FROM sync_item WHERE contact_id IS NOT NULL) ORDER BY id"
        ).fetchall()
        self.by_uid = {str(uid): cid for cid, uid in rows if uid}
        return [cid for cid, _uid in rows]

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
            reason = result.errors[0].reason if result.errors else "no vCard"
            self.counts.rejected.append(f"{res.href}: {reason}")
            return None
        return result.cards[0]

    def _apply(self, resources: Iterable[Resource]) -> None:
        """Store server cards (inside the caller's write transaction): updates one by one,
        new contacts in one batch, state rows and the search index once for the lot."""
        parsed = [(res, self._parse(res)) for res in resources]
        # The Rapport side of plain updates, read at once (not one query set per card).
        plain = [it.contact_id for res, card in parsed
                 if card is not None and (it := self.items.get(res.href)) is not None
                 and it.contact_id is not None and res.href not in self.local_changed]
        locals_ = load_records(plain, photos=False) if plain else {}
        written: list[tuple[_Item, bool]] = []  # (item, needs push)
        new: list[tuple[_Item, ContactRecord]] = []
        for res, card in parsed:
            item = self.items.get(res.href)
            if card is None:
                if item is None:  # remember it, so we neither retry nor delete it
                    self._save_item(_Item(None, res.href, res.etag, None, None, None, True))
                continue
            if item is not None and item.contact_id is not None:
                cid = item.contact_id
                if res.href in self.local_changed:
                    self.local_changed.discard(res.href)
                    need_push = self._merge_conflict(cid, card)
                else:
                    self.store.update(cid, self._incoming(card, locals_.get(cid)))
                    self.counts.updated_here += 1
                    need_push = False
            else:
                cid_or_none = self.by_uid.pop(card.uid, None) if card.uid else None
                item = item or _Item(None, res.href, None, None, None, None, False)
                item.etag = res.etag
                item.detached = False
                if cid_or_none is None:
                    new.append((item, self._incoming(card, None)))
                    continue
                cid = cid_or_none
                need_push = self._merge_conflict(cid, card, first_link=True)
            item.contact_id = cid
            item.etag = res.etag
            item.detached = False
            written.append((item, need_push))
        if new:
            ids = self.store.insert_many([rec for _item, rec in new])
            for (item, _rec), cid in zip(new, ids, strict=True):
                item.contact_id = cid
                written.append((item, False))
            self.counts.created_here += len(new)
            self.counts.added_or_removed = True
        if not written:
            return
        ids = [it.contact_id for it, _p in written if it.contact_id is not None]
        self.counts.touched.update(ids)
        self.counts.tags = True
        # The state as written, in this transaction: what the next sync compares with.
        prints = fingerprints(ids)
        snaps = self._snapshot([it.contact_id for it, p in written
                                if p and it.contact_id is not None])
        for item, need_push in written:
            cid = item.contact_id or 0
            item.uid, fingerprint = prints.get(cid, (None, None))
            # None as the hash: "differs from what the server has", so a sync interrupted
            # before the upload still uploads the merged version next time.
            item.local_hash = None if need_push else fingerprint
            if need_push and cid in snaps:
                self.push.add(item.href)
                self.local_text[cid] = snaps[cid]
        self._save_items([it for it, _p in written])
        search.reindex([ContactId(i) for i in ids])

    def _incoming(self, card: CardData, local: ContactRecord | None) -> ContactRecord:
        """The server card as a record; Rapport's own fields and the tags stay as they are
        here when the card does not carry them (phones drop unknown properties)."""
        rec = card_to_record(card)
        if local is not None:
            for column, key in _RAPPORT_COLUMNS.items():
                if key not in card.rapport:
                    rec.columns[column] = local.columns.get(column)
            if not card.categories:
                rec.tags = list(local.tags)
            if not card.uid:
                rec.columns["uid"] = local.columns.get("uid")
        return rec

    def _merge_conflict(self, cid: int, card: CardData, first_link: bool = False) -> bool:
        """Changed on both sides: the server's version wins, the Rapport version's extra
        values are merged in; returns whether the merged result differs from the server's."""
        local = load_records([cid]).get(cid)
        if local is None:
            return False
        local_text = render(local)
        incoming = self._incoming(card, local)
        server_text = render(incoming)
        if server_text == local_text:
            self.store.update(cid, incoming)
            return False
        merged = self._incoming(card, local)
        merge_record(merged, local)
        lost = any(
            local.columns.get(name) not in (None, "")
            and _sql(local.columns.get(name)) != _sql(merged.columns.get(name))
            for name in CARD_COLUMNS
        ) or _dropped(local, merged)
        if lost:
            db.execute_sql(
                "INSERT INTO sync_conflict (book_id, contact_id, display_name, local_vcard, "
                "created_at) VALUES (?, ?, ?, ?, ?)",
                (self.book_id, cid, local.display_name, local_text, _now()))
            self.counts.conflicts += 1
        elif not first_link:
            self.counts.conflicts += 1
        self.store.update(cid, merged)
        self.counts.updated_here += 1
        return render(merged) != server_text

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
            if db.execute_sql(_HISTORY_SQL, {"c": cid}).fetchone() is not None:
                item.detached = True
                item.etag = None
                self._save_item(item)
                self.counts.kept += 1
                continue
            doomed.append(cid)
            self._drop_item(item)
        for start in range(0, len(doomed), 900):
            chunk = doomed[start : start + 900]
            db.execute_sql(f"DELETE FROM contact WHERE id IN ({','.join('?' * len(chunk))})",
                           chunk)
        if doomed:
            search.reindex([ContactId(c) for c in doomed])
            self.counts.deleted_here += len(doomed)
            self.counts.touched.update(doomed)
            self.counts.added_or_removed = True
            self.counts.removed = True

    # ------------------------------------------------------------------ here -> server

    def _push_changes(self) -> None:
        for href in sorted(self.local_changed | self.push | self.recreate):
            item = self.items.get(href)
            if item is None:
                continue
            if item.contact_id is None:
                continue
            if item.detached and href not in self.recreate:
                item.etag = None
            snap = self.local_text.get(item.contact_id) \
                or self._snapshot([item.contact_id]).get(item.contact_id)
            if snap is None:
                continue  # deleted here meanwhile: the next sync sends the DELETE
            self._put(item, snap, create=item.etag is None)
            self.tick()
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
            self._drop_item(item)
            if gone:
                self.counts.deleted_there += 1
            self.tick()

    def _put(self, item: _Item, snap: _Snap, create: bool, retried: bool = False) -> None:
        try:
            etag = self.client.put(item.href, snap.text.encode("utf-8"),
                                   etag=None if create else item.etag)
        except PreconditionFailed:
            if retried:
                raise
            # Changed there since we listed it: merge it now, then send the result.
            res = self.client.get(item.href)
            with _writing():
                if res is None:
                    item.etag = None
                    self._save_item(item)
                else:
                    self.local_changed.add(item.href)
                    self._apply([res])
            cid = item.contact_id or 0
            if res is not None and item.href not in self.push:
                return
            self.push.discard(item.href)
            snap = self._snapshot([cid]).get(cid, snap)
            self._put(item, snap, create=res is None, retried=True)
            return
        if create:
            self.counts.uploaded += 1
        else:
            self.counts.updated_there += 1
        item.etag = etag
        item.detached = False
        item.local_hash = snap.fingerprint
        self._save_item(item)

    def _push_new(self, cids: list[int]) -> None:
        for start in range(0, len(cids), 500):
            chunk = [c for c in cids[start : start + 500] if c not in self._linked()]
            snaps = self._ensure_uids_and_snapshot(chunk)
            for cid in chunk:
                snap = snaps.get(cid)
                if snap is None:
                    continue  # deleted here meanwhile
                uid = str(snap.uid or "")
                href = _href_for(self.url, uid)
                if href in self.items:
                    href = _href_for(self.url, uuid.uuid4().hex)
                item = _Item(None, href, None, cid, uid, None, False)
                try:
                    self._put(item, snap, create=True)
                except PreconditionFailed:
                    # Something already lives at that name: link if it is this contact
                    # (an upload whose answer we lost), else take a fresh name.
                    res = self.client.get(href)
                    card = self._parse(res) if res is not None else None
                    if res is not None and card is not None and card.uid == uid:
                        self.by_uid[uid] = cid
                        with _writing():
                            self._apply([res])
                        linked = self.items.get(href)
                        if linked is not None and href in self.push:
                            self._put(linked, self.local_text.get(cid, snap), create=False)
                    else:
                        item.href = _href_for(self.url, uuid.uuid4().hex)
                        self._put(item, snap, create=True)
                self.tick()

    def _linked(self) -> set[int]:
        return {it.contact_id for it in self.items.values() if it.contact_id is not None}

    def _ensure_uids_and_snapshot(self, cids: list[int]) -> dict[int, _Snap]:
        if not cids:
            return {}
        marks = ",".join("?" * len(cids))
        missing = [r[0] for r in db.execute_sql(
            f"SELECT id FROM contact WHERE id IN ({marks}) AND (uid IS NULL OR uid = '')",
            cids)]
        if missing:
            with _writing():
                # RFC 6350 §6.7.6: a card on a server needs a UID that stays with it.
                db.cursor().executemany("UPDATE contact SET uid = ? WHERE id = ?",
                                        [(f"urn:uuid:{uuid.uuid4()}", c) for c in missing])
        return self._snapshot(cids)


def _dropped(local: ContactRecord, merged: ContactRecord) -> bool:
    """Whether the merge lost a multi-valued item of ours (it never should: belt and braces)."""
    return len(merged.emails) < len(local.emails) or len(merged.phones) < len(local.phones)


# --------------------------------------------------------------------------- conflicts


@dataclass(frozen=True)
class Conflict:
    id: int
    contact_id: int | None
    display_name: str
    created_at: dt.datetime | None
    local_vcard: str


def conflicts(contact_id: int | None = None) -> list[Conflict]:
    """Unsettled conflicts (newest first): the Rapport versions that lost to the server."""
    sql = ("SELECT id, contact_id, display_name, created_at, local_vcard FROM sync_conflict "
           "WHERE resolved = 0")
    params: list[Any] = []
    if contact_id is not None:
        sql += " AND contact_id = ?"
        params.append(contact_id)
    return [Conflict(r[0], r[1], r[2], accounts._when(r[3]), r[4])
            for r in db.execute_sql(sql + " ORDER BY id DESC", params)]


def restore_conflict(conflict_id: int) -> Changes:
    """Put the kept Rapport version back (the next sync uploads it); the conflict is settled."""
    row = db.execute_sql("SELECT contact_id, local_vcard FROM sync_conflict WHERE id = ?",
                         (conflict_id,)).fetchone()
    if row is None or row[0] is None:
        return Changes()
    cid = int(row[0])
    result = parse_bytes(str(row[1]).encode("utf-8"))
    if not result.cards:
        return Changes()
    with db.atomic():
        if db.execute_sql("SELECT 1 FROM contact WHERE id = ?", (cid,)).fetchone() is None:
            return Changes()
        local = load_records([cid], photos=False).get(cid)
        rec = card_to_record(result.cards[0])
        if local is not None:
            for column in ("how_we_met", "met_on", "stage", "keep_in_touch_days"):
                if _RAPPORT_COLUMNS[column] not in result.cards[0].rapport:
                    rec.columns[column] = local.columns.get(column)
        _Store().update(cid, rec)
        db.execute_sql("UPDATE sync_conflict SET resolved = 1 WHERE id = ?", (conflict_id,))
        search.reindex([ContactId(cid)])
    return Changes(contacts=frozenset({ContactId(cid)}), tags=True)


def dismiss_conflict(conflict_id: int) -> None:
    db.execute_sql("UPDATE sync_conflict SET resolved = 1 WHERE id = ?", (conflict_id,))


def reopen_conflict(conflict_id: int) -> None:
    """Undo of a dismiss: the kept version is offered again."""
    db.execute_sql("UPDATE sync_conflict SET resolved = 0 WHERE id = ?", (conflict_id,))


@dataclass(frozen=True)
class ConflictUndo:
    """What :func:`undo_restore` needs: the contact's rows as they were before the restore
    (an opaque snapshot; nothing else looks inside)."""

    conflict_id: int
    contact_id: int
    before: ContactRecord


def restore_conflict_undoable(conflict_id: int) -> tuple[Changes, ConflictUndo | None]:
    """:func:`restore_conflict`, keeping what it replaced (None when nothing was restored:
    the conflict or its contact is gone)."""
    row = db.execute_sql("SELECT contact_id FROM sync_conflict WHERE id = ? AND resolved = 0",
                         (conflict_id,)).fetchone()
    before = load_records([int(row[0])]).get(int(row[0])) if row and row[0] else None
    if before is None:
        return Changes(), None
    changes = restore_conflict(conflict_id)
    if not changes.contacts:
        return changes, None
    return changes, ConflictUndo(conflict_id, int(row[0]), before)


def undo_restore(undo: ConflictUndo) -> Changes:
    """Put back the contact as it was before the restore; the conflict is open again."""
    with db.atomic():
        if db.execute_sql("SELECT 1 FROM contact WHERE id = ?",
                          (undo.contact_id,)).fetchone() is None:
            return Changes()
        _Store().update(undo.contact_id, undo.before)
        reopen_conflict(undo.conflict_id)
        search.reindex([ContactId(undo.contact_id)])
    return Changes(contacts=frozenset({ContactId(undo.contact_id)}), tags=True)


_FIELD_LABELS = {
    "full_name": "Name", "nickname": "Nickname", "organization": "Organisation",
    "department": "Department", "title": "Title", "birthday": "Birthday",
    "anniversary": "Anniversary", "note": "Note", "how_we_met": "How we met",
    "stage": "Stage",
}


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
    for column, label in _FIELD_LABELS.items():
        mine = str(_sql(kept.columns.get(column)) or "")
        theirs = str(_sql(now.columns.get(column)) or "")
        if mine != theirs and (mine or theirs):
            out.append((label, mine, theirs))
    for label, attr in (("E-mail", "emails"), ("Phone", "phones"), ("Web", "urls")):
        mine_values = [str(v["value"]) for v in getattr(kept, attr)]
        now_values = [str(v["value"]) for v in getattr(now, attr)]
        if mine_values != now_values:
            out.append((label, ", ".join(mine_values), ", ".join(now_values)))
    if sorted(t.casefold() for t in kept.tags) != sorted(t.casefold() for t in now.tags):
        out.append(("Tags", ", ".join(kept.tags), ", ".join(now.tags)))
    return tuple(out)


def sync_all(progress: Progress | None = None) -> list[SyncResult]:
    """Sync every account, one after another."""
    ids = [a.id for a in accounts.accounts()]
    return [sync_account(a, _scaled(progress, n, len(ids))) for n, a in enumerate(ids)]
