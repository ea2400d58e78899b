"""Real CardDAV servers on 127.0.0.1 for the sync tests (one of each per session; each test
gets its own address book), and an account in the test's database pointing at one.

``radicale`` / ``book`` / ``account``: Radicale only (tests that seed its storage folder);
``dav`` / ``dav_book`` / ``dav_account``: the same test against Radicale and Xandikos;
``make_front``: Digest fronts before ``dav``."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.digest_front import DigestFront, MakeFront
from tests.sync.servers import PASSWORD, USER, DavServer, RadicaleServer, XandikosServer

_books = itertools.count(1)


@pytest.fixture(scope="session")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RadicaleServer]:
    server = RadicaleServer(tmp_path_factory.mktemp("radicale"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def xandikos(tmp_path_factory: pytest.TempPathFactory) -> Iterator[XandikosServer]:
    server = XandikosServer(tmp_path_factory.mktemp("xandikos"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(params=["radicale", "xandikos"])
def dav(request: pytest.FixtureRequest) -> DavServer:
    """Each server in turn (the test runs once per server)."""
    server: DavServer = request.getfixturevalue(request.param)
    return server


@pytest.fixture()
def dav_book(dav: DavServer) -> str:
    name = f"book{next(_books)}"
    dav.make_book(name, f"Book {name}")
    return name


@pytest.fixture()
def dav_account(db_path: Path, dav: DavServer, dav_book: str) -> int:
    """An account in the test database syncing ``dav_book`` of ``dav`` (the default)."""
    from desktop.services.sync import accounts
    from desktop.services.sync.carddav import AddressBook

    account_id = accounts.add_account(dav.url, USER, PASSWORD)
    accounts.set_books(account_id, [AddressBook(dav.book_url(dav_book), dav_book)],
                       {dav.book_url(dav_book)})
    return account_id


@pytest.fixture()
def book(radicale: RadicaleServer) -> str:
    """A fresh, empty address book on the server; its name."""
    name = f"book{next(_books)}"
    radicale.make_book(name, f"Book {name}")
    return name


@pytest.fixture(autouse=True)
def _no_keyring() -> Iterator[None]:
    """Tests never touch the real keyring of the machine they run on."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture()
def account(db_path: Path, radicale: RadicaleServer, book: str) -> int:
    """An account in the test database syncing ``book`` (the default book)."""
    from desktop.services.sync import accounts
    from desktop.services.sync.carddav import AddressBook

    account_id = accounts.add_account(radicale.url, USER, PASSWORD)
    accounts.set_books(account_id, [AddressBook(radicale.book_url(book), book)],
                       {radicale.book_url(book)})
    return account_id


@pytest.fixture()
def make_front(dav: DavServer) -> Iterator[MakeFront]:
    """Starts Digest fronts (``DigestFront`` options) before ``dav``; stops them after the
    test."""
    fronts: list[DigestFront] = []

    def make(**options: object) -> DigestFront:
        front = DigestFront(dav.port, **options)  # type: ignore[arg-type]
        front.start()
        fronts.append(front)
        return front

    yield make
    for front in fronts:
        front.stop()
