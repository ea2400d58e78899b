"""The tag manager renames, merges, recolours and deletes tags; undo restores them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import QDialog, QInputDialog, QSpinBox
from pytestqt.qtbot import QtBot

from desktop.services import contacts, followups, interactions, tags
from desktop.services.interactions import InteractionDraft
from desktop.services.types import ContactFields, ContactId, TagId
from desktop.ui.contacts.tag_manager import TagManagerDialog
from desktop.ui.contacts.tag_table import TagTableModel
from desktop.ui.operations import Operations


@pytest.fixture()
def ops(db_path: Path) -> Operations:
    return Operations(QUndoStack())


@pytest.fixture()
def dialog(qtbot: QtBot, ops: Operations, sample_contacts: dict[str, ContactId]
           ) -> TagManagerDialog:
    widget = TagManagerDialog(ops)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def tag_id(name: str) -> TagId:
    found = tags.find_tag(name)
    assert found is not None
    return found


def test_lists_every_tag_with_its_count(dialog: TagManagerDialog) -> None:
    assert dialog.tag_names() == ["Chess", "Investors", "Jazz", "Politics", "Running"]
    model = dialog.table.model()
    jazz_row = dialog.tag_names().index("Jazz")
    assert model.index(jazz_row, TagTableModel.COUNT).data() == 2  # Ana, Zoë (not me)


def test_rename_inline_and_undo(dialog: TagManagerDialog, ops: Operations,
                                sample_contacts: dict[str, ContactId]) -> None:
    row = dialog.tag_names().index("Chess")
    index = dialog.table.model().index(row, TagTableModel.NAME)
    assert dialog.table.model().setData(index, "Board games", Qt.ItemDataRole.EditRole)
    assert "Board games" in dialog.tag_names() and "Chess" not in dialog.tag_names()
    bo = contacts.get_contact(sample_contacts["bo"])
    assert bo is not None and "Board games" in bo.fields.tags
    ops.undo_stack.undo()
    assert "Chess" in dialog.tag_names()


def test_rename_clash_says_merge_instead(dialog: TagManagerDialog) -> None:
    dialog.select_tag(tag_id("Chess"))
    assert not dialog.rename_selected("jazz")
    assert dialog.error_label.isVisible()
    assert "merge them instead" in dialog.error_label.text()
    assert "Chess" in dialog.tag_names()


def test_merge_then_undo_restores_both_with_original_members(
    dialog: TagManagerDialog, ops: Operations, monkeypatch: pytest.MonkeyPatch,
    sample_contacts: dict[str, ContactId],
) -> None:
    club, _ = contacts.create_contact(
        ContactFields(full_name="Club Member", tags=("running club",)))
    running_before = set(tags.members(tag_id("Running")))
    club_before = set(tags.members(tag_id("running club")))
    dialog.select_tag(tag_id("Running"))
    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda *a, **k: ("running club", True)))
    dialog.merge_button.click()
    assert "Running" not in dialog.tag_names()
    assert set(tags.members(tag_id("running club"))) == running_before | club_before

    ops.undo_stack.undo()
    assert "Running" in dialog.tag_names() and "running club" in dialog.tag_names()
    assert set(tags.members(tag_id("Running"))) == running_before
    assert set(tags.members(tag_id("running club"))) == club_before == {club}


def test_delete_and_undo(dialog: TagManagerDialog, ops: Operations,
                         sample_contacts: dict[str, ContactId]) -> None:
    dialog.select_tag(tag_id("Jazz"))
    dialog.delete_button.click()
    assert "Jazz" not in dialog.tag_names()
    assert "Deleted “Jazz” from 2 people" in dialog.status_label.text()
    zoe = contacts.get_contact(sample_contacts["zoe"])
    assert zoe is not None and zoe.fields.tags == ()
    dialog.undo_button.click()
    assert "Jazz" in dialog.tag_names()
    zoe = contacts.get_contact(sample_contacts["zoe"])
    assert zoe is not None and zoe.fields.tags == ("Jazz",)


def test_colour_and_category(dialog: TagManagerDialog, ops: Operations) -> None:
    dialog.select_tag(tag_id("Politics"))
    assert dialog.choose_colour(QColor("#ff0000"))
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("avoid"))
    dialog.category_combo.activated.emit(dialog.category_combo.currentIndex())
    info = tags.get_tag(tag_id("Politics"))
    assert info is not None and info.colour == "#ff0000" and info.category == "avoid"
    row = dialog.tag_names().index("Politics")
    assert dialog.table.model().index(row, TagTableModel.CATEGORY).data() == "Topic to avoid"
    ops.undo_stack.undo()
    info = tags.get_tag(tag_id("Politics"))
    assert info is not None and info.category == "interest"


def test_model_is_sound(qtmodeltester: object, ops: Operations,
                        sample_contacts: dict[str, ContactId]) -> None:
    model = TagTableModel(ops)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


# --- QA fixes: "&" in texts, the dialog's own Undo, the error line -----------------------

def shown(text: str) -> str:
    """*text* as a menu, button or buddied label draws it: "&&" is "&", a lone "&" marks
    the next letter as a mnemonic and is not drawn."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def test_an_ampersand_in_a_name_reads_as_one_in_undo_texts_and_the_merge_prompt(
    dialog: TagManagerDialog, ops: Operations, monkeypatch: pytest.MonkeyPatch,
) -> None:
    undo = ops.undo_stack.createUndoAction(dialog, "&Undo")  # the main window's Edit menu
    dialog.select_tag(tag_id("Chess"))
    assert dialog.rename_selected("Chess & Go")
    assert shown(undo.text()) == "Undo Rename tag Chess"  # named as it was before
    assert dialog.rename_selected("Chess & Go & Co")
    assert shown(undo.text()) == "Undo Rename tag Chess & Go"
    assert shown(dialog.undo_button.text()) == "Undo Rename tag Chess & Go"
    assert ops.undo_stack.command(1).text() == "Rename tag Chess & Go"  # kept as written

    ops.create_contact(ContactFields(full_name="Zed <b>Qa</b> & Co"))
    assert shown(undo.text()) == "Undo New Zed <b>Qa</b> & Co"

    prompts: list[str] = []

    def get_item(_parent: object, _title: str, label: str, *_a: object) -> tuple[str, bool]:
        prompts.append(label)
        return "", False

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    dialog.select_tag(tag_id("Chess & Go & Co"))
    assert not dialog.merge_selected()
    assert shown(prompts[0]) == "Move the 1 person tagged “Chess & Go & Co” onto:"


