"""The contact list model: Qt's model contract, what each cell shows, lazy rows, changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.models import db
from desktop.services import contacts, search
from desktop.services.search import ListFilter, ListKind
from desktop.services.types import Changes, ContactFields, ContactId
from desktop.ui.common import tokens
from desktop.ui.common.formatting import relative_day
from desktop.ui.contacts import contact_list_model as clm
from desktop.ui.contacts.contact_list_model import Column, ContactListModel

TODAY = dt.date(2026, 3, 12)


def _names(model: ContactListModel) -> list[str]:
    return [model.index(r, Column.NAME).data() for r in range(model.rowCount())]


def _row_of(model: ContactListModel, cid: ContactId) -> int:
    row = model.row_of(cid)
    assert row is not None
    return row


def test_passes_qt_model_tester(qtmodeltester, sample_contacts: dict[str, ContactId]) -> None:
    model = ContactListModel(today=TODAY)
    model.set_filter(ListFilter())
    qtmodeltester.check(model)


def test_lists_everyone_but_me_with_readable_cells(
    sample_contacts: dict[str, ContactId],
) -> None:
    db.execute_sql(
        "UPDATE contact SET last_interaction_at = ?, next_followup_on = ? WHERE id = ?",
        ("2026-03-09 10:00:00", "2026-03-10", int(sample_contacts["ana"])),
    )
    db.execute_sql(
        "UPDATE contact SET last_interaction_at = ?, next_followup_on = ? WHERE id = ?",
        ("2025-11-02 10:00:00", "2026-04-20", int(sample_contacts["bo"])),
    )
    model = ContactListModel(today=TODAY)
    model.set_filter(ListFilter())
    assert sorted(_names(model)) == sorted(
        ["Ana Silva", "Bo Chen", "Zoë Müller", "<b>Bold</b> <img src=x>"]
    )
    ana = _row_of(model, sample_contacts["ana"])
    bo = _row_of(model, sample_contacts["bo"])
    assert model.index(ana, Column.ORGANIZATION).data() == "Lumen Labs"
    assert model.index(ana, Column.STAGE).data() == "Relationship"
    assert model.index(ana, Column.TAGS).data() == "Investors, Jazz, Running"
    assert model.index(ana, Column.LAST_INTERACTION).data() == "3 days ago"
    assert model.index(bo, Column.LAST_INTERACTION).data() == "2 Nov 2025"
    # Ana's follow-up was due two days ago: shown, and in red.
    assert model.index(ana, Column.NEXT_FOLLOWUP).data() == "2 days ago"
    colour = model.index(ana, Column.NEXT_FOLLOWUP).data(Qt.ItemDataRole.ForegroundRole)
    assert QColor(colour) == QColor(tokens.colours().error)  # readable on the palette
    assert "Overdue by 2 days" in model.index(ana, Column.NEXT_FOLLOWUP).data(
        Qt.ItemDataRole.ToolTipRole)
    assert model.index(bo, Column.NEXT_FOLLOWUP).data() == "20 Apr"  # this year: no year
    assert model.index(bo, Column.NEXT_FOLLOWUP).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(ana, 0).data(ContactListModel.ContactIdRole) == sample_contacts["ana"]


def test_markup_in_a_name_is_plain_data(sample_contacts: dict[str, ContactId]) -> None:
    model = ContactListModel(today=TODAY)
    model.set_filter(ListFilter())
    row = _row_of(model, sample_contacts["markup"])
    assert model.index(row, Column.NAME).data() == "<b>Bold</b> <img src=x>"
    assert model.index(row, Column.ORGANIZATION).data() == "<script>x</script>"


def test_nameless_contact_shows_a_placeholder(db_path: Path) -> None:
    cid, _ = contacts.create_contact(ContactFields())
    org, _ = contacts.create_contact(ContactFields(organization="Acme Ltd"))
    model = ContactListModel(today=TODAY)
    model.set_filter(ListFilter())
    assert model.index(_row_of(model, cid), Column.NAME).data() == "(no name)"
    assert model.index(_row_of(model, org), Column.NAME).data() == "Acme Ltd"
    assert model.index(_row_of(model, org), Column.ORGANIZATION).data() == ""


def test_header_sort_requeries_in_sql(sample_contacts: dict[str, ContactId]) -> None:
    model = ContactListModel(today=TODAY)
    model.set_filter(ListFilter())
    model.sort(Column.ORGANIZATION, Qt.SortOrder.AscendingOrder)
    orgs = [model.index(r, Column.ORGANIZATION).data() for r in range(model.rowCount())]
    assert orgs == ["<script>x</script>", "Café Zürich", "Harbor & Co", "Lumen Labs"]
    model.sort(Column.ORGANIZATION, Qt.SortOrder.DescendingOrder)
    orgs = [model.index(r, Column.ORGANIZATION).data() for r in range(model.rowCount())]
    assert orgs == ["Lumen Labs", "Harbor & Co", "Café Zürich", "<script>x</script>"]
    assert model.headerData(Column.ORGANIZATION, Qt.Orientation.Horizontal) == "Organisation"


def test_filters_by_text_and_tag(sample_contacts: dict[str, ContactId]) -> None:
    from desktop.services import tags

    model = ContactListModel(today=TODAY)
    model.set_filter(ListFilter(text="zoe"))
    assert _names(model) == ["Zoë Müller"]
    chess = tags.find_tag("Chess")
    assert chess is not None
    model.set_filter(ListFilter(kind=ListKind.TAG, tag_id=chess))
    assert _names(model) == ["Bo Chen"]  # the user's own profile is not listed


def test_rows_are_fetched_lazily_in_blocks(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.services import demo

    demo.generate_demo(clm.BLOCK + 40, seed=3)
    fetched: list[int] = []
    real = search.fetch_rows

    def counting(ids):  # type: ignore[no-untyped-def]
        fetched.append(len(ids))
        return real(ids)

    monkeypatch.setattr(search, "fetch_rows", counting)
    model = ContactListModel(today=TODAY)
    model.set_filter(ListFilter())
    assert model.rowCount() == clm.BLOCK + 40
    assert fetched == []  # the ids query alone
    model.index(0, Column.NAME).data()
    model.index(5, Column.TAGS).data()
    assert fetched == [clm.BLOCK]
    assert model.index(clm.BLOCK + 3, Column.NAME).data()
    assert fetched == [clm.BLOCK, 40]


def test_changes_refresh_only_what_changed(
    qtbot, sample_contacts: dict[str, ContactId]
) -> None:
    model = ContactListModel(today=TODAY)
    model.set_filter(ListFilter())
    ana = sample_contacts["ana"]
    row = _row_of(model, ana)
    assert model.index(row, Column.NAME).data() == "Ana Silva"
    detail = contacts.get_contact(ana)
    assert detail is not None
    from dataclasses import replace

    changes = contacts.update_contact(ana, replace(detail.fields, full_name="Ana Costa"))
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.apply_changes(changes)
    assert blocker.args[0].row() == row
    assert model.index(row, Column.NAME).data() == "Ana Costa"

    new, changes = contacts.create_contact(ContactFields(full_name="Dan Okafor"))
    with qtbot.waitSignal(model.modelReset):
        model.apply_changes(changes)
    assert "Dan Okafor" in _names(model)
    assert model.rowCount() == 5
    _snap, changes = contacts.delete_contacts([new])
    model.apply_changes(changes)
    assert "Dan Okafor" not in _names(model)
    model.apply_changes(Changes())  # nothing changed: nothing to do
    assert model.rowCount() == 4


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (TODAY, "Today"),
        (TODAY - dt.timedelta(days=1), "Yesterday"),
        (TODAY + dt.timedelta(days=1), "Tomorrow"),
        (TODAY - dt.timedelta(days=6), "6 days ago"),
        (TODAY + dt.timedelta(days=3), "in 3 days"),
        (TODAY - dt.timedelta(days=7), "5 Mar"),
        (dt.date(2025, 12, 31), "31 Dec 2025"),
    ],
)
def test_relative_day(day: dt.date, text: str) -> None:
    assert relative_day(day, TODAY) == text


def test_start_up_page_then_the_rest_appended_in_order(qtmodeltester, db_path: Path) -> None:
    from desktop.services import demo

    demo.generate_demo(120, seed=5)
    everyone = search.query_ids(ListFilter())
    model = ContactListModel(first_page=50)
    model.refresh()
    assert model.partial
    assert model.rowCount() == 50
    assert model.data(model.index(0, Column.NAME)) == search.fetch_rows(everyone[:1])[
        everyone[0]
    ].display_name
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.complete()
    assert not model.partial
    assert inserted == [(50, 119)]  # appended: the painted rows did not move
    assert model.contact_ids() == everyone
    qtmodeltester.check(model)


def test_a_search_at_start_up_loads_the_whole_match(db_path: Path) -> None:
    from desktop.services import demo

    demo.generate_demo(60, seed=5)
    model = ContactListModel(first_page=10)
    model.set_filter(ListFilter(text="a"))
    assert not model.partial
    assert model.rowCount() == len(search.query_ids(ListFilter(text="a")))


def test_a_long_list_pages_first_and_the_rest_comes_from_a_worker(
    qtbot, qtmodeltester, db_path: Path
) -> None:
    """Issue 18: past ``small`` contacts the UI thread reads only a first page; a worker
    thread reads the rest, which is appended (nothing painted moves)."""
    from desktop.services import demo

    demo.generate_demo(150, seed=5)
    model = ContactListModel(background=True, small=40, page=10)
    model.set_filter(ListFilter())
    assert model.partial and model.busy and model.rowCount() == 10
    first_page = list(model._ids)  # what is painted now
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    with qtbot.waitSignal(model.completed, timeout=30_000):
        pass
    everyone = search.query_ids(ListFilter())
    assert not model.busy and inserted == [(10, len(everyone) - 1)]
    assert list(model._ids[:10]) == first_page and list(model._ids) == everyone
    qtmodeltester.check(model)

    # A sort: its first page at once, then the rest.
    model.set_sort(search.SortKey.ORGANIZATION, descending=True)
    assert model.partial
    with qtbot.waitSignal(model.completed, timeout=30_000):
        pass
    assert list(model._ids) == search.query_ids(ListFilter(), search.SortKey.ORGANIZATION, True)

    # A search matching many: the previous rows stay until the worker's result replaces
    # them; one matching few is answered at once.
    model.set_sort(search.SortKey.NAME)
    qtbot.waitUntil(lambda: not model.busy, timeout=30_000)
    model.set_filter(ListFilter(text="a"))
    assert model.busy and not model.partial
    with qtbot.waitSignal(model.completed, timeout=30_000):
        pass
    assert list(model._ids) == search.query_ids(ListFilter(text="a"))
    few = search.query_ids(ListFilter(text="ana"))
    assert len(few) <= 40
    model.set_filter(ListFilter(text="ana"))
    assert not model.busy and list(model._ids) == few


@pytest.mark.parametrize("older_ends", ["first", "last"])
def test_a_superseded_search_never_lands(qtbot, db_path: Path,  # type: ignore[no-untyped-def]
                                         monkeypatch: pytest.MonkeyPatch,
                                         older_ends: str) -> None:
    """Typed quickly, "a" then "o": each search runs on a pool thread, and they can end
    in any order. Whichever ends first, the list shows what "o" finds (held, each
    search ends when the test lets it: no waiting for a late result that may not come)."""
    import threading

    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from desktop.services import demo

    demo.generate_demo(150, seed=5)
    model = ContactListModel(background=True, small=20, page=10)
    model.set_filter(ListFilter())
    qtbot.waitUntil(lambda: not model.busy, timeout=30_000)
    gates = {"a": threading.Event(), "o": threading.Event()}
    computing = {"a": threading.Event(), "o": threading.Event()}
    compute = search.compute_ids

    def held(flt: ListFilter, *args: object) -> object:
        computing[flt.text].set()
        assert gates[flt.text].wait(60)
        return compute(flt, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(search, "compute_ids", held)
    model.set_filter(ListFilter(text="a"))
    assert computing["a"].wait(60)  # past the check a job superseded before it began makes
    model.set_filter(ListFilter(text="o"))
    assert model.busy
    first, last = ("a", "o") if older_ends == "first" else ("o", "a")
    pool = QThreadPool.globalInstance()
    gates[first].set()
    # Its job has ended (its thread back in the pool, the other's still held) and what
    # it sent (queued) is delivered before the other one ends.
    qtbot.waitUntil(lambda: pool.activeThreadCount() == 1, timeout=30_000)
    QApplication.processEvents()
    gates[last].set()
    assert pool.waitForDone(60_000)
    QApplication.processEvents()
    assert not model.busy
    assert list(model._ids) == search.query_ids(ListFilter(text="o"))


def test_select_all_does_not_ask_the_model_about_every_row(qtbot, db_path: Path) -> None:
    """Issue 18: selecting 3,000 rows costs a few dozen calls into the model, not one per
    row (or per cell): the same at 300,000."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack

    from desktop.services import demo
    from desktop.ui.common.settings import Settings
    from desktop.ui.main_window import MainWindow
    from desktop.ui.operations import Operations

    demo.generate_demo(3000, seed=5)
    settings = Settings(QSettings(str(db_path.parent / "settings.ini"),
                                  QSettings.Format.IniFormat))
    window = MainWindow(Operations(QUndoStack()), settings)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    window.finish_startup()
    qtbot.waitUntil(lambda: not window.model.busy, timeout=30_000)
    calls = {"n": 0}
    for name in ("rowCount", "columnCount", "data", "index", "flags"):
        original = getattr(ContactListModel, name)

        def counting(self, *args, _original=original, **kwargs):  # type: ignore[no-untyped-def]
            calls["n"] += 1
            return _original(self, *args, **kwargs)

        setattr(window.model, name, counting.__get__(window.model))
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    assert window.contact_list.selected_count() == window.model.rowCount() >= 3000
    assert window.contact_list.selected_ids() == search.query_ids(ListFilter())
    assert window.commands.delete_action.isEnabled()
    assert calls["n"] < 1500  # one repaint's worth, whatever the number of rows


def test_a_big_list_holds_no_object_per_contact(
    monkeypatch: pytest.MonkeyPatch, sample_contacts: dict[str, ContactId]
) -> None:
    """The ids of 200,000 listed contacts are machine integers, not an int object each
    (kept twice: the cached order and the rows): 9.6 MB at 300,000 contacts that every
    full collection walked (issue 18)."""
    size = 200_000
    monkeypatch.setattr(search, "_sorted_ids", lambda *args, **kwargs: list(
        range(10_000_000, 10_000_000 + size)))
    import sys

    before = sys.getallocatedblocks()
    model = ContactListModel(today=TODAY)
    model.set_filter(ListFilter())
    assert model.rowCount() == size
    assert model.contact_id(size - 1) == 10_000_000 + size - 1
    assert model.row_of(ContactId(10_000_000 + 5)) == 5
    assert model.ids_in_runs([(3, 4), (size - 1, size - 1)]) == [
        10_000_003, 10_000_004, 10_000_000 + size - 1]
    held = sys.getallocatedblocks() - before
    assert held < size / 20  # a list of int objects: at least one block a contact
