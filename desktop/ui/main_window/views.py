"""The middle column's views (the contact list, the calendar, the network), one at a
time, built on first use; the commands that depend on the view shown (Find, Remind Me,
How Do I Reach); and the keyboard's way through the panes (Tab, F6)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QWidget

from desktop.services.types import ContactId
from desktop.ui.common import focus
from desktop.ui.common.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.ui.main_window.window import MainWindow

VIEW_LIST = "list"
VIEW_CALENDAR = "calendar"
VIEW_NETWORK = "network"
# name, title, tip, icon (the titles and tips are translated where they are shown)
VIEWS = (
    (VIEW_LIST, QT_TRANSLATE_NOOP("WindowActions", "&Contacts"),
     QT_TRANSLATE_NOOP("WindowActions", "The contact list"), "view-list"),
    (VIEW_CALENDAR, QT_TRANSLATE_NOOP("WindowActions", "C&alendar"),
     QT_TRANSLATE_NOOP("WindowActions", "Follow-ups, meetings and birthdays by day"),
     "view-calendar"),
    (VIEW_NETWORK, QT_TRANSLATE_NOOP("WindowActions", "&Network"),
     QT_TRANSLATE_NOOP("WindowActions", "Who knows whom: connectors and warm paths"),
     "view-network"),
)
VIEWS_MIN_HEIGHT = 240


class ViewSwitcher(QObject):
    """Fills ``window.views`` (a stack whose first page is the list pane)."""

    def __init__(self, window: MainWindow, list_pane: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._list_pane = list_pane
        self._views: dict[str, QWidget] = {VIEW_LIST: list_pane}
        self._pages: dict[str, QWidget] = {VIEW_LIST: list_pane}  # what the stack holds

    def prepare(self, name: str) -> QWidget:
        """The view *name*, built and in the middle column's stack if it was not yet, not
        shown: start-up builds the calendar ahead (issue 18: building it was ~25 ms of
        the turn that opened it at 300,000 contacts)."""
        view = self._views.get(name)
        if view is None:
            view = self._build_view(name)
            self._views[name] = view
            self._pages[name] = page = self._scrolled(view)
            self._window.views.addWidget(page)
        return view

    @Slot()
    def show_view(self, name: str) -> QWidget:
        """Show the list, calendar or network in the middle column (built on first use)."""
        window = self._window
        view = self.prepare(name)
        if name != VIEW_LIST:
            window.leave_empty_state()
        window.views.setCurrentWidget(self._pages[name])
        window.commands.view_actions[name].setChecked(True)
        shown = window.contact_list.shown_id
        if name != VIEW_LIST and shown is not None:
            select = getattr(view, "select_contact", None)
            if select is not None:
                select(shown)
        return view

    @property
    def current_view(self) -> str:
        current = self._window.views.currentWidget()
        return next((n for n, w in self._pages.items() if w is current), VIEW_LIST)

    def _scrolled(self, view: QWidget) -> QWidget:
        """*view* in a frameless scroll area: where the window is smaller than the view's
        least size (a 1024×640 screen) the view scrolls instead of its parts overlapping."""
        if view.minimumSizeHint().height() <= VIEWS_MIN_HEIGHT:
            return view
        area = QScrollArea(self._window)
        area.setObjectName(f"{type(view).__name__}Scroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(view)
        return area

    def _build_view(self, name: str) -> QWidget:
        window = self._window
        view: QWidget
        try:
            # Made in the stack that shows it: moved there from the window, a styled
            # panel was polished all over again (the network's, 8-16 ms; issue 18).
            if name == VIEW_CALENDAR:
                from desktop.ui.calendar.calendar_panel import CalendarPanel

                view = CalendarPanel(window.ops, window.views)
            elif name == VIEW_NETWORK:
                from desktop.ui.network.panel import GraphPanel

                view = GraphPanel(window.ops, window.views)
            else:
                raise ValueError(name)
        except ImportError:  # a view still being built: say so rather than fail
            label = QLabel(self.tr("This view is not available in this build."), window)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return label
        signal = getattr(view, "contact_selected", None)
        if signal is not None:
            signal.connect(self._on_view_selected_contact)
        return view

    @Slot(object)
    def _on_view_selected_contact(self, contact_id: ContactId) -> None:
        """A panel (calendar, network) picked someone: the list and the detail pane follow."""
        contact_list = self._window.contact_list
        contact_list.select_contact(contact_id)
        contact_list.show(contact_id)

    # --- commands that depend on the view ------------------------------------------------

    @Slot()
    def focus_search(self) -> None:
        """Edit > Find: the current view's search (the network's find field), else the
        contact list's search field."""
        window = self._window
        if window.showing_empty_state:
            return
        view = self._views.get(self.current_view)
        focus_find = getattr(view, "focus_find", None) if view is not self._list_pane else None
        if focus_find is not None:
            focus_find()
            return
        if view is not self._list_pane:
            self.show_view(VIEW_LIST)
        window.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        window.search_field.selectAll()

    @Slot()
    def remind_me(self) -> QWidget | None:
        """Edit > Remind Me… (Ctrl+R): in the calendar, on the day selected there (its own
        "Remind me…"); elsewhere a follow-up for the person the detail pane shows."""
        if self._window.showing_empty_state:
            return None
        if self.current_view == VIEW_CALENDAR:
            remind = getattr(self._views.get(VIEW_CALENDAR), "remind_me", None)
            if remind is not None:
                return remind()
        return self._window.contact_list.remind_me()

    @Slot()
    def reach_someone(self) -> QWidget:
        """View > How Do I Reach…? (Ctrl+Shift+R): the network view, its "How do I
        reach…?" field ready to type in."""
        view = self.show_view(VIEW_NETWORK)
        focus_reach = getattr(view, "focus_reach", None)
        if focus_reach is not None:
            focus_reach()
        return view

    @Slot()
    def open_agenda(self) -> QWidget:
        """The calendar on today (a reminder was clicked)."""
        window = self._window
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        view = self.show_view(VIEW_CALENDAR)
        go_today = getattr(view, "go_today", None)
        if go_today is not None:
            go_today()
        return view

    # --- keyboard focus (issue 14) ---------------------------------------------------------

    def panes(self) -> list[list[QWidget]]:
        """The Tab stops of each pane as the screen shows them: for the list, the search
        field, the sidebar, the list, the detail pane; in the other views the sidebar, the
        view and the detail pane. Each pane's own stops are in reading order."""
        window = self._window
        if window.showing_empty_state:
            return []
        sidebar: list[QWidget] = [w for w in (window.sidebar.view,) if focus.takes_tab(w)]
        pane = window.detail_if_built
        if pane is not None:
            pane.finish_showing()  # its stops are those of the contact just chosen
        detail = focus.tab_stops(pane) if pane is not None else []
        view = window.views.currentWidget()
        panes: list[list[QWidget]]
        if self.current_view == VIEW_LIST:
            search: list[QWidget] = [w for w in (window.search_field,) if focus.takes_tab(w)]
            table: list[QWidget] = [w for w in (window.table,) if focus.takes_tab(w)]
            panes = [search, sidebar, table, detail]
        else:
            panes = [sidebar, focus.tab_stops(view) if view is not None else [], detail]
        return [pane for pane in panes if pane]

    def move_focus(self, forward: bool) -> bool:
        """Tab and Shift+Tab through ``panes``; False where they do not apply."""
        stops = [w for pane in self.panes() for w in pane]
        return focus.move_focus(stops, QApplication.focusWidget(), forward)

    @Slot()
    def cycle_pane(self, forward: bool = True) -> None:
        """F6 / Shift+F6: the focus to the first stop of the next (previous) pane."""
        panes = self.panes()
        if not panes:
            return
        current = QApplication.focusWidget()
        index = next((i for i, pane in enumerate(panes)
                      if current is not None
                      and any(w is current or w.isAncestorOf(current) for w in pane)), -1)
        if index < 0:
            target = panes[0] if forward else panes[-1]
        else:
            target = panes[(index + (1 if forward else -1)) % len(panes)]
        focus.focus_on(target[0], Qt.FocusReason.TabFocusReason)
