"""The introduction network view (issue 5): who introduced whom, the connectors, warm
paths and the introductions worth making.

The picture is a QGraphicsScene. Each person is a ``NodeItem`` (a C++-painted circle, so
a full repaint of 2,000 people makes no Python call per person); the initials or photo
and the name label are child items created only once the zoom makes them readable. The
links are one ``LinkLayer`` item that draws them all with a few ``drawLines`` calls.

The network is read and laid out off the UI thread (``Worker``); positions are kept in
the database, so reopening the view shows the same picture. Reads go through
``desktop.services.graph``; the one change made here (propose an introduction) goes
through ``Operations``. Names are data: labels are ``QGraphicsSimpleTextItem`` or plain
text labels, tooltips are escaped.
"""

from __future__ import annotations

import html
import math
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import (
    QEvent,
    QLineF,
    QObject,
    QPointF,
    QRectF,
    QStringListModel,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QShortcut,
    QShowEvent,
    QStaticText,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFrame,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyleOptionGraphicsItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import contacts, graph, overview, tags
from desktop.services.errors import ServiceError
from desktop.services.types import Changes, ContactId
from desktop.ui import style
from desktop.ui.avatar import initials, photo_pixmap
from desktop.ui.operations import Operations
from desktop.ui.workers import Worker

ME_COLOUR = "#4338ca"
PATH_COLOUR = "#f59e0b"
SELECTED_COLOUR = "#111827"
LINK_COLOUR = QColor(100, 116, 139, 70)
ARROW_COLOUR = QColor(100, 116, 139, 120)
PROPOSED_COLOUR = QColor(217, 119, 6, 150)
BACKGROUND = "#f8fafc"
DIM_OPACITY = 0.12
LABEL_MIN_PIXELS = 9.0  # a name shows once its circle is this many pixels across (radius)
FACE_MIN_PIXELS = 7.0
HUB_LABELS = 12  # the best-connected people are named at every zoom (if room)
OUTLINE_MIN_SCALE = 0.35  # circles get their white outline from this zoom on
BUILD_CHUNK = 400  # node items made per event-loop turn
FAST_LINES = 1500  # links drawn per frame at most while zooming
SETTLE_MS = 180  # the full picture this long after the last zoom step
STAGE_TITLES = {"connected": "Connected", "acquainted": "Acquainted",
                "relationship": "Relationship", "trusted": "Trusted"}


def node_radius(degree: int) -> float:
    return min(30.0, 9.0 + 3.2 * math.sqrt(degree))


def _escaped_tooltip(text: str) -> str:
    # A QGraphicsItem tooltip that looks like markup is rendered as rich text: escape it.
    return f"<p style='white-space:pre'>{html.escape(text)}</p>"


# --- scene items ---------------------------------------------------------------------------

_PENS: dict[tuple[str, float], QPen] = {}
_BRUSHES: dict[str, QBrush] = {}
_FONTS: dict[tuple[int, bool], QFont] = {}


def _pen(colour: str, width: float) -> QPen:
    """Shared pens and brushes: thousands of nodes need only a handful of them."""
    pen = _PENS.get((colour, width))
    if pen is None:
        pen = _PENS[(colour, width)] = QPen(QColor(colour), width)
    return pen


_NO_PEN = QPen(Qt.PenStyle.NoPen)


def _brush(colour: str) -> QBrush:
    brush = _BRUSHES.get(colour)
    if brush is None:
        brush = _BRUSHES[colour] = QBrush(QColor(colour))
    return brush


def _font(pixels: int, bold: bool) -> QFont:
    """*pixels* > 0: a pixel size (initials, in scene units); 0: the label font."""
    font = _FONTS.get((pixels, bold))
    if font is None:
        font = QFont()
        if pixels:
            font.setPixelSize(pixels)
        else:
            font.setPointSizeF(8.5)
        if bold:
            font.setWeight(QFont.Weight.DemiBold)
        _FONTS[(pixels, bold)] = font
    return font


@dataclass(frozen=True)
class _NodePlan:
    """What a node item needs, worked out off the UI thread (plain Python)."""

    info: graph.GraphNode
    x: float
    y: float
    radius: float
    colour: str
    tooltip: str
    initials: str

    @staticmethod
    def of(info: graph.GraphNode, x: float, y: float) -> _NodePlan:
        role = "You" if info.is_me else STAGE_TITLES.get(info.stage, info.stage)
        return _NodePlan(
            info, x, y, node_radius(info.degree),
            ME_COLOUR if info.is_me else style.STAGE_COLOURS.get(info.stage, "#64748b"),
            _escaped_tooltip(f"{info.name}\n{role} · knows {info.degree}"),
            initials(info.name, info.given_name, info.family_name))


class NodeItem(QGraphicsEllipseItem):
    """One person: a circle painted by Qt's C++ (no Python call per node and frame).

    ``info`` is what the service said about them; ``label`` is their name as a
    ``QStaticText`` (plain text, created on first need); ``label_on`` says whether the
    label is placed at the current zoom (the panel decides, so that labels never overlap);
    the initials or photo and the label are painted by the one ``DetailLayer``.
    """

    def __init__(self, info: graph.GraphNode, x: float, y: float,
                 plan: _NodePlan | None = None, outlined: bool = True) -> None:
        plan = plan or _NodePlan.of(info, x, y)
        self.radius = r = plan.radius
        super().__init__(-r, -r, 2 * r, 2 * r)
        self.info = info
        self.xy = (x, y)  # the position as plain floats (cheaper than pos() in loops)
        self.setPos(x, y)
        self.setBrush(_brush(plan.colour))
        self.outlined = outlined
        self.setPen(_pen("white", 1.5) if outlined else _NO_PEN)
        self.setZValue(2 + min(r, 30) / 100)
        self.setToolTip(plan.tooltip)
        self.initials = plan.initials
        self.photo: QPixmap | None = None
        self.photo_tried = False
        self.label: QStaticText | None = None
        self.label_width = 0.0
        self.label_on = False
        self.emphasis = ""  # "", "selected", "path"

    def set_emphasis(self, emphasis: str) -> None:
        self.emphasis = emphasis
        if emphasis == "selected":
            self.setPen(_pen(SELECTED_COLOUR, 3.0))
        elif emphasis == "path":
            self.setPen(_pen(PATH_COLOUR, 4.0))
        else:
            self.setPen(_pen("white", 1.5) if self.outlined else _NO_PEN)

    def set_outlined(self, outlined: bool) -> None:
        """The white outline separates touching circles when zoomed in; zoomed out it is
        sub-pixel and only costs paint time."""
        self.outlined = outlined
        if not self.emphasis:
            self.setPen(_pen("white", 1.5) if outlined else _NO_PEN)

    def wants_label(self, scale: float) -> bool:
        return (self.radius * scale >= LABEL_MIN_PIXELS or bool(self.emphasis)
                or self.info.is_me)

    def update_detail(self, scale: float, hub: bool = False) -> bool:
        """Make the name label when it is readable at *scale* (or the person stands out:
        a *hub*, you, selected, on a path); returns whether it is wanted. Names are data:
        QStaticText in plain-text format."""
        want = hub or self.wants_label(scale)
        if want and self.label is None:
            label = QStaticText(self.info.name)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
            self.label = label
            self.label_width = QFontMetricsF(_font(0, True)).horizontalAdvance(self.info.name)
        self.label_on = want
        return want

    def photo_pixmap(self, pixels: float) -> QPixmap | None:
        """The photo, read once, at about *pixels* across (None: initials instead)."""
        if not self.photo_tried:
            self.photo_tried = True
            found = contacts.get_photo(self.info.id)
            size = max(16, min(180, round(pixels)))
            self.photo = photo_pixmap(found[0], size) if found else None
        return self.photo


def _interacting(widget: QWidget | None) -> bool:
    """Whether the view painting (*widget* is its viewport) is in the middle of a zoom."""
    view = widget.parentWidget() if widget is not None else None
    return bool(getattr(view, "interacting", False))


def _visible(painter: QPainter, option: QStyleOptionGraphicsItem, whole: QRectF) -> QRectF:
    """The part of the item to paint: the exposed area, within what the painter's device
    shows (``QGraphicsView.render`` exposes whole items)."""
    exposed = option.exposedRect if not option.exposedRect.isEmpty() else whole
    device = painter.device()
    if device is None:
        return exposed
    inverse, ok = painter.worldTransform().inverted()
    if not ok:
        return exposed
    return exposed.intersected(inverse.mapRect(QRectF(0, 0, device.width(), device.height())))


class DetailLayer(QGraphicsItem):
    """The initials (or photos) inside the circles and the name labels, for the people in
    the exposed area only, in one Python call per frame (thousands of child items cost
    seconds to create and a Python call each per paint). Never hit by the mouse (empty
    shape): clicks go to the circles underneath.

    Private state: ``_items`` the nodes in order, ``_xs``/``_ys``/``_rs`` their centres
    and radii as arrays, for the exposed-area query.
    """

    def __init__(self, items: list[NodeItem], bounds: QRectF) -> None:
        super().__init__()
        import numpy as np

        self._items = items
        self._xs = np.array([it.xy[0] for it in items], dtype=np.float64)
        self._ys = np.array([it.xy[1] for it in items], dtype=np.float64)
        self._rs = np.array([it.radius for it in items], dtype=np.float64)
        self._rect = QRectF(bounds).adjusted(-2000, -2000, 2000, 2000)
        self.setZValue(5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        return QPainterPath()

    def _in(self, rect: QRectF, margin: float) -> list[NodeItem]:
        import numpy as np

        mask = ((self._xs + self._rs >= rect.left() - margin)
                & (self._xs - self._rs <= rect.right() + margin)
                & (self._ys + self._rs >= rect.top() - margin)
                & (self._ys - self._rs <= rect.bottom() + margin))
        items = self._items
        return [items[i] for i in np.flatnonzero(mask).tolist()]

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        exposed = _visible(painter, option, self._rect)
        faces = lod * 30.0 >= FACE_MIN_PIXELS
        fast = _interacting(widget)
        labelled = [it for it in self._items if it.label_on] if not faces else []
        if faces:
            # Zoomed in: few people are in view, look them up by position.
            near = self._in(exposed, 160.0 / max(lod, 1e-3))
            labelled = [it for it in near if it.label_on]
            if not fast:
                self._paint_faces(painter, lod, [it for it in near if it.isVisible()
                                                 and it.opacity() >= 1.0
                                                 and it.radius * lod >= FACE_MIN_PIXELS])
        if labelled:
            self._paint_labels(painter, labelled)

    def _paint_faces(self, painter: QPainter, lod: float, items: list[NodeItem]) -> None:
        """Each person in view again, circle then initials or photo, smallest first (the
        circles' own stacking order), so a face is never drawn over a bigger neighbour."""
        items.sort(key=lambda it: it.zValue())
        white = QColor("white")
        for it in items:
            r = it.radius
            x, y = it.xy
            rect = QRectF(x - r, y - r, 2 * r, 2 * r)
            painter.setPen(it.pen())
            painter.setBrush(it.brush())
            painter.drawEllipse(rect)
            if it.info.has_photo and lod * r >= 14:
                photo = it.photo_pixmap(2 * r * min(lod, 3.0))
                if photo is not None:
                    painter.drawPixmap(rect, photo, QRectF(photo.rect()))
                    continue
            if it.initials:
                painter.setPen(white)
                painter.setFont(_font(max(4, round(r * 0.72)), True))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, it.initials)  # no markup

    def _paint_labels(self, painter: QPainter, items: list[NodeItem]) -> None:
        """Names at a constant size on screen, under their circle, on a light backing."""
        transform = painter.worldTransform()
        painter.save()
        painter.resetTransform()
        backing = QColor(248, 250, 252, 215)
        text_colour = QColor("#1f2937")
        for bold in (False, True):
            painter.setFont(_font(0, bold))
            height = painter.fontMetrics().height()
            for it in items:
                if it.label is None or (bool(it.emphasis) or it.info.is_me) != bold:
                    continue
                if not it.isVisible():
                    continue
                anchor = transform.map(QPointF(it.xy[0], it.xy[1] + it.radius))
                left = anchor.x() - it.label_width / 2
                top = anchor.y() + 2
                painter.setOpacity(1.0 if it.opacity() >= 1.0 else 0.35)
                painter.fillRect(QRectF(left - 3, top, it.label_width + 6, height), backing)
                painter.setPen(text_colour)
                painter.drawStaticText(QPointF(left, top), it.label)
        painter.restore()


class LinkLayer(QGraphicsItem):
    """Every link, drawn at once: "knows" lines, "introduced" lines with an arrowhead at
    the person introduced, dashed proposals. Links of hidden people are not drawn, links
    of dimmed (filtered out) people are faded.

    Private state: ``_ends`` holds each link's end points as plain floats; ``_tiles``
    the links grouped per (kind, faded) and per square of the picture (by their middle),
    each square with the box around its lines, so a zoomed-in frame draws only the squares
    in view; rebuilt only when the hidden/dimmed sets change. Arrowheads are made per
    square on first need, and drawn only when zoomed in enough to see them (at "fit",
    thousands of them would be sub-pixel noise). Pens are cosmetic (one device pixel at
    every zoom), which Qt strokes far faster than scaled wide pens.
    """

    TILES = 8

    def __init__(self, ends: list[_End], bounds: QRectF,
                 tiles: dict[tuple[str, bool], list[_Tile]] | None = None) -> None:
        super().__init__()
        self._ends = ends
        self._hidden: set[int] = set()
        self._dimmed: set[int] = set()
        self._bounds = QRectF(bounds)
        self._rect = QRectF(bounds).adjusted(-4, -4, 4, 4)
        self.setZValue(0)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self._tiles: dict[tuple[str, bool], list[_Tile]] = tiles or {}
        if tiles is None:
            self._rebuild()

    def set_state(self, hidden: set[int], dimmed: set[int]) -> None:
        if hidden == self._hidden and dimmed == self._dimmed:
            return
        self._hidden, self._dimmed = hidden, dimmed
        self._rebuild()
        self.update()

    def _rebuild(self) -> None:
        self._tiles = _tile_links(self._ends, self._bounds, self._hidden, self._dimmed)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        visible = _visible(painter, option, self._rect)
        fast = _interacting(widget)
        arrows = lod >= 0.45 and not fast
        step = 1
        if fast:
            total = sum(len(t.lines) for tiles in self._tiles.values() for t in tiles
                        if t.box.intersects(visible))
            step = max(1, math.ceil(total / FAST_LINES))
        # Faded first, proposals under the links that happened (opaque pens: last wins).
        for (kind, faded), tiles in sorted(self._tiles.items(),
                                           key=lambda kv: (not kv[0][1], _LINK_ORDER[kv[0][0]])):
            pen = _link_pen(kind, faded)
            painter.setPen(pen)
            shown = [t for t in tiles if t.box.intersects(visible)]
            for tile in shown:
                painter.drawLines(tile.lines if step == 1 else tile.lines[::step])
            if arrows and kind == "introduced":
                painter.setPen(Qt.PenStyle.NoPen)
                colour = QColor(ARROW_COLOUR)
                colour.setAlpha(40 if faded else 220)
                painter.setBrush(colour)
                for tile in shown:
                    painter.drawPath(tile.arrowheads(self._ends))


_End = tuple[int, int, float, float, float, float, float, str]  # a, b, x1, y1, x2, y2, r_b, kind


def _tile_links(ends: list[_End], bounds: QRectF, hidden: set[int], dimmed: set[int],
                with_arrows: bool = False) -> dict[tuple[str, bool], list[_Tile]]:
    """The links grouped per (kind, faded) and per square of the picture (by their
    middle). Plain Python and Qt value types: it runs on the layout thread too."""
    tiles_per_side = LinkLayer.TILES
    cells: dict[tuple[str, bool, int], list[int]] = {}
    left, top = bounds.left(), bounds.top()
    width = max(bounds.width(), 1.0) / tiles_per_side
    height = max(bounds.height(), 1.0) / tiles_per_side
    last = tiles_per_side - 1
    for index, (a, b, x1, y1, x2, y2, _r, kind) in enumerate(ends):
        if hidden and (a in hidden or b in hidden):
            continue
        faded = bool(dimmed) and (a in dimmed or b in dimmed)
        col = min(last, max(0, int(((x1 + x2) / 2 - left) / width)))
        row = min(last, max(0, int(((y1 + y2) / 2 - top) / height)))
        cells.setdefault((kind, faded, row * tiles_per_side + col), []).append(index)
    tiles: dict[tuple[str, bool], list[_Tile]] = {}
    for (kind, faded, _cell), indices in cells.items():
        tile = _Tile(ends, indices)
        if with_arrows and kind == "introduced":
            tile.arrowheads(ends)
        tiles.setdefault((kind, faded), []).append(tile)
    return tiles


class _Tile:
    """The links of one (kind, faded) group whose middle is in one square of the picture."""

    __slots__ = ("_arrows", "box", "indices", "lines")

    def __init__(self, ends: list[_End], indices: list[int]) -> None:
        self.indices = indices
        self.lines = [QLineF(ends[i][2], ends[i][3], ends[i][4], ends[i][5]) for i in indices]
        xs = [v for i in indices for v in (ends[i][2], ends[i][4])]
        ys = [v for i in indices for v in (ends[i][3], ends[i][5])]
        pad = 12.0  # the arrowheads
        self.box = QRectF(min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad,
                          max(ys) - min(ys) + 2 * pad)
        self._arrows: QPainterPath | None = None

    def arrowheads(self, ends: list[_End]) -> QPainterPath:
        if self._arrows is None:
            path = QPainterPath()
            for i in self.indices:
                _a, _b, x1, y1, x2, y2, radius, _kind = ends[i]
                path.addPolygon(_arrowhead(x1, y1, x2, y2, radius))
            self._arrows = path
        return self._arrows


_LINK_PENS: dict[tuple[str, bool], QPen] = {}
_LINK_ORDER = {"proposed": 0, "introduced": 1, "knows": 2}


def _link_pen(kind: str, faded: bool) -> QPen:
    pen = _LINK_PENS.get((kind, faded))
    if pen is None:
        # Opaque colours, the translucent ones blended over the background beforehand:
        # the raster engine fills opaque lines about three times faster.
        colour = _over_background(PROPOSED_COLOUR if kind == "proposed"
                                  else ARROW_COLOUR if kind == "introduced" else LINK_COLOUR,
                                  0.25 if faded else 1.0)
        pen = QPen(colour, 1.0)
        pen.setCosmetic(True)  # one device pixel at every zoom, the fast stroker
        if kind == "proposed":
            pen.setStyle(Qt.PenStyle.DashLine)
        _LINK_PENS[(kind, faded)] = pen
    return pen


def _over_background(colour: QColor, fade: float) -> QColor:
    alpha = colour.alphaF() * fade
    back = QColor(BACKGROUND)
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


# --- the view ------------------------------------------------------------------------------


class GraphView(QGraphicsView):
    """Pan by dragging, zoom with the wheel (around the pointer), click and double-click
    people. Emits ids, never items."""

    node_clicked = Signal(object)  # ContactId
    node_double_clicked = Signal(object)
    zoomed = Signal(float)  # the new scale

    MIN_SCALE = 0.02
    MAX_SCALE = 6.0

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("GraphView")
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(QColor(BACKGROUND))
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        # While the wheel turns, frames are drawn lighter (fewer links, no arrowheads or
        # initials); the full picture follows once the zoom settles.
        self.interacting = False
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)

    @Slot()
    def _settled(self) -> None:
        self.interacting = False
        self.viewport().update()

    def scale_factor(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        current = self.scale_factor()
        target = min(self.MAX_SCALE, max(self.MIN_SCALE, current * factor))
        if abs(target - current) < 1e-9:
            return
        self.interacting = True
        self._settle.start()
        self.scale(target / current, target / current)
        self.zoomed.emit(target)

    def fit(self, rect: QRectF) -> None:
        if rect.isEmpty():
            rect = rect.adjusted(-60, -60, 60, 60)
        margin = max(rect.width(), rect.height()) * 0.04 + 30
        self.fitInView(rect.adjusted(-margin, -margin, margin, margin),
                       Qt.AspectRatioMode.KeepAspectRatio)
        if self.scale_factor() > 1.6:  # a handful of people: do not blow them up
            self.setTransform(QTransform.fromScale(1.6, 1.6))
            self.centerOn(rect.center())
        self.zoomed.emit(self.scale_factor())

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.18 ** steps)
        event.accept()

    def _node_at(self, event: QMouseEvent) -> NodeItem | None:
        item = self.itemAt(event.position().toPoint())
        while item is not None and not isinstance(item, NodeItem):
            item = item.parentItem()
        return item

    def mousePressEvent(self, event: QMouseEvent) -> None:
        node = self._node_at(event)
        if node is not None and event.button() == Qt.MouseButton.LeftButton:
            self.node_clicked.emit(node.info.id)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        node = self._node_at(event)
        if node is not None:
            self.node_double_clicked.emit(node.info.id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)


