"""The import preview and the import it runs, driven like a user would: read real phone
exports, look at the counts and cards, choose per card, import, undo, cancel."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QMimeData, QPointF, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
)

from desktop.models import db
from desktop.services import contacts, importer, overview
from desktop.services.importer import Policy
from desktop.services.types import ContactId
from desktop.ui import sidebar as sb
from desktop.ui.common import languages
from desktop.ui.common.settings import Settings
from desktop.ui.importing import import_dialog
from desktop.ui.importing.import_dialog import ImportPreviewDialog
from desktop.ui.importing.preview_parts import PreviewCardModel
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import Operations
from tests.conftest import REAL_VCARDS

IPHONE = REAL_VCARDS / "ez-vcard" / "John_Doe_IPHONE.vcf"
GMAIL_LIST = REAL_VCARDS / "ez-vcard" / "gmail-list.vcf"  # three cards
NO_NAME = REAL_VCARDS / "android-vcard" / "v21_android_custom_prop.vcf"  # one rejected card
NOT_VCARD = REAL_VCARDS / "evolution-data-server" / "7.vcf"  # no BEGIN:VCARD at all


def _card(*lines: str) -> str:
    return "BEGIN:VCARD\r\nVERSION:3.0\r\n" + "".join(f"{x}\r\n" for x in lines) + "END:VCARD\r\n"


def _open(qtbot, paths: list[Path], ops: Operations | None = None) -> ImportPreviewDialog:
    dialog = ImportPreviewDialog(ops or Operations(QUndoStack()), paths)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.preview_ready, timeout=30_000):
        dialog.start()
    return dialog


def _names(dialog: ImportPreviewDialog) -> list[str]:
    model = dialog.model
    assert model is not None
    return [model.index(r, PreviewCardModel.NAME).data() for r in range(model.rowCount())]


def _row_of(dialog: ImportPreviewDialog, name: str) -> int:
    return _names(dialog).index(name)


def _total() -> int:
    return overview.list_counts().all


def test_preview_shows_counts_cards_and_rejects_before_anything_is_written(
        qtbot, sample_contacts: dict[str, ContactId]) -> None:
    dialog = _open(qtbot, [IPHONE, GMAIL_LIST, NO_NAME, NOT_VCARD])

    assert dialog.new_tile.number.text() == "4"
    assert dialog.merge_tile.number.text() == "0"
    assert dialog.rejected_tile.number.text() == "1"
    assert dialog.unreadable_tile.number.text() == "1"
    assert _names(dialog) == ["Mr. John Richter James Doe Sr.", "Arnold Smith", "Chris Beatle",
                              "Doug White"]
    model = dialog.model
    assert model is not None
    assert model.index(1, PreviewCardModel.FILE).data() == "gmail-list.vcf:1"
    assert model.index(1, PreviewCardModel.ACTION).data() == "New"
    rejected = [dialog.rejected_list.item(i).text() for i in range(dialog.rejected_list.count())]
    assert rejected[0].startswith("v21_android_custom_prop.vcf:1: card has no name")
    assert rejected[1].startswith("7.vcf:1: not a vCard file")
    assert dialog.import_button.text() == "Import 4 Cards"
    # Nothing is written by the preview.
    assert _total() == 4
    assert importer.last_batch() is None


def test_import_then_undo_removes_the_imported_contacts(
        qtbot, sample_contacts: dict[str, ContactId]) -> None:
    ops = Operations(QUndoStack())
    dialog = _open(qtbot, [IPHONE, GMAIL_LIST], ops)
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert _total() == 8
    assert ops.undo_stack.undoText() == "Import 4 contacts from 2 files"

    new_ids = sorted(r[0] for r in db.execute_sql(
        "SELECT id FROM contact WHERE import_batch_id IS NOT NULL"))
    with qtbot.waitSignal(ops.idle, timeout=30_000):  # off the UI thread
        ops.undo_stack.undo()
        assert ops.busy
    assert _total() == 4
    assert importer.last_batch() is None
    with qtbot.waitSignal(ops.idle, timeout=30_000):
        ops.undo_stack.redo()  # the same contacts come back, at the same ids, same batch
    assert _total() == 8
    assert importer.last_batch() is not None
    assert sorted(r[0] for r in db.execute_sql(
        "SELECT id FROM contact WHERE import_batch_id IS NOT NULL")) == new_ids


def test_cancelling_the_undo_of_an_import_changes_nothing(
        qtbot, tmp_path: Path, sample_contacts: dict[str, ContactId]) -> None:
    path = tmp_path / "many.vcf"
    path.write_text("".join(_card(f"FN:Person {i}", f"EMAIL:p{i}@example.org")
                            for i in range(300)), encoding="utf-8")
    ops = Operations(QUndoStack())
    ops.record_import(importer.run_import([path]))
    assert _total() == 304
    with qtbot.waitSignal(ops.idle, timeout=30_000):
        ops.undo_stack.undo()
        ops.cancel_job()  # before the worker's first progress report: it stops there
    qtbot.waitUntil(lambda: ops.undo_stack.canUndo(), timeout=30_000)  # the stack is back
    assert _total() == 304 and importer.last_batch() is not None
    with qtbot.waitSignal(ops.idle, timeout=30_000):
        ops.undo_stack.undo()
    assert _total() == 4


def test_skip_on_a_matched_card_leaves_that_contact_unchanged(
        qtbot, tmp_path: Path, sample_contacts: dict[str, ContactId]) -> None:
    path = tmp_path / "phone.vcf"
    path.write_text(
        _card("FN:Ana Silva", "EMAIL:ana@lumen.example", "TEL:+1 555 0100 999", "NOTE:Met in Porto")
        + _card("FN:Nia Okafor", "EMAIL:nia@example.org"), encoding="utf-8")
    ana_before = contacts.get_contact(sample_contacts["ana"])
    dialog = _open(qtbot, [path])
    assert dialog.merge_tile.number.text() == "1"
    model = dialog.model
    assert model is not None
    row = _row_of(dialog, "Ana Silva")
    assert model.index(row, PreviewCardModel.DETAILS).data() == (
        "Matches Ana Silva: same e-mail ana@lumen.example")

    # The user opens the row's combo box and picks Skip.
    index = model.index(row, PreviewCardModel.ACTION)
    dialog.table.edit(index)
    combo = dialog.table.indexWidget(index)
    assert isinstance(combo, QComboBox)
    skip = combo.findText("Skip")
    combo.setCurrentIndex(skip)
    combo.activated.emit(skip)
    assert model.index(row, PreviewCardModel.ACTION).data() == "Skip"
    assert dialog.import_button.text() == "Import 1 Card"

    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result_ is not None and dialog.result_.skipped_count == 1
    assert contacts.get_contact(sample_contacts["ana"]) == ana_before
    assert _total() == 5  # Nia was imported


def test_every_match_choice_applies_to_all_matched_cards(
        qtbot, tmp_path: Path, sample_contacts: dict[str, ContactId]) -> None:
    path = tmp_path / "phone.vcf"
    path.write_text(_card("FN:Ana S.", "EMAIL:ana@lumen.example")
                    + _card("FN:Bo", "EMAIL:bo@harbor.example"), encoding="utf-8")
    dialog = _open(qtbot, [path])
    dialog.all_matches.setCurrentIndex(dialog.all_matches.findText("Keep both"))
    dialog.all_matches.activated.emit(dialog.all_matches.currentIndex())
    model = dialog.model
    assert model is not None
    assert [model.index(r, PreviewCardModel.ACTION).data() for r in range(2)] == [
        "Keep both", "Keep both"]
    assert set(model.policies().values()) == {Policy.KEEP_BOTH}


def test_contact_text_is_shown_literally(qtbot, tmp_path: Path, db_path: Path) -> None:
    path = tmp_path / "<i>odd.vcf"
    path.write_text(_card("FN:<b>x</b>", "EMAIL:x@example.org"), encoding="utf-8")
    dialog = _open(qtbot, [path])
    assert _names(dialog) == ["<b>x</b>"]
    assert any(label.text() == "Import 1 card from <i>odd.vcf"
               for label in dialog.findChildren(QLabel))
    for label in dialog.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


def test_cancel_during_import_rolls_back(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        sample_contacts: dict[str, ContactId]) -> None:
    # Hold the (real) import at its start until Cancel has been pressed, so the test
    # does not race a fast worker thread.
    gate = threading.Event()
    real_import = import_dialog.run_import

    def gated_import(*args: Any, **kwargs: Any) -> Any:
        gate.wait(60)
        return real_import(*args, **kwargs)

    monkeypatch.setattr(import_dialog, "run_import", gated_import)
    path = tmp_path / "many.vcf"
    path.write_text("".join(_card(f"FN:Person {i}", f"EMAIL:p{i}@example.org")
                            for i in range(300)), encoding="utf-8")
    ops = Operations(QUndoStack())
    dialog = _open(qtbot, [path], ops)
    assert dialog.new_tile.number.text() == "300"
    with qtbot.waitSignal(dialog.cancelled, timeout=30_000) as blocker:
        dialog.start_import()
        dialog.cancel_import()  # what the progress dialog's Cancel button does
        gate.set()
    assert blocker.args == ["Import cancelled: nothing was changed"]
    assert dialog.note.text() == "Import cancelled: nothing was changed."
    assert _total() == 4
    assert importer.last_batch() is None
    assert ops.undo_stack.count() == 0
    assert dialog.isVisible() and dialog.import_button.isEnabled()  # they can try again


# --- in the main window ------------------------------------------------------------------


@pytest.fixture()
def window(qtbot, tmp_path: Path, sample_contacts: dict[str, ContactId]) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(Operations(QUndoStack()), settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.startup_finished, timeout=30_000)
    return win


def _import_in_window(qtbot, window: MainWindow, paths: list[Path]) -> ImportPreviewDialog:
    window.files.import_vcards(paths)
    dialog = window.files.import_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    return dialog


def test_window_import_shows_last_import_and_undo_last_import(
        qtbot, window: MainWindow) -> None:
    _import_in_window(qtbot, window, [GMAIL_LIST])
    assert window.sidebar.current_key == sb.LAST_IMPORT
    names = sorted(window.model.index(r, 0).data() for r in range(window.model.rowCount()))
    assert names == ["Arnold Smith", "Chris Beatle", "Doug White"]
    message = window.statusBar().currentMessage()
    assert message.startswith("Imported 3 new, merged 0, rejected 0 from 1 file")

    with qtbot.waitSignal(window.ops.idle, timeout=30_000):
        window.commands.undo_import_action.trigger()
    assert window.model.rowCount() == 0  # "Last import" is empty again
    assert _total() == 4
    assert window.statusBar().currentMessage() == (
        "Undid “Import 3 contacts from gmail-list.vcf”")
    with qtbot.waitSignal(window.ops.idle, timeout=30_000):
        window.ops.undo_stack.redo()
    assert window.model.rowCount() == 3


def test_the_end_of_an_import_reads_the_list_once(qtbot, window: MainWindow) -> None:
    """Issue 18: the list is read once at an import's end (it was read when the window
    moved to Last import, then again when the change was announced), and the window still
    shows the new contacts, the sidebar's counts and an import that undoes as one."""
    resets: list[int] = []
    window.model.modelReset.connect(lambda: resets.append(1))
    _import_in_window(qtbot, window, [GMAIL_LIST])
    assert len(resets) == 1
    assert window.sidebar.current_key == sb.LAST_IMPORT
    names = sorted(window.model.index(r, 0).data() for r in range(window.model.rowCount()))
    assert names == ["Arnold Smith", "Chris Beatle", "Doug White"]
    counts = {key: window.sidebar._items[key].data(sb.CountRole)
              for key in (sb.ALL, sb.LAST_IMPORT)}
    assert counts == {sb.ALL: 7, sb.LAST_IMPORT: 3}
    assert window.commands.undo_import_action.isEnabled()

    with qtbot.waitSignal(window.ops.idle, timeout=30_000):
        window.ops.undo_stack.undo()
    assert _total() == 4
    assert window.model.rowCount() == 0
    assert window.sidebar._items[sb.ALL].data(sb.CountRole) == 4


