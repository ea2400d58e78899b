"""The import preview's building blocks: the table model of cards, the per-card choice
delegate, the count tiles and the preview's style sheet.

Contact text is data: names reach the screen through item-model display text, never rich
text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.importer import (
    Action,
    CardKey,
    ImportPreview,
    Policy,
    PreviewCard,
)
from desktop.ui.common import tokens
from desktop.ui.common.plain_text import plain_tooltip
from desktop.ui.common.translatable import QT_TRANSLATE_NOOP

AnyIndex = QModelIndex | QPersistentModelIndex

POLICY_LABELS: dict[Policy, str] = {
    Policy.MERGE: QT_TRANSLATE_NOOP("PreviewCardModel", "Merge"),
    Policy.KEEP_BOTH: QT_TRANSLATE_NOOP("PreviewCardModel", "Keep both"),
    Policy.SKIP: QT_TRANSLATE_NOOP("PreviewCardModel", "Skip"),
}

def policy_label(policy: Policy) -> str:
    return QCoreApplication.translate("PreviewCardModel", POLICY_LABELS[policy])
NEW_COLOUR = "#059669"
MERGE_COLOUR = "#2563eb"
REJECT_COLOUR = "#b45309"


def _mix(a: QColor, b: QColor, t: float) -> str:
    """*a* moved a fraction *t* towards *b*, as #rrggbb."""
    return QColor(round(a.red() + (b.red() - a.red()) * t),
                  round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t)).name()


def dialog_style(palette: QPalette) -> str:
    """The preview's stylesheet, from the palette (so a dark theme stays readable)."""
    base = palette.color(QPalette.ColorRole.Base)
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.Text)
    border = _mix(window, text, 0.16)
    tile = _mix(window, base, 0.6)
    header_text = _mix(base, text, 0.6)
    return f"""
#CountTile {{ background: {tile}; border: 1px solid {border}; border-radius: 8px; }}
#CountTile QLabel {{ background: transparent; border: none; }}
#PreviewTable, #RejectedList {{ border: 1px solid {border}; border-radius: 6px; }}
#PreviewTable::item {{ padding: 0 6px; border: none; }}
#PreviewTable QHeaderView::section {{
    background: {base.name()}; color: {header_text}; border: none;
    border-bottom: 1px solid {border}; padding: 5px 10px;
}}
#RejectedList::item {{ padding: 3px 6px; }}
"""


def short_path(text: str, path: str) -> str:
    """*text* with the full *path* at its start shortened to the file's name."""
    if path and path in text:
        return text.replace(path, Path(path).name)
    return text


