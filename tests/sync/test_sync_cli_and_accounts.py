"""`rapport sync` as a user runs it, and where account passwords are kept."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from desktop.models import close_database, open_database
from desktop.services.sync import accounts
from tests.sync.servers import PASSWORD, USER, RadicaleServer


def rapport(db: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    return subprocess.run([sys.executable, "-m", "desktop.cli", "--db", str(db), *args],
                          input=stdin, capture_output=True, text=True, timeout=60, env=env)


def test_cli_adds_an_account_syncs_and_reports(tmp_path: Path, radicale: RadicaleServer,
                                               book: str) -> None:
    radicale.put(f"/{USER}/{book}/c1.vcf",
                 "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:c1\r\nFN:Cleo Line\r\nN:Line;Cleo;;;\r\n"
                 "END:VCARD\r\n")
    db = tmp_path / "cli.sqlite3"
    added = rapport(db, "sync", "--add", radicale.book_url(book), "--user", USER,
                    "--password-stdin", stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    assert "1 new, 0 updated, 0 deleted here" in added.stdout
    listed = rapport(db, "list", "--json")
    assert [c["full_name"] for c in json.loads(listed.stdout)] == ["Cleo Line"]
    again = rapport(db, "sync")
    assert again.returncode == 0 and "everything was already in step" in again.stdout
    shown = rapport(db, "sync", "--list")
    assert "Synced just now" in shown.stdout and "(1 contacts)" in shown.stdout
    # The password file is private to the user (no keyring service in this test).
    secret = db.parent / accounts.FALLBACK_FILE
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    assert PASSWORD not in db.read_bytes().decode("latin-1")


def test_cli_errors_are_one_line_with_exit_1(tmp_path: Path, radicale: RadicaleServer,
                                             book: str) -> None:
    db = tmp_path / "cli.sqlite3"
    none = rapport(db, "sync")
    assert none.returncode == 1 and "no sync accounts" in none.stderr
    bad = rapport(db, "sync", "--add", radicale.url, "--user", USER, "--password-stdin",
                  stdin="nope\n")
    assert bad.returncode == 1
    assert bad.stderr.strip().endswith("the server refused the user name or password (401)")
    assert len(bad.stderr.strip().splitlines()) == 1 and "Traceback" not in bad.stderr
    gone = rapport(db, "sync", "--add", "http://127.0.0.1:9/", "--user", USER,
                   "--password-stdin", stdin="x\n")
    assert gone.returncode == 1 and "connection refused" in gone.stderr


class MemoryKeyring(KeyringBackend):
    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture()
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def test_password_goes_to_the_keyring_when_there_is_one(
        db_path: Path, memory_keyring: MemoryKeyring) -> None:
    account_id = accounts.add_account("https://dav.example/", "ana", "pw1")
    assert accounts.password_storage() == "keyring"
    assert list(memory_keyring.store.values()) == ["pw1"]
    assert not (db_path.parent / accounts.FALLBACK_FILE).exists()
    assert accounts.get_password(account_id) == "pw1"
    accounts.remove_account(account_id)
    assert memory_keyring.store == {}


def test_without_a_keyring_the_password_file_is_private_and_reopens(db_path: Path) -> None:
    assert accounts.password_storage() == "file"
    account_id = accounts.add_account("https://dav.example/", "ana", "pw2")
    path = db_path.parent / accounts.FALLBACK_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    close_database()
    open_database(db_path)
    assert accounts.get_password(account_id) == "pw2"
    accounts.set_password(account_id, "pw3")
    assert accounts.get_password(account_id) == "pw3"
    accounts.remove_account(account_id)
    assert "pw3" not in path.read_text()