# Jobs still running, kept alive until they end: a panel closed meanwhile must not take
# its job's signals with it (Qt would then report "Signal source has been deleted").
_JOBS: list[tuple[Worker, threading.Event]] = []


def _job(fn: Callable[[Callable[[int, int], bool]], object],
         cancel_exceptions: tuple[type[BaseException], ...] = ()) -> Worker:
    """A worker that closes its thread's database connection and stays referenced here
    until it has ended."""
    _JOBS[:] = [job for job in _JOBS if not job[1].is_set()]
    done = threading.Event()

    def finish() -> None:
        try:
            overview.release_thread_connection()
        finally:
            done.set()

    worker = Worker(fn, cancel_exceptions=cancel_exceptions, cleanup=finish)
    _JOBS.append((worker, done))
    return worker


# --- the panel -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Loaded:
    network: graph.Network
    data: graph.GraphData
    positions: dict[ContactId, tuple[float, float]]
    plan: _ScenePlan


@dataclass(frozen=True)
class _ScenePlan:
    """The scene worked out on the layout thread, so the UI thread only creates items."""

    nodes: list[_NodePlan]
    ends: list[_End]
    bounds: QRectF
    tiles: dict[tuple[str, bool], list[_Tile]]


def _plan(data: graph.GraphData, positions: dict[ContactId, tuple[float, float]]
          ) -> _ScenePlan:
    nodes = [_NodePlan.of(n, *positions.get(n.id, (0.0, 0.0))) for n in data.nodes]
    by_id = {p.info.id: p for p in nodes}
    ends: list[_End] = []
    for lk in data.links:
        a, b = by_id.get(lk.source), by_id.get(lk.target)
        if a is not None and b is not None:
            ends.append((int(a.info.id), int(b.info.id), a.x, a.y, b.x, b.y, b.radius, lk.kind))
    if nodes:
        left = min(p.x - p.radius for p in nodes)
        top = min(p.y - p.radius for p in nodes)
        bounds = QRectF(left, top, max(p.x + p.radius for p in nodes) - left,
                        max(p.y + p.radius for p in nodes) - top)
    else:
        bounds = QRectF()
    return _ScenePlan(nodes, ends, bounds, _tile_links(ends, bounds, set(), set(),
                                                       with_arrows=False))


