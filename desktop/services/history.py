"""The history of contact changes, and undo that respects sync (issue 11). No Qt.

The contact store records every write as a change set with one row per field
(``desktop/services/store.py`` says how). ``undo`` takes a change set back:

* a field goes back to what it was **only where it still holds what the set wrote**; where
  something else changed it since (a sync bringing another device's edit, an import), the
  field is left as it is and the result says so (``UndoResult.message``: "…; title was
  changed by sync since and was kept");
* tags are taken back one by one: a tag the set put on comes off if it is still there, a
  tag it took off goes back on if it is still off (a tag put on or taken off many contacts
  at once is one ``members`` row of the set, taken back the same way in bulk);
* a contact the set created is deleted, unless sync or an import changed it since; a
  contact it deleted comes back at its own id, as it was;
* an import's new contacts are its batch's (no row per contact was recorded for them).

Undoing is itself a change (source "user", ``undoes`` the set it took back), so a redo is
the undo of the undo, with the same rule: a redo never overwrites what sync brought in
between either. ``changed_since`` tells the sync engine which fields the user changed here
since a point of the history.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.models import db
from desktop.services import store
from desktop.services.errors import ServiceError
from desktop.services.types import AbstractIds, Changes, ContactId, IdRuns
from desktop.text import (
    QT_TRANSLATE_NOOP,
    Phrase,
    Phrases,
    Translatable,
    fill,
    join_and,
    phrase_text,
    stored_phrase,
)


class HistoryText(Translatable):
    """Translation context of undo and redo: the status bar's line, refusals."""


class HistoryLabel(Phrases):
    """Translation context of what the history calls a change ("Edit %1", "Import %Ln
    contact(s) from %1"): kept as its parts in ``change_set.label_parts`` and worded in
    the language of whatever shows it (issue 14)."""


Progress = Callable[[int, int], bool]

# What the status bar calls a field (translated where it is shown).
FIELD_NAMES: dict[str, str] = {
    "full_name": QT_TRANSLATE_NOOP("HistoryText", "name"),
    "given_name": QT_TRANSLATE_NOOP("HistoryText", "given name"),
    "family_name": QT_TRANSLATE_NOOP("HistoryText", "family name"),
    "additional_names": QT_TRANSLATE_NOOP("HistoryText", "middle name"),
    "prefix": QT_TRANSLATE_NOOP("HistoryText", "name prefix"),
    "suffix": QT_TRANSLATE_NOOP("HistoryText", "name suffix"),
    "nickname": QT_TRANSLATE_NOOP("HistoryText", "nickname"),
    "organization": QT_TRANSLATE_NOOP("HistoryText", "organisation"),
    "department": QT_TRANSLATE_NOOP("HistoryText", "department"),
    "title": QT_TRANSLATE_NOOP("HistoryText", "title"),
    "birthday": QT_TRANSLATE_NOOP("HistoryText", "birthday"),
    "anniversary": QT_TRANSLATE_NOOP("HistoryText", "anniversary"),
    "note": QT_TRANSLATE_NOOP("HistoryText", "note"),
    "how_we_met": QT_TRANSLATE_NOOP("HistoryText", "how we met"),
    "met_on": QT_TRANSLATE_NOOP("HistoryText", "met on"),
    "stage": QT_TRANSLATE_NOOP("HistoryText", "stage"),
    "keep_in_touch_days": QT_TRANSLATE_NOOP("HistoryText", "keep-in-touch cadence"),
    "one_thing": QT_TRANSLATE_NOOP("HistoryText", "one thing I can do"),
    "one_thing_on": QT_TRANSLATE_NOOP("HistoryText", "when one thing was typed"),
    "uid": QT_TRANSLATE_NOOP("HistoryText", "UID"),
    "emails": QT_TRANSLATE_NOOP("HistoryText", "e-mails"),
    "phones": QT_TRANSLATE_NOOP("HistoryText", "phone numbers"),
    "urls": QT_TRANSLATE_NOOP("HistoryText", "web addresses"),
    "addresses": QT_TRANSLATE_NOOP("HistoryText", "addresses"),
    "tags": QT_TRANSLATE_NOOP("HistoryText", "tags"),
    "photo": QT_TRANSLATE_NOOP("HistoryText", "photo"),
    "extra": QT_TRANSLATE_NOOP("HistoryText", "vCard extras"),
    "contact": QT_TRANSLATE_NOOP("HistoryText", "contact"),
}
# What changed a field since, as the status bar says it.
_CHANGED_BY: dict[str, str] = {
    "sync": QT_TRANSLATE_NOOP("HistoryText", "changed by sync since"),
    "import": QT_TRANSLATE_NOOP("HistoryText", "changed by an import since"),
    "restore": QT_TRANSLATE_NOOP("HistoryText", "changed by a restore since"),
    "demo": QT_TRANSLATE_NOOP("HistoryText", "changed by the demo since"),
    "user": QT_TRANSLATE_NOOP("HistoryText", "changed since"),
}


