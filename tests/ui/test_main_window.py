"""The main window, driven like a user would: search, sidebar, sort, delete and undo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel

from desktop.services.types import ContactId
from desktop.ui.contact_list_model import Column, ContactListModel
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import Operations
from desktop.ui.settings import Settings


def _make(qtbot, tmp_path: Path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Operations(QUndoStack()), settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.startup_finished, timeout=3000)
    window.activateWindow()
    return window


@pytest.fixture()
def window(qtbot, tmp_path: Path, sample_contacts: dict[str, ContactId]
           ) -> Iterator[MainWindow]:
    yield _make(qtbot, tmp_path)


def _names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(r, Column.NAME).data() for r in range(model.rowCount())]


def _ids(window: MainWindow) -> list[int]:
    model = window.model
    return [model.index(r, 0).data(ContactListModel.ContactIdRole)
            for r in range(model.rowCount())]


def test_shows_the_contacts_and_their_count(window: MainWindow) -> None:
    assert sorted(_names(window)) == sorted(
        ["Ana Silva", "Bo Chen", "Zoë Müller", "<b>Bold</b> <img src=x>"]
    )
    assert window.count_label.text() == "4 contacts"
    assert not window.showing_empty_state
    assert window.search_field.placeholderText().startswith("Search names, organisations")


def test_typing_in_search_filters_the_list(qtbot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search_field, "lumen")
    qtbot.waitUntil(lambda: _names(window) == ["Ana Silva"], timeout=2000)
    assert window.count_label.text() == "1 of 4 contacts"
    window.search_field.clear()
    qtbot.waitUntil(lambda: len(_names(window)) == 4, timeout=2000)


def test_find_shortcut_focuses_search(qtbot, window: MainWindow) -> None:
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_field.hasFocus, timeout=2000)


def test_clicking_a_tag_shows_only_its_contacts(qtbot, window: MainWindow) -> None:
    view = window.sidebar.view
    model = window.sidebar.model
    target = None
    for r in range(model.rowCount()):
        top = model.index(r, 0)
        for c in range(model.rowCount(top)):
            if model.index(c, 0, top).data() == "Jazz":
                target = model.index(c, 0, top)
    assert target is not None
    view.scrollTo(target)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(target).center())
    assert sorted(_names(window)) == ["Ana Silva", "Zoë Müller"]
    assert window.count_label.text() == "2 of 4 contacts"


def test_header_click_sorts(qtbot, window: MainWindow,
                            sample_contacts: dict[str, ContactId]) -> None:
    header = window.table.horizontalHeader()
    pos = QPoint(header.sectionViewportPosition(Column.ORGANIZATION) + 20,
                 header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    s = sample_contacts
    by_org = [s["markup"], s["zoe"], s["bo"], s["ana"]]  # <script>, Café, Harbor, Lumen
    assert _ids(window) == by_org
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert _ids(window) == list(reversed(by_org))


def test_delete_key_deletes_and_undo_brings_back(
    qtbot, window: MainWindow, sample_contacts: dict[str, ContactId]
) -> None:
    window.select_contact(sample_contacts["bo"])
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert "Bo Chen" not in _names(window)
    assert window.count_label.text() == "3 contacts"
    assert window.statusBar().currentMessage().startswith("Deleted Bo Chen — Undo with")
    assert window.undo_action.text().replace("&", "") == "Undo Delete contact"
    # The neighbour is selected, so Delete again would go on deleting in order.
    assert window.selected_ids()

    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Bo Chen" in _names(window)
    assert window.count_label.text() == "4 contacts"
    assert window.selected_ids() == [sample_contacts["bo"]]  # back, and selected


def test_markup_in_a_name_is_shown_literally(
    qtbot, window: MainWindow, sample_contacts: dict[str, ContactId]
) -> None:
    assert "<b>Bold</b> <img src=x>" in _names(window)
    window.select_contact(sample_contacts["markup"])
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.statusBar().currentMessage().startswith("Deleted <b>Bold</b> <img src=x>")
    window.ops.undo_stack.undo()
    # Every label that shows the name shows the characters, not bold text and an image.
    for label in window.findChildren(QLabel):
        if "<b>Bold" in label.text() and label.isVisible():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_empty_database_shows_the_welcome(qtbot, tmp_path: Path, db_path: Path) -> None:
    window = _make(qtbot, tmp_path)
    assert window.showing_empty_state
    assert window.empty_state.isVisible()
    assert window.empty_state.import_button.text() == "Import vCards…"
    assert window.empty_state.demo_button.text() == "Load demo network"
    assert window.empty_state.import_button.isVisible()
    assert window.empty_state.demo_button.isVisible()


def test_load_demo_network_fills_the_list(qtbot, tmp_path: Path, db_path: Path) -> None:
    window = _make(qtbot, tmp_path)
    window.load_demo(12)
    qtbot.waitUntil(lambda: not window.demo_running, timeout=10_000)
    assert not window.showing_empty_state
    assert window.model.rowCount() == 12
    assert window.count_label.text() == "12 contacts"
    assert window.sidebar.title_of("all") == "All contacts"
    assert len(window.sidebar.keys()) > 5  # the demo's tags are listed


def test_cancelled_demo_adds_nothing(qtbot, tmp_path: Path, db_path: Path) -> None:
    window = _make(qtbot, tmp_path)
    window.load_demo(3000)
    assert window._worker is not None
    window._worker.cancel()
    qtbot.waitUntil(lambda: not window.demo_running, timeout=10_000)
    assert window.showing_empty_state
    assert "cancelled" in window.statusBar().currentMessage()


def test_remembers_the_sidebar_entry(qtbot, tmp_path: Path,
                                     sample_contacts: dict[str, ContactId]) -> None:
    window = _make(qtbot, tmp_path)
    key = next(k for k in window.sidebar.keys() if window.sidebar.title_of(k) == "Chess")
    window.sidebar.select_key(key)
    window.close()
    again = _make(qtbot, tmp_path)
    assert again.sidebar.current_key == key
    assert _names(again) == ["Bo Chen"]
