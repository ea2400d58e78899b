"""Contacts → Find Duplicates…, driven like a user would: search, look at the reasons,
choose field by field, merge, undo; say "not a duplicate" and see it remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox

from desktop.services import contacts, duplicates, importer, overview
from desktop.services.types import ContactFields, ContactId, LabeledValue
from desktop.ui.contacts.duplicates_dialog import DuplicateGroupModel, DuplicatesDialog
from desktop.ui.operations import Operations


def _card(*lines: str) -> str:
    return "BEGIN:VCARD\r\nVERSION:3.0\r\n" + "".join(f"{x}\r\n" for x in lines) + "END:VCARD\r\n"


def _book(tmp_path: Path) -> dict[str, ContactId]:
    path = tmp_path / "family.vcf"
    path.write_text(_card("FN:Anna Berg", "N:Berg;Anna;;;", "TEL:+46 8 123 456 78")
                    + _card("FN:Lars Berg", "N:Berg;Lars;;;", "TEL:+46 8 123 456 78"),
                    encoding="utf-8")
    importer.run_import([path])
    kim, _ = contacts.create_contact(ContactFields(
        full_name="Kim Lee", organization="Acme", emails=(LabeledValue("kim@example.org"),)))
    kimberly, _ = contacts.create_contact(ContactFields(
        full_name="Kimberly Lee", title="CTO",
        emails=(LabeledValue("kim@example.org"), LabeledValue("kim@home.example"))))
    return {"kim": kim, "kimberly": kimberly}


def _open(qtbot, ops: Operations) -> DuplicatesDialog:
    dialog = DuplicatesDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.searched, timeout=30_000):
        dialog.start()
    return dialog


def _rows(dialog: DuplicatesDialog) -> list[tuple[str, str]]:
    m = dialog.model
    return [(m.index(r, 0).data(), m.index(r, 1).data()) for r in range(m.rowCount())]


def test_the_model_is_a_good_qt_model(qtmodeltester, db_path: Path, tmp_path: Path) -> None:
    _book(tmp_path)
    model = DuplicateGroupModel()
    model.set_groups(duplicates.find_duplicates())
    qtmodeltester.check(model)


def test_merge_field_by_field_then_undo(qtbot, db_path: Path, tmp_path: Path) -> None:
    people = _book(tmp_path)
    ops = Operations(QUndoStack())
    dialog = _open(qtbot, ops)
    assert _rows(dialog) == [
        ("Kim Lee · Kimberly Lee", "same e-mail kim@example.org"),
        ("Anna Berg · Lars Berg", "shares +46 8 123 456 78 (different names)"),
    ]
    assert dialog.current_group() is not None
    panel = dialog.panel
    assert panel.keep == people["kim"]
    assert "E-mails: kim@example.org, kim@home.example" in panel.combined.text()
    # Where they differ, the user picks: the name of the other card.
    name_combo = panel._choices["full_name"]
    assert isinstance(name_combo, QComboBox)
    name_combo.setCurrentIndex(name_combo.findText("Kimberly Lee"))
    total = overview.list_counts().all
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert overview.list_counts().all == total - 1
    merged = contacts.get_contact(people["kim"])
    assert merged is not None
    assert (merged.fields.full_name, merged.fields.title) == ("Kimberly Lee", "CTO")
    assert ops.undo_stack.undoText() == "Merge 2 contacts into Kim Lee"
    assert _rows(dialog) == [("Anna Berg · Lars Berg",
                              "shares +46 8 123 456 78 (different names)")]

    ops.undo_stack.undo()
    assert overview.list_counts().all == total
    assert contacts.get_contact(people["kimberly"]) is not None
    dialog.grab().save(str(tmp_path / "duplicates.png"))


def test_not_a_duplicate_is_remembered_and_undoable(qtbot, db_path: Path,
                                                    tmp_path: Path) -> None:
    _book(tmp_path)
    ops = Operations(QUndoStack())
    dialog = _open(qtbot, ops)
    dialog.table.selectRow(1)  # Anna and Lars
    qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [g.names for g in duplicates.find_duplicates()] == [("Kim Lee", "Kimberly Lee")]
    ops.undo_stack.undo()
    assert len(duplicates.find_duplicates()) == 2
