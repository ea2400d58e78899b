"""The detail pane's "Introductions" section (issue 5): who introduced this person, the
introductions they made or were part of with their status, and the buttons
"Introduce to…" and "Introduced by…". Names are shown as plain text.

Loops that close (issue 15): recording an introduction the user made offers to close
the promise it kept; marking a proposed one made closes its chase reminder
(``Operations.set_introduction_status``). The list shows the first few, then "Show all".
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import INTRODUCTION_STATUSES
from desktop.services import contacts, graph, loops
from desktop.services.types import ContactDetail, ContactId
from desktop.ui.common import formatting, kinds
from desktop.ui.contacts.detail_parts import ContactSection, show_sized
from desktop.ui.contacts.introduction_dialog import IntroductionDialog
from desktop.ui.operations import Operations

FIRST = 12  # introductions listed before "Show all"
SPARE_ROWS = 3  # rows kept hidden for the next contact's introductions (made ahead too)

translate = QCoreApplication.translate


def describe(info: graph.IntroductionInfo, viewer: ContactId, me: ContactId | None) -> str:
    """One line from *viewer*'s page: "Introduced to Bo Chen by Ana Silva"."""

    def name(ref: graph.PersonRef | None) -> str:
        if ref is None:
            return ""
        if me is not None and ref.id == me:
            return translate("IntroductionsSection", "you",
                             "the user, in “Introduced to you by Ana”")
        return ref.name

    if info.introducer is not None and info.introducer.id == viewer:
        return translate("IntroductionsSection", "Introduced %1 to %2").replace(
            "%1", name(info.person_a)).replace("%2", name(info.person_b))
    other = info.person_b if info.person_a.id == viewer else info.person_a
    if info.introducer is None:
        return translate("IntroductionsSection", "Met %1 directly").replace("%1", name(other))
    return translate("IntroductionsSection", "Introduced to %1 by %2").replace(
        "%1", name(other)).replace("%2", name(info.introducer))


class IntroductionRow(QWidget):
    """One introduction of the section: its line, how it went (a box to change it) and
    Delete. Any introduction can be given to it (``set_info``): the section keeps its rows
    for the next contact's and makes some ahead (issue 18). ``info_id`` the introduction
    shown (None: none yet, or while the box is set to it)."""

    status_chosen = Signal(int, str)  # introduction id, status
    delete_requested = Signal(int)  # introduction id

    def __init__(self, parent: QWidget | None = None) -> None:
        # Its texts are the section's (translation context IntroductionsSection).
        super().__init__(parent)
        self.info_id: int | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.label, 1)
        self.status = QComboBox()
        for key in INTRODUCTION_STATUSES:
            self.status.addItem(kinds.introduction_status(key), key)
        self.status.setToolTip(translate("IntroductionsSection", "How it went"))
        self.status.setAccessibleName(translate("IntroductionsSection",
                                                "How the introduction went"))
        self.status.currentIndexChanged.connect(self._status_changed)
        layout.addWidget(self.status)
        remove = QToolButton()
        remove.setText("×")
        remove.setToolTip(translate("IntroductionsSection",
                                    "Delete this introduction (undo with Ctrl+Z)"))
        remove.setAccessibleName(translate("IntroductionsSection", "Delete this introduction"))
        remove.setAutoRaise(True)
        remove.clicked.connect(self._delete)
        layout.addWidget(remove)

    def set_info(self, info: graph.IntroductionInfo, text: str) -> None:
        self.info_id = None  # the box set to it is not the user's choice
        self.label.setText(text)
        when = formatting.short_date(info.introduced_on) if info.introduced_on else ""
        tip = " · ".join(p for p in (when, info.context) if p)
        self.label.setToolTip(f"<p>{html.escape(tip)}</p>" if tip else "")
        self.status.setCurrentIndex(max(0, self.status.findData(info.status)))
        self.info_id = info.id

    @Slot(int)
    def _status_changed(self, _index: int) -> None:
        if self.info_id is not None:
            self.status_chosen.emit(self.info_id, str(self.status.currentData()))

    @Slot()
    def _delete(self) -> None:
        if self.info_id is not None:
            self.delete_requested.emit(self.info_id)


