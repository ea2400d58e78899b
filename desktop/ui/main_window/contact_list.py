"""The contact list column's behaviour: search as you type, the sidebar's lists, the count
in the status bar, the selection (kept by id across a re-query), the contact the detail
pane shows, and the commands on the selection (new, edit, delete, remind, my profile)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.services import contacts
from desktop.services.search import ListFilter, ListKind
from desktop.services.types import ContactId
from desktop.ui import sidebar as sb
from desktop.ui.common import formatting
from desktop.ui.contacts.contact_list_model import Column

if TYPE_CHECKING:
    from desktop.ui.main_window.window import MainWindow

SEARCH_DEBOUNCE_MS = 30
Runs = list[tuple[int, int]]
Kept = tuple[list[ContactId], ContactId | None, int]


def undo_key() -> str:
    """The Undo key as this platform writes it ("Ctrl+Z")."""
    return QKeySequence(QKeySequence.StandardKey.Undo).toString(
        QKeySequence.SequenceFormat.NativeText)


class ContactListController(QObject):
    """Drives the window's search field, list (``window.model``, ``window.table``) and
    count label, and tells the detail pane whom to show.

    Private state: ``shown_id`` is the contact the detail pane shows (so a refresh that
    keeps it does not reload the pane); ``_kept`` remembers the selection by id across a
    model reset (``_waiting``: the part of it the first page of a long list did not hold,
    restored when the rest arrives); ``focus_after_refresh`` is a contact that just
    appeared (an undone delete) to select; ``total`` is the number of contacts (not "me");
    ``_chosen`` is the contact the user last selected, kept while a search hides it so that
    it is selected again when it matches again (``_resetting``: a model reset is under way,
    not a user's choice; ``_arriving``: the rest of a long list just arrived);
    ``_open_at_top``: a list just opened, held at its top.
    """

    selection_changed = Signal()  # the selection, or the contact shown, changed

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.model = window.model
        self.table = window.table
        self.search_field = window.search_field
        self.shown_id: ContactId | None = None
        self.total: int | None = None  # known after the first paint
        self.focus_after_refresh: ContactId | None = None
        self._kept: Kept = ([], None, -1)
        self._waiting: Kept | None = None
        self._chosen: ContactId | None = None
        self._resetting = False
        self._arriving = False
        self._open_at_top = False

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._apply_search_field)
        self.search_field.textChanged.connect(self._search_timer.start)
        self.search_field.returnPressed.connect(self.focus_list)

        # Work on the whole selection (issue 15): tag, stage, focus, export, delete.
        from desktop.ui.contacts.list_menu import ListActions

        self.list_menu = ListActions(window.ops, window, self.selected_ids,
                                     window.files.export_vcards, self.delete_selected)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._list_context_menu)

        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.completed.connect(self._on_list_completed)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._on_current_row_changed)
        selection.selectionChanged.connect(self._on_selection_changed)
        window.sidebar.entry_selected.connect(self._on_entry_selected)

    # --- search and lists ------------------------------------------------------------------

    def list_filter(self) -> ListFilter:
        return self.model.list_filter

    @Slot()
    def _apply_search_field(self) -> None:
        self.set_search_text(self.search_field.text())

    def set_search_text(self, text: str) -> None:
        """Filter the list to *text*, synchronously (search-as-you-type ends here)."""
        self._search_timer.stop()
        if self.search_field.text() != text:
            self.search_field.blockSignals(True)
            self.search_field.setText(text)
            self.search_field.blockSignals(False)
        flt = self.model.list_filter
        if flt.text == text:
            return
        self.model.set_filter(ListFilter(kind=flt.kind, tag_id=flt.tag_id, text=text))
        self.update_count()

    @Slot(str)
    def _on_entry_selected(self, key: str) -> None:
        if key == sb.ME:
            self.show_my_profile()
            return
        flt = sb.entry_filter(key, self.search_field.text())
        if flt is None:
            return
        self.model.set_filter(flt)
        self.table.show_empty_text_for(flt)
        self._opened_list()
        self.update_count()

    def open_list_anew(self, key: str, *, long: bool = False) -> None:
        """Open the sidebar's list *key*, without search text, read anew: the data changed
        since its order was cached (an import's end, before the change is announced).
        One reading, whatever was shown: clearing a search first read the old list once
        more (issue 18). *long*: the list is known to be longer than the model reads on
        this thread (its first page now, the rest from a worker)."""
        flt = sb.entry_filter(key)
        if flt is None:
            return
        self._search_timer.stop()
        if self.search_field.text():
            self.search_field.blockSignals(True)
            self.search_field.clear()
            self.search_field.blockSignals(False)
        sidebar = self._window.sidebar
        if sidebar.current_key != key:
            sidebar.blockSignals(True)
            sidebar.select_key(key)
            sidebar.blockSignals(False)
        self.model.set_filter(flt, data_changed=True, long=long)
        self._opened_list()
        self.update_count()

    def update_count(self) -> None:
        label = self._window.count_label
        shown = self.model.rowCount()
        flt = self.model.list_filter
        everyone = flt.kind is ListKind.ALL and not flt.text.strip()
        if self.model.busy:  # the rest of a long list (or a search) is on its way
            if everyone and self.total is not None:
                label.setText(self.tr("%Ln contact(s)", "", self.total))
            else:
                label.setText(self.tr("Searching…") if flt.text.strip()
                              else self.tr("Counting…"))
        elif everyone or self.total is None:
            label.setText(self.tr("%Ln contact(s)", "", shown))
        else:
            label.setText(self.tr("%1 of %Ln contact(s)", "", self.total).replace(
                "%1", formatting.number(shown)))
        selected = self.selected_count()
        if selected > 1:  # what Delete, Add Tag or Set Stage would act on
            label.setText(label.text() + " · " + self.tr("%Ln selected", "", selected))
        self.table.show_empty_text_for(flt)

    def _opened_list(self) -> None:
        """Another list (sidebar) opens at its top, not at the last list's scroll position
        nor scrolled to the contact still selected in it; held until its rows are all in."""
        self.table.scrollToTop()
        self._open_at_top = self.model.partial or self.model.busy
        if self._open_at_top:
            QTimer.singleShot(0, self, self._list_at_top)

    def _list_at_top(self) -> None:
        if self.model.partial or self.model.busy:
            QTimer.singleShot(20, self, self._list_at_top)
            return
        self.table.scrollToTop()
        self._open_at_top = False

    # --- selection ---------------------------------------------------------------------------

    def selected_runs(self) -> Runs:
        """The selected rows as sorted, disjoint (first, last) runs, read from the
        selection's ranges, never row by row: a select-all of 300,000 rows is one range,
        where ``selectedRows()`` asked the model about every cell (issue 18)."""
        selection = self.table.selectionModel().selection()
        spans = sorted((r.top(), r.bottom()) for r in (
            selection.at(i) for i in range(selection.count())) if r.isValid())
        merged: Runs = []
        for top, bottom in spans:  # Qt may keep overlapping ranges: merge them
            if merged and top <= merged[-1][1] + 1:
                if bottom > merged[-1][1]:
                    merged[-1] = (merged[-1][0], bottom)
            else:
                merged.append((top, bottom))
        return merged

    @Slot(QPoint)
    def _list_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid() and not self.table.selectionModel().isRowSelected(
                index.row(), QModelIndex()):
            self._select_runs([(index.row(), index.row())], index.row())
        menu = self.list_menu.menu()
        if menu is not None:
            menu.exec(self.table.viewport().mapToGlobal(pos))

    def selected_ids(self) -> list[ContactId]:
        """The selected contacts in list order."""
        return self.model.ids_in_runs(self.selected_runs())

    def selected_count(self) -> int:
        return sum(last - first + 1 for first, last in self.selected_runs())

    def current_id(self) -> ContactId | None:
        """The current row's contact if that row is selected."""
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        return self.model.contact_id(index.row())

    def has_selection(self) -> bool:
        return self.table.selectionModel().hasSelection()

    def select_contact(self, contact_id: ContactId) -> None:
        """Select *contact_id* in the list (showing all contacts if the current list or
        search hides it) and show it in the detail pane."""
        row = self.model.row_of(contact_id)
        if row is None:
            self.search_field.blockSignals(True)
            self.search_field.clear()
            self.search_field.blockSignals(False)
            self.model.set_filter(ListFilter(text=""))
            sidebar = self._window.sidebar
            sidebar.blockSignals(True)
            sidebar.select_key(sb.ALL)
            sidebar.blockSignals(False)
            self.update_count()
            row = self.model.row_of(contact_id)
        self._window.update_empty_state()
        if row is None:
            return
        self._select_runs([(row, row)], row)

    def _select_runs(self, runs: Runs, current: int) -> None:
        """Select the rows of *runs* ((first, last) pairs), *current* the current row:
        one selection range per run, however many rows."""
        selection = QItemSelection()
        last_column = len(Column) - 1
        for first, last in runs:
            selection.select(self.model.index(first, 0), self.model.index(last, last_column))
        sm = self.table.selectionModel()
        # A selection restored when the rest of a long list arrives (after a sort) is
        # mostly further down: the list jumps there and paints that page once, in a turn
        # of its own (issue 18: the scroll, the rows' reading and their paint in the
        # list's arrival were 15-25 ms of one turn at 100,000 contacts).
        jump = (self._arriving and not self._open_at_top
                and not self._row_shown(current))
        if jump:
            self.table.hold_paint()
        sm.setCurrentIndex(self.model.index(current, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        sm.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
                  | QItemSelectionModel.SelectionFlag.Rows)
        if not self._open_at_top:
            self.table.scrollTo(self.model.index(current, 0))
        if jump:
            self.table.paint_later()
        self.show(self.model.contact_id(current))

    def _row_shown(self, row: int) -> bool:
        """Whether all of *row* is in the list's viewport now."""
        top = self.table.rowViewportPosition(row)
        return top >= 0 and top + self.table.rowHeight(row) <= self.table.viewport().height()

    @Slot()
    def _remember_selection(self) -> None:
        self._resetting = True
        current = self.table.selectionModel().currentIndex()
        self._kept = (self.selected_ids(), self.current_id(),
                      current.row() if current.isValid() else -1)

    @Slot()
    def _on_list_completed(self) -> None:
        """The whole list is in: finish restoring a selection that waited for it."""
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self._resetting = self._arriving = True
            try:
                self._kept = waiting
                self._restore_kept_selection()
            finally:
                self._resetting = self._arriving = False
        self.update_count()

    @Slot()
    def _restore_selection(self) -> None:
        try:
            self._restore_kept_selection()
        finally:
            self._resetting = False
        current = self.current_id()
        if current is not None:
            self._chosen = current

    def _restore_kept_selection(self) -> None:
        ids, current, old_row = self._kept
        self._kept = ([], None, -1)
        self._waiting = None
        focus, self.focus_after_refresh = self.focus_after_refresh, None
        loaded = self.model.row_of
        if focus is not None and loaded(focus, load=False) is not None:
            ids, current = [focus], focus
        elif (current is None and not ids and self._chosen is not None
              and loaded(self._chosen, load=False) is not None):
            # A search hid the chosen contact for a while; now it matches again.
            ids, current = [self._chosen], self._chosen
        elif focus is not None and self.model.partial:
            ids, current = [focus], focus  # perhaps further down: see below
        runs = self.model.runs_of(ids)
        current_row = loaded(current, load=False) if current is not None else None
        if self.model.partial and (
            (current is not None and current_row is None)
            or sum(last - first + 1 for first, last in runs) < len(ids)
        ):
            # Only the first page of a long list is in: the rest of the selection (or the
            # shown contact) may be further down. Decided once the rest arrives
            # (_on_list_completed), unless the user chooses someone first.
            self._waiting = (ids, current, old_row)
            if current_row is None:
                return
        if current_row is None and runs:
            current_row = runs[0][0]
        if current_row is not None:
            self._select_runs(runs or [(current_row, current_row)], current_row)
        elif current is not None and old_row >= 0 and contacts.get_contact(current) is None:
            # The shown contact was deleted: its neighbour takes its place.
            count = self.model.rowCount()
            if count:
                row = min(old_row, count - 1)
                self._select_runs([(row, row)], row)
            else:
                self.show(None)
        elif current is not None:
            self.show(None)  # filtered out: nothing selected
        self.selection_changed.emit()

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show(self.model.contact_id(current.row()))

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection
                              ) -> None:
        if not self._resetting:
            self._waiting = None  # the user's choice wins over a selection to restore
            chosen = self.current_id()
            if chosen is not None or not self.has_selection():
                self._chosen = chosen  # None: the user cleared the selection
        self.update_count()
        self.selection_changed.emit()

    def show(self, contact_id: ContactId | None) -> None:
        """Show *contact_id* (``None``: no one) in the detail pane."""
        if contact_id == self.shown_id:
            return
        self.shown_id = contact_id
        # The list on screen paints its new current row (and selection) first, in a turn of
        # its own (issue 18: both in one held select-all 100 ms at 300,000 contacts).
        self._window.detail.show_contact(contact_id, later=self.table.isVisible())
        self.selection_changed.emit()

    @Slot()
    def focus_list(self) -> None:
        self.table.setFocus()
        if self.current_id() is None and self.model.rowCount():
            self._select_runs([(0, 0)], 0)

    # --- commands ----------------------------------------------------------------------------

    @Slot()
    def new_contact(self) -> None:
        self._window.leave_empty_state()
        self._window.detail.new_contact()

    @Slot()
    def edit_current(self) -> None:
        if self.shown_id is not None:
            self._window.detail.edit_current()

    @Slot()
    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        name = ""
        if len(ids) == 1:
            row = self.model.row_of(ids[0])
            contact_row = self.model.contact_row(row) if row is not None else None
            name = contact_row.display_name if contact_row is not None else ""
        text = (self.tr("Deleted %1 — Undo with %2").replace("%1", name) if len(ids) == 1
                and name else self.tr("Deleted %Ln contact(s) — Undo with %2", "", len(ids)))
        # said once they are gone (a big selection's job: when it has deleted them)
        self._window.ops.delete_contacts(ids, text.replace("%2", undo_key()))

    @Slot()
    def remind_me(self) -> QWidget | None:
        """A follow-up for the person the detail pane shows (the detail pane's own)."""
        if self.shown_id is None:
            self._window.statusBar().showMessage(self.tr("Select someone first"), 5000)
            return None
        from desktop.ui.contacts.timeline_section import TimelineSection

        self._window.detail.finish_showing()
        section = self._window.detail.findChild(TimelineSection)
        return section.remind_me() if section is not None else None

    @Slot()
    def show_my_profile(self) -> None:
        window = self._window
        me = contacts.me_id()
        if me is None:
            me = window.ops.ensure_me()
        window.leave_empty_state()
        self.table.selectionModel().clearSelection()
        window.sidebar.blockSignals(True)
        window.sidebar.select_key(sb.ME)
        window.sidebar.blockSignals(False)
        self.shown_id = None
        self.show(me)
