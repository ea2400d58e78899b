"""Open the real main window on a demo database, show each view and every dialog, and
report what does not fit (tests/ui/geometry.py); optionally save a screenshot of each.

Run in a process of its own, because the screen's size and the scale are fixed when the
QApplication starts (tests/ui/test_fit.py does this for each size):

    QT_QPA_PLATFORM=offscreen:configfile=screen.json [QT_SCALE_FACTOR=2] \
        python -m tests.ui.fit_probe DB [--shots DIR] [--scheme dark] [--lang de_DE]

Prints one JSON object: {"screen": [w, h], "checked": [names], "problems": {name: [...]}}.
The database is copied first: dialogs and the window may write to it.
"""

from __future__ import annotations

import argparse
import faulthandler
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.ui import geometry

REAL_VCARD = (Path(__file__).resolve().parents[3] / "shared" / "vcards" / "real"
              / "khard")


def _wait(ms: int = 30) -> None:
    app = QApplication.instance()
    assert app is not None
    loop_done = [False]
    QTimer.singleShot(ms, lambda: loop_done.__setitem__(0, True))
    while not loop_done[0]:
        app.processEvents()


def _wait_until(test: Callable[[], bool], timeout_ms: int = 30_000) -> None:
    import time

    end = time.monotonic() + timeout_ms / 1000
    while not test() and time.monotonic() < end:
        _wait(20)


def _a_vcard() -> Path | None:
    for folder in (REAL_VCARD, REAL_VCARD.parent):
        for path in sorted(folder.rglob("*.vcf")):
            return path
    return None


