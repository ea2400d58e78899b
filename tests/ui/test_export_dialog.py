"""The export dialog: what and which version, written off the UI thread; the file reads back
through the vCard layer with the contacts chosen; errors and Cancel lose nothing."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from desktop.services.types import ContactId
from desktop.ui.importing import export_dialog
from desktop.ui.importing.export_dialog import DEFAULT_FILENAME, ExportDialog
from desktop.vcard import parse_file


def _open(qtbot, selected: list[ContactId] | None = None) -> ExportDialog:
    dialog = ExportDialog(selected or [])
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _export(qtbot, dialog: ExportDialog, path: Path) -> None:
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        dialog.export_to(path)


def _names(path: Path) -> list[str]:
    return sorted(card.full_name or "" for card in parse_file(path).cards)


def test_exports_all_contacts_as_vcard_3(qtbot, tmp_path: Path,
                                          sample_contacts: dict[str, ContactId]) -> None:
    dialog = _open(qtbot)
    assert dialog.all_radio.isChecked()
    assert dialog.all_radio.text() == "All contacts (4)"
    assert not dialog.selected_radio.isEnabled()  # nothing selected in the list
    assert dialog.version == "3.0"
    assert dialog.default_path() == Path.home() / DEFAULT_FILENAME
    out = tmp_path / "all.vcf"
    _export(qtbot, dialog, out)
    assert _names(out) == sorted(["Ana Silva", "Bo Chen", "Zoë Müller",
                                  "<b>Bold</b> <img src=x>"])  # not the user's own profile
    assert "VERSION:3.0" in out.read_text(encoding="utf-8")
    assert dialog.result_ is not None
    assert dialog.result_.summary() == f"exported 4 contacts to {out} (vCard 3.0)"


def test_exports_a_tag_as_vcard_4(qtbot, tmp_path: Path,
                                  sample_contacts: dict[str, ContactId]) -> None:
    dialog = _open(qtbot)
    assert dialog.tag_combo.findText("Jazz (2)") >= 0
    assert dialog.choose_tag("Jazz")
    dialog.set_version("4.0")
    out = tmp_path / "jazz.vcf"
    _export(qtbot, dialog, out)
    assert _names(out) == ["Ana Silva", "Zoë Müller"]
    assert "VERSION:4.0" in out.read_text(encoding="utf-8")


def test_exports_the_selected_contacts(qtbot, tmp_path: Path,
                                       sample_contacts: dict[str, ContactId]) -> None:
    dialog = _open(qtbot, [sample_contacts["bo"]])
    assert dialog.selected_radio.text() == "The selected contacts (1)"
    dialog.selected_radio.click()
    out = tmp_path / "bo.vcf"
    _export(qtbot, dialog, out)
    assert _names(out) == ["Bo Chen"]


def test_unwritable_folder_says_so_in_one_line(qtbot, tmp_path: Path,
                                               sample_contacts: dict[str, ContactId]) -> None:
    dialog = _open(qtbot)
    out = tmp_path / "no such folder" / "contacts.vcf"
    with qtbot.waitSignal(dialog.failed, timeout=30_000) as blocker:
        dialog.export_to(out)
    message = blocker.args[0]
    assert message == f"{out}: cannot write: the folder does not exist"
    assert dialog.error_box is not None
    assert "\n" not in dialog.error_box.text()
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    dialog.error_box.close()


def test_cancel_keeps_the_old_file(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   sample_contacts: dict[str, ContactId]) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "contacts.vcf"
    out.write_text("the old export", encoding="utf-8")
    # Four contacts export faster than a click: hold the (real) export at its start
    # until Cancel has been pressed, so the test does not race the worker thread.
    gate = threading.Event()
    real_export = export_dialog.export_vcards

    def gated_export(*args: Any, **kwargs: Any) -> Any:
        gate.wait(60)
        return real_export(*args, **kwargs)

    monkeypatch.setattr(export_dialog, "export_vcards", gated_export)
    dialog = _open(qtbot)
    with qtbot.waitSignal(dialog.cancelled, timeout=30_000) as blocker:
        dialog.export_to(out)
        dialog.cancel_export()  # what the progress dialog's Cancel button does
        gate.set()
    assert blocker.args == ["Export cancelled: no file was written"]
    assert out.read_text(encoding="utf-8") == "the old export"
    assert [p.name for p in folder.iterdir()] == ["contacts.vcf"]  # no temporary left
