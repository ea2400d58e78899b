"""CardDAV sync speed against vdirsyncer, on the same local Radicale (issues 8, 12).

Budgets: the first upload of 5,000 contacts ≤ 0.8 × vdirsyncer's time to upload the same
5,000 cards from a folder; a resync with nothing changed ≤ 0.5 × vdirsyncer's resync. Both
upload into a fresh, empty address book of one Radicale on 127.0.0.1, alternately, and the
script prints the medians and the ratios (``--people N --runs R`` to change). Radicale
competes for the same two cores as the client, so the figures also give our own process's
CPU time. Radicale checks a new card's UID against every card of the address book under
its write lock, so creating n cards costs it O(n²): on a loaded two-core machine 5,000
take over an hour per client; ``--people 1000`` is the practical size there.

Then the first download (issue 8): a first sync of ``--download`` cards already on the
server ≤ 2 × a bare PROPFIND + addressbook-multiget of them with the same HTTP client.

vdirsyncer comes from PyPI (the dev extra installs it); its set-up (``discover``) is not
timed, only ``sync``.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import keyring
from keyring.backends import fail

from desktop.models import close_database, open_database
from desktop.services import importer
from desktop.services.sync import accounts
from desktop.services.sync.carddav import AddressBook, CardDavClient
from desktop.services.sync.engine import sync_account
from tests.sync.servers import PASSWORD, USER, RadicaleServer


def card(i: int) -> str:
    return (f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:bench-{i}\r\nFN:Person {i:05d}\r\n"
            f"N:{i:05d};Person;;;\r\nORG:Company {i % 97}\r\nTITLE:Engineer\r\n"
            f"EMAIL;TYPE=INTERNET,WORK:person{i}@example.org\r\nTEL;TYPE=CELL:+44 20 7946 {i:04d}"
            f"\r\nADR;TYPE=WORK:;;{i} High Street;London;;N1 {i % 9}AA;UK\r\n"
            f"CATEGORIES:Running,Jazz\r\nX-CUSTOM:kept {i}\r\nEND:VCARD\r\n")


def vdirsyncer() -> str:
    exe = Path(sys.executable).with_name("vdirsyncer")
    if exe.exists():
        return str(exe)
    found = shutil.which("vdirsyncer")
    if found is None:
        raise SystemExit("vdirsyncer is not installed: pip install -e '.[dev]'")
    return found


def run_vdirsyncer(folder: Path, server: RadicaleServer, book: str, cards: Path
                   ) -> tuple[float, float]:
    """(first sync, resync with nothing changed) of a folder of cards into ``book``."""
    config = folder / "config"
    config.write_text(
        "[general]\n"
        f'status_path = "{folder / "status"}/"\n'
        "[pair contacts]\n"
        'a = "local"\nb = "remote"\ncollections = null\n'
        "[storage local]\n"
        f'type = "filesystem"\npath = "{cards}/"\nfileext = ".vcf"\n'
        "[storage remote]\n"
        f'type = "carddav"\nurl = "{server.book_url(book)}"\n'
        f'username = "{USER}"\npassword = "{PASSWORD}"\n', encoding="utf-8")
    cmd = [vdirsyncer(), "-c", str(config)]
    subprocess.run([*cmd, "discover"], check=True, capture_output=True, input=b"y\n" * 4)
    times = []
    for _ in range(2):
        start = time.perf_counter()
        done = subprocess.run([*cmd, "sync"], capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            raise SystemExit(f"vdirsyncer failed: {done.stderr[-500:]}")
    return times[0], times[1]


def run_rapport(folder: Path, server: RadicaleServer, book: str, vcf: Path
                ) -> tuple[float, float, float, float]:
    """(first sync, resync, CPU of each) of a database holding the cards, into ``book``."""
    open_database(folder / "rapport.sqlite3")
    try:
        importer.run_import([vcf])
        account_id = accounts.add_account(server.url, USER, PASSWORD)
        accounts.set_books(account_id, [AddressBook(server.book_url(book), book)],
                           {server.book_url(book)})
        start, cpu = time.perf_counter(), time.process_time()
        first = sync_account(account_id)
        first_t, first_cpu = time.perf_counter() - start, time.process_time() - cpu
        assert first.error is None and first.uploaded == PEOPLE, first
        start, cpu = time.perf_counter(), time.process_time()
        again = sync_account(account_id)
        again_t, again_cpu = time.perf_counter() - start, time.process_time() - cpu
        assert again.summary() == "everything was already in step", again.summary()
    finally:
        close_database()
    return first_t, again_t, first_cpu, again_cpu


PEOPLE = 5000


def bare(server: RadicaleServer, book: str, expected: int) -> float:
    start = time.perf_counter()
    with CardDavClient(server.url, USER, PASSWORD, timeout=600) as client:
        hrefs = list(client.list_etags(server.book_url(book)))
        n = sum(len(chunk) for chunk in client.multiget(server.book_url(book), hrefs))
    assert n == expected, n
    return time.perf_counter() - start


def download(root: Path, server: RadicaleServer, people: int, runs: int) -> None:
    """The first sync of an address book already full, against a bare read of it."""
    server.make_book("down", "down")
    server.seed_files("down", {f"c{i}.vcf": card(i) for i in range(people)})
    bare(server, "down", people)  # warm Radicale's item cache
    with CardDavClient(server.url, USER, PASSWORD, timeout=600) as client:
        client.sync_collection(server.book_url("down"), None)  # and its sync-token state
    ours, base = [], []
    for run in range(runs):
        base.append(bare(server, "down", people))
        open_database(root / f"down{run}.sqlite3")
        try:
            account_id = accounts.add_account(server.url, USER, PASSWORD)
            accounts.set_books(account_id, [AddressBook(server.book_url("down"), "down")],
                               {server.book_url("down")})
            start = time.perf_counter()
            result = sync_account(account_id)
            ours.append(time.perf_counter() - start)
            assert result.error is None and result.created_here == people, result
        finally:
            close_database()
    o, b = statistics.median(ours), statistics.median(base)
    print(f"first download of {people} contacts: {o:.2f} s; bare PROPFIND + multiget "
          f"{b:.2f} s: ratio {o / b:.2f} × (budget ≤ 2)")


def main() -> None:
    global PEOPLE
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--download", type=int, default=5000)
    args = parser.parse_args()
    PEOPLE = args.people
    keyring.set_keyring(fail.Keyring())
    root = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    server = RadicaleServer(root / "radicale")
    server.start()
    try:
        cards = root / "cards"
        cards.mkdir()
        texts = [card(i) for i in range(PEOPLE)]
        for i, text in enumerate(texts):
            (cards / f"bench-{i}.vcf").write_text(text, encoding="utf-8", newline="")
        vcf = root / "all.vcf"
        vcf.write_text("".join(texts), encoding="utf-8", newline="")
        ours_first, ours_again, theirs_first, theirs_again, cpus, again_cpus = \
            [], [], [], [], [], []
        for run in range(args.runs):
            # Alternate who goes first, so neither always meets a warmer server.
            order = ("v", "r") if run % 2 == 0 else ("r", "v")
            for who in order:
                book = f"{who}{run}"
                server.make_book(book, book)
                if who == "v":
                    first, again = run_vdirsyncer(root / f"v{run}", server, book, cards) \
                        if (root / f"v{run}").mkdir() is None else (0.0, 0.0)
                    theirs_first.append(first)
                    theirs_again.append(again)
                else:
                    (root / f"r{run}").mkdir()
                    first, again, cpu, again_cpu = run_rapport(root / f"r{run}", server, book,
                                                               vcf)
                    ours_first.append(first)
                    ours_again.append(again)
                    cpus.append(cpu)
                    again_cpus.append(again_cpu)
            print(f"run {run + 1}: first upload Rapport {ours_first[-1]:.2f} s, vdirsyncer "
                  f"{theirs_first[-1]:.2f} s; resync Rapport {ours_again[-1] * 1000:.0f} ms, "
                  f"vdirsyncer {theirs_again[-1] * 1000:.0f} ms", flush=True)
        of, tf = statistics.median(ours_first), statistics.median(theirs_first)
        oa, ta = statistics.median(ours_again), statistics.median(theirs_again)
        print(f"first upload of {PEOPLE} contacts: Rapport {of:.2f} s, vdirsyncer {tf:.2f} s: "
              f"ratio {of / tf:.2f} × (budget ≤ 0.8); our CPU {statistics.median(cpus):.2f} s")
        print(f"resync, nothing changed: Rapport {oa * 1000:.0f} ms, vdirsyncer "
              f"{ta * 1000:.0f} ms: ratio {oa / ta:.2f} × (budget ≤ 0.5); our CPU "
              f"{statistics.median(again_cpus) * 1000:.0f} ms", flush=True)
        if args.download:
            download(root, server, args.download, args.runs)
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
