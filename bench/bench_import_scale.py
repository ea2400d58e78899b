"""Benchmark: import in linear time (issue 18) and never a merge of different people (11).

Generated files (``bench_vcard_parse.make_corpus``, random.Random(42): names from a small
pool, so namesakes abound; 1-3 e-mails and phone numbers from a small range, so numbers
collide; an address, categories, a note, a photo on a fifth), each imported by a child
process (``importer.run_import``, as ``rapport import`` does) into a new database. Prints,
each with its budget:

* 10,000 cards with UIDs: the import / vobject's parse of the same file (≤ 0.3), both in
  this process, interleaved rounds (as bench_import_export.py measures it);
* ``--cards`` (100,000) cards with UIDs: the import / the read-and-split floor (≤ 10):
  reading the file, decoding it, unfolding its lines, cutting each at its first ":" and
  grouping the lines by card -- the least any vCard reader does in Python. The import's
  time is until its result (committed, what the window shows); the close after it, which
  copies the WAL into the book (``models.checkpoint_after``), is printed beside it;
* the same cards without UIDs (as Google and Android export them) / with UIDs (≤ 1.5),
  and how many contacts they gave (every card is a different person: all of them);
* 8,000 cards with one UID / 8,000 cards with their own (issue 13: linear, was 66 s);
* each import's peak memory (RSS growth; the parse process's own peak beside it) and its
  CPU time (the parse process's included) / wall time: above 1 the parse process and the
  database writer work at once;
* 10,000 cards: the import with its parse process / the same pipeline with the parse side
  as a thread of this process, as small files are read (what the child buys; below 1 it
  pays).

No assertions on seconds.

    .venv/bin/python bench/bench_import_scale.py [--cards 100000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import functools
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_vcard_parse import make_corpus
from desktop.models import close_database, open_database
from desktop.services import background, import_parse, importer
from desktop.vcard.reference import vobject_parse

ROOT = Path(__file__).resolve().parents[1]
BUDGET_VOBJECT = 0.3
BUDGET_FLOOR = 10.0
BUDGET_NO_UID = 1.5

# The child's own high-water mark (VmHWM): ru_maxrss would start at the size of this
# parent, which holds vobject's parse of the 10,000-card file.
MEASURE = """
import resource, sys, time
from desktop.models import close_database, open_database
from desktop.services import background, import_parse, importer

background.free_cores = lambda: 1.0  # the child process, however busy the machine

def hwm():
    with open("/proc/self/status") as status:
        return next(int(x.split()[1]) * 1024 for x in status if x.startswith("VmHWM:"))

open_database(sys.argv[1])
from bench.bench_import_memory import ChildPeak
children = ChildPeak()
before = hwm()
t0, c0 = time.perf_counter(), time.process_time()
result = importer.run_import([sys.argv[2]])
seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
child = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu += child.ru_utime + child.ru_stime
t1 = time.perf_counter()
close_database()  # copies the import's WAL into the book (after its result is told)
print(result.new_count, result.merged_count, before, hwm(), seconds, cpu,
      children.stop(), child.ru_utime + child.ru_stime, time.perf_counter() - t1)
"""


def measure(db_file: Path, source: Path) -> dict[str, float]:
    """One import in a child process: contacts made, merged, RSS growth, seconds until
    its result (committed), CPU (its parse process's included), the parse process's peak
    RSS and CPU, and the seconds of the close after it (the WAL copied into the book)."""
    for leftover in db_file.parent.glob(db_file.name + "*"):
        leftover.unlink()
    done = subprocess.run([sys.executable, "-c", MEASURE, str(db_file), str(source)],
                          capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise SystemExit(done.stderr.strip().splitlines()[-1])
    new, merged, before, peak, seconds, cpu, child_rss, child_cpu, close = done.stdout.split()
    return {"new": int(new), "merged": int(merged), "growth": int(peak) - int(before),
            "seconds": float(seconds), "cpu": float(cpu), "child_rss": int(child_rss),
            "child_cpu": float(child_cpu), "close": float(close)}


def read_and_split(path: Path) -> int:
    """The floor: read, decode, unfold, cut each line at ":", group by card."""
    text = path.read_bytes().decode("utf-8")
    text = text.replace("\r\n ", "").replace("\r\n\t", "")
    cards = 0
    card: list[tuple[str, str]] = []
    for line in text.split("\r\n"):
        name, _, value = line.partition(":")
        if name == "END":
            cards += 1
            card = []
        else:
            card.append((name, value))
    return cards


def same_person(n: int, one_uid: bool) -> str:
    """*n* cards, each with its own e-mail, number and labelled value: of one person (one
    UID) or of *n* people."""
    return "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{'one' if one_uid else i}\r\n"
        f"FN:Sam Example\r\nEMAIL:sam{i}@example.org\r\nTEL:+1 415 555 {i % 10000:04d}\r\n"
        f"item1.X-ABLabel:label {i}\r\nEND:VCARD\r\n" for i in range(n))


def _children_cpu() -> float:
    """CPU seconds of this process's ended children (the import's parse process)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def _in_process(db_file: Path, source: Path) -> tuple[float, float]:
    """Seconds and CPU of one import into a new database with the parse side as a thread
    of this process (as small files are read), however big the file."""
    bound = import_parse.PROCESS_BYTES
    open_database(db_file)
    try:
        import_parse.PROCESS_BYTES = 1 << 60
        t0, c0 = time.perf_counter(), time.process_time()
        importer.run_import([source])
        return time.perf_counter() - t0, time.process_time() - c0
    finally:
        import_parse.PROCESS_BYTES = bound
        close_database()


