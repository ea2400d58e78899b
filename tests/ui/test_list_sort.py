"""A header click on the contact list (issue 18: a 300,000-contact book sorts at once): the
rows shown are the new order's, painted once in a turn after the click's, the rest of a
long list arrives without repainting or re-reading them, the selection stays with its
contacts, and the stage and tag cells keep the look Qt gives a cell."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QStyledItemDelegate
from pytestqt.qtbot import QtBot

from desktop.services import search
from desktop.services.search import ListFilter, SortKey
from desktop.services.types import ContactId
from desktop.ui.common import style
from desktop.ui.contacts.contact_list_model import Column, ContactListModel
from desktop.ui.contacts.list_view import ContactTable
from tests.ui.windows import PaintCounter, open_main_window, pane_filled

TODAY = dt.date(2026, 3, 12)


class _Counting(ContactListModel):
    """Counts the questions a paint asks (``data`` calls)."""

    asked = 0

    def data(self, index: Any, role: int = 0) -> Any:
        type(self).asked += 1
        return super().data(index, role)


def _shown_table(qtbot: QtBot, model: ContactListModel) -> ContactTable:
    table = ContactTable(model)
    qtbot.addWidget(table)
    table.resize(900, 500)
    table.show()
    qtbot.waitExposed(table)
    return table


def _texts(model: ContactListModel, rows: int) -> list[list[str]]:
    return [[model.index(r, c).data() for c in Column] for r in range(rows)]


def test_a_sort_of_a_long_list_paints_its_first_page_once_and_the_rest_arrives_unseen(
        qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The click shows the first page of the new order, painted once (Qt's own layout
    after a reset asked for a second paint of every row shown); the rest of the list,
    computed in the background, only lengthens the scroll bar: no paint, no question to
    the model."""
    from desktop.services import demo

    demo.generate_demo(300, seed=18)
    model = _Counting(today=TODAY, background=True, small=50, page=40)
    model.refresh()
    qtbot.waitUntil(lambda: not model.busy, timeout=30_000)
    table = _shown_table(qtbot, model)
    qtbot.wait(50)
    paints = PaintCounter()
    table.viewport().installEventFilter(paints)
    shown = table.rowAt(table.viewport().height() - 1) + 1
    assert 10 < shown < 40
    # The rest of the list arrives when the test says (after the first page's paint).
    rest_may_come = threading.Event()
    compute_ids = search.compute_ids

    def held(*args: Any) -> Any:
        rest_may_come.wait(60)
        return compute_ids(*args)

    monkeypatch.setattr(search, "compute_ids", held)

    table.horizontalHeader().setSortIndicator(Column.ORGANIZATION, Qt.SortOrder.DescendingOrder)
    assert model.partial and model.rowCount() == 40  # the first page, at once
    QApplication.sendPostedEvents()  # what the click's own turn goes on to do
    assert paints.count == 0  # the rows paint in a later turn: the click's stays short
    qtbot.waitUntil(lambda: paints.count >= 1, timeout=30_000)
    qtbot.wait(50)
    assert paints.count == 1  # painted once
    asked = _Counting.asked
    rest_may_come.set()
    qtbot.waitUntil(lambda: not model.busy, timeout=30_000)
    qtbot.wait(100)
    assert paints.count == 1  # and not again when the rest arrived
    assert _Counting.asked == asked  # nor were its rows read again
    assert model.rowCount() == 300
    # The rows shown are the new order's first rows, as a list sorted at once shows them.
    fresh = ContactListModel(today=TODAY)
    fresh.set_sort(SortKey.ORGANIZATION, descending=True)
    assert _texts(model, shown) == _texts(fresh, shown)
    assert model.contact_ids() == search.query_ids(
        ListFilter(), SortKey.ORGANIZATION, True, TODAY)


def test_a_sort_keeps_the_selection_on_its_contacts(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                    sample_contacts: dict[str, ContactId]
                                                    ) -> None:
    """Selected people stay selected whatever the order, the current one still shown in
    the detail pane and scrolled into view."""
    window = open_main_window(qtbot, tmp_path)
    lst = window.contact_list
    s = sample_contacts
    lst.select_contact(s["zoe"])
    table = window.table
    bo = window.model.row_of(s["bo"])
    assert bo is not None
    table.selectionModel().select(window.model.index(bo, 0),
                                  QItemSelectionModel.SelectionFlag.Select
                                  | QItemSelectionModel.SelectionFlag.Rows)
    assert sorted(lst.selected_ids()) == sorted([s["zoe"], s["bo"]])
    header = table.horizontalHeader()
    for column, order in ((Column.ORGANIZATION, Qt.SortOrder.DescendingOrder),
                          (Column.STAGE, Qt.SortOrder.AscendingOrder),
                          (Column.NAME, Qt.SortOrder.DescendingOrder)):
        header.setSortIndicator(column, order)
        qtbot.waitUntil(lambda: not window.model.busy, timeout=30_000)
        assert sorted(lst.selected_ids()) == sorted([s["zoe"], s["bo"]])
        assert lst.current_id() == s["zoe"]
        assert lst.shown_id == s["zoe"]
        row = window.model.row_of(s["zoe"])
        assert row is not None
        assert table.visualRect(window.model.index(row, 0)).intersects(
            table.viewport().rect())


