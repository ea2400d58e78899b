"""Benchmark: importing and exporting 10,000 vCard 3.0 contacts against vobject (DESIGN.md).

The 10,000-card file is the deterministic one of ``bench_vcard_parse.make_corpus``
(random.Random(42): accented names, 1-3 e-mails and phones, an address, organisation,
categories, a folded note, a small photo on a fifth of the cards). Interleaved rounds of:

* import:  ``importer.run_import([file])`` into a new, empty database (file read, parse,
           matching, bulk insert, search index, commit) vs ``vobject.readComponents`` over
           the same text, every component consumed;
* export:  ``exporter.export_vcards`` of those 10,000 contacts (load, map, write, fsync,
           rename) vs vobject's ``serialize()`` of the components it parsed.

Prints medians and ratios (ours / vobject). Budgets: both ≤ 1.25. No assertions on seconds.

    .venv/bin/python bench/bench_import_export.py [--cards 10000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_vcard_parse import make_corpus
from desktop.models import close_database, open_database
from desktop.services import exporter, importer
from desktop.vcard.reference import vobject_parse, vobject_serialize

BUDGET = 1.25


def _time(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--cards", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="rapport-bench-") as tmp:
        folder = Path(tmp)
        data = make_corpus(args.cards)
        source = folder / "contacts.vcf"
        source.write_bytes(data)
        text = data.decode("utf-8")
        print(f"corpus: {args.cards} cards, {len(data) / 1e6:.1f} MB")
        comps = vobject_parse(text)
        assert len(comps) == args.cards

        times: dict[str, list[float]] = {k: [] for k in ("vp", "imp", "vs", "exp")}
        for r in range(args.rounds):
            db_file = folder / f"round{r}.sqlite3"
            open_database(db_file)  # an empty, migrated database; not timed
            results: list[importer.ImportResult] = []

            def our_import(out: list[importer.ImportResult] = results) -> None:
                out.append(importer.run_import([source]))

            def our_export(n: int = r) -> None:
                exporter.export_vcards(folder / f"out{n}.vcf", version="3.0")

            pairs: list[tuple[str, Callable[[], object]]] = [
                ("vp", lambda: vobject_parse(text)), ("imp", our_import)]
            if r % 2:  # alternate the order so neither side always runs on a warm heap
                pairs.reverse()
            for key, fn in pairs:
                times[key].append(_time(fn))
            assert results[0].new_count == args.cards, results[0].summary()
            pairs = [("vs", lambda: vobject_serialize(comps)), ("exp", our_export)]
            if r % 2:
                pairs.reverse()
            for key, fn in pairs:
                times[key].append(_time(fn))
            close_database()

    med = {k: statistics.median(v) for k, v in times.items()}
    imp = med["imp"] / med["vp"]
    exp = med["exp"] / med["vs"]
    print(f"import  vobject parse     {med['vp']:.3f} s   ours {med['imp']:.3f} s   "
          f"ratio {imp:.3f}   budget {BUDGET}   {'ok' if imp <= BUDGET else 'OVER'}   "
          f"({args.cards / med['imp']:.0f} cards/s)")
    print(f"export  vobject serialise {med['vs']:.3f} s   ours {med['exp']:.3f} s   "
          f"ratio {exp:.3f}   budget {BUDGET}   {'ok' if exp <= BUDGET else 'OVER'}   "
          f"({args.cards / med['exp']:.0f} cards/s)")
    print(f"(medians of {args.rounds} interleaved rounds)")


if __name__ == "__main__":
    main()
