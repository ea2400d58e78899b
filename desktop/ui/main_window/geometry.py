"""The window's size and place, its three columns' widths and the list's column widths:
restored sanely at start (never larger than the screen, never a squeezed sidebar) and
saved at close."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject

from desktop.ui import sidebar as sb
from desktop.ui.common import fit

if TYPE_CHECKING:
    from desktop.ui.main_window.window import MainWindow

DEFAULT_SIZE = (1280, 800)
DEFAULT_SPLITTER = (204, 716, 360)
SIDEBAR_MIN = 150
DETAIL_MIN = 360  # the detail pane's own least width (its stage and timeline buttons)
VIEWS_MIN_WIDTH = 260  # the middle column's least width, whatever its views would like


def splitter_sizes_for(width: int, saved: list[int] | None = None) -> list[int]:
    """Sidebar, middle and detail widths for a window *width* wide: the saved ones held to
    sane bounds (a size saved on a larger screen, or a sidebar dragged to its minimum, must
    not come back squeezing the list), else a share of the width."""
    side = max(SIDEBAR_MIN, min(DEFAULT_SPLITTER[0], width * 22 // 100))
    detail = max(DETAIL_MIN, min(DEFAULT_SPLITTER[2], width * 30 // 100))
    if saved and len(saved) == 3 and all(saved):
        side = max(SIDEBAR_MIN, min(saved[0], width * 30 // 100))
        detail = max(DETAIL_MIN, min(saved[2], width * 45 // 100))
    middle = width - side - detail - 2
    if middle < VIEWS_MIN_WIDTH:  # a very narrow window: the middle column first
        spare = max(0, width - VIEWS_MIN_WIDTH - 2)
        side = SIDEBAR_MIN if spare >= SIDEBAR_MIN + DETAIL_MIN else spare // 3
        detail = max(0, spare - side)
        middle = width - side - detail - 2
    return [side, middle, detail]


class WindowGeometry(QObject):
    """Reads and writes ``window.settings``; ``apply_initial_sizes`` sets the columns'
    widths once the splitter shows at its real width."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._initial_sizes: list[int] = []
        self._sizes_pending = True

    def restore(self) -> None:
        window = self._window
        s = window.settings
        if not s.window_geometry or not window.restoreGeometry(QByteArray(s.window_geometry)):
            window.resize(*DEFAULT_SIZE)
        self.fit_to_screen()
        if s.window_state:
            window.restoreState(QByteArray(s.window_state))
        sizes = s.splitter_sizes
        # Applied again when the list is first shown (showEvent, or the welcome screen
        # giving way to the list): sizes set before the splitter has its real width are
        # rescaled by it, which squeezed the sidebar to its minimum.
        self._initial_sizes = list(sizes) if len(sizes) == 3 and all(sizes) else []
        self._sizes_pending = True
        window.splitter.setSizes(splitter_sizes_for(window.width(), self._initial_sizes))
        window.table.set_column_widths(s.column_widths)
        key = s.sidebar_entry
        if key == sb.ME or not window.sidebar.select_key(key):
            window.sidebar.select_key(sb.ALL)

    def fit_to_screen(self) -> None:
        """Shrink the window to its screen's available area if it is larger (a size saved
        when a view had forced the window wider must not come back, nor be saved)."""
        window = self._window
        if window.isMaximized() or window.isFullScreen():
            return
        room = fit.room(window)  # the window manager's frame: known once shown, else allowed
        width, height = min(window.width(), room.width()), min(window.height(), room.height())
        if (width, height) != (window.width(), window.height()):
            window.resize(width, height)
        area = fit.available(window)
        frame = window.frameGeometry()
        if not area.contains(frame) and frame.width() <= area.width():
            window.move(max(area.left(), min(frame.left(), area.right() - frame.width())),
                        max(area.top(), min(frame.top(), area.bottom() - frame.height())))

    def save(self) -> None:
        window = self._window
        s = window.settings
        self.fit_to_screen()
        s.window_geometry = bytes(window.saveGeometry().data())
        s.window_state = bytes(window.saveState().data())
        s.splitter_sizes = window.splitter.sizes()
        s.column_widths = window.table.column_widths  # hidden columns keep theirs
        key = window.sidebar.current_key
        if key and key != sb.ME:
            s.sidebar_entry = key
        s.sync()

    def apply_initial_sizes(self) -> None:
        """The saved (or first-run) column widths, once the splitter shows at its real
        width: applied to a hidden splitter (the welcome screen showing) they were squeezed,
        and a demo network loaded from there left the sidebar at 150 pixels."""
        if not self._sizes_pending:
            return
        self._sizes_pending = False
        window = self._window
        width = window.splitter.width() if window.splitter.isVisible() else window.width()
        window.splitter.setSizes(splitter_sizes_for(width, self._initial_sizes))