class UndoCancelled(Exception):
    """The progress callback returned False: nothing was taken back."""


@dataclass(frozen=True)
class Kept:
    """A field (or, with ``field`` "contact", a whole contact) an undo left as it was,
    because *source* changed it since ("" when it is gone)."""

    contact_id: ContactId
    field: str
    source: str


@dataclass(frozen=True)
class UndoResult:
    """What ``undo`` did: ``changes`` (its own change sets in ``changes.change_sets``: take
    those back to redo), whether it was an undo or a redo, and what it kept."""

    changes: Changes
    label: str | Phrase = ""  # a Phrase worded when shown; text (an old row) as it is
    redo: bool = False
    kept: tuple[Kept, ...] = field(default=())

    def message(self) -> str:
        """One line for the status bar."""
        label = phrase_text(self.label)
        if label:
            text = fill(HistoryText.tr("Redid “%1”") if self.redo
                        else HistoryText.tr("Undid “%1”"), label)
        else:
            text = HistoryText.tr("Redid") if self.redo else HistoryText.tr("Undid")
        notes = [_kept_note(source, [k for k in self.kept if k.source == source])
                 for source in dict.fromkeys(k.source for k in self.kept)]
        return "; ".join([text, *notes])


def _kept_note(source: str, kept: list[Kept]) -> str:
    changed = ((HistoryText.tr(_CHANGED_BY[source]) if source in _CHANGED_BY
                else fill(HistoryText.tr("changed by %1 since"), source)) if source else "")
    whole = [k for k in kept if k.field == "contact"]
    fields = list(dict.fromkeys(HistoryText.tr(FIELD_NAMES.get(k.field, k.field))
                                for k in kept if k.field != "contact"))
    people = {k.contact_id for k in kept if k.field != "contact"}
    parts = []
    if fields:
        names = join_and(fields)
        what = changed or HistoryText.tr("deleted since")
        if len(people) > 1:
            parts.append(fill(HistoryText.tr("%1 of %n contact(s) were %2 and were kept", "",
                                             len(people)), names, what))
        elif len(fields) == 1:
            parts.append(fill(HistoryText.tr("%1 was %2 and was kept"), names, what))
        else:
            parts.append(fill(HistoryText.tr("%1 were %2 and were kept"), names, what))
    if whole:
        n = len(whole)
        what = changed or HistoryText.tr("in the way")
        parts.append(fill(HistoryText.tr("1 contact %1 was kept") if n == 1 else
                          HistoryText.tr("%n contacts %1 were kept", "", n), what))
    return "; ".join(parts)


@dataclass
class _Set:
    id: int
    source: str
    label: str | Phrase
    batch_id: int | None
    undoes: int | None
    undone: bool


def _load_set(set_id: int) -> _Set:
    row = db.execute_sql(
        "SELECT id, source, label, import_batch_id, undoes, undone, label_parts "
        "FROM change_set WHERE id = ?", (int(set_id),)).fetchone()
    if row is None:
        raise ServiceError(HistoryText.tr(
            "that change is no longer in the history (it is too old to undo)"))
    return _Set(int(row[0]), str(row[1]), stored_phrase(row[2], row[6]), row[3], row[4],
                bool(row[5]))


def _depth(s: _Set) -> tuple[int, _Set]:
    """How many undos deep *s* is, and the original change it goes back to."""
    depth, root = 0, s
    while root.undoes is not None:
        try:
            root = _load_set(root.undoes)
        except ServiceError:
            break
        depth += 1
    return depth, root


