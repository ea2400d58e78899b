"""Tags shown as coloured chips in a flow layout, with an x button to remove each and a line
edit (completing over the existing tag names) to add one.

``TagChips`` keeps its own list of tags and reports each user edit as the whole new
list (``tags_edited``); the owner decides what to do with it: the detail pane sends
it through ``Operations.set_tags`` (undoable), the editor keeps it in its form.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, QStringListModel, Qt, Signal, Slot
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from desktop.ui.common import tokens
from desktop.ui.common.plain_text import plain_tooltip
from desktop.ui.common.tokens import AVOID_COLOUR, tag_colour

__all__ = ["AVOID_COLOUR", "ChipTag", "TagChips", "chip_palette", "tag_colour"]

MAX_CHIP_TEXT_WIDTH = 220
SPARE_CHIPS = 6  # hidden chips kept for the next contact's tags (TagChips.set_tags)


def chip_palette(base: QColor, dark: bool = False) -> tuple[str, str, str]:
    """(background, border, text) for a chip of colour *base* (``tokens.chip_colours``)."""
    bg, border, fg = tokens.chip_colours(base, dark)
    return bg.name(), border.name(), fg.name()


@dataclass(frozen=True)
class ChipTag:
    """What a chip needs to know about a tag."""

    name: str
    colour: str = ""
    category: str = "interest"


class FlowLayout(QLayout):
    """Lays items out left to right, wrapping onto new lines (Qt's Flow Layout example).

    Private state: ``_items``, the layout items in order; ``_heights`` the height at a
    width, until invalidated (Qt asks again and again while it lays out the pane: a
    dozen times per contact shown, ~1 ms of Python each time with five chips, issue 18).
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._heights: dict[int, int] = {}
        self.setContentsMargins(0, 0, 0, 0)

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def addWidget(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))
        self.invalidate()

    def set_widgets(self, widgets: Sequence[QWidget]) -> None:
        """Lay out exactly *widgets*, in this order (those already here keep their
        items; those left out are no longer laid out, not deleted)."""
        items = {item.widget(): item for item in self._items}
        self._items = []
        for widget in widgets:
            item = items.get(widget)
            if item is None:
                self.addChildWidget(widget)
                item = QWidgetItem(widget)
            self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        self.invalidate()
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._do_layout(QRect(0, 0, width, 0),
                                                            apply=False)
        return height

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _do_layout(self, rect: QRect, *, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            width = min(hint.width(), max(area.width(), 1))
            if x + width > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + self._spacing
                line_height = 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + m.bottom()


def _chip_style(tag: ChipTag, palette: QPalette) -> str:
    bg, border, fg = chip_palette(tag_colour(tag.name, tag.colour, tag.category),
                                  tokens.is_dark(palette))
    avoid = tag.category == "avoid"
    return (f"#tagChip {{ background: {bg}; border: 1px {'dashed' if avoid else 'solid'} "
            f"{border}; border-radius: 11px; }}"
            f"#tagChip QLabel {{ color: {fg}; background: transparent; }}"
            f"#tagChip QToolButton {{ color: {fg}; border: none; background: transparent;"
            f" font-weight: bold; padding: 0px; }}"
            f"#tagChip QToolButton:hover {{ background: {border}; border-radius: 8px; }}"
            f"#tagChip QToolButton:focus {{ border: 2px solid {fg}; border-radius: 8px; }}")


class TagChip(QWidget):
    """One tag: its name in the tag's colour and, when removable, a remove button. A chip
    can show another tag (``set_tag``): the pane reuses the chips of the tags that went.

    Private state: ``_label`` the name as shown."""

    remove_requested = Signal(str)

    def __init__(self, tag: ChipTag, removable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tag = tag
        self.setObjectName("tagChip")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(9, 2, 4 if removable else 9, 2)
        layout.setSpacing(2)
        self._label = QLabel()
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setObjectName("chipText")
        layout.addWidget(self._label)
        self.remove_button: QToolButton | None = None
        if removable:
            button = QToolButton()
            button.setText("\u00d7")  # multiplication sign
            button.setFixedSize(16, 16)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda: self.remove_requested.emit(self.tag.name))
            layout.addWidget(button)
            self.remove_button = button
        self.setFixedHeight(24)
        self._show(tag)

    def set_tag(self, tag: ChipTag) -> None:
        """Show *tag* instead: its name, and its colours (restyled only if they differ).
        Issue 18: a new chip (a styled widget with its children, polished and laid out)
        cost 1.2-1.5 ms of the UI thread, a chip shown again with new colours a third of
        that; the pane shows a new contact after every move in the list."""
        if tag != self.tag:
            self.tag = tag
            self._show(tag)

    def _show(self, tag: ChipTag) -> None:
        avoid = tag.category == "avoid"
        tokens.styled(self, functools.partial(_chip_style, tag))
        # A 100-character tag name is elided, not allowed to widen the pane.
        text = ("⚠ " if avoid else "") + tag.name
        self._label.setText(self._label.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, MAX_CHIP_TEXT_WIDTH))
        self.setToolTip(plain_tooltip(self.tr("Topic to avoid: %1").replace("%1", tag.name)
                                     if avoid else tag.name))
        self.setAccessibleName(
            (self.tr("Topic to avoid: %1") if avoid else self.tr("Tag %1")).replace("%1", tag.name))
        if self.remove_button is not None:
            self.remove_button.setToolTip(
                plain_tooltip(self.tr("Remove tag %1").replace("%1", tag.name)))
            self.remove_button.setAccessibleName(
                self.tr("Remove tag %1").replace("%1", tag.name))


