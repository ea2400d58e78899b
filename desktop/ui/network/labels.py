"""Where the names go in the network picture (issue 16): never on top of each other, never
over your circle, the people who matter most first.

Who is named, in order: you, the people on a highlighted path, the selected or focused
person (always named: when the spot under the circle is taken, above, beside, or a line
further away); then the best-connected (the "hubs", named at every zoom if there is
room); then anyone whose circle is big enough at this zoom, if there is room. A name that
does not fit is left out, so the crowded middle stays readable.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFontMetricsF

from desktop.services.types import ContactId
from desktop.ui.network.items import NodeItem, label_font

CELL = 120.0  # the grid the obstacles are sorted into, screen pixels
GAP = 2.0

Box = tuple[float, float, float, float]  # left, top, right, bottom, screen pixels


def label_height() -> float:
    return QFontMetricsF(label_font()).height()


def _cells(box: Box) -> list[tuple[int, int]]:
    return [(i, j) for i in range(int(box[0] // CELL), int(box[2] // CELL) + 1)
            for j in range(int(box[1] // CELL), int(box[3] // CELL) + 1)]


def _overlap(a: Box, b: Box) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


class _Grid:
    """Boxes sorted into CELL-sized squares, each with the id of whom it belongs to."""

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], list[tuple[Box, int]]] = {}

    def add(self, box: Box, owner: int) -> None:
        for key in _cells(box):
            self._cells.setdefault(key, []).append((box, owner))

    def hits(self, box: Box, owner: int) -> bool:
        """Whether *box* overlaps anyone else's box (stops at the first)."""
        left, top, right, bottom = box
        for key in _cells(box):
            for (l2, t2, r2, b2), who in self._cells.get(key, ()):
                if left < r2 and l2 < right and top < b2 and t2 < bottom and who != owner:
                    return True
        return False

    def overlap(self, box: Box, owner: int) -> float:
        """How much of *box* others' boxes cover (to choose the least bad spot)."""
        seen: set[tuple[Box, int]] = set()
        total = 0.0
        for key in _cells(box):
            for entry in self._cells.get(key, ()):
                if entry[1] != owner and entry not in seen:
                    seen.add(entry)
                    total += _overlap(box, entry[0])
        return total


def _spots(cx: float, cy: float, r: float, w: float, h: float, forced: bool) -> list[Box]:
    """Where a name may go, best first: under the circle, then (for a name that must
    show) above, right, left, then a line further down or up at a time."""
    below = (cx - w / 2, cy + r + GAP, cx + w / 2, cy + r + GAP + h)
    if not forced:
        return [below]
    above = (cx - w / 2, cy - r - GAP - h, cx + w / 2, cy - r - GAP)
    right = (cx + r + 4, cy - h / 2, cx + r + 4 + w, cy + h / 2)
    left = (cx - r - 4 - w, cy - h / 2, cx - r - 4, cy + h / 2)
    spots = [below, above, right, left]
    for step in range(1, 6):
        spots.append((below[0], below[1] + step * h, below[2], below[3] + step * h))
        spots.append((above[0], above[1] - step * h, above[2], above[3] - step * h))
    return spots


def place_labels(items: Iterable[NodeItem], scale: float, hubs: frozenset[ContactId],
                 height: float | None = None) -> list[NodeItem]:
    """Decide which names show at *scale* and where (``label_on``, ``label_at``); returns
    the items named."""
    height = label_height() if height is None else height
    everyone = []
    candidates = []
    for it in items:
        # Too small to be named or to be in a name's way, and nobody who must be named:
        # settled without asking Qt anything (most of 5,000 people at "fit", issue 18).
        if (it.radius * scale < 3 and not it.emphasis and not it.info.is_me
                and it.info.id not in hubs):
            it.label_on = False
            continue
        if not it.isVisible():
            it.label_on = False
            continue
        everyone.append(it)
        wanted = it.update_detail(scale, hub=it.info.id in hubs)
        if wanted and (it.opacity() >= 1.0 or it.emphasis or it.info.is_me):
            candidates.append(it)
        else:
            it.label_on = False
    candidates.sort(key=lambda it: (not it.info.is_me, not it.emphasis,
                                    it.info.id not in hubs, -it.info.degree, int(it.info.id)))
    circles = _Grid()
    yours = _Grid()  # your circle: no name ever covers it
    for it in everyone:
        pixels = it.radius * scale
        if pixels < 3 or (it.opacity() < 1.0 and not it.info.is_me):
            continue
        x, y = it.xy[0] * scale, it.xy[1] * scale
        box = (x - pixels, y - pixels, x + pixels, y + pixels)
        circles.add(box, int(it.info.id))
        if it.info.is_me:
            yours.add(box, int(it.info.id))
    names = _Grid()
    named: list[NodeItem] = []
    for it in candidates:
        forced = it.info.is_me or bool(it.emphasis)
        cx, cy, r = it.xy[0] * scale, it.xy[1] * scale, it.radius * scale
        width = it.label_width + 6
        owner = int(it.info.id)
        hub = it.info.id in hubs
        best: Box | None = None
        best_cost = float("inf")
        for spot in _spots(cx, cy, r, width, height, forced):
            # Hubs' names may cross other circles (they matter most), never a name.
            if not (names.hits(spot, owner) or yours.hits(spot, owner)
                    or (not hub and circles.hits(spot, owner))):
                best = spot
                break
            if forced:
                cost = (names.overlap(spot, owner) * 1000 + yours.overlap(spot, owner) * 100
                        + circles.overlap(spot, owner))
                if cost < best_cost:
                    best, best_cost = spot, cost
        if best is None:
            it.label_on = False
            continue
        it.label_on = True
        it.label_at = (best[0] + 3 - cx, best[1] - cy)
        names.add(best, owner)
        named.append(it)
    return named
