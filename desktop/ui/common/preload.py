"""Modules start-up loads ahead of their first use, without a stall and without a crash.

Importing the detail pane, the network view or the import preview is Python code that
held the UI thread 50-300 ms (issue 18), so start-up used to import them in a worker
thread. But those modules define QObject subclasses, and creating a PySide6 class (its
meta-object, its signals) off the UI thread while the UI thread runs Qt code crashed now
and then (a SIGSEGV in about one start in 300, in the fit probe). So a ``Preload`` is in
two parts:

- ``pure``: the modules whose import is the slow part and that never import PySide6
  (the services, the sync client, the importer, phonenumbers, numpy): imported in a
  worker thread;
- ``qt``: the UI modules themselves, imported on the UI thread by ``ModuleLoader``, one
  per turn of the event loop, dependencies first: with their pure dependencies already
  loaded each is a few milliseconds.

A module missing from ``qt`` is still imported, with the module that imports it, in that
module's turn; a module missing from ``pure`` is imported on the UI thread.
tests/ui/test_startup_imports.py checks both lists against the modules' real imports.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot

from desktop.ui.common.workers import Progress, Worker


@dataclass(frozen=True)
class Preload:
    pure: tuple[str, ...] = ()  # no PySide6 in them or under them: a worker imports them
    qt: tuple[str, ...] = ()  # imported on the UI thread, one a turn, dependencies first
    # Plain-Python work (no Qt) the worker does after importing ``pure``: warming
    # libphonenumber with stored numbers before the detail pane is built (issue 18).
    work: Callable[[], object] | None = None


# The reminders and the calendar push: the sync client (http, ssl, email, xml) under it.
CALENDAR = Preload(
    pure=("desktop.services.sync.accounts", "desktop.services.sync.caldav",
          "desktop.services.sync.carddav", "desktop.services.reminders",
          "desktop.services.review", "desktop.services.followups", "desktop.services.focus"),
    qt=("desktop.ui.common.save_path", "desktop.ui.calendar.calendar_export_dialog",
        "desktop.ui.calendar.reminder_tray"),
)
# The detail pane and its sections; libphonenumber too: the pane's numbers are placed
# with it, and its import (compiling its patterns, 150-300 ms) stalled the first contact
# shown.
DETAIL = Preload(
    pure=("phonenumbers", "desktop.services.facts", "desktop.services.favors",
          "desktop.services.briefing", "desktop.services.graph", "desktop.services.loops",
          "desktop.services.interactions"),
    qt=("desktop.ui.contacts.detail_parts", "desktop.ui.contacts.detail_fields",
        "desktop.ui.contacts.editor_fields", "desktop.ui.common.avatar",
        "desktop.ui.contacts.editor_header", "desktop.ui.contacts.tag_chips",
        "desktop.ui.contacts.contact_editor", "desktop.ui.contacts.detail_header",
        "desktop.ui.contacts.detail_tags", "desktop.ui.contacts.facts_section",
        "desktop.ui.common.people_picker", "desktop.ui.contacts.introduction_dialog",
        "desktop.ui.contacts.introductions_section", "desktop.ui.common.flow",
        "desktop.ui.contacts.favor_dialog", "desktop.ui.contacts.timeline_entry",
        "desktop.ui.shared.interaction_dialog", "desktop.ui.shared.reminder_dialog",
        "desktop.ui.contacts.timeline_section", "desktop.ui.contacts.detail_pane"),
)
# The network view; numpy too, which its layout and its links are computed with (imported
# by the first opening: 100-150 ms of that opening on the UI thread), and numpy.ma, which
# numpy imports on the first ``numpy.unique`` (8-12 ms of the first opening's reading).
NETWORK = Preload(
    pure=("numpy", "numpy.ma", "ctypes.util", "desktop.services.knows", "desktop.services.network",
          "desktop.services.graph_layout", "desktop.services.paths"),
    qt=("desktop.ui.network.items", "desktop.ui.network.chrome", "desktop.ui.network.links",
        "desktop.ui.network.loading", "desktop.ui.network.insights",
        "desktop.ui.network.labels", "desktop.ui.network.view", "desktop.ui.network.picture",
        "desktop.ui.network.keyboard", "desktop.ui.network.ask", "desktop.ui.network.reach",
        "desktop.ui.network.opening", "desktop.ui.network.toolbar",
        "desktop.ui.network.panel"),
)
# The import preview and the importer under it (~100 ms of importing that held the UI
# thread when the first import's dialog opened, issue 18).
IMPORTER = Preload(
    pure=("desktop.services.import_job", "desktop.services.importer"),
    qt=("desktop.ui.importing.preview_parts", "desktop.ui.importing.import_dialog"),
)

# The calendar view (its first opening imported these, ~10-20 ms of that turn, issue 18).
CALENDAR_VIEW = Preload(
    qt=("desktop.ui.calendar.month_grid", "desktop.ui.calendar.agenda_lists",
        "desktop.ui.calendar.month_counts", "desktop.ui.calendar.calendar_lists",
        "desktop.ui.calendar.focus_cards", "desktop.ui.calendar.date_dialog",
        "desktop.ui.calendar.followup_actions", "desktop.ui.calendar.catch_up_dialog",
        "desktop.ui.calendar.calendar_actions", "desktop.ui.calendar.panel_layout",
        "desktop.ui.calendar.calendar_panel"),
)


def import_pure(names: tuple[str, ...], _progress: Progress | None = None) -> None:
    """The worker's part: import *names* (never a module that imports PySide6)."""
    for name in names:
        if name not in sys.modules:
            importlib.import_module(name)


