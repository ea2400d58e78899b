"""The first page of File → Capture Meetings…: what to read (calendar and mail files, or a
CalDAV calendar of a sync account) and over which days.

Finding an account's calendars talks to the server, so it runs off the UI thread; the
calendar picked is remembered (``caldav.choose``) for the next capture and for
``rapport capture --calendars``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import overview
from desktop.services.capture import caldav, engine
from desktop.services.sync import accounts
from desktop.ui.common import formatting
from desktop.ui.common.workers import Worker


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> dt.datetime:
    return dt.datetime(value.year(), value.month(), value.day())


class CaptureSourcePage(QWidget):
    """Private state: ``paths`` the files and folders chosen; ``_accounts`` the sync
    accounts (id, name) in the account box; ``_worker`` a calendar search running."""

    read_requested = Signal()
    ready_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths: list[Path] = []
        self._worker: Worker | None = None
        title = QLabel(self.tr("Capture meetings and messages"), self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        about = QLabel(self.tr(
            "Rapport reads the title, time and people of calendar events, and the date, "
            "subject and addresses of e-mail messages: never a message's text. Past events "
            "with your contacts become meetings, future ones planned meetings, e-mails one "
            "message entry per conversation per day. You review everything before it is "
            "saved."), self)
        about.setTextFormat(Qt.TextFormat.PlainText)
        about.setWordWrap(True)

        self.files_radio = QRadioButton(self.tr("&Files: calendar (.ics), mbox or Maildir"), self)
        self.calendar_radio = QRadioButton(self.tr("&Calendar of a sync account"), self)
        group = QButtonGroup(self)
        group.addButton(self.files_radio)
        group.addButton(self.calendar_radio)
        self.files_radio.setChecked(True)
        group.buttonToggled.connect(self._update)

        self.choose_files = QPushButton(self.tr("Choose files…"), self)
        self.choose_files.clicked.connect(self._choose_files)
        self.choose_folder = QPushButton(self.tr("Choose Maildir folder…"), self)
        self.choose_folder.clicked.connect(self._choose_folder)
        self.files_label = QLabel(self.tr("No files chosen"), self)
        self.files_label.setTextFormat(Qt.TextFormat.PlainText)
        self.files_label.setWordWrap(True)
        files_row = QHBoxLayout()
        files_row.addWidget(self.choose_files)
        files_row.addWidget(self.choose_folder)
        files_row.addStretch(1)

        self.account_box = QComboBox(self)
        self.account_box.setAccessibleName(self.tr("Sync account"))
        self.calendar_box = QComboBox(self)
        self.calendar_box.setAccessibleName(self.tr("Calendar"))
        self.calendar_box.setMinimumWidth(220)
        self.find_button = QPushButton(self.tr("Find calendars"), self)
        self.find_button.clicked.connect(self._find_calendars)
        self.calendar_note = QLabel("", self)
        self.calendar_note.setTextFormat(Qt.TextFormat.PlainText)
        self.calendar_note.setWordWrap(True)
        cal_row = QHBoxLayout()
        cal_row.addWidget(self.account_box)
        cal_row.addWidget(self.find_button)
        cal_row.addWidget(self.calendar_box, 1)

        since, until = engine.default_range()
        self.since_edit = QDateEdit(_qdate(since.date()), self)
        self.until_edit = QDateEdit(_qdate((until - dt.timedelta(days=1)).date()), self)
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(formatting.date_edit_format())
        range_form = QFormLayout()
        range_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        range_form.addRow(self.tr("&From:"), self.since_edit)
        range_form.addRow(self.tr("&Until:"), self.until_edit)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(about)
        layout.addSpacing(10)
        layout.addWidget(self.files_radio)
        layout.addLayout(files_row)
        layout.addWidget(self.files_label)
        layout.addSpacing(6)
        layout.addWidget(self.calendar_radio)
        layout.addLayout(cal_row)
        layout.addWidget(self.calendar_note)
        layout.addSpacing(6)
        layout.addLayout(range_form)
        layout.addStretch(1)
        self._load_accounts()
        self._update()

    # --- choices ----------------------------------------------------------------------

    def _load_accounts(self) -> None:
        self.account_box.clear()
        for info in accounts.accounts():
            self.account_box.addItem(info.name, info.id)
        self.calendar_box.clear()
        for cal in caldav.chosen():
            self.calendar_box.addItem(f"{cal.name} ({cal.account_name})", cal.id)
        if not self.account_box.count():
            self.calendar_note.setText(self.tr(
                "No sync account yet: add one in Tools → Sync Accounts…"))

    def set_paths(self, paths: list[Path]) -> None:
        self.paths = list(paths)
        self.files_radio.setChecked(True)
        names = ", ".join(p.name or str(p) for p in self.paths[:4])
        more = len(self.paths) - 4
        self.files_label.setText(names + (self.tr(" and {0} more").format(more)
                                          if more > 0 else "") or self.tr("No files chosen"))
        self._update()

    @Slot()
    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Capture from files"), str(Path.home()),
            self.tr("Calendars and mailboxes (*.ics *.mbox *);;Calendars (*.ics)"))
        if names:
            self.set_paths([Path(n) for n in names])

    @Slot()
    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Capture from a Maildir folder"),
                                                str(Path.home()))
        if name:
            self.set_paths([Path(name)])

    @Slot()
    def _find_calendars(self) -> None:
        account_id = self.account_box.currentData()
        if account_id is None or self._worker is not None:
            return
        self.find_button.setEnabled(False)
        self.calendar_note.setText(self.tr("Looking for calendars…"))
        worker = Worker(lambda _p: caldav.discover(int(account_id)),
                        cleanup=overview.release_thread_connection)
        worker.signals.finished.connect(self._on_found)
        worker.signals.failed.connect(self._on_find_failed)
        self._worker = worker
        self._finding = int(account_id)
        QThreadPool.globalInstance().start(worker)

    @Slot(object)
    def _on_found(self, found: object) -> None:
        self._worker = None
        self.find_button.setEnabled(True)
        calendars = list(found) if isinstance(found, list) else []
        if not calendars:
            self.calendar_note.setText(self.tr("This account has no calendars."))
            return
        self.calendar_box.clear()
        for cal in calendars:
            self.calendar_box.addItem(cal.name, cal)
        self.calendar_note.setText(self.tr("Rapport only reads the calendar, never changes it."))
        self.calendar_radio.setChecked(True)
        self._update()

    @Slot(str)
    def _on_find_failed(self, message: str) -> None:
        self._worker = None
        self.find_button.setEnabled(True)
        self.calendar_note.setText(self.tr("Could not list calendars: {0}").format(message))

    @Slot()
    def _update(self) -> None:
        on_files = self.files_radio.isChecked()
        files: tuple[QWidget, ...] = (self.choose_files, self.choose_folder, self.files_label)
        for w in files:
            w.setEnabled(on_files)
        calendar: tuple[QWidget, ...] = (self.account_box, self.calendar_box, self.find_button)
        for w in calendar:
            w.setEnabled(not on_files and self.account_box.count() > 0)
        self.ready_changed.emit(self.ready())

    def ready(self) -> bool:
        if self.files_radio.isChecked():
            return bool(self.paths)
        return self.calendar_box.currentIndex() >= 0

    def range(self) -> tuple[dt.datetime, dt.datetime]:
        since = _day(self.since_edit.date())
        until = _day(self.until_edit.date()) + dt.timedelta(days=1)
        return since, max(until, since + dt.timedelta(days=1))

    def calendar_id(self) -> int | None:
        """The calendar chosen (remembered for next time), or None for files."""
        if self.files_radio.isChecked():
            return None
        data = self.calendar_box.currentData()
        if isinstance(data, caldav.CalendarInfo):
            account_id = self.account_box.currentData()
            return caldav.choose(int(account_id), data)
        return int(data) if data is not None else None

    @property
    def busy(self) -> bool:
        return self._worker is not None
