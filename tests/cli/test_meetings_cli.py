"""`rapport plan / log / timeline / remind` as real processes (DESIGN.md's contract):
a planned meeting is held by `log` the day it happens (one entry), `timeline --json`
says planned/held/cancelled, ambiguous names are refused with the candidates."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.models import close_database, open_database
from desktop.services import contacts, followups, interactions
from desktop.services.reasons import reason_text
from desktop.services.types import ContactFields

ROOT = Path(__file__).resolve().parents[2]


def rapport(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RAPPORT_DB": str(db)}
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], capture_output=True,
                          text=True, env=env, timeout=120, cwd=ROOT)


def _fill(path: Path) -> dict[str, int]:
    open_database(path)
    try:
        ids = {}
        for name, org in (("Priya Shah", "Atlas"), ("Ana Silva", "Lumen Labs"),
                          ("Ana Silva", "Harbor & Co")):
            cid, _ = contacts.create_contact(ContactFields(full_name=name, organization=org))
            ids[f"{name}/{org}"] = int(cid)
        return ids
    finally:
        close_database()


@pytest.mark.day_left(minutes=3)  # a meeting planned later today, then held today
def test_plan_then_log_holds_the_meeting_and_timeline_says_so(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite3"
    ids = _fill(db)
    later = dt.datetime.now().replace(second=0, microsecond=0) + dt.timedelta(minutes=2)
    planned = rapport("plan", "priya", "--on", f"{later:%Y-%m-%d %H:%M}", "Coffee", "at",
                      "Atlas", db=db)
    assert planned.returncode == 0, planned.stderr
    assert planned.stdout.strip() == (
        f"planned a 1-2-1 with Priya Shah on {later:%Y-%m-%d at %H:%M}: Coffee at Atlas")
    data = json.loads(rapport("timeline", "Priya Shah", "--json", db=db).stdout)
    assert [(e["status"], e["title"], e["kind"]) for e in data] == [
        ("planned", "Coffee at Atlas", "meeting")]

    on = f"--on={later:%Y-%m-%d}"
    logged = rapport("log", "Priya", "She is moving to Lisbon in May", on,
                     "--promise", "Send the Lisbon contacts", db=db)
    assert logged.returncode == 0, logged.stderr
    assert logged.stdout.startswith("held the 1-2-1 meeting with Priya Shah planned on ")
    data = json.loads(rapport("timeline", "#" + str(ids["Priya Shah/Atlas"]), "--json",
                              db=db).stdout)
    assert len(data) == 1  # one entry, not two
    entry = data[0]
    assert entry["status"] == "held" and entry["title"] == "Coffee at Atlas"
    assert entry["notes"] == "She is moving to Lisbon in May"
    assert entry["people"] == ["Priya Shah"]
    assert set(entry) >= {"when", "kind", "status", "title", "notes", "people"}
    assert entry["promises"][0]["text"] == "Send the Lisbon contacts"
    text = rapport("timeline", "priya", db=db)
    assert text.returncode == 0 and "\theld\t1-2-1 meeting\tCoffee at Atlas" in text.stdout

    # Without a planned meeting that day: a new entry, newest first.
    call = rapport("log", "priya", "Quick call", "--kind", "call", "--on", "2026-01-05",
                   db=db)
    assert call.returncode == 0, call.stderr
    assert call.stdout.startswith("logged a call with Priya Shah on 2026-01-05 at 12:00")
    data = json.loads(rapport("timeline", "priya", "--json", db=db).stdout)
    assert [e["kind"] for e in data] == ["meeting", "call"]


def test_remind_adds_a_follow_up(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite3"
    ids = _fill(db)
    done = rapport("remind", "Priya Shah", "--on", "2026-12-01", "Ask", "about", "Lisbon",
                   db=db)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "reminder for Priya Shah on 2026-12-01: Ask about Lisbon"
    open_database(db)
    try:
        items = followups.open_followups(ids["Priya Shah/Atlas"])  # type: ignore[arg-type]
        assert [(reason_text(i.reason), i.due_on, i.origin) for i in items] == [
            ("Ask about Lisbon", dt.date(2026, 12, 1), "manual")]
    finally:
        close_database()


def test_ambiguous_unknown_and_bad_input(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite3"
    ids = _fill(db)
    for args in (("remind", "ana silva", "--on", "2026-12-01", "x"),
                 ("plan", "Ana Silva", "--on", "2030-01-01 10:00"),
                 ("log", "ana", "notes"), ("timeline", "Ana Silva")):
        refused = rapport(*args, db=db)
        assert refused.returncode == 1, args
        lines = refused.stderr.strip().splitlines()
        assert lines[0] == "rapport: 'ana silva' matches 2 contacts; give the id:" or \
            "matches 2 contacts" in lines[0]
        assert f"#{ids['Ana Silva/Lumen Labs']}\tAna Silva (Lumen Labs)" in lines
        assert f"#{ids['Ana Silva/Harbor & Co']}\tAna Silva (Harbor & Co)" in lines
    unknown = rapport("timeline", "Nobody", db=db)
    assert unknown.returncode == 1 and unknown.stderr == "rapport: no contact matches 'Nobody'\n"
    for args in (("remind", "priya", "--on", "1 Dec", "x"),
                 ("plan", "priya", "--on", "2030-01-01"),
                 ("plan", "priya", "--on", "2020-01-01 10:00"),
                 ("log", "priya", "x", "--on", "2099-01-01"),
                 ("log", "priya", "x", "--kind", "lunch")):
        bad = rapport(*args, db=db)
        assert bad.returncode == 2, (args, bad.stderr)
        assert "Traceback" not in bad.stderr and bad.stderr.strip()
    by_id = rapport("plan", str(ids["Ana Silva/Harbor & Co"]), "--on", "2030-01-01 10:00",
                    db=db)
    assert by_id.returncode == 0 and "Ana Silva" in by_id.stdout
    open_database(db)
    try:
        assert len(interactions.planned()) == 1
    finally:
        close_database()
