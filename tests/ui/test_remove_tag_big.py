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
    qtbot.waitUntil(lambda: isinstance(actions.dialog, TagPickDialog), timeout=10_000)
    assert read_on == [False]  # read in a worker, not on the UI thread
    dialog = actions.dialog
    assert isinstance(dialog, TagPickDialog)
    shown = [dialog.choice.itemText(i) for i in range(dialog.choice.count())]
    assert any("Jazz" in text for text in shown) and any("Chess" in text for text in shown)
    dialog.reject()
