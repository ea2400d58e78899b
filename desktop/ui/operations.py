"""Every change the user makes goes through here: a service call, wrapped in a
``QUndoCommand`` on the one ``QUndoStack``, announced by one ``changes_applied`` signal.

Views never call mutating services directly; they call an ``Operations`` method and
refresh when ``changes_applied`` tells them what changed (STYLE.md, Anki's operations).

Contact changes are undone through the store's history (``history.undo``), not with
snapshots held here: undo takes back the user's own change only where the field still
holds what it wrote, so an edit sync brought in meanwhile stays (the ``notice`` signal
says so, for the status bar). An import is undone and redone the same way, off the UI
thread with a progress dialog.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.models.database import (
    DatabaseError,
    is_damage,
    is_storage_error,
    storage_error_text,
)
from desktop.services import contacts, history, tags
from desktop.services.errors import ServiceError
from desktop.services.types import Changes, ContactFields, ContactId, ContactSnapshot, TagId
from desktop.ui.common.workers import Worker, close_progress, progress_dialog, show_progress

if TYPE_CHECKING:
    # The importer (and the vCard layer under it) loads on the first import, not at
    # start-up: it costs ~35 ms that the first paint does not need.
    from desktop.services import focus, followups, graph, importer, interactions
    from desktop.services.capture import engine as capture


TAG_KIND = "tags"  # the kind of the commands the tag manager makes (and may undo)


def command_text(text: str) -> str:
    """*text* for a ``QUndoCommand``: the Undo/Redo actions show its action text, where
    "&" would be a mnemonic ("Chess & Go" -> "Chess _Go"), so that part has it doubled;
    ``text()`` (before the newline, Qt's convention) keeps the name as written."""
    plain = " ".join(text.split())
    return plain if "&" not in plain else f"{plain}\n{plain.replace('&', '&&')}"


def refusal(exc: Exception) -> str | None:
    """The one line to tell the user when *exc* stopped a change: a service's refusal, or
    the database being busy, read-only, full or damaged (issue 13: a change that could not
    be saved is never dropped silently). None for anything else (a bug: it propagates)."""
    if isinstance(exc, ServiceError):
        return str(exc)
    if isinstance(exc, DatabaseError | OSError) or is_storage_error(exc):
        return storage_error_text(exc)
    return None


class _Command(QUndoCommand):
    """Runs *do* on redo and *undo* on undo, emitting what each changed.

    The first *do* has already run (``Operations._push`` runs it before pushing, so a
    refused change never reaches the stack); ``_done`` holds its result for the push.
    ``kind`` says which feature made it (``TAG_KIND``; "" for the rest). ``_skip_once``
    makes the next undo/redo a no-op: the stack's way back over a step refused while a
    job runs off the UI thread.
    """

    def __init__(
        self,
        ops: Operations,
        text: str,
        do: Callable[[], Changes],
        undo: Callable[[], Changes],
        done: Changes,
        kind: str = "",
    ) -> None:
        super().__init__(command_text(text))
        self.kind = kind
        self._ops = ops
        self._do = do
        self._undo = undo
        self._done: Changes | None = done
        self._skip_once = False  # set when a refused step put the stack back

    def redo(self) -> None:
        if self._done is not None:
            changes, self._done = self._done, None
            self._ops.changes_applied.emit(changes)
            return
        if self._skip_once:
            self._skip_once = False
            return
        if self._ops.refuse_while_busy(self, redo=True):
            return
        self._run(self._do)

    def undo(self) -> None:
        if self._skip_once:
            self._skip_once = False
            return
        if self._ops.refuse_while_busy(self, redo=False):
            return
        self._run(self._undo)

    def _run(self, step: Callable[[], Changes]) -> None:
        # An exception must not escape into Qt's C++ frame: report it instead.
        try:
            changes = step()
        except Exception as exc:
            if not self._ops.refuse(exc):
                raise
            return
        self._ops.changes_applied.emit(changes)


class _HistoryCommand(_Command):
    """A contact change the store's history keeps: undo and redo each take back the change
    sets applied last (``history.undo``), so neither overwrites what sync or an import
    changed since. Private state: ``_sets``, the change sets the next undo or redo takes
    back; ``_after_undo`` / ``_after_redo`` put back what lives outside the contact store
    (follow-ups a cadence moved), None when there is nothing.
    """

    def __init__(self, ops: Operations, text: str, done: Changes, *,
                 after_undo: Callable[[], Changes] | None = None,
                 after_redo: Callable[[], Changes] | None = None, kind: str = "") -> None:
        super().__init__(ops, text, self._take_back_redo, self._take_back_undo, done, kind)
        self._sets = done.change_sets
        self._after_undo = after_undo
        self._after_redo = after_redo

    def _take_back_undo(self) -> Changes:
        return self._take_back(self._after_undo)

    def _take_back_redo(self) -> Changes:
        return self._take_back(self._after_redo)

    def _take_back(self, after: Callable[[], Changes] | None) -> Changes:
        result = history.undo(self._sets)
        self._sets = result.changes.change_sets
        if result.kept:
            self._ops.notice.emit(result.message())
        return result.changes | (after() if after is not None else Changes())


class _AsyncHistoryCommand(QUndoCommand):
    """A change too big to take back on the UI thread (an import): undo and redo run
    ``history.undo`` in a worker, with a progress dialog. Private state: ``_sets`` as in
    ``_HistoryCommand``; ``_skip`` makes the next undo/redo a no-op, used to put the stack
    back where it was when a job is cancelled or fails (the data did not change);
    ``_first`` marks the push's redo (the change is made: *done* is announced, or nothing
    when it was announced already); ``batch_id`` the import it is; ``_after`` what runs on
    the UI thread after an undo (False) or a redo (True): follow-ups a tag's cadence moved.
    """

    def __init__(self, ops: Operations, text: str, done: Changes, batch_id: int | None,
                 announced: bool = False, *,
                 after_undo: Callable[[], Changes] | None = None,
                 after_redo: Callable[[], Changes] | None = None) -> None:
        super().__init__(command_text(text))
        self.kind = ""
        self._ops = ops
        self._sets = done.change_sets
        self._after = {False: after_undo, True: after_redo}
        self._redoing = False
        self._first = True  # the push's redo: the change is already made
        self._done = None if announced else done
        self._skip = False
        self.batch_id = batch_id

    def redo(self) -> None:
        if self._first:
            self._first = False
            if self._done is not None:
                self._ops.changes_applied.emit(self._done)
            self._done = None
            return
        self._step(redo=True)

    def undo(self) -> None:
        self._step(redo=False)

    def _step(self, redo: bool) -> None:
        if self._skip:
            self._skip = False
            return
        if self._ops.refuse_while_busy(self, redo=redo):
            return
        self._redoing = redo
        self._ops.run_history_job(self._sets, self.text(), redo, self._finished,
                                  lambda: self._back(redo))

    def _finished(self, result: history.UndoResult) -> None:
        """The job is done (on the UI thread): what lives outside the store follows."""
        self._sets = result.changes.change_sets
        after = self._after[self._redoing]
        if after is not None:
            self._ops.changes_applied.emit(after())

    def _back(self, redo: bool) -> None:
        """The job did not happen: move the stack back over this command."""
        self._skip = True
        stack = self._ops.undo_stack
        QTimer.singleShot(0, stack, stack.undo if redo else stack.redo)


class Operations(QObject):
    """The UI's gateway to mutating services. Private state: the shared undo stack;
    ``_job`` the history job running off the UI thread (None when idle) with its progress
    dialog ``_progress``, shown over ``_dialog_parent``."""

    changes_applied = Signal(object)  # Changes
    failed = Signal(str)  # a one-line reason the user can act on
    notice = Signal(str)  # a one-line outcome for the status bar ("Undid …; title was kept")
    idle = Signal()  # a job running off the UI thread has ended
    damaged = Signal(str)  # the database is damaged: what SQLite said (the rescue offers a way out)

    def __init__(self, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self._job: Worker | None = None
        self._progress: QProgressDialog | None = None
        self._dialog_parent: QWidget | None = None
        self._on_done: Callable[[history.UndoResult], None] | None = None
        self._on_back: Callable[[], None] | None = None

    # --- jobs off the UI thread -------------------------------------------------------

    def set_dialog_parent(self, widget: QWidget) -> None:
        """The window the progress dialogs of long undos and redos are shown over."""
        self._dialog_parent = widget

    @property
    def busy(self) -> bool:
        """Whether an undo or redo is running off the UI thread."""
        return self._job is not None

    def refuse_while_busy(self, command: QUndoCommand, redo: bool) -> bool:
        """While a job runs, an undo or redo the stack asks for is refused (and the stack
        put back): the job's changes must land first. True when refused."""
        if not self.busy:
            return False
        self.failed.emit(self.tr("wait until the running undo or redo has finished"))
        if isinstance(command, _AsyncHistoryCommand):
            command._back(redo)
        elif isinstance(command, _Command):
            command._skip_once = True
            stack = self.undo_stack
            QTimer.singleShot(0, stack, stack.undo if redo else stack.redo)
        return True

    def cancel_job(self) -> None:
        """What the progress dialog's Cancel does: stop the job; nothing changes."""
        if self._job is not None:
            self._job.cancel()

    def run_history_job(self, sets: tuple[int, ...], text: str, redo: bool,
                        on_done: Callable[[history.UndoResult], None],
                        on_back: Callable[[], None]) -> None:
        """Take back change sets in a worker; *on_done* gets the result (on the UI thread),
        *on_back* runs when it was cancelled or failed (nothing changed)."""
        from desktop.services import overview

        worker = Worker(lambda progress: history.undo(sets, progress),
                        cancel_exceptions=(history.UndoCancelled,),
                        cleanup=overview.release_thread_connection)
        worker.signals.progress.connect(self._on_job_progress)
        worker.signals.finished.connect(self._on_job_finished)
        worker.signals.failed.connect(self._on_job_failed)
        worker.signals.cancelled.connect(self._on_job_cancelled)
        self._job, self._on_done, self._on_back = worker, on_done, on_back
        if self._dialog_parent is not None:
            verb = self.tr("Redoing") if redo else self.tr("Undoing")
            self._progress = progress_dialog(
                self._dialog_parent, worker, self.tr("Undo") if not redo else self.tr("Redo"),
                f"{verb} “{text}”…")
        QThreadPool.globalInstance().start(worker)

    def _end_job(self) -> tuple[Callable[[history.UndoResult], None] | None,
                                Callable[[], None] | None]:
        close_progress(self._progress)
        self._progress = None
        self._job = None
        done, back = self._on_done, self._on_back
        self._on_done = self._on_back = None
        return done, back

    @Slot(int, int)
    def _on_job_progress(self, done: int, total: int) -> None:
        show_progress(self._progress, done, total)

    @Slot(object)
    def _on_job_finished(self, result: object) -> None:
        on_done, _back = self._end_job()
        assert isinstance(result, history.UndoResult)
        if on_done is not None:
            on_done(result)
        self.changes_applied.emit(result.changes)
        self.notice.emit(result.message())
        self.idle.emit()

    @Slot(str)
    def _on_job_failed(self, message: str) -> None:
        _done, on_back = self._end_job()
        if on_back is not None:
            on_back()
        self.failed.emit(message)
        self.idle.emit()

    @Slot()
    def _on_job_cancelled(self) -> None:
        _done, on_back = self._end_job()
        if on_back is not None:
            on_back()
        self.notice.emit(self.tr("Cancelled: nothing was changed"))
        self.idle.emit()

    def refuse(self, exc: Exception) -> bool:
        """Tell the user why *exc* stopped a change (``failed``; ``damaged`` too when the
        database is damaged); False if *exc* is not a refusal but a bug."""
        text = refusal(exc)
        if text is None:
            return False
        self.failed.emit(text)
        if is_damage(exc):
            self.damaged.emit(str(exc))
        return True

    def _push(self, text: str, do: Callable[[], Changes], undo: Callable[[], Changes],
              kind: str = "") -> bool:
        if self.busy:
            self.failed.emit(self.tr("wait until the running undo or redo has finished"))
            return False
        try:
            changes = do()
        except Exception as exc:
            if not self.refuse(exc):
                raise
            return False
        self.undo_stack.push(_Command(self, text, do, undo, changes, kind))
        return True

    def _push_history(self, text: str, do: Callable[[], Changes],
                      scope: Sequence[ContactId] = ()) -> bool:
        """Run a contact change and put it on the stack as a ``_HistoryCommand``. With
        *scope*, the change may move those contacts' keep-in-touch follow-ups (a cadence,
        tags): undo puts them back exactly as they were, redo as the change left them."""
        if self.busy:
            self.failed.emit(self.tr("wait until the running undo or redo has finished"))
            return False
        from desktop.services import followups

        before = followups.capture(scope) if scope else None
        try:
            changes = do()
        except Exception as exc:
            if not self.refuse(exc):
                raise
            return False
        if not changes.change_sets:  # nothing changed: nothing to undo
            self.changes_applied.emit(changes)
            return True
        after = followups.capture(scope) if scope else None
        self.undo_stack.push(_HistoryCommand(
            self, text, changes,
            after_undo=(lambda: followups.restore(before)) if before is not None else None,
            after_redo=(lambda: followups.restore(after)) if after is not None else None))
        return True

    def undo_kind(self) -> str:
        """The kind of the command Undo would take back ("" if none or not ours)."""
        top = self.undo_stack.command(self.undo_stack.index() - 1)
        return top.kind if isinstance(top, _Command) else ""

    def redo_kind(self) -> str:
        """The kind of the command Redo would bring back ("" if none or not ours)."""
        top = self.undo_stack.command(self.undo_stack.index())
        return top.kind if isinstance(top, _Command) else ""

    def notify(self, changes: Changes) -> None:
        """Announce a change made outside the undo stack (an import, the demo network)."""
        self.changes_applied.emit(changes)

    def database_replaced(self, changes: Changes) -> None:
        """The whole database was replaced (a backup restored, a damaged file recovered):
        the undo history refers to data that is gone, so it is cleared."""
        self.undo_stack.clear()
        self.changes_applied.emit(changes)

    def restore_backup(self, backup: Path) -> Path | None:
        """Replace all data with *backup* (issue 7); the current data is first copied to a
        "before restore" backup, returned, which is how to go back: the undo history refers
        to the data being replaced, so it is cleared. None (and ``failed``) if it failed."""
        import sqlite3

        from desktop.services import backups

        if self.busy:
            self.failed.emit(self.tr("wait until the running undo or redo has finished"))
            return None

        try:
            safety, changes = backups.restore_backup(backup)
        except (ServiceError, DatabaseError) as exc:
            self.failed.emit(str(exc))
            return None
        except (OSError, sqlite3.Error) as exc:
            self.failed.emit(f"{backup}: cannot restore: {exc}")
            return None
        self.database_replaced(changes)
        return safety

    # --- contacts ---------------------------------------------------------------------

    def ensure_me(self) -> ContactId:
        """The user's own profile, created empty the first time. A one-off set-up step,
        not an edit: it is announced but not put on the undo stack."""
        me, changes = contacts.ensure_me()
        if changes.contacts:
            self.changes_applied.emit(changes)
        return me

    def create_contact(self, fields: ContactFields) -> ContactId | None:
        created: list[ContactId] = []

        def do() -> Changes:
            cid, changes = contacts.create_contact(fields)
            created.append(cid)
            return changes

        name = fields.full_name or fields.organization or "contact"
        return created[0] if self._push_history(f"New {name}", do) and created else None

    def update_contact(self, contact_id: ContactId, fields: ContactFields,
                       base: ContactFields | None = None) -> bool:
        """Save what the user changed from *base* (the fields they started from, e.g. when
        the editor opened; default: the contact as it is now) to *fields*: a value sync
        changed meanwhile, and the user did not, is left as it is."""
        before = contacts.get_contact(contact_id)
        if before is None:
            self.failed.emit("That contact no longer exists.")
            return False
        old = base if base is not None else before.fields
        if old == fields:
            return True
        name = fields.full_name or old.full_name or "contact"
        if old.keep_in_touch_days != fields.keep_in_touch_days or old.tags != fields.tags:
            # A new cadence (own or from tags) moves the keep-in-touch follow-up (issue 4);
            # undo puts the follow-ups back exactly as they were.
            from desktop.services import followups

            return self._push_history(
                f"Edit {name}",
                lambda: contacts.update_contact(contact_id, fields, base=old)
                | followups.sync_cadence([contact_id]),
                scope=[contact_id])
        return self._push_history(
            f"Edit {name}", lambda: contacts.update_contact(contact_id, fields, base=old))

    def set_stage(self, contact_id: ContactId, stage: str) -> bool:
        """The stage pill: only the stage is written."""
        detail = contacts.get_contact(contact_id)
        if detail is None:
            self.failed.emit("That contact no longer exists.")
            return False
        if detail.fields.stage == stage:
            return True
        label = f"Stage {stage} for {detail.display_name}"
        return self._push_history(
            label, lambda: contacts.set_fields(contact_id, {"stage": stage}, label))

    def set_tags(self, contact_id: ContactId, names: Sequence[str]) -> bool:
        before = contacts.get_contact(contact_id)
        if before is None:
            return False
        new = tuple(names)
        if before.is_me:  # nobody keeps in touch with themselves: no cadence to follow
            return self._push_history("Change tags",
                                      lambda: contacts.set_tags(contact_id, new))

        def do() -> Changes:
            # A tag with a cadence gained or lost moves the keep-in-touch follow-up
            # (issue 4), unless the contact's own cadence wins.
            from desktop.services import followups

            cadence = followups.effective_cadences([contact_id])
            return contacts.set_tags(contact_id, new) | followups.sync_moved_cadences(cadence)

        return self._push_history("Change tags", do, scope=[contact_id])

    def change_tags(self, ids: Sequence[ContactId], add: Sequence[str] = (),
                    remove: Sequence[str] = ()) -> bool:
        """Add and/or remove tags on many contacts as one undoable step (the list's
        multi-select); undo takes back the memberships it changed (through the history)
        and puts their keep-in-touch follow-ups back."""
        id_list = list(dict.fromkeys(ids))
        names = ", ".join([*add, *remove])
        people = "1 contact" if len(id_list) == 1 else f"{len(id_list):,} contacts"
        text = (f"Tag {people} with {names}" if add and not remove else
                f"Untag {names} from {people}" if remove and not add else
                f"Change tags of {people}")
        # Only a tag with a keep-in-touch cadence moves follow-ups: without one, undo need
        # not snapshot a thousand people's follow-ups (issue 15: 1,000 tagged in < 1 s).
        existing = [tags.find_tag(n) for n in (*add, *remove)]
        cadence = any(t is not None and tags.cadence_days(t) for t in existing)
        return self._push_history(text, lambda: tags.change_tags(id_list, add, remove)[1],
                                  scope=id_list if cadence else ())

    def _push_keeping_followups(
        self, text: str, scope: Sequence[ContactId], do: Callable[[], Changes],
        undo: Callable[[], Changes], kind: str = "", redo: Callable[[], Changes] | None = None,
    ) -> bool:
        """``_push`` for a change that may move *scope*'s keep-in-touch follow-ups (a
        tag's cadence, a contact's tags): undo runs *undo* then puts their follow-ups back
        exactly as they were; redo runs *redo* (else *do*) then restores exactly the state
        *do* made (*redo* need not re-sync: that state replaces whatever it wrote)."""
        if not scope:
            return self._push(text, do, undo, kind)
        from desktop.services import followups

        before = followups.capture(scope)
        after: list[followups.TimelineState] = []

        def run() -> Changes:
            if after:
                return (redo or do)() | followups.restore(after[0])
            changes = do()
            after.append(followups.capture(scope))
            return changes

        return self._push(text, run, lambda: undo() | followups.restore(before), kind)

    def set_photo(self, contact_id: ContactId, data: bytes | None, mime: str = "image/jpeg"
                  ) -> bool:
        return self._push_history(
            "Change photo" if data else "Remove photo",
            lambda: contacts.set_photo(contact_id, data, mime))

    def set_one_thing(self, contact_id: ContactId, text: str, *, renew: bool = False
                      ) -> bool:
        """"One thing I can do for them" (the briefing prints it); empty: Rapport suggests.
        It is dated: *renew* (or typing it again after a week) keeps it for another week."""
        from desktop.services import briefing

        try:
            old = briefing.one_thing_of(contact_id)
        except Exception as exc:
            if not self.refuse(exc):
                raise
            return False
        value = " ".join(text.split())
        if value == old.text and not renew and (not value or old.is_active(dt.date.today())):
            return True
        return self._push_history(
            "Renew “one thing I can do”" if value == old.text else
            "Change “one thing I can do”",
            lambda: briefing.set_one_thing(contact_id, value))

    def delete_contacts(self, ids: Sequence[ContactId]) -> bool:
        id_list = list(ids)
        if not id_list:
            return False
        snapshot: list[ContactSnapshot] = []

        def do() -> Changes:
            snap, changes = contacts.delete_contacts(id_list)
            snapshot.append(snap)
            return changes

        def undo() -> Changes:
            return contacts.restore_contacts(snapshot.pop())

        text = "Delete contact" if len(id_list) == 1 else f"Delete {len(id_list)} contacts"
        return self._push(text, do, undo)

    # --- tags -------------------------------------------------------------------------

    def create_tag(self, name: str, category: str = "interest", colour: str = "") -> bool:
        made: list[tags.TagSnapshot] = []
        ids: list[TagId] = []

        def do() -> Changes:
            if made:
                return tags.restore_tag(made.pop())
            tag_id, changes = tags.create_tag(name, category, colour)
            ids.append(tag_id)
            return changes

        def undo() -> Changes:
            snap, changes = tags.delete_tag(ids[0])
            made.append(snap)
            return changes

        return self._push(f"New tag {name}", do, undo, TAG_KIND)

    def rename_tag(self, tag_id: TagId, new_name: str) -> bool:
        info = tags.get_tag(tag_id)
        if info is None:
            return False
        old = info.name
        return self._push(
            f"Rename tag {old}",
            lambda: tags.rename_tag(tag_id, new_name),
            lambda: tags.rename_tag(tag_id, old),
            TAG_KIND,
        )

    def update_tag(self, tag_id: TagId, *, colour: str | None = None,
                   category: str | None = None) -> bool:
        info = tags.get_tag(tag_id)
        if info is None:
            return False
        return self._push(
            f"Edit tag {info.name}",
            lambda: tags.update_tag(tag_id, colour=colour, category=category),
            lambda: tags.update_tag(tag_id, colour=info.colour, category=info.category),
            TAG_KIND,
        )

    def set_tag_cadence(self, tag_id: TagId, days: int | None) -> bool:
        """Keep in touch with the tag's members every *days* days (None or 0: no cadence);
        members without their own cadence get their follow-up moved (issue 4). Undo puts
        the cadence and their follow-ups back exactly."""
        info = tags.get_tag(tag_id)
        if info is None:
            self.failed.emit("That tag no longer exists.")
            return False
        old, new = info.keep_in_touch_days or None, days or None
        if old == new:
            return True
        text = (f"Keep in touch with tag {info.name} every {new:,} day{'s' if new > 1 else ''}"
                if new else f"Stop keeping in touch with tag {info.name}")
        return self._push_keeping_followups(
            text, tags.cadence_members(tag_id),
            lambda: tags.set_cadence(tag_id, new),
            lambda: tags.update_tag(tag_id, keep_in_touch_days=old, clear_cadence=old is None),
            TAG_KIND,
            redo=lambda: tags.update_tag(tag_id, keep_in_touch_days=new,
                                         clear_cadence=new is None),
        )

    def delete_tag(self, tag_id: TagId) -> bool:
        info = tags.get_tag(tag_id)
        snapshot: list[tags.TagSnapshot] = []

        def do() -> Changes:
            snap, changes = tags.delete_tag(tag_id)
            snapshot.append(snap)
            return changes

        # Its members lose its cadence: their follow-ups move, and undo puts them back.
        scope = tags.cadence_members(tag_id) if info and info.keep_in_touch_days else ()
        return self._push_keeping_followups(
            f"Delete tag {info.name}" if info else "Delete tag", scope, do,
            lambda: tags.restore_tag(snapshot.pop()), TAG_KIND)

    def merge_tags(self, source: TagId, target: TagId) -> bool:
        target_members = tags.members(target)
        source_info, target_info = tags.get_tag(source), tags.get_tag(target)
        snapshot: list[tags.TagSnapshot] = []

        def do() -> Changes:
            snap, changes = tags.merge_tags(source, target)
            snapshot.append(snap)
            return changes

        def undo() -> Changes:
            return tags.unmerge_tags(snapshot.pop(), target, target_members)

        text = (f"Merge tag {source_info.name} into {target_info.name}"
                if source_info and target_info else "Merge tags")
        cadence = any(i is not None and i.keep_in_touch_days
                      for i in (source_info, target_info))
        scope = tags.cadence_members(source) if cadence else ()
        return self._push_keeping_followups(text, scope, do, undo, TAG_KIND)

    # --- introductions (issue 5) ------------------------------------------------------

    def record_introduction(self, fields: graph.IntroductionFields) -> int | None:
        """Record (or propose) an introduction; undo deletes it, redo brings the same row
        back. One the user proposes to make gets its chase reminder in the same step
        (issue 15: marking it made closes it). Returns its id, or None when it was refused
        (``failed`` says why)."""
        from desktop.services import contacts as contact_service
        from desktop.services import followups, graph, loops

        made: list[int] = []
        rows: list[dict[str, object]] = []
        me = contact_service.me_id()
        chase = fields.status == "proposed" and me is not None and fields.introducer == me
        scope = [fields.person_a, fields.person_b]
        after: list[followups.TimelineState] = []

        def do() -> Changes:
            if rows:
                changes = graph.restore_introduction(rows.pop())
                return changes | (followups.restore(after[0]) if after else Changes())
            intro_id, changes = graph.record_introduction(fields)
            made.append(intro_id)
            if chase:
                changes |= loops.add_chase(intro_id)[1]
                after.append(followups.capture(scope))
            return changes

        def undo() -> Changes:
            # The chase reminder goes with the introduction (ON DELETE CASCADE).
            row, changes = graph.delete_introduction(made[0])
            rows.append(row)
            return changes | (Changes(followups=True, contacts=frozenset(scope)) if chase
                              else Changes())

        text = "Propose introduction" if fields.status == "proposed" else "Record introduction"
        return made[0] if self._push(text, do, undo) and made else None

    def ask_for_introduction(self, fields: graph.IntroductionFields, chase_on: dt.date,
                             chase_reason: str) -> int | None:
        """"Ask for this introduction" (issue 16), one undoable step: record the proposed
        introduction and a follow-up with the introducer on *chase_on* to chase it. Undo
        removes both; redo brings back the same introduction and follow-up. Returns the
        introduction's id, or None when it was refused (``failed`` says why)."""
        from desktop.services import followups, graph

        chaser = fields.introducer
        if chaser is None:
            self.failed.emit("Someone has to be asked for the introduction.")
            return None
        before = followups.capture([chaser])
        after: list[followups.TimelineState] = []
        made: list[int] = []
        rows: list[dict[str, object]] = []

        def do() -> Changes:
            if rows:
                return graph.restore_introduction(rows.pop()) | followups.restore(after[0])
            intro_id, changes = graph.record_introduction(fields)
            try:
                _fid, chased = followups.add_followup(chaser, chase_on, chase_reason,
                                                     introduction_id=intro_id)
            except ServiceError:
                graph.delete_introduction(intro_id)
                raise
            made.append(intro_id)
            after.append(followups.capture([chaser]))
            return changes | chased

        def undo() -> Changes:
            row, changes = graph.delete_introduction(made[0])
            rows.append(row)
            return changes | followups.restore(before)

        names = graph.person_refs([chaser, fields.person_b])
        asked = names.get(chaser)
        wanted = names.get(fields.person_b)
        text = (f"Ask {asked.name} for an introduction to {wanted.name}"
                if asked is not None and wanted is not None else "Ask for an introduction")
        return made[0] if self._push(text, do, undo) and made else None

    def set_introduction_status(self, intro_id: int, status: str) -> bool:
        """Change an introduction's status; made, met or declined closes its chase reminder
        (issue 15) in the same undoable step."""
        from desktop.services import graph, loops

        info = graph.get_introduction(intro_id)
        if info is None:
            self.failed.emit("That introduction no longer exists.")
            return False
        if info.status == status:
            return True
        old = info.status
        scope = [info.person_a.id, info.person_b.id]

        def do() -> Changes:
            changes = graph.set_status(intro_id, status)
            if status != "proposed":
                changes |= loops.close_chase(intro_id)
            return changes

        return self._push_keeping_followups(
            f"Mark introduction {status}", scope, do, lambda: graph.set_status(intro_id, old),
            redo=lambda: graph.set_status(intro_id, status))

    def delete_introduction(self, intro_id: int) -> bool:
        from desktop.services import graph

        info = graph.get_introduction(intro_id)
        rows: list[dict[str, object]] = []

        def do() -> Changes:
            row, changes = graph.delete_introduction(intro_id)
            rows.append(row)
            return changes

        # Its chase reminder goes with it; undo puts both back.
        scope = [info.person_a.id, info.person_b.id] if info is not None else []
        return self._push_keeping_followups(
            "Delete introduction", scope, do, lambda: graph.restore_introduction(rows.pop()))

    # --- imports ----------------------------------------------------------------------

    def record_import(self, result: importer.ImportResult,
                      extras: BatchExtras | None = None) -> bool:
        """Put an import that already ran (off the UI thread) on the undo stack and
        announce what it changed. *extras* (the preview's "tag everyone with…" and "met at
        … on …", issue 15) are applied to the batch in the same undoable step. An import
        that changed nothing (no batch) is not a step to undo: it is announced and False
        is returned."""
        if extras is not None and extras.is_empty():
            extras = None
        info = history.set_info(result.changes.change_sets[0]) \
            if result.changes.change_sets else None
        if result.batch_id is None or info is None:
            self.changes_applied.emit(result.changes)
            if extras is not None and result.matched_ids:
                # Nothing new, but the batch still gets its tag and "met at": one step.
                matched = result.matched_ids
                self._push_history("Tag the imported contacts",
                                   lambda: _apply_batch_extras(extras, matched), scope=matched)
            return False
        done = result.changes
        after_undo = after_redo = None
        if extras is not None:
            from desktop.services import followups

            # Follow-ups a tag's cadence moves: of the contacts that were there before.
            existing = [*result.merged_ids, *result.matched_ids]
            before = followups.capture(existing)
            try:
                done |= _apply_batch_extras(
                    extras, [*result.new_ids, *result.merged_ids, *result.matched_ids])
            except Exception as exc:
                if not self.refuse(exc):
                    raise
            after = followups.capture(existing)
            after_undo = partial(followups.restore, before)
            after_redo = partial(followups.restore, after)
        self.undo_stack.push(_AsyncHistoryCommand(self, info.label, done, result.batch_id,
                                                  after_undo=after_undo,
                                                  after_redo=after_redo))
        return True

    def undo_last_import(
        self, confirm: Callable[[importer.BatchInfo], bool] | None = None
    ) -> bool:
        """Take back the most recent import that is still in place, off the UI thread.

        The import on top of the stack is simply undone; one further down (or from an
        earlier session) becomes its own undoable step ("Undo import of phone.vcf"), so the
        edits made since stay. An import the history has forgotten (too old) can only lose
        its new contacts, not undoably: *confirm* is asked first then, and False from it
        leaves everything as it is. False when nothing was started.
        """
        from desktop.services import importer

        if self.busy:
            self.failed.emit(self.tr("wait until the running undo or redo has finished"))
            return False
        info = importer.last_batch()
        if info is None:
            self.failed.emit("There is no import to undo.")
            return False
        top = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(top, _AsyncHistoryCommand) and top.batch_id == info.id:
            self.undo_stack.undo()
            return True
        set_id = history.import_set(info.id)
        if set_id is not None:
            title = f"Undo import of {Path(info.source).name or 'contacts'}"

            def push(result: history.UndoResult) -> None:
                self.undo_stack.push(_AsyncHistoryCommand(self, title, result.changes, None,
                                                          announced=True))

            self.run_history_job((set_id,), title, False, push, lambda: None)
            return True
        if confirm is not None and not confirm(info):
            return False
        try:
            changes = importer.undo_import(info.id)
        except Exception as exc:
            if not self.refuse(exc):
                raise
            return False
        self.changes_applied.emit(changes)
        self.notice.emit(self.tr("Import undone"))
        return True


    # --- duplicates (issue 11) --------------------------------------------------------

    def merge_contacts(self, keep: ContactId, others: Sequence[ContactId],
                       chosen: Mapping[str, object], name: str) -> bool:
        """Merge *others* into *keep* (fields as *chosen*, their records moved to it), one
        undoable step; undo puts every contact back exactly as it was."""
        from desktop.services import duplicates

        undo: list[duplicates.MergeUndo] = []
        other_ids = tuple(others)

        def do() -> Changes:
            done, changes = duplicates.merge_contacts(keep, other_ids, chosen)
            undo[:] = [done]
            return changes

        n = len(other_ids) + 1
        return self._push(f"Merge {n} contacts into {name}", do,
                          lambda: duplicates.undo_merge(undo[-1]))

    def mark_not_duplicates(self, ids: Sequence[ContactId], names: str) -> bool:
        """Remember that these contacts are different people (Find Duplicates does not
        offer them again); undo forgets it."""
        from desktop.services import duplicates

        added: list[tuple[tuple[int, int], ...]] = []
        id_list = tuple(ids)

        def do() -> Changes:
            pairs, changes = duplicates.mark_not_duplicates(id_list)
            added[:] = [pairs]
            return changes

        return self._push(f"Not duplicates: {names}", do,
                          lambda: duplicates.unmark_not_duplicates(added[-1]))

    # --- capture (issue 17) ------------------------------------------------------------

    def record_capture(self, result: capture.CaptureResult, title: str) -> bool:
        """Put a capture that already ran (off the UI thread) on the undo stack as one step
        and announce it; one that wrote nothing is not a step (False)."""
        undo = result.undo
        if undo is None:
            return False
        from desktop.services.capture import engine

        self.undo_stack.push(_Command(
            self, f"Capture {title}", lambda: engine.redo_capture(undo),
            lambda: engine.undo_capture(undo), result.changes))
        return True

    # --- interactions, follow-ups, favours, focus (issue 4) ---------------------------

    def _push_timeline(
        self, text: str, contact_ids: Sequence[ContactId],
        op: Callable[[], tuple[Changes, Sequence[int]]], interaction_ids: Sequence[int] = (),
    ) -> bool:
        """Run *op* as an undoable step over these contacts' follow-ups and interactions:
        undo restores the state before it exactly, redo the state after it (same ids)."""
        from desktop.services import followups

        before = followups.capture(contact_ids, interaction_ids)
        after: list[followups.TimelineState] = []

        def do() -> Changes:
            if after:
                return followups.restore(after[0])
            changes, touched = op()
            after.append(followups.capture(contact_ids, [*interaction_ids, *touched]))
            return changes

        def undo() -> Changes:
            return followups.restore(before, after[0].interaction_ids if after else ())

        return self._push(text, do, undo)

    def log_interaction(self, draft: interactions.InteractionDraft) -> int | None:
        """Log (or plan) an interaction with its promised follow-ups; its id, or None."""
        from desktop.services import interactions

        made: list[int] = []

        def op() -> tuple[Changes, Sequence[int]]:
            iid, changes = interactions.log_interaction(draft)
            made.append(iid)
            return changes, [iid]

        noun = interactions.KIND_LABELS.get(draft.kind, draft.kind)
        planned = draft.happened_at > dt.datetime.now()
        text = f"Plan {noun.lower()}" if planned else f"Log {noun.lower()}"
        ok = self._push_timeline(text, draft.participants, op)
        return made[0] if ok and made else None

    def delete_interaction(self, interaction_id: int) -> bool:
        from desktop.services import interactions

        people = interactions.participants(interaction_id)
        return self._push_timeline(
            "Delete interaction", people,
            lambda: (interactions.delete_interaction(interaction_id), [interaction_id]),
            [interaction_id],
        )

    def _push_meeting(self, text: str, interaction_id: int,
                      people: Sequence[ContactId], op: Callable[[], Changes]) -> bool:
        """An undoable change to one interaction (edit, hold, reschedule, cancel) over its
        people before and after (*people* adds those it gains)."""
        from desktop.services import interactions

        scope = list(dict.fromkeys([*interactions.participants(interaction_id), *people]))
        return self._push_timeline(text, scope, lambda: (op(), [interaction_id]),
                                   [interaction_id])

    def edit_interaction(self, interaction_id: int, draft: interactions.InteractionDraft
                         ) -> bool:
        from desktop.services import interactions

        noun = interactions.KIND_LABELS.get(draft.kind, draft.kind).lower()
        return self._push_meeting(
            f"Edit {noun}", interaction_id, draft.participants,
            lambda: interactions.update_interaction(interaction_id, draft))

    def hold_meeting(self, interaction_id: int, *, notes: str = "", summary: str = "",
                     promises: Sequence[interactions.Promise] = (),
                     participants: Sequence[ContactId] = (),
                     held_at: dt.datetime | None = None) -> bool:
        """The planned meeting took place: notes, promises, held (one entry, issue 15)."""
        from desktop.services import interactions

        return self._push_meeting(
            "Hold meeting", interaction_id, participants,
            lambda: interactions.hold(interaction_id, notes=notes, summary=summary,
                                      promises=promises, participants=participants,
                                      held_at=held_at))

    def reschedule_meeting(self, interaction_id: int, when: dt.datetime) -> bool:
        from desktop.services import interactions

        return self._push_meeting(
            "Reschedule meeting", interaction_id, (),
            lambda: interactions.reschedule(interaction_id, when))

    def cancel_meeting(self, interaction_id: int) -> bool:
        from desktop.services import interactions

        return self._push_meeting("Cancel meeting", interaction_id, (),
                                  lambda: interactions.cancel(interaction_id))

    def add_followup(self, contact_id: ContactId, due_on: dt.date, reason: str) -> bool:
        """"Remind me…": a follow-up by hand (issue 15)."""
        from desktop.services import followups

        return self._push_timeline(
            "Remind me", [contact_id],
            lambda: (followups.add_followup(contact_id, due_on, reason)[1], ()),
        )

    def close_promises(self, items: Sequence[followups.FollowUpItem]) -> bool:
        """Mark the promises a recorded introduction or favour kept as done."""
        from desktop.services import followups

        if not items:
            return True
        text = "Close promise" if len(items) == 1 else f"Close {len(items)} promises"
        return self._push_timeline(text, [i.contact_id for i in items],
                                   lambda: (followups.mark_done_many(items), ()))

    def spread_followups(self, items: Sequence[followups.FollowUpItem], start: dt.date,
                         days: int) -> bool:
        """Catch up: snooze stale keep-in-touch reminders to a spread of the next days."""
        from desktop.services import followups

        return self._push_timeline(
            f"Spread {len(items):,} reminders over {days} days", [i.contact_id for i in items],
            lambda: (followups.spread(items, start, days), ()))

    def restart_cadences(self, items: Sequence[followups.FollowUpItem]) -> bool:
        """Catch up: restart the keep-in-touch cadence of stale reminders from today."""
        from desktop.services import followups

        return self._push_timeline(
            f"Reset {len(items):,} keep-in-touch reminders", [i.contact_id for i in items],
            lambda: (followups.restart_cadence(items), ()))

    def mark_followup_done(self, item: followups.FollowUpItem) -> bool:
        from desktop.services import followups

        return self._push_timeline(f"Done: {item.name}", [item.contact_id],
                                   lambda: (followups.mark_done(item), ()))

    def snooze_followup(self, item: followups.FollowUpItem, until: dt.date) -> bool:
        from desktop.services import followups

        return self._push_timeline(f"Snooze {item.name}", [item.contact_id],
                                   lambda: (followups.snooze(item, until), ()))

    def snooze_followup_for(self, item: followups.FollowUpItem, days: int) -> bool:
        from desktop.services import followups

        what = "1 day" if days == 1 else "1 week" if days == 7 else f"{days} days"
        return self._push_timeline(f"Snooze {item.name} {what}", [item.contact_id],
                                   lambda: (followups.snooze_for(item, days), ()))

    def reschedule_followup(self, item: followups.FollowUpItem, due_on: dt.date) -> bool:
        from desktop.services import followups

        return self._push_timeline(f"Reschedule {item.name}", [item.contact_id],
                                   lambda: (followups.reschedule(item, due_on), ()))

    def add_favor(self, contact_id: ContactId, direction: str, kind: str, description: str,
                  happened_on: dt.date) -> bool:
        """Record a favour (the caller then offers to close the promises it kept)."""
        from desktop.services import favors

        made: list[favors.FavorEntry] = []

        def do() -> Changes:
            if made:
                return favors.restore_favor(made[0])
            fid, changes = favors.add_favor(contact_id, direction, kind, description,
                                            happened_on)
            entry = favors.get_favor(fid)
            if entry is not None:
                made.append(entry)
            return changes

        def undo() -> Changes:
            return favors.delete_favor(made[0].id)[1] if made else Changes()

        text = "Record favour given" if direction == "given" else "Record favour received"
        return self._push(text, do, undo)

    def delete_favor(self, favor_id: int) -> bool:
        from desktop.services import favors

        gone: list[favors.FavorEntry] = []

        def do() -> Changes:
            entry, changes = favors.delete_favor(favor_id)
            gone.append(entry)
            return changes

        return self._push("Delete favour", do, lambda: favors.restore_favor(gone.pop()))

    def propose_focus(self, today: dt.date | None = None) -> None:
        """This week's focus, proposed at the first start of the week (issue 15): a
        one-off suggestion (like the user's profile), announced but not an undoable edit."""
        from desktop.services import focus

        _, changes = focus.propose_week(today)
        if changes.focus:
            self.changes_applied.emit(changes)

    def _push_focus(self, text: str, op: Callable[[], Changes],
                    week: dt.date | None = None) -> bool:
        from desktop.services import focus

        before = focus.capture_week(week)
        after: list[focus.WeekState] = []

        def do() -> Changes:
            if after:
                return focus.restore_week(after[0])
            changes = op()
            after.append(focus.capture_week(week))
            return changes

        return self._push(text, do, lambda: focus.restore_week(before))

    def pin_focus(self, contact_id: ContactId, pinned: bool) -> bool:
        from desktop.services import focus

        return self._push_focus("Pin in focus" if pinned else "Unpin from focus",
                                lambda: focus.set_pinned(contact_id, pinned))

    def set_focus_done(self, contact_id: ContactId, done: bool) -> bool:
        """The week's done tick of one person (issue 15)."""
        from desktop.services import focus

        return self._push_focus("Done in this week's focus" if done else "Not done yet",
                                lambda: focus.set_done(contact_id, done))

    def replace_focus(self, contact_id: ContactId) -> bool:
        from desktop.services import focus

        return self._push_focus("Replace in focus", lambda: focus.replace(contact_id)[1])

    def add_to_focus(self, contact_ids: ContactId | Sequence[ContactId]) -> bool:
        """Put one or several people in this week's focus by hand."""
        from desktop.services import focus

        ids = [contact_ids] if isinstance(contact_ids, int) else list(contact_ids)
        text = ("Add to this week's focus" if len(ids) == 1
                else f"Add {len(ids):,} people to this week's focus")
        return self._push_focus(text, lambda: focus.add_people(ids))

    def remove_from_focus(self, contact_id: ContactId) -> bool:
        from desktop.services import focus

        return self._push_focus("Remove from this week's focus",
                                lambda: focus.remove_person(contact_id))

    def keep_for_week(self, week: dt.date, items: Sequence[focus.FocusItem]) -> bool:
        """The weekly review's "Keep these for next week"."""
        from desktop.services import focus

        return self._push_focus("Choose next week's focus",
                                lambda: focus.set_week(week, items), week)

    # --- bulk work on the list's selection (issue 15) -------------------------------

    def set_stage_many(self, ids: Sequence[ContactId], stage: str) -> bool:
        return self._push_history(f"Set stage of {len(ids):,} contacts to {stage}",
                                  lambda: contacts.set_stage_many(ids, stage)[1])

    # --- pinned facts and "one thing I can do" (issue 15) ------------------------------

    def add_fact(self, contact_id: ContactId, kind: str, text: str) -> bool:
        from desktop.services import facts

        made: list[facts.Fact] = []

        def do() -> Changes:
            if made:
                return facts.restore_fact(made[0])
            fid, changes = facts.add_fact(contact_id, kind, text)
            fact = facts.get_fact(fid)
            if fact is not None:
                made.append(fact)
            return changes

        return self._push("Pin a fact", do,
                          lambda: facts.delete_fact(made[0].id)[1] if made else Changes())

    def edit_fact(self, fact_id: int, kind: str, text: str) -> bool:
        from desktop.services import facts

        old = facts.get_fact(fact_id)
        if old is None:
            self.failed.emit("That fact no longer exists.")
            return False
        return self._push("Edit pinned fact", lambda: facts.update_fact(fact_id, kind, text),
                          lambda: facts.update_fact(fact_id, old.kind, old.text))

    def delete_fact(self, fact_id: int) -> bool:
        from desktop.services import facts

        gone: list[facts.Fact] = []

        def do() -> Changes:
            fact, changes = facts.delete_fact(fact_id)
            gone.append(fact)
            return changes

        return self._push("Unpin fact", do, lambda: facts.restore_fact(gone.pop()))

    # --- sync conflicts (issue 8) ----------------------------------------------------

    def restore_sync_conflict(self, conflict_id: int, name: str) -> bool:
        """Put back the Rapport version a sync conflict kept (the next sync uploads it);
        undo takes it back through the history and offers the conflict again."""
        from desktop.services.sync import engine

        if self.busy:
            self.failed.emit(self.tr("wait until the running undo or redo has finished"))
            return False
        try:
            changes = engine.restore_conflict(conflict_id)
        except Exception as exc:
            if not self.refuse(exc):
                raise
            return False

        def reopen() -> Changes:
            engine.reopen_conflict(conflict_id)
            return Changes()

        def settle() -> Changes:
            engine.dismiss_conflict(conflict_id)
            return Changes()

        self.undo_stack.push(_HistoryCommand(
            self, f"Restore your version of {name}", changes, after_undo=reopen,
            after_redo=settle))
        return True

    def dismiss_sync_conflict(self, conflict_id: int, name: str) -> bool:
        """Settle a sync conflict by keeping the merged contact as it is."""
        from desktop.services.sync import engine

        def do() -> Changes:
            engine.dismiss_conflict(conflict_id)
            return Changes()

        def undo() -> Changes:
            engine.reopen_conflict(conflict_id)
            return Changes()

        return self._push(f"Dismiss the sync conflict of {name}", do, undo)


@dataclass(frozen=True)
class BatchExtras:
    """What the import preview applies to the whole batch: a tag for everyone, and how
    they were met ("met at *met_at* on *met_on*": written where a contact has none)."""

    tag: str = ""
    met_at: str = ""
    met_on: dt.date | None = None

    def is_empty(self) -> bool:
        return not self.tag.strip() and not self.met_at.strip() and self.met_on is None


def _apply_batch_extras(extras: BatchExtras, ids: Sequence[ContactId]) -> Changes:
    """Tag a batch and record how they were met, through the store (its change sets are
    in the Changes: the import's undo takes them back with it)."""
    people = list(dict.fromkeys(ids))
    if not people:
        return Changes()
    changes = Changes()
    if extras.tag.strip():
        changes |= tags.change_tags(people, add=[extras.tag])[1]
    if extras.met_at.strip() or extras.met_on is not None:
        story = f"Met at {' '.join(extras.met_at.split())}" if extras.met_at.strip() else ""
        changes |= contacts.set_met_many(people, story, extras.met_on)
    return changes
