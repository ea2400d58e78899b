"""Background work that keeps out of the UI thread's way (issue 18). No Qt.

Two things held the window's event loop for tens of milliseconds while its own work was
small (measured with ``bench/bench_scale.py``, which times every collection and splits each
stall into the UI thread's CPU, its wait for a core and its sleep):

* **Python's cyclic garbage collector.** A full (generation 2) collection walks every
  container the process holds; with the window open on 300,000 contacts that is 35-66 ms of
  CPU (the list's ids, the row caches, the modules), 0.0 ms once those are frozen. It ran
  on whichever thread allocated when the counters said so, holding the interpreter lock:
  on the UI thread in an import's end (139-298 ms of wall at 300,000 contacts) or a
  calendar action, in start-up's worker while it imported numpy (37-117 ms, the UI thread
  asleep on the lock all along). So while the window is open (``CollectorPolicy``): what
  start-up made is frozen out of the scans (``gc.freeze``), the automatic full collections
  are off, and full collections run when the UI thread is idle
  (``ui.common.idle_collector``); the young generations collect as before (a few ms at
  most).
* **The interpreter lock.** A worker running Python (the search's full result, tagging a
  selection) kept the UI thread asleep on the lock: a thread may keep it up to the switch
  interval (5 ms) after the UI thread asks for it back, and a turn asks many times (a
  list's repaint calls Python for every cell). While the window is open the interval is
  1 ms (``UI_SWITCH_INTERVAL``).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import os
import sys
import threading
from collections.abc import Callable
from typing import Any

# The interpreter's switch interval while a window is open (CPython's default: 5 ms).
UI_SWITCH_INTERVAL = 0.001
# The automatic full collections, off: the third threshold counts generation-1 collections
# between two full ones (CPython's default is 10); a count never reached switches them off.
NO_AUTOMATIC_FULL = 1 << 30
# Generation-1 collections (each ~7,000 containers that survived) after which the idle
# collection is due; well past this a full collection runs even without an idle moment, so
# cycles made while the user keeps the window busy are freed all the same (bounded memory).
FULL_DUE = 10
FULL_OVERDUE = 200


def free_cores() -> float:
    """The cores this process may run on less the load average (this process counts in
    it): whether work split over threads or processes can run side by side, or only
    takes turns on a busy machine (then the split costs CPU and saves no time: measured
    for the import's parsing process, ``import_parse.open_reader``: at load 5-7 on 2
    cores the child made 10,000 cards slower, 19-22 s against 15-18 s in-process, at load
    2.5-4 20,000 cards too, 14.6 against 8.5 s, and cost 25-30 % more CPU; at load
    1.6-2.3 it was faster, 2.9-4.3 against 3.8-5.1 s; and for the network's reads,
    ``knows.read_beside``: 4-10 % more CPU at load 5-6 and no time saved)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        cores = os.cpu_count() or 1
    try:
        return cores - os.getloadavg()[0]
    except (AttributeError, OSError):  # no load average (Windows): count on the cores
        return cores - 1


