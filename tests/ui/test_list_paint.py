"""What a repaint of the contact list costs, counted rather than timed (issue 18): the
Python calls a page of rows makes, and the repaints the rest of a long list arriving
does not need."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from desktop.ui.contacts.contact_list_model import Column, ContactListModel
from desktop.ui.contacts.list_view import ContactTable
from tests.ui.windows import PaintCounter

TODAY = dt.date(2026, 3, 12)


def _demo(people: int) -> None:
    from desktop.services import demo

    demo.generate_demo(people, seed=18)


def _shown_table(qtbot: QtBot, model: ContactListModel) -> ContactTable:
    table = ContactTable(model)
    qtbot.addWidget(table)
    table.resize(900, 500)
    table.show()
    qtbot.waitExposed(table)
    return table


def test_the_rest_of_a_long_list_arriving_below_the_rows_shown_repaints_nothing(
        qtbot: QtBot, db_path: Path) -> None:
    """At start-up the first page paints, then the other 100,000 ids arrive: the rows
    shown stay as they are, so only the scroll bar changes (the list repainted every
    row it showed, 20-25 ms with the stylesheet)."""
    _demo(300)
    model = ContactListModel(today=TODAY, first_page=60)
    model.refresh()
    assert model.partial and model.rowCount() == 60
    table = _shown_table(qtbot, model)
    bar = table.verticalScrollBar()
    qtbot.wait(50)
    paints = PaintCounter()
    table.viewport().installEventFilter(paints)
    shown_max = bar.maximum()

    model.complete()  # the rest, appended below
    qtbot.waitUntil(lambda: bar.maximum() > shown_max, timeout=30_000)
    qtbot.wait(50)
    assert model.rowCount() == 300
    assert paints.count == 0

    # A change the rows shown do show repaints them (the counter counts).
    first = model.contact_id(0)
    assert first is not None
    model.refresh()
    qtbot.waitUntil(lambda: paints.count > 0, timeout=30_000)


def test_rows_inserted_where_they_show_are_painted(qtbot: QtBot, db_path: Path) -> None:
    """A short first page (fewer rows than fit) grows where the user sees it: painted."""
    _demo(40)
    model = ContactListModel(today=TODAY, first_page=5)
    model.refresh()
    table = _shown_table(qtbot, model)
    qtbot.wait(50)
    paints = PaintCounter()
    table.viewport().installEventFilter(paints)
    model.complete()
    qtbot.waitUntil(lambda: paints.count > 0, timeout=30_000)
    assert model.rowCount() == 40


def test_a_repaint_asks_each_cell_a_bounded_number_of_python_questions(
        qtbot: QtBot, db_path: Path) -> None:
    """Qt's delegate asks a cell for 7 roles, each a call into Python (~5 µs each, about
    a quarter of a repaint); the stage and tag delegates ask one more each. A repaint of
    a page must stay within that: one more question per cell (a flags() override, a
    delegate asking again) costs every repaint of every page."""
    _demo(120)
    calls: list[int] = []

    class Counting(ContactListModel):
        def data(self, index: Any, role: int = 0) -> Any:
            calls.append(role)
            return super().data(index, role)

    model = Counting(today=TODAY)
    model.refresh()
    table = _shown_table(qtbot, model)
    qtbot.wait(50)
    table.viewport().repaint()  # rows fetched, texts made
    calls.clear()
    table.viewport().repaint()
    viewport = table.viewport().rect()
    rows = sum(1 for r in range(model.rowCount())
               if table.visualRect(model.index(r, 0)).intersects(viewport))
    columns = sum(1 for c in Column if not table.isColumnHidden(c))
    assert rows >= 10 and columns >= 4
    assert len(calls) <= 8 * rows * columns, (len(calls), rows, columns)


_ADD_ROW = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows


def _picture(table: ContactTable) -> Any:
    return table.grab().toImage()


def _uncached(table: ContactTable) -> Any:
    """The table painted with every cell look and rendered cell made afresh."""
    table.cell_looks.clear()
    for column in (Column.STAGE, Column.TAGS):
        table.itemDelegateForColumn(column)._pictures.clear()  # type: ignore[attr-defined]
    return _picture(table)


def test_the_cells_look_is_made_once_per_palette_and_font_and_follows_their_changes(
        qtbot: QtBot, db_path: Path) -> None:
    """The stage pills and tag chips paint from a ``CellLook`` made once per palette and
    font (not per cell): the page is pixel for pixel what a freshly made look paints,
    selected rows (their "+N" in the selection's colour) included, and after a palette or
    a font change it is that of the new palette or font."""
    from PySide6.QtGui import QFont

    from desktop.ui.common import style

    _demo(60)
    model = ContactListModel(today=TODAY)
    model.refresh()
    table = _shown_table(qtbot, model)
    table.resize(800, 500)  # the Tags column has room for two or three chips and a "+N"
    table.selectRow(1)
    table.selectionModel().select(model.index(3, 0), _ADD_ROW)
    qtbot.wait(50)
    light = _picture(table)
    assert len(table.cell_looks._looks) == 1  # one look for every cell painted
    assert _picture(table) == light == _uncached(table)

    table.setPalette(style.dark_palette())
    dark = _picture(table)
    assert dark != light
    assert dark == _uncached(table)  # the dark palette's look, not the light one's

    font = QFont(table.font())
    font.setPointSizeF(font.pointSizeF() + 3)
    table.setFont(font)
    larger = _picture(table)
    assert larger != dark
    assert larger == _uncached(table)
