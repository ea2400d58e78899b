"""The sync dialog's "Kept versions to review": conflicts the server won, with the local
version kept to restore or dismiss.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.sync import engine
from desktop.ui.common import formatting
from desktop.ui.operations import Operations
from desktop.ui.sync.sync_parts import as_plain

_CONFLICT_ID = Qt.ItemDataRole.UserRole + 3
_CONFLICT_NAME = Qt.ItemDataRole.UserRole + 4


class ConflictsPanel(QWidget):
    """"Kept versions to review": the Rapport versions that lost a sync conflict, what
    differs from the contact now, Restore My Version / Dismiss (both undoable through
    ``Operations``). Hidden while there is nothing to review. Private state: none; the list
    is re-read from the service on every change."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        heading = as_plain(QLabel(self.tr("Kept versions to review")))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        hint = as_plain(QLabel(self.tr("Restore your version to send it to the server at the next "
                                     "sync, or dismiss it to keep the contact as it is now.")))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.list.setMaximumHeight(120)
        self.list.setSpacing(3)
        self.list.currentItemChanged.connect(self._show_current)
        self.list.itemActivated.connect(self.restore)
        self.details = as_plain(QLabel(""))
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.restore_button = QPushButton(self.tr("&Restore My Version"))
        self.restore_button.setToolTip(self.tr("Put your kept version back (Ctrl+Z undoes it)"))
        self.restore_button.clicked.connect(self.restore)
        self.dismiss_button = QPushButton(self.tr("&Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Keep the contact as it is now"))
        self.dismiss_button.clicked.connect(self.dismiss)
        side = QVBoxLayout()
        side.addWidget(self.details, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.restore_button)
        side.addLayout(buttons)
        row = QHBoxLayout()
        row.addWidget(self.list, 2)
        row.addSpacing(12)
        row.addLayout(side, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(row)
        ops.changes_applied.connect(self.refresh)
        self.refresh()

    @Slot()
    @Slot(object)
    def refresh(self, _changes: object = None) -> None:
        keep = self.current()
        self.list.blockSignals(True)
        self.list.clear()
        for c in engine.conflicts():
            when = formatting.date_time_text(c.created_at) if c.created_at else ""
            item = QListWidgetItem(f"{c.display_name}\n{when}" if when else c.display_name)
            item.setData(_CONFLICT_ID, c.id)
            item.setData(_CONFLICT_NAME, c.display_name)
            self.list.addItem(item)
            if c.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        shown = self.list.count() > 0
        grows = shown and not self.isVisibleTo(self.window())
        self.setVisible(shown)
        self._show_current()
        window = self.window()
        if grows and window is not self:
            # Make room rather than squeeze the account pane's wrapped text.
            window.resize(window.width(), max(window.height(), window.sizeHint().height()))

    def current(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(_CONFLICT_ID)) if item is not None else None

    @Slot()
    def _show_current(self) -> None:
        conflict_id = self.current()
        self.restore_button.setEnabled(conflict_id is not None)
        self.dismiss_button.setEnabled(conflict_id is not None)
        if conflict_id is None:
            self.details.setText("")
            return
        diffs = engine.conflict_differences(conflict_id)
        if not diffs:
            self.details.setText(self.tr("Your kept version matches the contact as it is now."))
            return
        line = self.tr("%1: yours “%2”, now “%3”")
        self.details.setText("\n".join([
            self.tr("Your version differs from the contact now:"),
            *(line.replace("%1", what).replace("%2", _short(mine) or "—")
              .replace("%3", _short(now) or "—") for what, mine, now in diffs)]))

    def _name(self) -> str:
        item = self.list.currentItem()
        return str(item.data(_CONFLICT_NAME)) if item is not None else ""

    @Slot()
    def restore(self) -> None:
        conflict_id = self.current()
        if conflict_id is not None:
            self.ops.restore_sync_conflict(conflict_id, self._name())

    @Slot()
    def dismiss(self) -> None:
        conflict_id = self.current()
        if conflict_id is not None:
            self.ops.dismiss_sync_conflict(conflict_id, self._name())


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
