"""The contact list's view: a table over ``ContactListModel`` that draws the stage as a
pill and the tags as chips, fits its columns to its width (never a sideways scroll bar),
and says why it is empty ("No one has this tag.")."""

from __future__ import annotations

import functools
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop.services.search import ListFilter, ListKind
from desktop.ui.common import style, tokens
from desktop.ui.contacts.contact_list_model import Column, ContactListModel, stage_label

# Every column keeps its width but Tags, which takes what is left (so the list never
# needs a horizontal scroll bar at 1280 pixels with the detail pane open).
DEFAULT_COLUMN_WIDTHS = (146, 120, 104, 120, 124, 116)
# Which list columns show when not all fit, most wanted first (the rest hide, in this
# order from the end); the Tags column needs room for two chips to be worth showing.
COLUMN_PRIORITY = (Column.NAME, Column.NEXT_FOLLOWUP, Column.STAGE, Column.ORGANIZATION,
                   Column.TAGS, Column.LAST_INTERACTION)
TAGS_MIN_WIDTH = 150
MIN_COLUMN_WIDTH = 60


# --- the cells' look ---------------------------------------------------------------------


@functools.lru_cache(maxsize=512)
def _pill_colours_of(name: str, dark: bool) -> tuple[QColor, QColor]:
    """``_pill_colours`` of a colour name, remembered: a repaint draws dozens of pills in
    a handful of colours (issue 18: a repaint costs what the painting does)."""
    return _pill_colours(QColor(name or style.DEFAULT_TAG_COLOUR), dark)


def _pill_colours(colour: QColor, dark: bool) -> tuple[QColor, QColor]:
    """(background, text) of a pill tinted with *colour*, readable on light and dark."""
    bg, _border, fg = tokens.chip_colours(colour, dark)
    return bg, fg


class CellLook:
    """What the list's cells derive from the view's palette and font, worked out once per
    palette and font instead of for every cell painted (each stage and tags cell copied
    and sized a font, built its key and weighed the palette's darkness: issue 18).

    ``dark``: the palette is a dark one; ``stage_font`` / ``tags_font`` (with their
    ``*_key``) the stage pill's and the tag chips' fonts; ``tag_widths`` the chips' text
    widths in ``tags_font``. Private state: ``_selected_muted`` holds the secondary text
    colour of a selected row in each of its states (the contrast arithmetic for every
    selected row was a quarter of a repaint of a selected page)."""

    def __init__(self, palette: QPalette, font: QFont) -> None:
        self.font = QFont(font)  # the view's font this look was made for
        self.dark = style.is_dark(palette)
        stage = QFont(font)
        stage.setPointSizeF(stage.pointSizeF() * 0.9)
        stage.setWeight(QFont.Weight.DemiBold)
        self.stage_font, self.stage_font_key = stage, stage.key()
        tags = QFont(font)
        tags.setPointSizeF(tags.pointSizeF() * 0.86)
        self.tags_font, self.tags_font_key = tags, tags.key()
        self.tag_widths: dict[str, int] = {}
        self._selected_muted = {
            state: QColor(style.mix(fg, bg, 0.2))
            for state, (bg, fg) in style.list_item_colours(palette).items()
            if state.startswith(("selected", "inactive"))
        }

    def muted(self, opt: QStyleOptionViewItem) -> QColor:
        """A secondary text colour ("+3") that reads on the row's background in its state:
        the placeholder grey on a plain row, the selection's own text colour, softened, on
        a selected one (grey on the selection blue was unreadable)."""
        state = opt.state
        if not state & _SELECTED:
            return opt.palette.color(_PLACEHOLDER)
        return self._selected_muted[("selected" if state & _ACTIVE else "inactive")
                                    + ("_hover" if state & _HOVER else "")]


class CellLooks:
    """The ``CellLook`` of each palette the cells are painted with (a window's active and
    inactive palettes, light and dark), made on first use. A palette changed is another
    palette (its ``cacheKey``); a look made for another font is made again."""

    def __init__(self) -> None:
        self._looks: dict[int, CellLook] = {}

    def of(self, opt: QStyleOptionViewItem) -> CellLook:
        palette = opt.palette
        key = palette.cacheKey()
        look = self._looks.get(key)
        font = opt.font
        if look is None or look.font != font:
            if len(self._looks) > 16:
                self._looks.clear()
            look = self._looks[key] = CellLook(palette, font)
        return look

    def clear(self) -> None:
        self._looks.clear()