def completion_rank(name: str, typed: str) -> int:
    """How well *name* answers *typed*: 0 starts with it, 1 a word in it does, 2 it is
    somewhere inside, 3 not at all (the completer lists them in this order)."""
    key, words = typed.casefold().strip(), name.casefold()
    if not key:
        return 0
    if words.startswith(key):
        return 0
    if any(word.startswith(key) for word in re.split(r"[\W_]+", words) if word):
        return 1
    return 2 if key in words else 3


class _InputFilter(QObject):
    """Keeps Return in the add-tag field from reaching a dialog's default button, tells
    the chips when the field gains focus (the moment to load completions), and lets the
    window's Undo/Redo have Ctrl+Z/Ctrl+Shift+Z when the field has nothing of its own to
    undo (a focused QLineEdit would otherwise take the shortcut and do nothing)."""

    focused = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.focused.emit()
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and isinstance(watched, QLineEdit)):
            if event.matches(QKeySequence.StandardKey.Undo):
                own = watched.isUndoAvailable() and bool(watched.text())
            elif event.matches(QKeySequence.StandardKey.Redo):
                own = watched.isRedoAvailable()
            else:
                return False
            if not own:
                event.ignore()  # not overridden: the shortcut (the app's Undo) fires
                return True
            return False
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            edit = watched
            if isinstance(edit, QLineEdit) and edit.text().strip():
                edit.returnPressed.emit()
                return True
        return False


