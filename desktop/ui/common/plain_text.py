"""Contact text is data, never markup (DESIGN.md): helpers for the places Qt guesses.

A QLabel can be told ``Qt.TextFormat.PlainText``; a tooltip cannot: Qt renders it as rich
text whenever ``Qt.mightBeRichText`` says it looks like markup, so a contact named
``<b>Bold</b> <img src=x>`` would show in bold, with a broken image. ``plain_tooltip`` turns
such text into rich text that displays exactly the characters given.
"""

from __future__ import annotations

import html
from typing import overload

from PySide6.QtGui import Qt
from PySide6.QtWidgets import QLabel, QWidget


@overload
def plain_tooltip(text: str) -> str: ...
@overload
def plain_tooltip(text: None) -> None: ...
def plain_tooltip(text: str | None) -> str | None:
    """*text* as a tooltip that shows it literally (line breaks and spaces kept)."""
    if not text or not Qt.mightBeRichText(text):
        return text
    return f"<p style='white-space:pre'>{html.escape(text, quote=False)}</p>"


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = False
                ) -> QLabel:
    """A label that shows *text* literally (never guessed to be rich text)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    return label
