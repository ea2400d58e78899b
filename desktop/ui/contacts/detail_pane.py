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
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services import contacts, tags
from desktop.services.errors import ServiceError
from desktop.services.types import (
    Changes,
    ContactDetail,
    ContactId,
)
from desktop.ui.common import formatting, tokens
from desktop.ui.common.formatting import date_text as format_date
from desktop.ui.common.formatting import relative_days
from desktop.ui.common.turns import QuietTurn
from desktop.ui.contacts import detail_fields
from desktop.ui.contacts.contact_editor import ContactEditorDialog
from desktop.ui.contacts.detail_fields import SHOWN_VALUES
from desktop.ui.contacts.detail_header import DetailHeader
from desktop.ui.contacts.detail_parts import (
    STAGES,
    ContactSection,
    FieldGrid,
    NoteView,
    Section,
    StageSelector,
    TextRow,
    data_label,
    pane_style,
    pane_text,
)
from desktop.ui.contacts.detail_tags import SHOWN_TAGS, TagSections
from desktop.ui.contacts.facts_section import FactsSection
from desktop.ui.contacts.introductions_section import IntroductionsSection
from desktop.ui.contacts.staged_fill import StagedFill
from desktop.ui.contacts.timeline_section import TimelineSection
from desktop.ui.operations import Operations

# What the pane draws of a contact that has very much (issue 13: 50,000 e-mails took 339 s
# to select, a 10 MB note 5 s): the first of each, and how many more there are (e-mails,
# phones, addresses, URLs: detail_fields.SHOWN_VALUES each).
SHOWN_NOTE = 20_000  # characters of the note
SHOWN_LIMIT = max(SHOWN_VALUES, SHOWN_TAGS) + 1  # what is read: one more says "more"


