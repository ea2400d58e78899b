"""The tag manager: every tag with its category, colour, keep-in-touch cadence and how
many people carry it; rename, merge, delete, recolour, recategorise them and set how often
to keep in touch with their members, each an undoable operation."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import tags
from desktop.services.types import Changes, TagId, TagInfo
from desktop.ui.common import fit, tokens
from desktop.ui.common.swatches import choose_swatch
from desktop.ui.contacts.tag_table import CATEGORIES, CategoryDelegate, TagTableModel, cadence_text
from desktop.ui.operations import Operations
from desktop.ui.operations.tags import TAG_KIND


def _manager_style(palette: QPalette) -> str:
    error_bg, error_border, error_fg = tokens.tint(tokens.ERROR, palette)
    return (f"QLabel#status {{ color: {tokens.colours(palette).muted}; }}"
            f"QLabel#error {{ background: {error_bg}; color: {error_fg};"
            f" border: 1px solid {error_border}; border-radius: 6px; padding: 6px 10px; }}")


class TagManagerDialog(QDialog):
    """Manage every tag. Private state: ``_model`` (all tags) and ``_proxy`` (the filter
    box; a proxy is fine here, the tag list is small) over it.

    Its Undo/Redo take back only tag changes (``TAG_KIND`` commands): an unrelated edit on
    top of the shared stack ("New Zed…") is left to the main window's Undo.
    """

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.setWindowTitle(self.tr("Manage tags"))
        self.resize(760, 520)
        fit.to_screen(self)  # a small screen: the content scrolls, the buttons show
        self.setSizeGripEnabled(True)
        tokens.styled(self, _manager_style)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)

        top = QHBoxLayout()
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter tags"))
        self.filter_edit.setAccessibleName(self.tr("Filter tags"))
        self.filter_edit.setClearButtonEnabled(True)
        top.addWidget(self.filter_edit, 1)
        self.new_button = QPushButton(self.tr("New tag…"))
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self._new_tag)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        self._model = TagTableModel(ops, self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setFilterKeyColumn(TagTableModel.NAME)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit.textChanged.connect(self._proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setAccessibleName(self.tr("Tags"))
        self.table.setModel(self._proxy)
        self.table.setItemDelegate(CategoryDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TagTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TagTableModel.CATEGORY, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(TagTableModel.COLOUR, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(TagTableModel.CADENCE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(TagTableModel.COUNT, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(TagTableModel.CATEGORY, 130)
        header.resizeSection(TagTableModel.COLOUR, 110)
        header.resizeSection(TagTableModel.CADENCE, 150)
        header.resizeSection(TagTableModel.COUNT, 72)
        header.setHighlightSections(False)
        self.table.doubleClicked.connect(self._double_clicked)
        layout.addWidget(self.table, 1)

        actions = QHBoxLayout()
        self.rename_button = QPushButton(self.tr("Rename"))
        self.merge_button = QPushButton(self.tr("Merge into…"))
        self.merge_button.setToolTip(self.tr("Move everyone with this tag onto another tag, "
                                             "then delete this one"))
        self.colour_button = QPushButton(self.tr("Colour…"))
        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(self.tr("Category"))
        for key, label in CATEGORIES:
            self.category_combo.addItem(QCoreApplication.translate("TagManager", label), key)
        self.category_combo.setToolTip(self.tr("Category of the selected tag"))
        self.cadence_button = QPushButton(self.tr("Keep in touch…"))
        self.cadence_button.setToolTip(
            self.tr("How often to follow up with the people who carry the selected tag"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for button in (self.rename_button, self.merge_button, self.colour_button,
                       self.cadence_button, self.delete_button):
            button.setAutoDefault(False)
        self.rename_button.clicked.connect(self._rename_clicked)
        self.merge_button.clicked.connect(lambda: self.merge_selected())
        self.colour_button.clicked.connect(lambda: self.choose_colour())
        self.category_combo.activated.connect(self._category_chosen)
        self.cadence_button.clicked.connect(lambda: self.choose_cadence())
        self.delete_button.clicked.connect(self.delete_selected)
        actions.addWidget(self.rename_button)
        actions.addWidget(self.merge_button)
        actions.addWidget(self.colour_button)
        actions.addWidget(self.category_combo)
        actions.addWidget(self.cadence_button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        layout.addLayout(actions)

        # The error takes the status line's place (same row): showing it does not move the
        # buttons, and the next successful change or edit clears it.
        bottom = QHBoxLayout()
        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        bottom.addWidget(self.status_label, 1)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        bottom.addWidget(self.error_label, 1)
        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(self.undo_tag_change)
        self.redo_action = QAction(self.tr("Redo"), self)
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.redo_action.triggered.connect(self.redo_tag_change)
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        ops.undo_stack.indexChanged.connect(self._sync_undo)
        self.undo_button = QToolButton()
        self.undo_button.setDefaultAction(self.undo_action)
        self.undo_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bottom.addWidget(self.undo_button)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        # As tall as a one-line error (the style sheet's padding and border count).
        self.error_label.ensurePolished()
        self.error_label.setText("X")
        self.status_label.setMinimumHeight(self.error_label.sizeHint().height())
        self.error_label.setText("")

        delete_action = QAction(self)
        delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(delete_action)

        self.table.selectionModel().currentRowChanged.connect(self._sync_buttons)
        self.table.selectionModel().currentRowChanged.connect(self._clear_error)
        self.filter_edit.textEdited.connect(self._clear_error)
        ops.changes_applied.connect(self._on_changes)
        ops.failed.connect(self._show_error)
        self._sync_buttons()
        self._sync_undo()
        self._update_status()

    # --- selection ----------------------------------------------------------------------

    def selected_tag(self) -> TagInfo | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self._model.tag_at(self._proxy.mapToSource(index).row())

    def select_tag(self, tag_id: TagId) -> None:
        row = self._model.row_of(tag_id)
        if row < 0:
            return
        index = self._proxy.mapFromSource(self._model.index(row, TagTableModel.NAME))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def tag_names(self) -> list[str]:
        """The names listed, top to bottom (what the user sees)."""
        return [str(self._proxy.index(r, TagTableModel.NAME).data())
                for r in range(self._proxy.rowCount())]

    # --- actions ------------------------------------------------------------------------

    def rename_selected(self, new_name: str) -> bool:
        tag = self.selected_tag()
        if tag is None:
            return False
        self._clear_error()
        return self._ops.rename_tag(tag.id, new_name)

    def merge_selected(self, target: TagId | None = None) -> bool:
        """Merge the selected tag into *target* (asked for when None)."""
        source = self.selected_tag()
        if source is None:
            return False
        if target is None:
            target = self._ask_merge_target(source)
            if target is None:
                return False
        self._clear_error()
        target_info = tags.get_tag(target)
        ok = self._ops.merge_tags(source.id, target)
        if ok and target_info is not None:
            self.select_tag(target)
            self.status_label.setText(
                self.tr("Merged “%1” into “%2”. Undo puts it back.").replace(
                    "%1", source.name).replace("%2", target_info.name))
        return ok

    def _ask_merge_target(self, source: TagInfo) -> TagId | None:
        others = [t for t in tags.list_tags() if t.id != source.id]
        if not others:
            self._show_error(self.tr("There is no other tag to merge into."))
            return None
        names = [t.name for t in others]
        # The prompt is a label with a buddy: "&" would be a mnemonic ("Chess _Go").
        shown = source.name.replace("&", "&&")
        name, ok = QInputDialog.getItem(
            self, self.tr("Merge tags"),
            self.tr("Move the %Ln people tagged “%1” onto:", "", source.count).replace(
                "%1", shown), names, 0, False)
        if not ok:
            return None
        return next((t.id for t in others if t.name == name), None)

    @Slot()
    def delete_selected(self) -> bool:
        tag = self.selected_tag()
        if tag is None:
            return False
        self._clear_error()
        ok = self._ops.delete_tag(tag.id)
        if ok:
            self.status_label.setText(
                self.tr("Deleted “%1” from %Ln people. Undo puts it back.", "", tag.count)
                .replace("%1", tag.name))
        return ok

    def choose_colour(self, colour: QColor | None = None) -> bool:
        tag = self.selected_tag()
        if tag is None:
            return False
        if colour is None:  # picked from the swatches (issue 14: never a hex code)
            picked = choose_swatch(self, tag.colour, self.colour_button)
            if picked is None:
                return False
            return self._ops.update_tag(tag.id, colour=picked)
        if not colour.isValid():
            return False
        return self._ops.update_tag(tag.id, colour=colour.name())

    def choose_cadence(self, days: int | None = None) -> bool:
        """Set the selected tag's keep-in-touch cadence to *days* (asked for when None;
        0 removes it). Its members' follow-ups move; Undo puts them back."""
        tag = self.selected_tag()
        if tag is None:
            return False
        if days is None:
            asked = self._ask_cadence(tag)
            if asked is None:
                return False
            days = asked
        if days == (tag.keep_in_touch_days or 0):
            return False
        self._clear_error()
        ok = self._ops.set_tag_cadence(tag.id, days or None)
        if ok:
            text = (self.tr("Keep in touch with the %Ln people tagged “%1”: %2. Undo puts it "
                            "back.", "", tag.count).replace(
                                "%2", cadence_text(days, in_sentence=True))
                    if days else
                    self.tr("No keep-in-touch cadence for the %Ln people tagged “%1”. Undo puts "
                            "it back.", "", tag.count))
            self.status_label.setText(text.replace("%1", tag.name))
        return ok

    def _ask_cadence(self, tag: TagInfo) -> int | None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Keep in touch"))
        # The prompt is a label with a buddy: "&" would be a mnemonic ("Chess _Go").
        shown = tag.name.replace("&", "&&")
        dialog.setLabelText(
            self.tr("Follow up with the people tagged “%1” this many days after the last "
                    "interaction (0 for none; a person's own cadence wins):").replace("%1", shown))
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(0, tags.MAX_CADENCE_DAYS)
        dialog.setIntValue(tag.keep_in_touch_days or 30)
        dialog.setIntStep(7)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.intValue()

    def set_selected_category(self, category: str) -> bool:
        tag = self.selected_tag()
        if tag is None or tag.category == category:
            return False
        return self._ops.update_tag(tag.id, category=category)

    @Slot()
    def _new_tag(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New tag"), self.tr("Name:"))
        if ok and name.strip():
            self._clear_error()
            if self._ops.create_tag(name):
                found = tags.find_tag(name)
                if found is not None:
                    self.select_tag(found)

    @Slot()
    def _rename_clicked(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.edit(index.siblingAtColumn(TagTableModel.NAME))

    @Slot(QModelIndex)
    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == TagTableModel.COLOUR:
            self.choose_colour()

    @Slot(int)
    def _category_chosen(self, row: int) -> None:
        self.set_selected_category(str(self.category_combo.itemData(row)))

    @Slot()
    def undo_tag_change(self) -> bool:
        """Undo the last change if it is a tag change (else nothing: not ours to undo)."""
        if self._ops.undo_kind() != TAG_KIND:
            return False
        self._ops.undo_stack.undo()
        return True

    @Slot()
    def redo_tag_change(self) -> bool:
        if self._ops.redo_kind() != TAG_KIND:
            return False
        self._ops.undo_stack.redo()
        return True

    # --- refresh ------------------------------------------------------------------------

    @Slot()
    def _sync_undo(self) -> None:
        stack = self._ops.undo_stack
        if not shiboken6.isValid(stack):
            return  # the stack is being destroyed (closing down): nothing left to offer
        # undoText() is the command's action text, "&" already doubled for a button.
        can_undo = self._ops.undo_kind() == TAG_KIND
        self.undo_action.setEnabled(can_undo)
        self.undo_action.setText(self.tr("Undo %1").replace("%1", stack.undoText())
                                 if can_undo else self.tr("Undo"))
        can_redo = self._ops.redo_kind() == TAG_KIND
        self.redo_action.setEnabled(can_redo)
        self.redo_action.setText(self.tr("Redo %1").replace("%1", stack.redoText())
                                 if can_redo else self.tr("Redo"))

    @Slot()
    def _clear_error(self) -> None:
        if not self.error_label.isHidden():
            self.error_label.setVisible(False)
            self.status_label.setVisible(True)

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        self._clear_error()  # something succeeded: the last refusal is history
        if not changes.tags:
            return
        current = self.selected_tag()
        self._model.reload()
        if current is not None:
            self.select_tag(current.id)
        self._sync_buttons()
        self._update_status()

    @Slot(str)
    def _show_error(self, message: str) -> None:
        self.error_label.setText(message[:1].upper() + message[1:])
        self.status_label.setVisible(False)
        self.error_label.setVisible(True)

    @Slot()
    def _sync_buttons(self) -> None:
        tag = self.selected_tag()
        for widget in (self.rename_button, self.merge_button, self.colour_button,
                       self.category_combo, self.cadence_button, self.delete_button):
            widget.setEnabled(tag is not None)
        if tag is not None:
            self.category_combo.setCurrentIndex(
                max(0, self.category_combo.findData(tag.category)))

    def _update_status(self) -> None:
        count = self._model.rowCount()
        self.status_label.setText(self.tr("%Ln tag(s)", "", count))
