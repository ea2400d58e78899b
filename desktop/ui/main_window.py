"""The main window: sidebar | contact list | detail pane, menus, toolbar, status bar.

Reads go through ``desktop.services``; every change goes through ``Operations`` and
comes back as ``changes_applied``, the one signal this window refreshes from.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QFrame,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import contacts, overview, tags
from desktop.services.search import ListFilter, ListKind
from desktop.services.types import Changes, ContactId, TagInfo
from desktop.ui import sidebar as sb
from desktop.ui.common import fit, focus, formatting, icons, style, tokens
from desktop.ui.common.settings import Settings
from desktop.ui.common.translatable import QT_TRANSLATE_NOOP
from desktop.ui.common.workers import (
    Worker,
    close_progress,
    progress_dialog,
    show_progress,
    start_job,
)
from desktop.ui.contacts.contact_list_model import Column, ContactListModel, stage_label
from desktop.ui.empty_state import EmptyState
from desktop.ui.operations import Operations
from desktop.ui.sidebar import Sidebar

if TYPE_CHECKING:
    from desktop.ui.capture.dialog import CaptureDialog
    from desktop.ui.contacts.detail_pane import DetailPane
    from desktop.ui.contacts.duplicates_dialog import DuplicatesDialog
    from desktop.ui.importing.export_dialog import ExportDialog
    from desktop.ui.importing.import_dialog import ImportPreviewDialog

SEARCH_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "MainWindow", "Search names, organisations, emails, phones, tags, notes…")
SEARCH_DEBOUNCE_MS = 30
DEMO_PEOPLE = 300
VIEW_LIST = "list"
VIEW_CALENDAR = "calendar"
VIEW_NETWORK = "network"
# name, title, tip, icon (the titles and tips are translated where they are shown)
VIEWS = (
    (VIEW_LIST, QT_TRANSLATE_NOOP("MainWindow", "&Contacts"),
     QT_TRANSLATE_NOOP("MainWindow", "The contact list"), "view-list"),
    (VIEW_CALENDAR, QT_TRANSLATE_NOOP("MainWindow", "C&alendar"),
     QT_TRANSLATE_NOOP("MainWindow", "Follow-ups, meetings and birthdays by day"),
     "view-calendar"),
    (VIEW_NETWORK, QT_TRANSLATE_NOOP("MainWindow", "&Network"),
     QT_TRANSLATE_NOOP("MainWindow", "Who knows whom: connectors and warm paths"),
     "view-network"),
)
FIRST_PAGE = 200  # rows loaded before the first paint (a tall screen shows ~60)
# Every column keeps its width but Tags, which takes what is left (so the list never
# needs a horizontal scroll bar at 1280 pixels with the detail pane open).
DEFAULT_COLUMN_WIDTHS = (146, 120, 104, 120, 124, 116)
DEFAULT_SPLITTER = (204, 716, 360)
VCARD_SUFFIXES = (".vcf", ".vcard", ".csv")  # vCards and LinkedIn/Google/Outlook CSV
CALENDAR_SUFFIXES = (".ics",)  # dropped calendars open the capture review
VIEWS_MIN_HEIGHT = 240
# Which list columns show when not all fit, most wanted first (the rest hide, in this
# order from the end); the Tags column needs room for two chips to be worth showing.
COLUMN_PRIORITY = (Column.NAME, Column.NEXT_FOLLOWUP, Column.STAGE, Column.ORGANIZATION,
                   Column.TAGS, Column.LAST_INTERACTION)
TAGS_MIN_WIDTH = 150
SIDEBAR_MIN = 150
DETAIL_MIN = 360  # the detail pane's own least width (its stage and timeline buttons)
VIEWS_MIN_WIDTH = 260  # the middle column's least width, whatever its views would like


# --- the list's look -------------------------------------------------------------------


@functools.lru_cache(maxsize=512)
def _pill_colours_of(name: str, dark: bool) -> tuple[QColor, QColor]:
    """``_pill_colours`` of a colour name, remembered: a repaint draws dozens of pills in
    a handful of colours (issue 18: a repaint costs what the painting does)."""
    return _pill_colours(QColor(name or style.DEFAULT_TAG_COLOUR), dark)


def _pill_colours(colour: QColor, dark: bool) -> tuple[QColor, QColor]:
    """(background, text) of a pill tinted with *colour*, readable on light and dark."""
    bg, _border, fg = tokens.chip_colours(colour, dark)
    return bg, fg


def _muted_text(opt: QStyleOptionViewItem) -> QColor:
    """A secondary text colour ("+3") that reads on the row's background in its state:
    the placeholder grey on a plain row, the selection's own text colour, softened, on a
    selected one (grey on the selection blue was unreadable)."""
    palette: QPalette = opt.palette
    if not opt.state & QStyle.StateFlag.State_Selected:
        return palette.color(QPalette.ColorRole.PlaceholderText)
    active = bool(opt.state & QStyle.StateFlag.State_Active)
    hover = bool(opt.state & QStyle.StateFlag.State_MouseOver)
    state = ("selected" if active else "inactive") + ("_hover" if hover else "")
    bg, fg = style.list_item_colours(palette)[state]
    return QColor(style.mix(fg, bg, 0.2))


def _draw_cell_background(
    delegate: QStyledItemDelegate,
    painter: QPainter,
    option: QStyleOptionViewItem,
    index: QModelIndex | QPersistentModelIndex,
) -> QStyleOptionViewItem:
    """Paint a cell's background (selection, hover) the usual way but no text: the stage
    and tag delegates draw their own. Returns the initialised option."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    opt.text = ""
    widget = opt.widget
    qstyle = widget.style() if widget is not None else None
    if qstyle is not None:
        qstyle.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
    return opt


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

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pictures = _Pictures(64)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = _draw_cell_background(self, painter, option, index)
        stage = index.data(ContactListModel.StageRole)
        if not stage:
            return
        font = QFont(opt.font)
        font.setPointSizeF(font.pointSizeF() * 0.9)
        font.setWeight(QFont.Weight.DemiBold)
        dark = style.is_dark(opt.palette)

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

        self._pictures.draw(painter, opt.rect, (str(stage), dark, font.key()), render)


class TagsDelegate(QStyledItemDelegate):
    """Tags as compact chips in their tag colours, "+3" when they do not all fit.

    ``colours`` maps a lower-cased tag name to its colour; the window sets it when tags
    change (which forgets the rendered chips).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._colours: dict[str, str] = {}
        self._pictures = _Pictures()

    @property
    def colours(self) -> dict[str, str]:
        return self._colours

    @colours.setter
    def colours(self, colours: dict[str, str]) -> None:
        if colours != self._colours:
            self._colours = colours
            self._pictures.clear()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = _draw_cell_background(self, painter, option, index)
        names = tuple(index.data(ContactListModel.TagsRole) or ())
        if not names:
            return
        dark = style.is_dark(opt.palette)
        muted = _muted_text(opt)
        font = QFont(opt.font)
        font.setPointSizeF(font.pointSizeF() * 0.86)

        def render(pen: QPainter, rect: QRect) -> None:
            self._render(pen, rect, names, font, dark, muted)

        self._pictures.draw(painter, opt.rect, (names, dark, muted.rgba(), font.key()), render)

    def _render(self, painter: QPainter, rect: QRect, names: tuple[str, ...], font: QFont,
                dark: bool, muted: QColor) -> None:
        painter.setFont(font)
        metrics = painter.fontMetrics()
        height = metrics.height() + 2
        top = rect.center().y() - height // 2 + 1
        x = rect.left() + 8
        right = rect.right() - 6
        for i, name in enumerate(names):
            rest = len(names) - i
            more = f"+{rest - 1}" if rest > 1 else ""
            more_width = metrics.horizontalAdvance(more) + 6 if more else 0
            chip_width = metrics.horizontalAdvance(name) + 12
            available = right - x - more_width
            if chip_width > available:
                if i == 0 and available > 40:  # at least the first tag, elided
                    chip_width = available
                else:
                    painter.setPen(muted)
                    painter.drawText(QRect(x, rect.top(), right - x, rect.height()),
                                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                     f"+{rest}")
                    break
            bg, fg = _pill_colours_of(
                self._colours.get(str(name).lower(), style.DEFAULT_TAG_COLOUR), dark)
            chip = QRect(x, top, chip_width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bg)
            painter.drawRoundedRect(chip, 4, 4)
            painter.setPen(fg)
            # drawText never interprets markup: a tag called "<b>" shows as typed.
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter,
                             metrics.elidedText(str(name), Qt.TextElideMode.ElideRight,
                                                chip_width - 10))
            x += chip_width + 4


class ContactTable(QTableView):
    """The list view; paints a one-line hint when the list is empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = QCoreApplication.translate("MainWindow", "No contacts")

    def paintEvent(self, event: QPaintEvent) -> None:
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


