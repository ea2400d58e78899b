"""Introductions (issue 5): record, ask for one, status, delete."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.services.errors import ServiceError
from desktop.services.reasons import Reason
from desktop.services.types import Changes
from desktop.ui.common import kinds

if TYPE_CHECKING:
    from desktop.services import followups, graph
    from desktop.ui.operations.core import OperationsCore as _Core
else:
    _Core = object

translate = QCoreApplication.translate


class IntroductionOps(_Core):
    """The introduction changes of ``Operations`` (a mixin over ``OperationsCore``)."""

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

        text = (translate("Operations", "Propose introduction") if fields.status == "proposed"
                else translate("Operations", "Record introduction"))
        return made[0] if self._push(text, do, undo) and made else None

    def ask_for_introduction(self, fields: graph.IntroductionFields, chase_on: dt.date,
                             chase_reason: Reason) -> int | None:
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
        text = (translate("Operations", "Ask %1 for an introduction to %2")
                .replace("%1", asked.name).replace("%2", wanted.name)
                if asked is not None and wanted is not None
                else translate("Operations", "Ask for an introduction"))
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
            translate("Operations", "Mark introduction %1").replace(
                "%1", kinds.introduction_status(status)),
            scope, do, lambda: graph.set_status(intro_id, old),
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
            translate("Operations", "Delete introduction"), scope, do,
            lambda: graph.restore_introduction(rows.pop()))
