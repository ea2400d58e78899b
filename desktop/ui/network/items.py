"""The network picture's scene items (issues 5, 16): people as C++-painted circles, one
layer that draws every link, one layer that draws the faces and the names.

Each person is a ``NodeItem`` (a circle Qt paints in C++, so a full repaint of 2,000
people makes no Python call per person); the initials or photo and the name labels are
painted by one ``DetailLayer``; the links by one ``LinkLayer`` (``links.py``) with a few
``drawLines`` calls. Names are data: ``QStaticText`` in plain-text format, tooltips escaped.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QStaticText,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from desktop.services import contacts, network
from desktop.ui.common import style, tokens
from desktop.ui.common.avatar import initials, photo_pixmap
from desktop.ui.common.translatable import QT_TRANSLATE_NOOP

ME_COLOUR = "#4338ca"
PATH_COLOUR = "#f59e0b"
LINK_COLOUR = QColor(100, 116, 139, 70)
STRONG_LINK_COLOUR = QColor(71, 85, 105, 150)  # a close tie (strength >= STRONG_TIE)
YOU_LINK_COLOUR = QColor(67, 56, 202, 38)  # the user's own ties: many, drawn lightly
STRONG_TIE = 0.8
ARROW_COLOUR = QColor(100, 116, 139, 120)
PROPOSED_COLOUR = QColor(217, 119, 6, 150)
DIM_OPACITY = 0.12
PATH_DIM_OPACITY = 0.22  # everyone off a highlighted path (still there, clearly behind)
LABEL_MIN_PIXELS = 9.0  # a name shows once its circle is this many pixels across (radius)
FACE_MIN_PIXELS = 7.0
HUB_LABELS = 12  # the best-connected people are named at every zoom (if room)
OUTLINE_MIN_SCALE = 0.35  # circles get their white outline from this zoom on
STEP_SECONDS = 0.008  # UI-thread time one step of building the picture may take, then
# the event loop gets its turn (issue 18: no stall over 50 ms, on a loaded machine too)
FAST_LINES = 1500  # links drawn per frame at most while zooming

ME_Z = 50.0  # your circle: above everyone
DETAIL_Z = 60.0  # faces and names: above every circle
FOCUS_Z = 40.0  # the selected, focused or path people: above the rest
PHOTO_MAX_PIXELS = 512
# Translated where shown: QCoreApplication.translate("NetworkView", title).
STAGE_TITLES = {
    "connected": QT_TRANSLATE_NOOP("NetworkView", "Connected"),
    "acquainted": QT_TRANSLATE_NOOP("NetworkView", "Acquainted"),
    "relationship": QT_TRANSLATE_NOOP("NetworkView", "Relationship"),
    "trusted": QT_TRANSLATE_NOOP("NetworkView", "Trusted"),
}
translate = QCoreApplication.translate


class NodeTexts(QObject):
    """A person's tooltip in the picture (``self.tr``: lupdate sees the plurals). Each
    text is translated once per instance (``_seen``): a picture asks for thousands."""

    def __init__(self) -> None:
        super().__init__()
        self._seen: dict[tuple[str, object], str] = {}

    def knows(self, n: int) -> str:
        key = ("knows", n)
        if key not in self._seen:
            self._seen[key] = self.tr("%1\n%2 · knows %Ln people", "", n)
        return self._seen[key]

    def knows_with_tie(self, n: int) -> str:
        key = ("tie", n)
        if key not in self._seen:
            self._seen[key] = self.tr("%1\n%2 · knows %Ln people · your tie: %3", "", n)
        return self._seen[key]

    def role(self, info: network.GraphNode) -> str:
        key = ("role", "" if info.is_me else info.stage)
        if key not in self._seen:
            self._seen[key] = (translate("NetworkView", "You") if info.is_me else translate(
                "NetworkView", STAGE_TITLES.get(info.stage, info.stage)))
        return self._seen[key]

    def closeness(self, words: str) -> str:
        key = ("closeness", words)
        if key not in self._seen:
            self._seen[key] = translate("NetworkView", CLOSENESS.get(words, words))
        return self._seen[key]

    def tooltip(self, info: network.GraphNode) -> str:
        """*info*'s tooltip, escaped (``escaped_tooltip``). The text around the name is
        worked out and escaped once per kind of person (degree, stage, closeness); only
        the name is escaped per person. Escaping is character by character and "%1"
        holds nothing to escape, so this is the whole text escaped."""
        words = "" if info.is_me or not info.tie else network.closeness_words(info.tie)
        key = ("tooltip", (info.degree, info.is_me, info.stage, words))
        frame = self._seen.get(key)
        if frame is None:
            if words:
                text = self.knows_with_tie(info.degree).replace("%3", self.closeness(words))
            else:
                text = self.knows(info.degree)
            frame = self._seen[key] = escaped_tooltip(text.replace("%2", self.role(info)))
        return frame.replace("%1", html.escape(info.name))


CLOSENESS = {
    "close": QT_TRANSLATE_NOOP("NetworkView", "close"),
    "good": QT_TRANSLATE_NOOP("NetworkView", "good"),
    "light": QT_TRANSLATE_NOOP("NetworkView", "light"),
}


def node_radius(degree: int) -> float:
    """Bigger for people who know more people, gently: everyone the user met counts now
    (issue 16), and big circles would cover the crowded middle."""
    return min(26.0, 8.0 + 2.6 * math.sqrt(degree))


def escaped_tooltip(text: str) -> str:
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


def outline_pen() -> QPen:
    """The circles' outline on the application's palette (it separates touching ones)."""
    return _pen(canvas_colours().outline, 1.5)


@dataclass(frozen=True)
class CanvasColours:
    """The picture's colours on one palette: a canvas a little off the palette's base,
    names in the palette's text colour on a backing of the canvas (4.5:1 or better), the
    circles' outline in the canvas colour (it separates touching circles), the selection
    ring in the text colour, links in slate that shows on either canvas."""

    background: QColor
    label_backing: QColor  # translucent: the canvas under a name
    label_text: QColor
    outline: str
    selected: str
    links: dict[str, QColor]
    dark: bool


def canvas_colours(palette: QPalette | None = None) -> CanvasColours:
    """The picture's colours for *palette* (default: the application's)."""
    p = palette if palette is not None else QGuiApplication.palette()
    return _canvas_colours(p.color(QPalette.ColorRole.Base).name(),
                           p.color(QPalette.ColorRole.Window).name(),
                           p.color(QPalette.ColorRole.Text).name())


@lru_cache(maxsize=8)
def _canvas_colours(base_name: str, window_name: str, text_name: str) -> CanvasColours:
    base, window, text = QColor(base_name), QColor(window_name), QColor(text_name)
    dark = tokens.luminance(base) < 0.18
    background = (tokens.blend(base, window, 0.5) if dark
                  else tokens.blend(base, QColor("#e2e8f0"), 0.12))
    backing = QColor(background)
    backing.setAlpha(225)
    label = tokens.readable_on(text, background, 7.0)
    if dark:  # lighter slate and indigo: the light palette's would vanish in the dark
        links = {"you": QColor(165, 180, 252, 40), "proposed": QColor(251, 191, 36, 170),
                 "introduced": QColor(148, 163, 184, 140), "knows": QColor(148, 163, 184, 70),
                 "knows+": QColor(203, 213, 225, 150)}
    else:
        links = {"you": YOU_LINK_COLOUR, "proposed": PROPOSED_COLOUR,
                 "introduced": ARROW_COLOUR, "knows": LINK_COLOUR,
                 "knows+": STRONG_LINK_COLOUR}
    return CanvasColours(background, backing, label, background.name(), label.name(),
                         links, dark)


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


def label_font() -> QFont:
    """The names' font (bold: the widest they are drawn, what placing them measures)."""
    return _font(0, True)


