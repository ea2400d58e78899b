"""File → Capture Meetings…: choose what to read, read it off the UI thread, review what
would be logged per person (accept or skip each person and each entry, never capture an
address, add people met as contacts), then log it as one undoable step (issue 17).

Reading (``engine.scan_files`` / ``caldav.scan_calendars`` then ``engine.review``) and
logging (``engine.apply``) run in ``Worker``s with progress and Cancel; a cancelled log
writes nothing. The finished capture goes on the undo stack through
``Operations.record_capture``. Names and titles reach the screen as item-model text and
plain-text labels, never rich text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import overview
from desktop.services.capture import engine
from desktop.ui.capture.review_model import CaptureReviewModel
from desktop.ui.capture.source_page import CaptureSourcePage
from desktop.ui.common import fit, formatting
from desktop.ui.common.plain_text import plain_tooltip
from desktop.ui.common.workers import (
    Progress,
    Worker,
    close_progress,
    progress_dialog,
    show_progress,
)
from desktop.ui.operations import Operations

_STEPS = 1000


class CaptureDialog(QDialog):
    """Private state: ``_worker`` the job running (reading, re-reviewing or logging),
    ``_phase`` which; ``_scan`` what the sources said; ``model`` the review shown;
    ``_progress`` the logging's progress dialog; ``_title`` what the undo step is called."""

    review_ready = Signal()
    captured = Signal(object)  # CaptureResult, on the undo stack
    cancelled = Signal(str)

    def __init__(self, ops: Operations, paths: Sequence[Path] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._worker: Worker | None = None
        self._phase = ""
        self._scan: engine.CaptureScan | None = None
        self._progress: QProgressDialog | None = None
        self._title = ""
        self.model: CaptureReviewModel | None = None
        self.result_: engine.CaptureResult | None = None
        self.setWindowTitle(self.tr("Capture Meetings"))
        self.setModal(True)
        self.setMinimumSize(680, 460)
        self.resize(1060, 660)
        fit.to_screen(self)  # a small screen: the content scrolls, the buttons show

        self.source = CaptureSourcePage(self)
        self.read_button = QPushButton(self.tr("&Read"), self)
        self.read_button.setDefault(True)
        self.read_button.clicked.connect(self.start)
        close = QPushButton(self.tr("Cancel"), self)
        close.clicked.connect(self.reject)
        self.source.ready_changed.connect(self.read_button.setEnabled)
        self.read_button.setEnabled(self.source.ready())
        source_page = QWidget(self)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        row.addWidget(self.read_button)
        box = QVBoxLayout(source_page)
        box.addWidget(self.source, 1)
        box.addLayout(row)

        self.reading_page = QWidget(self)
        self.reading_label = QLabel(self.tr("Reading…"), self.reading_page)
        self.reading_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reading_label.setWordWrap(True)
        self.reading_bar = QProgressBar(self.reading_page)
        self.reading_bar.setRange(0, _STEPS)
        self.reading_bar.setTextVisible(False)
        self.reading_bar.setFixedWidth(360)
        self.reading_cancel = QPushButton(self.tr("Cancel"), self.reading_page)
        self.reading_cancel.clicked.connect(self.reject)
        rl = QVBoxLayout(self.reading_page)
        rl.addStretch(2)
        rl.addWidget(self.reading_label)
        rl.addWidget(self.reading_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        rl.addWidget(self.reading_cancel, 0, Qt.AlignmentFlag.AlignHCenter)
        rl.addStretch(3)

        self.review_page = QWidget(self)
        self.stack = QStackedWidget(self)
        for page in (source_page, self.reading_page, self.review_page):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.addWidget(self.stack)
        if paths:
            self.source.set_paths([Path(p) for p in paths])

    # --- reading ----------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        """Read the chosen sources off the UI thread; the review shows when done."""
        if self._worker is not None or not self.source.ready():
            return
        since, until = self.source.range()
        calendar = self.source.calendar_id()
        paths = list(self.source.paths)
        if calendar is None:
            what = paths[0].name if len(paths) == 1 else self.tr("{0} sources").format(
                len(paths))

            def job(progress: Progress) -> engine.CapturePreview:
                return engine.review(engine.scan_files(paths, since, until, progress))
        else:
            from desktop.services.capture import caldav

            what = self.source.calendar_box.currentText()

            def job(progress: Progress) -> engine.CapturePreview:
                return engine.review(caldav.scan_calendars([calendar], since, until,
                                                           progress))
        self._title = what
        self.reading_label.setText(self.tr("Reading {0}…").format(what))
        self.stack.setCurrentWidget(self.reading_page)
        self._run(job, "read", self._on_read)

    def _run(self, job: Callable[[Progress], object], phase: str,
             done: Callable[[object], None]) -> Worker:
        worker = Worker(job, cancel_exceptions=(engine.CaptureCancelled,),
                        cleanup=overview.release_thread_connection)
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(done)
        worker.signals.failed.connect(self._on_failed)
        worker.signals.cancelled.connect(self._on_cancelled)
        self._worker = worker
        self._phase = phase
        QThreadPool.globalInstance().start(worker)
        return worker

    @property
    def busy(self) -> bool:
        return self._worker is not None

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self._phase == "apply":
            show_progress(self._progress, done, total)
        elif total > 0:
            self.reading_bar.setValue(min(done * _STEPS // total, _STEPS))

    @Slot(object)
    def _on_read(self, preview: object) -> None:
        self._worker = None
        assert isinstance(preview, engine.CapturePreview)
        self._scan = preview.scan
        if self.model is None:
            self._build_review(preview)
        else:
            self.model.set_preview(preview)
            self._fill_side(preview)
        self.stack.setCurrentWidget(self.review_page)
        self.accept_button.setFocus()
        self.review_ready.emit()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        phase, self._worker = self._phase, None
        if phase == "apply":
            close_progress(self._progress)
            self._progress = None
            self._update_count()
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Capture Meetings"),
                              self.tr("Nothing was logged: {0}").format(message),
                              QMessageBox.StandardButton.Ok, self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return
        self.reading_bar.hide()
        self.reading_label.setText(self.tr("Could not read: {0}").format(message))
        self.reading_cancel.setText(self.tr("Close"))

    @Slot()
    def _on_cancelled(self) -> None:
        phase, self._worker = self._phase, None
        if phase == "apply":
            close_progress(self._progress)
            self._progress = None
            self._update_count()
            self.note.setText(self.tr("Cancelled: nothing was logged."))
        self.cancelled.emit(self.tr("Capture cancelled: nothing was changed"))

    # --- review -----------------------------------------------------------------------

    def _build_review(self, preview: engine.CapturePreview) -> None:
        page = self.review_page
        self.heading = QLabel("", page)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.subtitle = QLabel("", page)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setWordWrap(True)

        self.model = CaptureReviewModel(preview, self)
        self.model.choices_changed.connect(self._update_count)
        self.tree = QTreeView(page)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("What will be logged, per person"))
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setSectionResizeMode(CaptureReviewModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        metrics = self.tree.fontMetrics()
        self.tree.setColumnWidth(CaptureReviewModel.WHEN,
                                 metrics.horizontalAdvance("2025-06-05 09:00") + 24)
        self.tree.setColumnWidth(CaptureReviewModel.WHAT,
                                 metrics.horizontalAdvance("12 meetings, 12 message days") + 16)
        self.tree.setColumnWidth(CaptureReviewModel.VIA,
                                 metrics.horizontalAdvance("outlook-calendar.ics:123") + 16)
        self.tree.selectionModel().currentChanged.connect(self._on_current)

        self.never_button = QPushButton(self.tr("&Never capture this address"), page)
        self.never_button.setEnabled(False)
        self.never_button.clicked.connect(self._toggle_never)
        QShortcut(QKeySequence(self.tr("Ctrl+Shift+N")), self, self._toggle_never)
        people_row = QHBoxLayout()
        people_row.addWidget(self.never_button)
        people_row.addStretch(1)
        left = QWidget(page)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.tree, 1)
        ll.addLayout(people_row)

        met_label = QLabel(self.tr("Met, not in your contacts"), page)
        met_label.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(met_label.font())
        bold.setWeight(QFont.Weight.DemiBold)
        met_label.setFont(bold)
        self.strangers = QListWidget(page)
        self.strangers.setWordWrap(True)
        self.strangers.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.strangers.setAccessibleName(self.tr("People met who are not contacts"))
        self.add_button = QPushButton(self.tr("&Add as contact"), page)
        self.strangers.currentRowChanged.connect(self._on_stranger)
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.add_selected_stranger)
        self.problems_label = QLabel(self.tr("Not read"), page)
        self.problems_label.setFont(bold)
        self.problems = QListWidget(page)
        self.problems.setAccessibleName(self.tr("Events and messages that could not be read"))
        self.problems.setWordWrap(True)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right = QWidget(page)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(met_label)
        rl.addWidget(self.strangers, 2)
        rl.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        rl.addSpacing(8)
        rl.addWidget(self.problems_label)
        rl.addWidget(self.problems, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([780, 260])

        self.note = QLabel("", page)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(page)
        self.accept_button = self.buttons.addButton(self.tr("Log"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button.setDefault(True)
        self.buttons.accepted.connect(self.start_apply)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addSpacing(6)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._fill_side(preview)
        if preview.people:
            self.tree.expand(self.model.index(0, 0))

    def _fill_side(self, preview: engine.CapturePreview) -> None:
        self.strangers.clear()
        for s in preview.strangers:
            text = (f"{s.name} <{s.address}>" if s.name else s.address) + \
                self.tr(" — met {0}×, last {1}").format(
                    s.count, formatting.short_date(s.last.date()))
            item = QListWidgetItem(" ".join(text.split()))
            item.setData(Qt.ItemDataRole.UserRole, s.address)
            item.setToolTip(plain_tooltip(s.first_title))
            self.strangers.addItem(item)
        self.add_button.setEnabled(False)
        self.problems.clear()
        for line in (*preview.scan.unreadable, *(str(p) for p in preview.problems)):
            item = QListWidgetItem(line.replace(str(Path(line.split(":", 1)[0]).parent) + "/",
                                                ""))
            item.setToolTip(plain_tooltip(line))
            self.problems.addItem(item)
        self.problems_label.setVisible(self.problems.count() > 0)
        self.problems.setVisible(self.problems.count() > 0)
        counts = preview.counts()
        labels = {"meetings": self.tr("{0} meetings"), "planned": self.tr("{0} planned meetings"),
                  "messages": self.tr("{0} message days"), "moved": self.tr("{0} moved"),
                  "cancelled": self.tr("{0} cancelled")}
        bits = [labels[k].format(f"{n:,}") for k, n in counts.items() if n]
        self.heading.setText(
            self.tr("Log {0} with {1} people").format(", ".join(bits), len(preview.people))
            if bits else self.tr("Nothing new to log"))
        extra = []
        if preview.unchanged:
            extra.append(self.tr("{0} captured before").format(preview.unchanged))
        if preview.no_contact or preview.scan.dropped:
            extra.append(self.tr("{0} with nobody in your contacts").format(
                preview.no_contact + preview.scan.dropped))
        self.subtitle.setText(self.tr(
            "Nothing is saved until you click Log. Untick a person or an entry to skip it.")
            + (" (" + ", ".join(extra) + ")" if extra else ""))
        self._update_count()

    @Slot()
    def _update_count(self) -> None:
        if self.model is None:
            return
        count = self.model.accepted_count()
        self.accept_button.setText(self.tr("Log {0} entries").format(f"{count:,}") if count
                                   else self.tr("Log"))
        never = bool(self.model.choice().never)
        self.accept_button.setEnabled((count > 0 or never) and self._worker is None)

    @Slot(QModelIndex, QModelIndex)
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        person = self.model.person(current) if self.model is not None else None
        self.never_button.setEnabled(person is not None)
        if person is not None and self.model is not None:
            self.never_button.setText(self.tr("Capture this address again")
                                      if self.model.is_never(person)
                                      else self.tr("&Never capture this address"))

    @Slot()
    def _toggle_never(self) -> None:
        if self.model is None:
            return
        person = self.model.person(self.tree.currentIndex())
        if person is None:
            return
        self.model.set_never(person, not self.model.is_never(person))
        self._on_current(self.tree.currentIndex(), QModelIndex())

    @Slot(int)
    def _on_stranger(self, _row: int) -> None:
        self.add_button.setEnabled(self.strangers.currentItem() is not None
                                   and self._worker is None)

    @Slot()
    def add_selected_stranger(self) -> None:
        """Add the selected person met as a contact (its own undoable step), then review
        again so their meetings are attached."""
        item = self.strangers.currentItem()
        if item is None or self.model is None or self._scan is None or self._worker:
            return
        address = item.data(Qt.ItemDataRole.UserRole)
        person = next((s for s in self.model.preview.strangers if s.address == address), None)
        if person is None:
            return
        if self.ops.create_contact(engine.stranger_fields(person)) is None:
            return
        scan = self._scan
        self.add_button.setEnabled(False)
        self.note.setText(self.tr("Added {0}; looking again…").format(person.name or address))
        self._run(lambda _p: engine.review(scan), "review", self._on_read)

    # --- logging ----------------------------------------------------------------------

    @Slot()
    def start_apply(self) -> None:
        if self._worker is not None or self.model is None:
            return
        preview = self.model.preview
        choice = self.model.choice()
        worker = self._run(lambda progress: engine.apply(preview, choice, progress,
                                                         dt.datetime.now()),
                           "apply", self._on_applied)
        self._progress = progress_dialog(self, worker, self.tr("Capture Meetings"),
                                         self.tr("Logging…"), _STEPS)
        self.accept_button.setEnabled(False)
        self.note.setText(self.tr("Logging…"))

    @Slot(object)
    def _on_applied(self, result: object) -> None:
        self._worker = None
        close_progress(self._progress)
        self._progress = None
        assert isinstance(result, engine.CaptureResult)
        self.result_ = result
        self.ops.record_capture(result, self._title)
        if not result.written:
            self.ops.notify(result.changes)
        self.captured.emit(result)
        self.accept()

    def cancel_apply(self) -> None:
        if self._worker is not None and self._phase == "apply":
            self._worker.cancel()

    def reject(self) -> None:
        if self._worker is not None:
            if self._phase in ("apply", "review"):
                return  # logging is stopped by its progress dialog's Cancel
            self._worker.cancel()
        super().reject()
