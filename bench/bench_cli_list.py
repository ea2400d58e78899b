"""`rapport list` and `rapport list --json` on a big address book, against a bare SQL read
of the same rows in the same run (issue 18: within 3x, memory bounded).

Each command is a fresh process writing to /dev/null; the baseline is a process that
reads the same rows with plain SQL (the contacts in list order and every e-mail, phone,
address, URL, tag and photo flag) and does nothing with them. The figures are wall time,
CPU time (user + system) and peak RSS, medians of --runs; the ratio is of wall times, and
of CPU times beside it (a busy machine stretches wall time more than CPU time).

    python bench/bench_cli_list.py [--people N] [--runs N]
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

from bench.common import ROOT, demo_db, median

BUDGET = 3.0

BARE_READ = r"""
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
for sql in (
    "SELECT id, uid, full_name, given_name, family_name, organization, title, birthday, "
    "note, stage FROM contact WHERE is_me = 0 ORDER BY sort_key",
    "SELECT contact_id, address FROM email ORDER BY contact_id, position",
    "SELECT contact_id, number FROM phone ORDER BY contact_id, position",
    "SELECT contact_id, street, locality, region, postal_code, country FROM address "
    "ORDER BY contact_id, position",
    "SELECT contact_id, url FROM url ORDER BY contact_id, position",
    "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id",
    "SELECT contact_id FROM contact_photo",
):
    for _row in con.execute(sql):
        pass
"""


def _run(cmd: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MB) of one process writing to /dev/null."""
    with open(os.devnull, "w") as sink:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=sink, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd[:5])}... failed: {err}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def measure(people: int, runs: int) -> dict[str, tuple[float, float, float]]:
    """{name: (median seconds, median CPU seconds, median peak MB)} for the bare read,
    list and list --json."""
    source = demo_db(people)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite3"
        shutil.copy(source, db)
        rapport = [sys.executable, "-m", "desktop.cli", "--db", str(db), "list"]
        commands = {
            "bare SQL read": [sys.executable, "-c", BARE_READ, str(db)],
            "rapport list": rapport,
            "rapport list --json": [*rapport, "--json"],
        }
        _run(commands["rapport list"])  # migrate the copy, warm the file cache
        times: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        memory: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, cmd in commands.items():  # interleaved: drift hits all alike
                seconds, cpu_seconds, mb = _run(cmd)
                times[name].append(seconds)
                cpu[name].append(cpu_seconds)
                memory[name].append(mb)
    return {name: (median(times[name]), median(cpu[name]), median(memory[name]))
            for name in commands}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=300_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    figures = measure(args.people, args.runs)
    bare, bare_cpu, bare_mb = figures["bare SQL read"]
    print(f"rapport list, {args.people:,} contacts, {args.runs} runs (medians; "
          f"load average {os.getloadavg()[0]:.1f} at the end)")
    print(f"  bare SQL read of the same rows   {bare:7.2f} s  cpu {bare_cpu:6.2f} s  "
          f"{bare_mb:6.0f} MB")
    for name in ("rapport list", "rapport list --json"):
        seconds, cpu_seconds, mb = figures[name]
        print(f"  {name:<32} {seconds:7.2f} s  cpu {cpu_seconds:6.2f} s  {mb:6.0f} MB   "
              f"ratio {seconds / bare:5.2f} x (cpu {cpu_seconds / bare_cpu:4.2f} x)   "
              f"budget {BUDGET:.1f} x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
