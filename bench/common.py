"""Shared helpers for the benchmark scripts: the 100,000-contact data set, medians, tables,
and the window's operations measured on a copy of a demo book (``JobBench``)."""

from __future__ import annotations

import contextlib
import gc
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
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


@contextlib.contextmanager
def book_copy(source: Path) -> Iterator[Path]:
    """A copy of the book *source* in a temporary folder, removed afterwards: the demo books
    are shared (``RAPPORT_BENCH_DATA``), a bench that writes works on its own copy."""
    with tempfile.TemporaryDirectory(prefix="rb-book-") as tmp:
        copy = Path(tmp) / source.name
        shutil.copy(source, copy)
        yield copy


def median(values: list[float]) -> float:
    return statistics.median(values)


def spread(values: list[float], *, pause: bool = False) -> str:
    """The median and range of a few runs' figures: in ms for pauses under a second
    (*pause*), else in s."""
    if pause and max(values) < 1:
        ms = [v * 1000 for v in values]
        return f"{statistics.median(ms):.0f} ms ({min(ms):.0f}-{max(ms):.0f})"
    return f"{statistics.median(values):.2f} s ({min(values):.2f}-{max(values):.2f})"


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
        # The UI thread's time waiting in the kernel's run queue (a core was busy), from
        # /proc: what is left of a gap after its CPU and this is time the thread slept
        # (the interpreter lock held by another thread, a lock, a disk read).
        self._schedstat = f"/proc/self/task/{threading.get_native_id()}/schedstat"
        self._last_queued = self._queued()
        self._longest_queued = 0.0
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _now(self) -> float:
        return self._clock.nsecsElapsed() / 1e9

    def _queued(self) -> float:
        try:
            with open(self._schedstat) as f:
                return int(f.read().split()[1]) / 1e9
        except (OSError, IndexError, ValueError):  # no schedstats in this kernel
            return 0.0

    def _tick(self) -> None:
        now, cpu = self._now(), time.thread_time()  # this runs on the UI thread
        queued = self._queued()
        if now - self._last > self._longest:
            self._longest = now - self._last
            self._longest_queued = queued - self._last_queued
        self._longest_cpu = max(self._longest_cpu, cpu - self._last_cpu)
        self._last, self._last_cpu, self._last_queued = now, cpu, queued

    def reset(self) -> None:
        self._last, self._last_cpu = self._now(), time.thread_time()
        self._last_queued = self._queued()
        self._longest = self._longest_cpu = self._longest_queued = 0.0

    @property
    def longest(self) -> float:
        self._tick()  # a stall still going on counts too
        return max(0.0, self._longest - self.interval)

    @property
    def longest_cpu(self) -> float:
        self._tick()
        return self._longest_cpu

    @property
    def longest_queued(self) -> float:
        """Of the longest gap: the UI thread's wait for a core (run queue)."""
        self._tick()
        return self._longest_queued

    def stop(self) -> None:
        self._timer.stop()


class GcWatch:
    """Every collection of Python's cyclic garbage collector while it is installed
    (``gc.callbacks``): its generation, its length (wall and the collecting thread's CPU)
    and whether it ran on the UI thread (the thread that made the watch). ``reset()``
    starts a new window; ``summary()`` counts them."""

    def __init__(self) -> None:
        import gc

        self._ui = threading.get_ident()
        self._started: dict[int, tuple[float, float]] = {}
        self.collections: list[tuple[int, bool, float, float]] = []  # gen, on UI, wall, cpu
        self._gc = gc
        self._trace = bool(os.environ.get("RAPPORT_BENCH_GC_TRACE"))
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        me = threading.get_ident()
        if phase == "start" and info["generation"] == 2 and self._trace:
            import collections
            import traceback

            objs = self._gc.get_objects()
            kinds = collections.Counter(type(o).__qualname__ for o in objs)
            print(f"GEN2 on {threading.current_thread().name} ui={me == self._ui} "
                  f"objects {len(objs):,} {kinds.most_common(12)}\n"
                  + "".join(traceback.format_stack(limit=12)), file=sys.stderr)
            del objs
        if phase == "start":
            self._started[me] = (time.perf_counter(), time.thread_time())
            return
        began = self._started.pop(me, None)
        if began is not None:
            self.collections.append((info["generation"], me == self._ui,
                                     time.perf_counter() - began[0],
                                     time.thread_time() - began[1]))

    def reset(self) -> None:
        self.collections = []

    def summary(self) -> dict[str, float]:
        """On the UI thread: collections of each generation and the longest (ms, wall);
        on other threads: how many and their longest."""
        out: dict[str, float] = {}
        for gen in (0, 1, 2):
            runs = [c for c in self.collections if c[0] == gen and c[1]]
            out[f"ui gen{gen}"] = len(runs)
            out[f"ui gen{gen} longest ms"] = max((c[2] for c in runs), default=0.0) * 1000
            out[f"ui gen{gen} total ms"] = sum(c[2] for c in runs) * 1000
        out["ui gen2 longest cpu ms"] = max(
            (c[3] for c in self.collections if c[0] == 2 and c[1]), default=0.0) * 1000
        others = [c for c in self.collections if not c[1]]
        out["other threads"] = len(others)
        out["other threads longest ms"] = max((c[2] for c in others), default=0.0) * 1000
        out["other threads gen2"] = sum(1 for c in others if c[0] == 2)
        return out

    def stop(self) -> None:
        if self._callback in self._gc.callbacks:
            self._gc.callbacks.remove(self._callback)


