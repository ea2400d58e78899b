"""Issue 15's flows driven through the real main window with qtbot, as a networker's week:
plan a 1-2-1, hold it with notes and a promise, record the introduction that keeps the
promise; tag a batch of people in one step; the week's focus on a new week, the morning
notification and the review; the import preview's "tag everyone"; pinned facts and notes
that expand in place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QItemSelection, QItemSelectionModel, Qt, QTime
from PySide6.QtGui import QUndoStack

from desktop.services import contacts, focus, followups, interactions, search, tags
from desktop.services.interactions import InteractionDraft
from desktop.services.reasons import reason_text
from desktop.services.types import ContactFields, ContactId
from desktop.ui.contacts.facts_section import FactsSection
from desktop.ui.contacts.introduction_dialog import IntroductionDialog
from desktop.ui.contacts.introductions_section import IntroductionsSection
from desktop.ui.contacts.timeline_section import TimelineSection
from desktop.ui.main_window import VIEW_CALENDAR, MainWindow
from desktop.ui.operations import Operations
from desktop.ui.shared.interaction_dialog import InteractionDialog
from desktop.ui.shared.reminder_dialog import MeetingTimeDialog, PromiseOfferDialog
from tests.clock import earlier_today
from tests.ui.windows import open_main_window, pane_filled

TODAY = dt.date.today()
TODAY_FOLLOWS_THE_CLOCK = True  # TODAY is set again as each test starts (conftest)


@pytest.fixture()
def window(qtbot, tmp_path: Path, sample_contacts: dict[str, ContactId]  # type: ignore[no-untyped-def]
           ) -> Iterator[MainWindow]:
    yield open_main_window(qtbot, tmp_path)


def _section(window: MainWindow, kind: type) -> object:
    return next(s for s in window.detail.extra_sections if isinstance(s, kind))


def _click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    """Click *button* once it is shown and laid out (a widget added to a visible pane is
    shown on the next pass of the event loop)."""
    qtbot.waitUntil(lambda: button.isVisible() and button.width() > 0, timeout=30_000)
    qtbot.wait(10)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _turn(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The detail pane shows a change in a turn of its own, after the change's other
    views have repainted (issue 18)."""
    pane_filled(qtbot)


def _set_when(dialog: InteractionDialog | MeetingTimeDialog, when: dt.datetime) -> None:
    dialog.when.setDateTime(QDateTime(dialog.when.date().fromString(
        when.strftime("%Y-%m-%d"), "yyyy-MM-dd"), QTime(when.hour, when.minute)))


