"""Start-up: one database, one window.

Start-up time is budgeted (DESIGN.md: at most 2.5x a bare QMainWindow with 100,000
contacts), so this imports only what the first paint needs: no vobject, no graph
code; the list runs one ids query and fetches only the rows on screen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtCore import QLockFile
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMainWindow

    from desktop.ui.main_window import MainWindow
    from desktop.ui.workers import Worker

APP_NAME = "Rapport"
ORG_NAME = "Rapport"


def _say(message: str, app_exists: bool) -> None:
    """One clear line on stderr, and in a message box when a window can show it."""
    print(f"rapport: {message}", file=sys.stderr)
    if app_exists:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, message)


def _painted(app: object) -> None:
    """--quit-after-paint: report when the first rows painted (wall clock, for the start-up
    bench, which started its clock just before launching us), then quit."""
    import time

    from PySide6.QtWidgets import QApplication

    print(f"rapport: first paint at {time.time():.6f}", file=sys.stderr, flush=True)
    QApplication.exit(0)


BACKUP_DELAY_MS = 5_000  # the daily backup waits until start-up is well over
BACKUP_CHECK_MS = 60 * 60 * 1000  # an app left open for days still takes one a day


HOW_TO_RUN_HEADLESS = ("run it as `xvfb-run -a rapport`, or set QT_QPA_PLATFORM=offscreen to "
                       "run it without a window")


def no_display_reason(env: dict[str, str] | None = None,
                      platform: str = sys.platform) -> str | None:
    """Why no window can open here, or None: on Linux and the BSDs, Qt's xcb and Wayland
    plug-ins need DISPLAY or WAYLAND_DISPLAY, and without them Qt aborts (exit 134) with
    its plug-in's text. QT_QPA_PLATFORM may name other platforms (offscreen, vnc) or a
    list to try ("wayland;xcb")."""
    if platform.startswith(("win", "darwin", "cygwin")):
        return None
    env = dict(os.environ) if env is None else env
    wanted = [p.split(":")[0].strip() for p in env.get("QT_QPA_PLATFORM", "").split(";")]
    wanted = [p for p in wanted if p] or ["wayland", "xcb"]
    x11, wayland = bool(env.get("DISPLAY")), bool(env.get("WAYLAND_DISPLAY"))
    for name in wanted:
        if name == "xcb" and not x11:
            continue
        if name.startswith("wayland") and not wayland:
            continue
        return None
    return f"no display to open a window on (DISPLAY is not set); {HOW_TO_RUN_HEADLESS}"


def _create_application() -> QApplication:
    """The QApplication, or exit 1 with one line when no window can open: the cases
    ``no_display_reason`` cannot see (DISPLAY names a server that does not answer, the
    xcb plug-in's libraries are missing) end in a Qt fatal error, caught here."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    said: list[str] = []

    def on_message(kind: QtMsgType, _context: object, message: str) -> None:
        if kind == QtMsgType.QtFatalMsg:
            first = next((m for m in said if "display" in m), said[0] if said else message)
            first = (first.strip().splitlines() or [""])[0].rstrip(".")
            print(f"rapport: cannot open a window ({first}); "
                  f"{HOW_TO_RUN_HEADLESS}", file=sys.stderr, flush=True)
            os._exit(1)
        said.append(message)

    qInstallMessageHandler(on_message)
    try:
        app = QApplication(sys.argv[:1])
    finally:
        qInstallMessageHandler(None)
    for message in said:  # what Qt said while starting, as it would have said it
        print(message, file=sys.stderr)
    return app


def app_icon() -> QIcon:
    from PySide6.QtGui import QIcon

    from desktop.ui.common.resources import resources_dir

    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob("rapport-*.png")):
        icon.addFile(str(png))
    return icon


def lock_path(db_path: Path) -> Path:
    return Path(f"{db_path}.lock")


