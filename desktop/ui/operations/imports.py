"""Imports and captures put on the undo stack after they ran off the UI thread, and
undoing the last import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.services import contacts, history, tags
from desktop.services.types import Changes, ContactId
from desktop.ui.operations.commands import AsyncHistoryCommand, Command

if TYPE_CHECKING:
    # The importer (and the vCard layer under it) loads on the first import, not at
    # start-up: it costs ~35 ms that the first paint does not need.
    from desktop.services import importer
    from desktop.services.capture import engine as capture
    from desktop.ui.operations.core import OperationsCore as _Core
else:
    _Core = object

translate = QCoreApplication.translate


@dataclass(frozen=True)
class BatchExtras:
    """What the import preview applies to the whole batch: a tag for everyone, and how
    they were met ("met at *met_at* on *met_on*": written where a contact has none)."""

    tag: str = ""
    met_at: str = ""
    met_on: dt.date | None = None

    def is_empty(self) -> bool:
        return not self.tag.strip() and not self.met_at.strip() and self.met_on is None


def _apply_batch_extras(extras: BatchExtras, ids: Sequence[ContactId]) -> Changes:
    """Tag a batch and record how they were met, through the store (its change sets are
    in the Changes: the import's undo takes them back with it)."""
    people = list(dict.fromkeys(ids))
    if not people:
        return Changes()
    changes = Changes()
    if extras.tag.strip():
        changes |= tags.change_tags(people, add=[extras.tag])[1]
    if extras.met_at.strip() or extras.met_on is not None:
        story = f"Met at {' '.join(extras.met_at.split())}" if extras.met_at.strip() else ""
        changes |= contacts.set_met_many(people, story, extras.met_on)
    return changes



class ImportOps(_Core):
    """The import and capture steps of ``Operations`` (a mixin over ``OperationsCore``)."""

    def record_import(self, result: importer.ImportResult,
                      extras: BatchExtras | None = None) -> bool:
        """Put an import that already ran (off the UI thread) on the undo stack and
        announce what it changed. *extras* (the preview's "tag everyone with…" and "met at
        … on …", issue 15) are applied to the batch in the same undoable step. An import
        that changed nothing (no batch) is not a step to undo: it is announced and False
        is returned."""
        if extras is not None and extras.is_empty():
            extras = None
        info = history.set_info(result.changes.change_sets[0]) \
            if result.changes.change_sets else None
        if result.batch_id is None or info is None:
            self.changes_applied.emit(result.changes)
            if extras is not None and result.matched_ids:
                # Nothing new, but the batch still gets its tag and "met at": one step.
                matched = result.matched_ids
                self._push_history(translate("Operations", "Tag the imported contacts"),
                                   lambda: _apply_batch_extras(extras, matched), scope=matched)
            return False
        done = result.changes
        after_undo = after_redo = None
        if extras is not None:
            from desktop.services import followups

            # Follow-ups a tag's cadence moves: of the contacts that were there before.
            existing = [*result.merged_ids, *result.matched_ids]
            before = followups.capture(existing)
            try:
                done |= _apply_batch_extras(
                    extras, [*result.new_ids, *result.merged_ids, *result.matched_ids])
            except Exception as exc:
                if not self.refuse(exc):
                    raise
            after = followups.capture(existing)
            after_undo = partial(followups.restore, before)
            after_redo = partial(followups.restore, after)
        self.undo_stack.push(AsyncHistoryCommand(self, info.text, done, result.batch_id,
                                                  after_undo=after_undo,
                                                  after_redo=after_redo))
        return True

    def undo_last_import(
        self, confirm: Callable[[importer.BatchInfo], bool] | None = None
    ) -> bool:
        """Take back the most recent import that is still in place, off the UI thread.

        The import on top of the stack is simply undone; one further down (or from an
        earlier session) becomes its own undoable step ("Undo import of phone.vcf"), so the
        edits made since stay. An import the history has forgotten (too old) can only lose
        its new contacts, not undoably: *confirm* is asked first then, and False from it
        leaves everything as it is. False when nothing was started.
        """
        from desktop.services import importer

        if self.refused_while_busy():
            return False
        info = importer.last_batch()
        if info is None:
            self.failed.emit(translate("Operations", "There is no import to undo."))
            return False
        top = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(top, AsyncHistoryCommand) and top.batch_id == info.id:
            self.undo_stack.undo()
            return True
        set_id = history.import_set(info.id)
        if set_id is not None:
            title = translate("Operations", "Undo import of %1").replace(
                "%1", Path(info.source).name or translate("Operations", "contacts"))

            def push(result: history.UndoResult) -> None:
                self.undo_stack.push(AsyncHistoryCommand(self, title, result.changes, None,
                                                          announced=True))

            self.run_history_job((set_id,), title, False, push, lambda: None)
            return True
        if confirm is not None and not confirm(info):
            return False
        try:
            changes = importer.undo_import(info.id)
        except Exception as exc:
            if not self.refuse(exc):
                raise
            return False
        self.changes_applied.emit(changes)
        self.notice.emit(QCoreApplication.translate("Operations", "Import undone"))
        return True

    def record_capture(self, result: capture.CaptureResult, title: str) -> bool:
        """Put a capture that already ran (off the UI thread) on the undo stack as one step
        and announce it; one that wrote nothing is not a step (False)."""
        undo = result.undo
        if undo is None:
            return False
        from desktop.services.capture import engine

        self.undo_stack.push(Command(
            self, translate("Operations", "Capture %1").replace("%1", title),
            lambda: engine.redo_capture(undo),
            lambda: engine.undo_capture(undo), result.changes))
        return True
