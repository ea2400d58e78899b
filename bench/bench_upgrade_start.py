"""Start-up on a book of the previous schema (issue 18): migration 19 rebuilds the search
index, seconds at 100,000 / 300,000 contacts. Measured as the user sees it, from the
process's start: when the first window is on screen, the event loop's longest pause while
the upgrade window shows, when the main window has painted (``--quit-after-paint``), and
the process's CPU time.

Each run is a child process on a fresh copy of the demo book (``RAPPORT_BENCH_DATA``), which
must be at schema 18 (made before migration 19): the script refuses any other. ``--tree DIR``
runs another checkout's code (main, for a figure beside it) in the same minutes: the trees
alternate, run by run.

    python bench/bench_upgrade_start.py [--people 100000 300000] [--runs 3] [--tree ../main]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[1]


def _child(db_path: Path, started: float) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    seen: dict[str, float] = {"gap": 0.0}

    def tick() -> None:
        now = time.time()
        shown = [w for w in app.topLevelWidgets() if w.isVisible()]
        if shown and "first" not in seen:
            seen["first"] = now
        if any(type(w).__name__ == "UpgradeWindow" for w in shown):
            if "last" in seen:
                seen["gap"] = max(seen["gap"], now - seen["last"])
            seen["last"] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    from desktop.app import run

    status = run(db_path, quit_after_paint=True)
    end = time.time()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"status": status, "first_window": seen.get("first", end) - started,
                      "gap_while_upgrading": seen["gap"], "painted": end - started,
                      "cpu": usage.ru_utime + usage.ru_stime,
                      "peak_mb": usage.ru_maxrss / 1024}))


def _version(path: Path) -> int:
    """The schema of *path*, read without writing beside it (a read-write connection's
    close would checkpoint and remove the shared book's -wal and -shm)."""
    wal = Path(f"{path}-wal")
    mode = "mode=ro" if wal.exists() and wal.stat().st_size > 0 else "immutable=1"
    con = sqlite3.connect(f"file:{path}?{mode}", uri=True)
    try:
        return int(con.execute("SELECT max(version) FROM schema_version").fetchone()[0])
    finally:
        con.close()


def _run(tree: Path, source: Path) -> dict[str, object]:
    sys.path.insert(0, str(ROOT))
    from bench.common import book_copy

    with book_copy(source) as copy:
        env = {**os.environ, "PYTHONPATH": str(tree), "QT_QPA_PLATFORM": "offscreen"}
        load = os.getloadavg()[0]
        done = subprocess.run([sys.executable, str(HERE), "--child", str(copy),
                               f"{time.time():.6f}"], cwd=tree, env=env,
                              capture_output=True, text=True, check=True)
        out: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
        out["load"] = load
        out["schema_after"] = _version(copy)
        return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, nargs="*", default=[100_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tree", type=Path, action="append", default=[])
    parser.add_argument("--child", nargs=2)
    args = parser.parse_args()
    if args.child:
        _child(Path(args.child[0]), float(args.child[1]))
        return 0
    sys.path.insert(0, str(ROOT))
    from bench.common import demo_db

    trees = [ROOT, *[t.resolve() for t in args.tree]]
    for people in args.people:
        source = demo_db(people)
        if _version(source) != 18:
            print(f"{source}: schema {_version(source)}, not 18: nothing to migrate",
                  file=sys.stderr)
            return 1
        results: dict[Path, list[dict[str, object]]] = {t: [] for t in trees}
        for run in range(args.runs):
            order = trees if run % 2 == 0 else trees[::-1]
            for tree in order:
                result = _run(tree, source)
                results[tree].append(result)
                print(f"{people:,} {tree.name}: " + ", ".join(
                    f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {v}"
                    for k, v in result.items()), flush=True)
        for tree in trees:
            rows = results[tree]
            print(f"\n{people:,} contacts, {tree} ({len(rows)} runs; median, range):")
            for key in ("first_window", "gap_while_upgrading", "painted", "cpu", "peak_mb",
                        "load"):
                values = sorted(float(r[key]) for r in rows)  # type: ignore[arg-type]
                print(f"  {key}: {statistics.median(values):.3f} "
                      f"({values[0]:.3f}-{values[-1]:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
