"""The follow-up calendar (issues 4 and 15): a painted month grid whose days show how many
follow-ups, meetings and birthdays fall on them, the agenda of the selected day or week,
the overdue list, the actions on a follow-up (done, snooze, pick a date, reschedule; each
undoable through ``Operations``), on a planned meeting (held, reschedule, cancel: see
``calendar_actions``) and on anyone's row (remind me, add to focus), "Catch up…" for
stale keep-in-touch reminders, and this week's focus (``focus_cards``). It opens on
today; the agenda and the overdue list have no cap (a page at a time, "Show more").

Reads come from ``desktop.services.followups`` / ``focus``; contact text only ever reaches
the screen through plain-text items and ``drawText``.
"""

from __future__ import annotations

import calendar as pycal
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QRectF,
    QSize,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import followups, overview
from desktop.services.followups import AgendaEntry, FollowUpItem, MonthView
from desktop.services.types import Changes, ContactId
from desktop.ui.calendar.calendar_actions import AgendaActions
from desktop.ui.calendar.focus_cards import FocusBox, FocusCard
from desktop.ui.common import formatting
from desktop.ui.common.plain_text import plain_tooltip
from desktop.ui.common.workers import Worker
from desktop.ui.operations import Operations

FOLLOWUP_COLOUR = "#2563eb"
OVERDUE_COLOUR = "#dc2626"
MEETING_COLOUR = "#059669"
BIRTHDAY_COLOUR = "#c026d3"
MUTED = "#6b7280"
AGENDA_ROWS = 200  # agenda rows per page ("Show more" adds a page; no cap)
OVERDUE_ROWS = 300  # overdue rows per page

ItemRole = Qt.ItemDataRole.UserRole + 1  # the FollowUpItem (or None) of an agenda row
ContactRole = Qt.ItemDataRole.UserRole + 2  # its ContactId
MeetingRole = Qt.ItemDataRole.UserRole + 3  # a meeting row's interaction id
StatusRole = Qt.ItemDataRole.UserRole + 4  # a meeting row's status (planned / held)

_STYLE = f"""
QLabel#monthTitle {{ font-size: 20px; font-weight: 600; }}
QLabel#boxTitle {{ color: {MUTED}; font-size: 11px; font-weight: 600; }}
QLabel#legend {{ color: {MUTED}; }}
QFrame#focusCard {{ border: 1px solid palette(midlight); border-radius: 8px;
    background: palette(base); }}
QFrame#focusCard[pinned="true"] {{ border-color: #f59e0b; }}
QLabel#focusName {{ font-weight: 600; }}
QLabel#focusReason {{ color: {MUTED}; }}
QLabel#hint {{ color: {MUTED}; font-style: italic; }}
"""


def _pill_word(full: str, short: str, wide: bool) -> str:
    return full if wide else short


def _long_date(day: dt.date) -> str:
    return formatting.day_text(day)


