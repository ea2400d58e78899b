"""The window's watch over its database (issue 13): damage, outside changes, upkeep, errors.

- **Damage** found anywhere -- a change that failed (``Operations.damaged``), a job
  (``workers.failure_text``), a read while painting (the exception hook), the background
  check -- opens the rescue dialog once: restore the newest good backup, or recover what can
  still be read.
- **Outside changes**: every ``POLL_MS`` the main thread's connection reads SQLite's
  ``PRAGMA data_version``, which moves when another connection commits; the views are then
  refreshed as after any change, so counts never lie about the file.
- **Upkeep**: a few seconds after start-up, then hourly, off the UI thread: the scheduled
  check (SQLite's full integrity_check once a day) and the daily backup (checked too).
- **Errors** that reach Qt's event loop never show a traceback: a storage error is one
  line in the status bar, anything else one line on stderr and in the status bar, with the
  traceback appended to ``rapport-errors.log`` beside the database for a bug report.
- **Read-only**: a database that could only be opened for reading says so in the status
  bar, for as long as the window runs; every change is then refused with that reason.
- **Ctrl+C** in the terminal that started Rapport closes the window as if by its close
  button (the signal wakes the event loop through a socket, ``signal.set_wakeup_fd``).
"""

from __future__ import annotations

import datetime as dt
import signal
import socket
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QSocketNotifier, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from desktop.models.database import (
    READ_ONLY,
    error_detail,
    is_damage,
    is_read_only,
    is_storage_error,
    storage_error_text,
)
from desktop.ui.common.workers import Worker, damage_reports, report_damage
from desktop.ui.operations import Operations

POLL_MS = 2_000  # how often outside changes are looked for (one cheap PRAGMA)
UPKEEP_DELAY_MS = 5_000  # the first check and backup wait until start-up is well over
UPKEEP_EVERY_MS = 60 * 60 * 1000  # an app left open for days still checks once a day
ERROR_LOG = "rapport-errors.log"


