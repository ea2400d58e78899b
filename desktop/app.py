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

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from desktop.services.group_upgrade import OldGroupCards
    from desktop.ui.database_guard import DatabaseGuard
    from desktop.ui.main_window import MainWindow

APP_NAME = "Rapport"
ORG_NAME = "Rapport"
UI_BUSY_TIMEOUT_MS = 2_000


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


def _open(path: Path, dialogs: bool) -> bool:
    """Open the database at *path* (an older one is backed up and migrated first, while
    ``UpgradeWindow`` shows); when it is damaged, offer the way out (restore or
    recover, ``RescueDialog``) if *dialogs*, else say where the backups are. True when the
    database is open."""
    from desktop.models import DatabaseError, open_database
    from desktop.models.database import DatabaseDamaged, ForeignDatabase, pending_upgrade
    from desktop.services import health

    try:
        if pending_upgrade(path):
            # Seconds of work (migration 19 rebuilds the search index): a window at once,
            # the work off the UI thread, then the migrated book opens as always.
            from desktop.ui.upgrade_window import upgrade_with_window

            upgrade_with_window(path)
        open_database(path)
    except DatabaseDamaged as exc:
        if not dialogs:
            _say(health.damage_message(path, exc.detail), False)
            return False
        from desktop.ui.rescue_dialog import RescueDialog

        print(f"rapport: {exc}", file=sys.stderr)
        return RescueDialog(path, exc.detail).exec() == RescueDialog.DialogCode.Accepted
    except ForeignDatabase as exc:
        _say(f"{exc}{health.backups_hint(path)}", dialogs)
        return False
    except DatabaseError as exc:
        _say(str(exc), dialogs)
        return False
    return True


def upkeep() -> OldGroupCards | None:
    """What runs once the book is open, before the window: the change history stays
    bounded, pruned before this session can undo anything, so nothing its undo stack
    refers to goes; then the contacts an older Rapport made of group cards become group
    tags (once, after migration 20: what it did, for the window to say and to undo). A
    full disk or a busy file leaves either for the next start."""
    from desktop.models.database import is_storage_error
    from desktop.services import group_upgrade, store

    try:
        store.prune_history()
        return group_upgrade.convert_old_group_cards()
    except Exception as exc:
        if not is_storage_error(exc):
            raise
    return None


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
        lambda: QTimer.singleShot(0, window, lambda: window.files.import_vcards(files)))


def run(db_path: Path | None, *, quit_after_paint: bool = False,
        open_files: Sequence[Path] = ()) -> int:
    """Open the desktop app on *db_path* (default: the platform's data folder).

    *quit_after_paint* quits as soon as the main window has painted its first rows
    (or, on an empty database, the welcome panel): the start-up benchmark's end mark.
    *open_files*: vCard files whose import preview opens after the first paint.
    """
    from PySide6.QtWidgets import QApplication

    from desktop.models import close_database, default_db_path, lock

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

    languages.install(app)  # before any dialog: the rescue may be the first thing shown

    # Numbers written without a country code are the user's region's (issue 11): the
    # system's, as Qt knows it on every platform.
    from PySide6.QtCore import QLocale

    from desktop.services import phones

    territory = QLocale.system().name().partition("_")[2]
    phones.set_user_region(territory or None)

    path = Path(db_path) if db_path is not None else default_db_path()
    try:
        held: lock.DatabaseLock | None = lock.acquire(path, lock.WINDOW)
    except lock.LockHeld as exc:
        _say(str(exc), not quit_after_paint)
        return 1
    except lock.LockError:
        held = None  # a read-only folder: the database opens read-only, or says why not
    guard: DatabaseGuard | None = None
    from desktop.ui.common import style

    style.apply(app)  # before any dialog: the rescue may be the first thing shown
    try:
        if not _open(path, dialogs=not quit_after_paint):
            return 1
        from desktop.models import db
        from desktop.models.database import is_read_only

        # The window's own connection waits less for another writer than a job does: a
        # change refused after 2 s says so (Operations.failed) instead of freezing 5 s.
        db.execute_sql(f"PRAGMA busy_timeout = {UI_BUSY_TIMEOUT_MS}")
        converted = upkeep() if not is_read_only() else None

        from PySide6.QtGui import QUndoStack

        from desktop.ui.database_guard import DatabaseGuard
        from desktop.ui.main_window import MainWindow
        from desktop.ui.operations import Operations

        undo_stack = QUndoStack()
        ops = Operations(undo_stack)
        window = MainWindow(ops)
        if converted is not None:
            ops.record_done(converted.changes, converted.note())
        guard = DatabaseGuard(window, ops, path)
        guard.catch_interrupt()
        if quit_after_paint:
            # Quit from inside the first paint: the rows still finish painting, and
            # nothing queued after it (the deferred detail pane and counts) runs.
            window.first_paint.connect(lambda: _painted(app))
        else:
            window.first_paint.connect(lambda: guard.start() if guard is not None else None)
            open_files_after_first_paint(window, open_files)
        window.show()
        return int(app.exec())
    finally:
        from desktop.ui.common.workers import end_jobs

        end_jobs()  # before the application and its jobs' signals go (Ctrl+C mid-job)
        if guard is not None:
            guard.stop()
        close_database()
        if held is not None:
            held.release()
