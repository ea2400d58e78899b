"""What the detail pane fills after its own turn (issue 18): the sections below its header,
stage and tags, in a quiet turn of their own; for the pane's first contact (the one shown
after select-all, say) also its grids and note, a part a turn.

The first contact's grids' labels and links are all new widgets, styled and laid out for
the first time: a third of the 26-38 ms turn that showed it at 100,000-300,000 contacts.
They fill in the next quiet turn, hidden until then (below what the pane's turn shows:
nothing shown moves when they come); the sections below one a turn (the timeline's in
two: its rows and their paint were the busiest of these turns), the note with the last.
Until then the sections below are hidden (never filled yet, they would say "Nothing
logged yet" of anyone, and out of sight their buttons were still Tab stops and listed by
screen readers), and a space a page high keeps the page taller than the pane, so the
scroll bar it will need is there from the start (one coming later narrowed and reflowed
it all).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from desktop.services.types import ContactDetail
from desktop.ui.common.turns import QuietTurn
from desktop.ui.contacts.detail_parts import ContactSection

# A later turn's fill: the section it shows (None: none, or all below), what fills it, and
# whether the page is sized after it (new rows in a section).
Stage = tuple[ContactSection | None, Callable[[], None], bool]


class StagedFill(QObject):
    """The one owner of the pane's later turns: what fills in each, what stays hidden
    until then, the space that keeps the page taller than the pane meanwhile, and the
    posted check that sizes the page after a section's new rows show.

    Private state: ``turn`` the quiet turn the next stage waits for (the pane's
    ``_below_later``); ``_stages`` what is still to fill, one a turn (see ``Stage``);
    ``_hidden`` the sections below hidden until their first stage (out of Tab's and
    screen readers' reach, not only out of sight); ``_note`` the note's fill, with the
    last stage (None: not waiting); ``_space`` the space a page high, shown while the
    first contact's sections wait, just above the first of them still waiting.
    """

    def __init__(self, pane: QWidget, body: QVBoxLayout, scroll_area: QScrollArea,
                 below: list[ContactSection]) -> None:
        super().__init__(pane)
        self._body = body
        self._scroll_area = scroll_area
        self._below = below  # the pane's sections below its own (a live list)
        self._stages: list[Stage] = []
        self._note: Callable[[], None] | None = None
        self._hidden: list[ContactSection] = []
        self._space = QWidget()
        self._space.hide()
        body.addWidget(self._space)
        self.turn = QuietTurn(pane, self._run, least_turns=1)

    def is_active(self) -> bool:
        return self.turn.is_active()

    def stop(self) -> None:
        """Nothing more to fill (the pane fills it all now, or shows another contact)."""
        self._drop()
        self._show_hidden(list(self._hidden))

    def _drop(self) -> None:
        self.turn.stop()
        self._stages = []
        self._note = None
        self._space.setVisible(False)

    def _show_hidden(self, sections: list[ContactSection]) -> None:
        for section in sections:
            if section in self._hidden:
                self._hidden.remove(section)
                section.setVisible(True)  # before its fill: the section may hide itself

    def start(self, detail: ContactDetail) -> None:
        """The sections below in the next quiet turn (a contact after the first; those
        never filled stay hidden until then)."""
        self._drop()
        sections = list(self._below)

        def fill() -> None:
            self._show_hidden(sections)
            for section in sections:
                section.show_contact(detail)

        self._stages = [(None, fill, True)]
        self.turn.start()

    def start_first(self, detail: ContactDetail, grids: Callable[[], None],
                    note: Callable[[], None], hidden: list[QWidget]) -> None:
        """The pane's first contact: *grids* in the next quiet turn, the sections below one
        a turn after it, *note* with the last; *hidden* (the grids' and the note's
        sections) are hidden until then, and so are the sections below: out of sight is
        not enough, Tab and a screen reader would reach their buttons (issue 18)."""
        self._drop()
        for part in hidden:
            part.setVisible(False)
        for section in self._below:
            if section not in self._hidden:
                section.setVisible(False)
                self._hidden.append(section)
        self._stages = [(None, grids, False)]
        for section in self._below:
            # A section's first stage shows it, then fills it; the rest fill more of it.
            for n, fill in enumerate(section.fill_stages(detail)):
                self._stages.append(
                    (section, self._shower(section, fill) if n == 0 else fill, True))
        self._note = note
        if self._below:
            self._place_space(self._below[0])
        self._space.setFixedHeight(max(self._scroll_area.viewport().height(), 1))
        self._space.setVisible(True)
        self.turn.start()

    def finish(self) -> None:
        """Fill now what waits (a command typed right after an arrow key)."""
        while self.turn.is_active():
            self.turn.stop()
            self._run()

    def _shower(self, section: ContactSection, fill: Callable[[], None]
                ) -> Callable[[], None]:
        def show() -> None:
            self._show_hidden([section])
            fill()
        return show

    def _run(self) -> None:
        if not self._stages:
            return
        _, fill, fits = self._stages.pop(0)
        fill()
        if fits:
            QTimer.singleShot(0, self, self._fit_page)  # posted after the rows' own showing
        waiting = next((s for s in self._below if s in self._hidden), None)
        if waiting is not None:
            self._place_space(waiting)
        if self._stages:
            self.turn.start()
            return
        if self._note is not None:
            note, self._note = self._note, None
            note()
        self._space.setVisible(False)

    def _place_space(self, above: QWidget) -> None:
        if self._body.indexOf(self._space) != self._body.indexOf(above) - 1:
            self._body.removeWidget(self._space)
            self._body.insertWidget(self._body.indexOf(above), self._space)

    def _fit_page(self) -> None:
        """The page as tall as its sections are now. Rows just added to a section show in
        a queued call (Qt's, for a widget added to a shown layout); the page's height was
        taken before, from the sections without them, and nothing took it again after:
        the whole page stayed squeezed into that height, its sections overlapping (a
        third of a second or more after select-all at 100,000 contacts, issue 18)."""
        content = self._scroll_area.widget()
        if content is not None:
            need = content.heightForWidth(content.width())
            if need > content.height():
                content.resize(content.width(), need)
