"""Keep-in-touch follow-ups for a whole network at once (the demo network, a tag's cadence).

On a copy of the 100,000-contact demo database with every cadence follow-up removed,
measures ``followups.sync_cadence_bulk`` over every contact (how the demo fills them in)
and over a list of 20,000 ids (a big tag's members), against the per-contact
``followups.sync_cadence`` on the same list, in the same run. Prints medians and ratios.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import demo_db, fmt_ms, median

ROUNDS = 3
SCOPED = 20_000


def _strip(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("DELETE FROM follow_up WHERE origin = 'cadence'")
    con.execute("UPDATE contact SET next_followup_on = NULL")
    con.commit()
    con.close()


def _timed(path: Path, work: object) -> float:
    from desktop.models import close_database, open_database

    _strip(path)
    open_database(path)
    try:
        start = time.perf_counter()
        work()  # type: ignore[operator]
        return time.perf_counter() - start
    finally:
        close_database()


def main() -> None:
    from desktop.models import close_database, db, open_database
    from desktop.services import followups
    from desktop.services.types import ContactId

    source = demo_db()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cadence.sqlite3"
        shutil.copyfile(source, path)
        open_database(path)
        ids = [ContactId(r[0]) for r in db.execute_sql(
            "SELECT id FROM contact WHERE is_me = 0 ORDER BY id LIMIT ?", (SCOPED,))]
        close_database()
        every: list[float] = []
        scoped: list[float] = []
        single: list[float] = []
        for _ in range(ROUNDS):
            every.append(_timed(path, lambda: followups.sync_cadence_bulk()))
            scoped.append(_timed(path, lambda: followups.sync_cadence_bulk(ids)))
            single.append(_timed(path, lambda: followups.sync_cadence(ids, reset=False)))
        open_database(path)
        made = int(db.execute_sql(
            "SELECT count(*) FROM follow_up WHERE origin = 'cadence'").fetchone()[0])
        close_database()
    print(f"sync_cadence_bulk, every contact of 100,000: {fmt_ms(median(every))} (median)")
    print(f"sync_cadence_bulk, {SCOPED:,} ids:            {fmt_ms(median(scoped))}")
    print(f"sync_cadence (per contact), {SCOPED:,} ids:   {fmt_ms(median(single))}")
    print(f"per-contact / bulk on the same ids: {median(single) / median(scoped):.1f}x")
    print(f"(last round wrote {made:,} cadence follow-ups for {SCOPED:,} ids)")


if __name__ == "__main__":
    main()
