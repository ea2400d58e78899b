"""Icons (issue 14): the desktop's icon theme first, a bundled set where it has none.

Every icon the app shows is asked for by its role here (``icon("undo")``), never by a file
name, so one table says what each action looks like. The theme name is the freedesktop
Icon Naming Specification's (or the name Breeze and Adwaita agree on); where the user's
theme has it, the icon fits the rest of their desktop. Otherwise the bundled Lucide icon
(``resources/icons/lucide/``, ISC licence beside them, copied from lucide-icons/lucide at
33a44aa8b) is drawn in the palette's text colour, at paint time, so it reads on a light
and on a dark palette alike and follows a palette change without being rebuilt (Lucide's
SVGs stroke ``currentColor``, which this engine replaces with the colour of the moment).

    action.setIcon(icons.icon("undo"))
    icons.names()            # every role, for tests and the second pass

Set ``RAPPORT_ICONS=bundled`` to always use the bundled set (screenshots, or a theme
whose icons clash).
"""

from __future__ import annotations

import os
from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)

from desktop.ui.common.resources import resources_dir

# role: (freedesktop theme name, or "" for none that fits; bundled Lucide file)
ICONS: dict[str, tuple[str, str]] = {
    # File
    "new-contact": ("contact-new", "user-plus"),
    "import": ("document-import", "import"),
    "capture": ("mail-receive", "inbox"),
    "export": ("document-export", "share"),
    "export-calendar": ("", "calendar-arrow-up"),
    "demo": ("", "sparkles"),
    "print": ("document-print", "printer"),
    "restore": ("document-revert", "archive-restore"),
    "quit": ("application-exit", "log-out"),
    # Edit
    "undo": ("edit-undo", "undo-2"),
    "redo": ("edit-redo", "redo-2"),
    "undo-import": ("", "archive-x"),
    "edit": ("document-edit", "square-pen"),
    "duplicates": ("", "copy"),
    "delete": ("edit-delete", "trash-2"),
    "find": ("edit-find", "search"),
    # View
    "view-list": ("x-office-address-book", "book-user"),
    "view-calendar": ("view-calendar", "calendar-days"),
    "view-network": ("", "share-2"),
    "reach": ("", "route"),
    "review": ("", "calendar-check"),
    "profile": ("", "circle-user-round"),
    # Tools, Help
    "tags": ("", "tags"),
    "reminders": ("", "bell"),
    "sync": ("view-refresh", "refresh-cw"),
    "about": ("help-about", "info"),
    # The sidebar's lists
    "list-all": ("", "users"),
    "list-due": ("", "bell-ring"),
    "list-focus": ("", "target"),
    "list-import": ("", "import"),
    "list-asked": ("", "hand-helping"),
    # Small things
    "more": ("", "chevrons-right"),
    "colour": ("", "palette"),
    "done": ("", "check"),
    "close": ("window-close", "x"),
}


def names() -> list[str]:
    return list(ICONS)


def bundled_path(role: str) -> str:
    return str(resources_dir() / "icons" / "lucide" / f"{ICONS[role][1]}.svg")


def _use_theme() -> bool:
    return os.environ.get("RAPPORT_ICONS", "").lower() != "bundled"


@cache
def icon(role: str) -> QIcon:
    """The icon for *role* (a key of ``ICONS``; KeyError for an unknown one)."""
    theme, _file = ICONS[role]
    if theme and _use_theme() and QIcon.hasThemeIcon(theme):
        return QIcon.fromTheme(theme)
    return QIcon(TintedSvgEngine(bundled_path(role)))


def _colour(mode: QIcon.Mode) -> QColor:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorRole.WindowText)


class TintedSvgEngine(QIconEngine):
    """Draws a ``currentColor`` SVG in the palette's text colour for the icon's mode
    (disabled text for Disabled, highlighted text for Selected). Private state:
    ``_source`` the SVG text, read on first paint; ``_renderers`` one renderer per colour
    (a palette has few)."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self._path = path
        self._source: str | None = None
        self._renderers: dict[str, object] = {}

    def _renderer(self, colour: QColor) -> object:
        from PySide6.QtSvg import QSvgRenderer  # loaded with the first icon painted

        key = colour.name(QColor.NameFormat.HexArgb)
        renderer = self._renderers.get(key)
        if renderer is None:
            if self._source is None:
                try:
                    with open(self._path, encoding="utf-8") as file:
                        self._source = file.read()
                except OSError:
                    self._source = ""
            svg = self._source.replace("currentColor", colour.name())
            if colour.alpha() < 255:
                svg = svg.replace("<svg", f'<svg opacity="{colour.alphaF():.2f}"', 1)
            renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
            self._renderers[key] = renderer
        return renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        renderer = self._renderer(_colour(mode))
        side = min(rect.width(), rect.height())
        square = QRectF(rect.x() + (rect.width() - side) / 2,
                        rect.y() + (rect.height() - side) / 2, side, side)
        renderer.render(painter, square)  # type: ignore[attr-defined]

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        pixels = QSize(max(1, round(size.width() * scale)),
                       max(1, round(size.height() * scale)))
        pixmap = QPixmap(pixels)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), pixels), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return TintedSvgEngine(self._path)

    def key(self) -> str:
        return "RapportTintedSvg"

    def isNull(self) -> bool:
        return False
