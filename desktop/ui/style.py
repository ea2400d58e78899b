"""The look: a restrained stylesheet derived from the platform palette, and the few
colours that carry meaning (relationship stages, tag categories).

The stylesheet is built from the palette rather than fixed colours so that a dark
desktop theme stays readable; it only adds spacing, the sidebar tint and quiet
borders, and leaves native controls alone.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# Stage colours: cool to warm as a relationship deepens (text on a light tint).
STAGE_COLOURS: dict[str, str] = {
    "connected": "#64748b",
    "acquainted": "#2563eb",
    "relationship": "#059669",
    "trusted": "#b45309",
}
DEFAULT_TAG_COLOUR = "#94a3b8"

CATEGORY_TITLES: dict[str, str] = {
    "interest": "Interests",
    "group": "Groups",
    "avoid": "Topics to avoid",
    "needs": "Needs",
    "offers": "Offers",
}
CATEGORY_ORDER: tuple[str, ...] = ("group", "interest", "needs", "offers", "avoid")

ROW_HEIGHT = 30


def tag_colour(colour: str) -> QColor:
    c = QColor(colour) if colour else QColor()
    return c if c.isValid() else QColor(DEFAULT_TAG_COLOUR)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _mix(a: QColor, b: QColor, t: float) -> str:
    """*a* moved a fraction *t* towards *b*, as #rrggbb."""
    return _blend(a, b, t).name()


def mix(a: QColor, b: QColor, t: float) -> str:
    """*a* moved a fraction *t* towards *b*, as #rrggbb."""
    return _mix(a, b, t)


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    r = round(a.red() + (b.red() - a.red()) * t)
    g = round(a.green() + (b.green() - a.green()) * t)
    bl = round(a.blue() + (b.blue() - a.blue()) * t)
    return QColor(r, g, bl)


def _luminance(c: QColor) -> float:
    """Relative luminance (WCAG 2.x)."""
    def channel(v: int) -> float:
        x = v / 255
        return x / 12.92 if x <= 0.04045 else ((x + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours: 1 (none) to 21 (black on white)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_background(bg: QColor, fg: QColor, ratio: float = 4.5) -> QColor:
    """*bg* darkened (under light text) or lightened (under dark text) just enough for
    *fg* to reach *ratio* (WCAG AA for body text is 4.5)."""
    target = QColor("#000000") if _luminance(fg) > 0.18 else QColor("#ffffff")
    for step in range(21):
        c = _blend(bg, target, step / 20)
        if contrast(c, fg) >= ratio:
            return c
    return target


LIST_STATES = ("normal", "hover", "selected", "selected_hover", "inactive", "inactive_hover")


def list_item_colours(palette: QPalette) -> dict[str, tuple[QColor, QColor]]:
    """(background, text) of a contact-list row in each state. The selection is the
    palette's highlight, deepened where its text would not read (Fusion's white on
    #308cc6 is 3.7:1); hovering a selected row darkens it a little and keeps its text
    colour (QA: hover painted a pale tint under white text, s02/i06)."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    on_highlight = palette.color(QPalette.ColorRole.HighlightedText)
    selected = readable_background(highlight, on_highlight)
    deeper = QColor("#000000") if _luminance(on_highlight) > 0.18 else QColor("#ffffff")
    inactive = readable_background(_blend(base, highlight, 0.16), text)
    return {
        "normal": (base, text),
        "hover": (readable_background(_blend(base, highlight, 0.08), text), text),
        "selected": (selected, on_highlight),
        "selected_hover": (readable_background(_blend(selected, deeper, 0.12), on_highlight),
                           on_highlight),
        "inactive": (inactive, text),
        "inactive_hover": (readable_background(_blend(inactive, highlight, 0.08), text), text),
    }


def stylesheet(palette: QPalette) -> str:
    base = palette.color(QPalette.ColorRole.Base)
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.Text)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    sidebar_bg = _mix(window, base, 0.35)
    border = _mix(window, text, 0.14)
    header_text = _mix(base, text, 0.6)
    hover = _mix(base, highlight, 0.08)
    scroll_handle = _mix(base, text, 0.22)
    scroll_hover = _mix(base, text, 0.38)
    highlighted_text = palette.color(QPalette.ColorRole.HighlightedText).name()
    item = {state: (bg.name(), fg.name()) for state, (bg, fg) in
            list_item_colours(palette).items()}
    return f"""
QMainWindow::separator {{ width: 1px; background: {border}; }}
QSplitter::handle {{ background: {border}; }}
QSplitter::handle:horizontal {{ width: 1px; }}
QToolBar {{ border: none; border-bottom: 1px solid {border}; spacing: 4px; padding: 4px 8px; }}
QToolBar QToolButton {{ padding: 4px 8px; border-radius: 6px; }}
QToolBar QToolButton:hover {{ background: {hover}; }}
QStatusBar {{ border-top: 1px solid {border}; }}
QStatusBar QLabel {{ padding: 0 8px; }}

#Sidebar {{ background: {sidebar_bg}; }}
#Sidebar QTreeView {{ background: {sidebar_bg}; border: none; outline: 0; }}

#Sidebar QScrollBar:vertical, #ContactTable QScrollBar:vertical {{
    background: transparent; width: 10px; margin: 2px 1px;
}}
#Sidebar QScrollBar:horizontal, #ContactTable QScrollBar:horizontal {{
    background: transparent; height: 10px; margin: 1px 2px;
}}
#Sidebar QScrollBar::handle, #ContactTable QScrollBar::handle {{
    background: {scroll_handle}; border-radius: 4px; min-height: 32px; min-width: 32px;
}}
#Sidebar QScrollBar::handle:hover, #ContactTable QScrollBar::handle:hover {{
    background: {scroll_hover};
}}
#Sidebar QScrollBar::add-line, #Sidebar QScrollBar::sub-line,
#ContactTable QScrollBar::add-line, #ContactTable QScrollBar::sub-line {{
    width: 0; height: 0; border: none; background: none;
}}
#Sidebar QScrollBar::add-page, #Sidebar QScrollBar::sub-page,
#ContactTable QScrollBar::add-page, #ContactTable QScrollBar::sub-page {{
    background: none;
}}

