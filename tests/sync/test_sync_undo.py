"""Undo that respects sync (issue 11), against a real Radicale server: an edit is synced, another
device edits the same card, a sync brings that edit in, then the user undoes their own edit
-- and the next sync leaves the other device's edit on the server."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from desktop.services import contacts
from desktop.services.sync.engine import sync_account
from desktop.services.types import ContactFields, ContactId, LabeledValue
from desktop.ui.operations import Operations
from tests.sync.servers import RadicaleServer
from tests.sync.test_sync import find_card


def _fields(cid: ContactId) -> ContactFields:
    detail = contacts.get_contact(cid)
    assert detail is not None
    return detail.fields


def test_edit_sync_remote_edit_sync_undo_sync_keeps_the_remote_edit(
        qtbot: QtBot, radicale: RadicaleServer, book: str, account: int) -> None:
    ana, _ = contacts.create_contact(ContactFields(
        full_name="Ana Silva", given_name="Ana", family_name="Silva", title="CTO",
        emails=(LabeledValue("ana@lumen.example", "work"),)))
    assert sync_account(account).uploaded == 1
    ops = Operations(QUndoStack())
    notices: list[str] = []
    ops.notice.connect(notices.append)

    # The user edits the title and the stage (the editor), and syncs.
    base = _fields(ana)
    assert ops.update_contact(ana, replace(base, title="CEO", stage="trusted"), base)
    assert sync_account(account).updated_there == 1
    href, text = find_card(radicale, book, "Ana Silva")
    assert "TITLE:CEO" in text and "X-RAPPORT-STAGE:trusted" in text

    # Another device changes the title; a sync brings it here.
    radicale.put(href, text.replace("TITLE:CEO", "TITLE:Chief Executive"))
    assert sync_account(account).updated_here == 1
    assert _fields(ana).title == "Chief Executive"

    # Undo takes back the user's own change only: the stage. The title stays, and says so.
    ops.undo_stack.undo()
    assert _fields(ana).stage == "connected"
    assert _fields(ana).title == "Chief Executive"
    assert notices == ["Undid “Edit Ana Silva”; title was changed by sync since and was kept"]

    # The next sync sends the undone stage and leaves the other device's title alone.
    result = sync_account(account)
    assert result.error is None and result.updated_there == 1
    _href, text = find_card(radicale, book, "Ana Silva")
    assert "TITLE:Chief Executive" in text
    assert "X-RAPPORT-STAGE" not in text  # "connected" is the default: not written
    assert sync_account(account).summary() == "everything was already in step"
