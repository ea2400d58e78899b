"""The follow-up calendar panel driven by qtbot: month counts, navigation, the agenda,
the overdue list and its actions (undoable), this week's focus."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QUndoStack

from desktop.services import contacts, favors, followups, interactions
from desktop.services.interactions import InteractionDraft
from desktop.services.reasons import reason_text
from desktop.services.types import ContactFields, ContactId
from desktop.ui.calendar.agenda_lists import ContactRole
from desktop.ui.calendar.calendar_panel import CalendarPanel
from desktop.ui.common.workers import Worker
from desktop.ui.operations import Operations

TODAY = dt.date.today()
TODAY_FOLLOWS_THE_CLOCK = True  # TODAY is set again as each test starts (conftest)


@pytest.fixture()
def ops(qtbot) -> Operations:  # type: ignore[no-untyped-def]
    return Operations(QUndoStack())


@pytest.fixture()
def panel(qtbot, ops: Operations, sample_contacts: dict[str, ContactId]) -> CalendarPanel:  # type: ignore[no-untyped-def]
    s = sample_contacts
    followups.add_followup(s["ana"], TODAY - dt.timedelta(days=4), "Send the article", "promise")
    followups.add_followup(s["bo"], TODAY - dt.timedelta(days=1), "Call about the job")
    followups.add_followup(s["zoe"], TODAY, "Say thanks")
    followups.add_followup(s["markup"], TODAY + dt.timedelta(days=1), "<i>markup</i> reason")
    interactions.log_interaction(InteractionDraft(
        "meeting", dt.datetime.combine(TODAY + dt.timedelta(days=1), dt.time(23, 0)),
        (s["ana"],), "Coffee"))
    widget = CalendarPanel(ops)
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    qtbot.waitExposed(widget)
    _opened(qtbot, widget)
    return widget


def _opened(qtbot, panel: CalendarPanel) -> None:  # type: ignore[no-untyped-def]
    """The panel reads what it shows in workers and quiet turns (issue 18): wait until
    it is shown."""
    qtbot.waitUntil(lambda: not panel.reading, timeout=30_000)


def _texts(tree, column: int = 1) -> list[str]:  # type: ignore[no-untyped-def]
    out = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        out.append(top.text(column))
        out += [top.child(j).text(column) for j in range(top.childCount())]
    return out


def _settled(qtbot, panel: CalendarPanel) -> None:  # type: ignore[no-untyped-def]
    """After a change the lists are read in a worker: wait until they are applied."""
    qtbot.waitUntil(lambda: not panel.lists_pending, timeout=30_000)


def _click_day(qtbot, panel: CalendarPanel, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    index = (day - panel.grid.first_shown()).days
    rect = panel.grid._cell_rect(index)
    qtbot.mouseClick(panel.grid, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(rect.center().x()), int(rect.center().y())))


def test_month_grid_counts_and_navigation(qtbot, panel: CalendarPanel) -> None:  # type: ignore[no-untyped-def]
    tomorrow = TODAY + dt.timedelta(days=1)
    if tomorrow.month == TODAY.month:
        counts = panel.grid._view.counts(tomorrow)
        assert (counts.followups, counts.meetings) == (1, 1)
        assert "1 follow-up, 1 meeting" in panel.grid.describe(tomorrow)
    assert panel.title.text().endswith(str(TODAY.year))
    panel.grid.setFocus()
    qtbot.keyClick(panel.grid, Qt.Key.Key_PageDown)
    following = (TODAY.replace(day=1) + dt.timedelta(days=32))
    assert panel.month == (following.year, following.month)
    assert panel.title.text().split()[0] in panel.title.text()
    qtbot.keyClick(panel.grid, Qt.Key.Key_PageUp)
    qtbot.keyClick(panel.grid, Qt.Key.Key_PageUp)
    qtbot.mouseClick(panel.today_button, Qt.MouseButton.LeftButton)
    assert panel.month == (TODAY.year, TODAY.month) and panel.selected_day == TODAY


def test_clicking_a_day_shows_its_agenda(qtbot, panel: CalendarPanel) -> None:  # type: ignore[no-untyped-def]
    tomorrow = TODAY + dt.timedelta(days=1)
    panel.select_day(tomorrow)  # may be next month: select_day moves the grid there
    _click_day(qtbot, panel, tomorrow)
    assert panel.selected_day == tomorrow
    assert _texts(panel.agenda) == ["Ana Silva", "<b>Bold</b> <img src=x>"]  # plain text
    assert _texts(panel.agenda, 2) == ["Coffee", "<i>markup</i> reason"]
    qtbot.mouseClick(panel.week_button, Qt.MouseButton.LeftButton)
    names = _texts(panel.agenda)
    assert "Zoë Müller" in names or TODAY.weekday() == 6  # today is in the same week


def test_overdue_list_mark_done_and_undo(qtbot, panel: CalendarPanel, ops: Operations,  # type: ignore[no-untyped-def]
                                        sample_contacts: dict[str, ContactId]) -> None:
    assert _texts(panel.overdue) == ["Ana Silva", "Bo Chen"]  # oldest first
    assert panel.overdue_title.text().startswith("OVERDUE · 2")
    panel.overdue.setFocus()
    panel.overdue.setCurrentItem(panel.overdue.topLevelItem(0))
    with qtbot.waitSignal(panel.contact_selected) as picked:
        panel.overdue.setCurrentItem(panel.overdue.topLevelItem(1))
    assert picked.args == [sample_contacts["bo"]]
    panel.overdue.setCurrentItem(panel.overdue.topLevelItem(0))
    assert panel.current_followup() is not None
    qtbot.keyClick(panel.overdue, Qt.Key.Key_D)  # Mark done
    assert _texts(panel.overdue) == ["Bo Chen"]
    assert panel.overdue.currentItem().text(1) == "Bo Chen"  # ready for the next one
    ops.undo_stack.undo()
    _settled(qtbot, panel)
    assert _texts(panel.overdue) == ["Ana Silva", "Bo Chen"]
    ops.undo_stack.redo()
    _settled(qtbot, panel)
    assert _texts(panel.overdue) == ["Bo Chen"]


def test_snooze_buttons_move_the_follow_up_and_undo_brings_it_back(
    qtbot, panel: CalendarPanel, ops: Operations, sample_contacts: dict[str, ContactId],  # type: ignore[no-untyped-def]
) -> None:
    panel.overdue.setFocus()
    panel.overdue.setCurrentItem(panel.overdue.topLevelItem(1))  # Bo, 1 day late
    week_button = next(b for b in panel.action_buttons if b.text() == "Snooze 1 Week")
    qtbot.mouseClick(week_button, Qt.MouseButton.LeftButton)
    assert _texts(panel.overdue) == ["Ana Silva"]
    [bo] = followups.open_followups(sample_contacts["bo"])
    assert bo.on == TODAY + dt.timedelta(days=7)
    detail = contacts.get_contact(sample_contacts["bo"])
    assert detail is not None and detail.next_followup_on == bo.on
    ops.undo_stack.undo()
    _settled(qtbot, panel)
    assert _texts(panel.overdue) == ["Ana Silva", "Bo Chen"]
    panel.overdue.setFocus()  # the one-letter keys work in the list that has focus
    panel.overdue.setCurrentItem(panel.overdue.topLevelItem(0))
    qtbot.keyClick(panel.overdue, Qt.Key.Key_S)  # Snooze 1 day
    assert followups.open_followups(sample_contacts["ana"])[0].on == TODAY + dt.timedelta(days=1)


def test_actions_are_disabled_without_a_follow_up(qtbot, panel: CalendarPanel) -> None:  # type: ignore[no-untyped-def]
    panel.followup_actions.set_current(None)
    assert not any(b.isEnabled() for b in panel.action_buttons)
    panel.overdue.setFocus()
    panel.overdue.setCurrentItem(panel.overdue.topLevelItem(0))
    assert all(b.isEnabled() for b in panel.action_buttons)


def test_focus_box_proposes_pins_and_replaces(qtbot, ops: Operations,  # type: ignore[no-untyped-def]
                                              sample_contacts: dict[str, ContactId]) -> None:
    s = sample_contacts
    extra = [contacts.create_contact(ContactFields(full_name=f"Person {n}"))[0]
             for n in range(3)]
    for n, cid in enumerate([s["ana"], s["bo"], s["zoe"], *extra]):
        followups.add_followup(cid, TODAY - dt.timedelta(days=10 + n), "Catch up")
    favors.add_favor(s["ana"], "received", "advice", "Pricing", TODAY)
    widget = CalendarPanel(ops)
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    qtbot.waitExposed(widget)
    _opened(qtbot, widget)
    assert widget.cards == []  # opening a view proposes nothing (the app's start does)
    ops.propose_focus()
    _opened(qtbot, widget)  # the focus is read again in a quiet turn
    cards = widget.cards
    assert len(cards) == 3
    assert all(c.reason.text().startswith(("Reconnect: you meant to catch up", "Give: "))
               for c in cards)
    assert all(c.action.text().startswith("→ ") for c in cards)
    shown = [c.item.contact_id for c in cards]
    qtbot.mouseClick(cards[0].pin_button, Qt.MouseButton.LeftButton)
    _opened(qtbot, widget)
    cards = widget.cards
    pinned = [c for c in cards if c.item.pinned]
    assert [c.item.contact_id for c in pinned] == [shown[0]]
    assert not pinned[0].replace_button.isEnabled()
    target = next(c for c in cards if not c.item.pinned)
    qtbot.mouseClick(target.replace_button, Qt.MouseButton.LeftButton)
    _opened(qtbot, widget)
    now_shown = [c.item.contact_id for c in widget.cards]
    assert target.item.contact_id not in now_shown and len(now_shown) == 3
    ops.undo_stack.undo()
    _opened(qtbot, widget)
    assert target.item.contact_id in [c.item.contact_id for c in widget.cards]


def test_the_calendar_stays_on_today_when_a_person_is_shown(  # type: ignore[no-untyped-def]
        qtbot, panel: CalendarPanel, sample_contacts: dict[str, ContactId]) -> None:
    # Ana's oldest item is 4 days overdue: the calendar still opens on today (issue 15).
    panel.select_contact(sample_contacts["ana"])
    assert panel.selected_day == TODAY and panel.month == (TODAY.year, TODAY.month)
    rows = [panel.agenda.topLevelItem(i) for i in range(panel.agenda.topLevelItemCount())]
    assert int(sample_contacts["zoe"]) in [r.data(0, ContactRole) for r in rows]


def test_window_title_counts_today_and_the_calendar_view_follows_the_list(
    qtbot, tmp_path, sample_contacts: dict[str, ContactId],  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtCore import QSettings

    from desktop.ui.common.settings import Settings
    from desktop.ui.main_window import VIEW_CALENDAR, MainWindow

    s = sample_contacts
    followups.add_followup(s["ana"], TODAY, "Today's call")
    followups.add_followup(s["bo"], TODAY - dt.timedelta(days=2), "Late one")
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    ops = Operations(QUndoStack())
    window = MainWindow(ops, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.startup_finished, timeout=30_000)
    # Qt appends " — Rapport" itself: the title must not say it too (QA: it read
    # "Rapport — 1 due today, 17 overdue — Rapport").
    assert window.windowTitle() == "1 due today, 1 overdue"
    assert window.commands.export_calendar_action.text().startswith("Export &Calendar")
    view = window.view_switcher.show_view(VIEW_CALENDAR)
    assert isinstance(view, CalendarPanel)
    _opened(qtbot, view)
    view.overdue.setFocus()
    view.overdue.setCurrentItem(view.overdue.topLevelItem(0))
    assert window.detail.contact_id() == s["bo"]  # the detail pane follows the calendar
    view.mark_done()
    # The title counts again in a turn of its own, after the repaint (issue 18).
    qtbot.waitUntil(lambda: window.windowTitle() == "1 due today", timeout=30_000)
    ops.undo_stack.undo()
    qtbot.waitUntil(lambda: window.windowTitle() == "1 due today, 1 overdue", timeout=30_000)


def test_lists_fit_their_columns_and_never_scroll_sideways(
    qtbot, panel: CalendarPanel, sample_contacts: dict[str, ContactId],  # type: ignore[no-untyped-def]
) -> None:
    """QA: the Overdue list scrolled sideways after a click and "15 d late" read "5 d
    late". The Due column fits its text, What takes the rest and elides."""
    followups.add_followup(sample_contacts["zoe"], TODAY - dt.timedelta(days=115),
                           "A very long reason that cannot possibly fit in this narrow list "
                           "of overdue follow-ups without eliding")
    panel.follow_change()
    _opened(qtbot, panel)
    panel.set_week_mode(True)
    panel.resize(700, 600)  # the middle column beside the sidebar and the detail pane
    qtbot.wait(20)
    for tree in (panel.overdue, panel.agenda):
        header = tree.header()
        row = tree.topLevelItem(0)
        assert row is not None
        rows = [row.child(0)] if row.childCount() else [row]
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                         pos=tree.visualItemRect(rows[0]).center())
        scroll = tree.horizontalScrollBar()
        assert scroll.maximum() == 0 and scroll.value() == 0
        assert header.length() <= tree.viewport().width()
        assert header.sectionViewportPosition(0) == 0
        for r in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(r)
            if tree.isFirstColumnSpanned(r, QModelIndex()):  # a week's day heading
                continue
            wanted = tree.fontMetrics().horizontalAdvance(item.text(0))
            assert header.sectionSize(0) >= wanted + 4, item.text(0)  # + the margins
    late = panel.overdue.topLevelItem(0)
    assert late.text(0) == "115 d late"
    assert panel.overdue.header().sectionSize(2) > 40  # What still shows some text


