"""A window left open overnight shows the new day: what is due, "Today" and "Tomorrow",
the calendar's today and agenda, this week's focus, the title's count (``TodayWatch.check_day``,
``Changes.day``).

The process's clock is the real one; only its time zone is moved so that local midnight
comes a few seconds after the test starts (``TZ`` and ``time.tzset``), and put back after.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.models import close_database, open_database
from desktop.services import contacts, followups
from desktop.services.types import ContactFields
from desktop.ui import sidebar as sb
from desktop.ui.contacts.list_cells import Column
from desktop.ui.main_window import VIEW_CALENDAR, VIEW_LIST
from tests.ui.windows import open_main_window

SECONDS_BEFORE_MIDNIGHT = 4


@pytest.fixture()
def midnight_soon() -> Iterator[dt.date]:
    """Local time moved to a few seconds before midnight (a POSIX time zone whose offset
    from UTC is what it takes, always between 0 and 24 hours); yields the day ending."""
    utc = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    target = dt.datetime.combine(utc.date(), dt.time(23, 59, 60 - SECONDS_BEFORE_MIDNIGHT))
    if target > utc:
        target -= dt.timedelta(days=1)
    offset = int((utc - target).total_seconds())  # local = UTC - offset
    saved = os.environ.get("TZ")
    os.environ["TZ"] = f"RAP+{offset // 3600}:{offset % 3600 // 60:02d}:{offset % 60:02d}"
    time.tzset()
    try:
        assert dt.datetime.now().time() >= dt.time(23, 59, 50)
        yield dt.date.today()
    finally:
        if saved is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = saved
        time.tzset()


def test_an_open_window_moves_to_the_new_day_at_midnight(
    qtbot, tmp_path: Path, midnight_soon: dt.date,  # type: ignore[no-untyped-def]
) -> None:
    day = midnight_soon
    tomorrow = day + dt.timedelta(days=1)
    open_database(tmp_path / "rapport.sqlite3")
    try:
        ana, _ = contacts.create_contact(ContactFields(full_name="Ana Silva"))
        bo, _ = contacts.create_contact(ContactFields(full_name="Bo Chen"))
        followups.add_followup(ana, tomorrow, "Call Ana")
        followups.add_followup(bo, day, "Call Bo")
        window = open_main_window(qtbot, tmp_path)
        qtbot.waitUntil(lambda: window.today_watch.reminders is not None, timeout=30_000)
        model = window.model

        def cell(cid: int) -> str:
            row = model.row_of(cid)
            assert row is not None
            return str(model.index(row, Column.NEXT_FOLLOWUP).data())

        def due_count() -> object:
            return window.sidebar._items[sb.DUE].data(sb.CountRole)

        panel = window.view_switcher.show_view(VIEW_CALENDAR)
        qtbot.waitUntil(lambda: not panel.reading, timeout=30_000)  # type: ignore[attr-defined]
        window.view_switcher.show_view(VIEW_LIST)
        assert dt.date.today() == day, "the test started too late to see midnight"
        assert (cell(ana), cell(bo)) == ("Tomorrow", "Today")
        assert due_count() == 1
        assert window.windowTitle() == "1 due today"
        assert panel.selected_day == day  # type: ignore[attr-defined]

        def focus_reasons() -> list[str]:
            return [card.reason.text() for card in panel.cards]  # type: ignore[attr-defined]

        assert "Reconnect: you meant to call Ana (due tomorrow)" in focus_reasons()

        qtbot.waitUntil(lambda: dt.date.today() == tomorrow, timeout=30_000)
        # Nothing was touched: the views follow the clock alone.
        qtbot.waitUntil(lambda: due_count() == 2, timeout=30_000)
        qtbot.waitUntil(lambda: (cell(ana), cell(bo)) == ("Today", "Yesterday"),
                        timeout=30_000)
        qtbot.waitUntil(lambda: window.windowTitle() == "1 due today, 1 overdue",
                        timeout=30_000)
        # The calendar, hidden, was on the day that was today: it opens on the new one.
        window.view_switcher.show_view(VIEW_CALENDAR)
        qtbot.waitUntil(lambda: not panel.reading, timeout=30_000)  # type: ignore[attr-defined]
        assert panel.selected_day == tomorrow  # type: ignore[attr-defined]
        agenda = panel.agenda  # type: ignore[attr-defined]
        assert [agenda.topLevelItem(i).text(1)
                for i in range(agenda.topLevelItemCount())] == ["Ana Silva"]
        # This week's focus, proposed yesterday, tells its reasons as of today.
        assert "Reconnect: you meant to call Ana (due today)" in focus_reasons()
    finally:
        close_database()
