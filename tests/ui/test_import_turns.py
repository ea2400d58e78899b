"""Issue 18: the import preview and an import's end in the window, turn by turn of the event
loop. No turn both reads the list and counts the sidebar's lists; the list is read once, a
big import's off the UI thread; the preview page is made while the files are read and shown
a turn after it is filled."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractEventDispatcher, Qt
from PySide6.QtGui import QUndoStack

from desktop.services import overview, search
from desktop.services.types import ContactId
from desktop.ui import sidebar as sb
from desktop.ui.importing import import_dialog
from desktop.ui.importing.import_dialog import ImportPreviewDialog
from desktop.ui.importing.preview_parts import PreviewCardModel
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import Operations
from tests.conftest import REAL_VCARDS
from tests.ui.windows import open_main_window

GMAIL_LIST = REAL_VCARDS / "ez-vcard" / "gmail-list.vcf"  # three cards
NAMES = ["Arnold Smith", "Chris Beatle", "Doug White"]


class Turns:
    """Counts the turns of the event loop (each time its dispatcher wakes) and notes in
    which turn named things happen."""

    def __init__(self) -> None:
        self.now = 0
        self.seen: list[tuple[str, int]] = []
        dispatcher = QAbstractEventDispatcher.instance()
        assert dispatcher is not None
        dispatcher.awake.connect(self._awake)
        self._dispatcher = dispatcher

    def _awake(self) -> None:
        self.now += 1

    def note(self, what: str) -> None:
        self.seen.append((what, self.now))

    def of(self, what: str) -> list[int]:
        return [turn for name, turn in self.seen if name == what]

    def stop(self) -> None:
        self._dispatcher.awake.disconnect(self._awake)


@pytest.fixture()
def turns() -> Iterator[Turns]:
    counter = Turns()
    yield counter
    counter.stop()


@pytest.fixture()
def window(qtbot, tmp_path: Path, sample_contacts: dict[str, ContactId]) -> MainWindow:
    return open_main_window(qtbot, tmp_path)


def _watch_the_end(window: MainWindow, turns: Turns, monkeypatch: pytest.MonkeyPatch) -> None:
    """Note the list's readings ("read"), the sidebar's counts ("count") and the import's
    announcement ("announced")."""
    counts = overview.list_counts

    def counting(*args: object, **kwargs: object) -> overview.ListCounts:
        turns.note("count")
        return counts(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(overview, "list_counts", counting)
    window.model.modelReset.connect(lambda: turns.note("read"))
    window.ops.changes_applied.connect(lambda _changes: turns.note("announced"))


def _import(qtbot, window: MainWindow) -> None:
    window.files.import_vcards([GMAIL_LIST])
    dialog = window.files.import_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.import_button.isVisible(),
                    timeout=30_000)
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


def _listed(window: MainWindow) -> list[str]:
    model = window.model
    return sorted(model.index(r, 0).data() for r in range(model.rowCount()))


def _sidebar_counts(window: MainWindow) -> dict[str, object]:
    return {key: window.sidebar._items[key].data(sb.CountRole)
            for key in (sb.ALL, sb.LAST_IMPORT)}


def _counted(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: _sidebar_counts(window) == {sb.ALL: 7, sb.LAST_IMPORT: 3},
                    timeout=30_000)


def test_an_import_with_a_search_active_reads_the_list_once(
        qtbot, window: MainWindow, turns: Turns, monkeypatch: pytest.MonkeyPatch) -> None:
    """Clearing the search at the end read the old list once more before Last import."""
    window.contact_list.set_search_text("ana")
    assert window.model.rowCount() == 1
    _watch_the_end(window, turns, monkeypatch)
    _import(qtbot, window)
    assert len(turns.of("read")) == 1
    assert window.search_field.text() == ""
    assert window.sidebar.current_key == sb.LAST_IMPORT
    assert _listed(window) == NAMES
    _counted(qtbot, window)


def test_an_import_into_last_import_shown_reads_it_once_apart_from_the_counts(
        qtbot, window: MainWindow, turns: Turns, monkeypatch: pytest.MonkeyPatch) -> None:
    """With Last import already shown, the announcement read the list and counted the
    sidebar's lists in one turn."""
    window.sidebar.select_key(sb.LAST_IMPORT)
    assert window.model.rowCount() == 0
    _watch_the_end(window, turns, monkeypatch)
    _import(qtbot, window)
    _counted(qtbot, window)
    reads = turns.of("read")
    assert len(reads) == 1
    assert not set(reads) & set(turns.of("count"))
    assert _listed(window) == NAMES