def test_plan_hold_notes_promise_and_the_introduction_closes_it(
    qtbot, window: MainWindow, sample_contacts: dict[str, ContactId],  # type: ignore[no-untyped-def]
) -> None:
    ana, bo = sample_contacts["ana"], sample_contacts["bo"]
    window.contact_list.select_contact(ana)
    _turn(qtbot)  # the pane shows her in a turn of its own
    timeline = _section(window, TimelineSection)
    assert isinstance(timeline, TimelineSection)
    ops = window.ops

    # Plan a 1-2-1 (tomorrow at ten by default).
    _click(qtbot, timeline.plan_button)
    dialog = timeline.dialog
    assert isinstance(dialog, InteractionDialog)
    qtbot.keyClicks(dialog.summary, "Coffee at Lumen")
    dialog.accept()
    _turn(qtbot)
    entry = timeline.entry_widgets()[0]
    assert entry.entry.status == "planned" and entry.hold_button is None
    assert entry.meta.text().startswith("Planned · ")
    # It moves to earlier today (it happened sooner than planned): time to hold it.
    entry.actions_by_name["reschedule"].trigger()
    moved = timeline.dialog
    assert isinstance(moved, MeetingTimeDialog)
    earlier = earlier_today(30)
    _set_when(moved, earlier)
    moved.accept()
    _turn(qtbot)
    entry = timeline.entry_widgets()[0]
    assert entry.meta.text().startswith("Planned · did it take place?")
    assert entry.hold_button is not None

    # "Held it — add notes…": notes and a promise go on the same meeting.
    _click(qtbot, entry.hold_button)
    hold = timeline.dialog
    assert isinstance(hold, InteractionDialog) and hold.windowTitle() == "Held It — Add Notes"
    hold.notes.setPlainText("Her daughter starts school in May. " * 20)
    row = hold.add_promise()
    qtbot.keyClicks(row.reason, "Introduce her to Bo about chess")
    hold.accept()
    assert hold.result() == hold.DialogCode.Accepted
    assert interactions.timeline(ana).total == 1  # one object, not two entries
    _turn(qtbot)
    entry = timeline.entry_widgets()[0]
    assert entry.entry.status == "held" and entry.hold_button is None
    assert entry.entry.summary == "Coffee at Lumen" and entry.entry.promises == 1
    # Long notes are clipped, and expand in place.
    assert entry.notes is not None and entry.more_button is not None
    assert entry.notes.text().endswith("…")
    _click(qtbot, entry.more_button)
    assert entry.expanded and entry.notes.text() == entry.entry.notes.strip()
    assert [reason_text(f.reason) for f in followups.open_followups(ana)] == [
        "Introduce her to Bo about chess"]
    assert contacts.get_contact(ana).last_interaction_at == earlier  # type: ignore[union-attr]

    # Recording the introduction offers to close the promise; it does, undoably.
    intros = _section(window, IntroductionsSection)
    assert isinstance(intros, IntroductionsSection)
    intros.introduce_to()
    intro = intros.dialog
    assert isinstance(intro, IntroductionDialog)
    intro.person_b.setText("Bo Chen")
    intro.save()
    offer = intros.offer
    assert isinstance(offer, PromiseOfferDialog)
    assert [(b.text(), b.isChecked()) for b, _m in offer.boxes] == [
        (f"Ana Silva: Introduce her to Bo about chess (due "
         f"{(earlier.date() + dt.timedelta(days=7)).day} "
         f"{(earlier.date() + dt.timedelta(days=7)).strftime('%b')})", True)]
    offer.accept()
    assert followups.open_followups(ana) == []
    assert ops.undo_stack.undoText() == "Close promise"
    ops.undo_stack.undo()
    assert [reason_text(f.reason) for f in followups.open_followups(ana)] == [
        "Introduce her to Bo about chess"]
    ops.undo_stack.undo()  # the introduction
    ops.undo_stack.undo()  # holding the meeting: planned again, no notes
    info = interactions.get_interaction(interactions.timeline(ana).entries[0].id)
    assert info is not None and info.status == "planned" and info.notes == ""
    assert followups.open_followups(ana) == []
    assert bo not in [c for c, _ in info.participants]


def test_logging_on_the_day_of_a_planned_meeting_holds_it(
    qtbot, window: MainWindow, sample_contacts: dict[str, ContactId],  # type: ignore[no-untyped-def]
) -> None:
    zoe = sample_contacts["zoe"]
    earlier = earlier_today(5)
    iid, _ = interactions.log_interaction(InteractionDraft(
        "meeting", earlier, (zoe,), "Walk and talk", status="planned"))
    window.contact_list.select_contact(zoe)
    _turn(qtbot)  # the pane shows her in a turn of its own
    timeline = _section(window, TimelineSection)
    assert isinstance(timeline, TimelineSection)
    timeline.log_interaction()
    dialog = timeline.dialog
    assert isinstance(dialog, InteractionDialog)
    assert dialog.hold_offer.isVisible() and dialog.hold_offer.isChecked()
    assert "planned at " + earlier.strftime("%H:%M") in dialog.hold_offer.text()
    dialog.notes.setPlainText("Talked about her café")
    dialog.accept()
    assert dialog.saved_id == iid
    page = interactions.timeline(zoe)
    assert page.total == 1 and page.entries[0].status == "held"
    assert page.entries[0].notes == "Talked about her café"


