"""Delete of a big selection, as the window runs it (issue 18): in a worker with a progress
dialog and Cancel (Cancel deletes nothing); one undo, run in a worker too, puts every
contact back with everything that hung off it, and sync sees the deletions and the
restorations."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from desktop.models import db
from desktop.services import demo, importer, search
from desktop.services.search import ListFilter
from desktop.services.sync.fingerprint import fingerprints
from desktop.ui.operations import Operations
from desktop.ui.operations.contacts import BULK_SELECTION
from desktop.vcard.files import contact_files
from tests.conftest import REAL_VCARDS
from tests.ui.windows import wait_for_job

PEOPLE = 3_000
# the store's own bookkeeping: the history grows with every change, by design
_BOOKKEEPING = ("change_set", "change", "store_state")
# a card's lists: their row ids are the store's own (nothing refers to them); the order
# of the rows is a column of each
_CARD_ROWS = ("email", "phone", "address", "url")


def _book() -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table the user's data lives in (search indexes included, as
    their content), sorted: two equal dumps are the same book."""
    names = [r[0] for r in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%_fts_%' "
        "AND name NOT LIKE 'sqlite_%'")]
    out: dict[str, list[tuple[object, ...]]] = {}
    for name in names:
        if name in _BOOKKEEPING:
            continue
        cols = [r[1] for r in db.execute_sql(f'PRAGMA table_info("{name}")')]
        if name in _CARD_ROWS:
            cols.remove("id")
        rows = db.execute_sql(
            'SELECT ' + ', '.join(f'"{c}"' for c in cols) + f' FROM "{name}"').fetchall()
        out[name] = sorted(rows, key=repr)
    return out


@pytest.fixture()
def book(db_path: Path) -> list[int]:
    demo.generate_demo(PEOPLE, seed=27)
    # Real phones' cards: photos, unknown properties and parameters, every kind of field.
    assert importer.run_import(contact_files([REAL_VCARDS])).new_count > 100
    return list(search.query_ids(ListFilter()))


def _ops(qtbot) -> Operations:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    ops = Operations(QUndoStack())
    ops.set_dialog_parent(parent)
    return ops


def test_a_big_selection_is_deleted_in_a_worker_and_one_undo_puts_every_contact_back(
        qtbot, book: list[int]) -> None:  # type: ignore[no-untyped-def]
    before = _book()
    assert len(book) > BULK_SELECTION
    for table in ("contact_photo", "interaction_participant", "follow_up", "introduction",
                  "contact_tag", "email", "phone", "address"):
        assert before[table], table  # the book has what a delete must bring back
    prints = fingerprints(book)
    assert len(prints) == len(book)
    ops = _ops(qtbot)

    assert ops.delete_contacts(book)
    # Not done on the UI thread: the call came back with the job running, its dialog up.
    assert ops.busy and ops._progress is not None
    assert wait_for_job(qtbot, ops) > 0  # the window kept turning while it deleted
    assert not list(search.query_ids(ListFilter()))
    assert fingerprints(book) == {}  # sync sees every synced card as deleted here
    assert ops.undo_stack.count() == 1
    assert _book() != before

    ops.undo_stack.undo()
    assert ops.busy and ops._progress is not None  # the undo runs in a worker too
    assert wait_for_job(qtbot, ops) > 0  # and while it put them back
    assert _book() == before  # every contact and every row that hung off it, exactly
    assert fingerprints(book) == prints  # sync sees each card as it was: nothing to send

    ops.undo_stack.redo()
    assert ops.busy
    wait_for_job(qtbot, ops)
    assert fingerprints(book) == {}
    ops.undo_stack.undo()
    wait_for_job(qtbot, ops)
    assert _book() == before


def test_cancelling_the_delete_of_a_big_selection_deletes_nothing(
        qtbot, book: list[int]) -> None:  # type: ignore[no-untyped-def]
    before = _book()
    ops = _ops(qtbot)
    assert ops.delete_contacts(book)
    assert ops.busy
    ops.cancel_job()
    wait_for_job(qtbot, ops)
    assert _book() == before
    assert ops.undo_stack.count() == 0


def test_the_window_says_a_big_selection_is_deleted_when_the_job_has_deleted_it(
        qtbot, book: list[int]) -> None:  # type: ignore[no-untyped-def]
    """The status bar's "Deleted 3,000 contacts — Undo with Ctrl+Z" comes when the job
    ends, not while it runs; a cancelled delete says nothing of the kind."""
    ops = _ops(qtbot)
    said: list[str] = []
    ops.notice.connect(said.append)
    assert ops.delete_contacts(book, "Deleted them")
    assert ops.busy
    ops.cancel_job()
    wait_for_job(qtbot, ops)
    assert "Deleted them" not in said  # it says it was cancelled
    said.clear()
    assert ops.delete_contacts(book, "Deleted them")
    assert ops.busy and said == []
    wait_for_job(qtbot, ops)
    assert said == ["Deleted them"]
    assert not list(search.query_ids(ListFilter()))


def test_a_cancelled_undo_of_a_big_delete_can_be_asked_for_again(
        qtbot, book: list[int]) -> None:  # type: ignore[no-untyped-def]
    """Cancel on the undo's dialog brings nothing back and keeps the step: the next undo
    still puts every contact back (what hung off them was not dropped)."""
    before = _book()
    ops = _ops(qtbot)
    assert ops.delete_contacts(book)
    wait_for_job(qtbot, ops)
    ops.undo_stack.undo()
    assert ops.busy
    ops.cancel_job()
    wait_for_job(qtbot, ops)
    qtbot.waitUntil(lambda: ops.undo_stack.index() == 1, timeout=30_000)
    assert fingerprints(book) == {}  # still deleted
    ops.undo_stack.undo()
    wait_for_job(qtbot, ops)
    assert _book() == before