def glibc() -> ctypes.CDLL | None:
    """The C library when it is glibc (Linux): its ``malloc_trim`` and ``mallopt``; None
    elsewhere (macOS, Windows, musl)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim  # noqa: B018  (glibc only: musl has none)
        libc.mallopt  # noqa: B018
    except (OSError, AttributeError):
        return None
    return libc


_GLIBC = glibc()


def trim() -> None:
    """Return the C heaps' free pages (every thread's arena) to the system. glibc keeps
    freed blocks for reuse; a job that made and dropped tens of megabytes leaves them in
    the heap (issue 18). ctypes lets go of the interpreter lock for the call; glibc locks
    each arena while it trims it (~2 ms at 300,000 contacts, measured): call it from a
    worker thread's end or in idle time. The source lines of the modules imported
    meanwhile go first (``forget_source_lines``)."""
    forget_source_lines()
    if _GLIBC is not None:
        _GLIBC.malloc_trim(0)


def _no_source() -> None:
    return None


class _SourceLines(dict[str, Any]):
    """``linecache.cache`` once ``forget_source_lines`` has run: a file it no longer holds
    is answered as one whose source cannot be read (its traceback line left out) rather
    than by KeyError. ``linecache`` looks a file up in two steps (``in``, then ``[]``) and
    the cache is emptied from worker threads: a traceback printed in another thread
    between the two would have raised KeyError instead of showing the error."""

    def __missing__(self, key: str) -> tuple[Callable[[], None]]:
        return (_no_source,)


def forget_source_lines() -> None:
    """Let go of the source text of every module imported so far (``linecache``).

    Once PySide6 is loaded, its import hook reads the whole source of each module then
    imported (``inspect.getsource``: does it use PySide6?) and ``linecache`` keeps it for
    good: 15 MiB of lines in the window at 300,000 contacts once the list was open, all
    of start-up's modules, numpy's included (issue 18: the whole app's memory). Nothing
    here reads them; a traceback reads its lines again when it is printed."""
    import linecache

    if isinstance(linecache.cache, _SourceLines):
        linecache.cache.clear()
    else:  # emptied by replacing it: whoever reads it next reads the forgiving one
        linecache.cache = _SourceLines()


class CollectorPolicy:
    """The interpreter while a window is open: a short switch interval
    (``UI_SWITCH_INTERVAL``), and the cyclic collector's automatic full collections off,
    ``freeze`` to keep what lives from now on out of the scans, ``collect`` (in idle time,
    or when overdue) for the full collections. ``install``/``uninstall`` are counted (two
    windows, tests), the last ``uninstall`` restores the thresholds and the interval it
    found, and unfreezes.

    Memory stays bounded: young cycles are still collected by the young generations; what
    reached the old generation is collected by ``collect``, which runs at the latest after
    ``FULL_OVERDUE`` generation-1 collections. A cycle among frozen objects that dies waits
    for ``release`` (everything collected, the survivors frozen again: when the window has
    been quiet a while after loads were frozen, ``loads_frozen``, or once they outgrow a
    bound) or ``uninstall``.

    Private state: ``_installed`` counts installs; ``_saved`` the thresholds found,
    ``_switch`` the switch interval; ``_loads`` that a job's load was frozen
    (``freeze_load``) since the last release;
    ``_after`` what runs after the tidy-up asked for (``release_soon``)."""

    def __init__(self) -> None:
        self._installed = 0
        self._saved: tuple[int, int, int] | None = None
        self._lock = threading.Lock()
        self._after: list[Callable[[], None]] = []
        self._switch = sys.getswitchinterval()
        self._loads = False

    @property
    def installed(self) -> bool:
        return self._installed > 0

    def install(self) -> None:
        with self._lock:
            self._installed += 1
            if self._installed == 1:
                self._saved = gc.get_threshold()
                first, second, _ = self._saved
                gc.set_threshold(first, second, NO_AUTOMATIC_FULL)
                self._switch = sys.getswitchinterval()
                sys.setswitchinterval(min(self._switch, UI_SWITCH_INTERVAL))

    def uninstall(self) -> None:
        with self._lock:
            if self._installed == 0:
                return
            self._installed -= 1
            if self._installed or self._saved is None:
                return
            gc.set_threshold(*self._saved)
            self._saved = None
            sys.setswitchinterval(self._switch)
        gc.unfreeze()  # scanned again, as before the window opened
        self._loads = False
        if self._after:  # a release still wanted: now
            self.release()

    def freeze(self) -> None:
        """Keep every object alive now out of the collector's scans (``gc.freeze``): for
        what lives as long as the window (start-up's modules and widgets)."""
        if self.installed:
            gc.freeze()

    def freeze_load(self) -> None:
        """Keep what a job just read out of the collector's scans (``gc.freeze``) while it
        lives (the network view's: its young collections on the UI thread took 27-58 ms);
        reference counting still frees it. Cycles among it that die wait for the next
        ``release`` (``loads_frozen`` tells the window's idle looks one is due)."""
        gc.freeze()
        self._loads = True

    @property
    def loads_frozen(self) -> bool:
        return self._loads

    @staticmethod
    def collect() -> int:
        """A full collection of what is not frozen (what the automatic one would do)."""
        return gc.collect()

    def release(self) -> None:
        """Everything scanned and collected once (a big view closed: its objects go, its
        cycles too), then the survivors frozen again; then what ``release_soon`` asked to
        run after it."""
        gc.unfreeze()
        gc.collect()
        self._loads = False
        if self.installed:
            gc.freeze()
        self.tidy()

    def tidy(self) -> None:
        """What ``release_soon`` asked for: a collection of what is not frozen, then the
        functions asked to run after it."""
        if self.installed:
            gc.collect()
        after, self._after = self._after, []
        for fn in after:
            fn()

    @property
    def release_wanted(self) -> bool:
        return bool(self._after)

    def release_soon(self, then: Callable[[], None]) -> None:
        """A big view closed: what is not frozen collected, then *then* (a trim of the C
        heap): at once without a window (everything collected, ``release``); with one, when
        its UI thread is next idle (``IdleCollector``), without unfreezing. What its
        job froze (``freeze_load``) holds no cycles and is freed by reference counting;
        a full pass (``release``) walks the whole heap, mostly the modules start-up froze
        (35-66 ms of the UI thread at 300,000 contacts, and as much with no book open),
        to free a handful of objects: it waits for the window's quiet moment
        (``loads_frozen``), as other frozen loads do."""
        self._after.append(then)
        if not self.installed:
            self.release()


collector = CollectorPolicy()
