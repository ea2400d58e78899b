"""Changes to tags: create, rename, colour and category, cadence, delete, merge."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.services import tags
from desktop.services.types import Changes, TagId
from desktop.ui.operations.counts import counts

if TYPE_CHECKING:
    from desktop.ui.operations.core import OperationsCore as _Core
else:
    _Core = object

translate = QCoreApplication.translate

TAG_KIND = "tags"  # the kind of the commands the tag manager makes (and may undo)


class TagOps(_Core):
    """The tag changes of ``Operations`` (a mixin over ``OperationsCore``); their
    commands are of kind ``TAG_KIND``, which the tag manager may undo."""

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

        return self._push(translate("Operations", "New tag %1").replace("%1", name), do, undo,
                          TAG_KIND)

    def rename_tag(self, tag_id: TagId, new_name: str) -> bool:
        info = tags.get_tag(tag_id)
        if info is None:
            return False
        old = info.name
        return self._push(
            translate("Operations", "Rename tag %1").replace("%1", old),
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
            translate("Operations", "Edit tag %1").replace("%1", info.name),
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
        text = (counts().keep_in_touch_with_tag(new, info.name) if new else
                translate("Operations", "Stop keeping in touch with tag %1").replace(
                    "%1", info.name))
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
            translate("Operations", "Delete tag %1").replace("%1", info.name) if info
            else translate("Operations", "Delete tag"),
            scope, do,
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

        text = (translate("Operations", "Merge tag %1 into %2").replace("%1", source_info.name)
                .replace("%2", target_info.name)
                if source_info and target_info else translate("Operations", "Merge tags"))
        cadence = any(i is not None and i.keep_in_touch_days
                      for i in (source_info, target_info))
        scope = tags.cadence_members(source) if cadence else ()
        return self._push_keeping_followups(text, scope, do, undo, TAG_KIND)
