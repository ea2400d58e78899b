"""How the quick benches compare the app's way with its floor (issue 18): CPU time, the
two interleaved in the same process, the best sample of each.

CPU time, not the wall clock: on a loaded machine (CI, other jobs beside) the wall clock
of a few milliseconds is mostly the wait for a core, and a sample of the floor that
waited less than the app's made a ratio that said nothing about the app. The process's
CPU, not the thread's: work the app hands to a thread of its own (``knows.read_beside``)
counts. The best of a few samples is the one the machine's other work disturbed least
(caches, frequency); interleaving puts both sides in the same moments."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_cpu(ours: Callable[[], object], floor: Callable[[], object], runs: int = 5,
             repeat: int = 1) -> tuple[float, float]:
    """The least CPU time of *runs* samples of *ours* and of *floor*, each sample *repeat*
    calls (a few milliseconds are within a timer's and a cache's noise), floor first."""
    mine: list[float] = []
    base: list[float] = []
    for _ in range(runs):
        for fn, out in ((floor, base), (ours, mine)):
            start = time.process_time()
            for _ in range(repeat):
                fn()
            out.append(time.process_time() - start)
    return min(mine), min(base)


def cpu_ratio(ours: Callable[[], object], floor: Callable[[], object], runs: int = 5,
              repeat: int = 1) -> float:
    """``best_cpu``'s *ours* over its *floor*."""
    mine, base = best_cpu(ours, floor, runs, repeat)
    assert base > 0, "the floor took no CPU time the clock could see: repeat it more"
    return mine / base
