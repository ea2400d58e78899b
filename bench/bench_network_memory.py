"""The network view on a big book (issue 18): the whole app's memory with the view open,
and what is given back when the view closes; the time to the picture and the longest
UI-thread stall meanwhile. Each size runs in a fresh process.

Budget: <= 250 MB for the whole app with the view open at 300,000 contacts, released when
the view closes; no UI stall over 50 ms (wall clock; the UI thread's own CPU time in the
busiest gap is printed beside it: what the app did, whatever else the machine ran), and
the process's CPU time (every thread) to the picture and to the connectors, the figure to
compare on a shared machine. The
baseline is the same window before the view is opened (the contact list only), measured in
the same process.

    .venv/bin/python bench/bench_network_memory.py [--people 300000] [--people 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import ROOT, demo_db

CHILD = r"""
import json, os, resource, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

app = QApplication([])
from desktop.models import open_database
open_database(Path(sys.argv[1]))
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import Operations
from desktop.ui.common.settings import Settings
import tempfile
settings = Settings(QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat))
window = MainWindow(Operations(QUndoStack()), settings)
window.resize(1280, 800)
window.show()

def wait(condition, seconds):
    end = time.perf_counter() + seconds
    while not condition() and time.perf_counter() < end:
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()

wait(lambda: window.startup_finished, 120)
wait(lambda: False, 2)  # the list settles
before = rss()
before_peak = peak()
gaps = []
cpu_gaps = []  # the UI thread's own CPU time in each gap (ms)
clock = QElapsedTimer()
ticker = QTimer()
ticker.setInterval(5)
last = [0]
last_cpu = [time.thread_time()]
def tick():
    now = clock.elapsed()
    gaps.append(now - last[0])
    last[0] = now
    cpu = time.thread_time()
    cpu_gaps.append((cpu - last_cpu[0]) * 1000)
    last_cpu[0] = cpu
ticker.timeout.connect(tick)
clock.start()
last_cpu[0] = time.thread_time()
ticker.start()
start = time.perf_counter()
start_cpu = time.process_time()
panel = window.view_switcher.show_view("network")
done = []
done_cpu = []  # the whole process's CPU time (every thread) at the same moments
panel.layout_finished.connect(lambda: (done.append(time.perf_counter()),
                                       done_cpu.append(time.process_time())))
panel.insights_finished.connect(lambda: (done.append(time.perf_counter()),
                                         done_cpu.append(time.process_time())))
wait(lambda: len(done) >= 2, 600)
ticker.stop()
opened = rss()
opened_peak = peak()
shown = len(panel.picture.nodes)
released = []
panel.released.connect(lambda: released.append(1))
window.view_switcher.show_view("list")
wait(lambda: bool(released), 60)
wait(lambda: False, 1)
after = rss()
print(json.dumps({"before": before, "before_peak": before_peak, "opened": opened,
                  "peak": opened_peak, "after": after, "shown": shown,
                  "picture_s": done[0] - start, "connectors_s": done[1] - start,
                  "picture_cpu_s": done_cpu[0] - start_cpu,
                  "connectors_cpu_s": done_cpu[1] - start_cpu,
                  "load": os.getloadavg()[0],
                  "stall_ms": max(gaps) if gaps else 0,
                  "stall_cpu_ms": max(cpu_gaps) if cpu_gaps else 0}))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, action="append")
    args = parser.parse_args()
    for people in args.people or [300_000]:
        book = demo_db(people)
        out = subprocess.run([sys.executable, "-c", CHILD, str(book)], cwd=ROOT,
                             capture_output=True, text=True, timeout=1800,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        if out.returncode != 0:
            print(out.stderr[-2000:], file=sys.stderr)
            raise SystemExit(1)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"network view, {people:,} contacts ({r['shown']:,} people drawn):")
        print(f"  app before the view (list)       : {r['before']:.0f} MB "
              f"(peak so far {r['before_peak']:.0f} MB)")
        print(f"  app with the view open           : {r['opened']:.0f} MB, peak "
              f"{r['peak']:.0f} MB  budget 250 MB -> {r['peak'] / 250:.2f}; "
              f"{r['opened'] / r['before']:.2f} x the list alone")
        print(f"  after the view closed            : {r['after']:.0f} MB "
              f"(+{r['after'] - r['before']:.0f} MB over the list alone)")
        print(f"  picture on screen / connectors   : {r['picture_s']:.2f} s / "
              f"{r['connectors_s']:.2f} s; longest UI stall {r['stall_ms']:.0f} ms "
              f"(the UI thread's own CPU in one gap at most {r['stall_cpu_ms']:.0f} ms)")
        print(f"  CPU time (all threads) to them   : {r['picture_cpu_s']:.2f} s / "
              f"{r['connectors_cpu_s']:.2f} s (load average {r['load']:.1f})")


if __name__ == "__main__":
    main()
