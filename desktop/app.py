"""Start-up: one database, one window.

Start-up time is budgeted (DESIGN.md: at most 2.5x a bare QMainWindow with 100,000
contacts), so this imports only what the first paint needs: no vobject, no graph
code; the list runs one ids query and fetches only the rows on screen.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtGui import QIcon

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


def resources_dir() -> Path:
    """``resources/`` of the checkout, or of the bundle (PyInstaller unpacks it under
    ``sys._MEIPASS``; packaging/rapport.spec puts it there)."""
    base = getattr(sys, "_MEIPASS", None)
    return (Path(base) if base else Path(__file__).resolve().parents[1]) / "resources"


def app_icon() -> QIcon:
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob("rapport-*.png")):
        icon.addFile(str(png))
    return icon


def _open(path: Path, dialogs: bool) -> bool:
    """Open the database at *path*; when it is damaged, offer the way out (restore or
    recover, ``RescueDialog``) if *dialogs*, else say where the backups are. True when the
    database is open."""
    from desktop.models import DatabaseError, open_database
    from desktop.models.database import DatabaseDamaged, ForeignDatabase
    from desktop.services import health

    try:
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

    from desktop.models import close_database, default_db_path, lock

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("rapport")  # resources/rapport.desktop: icon and name on Wayland
    app.setWindowIcon(app_icon())

    path = Path(db_path) if db_path is not None else default_db_path()
    try:
        held: lock.DatabaseLock | None = lock.acquire(path, lock.WINDOW)
    except lock.LockHeld as exc:
        _say(str(exc), not quit_after_paint)
        return 1
    except lock.LockError:
        held = None  # a read-only folder: the database opens read-only, or says why not
    guard: DatabaseGuard | None = None
    from desktop.ui import style

    style.apply(app)  # before any dialog: the rescue may be the first thing shown
    try:
        if not _open(path, dialogs=not quit_after_paint):
            return 1
        from desktop.models import db

        # The window's own connection waits less for another writer than a job does: a
        # change refused after 2 s says so (Operations.failed) instead of freezing 5 s.
        db.execute_sql(f"PRAGMA busy_timeout = {UI_BUSY_TIMEOUT_MS}")

        from PySide6.QtGui import QUndoStack

        from desktop.ui.database_guard import DatabaseGuard
        from desktop.ui.main_window import MainWindow
        from desktop.ui.operations import Operations

        undo_stack = QUndoStack()
        ops = Operations(undo_stack)
        window = MainWindow(ops)
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
        if guard is not None:
            guard.stop()
        close_database()
        if held is not None:
            held.release()
