"""Every change the user makes goes through here: a service call, wrapped in a
``QUndoCommand`` on the one ``QUndoStack``, announced by one ``changes_applied`` signal.

Views never call mutating services directly; they call an ``Operations`` method and
refresh when ``changes_applied`` tells them what changed (STYLE.md, Anki's operations).

Contact changes are undone through the store's history (``history.undo``), not with
snapshots held here: undo takes back the user's own change only where the field still
holds what it wrote, so an edit sync brought in meanwhile stays (the ``notice`` signal
says so, for the status bar). An import is undone and redone the same way, off the UI
thread with a progress dialog.

``Operations`` is assembled here from one module per concern: ``core`` (signals, the undo
stack, pushing and refusing, jobs off the UI thread), ``commands`` (the undo commands),
``contacts``, ``tags``, ``introductions``, ``timeline`` (interactions, follow-ups,
favours), ``focus``, ``imports`` (imports and captures) and ``sync`` (sync conflicts).
"""

from __future__ import annotations

from desktop.ui.operations.contacts import ContactOps
from desktop.ui.operations.core import OperationsCore
from desktop.ui.operations.focus import FocusOps
from desktop.ui.operations.imports import ImportOps
from desktop.ui.operations.introductions import IntroductionOps
from desktop.ui.operations.sync import SyncOps
from desktop.ui.operations.tags import TagOps
from desktop.ui.operations.timeline import TimelineOps

__all__ = ["Operations"]


class Operations(ContactOps, TagOps, IntroductionOps, TimelineOps, FocusOps, ImportOps,
                 SyncOps, OperationsCore):
    """The UI's gateway to mutating services: ``OperationsCore`` (signals, the undo stack,
    the running job) with one plain mixin per concern, which push their changes through
    the core's ``_push`` / ``_push_history`` / ``_push_keeping_followups``."""
