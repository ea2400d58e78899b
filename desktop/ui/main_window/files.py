"""Files in and out: import vCards (menu, welcome screen, drag and drop, files given on
the command line), capture meetings from calendars and mail, export vCards and the
calendar, and take the last import back. Each dialog is one per window, raised if open."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from desktop.services import overview
from desktop.ui import sidebar as sb
from desktop.ui.common.workers import Worker, start_job
from desktop.ui.main_window.contact_list import undo_key

if TYPE_CHECKING:
    from desktop.ui.capture.dialog import CaptureDialog
    from desktop.ui.importing.export_dialog import ExportDialog
    from desktop.ui.importing.import_dialog import ImportPreviewDialog
    from desktop.ui.main_window.window import MainWindow

VCARD_SUFFIXES = (".vcf", ".vcard", ".csv")  # vCards and LinkedIn/Google/Outlook CSV
CALENDAR_SUFFIXES = (".ics",)  # dropped calendars open the capture review


class FileFlows(QObject):
    """The window's file commands; results and failures go to its status bar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.import_dialog: ImportPreviewDialog | None = None
        self._list_has_import = False  # see list_has_import
        self.capture_dialog: CaptureDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.calendar_dialog: QDialog | None = None
        self._calendar_worker: Worker | None = None

    def _say(self, text: str, timeout: int = 0) -> None:
        self._window.statusBar().showMessage(text, timeout)

    # --- import ------------------------------------------------------------------------------

    @Slot()
    def choose_vcards(self) -> None:
        settings = self._window.settings
        folder = settings.import_folder
        start = folder if folder and Path(folder).is_dir() else str(Path.home())
        names, _ = QFileDialog.getOpenFileNames(
            self._window, self.tr("Import vCards"), start,
            self.tr("Contacts (*.vcf *.vcard *.csv);;vCard files (*.vcf *.vcard);;"
                    "LinkedIn, Google or Outlook CSV (*.csv);;All files (*)")
        )
        if names:
            settings.import_folder = str(Path(names[0]).parent)
            self.import_vcards(self._vcards_only([Path(n) for n in names]))

    def _vcards_only(self, paths: list[Path]) -> list[Path]:
        """The .vcf/.vcard/.csv files among *paths* (a folder: those inside it); the status
        bar names the others rather than dropping them silently ("1 file skipped: notes.txt
        is not a vCard or CSV file")."""
        from desktop.vcard.files import contact_files

        keep = [p for p in contact_files(paths) if p.suffix.lower() in VCARD_SUFFIXES]
        skipped = [p.name or str(p) for p in paths
                   if p.suffix.lower() not in VCARD_SUFFIXES and not p.is_dir()]
        if skipped:
            n = len(skipped)
            names = ", ".join(skipped[:3])
            if n > 3:
                names = self.tr("%1 and %Ln more", "", n - 3).replace("%1", names)
            self._say(self.tr("%Ln file(s) skipped: %1 is not a vCard or CSV file", "", n)
                      .replace("%1", names), 15_000)
        return keep

    def import_vcards(self, paths: list[Path]) -> None:
        """Import these vCard files (menu, empty state and drag-and-drop all end here):
        a preview first, written only when the user clicks Import."""
        if not paths:
            return
        from desktop.ui.importing.import_dialog import ImportPreviewDialog  # not needed at start-up

        current = self.import_dialog
        if current is not None and current.isVisible():
            current.raise_()
            current.activateWindow()
            return
        dialog = ImportPreviewDialog(self._window.ops, paths, self._window)
        dialog.written.connect(self._on_written)
        dialog.imported.connect(self._on_imported)
        dialog.cancelled.connect(self._on_import_cancelled)
        dialog.finished.connect(self._forget_import_dialog)
        self.import_dialog = dialog
        dialog.open()
        dialog.start()

    @Slot(int)
    def _forget_import_dialog(self, _result: int) -> None:
        self._list_has_import = False  # an import that failed before its announcement
        dialog, self.import_dialog = self.import_dialog, None
        if dialog is not None and not dialog.busy:
            dialog.deleteLater()

    @Slot(object)
    def _on_written(self, result: object) -> None:
        """The import is in the database: show its contacts (before the change is
        announced, so the list refreshed then is the short one, issue 18)."""
        from desktop.services.importer import ImportResult

        if not isinstance(result, ImportResult):
            return
        window = self._window
        if result.batch_id is not None:
            window.leave_empty_state()
        if result.new_count:
            # The import's cards, all of them: an old search would hide them (QA: "No
            # contacts match 'ana mendes'" right after importing 10 cards). Read once, and
            # a big import's list off the UI thread but its first page (issue 18).
            contact_list = window.contact_list
            if len(result.changes.contacts) == 1:  # one new contact: select it
                contact_list.focus_after_refresh = next(iter(result.changes.contacts))
            contact_list.open_list_anew(
                sb.LAST_IMPORT, long=window.model.reads_in_background(result.new_count))
            contact_list.focus_after_refresh = None
            self._list_has_import = True

    def list_has_import(self) -> bool:
        """True once after an import's ``written`` step read the list of Last import anew
        (with the import in the database): the change the import then announces needs no
        second reading of who is listed."""
        has, self._list_has_import = self._list_has_import, False
        return has

    @Slot(object)
    def _on_imported(self, result: object) -> None:
        from desktop.services.importer import ImportResult

        if not isinstance(result, ImportResult):
            return
        text = result.summary()
        if result.batch_id is not None:
            text = self.tr("%1 — Undo with %2").replace("%1", text).replace("%2", undo_key())
        else:
            text = self.tr("%1 — nothing new to add").replace("%1", text)
        self._say(text[:1].upper() + text[1:], 15_000)

    @Slot(str)
    def _on_import_cancelled(self, message: str) -> None:
        self._say(message, 10_000)

    @Slot()
    def undo_last_import(self) -> None:
        """Take back the last import (asking first when it cannot be redone)."""

        def confirm(info: object) -> bool:
            source = Path(str(getattr(info, "source", ""))).name or self.tr("the last import")
            count = int(getattr(info, "contact_count", 0))
            box = QMessageBox(
                QMessageBox.Icon.Question, self.tr("Undo Last Import"),
                self.tr("Remove the %Ln contact(s) imported from %1?", "", count)
                .replace("%1", source),
                QMessageBox.StandardButton.Cancel, self._window)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setInformativeText(self.tr("This import is older than the change history, so "
                                           "this cannot be undone. Values it merged into "
                                           "contacts you already had stay."))
            remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
            box.exec()
            return box.clickedButton() is remove

        self._window.ops.undo_last_import(confirm)  # the outcome comes as a notice

    # --- capture -----------------------------------------------------------------------------

    @Slot()
    def capture_meetings(self, paths: list[Path] | None = None) -> None:
        """File → Capture Meetings…: the capture dialog (reading at once when *paths* are
        given), logged as one undoable step."""
        from desktop.ui.capture.dialog import CaptureDialog  # not needed at start-up

        current = self.capture_dialog
        if current is not None and current.isVisible():
            current.raise_()
            current.activateWindow()
            return
        dialog = CaptureDialog(self._window.ops, paths or (), self._window)
        dialog.captured.connect(self._on_captured)
        dialog.finished.connect(self._forget_capture_dialog)
        self.capture_dialog = dialog
        dialog.open()
        if paths:
            dialog.start()

    @Slot(int)
    def _forget_capture_dialog(self, _result: int) -> None:
        dialog, self.capture_dialog = self.capture_dialog, None
        if dialog is not None and not dialog.busy:
            dialog.deleteLater()

    @Slot(object)
    def _on_captured(self, result: object) -> None:
        from desktop.services.capture.engine import CaptureResult

        if isinstance(result, CaptureResult):
            text = self.tr("Captured: {0}").format(result.summary()) if result.written \
                else self.tr("Nothing new to capture")
            self._say(text, 15_000)

    # --- export ------------------------------------------------------------------------------

    @Slot()
    def export_vcards(self) -> None:
        """File → Export vCards…: what and how, then where; written off the UI thread."""
        from desktop.ui.importing.export_dialog import ExportDialog  # not needed at start-up

        dialog = ExportDialog(self._window.contact_list.selected_ids(), self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self._on_exported)
        dialog.cancelled.connect(self._on_export_message)
        dialog.failed.connect(self._on_export_failed)
        self.export_dialog = dialog
        dialog.finished.connect(self._forget_export_dialog)
        dialog.open()

    @Slot(object)
    def _on_exported(self, result: object) -> None:
        summary = getattr(result, "summary", None)
        text = summary() if callable(summary) else self.tr("Exported")
        self._say(text[:1].upper() + text[1:], 15_000)

    @Slot(str)
    def _on_export_message(self, message: str) -> None:
        self._say(message, 10_000)

    @Slot(str)
    def _on_export_failed(self, message: str) -> None:
        self._say(self.tr("Export failed: %1").replace("%1", message), 10_000)

    @Slot(int)
    def _forget_export_dialog(self, _result: int) -> None:
        self.export_dialog = None

    @Slot()
    def export_calendar(self) -> QDialog:
        """File > Export Calendar…: what goes in the .ics, and the optional push of
        follow-ups to a calendar on a sync account's server (issue 15)."""
        from desktop.ui.calendar.calendar_export_dialog import CalendarExportDialog

        window = self._window
        dialog = CalendarExportDialog(window.settings, window.today_watch.calendar_pusher(),
                                      window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.save_requested.connect(self.write_calendar)
        self.calendar_dialog = dialog
        dialog.open()
        return dialog

    @Slot(object, object, bool)
    def write_calendar(self, path: Path, options: object, replace_read_only: bool = False
                       ) -> None:
        """Write the .ics off the UI thread (a big network's takes a few seconds), with a
        progress dialog and Cancel."""
        from desktop.services import calendar_export

        opts = options if isinstance(options, calendar_export.CalendarOptions) else None
        self._calendar_worker = start_job(
            self._window,
            lambda progress: calendar_export.export_calendar(
                path, progress=progress, options=opts, replace_read_only=replace_read_only),
            title=self.tr("Export Calendar"), label=self.tr("Writing the calendar file…"),
            on_finished=self._on_calendar_exported, on_failed=self._on_export_failed,
            on_cancelled=lambda: self._say(self.tr("Calendar export cancelled"), 8000),
            cancel_exceptions=(calendar_export.CalendarCancelled,),
            cleanup=overview.release_thread_connection, minimum_duration_ms=400)

    @Slot(object)
    def _on_calendar_exported(self, result: object) -> None:
        text = str(getattr(result, "summary", lambda: self.tr("calendar exported"))())
        self._say(text[:1].upper() + text[1:], 15_000)

    # --- drag and drop -------------------------------------------------------------------

    @staticmethod
    def dropped_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        """The local files an event carries."""
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def open_dropped(self, paths: list[Path]) -> None:
        """Calendars to the capture review, the rest to the import preview."""
        calendars = [p for p in paths if p.suffix.lower() in CALENDAR_SUFFIXES]
        if calendars:
            self.capture_meetings(calendars)
        rest = [p for p in paths if p not in calendars]
        if rest:
            self.import_vcards(self._vcards_only(rest))
