"""Keyboard focus in reading order (issue 14).

Qt's Tab chain follows the order widgets were created, which for panes that rebuild their
rows (the detail pane's tags, timeline, facts, introductions) is not the order on screen.
``reading_order`` sorts the Tab stops of a container by where they are drawn: rows top to
bottom, left to right within a row. ``move_focus`` moves the focus along a list of such
stops, for a window that overrides ``focusNextPrevChild``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QWidget


def takes_tab(widget: QWidget) -> bool:
    """Whether Tab may stop on *widget* now: shown, enabled, and taking Tab focus.

    A checkable button of an exclusive group stops only when it is the checked one (or the
    group has none checked and it is the first): the arrows move within the group, Qt's
    convention for radio buttons and segmented controls."""
    if not (widget.isVisible() and widget.isEnabled()):
        return False
    if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return False
    if widget.focusProxy() is not None:
        return False
    if isinstance(widget, QAbstractButton):
        group = widget.group()
        if group is not None and group.exclusive():
            checked = group.checkedButton()
            shown = [b for b in group.buttons() if b.isVisible() and b.isEnabled()]
            return widget is (checked if checked is not None and checked in shown
                              else (shown[0] if shown else None))
    return True


def reading_order(widgets: Sequence[QWidget], within: QWidget) -> list[QWidget]:
    """*widgets* sorted as they read on screen, in *within*'s coordinates: a widget
    belongs to a row when its vertical middle lies inside the row's first widget; rows top
    to bottom, left to right in a row (right to left for a right-to-left layout)."""
    placed = []
    for widget in widgets:
        top_left = widget.mapTo(within, widget.rect().topLeft())
        placed.append((top_left.y(), top_left.x(), widget.height(), widget))
    placed.sort(key=lambda p: (p[0], p[1]))
    rows: list[list[tuple[int, int, int, QWidget]]] = []
    for item in placed:
        if rows:
            first = rows[-1][0]
            if item[0] + item[2] // 2 < first[0] + first[2]:
                rows[-1].append(item)
                continue
        rows.append([item])
    rtl = within.layoutDirection() == Qt.LayoutDirection.RightToLeft
    ordered: list[QWidget] = []
    for row in rows:
        row.sort(key=lambda p: -p[1] if rtl else p[1])
        ordered.extend(p[3] for p in row)
    return ordered


def tab_stops(container: QWidget) -> list[QWidget]:
    """The widgets inside *container* that Tab stops on, in reading order. The controls
    of a scroll area are read where the area is, in the order of its content (so the
    order does not change as the area scrolls to the focused one)."""
    found = [w for w in container.findChildren(QWidget) if takes_tab(w)]
    # A widget inside another stop (a combo box's line edit) is reached through it; a
    # scroll area that holds controls is reached through them (they scroll into view).
    inner = {w for w in found for other in found if other is not w and other.isAncestorOf(w)
             and not isinstance(other, QScrollArea)}
    stops = [w for w in found if w not in inner]
    areas = [a for a in container.findChildren(QScrollArea) if _holds_any(a, stops)]
    outermost = [a for a in areas if not any(b is not a and b.isAncestorOf(a) for b in areas)]
    blocks: dict[QWidget, list[QWidget]] = {a: [] for a in outermost}
    placed: list[QWidget] = []
    for widget in stops:
        area = next((a for a in outermost if a is widget or a.isAncestorOf(widget)), None)
        if area is None:
            placed.append(widget)
        elif area is not widget:
            blocks[area].append(widget)
    ordered: list[QWidget] = []
    for widget in reading_order(placed + list(blocks), container):
        if widget in blocks:
            content = widget.widget()  # type: ignore[attr-defined]
            ordered.extend(tab_stops(content) if blocks[widget] else [])
        else:
            ordered.append(widget)
    return ordered


def _holds_any(area: QScrollArea, widgets: Sequence[QWidget]) -> bool:
    content = area.widget()
    return content is not None and any(content.isAncestorOf(w) for w in widgets)


def _depth(widget: QWidget) -> int:
    depth = 0
    parent = widget.parentWidget()
    while parent is not None:
        parent = parent.parentWidget()
        depth += 1
    return depth


def move_focus(stops: Sequence[QWidget], current: QWidget | None, forward: bool) -> bool:
    """Focus the stop after (or before) *current*, wrapping around; False when *current*
    is not one of *stops* (or inside one), so the caller leaves it to Qt."""
    if not stops or current is None:
        return False
    index = next((i for i, w in enumerate(stops) if w is current), -1)
    if index < 0:  # inside a stop (a combo box's line edit): the innermost that holds it
        holders = [i for i, w in enumerate(stops) if w.isAncestorOf(current)]
        index = max(holders, key=lambda i: _depth(stops[i]), default=-1)
    if index < 0:
        return False
    target = stops[(index + (1 if forward else -1)) % len(stops)]
    focus_on(target, Qt.FocusReason.TabFocusReason if forward
             else Qt.FocusReason.BacktabFocusReason)
    return True


def focus_on(target: QWidget, reason: Qt.FocusReason) -> None:
    """Focus *target* and scroll it into view in the scroll area that holds it."""
    target.setFocus(reason)
    parent = target.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and _holds_any(parent, [target]):
            parent.ensureWidgetVisible(target)
            break
        parent = parent.parentWidget()
