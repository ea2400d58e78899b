"""`rapport followups [--ics OUT.ics]` as a real process: due and overdue lines, the .ics."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import vobject

from desktop.models import close_database, open_database
from desktop.services import contacts, followups, interactions
from desktop.services.interactions import InteractionDraft
from desktop.services.types import ContactFields

ROOT = Path(__file__).resolve().parents[2]


def rapport(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RAPPORT_DB": str(db)}
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args],
        capture_output=True, text=True, env=env, timeout=120, cwd=ROOT,
    )


def _fill(path: Path) -> None:
    today = dt.date.today()
    open_database(path)
    try:
        ana, _ = contacts.create_contact(ContactFields(full_name="Ana Silva"))
        bo, _ = contacts.create_contact(ContactFields(full_name="Bo\tChen\nLtd"))
        cy, _ = contacts.create_contact(ContactFields(full_name="Cy Diaz"))
        followups.add_followup(ana, today - dt.timedelta(days=3), "Send the article", "promise")
        followups.add_followup(bo, today, "Call about the job")
        followups.add_followup(cy, today + dt.timedelta(days=5), "Not due yet")
        interactions.log_interaction(InteractionDraft(
            "meeting", dt.datetime.combine(today + dt.timedelta(days=2), dt.time(15, 0)),
            (cy,), "Coffee"))
    finally:
        close_database()


def test_followups_prints_due_and_overdue_one_per_line(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite3"
    _fill(db)
    result = rapport("followups", db=db)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    today = dt.date.today()
    assert lines == [
        f"{today - dt.timedelta(days=3)}\toverdue 3 days\tAna Silva\tSend the article (promise)",
        f"{today}\ttoday\tBo Chen Ltd\tCall about the job (manual)",
    ]


def test_followups_writes_an_ics_that_vobject_reads(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite3"
    _fill(db)
    out = tmp_path / "cal.ics"
    result = rapport("followups", "--ics", str(out), db=db)
    assert result.returncode == 0, result.stderr
    assert "wrote 3 follow-ups and 1 planned meeting" in result.stderr
    cal = vobject.readOne(out.read_text(encoding="utf-8"))
    assert cal.version.value == "2.0" and cal.prodid.value
    summaries = sorted(e.summary.value for e in cal.vevent_list)
    # "Name: what" (issue 15); the overdue one is on today, not three days ago. The name's
    # tab and line break are not carried into a calendar's title (issue 13).
    assert summaries == ["Ana Silva: Send the article", "Bo Chen Ltd: Call about the job",
                         "Cy Diaz: Coffee", "Cy Diaz: Not due yet"]
    assert all("uid" in e.contents and "dtstamp" in e.contents for e in cal.vevent_list)
    late = next(e for e in cal.vevent_list if e.summary.value.startswith("Ana"))
    assert late.dtstart.value == dt.date.today()
    assert "Overdue since" in late.description.value


def test_followups_on_an_empty_database_and_an_unwritable_ics(tmp_path: Path) -> None:
    db = tmp_path / "empty.sqlite3"
    result = rapport("followups", db=db)
    assert result.returncode == 0 and result.stdout == ""
    assert "nothing due" in result.stderr
    bad = rapport("followups", "--ics", str(tmp_path / "no" / "such" / "dir.ics"), db=db)
    assert bad.returncode == 1
    assert bad.stderr.strip().splitlines()[-1].startswith("rapport: ")
    assert "Traceback" not in bad.stderr
