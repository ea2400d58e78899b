"""Start-up: one database, one window.

Start-up time is budgeted (DESIGN.md: at most 2.5x a bare QMainWindow with 100,000
contacts), so this imports only what the first paint needs: no vobject, no graph
code; the list runs one ids query and fetches only the rows on screen.
"""

from __future__ import annotations

import sys
from pathlib import Path

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


def run(db_path: Path | None, *, quit_after_paint: bool = False) -> int:
    """Open the desktop app on *db_path* (default: the platform's data folder).

    *quit_after_paint* quits as soon as the main window has painted its first rows
    (or, on an empty database, the welcome panel): the start-up benchmark's end mark.
    """
    from PySide6.QtWidgets import QApplication

    from desktop.models import (
        DatabaseError,
        InstanceLock,
        close_database,
        default_db_path,
        open_database,
    )

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName(APP_NAME)

    path = Path(db_path) if db_path is not None else default_db_path()
    lock = InstanceLock(path)
    try:
        lock.acquire()
    except DatabaseError as exc:  # DatabaseLockedError: "...already open in another..."
        _say(str(exc), not quit_after_paint)
        return 1
    except OSError as exc:
        _say(f"{path}: cannot lock the database ({exc.strerror})", not quit_after_paint)
        return 1
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
        window.show()
        return int(app.exec())
    finally:
        close_database()
        lock.release()