class DetailPane(QWidget):
    """Shows one contact and lets the user change its stage and tags in place.

    Private state: ``_contact_id`` is the contact to show (None: the placeholder), shown
    now or, asked for ``later``, in a turn of its own (``_later``), and what lies below the
    pane's own in later quiet turns (``_staged``, see ``staged_fill``: the sections below;
    for the pane's first contact shown ``later`` also the grids and the note, a part a
    turn; its quiet turn is ``_below_later``);
    ``_detail`` is what was last read for the contact shown;
    ``_me_id`` is the user's own profile as of that read (its tags decide "In common");
    ``_completions_stale`` says the tag names offered for completion must be re-read (a
    tag was added, renamed or deleted).
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
        # A page grown or shrunk repaints only what it uncovers, not all of it (its later
        # parts come in turns of their own, below what is shown: issue 18).
        content.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.scroll_area.setWidget(content)
        body = QVBoxLayout(content)
        body.setContentsMargins(20, 20, 20, 24)
        body.setSpacing(0)

        # Header: picture, name, title · organisation, badge, Edit (``detail_header``).
        self.header = DetailHeader()
        self.avatar, self.name_label = self.header.avatar, self.header.name_label
        self.subtitle_label = self.header.subtitle_label
        self.nickname_label, self.me_badge = self.header.nickname_label, self.header.me_badge
        self.edit_button, self.header_buttons = self.header.edit_button, self.header.buttons
        self.edit_button.clicked.connect(self.edit_current)
        self.briefing_button = self.add_header_button(
            self.tr("Briefing…"),
            self.tr("Preview, print or save a one-page briefing on this person (Ctrl+Shift+B)"),
            lambda: self.briefing_requested.emit(self._contact_id))
        self.briefing_button.setShortcut("Ctrl+Shift+B")
        body.addWidget(self.header)
        self._body = body

        self.stage_section = Section(self.tr("Relationship stage"))
        self.stage_selector = StageSelector()
        self.stage_selector.stage_chosen.connect(self._set_stage)
        self.stage_section.body.addWidget(self.stage_selector)
        self.stage_hint = data_label(object_name="hint")
        self.stage_section.body.addWidget(self.stage_hint)
        body.addWidget(self.stage_section)

        # Tags, in common, topics to avoid (``detail_tags``).
        self.tags = TagSections(self)
        for section in self.tags.sections():
            body.addWidget(section)
        t = self.tags
        self.tags_section, self.tag_chips, self.more_tags_label = (
            t.tags_section, t.tag_chips, t.more_tags_label)
        self.common_section, self.common_chips = t.common_section, t.common_chips
        self.common_hint, self.me_hint = t.common_hint, t.me_hint
        self.avoid_section, self.avoid_chips = t.avoid_section, t.avoid_chips
        self.tag_chips.tags_edited.connect(self._tags_edited)
        self.tag_chips.completions_needed.connect(self._load_completions)
        self.avoid_chips.tags_edited.connect(self._tags_edited)
        self._filled: dict[str, object] = {}  # what each grid of _fill shows (its key)

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
        # Sections other features contribute (timeline, favours, introductions...): each
        # is a ContactSection, inserted before Notes, and told which contact is shown.
        self.extra_sections: list[ContactSection] = []
        self._below: list[ContactSection] = []  # those not at the top
        # The sections below fill in a quiet turn after the pane's (issue 18: the
        # timeline's and the introductions' rows were 10-11 of the 37-41 ms of the pane's
        # turn after select-all at 300,000 contacts); the first contact's grids too.
        self._staged = StagedFill(self, self.scroll_area, self._below)
        self._below_later = self._staged.turn

        self.notes_section = Section(self.tr("Notes"))
        self.note_view = NoteView()
        self.note_view.setAccessibleName(self.tr("Notes"))
        self.notes_section.body.addWidget(self.note_view)
        body.addWidget(self.notes_section)

        self.add_section(FactsSection(ops, self), top=True)
        self.add_section(TimelineSection(ops, self))
        self.add_section(IntroductionsSection(ops, self))

        body.addStretch(1)
        # What show_contact(later=True) and a change shown ask for: the contact read and
        # shown in a turn of its own, after the window's repaint (see QuietTurn).
        self._later = QuietTurn(self, self._show_later)
        # The tag chips and section widgets of the first contact to come, made ahead (see
        # prepare).
        self._ahead_later = QuietTurn(self, self._make_ahead)
        self._ahead_done = False
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

    def prepare(self) -> None:
        """Show the contact page once, before its first contact, and hide it again before
        anything paints (start-up calls this in a turn of its own, the pane in place): the
        first showing styled and laid out the whole page, 12-24 ms of the turn that showed
        the first contact, after select-all at 300,000 contacts (issue 18)."""
        if self._stack.currentWidget() is self.placeholder and self.isVisible():
            self._stack.setCurrentWidget(self.scroll_area)
            self._stack.setCurrentWidget(self.placeholder)
            # The tag chips and the sections' widgets of the first contact to come, in
            # quiet turns of their own (a part a turn).
            self._ahead_later.start()

    def made_ahead(self) -> bool:
        """Whether what ``prepare`` makes ahead is all made."""
        return self._ahead_done

    def _make_ahead(self) -> None:
        self._ahead_done = False
        if (self.tags.make_spare_chips()
                or self.contact_grid.make_spares()
                or any(g.make_spares(("name", "text"), 3)
                       for g in (self.dates_grid, self.story_grid, self.activity_grid))
                or any(s.make_ahead() for s in self.extra_sections)):
            self._ahead_later.start()
        else:
            self._ahead_done = True

    def add_section(self, section: ContactSection, *, top: bool = False) -> None:
        """Add a feature's section to the pane: above Notes, or (*top*) right under the
        header (pinned facts, issue 15)."""
        anchor = self.stage_section if top else self.notes_section
        self._body.insertWidget(self._body.indexOf(anchor), section)
        self.extra_sections.append(section)
        if not top:
            self._below.append(section)
        if self._detail is not None:
            section.show_contact(self._detail)

    def add_header_button(self, text: str, tooltip: str, slot: Callable[[], None]
                          ) -> QPushButton:
        """A button under Edit in the header (e.g. "Briefing…")."""
        button = QPushButton(text)
        button.setToolTip(tooltip)
        button.clicked.connect(slot)
        self.header.add_button(button)
        return button

    # --- public API (the main window's contract) ----------------------------------------

    def contact_id(self) -> ContactId | None:
        """The contact the pane shows (None: the placeholder); one asked for ``later``
        once it shows."""
        return self._detail.id if self._detail is not None else None

    def show_contact(self, contact_id: ContactId | None, *, later: bool = False) -> None:
        """Show *contact_id* (None: the placeholder) now, or (*later*) in a turn of its own
        after the window's repaint: the list's current row just changed, and its repaint
        with the pane's fill in one turn held the event loop 100 ms after select-all at
        300,000 contacts (issue 18). Several calls before then show only the last contact;
        Edit and Briefing… act on it at once."""
        if contact_id != self._contact_id:
            # Half-typed text meant for the last person must not tag this one on Enter.
            self.tag_chips.clear_input()
        self._contact_id = contact_id
        if later:
            self._later.start()
        else:
            self._later.stop()
            self._show_now()

    def filling_later(self) -> bool:
        """A contact (or a change to it) waits to be shown (see ``show_contact``), or its
        grids or sections below the pane's own do."""
        return self._later.is_active() or self._staged.is_active()

    def finish_showing(self) -> None:
        """Show now what waits to be shown: a command on the contact shown (Ctrl+R) typed
        right after an arrow key acts on the contact that key chose."""
        if self._later.is_active():
            self._later.stop()
            self._show_now()
        self._staged.finish()

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
        if self._detail is not None:
            self._ops.set_tags(self._detail.id, self.tags.edited_names(self._detail.id))

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
            or changes.day  # "due tomorrow", "5 years", "did it take place?"
        ):
            # In a turn of its own, after the change's other views (the list, the
            # calendar's lists, the sidebar) have repainted: each under 30 ms, together
            # 35-70 ms at 300,000 contacts (issue 18). Several changes in one turn (an
            # operation and its follow-ups) read the contact once.
            self._later.start()

    def _show_later(self) -> None:
        self._show_now(below_later=True)

    def _show_now(self, below_later: bool = False) -> None:
        shown = self._detail.id if self._detail is not None else None
        self._refresh(keep_scroll=self._contact_id is not None and self._contact_id == shown,
                      below_later=below_later)

    def _refresh(self, keep_scroll: bool, below_later: bool = False) -> None:
        detail = (contacts.get_contact(self._contact_id, limit=SHOWN_LIMIT)
                  if self._contact_id is not None else None)
        self._detail = detail
        if detail is None:
            self._contact_id = None
            self._stack.setCurrentWidget(self.placeholder)
            return
        scroll_value = self.scroll_area.verticalScrollBar().value()
        # No setUpdatesEnabled(False) around the fill: Qt paints after it anyway, and
        # turning updates back on repainted the whole pane (7 ms after every change, a
        # follow-up done in the calendar; issue 18): now only what changed repaints.
        try:
            self._fill(detail, below_later)
        except ServiceError:
            # The contact went while the pane was being filled (another connection's
            # commit between two of the fill's reads: a sync, a restore): nothing to show.
            if contacts.get_contact(detail.id, limit=SHOWN_LIMIT) is not None:
                raise
            self._detail, self._contact_id = None, None
            self._stack.setCurrentWidget(self.placeholder)
            return
        self._stack.setCurrentWidget(self.scroll_area)
        if keep_scroll:
            # The new content is laid out on the next event loop pass; restore then.
            bar = self.scroll_area.verticalScrollBar()
            QTimer.singleShot(0, bar, lambda: bar.setValue(scroll_value))
        else:
            self.scroll_area.verticalScrollBar().setValue(0)

    def _fill(self, detail: ContactDetail, below_later: bool = False) -> None:
        if not below_later:
            self._staged.stop()
        elif not self._filled:
            # The pane's first contact (after select-all, say): its grids, the sections
            # below and its note in later quiet turns, each hidden or out of sight until
            # then (see staged_fill).
            self._staged.start_first(
                detail, lambda: self._fill_grids(detail), lambda: self._fill_note(detail),
                [self.contact_section, self.dates_section, self.story_section,
                 self.activity_section, self.notes_section])
        else:
            self._staged.start(detail)
        for section in self.extra_sections:
            if not (below_later and section in self._below):
                section.show_contact(detail)
        f = detail.fields
        self._me_id = detail.id if detail.is_me else contacts.me_id()

        self.header.fill(detail)
        self.stage_section.setVisible(not detail.is_me)
        self.stage_selector.set_stage(f.stage)
        hint = next((h for key, _, h in STAGES if key == f.stage), "")
        self.stage_hint.setText(pane_text(hint) if hint else "")

        self.tags.fill(detail, self._me_id)
        if below_later and not self._filled:
            return
        self._fill_grids(detail)
        self._fill_note(detail)

    def _fill_grids(self, detail: ContactDetail) -> None:
        f = detail.fields
        today = dt.date.today()
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

    def _fill_note(self, detail: ContactDetail) -> None:
        note = (detail.fields.note or "").strip()
        self.notes_section.setVisible(bool(note))
        if len(note) > SHOWN_NOTE:
            more = self.tr("… and {count} more characters (Edit shows the whole note)")
            note = f"{note[:SHOWN_NOTE]}\n\n{more.format(count=f'{len(note) - SHOWN_NOTE:,}')}"
        self.note_view.set_note(note)

    def _fill_activity(self, detail: ContactDetail, today: dt.date) -> None:
        f = detail.fields
        rows: list[TextRow] = []
        if f.keep_in_touch_days is not None:
            n = f.keep_in_touch_days
            text = (self.tr("No reminders (0 days)") if n == 0
                    else self.tr("Every %Ln day(s)", "", n))
            rows.append((self.tr("Cadence"), text, ""))
        if detail.last_interaction_at is not None:
            when = detail.last_interaction_at.date()
            rows.append((self.tr("Last contact"),
                         f"{format_date(when)} · {relative_days((when - today).days)}", ""))
        if detail.next_followup_on is not None:
            due = detail.next_followup_on
            days = (due - today).days
            rows.append((self.tr("Follow up"), (
                self.tr("%1 · overdue by %2").replace("%2", formatting.span(days)) if days < 0
                else self.tr("%1 · due %2").replace("%2", relative_days(days))
            ).replace("%1", format_date(due)), "overdue" if days < 0 else ""))
        # A follow-up done or snoozed changes one date: the labels stay (issue 18).
        self.activity_grid.set_text_rows(rows)

    # --- helpers for tests and accessibility --------------------------------------------

    def visible_sections(self) -> list[str]:
        """The titles of the sections currently shown, top to bottom."""
        sections = (self.stage_section, self.tags_section, self.common_section,
                    self.avoid_section, self.contact_section, self.dates_section,
                    self.story_section, self.activity_section, self.notes_section)
        return [s.title.text() for s in sections if not s.isHidden()]
