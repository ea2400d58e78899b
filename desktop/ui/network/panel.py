"""The network view (issues 5, 16, 18): who knows whom, the top connectors, "How do I
reach…?" with warm paths, and the introductions worth making.

The network is read and laid out off the UI thread (``loading``); positions are kept in
the database, so reopening the view shows the same picture. The scene is built a few
hundred items per event-loop turn so that the window never stalls. When the view is
hidden, everything it read is let go (a 300,000-person book's network is tens of
megabytes), and read again when it is shown. Changes go through ``Operations``.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services import graph, graph_layout, network, paths, tags
from desktop.services.background import trim
from desktop.services.types import Changes, ContactId
from desktop.ui.common import tokens
from desktop.ui.network import chrome
from desktop.ui.network.insights import ConnectorList, SuggestionList
from desktop.ui.network.items import NodeItem
from desktop.ui.network.keyboard import KeyboardWalk
from desktop.ui.network.loading import forget_finished, job, release_memory
from desktop.ui.network.opening import Opening
from desktop.ui.network.picture import Picture
from desktop.ui.network.reach import ReachBox
from desktop.ui.network.toolbar import Toolbar
from desktop.ui.network.view import GraphView
from desktop.ui.operations import Operations

RELEASE_MS = 3000  # a hidden view lets go of the network this long after it was hidden
NARROW = 760  # below this width the side column goes under the picture


class GraphPanel(QWidget):
    """The network view of the main window's middle column.

    Private state: ``opening`` reads the network and builds the picture (its ``loaded``:
    the last network read, None until the first layout, and again once released);
    ``picture`` the scene; ``_stale`` a change arrived while
    hidden; ``_selected`` the contact the detail pane shows; ``_path`` the highlighted
    warm path; ``_focus`` the person whose neighbourhood is shown alone (None: everyone);
    ``_center`` the centre asked of the service (the people closest to someone).
    """

    contact_selected = Signal(object)  # ContactId
    layout_finished = Signal()  # the picture is on screen (tests, the bench)
    insights_finished = Signal()
    released = Signal()  # the network read was let go (the view is hidden)
    found = Signal()  # the find field's search answered

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._stale = False
        self._assembled = False  # the side column made, the first reading started
        self._selected: ContactId | None = None
        self._path: tuple[ContactId, ...] = ()
        self._focus: ContactId | None = None
        self._center: ContactId | None = None
        tokens.styled(self, chrome.panel_style)
        self._reload_timer = self._timer(120, self.reload)
        self._release_timer = self._timer(RELEASE_MS, self.release)

        # Each part is made in its final parent: moving a styled subtree into another
        # polishes all of it again (17 ms of the UI thread for the splitter's two).
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.graph_column = QWidget(self.splitter)
        self.view = GraphView(None, self.graph_column)
        self.picture = Picture(self.view, self)
        self.opening = Opening(self, self)  # reads the network, builds the picture
        self.walk = KeyboardWalk(self.picture, lambda: self.opening.loaded, self)
        self.opening.finished.connect(self.layout_finished)
        self.opening.finished.connect(self.walk.refresh)
        self.opening.insights_finished.connect(self.insights_finished)
        self.walk.activated.connect(self._on_node_clicked)
        self.view.node_clicked.connect(self._on_node_clicked)
        self.view.node_double_clicked.connect(self.focus_on)
        self.view.zoomed.connect(self._update_detail)
        self.toolbar = Toolbar(self.graph_column)
        bar = self.toolbar
        self.find_field, self.tag_filter = bar.find_field, bar.tag_filter
        self.stage_filter, self.hops = bar.stage_filter, bar.hops
        self.everyone_button = bar.everyone_button
        bar.connect_tools(lambda: self.view.zoom_by(1 / 1.25), lambda: self.view.zoom_by(1.25),
                          self.zoom_to_fit, self.rearrange)
        self.find_field.returnPressed.connect(self._find)
        self.tag_filter.currentIndexChanged.connect(self._apply_filters)
        self.stage_filter.currentIndexChanged.connect(self._apply_filters)
        self.hops.currentIndexChanged.connect(self._hops_changed)
        self.everyone_button.clicked.connect(self.show_everyone)

        self.banner = QLabel(self.graph_column)
        self.banner.setObjectName("banner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.overlay, self.overlay_text, self.progress, self.cancel_button = (
            chrome.overlay(self.view))
        self.cancel_button.clicked.connect(self.cancel_layout)
        self.legend = chrome.Legend(self.view)
        column = QVBoxLayout(self.graph_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.toolbar)
        column.addWidget(self.banner)
        column.addWidget(self.view, 1)
        self.view.viewport().installEventFilter(self)

        self.splitter.addWidget(self.graph_column)
        self.splitter.setStretchFactor(0, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)

        # Find (Ctrl+F) and How do I reach (Ctrl+Shift+R) are the main window's, which
        # call focus_find and focus_reach: a second binding here made both ambiguous.
        for keys, slot in (("Ctrl+=", lambda: self.view.zoom_by(1.25)),
                           ("Ctrl++", lambda: self.view.zoom_by(1.25)),
                           ("Ctrl+-", lambda: self.view.zoom_by(1 / 1.25)),
                           ("Ctrl+0", self.zoom_to_fit),
                           ("Esc", self.show_everyone)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        ops.changes_applied.connect(self._on_changes)
        self.toolbar.fill_tags(paths.tag_ids())
        # The side column and the first reading follow in a later turn of the event loop
        # (a timer: a queued call would run before the loop's pending timers and input):
        # the whole panel in one took 60-73 ms of the UI thread (issue 18).
        self._timer(0, self.assemble).start()

    @Slot()
    def assemble(self) -> None:
        """Make the side column and start reading (once; the turn after ``__init__``)."""
        if self._assembled:
            return
        self._assembled = True
        ops = self._ops
        self.side_scroll, side = chrome.side_area(self.splitter)
        self.side = side
        self.reach_box = ReachBox(ops, side)
        self.reach_box.path_highlighted.connect(self._on_path)
        self.reach_field = self.reach_box.field
        self.connector_list = ConnectorList(side)
        self.connector_list.person_chosen.connect(self._on_connector)
        self.suggestions = SuggestionList(ops, side)
        chrome.side_column(side, [
            (self.tr("How do I reach…?"), None, self.reach_box),
            (self.tr("Top connectors"), self.tr("The people through whom you reach the most "
                                                "people you do not know yet."),
             self.connector_list),
            (self.tr("Introductions to make"), self.tr(
                "People you know who do not know each other yet, and share interests or "
                "need what the other offers."), self.suggestions)])
        self.splitter.addWidget(self.side_scroll)
        self.splitter.setSizes([700, 300])
        self._arrange()
        self.reload()

    def _timer(self, ms: int, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    # --- reading -----------------------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        """Read the network and lay it out off the UI thread (``Opening``)."""
        self._stale = False
        self.opening.read(self._center, int(self.hops.currentData() or 2))

    @Slot()
    def cancel_layout(self) -> None:
        self.opening.cancel()

    def restyle(self) -> None:
        """Emphasis, filters and the highlighted path on the picture's items."""
        self._emphasise()
        self._apply_filters()
        self.picture.draw_path(self._path)

    def shows_everyone(self) -> bool:
        return self._focus is None and not self._path

    # --- what is shown -----------------------------------------------------------------------

    @Slot()
    def zoom_to_fit(self) -> None:
        self.picture.fit()

    @Slot()
    def rearrange(self) -> None:
        graph_layout.forget_positions()
        self.picture.nodes = {}
        self.reload()

    @Slot()
    def show_everyone(self) -> None:
        if self._focus is None and self._center is None:
            return
        self._focus = None
        self._emphasise()
        if self._center is not None:
            self._center = None
            self.reload()
        else:
            self._apply_filters()
            self.zoom_to_fit()
        self.update_banner()

    @Slot(object)
    def focus_on(self, contact_id: ContactId) -> None:
        """Show only *contact_id*'s neighbourhood (1 or 2 hops, the toolbar's choice)."""
        if self.opening.loaded is None:
            return
        self._focus = contact_id
        if self.opening.loaded.data.truncated and (contact_id not in self.picture.nodes
                                             or self.opening.loaded.data.center != contact_id):
            self._center = contact_id  # read those closest to them from the whole network
            self.reload()
            return
        self._emphasise()
        self._apply_filters()
        self.zoom_to_fit()
        self.update_banner()

    def select_contact(self, contact_id: ContactId) -> None:
        """The main window says who the detail pane shows: mark them (no signal back)."""
        self._selected = contact_id
        self._emphasise()
        self.walk.follow(contact_id)
        self._update_detail(self.view.scale_factor())

    def reach(self, contact_id: ContactId) -> None:
        """Find and highlight the warm path to *contact_id* (``reach_box.searched``)."""
        self.assemble()
        self.reach_box.reach(contact_id)

    def steps(self) -> list[str]:
        return self.reach_box.steps()

    def _emphasise(self) -> None:
        self.picture.emphasise(self._path, self._focus, self._selected)

    @Slot(object)
    def _on_path(self, ids: object) -> None:
        self._path = cast(tuple[ContactId, ...], ids)
        self._emphasise()
        self.picture.draw_path(self._path)
        self._apply_filters()
        if self._path and all(i in self.picture.nodes for i in self._path):
            self.picture.fit(self._path)
            self._update_detail(self.view.scale_factor())

    @Slot()
    def _apply_filters(self) -> None:
        """Who is shown (the focused neighbourhood), who is dimmed (filtered out, or off
        the highlighted path)."""
        if not self.picture.nodes:
            return
        tag_id = self.tag_filter.currentData()
        members = set(tags.members(tag_id)) if tag_id is not None else None
        shown: set[int] | None = None
        if self._focus is not None and self.opening.loaded is not None:
            hops = int(self.hops.currentData() or 1)
            shown = set(network.nearest(self.opening.loaded.graph, int(self._focus), hops,
                                        len(self.picture.nodes)))
        self.picture.show(shown, self._path, members, self.stage_filter.currentData() or "")
        self._update_detail(self.view.scale_factor())
        self.update_banner()

    @Slot(float)
    def _update_detail(self, scale: float) -> None:
        self.picture.update_detail(scale)

    def update_banner(self) -> None:
        loaded = self.opening.loaded
        text = ""
        if loaded is not None and loaded.data.truncated:
            who = next((n for n in loaded.data.nodes if n.id == loaded.data.center), None)
            whose = (self.tr("you") if who is None or who.is_me else who.name)
            text = self.tr("Showing the {0:,} people closest to {1}, of {2:,}. Double-click "
                           "someone to explore around them.").format(
                len(loaded.data.nodes), whose, loaded.data.total_people)
        elif self._focus is not None and self._focus in self.picture.nodes:
            hops = int(self.hops.currentData() or 1)
            text = self.tr("%1 and the people within %Ln hop(s). Esc shows everyone.", "",
                           hops).replace("%1", self.picture.nodes[self._focus].info.name)
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        self.everyone_button.setVisible(self._focus is not None or self._center is not None)

    # --- the user's actions ------------------------------------------------------------------

    @Slot(object)
    def _on_node_clicked(self, contact_id: ContactId) -> None:
        self.select_contact(contact_id)
        self.contact_selected.emit(contact_id)

    @Slot(object)
    def _on_connector(self, cid: ContactId) -> None:
        if (cid not in self.picture.nodes and self.opening.loaded is not None
                and self.opening.loaded.data.truncated):
            self.focus_on(cid)
        self.picture.center_on(cid)
        self.select_contact(cid)
        self.contact_selected.emit(cid)

    @Slot()
    def _hops_changed(self) -> None:
        if self._focus is not None:
            self.focus_on(self._focus)

    @Slot()
    def focus_find(self) -> None:
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()

    @Slot()
    def focus_reach(self) -> None:
        self.assemble()
        self.reach_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.reach_field.selectAll()

    @Slot()
    def _find(self) -> None:
        """Enter in the find field: the person is looked up off the UI thread (a search
        of the whole book), then centred and selected (``found``)."""
        text = self.find_field.text()
        worker = job(lambda _p: (text, graph.find_people(text, limit=2)))
        worker.signals.finished.connect(self._found_person)
        QThreadPool.globalInstance().start(worker)

    @Slot(object)
    def _found_person(self, payload: object) -> None:
        text, found = cast(tuple[str, list[graph.PersonRef]], payload)
        if text != self.find_field.text():
            return  # typed on meanwhile: the later search answers
        self.found.emit()
        shown = [p for p in found if p.id in self.picture.nodes]
        cid = (shown or found)[0].id if len(found) == 1 or shown else None
        if cid is None:
            tokens.styled(self.find_field,
                          lambda p: f"border: 1px solid {tokens.colours(p).error};")
            QTimer.singleShot(900, self.find_field,
                              lambda: tokens.styled(self.find_field, lambda _p: ""))
            return
        if (cid not in self.picture.nodes and self.opening.loaded is not None
                and self.opening.loaded.data.truncated):
            self.focus_on(cid)  # not among the people shown: read those closest to them
        self.picture.center_on(cid)
        self.select_contact(cid)
        self.contact_selected.emit(cid)

    # --- changes, showing and hiding --------------------------------------------------------

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        if changes.tags:
            self.toolbar.fill_tags(paths.tag_ids())
        if not (changes.graph or changes.contacts_added_or_removed or changes.interactions
                or (changes.contacts & set(self.picture.nodes))):
            return
        if self.isVisible():
            self._reload_timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._release_timer.stop()
        if self._assembled and (self._stale or (self.opening.loaded is None
                                                and not self.opening.busy)):
            self.reload()
        self.place_overlays()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._release_timer.start()

    @Slot()
    def release(self) -> None:
        """Let go of everything read (the view is hidden): the next show reads afresh."""
        if self.isVisible():
            return
        self.opening.release()
        self.reach_box.set_graph(None)
        # The items are deleted over a few turns (``dispose``): the C heap's free pages
        # are given back once they all are, not only at the idle collector's next look.
        self.picture.clear(then=trim)
        self._stale = True
        forget_finished()
        release_memory()
        self.released.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()
        self.place_overlays()

    def _arrange(self) -> None:
        """Side by side where there is room; else the side column under the picture, so
        that neither is squeezed until its controls overlap (a 1024-pixel window)."""
        if not self._assembled:
            return
        narrow = self.width() < NARROW
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.splitter.orientation() == wanted:
            return
        self.splitter.setOrientation(wanted)
        if narrow:
            self.side_scroll.setMinimumWidth(0)
            self.side_scroll.setMinimumHeight(140)
            self.splitter.setSizes([self.height() * 3 // 5, self.height() * 2 // 5])
        else:
            self.side_scroll.setMinimumHeight(0)
            self.side_scroll.setMinimumWidth(260)
            self.splitter.setSizes([max(1, self.width() - 300), 300])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self.place_overlays()  # the splitter moved: the legend may need to wrap
        return super().eventFilter(watched, event)

    def place_overlays(self) -> None:
        chrome.place(self.overlay, self.legend, self.view.viewport().rect())
        self.view.reserved_bottom = self.legend.height() + 14

    @property
    def drawn(self) -> bool:
        """Whether the picture is on screen, complete (not being built)."""
        return not self.opening.building and bool(self.picture.nodes)

    def node_item(self, contact_id: ContactId) -> NodeItem | None:
        return self.picture.nodes.get(contact_id)

