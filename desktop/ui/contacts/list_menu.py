"""The contact list's context menu: work on the whole selection at once (issue 15).

Tag everyone after an event in one go: select the people (Shift/Ctrl-click, Ctrl+A),
right-click, "Add Tag…". Also remove a tag, set the stage, add them to this week's
focus, "Remind me…" (one person), export the selection, delete it. Each is one undo step
whatever the count (``Operations``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QStringListModel, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMenu,
    QWidget,
)

from desktop.services import contacts, overview, tags
from desktop.services.types import ContactId, TagId
from desktop.ui.common.plain_text import plain_label
from desktop.ui.common.workers import start_job
from desktop.ui.contacts.contact_list_model import stage_label
from desktop.ui.operations import Operations
from desktop.ui.operations.contacts import BULK_SELECTION

STAGES = ("connected", "acquainted", "relationship", "trusted")


class TagPickDialog(QDialog):
    """Add a tag to (type a name, completed over the existing tags) or remove one from
    (pick among the tags they carry) the selected contacts."""

    def __init__(self, count: int, remove_from: Sequence[tuple[TagId, str, int]] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.removing = remove_from is not None
        self.setWindowTitle(self.tr("Remove Tag") if self.removing else self.tr("Add Tag"))
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        self.choice = QComboBox(self)
        if remove_from is None:
            self.name.setPlaceholderText(self.tr("e.g. Web Summit 2026"))
            self.name.setMaxLength(100)
            completer = QCompleter(QStringListModel(tags.tag_names(), self), self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.name.setCompleter(completer)
            form.addRow(plain_label(self.tr("Tag the %Ln contact(s) with:", "", count)))
            form.addRow(self.tr("Tag"), self.name)
            self.choice.hide()
        else:
            for tag_id, name, n in remove_from:
                self.choice.addItem(f"{name} ({n:,})", int(tag_id))
            form.addRow(plain_label(self.tr("Take a tag off the %Ln contact(s):", "", count)))
            form.addRow(self.tr("Tag"), self.choice)
            self.name.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def tag_name(self) -> str:
        return " ".join(self.name.text().split())

    def tag_id(self) -> TagId | None:
        data = self.choice.currentData()
        return TagId(int(data)) if data is not None else None


class ListActions(QObject):
    """Private state: ``_selected`` gives the list's selection; ``_export`` and
    ``_delete`` are the window's own commands; ``dialog`` the dialog open last;
    ``_tag_reads`` counts the reads of a big selection's tags started (only the latest
    opens its dialog)."""

    def __init__(self, ops: Operations, parent: QWidget,
                 selected: Callable[[], list[ContactId]], export: Callable[[], object],
                 delete: Callable[[], object]) -> None:
        super().__init__(parent)
        self._ops = ops
        self._parent = parent
        self._selected = selected
        self._export = export
        self._delete = delete
        self.dialog: QDialog | None = None
        self._tag_reads = 0

    def menu(self) -> QMenu | None:
        ids = self._selected()
        if not ids:
            return None
        n = len(ids)
        menu = QMenu(self._parent)

        def add(text: str, slot: Callable[[], object], enabled: bool = True) -> QAction:
            action = QAction(text, menu)
            action.setEnabled(enabled)
            action.triggered.connect(lambda _=False: slot())
            menu.addAction(action)
            return action

        add(self.tr("Remind Me…"), self.remind, n == 1)
        add(self.tr("Add to This Week's Focus") if n == 1
            else self.tr("Add %1 to This Week's Focus").replace("%1", f"{n:,}"),
            self.add_to_focus)
        menu.addSeparator()
        add(self.tr("Add Tag…"), self.add_tag)
        add(self.tr("Remove Tag…"), self.remove_tag)
        stage_menu = menu.addMenu(self.tr("Set Stage"))
        for key in STAGES:
            action = QAction(stage_label(key), stage_menu)
            action.triggered.connect(lambda _=False, k=key: self.set_stage(k))
            stage_menu.addAction(action)
        menu.addSeparator()
        add(self.tr("Export Selected…"), self._export)
        add(self.tr("Delete") if n == 1 else self.tr("Delete %1 Contacts")
            .replace("%1", f"{n:,}"), self._delete)
        return menu

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def add_tag(self) -> QDialog | None:
        ids = self._selected()
        if not ids:
            return None
        dialog = TagPickDialog(len(ids), None, self._parent)
        dialog.accepted.connect(lambda: self.tag(ids, dialog.tag_name()))
        return self._open(dialog)

    @Slot()
    def remove_tag(self) -> QDialog | None:
        """The tags the selection carries, to pick the one to take off. Those of a big
        selection are read in a worker (issue 18: 0.2-0.4 s at 300,000 selected), the
        dialog opening when they are there: None is returned then."""
        ids = self._selected()
        if not ids:
            return None
        self._tag_reads += 1
        if len(ids) <= BULK_SELECTION:
            return self._pick_tag_to_remove(ids, tags.tags_on(ids))
        reading = self._tag_reads

        def read(present: Sequence[tuple[TagId, str, int]]) -> None:
            # Asked again before this read came (its progress dialog shows only after a
            # moment, and pool threads finish in any order): the later selection's
            # dialog is the one wanted, not this one opened over it.
            if reading == self._tag_reads:
                self._pick_tag_to_remove(ids, present)

        start_job(self._parent, lambda _progress: tags.tags_on(ids),
                  title=self.tr("Remove Tag"), label=self.tr("Reading the selection's tags…"),
                  on_finished=read,
                  on_failed=self._ops.failed.emit,
                  cleanup=overview.release_thread_connection)
        return None

    def _pick_tag_to_remove(self, ids: Sequence[ContactId],
                            present: Sequence[tuple[TagId, str, int]]) -> QDialog | None:
        if not present:
            return None
        dialog = TagPickDialog(len(ids), present, self._parent)

        def chosen() -> None:
            tag_id = dialog.tag_id()
            name = tags.name_of(tag_id) if tag_id is not None else None
            if name is not None:
                self._ops.change_tags(ids, remove=[name])

        dialog.accepted.connect(chosen)
        return self._open(dialog)

    def tag(self, ids: Sequence[ContactId], name: str) -> bool:
        return bool(name.strip()) and self._ops.change_tags(ids, add=[name])

    def set_stage(self, stage: str) -> bool:
        ids = self._selected()
        return bool(ids) and self._ops.set_stage_many(ids, stage)

    @Slot()
    def add_to_focus(self) -> bool:
        ids = self._selected()
        return bool(ids) and self._ops.add_to_focus(ids)

    @Slot()
    def remind(self) -> QDialog | None:
        ids = self._selected()
        if len(ids) != 1:
            return None
        detail = contacts.get_contact(ids[0])
        if detail is None:
            return None
        # Not at start-up: its person picker loads the graph code.
        from desktop.ui.shared.reminder_dialog import ReminderDialog

        return self._open(ReminderDialog(self._ops, (ids[0], detail.display_name),
                                         parent=self._parent))
