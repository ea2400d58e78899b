"""Where the calendar panel's parts go (issue 14): two columns where there is room (the
month grid beside this week's focus, the agenda beside the overdue list), one column in a
narrow window (half a screen, 1024 pixels with the detail pane), the header's controls and
the action buttons then flowing onto as many rows as they need."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common.flow import FlowLayout

NARROW = 720  # below this width the focus cards go under the month grid


class PanelLayout(QObject):
    """The grid layout of *panel* and its two arrangements (``fit``).

    The parts: ``_navigation`` (previous, today, next), ``_title`` the month, ``_legend``
    (``_legend_width`` wide on one line), ``_remind`` the "Remind me…" button, ``_grid``
    the month, ``_focus`` this week's focus, ``_buttons`` the follow-up actions'
    buttons, ``_hint`` the line under them; the agenda's and the overdue list's boxes.
    Private state: ``_narrow`` the arrangement shown (None: none yet); ``_watching``
    whether the scroll area's viewport is watched for its width (``_room``)."""

    def __init__(self, panel: QWidget, *, navigation: Sequence[QWidget], title: QWidget,
                 legend: QLabel, remind: QWidget, grid: QWidget, focus: QWidget,
                 agenda_head: Sequence[QWidget], agenda: Sequence[QWidget],
                 overdue_head: Sequence[QWidget], overdue: Sequence[QWidget],
                 buttons: Sequence[QWidget], hint: QWidget) -> None:
        super().__init__(panel)
        self._panel = panel
        self._navigation, self._title, self._remind = tuple(navigation), title, remind
        self._grid, self._focus, self._buttons, self._hint = grid, focus, tuple(buttons), hint
        self._legend = legend
        self._legend_width = legend.sizeHint().width()  # on one line (before any wrap)
        # Wraps between its entries (never inside one) when the panel is narrow.
        legend.setText(legend.text().replace("</span> ", "</span>&nbsp;"))
        self._wrapping = [agenda_head[0], overdue_head[0]]  # the titles: long dates (German)
        self._narrow: bool | None = None
        self._watching = False

        self._header = QHBoxLayout()
        self._header.setSpacing(6)
        self._button_row = QHBoxLayout()
        self._button_row.setSpacing(6)
        self._header_flow = FlowLayout()  # narrow: the header's controls, wrapping
        self._button_flow = FlowLayout()  # narrow: the action buttons, wrapping
        self._legend_row = QHBoxLayout()
        self._agenda_box = self._box(agenda_head, agenda)
        self._overdue_box = self._box(overdue_head, overdue)
        layout = QGridLayout(panel)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setHorizontalSpacing(16)
        layout.setVerticalSpacing(8)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)
        self._layout = layout
        self.arrange(False)

    @staticmethod
    def _box(head: Sequence[QWidget], body: Sequence[QWidget]) -> QVBoxLayout:
        """A list's box: its head (the title, stretching, then its buttons) on one row,
        the list, its "Show more" button."""
        row = QHBoxLayout()
        row.addWidget(head[0], 1)  # wraps only where the row is short
        for widget in head[1:]:
            row.addWidget(widget)
        box = QVBoxLayout()
        box.addLayout(row)
        tree, more = body
        box.addWidget(tree)
        box.addWidget(more, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def fit(self) -> None:
        """The arrangement for the width there is now."""
        self.arrange(self._room() < self.wide_needs())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._panel.parentWidget():
            self.fit()
        return super().eventFilter(watched, event)

    def _room(self) -> int:
        """The width there is for the panel: in a scroll area (the main window's, on a
        small screen) its viewport's, which the panel's own minimum does not widen."""
        parent = self._panel.parentWidget()
        if parent is not None and parent.objectName() == "qt_scrollarea_viewport":
            if not self._watching:
                parent.installEventFilter(self)
                self._watching = True
            return parent.width()
        return self._panel.width()

    def wide_needs(self) -> int:
        """The width the two-column layout needs: at least NARROW, more where the header
        on one row (buttons, month, legend, Remind Me) is wider (German: about 900 px)."""
        spacing = self._header.spacing()
        parts = (*self._navigation, self._title, self._remind)
        header = (sum(w.sizeHint().width() for w in parts) + self._legend_width
                  + spacing * 5 + 8 + 8)
        margins = self._layout.contentsMargins()
        return max(NARROW, header + margins.left() + margins.right())

    def arrange(self, narrow: bool) -> None:
        """Two columns where there is room; in a narrow window (half a screen, 1024
        pixels with the detail pane) one column: the focus cards under the month grid, the
        header's controls and the action buttons flowing onto as many rows as they need
        (German and French words are long), the legend under the header, wrapping.
        Squeezed side by side the cards covered the grid and Sunday was cut off."""
        if narrow == self._narrow:
            return
        self._narrow = narrow
        self._legend.setWordWrap(narrow)
        for label in self._wrapping:
            if isinstance(label, QLabel):
                label.setWordWrap(True)
        grid = self._layout
        for item in (self._header, self._header_flow, self._legend_row, self._agenda_box,
                     self._overdue_box, self._button_row, self._button_flow):
            grid.removeItem(item)
        for cell in (self._grid, self._focus, self._hint):
            grid.removeWidget(cell)
        for layout in (self._header, self._header_flow, self._legend_row, self._button_row,
                       self._button_flow):
            while layout.count():
                layout.takeAt(0)  # the widgets stay the panel's
        for row in range(grid.rowCount()):
            grid.setRowStretch(row, 0)
        if narrow:
            for widget in (*self._navigation, self._title, self._remind):
                self._header_flow.addWidget(widget)
            self._legend_row.addWidget(self._legend, 1)
            for button in self._buttons:
                self._button_flow.addWidget(button)
            rows: list[QWidget | QLayout] = [
                self._header_flow, self._legend_row, self._grid, self._focus,
                self._agenda_box, self._overdue_box, self._button_flow, self._hint]
            for row, placed in enumerate(rows):
                if isinstance(placed, QWidget):
                    grid.addWidget(placed, row, 0, 1, 2)
                else:
                    grid.addLayout(placed, row, 0, 1, 2)
            grid.setRowStretch(2, 3)
            grid.setRowStretch(4, 2)
            grid.setRowStretch(5, 2)
        else:
            for widget in self._navigation:
                self._header.addWidget(widget)
            self._header.addSpacing(8)
            self._header.addWidget(self._title)
            self._header.addStretch(1)
            self._header.addWidget(self._legend)
            self._header.addSpacing(8)
            self._header.addWidget(self._remind)
            for button in self._buttons:
                self._button_row.addWidget(button)
            self._button_row.addStretch(1)
            grid.addLayout(self._header, 0, 0, 1, 2)
            grid.addWidget(self._grid, 1, 0)
            grid.addWidget(self._focus, 1, 1)
            grid.addLayout(self._agenda_box, 2, 0)
            grid.addLayout(self._overdue_box, 2, 1)
            grid.addLayout(self._button_row, 3, 0, 1, 2)
            grid.addWidget(self._hint, 4, 0, 1, 2)
            grid.setRowStretch(1, 3)
            grid.setRowStretch(2, 2)