class NodePlan(NamedTuple):
    """What a node item needs, worked out off the UI thread (plain Python; a named tuple:
    5,000 frozen dataclasses cost three times as much to make, issue 18). The tooltip is
    worked out when shown (``NodeItem.tooltip``)."""

    info: network.GraphNode
    x: float
    y: float
    radius: float
    colour: str

    @staticmethod
    def of(info: network.GraphNode, x: float, y: float) -> NodePlan:
        return NodePlan(
            info, x, y, node_radius(info.degree),
            ME_COLOUR if info.is_me else style.STAGE_COLOURS.get(info.stage, "#64748b"))


class NodeItem(QGraphicsEllipseItem):
    """One person: a circle painted by Qt's C++ (no Python call per node and frame).

    ``info`` is what the service said about them; ``label`` is their name as a
    ``QStaticText`` (plain text, created on first need); ``label_on`` says whether the
    label is placed at the current zoom and ``label_at`` where, in screen pixels from the
    centre (``labels.place_labels`` decides, so that labels never overlap); the initials
    or photo and the label are painted by the one ``DetailLayer``. ``emphasis``: "",
    "selected", "path" or "focus" (the person whose neighbourhood is shown). ``photo`` is
    the photo read at ``photo_pixels`` device pixels across (read again when a zoom or a
    2x screen needs it sharper). ``_initials``: None until first drawn (``initials``).
    ``_texts``: the picture's one ``NodeTexts``, for the tooltip (``tooltip``).
    """

    def __init__(self, info: network.GraphNode, x: float, y: float,
                 plan: NodePlan | None = None, outlined: bool = True,
                 outline: QPen | None = None, texts: NodeTexts | None = None) -> None:
        plan = plan or NodePlan.of(info, x, y)
        self._texts = texts
        self.radius = r = plan.radius
        super().__init__(-r, -r, 2 * r, 2 * r)
        self.info = info
        self.xy = (x, y)  # the position as plain floats (cheaper than pos() in loops)
        self.setPos(x, y)
        self.setBrush(_brush(plan.colour))
        self.outlined = outlined
        # One pen for everyone, looked up once per picture: asking the palette for it per
        # person was a third of the time it took to make the items (issue 16).
        self.outline_pen = outline if outline is not None else outline_pen()
        self.setPen(self.outline_pen if outlined else _NO_PEN)
        self.base_z = 2 + min(r, 30) / 100
        # You are never covered by anyone: always on top of the other circles.
        self.setZValue(ME_Z if info.is_me else self.base_z)
        self._initials: str | None = None
        self.photo: QPixmap | None = None
        self.photo_pixels = 0
        self.photo_missing = False
        self.label: QStaticText | None = None
        self.label_width = 0.0
        self.label_on = False
        self.label_at = (0.0, 0.0)  # the label's top-left, screen pixels from the centre
        self.emphasis = ""

    @property
    def tooltip(self) -> str:
        """The escaped rich text the view shows over the circle (``GraphView``), worked
        out when asked for: setting 5,000 tooltips was a fifth of making the items, and
        working them out a third of the scene plan (issue 18)."""
        if self._texts is None:
            self._texts = NodeTexts()
        return self._texts.tooltip(self.info)

    @property
    def initials(self) -> str:
        """The initials drawn in the circle, worked out when first drawn: only the people
        zoomed in on ever show them (working them out for 5,000 people was a third of
        the scene plan, issue 18)."""
        if self._initials is None:
            info = self.info
            self._initials = initials(info.name, info.given_name, info.family_name)
        return self._initials

    def set_emphasis(self, emphasis: str) -> None:
        """Ring and stacking: the selected or focused person and a path's people on top of
        everyone (you excepted: you are above all)."""
        self.emphasis = emphasis
        if emphasis in ("selected", "focus"):
            self.setPen(_pen(canvas_colours().selected, 3.0))
        elif emphasis == "path":
            self.setPen(_pen(PATH_COLOUR, 4.0))
        else:
            self.setPen(self.outline_pen if self.outlined else _NO_PEN)
        if not self.info.is_me:
            self.setZValue(FOCUS_Z if emphasis else self.base_z)

    def set_outlined(self, outlined: bool) -> None:
        """The white outline separates touching circles when zoomed in; zoomed out it is
        sub-pixel and only costs paint time."""
        self.outlined = outlined
        if not self.emphasis:
            self.setPen(self.outline_pen if outlined else _NO_PEN)

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
        """The photo at least *pixels* device pixels across (None: initials instead). Read
        again, larger, when a zoom or a 2x screen shows it bigger than it was read: a
        photo is never drawn upscaled (blurred)."""
        if self.photo_missing:
            return None
        wanted = max(16, min(PHOTO_MAX_PIXELS, math.ceil(pixels)))
        if self.photo is None or wanted > self.photo_pixels * 1.15:
            found = contacts.get_photo(self.info.id)
            photo = photo_pixmap(found[0], wanted) if found else None
            if photo is None:
                self.photo_missing = True
                return None
            self.photo, self.photo_pixels = photo, wanted
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
        self.setZValue(DETAIL_Z)  # above every circle, yours included
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
        labelled.sort(key=lambda it: it.zValue())  # yours last: never covered
        if labelled:
            self._paint_labels(painter, labelled)

    def _paint_faces(self, painter: QPainter, lod: float, items: list[NodeItem]) -> None:
        """Each person in view again, circle then initials or photo, smallest first (the
        circles' own stacking order), so a face is never drawn over a bigger neighbour."""
        items.sort(key=lambda it: it.zValue())
        white = QColor("white")
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        for it in items:
            r = it.radius
            x, y = it.xy
            rect = QRectF(x - r, y - r, 2 * r, 2 * r)
            painter.setPen(it.pen())
            painter.setBrush(it.brush())
            painter.drawEllipse(rect)
            if it.info.has_photo and lod * r >= 14:
                photo = it.photo_pixmap(2 * r * lod * ratio)
                if photo is not None:
                    painter.drawPixmap(rect, photo, QRectF(photo.rect()))
                    continue
            if it.initials:
                painter.setPen(white)
                painter.setFont(_font(max(4, round(r * 0.72)), True))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, it.initials)  # no markup

    def _paint_labels(self, painter: QPainter, items: list[NodeItem]) -> None:
        """Names at a constant size on screen, where the placement put them (under the
        circle unless that was taken), on a light backing; in stacking order, so that
        yours is drawn last."""
        transform = painter.worldTransform()
        painter.save()
        painter.resetTransform()
        canvas = canvas_colours()
        backing = canvas.label_backing
        text_colour = canvas.label_text
        height = QFontMetricsF(_font(0, True)).height()
        for it in items:
            if it.label is None or not it.isVisible():
                continue
            bold = bool(it.emphasis) or it.info.is_me
            painter.setFont(_font(0, bold))
            centre = transform.map(QPointF(it.xy[0], it.xy[1]))
            left, top = centre.x() + it.label_at[0], centre.y() + it.label_at[1]
            painter.setOpacity(1.0 if it.opacity() >= 1.0 else 0.35)
            painter.fillRect(QRectF(left - 3, top, it.label_width + 6, height), backing)
            painter.setPen(text_colour)
            painter.drawStaticText(QPointF(left, top), it.label)
        painter.restore()
