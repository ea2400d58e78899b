"""What is due: the window title's count of today's follow-ups, the desktop reminders
(tray icon and morning notification, issue 15), the weekly review, and the calendars
pushed to a sync server, kept current as follow-ups change and as days begin (a window
left open overnight shows the new day: ``Changes.day``). Started after the first paint."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from desktop.services.types import Changes
from desktop.ui.common.turns import QuietTurn

if TYPE_CHECKING:
    from desktop.ui.calendar.calendar_export_dialog import CalendarPusher
    from desktop.ui.calendar.reminder_tray import ReminderTray
    from desktop.ui.main_window.window import MainWindow


# How often the day is looked at besides the timer set for midnight: Qt's timers stop
# while the computer sleeps (a timer set for midnight at 18:00 fires at 06:00 after a
# night asleep from 23:00 to 06:00), and the clock or its time zone may be changed.
DAY_CHECK_MS = 60_000


class TodayWatch(QObject):
    """``reminders`` (the tray) and ``pusher`` exist once ``start`` has run (the pusher
    also once the calendar export asks for it); ``review_dialog`` is the last review
    opened. Private state: ``_title_later`` counts what is due for the title in a turn of
    its own after a change; ``_day`` the day the window shows as today, ``_midnight`` the
    timer set for the next midnight, ``_day_check`` the minute's look at the day."""

    def __init__(self, window: MainWindow, today: dt.date | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._today = today
        self.reminders: ReminderTray | None = None
        self.pusher: CalendarPusher | None = None
        self.review_dialog: QDialog | None = None
        self._title_later = QuietTurn(window, self.update_title)
        self._day: dt.date | None = None
        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.setTimerType(Qt.TimerType.PreciseTimer)
        self._midnight.timeout.connect(self.check_day)
        self._day_check = QTimer(self)
        self._day_check.setInterval(DAY_CHECK_MS)
        self._day_check.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._day_check.timeout.connect(self.check_day)

    def start(self) -> None:
        """The title says what is due today (kept current as follow-ups change); the
        reminders start (this week's focus at the week's first start, the day's
        notification, the tray icon, issue 15); pushed calendars update."""
        window = self._window
        self.update_title()
        window.ops.changes_applied.connect(self._on_followups_changed)
        from desktop.ui.calendar.reminder_tray import ReminderTray

        self.reminders = ReminderTray(window.ops, window.settings, window, self.clock)
        self.reminders.agenda_requested.connect(window.view_switcher.open_agenda)
        self.reminders.review_requested.connect(self.open_week_review)
        self.reminders.start()
        window.commands.reminders_action.setChecked(self.reminders.enabled)
        pusher = self.calendar_pusher(new=True)
        window.ops.changes_applied.connect(pusher.on_changes)
        pusher.push_now()
        self._day = self.clock().date()
        self._arm_midnight()
        self._day_check.start()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)

    @Slot()
    def check_day(self) -> None:
        """If a day began since the last look, every view that shows something relative
        to today follows (``Changes.day``): the lists of what is due and their counts,
        "Today" and "Tomorrow" in the list, the calendar's today, the title's count,
        the detail pane; the reminders look at the new day (and week)."""
        if self._day is None:
            return
        today = self.clock().date()
        self._arm_midnight()
        if today == self._day or self._window.ops.busy:
            return  # not while a job of ours runs (a restore: no book open): the next look
        self._day = today
        self._window.ops.notify(Changes(day=True))

    def _arm_midnight(self) -> None:
        now = self.clock()
        midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time())
        # A second after midnight: the clock the views read must have turned.
        self._midnight.start(int((midnight - now).total_seconds() * 1000) + 1000)

    @Slot(Qt.ApplicationState)
    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:  # back at the computer
            self.check_day()

    def calendar_pusher(self, *, new: bool = False) -> CalendarPusher:
        """The pusher of follow-ups to calendars on sync servers (*new*: a fresh one)."""
        from desktop.ui.calendar.calendar_export_dialog import CalendarPusher

        if self.pusher is None or new:
            self.pusher = CalendarPusher(self._window)
        return self.pusher

    def clock(self) -> dt.datetime:
        """Now (on the day the window was given, in tests)."""
        now = dt.datetime.now().replace(microsecond=0)
        return dt.datetime.combine(self._today, now.time()) if self._today else now

    @Slot()
    def open_week_review(self) -> QDialog:
        """View > Weekly Review…: who you saw, promises kept and open, next week's people."""
        from desktop.ui.calendar.review_dialog import WeekReviewDialog

        dialog = WeekReviewDialog(self._window.ops, self._window, self._today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.review_dialog = dialog
        dialog.open()
        return dialog

    @Slot(bool)
    def set_reminders_enabled(self, on: bool) -> None:
        if self.reminders is not None:
            self.reminders.set_enabled(on)
        else:
            self._window.settings.reminders_enabled = on

    @Slot(object)
    def _on_followups_changed(self, changes: Changes) -> None:
        if changes.followups or changes.contacts_added_or_removed or changes.day:
            # Counting today's follow-ups (2-3 ms at 300,000 contacts) waits for a turn
            # after the window's repaint of the change (issue 18).
            self._title_later.start()

    def update_title(self) -> None:
        from desktop.services import followups

        count = followups.today_count(self._today)
        parts = []
        if count.due_today:
            parts.append(self.tr("%Ln due today", "", count.due_today))
        if count.overdue:
            parts.append(self.tr("%Ln overdue", "", count.overdue))
        # Qt adds " — Rapport" (the application's display name) itself on Windows and
        # Linux, and macOS shows the name in the menu bar: no prefix here (QA: "Rapport —
        # 1 due today — Rapport").
        self._window.setWindowTitle(", ".join(parts) if parts else self.tr("Rapport"))