def _draw_cell_background(
    painter: QPainter,
    option: QStyleOptionViewItem,
    index: QModelIndex | QPersistentModelIndex,
) -> QStyleOptionViewItem:
    """Paint a cell's background (selection, hover) the usual way but no text: the stage
    and tag delegates draw their own. Returns the cell's option. The model gives these
    cells no font, colour or icon, so the view's option is the cell's as it is (asking
    the model for them, ``initStyleOption``, was 7 calls into Python per cell)."""
    opt = QStyleOptionViewItem(option)
    if isinstance(index, QModelIndex):  # what initStyleOption set (a style may read it)
        opt.index = index
    widget = opt.widget
    qstyle = widget.style() if widget is not None else None
    if qstyle is not None:
        qstyle.drawControl(_ITEM, opt, painter, widget)
    return opt


_ITEM = QStyle.ControlElement.CE_ItemViewItem


class _Pictures:
    """Rendered cell foregrounds (a stage pill, a row of tag chips) by what they show and
    the cell's size: a repaint blits them instead of drawing each pill again (a list of
    contacts repeats a handful of pictures; issue 18: a repaint costs what Qt's own
    does). Least recently used first out past ``limit``."""

    def __init__(self, limit: int = 2048) -> None:
        self._limit = limit
        self._items: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()

    def clear(self) -> None:
        self._items.clear()

    def forget(self, stale: Callable[[tuple[object, ...]], bool]) -> None:
        """Drop the pictures whose key (without the size) *stale* says are out of date."""
        for key in [k for k in self._items if stale(k)]:
            del self._items[key]

    def draw(self, painter: QPainter, rect: QRect, key: tuple[object, ...],
             render: Callable[[QPainter, QRect], None]) -> None:
        """Blit the picture of *key* at *rect*, rendering it with *render* (on a
        transparent pixmap the size of *rect*, origin at its top-left) the first time."""
        dpr = painter.device().devicePixelRatioF() if painter.device() else 1.0
        full = (*key, rect.width(), rect.height(), dpr)
        pixmap = self._items.get(full)
        if pixmap is None:
            pixmap = QPixmap(max(1, round(rect.width() * dpr)), max(1, round(rect.height() * dpr)))
            pixmap.setDevicePixelRatio(dpr)
            pixmap.fill(Qt.GlobalColor.transparent)
            picture = QPainter(pixmap)
            picture.setRenderHint(QPainter.RenderHint.Antialiasing)
            picture.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            picture.setFont(painter.font())
            render(picture, QRect(0, 0, rect.width(), rect.height()))
            picture.end()
            self._items[full] = pixmap
            if len(self._items) > self._limit:
                self._items.popitem(last=False)
        else:
            self._items.move_to_end(full)
        painter.drawPixmap(rect.topLeft(), pixmap)


class StageDelegate(QStyledItemDelegate):
    """The stage as a small coloured pill ("Trusted")."""

    def __init__(self, parent: QObject | None = None, looks: CellLooks | None = None) -> None:
        super().__init__(parent)
        self._pictures = _Pictures(64)
        self._looks = looks if looks is not None else CellLooks()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = _draw_cell_background(painter, option, index)
        stage = index.data(ContactListModel.StageRole)
        if not stage:
            return
        look = self._looks.of(opt)
        font, dark = look.stage_font, look.dark

        def render(pen: QPainter, rect: QRect) -> None:
            text = stage_label(str(stage))
            pen.setFont(font)
            metrics = pen.fontMetrics()
            width = min(metrics.horizontalAdvance(text) + 16, rect.width() - 12)
            height = metrics.height() + 4
            pill = QRect(rect.left() + 8, rect.center().y() - height // 2 + 1, width, height)
            bg, fg = _pill_colours_of(style.STAGE_COLOURS.get(str(stage), "#64748b"), dark)
            pen.setPen(Qt.PenStyle.NoPen)
            pen.setBrush(bg)
            pen.drawRoundedRect(pill, height / 2, height / 2)
            pen.setPen(fg)
            pen.drawText(pill, Qt.AlignmentFlag.AlignCenter,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - 8))

        self._pictures.draw(painter, opt.rect, (str(stage), dark, look.stage_font_key), render)


