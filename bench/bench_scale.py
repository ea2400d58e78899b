"""The stall watchdog (issue 18): a scripted session through the real main window on a big
address book, printing the longest UI-thread stall of each step and the peak memory,
beside the baselines measured in the same run.

A precise 2 ms timer on the UI thread (``common.StallWatch``) measures how long the event
loop did not run; every step is started from the event loop, as a click would be, and
measured until its result is on screen and the loop has been idle for a moment. Steps:
start-up after the first paint, a one-letter search and a typed one, sorting by every
column both ways, select all (Ctrl+A) and tagging the selection, tagging one contact,
opening the calendar (until its lists and the month's counts are shown), calendar
actions (mark done and its undo, snooze, a follow-up done through the operations as the
detail pane or a menu does it) and month changes, the network view, an import of
10,000 cards (9.6 MB: previewed and imported by a child process of the window's; the
memory line gives the window's peak during the import and the children's separately).

Baselines (same run, same machine load): a plain QTableView selecting all its rows, a
bare SQL read of the sorted ids (the indexed-column floor), the bare FTS5 query of a
one-letter search, the month's counts straight from their indexes, and the full recount
of tag memberships that the sidebar used to run after every change.

Each size runs in a fresh process (its peak memory is its own).

    python bench/bench_scale.py [--people 100000 300000] [--skip network import]
    python bench/bench_scale.py --only calendar     # the start-up and the calendar steps

Each stall is split into the UI thread's CPU, its wait for a core (*queued*, the kernel's
run queue: /proc/self/task/TID/schedstat) and what is left, time it *slept* (the
interpreter lock held by another thread, a lock, a disk read). Every collection of Python's
cyclic garbage collector is counted per step (``gc.callbacks``): on the UI thread by
generation with the longest, on other threads (they hold the interpreter lock meanwhile).
RAPPORT_BENCH_GC_TRACE=1 prints what each full collection found and where it started;
RAPPORT_BENCH_SWITCH=0.001 runs with that interpreter switch interval,
RAPPORT_BENCH_NICE=5 with every pool worker (and the import's child processes it starts)
at that nice (experiments).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import ROOT, GcWatch, StallWatch, demo_db, peak_rss_mb, rss_mb

STEPS = ("after first paint", "one-letter search", "typed search", "sort (worst column)",
         "select all", "tag the selection", "tag one contact", "open the calendar",
         "calendar: mark done",
         "calendar: undo", "calendar: snooze", "calendar: done elsewhere",
         "calendar: month change", "network view", "import 10,000 cards")
# The groups of steps --only picks (the start-up is always measured: the window opens).
GROUPS = ("search", "sort", "select", "tag", "calendar", "network", "import")
# Budgets of issue 18 (seconds of UI-thread stall; the sort has its own).
BUDGETS = {"after first paint": 0.050, "one-letter search": 0.030, "typed search": 0.050,
           "sort (worst column)": 0.100, "select all": 0.100, "tag the selection": 0.100,
           "tag one contact": 0.050, "open the calendar": 0.050,
           "calendar: mark done": 0.030, "calendar: undo": 0.030,
           "calendar: snooze": 0.030, "calendar: done elsewhere": 0.030,
           "calendar: month change": 0.050,
           "network view": 0.050, "import 10,000 cards": 0.050}


def _median_time(fn: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


class _ChildPeaks:
    """The largest peak resident memory (VmHWM) of this process's child processes (and
    theirs) while it runs: a big import's preview and import run in children of the
    window's process, whose own peak (``ru_maxrss``) does not include them.
    ``own_peak``: this process's largest resident memory seen meanwhile (every 50 ms)."""

    def __init__(self) -> None:
        import threading

        self.own_peak = 0.0
        self._peaks: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    @staticmethod
    def _children(pid: int) -> list[int]:
        found: list[int] = []
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            return found
        for task in tasks:
            try:
                with open(f"/proc/{pid}/task/{task}/children") as f:
                    found += [int(p) for p in f.read().split()]
            except OSError:
                continue
        return found + [g for c in found for g in _ChildPeaks._children(c)]

    def _run(self) -> None:
        while not self._stop.wait(0.05):
            self.own_peak = max(self.own_peak, rss_mb())
            for pid in self._children(os.getpid()):
                try:
                    with open(f"/proc/{pid}/status") as f:
                        line = next(x for x in f if x.startswith("VmHWM:"))
                except (OSError, StopIteration):
                    continue
                self._peaks[pid] = max(self._peaks.get(pid, 0.0), int(line.split()[1]) / 1024)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return max(self._peaks.values(), default=0.0)