def test_day_badges_never_overlap_the_day_number(qtbot, panel: CalendarPanel) -> None:  # type: ignore[no-untyped-def]
    """QA: the meeting badge overlapped today's blue circle on the month grid."""
    grid = panel.grid
    view = followups.MonthView(TODAY.year, TODAY.month, {
        TODAY: followups.DayCounts(followups=12, meetings=3, birthdays=2)})
    grid.set_view(view, TODAY, TODAY)
    index = (TODAY - grid.first_shown()).days
    for size in ((420, 330), (520, 360), (640, 420), (760, 520), (1100, 800)):
        grid.resize(*size)
        cell = grid._cell_rect(index)
        circle = grid.number_rect(cell)
        badges = grid.badges(TODAY, cell)
        assert badges, size
        for rect, label, _colour, _font in badges:
            assert not rect.intersects(circle), (size, label)
            assert cell.contains(rect), (size, label)
        for (a, *_), (b, *_) in itertools.combinations(badges, 2):
            assert not a.intersects(b), size


def test_neighbouring_months_are_read_ahead_and_a_change_forgets_them(  # type: ignore[no-untyped-def]
        qtbot, panel: CalendarPanel, ops: Operations, sample_contacts: dict[str, ContactId]
) -> None:
    """Issue 4's speed: moving to the next or previous month finds it in memory."""
    year, month = panel.month
    after = (year + month // 12, month % 12 + 1)
    qtbot.waitUntil(lambda: panel.months.cached(after) is not None, timeout=30_000)
    # A follow-up added next month shows once the change arrives: nothing stale.
    ops.add_followup(sample_contacts["bo"], dt.date(after[0], after[1], 15), "Next month")
    assert panel.months.cached(after) is None
    panel.next_month()
    assert panel.grid._view.days[dt.date(after[0], after[1], 15)].followups >= 1


def test_a_months_read_that_failed_is_read_again_at_the_next_change(  # type: ignore[no-untyped-def]
        qtbot, panel: CalendarPanel, ops: Operations, sample_contacts: dict[str, ContactId],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The month's counts are read in a worker after a change; one that failed (the
    database busy, say) left its months marked as being read: no later change read them
    again, the grid kept the counts from before, and the panel said it was reading."""
    import sqlite3
    import threading

    from tests.ui.windows import jobs_done

    before = panel.grid._view.counts(TODAY).followups
    real = followups.month_view
    failing = [True]

    def month_view(year: int, month: int) -> object:
        if failing[0] and threading.current_thread() is not threading.main_thread():
            raise sqlite3.OperationalError("database is locked")
        return real(year, month)

    monkeypatch.setattr(followups, "month_view", month_view)
    ops.add_followup(sample_contacts["bo"], TODAY, "Once more")  # its read fails
    jobs_done(qtbot)
    assert panel.months.cached(panel.month) is None
    failing[0] = False
    ops.add_followup(sample_contacts["zoe"], TODAY, "And again")  # read again, now whole
    _opened(qtbot, panel)
    assert panel.grid._view.counts(TODAY).followups == before + 2


def test_a_crowded_day_lists_the_first_rows_and_says_there_are_more(  # type: ignore[no-untyped-def]
        qtbot, ops: Operations, sample_contacts: dict[str, ContactId]
) -> None:
    from desktop.ui.calendar import agenda_lists as module

    for n in range(module.AGENDA_ROWS + 5):
        followups.add_followup(sample_contacts["ana"], TODAY, f"Item {n}")
    widget = CalendarPanel(ops)
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    _opened(qtbot, widget)
    rows = _texts(widget.agenda)
    assert len(rows) == module.AGENDA_ROWS
    assert widget.agenda_title.text().endswith(f"{module.AGENDA_ROWS}+")
    # No cap: "Show more" lists the rest, in place.
    assert widget.agenda_more.isVisible()
    qtbot.mouseClick(widget.agenda_more, Qt.MouseButton.LeftButton)
    assert len(_texts(widget.agenda)) == module.AGENDA_ROWS + 5
    assert not widget.agenda_more.isVisible()
    assert widget.agenda_title.text().endswith(f"{module.AGENDA_ROWS + 5}")


def test_after_an_action_the_grid_catches_up_from_a_worker(  # type: ignore[no-untyped-def]
    qtbot, panel: CalendarPanel, ops: Operations
) -> None:
    """Issue 18: after a follow-up is marked done elsewhere (the detail pane, a menu) the
    agenda, the overdue list and the month's counts follow from worker threads a moment
    later (never left stale)."""
    [zoe_today] = [i for i in followups.due(TODAY) if reason_text(i.reason) == "Say thanks"]
    before = panel.grid._view.counts(TODAY).followups
    assert before >= 1
    assert ops.mark_followup_done(zoe_today)
    _settled(qtbot, panel)
    assert "Say thanks" not in _texts(panel.agenda, 2)
    qtbot.waitUntil(lambda: panel.grid._view.counts(TODAY).followups == before - 1,
                    timeout=30_000)
    ops.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.grid._view.counts(TODAY).followups == before, timeout=30_000)


def test_the_grid_paints_again_only_the_days_that_changed(  # type: ignore[no-untyped-def]
        qtbot, panel: CalendarPanel, monkeypatch) -> None:
    """Issue 18: when a month's counts arrive after a change, or the selected day moves,
    the grid paints those days again, not all 42, and the picture is the one a whole
    paint makes."""
    from desktop.services.followups import DayCounts, MonthView

    grid = panel.grid
    grid.repaint()
    painted: list[set[int] | None] = []
    real = grid._paint

    def spy(painter, cells=None, week=None):  # type: ignore[no-untyped-def]
        if week is None:  # not a month painted ahead
            painted.append(None if cells is None else set(cells))
        real(painter, cells, week=week)

    monkeypatch.setattr(grid, "_paint", spy)
    view = grid._view
    day = next(d for d in (TODAY + dt.timedelta(days=n) for n in (2, -2, 3, -3))
               if d.month == view.month)
    days = dict(view.days)
    days[day] = DayCounts(followups=12, meetings=2, birthdays=1)
    grid.set_view(MonthView(view.year, view.month, days), grid.selected, TODAY)
    grid.repaint()
    assert painted == [{(day - grid.first_shown()).days}]
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    grid.repaint()
    painted.clear()
    step = 1 if (TODAY + dt.timedelta(days=1)).month == TODAY.month else -1
    qtbot.keyClick(grid, Qt.Key.Key_Right if step == 1 else Qt.Key.Key_Left)
    grid.repaint()  # the selection moved: two days
    assert painted == [{(d - grid.first_shown()).days
                        for d in (TODAY, TODAY + dt.timedelta(days=step))}]
    shown = grid._picture.toImage()
    grid._picture = None  # a whole paint of the same
    grid.repaint()
    assert painted[-1] is None
    assert grid._picture.toImage() == shown



def test_a_month_change_shows_the_month_painted_ahead(  # type: ignore[no-untyped-def]
        qtbot, panel: CalendarPanel, ops: Operations, sample_contacts, monkeypatch) -> None:
    """Issue 18: the months next to the one shown are painted ahead, in turns of their
    own, so moving to one (and back) only shows its picture; that picture is the one a
    whole paint makes, and after a change only the days whose counts changed are painted
    again."""
    grid = panel.grid
    year, month = panel.month
    after, before = (year + month // 12, month % 12 + 1), (year - (month == 1),
                                                           (month - 2) % 12 + 1)
    qtbot.waitUntil(lambda: len(grid._pictures) == 2, timeout=30_000)  # both neighbours
    painted: list[set[int] | None] = []
    real = grid._paint

    def spy(painter, cells=None, week=None):  # type: ignore[no-untyped-def]
        if week is None:  # not a month painted ahead
            painted.append(None if cells is None else set(cells))
        real(painter, cells, week=week)

    monkeypatch.setattr(grid, "_paint", spy)
    panel.next_month()
    grid.repaint()
    assert panel.month == after and painted == []
    shown = grid._picture.toImage()
    panel.previous_month()
    grid.repaint()
    assert panel.month == (year, month) and painted == []  # the picture it left
    panel.previous_month()
    grid.repaint()
    assert panel.month == before and painted == []
    # The same pixels as a whole paint of the month.
    panel.next_month()
    panel.next_month()
    grid.repaint()
    assert painted == [] and grid._picture.toImage() == shown
    grid._picture = None
    grid.repaint()
    assert painted == [None] and grid._picture.toImage() == shown
    # A change: the month's picture painted before it gets the changed day painted again.
    painted.clear()
    panel.previous_month()
    grid.repaint()
    day = dt.date(after[0], after[1], 11)
    ops.add_followup(sample_contacts["bo"], day, "Lunch")
    panel.next_month()
    grid.repaint()
    assert painted == [{(day - grid.first_shown()).days}]
    assert grid._view.counts(day).followups == 1

def test_arrow_keys_move_the_day_and_a_screen_reader_hears_it(  # type: ignore[no-untyped-def]
        qtbot, panel: CalendarPanel, monkeypatch) -> None:
    """Issue 14: the painted days are nothing to a screen reader, so the grid's accessible
    name is the selected day in words, and each move of the keyboard is announced."""
    from PySide6.QtGui import QAccessible

    from desktop.ui.calendar import month_grid
    from desktop.ui.common import formatting

    announced: list[tuple[object, object]] = []

    class Announcements:  # QAccessible as the grid calls it, recording what it says
        Event = QAccessible.Event

        @staticmethod
        def updateAccessibility(event) -> None:  # type: ignore[no-untyped-def]
            announced.append((event.type(), event.object()))

    monkeypatch.setattr(month_grid, "QAccessible", Announcements)
    grid = panel.grid
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    assert grid.accessibleName().startswith(formatting.day_text(TODAY) + ": ")
    assert formatting.month_year(TODAY) in grid.accessibleDescription()
    tomorrow = TODAY + dt.timedelta(days=1)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert panel.selected_day == tomorrow
    assert grid.accessibleName() == (f"{formatting.day_text(tomorrow)}: "
                                     "1 follow-up, 1 meeting")
    assert announced == [(QAccessible.Event.NameChanged, grid)]
    interface = QAccessible.queryAccessibleInterface(grid)
    assert interface.text(QAccessible.Text.Name) == grid.accessibleName()
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert panel.selected_day == tomorrow + dt.timedelta(days=7)
    assert grid.accessibleName().startswith(formatting.day_text(panel.selected_day))
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    assert panel.selected_day == TODAY
    assert len(announced) == 4
    qtbot.keyClick(grid, Qt.Key.Key_End)
    last = (TODAY.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    assert panel.selected_day == last
    qtbot.keyClick(grid, Qt.Key.Key_Home)
    assert panel.selected_day == TODAY.replace(day=1)
    assert grid.accessibleName().startswith(formatting.day_text(TODAY.replace(day=1)))
    panel.go_today()
    qtbot.keyClick(grid, Qt.Key.Key_Return)  # Enter opens the day: its agenda
    assert panel.agenda.hasFocus()
    assert panel.agenda.currentItem() is not None


def test_names_and_reasons_in_tooltips_show_as_typed(qtbot, panel: CalendarPanel) -> None:  # type: ignore[no-untyped-def]
    """Contact text is data (issue 14): a tooltip never renders it as markup."""
    from PySide6.QtGui import Qt as QtGuiNamespace
    from PySide6.QtGui import QTextDocument

    panel.select_day(TODAY + dt.timedelta(days=1))
    rows = [panel.agenda.topLevelItem(i) for i in range(panel.agenda.topLevelItemCount())]
    rows += [r.child(j) for r in list(rows) for j in range(r.childCount())]
    tips = [(r.text(1), r.toolTip(1), r.text(2), r.toolTip(2)) for r in rows]
    markup = next(t for t in tips if "<b>" in t[0])
    for text, tip in ((markup[0], markup[1]), (markup[2], markup[3])):
        shown = QTextDocument()
        if QtGuiNamespace.mightBeRichText(tip):
            shown.setHtml(tip)
        else:
            shown.setPlainText(tip)
        assert shown.toPlainText() == text  # every character as typed, no tag rendered


def test_mark_done_takes_its_row_out_and_keeps_the_others(  # type: ignore[no-untyped-def]
        qtbot, panel: CalendarPanel, ops: Operations) -> None:
    """A busy book lists hundreds of overdue follow-ups: marking one done takes out its
    row, the others stay as they were (not rebuilt, issue 18), and undo brings it back."""
    marker = Qt.ItemDataRole.UserRole + 99
    for tree in (panel.overdue, panel.agenda):
        for i in range(tree.topLevelItemCount()):
            tree.topLevelItem(i).setData(0, marker, "kept")
    panel.overdue.setFocus()
    panel.overdue.setCurrentItem(panel.overdue.topLevelItem(0))
    qtbot.keyClick(panel.overdue, Qt.Key.Key_D)  # Mark done: Ana's
    assert _texts(panel.overdue) == ["Bo Chen"]
    assert panel.overdue.topLevelItem(0).data(0, marker) == "kept"
    assert panel.overdue_title.text().startswith("OVERDUE · 1")
    assert [panel.agenda.topLevelItem(i).data(0, marker)
            for i in range(panel.agenda.topLevelItemCount())] == ["kept"]
    ops.undo_stack.undo()  # Ana's row comes back in its place; Bo's stays as it was
    _settled(qtbot, panel)
    assert _texts(panel.overdue) == ["Ana Silva", "Bo Chen"]
    assert [panel.overdue.topLevelItem(i).data(0, marker) for i in range(2)] == [None, "kept"]


def test_after_mark_done_the_lists_are_read_in_a_worker_and_the_row_goes_at_once(  # type: ignore[no-untyped-def]
        qtbot, panel: CalendarPanel, ops: Operations, monkeypatch) -> None:
    """Issue 18: after "Mark done" / "Snooze" the agenda and the overdue list are read off
    the UI thread; the acted-on row is gone before that read arrives, the rest follows."""
    import threading

    reads: list[tuple[str, bool]] = []  # (list, read on the UI thread)
    for name in ("agenda", "overdue"):
        real = getattr(followups, name)

        def spy(*args, _real=real, _name=name, **kwargs):  # type: ignore[no-untyped-def]
            reads.append((_name, threading.current_thread() is threading.main_thread()))
            return _real(*args, **kwargs)

        monkeypatch.setattr(followups, name, spy)
    panel.overdue.setFocus()
    panel.overdue.setCurrentItem(panel.overdue.topLevelItem(0))
    qtbot.keyClick(panel.overdue, Qt.Key.Key_D)  # Mark done: Ana's
    assert _texts(panel.overdue) == ["Bo Chen"]  # at once, before any read arrived
    assert panel.overdue_title.text().startswith("OVERDUE · 1")
    assert panel.overdue.currentItem().text(1) == "Bo Chen"  # ready for the next one
    qtbot.waitUntil(lambda: not panel.lists_pending, timeout=30_000)
    assert {name for name, _ in reads} == {"agenda", "overdue"}
    assert not any(on_ui for _, on_ui in reads), reads
    assert _texts(panel.overdue) == ["Bo Chen"]
    assert panel.overdue.currentItem().text(1) == "Bo Chen"

    # Snooze today's follow-up from the agenda: its row goes at once, the read follows.
    reads.clear()
    panel.agenda.setFocus()
    row = next(i for i in range(panel.agenda.topLevelItemCount())
               if panel.agenda.topLevelItem(i).text(2) == "Say thanks")
    panel.agenda.setCurrentItem(panel.agenda.topLevelItem(row))
    qtbot.keyClick(panel.agenda, Qt.Key.Key_W)  # Snooze 1 week
    assert "Say thanks" not in _texts(panel.agenda, 2)
    qtbot.waitUntil(lambda: not panel.lists_pending, timeout=30_000)
    assert reads and not any(on_ui for _, on_ui in reads), reads
    assert "Say thanks" not in _texts(panel.agenda, 2)
    assert _texts(panel.overdue) == ["Bo Chen"]


def test_every_refresh_after_a_change_reads_the_lists_in_a_worker(  # type: ignore[no-untyped-def]
        qtbot, panel: CalendarPanel, ops: Operations, monkeypatch,
        sample_contacts: dict[str, ContactId]) -> None:
    """Issue 18, one way: whatever made the change (the panel's own key, its undo or
    redo, a follow-up done or added elsewhere: the detail pane, a menu, a dialog; a change
    made while the calendar was hidden), the agenda and the overdue list are read off the
    UI thread, never on it, and show the change once the read arrives."""
    import threading

    reads: list[tuple[str, bool]] = []  # (what was read, read on the UI thread)
    for name in ("agenda", "overdue", "has_stale_cadence"):
        real = getattr(followups, name)

        def spy(*args, _real=real, _name=name, **kwargs):  # type: ignore[no-untyped-def]
            reads.append((_name, threading.current_thread() is threading.main_thread()))
            return _real(*args, **kwargs)

        monkeypatch.setattr(followups, name, spy)

    def read_in_a_worker(change) -> None:  # type: ignore[no-untyped-def]
        reads.clear()
        change()
        _settled(qtbot, panel)
        assert {name for name, _ in reads} == {"agenda", "overdue", "has_stale_cadence"}
        assert not any(on_ui for _, on_ui in reads), reads

    panel.overdue.setFocus()
    panel.overdue.setCurrentItem(panel.overdue.topLevelItem(0))
    read_in_a_worker(lambda: qtbot.keyClick(panel.overdue, Qt.Key.Key_D))  # Ana's done
    assert _texts(panel.overdue) == ["Bo Chen"]
    read_in_a_worker(ops.undo_stack.undo)
    assert _texts(panel.overdue) == ["Ana Silva", "Bo Chen"]
    read_in_a_worker(ops.undo_stack.redo)
    assert _texts(panel.overdue) == ["Bo Chen"]
    [bo] = followups.open_followups(sample_contacts["bo"])
    read_in_a_worker(lambda: ops.mark_followup_done(bo))  # as the detail pane does it
    assert _texts(panel.overdue) == ["Nothing overdue"]
    read_in_a_worker(lambda: ops.add_followup(sample_contacts["zoe"], TODAY, "Call back"))
    assert "Call back" in _texts(panel.agenda, 2)
    panel.hide()  # a change while the calendar is not shown: read when it is shown again
    ops.undo_stack.undo()
    assert not reads or not any(on_ui for _, on_ui in reads)
    read_in_a_worker(panel.show)
    assert "Call back" not in _texts(panel.agenda, 2)


def test_a_list_read_after_an_action_is_dropped_when_a_newer_one_started(  # type: ignore[no-untyped-def]
        qtbot, panel: CalendarPanel) -> None:
    """The user moves to another day while the agenda of an action is being read: the
    late read never replaces the day now shown."""
    tomorrow = TODAY + dt.timedelta(days=1)
    panel.overdue.setFocus()
    panel.overdue.setCurrentItem(panel.overdue.topLevelItem(0))
    qtbot.keyClick(panel.overdue, Qt.Key.Key_D)  # the worker reads today's agenda
    panel.select_day(tomorrow)  # read at once, on the UI thread
    shown = _texts(panel.agenda, 2)
    assert "<i>markup</i> reason" in shown and "Say thanks" not in shown
    qtbot.waitUntil(lambda: not panel.lists_pending, timeout=30_000)
    assert _texts(panel.agenda, 2) == shown  # today's late read was dropped
    assert _texts(panel.overdue) == ["Bo Chen"]  # the overdue list's read still applied


def test_a_read_finishing_after_a_newer_one_does_not_hide_it(  # type: ignore[no-untyped-def]
        qtbot, panel: CalendarPanel, ops: Operations, monkeypatch: pytest.MonkeyPatch) -> None:
    """The lists are read by pool threads, which can finish in any order: the read after
    Mark done arriving after the one after its undo replaced it, and the overdue list kept
    the row the undo brought back out of sight."""
    from PySide6.QtCore import QThreadPool

    from desktop.ui.calendar import calendar_lists

    held: list[Worker] = []

    class HoldingPool:  # the panel's reads wait here until the test starts them
        @staticmethod
        def globalInstance() -> HoldingPool:
            return HoldingPool()

        def start(self, worker: Worker) -> None:
            held.append(worker)

    monkeypatch.setattr(calendar_lists, "QThreadPool", HoldingPool)
    panel.overdue.setFocus()
    panel.overdue.setCurrentItem(panel.overdue.topLevelItem(0))
    qtbot.keyClick(panel.overdue, Qt.Key.Key_D)  # Mark done: a read starts
    assert _texts(panel.overdue) == ["Bo Chen"]
    ops.undo_stack.undo()  # a newer read starts
    assert len(held) == 2
    for worker in reversed(held):  # the newer read finishes first
        with qtbot.waitSignal(worker.signals.finished, timeout=30_000):
            QThreadPool.globalInstance().start(worker)
    _settled(qtbot, panel)
    assert _texts(panel.overdue) == ["Ana Silva", "Bo Chen"]