class PreviewCardModel(QAbstractTableModel):
    """The preview's cards, one row each, and the user's choice for those that match.

    Private state: ``_cards`` is the preview's card tuple (held in full: it is already in
    memory, and a table model over it is cheap at any size); ``_policies`` holds the
    choices that differ from ``_default`` (Merge), keyed like ``run_import`` wants them.
    """

    NAME, FILE, ACTION, DETAILS = range(4)
    HEADERS = (QT_TRANSLATE_NOOP("PreviewCardModel", "Name"),
               QT_TRANSLATE_NOOP("PreviewCardModel", "File"),
               QT_TRANSLATE_NOOP("PreviewCardModel", "Action"),
               QT_TRANSLATE_NOOP("PreviewCardModel", "Details"))
    PolicyRole = Qt.ItemDataRole.UserRole + 1
    IsMatchRole = Qt.ItemDataRole.UserRole + 2

    policies_changed = Signal()

    def __init__(self, preview: ImportPreview, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cards: tuple[PreviewCard, ...] = preview.cards
        self._policies: dict[CardKey, Policy] = {}
        self._default = Policy.MERGE
        self._muted = QColor()

    # --- Qt ---------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return self.tr(self.HEADERS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.ACTION and self._cards[index.row()].action is Action.MERGE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return card.display_name or self.tr("(no name)")
            if column == self.FILE:
                return f"{Path(card.source).name}:{card.line}"
            if column == self.ACTION:
                return self._action_text(card)
            if column == self.DETAILS:
                return self._details(card)
        elif role == Qt.ItemDataRole.ToolTipRole:  # card text is data: never markup
            if column == self.FILE:
                return plain_tooltip(f"{card.source}:{card.line}")
            if column == self.DETAILS and (card.action is Action.MERGE or card.note):
                return plain_tooltip(self._details(card, short=False))
        elif role == Qt.ItemDataRole.ForegroundRole:
            if self.policy(card) is Policy.SKIP and self._muted.isValid():
                return self._muted
        elif role == self.PolicyRole:
            return self.policy(card)
        elif role == self.IsMatchRole:
            return card.action is Action.MERGE
        elif role == Qt.ItemDataRole.EditRole and column == self.ACTION:
            return self.policy(card)
        return None

    def setData(self, index: AnyIndex, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or index.column() != self.ACTION or not isinstance(value, Policy)):
            return False
        card = self._cards[index.row()]
        if card.action is not Action.MERGE or self.policy(card) is value:
            return False
        self._set(card, value)
        self.dataChanged.emit(self.index(index.row(), 0),
                              self.index(index.row(), self.columnCount() - 1))
        self.policies_changed.emit()
        return True

    # --- ours -------------------------------------------------------------------------

    def set_muted_colour(self, colour: QColor) -> None:
        self._muted = colour

    def card(self, row: int) -> PreviewCard:
        return self._cards[row]

    def policy(self, card: PreviewCard) -> Policy:
        return self._policies.get(card.key, self._default)

    def policies(self) -> dict[CardKey, Policy]:
        """The choices to pass to ``run_import`` (cards not listed are merged)."""
        return dict(self._policies)

    def set_all_matches(self, policy: Policy) -> None:
        """One choice for every card that matches a contact."""
        for card in self._cards:
            if card.action is Action.MERGE:
                self._set(card, policy)
        if self._cards:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._cards) - 1, self.columnCount() - 1))
        self.policies_changed.emit()

    def importing_count(self) -> int:
        """How many cards an import with the current choices takes (not skipped)."""
        skipped = sum(1 for p in self._policies.values() if p is Policy.SKIP)
        return len(self._cards) - skipped

    def _set(self, card: PreviewCard, policy: Policy) -> None:
        if policy is self._default:
            self._policies.pop(card.key, None)
        else:
            self._policies[card.key] = policy

    def _action_text(self, card: PreviewCard) -> str:
        if card.action is Action.NEW:
            return self.tr("New")
        return policy_label(self.policy(card))

    def _details(self, card: PreviewCard, *, short: bool = True) -> str:
        if card.action is Action.NEW:
            if card.note:
                # A number shared with a contact the rules kept apart (issue 11): Find
                # Duplicates offers the pair.
                return self.tr("New contact — %1").replace("%1", card.note)
            return self.tr("New contact")
        reason = short_path(card.reason, card.source) if short else card.reason
        if card.match_id is None:
            # It matches a card earlier in this import, which the reason names
            # ("same UID as the card at phone.vcf:12").
            return reason[:1].upper() + reason[1:]
        return self.tr("Matches %1: %2").replace(
            "%1", card.match_name or self.tr("a contact")).replace("%2", reason)


class PolicyDelegate(QStyledItemDelegate):
    """The Action column: a combo box (Merge / Keep both / Skip) for cards that match a
    contact, painted as one on every such row and opened on click; "New" elsewhere."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        if not index.data(PreviewCardModel.IsMatchRole):
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            opt.palette.setColor(QPalette.ColorRole.Text,
                                 QColor(tokens.readable(NEW_COLOUR, opt.palette)))
            opt.font.setWeight(QFont.Weight.DemiBold)
            super().paint(painter, opt, index)
            return
        base = QStyleOptionViewItem(option)
        self.initStyleOption(base, index)
        base.text = ""
        widget = base.widget
        qstyle = widget.style() if widget is not None else None
        if qstyle is None:
            super().paint(painter, option, index)
            return
        qstyle.drawControl(QStyle.ControlElement.CE_ItemViewItem, base, painter, widget)
        combo = QStyleOptionComboBox()
        combo.initFrom(widget)
        rect: QRect = option.rect
        combo.rect = rect.adjusted(4, 3, -6, -3)
        combo.currentText = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        combo.state = QStyle.StateFlag.State_Enabled
        combo.editable = False
        combo.frame = True
        # Drawn without the widget, so the table's style sheet (item padding) does not
        # reach the combo box: it looks like the real one the click opens.
        qstyle.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, combo, painter, None)
        qstyle.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, combo, painter, None)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        for policy in POLICY_LABELS:
            combo.addItem(policy_label(policy), policy)
        combo.setAccessibleName(self.tr("What to do with this card"))
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            position = editor.findData(index.data(PreviewCardModel.PolicyRole))
            editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: AnyIndex) -> None:
        rect: QRect = option.rect
        editor.setGeometry(rect.adjusted(4, 3, -6, -3))

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)


class CountTile(QFrame):
    """A number with a caption under it ("12" / "new")."""

    def __init__(self, caption: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CountTile")
        self._colour = colour
        self.number = QLabel("0", self)
        self.number.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.number.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setWeight(QFont.Weight.DemiBold)
        self.number.setFont(font)
        self.caption = QLabel(caption, self)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 10)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set_count(self, count: int) -> None:
        self.number.setText(f"{count:,}")
        palette = self.number.palette()
        colour = (QColor(tokens.readable(self._colour, self.palette())) if count else
                  self.palette().color(QPalette.ColorRole.PlaceholderText))
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.number.setPalette(palette)
