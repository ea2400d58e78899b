"""The Accounts dialog: status line, Sync Now in the background, views told what changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from desktop.services.types import Changes
from desktop.ui.operations import Operations
from desktop.ui.sync_dialog import SyncDialog
from tests.sync.radicale_server import USER, RadicaleServer


def test_sync_now_brings_contacts_in_and_says_so(qtbot: QtBot, radicale: RadicaleServer,
                                                 book: str, account: int) -> None:
    radicale.put(f"/{USER}/{book}/d1.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:d1\r\n"
                 "FN:Dee Dialog\r\nN:Dialog;Dee;;;\r\nEND:VCARD\r\n")
    ops = Operations(QUndoStack())
    seen: list[Changes] = []
    ops.changes_applied.connect(seen.append)
    dialog = SyncDialog(ops)
    qtbot.addWidget(dialog)
    assert dialog.status.text() == "Never synced"
    assert dialog.books.item(0).checkState() == Qt.CheckState.Checked
    with qtbot.waitSignal(ops.changes_applied, timeout=10_000):
        qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Synced just now: 1 new, 0 updated, 0 deleted here"
    assert seen[-1].contacts_added_or_removed and len(seen[-1].contacts) == 1
    assert "(1 contacts)" in dialog.books.item(0).text()
    assert "Synced just now" in dialog.accounts_list.item(0).text()
