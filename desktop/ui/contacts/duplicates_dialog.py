"""Contacts → Find Duplicates…: contacts that are probably one person, merged field by field.

The search (``duplicates.find_duplicates``) runs off the UI thread with a progress bar and
Cancel. The list shows each group and why its contacts look like one person (the same
e-mail, the same name and number, a number shared under different names: what an import
refused to merge). For the selected group the right side shows the merge: which contact
is kept, which join it, a choice per field where they differ (``duplicates.merge_preview``),
the e-mails, numbers, addresses and tags that are combined, and what moves to the kept
contact. Merge and "Not a Duplicate" go through ``Operations`` (one undoable step each).

Contact text is data: it reaches the screen through model display text and plain-text
labels, never rich text.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import duplicates, overview, phones
from desktop.services.duplicates import DuplicateGroup, DuplicatesCancelled, MergePreview
from desktop.services.errors import ServiceError
from desktop.services.types import ContactId
from desktop.ui.common import fit
from desktop.ui.common.plain_text import plain_tooltip
from desktop.ui.common.workers import Worker
from desktop.ui.operations import Operations

AnyIndex = QModelIndex | QPersistentModelIndex
_STEPS = 1000


class DuplicateGroupModel(QAbstractTableModel):
    """The groups found, one row each: their names and why they look like one person.

    Private state: ``_groups`` the groups still to decide (merged or dismissed ones are
    removed with ``remove``)."""

    NAMES, WHY = range(2)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[DuplicateGroup] = []
        self._headers = (self.tr("Contacts"), self.tr("Why"))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._groups)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < 2):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._groups):
            return None
        group = self._groups[index.row()]
        text = " · ".join(group.names) if index.column() == self.NAMES else group.reason
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(text)
        return None

    def set_groups(self, groups: list[DuplicateGroup]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    def group(self, row: int) -> DuplicateGroup | None:
        return self._groups[row] if 0 <= row < len(self._groups) else None

    def remove(self, group: DuplicateGroup) -> None:
        for row, g in enumerate(self._groups):
            if g.key == group.key:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._groups[row]
                self.endRemoveRows()
                return


class MergePanel(QWidget):
    """The merge of one group: kept contact, members, a choice per field, what is combined.

    Private state: ``_group`` the group shown; ``_keep`` the contact kept; ``_member_boxes``
    one check box per contact (checked: merged); ``_choices`` field name -> combo box;
    ``_preview`` the service's preview for the current selection (None: nothing to merge).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group: DuplicateGroup | None = None
        self._keep: ContactId | None = None
        self._member_boxes: dict[ContactId, QCheckBox] = {}
        self._choices: dict[str, QComboBox] = {}
        self._preview: MergePreview | None = None
        self.keep_combo = QComboBox(self)
        self.keep_combo.setAccessibleName(self.tr("Contact to keep"))
        self.keep_combo.activated.connect(self._on_keep)
        self.members = QVBoxLayout()
        self.members.setSpacing(2)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.combined = QLabel(self)
        self.combined.setTextFormat(Qt.TextFormat.PlainText)
        self.combined.setWordWrap(True)
        self.moves = QLabel(self)
        self.moves.setTextFormat(Qt.TextFormat.PlainText)
        self.moves.setWordWrap(True)
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        top = QFormLayout()
        top.addRow(self.tr("Keep:"), self.keep_combo)
        layout.addLayout(top)
        merge_label = QLabel(self.tr("Merge into it:"), inner)
        merge_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(merge_label)
        layout.addLayout(self.members)
        fields_label = QLabel(self.tr("Where they differ, keep:"), inner)
        fields_label.setTextFormat(Qt.TextFormat.PlainText)
        self.fields_label = fields_label
        layout.addWidget(fields_label)
        layout.addLayout(self.form)
        layout.addWidget(self.combined)
        layout.addWidget(self.moves)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # --- what the dialog asks ---------------------------------------------------------

    @property
    def keep(self) -> ContactId | None:
        return self._keep

    def others(self) -> list[ContactId]:
        return [cid for cid, box in self._member_boxes.items()
                if box.isChecked() and cid != self._keep]

    def chosen(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for name, combo in self._choices.items():
            out[name] = combo.currentData()
        return out

    def kept_name(self) -> str:
        return self._preview.keep.display_name if self._preview is not None else ""

    # --- filling ----------------------------------------------------------------------

    def show_group(self, group: DuplicateGroup | None) -> None:
        self._group = group
        self._keep = group.ids[0] if group is not None else None
        self.keep_combo.clear()
        for box in self._member_boxes.values():
            self.members.removeWidget(box)
            box.deleteLater()
        self._member_boxes = {}
        if group is not None:
            for cid, name in zip(group.ids, group.names, strict=True):
                self.keep_combo.addItem(f"{name} (#{cid})", cid)
                box = QCheckBox(f"{name} (#{cid})", self)
                box.setChecked(True)
                box.toggled.connect(self._refresh)
                self.members.addWidget(box)
                self._member_boxes[cid] = box
        self._refresh()

    @Slot(int)
    def _on_keep(self, position: int) -> None:
        cid = self.keep_combo.itemData(position)
        if cid is not None:
            self._keep = ContactId(int(cid))
            self._refresh()

    @Slot()
    def _refresh(self) -> None:
        for cid, box in self._member_boxes.items():
            box.setEnabled(cid != self._keep)
            if cid == self._keep:
                box.setChecked(True)
        while self.form.rowCount():
            self.form.removeRow(0)
        self._choices = {}
        self._preview = None
        others = self.others()
        if self._keep is not None and others:
            try:
                self._preview = duplicates.merge_preview(self._keep, others)
            except ServiceError as exc:
                self.combined.setText(str(exc))
                self.moves.setText("")
                self.changed.emit()
                return
        preview = self._preview
        self.fields_label.setVisible(bool(preview and preview.choices))
        if preview is None:
            self.combined.setText(self.tr("Choose at least one contact to merge."))
            self.moves.setText("")
            self.changed.emit()
            return
        for choice in preview.choices:
            combo = QComboBox(self)
            for text, value in choice.options:
                combo.addItem(" ".join(text.split())[:120], value)
                combo.setItemData(combo.count() - 1, plain_tooltip(text),
                                  Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentIndex(choice.default)
            combo.setAccessibleName(choice.label)
            self.form.addRow(choice.label + ":", combo)
            self._choices[choice.name] = combo
        f = preview.combined
        numbers = phones.display_numbers([p.value for p in f.phones],
                                         [a.country for a in f.addresses])
        lines = []
        for label, values in ((self.tr("E-mails"), [e.value for e in f.emails]),
                              (self.tr("Phones"), [text for text, _uri in numbers]),
                              (self.tr("Addresses"), [a.one_line() for a in f.addresses]),
                              (self.tr("Websites"), [u.value for u in f.urls]),
                              (self.tr("Tags"), list(f.tags))):
            if values:
                lines.append(f"{label}: {', '.join(values)}")
        self.combined.setText("\n".join(lines))
        moved = [f"{count} {what}" for what, count in preview.moves if count]
        self.moves.setText(self.tr("Moves to the kept contact: %1").replace("%1", ", ".join(moved))
                           if moved else "")
        self.changed.emit()


class DuplicatesDialog(QDialog):
    """Find, review and merge duplicates. Call ``start()`` after creating it.

    Private state: ``_worker`` the search running (None when idle); ``model`` the groups.
    """

    searched = Signal()  # the results page is showing

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._worker: Worker | None = None
        self.setWindowTitle(self.tr("Find Duplicates"))
        self.resize(920, 560)
        fit.to_screen(self)  # a small screen: the content scrolls, the buttons show
        self.stack = QStackedWidget(self)

        searching = QWidget(self)
        self.search_label = QLabel(self.tr("Looking for contacts that are one person…"),
                                   searching)
        self.search_label.setTextFormat(Qt.TextFormat.PlainText)
        self.search_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.search_label.setWordWrap(True)
        self.search_bar = QProgressBar(searching)
        self.search_bar.setRange(0, _STEPS)
        self.search_bar.setTextVisible(False)
        self.search_bar.setFixedWidth(360)
        cancel = QPushButton(self.tr("Cancel"), searching)
        cancel.clicked.connect(self.reject)
        s_layout = QVBoxLayout(searching)
        s_layout.addStretch(2)
        s_layout.addWidget(self.search_label)
        s_layout.addWidget(self.search_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        s_layout.addWidget(cancel, 0, Qt.AlignmentFlag.AlignHCenter)
        s_layout.addStretch(3)
        self.searching_page = searching

        results = QWidget(self)
        self.summary = QLabel(results)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.model = DuplicateGroupModel(self)
        self.table = QTableView(results)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Possible duplicates"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            DuplicateGroupModel.WHY, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(DuplicateGroupModel.NAMES, 220)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.panel = MergePanel(results)
        self.panel.changed.connect(self._update_buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, results)
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.buttons = QDialogButtonBox(results)
        self.again_button = self.buttons.addButton(
            self.tr("Search Again"), QDialogButtonBox.ButtonRole.ResetRole)
        self.not_button = self.buttons.addButton(
            self.tr("Not a Duplicate"), QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button = self.buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        self.merge_button.setDefault(True)
        self.merge_button.setToolTip(self.tr("Merge the checked contacts into the kept one "
                                             "(Ctrl+M; undo with Ctrl+Z)"))
        self.not_button.setToolTip(self.tr("They are different people: do not offer them "
                                           "again (Ctrl+D)"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.not_button.clicked.connect(self.dismiss_selected)
        self.again_button.clicked.connect(self.start)
        QShortcut(QKeySequence("Ctrl+M"), self, self.merge_selected)
        QShortcut(QKeySequence("Ctrl+D"), self, self.dismiss_selected)
        QShortcut(QKeySequence("F5"), self, self.start)
        r_layout = QVBoxLayout(results)
        r_layout.setContentsMargins(0, 0, 0, 0)
        r_layout.addWidget(self.summary)
        r_layout.addWidget(splitter, 1)
        r_layout.addWidget(self.buttons)
        self.results_page = results

        self.stack.addWidget(searching)
        self.stack.addWidget(results)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    # --- searching --------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        """Look for duplicates off the UI thread; the list shows when done."""
        if self._worker is not None:
            return
        self.stack.setCurrentWidget(self.searching_page)
        self.search_bar.setValue(0)
        worker = Worker(lambda progress: duplicates.find_duplicates(progress),
                        cancel_exceptions=(DuplicatesCancelled,),
                        cleanup=overview.release_thread_connection)
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(self._on_found)
        worker.signals.failed.connect(self._on_failed)
        worker.signals.cancelled.connect(self._on_cancelled)
        self._worker = worker
        QThreadPool.globalInstance().start(worker)

    @property
    def busy(self) -> bool:
        return self._worker is not None

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.search_bar.setValue(done * _STEPS // total)

    @Slot(object)
    def _on_found(self, groups: object) -> None:
        self._worker = None
        assert isinstance(groups, list)
        self.model.set_groups(groups)
        self.stack.setCurrentWidget(self.results_page)
        if self.model.rowCount():
            self.table.selectRow(0)
            self.table.setFocus()
        else:
            self.panel.show_group(None)
        self._update_summary()
        self.searched.emit()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._worker = None
        self.search_bar.hide()
        self.search_label.setText(self.tr("The search failed: %1").replace("%1", message))

    @Slot()
    def _on_cancelled(self) -> None:
        self._worker = None

    # --- deciding ---------------------------------------------------------------------

    def current_group(self) -> DuplicateGroup | None:
        return self.model.group(self.table.currentIndex().row())

    @Slot(QModelIndex, QModelIndex)
    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.panel.show_group(self.model.group(current.row()))

    @Slot()
    def merge_selected(self) -> None:
        group = self.current_group()
        keep = self.panel.keep
        others = self.panel.others()
        if group is None or keep is None or not others:
            return
        if self.ops.merge_contacts(keep, others, self.panel.chosen(), self.panel.kept_name()):
            self._done(group)

    @Slot()
    def dismiss_selected(self) -> None:
        group = self.current_group()
        if group is None:
            return
        if self.ops.mark_not_duplicates(group.ids, " · ".join(group.names)):
            self._done(group)

    def _done(self, group: DuplicateGroup) -> None:
        row = self.table.currentIndex().row()
        self.model.remove(group)
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        else:
            self.panel.show_group(None)
        self._update_summary()

    def _update_summary(self) -> None:
        n = self.model.rowCount()
        if n:
            what = (self.tr("1 group of contacts looks like one person.") if n == 1 else
                    self.tr("{n} groups of contacts look like one person.").format(n=f"{n:,}"))
            self.summary.setText(what + " " + self.tr(
                "Merge them, or say they are different people: Rapport remembers."))
        else:
            self.summary.setText(self.tr("No duplicates: every contact looks like a "
                                         "different person."))
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        has = self.current_group() is not None
        self.not_button.setEnabled(has)
        self.merge_button.setEnabled(has and bool(self.panel.others()))

    def reject(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
        super().reject()