def main(argv: list[str] | None = None) -> int:
    # A crash prints every thread's Python stack on stderr (tests/ui/test_fit.py shows it).
    faulthandler.enable(file=sys.stderr, all_threads=True)
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--scheme", default="light", choices=("light", "dark"))
    parser.add_argument("--lang", default="en_GB")
    parser.add_argument("--only", default="", help="comma-separated names to check")
    parser.add_argument("--width", type=int, default=0, help="window width (default: screen)")
    parser.add_argument("--height", type=int, default=0)
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="rapport-fit-"))
    db_path = work / "rapport.sqlite3"
    shutil.copy(args.db, db_path)

    app = QApplication(sys.argv[:1])
    from desktop.models import close_database, open_database
    from desktop.ui.common import languages, style
    from desktop.ui.common.settings import Settings
    from desktop.ui.main_window import VIEW_CALENDAR, VIEW_LIST, VIEW_NETWORK, MainWindow
    from desktop.ui.operations import Operations

    installed = languages.install(app, QLocale(args.lang))
    style.apply(app, Qt.ColorScheme.Dark if args.scheme == "dark" else Qt.ColorScheme.Light)
    # What took effect, for the test to check: a translated word, the palette's darkness.
    probe_word = QCoreApplication.translate("WindowActions", "&File")
    language = {"&Datei": "de", "&Fichier": "fr"}.get(probe_word, "en")
    scheme = "dark" if style.is_dark(app.palette()) else "light"
    open_database(db_path)

    screen = QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    only = {n for n in args.only.split(",") if n}
    problems: dict[str, list[str]] = {}
    checked: list[str] = []

    def check(name: str, top: QWidget) -> None:
        _wait(40)
        checked.append(name)
        found = geometry.problems(top, area)
        if found:
            problems[name] = found
        if args.shots is not None:
            args.shots.mkdir(parents=True, exist_ok=True)
            scale = os.environ.get("QT_SCALE_FACTOR", "1")
            screen_size = f"{area.width()}x{area.height()}" + (f"@{scale}x" if scale != "1" else "")
            top.grab().save(str(args.shots / f"{screen_size}-{name}-{args.lang}-{args.scheme}.png"))

    settings = Settings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    ops = Operations(QUndoStack())
    window = MainWindow(ops, settings)
    if args.width:
        window.resize(args.width, args.height)
    window.show()  # a first run: the window sizes itself to the screen
    _wait_until(lambda: window.startup_finished)
    _wait(50)
    frame = window.frameGeometry()
    if not area.contains(frame):
        problems["first-run"] = [f"the window opens at {frame.x()},{frame.y()} "
                                 f"{frame.width()}×{frame.height()}, beyond the screen"]
    side, _middle, detail = window.splitter.sizes()
    if side < 180 or detail < 280:
        problems.setdefault("first-run", []).append(
            f"sidebar {side} px, detail pane {detail} px wide on a first run")
    if not args.width:  # then as large as the screen lets it be (maximised)
        window.resize(area.size() - (window.frameGeometry().size() - window.size()))
        _wait(50)
    first = window.model.index(0, 0)
    window.table.setCurrentIndex(first)
    _wait(50)

    def wanted(name: str) -> bool:
        return not only or name in only

    if wanted("list"):
        check("list", window)
        from desktop.ui.contacts.contact_list_model import Column

        table = window.table
        if table.horizontalScrollBar().maximum() > 0:
            problems.setdefault("list", []).append("the contact list scrolls sideways")
        for column in (Column.NAME, Column.NEXT_FOLLOWUP):
            if table.isColumnHidden(column) or table.columnViewportPosition(column) < 0:
                problems.setdefault("list", []).append(f"column {column.name} not shown")
        if not table.isColumnHidden(Column.TAGS) and table.columnWidth(Column.TAGS) < 150:
            problems.setdefault("list", []).append(
                f"Tags column {table.columnWidth(Column.TAGS)} px: room for one cut chip")
    if wanted("calendar"):
        window.view_switcher.show_view(VIEW_CALENDAR)
        check("calendar", window)
    if wanted("network"):
        network = window.view_switcher.show_view(VIEW_NETWORK)
        # The picture drawn (the progress box shows only after a moment: waiting for it to
        # hide found a blank canvas), then its light first frames settled.
        _wait_until(lambda: network.drawn and not network.overlay.isVisible())
        _wait_until(lambda: not network.view.interacting)
        check("network", window)
    window.view_switcher.show_view(VIEW_LIST)
    _wait(20)

    some = [window.model.contact_id(r) for r in range(3)]
    current = window.contact_list.selected_ids()[0] if window.contact_list.selected_ids() else None
    people = [(cid, str(cid)) for cid in some if cid is not None]

    def dialog(name: str, build: Callable[[], QWidget | None]) -> None:
        if not wanted(name):
            return
        widget = build()
        if widget is None:
            problems[name] = ["could not be opened"]
            return
        if not widget.isVisible():
            widget.show()
        # A dialog that reads first (the import preview) is checked once it has read.
        _wait_until(lambda: getattr(widget, "_worker", None) is None)
        _wait(60)
        check(name, widget)
        widget.close()
        if isinstance(widget, QDialog):
            widget.reject()
        widget.deleteLater()
        _wait(10)

    from desktop.ui.briefing.briefing_preview import BriefingPreviewDialog
    from desktop.ui.calendar.calendar_export_dialog import CalendarExportDialog, CalendarPusher
    from desktop.ui.calendar.catch_up_dialog import CatchUpDialog
    from desktop.ui.calendar.review_dialog import WeekReviewDialog
    from desktop.ui.capture.dialog import CaptureDialog
    from desktop.ui.contacts.contact_editor import ContactEditorDialog
    from desktop.ui.contacts.duplicates_dialog import DuplicatesDialog
    from desktop.ui.contacts.favor_dialog import FavorDialog
    from desktop.ui.contacts.introduction_dialog import IntroductionDialog
    from desktop.ui.contacts.tag_manager import TagManagerDialog
    from desktop.ui.importing.export_dialog import ExportDialog
    from desktop.ui.importing.import_dialog import ImportPreviewDialog
    from desktop.ui.restore_dialog import RestoreDialog
    from desktop.ui.shared.interaction_dialog import InteractionDialog
    from desktop.ui.shared.reminder_dialog import ReminderDialog
    from desktop.ui.sync.add_account import AddAccountDialog
    from desktop.ui.sync.sync_dialog import SyncDialog

    def catch_up() -> QWidget:
        from desktop.services import followups

        return CatchUpDialog(ops, followups.stale_cadence(window.today_watch.clock().date()), None,
                             window)

    vcard = _a_vcard()
    dialog("editor", lambda: ContactEditorDialog(ops, current, window))
    dialog("new-contact", lambda: ContactEditorDialog(ops, None, window))
    def import_preview() -> QWidget:
        preview = ImportPreviewDialog(ops, [vcard] if vcard else [], window)
        preview.show()
        preview.start()  # read the cards: the preview (table, counts) is what is checked
        return preview

    dialog("import", import_preview)
    dialog("export", lambda: ExportDialog(window.contact_list.selected_ids(), window))
    dialog("sync", lambda: SyncDialog(ops, window))
    dialog("sync-account", lambda: AddAccountDialog(window))
    dialog("tags", lambda: TagManagerDialog(ops, window))
    dialog("calendar-export",
           lambda: CalendarExportDialog(settings, CalendarPusher(window), window))
    dialog("catch-up", catch_up)
    dialog("review", lambda: WeekReviewDialog(ops, window))
    dialog("duplicates", lambda: DuplicatesDialog(ops, window))
    dialog("capture", lambda: CaptureDialog(ops, (), window))
    dialog("briefing", lambda: BriefingPreviewDialog(ops, [current] if current else [],
                                                     window))
    dialog("reminder", lambda: ReminderDialog(ops, (current, "Someone") if current else None,
                                              parent=window))
    dialog("interaction", lambda: InteractionDialog(ops, people[:1], window))
    dialog("introduction", lambda: IntroductionDialog(ops, window))
    dialog("favour", lambda: FavorDialog("Ana Silva", window))
    dialog("restore", lambda: RestoreDialog(ops, window))

    window.close()
    languages.uninstall(app, installed)
    close_database()
    print(json.dumps({"screen": [area.width(), area.height()],
                      "language": language, "scheme": scheme,
                      "checked": checked, "problems": problems}, ensure_ascii=False))
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
