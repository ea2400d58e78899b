"""CardDAV accounts: server and user name in the database, the password in the keyring.

Passwords go to the system keyring through the ``keyring`` package (Secret Service on Linux,
Keychain on macOS, Credential Locker on Windows), service name ``Rapport CardDAV``, user
``<account id>:<user name>@<server URL>``.

Fallback, where no keyring service runs (a headless box, a minimal desktop without a Secret
Service): the password is stored in ``sync-passwords.json`` beside the database file,
**as plain text** (no obfuscation that would only pretend to protect it), created with mode
0600 so only the user can read it -- the same protection as the database itself, which holds
the user's whole address book anyway. ``password_storage()`` says which one is in use so the
Accounts dialog can tell the user.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop import files
from desktop.models import db
from desktop.models.database import database_path
from desktop.services.errors import ServiceError
from desktop.services.sync.carddav import (
    AddressBook,
    SyncText,
    TransportOptions,
    needs_http_confirmation,
    split_credentials,
)
from desktop.text import Phrase, english_text, fill, phrase_parts, phrase_text, stored_phrase

KEYRING_SERVICE = "Rapport CardDAV"
FALLBACK_FILE = "sync-passwords.json"


@dataclass(frozen=True)
class BookInfo:
    id: int
    account_id: int
    url: str
    name: str
    enabled: bool
    is_default: bool
    last_sync_at: dt.datetime | None
    contact_count: int


@dataclass(frozen=True)
class AccountInfo:
    id: int
    name: str
    url: str  # never holds a password (``add_account`` takes it out)
    username: str
    last_sync_at: dt.datetime | None
    last_error: str | Phrase | None  # a Phrase worded when shown; text (an old row) as is
    books: tuple[BookInfo, ...]
    ca_file: str | None = None
    pinned_sha256: str | None = None
    timeout: float | None = None
    allow_http: bool = False

    @property
    def options(self) -> TransportOptions:
        """How to reach the server (the account's CA file, pinned certificate, timeout)."""
        timeout = self.timeout or DEFAULT_TIMEOUT
        return TransportOptions(timeout=timeout, deadline=max(timeout * 10, 120.0),
                                ca_file=self.ca_file or None,
                                pinned_sha256=self.pinned_sha256 or None,
                                allow_http=self.allow_http)


@dataclass(frozen=True)
class NotSynced:
    """A contact whose card a server refused at the last sync (retried at every sync)."""

    contact_id: int
    display_name: str
    reason: str | Phrase  # show it with ``reason_text``
    account_id: int
    book_name: str
    refused_at: dt.datetime | None

    @property
    def reason_text(self) -> str:
        """Why the server refused the card, in the user's language (an old row's reason as
        it was written)."""
        return phrase_text(self.reason)


DEFAULT_TIMEOUT = 30.0


def _when(value: Any) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None


# --------------------------------------------------------------------------- passwords


def _key(account_id: int) -> str:
    row = db.execute_sql("SELECT username, url FROM sync_account WHERE id = ?",
                         (account_id,)).fetchone()
    user, url = (row[0], row[1]) if row else ("", "")
    return f"{account_id}:{user}@{url}"


def _fallback_path() -> Path:
    path = database_path()
    folder = path.resolve().parent if path is not None else Path.cwd()
    return folder / FALLBACK_FILE


def _read_fallback() -> dict[str, str]:
    path = _fallback_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _write_fallback(data: dict[str, str]) -> None:
    files.write_bytes(_fallback_path(), json.dumps(data).encode("utf-8"))


def _keyring() -> Any | None:
    """The keyring module if a real backend is available, else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:
        return None
    if isinstance(backend, fail.Keyring) or (type(backend).__name__ == "ChainerBackend" and \
            not getattr(backend, "backends", None)):
        return None
    return keyring


def password_storage() -> str:
    """Where passwords are kept: "keyring" or "file" (see the module docstring)."""
    return "keyring" if _keyring() is not None else "file"


def set_password(account_id: int, password: str) -> str:
    """Store the password; returns where it went ("keyring" or "file")."""
    key = _key(account_id)
    kr = _keyring()
    if kr is not None:
        try:
            kr.set_password(KEYRING_SERVICE, key, password)
        except Exception:  # a backend that is present but locked or broken
            pass
        else:
            data = _read_fallback()
            if data.pop(key, None) is not None:
                _write_fallback(data)
            return "keyring"
    data = _read_fallback()
    data[key] = password
    _write_fallback(data)
    return "file"


def get_password(account_id: int) -> str | None:
    key = _key(account_id)
    kr = _keyring()
    if kr is not None:
        try:
            value = kr.get_password(KEYRING_SERVICE, key)
        except Exception:
            value = None
        if value is not None:
            return str(value)
    return _read_fallback().get(key)


def delete_password(account_id: int) -> None:
    key = _key(account_id)
    kr = _keyring()
    if kr is not None:
        with contextlib.suppress(Exception):
            kr.delete_password(KEYRING_SERVICE, key)
    data = _read_fallback()
    if data.pop(key, None) is not None:
        _write_fallback(data)


# --------------------------------------------------------------------------- accounts


def _same_url(a: str, b: str) -> bool:
    return a.rstrip("/").casefold() == b.rstrip("/").casefold()


def find_existing(url: str, username: str) -> int | None:
    """The account already set up for this server and user name, if any."""
    clean, url_user, _pw = split_credentials(url)
    user = (username or url_user or "").strip()
    for account_id, acc_url, acc_user in db.execute_sql(
            "SELECT id, url, username FROM sync_account ORDER BY id"):
        if _same_url(acc_url, clean) and acc_user == user:
            return int(account_id)
    return None


def add_account(url: str, username: str, password: str, name: str = "", *,
                ca_file: str | None = None, pinned_sha256: str | None = None,
                timeout: float | None = None, allow_http: bool = False) -> int:
    """The account for this server and user (no address books yet: see ``set_books``).

    Adding an account that exists (same address, same user) re-links it: the password and
    settings are updated and its sync state kept, so nothing is downloaded twice. A user
    name or password typed inside the address (``https://ana:pw@host/``) is taken out of
    it: the address stored and shown never holds the password (it goes to the keyring).
    ``http://`` to another machine needs ``allow_http`` (the password travels in clear)."""
    clean, url_user, url_password = split_credentials(url)
    username = (username or url_user or "").strip()
    if not password and url_password is not None:
        password = url_password
    if not url.strip() or not username:
        raise ServiceError(SyncText.tr("an account needs a server address and a user name"))
    if needs_http_confirmation(clean) and not allow_http:
        raise ServiceError(fill(SyncText.tr(
            "%1 is plain http: the password would travel in clear; use https:// or confirm "
            "plain http"), clean))
    existing = find_existing(clean, username)
    if existing is not None:
        set_options(existing, ca_file=ca_file, pinned_sha256=pinned_sha256, timeout=timeout,
                    allow_http=allow_http)
        set_password(existing, password)
        return existing
    with db.atomic():
        cur = db.execute_sql(
            "INSERT INTO sync_account (name, url, username, ca_file, pinned_sha256, timeout, "
            "allow_http) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (name.strip() or f"{username} on {_host(clean)}", clean, username,
             ca_file or None, pinned_sha256 or None, timeout, int(allow_http)))
        account_id = int(cur.lastrowid or 0)
    set_password(account_id, password)
    return account_id


def set_options(account_id: int, *, ca_file: str | None = None,
                pinned_sha256: str | None = None, timeout: float | None = None,
                allow_http: bool | None = None) -> None:
    """Change how the account reaches its server (None leaves a setting as it is)."""
    sets: dict[str, Any] = {}
    if ca_file is not None:
        sets["ca_file"] = ca_file or None
    if pinned_sha256 is not None:
        sets["pinned_sha256"] = pinned_sha256 or None
    if timeout is not None:
        if not 1 <= timeout <= 3600:
            raise ServiceError(SyncText.tr("the timeout must be between 1 and 3600 seconds"))
        sets["timeout"] = float(timeout)
    if allow_http is not None:
        sets["allow_http"] = int(allow_http)
    if sets:
        db.execute_sql(f"UPDATE sync_account SET {', '.join(f'{k} = ?' for k in sets)} "
                       "WHERE id = ?", [*sets.values(), account_id])


def find_account(text: str) -> int:
    """The account a user named: its id (``3`` or ``#3``), name, address or user name.
    Raises ServiceError (one line, with the candidates) when none or several match."""
    wanted = text.strip()
    infos = accounts()
    if wanted.lstrip("#").isdigit():
        number = int(wanted.lstrip("#"))
        if any(a.id == number for a in infos):
            return number
    hits = [a for a in infos if wanted.casefold() in (a.name.casefold(), a.username.casefold())
            or _same_url(a.url, wanted)]
    if len(hits) == 1:
        return hits[0].id
    names = ", ".join(f"#{a.id} {a.name}" for a in (hits or infos)) or SyncText.tr("none")
    if hits:
        raise ServiceError(fill(SyncText.tr("%1 matches several accounts: %2"), repr(wanted),
                                names))
    raise ServiceError(fill(SyncText.tr("no sync account %1 (accounts: %2)"), repr(wanted),
                            names))


# Address book names servers give the book a phone uses by default (Nextcloud "contacts",
# Radicale/Xandikos "addressbook", SOGo "personal", iCloud "card", Fastmail "Default").
_DEFAULT_NAMES = ("contacts", "addressbook", "default", "personal", "card")


def default_book(books: list[AddressBook]) -> AddressBook | None:
    """The book a new account syncs at first: the server's default one. CardDAV has no
    standard way to say which that is, so the usual names decide, then the first book."""
    if not books:
        return None
    for wanted in _DEFAULT_NAMES:
        for b in books:
            last = b.url.rstrip("/").rsplit("/", 1)[-1].casefold()
            if wanted in (last, b.name.strip().casefold()):
                return b
    return books[0]


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url if "://" in url else "https://" + url).hostname or url