class IntroductionsSection(ContactSection):
    """Private state: ``_detail`` is the contact shown; ``rows`` the lines listed, as
    (introduction id, text) for tests; ``dialog`` the open dialog, if any;
    ``_spare_rows`` rows hidden for the next lines (``SPARE_ROWS``)."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self._detail: ContactDetail | None = None
        self.rows: list[tuple[int, str]] = []
        self.dialog: IntroductionDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 14, 0, 0)
        layout.setSpacing(6)
        title = QLabel("INTRODUCTIONS")
        title.setObjectName("sectionTitle")
        font = title.font()
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        title.setFont(font)
        layout.addWidget(title)
        self._list = QVBoxLayout()
        self._list.setSpacing(4)
        layout.addLayout(self._list)
        self._spare_rows: list[IntroductionRow] = []
        self.empty_hint = QLabel(self.tr("No introductions recorded. Who introduced you? Who "
                                         "could they meet?"))
        self.empty_hint.setObjectName("hint")
        self.empty_hint.setWordWrap(True)
        layout.addWidget(self.empty_hint)
        self._show_all = False
        self.all_button = QPushButton()
        self.all_button.setFlat(True)
        self.all_button.clicked.connect(self.show_all)
        layout.addWidget(self.all_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.offer: QWidget | None = None  # the last "close a promise?" offer (tests)
        self._shown_key: object = None  # what the lines shown were made from
        buttons = QHBoxLayout()
        self.introduce_button = QPushButton(self.tr("Introduce to…"))
        self.introduce_button.setToolTip(
            self.tr("Record that you introduced this person to someone"))
        self.introduce_button.clicked.connect(self.introduce_to)
        self.introduced_by_button = QPushButton(self.tr("Introduced by…"))
        self.introduced_by_button.setToolTip(self.tr("Record who introduced you to this person"))
        self.introduced_by_button.clicked.connect(self.introduced_by)
        buttons.addWidget(self.introduce_button)
        buttons.addWidget(self.introduced_by_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def show_contact(self, detail: ContactDetail) -> None:
        if self._detail is None or self._detail.id != detail.id:
            self._show_all = False
        self._detail = detail
        me = contacts.me_id()
        found = graph.introductions_of(detail.id)
        # The pane refills after every change (a follow-up done, a tag): the same lines
        # keep their widgets, which cost 6 ms to build again and as much to lay out
        # (issue 18).
        key = (detail.id, detail.is_me, me, self._show_all, tuple(found))
        if key != self._shown_key:
            self._shown_key = key
            self._fill(detail, me, found)
        self.show_filled()  # the buttons are useful even with nothing listed

    def _fill(self, detail: ContactDetail, me: ContactId | None,
              found: Sequence[graph.IntroductionInfo]) -> None:
        # The rows shown are given to the new lines (another contact), the others kept
        # hidden for the next (``make_ahead``: the first contact's are made ahead).
        while self._list.count():
            taken = self._list.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if isinstance(widget, IntroductionRow):
                widget.hide()
                self._spare_rows.append(widget)
            elif widget is not None:
                widget.hide()
                widget.deleteLater()
        self.rows = []
        self.introduced_by_button.setVisible(not detail.is_me)
        for info in found if self._show_all else found[:FIRST]:
            text = describe(info, detail.id, me)
            self.rows.append((info.id, text))
            row = self._spare_rows.pop() if self._spare_rows else self._new_row()
            row.set_info(info, text)
            self._list.addWidget(row)
            show_sized(row, self.width())
        for row in self._spare_rows[SPARE_ROWS:]:
            row.deleteLater()
        del self._spare_rows[SPARE_ROWS:]
        self.all_button.setVisible(len(found) > len(self.rows))
        self.all_button.setText(self.tr("Show all %1").replace("%1", f"{len(found):,}"))
        self.empty_hint.setVisible(not self.rows)

    def _new_row(self) -> IntroductionRow:
        row = IntroductionRow(self)
        row.status_chosen.connect(self._ops.set_introduction_status)
        row.delete_requested.connect(self._ops.delete_introduction)
        return row

    def make_ahead(self) -> bool:
        """A row made ahead, hidden and styled (its status box is the costliest widget of
        the section), while fewer than ``SPARE_ROWS`` wait."""
        if len(self._spare_rows) >= SPARE_ROWS:
            return False
        row = self._new_row()
        row.hide()
        row.ensurePolished()
        self._spare_rows.insert(0, row)
        return len(self._spare_rows) < SPARE_ROWS

    def _ref(self) -> graph.PersonRef | None:
        if self._detail is None:
            return None
        return graph.PersonRef(self._detail.id, self._detail.display_name)

    def _me_ref(self) -> graph.PersonRef | None:
        me = contacts.me_id()
        return graph.person_refs([me]).get(me) if me is not None else None

    @Slot()
    def introduce_to(self) -> None:
        """You introduce this person to someone."""
        self._open(IntroductionDialog(self._ops, self, introducer=self._me_ref(),
                                      person_a=self._ref(), title=self.tr("Introduce to…")))

    @Slot()
    def introduced_by(self) -> None:
        """Someone introduced you to this person."""
        self._open(IntroductionDialog(self._ops, self, person_a=self._me_ref(),
                                      person_b=self._ref(), status="met",
                                      title=self.tr("Introduced by…")))

    @Slot()
    def show_all(self) -> None:
        self._show_all = True
        if self._detail is not None:
            self.show_contact(self._detail)

    def _open(self, dialog: IntroductionDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_dialog)
        dialog.accepted.connect(lambda d=dialog: self._recorded(d.recorded))
        self.dialog = dialog
        dialog.open()

    def _recorded(self, intro_id: int | None) -> None:
        """An introduction the user made keeps a promise to one of the two: offer to
        close it (issue 15)."""
        info = graph.get_introduction(intro_id) if intro_id is not None else None
        me = contacts.me_id()
        if info is None or info.status not in ("made", "met") or info.introducer is None \
                or info.introducer.id != me:
            return
        from desktop.ui.shared.reminder_dialog import offer_to_close

        matches = loops.promises_kept_by_introduction(info.person_a.id, info.person_b.id)
        what = self.tr("the introduction of %1 to %2").replace("%1", info.person_a.name) \
            .replace("%2", info.person_b.name)
        self.offer = offer_to_close(self._ops, matches, what, self.window())

    @Slot()
    def _forget_dialog(self) -> None:
        self.dialog = None
