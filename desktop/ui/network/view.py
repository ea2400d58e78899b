"""The network picture's view (issue 5): pan by dragging, zoom with the wheel (around the
pointer), click and double-click people. Emits ids, never items."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QMouseEvent, QPainter, QTransform, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget

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
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
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
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)

    @Slot()
    def _settled(self) -> None:
        self.interacting = False
        self.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        """The canvas follows the palette (light or dark desktop)."""
        if event.type() == QEvent.Type.PaletteChange:
            self.setBackgroundBrush(canvas_colours(self.palette()).background)
        super().changeEvent(event)

    def scale_factor(self) -> float:
        return self.transform().m11()

    def light_frame(self) -> None:
        """Draw the next frames light (as while zooming), the full picture a moment later:
        a new picture's first paint then never adds to the work that built it."""
        self.interacting = True
        self._settle.start()

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
        """Frame *rect*, keeping ``reserved_bottom`` pixels at the bottom clear (the legend
        is drawn there: a name under it would be hidden)."""
        if rect.isEmpty():
            rect = rect.adjusted(-60, -60, 60, 60)
        margin = max(rect.width(), rect.height()) * 0.04 + 30
        framed = rect.adjusted(-margin, -margin, margin, margin)
        self.fitInView(framed, Qt.AspectRatioMode.KeepAspectRatio)
        if self.reserved_bottom:
            # Once more with room below, in scene units at the scale just found.
            extra = self.reserved_bottom / max(self.scale_factor(), 1e-6)
            self.fitInView(framed.adjusted(0, 0, 0, extra), Qt.AspectRatioMode.KeepAspectRatio)
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