def test_tagging_a_selection_is_one_undo_step(
    qtbot, window: MainWindow, sample_contacts: dict[str, ContactId],  # type: ignore[no-untyped-def]
) -> None:
    s = sample_contacts
    chosen = [s["ana"], s["bo"], s["zoe"]]
    selection = QItemSelection()
    for cid in chosen:
        row = window.model.row_of(cid)
        assert row is not None
        selection.select(window.model.index(row, 0), window.model.index(row, 5))
    window.table.selectionModel().select(
        selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    assert sorted(window.contact_list.selected_ids()) == sorted(chosen)
    menu = window.contact_list.list_menu.menu()
    assert menu is not None
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[:2] == ["Remind Me…", "Add 3 to This Week's Focus"]
    add = next(a for a in menu.actions() if a.text() == "Add Tag…")
    add.trigger()
    dialog = window.contact_list.list_menu.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.name, "Web Summit 2026")  # type: ignore[attr-defined]
    dialog.accept()
    tag_id = tags.find_tag("Web Summit 2026")
    assert tag_id is not None and sorted(tags.members(tag_id)) == sorted(chosen)
    assert window.ops.undo_stack.undoText() == "Tag 3 contacts with Web Summit 2026"

    def names() -> list[str]:
        return [window.sidebar.model.index(r, 0, top).data()
                for top in (window.sidebar.model.index(t, 0)
                            for t in range(window.sidebar.model.rowCount()))
                for r in range(window.sidebar.model.rowCount(top))]

    # The sidebar's entries follow in a turn of their own, after the list's repaint.
    qtbot.waitUntil(lambda: "Web Summit 2026" in names(), timeout=30_000)
    window.ops.undo_stack.undo()
    assert tags.find_tag("Web Summit 2026") is None  # made by the step, gone with it
    window.ops.undo_stack.redo()
    again = tags.find_tag("Web Summit 2026")
    assert again is not None and sorted(tags.members(again)) == sorted(chosen)
    # Set the stage of all three, then put them in this week's focus: one step each.
    stage = next(a for a in menu.actions() if a.text() == "Set Stage")
    trusted = next(a for a in stage.menu().actions() if a.text() == "Trusted")
    trusted.trigger()
    assert {contacts.get_contact(c).fields.stage for c in chosen} == {"trusted"}  # type: ignore[union-attr]
    window.contact_list.list_menu.add_to_focus()
    assert {i.contact_id for i in focus.this_week()} >= set(chosen)
    window.ops.undo_stack.undo()
    window.ops.undo_stack.undo()
    assert contacts.get_contact(s["zoe"]).fields.stage == "connected"  # type: ignore[union-attr]


