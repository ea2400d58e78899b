"""Sync conflicts (issue 8): put back your version, or dismiss."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.services.types import Changes
from desktop.ui.operations.commands import HistoryCommand

if TYPE_CHECKING:
    from desktop.ui.operations.core import OperationsCore as _Core
else:
    _Core = object

translate = QCoreApplication.translate


class SyncOps(_Core):
    """The sync conflict steps of ``Operations`` (a mixin over ``OperationsCore``)."""

    def restore_sync_conflict(self, conflict_id: int, name: str) -> bool:
        """Put back the Rapport version a sync conflict kept (the next sync uploads it);
        undo takes it back through the history and offers the conflict again."""
        from desktop.services.sync import engine

        if self.refused_while_busy():
            return False
        try:
            changes = engine.restore_conflict(conflict_id)
        except Exception as exc:
            if not self.refuse(exc):
                raise
            return False

        def reopen() -> Changes:
            engine.reopen_conflict(conflict_id)
            return Changes()

        def settle() -> Changes:
            engine.dismiss_conflict(conflict_id)
            return Changes()

        text = translate("Operations", "Restore your version of %1").replace("%1", name)
        self.undo_stack.push(HistoryCommand(self, text, changes, after_undo=reopen,
                                            after_redo=settle))
        return True

    def dismiss_sync_conflict(self, conflict_id: int, name: str) -> bool:
        """Settle a sync conflict by keeping the merged contact as it is."""
        from desktop.services.sync import engine

        def do() -> Changes:
            engine.dismiss_conflict(conflict_id)
            return Changes()

        def undo() -> Changes:
            engine.reopen_conflict(conflict_id)
            return Changes()

        text = translate("Operations", "Dismiss the sync conflict of %1").replace("%1", name)
        return self._push(text, do, undo)
