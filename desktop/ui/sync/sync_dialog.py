"""Tools → Sync Accounts…: CardDAV accounts, their address books, Sync Now (issues 8, 12).

The sync runs on a ``QThreadPool`` worker with a progress bar and Cancel; what it changed
reaches the views through ``Operations.notify`` (a sync is not undoable: the server has
already seen it). Account settings (server, user, chosen address books, password,
connection options) are configuration, not contact data: the dialog saves them through
``services.sync.accounts``. The first sync of an account first shows what it would move
(``engine.preview``) and waits for a second click; contacts a server refused are listed as
"Not synced" with the server's reason; a group card with members not found is a line under
the status of the sync that fetched it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QThreadPool, QTimer, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
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
from desktop.services.errors import ServiceError
from desktop.services.sync import accounts, engine
from desktop.services.sync.carddav import AddressBook
from desktop.ui.common import fit, tokens
from desktop.ui.common.plain_text import plain_tooltip
from desktop.ui.common.workers import Worker
from desktop.ui.operations import Operations
from desktop.ui.sync.add_account import AddAccountDialog
from desktop.ui.sync.conflicts_panel import ConflictsPanel
from desktop.ui.sync.sync_parts import (
    BOOK_URL,
    as_plain,
    hint_label,
    how_conflicts_end,
    what_is_synced,
)

_ACCOUNT_ID = Qt.ItemDataRole.UserRole + 1



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

        self.title = as_plain(QLabel(""))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.server = as_plain(QLabel(""))
        self.server.setStyleSheet("color: palette(placeholder-text);")
        self.books = QListWidget()
        self.books.setAccessibleName(self.tr("Address books"))
        self.books.itemChanged.connect(self._book_toggled)
        self.status = as_plain(QLabel(""))
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
        rules = hint_label(what_is_synced() + "\n\n" + how_conflicts_end())
        self.not_synced_label = as_plain(QLabel(self.tr("Not synced (the server refused them; "
                                                      "tried again at every sync):")))
        self.not_synced = QListWidget()
        self.not_synced.setAccessibleName(self.tr("Not synced"))
        self.not_synced.setMaximumHeight(90)
        self.not_synced.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.server)
        right.addSpacing(6)
        right.addWidget(as_plain(QLabel(self.tr("Address books:"))))
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
            item.setData(BOOK_URL, b.url)
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
            item = QListWidgetItem(f"{ns.display_name} — {ns.reason_text}")
            item.setToolTip(plain_tooltip(f"{ns.display_name}\n{ns.reason_text}"))
            self.not_synced.addItem(item)
        self.not_synced.setVisible(bool(waiting))
        self.not_synced_label.setVisible(bool(waiting))

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        tokens.styled(self.status, tokens.error_style if error else lambda _p: "")

    @Slot(QListWidgetItem)
    def _book_toggled(self, _item: QListWidgetItem) -> None:
        account_id = self.current_account()
        info = accounts.account(account_id) if account_id is not None else None
        if info is None:
            return
        chosen = {str(self.books.item(i).data(BOOK_URL)) for i in range(self.books.count())
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
                # Group cards with members not found: one line each, as the import says it.
                self._set_status("\n".join([self.tr("Synced just now: %1").replace(
                    "%1", result.summary()), *result.missing_members]))

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
