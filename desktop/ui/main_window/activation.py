"""The window's own progress dialog does not make its contact list look inactive (issue 18).

When a long job shows its window-modal progress dialog (tagging 100,000 selected contacts,
a long undo), Qt makes the dialog the active window: the main window's widgets are sent
``WindowDeactivate`` and the focused list ``FocusOut``, and the list repaints every row it
shows in the inactive selection colours; when the dialog closes and the window is active
again, once more in the active ones. With a big selection each of those repaints was a
stall of its own (30-41 ms of UI time at 300,000 selected, in the turn the dialog opened).
A progress dialog is the window's own status, not a place the user went to: while it is
the active window the list keeps its look, and is neither told of the deactivation nor of
the activation that ends it.

When the activation goes anywhere else (another application, another window of ours) the
list is told after all: it repaints as inactive, and a later activation repaints it as
usual. The platform may have no active window for a moment between the dialog's closing
and the window's activation (the offscreen platform, some window managers): that moment
is waited out (``SETTLE_MS``) before the list gives in.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QFocusEvent, QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from desktop.ui.contacts.list_view import ContactTable

SETTLE_MS = 150  # how long no window of ours may be active before the list shows inactive

_ACTIVATION = (QEvent.Type.WindowActivate, QEvent.Type.WindowDeactivate)
_FOCUS = (QEvent.Type.FocusIn, QEvent.Type.FocusOut)


class ListActivation(QObject):
    """Keeps *views* of *window* looking active while one of the window's own progress
    dialogs is the active window.

    Private state: ``_held`` the views whose deactivation was kept from them (they paint
    as active, ``ContactTable.looks_active``, until the window is active again or the
    activation went elsewhere); ``_focus_held`` those whose loss of focus to that
    activation was kept from them too (their focus comes back with the window's);
    ``_settle`` waits out a moment with no window of ours active (see the module)."""

    def __init__(self, window: QWidget, views: Sequence[ContactTable]) -> None:
        super().__init__(window)
        self._window = window
        self._views = list(views)
        self._held: set[ContactTable] = set()
        self._focus_held: set[ContactTable] = set()
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._check_activation)
        for view in self._views:
            # On the view: Qt passes an activation on from a widget to its children (the
            # viewport, the headers) in QWidget::event, so none of them hears of it.
            view.installEventFilter(self)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._on_focus_window)

    @property
    def holding(self) -> bool:
        """Whether a view is kept looking active now."""
        return bool(self._held)

    def own_progress_active(self) -> bool:
        """Whether the active window is a progress dialog of the window's."""
        return self._own_progress() is not None

    def _own_progress(self) -> QProgressDialog | None:
        active = QApplication.activeWindow()
        if not isinstance(active, QProgressDialog):
            return None
        parent = active.parentWidget()
        while parent is not None:
            if parent is self._window:
                return active
            parent = parent.parentWidget()
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, ContactTable):
            if isinstance(watched, QProgressDialog) and event.type() == QEvent.Type.Hide:
                # Its closing may leave no window active without a word from the platform
                # (the offscreen one): see where the activation went once it settled.
                watched.removeEventFilter(self)
                if self._held:
                    self._settle.start()
            return False
        kind = event.type()
        if kind in _ACTIVATION:
            if kind == QEvent.Type.WindowDeactivate:
                dialog = self._own_progress()
                if dialog is not None:
                    dialog.installEventFilter(self)
                    self._held.add(watched)
                    watched.looks_active = True
                    return True
                return False
            if watched in self._held:  # active again: as it looked all along
                self._held.discard(watched)
                watched.looks_active = False
                return True
            return False
        if kind in _FOCUS and isinstance(event, QFocusEvent) and (
                event.reason() == Qt.FocusReason.ActiveWindowFocusReason):
            if kind == QEvent.Type.FocusOut:
                if watched in self._held:
                    self._focus_held.add(watched)
                    return True
                return False
            if watched in self._focus_held:
                self._focus_held.discard(watched)
                return True
        return False

    @Slot(QWindow)
    def _on_focus_window(self, _window: QWindow | None) -> None:
        if self._held or self._focus_held:
            self._settle.start()

    @Slot()
    def _check_activation(self) -> None:
        """The activation settled: if neither the window nor its progress dialog has it,
        the held views are told after all (they repaint as inactive)."""
        if QApplication.activeWindow() is self._window:
            self._focus_held.clear()  # the focus came back with the window (or went on)
            return
        if self.own_progress_active():
            return
        for view in self._held:
            view.looks_active = False
            view.viewport().update()
        self._held.clear()
        self._focus_held.clear()
