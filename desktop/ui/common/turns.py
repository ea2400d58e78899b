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
# Turns given at most to other ones' callbacks (there are a handful: should the posted call
# that ends a turn never come, a callback still runs).
MOST_DEFERRED = 50


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

    Several waiting at once run one per turn (each after the repaint of the one before):
    after a follow-up done in the calendar the sidebar's counts, the pane's refill and
    the title's count came due in the same turn, together as long as the key press's
    turn they were taken out of (issue 18).

    Private state: ``_turns`` is how many turns passed since ``start()``; ``_painted`` says
    the window repainted since the last turn began (seen by an event filter on the window,
    installed only while waiting). ``_spent`` (one for all) says a callback ran in this
    pass of the event loop; a posted call clears it in the next.
    """

    _spent = False

    def __init__(self, widget: QWidget, callback: Callable[[], None],
                 least_turns: int = 2, *, window: QWidget | None = None) -> None:
        super().__init__(widget)
        self._widget = widget
        self._window = window  # the window whose repaints are waited out (None: widget's)
        self._callback = callback
        self._least = least_turns
        self._turns = 0
        self._deferred = 0  # turns given to another one's callback since start()
        self._painted = False
        self._watched: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._turn)

    def start(self) -> None:
        self._turns = 0
        self._deferred = 0
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
        if QuietTurn._spent and self._deferred < MOST_DEFERRED:
            # Another one's callback had this turn: not counted.
            self._deferred += 1
            self._timer.start()
            return
        self._turns += 1
        if (self._painted or self._turns < self._least) and self._turns < MOST_TURNS:
            self._painted = False
            self._timer.start()
            return
        self.stop()
        QuietTurn._spent = True
        # A zero single shot is a posted call: it runs in the next pass of the loop, after
        # the other timers due in this one.
        QTimer.singleShot(0, _turn_over)
        self._callback()


def _turn_over() -> None:
    QuietTurn._spent = False
