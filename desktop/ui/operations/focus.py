"""This week's focus (issue 15): propose, pin, done, replace, add, remove, keep."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.services.types import Changes, ContactId
from desktop.ui.operations.counts import counts

if TYPE_CHECKING:
    from desktop.services import focus
    from desktop.ui.operations.core import OperationsCore as _Core
else:
    _Core = object

translate = QCoreApplication.translate


class FocusOps(_Core):
    """The weekly focus changes of ``Operations`` (a mixin over ``OperationsCore``)."""

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

        return self._push_focus(translate("Operations", "Pin in focus") if pinned
                                else translate("Operations", "Unpin from focus"),
                                lambda: focus.set_pinned(contact_id, pinned))

    def set_focus_done(self, contact_id: ContactId, done: bool) -> bool:
        """The week's done tick of one person (issue 15)."""
        from desktop.services import focus

        return self._push_focus(translate("Operations", "Done in this week's focus") if done else
                                translate("Operations", "Not done yet"),
                                lambda: focus.set_done(contact_id, done))

    def replace_focus(self, contact_id: ContactId) -> bool:
        from desktop.services import focus

        return self._push_focus(translate("Operations", "Replace in focus"),
                                lambda: focus.replace(contact_id)[1])

    def add_to_focus(self, contact_ids: ContactId | Sequence[ContactId]) -> bool:
        """Put one or several people in this week's focus by hand."""
        from desktop.services import focus

        ids = [contact_ids] if isinstance(contact_ids, int) else list(contact_ids)
        text = (translate("Operations", "Add to this week's focus") if len(ids) == 1
                else counts().add_people_to_focus(len(ids)))
        return self._push_focus(text, lambda: focus.add_people(ids))

    def remove_from_focus(self, contact_id: ContactId) -> bool:
        from desktop.services import focus

        return self._push_focus(translate("Operations", "Remove from this week's focus"),
                                lambda: focus.remove_person(contact_id))

    def keep_for_week(self, week: dt.date, items: Sequence[focus.FocusItem]) -> bool:
        """The weekly review's "Keep these for next week"."""
        from desktop.services import focus

        return self._push_focus(translate("Operations", "Choose next week's focus"),
                                lambda: focus.set_week(week, items), week)