def remove_account(account_id: int) -> None:
    """Forget an account and its sync state (contacts stay in Rapport)."""
    delete_password(account_id)
    with db.atomic():
        db.execute_sql("DELETE FROM sync_item WHERE book_id IN "
                       "(SELECT id FROM sync_book WHERE account_id = ?)", (account_id,))
        db.execute_sql("DELETE FROM sync_refused WHERE book_id IN "
                       "(SELECT id FROM sync_book WHERE account_id = ?)", (account_id,))
        db.execute_sql("DELETE FROM sync_book WHERE account_id = ?", (account_id,))
        db.execute_sql("DELETE FROM sync_account WHERE id = ?", (account_id,))


def set_books(account_id: int, books: list[AddressBook], enabled_urls: set[str],
              default_url: str | None = None) -> None:
    """Record the discovered address books and which ones to sync; the default one (where
    contacts created in Rapport are uploaded) is ``default_url`` or the first enabled."""
    enabled = [b.url for b in books if b.url in enabled_urls]
    default = default_url if default_url in enabled else (enabled[0] if enabled else None)
    with db.atomic():
        for b in books:
            db.execute_sql(
                "INSERT INTO sync_book (account_id, url, name, enabled, is_default) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (account_id, url) DO UPDATE SET "
                "name = excluded.name, enabled = excluded.enabled, "
                "is_default = excluded.is_default",
                (account_id, b.url, b.name, int(b.url in enabled_urls), int(b.url == default)))