def test_the_previews_tag_for_everyone_shows_in_the_list_read_once(
        qtbot, window: MainWindow) -> None:
    """The tag for everyone is written after the list of Last import was read: its rows
    show it all the same."""
    from desktop.ui.contacts.list_cells import Column

    resets: list[int] = []
    window.model.modelReset.connect(lambda: resets.append(1))
    window.files.import_vcards([GMAIL_LIST])
    dialog = window.files.import_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)
    qtbot.keyClicks(dialog.extras_row.tag, "Summit")
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(resets) == 1
    shown = [str(window.model.index(r, Column.TAGS).data())
             for r in range(window.model.rowCount())]
    assert len(shown) == 3 and all("Summit" in tags for tags in shown)


def test_a_single_imported_contact_is_selected(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "one.vcf"
    path.write_text(_card("FN:Only One", "EMAIL:one@example.org"), encoding="utf-8")
    _import_in_window(qtbot, window, [path])
    assert window.model.rowCount() == 1
    assert window.contact_list.current_id() == window.model.contact_id(0)


def test_dropping_vcards_opens_the_preview(qtbot, window: MainWindow) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(GMAIL_LIST))])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    dialog = window.files.import_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)
    assert _names(dialog) == ["Arnold Smith", "Chris Beatle", "Doug White"]
    dialog.reject()
    assert _total() == 4


