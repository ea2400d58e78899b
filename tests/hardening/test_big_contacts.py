"""One contact must not freeze the window (issue 13): 50,000 e-mails took 339 s to select,
50,000 tags 330 s, a 10 MB note 5.4 s. The detail pane reads and draws the first of each and
says how many more there are; selecting such a contact costs a few times what selecting an
ordinary one does (ratios in one run). An edit of the tags shown keeps the ones not shown.

The contacts are written with SQL: no import can make them any more (the reader's limits),
but a database from before them, or another program, can hold them."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel

from desktop.models import db
from desktop.services import contacts, search
from desktop.services.types import ContactFields, ContactId
from desktop.ui.common.settings import Settings
from desktop.ui.contacts.detail_pane import SHOWN_NOTE, SHOWN_TAGS, SHOWN_VALUES
from desktop.ui.contacts.detail_parts import ElidedLinkLabel
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import Operations

MANY = 50_000
BOUND = 60


@pytest.fixture()
def big(db_path: Path) -> dict[str, ContactId]:
    normal, _ = contacts.create_contact(ContactFields(full_name="Ana Silva", note="Two kids."))
    other, _ = contacts.create_contact(ContactFields(full_name="Bo Chen", note="Chess."))
    mails, _ = contacts.create_contact(ContactFields(full_name="Many Mails"))
    tagged, _ = contacts.create_contact(ContactFields(full_name="Many Tags"))
    noted, _ = contacts.create_contact(ContactFields(full_name="Long Note",
                                                     note="word " * 2_000_000))
    count = f"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {MANY - 1})"
    with db.atomic():
        db.execute_sql(f"{count} INSERT INTO email (contact_id, address, kind, position, pref) "
                       "SELECT ?, 'p' || i || '@example.org', '', i, 0 FROM n", (int(mails),))
        db.execute_sql(f"{count} INSERT INTO tag (name, colour, category) "
                       "SELECT 'topic ' || i, '', 'interest' FROM n")
        db.execute_sql("INSERT INTO contact_tag (contact_id, tag_id) SELECT ?, id FROM tag",
                       (int(tagged),))
    search.reindex([mails, tagged, noted])
    return {"normal": normal, "other": other, "mails": mails, "tags": tagged, "note": noted}


def _texts(widget: object) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]  # type: ignore[attr-defined]


def test_a_contact_with_very_much_is_shown_at_once(
    qtbot, tmp_path: Path, big: dict[str, ContactId]
) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Operations(QUndoStack()), settings)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitUntil(lambda: window.startup_finished, timeout=30_000)

    def select(cid: ContactId) -> float:
        """CPU seconds of this process to show *cid* (not wall-clock: other jobs on a
        shared machine must not pass for a slow pane)."""
        t0 = time.process_time()
        window.contact_list.select_contact(cid)
        qtbot.waitUntil(lambda: window.detail.contact_id() == cid, timeout=60_000)
        window.repaint()
        return time.process_time() - t0

    def best(cid: ContactId) -> float:
        """The best of three selections, each from an ordinary contact: measured the way
        ``ordinary`` is (one sample against the best of four failed on a loaded machine)."""
        times = []
        for _ in range(3):
            select(big["normal"])
            qtbot.wait(1)  # the widgets the pane let go of are deleted
            times.append(select(cid))
        qtbot.wait(1)
        return min(times)

    select(big["normal"])  # the pane is built on first use: not part of the comparison
    # At most BOUND times an ordinary contact. Issue 13 measured 339 s for 50,000 e-mails
    # (thousands of times); 100 tag chips cost 140-180 ms here, an ordinary contact 5-12 ms
    # since the pane keeps what a refill did not change (12-17 ms before, when 25 was set).
    ordinary = min(select(big["other" if i % 2 else "normal"]) for i in range(4))
    pane = window.detail

    took = best(big["mails"])
    emails = [w.full_text() for w in pane.contact_grid.findChildren(ElidedLinkLabel)]
    assert len(emails) == SHOWN_VALUES
    assert f"and {MANY - SHOWN_VALUES:,} more e-mail addresses" in _texts(pane.contact_grid)
    assert took < BOUND * ordinary, (took, ordinary)

    took = best(big["tags"])
    assert len(pane.tag_chips.tag_names()) == SHOWN_TAGS
    assert pane.more_tags_label.text() == f"and {MANY - SHOWN_TAGS:,} more tags"
    assert took < BOUND * ordinary, (took, ordinary)

    took = best(big["note"])
    shown = pane.note_view.toPlainText()
    assert shown.startswith("word word") and len(shown) < SHOWN_NOTE + 100
    assert shown.endswith(f"… and {9_999_999 - SHOWN_NOTE:,} more characters "
                          "(Edit shows the whole note)")
    assert took < BOUND * ordinary, (took, ordinary)


def test_removing_a_shown_tag_keeps_the_tags_not_shown(
    qtbot, tmp_path: Path, big: dict[str, ContactId]
) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Operations(QUndoStack()), settings)
    qtbot.addWidget(window)
    window.show()
    window.contact_list.select_contact(big["tags"])
    qtbot.waitUntil(lambda: window.detail.contact_id() == big["tags"], timeout=60_000)
    first = window.detail.tag_chips.tag_names()[0]
    window.detail.tag_chips._remove(first)  # the chip's × button
    names = {t.name for t in contacts.contact_tags(big["tags"])}
    assert len(names) == MANY - 1 and first not in names
