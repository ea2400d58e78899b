"""The tag manager's table: the model of every tag (category, colour, cadence, how many
people carry it), the category delegate, the cadence spin box and the shared cadence
texts.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.services import tags
from desktop.services.types import TagId, TagInfo
from desktop.ui.common import tokens
from desktop.ui.common.plain_text import plain_tooltip
from desktop.ui.common.translatable import QT_TRANSLATE_NOOP
from desktop.ui.contacts.tag_chips import tag_colour
from desktop.ui.operations import Operations

CATEGORIES: tuple[tuple[str, str], ...] = (
    ("interest", QT_TRANSLATE_NOOP("TagManager", "Interest")),
    ("group", QT_TRANSLATE_NOOP("TagManager", "Group")),
    ("avoid", QT_TRANSLATE_NOOP("TagManager", "Topic to avoid")),
    ("needs", QT_TRANSLATE_NOOP("TagManager", "Need")),
    ("offers", QT_TRANSLATE_NOOP("TagManager", "Offer")),
)
_CATEGORY_LABEL = dict(CATEGORIES)
translate = QCoreApplication.translate

AnyIndex = QModelIndex | QPersistentModelIndex


class Cadences(QObject):
    """A cadence in words, through ``self.tr`` so that lupdate sees the plurals."""

    def text(self, days: int, in_sentence: bool) -> str:
        if days % 7 == 0 and days < 70:
            weeks = days // 7
            if in_sentence:
                return self.tr("every %Ln week(s)", "", weeks)
            return self.tr("Every %Ln week(s)", "", weeks)
        if days % 365 == 0:
            years = days // 365
            if in_sentence:
                return self.tr("every %Ln year(s)", "", years)
            return self.tr("Every %Ln year(s)", "", years)
        if in_sentence:
            return self.tr("every %Ln day(s)", "", days)
        return self.tr("Every %Ln day(s)", "", days)


def cadence_text(days: int | None, in_sentence: bool = False) -> str:
    """A tag's keep-in-touch cadence as the table shows it ("—" for none); *in_sentence*:
    as the middle of a sentence ("every 2 weeks")."""
    if not days:
        return "—"
    return Cadences().text(days, in_sentence)


def _cadence_tooltip(tag: TagInfo) -> str:
    if not tag.keep_in_touch_days:
        return translate("TagManager", "No keep-in-touch cadence for “%1”. Double-click or "
                         "use “Keep in touch…” to follow up with its people regularly.").replace(
            "%1", tag.name)
    return translate("TagManager", "%1 after the last interaction, for the people tagged “%2” "
                     "who have no cadence of their own (theirs wins; with several tags, the "
                     "shortest cadence applies).").replace(
        "%1", cadence_text(tag.keep_in_touch_days)).replace("%2", tag.name)


class TagTableModel(QAbstractTableModel):
    """All tags (a few hundred at most, so held in full), sorted by name.

    Private state: ``_tags`` is the list as last read from ``tags.list_tags()``.
    Editing a name or category goes through ``Operations``; the model re-reads when
    ``changes_applied`` says tags changed.
    """

    NAME, CATEGORY, COLOUR, CADENCE, COUNT = range(5)
    HEADERS = (QT_TRANSLATE_NOOP("TagTableModel", "Name"),
               QT_TRANSLATE_NOOP("TagTableModel", "Category"),
               QT_TRANSLATE_NOOP("TagTableModel", "Colour"),
               QT_TRANSLATE_NOOP("TagTableModel", "Keep in touch"),
               QT_TRANSLATE_NOOP("TagTableModel", "People"))
    TagIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._tags: list[TagInfo] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._tags = tags.list_tags()
        self.endResetModel()

    def tag_at(self, row: int) -> TagInfo | None:
        return self._tags[row] if 0 <= row < len(self._tags) else None

    def row_of(self, tag_id: TagId) -> int:
        return next((i for i, t in enumerate(self._tags) if t.id == tag_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tags)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        if (orientation == Qt.Orientation.Horizontal
                and role == Qt.ItemDataRole.TextAlignmentRole and section == self.COUNT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole
                and section == self.CADENCE):
            return self.tr("How often to follow up with the people who carry the tag, counted "
                           "from the last interaction. A person's own cadence wins.")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in (self.NAME, self.CATEGORY, self.CADENCE):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        tag = self.tag_at(index.row()) if index.isValid() else None
        if tag is None:
            return None
        column = index.column()
        if role == self.TagIdRole:
            return int(tag.id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.NAME:
                return tag.name
            if column == self.CATEGORY:
                return (tag.category if role == Qt.ItemDataRole.EditRole
                        else translate("TagManager",
                                       _CATEGORY_LABEL.get(tag.category, tag.category)))
            if column == self.COLOUR:
                return tokens.colour_title(tag.colour)  # "Blue", never "#3b82f6"
            if column == self.CADENCE:
                return ((tag.keep_in_touch_days or 0) if role == Qt.ItemDataRole.EditRole
                        else cadence_text(tag.keep_in_touch_days))
            if column == self.COUNT:
                return tag.count
        if role == Qt.ItemDataRole.DecorationRole and column == self.COLOUR:
            return tag_colour(tag.name, tag.colour, tag.category)
        if role == Qt.ItemDataRole.ForegroundRole:
            if ((column == self.COLOUR and not tag.colour)
                    or (column == self.CADENCE and not tag.keep_in_touch_days)):
                return QColor(tokens.colours().muted)
            if column == self.CATEGORY and tag.category == "avoid":
                return QColor(tokens.colours().warning)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return plain_tooltip(
                self.tr("%1: %Ln people. Double-click or press F2 to rename.", "", tag.count)
                .replace("%1", tag.name))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CADENCE:
            return plain_tooltip(_cadence_tooltip(tag))
        return None

    def setData(self, index: AnyIndex, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        tag = self.tag_at(index.row()) if index.isValid() else None
        if tag is None or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == self.NAME:
            name = " ".join(str(value).split())
            if name == tag.name:
                return False
            return self._ops.rename_tag(tag.id, name)
        if index.column() == self.CATEGORY:
            category = str(value)
            if category == tag.category:
                return False
            return self._ops.update_tag(tag.id, category=category)
        if index.column() == self.CADENCE:
            try:
                days = int(str(value or 0))
            except ValueError:
                return False
            if days == (tag.keep_in_touch_days or 0):
                return False
            return self._ops.set_tag_cadence(tag.id, days or None)
        return False


def cadence_spin_box(parent: QWidget | None = None) -> QSpinBox:
    """0 (shown as "None") to 36,500 days: the range the tag service accepts."""
    spin = QSpinBox(parent)
    spin.setRange(0, tags.MAX_CADENCE_DAYS)
    spin.setSpecialValueText(translate("TagManager", "None"))
    spin.setPrefix(translate("TagManager", "Every "))
    spin.setSuffix(translate("TagManager", " days"))
    spin.setAccelerated(True)
    spin.setGroupSeparatorShown(True)
    spin.valueChanged.connect(lambda days: spin.setSuffix(
        translate("TagManager", " day") if days == 1
        else translate("TagManager", " days")))
    return spin


class CategoryDelegate(QStyledItemDelegate):
    """Edits the category column with a combo box of the categories, the cadence
    column with a spin box of days."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        if index.column() == TagTableModel.CADENCE:
            return cadence_spin_box(parent)
        if index.column() != TagTableModel.CATEGORY:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for key, label in CATEGORIES:
            combo.addItem(translate("TagManager", label), key)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
            return
        if isinstance(editor, QSpinBox):
            editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
