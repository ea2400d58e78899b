"""The network view's frame around the picture: its style, the side column's sections,
the progress overlay and the legend (issue 5). Fixed text only: no contact data here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common import style, tokens
from desktop.ui.network.items import ME_COLOUR, PATH_COLOUR, STAGE_TITLES, canvas_colours


def panel_style(palette: QPalette) -> str:
    """The network view's style on *palette*: titles and hints in the muted token, the
    banner a tint of the accent, the progress box and the legend on the canvas colour, so
    every text reads at 4.5:1 in light and dark."""
    c = tokens.colours(palette)
    canvas = canvas_colours(palette)
    back = canvas.label_backing
    banner_bg, _border, banner_fg = tokens.tint(tokens.ACCENT, palette)
    return f"""
#GraphSide {{ background: palette(base); }}
#GraphSide QLabel#sideTitle {{ color: {c.muted}; font-size: 11px; font-weight: 600; }}
#GraphSide QLabel#muted {{ color: {c.muted}; }}
#GraphSide QLabel#step {{ padding: 2px 0 0 0; }}
#GraphSide QLabel#pathTitle {{ font-weight: 600; }}
#GraphSide QTreeWidget {{ border: none; background: transparent; }}
#GraphSide QTreeWidget::item {{ padding: 3px 0; }}
#GraphSide QHeaderView {{ background: transparent; }}
#GraphSide QHeaderView::section {{ background: transparent; border: none;
    border-bottom: 1px solid palette(midlight); color: {c.muted}; font-size: 11px;
    padding: 0 4px 3px 4px; }}
QFrame#suggestion, QFrame#pathCard {{ border: 1px solid palette(midlight);
    border-radius: 8px; background: palette(base); }}
QFrame#pathCard {{ border-left: 3px solid {PATH_COLOUR}; }}
QLabel#suggestionNames {{ font-weight: 600; }}
QLabel#banner {{ background: {banner_bg}; color: {banner_fg}; padding: 6px 10px; }}
QFrame#overlay {{ background: {c.base}; border: 1px solid {c.border}; border-radius: 8px; }}
QFrame#overlay QLabel {{ color: {c.text}; }}
QLabel#legend {{ color: {canvas.label_text.name()}; font-size: 11px;
    background: rgba({back.red()},{back.green()},{back.blue()},{back.alpha()});
    border-radius: 6px; padding: 3px 8px; }}
"""


translate = QCoreApplication.translate


def side_area(parent: QWidget) -> tuple[QScrollArea, QWidget]:
    """A frameless scroll area, scrolling only up and down, and the empty side column in
    it (its sections' widgets are made in it, then ``side_column`` lays them out)."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    side = QWidget(area.viewport())
    side.setObjectName("GraphSide")
    side.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    area.setWidget(side)
    area.setMinimumWidth(260)
    return area, side


def side_column(side: QWidget, sections: list[tuple[str, str | None, QWidget]]) -> None:
    """Lay out the side column *side* (``side_area``): each section a small capitalised
    title, an optional hint, its widget."""
    layout = QVBoxLayout(side)
    layout.setContentsMargins(14, 12, 14, 12)
    layout.setSpacing(6)
    for number, (title, hint, widget) in enumerate(sections):
        if number:
            layout.addSpacing(10)
        label = QLabel(title.upper(), side)
        label.setObjectName("sideTitle")
        font = label.font()
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
        label.setFont(font)
        layout.addWidget(label)
        if hint:
            text = QLabel(hint, side)
            text.setObjectName("muted")
            text.setWordWrap(True)
            layout.addWidget(text)
        layout.addWidget(widget)
    layout.addStretch(1)


def overlay(view: QWidget) -> tuple[QFrame, QLabel, QProgressBar, QPushButton]:
    """The progress and empty-state box shown over the picture."""
    frame = QFrame(view)
    frame.setObjectName("overlay")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 10)
    text = QLabel(translate("NetworkView", "Arranging the network…"))
    text.setTextFormat(Qt.TextFormat.PlainText)
    text.setWordWrap(True)
    progress = QProgressBar()
    progress.setRange(0, 100)
    progress.setTextVisible(False)
    progress.setFixedHeight(6)
    cancel = QPushButton(translate("NetworkView", "Cancel"))
    layout.addWidget(text)
    layout.addWidget(progress)
    layout.addWidget(cancel, 0, Qt.AlignmentFlag.AlignRight)
    frame.hide()
    return frame, text, progress, cancel


class Legend(QLabel):
    """What the colours and lines mean: on one line, or two where one does not fit."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self.setTextFormat(Qt.TextFormat.RichText)  # fixed text, no contact data
        def ink(colour: str) -> str:  # the legend's dots and lines, readable on its canvas
            return tokens.readable(colour, parent.palette())

        dots = "".join(
            f"<span style='color:{ink(colour)}'>●</span>&nbsp;{title}&nbsp;&nbsp; "
            for colour, title in [(ME_COLOUR, translate("NetworkView", "You"))]
            + [(style.STAGE_COLOURS[k], translate("NetworkView", t))
               for k, t in STAGE_TITLES.items()])
        proposed = translate("NetworkView", "proposed")
        introduced = translate("NetworkView", "introduced")
        path = translate("NetworkView", "path")
        links = (f"<span style='color:{ink(tokens.AVOID_COLOUR)}'>- - </span>&nbsp;{proposed}"
                 "&nbsp;&nbsp; "
                 f"→ {introduced}&nbsp;&nbsp; "
                 f"<span style='color:{ink(PATH_COLOUR)}'>━</span>&nbsp;{path}")
        self.texts = (dots + links, dots.rstrip() + "<br>" + links)
        self.setText(self.texts[0])
        self.adjustSize()


def place(box: QFrame, legend: Legend, viewport: QRect) -> None:
    """The overlay a third of the way down, centred; the legend at the bottom left."""
    box.setFixedWidth(min(360, max(200, viewport.width() - 40)))
    box.adjustSize()
    box.move((viewport.width() - box.width()) // 2, (viewport.height() - box.height()) // 3)
    legend.setText(legend.texts[0])
    legend.adjustSize()
    if legend.width() > viewport.width() - 24:
        legend.setText(legend.texts[1])
        legend.adjustSize()
    legend.move(12, viewport.height() - legend.height() - 10)
