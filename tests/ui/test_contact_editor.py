"""The contact editor saves what the user typed, as one undoable step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QUndoStack
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.services import contacts
from desktop.services.types import ContactId
from desktop.ui.contacts.contact_editor import ContactEditorDialog
from desktop.ui.contacts.detail_pane import DetailPane
from desktop.ui.contacts.editor_fields import parse_user_date
from desktop.ui.operations import Operations


@pytest.fixture()
def ops(db_path: Path) -> Operations:
    return Operations(QUndoStack())


def test_edit_round_trip_saves_changed_fields_in_one_undo_step(
    qtbot: QtBot, ops: Operations, sample_contacts: dict[str, ContactId]
) -> None:
    ana = sample_contacts["ana"]
    dialog = ContactEditorDialog(ops, ana)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=30_000)
    dialog.title_edit.setText("Chief Technology Officer")
    dialog.birthday_field.edit.setText("4 March")
    dialog.cadence_edit.setText("30")
    dialog.phone_rows.add_row().setText("+1 555 0100")
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    detail = contacts.get_contact(ana)
    assert detail is not None
    f = detail.fields
    assert f.title == "Chief Technology Officer"
    assert f.birthday == "--03-04"
    assert f.keep_in_touch_days == 30
    assert [p.value for p in f.phones] == ["+44 20 7946 0018", "+1 555 0100"]
    assert f.emails[0].value == "ana@lumen.example" and f.emails[0].kind == "work"
    assert f.tags == ("Investors", "Jazz", "Running")
    assert ops.undo_stack.count() == 1
    assert ops.undo_stack.undoText() == "Edit Ana Silva"
    ops.undo_stack.undo()
    detail = contacts.get_contact(ana)
    assert detail is not None and detail.fields.title == "CTO"
    assert detail.fields.birthday is None


def test_invalid_date_is_reported_inline_and_nothing_is_lost(
    qtbot: QtBot, ops: Operations, sample_contacts: dict[str, ContactId]
) -> None:
    dialog = ContactEditorDialog(ops, sample_contacts["bo"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.header.nickname_edit.setText("Bobo")
    dialog.birthday_field.edit.setText("31 February")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "Birthday" in dialog.error_label.text()
    assert dialog.header.nickname_edit.text() == "Bobo"
    assert ops.undo_stack.count() == 0


def test_new_contact_from_the_pane_composes_the_name_and_is_announced(
    qtbot: QtBot, ops: Operations, db_path: Path
) -> None:
    pane = DetailPane(ops)
    qtbot.addWidget(pane)
    pane.new_contact()
    dialog = pane.editor
    assert dialog is not None and dialog.is_new
    qtbot.keyClicks(dialog.header.given_edit, "Grace")
    qtbot.keyClicks(dialog.header.family_edit, "Hopper")
    dialog.email_rows.add_row().setText("grace@navy.example")
    with qtbot.waitSignal(pane.contact_created) as created:
        dialog.save()
    cid = created.args[0]
    detail = contacts.get_contact(cid)
    assert detail is not None
    assert detail.fields.full_name == "Grace Hopper"
    assert pane.name_label.text() == "Grace Hopper"
    assert ops.undo_stack.undoText() == "New Grace Hopper"


def test_photo_and_fields_change_in_one_step(
    qtbot: QtBot, ops: Operations, sample_contacts: dict[str, ContactId], tmp_path: Path
) -> None:
    image = QImage(1200, 900, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366cc"))
    path = tmp_path / "face.jpg"
    assert image.save(str(path))
    zoe = sample_contacts["zoe"]
    dialog = ContactEditorDialog(ops, zoe)
    qtbot.addWidget(dialog)
    assert dialog.header.set_photo_file(str(path))
    dialog.title_edit.setText("Owner")
    dialog.save()
    photo = contacts.get_photo(zoe)
    assert photo is not None
    stored = QImage.fromData(photo[0])
    assert max(stored.width(), stored.height()) == 768  # scaled down
    assert ops.undo_stack.count() == 1
    ops.undo_stack.undo()
    assert contacts.get_photo(zoe) is None
    detail = contacts.get_contact(zoe)
    assert detail is not None and detail.fields.title == ""


@pytest.mark.parametrize(
    ("text", "iso"),
    [("1980-03-04", "1980-03-04"), ("--03-04", "--03-04"), ("4 March", "--03-04"),
     ("4 March 1980", "1980-03-04"), ("March 4, 1980", "1980-03-04"), ("", None)],
)
def test_dates_people_write_are_understood(text: str, iso: str | None) -> None:
    assert parse_user_date(text) == iso


def test_an_invalid_email_is_reported_inline_and_not_saved(
    qtbot: QtBot, ops: Operations, sample_contacts: dict[str, ContactId]
) -> None:
    bo = sample_contacts["bo"]
    dialog = ContactEditorDialog(ops, bo)
    qtbot.addWidget(dialog)
    dialog.show()
    email = dialog.email_rows.add_row()
    qtbot.waitUntil(email.isVisible, timeout=30_000)
    email.setText("not-an-email")
    email.editingFinished.emit()  # leaving the field checks it
    inline = [label.text() for label in dialog.email_rows.findChildren(QLabel)
              if label.isVisibleTo(dialog) and label.objectName() == "fieldError"]
    assert inline == ["'not-an-email' is not an e-mail address"]

    dialog.save()
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Email: 'not-an-email' is not an e-mail address"
    assert ops.undo_stack.count() == 0
    detail = contacts.get_contact(bo)
    assert detail is not None and [e.value for e in detail.fields.emails] == [
        "bo@harbor.example"]

    email.setText("bo.chen@harbor.example")  # once right, the reason goes at once
    assert not any(label.isVisibleTo(dialog) for label in
                   dialog.email_rows.findChildren(QLabel) if label.objectName() == "fieldError")
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        dialog.save()
    detail = contacts.get_contact(bo)
    assert detail is not None and [e.value for e in detail.fields.emails] == [
        "bo@harbor.example", "bo.chen@harbor.example"]


def test_an_ampersand_in_the_name_is_not_a_mnemonic_in_the_undo_text(
    qtbot: QtBot, ops: Operations, sample_contacts: dict[str, ContactId]
) -> None:
    dialog = ContactEditorDialog(ops, sample_contacts["bo"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.header.full_name_edit.setText("Bo & Co")
    dialog.header.remove_photo()  # a photo change makes the save a macro, named by the editor
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        dialog.save()
    undo = ops.undo_stack.createUndoAction(dialog, "&Undo")
    assert undo.iconText() == "Undo Edit Bo & Co"  # the text a toolbar button shows


def test_a_closed_editor_is_freed(ops: Operations, sample_contacts: dict[str, ContactId]
                                  ) -> None:
    """Opening and closing the editor many times must not keep every dialog alive: kept
    ones slowed each later change and a window's start-up (each dialog held its form, its
    photo and its tag field)."""
    import gc
    import weakref

    dialogs = []
    for _ in range(5):
        dialog = ContactEditorDialog(ops, sample_contacts["ana"])
        dialog.reject()
        dialogs.append(weakref.ref(dialog))
        del dialog
    gc.collect()
    assert [ref() for ref in dialogs] == [None] * 5
