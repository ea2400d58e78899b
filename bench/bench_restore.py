"""File → Restore from Backup… of a book of the previous schema over the demo book (issue 18):
the safety copy of the current book, the copy in, migration 19 (the search index made
again). Measured from the dialog's Restore to its ``restored`` signal: the wall clock, the
process's CPU time, and the event loop's longest pause (a 5 ms timer) -- the whole restore
when it runs on the UI thread.

Each run is a child process on a fresh copy of the demo book (``RAPPORT_BENCH_DATA``) with a
schema-18 backup of as many contacts (``tests.hardening.helpers.version_18_book``, made once
beside this run). ``--tree DIR`` runs another checkout's code (main, for a figure beside it)
in the same minutes: the trees alternate, run by run.

    python bench/bench_restore.py [--people 100000 300000] [--runs 3] [--tree ../main]
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


def _child(book: Path, backup: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from desktop.models import open_database
    from desktop.services import backups
    from desktop.ui.operations import Operations
    from desktop.ui.restore_dialog import RestoreDialog

    folder = backups.backup_folder(book)
    folder.mkdir(exist_ok=True)
    shutil.copyfile(backup, folder / f"{book.name}.daily-20260301.bak")
    open_database(book)
    ops = Operations(QUndoStack())
    dialog = RestoreDialog(ops)
    dialog.show()
    dialog.confirm = lambda _info: True  # type: ignore[method-assign]
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    out: dict[str, object] = {}

    def end(text: str) -> None:
        out["wall"] = time.perf_counter() - float(out["t0"])  # type: ignore[arg-type]
        out["cpu"] = time.process_time() - float(out["c0"])  # type: ignore[arg-type]
        out["said"] = text
        app.quit()

    dialog.restored.connect(end)
    ops.failed.connect(end)

    def go() -> None:
        out["t0"], out["c0"] = time.perf_counter(), time.process_time()
        ticks.append(float(out["t0"]))  # type: ignore[arg-type]
        timer.start(5)
        dialog.restore_selected()

    QTimer.singleShot(100, go)
    app.exec()
    ticks.append(float(out["t0"]) + float(out["wall"]))  # type: ignore[arg-type]
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    out["gap"] = max(gaps)
    out.pop("t0")
    out.pop("c0")
    print(json.dumps(out))


def _run(tree: Path, people: int, backup: Path) -> dict[str, object]:
    sys.path.insert(0, str(ROOT))
    from bench.common import demo_db

    source = demo_db(people)
    with tempfile.TemporaryDirectory(prefix="rb-restore-") as tmp:
        book = Path(tmp) / "rapport.sqlite3"
        shutil.copyfile(source, book)
        done = subprocess.run(
            [sys.executable, str(HERE), "--child", str(book), str(backup)],
            cwd=tree, env={**os.environ, "PYTHONPATH": str(tree)},
            capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        _child(Path(sys.argv[2]), Path(sys.argv[3]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, nargs="+", default=[100_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tree", type=Path, action="append", default=[])
    args = parser.parse_args()
    trees = [ROOT, *[t.resolve() for t in args.tree]]
    sys.path.insert(0, str(ROOT))
    from bench.common import spread
    from tests.hardening.helpers import version_18_book

    with tempfile.TemporaryDirectory(prefix="rb-restore-backups-") as tmp:
        for people in args.people:
            backup = version_18_book(Path(tmp) / f"v18-{people}.bak", people)
            results: dict[Path, list[dict[str, object]]] = {t: [] for t in trees}
            for _ in range(args.runs):
                for tree in trees:
                    results[tree].append(_run(tree, people, backup))
            load = os.getloadavg()
            for tree in trees:
                runs = results[tree]

                def figures(key: str, runs: list[dict[str, object]] = runs) -> str:
                    return spread([float(r[key]) for r in runs],  # type: ignore[arg-type]
                                  pause=key == "gap")

                print(f"{people:,} {tree.name}: wall {figures('wall')}, CPU {figures('cpu')}, "
                      f"longest pause {figures('gap')}; load {load[0]:.2f}")


if __name__ == "__main__":
    main()