class TagChips(QWidget):
    """A flow of tag chips plus (when editable) an "Add tag…" field with completion.

    Private state: ``_tags``, the chips shown, in order; ``_chips``, their widgets;
    ``_spare``, chips hidden for the next tags to show;
    ``_known``, existing tags by folded name (for the colour of a chip just added);
    ``_completion_names``, the names offered, alphabetical (the model holds them ranked
    for what is typed: prefix matches first).
    """

    tags_edited = Signal(tuple)  # tuple[str, ...]: the whole new list after a user edit
    completions_needed = Signal()  # the add field got focus: call set_completions if stale

    def __init__(self, removable: bool = True, addable: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._removable = removable
        self._tags: list[ChipTag] = []
        self._chips: list[TagChip] = []
        self._spare: list[TagChip] = []  # hidden chips to show the next tags (set_tags)
        self._known: dict[str, ChipTag] = {}
        self._completion_names: list[str] = []
        self.setAccessibleName(self.tr("Tags"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        self._flow_host = QWidget()
        self._flow = FlowLayout(self._flow_host, spacing=6)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self._flow_host.setSizePolicy(policy)
        outer.addWidget(self._flow_host)
        self.line_edit = QLineEdit(self)  # a parent now: shown without one, it is a window
        self.line_edit.setPlaceholderText(self.tr("Add a tag…"))
        self.line_edit.setClearButtonEnabled(True)
        self.line_edit.setMaximumWidth(260)
        self.line_edit.setAccessibleName(self.tr("Add a tag"))
        self._completion_model = QStringListModel(self)
        completer = QCompleter(self._completion_model, self.line_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(10)
        self.line_edit.setCompleter(completer)
        # Emitted before the completer filters (QLineEdit's own order): rank first.
        self.line_edit.textEdited.connect(self._rank_completions)
        # A pick from the list adds that tag. Queued: QLineEdit's own handler puts the
        # picked text in the field after ours would run, and it must be cleared after.
        completer.activated.connect(self._completion_picked,
                                    Qt.ConnectionType.QueuedConnection)
        self._input_filter = _InputFilter(self)
        self._input_filter.focused.connect(self.completions_needed)
        self.line_edit.installEventFilter(self._input_filter)
        self.line_edit.returnPressed.connect(self._add_from_line_edit)
        self.line_edit.setVisible(addable)
        outer.addWidget(self.line_edit)

    def set_completions(self, names: Sequence[str]) -> None:
        self._completion_names = list(names)
        self._rank_completions(self.line_edit.text())

    @Slot(str)
    def _rank_completions(self, typed: str) -> None:
        key = typed.strip()
        ranked = sorted(self._completion_names, key=lambda n: completion_rank(n, key))
        if ranked != self._completion_model.stringList():
            self._completion_model.setStringList(ranked)

    def clear_input(self) -> None:
        """Empty the add-tag field, and its own undo history with it (setText, unlike
        clear(), resets it), so Ctrl+Z there goes to the app."""
        self.line_edit.setText("")
        popup = self.line_edit.completer().popup()
        if popup is not None:
            popup.hide()

    def set_known_tags(self, known: Sequence[ChipTag]) -> None:
        """Offer *known* for completion, and draw a newly added one in its colour."""
        self._known = {t.name.casefold(): t for t in known}
        self.set_completions([t.name for t in known])

    def set_tags(self, tags: Sequence[ChipTag]) -> None:
        """Show *tags* (replacing what was shown); does not emit ``tags_edited``. A tag
        shown before keeps its chip, a tag that went lends its chip to a new one: only
        chips beyond those shown before are made (each one a styled widget: making and
        polishing all six chips again was 20-40 ms of the UI thread when one tag was
        added to the contact shown, issue 18)."""
        if len(self._chips) == len(tags) and list(tags) == self._tags:
            return
        self._tags = list(tags)
        kept: dict[ChipTag, list[TagChip]] = {}
        for chip in self._chips:
            kept.setdefault(chip.tag, []).append(chip)
        found = [kept[tag].pop(0) if kept.get(tag) else None for tag in self._tags]
        # A spare chip made ahead for the very tag shows it as it is (see make_spare_chips).
        for n, tag in enumerate(self._tags):
            if found[n] is None:
                ready = next((c for c in self._spare if c.tag == tag), None)
                if ready is not None:
                    self._spare.remove(ready)
                    ready.show()
                    found[n] = ready
        # The chips of the tags that went show the new ones, then the spare ones (another
        # contact shown: a chip shown again is a third of the cost of a new one, issue 18).
        spare = [chip for gone in kept.values() for chip in gone] + self._spare
        spare.reverse()  # taken from the end: those shown now go first
        chips: list[TagChip] = []
        for tag, same in zip(self._tags, found, strict=True):
            if same is None and spare:
                same = spare.pop()
                same.set_tag(tag)
                if same.isHidden():
                    same.show()
            chips.append(same if same is not None else self._new_chip(tag))
        for chip in spare:
            chip.hide()  # at once (the layout no longer places it)
        spare.reverse()
        self._spare = spare[:SPARE_CHIPS]
        for chip in spare[SPARE_CHIPS:]:
            chip.deleteLater()
        self._chips = chips
        self._flow.set_widgets(chips)
        self._flow_host.setVisible(bool(self._tags))
        self.updateGeometry()

    def spare_count(self) -> int:
        return len(self._spare)

    def make_spare_chips(self, count: int = SPARE_CHIPS,
                         likely: Sequence[ChipTag] = ()) -> None:
        """Make up to *count* chips ahead, hidden and styled, for the tags of the contacts
        to come (the detail pane, in a quiet turn at start-up): the first contact shown
        after select-all made its five chips in the turn that filled the pane, 5-7 ms of
        it at 300,000 contacts (issue 18). Chips made for the *likely* tags (the most
        used) show them without even a new style; the others take any tag."""
        waiting = [t for t in likely if t not in self._tags][: count - len(self._spare)]
        while len(self._spare) < count:
            tag = waiting.pop(0) if waiting else ChipTag("")
            chip = TagChip(tag, removable=self._removable, parent=self._flow_host)
            chip.remove_requested.connect(self._remove)
            chip.hide()
            chip.ensurePolished()
            self._spare.append(chip)

    def _new_chip(self, tag: ChipTag) -> TagChip:
        chip = TagChip(tag, removable=self._removable, parent=self._flow_host)
        chip.remove_requested.connect(self._remove)
        chip.show()
        return chip

    def tag_names(self) -> tuple[str, ...]:
        return tuple(t.name for t in self._tags)

    def chip_texts(self) -> list[str]:
        """The names on the chips as shown (for tests and accessibility checks)."""
        return [t.name for t in self._tags]

    @Slot()
    def _add_from_line_edit(self) -> None:
        name = " ".join(self.line_edit.text().split())
        popup = self.line_edit.completer().popup()
        if popup is not None and popup.isVisible():
            # Return with a completion highlighted means that completion.
            current = popup.currentIndex()
            if current.isValid():
                name = " ".join(str(current.data()).split()) or name
            popup.hide()
        self.clear_input()
        if not name:
            return
        existing = {t.name.casefold() for t in self._tags}
        if name.casefold() in existing:
            return
        # Reuse the spelling of a tag that already exists ("running" -> "Running").
        for known in self._completion_model.stringList():
            if known.casefold() == name.casefold():
                name = known
                break
        self._tags.append(self._known.get(name.casefold(), ChipTag(name)))
        self.set_tags(self._tags)
        self.tags_edited.emit(self.tag_names())

    @Slot(str)
    def _completion_picked(self, name: str) -> None:
        if not self.line_edit.text().strip():
            # Return already added it; QLineEdit may have put it back in the field.
            self.clear_input()
            return
        self.line_edit.setText(name)
        self._add_from_line_edit()

    @Slot(str)
    def _remove(self, name: str) -> None:
        self._tags = [t for t in self._tags if t.name != name]
        self.set_tags(self._tags)
        self.tags_edited.emit(self.tag_names())
        self.line_edit.setFocus()
