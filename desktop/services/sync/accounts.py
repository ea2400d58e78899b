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
from desktop.services.sync.carddav import AddressBook

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
    url: str
    username: str
    last_sync_at: dt.datetime | None
    last_error: str | None
    books: tuple[BookInfo, ...]


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


def add_account(url: str, username: str, password: str, name: str = "") -> int:
    """A new account (no address books yet: see ``set_books``)."""
    url = url.strip()
    if not url or not username.strip():
        raise ServiceError("an account needs a server address and a user name")
    with db.atomic():
        cur = db.execute_sql(
            "INSERT INTO sync_account (name, url, username) VALUES (?, ?, ?)",
            (name.strip() or f"{username.strip()} on {_host(url)}", url, username.strip()))
        account_id = int(cur.lastrowid or 0)
    set_password(account_id, password)
    return account_id


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url if "://" in url else "https://" + url).hostname or url


def remove_account(account_id: int) -> None:
    """Forget an account and its sync state (contacts stay in Rapport)."""
    delete_password(account_id)
    with db.atomic():
        db.execute_sql("DELETE FROM sync_item WHERE book_id IN "
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


def accounts() -> list[AccountInfo]:
    counts = dict(db.execute_sql(
        "SELECT book_id, count(*) FROM sync_item WHERE contact_id IS NOT NULL GROUP BY book_id"
    ).fetchall())
    books: dict[int, list[BookInfo]] = {}
    for r in db.execute_sql("SELECT id, account_id, url, name, enabled, is_default, "
                            "last_sync_at FROM sync_book ORDER BY name COLLATE NOCASE, id"):
        books.setdefault(r[1], []).append(BookInfo(
            r[0], r[1], r[2], r[3], bool(r[4]), bool(r[5]), _when(r[6]), int(counts.get(r[0], 0))))
    return [AccountInfo(r[0], r[1], r[2], r[3], _when(r[4]), r[5], tuple(books.get(r[0], ())))
            for r in db.execute_sql("SELECT id, name, url, username, last_sync_at, last_error "
                                    "FROM sync_account ORDER BY id")]


def account(account_id: int) -> AccountInfo | None:
    return next((a for a in accounts() if a.id == account_id), None)


def record_result(account_id: int, error: str | None, when: dt.datetime | None = None) -> None:
    """The outcome of a sync: success sets the time, failure keeps the time and the error."""
    if error is None:
        db.execute_sql("UPDATE sync_account SET last_sync_at = ?, last_error = NULL WHERE id = ?",
                       ((when or dt.datetime.now()).isoformat(timespec="seconds"), account_id))
    else:
        db.execute_sql("UPDATE sync_account SET last_error = ? WHERE id = ?",
                       (error, account_id))


def status_text(info: AccountInfo, now: dt.datetime | None = None) -> str:
    """The status line: "synced 2 min ago", "never synced", or the last error."""
    if info.last_error:
        return f"Sync failed: {info.last_error}"
    if info.last_sync_at is None:
        return "Never synced"
    return "Synced " + ago(info.last_sync_at, now)


def ago(when: dt.datetime, now: dt.datetime | None = None) -> str:
    seconds = max(0, int(((now or dt.datetime.now()) - when).total_seconds()))
    if seconds < 60:
        return "just now"
    minutes = seconds // 60
    if minutes < 60:
        return f"{minutes} min ago"
    hours = minutes // 60
    if hours < 24:
        return f"{hours} h ago"
    days = hours // 24
    return "yesterday" if days == 1 else f"{days} days ago"
