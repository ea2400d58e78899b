"""What a cell of the contact list shows: the columns, their titles and sort keys, and a
row's texts, fonts, tooltips and colours (``ContactListModel.data`` answers from these). The
texts are the model's (translation context ``ContactListModel``)."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor, QFont

from desktop.services.search import SortKey
from desktop.services.types import ContactRow
from desktop.ui.common import tokens
from desktop.ui.common.formatting import relative_day, short_date
from desktop.ui.common.kinds import stage_label
from desktop.ui.common.translatable import QT_TRANSLATE_NOOP


class Column(IntEnum):
    NAME = 0
    ORGANIZATION = 1
    STAGE = 2
    TAGS = 3
    LAST_INTERACTION = 4
    NEXT_FOLLOWUP = 5


COLUMN_TITLES: dict[Column, str] = {
    Column.NAME: QT_TRANSLATE_NOOP("ContactListModel", "Name"),
    Column.ORGANIZATION: QT_TRANSLATE_NOOP("ContactListModel", "Organisation"),
    Column.STAGE: QT_TRANSLATE_NOOP("ContactListModel", "Stage"),
    Column.TAGS: QT_TRANSLATE_NOOP("ContactListModel", "Tags"),
    Column.LAST_INTERACTION: QT_TRANSLATE_NOOP("ContactListModel", "Last interaction"),
    Column.NEXT_FOLLOWUP: QT_TRANSLATE_NOOP("ContactListModel", "Next follow-up"),
}

SORT_KEYS: dict[Column, SortKey] = {
    Column.NAME: SortKey.NAME,
    Column.ORGANIZATION: SortKey.ORGANIZATION,
    Column.STAGE: SortKey.STAGE,
    Column.TAGS: SortKey.TAGS,
    Column.LAST_INTERACTION: SortKey.LAST_INTERACTION,
    Column.NEXT_FOLLOWUP: SortKey.NEXT_FOLLOWUP,
}

_COLUMNS = tuple(Column)


translate = QCoreApplication.translate


class ListTexts(QObject):
    """The list's strings with a count: pyside6-lupdate marks ``self.tr`` with a count as a
    plural (a module-level ``translate`` only with a literal count)."""

    def overdue_by(self, days: int) -> str:
        return self.tr("Overdue by %Ln day(s) (due %1)", "", days)


def followup_tooltip(day: dt.date, today: dt.date) -> str:
    delta = (day - today).days
    when = short_date(day)
    if delta < 0:
        days = -delta
        return ListTexts().overdue_by(days).replace("%1", when)
    if delta == 0:
        return translate("ContactListModel", "Due today (%1)").replace("%1", when)
    return translate("ContactListModel", "Due %1").replace("%1", when)


def nameless(row: ContactRow) -> bool:
    """Neither a name nor an organisation: the list shows a muted, italic stand-in."""
    return not row.full_name.strip() and not row.organization.strip()


# What a row's cells paint, made once per row fetched so that a repaint's questions are
# tuple lookups (issue 18: a repaint asks ~7 roles of every cell): the text of each column
# in ``Column`` order, then each column's font and text colour (``None``: the view's own),
# ``None`` for a row that has none of them.
Cells = tuple[tuple[str, ...], tuple[QFont | None, ...] | None, tuple[QColor | None, ...] | None]


def cells(row: ContactRow, today: dt.date) -> Cells:
    """The texts, fonts and colours of *row*'s cells (``Cells``)."""
    when = row.last_interaction_at
    day = row.next_followup_on
    texts = (
        row.display_name,
        row.organization if row.full_name.strip() else "",
        stage_label(row.stage),
        ", ".join(row.tags),
        relative_day(when.date(), today) if when else "",
        relative_day(day, today) if day else "",
    )
    fonts: tuple[QFont | None, ...] | None = None
    name_colour = None
    if nameless(row):
        italic = QFont()
        italic.setItalic(True)
        fonts = (italic, *(None,) * (len(_COLUMNS) - 1))
        name_colour = QColor(tokens.colours().muted)
    due_colour = None
    if day is not None and day <= today:
        due_colour = QColor(tokens.colours().error if day < today else tokens.colours().warning)
    colours = None
    if name_colour is not None or due_colour is not None:
        colours = (name_colour, None, None, None, None, due_colour)
    return texts, fonts, colours


def tooltip(row: ContactRow, col: Column, today: dt.date) -> str | None:
    if col is Column.NAME or col is Column.ORGANIZATION:
        title, org = row.title.strip(), row.organization.strip()
        at = translate("ContactListModel", "%1 at %2")
        role = (at.replace("%1", row.title).replace("%2", row.organization) if title and org
                else row.title if title else row.organization if org else "")
        return f"{row.display_name}\n{role}" if role else row.display_name
    if col is Column.TAGS:
        return "\n".join(row.tags) if row.tags else None
    if col is Column.LAST_INTERACTION:
        when = row.last_interaction_at
        return (translate("ContactListModel", "Last interaction %1").replace(
            "%1", short_date(when.date())) if when
            else translate("ContactListModel", "No interactions yet"))
    if col is Column.NEXT_FOLLOWUP:
        day = row.next_followup_on
        return (followup_tooltip(day, today) if day
                else translate("ContactListModel", "No follow-up planned"))
    return None
