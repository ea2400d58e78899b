"""Where people sit in the network picture: seeded, stable, incremental layouts."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from desktop.services import graph_layout
from desktop.services.graph import gc_paused
from desktop.services.network import GraphData, GraphLink, GraphNode
from desktop.services.types import ContactId
from tests.services.netbuild import me, person


def _ring(n: int) -> GraphData:
    nodes = tuple(GraphNode(ContactId(i), f"P{i}", "", "", "connected", False, False, 2)
                  for i in range(1, n + 1))
    links = tuple(GraphLink(ContactId(i), ContactId(i % n + 1), "knows")
                  for i in range(1, n + 1))
    return GraphData(nodes, links, None, n)


def test_layout_is_seeded_and_spreads_people_out() -> None:
    data = _ring(40)
    first, again = graph_layout.compute_layout(data), graph_layout.compute_layout(data)
    assert first == again
    points = list(first.values())
    closest = min(math.dist(p, q) for i, p in enumerate(points) for q in points[i + 1:])
    assert closest > graph_layout.EDGE_LENGTH * 0.2  # nobody on top of anybody
    linked = math.dist(first[ContactId(1)], first[ContactId(2)])
    opposite = math.dist(first[ContactId(1)], first[ContactId(21)])
    assert linked < opposite


def test_layout_keeps_saved_positions_and_places_newcomers_near_neighbours() -> None:
    data = _ring(12)
    saved = graph_layout.compute_layout(data)
    newcomer = GraphNode(ContactId(99), "New", "", "", "connected", False, False, 1)
    link = GraphLink(ContactId(99), ContactId(5), "knows")
    grown = GraphData((*data.nodes, newcomer), (*data.links, link), None, 13)
    again = graph_layout.compute_layout(grown, saved)
    assert all(again[c] == saved[c] for c in saved)
    assert math.dist(again[ContactId(99)], saved[ContactId(5)]) < graph_layout.EDGE_LENGTH * 3


def test_big_layout_uses_the_grid_and_stays_sane() -> None:
    data = _ring(1200)  # above the exact limit: FFT repulsion
    pos = graph_layout.compute_layout(data)
    assert len(pos) == 1200 and all(math.isfinite(x) and math.isfinite(y)
                                    for x, y in pos.values())
    mean_link = sum(math.dist(pos[lk.source], pos[lk.target]) for lk in data.links) / 1200
    xs = [p[0] for p in pos.values()]
    assert mean_link < (max(xs) - min(xs)) / 10  # links are short compared to the picture


def test_layout_can_be_cancelled() -> None:
    with pytest.raises(graph_layout.LayoutCancelled):
        graph_layout.compute_layout(_ring(30), progress=lambda done, total: done < 3)


def test_positions_are_remembered(db_path: Path) -> None:
    me()
    chain = {"Ana": person("Ana"), "Bo": person("Bo")}
    graph_layout.save_positions({chain["Ana"]: (1.5, -2.0)})
    graph_layout.save_positions({chain["Ana"]: (3.0, 4.0), chain["Bo"]: (0.0, 0.0)})
    assert graph_layout.load_positions() == {chain["Ana"]: (3.0, 4.0), chain["Bo"]: (0.0, 0.0)}
    assert graph_layout.load_positions([chain["Bo"]]) == {chain["Bo"]: (0.0, 0.0)}
    graph_layout.forget_positions()
    assert graph_layout.load_positions() == {}


def _wheel(spokes: int, extra: list[tuple[int, int, str]]) -> GraphData:
    """A hub (1) with *spokes* people around it, the spokes in a ring, plus *extra* links
    (new ids are added as people)."""
    links = [GraphLink(ContactId(1), ContactId(i), "knows") for i in range(2, spokes + 2)]
    links += [GraphLink(ContactId(i), ContactId(i % (spokes + 1) + 2), "knows")
              for i in range(2, spokes + 1)]
    links += [GraphLink(ContactId(a), ContactId(b), k) for a, b, k in extra]
    ids = sorted({int(lk.source) for lk in links} | {int(lk.target) for lk in links})
    nodes = tuple(GraphNode(ContactId(i), f"P{i}", "", "", "connected", False, False, 2)
                  for i in ids)
    return GraphData(nodes, tuple(links), None, len(nodes))


def test_layout_keeps_loose_threads_and_islands_near_the_network() -> None:
    # 100 and 101: a pair joined only by a proposed introduction (an island); 200-201-202:
    # a thread hanging off spoke 5. Repulsion alone would fling both to the far edge, and
    # "zoom to fit" would then frame mostly empty space.
    # (Measured without the fix: the pair 1,490 from the hub, the wheel's rim at 630, the
    # thread's links 400, 250 and 180 long.)
    data = _wheel(300, [(1000, 1001, "proposed"), (5, 2000, "knows"), (2000, 2001, "knows"),
                        (2001, 2002, "proposed")])
    pos = graph_layout.compute_layout(data)
    hub = pos[ContactId(1)]
    wheel = max(math.dist(hub, pos[ContactId(i)]) for i in range(2, 302))
    for far in (1000, 1001):
        assert math.dist(hub, pos[ContactId(far)]) < wheel + graph_layout.EDGE_LENGTH * 3
    reach = graph_layout.EDGE_LENGTH * 1.5 + 1
    for a, b in ((5, 2000), (2000, 2001), (2001, 2002)):
        assert math.dist(pos[ContactId(a)], pos[ContactId(b)]) <= reach
    assert math.dist(pos[ContactId(1000)], pos[ContactId(1001)]) > graph_layout.EDGE_LENGTH * 0.3



def test_gc_is_paused_only_while_a_computation_runs() -> None:
    import gc

    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():  # nested (the load and the connectors at once)
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), gc_paused():
        raise ValueError
    assert gc.isenabled()


