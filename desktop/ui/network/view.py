"""The network picture's view (issue 5): pan by dragging, zoom with the wheel (around the
pointer), click and double-click people. Emits ids, never items."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import cast

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QHelpEvent, QMouseEvent, QPainter, QTransform, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QToolTip, QWidget

from desktop.ui.network.items import NodeItem, canvas_colours

SETTLE_MS = 180  # the full picture this long after the last zoom step


class GraphView(QGraphicsView):
    """Pan by dragging, zoom with the wheel (around the pointer), click and double-click
    people. Emits ids, never items."""

    node_clicked = Signal(object)  # ContactId
    node_double_clicked = Signal(object)
    zoomed = Signal(float)  # the new scale

    MIN_SCALE = 0.02
    MAX_SCALE = 6.0

    def __init__(self, scene: QGraphicsScene | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if scene is not None:
            self.setScene(scene)
        self.setObjectName("GraphView")
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        # One rectangle around what changed, not a region of every changed item: when a
        # path is highlighted, a filter applied or the outlines change, 2,000 circles
        # change at once, and Qt's smart mode spent 80-430 ms of the UI thread merging
        # their rectangles into a region (issue 16, measured); this mode 15-21 ms, the
        # repaint included. Scrolling still moves the pixels already drawn.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(canvas_colours(self.palette()).background)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        # While the wheel turns, frames are drawn lighter (fewer links, no arrowheads or
        # initials); the full picture follows once the zoom settles.
        self.interacting = False
        self.reserved_bottom = 0  # pixels at the bottom that fit() keeps clear (the legend)
        # What the full picture needs made first, a step per event-loop turn (the links
        # drawn into their image: ``LinkLayer.fill``); None: nothing.
        self.prepare_full: Callable[[], Iterator[bool]] | None = None
        self._preparing: Iterator[bool] | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)
        self._prepare_timer = QTimer(self)
        self._prepare_timer.setSingleShot(True)
        self._prepare_timer.setInterval(0)
        self._prepare_timer.timeout.connect(self._prepare_step)

    @Slot()
    def _settled(self) -> None:
        """The zoom settled: the full picture's parts are made a step per turn (the frames
        stay light meanwhile), then it is drawn (issue 16: no paint over 50 ms)."""
        self._preparing = self.prepare_full() if self.prepare_full is not None else None
        self._prepare_step()

    @Slot()
    def _prepare_step(self) -> None:
        if self._preparing is not None and next(self._preparing, None) is not None:
            self._prepare_timer.start()
            return
        self._preparing = None
        self.interacting = False
        self.viewport().update()

    def _interact(self, settle_ms: int = SETTLE_MS) -> None:
        """Frames are light from now until the settle timer runs out (restarted)."""
        self.interacting = True
        self._preparing = None
        self._prepare_timer.stop()
        self._settle.start(settle_ms)

    def changeEvent(self, event: QEvent) -> None:
        """The canvas follows the palette (light or dark desktop)."""
        if event.type() == QEvent.Type.PaletteChange:
            self.setBackgroundBrush(canvas_colours(self.palette()).background)
        super().changeEvent(event)

    def scale_factor(self) -> float:
        return self.transform().m11()

    def light_frame(self, settle_ms: int = SETTLE_MS) -> None:
        """Draw the next frames light (as while zooming), the full picture *settle_ms*
        later (and what it needs made first: ``prepare_full``): a new picture's first
        paint then never adds to the work that built it."""
        self._interact(settle_ms)

    def zoom_by(self, factor: float) -> None:
        current = self.scale_factor()
        target = min(self.MAX_SCALE, max(self.MIN_SCALE, current * factor))
        if abs(target - current) < 1e-9:
            return
        self._interact()
        self.scale(target / current, target / current)
        self.zoomed.emit(target)

    def fit_scale(self, rect: QRectF) -> tuple[float, QPointF]:
        """The scale and centre that frame *rect* in the viewport as it is now, keeping
        ``reserved_bottom`` pixels at the bottom clear (the legend is drawn there: a name
        under it would be hidden); never above 1.6 (a handful of people are not blown
        up). Plain arithmetic, as ``fitInView`` does it (2 pixels of margin), so that the
        names can be placed for the new framing before it is shown."""
        if rect.isEmpty():
            rect = rect.adjusted(-60, -60, 60, 60)
        margin = max(rect.width(), rect.height()) * 0.04 + 30
        framed = rect.adjusted(-margin, -margin, margin, margin)
        width, height = self.viewport().width() - 4, self.viewport().height() - 4
        if width <= 0 or height <= 0 or framed.isEmpty():
            return self.scale_factor(), rect.center()
        scale = min(width / framed.width(), height / framed.height())
        if self.reserved_bottom:
            # Once more with room below, in scene units at the scale just found.
            framed = framed.adjusted(0, 0, 0, self.reserved_bottom / max(scale, 1e-6))
            scale = min(width / framed.width(), height / framed.height())
        if scale > 1.6:
            return 1.6, rect.center()
        return scale, framed.center()

    def fit(self, rect: QRectF) -> None:
        """Frame *rect* (``fit_scale``). The first frames at the new framing are light,
        as while zooming."""
        self._interact()
        scale, centre = self.fit_scale(rect)
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(centre)
        self.zoomed.emit(self.scale_factor())

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.18 ** steps)
        event.accept()

    def node_at(self, point: QPoint) -> NodeItem | None:
        """The person drawn topmost at *point* (viewport pixels), if any."""
        item = self.itemAt(point)
        while item is not None and not isinstance(item, NodeItem):
            item = item.parentItem()
        return item

    def viewportEvent(self, event: QEvent) -> bool:
        """A person's tooltip, from the circle under the pointer (as the scene would show
        an item's own: the items keep theirs as plain attributes, issue 18)."""
        if event.type() == QEvent.Type.ToolTip:
            help_event = cast(QHelpEvent, event)
            node = self.node_at(help_event.pos())
            if node is None or not node.tooltip:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(help_event.globalPos(), node.tooltip, self.viewport())
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        node = self.node_at(event.position().toPoint())
        if node is not None and event.button() == Qt.MouseButton.LeftButton:
            self.node_clicked.emit(node.info.id)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        node = self.node_at(event.position().toPoint())
        if node is not None:
            self.node_double_clicked.emit(node.info.id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)
