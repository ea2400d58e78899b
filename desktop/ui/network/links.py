"""The network picture's links (issues 5, 16): one ``LinkLayer`` item draws every link with
a few ``drawLines`` calls, by kind and closeness; once the view settles it draws them into
an image in short steps (``fill``), so a full frame copies the image instead."""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

if TYPE_CHECKING:
    import numpy as np

from desktop.ui.network.items import (
    ARROW_COLOUR,
    FAST_LINES,
    STEP_SECONDS,
    _interacting,
    _visible,
    canvas_colours,
)


class LinkLayer(QGraphicsItem):
    """Every link, drawn at once: the user's own ties (light), "knows" lines (darker when
    close), "introduced" lines with an arrowhead at the person introduced, dashed
    proposals. Links of hidden people are not drawn, links
    of dimmed (filtered out) people are faded.

    Private state: ``_ends`` holds each link's end points (``Ends``); ``_tiles``
    the links grouped per (kind, faded) and per square of the picture (by their middle),
    each square with the box around its lines, so a zoomed-in frame draws only the squares
    in view; rebuilt only when the hidden/dimmed sets change. Arrowheads are made per
    square on first need, and drawn only when zoomed in enough to see them (at "fit",
    thousands of them would be sub-pixel noise). Pens are cosmetic (one device pixel at
    every zoom), which Qt strokes far faster than scaled wide pens.

    ``_cache`` is the links of the whole viewport drawn into an image for one view
    transform (``_cache_key``), a few squares per event-loop turn (``fill``), and
    ``_cache_done`` whether it is finished: stroking 7,500 links takes 20-25 ms, a
    single paint the UI thread cannot spare (issue 16); the finished image is copied in
    about 1 ms. A paint at another transform (a pan, a render elsewhere) draws directly.
    """

    TILES = 8

    def __init__(self, ends: Ends, bounds: QRectF,
                 tiles: dict[tuple[str, bool], list[Tile]] | None = None) -> None:
        super().__init__()
        self._ends = ends
        self._hidden: set[int] = set()
        self._dimmed: set[int] = set()
        self._bounds = QRectF(bounds)
        self._rect = QRectF(bounds).adjusted(-4, -4, 4, 4)
        self.setZValue(0)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self._tiles: dict[tuple[str, bool], list[Tile]] = tiles or {}
        if tiles is None:
            self._rebuild()
        self._cache: QImage | None = None
        self._cache_key: tuple[object, ...] = ()
        self._cache_done = False
        # A new picture's first frames show the people alone: its links follow a few
        # turns later, all at once (drawn by ``fill``), not a sixth of them first.
        self.sketch = True

    def set_state(self, hidden: set[int], dimmed: set[int]) -> bool:
        """Which people's links are left out and which faded; whether that changed."""
        if hidden == self._hidden and dimmed == self._dimmed:
            return False
        self._hidden, self._dimmed = hidden, dimmed
        self._rebuild()
        self.drop_cache()
        self.update()
        return True

    def _rebuild(self) -> None:
        self._tiles = tile_links(self._ends, self._bounds, self._hidden, self._dimmed)

    def drop_cache(self) -> None:
        self._cache, self._cache_key, self._cache_done = None, (), False

    def boundingRect(self) -> QRectF:
        return self._rect

    def _strokes(self, visible: QRectF, lod: float, step: int = 1, arrows: bool = True
                 ) -> Iterator[tuple[QPen | None, Tile, int]]:
        """What to draw, in order: (pen, square, step) for lines, (None, square, alpha)
        for a square's arrowheads. Faded first, proposals under the links that happened
        (opaque pens: last wins)."""
        arrows = arrows and lod >= 0.45
        for (kind, faded), tiles in sorted(self._tiles.items(),
                                           key=lambda kv: (not kv[0][1], _LINK_ORDER[kv[0][0]])):
            pen = _link_pen(kind, faded)
            shown = [t for t in tiles if t.box.intersects(visible)]
            for tile in shown:
                yield pen, tile, step
            if arrows and kind == "introduced":
                for tile in shown:
                    yield None, tile, 40 if faded else 220

    def _draw(self, painter: QPainter, stroke: tuple[QPen | None, Tile, int]) -> None:
        pen, tile, n = stroke
        if pen is not None:
            painter.setPen(pen)
            painter.drawLines(tile.lines if n == 1 else tile.lines[::n])
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            colour = QColor(ARROW_COLOUR)
            colour.setAlpha(n)
            painter.setBrush(colour)
            painter.drawPath(tile.arrowheads(self._ends))

    def _key(self, transform: QTransform, width: int, height: int, ratio: float
             ) -> tuple[object, ...]:
        return (round(transform.m11(), 9), round(transform.m12(), 9),
                round(transform.m21(), 9), round(transform.m22(), 9),
                round(transform.dx(), 3), round(transform.dy(), 3), width, height, ratio,
                canvas_colours().background.name(), id(self._tiles))

    def fill(self, view: QGraphicsView) -> Iterator[bool]:
        """Draw the links the *view* shows now into the cache, yielding after each
        ``STEP_SECONDS`` of this thread's time; the view draws its lighter frames
        meanwhile and the full picture once this has ended."""
        viewport = view.viewport()
        ratio = viewport.devicePixelRatioF()
        width, height = viewport.width(), viewport.height()
        transform = view.viewportTransform()
        key = self._key(transform, width, height, ratio)
        if key == self._cache_key or width <= 0 or height <= 0:
            self.sketch = False
            return
        inverse, _ok = transform.inverted()
        visible = inverse.mapRect(QRectF(0, 0, width, height)).intersected(self._rect)
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(transform)
        image = QImage(round(width * ratio), round(height * ratio),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        self._cache, self._cache_key, self._cache_done = image, key, False
        hints = view.renderHints()
        strokes = self._strokes(visible, lod)
        clock = time.thread_time
        while True:
            deadline = clock() + STEP_SECONDS
            painter = QPainter(image)
            painter.setRenderHints(hints)
            painter.setWorldTransform(transform)
            finished = True
            for stroke in strokes:
                self._draw(painter, stroke)
                if clock() >= deadline:
                    finished = False
                    break
            painter.end()
            if finished:
                break
            yield True
            if self._cache is not image:  # dropped meanwhile (new links, hidden view)
                return
        self._cache_done = True
        self.sketch = False
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        transform = painter.worldTransform()
        device = painter.device()
        if self._cache_done and self._cache is not None and device is not None:
            key = self._key(transform, device.width(), device.height(),
                            device.devicePixelRatioF())
            if key == self._cache_key:
                painter.save()
                painter.resetTransform()
                painter.drawImage(QPointF(0, 0), self._cache)
                painter.restore()
                return
        if self.sketch:
            return
        lod = option.levelOfDetailFromTransform(transform)
        visible = _visible(painter, option, self._rect)
        fast = _interacting(widget)
        step = 1
        if fast:
            total = sum(len(t.lines) for tiles in self._tiles.values() for t in tiles
                        if t.box.intersects(visible))
            step = max(1, math.ceil(total / FAST_LINES))
        for stroke in self._strokes(visible, lod, step, arrows=not fast):
            self._draw(painter, stroke)


@dataclass(frozen=True)
class Ends:
    """Each link drawn, in order: its two people (``a``, ``b``: ids), the first one's
    centre (``x1``, ``y1``), the second one's (``x2``, ``y2``) and radius (``r``: where an
    arrowhead stops), and its ``kind``. Arrays, not a tuple per link: 15,000 tuples of
    eight were 4.3 MB held while the view was open at 5,000 people, and were taken apart
    into arrays again for every tiling (issue 18)."""

    a: np.ndarray  # int64
    b: np.ndarray  # int64
    x1: np.ndarray  # float64, as are the rest
    y1: np.ndarray
    x2: np.ndarray
    y2: np.ndarray
    r: np.ndarray
    kind: list[str]

    @property
    def count(self) -> int:
        return len(self.kind)

    @staticmethod
    def none() -> Ends:
        import numpy as np

        ids, points = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
        return Ends(ids, ids, points, points, points, points, points, [])


def tile_links(ends: Ends, bounds: QRectF, hidden: set[int], dimmed: set[int],
               with_arrows: bool = False) -> dict[tuple[str, bool], list[Tile]]:
    """The links grouped per (kind, faded) and per square of the picture (by their
    middle), the groups in the order of their first link, a group's links in order.
    Plain Python, numpy and Qt value types: it runs on the layout thread too. Worked out
    on arrays (a loop over 15,000 links and the boxes' min/max were most of the scene
    plan at 5,000 people, issue 18)."""
    import numpy as np

    if not ends.count:
        return {}
    tiles_per_side = LinkLayer.TILES
    first, second = ends.a, ends.b
    xa, ya, xb, yb = ends.x1, ends.y1, ends.x2, ends.y2
    codes: dict[str, int] = {}
    kinds = np.array([codes.setdefault(k, len(codes)) for k in ends.kind], dtype=np.int64)
    names = list(codes)

    def among(people: set[int]) -> np.ndarray:
        marked = np.fromiter(people, dtype=np.int64, count=len(people))
        return np.isin(first, marked) | np.isin(second, marked)

    shown = ~among(hidden) if hidden else np.ones(ends.count, dtype=bool)
    faded = among(dimmed) if dimmed else np.zeros(ends.count, dtype=bool)
    left, top = bounds.left(), bounds.top()
    width = max(bounds.width(), 1.0) / tiles_per_side
    height = max(bounds.height(), 1.0) / tiles_per_side
    last = tiles_per_side - 1
    # int() and astype both cut toward zero; then into the picture's squares.
    col = np.clip((((xa + xb) / 2 - left) / width).astype(np.int64), 0, last)
    row = np.clip((((ya + yb) / 2 - top) / height).astype(np.int64), 0, last)
    key = (kinds * 2 + faded) * (tiles_per_side * tiles_per_side) + row * tiles_per_side + col
    index = np.flatnonzero(shown)
    if not len(index):
        return {}
    key = key[index]
    order = np.argsort(key, kind="stable")
    index, key = index[order], key[order]
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    pad = 12.0  # the arrowheads
    low_x = np.minimum.reduceat(np.minimum(xa, xb)[index], starts).tolist()
    high_x = np.maximum.reduceat(np.maximum(xa, xb)[index], starts).tolist()
    low_y = np.minimum.reduceat(np.minimum(ya, yb)[index], starts).tolist()
    high_y = np.maximum.reduceat(np.maximum(ya, yb)[index], starts).tolist()
    bounds_at = np.r_[starts, len(index)].tolist()
    groups = key[starts]
    # Every line made in one pass, in the squares' order (a QLineF from four floats).
    lines = list(map(QLineF, xa[index].tolist(), ya[index].tolist(), xb[index].tolist(),
                     yb[index].tolist()))
    index_list = index.tolist()
    tiles: dict[tuple[str, bool], list[Tile]] = {}
    for g in np.argsort(index[starts], kind="stable").tolist():  # by their first link
        code = int(groups[g]) // (tiles_per_side * tiles_per_side)
        lo, hi = bounds_at[g], bounds_at[g + 1]
        box = QRectF(low_x[g] - pad, low_y[g] - pad, high_x[g] - low_x[g] + 2 * pad,
                     high_y[g] - low_y[g] + 2 * pad)
        tile = Tile(index_list[lo:hi], lines[lo:hi], box)
        if with_arrows and names[code // 2] == "introduced":
            tile.arrowheads(ends)
        tiles.setdefault((names[code // 2], bool(code % 2)), []).append(tile)
    return tiles


class Tile:
    """The links of one (kind, faded) group whose middle is in one square of the picture;
    ``box`` around their lines and arrowheads."""

    __slots__ = ("_arrows", "box", "indices", "lines")

    def __init__(self, indices: list[int], lines: list[QLineF], box: QRectF) -> None:
        self.indices = indices  # into the layer's ends
        self.lines = lines
        self.box = box
        self._arrows: QPainterPath | None = None

    def arrowheads(self, ends: Ends) -> QPainterPath:
        if self._arrows is None:
            path = QPainterPath()
            at = self.indices
            for x1, y1, x2, y2, radius in zip(ends.x1[at].tolist(), ends.y1[at].tolist(),
                                              ends.x2[at].tolist(), ends.y2[at].tolist(),
                                              ends.r[at].tolist(), strict=True):
                path.addPolygon(_arrowhead(x1, y1, x2, y2, radius))
            self._arrows = path
        return self._arrows


_LINK_PENS: dict[tuple[str, bool, str], QPen] = {}
_LINK_ORDER = {"you": 0, "proposed": 1, "introduced": 2, "knows": 3, "knows+": 4}


def _link_pen(kind: str, faded: bool) -> QPen:
    canvas = canvas_colours()
    key = (kind, faded, canvas.outline)
    pen = _LINK_PENS.get(key)
    if pen is None:
        # Opaque colours, the translucent ones blended over the background beforehand:
        # the raster engine fills opaque lines about three times faster.
        colour = _over_background(canvas.links.get(kind, canvas.links["knows"]),
                                  0.25 if faded else 1.0, canvas.background)
        pen = QPen(colour, 1.0)
        pen.setCosmetic(True)  # one device pixel at every zoom, the fast stroker
        if kind == "proposed":
            pen.setStyle(Qt.PenStyle.DashLine)
        _LINK_PENS[key] = pen
    return pen


def _over_background(colour: QColor, fade: float, back: QColor) -> QColor:
    alpha = colour.alphaF() * fade
    return QColor(*(round(b + (c - b) * alpha) for c, b in (
        (colour.red(), back.red()), (colour.green(), back.green()),
        (colour.blue(), back.blue()))))


def _arrowhead(x1: float, y1: float, x2: float, y2: float, radius: float) -> QPolygonF:
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    tx, ty = x2 - ux * (radius + 1), y2 - uy * (radius + 1)
    size = 7.0
    bx, by = tx - ux * size * 1.6, ty - uy * size * 1.6
    return QPolygonF([QPointF(tx, ty), QPointF(bx - uy * size * 0.6, by + ux * size * 0.6),
                      QPointF(bx + uy * size * 0.6, by - ux * size * 0.6)])


