"""The detail pane's "Introductions" section (issue 5): who introduced this person, the
introductions they made or were part of with their status, and the buttons
"Introduce to…" and "Introduced by…". Names are shown as plain text."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Slot
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
from desktop.services import contacts, graph
from desktop.services.types import ContactDetail, ContactId
from desktop.ui.detail_pane import ContactSection
from desktop.ui.introduction_dialog import STATUS_TITLES, IntroductionDialog
from desktop.ui.operations import Operations

MUTED = "#6b7280"


def describe(info: graph.IntroductionInfo, viewer: ContactId, me: ContactId | None) -> str:
    """One line from *viewer*'s page: "Introduced to Bo Chen by Ana Silva"."""

    def name(ref: graph.PersonRef | None) -> str:
        if ref is None:
            return ""
        return "you" if me is not None and ref.id == me else ref.name

    if info.introducer is not None and info.introducer.id == viewer:
        return f"Introduced {name(info.person_a)} to {name(info.person_b)}"
    other = info.person_b if info.person_a.id == viewer else info.person_a
    if info.introducer is None:
        return f"Met {name(other)} directly"
    return f"Introduced to {name(other)} by {name(info.introducer)}"


class IntroductionsSection(ContactSection):
    """Private state: ``_detail`` is the contact shown; ``rows`` the lines listed, as
    (introduction id, text) for tests; ``dialog`` the open dialog, if any."""

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
        buttons = QHBoxLayout()
        self.introduce_button = QPushButton("Introduce to…")
        self.introduce_button.setToolTip("Record that you introduced this person to someone")
        self.introduce_button.clicked.connect(self.introduce_to)
        self.introduced_by_button = QPushButton("Introduced by…")
        self.introduced_by_button.setToolTip("Record who introduced you to this person")
        self.introduced_by_button.clicked.connect(self.introduced_by)
        buttons.addWidget(self.introduce_button)
        buttons.addWidget(self.introduced_by_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def show_contact(self, detail: ContactDetail) -> None:
        self._detail = detail
        while self._list.count():
            item = self._list.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.rows = []
        me = contacts.me_id()
        self.introduced_by_button.setVisible(not detail.is_me)
        for info in graph.introductions_of(detail.id)[:12]:
            text = describe(info, detail.id, me)
            self.rows.append((info.id, text))
            self._list.addWidget(self._row(info, text))
        if not self.rows:
            hint = QLabel("No introductions recorded. Who introduced you? Who could they "
                          "meet?")
            hint.setObjectName("hint")
            hint.setWordWrap(True)
            self._list.addWidget(hint)
        self.setVisible(True)  # the buttons are useful even with nothing listed

    def _row(self, info: graph.IntroductionInfo, text: str) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        when = info.introduced_on.strftime("%d %b %Y").lstrip("0") if info.introduced_on else ""
        tip = " · ".join(p for p in (when, info.context) if p)
        label.setToolTip(f"<p>{html.escape(tip)}</p>" if tip else "")
        layout.addWidget(label, 1)
        status = QComboBox()
        for key in INTRODUCTION_STATUSES:
            status.addItem(STATUS_TITLES.get(key, key), key)
        status.setCurrentIndex(max(0, status.findData(info.status)))
        status.setToolTip("How it went")
        status.currentIndexChanged.connect(
            lambda _i, box=status, iid=info.id: self._ops.set_introduction_status(
                iid, str(box.currentData())))
        layout.addWidget(status)
        remove = QToolButton()
        remove.setText("×")
        remove.setToolTip("Delete this introduction (undo with Ctrl+Z)")
        remove.setAutoRaise(True)
        remove.clicked.connect(lambda _c=False, iid=info.id: self._ops.delete_introduction(iid))
        layout.addWidget(remove)
        return row

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
                                      person_a=self._ref(), title="Introduce to…"))

    @Slot()
    def introduced_by(self) -> None:
        """Someone introduced you to this person."""
        self._open(IntroductionDialog(self._ops, self, person_a=self._me_ref(),
                                      person_b=self._ref(), status="met",
                                      title="Introduced by…"))

    def _open(self, dialog: IntroductionDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()

    @Slot()
    def _forget_dialog(self) -> None:
        self.dialog = None
