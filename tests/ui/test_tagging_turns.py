"""Tagging a selection, as the user sees it (issue 18): the sidebar's counts, the list's
tag chips and the detail pane follow the change and its undo, and each view redraws only
what the change touched (counted, not timed)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from desktop.services import tags
from desktop.services.types import ContactId
from desktop.ui import sidebar as sb
from desktop.ui.contacts.contact_list_model import ContactListModel
from desktop.ui.contacts.tag_chips import TagChip
from desktop.ui.main_window import MainWindow
from tests.ui.windows import open_main_window, pane_filled, wait_for_job


@pytest.fixture()
def window(qtbot, tmp_path: Path, sample_contacts: dict[str, ContactId]
           ) -> Iterator[MainWindow]:
    yield open_main_window(qtbot, tmp_path)


def _sidebar_count(window: MainWindow, name: str) -> int | None:
    """The count the sidebar shows beside tag *name* (None: no such entry)."""
    found = tags.find_tag(name)
    if found is None:
        return None
    item = window.sidebar._items.get(sb.tag_key(found))
    return None if item is None else item.data(sb.CountRole)


def _row_tags(window: MainWindow) -> list[tuple[str, ...]]:
    model = window.model
    return [tuple(model.index(r, 0).data(ContactListModel.TagsRole) or ())
            for r in range(model.rowCount())]


def test_a_tagged_selection_shows_in_the_counts_the_list_and_the_pane_and_undo_restores(
        qtbot, window: MainWindow, sample_contacts: dict[str, ContactId],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui.operations import contacts as contact_ops

    monkeypatch.setattr(contact_ops, "BULK_SELECTION", 2)  # four contacts count as many here
    window.contact_list.select_contact(sample_contacts["ana"])
    pane = window.detail
    qtbot.waitUntil(lambda: pane.contact_id() == sample_contacts["ana"], timeout=30_000)
    pane_filled(qtbot)
    before_chips = pane.tag_chips.chip_texts()
    before_rows = _row_tags(window)
    window.table.setFocus()
    window.table.selectAll()
    ids = window.contact_list.selected_ids()
    assert len(ids) == 4
    ops = window.ops
    assert ops.change_tags(ids, add=["Summit"])
    wait_for_job(qtbot, ops)
    qtbot.waitUntil(lambda: "Summit" in pane.tag_chips.chip_texts(), timeout=30_000)
    assert _sidebar_count(window, "Summit") == 4
    assert all("Summit" in row for row in _row_tags(window))
    assert pane.tag_chips.chip_texts() == [*before_chips, "Summit"]
    assert window.count_label.text() == "4 contacts · 4 selected"  # still selected

    ops.undo_stack.undo()
    wait_for_job(qtbot, ops)
    qtbot.waitUntil(lambda: "Summit" not in pane.tag_chips.chip_texts(), timeout=30_000)
    assert _sidebar_count(window, "Summit") in (None, 0)
    assert _row_tags(window) == before_rows
    assert pane.tag_chips.chip_texts() == before_chips
    assert window.count_label.text() == "4 contacts · 4 selected"  # still selected


def test_a_tag_added_to_the_contact_shown_makes_one_chip_and_keeps_the_others(
        qtbot, window: MainWindow, sample_contacts: dict[str, ContactId],
        monkeypatch: pytest.MonkeyPatch) -> None:
    window.contact_list.select_contact(sample_contacts["ana"])
    pane = window.detail
    qtbot.waitUntil(lambda: pane.contact_id() == sample_contacts["ana"], timeout=30_000)
    pane_filled(qtbot)
    qtbot.waitUntil(pane.made_ahead, timeout=30_000)  # start-up's chips made ahead, not these
    shown = list(pane.tag_chips._chips)
    assert [c.tag.name for c in shown] == pane.tag_chips.chip_texts()
    made: list[str] = []
    original = TagChip.__init__

    def counting(self: TagChip, tag: object, *args: object, **kwargs: object) -> None:
        made.append(tag.name)  # type: ignore[attr-defined]
        original(self, tag, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(TagChip, "__init__", counting)
    assert window.ops.change_tags([sample_contacts["ana"]], add=["Sailing"])
    qtbot.waitUntil(lambda: "Sailing" in pane.tag_chips.chip_texts(), timeout=30_000)
    # None when a spare chip shows it (made ahead, hidden, with no tag: "").
    assert [name for name in made if name] in ([], ["Sailing"])
    assert pane.tag_chips._chips[: len(shown)] == shown  # the same widgets, not new ones
    assert all(c.isVisible() for c in pane.tag_chips._chips)

    window.ops.undo_stack.undo()
    qtbot.waitUntil(lambda: "Sailing" not in pane.tag_chips.chip_texts(), timeout=30_000)
    assert [name for name in made if name] in ([], ["Sailing"])
    assert pane.tag_chips._chips == shown


def test_tagging_updates_the_sidebars_tag_counts_in_place_without_recounting_the_lists(
        qtbot, window: MainWindow, sample_contacts: dict[str, ContactId],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui.main_window import window as window_module

    qtbot.waitUntil(lambda: _sidebar_count(window, "Chess") == 1, timeout=30_000)
    entries = dict(window.sidebar._items)
    counted: list[object] = []
    original = window_module.overview.list_counts
    monkeypatch.setattr(window_module.overview, "list_counts",
                        lambda *a: counted.append(a) or original(*a))
    assert window.ops.change_tags([sample_contacts["zoe"]], add=["Chess"])
    qtbot.waitUntil(lambda: _sidebar_count(window, "Chess") == 2, timeout=30_000)
    assert counted == []  # tagging changes no list's count ("All contacts", "Due"...)
    assert window.sidebar._items == entries  # the same entries, one count changed
    assert _sidebar_count(window, "Jazz") == 2  # Ana and Zoë (the profile is not counted)

    window.ops.undo_stack.undo()
    qtbot.waitUntil(lambda: _sidebar_count(window, "Chess") == 1, timeout=30_000)
    assert counted == []


def test_a_new_tags_colour_redraws_only_the_rows_that_show_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A tag made by tagging a selection gets its colour: the rows' chips drawn before
    stay drawn, except those showing that tag (drawn in the default colour until now)."""
    from PySide6.QtGui import QImage, QPainter

    from desktop.ui.contacts.list_view import TagsDelegate

    delegate = TagsDelegate()
    delegate.colours = {"jazz": "#aa0000", "chess": "#00aa00"}
    drawn = delegate._pictures._items
    image = QImage(QSize(200, 24), QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    for names in (("Jazz",), ("Chess",), ("Jazz", "Summit")):
        delegate._pictures.draw(painter, image.rect(), (names, False, 0, ""),
                                lambda *_a: None)
    painter.end()
    assert len(drawn) == 3
    delegate.colours = {**delegate.colours, "summit": "#0000aa"}  # a tag just made
    assert sorted(key[0] for key in drawn) == [("Chess",), ("Jazz",)]
    delegate.colours = {"jazz": "#123456", "chess": "#00aa00", "summit": "#0000aa"}
    assert [key[0] for key in drawn] == [("Chess",)]
