"""The cost of importing a card, as a ratio to reading and splitting the same file in the
same process (issue 18: 100,000 cards ≤ 10 × that floor; bench/bench_import_scale.py runs
the full figure). CPU time of the whole process, so the parse thread counts too; the two
interleaved, the best of each taken. A failure means the per-card cost grew by half again
or more (the floor of 3,000 cards is ~40 ms, too small to tell the last few per cent)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from bench.bench_import_scale import read_and_split
from bench.bench_vcard_parse import make_corpus
from desktop.models import close_database, open_database
from desktop.services import importer

pytestmark = pytest.mark.perf
CARDS = 3_000
# CPU of the import over CPU of the floor, 2026-12-03 at load 1.3-1.8: this build 29-32,
# the import before its reader, phone numbers and tag memberships were made cheaper 31-32.
LIMIT = 45.0


def _cpu(fn: Callable[[], object]) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def test_a_card_costs_a_bounded_multiple_of_reading_and_splitting_it(tmp_path: Path) -> None:
    source = tmp_path / "cards.vcf"
    source.write_bytes(make_corpus(CARDS, seed=18))
    floors: list[float] = []
    imports: list[float] = []
    for run in range(3):
        floors.append(min(_cpu(lambda: read_and_split(source)) for _ in range(5)))
        open_database(tmp_path / f"run{run}.sqlite3")
        try:
            start = time.process_time()
            result = importer.run_import([source])
            imports.append(time.process_time() - start)
        finally:
            close_database()
        assert result.new_count == CARDS
    ratio = min(imports) / min(floors)
    assert ratio <= LIMIT, (
        f"an import costs {ratio:.1f} x reading and splitting the file "
        f"({min(imports) / CARDS * 1e6:.0f} us a card; limit {LIMIT} x)")