class DatabaseGuard(QObject):
    """Watches the database *path* the window *window* shows. Private state: ``_version``
    is the data_version last seen; ``_rescuing`` is True while the rescue dialog is open
    (so a second report waits for it); ``_upkeep``/``_upkeep_running``: the background
    check-and-backup job, kept until the next one starts (its thread may still be leaving
    ``run`` when ``finished`` arrives); ``_wakeup``: the Ctrl+C socket pair and notifier.
    """

    rescued = Signal()  # the database was replaced by a backup or a recovery

    def __init__(self, window: QMainWindow, ops: Operations, path: Path) -> None:
        super().__init__(window)
        self.window = window
        self.ops = ops
        self.path = path
        self._rescuing = False
        self._upkeep: Worker | None = None
        self._upkeep_running = False
        self._wakeup: tuple[socket.socket, socket.socket, QSocketNotifier] | None = None
        self._previous_hook = sys.excepthook
        damage_reports().damaged.connect(self.on_damage)
        ops.damaged.connect(self.on_damage)
        ops.changes_applied.connect(self._remember_version)
        self._version = self._data_version()
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_MS)
        self._poll_timer.timeout.connect(self.poll)
        self._upkeep_timer = QTimer(self)
        self._upkeep_timer.setInterval(UPKEEP_EVERY_MS)
        self._upkeep_timer.timeout.connect(self.start_upkeep)
        self.read_only_label: QLabel | None = None
        if is_read_only():
            self._show_read_only()

    # --- start and stop -------------------------------------------------------------------

    def start(self, upkeep: bool = True) -> None:
        """Begin watching: polling and the exception hook; *upkeep*: the scheduled check
        and daily backup, first after ``UPKEEP_DELAY_MS``."""
        self._poll_timer.start()
        sys.excepthook = self._excepthook
        if upkeep and not is_read_only():
            QTimer.singleShot(UPKEEP_DELAY_MS, self, self.start_upkeep)
            self._upkeep_timer.start()

    def stop(self) -> None:
        """Stop watching; let a running check or backup finish (a copy is never cut short)
        and deliver its queued signals now, before its worker is freed."""
        self._poll_timer.stop()
        self._upkeep_timer.stop()
        if sys.excepthook == self._excepthook:
            sys.excepthook = self._previous_hook
        if self._wakeup is not None:
            signal.set_wakeup_fd(-1)
            signal.signal(signal.SIGINT, signal.default_int_handler)
            a, b, notifier = self._wakeup
            notifier.setEnabled(False)
            a.close()
            b.close()
            self._wakeup = None
        if self._upkeep is not None:
            from PySide6.QtCore import QCoreApplication

            QThreadPool.globalInstance().waitForDone(60_000)
            QCoreApplication.sendPostedEvents()

    # --- outside changes ------------------------------------------------------------------

    @staticmethod
    def _data_version() -> int:
        from desktop.services import health

        try:
            return health.data_version()
        except Exception as exc:
            if is_damage(exc):
                report_damage(error_detail(exc))
            return -1

    @Slot(object)
    def _remember_version(self, _changes: object) -> None:
        # Our own workers commit on their own connections: once their change has been
        # announced, the version it left is not an outside change.
        self._version = self._data_version()

    @Slot()
    def poll(self) -> None:
        """Refresh every view if another connection committed since the last look; not
        while a job of ours runs off the UI thread (its commits are not outside changes,
        and a restore's book is half-way through its upgrade: the job's end announces
        what changed)."""
        if self._rescuing or self.ops.busy:
            return
        version = self._data_version()
        if version != self._version and version != -1:
            from desktop.services.backups import EVERYTHING

            self._version = version
            self.ops.notify(EVERYTHING)

    # --- damage ---------------------------------------------------------------------------

    @Slot(str)
    def on_damage(self, detail: str) -> None:
        """Offer the way out, once at a time (later reports while it is open are the same
        damage)."""
        if self._rescuing:
            return
        self._rescuing = True
        QTimer.singleShot(0, self, lambda: self._rescue(detail))

    def _rescue(self, detail: str) -> None:
        from desktop.ui.rescue_dialog import RescueDialog

        try:
            dialog = RescueDialog(self.path, detail, self.window, at_start=False)
            if dialog.exec() == RescueDialog.DialogCode.Accepted:
                from desktop.services.backups import EVERYTHING

                self._version = self._data_version()
                self.ops.database_replaced(EVERYTHING)
                self.window.statusBar().showMessage(dialog.outcome, 20_000)
                self.rescued.emit()
        finally:
            self._rescuing = False

    # --- upkeep -----------------------------------------------------------------------

    @Slot()
    def start_upkeep(self) -> None:
        if self._upkeep_running or self._rescuing:
            return
        from desktop.services import backups, health, overview

        path = self.path

        def work(_progress: object) -> None:
            health.check_if_due(path, full=True)
            backups.take_daily_backup(path)

        worker = Worker(work, cleanup=overview.release_thread_connection)
        worker.signals.finished.connect(self._upkeep_done)
        worker.signals.failed.connect(self._upkeep_failed)
        self._upkeep = worker
        self._upkeep_running = True
        QThreadPool.globalInstance().start(worker)

    @Slot(object)
    def _upkeep_done(self, _result: object) -> None:
        self._upkeep_running = False

    @Slot(str)
    def _upkeep_failed(self, message: str) -> None:
        self._upkeep_running = False
        if "damaged" in message:
            return  # failure_text has reported it: the rescue dialog is on its way
        print(f"rapport: daily backup failed: {message}", file=sys.stderr)
        self.window.statusBar().showMessage(
            self.tr("The daily backup failed: %1").replace("%1", message), 15_000)

    # --- read-only ------------------------------------------------------------------------

    def _show_read_only(self) -> None:
        label = QLabel(self.tr("Read-only"), self.window)
        label.setToolTip(self.tr("{path} can only be read: {what}; changes cannot be "
                                 "saved").format(path=self.path, what=READ_ONLY))
        label.setStyleSheet("QLabel { font-weight: 600; padding: 0 6px; }")
        self.window.statusBar().addPermanentWidget(label)
        self.read_only_label = label
        QTimer.singleShot(0, self, lambda: self.window.statusBar().showMessage(
            self.tr("This database is read-only: you can look, but not change anything."),
            30_000))

    # --- errors that reach the event loop ---------------------------------------------

    def _excepthook(self, kind: type[BaseException], exc: BaseException,
                    tb: TracebackType | None) -> None:
        if isinstance(exc, KeyboardInterrupt):
            self.quit()
            return
        if is_damage(exc):
            self.on_damage(error_detail(exc))
            return
        if is_storage_error(exc) or isinstance(exc, OSError):
            self.window.statusBar().showMessage(
                storage_error_text(exc)[:1].upper() + storage_error_text(exc)[1:], 15_000)
            return
        log = self.path.parent / ERROR_LOG
        try:
            with open(log, "a", encoding="utf-8") as fh:
                fh.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')}\n")
                fh.write("".join(traceback.format_exception(kind, exc, tb)))
        except OSError:
            log = Path("")
        where = f" (details in {log})" if str(log) else ""
        line = f"{kind.__name__}: {error_detail(exc)}"
        print(f"rapport: internal error: {line}{where}", file=sys.stderr)
        self.window.statusBar().showMessage(
            self.tr("Something went wrong: {line}").format(line=line), 15_000)

    # --- Ctrl+C ---------------------------------------------------------------------------

    def catch_interrupt(self) -> None:
        """From now on Ctrl+C (SIGINT) closes the window cleanly, even before the event
        loop runs."""
        if sys.platform == "win32":
            return  # pragma: no cover - no socket wake-up for signals there
        try:
            a, b = socket.socketpair()
            a.setblocking(False)
            b.setblocking(False)
            signal.set_wakeup_fd(b.fileno())
        except (OSError, ValueError):  # not the main thread (a test harness)
            return
        notifier = QSocketNotifier(a.fileno(), QSocketNotifier.Type.Read, self)
        notifier.activated.connect(self._woken)
        self._wakeup = (a, b, notifier)
        signal.signal(signal.SIGINT, lambda *_: self.quit())

    @Slot()
    def _woken(self) -> None:
        if self._wakeup is not None:
            try:
                self._wakeup[0].recv(64)  # the Python handler runs now, with us
            except OSError:
                pass

    def quit(self) -> None:
        """Close the window as its close button would, then leave the event loop (and any
        dialog's) -- from the loop, so a signal that came before it ran is not lost."""
        def close() -> None:
            self.window.close()
            app = QApplication.instance()
            if app is not None:
                app.quit()

        QTimer.singleShot(0, self, close)
