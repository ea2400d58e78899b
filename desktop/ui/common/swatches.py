"""Colours picked from named swatches (issue 14): a grid of round swatches, each with its
name as tooltip and accessible name, and "Automatic" (the colour Rapport derives from the
tag's name). No colour is ever shown, or asked for, as a hex code.

    colour = choose_swatch(self, tag.colour, button)   # "#3b82f6", "" (automatic), None
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from desktop.ui.common import tokens

COLUMNS = 6
SIZE = 22


def swatch_icon(colour: str, size: int = SIZE, ring: QColor | None = None) -> QIcon:
    """A filled circle of *colour* (with a *ring* round it when given)."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(2, 2, size - 4, size - 4)
    if ring is not None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        pen = painter.pen()
        pen.setStyle(Qt.PenStyle.SolidLine)
        pen.setColor(ring)
        pen.setWidthF(2)
        painter.setPen(pen)
        painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class SwatchPicker(QWidget):
    """The swatches and "Automatic"; ``chosen`` says which one was clicked ("" for
    automatic). Private state: ``buttons`` maps each swatch's colour to its button."""

    chosen = Signal(str)

    def __init__(self, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Colours"))
        grid = QGridLayout()
        grid.setSpacing(tokens.SPACE_XS)
        self.buttons: dict[str, QToolButton] = {}
        group = QButtonGroup(self)
        current_swatch = tokens.swatch_for(current)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for i, swatch in enumerate(tokens.SWATCHES):
            button = QToolButton(self)
            selected = current_swatch is swatch
            button.setIcon(swatch_icon(swatch.colour, ring=text if selected else None))
            button.setIconSize(QSize(SIZE, SIZE))
            button.setCheckable(True)
            button.setChecked(selected)
            button.setAutoRaise(True)
            button.setToolTip(swatch.title)
            button.setAccessibleName(swatch.title)
            button.clicked.connect(lambda _c=False, c=swatch.colour: self._choose(c))
            group.addButton(button)
            grid.addWidget(button, i // COLUMNS, i % COLUMNS)
            self.buttons[swatch.colour] = button
        self.automatic = QPushButton(tokens.colour_title(""), self)
        self.automatic.setToolTip(self.tr("A colour chosen from the tag's name"))
        self.automatic.setFlat(not current)
        self.automatic.clicked.connect(lambda: self._choose(""))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(tokens.SPACE_S, tokens.SPACE_S, tokens.SPACE_S,
                                  tokens.SPACE_S)
        layout.setSpacing(tokens.SPACE_S)
        layout.addLayout(grid)
        layout.addWidget(self.automatic)

    @Slot(str)
    def _choose(self, colour: str) -> None:
        self.chosen.emit(colour)


def choose_swatch(parent: QWidget, current: str, below: QWidget | None = None) -> str | None:
    """Show the swatches in a pop-up (under *below*, else at the mouse) and wait: the
    colour picked ("" for automatic), or None when the pop-up was dismissed."""
    from PySide6.QtGui import QCursor

    menu = QMenu(parent)
    picker = SwatchPicker(current, menu)
    action = QWidgetAction(menu)
    action.setDefaultWidget(picker)
    menu.addAction(action)
    picked: list[str] = []

    def take(colour: str) -> None:
        picked.append(colour)
        menu.close()

    picker.chosen.connect(take)
    at = below.mapToGlobal(QPoint(0, below.height())) if below is not None else QCursor.pos()
    menu.exec(at)
    menu.deleteLater()
    return picked[0] if picked else None
