"""The look (issue 14): light and dark palettes with readable text, the view shown
visibly selected, a toolbar that never hides a command behind an overflow button."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette, QUndoStack
from PySide6.QtWidgets import QApplication, QToolButton

from desktop.services.types import ContactId
from desktop.ui.common import style, tokens
from desktop.ui.common.settings import Settings
from desktop.ui.main_window import VIEW_CALENDAR, MainWindow
from desktop.ui.operations import Operations


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before = qapp.palette()
    style.apply(qapp, Qt.ColorScheme.Dark if request.param == "dark"
                else Qt.ColorScheme.Light)
    yield request.param
    qapp.setPalette(before)
    qapp.setStyleSheet("")


@pytest.fixture()
def window(qtbot, tmp_path: Path, scheme: str,  # type: ignore[no-untyped-def]
           sample_contacts: dict[str, ContactId]) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    w = MainWindow(Operations(QUndoStack()), settings)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.startup_finished, timeout=30_000)
    return w


def _text_contrast(button: QToolButton) -> float:
    """The best contrast between the button's background and any pixel drawn on it."""
    image = button.grab().toImage()
    bg = image.pixelColor(image.width() // 2, 3)
    return max(tokens.contrast(bg, image.pixelColor(x, y))
               for x in range(image.width()) for y in range(image.height()))


def test_the_palette_follows_the_desktop(qapp: QApplication, scheme: str) -> None:
    assert tokens.is_dark(qapp.palette()) is (scheme == "dark")
    palette = qapp.palette()
    for bg_role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        for fg_role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                        QPalette.ColorRole.PlaceholderText):
            ratio = tokens.contrast(palette.color(bg_role), palette.color(fg_role))
            assert ratio >= (4.5 if fg_role != QPalette.ColorRole.PlaceholderText else 3.0), \
                (bg_role, fg_role, ratio)


def test_the_view_shown_is_visibly_selected(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    buttons = {name: window.toolbar.widgetForAction(action)
               for name, action in window.commands.view_actions.items()}
    shown, other = buttons["list"], buttons["calendar"]
    assert isinstance(shown, QToolButton) and isinstance(other, QToolButton)
    assert shown.isChecked() and not other.isChecked()
    shown_bg = shown.grab().toImage().pixelColor(shown.width() // 2, 3)
    other_bg = other.grab().toImage().pixelColor(other.width() // 2, 3)
    assert tokens.contrast(shown_bg, other_bg) > 1.1  # it stands out
    assert _text_contrast(shown) >= 4.5  # and its label still reads
    window.view_switcher.show_view(VIEW_CALENDAR)
    assert other.isChecked() and not shown.isChecked()


def test_the_toolbar_never_hides_a_command(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    modes = []
    for width in (1400, 1024, 960, window.minimumSizeHint().width()):
        window.resize(width, 700)
        qtbot.wait(20)
        extension = window.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        assert extension is None or not extension.isVisible(), width
        bar = window.toolbar.rect()
        for action in window.toolbar.actions():
            button = window.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                assert button.isVisible() and bar.contains(button.geometry()), (width, action)
                assert not action.icon().isNull()
                assert action.toolTip()  # icons alone still say what they do
        modes.append(window.toolbar.mode)
    assert modes[0] == "text" and modes[-1] in ("views", "icons")


def test_tag_colours_agree_in_the_list_the_sidebar_and_the_chips(
        window: MainWindow) -> None:
    from desktop.services import tags
    from desktop.ui import sidebar as sb

    for info in tags.list_tags():
        colour = tokens.tag_colour(info.name, info.colour, info.category).name()
        assert window.table.tags_delegate.colours[info.name.lower()] == colour
        item = window.sidebar.model.findItems(info.name, Qt.MatchFlag.MatchRecursive)[0]
        assert item.data(sb.ColourRole) == colour
    assert QColor(window.table.tags_delegate.colours["chess"]).isValid()