def test_the_dialogs_undo_takes_back_only_tag_changes(
    dialog: TagManagerDialog, ops: Operations, sample_contacts: dict[str, ContactId],
) -> None:
    assert not dialog.undo_button.isEnabled()
    dialog.select_tag(tag_id("Chess"))
    assert dialog.rename_selected("Board games")
    assert dialog.undo_button.isEnabled()
    assert shown(dialog.undo_button.text()) == "Undo Rename tag Chess"

    # An unrelated change on top (made in the main window): not the tag manager's to undo.
    zed = ops.create_contact(ContactFields(full_name="Zed Tester"))
    assert zed is not None
    assert not dialog.undo_button.isEnabled()
    assert shown(dialog.undo_button.text()) == "Undo"
    dialog.undo_action.trigger()
    assert contacts.get_contact(zed) is not None
    assert "Board games" in dialog.tag_names()

    ops.undo_stack.undo()  # the main window's Undo takes back the new contact
    assert dialog.undo_button.isEnabled()
    dialog.undo_button.click()
    assert "Chess" in dialog.tag_names() and "Board games" not in dialog.tag_names()
    assert dialog.redo_action.isEnabled()
    dialog.redo_action.trigger()
    assert "Board games" in dialog.tag_names()


def test_the_error_goes_with_the_next_success_and_does_not_move_the_buttons(
    qtbot: QtBot, dialog: TagManagerDialog,
) -> None:
    dialog.resize(640, 520)
    qtbot.waitUntil(lambda: dialog.delete_button.y() > 0, timeout=30_000)
    buttons_at = dialog.delete_button.mapTo(dialog, dialog.delete_button.rect().topLeft())
    dialog.select_tag(tag_id("Chess"))
    assert not dialog.rename_selected("jazz")
    assert dialog.error_label.isVisible()
    qtbot.wait(10)
    assert dialog.delete_button.mapTo(dialog, dialog.delete_button.rect().topLeft()) \
        == buttons_at

    dialog.select_tag(tag_id("Politics"))
    assert dialog.rename_selected("Policy")
    assert not dialog.error_label.isVisible()
    assert dialog.status_label.isVisible()

    # An edit (another row chosen) clears it too.
    dialog.select_tag(tag_id("Chess"))
    assert not dialog.rename_selected("jazz")
    assert dialog.error_label.isVisible()
    dialog.select_tag(tag_id("Running"))
    assert not dialog.error_label.isVisible()


