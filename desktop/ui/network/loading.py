"""Reading and laying out the network off the UI thread (issues 5, 16, 18).

A job reads who knows whom (``knows.load_graph``), picks the people to draw
(``network.graph_data``), lays them out (``graph_layout``) and works out the scene
(``plan``), so that the UI thread only creates items. The connectors, the introductions
worth making and the book's organisations are a second job once the picture is on
screen: it reads every held interaction of the book (the links between other people),
which the picture no longer waits for (issue 18: the user's ties come from the kept
summary of meetings, ``knows.read_you_meetings``).
"""

from __future__ import annotations

import contextlib
import heapq
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from operator import attrgetter

from PySide6.QtCore import QRectF

from desktop.services import graph, graph_layout, knows, network, overview, paths
from desktop.services.background import collector, glibc, trim
from desktop.services.types import ContactId
from desktop.ui.common.workers import Worker
from desktop.ui.network.items import HUB_LABELS, STRONG_TIE, NodePlan
from desktop.ui.network.links import Ends, Tile, tile_links

# Jobs still running, kept alive until they end: a panel closed meanwhile must not take
# its job's signals with it (Qt would then report "Signal source has been deleted").
_JOBS: list[tuple[Worker, threading.Event]] = []


def job(fn: Callable[[Callable[[int, int], bool]], object],
        cancel_exceptions: tuple[type[BaseException], ...] = ()) -> Worker:
    """A worker that closes its thread's database connection and stays referenced here
    until it has ended. (The worker lets go of *fn* once run, and of what its closure
    holds: a whole network, which a closed view must let go.)"""
    forget_finished()
    done = threading.Event()

    def finish() -> None:
        try:
            overview.end_of_big_job()  # what the job read and let go, back to the system
        finally:
            done.set()

    worker = Worker(fn, cancel_exceptions=cancel_exceptions, cleanup=finish)
    _JOBS.append((worker, done))
    return worker


def forget_finished() -> None:
    """Drop the jobs that have ended."""
    _JOBS[:] = [j for j in _JOBS if not j[1].is_set()]


@dataclass(frozen=True)
class ScenePlan:
    """The scene worked out on the layout thread, so the UI thread only creates items."""

    nodes: list[NodePlan]
    ends: Ends
    bounds: QRectF
    tiles: dict[tuple[str, bool], list[Tile]]
    hubs: frozenset[ContactId]  # the best-connected (``HUB_LABELS``), named at every zoom


@dataclass(frozen=True)
class Loaded:
    """One reading of the network: who knows whom, what is drawn, where."""

    graph: knows.KnowsGraph
    data: network.GraphData
    positions: dict[ContactId, tuple[float, float]]
    plan: ScenePlan


@dataclass(frozen=True)
class Insights:
    connectors: tuple[network.Connector, ...]
    suggestions: tuple[network.Suggestion, ...]
    reasons: dict[ContactId, str]  # why the user knows each connector
    organizations: dict[str, int]  # the book's, with how many (what "How do I reach…" offers)


def plan(data: network.GraphData, positions: dict[ContactId, tuple[float, float]]
         ) -> ScenePlan:
    """The items' plans and the links' ends (``Ends``). The ends and the bounds are
    worked out on arrays, a person's place found by searching the sorted ids (a dictionary look-up
    and a tuple per end of 15,000 links, and min/max over 5,000 plans, were half of
    this at 5,000 people, issue 18)."""
    import numpy as np

    nodes = [NodePlan.of(n, *positions.get(n.id, (0.0, 0.0))) for n in data.nodes]
    if not nodes:
        return ScenePlan(nodes, Ends.none(), QRectF(),
                         tile_links(Ends.none(), QRectF(), set(), set()), frozenset())
    # Fields taken by C-level getters, not a generator per column (issue 18).
    count = len(nodes)
    ids = np.fromiter(map(attrgetter("info.id"), nodes), dtype=np.int64, count=count)
    xs = np.fromiter(map(attrgetter("x"), nodes), dtype=np.float64, count=count)
    ys = np.fromiter(map(attrgetter("y"), nodes), dtype=np.float64, count=count)
    rs = np.fromiter(map(attrgetter("radius"), nodes), dtype=np.float64, count=count)
    order = np.argsort(ids, kind="stable")  # graph_data lists them by id: a no-op then
    by_id = ids[order]
    links = data.links
    source = np.fromiter(map(attrgetter("source"), links), dtype=np.int64, count=len(links))
    target = np.fromiter(map(attrgetter("target"), links), dtype=np.int64, count=len(links))
    at_a = np.minimum(np.searchsorted(by_id, source), len(ids) - 1)
    at_b = np.minimum(np.searchsorted(by_id, target), len(ids) - 1)
    drawn = np.flatnonzero((by_id[at_a] == source) & (by_id[at_b] == target))
    kinds = [("knows+" if lk.kind == "knows" and lk.strength >= STRONG_TIE else lk.kind)
             for lk in links]
    a, b = order[at_a[drawn]], order[at_b[drawn]]
    ends = Ends(source[drawn], target[drawn], xs[a], ys[a], xs[b], ys[b], rs[b],
                [kinds[i] for i in drawn.tolist()])
    left, top = float((xs - rs).min()), float((ys - rs).min())
    bounds = QRectF(left, top, float((xs + rs).max()) - left, float((ys + rs).max()) - top)
    # The best-connected, named at every zoom: chosen here, not on the UI thread.
    ranked = heapq.nsmallest(HUB_LABELS, data.nodes, key=lambda n: (-n.degree, int(n.id)))
    return ScenePlan(nodes, ends, bounds, tile_links(ends, bounds, set(), set()),
                     frozenset(n.id for n in ranked if n.degree >= 3))


