"""Issue 18 (network view at 100,000 / 300,000 contacts: picture <= 1 s): the scene plan
groups the picture's links into squares on arrays. A quick bench against the plain loop
it replaced, measured in the same process (a ratio, never seconds), and a check that both
give the same squares, lines and boxes."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QLineF, QRectF

from desktop.ui.network.links import Ends, LinkLayer, Tile, tile_links
from tests.perf.ratios import best_cpu

pytestmark = pytest.mark.perf
KINDS = ("you", "knows", "knows+", "introduced", "proposed")
End = tuple[int, int, float, float, float, float, float, str]  # a, b, x1, y1, x2, y2, r_b, kind


def _arrays(ends: list[End]) -> Ends:
    import numpy as np

    a, b, x1, y1, x2, y2, r, kind = zip(*ends, strict=True)
    return Ends(np.array(a, dtype=np.int64), np.array(b, dtype=np.int64),
                *(np.array(v, dtype=np.float64) for v in (x1, y1, x2, y2, r)), list(kind))


def _ends(count: int, people: int = 5_000, seed: int = 18) -> tuple[list[End], QRectF]:
    """*count* links among *people* placed at random over a 3,000-unit square."""
    rnd = random.Random(seed)
    where = {p: (rnd.uniform(-1500, 1500), rnd.uniform(-1500, 1500)) for p in range(1, people)}
    ends: list[End] = []
    for _ in range(count):
        a, b = rnd.sample(range(1, people), 2)
        ends.append((a, b, *where[a], *where[b], rnd.uniform(8, 26), rnd.choice(KINDS)))
    return ends, QRectF(-1526, -1526, 3052, 3052)


def _plain(ends: list[End], bounds: QRectF, hidden: set[int], dimmed: set[int]
           ) -> dict[tuple[str, bool], list[Tile]]:
    """The grouping as a loop over the links, each square's box from its lines' ends."""
    side = LinkLayer.TILES
    cells: dict[tuple[str, bool, int], list[int]] = {}
    width = max(bounds.width(), 1.0) / side
    height = max(bounds.height(), 1.0) / side
    for index, (a, b, x1, y1, x2, y2, _r, kind) in enumerate(ends):
        if a in hidden or b in hidden:
            continue
        faded = a in dimmed or b in dimmed
        col = min(side - 1, max(0, int(((x1 + x2) / 2 - bounds.left()) / width)))
        row = min(side - 1, max(0, int(((y1 + y2) / 2 - bounds.top()) / height)))
        cells.setdefault((kind, faded, row * side + col), []).append(index)
    tiles: dict[tuple[str, bool], list[Tile]] = {}
    for (kind, faded, _cell), indices in cells.items():
        xs = [v for i in indices for v in (ends[i][2], ends[i][4])]
        ys = [v for i in indices for v in (ends[i][3], ends[i][5])]
        box = QRectF(min(xs) - 12, min(ys) - 12, max(xs) - min(xs) + 24,
                     max(ys) - min(ys) + 24)
        lines = [QLineF(ends[i][2], ends[i][3], ends[i][4], ends[i][5]) for i in indices]
        tiles.setdefault((kind, faded), []).append(Tile(indices, lines, box))
    return tiles


def _seen(tiles: dict[tuple[str, bool], list[Tile]]) -> object:
    return {key: [(t.indices, [line.toTuple() for line in t.lines], t.box.getRect())
                  for t in group] for key, group in tiles.items()}


def test_the_links_squares_are_the_plain_loops() -> None:
    ends, bounds = _ends(3_000)
    people = sorted({e[0] for e in ends})
    for hidden, dimmed in ((set(), set()), (set(people[:40]), set(people[40:400]))):
        assert _seen(tile_links(_arrays(ends), bounds, hidden, dimmed)) == \
            _seen(_plain(ends, bounds, hidden, dimmed))
    assert tile_links(Ends.none(), bounds, set(), set()) == {}


def test_the_links_squares_cost_less_than_the_plain_loop() -> None:
    """15,000 links (a 5,000-person picture): 0.37 x the loop's CPU time from the ends'
    arrays (0.6-0.65 x from a tuple per link; most of what is left is making the QLineF
    each line is drawn from)."""
    ends, bounds = _ends(15_000)
    arrays = _arrays(ends)
    ours, plain = best_cpu(lambda: tile_links(arrays, bounds, set(), set()),
                           lambda: _plain(ends, bounds, set(), set()))
    ratio = ours / plain
    print(f"squares on arrays / plain loop: {ratio:.2f} ({ours:.4f} / {plain:.4f})")
    assert ratio < 0.85, ratio


def _held(value: object) -> int:
    """Bytes *value* holds: arrays by their buffers, containers with what is in them."""
    import sys

    import numpy as np

    if isinstance(value, np.ndarray):
        return value.nbytes + sys.getsizeof(np.zeros(0))
    if isinstance(value, (list, tuple)):
        # The kinds' names are shared; so are the small numbers.
        return sys.getsizeof(value) + sum(
            _held(v) for v in value
            if not isinstance(v, str) and not (isinstance(v, int) and -5 <= v <= 256))
    if isinstance(value, Ends):
        return sum(_held(getattr(value, name)) for name in ("a", "b", "x1", "y1", "x2", "y2",
                                                            "r", "kind"))
    return sys.getsizeof(value)


def test_the_pictures_link_ends_are_held_in_little_memory() -> None:
    """The scene plan's ends are held as long as the view is open (the links' layer
    draws and tiles from them): 15,000 of them at 5,000 people were 4.3 MB as a tuple
    per link (issue 18); at most 100 bytes a link."""
    from desktop.services import network
    from desktop.services.types import ContactId
    from desktop.ui.network import loading

    ends, _bounds = _ends(3_000, people=1_000)
    people = sorted({e[0] for e in ends} | {e[1] for e in ends})
    nodes = tuple(network.GraphNode(ContactId(p), f"Person {p}", "Person", str(p), "acquainted",
                                    False, False, 3) for p in people)
    links = tuple(network.GraphLink(ContactId(a), ContactId(b), kind, 0.5)
                  for a, b, *_rest, kind in ends)
    where = {ContactId(p): (float(p % 40) * 30, float(p // 40) * 30) for p in people}
    plan = loading.plan(network.GraphData(nodes, links, None, len(nodes)), where)
    assert plan.ends.count == len(ends)
    assert _held(plan.ends) <= 100 * len(ends), _held(plan.ends) / len(ends)
