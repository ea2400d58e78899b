"""Warm paths and connectors (issues 16, 18), each against a plain breadth-first search
over the same links, measured in the same run.

1. 10,000 people / ~50,000 links: the best path to a person, to anyone at an organisation,
   to anyone with a tag; in the network view (the links in memory) and as the command line
   does it (reading only what the search reaches). Budget <= 100 ms each.
2. Connectors at 50,000 people (reading the network + ranking, off the UI thread):
   budget <= 1 s.
3. ``rapport path NAME`` at 300,000 people, as a fresh process, against a process that
   reads the same links and runs a plain BFS: budget <= 1 s and <= 200 MB.

The 50,000- and 300,000-person books are the demo networks of bench/common.py (generated
once under bench/.data/, minutes for the biggest). ``--quick`` runs part 1 only (CI).

    .venv/bin/python bench/bench_paths.py [--quick] [--queries 30]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import ROOT, demo_db, fmt_ms, median

# The baseline: every link the user recorded read into a dict of lists, then a plain
# breadth-first search from the user (what `rapport path` costs without a targeted read).
BFS = """
import sqlite3, sys
from collections import deque
con = sqlite3.connect(sys.argv[1])
me = con.execute("SELECT id FROM contact WHERE is_me = 1").fetchone()[0]
target = int(sys.argv[2])
adj = {}
def link(a, b):
    adj.setdefault(a, []).append(b)
    adj.setdefault(b, []).append(a)
for (c,) in con.execute("SELECT id FROM contact WHERE stage != 'connected'"):
    link(me, c)
for (c,) in con.execute("SELECT DISTINCT contact_id FROM interaction_participant"):
    link(me, c)
for by, a, b in con.execute("SELECT introducer_id, person_a_id, person_b_id "
                            "FROM introduction WHERE status IN ('made', 'met')"):
    link(a, b)
    if by is not None:
        link(by, a)
        link(by, b)
seen, queue = {me: None}, deque([me])
while queue:
    p = queue.popleft()
    if p == target:
        break
    for q in adj.get(p, ()):
        if q not in seen:
            seen[q] = p
            queue.append(q)
