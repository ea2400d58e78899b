"""The parts the detail pane is built from (issue 3): contact data as plain text that wraps
and never widens the pane (``data_label``, ``breakable``), links shown elided, a titled
section and its label/value grid, the note box, the stage selector, and ``ContactSection``,
the base of the sections other modules add (facts, timeline, introductions). The
formatting helpers are plain functions, easy to test."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QRect, Qt, QUrl, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.types import ContactDetail, LabeledValue, PostalAddress
from desktop.ui.common import formatting, tokens
from desktop.ui.common.plain_text import plain_tooltip
from desktop.ui.common.translatable import QT_TRANSLATE_NOOP
from desktop.ui.operations import Operations

NOTE_MAX_HEIGHT = 320  # a long note scrolls inside its own box rather than the whole pane

STAGES: tuple[tuple[str, str, str], ...] = (
    ("connected", QT_TRANSLATE_NOOP("DetailPane", "Connected"),
     QT_TRANSLATE_NOOP("DetailPane", "We exchanged details")),
    ("acquainted", QT_TRANSLATE_NOOP("DetailPane", "Acquainted"),
     QT_TRANSLATE_NOOP("DetailPane", "We talked and found common ground")),
    ("relationship", QT_TRANSLATE_NOOP("DetailPane", "Relationship"),
     QT_TRANSLATE_NOOP("DetailPane", "We know and like each other")),
    ("trusted", QT_TRANSLATE_NOOP("DetailPane", "Trusted"),
     QT_TRANSLATE_NOOP("DetailPane", "We refer and vouch for each other")),
)

# --- formatting (plain functions: easy to test, no widgets) ------------------------------

def format_partial_date(value: str | None, today: dt.date | None = None) -> str:
    """"1980-03-04" -> "4 March 1980"; "--03-04" -> "4 March"; bad text as is."""
    return formatting.partial_date(value)


def age_on(value: str | None, today: dt.date) -> int | None:
    if not value or value.startswith("--"):
        return None
    try:
        born = dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return years if 0 <= years < 150 else None


_KINDS = {"cell": QT_TRANSLATE_NOOP("DetailPane", "Mobile"),
          "mobile": QT_TRANSLATE_NOOP("DetailPane", "Mobile"),
          "home": QT_TRANSLATE_NOOP("DetailPane", "Home"),
          "work": QT_TRANSLATE_NOOP("DetailPane", "Work"),
          "other": QT_TRANSLATE_NOOP("DetailPane", "Other"),
          "fax": QT_TRANSLATE_NOOP("DetailPane", "Fax"),
          "pager": QT_TRANSLATE_NOOP("DetailPane", "Pager"),
          "main": QT_TRANSLATE_NOOP("DetailPane", "Main")}


def pane_text(text: str) -> str:
    """*text* translated in the detail pane's context (these parts moved out of it)."""
    return QCoreApplication.translate("DetailPane", text)


def kind_label(item: LabeledValue | PostalAddress, noun: str, lower_noun: str = "") -> str:
    """"Mobile phone": *noun* is the row's title ("Phone"), *lower_noun* the word inside a
    title ("phone"); the translation orders them ("Telefon (mobil)")."""
    if item.label:
        return item.label
    kind = (item.kind or "").split(",")[0].strip().lower()
    if kind in _KINDS:
        if not noun:
            return pane_text(_KINDS[kind])
        pattern = QCoreApplication.translate("DetailPane", "%1 %2",
                                             "a kind, then a noun: Mobile phone")
        return pattern.replace("%1", pane_text(_KINDS[kind])).replace(
            "%2", lower_noun or noun.lower())
    return noun


def link_html(href: str, text: str) -> str:
    return f'<a href="{html.escape(href, quote=True)}">{html.escape(text)}</a>'


def safe_web_href(url: str) -> str | None:
    """An href for *url* if it is a web address (never javascript: or file:)."""
    text = url.strip()
    if "://" not in text and ":" in text.split("/")[0]:
        return None  # "javascript:…", "mailto:…", "host:port" without a scheme: no link
    parts = urlsplit(text if "://" in text else f"https://{text}")
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return parts.geturl()
    return None


# --- small widgets ---------------------------------------------------------------------

