"""The window's commands as actions, with their keys, tips and icons; the menu bar and
the toolbar that show them. Each action calls the collaborator that does the work."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from desktop.ui import sidebar as sb
from desktop.ui.common import icons
from desktop.ui.main_window.toolbar import MainToolBar, ShortAction
from desktop.ui.main_window.views import VIEW_LIST, VIEWS

if TYPE_CHECKING:
    from desktop.ui.main_window.window import MainWindow


class WindowActions(QObject):
    """Every action is the window's (its keys work wherever the focus is in it), but
    Delete, which works only while the list has the focus."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._create_actions()
        self._create_menus()
        self.toolbar = self._create_toolbar()

    def _action(self, text: str, slot: Callable[..., object],
                shortcuts: list[QKeySequence] | None = None, tip: str = "", icon: str = ""
                ) -> QAction:
        action = QAction(text, self._window)
        if icon:
            action.setIcon(icons.icon(icon))
        if shortcuts:
            action.setShortcuts(shortcuts)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    def _create_actions(self) -> None:
        w = self._window
        listing, files, views, tools = w.contact_list, w.files, w.view_switcher, w.tools
        keys = QKeySequence
        std = QKeySequence.StandardKey
        self.new_action = self._action(
            self.tr("&New Contact…"), listing.new_contact, keys.keyBindings(std.New),
            self.tr("Add a contact"), "new-contact")
        self.edit_action = self._action(
            self.tr("&Edit Contact…"), listing.edit_current, [keys("F2"), keys("Ctrl+E")],
            self.tr("Edit the selected contact"), "edit")
        self.delete_action = self._action(
            self.tr("&Delete Contact"), listing.delete_selected, keys.keyBindings(std.Delete),
            self.tr("Delete the selected contacts (undo brings them back)"), "delete")
        # Only while the list has focus: Delete in a text field deletes text.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        w.table.addAction(self.delete_action)

        self.undo_action = w.ops.undo_stack.createUndoAction(w, self.tr("&Undo"))
        self.undo_action.setShortcuts(keys.keyBindings(std.Undo))
        self.undo_action.setIcon(icons.icon("undo"))
        self.redo_action = w.ops.undo_stack.createRedoAction(w, self.tr("&Redo"))
        self.redo_action.setShortcuts(keys.keyBindings(std.Redo))
        self.redo_action.setIcon(icons.icon("redo"))
        w.addAction(self.undo_action)
        w.addAction(self.redo_action)

        self.find_action = self._action(
            self.tr("&Find…"), views.focus_search, keys.keyBindings(std.Find),
            self.tr("Search contacts (in the network view: find someone in the picture)"), "find")
        # One window-wide key for "remind me", whatever the view (issue 14: the detail
        # pane, the calendar and the network each bound Ctrl+R, and Qt then runs none).
        self.remind_action = self._action(
            self.tr("&Remind Me…"), views.remind_me, [keys("Ctrl+R")],
            self.tr("A follow-up for the person shown (in the calendar: on the day selected)"),
            "reminders")
        self.reach_action = self._action(
            self.tr("How Do I &Reach…?"), views.reach_someone, [keys("Ctrl+Shift+R")],
            self.tr("The best warm paths to a person, an organisation or a tag"), "reach")
        # Windows has no standard Quit key; Ctrl+Q is what users expect there too.
        quit_keys = keys.keyBindings(std.Quit) or [keys("Ctrl+Q")]
        self.quit_action = self._action(self.tr("&Quit"), w.close, quit_keys, "", "quit")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.import_action = self._action(
            self.tr("&Import vCards…"), files.choose_vcards, [keys("Ctrl+I")],
            self.tr("Import contacts from .vcf files"), "import")
        self.capture_action = self._action(
            self.tr("&Capture Meetings…"), files.capture_meetings, [keys("Ctrl+Shift+I")],
            self.tr("Log meetings and messages from your calendar (.ics, CalDAV) and mail "
               "(mbox, Maildir), after a review"), "capture")
        self.export_action = self._action(
            self.tr("&Export vCards…"), files.export_vcards, [keys("Ctrl+Shift+E")],
            self.tr("Save all contacts, the selection or a tag as a .vcf file"), "export")
        self.export_calendar_action = self._action(
            self.tr("Export &Calendar…"), files.export_calendar, None,
            self.tr("Follow-ups, meetings and birthdays for Google, Apple or Thunderbird "
               "calendars, or pushed to your sync server's calendar"), "export-calendar")
        self.review_action = self._action(
            self.tr("Weekly &Review…"), w.today_watch.open_week_review, [keys("Ctrl+Shift+W")],
            self.tr("Who you saw, promises kept and open, and next week's people"), "review")
        self.reminders_action = self._action(
            self.tr("Desktop &Reminders"), w.today_watch.set_reminders_enabled, None,
            self.tr("A tray icon with today's count and a notification each morning"),
            "reminders")
        self.reminders_action.setCheckable(True)
        self.reminders_action.setChecked(w.settings.reminders_enabled)
        self.undo_import_action = self._action(
            self.tr("Undo Last &Import"), files.undo_last_import, None,
            self.tr("Remove the contacts the last import added"), "undo-import")
        self.undo_import_action.setEnabled(False)  # until the counts say there is one
        self.demo_action = self._action(
            self.tr("Load &Demo Network…"), tools.ask_demo, None,
            self.tr("Fill Rapport with a made-up network to explore"), "demo")
        self.restore_action = self._action(
            self.tr("&Restore from Backup…"), tools.open_restore_dialog, None,
            self.tr("Put back one of the daily copies of your data"), "restore")
        self.week_briefings_action = self._action(
            self.tr("Print This &Week's Briefings…"), tools.print_week_briefings,
            [keys("Ctrl+Shift+P")],
            self.tr("One briefing page per person you meet during the rest of this week"), "print")
        self.duplicates_action = self._action(
            self.tr("Find &Duplicates…"), tools.open_duplicates, [keys("Ctrl+Shift+D")],
            self.tr("Contacts that are probably one person: merge them, or say they are not"),
            "duplicates")
        self.tags_action = self._action(
            self.tr("&Tag Manager…"), tools.open_tag_manager, [keys("Ctrl+Shift+T")],
            self.tr("Rename, colour, merge and delete tags"), "tags")
        self.me_action = self._action(
            self.tr("My &Profile"), listing.show_my_profile, [keys("Ctrl+Shift+M")],
            self.tr("Your own profile: your interests are what you share with others"), "profile")
        self.sync_action = self._action(
            self.tr("S&ync Accounts…"), tools.open_sync_dialog, None,
            self.tr("Two-way sync with your CardDAV address books (phone, Nextcloud, "
               "Fastmail…)"), "sync")
        self.about_action = self._action(self.tr("&About Rapport"), tools.show_about, None, "",
                                         "about")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

        # F6 / Shift+F6 move between the panes (the desktop's convention: GNOME, KDE and
        # Windows applications use F6 for it), where Tab walks every control of each.
        self.next_pane_action = self._action(
            self.tr("Nex&t Pane"), lambda: views.cycle_pane(True), [keys("F6")],
            self.tr("Move the keyboard focus to the next pane"), "more")
        self.previous_pane_action = self._action(
            self.tr("Pre&vious Pane"), lambda: views.cycle_pane(False), [keys("Shift+F6")],
            self.tr("Move the keyboard focus to the previous pane"), "more")

        self.view_actions: dict[str, QAction] = {}
        view_group = QActionGroup(w)
        view_group.setExclusive(True)
        for number, (name, title, tip, icon) in enumerate(VIEWS, start=1):
            action = self._action(self.tr(title), lambda _c=False, n=name: views.show_view(n),
                                  [keys(f"Alt+{number}")], self.tr(tip), icon)
            action.setCheckable(True)
            action.setChecked(name == VIEW_LIST)
            view_group.addAction(action)
            self.view_actions[name] = action

        self.list_actions: list[QAction] = []
        for number, (key, _title) in enumerate(sb.BUILT_INS[1:], start=1):
            action = self._action(sb.entry_title(key),
                                  lambda _c=False, k=key: w.sidebar.select_key(k),
                                  [keys(f"Ctrl+{number}")], "", sb.ENTRY_ICONS[key])
            self.list_actions.append(action)

    def _create_menus(self) -> None:
        bar = self._window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.capture_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.export_calendar_action)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.week_briefings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addAction(self.undo_import_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.edit_action)
        edit_menu.addAction(self.delete_action)
        edit_menu.addAction(self.remind_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)

        contacts_menu = bar.addMenu(self.tr("&Contacts"))
        contacts_menu.addAction(self.duplicates_action)

        view_menu = bar.addMenu(self.tr("&View"))
        for action in self.view_actions.values():
            view_menu.addAction(action)
        view_menu.addAction(self.reach_action)
        view_menu.addSeparator()
        view_menu.addAction(self.next_pane_action)
        view_menu.addAction(self.previous_pane_action)
        view_menu.addSeparator()
        view_menu.addAction(self.review_action)
        view_menu.addAction(self.me_action)
        view_menu.addSeparator()
        for action in self.list_actions:
            view_menu.addAction(action)

        tools_menu = bar.addMenu(self.tr("&Tools"))
        tools_menu.addAction(self.tags_action)
        tools_menu.addAction(self.reminders_action)
        tools_menu.addAction(self.sync_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _create_toolbar(self) -> MainToolBar:
        w = self._window
        # Short twins of Undo and Redo (see ``ShortAction``).
        self.toolbar_undo = ShortAction(self.undo_action, self.tr("Undo"), w)
        self.toolbar_redo = ShortAction(self.redo_action, self.tr("Redo"), w)
        toolbar = MainToolBar(
            [self.new_action, self.edit_action, self.delete_action, None,
             self.toolbar_undo, self.toolbar_redo, None,
             self.me_action, self.tags_action, self.import_action],
            list(self.view_actions.values()), w)
        w.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        toolbar.fit(w.width())
        return toolbar

    def update_for_selection(self, has_current: bool, has_selection: bool) -> None:
        """Edit needs someone shown; Delete a selection."""
        self.edit_action.setEnabled(has_current)
        self.delete_action.setEnabled(has_selection)
