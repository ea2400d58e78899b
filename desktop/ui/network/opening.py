"""Opening the network picture (issues 5, 16, 18): the network is read and laid out off
the UI thread (``loading``), the scene is built a few hundred items per event-loop turn,
then the side lists are filled a step per turn, so that the window never stalls.

The panel around it (``Host``) says who is emphasised, filtered and framed; this class
only follows one reading from the request to the finished picture.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol, cast

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QPushButton

from desktop.services import graph_layout, overview
from desktop.services.types import ContactId
from desktop.ui.common.workers import Worker
from desktop.ui.network.insights import ConnectorList, SuggestionList, show_insights
from desktop.ui.network.items import OUTLINE_MIN_SCALE
from desktop.ui.network.loading import Insights, Loaded, insights, job, load
from desktop.ui.network.picture import Picture
from desktop.ui.network.reach import ReachBox
from desktop.ui.network.view import GraphView


class Host(Protocol):
    """What the opening needs of the panel around the picture."""

    view: GraphView
    picture: Picture
    reach_box: ReachBox
    connector_list: ConnectorList
    suggestions: SuggestionList
    overlay: QFrame
    overlay_text: QLabel
    progress: QProgressBar
    cancel_button: QPushButton

    def restyle(self) -> None:
        """Emphasis, filters and the highlighted path on the picture's items."""

    def shows_everyone(self) -> bool:
        """Whether the whole picture is framed (no neighbourhood, no path)."""

    def update_banner(self) -> None: ...

    def place_overlays(self) -> None: ...


