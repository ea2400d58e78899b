"""Export vCards: what (everyone, the selected contacts, or a tag) and which vCard version,
then where; the file is written off the UI thread with progress and Cancel (issue 3).

``exporter.export_vcards`` writes a temporary file and renames it into place, so a cancelled
or failed export leaves whatever was at the target untouched.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import overview, tags
from desktop.services.exporter import ExportCancelled, ExportResult, export_vcards
from desktop.services.types import ContactId
from desktop.ui.common.save_path import ask_save_path
from desktop.ui.common.workers import (
    Progress,
    Worker,
    close_progress,
    progress_dialog,
    show_progress,
)

DEFAULT_FILENAME = "rapport-contacts.vcf"
_PROGRESS_STEPS = 1000


class ExportDialog(QDialog):
    """Choose what to export and how, then a file; ``exported`` or ``cancelled`` tells the
    window what happened (one line for its status bar).

    Private state: ``_selected`` are the contacts selected in the list when the dialog
    opened; ``_worker``/``_progress`` the running export and its progress dialog.
    """

    exported = Signal(object)  # ExportResult
    cancelled = Signal(str)  # one line: the export stopped, nothing was written
    failed = Signal(str)  # one line: why the file could not be written

    ALL, SELECTED, TAG = range(3)

    def __init__(self, selected: Sequence[ContactId] = (), parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._selected = list(selected)
        self._worker: Worker | None = None
        self._progress: QProgressDialog | None = None
        self.result_: ExportResult | None = None
        self.error_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Export vCards"))
        self.setModal(True)

        title = QLabel(self.tr("Export contacts as vCards"), self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        hint = QLabel(self.tr("One .vcf file that phones, mail apps and other address books can "
                              "import. Tags are written as categories."), self)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        total = overview.list_counts().all
        self.all_radio = QRadioButton(self.tr("All contacts (%1)").replace("%1", f"{total:,}"),
                                      self)
        count = len(self._selected)
        self.selected_radio = QRadioButton(
            self.tr("The selected contacts (%1)").replace("%1", f"{count:,}"), self)
        self.selected_radio.setEnabled(count > 0)
        self.tag_radio = QRadioButton(self.tr("Contacts tagged"), self)
        self.tag_combo = QComboBox(self)
        self.tag_combo.setAccessibleName(self.tr("Tag to export"))
        self.tag_combo.setMinimumContentsLength(16)
        self.tag_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for tag in tags.list_tags():
            # Combo box items are plain text: a tag named "<b>" shows as typed.
            self.tag_combo.addItem(f"{tag.name} ({tag.count:,})", tag.name)
        has_tags = self.tag_combo.count() > 0
        self.tag_radio.setEnabled(has_tags)
        self.tag_combo.setEnabled(False)
        self.what = QButtonGroup(self)
        self.what.addButton(self.all_radio, self.ALL)
        self.what.addButton(self.selected_radio, self.SELECTED)
        self.what.addButton(self.tag_radio, self.TAG)
        (self.selected_radio if count > 1 else self.all_radio).setChecked(True)
        self.tag_radio.toggled.connect(self.tag_combo.setEnabled)
        self.tag_combo.activated.connect(lambda _i: self.tag_radio.setChecked(True))

        self.version_combo = QComboBox(self)
        self.version_combo.addItem(self.tr("vCard 3.0 — works everywhere"), "3.0")
        self.version_combo.addItem(self.tr("vCard 4.0 — newer, keeps introductions"), "4.0")
        self.version_combo.setAccessibleName(self.tr("vCard version"))

        what_label = QLabel(self.tr("Export:"), self)
        format_label = QLabel(self.tr("Format:"), self)
        format_label.setBuddy(self.version_combo)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.addWidget(what_label, 0, 0, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.all_radio, 0, 1, 1, 2)
        grid.addWidget(self.selected_radio, 1, 1, 1, 2)
        grid.addWidget(self.tag_radio, 2, 1)
        grid.addWidget(self.tag_combo, 2, 2)
        grid.setRowMinimumHeight(3, 6)
        grid.addWidget(format_label, 4, 0, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.version_combo, 4, 1, 1, 2)
        grid.setColumnStretch(2, 1)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.choose_path)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addSpacing(12)
        layout.addLayout(grid)
        layout.addSpacing(16)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    # --- choices ----------------------------------------------------------------------

    @property
    def version(self) -> str:
        return str(self.version_combo.currentData())

    def set_version(self, version: str) -> None:
        self.version_combo.setCurrentIndex(max(self.version_combo.findData(version), 0))

    def choose_tag(self, name: str) -> bool:
        position = self.tag_combo.findData(name)
        if position < 0:
            return False
        self.tag_combo.setCurrentIndex(position)
        self.tag_radio.setChecked(True)
        return True

    def describe(self) -> str:
        """What is being exported, in words ("Exporting 3 selected contacts…")."""
        which = self.what.checkedId()
        if which == self.SELECTED:
            return self.tr("Exporting %Ln selected contact(s)…", "", len(self._selected))
        if which == self.TAG:
            return self.tr("Exporting contacts tagged %1…").replace(
                "%1", str(self.tag_combo.currentData()))
        return self.tr("Exporting all contacts…")

    @staticmethod
    def default_path() -> Path:
        return Path.home() / DEFAULT_FILENAME

    # --- running ----------------------------------------------------------------------

    @Slot()
    def choose_path(self) -> None:
        """Ask where to save, then export there."""
        chosen = ask_save_path(self, self.tr("Export vCards"), self.default_path(),
                               self.tr("vCard files (*.vcf);;All files (*)"), ".vcf")
        if chosen is not None:
            self.export_to(*chosen)

    def export_to(self, path: Path, replace_read_only: bool = False) -> None:
        """Export the chosen contacts to *path* off the UI thread, with progress and
        Cancel; ``exported``/``cancelled``/``failed`` say how it ended (a read-only *path*
        is replaced only with *replace_read_only*)."""
        if self._worker is not None:
            return
        which = self.what.checkedId()
        ids = list(self._selected) if which == self.SELECTED else None
        tag = str(self.tag_combo.currentData()) if which == self.TAG else None
        version = self.version

        def job(progress: Progress) -> ExportResult:
            # An OSError (full disk, read-only...) ends in ``failed`` as one line
            # (workers.failure_text), not "[Errno 28] ...".
            return export_vcards(path, ids=ids, tag=tag, version=version, progress=progress,
                                 replace_read_only=replace_read_only)

        worker = Worker(job, cancel_exceptions=(ExportCancelled,),
                        cleanup=overview.release_thread_connection)
        dialog = progress_dialog(self, worker, self.tr("Export vCards"),
                                 self.describe(), _PROGRESS_STEPS)
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(self._on_finished)
        worker.signals.failed.connect(self._on_failed)
        worker.signals.cancelled.connect(self._on_cancelled)
        self._worker = worker
        self._progress = dialog
        self.export_button.setEnabled(False)
        QThreadPool.globalInstance().start(worker)

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def cancel_export(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        show_progress(self._progress, done, total)

    def _end(self) -> None:
        self._worker = None
        self.export_button.setEnabled(True)
        close_progress(self._progress)
        self._progress = None

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self._end()
        assert isinstance(result, ExportResult)
        self.result_ = result
        self.exported.emit(result)
        self.accept()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._end()
        self.failed.emit(message)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export vCards"),
                          self.tr("Nothing was exported. %1").replace("%1", message),
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.error_box = box
        box.open()

    @Slot()
    def _on_cancelled(self) -> None:
        self._end()
        self.cancelled.emit("Export cancelled: no file was written")

    def reject(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            return  # it reports "cancelled"; the dialog stays until then
        super().reject()
