"""The Accounts dialog: status line, Sync Now in the background, views told what changed."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from desktop.services import contacts
from desktop.services.sync import accounts, engine
from desktop.services.sync.carddav import AddressBook
from desktop.services.sync.engine import sync_account
from desktop.services.types import Changes, ContactFields, ContactId, LabeledValue
from desktop.ui.operations import Operations
from desktop.ui.sync.add_account import AddAccountDialog
from desktop.ui.sync.sync_dialog import SyncDialog
from tests.sync.servers import PASSWORD, USER, RadicaleServer
from tests.sync.test_sync import find_card
from tests.sync.test_sync_groups import NOT_FOUND, club_on
from tests.sync.test_sync_refusals import _refusing_server


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
    assert "(1 contact)" in dialog.books.item(0).text()
    assert "Synced just now" in dialog.accounts_list.item(0).text()


def test_a_group_card_with_members_not_found_is_a_line_under_the_status(
        qtbot: QtBot, radicale: RadicaleServer, book: str, account: int) -> None:
    club_on(radicale, book)
    ops = Operations(QUndoStack())
    dialog = SyncDialog(ops)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(ops.changes_applied, timeout=10_000):
        qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text().splitlines() == [
        "Synced just now: 1 new, 0 updated, 0 deleted here; 1 group card with members not "
        "found", f"{book}: {NOT_FOUND}"]


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


def test_first_sync_of_a_full_database_shows_what_it_will_do_first(
        qtbot: QtBot, sample_contacts: dict[str, ContactId], radicale: RadicaleServer,
        book: str, account: int) -> None:
    radicale.put(f"/{USER}/{book}/s1.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:s1\r\n"
                 "FN:Sol Server\r\nN:Server;Sol;;;\r\nEND:VCARD\r\n")
    dialog = SyncDialog(Operations(QUndoStack()))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.sync_button.text() == "Start &First Sync", timeout=10_000)
    assert dialog.status.text() == ("First sync: 4 contacts will be uploaded and 1 card "
                                    "brought in. Click Start First Sync to go ahead.")
    assert radicale.hrefs(book) == [f"/{USER}/{book}/s1.vcf"]  # nothing moved yet
    qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Synced just now"), timeout=10_000)
    assert "4 uploaded" in dialog.status.text() and len(radicale.hrefs(book)) == 5
    assert dialog.sync_button.text() == "&Sync Now"


def test_not_synced_list_names_the_refused_contact_and_password_change(
        qtbot: QtBot, tmp_path: Path, db_path: Path) -> None:
    server = _refusing_server(tmp_path)
    try:
        account_id = accounts.add_account(server.url, USER, PASSWORD)
        accounts.set_books(account_id, [AddressBook(server.book_url(), "contacts")],
                           {server.book_url()})
        big, _ = contacts.create_contact(ContactFields(full_name="Hugo <b>Heavy</b>"))
        contacts.set_photo(big, os.urandom(30_000), "image/jpeg")
        contacts.create_contact(ContactFields(full_name="Lena Light"))
        sync_account(account_id)
        dialog = SyncDialog(Operations(QUndoStack()))
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.not_synced.isVisible() and dialog.not_synced.count() == 1
        text = dialog.not_synced.item(0).text()
        assert text.startswith("Hugo <b>Heavy</b> — the server refused the card as too large")
        dialog.grab().save(str(tmp_path / "sync-dialog.png"))
        dialog.set_password(account_id, "new secret")
        assert accounts.get_password(account_id) == "new secret"
        assert dialog.status.text() == "Password changed; the next sync uses it."
    finally:
        server.stop()


def test_add_account_chooses_the_default_book_and_asks_about_plain_http(
        qtbot: QtBot, db_path: Path, tmp_path: Path) -> None:
    server = RadicaleServer(tmp_path / "own")
    server.start()
    try:
        server.make_book("work", "Work")
        server.make_book("addressbook", "Contacts")
        dialog = AddAccountDialog()
        qtbot.addWidget(dialog)
        dialog.url_edit.setText("http://192.0.2.7/dav/")
        dialog.user_edit.setText(USER)
        dialog.password_edit.setText(PASSWORD)
        assert not dialog.http_box.isHidden() and not dialog.find_button.isEnabled()
        dialog.http_box.setChecked(True)
        assert dialog.find_button.isEnabled()
        dialog.url_edit.setText(server.url)
        assert dialog.http_box.isHidden() and dialog.find_button.isEnabled()
        qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.books.count() == 2, timeout=10_000)
        states = {dialog.books.item(i).text(): dialog.books.item(i).checkState()
                  for i in range(2)}
        assert states == {"Contacts": Qt.CheckState.Checked, "Work": Qt.CheckState.Unchecked}
        account_id = dialog.save()
        info = accounts.account(account_id)
        assert info is not None
        assert [(b.name, b.enabled, b.is_default) for b in info.books] == [
            ("Contacts", True, True), ("Work", False, False)]
    finally:
        server.stop()
