"""The drafted request for an introduction (issue 16), shown once "Ask for this
introduction" has recorded it: edit it, copy it, or open it in the mail client."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import paths
from desktop.ui.common import focus


class AskDialog(QDialog):
    """Private state: ``_draft`` the message as drafted (the fields hold the user's edits);
    ``opened`` the last ``mailto:`` address handed to the mail client (tests)."""

    copied = Signal(str)

    def __init__(self, draft: paths.Draft, notice: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draft = draft
        self.opened = ""
        self.setWindowTitle(self.tr("Ask for an introduction"))
        self.setMinimumWidth(460)
        self.notice = QLabel(notice)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.setObjectName("muted")
        self.to = QLineEdit(draft.to)
        self.to.setPlaceholderText(self.tr("No e-mail address known: type one"))
        self.subject = QLineEdit(draft.subject)
        self.body = QPlainTextEdit(draft.body)
        self.body.setTabChangesFocus(True)
        self.body.setAccessibleName(self.tr("Message"))
        self.body.setMinimumHeight(190)
        form = QFormLayout()
        form.addRow(self.tr("To"), self.to)
        form.addRow(self.tr("Subject"), self.subject)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy message"))
        self.copy_button.setToolTip(self.tr("Copy the message to paste it anywhere "
                                            "(Ctrl+Shift+C)"))
        self.copy_button.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.mail_button = QPushButton(self.tr("Open in mail app"))
        self.mail_button.setToolTip(self.tr("Start this e-mail in your mail program "
                                            "(Ctrl+Return)"))
        self.mail_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.mail_button.setDefault(True)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.mail_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        self.mail_button.clicked.connect(self.open_mail)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(buttons)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab as the dialog reads, every button included: Qt's button box sends Tab to
        its default button (Open in mail app) and on out, past Close and Copy message."""
        if focus.move_focus(focus.tab_stops(self), QApplication.focusWidget(), next):
            return True
        return super().focusNextPrevChild(next)

    def draft(self) -> paths.Draft:
        """The message as it now reads (the user may have edited it)."""
        return replace(self._draft, to=self.to.text().strip(), subject=self.subject.text(),
                       body=self.body.toPlainText())

    @Slot()
    def copy(self) -> None:
        text = self.draft().body
        QGuiApplication.clipboard().setText(text)
        self.copy_button.setText(self.tr("Copied"))
        self.copied.emit(text)

    @Slot()
    def open_mail(self) -> None:
        self.opened = self.draft().mailto
        QDesktopServices.openUrl(QUrl(self.opened))