def baselines(people: int) -> dict[str, float]:
    """What the floors cost on this machine now (the database is open)."""
    import datetime as dt

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from desktop.models import db
    from desktop.services import tags

    app = QApplication.instance()
    assert app is not None

    class Plain(QAbstractTableModel):
        def rowCount(self, parent: object = QModelIndex()) -> int:
            return people

        def columnCount(self, parent: object = QModelIndex()) -> int:
            return 6

        def data(self, index: QModelIndex, role: int = 0) -> object:
            return "Ana Silva" if role == Qt.ItemDataRole.DisplayRole else None

    view = QTableView()
    model = Plain()
    view.setModel(model)
    # The same headers as the app's (a selection model of their own): without it Qt's
    # header asks about every row of a selected column on each paint, seconds at 100,000.
    from PySide6.QtCore import QItemSelectionModel

    empty = QItemSelectionModel(model)
    view.horizontalHeader().setSelectionModel(empty)
    view.verticalHeader().setSelectionModel(empty)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.resize(900, 700)
    view.show()
    app.processEvents()

    def plain_select_all() -> None:
        view.clearSelection()
        app.processEvents()
        start = time.perf_counter()
        view.selectAll()
        view.viewport().repaint()
        app.processEvents()
        times.append(time.perf_counter() - start)

    times: list[float] = []
    for _ in range(3):
        plain_select_all()
    view.close()
    out = {"select all": statistics.median(times)}

    def scan() -> object:
        return db.execute_sql("SELECT json_group_array(id) FROM (SELECT id FROM contact "
                              "WHERE is_me = 0 ORDER BY sort_key)").fetchone()

    out["sort (worst column)"] = _median_time(scan, 3)
    out["one-letter search"] = _median_time(lambda: db.execute_sql(
        "SELECT json_group_array(rowid) FROM contact_fts WHERE contact_fts MATCH '\"a\"*'"
    ).fetchone(), 3)
    first = dt.date.today().replace(day=1)
    a, b = first.isoformat(), (first + dt.timedelta(days=30)).isoformat()
    out["calendar: month change"] = _median_time(lambda: (
        db.execute_sql("SELECT count(*) FROM follow_up WHERE done = 0 AND "
                       "coalesce(snoozed_until, due_on) BETWEEN ? AND ?", (a, b)).fetchone(),
        db.execute_sql("SELECT count(*) FROM contact WHERE birthday IS NOT NULL AND "
                       "substr(birthday, -5) BETWEEN ? AND ?", (a[5:], b[5:])).fetchone(),
        db.execute_sql("SELECT count(*) FROM interaction WHERE kind = 'meeting' AND "
                       "happened_at >= ? AND happened_at < ?", (a, b)).fetchone()))
    out["tag recount (before)"] = _median_time(lambda: db.execute_sql(
        "SELECT tag_id, count(*) FROM contact_tag GROUP BY tag_id").fetchall(), 3)
    out["tag counts (now)"] = _median_time(tags.list_tags, 3)
    return out


