"""Tools → Sync Accounts…: CardDAV accounts, their address books, Sync Now (issues 8, 12).

The sync runs on a ``QThreadPool`` worker with a progress bar and Cancel; what it changed
reaches the views through ``Operations.notify`` (a sync is not undoable: the server has
already seen it). Account settings (server, user, chosen address books, password,
connection options) are configuration, not contact data: the dialog saves them through
``services.sync.accounts``. The first sync of an account first shows what it would move
(``engine.preview``) and waits for a second click; contacts a server refused are listed as
"Not synced" with the server's reason.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, QTimer, Slot
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services import overview
from desktop.services.errors import ServiceError
from desktop.services.sync import accounts, engine
from desktop.services.sync.carddav import (
    AddressBook,
    CardDavError,
    TransportOptions,
    needs_http_confirmation,
    split_credentials,
)
from desktop.ui.common import fit, formatting, tokens
from desktop.ui.common.plain_text import plain_tooltip
from desktop.ui.common.workers import Worker
from desktop.ui.operations import Operations

_ACCOUNT_ID = Qt.ItemDataRole.UserRole + 1
_BOOK_URL = Qt.ItemDataRole.UserRole + 2
_CONFLICT_ID = Qt.ItemDataRole.UserRole + 3
_CONFLICT_NAME = Qt.ItemDataRole.UserRole + 4


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def what_is_synced() -> str:
    """Exactly what leaves the machine and how conflicts end (README says the same)."""
    return QCoreApplication.translate(
        "SyncDialog",
        "Synced with the server: names, nickname, organisation, department, title, "
        "e-mails, phones, addresses, web and chat links, birthday, anniversary, photo, "
        "the contact's note, tags that are interests or groups (as categories), stage, "
        "keep-in-touch days and the date you met. Never sent: topics to avoid, how you "
        "met, interactions, favours, introductions, follow-ups and your focus list.")


def how_conflicts_end() -> str:
    return QCoreApplication.translate(
        "SyncDialog",
        "Changed on both sides: each field is compared with the last synced version; a "
        "change on one side wins over no change on the other (a deletion too). Only a "
        "field both sides changed differently is a conflict: the server's value is used "
        "and yours is kept below for review.")


def _hint(text: str) -> QLabel:
    label = _plain(QLabel(text))
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class AddAccountDialog(QDialog):
    """Server, user name, password (and, for a self-hosted server, a CA file, a pinned
    certificate, a timeout) → Find Address Books (off the UI thread) → choose. The server's
    default book is checked, the others are listed unchecked. Plain http to another machine
    needs the "send the password unencrypted" box ticked.

    Private state: ``_books`` the address books found with the current entries (cleared when
    an entry changes), ``_worker`` the running discovery."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add CardDAV Account"))
        self.setMinimumWidth(500)
        self._books: list[AddressBook] = []
        self._worker: Worker | None = None
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText(
            self.tr("https://dav.example.com/  (Nextcloud, Fastmail, …)"))
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.url_edit)
        form.addRow(self.tr("&User name:"), self.user_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        self.http_box = QCheckBox(self.tr(
            "Send the password unencrypted (this server uses plain http)"))
        self.http_box.hide()
        form.addRow("", self.http_box)
        connection = QGroupBox(self.tr("Self-hosted server (optional)"))
        conn_form = QFormLayout(connection)
        self.ca_edit = QLineEdit()
        self.ca_edit.setPlaceholderText(self.tr("PEM file of the CA that signed it"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(browse)
        ca_label = QLabel(self.tr("&CA file:"))
        ca_label.setBuddy(self.ca_edit)
        conn_form.addRow(ca_label, ca_row)
        self.pin_edit = QLineEdit()
        self.pin_edit.setPlaceholderText(self.tr("SHA-256 of its certificate (self-signed)"))
        conn_form.addRow(self.tr("Pinned &certificate:"), self.pin_edit)
        self.timeout_spin = QSpinBox()
        self.timeout_spin.setRange(5, 600)
        self.timeout_spin.setValue(int(accounts.DEFAULT_TIMEOUT))
        self.timeout_spin.setSuffix(self.tr(" s"))
        conn_form.addRow(self.tr("&Timeout:"), self.timeout_spin)
        self.find_button = QPushButton(self.tr("&Find Address Books"))
        self.find_button.clicked.connect(self.find_books)
        self.status = _plain(QLabel(""))
        self.status.setWordWrap(True)
        self.books = QListWidget()
        self.books.setAccessibleName(self.tr("Address books"))
        self.books.setMinimumHeight(90)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add Account"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(connection)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.find_button)
        layout.addLayout(row)
        layout.addWidget(_plain(QLabel(self.tr(
            "Address books to sync (the server's default one is chosen):"))))
        layout.addWidget(self.books)
        storage = accounts.password_storage()
        note = (self.tr("The password is kept in your system keyring.") if storage == "keyring"
                else self.tr("No system keyring is available: the password is kept in a file "
                             "beside your data that only you can read."))
        layout.addWidget(_hint(note + " " + what_is_synced()))
        layout.addWidget(self.buttons)
        for edit in (self.url_edit, self.user_edit, self.password_edit, self.ca_edit,
                     self.pin_edit):
            edit.textChanged.connect(self._entries_changed)
        self.http_box.toggled.connect(self._entries_changed)
        self._entries_changed()

    def _entries(self) -> tuple[str, str, str]:
        """(address without credentials, user, password): what is typed in the address
        counts when the fields are empty (the password then goes to the keyring)."""
        clean, url_user, url_password = split_credentials(self.url_edit.text().strip()) \
            if self.url_edit.text().strip() else ("", None, None)
        user = self.user_edit.text().strip() or (url_user or "")
        password = self.password_edit.text() or (url_password or "")
        return clean, user, password

    def options(self) -> TransportOptions:
        return TransportOptions(timeout=float(self.timeout_spin.value()),
                                ca_file=self.ca_edit.text().strip() or None,
                                pinned_sha256=self.pin_edit.text().strip() or None,
                                allow_http=self.http_box.isChecked())

    @Slot()
    def _browse_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("CA Certificate"), "",
                                              self.tr("Certificates (*.pem *.crt);;All (*)"))
        if path:
            self.ca_edit.setText(path)

    @Slot()
    def _entries_changed(self) -> None:
        self._books = []
        self.books.clear()
        url, user, password = self._entries()
        insecure = bool(url) and needs_http_confirmation(url)
        self.http_box.setVisible(insecure)
        filled = bool(url and user and password) and (not insecure
                                                      or self.http_box.isChecked())
        self.find_button.setEnabled(filled and self._worker is None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    @Slot()
    def showEvent(self, event: QShowEvent) -> None:
        """Tall enough for its wrapped notes at the width it opens at (a layout's minimum
        ignores wrapping: the notes were cut and the form squeezed), within the screen."""
        super().showEvent(event)
        layout = self.layout()
        need = layout.totalHeightForWidth(self.width()) if layout is not None else -1
        if need > self.height():
            self.resize(self.width(), min(need, fit.room(self).height()))

    def find_books(self) -> None:
        if self._worker is not None:
            return
        url, user, password = self._entries()
        options = self.options()
        worker = Worker(lambda _progress: engine.discover(url, user, password,
                                                          options=options))
        worker.signals.finished.connect(self._on_found)
        worker.signals.failed.connect(self._on_failed)
        self._worker = worker
        self.find_button.setEnabled(False)
        self.status.setText(self.tr("Looking for address books…"))
        QThreadPool.globalInstance().start(worker)

    @Slot(object)
    def _on_found(self, books: object) -> None:
        self._worker = None
        found = [b for b in books if isinstance(b, AddressBook)] if isinstance(books, list) \
            else []
        self._entries_changed()
        self._books = found
        default = accounts.default_book(found)
        for b in found:
            item = QListWidgetItem(b.name)
            item.setToolTip(b.url)
            item.setData(_BOOK_URL, b.url)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if default is not None
                               and b.url == default.url else Qt.CheckState.Unchecked)
            self.books.addItem(item)
        self.status.setText(self.tr("Found 1 address book.") if len(found) == 1 else
                            self.tr("Found %1 address books.").replace("%1", str(len(found))))
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
        """Store the account (password to the keyring); its id. An account that exists
        (same server, same user) is re-linked: its sync state and books are kept."""
        url, user, password = self._entries()
        opts = self.options()
        existing = accounts.find_existing(url, user)
        account_id = accounts.add_account(
            url, user, password, ca_file=opts.ca_file or "",
            pinned_sha256=opts.pinned_sha256 or "", timeout=opts.timeout,
            allow_http=opts.allow_http)
        if existing is not None:
            accounts.add_books(account_id, self._books)
        else:
            chosen = self.chosen_urls()
            default = accounts.default_book([b for b in self._books if b.url in chosen])
            accounts.set_books(account_id, self._books, chosen,
                               default.url if default else None)
        return account_id


class SyncDialog(QDialog):
    """Accounts, address books, status, Sync Now, "Not synced". Private state: ``_worker``
    the running sync or preview (None when idle), ``_timer`` refreshes "synced 2 min ago"
    every 30 s, ``_previewed`` the account whose first-sync preview is shown (the next
    Sync Now starts it)."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Sync Accounts"))
        self.resize(640, 440)
        fit.to_screen(self)  # a small screen: the content scrolls, the buttons show
        self._worker: Worker | None = None
        self._previewed: int | None = None

        self.accounts_list = QListWidget()
        self.accounts_list.setAccessibleName(self.tr("Accounts"))
        self.accounts_list.setMinimumWidth(230)
        self.accounts_list.setSpacing(3)
        self.accounts_list.setWordWrap(True)
        self.accounts_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.accounts_list.currentItemChanged.connect(self._show_account)
        self.add_button = QPushButton(self.tr("&Add Account…"))
        self.add_button.clicked.connect(self.add_account)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_account)
        self.password_button = QPushButton(self.tr("Change &Password…"))
        self.password_button.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.password_button.clicked.connect(self.change_password)
        left = QVBoxLayout()
        left.addWidget(self.accounts_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left.addLayout(buttons)
        left.addWidget(self.password_button)

        self.title = _plain(QLabel(""))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.server = _plain(QLabel(""))
        self.server.setStyleSheet("color: palette(placeholder-text);")
        self.books = QListWidget()
        self.books.setAccessibleName(self.tr("Address books"))
        self.books.itemChanged.connect(self._book_toggled)
        self.status = _plain(QLabel(""))
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.sync_button = QPushButton(self.tr("&Sync Now"))
        self.sync_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.sync_button.setToolTip(self.tr("Sync this account now (F5)"))
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button = QPushButton(self.tr("Cancel Sync"))
        self.cancel_button.clicked.connect(self.cancel_sync)
        self.cancel_button.hide()
        rules = _hint(what_is_synced() + "\n\n" + how_conflicts_end())
        self.not_synced_label = _plain(QLabel(self.tr("Not synced (the server refused them; "
                                                      "tried again at every sync):")))
        self.not_synced = QListWidget()
        self.not_synced.setAccessibleName(self.tr("Not synced"))
        self.not_synced.setMaximumHeight(90)
        self.not_synced.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.server)
        right.addSpacing(6)
        right.addWidget(_plain(QLabel(self.tr("Address books:"))))
        right.addWidget(self.books, 1)
        right.addWidget(self.status)
        right.addWidget(self.progress)
        right.addWidget(self.not_synced_label)
        right.addWidget(self.not_synced)
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
            short = self.tr("Sync failed") if info.last_error else accounts.status_text(info)
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
        self.password_button.setEnabled(has)
        if self._previewed != account_id:
            self._previewed = None
        self.sync_button.setText(self.tr("Start &First Sync") if self._previewed is not None
                                 else self.tr("&Sync Now"))
        self._show_not_synced(account_id)
        self.books.blockSignals(True)
        self.books.clear()
        if info is None:
            self.title.setText(self.tr("No sync accounts yet"))
            self.server.setText(self.tr("Add a CardDAV account (Nextcloud, Radicale, Fastmail, "
                                        "iCloud…) to keep your phone and Rapport in step."))
            self.server.setWordWrap(True)
            self.status.setText("")
            self.books.blockSignals(False)
            return
        self.title.setText(info.name)
        self.server.setText(f"{info.username} · {info.url}")
        for b in info.books:
            text = (self.tr("%1  (%Ln contacts)  — new contacts go here", "", b.contact_count)
                    if b.is_default else self.tr("%1  (%Ln contacts)", "", b.contact_count))
            item = QListWidgetItem(text.replace("%1", b.name))
            item.setData(_BOOK_URL, b.url)
            item.setToolTip(b.url)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if b.enabled else Qt.CheckState.Unchecked)
            self.books.addItem(item)
        self.books.blockSignals(False)
        if self._worker is None:
            self._set_status(accounts.status_text(info), error=bool(info.last_error))

    def _show_not_synced(self, account_id: int | None) -> None:
        self.not_synced.clear()
        waiting = accounts.not_synced(account_id) if account_id is not None else []
        for ns in waiting:
            item = QListWidgetItem(f"{ns.display_name} — {ns.reason}")
            item.setToolTip(plain_tooltip(f"{ns.display_name}\n{ns.reason}"))
            self.not_synced.addItem(item)
        self.not_synced.setVisible(bool(waiting))
        self.not_synced_label.setVisible(bool(waiting))

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {tokens.colours().error};" if error else "")

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
        try:
            account_id = dialog.save()
        except ServiceError as exc:
            self._set_status(str(exc), error=True)
            return
        self.refresh()
        for row in range(self.accounts_list.count()):
            if self.accounts_list.item(row).data(_ACCOUNT_ID) == account_id:
                self.accounts_list.setCurrentRow(row)
        self.sync_now()

    @Slot()
    def change_password(self) -> None:
        account_id = self.current_account()
        info = accounts.account(account_id) if account_id is not None else None
        if info is None:
            return
        password, ok = QInputDialog.getText(
            self, self.tr("Change Password"),
            self.tr("New password for %1 at %2:").replace("%1", info.username)
            .replace("%2", info.url), QLineEdit.EchoMode.Password)
        if ok and password:
            self.set_password(info.id, password)

    def set_password(self, account_id: int, password: str) -> None:
        accounts.set_password(account_id, password)
        self._set_status(self.tr("Password changed; the next sync uses it."))

    @Slot()
    def remove_account(self) -> None:
        account_id = self.current_account()
        info = accounts.account(account_id) if account_id is not None else None
        if info is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove Account"),
            self.tr("Stop syncing with %1? Your contacts stay in Rapport and on the server.")
            .replace("%1", info.name))
        if answer == QMessageBox.StandardButton.Yes:
            accounts.remove_account(info.id)
            self.refresh()

    # ------------------------------------------------------------------ syncing

    @Slot()
    def sync_now(self) -> None:
        account_id = self.current_account()
        if account_id is None or self._worker is not None:
            return
        if self._previewed != account_id and engine.needs_preview(account_id):
            self._preview(account_id)
            return
        self._previewed = None
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
        self.status.setText(self.tr("Syncing…"))
        self._show_account()
        QThreadPool.globalInstance().start(worker)

    def _preview(self, account_id: int) -> None:
        """Before the first sync: ask the server how many cards it has, then show what
        the sync would move; the next click starts it."""
        worker = Worker(lambda _progress: engine.preview(account_id),
                        cleanup=overview.release_thread_connection)
        worker.signals.finished.connect(lambda plan: self._on_preview(account_id, plan))
        worker.signals.failed.connect(self._on_failed)
        self._worker = worker
        self.status.setText(self.tr("Looking at what the first sync would do…"))
        self._show_account()
        QThreadPool.globalInstance().start(worker)

    def _on_preview(self, account_id: int, plan: object) -> None:
        self._worker = None
        if not isinstance(plan, engine.Preview):
            return
        self._previewed = account_id
        self._show_account()
        self._set_status(
            self.tr("First sync: %1 will be uploaded and %2 brought in. Click Start First "
                    "Sync to go ahead.")
            .replace("%1", (self.tr("1 contact") if plan.up == 1
                            else self.tr("%1 contacts").replace("%1", str(plan.up))))
            .replace("%2", (self.tr("1 card") if plan.down == 1
                            else self.tr("%1 cards").replace("%1", str(plan.down)))))

    @Slot()
    def cancel_sync(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.status.setText(self.tr("Cancelling…"))

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
            self._show_not_synced(self.current_account())
            if result.error:
                self._set_status(self.tr("Sync failed: %1").replace("%1", str(result.error)),
                                 error=True)
            else:
                self._set_status(self.tr("Synced just now: %1").replace("%1", result.summary()))

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._end()
        self._set_status(self.tr("Sync failed: %1").replace("%1", message), error=True)

    @Slot()
    def _on_cancelled(self) -> None:
        self._end()
        self.status.setText(
            self.tr("Sync cancelled; the next sync picks up where this one stopped."))
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
        heading = _plain(QLabel(self.tr("Kept versions to review")))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        hint = _plain(QLabel(self.tr("Restore your version to send it to the server at the next "
                                     "sync, or dismiss it to keep the contact as it is now.")))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.list.setMaximumHeight(120)
        self.list.setSpacing(3)
        self.list.currentItemChanged.connect(self._show_current)
        self.list.itemActivated.connect(self.restore)
        self.details = _plain(QLabel(""))
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.restore_button = QPushButton(self.tr("&Restore My Version"))
        self.restore_button.setToolTip(self.tr("Put your kept version back (Ctrl+Z undoes it)"))
        self.restore_button.clicked.connect(self.restore)
        self.dismiss_button = QPushButton(self.tr("&Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Keep the contact as it is now"))
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
            self.details.setText(self.tr("Your kept version matches the contact as it is now."))
            return
        line = self.tr("%1: yours “%2”, now “%3”")
        self.details.setText("\n".join([
            self.tr("Your version differs from the contact now:"),
            *(line.replace("%1", what).replace("%2", _short(mine) or "—")
              .replace("%3", _short(now) or "—") for what, mine, now in diffs)]))

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
