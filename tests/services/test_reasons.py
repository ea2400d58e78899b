"""Reasons Rapport writes are stored as their parts and composed when shown (issue 14):
the rows hold no sentence in the language of the day they were written, a typed reason
is kept and shown as written, and migration 13 turns the English sentences of older
databases into parts (and leaves anything else as it was)."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import text
from desktop.models import close_database, db, open_database
from desktop.models.database import create_schema
from desktop.services import calendar_export, contacts, focus, followups, reasons
from desktop.services.reasons import decode, encode, reason_text
from desktop.services.types import ContactFields, ContactId

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 11, 18)  # a Wednesday
WEEK = dt.date(2026, 11, 16)
NOW = dt.datetime(2026, 11, 18, 9, 0)


def _pirate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A "language" that marks every sentence it was asked for."""
    return f"<{text.english(context, source, disambiguation, n)}>"


@pytest.fixture()
def pirate() -> Iterator[None]:
    text.set_translator(_pirate)
    yield
    text.set_translator(None)


def test_generated_reasons_are_stored_as_parts_and_composed_when_shown(
        db_path: Path, pirate: None) -> None:
    contacts.create_contact(ContactFields(full_name="Sam", tags=("Chess",)),
                            is_me=True)
    ana, _ = contacts.create_contact(ContactFields(
        full_name="Ana Silva", keep_in_touch_days=14, birthday="1980-11-20",
        stage="acquainted", tags=("Chess",)))
    typed_id, _ = followups.add_followup(ana, TODAY, "Keep in touch (every 2 weeks)")
    text.set_translator(None)  # written in English...
    followups.sync_cadence([ana])
    week, _ = focus.propose_week(TODAY, NOW)
    reminder = followups.reminders_between(TODAY, TODAY + dt.timedelta(days=3))[0]
    # ...stored without any sentence of the language they were written in.
    stored = {r[0]: r[1:] for r in db.execute_sql(
        "SELECT origin, reason, reason_parts FROM follow_up")}
    assert stored["manual"] == ("Keep in touch (every 2 weeks)", None)  # typed
    assert stored["cadence"][0] == "" and json.loads(stored["cadence"][1]) == {
        "kind": "cadence", "days": 14}
    assert all(r[0] == "" and json.loads(r[1])["kind"].startswith("focus:") for r in
               db.execute_sql("SELECT reason, reason_parts FROM focus_entry"))

    text.set_translator(_pirate)  # ...and shown in the language of the day they are read
    [ana_focus] = [i for i in focus.this_week(TODAY) if i.contact_id == ana]
    assert reason_text(ana_focus.reason) == "<<Give>: <birthday <Friday>>>"
    shown = {f.origin: reason_text(f.reason) for f in followups.open_followups(ana)}
    assert shown == {"manual": "Keep in touch (every 2 weeks)",  # typed: never translated
                     "cadence": "<Keep in touch (every 2 weeks)>"}
    assert reason_text(reminder.reason) == "<Birthday (turns 46)>"
    assert [reason_text(e.detail) for e in followups.agenda(TODAY, TODAY)] == [
        "Keep in touch (every 2 weeks)"]
    assert typed_id and week


def test_a_computed_reminder_acted_on_keeps_its_parts(db_path: Path) -> None:
    ana, _ = contacts.create_contact(ContactFields(full_name="Ana", birthday="--11-18"))
    [birthday] = followups.reminders_between(TODAY, TODAY)
    followups.snooze(birthday, TODAY + dt.timedelta(days=2), TODAY)
    row = db.execute_sql("SELECT reason, reason_parts FROM follow_up").fetchone()
    assert decode(*row) == birthday.reason == reasons.made("birthday")
    assert followups.open_followups(ana)[0].reason == birthday.reason


def test_typed_text_is_never_read_as_parts() -> None:
    for typed in ("", "Keep in touch (every day)", '{"kind": "cadence", "days": 1}',
                  "Give: birthday today", "%1 and %2"):
        reason = reasons.typed(typed)
        assert encode(reason) == (typed, None)
        assert decode(*encode(reason)) == reason
        assert reason_text(reason) == typed
    assert decode("as written", "not json") == reasons.typed("as written")
    assert reason_text(reasons.made("a kind from a newer Rapport")) == ""