print(target in seen)
"""


def build_10k(path: Path, people: int = 10_000, links: int = 56_000) -> None:
    """People at every stage, some meetings, introductions until the knows graph has about
    *links* links; organisations and interest tags as the demo has them."""
    from desktop.models import db, open_database

    open_database(path)
    rng = random.Random(5)
    stages = ("connected", "connected", "acquainted", "relationship", "trusted")
    orgs = [f"Org {i}" for i in range(people // 40)]
    with db.atomic():
        db.execute_sql("INSERT INTO contact (id, full_name, sort_key, is_me) "
                       "VALUES (1, 'Sam Rivera', 'sam rivera', 1)")
        db.connection().executemany(
            "INSERT INTO contact (id, full_name, sort_key, stage, organization) "
            "VALUES (?,?,?,?,?)",
            [(i, f"Person {i}", f"person {i}", rng.choice(stages), rng.choice(orgs))
             for i in range(2, people + 1)])
        db.connection().executemany("INSERT INTO tag (id, name) VALUES (?, ?)",
                                    [(t, f"Interest {t}") for t in range(1, 41)])
        db.connection().executemany(
            "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)",
            [(i, rng.randrange(1, 41)) for i in range(2, people + 1) for _ in range(2)])
        meetings = [(i, "meeting", f"2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} 10:00:00")
                    for i in range(1, people // 2)]
        db.connection().executemany(
            "INSERT INTO interaction (id, kind, happened_at) VALUES (?,?,?)", meetings)
        db.connection().executemany(
            "INSERT OR IGNORE INTO interaction_participant (interaction_id, contact_id) "
            "VALUES (?, ?)",
            [(i, rng.randrange(2, people + 1)) for i, _k, _w in meetings for _ in range(
                rng.choice((1, 1, 2)))])
        hubs = rng.sample(range(2, people + 1), people // 30)
        rows = []
        while len(rows) * 2.6 < links:
            a = rng.choice(hubs) if rng.random() < 0.5 else rng.randrange(2, people + 1)
            b = rng.randrange(2, people + 1)
            if a != b:
                by = rng.choice((None, rng.choice(hubs)))
                rows.append((None if by in (a, b) else by, a, b, rng.choice(("made", "met"))))
        db.connection().executemany(
            "INSERT INTO introduction (introducer_id, person_a_id, person_b_id, status) "
            "VALUES (?,?,?,?)", rows)


def _bfs_in_memory(adjacency: dict[int, list[int]], me: int, target: int) -> bool:
    seen = {me}
    queue = deque([me])
    while queue:
        p = queue.popleft()
        if p == target:
            return True
        for q in adjacency.get(p, ()):
            if q not in seen:
                seen.add(q)
                queue.append(q)
    return False


def part_one(queries: int) -> None:
    from desktop.services import knows, paths
    from desktop.services.errors import ServiceError
    from desktop.services.graph import person_refs

    tmp = Path(tempfile.mkdtemp()) / "paths.sqlite3"
    build_10k(tmp)
    graph = knows.load_graph()
    me = int(graph.me or 0)
    links = int(len(graph.nbr) // 2 + (graph.you_tie > 0).sum())
    adjacency: dict[int, list[int]] = {}
    for i, cid in enumerate(graph.ids.tolist()):
        lo, hi = int(graph.indptr[i]), int(graph.indptr[i + 1])
        adjacency[cid] = graph.ids[graph.nbr[lo:hi]].tolist()
        if graph.you_tie[i] > 0:
            adjacency[cid].append(me)
            adjacency.setdefault(me, []).append(cid)
    rng = random.Random(9)
    strangers = [int(c) for c, t in zip(graph.ids.tolist(), graph.you_tie.tolist(),
                                        strict=True) if t == 0]
    people = rng.sample(strangers, min(queries, len(strangers)))
    refs = person_refs(people)
    targets = [("person", paths.person_target(refs[p])) for p in people if p in refs]
    orgs = paths.organization_counts()
    for name in rng.sample(sorted(orgs), 8):
        found = paths.organization_target(name, orgs)
        assert found is not None
        targets.append(("organisation", found))
    for t in rng.sample(range(1, 41), 8):
        found = paths.tag_target(f"Interest {t}")
        assert found is not None
        targets.append(("tag", found))
    print(f"warm paths: {len(graph.ids):,} people, {links:,} links (the user's own ties "
          f"included), {len(targets)} queries, medians (worst)")
    bfs_times = []
    for _kind, target in targets:
        wanted = paths.members(target)[0]
        start = time.perf_counter()
        _bfs_in_memory(adjacency, me, wanted)
        bfs_times.append(time.perf_counter() - start)
    base = median(bfs_times)
    print(f"  plain BFS in memory (baseline)   : {fmt_ms(base)}")
    for kind in ("person", "organisation", "tag"):
        chosen = [t for k, t in targets if k == kind]
        view, cli = [], []
        found = 0
        for target in chosen:
            limit = 1 if kind == "person" else paths.SHOWN_PATHS
            start = time.perf_counter()
            try:
                found += len(paths.warm_paths(graph, target, limit))
            except ServiceError:  # a person nobody links: also an answer
                pass
            view.append(time.perf_counter() - start)
            start = time.perf_counter()
            try:
                paths.warm_paths(knows.SqlTies(), target, limit)
            except ServiceError:  # the same answer, read as it goes
                pass
            cli.append(time.perf_counter() - start)
        print(f"  {kind:<12} in the view         : {fmt_ms(median(view))} ({fmt_ms(max(view))})"
              f"  budget 100 ms -> {median(view) / 0.1:.2f}; {median(view) / base:.2f} x BFS"
              f"; {found} paths for {len(chosen)} queries")
        print(f"  {kind:<12} reading as it goes  : {fmt_ms(median(cli))} ({fmt_ms(max(cli))})"
              f"  budget 100 ms -> {median(cli) / 0.1:.2f}; {median(cli) / base:.2f} x BFS")
    print("  (each answer includes the explanations in words, read from the database)")


def part_two() -> None:
    from desktop.models import close_database, open_database
    from desktop.services import knows, network

    open_database(demo_db(50_000))
    times: list[float] = []

    def job() -> None:
        start = time.perf_counter()
        network.connectors(knows.load_graph(), limit=8)
        times.append(time.perf_counter() - start)

    for _ in range(3):
        thread = threading.Thread(target=job)  # off the UI thread, as the view runs it
        thread.start()
        thread.join()
    close_database()
    print(f"connectors at 50,000 people (read the network + rank), off the UI thread: "
          f"{fmt_ms(median(times))}  budget 1000 ms -> {median(times):.2f}")


# Printed by each measured process as it exits: its own peak resident memory. (The peak
# from wait4 would include the benchmark's own memory: a child is forked from it before it
# runs the program, and Linux keeps that peak across exec.)
_PEAK = ("import atexit, sys\n"
         "def _peak():\n"
         "    for line in open('/proc/self/status'):\n"
         "        if line.startswith('VmHWM:'):\n"
         "            print('PEAK', line.split()[1], file=sys.stderr)\n"
         "atexit.register(_peak)\n")


def _child(code: str, args: list[str]) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of one fresh Python process running *code*."""
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _PEAK + code, *args], cwd=ROOT,
                         capture_output=True, text=True, check=False,
                         env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    elapsed = time.perf_counter() - start
    peak = next(float(line.split()[1]) for line in out.stderr.splitlines()
                if line.startswith("PEAK"))
    return elapsed, peak / 1024