class MonthGrid(QWidget):
    """The painted month: 6 weeks of 7 days, Monday first. Each day shows its number and a
    coloured pill per kind of thing on it (follow-ups, meetings, birthdays). Private state:
    ``_view`` is the month's counts; ``_selected`` the chosen day; ``_today`` today."""

    day_selected = Signal(object)  # dt.date
    day_activated = Signal(object)  # dt.date (double-click / Enter)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = dt.date.today()
        self._selected = self._today
        self._view = MonthView(self._today.year, self._today.month, {})
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(420, 330)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Month")

    def sizeHint(self) -> QSize:
        return QSize(620, 440)

    # --- state ------------------------------------------------------------------------

    def showing(self, year: int, month: int) -> bool:
        """Whether the grid shows that month (its counts perhaps a moment old)."""
        return (self._view.year, self._view.month) == (year, month)

    def set_view(self, view: MonthView, selected: dt.date, today: dt.date) -> None:
        self._view, self._selected, self._today = view, selected, today
        self.setAccessibleDescription(self.describe(selected))
        self.update()

    @property
    def selected(self) -> dt.date:
        return self._selected

    def first_shown(self) -> dt.date:
        first = dt.date(self._view.year, self._view.month, 1)
        return first - dt.timedelta(days=first.weekday())

    def describe(self, day: dt.date) -> str:
        """What a day holds, in words (tooltips and accessibility)."""
        c = self._view.counts(day)
        parts = [f"{n} {word}{'s' if n != 1 else ''}" for n, word in
                 ((c.followups, "follow-up"), (c.meetings, "meeting"), (c.birthdays, "birthday"))
                 if n]
        return f"{_long_date(day)}: " + (", ".join(parts) if parts else "nothing planned")

    # --- geometry ---------------------------------------------------------------------

    def _header_height(self) -> int:
        return self.fontMetrics().height() + 10

    def _cell_rect(self, index: int) -> QRectF:
        top = self._header_height()
        w = self.width() / 7
        h = (self.height() - top) / 6
        return QRectF((index % 7) * w, top + (index // 7) * h, w, h)

    def day_at(self, x: float, y: float) -> dt.date | None:
        top = self._header_height()
        if y < top:
            return None
        col = int(x // (self.width() / 7))
        row = int((y - top) // ((self.height() - top) / 6))
        if not (0 <= col < 7 and 0 <= row < 6):
            return None
        return self.first_shown() + dt.timedelta(days=row * 7 + col)

    def _small_fonts(self) -> tuple[QFont, QFont]:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        bold_small = QFont(small)
        bold_small.setBold(True)
        return small, bold_small

    def _pill_font(self) -> QFont:
        pill_font = QFont(self.font())
        pill_font.setWeight(QFont.Weight.DemiBold)
        return pill_font

    def _wide(self) -> bool:
        """Full words when a day is wide enough for "12 follow-ups", short ones otherwise,
        the same for every day so the month reads evenly."""
        metrics = QFontMetrics(self._pill_font())
        return metrics.horizontalAdvance("12 follow-ups") + 14 <= self.width() / 7 - 10

    @staticmethod
    def number_rect(cell: QRectF) -> QRectF:
        """Where the day number goes: today's filled circle is exactly this square."""
        return QRectF(cell.left() + 6, cell.top() + 4, 22, 22)

    def badges(self, day: dt.date, cell: QRectF, wide: bool | None = None
               ) -> list[tuple[QRectF, str, str, QFont]]:
        """The coloured pills of *day* in *cell*: (rect, label, colour, font). They never
        overlap the day number (or today's circle): under it when three pills fit there;
        otherwise beside it, and the next rows start below it."""
        counts = self._view.counts(day)
        if counts.total == 0:
            return []
        wide = self._wide() if wide is None else wide
        late = day < self._today
        kinds = [
            (counts.followups, _pill_word("follow-up", "late" if late else "due", wide),
             OVERDUE_COLOUR if late else FOLLOWUP_COLOUR),
            (counts.meetings, _pill_word("meeting", "mtg", wide), MEETING_COLOUR),
            (counts.birthdays, _pill_word("birthday", "bday", wide), BIRTHDAY_COLOUR),
        ]
        number = self.number_rect(cell)
        below_number = number.bottom() + 3
        font = self._pill_font()
        metrics = QFontMetrics(font)
        pill_h = metrics.height() + 2
        stacked = cell.height() >= below_number - cell.top() + 3 * (pill_h + 3)
        if not stacked:
            font = self._small_fonts()[1]
            metrics = QFontMetrics(font)
            pill_h = metrics.height() + 1
        beside = number.right() + 4
        x, y = (cell.left() + 5, below_number) if stacked else \
            (beside, number.center().y() - pill_h / 2)
        out: list[tuple[QRectF, str, str, QFont]] = []
        for n, word, colour in kinds:
            if not n:
                continue
            label = f"{n:,} {word}{'s' if n != 1 and wide else ''}"
            width = metrics.horizontalAdvance(label) + 14
            if not stacked:
                label, width = f"{n:,}", metrics.horizontalAdvance(f"{n:,}") + 10
                if x + width > cell.right() - 4 and x > cell.left() + 5:
                    # The next row, below the number (never over today's circle).
                    x, y = cell.left() + 5, max(y + pill_h + 3, below_number)
            elif width > cell.width() - 10:
                label = f"{n:,}"  # a very narrow window: the colour says what
                width = metrics.horizontalAdvance(label) + 14
            if y + pill_h > cell.bottom() - 2:
                break
            out.append((QRectF(x, y, min(cell.width() - 10, width), pill_h), label, colour,
                        font))
            if stacked:
                y += pill_h + 3
            else:
                x += width + 3
        return out

    # --- painting ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        grid = QColor(text)
        grid.setAlpha(28)
        muted = QColor(MUTED)
        highlight = pal.color(QPalette.ColorRole.Highlight)
        painter.fillRect(self.rect(), base)

        small, bold_small = self._small_fonts()
        header = self._header_height()
        painter.setFont(small)
        painter.setPen(muted)
        for col, name in enumerate(formatting.weekday_names()):
            r = QRectF(col * self.width() / 7, 0, self.width() / 7, header)
            painter.drawText(r.adjusted(8, 0, 0, 0),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)

        wide = self._wide()
        first = self.first_shown()
        for index in range(42):
            day = first + dt.timedelta(days=index)
            cell = self._cell_rect(index)
            in_month = day.month == self._view.month
            if not in_month:
                shade = QColor(text)
                shade.setAlpha(8)
                painter.fillRect(cell, shade)
            if day.weekday() >= 5 and in_month:
                shade = QColor(text)
                shade.setAlpha(5)
                painter.fillRect(cell, shade)
            painter.setPen(grid)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(cell)
            if day == self._selected:
                sel = QColor(highlight)
                sel.setAlpha(34)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(sel)
                painter.drawRect(cell.adjusted(1, 1, -1, -1))
                pen_colour = QColor(highlight)
                painter.setPen(pen_colour if self.hasFocus() else QColor(highlight.lighter(130)))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(cell.adjusted(1, 1, -1, -1))

            # The day number; today's in a filled circle.
            number_rect = self.number_rect(cell)
            painter.setFont(bold_small if day == self._today else small)
            if day == self._today:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(highlight)
                painter.drawEllipse(number_rect)
                painter.setPen(pal.color(QPalette.ColorRole.HighlightedText))
            else:
                painter.setPen(text if in_month else muted)
            painter.drawText(number_rect, Qt.AlignmentFlag.AlignCenter, str(day.day))

            for pill, label, colour, pill_font in self.badges(day, cell, wide):
                painter.setFont(pill_font)
                tint = QColor(colour)
                tint.setAlpha(38 if in_month else 18)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(tint)
                painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
                fg = QColor(colour)
                if not in_month:
                    fg.setAlpha(150)
                painter.setPen(fg)
                painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
        painter.end()

    # --- input ------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().x(), event.position().y())
        if day is not None:
            self.day_selected.emit(day)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().x(), event.position().y())
        if day is not None:
            self.day_activated.emit(day)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()  # type: ignore[attr-defined]
            day = self.day_at(pos.x(), pos.y())
            self.setToolTip(plain_tooltip(self.describe(day)) if day else "")
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7,
                 Qt.Key.Key_Down: 7}
        key = Qt.Key(event.key())
        if key in steps:
            self.day_selected.emit(self._selected + dt.timedelta(days=steps[key]))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.day_activated.emit(self._selected)
            return
        super().keyPressEvent(event)


class DateDialog(QDialog):
    """Pick a date (snooze until / reschedule to)."""

    def __init__(self, title: str, initial: dt.date, minimum: dt.date | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.calendar = QCalendarWidget(self)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(False)
        if minimum is not None:
            self.calendar.setMinimumDate(QDate(minimum.year, minimum.month, minimum.day))
        self.calendar.setSelectedDate(QDate(initial.year, initial.month, initial.day))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.calendar.activated.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)

    def date(self) -> dt.date:
        q = self.calendar.selectedDate()
        return dt.date(q.year(), q.month(), q.day())


def _plain(text: str, name: str = "") -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    if name:
        label.setObjectName(name)
    return label


def _box_title(text: str) -> QLabel:
    label = QLabel(text.upper())
    label.setObjectName("boxTitle")
    return label


class CalendarPanel(QWidget):
    """The calendar view of the main window's middle column.

    Private state: ``_month`` is the (year, month) shown; ``_selected`` the day chosen;
    ``_week_mode`` whether the agenda lists the selected day's week; ``_current`` the
    follow-up the actions act on (the selected row of the agenda or the overdue list,
    whichever was used last).
    """

    contact_selected = Signal(object)  # ContactId
    review_requested = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._fixed_today = today
        self._selected = self.today()
        self._month = (self._selected.year, self._selected.month)
        self._week_mode = False
        self._dirty = False  # a change arrived while hidden: refresh when shown
        self._agenda_pages = 1  # pages of AGENDA_ROWS the agenda shows ("Show more")
        self._overdue_pages = 1
        self._contact: ContactId | None = None  # the person the main window shows
        self._months: dict[tuple[int, int], MonthView] = {}  # month views already read
        self._generation = 0  # bumped by every change: a prefetch from before is dropped
        self._prefetching: set[tuple[int, int]] = set()
        self._jobs: list[Worker] = []  # prefetch workers still running (kept alive)
        self._current: FollowUpItem | None = None
        self.setStyleSheet(_STYLE)

        # Header: navigation, title, legend.
        self.prev_button = QToolButton(self)
        self.prev_button.setText("\u2039")  # single angle quotation mark
        self.prev_button.setToolTip("Previous month (Page Up)")
        self.prev_button.setAutoRaise(True)
        self.next_button = QToolButton(self)
        self.next_button.setText("\u203a")
        self.next_button.setToolTip("Next month (Page Down)")
        self.next_button.setAutoRaise(True)
        for b in (self.prev_button, self.next_button):
            f = b.font()
            f.setPointSizeF(f.pointSizeF() * 1.5)
            b.setFont(f)
        self.today_button = QPushButton("Today", self)
        self.today_button.setToolTip("Go to today (Ctrl+T)")
        self.remind_button = QPushButton(self.tr("Remind Me…"), self)
        self.remind_button.setToolTip(self.tr("A follow-up for someone on the selected day "
                                              "(Ctrl+R)"))
        self.title = QLabel(self)
        self.title.setObjectName("monthTitle")
        legend = QLabel(self)
        legend.setObjectName("legend")
        legend.setTextFormat(Qt.TextFormat.RichText)  # our own fixed text, no contact data
        legend.setText(" &nbsp; ".join(
            f'<span style="color:{c}">●</span> {w}' for c, w in
            ((FOLLOWUP_COLOUR, "Follow-ups"), (OVERDUE_COLOUR, "Overdue"),
             (MEETING_COLOUR, "Meetings"), (BIRTHDAY_COLOUR, "Birthdays"))))
        header = QHBoxLayout()
        header.setSpacing(6)
        header.addWidget(self.prev_button)
        header.addWidget(self.today_button)
        header.addWidget(self.next_button)
        header.addSpacing(8)
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(legend)
        header.addSpacing(8)
        header.addWidget(self.remind_button)

        self.grid = MonthGrid(self)

        # Agenda.
        self.agenda_title = _box_title("Agenda")
        self.day_button = QToolButton(self)
        self.day_button.setText("Day")
        self.week_button = QToolButton(self)
        self.week_button.setText("Week")
        mode = QButtonGroup(self)
        for b in (self.day_button, self.week_button):
            b.setCheckable(True)
            mode.addButton(b)
        self.day_button.setChecked(True)
        self.agenda = self._tree(("When", "Who", "What"))
        self.agenda_more = QPushButton(self)
        self.agenda_more.setFlat(True)
        self.agenda_more.clicked.connect(self.more_agenda)
        agenda_head = QHBoxLayout()
        agenda_head.addWidget(self.agenda_title)
        agenda_head.addStretch(1)
        agenda_head.addWidget(self.day_button)
        agenda_head.addWidget(self.week_button)

        # Overdue.
        self.overdue_title = _box_title("Overdue")
        self.overdue = self._tree(("Due", "Who", "What"))
        self.overdue_more = QPushButton(self)
        self.overdue_more.setFlat(True)
        self.overdue_more.clicked.connect(self.more_overdue)
        self.catch_up_button = QPushButton(self.tr("Catch Up…"), self)
        self.catch_up_button.setToolTip(self.tr("Spread stale keep-in-touch reminders over "
                                                "the next days, or reset their cadence"))
        self.row_actions = AgendaActions(ops, self, self.today)
        self.catch_up_button.clicked.connect(self.row_actions.catch_up)
        self.remind_button.clicked.connect(self.remind_me)

        # Focus.
        self.focus_box = FocusBox(ops, _box_title("This week's focus"), self)
        self.focus_box.chosen.connect(self.contact_selected)
        self.focus_box.review_requested.connect(self.review_requested)

        # Actions.
        self.done_action = self._action("Mark Done", "D", self.mark_done,
                                        "Mark the selected follow-up done")
        self.snooze_day_action = self._action("Snooze 1 Day", "S",
                                              lambda: self.snooze_days(1),
                                              "Remind me again tomorrow")
        self.snooze_week_action = self._action("Snooze 1 Week", "W",
                                               lambda: self.snooze_days(7),
                                               "Remind me again in a week")
        self.pick_action = self._action("Pick a Date…", "P", self.pick_date,
                                        "Snooze until a date you choose")
        self.reschedule_action = self._action("Reschedule…", "R", self.reschedule,
                                              "Change the follow-up's due date")
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.action_buttons: list[QPushButton] = []
        for action in self.item_actions:
            button = QPushButton(action.text().replace("&", ""), self)
            button.setToolTip(f"{action.toolTip()} ({action.shortcut().toString()})")
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
            self.action_buttons.append(button)
        buttons.addStretch(1)
        self.selection_label = _plain("", "hint")
        self.selection_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                           QSizePolicy.Policy.Preferred)

        layout = QGridLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setHorizontalSpacing(16)
        layout.setVerticalSpacing(8)
        layout.addLayout(header, 0, 0, 1, 2)
        layout.addWidget(self.grid, 1, 0)
        layout.addWidget(self.focus_box, 1, 1)
        agenda_box = QVBoxLayout()
        agenda_box.addLayout(agenda_head)
        agenda_box.addWidget(self.agenda)
        agenda_box.addWidget(self.agenda_more, 0, Qt.AlignmentFlag.AlignLeft)
        overdue_box = QVBoxLayout()
        overdue_head = QHBoxLayout()
        overdue_head.addWidget(self.overdue_title)
        overdue_head.addStretch(1)
        overdue_head.addWidget(self.catch_up_button)
        overdue_box.addLayout(overdue_head)
        overdue_box.addWidget(self.overdue)
        overdue_box.addWidget(self.overdue_more, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(agenda_box, 2, 0)
        layout.addLayout(overdue_box, 2, 1)
        layout.addLayout(buttons, 3, 0, 1, 2)
        layout.addWidget(self.selection_label, 4, 0, 1, 2)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)
        layout.setRowStretch(1, 3)
        layout.setRowStretch(2, 2)

        for seq, slot in ((QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage),
                           self.previous_month),
                          (QKeySequence(QKeySequence.StandardKey.MoveToNextPage),
                           self.next_month),
                          (QKeySequence("Ctrl+T"), self.go_today)):
            # Remind me (Ctrl+R) is the main window's, which calls remind_me here.
            act = QAction(self)
            act.setShortcut(seq)
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)

        self.prev_button.clicked.connect(self.previous_month)
        self.next_button.clicked.connect(self.next_month)
        self.today_button.clicked.connect(self.go_today)
        self.grid.day_selected.connect(self.select_day)
        self.grid.day_activated.connect(self._focus_agenda)
        self.day_button.toggled.connect(lambda on: self.set_week_mode(not on))
        for tree in (self.agenda, self.overdue):
            tree.currentItemChanged.connect(self._on_current_item)
            tree.itemActivated.connect(self._on_activated)
            tree.installEventFilter(self)
        ops.changes_applied.connect(self._on_changes)
        self._update_actions()
        self.refresh()

    # --- construction helpers -----------------------------------------------------------

    def _tree(self, columns: tuple[str, ...]) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setColumnCount(len(columns))
        tree.setHeaderLabels(list(columns))
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(False)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(lambda pos, t=tree: self._context_menu(t, pos))
        # The first column ("15 d late", "Anniversary") always fits its text; Who and What
        # share the rest and elide, so the list never scrolls sideways (QA: a horizontal
        # scroll after a click cut "15 d late" to "5 d late").
        header = tree.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(36)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        tree.setMinimumHeight(120)
        return tree

    @property
    def item_actions(self) -> list[QAction]:
        return [self.done_action, self.snooze_day_action, self.snooze_week_action,
                self.pick_action, self.reschedule_action]

    def _action(self, text: str, key: str, slot: Callable[[], object], tip: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        # Single-letter keys only while one of the lists has focus (never in a text field).
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    # --- navigation ---------------------------------------------------------------------

    @property
    def month(self) -> tuple[int, int]:
        return self._month

    @property
    def selected_day(self) -> dt.date:
        return self._selected

    @Slot()
    def previous_month(self) -> None:
        self._move_months(-1)

    @Slot()
    def next_month(self) -> None:
        self._move_months(1)

    def _move_months(self, step: int) -> None:
        year, month = self._month
        month += step
        year += (month - 1) // 12
        month = (month - 1) % 12 + 1
        if not 1 <= year <= 9999:
            return
        day = min(self._selected.day, pycal.monthrange(year, month)[1])
        self.select_day(dt.date(year, month, day))

    @Slot()
    def go_today(self) -> None:
        self.select_day(self.today())

    @Slot(object)
    def select_day(self, day: dt.date) -> None:
        if day != self._selected:
            self._agenda_pages = 1
        self._selected = day
        if (day.year, day.month) != self._month:
            self._month = (day.year, day.month)
            self._refresh_month()
        else:
            self.grid.set_view(self.grid._view, day, self.today())
        self._refresh_agenda()

    def set_week_mode(self, week: bool) -> None:
        if week == self._week_mode:
            return
        self._week_mode = week
        self._agenda_pages = 1
        self.week_button.setChecked(week)
        self.day_button.setChecked(not week)
        self._refresh_agenda()

    def select_contact(self, contact_id: ContactId) -> None:
        """The main window says who is shown. The calendar stays where it is (it opens on
        today, issue 15); "Remind me…" is for them."""
        self._contact = contact_id

    @Slot()
    def remind_me(self) -> QDialog:
        """"Remind me…" on the selected day, for the person shown (or one to pick)."""
        day = self._selected if self._selected >= self.today() else self.today()
        return self.row_actions.remind(self._contact, day)

    # --- refresh ------------------------------------------------------------------------

    def refresh(self, *, wait: bool = True) -> None:
        """Re-read everything; the list that had the selection keeps it at the same row
        (after "Mark done" the next follow-up is selected, ready for the next key).
        *wait* False (after a change) lets the month's counts come from a worker thread a
        moment later: the lists the user acts in are read at once, the grid follows."""
        owner = next((t for t in (self.agenda, self.overdue) if t.hasFocus()), None)
        current = owner.currentItem() if owner is not None else None
        row = owner.indexOfTopLevelItem(current) if owner is not None and current else -1
        self._refresh_month(wait=wait)
        self._refresh_agenda()
        self._refresh_overdue()
        self._refresh_focus()
        if owner is not None and row >= 0 and owner.topLevelItemCount():
            item = owner.topLevelItem(min(row, owner.topLevelItemCount() - 1))
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsSelectable:
                owner.setCurrentItem(item)

    def _refresh_month(self, *, wait: bool = True) -> None:
        year, month = self._month
        # Months already seen come from memory (moving back and forth is instant); any
        # change to follow-ups, meetings or contacts empties the memory (_on_changes).
        view = self._months.get((year, month))
        if view is None and (wait or not self.grid.showing(year, month)):
            view = followups.month_view(year, month)
            self._months[(year, month)] = view
        # Not waiting: the grid keeps the counts it shows until the worker's arrive.
        self._prefetch_neighbours(year, month)
        if view is not None:
            self.grid.set_view(view, self._selected, self.today())
        self.title.setText(formatting.month_year(dt.date(year, month, 1)))

    def _prefetch_neighbours(self, year: int, month: int) -> None:
        """Read the months before and after (and the month shown, when a change left it
        to come later) off the UI thread, so the next month change finds them in memory
        (SQLite does the counting without holding the GIL)."""
        around = ((year, month), _shift_month(year, month, -1), _shift_month(year, month, 1))
        wanted = [ym for ym in around
                  if ym not in self._months and ym not in self._prefetching]
        if not wanted:
            return
        generation = self._generation

        def job(_progress: object) -> tuple[int, list[tuple[tuple[int, int], MonthView]]]:
            return generation, [(ym, followups.month_view(ym[0], ym[1]))
                                for ym in wanted]

        worker = Worker(job, cleanup=overview.release_thread_connection)
        # A bound slot, not a lambda: it runs queued on the UI thread.
        worker.signals.finished.connect(self._prefetched)
        self._prefetching.update(wanted)
        self._jobs.append(worker)
        QThreadPool.globalInstance().start(worker)

    @Slot(object)
    def _prefetched(self, result: tuple[int, list[tuple[tuple[int, int], MonthView]]]) -> None:
        generation, views = result
        for ym, view in views:
            self._prefetching.discard(ym)
            if generation == self._generation:  # nothing changed while it was read
                self._months.setdefault(ym, view)
                if ym == self._month:  # the month shown, read after a change
                    self.grid.set_view(self._months[ym], self._selected, self.today())
        if not self._prefetching:
            self._jobs.clear()  # every job has reported: let them go
        if generation != self._generation:  # read again, as the data is now
            self._prefetch_neighbours(*self._month)

    def _agenda_range(self) -> tuple[dt.date, dt.date]:
        if self._week_mode:
            start = self._selected - dt.timedelta(days=self._selected.weekday())
            return start, start + dt.timedelta(days=6)
        return self._selected, self._selected

    def _refresh_agenda(self) -> None:
        start, end = self._agenda_range()
        # A busy day on 100,000 contacts holds a thousand items: the agenda shows a page
        # of AGENDA_ROWS at a time so a month change stays quick; "Show more" adds pages.
        shown = AGENDA_ROWS * self._agenda_pages
        entries = followups.agenda(start, end, limit=shown + 1)
        more = len(entries) > shown
        entries = entries[:shown]
        today = self.today()
        tree = self.agenda
        keep = self._current if self._current is not None else None
        tree.setUpdatesEnabled(False)
        tree.blockSignals(True)
        try:
            tree.clear()
            tree.setRootIsDecorated(False)
            parent: QTreeWidgetItem | None = None
            last_day: dt.date | None = None
            items: list[QTreeWidgetItem] = []
            for entry in entries:
                if self._week_mode and entry.day != last_day:
                    parent = QTreeWidgetItem([_long_date(entry.day)])
                    font = parent.font(0)
                    font.setBold(True)
                    parent.setFont(0, font)
                    parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    items.append(parent)
                    last_day = entry.day
                row = self._agenda_row(entry, today)
                if parent is not None:
                    parent.addChild(row)
                else:
                    items.append(row)
            tree.addTopLevelItems(items)
            for n, top in enumerate(items):
                if top.childCount():  # a day heading reads across the columns
                    tree.setFirstColumnSpanned(n, QModelIndex(), True)
            if self._week_mode:  # day headings: a day's list has none to expand
                tree.expandAll()
        finally:
            tree.blockSignals(False)
            tree.setUpdatesEnabled(True)
        if self._week_mode:
            label = f"Agenda · week of {formatting.short_date(start, start)}"
        else:
            label = f"Agenda · {_long_date(start)}"
        count = f"{len(entries):,}+" if more else f"{len(entries):,}"
        self.agenda_title.setText(f"{label} · {count}".upper())
        self.agenda_more.setVisible(more)
        self.agenda_more.setText(self.tr("Show %1 more").replace("%1", f"{AGENDA_ROWS:,}"))
        if not entries:
            empty = QTreeWidgetItem(["", "Nothing planned", ""])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            tree.addTopLevelItem(empty)
        if keep is not None and self._current is keep:
            self._set_current(None)  # the rows are new: nothing is selected any more

    def _agenda_row(self, entry: AgendaEntry, today: dt.date) -> QTreeWidgetItem:
        if entry.kind == "meeting" and entry.at is not None:
            if entry.status == "held":
                when = f"{formatting.time_text(entry.at)}  Met"
            elif entry.at < dt.datetime.now():
                # planned, its time passed: hold it
                when = f"{formatting.time_text(entry.at)}  Held?"
            else:
                when = f"{formatting.time_text(entry.at)}  1-2-1"
            colour = MEETING_COLOUR
        elif entry.kind in ("birthday", "anniversary"):
            when = "Birthday" if entry.kind == "birthday" else "Anniversary"
            colour = BIRTHDAY_COLOUR
        else:
            late = entry.day < today
            when = "Overdue" if late else "Follow up"
            colour = OVERDUE_COLOUR if late else FOLLOWUP_COLOUR
        row = QTreeWidgetItem([when, entry.title, entry.detail])
        row.setForeground(0, QColor(colour))
        row.setToolTip(1, plain_tooltip(entry.title))  # names are data, never markup
        row.setToolTip(2, plain_tooltip(entry.detail))
        row.setData(0, ItemRole, entry.followup)
        row.setData(0, ContactRole, int(entry.contact_id))
        if entry.interaction_id is not None:
            row.setData(0, MeetingRole, int(entry.interaction_id))
            row.setData(0, StatusRole, entry.status)
        return row

    def _refresh_overdue(self) -> None:
        today = self.today()
        items, total = followups.overdue(today, limit=OVERDUE_ROWS * self._overdue_pages)
        tree = self.overdue
        tree.setUpdatesEnabled(False)
        tree.blockSignals(True)
        try:
            tree.clear()
            rows = []
            for item in items:
                late = item.days_overdue(today)
                row = QTreeWidgetItem([f"{late:,} d late", item.name, item.reason])
                row.setForeground(0, QColor(OVERDUE_COLOUR))
                row.setToolTip(0, f"Due {_long_date(item.on)}")
                row.setToolTip(1, plain_tooltip(item.name))
                row.setToolTip(2, plain_tooltip(item.reason))
                row.setData(0, ItemRole, item)
                row.setData(0, ContactRole, int(item.contact_id))
                rows.append(row)
            tree.addTopLevelItems(rows)
            if not rows:
                empty = QTreeWidgetItem(["", "Nothing overdue", ""])
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                tree.addTopLevelItem(empty)
        finally:
            tree.blockSignals(False)
            tree.setUpdatesEnabled(True)
        shown = f" · showing the oldest {len(items):,}" if total > len(items) else ""
        self.overdue_title.setText(f"Overdue · {total:,}{shown}".upper())
        self.overdue_more.setVisible(total > len(items))
        self.overdue_more.setText(self.tr("Show %1 more").replace(
            "%1", f"{min(OVERDUE_ROWS, total - len(items)):,}"))
        self.catch_up_button.setVisible(followups.has_stale_cadence(today))

    @Slot()
    def more_agenda(self) -> None:
        self._agenda_pages += 1
        self._refresh_agenda()

    @Slot()
    def more_overdue(self) -> None:
        self._overdue_pages += 1
        self._refresh_overdue()

    def _refresh_focus(self) -> None:
        self.focus_box.fill(self.today())

    @property
    def cards(self) -> list[FocusCard]:
        """This week's focus, as shown."""
        return self.focus_box.cards

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        if (changes.followups or changes.interactions or changes.contacts
                or changes.contacts_added_or_removed or changes.tags):
            self._months.clear()
            self._generation += 1
        if not (changes.followups or changes.interactions or changes.contacts
                or changes.contacts_added_or_removed):
            return
        if not self.isVisible():
            self._dirty = True
            return
        self.refresh(wait=False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._dirty = False
            self.refresh()

    # --- the selected follow-up and its actions -----------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QTreeWidget):
            item = watched.currentItem()
            self._set_current(item.data(0, ItemRole) if item is not None else None)
            for action in self.item_actions:
                for tree in (self.agenda, self.overdue):
                    tree.removeAction(action)
                watched.addAction(action)
        return super().eventFilter(watched, event)

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_current_item(self, current: QTreeWidgetItem | None,
                         _previous: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        self._set_current(current.data(0, ItemRole))
        cid = current.data(0, ContactRole)
        if cid is not None:
            self.contact_selected.emit(ContactId(int(cid)))

    @Slot(QTreeWidgetItem, int)
    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        cid = item.data(0, ContactRole)
        if cid is not None:
            self.contact_selected.emit(ContactId(int(cid)))

    def _set_current(self, item: object) -> None:
        self._current = item if isinstance(item, FollowUpItem) else None
        self._update_actions()

    def current_followup(self) -> FollowUpItem | None:
        return self._current

    def _update_actions(self) -> None:
        item = self._current
        enabled = item is not None
        for action in self.item_actions:
            action.setEnabled(enabled)
        self.reschedule_action.setText("Reschedule…")
        for button, action in zip(self.action_buttons, self.item_actions, strict=True):
            button.setEnabled(action.isEnabled())
        if item is None:
            self.selection_label.setText("Select a follow-up to mark it done, snooze or "
                                         "reschedule it.")
        else:
            self.selection_label.setText(f"{item.name}: {item.reason} · "
                                         f"{_long_date(item.on)}")

    def row_menu(self, item: QTreeWidgetItem) -> QMenu | None:
        """The actions of one agenda or overdue row: a follow-up's own, a planned
        meeting's (held, reschedule, cancel), and the person's (remind me, add to focus)."""
        cid = item.data(0, ContactRole)
        if cid is None:
            return None
        menu = QMenu(self)
        if isinstance(item.data(0, ItemRole), FollowUpItem):
            for action in self.item_actions:
                menu.addAction(action)
            menu.addSeparator()
        iid = item.data(0, MeetingRole)
        self.row_actions.add_row_actions(menu, ContactId(int(cid)),
                                         int(iid) if iid is not None else None,
                                         str(item.data(0, StatusRole) or ""))
        return menu

    def _context_menu(self, tree: QTreeWidget, pos: QPoint) -> None:
        item = tree.itemAt(pos)
        if item is None:
            return
        tree.setCurrentItem(item)
        menu = self.row_menu(item)
        if menu is not None:
            menu.exec(tree.viewport().mapToGlobal(pos))

    @Slot()
    def mark_done(self) -> None:
        if self._current is not None:
            self._ops.mark_followup_done(self._current)

    def snooze_days(self, days: int) -> None:
        if self._current is not None:
            self._ops.snooze_followup_for(self._current, days)

    @Slot()
    def pick_date(self) -> None:
        item = self._current
        if item is None:
            return
        today = self.today()
        dialog = DateDialog(f"Snooze {item.name} until", max(today + dt.timedelta(days=1),
                            item.on), today, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._ops.snooze_followup(item, dialog.date())

    @Slot()
    def reschedule(self) -> None:
        item = self._current
        if item is None:
            return
        dialog = DateDialog(f"Reschedule {item.name}", item.on, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._ops.reschedule_followup(item, dialog.date())

    @Slot(object)
    def _focus_agenda(self, day: dt.date) -> None:
        self.select_day(day)
        self.agenda.setFocus()
        first = self.agenda.topLevelItem(0)
        if first is not None:
            target = first.child(0) if first.childCount() else first
            if target is not None:
                self.agenda.setCurrentItem(target)


def _shift_month(year: int, month: int, step: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + step
    return index // 12, index % 12 + 1
