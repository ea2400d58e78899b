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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import (
    QLineF,
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
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyleOptionGraphicsItem,
    QToolButton,
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
DIM_OPACITY = 0.12
LABEL_MIN_PIXELS = 9.0  # a name shows once its circle is this many pixels across (radius)
FACE_MIN_PIXELS = 7.0
STAGE_TITLES = {"connected": "Connected", "acquainted": "Acquainted",
                "relationship": "Relationship", "trusted": "Trusted"}


def node_radius(degree: int) -> float:
    return min(30.0, 9.0 + 3.2 * math.sqrt(degree))


def _escaped_tooltip(text: str) -> str:
    # A QGraphicsItem tooltip that looks like markup is rendered as rich text: escape it.
    return f"<p style='white-space:pre'>{html.escape(text)}</p>"


# --- scene items ---------------------------------------------------------------------------


class _Face(QGraphicsItem):
    """The initials (or photo) inside a node, painted only when zoomed in enough."""

    def __init__(self, node: NodeItem) -> None:
        super().__init__(node)
        self._node = node
        self._text = initials(node.info.name, node.info.given_name, node.info.family_name)
        self._photo: QPixmap | None = None
        self._photo_tried = False
        r = node.radius
        self._rect = QRectF(-r, -r, 2 * r, 2 * r)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if self._node.info.has_photo and lod * self._node.radius >= 14:
            if not self._photo_tried:
                self._photo_tried = True
                found = contacts.get_photo(self._node.info.id)
                size = max(16, round(self._node.radius * 2 * min(lod, 3.0)))
                self._photo = photo_pixmap(found[0], size) if found else None
            if self._photo is not None:
                painter.drawPixmap(self._rect, self._photo, QRectF(self._photo.rect()))
                return
        if not self._text:
            return
        font = QFont()
        font.setPixelSize(max(4, round(self._node.radius * 0.72)))
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        # drawText never interprets markup.
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self._text)


class NodeItem(QGraphicsEllipseItem):
    """One person. ``info`` is what the service said about them; ``face`` and ``label``
    are created on first need (``update_detail``)."""

    def __init__(self, info: graph.GraphNode, x: float, y: float) -> None:
        self.radius = node_radius(info.degree)
        r = self.radius
        super().__init__(-r, -r, 2 * r, 2 * r)
        self.info = info
        self.xy = (x, y)  # the position as plain floats (cheaper than pos() in loops)
        self.setPos(x, y)
        colour = QColor(ME_COLOUR if info.is_me else style.STAGE_COLOURS.get(info.stage,
                                                                             "#64748b"))
        self.base_brush = QBrush(colour)
        self.setBrush(self.base_brush)
        self.setPen(QPen(QColor("white"), 1.5))
        self.setZValue(2 + min(r, 30) / 100)
        self.setToolTip(_escaped_tooltip(
            f"{info.name}\n{'You' if info.is_me else STAGE_TITLES.get(info.stage, info.stage)}"
            f" · knows {info.degree}"))
        self.face: _Face | None = None
        self.label: QGraphicsSimpleTextItem | None = None
        self.emphasis = ""  # "", "selected", "path"

    def set_emphasis(self, emphasis: str) -> None:
        self.emphasis = emphasis
        if emphasis == "selected":
            self.setPen(QPen(QColor(SELECTED_COLOUR), 3.0))
        elif emphasis == "path":
            self.setPen(QPen(QColor(PATH_COLOUR), 4.0))
        else:
            self.setPen(QPen(QColor("white"), 1.5))

    def update_detail(self, scale: float) -> None:
        """Show the face and the name when they are readable at *scale*."""
        pixels = self.radius * scale
        want_face = pixels >= FACE_MIN_PIXELS
        if want_face and self.face is None:
            self.face = _Face(self)
        if self.face is not None:
            self.face.setVisible(want_face)
        want_label = pixels >= LABEL_MIN_PIXELS or bool(self.emphasis) or self.info.is_me
        if want_label and self.label is None:
            label = QGraphicsSimpleTextItem(self.info.name, self)
            font = QFont()
            font.setPointSizeF(8.5)
            if self.info.is_me or self.emphasis:
                font.setWeight(QFont.Weight.DemiBold)
            label.setFont(font)
            label.setBrush(QColor("#1f2937"))
            label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            label.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            width = label.boundingRect().width()
            label.setPos(0, self.radius)
            label.setTransform(QTransform.fromTranslate(-width / 2, 3))
            self.label = label
        if self.label is not None:
            self.label.setVisible(want_label)