_LONG_WORD = re.compile(r"\S{32,}")


def breakable(text: str) -> str:
    """*text* with zero-width spaces inside very long words, so a label can wrap them."""
    return _LONG_WORD.sub(lambda m: "\u200b".join(
        m.group(0)[i:i + 24] for i in range(0, len(m.group(0)), 24)), text)


def data_label(text: str = "", object_name: str = "", wrap: bool = True) -> QLabel:
    """A label for contact data: plain text, selectable, wrapping, never widening the pane."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(breakable(text) if wrap else text)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    # An unbreakable 300-character word must not push the pane wider than the window.
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(wrap)
    label.setSizePolicy(policy)
    if object_name:
        label.setObjectName(object_name)
    return label


class ElidedLinkLabel(QLabel):
    """A one-line link (an e-mail, a phone, a web address) that never widens the pane: when
    it does not fit, it ends in "…" and the tooltip shows it in full. Rich text only for
    the link itself; the shown text is escaped (contact text is data).

    Private state: ``_href`` and ``_full`` (the text as stored); ``_shown`` what fits.
    """

    def __init__(self, href: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._href = href
        self._full = text
        self._shown: str | None = None
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(text)
        self._elide(10_000)
        # The link's colour is the palette's when the text is set: set it again when the
        # palette changes (dark blue on a dark pane otherwise).
        tokens.follow_palette(self, ElidedLinkLabel._relink, now=False)

    def set_link(self, href: str, text: str) -> None:
        """Show another link (a label kept for the next contact's rows)."""
        self._href = href
        self._full = text
        self._shown = None
        self.setAccessibleName(text)
        self._elide(self.width())

    def _relink(self, _palette: QPalette) -> None:
        self.clear()
        self.setText(link_html(self._href, self._shown or ""))

    def full_text(self) -> str:
        return self._full

    def focusNextPrevChild(self, next: bool) -> bool:
        # One Tab stop per link (Tab focuses it, Enter opens it): QLabel would stop twice,
        # on the label and then on its one link.
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            QDesktopServices.openUrl(QUrl(self._href))
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            _focus_ring(self, self.rect())

    def shown_text(self) -> str:
        """The text as drawn: the full text, or a prefix of it ending in "…"."""
        return self._shown or ""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide(event.size().width())

    def _elide(self, width: int) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                              max(width - 2, 8))
        if shown == self._shown:
            return
        self._shown = shown
        self.setText(link_html(self._href, shown))
        self.setToolTip(plain_tooltip(self._full) if shown != self._full else "")


