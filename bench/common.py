"""Shared helpers for the benchmark scripts: the 100,000-contact data set, medians, tables."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("RAPPORT_BENCH_DATA", ROOT / "bench" / ".data"))


def demo_db(people: int = 100_000) -> Path:
    """A demo database with *people* contacts, generated once and reused."""
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / f"demo-{people}.sqlite3"
    if not path.exists():
        print(f"generating the {people:,}-people demo network (once)...", file=sys.stderr)
        tmp = path.with_suffix(".partial")
        for leftover in DATA.glob(tmp.name + "*"):
            leftover.unlink()
        subprocess.run(
            [sys.executable, "-m", "desktop.cli", "--db", str(tmp), "demo", "--people",
             str(people)],
            check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
        )
        # Fold the WAL back so the copy is one self-contained file.
        import sqlite3

        con = sqlite3.connect(tmp)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        tmp.rename(path)
        for leftover in DATA.glob(tmp.name + "*"):
            leftover.unlink()
    return path


def median(values: list[float]) -> float:
    return statistics.median(values)


def fmt_ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"