def test_undo_last_import_below_later_edits_keeps_the_edits(
        qtbot, window: MainWindow) -> None:
    from desktop.services.types import ContactFields

    _import_in_window(qtbot, window, [GMAIL_LIST])
    created = window.ops.create_contact(ContactFields(full_name="Added Later"))
    assert created is not None and _total() == 8

    with qtbot.waitSignal(window.ops.idle, timeout=30_000):
        window.commands.undo_import_action.trigger()  # the import is not on top of the stack
    assert _total() == 5
    assert contacts.get_contact(created) is not None
    assert window.ops.undo_stack.undoText() == "Undo import of gmail-list.vcf"
    with qtbot.waitSignal(window.ops.idle, timeout=30_000):
        window.ops.undo_stack.undo()  # takes back the "undo import": the three return
    assert _total() == 8


def test_a_card_sharing_a_number_says_with_whom_and_why_it_is_not_merged(
        qtbot, tmp_path: Path, db_path: Path) -> None:
    """Issue 11: the preview's reason says which rule matched, or which kept two apart."""
    first = tmp_path / "anna.vcf"
    first.write_text(_card("FN:Anna Berg", "N:Berg;Anna;;;", "TEL:+46 8 123 456 78"),
                     encoding="utf-8")
    importer.run_import([first])
    path = tmp_path / "phone.vcf"
    path.write_text(_card("FN:Lars Berg", "N:Berg;Lars;;;", "TEL:+46 8 123 456 78")
                    + _card("FN:Anna Berg", "N:Berg;Anna;;;", "TEL:+46 8 123 456 78",
                            "NOTE:her own card again, with a note"), encoding="utf-8")
    dialog = _open(qtbot, [path])
    model = dialog.model
    assert model is not None
    assert [model.index(r, PreviewCardModel.DETAILS).data() for r in range(2)] == [
        "New contact — shares +46 8 123 456 78 with Anna Berg; not merged: different names",
        "Matches Anna Berg: same name and phone +46 8 123 456 78",
    ]


