"""Follow-up calendar and timeline speed on the 100,000-contact demo network (issue 4).

Budgets: the month view and agenda update in <= 50 ms when the user moves between months;
the timeline of a contact with 1,000 interactions opens in <= 100 ms. Both are measured on
the real widgets (offscreen), including the repaint, on a copy of the demo database with
1,000 interactions added to one contact. Prints medians.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import demo_db, fmt_ms, median

MONTH_BUDGET = 0.050
TIMELINE_BUDGET = 0.100
ROUNDS = 24


def _prepare(source: Path, target: Path) -> int:
    """Copy the demo database and give one contact 1,000 interactions; its id."""
    shutil.copyfile(source, target)
    con = sqlite3.connect(target)
    columns = {r[1] for r in con.execute("PRAGMA table_info(contact)")}
    if "one_thing" not in columns:
        sys.exit(f"{source} predates the current schema: delete it and run again")
    cid = con.execute("SELECT id FROM contact WHERE is_me = 0 ORDER BY id LIMIT 1").fetchone()[0]
    first = con.execute("SELECT coalesce(max(id), 0) + 1 FROM interaction").fetchone()[0]
    rows = [(first + n, "call", f"2024-{1 + n % 12:02d}-{1 + n % 28:02d} {n % 24:02d}:00:00",
             f"Call {n}", "Talked about the project. " * 3, "2024-01-01 00:00:00")
            for n in range(1000)]
    con.executemany("INSERT INTO interaction (id, kind, happened_at, summary, notes, created_at) "
                    "VALUES (?,?,?,?,?,?)", rows)
    con.executemany("INSERT INTO interaction_participant (interaction_id, contact_id) "
                    "VALUES (?, ?)", [(r[0], cid) for r in rows])
    con.commit()
    con.close()
    return int(cid)


def main() -> None:
    source = demo_db(100_000)
    tmp = Path(tempfile.mkdtemp(prefix="rapport-bench-calendar-"))
    try:
        path = tmp / "demo.sqlite3"
        busy = _prepare(source, path)

        from PySide6.QtGui import QUndoStack
        from PySide6.QtWidgets import QApplication

        from desktop.models import open_database
        from desktop.services import followups, interactions

        app = QApplication.instance() or QApplication([])
        open_database(path)
        from desktop.services.types import ContactId
        from desktop.ui.calendar.calendar_panel import CalendarPanel
        from desktop.ui.contacts.detail_pane import DetailPane
        from desktop.ui.contacts.timeline_section import TimelineSection
        from desktop.ui.operations import Operations

        ops = Operations(QUndoStack())
        t0 = time.perf_counter()
        panel = CalendarPanel(ops)
        panel.resize(1000, 760)
        panel.show()
        app.processEvents()
        build = time.perf_counter() - t0

        # Moving between months: service queries, the grid's repaint, the agenda list.
        panel.set_week_mode(False)
        month_times: list[float] = []
        service_times: list[float] = []
        for n in range(ROUNDS):
            step = panel.next_month if n % 4 < 2 else panel.previous_month
            t = time.perf_counter()
            step()
            panel.grid.repaint()
            panel.agenda.viewport().repaint()
            month_times.append(time.perf_counter() - t)
            year, month = panel.month
            t = time.perf_counter()
            followups.month_view(year, month)
            followups.agenda(panel.selected_day, panel.selected_day)
            service_times.append(time.perf_counter() - t)

        # The timeline of a contact with 1,000 interactions, in the detail pane.
        pane = DetailPane(ops)
        pane.resize(420, 900)
        pane.show()
        app.processEvents()
        section = next(s for s in pane.extra_sections if isinstance(s, TimelineSection))
        other = ContactId(busy + 1)
        pane_times: list[float] = []
        section_times: list[float] = []
        query_times: list[float] = []
        for _ in range(ROUNDS // 2):
            pane.show_contact(other)
            app.processEvents()
            t = time.perf_counter()
            pane.show_contact(ContactId(busy))
            pane.repaint()
            pane_times.append(time.perf_counter() - t)
            detail = pane._detail
            assert detail is not None
            t = time.perf_counter()
            section.show_contact(detail)
            section_times.append(time.perf_counter() - t)
            t = time.perf_counter()
            page = interactions.timeline(ContactId(busy))
            query_times.append(time.perf_counter() - t)
        assert page.total >= 1000

        month = median(month_times)
        shown = median(pane_times)
        print("calendar and timeline, 100,000-contact demo network (medians)")
        print(f"  calendar panel first build (birthday index, focus)   {fmt_ms(build)}")
        print(f"  month change: month view + agenda + repaint          {fmt_ms(month)}"
              f"   budget 50 ms  ratio {month / MONTH_BUDGET:.2f}")
        print(f"    of which the service queries                       "
              f"{fmt_ms(median(service_times))}")
        print(f"  timeline, 1,000 interactions: whole detail pane      {fmt_ms(shown)}"
              f"   budget 100 ms  ratio {shown / TIMELINE_BUDGET:.2f}")
        print(f"    timeline section alone                             "
              f"{fmt_ms(median(section_times))}")
        print(f"    first page query                                   "
              f"{fmt_ms(median(query_times))}")
        ok = month <= MONTH_BUDGET and shown <= TIMELINE_BUDGET
        print("  within budget" if ok else "  OVER BUDGET")
    finally:
        from desktop.models import close_database

        close_database()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