class LinkLayer(QGraphicsItem):
    """Every link, drawn at once: "knows" lines, "introduced" lines with an arrowhead at
    the person introduced, dashed proposals. Links of hidden people are not drawn, links
    of dimmed (filtered out) people are faded.

    Private state: ``_ends`` holds each link's end points as plain floats and ``_groups``
    the ``QLineF`` lists per (kind, faded), rebuilt only when the hidden/dimmed sets
    change. Arrowheads are computed at paint time for the links ending in the exposed
    area, and only when zoomed in enough to see them (at "fit", thousands of them would
    be sub-pixel noise and cost a polygon each).
    """

    def __init__(self, links: Iterable[tuple[NodeItem, NodeItem, str]], bounds: QRectF
                 ) -> None:
        super().__init__()
        self._ends: list[tuple[int, int, float, float, float, float, float, str]] = []
        for a, b, kind in links:
            (x1, y1), (x2, y2) = a.xy, b.xy
            self._ends.append((int(a.info.id), int(b.info.id), x1, y1, x2, y2, b.radius, kind))
        self._hidden: set[int] = set()
        self._dimmed: set[int] = set()
        self._rect = QRectF(bounds).adjusted(-4, -4, 4, 4)
        self.setZValue(0)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self._groups: dict[tuple[str, bool], list[QLineF]] = {}
        self._rebuild()

    def set_state(self, hidden: set[int], dimmed: set[int]) -> None:
        if hidden == self._hidden and dimmed == self._dimmed:
            return
        self._hidden, self._dimmed = hidden, dimmed
        self._rebuild()
        self.update()

    def _rebuild(self) -> None:
        groups: dict[tuple[str, bool], list[QLineF]] = {}
        hidden, dimmed = self._hidden, self._dimmed
        for a, b, x1, y1, x2, y2, _r, kind in self._ends:
            if hidden and (a in hidden or b in hidden):
                continue
            faded = bool(dimmed) and (a in dimmed or b in dimmed)
            groups.setdefault((kind, faded), []).append(QLineF(x1, y1, x2, y2))
        self._groups = groups

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        width = 1.2 / max(lod, 0.05)  # a hairline of the same width at every zoom
        for (kind, faded), lines in self._groups.items():
            colour = QColor(PROPOSED_COLOUR if kind == "proposed"
                            else ARROW_COLOUR if kind == "introduced" else LINK_COLOUR)
            if faded:
                colour.setAlphaF(colour.alphaF() * 0.25)
            pen = QPen(colour, width)
            if kind == "proposed":
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLines(lines)
        if lod < 0.45:
            return
        visible = option.exposedRect if not option.exposedRect.isEmpty() else self._rect
        left, top, right, bottom = (visible.left(), visible.top(), visible.right(),
                                    visible.bottom())
        painter.setPen(Qt.PenStyle.NoPen)
        for a, b, x1, y1, x2, y2, radius, kind in self._ends:
            if kind != "introduced" or not (left <= x2 <= right and top <= y2 <= bottom):
                continue
            if self._hidden and (a in self._hidden or b in self._hidden):
                continue
            faded = bool(self._dimmed) and (a in self._dimmed or b in self._dimmed)
            colour = QColor(ARROW_COLOUR)
            colour.setAlpha(40 if faded else 220)
            painter.setBrush(colour)
            painter.drawPolygon(_arrowhead(QPointF(x1, y1), QPointF(x2, y2), radius))


