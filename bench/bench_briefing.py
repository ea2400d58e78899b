"""The printed briefing (issue 6) with the 100,000-person demo network.

Measures, in one run (medians):
- one briefing: content from the database + layout + a one-page PDF written to disk
  (budget: <= 150 ms, DESIGN.md);
- 20 briefings into one PDF (budget: <= 3 s);
- the content alone (the SQL part), and the baseline: an empty one-page PDF written with
  QPdfWriter, so the figures can be read as multiples of what Qt alone costs.

    python bench/bench_briefing.py [--people N] [--repeat R]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import demo_db, fmt_ms, median


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    from PySide6.QtGui import QPainter, QPdfWriter

    from desktop.models import db, open_database
    from desktop.services.briefing import briefing
    from desktop.services.types import ContactId
    from desktop.ui.briefing.briefing_pdf import (
        ensure_gui_application,
        set_page_size,
        write_briefing_pdf,
    )

    source = demo_db(args.people)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "bench.sqlite3"
        shutil.copy(source, path)
        open_database(path)
        ensure_gui_application()
        # The people one prints a briefing for: the closest relationships (most content).
        ids = [ContactId(r[0]) for r in db.execute_sql(
            "SELECT id FROM contact WHERE stage IN ('trusted', 'relationship') "
            "ORDER BY id LIMIT ?", (max(args.repeat, 20) * 2,))]
        out = folder / "out.pdf"

        def empty_pdf() -> None:
            writer = QPdfWriter(str(out))
            writer.setResolution(600)
            set_page_size(writer, "A4")
            painter = QPainter(writer)
            painter.end()

        write_briefing_pdf(ids[:1], out)  # warm up fonts and caches
        empty_pdf()
        baseline, content, single, batch = [], [], [], []
        for n in range(args.repeat):
            t = time.perf_counter()
            empty_pdf()
            baseline.append(time.perf_counter() - t)
            t = time.perf_counter()
            briefing(ids[n])
            content.append(time.perf_counter() - t)
            t = time.perf_counter()
            write_briefing_pdf([ids[n]], out)
            single.append(time.perf_counter() - t)
        for n in range(max(3, args.repeat // 3)):
            chunk = ids[n: n + 20]
            t = time.perf_counter()
            write_briefing_pdf(chunk, out)
            batch.append(time.perf_counter() - t)

    base = median(baseline)
    one = median(single)
    twenty = median(batch)
    print(f"briefing bench, {args.people:,}-person demo network, medians of {args.repeat} runs")
    print(f"  empty one-page PDF (QPdfWriter baseline): {fmt_ms(base)}")
    print(f"  briefing content (SQL only):              {fmt_ms(median(content))}")
    print(f"  one briefing to PDF:                      {fmt_ms(one)}  "
          f"({one / base:.1f} x baseline; budget 150 ms: {'OK' if one <= 0.150 else 'OVER'})")
    print(f"  20 briefings into one PDF:                {fmt_ms(twenty)}  "
          f"({twenty / base:.1f} x baseline; {twenty / 20 * 1000:.1f} ms a page; "
          f"budget 3 s: {'OK' if twenty <= 3.0 else 'OVER'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
