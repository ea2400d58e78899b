"""Tools → Sync Accounts…: CardDAV accounts, their address books, Sync Now (issue 8).

The sync runs on a ``QThreadPool`` worker with a progress bar and Cancel; what it changed
reaches the views through ``Operations.notify`` (a sync is not undoable: the server has
already seen it). Account settings (server, user, chosen address books, password) are
configuration, not contact data: the dialog saves them through ``services.sync.accounts``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QThreadPool, QTimer, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import overview
from desktop.services.sync import accounts, engine
from desktop.services.sync.carddav import AddressBook, CardDavError
from desktop.ui.common import formatting
from desktop.ui.operations import Operations
from desktop.ui.workers import Worker

_ACCOUNT_ID = Qt.ItemDataRole.UserRole + 1
_BOOK_URL = Qt.ItemDataRole.UserRole + 2
_CONFLICT_ID = Qt.ItemDataRole.UserRole + 3
_CONFLICT_NAME = Qt.ItemDataRole.UserRole + 4


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class AddAccountDialog(QDialog):
    """Server, user name, password → Find Address Books (off the UI thread) → choose.

    Private state: ``_books`` the address books found with the current entries (cleared when
    an entry changes), ``_worker`` the running discovery."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add CardDAV Account")
        self.setMinimumWidth(460)
        self._books: list[AddressBook] = []
        self._worker: Worker | None = None
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://dav.example.com/  (Nextcloud, Fastmail, …)")
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow("&Server:", self.url_edit)
        form.addRow("&User name:", self.user_edit)
        form.addRow("&Password:", self.password_edit)
        self.find_button = QPushButton("&Find Address Books")
        self.find_button.clicked.connect(self.find_books)
        self.status = _plain(QLabel(""))
        self.status.setWordWrap(True)
        self.books = QListWidget()
        self.books.setMinimumHeight(110)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add Account")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.find_button)
        layout.addLayout(row)
        layout.addWidget(_plain(QLabel("Address books to sync:")))
        layout.addWidget(self.books)
        storage = accounts.password_storage()
        note = ("The password is kept in your system keyring." if storage == "keyring" else
                "No system keyring is available: the password is kept in a file beside your "
                "data that only you can read.")
        hint = _plain(QLabel(note))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        for edit in (self.url_edit, self.user_edit, self.password_edit):
            edit.textChanged.connect(self._entries_changed)
        self._entries_changed()

    @Slot()
    def _entries_changed(self) -> None:
        self._books = []
        self.books.clear()
        filled = all(e.text().strip() for e in (self.url_edit, self.user_edit)) \
            and bool(self.password_edit.text())
        self.find_button.setEnabled(filled and self._worker is None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    @Slot()
    def find_books(self) -> None:
        if self._worker is not None:
            return
        url, user, password = (self.url_edit.text().strip(), self.user_edit.text().strip(),
                               self.password_edit.text())
        worker = Worker(lambda _progress: engine.discover(url, user, password, timeout=20))
        worker.signals.finished.connect(self._on_found)
        worker.signals.failed.connect(self._on_failed)
        self._worker = worker
        self.find_button.setEnabled(False)
        self.status.setText("Looking for address books…")
        QThreadPool.globalInstance().start(worker)

    @Slot(object)
    def _on_found(self, books: object) -> None:
        self._worker = None
        found = [b for b in books if isinstance(b, AddressBook)] if isinstance(books, list) \
            else []
        self._entries_changed()
        self._books = found
        for b in found:
            item = QListWidgetItem(b.name)
            item.setToolTip(b.url)
            item.setData(_BOOK_URL, b.url)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.books.addItem(item)
        self.status.setText(f"Found {len(found)} address book{'s' if len(found) != 1 else ''}.")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(found))

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._worker = None
        self.status.setText(message)
        self.find_button.setEnabled(True)

    def chosen_urls(self) -> set[str]:
        return {str(self.books.item(i).data(_BOOK_URL)) for i in range(self.books.count())
                if self.books.item(i).checkState() == Qt.CheckState.Checked}

    def save(self) -> int:
        """Store the account (password to the keyring); its id."""
        account_id = accounts.add_account(self.url_edit.text().strip(),
                                          self.user_edit.text().strip(),
                                          self.password_edit.text())
        accounts.set_books(account_id, self._books, self.chosen_urls())
        return account_id