#ListPane {{ background: {base.name()}; }}
#SearchField {{
    padding: 6px 10px; border: 1px solid {border}; border-radius: 8px;
    background: {base.name()}; font-size: 13px;
}}
#SearchField:focus {{ border: 1px solid {highlight.name()}; }}
#ContactTable {{
    border: none; outline: 0; background: {base.name()};
    selection-background-color: {item["selected"][0]}; selection-color: {item["selected"][1]};
}}
#ContactTable::item {{ padding: 0 8px; border: none; }}
#ContactTable::item:hover {{ background: {item["hover"][0]}; color: {item["hover"][1]}; }}
#ContactTable::item:selected {{
    background: {item["selected"][0]}; color: {item["selected"][1]};
}}
#ContactTable::item:selected:hover {{
    background: {item["selected_hover"][0]}; color: {item["selected_hover"][1]};
}}
#ContactTable::item:selected:!active {{
    background: {item["inactive"][0]}; color: {item["inactive"][1]};
}}
#ContactTable::item:selected:hover:!active {{
    background: {item["inactive_hover"][0]}; color: {item["inactive_hover"][1]};
}}
#ContactTable QHeaderView::section {{
    background: {base.name()}; color: {header_text}; border: none;
    border-bottom: 1px solid {border}; padding: 6px 8px;
}}

#EmptyState {{ background: {base.name()}; }}
#EmptyTitle {{ font-size: 26px; font-weight: 600; }}
#EmptyText {{ font-size: 14px; color: {header_text}; }}
#EmptyState QPushButton {{
    padding: 12px 26px; font-size: 14px; border-radius: 8px;
    border: 1px solid {border}; background: {base.name()};
}}
#EmptyState QPushButton:hover {{ background: {hover}; }}
#EmptyState QPushButton#PrimaryButton {{
    background: {highlight.name()}; color: {highlighted_text};
    border: 1px solid {highlight.name()};
}}
#EmptyState QPushButton#PrimaryButton:hover {{ background: {_mix(highlight, text, 0.12)}; }}
"""


def apply(app: QApplication) -> None:
    """Give the application its look (called once at start-up)."""
    app.setStyleSheet(stylesheet(app.palette()))