def add_books(account_id: int, books: list[AddressBook]) -> None:
    """Record address books the account does not know yet, off (a re-added account keeps
    its choice of books)."""
    with db.atomic():
        for b in books:
            db.execute_sql(
                "INSERT INTO sync_book (account_id, url, name, enabled, is_default) "
                "VALUES (?, ?, ?, 0, 0) ON CONFLICT (account_id, url) DO NOTHING",
                (account_id, b.url, b.name))


def accounts() -> list[AccountInfo]:
    counts = dict(db.execute_sql(
        "SELECT book_id, count(*) FROM sync_item WHERE contact_id IS NOT NULL GROUP BY book_id"
    ).fetchall())
    books: dict[int, list[BookInfo]] = {}
    for r in db.execute_sql("SELECT id, account_id, url, name, enabled, is_default, "
                            "last_sync_at FROM sync_book ORDER BY name COLLATE NOCASE, id"):
        books.setdefault(r[1], []).append(BookInfo(
            r[0], r[1], r[2], r[3], bool(r[4]), bool(r[5]), _when(r[6]), int(counts.get(r[0], 0))))
    return [AccountInfo(r[0], r[1], r[2], r[3], _when(r[4]),
                        stored_phrase(r[5], r[10]) if r[5] or r[10] else None,
                        tuple(books.get(r[0], ())), r[6], r[7], r[8], bool(r[9]))
            for r in db.execute_sql("SELECT id, name, url, username, last_sync_at, last_error, "
                                    "ca_file, pinned_sha256, timeout, allow_http, "
                                    "last_error_parts FROM sync_account ORDER BY id")]


