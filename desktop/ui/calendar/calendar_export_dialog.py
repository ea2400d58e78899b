"""File > Export Calendar… (issue 15): a calendar file people can use (follow-ups, overdue
ones on today; planned meetings; birthdays as yearly events; optional alarms), and the
optional push of follow-ups to a calendar on a sync account's server (CalDAV).

``CalendarPusher`` keeps the pushed calendars current while the app runs: a while after
follow-ups or meetings change, and once at start, off the UI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import overview
from desktop.services.sync import accounts, caldav
from desktop.services.types import Changes
from desktop.text import phrase_text
from desktop.ui.common import formatting
from desktop.ui.common.plain_text import plain_label
from desktop.ui.common.save_path import ask_save_path
from desktop.ui.common.settings import Settings
from desktop.ui.common.workers import Worker

if TYPE_CHECKING:
    from desktop.services.calendar_export import CalendarOptions

PUSH_DELAY_MS = 30_000  # after a change, wait for the next ones before pushing


def _push_all(_progress: object) -> list[caldav.PushResult]:
    return [caldav.push_account(a) for a in caldav.push_targets()]


class CalendarPusher(QObject):
    """Pushes follow-ups to the calendars that have it on. Private state: ``_timer``
    waits for changes to settle; ``_worker`` the push under way (one at a time;
    ``_again`` says a change came in meanwhile)."""

    pushed = Signal(object)  # list[PushResult]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PUSH_DELAY_MS)
        self._timer.timeout.connect(self.push_now)
        self._worker: Worker | None = None
        self._again = False

    @Slot(object)
    def on_changes(self, changes: Changes) -> None:
        if (changes.followups or changes.interactions) and caldav.push_targets():
            self._timer.start()

    @Slot()
    def push_now(self) -> bool:
        """Push now (False: nothing to push to)."""
        if not caldav.push_targets():
            return False
        if self._worker is not None:
            self._again = True
            return True
        worker = Worker(_push_all, cleanup=overview.release_thread_connection)
        worker.signals.finished.connect(self._done)
        worker.signals.failed.connect(lambda _m: self._done([]))
        self._worker = worker
        QThreadPool.globalInstance().start(worker)
        return True

    @Slot(object)
    def _done(self, results: object) -> None:
        self._worker = None
        self.pushed.emit(results)
        if self._again:
            self._again = False
            self.push_now()

    @property
    def busy(self) -> bool:
        return self._worker is not None


class CalendarExportDialog(QDialog):
    """What goes in the file and where it is pushed. ``save_requested(path, options,
    replace_read_only)``
    asks the window to write the file (off the UI thread, with progress and Cancel)."""

    save_requested = Signal(object, object, bool)  # Path, CalendarOptions, replace read-only

    def __init__(self, settings: Settings, pusher: CalendarPusher,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._pusher = pusher
        self.setWindowTitle(self.tr("Export Calendar"))
        layout = QVBoxLayout(self)
        intro = plain_label(self.tr("Follow-ups (overdue ones on today), planned meetings and "
                                    "birthdays, for Google, Apple or Thunderbird calendars. "
                                    "Titles read “Name: what to do”."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.birthdays = QCheckBox(self.tr("Birthdays and anniversaries, every year"), self)
        self.birthdays.setChecked(True)
        self.alarms = QCheckBox(self.tr("Alarms: 9:00 on the day, 15 minutes before a "
                                        "meeting"), self)
        self.alarms.setChecked(settings.calendar_alarms)
        layout.addWidget(self.birthdays)
        layout.addWidget(self.alarms)
        self.save_button = QPushButton(self.tr("Save Calendar File…"), self)
        self.save_button.clicked.connect(self.choose_file)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)

        box = QGroupBox(self.tr("Push to a calendar on your sync server"), self)
        box_layout = QVBoxLayout(box)
        note = plain_label(self.tr("Keeps a calendar named “Rapport follow-ups” up to date on the "
                                   "server of a sync account, so your phone shows them. It sends "
                                   "names, follow-up texts and dates, meeting titles and times; "
                                   "never notes, favours or introductions."), box)
        note.setWordWrap(True)
        box_layout.addWidget(note)
        self.push_boxes: dict[int, QCheckBox] = {}
        for info in accounts.accounts():
            conf = caldav.settings(info.id)
            check = QCheckBox(info.name, box)
            check.setChecked(bool(conf and conf.enabled))
            check.toggled.connect(lambda on, a=info.id: self._set_push(a, on))
            status = plain_label(self._status(conf), box)
            status.setObjectName("hint")
            row = QHBoxLayout()
            row.addWidget(check)
            row.addWidget(status, 1)
            box_layout.addLayout(row)
            self.push_boxes[info.id] = check
        if not self.push_boxes:
            box_layout.addWidget(plain_label(self.tr("No sync account yet: add one in Tools > "
                                                     "Sync Accounts…"), box))
        self.push_button = QPushButton(self.tr("Push Now"), box)
        self.push_button.clicked.connect(self.push_now)
        self.push_label = plain_label("", box)
        self.push_label.setTextFormat(Qt.TextFormat.PlainText)
        self.push_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.push_button)
        row.addWidget(self.push_label, 1)
        box_layout.addLayout(row)
        layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        pusher.pushed.connect(self._pushed)
        self._update_push_button()

    @staticmethod
    def _status(conf: caldav.PushSettings | None) -> str:
        if conf is None or not conf.enabled:
            return ""
        if conf.last_error:
            return QCoreApplication.translate("CalendarExportDialog", "Push failed: %1").replace(
                "%1", phrase_text(conf.last_error))
        if conf.last_push_at is None:
            return QCoreApplication.translate("CalendarExportDialog", "Not pushed yet")
        return QCoreApplication.translate("CalendarExportDialog", "Pushed %1").replace(
            "%1", formatting.ago(conf.last_push_at))

    def options(self) -> CalendarOptions:
        from desktop.services.calendar_export import CalendarOptions

        return CalendarOptions(alarms=self.alarms.isChecked(),
                                               birthdays=self.birthdays.isChecked())

    @Slot()
    def choose_file(self) -> None:
        chosen = ask_save_path(self, self.tr("Export Calendar"),
                               Path.home() / "rapport-followups.ics",
                               self.tr("iCalendar files (*.ics)"), ".ics")
        if chosen is not None:
            self.save(*chosen)

    def save(self, path: Path, replace_read_only: bool = False) -> None:
        """Ask the window to write *path* (a read-only one is replaced only with
        *replace_read_only*: ``save_path`` asked the user)."""
        self._settings.calendar_alarms = self.alarms.isChecked()
        path = path if path.suffix else path.with_name(path.name + ".ics")
        self.save_requested.emit(path, self.options(), replace_read_only)
        self.accept()

    def _set_push(self, account_id: int, on: bool) -> None:
        caldav.set_enabled(account_id, on, self.alarms.isChecked())
        self._update_push_button()
        if on:
            self.push_now()

    def _update_push_button(self) -> None:
        self.push_button.setEnabled(bool(caldav.push_targets()))

    @Slot()
    def push_now(self) -> None:
        for account_id, check in self.push_boxes.items():
            if check.isChecked():
                caldav.set_enabled(account_id, True, self.alarms.isChecked())
        if self._pusher.push_now():
            self.push_label.setText(self.tr("Pushing…"))

    @Slot(object)
    def _pushed(self, results: object) -> None:
        if not isinstance(results, list):
            return
        lines = [f"{r.account}: {r.summary()}" for r in results
                 if isinstance(r, caldav.PushResult)]
        self.push_label.setText("\n".join(lines))