# --- keep-in-touch cadence per tag (issue 4) --------------------------------------------

def _call(cid: ContactId, when: dt.datetime) -> None:
    interactions.log_interaction(InteractionDraft(
        kind="call", happened_at=when, participants=(cid,), summary="Catch-up"))


def _next_followup(cid: ContactId) -> dt.date | None:
    detail = contacts.get_contact(cid)
    assert detail is not None
    return detail.next_followup_on


@pytest.fixture()
def clients(ops: Operations, sample_contacts: dict[str, ContactId]) -> TagId:
    """"Clients": Ana (last call 1 Sep), Bo (own cadence of 90 days, last call 1 Oct)."""
    ana, bo = sample_contacts["ana"], sample_contacts["bo"]
    created, _ = tags.create_tag("Clients", "group")
    contacts.set_tags(ana, ("Running", "Jazz", "Investors", "Clients"))
    detail = contacts.get_contact(bo)
    assert detail is not None
    contacts.update_contact(bo, dataclasses.replace(
        detail.fields, tags=("Chess", "Politics", "Clients"), keep_in_touch_days=90))
    _call(ana, dt.datetime(2026, 9, 1, 10, 0))
    _call(bo, dt.datetime(2026, 10, 1, 10, 0))
    followups.sync_cadence([ana, bo])
    return created


def test_setting_a_tags_cadence_moves_its_members_follow_ups_and_undo_puts_all_back(
    clients: TagId, dialog: TagManagerDialog, ops: Operations,
    monkeypatch: pytest.MonkeyPatch, sample_contacts: dict[str, ContactId],
) -> None:
    ana, bo = sample_contacts["ana"], sample_contacts["bo"]
    before = followups.capture([ana, bo])
    assert _next_followup(ana) is None and _next_followup(bo) == dt.date(2026, 12, 30)
    dialog.select_tag(clients)
    monkeypatch.setattr(QInputDialog, "exec", lambda self: (
        self.setIntValue(30), QDialog.DialogCode.Accepted)[1])
    dialog.cadence_button.click()

    assert _next_followup(ana) == dt.date(2026, 10, 1)  # 30 days after the last call
    assert _next_followup(bo) == dt.date(2026, 12, 30)  # her own cadence wins
    row = dialog.tag_names().index("Clients")
    assert dialog.table.model().index(row, TagTableModel.CADENCE).data() == "Every 30 days"
    assert "every 30 days" in dialog.status_label.text()
    assert shown(dialog.undo_button.text()) == "Undo Keep in touch with tag Clients every 30 days"

    dialog.undo_button.click()
    info = tags.get_tag(clients)
    assert info is not None and info.keep_in_touch_days is None
    assert followups.capture([ana, bo]) == before  # the same rows, ids and dates
    assert dialog.table.model().index(row, TagTableModel.CADENCE).data() == "—"

    dialog.redo_action.trigger()
    assert _next_followup(ana) == dt.date(2026, 10, 1)


