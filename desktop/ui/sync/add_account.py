"""Add a CardDAV account: server, user, password, connection options and the address books
to sync, checked against the server before saving.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QThreadPool, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.sync import accounts, engine
from desktop.services.sync.carddav import (
    AddressBook,
    TransportOptions,
    needs_http_confirmation,
    split_credentials,
)
from desktop.ui.common import fit
from desktop.ui.common.workers import Worker
from desktop.ui.sync.sync_parts import (
    BOOK_URL,
    as_plain,
    hint_label,
    what_is_synced,
)


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
        self.status = as_plain(QLabel(""))
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
        layout.addWidget(as_plain(QLabel(self.tr(
            "Address books to sync (the server's default one is chosen):"))))
        layout.addWidget(self.books)
        storage = accounts.password_storage()
        note = (self.tr("The password is kept in your system keyring.") if storage == "keyring"
                else self.tr("No system keyring is available: the password is kept in a file "
                             "beside your data that only you can read."))
        layout.addWidget(hint_label(note + " " + what_is_synced()))
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
            item.setData(BOOK_URL, b.url)
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
        return {str(self.books.item(i).data(BOOK_URL)) for i in range(self.books.count())
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
