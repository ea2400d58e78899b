"""CardDAV sync speed against a real Radicale on 127.0.0.1 (issue 8).

Budgets: first sync of 5,000 contacts ≤ 2 × a bare PROPFIND + addressbook-multiget of the
same address book with a plain HTTP client (no parsing, no database) in the same run; an
incremental sync with nothing changed ≤ 1 s. Medians of 5 runs; the server is warmed first
so both sides see the same server-side caches (its item cache, and the sync-token state
Radicale builds the first time anyone asks for a token: 5-15 s once per collection, which a
real server has long paid). Radicale runs on the same machine and competes for the CPU, so
the figures also give our own process's CPU time, which other load barely moves.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import keyring
from keyring.backends import fail

from desktop.models import close_database, open_database
from desktop.services.sync import accounts
from desktop.services.sync.carddav import AddressBook, CardDavClient
from desktop.services.sync.engine import sync_account
from tests.sync.servers import PASSWORD, USER, RadicaleServer

PEOPLE = 5000
RUNS = 5


def card(i: int) -> str:
    return (f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:bench-{i}\r\nFN:Person {i:05d}\r\n"
            f"N:{i:05d};Person;;;\r\nORG:Company {i % 97}\r\nTITLE:Engineer\r\n"
            f"EMAIL;TYPE=INTERNET,WORK:person{i}@example.org\r\nTEL;TYPE=CELL:+44 20 7946 {i:04d}"
            f"\r\nADR;TYPE=WORK:;;{i} High Street;London;;N1 {i % 9}AA;UK\r\n"
            f"CATEGORIES:Running,Jazz\r\nX-CUSTOM:kept {i}\r\nEND:VCARD\r\n")


def bare(server: RadicaleServer, timeout: float = 30.0) -> float:
    start = time.perf_counter()
    with CardDavClient(server.url, USER, PASSWORD, timeout=timeout) as client:
        hrefs = list(client.list_etags(server.book_url()))
        n = sum(len(chunk) for chunk in client.multiget(server.book_url(), hrefs))
    assert n == PEOPLE, n
    return time.perf_counter() - start


def main() -> None:
    keyring.set_keyring(fail.Keyring())
    folder = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    server = RadicaleServer(folder / "radicale")
    server.start()
    try:
        server.make_book("contacts")
        server.seed_files("contacts", {f"c{i}.vcf": card(i) for i in range(PEOPLE)})
        # Cold, Radicale reads and caches 5,000 files: minutes on a loaded machine.
        bare(server, timeout=600)  # warm Radicale's item cache
        with CardDavClient(server.url, USER, PASSWORD, timeout=600) as client:
            client.sync_collection(server.book_url(), None)  # and its sync-token state
        firsts, bares, incs, ratios, cpus, inc_cpus = [], [], [], [], [], []
        for run in range(RUNS):
            bares.append(bare(server))
            open_database(folder / f"run{run}.sqlite3")
            account_id = accounts.add_account(server.url, USER, PASSWORD)
            accounts.set_books(account_id, [AddressBook(server.book_url(), "contacts")],
                               {server.book_url()})
            start, cpu = time.perf_counter(), time.process_time()
            result = sync_account(account_id)
            firsts.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
            ratios.append(firsts[-1] / bares[-1])
            assert result.error is None and result.created_here == PEOPLE, result
            start, cpu = time.perf_counter(), time.process_time()
            again = sync_account(account_id)
            incs.append(time.perf_counter() - start)
            inc_cpus.append(time.process_time() - cpu)
            assert again.summary() == "everything was already in step", again.summary()
            close_database()
        first, base, inc = (statistics.median(x) for x in (firsts, bares, incs))
        print(f"first sync of {PEOPLE} contacts: {first:.2f} s median; bare PROPFIND + "
              f"multiget: {base:.2f} s; ratio {first / base:.2f} × (budget ≤ 2); "
              f"per-run ratios {' '.join(f'{r:.2f}' for r in ratios)}; "
              f"our CPU {statistics.median(cpus):.2f} s")
        print(f"incremental sync, nothing changed: {inc * 1000:.0f} ms median (budget ≤ 1 s); "
              f"our CPU {statistics.median(inc_cpus) * 1000:.0f} ms")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