@dataclass(frozen=True)
class _Insights:
    connectors: tuple[graph.Connector, ...]
    suggestions: tuple[graph.Suggestion, ...]


def _load(center: ContactId | None, hops: int, progress: Callable[[int, int], bool]
          ) -> _Loaded:
    with graph.gc_paused():
        return _load_unpaused(center, hops, progress)


def _load_unpaused(center: ContactId | None, hops: int, progress: Callable[[int, int], bool]
                   ) -> _Loaded:
    network = graph.load_network()
    data = graph.graph_data(network, center=center, hops=hops)
    saved = graph.load_positions([n.id for n in data.nodes])
    positions = graph.compute_layout(data, saved, progress=progress)
    new = {c: p for c, p in positions.items() if c not in saved}
    if new:
        graph.save_positions(new)
    return _Loaded(network, data, positions, _plan(data, positions))


def _insights(network: graph.Network, among: list[ContactId]) -> _Insights:
    with graph.gc_paused():
        return _Insights(graph.connectors(network, among, limit=8),
                         graph.suggestions(network, limit=15))


_PANEL_STYLE = f"""
#GraphSide {{ background: palette(base); }}
#GraphSide QLabel#sideTitle {{ color: {style.DEFAULT_TAG_COLOUR}; font-size: 11px;
    font-weight: 600; }}
#GraphSide QLabel#muted {{ color: #6b7280; }}
#GraphSide QLabel#step {{ padding: 2px 0; }}
#GraphSide QTreeWidget {{ border: none; background: transparent; }}
#GraphSide QTreeWidget::item {{ padding: 3px 0; }}
#GraphSide QHeaderView {{ background: transparent; }}
#GraphSide QHeaderView::section {{ background: transparent; border: none;
    border-bottom: 1px solid palette(midlight); color: #6b7280; font-size: 11px;
    padding: 0 4px 3px 4px; }}
QFrame#suggestion {{ border: 1px solid palette(midlight); border-radius: 8px;
    background: palette(base); }}
QLabel#suggestionNames {{ font-weight: 600; }}
QLabel#banner {{ background: #eef2ff; color: #3730a3; padding: 6px 10px; }}
QFrame#overlay {{ background: rgba(255,255,255,230); border: 1px solid #e2e8f0;
    border-radius: 8px; }}
QLabel#legend {{ color: #475569; font-size: 11px; background: rgba(248,250,252,225);
    border-radius: 6px; padding: 3px 8px; }}
"""


