"""Readable in light and dark (issue 14): every label of the main views and of the main
dialogs reads at 4.5:1 (WCAG AA) against what is really painted behind it, and nothing
stays a light box in the dark palette ("Topics to avoid" was a pale yellow box in a dark
window); the network's canvas and the names drawn on it follow the palette.

The text colour is the label's own (its palette once its style sheet is applied: what Qt
paints plain text in); the background is the colour most of the label's pixels have in a
grab of the whole window, so a box, a tinted card or a banner behind it counts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QColor, QImage, QPalette, QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QTreeWidget, QWidget

from desktop.ui.common import style, tokens
from desktop.ui.common.settings import Settings
from desktop.ui.main_window import VIEW_CALENDAR, VIEW_LIST, VIEW_NETWORK, MainWindow
from desktop.ui.network.items import canvas_colours
from desktop.ui.network.view import GraphView
from desktop.ui.operations import Operations
from tests.ui.windows import pane_filled

AA = 4.5


@pytest.fixture(params=["dark", "light"])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before = qapp.palette()
    style.apply(qapp, Qt.ColorScheme.Dark if request.param == "dark"
                else Qt.ColorScheme.Light)
    yield request.param
    qapp.setPalette(before)
    qapp.setStyleSheet("")


def _background(image: QImage, rect: QRect) -> QColor:
    """The colour most pixels of *rect* have (the text is the minority)."""
    counts: Counter[int] = Counter()
    for y in range(rect.top(), rect.bottom() + 1, 2):
        for x in range(rect.left(), rect.right() + 1, 2):
            counts[image.pixel(x, y)] += 1
    return QColor.fromRgb(counts.most_common(1)[0][0])


def unreadable(top: QWidget) -> list[str]:
    """Every shown label of *top* whose text colour reads below 4.5:1 on what is painted
    behind it, and (dark palette) every label drawn on a light box."""
    image = top.grab().toImage()
    ratio = image.devicePixelRatio()
    dark = tokens.is_dark(top.palette())
    found = []
    for label in top.findChildren(QLabel):
        if (not label.isVisibleTo(top) or not label.isEnabled() or not label.text().strip()
                or (label.pixmap() is not None and not label.pixmap().isNull())):
            continue
        rect = QRect(label.mapTo(top, QPoint(0, 0)), label.size()).intersected(top.rect())
        if rect.width() < 4 or rect.height() < 4:
            continue
        scaled = QRect(round(rect.x() * ratio), round(rect.y() * ratio),
                       round(rect.width() * ratio) - 1, round(rect.height() * ratio) - 1)
        bg = _background(image, scaled)
        fg = label.palette().color(label.foregroundRole())
        text = label.text().replace("\n", " ")[:40]
        where = f"{type(label).__name__}#{label.objectName()} {text!r}"
        if tokens.contrast(fg, bg) < AA:
            found.append(f"{where}: {fg.name()} on {bg.name()} is "
                         f"{tokens.contrast(fg, bg):.2f}:1")
        if dark and tokens.luminance(bg) > 0.3:
            found.append(f"{where}: on a light background {bg.name()} in the dark palette")
    for tree in top.findChildren(QTreeWidget):
        if not tree.isVisibleTo(top):
            continue
        base = tree.palette().color(QPalette.ColorRole.Base)
        for row in range(min(tree.topLevelItemCount(), 30)):
            item = tree.topLevelItem(row)
            for column in range(tree.columnCount()):
                brush = item.foreground(column)
                if brush.style() == Qt.BrushStyle.NoBrush or not item.text(column):
                    continue
                if tokens.contrast(brush.color(), base) < AA:
                    found.append(f"{type(tree).__name__} row {item.text(column)[:30]!r}: "
                                 f"{brush.color().name()} on {base.name()}")
    return found


@pytest.fixture()
def window(qtbot, tmp_path: Path, db_path: Path, scheme: str) -> MainWindow:  # type: ignore[no-untyped-def]
    from desktop.services.demo import generate_demo

    generate_demo(60, seed=7)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    w = MainWindow(Operations(QUndoStack()), settings)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.startup_finished, timeout=30_000)
    return w


def _select_someone_with_topics_to_avoid(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The detail pane at its most coloured: topics to avoid (the tinted box)."""
    pane = window.detail
    for row in range(window.model.rowCount()):
        window.table.selectRow(row)
        pane_filled(qtbot)
        if pane.avoid_section.isVisibleTo(window):
            return
    pytest.fail("no one in the demo network has topics to avoid")


