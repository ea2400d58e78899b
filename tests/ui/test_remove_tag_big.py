""""Remove Tag…" on a big selection (issue 18): the tags it carries are read off the UI
thread, and the dialog opens with them when they are there."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop.services import tags
from desktop.services.types import ContactId
from desktop.ui.contacts import list_menu
from desktop.ui.contacts.list_menu import TagPickDialog
from tests.ui.windows import open_main_window


def test_remove_tag_reads_a_big_selections_tags_in_a_worker(
        qtbot, tmp_path: Path, sample_contacts: dict[str, ContactId],
        monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, tmp_path)
    monkeypatch.setattr(list_menu, "BULK_SELECTION", 2)  # four contacts count as many here
    read_on: list[bool] = []
    original = tags.tags_on

    def recorded(ids: list[ContactId]) -> list[tuple[object, str, int]]:
        read_on.append(threading.current_thread() is threading.main_thread())
        return original(ids)  # type: ignore[return-value]

    monkeypatch.setattr(tags, "tags_on", recorded)
    window.table.setFocus()
    window.table.selectAll()
    actions = window.contact_list.list_menu
    assert actions.remove_tag() is None  # not yet: the tags are being read
    qtbot.waitUntil(lambda: isinstance(actions.dialog, TagPickDialog), timeout=30_000)
    assert read_on == [False]  # read in a worker, not on the UI thread
    dialog = actions.dialog
    assert isinstance(dialog, TagPickDialog)
    shown = [dialog.choice.itemText(i) for i in range(dialog.choice.count())]
    assert any("Jazz" in text for text in shown) and any("Chess" in text for text in shown)
    dialog.reject()


def test_the_later_selections_read_opens_its_dialog_whichever_read_ends_first(
        qtbot, tmp_path: Path, sample_contacts: dict[str, ContactId],
        monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Remove Tag… asked for twice before the first read came (its progress dialog shows
    only after a moment): the reads run on pool threads and can end in any order. Only
    the later selection's dialog opens; the earlier read, ending last, used to open its
    own over it (the first selection's tags, acting on the first selection)."""
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QApplication

    from desktop.ui.common import workers

    window = open_main_window(qtbot, tmp_path)
    monkeypatch.setattr(list_menu, "BULK_SELECTION", 2)
    gates = {4: threading.Event(), 3: threading.Event()}  # by the selection's size
    original = tags.tags_on

    def held(ids: list[ContactId]) -> list[tuple[object, str, int]]:
        assert gates[len(ids)].wait(60)
        return original(ids)  # type: ignore[return-value]

    monkeypatch.setattr(tags, "tags_on", held)
    actions = window.contact_list.list_menu
    window.table.setFocus()
    window.table.selectAll()
    assert actions.remove_tag() is None  # everyone: Bo's Politics among the tags
    bo = window.model.row_of(sample_contacts["bo"])
    assert bo is not None
    window.table.selectionModel().select(
        window.model.index(bo, 0), QItemSelectionModel.SelectionFlag.Deselect
        | QItemSelectionModel.SelectionFlag.Rows)
    assert len(window.contact_list.selected_ids()) == 3
    assert actions.remove_tag() is None  # everyone but Bo
    gates[3].set()  # the later read ends first
    qtbot.waitUntil(lambda: isinstance(actions.dialog, TagPickDialog), timeout=30_000)
    later = actions.dialog
    gates[4].set()
    qtbot.waitUntil(lambda: not workers._running, timeout=30_000)  # both reads reported
    assert actions.dialog is later
    open_dialogs = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, TagPickDialog) and w.isVisible()]
    assert open_dialogs == [later]
    shown = [later.choice.itemText(i) for i in range(later.choice.count())]
    assert shown and not any("Politics" in text for text in shown)
    later.reject()
