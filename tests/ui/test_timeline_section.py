"""The detail pane's timeline section: newest first, paged, the log dialog with promises
(undoable), favours and their balance."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QWidget

from desktop.models import db
from desktop.services import favors, followups, interactions
from desktop.services.interactions import InteractionDraft
from desktop.services.reasons import reason_text
from desktop.services.types import ContactId
from desktop.ui.contacts.detail_pane import DetailPane
from desktop.ui.contacts.timeline_section import PAGE, TimelineSection
from desktop.ui.operations import Operations
from desktop.ui.shared.interaction_dialog import InteractionDialog
from tests.clock import earlier_today
from tests.ui.windows import pane_filled


def _pane_turns(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The pane shows a change some turns of the event loop later, after the change's
    other views have repainted, and its timeline in a quiet turn after that (issue 18)."""
    pane_filled(qtbot)


@pytest.fixture()
def ops(qtbot) -> Operations:  # type: ignore[no-untyped-def]
    return Operations(QUndoStack())


def _pane(qtbot, ops: Operations, contact_id: ContactId) -> tuple[DetailPane, TimelineSection]:  # type: ignore[no-untyped-def]
    pane = DetailPane(ops)
    qtbot.addWidget(pane)
    pane.resize(420, 900)
    pane.show_contact(contact_id)
    pane.show()
    section = next(s for s in pane.extra_sections if isinstance(s, TimelineSection))
    return pane, section


def _entry_texts(section: TimelineSection) -> list[list[str]]:
    out = []
    for i in range(section.entries_box.count()):
        item = section.entries_box.itemAt(i)
        widget = item.widget() if item is not None else None
        if widget is not None:  # the lines it shows (a row keeps hidden ones for others)
            out.append([label.text() for label in widget.findChildren(QLabel)
                        if not label.isHidden()])
    return out


def test_timeline_is_newest_first_and_pages(qtbot, ops: Operations,  # type: ignore[no-untyped-def]
                                            sample_contacts: dict[str, ContactId]) -> None:
    ana = sample_contacts["ana"]
    start = dt.datetime(2024, 1, 1, 9, 0)
    with db.atomic():
        cur = db.cursor()
        cur.executemany("INSERT INTO interaction (kind, happened_at, summary, notes, created_at) "
                        "VALUES ('call', ?, ?, '', ?)",
                        [((start + dt.timedelta(days=n)).isoformat(sep=" "), f"Call {n}",
                          start.isoformat(sep=" ")) for n in range(60)])
        cur.execute("INSERT INTO interaction_participant (interaction_id, contact_id) "
                    "SELECT id, ? FROM interaction", (ana,))
    _, section = _pane(qtbot, ops, ana)
    entries = _entry_texts(section)
    assert len(entries) == PAGE and "Call 59" in entries[0] and "Call 58" in entries[1]
    assert section.more_button.isVisible() and "of 35" in section.more_button.text()
    qtbot.mouseClick(section.more_button, Qt.MouseButton.LeftButton)
    assert section.timeline_count() == 2 * PAGE
    assert "Call 10" in _entry_texts(section)[-1]


def test_log_dialog_records_the_meeting_and_promises_undoably(
    qtbot, ops: Operations, sample_contacts: dict[str, ContactId],  # type: ignore[no-untyped-def]
) -> None:
    ana, bo = sample_contacts["ana"], sample_contacts["bo"]
    _, section = _pane(qtbot, ops, ana)
    assert section.empty_hint.isVisible()
    now = earlier_today(60)
    dialog = InteractionDialog(ops, [(ana, "Ana Silva")], section, now=now)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.add_person, "Bo")
    # The one people picker (issue 14): names with a word starting with "Bo".
    assert dialog.add_person.offered() == ["Bo Chen"]
    assert dialog.add_person.choose("Bo Chen")
    assert dialog.add_person.text() == ""  # ready for the next person
    assert dialog.participants() == [ana, bo]
    qtbot.keyClicks(dialog.summary, "Lunch at Lumen")
    dialog.notes.setPlainText("Her daughter starts school in May.")
    row = dialog.add_promise()
    qtbot.keyClicks(row.reason, "Send the hiring article")
    row.who.setCurrentIndex(row.who.findData(int(ana)))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.saved_id is not None

    _pane_turns(qtbot)
    texts = _entry_texts(section)
    assert "Lunch at Lumen" in texts[0] and not section.empty_hint.isVisible()
    assert any("with Bo Chen" in t for t in texts[0])
    assert [reason_text(f.reason) for f in followups.open_followups(ana)] == [
        "Send the hiring article"]
    assert followups.open_followups(bo) == []
    ops.undo_stack.undo()
    _pane_turns(qtbot)
    assert _entry_texts(section) == [] and followups.open_followups(ana) == []
    ops.undo_stack.redo()
    assert interactions.timeline(ana).entries[0].id == dialog.saved_id  # the same row back