def session(people: int, skip: set[str], only: set[str] | None = None) -> dict[str, object]:
    """The scripted run (in this process); returns the figures. *only*: just these groups
    of steps (``GROUPS``); *skip*: not these."""
    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtGui import QUndoStack
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.models import open_database
    from desktop.services import search
    from desktop.ui.common.settings import Settings
    from desktop.ui.main_window import MainWindow
    from desktop.ui.operations import Operations

    source = demo_db(people)
    tmp = Path(tempfile.mkdtemp(prefix="rapport-bench-scale-"))
    path = tmp / "bench.sqlite3"
    shutil.copy(source, path)
    open_database(path)  # migrations (if the cached data set is older) before the clock

    app = QApplication.instance() or QApplication([])
    from desktop.ui.common import style

    style.apply(app)  # the window as the app shows it: its stylesheet makes painting dearer
    floors = baselines(people)

    def wait_until(cond: Callable[[], bool], timeout: float = 300.0) -> None:
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(5)
        poll.timeout.connect(lambda: loop.quit() if cond() else None)
        deadline = time.perf_counter() + timeout
        while not cond():
            if time.perf_counter() > deadline:
                raise SystemExit("timed out waiting for a step to finish")
            poll.start()
            loop.exec()  # idle as the application is: other threads get the GIL
            poll.stop()

    def idle(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    figures: dict[str, dict[str, float]] = {}
    runs: dict[str, dict[str, dict[str, float]]] = {}  # every run of a repeated step
    collections: dict[str, dict[str, float]] = {}  # the collector's runs, all runs of a step
    watch = StallWatch()
    collector = GcWatch()
    if os.environ.get("RAPPORT_BENCH_SWITCH"):  # an experiment: the GIL's switch interval
        sys.setswitchinterval(float(os.environ["RAPPORT_BENCH_SWITCH"]))
    if os.environ.get("RAPPORT_BENCH_NICE"):  # an experiment: the workers' priority
        import threading

        from desktop.ui.common import workers

        nice, run_job = int(os.environ["RAPPORT_BENCH_NICE"]), workers.Worker.run

        def run_nicer(self: workers.Worker) -> None:
            tid = threading.get_native_id()  # Linux: nice is per thread, inherited
            os.setpriority(os.PRIO_PROCESS, tid, max(os.getpriority(os.PRIO_PROCESS, tid),
                                                     nice))
            run_job(self)

        workers.Worker.run = run_nicer  # type: ignore[method-assign]

    def count_collections(name: str) -> None:
        into = collections.setdefault(name, {})
        for key, value in collector.summary().items():
            into[key] = (max(into.get(key, 0.0), value) if "longest" in key
                         else into.get(key, 0.0) + value)

    def wanted(group: str) -> bool:
        return (only is None or group in only) and group not in skip

    def step(name: str, action: Callable[[], object], done: Callable[[], bool] | None = None,
             settle_ms: int = 300, what: str = "") -> None:
        """Run *action* from the event loop; its longest stall until *done* and then
        *settle_ms* of idle (trailing repaints and jobs count too). A step run several
        times keeps its worst run, *what* names that run (e.g. the column and order)."""
        idle(100)
        ran: list[float] = []

        def run() -> None:
            start = time.perf_counter()
            action()
            ran.append(time.perf_counter() - start)

        watch.reset()
        collector.reset()
        profile = _profiler(name)
        start = time.perf_counter()
        QTimer.singleShot(0, run)
        wait_until(lambda: bool(ran) and (done is None or done()))
        latency = time.perf_counter() - start
        idle(settle_ms)
        stall, cpu, queued = watch.longest, watch.longest_cpu, watch.longest_queued
        count_collections(name)
        _report_profile(profile, name)
        best = figures.get(name)
        if best is None or stall > best["stall"]:  # a step run several times: its worst
            figures[name] = {"stall": stall, "cpu": cpu, "queued": queued,
                             "latency": latency, "call": ran[0],
                             **({"what": what} if what else {})}
        if what:
            runs.setdefault(name, {})[what] = {"stall": stall, "cpu": cpu}

    # --- start-up --------------------------------------------------------------------
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Operations(QUndoStack()), settings)
    window.resize(1280, 800)
    painted: list[float] = []
    window.first_paint.connect(lambda: painted.append(time.perf_counter()))
    launched = time.perf_counter()
    window.show()
    wait_until(lambda: bool(painted))
    watch.reset()
    collector.reset()
    profile = _profiler("after first paint")
    wait_until(lambda: window.startup_finished and not window.model.busy)
    idle(500)
    _report_profile(profile, "after first paint")
    count_collections("after first paint")
    figures["after first paint"] = {"stall": watch.longest, "cpu": watch.longest_cpu,
                                    "queued": watch.longest_queued,
                                    "latency": time.perf_counter() - painted[0],
                                    "call": painted[0] - launched}
    import gc

    tracked = {"after start-up": len(gc.get_objects()), "frozen": gc.get_freeze_count()}
    watch.reset()
    idle(2000)  # nothing to do: the longest gap is this machine's own noise now
    floors["idle (machine noise)"] = watch.longest
    model = window.model
    listed = lambda: not model.busy  # noqa: E731
    memory = {"list open": rss_mb()}

    # --- search ----------------------------------------------------------------------
    for letter in ("a", "m") if wanted("search") else ():
        step("one-letter search", lambda t=letter: window.search_field.setText(t),
             lambda t=letter: model.list_filter.text == t and not model.busy)
        step("clear the search", lambda: window.search_field.setText(""),
             lambda: model.list_filter.text == "" and not model.busy)
    typed = "ana silva" if wanted("search") else ""
    for end in range(1, len(typed) + 1):
        step("typed search", lambda t=typed[:end]: window.search_field.setText(t),
             lambda t=typed[:end]: model.list_filter.text == t.strip() or not model.busy,
             settle_ms=90)  # a keystroke every ~0.1 s
    if wanted("search"):
        step("clear the search", lambda: window.search_field.setText(""),
             lambda: model.list_filter.text == "" and not model.busy)

    # --- sort ------------------------------------------------------------------------
    header = window.table.horizontalHeader()
    # The list opens sorted by name, ascending: the name column comes last, so every
    # measured click changes the order shown (a click on the order already shown does
    # nothing, 0.4 ms).
    columns = [*range(1, model.columnCount()), 0]
    for column in columns if wanted("sort") else ():
        label = model.headerData(column, Qt.Orientation.Horizontal,
                                 Qt.ItemDataRole.DisplayRole)
        for order, direction in ((Qt.SortOrder.AscendingOrder, "ascending"),
                                 (Qt.SortOrder.DescendingOrder, "descending")):
            step("sort (worst column)", lambda c=column, o=order: header.setSortIndicator(c, o),
                 listed, what=f"{label} {direction}")
    if wanted("sort"):  # back to the list's own order (not one of the measured sorts)
        step("sort back by name",
             lambda: header.setSortIndicator(0, Qt.SortOrder.AscendingOrder), listed)
        floors["page paint (UI CPU)"] = page_paint(window.table)

    # --- selection and actions on it -------------------------------------------------
    def select_all() -> None:
        window.table.setFocus()
        QTest.keyClick(window.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)

    if wanted("select"):
        step("select all", select_all,
             lambda: window.contact_list.selected_count() == model.rowCount())
    ops = window.ops
    if wanted("select") and "bulk" not in skip:
        step("tag the selection",
             lambda: ops.change_tags(window.contact_list.selected_ids(), add=["Scale bench"]),
             lambda: not ops.busy if hasattr(ops, "busy") else True)
        memory["after tagging the whole book"] = rss_mb()
        step("undo tagging the selection", ops.undo_stack.undo,
             lambda: not ops.busy if hasattr(ops, "busy") else True)
        memory["after its undo"] = rss_mb()
        memory["peak so far"] = peak_rss_mb()
    if wanted("tag"):
        first = search.query_ids(search.ListFilter())[0]
        window.contact_list.select_contact(first)
        step("tag one contact", lambda: ops.change_tags([first], add=["Scale bench one"]))

    # --- calendar --------------------------------------------------------------------
    from desktop.ui.calendar.calendar_panel import CalendarPanel

    def calendar_shown() -> bool:
        """The calendar's lists and the month's counts are in (read in workers)."""
        view = window.findChild(CalendarPanel)
        return isinstance(view, CalendarPanel) and not view.reading

    if wanted("calendar"):
        step("open the calendar", lambda: window.view_switcher.show_view("calendar"),
             calendar_shown)
    panel = window.view_switcher.show_view("calendar")
    assert isinstance(panel, CalendarPanel)

    def pick_overdue(row: int) -> None:
        """Select an overdue row, as a click would (outside the step: the detail pane
        shows the person), so the step is the panel's own action, as the D / S key."""
        panel.overdue.setCurrentItem(panel.overdue.topLevelItem(row))
        idle(100)

    # Done once the lists a worker reads after the action have arrived (if it reads any).
    settled = lambda: not getattr(panel, "lists_pending", False)  # noqa: E731
    def done_elsewhere() -> None:
        """Mark the selected row's follow-up done as the detail pane or a menu does:
        through ``Operations``, not the panel's own action."""
        item = panel.current_followup()
        assert item is not None
        ops.mark_followup_done(item)

    for _n in range(3) if wanted("calendar") else ():
        pick_overdue(0)
        step("calendar: mark done", panel.mark_done, settled)
        step("calendar: undo", ops.undo_stack.undo, settled)
        pick_overdue(4)
        step("calendar: snooze", lambda: panel.snooze_days(1), settled)
        pick_overdue(2)
        step("calendar: done elsewhere", done_elsewhere, settled)
    for move in ((panel.next_month, panel.next_month, panel.previous_month,
                  panel.previous_month, panel.previous_month) if wanted("calendar") else ()):
        step("calendar: month change", move)
    step("back to the list", lambda: window.view_switcher.show_view("list"))

    # --- network ---------------------------------------------------------------------
    memory["before network"] = rss_mb()
    if wanted("network"):
        from desktop.ui.network.panel import GraphPanel

        shown: list[bool] = []
        clicked: list[float] = []
        picture: list[float] = []

        def open_network() -> None:
            clicked.append(time.perf_counter())
            view = window.view_switcher.show_view("network")
            if isinstance(view, GraphPanel):
                view.layout_finished.connect(lambda: picture.append(time.perf_counter()))
                view.insights_finished.connect(lambda: shown.append(True))

        # Done when the side lists (connectors, introductions) are filled; the picture is
        # on screen before that, and is reported apart.
        step("network view", open_network, lambda: bool(shown), settle_ms=500)
        if picture and "network view" in figures:
            figures["network view"]["picture"] = picture[0] - clicked[0]
        memory["network open"] = rss_mb()
        released: list[bool] = []
        network = window.findChild(GraphPanel)
        assert network is not None
        network.released.connect(lambda: released.append(True))
        step("back to the list", lambda: window.view_switcher.show_view("list"))
        # The hidden view lets go of what it read on a timer (seconds later): a step of
        # its own, else its turn fell into the next step (the import's, 29-31 ms of UI
        # CPU of that step's longest gap at 300,000).
        step("network view released", lambda: None, lambda: bool(released), settle_ms=500)
        memory["network closed"] = rss_mb()

    # --- import ----------------------------------------------------------------------
    memory["peak before the import"] = peak_rss_mb()
    if wanted("import"):
        from bench.bench_vcard_parse import make_corpus

        cards = tmp / "cards.vcf"
        cards.write_bytes(make_corpus(10_000, seed=18))
        imported: list[object] = []

        def start_import() -> None:
            window.files.import_vcards([cards])
            dialog = window.files.import_dialog
            assert dialog is not None
            dialog.imported.connect(imported.append)
            # Import as the user's click would: in a turn after the preview has shown.
            dialog.preview_ready.connect(lambda: QTimer.singleShot(1, dialog.start_import))

        children = _ChildPeaks()
        step("import 10,000 cards", start_import, lambda: bool(imported), settle_ms=500)
        memory["import child peak"] = children.stop()
        memory["window during the import"] = children.own_peak

    tracked["at the end"] = len(gc.get_objects())
    tracked["frozen at the end"] = gc.get_freeze_count()
    # What a full collection costs the UI thread now (the window open on the whole book),
    # and once what is there is kept out of the scans (``gc.freeze``), median of 3.
    frozen_before = gc.get_freeze_count()
    gc.unfreeze()
    full = []
    for _ in range(3):
        began = time.thread_time()
        gc.collect()
        full.append(time.thread_time() - began)
    floors["full collection (UI CPU)"] = statistics.median(full)
    gc.freeze()
    full = []
    for _ in range(3):
        began = time.thread_time()
        gc.collect()
        full.append(time.thread_time() - began)
    floors["full collection, frozen (UI CPU)"] = statistics.median(full)
    if not frozen_before:
        gc.unfreeze()
    window.close()
    watch.stop()
    collector.stop()
    memory["peak"] = peak_rss_mb()
    shutil.rmtree(tmp, ignore_errors=True)
    return {"people": people, "steps": figures, "floors": floors, "memory": memory,
            "runs": runs, "collections": collections, "tracked": tracked}


