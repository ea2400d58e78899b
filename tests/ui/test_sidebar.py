"""The sidebar: built-in lists and tags by category, with counts; keys map to filters."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.services import contacts, overview, tags
from desktop.services.search import ListFilter, ListKind
from desktop.services.types import ContactFields, ContactId, TagId, TagInfo
from desktop.ui import sidebar as sb
from desktop.ui.sidebar import Sidebar


def _rows(bar: Sidebar) -> list[tuple[str, object]]:
    """Every visible row as (text, count), section titles included, top to bottom."""
    out: list[tuple[str, object]] = []
    model = bar.model
    for r in range(model.rowCount()):
        top = model.index(r, 0)
        out.append((top.data(), top.data(sb.CountRole)))
        for c in range(model.rowCount(top)):
            child = model.index(c, 0, top)
            out.append((child.data(), child.data(sb.CountRole)))
    return out


def test_shows_lists_then_tags_by_category_with_counts(
    qtbot, sample_contacts: dict[str, ContactId]
) -> None:
    bar = Sidebar()
    qtbot.addWidget(bar)
    bar.set_counts(overview.list_counts())
    bar.set_tags(tags.list_tags())
    rows = _rows(bar)
    assert rows[:6] == [
        ("My profile", None),
        ("All contacts", 4),
        ("Due for follow-up", None),
        ("This week's focus", None),
        ("Last import", None),
        ("Only ever asked", None),
    ]
    # Every tag is an interest here (the default category); the user's own profile is
    # not counted: Running is Ana's and Sam's (me), so 1.
    assert rows[6] == ("Interests", None)
    assert ("Running", 1) in rows
    assert ("Jazz", 2) in rows
    assert ("Chess", 1) in rows


def test_categories_in_order_and_markup_is_data(qtbot) -> None:
    bar = Sidebar()
    qtbot.addWidget(bar)
    bar.set_tags([
        TagInfo(TagId(1), "Politics", "#ef4444", "avoid", 2),
        TagInfo(TagId(2), "<b>Jazz</b>", "", "interest", 3),
        TagInfo(TagId(3), "Clients", "#3b82f6", "group", 5),
    ])
    titles = [text for text, _ in _rows(bar)[len(sb.BUILT_INS):]]
    assert titles == ["Groups", "Clients", "Interests", "<b>Jazz</b>", "Topics to avoid",
                      "Politics"]


def test_selecting_an_entry_says_which_list(qtbot, db_path: Path) -> None:
    bar = Sidebar()
    qtbot.addWidget(bar)
    bar.set_tags([TagInfo(TagId(7), "Chess", "", "interest", 1)])
    with qtbot.waitSignal(bar.entry_selected) as blocker:
        assert bar.select_key("tag:7")
    assert blocker.args == ["tag:7"]
    assert bar.current_key == "tag:7"
    assert sb.entry_filter("tag:7", "ana") == ListFilter(ListKind.TAG, TagId(7), "ana")
    assert sb.entry_filter("due") == ListFilter(ListKind.DUE)
    assert sb.entry_filter("me") is None
    assert not bar.select_key("tag:999")

    # Clicking a row selects it, like a user would.
    index = bar.model.index(2, 0)  # "Due for follow-up"
    bar.show()
    qtbot.waitExposed(bar)
    rect = bar.view.visualRect(index)
    with qtbot.waitSignal(bar.entry_selected) as blocker:
        qtbot.mouseClick(bar.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["due"]


def test_a_deleted_tag_falls_back_to_all_contacts(qtbot) -> None:
    bar = Sidebar()
    qtbot.addWidget(bar)
    bar.set_tags([TagInfo(TagId(7), "Chess", "", "interest", 1)])
    bar.select_key("tag:7")
    with qtbot.waitSignal(bar.entry_selected) as blocker:
        bar.set_tags([])
    assert blocker.args == ["all"]
    assert "Chess" not in [text for text, _ in _rows(bar)]


def test_counts_due_and_focus(db_path: Path) -> None:
    from desktop.models import db

    a, _ = contacts.create_contact(ContactFields(full_name="A"))
    contacts.create_contact(ContactFields(full_name="B"))
    today = dt.date(2026, 3, 12)
    db.execute_sql("UPDATE contact SET next_followup_on = '2026-03-01' WHERE id = ?", (a,))
    counts = overview.list_counts(today)
    assert (counts.all, counts.due, counts.focus, counts.last_import) == (2, 1, 0, 0)
    assert not counts.has_import


# Shown with tags in two sections, then with none (the last tag deleted, a book without
# tags restored), then painted. In a child process: what failed was the process itself
# (the view kept indexes into the removed items and its next paint read them).
PAINT_AFTER_THE_LAST_TAG = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.services.types import TagId, TagInfo
from desktop.ui.sidebar import BUILT_INS, Sidebar
bar = Sidebar()
bar.resize(250, 600)
bar.show()
bar.set_tags([TagInfo(TagId(i), f"Tag{i}", "", ("interest", "group")[i % 2], i)
              for i in range(1, 7)])
app.processEvents()
bar.view.viewport().repaint()
bar.set_tags([])
bar.view.viewport().repaint()
app.processEvents()
print(bar.model.rowCount() == len(BUILT_INS), bar.view.indexAt(bar.view.rect().center()).isValid())
"""


def test_the_sidebar_paints_after_its_last_tag_went() -> None:
    from tests.hardening.helpers import python

    done = python(PAINT_AFTER_THE_LAST_TAG)
    assert done.returncode == 0, done.stderr[-800:]
    assert done.stdout.split()[-2] == "True"