def _arrowhead(source: QPointF, target: QPointF, radius: float) -> QPolygonF:
    dx, dy = target.x() - source.x(), target.y() - source.y()
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    tip = QPointF(target.x() - ux * (radius + 1), target.y() - uy * (radius + 1))
    size = 7.0
    back = QPointF(tip.x() - ux * size * 1.6, tip.y() - uy * size * 1.6)
    return QPolygonF([tip, QPointF(back.x() - uy * size * 0.6, back.y() + ux * size * 0.6),
                      QPointF(back.x() + uy * size * 0.6, back.y() - ux * size * 0.6)])


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
        self.setBackgroundBrush(QColor("#f8fafc"))

    def scale_factor(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        current = self.scale_factor()
        target = min(self.MAX_SCALE, max(self.MIN_SCALE, current * factor))
        if abs(target - current) < 1e-9:
            return
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


# --- the panel -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Loaded:
    network: graph.Network
    data: graph.GraphData
    positions: dict[ContactId, tuple[float, float]]


@dataclass(frozen=True)
class _Insights:
    connectors: tuple[graph.Connector, ...]
    suggestions: tuple[graph.Suggestion, ...]


def _load(center: ContactId | None, hops: int, progress: Callable[[int, int], bool]
          ) -> _Loaded:
    network = graph.load_network()
    data = graph.graph_data(network, center=center, hops=hops)
    saved = graph.load_positions([n.id for n in data.nodes])
    positions = graph.compute_layout(data, saved, progress=progress)
    new = {c: p for c, p in positions.items() if c not in saved}
    if new:
        graph.save_positions(new)
    return _Loaded(network, data, positions)


def _insights(network: graph.Network, among: list[ContactId]) -> _Insights:
    return _Insights(graph.connectors(network, among, limit=8),
                     graph.suggestions(network, limit=15))


_PANEL_STYLE = f"""
#GraphSide {{ background: palette(base); }}
#GraphSide QLabel#sideTitle {{ color: {style.DEFAULT_TAG_COLOUR}; font-size: 11px;
    font-weight: 600; }}
#GraphSide QLabel#muted {{ color: #6b7280; }}
#GraphSide QLabel#step {{ padding: 2px 0; }}
#GraphSide QListWidget {{ border: none; background: transparent; }}
#GraphSide QListWidget::item {{ padding: 4px 2px; }}
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

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._loaded: _Loaded | None = None
        self._nodes: dict[ContactId, NodeItem] = {}
        self._links: LinkLayer | None = None
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

        self.scene = QGraphicsScene(self)
        self.view = GraphView(self.scene, self)
        self.view.node_clicked.connect(self._on_node_clicked)
        self.view.node_double_clicked.connect(self._on_node_double_clicked)
        self.view.zoomed.connect(self._update_detail)

        # Toolbar: find, filters, zoom.
        self.find_field = QLineEdit(self)
        self.find_field.setPlaceholderText("Find a person in the network…")
        self.find_field.setClearButtonEnabled(True)
        self.find_field.returnPressed.connect(self._find)
        self.find_field.setAccessibleName("Find a person in the network")
        self.tag_filter = QComboBox(self)
        self.tag_filter.setToolTip("Show only people with this tag")
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

        bar = QHBoxLayout()
        bar.setContentsMargins(12, 10, 12, 8)
        bar.setSpacing(6)
        bar.addWidget(self.find_field, 1)
        bar.addWidget(self.tag_filter)
        bar.addWidget(self.stage_filter)
        bar.addWidget(self.hops)
        bar.addSpacing(6)
        for button in (zoom_out, zoom_in, fit, rearrange):
            bar.addWidget(button)
        bar.addWidget(self.everyone_button)

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
        self.legend.setText(dots + "<span style='color:#d97706'>- - </span>&nbsp;proposed"
                            "&nbsp;&nbsp; → introduced")
        self.legend.adjustSize()

        graph_column = QWidget(self)
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
        ops.changes_applied.connect(self._on_changes)
        self._fill_tag_filter()
        self.reload()

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
        self.connector_list = QListWidget(side)
        self.connector_list.setSizePolicy(QSizePolicy.Policy.Preferred,
                                          QSizePolicy.Policy.Preferred)
        self.connector_list.setFixedHeight(8 * 24 + 6)
        self.connector_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        worker = Worker(lambda progress: (generation, _load(center, max(hops, 2)
                                                            if center else 2, progress)),
                        cancel_exceptions=(graph.LayoutCancelled,),
                        cleanup=overview.release_thread_connection)
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(self._on_loaded)
        worker.signals.failed.connect(self._on_failed)
        worker.signals.cancelled.connect(self._on_cancelled)
        self._worker = worker
        self._stale = False
        # Only say so when it takes long enough to notice.
        QTimer.singleShot(150, lambda: self._show_overlay(generation))
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
        self.overlay.hide()
        self._loaded = result
        self._build_scene(result)
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
        self._start_insights(result)

    def _start_insights(self, loaded: _Loaded) -> None:
        generation = self._generation
        among = [n.id for n in loaded.data.nodes]
        worker = Worker(lambda _progress: (generation, _insights(loaded.network, among)),
                        cleanup=overview.release_thread_connection)
        worker.signals.finished.connect(self._on_insights)
        self._insights_worker = worker
        QThreadPool.globalInstance().start(worker)

    def _build_scene(self, loaded: _Loaded) -> None:
        keep_view = bool(self._nodes)
        center = self.view.mapToScene(self.view.viewport().rect().center())
        scale = self.view.scale_factor()
        self.scene.clear()
        self._path_item = None
        self._nodes = {}
        for node in loaded.data.nodes:
            x, y = loaded.positions.get(node.id, (0.0, 0.0))
            item = NodeItem(node, x, y)
            self.scene.addItem(item)
            self._nodes[node.id] = item
        links = [(self._nodes[lk.source], self._nodes[lk.target], lk.kind)
                 for lk in loaded.data.links
                 if lk.source in self._nodes and lk.target in self._nodes]
        bounds = self.scene.itemsBoundingRect()
        self._links = LinkLayer(links, bounds)
        self.scene.addItem(self._links)
        self.scene.setSceneRect(bounds.adjusted(-2000, -2000, 2000, 2000))
        if self._selected is not None and self._selected in self._nodes:
            self._nodes[self._selected].set_emphasis("selected")
        self._apply_filters()
        if self._path:
            self._highlight(self._path)
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
        for rank, c in enumerate(result.connectors, 1):
            item = QListWidgetItem(f"{rank}.  {c.person.name}   · knows {c.knows}")
            item.setData(Qt.ItemDataRole.UserRole, int(c.person.id))
            item.setToolTip(_escaped_tooltip(
                f"{c.person.name}: {c.score:.1%} of shortest paths run through them"))
            self.connector_list.addItem(item)
        if not result.connectors:
            self.connector_list.addItem("Nobody yet: record a few introductions.")
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
        for suggestion in found:
            self.suggestion_layout.addWidget(self._suggestion_row(suggestion))
        if not found:
            empty = QLabel("None right now. Tag people's interests to get suggestions.")
            empty.setObjectName("muted")
            empty.setWordWrap(True)
            self.suggestion_layout.addWidget(empty)
        self.suggestion_layout.addStretch(1)

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
        visible = [item for item in self._nodes.values() if item.isVisible()]
        rect = QRectF()
        for item in visible:
            rect = rect.united(item.sceneBoundingRect())
        self.view.fit(rect)

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
            item.update_detail(self.view.scale_factor())

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

    @Slot(QListWidgetItem)
    def _on_connector_clicked(self, item: QListWidgetItem) -> None:
        value = item.data(Qt.ItemDataRole.UserRole)
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
            QTimer.singleShot(900, lambda: self.find_field.setStyleSheet(""))
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
                item.update_detail(self.view.scale_factor())
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
        for item in self._nodes.values():
            item.update_detail(scale)

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

    def _place_overlays(self) -> None:
        viewport = self.view.viewport().rect()
        self.overlay.setFixedWidth(min(360, max(200, viewport.width() - 40)))
        self.overlay.adjustSize()
        self.overlay.move((viewport.width() - self.overlay.width()) // 2,
                          (viewport.height() - self.overlay.height()) // 3)
        self.legend.adjustSize()
        self.legend.move(12, viewport.height() - self.legend.height() - 10)

    def node_item(self, contact_id: ContactId) -> NodeItem | None:
        return self._nodes.get(contact_id)
