"""What the user's keys and a tagged selection do to the event loop's turns (issue 18): the
detail pane fills in a turn of its own after the list's repaint, once for several fast
moves, and always ends on the current contact; after tagging a selection the sidebar's
counts follow the list's repaint (counted, not timed)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop.services import contacts, favors, followups, interactions, phones, tags
from desktop.services.interactions import InteractionDraft
from desktop.services.types import ContactId
from desktop.ui import sidebar as sb
from desktop.ui.contacts.detail_pane import DetailPane
from desktop.ui.contacts.introductions_section import IntroductionsSection
from desktop.ui.contacts.timeline_section import TimelineSection
from desktop.ui.main_window import MainWindow
from tests.ui.windows import open_main_window, pane_filled, wait_for_job


@pytest.fixture()
def window(qtbot, tmp_path: Path, sample_contacts: dict[str, ContactId]
           ) -> Iterator[MainWindow]:
    yield open_main_window(qtbot, tmp_path)


def test_start_up_warms_libphonenumber_in_a_worker_before_the_pane_is_built(
        qtbot, tmp_path: Path, sample_contacts: dict[str, ContactId],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The pane's first contact paid libphonenumber's loading of its numbers' regions (and
    the country names of addresses) on the UI thread: start-up warms it in its worker,
    with the stored numbers, before the step that builds the pane."""
    import threading

    from desktop.ui.contacts.detail_pane import DetailPane

    order: list[tuple[str, object, bool]] = []
    monkeypatch.setattr(phones, "warm", lambda numbers: order.append(
        ("warmed", list(numbers), threading.current_thread() is threading.main_thread())))
    built = DetailPane.__init__

    def building(self: DetailPane, *args: object, **kwargs: object) -> None:
        order.append(("built", None, threading.current_thread() is threading.main_thread()))
        built(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(DetailPane, "__init__", building)
    window = open_main_window(qtbot, tmp_path)
    assert window.detail_if_built is not None
    assert order == [("warmed", ["+442079460018"], False), ("built", None, True)]


def _first_row_shown(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus, timeout=30_000)
    window.contact_list.focus_list()
    window.table.selectRow(0)
    pane_filled(qtbot)
    assert window.detail.contact_id() == window.model.contact_id(0)


def test_fast_arrow_keys_fill_the_pane_once_with_the_last_contact(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    _first_row_shown(qtbot, window)
    pane = window.detail
    read: list[ContactId] = []
    original = contacts.get_contact

    def counting(contact_id: ContactId, *args: object, **kwargs: object) -> object:
        read.append(contact_id)
        return original(contact_id, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(contacts, "get_contact", counting)
    for _ in range(3):
        qtbot.keyClick(window.table, Qt.Key.Key_Down)
    last = window.model.contact_id(3)
    assert window.contact_list.shown_id == last  # the list has moved on at once...
    assert pane.contact_id() == window.model.contact_id(0)  # ...the pane in a later turn
    pane_filled(qtbot)
    assert pane.contact_id() == last
    assert read == [last]  # read once, for the last contact: not for each one passed
    assert pane.name_label.text() == original(last).fields.full_name  # type: ignore[union-attr]


def test_the_pane_fills_after_the_lists_repaint_of_its_new_row(
        qtbot, window: MainWindow) -> None:
    _first_row_shown(qtbot, window)
    pane = window.detail
    order: list[str] = []

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                order.append("list painted")
            return False

    painted = Painted()
    window.table.viewport().installEventFilter(painted)
    original = pane._fill

    def fill(detail: object, *args: object) -> None:
        order.append("pane filled")
        original(detail, *args)  # type: ignore[arg-type]

    pane._fill = fill  # type: ignore[method-assign]
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    pane_filled(qtbot)
    window.table.viewport().removeEventFilter(painted)
    assert order and order[0] == "list painted" and "pane filled" in order
    assert order.index("pane filled") > order.index("list painted")
    assert pane.contact_id() == window.model.contact_id(1)


def test_remind_me_right_after_an_arrow_key_is_for_the_contact_it_chose(
        qtbot, window: MainWindow) -> None:
    _first_row_shown(qtbot, window)
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    qtbot.keyClick(window.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    section = window.detail.findChild(TimelineSection)
    assert section is not None and section.dialog is not None
    assert window.detail.contact_id() == window.model.contact_id(1)
    section.dialog.reject()
    qtbot.waitUntil(lambda: section.dialog is None, timeout=30_000)


def _sidebar_count(window: MainWindow, name: str) -> int | None:
    found = tags.find_tag(name)
    item = window.sidebar._items.get(sb.tag_key(found)) if found is not None else None
    return None if item is None else item.data(sb.CountRole)


def test_after_tagging_a_selection_the_list_repaints_once_then_the_sidebar_counts(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui.operations import contacts as contact_ops

    monkeypatch.setattr(contact_ops, "BULK_SELECTION", 2)  # four contacts count as many here
    _first_row_shown(qtbot, window)
    window.table.selectAll()
    pane_filled(qtbot)
    qtbot.wait(50)  # the selection's repaint is done
    ids = window.contact_list.selected_ids()
    assert len(ids) == 4
    seen: list[tuple[str, int | None]] = []

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                seen.append(("list painted", _sidebar_count(window, "Summit")))
            return False

    painted = Painted()
    window.ops.changes_applied.connect(
        lambda _c: seen.append(("changed", _sidebar_count(window, "Summit"))))
    window.table.viewport().installEventFilter(painted)
    ops = window.ops
    assert ops.change_tags(ids, add=["Summit"])
    wait_for_job(qtbot, ops)
    qtbot.waitUntil(lambda: _sidebar_count(window, "Summit") == 4, timeout=30_000)
    pane_filled(qtbot)
    qtbot.wait(50)
    window.table.viewport().removeEventFilter(painted)
    after = seen[[what for what, _ in seen].index("changed"):]
    # The job's end leaves the sidebar for later; the list repaints the tagged rows once,
    # before the sidebar shows the new count.
    assert after[0] == ("changed", None)
    assert [what for what, _ in after[1:]] == ["list painted"]
    assert after[1][1] is None
    assert all("Summit" in (window.model.index(r, 0).data(window.model.TagsRole) or ())
               for r in range(window.model.rowCount()))


def _placed(pane: DetailPane, parts: dict[str, QWidget]) -> dict[str, tuple[int, ...] | None]:
    """Where each part is on the pane's page (None: hidden), and how wide the page is (a
    scroll bar coming narrows it)."""
    content = pane.scroll_area.widget()
    assert content is not None
    placed: dict[str, tuple[int, ...] | None] = {
        name: (part.mapTo(content, QPoint(0, 0)).toTuple() + part.size().toTuple()
               if part.isVisibleTo(content) else None)
        for name, part in parts.items()}
    placed["page width"] = (content.width(),)
    return placed


def _parts(pane: DetailPane) -> dict[str, QWidget]:
    timeline = pane.findChild(TimelineSection)
    introductions = pane.findChild(IntroductionsSection)
    assert timeline is not None and introductions is not None
    return {"header": pane.header, "stage": pane.stage_section, "tags": pane.tags_section,
            "in common": pane.common_section, "avoid": pane.avoid_section,
            "contact": pane.contact_section, "dates": pane.dates_section,
            "story": pane.story_section, "activity": pane.activity_section,
            "timeline": timeline, "introductions": introductions,
            "notes": pane.notes_section}


def test_the_first_contacts_grids_fill_in_later_turns_in_place(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, sample_contacts: dict[str, ContactId]) -> None:
    """The pane's first contact (select-all's at 300,000 contacts: its busiest turn) shows
    its header, stage and tags in its turn; the grids (new labels and links, styled for
    the first time) fill in a quiet turn after it, the timeline in the two after that
    (its first rows, then the rest), the introductions and the note last. Nothing shown
    moves when the later parts come, nothing stale or half-filled shows meanwhile, and the
    pane ends as one that showed the contact at once.
    """
    ana = sample_contacts["ana"]
    today = dt.date.today()
    followups.add_followup(ana, today + dt.timedelta(days=5), "Send the deck")
    for days in range(1, 5):  # a timeline as tall as the pane's grids
        interactions.log_interaction(InteractionDraft(
            "call", dt.datetime.combine(today - dt.timedelta(days=days * 9), dt.time(10)),
            (ana,), f"Call number {days}", "Talked about the trail race and the kids."))
    favors.add_favor(ana, "given", "referral", "Introduced her to a recruiter", today)
    window = open_main_window(qtbot, tmp_path)
    pane = window.detail
    assert pane.contact_id() is None  # nothing shown yet: this is the pane's first fill
    parts = _parts(pane)
    seen: list[dict[str, tuple[int, ...] | None]] = []
    empty: list[bool] = []
    filled_later = pane._below_later._callback

    def later() -> None:
        # At the start of each later turn: what the turns before showed, laid out.
        seen.append(_placed(pane, parts))
        empty.append(pane.contact_grid.is_empty())
        filled_later()

    pane._below_later._callback = later
    content = pane.scroll_area.widget()
    assert content is not None
    squeezed: list[tuple[int, int]] = []

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                need = content.heightForWidth(content.width())
                if content.height() < need:
                    squeezed.append((content.height(), need))
            return False

    painted = Painted()
    content.installEventFilter(painted)
    row = window.model.row_of(ana)
    assert row is not None
    window.table.selectRow(row)
    pane_filled(qtbot)
    qtbot.wait(20)
    final = _placed(pane, parts)
    content.removeEventFilter(painted)
    # The page was never painted shorter than its sections (squeezed, they overlapped).
    assert squeezed == []
    # Four later turns: the grids, the timeline's first rows, the rest of them, the
    # introductions with the note.
    assert len(seen) == 4
    first, second, third, fourth = seen
    # The first turn built no grid, and showed none, nor the note.
    assert empty == [True, False, False, False]
    for name in ("contact", "dates", "story", "activity", "notes"):
        assert first[name] is None, name
    # The sections below, not filled yet, are out of sight, below the pane's page.
    viewport = pane.scroll_area.viewport().height()
    for placed, waiting in ((first, ("timeline", "introductions")),
                            (second, ("timeline", "introductions")),
                            (third, ("introductions",)),
                            (fourth, ("introductions",))):
        for name in waiting:
            where = placed[name]
            assert where is None or where[1] >= viewport, name
    # Nothing shown moved (the scroll bar was there from the first turn).
    for name in ("header", "stage", "tags", "in common", "avoid", "page width"):
        assert first[name] == second[name] == third[name] == fourth[name] == final[name], name
    for name in ("contact", "activity"):
        assert second[name] is not None, name
        assert second[name] == third[name] == fourth[name] == final[name], name
    assert fourth["timeline"] == final["timeline"]
    assert final["timeline"] is not None and final["introductions"] is not None
    assert final["notes"] is not None

    # As a pane that showed the contact at once.
    fresh = DetailPane(window.ops)
    qtbot.addWidget(fresh)
    fresh.resize(pane.size())
    fresh.show()
    qtbot.waitExposed(fresh)
    fresh.show_contact(ana)
    qtbot.wait(20)
    assert _placed(fresh, _parts(fresh)) == final
    assert fresh.visible_sections() == pane.visible_sections()
    for grid in ("contact_grid", "dates_grid", "story_grid", "activity_grid"):
        assert getattr(pane, grid).row_texts() == getattr(fresh, grid).row_texts(), grid
    assert pane.note_view.toPlainText() == fresh.note_view.toPlainText()


def _first_fill(qtbot, tmp_path: Path, contact: ContactId,  # type: ignore[no-untyped-def]
                probe: Callable[[DetailPane], None],
                ready: Callable[[MainWindow], bool] | None = None) -> MainWindow:
    """The main window's pane showing *contact* as its first, after a row's selection
    (select-all's case), once *ready* says so; *probe* sees the pane at the start of
    each later turn."""
    window = open_main_window(qtbot, tmp_path)
    if ready is not None:
        qtbot.waitUntil(lambda: ready(window), timeout=30_000)
    pane = window.detail
    assert pane.contact_id() is None
    filled_later = pane._below_later._callback

    def later() -> None:
        probe(pane)
        filled_later()

    pane._below_later._callback = later
    row = window.model.row_of(contact)
    assert row is not None
    window.table.selectRow(row)
    pane_filled(qtbot)
    qtbot.wait(20)
    return window


def _tab_stops(widget: QWidget) -> list[QWidget]:
    """The widgets under *widget* that Tab lands on (Qt's rule: shown in the window,
    enabled, taking focus by Tab)."""
    window = widget.window()
    return [w for w in widget.findChildren(QWidget)
            if w.isVisibleTo(window) and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def test_tab_and_screen_readers_never_reach_a_section_not_filled_yet(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, sample_contacts: dict[str, ContactId]) -> None:
    """While the pane's first contact fills over quiet turns, the sections below not filled
    yet are out of sight and hidden: their buttons (Remind Me…, Log Interaction…, Add
    Favour…, Introduce…) are not Tab stops and a screen reader does not list them (it
    lists the widgets shown); each is once filled."""
    ana = sample_contacts["ana"]
    interactions.log_interaction(InteractionDraft(
        "call", dt.datetime.combine(dt.date.today() - dt.timedelta(days=3), dt.time(10)),
        (ana,), "Call", "Talked."))
    reached: list[tuple[int, str, int]] = []
    shown: list[tuple[int, str]] = []

    def probe(pane: DetailPane) -> None:
        # Later turns: the grids, the timeline (two turns), the introductions with the note.
        turn = len({n for n, _, _ in reached})
        waiting = {"timeline": pane.findChild(TimelineSection),
                   "introductions": pane.findChild(IntroductionsSection)}
        if turn >= 2:
            del waiting["timeline"]
        for name, section in waiting.items():
            assert section is not None
            reached.append((turn, name, len(_tab_stops(section))))
            if section.isVisibleTo(pane.window()):
                shown.append((turn, name))

    window = _first_fill(qtbot, tmp_path, ana, probe)
    assert reached, "no later turn probed"
    assert [stops for *_, stops in reached if stops] == [], reached
    assert shown == []
    timeline = window.detail.findChild(TimelineSection)
    introductions = window.detail.findChild(IntroductionsSection)
    assert timeline is not None and introductions is not None
    assert timeline.remind_button in _tab_stops(timeline)
    assert _tab_stops(introductions)


def test_the_first_contacts_timeline_rows_come_over_two_turns(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, sample_contacts: dict[str, ContactId]) -> None:
    """A page of new timeline rows (shown, polished, painted) was the busiest of the first
    contact's turns after select-all at 300,000 contacts (issue 18): the first few come
    in the timeline's turn, the rest of the page in the next, in order."""
    ana = sample_contacts["ana"]
    today = dt.date.today()
    for days in range(1, 10):
        interactions.log_interaction(InteractionDraft(
            "call", dt.datetime.combine(today - dt.timedelta(days=days), dt.time(10)),
            (ana,), f"Call number {days}", ""))
    rows: list[int] = []

    def probe(pane: DetailPane) -> None:
        timeline = pane.findChild(TimelineSection)
        assert timeline is not None
        rows.append(len(timeline.entry_widgets()))

    window = _first_fill(qtbot, tmp_path, ana, probe)
    timeline = window.detail.findChild(TimelineSection)
    assert timeline is not None
    # Before the grids, before the timeline, after its first turn (some rows), after its
    # second (all nine), after the introductions' turn.
    assert len(rows) == 4, rows
    assert rows[:2] == [0, 0] and 0 < rows[2] < 9 and rows[3] == 9, rows
    assert [w.entry.summary for w in timeline.entry_widgets()] == [
        f"Call number {days}" for days in range(1, 10)]
    assert timeline.timeline_count() == 9
    assert not timeline.more_button.isVisibleTo(timeline)


@pytest.mark.parametrize("at", [0, 1, 2])
def test_another_contact_before_the_first_filled_shows_every_section(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, sample_contacts: dict[str, ContactId], at: int) -> None:
    """An arrow key while the pane's first contact still fills (*at* the start of its
    first, second or third later turn: some sections below hidden, not filled yet): the
    next contact's sections show, filled for it, none left hidden, and those never
    filled are no Tab stops meanwhile."""
    ana, bo = sample_contacts["ana"], sample_contacts["bo"]
    interactions.log_interaction(InteractionDraft(
        "call", dt.datetime.combine(dt.date.today() - dt.timedelta(days=3), dt.time(10)),
        (bo,), "Call with Bo", ""))
    turns: list[int] = []
    moved: list[bool] = []

    reached: list[tuple[int, str, int]] = []

    def probe(pane: DetailPane) -> None:
        turns.append(len(turns))
        if turns[-1] == at and not moved:
            moved.append(True)
            pane.show_contact(bo, later=True)
        elif moved:
            never = {"introductions": pane.findChild(IntroductionsSection)}
            if at == 0:  # the timeline's first rows fill in the second later turn
                never["timeline"] = pane.findChild(TimelineSection)
            for name, section in never.items():
                assert section is not None
                reached.append((turns[-1], name, len(_tab_stops(section))))

    window = _first_fill(qtbot, tmp_path, ana, probe)
    pane = window.detail
    assert moved and pane.contact_id() == bo
    assert reached and [stops for *_, stops in reached if stops] == [], reached
    timeline = pane.findChild(TimelineSection)
    introductions = pane.findChild(IntroductionsSection)
    assert timeline is not None and introductions is not None
    assert timeline.isVisibleTo(pane) and introductions.isVisibleTo(pane)
    assert [w.entry.summary for w in timeline.entry_widgets()] == ["Call with Bo"]
    assert pane.contact_section.isVisibleTo(pane)


class _Watch(QObject):
    """Resizes of widgets already sized (a layout placing them again) and first polishes
    (a widget styled for the first time: a new one) of the widgets under *root*."""

    def __init__(self, root: QWidget) -> None:
        super().__init__()
        self._root = root
        self.resized: list[QWidget] = []
        self.polished: list[QWidget] = []

    def under(self, widget: QObject) -> bool:
        w: QObject | None = widget
        while w is not None:
            if w is self._root:
                return True
            w = w.parent()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget) and self.under(watched):
            if event.type() == QEvent.Type.Resize and event.oldSize().isValid():
                self.resized.append(watched)
            elif event.type() == QEvent.Type.Polish:
                self.polished.append(watched)
        return False


def _rich_contact(ana: ContactId, bo: ContactId, zoe: ContactId) -> None:
    """Ana with a timeline of several kinds of entry, two introductions and a note."""
    from desktop.services import graph
    from desktop.services.graph import IntroductionFields

    today = dt.date.today()
    now = dt.datetime.combine(today, dt.time(12))
    for n, (status, summary, notes) in enumerate((
            ("held", "Coffee", "Talked about the trail race and the kids. " * 12),
            ("held", "Call", "Short one."),
            ("cancelled", "Lunch", ""),
            ("held", "", "Only notes"),
            ("held", "Dinner", ""))):
        interactions.log_interaction(InteractionDraft(
            "meeting", now - dt.timedelta(days=3 * n + 2), (ana,), summary, notes,
            status=status))
    interactions.log_interaction(InteractionDraft(
        "meeting", now + dt.timedelta(days=4), (ana,), "Plan the trip", "", status="planned"))
    day = today - dt.timedelta(days=30)
    graph.record_introduction(IntroductionFields(ana, bo, None, day, status="made"))
    graph.record_introduction(IntroductionFields(zoe, ana, None, day, status="met"))


def test_the_first_contacts_later_turns_place_what_is_shown_once(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, sample_contacts: dict[str, ContactId]) -> None:
    """The first contact after select-all fills over later turns (issue 18). Qt lays a
    widget's parents out at the sizes they have as soon as it shows: rows shown one by one
    in a shown section squeezed the rows above them, then gave them their height back when
    the section grew, every wrapping label laid out and repainted twice, 11.5-18.5 ms a
    turn at 100,000-300,000 contacts. Now a section is filled hidden and shown once, at
    the height it needs, on a page with room below: in the grids' turn and in the
    timeline's first nothing already placed is placed again, but the page that grows."""
    ana, bo, zoe = sample_contacts["ana"], sample_contacts["bo"], sample_contacts["zoe"]
    _rich_contact(ana, bo, zoe)
    placed_again: list[list[str]] = []
    watches: list[_Watch] = []

    def probe(pane: DetailPane) -> None:
        # At the start of each later turn: what the turn before placed again.
        if watches:
            done = watches.pop()
            QApplication.instance().removeEventFilter(done)  # type: ignore[union-attr]
            placed_again.append([f"{type(w).__name__}#{w.objectName()}" for w in done.resized
                                 if w is not pane.scroll_area.widget()])
        watch = _Watch(pane)
        QApplication.instance().installEventFilter(watch)  # type: ignore[union-attr]
        watches.append(watch)

    window = _first_fill(qtbot, tmp_path, ana, probe)
    for watch in watches:
        QApplication.instance().removeEventFilter(watch)  # type: ignore[union-attr]
    assert len(placed_again) == 3, placed_again  # the turns before the last
    grids, timeline_first, _rest = placed_again
    assert grids == [] and timeline_first == [], placed_again
    timeline = window.detail.findChild(TimelineSection)
    assert timeline is not None and timeline.isVisible()
    assert len(timeline.entry_widgets()) == 6


def _within(widget: QWidget, part: QWidget) -> bool:
    w: QWidget | None = widget
    while w is not None:
        if w is part:
            return True
        w = w.parentWidget()
    return False


def test_the_first_contacts_rows_and_labels_were_made_ahead(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, sample_contacts: dict[str, ContactId]) -> None:
    """Start-up makes the pane's widgets ahead in quiet turns (issue 18): tag chips,
    timeline rows, the grids' labels and links, introduction rows, hidden and styled. The
    first contact's later turns then style no new one of these (a widget styled and shown
    for the first time was most of each of those turns), and it reads as a pane that
    showed the contact at once."""
    from desktop.ui.contacts.introductions_section import IntroductionRow
    from desktop.ui.contacts.timeline_entry import TimelineEntryWidget

    ana, bo, zoe = sample_contacts["ana"], sample_contacts["bo"], sample_contacts["zoe"]
    _rich_contact(ana, bo, zoe)
    watch: list[_Watch] = []

    def probe(pane: DetailPane) -> None:
        if not watch:
            watch.append(_Watch(pane))
            QApplication.instance().installEventFilter(watch[0])  # type: ignore[union-attr]

    window = _first_fill(qtbot, tmp_path, ana, probe, ready=lambda w: w.detail.made_ahead())
    QApplication.instance().removeEventFilter(watch[0])  # type: ignore[union-attr]
    pane = window.detail
    grids = (pane.contact_grid, pane.dates_grid, pane.story_grid, pane.activity_grid)
    new = [type(w).__name__ for w in watch[0].polished
           if isinstance(w, TimelineEntryWidget | IntroductionRow)
           or any(_within(w, row) for row in pane.findChildren(TimelineEntryWidget))
           or any(_within(w, row) for row in pane.findChildren(IntroductionRow))
           or any(w.parentWidget() is grid for grid in grids)]
    assert new == []
    timeline = pane.findChild(TimelineSection)
    assert timeline is not None and len(timeline.entry_widgets()) == 6
    fresh = DetailPane(window.ops)
    qtbot.addWidget(fresh)
    fresh.resize(pane.size())
    fresh.show()
    fresh.show_contact(ana)
    qtbot.wait(20)
    fresh_timeline = fresh.findChild(TimelineSection)
    assert fresh_timeline is not None
    assert ([(w.entry, [label.text() for label in w.findChildren(QLabel) if label.isVisible()])
             for w in timeline.entry_widgets()]
            == [(w.entry, [label.text() for label in w.findChildren(QLabel) if label.isVisible()])
                for w in fresh_timeline.entry_widgets()])
    for grid in ("contact_grid", "dates_grid", "story_grid", "activity_grid"):
        assert getattr(pane, grid).row_texts() == getattr(fresh, grid).row_texts(), grid
    rows = [(r.label.text(), r.status.currentData()) for r in pane.findChildren(IntroductionRow)
            if r.isVisibleTo(pane)]
    assert rows and rows == [(r.label.text(), r.status.currentData())
                             for r in fresh.findChildren(IntroductionRow)
                             if r.isVisibleTo(fresh)]
