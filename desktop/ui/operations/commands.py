"""The undo stack's commands: every change ``Operations`` makes is one of these on the one
``QUndoStack``. ``Command`` runs a pair of callables; ``HistoryCommand`` takes a contact
change back through the store's history; ``AsyncHistoryCommand`` does so off the UI thread
(an import)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand

from desktop.services import history
from desktop.services.types import Changes

if TYPE_CHECKING:
    from desktop.ui.operations.core import OperationsCore as Operations


def command_text(text: str) -> str:
    """*text* for a ``QUndoCommand``: the Undo/Redo actions show its action text, where
    "&" would be a mnemonic ("Chess & Go" -> "Chess _Go"), so that part has it doubled;
    ``text()`` (before the newline, Qt's convention) keeps the name as written."""
    plain = " ".join(text.split())
    return plain if "&" not in plain else f"{plain}\n{plain.replace('&', '&&')}"


class Command(QUndoCommand):
    """Runs *do* on redo and *undo* on undo, emitting what each changed.

    The first *do* has already run (``Operations._push`` runs it before pushing, so a
    refused change never reaches the stack); ``_done`` holds its result for the push.
    ``kind`` says which feature made it (``TAG_KIND``; "" for the rest). ``_skip_once``
    makes the next undo/redo a no-op: the stack's way back over a step refused while a
    job runs off the UI thread.
    """

    def __init__(
        self,
        ops: Operations,
        text: str,
        do: Callable[[], Changes],
        undo: Callable[[], Changes],
        done: Changes,
        kind: str = "",
    ) -> None:
        super().__init__(command_text(text))
        self.kind = kind
        self._ops = ops
        self._do = do
        self._undo = undo
        self._done: Changes | None = done
        self._skip_once = False  # set when a refused step put the stack back

    def redo(self) -> None:
        if self._done is not None:
            changes, self._done = self._done, None
            self._ops.changes_applied.emit(changes)
            return
        if self._skip_once:
            self._skip_once = False
            return
        if self._ops.refuse_while_busy(self, redo=True):
            return
        self._run(self._do)

    def undo(self) -> None:
        if self._skip_once:
            self._skip_once = False
            return
        if self._ops.refuse_while_busy(self, redo=False):
            return
        self._run(self._undo)

    def _run(self, step: Callable[[], Changes]) -> None:
        # An exception must not escape into Qt's C++ frame: report it instead.
        try:
            changes = step()
        except Exception as exc:
            if not self._ops.refuse(exc):
                raise
            return
        self._ops.changes_applied.emit(changes)


class HistoryCommand(Command):
    """A contact change the store's history keeps: undo and redo each take back the change
    sets applied last (``history.undo``), so neither overwrites what sync or an import
    changed since. Private state: ``_sets``, the change sets the next undo or redo takes
    back; ``_after_undo`` / ``_after_redo`` put back what lives outside the contact store
    (follow-ups a cadence moved), None when there is nothing.
    """

    def __init__(self, ops: Operations, text: str, done: Changes, *,
                 after_undo: Callable[[], Changes] | None = None,
                 after_redo: Callable[[], Changes] | None = None, kind: str = "") -> None:
        super().__init__(ops, text, self._take_back_redo, self._take_back_undo, done, kind)
        self._sets = done.change_sets
        self._after_undo = after_undo
        self._after_redo = after_redo

    def _take_back_undo(self) -> Changes:
        return self._take_back(self._after_undo)

    def _take_back_redo(self) -> Changes:
        return self._take_back(self._after_redo)

    def _take_back(self, after: Callable[[], Changes] | None) -> Changes:
        result = history.undo(self._sets)
        self._sets = result.changes.change_sets
        if result.kept:
            self._ops.notice.emit(result.message())
        return result.changes | (after() if after is not None else Changes())


class WorkerStepCommand(QUndoCommand):
    """An undo step whose undo and redo run in a worker with the progress dialog and
    Cancel. ``_first`` marks the push's redo (the change is already made); ``_skip`` makes
    the next undo/redo a no-op, to put the stack back where it was when a job is cancelled
    or fails (the data did not change). Subclasses start their job in ``_run``."""

    def __init__(self, ops: Operations, text: str) -> None:
        super().__init__(command_text(text))
        self.kind = ""
        self._ops = ops
        self._first = True
        self._skip = False

    def undo(self) -> None:
        self._step(redo=False)

    def _step(self, redo: bool) -> None:
        if self._skip:
            self._skip = False
            return
        if self._ops.refuse_while_busy(self, redo=redo):
            return
        self._run(redo)

    def _run(self, redo: bool) -> None:
        raise NotImplementedError

    def _back(self, redo: bool) -> None:
        """The job did not happen: move the stack back over this command."""
        self._skip = True
        stack = self._ops.undo_stack
        QTimer.singleShot(0, stack, stack.undo if redo else stack.redo)


class AsyncHistoryCommand(WorkerStepCommand):
    """A change too big to take back on the UI thread (an import): undo and redo run
    ``history.undo`` in a worker, with a progress dialog. Private state: ``_sets`` as in
    ``HistoryCommand``; ``_skip`` makes the next undo/redo a no-op, used to put the stack
    back where it was when a job is cancelled or fails (the data did not change);
    ``_first`` marks the push's redo (the change is made: *done* is announced, or nothing
    when it was announced already); ``batch_id`` the import it is; ``_after`` what runs on
    the UI thread after an undo (False) or a redo (True): follow-ups a tag's cadence moved.
    """

    def __init__(self, ops: Operations, text: str, done: Changes, batch_id: int | None,
                 announced: bool = False, *,
                 after_undo: Callable[[], Changes] | None = None,
                 after_redo: Callable[[], Changes] | None = None) -> None:
        super().__init__(ops, text)
        self._sets = done.change_sets
        self._after = {False: after_undo, True: after_redo}
        self._redoing = False
        self._done = None if announced else done
        self.batch_id = batch_id

    def redo(self) -> None:
        if self._first:
            self._first = False
            if self._done is not None:
                self._ops.changes_applied.emit(self._done)
            self._done = None
            return
        self._step(redo=True)

    def _run(self, redo: bool) -> None:
        self._redoing = redo
        self._ops.run_history_job(self._sets, self.text(), redo, self._finished,
                                  lambda: self._back(redo))

    def _finished(self, result: history.UndoResult) -> None:
        """The job is done (on the UI thread): what lives outside the store follows."""
        self._sets = result.changes.change_sets
        after = self._after[self._redoing]
        if after is not None:
            self._ops.changes_applied.emit(after())


class JobCommand(WorkerStepCommand):
    """A change made off the UI thread whose undo and redo run off it too (a big
    selection deleted, issue 18), each with the progress dialog and Cancel: ``_steps``
    what undo (False) and redo (True) run in the worker, each given the progress callback
    and returning what changed; ``_cancelled`` the exceptions that mean the user cancelled
    (nothing changed). The push's redo does nothing: the change is made and announced."""

    def __init__(self, ops: Operations, text: str,
                 do: Callable[[Callable[[int, int], bool]], Changes],
                 undo: Callable[[Callable[[int, int], bool]], Changes],
                 cancelled: tuple[type[BaseException], ...]) -> None:
        super().__init__(ops, text)
        self._steps = {False: undo, True: do}
        self._cancelled = cancelled

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._step(redo=True)

    def _run(self, redo: bool) -> None:
        self._ops.run_step_job(self._steps[redo], self._cancelled, self.text(), redo,
                               self._ops.changes_applied.emit, lambda: self._back(redo))
