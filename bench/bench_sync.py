"""CardDAV sync speed against vdirsyncer, on the same local server (issues 8, 12).

Budgets: the first upload of 5,000 contacts ≤ 0.8 × vdirsyncer's time to upload the same
5,000 cards from a folder; a resync with nothing changed ≤ 0.5 × vdirsyncer's resync. Both
upload into a fresh, empty address book on 127.0.0.1, alternately (``--runs R``, who goes
first alternates), or with ``--parallel`` both at once, each against its own server with
the same settings (on a machine whose load changes by the minute, both then meet the same
load). The script prints the medians, the ratios, each client's CPU time, the server's CPU
time during each client's upload, and for every fifth of the upload the wall and server CPU
time per PUT, sampled from the number of card files in the book's folder once a second.

Server settings, the same for both clients: ``--server radicale`` (the default) or
``xandikos``; the data folder in /dev/shm where there is one; Radicale with
``[storage] _filesystem_fsync = False`` (an internal setting its config file refuses: the
server is started through a few lines that pass it as privileged), ``[storage]
use_mtime_and_size_for_item_cache = True``, ``[logging] level = error``, no hook, its
built-in HTTP/1.0 server (one connection per request, whatever the client asks); Xandikos
with ``--defaults``. These cut Radicale's time by about a fifth; none changes its order.

Why 5,000 is slow for any client: before storing a new card, Radicale compares its UID with
every card of the address book under its write lock (``has_uid`` reads each card's cache
entry: 86 % of a create PUT's server time at 1,000 and 5,000 cards, cleaning the history
cache another 10-13 %), so the n-th create costs it about 7.5 ms + 0.085 ms × n of CPU and
5,000 cards about 19 min of CPU for either client; Xandikos rescans UIDs and commits to git
per PUT, about 0.075 ms × n. Neither depends on the client's headers, card size or
concurrency. ``--put-cost 0,1000,5000`` times single create PUTs at given book sizes
(Radicale; the book is filled by writing card files into its folder).

Then the first download (issue 8, Radicale only): a first sync of ``--download`` cards
already on the server ≤ 2 × a bare PROPFIND + addressbook-multiget of them with the same
HTTP client.

vdirsyncer comes from PyPI (the dev extra installs it); its set-up (``discover``) is not
timed, only ``sync``.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import keyring
from keyring.backends import fail

from desktop.models import close_database, open_database
from desktop.services import importer
from desktop.services.sync import accounts
from desktop.services.sync.carddav import AddressBook, CardDavClient
from desktop.services.sync.engine import sync_account
from tests.sync.servers import PASSWORD, USER, DavServer, RadicaleServer, XandikosServer


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


def server_cpu(server: DavServer) -> float:
    """CPU seconds (user + system) the server process has used so far."""
    fields = Path(f"/proc/{server.pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


SAMPLING_CPU = [0.0]  # CPU seconds every Progress sampler has used (not a client's)
_SAMPLING_LOCK = threading.Lock()


class Progress:
    """Samples, once a second while a client uploads, how many cards the book's folder
    holds and the server's CPU time: the wall and server CPU time per PUT as the book
    grows, the same way for either client."""

    def __init__(self, server: DavServer, book: str) -> None:
        self.folder = server.book_folder(book)
        self.server = server
        self.samples: list[tuple[float, int, float]] = []  # (wall, cards, server CPU)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        start = time.thread_time()
        try:
            cards = sum(1 for name in os.listdir(self.folder) if name.endswith(".vcf"))
        except FileNotFoundError:
            cards = 0
        self.samples.append((time.perf_counter(), cards, server_cpu(self.server)))
        with _SAMPLING_LOCK:
            SAMPLING_CPU[0] += time.thread_time() - start

    def _run(self) -> None:
        while not self._stop.wait(1.0):
            self._sample()

    def __enter__(self) -> Progress:
        self._sample()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    def segments(self, people: int, parts: int = 5) -> list[tuple[int, int, float, float]]:
        """(from, to, wall ms per PUT, server CPU ms per PUT) for each fifth of the upload."""
        out = []
        marks = [people * k // parts for k in range(parts + 1)]
        for lo, hi in itertools.pairwise(marks):
            a = next((s for s in self.samples if s[1] >= lo), None)
            b = next((s for s in self.samples if s[1] >= hi), None)
            if a is None or b is None or b[1] == a[1]:
                continue
            n = b[1] - a[1]
            out.append((a[1], b[1], (b[0] - a[0]) * 1000 / n, (b[2] - a[2]) * 1000 / n))
        return out


@dataclass
class Run:
    first: float  # seconds, wall
    again: float
    cpu: float  # the client's CPU seconds for the first upload
    again_cpu: float
    server: float  # the server's CPU seconds during the first upload
    progress: Progress


def run_vdirsyncer(folder: Path, server: DavServer, book: str, cards: Path) -> Run:
    """First sync and resync (nothing changed) of a folder of cards into ``book``."""
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
    times, cpus = [], []
    progress = Progress(server, book)
    server_before = server_cpu(server)
    for attempt in range(2):
        start, cpu = time.perf_counter(), children_cpu()
        with progress if attempt == 0 else contextlib.nullcontext():
            done = subprocess.run([*cmd, "sync"], capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        cpus.append(children_cpu() - cpu)
        if attempt == 0:
            server_used = server_cpu(server) - server_before
        if done.returncode != 0:
            raise SystemExit(f"vdirsyncer failed: {done.stderr[-500:]}")
    return Run(times[0], times[1], cpus[0], cpus[1], server_used, progress)


def run_rapport(folder: Path, server: DavServer, book: str, vcf: Path) -> Run:
    """First sync and resync of a database holding the cards, into ``book``."""
    open_database(folder / "rapport.sqlite3")
    try:
        importer.run_import([vcf])
        account_id = accounts.add_account(server.url, USER, PASSWORD)
        accounts.set_books(account_id, [AddressBook(server.book_url(book), book)],
                           {server.book_url(book)})
        progress = Progress(server, book)
        server_before = server_cpu(server)
        start, cpu, sampling = time.perf_counter(), time.process_time(), SAMPLING_CPU[0]
        with progress:
            first = sync_account(account_id)
        first_t = time.perf_counter() - start
        first_cpu = time.process_time() - cpu - (SAMPLING_CPU[0] - sampling)
        server_used = server_cpu(server) - server_before
        assert first.error is None and first.uploaded == PEOPLE, first
        start, cpu = time.perf_counter(), time.process_time()
        again = sync_account(account_id)
        again_t, again_cpu = time.perf_counter() - start, time.process_time() - cpu
        assert again.summary() == "everything was already in step", again.summary()
    finally:
        close_database()
    return Run(first_t, again_t, first_cpu, again_cpu, server_used, progress)


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


RADICALE_STORAGE = "use_mtime_and_size_for_item_cache = True\n"


def start_server(kind: str, root: Path) -> DavServer:
    """The server both clients talk to, with its data in memory (/dev/shm) where there is
    one; Radicale without fsync and with its item cache keyed by mtime and size."""
    shm = Path("/dev/shm")
    base = Path(tempfile.mkdtemp(prefix="bench-sync-", dir=shm if shm.is_dir() else None))
    server: DavServer
    if kind == "radicale":
        server = RadicaleServer(base / "radicale", storage_options=RADICALE_STORAGE,
                                fsync=False)
        settings = ("[storage] _filesystem_fsync = False, "
                    + RADICALE_STORAGE.strip() + ", [logging] level = error, no hook")
    else:
        server = XandikosServer(base / "xandikos")
        settings = "xandikos.web --defaults"
    print(f"{server.name} {version(server.name.lower())}, data in {base.parent} "
          f"({settings}); vdirsyncer {version('vdirsyncer')}", flush=True)
    server.start()
    return server


def put_cost(server: DavServer, sizes: list[int], k: int = 20) -> None:
    """The server's wall and CPU time per create PUT of one card at each book size (the
    book filled by writing card files into its folder, so Radicale only), one PUT at a
    time on one connection, with the headers Rapport sends."""
    if not isinstance(server, RadicaleServer):
        raise SystemExit("--put-cost fills the book through Radicale's folder: radicale only")
    server.make_book("cost", "cost")
    folder = server.book_folder("cost")
    have = 0
    print("book size  ms per PUT (wall)  server CPU ms per PUT")
    with CardDavClient(server.url, USER, PASSWORD, timeout=600) as client:
        for size in sizes:
            for i in range(have, size):
                (folder / f"seed-{i}.vcf").write_text(card(i), encoding="utf-8", newline="")
            have = size
            size = sum(1 for _ in folder.glob("*.vcf"))
            client.list_etags(server.book_url("cost"))  # the item cache of the new files
            start, cpu = time.perf_counter(), server_cpu(server)
            for j in range(k):
                client.put(server.path("cost", f"new-{size}-{j}.vcf"),
                           card(10**6 + size * k + j).encode(), etag=None)
            wall = (time.perf_counter() - start) * 1000 / k
            used = (server_cpu(server) - cpu) * 1000 / k
            print(f"{size:9d}  {wall:18.1f}  {used:21.1f}", flush=True)


def version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


def main() -> None:
    global PEOPLE
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", choices=("radicale", "xandikos"), default="radicale")
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--download", type=int, default=5000,
                        help="cards for the first-download figure (radicale only; 0: skip)")
    parser.add_argument("--parallel", action="store_true",
                        help="both clients at once, each against its own server")
    parser.add_argument("--put-cost", metavar="SIZES",
                        help="only time single PUTs at these book sizes, e.g. 0,1000,5000")
    args = parser.parse_args()
    PEOPLE = args.people
    keyring.set_keyring(fail.Keyring())
    root = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    server = start_server(args.server, root)
    other = start_server(args.server, root) if args.parallel and not args.put_cost else server
    try:
        if args.put_cost:
            put_cost(server, [int(x) for x in args.put_cost.split(",")])
            return
        cards = root / "cards"
        cards.mkdir()
        texts = [card(i) for i in range(PEOPLE)]
        for i, text in enumerate(texts):
            (cards / f"bench-{i}.vcf").write_text(text, encoding="utf-8", newline="")
        vcf = root / "all.vcf"
        vcf.write_text("".join(texts), encoding="utf-8", newline="")
        ours: list[Run] = []
        theirs: list[Run] = []
        for run in range(args.runs):
            if args.parallel:
                for who, where in (("v", other), ("r", server)):
                    where.make_book(f"{who}{run}", f"{who}{run}")
                    (root / f"{who}{run}").mkdir()
                with ThreadPoolExecutor(max_workers=1) as pool:
                    future = pool.submit(run_vdirsyncer, root / f"v{run}", other, f"v{run}",
                                         cards)
                    ours.append(run_rapport(root / f"r{run}", server, f"r{run}", vcf))
                    theirs.append(future.result())
            # Alternate who goes first, so neither always meets a warmer server.
            order = ("v", "r") if run % 2 == 0 else ("r", "v")
            for who in order if not args.parallel else ():
                book = f"{who}{run}"
                server.make_book(book, book)
                (root / book).mkdir()
                if who == "v":
                    theirs.append(run_vdirsyncer(root / book, server, book, cards))
                else:
                    ours.append(run_rapport(root / book, server, book, vcf))
            o, t = ours[-1], theirs[-1]
            print(f"run {run + 1} (load {os.getloadavg()[0]:.1f}): first upload Rapport "
                  f"{o.first:.2f} s (CPU {o.cpu:.2f} s, server CPU {o.server:.1f} s), "
                  f"vdirsyncer {t.first:.2f} s (CPU {t.cpu:.2f} s, server CPU "
                  f"{t.server:.1f} s); resync Rapport {o.again * 1000:.0f} ms, vdirsyncer "
                  f"{t.again * 1000:.0f} ms", flush=True)
            for name, r in (("Rapport", o), ("vdirsyncer", t)):
                print(f"  {name:10s} cards  ms per PUT (wall)  server CPU ms per PUT")
                for lo, hi, wall, used in r.progress.segments(PEOPLE):
                    print(f"  {lo:5d}-{hi:<5d}  {wall:16.1f}  {used:21.1f}")

        def med(runs: list[Run], field: str) -> float:
            return statistics.median(getattr(r, field) for r in runs)

        of, tf = med(ours, "first"), med(theirs, "first")
        oa, ta = med(ours, "again"), med(theirs, "again")
        print(f"first upload of {PEOPLE} contacts to {server.name}: Rapport {of:.2f} s, "
              f"vdirsyncer {tf:.2f} s: ratio {of / tf:.2f} × (budget ≤ 0.8); CPU Rapport "
              f"{med(ours, 'cpu'):.2f} s, vdirsyncer {med(theirs, 'cpu'):.2f} s; server CPU "
              f"{med(ours, 'server'):.1f} s for Rapport, {med(theirs, 'server'):.1f} s for "
              "vdirsyncer")
        print(f"resync, nothing changed: Rapport {oa * 1000:.0f} ms, vdirsyncer "
              f"{ta * 1000:.0f} ms: ratio {oa / ta:.2f} × (budget ≤ 0.5); CPU Rapport "
              f"{med(ours, 'again_cpu') * 1000:.0f} ms, vdirsyncer "
              f"{med(theirs, 'again_cpu') * 1000:.0f} ms", flush=True)
        if args.download and isinstance(server, RadicaleServer):
            download(root, server, args.download, args.runs)
    finally:
        server.stop()
        shutil.rmtree(server.folder.parent, ignore_errors=True)
        if other is not server:
            other.stop()
            shutil.rmtree(other.folder.parent, ignore_errors=True)
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
