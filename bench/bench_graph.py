"""Introduction graph: 2,000 people / 4,000 introductions (DESIGN.md's budget: layout +
first paint <= 1 s, layout off the UI thread; pan/zoom smooth).

Prints, as medians of several runs in this one process:
- cold open: from building the panel to the first painted picture, no saved positions;
- warm open: the same with the positions remembered (what reopening costs);
- the longest UI-thread stall while the layout runs (a 2 ms timer measures the gaps);
- one paint of the whole scene at "zoom to fit" (what each pan/zoom frame costs).

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

from bench.common import fmt_ms, median  # noqa: E402


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

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtGui import QImage, QPainter, QUndoStack
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    tmp = Path(tempfile.mkdtemp()) / "graph.sqlite3"
    build_db(tmp, args.people, args.links)

    import networkx  # noqa: F401  (loaded once, as in a session that opened the view)

    from desktop.services import graph
    from desktop.ui.graph_panel import GraphPanel
    from desktop.ui.operations import Operations

    ops = Operations(QUndoStack())

    def open_panel(cold: bool) -> tuple[float, float, GraphPanel]:
        if cold:
            graph.forget_positions()
        gaps: list[float] = []
        clock = QElapsedTimer()
        ticker = QTimer()
        ticker.setInterval(2)
        last = [0.0]

        def tick() -> None:
            now = clock.nsecsElapsed() / 1e9
            gaps.append(now - last[0])
            last[0] = now

        ticker.timeout.connect(tick)
        start = time.perf_counter()
        clock.start()
        panel = GraphPanel(ops)
        panel.resize(1000, 720)
        done: list[float] = []
        panel.layout_finished.connect(lambda: done.append(time.perf_counter()))
        panel.show()
        last[0] = clock.nsecsElapsed() / 1e9
        ticker.start()
        while not done:
            app.processEvents()
        ticker.stop()
        panel.view.viewport().repaint()  # the first paint of the picture
        elapsed = time.perf_counter() - start
        # Stalls while the worker ran (the panel's own construction is before the timer).
        return elapsed, max(gaps) if gaps else 0.0, panel

    cold, stalls, warm, paints = [], [], [], []
    for _ in range(args.runs):
        t, stall, panel = open_panel(cold=True)
        cold.append(t)
        stalls.append(stall)
        # One full-scene paint at "zoom to fit", as each frame of a pan or zoom.
        panel.zoom_to_fit()
        size = panel.view.viewport().size()
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        for _ in range(3):
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            t0 = time.perf_counter()
            panel.view.render(painter)
            painter.end()
            paints.append(time.perf_counter() - t0)
        panel.close()
        panel.deleteLater()
        app.processEvents()
        t, _stall, panel = open_panel(cold=False)
        warm.append(t)
        panel.close()
        panel.deleteLater()
        app.processEvents()

    data = graph.load_graph()
    print(f"introduction graph: {len(data.nodes):,} people, {len(data.links):,} links drawn "
          f"({args.links:,} introductions), {args.runs} runs, medians")
    print(f"  cold open (layout + first paint) : {fmt_ms(median(cold))}   budget 1000 ms "
          f"-> {median(cold) / 1.0:.2f} of budget")
    print(f"  warm open (positions remembered) : {fmt_ms(median(warm))}")
    print(f"  longest UI-thread stall, layout  : {fmt_ms(median(stalls))} "
          f"(worst run {fmt_ms(max(stalls))})")
    print(f"  full-scene paint at zoom-to-fit  : {fmt_ms(median(paints))} "
          f"({1 / median(paints):.0f} frames/s)")


if __name__ == "__main__":
    main()