RAPPORT = "import sys, runpy\nsys.argv = ['rapport', *sys.argv[1:]]\n" \
          "runpy.run_module('desktop.cli', run_name='__main__')\n"


def part_three(runs: int) -> None:
    import sqlite3

    book = demo_db(300_000)
    con = sqlite3.connect(book)
    rng = random.Random(4)
    # People the user has not met (the paths worth asking for) who are in an introduction.
    candidates = [r[0] for r in con.execute(
        "SELECT c.id FROM contact c WHERE c.stage = 'connected' AND c.is_me = 0 AND NOT "
        "EXISTS (SELECT 1 FROM interaction_participant p WHERE p.contact_id = c.id) AND "
        "EXISTS (SELECT 1 FROM introduction i WHERE i.person_b_id = c.id "
        "AND i.status IN ('made', 'met')) LIMIT 2000")]
    con.close()
    ours, theirs, ours_mb, theirs_mb = [], [], [], []
    for target in rng.sample(candidates, runs):
        t, mb = _child(RAPPORT, ["--db", str(book), "path", f"#{target}"])
        ours.append(t)
        ours_mb.append(mb)
        t, mb = _child(BFS, [str(book), str(target)])
        theirs.append(t)
        theirs_mb.append(mb)
    print(f"rapport path at 300,000 people ({runs} people the user has not met), fresh "
          "processes, medians")
    print(f"  rapport path                     : {median(ours):.2f} s, {median(ours_mb):.0f} MB"
          f"  budget 1 s / 200 MB -> {median(ours):.2f} / {median(ours_mb) / 200:.2f}")
    print(f"  plain BFS over the same links    : {median(theirs):.2f} s, "
          f"{median(theirs_mb):.0f} MB  -> ratio {median(ours) / median(theirs):.2f} time, "
          f"{median(ours_mb) / median(theirs_mb):.2f} memory")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="the 10,000-person part only")
    parser.add_argument("--queries", type=int, default=30)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    part_one(args.queries)
    if not args.quick:
        part_two()
        part_three(args.runs)


if __name__ == "__main__":
    main()
