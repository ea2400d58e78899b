"""The network view's "Top connectors" and "Introductions to make" (issues 5, 16).

Connectors are the people through whom the user reaches the most people they do not know
yet, weighted by how well the user knows them; introductions to make are pairs the user
knows who share interests or where one needs what the other offers. Both are computed off
the UI thread (``loading.insights``) and shown here; "Propose" records a proposed
introduction through ``Operations`` (undoable).
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import graph, network
from desktop.services.types import ContactId
from desktop.ui.common import tokens
from desktop.ui.common.layouts import clear_layout
from desktop.ui.network.items import escaped_tooltip
from desktop.ui.network.loading import Insights
from desktop.ui.operations import Operations

ROWS_PER_STEP = 4  # suggestions made per event-loop turn
CONNECTOR_RANK, CONNECTOR_NAME, CONNECTOR_REACH = range(3)  # the connectors' columns


class ConnectorList(QTreeWidget):
    """Rank, name and (right-aligned) how many people the user reaches through them."""

    person_chosen = Signal(object)  # ContactId

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setHeaderLabels(["", self.tr("Person"), self.tr("Reach")])
        self.setAccessibleName(self.tr("Connectors"))
        header_item = self.headerItem()
        ranking = self.tr("Ranked by how many people you can reach through them (people they "
                          "know and you do not), weighted by how well you know them")
        header_item.setToolTip(CONNECTOR_RANK, ranking)
        header_item.setToolTip(CONNECTOR_NAME, ranking)
        header_item.setToolTip(CONNECTOR_REACH, self.tr(
            "How many people they know whom you do not know yet"))
        for column in (CONNECTOR_RANK, CONNECTOR_REACH):
            header_item.setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionsClickable(False)
        header.setSectionResizeMode(CONNECTOR_RANK, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(CONNECTOR_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CONNECTOR_REACH, QHeaderView.ResizeMode.Fixed)
        metrics = self.fontMetrics()
        header.resizeSection(CONNECTOR_RANK, metrics.horizontalAdvance("10.") + 6)
        header.resizeSection(CONNECTOR_REACH, max(metrics.horizontalAdvance("00,000"),
                                                  metrics.horizontalAdvance(self.tr("Reach"))) + 8)
        self.setRootIsDecorated(False)
        self.setIndentation(0)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)
        self.show_connectors((), {})

    def show_connectors(self, found: tuple[network.Connector, ...],
                        reasons: dict[ContactId, str]) -> None:
        self.clear()
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        grey = QColor(tokens.colours(self.palette()).muted)
        for rank, c in enumerate(found, 1):
            item = QTreeWidgetItem([f"{rank}.", c.person.label, f"{c.reach:,}"])
            item.setData(CONNECTOR_NAME, Qt.ItemDataRole.UserRole, int(c.person.id))
            item.setTextAlignment(CONNECTOR_RANK, right)
            item.setTextAlignment(CONNECTOR_REACH, right)
            item.setForeground(CONNECTOR_RANK, grey)
            item.setForeground(CONNECTOR_REACH, grey)
            why = reasons.get(c.person.id, "")
            tip = self.tr("%1 knows %Ln people you do not know yet; %2", "", c.reach).replace(
                "%2", why or self.tr("you know them")).replace("%1", c.person.label)
            for column in range(3):
                item.setToolTip(column, escaped_tooltip(tip))
            self.addTopLevelItem(item)
        if not found:
            empty = QTreeWidgetItem([self.tr("Nobody yet: log who you meet and record "
                                             "introductions.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addTopLevelItem(empty)
            empty.setFirstColumnSpanned(True)
        # As tall as its rows: no blank band before the next section.
        rows = max(1, self.topLevelItemCount())
        self.setFixedHeight(self.header().sizeHint().height() + 4
                            + rows * max(20, self.sizeHintForRow(0)))

    def rows(self) -> list[QTreeWidgetItem]:
        found = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        return [r for r in found if r is not None]

    @Slot(QTreeWidgetItem, int)
    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        value = item.data(CONNECTOR_NAME, Qt.ItemDataRole.UserRole)
        if value is not None:
            self.person_chosen.emit(ContactId(int(value)))


class SuggestionList(QWidget):
    """Introductions worth making, each with "Propose". ``buttons`` the Propose buttons
    (tests); ``_frames`` the rows, whose heights follow the width (word wrap)."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._me: ContactId | None = None
        self.buttons: list[QPushButton] = []
        self._frames: list[QWidget] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)

    def show_suggestions(self, found: tuple[network.Suggestion, ...],
                         me: ContactId | None) -> None:
        for _step in self.suggestion_steps(found, me):
            pass

    def suggestion_steps(self, found: tuple[network.Suggestion, ...],
                         me: ContactId | None) -> Iterator[bool]:
        """``show_suggestions`` a few rows at a time (a row is a handful of widgets, about
        1.5 ms each: fifteen of them in one go stalled a loaded machine ~30 ms)."""
        self._me = me
        clear_layout(self._layout)
        self.buttons = []
        self._frames = []
        for number, suggestion in enumerate(found):
            if number and number % ROWS_PER_STEP == 0:
                yield True
            row = self._row(suggestion)
            self._frames.append(row)
            self._layout.addWidget(row)
        if not found:
            empty = QLabel(self.tr("None right now. Tag people's interests, needs and offers "
                                   "to get suggestions."))
            empty.setObjectName("muted")
            empty.setWordWrap(True)
            self._layout.addWidget(empty)
        self.fit_rows()

    def fit_rows(self) -> None:
        """Word-wrapped labels report a one-line minimum height, and a scroll area then
        squeezes the rows until their lines overlap: give each row the height its text
        needs at the current width."""
        width = self.width()
        if width <= 0:
            return
        for row in self._frames:
            layout = row.layout()
            if layout is not None and layout.hasHeightForWidth():
                row.setMinimumHeight(layout.totalHeightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_rows()

    def _row(self, s: network.Suggestion) -> QWidget:
        row = QFrame()
        row.setObjectName("suggestion")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(10, 8, 8, 8)
        text = QVBoxLayout()
        text.setSpacing(2)
        names = QLabel(f"{s.person_a.label} ↔ {s.person_b.label}")
        names.setObjectName("suggestionNames")
        names.setTextFormat(Qt.TextFormat.PlainText)
        names.setWordWrap(True)
        reason = QLabel(s.reason)
        reason.setObjectName("muted")
        reason.setTextFormat(Qt.TextFormat.PlainText)
        reason.setWordWrap(True)
        text.addWidget(names)
        text.addWidget(reason)
        layout.addLayout(text, 1)
        button = QPushButton(self.tr("Propose"))
        button.setToolTip(self.tr("Record a proposed introduction (undo with Ctrl+Z)"))
        button.clicked.connect(lambda _c=False, sug=s: self.propose(sug))
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.buttons.append(button)
        return row

    def propose(self, suggestion: network.Suggestion) -> bool:
        """Record the suggested introduction as proposed, by the user (undoable)."""
        fields = graph.IntroductionFields(
            person_a=suggestion.person_a.id, person_b=suggestion.person_b.id,
            introducer=self._me, status="proposed", context=suggestion.reason)
        return self._ops.record_introduction(fields) is not None


def show_insights(connectors: ConnectorList, suggestions: SuggestionList,
                  result: Insights, me: ContactId | None) -> Iterator[bool]:
    """Fill both lists, yielding between steps (the panel gives each its own turn of the
    event loop)."""
    connectors.show_connectors(result.connectors, result.reasons)
    yield True
    yield from suggestions.suggestion_steps(result.suggestions, me)
