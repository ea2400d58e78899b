"""`rapport FILE.vcf` / "Open with Rapport": the app comes up with the files' import preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from desktop.app import open_files_after_first_paint
from desktop.models import db
from desktop.services.types import ContactId
from desktop.ui.common.settings import Settings
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import Operations

CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Opened Person\r\nEMAIL:opened@example.org\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana S.\r\nEMAIL:ana@lumen.example\r\nEND:VCARD\r\n"
)


def test_start_up_with_files_shows_their_import_preview(
        qtbot: QtBot, tmp_path: Path, sample_contacts: dict[str, ContactId]) -> None:
    path = tmp_path / "from phone.vcf"
    path.write_text(CARDS, encoding="utf-8")
    count = db.execute_sql("SELECT count(*) FROM contact").fetchone()[0]
    # As desktop.app.run does it: build the window, ask for the files, show it.
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Operations(QUndoStack()), settings)
    qtbot.addWidget(window)
    open_files_after_first_paint(window, [path])
    assert window.files.import_dialog is None  # nothing before the window has painted
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.files.import_dialog is not None
                    and window.files.import_dialog.model is not None, timeout=30_000)
    dialog = window.files.import_dialog
    assert dialog is not None and dialog.isVisible() and dialog.model is not None
    assert dialog.parent() is window
    model = dialog.model
    names = sorted(model.card(r).display_name for r in range(model.rowCount()))
    assert names == ["Ana S.", "Opened Person"]
    # A preview: nothing is written until the user clicks Import.
    assert db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == count
    dialog.reject()
    qtbot.waitUntil(lambda: window.files.import_dialog is None, timeout=30_000)