class ShortAction(QAction):
    """A toolbar copy of *action* whose text stays short ("Undo"): the full "Undo Delete
    contact" is its tooltip and the Edit menu's text, so a long command name never widens
    the toolbar (QA: it pushed "Network" off the window). It follows *action*'s enabled
    state and triggers it."""

    def __init__(self, action: QAction, text: str, parent: QObject | None = None) -> None:
        super().__init__(text, parent)
        self._action = action
        self.triggered.connect(action.trigger)
        action.changed.connect(self._follow)
        self._follow()

    @Slot()
    def _follow(self) -> None:
        action = self._action
        if not shiboken6.isValid(action):  # the window is closing: it goes first
            return
        self.setEnabled(action.isEnabled())
        self.setIcon(action.icon())
        # "&Undo Edit tag Chess && Go" -> "Undo Edit tag Chess & Go"
        full = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.setToolTip(f"{full} ({key})" if key else full)
        self.setStatusTip(full)


def _undo_key() -> str:
    """The Undo key as this platform writes it ("Ctrl+Z")."""
    return QKeySequence(QKeySequence.StandardKey.Undo).toString(
        QKeySequence.SequenceFormat.NativeText)


# --- the window ------------------------------------------------------------------------


class MainWindow(QMainWindow):
    """Private state: ``_shown_id`` is the contact the detail pane shows (so a refresh
    that keeps it does not reload the pane); ``_kept`` remembers the selection by id
    across a model reset (``_waiting``: the part of it the first page of a long list did
    not hold, restored when the rest arrives); ``_focus_after_refresh`` is a contact that
    just appeared (an undone delete) to select; ``_total`` is the number of contacts (not "me");
    ``_painted`` says the first paint was announced; ``_worker`` is the running demo job;
    ``_detail`` is the detail pane once built (see ``detail``); ``_chosen`` is the contact
    the user last selected, kept while a search hides it so that it is selected again when
    it matches again (``_resetting``: a model reset is under way, not a user's choice).
    """

    first_paint = Signal()  # the list (or the empty state) painted for the first time

    def __init__(
        self,
        ops: Operations,
        settings: Settings | None = None,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.settings = settings if settings is not None else Settings()
        self._today = today
        self._shown_id: ContactId | None = None
        self._kept: tuple[list[ContactId], ContactId | None, int] = ([], None, -1)
        self._waiting: tuple[list[ContactId], ContactId | None, int] | None = None
        self._focus_after_refresh: ContactId | None = None
        self._chosen: ContactId | None = None
        self._resetting = False
        self._total: int | None = None  # known after the first paint
        self._painted = False
        self._worker: Worker | None = None
        self._preload_worker: Worker | None = None
        self._progress: QProgressDialog | None = None
        self._forced_list = False
        self.tag_manager: QWidget | None = None
        self.import_dialog: ImportPreviewDialog | None = None
        self.capture_dialog: CaptureDialog | None = None
        self.duplicates_dialog: DuplicatesDialog | None = None
        self.export_dialog: ExportDialog | None = None

        self.setWindowTitle(self.tr("Rapport"))
        self.setAcceptDrops(True)
        self.setUnifiedTitleAndToolBarOnMac(True)

        # Sidebar.
        self.sidebar = Sidebar(self)
        self.sidebar.setMinimumWidth(SIDEBAR_MIN)

        # The list column: search field above the table.
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("SearchField")
        self.search_field.setPlaceholderText(self.tr(SEARCH_PLACEHOLDER))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setAccessibleName(self.tr("Search contacts"))
        self.search_field.addAction(icons.icon("find"),
                                    QLineEdit.ActionPosition.LeadingPosition)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._apply_search_field)
        self.search_field.textChanged.connect(self._search_timer.start)
        self.search_field.returnPressed.connect(self._focus_list)

        # The first paint needs one screenful of ids; the rest (100,000 ids, ~25 ms) are
        # appended right after it, in finish_startup.
        self.model = ContactListModel(self, today=today, first_page=FIRST_PAGE,
                                      background=True)
        self.table = ContactTable(self)
        self.table.setObjectName("ContactTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(False)
        self.table.setMouseTracking(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        vheader = self.table.verticalHeader()
        vheader.hide()
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(style.ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionsMovable(False)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setMinimumSectionSize(60)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        # Not setSortingEnabled: that sorts at once (a second query at start-up); the
        # indicator's signal re-queries in SQL on each header click instead.
        header.sortIndicatorChanged.connect(self._on_sort_changed)
        header.setSectionResizeMode(Column.TAGS, QHeaderView.ResizeMode.Stretch)
        self._fitting = False
        self._open_at_top = False
        self._column_widths = list(DEFAULT_COLUMN_WIDTHS)
        header.sectionResized.connect(self._on_column_resized)
        self.table.setItemDelegateForColumn(Column.STAGE, StageDelegate(self.table))
        self.tags_delegate = TagsDelegate(self.table)
        self.table.setItemDelegateForColumn(Column.TAGS, self.tags_delegate)
        self.table.viewport().installEventFilter(self)
        # The headers get a selection model of their own, always empty: with the table's,
        # a header section asks whether its whole column is selected, row by row, on
        # every paint (a select-all of 100,000 rows froze the window for seconds; issue
        # 18). Header clicks sort, they never select a column, so nothing is lost.
        self._header_selection = QItemSelectionModel(self.model, self)
        header.setSelectionModel(self._header_selection)
        vheader.setSelectionModel(self._header_selection)
        # Work on the whole selection (issue 15): tag, stage, focus, export, delete.
        from desktop.ui.contacts.list_menu import ListActions

        self.list_menu = ListActions(self.ops, self, self.selected_ids, self.export_vcards,
                                     self.delete_selected)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._list_context_menu)

        list_pane = QWidget(self)
        list_pane.setObjectName("ListPane")
        list_pane.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        list_layout = QVBoxLayout(list_pane)
        list_layout.setContentsMargins(0, 10, 0, 0)
        list_layout.setSpacing(8)
        search_row = QVBoxLayout()
        search_row.setContentsMargins(12, 0, 12, 0)
        search_row.addWidget(self.search_field)
        list_layout.addLayout(search_row)
        list_layout.addWidget(self.table)

        # The detail pane (UI-B's, or its stand-in) is built right after the first paint,
        # or when first needed: until then an identical-looking placeholder holds its
        # place, so the list appears sooner (DESIGN.md's start-up budget).
        self._detail: DetailPane | None = None
        self._detail_placeholder = QLabel(self.tr("Select a contact"), self)
        self._detail_placeholder.setObjectName("DetailPlaceholder")
        self._detail_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._detail_placeholder.setMinimumWidth(DETAIL_MIN)
        self._detail_placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        # The middle column shows one view at a time: the contact list, the follow-up
        # calendar or the introduction network. Views other than the list are built on
        # first use (their modules load then), so start-up pays only for the list.
        self.views = QStackedWidget(self)
        self.views.setObjectName("Views")
        # A view's own minimum (the network's toolbar, the calendar's grid) must never
        # push the window wider than the screen (QA g01): the splitter ignores it and
        # keeps this one; a view narrower than it wants is clipped, not the window grown.
        # Likewise its height: the calendar's minimum forced the window taller than a
        # 640-pixel screen; a view that needs more height scrolls (see _build_view).
        self.views.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.views.setMinimumSize(VIEWS_MIN_WIDTH, VIEWS_MIN_HEIGHT)
        self.views.addWidget(list_pane)
        self._list_pane = list_pane
        self._views: dict[str, QWidget] = {VIEW_LIST: list_pane}
        self._pages: dict[str, QWidget] = {VIEW_LIST: list_pane}  # what the stack holds

        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(self._detail_placeholder)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)

        self.empty_state = EmptyState(self)
        self.empty_state.import_requested.connect(self.choose_vcards)
        self.empty_state.demo_requested.connect(lambda: self.load_demo(DEMO_PEOPLE))
        self.empty_state.new_contact_requested.connect(self.new_contact)
        self.empty_state.painted.connect(self._on_empty_state_painted)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty_state)
        self.setCentralWidget(self.stack)

        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().setSizeGripEnabled(False)

        self._create_actions()
        self._create_menus()
        self._create_toolbar()

        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.completed.connect(self._on_list_completed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.sidebar.entry_selected.connect(self._on_entry_selected)
        ops.changes_applied.connect(self._on_changes)
        ops.failed.connect(self._on_failed)
        ops.notice.connect(self._on_notice)
        ops.set_dialog_parent(self)

        # Tags with their counts (kept by SQLite: no recount); the built-in lists' counts
        # come after the first paint.
        self._startup_started = False
        self._startup_finished = False  # every step of finish_startup has run
        self._set_sidebar_tags(tags.list_tags())
        self._has_contacts = overview.has_contacts()
        self.first_paint.connect(self._schedule_finish_startup)
        self._restore_settings()
        self._update_empty_state()
        self._update_actions()

    # --- actions, menus, toolbar ----------------------------------------------------------

    def _action(self, text: str, slot: object, shortcuts: list[QKeySequence] | None = None,
                tip: str = "", icon: str = "") -> QAction:
        action = QAction(text, self)
        if icon:
            action.setIcon(icons.icon(icon))
        if shortcuts:
            action.setShortcuts(shortcuts)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        keys = QKeySequence
        std = QKeySequence.StandardKey
        self.new_action = self._action(
            self.tr("&New Contact…"), self.new_contact, keys.keyBindings(std.New),
            self.tr("Add a contact"), "new-contact")
        self.edit_action = self._action(
            self.tr("&Edit Contact…"), self.edit_current, [keys("F2"), keys("Ctrl+E")],
            self.tr("Edit the selected contact"), "edit")
        self.delete_action = self._action(
            self.tr("&Delete Contact"), self.delete_selected, keys.keyBindings(std.Delete),
            self.tr("Delete the selected contacts (undo brings them back)"), "delete")
        # Only while the list has focus: Delete in a text field deletes text.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(self.delete_action)

        self.undo_action = self.ops.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(keys.keyBindings(std.Undo))
        self.undo_action.setIcon(icons.icon("undo"))
        self.redo_action = self.ops.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(keys.keyBindings(std.Redo))
        self.redo_action.setIcon(icons.icon("redo"))
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)

        self.find_action = self._action(
            self.tr("&Find…"), self.focus_search, keys.keyBindings(std.Find),
            self.tr("Search contacts (in the network view: find someone in the picture)"), "find")
        # One window-wide key for "remind me", whatever the view (issue 14: the detail
        # pane, the calendar and the network each bound Ctrl+R, and Qt then runs none).
        self.remind_action = self._action(
            self.tr("&Remind Me…"), self.remind_me, [keys("Ctrl+R")],
            self.tr("A follow-up for the person shown (in the calendar: on the day selected)"),
            "reminders")
        self.reach_action = self._action(
            self.tr("How Do I &Reach…?"), self.reach_someone, [keys("Ctrl+Shift+R")],
            self.tr("The best warm paths to a person, an organisation or a tag"), "reach")
        # Windows has no standard Quit key; Ctrl+Q is what users expect there too.
        quit_keys = keys.keyBindings(std.Quit) or [keys("Ctrl+Q")]
        self.quit_action = self._action(self.tr("&Quit"), self.close, quit_keys, "", "quit")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.import_action = self._action(
            self.tr("&Import vCards…"), self.choose_vcards, [keys("Ctrl+I")],
            self.tr("Import contacts from .vcf files"), "import")
        self.capture_action = self._action(
            self.tr("&Capture Meetings…"), self.capture_meetings, [keys("Ctrl+Shift+I")],
            self.tr("Log meetings and messages from your calendar (.ics, CalDAV) and mail "
               "(mbox, Maildir), after a review"), "capture")
        self.export_action = self._action(
            self.tr("&Export vCards…"), self.export_vcards, [keys("Ctrl+Shift+E")],
            self.tr("Save all contacts, the selection or a tag as a .vcf file"), "export")
        self.export_calendar_action = self._action(
            self.tr("Export &Calendar…"), self.export_calendar, None,
            self.tr("Follow-ups, meetings and birthdays for Google, Apple or Thunderbird "
               "calendars, or pushed to your sync server's calendar"), "export-calendar")
        self.review_action = self._action(
            self.tr("Weekly &Review…"), self.open_week_review, [keys("Ctrl+Shift+W")],
            self.tr("Who you saw, promises kept and open, and next week's people"), "review")
        self.reminders_action = self._action(
            self.tr("Desktop &Reminders"), self.set_reminders_enabled, None,
            self.tr("A tray icon with today's count and a notification each morning"),
            "reminders")
        self.reminders_action.setCheckable(True)
        self.reminders_action.setChecked(self.settings.reminders_enabled)
        self.undo_import_action = self._action(
            self.tr("Undo Last &Import"), self.undo_last_import, None,
            self.tr("Remove the contacts the last import added"), "undo-import")
        self.undo_import_action.setEnabled(False)  # until the counts say there is one
        self.demo_action = self._action(
            self.tr("Load &Demo Network…"), self.ask_demo, None,
            self.tr("Fill Rapport with a made-up network to explore"), "demo")
        self.restore_action = self._action(
            self.tr("&Restore from Backup…"), self.open_restore_dialog, None,
            self.tr("Put back one of the daily copies of your data"), "restore")
        self.week_briefings_action = self._action(
            self.tr("Print This &Week's Briefings…"), self.print_week_briefings,
            [keys("Ctrl+Shift+P")],
            self.tr("One briefing page per person you meet during the rest of this week"), "print")
        self.duplicates_action = self._action(
            self.tr("Find &Duplicates…"), self.open_duplicates, [keys("Ctrl+Shift+D")],
            self.tr("Contacts that are probably one person: merge them, or say they are not"),
            "duplicates")
        self.tags_action = self._action(
            self.tr("&Tag Manager…"), self.open_tag_manager, [keys("Ctrl+Shift+T")],
            self.tr("Rename, colour, merge and delete tags"), "tags")
        self.me_action = self._action(
            self.tr("My &Profile"), self.show_my_profile, [keys("Ctrl+Shift+M")],
            self.tr("Your own profile: your interests are what you share with others"), "profile")
        self.sync_action = self._action(
            self.tr("S&ync Accounts…"), self.open_sync_dialog, None,
            self.tr("Two-way sync with your CardDAV address books (phone, Nextcloud, "
               "Fastmail…)"), "sync")
        self.about_action = self._action(self.tr("&About Rapport"), self.show_about, None, "",
                                         "about")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

        # F6 / Shift+F6 move between the panes (the desktop's convention: GNOME, KDE and
        # Windows applications use F6 for it), where Tab walks every control of each.
        self.next_pane_action = self._action(
            self.tr("Nex&t Pane"), lambda: self.cycle_pane(True), [keys("F6")],
            self.tr("Move the keyboard focus to the next pane"), "more")
        self.previous_pane_action = self._action(
            self.tr("Pre&vious Pane"), lambda: self.cycle_pane(False), [keys("Shift+F6")],
            self.tr("Move the keyboard focus to the previous pane"), "more")

        self.view_actions: dict[str, QAction] = {}
        view_group = QActionGroup(self)
        view_group.setExclusive(True)
        for number, (name, title, tip, icon) in enumerate(VIEWS, start=1):
            action = self._action(self.tr(title), lambda _c=False, n=name: self.show_view(n),
                                  [keys(f"Alt+{number}")], self.tr(tip), icon)
            action.setCheckable(True)
            action.setChecked(name == VIEW_LIST)
            view_group.addAction(action)
            self.view_actions[name] = action

        self.list_actions: list[QAction] = []
        for number, (key, _title) in enumerate(sb.BUILT_INS[1:], start=1):
            action = self._action(sb.entry_title(key),
                                  lambda _c=False, k=key: self.sidebar.select_key(k),
                                  [keys(f"Ctrl+{number}")], "", sb.ENTRY_ICONS[key])
            self.list_actions.append(action)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.capture_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.export_calendar_action)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.week_briefings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addAction(self.undo_import_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.edit_action)
        edit_menu.addAction(self.delete_action)
        edit_menu.addAction(self.remind_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)

        contacts_menu = bar.addMenu(self.tr("&Contacts"))
        contacts_menu.addAction(self.duplicates_action)

        view_menu = bar.addMenu(self.tr("&View"))
        for action in self.view_actions.values():
            view_menu.addAction(action)
        view_menu.addAction(self.reach_action)
        view_menu.addSeparator()
        view_menu.addAction(self.next_pane_action)
        view_menu.addAction(self.previous_pane_action)
        view_menu.addSeparator()
        view_menu.addAction(self.review_action)
        view_menu.addAction(self.me_action)
        view_menu.addSeparator()
        for action in self.list_actions:
            view_menu.addAction(action)

        tools_menu = bar.addMenu(self.tr("&Tools"))
        tools_menu.addAction(self.tags_action)
        tools_menu.addAction(self.reminders_action)
        tools_menu.addAction(self.sync_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _create_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("MainToolBar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(tokens.ICON_SIZE, tokens.ICON_SIZE))
        for action in (self.new_action, self.edit_action, self.delete_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        self.toolbar_undo = self._short_twin(self.undo_action, self.tr("Undo"))
        self.toolbar_redo = self._short_twin(self.redo_action, self.tr("Redo"))
        toolbar.addAction(self.toolbar_undo)
        toolbar.addAction(self.toolbar_redo)
        toolbar.addSeparator()
        toolbar.addAction(self.me_action)
        toolbar.addAction(self.tags_action)
        toolbar.addAction(self.import_action)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        for action in self.view_actions.values():
            toolbar.addAction(action)
        self.toolbar = toolbar
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self._toolbar_widths: dict[str, int] = {}
        self._toolbar_mode = ""
        self._fit_toolbar()

    # The toolbar never overflows (QA: below ~1060 px a view button hid behind an overflow
    # button painted as a blank square): where the labels do not fit, the commands show
    # their icons only (their names are the tooltips), then the views too.
    _TOOLBAR_MODES = ("text", "views", "icons")

    def _toolbar_buttons(self) -> tuple[list[QToolButton], list[QToolButton]]:
        views = set(self.view_actions.values())
        commands: list[QToolButton] = []
        view_buttons: list[QToolButton] = []
        for action in self.toolbar.actions():
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                (view_buttons if action in views else commands).append(button)
        return commands, view_buttons

    def _set_toolbar_mode(self, mode: str) -> None:
        text = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        icon = Qt.ToolButtonStyle.ToolButtonIconOnly
        commands, views = self._toolbar_buttons()
        for button in commands:
            button.setToolButtonStyle(text if mode == "text" else icon)
        for button in views:
            button.setToolButtonStyle(icon if mode == "icons" else text)
        self._toolbar_mode = mode

    def _toolbar_width(self, mode: str) -> int:
        """The width the toolbar's buttons need in *mode* (measured once per mode)."""
        width = self._toolbar_widths.get(mode)
        if width is None:
            self._set_toolbar_mode(mode)
            layout = self.toolbar.layout()
            spacing = layout.spacing() if layout is not None else 4
            commands, views = self._toolbar_buttons()
            width = sum(b.sizeHint().width() + spacing for b in commands + views)
            width += 2 * 12 + 40  # the two separators, the toolbar's padding and margins
            self._toolbar_widths[mode] = width
        return width

    def _fit_toolbar(self) -> None:
        available = self.width()
        mode = next((m for m in self._TOOLBAR_MODES if self._toolbar_width(m) <= available),
                    "icons")
        if mode != self._toolbar_mode:
            self._set_toolbar_mode(mode)

    @property
    def toolbar_mode(self) -> str:
        """"text" (every label), "views" (the views' labels only) or "icons"."""
        return self._toolbar_mode

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_toolbar()

    def _short_twin(self, action: QAction, text: str) -> QAction:
        """A toolbar copy of *action* whose text stays *text* (see ``ShortAction``)."""
        return ShortAction(action, text, self)

    def _update_actions(self) -> None:
        has_current = self._current_id() is not None
        self.edit_action.setEnabled(has_current or self._shown_id is not None)
        self.delete_action.setEnabled(self.table.selectionModel().hasSelection())

    # --- settings -------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        s = self.settings
        if not s.window_geometry or not self.restoreGeometry(QByteArray(s.window_geometry)):
            self.resize(1280, 800)
        self.fit_to_screen()
        if s.window_state:
            self.restoreState(QByteArray(s.window_state))
        sizes = s.splitter_sizes
        # Applied again when the list is first shown (showEvent, or the welcome screen
        # giving way to the list): sizes set before the splitter has its real width are
        # rescaled by it, which squeezed the sidebar to its minimum.
        self._initial_sizes = list(sizes) if len(sizes) == 3 and all(sizes) else []
        self._sizes_pending = True
        self.splitter.setSizes(self.splitter_sizes_for(self.width(), self._initial_sizes))
        widths = s.column_widths
        if len(widths) != len(Column):
            widths = list(DEFAULT_COLUMN_WIDTHS)
        self._column_widths = [max(width, 60) for width in widths]
        self._fit_columns()
        key = s.sidebar_entry
        if key == sb.ME or not self.sidebar.select_key(key):
            self.sidebar.select_key(sb.ALL)

    def fit_to_screen(self) -> None:
        """Shrink the window to its screen's available area if it is larger (a size saved
        when a view had forced the window wider must not come back, nor be saved)."""
        if self.isMaximized() or self.isFullScreen():
            return
        room = fit.room(self)  # the window manager's frame: known once shown, else allowed
        width, height = min(self.width(), room.width()), min(self.height(), room.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        area = fit.available(self)
        frame = self.frameGeometry()
        if not area.contains(frame) and frame.width() <= area.width():
            self.move(max(area.left(), min(frame.left(), area.right() - frame.width())),
                      max(area.top(), min(frame.top(), area.bottom() - frame.height())))

    def save_settings(self) -> None:
        s = self.settings
        self.fit_to_screen()
        s.window_geometry = bytes(self.saveGeometry().data())
        s.window_state = bytes(self.saveState().data())
        s.splitter_sizes = self.splitter.sizes()
        s.column_widths = list(self._column_widths)  # hidden columns keep theirs
        key = self.sidebar.current_key
        if key and key != sb.ME:
            s.sidebar_entry = key
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._preload_worker is not None:  # its end is no longer this window's business
            signals = self._preload_worker.signals
            signals.finished.disconnect()
            signals.failed.disconnect()
            self._preload_worker = None
        if self._worker is not None:
            self._worker.cancel()
            QThreadPool.globalInstance().waitForDone(5000)
        self.save_settings()
        super().closeEvent(event)

    # --- the list -------------------------------------------------------------------------

    def list_filter(self) -> ListFilter:
        return self.model.list_filter

    @Slot()
    def _apply_search_field(self) -> None:
        self.set_search_text(self.search_field.text())

    def set_search_text(self, text: str) -> None:
        """Filter the list to *text*, synchronously (search-as-you-type ends here)."""
        self._search_timer.stop()
        if self.search_field.text() != text:
            self.search_field.blockSignals(True)
            self.search_field.setText(text)
            self.search_field.blockSignals(False)
        flt = self.model.list_filter
        if flt.text == text:
            return
        self.model.set_filter(ListFilter(kind=flt.kind, tag_id=flt.tag_id, text=text))
        self._update_count()

    @Slot(str)
    def _on_entry_selected(self, key: str) -> None:
        if key == sb.ME:
            self.show_my_profile()
            return
        flt = sb.entry_filter(key, self.search_field.text())
        if flt is None:
            return
        self.model.set_filter(flt)
        self.table.empty_text = self._empty_text(flt)
        self._opened_list()
        self._update_count()

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

    @Slot(int, Qt.SortOrder)
    def _on_sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        self.model.sort(column, order)

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        flt = self.model.list_filter
        everyone = flt.kind is ListKind.ALL and not flt.text.strip()
        if self.model.busy:  # the rest of a long list (or a search) is on its way
            if everyone and self._total is not None:
                self.count_label.setText(self.tr("%Ln contact(s)", "", self._total))
            else:
                self.count_label.setText(self.tr("Searching…") if flt.text.strip()
                                         else self.tr("Counting…"))
        elif everyone or self._total is None:
            self.count_label.setText(self.tr("%Ln contact(s)", "", shown))
        else:
            self.count_label.setText(self.tr("%1 of %Ln contact(s)", "", self._total).replace(
                "%1", formatting.number(shown)))
        self.table.empty_text = self._empty_text(flt)

    # --- selection ------------------------------------------------------------------------

    def selected_runs(self) -> list[tuple[int, int]]:
        """The selected rows as sorted, disjoint (first, last) runs, read from the
        selection's ranges, never row by row: a select-all of 300,000 rows is one range,
        where ``selectedRows()`` asked the model about every cell (issue 18)."""
        selection = self.table.selectionModel().selection()
        spans = sorted((r.top(), r.bottom()) for r in (
            selection.at(i) for i in range(selection.count())) if r.isValid())
        merged: list[tuple[int, int]] = []
        for top, bottom in spans:  # Qt may keep overlapping ranges: merge them
            if merged and top <= merged[-1][1] + 1:
                if bottom > merged[-1][1]:
                    merged[-1] = (merged[-1][0], bottom)
            else:
                merged.append((top, bottom))
        return merged

    @Slot(QPoint)
    def _list_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid() and not self.table.selectionModel().isRowSelected(
                index.row(), QModelIndex()):
            self._select_runs([(index.row(), index.row())], index.row())
        menu = self.list_menu.menu()
        if menu is not None:
            menu.exec(self.table.viewport().mapToGlobal(pos))

    def selected_ids(self) -> list[ContactId]:
        """The selected contacts in list order."""
        return self.model.ids_in_runs(self.selected_runs())

    def selected_count(self) -> int:
        return sum(last - first + 1 for first, last in self.selected_runs())

    def _current_id(self) -> ContactId | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        return self.model.contact_id(index.row())

    def select_contact(self, contact_id: ContactId) -> None:
        """Select *contact_id* in the list (showing all contacts if the current list or
        search hides it) and show it in the detail pane."""
        row = self.model.row_of(contact_id)
        if row is None:
            self.search_field.blockSignals(True)
            self.search_field.clear()
            self.search_field.blockSignals(False)
            self.model.set_filter(ListFilter(text=""))
            self.sidebar.blockSignals(True)
            self.sidebar.select_key(sb.ALL)
            self.sidebar.blockSignals(False)
            self._update_count()
            row = self.model.row_of(contact_id)
        self._update_empty_state()
        if row is None:
            return
        self._select_runs([(row, row)], row)

    def _select_runs(self, runs: list[tuple[int, int]], current: int) -> None:
        """Select the rows of *runs* ((first, last) pairs), *current* the current row:
        one selection range per run, however many rows."""
        selection = QItemSelection()
        last_column = len(Column) - 1
        for first, last in runs:
            selection.select(self.model.index(first, 0), self.model.index(last, last_column))
        sm = self.table.selectionModel()
        sm.setCurrentIndex(self.model.index(current, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        sm.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
                  | QItemSelectionModel.SelectionFlag.Rows)
        if not self._open_at_top:
            self.table.scrollTo(self.model.index(current, 0))
        self._show(self.model.contact_id(current))

    def _opened_list(self) -> None:
        """Another list (sidebar) opens at its top, not at the last list's scroll position
        nor scrolled to the contact still selected in it; held until its rows are all in."""
        self.table.scrollToTop()
        self._open_at_top = self.model.partial or self.model.busy
        if self._open_at_top:
            QTimer.singleShot(0, self._list_at_top)

    def _list_at_top(self) -> None:
        if self.model.partial or self.model.busy:
            QTimer.singleShot(20, self._list_at_top)
            return
        self.table.scrollToTop()
        self._open_at_top = False

    @Slot()
    def _remember_selection(self) -> None:
        self._resetting = True
        current = self.table.selectionModel().currentIndex()
        self._kept = (self.selected_ids(), self._current_id(),
                      current.row() if current.isValid() else -1)

    @Slot()
    def _on_list_completed(self) -> None:
        """The whole list is in: finish restoring a selection that waited for it."""
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self._resetting = True
            try:
                self._kept = waiting
                self._restore_kept_selection()
            finally:
                self._resetting = False
        self._update_count()

    @Slot()
    def _restore_selection(self) -> None:
        try:
            self._restore_kept_selection()
        finally:
            self._resetting = False
        current = self._current_id()
        if current is not None:
            self._chosen = current

    def _restore_kept_selection(self) -> None:
        ids, current, old_row = self._kept
        self._kept = ([], None, -1)
        self._waiting = None
        focus, self._focus_after_refresh = self._focus_after_refresh, None
        loaded = self.model.row_of
        if focus is not None and loaded(focus, load=False) is not None:
            ids, current = [focus], focus
        elif (current is None and not ids and self._chosen is not None
              and loaded(self._chosen, load=False) is not None):
            # A search hid the chosen contact for a while; now it matches again.
            ids, current = [self._chosen], self._chosen
        elif focus is not None and self.model.partial:
            ids, current = [focus], focus  # perhaps further down: see below
        runs = self.model.runs_of(ids)
        current_row = loaded(current, load=False) if current is not None else None
        if self.model.partial and (
            (current is not None and current_row is None)
            or sum(last - first + 1 for first, last in runs) < len(ids)
        ):
            # Only the first page of a long list is in: the rest of the selection (or the
            # shown contact) may be further down. Decided once the rest arrives
            # (_on_list_completed), unless the user chooses someone first.
            self._waiting = (ids, current, old_row)
            if current_row is None:
                return
        if current_row is None and runs:
            current_row = runs[0][0]
        if current_row is not None:
            self._select_runs(runs or [(current_row, current_row)], current_row)
        elif current is not None and old_row >= 0 and self._gone(current):
            # The shown contact was deleted: its neighbour takes its place.
            count = self.model.rowCount()
            if count:
                row = min(old_row, count - 1)
                self._select_runs([(row, row)], row)
            else:
                self._show(None)
        elif current is not None:
            self._show(None)  # filtered out: nothing selected
        self._update_actions()

    def _gone(self, contact_id: ContactId) -> bool:
        return contacts.get_contact(contact_id) is None

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show(self.model.contact_id(current.row()))

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection
                              ) -> None:
        if not self._resetting:
            self._waiting = None  # the user's choice wins over a selection to restore
            chosen = self._current_id()
            if chosen is not None or not self.table.selectionModel().hasSelection():
                self._chosen = chosen  # None: the user cleared the selection
        self._update_actions()

    def _show(self, contact_id: ContactId | None) -> None:
        if contact_id == self._shown_id:
            return
        self._shown_id = contact_id
        self.detail.show_contact(contact_id)
        self._update_actions()

    # --- keyboard focus (issue 14) -----------------------------------------------------------

    def _panes(self) -> list[list[QWidget]]:
        """The Tab stops of each pane as the screen shows them: for the list, the search
        field, the sidebar, the list, the detail pane; in the other views the sidebar, the
        view and the detail pane. Each pane's own stops are in reading order."""
        if self.stack.currentWidget() is not self.splitter:
            return []
        sidebar: list[QWidget] = [w for w in (self.sidebar.view,) if focus.takes_tab(w)]
        detail = focus.tab_stops(self._detail) if self._detail is not None else []
        view = self.views.currentWidget()
        panes: list[list[QWidget]]
        if self.current_view == VIEW_LIST:
            search: list[QWidget] = [w for w in (self.search_field,) if focus.takes_tab(w)]
            table: list[QWidget] = [w for w in (self.table,) if focus.takes_tab(w)]
            panes = [search, sidebar, table, detail]
        else:
            panes = [sidebar, focus.tab_stops(view) if view is not None else [], detail]
        return [pane for pane in panes if pane]

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab follow the screen (Qt's chain follows creation order, and the
        list kept Tab for its cells): see ``_panes``. Anywhere else (a view of its own
        making, the welcome screen) Qt's chain applies."""
        stops = [w for pane in self._panes() for w in pane]
        if focus.move_focus(stops, QApplication.focusWidget(), next):
            return True
        return super().focusNextPrevChild(next)

    @Slot()
    def cycle_pane(self, forward: bool = True) -> None:
        """F6 / Shift+F6: the focus to the first stop of the next (previous) pane."""
        panes = self._panes()
        if not panes:
            return
        current = QApplication.focusWidget()
        index = next((i for i, pane in enumerate(panes)
                      if current is not None
                      and any(w is current or w.isAncestorOf(current) for w in pane)), -1)
        if index < 0:
            target = panes[0] if forward else panes[-1]
        else:
            target = panes[(index + (1 if forward else -1)) % len(panes)]
        focus.focus_on(target[0], Qt.FocusReason.TabFocusReason)

    @Slot()
    def _focus_list(self) -> None:
        self.table.setFocus()
        if self._current_id() is None and self.model.rowCount():
            self._select_runs([(0, 0)], 0)

    # --- changes --------------------------------------------------------------------------

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        if changes.contacts_added_or_removed and len(changes.contacts) == 1:
            self._focus_after_refresh = next(iter(changes.contacts))
        self.model.apply_changes(changes)
        self._focus_after_refresh = None
        if (changes.contacts_added_or_removed or changes.tags or changes.followups
                or changes.focus):
            self._refresh_sidebar()
        if changes.contacts_added_or_removed:
            self._update_empty_state()
        self._update_count()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.showing_empty_state:
            self._apply_initial_sizes()

    def _show_splitter(self) -> None:
        self.stack.setCurrentWidget(self.splitter)
        if self.isVisible():
            self._apply_initial_sizes()

    def _apply_initial_sizes(self) -> None:
        """The saved (or first-run) column widths, once the splitter shows at its real
        width: applied to a hidden splitter (the welcome screen showing) they were squeezed,
        and a demo network loaded from there left the sidebar at 150 pixels."""
        if not self._sizes_pending:
            return
        self._sizes_pending = False
        width = self.splitter.width() if self.splitter.isVisible() else self.width()
        self.splitter.setSizes(self.splitter_sizes_for(width, self._initial_sizes))

    @staticmethod
    def splitter_sizes_for(width: int, saved: list[int] | None = None) -> list[int]:
        """Sidebar, middle and detail widths for a window *width* wide: the saved ones
        held to sane bounds (a size saved on a larger screen, or a sidebar dragged to its
        minimum, must not come back squeezing the list), else a share of the width."""
        side = max(SIDEBAR_MIN, min(DEFAULT_SPLITTER[0], width * 22 // 100))
        detail = max(DETAIL_MIN, min(DEFAULT_SPLITTER[2], width * 30 // 100))
        if saved and len(saved) == 3 and all(saved):
            side = max(SIDEBAR_MIN, min(saved[0], width * 30 // 100))
            detail = max(DETAIL_MIN, min(saved[2], width * 45 // 100))
        middle = width - side - detail - 2
        if middle < VIEWS_MIN_WIDTH:  # a very narrow window: the middle column first
            spare = max(0, width - VIEWS_MIN_WIDTH - 2)
            side = SIDEBAR_MIN if spare >= SIDEBAR_MIN + DETAIL_MIN else spare // 3
            detail = max(0, spare - side)
            middle = width - side - detail - 2
        return [side, middle, detail]

    @property
    def detail(self) -> DetailPane:
        """The detail pane, built on first use: its module (and the editor's) is imported
        only then, after the list has painted, to keep start-up short."""
        if self._detail is None:
            from desktop.ui.contacts.detail_pane import DetailPane

            pane = DetailPane(self.ops, self)
            pane.contact_created.connect(self.select_contact)
            pane.briefing_requested.connect(self.brief_contact)
            sizes = self.splitter.sizes()
            self.splitter.replaceWidget(2, pane)
            self.splitter.setSizes(sizes)
            self._detail_placeholder.deleteLater()
            self._detail = pane
            if self._shown_id is not None:
                pane.show_contact(self._shown_id)
        return self._detail

    @Slot()
    def _schedule_finish_startup(self) -> None:
        QTimer.singleShot(0, self.finish_startup)

    @Slot()
    def show_view(self, name: str) -> QWidget:
        """Show the list, calendar or network in the middle column (built on first use)."""
        view = self._views.get(name)
        if view is None:
            view = self._build_view(name)
            self._views[name] = view
            self._pages[name] = page = self._scrolled(view)
            self.views.addWidget(page)
        if self.showing_empty_state and name != VIEW_LIST:
            self._forced_list = True
            self._show_splitter()
        self.views.setCurrentWidget(self._pages[name])
        self.view_actions[name].setChecked(True)
        if name != VIEW_LIST and self._shown_id is not None:
            select = getattr(view, "select_contact", None)
            if select is not None:
                select(self._shown_id)
        return view

    @property
    def current_view(self) -> str:
        current = self.views.currentWidget()
        return next((n for n, w in self._pages.items() if w is current), VIEW_LIST)

    def _scrolled(self, view: QWidget) -> QWidget:
        """*view* in a frameless scroll area: where the window is smaller than the view's
        least size (a 1024×640 screen) the view scrolls instead of its parts overlapping."""
        if view.minimumSizeHint().height() <= VIEWS_MIN_HEIGHT:
            return view
        area = QScrollArea(self)
        area.setObjectName(f"{type(view).__name__}Scroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(view)
        return area

    def _build_view(self, name: str) -> QWidget:
        view: QWidget
        try:
            if name == VIEW_CALENDAR:
                from desktop.ui.calendar.calendar_panel import CalendarPanel

                view = CalendarPanel(self.ops, self)
            elif name == VIEW_NETWORK:
                from desktop.ui.network.panel import GraphPanel

                view = GraphPanel(self.ops, self)
            else:
                raise ValueError(name)
        except ImportError:  # a view still being built: say so rather than fail
            label = QLabel(self.tr("This view is not available in this build."), self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return label
        signal = getattr(view, "contact_selected", None)
        if signal is not None:
            signal.connect(self._on_view_selected_contact)
        return view

    @Slot(object)
    def _on_view_selected_contact(self, contact_id: ContactId) -> None:
        """A panel (calendar, network) picked someone: the list and the detail pane follow."""
        self.select_contact(contact_id)
        self._show(contact_id)

    def finish_startup(self) -> None:
        """What the first paint does not need: the rest of the list and the sidebar's
        counts now; the detail pane in a later turn of the event loop (building it is the
        longest thing start-up does on this thread); planned meetings that took place, in a
        worker thread. Each piece is its own short step (issue 18: no stall over 50 ms)."""
        if self._startup_started:
            return
        self._startup_started = True
        self.model.complete_in_background()
        self._refresh_sidebar()
        self._update_count()
        self._show_today_count()
        # The detail pane's modules load in a worker thread (Python code: the UI thread
        # gets its turns), then the pane is built here, in a turn of its own.
        self._preload("desktop.ui.contacts.detail_pane", self._build_detail)

    def _preload(self, module: str, then: Callable[[object], None]) -> None:
        """Import *module* in a worker thread, then call *then* on this thread (whether the
        import worked or not: the module is imported again where it is used, and says why
        there). One preload at a time, so start-up's own work keeps the other core."""
        preload = Worker(lambda _progress: importlib.import_module(module))
        preload.signals.finished.connect(then)
        preload.signals.failed.connect(then)
        self._preload_worker = preload
        QThreadPool.globalInstance().start(preload)

    @Slot(object)
    def _build_detail(self, _loaded: object = None) -> None:
        self._preload_worker = None
        _ = self.detail
        self._startup_finished = True
        # The network view's modules next: its first opening imported them on this thread
        # (50-130 ms, the longest stall of that opening; issue 18).
        self._preload("desktop.ui.network.panel", self._preloaded)

    @Slot(object)
    def _preloaded(self, _loaded: object = None) -> None:
        self._preload_worker = None

    @property
    def startup_finished(self) -> bool:
        return self._startup_finished

    def _refresh_sidebar(self) -> None:
        counts = overview.list_counts(self._today)
        self._total = counts.all
        self._has_contacts = counts.all > 0
        self.sidebar.set_counts(counts)
        # Only an import still in place can be undone (QA: it was enabled with none).
        self.undo_import_action.setEnabled(counts.has_import)
        self._set_sidebar_tags(tags.list_tags())

    def _set_sidebar_tags(self, tag_list: list[TagInfo]) -> None:
        self.sidebar.set_tags(tag_list)
        self.tags_delegate.colours = {
            t.name.lower(): tokens.tag_colour(t.name, t.colour, t.category).name()
            for t in tag_list
        }

    def _update_empty_state(self) -> None:
        empty = not self._has_contacts and not self._forced_list
        if empty:
            self.stack.setCurrentWidget(self.empty_state)
        else:
            self._show_splitter()
            self._forced_list = False

    @property
    def showing_empty_state(self) -> bool:
        return self.stack.currentWidget() is self.empty_state

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Couldn't do that: %1").replace("%1", message),
                                     10_000)

    @Slot(str)
    def _on_notice(self, message: str) -> None:
        """What an operation says about its outcome (an undo that kept sync's edit)."""
        self.statusBar().showMessage(message, 15_000)

    # --- commands -------------------------------------------------------------------------

    @Slot()
    def new_contact(self) -> None:
        if self.showing_empty_state:
            self._forced_list = True
            self.stack.setCurrentWidget(self.splitter)
        self.detail.new_contact()

    @Slot()
    def edit_current(self) -> None:
        if self._shown_id is not None:
            self.detail.edit_current()

    @Slot()
    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        name = ""
        if len(ids) == 1:
            row = self.model.row_of(ids[0])
            contact_row = self.model.contact_row(row) if row is not None else None
            name = contact_row.display_name if contact_row is not None else ""
        if not self.ops.delete_contacts(ids):
            return
        text = (self.tr("Deleted %1 — Undo with %2").replace("%1", name) if len(ids) == 1
                and name else self.tr("Deleted %Ln contact(s) — Undo with %2", "", len(ids)))
        self.statusBar().showMessage(text.replace("%2", _undo_key()), 10_000)

    @Slot()
    def focus_search(self) -> None:
        """Edit > Find: the current view's search (the network's find field), else the
        contact list's search field."""
        if self.showing_empty_state:
            return
        view = self._views.get(self.current_view)
        focus_find = getattr(view, "focus_find", None) if view is not self._list_pane else None
        if focus_find is not None:
            focus_find()
            return
        if view is not self._list_pane:
            self.show_view(VIEW_LIST)
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    @Slot()
    def remind_me(self) -> QWidget | None:
        """Edit > Remind Me… (Ctrl+R): in the calendar, on the day selected there (its own
        "Remind me…"); elsewhere a follow-up for the person the detail pane shows."""
        if self.showing_empty_state:
            return None
        view = self._views.get(self.current_view)
        if self.current_view == VIEW_CALENDAR:
            remind = getattr(view, "remind_me", None)
            if remind is not None:
                return remind()
        if self._shown_id is None:
            self.statusBar().showMessage(self.tr("Select someone first"), 5000)
            return None
        from desktop.ui.contacts.timeline_section import TimelineSection

        section = self.detail.findChild(TimelineSection)
        return section.remind_me() if section is not None else None

    @Slot()
    def reach_someone(self) -> QWidget:
        """View > How Do I Reach…? (Ctrl+Shift+R): the network view, its "How do I
        reach…?" field ready to type in."""
        view = self.show_view(VIEW_NETWORK)
        focus_reach = getattr(view, "focus_reach", None)
        if focus_reach is not None:
            focus_reach()
        return view

    @Slot()
    def show_my_profile(self) -> None:
        me = contacts.me_id()
        if me is None:
            me = self.ops.ensure_me()
        if self.showing_empty_state:
            self._forced_list = True
            self.stack.setCurrentWidget(self.splitter)
        self.table.selectionModel().clearSelection()
        self.sidebar.blockSignals(True)
        self.sidebar.select_key(sb.ME)
        self.sidebar.blockSignals(False)
        self._shown_id = None
        self._show(me)

    @Slot()
    def open_sync_dialog(self) -> None:
        """Tools → Sync Accounts… (issue 8): one dialog per window, raised if open."""
        from desktop.ui.sync.sync_dialog import SyncDialog

        dialog = getattr(self, "_sync_dialog", None)
        if dialog is not None and dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return
        dialog = SyncDialog(self.ops, self)
        self._sync_dialog = dialog
        dialog.open()

    @Slot()
    def open_tag_manager(self) -> None:
        from desktop.ui.contacts.tag_manager import TagManagerDialog

        if self.tag_manager is not None and self.tag_manager.isVisible():
            self.tag_manager.raise_()
            self.tag_manager.activateWindow()
            return
        dialog = TagManagerDialog(self.ops, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_tag_manager)
        self.tag_manager = dialog
        dialog.open()

    @Slot()
    def _forget_tag_manager(self) -> None:
        self.tag_manager = None

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Rapport"),
            "<h3>Rapport</h3><p>" + self.tr(
                "A personal relationship manager: common ground, follow-ups, favours and "
                "introductions, kept on your own computer.") + "</p>",
        )

    # --- import -----------------------------------------------------------------------------

    @Slot()
    def choose_vcards(self) -> None:
        folder = self.settings.import_folder
        start = folder if folder and Path(folder).is_dir() else str(Path.home())
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import vCards"), start,
            self.tr("Contacts (*.vcf *.vcard *.csv);;vCard files (*.vcf *.vcard);;"
                    "LinkedIn, Google or Outlook CSV (*.csv);;All files (*)")
        )
        if names:
            self.settings.import_folder = str(Path(names[0]).parent)
            self.import_vcards(self._vcards_only([Path(n) for n in names]))

    def _vcards_only(self, paths: list[Path]) -> list[Path]:
        """The .vcf/.vcard/.csv files among *paths* (a folder: those inside it); the status
        bar names the others rather than dropping them silently ("1 file skipped: notes.txt
        is not a vCard or CSV file")."""
        from desktop.vcard.files import contact_files

        keep = [p for p in contact_files(paths) if p.suffix.lower() in VCARD_SUFFIXES]
        skipped = [p.name or str(p) for p in paths
                   if p.suffix.lower() not in VCARD_SUFFIXES and not p.is_dir()]
        if skipped:
            n = len(skipped)
            names = ", ".join(skipped[:3])
            if n > 3:
                names = self.tr("%1 and %Ln more", "", n - 3).replace("%1", names)
            self.statusBar().showMessage(
                self.tr("%Ln file(s) skipped: %1 is not a vCard or CSV file", "", n)
                .replace("%1", names), 15_000)
        return keep

    @Slot()
    def open_duplicates(self) -> None:
        """Contacts → Find Duplicates… (issue 11)."""
        from desktop.ui.contacts.duplicates_dialog import DuplicatesDialog  # not needed at start-up

        current = self.duplicates_dialog
        if current is not None:
            if current.isVisible():
                current.raise_()
                current.activateWindow()
                return
            if current.busy:  # its search is still stopping: it goes when done
                return
            current.deleteLater()
        dialog = DuplicatesDialog(self.ops, self)
        self.duplicates_dialog = dialog
        dialog.open()
        dialog.start()

    def import_vcards(self, paths: list[Path]) -> None:
        """Import these vCard files (menu, empty state and drag-and-drop all end here):
        a preview first, written only when the user clicks Import."""
        if not paths:
            return
        from desktop.ui.importing.import_dialog import ImportPreviewDialog  # not needed at start-up

        current = self.import_dialog
        if current is not None and current.isVisible():
            current.raise_()
            current.activateWindow()
            return
        dialog = ImportPreviewDialog(self.ops, paths, self)
        dialog.imported.connect(self._on_imported)
        dialog.cancelled.connect(self._on_import_cancelled)
        dialog.finished.connect(self._forget_import_dialog)
        self.import_dialog = dialog
        dialog.open()
        dialog.start()

    @Slot()
    def capture_meetings(self, paths: list[Path] | None = None) -> None:
        """File → Capture Meetings…: the capture dialog (reading at once when *paths* are
        given), logged as one undoable step."""
        from desktop.ui.capture.dialog import CaptureDialog  # not needed at start-up

        current = self.capture_dialog
        if current is not None and current.isVisible():
            current.raise_()
            current.activateWindow()
            return
        dialog = CaptureDialog(self.ops, paths or (), self)
        dialog.captured.connect(self._on_captured)
        dialog.finished.connect(self._forget_capture_dialog)
        self.capture_dialog = dialog
        dialog.open()
        if paths:
            dialog.start()

    @Slot(int)
    def _forget_capture_dialog(self, _result: int) -> None:
        dialog, self.capture_dialog = self.capture_dialog, None
        if dialog is not None and not dialog.busy:
            dialog.deleteLater()

    @Slot(object)
    def _on_captured(self, result: object) -> None:
        from desktop.services.capture.engine import CaptureResult

        if isinstance(result, CaptureResult):
            text = self.tr("Captured: {0}").format(result.summary()) if result.written \
                else self.tr("Nothing new to capture")
            self.statusBar().showMessage(text, 15_000)

    @Slot(int)
    def _forget_import_dialog(self, _result: int) -> None:
        dialog, self.import_dialog = self.import_dialog, None
        if dialog is not None and not dialog.busy:
            dialog.deleteLater()

    @Slot(object)
    def _on_imported(self, result: object) -> None:
        from desktop.services.importer import ImportResult

        if not isinstance(result, ImportResult):
            return
        if self.showing_empty_state and result.batch_id is not None:
            self._forced_list = True
            self.stack.setCurrentWidget(self.splitter)
        if result.new_count:
            # The import's cards, all of them: an old search would hide them (QA: "No
            # contacts match 'ana mendes'" right after importing 10 cards).
            self.set_search_text("")
            self.sidebar.select_key(sb.LAST_IMPORT)
        text = result.summary()
        if result.batch_id is not None:
            text = self.tr("%1 — Undo with %2").replace("%1", text).replace("%2", _undo_key())
        else:
            text = self.tr("%1 — nothing new to add").replace("%1", text)
        self.statusBar().showMessage(text[:1].upper() + text[1:], 15_000)

    @Slot(str)
    def _on_import_cancelled(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    @Slot()
    def undo_last_import(self) -> None:
        """Take back the last import (asking first when it cannot be redone)."""

        def confirm(info: object) -> bool:
            source = Path(str(getattr(info, "source", ""))).name or self.tr("the last import")
            count = int(getattr(info, "contact_count", 0))
            box = QMessageBox(
                QMessageBox.Icon.Question, self.tr("Undo Last Import"),
                self.tr("Remove the %Ln contact(s) imported from %1?", "", count)
                .replace("%1", source),
                QMessageBox.StandardButton.Cancel, self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setInformativeText(self.tr("This import is older than the change history, so "
                                           "this cannot be undone. Values it merged into "
                                           "contacts you already had stay."))
            remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
            box.exec()
            return box.clickedButton() is remove

        self.ops.undo_last_import(confirm)  # the outcome comes as a notice

    @Slot()
    def export_vcards(self) -> None:
        """File → Export vCards…: what and how, then where; written off the UI thread."""
        from desktop.ui.importing.export_dialog import ExportDialog  # not needed at start-up

        dialog = ExportDialog(self.selected_ids(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self._on_exported)
        dialog.cancelled.connect(self._on_export_message)
        dialog.failed.connect(self._on_export_failed)
        self.export_dialog = dialog
        dialog.finished.connect(self._forget_export_dialog)
        dialog.open()

    @Slot(object)
    def _on_exported(self, result: object) -> None:
        summary = getattr(result, "summary", None)
        text = summary() if callable(summary) else self.tr("Exported")
        self.statusBar().showMessage(text[:1].upper() + text[1:], 15_000)

    @Slot(str)
    def _on_export_message(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    @Slot(str)
    def _on_export_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Export failed: %1").replace("%1", message),
                                     10_000)

    @Slot(int)
    def _forget_export_dialog(self, _result: int) -> None:
        self.export_dialog = None

    # --- follow-ups: today's count, calendar export (issue 4) ----------------------------

    def _show_today_count(self) -> None:
        """After the first paint: the title says what is due today (kept current as
        follow-ups change); the reminders start (this week's focus at the week's first
        start, the day's notification, the tray icon, issue 15); pushed calendars update."""
        self._update_title()
        self.ops.changes_applied.connect(self._on_followups_changed)
        from desktop.ui.calendar.calendar_export_dialog import CalendarPusher
        from desktop.ui.calendar.reminder_tray import ReminderTray

        self.reminders = ReminderTray(self.ops, self.settings, self, self._clock)
        self.reminders.agenda_requested.connect(self.open_agenda)
        self.reminders.review_requested.connect(self.open_week_review)
        self.reminders.start()
        self.reminders_action.setChecked(self.reminders.enabled)
        self.pusher = CalendarPusher(self)
        self.ops.changes_applied.connect(self.pusher.on_changes)
        self.pusher.push_now()

    def _clock(self) -> dt.datetime:
        now = dt.datetime.now().replace(microsecond=0)
        return dt.datetime.combine(self._today, now.time()) if self._today else now

    @Slot()
    def open_agenda(self) -> QWidget:
        """The calendar on today (a reminder was clicked)."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        view = self.show_view(VIEW_CALENDAR)
        go_today = getattr(view, "go_today", None)
        if go_today is not None:
            go_today()
        return view

    @Slot()
    def open_week_review(self) -> QDialog:
        """View > Weekly Review…: who you saw, promises kept and open, next week's people."""
        from desktop.ui.calendar.review_dialog import WeekReviewDialog

        dialog = WeekReviewDialog(self.ops, self, self._today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.review_dialog = dialog
        dialog.open()
        return dialog

    @Slot(bool)
    def set_reminders_enabled(self, on: bool) -> None:
        reminders = getattr(self, "reminders", None)
        if reminders is not None:
            reminders.set_enabled(on)
        else:
            self.settings.reminders_enabled = on

    @Slot(object)
    def _on_followups_changed(self, changes: Changes) -> None:
        if changes.followups or changes.contacts_added_or_removed:
            self._update_title()

    def _update_title(self) -> None:
        from desktop.services import followups

        count = followups.today_count(self._today)
        parts = []
        if count.due_today:
            parts.append(self.tr("%Ln due today", "", count.due_today))
        if count.overdue:
            parts.append(self.tr("%Ln overdue", "", count.overdue))
        # Qt adds " — Rapport" (the application's display name) itself on Windows and
        # Linux, and macOS shows the name in the menu bar: no prefix here (QA: "Rapport —
        # 1 due today — Rapport").
        self.setWindowTitle(", ".join(parts) if parts else self.tr("Rapport"))

    @Slot()
    def export_calendar(self) -> QDialog:
        """File > Export Calendar…: what goes in the .ics, and the optional push of
        follow-ups to a calendar on a sync account's server (issue 15)."""
        from desktop.ui.calendar.calendar_export_dialog import CalendarExportDialog, CalendarPusher

        pusher = getattr(self, "pusher", None) or CalendarPusher(self)
        self.pusher = pusher
        dialog = CalendarExportDialog(self.settings, pusher, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.save_requested.connect(self.write_calendar)
        self.calendar_dialog = dialog
        dialog.open()
        return dialog

    @Slot(object, object, bool)
    def write_calendar(self, path: Path, options: object, replace_read_only: bool = False
                       ) -> None:
        """Write the .ics off the UI thread (a big network's takes a few seconds), with a
        progress dialog and Cancel."""
        from desktop.services import calendar_export

        opts = options if isinstance(options, calendar_export.CalendarOptions) else None
        self._calendar_worker = start_job(
            self,
            lambda progress: calendar_export.export_calendar(
                path, progress=progress, options=opts, replace_read_only=replace_read_only),
            title=self.tr("Export Calendar"), label=self.tr("Writing the calendar file…"),
            on_finished=self._on_calendar_exported, on_failed=self._on_export_failed,
            on_cancelled=lambda: self.statusBar().showMessage(
                self.tr("Calendar export cancelled"), 8000),
            cancel_exceptions=(calendar_export.CalendarCancelled,),
            cleanup=overview.release_thread_connection, minimum_duration_ms=400)

    @Slot(object)
    def _on_calendar_exported(self, result: object) -> None:
        text = str(getattr(result, "summary", lambda: self.tr("calendar exported"))())
        self.statusBar().showMessage(text[:1].upper() + text[1:], 15_000)

    @staticmethod
    def _dropped_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        # Any local file: a drop of the wrong kind is then told why nothing happens.
        if self._dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            calendars = [p for p in paths if p.suffix.lower() in CALENDAR_SUFFIXES]
            if calendars:
                self.capture_meetings(calendars)
            rest = [p for p in paths if p not in calendars]
            if rest:
                self.import_vcards(self._vcards_only(rest))
        else:
            event.ignore()

    # --- backups (issue 7) ------------------------------------------------------------------

    @Slot()
    def open_restore_dialog(self) -> QDialog:
        from desktop.ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.ops, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        dialog.open()
        return dialog

    # --- briefings (issue 6) -----------------------------------------------------------------

    @Slot(object)
    def brief_contact(self, contact_id: ContactId | None) -> None:
        """The detail pane's "Briefing…": the preview of the contact it shows."""
        from desktop.ui.briefing.briefing_actions import brief_contact

        brief_contact(self.ops, contact_id, self)

    @Slot()
    def print_week_briefings(self) -> QWidget | None:
        from desktop.ui.briefing.briefing_actions import print_this_weeks_briefings

        return print_this_weeks_briefings(self.ops, self)

    # --- demo network -----------------------------------------------------------------------

    @Slot()
    def ask_demo(self) -> None:
        people, ok = QInputDialog.getInt(
            self, self.tr("Load Demo Network"),
            self.tr("Add a made-up network of this many people\n(your own contacts are "
                    "kept):"),
            DEMO_PEOPLE, 10, 100_000, 50,
        )
        if ok:
            self.load_demo(people)

    def load_demo(self, people: int = DEMO_PEOPLE) -> None:
        """Generate the demo network off the UI thread, with progress and Cancel."""
        if self._worker is not None:
            return
        from desktop.services import demo  # not needed at start-up

        worker = Worker(
            lambda progress: demo.generate_demo(people, progress=progress),
            cancel_exceptions=(demo.DemoCancelled,),
            cleanup=overview.release_thread_connection,
        )
        dialog = progress_dialog(self, worker, self.tr("Load Demo Network"),
                                 self.tr("Creating the demo network…"),
                                 minimum_duration_ms=300)
        worker.signals.progress.connect(self._on_demo_progress)
        worker.signals.finished.connect(self._on_demo_finished)
        worker.signals.failed.connect(self._on_demo_failed)
        worker.signals.cancelled.connect(self._on_demo_cancelled)
        self._worker = worker
        self._progress = dialog
        self.statusBar().showMessage(self.tr("Creating the demo network…"))
        QThreadPool.globalInstance().start(worker)

    @Slot(int, int)
    def _on_demo_progress(self, done: int, total: int) -> None:
        show_progress(self._progress, done, total)

    def _end_demo(self) -> None:
        self._worker = None
        close_progress(self._progress)
        self._progress = None

    @Slot(object)
    def _on_demo_finished(self, summary: object) -> None:
        self._end_demo()
        self.ops.notify(Changes(contacts_added_or_removed=True, tags=True, graph=True,
                                followups=True, interactions=True))
        people = getattr(summary, "people", 0)
        self.statusBar().showMessage(
            self.tr("Demo network ready: %Ln people", "", int(people)), 8000)

    @Slot(str)
    def _on_demo_failed(self, message: str) -> None:
        self._end_demo()
        self.statusBar().clearMessage()
        QMessageBox.warning(self, self.tr("Load Demo Network"),
                            self.tr("The demo network could not be created: %1")
                            .replace("%1", message))

    @Slot()
    def _on_demo_cancelled(self) -> None:
        self._end_demo()
        self.statusBar().showMessage(self.tr("Demo network cancelled: nothing was added"),
                                     8000)

    @property
    def demo_running(self) -> bool:
        return self._worker is not None

    # --- first paint (start-up timing) ------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (not self._painted and event.type() == QEvent.Type.Paint
                and watched is self.table.viewport()):
            self._announce_first_paint()
        if (event.type() == QEvent.Type.Resize and shiboken6.isValid(self.table)
                and watched is self.table.viewport()):
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Show the columns that fit the list's width, most useful first, and never a
        sideways scroll: at 1024 pixels "Next follow-up" was off-screen and the Tags column
        showed one cut-off chip. Tags take the room left, and show only with room for two
        chips; the others keep their (saved) widths."""
        if self._fitting:
            return
        self._fitting = True
        try:
            room = self.table.viewport().width()
            shown: set[Column] = set()
            used = 0
            for column in COLUMN_PRIORITY:
                need = TAGS_MIN_WIDTH if column == Column.TAGS else self._column_widths[column]
                if column == Column.NAME or used + need <= room:
                    shown.add(column)
                    used += need
            for column in Column:
                hidden = column not in shown
                if self.table.isColumnHidden(column) != hidden:
                    self.table.setColumnHidden(column, hidden)
                if not hidden and column != Column.TAGS:
                    self.table.setColumnWidth(column, self._column_widths[column])
            # Without the Tags column (which takes the room left) the last column does.
            self.table.horizontalHeader().setStretchLastSection(Column.TAGS not in shown)
        finally:
            self._fitting = False

    @Slot(int, int, int)
    def _on_column_resized(self, column: int, _old: int, new: int) -> None:
        """The user dragged a column's edge: keep its width, and fit the others again."""
        if self._fitting or new <= 0 or column == Column.TAGS:
            return
        self._column_widths[column] = new
        QTimer.singleShot(0, self._fit_columns)

    @Slot()
    def _on_empty_state_painted(self) -> None:
        if not self._painted:
            self._announce_first_paint()

    def _announce_first_paint(self) -> None:
        self._painted = True
        self.table.viewport().removeEventFilter(self)
        self.first_paint.emit()
