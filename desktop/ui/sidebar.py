"""The sidebar: the built-in lists, then every tag by category, each with its count.

An entry is identified by a key string, the same one the settings remember:
``"me"``, ``"all"``, ``"due"``, ``"focus"``, ``"last_import"`` or ``"tag:<id>"``.
``entry_filter(key)`` turns a key into the contact list's ``ListFilter``.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.overview import ListCounts
from desktop.services.search import ListFilter, ListKind
from desktop.services.types import TagId, TagInfo
from desktop.ui.common import icons, style, tokens
from desktop.ui.common.plain_text import plain_tooltip
from desktop.ui.common.translatable import QT_TRANSLATE_NOOP

ME = "me"
ALL = "all"
DUE = "due"
FOCUS = "focus"
LAST_IMPORT = "last_import"
ONLY_ASKED = "only_asked"  # people the user has only ever received favours from (issue 4)

BUILT_INS: tuple[tuple[str, str], ...] = (
    (ME, QT_TRANSLATE_NOOP("Sidebar", "My profile")),
    (ALL, QT_TRANSLATE_NOOP("Sidebar", "All contacts")),
    (DUE, QT_TRANSLATE_NOOP("Sidebar", "Due for follow-up")),
    (FOCUS, QT_TRANSLATE_NOOP("Sidebar", "This week's focus")),
    (LAST_IMPORT, QT_TRANSLATE_NOOP("Sidebar", "Last import")),
    (ONLY_ASKED, QT_TRANSLATE_NOOP("Sidebar", "Only ever asked")),
)
ENTRY_ICONS: dict[str, str] = {
    ME: "profile", ALL: "list-all", DUE: "list-due", FOCUS: "list-focus",
    LAST_IMPORT: "list-import", ONLY_ASKED: "list-asked",
}
_TITLES = dict(BUILT_INS)
_KINDS: dict[str, ListKind] = {
    ALL: ListKind.ALL,
    DUE: ListKind.DUE,
    FOCUS: ListKind.FOCUS,
    LAST_IMPORT: ListKind.LAST_IMPORT,
    ONLY_ASKED: ListKind.ONLY_ASKED,
}


def entry_title(key: str) -> str:
    """A built-in list's name in the user's language ("All contacts")."""
    return QCoreApplication.translate("Sidebar", _TITLES[key])


def _entry(info: TagInfo) -> tuple[object, ...]:
    """What a tag's sidebar entry shows besides its count."""
    return info.id, info.name, info.colour, info.category


def tag_key(tag_id: TagId) -> str:
    return f"tag:{int(tag_id)}"


def entry_filter(key: str, text: str = "") -> ListFilter | None:
    """The list filter an entry stands for (None for "My profile", or an unknown key)."""
    if key in _KINDS:
        return ListFilter(kind=_KINDS[key], text=text)
    if key.startswith("tag:"):
        try:
            tag_id = TagId(int(key[4:]))
        except ValueError:
            return None
        return ListFilter(kind=ListKind.TAG, tag_id=tag_id, text=text)
    return None


KeyRole = Qt.ItemDataRole.UserRole + 1
CountRole = Qt.ItemDataRole.UserRole + 2  # int, or None for no count
ColourRole = Qt.ItemDataRole.UserRole + 3  # "#rrggbb" for tags
HeaderRole = Qt.ItemDataRole.UserRole + 4  # True on section titles

_ROW_HEIGHT = 28
_HEADER_HEIGHT = 34
_ICON = 16


