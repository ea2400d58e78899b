"""Set Stage on the whole book's selection and its undo, as the window runs them (issue 18):
the UI thread's CPU and longest stall, the job's CPU (the process's less the UI thread's),
wall time and the peak memory over what the process held before each step. "idle" is 3 s
of the event loop doing nothing, measured the same way: the stall watch's own ticks
(every 10 ms) cost the UI thread CPU too.

Each run is a child process on a fresh copy of the demo book (100,000 / 300,000 contacts,
``RAPPORT_BENCH_DATA``). ``--tree DIR`` runs another checkout's code (main, for a figure
beside it) in the same minutes: the trees alternate, run by run.

    python bench/bench_stage.py [--people 100000 300000] [--runs 3] [--tree ../main]

(the book of 100,000 when no --people is given)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[1]


def _child(db_path: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication, QWidget

    import desktop
    from bench.common import StallWatch, rss_mb
    from desktop.models import open_database
    from desktop.services import search
    from desktop.services.search import ListFilter
    from desktop.ui.operations import Operations

    app = QApplication([])
    open_database(db_path)
    parent = QWidget()
    ops = Operations(QUndoStack())
    ops.set_dialog_parent(parent)
    ids = list(search.query_ids(ListFilter()))
    # The interpreter as the window runs it (``ui.common.idle_collector``): its switch
    # interval, no automatic full collection (one on the job's thread, 45-110 ms at
    # 300,000 contacts, held the UI thread here and not in the window), what lives now
    # frozen out of the scans.
    from desktop.services.background import collector

    collector.install()
    collector.freeze()
    watch = StallWatch(interval_ms=10)  # its own ticks cost the UI thread ~50 us each
    peak = [0.0]
    running = [True]

    def sample() -> None:
        while running[0]:
            peak[0] = max(peak[0], rss_mb())
            time.sleep(0.005)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out: dict[str, object] = {"code": str(Path(desktop.__file__).parents[1]),
                              "people": len(ids)}

    def measure(name: str, action: object) -> None:
        for _ in range(20):  # what was queued before (a paint, a count) runs first
            app.processEvents()
        base = rss_mb()
        peak[0] = base
        watch.reset()
        ui0, cpu0, wall0 = time.thread_time(), time.process_time(), time.perf_counter()
        action()  # type: ignore[operator]
        if ops.busy:
            loop = QEventLoop()
            ops.idle.connect(loop.quit)
            loop.exec()
            ops.idle.disconnect(loop.quit)
        for _ in range(5):
            app.processEvents()
        ui = time.thread_time() - ui0
        out[name] = {"ui_cpu": ui, "job_cpu": time.process_time() - cpu0 - ui,
                     "wall": time.perf_counter() - wall0, "stall": watch.longest,
                     "stall_cpu": watch.longest_cpu, "peak_mib": peak[0] - base}

    def idle() -> None:  # the watch's and the sampler's own cost: the loop with nothing
        loop = QEventLoop()
        QTimer.singleShot(3000, loop.quit)
        loop.exec()

    measure("idle", idle)
    measure("set", lambda: ops.set_stage_many(ids, "trusted"))
    measure("undo", ops.undo_stack.undo)
    running[0] = False
    print(json.dumps(out))


def _run(tree: Path, source: Path) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="rb-stage-") as tmp:
        copy = Path(tmp) / source.name
        shutil.copy(source, copy)
        env = {**os.environ, "PYTHONPATH": str(tree), "QT_QPA_PLATFORM": "offscreen"}
        done = subprocess.run([sys.executable, str(HERE), "--child", str(copy)], cwd=tree,
                              env=env, check=True, capture_output=True, text=True)
        result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
        return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", type=Path)
    parser.add_argument("--people", type=int, nargs="+", default=[100_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tree", type=Path, action="append", default=[])
    args = parser.parse_args()
    if args.child is not None:
        _child(args.child)
        return
    sys.path.insert(0, str(ROOT))
    from bench.common import demo_db

    trees = [ROOT, *[t.resolve() for t in args.tree]]
    for people in args.people:
        source = demo_db(people)
        results: dict[Path, list[dict[str, object]]] = {t: [] for t in trees}
        for _ in range(args.runs):
            for tree in trees:
                results[tree].append(_run(tree, source))
                print(f"  {tree.name} {people:,}: {results[tree][-1]}", file=sys.stderr)
        load = os.getloadavg()
        print(f"{people:,} contacts, {args.runs} runs each, load {load[0]:.2f} {load[1]:.2f}")
        for tree in trees:
            for step in ("idle", "set", "undo"):
                runs = [r[step] for r in results[tree]]
                cells = []
                for key, unit, scale in (("ui_cpu", "ms", 1000), ("stall", "ms", 1000),
                                         ("stall_cpu", "ms", 1000),
                                         ("job_cpu", "s", 1), ("wall", "s", 1),
                                         ("peak_mib", "MiB", 1)):
                    values = [float(r[key]) * scale for r in runs]  # type: ignore[index]
                    cells.append(f"{key} {statistics.median(values):.2f} "
                                 f"({min(values):.2f}-{max(values):.2f}) {unit}")
                print(f"  {tree.name:>14} {step:>4}: " + ", ".join(cells))


if __name__ == "__main__":
    main()
