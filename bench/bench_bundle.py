"""The installable app (issue 7): bundle size, build time, and start-up of the bundle against
``python -m desktop.cli`` start-up, on the same 100,000-contact demo database, in one run.

Each start is a fresh process run with ``--quit-after-paint``; the two commands alternate so
drift in the machine's speed hits both alike. Reported: medians of the time to the first
painted rows and of the whole run (start, paint, quit), and their ratios (bundle / python).

    python bench/bench_bundle.py [--runs N] [--people N] [--build]

``--build`` (or a missing bundle) builds dist/rapport first and reports how long it took.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_startup import _run
from bench.common import ROOT, demo_db, median

BUNDLE = ROOT / "dist" / "rapport" / "rapport"


def _du(path: Path) -> str:
    done = subprocess.run(["du", "-sh", str(path)], capture_output=True, text=True)
    return done.stdout.split()[0] if done.returncode == 0 else "?"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--build", action="store_true", help="build the bundle first, timed")
    args = parser.parse_args()

    if args.build or not BUNDLE.exists():
        started = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], check=True,
                       cwd=ROOT, stdout=subprocess.DEVNULL)
        print(f"build time (one folder, warm PyInstaller cache): "
              f"{time.perf_counter() - started:.0f} s")
    print(f"bundle size (du -sh dist/rapport): {_du(BUNDLE.parent)}")
    onefile = ROOT / "dist" / "rapport-onefile"
    if onefile.exists():
        print(f"one-file build size: {_du(onefile)}")

    source = demo_db(args.people)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("RAPPORT_DB", None)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "rapport.sqlite3"
        shutil.copy(source, db)
        commands = {
            "python -m desktop.cli": [sys.executable, "-m", "desktop.cli", "--db", str(db),
                                      "--quit-after-paint"],
            "bundle": [str(BUNDLE), "--db", str(db), "--quit-after-paint"],
        }
        for cmd in commands.values():  # warm the page cache for both
            _run(cmd, env)
        paint: dict[str, list[float]] = {k: [] for k in commands}
        total: dict[str, list[float]] = {k: [] for k in commands}
        rss: dict[str, list[float]] = {k: [] for k in commands}
        for _ in range(args.runs):
            for name, cmd in commands.items():
                p, w, m = _run(cmd, env)
                paint[name].append(p)
                total[name].append(w)
                rss[name].append(m)
    print(f"\nstart-up with {args.people:,} contacts, {args.runs} runs each, medians:")
    print(f"{'':24}{'first paint':>14}{'whole run':>12}{'peak RSS':>11}")
    for name in commands:
        print(f"{name:24}{median(paint[name]) * 1000:>11.0f} ms{median(total[name]) * 1000:>9.0f}"
              f" ms{median(rss[name]):>8.0f} MB")
    ratio_p = median(paint["bundle"]) / median(paint["python -m desktop.cli"])
    ratio_t = median(total["bundle"]) / median(total["python -m desktop.cli"])
    print(f"ratio bundle / python -m: first paint {ratio_p:.2f}x, whole run {ratio_t:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
