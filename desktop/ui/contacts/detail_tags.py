"""The detail pane's three tag sections: the contact's tags (the user's interests on
their own profile), what the two of you have in common, and the topics to avoid, with
"and 12 more tags" past ``SHOWN_TAGS`` chips. Its texts are the detail pane's
(translation context ``DetailPane``); the pane connects the chips' edits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from desktop.services import contacts, tags
from desktop.services.types import ContactDetail, ContactId, TagRef
from desktop.ui.common import tokens
from desktop.ui.contacts.detail_parts import Section, data_label
from desktop.ui.contacts.tag_chips import AVOID_COLOUR, SPARE_CHIPS, ChipTag, TagChips

SHOWN_TAGS = 100  # tag chips (interests and topics to avoid: each)

translate = QCoreApplication.translate


def chip(tag: TagRef) -> ChipTag:
    return ChipTag(tag.name, tag.colour, tag.category)


class TagSections(QObject):
    """Private state: ``_shown`` is the names drawn as chips (the rest are not drawn)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tags_section = Section(translate("DetailPane", "Tags"))
        self.tag_chips = TagChips(removable=True, addable=True)
        self.tags_section.body.addWidget(self.tag_chips)
        self._shown: set[str] = set()
        self.more_tags_label = data_label("", "hint")
        self.more_tags_label.hide()
        self.tags_section.body.addWidget(self.more_tags_label)
        self.me_hint = data_label(translate(
            "DetailPane",
            "Rapport matches these against each contact's tags to show what you share."),
            "hint")
        self.tags_section.body.addWidget(self.me_hint)

        self.common_section = Section(translate("DetailPane", "In common"))
        self.common_chips = TagChips(removable=False, addable=False)
        self.common_hint = data_label(object_name="hint")
        self.common_section.body.addWidget(self.common_chips)
        self.common_section.body.addWidget(self.common_hint)

        self.avoid_section = Section(translate("DetailPane", "Topics to avoid"))
        tokens.styled(self.avoid_section.title,
                      lambda p: f"color: {tokens.readable(AVOID_COLOUR, p)};")
        avoid_box = QFrame()
        avoid_box.setObjectName("avoidBox")
        avoid_layout = QVBoxLayout(avoid_box)
        avoid_layout.setContentsMargins(10, 8, 10, 10)
        avoid_layout.setSpacing(6)
        self.avoid_hint = QLabel(translate("DetailPane", "Steer clear of these in conversation:"))
        self.avoid_hint.setObjectName("avoidHint")
        avoid_layout.addWidget(self.avoid_hint)
        self.avoid_chips = TagChips(removable=True, addable=False)
        avoid_layout.addWidget(self.avoid_chips)
        self.avoid_section.body.addWidget(avoid_box)

    def make_spare_chips(self) -> bool:
        """Chips made ahead for the tags of the contacts to come (``TagChips``), for one
        of the three sections a call: whether there are more to make."""
        for chips, count, avoid in ((self.tag_chips, SPARE_CHIPS, False),
                                    (self.common_chips, 3, False), (self.avoid_chips, 1, True)):
            if chips.spare_count() < count:
                # The most used tags first: the next contact likely has some of them.
                used = sorted((t for t in tags.list_tags() if (t.category == "avoid") == avoid),
                              key=lambda t: -t.count)
                chips.make_spare_chips(count, [ChipTag(t.name, t.colour, t.category)
                                               for t in used[:count]])
                return True
        return False

    def sections(self) -> tuple[Section, Section, Section]:
        return self.tags_section, self.common_section, self.avoid_section

    def fill(self, detail: ContactDetail, me_id: ContactId | None) -> None:
        self.tags_section.title.setText(translate("DetailPane", "MY INTERESTS") if detail.is_me else
                                        translate("DetailPane", "TAGS"))
        self.me_hint.setVisible(detail.is_me)
        interest = [t for t in detail.tags if t.category != "avoid"][:SHOWN_TAGS]
        avoid = [t for t in detail.tags if t.category == "avoid"][:SHOWN_TAGS]
        self.tag_chips.set_tags([chip(t) for t in interest])
        self.avoid_chips.set_tags([chip(t) for t in avoid])
        self._shown = {t.name for t in (*interest, *avoid)}
        hidden = 0
        if len(detail.tags) > len(self._shown):  # more than the pane draws
            counts = contacts.count_values(detail.id)
            hidden = counts["tags"] + counts["avoid"] - len(self._shown)
        more = translate("DetailPane", "and {count} more tags")
        self.more_tags_label.setText(more.format(count=f"{hidden:,}") if hidden else "")
        self.more_tags_label.setVisible(bool(hidden))
        self.avoid_section.setVisible(bool(avoid))
        self._fill_common(detail, me_id)

    def _fill_common(self, detail: ContactDetail, me_id: ContactId | None) -> None:
        if detail.is_me:
            self.common_section.setVisible(False)
            return
        self.common_section.setVisible(True)
        shared = contacts.common_interests(detail.id)
        self.common_chips.set_tags([chip(t) for t in shared])
        self.common_chips.setVisible(bool(shared))
        if shared:
            self.common_hint.setVisible(False)
            return
        me = contacts.get_contact(me_id) if me_id is not None else None
        has_interests = me is not None and any(t.category == "interest" for t in me.tags)
        if has_interests:
            text = translate("DetailPane", "Nothing shared yet. Ask what they enjoy outside "
                             "work, and tag it here.")
        else:
            text = translate("DetailPane",
                             "Add your own interests in My profile to see what you share.")
        self.common_hint.setText(text)
        self.common_hint.setVisible(True)

    def edited_names(self, contact_id: ContactId) -> tuple[str, ...]:
        """The contact's tags after an edit of the chips: the chips' names, and the tags
        not drawn (past ``SHOWN_TAGS``), which stay the contact's."""
        names = self.tag_chips.tag_names() + self.avoid_chips.tag_names()
        if self.more_tags_label.isVisible():
            names += tuple(t.name for t in contacts.contact_tags(contact_id)
                           if t.name not in self._shown)
        return names
