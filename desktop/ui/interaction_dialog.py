"""Log or plan an interaction (issue 4): who took part (a completer over the contacts),
when, what kind, a summary and notes, and the follow-ups promised, in one dialog.
Saving goes through ``Operations.log_interaction`` (one undoable step)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
    Slot,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import interactions, search
from desktop.services.interactions import InteractionDraft, Promise
from desktop.services.types import ContactId
from desktop.ui.operations import Operations

IdRole = Qt.ItemDataRole.UserRole + 1
SUGGESTIONS = 12


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class _PromiseRow(QWidget):
    """One promised follow-up: to whom, by when, what."""

    def __init__(self, people: list[tuple[ContactId, str]], due: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.who = QComboBox(self)
        self.set_people(people)
        self.due = QDateEdit(_qdate(due), self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("d MMM yyyy")
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText("What you promised, e.g. send the article")
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setToolTip("Remove this promise")
        layout.addWidget(self.who)
        layout.addWidget(self.due)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.remove)

    def set_people(self, people: list[tuple[ContactId, str]]) -> None:
        current = self.who.currentData()
        self.who.clear()
        self.who.addItem("Everyone", None)
        for cid, name in people:
            self.who.addItem(name, int(cid))
        index = self.who.findData(current)
        self.who.setCurrentIndex(max(0, index))

    def promise(self) -> Promise | None:
        text = self.reason.text().strip()
        if not text:
            return None
        data = self.who.currentData()
        return Promise(_pydate(self.due.date()), text,
                       ContactId(int(data)) if data is not None else None)


class InteractionDialog(QDialog):
    """Private state: ``_people`` the participants chosen (id, name), in order;
    ``_error`` the last refusal from Operations, shown in ``error_label``."""

    def __init__(self, ops: Operations, people: list[tuple[ContactId, str]],
                 parent: QWidget | None = None, *, planned: bool = False,
                 now: dt.datetime | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._now = now or dt.datetime.now().replace(second=0, microsecond=0)
        self._people: list[tuple[ContactId, str]] = []
        self.saved_id: int | None = None
        self.setWindowTitle("Plan a 1-2-1" if planned else "Log Interaction")
        self.setMinimumWidth(560)

        self.kind = QComboBox(self)
        for key, label in interactions.KIND_LABELS.items():
            self.kind.addItem(label, key)
        when = (dt.datetime.combine(self._now.date() + dt.timedelta(days=1), dt.time(10, 0))
                if planned else self._now)
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.when.setDateTime(QDateTime(_qdate(when.date()), QTime(when.hour, when.minute)))

        self.people_list = QListWidget(self)
        self.people_list.setMaximumHeight(96)
        self.people_list.setAccessibleName("People")
        self.add_person = QLineEdit(self)
        self.add_person.setPlaceholderText("Add someone: type a name…")
        self._suggestions = QStandardItemModel(self)
        self.completer = QCompleter(self._suggestions, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.add_person.setCompleter(self.completer)
        self.add_person.textEdited.connect(self._suggest)
        self.completer.activated[QModelIndex].connect(self._picked)  # type: ignore[index]
        self.remove_person = QPushButton("Remove", self)
        self.remove_person.clicked.connect(self._remove_selected)

        self.summary = QLineEdit(self)
        self.summary.setPlaceholderText("e.g. Coffee at the Lumen office")
        self.summary.setMaxLength(interactions.MAX_SUMMARY)
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText("Personal things as well as business: family, "
                                      "plans, what they care about…")
        self.notes.setTabChangesFocus(True)

        self.promises_box = QVBoxLayout()
        self.promises_box.setSpacing(4)
        self.promise_rows: list[_PromiseRow] = []
        self.add_promise_button = QPushButton("Add a Promised Follow-up", self)
        self.add_promise_button.clicked.connect(self.add_promise)

        self.error_label = QLabel(self)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet("color: #b91c1c;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow("Kind", self.kind)
        form.addRow("When", self.when)
        people_col = QVBoxLayout()
        people_col.addWidget(self.people_list)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_person, 1)
        add_row.addWidget(self.remove_person)
        people_col.addLayout(add_row)
        form.addRow("People", people_col)
        form.addRow("Summary", self.summary)
        form.addRow("Notes", self.notes)
        promises_col = QVBoxLayout()
        promises_col.addLayout(self.promises_box)
        promises_col.addWidget(self.add_promise_button, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow("Promised", promises_col)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        for cid, name in people:
            self.add_participant(cid, name)
        self.when.dateTimeChanged.connect(self._update_save_text)
        self._update_save_text()
        ops.failed.connect(self._on_failed)
        self.summary.setFocus()

    # --- participants -------------------------------------------------------------------

    def participants(self) -> list[ContactId]:
        return [cid for cid, _ in self._people]

    def add_participant(self, contact_id: ContactId, name: str) -> None:
        if contact_id in self.participants():
            return
        self._people.append((contact_id, name))
        item = QListWidgetItem(name)  # plain text: names are data
        item.setData(IdRole, int(contact_id))
        self.people_list.addItem(item)
        self._people_changed()

    @Slot()
    def _remove_selected(self) -> None:
        for item in self.people_list.selectedItems():
            cid = ContactId(int(item.data(IdRole)))
            self._people = [p for p in self._people if p[0] != cid]
            self.people_list.takeItem(self.people_list.row(item))
        self._people_changed()

    def _people_changed(self) -> None:
        for row in self.promise_rows:
            row.set_people(self._people)

    @Slot(str)
    def _suggest(self, text: str) -> None:
        self._suggestions.clear()
        if not text.strip():
            return
        ids = search.query_ids(search.ListFilter(text=text))[:SUGGESTIONS]
        rows = search.fetch_rows(ids)
        for cid in ids:
            row = rows.get(cid)
            if row is None:
                continue
            label = row.display_name + (f" — {row.organization}"
                                        if row.organization and row.full_name else "")
            item = QStandardItem(label)
            item.setData(int(cid), IdRole)
            item.setData(row.display_name, IdRole + 1)
            self._suggestions.appendRow(item)

    @Slot(QModelIndex)
    def _picked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        cid = index.data(IdRole)
        if cid is not None:
            self.add_participant(ContactId(int(cid)), str(index.data(IdRole + 1)))
        # The completer writes the chosen text in after this slot: clear it then too.
        self.add_person.clear()
        QTimer.singleShot(0, self.add_person.clear)

    # --- promises -----------------------------------------------------------------------

    @Slot()
    def add_promise(self) -> _PromiseRow:
        row = _PromiseRow(self._people, self._when().date() + dt.timedelta(days=7), self)
        row.remove.clicked.connect(lambda _=False, r=row: self._drop_promise(r))
        self.promise_rows.append(row)
        self.promises_box.addWidget(row)
        row.reason.setFocus()
        return row

    def _drop_promise(self, row: _PromiseRow) -> None:
        self.promise_rows.remove(row)
        row.hide()
        row.deleteLater()

    # --- saving -------------------------------------------------------------------------

    def _when(self) -> dt.datetime:
        q = self.when.dateTime()
        d, t = q.date(), q.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    @Slot()
    def _update_save_text(self) -> None:
        planned = self._when() > dt.datetime.now()
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if button is not None:
            button.setText("Plan" if planned else "Log")

    def draft(self) -> InteractionDraft:
        return InteractionDraft(
            kind=str(self.kind.currentData()),
            happened_at=self._when(),
            participants=tuple(self.participants()),
            summary=self.summary.text(),
            notes=self.notes.toPlainText(),
            promises=tuple(p for p in (r.promise() for r in self.promise_rows) if p),
        )

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        if self.isVisible():
            self.error_label.setText(message[:1].upper() + message[1:])
            self.error_label.show()

    def accept(self) -> None:
        self.error_label.hide()
        if not self._people:
            self._on_failed("choose at least one person")
            self.add_person.setFocus()
            return
        saved = self._ops.log_interaction(self.draft())
        if saved is None:
            return  # the reason is shown; the dialog stays open with what was typed
        self.saved_id = saved
        super().accept()