def test_the_dialog_refuses_an_interaction_without_people(
    qtbot, ops: Operations, sample_contacts: dict[str, ContactId],  # type: ignore[no-untyped-def]
) -> None:
    dialog = InteractionDialog(ops, [], None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and "at least one person" in dialog.error_label.text()


def test_planned_meeting_and_favour_balance(qtbot, ops: Operations,  # type: ignore[no-untyped-def]
                                           sample_contacts: dict[str, ContactId]) -> None:
    ana = sample_contacts["ana"]
    interactions.log_interaction(InteractionDraft(
        "meeting", dt.datetime.now().replace(microsecond=0) + dt.timedelta(days=3), (ana,),
        "Coffee 1-2-1"))
    for direction in ("given", "given", "given", "given", "received"):
        favors.add_favor(ana, direction, "help", "Something", dt.date(2026, 1, 2))
    _, section = _pane(qtbot, ops, ana)
    assert section.balance.text() == "You gave 4, received 1"
    assert _entry_texts(section)[0][0].startswith("Planned · ")
    assert ops.add_favor(ana, "received", "referral", "A client", dt.date(2026, 2, 1))
    _pane_turns(qtbot)
    assert section.balance.text() == "You gave 4, received 2"
    ops.undo_stack.undo()
    _pane_turns(qtbot)
    assert section.balance.text() == "You gave 4, received 1"


def test_the_section_is_hidden_on_my_profile(qtbot, ops: Operations,  # type: ignore[no-untyped-def]
                                            sample_contacts: dict[str, ContactId]) -> None:
    _, section = _pane(qtbot, ops, sample_contacts["me"])
    assert section.isHidden()


def test_detail_pane_briefing_and_only_ever_asked_agree_on_the_ledger(
    qtbot, ops: Operations, sample_contacts: dict[str, ContactId],  # type: ignore[no-untyped-def]
) -> None:
    """One ledger (issue 11): introductions the user made count as giving, everywhere."""
    from desktop.services import briefing, graph, search
    from desktop.services.graph import IntroductionFields

    me, ana, bo, zoe = (sample_contacts[k] for k in ("me", "ana", "bo", "zoe"))
    day = dt.date(2026, 3, 1)
    # Ana did two things for the user; the user introduced her to Bo and to Zoë.
    favors.add_favor(ana, "received", "advice", "Hiring advice", day)
    favors.add_favor(ana, "received", "referral", "A client", day)
    graph.record_introduction(IntroductionFields(ana, bo, me, day, status="made"))
    graph.record_introduction(IntroductionFields(ana, zoe, me, day, status="met"))
    # Bo introduced the user to Zoë: a favour received from Bo, none given to him but the
    # introduction to Ana above.
    graph.record_introduction(IntroductionFields(me, zoe, bo, day, status="made"))
    # A proposed introduction is no favour yet.
    graph.record_introduction(IntroductionFields(bo, zoe, me, day, status="proposed"))

    expected = {ana: (2, 2), bo: (1, 1), zoe: (1, 0)}
    asked = set(search.query_ids(search.ListFilter(kind=search.ListKind.ONLY_ASKED)))
    for person, (given, received) in expected.items():
        ledger = favors.ledger(person)
        assert (ledger.given, ledger.received) == (given, received)
        sheet = briefing.briefing(person)
        assert sheet.favours is not None
        assert (sheet.favours.given, sheet.favours.received) == (given, received)
        _, section = _pane(qtbot, ops, person)
        assert section.balance.text().startswith(f"You gave {given}, received {received}")
        assert (person in asked) == (given == 0 and received > 0)
    assert not asked  # everyone was given something: nobody is "only ever asked"
    # Ana's ledger lists the introductions as what the user gave, by name.
    texts = [e.description for e in favors.ledger(ana).entries if e.introduction_id]
    assert sorted(texts) == ["You introduced them to Bo Chen", "You introduced them to Zoë Müller"]
    # Take Ana's introductions away: she, and Bo (who introduced the user to Zoë), become
    # people the user only ever asked from.
    for info in graph.introductions_of(ana):
        graph.delete_introduction(info.id)
    assert search.query_ids(search.ListFilter(kind=search.ListKind.ONLY_ASKED)) == [ana, bo]
    assert briefing.briefing(ana).favours.given == 0  # type: ignore[union-attr]


def test_the_next_contact_is_given_the_timeline_rows_of_the_last(  # type: ignore[no-untyped-def]
        qtbot, ops: Operations, sample_contacts: dict[str, ContactId]) -> None:
    """Another contact's timeline reuses the rows shown (issue 18: a page of new rows,
    made, styled and shown, was the busiest part of the pane's turn) and reads as the
    rows of a pane that showed that contact first: texts, notes clipped, order, menu."""
    ana, bo = sample_contacts["ana"], sample_contacts["bo"]
    day = dt.datetime.combine(dt.date.today() - dt.timedelta(days=20), dt.time(10))
    long_notes = "We talked about the next round. " * 20
    for n, (who, notes) in enumerate(((ana, "Ana's notes"), (ana, long_notes), (ana, ""),
                                      (bo, "Bo's notes"), (bo, long_notes + "Bo."),
                                      (bo, ""))):
        interactions.log_interaction(InteractionDraft(
            "call", day + dt.timedelta(days=n % 3), (who,),
            f"Call {n} with {'Ana' if who == ana else 'Bo'}", notes))
    pane, section = _pane(qtbot, ops, ana)
    _pane_turns(qtbot)
    rows = section.entry_widgets()
    assert len(rows) == 3
    long_row = next(w for w in rows if w.more_button is not None)
    long_row.toggle_notes()  # expanded for Ana: Bo's opens clipped
    assert long_row.actions_by_name["delete"].isEnabled()
    pane.show_contact(bo)
    _pane_turns(qtbot)
    after = section.entry_widgets()
    assert {id(w) for w in after} == {id(w) for w in rows}  # the same widgets...
    _, fresh_section = _pane(qtbot, ops, bo)
    _pane_turns(qtbot)
    assert _entry_texts(section) == _entry_texts(fresh_section)  # ...reading as new ones
    assert [w.entry for w in after] == [w.entry for w in fresh_section.entry_widgets()]
    assert not any(w.expanded for w in after)
    bo_long = next(w for w in after if w.more_button is not None)
    assert bo_long.more_button is not None and bo_long.more_button.text() == "Show more"
    # Its menu acts on Bo's entry, not on the one the row showed before.
    asked: list[tuple[str, int]] = []
    bo_long.action_requested.disconnect(section.entry_action)
    bo_long.action_requested.connect(lambda name, i: asked.append((name, i)))
    bo_long.actions_by_name["delete"].trigger()
    assert asked == [("delete", bo_long.entry.id)] and "with Bo" in bo_long.entry.summary


def test_a_row_shows_any_entry_given_to_it_as_a_new_row_would(  # type: ignore[no-untyped-def]
        qtbot) -> None:
    """A timeline row can be given an entry of any kind (issue 18: the pane gives its rows
    to the next contact's entries and makes some ahead, so the first contact after select
    all makes none): what it shows then, its lines, their texts and looks, its menu and
    its buttons, is what a row made for that entry shows."""
    from desktop.services.interactions import TimelineEntry
    from desktop.ui.contacts.timeline_entry import TimelineEntryWidget

    now = dt.datetime(2026, 5, 4, 12, 0)
    long_notes = "We talked about the next round. " * 20
    entries = [
        TimelineEntry(1, "meeting", now - dt.timedelta(hours=2), "Lunch", "", ("Bo",), 3, 0,
                      "planned"),  # due to hold
        TimelineEntry(2, "call", now - dt.timedelta(days=3), "Call", long_notes, (), 0, 2),
        TimelineEntry(3, "meeting", now + dt.timedelta(days=2), "", "Agenda", (), 0, 0,
                      "planned"),
        TimelineEntry(4, "meeting", now - dt.timedelta(days=9), "Coffee", "", (), 0, 1,
                      "cancelled"),
        TimelineEntry(5, "note", now - dt.timedelta(days=20), "", "", (), 0, 0),
    ]

    def shown(row: TimelineEntryWidget) -> list[tuple[str, str, bool, str]]:
        """Each line shown: its kind, text, strike-out and style sheet."""
        out = []
        for widget in row.findChildren(QWidget):
            if widget.isVisibleTo(row):
                text = widget.text() if hasattr(widget, "text") else ""
                out.append((type(widget).__name__, text, widget.font().strikeOut(),
                            widget.styleSheet()))
        return sorted(out)

    host = QWidget()
    qtbot.addWidget(host)
    reused = TimelineEntryWidget(None, now, host)
    reused.make_parts()
    host.show()
    for entry in entries + entries[::-1]:
        reused.set_entry(entry, now)
        fresh = TimelineEntryWidget(entry, now, host)
        fresh.show()
        reused.show()
        assert shown(reused) == shown(fresh), entry
        assert (reused.hold_button is None) == (fresh.hold_button is None)
        assert (reused.more_button is None) == (fresh.more_button is None)
        assert ({n: a.isEnabled() for n, a in reused.actions_by_name.items()}
                == {n: a.isEnabled() for n, a in fresh.actions_by_name.items()})
        fresh.deleteLater()