class SyncDialog(QDialog):
    """Accounts, address books, status, Sync Now. Private state: ``_worker`` the running
    sync (None when idle), ``_timer`` refreshes "synced 2 min ago" every 30 s."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle("Sync Accounts")
        self.resize(640, 440)
        self._worker: Worker | None = None

        self.accounts_list = QListWidget()
        self.accounts_list.setMinimumWidth(230)
        self.accounts_list.setSpacing(3)
        self.accounts_list.setWordWrap(True)
        self.accounts_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.accounts_list.currentItemChanged.connect(self._show_account)
        self.add_button = QPushButton("&Add Account…")
        self.add_button.clicked.connect(self.add_account)
        self.remove_button = QPushButton("&Remove")
        self.remove_button.clicked.connect(self.remove_account)
        left = QVBoxLayout()
        left.addWidget(self.accounts_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left.addLayout(buttons)

        self.title = _plain(QLabel(""))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.server = _plain(QLabel(""))
        self.server.setStyleSheet("color: palette(placeholder-text);")
        self.books = QListWidget()
        self.books.itemChanged.connect(self._book_toggled)
        self.status = _plain(QLabel(""))
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.sync_button = QPushButton("&Sync Now")
        self.sync_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.sync_button.setToolTip("Sync this account now (F5)")
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button = QPushButton("Cancel Sync")
        self.cancel_button.clicked.connect(self.cancel_sync)
        self.cancel_button.hide()
        rules = _plain(QLabel(
            "Changed on both sides: the server's version wins and your version is kept. "
            "Interactions, favours, introductions and follow-ups stay in Rapport."))
        rules.setWordWrap(True)
        rules.setStyleSheet("color: palette(placeholder-text);")
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.server)
        right.addSpacing(6)
        right.addWidget(_plain(QLabel("Address books (new contacts go to the first one):")))
        right.addWidget(self.books, 1)
        right.addWidget(self.status)
        right.addWidget(self.progress)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.sync_button)
        right.addLayout(row)
        right.addWidget(rules)

        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addSpacing(12)
        body.addLayout(right, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.conflicts = ConflictsPanel(ops)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addWidget(self.conflicts)
        outer.addWidget(close)

        self._timer = QTimer(self)
        self._timer.setInterval(30_000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    # ------------------------------------------------------------------ showing

    def current_account(self) -> int | None:
        item = self.accounts_list.currentItem()
        return int(item.data(_ACCOUNT_ID)) if item is not None else None

    @Slot()
    def refresh(self) -> None:
        keep = self.current_account()
        self.accounts_list.blockSignals(True)
        self.accounts_list.clear()
        for info in accounts.accounts():
            # The full error is on the right; the list says only whether it worked.
            short = "Sync failed" if info.last_error else accounts.status_text(info)
            item = QListWidgetItem(f"{info.name}\n{short}")
            item.setData(_ACCOUNT_ID, info.id)
            item.setToolTip(info.url)
            self.accounts_list.addItem(item)
            if info.id == keep:
                self.accounts_list.setCurrentItem(item)
        if self.accounts_list.currentItem() is None and self.accounts_list.count():
            self.accounts_list.setCurrentRow(0)
        self.accounts_list.blockSignals(False)
        self._show_account()

    @Slot()
    def _show_account(self) -> None:
        account_id = self.current_account()
        info = accounts.account(account_id) if account_id is not None else None
        has = info is not None
        self.remove_button.setEnabled(has and self._worker is None)
        self.sync_button.setEnabled(has and self._worker is None)
        self.books.blockSignals(True)
        self.books.clear()
        if info is None:
            self.title.setText("No sync accounts yet")
            self.server.setText("Add a CardDAV account (Nextcloud, Radicale, Fastmail, iCloud…) "
                                "to keep your phone and Rapport in step.")
            self.server.setWordWrap(True)
            self.status.setText("")
            self.books.blockSignals(False)
            return
        self.title.setText(info.name)
        self.server.setText(f"{info.username} · {info.url}")
        for b in info.books:
            item = QListWidgetItem(f"{b.name}  ({b.contact_count} contacts)"
                                   + ("  — new contacts go here" if b.is_default else ""))
            item.setData(_BOOK_URL, b.url)
            item.setToolTip(b.url)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if b.enabled else Qt.CheckState.Unchecked)
            self.books.addItem(item)
        self.books.blockSignals(False)
        if self._worker is None:
            self._set_status(accounts.status_text(info), error=bool(info.last_error))

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b3261e;" if error else "")

    @Slot(QListWidgetItem)
    def _book_toggled(self, _item: QListWidgetItem) -> None:
        account_id = self.current_account()
        info = accounts.account(account_id) if account_id is not None else None
        if info is None:
            return
        chosen = {str(self.books.item(i).data(_BOOK_URL)) for i in range(self.books.count())
                  if self.books.item(i).checkState() == Qt.CheckState.Checked}
        default = next((b.url for b in info.books if b.is_default and b.url in chosen), None)
        accounts.set_books(info.id, [AddressBook(b.url, b.name) for b in info.books], chosen,
                           default)
        self._show_account()

    # ------------------------------------------------------------------ accounts

    @Slot()
    def add_account(self) -> None:
        dialog = AddAccountDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        account_id = dialog.save()
        self.refresh()
        for row in range(self.accounts_list.count()):
            if self.accounts_list.item(row).data(_ACCOUNT_ID) == account_id:
                self.accounts_list.setCurrentRow(row)
        self.sync_now()

    @Slot()
    def remove_account(self) -> None:
        account_id = self.current_account()
        info = accounts.account(account_id) if account_id is not None else None
        if info is None:
            return
        answer = QMessageBox.question(
            self, "Remove Account",
            f"Stop syncing with {info.name}? Your contacts stay in Rapport and on the server.")
        if answer == QMessageBox.StandardButton.Yes:
            accounts.remove_account(info.id)
            self.refresh()

    # ------------------------------------------------------------------ syncing

    @Slot()
    def sync_now(self) -> None:
        account_id = self.current_account()
        if account_id is None or self._worker is not None:
            return
        worker = Worker(lambda progress: engine.sync_account(account_id, progress),
                        cancel_exceptions=(engine.SyncCancelled,),
                        cleanup=overview.release_thread_connection)
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(self._on_finished)
        worker.signals.failed.connect(self._on_failed)
        worker.signals.cancelled.connect(self._on_cancelled)
        self._worker = worker
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.status.setText("Syncing…")
        self._show_account()
        QThreadPool.globalInstance().start(worker)

    @Slot()
    def cancel_sync(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.status.setText("Cancelling…")

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setValue(done * 1000 // total)

    def _end(self) -> None:
        self._worker = None
        self.progress.hide()
        self.cancel_button.hide()
        self.refresh()

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self._end()
        if isinstance(result, engine.SyncResult):
            self.ops.notify(result.changes)
            self.conflicts.refresh()
            if result.error:
                self._set_status(f"Sync failed: {result.error}", error=True)
            else:
                self._set_status(f"Synced just now: {result.summary()}")

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._end()
        self._set_status(f"Sync failed: {message}", error=True)

    @Slot()
    def _on_cancelled(self) -> None:
        self._end()
        self.status.setText("Sync cancelled; the next sync picks up where this one stopped.")
        # What was finished before Cancel is in the database: let the views catch up.
        from desktop.services.types import Changes

        self.ops.notify(Changes(contacts_added_or_removed=True, tags=True))

    def done(self, result: int) -> None:
        if self._worker is not None:
            self._worker.cancel()
            QThreadPool.globalInstance().waitForDone(10_000)
        super().done(result)


class ConflictsPanel(QWidget):
    """"Kept versions to review": the Rapport versions that lost a sync conflict, what
    differs from the contact now, Restore My Version / Dismiss (both undoable through
    ``Operations``). Hidden while there is nothing to review. Private state: none; the list
    is re-read from the service on every change."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        heading = _plain(QLabel("Kept versions to review"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        hint = _plain(QLabel("Restore your version to send it to the server at the next "
                             "sync, or dismiss it to keep the contact as it is now."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.list = QListWidget()
        self.list.setMaximumHeight(120)
        self.list.setSpacing(3)
        self.list.currentItemChanged.connect(self._show_current)
        self.list.itemActivated.connect(self.restore)
        self.details = _plain(QLabel(""))
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.restore_button = QPushButton("&Restore My Version")
        self.restore_button.setToolTip("Put your kept version back (Ctrl+Z undoes it)")
        self.restore_button.clicked.connect(self.restore)
        self.dismiss_button = QPushButton("&Dismiss")
        self.dismiss_button.setToolTip("Keep the contact as it is now")
        self.dismiss_button.clicked.connect(self.dismiss)
        side = QVBoxLayout()
        side.addWidget(self.details, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.restore_button)
        side.addLayout(buttons)
        row = QHBoxLayout()
        row.addWidget(self.list, 2)
        row.addSpacing(12)
        row.addLayout(side, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(row)
        ops.changes_applied.connect(self.refresh)
        self.refresh()

    @Slot()
    @Slot(object)
    def refresh(self, _changes: object = None) -> None:
        keep = self.current()
        self.list.blockSignals(True)
        self.list.clear()
        for c in engine.conflicts():
            when = formatting.date_time_text(c.created_at) if c.created_at else ""
            item = QListWidgetItem(f"{c.display_name}\n{when}" if when else c.display_name)
            item.setData(_CONFLICT_ID, c.id)
            item.setData(_CONFLICT_NAME, c.display_name)
            self.list.addItem(item)
            if c.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        shown = self.list.count() > 0
        grows = shown and not self.isVisibleTo(self.window())
        self.setVisible(shown)
        self._show_current()
        window = self.window()
        if grows and window is not self:
            # Make room rather than squeeze the account pane's wrapped text.
            window.resize(window.width(), max(window.height(), window.sizeHint().height()))

    def current(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(_CONFLICT_ID)) if item is not None else None

    @Slot()
    def _show_current(self) -> None:
        conflict_id = self.current()
        self.restore_button.setEnabled(conflict_id is not None)
        self.dismiss_button.setEnabled(conflict_id is not None)
        if conflict_id is None:
            self.details.setText("")
            return
        diffs = engine.conflict_differences(conflict_id)
        if not diffs:
            self.details.setText("Your kept version matches the contact as it is now.")
            return
        self.details.setText("Your version differs from the contact now:\n" + "\n".join(
            f"{what}: yours “{_short(mine) or '—'}”, now “{_short(now) or '—'}”"
            for what, mine, now in diffs))

    def _name(self) -> str:
        item = self.list.currentItem()
        return str(item.data(_CONFLICT_NAME)) if item is not None else ""

    @Slot()
    def restore(self) -> None:
        conflict_id = self.current()
        if conflict_id is not None:
            self.ops.restore_sync_conflict(conflict_id, self._name())

    @Slot()
    def dismiss(self) -> None:
        conflict_id = self.current()
        if conflict_id is not None:
            self.ops.dismiss_sync_conflict(conflict_id, self._name())


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


__all__ = ["AddAccountDialog", "CardDavError", "ConflictsPanel", "SyncDialog"]
