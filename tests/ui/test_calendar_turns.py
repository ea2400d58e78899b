"""What opening the calendar and a calendar action (D, S, their undo, a follow-up done
elsewhere) do to the event loop's turns and to the widgets of the detail pane (issue 18):
opening reads nothing on the UI thread and shows its lists a list a turn; the calendar
repaints the
change before the sidebar's counts, the window's title and the pane read anything; the
pane ends on the new state (and on the old one after undo), keeping the labels and rows
that show the same; another contact's tags reuse the chips of the tags that went, drawn
exactly as new ones (counted and compared, not timed)."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QWidget

from desktop.services import contacts, followups, overview
from desktop.services.types import ContactId
from desktop.ui import sidebar as sb
from desktop.ui.calendar.calendar_panel import CalendarPanel
from desktop.ui.contacts.detail_pane import DetailPane
from desktop.ui.contacts.tag_chips import SPARE_CHIPS, ChipTag, TagChip, TagChips
from desktop.ui.contacts.timeline_section import TimelineSection
from desktop.ui.main_window import VIEW_CALENDAR, MainWindow
from tests.ui.windows import LoopPasses, open_main_window, pane_filled

TODAY = dt.date.today()
TODAY_FOLLOWS_THE_CLOCK = True  # TODAY is set again as each test starts (conftest)
# What a follow-up's change makes the window read: the sidebar's counts, the title's count
# and the detail pane's contact.
READS_AFTER_A_CHANGE = ((overview, "list_counts"), (followups, "today_count"),
                        (contacts, "get_contact"))


def _spy(monkeypatch: pytest.MonkeyPatch, module: object, name: str,
         note: Callable[[str], object]) -> None:
    """``module.name`` tells *note* its name each time it is called, then runs."""
    original = getattr(module, name)

    def spy(*args: object, **kwargs: object) -> object:
        note(name)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, spy)


@pytest.fixture()
def window(qtbot, tmp_path: Path, sample_contacts: dict[str, ContactId]
           ) -> Iterator[MainWindow]:
    s = sample_contacts
    followups.add_followup(s["ana"], TODAY, "Today's call")
    followups.add_followup(s["bo"], TODAY - dt.timedelta(days=2), "Late one")
    followups.add_followup(s["bo"], TODAY + dt.timedelta(days=9), "Send the deck")
    yield open_main_window(qtbot, tmp_path)


def _calendar_on_bo(qtbot, window: MainWindow) -> CalendarPanel:  # type: ignore[no-untyped-def]
    # Start-up's last quiet turns (the pane's chips made ahead) are over.
    qtbot.waitUntil(window.detail.made_ahead, timeout=30_000)
    view = window.view_switcher.show_view(VIEW_CALENDAR)
    assert isinstance(view, CalendarPanel)
    qtbot.waitUntil(lambda: not view.reading, timeout=30_000)  # read in workers
    view.overdue.setFocus()
    view.overdue.setCurrentItem(view.overdue.topLevelItem(0))
    pane_filled(qtbot)
    qtbot.wait(50)  # the selection's repaints are done
    assert window.detail.name_label.text() == "Bo Chen"
    return view


def _activity(pane: DetailPane) -> list[tuple[str, str]]:
    """The "Keeping in touch" rows as shown: (label, value)."""
    labels = [w for w in pane.activity_grid.findChildren(QLabel) if not w.isHidden()]
    texts = [w.text() for w in sorted(labels, key=lambda w: (w.y(), w.x()))]
    return list(zip(texts[::2], texts[1::2], strict=True))


def _followup_rows(pane: DetailPane) -> list[QWidget]:
    section = pane.findChild(TimelineSection)
    assert section is not None
    box = section.followups_box
    return [w for i in range(box.count()) if (w := box.itemAt(i).widget()) is not None]


def _row_texts(row: QWidget) -> list[str]:
    return [w.text() for w in row.findChildren(QLabel)]


def _fresh(window: MainWindow, qtbot) -> DetailPane:  # type: ignore[no-untyped-def]
    """A pane built now, showing the same contact: what a refill must look like."""
    pane = DetailPane(window.ops)
    qtbot.addWidget(pane)
    pane.resize(window.detail.size())
    pane.show()
    pane.show_contact(window.detail.contact_id())
    return pane


def test_opening_the_calendar_reads_in_workers_and_shows_a_list_a_turn(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening the calendar read and filled both lists and the month's counts on the UI
    thread in the click's turn, with the panel's first paint: 120-190 ms at 300,000
    contacts. Now the click's turn only builds the panel; the reads run in workers and
    each list is filled in a turn of its own, after the window's repaint."""
    from desktop.ui.calendar import calendar_lists

    qtbot.waitUntil(lambda: window.startup_loaded, timeout=30_000)
    ui_thread = threading.get_ident()
    passes = LoopPasses()
    read_on_ui: list[str] = []
    for name in ("agenda", "overdue", "month_view", "has_stale_cadence"):
        _spy(monkeypatch, followups, name, lambda n: (
            read_on_ui.append(n) if threading.get_ident() == ui_thread else None))
    filled: dict[str, int] = {}
    for name in ("fill_agenda", "fill_overdue"):
        _spy(monkeypatch, calendar_lists, name, lambda n: filled.setdefault(n, passes.count))
    repaints: list[int] = []

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.UpdateRequest:
                repaints.append(passes.count)
            return False

    painted = Painted()
    window.installEventFilter(painted)
    passes.start()
    view = window.view_switcher.show_view(VIEW_CALENDAR)
    assert isinstance(view, CalendarPanel)
    opened = passes.count
    assert filled == {}  # the click's turn fills no list
    qtbot.waitUntil(lambda: not view.reading, timeout=30_000)
    passes.stop()
    window.removeEventFilter(painted)
    assert read_on_ui == []
    first_paint = min(p for p in repaints if p >= opened)
    assert first_paint < filled["fill_agenda"] < filled["fill_overdue"], (
        repaints, filled)
    # What the lists show is what the database holds.
    assert [view.overdue.topLevelItem(i).text(1)
            for i in range(view.overdue.topLevelItemCount())] == ["Bo Chen"]
    assert view.agenda.topLevelItem(0).text(1) == "Ana Silva"
    assert view.grid.showing(TODAY.year, TODAY.month)
    assert view.months.cached((TODAY.year, TODAY.month)) is not None


