"""The first-run panel: what Rapport is for, and the two ways to get started."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class EmptyState(QWidget):
    """Shown instead of the list while there are no contacts."""

    import_requested = Signal()
    demo_requested = Signal()
    new_contact_requested = Signal()
    painted = Signal()  # after each paint (start-up timing waits for the first one)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EmptyState")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self.title = QLabel(self.tr("Welcome to Rapport"), self)
        self.title.setObjectName("EmptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text = QLabel(
            self.tr("Rapport helps you turn contacts into relationships: remember what you "
                    "share, follow up on time, and walk into every meeting prepared."),
            self,
        )
        self.text.setObjectName("EmptyText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # A fixed width, placed between stretches rather than with an alignment flag: a
        # word-wrapped label placed with an alignment gets no height-for-width from the
        # layout and is cut to one line.
        self.text.setFixedWidth(460)

        self.import_button = QPushButton(self.tr("Import vCards…"), self)
        self.import_button.setObjectName("PrimaryButton")
        self.import_button.setToolTip(
            self.tr("Read the .vcf files your phone or mail app exports"))
        self.import_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Load demo network"), self)
        self.demo_button.setToolTip(self.tr("Explore Rapport with 300 made-up people"))
        for button in (self.import_button, self.demo_button):
            button.setMinimumWidth(190)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.import_button.clicked.connect(self.import_requested)
        self.demo_button.clicked.connect(self.demo_requested)

        self.hint = QLabel(self)
        self.hint.setObjectName("EmptyText")
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.setText(
            self.tr('or <a href="new">add someone by hand</a> · you can also drop .vcf files '
                    'here'))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.hint.linkActivated.connect(lambda _link: self.new_contact_requested.emit())

        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 40)
        layout.addStretch(3)
        layout.addWidget(self.title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(10)
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(self.text)
        text_row.addStretch(1)
        layout.addLayout(text_row)
        layout.addSpacing(28)
        layout.addLayout(buttons)
        layout.addSpacing(18)
        layout.addWidget(self.hint, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(4)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()