class Section(QWidget):
    """A titled block of the pane; hidden by the pane when it has nothing to say."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 14, 0, 0)
        layout.setSpacing(6)
        self.title = QLabel(title.upper())
        self.title.setObjectName("sectionTitle")
        font = self.title.font()
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(6)
        layout.addLayout(self.body)


TextRow = tuple[str, str, str]  # a FieldGrid row of text: label, value, value's object name


class FieldGrid(QWidget):
    """Label/value rows with the labels in one right-aligned, muted column.

    Its labels are kept for the next rows rather than deleted (``clear``), and some are
    made ahead (``make_spares``): the pane builds its grids again for every contact, and
    a label made, styled and shown for the first time cost ~1.5 ms of the UI thread, the
    busiest of the first contact's turns after select-all (issue 18).

    Private state: ``_rows`` how many rows; ``_text_rows`` what ``set_text_rows`` shows
    (None: the rows are not all its own) and ``_values`` their value labels, in order;
    ``_spares`` labels hidden for the next rows, by kind: "name" (the left column),
    "text" (a plain value) and "link" (``ElidedLinkLabel``)."""

    LABEL_WIDTH = 104
    SPARES = 6  # labels of each kind kept hidden for the next rows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(7)
        self._grid.setColumnMinimumWidth(0, self.LABEL_WIDTH)
        self._grid.setColumnStretch(1, 1)
        self._rows = 0
        self._text_rows: list[TextRow] | None = None
        self._values: list[QLabel] = []
        self._spares: dict[str, list[QLabel]] = {"name": [], "text": [], "link": []}

    def clear(self) -> None:
        """No rows; their labels hidden, kept for the next rows (or deleted)."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is None:
                continue
            widget.hide()  # at once (deleteLater waits for the event loop)
            kind = _spare_kind(widget)
            pool = self._spares.get(kind) if kind else None
            if pool is not None and len(pool) < self.SPARES and isinstance(widget, QLabel):
                pool.append(widget)
            else:
                widget.deleteLater()
        self._rows = 0
        self._text_rows = None
        self._values = []

    def make_spares(self, kinds: Sequence[str] = ("name", "text", "link"),
                    count: int = SPARES) -> bool:
        """Make one label of each of *kinds* ahead, hidden and styled, while fewer than
        *count* wait (start-up's quiet turns); whether more are wanted."""
        for kind in kinds:
            pool = self._spares[kind]
            if len(pool) < count:
                label = (ElidedLinkLabel("", "") if kind == "link"
                         else _name_label("") if kind == "name" else data_label(""))
                label.setParent(self)
                label.hide()
                label.ensurePolished()
                pool.append(label)
        return any(len(self._spares[kind]) < count for kind in kinds)

    def text_value(self, text: str) -> QLabel:
        """A value label showing *text* (``data_label``): a spare one, or new."""
        pool = self._spares["text"]
        if pool:
            label = pool.pop()
            label.setText(breakable(text))
            return label
        return data_label(text)

    def link_value(self, href: str, text: str) -> ElidedLinkLabel:
        """A link showing *text* (``ElidedLinkLabel``): a spare one, or new."""
        pool = self._spares["link"]
        if pool:
            label = pool.pop()
            assert isinstance(label, ElidedLinkLabel)
            label.set_link(href, text)
            return label
        return ElidedLinkLabel(href, text)

    def set_text_rows(self, rows: Sequence[TextRow]) -> None:
        """Show exactly *rows* of plain text (``data_label`` values). Rows with the same
        labels as shown keep their labels and only change their text (and their look, an
        overdue date's): a label made anew (selectable text, styled, laid out) cost ~1.5
        ms of the UI thread and the pane refills after every follow-up done or snoozed
        (issue 18)."""
        rows = list(rows)
        shown = self._text_rows
        if shown is not None and [r[0] for r in shown] == [r[0] for r in rows]:
            for value, (_, text, name), (_, before, look) in zip(self._values, rows, shown,
                                                                strict=True):
                if text != before:
                    value.setText(breakable(text))
                if name != look:
                    _restyle(value, name)
            self._text_rows = rows
            return
        self.clear()
        for label, text, name in rows:
            value = self.text_value(text)
            if name:
                _restyle(value, name)
            self.add_row(label, value)
            self._values.append(value)
        self._text_rows = rows

    def add_row(self, label: str, value: QWidget) -> None:
        pool = self._spares["name"]
        if pool:
            name = pool.pop()
            name.setText(breakable(label))
            name.setToolTip(plain_tooltip(label))
        else:
            name = _name_label(label)
        self._grid.addWidget(name, self._rows, 0, Qt.AlignmentFlag.AlignTop)
        # No alignment flag for the value: with one, the grid would size it to its hint
        # and a long unbroken value would overflow instead of wrapping.
        self._grid.addWidget(value, self._rows, 1)
        for widget in (name, value):
            if widget.isHidden() and widget.testAttribute(
                    Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
                widget.show()  # a spare one (hidden on purpose: Qt would not show it)
        self._rows += 1
        self._text_rows = None  # a row of any kind: set_text_rows builds anew next time

    def is_empty(self) -> bool:
        return self._rows == 0

    def row_texts(self) -> list[tuple[str, str]]:
        """The rows shown, top to bottom: the label's text and the value's (a link's as
        drawn), for tests and accessibility checks."""
        out = []
        for row in range(self._rows):
            name, value = (self._grid.itemAtPosition(row, column) for column in (0, 1))
            texts = []
            for item in (name, value):
                widget = item.widget() if item is not None else None
                texts.append(widget.shown_text() if isinstance(widget, ElidedLinkLabel)
                             else widget.text() if isinstance(widget, QLabel) else "")
            out.append((texts[0], texts[1]))
        return out


def _name_label(label: str) -> QLabel:
    """A label of a grid's left column: wrapping, a label longer than the column (German
    "Kennengelernt am") takes two lines rather than losing its end."""
    name = data_label(label, "fieldLabel")
    name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    name.setFixedWidth(FieldGrid.LABEL_WIDTH)
    name.setToolTip(plain_tooltip(label))
    return name


def _spare_kind(widget: QWidget) -> str:
    """What a grid's label may be kept as (``FieldGrid._spares``): "" if not at all (a
    value with a look of its own: restyling costs as much as a new label)."""
    if isinstance(widget, ElidedLinkLabel):
        return "link"
    if isinstance(widget, QLabel):
        name = widget.objectName()
        return "name" if name == "fieldLabel" else "text" if not name else ""
    return ""


def _restyle(label: QLabel, name: str) -> None:
    label.setObjectName(name)
    label.style().unpolish(label)
    label.style().polish(label)


def _focus_ring(widget: QWidget, rect: QRect) -> None:
    """The keyboard focus drawn over a widget the style draws none for."""
    painter = QPainter(widget)
    painter.setPen(QPen(widget.palette().color(QPalette.ColorRole.Highlight), 2))
    painter.drawRect(rect.adjusted(1, 1, -1, -1))
    painter.end()


class NoteView(QTextEdit):
    """A read-only plain-text note that grows with its text up to ``NOTE_MAX_HEIGHT`` and
    scrolls beyond it, so a 10,000-character note neither freezes nor stretches the pane."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Transparent through the palette: a style sheet here would restyle the scroll bar.
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(0, 0, 0, 0))
        self.setPalette(palette)
        self.document().setDocumentMargin(0)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._note: str | None = None  # what set_note last showed

    def set_note(self, text: str) -> None:
        if text == self._note:  # the pane refills after every change (issue 18)
            return
        self._note = text
        self.setPlainText(text)
        self._fit()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():  # a read-only note shows no caret: show where Tab is
            _focus_ring(self.viewport(), self.viewport().rect())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = max(50, self.viewport().width())
        doc = self.document()
        doc.setTextWidth(width)
        height = int(doc.size().height()) + 2
        if height > NOTE_MAX_HEIGHT:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            self.setFrameShape(QFrame.Shape.StyledPanel)  # show where the note's box ends
            self.setFixedHeight(NOTE_MAX_HEIGHT)
        else:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setFrameShape(QFrame.Shape.NoFrame)
            self.setFixedHeight(max(height, self.fontMetrics().height()))


class StageSelector(QWidget):
    """The four relationship stages as one segmented control, left to right."""

    stage_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.setAccessibleName(QCoreApplication.translate("DetailPane", "Relationship stage"))
        self.buttons: dict[str, QToolButton] = {}
        for i, (key, label, hint) in enumerate(STAGES):
            button = QToolButton()
            button.setObjectName("stageButton")
            button.setText(pane_text(label))
            tip = QCoreApplication.translate("DetailPane", "%1: %2", "a stage: its meaning")
            button.setToolTip(tip.replace("%1", pane_text(label)).replace("%2", pane_text(hint)))
            button.setAccessibleDescription(pane_text(hint))
            button.setCheckable(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setProperty("first", i == 0)
            button.setProperty("last", i == len(STAGES) - 1)
            self._group.addButton(button, i)
            layout.addWidget(button)
            self.buttons[key] = button
        self._group.buttonClicked.connect(self._clicked)

    def set_stage(self, stage: str) -> None:
        button = self.buttons.get(stage)
        if button is not None:
            button.setChecked(True)

    def stage(self) -> str:
        for key, button in self.buttons.items():
            if button.isChecked():
                return key
        return ""

    @Slot(QAbstractButton)
    def _clicked(self, button: QAbstractButton) -> None:
        for key, candidate in self.buttons.items():
            if candidate is button:
                self.stage_chosen.emit(key)


# --- what other features add to the pane ----------------------------------------------

def show_sized(widget: QWidget, width: int) -> None:
    """Show *widget*, hidden until now, *width* wide and first given the height its content
    asks at that width: a widget shown lays itself and its parents out at the sizes they
    have, and shown at its old size (a row made ahead: Qt's default 100 × 30) it squeezed
    what it holds, then was given its size and placed it all again, each wrapping label
    laid out twice (issue 18)."""
    if widget.isHidden():
        widget.resize(width, widget.heightForWidth(width) if widget.hasHeightForWidth()
                      else widget.sizeHint().height())
    widget.setVisible(True)


class ContactSection(QWidget):
    """A section a feature adds to the detail pane (``DetailPane.add_section``).

    ``show_contact`` is called with the contact shown each time the pane fills (after any
    change that concerns it); once filled, the section shows itself (``show_filled``), or
    hides itself when it has nothing to show.
    ``_ops`` is the shared Operations, for the changes the section makes.
    """

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops

    def show_contact(self, detail: ContactDetail) -> None:
        raise NotImplementedError

    def show_filled(self) -> None:
        """Show the section, filled (hidden until now: the pane's first contact, see
        ``staged_fill``): ``show_sized``."""
        show_sized(self, self.width())

    @contextmanager
    def adding(self) -> Iterator[None]:
        """Add or show several widgets in the section, laid out once at the end: each
        widget shown in a shown section laid the section out at the height it had, so a
        page of timeline rows squeezed the rows above it once per row (issue 18). Its
        layout is off meanwhile; then the section is given its new height first."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            yield
            return
        layout.setEnabled(False)
        try:
            yield
        finally:
            layout.setEnabled(True)
            layout.invalidate()
            self.updateGeometry()  # the page's layout had kept its old height
            width = self.width()
            if self.hasHeightForWidth():
                self.resize(width, self.heightForWidth(width))
            layout.activate()

    def make_ahead(self) -> bool:
        """Make a part of what the first contact shown will need (widgets, hidden and
        styled), called in quiet turns at start-up until it returns False: the first
        contact after select-all paid for every widget it showed (issue 18). None by
        default."""
        return False

    def fill_stages(self, detail: ContactDetail) -> list[Callable[[], None]]:
        """``show_contact`` in steps, one a quiet turn (the pane's first contact, see
        ``staged_fill``): by default one."""
        return [lambda: self.show_contact(detail)]


def pane_style(palette: QPalette) -> str:
    """The pane's look on *palette*: secondary text, the "me" badge, overdue dates and the
    "Topics to avoid" box from the colour tokens, so each reads in light and dark."""
    c = tokens.colours(palette)
    badge_bg, _badge_border, badge_fg = tokens.tint(tokens.ACCENT, palette)
    avoid_bg, avoid_border, avoid_fg = tokens.tint(tokens.AVOID_COLOUR, palette)
    return f"""
#detailContent {{ background: palette(base); }}
QLabel#contactName {{ font-size: 20px; font-weight: 600; }}
QLabel#subtitle {{ color: {c.muted}; font-size: 13px; }}
QLabel#sectionTitle {{ color: {c.muted}; font-size: 11px; font-weight: 600; }}
QLabel#fieldLabel {{ color: {c.muted}; }}
QLabel#hint {{ color: {c.muted}; font-style: italic; }}
QLabel#meBadge {{ background: {badge_bg}; color: {badge_fg}; border-radius: 8px;
    padding: 0px 8px; font-size: 11px; font-weight: 600; }}
QLabel#overdue {{ color: {c.error}; font-weight: 600; }}
QFrame#avoidBox {{ background: {avoid_bg}; border: 1px solid {avoid_border};
    border-radius: 8px; }}
QLabel#avoidHint {{ color: {avoid_fg}; }}
QFrame#separator {{ color: palette(midlight); }}
QToolButton#stageButton {{ border: 1px solid palette(mid); background: palette(button);
    padding: 3px 0px; font-size: 12px; }}
QToolButton#stageButton:checked {{ background: palette(highlight);
    color: palette(highlighted-text); border-color: palette(highlight); }}
QToolButton#stageButton[first="true"] {{ border-top-left-radius: 6px;
    border-bottom-left-radius: 6px; }}
QToolButton#stageButton[last="true"] {{ border-top-right-radius: 6px;
    border-bottom-right-radius: 6px; }}
QToolButton#stageButton:focus {{ border: 2px solid palette(window-text); }}
QLabel#placeholder {{ color: {c.muted}; font-size: 15px; }}
"""
