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
screen readers); each is filled while hidden and shows itself once filled, so what it
adds is laid out once. Meanwhile the page is kept a pane's height taller than its sections
(``_keep_tall``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QScrollArea, QWidget

from desktop.services.types import ContactDetail
from desktop.ui.common.turns import QuietTurn
from desktop.ui.contacts.detail_parts import ContactSection

# A later turn's fill: the section it fills (None: the grids, or all the sections below)
# and what fills it.
Stage = tuple[ContactSection | None, Callable[[], None]]


class StagedFill(QObject):
    """The one owner of the pane's later turns: what fills in each, what stays hidden
    until then, and the page's height meanwhile.

    Private state: ``turn`` the quiet turn the next stage waits for (the pane's
    ``_below_later``); ``_stages`` what is still to fill, one a turn (see ``Stage``);
    ``_hidden`` the sections below hidden until their first stage (out of Tab's and
    screen readers' reach, not only out of sight); ``_note`` the note's fill, with the
    last stage (None: not waiting).
    """

    def __init__(self, pane: QWidget, scroll_area: QScrollArea,
                 below: list[ContactSection]) -> None:
        super().__init__(pane)
        self._scroll_area = scroll_area
        self._below = below  # the pane's sections below its own (a live list)
        self._stages: list[Stage] = []
        self._note: Callable[[], None] | None = None
        self._hidden: list[ContactSection] = []
        self.turn = QuietTurn(pane, self._run, least_turns=1)

    def is_active(self) -> bool:
        return self.turn.is_active()

    def stop(self) -> None:
        """Nothing more to fill (the pane fills it all now, or shows another contact: each
        section shows itself once filled)."""
        self._drop()
        self._hidden.clear()

    def _drop(self) -> None:
        self.turn.stop()
        self._stages = []
        self._note = None
        self._keep_tall(False)

    def _filled(self, sections: list[ContactSection]) -> None:
        """*sections* are filled (each showed itself, or hid itself with nothing to show)."""
        for section in sections:
            if section in self._hidden:
                self._hidden.remove(section)

    def start(self, detail: ContactDetail) -> None:
        """The sections below in the next quiet turn (a contact after the first; those
        never filled stay hidden until then)."""
        self._drop()
        sections = list(self._below)

        def fill() -> None:
            for section in sections:
                section.show_contact(detail)
            self._filled(sections)

        self._stages = [(None, fill)]
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
        self._stages = [(None, grids)]
        for section in self._below:
            # A section's first stage fills it (hidden: it shows itself when filled); the
            # rest fill more of it.
            for n, fill in enumerate(section.fill_stages(detail)):
                self._stages.append((section, self._first(section, fill) if n == 0 else fill))
        self._note = note
        self._keep_tall(True)
        self.turn.start()

    def finish(self) -> None:
        """Fill now what waits (a command typed right after an arrow key)."""
        while self.turn.is_active():
            self.turn.stop()
            self._run()

    def _first(self, section: ContactSection, fill: Callable[[], None]
               ) -> Callable[[], None]:
        def first() -> None:
            fill()
            self._filled([section])
        return first

    def _run(self) -> None:
        if not self._stages:
            return
        _, fill = self._stages.pop(0)
        fill()
        if self._stages:
            self._keep_tall(True)
            self.turn.start()
            return
        if self._note is not None:
            note, self._note = self._note, None
            note()
        self._keep_tall(False)

    def _keep_tall(self, tall: bool) -> None:
        """While the first contact fills (*tall*): the page a pane's height taller than
        its sections, so that a section shown, and what is shown in it, is laid out with
        room below (Qt lays a page out at once when a widget on it shows: on a page just
        as tall as its sections it squeezed every wrapping label on it, then the scroll
        area made the page taller and it was all laid out again, each label resized and
        repainted twice; most of each later turn after select-all, issue 18), and its
        scroll bar is there from the start (one coming later narrowed and reflowed the
        page). A minimum height, not a space before the sections waiting: moved down as
        each showed, it repainted the page from there down. Otherwise (not *tall*): as
        tall as its sections."""
        content = self._scroll_area.widget()
        if content is None:
            return
        height = 0
        if tall:
            layout = content.layout()
            need = layout.totalHeightForWidth(content.width()) if layout is not None else 0
            height = max(need, 1) + self._scroll_area.viewport().height()
        if content.minimumHeight() != height:
            content.setMinimumHeight(height)
