"""Windows that fit the screen they open on (issue 14, "fits every screen").

A dialog asks for the size its content reads best at (``resize(940, 620)``); on a
1024×640 screen, or at 2× scale, that can be taller than the screen, with its buttons
below the edge. ``to_screen`` shrinks the size, and the minimum size, to the screen's
available area less what the window manager adds (title bar, borders): the content then
scrolls or reflows inside, and the buttons stay on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What a window manager adds around a window: borders, and a title bar on top. Used before
# the window is shown, when its frame is not known yet.
FRAME_ALLOWANCE = QSize(16, 48)


def available(widget: QWidget | None = None) -> QRect:
    """The available area (without panels and docks) of the screen *widget* is on, or of
    the primary screen."""
    screen = None
    if widget is not None:
        screen = widget.screen()
        parent = widget.parentWidget()
        if parent is not None:
            screen = parent.screen() or screen
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 640)


def room(widget: QWidget | None = None) -> QSize:
    """The largest client size a window can have on that screen, frame included."""
    area = available(widget)
    frame = FRAME_ALLOWANCE
    if widget is not None and widget.isVisible():
        outer, inner = widget.frameGeometry(), widget.geometry()
        if outer.isValid() and outer != inner:
            frame = QSize(outer.width() - inner.width(), outer.height() - inner.height())
    return QSize(max(area.width() - frame.width(), 200), max(area.height() - frame.height(), 200))


def to_screen(widget: QWidget) -> None:
    """Shrink *widget*'s minimum size and size to what its screen can show."""
    limit = room(widget)
    minimum = widget.minimumSize()
    if minimum.width() > limit.width() or minimum.height() > limit.height():
        widget.setMinimumSize(minimum.boundedTo(limit))
    size = widget.size()
    if size.width() > limit.width() or size.height() > limit.height():
        widget.resize(size.boundedTo(limit))
