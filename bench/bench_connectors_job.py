"""The network view's second job (issue 18): the side lists (connectors, introductions to
make), which work out every link of the book. Prints the job's peak resident memory above
the process's before it (sampled every 0.3 ms from another thread), its CPU and wall time,
and a digest of what it found (the connectors in order with their figures, the reasons,
the introductions, the organisations, every link), so that two versions can be compared:
the digests must be equal. Each size runs in a fresh process.

    .venv/bin/python bench/bench_connectors_job.py [--people 300000 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import ROOT, demo_db

CHILD = r"""
import gc, hashlib, sys, threading, time
from desktop.models import open_database
from desktop.models.database import db
from desktop.services import knows
from desktop.ui.network import loading
from desktop.services.background import trim

def rss():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    return 0.0

open_database(sys.argv[1])
who = knows.load_graph()
gc.collect()
trim()
base = rss()
peak = [base]
done = threading.Event()

def watch():
    while not done.is_set():
        peak[0] = max(peak[0], rss())
        time.sleep(0.0003)

result = {}

def job():  # as the view runs it: a thread of its own, with its own connection
    cpu, wall = time.thread_time(), time.perf_counter()
    result["insights"] = loading.insights(who)
    result["cpu"], result["wall"] = time.thread_time() - cpu, time.perf_counter() - wall
    db.close()

watcher = threading.Thread(target=watch, daemon=True)
watcher.start()
worker = threading.Thread(target=job)
worker.start()
worker.join()
time.sleep(0.01)
done.set()
found = result["insights"]
links = hashlib.sha256()
for array in (who.ids, who.you_tie, who.indptr, who.nbr, who.strength):
    links.update(str(array.dtype).encode())
    links.update(array.tobytes())
rest = hashlib.sha256(repr((sorted(found.reasons.items()), found.suggestions,
                            sorted(found.organizations.items()))).encode())
connectors = [(int(c.person.id), c.reach, c.tie, c.knows) for c in found.connectors]
print(f"{peak[0] - base:.1f} {result['cpu']:.3f} {result['wall']:.3f} "
      f"{links.hexdigest()[:12]}:{rest.hexdigest()[:12]} {connectors}")
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, nargs="+", default=[300_000, 100_000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for people in args.people:
        path = demo_db(people)
        rows = []
        for _ in range(args.runs):
            out = subprocess.run([sys.executable, "-c", CHILD, str(path)], cwd=ROOT,
                                 check=True, capture_output=True, text=True).stdout.split(" ", 4)
            rows.append((float(out[0]), float(out[1]), float(out[2]), out[3], out[4].strip()))
        peaks = sorted(r[0] for r in rows)
        cpus = sorted(r[1] for r in rows)
        walls = sorted(r[2] for r in rows)
        print(f"{people:,} contacts, {args.runs} runs: the job's peak above its base "
              f"{peaks[len(peaks) // 2]:.1f} MiB ({peaks[0]:.1f}-{peaks[-1]:.1f}), "
              f"CPU {cpus[len(cpus) // 2]:.2f} s ({cpus[0]:.2f}-{cpus[-1]:.2f}), "
              f"wall {walls[len(walls) // 2]:.2f} s ({walls[0]:.2f}-{walls[-1]:.2f})")
        digests = {(r[3], r[4]) for r in rows}
        for digest, connectors in sorted(digests):
            print(f"  digest {digest}; connectors {connectors}")


if __name__ == "__main__":
    main()