class Opening(QObject):
    """One reading of the network at a time, from the request to the finished picture and
    side lists.

    Private state: ``loaded`` the last network read (None until the first layout, and
    again once released); ``_worker`` the running read (a newer request supersedes it via
    ``_generation``: a superseded result is dropped when it arrives); ``_build`` the scene
    being built, chunk by chunk; ``_insight_steps`` the side lists being filled.
    """

    finished = Signal()  # the picture is on screen
    insights_finished = Signal()  # the side lists are filled

    def __init__(self, host: Host, parent: QObject) -> None:
        super().__init__(parent)
        self._host = host
        self.loaded: Loaded | None = None
        self._build: Iterator[bool] | None = None
        self._insight_steps: Iterator[bool] | None = None
        self._worker: Worker | None = None
        self._generation = 0
        self._build_timer = self._timer(0, self._continue_build)
        self._insights_step_timer = self._timer(0, self._continue_insights)
        self._insights_timer = self._timer(250, self._start_insights)

    def _timer(self, ms: int, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    @property
    def busy(self) -> bool:
        """Whether a reading is under way (laid out off the UI thread)."""
        return self._worker is not None

    @property
    def building(self) -> bool:
        """Whether the scene is being built."""
        return self._build is not None

    # --- reading ----------------------------------------------------------------------------

    def read(self, center: ContactId | None, hops: int) -> None:
        """Read the network around *center* (None: you) and lay it out off the UI thread
        (a running job is superseded: its result is dropped when it arrives)."""
        if self._worker is not None:
            self._worker.cancel()
        self._generation += 1
        generation = self._generation
        # The window's own connection lets go of what the list and the calendar read (up
        # to its 32 MB; 21 MiB after a scripted session at 300,000 contacts): the network
        # reads on the jobs' connections, and the job gives the pages back to the system
        # before it reads (``load``), so they are not held beside the picture and its
        # side lists' job, the app's peak (issue 18).
        overview.release_page_cache()
        worker = job(lambda progress: (generation, load(center, max(hops, 2), progress)),
                     cancel_exceptions=(graph_layout.LayoutCancelled,))
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(self._on_loaded)
        worker.signals.failed.connect(self._on_failed)
        worker.signals.cancelled.connect(self._on_cancelled)
        self._worker = worker
        # Only say so when it takes long enough to notice.
        QTimer.singleShot(150, self, lambda: self._show_overlay(generation))
        QThreadPool.globalInstance().start(worker)

    def release(self) -> None:
        """Let go of the reading, the build and the lists being filled (the view is
        hidden)."""
        if self._worker is not None:
            self._worker.cancel()
            self._worker = None
        self._generation += 1
        self._build = None
        self._insight_steps = None
        self.loaded = None

    def _show_overlay(self, generation: int) -> None:
        if generation == self._generation and self._worker is not None:
            host = self._host
            host.overlay_text.setText(self.tr("Arranging the network…"))
            host.progress.show()
            host.cancel_button.show()
            host.overlay.show()
            host.place_overlays()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self._host.progress.setValue(done * 100 // max(total, 1))

    @Slot()
    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def _current_job(self) -> bool:
        worker = self._worker
        return worker is not None and self.sender() is worker.signals

    @Slot()
    def _on_cancelled(self) -> None:
        if self._current_job():
            self._worker = None
            self.message(self.tr("Layout cancelled. Use Re-arrange to try again."))

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        if self._current_job():
            self._worker = None
            self.message(self.tr("The network could not be drawn: {0}").format(message))

    def message(self, text: str) -> None:
        """Say *text* over the picture (no progress, nothing to cancel)."""
        host = self._host
        host.overlay_text.setText(text)
        host.progress.hide()
        host.cancel_button.hide()
        host.overlay.show()
        host.place_overlays()

    # --- building the picture -------------------------------------------------------------

    @Slot(object)
    def _on_loaded(self, payload: object) -> None:
        generation, result = cast(tuple[int, object], payload)
        if generation != self._generation or not isinstance(result, Loaded):
            return
        self._worker = None
        self.loaded = result
        self._host.reach_box.set_graph(result.graph)
        # The banner first: showing it shrinks the view, which must happen before the
        # picture is drawn, not redraw it all once more afterwards.
        self._host.update_banner()
        # The items are made a few hundred per event-loop turn, so the UI thread never
        # stops for long; then the picture is fitted and shown.
        self._build = self._build_scene(result)
        self._continue_build()

    @Slot()
    def _continue_build(self) -> None:
        if self._build is None:
            return
        if next(self._build, None) is not None:
            self._build_timer.start()
            return
        self._build = None
        result = self.loaded
        assert result is not None
        self._host.overlay.hide()
        if not result.data.nodes or not result.data.links:
            self.message(self.tr(
                "Nobody yet. Log who you meet, mark how well you know people, and record "
                "who introduced you to whom: the network appears here."))
        self._host.update_banner()
        self.finished.emit()
        self._insights_timer.start()

    def _build_scene(self, loaded: Loaded) -> Iterator[bool]:
        """Make the scene's items, yielding between chunks (see ``_continue_build``): the
        people a few hundred per turn, then the layers; then emphasis, filters and the
        path; then the outlines and names for the framing to come; all on the scene not
        yet shown. Then the scene is shown and framed, its first frame the people and
        names alone; the links are drawn a few per turn from the next turn on
        (``GraphView.prepare_full``), then the full picture.
        Each turn takes at most ~10 ms of this thread at 2,000 people, besides its one
        paint (issue 16: the last step used to take 15-40 ms, a mass change of the
        circles on screen 80-430 ms more, and the first full paint 35 ms)."""
        view, picture = self._host.view, self._host.picture
        keep_view = bool(picture.nodes)
        centre = view.mapToScene(view.viewport().rect().center())
        scale = view.scale_factor()
        # The circles are made with the outline the coming framing wants (everyone in
        # view, else as now): changing 5,000 pens afterwards took 15 ms (issue 18).
        expected = scale if keep_view else view.fit_scale(loaded.plan.bounds)[0]
        picture.outlined = expected >= OUTLINE_MIN_SCALE
        yield from picture.build(loaded)
        picture.placing = False  # names are placed once, for the final framing
        self._host.restyle()
        yield True
        extent = loaded.plan.bounds if self._host.shows_everyone() else picture.extent()
        if not keep_view:
            scale, centre = view.fit_scale(extent)
        picture.placing = True
        picture.update_detail(scale)
        picture.placing = False
        yield True
        if not keep_view:
            yield from picture.rehearse(scale, centre)
        picture.show_new()
        if keep_view:
            picture.keep_view(scale, centre)
        else:
            view.fit(extent)
        # The first frame shows the people; the links are drawn from the next turn on,
        # then the full picture (``GraphView.prepare_full``).
        view.light_frame(0)
        picture.placing = True
        if abs(view.scale_factor() - scale) > 1e-9:  # the viewport changed meanwhile
            picture.update_detail(view.scale_factor())

    # --- the side lists ---------------------------------------------------------------------

    @Slot()
    def _start_insights(self) -> None:
        loaded = self.loaded
        if loaded is None:
            return
        generation = self._generation
        worker = job(lambda _progress: (generation, insights(loaded.graph)))
        worker.signals.finished.connect(self._on_insights)
        QThreadPool.globalInstance().start(worker)

    @Slot(object)
    def _on_insights(self, payload: object) -> None:
        generation, result = cast(tuple[int, object], payload)
        if generation != self._generation or not isinstance(result, Insights):
            return
        host = self._host
        host.reach_box.set_organizations(result.organizations)
        me = self.loaded.graph.me if self.loaded is not None else None
        self._insight_steps = show_insights(host.connector_list, host.suggestions, result,
                                            ContactId(me) if me is not None else None)
        self._continue_insights()

    @Slot()
    def _continue_insights(self) -> None:
        """The lists are filled a step per event-loop turn; then ``insights_finished``."""
        if self._insight_steps is None:
            return
        if next(self._insight_steps, None) is not None:
            self._insights_step_timer.start()
            return
        self._insight_steps = None
        self.insights_finished.emit()
