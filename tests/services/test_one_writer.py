"""One writer (issue 11): only desktop/services/store.py writes the contact tables.

Two proofs. The source: no other module of the application holds an SQL statement that
writes those tables, nor calls a peewee write method on their models (the numbered
migrations aside: they change the file's format before anything runs). The running code:
SQLite's authorizer watches every write while the features that change contacts run
(edit, tags, photo, delete and undo, the briefing's note, an import and its undo, tag
merge and delete, follow-ups and interactions, a merge of duplicates and its undo, the demo
network), and each write to a
contact table must come from the store.
"""

from __future__ import annotations

import ast
import datetime as dt
import functools
import re
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.models import db
from desktop.services import (
    briefing,
    contacts,
    demo,
    duplicates,
    followups,
    history,
    importer,
    interactions,
    tags,
)
from desktop.services.types import ContactFields, LabeledValue

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
STORE = DESKTOP / "services" / "store.py"
TABLES = ("contact", "email", "phone", "address", "url", "contact_tag", "contact_photo")
MODELS = ("Contact", "ContactPhoto", "Email", "Phone", "Address", "Url", "ContactTag")
WRITE_METHODS = frozenset({
    "insert", "insert_many", "insert_from", "replace", "replace_many", "update", "delete",
    "create", "bulk_create", "bulk_update", "get_or_create", "delete_by_id", "set_by_id",
    "save", "delete_instance",
})
_TABLE = "|".join(TABLES)
# A write to one of the tables by name, or to a table named at run time ({table}), quoted
# or not, with or without a schema (main."{table}").
_SQL_WRITE = re.compile(
    rf"\b(?:insert(?:\s+or\s+\w+)?\s+into|replace\s+into|update|delete\s+from)\s+"
    rf"(?:\w+\.)?[\"'`]?(?:(?:{_TABLE})[\"'`]?(?![\w])|\{{)",
    re.IGNORECASE,
)


# Numbered migrations change the file's format (a new column filled in) before any service
# runs, and are never edited once released: they are not a second writer of contacts.
MIGRATIONS = DESKTOP / "models" / "migrations.py"
# Recovery of a damaged database copies every table, row for row, from the damaged file
# into a new file on a connection of its own (issue 13), before that file is opened: a
# copy of the file like a backup, not a change to anyone's contact.
RESCUE = DESKTOP / "services" / "rescue.py"


def _sources() -> list[Path]:
    return sorted(p for p in DESKTOP.rglob("*.py") if p not in (STORE, MIGRATIONS, RESCUE))


@functools.cache
def _nodes(path: Path) -> tuple[ast.AST, ...]:
    return tuple(ast.walk(ast.parse(path.read_text(encoding="utf-8"))))


def _sql_writes(path: Path) -> list[str]:
    found = []
    for node in _nodes(path):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        elif isinstance(node, ast.JoinedStr):
            text = "".join(
                str(v.value) if isinstance(v, ast.Constant)
                else "{" + ast.unparse(v.value) + "}" if isinstance(v, ast.FormattedValue)
                else "{?}" for v in node.values)
        else:
            continue
        for match in _SQL_WRITE.finditer(text):
            if text[match.end():].startswith(("FTS_TABLE}", "TAG_FTS_TABLE}")):
                continue  # the search indexes (contact_fts, tag_fts), named by constants
            found.append(f"{path.relative_to(DESKTOP.parent)}:{node.lineno}: {match.group(0)}")
    return found


def _orm_writes(path: Path) -> list[str]:
    found = []
    for node in _nodes(path):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr not in WRITE_METHODS:
            continue
        owner = node.func.value
        name = owner.id if isinstance(owner, ast.Name) else \
            owner.attr if isinstance(owner, ast.Attribute) else ""
        if name in MODELS:
            found.append(f"{path.relative_to(DESKTOP.parent)}:{node.lineno}: "
                         f"{name}.{node.func.attr}()")
    return found


def test_no_module_but_the_store_holds_a_write_to_the_contact_tables() -> None:
    offenders = [hit for path in _sources() for hit in _sql_writes(path)]
    assert offenders == [], "contact tables written outside desktop/services/store.py:\n" \
        + "\n".join(offenders)


def test_no_module_but_the_store_writes_the_contact_models_through_the_orm() -> None:
    offenders = [hit for path in _sources() for hit in _orm_writes(path)]
    assert offenders == [], "contact models written outside desktop/services/store.py:\n" \
        + "\n".join(offenders)


def test_the_scans_find_a_writer_when_there_is_one(tmp_path: Path) -> None:
    """The two scans above cannot pass by not looking."""
    sample = tmp_path / "writer.py"
    sample.write_text(
        'def f(db, table):\n'
        '    db.execute_sql("UPDATE contact SET title = ? WHERE id = ?")\n'
        '    db.execute_sql(f"DELETE FROM {table} WHERE contact_id = ?")\n'
        '    db.execute_sql("INSERT OR IGNORE INTO contact_tag VALUES (?, ?)")\n'
        '    db.execute_sql("DELETE FROM contact_fts WHERE rowid = ?")\n'
        '    db.execute_sql(f\'INSERT INTO main."{table}" SELECT * FROM old."{table}"\')\n'
        '    db.execute_sql(\'UPDATE "phone" SET e164 = NULL\')\n'
        '    Email.insert_many([]).execute()\n', encoding="utf-8")
    global DESKTOP
    saved, DESKTOP = DESKTOP, tmp_path
    try:
        assert len(_sql_writes(sample)) == 5
        assert len(_orm_writes(sample)) == 1
    finally:
        DESKTOP = saved


