"""Saving where the user said (issue 13): the overwrite question also when the typed name
had no suffix (the file dialog asked about "contacts", not "contacts.vcf"), and a read-only
file is replaced only when the user says so -- in every save dialog (vCards, calendar,
briefing PDF), through ``save_path``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.services.types import ContactId
from desktop.ui.common import save_path
from desktop.ui.importing.export_dialog import ExportDialog
from desktop.vcard import parse_file

OLD = "the export from last year\n"


class User:
    """Answers the save questions: ``answer`` to each, all of them kept in ``asked``."""

    def __init__(self) -> None:
        self.answer = False
        self.asked: list[str] = []

    def __call__(self, _parent: object, _title: str, text: str, _detail: str) -> bool:
        self.asked.append(text)
        return self.answer


@pytest.fixture()
def user(monkeypatch: pytest.MonkeyPatch) -> User:
    answering = User()
    monkeypatch.setattr(save_path, "ask_replace", answering)
    return answering


def _typed(monkeypatch: pytest.MonkeyPatch, name: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(name), "")))


def test_a_name_typed_without_its_suffix_asks_before_replacing(
    qtbot, tmp_path: Path, user: User, monkeypatch: pytest.MonkeyPatch,
    sample_contacts: dict[str, ContactId]
) -> None:
    existing = tmp_path / "contacts.vcf"
    existing.write_text(OLD)
    dialog = ExportDialog([])
    qtbot.addWidget(dialog)
    _typed(monkeypatch, tmp_path / "contacts")
    user.answer = False
    dialog.choose_path()
    assert user.asked == ["“contacts.vcf” already exists. Replace it?"]
    assert existing.read_text() == OLD and not dialog.busy
    user.answer = True
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        dialog.choose_path()
    assert len(parse_file(existing).cards) == 4


def test_a_name_the_file_dialog_already_asked_about_is_not_asked_twice(
    tmp_path: Path, user: User
) -> None:
    existing = tmp_path / "contacts.vcf"
    existing.write_text(OLD)
    assert save_path.confirm_target(None, "Export", existing, ".vcf") == (existing, False)
    assert save_path.confirm_target(None, "Export", tmp_path / "new", ".vcf") == (
        tmp_path / "new.vcf", False)
    assert user.asked == []


@pytest.mark.parametrize("suffix", [".vcf", ".ics", ".pdf"])
def test_a_read_only_file_is_replaced_only_when_the_user_says_so(
    tmp_path: Path, user: User, suffix: str
) -> None:
    target = tmp_path / f"kept{suffix}"
    target.write_text(OLD)
    os.chmod(target, 0o444)
    user.answer = False
    assert save_path.confirm_target(None, "Save", target, suffix) is None
    user.answer = True
    assert save_path.confirm_target(None, "Save", tmp_path / "kept", suffix) == (target, True)
    assert user.asked == [f"“kept{suffix}” is read-only. Replace it anyway?"] * 2


def test_the_export_replaces_a_read_only_file_once_allowed(
    qtbot, tmp_path: Path, user: User, monkeypatch: pytest.MonkeyPatch,
    sample_contacts: dict[str, ContactId]
) -> None:
    target = tmp_path / "kept.vcf"
    target.write_text(OLD)
    os.chmod(target, 0o444)
    dialog = ExportDialog([])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=30_000) as refused:
        dialog.export_to(target)  # not allowed: refused, file kept
    assert refused.args[0] == (
        f"{target}: cannot write: the file is read-only; it was left as it was")
    assert target.read_text() == OLD
    if dialog.error_box is not None:
        dialog.error_box.close()
    _typed(monkeypatch, target)
    user.answer = True
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        dialog.choose_path()
    assert len(parse_file(target).cards) == 4
    assert target.stat().st_mode & 0o777 == 0o444  # still read-only, as the user had it
