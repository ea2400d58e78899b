"""File → Capture Meetings… driven like a user would: read real-world-shaped files, look
at the review, skip a person, never capture an address, add someone met, log, undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from desktop.models import db
from desktop.services import contacts, interactions
from desktop.services.capture import engine
from desktop.services.types import ContactId
from desktop.ui.capture.dialog import CaptureDialog
from desktop.ui.capture.review_model import CaptureReviewModel
from desktop.ui.operations import Operations
from tests.capture.conftest import DATA

FILES = [DATA / "google-calendar.ics", DATA / "outlook-calendar.ics",
         DATA / "apple-calendar.ics", DATA / "thunderbird-inbox"]


def _open(qtbot, ops: Operations, paths: list[Path] = FILES) -> CaptureDialog:
    dialog = CaptureDialog(ops, paths)
    # The fixtures are from 2025: capture the whole year.
    from PySide6.QtCore import QDate

    dialog.source.since_edit.setDate(QDate(2025, 1, 1))
    dialog.source.until_edit.setDate(QDate(2025, 12, 31))
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.review_ready, timeout=15_000):
        dialog.start()
    return dialog


def _people(model: CaptureReviewModel) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _interactions() -> int:
    return int(db.execute_sql("SELECT count(*) FROM interaction").fetchone()[0])


def test_review_log_and_undo_as_one_step(qtbot, qtmodeltester, people: dict[str, ContactId],
                                         paris: None, tmp_path: Path) -> None:
    stack = QUndoStack()
    ops = Operations(stack)
    dialog = _open(qtbot, ops)
    model = dialog.model
    assert model is not None
    qtmodeltester.check(model)
    assert _people(model) == ["Ana Silva", "Bo Chen", "Zoë Müller"]
    assert model.index(0, CaptureReviewModel.WHAT).data() == "6 meetings, 2 message days"
    ana = model.index(0, 0)
    first = model.index(0, 0, ana)
    assert first.data() == "Stand-up" and model.index(0, 1, ana).data() == "Thu, 5 Jun 2025, 09:00"
    assert dialog.accept_button.text() == "Log 13 entries"
    # Carol (met at the intro) and Dana (written to) are offered as contacts.
    met = [dialog.strangers.item(i).text() for i in range(dialog.strangers.count())]
    assert any(t.startswith("Carol Díaz <carol.diaz@newco.example>") for t in met)
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert "outlook-calendar.ics:88: event skipped: unreadable date '2025-06-11 10:00' in " \
           "DTSTART" in problems
    dialog.grab().save(str(tmp_path / "capture-review.png"))

    # Untick Zoë; never capture Bo's address.
    zoe = model.index(2, 0)
    assert model.setData(zoe, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    dialog.tree.setCurrentIndex(model.index(1, 0))
    qtbot.mouseClick(dialog.never_button, Qt.MouseButton.LeftButton)
    assert model.index(1, CaptureReviewModel.VIA).data().startswith("never captured")
    assert dialog.accept_button.text() == "Log 8 entries"  # Ana's (stand-ups shared)

    with qtbot.waitSignal(dialog.captured, timeout=15_000):
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert _interactions() == 8
    assert interactions.timeline(people["zoe"]).total == 0
    assert interactions.timeline(people["bo"]).total == 0
    assert engine.ignored_addresses() == ["bo@harbor.example"]
    assert stack.count() == 1 and stack.undoText() == "Capture 4 sources"
    stack.undo()
    assert _interactions() == 0 and engine.ignored_addresses() == []
    stack.redo()
    assert _interactions() == 8


def test_add_someone_met_as_a_contact(qtbot, people: dict[str, ContactId],
                                      paris: None) -> None:
    stack = QUndoStack()
    dialog = _open(qtbot, Operations(stack), [DATA / "google-calendar.ics"])
    row = next(i for i in range(dialog.strangers.count())
               if "carol.diaz@newco.example" in dialog.strangers.item(i).text())
    dialog.strangers.setCurrentRow(row)
    assert dialog.add_button.isEnabled()
    with qtbot.waitSignal(dialog.review_ready, timeout=15_000):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    model = dialog.model
    assert model is not None
    assert "Carol Díaz" in _people(model)
    assert stack.undoText() == "New Carol Díaz"
    carol = contacts.find_contacts("Carol Díaz")
    assert len(carol) == 1
    detail = contacts.get_contact(carol[0].id)
    assert detail is not None and detail.fields.how_we_met == "Intro: Bo <> Carol"
    assert all("carol" not in dialog.strangers.item(i).text()
               for i in range(dialog.strangers.count()))


def test_file_menu_and_dropping_a_calendar_open_the_capture_review(
        qtbot, people: dict[str, ContactId], tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QSettings, QUrl
    from PySide6.QtGui import QDropEvent

    from desktop.ui.common.settings import Settings
    from desktop.ui.main_window import MainWindow

    window = MainWindow(Operations(QUndoStack()), Settings(QSettings(
        str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.startup_finished, timeout=10_000)
    action = window.commands.capture_action
    assert action.text() == "&Capture Meetings…"
    assert action.shortcut().toString() == "Ctrl+Shift+I"
    assert action in window.menuBar().actions()[0].menu().actions()
    action.trigger()
    dialog = window.files.capture_dialog
    assert isinstance(dialog, CaptureDialog) and not dialog.read_button.isEnabled()
    dialog.grab().save(str(tmp_path / "capture-source.png"))
    dialog.reject()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(DATA / "apple-calendar.ics"))])
    window.dropEvent(QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    dropped = window.files.capture_dialog
    assert isinstance(dropped, CaptureDialog) and dropped is not dialog
    assert dropped.source.paths == [DATA / "apple-calendar.ics"]
    qtbot.waitUntil(lambda: not dropped.busy, timeout=15_000)
    dropped.reject()
