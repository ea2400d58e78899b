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
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[1]


def _child(db_path: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import importlib.util

    import desktop

    # This script's own helpers, whichever checkout's code (PYTHONPATH) is measured.
    spec = importlib.util.spec_from_file_location("bench_common", HERE.parent / "common.py")
    assert spec is not None and spec.loader is not None
    common = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(common)
    bench = common.JobBench(db_path, stall_interval_ms=10, as_the_window=True)
    out: dict[str, object] = {"code": str(Path(desktop.__file__).parents[1]),
                              "people": len(bench.ids)}
    out["idle"] = bench.measure(bench.idle)
    out["set"] = bench.measure(lambda: bench.ops.set_stage_many(bench.ids, "trusted"))
    out["undo"] = bench.measure(bench.ops.undo_stack.undo)
    bench.close()
    print(json.dumps(out))


def _run(tree: Path, source: Path) -> dict[str, object]:
    from bench.common import book_copy

    with book_copy(source) as copy:
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
