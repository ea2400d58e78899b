"""Benchmark: Undo and Redo of a 10,000-card import in the window (issue 11).

Undo and redo of an import take its change set back through the history in a worker, with a
progress dialog, so the window keeps painting. This script imports the 10,000 cards of
``bench_vcard_parse.make_corpus`` into a new database, puts the import on a real
``Operations`` undo stack (progress dialogs over a real window), then for a few rounds:

* Undo, then Redo, as the user does (Ctrl+Z, Ctrl+Shift+Z), each timed until the job
  reports back, while a 10 ms timer on the UI thread records the longest gap between its
  ticks: the longest the window could not paint or take a click;
* the same undo run on the UI thread (what a synchronous undo would freeze the window for).

Prints medians. Budget: the longest stall stays under 100 ms (the UI's own rule for long
work: progress at least every 100 ms); no assertions on seconds.

    .venv/bin/python bench/bench_import_undo.py [--cards 10000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow

from bench.bench_vcard_parse import make_corpus
from desktop.models import close_database, open_database
from desktop.services import history, importer
from desktop.ui.operations import Operations

STALL_BUDGET_MS = 100


class StallMeter:
    """The longest gap between ticks of a 10 ms timer on the UI thread."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.clock = QElapsedTimer()
        self.longest = 0

    def start(self) -> None:
        self.longest = 0
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        self.longest = max(self.longest, self.clock.restart())

    def stop(self) -> int:
        self.timer.stop()
        return max(self.longest, self.clock.elapsed())


def _run(ops: Operations, step: str, meter: StallMeter) -> tuple[float, int]:
    loop = QEventLoop()
    ops.idle.connect(loop.quit)
    meter.start()
    t0 = time.perf_counter()
    getattr(ops.undo_stack, step)()
    loop.exec()
    took = time.perf_counter() - t0
    ops.idle.disconnect(loop.quit)
    return took, meter.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--cards", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="rapport-bench-") as tmp:
        source = Path(tmp) / "contacts.vcf"
        source.write_bytes(make_corpus(args.cards))
        open_database(Path(tmp) / "bench.sqlite3")
        t0 = time.perf_counter()
        result = importer.run_import([source])
        imported = time.perf_counter() - t0
        assert result.new_count == args.cards, result.summary()
        window = QMainWindow()
        window.resize(900, 600)
        window.show()
        ops = Operations(QUndoStack())
        ops.set_dialog_parent(window)
        ops.record_import(result)
        meter = StallMeter()
        times: dict[str, list[float]] = {"undo": [], "redo": [], "ui": []}
        stalls: dict[str, list[int]] = {"undo": [], "redo": []}
        for _ in range(args.rounds):
            for step in ("undo", "redo"):
                took, stall = _run(ops, step, meter)
                times[step].append(took)
                stalls[step].append(stall)
            # The same undo on the UI thread, then put back (not timed).
            top = ops.undo_stack.command(ops.undo_stack.index() - 1)
            sets = top._sets  # type: ignore[attr-defined]  # the import's change sets now
            t0 = time.perf_counter()
            undone = history.undo(sets)
            times["ui"].append(time.perf_counter() - t0)
            redone = history.undo(undone.changes.change_sets)
            top._sets = redone.changes.change_sets  # type: ignore[attr-defined]
        close_database()
        app.processEvents()

    def med(xs: list[float]) -> float:
        return statistics.median(xs)

    print(f"corpus: {args.cards} cards; import {imported:.2f} s")
    for step in ("undo", "redo"):
        stall = int(med([float(s) for s in stalls[step]]))
        verdict = "ok" if stall <= STALL_BUDGET_MS else "OVER"
        print(f"{step}  in a worker {med(times[step]):.2f} s   longest UI stall {stall} ms   "
              f"budget {STALL_BUDGET_MS} ms   {verdict}")
    print(f"undo on the UI thread (the window frozen throughout): {med(times['ui']):.2f} s")
    print(f"(medians of {args.rounds} rounds)")


if __name__ == "__main__":
    main()