def load(center: ContactId | None, hops: int, progress: Callable[[int, int], bool]
         ) -> Loaded:
    # What the window's connection let go of as the reading was asked for
    # (``Opening.read``), back to the system before this job's own peak.
    trim()
    # This thread's connection reads each table once from end to end: a page cache would
    # only hold what is never read again (32 MB at 300,000 people). Closed after the job.
    knows.small_page_cache()
    with graph.gc_paused(), big_blocks_from_the_heap():
        who = knows.load_graph()
        data = network.graph_data(who, center=center, hops=hops)
        saved = graph_layout.load_positions([n.id for n in data.nodes])
        positions = graph_layout.compute_layout(data, saved, progress=progress)
        new = {c: p for c, p in positions.items() if c not in saved}
        if new:
            graph_layout.save_positions(new)
        loaded = Loaded(who, data, positions, plan(data, positions))
        spare_the_collector()
        return loaded


def insights(who: knows.KnowsGraph) -> Insights:
    knows.small_page_cache()  # the organisations are a scan of every contact (see ``load``)
    with graph.gc_paused():
        found = network.connectors(who, limit=8)
        me = who.me
        reasons = {c.person.id: "; ".join(paths.explain(me, int(c.person.id), me))
                   for c in found} if me is not None else {}
        result = Insights(found, network.suggestions(who, limit=15), reasons,
                          paths.organization_counts())
        # The picture is drawn and every link worked out: what they came from can go.
        who.let_go_of_the_rows()
        spare_the_collector()
        return result


def spare_the_collector() -> None:
    """Keep what a job read out of the cyclic collector's scans (``gc.freeze``) until
    the view closes (``release_memory``).

    A job reads with the collector paused; the hundreds of thousands of objects it made
    were then scanned by the next collections, which ran on the UI thread: 27 ms and
    58 ms of it at 100,000 contacts, in the middle of building the picture (issue 18,
    measured). The network holds no cycles; reference counting frees it as before."""
    collector.freeze_load()


_LIBC = glibc()
_M_MMAP_THRESHOLD = -3  # in malloc.h
MMAP_THRESHOLD = 256 * 1024  # blocks from this size up get their own mapping
READ_MMAP_THRESHOLD = 32 << 20  # the same while the picture is read (glibc's maximum)
if _LIBC is not None:
    # Reading a big network makes arrays of megabytes and lets them go a moment later.
    # glibc raises its threshold for giving such blocks their own mapping each time one
    # is freed, so the next ones come from the heap and stay there; a fixed threshold
    # keeps them mapped, and returned the moment they are freed (issue 18: memory of the
    # network view released).
    _LIBC.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)

_BIG_BLOCKS_LOCK = threading.Lock()
_BIG_BLOCKS = 0  # reads under ``big_blocks_from_the_heap`` now


@contextlib.contextmanager
def big_blocks_from_the_heap() -> Iterator[None]:
    """While the picture is read, blocks up to 32 MB come from the C heap, not each from
    a mapping of its own; the threshold is back to ``MMAP_THRESHOLD`` after (an error
    included), and the job's end gives the heap's free pages back (``trim``).

    The read makes and drops arrays of one to a few megabytes hundreds of times; each
    new mapping is zeroed by the kernel page by page as it is first touched, and unmapped
    when freed. At 300,000 contacts that was 100,000 page faults, 45,000 with the heap,
    and 0.15-0.17 s less CPU time of the 0.7-0.9 s the read took (issue 18). The heap
    holds more meanwhile (8-20 MB at the read's end, measured), less than the peak of
    the connectors' job that follows. Nested and concurrent reads are counted; the last
    to end restores the threshold. Without glibc (macOS, Windows, musl) nothing changes."""
    global _BIG_BLOCKS
    if _LIBC is None:
        yield
        return
    with _BIG_BLOCKS_LOCK:
        _BIG_BLOCKS += 1
        if _BIG_BLOCKS == 1:
            _LIBC.mallopt(_M_MMAP_THRESHOLD, READ_MMAP_THRESHOLD)
    try:
        yield
    finally:
        with _BIG_BLOCKS_LOCK:
            _BIG_BLOCKS -= 1
            if _BIG_BLOCKS == 0:
                _LIBC.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)


def release_memory() -> None:
    """Give the memory of a closed network view back to the system: Python's collector
    first, then (glibc) the C heap's free pages that Qt's items and the reading threads
    leave behind (issue 18: "released when the view closes"). What the jobs kept out
    of the collector's scans (``spare_the_collector``) is freed by reference counting as
    the view lets go of it; what is not frozen is collected and the heap trimmed at the
    window's next idle moment (``CollectorPolicy.release_soon``: a full pass of the whole
    heap, 35-66 ms of the UI thread at 300,000 contacts, waits for a quiet while)."""
    collector.release_soon(trim)