class TagsDelegate(QStyledItemDelegate):
    """Tags as compact chips in their tag colours, "+3" when they do not all fit.

    ``colours`` maps a lower-cased tag name to its colour; the window sets it when tags
    change (which forgets the rendered chips).
    """

    def __init__(self, parent: QObject | None = None, looks: CellLooks | None = None) -> None:
        super().__init__(parent)
        self._colours: dict[str, str] = {}
        self._pictures = _Pictures()
        self._looks = looks if looks is not None else CellLooks()

    @property
    def colours(self) -> dict[str, str]:
        return self._colours

    @colours.setter
    def colours(self, colours: dict[str, str]) -> None:
        if colours == self._colours:
            return
        # Only the pictures showing a tag whose colour changed (or that is new: drawn
        # in the default colour) are drawn again: a tag added to a selection otherwise
        # re-rendered every row shown (issue 18).
        changed = {name for name in colours.keys() | self._colours.keys()
                   if colours.get(name) != self._colours.get(name)}
        self._colours = colours
        self._pictures.forget(
            lambda key: any(str(name).lower() in changed for name in key[0]))  # type: ignore[attr-defined]

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = _draw_cell_background(painter, option, index)
        names = tuple(index.data(ContactListModel.TagsRole) or ())
        if not names:
            return
        look = self._looks.of(opt)
        muted = look.muted(opt)

        def render(pen: QPainter, rect: QRect) -> None:
            self._render(pen, rect, names, look, muted)

        self._pictures.draw(painter, opt.rect, (names, look.dark, muted.rgba(),
                                                look.tags_font_key), render)

    def _render(self, painter: QPainter, rect: QRect, names: tuple[str, ...], look: CellLook,
                muted: QColor) -> None:
        painter.setFont(look.tags_font)
        metrics = painter.fontMetrics()
        dark = look.dark
        # Widths measured once per font and text: a newly sorted page draws ~20 rows of
        # chips it has not drawn before (issue 18).
        widths = look.tag_widths
        if len(widths) > 4096:
            widths.clear()

        def width(text: str) -> int:
            known = widths.get(text)
            if known is None:
                known = widths[text] = metrics.horizontalAdvance(text)
            return known

        height = metrics.height() + 2
        top = rect.center().y() - height // 2 + 1
        x = rect.left() + 8
        right = rect.right() - 6
        count = len(names)
        for i, name in enumerate(names):
            rest = count - i
            more_width = width(f"+{rest - 1}") + 6 if rest > 1 else 0
            text = str(name)
            chip_width = full_width = width(text) + 12
            available = right - x - more_width
            if chip_width > available:
                if i == 0 and available > 40:  # at least the first tag, elided
                    chip_width = available
                else:
                    painter.setPen(muted)
                    painter.drawText(QRect(x, rect.top(), right - x, rect.height()),
                                     _LEFT_VCENTER, f"+{rest}")
                    break
            bg, fg = _pill_colours_of(
                self._colours.get(text.lower(), style.DEFAULT_TAG_COLOUR), dark)
            chip = QRect(x, top, chip_width, height)
            painter.setPen(_NO_PEN)
            painter.setBrush(bg)
            painter.drawRoundedRect(chip, 4, 4)
            painter.setPen(fg)
            # drawText never interprets markup: a tag called "<b>" shows as typed. A whole
            # chip has 2 pixels to spare: only a cut one elides.
            painter.drawText(chip, _CENTER, text if chip_width == full_width
                             else metrics.elidedText(text, _ELIDE_RIGHT, chip_width - 10))
            x += chip_width + 4


# Looked up once: an enum member read from Python costs as much as drawing a line of text.
_HOVER_EDGES = (QEvent.Type.HoverEnter, QEvent.Type.HoverLeave)
_NO_PEN = Qt.PenStyle.NoPen
_CENTER = Qt.AlignmentFlag.AlignCenter
_LEFT_VCENTER = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ELIDE_RIGHT = Qt.TextElideMode.ElideRight
_SELECTED = QStyle.StateFlag.State_Selected
_ACTIVE = QStyle.StateFlag.State_Active
_HOVER = QStyle.StateFlag.State_MouseOver
_PLACEHOLDER = QPalette.ColorRole.PlaceholderText


