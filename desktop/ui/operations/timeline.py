"""The timeline (issue 4): interactions and meetings, follow-ups, favours."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.services.types import Changes, ContactId
from desktop.ui.common import kinds
from desktop.ui.operations.counts import counts

if TYPE_CHECKING:
    from desktop.services import followups, interactions
    from desktop.ui.operations.core import OperationsCore as _Core
else:
    _Core = object

translate = QCoreApplication.translate


class TimelineOps(_Core):
    """The timeline changes of ``Operations`` (a mixin over ``OperationsCore``):
    each is one undoable step over the people's follow-ups and interactions."""

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

        noun = kinds.interaction_kind(draft.kind).lower()
        planned = draft.happened_at > dt.datetime.now()
        text = (translate("Operations", "Plan %1") if planned
                else translate("Operations", "Log %1")).replace("%1", noun)
        ok = self._push_timeline(text, draft.participants, op)
        return made[0] if ok and made else None

    def delete_interaction(self, interaction_id: int) -> bool:
        from desktop.services import interactions

        people = interactions.participants(interaction_id)
        return self._push_timeline(
            translate("Operations", "Delete interaction"), people,
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

        noun = kinds.interaction_kind(draft.kind).lower()
        return self._push_meeting(
            translate("Operations", "Edit %1").replace("%1", noun), interaction_id,
            draft.participants,
            lambda: interactions.update_interaction(interaction_id, draft))

    def hold_meeting(self, interaction_id: int, *, notes: str = "", summary: str = "",
                     promises: Sequence[interactions.Promise] = (),
                     participants: Sequence[ContactId] = (),
                     held_at: dt.datetime | None = None) -> bool:
        """The planned meeting took place: notes, promises, held (one entry, issue 15)."""
        from desktop.services import interactions

        return self._push_meeting(
            translate("Operations", "Hold meeting"), interaction_id, participants,
            lambda: interactions.hold(interaction_id, notes=notes, summary=summary,
                                      promises=promises, participants=participants,
                                      held_at=held_at))

    def reschedule_meeting(self, interaction_id: int, when: dt.datetime) -> bool:
        from desktop.services import interactions

        return self._push_meeting(
            translate("Operations", "Reschedule meeting"), interaction_id, (),
            lambda: interactions.reschedule(interaction_id, when))

    def cancel_meeting(self, interaction_id: int) -> bool:
        from desktop.services import interactions

        return self._push_meeting(translate("Operations", "Cancel meeting"), interaction_id, (),
                                  lambda: interactions.cancel(interaction_id))

    def add_followup(self, contact_id: ContactId, due_on: dt.date, reason: str) -> bool:
        """"Remind me…": a follow-up by hand (issue 15)."""
        from desktop.services import followups

        return self._push_timeline(
            translate("Operations", "Remind me"), [contact_id],
            lambda: (followups.add_followup(contact_id, due_on, reason)[1], ()),
        )

    def close_promises(self, items: Sequence[followups.FollowUpItem]) -> bool:
        """Mark the promises a recorded introduction or favour kept as done."""
        from desktop.services import followups

        if not items:
            return True
        text = counts().close_promises(len(items))
        return self._push_timeline(text, [i.contact_id for i in items],
                                   lambda: (followups.mark_done_many(items), ()))

    def spread_followups(self, items: Sequence[followups.FollowUpItem], start: dt.date,
                         days: int) -> bool:
        """Catch up: snooze stale keep-in-touch reminders to a spread of the next days."""
        from desktop.services import followups

        return self._push_timeline(
            counts().spread_reminders(len(items), days),
            [i.contact_id for i in items],
            lambda: (followups.spread(items, start, days), ()))

    def restart_cadences(self, items: Sequence[followups.FollowUpItem]) -> bool:
        """Catch up: restart the keep-in-touch cadence of stale reminders from today."""
        from desktop.services import followups

        return self._push_timeline(
            counts().reset_reminders(len(items)),
            [i.contact_id for i in items],
            lambda: (followups.restart_cadence(items), ()))

    def mark_followup_done(self, item: followups.FollowUpItem) -> bool:
        from desktop.services import followups

        return self._push_timeline(translate("Operations", "Done: %1").replace("%1", item.name),
                                   [item.contact_id],
                                   lambda: (followups.mark_done(item), ()))

    def snooze_followup(self, item: followups.FollowUpItem, until: dt.date) -> bool:
        from desktop.services import followups

        return self._push_timeline(translate("Operations", "Snooze %1").replace("%1", item.name),
                                   [item.contact_id],
                                   lambda: (followups.snooze(item, until), ()))

    def snooze_followup_for(self, item: followups.FollowUpItem, days: int) -> bool:
        from desktop.services import followups

        text = (translate("Operations", "Snooze %1 1 week").replace("%1", item.name)
                if days == 7 else counts().snooze_days(item.name, days))
        return self._push_timeline(text, [item.contact_id],
                                   lambda: (followups.snooze_for(item, days), ()))

    def reschedule_followup(self, item: followups.FollowUpItem, due_on: dt.date) -> bool:
        from desktop.services import followups

        return self._push_timeline(
            translate("Operations", "Reschedule %1").replace("%1", item.name),
            [item.contact_id],
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

        text = (translate("Operations", "Record favour given") if direction == "given"
                else translate("Operations", "Record favour received"))
        return self._push(text, do, undo)

    def delete_favor(self, favor_id: int) -> bool:
        from desktop.services import favors

        gone: list[favors.FavorEntry] = []

        def do() -> Changes:
            entry, changes = favors.delete_favor(favor_id)
            gone.append(entry)
            return changes

        return self._push(translate("Operations", "Delete favour"), do,
                          lambda: favors.restore_favor(gone.pop()))
