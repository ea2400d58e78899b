"""The user's meetings with each contact, kept by SQLite (migration 15, issue 18): the
summary the network's ranking reads is, after every kind of change made through the real
services on a real SQLite file, what a recount of the interactions gives; and migration 15
fills it for a book written before it."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

from desktop.models import db
from desktop.models.database import close_database, create_schema, open_database
from desktop.models.migrations import HELD_KINDS_SQL, MEETINGS_RECOUNT
from desktop.services import (
    contacts,
    demo,
    duplicates,
    followups,
    importer,
    interactions,
    knows,
)
from desktop.services.capture import engine
from desktop.services.interactions import InteractionDraft
from desktop.services.types import ContactFields, ContactId, LabeledValue
from tests.capture.conftest import DATA

KEPT = "SELECT contact_id, meetings, last_day FROM contact_meetings"


def _kept() -> dict[int, tuple[int, int]]:
    return {int(c): (int(n), int(d)) for c, n, d in db.execute_sql(KEPT)}


def _recount() -> dict[int, tuple[int, int]]:
    return {int(c): (int(n), int(d)) for c, n, d in db.execute_sql(MEETINGS_RECOUNT)}


def test_the_held_kinds_are_the_networks() -> None:
    assert HELD_KINDS_SQL == "(" + ", ".join(f"'{k}'" for k in knows.HELD_KINDS) + ")"


def test_the_summary_equals_a_recount_after_every_kind_of_change(
        db_path: Path, tmp_path: Path) -> None:
    now = dt.datetime.now().replace(microsecond=0)
    me, _ = contacts.create_contact(ContactFields(
        full_name="Sam Rivera", emails=(LabeledValue("sam@rivera.example"),)), is_me=True)
    ana, _ = contacts.create_contact(ContactFields(
        full_name="Ana Silva", organization="Lumen Labs",
        emails=(LabeledValue("ana@lumen.example", "work"),)))
    bo, _ = contacts.create_contact(ContactFields(
        full_name="Bo Chen", emails=(LabeledValue("bo.chen@gmail.example", "home"),
                                     LabeledValue("bo@harbor.example", "work"))))
    zoe, _ = contacts.create_contact(ContactFields(
        full_name="Zoë Müller", emails=(LabeledValue("zoe@cafe.example"),)))
    cy, _ = contacts.create_contact(ContactFields(full_name="Cy Okafor"))
    ids: dict[str, int] = {}
    undo: dict[str, object] = {}

    def log(name: str, kind: str, days_ago: float, *people: ContactId) -> None:
        ids[name], _ = interactions.log_interaction(InteractionDraft(
            kind=kind, happened_at=now - dt.timedelta(days=days_ago), participants=people,
            summary=name), now)

    def draft(name: str, kind: str, days_ago: float, *people: ContactId) -> InteractionDraft:
        return InteractionDraft(kind=kind, happened_at=now - dt.timedelta(days=days_ago),
                                participants=people, summary=name)

    def undoable(name: str, scope: list[ContactId], change: Callable[[], object]) -> None:
        """A change to interactions as the UI undoes it: the timeline captured before."""
        undo[name] = followups.capture(scope, [ids[name]] if name in ids else [])
        change()

    def restore(name: str) -> None:
        state = undo[name]
        assert isinstance(state, followups.TimelineState)
        followups.restore(state)

    def redo(name: str, scope: list[ContactId], change: Callable[[], object]) -> None:
        undoable(name, scope, change)

    def merge() -> None:
        twin, _ = contacts.create_contact(ContactFields(
            full_name="Ana Silva", emails=(LabeledValue("ana@lumen.example", "home"),)))
        log("twin-call", "call", 3, twin, bo)
        log("both", "meeting", 4, twin, ana)  # a meeting both halves took part in
        assert _kept() == _recount()
        undo["merge"], _ = duplicates.merge_contacts(ana, [twin], {})

    def delete_contact() -> None:
        undo["deleted"], _ = contacts.delete_contacts([bo])

    def import_cards() -> None:
        card = tmp_path / "a.vcf"
        card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\n"
                        "EMAIL:ana@lumen.example\r\nEND:VCARD\r\n"
                        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dee\r\nEND:VCARD\r\n",
                        encoding="utf-8")
        result = importer.run_import([card])
        assert result.batch_id is not None
        undo["import"] = result.batch_id

    def capture() -> None:
        since, until = now - dt.timedelta(days=3650), now + dt.timedelta(days=3650)
        paths = [DATA / "google-calendar.ics", DATA / "outlook-calendar.ics"]
        preview = engine.review(engine.scan_files(paths, since, until), now)
        result = engine.apply(preview)
        assert result.undo is not None
        undo["capture"] = result.undo

    steps: list[tuple[str, Callable[[], object]]] = [
        ("log", lambda: log("call", "call", 1, ana, bo)),
        ("log group", lambda: log("dinner", "meeting", 40, ana, bo, zoe, me)),
        ("log a note (no meeting)", lambda: log("note", "note", 2, ana)),
        ("plan", lambda: log("plan", "meeting", -5, ana, cy)),
        ("log held in the future", lambda: interactions.log_interaction(
            InteractionDraft(kind="meeting", happened_at=now + dt.timedelta(days=2),
                             participants=(zoe,), summary="later", status="held"), now)),
        ("edit: people and day", lambda: undoable("call", [ana, bo, zoe, cy], lambda:
            interactions.update_interaction(ids["call"], draft("call", "call", 50, bo, zoe, cy),
                                            now))),
        ("undo edit", lambda: restore("call")),
        ("redo edit", lambda: redo("call", [ana, bo, zoe, cy], lambda:
            interactions.update_interaction(ids["call"], draft("call", "call", 50, bo, zoe, cy),
                                            now))),
        ("edit: kind to a note", lambda: interactions.update_interaction(
            ids["dinner"], draft("dinner", "note", 40, ana, bo, zoe, me), now)),
        ("edit: back to a meeting", lambda: interactions.update_interaction(
            ids["dinner"], draft("dinner", "meeting", 39, ana, bo, zoe, me), now)),
        ("hold the plan", lambda: undoable("plan", [ana, cy], lambda: interactions.hold(
            ids["plan"], held_at=now - dt.timedelta(hours=1), now=now))),
        ("undo hold", lambda: restore("plan")),
        ("reschedule", lambda: interactions.reschedule(ids["plan"], now + dt.timedelta(days=9),
                                                        now)),
        ("cancel", lambda: interactions.cancel(ids["plan"], now)),
        ("delete the latest of bo's", lambda: undoable("dinner", [ana, bo, zoe, me], lambda:
            interactions.delete_interaction(ids["dinner"], now))),
        ("undo delete", lambda: restore("dinner")),
        ("merge duplicates", merge),
        ("undo merge", lambda: duplicates.undo_merge(undo["merge"])),  # type: ignore[arg-type]
        ("delete a contact", delete_contact),
        ("undo delete contact", lambda: contacts.restore_contacts(
            undo["deleted"])),  # type: ignore[arg-type]
        ("import", import_cards),
        ("undo import", lambda: importer.undo_import(undo["import"])),  # type: ignore[arg-type]
        ("capture", capture),
        ("undo capture", lambda: engine.undo_capture(undo["capture"])),  # type: ignore[arg-type]
        ("redo capture", lambda: engine.redo_capture(undo["capture"])),  # type: ignore[arg-type]
        ("delete contacts with history", lambda: contacts.delete_contacts([zoe, cy])),
        ("demo", lambda: demo.generate_demo(30)),
    ]
    assert _kept() == _recount() == {}
    for label, step in steps:
        step()
        assert _kept() == _recount(), label
    assert len(_kept()) > 10  # the demo's book: the test compared something
    edited = db.execute_sql("SELECT sum(meetings) FROM contact_meetings").fetchone()[0]
    assert edited == db.execute_sql(
        "SELECT count(*) FROM interaction_participant p JOIN interaction i "
        f"ON i.id = p.interaction_id WHERE i.status = 'held' AND i.kind IN {HELD_KINDS_SQL}"
    ).fetchone()[0]


def test_migration_15_counts_the_meetings_of_an_older_book(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    create_schema(path, 14)
    con = sqlite3.connect(path)
    try:
        con.executemany("INSERT INTO contact (id, full_name, is_me, created_at, updated_at) "
                        "VALUES (?, ?, ?, '2020-01-01', '2020-01-01')",
                        [(1, "Me", 1), (2, "Ana", 0), (3, "Bo", 0), (4, "Cy", 0)])
        con.executemany("INSERT INTO interaction (id, kind, happened_at, status) "
                        "VALUES (?, ?, ?, ?)",
                        [(1, "meeting", "2024-03-01 10:00:00", "held"),
                         (2, "call", "2025-06-30 23:30:00", "held"),
                         (3, "note", "2025-07-01 09:00:00", "held"),
                         (4, "meeting", "2025-08-01 09:00:00", "planned"),
                         (5, "meeting", "2025-09-01 09:00:00", "cancelled")])
        con.executemany("INSERT INTO interaction_participant VALUES (?, ?)",
                        [(1, 2), (1, 3), (2, 2), (3, 2), (3, 4), (4, 4), (5, 3)])
        con.commit()
    finally:
        con.close()
    open_database(path)
    try:
        day = dt.date(2025, 6, 30).toordinal()
        assert _kept() == {2: (2, day), 3: (1, dt.date(2024, 3, 1).toordinal())}
        assert _kept() == _recount()
        # And kept from then on.
        db.execute_sql("UPDATE interaction SET status = 'held' WHERE id = 4")
        assert _kept()[4] == (1, dt.date(2025, 8, 1).toordinal())
        db.execute_sql("DELETE FROM interaction WHERE id = 2")
        assert _kept() == _recount()
    finally:
        close_database()


def test_only_the_triggers_write_the_summary() -> None:
    """One writer: the triggers of migration 15. No service writes the table itself (a
    second writer would have to know every path the triggers already see)."""
    desktop = Path(__file__).resolve().parents[2] / "desktop"
    write = re.compile(r"\b(?:insert(?:\s+or\s+\w+)?\s+into|replace\s+into|update|delete\s+from)"
                       r"\s+contact_meetings\b", re.IGNORECASE)
    writers = sorted(str(p.relative_to(desktop.parent)) for p in desktop.rglob("*.py")
                     if write.search(p.read_text(encoding="utf-8")))
    assert writers == ["desktop/models/migrations.py"]


def test_a_recovered_copy_counts_each_meeting_once(db_path: Path, tmp_path: Path) -> None:
    """Recovery copies every table into a new file (desktop/services/rescue.py): the
    participants copied run the triggers, and the summary is what a recount gives."""
    from desktop.services import rescue

    demo.generate_demo(40)
    before = _kept()
    assert before == _recount() and before
    close_database()
    found = rescue.recover(db_path, tmp_path / "recovered.sqlite3")
    open_database(found.path)
    assert _kept() == _recount() == before
