"""Colour and spacing tokens (issue 14): the few values every widget shares, so that a
colour that carries meaning (an error, a stage, a tag) is the same everywhere and stays
readable on the light and the dark palette.

Colours that depend on the palette come from ``colours(palette)``: each semantic colour
is adjusted until it reaches WCAG AA contrast (4.5:1) on the palette's base, so an error
is dark red on white and light red on a dark window. A widget's own stylesheet built
from them goes through ``styled``, which builds it again when the palette changes (the
desktop switching between light and dark while the app runs)::

    tokens.styled(label, lambda p: f"color: {tokens.colours(p).error};")
    tokens.styled(label, tokens.error_style)  # the same, as every error line has it

Spacing is a scale of 4 px steps (``SPACE_S`` between related controls, ``SPACE_L``
between groups), ``RADIUS`` rounds corners.

Tag colours are picked from ``SWATCHES`` (named, translated, never shown as hex codes);
``tag_colour`` is the one function that says what colour a tag is drawn in.
"""

from __future__ import annotations

import functools
import hashlib
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from desktop.ui.common.translatable import QT_TRANSLATE_NOOP

# --- spacing -------------------------------------------------------------------------------

SPACE_XS = 4
SPACE_S = 8
SPACE_M = 12
SPACE_L = 16
SPACE_XL = 24
RADIUS = 6
ROW_HEIGHT = 30
ICON_SIZE = 18  # toolbar and sidebar icons (device-independent pixels)

# --- meaning-carrying colours (the light-palette value; ``colours`` adapts them) -----------

ERROR = "#b91c1c"
WARNING = "#b45309"
SUCCESS = "#047857"
MUTED = "#6b7280"
ACCENT = "#2563eb"

# Stage colours: cool to warm as a relationship deepens.
STAGE_COLOURS: dict[str, str] = {
    "connected": "#64748b",
    "acquainted": "#2563eb",
    "relationship": "#059669",
    "trusted": "#b45309",
}

# --- colour arithmetic ---------------------------------------------------------------------