def acquire_instance_lock(db_path: Path) -> tuple[QLockFile | None, str]:
    """Lock *db_path* for this process (single instance per database, issue 7).

    Returns the held lock, or None and a one-line reason. A lock left by a process that no
    longer runs (a crash, a power cut) is stale: QLockFile checks the PID it recorded and
    takes the lock over. A running Rapport never goes stale, however long it stays open
    (stale-by-age is off).
    """
    from PySide6.QtCore import QLockFile

    path = lock_path(db_path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return None, f"{db_path}: cannot create folder: {exc.strerror}"
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return lock, ""
    error = lock.error()
    if error == QLockFile.LockError.LockFailedError:
        pid, host, _app = lock.getLockInfo()  # (0, "", "") when it cannot be read
        if pid and host and host != _host_name():
            return None, (
                f"{db_path.name} is open in Rapport on {host} (process {pid}); if that "
                f"computer no longer runs it, delete {path}"
            )
        who = f" (process {pid})" if pid else ""
        return None, (
            f"{db_path.name} is already open in another Rapport window{who}; "
            "switch to that window, or close it first"
        )
    return None, f"{path}: cannot lock the database (check the folder's permissions)"


def _host_name() -> str:
    from PySide6.QtCore import QSysInfo

    return QSysInfo.machineHostName()


class _Backups:
    """Takes the daily backup off the UI thread after start-up, then checks hourly.

    Private state: ``_worker`` is the last backup's runnable, kept until the next one starts
    (the pool thread may still be leaving ``run`` when ``finished`` arrives, so dropping it
    then could free it under that thread); ``_running`` says whether it is still copying, so
    quitting waits for it instead of cutting a copy short.
    """

    def __init__(self, db_path: Path, window: QMainWindow) -> None:
        from PySide6.QtCore import QTimer

        self.db_path = db_path
        self.window = window
        self._worker: Worker | None = None
        self._running = False
        self._timer = QTimer(window)
        self._timer.setInterval(BACKUP_CHECK_MS)
        self._timer.timeout.connect(self.start)

    def schedule(self) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(BACKUP_DELAY_MS, self.start)
        self._timer.start()

    def start(self) -> None:
        if self._running:
            return
        from PySide6.QtCore import QThreadPool

        from desktop.services import backups
        from desktop.ui.workers import Worker

        path = self.db_path
        worker = Worker(lambda _progress: backups.take_daily_backup(path))
        worker.signals.finished.connect(self._done)
        worker.signals.failed.connect(self._failed)
        self._worker = worker
        self._running = True
        QThreadPool.globalInstance().start(worker)

    def _done(self, _result: object) -> None:
        self._running = False

    def _failed(self, message: str) -> None:
        self._running = False
        print(f"rapport: daily backup failed: {message}", file=sys.stderr)
        self.window.statusBar().showMessage(f"The daily backup failed: {message}", 15_000)

    def wait(self) -> None:
        """Let a running backup finish, and deliver its queued "finished" signal now: a
        signal still queued when the worker is freed would reach freed memory."""
        if self._worker is not None:
            from PySide6.QtCore import QCoreApplication, QThreadPool

            QThreadPool.globalInstance().waitForDone(30_000)
            QCoreApplication.sendPostedEvents()


def open_files_after_first_paint(window: MainWindow, paths: Sequence[Path]) -> None:
    """``rapport FILE.vcf...``, "Open with Rapport", a drop on the app's icon: once the
    window has painted, show the import preview of these files (nothing is written before
    the user clicks Import). After the paint, so the window comes up as fast as ever and the
    dialog has its parent on screen."""
    if not paths:
        return
    from PySide6.QtCore import QTimer

    files = list(paths)
    # first_paint is emitted from inside a paint event: open the dialog just after it.
    window.first_paint.connect(
        lambda: QTimer.singleShot(0, window, lambda: window.import_vcards(files)))


def run(db_path: Path | None, *, quit_after_paint: bool = False,
        open_files: Sequence[Path] = ()) -> int:
    """Open the desktop app on *db_path* (default: the platform's data folder).

    *quit_after_paint* quits as soon as the main window has painted its first rows
    (or, on an empty database, the welcome panel): the start-up benchmark's end mark.
    *open_files*: vCard files whose import preview opens after the first paint.
    """
    from PySide6.QtWidgets import QApplication

    from desktop.models import DatabaseError, close_database, default_db_path, open_database

    if QApplication.instance() is None:
        reason = no_display_reason()
        if reason is not None:
            print(f"rapport: {reason}", file=sys.stderr)
            return 1
    app = QApplication.instance() or _create_application()
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("rapport")  # resources/rapport.desktop: icon and name on Wayland
    app.setWindowIcon(app_icon())
    from desktop.ui.common import languages

    languages.install(app)

    path = Path(db_path) if db_path is not None else default_db_path()
    lock, reason = acquire_instance_lock(path)
    if lock is None:
        _say(reason, not quit_after_paint)
        return 1
    backups: _Backups | None = None
    try:
        try:
            open_database(path)
        except DatabaseError as exc:
            _say(str(exc), not quit_after_paint)
            return 1

        from PySide6.QtGui import QUndoStack

        from desktop.ui import style
        from desktop.ui.main_window import MainWindow
        from desktop.ui.operations import Operations

        style.apply(app)
        undo_stack = QUndoStack()
        ops = Operations(undo_stack)
        window = MainWindow(ops)
        if quit_after_paint:
            # Quit from inside the first paint: the rows still finish painting, and
            # nothing queued after it (the deferred detail pane and counts) runs.
            window.first_paint.connect(lambda: _painted(app))
        else:
            backups = _Backups(path, window)
            window.first_paint.connect(backups.schedule)
            open_files_after_first_paint(window, open_files)
        window.show()
        return int(app.exec())
    finally:
        if backups is not None:
            backups.wait()
        close_database()
        lock.unlock()
