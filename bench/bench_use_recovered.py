"""The rescue dialog's "Use the recovered data" over a damaged demo book (issue 18): the
recovered file copied in place and its search index made again. Measured from the click
to the dialog's acceptance: the wall clock, the process's CPU time, and the event loop's
longest pause (a 5 ms timer) -- the whole of it when it runs on the UI thread.

Each run is a child process on a fresh copy of the demo book (``RAPPORT_BENCH_DATA``) with
two of its contact pages destroyed (``tests.hardening.helpers.damage_pages``); the
recovery before the click is not measured. ``--tree DIR`` runs another checkout's code
(main, for a figure beside it) in the same minutes: the trees alternate, run by run.

    python bench/bench_use_recovered.py [--people 100000] [--runs 3] [--tree ../main]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[1]


def _child(book: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from desktop.ui.rescue_dialog import RescueDialog

    dialog = RescueDialog(book, "database disk image is malformed")
    dialog.show()
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    out: dict[str, object] = {}

    def end() -> None:
        out["wall"] = time.perf_counter() - float(out["t0"])  # type: ignore[arg-type]
        out["cpu"] = time.process_time() - float(out["c0"])  # type: ignore[arg-type]
        out["contacts"] = dialog.outcome
        QTimer.singleShot(0, app.quit)

    def go(recovered: bool) -> None:
        assert recovered
        out["t0"], out["c0"] = time.perf_counter(), time.process_time()
        ticks.append(float(out["t0"]))  # type: ignore[arg-type]
        timer.start(5)
        dialog.use_button.click()

    dialog.accepted.connect(end)
    dialog.recovery_finished.connect(lambda ok: QTimer.singleShot(100, lambda: go(ok)))
    QTimer.singleShot(100, dialog.recover_button.click)
    app.exec()
    ticks.append(float(out["t0"]) + float(out["wall"]))  # type: ignore[arg-type]
    out["gap"] = max(b - a for a, b in itertools.pairwise(ticks))
    out.pop("t0")
    out.pop("c0")
    print(json.dumps(out))


def _run(tree: Path, people: int) -> dict[str, object]:
    sys.path.insert(0, str(ROOT))
    from bench.common import demo_db
    from tests.hardening.helpers import damage_pages

    source = demo_db(people)
    with tempfile.TemporaryDirectory(prefix="rb-rescue-") as tmp:
        book = Path(tmp) / "rapport.sqlite3"
        shutil.copyfile(source, book)
        damage_pages(book, "contact", count=2)
        done = subprocess.run(
            [sys.executable, str(HERE), "--child", str(book)],
            cwd=tree, env={**os.environ, "PYTHONPATH": str(tree)},
            capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        _child(Path(sys.argv[2]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, nargs="+", default=[100_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tree", type=Path, action="append", default=[])
    args = parser.parse_args()
    trees = [ROOT, *[t.resolve() for t in args.tree]]
    sys.path.insert(0, str(ROOT))
    from bench.common import spread

    for people in args.people:
        results: dict[Path, list[dict[str, object]]] = {t: [] for t in trees}
        for _ in range(args.runs):
            for tree in trees:
                results[tree].append(_run(tree, people))
        load = os.getloadavg()
        for tree in trees:
            runs = results[tree]

            def figures(key: str, runs: list[dict[str, object]] = runs) -> str:
                return spread([float(r[key]) for r in runs],  # type: ignore[arg-type]
                              pause=key == "gap")

            print(f"{people:,} {tree.name}: wall {figures('wall')}, CPU {figures('cpu')}, "
                  f"longest pause {figures('gap')}; load {load[0]:.2f}; "
                  f"{runs[-1]['contacts']}")


if __name__ == "__main__":
    main()