def test_a_new_week_brings_its_focus_the_notification_and_the_review(
    qtbot, window: MainWindow, sample_contacts: dict[str, ContactId],  # type: ignore[no-untyped-def]
) -> None:
    s = sample_contacts
    reminders = window.today_watch.reminders
    # At start: this week's focus was proposed and the day's notification sent.
    assert reminders.last_message is not None
    assert reminders.last_message[0] == "Nothing due today"
    monday = search.week_start(TODAY) + dt.timedelta(days=7)
    for n, cid in enumerate((s["ana"], s["bo"], s["zoe"])):
        followups.add_followup(cid, monday - dt.timedelta(days=n + 1), "Catch up", "promise")
    followups.add_followup(s["ana"], monday, "Send the deck")
    assert focus.this_week(monday) == []
    # The app is still running on Monday morning: the new week gets its people.
    reminders._clock = lambda: dt.datetime.combine(monday, dt.time(8, 5))
    reminders.check()
    week = focus.this_week(monday)
    assert len(week) == 3 and all(reason_text(i.reason) and reason_text(i.action) for i in week)
    assert reminders.last_message[0] == "4 follow-ups (3 overdue) today"  # type: ignore[index]
    assert reminders.summary is not None and reminders.summary.count == 4
    # Clicking the notification opens the agenda on today.
    window.view_switcher.show_view("list")
    reminders.message_clicked()
    assert window.view_switcher.current_view == VIEW_CALENDAR
    # Friday afternoon: the week's review is offered, once.
    friday = monday + dt.timedelta(days=4)
    reminders._clock = lambda: dt.datetime.combine(friday, dt.time(8, 5))
    reminders.check()  # Friday morning: the day's notification
    reminders._clock = lambda: dt.datetime.combine(friday, dt.time(15, 0))
    reminders.check()
    assert reminders.last_message[0] == "Your week in review"  # type: ignore[index]
    reminders.message_clicked()
    assert window.today_watch.review_dialog.isVisible()
    window.today_watch.review_dialog.close()
    reminders.last_message = None
    reminders.check()
    assert reminders.last_message is None  # once a week
    # Off in the settings: no more notifications.
    window.commands.reminders_action.trigger()
    assert not window.settings.reminders_enabled
    reminders._clock = lambda: dt.datetime.combine(friday + dt.timedelta(days=3), dt.time(9))
    reminders.check()
    assert reminders.last_message is None


def test_the_import_preview_tags_everyone_and_records_where_they_were_met(
    qtbot, tmp_path: Path, sample_contacts: dict[str, ContactId],  # type: ignore[no-untyped-def]
) -> None:
    from desktop.ui.importing.import_dialog import ImportPreviewDialog

    cards = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Guest {n}\r\nEMAIL:guest{n}@example.org\r\n"
        "END:VCARD\r\n" for n in range(18))
    cards += ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nEMAIL:ana@lumen.example\r\n"
              "TITLE:CTO\r\nEND:VCARD\r\n")  # matches Ana, nothing to add: tagged too
    path = tmp_path / "event.vcf"
    path.write_text(cards, encoding="utf-8")
    ops = Operations(QUndoStack())
    dialog = ImportPreviewDialog(ops, [path])
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.preview_ready, timeout=30_000):
        dialog.start()
    qtbot.keyClicks(dialog.extras_row.tag, "Web Summit 2026")
    qtbot.keyClicks(dialog.extras_row.met_at, "Web Summit, Lisbon")
    assert dialog.extras_row.on_box.isChecked()
    dialog.extras_row.met_on.setDate(dialog.extras_row.met_on.date().fromString(
        "2026-11-12", "yyyy-MM-dd"))
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    tag_id = tags.find_tag("Web Summit 2026")
    assert tag_id is not None and len(tags.members(tag_id)) == 19
    guest = search.query_ids(search.ListFilter(text="Guest 7"))[0]
    fields = contacts.get_contact(guest).fields  # type: ignore[union-attr]
    assert (fields.how_we_met, fields.met_on) == ("Met at Web Summit, Lisbon",
                                                  dt.date(2026, 11, 12))
    ana = contacts.get_contact(sample_contacts["ana"]).fields  # type: ignore[union-attr]
    assert "Web Summit 2026" in ana.tags and ana.how_we_met == "Met at Web Summit, Lisbon"
    with qtbot.waitSignal(ops.idle, timeout=30_000):  # off the UI thread
        ops.undo_stack.undo()  # one step: the import and what it did for the batch
    assert tags.find_tag("Web Summit 2026") is None
    ana = contacts.get_contact(sample_contacts["ana"]).fields  # type: ignore[union-attr]
    assert "Web Summit 2026" not in ana.tags and ana.how_we_met == ""