def page_paint(table: object, runs: int = 21) -> float:
    """UI-thread CPU of one full repaint of the rows the list shows (rows fetched and
    texts made: what every later repaint of the same page costs), median of *runs*."""
    from PySide6.QtWidgets import QTableView

    assert isinstance(table, QTableView)
    viewport = table.viewport()
    viewport.repaint()
    times = []
    for _ in range(runs):
        start = time.thread_time()
        viewport.repaint()
        times.append(time.thread_time() - start)
    return statistics.median(times)


def _profiler(name: str) -> object | None:
    """A running cProfile (UI-thread CPU time) when RAPPORT_BENCH_PROFILE names this step
    (finding a stall)."""
    if os.environ.get("RAPPORT_BENCH_PROFILE") != name:
        return None
    import cProfile

    # The UI thread's own CPU time: on a loaded machine wall-clock profiles show waiting.
    profile = cProfile.Profile(time.thread_time)
    profile.enable()
    return profile


def _report_profile(profile: object | None, name: str) -> None:
    if profile is None:
        return
    import cProfile
    import io
    import pstats

    assert isinstance(profile, cProfile.Profile)
    profile.disable()
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(40)
    print(f"profile of {name!r}:\n{out.getvalue()}", file=sys.stderr)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def report(result: dict[str, object]) -> None:
    steps: dict[str, dict[str, float]] = result["steps"]  # type: ignore[assignment]
    floors: dict[str, float] = result["floors"]  # type: ignore[assignment]
    memory: dict[str, float] = result["memory"]  # type: ignore[assignment]
    print(f"\n{result['people']:,} contacts: longest UI-thread stall per step "
          "(done = until the result is on screen)")
    print(f"  {'step':<26} {'stall':>10} {'UI CPU':>10} {'queued':>10} {'slept':>10} "
          f"{'budget':>9} "
          f"{'done in':>10} {'floor':>10} {'stall/floor':>11}")
    for name in STEPS:
        figure = steps.get(name)
        if figure is None:
            continue
        floor = floors.get(name)
        ratio = f"{figure['stall'] / floor:9.2f} x" if floor else " " * 11
        floor_text = _ms(floor) if floor else " " * 10
        print(f"  {name:<26} {_ms(figure['stall'])} {_ms(figure['cpu'])} "
              f"{_ms(figure.get('queued', 0.0))} "
              f"{_ms(max(0.0, figure['stall'] - figure['cpu'] - figure.get('queued', 0.0)))} "
              f"{BUDGETS[name] * 1000:6.0f} ms {_ms(figure['latency'])} {floor_text} {ratio}"
              + (f"  ({figure['what']})" if "what" in figure else ""))
    runs: dict[str, dict[str, dict[str, float]]] = result["runs"]  # type: ignore[assignment]
    for name, each in runs.items():
        print(f"  {name}, every run (stall / UI CPU): " + ", ".join(
            f"{what} {_ms(f['stall']).strip()} / {_ms(f['cpu']).strip()}"
            for what, f in each.items()))
    if "picture" in steps.get("network view", {}):
        network = steps["network view"]
        print(f"  network view: the picture on screen after {network['picture']:.2f} s, "
              f"its side lists filled after {network['latency']:.2f} s (done in)")
    others = [n for n in steps if n not in STEPS]
    if others:
        print("  and between them: " + ", ".join(
            f"{n} {_ms(steps[n]['stall']).strip()}" for n in others))
    worst = max(f["stall"] for n, f in steps.items() if n not in ("network view",
                                                                 "import 10,000 cards"))
    print(f"  longest stall of the list, search, sort, selection and calendar steps: "
          f"{_ms(worst).strip()}")
    print(f"  tag counts after a change: {_ms(floors['tag counts (now)']).strip()} "
          f"(the full recount they replace: {_ms(floors['tag recount (before)']).strip()}, "
          f"ratio {floors['tag counts (now)'] / floors['tag recount (before)']:.3f})")
    print(f"  the machine's own noise: longest gap of the idle event loop over 2 s "
          f"{_ms(floors['idle (machine noise)']).strip()} (stall includes waiting for a CPU;"
          f" UI CPU is the UI thread's own work in its longest gap)")
    if "page paint (UI CPU)" in floors:
        print(f"  a full repaint of the list's page (rows cached), UI CPU: "
              f"{_ms(floors['page paint (UI CPU)']).strip()} (median of 21)")
    parts = ", ".join(f"{k} {v:,.0f} MiB" for k, v in memory.items())
    print(f"  memory: {parts}")
    print("  (queued: of the longest gap, the UI thread's wait for a core; what is left "
          "after UI CPU and queued is time it slept: the interpreter lock, a lock, a read)")
    collections: dict[str, dict[str, float]] = result["collections"]  # type: ignore
    print("  the cyclic collector per step (every run of the step): on the UI thread, "
          "generation 0 / 1 / 2 count (longest ms); other threads")
    for name, c in collections.items():
        print(f"    {name:<28} " + " / ".join(
            f"{c[f'ui gen{g}']:.0f} ({c[f'ui gen{g} longest ms']:.1f})" for g in (0, 1, 2))
            + f" [gen 2 CPU {c['ui gen2 longest cpu ms']:.1f}]"
            + f"; {c['other threads']:.0f} ({c['other threads longest ms']:.1f}), "
              f"{c['other threads gen2']:.0f} of generation 2")
    print(f"  a full collection at the end, UI CPU: "
          f"{_ms(floors['full collection (UI CPU)']).strip()}; with everything there "
          f"frozen: {_ms(floors['full collection, frozen (UI CPU)']).strip()}")
    tracked: dict[str, int] = result["tracked"]  # type: ignore[assignment]
    print("  objects the collector tracks: " + ", ".join(
        f"{k} {v:,}" for k, v in tracked.items()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, nargs="+", default=[100_000, 300_000])
    parser.add_argument("--skip", nargs="*", default=[],
                        choices=["network", "import", "bulk"])
    parser.add_argument("--only", nargs="+", choices=GROUPS,
                        help="run only these groups of steps (the start-up always runs), "
                             "e.g. --only calendar")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        result = session(args.people[0], set(args.skip),
                         set(args.only) if args.only else None)
        print("RESULT " + json.dumps(result))
        return 0
    # Compiled modules, as an installed app has them (PYTHONDONTWRITEBYTECODE would make
    # every run compile the detail pane's modules at start-up, ~0.2 s of it).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "desktop")],
                   check=True)
    for people in args.people:
        demo_db(people)  # generated once, outside the measured process
        proc = subprocess.run(
            [sys.executable, __file__, "--child", "--people", str(people),
             *(["--skip", *args.skip] if args.skip else []),
             *(["--only", *args.only] if args.only else [])],
            cwd=ROOT, capture_output=True, text=True)
        lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
        if proc.returncode != 0 or not lines:
            print(proc.stdout[-2000:], proc.stderr[-4000:], file=sys.stderr)
            return 1
        if os.environ.get("RAPPORT_BENCH_PROFILE"):
            print(proc.stderr, file=sys.stderr)
        report(json.loads(lines[-1][len("RESULT "):]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
