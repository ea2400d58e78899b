"""Layout helpers shared by the panes and panels that rebuild their rows."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout


def clear_layout(layout: QLayout) -> None:
    """Take every item out of *layout* and delete its widget: hidden at once (deleteLater
    waits for the event loop, and a widget left showing until then would paint over the
    rows made in its place)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()
