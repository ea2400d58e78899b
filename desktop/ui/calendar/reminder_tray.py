"""Reminders that reach you (issue 15): a tray icon showing today's count, and a desktop
notification when Rapport starts and each morning while it runs ("3 follow-ups and a 1-2-1
with Priya today"); clicking either opens the agenda. The same clock starts the week's
rhythm: on the first start of a week (or when a running app crosses into one) this
week's focus is proposed, and from Friday afternoon the week's review is offered once.

Off in the settings (``Settings.reminders_enabled``): no icon, no notification (the
window title still counts what is due). Where the desktop has no system tray, the
notification goes to the window's status bar instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

from desktop.services import reminders, review, search
from desktop.ui.common.settings import Settings
from desktop.ui.operations import Operations

CHECK_MS = 5 * 60 * 1000  # how often the clock looks whether a new day or week began
MORNING = dt.time(8, 0)  # the daily notification, once the day has started
MESSAGE_MS = 15_000


def count_icon(base: QIcon, count: int, size: int = 64) -> QIcon:
    """The application icon with today's count in a red badge (none when nothing is due)."""
    pixmap = base.pixmap(size, size) if not base.isNull() else QPixmap(size, size)
    if base.isNull():
        pixmap.fill(QColor("#2563eb"))
    if count > 0:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = str(count) if count < 100 else "99+"
        badge = QRectF(size * 0.38, 0, size * 0.62, size * 0.5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#dc2626"))
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(size * (0.34 if len(text) < 3 else 0.24)))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
    return QIcon(pixmap)


class ReminderTray(QObject):
    """Private state: ``_tray`` the icon (None while off or with no tray); ``_day`` the
    day last notified; ``_week`` the week whose focus was last proposed; ``_clock`` what
    "now" is (tests move it); ``last_message`` the last notification (title, text) and
    ``_message_kind`` what clicking it opens ("agenda" or "review")."""

    agenda_requested = Signal()
    review_requested = Signal()

    def __init__(self, ops: Operations, settings: Settings, window: QMainWindow,
                 clock: Callable[[], dt.datetime] | None = None) -> None:
        super().__init__(window)
        self._ops = ops
        self._settings = settings
        self._window = window
        self._clock = clock or (lambda: dt.datetime.now().replace(microsecond=0))
        self._tray: QSystemTrayIcon | None = None
        self._day: dt.date | None = None
        self._week: dt.date | None = None
        self._message_kind = "agenda"
        self._birthdays: tuple[dt.date, int] | None = None  # today's count, kept for the day
        self.last_message: tuple[str, str] | None = None
        self.summary: reminders.TodaySummary | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        ops.changes_applied.connect(self._on_changes)

    # --- starting and stopping ----------------------------------------------------------

    def start(self) -> None:
        """At start-up (after the first paint): propose the week's focus if this is the
        week's first start, show the icon and the day's notification."""
        self._timer.start()
        self.set_enabled(self._settings.reminders_enabled, notify=True, refresh=False)
        self.check()  # reads the day's summary once for the notification and the icon

    @property
    def enabled(self) -> bool:
        return self._settings.reminders_enabled

    def set_enabled(self, on: bool, *, notify: bool = False, refresh: bool = True) -> None:
        self._settings.reminders_enabled = on
        if on and self._tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            tray = QSystemTrayIcon(self._window.windowIcon(), self)
            tray.activated.connect(self._activated)
            tray.messageClicked.connect(self.message_clicked)
            self._tray = tray
            tray.show()
        elif not on and self._tray is not None:
            self._tray.hide()
            self._tray.deleteLater()
            self._tray = None
        if refresh:
            self.refresh()
        if on and notify:
            self._day = None  # the next check notifies today's work

    @property
    def tray_icon(self) -> QSystemTrayIcon | None:
        return self._tray

    # --- the clock --------------------------------------------------------------------

    @Slot()
    def check(self) -> None:
        """A new week: propose its focus. A new day (from eight in the morning): tell the
        user what is due. Friday afternoon on: offer the week's review, once a week."""
        now = self._clock()
        week = search.week_start(now.date())
        if week != self._week:
            self._week = week
            self._ops.propose_focus(now.date())
        summary = None
        if self.enabled and self._day != now.date() and (
                now.time() >= MORNING or self._day is None):
            self._day = now.date()
            summary = self.notify()
        elif (self.enabled and review.is_review_time(now)
              and self._settings.last_review_week != week.isoformat()):
            self._settings.last_review_week = week.isoformat()
            self._send(self.tr("Your week in review"),
                       self.tr("Who you saw, the promises kept and open, and next week's "
                               "people. Click to look back on the week."), "review")
        self.refresh(summary)

    def _summary(self) -> reminders.TodaySummary:
        day = self._clock().date()
        if self._birthdays is None or self._birthdays[0] != day:
            self._birthdays = (day, reminders.birthdays_on(day))
        self.summary = reminders.today_summary(day, self._birthdays[1])
        return self.summary

    def notify(self) -> reminders.TodaySummary:
        """Today's notification: what is due, the meetings, the birthdays (the summary
        it read)."""
        summary = self._summary()
        text = summary.text()
        details = summary.details()
        self._send(text, details or self.tr("Click to open the agenda."), "agenda")
        return summary

    def _send(self, title: str, text: str, kind: str) -> None:
        self.last_message = (title, text)
        self._message_kind = kind
        if self._tray is not None and QSystemTrayIcon.supportsMessages():
            self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information,
                                   MESSAGE_MS)
        else:
            self._window.statusBar().showMessage(title, MESSAGE_MS)

    # --- the icon ---------------------------------------------------------------------

    def refresh(self, summary: reminders.TodaySummary | None = None) -> None:
        """The icon's count and tooltip; from *summary* when the caller just read it."""
        if self._tray is None:
            return
        summary = summary or self._summary()
        self._tray.setIcon(count_icon(self._window.windowIcon(), summary.count))
        self._tray.setToolTip(self.tooltip())

    @Slot(object)
    def _on_changes(self, changes: object) -> None:
        if getattr(changes, "day", False):  # a new day (perhaps a new week) began
            self.check()
            return
        if getattr(changes, "contacts_added_or_removed", False) or getattr(
                changes, "tags", False):  # a contact edit may have moved a birthday
            self._birthdays = None
        if getattr(changes, "followups", False) or getattr(changes, "interactions", False) \
                or getattr(changes, "contacts_added_or_removed", False):
            self.refresh()

    @Slot(QSystemTrayIcon.ActivationReason)
    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.agenda_requested.emit()

    @Slot()
    def message_clicked(self) -> None:
        """The notification was clicked: the agenda (or the week's review)."""
        if self._message_kind == "review":
            self.review_requested.emit()
        else:
            self.agenda_requested.emit()

    def tooltip(self) -> str:
        """What the icon's tooltip says (also when there is no tray to show it)."""
        summary = self.summary or self._summary()
        return self.tr("Rapport — %1").replace("%1", summary.text())
