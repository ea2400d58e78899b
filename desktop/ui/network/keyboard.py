"""The network picture by keyboard and for assistive technology (issue 14).

The people are painted, so there is no widget per person to take the focus: the view
keeps one *focused person* instead, as the calendar's month grid keeps its selected day.
Tab into the view focuses the selected person (else you, else the most connected); the
arrow keys move to the nearest person in that direction; Home goes to you, End to the
most connected; Page Down / Page Up walk the people from the most connected down; Enter
or Space selects the focused person as a click does. A ring marks them, and the view's
accessible name says who they are in words, announced on each move.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAccessible, QAccessibleEvent, QKeyEvent

from desktop.services import graph, network
from desktop.services.types import ContactId
from desktop.ui.network.items import CLOSENESS, STAGE_TITLES, NodeItem
from desktop.ui.network.loading import Loaded
from desktop.ui.network.picture import Picture

translate = QCoreApplication.translate

# An arrow key reaches people within this angle of its direction first (tan 60°): a
# person straight ahead but far beats one close by but off to the side.
_CONE = 1.73


def nearest(items: list[NodeItem], origin: NodeItem, dx: int, dy: int) -> NodeItem | None:
    """The person nearest *origin* in the direction (*dx*, *dy*) (one of the four
    axes): ahead of it, scored by the distance along plus twice the distance across, the
    ones within the cone first."""
    ox, oy = origin.xy
    best: tuple[bool, float] | None = None
    found: NodeItem | None = None
    for item in items:
        if item is origin:
            continue
        x, y = item.xy
        along = (x - ox) * dx + (y - oy) * dy
        if along <= 0:
            continue
        across = abs((x - ox) * dy - (y - oy) * dx)
        score = (across > along * _CONE, along + 2 * across)
        if best is None or score < best:
            best, found = score, item
    return found


class KeyboardWalk(QObject):
    """The view's focused person (``current``), moved by the keys (an event filter on
    the view), ringed in the picture and named in the view's accessible name.

    Private state: ``selected`` the person the detail pane shows (where Tab starts);
    ``_loaded`` gives the network read (the links say who introduced whom)."""

    activated = Signal(object)  # ContactId: Enter or Space on the focused person

    def __init__(self, picture: Picture, loaded: Callable[[], Loaded | None],
                 parent: QObject) -> None:
        super().__init__(parent)
        self.picture = picture
        self.view = picture.view
        self._loaded = loaded
        self.current: ContactId | None = None
        self.selected: ContactId | None = None
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.installEventFilter(self)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refreshed)
        self._idle_name()

    def _idle_name(self) -> None:
        self.view.setAccessibleName(self.tr("Network picture"))
        self.view.setAccessibleDescription(self.tr(
            "Your contacts and who introduced whom. Arrow keys move between people, Home "
            "goes to you, End to the most connected, Page Down and Page Up from the most "
            "connected down, Enter selects"))

    # --- moving ---------------------------------------------------------------------------

    def _shown(self) -> list[NodeItem]:
        return [item for item in self.picture.nodes.values() if item.isVisible()]

    def _start(self) -> ContactId | None:
        """Where Tab lands: the focused person still shown, else the selected one, else
        you, else the most connected."""
        nodes = self.picture.nodes
        for cid in (self.current, self.selected):
            if cid is not None and cid in nodes and nodes[cid].isVisible():
                return cid
        shown = self._shown()
        me = next((it for it in shown if it.info.is_me), None)
        if me is not None:
            return me.info.id
        return self._ranked(shown)[0].info.id if shown else None

    @staticmethod
    def _ranked(items: list[NodeItem]) -> list[NodeItem]:
        return sorted(items, key=lambda it: (-it.info.degree, it.info.name.casefold()))

    def follow(self, contact_id: ContactId | None) -> None:
        """The selection moved (a click, the list): the focus follows it."""
        self.selected = contact_id
        if contact_id is not None and contact_id in self.picture.nodes:
            self.move_to(contact_id)

    @Slot()
    def refresh(self) -> None:
        """A new picture is on screen: ring the focused person in it (or where Tab lands),
        in a turn of its own (not in the one of the picture's first paint)."""
        if self.view.hasFocus():
            self._refresh_timer.start()

    @Slot()
    def _refreshed(self) -> None:
        if self.view.hasFocus():
            self.move_to(self._start())

    def move_to(self, contact_id: ContactId | None) -> None:
        """Focus *contact_id*: ring them, bring them into view, say who they are."""
        self.current = contact_id
        focused = self.view.hasFocus()
        self.picture.draw_ring(contact_id if focused else None)
        item = self.picture.nodes.get(contact_id) if contact_id is not None else None
        if item is None:
            return
        if focused:
            before = self.view.viewportTransform()
            self.view.ensureVisible(item, 40, 40)
            if self.view.viewportTransform() != before:
                self.view.light_frame()  # the links follow, a few per turn
        self._announce(self.describe(item))

    def _announce(self, text: str) -> None:
        if text == self.view.accessibleName():
            return
        self.view.setAccessibleName(text)
        if self.view.hasFocus():
            QAccessible.updateAccessibility(
                QAccessibleEvent(self.view, QAccessible.Event.NameChanged))

    def _key(self, key: int) -> ContactId | None:
        """Who *key* moves the focus to (None: the key is not the walk's)."""
        nodes = self.picture.nodes
        here = nodes.get(self.current) if self.current is not None else None
        if here is None or not here.isVisible():
            return self._start() if key in _MOVES else None
        shown = self._shown()
        if key in _ARROWS:
            found = nearest(shown, here, *_ARROWS[key])
            return found.info.id if found is not None else here.info.id
        if key == Qt.Key.Key_Home:
            me = next((it for it in shown if it.info.is_me), None)
            return (me or self._ranked(shown)[0]).info.id
        ranked = self._ranked(shown)
        if key == Qt.Key.Key_End:
            return ranked[0].info.id
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            step = 1 if key == Qt.Key.Key_PageDown else -1
            index = ranked.index(here) + step
            return ranked[min(max(index, 0), len(ranked) - 1)].info.id
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.view:
            return False
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            self.move_to(self._start())
        elif kind == QEvent.Type.FocusOut:
            self.picture.draw_ring(None)
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
                if self.current is not None and self.current in self.picture.nodes:
                    self.activated.emit(self.current)
                    return True
                return False
            target = self._key(key)
            if target is not None:
                self.move_to(target)
                return True
        return False

    # --- in words ---------------------------------------------------------------------------

    def describe(self, item: NodeItem) -> str:
        """The person in words: name and organisation, how well you know them, who
        introduced them, how many people they know, your tie ("Ana Silva, Harbor & Co:
        relationship; introduced by Sam Rivera; knows 4 people; your tie: close")."""
        info = item.info
        loaded = self._loaded()
        introducers: list[ContactId] = []
        if loaded is not None:
            introducers = [lk.source for lk in loaded.data.links
                           if lk.kind == "introduced" and lk.target == info.id]
        refs = graph.person_refs([info.id, *introducers])
        own = refs.get(info.id)
        who = info.name
        if own is not None and own.organization and own.organization not in info.name:
            who = self.tr("%1, %2").replace("%1", info.name).replace("%2", own.organization)
        parts = [translate("NetworkView", "You") if info.is_me
                 else translate("NetworkView", STAGE_TITLES.get(info.stage, info.stage))]
        names = [refs[i].label for i in introducers if i in refs]
        if names:
            parts.append(self.tr("introduced by %1").replace("%1", ", ".join(names)))
        parts.append(self.tr("knows %Ln people", "", info.degree))
        if info.tie and not info.is_me:
            words = network.closeness_words(info.tie)
            parts.append(self.tr("your tie: %1").replace(
                "%1", translate("NetworkView", CLOSENESS.get(words, words))))
        return self.tr("%1: %2").replace("%1", who).replace("%2", "; ".join(parts))


_ARROWS: dict[int, tuple[int, int]] = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
           Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
_MOVES: set[int] = {*_ARROWS, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_PageDown,
          Qt.Key.Key_PageUp}
