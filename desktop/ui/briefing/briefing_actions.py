"""Ways into the briefing (issue 6), kept light: the print-preview module (and Qt's print
support under it) loads on first use, not when the detail pane or main window is built.

``preview_briefings`` is the entry point for any view that wants a briefing: the detail
pane's "Briefing…" button, File → Print This Week's Briefings…, a meeting on the calendar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.types import ContactId
from desktop.ui.operations import Operations


def preview_briefings(ops: Operations, contact_ids: Sequence[ContactId | None],
                      parent: QWidget | None = None) -> QWidget | None:
    """Open the print preview of these people's briefings, one page each (window-modal,
    deleted on close); returns the dialog, or None when there is nobody to brief."""
    ids = [cid for cid in contact_ids if cid is not None]
    if not ids:
        return None
    from desktop.ui.briefing.briefing_preview import BriefingPreviewDialog

    dialog = BriefingPreviewDialog(ops, ids, parent)
    dialog.open()
    return dialog


def brief_contact(ops: Operations, contact_id: ContactId | None,
                  parent: QWidget | None = None) -> None:
    """The detail pane's "Briefing…": the preview of the contact shown (if any)."""
    preview_briefings(ops, [contact_id], parent)


def print_this_weeks_briefings(ops: Operations, parent: QWidget | None = None,
                               now: dt.datetime | None = None) -> QWidget | None:
    """Briefings for everyone the user meets during the rest of this week, in meeting
    order, in one preview (and so one PDF or print job)."""
    from desktop.services.briefing import this_weeks_meetings

    meetings = this_weeks_meetings(now)
    if not meetings:
        QMessageBox.information(
            parent, QCoreApplication.translate("BriefingActions", "No meetings this week"),
            QCoreApplication.translate(
                "BriefingActions",
                "There are no meetings planned for the rest of this week. Plan one from a "
                "contact's timeline or the calendar, then print its briefing here."))
        return None
    return preview_briefings(ops, [m.contact_id for m in meetings], parent)
