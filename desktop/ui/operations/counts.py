"""The undo texts of ``Operations`` that carry a count, as translated plurals.

pyside6-lupdate marks a string as a plural only in a ``self.tr`` call with a count (a
``translate`` call needs a literal count), and it names the context after the class the
call is written in. The mixins of ``Operations`` are not QObjects of their own, so their
counted texts are worded here, in the context "OperationCounts"; their other texts name
the context they had before the split, "Operations", explicitly."""

from __future__ import annotations

from PySide6.QtCore import QObject


class OperationCounts(QObject):
    """One method per counted undo text (``%Ln`` groups digits the locale's way)."""

    # contacts
    def tag_contacts(self, n: int, names: str) -> str:
        return self.tr("Tag %Ln contact(s) with %1", "", n).replace("%1", names)

    def untag_contacts(self, n: int, names: str) -> str:
        return self.tr("Untag %1 from %Ln contact(s)", "", n).replace("%1", names)

    def change_tags_of(self, n: int) -> str:
        return self.tr("Change tags of %Ln contact(s)", "", n)

    def delete_contacts(self, n: int) -> str:
        return self.tr("Delete %Ln contact(s)", "", n)

    def set_stage_of(self, n: int, stage: str) -> str:
        return self.tr("Set stage of %Ln contact(s) to %1", "", n).replace("%1", stage)

    def merge_contacts(self, n: int, name: str) -> str:
        return self.tr("Merge %Ln contacts into %1", "", n).replace("%1", name)

    # tags
    def keep_in_touch_with_tag(self, days: int, name: str) -> str:
        return self.tr("Keep in touch with tag %1 every %Ln day(s)", "", days).replace(
            "%1", name)

    # timeline
    def close_promises(self, n: int) -> str:
        return self.tr("Close %Ln promise(s)", "", n)

    def spread_reminders(self, n: int, days: int) -> str:
        return self.tr("Spread %Ln reminder(s) over %1 days", "", n).replace("%1", str(days))

    def reset_reminders(self, n: int) -> str:
        return self.tr("Reset %Ln keep-in-touch reminder(s)", "", n)

    def snooze_days(self, name: str, days: int) -> str:
        return self.tr("Snooze %1 %Ln day(s)", "", days).replace("%1", name)

    # focus
    def add_people_to_focus(self, n: int) -> str:
        return self.tr("Add %Ln people to this week's focus", "", n)


def counts() -> OperationCounts:
    return OperationCounts()
