"""The contact detail pane: who this person is, what we share, how to reach them.

Reads come from ``desktop.services``; every change (stage, tags, edits) goes through
``Operations`` and so is undoable. Contact text is data: every label showing it is
plain text, and the few rich-text labels (mail/phone/web links) escape it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services import contacts, tags
from desktop.services.types import (
    Changes,
    ContactDetail,
    ContactId,
    TagRef,
)
from desktop.ui.common import formatting, tokens
from desktop.ui.common.avatar import contact_pixmap
from desktop.ui.common.formatting import date_text as format_date
from desktop.ui.common.formatting import relative_days
from desktop.ui.common.plain_text import plain_tooltip
from desktop.ui.contacts import detail_fields
from desktop.ui.contacts.contact_editor import ContactEditorDialog
from desktop.ui.contacts.detail_fields import SHOWN_VALUES
from desktop.ui.contacts.detail_parts import (
    STAGES,
    ContactSection,
    FieldGrid,
    NoteView,
    Section,
    StageSelector,
    data_label,
    pane_style,
    pane_text,
)
from desktop.ui.contacts.facts_section import FactsSection
from desktop.ui.contacts.introductions_section import IntroductionsSection
from desktop.ui.contacts.tag_chips import AVOID_COLOUR, ChipTag, TagChips
from desktop.ui.contacts.timeline_section import TimelineSection
from desktop.ui.operations import Operations

AVATAR_SIZE = 72
# What the pane draws of a contact that has very much (issue 13: 50,000 e-mails took 339 s
# to select, a 10 MB note 5 s): the first of each, and how many more there are (e-mails,
# phones, addresses, URLs: detail_fields.SHOWN_VALUES each).
SHOWN_TAGS = 100  # tag chips (interests and topics to avoid: each)
SHOWN_NOTE = 20_000  # characters of the note
SHOWN_LIMIT = max(SHOWN_VALUES, SHOWN_TAGS) + 1  # what is read: one more says "more"


class DetailPane(QWidget):
    """Shows one contact and lets the user change its stage and tags in place.

    Private state: ``_contact_id`` is the contact shown (None: the placeholder);
    ``_detail`` is what was last read for it; ``_me_id`` is the user's own profile as of
    that read (its tags decide "In common"); ``_completions_stale`` says the tag names
    offered for completion must be re-read (a tag was added, renamed or deleted).
    """

    contact_created = Signal(object)  # ContactId
    # "Briefing…" on the contact shown: the briefing is another feature, so the window
    # that holds both opens it (contacts never import briefing).
    briefing_requested = Signal(object)  # ContactId

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._contact_id: ContactId | None = None
        self._detail: ContactDetail | None = None
        self._me_id: ContactId | None = None
        self._completions_stale = True
        self.editor: ContactEditorDialog | None = None
        tokens.styled(self, pane_style)

        self._stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)

        self.placeholder = QLabel(self.tr("Select a contact"))
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack.addWidget(self.placeholder)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Tab goes to the pane's controls (which scroll into view), not to the area.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._stack.addWidget(self.scroll_area)
        content = QWidget()
        content.setObjectName("detailContent")
        self.scroll_area.setWidget(content)
        body = QVBoxLayout(content)
        body.setContentsMargins(20, 20, 20, 24)
        body.setSpacing(0)

        # Header: picture, name, title · organisation, badge, Edit.
        header = QHBoxLayout()
        header.setSpacing(14)
        self.avatar = QLabel()
        self.avatar.setFixedSize(AVATAR_SIZE, AVATAR_SIZE)
        header.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        names.setSpacing(3)
        self.name_label = data_label(object_name="contactName")
        self.subtitle_label = data_label(object_name="subtitle")
        self.nickname_label = data_label(object_name="subtitle")
        self.me_badge = QLabel(self.tr("My profile"))
        self.me_badge.setObjectName("meBadge")
        self.me_badge.setFixedHeight(18)
        names.addWidget(self.name_label)
        names.addWidget(self.subtitle_label)
        names.addWidget(self.nickname_label)
        names.addWidget(self.me_badge, 0, Qt.AlignmentFlag.AlignLeft)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setToolTip(self.tr("Edit this contact (Ctrl+E)"))
        self.edit_button.clicked.connect(self.edit_current)
        # Buttons other features add beside Edit (add_header_button): a row under the
        # name rather than a column beside it, so a short name is not wrapped for them.
        self.header_buttons = QHBoxLayout()
        self.header_buttons.setContentsMargins(0, 6, 0, 0)
        self.header_buttons.setSpacing(6)
        self.header_buttons.addWidget(self.edit_button)
        self.header_buttons.addStretch(1)
        names.addLayout(self.header_buttons)
        names.addStretch(1)
        header.addLayout(names, 1)
        self.briefing_button = self.add_header_button(
            self.tr("Briefing…"),
            self.tr("Preview, print or save a one-page briefing on this person (Ctrl+Shift+B)"),
            lambda: self.briefing_requested.emit(self._contact_id))
        self.briefing_button.setShortcut("Ctrl+Shift+B")
        body.addLayout(header)
        self._body = body

        self.stage_section = Section(self.tr("Relationship stage"))
        self.stage_selector = StageSelector()
        self.stage_selector.stage_chosen.connect(self._set_stage)
        self.stage_section.body.addWidget(self.stage_selector)
        self.stage_hint = data_label(object_name="hint")
        self.stage_section.body.addWidget(self.stage_hint)
        body.addWidget(self.stage_section)

        self.tags_section = Section(self.tr("Tags"))
        self.tag_chips = TagChips(removable=True, addable=True)
        self.tag_chips.tags_edited.connect(self._tags_edited)
        self.tag_chips.completions_needed.connect(self._load_completions)
        self.tags_section.body.addWidget(self.tag_chips)
        self._shown_tags: set[str] = set()  # the names drawn as chips (the rest: not drawn)
        self._filled: dict[str, object] = {}  # what each grid of _fill shows (its key)
        self.more_tags_label = data_label("", "hint")
        self.more_tags_label.hide()
        self.tags_section.body.addWidget(self.more_tags_label)
        self.me_hint = data_label(
            self.tr("Rapport matches these against each contact's tags to show what you share."),
            "hint")
        self.tags_section.body.addWidget(self.me_hint)
        body.addWidget(self.tags_section)

        self.common_section = Section(self.tr("In common"))
        self.common_chips = TagChips(removable=False, addable=False)
        self.common_hint = data_label(object_name="hint")
        self.common_section.body.addWidget(self.common_chips)
        self.common_section.body.addWidget(self.common_hint)
        body.addWidget(self.common_section)

        self.avoid_section = Section(self.tr("Topics to avoid"))
        tokens.styled(self.avoid_section.title,
                      lambda p: f"color: {tokens.readable(AVOID_COLOUR, p)};")
        avoid_box = QFrame()
        avoid_box.setObjectName("avoidBox")
        avoid_layout = QVBoxLayout(avoid_box)
        avoid_layout.setContentsMargins(10, 8, 10, 10)
        avoid_layout.setSpacing(6)
        self.avoid_hint = QLabel(self.tr("Steer clear of these in conversation:"))
        self.avoid_hint.setObjectName("avoidHint")
        avoid_layout.addWidget(self.avoid_hint)
        self.avoid_chips = TagChips(removable=True, addable=False)
        self.avoid_chips.tags_edited.connect(self._tags_edited)
        avoid_layout.addWidget(self.avoid_chips)
        self.avoid_section.body.addWidget(avoid_box)
        body.addWidget(self.avoid_section)

        self.contact_section = Section(self.tr("Contact"))
        self.contact_grid = FieldGrid()
        self.contact_section.body.addWidget(self.contact_grid)
        body.addWidget(self.contact_section)

        self.dates_section = Section(self.tr("Dates"))
        self.dates_grid = FieldGrid()
        self.dates_section.body.addWidget(self.dates_grid)
        body.addWidget(self.dates_section)

        self.story_section = Section(self.tr("How we met"))
        self.story_grid = FieldGrid()
        self.story_section.body.addWidget(self.story_grid)
        body.addWidget(self.story_section)

        self.activity_section = Section(self.tr("Keeping in touch"))
        self.activity_grid = FieldGrid()
        self.activity_section.body.addWidget(self.activity_grid)
        body.addWidget(self.activity_section)

        self.notes_section = Section(self.tr("Notes"))
        self.note_view = NoteView()
        self.note_view.setAccessibleName(self.tr("Notes"))
        self.notes_section.body.addWidget(self.note_view)
        body.addWidget(self.notes_section)

        # Sections other features contribute (timeline, favours, introductions...): each
        # is a ContactSection, inserted before Notes, and told which contact is shown.
        self.extra_sections: list[ContactSection] = []

        self.add_section(FactsSection(ops, self), top=True)
        self.add_section(TimelineSection(ops, self))
        self.add_section(IntroductionsSection(ops, self))

        body.addStretch(1)
        ops.changes_applied.connect(self._on_changes)
        self.show_contact(None)

    def minimumSizeHint(self) -> QSize:
        """As wide as the content needs (the stage buttons, the timeline's buttons...): the
        pane never scrolls sideways, so narrower would cut them off."""
        hint = super().minimumSizeHint()
        hint.setWidth(max(hint.width(), 320))
        content = self.scroll_area.widget()
        if content is not None:
            bar = self.scroll_area.verticalScrollBar().sizeHint().width()
            hint.setWidth(max(hint.width(), content.minimumSizeHint().width() + bar + 2))
        return hint

    def add_section(self, section: ContactSection, *, top: bool = False) -> None:
        """Add a feature's section to the pane: above Notes, or (*top*) right under the
        header (pinned facts, issue 15)."""
        anchor = self.stage_section if top else self.notes_section
        self._body.insertWidget(self._body.indexOf(anchor), section)
        self.extra_sections.append(section)
        if self._detail is not None:
            section.show_contact(self._detail)

    def add_header_button(self, text: str, tooltip: str, slot: Callable[[], None]
                          ) -> QPushButton:
        """A button under Edit in the header (e.g. "Briefing…")."""
        button = QPushButton(text)
        button.setToolTip(tooltip)
        button.clicked.connect(slot)
        self.header_buttons.insertWidget(self.header_buttons.count() - 1, button)  # stretch
        return button

    # --- public API (the main window's contract) ----------------------------------------

    def contact_id(self) -> ContactId | None:
        return self._contact_id

    def show_contact(self, contact_id: ContactId | None) -> None:
        same = contact_id is not None and contact_id == self._contact_id
        if not same:
            # Half-typed text meant for the last person must not tag this one on Enter.
            self.tag_chips.clear_input()
        self._contact_id = contact_id
        self._refresh(keep_scroll=same)

    @Slot()
    def new_contact(self) -> None:
        self._open_editor(None)

    @Slot()
    def edit_current(self) -> None:
        if self._contact_id is not None:
            self._open_editor(self._contact_id)

    # --- editing ------------------------------------------------------------------------

    def _open_editor(self, contact_id: ContactId | None) -> None:
        if self.editor is not None:
            self.editor.raise_()
            self.editor.activateWindow()
            return
        editor = ContactEditorDialog(self._ops, contact_id, self)
        editor.saved.connect(self._editor_saved)
        editor.finished.connect(self._editor_closed)
        self.editor = editor
        editor.open()

    @Slot(object)
    def _editor_saved(self, contact_id: ContactId) -> None:
        creating = self.editor is not None and self.editor.is_new
        self.show_contact(contact_id)
        if creating:
            self.contact_created.emit(contact_id)

    @Slot()
    def _editor_closed(self) -> None:
        if self.editor is not None:
            self.editor.deleteLater()
        self.editor = None

    @Slot(str)
    def _set_stage(self, stage: str) -> None:
        detail = self._detail
        if detail is None or detail.fields.stage == stage:
            return
        if not self._ops.set_stage(detail.id, stage):
            self.stage_selector.set_stage(detail.fields.stage)

    @Slot(tuple)
    def _tags_edited(self, _names: tuple[str, ...]) -> None:
        if self._detail is None:
            return
        names = self.tag_chips.tag_names() + self.avoid_chips.tag_names()
        if self.more_tags_label.isVisible():  # the tags not drawn stay the contact's
            names += tuple(t.name for t in contacts.contact_tags(self._detail.id)
                           if t.name not in self._shown_tags)
        self._ops.set_tags(self._detail.id, names)

    @Slot()
    def _load_completions(self) -> None:
        if self._completions_stale:
            self.tag_chips.set_completions(tags.tag_names())
            self._completions_stale = False

    # --- refresh ------------------------------------------------------------------------

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        if changes.tags:
            self._completions_stale = True
        if self._contact_id is None:
            return
        if (
            self._contact_id in changes.contacts
            or changes.tags
            or (self._me_id is not None and self._me_id in changes.contacts)
            # Follow-ups name the contacts they moved (none: anyone's may have moved).
            or (changes.followups and not changes.contacts)
            or changes.interactions
            or changes.graph
        ):
            self._refresh(keep_scroll=True)

    def _refresh(self, keep_scroll: bool) -> None:
        detail = (contacts.get_contact(self._contact_id, limit=SHOWN_LIMIT)
                  if self._contact_id is not None else None)
        self._detail = detail
        if detail is None:
            self._contact_id = None
            self._stack.setCurrentWidget(self.placeholder)
            return
        scroll_value = self.scroll_area.verticalScrollBar().value()
        self.setUpdatesEnabled(False)
        try:
            self._fill(detail)
        finally:
            self.setUpdatesEnabled(True)
        self._stack.setCurrentWidget(self.scroll_area)
        if keep_scroll:
            # The new content is laid out on the next event loop pass; restore then.
            bar = self.scroll_area.verticalScrollBar()
            QTimer.singleShot(0, bar, lambda: bar.setValue(scroll_value))
        else:
            self.scroll_area.verticalScrollBar().setValue(0)

    def _fill(self, detail: ContactDetail) -> None:
        for section in self.extra_sections:
            section.show_contact(detail)
        f = detail.fields
        today = dt.date.today()
        self._me_id = detail.id if detail.is_me else contacts.me_id()

        photo = contacts.get_photo(detail.id) if detail.has_photo else None
        self.avatar.setPixmap(contact_pixmap(
            detail.display_name, AVATAR_SIZE, photo[0] if photo else None,
            f.given_name, f.family_name, self.devicePixelRatioF(),
        ))
        self.name_label.setText(detail.display_name)
        self.name_label.setToolTip(plain_tooltip(detail.display_name))
        job = " · ".join(p for p in (f.title.strip(), f.department.strip(),
                                     f.organization.strip()) if p)
        if job == detail.display_name:  # a company card: its name is the organisation
            job = ""
        self.subtitle_label.setText(job)
        self.subtitle_label.setVisible(bool(job))
        self.nickname_label.setText(f"“{f.nickname.strip()}”" if f.nickname.strip() else "")
        self.nickname_label.setVisible(bool(f.nickname.strip()))
        self.me_badge.setVisible(detail.is_me)
        self.tags_section.title.setText(self.tr("MY INTERESTS") if detail.is_me else
                                        self.tr("TAGS"))
        self.me_hint.setVisible(detail.is_me)

        self.stage_section.setVisible(not detail.is_me)
        self.stage_selector.set_stage(f.stage)
        hint = next((h for key, _, h in STAGES if key == f.stage), "")
        self.stage_hint.setText(pane_text(hint) if hint else "")

        interest = [t for t in detail.tags if t.category != "avoid"][:SHOWN_TAGS]
        avoid = [t for t in detail.tags if t.category == "avoid"][:SHOWN_TAGS]
        self.tag_chips.set_tags([_chip(t) for t in interest])
        self.avoid_chips.set_tags([_chip(t) for t in avoid])
        self._shown_tags = {t.name for t in (*interest, *avoid)}
        hidden = 0
        if len(detail.tags) > len(self._shown_tags):  # more than the pane draws
            counts = contacts.count_values(detail.id)
            hidden = counts["tags"] + counts["avoid"] - len(self._shown_tags)
        self.more_tags_label.setText(
            self.tr("and {count} more tags").format(count=f"{hidden:,}") if hidden else "")
        self.more_tags_label.setVisible(bool(hidden))
        self.avoid_section.setVisible(bool(avoid))

        self._fill_common(detail)
        # A grid is rebuilt only when what it shows changed (the pane refills after every
        # change: a tag, a follow-up done; issue 18); with rows beyond the shown ones
        # ("and 3 more") it is always rebuilt, as their count is not in the detail.
        lists = (f.emails, f.phones, f.addresses, f.urls)
        for name, key, part, grid, fill in (
            ("contact", (detail.id, *lists)
             if all(len(v) <= SHOWN_VALUES for v in lists) else None,
             self.contact_section, self.contact_grid,
             lambda: detail_fields.fill_contact(self.contact_grid, detail)),
            ("dates", (f.birthday, f.anniversary, today), self.dates_section, self.dates_grid,
             lambda: detail_fields.fill_dates(self.dates_grid, detail, today)),
            ("story", (f.how_we_met, f.met_on, today), self.story_section, self.story_grid,
             lambda: detail_fields.fill_story(self.story_grid, detail)),
            ("activity", (f.keep_in_touch_days, detail.last_interaction_at,
                          detail.next_followup_on, today),
             self.activity_section, self.activity_grid,
             lambda: self._fill_activity(detail, today)),
        ):
            if key is None or self._filled.get(name) != key:
                fill()
                part.setVisible(not grid.is_empty())
                self._filled[name] = key

        note = (f.note or "").strip()
        self.notes_section.setVisible(bool(note))
        if len(note) > SHOWN_NOTE:
            more = self.tr("… and {count} more characters (Edit shows the whole note)")
            note = f"{note[:SHOWN_NOTE]}\n\n{more.format(count=f'{len(note) - SHOWN_NOTE:,}')}"
        self.note_view.set_note(note)

    def _fill_common(self, detail: ContactDetail) -> None:
        if detail.is_me:
            self.common_section.setVisible(False)
            return
        self.common_section.setVisible(True)
        shared = contacts.common_interests(detail.id)
        self.common_chips.set_tags([_chip(t) for t in shared])
        self.common_chips.setVisible(bool(shared))
        if shared:
            self.common_hint.setVisible(False)
            return
        me = contacts.get_contact(self._me_id) if self._me_id is not None else None
        has_interests = me is not None and any(t.category == "interest" for t in me.tags)
        if has_interests:
            text = self.tr("Nothing shared yet. Ask what they enjoy outside work, "
                           "and tag it here.")
        else:
            text = self.tr("Add your own interests in My profile to see what you share.")
        self.common_hint.setText(text)
        self.common_hint.setVisible(True)

    def _fill_activity(self, detail: ContactDetail, today: dt.date) -> None:
        f = detail.fields
        grid = self.activity_grid
        grid.clear()
        if f.keep_in_touch_days is not None:
            n = f.keep_in_touch_days
            text = (self.tr("No reminders (0 days)") if n == 0
                    else self.tr("Every %Ln day(s)", "", n))
            grid.add_row(self.tr("Cadence"), data_label(text))
        if detail.last_interaction_at is not None:
            when = detail.last_interaction_at.date()
            grid.add_row(self.tr("Last contact"), data_label(
                f"{format_date(when)} · {relative_days((when - today).days)}"))
        if detail.next_followup_on is not None:
            due = detail.next_followup_on
            days = (due - today).days
            label = data_label(
                (self.tr("%1 · overdue by %2").replace("%2", formatting.span(days)) if days < 0
                 else self.tr("%1 · due %2").replace("%2", relative_days(days))
                 ).replace("%1", format_date(due))
            )
            if days < 0:
                label.setObjectName("overdue")
            grid.add_row(self.tr("Follow up"), label)

    # --- helpers for tests and accessibility --------------------------------------------

    def visible_sections(self) -> list[str]:
        """The titles of the sections currently shown, top to bottom."""
        sections = (self.stage_section, self.tags_section, self.common_section,
                    self.avoid_section, self.contact_section, self.dates_section,
                    self.story_section, self.activity_section, self.notes_section)
        return [s.title.text() for s in sections if not s.isHidden()]


def _chip(tag: TagRef) -> ChipTag:
    return ChipTag(tag.name, tag.colour, tag.category)

