"""Geometry checks a user would notice (issue 14, "fits every screen"): a window larger
than the screen, a control drawn partly outside the widget that holds it, two controls on
top of each other, a dialog's buttons off the screen, a label or button whose text is cut.

``problems(top, area)`` walks every visible widget of a top-level window and returns one
line per defect (empty: it fits). Used by tests/ui/fit_probe.py at each screen size and
scale, and tested on purpose-built broken widgets in tests/ui/test_fit.py.

What is allowed, and why:
- Content inside a scroll area (a QAbstractScrollArea's viewport) may be larger than the
  viewport: the user scrolls to it. Item views and graphics views draw their own content.
- A control may float over a canvas (a QAbstractScrollArea sibling: the network's zoom
  buttons over the picture) but not over another control.
- A label may be narrower than its text when it elides on purpose: a horizontal size
  policy of Ignored (the label elides in its resizeEvent), or the property ``elides``.
- Qt's own internals (object names starting with ``qt_``) are Qt's business.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSplitterHandle,
    QStatusBar,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # pixels of rounding allowed (fractional scale factors)
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QLabel, QTabBar)


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text().replace("\n", " ")[:40]
    elif isinstance(widget, QLineEdit):
        text = widget.placeholderText()[:40]
    name = widget.objectName()
    return (f"{type(widget).__name__}"
            + (f"#{name}" if name else "") + (f" {text!r}" if text else ""))


def path(widget: QWidget) -> str:
    parts = []
    w: QWidget | None = widget
    while w is not None and len(parts) < 4:
        parts.append(_name(w))
        w = w.parentWidget()
    return " < ".join(parts)


def _internal(widget: QWidget) -> bool:
    w: QWidget | None = widget
    while w is not None:
        if w.objectName().startswith("qt_"):
            return True
        w = w.parentWidget() if not w.isWindow() else None
    return False


def _in_scroll_content(widget: QWidget) -> bool:
    """The widget is the content of a scroll area (or inside an item view's viewport)."""
    parent = widget.parentWidget()
    grand = parent.parentWidget() if parent is not None else None
    return isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent


def _inside_item_view(widget: QWidget) -> bool:
    """An editor or index widget inside an item view: the view places and clips it."""
    w = widget.parentWidget()
    while w is not None and not w.isWindow():
        if isinstance(w, QAbstractScrollArea) and not _is_plain_scroll_area(w):
            return True
        w = w.parentWidget()
    return False


def _is_plain_scroll_area(w: QAbstractScrollArea) -> bool:
    return isinstance(w, QScrollArea)


def visible_rect(widget: QWidget, top: QWidget) -> QRect:
    """The part of *widget* not clipped by its ancestors up to *top*, in top's coordinates."""
    rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    w = widget.parentWidget()
    while w is not None and w is not top:
        rect = rect.intersected(QRect(w.mapTo(top, QPoint(0, 0)), w.size()))
        w = w.parentWidget()
    return rect.intersected(top.rect())


def _text_cut(widget: QWidget) -> str | None:
    if isinstance(widget, QLabel):
        if not widget.text() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return None
        if widget.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored:
            return None
        if widget.property("elides"):
            return None
        if widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            if need > widget.height() + SLACK:
                return f"wrapped text needs {need} px high, has {widget.height()}"
            return None
        hint = widget.minimumSizeHint()
        if hint.width() > widget.width() + SLACK:
            return f"text needs {hint.width()} px, has {widget.width()}"
        if hint.height() > widget.height() + SLACK:
            return f"text needs {hint.height()} px high, has {widget.height()}"
        return None
    if isinstance(widget, (QPushButton, QCheckBox, QRadioButton)) or (
            isinstance(widget, QToolButton) and widget.text()
            and widget.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly):
        if not widget.text():
            return None
        hint = widget.sizeHint()
        if hint.width() > widget.width() + SLACK:
            return f"label needs {hint.width()} px, has {widget.width()}"
    return None


def problems(top: QWidget, area: QRect) -> list[str]:
    """Every defect of *top* (a shown top-level widget) on a screen whose available area is
    *area* (logical pixels)."""
    found: list[str] = []
    frame = top.frameGeometry()
    if frame.width() > area.width() + SLACK or frame.height() > area.height() + SLACK:
        found.append(f"{_name(top)}: window {frame.width()}×{frame.height()} larger than "
                     f"the screen's {area.width()}×{area.height()}")
    minimum = top.minimumSizeHint() if top.minimumSize().isNull() else top.minimumSize()
    if top.layout() is not None:
        minimum = minimum.expandedTo(top.minimumSize())
    if minimum.width() > area.width() or minimum.height() > area.height():
        found.append(f"{_name(top)}: minimum size {minimum.width()}×{minimum.height()} "
                     f"larger than the screen's {area.width()}×{area.height()}")
    _walk(top, top, found)
    for box in top.findChildren(QDialogButtonBox):
        if not box.isVisibleTo(top):
            continue
        for button in box.buttons():
            if not button.isVisibleTo(top):
                continue
            shown = visible_rect(button, top)
            if shown.size() != button.size():
                found.append(f"{path(button)}: dialog button not fully visible "
                             f"({shown.width()}×{shown.height()} of "
                             f"{button.width()}×{button.height()})")
    return found


def _walk(widget: QWidget, top: QWidget, found: list[str]) -> None:
    children = [c for c in widget.findChildren(QWidget, options=Qt.FindChildOption.
                                               FindDirectChildrenOnly)
                if not c.isWindow() and c.isVisibleTo(top) and not _internal(c)]
    inner = widget.rect()
    scrolled = isinstance(widget, QAbstractScrollArea)
    for child in children:
        geo = child.geometry()
        if child.width() <= 0 or child.height() <= 0:
            continue
        if not (_in_scroll_content(child) or _inside_item_view(child) or scrolled
                or isinstance(widget, (QToolBar, QMenuBar, QStatusBar))):
            if not inner.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(geo):
                found.append(f"{path(child)}: {geo.x()},{geo.y()} {geo.width()}×"
                             f"{geo.height()} outside its parent's {inner.width()}×"
                             f"{inner.height()}")
        if not _inside_item_view(child):
            cut = _text_cut(child)
            if cut and visible_rect(child, top).width() > 0:
                found.append(f"{path(child)}: {cut}")
    if isinstance(widget, QScrollArea) and widget.widget() is not None:
        content, port = widget.widget(), widget.viewport()
        if content.isVisibleTo(top) and content.width() > port.width() + SLACK:
            found.append(f"{path(widget)}: scrolls sideways, its content is "
                         f"{content.width()} px wide in {port.width()}")
    if not scrolled:
        _overlaps(children, found)
    for child in children:
        _walk(child, top, found)


def _overlaps(children: list[QWidget], found: list[str]) -> None:
    shown = [c for c in children if not isinstance(c, QSplitterHandle)
             and c.width() > 0 and c.height() > 0]
    for i, a in enumerate(shown):
        for b in shown[i + 1:]:
            common = a.geometry().intersected(b.geometry())
            if common.width() <= SLACK or common.height() <= SLACK:
                continue
            # A control floating on a canvas is an overlay by design.
            if isinstance(a, QAbstractScrollArea) != isinstance(b, QAbstractScrollArea):
                continue
            found.append(f"{path(a)} overlaps {_name(b)} by {common.width()}×"
                         f"{common.height()}")
