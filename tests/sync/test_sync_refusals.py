"""Cards every server accepts, and one refused card never blocks the others (issue 12):
Outlook's binary picture, two-level property groups, the whole real-world corpus, against
real Radicale and Xandikos servers; a card a server does refuse is named, kept, retried."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.models import db
from desktop.services import contacts, importer
from desktop.services.sync import accounts
from desktop.services.sync.carddav import AddressBook
from desktop.services.sync.engine import sync_account
from desktop.services.types import ContactFields, ContactId
from tests.conftest import REAL_VCARDS
from tests.sync.servers import PASSWORD, USER, DavServer, RadicaleServer
from tests.sync.test_sync import server_cards

OUTLOOK = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Okafor;Ada;;;\r\nFN:Ada Okafor\r\n"
    "EMAIL;TYPE=INTERNET:ada@okafor.example\r\n"
    # Outlook copies its 2.1 picture into a 3.0 card as it was: ENCODING=BASE64, a bare
    # 2.1 parameter, the base64 continued on unindented lines.
    "X-MS-CARDPICTURE;JPEG;ENCODING=BASE64:/9j/4AAQSkZJRgABAQEAYABgAAD/2wBDAAYEBQYFBAYG\r\n"
    " BQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/\r\n"
    "X-MS-TEL;VOICE;CALLBACK:+1 555 0100\r\n"
    "END:VCARD\r\n"
)
GROUPS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lind;Bea;;;\r\nFN:Bea Lind\r\n"
    "E.A.EMAIL;TYPE=INTERNET:bea@lind.example\r\nE.A.X-ABLabel:Private\r\n"
    "item1.TEL:+46 8 123 456\r\nEND:VCARD\r\n"
)


def _import(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    importer.run_import([path])


def test_outlook_picture_and_nested_groups_first_do_not_block_the_rest(
        tmp_path: Path, dav: DavServer, dav_book: str, dav_account: int) -> None:
    # The awkward cards are the oldest contacts: they are uploaded first.
    _import(tmp_path, "outlook.vcf", OUTLOOK)
    _import(tmp_path, "groups.vcf", GROUPS)
    for i in range(49):
        contacts.create_contact(ContactFields(full_name=f"Plain Person {i:02d}"))
    result = sync_account(dav_account)
    assert result.error is None and result.refused == ()
    assert result.uploaded == 51
    cards = server_cards(dav, dav_book)
    assert len(cards) == 51
    ada = next(c for c in cards.values() if "Ada Okafor" in c)
    picture = next(line for line in ada.replace("\r\n ", "").split("\r\n")
                   if line.startswith("X-MS-CARDPICTURE"))
    head = picture.split(":", 1)[0].upper()
    assert "ENCODING=B" in head and "BASE64" not in head and "/9J/4AAQ" in picture.upper()
    bea = next(c for c in cards.values() if "Bea Lind" in c)
    assert "E-A.EMAIL" in bea and "bea@lind.example" in bea
    assert sync_account(dav_account).summary() == "everything was already in step"


def test_every_real_world_card_is_accepted(tmp_path: Path, dav: DavServer, dav_book: str,
                                           dav_account: int) -> None:
    assert REAL_VCARDS.is_dir(), f"the real vCard corpus must be at {REAL_VCARDS}"
    files = sorted(p for p in REAL_VCARDS.rglob("*.vcf"))
    assert len(files) > 100
    for path in files:
        importer.run_import([path])
    count = db.execute_sql("SELECT count(*) FROM contact WHERE is_me = 0").fetchone()[0]
    assert count > 100
    result = sync_account(dav_account)
    assert result.refused == (), "\n".join(result.refused)
    assert result.error is None and result.uploaded == count
    assert len(dav.hrefs(dav_book)) == count


def _refusing_server(tmp_path: Path) -> RadicaleServer:
    """A Radicale that refuses any request over 20 kB (413), as a hosted server with a size
    limit does."""
    server = RadicaleServer(tmp_path / "small-radicale", server_options="max_content_length"
                                                                        " = 20000\n")
    server.start()
    server.make_book("contacts")
    return server


def test_a_refused_card_is_named_kept_retried_and_the_rest_syncs(tmp_path: Path,
                                                                 db_path: Path) -> None:
    server = _refusing_server(tmp_path)
    try:
        account_id = accounts.add_account(server.url, USER, PASSWORD)
        accounts.set_books(account_id, [AddressBook(server.book_url(), "contacts")],
                           {server.book_url()})
        big, _ = contacts.create_contact(ContactFields(full_name="Hugo Heavy"))
        contacts.set_photo(big, os.urandom(30_000), "image/jpeg")
        for i in range(5):
            contacts.create_contact(ContactFields(full_name=f"Light {i}"))
        result = sync_account(account_id)
        assert result.error is None and result.uploaded == 5
        assert len(result.refused) == 1
        assert result.refused[0].startswith("Hugo Heavy: the server refused the card "
                                            "as too large")
        [waiting] = accounts.not_synced(account_id)
        assert waiting.display_name == "Hugo Heavy" and "413" in waiting.reason_text
        assert contacts.get_contact(ContactId(big)) is not None  # kept here
        # The state advanced: the next sync tries Hugo again, and only Hugo.
        again = sync_account(account_id)
        assert again.uploaded == 0 and len(again.refused) == 1
        contacts.set_photo(big, os.urandom(1_000), "image/jpeg")
        fixed = sync_account(account_id)
        assert fixed.uploaded == 1 and fixed.refused == ()
        assert accounts.not_synced(account_id) == []
        assert len(server.hrefs("contacts")) == 6
    finally:
        server.stop()


def test_the_cli_names_the_refused_contact_and_the_reason(tmp_path: Path) -> None:
    server = _refusing_server(tmp_path)
    db = tmp_path / "cli.sqlite3"
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    try:
        from desktop.models import close_database, open_database

        open_database(db)
        try:
            big, _ = contacts.create_contact(ContactFields(full_name="Hugo Heavy"))
            contacts.set_photo(big, os.urandom(30_000), "image/jpeg")
            contacts.create_contact(ContactFields(full_name="Lena Light"))
        finally:
            close_database()
        run = subprocess.run(
            [sys.executable, "-m", "desktop.cli", "--db", str(db), "sync", "--add",
             server.book_url(), "--user", USER, "--password-stdin"],
            input=PASSWORD + "\n", capture_output=True, text=True, timeout=60, env=env)
        assert run.returncode == 0, run.stderr
        assert "1 uploaded" in run.stdout and "1 not synced" in run.stdout
        lines = run.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in run.stderr
        assert "not synced: Hugo Heavy: the server refused the card as too large" in lines[0]
    finally:
        server.stop()
