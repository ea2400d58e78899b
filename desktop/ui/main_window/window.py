"""The main window: sidebar | contact list (or calendar, or network) | detail pane, with
the menus, toolbar and status bar. It assembles the views and connects them; the work is
its collaborators': ``contact_list`` (search, selection, the contact shown), ``views``
(which view shows, Tab and F6), ``files`` (import, capture, export, drops), ``tools`` (the
tool dialogs, the demo network), ``today_watch`` (what is due), ``geometry`` (sizes
saved and restored) and ``commands`` (the actions, menus and toolbar).

Reads go through ``desktop.services``; every change goes through ``Operations`` and
comes back as ``changes_applied``, the one signal the window refreshes from.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services import contacts, overview, phones, tags
from desktop.services.types import Changes, TagInfo
from desktop.ui.common import icons, tokens
from desktop.ui.common.idle_collector import IdleCollector
from desktop.ui.common.preload import (
    CALENDAR,
    CALENDAR_VIEW,
    DETAIL,
    IMPORTER,
    NETWORK,
    ModuleLoader,
    Preload,
)
from desktop.ui.common.search_tidy import tidy_search_index
from desktop.ui.common.settings import Settings
from desktop.ui.common.translatable import QT_TRANSLATE_NOOP
from desktop.ui.common.turns import QuietTurn
from desktop.ui.contacts.contact_list_model import ContactListModel
from desktop.ui.contacts.list_view import ContactTable
from desktop.ui.empty_state import EmptyState
from desktop.ui.main_window.actions import WindowActions
from desktop.ui.main_window.activation import ListActivation
from desktop.ui.main_window.contact_list import ContactListController
from desktop.ui.main_window.files import FileFlows
from desktop.ui.main_window.geometry import DETAIL_MIN, SIDEBAR_MIN, VIEWS_MIN_WIDTH, WindowGeometry
from desktop.ui.main_window.today import TodayWatch
from desktop.ui.main_window.tools import DEMO_PEOPLE, ToolDialogs
from desktop.ui.main_window.views import VIEW_CALENDAR, VIEWS_MIN_HEIGHT, ViewSwitcher
from desktop.ui.operations import Operations
from desktop.ui.sidebar import Sidebar

if TYPE_CHECKING:
    from desktop.ui.contacts.detail_pane import DetailPane

SEARCH_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "MainWindow", "Search names, organisations, emails, phones, tags, notes…")
FIRST_PAGE = 200  # rows loaded before the first paint (a tall screen shows ~60)


class MainWindow(QMainWindow):
    """Private state: ``_painted`` says the first paint was announced; ``_detail`` is the
    detail pane once built (see ``detail``); ``_forced_list``: the user asked for the list
    (or a view) while there are no contacts, so the welcome screen gives way."""

    first_paint = Signal()  # the list (or the empty state) painted for the first time

    def __init__(
        self,
        ops: Operations,
        settings: Settings | None = None,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.settings = settings if settings is not None else Settings()
        self._today = today
        self._painted = False
        self._forced_list = False
        # Full garbage collections in idle time, what start-up made frozen (issue 18).
        self.idle_collector = IdleCollector(self)
        self.idle_collector.quiet.connect(tidy_search_index)  # the search index's merges
        self.idle_collector.start()
        self._preloader = ModuleLoader(self)
        self._preloader.loaded.connect(self._next_startup_step)
        self._startup_steps: list[tuple[Preload | None, Callable[[], None] | None]] = []
        self._ran_step: Callable[[], None] | None = None  # the step whose modules load
        self._pending_detail: DetailPane | None = None  # built, not yet in the window
        self._startup_started = False
        self._startup_finished = False  # every step of finish_startup has run
        self._detail_prepared: QuietTurn | None = None  # the pane's page styled ahead

        self.setWindowTitle(self.tr("Rapport"))
        self.setAcceptDrops(True)
        self.setUnifiedTitleAndToolBarOnMac(True)

        self.sidebar = Sidebar(self)
        self.sidebar.setMinimumWidth(SIDEBAR_MIN)

        # The list column: search field above the table. The first paint needs one
        # screenful of ids; the rest (100,000 ids, ~25 ms) are appended right after it,
        # in finish_startup.
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("SearchField")
        self.search_field.setPlaceholderText(self.tr(SEARCH_PLACEHOLDER))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setAccessibleName(self.tr("Search contacts"))
        self.search_field.addAction(icons.icon("find"),
                                    QLineEdit.ActionPosition.LeadingPosition)
        self.model = ContactListModel(self, today=today, first_page=FIRST_PAGE,
                                      background=True)
        self.table = ContactTable(self.model, self)
        self.table.first_painted.connect(self._announce_first_paint)
        # The window's own progress dialog leaves the list looking active (issue 18).
        self.list_activation = ListActivation(self, [self.table])
        list_pane = QWidget(self)
        list_pane.setObjectName("ListPane")
        list_pane.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        list_layout = QVBoxLayout(list_pane)
        list_layout.setContentsMargins(0, 10, 0, 0)
        list_layout.setSpacing(8)
        search_row = QVBoxLayout()
        search_row.setContentsMargins(12, 0, 12, 0)
        search_row.addWidget(self.search_field)
        list_layout.addLayout(search_row)
        list_layout.addWidget(self.table)

        # The detail pane is built right after the first paint, or when first needed:
        # until then an identical-looking placeholder holds its place, so the list appears
        # sooner (DESIGN.md's start-up budget).
        self._detail: DetailPane | None = None
        self._detail_placeholder = QLabel(self.tr("Select a contact"), self)
        self._detail_placeholder.setObjectName("DetailPlaceholder")
        self._detail_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._detail_placeholder.setMinimumWidth(DETAIL_MIN)
        self._detail_placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._detail_column = QStackedWidget(self)
        self._detail_column.addWidget(self._detail_placeholder)

        # The middle column shows one view at a time: the contact list, the follow-up
        # calendar or the introduction network (see ViewSwitcher). A view's own minimum
        # (the network's toolbar, the calendar's grid) must never push the window wider
        # than the screen (QA g01): the splitter ignores it and keeps this one; a view
        # narrower than it wants is clipped, not the window grown. Likewise its height: a
        # view that needs more than a 640-pixel screen gives scrolls.
        self.views = QStackedWidget(self)
        self.views.setObjectName("Views")
        self.views.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.views.setMinimumSize(VIEWS_MIN_WIDTH, VIEWS_MIN_HEIGHT)
        self.views.addWidget(list_pane)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(self._detail_column)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)

        self.empty_state = EmptyState(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty_state)
        self.setCentralWidget(self.stack)

        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().setSizeGripEnabled(False)

        # The collaborators, then the actions that call them.
        self.view_switcher = ViewSwitcher(self, list_pane)
        self.files = FileFlows(self)
        self.tools = ToolDialogs(self)
        self.today_watch = TodayWatch(self, today)
        self.geometry_keeper = WindowGeometry(self)
        self.contact_list = ContactListController(self)
        self.commands = WindowActions(self)
        self.toolbar = self.commands.toolbar

        self.empty_state.import_requested.connect(self.files.choose_vcards)
        self.empty_state.demo_requested.connect(lambda: self.tools.load_demo(DEMO_PEOPLE))
        self.empty_state.new_contact_requested.connect(self.contact_list.new_contact)
        self.empty_state.painted.connect(self._announce_first_paint)
        self.contact_list.selection_changed.connect(self._update_actions)
        ops.changes_applied.connect(self._on_changes)
        ops.failed.connect(self._on_failed)
        ops.notice.connect(self._on_notice)
        ops.set_dialog_parent(self)

        # Tags with their counts (kept by SQLite: no recount); the built-in lists' counts
        # come after the first paint.
        self._sidebar_tags_later = QuietTurn(self, self._refresh_sidebar_tags)
        self._sidebar_later = QuietTurn(self, self._refresh_sidebar_later)
        self._set_sidebar_tags(tags.list_tags())
        self._has_contacts = overview.has_contacts()
        self.first_paint.connect(self._schedule_finish_startup)
        self.geometry_keeper.restore()
        self.update_empty_state()
        self._update_actions()

    # --- the views ---------------------------------------------------------------------------

    @property
    def detail(self) -> DetailPane:
        """The detail pane, built on first use: its module (and the editor's) is imported
        only then, after the list has painted, to keep start-up short."""
        if self._detail is None:
            pane, self._pending_detail = self._pending_detail or self._new_detail(), None
            pane.contact_created.connect(self.contact_list.select_contact)
            pane.briefing_requested.connect(self.tools.brief_contact)
            self._detail_column.setCurrentWidget(pane)
            self._detail_column.removeWidget(self._detail_placeholder)
            self._detail_placeholder.deleteLater()
            self._detail = pane
            if self.contact_list.shown_id is not None:
                pane.show_contact(self.contact_list.shown_id)
        return self._detail

    def _new_detail(self) -> DetailPane:
        from desktop.ui.contacts.detail_pane import DetailPane

        # Built in its place, hidden behind the placeholder: a pane built elsewhere and
        # moved in was styled twice (30 ms of start-up, issue 18).
        pane = DetailPane(self.ops, self._detail_column)
        self._detail_column.addWidget(pane)
        return pane

    @property
    def detail_if_built(self) -> DetailPane | None:
        """The detail pane if it is built yet (without building it)."""
        return self._detail

    @property
    def showing_empty_state(self) -> bool:
        return self.stack.currentWidget() is self.empty_state

    def update_empty_state(self) -> None:
        """The welcome screen while there are no contacts (unless the user asked for the
        list), else the three columns."""
        if not self._has_contacts and not self._forced_list:
            self.stack.setCurrentWidget(self.empty_state)
        else:
            self._show_splitter()
            self._forced_list = False

    def leave_empty_state(self) -> None:
        """The user asked for something the welcome screen does not show (a new contact,
        their profile, a view): the three columns, even with no contacts."""
        if self.showing_empty_state:
            self._forced_list = True
            self._show_splitter()

    def _show_splitter(self) -> None:
        self.stack.setCurrentWidget(self.splitter)
        if self.isVisible():
            self.geometry_keeper.apply_initial_sizes()

    @Slot()
    def _update_actions(self) -> None:
        self.commands.update_for_selection(
            self.contact_list.current_id() is not None or self.contact_list.shown_id is not None,
            self.contact_list.has_selection())

    # --- changes -------------------------------------------------------------------------------

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        if self.files.list_has_import():
            # An import's end: the list of Last import was just read with it (issue 18:
            # the second reading cost the end a turn); only cells may have changed since
            # (the preview's tag for everyone). The sidebar's counts (5-10 ms at 300,000
            # contacts) follow in a turn of their own, after the list's repaint.
            self.model.apply_changes(replace(changes, contacts_added_or_removed=False))
            if changes.tags:
                self._set_tag_colours(tags.list_tags())
            self._sidebar_later.start()
            self.contact_list.update_count()
            return
        if changes.contacts_added_or_removed and len(changes.contacts) == 1:
            self.contact_list.focus_after_refresh = next(iter(changes.contacts))
        self.model.apply_changes(changes)
        self.contact_list.focus_after_refresh = None
        if changes.contacts_added_or_removed:
            self._refresh_sidebar()
        elif changes.followups or changes.focus or changes.day:
            # A follow-up done or snoozed changes the counts of the Due and Overdue lists
            # only (issue 18: reading them, 3-5 ms at 300,000 contacts, was in the turn of
            # the calendar's key press): they follow in a turn of their own, after the
            # window's repaint of what the user acted on.
            if changes.tags:
                self._set_tag_colours(tags.list_tags())
            self._sidebar_later.start()
        elif changes.tags:
            # Tagging changes no list's count, only the tags' (issue 18: the lists'
            # counts read 300,000 contacts, 5-8 ms, after every tag added). The list draws
            # a new tag in its colour now; the sidebar's entries follow in a turn of their
            # own, after the list's repaint of the tagged rows (together in the turn that
            # ended tagging 300,000 contacts, issue 18).
            self._set_tag_colours(tags.list_tags())
            self._sidebar_tags_later.start()
        if changes.contacts_added_or_removed:
            self.update_empty_state()
        self.contact_list.update_count()

    def _refresh_sidebar_later(self) -> None:
        """The sidebar's counts after an import's end (see ``_on_changes``), and what
        follows from them: the empty state, the count label."""
        self._refresh_sidebar()
        self.update_empty_state()
        self.contact_list.update_count()

    def _refresh_sidebar(self) -> None:
        self._sidebar_later.stop()
        counts = overview.list_counts(self._today)
        self.contact_list.total = counts.all
        self._has_contacts = counts.all > 0
        self.sidebar.set_counts(counts)
        # Only an import still in place can be undone (QA: it was enabled with none).
        self.commands.undo_import_action.setEnabled(counts.has_import)
        self._set_sidebar_tags(tags.list_tags())

    def _set_sidebar_tags(self, tag_list: list[TagInfo]) -> None:
        self._sidebar_tags_later.stop()
        self.sidebar.set_tags(tag_list)
        self._set_tag_colours(tag_list)

    def _refresh_sidebar_tags(self) -> None:
        self.sidebar.set_tags(tags.list_tags())

    def _set_tag_colours(self, tag_list: list[TagInfo]) -> None:
        self.table.tags_delegate.colours = {
            t.name.lower(): tokens.tag_colour(t.name, t.colour, t.category).name()
            for t in tag_list
        }

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Couldn't do that: %1").replace("%1", message),
                                     10_000)

    @Slot(str)
    def _on_notice(self, message: str) -> None:
        """What an operation says about its outcome (an undo that kept sync's edit)."""
        self.statusBar().showMessage(message, 15_000)

    # --- start-up ------------------------------------------------------------------------------

    @Slot()
    def _announce_first_paint(self) -> None:
        if not self._painted:
            self._painted = True
            self.first_paint.emit()

    @Slot()
    def _schedule_finish_startup(self) -> None:
        QTimer.singleShot(0, self.finish_startup)

    def finish_startup(self) -> None:
        """What the first paint does not need, one short step per turn of the event loop
        (issue 18: no stall over 50 ms): the rest of the list and the sidebar's counts now;
        then the reminders and the calendar push, the detail pane built, the detail pane put
        in its place showing the contact, the network view's and the import preview's
        modules, the calendar view built (hidden). The modules each step needs are loaded first
        (importing is Python code that held this thread 50-300 ms: the sync client under
        the calendar push, the pane's sections, the network view, the importer, the
        calendar view's first opening): their pure-Python part in a worker thread, the Qt
        part here, one module per turn (``common.preload``)."""
        if self._startup_started:
            return
        self._startup_started = True
        self.model.complete_in_background()
        self._refresh_sidebar()
        self.contact_list.update_count()
        # The pane places numbers with libphonenumber: its import (compiling its patterns,
        # 150-300 ms, DETAIL.pure) stalled the first contact shown, and so did
        # its metadata of the numbers' regions and the addresses' country names, loaded on
        # first use (30-47 ms at 300,000 contacts): warmed with a few stored numbers (their
        # reading is 0.5 ms here; the warming is plain Python, for the worker).
        warm_phones = functools.partial(phones.warm, contacts.number_samples())
        self._startup_steps = [
            (CALENDAR, self.today_watch.start),
            (replace(DETAIL, work=warm_phones), self._build_detail),
            (None, self._install_detail),
            (None, self._prepare_detail),
            (NETWORK, None),
            (IMPORTER, None),
            (CALENDAR_VIEW, self._prepare_calendar),
        ]
        self._next_startup_step()

    @Slot()
    def _next_startup_step(self) -> None:
        """Run the step whose modules were just loaded, then load the next one's (one
        preload at a time, so start-up's own work keeps the other core)."""
        if self._ran_step is not None:
            step, self._ran_step = self._ran_step, None
            step()
        if not self._startup_steps:
            if self._startup_started and not self._preloader.loading:
                self.idle_collector.settle()  # start-up's objects live as long as we do
            return
        preload, self._ran_step = self._startup_steps.pop(0)
        if preload is None:  # nothing to load: the step runs in the next turn
            QTimer.singleShot(0, self, self._next_startup_step)
            return
        self._preloader.load(preload)

    def _build_detail(self) -> None:
        """The detail pane built but not yet in the window: putting it there styles and
        lays out all of it, a step of its own."""
        if self._detail is None and self._pending_detail is None:
            self._pending_detail = self._new_detail()

    def _prepare_detail(self) -> None:
        """The pane's contact page styled ahead of its first contact, in a turn of its own
        after the window has painted the pane in its place (both in one turn: 37 ms)."""
        if self._detail is not None:
            self._detail_prepared = QuietTurn(self, self._detail.prepare)
            self._detail_prepared.start()

    def _prepare_calendar(self) -> None:
        """The calendar view built, hidden, in a turn of its own: it reads what it shows
        when first shown."""
        self.view_switcher.prepare(VIEW_CALENDAR)

    def _install_detail(self) -> None:
        _ = self.detail
        self._startup_finished = True

    @property
    def startup_finished(self) -> bool:
        return self._startup_finished

    @property
    def startup_loaded(self) -> bool:
        """Every step of start-up has run, the last modules it loads ahead included."""
        return (self._startup_finished and not self._startup_steps
                and not self._preloader.loading)

    # --- window events ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.showing_empty_state:
            self.geometry_keeper.apply_initial_sizes()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.toolbar.fit(self.width())

    def closeEvent(self, event: QCloseEvent) -> None:
        self._startup_steps.clear()  # start-up's remaining steps are not wanted any more
        self._ran_step = None
        self._preloader.cancel()  # a worker still importing ends unheard
        if self.tools.demo_worker is not None:
            self.tools.demo_worker.cancel()
            QThreadPool.globalInstance().waitForDone(5000)
        self.geometry_keeper.save()
        self.idle_collector.stop()
        super().closeEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab follow the screen (Qt's chain follows creation order, and the
        list kept Tab for its cells): see ``ViewSwitcher.panes``. Anywhere else (a view of
        its own making, the welcome screen) Qt's chain applies."""
        if self.view_switcher.move_focus(next):
            return True
        return super().focusNextPrevChild(next)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        # Any local file: a drop of the wrong kind is then told why nothing happens.
        if self.files.dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self.files.dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.files.open_dropped(paths)
        else:
            event.ignore()
