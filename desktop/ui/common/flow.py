"""A flow layout (Qt's flow layout example): items left to right at their natural size,
wrapping to a new row when the next one does not fit. For rows of buttons whose words
may be long (German, French) in a narrow window: they wrap instead of running past the
edge or being squeezed."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping onto as many rows as the width needs. Height for
    width: a parent layout (or a scroll area) gives it the rows it needs."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6,
                 align_right: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._right = align_right  # each row flush right (buttons after a title)
        self._heights: dict[int, int] = {}  # height at a width, until invalidated
        self.setContentsMargins(0, 0, 0, 0)

    def invalidate(self) -> None:
        self._heights.clear()
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
        # Flush right: take the row's width, so the buttons can sit at its end.
        return Qt.Orientation.Horizontal if self._right else Qt.Orientation(0)

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
        width = sum(item.sizeHint().width() for item in self._shown())
        width += self._spacing * max(0, len(self._shown()) - 1)
        margins: QMargins = self.contentsMargins()
        width += margins.left() + margins.right()
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize().expandedTo(item.sizeHint()))
        margins: QMargins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def rows(self) -> list[list[QWidget]]:
        """The widgets on each row, as last placed (tests)."""
        found: dict[int, list[QWidget]] = {}
        for item in self._shown():
            widget = item.widget()
            if widget is not None:
                found.setdefault(widget.geometry().top(), []).append(widget)
        return [found[top] for top in sorted(found)]

    def _shown(self) -> list[QLayoutItem]:
        shown = []
        for item in self._items:
            widget = item.widget()
            if widget is None or not widget.isHidden():
                shown.append(item)
        return shown

    def _place(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(),
                             -margins.bottom())
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._shown():
            hint = item.sizeHint().expandedTo(item.minimumSize())
            needed = hint.width() + (self._spacing if rows[-1] else 0)
            if rows[-1] and used + needed > area.width():
                rows.append([])
                used, needed = 0, hint.width()
            rows[-1].append((item, hint))
            used += needed
        y = area.y()
        for row in rows:
            if not row:
                continue
            height = max(hint.height() for _item, hint in row)
            width = sum(hint.width() for _item, hint in row) + self._spacing * (len(row) - 1)
            x = area.x() + (max(0, area.width() - width) if self._right else 0)
            for item, hint in row:
                if move:
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2),
                                           hint))
                x += hint.width() + self._spacing
            y += height + self._spacing
        return max(0, y - self._spacing - rect.y()) + margins.bottom()