class SidebarDelegate(QStyledItemDelegate):
    """Paints an entry as name, tag dot and count; a section title in small capitals."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        height = _HEADER_HEIGHT if index.data(HeaderRole) else _ROW_HEIGHT
        return QSize(option.rect.width(), height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rect: QRect = option.rect
        palette: QPalette = option.palette
        state = option.state
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if index.data(HeaderRole):
            font = QFont(option.font)
            font.setPointSizeF(font.pointSizeF() * 0.82)
            font.setBold(True)
            font.setCapitalization(QFont.Capitalization.AllUppercase)
            font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            text_rect = rect.adjusted(16, 10, -12, -2)
            painter.drawText(
                text_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            painter.restore()
            return

        selected = bool(state & QStyle.StateFlag.State_Selected)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        pill = rect.adjusted(8, 1, -8, -1)
        if selected:
            colour = palette.color(QPalette.ColorRole.Highlight)
            if not state & QStyle.StateFlag.State_Active:
                colour.setAlpha(150)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(pill, 6, 6)
        elif hovered:
            colour = palette.color(QPalette.ColorRole.Highlight)
            colour.setAlpha(28)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(pill, 6, 6)

        fg = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        x = pill.left() + 10
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        colour_name = index.data(ColourRole)
        if isinstance(icon, QIcon):
            mode = QIcon.Mode.Selected if selected else QIcon.Mode.Normal
            icon.paint(painter, QRect(x, rect.center().y() - _ICON // 2 + 1, _ICON, _ICON),
                       Qt.AlignmentFlag.AlignCenter, mode)
            x += _ICON + 8
        elif colour_name is not None:
            dot = QColor(str(colour_name))
            painter.setPen(QColor(255, 255, 255, 200) if selected else Qt.PenStyle.NoPen)
            painter.setBrush(dot)
            size = 9
            painter.drawEllipse(x, rect.center().y() - size // 2, size, size)
            x += size + 9

        font = QFont(option.font)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        count = index.data(CountRole)
        count_text = f"{int(count):,}" if count is not None else ""
        count_width = metrics.horizontalAdvance(count_text) + 8 if count_text else 0
        name_rect = QRect(x, pill.top(), pill.right() - 8 - count_width - x, pill.height())
        painter.setPen(fg)
        # Tag names are data: drawText never interprets markup.
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, name_rect.width())
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         elided)
        if count_text:
            muted = QColor(fg)
            if not selected:
                muted = palette.color(QPalette.ColorRole.PlaceholderText)
            painter.setPen(muted)
            painter.drawText(
                pill.adjusted(0, 0, -10, 0),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                count_text,
            )
        painter.restore()


class Sidebar(QWidget):
    """The list chooser. Private state: ``_key`` is the selected entry's key (what the
    window last heard through ``entry_selected``); ``_items`` finds an entry by key."""

    entry_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Sidebar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._key = ""
        self._items: dict[str, QStandardItem] = {}
        self._collapsed: set[str] = set()
        self._tags: list[TagInfo] | None = None  # the tags shown (None: none yet)

        self.model = QStandardItemModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("SidebarView")
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setRootIsDecorated(False)
        self.view.setIndentation(0)
        self.view.setUniformRowHeights(False)
        self.view.setItemDelegate(SidebarDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setMouseTracking(True)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setAccessibleName(self.tr("Lists and tags"))
        self.view.clicked.connect(self._on_clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addWidget(self.view)

        for key, _title in BUILT_INS:
            item = self._entry_item(key, entry_title(key))
            item.setData(icons.icon(ENTRY_ICONS[key]), Qt.ItemDataRole.DecorationRole)
            self.model.appendRow(item)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)

    # --- content --------------------------------------------------------------------------

    def _entry_item(self, key: str, title: str) -> QStandardItem:
        item = QStandardItem(title)
        item.setEditable(False)
        item.setData(key, KeyRole)
        item.setToolTip(plain_tooltip(title))
        self._items[key] = item
        return item

    def set_counts(self, counts: ListCounts) -> None:
        for key, value in ((ALL, counts.all), (DUE, counts.due), (FOCUS, counts.focus),
                           (LAST_IMPORT, counts.last_import)):
            item = self._items[key]
            shown = value if value or key == ALL else None
            if item.data(CountRole) != shown:
                item.setData(shown, CountRole)

    def set_tags(self, tags: list[TagInfo]) -> None:
        """Show *tags* under their category sections; keeps the selection if it still exists
        (a deleted tag's entry falls back to "All contacts" and says so). The same tags
        as shown leave the entries as they are: after a follow-up changed, rebuilding and
        repainting them all took ~15 ms of the UI thread at 100,000 contacts (issue 18)."""
        if tags == self._tags:
            return
        if self._tags is not None and [_entry(t) for t in tags] == [
                _entry(t) for t in self._tags]:
            # Only counts changed (tagging people): those entries repaint, the rest stay
            # (rebuilding them all relaid and repainted the sidebar, issue 18).
            for old, info in zip(self._tags, tags, strict=True):
                if old.count != info.count:
                    self._items[tag_key(info.id)].setData(info.count, CountRole)
            self._tags = list(tags)
            return
        self._tags = list(tags)
        for key in [k for k in self._items if k.startswith(("tag:", "section:"))]:
            del self._items[key]
        # No flicker of selection signals while rebuilding: the selection model's are
        # held, never the model's. With the model's held, the view never heard of the
        # rows going and kept its indexes into the freed items: once the last tag went
        # (no row appended after), its next paint read them and the process crashed
        # (the segmentation fault of a restore over a book with tags, 2026-12-04).
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        try:
            if self.model.rowCount() > len(BUILT_INS):
                self.model.removeRows(len(BUILT_INS), self.model.rowCount() - len(BUILT_INS))
        finally:
            selection.blockSignals(False)
        by_category: dict[str, list[TagInfo]] = {}
        for info in tags:
            category = info.category if info.category in style.CATEGORY_TITLES else "interest"
            by_category.setdefault(category, []).append(info)
        for category in style.CATEGORY_ORDER:
            members = by_category.get(category)
            if not members:
                continue
            header = QStandardItem(style.category_title(category))
            header.setEditable(False)
            header.setSelectable(False)
            header.setData(True, HeaderRole)
            header.setData(f"section:{category}", KeyRole)
            header.setToolTip(self.tr("Click to show or hide"))
            self._items[f"section:{category}"] = header
            for info in members:
                item = self._entry_item(tag_key(info.id), info.name)
                item.setData(info.count, CountRole)
                item.setData(tokens.tag_colour(info.name, info.colour, info.category).name(),
                             ColourRole)
                header.appendRow(item)
            self.model.appendRow(header)
            if category not in self._collapsed:
                self.view.expand(header.index())
        if self._key and self._key in self._items:
            self._select_item(self._items[self._key])
        elif self._key.startswith("tag:"):
            self.select_key(ALL)

    # --- selection ------------------------------------------------------------------------

    @property
    def current_key(self) -> str:
        return self._key

    def keys(self) -> list[str]:
        return [k for k in self._items if not k.startswith("section:")]

    def title_of(self, key: str) -> str:
        item = self._items.get(key)
        return item.text() if item is not None else ""

    def select_key(self, key: str) -> bool:
        """Select the entry *key* (emitting ``entry_selected`` if it changed); False if there
        is no such entry."""
        item = self._items.get(key)
        if item is None or item.data(HeaderRole):
            return False
        self._select_item(item)
        self._announce(key)
        return True

    def _select_item(self, item: QStandardItem) -> None:
        index = item.index()
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Current,
        )
        if self.view.isVisible():
            self.view.scrollTo(index)

    def _announce(self, key: str) -> None:
        if key != self._key:
            self._key = key
            self.entry_selected.emit(key)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection
                              ) -> None:
        indexes = selected.indexes()
        if indexes:
            key = indexes[0].data(KeyRole)
            if isinstance(key, str) and not key.startswith("section:"):
                self._announce(key)

    @Slot(QModelIndex)
    def _on_clicked(self, index: QModelIndex) -> None:
        if not index.data(HeaderRole):
            key = index.data(KeyRole)
            if key == ME:  # "My profile" again: show it again even if already selected
                self._key = ""
                self._announce(ME)
            return
        category = str(index.data(KeyRole)).removeprefix("section:")
        if self.view.isExpanded(index):
            self.view.collapse(index)
            self._collapsed.add(category)
        else:
            self.view.expand(index)
            self._collapsed.discard(category)

