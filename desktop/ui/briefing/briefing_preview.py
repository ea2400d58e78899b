"""The briefing's print preview (issue 6): see the page, type "one thing I can do for
them", pick A4 or Letter, then print to any printer or save as PDF.

Reads come from ``desktop.services.briefing``; the one write (the "one thing") goes
through ``Operations.set_one_thing`` and is undoable like every other change.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRect, QStandardPaths, Qt, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QToolBar,
    QToolButton,
    QWidget,
)

from desktop import files
from desktop.services import briefing as briefing_service
from desktop.services.briefing import MAX_ONE_THING, Briefing
from desktop.services.errors import ServiceError
from desktop.services.types import Changes, ContactId
from desktop.ui.briefing.briefing_html import clip
from desktop.ui.briefing.briefing_pdf import (
    PAGE_SIZES,
    BriefingCancelled,
    default_page_size,
    paint_briefings,
    set_page_size,
    write_briefing_pdf,
)
from desktop.ui.common.save_path import ask_save_path
from desktop.ui.operations import Operations

_UNSAFE_FILE_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
translate = QCoreApplication.translate
PREFERRED_SIZE = (860, 960)  # an A4 page at a readable zoom, when the screen has room
SCREEN_SHARE = 0.9  # never more than this much of the screen's free area


def pdf_file_name(names: Sequence[str]) -> str:
    """"Briefing - Ana Silva.pdf", or "Briefings - 3 people.pdf"; safe on every OS."""
    if len(names) == 1:
        stem = (_UNSAFE_FILE_CHARS.sub(" ", names[0]).strip(" .")[:80]
                or translate("BriefingPreviewDialog", "contact"))
        return translate("BriefingPreviewDialog", "Briefing - %1.pdf").replace("%1", stem)
    return FileNames().people(len(names))


class FileNames(QObject):
    """``self.tr`` with a count: lupdate sees the plural."""

    def people(self, n: int) -> str:
        return self.tr("Briefings - %Ln people.pdf", "", n)


class BriefingPreviewDialog(QPrintPreviewDialog):
    """Qt's print preview with a strip for the "one thing", the paper size, and Save as PDF.

    Private state: ``_ids`` are the people, one page each, in order; ``_briefings`` is what
    the last paint printed (the page shown picks whose "one thing" the field edits);
    ``_printer`` is the printer the preview paints on (kept alive for the dialog's life).
    """

    def __init__(self, ops: Operations, contact_ids: Sequence[ContactId],
                 parent: QWidget | None = None) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._page_size = default_page_size()
        set_page_size(printer, self._page_size)
        super().__init__(printer, parent)
        self._printer = printer
        self._ops = ops
        self._ids = list(contact_ids)
        self._briefings: list[Briefing] = []
        self._editing_id: ContactId | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self.preview = self.findChild(QPrintPreviewWidget)
        self.paintRequested.connect(self._paint)

        strip = QWidget(self)
        row = QHBoxLayout(strip)
        row.setContentsMargins(10, 6, 10, 6)
        row.setSpacing(8)
        self.one_thing_label = QLabel(self.tr("One thing I can do for them:"))
        self.one_thing_label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.one_thing_label)
        self.one_thing_edit = QLineEdit()
        self.one_thing_edit.setMaxLength(MAX_ONE_THING)
        self.one_thing_edit.setClearButtonEnabled(True)
        self.one_thing_edit.setToolTip(
            self.tr("Typed here, it is printed and kept with the contact (Ctrl+Z undoes it). "
                    "Left empty, the briefing prints Rapport's suggestion."))
        self.one_thing_edit.editingFinished.connect(self._save_one_thing)
        row.addWidget(self.one_thing_edit, 1)
        self.one_thing_label.setBuddy(self.one_thing_edit)
        row.addSpacing(12)
        paper_label = QLabel(self.tr("&Paper:"))
        self.paper_combo = QComboBox()
        self.paper_combo.addItems(list(PAGE_SIZES))
        self.paper_combo.setCurrentText(self._page_size)
        self.paper_combo.currentTextChanged.connect(self.set_page_size)
        paper_label.setBuddy(self.paper_combo)
        row.addWidget(paper_label)
        row.addWidget(self.paper_combo)
        layout = self.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, strip)  # under Qt's toolbar (the layout's menu bar)

        self.save_pdf_action = QAction(self.tr("Save as PDF…"), self)
        self.save_pdf_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_pdf_action.setToolTip(self.tr("Save these briefings as a PDF file (Ctrl+S)"))
        self.save_pdf_action.triggered.connect(self.choose_pdf)
        self.addAction(self.save_pdf_action)
        self.print_action: QAction | None = None
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            for action in toolbar.actions():
                if action.text().replace("&", "").lower().startswith("print"):
                    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
                    action.setToolTip(self.tr("Print these briefings (Ctrl+P)"))
                    self.addAction(action)
                    self.print_action = action
            # Print and Save as PDF first: on a narrow window the toolbar tucks its last
            # items (zoom, page layout) behind its » button, never these two.
            if self.print_action is not None:
                toolbar.removeAction(self.print_action)
            first = toolbar.actions()[0]
            for leading in (self.print_action, self.save_pdf_action):
                if leading is not None:
                    toolbar.insertAction(first, leading)
            toolbar.insertSeparator(first)
            # Qt's own zoom box and page number say nothing to a screen reader.
            for combo in toolbar.findChildren(QComboBox):
                combo.setAccessibleName(self.tr("Zoom"))
            for edit in toolbar.findChildren(QLineEdit):
                if not isinstance(edit.parentWidget(), QComboBox):
                    edit.setAccessibleName(self.tr("Page"))
            if self.print_action is not None:
                self.print_action.setText(self.tr("Print…"))
                button = toolbar.widgetForAction(self.print_action)
                if isinstance(button, QToolButton):
                    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar = toolbar
        self.fit_to_screen()
        if self.preview is not None:
            self.preview.previewChanged.connect(self._page_changed)
        self._update_title()
        ops.changes_applied.connect(self._on_changes)

    def fit_to_screen(self, available: QRect | None = None) -> None:
        """Take ``PREFERRED_SIZE``, or at most ``SCREEN_SHARE`` of *available* (the free
        area of the screen the dialog opens on, by default), centred on it."""
        if available is None:
            parent = self.parentWidget()
            screen = (parent.screen() if parent is not None
                      else QGuiApplication.primaryScreen())
            if screen is None:
                self.resize(*PREFERRED_SIZE)
                return
            available = screen.availableGeometry()
        width = min(PREFERRED_SIZE[0], int(available.width() * SCREEN_SHARE))
        height = min(PREFERRED_SIZE[1], int(available.height() * SCREEN_SHARE))
        self.resize(max(width, self.minimumSizeHint().width()), height)
        frame = self.frameGeometry()
        frame.moveCenter(available.center())
        self.move(frame.topLeft())

    # --- painting ---------------------------------------------------------------------

    @Slot(QPrinter)
    def _paint(self, printer: QPrinter) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._briefings = []
            for cid in self._ids:
                try:
                    self._briefings.append(briefing_service.briefing(cid))
                except ServiceError:
                    continue  # deleted since: no page for them
            painter = QPainter()
            if not self._briefings or not painter.begin(printer):
                return
            try:
                paint_briefings(painter, printer, self._briefings)
            finally:
                painter.end()
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._page_changed()

    @Slot(str)
    def set_page_size(self, name: str) -> None:
        if name not in PAGE_SIZES:
            return
        self._page_size = name
        set_page_size(self._printer, name)
        if self.paper_combo.currentText() != name:
            self.paper_combo.setCurrentText(name)
        if self.preview is not None:
            self.preview.updatePreview()

    @property
    def page_size(self) -> str:
        return self._page_size

    def page_count(self) -> int:
        return self.preview.pageCount() if self.preview is not None else 0

    @property
    def briefings(self) -> list[Briefing]:
        return list(self._briefings)

    # --- the "one thing" --------------------------------------------------------------

    def _current_briefing(self) -> Briefing | None:
        if not self._briefings:
            return None
        page = self.preview.currentPage() if self.preview is not None else 1
        return self._briefings[max(0, min(len(self._briefings), page) - 1)]

    @Slot()
    def _page_changed(self) -> None:
        current = self._current_briefing()
        if current is None:
            self.one_thing_edit.setEnabled(False)
            return
        if current.contact_id == self._editing_id and self.one_thing_edit.hasFocus():
            return
        self._editing_id = current.contact_id
        self.one_thing_edit.setEnabled(True)
        if len(self._briefings) > 1:
            # A buddied label: "&" in a name would be a mnemonic ("Tom _Jerry").
            name = clip(current.name, 30).replace("&", "&&")
            self.one_thing_label.setText(self.tr("One thing I can do for %1:").replace("%1", name))
        typed = "" if current.one_thing_suggested else current.one_thing
        if self.one_thing_edit.text() != typed:
            self.one_thing_edit.setText(typed)
        suggestion = current.one_thing if current.one_thing_suggested else ""
        self.one_thing_edit.setPlaceholderText(
            self.tr("Suggested: %1").replace("%1", clip(suggestion, 110)) if suggestion
            else self.tr("e.g. introduce them to someone, send an article, offer advice"))

    @Slot()
    def _save_one_thing(self) -> None:
        if self._editing_id is None:
            return
        self._ops.set_one_thing(self._editing_id, self.one_thing_edit.text())

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        if set(self._ids) & changes.contacts or changes.tags or changes.graph or \
                changes.followups or changes.interactions or changes.day:
            if self.preview is not None:
                self.preview.updatePreview()

    # --- saving -----------------------------------------------------------------------

    def _update_title(self) -> None:
        if len(self._ids) == 1:
            try:
                name = briefing_service.briefing(self._ids[0]).name
            except ServiceError:
                name = self.tr("contact")
            self.setWindowTitle(self.tr("Briefing: %1").replace("%1", clip(name, 60)))
        else:
            self.setWindowTitle(self.tr("Briefings: %Ln people", "", len(self._ids)))

    @Slot()
    def choose_pdf(self) -> None:
        names = [b.name for b in self._briefings] or ["contact"]
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        chosen = ask_save_path(self, self.tr("Save Briefing as PDF"),
                               Path(folder) / pdf_file_name(names),
                               self.tr("PDF files (*.pdf)"), ".pdf")
        if chosen is not None:
            self.save_pdf(*chosen)

    def save_pdf(self, path: Path, replace_read_only: bool = False) -> bool:
        """Write the briefings to *path* (progress and cancel for a batch); errors are
        shown in one line. A read-only *path* is replaced only with *replace_read_only*."""
        ids = [b.contact_id for b in self._briefings] or self._ids
        progress: QProgressDialog | None = None
        if len(ids) > 3:
            progress = QProgressDialog(self.tr("Writing briefings…"),
                                       self.tr("Cancel"), 0, len(ids), self)
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(300)

        def step(done: int, total: int) -> bool:
            if progress is None:
                return True
            progress.setValue(done)
            return not progress.wasCanceled()

        error = ""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_briefing_pdf(ids, path, self._page_size, progress=step,
                               replace_read_only=replace_read_only)
        except BriefingCancelled:
            return False
        except OSError as exc:
            error = files.error_text(exc, path)
        except (ValueError, ServiceError) as exc:
            error = f"{path}: {exc}"
        finally:
            QGuiApplication.restoreOverrideCursor()
            if progress is not None:
                progress.close()
        if error:
            QMessageBox.warning(self, self.tr("Briefing not saved"), error)
            return False
        return True
