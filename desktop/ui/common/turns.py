"""Work that waits for a turn of the event loop of its own, after the window's repaint of
what just changed (issue 18): the detail pane's fill, the sidebar's counts, the steps of an
import's end."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QWidget

# Turns to wait at most for one without a repaint (a window that repaints every turn, an
# animation, must not keep the pane from filling).
MOST_TURNS = 5


class QuietTurn(QObject):
    """Calls *callback* once, in the first turn of the event loop after ``start()`` in which
    *widget*'s window (or *window*: a dialog's end waits out the main window's repaints)
    did not repaint, and at least ``least_turns`` turns after ``start()``.

    Why: the list's repaint of its new current row (30 ms at 300,000 contacts) and the
    pane's fill (40-60 ms the first time) in one turn kept the event loop from running for
    100 ms after select-all. A plain zero timer fires in the same turn as that repaint
    (Qt's timers and its posted repaint share one pass of the loop), two chained ones too
    when the first fires before the repaint: waiting for a turn without a repaint is what
    puts the fill after it. ``start()`` again restarts the wait; several starts before the
    callback call it once.

    Private state: ``_turns`` is how many turns passed since ``start()``; ``_painted`` says
    the window repainted since the last turn began (seen by an event filter on the window,
    installed only while waiting).
    """

    def __init__(self, widget: QWidget, callback: Callable[[], None],
                 least_turns: int = 2, *, window: QWidget | None = None) -> None:
        super().__init__(widget)
        self._widget = widget
        self._window = window  # the window whose repaints are waited out (None: widget's)
        self._callback = callback
        self._least = least_turns
        self._turns = 0
        self._painted = False
        self._watched: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._turn)

    def start(self) -> None:
        self._turns = 0
        self._painted = False
        self._watch(self._window if self._window is not None else self._widget.window())
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._watch(None)

    def is_active(self) -> bool:
        return self._timer.isActive()

    def _watch(self, window: QWidget | None) -> None:
        if window is self._watched:
            return
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        self._watched = window
        if window is not None:
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A widget window repaints in its UpdateRequest (the repaint manager's one pass).
        if event.type() == QEvent.Type.UpdateRequest:
            self._painted = True
        return False

    @Slot()
    def _turn(self) -> None:
        self._turns += 1
        if (self._painted or self._turns < self._least) and self._turns < MOST_TURNS:
            self._painted = False
            self._timer.start()
            return
        self.stop()
        self._callback()
