"""The import preview: what importing some vCard files would do, before anything is written.

Reading and matching run off the UI thread (``import_job.preview_import`` in a ``Worker``:
a big input in a child process, issue 18);
the dialog then shows the counts, every card with what will happen to it (a per-card choice
for cards that match a contact: merge, keep both or skip; the rule that matched; for a new
card, the contact it shares a number with), and the rejected cards as ``FILE:LINE: reason``.
Import runs ``import_job.run_import`` on the preview's files in a worker with a progress
dialog -- the same streaming pipeline as ``rapport import`` (issue 11: the preview keeps no
cards); Cancel rolls it back. The finished import goes on the undo stack through
``Operations.record_import`` (issue 3).

Contact text is data: names reach the screen through item-model display text and plain-text
labels, never rich text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import overview
from desktop.services.import_job import preview_import, run_import
from desktop.services.importer import (
    CardKey,
    ImportCancelled,
    ImportPreview,
    ImportResult,
    Policy,
)
from desktop.ui.common import fit, style, tokens
from desktop.ui.common.turns import QuietTurn
from desktop.ui.common.workers import (
    Progress,
    Worker,
    close_progress,
    progress_dialog,
    show_progress,
)
from desktop.ui.importing.preview_parts import (
    MERGE_COLOUR,
    NEW_COLOUR,
    POLICY_LABELS,
    REJECT_COLOUR,
    CountTile,
    PolicyDelegate,
    PreviewCardModel,
    dialog_style,
    policy_label,
    short_path,
)
from desktop.ui.operations import Operations

_PROGRESS_STEPS = 1000

class ImportPreviewDialog(QDialog):
    """Preview, then import, some vCard files.

    Call ``start()`` after creating it: the files are read off the UI thread. Private
    state: ``_worker`` is the job running (reading, or importing), ``_preview`` what was
    read, ``_progress`` the import's progress dialog, ``_phase`` "read" or "import",
    ``_policies`` the choices the running (or last) import was started with,
    ``_finishing`` True from the import's end until it is on the undo stack and announced.
    """

    preview_ready = Signal()  # the preview page is showing
    written = Signal(object)  # ImportResult: in the database, not yet on the undo stack
    imported = Signal(object)  # ImportResult: written and on the undo stack
    cancelled = Signal(str)  # a one-line message: what was (not) changed

    def __init__(self, ops: Operations, paths: Sequence[Path], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.paths = [Path(p) for p in paths]
        self._worker: Worker | None = None
        self._phase = ""
        self._preview: ImportPreview | None = None
        self._progress: QProgressDialog | None = None
        self._policies: dict[CardKey, Policy] = {}
        self._finishing = False
        self._page_built = False
        self._end_steps: list[Callable[[], None]] = []
        self.result_: ImportResult | None = None
        self.model: PreviewCardModel | None = None
        # Turns of the event loop of their own (issue 18, see QuietTurn): the preview page
        # made after the reading page painted, shown after it was filled; each step of an
        # import's end after the main window's repaint of the one before.
        self._build_turn = QuietTurn(self, self._build_preview_page)
        self._show_turn = QuietTurn(self, self._show_preview)
        self._end_turn = QuietTurn(self, self._next_end_step,
                                   window=parent.window() if parent is not None else None)

        count = len(self.paths)
        self.setWindowTitle(self.tr("Import vCards"))
        self.setModal(True)
        self.setMinimumSize(640, 420)
        self.resize(940, 620)
        fit.to_screen(self)  # a small screen: the content scrolls, the buttons show

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_reading_page(count))
        self.preview_page = QWidget(self)
        self.stack.addWidget(self.preview_page)
        tokens.styled(self, dialog_style)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.addWidget(self.stack)

    # --- pages ------------------------------------------------------------------------

    def _build_reading_page(self, count: int) -> QWidget:
        page = QWidget(self)
        text = (self.tr("Reading %1…").replace("%1", self.paths[0].name) if count == 1
                else self.tr("Reading %Ln files…", "", count))
        self.reading_label = QLabel(text, page)
        self.reading_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reading_bar = QProgressBar(page)
        self.reading_bar.setRange(0, _PROGRESS_STEPS)
        self.reading_bar.setTextVisible(False)
        self.reading_bar.setFixedWidth(360)
        self.reading_cancel = QPushButton(self.tr("Cancel"), page)
        self.reading_cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        layout.addWidget(self.reading_label)
        layout.addSpacing(8)
        layout.addWidget(self.reading_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addWidget(self.reading_cancel, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        return page

    def _build_preview_page(self) -> None:
        """The preview page's widgets, empty: built while the files are read (issue 18: at
        the end of the reading the page's making, filling and first paint were one turn
        of 40-70 ms). ``_fill_preview_page`` puts the preview in."""
        if self._page_built:
            return
        self._page_built = True
        page = self.preview_page
        self.title = QLabel("", page)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        subtitle = QLabel(self.tr("Nothing is saved until you click Import. Cards that match a "
                                  "contact you have are merged into it unless you choose "
                                  "otherwise."), page)
        subtitle.setTextFormat(Qt.TextFormat.PlainText)
        subtitle.setWordWrap(True)
        subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.new_tile = CountTile("new", NEW_COLOUR, page)
        self.merge_tile = CountTile(self.tr("to merge"), MERGE_COLOUR, page)
        self.rejected_tile = CountTile("rejected", REJECT_COLOUR, page)
        self.unreadable_tile = CountTile(self.tr("unreadable files"), REJECT_COLOUR, page)
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        for tile in (self.new_tile, self.merge_tile, self.rejected_tile, self.unreadable_tile):
            tiles.addWidget(tile)
        tiles.addStretch(1)

        self.table = QTableView(page)
        self.table.setObjectName("PreviewTable")
        self.table.setItemDelegateForColumn(PreviewCardModel.ACTION, PolicyDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAccessibleName(self.tr("Cards to import"))
        self.table.clicked.connect(self._on_table_clicked)
        vheader = self.table.verticalHeader()
        vheader.hide()
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(style.ROW_HEIGHT + 2)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        cards_label = QLabel(self.tr("Cards"), page)
        cards_label.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(cards_label.font())
        bold.setWeight(QFont.Weight.DemiBold)
        cards_label.setFont(bold)
        above_table = QHBoxLayout()
        above_table.addWidget(cards_label)
        above_table.addStretch(1)
        self.all_matches = QComboBox(page)
        for policy in POLICY_LABELS:
            self.all_matches.addItem(policy_label(policy), policy)
        self.all_matches.setAccessibleName(self.tr("What to do with every card that matches"))
        self.all_matches.activated.connect(self._on_all_matches)
        self.all_label = QLabel(self.tr("Every match:"), page)
        self.all_label.setTextFormat(Qt.TextFormat.PlainText)
        self.all_label.setBuddy(self.all_matches)
        above_table.addWidget(self.all_label)
        above_table.addWidget(self.all_matches)

        # Rejected cards, lines left out of kept cards (over a size limit...) and unreadable
        # files, one ``FILE:LINE: reason`` line each.
        self.rejected_label = QLabel(self.tr("Not imported"), page)
        self.rejected_label.setTextFormat(Qt.TextFormat.PlainText)
        self.rejected_label.setFont(bold)
        self.rejected_list = QListWidget(page)
        self.rejected_list.setObjectName("RejectedList")
        self.rejected_list.setAccessibleName(self.tr("Rejected cards and unreadable files"))
        self.rejected_list.setAlternatingRowColors(True)
        self.rejected_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)

        # For the whole batch (issue 15): a tag for everyone, where they were met.
        from desktop.ui.importing.batch_extras import BatchExtrasRow

        self.extras_row = BatchExtrasRow(page)

        self.note = QLabel("", page)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.buttons = QDialogButtonBox(page)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(subtitle)
        layout.addSpacing(8)
        layout.addLayout(tiles)
        layout.addSpacing(10)
        layout.addLayout(above_table)
        layout.addWidget(self.table, 1)
        layout.addSpacing(6)
        layout.addWidget(self.rejected_label)
        layout.addWidget(self.rejected_list)
        layout.addSpacing(8)
        layout.addWidget(self.extras_row)
        layout.addSpacing(4)
        layout.addLayout(bottom)
        page.ensurePolished()  # styled now too, not when it first shows

    def _fill_preview_page(self, preview: ImportPreview) -> None:
        """What was read, into the page ``_build_preview_page`` made."""
        self._build_preview_page()
        files = len(preview.files)
        count = sum(len(f.cards) for f in preview.files)
        self.title.setText(
            self.tr("Import %Ln card(s) from %1", "", count).replace(
                "%1", Path(preview.files[0].path).name) if files == 1
            else self.tr("Import %Ln card(s) from %1 files", "", count).replace(
                "%1", f"{files:,}"))
        self.new_tile.set_count(preview.new_count)
        self.merge_tile.set_count(preview.merge_count)
        self.rejected_tile.set_count(preview.rejected_count)
        self.unreadable_tile.set_count(len(preview.unreadable))

        model = PreviewCardModel(preview, self)
        model.set_muted_colour(self.palette().color(QPalette.ColorRole.PlaceholderText))
        model.policies_changed.connect(self._update_import_button)
        self.model = model
        self.table.setModel(model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PreviewCardModel.DETAILS, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(PreviewCardModel.NAME, 200)
        # Wide enough for the longest "file.vcf:123" (there are few files), within reason.
        metrics = self.table.fontMetrics()
        longest = max((metrics.horizontalAdvance(f"{Path(f.path).name}:0000")
                       for f in preview.files if f.cards), default=120)
        self.table.setColumnWidth(PreviewCardModel.FILE, min(max(longest + 24, 120), 260))
        self.table.setColumnWidth(PreviewCardModel.ACTION, 124)
        self.all_label.setVisible(preview.merge_count > 0)
        self.all_matches.setVisible(preview.merge_count > 0)

        for pf in preview.files:
            lines = [str(e) for e in (*pf.rejected, *pf.warnings)] + (
                [pf.error] if pf.error else [])
            for line in lines:
                item = QListWidgetItem(short_path(line, pf.path))
                item.setToolTip(line)
                self.rejected_list.addItem(item)
        rows = self.rejected_list.count()
        self.rejected_list.setFixedHeight(
            min(max(rows, 1), 5) * (self.rejected_list.fontMetrics().height() + 8) + 8)
        self.rejected_label.setVisible(rows > 0)
        self.rejected_list.setVisible(rows > 0)
        self._update_import_button()

    # --- reading ----------------------------------------------------------------------

    def start(self) -> None:
        """Read and match the files off the UI thread; the preview shows when done."""
        if self._worker is not None or self._preview is not None:
            return
        paths = list(self.paths)
        worker = Worker(lambda progress: preview_import(paths, progress),
                        cancel_exceptions=(ImportCancelled,),
                        cleanup=overview.release_thread_connection)
        worker.signals.progress.connect(self._on_read_progress)
        worker.signals.finished.connect(self._on_read_finished)
        worker.signals.failed.connect(self._on_read_failed)
        worker.signals.cancelled.connect(self._on_read_cancelled)
        self._start(worker, "read")
        self._build_turn.start()  # the preview page, while the worker reads

    def _start(self, worker: Worker, phase: str) -> None:
        self._worker = worker
        self._phase = phase
        QThreadPool.globalInstance().start(worker)

    @property
    def busy(self) -> bool:
        return self._worker is not None or self._finishing

    @property
    def preview(self) -> ImportPreview | None:
        return self._preview

    @Slot(int, int)
    def _on_read_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.reading_bar.setValue(min(done * _PROGRESS_STEPS // total, _PROGRESS_STEPS))

    @Slot(object)
    def _on_read_finished(self, preview: object) -> None:
        """The page is filled now and shown in a later turn, after any repaint of the
        reading page (its making, filling and first paint in one turn: 40-70 ms at 10,000
        cards, issue 18)."""
        self._worker = None
        assert isinstance(preview, ImportPreview)
        self._preview = preview
        self._build_turn.stop()
        self._fill_preview_page(preview)
        self._show_turn.start()

    def _show_preview(self) -> None:
        self.stack.setCurrentWidget(self.preview_page)
        self.import_button.setFocus()
        self.preview_ready.emit()

    @Slot(str)
    def _on_read_failed(self, message: str) -> None:
        self._worker = None
        self.reading_bar.hide()
        self.reading_label.setText(
            self.tr("The files could not be read: %1").replace("%1", message))
        self.reading_label.setWordWrap(True)
        self.reading_cancel.setText(self.tr("Close"))

    @Slot()
    def _on_read_cancelled(self) -> None:
        self._worker = None
        self.cancelled.emit("Import cancelled: nothing was changed")

    # --- importing --------------------------------------------------------------------

    @Slot()
    def start_import(self) -> None:
        """Import the previewed cards with the choices made, off the UI thread."""
        if self.busy or self._preview is None or self.model is None:
            return
        preview = self._preview
        policies = self.model.policies()
        worker = Worker(lambda progress: self._run(preview, policies, progress),
                        cancel_exceptions=(ImportCancelled,),
                        cleanup=overview.release_thread_connection)
        dialog = progress_dialog(self, worker, self.tr("Import vCards"),
                                 self.tr("Importing contacts…"),
                                 _PROGRESS_STEPS)
        worker.signals.progress.connect(self._on_import_progress)
        # Bound slots (not lambdas): they run queued on the UI thread.
        worker.signals.finished.connect(self._on_import_finished)
        worker.signals.failed.connect(self._on_import_failed)
        worker.signals.cancelled.connect(self._on_import_cancelled)
        self._progress = dialog
        self._policies = policies
        self.import_button.setEnabled(False)
        self.note.setText(self.tr("Importing…"))
        self._start(worker, "import")

    @staticmethod
    def _run(preview: ImportPreview, policies: dict[CardKey, Policy],
             progress: Progress) -> ImportResult:
        return run_import(preview, policies, progress)

    def cancel_import(self) -> None:
        """What the progress dialog's Cancel does: stop and roll back."""
        if self._worker is not None:
            self._worker.cancel()

    @Slot(int, int)
    def _on_import_progress(self, done: int, total: int) -> None:
        show_progress(self._progress, done, total)

    def _end_import(self) -> None:
        self._worker = None
        close_progress(self._progress)
        self._progress = None

    @Slot(object)
    def _on_import_finished(self, result: object) -> None:
        """The import is written: the progress closes now; ``written`` (the window shows
        the new contacts), the undo step (with what every view refreshes) and ``imported``
        each take a turn of their own, after the main window's repaint of the step before
        (issue 18: at 300,000 contacts all in one turn stalled the window for 0.1-0.3 s;
        steps 1 ms apart still met that repaint in one turn). The window moving to the new
        contacts first spares it refreshing the whole list, and the list it reads then is
        the one the undo step's announcement finds up to date."""
        self._end_import()
        assert isinstance(result, ImportResult) and self._preview is not None
        self.result_ = result
        self._finishing = True  # busy until the end is announced
        self._end_steps = [lambda: self.written.emit(result),
                           lambda: self._record(result),
                           lambda: self._announce(result)]
        self._end_turn.start()

    @Slot()
    def _next_end_step(self) -> None:
        self._end_steps.pop(0)()
        if self._end_steps:  # after what the step left for later turns (the sidebar's)
            self._end_turn.start()

    def _record(self, result: ImportResult) -> None:
        self.ops.record_import(result, self.extras_row.extras())

    def _announce(self, result: ImportResult) -> None:
        self._finishing = False
        self.imported.emit(result)
        self.accept()

    @Slot(str)
    def _on_import_failed(self, message: str) -> None:
        self._end_import()
        self._update_import_button()
        self.note.setText(self.tr("Nothing was imported."))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import vCards"),
                          self.tr("The import failed and nothing was changed: %1").replace(
                              "%1", message),
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    @Slot()
    def _on_import_cancelled(self) -> None:
        self._end_import()
        self._update_import_button()
        self.note.setText(self.tr("Import cancelled: nothing was changed."))
        self.cancelled.emit("Import cancelled: nothing was changed")

    # --- choices ----------------------------------------------------------------------

    @Slot(QModelIndex)
    def _on_table_clicked(self, index: QModelIndex) -> None:
        if index.column() == PreviewCardModel.ACTION and index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.table.edit(index)
            editor = self.table.indexWidget(index)
            if isinstance(editor, QComboBox):
                editor.showPopup()

    @Slot(int)
    def _on_all_matches(self, position: int) -> None:
        policy = self.all_matches.itemData(position)
        if self.model is not None and isinstance(policy, Policy):
            self.model.set_all_matches(policy)

    @Slot()
    def _update_import_button(self) -> None:
        if self.model is None:
            return
        count = self.model.importing_count()
        self.import_button.setText(self.tr("Import %Ln Card(s)", "", count)
                                   if count else self.tr("Import"))
        self.import_button.setEnabled(count > 0 and self._worker is None)

    # --- closing ----------------------------------------------------------------------

    def reject(self) -> None:
        if self._finishing:
            return  # written: the end is being announced (a turn or two)
        if self._worker is not None:
            if self._phase == "import":
                return  # the progress dialog's Cancel stops an import, not Escape here
            self._worker.cancel()  # reading: stop it; it reports "cancelled"
        self._build_turn.stop()
        self._show_turn.stop()  # a closed preview is not shown (nor imported from)
        super().reject()
