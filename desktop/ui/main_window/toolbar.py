"""The main toolbar: the everyday commands, then the views; it never overflows."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QSize, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSizePolicy, QToolBar, QToolButton, QWidget

from desktop.ui.common import tokens


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
        # Only what changed: each setter tells the toolbar's button to update and repaint
        # (Undo's text changes after every change; its icon and state mostly do not).
        if self.isEnabled() != action.isEnabled():
            self.setEnabled(action.isEnabled())
        icon = action.icon()
        if icon.cacheKey() != self.icon().cacheKey():
            self.setIcon(icon)
        # "&Undo Edit tag Chess && Go" -> "Undo Edit tag Chess & Go"
        full = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{full} ({key})" if key else full
        if tip != self.toolTip():
            self.setToolTip(tip)
        if full != self.statusTip():
            self.setStatusTip(full)


class MainToolBar(QToolBar):
    """*commands* (``None`` for a separator), then, at the right end, *views*.

    It never overflows (QA: below ~1060 px a view button hid behind an overflow button
    painted as a blank square): where the labels do not fit, the commands show their icons
    only (their names are the tooltips), then the views too; see ``fit``.
    """

    MODES = ("text", "views", "icons")

    def __init__(self, commands: list[QAction | None], views: list[QAction],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Main toolbar"), parent)
        self.setObjectName("MainToolBar")
        self.setMovable(False)
        self.setFloatable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIconSize(QSize(tokens.ICON_SIZE, tokens.ICON_SIZE))
        for action in commands:
            if action is None:
                self.addSeparator()
            else:
                self.addAction(action)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        for action in views:
            self.addAction(action)
        self._views = set(views)
        self._widths: dict[str, int] = {}
        self._mode = ""

    @property
    def mode(self) -> str:
        """"text" (every label), "views" (the views' labels only) or "icons"."""
        return self._mode

    def fit(self, available: int) -> None:
        """The first mode whose buttons fit in *available* pixels (the window's width)."""
        mode = next((m for m in self.MODES if self._width(m) <= available), "icons")
        if mode != self._mode:
            self._set_mode(mode)

    def _buttons(self) -> tuple[list[QToolButton], list[QToolButton]]:
        commands: list[QToolButton] = []
        view_buttons: list[QToolButton] = []
        for action in self.actions():
            button = self.widgetForAction(action)
            if isinstance(button, QToolButton):
                (view_buttons if action in self._views else commands).append(button)
        return commands, view_buttons

    def _set_mode(self, mode: str) -> None:
        text = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        icon = Qt.ToolButtonStyle.ToolButtonIconOnly
        commands, views = self._buttons()
        for button in commands:
            button.setToolButtonStyle(text if mode == "text" else icon)
        for button in views:
            button.setToolButtonStyle(icon if mode == "icons" else text)
        self._mode = mode

    def _width(self, mode: str) -> int:
        """The width the buttons need in *mode* (measured once per mode)."""
        width = self._widths.get(mode)
        if width is None:
            self._set_mode(mode)
            layout = self.layout()
            spacing = layout.spacing() if layout is not None else 4
            commands, views = self._buttons()
            width = sum(b.sizeHint().width() + spacing for b in commands + views)
            width += 2 * 12 + 40  # the two separators, the toolbar's padding and margins
            self._widths[mode] = width
        return width