def test_the_command_line_and_the_calendar_export_stay_english(tmp_path: Path) -> None:
    """Written while the app ran in another language, read by the command line (which has
    no translator): English."""
    path = tmp_path / "r.sqlite3"
    open_database(path)
    try:
        text.set_translator(_pirate)
        ana, _ = contacts.create_contact(ContactFields(full_name="Ana", keep_in_touch_days=7))
        followups.sync_cadence([ana])
        [cadence] = followups.open_followups(ana)
        followups.reschedule(cadence, dt.date.today() - dt.timedelta(days=2))
        text.set_translator(None)
        items = calendar_export.followup_items(dt.date.today(), "", alarms=False)
        assert [i.summary for i in items] == ["Ana: Keep in touch (every 1 week)"]
    finally:
        text.set_translator(None)
        close_database()
    done = subprocess.run([sys.executable, "-m", "desktop.cli", "followups"],
                          capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={**os.environ, "RAPPORT_DB": str(path)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.rstrip("\n").endswith(
        "overdue 2 days\tAna\tKeep in touch (every 1 week) (cadence)"), done.stdout


# --- migration 13 ----------------------------------------------------------------------

# What Rapport wrote before migration 13, in English, and what it becomes.
OLD_FOLLOWUPS = [  # origin, reason, introduction linked, parts (None: kept as written)
    ("cadence", "Keep in touch (every day)", False, {"kind": "cadence", "days": 1}),
    ("cadence", "Keep in touch (every 2 weeks)", False, {"kind": "cadence", "days": 14}),
    ("cadence", "Keep in touch (every 1 week)", False, {"kind": "cadence", "days": 7}),
    ("cadence", "Keep in touch (every 1,234 days)", False, {"kind": "cadence", "days": 1234}),
    ("birthday", "Birthday (turns 40)", False, {"kind": "birthday", "age": 40}),
    ("birthday", "Birthday", False, {"kind": "birthday"}),
    ("anniversary", "Anniversary (1 year)", False, {"kind": "anniversary", "years": 1}),
    ("anniversary", "Anniversary", False, {"kind": "anniversary"}),
    ("promise", "Introduce Ana Silva to Bo Chen", True,
     {"kind": "chase", "a": "Ana Silva", "b": "Bo Chen"}),
    ("manual", "Chase Ana Silva about the introduction to Bo Chen", True,
     {"kind": "ask-chase", "introducer": "Ana Silva", "person": "Bo Chen"}),
    # Typed, or not a sentence Rapport wrote in English: kept and shown as written.
    ("manual", "Keep in touch (every 2 weeks)", False, None),
    ("promise", "Birthday", False, None),
    ("cadence", "In Kontakt bleiben (alle 2 Wochen)", False, None),
]
OLD_FOCUS = [
    "Reconnect: you keep in touch every 4 weeks, last talked 9 weeks ago",
    "Reconnect: you keep in touch every 10 days, last talked 3 months ago",
    "Reconnect: you keep in touch every 1 week and have not talked yet",
    "Reconnect: time to get in touch",
    "Give: you promised to send the article (9 days late)",
    "Give: you promised to call (due today)",
    "Reconnect: you meant to ask about Lisbon (trip) (due Friday)",
    "Reconnect: you meant to catch up (due tomorrow)",
    "Give: you offered to introduce them to Fay",
    "Give: you offered to introduce them to someone",
    "Give: they did 2 more for you than you for them (you gave 1, received 3)",
    "Give: birthday tomorrow",
    "Give: birthday Sunday",
    "Deepen: you both like chess, jazz and running; acquainted, ready to become relationship",
    "Deepen: you both like chess",
    "You chose them this week",
]
OLD_FOCUS_KEPT = ["Wieder melden: Zeit, sich zu melden", "Something else: entirely"]
OLD_ACTIONS = [  # the thing to do beside each focus reason above
    "Get in touch: ask how chess is going",
    "Get in touch: a short message or a call",
    "Keep your promise: Send the article",
    "Make the introduction to Fay",
    "Make the introduction to someone",
    "Return the favour: an introduction, a referral or some advice",
    "Send a birthday message",
    "Send a birthday message on Sunday",
    "Invite them to a 1-2-1 and talk about jazz",
    "Share something about chess",
    "Invite them to a 1-2-1",
    "Find one thing you can do for them",
    "ask about Lisbon",  # a reminder's text, or a typed one thing: kept as written
    "Bring the book",
    "Schicken Sie einen Geburtstagsgruß",
    "",
    "Call her back",
    "",
]
ACTIONS_KEPT = {"ask about Lisbon", "Bring the book", "Schicken Sie einen Geburtstagsgruß",
                "", "Call her back"}


def _old_database(path: Path, due: dt.date = TODAY, week: dt.date = WEEK) -> None:
    """A database at schema 12 holding the sentences above, as Rapport wrote them: the
    follow-ups due on *due*, the focus of the week starting on *week*."""
    create_schema(path, 12)
    con = sqlite3.connect(path)
    try:
        con.executemany("INSERT INTO contact (id, full_name) VALUES (?, ?)",
                        [(1, "Ana Silva"), (2, "Bo Chen")])
        con.execute("INSERT INTO introduction (id, introducer_id, person_a_id, person_b_id, "
                    "status) VALUES (1, NULL, 1, 2, 'proposed')")
        con.executemany(
            "INSERT INTO follow_up (contact_id, due_on, reason, origin, introduction_id) "
            "VALUES (1, ?, ?, ?, ?)",
            [(due.isoformat(), reason, origin, 1 if linked else None)
             for origin, reason, linked, _ in OLD_FOLLOWUPS])
        con.executemany(
            "INSERT INTO focus_entry (week_start, contact_id, reason, action) "
            "VALUES (?, ?, ?, ?)",
            [(week.isoformat(), 1 + n % 2, reason, action) for n, (reason, action)
             in enumerate(zip(OLD_FOCUS + OLD_FOCUS_KEPT, OLD_ACTIONS, strict=True))])
        con.commit()
    finally:
        con.close()


def test_migration_13_turns_old_english_reasons_into_parts(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _old_database(path)
    open_database(path)
    try:
        rows = db.execute_sql("SELECT reason, reason_parts FROM follow_up ORDER BY id"
                              ).fetchall()
        for (_, old, _, parts), (reason, stored) in zip(OLD_FOLLOWUPS, rows, strict=True):
            if parts is None:
                assert (reason, stored) == (old, None)
            else:
                assert reason == "" and json.loads(stored) == parts, old
            # In English, each is shown exactly as it was written.
            assert reason_text(decode(reason, stored)) == old
        focus_rows = db.execute_sql("SELECT reason, reason_parts FROM focus_entry ORDER BY id"
                                    ).fetchall()
        for old, (reason, stored) in zip(OLD_FOCUS + OLD_FOCUS_KEPT, focus_rows, strict=True):
            assert (stored is None) == (old in OLD_FOCUS_KEPT), old
            assert reason_text(decode(reason, stored)) == old
        action_rows = db.execute_sql("SELECT action, action_parts FROM focus_entry "
                                     "ORDER BY id").fetchall()
        for old, (action, stored) in zip(OLD_ACTIONS, action_rows, strict=True):
            assert (stored is None) == (old in ACTIONS_KEPT), old
            assert reason_text(decode(action, stored)) == old
        # The week still reads: the kinds come from the parts now.
        week = focus.week_of(WEEK)
        assert [i.family for i in week][:4] == ["reconnect"] * 4
        assert week[-3].kind == "chosen" and week[-4].family == "deepen"
    finally:
        close_database()


def test_migrated_reasons_are_shown_in_the_language_of_the_day(tmp_path: Path,
                                                               pirate: None) -> None:
    path = tmp_path / "old.sqlite3"
    _old_database(path)
    open_database(path)
    try:
        shown = [reason_text(f.reason) for f in followups.open_followups(ContactId(1))]
        assert "<Keep in touch (every %n week(s))>".replace("%n", "2").replace(
            "(s)", "s") in shown
        assert "Keep in touch (every 2 weeks)" in shown  # the typed one, as written
        assert "In Kontakt bleiben (alle 2 Wochen)" in shown  # not recognised: as written
    finally:
        close_database()


def test_a_focus_quoting_a_chase_reminder_composes_it_when_shown(db_path: Path) -> None:
    ana, _ = contacts.create_contact(ContactFields(full_name="Ana"))
    followups.add_followup(ana, TODAY, reasons.made("chase", a="Ana", b="Bo"), "promise")
    followups.add_followup(ana, TODAY, "Send the deck", "promise")
    [item] = focus.proposal(TODAY, NOW)
    assert reason_text(item.reason) == "Give: you promised to introduce Ana to Bo (due today)"
    assert reason_text(item.action) == "Keep your promise: Introduce Ana to Bo"
    text.set_translator(_pirate)
    try:
        assert "<Introduce %1 to %2>".replace("%1", "Ana").replace("%2", "Bo") in reason_text(
            item.reason)
    finally:
        text.set_translator(None)
    stored = json.loads(encode(item.reason)[1] or "")
    assert stored["text"] == {"kind": "chase", "a": "Ana", "b": "Bo"}
    assert decode(*encode(item.reason)) == item.reason