def test_pinned_facts_at_the_top_and_one_thing_renewed(
    qtbot, window: MainWindow, sample_contacts: dict[str, ContactId],  # type: ignore[no-untyped-def]
) -> None:
    from desktop.services import briefing

    ana = sample_contacts["ana"]
    window.contact_list.select_contact(ana)
    _turn(qtbot)  # the pane shows her in a turn of its own
    section = _section(window, FactsSection)
    assert isinstance(section, FactsSection)
    body = window.detail._body
    assert body.indexOf(section) < body.indexOf(window.detail.stage_section)  # at the top
    dialog = section.pin_fact()
    assert dialog is not None
    dialog.kind.setCurrentIndex(dialog.kind.findData("pets"))  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.text, "A greyhound called Biscuit")  # type: ignore[attr-defined]
    dialog.accept()
    _turn(qtbot)
    assert [(f.kind, f.text) for f in section.rows] == [("pets", "A greyhound called Biscuit")]
    assert briefing.briefing(ana).facts == (("Pets", "A greyhound called Biscuit"),)
    window.ops.undo_stack.undo()
    _turn(qtbot)
    assert section.rows == []
    briefing.set_one_thing(ana, "Introduce her to a recruiter",
                           on=TODAY - dt.timedelta(days=10))
    window.detail.show_contact(ana)
    assert "expired" in section.one_thing.text()
    _click(qtbot, section.renew_button)
    _turn(qtbot)
    assert "until" in section.one_thing.text()
    assert briefing.one_thing_of(ana).set_on == TODAY
    window.ops.undo_stack.undo()
    assert briefing.one_thing_of(ana).set_on == TODAY - dt.timedelta(days=10)


def test_remind_me_and_focus_from_the_detail_pane(
    qtbot, window: MainWindow, sample_contacts: dict[str, ContactId],  # type: ignore[no-untyped-def]
) -> None:
    who = sample_contacts["markup"]  # nothing in common: not proposed for the focus
    proposed = focus.this_week()  # at the app's start, for the week
    assert proposed and who not in [i.contact_id for i in proposed]
    window.contact_list.select_contact(who)
    _turn(qtbot)  # the pane shows her in a turn of its own
    timeline = _section(window, TimelineSection)
    assert isinstance(timeline, TimelineSection)
    _click(qtbot, timeline.remind_button)
    dialog = timeline.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.text, "Ask how the new job is going")  # type: ignore[attr-defined]
    dialog.accept()
    assert [(reason_text(f.reason), f.origin) for f in followups.open_followups(who)] == [
        ("Ask how the new job is going", "manual")]
    assert window.ops.undo_stack.undoText() == "Remind me"
    assert timeline.focus_button.text() == "Add to Focus"
    _click(qtbot, timeline.focus_button)
    assert who in [i.contact_id for i in focus.this_week()]
    _turn(qtbot)
    assert timeline.focus_button.text() == "In Focus ✓"
    window.ops.undo_stack.undo()
    window.ops.undo_stack.undo()
    assert followups.open_followups(who) == [] and focus.this_week() == proposed


def test_catch_up_spreads_stale_reminders_from_the_calendar(
    qtbot, window: MainWindow, sample_contacts: dict[str, ContactId],  # type: ignore[no-untyped-def]
) -> None:
    from desktop.models import db
    from desktop.ui.calendar.catch_up_dialog import CatchUpDialog

    people = [contacts.create_contact(ContactFields(full_name=f"Old friend {n}",
                                                    keep_in_touch_days=30))[0]
              for n in range(12)]
    followups.sync_cadence(people)
    db.execute_sql("UPDATE follow_up SET due_on = ? WHERE origin = 'cadence'",
                   ((TODAY - dt.timedelta(days=200)).isoformat(),))
    window.ops.notify(followups.sync_cadence([]))
    panel = window.view_switcher.show_view(VIEW_CALENDAR)
    qtbot.waitUntil(lambda: not panel.reading, timeout=30_000)  # type: ignore[attr-defined]
    assert panel.selected_day == TODAY  # type: ignore[attr-defined]
    assert panel.catch_up_button.isVisible()  # type: ignore[attr-defined]
    _click(qtbot, panel.catch_up_button)  # type: ignore[attr-defined]
    dialog = panel.row_actions.dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, CatchUpDialog)
    dialog.days.setValue(6)
    assert dialog.per_day.text() == "(at most 2 a day, from tomorrow)"
    dialog.accept()
    assert followups.stale_cadence(TODAY) == []
    qtbot.waitUntil(lambda: not panel.catch_up_button.isVisible(),  # type: ignore[attr-defined]
                    timeout=30_000)
    window.ops.undo_stack.undo()
    assert len(followups.stale_cadence(TODAY)) == 12


