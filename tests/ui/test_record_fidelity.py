"""Records you can trust (issue 11): every card of the real corpus, imported, goes through each
edit the UI offers -- the stage pill, a tag added and one removed, the editor saved without
changes, the editor with one field changed -- and the undo of each; exported as vCard 3.0
and 4.0 after each step, it differs from the export before only in the edited field, and
after the undo not at all.

The corpus is ../shared/vcards/real beside the checkout; without it this test fails (it
never passes by testing nothing)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from desktop.models import STAGES, db
from desktop.services import contacts, exporter, importer
from desktop.services.types import ContactId
from desktop.ui.contacts.contact_editor import ContactEditorDialog
from desktop.ui.operations import Operations
from tests.conftest import REAL_VCARDS

Cards = dict[str, dict[str, list[str]]]  # version -> UID -> the card's unfolded lines
# The properties a contact's tags are written as: CATEGORIES, and for a group or a topic to
# avoid also X-RAPPORT-GROUP / X-RAPPORT-AVOID (so the category survives a round trip).
TAG_PROPERTIES = {"CATEGORIES", "X-RAPPORT-GROUP", "X-RAPPORT-AVOID"}


@pytest.fixture()
def corpus_book(db_path: Path) -> Iterator[list[ContactId]]:
    assert REAL_VCARDS.is_dir(), (
        f"the real vCard corpus is missing: it must be at {REAL_VCARDS} (../shared/vcards/real "
        "beside the checkout); this test fails rather than pass without it")
    files = sorted(REAL_VCARDS.rglob("*.vcf"))
    assert len(files) > 100, f"only {len(files)} files in {REAL_VCARDS}"
    # Every card its own contact (the same person in two files would merge otherwise).
    result = importer.run_import(files, default=importer.Policy.KEEP_BOTH)
    assert result.new_count > 170, result.summary()
    yield [ContactId(r[0]) for r in db.execute_sql(
        "SELECT id FROM contact WHERE is_me = 0 ORDER BY id")]


def _unfold(text: str) -> list[str]:
    out: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if line[:1] in (" ", "\t") and out:
            out[-1] += line[1:]
        elif line:
            out.append(line)
    return out


def _export(tmp_path: Path) -> Cards:
    cards: Cards = {}
    for version in ("3.0", "4.0"):
        out = tmp_path / f"book-{version}.vcf"
        exporter.export_vcards(out, version=version)
        book: dict[str, list[str]] = {}
        for chunk in re.split(r"(?m)^BEGIN:VCARD\r?$", out.read_text(encoding="utf-8")):
            lines = _unfold(chunk)
            if not lines:
                continue
            uid = next(line.split(":", 1)[1] for line in lines if line.startswith("UID"))
            assert uid not in book, f"two exported cards with UID {uid}"
            book[uid] = lines
        cards[version] = book
    return cards


def _property(line: str) -> str:
    name = re.split(r"[;:]", line, maxsplit=1)[0]
    return name.split(".", 1)[-1].upper()  # item1.X-ABLabel -> X-ABLABEL


def _differences(before: Cards, after: Cards) -> dict[str, set[str]]:
    """Per card ("version UID"), the properties whose lines differ."""
    out: dict[str, set[str]] = {}
    for version, book in before.items():
        assert set(after[version]) == set(book), f"{version}: cards came or went"
        for uid, lines in book.items():
            changed = set(lines) ^ set(after[version][uid])
            if changed:
                out[f"{version} {uid}"] = {_property(line) for line in changed}
    return out


def _only(before: Cards, after: Cards, allowed: set[str], what: str) -> None:
    wrong = {card: props - allowed for card, props in _differences(before, after).items()
             if props - allowed}
    assert not wrong, f"{what} changed more than {sorted(allowed) or 'nothing'}: " \
        + "; ".join(f"{card}: {sorted(props)}" for card, props in sorted(wrong.items())[:10])


def _each(ids: list[ContactId], edit: Callable[[ContactId], bool]) -> int:
    done = 0
    for cid in ids:
        if edit(cid):
            done += 1
    return done


def _undo(ops: Operations, steps: int) -> None:
    for _ in range(steps):
        assert ops.undo_stack.canUndo()
        ops.undo_stack.undo()


def _editor_save(qtbot: QtBot, ops: Operations, cid: ContactId,
                 change: Callable[[ContactEditorDialog], None] | None = None) -> None:
    dialog = ContactEditorDialog(ops, cid)
    qtbot.addWidget(dialog)
    if change is not None:
        change(dialog)
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        dialog.save()


def test_every_edit_of_every_real_card_changes_only_what_it_edits(
        qtbot: QtBot, corpus_book: list[ContactId], tmp_path: Path) -> None:
    ops = Operations(QUndoStack())
    failures: list[str] = []
    ops.failed.connect(failures.append)
    ids = corpus_book
    base = _export(tmp_path)

    def stage(cid: ContactId) -> bool:
        detail = contacts.get_contact(cid)
        assert detail is not None
        later = STAGES[(STAGES.index(detail.fields.stage) + 1) % len(STAGES)]
        return ops.set_stage(cid, later)

    steps = _each(ids, stage)
    assert steps == len(ids)
    _only(base, _export(tmp_path), {"X-RAPPORT-STAGE"}, "the stage pill")
    _undo(ops, steps)
    _only(base, _export(tmp_path), set(), "undoing the stage")

    def add_tag(cid: ContactId) -> bool:
        detail = contacts.get_contact(cid)
        assert detail is not None
        return ops.set_tags(cid, (*detail.fields.tags, "Met at the fidelity test"))

    steps = _each(ids, add_tag)
    _only(base, _export(tmp_path), {"CATEGORIES"}, "adding a tag")  # a new interest
    _undo(ops, steps)
    _only(base, _export(tmp_path), set(), "undoing a tag added")

    tagged = [c for c in ids if (d := contacts.get_contact(c)) is not None and d.fields.tags]
    assert tagged, "no card of the corpus has CATEGORIES"

    def remove_tag(cid: ContactId) -> bool:
        detail = contacts.get_contact(cid)
        assert detail is not None
        return ops.set_tags(cid, detail.fields.tags[1:])

    steps = _each(tagged, remove_tag)
    _only(base, _export(tmp_path), TAG_PROPERTIES, "removing a tag")
    _undo(ops, steps)
    _only(base, _export(tmp_path), set(), "undoing a tag removed")

    sets_before = db.execute_sql("SELECT count(*) FROM change_set").fetchone()[0]
    for cid in ids:
        _editor_save(qtbot, ops, cid)
    assert db.execute_sql("SELECT count(*) FROM change_set").fetchone()[0] == sets_before, \
        "saving the editor without changes wrote something"
    assert not ops.undo_stack.canUndo()  # nothing to undo: nothing was done
    _only(base, _export(tmp_path), set(), "saving the editor without changes")

    def retitle(dialog: ContactEditorDialog) -> None:
        dialog.title_edit.setText((dialog.title_edit.text() + " (edited)").strip())

    for cid in ids:
        _editor_save(qtbot, ops, cid, retitle)
    _only(base, _export(tmp_path), {"TITLE"}, "the editor with the title changed")
    _undo(ops, ops.undo_stack.index())
    _only(base, _export(tmp_path), set(), "undoing the editor's change")
    assert failures == []
