"""Benchmark: the import's writer alone (issue 18), beside another checkout, alternating.

The cards of a generated file (``bench_vcard_parse.make_corpus``) are parsed first, as the
parse process sends them (``import_parse._produce`` and ``_pack``, batches of 100 pickled);
then ``importer.run_import`` imports them into a new database through a reader that hands
the batches over (unpickled and unpacked as ``ProcessReader.items`` does). What is timed
is the writer's work only: matching, rows, SQLite, the search index, the bulk end. Each
run is a fresh process; with ``--against DIR`` (another checkout, e.g. main) the two are
run one after the other, alternating, so both see the same load.

Prints, per run, the writer's CPU (user + system) and wall time, the load average, and
the CPU of its parts: each table's inserts, the tag memberships, the search index and
the bulk end (the indexes made again and the search index). No assertions on seconds.

    .venv/bin/python bench/bench_import_writer.py [--cards 100000] [--runs 3]
        [--against ../main]
"""

from __future__ import annotations

import argparse
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Run in a fresh process by main(): argv is CHECKOUT PICKLE VCF DB. The checkout's own
# modules are imported (it may be another version of this code).
RUN = r"""
import json, pickle, resource, sys, time
sys.path.insert(0, sys.argv[1])
from desktop.models import close_database, open_database
from desktop.services import import_parse, importer, search, store

parts = {}

def timed(owner, name, key):
    inner = getattr(owner, name, None)
    if inner is None:
        return
    def wrapper(*args, **kwargs):
        c0 = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            k = key(args) if callable(key) else key
            parts[k] = parts.get(k, 0.0) + time.process_time() - c0
    setattr(owner, name, wrapper)

timed(store.Session, "_many", lambda a: a[1].split()[2])
timed(store.Session, "_insert_counted", "contact_tag")
timed(search, "index_new", "search index (bulk end)")
timed(store.Session, "end_bulk", "bulk end")

class Handed(import_parse._Base):
    def __init__(self, files, size, blobs):
        super().__init__(files, [size])
        self._blobs = blobs
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        pass
    def items(self, tick, idle=None):
        # The batches are all here: the writer never waits for its input, so *idle*
        # (the search index made while it would) is not called.
        unpack = import_parse._unpack
        for data in self._blobs:
            batch, self.bytes_done = pickle.loads(data)
            for item in batch:
                yield unpack(item) if type(item) is tuple else item

with open(sys.argv[2], "rb") as fh:
    size, blobs = pickle.load(fh)
importer.open_reader = lambda files: Handed(files, size, blobs)
open_database(sys.argv[4])
r0 = resource.getrusage(resource.RUSAGE_SELF)
t0 = time.perf_counter()
result = importer.run_import([sys.argv[3]])
wall = time.perf_counter() - t0
r1 = resource.getrusage(resource.RUSAGE_SELF)
close_database()
print(json.dumps({"new": result.new_count, "wall": wall,
                  "user": r1.ru_utime - r0.ru_utime, "sys": r1.ru_stime - r0.ru_stime,
                  "parts": parts}))
"""


def parse_first(cards: int, folder: Path) -> tuple[Path, Path]:
    """The generated file and its cards as the parse process sends them."""
    sys.path.insert(0, str(ROOT))
    from bench.bench_vcard_parse import make_corpus
    from desktop.services import import_parse

    vcf = folder / f"cards-{cards}.vcf"
    vcf.write_bytes(make_corpus(cards))
    blobs: list[bytes] = []

    def put(batch: list[object], done: int) -> bool:
        blobs.append(pickle.dumps((batch, done), protocol=pickle.HIGHEST_PROTOCOL))
        return True

    import_parse._produce([vcf], [vcf.stat().st_size], put, import_parse._pack)
    packed = folder / f"cards-{cards}.pkl"
    with packed.open("wb") as fh:
        pickle.dump((vcf.stat().st_size, blobs), fh, protocol=pickle.HIGHEST_PROTOCOL)
    return vcf, packed


def run(checkout: Path, packed: Path, vcf: Path, db_file: Path) -> dict[str, object]:
    for leftover in db_file.parent.glob(db_file.name + "*"):
        leftover.unlink()
    done = subprocess.run([sys.executable, "-c", RUN, str(checkout), str(packed), str(vcf),
                           str(db_file)], capture_output=True, text=True, check=False,
                          cwd=checkout)
    if done.returncode != 0:
        raise SystemExit(done.stderr.strip())
    import json

    out: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    out["load"] = os.getloadavg()[0]
    out["at"] = time.strftime("%H:%M:%S")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--cards", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--against", type=Path, help="another checkout, run alternating")
    args = ap.parse_args()
    checkouts = {"this": ROOT}
    if args.against is not None:
        checkouts["against"] = args.against.resolve()
    seen: dict[str, list[dict[str, object]]] = {name: [] for name in checkouts}
    with tempfile.TemporaryDirectory(prefix="rapport-bench-writer-") as tmp:
        folder = Path(tmp)
        vcf, packed = parse_first(args.cards, folder)
        for r in range(args.runs):
            order = list(checkouts.items())
            for name, checkout in order if r % 2 == 0 else order[::-1]:
                m = run(checkout, packed, vcf, folder / "w.sqlite3")
                assert m["new"] == args.cards, m
                seen[name].append(m)
                parts = m["parts"]
                assert isinstance(parts, dict)
                cpu = float(m["user"]) + float(m["sys"])  # type: ignore[arg-type]
                print(f"{m['at']} load {m['load']:.2f}  {name:8} CPU {cpu:6.2f} s "
                      f"(user {m['user']:.2f}, sys {m['sys']:.2f})  wall {m['wall']:6.2f} s"
                      "  parts: " + ", ".join(f"{k} {v:.2f}" for k, v in sorted(parts.items())),
                      flush=True)
    for name, runs in seen.items():
        cpus = [float(m["user"]) + float(m["sys"]) for m in runs]  # type: ignore[arg-type]
        walls = [float(m["wall"]) for m in runs]  # type: ignore[arg-type]
        print(f"{name:8} {args.cards:,} cards: CPU median {statistics.median(cpus):.2f} s "
              f"({min(cpus):.2f}-{max(cpus):.2f}), wall median {statistics.median(walls):.2f} s "
              f"({min(walls):.2f}-{max(walls):.2f})")


if __name__ == "__main__":
    main()
