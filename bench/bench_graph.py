"""Introduction graph: 2,000 people / 4,000 introductions (DESIGN.md's budget: layout +
first paint <= 1 s, layout off the UI thread; pan/zoom smooth).

Prints, as medians of several runs in this one process:
- cold open: from building the panel to the first painted picture, no saved positions;
- warm open: the same with the positions remembered (what reopening costs);
- the longest UI-thread stall from opening until the connectors are listed (a 5 ms timer
  measures the gaps: the layout, building the scene, the first paint, the connectors'
  background computation competing for the GIL), and the most CPU time the UI thread
  itself spent in one such gap (the app's own work, whatever else the machine runs);
- one paint of the whole view at "zoom to fit" and at 1:1 (what each pan/zoom frame costs),
  and at 1:1 in the middle of a wheel zoom (the lighter frame drawn until the zoom settles).

Runs are independent: every job of the previous panel has ended before the next opens, and
a cold open starts without remembered positions or connectors.

    .venv/bin/python bench/bench_graph.py [--people 2000] [--links 4000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import fmt_ms, median


def build_db(path: Path, people: int, links: int) -> None:
    from desktop.models import db, open_database

    open_database(path)
    rng = random.Random(5)
    stages = ("connected", "acquainted", "relationship", "trusted")
    with db.atomic():
        db.execute_sql("INSERT INTO contact (id, full_name, sort_key, is_me) "
                       "VALUES (1, 'Sam Rivera', 'sam rivera', 1)")
        rows = [(i, f"Person {i}", f"person {i}", rng.choice(stages))
                for i in range(2, people + 1)]
        db.connection().executemany(
            "INSERT INTO contact (id, full_name, sort_key, stage) VALUES (?,?,?,?)", rows)
        hubs = rng.sample(range(2, people + 1), people // 40)
        intro_rows = [(None, 1, h, "met") for h in hubs[:20]]
        while len(intro_rows) < links:
            a = rng.choice(hubs) if rng.random() < 0.4 else rng.randrange(2, people + 1)
            b = rng.randrange(2, people + 1)
            if a != b:
                by = rng.choice((None, 1, rng.choice(hubs)))
                if by in (a, b):
                    by = None
                intro_rows.append((by, a, b, rng.choice(("made", "met", "met", "proposed"))))
        db.connection().executemany(
            "INSERT INTO introduction (introducer_id, person_a_id, person_b_id, status) "
            "VALUES (?,?,?,?)", intro_rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--links", type=int, default=4000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtCore import (
        QElapsedTimer,
        QEvent,
        QEventLoop,
        QThreadPool,
        QTimer,
        SignalInstance,
    )
    from PySide6.QtGui import QTransform, QUndoStack
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    tmp = Path(tempfile.mkdtemp()) / "graph.sqlite3"
    build_db(tmp, args.people, args.links)

    import numpy  # noqa: F401  (loaded once, as in a session that opened the view)

    from desktop.services import graph_layout, knows, network
    from desktop.ui.network import view as graph_view
    from desktop.ui.network.panel import GraphPanel
    from desktop.ui.operations import Operations

    settle_ms = graph_view.SETTLE_MS

    ops = Operations(QUndoStack())
    pool = QThreadPool.globalInstance()

    def settle() -> None:
        """Runs are independent: no job of an earlier panel still running or queued."""
        while not pool.waitForDone(10):
            app.processEvents()
        app.processEvents()

    def wait_for(flag: list[float], signal: SignalInstance) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        if not flag:
            loop.exec()
        signal.disconnect(loop.quit)

    def open_panel(cold: bool) -> tuple[float, float, float, GraphPanel]:
        if cold:
            graph_layout.forget_positions()
        gaps: list[float] = []
        cpu_gaps: list[float] = []
        last_cpu = [0.0]
        clock = QElapsedTimer()
        ticker = QTimer()
        ticker.setInterval(5)
        last = [0.0]

        def tick() -> None:
            now = clock.nsecsElapsed() / 1e9
            gaps.append(now - last[0])
            last[0] = now
            cpu = time.thread_time()
            cpu_gaps.append(cpu - last_cpu[0])
            last_cpu[0] = cpu

        ticker.timeout.connect(tick)
        start = time.perf_counter()
        clock.start()
        panel = GraphPanel(ops)
        panel.resize(1000, 720)
        done: list[float] = []
        insights: list[float] = []
        panel.layout_finished.connect(lambda: done.append(time.perf_counter()))
        panel.insights_finished.connect(lambda: insights.append(time.perf_counter()))
        panel.show()
        last[0] = clock.nsecsElapsed() / 1e9
        last_cpu[0] = time.thread_time()
        ticker.start()
        # Wait as the application does, idle in an event loop: a busy processEvents() loop
        # would hold the GIL and starve the layout thread (3x slower, measured).
        wait_for(done, panel.layout_finished)
        panel.view.viewport().repaint()  # the first paint of the picture
        elapsed = time.perf_counter() - start
        # Keep measuring the UI thread while the connectors are computed in the background
        # (they hold the GIL), with the view repainting as a user panning would.
        wait_for(insights, panel.insights_finished)
        ticker.stop()
        return elapsed, max(gaps) if gaps else 0.0, max(cpu_gaps) if cpu_gaps else 0.0, panel

    def paint_ms(panel: GraphPanel) -> float:
        """One repaint of the whole viewport, as Qt does for each pan/zoom frame."""
        viewport = panel.view.viewport()
        viewport.repaint()  # warm caches (glyphs, arrowheads)
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            viewport.repaint()
            times.append(time.perf_counter() - t0)
        return median(times)

    def close(panel: GraphPanel) -> None:
        panel.close()
        panel.deleteLater()
        settle()
        # Deleted now, not in the next run's event loop (its stall counted it).
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    cold, stalls, warm, warm_stalls, fit_paints, one_paints, zoom_paints = ([] for _ in range(7))
    cpu_stalls: list[float] = []
    warm_cpu_stalls: list[float] = []
    for _ in range(args.runs):
        settle()
        t, stall, cpu_stall, panel = open_panel(cold=True)
        cold.append(t)
        stalls.append(stall)
        cpu_stalls.append(cpu_stall)
        # One full-scene paint at "zoom to fit" and at 1:1 (around the middle), as each
        # frame of a pan or zoom.
        panel.zoom_to_fit()
        # The full picture, once the view has settled (its links drawn a few per turn).
        while getattr(panel.view, "interacting", False):
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)
        fit_paints.append(paint_ms(panel))
        panel.view.setTransform(QTransform())
        panel.view.centerOn(panel.picture.scene.itemsBoundingRect().center())
        panel.picture.update_detail(1.0)
        one_paints.append(paint_ms(panel))
        panel.view.interacting = True  # type: ignore[attr-defined]  # a frame mid-zoom
        zoom_paints.append(paint_ms(panel))
        panel.view.interacting = False  # type: ignore[attr-defined]
        close(panel)
        t, stall, cpu_stall, panel = open_panel(cold=False)
        warm.append(t)
        warm_stalls.append(stall)
        warm_cpu_stalls.append(cpu_stall)
        close(panel)

    data = network.graph_data(knows.load_graph())
    print(f"introduction graph: {len(data.nodes):,} people, {len(data.links):,} links drawn "
          f"({args.links:,} introductions), {args.runs} runs, medians")
    print(f"  cold open (layout + first paint) : {fmt_ms(median(cold))}   budget 1000 ms "
          f"-> {median(cold) / 1.0:.2f} of budget")
    print(f"  warm open (positions remembered) : {fmt_ms(median(warm))}")
    print(f"  longest UI-thread stall, cold    : {fmt_ms(median(stalls))} "
          f"(worst run {fmt_ms(max(stalls))}; open + connectors)")
    print(f"  longest UI-thread stall, warm    : {fmt_ms(median(warm_stalls))} "
          f"(worst run {fmt_ms(max(warm_stalls))})")
    print(f"  UI-thread CPU in one gap, cold   : {fmt_ms(median(cpu_stalls))} "
          f"(worst run {fmt_ms(max(cpu_stalls))}); warm {fmt_ms(median(warm_cpu_stalls))} "
          f"(worst run {fmt_ms(max(warm_cpu_stalls))})")
    print(f"  full-scene paint at zoom-to-fit  : {fmt_ms(median(fit_paints))} "
          f"({1 / median(fit_paints):.0f} frames/s)")
    print(f"  full-scene paint at 1:1          : {fmt_ms(median(one_paints))} "
          f"({1 / median(one_paints):.0f} frames/s)")
    print(f"  1:1 frame while the wheel zooms  : {fmt_ms(median(zoom_paints))} "
          f"({1 / median(zoom_paints):.0f} frames/s; full detail {settle_ms} ms after)")


if __name__ == "__main__":
    main()
