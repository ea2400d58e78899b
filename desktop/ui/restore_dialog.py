"""File → Restore from Backup…: pick one of the database's backups and put it back.

The list comes from ``desktop.services.backups`` (dates, kinds, contact counts); the restore
itself is ``Operations.restore_backup``, which first saves what the user has now, so a
restore can be taken back by restoring that "before restore" copy.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import backups
from desktop.services.backups import BackupInfo
from desktop.services.errors import ServiceError
from desktop.ui.common import fit, formatting
from desktop.ui.operations import Operations

PathRole = Qt.ItemDataRole.UserRole + 1
translate = QCoreApplication.translate


def when_text(taken_at: dt.datetime, today: dt.date | None = None) -> str:
    """"Today, 09:12", "Yesterday, 18:40", "Thursday, 19 November, 09:12" (the year when it
    is not this year's)."""
    return formatting.day_and_time(taken_at, today or dt.date.today())


def when_in_sentence(taken_at: dt.datetime, today: dt.date | None = None) -> str:
    """``when_text`` for the middle of a sentence: "from today, 22:04", not "from Today"."""
    today = today or dt.date.today()
    text = when_text(taken_at, today)
    if (today - taken_at.date()).days in (0, 1):
        return text[:1].lower() + text[1:]
    return text


def size_text(size: int) -> str:
    if size >= 1_000_000:
        return translate("RestoreDialog", "%1 MB").replace(
            "%1", formatting.number(round(size / 1_000_000, 1)))
    return translate("RestoreDialog", "%1 KB").replace(
        "%1", formatting.number(max(size // 1000, 1)))


def contacts_text(count: int | None) -> str:
    if count is None:
        return translate("RestoreDialog", "unreadable")
    return BackupTexts().contacts(count)


class BackupTexts(QObject):
    """``self.tr`` with a count: lupdate sees the plural."""

    def contacts(self, n: int) -> str:
        return self.tr("%Ln contact(s)", "", n)


class RestoreDialog(QDialog):
    """Lists the backups newest first; Restore… asks once, then restores the selected one.

    Private state: ``_infos`` maps a backup's path to what the list shows about it.
    """

    restored = Signal(str)  # one line for the status bar: what was restored, where the old is

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._infos: dict[str, BackupInfo] = {}
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.setMinimumSize(620, 380)
        fit.to_screen(self)  # a small screen: the content scrolls, the buttons show

        intro = QLabel(
            self.tr("Rapport copies your data once a day and keeps the last %1 days. "
                    "Restoring replaces everything in Rapport with the copy you choose; what "
                    "you have now is saved as a backup first, so you can come back to it.")
            .replace("%1", str(backups.KEEP_DAILY)),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        self.tree = QTreeWidget(self)
        # Header labels indented like the cells below them (which have 10 px of padding).
        self.tree.setHeaderLabels([self.tr("  Taken"), self.tr("  Kind"), self.tr("Contacts  "),
                                   self.tr("Size  ")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Room between the columns and rows: the default item has no padding at all.
        self.tree.setStyleSheet("QTreeView::item { padding: 5px 10px; }")
        self.tree.setAllColumnsShowFocus(True)
        self.tree.header().setMinimumSectionSize(80)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        head = self.tree.headerItem()
        if head is not None:
            for column in (2, 3):
                head.setTextAlignment(
                    column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
        self.tree.itemActivated.connect(self._on_activated)  # Enter or double-click
        self.tree.currentItemChanged.connect(self._update_buttons)

        self.empty = QLabel(
            self.tr("No backups yet.\nRapport makes the first one a few seconds after it "
                    "starts."), self
        )
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)  # the palette's placeholder grey

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setDefault(True)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = QPushButton(self.tr("Show &Folder"), self)
        self.folder_button.setToolTip(self.tr("Open the folder that holds the backups"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(self.show_folder)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addWidget(self.stack, 1)
        row = QHBoxLayout()
        row.addWidget(self.folder_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self.reload()

    # --- content ------------------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        self.tree.clear()
        self._infos = {}
        try:
            found = backups.list_backups()
        except ServiceError:
            found = []
        for info in found:
            item = QTreeWidgetItem([
                when_text(info.taken_at), info.label, contacts_text(info.contacts),
                size_text(info.size),
            ])
            item.setData(0, PathRole, str(info.path))
            item.setToolTip(0, str(info.path))
            for column in (2, 3):
                item.setTextAlignment(
                    column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            if info.contacts is None:
                item.setDisabled(True)
            self.tree.addTopLevelItem(item)
            self._infos[str(info.path)] = info
        self.stack.setCurrentWidget(self.tree if found else self.empty)
        first = next((item for item in self._items() if not item.isDisabled()), None)
        if first is not None:
            self.tree.setCurrentItem(first)
        self.tree.setFocus()
        self._update_buttons()

    def _items(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    def backups_shown(self) -> list[BackupInfo]:
        return [self._infos[str(item.data(0, PathRole))] for item in self._items()]

    def selected(self) -> BackupInfo | None:
        item = self.tree.currentItem()
        if item is None or item.isDisabled():
            return None
        return self._infos.get(str(item.data(0, PathRole)))

    @Slot()
    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    # --- actions ------------------------------------------------------------------------

    @Slot(QTreeWidgetItem, int)
    def _on_activated(self, _item: QTreeWidgetItem, _column: int) -> None:
        self.restore_selected()

    def confirm(self, info: BackupInfo) -> bool:
        """Ask once; a test replaces this to answer without a message box."""
        box, restore = self.confirm_box(info)
        box.exec()
        return box.clickedButton() is restore

    def confirm_box(self, info: BackupInfo) -> tuple[QMessageBox, QPushButton]:
        now = backups.current_database()
        current = backups.contact_count(now) if now is not None else None
        when = when_in_sentence(info.taken_at)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Restore from Backup"),
            self.tr("Replace all your data with the backup from %1 (%2)?").replace(
                "%1", when).replace("%2", contacts_text(info.contacts)),
            QMessageBox.StandardButton.Cancel, self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        if current is not None:
            saved = self.tr("Your current data (%1) is saved as a backup first, so you can "
                            "restore it later. Undo history is cleared.").replace(
                "%1", contacts_text(current))
        else:
            saved = self.tr("Your current data is saved as a backup first, so you can restore "
                            "it later. Undo history is cleared.")
        box.setInformativeText(saved)
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box, restore

    @Slot()
    def restore_selected(self) -> None:
        """Restore the selected backup in a worker (``Operations.restore_backup``), its
        progress shown over this dialog; the dialog closes once the restored book is open,
        or lists the backups again when it failed or was cancelled."""
        info = self.selected()
        if info is None or not self.confirm(info):
            return

        def done(safety: Path) -> None:
            self.restored.emit(
                self.tr("Restored the backup from %1; what you had before is in %2").replace(
                    "%1", when_in_sentence(info.taken_at)).replace("%2", safety.name))
            self.accept()

        # The progress dialog is window-modal over this one: one restore at a time.
        self.ops.restore_backup(info.path, done, self.reload, over=self)

    @Slot()
    def show_folder(self) -> None:
        path = backups.current_database()
        if path is None:
            return
        folder = backups.backup_folder(path)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
