"""The heart of ``Operations``: its signals, the one undo stack, pushing a change on it
(``_push``, ``_push_history``, ``_push_keeping_followups``), refusing one that cannot be
saved, and the undo or redo that runs off the UI thread. The feature modules beside it add
the changes themselves.

Its strings belong to the "Operations" translation context (the class the app sees), so
they are translated with that context written out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.models.database import (
    DatabaseError,
    is_damage,
    is_storage_error,
    storage_error_text,
)
from desktop.services import history
from desktop.services.errors import ServiceError
from desktop.services.types import Changes, ContactId
from desktop.ui.common.workers import (
    Progress,
    Worker,
    close_progress,
    progress_dialog,
    show_progress,
)
from desktop.ui.operations.commands import Command, HistoryCommand, WorkerStepCommand


def refusal(exc: Exception) -> str | None:
    """The one line to tell the user when *exc* stopped a change: a service's refusal, or
    the database being busy, read-only, full or damaged (issue 13: a change that could not
    be saved is never dropped silently). None for anything else (a bug: it propagates)."""
    if isinstance(exc, ServiceError):
        return str(exc)
    if isinstance(exc, DatabaseError | OSError) or is_storage_error(exc):
        return storage_error_text(exc)
    return None


class OperationsCore(QObject):
    """Signals, the undo stack and the running job of ``Operations``. Private state: the
    shared undo stack; ``_job`` the history job running off the UI thread (None when idle)
    with its progress dialog ``_progress``, shown over ``_dialog_parent``."""

    changes_applied = Signal(object)  # Changes
    failed = Signal(str)  # a one-line reason the user can act on
    notice = Signal(str)  # a one-line outcome for the status bar ("Undid …; title was kept")
    idle = Signal()  # a job running off the UI thread has ended
    damaged = Signal(str)  # the database is damaged: what SQLite said (the rescue offers a way out)

    def __init__(self, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self._job: Worker | None = None
        self._progress: QProgressDialog | None = None
        self._dialog_parent: QWidget | None = None
        self._on_done: Callable[[Any], None] | None = None
        self._on_back: Callable[[], None] | None = None

    def set_dialog_parent(self, widget: QWidget) -> None:
        """The window the progress dialogs of long undos and redos are shown over."""
        self._dialog_parent = widget

    @property
    def busy(self) -> bool:
        """Whether an undo or redo is running off the UI thread."""
        return self._job is not None

    def refused_while_busy(self) -> bool:
        """A change asked for while a job runs off the UI thread is refused (``failed``
        says why): the job's changes must land first. True when refused."""
        if not self.busy:
            return False
        self.failed.emit(QCoreApplication.translate(
            "Operations", "wait until the running undo or redo has finished"))
        return True

    def refuse_while_busy(self, command: QUndoCommand, redo: bool) -> bool:
        """While a job runs, an undo or redo the stack asks for is refused (and the stack
        put back): the job's changes must land first. True when refused."""
        if not self.refused_while_busy():
            return False
        if isinstance(command, WorkerStepCommand):
            command._back(redo)
        elif isinstance(command, Command):
            command._skip_once = True
            stack = self.undo_stack
            QTimer.singleShot(0, stack, stack.undo if redo else stack.redo)
        return True

    def cancel_job(self) -> None:
        """What the progress dialog's Cancel does: stop the job; nothing changes."""
        if self._job is not None:
            self._job.cancel()

    def run_history_job(self, sets: tuple[int, ...], text: str, redo: bool,
                        on_done: Callable[[history.UndoResult], None],
                        on_back: Callable[[], None]) -> None:
        """Take back change sets in a worker; *on_done* gets the result (on the UI thread),
        *on_back* runs when it was cancelled or failed (nothing changed)."""
        self.run_step_job(lambda progress: history.undo(sets, progress),
                          (history.UndoCancelled,), text, redo, on_done, on_back)

    def run_step_job(self, fn: Callable[[Progress], Any],
                     cancelled: tuple[type[BaseException], ...], text: str, redo: bool,
                     on_done: Callable[[Any], None], on_back: Callable[[], None]) -> None:
        """Run an undo step's undo or redo (*text* names it) in a worker with the progress
        dialog; *on_done* gets its result on the UI thread, *on_back* runs when it was
        cancelled or failed (nothing changed)."""
        if redo:
            title = QCoreApplication.translate("Operations", "Redo")
            verb = QCoreApplication.translate("Operations", "Redoing")
        else:
            title = QCoreApplication.translate("Operations", "Undo")
            verb = QCoreApplication.translate("Operations", "Undoing")
        self._start_job(fn, cancelled, title, f"{verb} “{text}”…", on_done, on_back)

    def _start_job(self, fn: Callable[[Progress], object],
                   cancelled: tuple[type[BaseException], ...], title: str, label: str,
                   on_done: Callable[[Any], None], on_back: Callable[[], None],
                   over: QWidget | None = None) -> Worker:
        """Run *fn* in a worker with the progress dialog (over *over*, else the window);
        *on_done* gets its result on the UI thread (a ``history.UndoResult`` is then
        announced here), *on_back* runs when it was cancelled (*cancelled*: the exceptions
        that mean so) or failed."""
        from desktop.models import small_page_cache
        from desktop.services import overview

        def job(progress: Progress) -> object:
            # The job's connection is its own (closed at its end): a history job or a
            # whole selection tagged writes across the book, and 32 MB of cache held
            # pages it would not read again (issue 18: 30 MB of the peak at 300,000).
            small_page_cache()
            return fn(progress)

        # The job's end: its connection closed, and what its statements made and let go
        # given back from the C heap (issue 18: after a delete of 100,000 contacts, ~80 MiB).
        worker = Worker(job, cancel_exceptions=cancelled, cleanup=overview.end_of_big_job)
        worker.signals.progress.connect(self._on_job_progress)
        worker.signals.finished.connect(self._on_job_finished)
        worker.signals.failed.connect(self._on_job_failed)
        worker.signals.cancelled.connect(self._on_job_cancelled)
        self._job, self._on_done, self._on_back = worker, on_done, on_back
        parent = over if over is not None else self._dialog_parent
        if parent is not None:
            self._progress = progress_dialog(parent, worker, title, label)
        QThreadPool.globalInstance().start(worker)
        return worker

    def _end_job(self) -> tuple[Callable[[Any], None] | None, Callable[[], None] | None]:
        progress, self._progress = self._progress, None
        close_progress(progress)
        self._job = None
        done, back = self._on_done, self._on_back
        self._on_done = self._on_back = None
        return done, back

    @Slot(int, int)
    def _on_job_progress(self, done: int, total: int) -> None:
        show_progress(self._progress, done, total)

    @Slot(object)
    def _on_job_finished(self, result: object) -> None:
        on_done, _back = self._end_job()
        if on_done is not None:
            on_done(result)
        if isinstance(result, history.UndoResult):
            self.changes_applied.emit(result.changes)
            self.notice.emit(result.message())
        self.idle.emit()

    @Slot(str)
    def _on_job_failed(self, message: str) -> None:
        _done, on_back = self._end_job()
        if on_back is not None:
            on_back()
        self.failed.emit(message)
        self.idle.emit()

    @Slot()
    def _on_job_cancelled(self) -> None:
        _done, on_back = self._end_job()
        if on_back is not None:
            on_back()
        self.notice.emit(
            QCoreApplication.translate("Operations", "Cancelled: nothing was changed"))
        self.idle.emit()

    def refuse(self, exc: Exception) -> bool:
        """Tell the user why *exc* stopped a change (``failed``; ``damaged`` too when the
        database is damaged); False if *exc* is not a refusal but a bug."""
        text = refusal(exc)
        if text is None:
            return False
        self.failed.emit(text)
        if is_damage(exc):
            self.damaged.emit(str(exc))
        return True

    def _push(self, text: str, do: Callable[[], Changes], undo: Callable[[], Changes],
              kind: str = "") -> bool:
        if self.refused_while_busy():
            return False
        try:
            changes = do()
        except Exception as exc:
            if not self.refuse(exc):
                raise
            return False
        self.undo_stack.push(Command(self, text, do, undo, changes, kind))
        return True

    def _push_history(self, text: str, do: Callable[[], Changes],
                      scope: Sequence[ContactId] = ()) -> bool:
        """Run a contact change and put it on the stack as a ``HistoryCommand``. With
        *scope*, the change may move those contacts' keep-in-touch follow-ups (a cadence,
        tags): undo puts them back exactly as they were, redo as the change left them."""
        if self.refused_while_busy():
            return False
        from desktop.services import followups

        before = followups.capture(scope) if scope else None
        try:
            changes = do()
        except Exception as exc:
            if not self.refuse(exc):
                raise
            return False
        if not changes.change_sets:  # nothing changed: nothing to undo
            self.changes_applied.emit(changes)
            return True
        after = followups.capture(scope) if scope else None
        self.undo_stack.push(HistoryCommand(
            self, text, changes,
            after_undo=(lambda: followups.restore(before)) if before is not None else None,
            after_redo=(lambda: followups.restore(after)) if after is not None else None))
        return True

    def _push_keeping_followups(
        self, text: str, scope: Sequence[ContactId], do: Callable[[], Changes],
        undo: Callable[[], Changes], kind: str = "", redo: Callable[[], Changes] | None = None,
    ) -> bool:
        """``_push`` for a change that may move *scope*'s keep-in-touch follow-ups (a
        tag's cadence, a contact's tags): undo runs *undo* then puts their follow-ups back
        exactly as they were; redo runs *redo* (else *do*) then restores exactly the state
        *do* made (*redo* need not re-sync: that state replaces whatever it wrote)."""
        if not scope:
            return self._push(text, do, undo, kind)
        from desktop.services import followups

        before = followups.capture(scope)
        after: list[followups.TimelineState] = []

        def run() -> Changes:
            if after:
                return (redo or do)() | followups.restore(after[0])
            changes = do()
            after.append(followups.capture(scope))
            return changes

        return self._push(text, run, lambda: undo() | followups.restore(before), kind)

    def record_done(self, changes: Changes, note: str) -> None:
        """A contact change made before the window opened (the upgrade's: a book's old
        group cards made group tags, ``group_upgrade``) put on the stack, so Undo takes
        it back, and *note*, one line, said in the status bar."""
        info = history.set_info(changes.change_sets[0]) if changes.change_sets else None
        if info is not None:
            self.undo_stack.push(HistoryCommand(self, info.text, changes))
        self.notice.emit(note)

    def undo_kind(self) -> str:
        """The kind of the command Undo would take back ("" if none or not ours)."""
        top = self.undo_stack.command(self.undo_stack.index() - 1)
        return top.kind if isinstance(top, Command) else ""

    def redo_kind(self) -> str:
        """The kind of the command Redo would bring back ("" if none or not ours)."""
        top = self.undo_stack.command(self.undo_stack.index())
        return top.kind if isinstance(top, Command) else ""

    def notify(self, changes: Changes) -> None:
        """Announce a change made outside the undo stack (an import, the demo network)."""
        self.changes_applied.emit(changes)

    def database_replaced(self, changes: Changes) -> None:
        """The whole database was replaced (a backup restored, a damaged file recovered):
        the undo history refers to data that is gone, so it is cleared."""
        self.undo_stack.clear()
        self.changes_applied.emit(changes)

    def restore_backup(self, backup: Path, on_done: Callable[[Path], None],
                       on_back: Callable[[], None] | None = None,
                       over: QWidget | None = None) -> bool:
        """Replace all data with *backup* (issue 7) in a worker, with the progress dialog
        (over *over*): the current data is first copied to a "before restore" backup,
        which is how to go back and what *on_done* gets on the UI thread once the restored
        book is open; the undo history refers to the data being replaced, so it is cleared.
        Cancel stops the safety copy (nothing changed); from the copy in on there is no
        Cancel. On a failure ``failed`` says why in one line and *on_back* runs. False when
        refused (a job is running)."""
        from desktop.services import backups

        if self.refused_while_busy():
            return False
        path = backups.current_database()
        if path is None:
            self.failed.emit(QCoreApplication.translate("Operations", "no database is open"))
            return False

        def done(safety: object) -> None:
            try:
                changes = backups.reopen_restored(backup, path)
            except Exception as exc:
                if not self.refuse(exc):
                    raise
                if on_back is not None:
                    on_back()
                return
            self.database_replaced(changes)
            assert isinstance(safety, Path)
            on_done(safety)

        worker = self._start_job(
            lambda progress: backups.replace_with_backup(backup, path, progress),
            (backups.RestoreCancelled,),
            QCoreApplication.translate("Operations", "Restore from Backup"),
            QCoreApplication.translate("Operations", "Saving your current data first…"),
            done, on_back or (lambda: None), over)
        worker.signals.progress.connect(self._on_restore_progress)
        return True

    @Slot(int, int)
    def _on_restore_progress(self, done: int, _total: int) -> None:
        """From the copy in on the book is being replaced: no Cancel (nor Escape) any more."""
        from desktop.services import backups

        dialog, job = self._progress, self._job
        if dialog is None or job is None or done < backups.REPLACING:
            return
        if dialog.labelText() != self._replacing_text():
            dialog.canceled.disconnect(job.cancel)
            dialog.setCancelButton(None)
            dialog.setLabelText(self._replacing_text())
            # Without its Cancel, Escape (or the title bar's close) would hide the dialog
            # and leave the restore dialog under it usable while the book is replaced.
            dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The progress dialog of a restore being copied in stays until the job ends."""
        if watched is self._progress and (
            event.type() == QEvent.Type.Close
            or (isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape)
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _replacing_text() -> str:
        return QCoreApplication.translate("Operations", "Restoring the backup…")
