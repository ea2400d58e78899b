"""Set Stage on a big selection, as the window runs it (issue 18): in a worker with a
progress dialog and Cancel, one history row, undone and redone in one step each."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from desktop.models import db
from desktop.services import demo, search, store
from desktop.services.search import ListFilter
from desktop.ui.operations import Operations
from tests.ui.windows import wait_for_job

PEOPLE = 3_000


def _stages() -> dict[int, str]:
    return dict(db.execute_sql("SELECT id, stage FROM contact WHERE is_me = 0").fetchall())


@pytest.fixture()
def book(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    demo.generate_demo(PEOPLE, seed=27)
    # 100 contacts a statement: 30 steps, as 300,000 are 30 steps of 10,000.
    monkeypatch.setattr(store, "MEMBERS_PER_STATEMENT", 100)
    return list(search.query_ids(ListFilter()))


def test_the_stage_of_a_big_selection_is_set_in_a_worker_and_one_undo_takes_it_back(
        qtbot, book: list[int]) -> None:  # type: ignore[no-untyped-def]
    before = _stages()
    assert len(before) >= PEOPLE - 1 and len(set(before.values())) > 1
    parent = QWidget()
    qtbot.addWidget(parent)
    ops = Operations(QUndoStack())
    ops.set_dialog_parent(parent)

    assert ops.set_stage_many(book, "trusted")
    # Not done on the UI thread: the call came back with the job running, nothing written.
    assert ops.busy and ops._progress is not None
    assert _stages() == before
    assert wait_for_job(qtbot, ops) > 0  # the window kept turning while it wrote
    assert set(_stages().values()) == {"trusted"}
    assert ops.undo_stack.count() == 1
    set_id = db.execute_sql("SELECT max(id) FROM change_set").fetchone()[0]
    assert db.execute_sql("SELECT count(*) FROM change WHERE set_id = ?",
                          (set_id,)).fetchone()[0] == 1  # one history row, not one each

    ops.undo_stack.undo()
    assert ops.busy
    assert wait_for_job(qtbot, ops) > 0  # and while it took the stages back
    assert _stages() == before  # every contact's own stage back, in one step

    ops.undo_stack.redo()
    wait_for_job(qtbot, ops)
    assert set(_stages().values()) == {"trusted"}


def test_cancelling_the_stage_of_a_big_selection_changes_nothing(
        qtbot, book: list[int]) -> None:  # type: ignore[no-untyped-def]
    before = _stages()
    ops = Operations(QUndoStack())
    assert ops.set_stage_many(book, "trusted")
    assert ops.busy
    ops.cancel_job()
    wait_for_job(qtbot, ops)
    assert _stages() == before
    assert ops.undo_stack.count() == 0


def test_undo_of_a_big_stage_change_keeps_a_stage_changed_since(
        qtbot, book: list[int]) -> None:  # type: ignore[no-untyped-def]
    """Undo reverts the user's change, never a newer one (sync's, or the user's own):
    a contact whose stage changed after the bulk change keeps it; sync sees every
    contact the bulk change touched as changed."""
    from desktop.services import contacts, history

    before = _stages()
    mark = history.last_set_id()
    ops = Operations(QUndoStack())
    assert ops.set_stage_many(book, "trusted")
    wait_for_job(qtbot, ops)
    assert set(history.changed_since(book, mark)) == {
        c for c in book if before.get(c, "trusted") != "trusted"}
    one = next(c for c in book if before.get(c) not in (None, "trusted", "acquainted"))
    with store.session("sync", "sync") as s:
        s.update(one, {"stage": "acquainted"})
    ops.undo_stack.undo()
    wait_for_job(qtbot, ops)
    after = _stages()
    assert after[one] == "acquainted"
    assert {c: s for c, s in after.items() if c != one} == {
        c: s for c, s in before.items() if c != one}
    assert contacts.get_contact(one).fields.stage == "acquainted"  # type: ignore[union-attr]
