"""The network picture's scene (issues 5, 16): built from a plan a chunk at a time, who
is shown, dimmed or ringed, the highlighted path, and the names.

A highlighted path dims everyone else (and their links) and names everyone on it; the
selected or focused person is ringed, on top of the others and named; you are above
everyone, always named, and no other name covers your circle.
"""

from __future__ import annotations

import itertools
import math
import time
from collections.abc import Callable, Iterable, Iterator

import shiboken6
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPalette, QPen, QTransform
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsPathItem, QGraphicsScene, QWidget

from desktop.services.types import ContactId
from desktop.ui.network.items import (
    DIM_OPACITY,
    OUTLINE_MIN_SCALE,
    PATH_COLOUR,
    PATH_DIM_OPACITY,
    STEP_SECONDS,
    DetailLayer,
    NodeItem,
    NodeTexts,
    outline_pen,
)
from desktop.ui.network.labels import place_labels
from desktop.ui.network.links import LinkLayer
from desktop.ui.network.loading import Loaded
from desktop.ui.network.view import GraphView

REHEARSAL_STRIPS = 6  # the off-screen first paint of a new scene, in this many turns
REHEARSAL_SCALE = 0.25  # ... at a quarter of the coming framing's scale
REHEARSE_FROM = 3000  # ... when at least this many people are in view
RING_Z = 70.0  # the keyboard's focus ring: above the names
DISPOSE_BATCH = 400  # a closed picture's items deleted per turn of the event loop (``dispose``)


def dispose(scene: QGraphicsScene, then: Callable[[], None] | None = None,
            batch: int = DISPOSE_BATCH) -> None:
    """Delete *scene*, no longer on screen, with its items, *batch* of them per turn of
    the event loop, then the scene, then call *then*. ``QGraphicsScene.clear`` deleted
    the 5,002 items of a 300,000-contact book's picture in one turn when the view closed:
    22.8 ms of the UI thread, a stall of up to 98 ms on a busy machine (issue 18)."""
    items = [item for item in scene.items() if item.parentItem() is None]  # children go too
    timer = QTimer(scene)  # deleted with the scene, should the window close first

    def step() -> None:
        for item in items[-batch:]:
            shiboken6.delete(item)
        del items[-batch:]
        if not items:
            timer.stop()
            scene.deleteLater()
            if then is not None:
                then()

    timer.timeout.connect(step)
    timer.start(0)