def test_mark_done_repaints_the_calendar_before_counts_title_and_pane_read(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    view = _calendar_on_bo(qtbot, window)
    order: list[str] = []

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            # The window's repaint pass (the calendar's row taken out, the list).
            if event.type() == QEvent.Type.UpdateRequest:
                order.append("window repainted")
            return False

    painted = Painted()
    window.installEventFilter(painted)
    for module, name in READS_AFTER_A_CHANGE:
        _spy(monkeypatch, module, name, order.append)
    view.mark_done()
    assert order == []  # the key press's turn reads none of them
    qtbot.waitUntil(lambda: window.windowTitle() == "1 due today", timeout=30_000)
    pane_filled(qtbot)
    qtbot.waitUntil(lambda: not view.lists_pending, timeout=30_000)
    window.removeEventFilter(painted)
    first_paint = order.index("window repainted")
    for read in ("list_counts", "today_count", "get_contact"):
        assert read in order and order.index(read) > first_paint, order
    assert view.overdue.topLevelItemCount() == 1  # "Nothing overdue"
    due = window.sidebar._items[sb.DUE].data(sb.CountRole)
    assert due == (overview.list_counts(None).due or None) and due == 1


def test_counts_title_and_pane_each_take_a_turn_of_their_own(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """Waiting for a quiet turn, all three came due in the same one: together they held
    the loop as long as the key press's turn they were taken out of."""
    view = _calendar_on_bo(qtbot, window)
    passes = LoopPasses()
    seen: dict[str, int] = {}
    for module, name in READS_AFTER_A_CHANGE:
        _spy(monkeypatch, module, name, lambda n: seen.setdefault(n, passes.count))
    passes.start()
    view.mark_done()
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=30_000)
    pane_filled(qtbot)
    passes.stop()
    assert len(set(seen.values())) == 3, seen


def test_the_pane_ends_on_the_new_state_after_a_calendar_action_and_its_undo(
        qtbot, window: MainWindow) -> None:
    view = _calendar_on_bo(qtbot, window)
    pane = window.detail
    before = _activity(pane)
    assert before[-1][0] == "Follow up" and "overdue by 2 days" in before[-1][1]
    labels = pane.activity_grid.findChildren(QLabel)
    rows = _followup_rows(pane)
    assert [_row_texts(r)[1] for r in rows] == ["Late one", "Send the deck"]

    view.mark_done()
    pane_filled(qtbot)
    after = _activity(pane)
    assert after[-1][0] == "Follow up" and "due in 9 days" in after[-1][1]
    assert after == _activity(_fresh(window, qtbot))
    # The labels stayed: only the date's text changed (a label made anew, selectable
    # and styled, cost ~1.5 ms of the turn).
    assert all(shiboken6.isValid(w) for w in labels)
    assert set(pane.activity_grid.findChildren(QLabel)) == set(labels)
    # The follow-up still open keeps its row; the one done is gone.
    now = _followup_rows(pane)
    assert now == [rows[1]] and _row_texts(now[0])[1] == "Send the deck"
    assert [_row_texts(r) for r in now] == [
        _row_texts(r) for r in _followup_rows(_fresh(window, qtbot))]

    window.ops.undo_stack.undo()
    pane_filled(qtbot)
    assert _activity(pane) == before
    assert [_row_texts(r)[1] for r in _followup_rows(pane)] == ["Late one", "Send the deck"]
    assert _followup_rows(pane)[1] is rows[1]
    qtbot.waitUntil(lambda: not view.lists_pending, timeout=30_000)
    assert view.overdue.topLevelItem(0).text(1) == "Bo Chen"


def test_a_follow_up_done_elsewhere_and_a_snooze_leave_no_stale_pane(
        qtbot, window: MainWindow) -> None:
    view = _calendar_on_bo(qtbot, window)
    pane = window.detail
    item = view.current_followup()
    assert item is not None
    view.snooze_days(1)
    pane_filled(qtbot)
    assert "due tomorrow" in _activity(pane)[-1][1]
    assert _activity(pane) == _activity(_fresh(window, qtbot))
    later = followups.open_followups(item.contact_id)[0]
    window.ops.mark_followup_done(later)  # as the pane's Done button does
    pane_filled(qtbot)
    assert "due in 9 days" in _activity(pane)[-1][1]
    assert [_row_texts(r)[1] for r in _followup_rows(pane)] == ["Send the deck"]
    assert _activity(pane) == _activity(_fresh(window, qtbot))


def _chips(qtbot, tags: list[ChipTag]) -> TagChips:  # type: ignore[no-untyped-def]
    chips = TagChips(removable=True, addable=False)
    qtbot.addWidget(chips)
    chips.resize(320, 120)
    chips.show()
    chips.set_tags(tags)
    qtbot.waitExposed(chips)
    return chips


def test_another_contacts_tags_reuse_the_chips_and_look_like_new_ones(
        qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    chips = _chips(qtbot, [ChipTag("Chess"), ChipTag("Politics", category="avoid"),
                           ChipTag("Jazz", "#2563eb")])
    old = list(chips._chips)
    made: list[ChipTag] = []
    original = TagChip.__init__

    def making(self: TagChip, tag: ChipTag, *args: object, **kwargs: object) -> None:
        made.append(tag)
        original(self, tag, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(TagChip, "__init__", making)
    new = [ChipTag("Religion", category="avoid"), ChipTag("Jazz", "#2563eb"),
           ChipTag("Sailing"), ChipTag("Running")]
    chips.set_tags(new)
    assert made == [ChipTag("Running")]  # one more than before: the others reused
    assert chips._chips[1] is old[2]  # Jazz kept its chip
    assert {id(c) for c in chips._chips[:3]} == {id(c) for c in old}
    monkeypatch.undo()
    fresh = _chips(qtbot, new)
    qtbot.wait(20)
    for shown in (chips, fresh):  # a new window focuses its first x: not what is compared
        focused = shown.focusWidget()
        if focused is not None:
            focused.clearFocus()
    qtbot.wait(20)
    assert chips.grab().toImage() == fresh.grab().toImage()
    for mine, theirs in zip(chips._chips, fresh._chips, strict=True):
        assert mine.toolTip() == theirs.toolTip()
        assert mine.accessibleName() == theirs.accessibleName()
        assert mine.remove_button is not None and theirs.remove_button is not None
        assert mine.remove_button.accessibleName() == theirs.remove_button.accessibleName()
    # A reused chip's x removes its new tag.
    edited: list[tuple[str, ...]] = []
    chips.tags_edited.connect(edited.append)
    button = chips._chips[0].remove_button
    assert button is not None
    button.click()
    assert edited == [("Jazz", "Sailing", "Running")]


def test_the_first_contact_shows_its_tags_on_chips_made_ahead(
        qtbot, tmp_path: Path, sample_contacts: dict[str, ContactId],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Start-up makes the pane's chips in quiet turns of their own, for the most used
    tags: the first contact shown (select-all's) shows its tags on them, drawn as new
    chips would be."""
    window = open_main_window(qtbot, tmp_path)
    chips = window.detail.tag_chips
    qtbot.waitUntil(lambda: chips.spare_count() == SPARE_CHIPS
                    and window.detail.made_ahead(), timeout=30_000)
    made: list[ChipTag] = []
    original = TagChip.__init__

    def making(self: TagChip, tag: ChipTag, *args: object, **kwargs: object) -> None:
        made.append(tag)
        original(self, tag, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(TagChip, "__init__", making)
    given: list[TagChip] = []
    set_tag = TagChip.set_tag
    monkeypatch.setattr(TagChip, "set_tag", lambda self, tag: (given.append(self),
                                                               set_tag(self, tag)))
    window.contact_list.select_contact(sample_contacts["ana"])
    pane_filled(qtbot)
    assert made == []
    # The most used tags had chips of their own made ahead: none of the contact's tags
    # needed a chip given a new tag (and look).
    assert not [c for c in given if c in chips._chips]
    assert sorted(chips.chip_texts()) == ["Investors", "Jazz", "Running"]
    assert sorted(window.detail.common_chips.chip_texts()) == ["Jazz", "Running"]
    assert all(c.isVisible() for c in chips._chips)
    monkeypatch.undo()
    fresh = _chips(qtbot, [ChipTag(c.tag.name, c.tag.colour, c.tag.category)
                           for c in chips._chips])
    for mine, theirs in zip(chips._chips, fresh._chips, strict=True):
        assert mine.size() == theirs.size()
        assert mine.styleSheet() == theirs.styleSheet()
        assert mine.toolTip() == theirs.toolTip()
