"""Migration 20 and the conversion of old group contacts (``group_upgrade``) on a big book.

The demo book (``RAPPORT_BENCH_DATA``, schema 19) is copied; with ``--extras`` every
contact of the copy gets kept card lines (``vcard_extra``: PRODID, REV, X-ABUID, as an
iPhone export leaves them) and ``--groups`` group contacts as Rapport 19 made them (20
members each, by UID). Each run, on a fresh copy of that:

* ``migration 20``: the statement alone (the scan of ``vcard_extra``), CPU and wall;
* ``conversion``: ``convert_old_group_cards`` at the first open (the reader, the member
  lookup over the whole book, the tags, the deletes, one change set);
* ``next open``: the same call once done (what every later open pays);
* ``cli``: ``rapport list --search "Group 0"`` on a fresh schema-19 copy as a child process,
  from its start to its end (the upgrade's backup copy, every migration, the conversion),
  CPU of the child; with ``--tree DIR`` the same command of another checkout (main) in
  the same minutes, the trees alternating.

    python bench/bench_group_upgrade.py [--people 300000] [--runs 3] [--tree ../main]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import demo_db, spread  # noqa: E402


def _prepare(path: Path, extras: bool, groups: int) -> None:
    con = sqlite3.connect(path)
    try:
        if extras:
            con.execute(
                "UPDATE contact SET vcard_extra = json_object('extra', json_array("
                "'PRODID:-//Apple Inc.//iOS 17.0//EN', 'REV:20261201T100000Z', "
                "'X-ABUID:' || id || ':ABPerson'), 'version', '3.0') WHERE is_me = 0")
        uids = [r[0] for r in con.execute(
            "SELECT uid FROM contact WHERE is_me = 0 ORDER BY id LIMIT ?", (groups * 20,))]
        first = con.execute("SELECT value FROM store_state WHERE key = 'next_contact_id'"
                            ).fetchone()[0]
        for g in range(groups):
            lines = ["X-ADDRESSBOOKSERVER-KIND:group", *(
                f"X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:{u}" for u in uids[g * 20:g * 20 + 20])]
            con.execute("INSERT INTO contact (id, uid, full_name, sort_key, vcard_extra) "
                        "VALUES (?, ?, ?, ?, ?)",
                        (first + g, f"group-{g}", f"Group {g}", f"group {g}",
                         json.dumps({"extra": lines, "version": "3.0"})))
        con.execute("UPDATE store_state SET value = ? WHERE key = 'next_contact_id'",
                    (first + groups,))
        con.commit()
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _in_process(prepared: Path) -> dict[str, tuple[float, float]]:
    """Migration 20 and the conversion, each (wall, CPU) in s, on a copy of *prepared*."""
    from peewee import SqliteDatabase

    from desktop.models import close_database, migrations, open_database
    from desktop.services import group_upgrade

    out: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory(prefix="rb-groups-") as tmp:
        book = Path(tmp) / prepared.name
        shutil.copy(prepared, book)
        raw = SqliteDatabase(str(book))
        raw.connect()
        wall, cpu = time.perf_counter(), _cpu()
        with raw.atomic():
            migrations._m20_old_group_cards(raw)
            raw.execute_sql("INSERT INTO schema_version (version, applied_at) "
                            "VALUES (20, '2026-12-05 00:00:00')")
        out["migration 20"] = (time.perf_counter() - wall, _cpu() - cpu)
        raw.close()
        open_database(book)
        try:
            wall, cpu = time.perf_counter(), _cpu()
            done = group_upgrade.convert_old_group_cards()
            out["conversion"] = (time.perf_counter() - wall, _cpu() - cpu)
            out["groups"] = (float(len(done.removed) if done else 0), float(done.tagged
                                                                           if done else 0))
            wall, cpu = time.perf_counter(), _cpu()
            assert group_upgrade.convert_old_group_cards() is None
            out["next open"] = (time.perf_counter() - wall, _cpu() - cpu)
        finally:
            close_database()
    return out


def _cli(tree: Path, prepared: Path) -> tuple[float, float]:
    """``rapport list --search "Group 0"`` of *tree* on a fresh copy: (wall, child CPU)."""
    with tempfile.TemporaryDirectory(prefix="rb-groups-") as tmp:
        book = Path(tmp) / prepared.name
        shutil.copy(prepared, book)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall = time.perf_counter()
        subprocess.run([str(tree / ".venv" / "bin" / "python"), "-m", "desktop.cli", "--db",
                        str(book), "list", "--search", "Group 0"], cwd=tree, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - wall
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=300_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--groups", type=int, default=10)
    parser.add_argument("--no-extras", dest="extras", action="store_false")
    parser.add_argument("--tree", type=Path, default=None)
    args = parser.parse_args()
    source = demo_db(args.people)
    version = sqlite3.connect(f"file:{source}?mode=ro", uri=True).execute(
        "SELECT max(version) FROM schema_version").fetchone()[0]
    if version != 19:
        sys.exit(f"{source}: schema {version}; this bench needs a book of schema 19")
    with tempfile.TemporaryDirectory(prefix="rb-groups-src-") as tmp:
        prepared = Path(tmp) / f"v19-{args.people}.sqlite3"
        shutil.copy(source, prepared)
        _prepare(prepared, args.extras, args.groups)
        print(f"{args.people:,} contacts, kept card lines on every one: {args.extras}, "
              f"{args.groups} group contacts; load {os.getloadavg()[0]:.1f}")
        figures: dict[str, list[tuple[float, float]]] = {}
        for _ in range(args.runs):
            for name, value in _in_process(prepared).items():
                figures.setdefault(name, []).append(value)
            figures.setdefault("cli, this tree", []).append(_cli(ROOT, prepared))
            if args.tree is not None:
                figures.setdefault("cli, --tree", []).append(_cli(args.tree.resolve(),
                                                                  prepared))
        for name, values in figures.items():
            if name == "groups":
                print(f"  groups removed / members tagged: {values[0][0]:.0f} / "
                      f"{values[0][1]:.0f}")
                continue
            walls, cpus = [v[0] for v in values], [v[1] for v in values]
            print(f"  {name}: wall {spread(walls, pause=True)}, "
                  f"CPU {spread(cpus, pause=True)}")
        print(f"load after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
