"""Changes to contacts: create, edit, stage, tags, photo, “one thing”, delete, merge
duplicates, pinned facts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.services import contacts, tags
from desktop.services.history import HistoryLabel
from desktop.services.types import Changes, ContactFields, ContactId, ContactSnapshot
from desktop.text import Phrase, phrase_text
from desktop.ui.common.kinds import STAGE_LABELS, stage_label
from desktop.ui.common.workers import Progress
from desktop.ui.operations.commands import AsyncHistoryCommand, JobCommand
from desktop.ui.operations.counts import counts

if TYPE_CHECKING:
    from desktop.ui.operations.core import OperationsCore as _Core
else:
    _Core = object

translate = QCoreApplication.translate

# contacts: a bigger selection is tagged, staged or has its tags read in a worker (issue 18)
BULK_SELECTION = 2_000


class ContactOps(_Core):
    """The contact changes of ``Operations`` (a mixin over ``OperationsCore``)."""

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

        name = fields.full_name or fields.organization or translate("Operations", "contact")
        text = translate("Operations", "New %1").replace("%1", name)
        return created[0] if self._push_history(text, do) and created else None

    def update_contact(self, contact_id: ContactId, fields: ContactFields,
                       base: ContactFields | None = None) -> bool:
        """Save what the user changed from *base* (the fields they started from, e.g. when
        the editor opened; default: the contact as it is now) to *fields*: a value sync
        changed meanwhile, and the user did not, is left as it is."""
        before = contacts.get_contact(contact_id)
        if before is None:
            self.failed.emit(translate("Operations", "That contact no longer exists."))
            return False
        old = base if base is not None else before.fields
        if old == fields:
            return True
        name = fields.full_name or old.full_name or translate("Operations", "contact")
        if old.keep_in_touch_days != fields.keep_in_touch_days or old.tags != fields.tags:
            # A new cadence (own or from tags) moves the keep-in-touch follow-up (issue 4);
            # undo puts the follow-ups back exactly as they were.
            from desktop.services import followups

            return self._push_history(
                translate("Operations", "Edit %1").replace("%1", name),
                lambda: contacts.update_contact(contact_id, fields, base=old)
                | followups.sync_cadence([contact_id]),
                scope=[contact_id])
        return self._push_history(
            translate("Operations", "Edit %1").replace("%1", name),
            lambda: contacts.update_contact(contact_id, fields, base=old))

    def set_stage(self, contact_id: ContactId, stage: str) -> bool:
        """The stage pill: only the stage is written."""
        detail = contacts.get_contact(contact_id)
        if detail is None:
            self.failed.emit(translate("Operations", "That contact no longer exists."))
            return False
        if detail.fields.stage == stage:
            return True
        # Kept as its parts in the history: worded in the language that shows it (issue 14).
        name = STAGE_LABELS.get(stage)
        label = HistoryLabel.tr("Stage %1 for %2").fill(
            Phrase("ContactListModel", name) if name else stage, detail.display_name)
        return self._push_history(
            phrase_text(label), lambda: contacts.set_fields(contact_id, {"stage": stage}, label))

    def set_tags(self, contact_id: ContactId, names: Sequence[str]) -> bool:
        before = contacts.get_contact(contact_id)
        if before is None:
            return False
        new = tuple(names)
        if before.is_me:  # nobody keeps in touch with themselves: no cadence to follow
            return self._push_history(translate("Operations", "Change tags"),
                                      lambda: contacts.set_tags(contact_id, new))

        def do() -> Changes:
            # A tag with a cadence gained or lost moves the keep-in-touch follow-up
            # (issue 4), unless the contact's own cadence wins.
            from desktop.services import followups

            cadence = followups.effective_cadences([contact_id])
            return contacts.set_tags(contact_id, new) | followups.sync_moved_cadences(cadence)

        return self._push_history(translate("Operations", "Change tags"), do, scope=[contact_id])

    def change_tags(self, ids: Sequence[ContactId], add: Sequence[str] = (),
                    remove: Sequence[str] = ()) -> bool:
        """Add and/or remove tags on many contacts as one undoable step (the list's
        multi-select); undo takes back the memberships it changed (through the history)
        and puts their keep-in-touch follow-ups back."""
        # A big selection (its ids are distinct) is handed on as it is, not copied (2.3 MB
        # at 300,000); the store drops repeats chunk by chunk in the worker.
        id_list = ids if len(ids) > BULK_SELECTION else list(dict.fromkeys(ids))
        names = ", ".join([*add, *remove])
        count = len(id_list)
        text = (counts().tag_contacts(count, names) if add and not remove else
                counts().untag_contacts(count, names) if remove and not add else
                counts().change_tags_of(count))
        # Only a tag with a keep-in-touch cadence moves follow-ups: without one, undo need
        # not snapshot a thousand people's follow-ups (issue 15: 1,000 tagged in < 1 s).
        existing = [tags.find_tag(n) for n in (*add, *remove)]
        cadence = any(t is not None and tags.cadence_days(t) for t in existing)
        if len(id_list) > BULK_SELECTION:
            return self._change_tags_in_background(text, id_list, add, remove, cadence)
        return self._push_history(text, lambda: tags.change_tags(id_list, add, remove)[1],
                                  scope=id_list if cadence else ())

    def _change_tags_in_background(self, text: str, id_list: Sequence[ContactId],
                                   add: Sequence[str], remove: Sequence[str], cadence: bool
                                   ) -> bool:
        """``change_tags`` of a big selection: in a worker with a progress dialog (issue 18:
        100,000 contacts take seconds), then on the stack as a step whose undo and redo
        run in a worker too. The follow-ups a cadence moves are captured in the worker."""
        if self.refused_while_busy():
            return False
        from desktop.services import followups

        def work(progress: Progress) -> tuple[Changes, object, object]:
            # No copy of the ids here (a dict of 300,000 made them distinct: 15 MB, issue
            # 18): ``change_tags`` reads them a chunk at a time, and so does the capture.
            before = followups.capture(id_list) if cadence else None
            changes = tags.change_tags(id_list, add, remove, progress)[1]
            after = followups.capture(id_list) if cadence else None
            return changes, before, after

        def done(result: tuple[Changes, object, object]) -> None:
            changes, before, after = result
            if changes.change_sets:
                self.undo_stack.push(AsyncHistoryCommand(
                    self, text, changes, None, announced=True,
                    after_undo=(lambda: followups.restore(before))  # type: ignore[arg-type]
                    if before is not None else None,
                    after_redo=(lambda: followups.restore(after))  # type: ignore[arg-type]
                    if after is not None else None))
            self.changes_applied.emit(changes)

        self._start_job(work, (tags.TaggingCancelled,), translate("Operations", "Tags"),
                        f"{text}…", done, lambda: None)
        return True

    def set_photo(self, contact_id: ContactId, data: bytes | None, mime: str = "image/jpeg"
                  ) -> bool:
        return self._push_history(
            translate("Operations", "Change photo") if data
            else translate("Operations", "Remove photo"),
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
            translate("Operations", "Renew “one thing I can do”") if value == old.text else
            translate("Operations", "Change “one thing I can do”"),
            lambda: briefing.set_one_thing(contact_id, value))

    def delete_contacts(self, ids: Sequence[ContactId], announce: str = "") -> bool:
        """Delete contacts, one undoable step; *announce* is said (``notice``) once they
        are gone: at once, or when a big selection's job has deleted them."""
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

        text = counts().delete_contacts(len(id_list))
        if len(id_list) > BULK_SELECTION:
            return self._delete_in_background(text, id_list, announce)
        if not self._push(text, do, undo):
            return False
        if announce:
            self.notice.emit(announce)
        return True

    def _delete_in_background(self, text: str, id_list: list[ContactId],
                              announce: str) -> bool:
        """``delete_contacts`` of a big selection: in a worker with a progress dialog
        and Cancel (issue 18: 100,000 contacts took 46 s of the UI thread; Cancel deletes
        nothing), then on the stack as a step whose undo and redo run in a worker too.
        The snapshot of what hung off the contacts is dropped only once an undo has put
        it back, so a cancelled or failed undo can be asked for again."""
        if self.refused_while_busy():
            return False
        from desktop.services import history

        snapshots: list[ContactSnapshot] = []

        def delete(progress: Progress) -> Changes:
            snap, changes = contacts.delete_contacts(id_list, progress)
            snapshots.append(snap)
            return changes

        def restore(progress: Progress) -> Changes:
            changes = contacts.restore_contacts(snapshots[-1], progress)
            snapshots.pop()
            return changes

        cancelled = (contacts.DeleteCancelled, history.UndoCancelled)

        def done(changes: Changes) -> None:
            if changes.change_sets:
                self.undo_stack.push(JobCommand(self, text, delete, restore, cancelled))
            self.changes_applied.emit(changes)
            if announce:
                self.notice.emit(announce)

        self._start_job(delete, cancelled, translate("Operations", "Delete"), f"{text}…",
                        done, lambda: None)
        return True

    def set_stage_many(self, ids: Sequence[ContactId], stage: str) -> bool:
        """The stage of a selection, one undoable step. A big one (issue 18: 100,000
        contacts) is written in a worker with a progress dialog and Cancel, as tagging
        is; its undo and redo run in a worker too."""
        text = counts().set_stage_of(len(ids), stage_label(stage))
        if len(ids) <= BULK_SELECTION:
            return self._push_history(text, lambda: contacts.set_stage_many(ids, stage))
        if self.refused_while_busy():
            return False

        def done(changes: Changes) -> None:
            if changes.change_sets:
                self.undo_stack.push(AsyncHistoryCommand(self, text, changes, None,
                                                         announced=True))
            self.changes_applied.emit(changes)

        self._start_job(lambda progress: contacts.set_stage_many(ids, stage, progress),
                        (contacts.StagingCancelled,), translate("Operations", "Stage"),
                        f"{text}…", done, lambda: None)
        return True

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

        return self._push(translate("Operations", "Pin a fact"), do,
                          lambda: facts.delete_fact(made[0].id)[1] if made else Changes())

    def edit_fact(self, fact_id: int, kind: str, text: str) -> bool:
        from desktop.services import facts

        old = facts.get_fact(fact_id)
        if old is None:
            self.failed.emit(translate("Operations", "That fact no longer exists."))
            return False
        return self._push(translate("Operations", "Edit pinned fact"),
                          lambda: facts.update_fact(fact_id, kind, text),
                          lambda: facts.update_fact(fact_id, old.kind, old.text))

    def delete_fact(self, fact_id: int) -> bool:
        from desktop.services import facts

        gone: list[facts.Fact] = []

        def do() -> Changes:
            fact, changes = facts.delete_fact(fact_id)
            gone.append(fact)
            return changes

        return self._push(translate("Operations", "Unpin fact"), do,
                          lambda: facts.restore_fact(gone.pop()))

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
        return self._push(counts().merge_contacts(n, name), do,
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

        return self._push(translate("Operations", "Not duplicates: %1").replace("%1", names), do,
                          lambda: duplicates.unmark_not_duplicates(added[-1]))
