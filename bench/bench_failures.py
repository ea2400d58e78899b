"""When things go wrong (issue 13), measured against a baseline in the same run:

* a 200 MB file with no line break: refused by the import reader, against reading the file
  and decoding it once (it took 38 s before the limits);
* the database checks: SQLite's quick_check and integrity_check, and a recovery of the
  100,000-person demo database with one damaged contact page, against a plain copy of the
  same file through SQLite's backup API (what the daily backup costs).

Prints times and ratios; taken on a shared machine, so the ratios are what to compare.

    .venv/bin/python bench/bench_failures.py [--people 100000]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import demo_db, fmt_ms
from desktop.models.database import check_database, copy_database
from desktop.services import rescue
from desktop.vcard import VCardError
from desktop.vcard.stream import iter_parse_file


def _timed(fn: object) -> float:
    t0 = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - t0


def no_line_break(folder: Path) -> None:
    path = folder / "flat.vcf"
    path.write_bytes(b"BEGIN:VCARD;" + b"x" * 200_000_000)

    def read_once() -> None:
        path.read_bytes().decode("utf-8")

    def refuse() -> None:
        try:
            list(iter_parse_file(path))
        except VCardError:
            return
        raise AssertionError("not refused")

    base = min(_timed(read_once) for _ in range(3))
    took = min(_timed(refuse) for _ in range(3))
    print(f"200 MB, no line break: refused in {fmt_ms(took)}; reading it once "
          f"{fmt_ms(base)}: ratio {took / base:.3f}")
    path.unlink()


def damage_one_contact_page(path: Path) -> None:
    con = sqlite3.connect(path)
    size = con.execute("PRAGMA page_size").fetchone()[0]
    pages = [r[0] for r in con.execute(
        "SELECT pageno FROM dbstat WHERE name = 'contact' AND pagetype = 'leaf' "
        "ORDER BY pageno")]
    con.close()
    with open(path, "r+b") as fh:
        fh.seek((pages[len(pages) // 2] - 1) * size)
        fh.write(b"\xa5" * size)


def checks_and_recovery(folder: Path, people: int) -> None:
    source = folder / "rapport.sqlite3"
    shutil.copy(demo_db(people), source)
    mb = source.stat().st_size / 1e6
    copy = _timed(lambda: copy_database(source, folder / "copy.sqlite3"))
    quick = _timed(lambda: check_database(source))
    full = _timed(lambda: check_database(source, full=True))
    print(f"{people:,} people, {mb:.0f} MB: backup copy {fmt_ms(copy)}; quick_check "
          f"{fmt_ms(quick)} ({quick / copy:.2f} x the copy); integrity_check {fmt_ms(full)} "
          f"({full / copy:.2f} x)")
    damage_one_contact_page(source)
    found: list[rescue.Recovered] = []
    took = _timed(lambda: found.append(rescue.recover(source, folder / "recovered.sqlite3")))
    print(f"recovery with one damaged contact page: {fmt_ms(took)} ({took / copy:.2f} x the "
          f"backup copy); {found[0].contacts:,} of {people:,} contacts kept; "
          f"{'; '.join(found[0].lost)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as where:
        folder = Path(where)
        no_line_break(folder)
        checks_and_recovery(folder, args.people)


if __name__ == "__main__":
    main()
