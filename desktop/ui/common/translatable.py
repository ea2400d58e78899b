"""``QT_TRANSLATE_NOOP`` with a type: marks a string for translation where it is defined
(a table built at import time) and returns it unchanged; it is translated where it is
shown, with ``QCoreApplication.translate(context, text)`` (or ``self.tr(text)`` in the
class named *context*). pyside6-lupdate finds the calls by this name. PySide6's own stub
types the result as ``object``, which hid every such table from mypy."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
        ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP"]