class GraphPanel(QWidget):
    """The network view of the main window's middle column.

    Private state: ``_loaded`` is the last network read (None until the first layout);
    ``_nodes`` maps a contact id to its item; ``_worker``/``_insights_worker`` are the
    running jobs (a newer request supersedes an older one via ``_generation``);
    ``_stale`` says a change arrived while hidden; ``_selected`` is the contact shown in
    the detail pane; ``_path`` the highlighted warm path; ``_focus`` the person whose
    neighbourhood is shown alone (None: everyone shown); ``_center`` the centre asked of
    the service (a neighbourhood load on big networks).
    """

    contact_selected = Signal(object)  # ContactId
    layout_finished = Signal()  # the picture is on screen (tests, the bench)
    insights_finished = Signal()

    CONNECTOR_RANK, CONNECTOR_NAME, CONNECTOR_LINKS = range(3)  # the connectors' columns

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._loaded: _Loaded | None = None
        self._nodes: dict[ContactId, NodeItem] = {}
        self._links: LinkLayer | None = None
        self._detail: DetailLayer | None = None
        self._hubs: frozenset[ContactId] = frozenset()  # labelled at every zoom
        self._placing_labels = True  # False while the scene is being built
        self._outlined = True  # circles have their white outline (not when zoomed out)
        self._build: Iterator[bool] | None = None  # the scene being built, chunk by chunk
        self._build_timer = QTimer(self)
        self._build_timer.setSingleShot(True)
        self._build_timer.setInterval(0)
        self._build_timer.timeout.connect(self._continue_build)
        self._path_item: QGraphicsPathItem | None = None
        self._worker: Worker | None = None
        self._insights_worker: Worker | None = None
        self._generation = 0
        self._stale = False
        self._selected: ContactId | None = None
        self._path: tuple[ContactId, ...] = ()
        self._focus: ContactId | None = None
        self._center: ContactId | None = None
        self._tag_members: set[ContactId] | None = None
        self._names: dict[str, ContactId] = {}
        self.setStyleSheet(_PANEL_STYLE)

        self.scene = self._new_scene()
        self.view = GraphView(self.scene, self)
        self.view.node_clicked.connect(self._on_node_clicked)
        self.view.node_double_clicked.connect(self._on_node_double_clicked)
        self.view.zoomed.connect(self._update_detail)

        # Toolbar: find, filters, zoom.
        self.find_field = QLineEdit(self)
        self.find_field.setPlaceholderText("Find a person in the network…")
        self.find_field.setClearButtonEnabled(True)
        # Never narrower than its placeholder (QA: "Fi…" in a 1280-pixel window).
        self.find_field.setMinimumWidth(
            self.find_field.fontMetrics().horizontalAdvance(
                self.find_field.placeholderText()) + 40)
        self.find_field.returnPressed.connect(self._find)
        self.find_field.setAccessibleName("Find a person in the network")
        self.tag_filter = QComboBox(self)
        self.tag_filter.setToolTip("Show only people with this tag")
        # A long tag name is elided in the box (the list shows it whole), so the toolbar
        # does not grow with the longest tag.
        self.tag_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.tag_filter.setMinimumContentsLength(10)
        self.tag_filter.currentIndexChanged.connect(self._apply_filters)
        self.stage_filter = QComboBox(self)
        self.stage_filter.addItem("All stages", "")
        for key, title in STAGE_TITLES.items():
            self.stage_filter.addItem(title, key)
        self.stage_filter.setToolTip("Show only people at this stage")
        self.stage_filter.currentIndexChanged.connect(self._apply_filters)
        self.hops = QComboBox(self)
        self.hops.addItem("1 hop", 1)
        self.hops.addItem("2 hops", 2)
        self.hops.setToolTip("How far a double-click on a person reaches")
        self.hops.currentIndexChanged.connect(self._hops_changed)
        zoom_out = self._tool("\u2212", "Zoom out (Ctrl+-)", lambda: self.view.zoom_by(1 / 1.25))
        zoom_in = self._tool("+", "Zoom in (Ctrl++)", lambda: self.view.zoom_by(1.25))
        fit = self._tool("Fit", "Zoom to fit (Ctrl+0)", self.zoom_to_fit)
        self.everyone_button = QPushButton("Show everyone", self)
        self.everyone_button.setToolTip("Leave the neighbourhood view (Esc)")
        self.everyone_button.clicked.connect(self.show_everyone)
        self.everyone_button.hide()
        rearrange = self._tool("Re-arrange", "Lay the network out afresh", self.rearrange)

        # The toolbar: find, the filters, zoom. Where the graph column is too narrow for
        # one row (the default 1280-pixel window), the filters wrap onto a second row
        # (see _arrange_toolbar) rather than squeezing the find field to "Fi…".
        self.filters = QWidget(self)
        filters = QHBoxLayout(self.filters)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setSpacing(6)
        filters.addWidget(self.tag_filter, 1)
        filters.addWidget(self.stage_filter, 1)
        filters.addWidget(self.hops)
        filters.addWidget(self.everyone_button)
        self._first_row = QHBoxLayout()
        self._first_row.setSpacing(6)
        self._first_row.addWidget(self.find_field, 1)
        self._first_row.addWidget(self.filters)
        self._first_row.addSpacing(6)
        for button in (zoom_out, zoom_in, fit, rearrange):
            self._first_row.addWidget(button)
        self._second_row = QHBoxLayout()
        self._tool_buttons = (zoom_out, zoom_in, fit, rearrange)
        bar = QVBoxLayout()
        bar.setContentsMargins(12, 10, 12, 8)
        bar.setSpacing(6)
        bar.addLayout(self._first_row)
        bar.addLayout(self._second_row)

        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.hide()

        # Progress and empty-state overlays on the view.
        self.overlay = QFrame(self.view)
        self.overlay.setObjectName("overlay")
        overlay_layout = QVBoxLayout(self.overlay)
        overlay_layout.setContentsMargins(14, 10, 14, 10)
        self.overlay_text = QLabel("Arranging the network…")
        self.overlay_text.setTextFormat(Qt.TextFormat.PlainText)
        self.overlay_text.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.cancel_layout)
        overlay_layout.addWidget(self.overlay_text)
        overlay_layout.addWidget(self.progress)
        overlay_layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        self.overlay.hide()

        self.legend = QLabel(self.view)
        self.legend.setObjectName("legend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)  # fixed text, no contact data
        dots = "".join(
            f"<span style='color:{colour}'>●</span>&nbsp;{title}&nbsp;&nbsp; "
            for colour, title in [(ME_COLOUR, "You")]
            + [(style.STAGE_COLOURS[k], t) for k, t in STAGE_TITLES.items()])
        links = "<span style='color:#d97706'>- - </span>&nbsp;proposed&nbsp;&nbsp; → introduced"
        # One line, or the links on a line of their own where one line does not fit.
        self._legend_texts = (dots + links, dots.rstrip() + "<br>" + links)
        self.legend.setText(self._legend_texts[0])
        self.legend.adjustSize()

        graph_column = QWidget(self)
        graph_column.installEventFilter(self)  # its width decides the toolbar's rows
        self.view.viewport().installEventFilter(self)
        self.graph_column = graph_column
        column = QVBoxLayout(graph_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(bar)
        column.addWidget(self.banner)
        column.addWidget(self.view, 1)

        self.side = self._build_side()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.setHandleWidth(1)
        splitter.addWidget(graph_column)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([700, 300])
        self.splitter = splitter
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

        for keys, slot in (("Ctrl+=", lambda: self.view.zoom_by(1.25)),
                           ("Ctrl++", lambda: self.view.zoom_by(1.25)),
                           ("Ctrl+-", lambda: self.view.zoom_by(1 / 1.25)),
                           ("Ctrl+0", self.zoom_to_fit),
                           ("Esc", self.show_everyone),
                           ("Ctrl+F", self._focus_find)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(120)
        self._reload_timer.timeout.connect(self.reload)
        self._insights_timer = QTimer(self)
        self._insights_timer.setSingleShot(True)
        self._insights_timer.setInterval(250)
        self._insights_timer.timeout.connect(self._start_insights)
        ops.changes_applied.connect(self._on_changes)
        self._fill_tag_filter()
        self.reload()

    def _new_scene(self) -> QGraphicsScene:
        scene = QGraphicsScene(self)
        # No BSP index: Qt builds it in one go after the items are added (a quarter of a
        # second for 2,000 people, on the UI thread); a linear walk over the items per
        # paint or click costs far less, and the layers do their own culling.
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        return scene

    # --- building -------------------------------------------------------------------------

    def _tool(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(False)
        button.clicked.connect(slot)
        return button

    def _title(self, text: str) -> QLabel:
        label = QLabel(text.upper())
        label.setObjectName("sideTitle")
        return label

    def _build_side(self) -> QWidget:
        side = QWidget(self)
        side.setObjectName("GraphSide")
        side.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        side.setMinimumWidth(280)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)

        layout.addWidget(self._title("How do I reach…?"))
        self.reach_field = QLineEdit(side)
        self.reach_field.setPlaceholderText("Someone's name")
        self.reach_field.setClearButtonEnabled(True)
        self.reach_field.setAccessibleName("How do I reach")
        self.reach_field.returnPressed.connect(self._reach)
        self.name_model = QStringListModel(self)
        for field in (self.reach_field, self.find_field):
            completer = QCompleter(self.name_model, field)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setMaxVisibleItems(12)
            field.setCompleter(completer)
        self.reach_field.completer().activated.connect(lambda _text: self._reach())
        self.find_field.completer().activated.connect(lambda _text: self._find())
        layout.addWidget(self.reach_field)
        self.steps_box = QVBoxLayout()
        self.steps_box.setSpacing(2)
        layout.addLayout(self.steps_box)
        layout.addSpacing(10)

        layout.addWidget(self._title("Top connectors"))
        hint = QLabel("People most of your network's shortest paths run through.")
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        # Three aligned columns: rank, name, and (right-aligned) how many links they have.
        # The ranking is by betweenness, not by links: the header's tooltips say so.
        self.connector_list = QTreeWidget(side)
        self.connector_list.setColumnCount(3)
        self.connector_list.setHeaderLabels(["", "Person", "Links"])
        header_item = self.connector_list.headerItem()
        ranking = ("Ranked by how many of the shortest paths between people in your "
                   "network run through them, not by how many people they know")
        header_item.setToolTip(0, ranking)
        header_item.setToolTip(1, ranking)
        header_item.setToolTip(2, "How many people they are linked to directly "
                                  "(knows or introduced)")
        for column in (self.CONNECTOR_RANK, self.CONNECTOR_LINKS):
            header_item.setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = self.connector_list.header()
        header.setStretchLastSection(False)
        header.setSectionsClickable(False)
        header.setSectionResizeMode(self.CONNECTOR_RANK, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(self.CONNECTOR_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.CONNECTOR_LINKS, QHeaderView.ResizeMode.Fixed)
        digits = self.connector_list.fontMetrics().horizontalAdvance("0000")
        header.resizeSection(self.CONNECTOR_RANK, self.connector_list.fontMetrics()
                             .horizontalAdvance("10.") + 6)
        header.resizeSection(self.CONNECTOR_LINKS, max(digits, self.connector_list
                             .fontMetrics().horizontalAdvance("Links")) + 8)
        self.connector_list.setRootIsDecorated(False)
        self.connector_list.setIndentation(0)
        self.connector_list.setUniformRowHeights(True)
        self.connector_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.connector_list.setSizePolicy(QSizePolicy.Policy.Preferred,
                                          QSizePolicy.Policy.Preferred)
        self.connector_list.setFixedHeight(8 * 24 + 30)
        self.connector_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.connector_list.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.connector_list.itemClicked.connect(self._on_connector_clicked)
        self.connector_list.itemActivated.connect(self._on_connector_clicked)
        layout.addWidget(self.connector_list)
        layout.addSpacing(10)

        layout.addWidget(self._title("Introductions to make"))
        self.suggestions_hint = QLabel("People you know who share two or more interests "
                                       "but do not know each other yet.")
        self.suggestions_hint.setObjectName("muted")
        self.suggestions_hint.setWordWrap(True)
        layout.addWidget(self.suggestions_hint)
        self.suggestion_rows = QWidget()
        self.suggestion_layout = QVBoxLayout(self.suggestion_rows)
        self.suggestion_layout.setContentsMargins(0, 0, 4, 0)
        self.suggestion_layout.setSpacing(6)
        scroll = QScrollArea(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.suggestion_rows)
        layout.addWidget(scroll, 1)
        return side

    def _fill_tag_filter(self) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem("All tags", None)
        for info in tags.list_tags():
            if info.category != "avoid":
                self.tag_filter.addItem(info.name, int(info.id))
        index = self.tag_filter.findData(current)
        self.tag_filter.setCurrentIndex(max(0, index))
        self.tag_filter.blockSignals(False)

    # --- loading ----------------------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        """Read the network and lay it out off the UI thread (a running job is superseded:
        its result is dropped when it arrives)."""
        if self._worker is not None:
            self._worker.cancel()
        self._generation += 1
        generation = self._generation
        center, hops = self._center, int(self.hops.currentData() or 2)
        # Bound methods, not lambdas: Qt disconnects them when the panel goes away.
        worker = _job(lambda progress: (generation, _load(center, max(hops, 2)
                                                          if center else 2, progress)),
                      cancel_exceptions=(graph.LayoutCancelled,))
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(self._on_loaded)
        worker.signals.failed.connect(self._on_failed)
        worker.signals.cancelled.connect(self._on_cancelled)
        self._worker = worker
        self._stale = False
        # Only say so when it takes long enough to notice.
        QTimer.singleShot(150, self, lambda: self._show_overlay(generation))
        QThreadPool.globalInstance().start(worker)

    def _show_overlay(self, generation: int) -> None:
        if generation == self._generation and self._worker is not None:
            self.overlay_text.setText("Arranging the network…")
            self.progress.show()
            self.cancel_button.show()
            self.overlay.show()
            self._place_overlays()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setValue(done * 100 // max(total, 1))

    @Slot()
    def cancel_layout(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def _current_job(self) -> bool:
        worker = self._worker
        return worker is not None and self.sender() is worker.signals

    @Slot()
    def _on_cancelled(self) -> None:
        if not self._current_job():
            return
        self._worker = None
        self._message("Layout cancelled. Use Re-arrange to try again.")

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        if not self._current_job():
            return
        self._worker = None
        self._message(f"The network could not be drawn: {message}")

    def _message(self, text: str) -> None:
        self.overlay_text.setText(text)
        self.progress.hide()
        self.cancel_button.hide()
        self.overlay.show()
        self._place_overlays()

    @Slot(object)
    def _on_loaded(self, payload: object) -> None:
        generation, result = cast(tuple[int, object], payload)
        if generation != self._generation or not isinstance(result, _Loaded):
            return
        self._worker = None
        self._loaded = result
        # The items are made a few hundred per event-loop turn, so the UI thread never
        # stops for long (the bench's longest stall); then the picture is fitted and shown.
        self._build = self._build_scene(result)
        self._continue_build()

    @Slot()
    def _continue_build(self) -> None:
        if self._build is None:
            return
        if next(self._build, None) is not None:
            self._build_timer.start()
            return
        self._build = None
        result = self._loaded
        assert result is not None
        self.overlay.hide()
        self._names = {}
        for node in result.data.nodes:
            self._names.setdefault(node.name.casefold(), node.id)
        self.name_model.setStringList(sorted({n.name for n in result.data.nodes},
                                             key=str.casefold))
        if not result.data.nodes or not result.data.links:
            self._message("No introductions yet. Record who introduced you to someone from "
                          "their page (Introduced by…), and the network appears here.")
        self._update_banner()
        self.layout_finished.emit()
        # The connectors (seconds of pure Python on thousands of people, holding the GIL)
        # start once the picture is on screen and the first frames are smooth.
        self._insights_timer.start()

    @Slot()
    def _start_insights(self) -> None:
        loaded = self._loaded
        if loaded is None:
            return
        generation = self._generation
        among = [n.id for n in loaded.data.nodes]
        worker = _job(lambda _progress: (generation, _insights(loaded.network, among)))
        worker.signals.finished.connect(self._on_insights)
        self._insights_worker = worker
        QThreadPool.globalInstance().start(worker)

    def _build_scene(self, loaded: _Loaded) -> Iterator[bool]:
        """Make the scene's items, yielding between chunks (see ``_continue_build``)."""
        keep_view = bool(self._nodes)
        center = self.view.mapToScene(self.view.viewport().rect().center())
        scale = self.view.scale_factor()
        outlined = self._outlined
        plan = loaded.plan
        # A new scene, filled a chunk per event-loop turn (Qt's own processing of newly
        # added items, ~15 us each, then happens chunk by chunk too), shown when complete:
        # the old picture stays on screen until then.
        scene = self._new_scene()
        add = scene.addItem
        nodes: dict[ContactId, NodeItem] = {}
        for start in range(0, len(plan.nodes), BUILD_CHUNK):
            for node in plan.nodes[start:start + BUILD_CHUNK]:
                item = NodeItem(node.info, node.x, node.y, node, outlined)
                nodes[node.info.id] = item
                add(item)
            yield True
        old = self.scene
        self.scene = scene
        self.view.setScene(scene)
        old.deleteLater()
        self._path_item = None
        self._nodes = nodes
        bounds = plan.bounds
        self._links = LinkLayer(plan.ends, bounds, plan.tiles)
        self.scene.addItem(self._links)
        self._detail = DetailLayer(list(self._nodes.values()), bounds)
        self.scene.addItem(self._detail)
        ranked = sorted(loaded.data.nodes, key=lambda n: (-n.degree, int(n.id)))
        self._hubs = frozenset(n.id for n in ranked[:HUB_LABELS] if n.degree >= 3)
        self.scene.setSceneRect(bounds.adjusted(-2000, -2000, 2000, 2000))
        if self._selected is not None and self._selected in self._nodes:
            self._nodes[self._selected].set_emphasis("selected")
        # Names are placed once, at the final zoom (the view is still at the old one).
        self._placing_labels = False
        self._apply_filters()
        if self._path:
            self._highlight(self._path)
        self._placing_labels = True
        if keep_view:
            self.view.setTransform(QTransform.fromScale(scale, scale))
            self.view.centerOn(center)
            self._update_detail(scale)
        else:
            self.zoom_to_fit()

    @Slot(object)
    def _on_insights(self, payload: object) -> None:
        generation, result = cast(tuple[int, object], payload)
        if generation != self._generation or not isinstance(result, _Insights):
            return
        self._insights_worker = None
        self.connector_list.clear()
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for rank, c in enumerate(result.connectors, 1):
            item = QTreeWidgetItem([f"{rank}.", c.person.name, f"{c.knows:,}"])
            item.setData(self.CONNECTOR_NAME, Qt.ItemDataRole.UserRole, int(c.person.id))
            item.setTextAlignment(self.CONNECTOR_RANK, right)
            item.setTextAlignment(self.CONNECTOR_LINKS, right)
            item.setForeground(self.CONNECTOR_RANK, QColor("#6b7280"))
            item.setForeground(self.CONNECTOR_LINKS, QColor("#6b7280"))
            links = "1 person" if c.knows == 1 else f"{c.knows:,} people"
            tip = _escaped_tooltip(f"{c.person.name}: {c.score:.1%} of the shortest paths "
                                   f"between people run through them; linked to {links}")
            for column in range(3):
                item.setToolTip(column, tip)
            self.connector_list.addTopLevelItem(item)
        if not result.connectors:
            empty = QTreeWidgetItem(["Nobody yet: record a few introductions."])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.connector_list.addTopLevelItem(empty)
            empty.setFirstColumnSpanned(True)
        # As tall as its rows (eight at most): no blank band before the next section.
        rows = max(1, self.connector_list.topLevelItemCount())
        self.connector_list.setFixedHeight(
            self.connector_list.header().sizeHint().height() + 4
            + rows * max(20, self.connector_list.sizeHintForRow(0)))
        self._fill_suggestions(result.suggestions)
        self.insights_finished.emit()

    def _fill_suggestions(self, found: tuple[graph.Suggestion, ...]) -> None:
        while self.suggestion_layout.count():
            item = self.suggestion_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.suggestion_buttons: list[QPushButton] = []
        self._suggestion_frames: list[QWidget] = []
        for suggestion in found:
            row = self._suggestion_row(suggestion)
            self._suggestion_frames.append(row)
            self.suggestion_layout.addWidget(row)
        self._fit_suggestion_rows()
        if not found:
            empty = QLabel("None right now. Tag people's interests to get suggestions.")
            empty.setObjectName("muted")
            empty.setWordWrap(True)
            self.suggestion_layout.addWidget(empty)
        self.suggestion_layout.addStretch(1)

    def _fit_suggestion_rows(self) -> None:
        """Word-wrapped labels report a one-line minimum height, and the scroll area then
        squeezes the rows until their lines overlap: give each row the height its text
        needs at the current width."""
        width = self.suggestion_rows.width() - 4
        if width <= 0:
            return
        for row in getattr(self, "_suggestion_frames", []):
            layout = row.layout()
            if layout is not None and layout.hasHeightForWidth():
                row.setMinimumHeight(layout.totalHeightForWidth(width))

    def _suggestion_row(self, s: graph.Suggestion) -> QWidget:
        row = QFrame()
        row.setObjectName("suggestion")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(10, 8, 8, 8)
        text = QVBoxLayout()
        text.setSpacing(2)
        names = QLabel(f"{s.person_a.name} ↔ {s.person_b.name}")
        names.setObjectName("suggestionNames")
        names.setTextFormat(Qt.TextFormat.PlainText)
        names.setWordWrap(True)
        reason = QLabel(s.reason)
        reason.setObjectName("muted")
        reason.setTextFormat(Qt.TextFormat.PlainText)
        reason.setWordWrap(True)
        text.addWidget(names)
        text.addWidget(reason)
        layout.addLayout(text, 1)
        button = QPushButton("Propose")
        button.setToolTip("Record a proposed introduction (undo with Ctrl+Z)")
        button.clicked.connect(lambda _c=False, sug=s: self.propose(sug))
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.suggestion_buttons.append(button)
        return row

    # --- user actions -------------------------------------------------------------------------

    def propose(self, suggestion: graph.Suggestion) -> bool:
        """Record the suggested introduction as proposed, by the user (undoable)."""
        me = self._loaded.network.me if self._loaded is not None else None
        fields = graph.IntroductionFields(
            person_a=suggestion.person_a.id, person_b=suggestion.person_b.id,
            introducer=me, status="proposed", context=suggestion.reason)
        return self._ops.record_introduction(fields) is not None

    @Slot()
    def zoom_to_fit(self) -> None:
        self.view.fit(self._extent(item for item in self._nodes.values() if item.isVisible()))

    @staticmethod
    def _extent(items: Iterable[NodeItem]) -> QRectF:
        left = top = math.inf
        right = bottom = -math.inf
        for item in items:
            (x, y), r = item.xy, item.radius
            left, top = min(left, x - r), min(top, y - r)
            right, bottom = max(right, x + r), max(bottom, y + r)
        return QRectF() if left == math.inf else QRectF(left, top, right - left, bottom - top)

    @Slot()
    def rearrange(self) -> None:
        graph.forget_positions()
        self._nodes = {}
        self.reload()

    @Slot()
    def show_everyone(self) -> None:
        if self._focus is None and self._center is None:
            return
        self._focus = None
        if self._center is not None:
            self._center = None
            self.reload()
        else:
            self._apply_filters()
            self.zoom_to_fit()
        self._update_banner()

    def focus_on(self, contact_id: ContactId) -> None:
        """Show only *contact_id*'s neighbourhood (1 or 2 hops, the toolbar's choice)."""
        if self._loaded is None:
            return
        if self._loaded.data.truncated and (contact_id not in self._nodes
                                             or self._loaded.data.center != contact_id):
            self._center = contact_id  # read that neighbourhood from the whole network
            self._focus = contact_id
            self.reload()
            return
        self._focus = contact_id
        self._apply_filters()
        self.zoom_to_fit()
        self._update_banner()

    def select_contact(self, contact_id: ContactId) -> None:
        """The main window says who the detail pane shows: mark them (no signal back)."""
        previous = self._nodes.get(self._selected) if self._selected is not None else None
        if previous is not None:
            previous.set_emphasis("path" if self._selected in self._path else "")
        self._selected = contact_id
        item = self._nodes.get(contact_id)
        if item is not None:
            item.set_emphasis("selected")
        self._update_detail(self.view.scale_factor())

    def reach(self, contact_id: ContactId) -> graph.WarmPath | None:
        """Find, show and highlight the warm path to *contact_id*."""
        self._clear_steps()
        if self._loaded is None:
            return None
        try:
            path = graph.warm_path(self._loaded.network, contact_id)
        except ServiceError as exc:
            self._add_step(str(exc), muted=True)
            self._highlight(())
            return None
        for number, step in enumerate(path.steps, 1):
            prefix = f"{number}. " if len(path.steps) > 1 else ""
            self._add_step(prefix + step)
        ids = tuple(p.id for p in path.people)
        self._highlight(ids)
        missing = [i for i in ids if i not in self._nodes]
        if missing:
            self._add_step("Part of this path is outside the people shown.", muted=True)
        else:
            rect = QRectF()
            for i in ids:
                rect = rect.united(self._nodes[i].sceneBoundingRect())
            self.view.fit(rect)
        return path

    # --- slots ------------------------------------------------------------------------------------

    @Slot(object)
    def _on_node_clicked(self, contact_id: ContactId) -> None:
        self.select_contact(contact_id)
        self.contact_selected.emit(contact_id)

    @Slot(object)
    def _on_node_double_clicked(self, contact_id: ContactId) -> None:
        self.focus_on(contact_id)

    @Slot(QTreeWidgetItem, int)
    def _on_connector_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        value = item.data(self.CONNECTOR_NAME, Qt.ItemDataRole.UserRole)
        if value is None:
            return
        cid = ContactId(int(value))
        self._center_on(cid)
        self.select_contact(cid)
        self.contact_selected.emit(cid)

    @Slot()
    def _hops_changed(self) -> None:
        if self._focus is not None:
            self.focus_on(self._focus)

    @Slot()
    def _focus_find(self) -> None:
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()

    def _resolve(self, text: str) -> ContactId | None:
        key = text.strip().casefold()
        if not key:
            return None
        if key in self._names:
            return self._names[key]
        found = graph.find_people(text, limit=2)
        return found[0].id if found else None

    @Slot()
    def _find(self) -> None:
        cid = self._resolve(self.find_field.text())
        if cid is None:
            self.find_field.setStyleSheet("border: 1px solid #dc2626;")
            QTimer.singleShot(900, self.find_field, lambda: self.find_field.setStyleSheet(""))
            return
        if cid not in self._nodes and self._loaded is not None and self._loaded.data.truncated:
            self.focus_on(cid)  # not among the people shown: read their neighbourhood
        self._center_on(cid)
        self.select_contact(cid)
        self.contact_selected.emit(cid)

    @Slot()
    def _reach(self) -> None:
        text = self.reach_field.text()
        cid = self._resolve(text)
        if cid is None:
            self._clear_steps()
            self._add_step(f"Nobody called “{text.strip()}”.", muted=True)
            return
        self.reach(cid)

    def _center_on(self, contact_id: ContactId) -> None:
        item = self._nodes.get(contact_id)
        if item is None:
            return
        if self.view.scale_factor() < 0.8:
            self.view.setTransform(QTransform.fromScale(1.0, 1.0))
            self._update_detail(1.0)
        self.view.centerOn(item)

    @Slot()
    def _apply_filters(self) -> None:
        if not self._nodes or self._links is None:
            return
        tag_id = self.tag_filter.currentData()
        self._tag_members = set(tags.members(tag_id)) if tag_id is not None else None
        stage = self.stage_filter.currentData() or ""
        shown: set[int] | None = None
        if self._focus is not None and self._loaded is not None:
            hops = int(self.hops.currentData() or 1)
            shown = set(map(int, graph.neighbourhood(self._loaded.network, self._focus, hops)))
        hidden: set[int] = set()
        dimmed: set[int] = set()
        for cid, item in self._nodes.items():
            if shown is not None and int(cid) not in shown:
                hidden.add(int(cid))
                item.setVisible(False)
                continue
            item.setVisible(True)
            match = ((self._tag_members is None or cid in self._tag_members) and (
                not stage or item.info.stage == stage)) or item.info.is_me
            item.setOpacity(1.0 if match else DIM_OPACITY)
            if not match:
                dimmed.add(int(cid))
        self._links.set_state(hidden, dimmed)
        self._update_detail(self.view.scale_factor())
        self._update_banner()

    def _highlight(self, ids: tuple[ContactId, ...]) -> None:
        for cid in self._path:
            item = self._nodes.get(cid)
            if item is not None:
                item.set_emphasis("selected" if cid == self._selected else "")
        self._path = ids
        if self._path_item is not None:
            self.scene.removeItem(self._path_item)
            self._path_item = None
        points = [self._nodes[i].pos() for i in ids if i in self._nodes]
        for cid in ids:
            item = self._nodes.get(cid)
            if item is not None:
                item.set_emphasis("path")
        self._update_detail(self.view.scale_factor())
        if len(points) >= 2:
            path = QPainterPath(points[0])
            for p in points[1:]:
                path.lineTo(p)
            self._path_item = QGraphicsPathItem(path)
            pen = QPen(QColor(PATH_COLOUR), 5.0)
            pen.setCosmetic(True)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            self._path_item.setPen(pen)
            self._path_item.setZValue(1)
            self.scene.addItem(self._path_item)

    def _clear_steps(self) -> None:
        self._step_texts: list[str] = []
        while self.steps_box.count():
            item = self.steps_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _add_step(self, text: str, muted: bool = False) -> None:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setObjectName("muted" if muted else "step")
        self.steps_box.addWidget(label)
        self._step_texts.append(text)

    def steps(self) -> list[str]:
        """The warm-path steps as listed (tests, accessibility)."""
        return list(getattr(self, "_step_texts", []))

    @Slot(float)
    def _update_detail(self, scale: float) -> None:
        """Decide which names show at *scale*: the selected person and the warm path
        first, then you, then the best connected (the biggest hubs at any zoom, the others
        once their circle is big enough); a name that would overlap one already placed is
        left out, so the crowded middle stays readable."""
        if not self._placing_labels:
            return
        outlined = scale >= OUTLINE_MIN_SCALE
        if outlined != self._outlined:
            self._outlined = outlined
            for node in self._nodes.values():
                node.set_outlined(outlined)
        hubs = self._hubs
        candidates = [item for cid, item in self._nodes.items()
                      if item.update_detail(scale, hub=cid in hubs) and item.isVisible()
                      and (item.opacity() >= 1.0 or item.emphasis)]
        candidates.sort(key=lambda it: (not it.emphasis, not it.info.is_me, -it.info.degree))
        cell = 120.0
        taken: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}
        circles: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}
        if candidates:
            # The circles are obstacles too (a name over someone else's circle is
            # unreadable), except when zoomed out so far that they are dots.
            for item in self._nodes.values():
                pixels = item.radius * scale
                if pixels < 3 or not item.isVisible():
                    continue
                x, y = item.xy[0] * scale, item.xy[1] * scale
                box = (x - pixels, y - pixels, x + pixels, y + pixels)
                for i in range(int(box[0] // cell), int(box[2] // cell) + 1):
                    for j in range(int(box[1] // cell), int(box[3] // cell) + 1):
                        circles.setdefault((i, j), []).append(box)
        for item in candidates:
            x, y = item.xy
            half = item.label_width / 2 + 4
            top = (y + item.radius) * scale + 1
            box = (x * scale - half, top, x * scale + half, top + 16)
            keys = [(i, j) for i in range(int(box[0] // cell), int(box[2] // cell) + 1)
                    for j in range(int(box[1] // cell), int(box[3] // cell) + 1)]
            # The hubs' names may cross a circle (they matter most), never another name.
            grids = (taken,) if item.info.id in hubs else (taken, circles)
            clash = any(box[0] < o[2] and o[0] < box[2] and box[1] < o[3] and o[1] < box[3]
                        for grid in grids for key in keys for o in grid.get(key, ()))
            if clash and not (item.emphasis or item.info.is_me):
                item.label_on = False
                continue
            for key in keys:
                taken.setdefault(key, []).append(box)
        if self._detail is not None:
            self._detail.update()

    def _update_banner(self) -> None:
        loaded = self._loaded
        text = ""
        if loaded is not None and loaded.data.truncated:
            who = self._nodes.get(loaded.data.center) if loaded.data.center else None
            name = "your" if who is None or who.info.is_me else f"{who.info.name}'s"
            text = (f"Showing {name} neighbourhood: {len(loaded.data.nodes):,} of "
                    f"{loaded.data.total_people:,} people. Double-click someone to explore "
                    "around them.")
        elif self._focus is not None and self._focus in self._nodes:
            hops = int(self.hops.currentData() or 1)
            text = (f"{self._nodes[self._focus].info.name} and the people within {hops} "
                    f"hop{'s' if hops > 1 else ''}. Esc shows everyone.")
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        self.everyone_button.setVisible(self._focus is not None or self._center is not None)

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        if changes.tags:
            self._fill_tag_filter()
        shown = set(self._nodes)
        if not (changes.graph or changes.contacts_added_or_removed
                or (changes.contacts & shown)):
            return
        if self.isVisible():
            self._reload_timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()
        self._place_overlays()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_overlays()
        self._fit_suggestion_rows()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            if watched is self.graph_column:
                self._arrange_toolbar()
            elif watched is self.view.viewport():
                self._place_overlays()  # the splitter moved: the legend may need to wrap
        return super().eventFilter(watched, event)

    def _arrange_toolbar(self) -> None:
        """One toolbar row when the graph column has room for the find field at its full
        width beside the filters and the zoom buttons; else the filters wrap to a second
        row of their own."""
        spacing = self._first_row.spacing()
        # "Show everyone" counted even while hidden: showing it must not overflow the row.
        needed = (24 + self.find_field.minimumWidth() + 6 + spacing * 8
                  + sum(w.sizeHint().width() for w in (
                      self.tag_filter, self.stage_filter, self.hops, self.everyone_button,
                      *self._tool_buttons)))
        one_row = self.graph_column.width() >= needed
        if one_row == (self._first_row.indexOf(self.filters) >= 0):
            return
        if one_row:
            self._second_row.removeWidget(self.filters)
            self._first_row.insertWidget(1, self.filters)
        else:
            self._first_row.removeWidget(self.filters)
            self._second_row.addWidget(self.filters)

    def _place_overlays(self) -> None:
        viewport = self.view.viewport().rect()
        self.overlay.setFixedWidth(min(360, max(200, viewport.width() - 40)))
        self.overlay.adjustSize()
        self.overlay.move((viewport.width() - self.overlay.width()) // 2,
                          (viewport.height() - self.overlay.height()) // 3)
        # One line where it fits; two (not cut off) in a narrow graph column.
        self.legend.setText(self._legend_texts[0])
        self.legend.adjustSize()
        if self.legend.width() > viewport.width() - 24:
            self.legend.setText(self._legend_texts[1])
            self.legend.adjustSize()
        self.legend.move(12, viewport.height() - self.legend.height() - 10)

    def node_item(self, contact_id: ContactId) -> NodeItem | None:
        return self._nodes.get(contact_id)