class JobBench:
    """The window's ``Operations`` on the book *db_path*, in this process, as the window
    runs them: a QApplication, a dialog parent for the jobs' progress dialogs, ``ids`` (every
    contact, as Select All has them), a thread sampling the resident memory every 5 ms, and,
    given *stall_interval_ms*, a ``StallWatch`` ticking that often (its own ticks cost the
    UI thread ~50 us each: measure an idle loop the same way, ``idle``); *as_the_window*:
    the interpreter as the window runs it (``ui.common.idle_collector``): its switch
    interval, no automatic full collection (one on the job's thread, 45-110 ms at 300,000
    contacts, held the UI thread here and not in the window), what lives now frozen out
    of the scans. ``measure(action)`` runs *action* and the job it started to its end."""

    def __init__(self, db_path: Path, stall_interval_ms: int | None = None,
                 as_the_window: bool = False) -> None:
        from PySide6.QtGui import QUndoStack
        from PySide6.QtWidgets import QApplication, QWidget

        from desktop.models import open_database
        from desktop.services import search
        from desktop.services.search import ListFilter
        from desktop.ui.operations import Operations

        self.app = QApplication.instance() or QApplication([])
        open_database(db_path)
        self._parent = QWidget()
        self.ops = Operations(QUndoStack())
        self.ops.set_dialog_parent(self._parent)
        self.ids = list(search.query_ids(ListFilter()))
        self._collector = None
        if as_the_window:
            from desktop.services.background import collector

            collector.install()
            collector.freeze()
            self._collector = collector
        self.watch = None if stall_interval_ms is None else StallWatch(stall_interval_ms)
        self._peak = 0.0
        self._running = True
        self._sampler = threading.Thread(target=self._sample, daemon=True)
        self._sampler.start()

    def _sample(self) -> None:
        while self._running:
            self._peak = max(self._peak, rss_mb())
            time.sleep(0.005)

    def measure(self, action: Callable[[], object]) -> dict[str, float]:
        """*action* and its job (if it started one) to their end: the UI thread's CPU
        (``ui_cpu``, s), the rest of the process's (``job_cpu``), wall time, with a stall
        watch the longest stall of the event loop (wall) and the UI thread's CPU within it
        (``stall``, ``stall_cpu``, s), the peak resident memory over what the process held
        before (``peak_mib``) and what it still holds after a collection (``kept_mib``: an
        undo's snapshot, say)."""
        from PySide6.QtCore import QEventLoop

        for _ in range(20):  # what was queued before (a paint, a count) runs first
            self.app.processEvents()
        gc.collect()
        base = rss_mb()
        self._peak = base
        if self.watch is not None:
            self.watch.reset()
        ui0, cpu0, wall0 = time.thread_time(), time.process_time(), time.perf_counter()
        action()
        if self.ops.busy:
            loop = QEventLoop()
            self.ops.idle.connect(loop.quit)
            loop.exec()
            self.ops.idle.disconnect(loop.quit)
        for _ in range(5):
            self.app.processEvents()
        ui = time.thread_time() - ui0
        result = {"ui_cpu": ui, "job_cpu": time.process_time() - cpu0 - ui,
                  "wall": time.perf_counter() - wall0, "peak_mib": self._peak - base}
        if self.watch is not None:
            result["stall"], result["stall_cpu"] = self.watch.longest, self.watch.longest_cpu
        gc.collect()
        result["kept_mib"] = rss_mb() - base
        return result

    def idle(self, seconds: float = 3.0) -> None:
        """The event loop doing nothing for *seconds*: measured, the watch's and the
        sampler's own cost."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    def close(self) -> None:
        self._running = False
        if self.watch is not None:
            self.watch.stop()
        if self._collector is not None:
            self._collector.uninstall()