def test_the_cadence_column_edits_inline_with_a_spin_box(
    qtbot: QtBot, clients: TagId, dialog: TagManagerDialog,
    sample_contacts: dict[str, ContactId],
) -> None:
    row = dialog.tag_names().index("Clients")
    index = dialog.table.model().index(row, TagTableModel.CADENCE)
    dialog.table.setCurrentIndex(index)
    dialog.table.edit(index)
    spin = dialog.table.findChild(QSpinBox)
    assert spin is not None and spin.text() == "None"
    spin.selectAll()
    qtbot.keyClicks(spin, "14")
    qtbot.keyClick(spin, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(lambda: dialog.table.model().index(row, TagTableModel.CADENCE).data()
                    == "Every 2 weeks", timeout=30_000)
    assert _next_followup(sample_contacts["ana"]) == dt.date(2026, 9, 15)


def test_an_out_of_range_cadence_is_refused_with_a_reason(
    clients: TagId, dialog: TagManagerDialog,
) -> None:
    dialog.select_tag(clients)
    assert not dialog.choose_cadence(40_000)
    assert dialog.error_label.isVisible()
    assert "1 to 36,500 days" in dialog.error_label.text()


def test_deleting_a_tag_with_a_cadence_drops_the_follow_ups_and_undo_restores_them(
    clients: TagId, dialog: TagManagerDialog, ops: Operations,
    sample_contacts: dict[str, ContactId],
) -> None:
    ana = sample_contacts["ana"]
    assert ops.set_tag_cadence(clients, 30)
    before = followups.capture([ana])
    dialog.select_tag(clients)
    dialog.delete_button.click()
    assert _next_followup(ana) is None
    dialog.undo_button.click()
    assert followups.capture([ana]) == before
    assert _next_followup(ana) == dt.date(2026, 10, 1)


def test_tagging_a_contact_with_a_cadence_tag_schedules_them_and_undo_unschedules(
    ops: Operations, sample_contacts: dict[str, ContactId], clients: TagId,
) -> None:
    zoe = sample_contacts["zoe"]
    _call(zoe, dt.datetime(2026, 11, 1, 9, 0))
    assert ops.set_tag_cadence(clients, 30)
    assert _next_followup(zoe) is None
    assert ops.set_tags(zoe, ("Jazz", "Clients"))
    assert _next_followup(zoe) == dt.date(2026, 12, 1)
    ops.undo_stack.undo()
    assert _next_followup(zoe) is None
    assert contacts.get_contact(zoe).fields.tags == ("Jazz",)  # type: ignore[union-attr]
    ops.undo_stack.redo()
    assert _next_followup(zoe) == dt.date(2026, 12, 1)


def test_tagging_many_contacts_is_one_undoable_step(
    qtbot, sample_contacts: dict[str, ContactId],  # type: ignore[no-untyped-def]
) -> None:
    """The list's multi-select tags everyone at once; Ctrl+Z takes back exactly that."""
    from PySide6.QtGui import QUndoStack

    from desktop.services import contacts as contact_service
    from desktop.ui.operations import Operations

    ops = Operations(QUndoStack())
    people = [sample_contacts[k] for k in ("ana", "bo", "zoe")]

    def tags_of() -> list[tuple[str, ...]]:
        return [contact_service.get_contact(p).fields.tags for p in people]  # type: ignore[union-attr]

    before = tags_of()
    assert ops.change_tags(people, add=["Web Summit 2026", "jazz"])
    assert ops.undo_stack.undoText() == "Tag 3 contacts with Web Summit 2026, jazz"
    assert all("Web Summit 2026" in t and "Jazz" in t for t in tags_of())
    ops.undo_stack.undo()
    assert tags_of() == before  # Ana and Zoë keep the Jazz they had; nobody keeps the rest
    assert "Web Summit 2026" not in tags.tag_names()  # the tag the step created is gone
    ops.undo_stack.redo()
    assert all("Web Summit 2026" in t for t in tags_of())
    assert ops.change_tags(people, remove=["Jazz"])
    assert [("Jazz" in t) for t in tags_of()] == [False, False, False]
    ops.undo_stack.undo()  # Bo has Jazz again too: the redone step had given it to him
    assert [("Jazz" in t) for t in tags_of()] == [True, True, True]
    ops.undo_stack.undo()
    assert tags_of() == before
