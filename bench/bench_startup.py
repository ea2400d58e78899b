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


def _run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one child process."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            raise SystemExit(f"{' '.join(cmd[:4])}... failed:\n{err.read().decode()}")
    return wall, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


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
        rss: list[float] = []
        for _ in range(args.runs):
            b, _b_rss = _run(bare_cmd, env)
            a, a_rss = _run(app_cmd, env)
            bare_t.append(b)
            app_t.append(a)
            ratios.append(a / b)
            rss.append(a_rss)
    print(f"start-up, {args.people:,} contacts, {args.runs} runs (medians)")
    print(f"  bare QMainWindow start     {median(bare_t) * 1000:8.0f} ms")
    print(f"  Rapport to painted rows    {median(app_t) * 1000:8.0f} ms")
    print(f"  ratio (pairwise median)    {median(ratios):8.2f} x   budget 2.50 x")
    print(f"  peak RSS, Rapport          {median(rss):8.0f} MB   budget 250 MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