def line(what: str, ratio: float, budget: float, detail: str) -> None:
    verdict = "ok" if ratio <= budget else "OVER"
    print(f"{what:44} ratio {ratio:6.3f}   budget {budget:<5}  {verdict:4}   {detail}")


def main() -> None:
    # "import" is the parse process beside the writer, as on a machine with a free core,
    # however busy this one is; "in-process" the thread that small files are read by.
    background.free_cores = lambda: 1.0
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--cards", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=3, help="rounds of the 10,000-card runs")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="rapport-bench-") as tmp:
        folder = Path(tmp)
        small = folder / "10k.vcf"
        data = make_corpus(10_000)
        small.write_bytes(data)
        text = data.decode("utf-8")
        vp: list[float] = []
        imp: list[float] = []
        cpu: list[float] = []

        threaded: list[tuple[float, float]] = []

        def our_import(r: int) -> None:
            open_database(folder / f"s{r}.sqlite3")  # new and empty; not timed
            t0, c0 = time.perf_counter(), time.process_time()
            before = _children_cpu()
            result = importer.run_import([small])
            imp.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0 + _children_cpu() - before)
            close_database()
            assert result.new_count == 10_000, result.summary()

        for r in range(args.rounds):
            steps: list[Callable[[], None]] = [
                lambda: vp.append(_timed(lambda: vobject_parse(text))),
                functools.partial(our_import, r),
                functools.partial(lambda n: threaded.append(
                    _in_process(folder / f"p{n}.sqlite3", small)), r)]
            for step in (steps if r % 2 == 0 else steps[::-1]):
                step()
        vobject_s = statistics.median(vp)
        ours = statistics.median(imp)
        thread_s = statistics.median(t for t, _c in threaded)
        thread_cpu = statistics.median(c for _t, c in threaded)
        line("10,000 cards: import / vobject parse", ours / vobject_s, BUDGET_VOBJECT,
             f"{ours:.2f} s vs {vobject_s:.2f} s (import CPU, child's included: "
             f"{statistics.median(cpu):.2f} s)")

        print(f"{'10,000 cards: parse process / in-process':44} ratio {ours / thread_s:6.3f}"
              f"   ({ours:.2f} s vs {thread_s:.2f} s wall, CPU {statistics.median(cpu):.2f} "
              f"vs {thread_cpu:.2f} s; below 1 the child pays)")

        big = folder / "big.vcf"
        big_data = make_corpus(args.cards)
        big.write_bytes(big_data)
        bare = folder / "big-no-uid.vcf"
        bare.write_bytes(re.sub(rb"UID:[^\r\n]*\r\n", b"", big_data))
        del big_data
        floor = min(_timed(lambda: read_and_split(big)) for _ in range(3))
        c0 = time.process_time()
        read_and_split(big)
        floor_cpu = time.process_time() - c0
        with_uid = measure(folder / "u.sqlite3", big)
        without = measure(folder / "n.sqlite3", bare)
        n = f"{args.cards:,}"
        line(f"{n} cards: import / read-and-split floor", with_uid["seconds"] / floor,
             BUDGET_FLOOR, f"{with_uid['seconds']:.1f} s vs {floor:.2f} s "
             f"(CPU: {with_uid['cpu']:.1f} s vs {floor_cpu:.2f} s = "
             f"{with_uid['cpu'] / floor_cpu:.1f}); then the close {with_uid['close']:.2f} s")
        line(f"{n} cards without UIDs / with UIDs", without["seconds"] / with_uid["seconds"],
             BUDGET_NO_UID, f"{without['seconds']:.1f} s (CPU ratio "
             f"{without['cpu'] / with_uid['cpu']:.2f}); {without['new']:,} contacts from "
             f"{n} different people ({without['merged']} merged)")
        for name, m in (("with UIDs", with_uid), ("without UIDs", without)):
            print(f"{n} cards {name:13} peak memory growth {m['growth'] / 1e6:5.0f} MB "
                  f"({m['growth'] / big.stat().st_size:.2f} x the {big.stat().st_size / 1e6:.0f}"
                  f" MB file); parse process peak {m['child_rss'] / 1e6:.0f} MB, CPU "
                  f"{m['child_cpu']:.1f} s   CPU / wall {m['cpu'] / m['seconds']:.2f}")

        one = folder / "one.vcf"
        one.write_text(same_person(8000, True), encoding="utf-8")
        many = folder / "many.vcf"
        many.write_text(same_person(8000, False), encoding="utf-8")
        merged = measure(folder / "o.sqlite3", one)
        apart = measure(folder / "m.sqlite3", many)
        assert merged["new"] == 1 and apart["new"] == 8000
        print(f"{'8,000 cards of one UID / of 8,000 UIDs':44} ratio "
              f"{merged['seconds'] / apart['seconds']:6.3f}   (linear: about 1; "
              f"{merged['seconds']:.2f} s vs {apart['seconds']:.2f} s; was 66 s)")
    print("(10,000-card figures: medians of interleaved rounds; the machine is shared)")


if __name__ == "__main__":
    main()