def test_the_sidebar_counts_an_import_in_a_turn_after_its_announcement(
        qtbot, window: MainWindow, turns: Turns, monkeypatch: pytest.MonkeyPatch) -> None:
    """The announcement's turn repaints the list; the counts (5-10 ms at 300,000 contacts)
    come in a later one, and then they are right, and Undo Last Import is offered."""
    _watch_the_end(window, turns, monkeypatch)
    _import(qtbot, window)
    _counted(qtbot, window)
    announced = turns.of("announced")
    counted = turns.of("count")
    assert len(announced) == 1 and counted
    assert min(counted) > announced[0]
    assert not set(turns.of("read")) & set(counted)
    assert window.commands.undo_import_action.isEnabled()
    assert window.count_label.text() == "3 of 7 contacts"


def test_a_big_imports_list_is_read_off_the_ui_thread(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """An import of more contacts than the list reads on the UI thread (5,000; here 2):
    the window reads its first page (here 1) and a worker the rest."""
    monkeypatch.setattr(window.model, "_small", 2)
    monkeypatch.setattr(window.model, "_page", 1)
    ui_thread = threading.get_ident()
    read_here: list[int] = []
    read_elsewhere: list[int] = []
    sorted_ids, compute_ids = search._sorted_ids, search.compute_ids

    def sorted_noted(*args: object, **kwargs: object) -> list[int]:
        found = sorted_ids(*args, **kwargs)  # type: ignore[arg-type]
        (read_here if threading.get_ident() == ui_thread else read_elsewhere).append(
            len(found))
        return found

    def compute_noted(*args: object, **kwargs: object) -> tuple[list[int], list[int]]:
        base, ids = compute_ids(*args, **kwargs)  # type: ignore[arg-type]
        (read_here if threading.get_ident() == ui_thread else read_elsewhere).append(
            len(ids))
        return base, ids

    monkeypatch.setattr(search, "_sorted_ids", sorted_noted)
    monkeypatch.setattr(search, "compute_ids", compute_noted)
    _import(qtbot, window)
    qtbot.waitUntil(lambda: not window.model.busy, timeout=30_000)
    assert _listed(window) == NAMES
    assert read_here and max(read_here) <= 1
    assert 3 in read_elsewhere


def _reading_held(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The preview's reading waits for the returned event (the files are being read)."""
    go = threading.Event()
    preview_import = import_dialog.preview_import

    def held(*args: object, **kwargs: object) -> object:
        go.wait(60)
        return preview_import(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(import_dialog, "preview_import", held)
    return go


def test_the_preview_page_is_made_while_the_files_are_read(
        qtbot, sample_contacts: dict[str, ContactId], monkeypatch: pytest.MonkeyPatch
) -> None:
    go = _reading_held(monkeypatch)
    dialog = ImportPreviewDialog(Operations(QUndoStack()), [GMAIL_LIST])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    try:
        qtbot.waitUntil(lambda: isinstance(getattr(dialog, "table", None),
                                           import_dialog.QTableView), timeout=30_000)
        assert dialog.preview is None and dialog.model is None  # still reading
        assert dialog.stack.currentWidget() is not dialog.preview_page
    finally:
        go.set()
    with qtbot.waitSignal(dialog.preview_ready, timeout=30_000):
        pass
    assert dialog.model is not None and dialog.model.rowCount() == 3


def test_the_preview_shows_a_turn_after_it_is_filled(
        qtbot, sample_contacts: dict[str, ContactId], turns: Turns,
        monkeypatch: pytest.MonkeyPatch) -> None:
    class NotedModel(PreviewCardModel):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            turns.note("filled")

    monkeypatch.setattr(import_dialog, "PreviewCardModel", NotedModel)
    dialog = ImportPreviewDialog(Operations(QUndoStack()), [GMAIL_LIST])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.stack.currentChanged.connect(lambda _i: turns.note("shown"))
    with qtbot.waitSignal(dialog.preview_ready, timeout=30_000):
        dialog.start()
    filled, shown = turns.of("filled"), turns.of("shown")
    assert len(filled) == 1 and len(shown) == 1
    assert shown[0] > filled[0]
    assert dialog.stack.currentWidget() is dialog.preview_page
    assert dialog.import_button.text() == "Import 3 Cards"