def blend(a: QColor, b: QColor, t: float) -> QColor:
    """*a* moved a fraction *t* towards *b*."""
    return QColor(round(a.red() + (b.red() - a.red()) * t),
                  round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


def luminance(c: QColor) -> float:
    """Relative luminance (WCAG 2.x)."""
    def channel(v: int) -> float:
        x = v / 255
        return x / 12.92 if x <= 0.04045 else ((x + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours: 1 (none) to 21 (black on white)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def readable_on(fg: QColor, bg: QColor, ratio: float = 4.5) -> QColor:
    """*fg* lightened (on a dark *bg*) or darkened (on a light one) just enough to reach
    *ratio* against *bg*, keeping its hue as far as it can."""
    target = QColor("#ffffff") if luminance(bg) < 0.18 else QColor("#000000")
    for step in range(21):
        c = blend(fg, target, step / 20)
        if contrast(c, bg) >= ratio:
            return c
    return target


def readable_background(bg: QColor, fg: QColor, ratio: float = 4.5) -> QColor:
    """*bg* darkened (under light text) or lightened (under dark text) just enough for
    *fg* to reach *ratio* (WCAG AA for body text is 4.5)."""
    target = QColor("#000000") if luminance(fg) > 0.18 else QColor("#ffffff")
    for step in range(21):
        c = blend(bg, target, step / 20)
        if contrast(c, fg) >= ratio:
            return c
    return target


# --- the palette's semantic colours ----------------------------------------------------------


@dataclass(frozen=True)
class Colours:
    """Semantic colours as "#rrggbb" for one palette; every text colour reads on ``base``
    (and on ``window``) at 4.5:1 or better."""

    base: str  # a list's or a field's background
    window: str  # the window's background
    text: str
    muted: str  # secondary text: hints, counts, "no follow-up planned"
    border: str  # quiet separators (decorative: not held to text contrast)
    accent: str  # links and the selected view
    on_accent: str  # text on ``accent``
    error: str
    warning: str
    success: str
    hover: str  # a row under the mouse


_ROLES = (QPalette.ColorRole.Base, QPalette.ColorRole.Window, QPalette.ColorRole.Text,
          QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText)


def colours(palette: QPalette | None = None) -> Colours:
    """The semantic colours for *palette* (default: the application's), computed once per
    palette (item models ask for them on every painted cell)."""
    p = palette if palette is not None else QGuiApplication.palette()
    return _colours(tuple(p.color(role).name() for role in _ROLES))


@lru_cache(maxsize=16)
def _colours(names: tuple[str, ...]) -> Colours:
    base, window, text, highlight, on_highlight = (QColor(n) for n in names)
    # The darker (or lighter) of the two backgrounds decides: readable on both.
    worst = base if contrast(base, text) < contrast(window, text) else window

    def readable(colour: str | QColor) -> str:
        return readable_on(readable_on(QColor(colour), worst), base).name()

    accent = readable_background(highlight, on_highlight)
    return Colours(
        base=base.name(), window=window.name(), text=text.name(),
        muted=readable(blend(base, text, 0.55)),
        border=blend(window, text, 0.16).name(),
        accent=accent.name(), on_accent=on_highlight.name(),
        error=readable(ERROR), warning=readable(WARNING), success=readable(SUCCESS),
        hover=blend(base, highlight, 0.10).name(),
    )


def readable(colour: str | QColor, palette: QPalette | None = None) -> str:
    """*colour* (a light-palette text colour: a stage, a kind of event) adjusted to read at
    4.5:1 on *palette*'s base and window (default: the application's), as "#rrggbb": the
    same hue, lighter on a dark palette."""
    p = palette if palette is not None else QGuiApplication.palette()
    return _readable(QColor(colour).name(),
                     tuple(p.color(role).name() for role in _ROLES[:3]))


@lru_cache(maxsize=256)
def _readable(colour: str, names: tuple[str, ...]) -> str:
    base, window, text = (QColor(n) for n in names)
    worst = base if contrast(base, text) < contrast(window, text) else window
    return readable_on(readable_on(QColor(colour), worst), base).name()


def tint(colour: str | QColor, palette: QPalette | None = None) -> tuple[str, str, str]:
    """(background, border, text) of a box tinted with *colour* ("Topics to avoid", a
    banner, an error): pale with dark text on a light palette, deep with light text on a
    dark one; the text reads at 4.5:1 on the background."""
    p = palette if palette is not None else QGuiApplication.palette()
    bg, border, fg = chip_colours(QColor(colour), is_dark(p))
    return bg.name(), border.name(), fg.name()


def chip_colours(colour: QColor, dark: bool) -> tuple[QColor, QColor, QColor]:
    """(background, border, text) of a chip or pill tinted with *colour*: a pale tint with
    a dark shade of the same hue on a light palette, a deep tint with a light shade on a
    dark one; the text reads at 4.5:1 on the background either way."""
    hue = max(colour.hslHue(), 0)
    sat = colour.hslSaturation()
    if dark:
        bg = QColor.fromHsl(hue, min(sat, 120), 60)
        border = QColor.fromHsl(hue, min(sat, 140), 100)
        fg = QColor.fromHsl(hue, min(sat, 200), 205)
    else:
        bg = QColor.fromHsl(hue, min(sat, 200), 236)
        border = QColor.fromHsl(hue, min(sat, 170), 190)
        fg = QColor.fromHsl(hue, min(sat, 220), 62)
    return bg, border, readable_on(fg, bg)


# --- colours that follow the palette -------------------------------------------------------

Sheet = Callable[[QPalette], str]
W = TypeVar("W", bound=QWidget)
Restyle = Callable[[Any, QPalette], None]  # (the widget, the palette)


# Every followed widget, weakly (a widget, or a dialog with no parent, must not be kept
# alive by being followed), with its restyle. ``restyle`` is handed the widget and must not
# hold it: a closure over it would keep it alive here, and a cycle through it is freed only
# by the garbage collector, deleting the widget at some later allocation in the middle of
# other Qt code (the suite crashed so, constructing a MainWindow).
_followers: weakref.WeakKeyDictionary[QWidget, Restyle] = weakref.WeakKeyDictionary()


def follow_palette(widget: W, restyle: Restyle, *, now: bool = True) -> W:
    """Run ``restyle(widget, palette)`` (the application's palette) now (unless *now* is
    False), and again whenever ``style.apply`` changes the palette while *widget* lives:
    the desktop switching between light and dark while the app runs. Calling it again for
    the same widget replaces *restyle*. The one way a widget keeps colours it computed from
    the palette (``styled`` for a stylesheet).

    ``style.apply`` runs the followers (``palette_changed``) rather than each widget
    watching its own events: an event filter (or a helper object) per tag chip or link made
    showing a contact with many tags up to twice as costly (CPU) as without."""
    _followers[widget] = restyle
    if now:
        restyle(widget, QGuiApplication.palette())
    return widget


def palette_changed() -> None:
    """Run every live follower for the application's palette (``style.apply`` calls it
    once the new palette and stylesheet are set)."""
    palette = QGuiApplication.palette()
    for widget, restyle in list(_followers.items()):
        if shiboken6.isValid(widget):
            restyle(widget, palette)


def styled(widget: W, sheet: Sheet) -> W:
    """Give *widget* the stylesheet ``sheet(palette)``, built again whenever the palette
    changes (``follow_palette``)."""
    return follow_palette(widget, functools.partial(_set_sheet, sheet))


def _set_sheet(sheet: Sheet, widget: QWidget, palette: QPalette) -> None:
    text = sheet(palette)
    if widget.styleSheet() != text:  # setting it again would polish it again
        widget.setStyleSheet(text)


def error_style(palette: QPalette) -> str:
    """The stylesheet of a line that says what went wrong."""
    return f"color: {colours(palette).error};"


# --- tag colours ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Swatch:
    name: str  # English; ``title`` is the user's language
    colour: str

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Colours", self.name)


SWATCHES: tuple[Swatch, ...] = (
    Swatch(QT_TRANSLATE_NOOP("Colours", "Blue"), "#3b82f6"),
    Swatch(QT_TRANSLATE_NOOP("Colours", "Sky"), "#0ea5e9"),
    Swatch(QT_TRANSLATE_NOOP("Colours", "Teal"), "#14b8a6"),
    Swatch(QT_TRANSLATE_NOOP("Colours", "Green"), "#10b981"),
    Swatch(QT_TRANSLATE_NOOP("Colours", "Lime"), "#84cc16"),
    Swatch(QT_TRANSLATE_NOOP("Colours", "Amber"), "#f59e0b"),
    Swatch(QT_TRANSLATE_NOOP("Colours", "Orange"), "#f97316"),
    Swatch(QT_TRANSLATE_NOOP("Colours", "Red"), "#ef4444"),
    Swatch(QT_TRANSLATE_NOOP("Colours", "Pink"), "#ec4899"),
    Swatch(QT_TRANSLATE_NOOP("Colours", "Violet"), "#8b5cf6"),
    Swatch(QT_TRANSLATE_NOOP("Colours", "Indigo"), "#6366f1"),
    Swatch(QT_TRANSLATE_NOOP("Colours", "Slate"), "#64748b"),
)
# A tag with no colour of its own gets one of these from its name (the same name, the
# same colour, in every view); topics to avoid are amber, apart from every interest.
_AUTOMATIC: tuple[str, ...] = (
    "#3b82f6", "#10b981", "#f59e0b", "#ef4444", "#8b5cf6", "#ec4899", "#14b8a6", "#64748b",
)
AVOID_COLOUR = "#d97706"


def tag_colour(name: str, colour: str = "", category: str = "interest") -> QColor:
    """The colour a tag is drawn in: its own, else amber for topics to avoid, else one
    derived from its name."""
    if colour and QColor.isValidColorName(colour):
        return QColor(colour)
    if category == "avoid":
        return QColor(AVOID_COLOUR)
    key = " ".join(name.split()).casefold().encode("utf-8")
    digest = hashlib.blake2b(key, digest_size=2).digest()
    return QColor(_AUTOMATIC[int.from_bytes(digest, "big") % len(_AUTOMATIC)])


def swatch_for(colour: str) -> Swatch | None:
    """The swatch of *colour* ("#3b82f6" -> Blue), None for automatic or another colour."""
    if not colour:
        return None
    wanted = QColor(colour)
    return next((s for s in SWATCHES if QColor(s.colour) == wanted), None)


def colour_title(colour: str) -> str:
    """How a tag's colour is named to the user: "Blue", "Automatic", or "Custom" for a
    colour set elsewhere (never its hex code)."""
    if not colour:
        return QCoreApplication.translate("Colours", "Automatic")
    swatch = swatch_for(colour)
    return swatch.title if swatch else QCoreApplication.translate("Colours", "Custom")
