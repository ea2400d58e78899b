"""The keyboard and assistive technology (issue 14): Tab follows the screen through the
search field, the sidebar, the list and every control of the detail pane, and cycles; F6
moves between panes; every dialog's Tab order reads like the dialog and reaches each
control once; Esc closes a dialog; every control has a name a screen reader can say; the
README's keyboard table is the menus'.

Driven on a real window over a real SQLite demo network (desktop/services/demo.py).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSettings, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from desktop.services import contacts, demo, followups
from desktop.services.types import ContactId
from desktop.ui.common.settings import Settings
from desktop.ui.main_window import VIEW_CALENDAR, VIEW_LIST, VIEW_NETWORK, MainWindow
from desktop.ui.operations import Operations
from tests.conftest import REAL_VCARDS
from tests.ui.windows import jobs_done, pane_filled, view_ready

README = Path(__file__).resolve().parents[2] / "README.md"
TODAY = dt.date.today()
TODAY_FOLLOWS_THE_CLOCK = True  # TODAY is set again as each test starts (conftest)


# --- helpers ------------------------------------------------------------------------------

def _settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture()
def network(db_path: Path) -> Path:
    demo.generate_demo(40, seed=3)
    return db_path


@pytest.fixture()
def window(qtbot, tmp_path: Path, network: Path) -> Iterator[MainWindow]:
    window = MainWindow(Operations(QUndoStack()), _settings(tmp_path))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.startup_finished, timeout=30_000)
    window.activateWindow()
    qtbot.waitActive(window)
    yield window


def _richest_contact() -> ContactId:
    """A demo person with tags, details, a timeline, facts and introductions to tab through."""
    best: tuple[int, ContactId] | None = None
    for number in range(1, 60):
        detail = contacts.get_contact(ContactId(number))
        if detail is None or detail.is_me:
            continue
        score = len(detail.tags) + len(detail.fields.emails) + len(detail.fields.phones)
        if best is None or score > best[0]:
            best = (score, detail.id)
    assert best is not None
    return best[1]


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _walk(start: QWidget, key: Qt.Key = Qt.Key.Key_Tab, limit: int = 300) -> list[QWidget]:
    """Press *key* from *start* until the focus comes back to it: the stops in between."""
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    assert _focused() is start
    seen = [start]
    for pressed in range(limit):
        if pressed == 12 and seen == [start]:
            return seen  # the only control
        QTest.keyClick(_focused(), key)
        widget = _focused()
        if widget is start and any(w is not start for w in seen):
            return seen
        if widget is not seen[-1]:  # a date edit's Tab moves within it first
            seen.append(widget)
    raise AssertionError(f"Tab never came back to {_describe(start)}; went through "
                         + ", ".join(_describe(w) for w in seen[:25]))


def _describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QAbstractButton, QLabel, QLineEdit)) else ""
    return f"{type(widget).__name__}({widget.accessibleName() or text!r})"


def _group_key(widget: QWidget) -> object:
    """Exclusive buttons are one stop (the arrows move within; Qt's convention)."""
    if isinstance(widget, QAbstractButton):
        group = widget.group()
        if group is not None and group.exclusive():
            return group
        if isinstance(widget, QRadioButton) and widget.autoExclusive():
            return ("radios", widget.parentWidget())
    return widget


def _focusable(root: QWidget) -> list[QWidget]:
    """Every control inside *root* that Tab should reach: shown, enabled, taking Tab."""
    found = []
    for w in root.findChildren(QWidget):
        if not (w.isVisible() and w.isEnabled()):
            continue
        if not w.focusPolicy() & Qt.FocusPolicy.TabFocus or w.focusProxy() is not None:
            continue
        if isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the line edit inside an editable combo or spin box
        if any(isinstance(a, QAbstractItemView) and a.viewport().isAncestorOf(w)
               for a in _ancestors(w)):
            continue  # an index widget's own editor
        found.append(w)
    # A scroll area that holds controls is read through them.
    return [w for w in found if not (isinstance(w, QScrollArea) and w.widget() is not None
                                     and any(w.widget().isAncestorOf(c) for c in found))]


def _ancestors(widget: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


def _place(widget: QWidget, within: QWidget) -> tuple[int, int, int]:
    """Top, left and bottom in *within*'s coordinates (scrolling moves all alike)."""
    top_left = widget.mapTo(within, widget.rect().topLeft())
    return top_left.y(), top_left.x(), top_left.y() + widget.height()


def _scroller(widget: QWidget) -> QWidget | None:
    return next((a for a in _ancestors(widget) if type(a).__name__ == "QScrollArea"), None)


def _out_of_reading_order(stops: list[QWidget], within: QWidget) -> list[str]:
    """Pairs of consecutive stops where the second is above the first, or on the same
    line and to its left (left-to-right layouts). Going up to the top of a column to the
    right of the first is reading on, and so is leaving a scroll area for the buttons
    under it (its hidden part has no place on the screen)."""
    wrong = []
    for a, b in itertools.pairwise(stops):
        if _scroller(a) is not _scroller(b):
            continue
        a_top, a_left, a_bottom = _place(a, within)
        b_top, b_left, b_bottom = _place(b, within)
        middle = (b_top + b_bottom) // 2
        same_line = a_top <= middle < a_bottom or b_top <= (a_top + a_bottom) // 2 < b_bottom
        next_column = b_left >= a_left + a.width()
        if (same_line and b_left < a_left) or (
                not same_line and b_top < a_top and not next_column):
            wrong.append(f"{_describe(a)} at ({a_left}, {a_top}) then {_describe(b)} "
                         f"at ({b_left}, {b_top})")
    return wrong


def _show_contact(qtbot, window: MainWindow, contact_id: ContactId) -> None:
    window.contact_list.select_contact(contact_id)
    qtbot.waitUntil(lambda: window.detail.isVisible()
                    and window.detail.scroll_area.isVisible(), timeout=30_000)
    pane_filled(qtbot)  # the first contact's parts fill over a few quiet turns (issue 18)
    qtbot.wait(50)


# --- the main window ----------------------------------------------------------------------

def test_tab_goes_from_search_through_sidebar_list_and_detail_pane_and_cycles(
        qtbot, window: MainWindow) -> None:
    _show_contact(qtbot, window, _richest_contact())
    pane = window.detail
    stops = _walk(window.search_field)

    assert stops[:3] == [window.search_field, window.sidebar.view, window.table], (
        "Tab from the search field: " + ", ".join(_describe(w) for w in stops[:6]))
    in_pane = stops[3:]
    assert in_pane, "Tab never reached the detail pane"
    assert all(pane.isAncestorOf(w) for w in in_pane), [
        _describe(w) for w in in_pane if not pane.isAncestorOf(w)]

    # Every control of the pane, once, in the order the pane reads.
    expected = {_group_key(w) for w in _focusable(pane)}
    reached = [_group_key(w) for w in in_pane]
    assert len(reached) == len(set(reached)), "a control of the pane is reached twice"
    missing = [_describe(w) for w in _focusable(pane) if _group_key(w) not in reached]
    assert not missing, f"Tab never reaches: {missing}"
    assert set(reached) == expected
    content = pane.scroll_area.widget()
    assert not _out_of_reading_order(in_pane, content)

    # What the user came for is among them: Edit, the stage pills, the tag field, the
    # timeline's actions, facts, introductions and the contact's links.
    texts = [w.text() for w in in_pane if isinstance(w, QAbstractButton)]
    for text in ("Edit", "Log Interaction…", "Pin a Fact…", "Introduce to…"):
        assert text in texts, f"{text!r} not reached; reached {texts}"
    assert pane.stage_selector.stage() and any(
        w in pane.stage_selector.buttons.values() for w in in_pane)
    assert pane.tag_chips.line_edit in in_pane
    assert any(type(w).__name__ == "ElidedLinkLabel" for w in in_pane), "no link reached"

    # Shift+Tab walks the same stops backwards.
    back = _walk(window.search_field, Qt.Key.Key_Backtab)
    assert back == [stops[0], *reversed(stops[1:])]


def test_a_focused_control_below_the_fold_scrolls_into_view(
        qtbot, window: MainWindow) -> None:
    window.resize(1200, 640)
    _show_contact(qtbot, window, _richest_contact())
    stops = _walk(window.search_field)
    viewport = window.detail.scroll_area.viewport()
    last = stops[-1]
    last.setFocus()
    window.search_field.setFocus()
    QTest.keyClick(window.search_field, Qt.Key.Key_Backtab)  # wraps to the pane's last
    assert _focused() is last
    top = last.mapTo(viewport, last.rect().topLeft()).y()
    assert 0 <= top and top + last.height() <= viewport.height(), "focused but not shown"


def test_f6_moves_between_panes(qtbot, window: MainWindow) -> None:
    _show_contact(qtbot, window, _richest_contact())
    window.search_field.setFocus()
    order = []
    for _ in range(5):
        QTest.keyClick(_focused(), Qt.Key.Key_F6)
        order.append(_focused())
    assert order[0] is window.sidebar.view
    assert order[1] is window.table
    assert window.detail.isAncestorOf(order[2])
    assert order[3] is window.search_field
    window.search_field.setFocus()
    QTest.keyClick(_focused(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.detail.isAncestorOf(_focused())


@pytest.mark.parametrize("view", [VIEW_CALENDAR, VIEW_NETWORK])
def test_tab_leaves_the_other_views_for_the_detail_pane_and_sidebar(
        qtbot, window: MainWindow, view: str) -> None:
    _show_contact(qtbot, window, _richest_contact())
    view_ready(qtbot, window.view_switcher.show_view(view))
    stops = _walk(window.sidebar.view)
    middle = window.views.currentWidget()
    assert any(middle.isAncestorOf(w) for w in stops), "Tab never reaches the view"
    assert any(window.detail.isAncestorOf(w) for w in stops), "Tab never reaches the pane"
    keys = [_group_key(w) for w in stops]
    assert len(keys) == len(set(keys))


# --- dialogs ------------------------------------------------------------------------------

def _dialogs() -> dict[str, Callable[[Operations, Path], QDialog]]:
    from desktop.services import paths
    from desktop.ui.briefing.briefing_preview import BriefingPreviewDialog
    from desktop.ui.calendar.calendar_export_dialog import CalendarExportDialog, CalendarPusher
    from desktop.ui.calendar.catch_up_dialog import CatchUpDialog
    from desktop.ui.calendar.date_dialog import DateDialog
    from desktop.ui.calendar.review_dialog import WeekReviewDialog
    from desktop.ui.capture.dialog import CaptureDialog
    from desktop.ui.contacts.contact_editor import ContactEditorDialog
    from desktop.ui.contacts.duplicates_dialog import DuplicatesDialog
    from desktop.ui.contacts.facts_section import FactDialog, OneThingDialog
    from desktop.ui.contacts.favor_dialog import FavorDialog
    from desktop.ui.contacts.introduction_dialog import IntroductionDialog
    from desktop.ui.contacts.list_menu import TagPickDialog
    from desktop.ui.contacts.tag_manager import TagManagerDialog
    from desktop.ui.importing.export_dialog import ExportDialog
    from desktop.ui.importing.import_dialog import ImportPreviewDialog
    from desktop.ui.network.ask import AskDialog
    from desktop.ui.rescue_dialog import RescueDialog
    from desktop.ui.restore_dialog import RestoreDialog
    from desktop.ui.shared.interaction_dialog import InteractionDialog
    from desktop.ui.shared.reminder_dialog import MeetingTimeDialog, ReminderDialog
    from desktop.ui.sync.add_account import AddAccountDialog
    from desktop.ui.sync.sync_dialog import SyncDialog

    def person() -> tuple[ContactId, str]:
        cid = _richest_contact()
        detail = contacts.get_contact(cid)
        assert detail is not None
        return cid, detail.display_name

    vcf = sorted(REAL_VCARDS.rglob("*.vcf"))[0]
    return {
        "editor": lambda ops, _p: ContactEditorDialog(ops, person()[0]),
        "new contact": lambda ops, _p: ContactEditorDialog(ops, None),
        "import": lambda ops, _p: ImportPreviewDialog(ops, [vcf]),
        "export": lambda _o, _p: ExportDialog([person()[0]]),
        "sync": lambda ops, _p: SyncDialog(ops),
        "add account": lambda _o, _p: AddAccountDialog(),
        "tag manager": lambda ops, _p: TagManagerDialog(ops),
        "calendar export": lambda _o, p: CalendarExportDialog(
            _settings(p), CalendarPusher()),
        "catch-up": lambda ops, _p: CatchUpDialog(
            ops, followups.stale_cadence(TODAY + dt.timedelta(days=400)), TODAY),
        "review": lambda ops, _p: WeekReviewDialog(ops),
        "duplicates": lambda ops, _p: DuplicatesDialog(ops),
        "capture": lambda ops, _p: CaptureDialog(ops),
        "reminder": lambda ops, _p: ReminderDialog(ops, person()),
        "meeting time": lambda _o, _p: MeetingTimeDialog("Meeting", dt.datetime.now()),
        "interaction": lambda ops, _p: InteractionDialog(ops, [person()]),
        "introduction": lambda ops, _p: IntroductionDialog(ops),
        "favour": lambda _o, _p: FavorDialog(person()[1]),
        "fact": lambda _o, _p: FactDialog("Pin a Fact"),
        "one thing": lambda _o, _p: OneThingDialog(person()[1], ""),
        "tag pick": lambda _o, _p: TagPickDialog(3, None),
        "date": lambda _o, _p: DateDialog("Move to", TODAY, None),
        "rescue": lambda _o, p: RescueDialog(p / "rapport.sqlite3", "disk image is malformed"),
        "restore": lambda ops, _p: RestoreDialog(ops),
        "briefing preview": lambda ops, _p: _kept(BriefingPreviewDialog(ops, [person()[0]])),
        "ask": lambda _o, _p: AskDialog(paths.Draft("bo@example.org", "An introduction?",
                                                    "Hello Bo,\n\nWould you…"), ""),
    }


def _kept(dialog: QDialog) -> QDialog:
    """The test closes and inspects the dialog: it must outlive its closing."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    return dialog


DIALOGS = [
    "editor", "new contact", "import", "export", "sync", "add account", "tag manager",
    "calendar export", "catch-up", "review", "duplicates", "capture", "reminder",
    "meeting time", "interaction", "introduction", "favour", "fact", "one thing", "tag pick",
    "date", "rescue", "restore", "briefing preview", "ask"]


def _open(qtbot, name: str, tmp_path: Path) -> QDialog:
    dialog = _dialogs()[name](Operations(QUndoStack()), tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    jobs_done(qtbot)  # previews and lists that fill in a worker
    return dialog


@pytest.mark.parametrize("name", DIALOGS)
def test_dialog_tab_order_reads_like_the_dialog(qtbot, tmp_path: Path, network: Path,
                                                name: str) -> None:
    dialog = _open(qtbot, name, tmp_path)
    controls = _focusable(dialog)
    assert controls, f"{name}: nothing to focus"
    start = _focused() if dialog.isAncestorOf(_focused()) else controls[0]
    if start not in controls:  # opened on a widget Tab does not stop on (Qt's preview)
        QTest.keyClick(start, Qt.Key.Key_Tab)
        start = _focused()
    stops = _walk(start)
    keys = [_group_key(w) for w in stops]
    twice = {_describe(w) for w in stops if keys.count(_group_key(w)) > 1}
    assert not twice, f"{name}: reached twice: {twice}"
    missing = [_describe(w) for w in controls if _group_key(w) not in keys]
    assert not missing, f"{name}: Tab never reaches {missing}"
    # Reading order, from the dialog's first control round to it again.
    first = min(range(len(stops)), key=lambda i: (_place(stops[i], dialog)[0] // 8,
                                                   _place(stops[i], dialog)[1]))
    cycle = stops[first:] + stops[:first]
    wrong = _out_of_reading_order(cycle, dialog)
    assert not wrong, f"{name}: out of reading order: {wrong}"


@pytest.mark.parametrize("name", DIALOGS)
def test_escape_closes_every_dialog(qtbot, tmp_path: Path, network: Path, name: str) -> None:
    dialog = _open(qtbot, name, tmp_path)
    QTest.keyClick(_focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    assert dialog.result() == QDialog.DialogCode.Rejected


# --- accessible names ---------------------------------------------------------------------

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
               QTextEdit, QPlainTextEdit, QAbstractSlider)


def _nameless(root: QWidget) -> list[str]:
    """Interactive controls a screen reader could only call "button" or "edit": no
    accessible name, no text of their own, no label pointing at them (buddy)."""
    buddies = {label.buddy() for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or not w.isVisibleTo(root):
            continue
        if isinstance(w, (QScrollBar, QHeaderView)):
            continue  # parts of a named list or area
        if isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox)) or isinstance(
                w.parentWidget(), QMenu):
            continue
        if w.objectName().startswith("qt_") or isinstance(w.parentWidget(), QLineEdit):
            continue  # Qt's own parts (calendar navigation, a line edit's clear button)
        if w.accessibleName().strip() or w in buddies:
            continue
        if isinstance(w, QAbstractButton):
            text = w.text().replace("&", "").strip()
            if text and any(ch.isalnum() for ch in text):
                continue  # its text is its name ("×" or "⋯" is not)
        if isinstance(w, QToolButton) and w.defaultAction() is not None and any(
                ch.isalnum() for ch in w.defaultAction().text()):
            continue
        missing.append(f"{_describe(w)} in {type(w.parentWidget()).__name__}")
    # Icon-only buttons also tell a sighted mouse user what they do.
    for w in root.findChildren(QAbstractButton):
        if w.objectName().startswith("qt_") or isinstance(w.parentWidget(), QLineEdit):
            continue
        if w.isVisibleTo(root) and not any(ch.isalnum() for ch in w.text()) \
                and not w.toolTip() and not (isinstance(w, QToolButton) and w.defaultAction()):
            missing.append(f"{_describe(w)} has no tooltip")
    return missing


def test_every_control_of_every_view_has_a_name(qtbot, window: MainWindow) -> None:
    _show_contact(qtbot, window, _richest_contact())
    problems = {VIEW_LIST: _nameless(window)}
    for view in (VIEW_CALENDAR, VIEW_NETWORK):
        view_ready(qtbot, window.view_switcher.show_view(view))
        problems[view] = _nameless(window)
    problems = {k: v for k, v in problems.items() if v}
    assert not problems, problems
    window.view_switcher.show_view(VIEW_LIST)


@pytest.mark.parametrize("name", DIALOGS)
def test_every_control_of_every_dialog_has_a_name(qtbot, tmp_path: Path, network: Path,
                                                  name: str) -> None:
    dialog = _open(qtbot, name, tmp_path)
    assert not _nameless(dialog)


def test_painted_widgets_say_what_they_show(qtbot, window: MainWindow) -> None:
    """Stage pills, tag chips, month grid days and the network picture are painted:
    each says what it shows."""
    _show_contact(qtbot, window, _richest_contact())
    pane = window.detail
    stage = pane.stage_selector
    assert stage.accessibleName()
    for button in stage.buttons.values():
        assert button.accessibleDescription(), button.text()
    chips = pane.tag_chips
    assert chips.accessibleName()
    for chip in chips.findChildren(QWidget, "tagChip"):
        assert chip.accessibleName()
    calendar = window.view_switcher.show_view(VIEW_CALENDAR)
    grid = calendar.grid
    assert grid.accessibleName()
    assert grid.accessibleDescription(), "the month grid does not say which month"
    network_view = window.view_switcher.show_view(VIEW_NETWORK)
    canvases = [w for w in network_view.findChildren(QGraphicsView)
                if w.isVisibleTo(network_view)]
    assert canvases and all(c.accessibleName() for c in canvases)


def test_the_focused_control_looks_focused(qtbot, window: MainWindow) -> None:
    """Each stop of the Tab walk is drawn differently while Tab has put the focus on it
    (a ring, a border, a highlighted link): a keyboard user sees where they are."""
    _show_contact(qtbot, window, _richest_contact())
    window.search_field.setFocus()
    focused = []
    for _ in range(len(_walk(window.search_field))):
        QTest.keyClick(_focused(), Qt.Key.Key_Tab)
        qtbot.wait(5)
        focused.append((_focused(), _focused().grab().toImage()))
    QTest.keyClick(_focused(), Qt.Key.Key_Tab)  # on again: every other stop is unfocused
    unseen = [_describe(w) for w, image in focused
              if w is not _focused() and w.grab().toImage() == image]
    assert not unseen, f"no visible focus on {unseen}"


# --- the README ---------------------------------------------------------------------------

def _menu_keys(window: MainWindow) -> list[tuple[str, ...]]:
    """Each menu entry with a key: menu, entry, the key the menu shows, the other keys."""
    rows = []
    native = QKeySequence.SequenceFormat.NativeText
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            keys = [k.toString(native) for k in action.shortcuts()]
            if action.isSeparator() or not keys:
                continue
            rows.append((menu_action.text().replace("&", ""),
                         action.text().replace("&", ""), keys[0], ", ".join(keys[1:])))
    return rows


def test_the_readme_keyboard_table_is_the_menus(qtbot, window: MainWindow) -> None:
    text = README.read_text(encoding="utf-8")
    section = re.search(r"^### Keyboard\n(.*?)(?=^#)", text, re.S | re.M)
    assert section, "README has no '### Keyboard' section"
    table = [tuple(cell.strip().replace("\\|", "|") for cell in
                   re.split(r"(?<!\\)\|", line.strip())[1:-1])
             for line in section.group(1).splitlines()
             if line.startswith("|") and not line.startswith("|--")
             and not line.startswith("| Menu")]
    assert table == _menu_keys(window)


@pytest.mark.parametrize("name", ["fact", "one thing", "date", "meeting time", "favour"])
def test_enter_in_a_small_dialog_presses_its_button(qtbot, tmp_path: Path, network: Path,
                                                    name: str) -> None:
    dialog = _open(qtbot, name, tmp_path)
    field = _focused()
    assert dialog.isAncestorOf(field), f"{name} opens with nothing focused"
    if isinstance(field, QLineEdit) and not field.text():
        QTest.keyClicks(field, "Walks the dog on Sundays")
    QTest.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    assert dialog.result() == QDialog.DialogCode.Accepted


class _Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_enter_on_a_focused_link_opens_it(qtbot, window: MainWindow) -> None:
    _show_contact(qtbot, window, _richest_contact())
    links = [w for w in _walk(window.search_field) if type(w).__name__ == "ElidedLinkLabel"]
    assert links
    opened = _Opened()
    QDesktopServices.setUrlHandler("mailto", opened, "open")
    try:
        links[0].setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClick(links[0], Qt.Key.Key_Return)
    finally:
        QDesktopServices.unsetUrlHandler("mailto")
    assert opened.urls and opened.urls[0].startswith("mailto:")