def test_export_calendar_writes_a_usable_file_with_alarms(
    qtbot, window: MainWindow, sample_contacts: dict[str, ContactId], tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    import vobject

    followups.add_followup(sample_contacts["ana"], TODAY - dt.timedelta(days=3), "Send the deck")
    dialog = window.files.export_calendar()
    dialog.alarms.setChecked(True)  # type: ignore[attr-defined]
    out = tmp_path / "mine"
    dialog.save(out)  # type: ignore[attr-defined]
    written = tmp_path / "mine.ics"
    qtbot.waitUntil(written.exists, timeout=30_000)
    qtbot.waitUntil(lambda: "wrote" in window.statusBar().currentMessage().lower(), timeout=30_000)
    cal = vobject.readOne(written.read_text(encoding="utf-8"))
    event = next(e for e in cal.vevent_list if e.summary.value == "Ana Silva: Send the deck")
    assert event.dtstart.value == TODAY and event.valarm.trigger.value == dt.timedelta(hours=9)
    assert window.settings.calendar_alarms  # remembered for next time


def test_the_agenda_offers_to_hold_a_planned_meeting(
    qtbot, window: MainWindow, sample_contacts: dict[str, ContactId],  # type: ignore[no-untyped-def]
) -> None:
    from desktop.ui.calendar.agenda_lists import MeetingRole

    bo = sample_contacts["bo"]
    earlier = dt.datetime.combine(TODAY, dt.time(0, 1))
    iid, _ = interactions.log_interaction(InteractionDraft(
        "meeting", earlier, (bo,), "Breakfast", status="planned"))
    panel = window.view_switcher.show_view(VIEW_CALENDAR)
    panel.go_today()  # type: ignore[attr-defined]
    agenda = panel.agenda  # type: ignore[attr-defined]
    row = next(agenda.topLevelItem(i) for i in range(agenda.topLevelItemCount())
               if agenda.topLevelItem(i).data(0, MeetingRole) == iid)
    assert row.text(0).endswith("Held?")
    menu = panel.row_menu(row)  # type: ignore[attr-defined]
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[:3] == ["Held It — Add Notes…", "Reschedule…", "Cancel Meeting"]
    assert "Remind Me…" in texts and texts[4].endswith("This Week's Focus")
    next(a for a in menu.actions() if a.text() == "Cancel Meeting").trigger()
    assert interactions.get_interaction(iid).status == "cancelled"  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: all(agenda.topLevelItem(i).data(0, MeetingRole) != iid
                                for i in range(agenda.topLevelItemCount())), timeout=30_000)
    window.ops.undo_stack.undo()
    assert interactions.get_interaction(iid).status == "planned"  # type: ignore[union-attr]


