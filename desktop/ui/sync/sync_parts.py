"""What the sync windows share: plain and hint labels, the address-book role, and the
texts that say what is synced and how conflicts end.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

BOOK_URL = Qt.ItemDataRole.UserRole + 2


def as_plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def what_is_synced() -> str:
    """Exactly what leaves the machine and how conflicts end (README says the same)."""
    return QCoreApplication.translate(
        "SyncDialog",
        "Synced with the server: names, nickname, organisation, department, title, "
        "e-mails, phones, addresses, web and chat links, birthday, anniversary, photo, "
        "the contact's note, tags that are interests or groups (as categories), stage, "
        "keep-in-touch days and the date you met. Never sent: topics to avoid, how you "
        "met, interactions, favours, introductions, follow-ups and your focus list.")


def how_conflicts_end() -> str:
    return QCoreApplication.translate(
        "SyncDialog",
        "Changed on both sides: each field is compared with the last synced version; a "
        "change on one side wins over no change on the other (a deletion too). Only a "
        "field both sides changed differently is a conflict: the server's value is used "
        "and yours is kept below for review.")


def hint_label(text: str) -> QLabel:
    label = as_plain(QLabel(text))
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label
