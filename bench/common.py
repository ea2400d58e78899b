"""Shared helpers for the benchmark scripts: the 100,000-contact data set, medians, tables."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("RAPPORT_BENCH_DATA", ROOT / "bench" / ".data"))


def demo_db(people: int = 100_000) -> Path:
    """A demo database with *people* contacts, generated once and reused."""
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / f"demo-{people}.sqlite3"
    if not path.exists():
        print(f"generating the {people:,}-people demo network (once)...", file=sys.stderr)
        tmp = path.with_suffix(".partial")
        for leftover in DATA.glob(tmp.name + "*"):
            leftover.unlink()
        subprocess.run(
            [sys.executable, "-m", "desktop.cli", "--db", str(tmp), "demo", "--people",
             str(people)],
            check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
        )
        # Fold the WAL back so the copy is one self-contained file.
        import sqlite3

        con = sqlite3.connect(tmp)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        tmp.rename(path)
        for leftover in DATA.glob(tmp.name + "*"):
            leftover.unlink()
    return path


def median(values: list[float]) -> float:
    return statistics.median(values)


def fmt_ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def rss_mb() -> float:
    """This process's resident memory now, in MiB (Linux: /proc/self/statm)."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MiB."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


class StallWatch:
    """The UI thread's longest stall: a precise timer ticks every ``interval_ms`` on the
    event loop; any gap between two ticks longer than that is time the loop did not run
    (a slot, a paint, a query on the UI thread). ``reset()`` starts a new window;
    ``longest`` is the longest gap since, less the interval (wall time: on a loaded
    machine it includes waiting for a CPU); ``longest_cpu`` the most CPU time the UI
    thread itself spent within one gap (the app's own work, whatever the load)."""

    def __init__(self, interval_ms: int = 2) -> None:
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer

        self.interval = interval_ms / 1000
        self._clock = QElapsedTimer()
        self._clock.start()
        self._last = 0.0
        self._last_cpu = time.thread_time()
        self._longest = 0.0
        self._longest_cpu = 0.0
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _now(self) -> float:
        return self._clock.nsecsElapsed() / 1e9

    def _tick(self) -> None:
        now, cpu = self._now(), time.thread_time()  # this runs on the UI thread
        self._longest = max(self._longest, now - self._last)
        self._longest_cpu = max(self._longest_cpu, cpu - self._last_cpu)
        self._last, self._last_cpu = now, cpu

    def reset(self) -> None:
        self._last, self._last_cpu = self._now(), time.thread_time()
        self._longest = self._longest_cpu = 0.0

    @property
    def longest(self) -> float:
        self._tick()  # a stall still going on counts too
        return max(0.0, self._longest - self.interval)

    @property
    def longest_cpu(self) -> float:
        self._tick()
        return self._longest_cpu

    def stop(self) -> None:
        self._timer.stop()