def not_synced(account_id: int | None = None) -> list[NotSynced]:
    """Contacts a server refused at the last sync, with its reason (by name)."""
    sql = ("SELECT r.contact_id, r.display_name, r.reason, b.account_id, b.name, r.refused_at, "
           "r.reason_parts FROM sync_refused r JOIN sync_book b ON b.id = r.book_id")
    params: tuple[Any, ...] = ()
    if account_id is not None:
        sql += " WHERE b.account_id = ?"
        params = (account_id,)
    return [NotSynced(r[0], r[1], stored_phrase(r[2], r[6]), r[3], r[4], _when(r[5]))
            for r in db.execute_sql(sql + " ORDER BY r.display_name COLLATE NOCASE", params)]


def account(account_id: int) -> AccountInfo | None:
    return next((a for a in accounts() if a.id == account_id), None)


def record_result(account_id: int, error: str | Phrase | None,
                  when: dt.datetime | None = None) -> None:
    """The outcome of a sync: success sets the time, failure keeps the time and the error
    (a phrase as its parts, worded when shown; issue 14)."""
    if error is None:
        db.execute_sql("UPDATE sync_account SET last_sync_at = ?, last_error = NULL, "
                       "last_error_parts = NULL WHERE id = ?",
                       ((when or dt.datetime.now()).isoformat(timespec="seconds"), account_id))
    else:
        db.execute_sql("UPDATE sync_account SET last_error = ?, last_error_parts = ? "
                       "WHERE id = ?", (english_text(error), phrase_parts(error), account_id))


def status_text(info: AccountInfo, now: dt.datetime | None = None) -> str:
    """The status line: "synced 2 min ago", "never synced", or the last error."""
    if info.last_error:
        return fill(SyncText.tr("Sync failed: %1"), phrase_text(info.last_error))
    if info.last_sync_at is None:
        return SyncText.tr("Never synced")
    return fill(SyncText.tr("Synced %1"), ago(info.last_sync_at, now))


def ago(when: dt.datetime, now: dt.datetime | None = None) -> str:
    seconds = max(0, int(((now or dt.datetime.now()) - when).total_seconds()))
    if seconds < 60:
        return SyncText.tr("just now")
    minutes = seconds // 60
    if minutes < 60:
        return fill(SyncText.tr("%1 min ago"), minutes)
    hours = minutes // 60
    if hours < 24:
        return fill(SyncText.tr("%1 h ago"), hours)
    days = hours // 24
    return SyncText.tr("yesterday") if days == 1 else SyncText.tr("%n days ago", "", days)
