"""The window's own progress dialog (tagging a big selection) leaves the contact list looking
active (issue 18: the list repainted its whole page of selected rows as inactive when the
dialog opened, and again as active when it closed); an activation that goes anywhere else
still makes the list look inactive."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QColor, QPaintEvent
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from desktop.services import tags
from desktop.services.types import ContactId
from desktop.ui.common import style
from desktop.ui.common.workers import Worker, close_progress, progress_dialog
from desktop.ui.main_window import MainWindow
from desktop.ui.main_window import activation as activation_module
from tests.ui.windows import open_main_window, pane_filled, wait_for_job


@pytest.fixture()
def window(qtbot, tmp_path: Path, sample_contacts: dict[str, ContactId]
           ) -> Iterator[MainWindow]:
    window = open_main_window(qtbot, tmp_path)
    # The app's look: its stylesheet draws an inactive selection in a colour of its own.
    window.setStyleSheet(style.stylesheet(window.palette()))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=30_000)
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus, timeout=30_000)
    window.table.selectAll()
    pane_filled(qtbot)
    qtbot.wait(50)  # the selection's repaint is done
    yield window


def _selection_colour(window: MainWindow) -> QColor:
    """The background the list draws its first (selected) row in, as it would paint now."""
    table = window.table
    image = table.viewport().grab().toImage()
    rect = table.visualRect(window.model.index(0, 0))
    return QColor(image.pixel(QPoint(rect.right() - 2, rect.center().y())))


def _colours(window: MainWindow) -> tuple[QColor, QColor]:
    """(active, inactive) selection backgrounds of the app's stylesheet."""
    colours = style.list_item_colours(window.palette())
    return colours["selected"][0], colours["inactive"][0]


class PagePaints(QObject):
    """Counts the list's repaints of more than one row (the mouse's row may repaint: its
    hover look goes when a dialog blocks the window)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.count = 0
        self._row = window.table.rowHeight(0)
        window.table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QPaintEvent) and event.rect().height() > self._row:
            self.count += 1
        return False


def _counting_paints(window: MainWindow) -> PagePaints:
    return PagePaints(window)


def _other_window(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    """Another application's window, as far as this window can tell."""
    other = QWidget()
    qtbot.addWidget(other)
    other.resize(200, 100)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other, timeout=30_000)
    return other


def test_tagging_a_big_selection_keeps_the_list_looking_active_behind_its_progress(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui.operations import contacts as contact_ops

    monkeypatch.setattr(contact_ops, "BULK_SELECTION", 2)  # four contacts count as many here
    active, inactive = _colours(window)
    assert active != inactive
    assert _selection_colour(window) == active
    release = threading.Event()
    original = tags.change_tags

    def slow(*args: object, **kwargs: object) -> object:
        release.wait(60)  # a big selection: the progress dialog shows meanwhile
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(tags, "change_tags", slow)
    paints = _counting_paints(window)
    ops = window.ops
    assert ops.change_tags(window.contact_list.selected_ids(), add=["Summit"])
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), QProgressDialog),
                    timeout=30_000)
    qtbot.wait(100)
    assert not window.isActiveWindow()  # the dialog took the activation...
    assert paints.count == 0  # ...and the list did not repaint its selection for it
    assert window.list_activation.holding
    assert _selection_colour(window) == active  # any paint meanwhile looks active
    release.set()
    wait_for_job(qtbot, ops)
    window.activateWindow()  # the window manager gives the window its activation back
    qtbot.waitUntil(window.isActiveWindow, timeout=30_000)
    assert not window.list_activation.holding
    assert window.table.hasFocus()
    assert _selection_colour(window) == active
    assert all("Summit" in (window.model.index(r, 0).data(window.model.TagsRole) or ())
               for r in range(window.model.rowCount()))


def test_the_windows_activation_back_from_its_progress_dialog_repaints_nothing(
        qtbot, window: MainWindow) -> None:
    paints = _counting_paints(window)
    worker = Worker(lambda _progress: None)
    dialog = progress_dialog(window, worker, "Tags", "Tagging…", minimum_duration_ms=0)
    dialog.setValue(1)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=30_000)
    close_progress(dialog)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=30_000)
    qtbot.wait(activation_module.SETTLE_MS + 50)
    assert paints.count == 0
    assert window.table.hasFocus()
    assert not window.list_activation.holding


def test_another_window_taking_the_activation_makes_the_list_look_inactive(
        qtbot, window: MainWindow) -> None:
    inactive = _colours(window)[1]
    paints = _counting_paints(window)
    _other_window(qtbot)
    qtbot.waitUntil(lambda: paints.count > 0, timeout=30_000)
    assert not window.list_activation.holding
    assert _selection_colour(window) == inactive


def test_the_activation_going_elsewhere_from_the_progress_dialog_makes_the_list_inactive(
        qtbot, window: MainWindow) -> None:
    active, inactive = _colours(window)
    worker = Worker(lambda _progress: None)
    dialog = progress_dialog(window, worker, "Tags", "Tagging…", minimum_duration_ms=0)
    dialog.setValue(1)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=30_000)
    assert window.list_activation.holding
    paints = _counting_paints(window)
    _other_window(qtbot)  # the user went to another application meanwhile
    qtbot.waitUntil(lambda: paints.count > 0, timeout=30_000)
    assert not window.list_activation.holding
    assert _selection_colour(window) == inactive
    close_progress(dialog)
    window.activateWindow()  # and came back: the list looks active again
    qtbot.waitUntil(window.isActiveWindow, timeout=30_000)
    assert _selection_colour(window) == active


def test_the_mouse_over_the_list_when_the_dialog_opens_repaints_only_its_row(
        qtbot, window: MainWindow) -> None:
    """A dialog that blocks the window takes the mouse from the list: the hovered row
    loses its hover look, and only that row repaints (the stylesheet's hover rules made Qt
    repaint the whole page of selected rows for it)."""
    table = window.table
    colours = style.list_item_colours(window.palette())
    qtbot.mouseMove(table.viewport(), table.visualRect(window.model.index(0, 0)).center())
    qtbot.waitUntil(lambda: _selection_colour(window) == colours["selected_hover"][0],
                    timeout=30_000)
    heights: list[int] = []

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if isinstance(event, QPaintEvent):
                heights.append(event.rect().height())
            return False

    painted = Painted()
    table.viewport().installEventFilter(painted)
    worker = Worker(lambda _progress: None)
    dialog = progress_dialog(window, worker, "Tags", "Tagging…", minimum_duration_ms=0)
    dialog.setValue(1)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=30_000)
    qtbot.wait(100)
    table.viewport().removeEventFilter(painted)
    assert heights and all(h <= table.rowHeight(0) for h in heights)
    assert _selection_colour(window) == colours["selected"][0]  # no hover look left
    close_progress(dialog)


def test_the_progress_dialog_closing_with_no_window_active_after_it_makes_the_list_inactive(
        qtbot, window: MainWindow) -> None:
    inactive = _colours(window)[1]
    worker = Worker(lambda _progress: None)
    dialog = progress_dialog(window, worker, "Tags", "Tagging…", minimum_duration_ms=0)
    dialog.setValue(1)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=30_000)
    qtbot.wait(activation_module.SETTLE_MS + 50)  # the activation settled on the dialog
    assert window.list_activation.holding
    close_progress(dialog)  # and the platform gives no window the activation (offscreen)
    qtbot.waitUntil(lambda: not window.list_activation.holding, timeout=30_000)
    assert QApplication.activeWindow() is None
    assert _selection_colour(window) == inactive