class ModuleLoader(QObject):
    """Loads one ``Preload`` at a time and says when it is loaded (``loaded``, also when a
    module failed to import: it is imported again, with its error, where it is used).

    Private state: ``_worker`` imports the pure modules (None once it has ended or was
    let go); ``_queue`` holds the Qt modules still to import on this thread; ``_loading``
    says a preload is under way (``cancel`` ends it without ``loaded``)."""

    loaded = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker: Worker | None = None
        self._queue: list[str] = []
        self._loading = False

    @property
    def loading(self) -> bool:
        return self._loading

    def load(self, preload: Preload) -> None:
        """Import *preload*'s pure modules in a worker thread, then its Qt modules here,
        one per turn of the event loop; then emit ``loaded``."""
        self.cancel()
        self._loading = True
        self._queue = [name for name in preload.qt if name not in sys.modules]
        pure = tuple(name for name in preload.pure if name not in sys.modules)
        work = preload.work
        if not pure and work is None:
            self._next_turn()
            return
        names = pure

        def in_worker(progress: Progress) -> None:
            import_pure(names, progress)
            if work is not None:
                work()

        worker = Worker(in_worker)
        worker.signals.finished.connect(self._pure_loaded)
        worker.signals.failed.connect(self._pure_loaded)  # imported again where used
        self._worker = worker
        QThreadPool.globalInstance().start(worker)

    def cancel(self) -> None:
        """Stop loading: the worker's end (it cannot be cut short) is no longer heard, and
        no Qt module is imported any more."""
        if self._worker is not None:
            signals = self._worker.signals
            signals.finished.disconnect(self._pure_loaded)
            signals.failed.disconnect(self._pure_loaded)
            self._worker = None
        self._queue = []
        self._loading = False

    @Slot(object)
    def _pure_loaded(self, _result: object = None) -> None:
        self._worker = None
        if self._loading:
            self._import_next()

    def _next_turn(self) -> None:
        QTimer.singleShot(0, self, self._import_next)

    @Slot()
    def _import_next(self) -> None:
        """One Qt module this turn; ``loaded`` in the turn after the last (the step that
        needs them is a turn of its own)."""
        if not self._loading:
            return
        while self._queue and self._queue[0] in sys.modules:  # came with an earlier one
            self._queue.pop(0)
        if not self._queue:
            self._loading = False
            self.loaded.emit()
            return
        name = self._queue.pop(0)
        with contextlib.suppress(Exception):  # imported again, with its error, where used
            importlib.import_module(name)
        self._next_turn()
