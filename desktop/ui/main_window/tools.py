"""The window's tool dialogs: sync accounts, the tag manager, duplicates, restore from a
backup, briefings, About, and the demo network (made off the UI thread). A dialog that
may stay open is one per window, raised when asked for again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThreadPool, Slot
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QProgressDialog, QWidget

from desktop.services import overview
from desktop.services.types import Changes, ContactId
from desktop.ui.common.workers import Worker, close_progress, progress_dialog, show_progress

if TYPE_CHECKING:
    from desktop.ui.contacts.duplicates_dialog import DuplicatesDialog
    from desktop.ui.main_window.window import MainWindow
    from desktop.ui.sync.sync_dialog import SyncDialog

DEMO_PEOPLE = 300


def _raised(dialog: QWidget | None) -> bool:
    """Bring *dialog* to the front if it is open; whether it was."""
    if dialog is not None and dialog.isVisible():
        dialog.raise_()
        dialog.activateWindow()
        return True
    return False


class ToolDialogs(QObject):
    """``demo_worker`` is the running demo job (``demo_running``)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.tag_manager: QWidget | None = None
        self.duplicates_dialog: DuplicatesDialog | None = None
        self.sync_dialog: SyncDialog | None = None
        self.demo_worker: Worker | None = None
        self._progress: QProgressDialog | None = None

    @Slot()
    def open_sync_dialog(self) -> None:
        """Tools → Sync Accounts… (issue 8)."""
        from desktop.ui.sync.sync_dialog import SyncDialog

        if _raised(self.sync_dialog):
            return
        dialog = SyncDialog(self._window.ops, self._window)
        self.sync_dialog = dialog
        dialog.open()

    @Slot()
    def open_tag_manager(self) -> None:
        from desktop.ui.contacts.tag_manager import TagManagerDialog

        if _raised(self.tag_manager):
            return
        dialog = TagManagerDialog(self._window.ops, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_tag_manager)
        self.tag_manager = dialog
        dialog.open()

    @Slot()
    def _forget_tag_manager(self) -> None:
        self.tag_manager = None

    @Slot()
    def open_duplicates(self) -> None:
        """Contacts → Find Duplicates… (issue 11)."""
        from desktop.ui.contacts.duplicates_dialog import DuplicatesDialog  # not needed at start-up

        current = self.duplicates_dialog
        if current is not None:
            if _raised(current):
                return
            if current.busy:  # its search is still stopping: it goes when done
                return
            current.deleteLater()
        dialog = DuplicatesDialog(self._window.ops, self._window)
        self.duplicates_dialog = dialog
        dialog.open()
        dialog.start()

    @Slot()
    def open_restore_dialog(self) -> QDialog:
        from desktop.ui.restore_dialog import RestoreDialog

        window = self._window
        dialog = RestoreDialog(window.ops, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(lambda text: window.statusBar().showMessage(text, 15_000))
        dialog.open()
        return dialog

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(
            self._window,
            self.tr("About Rapport"),
            "<h3>Rapport</h3><p>" + self.tr(
                "A personal relationship manager: common ground, follow-ups, favours and "
                "introductions, kept on your own computer.") + "</p>",
        )

    # --- briefings (issue 6) -----------------------------------------------------------------

    @Slot(object)
    def brief_contact(self, contact_id: ContactId | None) -> None:
        """The detail pane's "Briefing…": the preview of the contact it shows."""
        from desktop.ui.briefing.briefing_actions import brief_contact

        brief_contact(self._window.ops, contact_id, self._window)

    @Slot()
    def print_week_briefings(self) -> QWidget | None:
        from desktop.ui.briefing.briefing_actions import print_this_weeks_briefings

        return print_this_weeks_briefings(self._window.ops, self._window)

    # --- demo network --------------------------------------------------------------------

    @Slot()
    def ask_demo(self) -> None:
        people, ok = QInputDialog.getInt(
            self._window, self.tr("Load Demo Network"),
            self.tr("Add a made-up network of this many people\n(your own contacts are "
                    "kept):"),
            DEMO_PEOPLE, 10, 100_000, 50,
        )
        if ok:
            self.load_demo(people)

    def load_demo(self, people: int = DEMO_PEOPLE) -> None:
        """Generate the demo network off the UI thread, with progress and Cancel."""
        if self.demo_worker is not None:
            return
        from desktop.services import demo  # not needed at start-up

        worker = Worker(
            lambda progress: demo.generate_demo(people, progress=progress),
            cancel_exceptions=(demo.DemoCancelled,),
            cleanup=overview.release_thread_connection,
        )
        dialog = progress_dialog(self._window, worker, self.tr("Load Demo Network"),
                                 self.tr("Creating the demo network…"),
                                 minimum_duration_ms=300)
        worker.signals.progress.connect(self._on_demo_progress)
        worker.signals.finished.connect(self._on_demo_finished)
        worker.signals.failed.connect(self._on_demo_failed)
        worker.signals.cancelled.connect(self._on_demo_cancelled)
        self.demo_worker = worker
        self._progress = dialog
        self._window.statusBar().showMessage(self.tr("Creating the demo network…"))
        QThreadPool.globalInstance().start(worker)

    @property
    def demo_running(self) -> bool:
        return self.demo_worker is not None

    @Slot(int, int)
    def _on_demo_progress(self, done: int, total: int) -> None:
        show_progress(self._progress, done, total)

    def _end_demo(self) -> None:
        self.demo_worker = None
        close_progress(self._progress)
        self._progress = None

    @Slot(object)
    def _on_demo_finished(self, summary: object) -> None:
        self._end_demo()
        self._window.ops.notify(Changes(contacts_added_or_removed=True, tags=True, graph=True,
                                        followups=True, interactions=True))
        people = getattr(summary, "people", 0)
        self._window.statusBar().showMessage(
            self.tr("Demo network ready: %Ln people", "", int(people)), 8000)

    @Slot(str)
    def _on_demo_failed(self, message: str) -> None:
        self._end_demo()
        self._window.statusBar().clearMessage()
        QMessageBox.warning(self._window, self.tr("Load Demo Network"),
                            self.tr("The demo network could not be created: %1")
                            .replace("%1", message))

    @Slot()
    def _on_demo_cancelled(self) -> None:
        self._end_demo()
        self._window.statusBar().showMessage(
            self.tr("Demo network cancelled: nothing was added"), 8000)
