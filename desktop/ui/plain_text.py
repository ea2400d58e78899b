"""Moved to :mod:`desktop.ui.common.plain_text` (issue 14); this name stays until every
widget imports it from there."""

from desktop.ui.common.plain_text import plain_label, plain_tooltip

__all__ = ["plain_label", "plain_tooltip"]
