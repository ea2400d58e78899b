"""`rapport capture` as a real process: the review printed, --yes, idempotence, exit codes,
one-line errors, no tracebacks."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.capture.conftest import DATA

ROOT = Path(__file__).resolve().parents[2]
RANGE = ("--since", "2025-01-01", "--until", "2025-12-31")


def rapport(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RAPPORT_DB": str(db), "TZ": "Europe/Paris"}
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], capture_output=True,
                          text=True, env=env, timeout=120, cwd=ROOT, stdin=subprocess.DEVNULL)


def _interactions(db: Path) -> int:
    with sqlite3.connect(db) as con:
        return int(con.execute("SELECT count(*) FROM interaction").fetchone()[0])


def _contacts(tmp_path: Path) -> Path:
    db = tmp_path / "r.sqlite3"
    vcf = tmp_path / "people.vcf"
    vcf.write_text("".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEMAIL:{mail}\r\nEND:VCARD\r\n"
        for name, mail in (("Ana Silva", "ana@lumen.example"), ("Bo Chen", "bo@harbor.example"),
                           ("Zoë Müller", "zoe@cafe.example"))), encoding="utf-8")
    assert rapport("import", str(vcf), db=db).returncode == 0
    return db


def test_capture_prints_the_review_and_writes_only_with_yes(tmp_path: Path) -> None:
    db = _contacts(tmp_path)
    ics = str(DATA / "google-calendar.ics")
    dry = rapport("capture", ics, *RANGE, db=db)
    assert dry.returncode == 0, dry.stderr
    lines = dry.stdout.splitlines()
    assert lines[0] == "Ana Silva <Ana@Lumen.example>: 3 meetings"
    assert "  2025-03-26 16:00  meeting: Weekly sync (moved to Wednesday)" in lines
    assert "  Carol Díaz <carol.diaz@newco.example>: met 1×, last 2025-04-15" in lines
    assert lines[-1] == "nothing was written: add --yes to log these"
    assert _interactions(db) == 0

    done = rapport("capture", ics, *RANGE, "--yes", db=db)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == (
        "captured: logged 4 interactions with 2 contacts (1 with no contact)")
    assert _interactions(db) == 4
    again = rapport("capture", ics, *RANGE, "--yes", db=db)
    assert again.stdout.splitlines()[-1] == (
        "nothing to capture (4 already captured, 1 with no contact)")


def test_capture_mail_and_bad_inputs(tmp_path: Path) -> None:
    db = _contacts(tmp_path)
    outlook = DATA / "outlook-calendar.ics"
    result = rapport("capture", str(DATA / "thunderbird-inbox"), str(outlook),
                     str(tmp_path / "missing.mbox"), *RANGE, "--yes", db=db)
    assert result.returncode == 1  # one input could not be read; the others were captured
    err = result.stderr.splitlines()
    assert f"{tmp_path / 'missing.mbox'}:1: no such file or folder" in err
    assert f"{outlook}:88: event skipped: unreadable date '2025-06-11 10:00' in DTSTART" in err
    assert "Traceback" not in result.stderr
    assert result.stdout.splitlines()[-1].startswith("captured: logged 8 interactions")

    notes = tmp_path / "notes.txt"
    notes.write_text("hello\n", encoding="utf-8")
    bad = rapport("capture", str(notes), db=db)
    assert bad.returncode == 1
    assert bad.stderr.strip() == (f"{notes}:1: not a calendar (.ics), an mbox file nor a "
                                  "Maildir folder")
    usage = rapport("capture", str(notes), "--since", "last week", db=db)
    assert usage.returncode == 2 and "YYYY-MM-DD" in usage.stderr
    assert rapport("capture", db=db).returncode == 2