def _in_a_child(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, n: int) -> Path:
    """A file of *n* cards that the window previews and imports by a child process (this
    process's importer refuses here)."""
    from desktop.services import import_job

    monkeypatch.setattr(import_job, "PROCESS_BYTES", 0)  # this small file counts as big

    def not_here(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("imported in the window's process")

    monkeypatch.setattr(importer, "run_import", not_here)
    monkeypatch.setattr(importer, "preview_import", not_here)
    path = tmp_path / "big.vcf"
    path.write_text("".join(_card(f"FN:Person {i}", f"EMAIL:p{i}@example.org")
                            for i in range(n)), encoding="utf-8")
    return path


def test_a_big_import_runs_beside_the_window_and_undoes_as_one(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 18: an input of megabytes is previewed and imported by a child process (this
    process's importer refuses here), the window handles events between the progress
    steps, the list shows the new contacts after the end, and one undo takes them back."""
    path = _in_a_child(monkeypatch, tmp_path, 4000)
    window.files.import_vcards([path])
    dialog = window.files.import_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)
    assert dialog.new_tile.number.text() == "4,000"

    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    seen: list[int] = []  # the timer's ticks at each step of the progress bar
    resets: list[int] = []
    window.model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        progress = dialog.findChildren(QProgressDialog)[-1]
        bar = progress.findChild(QProgressBar)
        assert bar is not None
        bar.valueChanged.connect(lambda _v: seen.append(len(ticks)))
    timer.stop()
    assert len(seen) >= 2 and seen[-1] > seen[0]  # events were handled between the steps

    assert window.sidebar.current_key == sb.LAST_IMPORT
    qtbot.waitUntil(lambda: not window.model.busy, timeout=30_000)
    assert window.model.rowCount() == 4000
    assert len(resets) == 1  # the list of Last import, read once
    assert _total() == 4004
    assert window.ops.undo_stack.count() == 1
    with qtbot.waitSignal(window.ops.idle, timeout=30_000):
        window.ops.undo_stack.undo()
    assert _total() == 4
    assert window.model.rowCount() == 0


@pytest.fixture()
def german(qapp: QApplication) -> Iterator[None]:
    installed = languages.install(qapp, QLocale("de_DE"))
    try:
        yield
    finally:
        languages.uninstall(qapp, installed)
        QLocale.setDefault(QLocale(languages.SOURCE_LOCALE))


def test_an_import_process_that_dies_is_told_in_the_users_language(
        qtbot, german: None, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The import's child killed (as by the system, out of memory): the window says so in
    German, and nothing was imported."""
    path = _in_a_child(monkeypatch, tmp_path, 300)
    started: list[int] = []
    start = multiprocessing.context.SpawnProcess.start

    def kill_the_import(self: multiprocessing.context.SpawnProcess) -> None:
        start(self)
        if self.name == "rapport-import":
            started.append(1)
            if len(started) == 2:  # the preview's child lives, the import's dies
                assert self.pid is not None
                os.kill(self.pid, signal.SIGKILL)

    monkeypatch.setattr(multiprocessing.context.SpawnProcess, "start", kill_the_import)
    window.files.import_vcards([path])
    dialog = window.files.import_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.findChildren(QMessageBox)), timeout=30_000)
    box = dialog.findChildren(QMessageBox)[-1]
    assert box.text() == ("Der Import ist fehlgeschlagen, es wurde nichts geändert: "
                          "der Importprozess wurde unerwartet beendet (Exit-Code -9)")
    assert _total() == 4
    box.close()


def test_a_group_card_tags_its_members_and_the_window_undo_takes_the_tags_back(
        qtbot, tmp_path: Path, sample_contacts: dict[str, ContactId]) -> None:
    path = tmp_path / "group.vcf"
    path.write_text(_card("FN:Board", "X-ADDRESSBOOKSERVER-KIND:group",
                          "X-ADDRESSBOOKSERVER-MEMBER:mailto:ana@lumen.example",
                          "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:new-member-1",
                          "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:nobody-here")
                    + _card("UID:new-member-1", "FN:Noa Member"), encoding="utf-8")
    ana = sample_contacts["ana"]

    def tags_of(cid: ContactId) -> set[str]:
        return {r[0] for r in db.execute_sql(
            "SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
            "WHERE ct.contact_id = ?", (int(cid),))}

    ops = Operations(QUndoStack())
    dialog = _open(qtbot, [path], ops)
    assert _names(dialog) == ["Noa Member"]  # the group is not a contact
    notes = [dialog.rejected_list.item(i).text() for i in range(dialog.rejected_list.count())]
    assert notes == ["group.vcf:1: group “Board”: 1 of 3 members not found"]
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert _total() == 5
    noa = contacts.find_contacts("Noa Member")[0].id
    assert "Board" in tags_of(ana) and tags_of(noa) == {"Board"}

    with qtbot.waitSignal(ops.idle, timeout=30_000):
        ops.undo_stack.undo()
    assert _total() == 4
    assert "Board" not in tags_of(ana)
    assert db.execute_sql("SELECT count(*) FROM tag WHERE name = 'Board'").fetchone()[0] == 0
    with qtbot.waitSignal(ops.idle, timeout=30_000):
        ops.undo_stack.redo()
    assert "Board" in tags_of(ana)