def test_every_label_of_the_main_views_reads(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                             scheme: str) -> None:
    _select_someone_with_topics_to_avoid(qtbot, window)
    problems = [f"list: {p}" for p in unreadable(window)]
    window.view_switcher.show_view(VIEW_CALENDAR)
    qtbot.wait(50)
    problems += [f"calendar: {p}" for p in unreadable(window)]
    network = window.view_switcher.show_view(VIEW_NETWORK)
    qtbot.waitUntil(lambda: network.drawn, timeout=30_000)
    qtbot.wait(50)
    problems += [f"network: {p}" for p in unreadable(window)]
    window.view_switcher.show_view(VIEW_LIST)
    assert not problems, f"{scheme} palette:\n" + "\n".join(problems)


DIALOGS = ["editor", "tags", "review", "capture", "sync", "interaction", "reminder",
           "import"]


def _dialog(name: str, window: MainWindow) -> QWidget:
    from desktop.ui.calendar.review_dialog import WeekReviewDialog
    from desktop.ui.capture.dialog import CaptureDialog
    from desktop.ui.contacts.contact_editor import ContactEditorDialog
    from desktop.ui.contacts.tag_manager import TagManagerDialog
    from desktop.ui.importing.import_dialog import ImportPreviewDialog
    from desktop.ui.shared.interaction_dialog import InteractionDialog
    from desktop.ui.shared.reminder_dialog import ReminderDialog
    from desktop.ui.sync.sync_dialog import SyncDialog

    ops = window.ops
    someone = window.contact_list.selected_ids()[0]
    build = {
        "editor": lambda: ContactEditorDialog(ops, someone, window),
        "tags": lambda: TagManagerDialog(ops, window),
        "review": lambda: WeekReviewDialog(ops, window),
        "capture": lambda: CaptureDialog(ops, (), window),
        "sync": lambda: SyncDialog(ops, window),
        "interaction": lambda: InteractionDialog(ops, [(someone, "Someone")], window),
        "reminder": lambda: ReminderDialog(ops, (someone, "Someone"), parent=window),
        "import": lambda: ImportPreviewDialog(ops, [], window),
    }
    return build[name]()