def test_a_selection_far_down_the_new_order_is_scrolled_to_and_painted_in_a_later_turn(
        qtbot: QtBot, tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A list of more than 5,000 contacts sorted with someone selected who is not on the new
    order's first page: when the rest of the list arrives the selection comes back, the
    list scrolled to it, and that page is painted once, in a turn after the arrival's (the
    scroll, the rows' reading and their paint made one stall of the arrival)."""
    from desktop.services import demo
    from desktop.ui.contacts import contact_list_model

    demo.generate_demo(contact_list_model.SMALL + 300, seed=18)
    window = open_main_window(qtbot, tmp_path)
    model, table, lst = window.model, window.table, window.contact_list
    qtbot.waitUntil(lambda: not model.busy, timeout=30_000)
    new_order = search.query_ids(ListFilter(), SortKey.ORGANIZATION, True, dt.date.today())
    assert len(new_order) > contact_list_model.SMALL
    far = new_order[3 * contact_list_model.PAGE]
    lst.select_contact(far)
    pane_filled(qtbot)
    qtbot.wait(50)
    # The rest of the list arrives when the test says (after the first page's paint).
    rest_may_come = threading.Event()
    compute_ids = search.compute_ids

    def held(*args: Any) -> Any:
        rest_may_come.wait(60)
        return compute_ids(*args)

    monkeypatch.setattr(search, "compute_ids", held)
    paints = PaintCounter()
    table.viewport().installEventFilter(paints)

    def selected_and_shown() -> bool:
        row = model.row_of(far, load=False)
        return (row is not None and lst.current_id() == far and lst.selected_ids() == [far]
                and table.visualRect(model.index(row, 0)).intersects(table.viewport().rect()))

    arrival: dict[str, object] = {}

    def arrived() -> None:  # after the window's own slots, in the arrival's turn
        arrival["restored"] = selected_and_shown()
        QApplication.sendPostedEvents()  # what the arrival's own turn goes on to do
        arrival["paints"] = paints.count

    model.completed.connect(arrived)
    table.horizontalHeader().setSortIndicator(Column.ORGANIZATION,
                                              Qt.SortOrder.DescendingOrder)
    assert model.partial and model.row_of(far, load=False) is None
    qtbot.waitUntil(lambda: paints.count >= 1, timeout=30_000)
    qtbot.wait(50)
    before = paints.count  # the first page's paint
    rest_may_come.set()
    qtbot.waitUntil(lambda: "paints" in arrival, timeout=30_000)
    assert arrival["restored"]  # selected, current and scrolled to in the arrival's turn
    assert arrival["paints"] == before  # but not painted in it
    qtbot.waitUntil(lambda: paints.count > before, timeout=30_000)
    qtbot.wait(100)
    assert paints.count == before + 1  # the page it jumped to, painted once
    assert selected_and_shown()
    assert lst.shown_id == far
    assert model.contact_ids() == new_order


@pytest.fixture(params=["light", "dark"])
def styled(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[None]:
    """The application's look (its stylesheet draws the cells), light and dark."""
    before = qapp.palette()
    style.apply(qapp, Qt.ColorScheme.Dark if request.param == "dark"
                else Qt.ColorScheme.Light)
    yield
    qapp.setPalette(before)
    qapp.setStyleSheet("")


def test_the_stage_and_tag_cells_have_the_background_qt_gives_a_cell(
        qtbot: QtBot, db_path: Path, styled: None) -> None:
    """The stage pill and the tag chips are drawn on the cell's own background (plain,
    selected, current): the same pixels as Qt's delegate paints for a cell with no text."""
    from desktop.services import demo

    demo.generate_demo(40, seed=18)

    class Blank(ContactListModel):
        """The same rows with nothing in the stage and tag cells."""

        def data(self, index: Any, role: int = 0) -> Any:
            if index.column() in (Column.STAGE, Column.TAGS) and role in (
                    int(Qt.ItemDataRole.DisplayRole), self.StageRole, self.TagsRole):
                return None
            return super().data(index, role)

    pictures = []
    for plain in (False, True):
        model = Blank(today=TODAY)
        model.refresh()
        table = _shown_table(qtbot, model)
        if plain:
            for column in (Column.STAGE, Column.TAGS):
                table.setItemDelegateForColumn(column, QStyledItemDelegate(table))
        selection = table.selectionModel()
        table.selectRow(2)
        selection.select(model.index(4, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
        selection.setCurrentIndex(model.index(4, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        qtbot.wait(20)
        assert not table.isColumnHidden(Column.STAGE) and not table.isColumnHidden(Column.TAGS)
        left = table.columnViewportPosition(Column.STAGE)
        right = table.columnViewportPosition(Column.TAGS) + table.columnWidth(Column.TAGS)
        image = table.viewport().grab().toImage()
        pictures.append(image.copy(left, 0, right - left, image.height()))
        table.close()
    assert pictures[0] == pictures[1]