# --------------------------------------------------------------------------- at run time

_WRITE_ACTIONS = {sqlite3.SQLITE_INSERT: "insert", sqlite3.SQLITE_UPDATE: "update",
                  sqlite3.SQLITE_DELETE: "delete"}


def _writer_module() -> str:
    """The innermost frame of the application (desktop/) on the stack."""
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_code.co_filename
        if f"{Path('desktop')}/" in name.replace("\\", "/") and "/tests/" not in name:
            return str(Path(name).resolve().relative_to(DESKTOP.parent))
        frame = frame.f_back  # type: ignore[assignment]
    return "(not the application)"


@pytest.fixture()
def watched(db_path: Path) -> Iterator[list[str]]:
    """Every write to a contact table from this thread's connection, as 'module: action
    table'. Only the main thread runs here, so one connection sees them all."""
    seen: list[str] = []

    def authorize(action: int, table: str | None, _b: str | None, _db: str | None,
                  _source: str | None) -> int:
        if action in _WRITE_ACTIONS and table in TABLES:
            seen.append(f"{_writer_module()}: {_WRITE_ACTIONS[action]} {table}")
        return sqlite3.SQLITE_OK

    conn = db.connection()
    conn.set_authorizer(authorize)
    yield seen
    conn.set_authorizer(None)


def test_every_feature_that_changes_contacts_writes_through_the_store(
        watched: list[str], tmp_path: Path) -> None:
    ana, _ = contacts.create_contact(ContactFields(
        full_name="Ana Silva", emails=(LabeledValue("ana@lumen.example", "work"),),
        tags=("Running",)))
    bo, _ = contacts.create_contact(ContactFields(full_name="Bo Chen", tags=("Chess",)))
    detail = contacts.get_contact(ana)
    assert detail is not None
    contacts.update_contact(ana, ContactFields(**{**detail.fields.__dict__, "title": "CTO"}))
    contacts.set_tags(ana, ["Running", "Jazz"])
    contacts.set_photo(ana, b"\x89PNG", "image/png")
    briefing.set_one_thing(ana, "Introduce her to Bo")
    snap, _ = contacts.delete_contacts([bo])
    contacts.restore_contacts(snap)
    card = tmp_path / "a.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nEMAIL:ana@lumen.example\r\n"
                    "TEL:+351 21 000 0000\r\nCATEGORIES:Sailing\r\nEND:VCARD\r\n"
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cy\r\nEND:VCARD\r\n", encoding="utf-8")
    result = importer.run_import([card])
    assert result.batch_id is not None
    importer.undo_import(result.batch_id)
    chess, jazz = tags.find_tag("Chess"), tags.find_tag("Jazz")
    assert chess is not None and jazz is not None
    snapshot, _ = tags.merge_tags(chess, jazz)
    tags.unmerge_tags(snapshot, jazz, (ana,))
    deleted, _ = tags.delete_tag(jazz)
    tags.restore_tag(deleted)
    interactions.log_interaction(interactions.InteractionDraft(
        kind="call", happened_at=dt.datetime.now() - dt.timedelta(days=1),
        participants=(ana, bo), summary="Call"))
    followups.add_followup(ana, dt.date.today() + dt.timedelta(days=3), "Send the deck")
    edit = contacts.set_fields(bo, {"stage": "trusted"}, "Stage")
    history.undo(edit.change_sets)
    staged = contacts.set_stage_many([ana, bo], "relationship")
    history.undo(staged.change_sets)
    contacts.set_met_many([ana, bo], "Met at Web Summit", dt.date(2026, 11, 12))
    _change, tagged = tags.change_tags([ana, bo], add=["Web Summit"])
    history.undo(tagged.change_sets)
    twin, _ = contacts.create_contact(ContactFields(
        full_name="Ana Silva", emails=(LabeledValue("ana@lumen.example", "home"),),
        phones=(LabeledValue("+351 21 000 0001", "cell"),), tags=("Sailing",)))
    contacts.set_photo(twin, b"\x89PNG twin", "image/png")
    merged, _ = duplicates.merge_contacts(ana, [twin], {"title": "CTO"})
    duplicates.undo_merge(merged)
    demo.generate_demo(20)

    assert watched, "the authorizer saw no write at all: the test watched nothing"
    writers = sorted({line.split(":", 1)[0] for line in watched})
    assert writers == ["desktop/services/store.py"], "\n".join(
        sorted({w for w in watched if not w.startswith("desktop/services/store.py")}))
    for table in TABLES:
        assert any(line.endswith(f" {table}") for line in watched), table