def test_the_tray_icon_shows_todays_count(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QIcon, QPixmap

    from desktop.ui.calendar.reminder_tray import count_icon

    base = QPixmap(64, 64)
    base.fill(QColor("white"))
    plain = count_icon(QIcon(base), 0).pixmap(64, 64).toImage()
    badge = count_icon(QIcon(base), 7).pixmap(64, 64).toImage()
    assert plain.pixelColor(56, 16) == QColor("white")
    assert badge.pixelColor(56, 16).red() > 200 and badge.pixelColor(56, 16).green() < 80


def test_a_proposed_introduction_is_chased_until_it_is_made(
    qtbot, sample_contacts: dict[str, ContactId],  # type: ignore[no-untyped-def]
) -> None:
    from desktop.services import graph, loops

    s = sample_contacts
    ops = Operations(QUndoStack())
    intro = ops.record_introduction(graph.IntroductionFields(
        person_a=s["ana"], person_b=s["zoe"], introducer=s["me"], status="proposed"))
    assert intro is not None
    chase = loops.chase_reminders(intro)
    assert [reason_text(c.reason) for c in chase] == ["Introduce Ana Silva to Zoë Müller"]
    assert ops.undo_stack.undoText() == "Propose introduction"
    ops.undo_stack.undo()
    assert graph.get_introduction(intro) is None and followups.open_followups(s["ana"]) == []
    ops.undo_stack.redo()
    assert [c.id for c in loops.chase_reminders(intro)] == [chase[0].id]  # the same row back
    assert ops.set_introduction_status(intro, "made")
    assert loops.chase_reminders(intro) == [] and followups.open_followups(s["ana"]) == []
    ops.undo_stack.undo()
    assert [c.reason for c in loops.chase_reminders(intro)] == [chase[0].reason]
    ops.undo_stack.redo()
    assert loops.chase_reminders(intro) == []
    assert ops.delete_introduction(intro)
    assert loops.chase_reminders(intro, open_only=False) == []
    ops.undo_stack.undo()
    assert len(loops.chase_reminders(intro, open_only=False)) == 1


def test_follow_ups_and_favours_have_no_cap(
    qtbot, window: MainWindow, sample_contacts: dict[str, ContactId],  # type: ignore[no-untyped-def]
) -> None:
    from desktop.services import favors

    zoe = sample_contacts["zoe"]
    for n in range(9):
        followups.add_followup(zoe, TODAY + dt.timedelta(days=n), f"Thing {n}")
        favors.add_favor(zoe, "given", "help", f"Favour {n}", TODAY - dt.timedelta(days=n))
    window.contact_list.select_contact(zoe)
    _turn(qtbot)  # the pane shows her in a turn of its own
    timeline = _section(window, TimelineSection)
    assert isinstance(timeline, TimelineSection)

    def shown(box) -> list[str]:  # type: ignore[no-untyped-def]
        return [box.itemAt(i).widget().objectName() for i in range(box.count())]

    assert len(shown(timeline.followups_box)) == 7 and shown(timeline.followups_box)[-1] == (
        "showAll")
    button = timeline.followups_box.itemAt(6).widget()
    assert button.text() == "Show all 9"
    _click(qtbot, button)
    assert len(shown(timeline.followups_box)) == 9
    favour_more = timeline.favors_box.itemAt(6).widget()
    assert favour_more.text() == "Show all 9"
    _click(qtbot, favour_more)
    assert timeline.favors_box.count() == 9


def test_the_tray_reads_the_days_summary_once_as_it_starts(
        qtbot, tmp_path: Path, sample_contacts: dict[str, ContactId],  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Start-up's reminders step (on the UI thread, after the first paint) reads the day's
    summary once for the notification, the icon's count and its tooltip: it read it three
    times, each a few ms on a big book (issue 18: no stall over 50 ms after first paint)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

    from desktop.services import reminders
    from desktop.ui.calendar.reminder_tray import ReminderTray
    from desktop.ui.common.settings import Settings

    s = sample_contacts
    followups.add_followup(s["ana"], dt.date.today(), "Call")
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    read: list[dt.date | None] = []
    summary = reminders.today_summary
    monkeypatch.setattr(reminders, "today_summary",
                        lambda day=None, birthdays=None: read.append(day) or summary(
                            day, birthdays))
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.reminders_enabled = True
    window = QMainWindow()
    qtbot.addWidget(window)
    tray = ReminderTray(Operations(QUndoStack()), settings, window)
    tray.start()
    assert len(read) == 1
    assert tray.tray_icon is not None
    assert tray.tray_icon.toolTip() == "Rapport — 1 follow-up today"
    assert tray.last_message is not None and tray.last_message[0] == "1 follow-up today"
