"""Start-up to a painted main window with 100,000 contacts, against a bare QMainWindow
start measured in the same run; and the app's peak memory with those contacts open.

Budgets (DESIGN.md): start-up <= 2.5 x the bare start; peak RSS <= 250 MB.
Each run is a fresh process (what a user waits for). The two commands alternate, so
drift in the machine's speed hits both alike; the ratio is taken pair by pair.

    python bench/bench_startup.py [--runs N] [--people N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import ROOT, demo_db, median

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            import time
            print(f"first paint at {time.time():.6f}", file=sys.stderr, flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("hello"))
window.resize(1280, 800)
watcher = FirstPaint()
window.centralWidget().installEventFilter(watcher)
window.show()
app.exec()
"""


def _run(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds to the first paint, seconds to exit, and peak RSS (MB) of one child.

    Both programs print the wall-clock time of their first paint on stderr; the clock
    starts just before the process is launched, so "to first paint" is what the user
    waits for, without the shutdown that --quit-after-paint adds after it.
    """
    with tempfile.TemporaryFile() as err:
        start_wall = time.time()
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        err.seek(0)
        text = err.read().decode(errors="replace")
        if os.waitstatus_to_exitcode(status) != 0 or "first paint at " not in text:
            raise SystemExit(f"{' '.join(cmd[:4])}... failed:\n{text}")
    painted = float(text.split("first paint at ", 1)[1].split()[0])
    return painted - start_wall, wall, usage.ru_maxrss / 1024  # ru_maxrss: KiB on Linux


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--people", type=int, default=100_000)
    args = parser.parse_args()

    source = demo_db(args.people)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as tmp:
        # A copy, so the app's lock file and WAL never touch the cached data set.
        db = Path(tmp) / "bench.sqlite3"
        shutil.copy(source, db)
        app_cmd = [sys.executable, "-m", "desktop.cli", "--db", str(db), "--quit-after-paint"]
        bare_cmd = [sys.executable, "-c", BARE]
        _run(bare_cmd, env)  # warm the file cache for both
        _run(app_cmd, env)
        app_t: list[float] = []
        bare_t: list[float] = []
        ratios: list[float] = []
        exit_ratios: list[float] = []
        rss: list[float] = []
        for _ in range(args.runs):
            b, b_exit, _b_rss = _run(bare_cmd, env)
            a, a_exit, a_rss = _run(app_cmd, env)
            bare_t.append(b)
            app_t.append(a)
            ratios.append(a / b)
            exit_ratios.append(a_exit / b_exit)
            rss.append(a_rss)
    print(f"start-up, {args.people:,} contacts, {args.runs} runs (medians)")
    print(f"  bare QMainWindow, launch to first paint {median(bare_t) * 1000:6.0f} ms")
    print(f"  Rapport, launch to painted rows         {median(app_t) * 1000:6.0f} ms")
    print(f"  ratio (pairwise median)                 {median(ratios):6.2f} x   budget 2.50 x")
    print(f"  same, launch to exit                    {median(exit_ratios):6.2f} x   "
          "(includes shutdown)")
    print(f"  peak RSS, Rapport                       {median(rss):6.0f} MB  budget 250 MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
