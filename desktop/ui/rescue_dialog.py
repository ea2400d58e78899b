"""The way out of a damaged database (issue 13): restore the newest good backup, or recover
what can still be read -- shown at start-up when the file cannot be opened, and while the
window runs when damage is found (``database_guard``).

The choices come from ``desktop.services.health`` (the newest backup that passes a check)
and ``desktop.services.rescue`` (the recovery, run off the UI thread with progress; its
result is shown, next to the backup's contact count, before anything replaces the file).
Either way the damaged file is kept in the backups folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QFont, QPalette
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models import close_database, open_database
from desktop.services import backups, health, rescue
from desktop.services.backups import BackupInfo
from desktop.ui.common import tokens
from desktop.ui.common.workers import Worker, failure_text
from desktop.ui.restore_dialog import contacts_text, when_in_sentence


def _label(text: str, parent: QWidget, *, bold: bool = False, muted: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # paths and SQLite's words are data
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        label.setFont(font)
    if muted:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class RescueDialog(QDialog):
    """Offers Restore (when an intact backup exists) and Recover. Accepted once the
    database has been replaced and opened; ``outcome`` then says what was done.

    Private state: ``_backup`` is the newest intact backup (None: none); ``_recovered``
    what the last recovery read (a new file waiting for the user's choice); ``_worker``
    the recovery or restore job while it runs; ``_restoring`` True while a restore puts
    the backup, or the recovered data, in place (the dialog cannot be closed then).
    """

    recovery_finished = Signal(bool)  # True: something was recovered (the result page shows)

    def __init__(self, db_path: Path, detail: str, parent: QWidget | None = None, *,
                 at_start: bool = True) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.detail = detail
        self.outcome = ""
        self._backup: BackupInfo | None = health.newest_good_backup(db_path)
        self._recovered: rescue.Recovered | None = None
        self._worker: Worker | None = None
        self._restoring = False
        self.setWindowTitle(self.tr("Rapport: damaged data"))
        self.setMinimumWidth(560)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._choice_page())
        self.pages.addWidget(self._progress_page())
        self.pages.addWidget(self._result_page())

        self.folder_button = QPushButton(self.tr("Show &Backups Folder"), self)
        self.folder_button.clicked.connect(self.show_folder)
        self.close_button = QPushButton(
            self.tr("&Quit Rapport") if at_start else self.tr("&Not Now"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)
        layout.addWidget(self.pages)
        layout.addLayout(buttons)

    # --- pages ----------------------------------------------------------------------------

    def _choice_page(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        box.addWidget(_label(self.tr("Rapport's data is damaged"), page, bold=True))
        box.addWidget(_label(self.tr(
            "Part of the database cannot be read. A disk error, the computer stopping "
            "while it wrote, or a copy that did not finish can do this. Choose how to go "
            "on: the damaged file is kept in the backups folder either way."), page))
        box.addWidget(_label(f"{self.db_path}\n{self.tr('SQLite says:')} {self.detail}",
                             page, muted=True))
        self.restore_button = QCommandLinkButton(page)
        if self._backup is not None:
            info = self._backup
            self.restore_button.setText(self.tr("Restore the backup from {when}").format(
                when=when_in_sentence(info.taken_at)))
            self.restore_button.setDescription(self.tr(
                "{contacts}. What was changed since then is not in it.").format(
                    contacts=contacts_text(info.contacts)))
        else:
            self.restore_button.setText(self.tr("No backup to restore"))
            self.restore_button.setDescription(self.tr(
                "Rapport has no intact backup of this database yet."))
            self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_newest)
        self.recover_button = QCommandLinkButton(self.tr("Recover what can still be read"),
                                                 page)
        self.recover_button.setDescription(self.tr(
            "Copies every record that can be read into a new database, and shows what it "
            "saved before anything is replaced."))
        self.recover_button.clicked.connect(self.start_recovery)
        box.addWidget(self.restore_button)
        box.addWidget(self.recover_button)
        self.error_label = _label("", page)
        tokens.styled(self.error_label, tokens.error_style)
        self.error_label.hide()
        box.addWidget(self.error_label)
        box.addStretch(1)
        (self.restore_button if self._backup is not None else self.recover_button).setFocus()
        return page

    def _progress_page(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        self.progress_title = _label(self.tr("Recovering what can still be read…"), page,
                                     bold=True)
        box.addWidget(self.progress_title)
        self.progress = QProgressBar(page)
        self.progress.setRange(0, 100)
        box.addWidget(self.progress)
        box.addStretch(1)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        self.result_title = _label("", page, bold=True)
        self.result_text = _label("", page)
        box.addWidget(self.result_title)
        box.addWidget(self.result_text)
        self.use_button = QCommandLinkButton(self.tr("Use the recovered data"), page)
        self.use_button.clicked.connect(self.use_recovered)
        self.instead_button = QCommandLinkButton(page)
        self.instead_button.clicked.connect(self.restore_newest)
        box.addWidget(self.use_button)
        box.addWidget(self.instead_button)
        box.addStretch(1)
        return page

    # --- actions --------------------------------------------------------------------------

    @Slot()
    def restore_newest(self) -> None:
        """Put the newest intact backup in place in a worker (the copy and an older
        backup's upgrade take seconds on a big book), its progress on the progress page;
        the restored book is opened here, on the UI thread, and the dialog accepted."""
        info = self._backup
        if info is None or self._worker is not None:
            return
        path, backup = self.db_path, info.path

        def restored(aside: Path) -> None:
            self._discard_recovered()
            self.outcome = self.tr(
                "Restored the backup from {when}; the damaged file is kept as {name}").format(
                    when=when_in_sentence(info.taken_at), name=aside.name)

        self._put_in_place(
            self.tr("Restoring the backup from {when}…").format(
                when=when_in_sentence(info.taken_at)),
            lambda progress: rescue.put_backup_in_place(path, backup, progress), restored)

    def _put_in_place(self, title: str, work: Callable[[Callable[[int, int], bool]], Path],
                      then: Callable[[Path], None]) -> None:
        """The progress page while *work* (in a worker, the models bound to nothing) sets
        the damaged file aside and puts something in its place; then the book is opened
        here, *then* hears where the damaged file went, and the dialog is accepted. No
        closing meanwhile (``_restoring``)."""
        self.progress_title.setText(title)
        self.progress.setValue(0)
        self.pages.setCurrentIndex(1)
        self.close_button.setEnabled(False)
        close_database()  # the models' connection to the damaged file

        def done(aside: Path) -> None:
            self._worker = None
            self._restoring = False
            try:
                open_database(self.db_path)
            except Exception as exc:
                self.close_button.setEnabled(True)
                self._fail(exc)
                return
            then(aside)
            self.accept()

        worker = Worker(work)
        worker.signals.progress.connect(
            lambda step, total: self.progress.setValue(step * 100 // max(total, 1)))
        worker.signals.finished.connect(done)
        worker.signals.failed.connect(self._restore_failed)
        self._worker = worker
        self._restoring = True
        QThreadPool.globalInstance().start(worker)

    @Slot(str)
    def _restore_failed(self, message: str) -> None:
        self._worker = None
        self._restoring = False
        self.close_button.setEnabled(True)
        self.pages.setCurrentIndex(0)
        self._show_error(message)

    @Slot()
    def start_recovery(self) -> None:
        self.progress_title.setText(self.tr("Recovering what can still be read…"))
        self.progress.setValue(0)
        self.pages.setCurrentIndex(1)
        self.close_button.setEnabled(False)
        path = self.db_path
        worker = Worker(lambda progress: rescue.recover(path, progress=progress))
        worker.signals.progress.connect(
            lambda done, total: self.progress.setValue(done * 100 // max(total, 1)))
        worker.signals.finished.connect(self._recovered_ready)
        worker.signals.failed.connect(self._recovery_failed)
        self._worker = worker
        QThreadPool.globalInstance().start(worker)

    @Slot(object)
    def _recovered_ready(self, result: object) -> None:
        assert isinstance(result, rescue.Recovered)
        self._worker = None
        self._recovered = result
        self.close_button.setEnabled(True)
        self.result_title.setText(self.tr("Recovered {contacts}").format(
            contacts=contacts_text(result.contacts)))
        lines = [self.tr("{rows:,} records in all were read.").format(rows=result.rows)]
        if result.lost:
            lines.append(self.tr("Could not be read:"))
            lines += [f"  • {line}" for line in result.lost[:8]]
        else:
            lines.append(self.tr("Nothing was found missing."))
        if self._backup is not None:
            lines.append(self.tr("The backup from {when} holds {contacts}.").format(
                when=when_in_sentence(self._backup.taken_at),
                contacts=contacts_text(self._backup.contacts)))
            self.instead_button.setText(self.tr("Restore the backup instead"))
            self.instead_button.setDescription(self.tr("From {when}: {contacts}.").format(
                when=when_in_sentence(self._backup.taken_at),
                contacts=contacts_text(self._backup.contacts)))
        self.instead_button.setVisible(self._backup is not None)
        self.result_text.setText("\n".join(lines))
        self.pages.setCurrentIndex(2)
        self.use_button.setFocus()
        self.recovery_finished.emit(True)

    @Slot(str)
    def _recovery_failed(self, message: str) -> None:
        self._worker = None
        self.close_button.setEnabled(True)
        self.pages.setCurrentIndex(0)
        self._show_error(self.tr("The recovery failed: {message}").format(message=message))
        self.recovery_finished.emit(False)

    @Slot()
    def use_recovered(self) -> None:
        """Put the recovered data in place in a worker (the copy, an older file's upgrade
        and the search index made again take seconds on a big book), its progress on the
        progress page; the book is then opened here, on the UI thread, and the dialog
        accepted."""
        found = self._recovered
        if found is None or self._worker is not None:
            return
        path = self.db_path

        def recovered(aside: Path) -> None:
            self._recovered = None
            self.outcome = self.tr(
                "Recovered {contacts}; the damaged file is kept as {name}").format(
                    contacts=contacts_text(found.contacts), name=aside.name)

        self._put_in_place(
            self.tr("Putting the recovered data in place…"),
            lambda progress: rescue.put_recovered_in_place(path, found, progress), recovered)

    def _fail(self, exc: Exception) -> None:
        self.pages.setCurrentIndex(0)
        self._show_error(failure_text(exc))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text[:1].upper() + text[1:])
        self.error_label.show()

    def _discard_recovered(self) -> None:
        if self._recovered is not None:
            rescue.discard(self._recovered)
            self._recovered = None

    def reject(self) -> None:
        if self._restoring:
            return  # the damaged file is set aside and the backup half-way in: it ends soon
        super().reject()

    def done(self, result: int) -> None:
        if self._worker is not None:
            QThreadPool.globalInstance().waitForDone(60_000)
        if result != QDialog.DialogCode.Accepted:
            self._discard_recovered()
        super().done(result)

    @Slot()
    def show_folder(self) -> None:
        folder = backups.backup_folder(self.db_path)
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
