"""Long work off the UI thread: a generic QThreadPool worker with progress and cancel.

    worker = Worker(lambda progress: demo.generate_demo(300, progress=progress))
    worker.signals.progress.connect(dialog.set_progress)
    worker.signals.finished.connect(on_done)      # the function's return value
    worker.signals.failed.connect(on_error)       # one line: what went wrong
    worker.signals.cancelled.connect(on_cancelled)
    QThreadPool.globalInstance().start(worker)

The function receives a ``progress(done, total) -> bool`` callback; it returns False
once ``cancel()`` was called, and the function is expected to stop (and roll back).
Signals cross threads queued, so their slots run on the UI thread.

``start_job(parent, fn, title=..., label=..., on_finished=...)`` does all of the above in
one call: the worker, its progress dialog with Cancel, and the callbacks.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int], bool]


def failure_text(exc: BaseException) -> str:
    """One line for a job that failed: what a storage or file error means for the user
    (busy, read-only, full, damaged: issue 13), else the exception's own message. A
    damaged database is also announced (``report_damage``: the window's ``DatabaseGuard``
    offers the way out)."""
    from desktop.models.database import is_damage, is_storage_error, storage_error_text

    if is_storage_error(exc) or isinstance(exc, OSError):
        if is_damage(exc):
            report_damage(str(exc))
        return storage_error_text(exc)
    return str(exc) or type(exc).__name__


class DamageReports(QObject):
    """The one place a damaged database is announced, from any thread: ``damaged`` is
    queued to the receiver (the window's ``DatabaseGuard``, which offers the way out). It
    lives here, below the guard, so a job that finds damage needs no import of the guard."""

    damaged = Signal(str)  # error detail


_damage: DamageReports | None = None


def damage_reports() -> DamageReports:
    """The announcer, made on first use (by the guard, on the UI thread)."""
    global _damage
    if _damage is None:
        _damage = DamageReports()
    return _damage


def report_damage(detail: str) -> None:
    """Say, from any thread, that the database was found damaged (queued to the window's
    guard, if there is one)."""
    if _damage is not None:
        _damage.damaged.emit(detail)


def end_jobs() -> None:
    """Before the application goes: wait for every job on the pool to end.

    Tearing the application down deletes every Qt object Python still holds, the jobs'
    ``WorkerSignals`` included: a job still running then (the detail pane's modules
    loading when Ctrl+C came) emitted through a deleted object ("Signal source has been
    deleted": a traceback in the terminal, or a crash if it came mid-emit). The process
    waited for those jobs anyway (the pool's threads are joined at exit), only too late:
    now it waits while their signals still exist. Jobs are not cancelled here (a backup is
    never cut short); the window cancels its own long jobs when it closes."""
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()


class WorkerSignals(QObject):
    """QRunnable is not a QObject, so its signals live here."""

    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the function's result
    failed = Signal(str)  # a one-line reason
    cancelled = Signal()


class Worker(QRunnable):
    """Runs *fn(progress)* on a pool thread, once. Private state: ``_fn`` the function
    until it runs; ``_cancel`` is set from the UI thread by ``cancel()`` and read by the
    progress callback on the pool thread.

    *cancel_exceptions* are the exception types *fn* raises when it stops because the
    progress callback said so (e.g. ``DemoCancelled``): they end in ``cancelled``, not
    ``failed``. *cleanup* runs on the pool thread at the end, whatever happened (close the
    thread's database connection, for instance).
    """

    def __init__(
        self,
        fn: Callable[[Progress], Any],
        *,
        cancel_exceptions: tuple[type[BaseException], ...] = (),
        cleanup: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self.signals = WorkerSignals()
        self._fn: Callable[[Progress], Any] | None = fn
        self._cancel = threading.Event()
        self._cancel_exceptions = cancel_exceptions
        self._cleanup = cleanup
        self._last_step = -1
        # The pool must not delete the runnable while the UI thread still holds it.
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> bool:
        if self._cancel.is_set():
            return False
        # At most one signal per 0.1 %: a job ticking 200,000 times must not flood the
        # UI thread's event queue.
        step = done * 1000 // total if total > 0 else done
        if step != self._last_step:
            self._last_step = step
            self.signals.progress.emit(done, total)
        return True

    def run(self) -> None:
        # The function, and what its closure holds, goes once it has run: the worker
        # object outlives its job (the last tagging job's 300,000 ids, 10.6 MiB, were
        # still held beside the network view at 300,000 contacts, issue 18).
        fn, self._fn = self._fn, None
        if fn is None:  # run once only
            return
        try:
            result = fn(self._progress)
        except self._cancel_exceptions:
            self.signals.cancelled.emit()
        except Exception as exc:  # reported, never raised into Qt's C++ thread frame
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.failed.emit(failure_text(exc))
        else:
            # Finished is finished: a cancel that came too late did not undo the work.
            self.signals.finished.emit(result)
        finally:
            if self._cleanup is not None:
                with contextlib.suppress(Exception):  # cleanup must never mask the outcome
                    self._cleanup()


def progress_dialog(
    parent: QWidget, worker: Worker, title: str, label: str, steps: int = 100,
    minimum_duration_ms: int = 200,
) -> QProgressDialog:
    """The window-modal progress dialog every long job shows: *steps* steps, shown only if
    the job outlasts *minimum_duration_ms*, kept open until the job says how it ended,
    and its Cancel cancels *worker*."""
    dialog = QProgressDialog(label, QCoreApplication.translate("Jobs", "Cancel"), 0, steps,
                             parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    # Wide enough for its bar to read as progress (Qt sizes it to the label: ~200 px), and
    # as wide without its Cancel as with it (a restore takes it away half-way).
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 50)
    dialog.setMinimumDuration(minimum_duration_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    dialog.canceled.connect(worker.cancel)
    return dialog


def show_progress(dialog: QProgressDialog | None, done: int, total: int) -> None:
    """Move *dialog* to done/total of its range, never to its end: the job closes it."""
    if dialog is not None and total > 0:
        top = dialog.maximum()
        dialog.setValue(min(done * top // total, top - 1))


def close_progress(dialog: QProgressDialog | None) -> None:
    """Close a job's progress dialog for good (its Cancel no longer reaches the job)."""
    if dialog is not None:
        dialog.canceled.disconnect()
        dialog.close()
        dialog.deleteLater()


_running: set[Worker] = set()  # jobs started by ``start_job``, kept alive until they end


def start_job(
    parent: QWidget,
    fn: Callable[[Progress], Any],
    *,
    title: str,
    label: str,
    on_finished: Callable[[Any], None],
    on_failed: Callable[[str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    cancel_exceptions: tuple[type[BaseException], ...] = (),
    cleanup: Callable[[], None] | None = None,
    minimum_duration_ms: int = 200,
) -> Worker:
    """Run *fn(progress)* off the UI thread with the window-modal progress dialog and its
    Cancel: the one way a widget starts long work (issue 14). The callbacks run on the UI
    thread once the dialog is closed; the worker is kept alive until then."""
    from PySide6.QtCore import QThreadPool

    worker = Worker(fn, cancel_exceptions=cancel_exceptions, cleanup=cleanup)
    dialog = progress_dialog(parent, worker, title, label,
                             minimum_duration_ms=minimum_duration_ms)
    worker.signals.progress.connect(lambda done, total: show_progress(dialog, done, total))

    def ended(callback: Callable[..., None] | None) -> Callable[..., None]:
        def slot(*args: Any) -> None:
            close_progress(dialog)
            _running.discard(worker)
            if callback is not None:
                callback(*args)
        return slot

    worker.signals.finished.connect(ended(on_finished))
    worker.signals.failed.connect(ended(on_failed))
    worker.signals.cancelled.connect(ended(on_cancelled))
    _running.add(worker)
    QThreadPool.globalInstance().start(worker)
    return worker