class Picture:
    """Private state: ``nodes`` contact id -> item; ``links``/``detail`` the two layers;
    ``hubs`` the best-connected, named at every zoom; ``path_item`` the highlighted path's
    line; ``placing`` False while a scene is built (names are placed once, at the end);
    ``outlined`` whether circles have their white outline (not when zoomed far out)."""

    def __init__(self, view: GraphView, owner: QWidget) -> None:
        self.view = view
        self._owner = owner
        self.scene = self.new_scene()
        view.setScene(self.scene)
        self.nodes: dict[ContactId, NodeItem] = {}
        self.links: LinkLayer | None = None
        self.detail: DetailLayer | None = None
        self.hubs: frozenset[ContactId] = frozenset()
        self.path_item: QGraphicsPathItem | None = None
        self.ring: QGraphicsEllipseItem | None = None  # the keyboard's focus ring
        self._shown: QGraphicsScene | None = None  # on screen while a new one is finished
        self.placing = True
        self.outlined = True
        view.prepare_full = self._prepare_full

    def _prepare_full(self) -> Iterator[bool]:
        """Before a full frame: the links drawn into their image, a step per turn."""
        if self.links is not None:
            yield from self.links.fill(self.view)

    def new_scene(self) -> QGraphicsScene:
        scene = QGraphicsScene(self._owner)
        # No BSP index: Qt builds it in one go after the items are added (a quarter of a
        # second for 2,000 people, on the UI thread); a linear walk over the items per
        # paint or click costs far less, and the layers do their own culling.
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        return scene

    def build(self, loaded: Loaded) -> Iterator[bool]:
        """Make a new scene's items, yielding between steps of at most ``STEP_SECONDS``
        of this thread's time; the old picture stays on screen. Ends with the new scene
        as the picture's (``nodes``, ``scene``), empty of emphasis and names, not yet on
        screen (``show_new``)."""
        plan = loaded.plan
        scene = self.new_scene()
        nodes: dict[ContactId, NodeItem] = {}
        # As many people per step as STEP_SECONDS of this thread allow (a count would be
        # too many on a busy machine, and too few on an idle one).
        clock = time.thread_time
        deadline = clock() + STEP_SECONDS
        outline = outline_pen()
        texts = NodeTexts()  # the tooltips', one for the picture
        for node in plan.nodes:
            item = NodeItem(node.info, node.x, node.y, node, self.outlined, outline, texts)
            nodes[node.info.id] = item
            scene.addItem(item)
            if clock() >= deadline:
                yield True
                deadline = clock() + STEP_SECONDS
        yield True  # the layers and the rest in a turn of their own
        if self.links is not None:
            self.links.drop_cache()
        self.links = LinkLayer(plan.ends, plan.bounds, plan.tiles)
        scene.addItem(self.links)
        self.detail = DetailLayer(list(nodes.values()), plan.bounds)
        scene.addItem(self.detail)
        self.hubs = plan.hubs
        scene.setSceneRect(plan.bounds.adjusted(-2000, -2000, 2000, 2000))
        # The new scene becomes the picture's; the view shows the old one until
        # ``show_new`` (the panel calls it in the same turn, then applies the emphasis,
        # filters, path, framing and names before anything is painted).
        if self._shown is None:
            self._shown = self.scene
        else:  # an earlier build was never shown
            self.scene.clear()
            self.scene.deleteLater()
        self.scene = scene
        self.path_item = self.ring = None
        self.nodes = nodes

    def rehearse(self, scale: float, centre: QPointF) -> Iterator[bool]:
        """Paint the new scene once off screen, a strip of the coming framing per step,
        before it is shown (``show_new``): the first paint of a new scene's circles costs
        Qt 2-3 times what the next ones do (24-43 ms against 10-17 at 5,000 people,
        issue 18), a turn the UI thread cannot spare. The strips hold as many people
        each (equal widths put 28 ms in the middle one). What the first paint costs
        more is per person, not per pixel: painted at a quarter of the scale, the
        rehearsal costs 49-63 ms of the UI thread at 5,000 people instead of 75-91 ms,
        and the first paint on screen after it is the same 18-29 ms (measured)."""
        viewport = self.view.viewport()
        width, height = max(viewport.width(), 1) / scale, max(viewport.height(), 1) / scale
        left, top = centre.x() - width / 2, centre.y() - height / 2
        xs = sorted(x for x, _y in (item.xy for item in self.nodes.values())
                    if left <= x <= left + width)
        if len(xs) < REHEARSE_FROM:
            return  # a first paint of this many costs little more than the next ones
        cuts = [left, *(xs[len(xs) * k // REHEARSAL_STRIPS]
                        for k in range(1, REHEARSAL_STRIPS)), left + width]
        hints = self.view.renderHints()
        for start, end in itertools.pairwise(cuts):
            if end <= start:
                continue
            image = QImage(max(1, math.ceil((end - start) * scale * REHEARSAL_SCALE)),
                           max(1, round(height * scale * REHEARSAL_SCALE)),
                           QImage.Format.Format_ARGB32_Premultiplied)
            painter = QPainter(image)
            painter.setRenderHints(hints)
            self.scene.render(painter, QRectF(image.rect()),
                              QRectF(start, top, end - start, height),
                              Qt.AspectRatioMode.IgnoreAspectRatio)
            painter.end()
            yield True

    def show_new(self) -> None:
        """Put the scene ``build`` made on screen (the old one goes)."""
        old, self._shown = self._shown, None
        if old is not None and old is not self.scene:
            self.view.setScene(self.scene)
            # Deleted with its items in a turn of its own: clearing it here added 14 ms
            # to the turn of the new picture's first paint (1,500 people, issue 16).
            old.deleteLater()

    def _swap(self, scene: QGraphicsScene, then: Callable[[], None] | None) -> None:
        old = self.scene
        self.scene = scene
        self.view.setScene(scene)
        dispose(old, then)
        self.path_item = self.ring = None

    def clear(self, then: Callable[[], None] | None = None) -> None:
        """Let go of every item (the view is hidden); *then* is called once they are all
        deleted, a few turns of the event loop later (``dispose``)."""
        self.show_new()
        self.nodes = {}
        if self.links is not None:
            self.links.drop_cache()
        self.links = self.detail = None
        self.hubs = frozenset()
        self._swap(self.new_scene(), then)

    # --- emphasis, dimming, the path ----------------------------------------------------------

    def emphasise(self, path: tuple[ContactId, ...], focus: ContactId | None,
                  selected: ContactId | None) -> None:
        """Rings and stacking: the path's people, the focused person, the selected one."""
        on_path = set(path)
        for cid, item in self.nodes.items():
            emphasis = ("path" if cid in on_path else "focus" if cid == focus
                        else "selected" if cid == selected else "")
            if item.emphasis != emphasis:
                item.set_emphasis(emphasis)

    def draw_path(self, path: tuple[ContactId, ...]) -> None:
        if self.path_item is not None:
            self.scene.removeItem(self.path_item)
            self.path_item = None
        points = [self.nodes[i].pos() for i in path if i in self.nodes]
        if len(points) < 2:
            return
        line = QPainterPath(points[0])
        for p in points[1:]:
            line.lineTo(p)
        self.path_item = QGraphicsPathItem(line)
        pen = QPen(QColor(PATH_COLOUR), 5.0)
        pen.setCosmetic(True)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.path_item.setPen(pen)
        self.path_item.setZValue(1)
        self.scene.addItem(self.path_item)

    def draw_ring(self, contact_id: ContactId | None) -> None:
        """The keyboard's focus ring around *contact_id* (None: no ring), above everything,
        in the palette's highlight colour, a gap away from the selection ring."""
        item = self.nodes.get(contact_id) if contact_id is not None else None
        if item is None:
            if self.ring is not None:
                self.ring.hide()
            return
        r = item.radius + 5
        if self.ring is None:
            self.ring = _Ring()
            pen = QPen(self.view.palette().color(QPalette.ColorRole.Highlight), 2.5)
            pen.setCosmetic(True)
            pen.setStyle(Qt.PenStyle.DashLine)
            self.ring.setPen(pen)
            self.ring.setZValue(RING_Z)
            self.scene.addItem(self.ring)
        self.ring.setRect(-r, -r, 2 * r, 2 * r)
        self.ring.setPos(*item.xy)
        self.ring.show()

    def show(self, shown: set[int] | None, path: tuple[ContactId, ...],
             members: set[ContactId] | None, stage: str) -> None:
        """Hide who is outside *shown* (the focused neighbourhood; the path's people stay);
        dim who is off the highlighted *path*, else who the tag and stage filters leave
        out (you never)."""
        if self.links is None:
            return
        on_path = set(path)
        hidden: set[int] = set()
        dimmed: set[int] = set()
        # Each setter is asked only for a change: Qt's setters call the item's
        # itemChange first, a call into Python per person (20 ms at 5,000, issue 18).
        for cid, item in self.nodes.items():
            if shown is not None and int(cid) not in shown and cid not in on_path:
                hidden.add(int(cid))
                if item.isVisible():
                    item.setVisible(False)
                continue
            if not item.isVisible():
                item.setVisible(True)
            if on_path:
                opacity = 1.0 if cid in on_path else PATH_DIM_OPACITY
            else:
                match = ((members is None or cid in members)
                         and (not stage or item.info.stage == stage)) or item.info.is_me
                opacity = 1.0 if match else DIM_OPACITY
            if item.opacity() != opacity:
                item.setOpacity(opacity)
            if opacity < 1.0:
                dimmed.add(int(cid))
        if self.links.set_state(hidden, dimmed):
            self.view.light_frame()  # the links drawn again, a few per turn

    def update_detail(self, scale: float) -> None:
        """Outlines for the zoom, then the names."""
        if not self.placing:
            return
        outlined = scale >= OUTLINE_MIN_SCALE
        if outlined != self.outlined:
            self.outlined = outlined
            for node in self.nodes.values():
                node.set_outlined(outlined)
        place_labels(self.nodes.values(), scale, self.hubs)
        if self.detail is not None:
            self.detail.update()

    # --- framing --------------------------------------------------------------------------------

    def fit(self, ids: Iterable[ContactId] | None = None) -> None:
        """Frame *ids* (default: everyone shown)."""
        self.view.fit(self.extent(ids))

    def extent(self, ids: Iterable[ContactId] | None = None) -> QRectF:
        """What *ids* (default: everyone shown) cover in the scene."""
        items = (self.nodes.values() if ids is None
                 else (self.nodes[i] for i in ids if i in self.nodes))
        return _extent(item for item in items if item.isVisible())

    def keep_view(self, scale: float, centre: object) -> None:
        self.view.setTransform(QTransform.fromScale(scale, scale))
        self.view.centerOn(centre)  # type: ignore[call-overload]

    def center_on(self, contact_id: ContactId) -> bool:
        item = self.nodes.get(contact_id)
        if item is None:
            return False
        if self.view.scale_factor() < 0.8:
            self.view.setTransform(QTransform.fromScale(1.0, 1.0))
            self.update_detail(1.0)
        self.view.centerOn(item)
        return True


class _Ring(QGraphicsEllipseItem):
    """The focus ring: never hit by the mouse (empty shape), the circle under it is."""

    def shape(self) -> QPainterPath:
        return QPainterPath()


def _extent(items: Iterable[NodeItem]) -> QRectF:
    left = top = math.inf
    right = bottom = -math.inf
    for item in items:
        (x, y), r = item.xy, item.radius
        left, top = min(left, x - r), min(top, y - r)
        right, bottom = max(right, x + r), max(bottom, y + r)
    return QRectF() if left == math.inf else QRectF(left, top, right - left, bottom - top)
