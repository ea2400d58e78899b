""""How do I reach…?" (issue 16): a person, an organisation or a tag; the best few warm
paths, best first, each step saying why it is there and what to ask, with "Ask for this
introduction" on every step that needs one.

What the user types is offered as a choice (people with their organisation when another
contact has the same name, organisations, tags), never silently resolved to the first
match. Searches run off the UI thread; the panel gives the network read (``set_graph``).
"""

from __future__ import annotations

import datetime as dt
from typing import cast

from PySide6.QtCore import QPoint, QStringListModel, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import graph, knows, paths
from desktop.services.errors import ServiceError
from desktop.services.types import ContactId
from desktop.ui.common import formatting
from desktop.ui.common.layouts import clear_layout
from desktop.ui.common.workers import WorkerSignals
from desktop.ui.network.ask import AskDialog
from desktop.ui.network.loading import job
from desktop.ui.operations import Operations

CHASE_DAYS = 7  # the chase follow-up of an introduction asked for


class ReachBox(QWidget):
    """The section of the network view's side column.

    Private state: ``_graph`` the network to search (None until the panel has read it);
    ``_organizations`` the book's organisations; ``_choices`` what the completer offers,
    text -> target; ``_paths`` the paths listed, ``_current`` the one highlighted;
    ``_generation`` drops the answer of a superseded search; ``_latest`` is the signals of
    the last lookup or search started (only its failure is said: pool threads end in any
    order); ``menu`` the choice offered when what was typed means several things;
    ``dialog`` the last drafted request."""

    path_highlighted = Signal(object)  # tuple[ContactId, ...] ((): none)
    searched = Signal()  # a search ended (paths listed, or why not)
    asked = Signal(int)  # an introduction was asked for: its id
    choice_offered = Signal()  # what was typed means several things: ``menu`` offers them

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._graph: knows.KnowsGraph | None = None
        self._organizations: dict[str, int] | None = None
        self._choices: dict[str, paths.Target] = {}
        self._paths: tuple[paths.WarmPath, ...] = ()
        self._current = -1
        self._generation = 0
        self._latest: WorkerSignals | None = None
        self._messages: list[str] = []
        self.menu: QMenu | None = None
        self.dialog: AskDialog | None = None
        self.ask_buttons: list[QPushButton] = []
        self.path_buttons: list[QPushButton] = []

        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("A name, an organisation or a tag"))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("How do I reach"))
        self.field.returnPressed.connect(self.reach_typed)
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self.field)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._completed)
        self.field.setCompleter(completer)
        self._offer_timer = QTimer(self)
        self._offer_timer.setSingleShot(True)
        self._offer_timer.setInterval(150)
        self._offer_timer.timeout.connect(self._offer)
        self.field.textEdited.connect(lambda _t: self._offer_timer.start())

        self.results = QVBoxLayout()
        self.results.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.field)
        layout.addLayout(self.results)

    def set_graph(self, who: knows.KnowsGraph | None) -> None:
        self._graph = who
        if who is None:
            self._organizations = None

    def set_organizations(self, organizations: dict[str, int]) -> None:
        """The book's organisations (read after the picture); until then each search reads
        them itself, off the UI thread."""
        self._organizations = organizations

    # --- what the user typed --------------------------------------------------------------

    @Slot()
    def _offer(self) -> None:
        text = self.field.text()
        if len(text.strip()) < 1:
            return
        organizations = self._organizations
        worker = job(lambda _p: (text, paths.find_targets(text, organizations)))
        worker.signals.finished.connect(self._offered)
        QThreadPool.globalInstance().start(worker)

    @Slot(object)
    def _offered(self, payload: object) -> None:
        text, found = cast(tuple[str, list[paths.Target]], payload)
        if text != self.field.text():
            return
        for target in found:
            self._choices[target.choice] = target
        self._model.setStringList([t.choice for t in found])

    @Slot(str)
    def _completed(self, text: str) -> None:
        target = self._choices.get(text)
        if target is not None:
            self.reach_target(target)

    @Slot()
    def reach_typed(self) -> None:
        """Enter: what was picked, else what the text means; a choice when it means
        several people or things (``choice_offered``)."""
        text = self.field.text().strip()
        if not text:
            return
        target = self._choices.get(text)
        if target is not None:
            self.reach_target(target)
            return
        # What the text means is looked up off the UI thread (people, organisations and
        # tags of a 300,000-person book: tenths of a second).
        organizations = self._organizations
        worker = job(lambda _p: (text, paths.find_targets(text, organizations)))
        worker.signals.finished.connect(self._typed_found)
        worker.signals.failed.connect(self._failed)
        self._latest = worker.signals
        QThreadPool.globalInstance().start(worker)

    @Slot(object)
    def _typed_found(self, payload: object) -> None:
        text, found = cast(tuple[str, list[paths.Target]], payload)
        if text != self.field.text().strip():
            return  # the field changed meanwhile: that is the search that counts
        if len(found) == 1:
            self.reach_target(found[0])
        elif not found:
            self._show_message(self.tr("Nobody and nothing called “{0}”.").format(text))
        else:
            self.offer_choice(found)

    def offer_choice(self, found: list[paths.Target]) -> QMenu:
        """A menu under the field with every meaning of what was typed."""
        if self.menu is not None:
            self.menu.close()
            self.menu.deleteLater()
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        for target in found:
            action = QAction(target.choice, menu)  # plain text: QAction renders no markup
            action.triggered.connect(lambda _c=False, t=target: self.reach_target(t))
            menu.addAction(action)
        self.menu = menu
        menu.popup(self.field.mapToGlobal(QPoint(0, self.field.height())))
        self.choice_offered.emit()
        return menu

    def reach(self, contact_id: ContactId) -> None:
        """Find the paths to one person (the panel's context menu, tests)."""
        ref = graph.person_refs([contact_id]).get(contact_id)
        if ref is not None:
            self.reach_target(paths.person_target(ref))

    def reach_target(self, target: paths.Target) -> None:
        """Search the best paths off the UI thread; ``searched`` when listed."""
        if self.field.text().strip() != target.choice:
            self.field.setText(target.choice)
        who = self._graph
        if who is None:
            self._show_message(self.tr("The network is still being read…"))
            return
        self._generation += 1
        generation = self._generation
        limit = 1 if target.kind == "person" else paths.SHOWN_PATHS
        worker = job(lambda _p: (generation, _search(who, target, limit)))
        worker.signals.finished.connect(self._found)
        worker.signals.failed.connect(self._failed)
        self._latest = worker.signals
        QThreadPool.globalInstance().start(worker)

    @Slot(str)
    def _failed(self, text: str) -> None:
        """A lookup or search failed: said unless a later one started (its answer, or its
        own failure, is what the user asked for last)."""
        if self.sender() is self._latest:
            self._show_message(text)

    @Slot(object)
    def _found(self, payload: object) -> None:
        generation, result = cast(tuple[int, object], payload)
        if generation != self._generation:
            return
        if isinstance(result, str):
            self._show_message(result)
            return
        self._show_paths(cast(tuple[paths.WarmPath, ...], result))

    # --- the answer -------------------------------------------------------------------------

    def _clear(self) -> None:
        self._messages = []
        self._paths = ()
        self._current = -1
        self.ask_buttons = []
        self.path_buttons = []
        clear_layout(self.results)

    @Slot(str)
    def _show_message(self, text: str) -> None:
        self._clear()
        label = _label(text, "muted")
        self.results.addWidget(label)
        self._messages = [text]
        self.path_highlighted.emit(())
        self.searched.emit()

    def _show_paths(self, found: tuple[paths.WarmPath, ...]) -> None:
        self._clear()
        self._paths = found
        for number, path in enumerate(found):
            self.results.addWidget(self._card(number, path))
        self.show_path(0)
        self.searched.emit()

    def _card(self, number: int, path: paths.WarmPath) -> QFrame:
        card = QFrame(self)
        card.setObjectName("pathCard")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        if len(self._paths) > 1:
            head = QHBoxLayout()
            title = _label(self.tr("{0}. To {1}").format(number + 1, path.reached.label),
                           "pathTitle")
            head.addWidget(title, 1)
            show = QPushButton(self.tr("Show"))
            show.setToolTip(self.tr("Highlight this path in the picture"))
            show.clicked.connect(lambda _c=False, n=number: self.show_path(n))
            self.path_buttons.append(show)
            head.addWidget(show)
            layout.addLayout(head)
        for index, step in enumerate(path.steps, 1):
            prefix = f"{index}. " if len(path.steps) > 1 else ""
            layout.addWidget(_label(prefix + step.ask, "step"))
            if step.why:
                layout.addWidget(_label(step.why, "muted"))
            if step.introducer is not None:
                button = QPushButton(self.tr("Ask for this introduction"))
                button.setToolTip(self.tr(
                    "Record the introduction as proposed, remind you to chase it in a week, "
                    "and draft the message (undo with Ctrl+Z)"))
                button.clicked.connect(lambda _c=False, s=step, p=path: self.ask(p, s))
                self.ask_buttons.append(button)
                layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    def show_path(self, number: int) -> None:
        if not 0 <= number < len(self._paths):
            return
        self._current = number
        self.path_highlighted.emit(tuple(p.id for p in self._paths[number].people))

    def steps(self) -> list[str]:
        """What the highlighted path says to do, or why there is none (tests, a11y)."""
        if self._messages:
            return list(self._messages)
        if not 0 <= self._current < len(self._paths):
            return []
        return [s.ask for s in self._paths[self._current].steps]

    def found_paths(self) -> tuple[paths.WarmPath, ...]:
        return self._paths

    # --- asking -------------------------------------------------------------------------------

    def ask(self, path: paths.WarmPath, step: paths.PathStep) -> int | None:
        """Record the proposed introduction and its chase follow-up (one undoable step),
        then show the drafted message."""
        if step.introducer is None:
            return None
        me = path.people[0]
        context = (self.tr("To reach %1").replace("%1", path.target.phrase)
                   if path.target is not None and path.target.kind != "person"
                   else self.tr("Warm path to %1").replace("%1", path.reached.name))
        fields = graph.IntroductionFields(
            person_a=me.id, person_b=step.person.id, introducer=step.introducer.id,
            introduced_on=dt.date.today(), context=context, status="proposed")
        chase_on = dt.date.today() + dt.timedelta(days=CHASE_DAYS)
        intro_id = self._ops.ask_for_introduction(fields, chase_on, paths.chase_reason(step))
        if intro_id is None:
            return None
        notice = self.tr("Recorded: introduction to {0} proposed; a reminder to chase {1} on "
                         "{2}. Undo with Ctrl+Z.").format(
            step.person.name, step.introducer.name,
            formatting.short_day(chase_on, dt.date.today()))
        try:
            draft = paths.draft_request(step, path)
        except ServiceError as exc:
            self._ops.failed.emit(str(exc))
            return intro_id
        dialog = AskDialog(draft, notice, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
        self.asked.emit(intro_id)
        return intro_id

    @Slot()
    def _forget_dialog(self) -> None:
        self.dialog = None


def _search(who: knows.KnowsGraph, target: paths.Target, limit: int
            ) -> tuple[paths.WarmPath, ...] | str:
    try:
        return paths.warm_paths(who, target, limit)
    except ServiceError as exc:
        return str(exc)


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names are data, never markup
    label.setWordWrap(True)
    label.setObjectName(name)
    return label
