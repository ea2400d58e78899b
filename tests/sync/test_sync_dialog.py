"""The Accounts dialog: status line, Sync Now in the background, views told what changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from desktop.services import contacts
from desktop.services.sync import engine
from desktop.services.sync.engine import sync_account
from desktop.services.types import Changes, ContactFields, ContactId, LabeledValue
from desktop.ui.operations import Operations
from desktop.ui.sync_dialog import SyncDialog
from tests.sync.servers import USER, RadicaleServer
from tests.sync.test_sync import find_card


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


def test_conflicts_are_listed_restored_and_dismissed_with_undo(
        qtbot: QtBot, sample_contacts: dict[str, ContactId], radicale: RadicaleServer,
        book: str, account: int) -> None:
    ana = sample_contacts["ana"]
    sync_account(account)
    href, text = find_card(radicale, book, "Ana Silva")
    radicale.put(href, text.replace("TITLE:CTO", "TITLE:Chief Scientist"))
    contacts.update_contact(ana, ContactFields(
        full_name="Ana Silva", given_name="Ana", family_name="Silva",
        organization="Lumen Labs", title="Founder",
        emails=(LabeledValue("ana@lumen.example", "work"),)))
    assert sync_account(account).conflicts == 1

    ops = Operations(QUndoStack())
    dialog = SyncDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.conflicts
    assert panel.isVisible() and panel.list.count() == 1
    assert panel.list.item(0).text().startswith("Ana Silva")
    assert "Title: yours “Founder”, now “Chief Scientist”" in panel.details.text()

    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert title_of(ana) == "Founder"
    assert not panel.isVisible()
    assert ops.undo_stack.undoText() == "Restore your version of Ana Silva"
    ops.undo_stack.undo()
    assert title_of(ana) == "Chief Scientist"
    assert panel.isVisible() and panel.list.count() == 1

    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible() and engine.conflicts() == []
    assert title_of(ana) == "Chief Scientist"
    ops.undo_stack.undo()
    assert panel.isVisible() and len(engine.conflicts()) == 1


def title_of(cid: ContactId) -> str:
    detail = contacts.get_contact(cid)
    assert detail is not None
    return detail.fields.title
