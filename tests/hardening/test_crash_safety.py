"""Crash safety (issue 7): a process killed (SIGKILL, no clean-up at all) half-way through a
10,000-card import leaves a database that opens, passes integrity_check, and holds none of
that import; the same import then runs to the end."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.models import close_database, open_database
from desktop.services import contacts
from desktop.services.types import ContactFields
from tests.hardening.helpers import ROOT, child_env, python, write_cards

pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX"),
    pytest.mark.slow,  # two 10,000-card imports in child processes: ~4 s
]

# The child imports with a progress callback that, once its own connection sees half the
# cards written (inside the import's transaction), says so and waits to be killed.
IMPORTER = """
import sys, time
from desktop.models import db, open_database
from desktop.services import importer
open_database(sys.argv[1])
base = int(sys.argv[3])
said = False
def progress(done, total):
    global said
    if not said:
        written = db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] - base
        if written >= 5000:
            said = True
            print("HALF", written, flush=True)
            time.sleep(120)
    return True
print(importer.run_import([sys.argv[2]], progress=progress).summary(), flush=True)
"""


def _contacts(path: Path) -> tuple[str, int]:
    con = sqlite3.connect(path)
    try:
        check = con.execute("PRAGMA integrity_check").fetchone()[0]
        count = con.execute("SELECT count(*) FROM contact").fetchone()[0]
    finally:
        con.close()
    return check, count


def test_killed_in_the_middle_of_an_import_keeps_none_of_it(tmp_path: Path) -> None:
    db_file = tmp_path / "rapport.sqlite3"
    open_database(db_file)
    contacts.create_contact(ContactFields(full_name="Already Here"))
    close_database()
    cards = write_cards(tmp_path / "big.vcf", 10_000)

    child = subprocess.Popen(
        [sys.executable, "-c", IMPORTER, str(db_file), str(cards), "1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env(), cwd=ROOT,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.startswith("HALF"), (line, child.stderr.read() if child.stderr else "")
        assert int(line.split()[1]) >= 5000  # thousands of rows written, not yet committed
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    # The file opens as Rapport opens it (WAL recovery), intact, with none of the import.
    open_database(db_file)
    close_database()
    check, count = _contacts(db_file)
    assert check == "ok"
    assert count == 1

    # And the same import, run again to the end, brings all of it.
    done = python(IMPORTER.replace("written >= 5000", "False"), str(db_file), str(cards), "1",
                  timeout=120)
    assert done.returncode == 0, done.stderr
    assert "imported 10000 new" in done.stdout
    check, count = _contacts(db_file)
    assert (check, count) == ("ok", 10_001)
