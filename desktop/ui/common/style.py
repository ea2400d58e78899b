"""The look: a restrained stylesheet derived from the platform palette, and the few
colours that carry meaning (relationship stages, tag categories).

The stylesheet is built from the palette rather than fixed colours so that a dark
desktop theme stays readable; it only adds spacing, the sidebar tint and quiet
borders, and leaves native controls alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop.ui.common import tokens
from desktop.ui.common.tokens import STAGE_COLOURS, contrast, is_dark, readable_background
from desktop.ui.common.translatable import QT_TRANSLATE_NOOP

__all__ = ["STAGE_COLOURS", "apply", "category_title", "contrast", "dark_palette", "is_dark",
           "list_item_colours", "mix", "readable_background", "stylesheet"]

DEFAULT_TAG_COLOUR = "#94a3b8"

CATEGORY_TITLES: dict[str, str] = {
    "interest": QT_TRANSLATE_NOOP("Categories", "Interests"),
    "group": QT_TRANSLATE_NOOP("Categories", "Groups"),
    "avoid": QT_TRANSLATE_NOOP("Categories", "Topics to avoid"),
    "needs": QT_TRANSLATE_NOOP("Categories", "Needs"),
    "offers": QT_TRANSLATE_NOOP("Categories", "Offers"),
}
CATEGORY_ORDER: tuple[str, ...] = ("group", "interest", "needs", "offers", "avoid")

ROW_HEIGHT = tokens.ROW_HEIGHT


def category_title(category: str) -> str:
    """"Interests", "Topics to avoid"... in the user's language."""
    return QCoreApplication.translate("Categories",
                                      CATEGORY_TITLES.get(category, CATEGORY_TITLES["interest"]))


def mix(a: QColor, b: QColor, t: float) -> str:
    """*a* moved a fraction *t* towards *b*, as #rrggbb."""
    return tokens.blend(a, b, t).name()


_mix = mix
_blend = tokens.blend
_luminance = tokens.luminance


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
    # The view shown (List, Calendar, Network): a tint of the selection colour with the
    # usual text on it, so the icon (drawn in the text colour) reads too.
    checked = readable_background(tokens.blend(base, highlight, 0.22), text).name()
    checked_border = tokens.blend(base, highlight, 0.6).name()
    return f"""
QMainWindow::separator {{ width: 1px; background: {border}; }}
QSplitter::handle {{ background: {border}; }}
QSplitter::handle:horizontal {{ width: 1px; }}
QToolBar {{ border: none; border-bottom: 1px solid {border}; spacing: 4px; padding: 4px 8px; }}
QToolBar QToolButton {{ padding: 4px 8px; border-radius: 6px; }}
QToolBar QToolButton:hover {{ background: {hover}; }}
QToolBar QToolButton:checked {{
    background: {checked}; color: {text.name()}; border: 1px solid {checked_border};
}}
QToolBar QToolButton:checked:hover {{ background: {checked}; }}
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


def dark_palette() -> QPalette:
    """A dark palette for when the desktop asks for dark but the style's own palette is
    light (Fusion under a desktop Qt has no theme plug-in for). Every text colour reads
    at 4.5:1 or better on the backgrounds it is drawn on."""
    window, base, alt = QColor("#1f2023"), QColor("#26272b"), QColor("#2e2f34")
    text, muted, disabled = QColor("#e8e8ea"), QColor("#a1a1aa"), QColor("#71717a")
    highlight, link = QColor("#3b82f6"), QColor("#8ab4f8")
    p = QPalette()
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
                  QPalette.ColorGroup.Disabled):
        off = group == QPalette.ColorGroup.Disabled
        p.setColor(group, role.Window, window)
        p.setColor(group, role.WindowText, disabled if off else text)
        p.setColor(group, role.Base, base)
        p.setColor(group, role.AlternateBase, alt)
        p.setColor(group, role.Text, disabled if off else text)
        p.setColor(group, role.Button, alt)
        p.setColor(group, role.ButtonText, disabled if off else text)
        p.setColor(group, role.BrightText, QColor("#ffffff"))
        p.setColor(group, role.ToolTipBase, alt)
        p.setColor(group, role.ToolTipText, text)
        p.setColor(group, role.PlaceholderText, disabled if off else muted)
        p.setColor(group, role.Highlight, QColor("#3f3f46") if off else highlight)
        p.setColor(group, role.HighlightedText, QColor("#ffffff"))
        p.setColor(group, role.Link, link)
        p.setColor(group, role.LinkVisited, QColor("#c4a7e7"))
        p.setColor(group, role.Light, QColor("#3f4046"))
        p.setColor(group, role.Midlight, QColor("#34353a"))
        p.setColor(group, role.Mid, QColor("#18181b"))
        p.setColor(group, role.Dark, QColor("#111113"))
        p.setColor(group, role.Shadow, QColor("#000000"))
    return p


_following: set[int] = set()


def apply(app: QApplication, scheme: Qt.ColorScheme | None = None) -> None:
    """Give the application its look: the desktop's light or dark palette (*scheme* forces
    one: tests, screenshots) and the stylesheet built from it. Called at start-up; follows
    the desktop when it switches between light and dark while the app runs."""
    hints = app.styleHints()
    wanted = scheme if scheme is not None else hints.colorScheme()
    if wanted == Qt.ColorScheme.Dark and not is_dark(app.palette()):
        app.setPalette(dark_palette())
    elif wanted == Qt.ColorScheme.Light and is_dark(app.palette()):
        app.setPalette(app.style().standardPalette())
    app.setStyleSheet(stylesheet(app.palette()))
    tokens.palette_changed()  # the widgets that built colours from the palette
    if scheme is None and id(app) not in _following:
        _following.add(id(app))
        hints.colorSchemeChanged.connect(lambda _scheme: apply(app))
