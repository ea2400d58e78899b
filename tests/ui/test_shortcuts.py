"""Keyboard shortcuts (issue 14): in every view, no key is bound twice at once (Qt then
runs neither and says "Ambiguous shortcut overload"), the standard keys are the
platform's, and every key the README names does something.

Which shortcuts are live follows Qt's own rules (qWidgetShortcutContextMatcher): an
enabled, visible action or shortcut whose context matches where the focus is: the whole
active window (WindowShortcut), the focused widget and its parents (WidgetWithChildren),
or the focused widget alone (WidgetShortcut); a menu's actions count where its menu bar
is. The check is cross-examined once against Qt: a clash it reports is ambiguous for Qt.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSettings, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QWidget,
)

from desktop.services.types import ContactId
from desktop.ui.common.settings import Settings
from desktop.ui.main_window import VIEW_CALENDAR, VIEW_LIST, VIEW_NETWORK, MainWindow
from desktop.ui.operations import Operations
from tests.ui.windows import pane_filled

README = Path(__file__).resolve().parents[2] / "README.md"


def _widget_live(widget: QWidget, context: Qt.ShortcutContext, window: QWidget,
                 focus: QWidget | None) -> bool:
    visible = widget.isVisible() or (isinstance(widget, QMenuBar) and window.isVisible())
    if not visible or not widget.isEnabled():
        return False
    if context == Qt.ShortcutContext.ApplicationShortcut:
        return True
    if context == Qt.ShortcutContext.WidgetShortcut:
        return widget is focus
    if context == Qt.ShortcutContext.WidgetWithChildrenShortcut:
        w = focus
        while w is not None and w is not widget and not w.isWindow():
            w = w.parentWidget()
        return w is widget
    return widget.window() is window


def _action_live(action: QAction, context: Qt.ShortcutContext, window: QWidget,
                 focus: QWidget | None) -> bool:
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu):
            if _action_live(owner.menuAction(), context, window, focus):
                return True
        elif isinstance(owner, QWidget) and _widget_live(owner, context, window, focus):
            return True
    return False


def live_shortcuts(window: QWidget, focus: QWidget | None) -> dict[str, list[str]]:
    """Each key sequence live with the focus on *focus*, and who binds it."""
    live: dict[str, list[str]] = {}

    def add(seq: QKeySequence, who: str) -> None:
        key = seq.toString(QKeySequence.SequenceFormat.PortableText)
        if key:
            live.setdefault(key, []).append(who)

    for action in window.findChildren(QAction):
        if not (action.isEnabled() and action.isVisible()):
            continue
        context = action.shortcutContext()
        if action.shortcuts() and _action_live(action, context, window, focus):
            for seq in action.shortcuts():
                add(seq, f"action {action.text()!r}")
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if (shortcut.isEnabled() and isinstance(parent, QWidget)
                and _widget_live(parent, shortcut.context(), window, focus)):
            for seq in shortcut.keys():
                add(seq, f"shortcut on {type(parent).__name__}")
    for button in window.findChildren(QAbstractButton):
        seq = button.shortcut()
        if not seq.isEmpty() and _widget_live(button, Qt.ShortcutContext.WindowShortcut,
                                              window, focus):
            add(seq, f"button {button.text()!r}")
    return live


def clashes(window: QWidget, focus: QWidget | None) -> dict[str, list[str]]:
    return {k: v for k, v in live_shortcuts(window, focus).items() if len(v) > 1}


@pytest.fixture()
def window(qtbot, tmp_path: Path, sample_contacts: dict[str, ContactId]  # type: ignore[no-untyped-def]
           ) -> Iterator[MainWindow]:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    w = MainWindow(Operations(QUndoStack()), settings, today=dt.date(2026, 3, 12))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.startup_finished, timeout=30_000)
    w.activateWindow()
    w.contact_list.select_contact(sample_contacts["ana"])  # the detail pane shows someone
    pane_filled(qtbot)
    yield w


def _focus(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=30_000)
    return widget


def test_no_key_is_bound_twice_in_any_view(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    places: list[tuple[str, QWidget]] = [
        ("the contact list", window.table),
        ("the search field", window.search_field),
        ("the detail pane", next(w for w in window.detail.findChildren(QAbstractButton)
                                 if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus)),
        ("the sidebar", window.sidebar.view),
    ]
    calendar = window.view_switcher.show_view(VIEW_CALENDAR)
    places.append(("the calendar", next(t for t in calendar.findChildren(QTreeWidget)
                                        if t.isVisible())))
    network = window.view_switcher.show_view(VIEW_NETWORK)
    places.append(("the network's search", next(f for f in network.findChildren(QLineEdit)
                                                 if f.isVisible())))
    places.append(("the network picture", network.view))  # type: ignore[attr-defined]
    found = {}
    for where, widget in places:
        view = (VIEW_CALENDAR if widget is places[4][1] else VIEW_NETWORK
                if where.startswith("the network") else VIEW_LIST)
        window.view_switcher.show_view(view)
        _focus(qtbot, widget)
        if clash := clashes(window, widget):
            found[where] = clash
    assert found == {}


def test_the_check_agrees_with_qt(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A deliberate clash (a second Ctrl+R on the list) is found by the check, and Qt
    itself calls it ambiguous: the check is not a guess."""
    rival = QAction("Rival", window.table)
    rival.setShortcut(QKeySequence("Ctrl+R"))
    rival.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.table.addAction(rival)
    _focus(qtbot, window.table)
    assert len(clashes(window, window.table).get("Ctrl+R", [])) == 2
    said: list[str] = []

    def on_message(_kind: QtMsgType, _context: object, message: str) -> None:
        said.append(message)

    qInstallMessageHandler(on_message)
    try:
        qtbot.keyClick(window.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    finally:
        qInstallMessageHandler(None)
    assert any("Ambiguous shortcut" in m for m in said), said
    window.table.removeAction(rival)


def test_remind_me_is_one_key_for_every_view(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+R opens "Remind me" for the person shown, from the list and the network; in the
    calendar its own, on the day selected there."""
    from desktop.ui.contacts.timeline_section import TimelineSection

    _focus(qtbot, window.table)
    qtbot.keyClick(window.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    section = window.detail.findChild(TimelineSection)
    assert section is not None and section.dialog is not None
    section.dialog.reject()
    qtbot.waitUntil(lambda: section.dialog is None, timeout=30_000)
    calendar = window.view_switcher.show_view(VIEW_CALENDAR)
    tree = next(t for t in calendar.findChildren(QTreeWidget) if t.isVisible())
    _focus(qtbot, tree)
    qtbot.keyClick(tree, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = calendar.row_actions.dialog  # type: ignore[attr-defined]
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_how_do_i_reach_opens_the_network_ready_to_type(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _focus(qtbot, window.table)
    qtbot.keyClick(window.table, Qt.Key.Key_R,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.view_switcher.current_view == VIEW_NETWORK
    network = window.view_switcher.show_view(VIEW_NETWORK)
    qtbot.waitUntil(lambda: network.reach_field.hasFocus(), timeout=30_000)  # type: ignore[attr-defined]
    qtbot.keyClick(network.reach_field, Qt.Key.Key_F,  # type: ignore[attr-defined]
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: network.find_field.hasFocus(), timeout=30_000)  # type: ignore[attr-defined]


def test_standard_keys_are_the_platforms(window: MainWindow) -> None:
    std = QKeySequence.StandardKey
    commands = window.commands
    for action, key in ((commands.undo_action, std.Undo), (commands.redo_action, std.Redo),
                        (commands.find_action, std.Find), (commands.new_action, std.New),
                        (commands.delete_action, std.Delete)):
        assert action.shortcuts() == QKeySequence.keyBindings(key), action.text()
    redo = [s.toString() for s in window.commands.redo_action.shortcuts()]
    assert "Ctrl+Shift+Z" in redo and "Ctrl+Y" in redo  # as the README says


def _readme_keys() -> set[str]:
    text = README.read_text(encoding="utf-8")
    using = text[text.index("## Using it"):text.index("## Command line")]
    keys = set()
    for found in re.findall(r"\b((?:Ctrl|Alt|Shift)(?:\+(?:Ctrl|Alt|Shift))*\+[^\s,;:).]+)",
                            using):
        if "…" in found:  # "Ctrl+1…5"
            head, _, last = found.rpartition("…")
            prefix, first = head.rsplit("+", 1)
            keys.update(f"{prefix}+{n}" for n in range(int(first), int(last) + 1))
        else:
            keys.add(found)
    return keys


# Keys the widgets handle themselves rather than through a shortcut.
_BUILT_IN = {"Ctrl+A", "Shift+Tab"}  # Qt's own: select all, focus backwards


def test_every_key_the_readme_names_is_bound(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for view in (VIEW_CALENDAR, VIEW_NETWORK, VIEW_LIST):
        window.view_switcher.show_view(view)
    bound: set[str] = set()
    for obj in window.findChildren(QObject):
        if isinstance(obj, QAction):
            seqs = obj.shortcuts()
        elif isinstance(obj, QShortcut):
            seqs = obj.keys()
        elif isinstance(obj, QAbstractButton):
            seqs = [obj.shortcut()]
        else:
            continue
        bound.update(s.toString(QKeySequence.SequenceFormat.PortableText) for s in seqs)
    named = _readme_keys()
    assert {"Ctrl+Z", "Ctrl+R", "Ctrl+Shift+R", "Alt+2"} <= named  # the check reads it
    assert named - _BUILT_IN - bound == set()


def test_menu_entries_toolbar_actions_and_lists_have_icons(window: MainWindow) -> None:
    from desktop.ui import sidebar as sb

    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    assert len(menus) == 6  # File, Edit, Contacts, View, Tools, Help
    missing = [a.text() for menu in menus for a in menu.actions()  # type: ignore[union-attr]
               if not a.isSeparator() and a.icon().isNull()]
    missing += [a.text() for a in window.toolbar.actions()
                if not a.isSeparator() and a.icon().isNull()
                and window.toolbar.widgetForAction(a) is not None
                and isinstance(window.toolbar.widgetForAction(a), QAbstractButton)]
    assert missing == [], missing
    model = window.sidebar.model
    built_in = [model.index(r, 0) for r in range(len(sb.BUILT_INS))]
    assert all(not i.data(Qt.ItemDataRole.DecorationRole).isNull() for i in built_in)
    assert QApplication.instance() is not None
