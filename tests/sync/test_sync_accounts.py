"""Accounts as a user manages them (issue 12): change a password, re-add without doubling,
the server's default book first, the same person in two books, remove; transport safety
(plain http, a password typed in the address, a self-signed server's CA or pinned
certificate, the timeout); the preview before a big first upload."""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.models import close_database, db, open_database
from desktop.services import contacts, importer
from desktop.services.errors import ServiceError
from desktop.services.sync import accounts
from desktop.services.sync.carddav import AddressBook
from desktop.services.sync.engine import sync_account
from desktop.services.types import ContactFields
from tests.sync.servers import PASSWORD, USER, RadicaleServer


def card(uid: str, name: str, email: str = "") -> str:
    given, _, family = name.partition(" ")
    mail = f"EMAIL:{email}\r\n" if email else ""
    return (f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:{name}\r\nN:{family};{given};;;\r\n"
            f"{mail}END:VCARD\r\n")


@pytest.fixture()
def own_radicale(tmp_path: Path) -> Iterator[RadicaleServer]:
    """A Radicale of the test's own: discovery sees exactly the books the test makes."""
    server = RadicaleServer(tmp_path / "radicale")
    server.start()
    yield server
    server.stop()


def rapport(db_file: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    return subprocess.run([sys.executable, "-m", "desktop.cli", "--db", str(db_file), *args],
                          input=stdin, capture_output=True, text=True, timeout=60, env=env)


def count(db_file: Path) -> int:
    return len(json.loads(rapport(db_file, "list", "--json").stdout))


def test_add_picks_the_default_book_re_adding_re_links_password_and_remove(
        tmp_path: Path, own_radicale: RadicaleServer) -> None:
    server = own_radicale
    server.make_book("addressbook", "Contacts")
    server.make_book("work", "Work")
    for i in range(3):
        server.put(server.path("addressbook", f"p{i}.vcf"), card(f"p{i}", f"Pia {i}"))
    server.put(server.path("work", "w0.vcf"), card("w0", "Walt Work"))
    db_file = tmp_path / "cli.sqlite3"
    added = rapport(db_file, "sync", "--add", server.url, "--user", USER, "--password-stdin",
                    stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    assert "syncing Contacts; also on the server (off): Work" in added.stdout
    assert count(db_file) == 3  # the work book stays off until chosen
    listed = rapport(db_file, "sync", "--list").stdout
    assert "* Contacts (3 contacts)" in listed and "- Work (0 contacts) (off)" in listed

    again = rapport(db_file, "sync", "--add", server.url, "--user", USER, "--password-stdin",
                    stdin=PASSWORD + "\n")
    assert again.returncode == 0, again.stderr
    assert "re-linked" in again.stdout and "everything was already in step" in again.stdout
    assert count(db_file) == 3
    assert rapport(db_file, "sync", "--list").stdout.count(f"<{server.url}>") == 1

    # A password changed on the server: the stored one is refused, then replaced.
    bad = rapport(db_file, "sync", "--password", "1", "--password-stdin", stdin="old\n")
    assert bad.returncode == 0 and "password changed" in bad.stdout
    refused = rapport(db_file, "sync")
    assert refused.returncode == 1 and "(401)" in refused.stderr
    fixed = rapport(db_file, "sync", "--password", f"{USER} on 127.0.0.1",
                    "--password-stdin", stdin=PASSWORD + "\n")
    assert fixed.returncode == 0, fixed.stderr
    assert rapport(db_file, "sync").returncode == 0

    configured = rapport(db_file, "sync", "--configure", "#1", "--timeout", "45")
    assert configured.returncode == 0 and "settings saved" in configured.stdout
    assert "timeout 45 s" in rapport(db_file, "sync", "--list").stdout
    bad_timeout = rapport(db_file, "sync", "--configure", "#1", "--timeout", "0")
    assert bad_timeout.returncode == 1 and "between 1 and 3600" in bad_timeout.stderr

    unknown = rapport(db_file, "sync", "--remove", "nobody")
    assert unknown.returncode == 1 and "no sync account 'nobody'" in unknown.stderr
    removed = rapport(db_file, "sync", "--remove", "#1")
    assert removed.returncode == 0 and "contacts stay" in removed.stdout
    assert "no sync accounts" in rapport(db_file, "sync", "--list").stdout
    assert count(db_file) == 3


def test_the_same_people_in_two_books_are_one_contact_each(
        db_path: Path, tmp_path: Path, own_radicale: RadicaleServer) -> None:
    server = own_radicale
    # Already here (imported from the phone) and in the Family book, not in the default.
    phone = tmp_path / "phone.vcf"
    phone.write_text(card("fam-2", "Kim 2", "kim2@example.org"), encoding="utf-8",
                     newline="")
    importer.run_import([phone])
    server.make_book("contacts", "Contacts")
    server.make_book("family", "Family")
    for book, n in (("contacts", 2), ("family", 3)):
        for i in range(n):
            server.put(server.path(book, f"f{i}.vcf"),
                       card(f"fam-{i}", f"Kim {i}", f"kim{i}@example.org"))
    # The same person copied by another app: a new UID, same name and e-mail.
    server.put(server.path("family", "copy.vcf"), card("other-uid", "Lee Copy", "lee@x.org"))
    server.put(server.path("contacts", "lee.vcf"), card("lee", "Lee Copy", "lee@x.org"))
    account_id = accounts.add_account(server.url, USER, PASSWORD)
    books = [AddressBook(server.book_url("contacts"), "Contacts"),
             AddressBook(server.book_url("family"), "Family")]
    accounts.set_books(account_id, books, {b.url for b in books}, books[0].url)
    result = sync_account(account_id)
    assert result.error is None
    names = [r[0] for r in db.execute_sql("SELECT full_name FROM contact ORDER BY 1")]
    assert names == ["Kim 0", "Kim 1", "Kim 2", "Lee Copy"]
    assert result.uploaded == 0  # Kim 2 was linked in Family, not uploaded to Contacts
    assert sync_account(account_id).summary() == "everything was already in step"
    # An edit here reaches both books, each card under its own UID.
    lee = db.execute_sql("SELECT id FROM contact WHERE full_name = 'Lee Copy'").fetchone()[0]
    contacts.update_contact(lee, ContactFields(full_name="Lee Copy", title="Pilot",
                                               emails=()))
    edited = sync_account(account_id)
    assert edited.error is None and edited.refused == () and edited.updated_there == 2
    for book, name, uid in (("contacts", "lee.vcf", "lee"), ("family", "copy.vcf",
                                                             "other-uid")):
        text = (server.get(server.path(book, name)) or b"").decode()
        assert "TITLE:Pilot" in text and f"UID:{uid}\r\n" in text
    # Deleted from one book, still in the other: the contact stays.
    server.delete(server.path("family", "f0.vcf"))
    assert sync_account(account_id).deleted_here == 0
    assert "Kim 0" in [r[0] for r in db.execute_sql("SELECT full_name FROM contact")]


def test_plain_http_to_another_machine_is_refused_unless_confirmed(db_path: Path,
                                                                    tmp_path: Path) -> None:
    with pytest.raises(ServiceError, match="password would travel in clear"):
        accounts.add_account("http://192.0.2.10/dav/", "ana", "pw")
    run = rapport(tmp_path / "x.sqlite3", "sync", "--add", "http://192.0.2.10/dav/", "--user",
                  "ana", "--password-stdin", stdin="pw\n")
    assert run.returncode == 1 and "in clear" in run.stderr
    # Confirmed: stored (no request is made here), and localhost never needs it.
    account_id = accounts.add_account("http://192.0.2.10/dav/", "ana", "pw", allow_http=True)
    info = accounts.account(account_id)
    assert info is not None and info.allow_http
    accounts.add_account("http://localhost:5232/", "ana", "pw")


def test_a_password_typed_in_the_address_goes_to_the_keyring_never_the_database(
        tmp_path: Path, own_radicale: RadicaleServer) -> None:
    server = own_radicale
    server.make_book("contacts", "Contacts")
    db_file = tmp_path / "cli.sqlite3"
    url = server.url.replace("http://", f"http://{USER}:{PASSWORD.replace(' ', '%20')}@")
    added = rapport(db_file, "sync", "--add", url)
    assert added.returncode == 0, added.stderr
    listed = rapport(db_file, "sync", "--list")
    assert PASSWORD not in listed.stdout and "%20" not in listed.stdout
    assert f"<{server.url}>" in listed.stdout
    raw = db_file.read_bytes()
    assert PASSWORD.encode() not in raw and b"s3cret%20pass" not in raw
    assert rapport(db_file, "sync").returncode == 0  # the moved password works


def _self_signed(folder: Path) -> tuple[Path, Path, str]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    digest = hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()
    return cert_file, key_file, digest


def test_a_self_hosted_server_with_its_ca_file_or_pinned_certificate(
        tmp_path: Path, db_path: Path) -> None:
    cert, key, digest = _self_signed(tmp_path)
    server = RadicaleServer(tmp_path / "tls-radicale", tls=(cert, key))
    server.start()
    try:
        server.make_book("contacts")
        server.put(server.path("contacts", "t.vcf"), card("t1", "Tess Tls"))
        book = [AddressBook(server.book_url(), "contacts")]

        plain = accounts.add_account(server.url, USER, PASSWORD, name="untrusted")
        accounts.set_books(plain, book, {book[0].url})
        failed = sync_account(plain)
        assert failed.error is not None and "is not trusted" in failed.error
        assert "CA file or pin its certificate" in failed.error

        accounts.set_options(plain, ca_file=str(cert), timeout=45)
        info = accounts.account(plain)
        assert info is not None and info.options.timeout == 45
        assert sync_account(plain).error is None
        accounts.remove_account(plain)

        wrong = accounts.add_account(server.url, USER, PASSWORD, pinned_sha256="00" * 32)
        accounts.set_books(wrong, book, {book[0].url})
        assert "not the pinned one" in str(sync_account(wrong).error)
        pinned = accounts.add_account(server.url, USER, PASSWORD,
                                      pinned_sha256=":".join(digest[i:i + 2]
                                                             for i in range(0, 64, 2)))
        assert pinned == wrong  # same server and user: the account is updated, not doubled
        result = sync_account(pinned)
        assert result.error is None
        assert [r[0] for r in db.execute_sql("SELECT full_name FROM contact")] == ["Tess Tls"]
    finally:
        server.stop()


def test_a_big_first_sync_waits_for_yes(tmp_path: Path, own_radicale: RadicaleServer) -> None:
    server = own_radicale
    server.make_book("contacts", "Contacts")
    server.put(server.path("contacts", "s.vcf"), card("s1", "Sam Server"))
    db_file = tmp_path / "cli.sqlite3"
    open_database(db_file)
    try:
        for i in range(60):
            contacts.create_contact(ContactFields(full_name=f"Local {i:02d}"))
    finally:
        close_database()
    held = rapport(db_file, "sync", "--add", server.url, "--user", USER, "--password-stdin",
                   stdin=PASSWORD + "\n")
    assert held.returncode == 1
    assert ("first sync: 60 contacts will be uploaded and 1 card brought in; "
            "run again with --yes") in held.stderr
    assert server.hrefs("contacts") == ["/alice/contacts/s.vcf"] and count(db_file) == 60
    go = rapport(db_file, "sync", "--yes")
    assert go.returncode == 0, go.stderr
    assert "60 uploaded" in go.stdout and count(db_file) == 61
    assert rapport(db_file, "sync").returncode == 0  # not a first sync any more