def test_the_dialogs_read(qtbot, window: MainWindow, scheme: str) -> None:  # type: ignore[no-untyped-def]
    window.table.selectRow(0)
    problems = []
    for name in DIALOGS:
        dialog = _dialog(name, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(30)
        problems += [f"{name}: {p}" for p in unreadable(dialog)]
        dialog.close()
    assert not problems, f"{scheme} palette:\n" + "\n".join(problems)


def test_the_network_canvas_follows_the_palette(qtbot, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    view = GraphView(None)
    qtbot.addWidget(view)
    light, dark = qapp.style().standardPalette(), style.dark_palette()
    view.setPalette(light)
    light_back = view.backgroundBrush().color()
    view.setPalette(dark)  # the desktop turned dark while the view was open
    dark_back = view.backgroundBrush().color()
    assert tokens.luminance(light_back) > 0.8
    assert tokens.luminance(dark_back) < 0.05
    assert dark_back == canvas_colours(dark).background
    for palette in (light, dark):
        canvas = canvas_colours(palette)
        backing = tokens.blend(canvas.background, canvas.label_backing,
                               canvas.label_backing.alphaF())
        assert tokens.contrast(canvas.label_text, backing) >= AA  # names on the picture
        assert tokens.contrast(QColor(canvas.selected), canvas.background) >= 3.0  # ring


def unreadable_links(top: QWidget) -> list[str]:
    """Every shown link of the detail pane whose painted text reads below 4.5:1: a link is
    drawn in the colour its text was laid out with, not the label's foreground, so the
    pixels are what count (the text pixel that stands out most from the background)."""
    from desktop.ui.contacts.detail_parts import ElidedLinkLabel

    image = top.grab().toImage()
    ratio = image.devicePixelRatio()
    found = []
    for label in top.findChildren(ElidedLinkLabel):
        if not label.isVisibleTo(top) or not label.shown_text():
            continue
        rect = QRect(label.mapTo(top, QPoint(0, 0)), label.size()).intersected(top.rect())
        if rect.width() < 4 or rect.height() < 4:
            continue
        scaled = QRect(round(rect.x() * ratio), round(rect.y() * ratio),
                       round(rect.width() * ratio) - 1, round(rect.height() * ratio) - 1)
        bg = _background(image, scaled)
        best = max((tokens.contrast(QColor.fromRgb(image.pixel(x, y)), bg)
                    for y in range(scaled.top(), scaled.bottom() + 1)
                    for x in range(scaled.left(), scaled.right() + 1)), default=1.0)
        if best < AA:
            found.append(f"link {label.shown_text()[:30]!r}: {best:.2f}:1 on {bg.name()}")
    return found


@pytest.fixture()
def light_window(qtbot, tmp_path: Path, db_path: Path, qapp: QApplication  # type: ignore[no-untyped-def]
                 ) -> Iterator[MainWindow]:
    from desktop.services.demo import generate_demo

    before = qapp.palette()
    style.apply(qapp, Qt.ColorScheme.Light)
    generate_demo(60, seed=7)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    w = MainWindow(Operations(QUndoStack()), settings)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.startup_finished, timeout=30_000)
    yield w
    qapp.setPalette(before)
    qapp.setStyleSheet("")


def test_switching_to_dark_while_the_app_runs_restyles_every_view_and_dialog(  # type: ignore[no-untyped-def]
        qtbot, light_window: MainWindow, qapp: QApplication, tmp_path: Path) -> None:
    """The desktop turns dark with the window and its dialogs open: the widgets that built
    a stylesheet from the palette's colours at creation (the detail pane, focus cards,
    tag chips, the editor, error lines...) build it again and read on the dark palette."""
    window = light_window
    _select_someone_with_topics_to_avoid(qtbot, window)
    window.view_switcher.show_view(VIEW_CALENDAR)
    qtbot.wait(50)
    network = window.view_switcher.show_view(VIEW_NETWORK)
    qtbot.waitUntil(lambda: network.drawn, timeout=30_000)
    window.view_switcher.show_view(VIEW_LIST)
    dialogs = []
    for name in DIALOGS:
        dialog = _dialog(name, window)
        qtbot.addWidget(dialog)
        dialogs.append((name, dialog))
    assert unreadable(window) == []
    window.grab().save(str(tmp_path / "light.png"))

    style.apply(qapp, Qt.ColorScheme.Dark)  # what colorSchemeChanged does
    qtbot.wait(50)
    window.grab().save(str(tmp_path / "dark.png"))
    problems = [f"list: {p}" for p in unreadable(window)]
    problems += [f"list: {p}" for p in unreadable_links(window)]
    window.view_switcher.show_view(VIEW_CALENDAR)
    qtbot.wait(50)
    window.grab().save(str(tmp_path / "dark-calendar.png"))
    problems += [f"calendar: {p}" for p in unreadable(window)]
    window.view_switcher.show_view(VIEW_NETWORK)
    qtbot.wait(50)
    window.grab().save(str(tmp_path / "dark-network.png"))
    problems += [f"network: {p}" for p in unreadable(window)]
    for name, dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(30)
        problems += [f"{name}: {p}" for p in unreadable(dialog)]
        dialog.grab().save(str(tmp_path / f"dark-{name}.png"))
        dialog.close()
    assert not problems, "after switching to dark:\n" + "\n".join(problems)