def _decode(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def undo(set_ids: Sequence[int], progress: Progress | None = None) -> UndoResult:
    """Take back change sets (the newest first), in one transaction: the caller's, if it
    holds one (``contacts.restore_contacts`` puts back what hung off deleted contacts in
    the same), which then rolls back as a whole on an error. Not a savepoint of its own:
    SQLite would keep a copy of every page the undo writes (issue 18: an undone delete
    of 100,000 contacts rewrites most of the book). Raises ServiceError when a set is no
    longer in the history, ``UndoCancelled`` when *progress* says so."""
    if not set_ids:
        return UndoResult(Changes())
    # No cyclic GC while an import's 10,000 contacts are read and written back: a full
    # collection over them holds the GIL long enough to stall the window (as in an import).
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        with db.transaction("IMMEDIATE"):
            results = [_undo_one(int(s), progress) for s in sorted(set_ids, reverse=True)]
    finally:
        if was_enabled:
            gc.enable()
    changes = Changes()
    kept: list[Kept] = []
    for r in results:
        changes |= r.changes
        kept.extend(r.kept)
    first = results[0]
    return UndoResult(changes, first.label, first.redo, tuple(kept))


# A history row of a contact deleted whole (``store.Session.delete``): what an undo
# brings back.
_DELETED = "field = 'contact' AND after IS NULL AND before IS NOT NULL"


def _undo_one(set_id: int, progress: Progress | None) -> UndoResult:
    target = _load_set(set_id)
    depth, root = _depth(target)
    if target.undone:
        # Taken back already (an import undone from the menu, then its own command):
        # nothing left to take back.
        return UndoResult(Changes(), root.label, depth % 2 == 1)
    # The contacts it deleted whole: their ids only (``store.Session.bring_back`` reads
    # each from the history a chunk at a time: issue 18, 100,000 of them at once peaked
    # at +960 MB).
    deleted = IdRuns(r[0] for r in db.execute_sql(
        f"SELECT contact_id FROM change WHERE set_id = ? AND {_DELETED} ORDER BY contact_id",
        (set_id,)))
    rows = db.execute_sql(
        "SELECT contact_id, field, before, after FROM change WHERE set_id = ? "
        f"AND NOT ({_DELETED}) ORDER BY id", (set_id,)).fetchall()
    fields: dict[tuple[int, str], list[Any]] = {}  # (contact, field) -> [before, after]
    tag_moves: dict[int, tuple[set[str], set[str]]] = {}  # contact -> (put on, taken off)
    created: list[int] = []
    made_tags: list[str] = []
    bulk: dict[str, _Members] = {}  # a tag put on / taken off many contacts, by folded name
    staged: list[tuple[dict[str, IdRuns], dict[str, IdRuns]]] = []  # a stage, many contacts
    for cid, name, before_text, after_text in rows:
        before, after = _decode(before_text), _decode(after_text)
        if name == "tag":
            if after:
                made_tags.append(str(after.get("name") or ""))
        elif name == "contact":
            if before is None and after is not None:
                created.append(cid)
        elif name == store.MEMBERS:
            _move_members(bulk, before, after)
        elif name == store.STAGES:
            staged.append((store.stage_groups(before), store.stage_groups(after)))
        elif name == "tags":
            on, off = tag_moves.setdefault(cid, (set(), set()))
            for t in before or ():
                if t.casefold() in {x.casefold() for x in on}:
                    on -= {x for x in on if x.casefold() == t.casefold()}
                else:
                    off.add(t)
            for t in after or ():
                if t.casefold() in {x.casefold() for x in off}:
                    off -= {x for x in off if x.casefold() == t.casefold()}
                else:
                    on.add(t)
        else:
            key = (cid, name)
            if key in fields:
                fields[key][1] = after
            else:
                fields[key] = [before, after]
    if target.batch_id is not None and target.undoes is None:
        created += [r[0] for r in db.execute_sql(
            "SELECT id FROM contact WHERE import_batch_id = ? ORDER BY id", (target.batch_id,))]
    created = list(dict.fromkeys(created))
    people = sorted({c for c, _f in fields} | set(tag_moves))
    moved = {folded: m.moved() for folded, m in bulk.items()}
    bulk_names = {folded: m.name for folded, m in bulk.items()}
    del bulk
    stage_moves = _stage_moves(staged)
    total = (len(created) + len(deleted) + len(people) + 1
             + sum(len(a) + len(b) for a, b in moved.values())
             + sum(len(ids) for ids, _was, _stage in stage_moves))
    done = 0

    def step(n: int = 1) -> None:
        nonlocal done
        done += n
        if progress is not None and progress(min(done, total), total) is False:
            raise UndoCancelled("undo cancelled")

    step(0)  # a cancel that came at once: before anything is written
    kept: list[Kept] = []
    # Joined to ``undo``'s transaction, which rolls back as a whole (a cancel, an error):
    # a savepoint of its own would have SQLite copy every page it writes (issue 18).
    with store.session("user", root.label, undoes=set_id, joined=True) as s:
        # Contacts it created: gone again, unless sync or an import changed them since.
        changed = _changed_since(created, set_id)
        kept += [Kept(ContactId(c), "contact", changed[c]) for c in created if c in changed]
        doomed = [c for c in created if c not in changed]
        s.delete(doomed, tick=lambda: step(min(store.DELETE_CHUNK, len(doomed))))
        going = set(doomed)
        # Fields it changed: back where they still hold what it wrote.
        people = [c for c in people if c not in going]
        current = store.field_values(people, {f for _c, f in fields} | {"tags"})
        patches: dict[int, dict[str, Any]] = {}
        for (cid, name), (before, after) in fields.items():
            if cid in going:
                continue
            now = current.get(cid)
            if now is None:
                if cid not in deleted:
                    kept.append(Kept(ContactId(cid), name, ""))
                continue
            if store.same_value(name, now.get(name), after):
                patches.setdefault(cid, {})[name] = _patch_value(name, before)
            else:
                kept.append(Kept(ContactId(cid), name, _last_source(cid, name, set_id)))
        # Tags are taken back one by one (nothing to compare): with the contact's other
        # fields, or, for a tag put on or taken off many contacts, per tag in bulk.
        put_back: dict[str, list[AbstractIds]] = {}  # tag name -> its contacts, in parts
        take_off: dict[str, list[AbstractIds]] = {}
        for cid, (on, off) in tag_moves.items():
            if cid not in current:
                continue
            if cid in patches:
                patches[cid]["tags_remove"] = sorted(on)
                patches[cid]["tags_add"] = sorted(off)
                continue
            for name in on:
                take_off.setdefault(name, []).append(frozenset((ContactId(cid),)))
            for name in off:
                put_back.setdefault(name, []).append(frozenset((ContactId(cid),)))
        for cid, patch in patches.items():
            s.update(ContactId(cid), patch)
            step()
        # A tag put on or taken off many contacts at once: back in bulk (a contact gone
        # since is skipped by ``tag_members``, one that lost or gained it since is left).
        for folded_name, (put_on, taken_off) in moved.items():
            if put_on:
                take_off.setdefault(bulk_names[folded_name], []).append(put_on)
            if taken_off:
                put_back.setdefault(bulk_names[folded_name], []).append(taken_off)
        del moved
        for name, parts in take_off.items():
            ids = IdRuns.union(parts)
            row = db.execute_sql("SELECT id FROM tag WHERE name = ? COLLATE NOCASE",
                                 (name,)).fetchone()
            if row is not None:
                s.tag_members(int(row[0]), remove=ids)
            step(len(ids))
        tag_ids = s.tag_ids(list(put_back)) if put_back else {}
        for name, parts in put_back.items():
            ids = IdRuns.union(parts)
            folded = " ".join(name.split()).casefold()
            if folded in tag_ids:
                s.tag_members(tag_ids[folded], add=ids)
            step(len(ids))
        # A stage set on many contacts at once: back in bulk, where it is still the stage
        # the set wrote (one changed since, by sync or by hand, is left and said so).
        if stage_moves:
            back_stage = s.set_stages(stage_moves, tick=lambda: step(store.MEMBERS_PER_STATEMENT))
            kept += _stages_kept(stage_moves, back_stage, set_id)
        # Contacts it deleted: back at their own ids.
        back = s.bring_back(set_id, deleted, tick=lambda: step(min(500, len(deleted))))
        if len(back) < len(deleted):
            kept += [Kept(ContactId(c), "contact", "") for c in deleted if c not in back]
        if made_tags:
            s.drop_unused_tags(made_tags)
        store.mark_set(set_id, True)
        if target.undoes is not None:
            store.mark_set(target.undoes, False)
        if root.batch_id is not None:
            from desktop.services.importer import mark_batch_undone

            mark_batch_undone(root.batch_id, undone=depth % 2 == 0)
            s.note(Changes(contacts_added_or_removed=True))
    step(total)
    return UndoResult(s.changes(), root.label, depth % 2 == 1, tuple(kept))


@dataclass
class _Members:
    """A change set's ``members`` rows of one tag, in order: each the contacts it put the
    tag on or took it off (``rows``: (ids, taken off))."""

    name: str
    rows: list[tuple[IdRuns, bool]] = field(default_factory=list)

    def moved(self) -> tuple[IdRuns, IdRuns]:
        """The contacts the set put the tag on and took it off, in the end: a contact it
        put it on and then took it off is in neither. Rows all one way (a selection
        tagged: one row) are joined by their runs, never a step per contact (issue 18)."""
        if all(off == self.rows[0][1] for _ids, off in self.rows):
            joined = IdRuns.union(ids for ids, _off in self.rows)
            return (IdRuns(), joined) if self.rows[0][1] else (joined, IdRuns())
        on: dict[int, None] = {}
        off: dict[int, None] = {}
        for ids, taken_off in self.rows:
            mine, other = (off, on) if taken_off else (on, off)
            for cid in ids:
                if cid in other:  # the set had done the opposite to it: nothing to take back
                    del other[cid]
                else:
                    mine[cid] = None
        return IdRuns(on), IdRuns(off)


def _stage_moves(rows: Sequence[tuple[dict[str, IdRuns], dict[str, IdRuns]]]
                 ) -> list[tuple[IdRuns, str | None, str]]:
    """What taking back ``stages`` rows (the newest first) writes: (contacts, the stage
    the row gave them, the stage they had before it). One side of a row is one stage
    (a selection set to it; its undo), so its contacts are the other side's groups, read
    by their runs: no step per contact."""
    out: list[tuple[IdRuns, str | None, str]] = []
    for before, after in reversed(rows):
        for was, had in before.items():
            for now, got in after.items():
                ids = (had if len(after) == 1 else got if len(before) == 1
                       else IdRuns(c for c in had if c in got))
                if ids:
                    out.append((ids, now, was))
    return out


def _stages_kept(moves: Sequence[tuple[IdRuns, str | None, str]], back: IdRuns,
                 set_id: int) -> list[Kept]:
    """The contacts a bulk stage undo left as they were (their stage changed since, or
    they are gone), with who changed them; the common case, all taken back, costs a
    count."""
    if sum(len(ids) for ids, _was, _stage in moves) == len(back):
        return []
    left = IdRuns.union(IdRuns(c for c in ids if c not in back) for ids, _w, _s in moves)
    alive = {int(r[0]) for r in db.execute_sql(
        "SELECT id FROM contact WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(list(left)),))}
    return [Kept(ContactId(c), "stage", _last_source(c, "stage", set_id) if c in alive else "")
            for c in left]


def _move_members(bulk: dict[str, _Members], before: Any, after: Any) -> None:
    for value, taken_off in ((before, True), (after, False)):
        if not value:
            continue
        name = str(value.get("tag") or "")
        members = bulk.setdefault(" ".join(name.split()).casefold(), _Members(name))
        members.rows.append((store.member_ids(value), taken_off))


def _members_rows(after_set: int, sources: Sequence[str], kind: str = store.MEMBERS
                  ) -> list[tuple[int, str, IdRuns]]:
    """(set id, source, contact ids) of the bulk rows of *kind* written after *after_set*
    by change sets from *sources*: ``members``, tags put on or taken off many contacts at
    once; ``stages``, a stage set on many contacts at once."""
    out: list[tuple[int, str, IdRuns]] = []
    for set_id, source, before, after in db.execute_sql(
        "SELECT c.set_id, s.source, c.before, c.after FROM change c "
        "JOIN change_set s ON s.id = c.set_id WHERE c.contact_id = 0 AND c.field = ? "
        f"AND c.set_id > ? AND s.source IN ({','.join('?' * len(sources))}) "
        "ORDER BY c.set_id, c.id",
        [kind, int(after_set), *sources],
    ):
        sides = [_decode(value) for value in (before, after)]
        out.append((int(set_id), str(source), IdRuns.union(
            [store.member_ids(v) for v in sides] if kind == store.MEMBERS else
            [ids for v in sides for ids in store.stage_groups(v).values()])))
    return out


def _patch_value(name: str, before: Any) -> Any:
    if name == "photo":
        return store.photo_from_json(before)
    if name == "extra":
        return before or {}
    if name in store.LIST_FIELDS:
        return list(before or ())
    return before


def _last_source(cid: int, name: str, after_set: int) -> str:
    row = db.execute_sql(
        "SELECT s.source FROM change c JOIN change_set s ON s.id = c.set_id "
        "WHERE c.contact_id = ? AND c.field = ? AND c.set_id > ? "
        "ORDER BY c.set_id DESC LIMIT 1", (cid, name, after_set)).fetchone()
    return str(row[0]) if row else "user"


def _changed_since(ids: Sequence[int], after_set: int) -> dict[int, str]:
    """Contacts among *ids* that sync or an import changed after change set *after_set*
    (a UID given for the upload is not a change), with who changed them last."""
    found: list[tuple[int, int, str]] = []  # (set id, contact, source)
    for start in range(0, len(ids), 900):
        chunk = [int(i) for i in ids[start : start + 900]]
        found += db.execute_sql(
            "SELECT c.set_id, c.contact_id, s.source FROM change c "
            "JOIN change_set s ON s.id = c.set_id "
            f"WHERE c.set_id > ? AND s.source IN ('sync', 'import') AND c.field <> 'uid' "
            f"AND c.contact_id IN ({','.join('?' * len(chunk))})",
            [after_set, *chunk],
        ).fetchall()
    wanted = {int(i) for i in ids}
    for set_id, source, members in _members_rows(after_set, ("sync", "import")):
        found += [(set_id, cid, source) for cid in members & wanted]
    out: dict[int, str] = {}
    for _set_id, cid, source in sorted(found, key=lambda row: row[0]):
        out[int(cid)] = str(source)
    return out


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class SetInfo:
    id: int
    source: str
    label: str | Phrase  # show it with ``text``
    undone: bool
    import_batch_id: int | None

    @property
    def text(self) -> str:
        """What the history calls this change, in the user's language (an old row's
        label as it was written)."""
        return phrase_text(self.label)


def last_set_id() -> int:
    """The newest change set's id (0 when the history is empty): a point to ask
    ``changed_since`` about later."""
    row = db.execute_sql("SELECT coalesce(max(id), 0) FROM change_set").fetchone()
    return int(row[0])


def set_info(set_id: int) -> SetInfo | None:
    row = db.execute_sql(
        "SELECT id, source, label, undone, import_batch_id, label_parts FROM change_set "
        "WHERE id = ?", (int(set_id),)).fetchone()
    return SetInfo(int(row[0]), str(row[1]), stored_phrase(row[2], row[5]), bool(row[3]),
                   row[4]) if row else None


def import_set(batch_id: int) -> int | None:
    """The change set an import batch wrote (None if the history has forgotten it)."""
    row = db.execute_sql(
        "SELECT id FROM change_set WHERE import_batch_id = ? AND undoes IS NULL "
        "ORDER BY id LIMIT 1", (int(batch_id),)).fetchone()
    return int(row[0]) if row else None


def changed_since(contact_ids: Iterable[int], since_set: int,
                  sources: Sequence[str] = ("user",)) -> dict[int, set[str]]:
    """The fields of these contacts that change sets from *sources* changed after
    *since_set* (``last_set_id`` at some point): contact id -> field names."""
    ids = [int(i) for i in contact_ids]
    out: dict[int, set[str]] = {}
    marks_src = ",".join("?" * len(sources))
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        for cid, name in db.execute_sql(
            "SELECT DISTINCT c.contact_id, c.field FROM change c "
            "JOIN change_set s ON s.id = c.set_id "
            f"WHERE c.set_id > ? AND s.source IN ({marks_src}) "
            f"AND c.contact_id IN ({','.join('?' * len(chunk))})",
            [int(since_set), *sources, *chunk],
        ):
            out.setdefault(int(cid), set()).add(str(name))
    wanted = set(ids)
    for _set_id, _source, members in _members_rows(since_set, sources):
        for cid in members & wanted:
            out.setdefault(cid, set()).add("tags")
    for _set_id, _source, staged in _members_rows(since_set, sources, store.STAGES):
        for cid in staged & wanted:
            out.setdefault(cid, set()).add("stage")
    return out
