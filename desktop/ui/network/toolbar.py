"""The network view's toolbar (issue 5): find a person, filter by tag and stage, how far
a double-click reaches, zoom, re-arrange. Its groups flow onto as many rows as the width
needs, each at its natural size: controls are never squeezed, clipped or overlapping,
from a 1024-pixel window (issue 16) to a wide screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from desktop.ui.network.items import STAGE_TITLES


class FlowLayout(QLayout):
    """Items left to right, wrapping to a new row when the next does not fit (Qt's flow
    layout example). The first item (the find field) stretches to fill its row."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        # Qt asks for the height at a width many times per layout pass (about a
        # millisecond each): answered once per width until the layout is invalidated.
        self._heights: dict[int, int] = {}
        self._minimum: QSize | None = None
        self.setContentsMargins(12, 10, 12, 8)

    def invalidate(self) -> None:
        self._heights.clear()
        self._minimum = None
        super().invalidate()

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        self.invalidate()
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._place(QRect(0, 0, width, 0), move=False)
        return height

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        if self._minimum is None:
            size = QSize()
            for item in self._items:
                size = size.expandedTo(item.minimumSize())
            margins: QMargins = self.contentsMargins()
            self._minimum = size + QSize(margins.left() + margins.right(),
                                         margins.top() + margins.bottom())
        return QSize(self._minimum)

    def rows(self) -> list[list[QWidget]]:
        """The widgets on each row, as last placed (tests)."""
        found: dict[int, list[QWidget]] = {}
        for item in self._items:
            widget = item.widget()
            if widget is not None and not widget.isHidden():
                found.setdefault(widget.geometry().top(), []).append(widget)
        return [found[top] for top in sorted(found)]

    def _place(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(),
                             -margins.bottom())
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint().expandedTo(item.minimumSize())
            needed = hint.width() + (self._spacing if rows[-1] else 0)
            if rows[-1] and used + needed > area.width():
                rows.append([])
                used, needed = 0, hint.width()
            rows[-1].append((item, hint))
            used += needed
        y = area.y()
        for number, row in enumerate(rows):
            if not row:
                continue
            height = max(hint.height() for _item, hint in row)
            spare = area.width() - sum(h.width() for _i, h in row) - self._spacing * (len(row)
                                                                                      - 1)
            x = area.x()
            for index, (item, hint) in enumerate(row):
                width = hint.width()
                if number == 0 and index == 0 and spare > 0:
                    width += spare  # the find field takes what is left of its row
                if move:
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2),
                                           QSize(width, hint.height())))
                x += width + self._spacing
            y += height + self._spacing
        return y - self._spacing - rect.y() + margins.bottom()


class Toolbar(QWidget):
    """The find field, the filters and the zoom buttons, flowing onto rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.find_field = QLineEdit(self)
        self.find_field.setPlaceholderText(self.tr("Find a person in the network…"))
        self.find_field.setClearButtonEnabled(True)
        # Never narrower than its placeholder (QA: "Fi…" in a 1280-pixel window).
        self.find_field.setMinimumWidth(
            self.find_field.fontMetrics().horizontalAdvance(
                self.find_field.placeholderText()) + 40)
        self.find_field.setAccessibleName(self.tr("Find a person in the network"))
        self.tag_filter = QComboBox(self)
        self.tag_filter.setToolTip(self.tr("Show only people with this tag"))
        self.tag_filter.setAccessibleName(self.tr("Tag"))
        # A long tag name is elided in the box (the list shows it whole), so the toolbar
        # does not grow with the longest tag.
        self.tag_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.tag_filter.setMinimumContentsLength(10)
        self.stage_filter = QComboBox(self)
        self.stage_filter.addItem(self.tr("All stages"), "")
        for key, title in STAGE_TITLES.items():
            self.stage_filter.addItem(QCoreApplication.translate("NetworkView", title), key)
        self.stage_filter.setToolTip(self.tr("Show only people at this stage"))
        self.stage_filter.setAccessibleName(self.tr("Stage"))
        self.hops = QComboBox(self)
        self.hops.addItem(self.tr("1 hop"), 1)
        self.hops.addItem(self.tr("2 hops"), 2)
        self.hops.setToolTip(self.tr("How far a double-click on a person reaches"))
        self.hops.setAccessibleName(self.tr("Neighbourhood size"))
        self.zoom_out = self._tool("\u2212", self.tr("Zoom out (Ctrl+-)"), self.tr("Zoom out"))
        self.zoom_in = self._tool("+", self.tr("Zoom in (Ctrl++)"), self.tr("Zoom in"))
        self.fit = self._tool(self.tr("Fit"), self.tr("Zoom to fit (Ctrl+0)"),
                              self.tr("Zoom to fit"))
        self.rearrange = self._tool(self.tr("Re-arrange"), self.tr("Lay the network out afresh"))
        self.everyone_button = QPushButton(self.tr("Show everyone"), self)
        self.everyone_button.setToolTip(self.tr("Leave the neighbourhood view (Esc)"))
        self.everyone_button.hide()
        # Only the two zoom buttons stay together; every other control flows on its own,
        # so a narrow window or longer words (German: "Neu anordnen", "Alle Stufen") wrap
        # to another row rather than run past the edge.
        self.tools = self._group(self.zoom_out, self.zoom_in)
        self.flow = FlowLayout(self)
        for widget in (self.find_field, self.tools, self.fit, self.rearrange,
                       self.tag_filter, self.stage_filter, self.hops, self.everyone_button):
            self.flow.addWidget(widget)

    def _tool(self, text: str, tip: str, name: str = "") -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        if name:  # "Zoom in", not "+"
            button.setAccessibleName(name)
        return button

    def _group(self, *widgets: QWidget) -> QWidget:
        group = QWidget(self)
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for widget in widgets:
            row.addWidget(widget)
        return group

    def connect_tools(self, zoom_out: Callable[[], None], zoom_in: Callable[[], None],
                      fit: Callable[[], None], rearrange: Callable[[], None]) -> None:
        self.zoom_out.clicked.connect(zoom_out)
        self.zoom_in.clicked.connect(zoom_in)
        self.fit.clicked.connect(fit)
        self.rearrange.clicked.connect(rearrange)

    def fill_tags(self, tags: dict[str, int]) -> None:
        """The tag filter's choices: all tags, then *tags* (name -> id) by name; the
        current choice is kept where it still exists."""
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        for name, tag_id in sorted(tags.items(), key=lambda t: t[0].casefold()):
            self.tag_filter.addItem(name, tag_id)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(current)))
        self.tag_filter.blockSignals(False)

    def rows_used(self) -> int:
        return len(self.flow.rows())