class ContactTable(QTableView):
    """The list view over *model*: rows selected whole, sorted by header clicks (in SQL,
    by the model), the columns that fit its width, and a one-line hint when the list is
    empty. ``first_painted`` is emitted once, when its rows (or its hint) first paint."""

    first_painted = Signal()

    def __init__(self, model: ContactListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = self.tr("No contacts")
        # Paint as in the active window although the window is not (its own progress
        # dialog is: see main_window.activation).
        self.looks_active = False
        self._painted = False
        self._fitting = False
        self._column_widths = list(DEFAULT_COLUMN_WIDTHS)
        self.setObjectName("ContactTable")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(False)
        self.setMouseTracking(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAccessibleName(self.tr("Contacts"))
        self.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        vheader = self.verticalHeader()
        vheader.hide()
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(style.ROW_HEIGHT)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionsMovable(False)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setMinimumSectionSize(MIN_COLUMN_WIDTH)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        # Not setSortingEnabled: that sorts at once (a second query at start-up); the
        # indicator's signal re-queries in SQL on each header click instead.
        header.sortIndicatorChanged.connect(model.sort)
        header.setSectionResizeMode(Column.TAGS, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._on_column_resized)
        # The cells' look by palette and font, shared by the delegates.
        self.cell_looks = CellLooks()
        self.setItemDelegateForColumn(Column.STAGE, StageDelegate(self, self.cell_looks))
        self.tags_delegate = TagsDelegate(self, self.cell_looks)
        self.setItemDelegateForColumn(Column.TAGS, self.tags_delegate)
        # The headers get a selection model of their own, always empty: with the table's,
        # a header section asks whether its whole column is selected, row by row, on
        # every paint (a select-all of 100,000 rows froze the window for seconds; issue
        # 18). Header clicks sort, they never select a column, so nothing is lost.
        self._header_selection = QItemSelectionModel(model, self)
        header.setSelectionModel(self._header_selection)
        vheader.setSelectionModel(self._header_selection)
        # Rows appended below the last one shown (the rest of a long list coming in after
        # the first page) change the scroll bar, not what is painted (see doItemsLayout).
        self._appended_below = False
        model.rowsInserted.connect(self._on_rows_inserted)
        # The viewport's updates are off from a reset (or a scroll to a selection restored,
        # see hold_paint) until its rows' own turn (only when this view turned them off:
        # ``_held``).
        self._held = False
        model.modelAboutToBeReset.connect(self.hold_paint)
        model.modelReset.connect(self._lay_out_now)

    @Slot()
    def hold_paint(self) -> None:
        """The rows shown are about to change (a reset, a jump to another part of the
        list): they paint once the change is done, in a turn of their own, after
        ``paint_later`` (the reset's own ``_lay_out_now`` calls it)."""
        viewport = self.viewport()
        if self.isVisible() and viewport.updatesEnabled():
            viewport.setUpdatesEnabled(False)
            self._held = True

    def paint_later(self) -> None:
        """The rows a ``hold_paint`` held are read at the end of this turn and painted in a
        later one (issue 18: a header click's query, the reset, the rows' reading and
        their paint made one stall)."""
        if self._held:
            # 0: after the turn's other slots (the selection kept scrolls the list);
            # 1: a timer, so a later turn of the event loop.
            QTimer.singleShot(0, self, self._read_shown_rows)
            QTimer.singleShot(1, self, self._paint_held_rows)

    @Slot()
    def _lay_out_now(self) -> None:
        """After a reset the rows are laid out at once and painted later (``paint_later``).
        Qt lays the rows out when the view paints next, and that layout asked for one
        more paint of every row shown: each sort painted its first page twice (10-20 ms
        each at 100,000 contacts)."""
        self.executeDelayedItemsLayout()
        self.paint_later()

    @Slot()
    def _read_shown_rows(self) -> None:
        """Read the rows about to be painted (their texts made): a paint only paints."""
        model = self.model()
        first = self.rowAt(0)
        if model is None or first < 0:
            return
        last = self.rowAt(self.viewport().height() - 1)
        for row in range(first, (last if last >= 0 else model.rowCount() - 1) + 1):
            model.data(model.index(row, 0))

    @Slot()
    def _paint_held_rows(self) -> None:
        if self._held:
            self._held = False
            self.viewport().setUpdatesEnabled(True)  # which repaints it

    @Slot(QModelIndex, int, int)
    def _on_rows_inserted(self, parent: QModelIndex, first: int, _last: int) -> None:
        last_shown = self.rowAt(self.viewport().height() - 1)
        self._appended_below = not parent.isValid() and 0 <= last_shown < first

    def doItemsLayout(self) -> None:
        """Qt lays the rows out again after any change of the row count and repaints
        every row shown (20-25 ms with the stylesheet, at start-up when the 100,000 ids
        after the first page arrive; issue 18). Rows appended below the ones shown need
        only the scroll bar's new range."""
        if self._appended_below:
            self._appended_below = False
            self.updateGeometries()
            return
        super().doItemsLayout()

    def initViewItemOption(self, option: QStyleOptionViewItem) -> None:
        super().initViewItemOption(option)
        if self.looks_active:
            option.state |= QStyle.StateFlag.State_Active
            option.palette.setCurrentColorGroup(QPalette.ColorGroup.Active)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            rect = self.viewport().rect().adjusted(24, 40, -24, 0)
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                self.empty_text,
            )
            painter.end()

    def changeEvent(self, event: QEvent) -> None:
        # A new palette or font makes new looks (see CellLooks): the old ones go.
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.cell_looks.clear()
        super().changeEvent(event)

    def show_empty_text_for(self, flt: ListFilter) -> None:
        """The hint the list shows when *flt* finds no one."""
        self.empty_text = self._empty_text(flt)

    def _empty_text(self, flt: ListFilter) -> str:
        if flt.text.strip():
            return self.tr("No contacts match “%1”").replace("%1", flt.text.strip())
        if flt.kind is ListKind.DUE:
            return self.tr("Nothing due. You're up to date with everyone.")
        if flt.kind is ListKind.FOCUS:
            return self.tr("No one in this week's focus yet.")
        if flt.kind is ListKind.LAST_IMPORT:
            return self.tr("Nothing imported yet.")
        if flt.kind is ListKind.ONLY_ASKED:
            return self.tr("No one you have only asked from. Give before you ask.")
        if flt.kind is ListKind.TAG:
            return self.tr("No one has this tag.")
        return self.tr("No contacts")

    # --- columns ---------------------------------------------------------------------------

    @property
    def column_widths(self) -> list[int]:
        """Each column's width as the user left it (hidden columns keep theirs)."""
        return list(self._column_widths)

    def set_column_widths(self, widths: list[int]) -> None:
        """Saved widths (the defaults if they do not match the columns), then fit."""
        if len(widths) != len(Column):
            widths = list(DEFAULT_COLUMN_WIDTHS)
        self._column_widths = [max(width, MIN_COLUMN_WIDTH) for width in widths]
        self.fit_columns()

    def event(self, event: QEvent) -> bool:
        if event.type() in _HOVER_EDGES:
            return True  # see viewportEvent
        return super().event(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() in _HOVER_EDGES:
            # The mouse came in or went out (or a dialog of the window's blocked it, a
            # progress dialog): the stylesheet's hover rules made Qt repaint the whole
            # table for it, every row shown (issue 18: a full page of selected rows, when
            # tagging a selection from the list's menu). The hovered row follows the mouse
            # (moves, and Leave) and repaints alone; nothing else here has a hover look.
            return True
        handled = super().viewportEvent(event)
        if event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return handled

    def fit_columns(self) -> None:
        """Show the columns that fit the list's width, most useful first, and never a
        sideways scroll: at 1024 pixels "Next follow-up" was off-screen and the Tags column
        showed one cut-off chip. Tags take the room left, and show only with room for two
        chips; the others keep their (saved) widths."""
        if self._fitting:
            return
        self._fitting = True
        try:
            room = self.viewport().width()
            shown: set[Column] = set()
            used = 0
            for column in COLUMN_PRIORITY:
                need = TAGS_MIN_WIDTH if column == Column.TAGS else self._column_widths[column]
                if column == Column.NAME or used + need <= room:
                    shown.add(column)
                    used += need
            for column in Column:
                hidden = column not in shown
                if self.isColumnHidden(column) != hidden:
                    self.setColumnHidden(column, hidden)
                if not hidden and column != Column.TAGS:
                    self.setColumnWidth(column, self._column_widths[column])
            # Without the Tags column (which takes the room left) the last column does.
            self.horizontalHeader().setStretchLastSection(Column.TAGS not in shown)
        finally:
            self._fitting = False

    @Slot(int, int, int)
    def _on_column_resized(self, column: int, _old: int, new: int) -> None:
        """The user dragged a column's edge: keep its width, and fit the others again."""
        if self._fitting or new <= 0 or column == Column.TAGS:
            return
        if self.horizontalHeader().stretchLastSection() and column == max(
                c for c in Column if not self.isColumnHidden(c)):
            return  # stretched to the list's width (no Tags column), not the user's choice
        self._column_widths[column] = new
        QTimer.singleShot(0, self, self.fit_columns)
