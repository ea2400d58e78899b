"""The calendar's painted month (issues 4 and 15): 6 weeks of 7 days, Monday first, each
day with a coloured pill per kind of thing on it (follow-ups, meetings, birthdays), and the
colours the calendar's lists and legend share with it. Contact text never reaches it: it
draws counts and dates only.

Painted days are nothing to a screen reader (issue 14): the keyboard moves the selected
day (arrows, Home / End for the month's first and last day; Enter opens its agenda) and
the grid's accessible name is that day in words, announced whenever it changes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QRegion,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.services.followups import MonthView
from desktop.ui.common import formatting, tokens
from desktop.ui.common.plain_text import plain_tooltip

FOLLOWUP_COLOUR = "#2563eb"
OVERDUE_COLOUR = "#dc2626"
MEETING_COLOUR = "#059669"
BIRTHDAY_COLOUR = "#c026d3"


_PICTURES_KEPT = 6  # month pictures kept besides the one shown (~1 MB each)


def long_date(day: dt.date) -> str:
    return formatting.day_text(day)


def shift_month(year: int, month: int, step: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + step
    return index // 12, index % 12 + 1


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
        self.setMinimumSize(308, 260)  # 7 columns of 44: Sunday shows in a narrow window
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # The grid as last painted: the month and look it was painted for (a change of
        # them paints it all again), the counts and the selected day it shows.
        self._picture: QPixmap | None = None
        self._picture_key: object = None
        self._painted: tuple[MonthView, dt.date] = (self._view, self._selected)
        # Pictures of other months (painted ahead, or shown before), oldest first:
        # look key -> (picture, (counts, selected day) it shows).
        self._pictures: dict[object, tuple[QPixmap, tuple[MonthView, dt.date]]] = {}
        # A picture being painted ahead, a week a turn: (look key, picture, counts,
        # selected day, the next week to paint).
        self._ahead: tuple[object, QPixmap, MonthView, dt.date, int] | None = None
        self._pill_fonts_cache: tuple[str, tuple[tuple[QFont, QFontMetrics, int], ...]] | None \
            = None
        # The picture covers every pixel: nothing under it needs painting first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._update_accessible()

    def sizeHint(self) -> QSize:
        return QSize(620, 440)

    # --- state ------------------------------------------------------------------------

    def showing(self, year: int, month: int) -> bool:
        """Whether the grid shows that month (its counts perhaps a moment old)."""
        return (self._view.year, self._view.month) == (year, month)

    def set_view(self, view: MonthView, selected: dt.date, today: dt.date) -> None:
        same_month = (view.year, view.month) == (self._view.year, self._view.month)
        same_look = same_month and today == self._today
        self._view, self._selected, self._today = view, selected, today
        self._update_accessible()
        if same_look and self._picture is not None:
            changed = self._changed_cells()
            if changed:  # only those days are painted again (``paintEvent``)
                self.update(self._cells_rect(changed))
            return
        self.update()

    @property
    def selected(self) -> dt.date:
        return self._selected

    def first_shown(self) -> dt.date:
        first = dt.date(self._view.year, self._view.month, 1)
        return first - dt.timedelta(days=first.weekday())

    def _update_accessible(self) -> None:
        """What assistive technology reads: the grid's name is the selected day in words
        ("Tuesday, 8 December: 2 follow-ups, 1 birthday"), its description the month and
        the keys. When the name changes while the grid has the focus (an arrow key, the
        day's counts arriving) the change is announced, as moving between the cells of a
        table is: the days are painted, there is no cell to take the focus."""
        month = formatting.month_year(dt.date(self._view.year, self._view.month, 1))
        description = self.tr("%1 · arrow keys move the day, Enter opens its agenda"
                              ).replace("%1", month)
        if description != self.accessibleDescription():
            self.setAccessibleDescription(description)
        name = self.describe(self._selected)
        if name == self.accessibleName():
            return
        self.setAccessibleName(name)
        if self.hasFocus():
            QAccessible.updateAccessibility(
                QAccessibleEvent(self, QAccessible.Event.NameChanged))

    def describe(self, day: dt.date) -> str:
        """What a day holds, in words (tooltips and accessibility)."""
        c = self._view.counts(day)
        parts = [text for n, text in
                 ((c.followups, self.tr("%Ln follow-up(s)", "", c.followups)),
                  (c.meetings, self.tr("%Ln meeting(s)", "", c.meetings)),
                  (c.birthdays, self.tr("%Ln birthday(s)", "", c.birthdays)))
                 if n]
        return self.tr("%1: %2").replace("%1", long_date(day)).replace(
            "%2", ", ".join(parts) if parts else self.tr("nothing planned"))

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

    def _pill_fonts(self) -> tuple[tuple[QFont, QFontMetrics, int], ...]:
        """(font, its metrics, a pill's height) of the stacked pills and of the small ones
        beside the day number, made once for the widget's font."""
        key = self.font().key()
        if self._pill_fonts_cache is None or self._pill_fonts_cache[0] != key:
            font, small = self._pill_font(), self._small_fonts()[1]
            big_metrics, small_metrics = QFontMetrics(font), QFontMetrics(small)
            self._pill_fonts_cache = (key, (
                (font, big_metrics, big_metrics.height() + 2),
                (small, small_metrics, small_metrics.height() + 1)))
        return self._pill_fonts_cache[1]

    def _wide(self) -> bool:
        """Full words when a day is wide enough for "12 follow-ups" (the longest of the
        three, in the user's language), short ones otherwise, the same for every day so
        the month reads evenly."""
        metrics = QFontMetrics(self._pill_font())
        longest = max(metrics.horizontalAdvance(self._pill_label(kind, 12, wide=True))
                      for kind in ("due", "meeting", "birthday"))
        return longest + 14 <= self.width() / 7 - 10

    def _pill_label(self, kind: str, n: int, *, wide: bool) -> str:
        """A pill's text: "3 follow-ups" when the days are wide, "3 due" otherwise. *kind*
        is due / late / meeting / birthday. (Only the one asked for is translated: a month
        paints ~70 pills.)"""
        if wide:
            if kind == "meeting":
                return self.tr("%Ln meeting(s)", "", n)
            if kind == "birthday":
                return self.tr("%Ln birthday(s)", "", n)
            return self.tr("%Ln follow-up(s)", "", n)
        if kind == "due":
            short = self.tr("%1 due", "a narrow calendar pill: follow-ups due")
        elif kind == "late":
            short = self.tr("%1 late", "a narrow calendar pill: overdue follow-ups")
        elif kind == "meeting":
            short = self.tr("%1 mtg", "a narrow calendar pill: meetings")
        else:
            short = self.tr("%1 bday", "a narrow calendar pill: birthdays")
        return short.replace("%1", formatting.number(n))

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
            (counts.followups, "late" if late else "due",
             OVERDUE_COLOUR if late else FOLLOWUP_COLOUR),
            (counts.meetings, "meeting", MEETING_COLOUR),
            (counts.birthdays, "birthday", BIRTHDAY_COLOUR),
        ]
        number = self.number_rect(cell)
        below_number = number.bottom() + 3
        fonts = self._pill_fonts()
        font, metrics, pill_h = fonts[0]
        stacked = cell.height() >= below_number - cell.top() + 3 * (pill_h + 3)
        if not stacked:
            font, metrics, pill_h = fonts[1]
        beside = number.right() + 4
        x, y = (cell.left() + 5, below_number) if stacked else \
            (beside, number.center().y() - pill_h / 2)
        out: list[tuple[QRectF, str, str, QFont]] = []
        for n, kind, colour in kinds:
            if not n:
                continue
            count = formatting.number(n)
            label = self._pill_label(kind, n, wide=wide)
            width = metrics.horizontalAdvance(label) + 14
            if not stacked:
                label, width = count, metrics.horizontalAdvance(count) + 10
                if x + width > cell.right() - 4 and x > cell.left() + 5:
                    # The next row, below the number (never over today's circle).
                    x, y = cell.left() + 5, max(y + pill_h + 3, below_number)
            elif width > cell.width() - 10:
                label = count  # a very narrow window: the colour says what
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
        # Painted into a picture and blitted until something it shows changes: a change
        # elsewhere in the window (a follow-up done) repaints the whole panel, and drawing
        # 42 days took ~15 ms of it (issue 18). When only some days changed (their counts
        # arrived after a change, the selection moved) just those are painted again. The
        # pictures of the months next to it are painted ahead (``prepaint``) and the one
        # left is kept: a month change blits.
        key = self._look_key(self._view)
        if self._picture is None or key != self._picture_key:
            if self._picture is not None:
                self._keep_picture(self._picture_key, self._picture, self._painted)
            ahead = self._pictures.pop(key, None)
            if ahead is not None:
                self._picture, self._painted = ahead
            else:
                self._picture = self._new_picture()
                self._painted = (self._view, self._selected)
            self._picture_key = key
        changed = self._changed_cells()
        if changed:
            self._paint(QPainter(self._picture), changed)
        self._painted = (self._view, self._selected)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._picture)
        painter.end()

    def _look_key(self, view: MonthView) -> object:
        """What a picture of *view* depends on besides its counts and selected day."""
        return ((view.year, view.month), self._today, self.size(), self.devicePixelRatioF(),
                self.hasFocus(), self.palette().cacheKey(), self.font().key(),
                formatting.locale().name())

    def _new_picture(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        picture = QPixmap(self.size() * ratio)
        picture.setDevicePixelRatio(ratio)
        self._paint(QPainter(picture))  # ends the painter
        return picture

    def _keep_picture(self, key: object, picture: QPixmap,
                      painted: tuple[MonthView, dt.date]) -> None:
        self._pictures.pop(key, None)
        self._pictures[key] = (picture, painted)
        while len(self._pictures) > _PICTURES_KEPT:  # the oldest go
            del self._pictures[next(iter(self._pictures))]

    def prepaint(self, view: MonthView, selected: dt.date) -> bool:
        """Paint one week of *view*'s picture (a month next to the one shown, *selected*
        its day chosen) ahead, for when it is shown: that turn then only blits it (~11 ms
        of painting at 300,000 contacts, 25-40 ms at a load of 5, moved to idle turns of
        a sixth of that each). True when the picture is complete, or not wanted (the grid
        is not shown, the picture is there already)."""
        key = self._look_key(view)
        if not self.isVisible() or key == self._picture_key or key in self._pictures:
            self._ahead = None
            return True
        if self._ahead is None or self._ahead[0] != key or self._ahead[2] is not view:
            ratio = self.devicePixelRatioF()
            picture = QPixmap(self.size() * ratio)
            picture.setDevicePixelRatio(ratio)
            self._ahead = (key, picture, view, selected, 0)
        key, picture, view, selected, week = self._ahead
        shown = self._view, self._selected
        self._view, self._selected = view, selected
        try:
            self._paint(QPainter(picture), week=week)  # ends the painter
        finally:
            self._view, self._selected = shown
        if week < 5:
            self._ahead = (key, picture, view, selected, week + 1)
            return False
        self._ahead = None
        self._keep_picture(key, picture, (view, selected))
        return True

    def _changed_cells(self) -> set[int]:
        """The cells that show something else than in the picture (same month, size and
        look): the days whose counts changed, the day selected before and now."""
        view, selected = self._painted
        first = self.first_shown()
        cells = {index for index in range(42)
                 if view.counts(day := first + dt.timedelta(days=index))
                 != self._view.counts(day)}
        if selected != self._selected:
            cells |= {(d - first).days for d in (selected, self._selected)}
        return {index for index in cells if 0 <= index < 42}

    def _cells_rect(self, cells: set[int]) -> QRect:
        """The pixels the cells cover (whole pixels: their borders are shared)."""
        rect = QRect()
        for index in cells:
            rect = rect.united(self._cell_rect(index).toAlignedRect())
        return rect

    def _paint(self, painter: QPainter, cells: set[int] | None = None, *,
               week: int | None = None) -> None:
        """Paint the grid, or only *cells*: the picture's pixels of those cells are painted
        again exactly as a whole paint would (the neighbours whose borders reach into
        them are drawn again too, in the same order, clipped to them). *week* (0-5): only
        that row of a whole paint (the background and the weekdays with the first), so
        that painting the six in turn is the whole paint."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        grid = QColor(text)
        grid.setAlpha(28)
        muted = QColor(tokens.colours(pal).muted)
        highlight = pal.color(QPalette.ColorRole.Highlight)
        indices: range | list[int] = range(42)
        if cells is not None:
            clip = QRegion()
            for index in cells:
                clip = clip.united(QRegion(self._cell_rect(index).toAlignedRect()))
            painter.setClipRegion(clip)
            painter.fillRect(clip.boundingRect(), base)
            near = {n for index in cells for n in (
                index + row * 7 + col for row in (-1, 0, 1) for col in (-1, 0, 1)
                if 0 <= index % 7 + col < 7)}
            indices = sorted(n for n in near if 0 <= n < 42)
        elif not week:
            painter.fillRect(self.rect(), base)
        if week is not None and cells is None:
            indices = range(week * 7, week * 7 + 7)

        small, bold_small = self._small_fonts()
        header = self._header_height()
        if (not week if cells is None else min(cells) < 7):  # the first row reaches it
            painter.setFont(small)
            painter.setPen(muted)
            for col, name in enumerate(formatting.weekday_names()):
                r = QRectF(col * self.width() / 7, 0, self.width() / 7, header)
                painter.drawText(r.adjusted(8, 0, 0, 0),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 name)

        wide = self._wide()
        first = self.first_shown()
        readable: dict[str, QColor] = {}  # a pill colour made readable on the palette
        for index in indices:
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
                if colour not in readable:
                    readable[colour] = QColor(tokens.readable(colour, pal))
                fg = QColor(readable[colour])
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
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End):  # the month's first or last day
            first = self._selected.replace(day=1)
            last = shift_month(first.year, first.month, 1)
            end = (dt.date(*last, 1) - dt.timedelta(days=1)) if last[0] <= 9999 \
                else dt.date(9999, 12, 31)
            self.day_selected.emit(first if key == Qt.Key.Key_Home else end)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.day_activated.emit(self._selected)
            return
        super().keyPressEvent(event)
