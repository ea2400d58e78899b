"""The small window a start-up shows while an older book is backed up and migrated.

Migration 19 rebuilds the search index: ~10 s at 300,000 contacts, before any window
existed, so a user saw nothing and could think Rapport hung. Now, when
``desktop.models.database.pending_upgrade`` says a book needs it, ``upgrade_with_window``
shows this window at once and runs ``upgrade_database`` (the backup, then each migration,
on a connection of its own) on a plain Python thread: SQLite lets go of Python's lock while
it works, so the event loop keeps turning and the window repaints and moves. The app then
opens the migrated book as always (``open_database`` finds nothing left to do); an error
is raised here, on the UI thread, and ends in the usual message or rescue.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLayout, QProgressBar, QVBoxLayout, QWidget

from desktop.models.database import UpgradeProgress, upgrade_database
from desktop.ui.common import tokens


class UpgradeWindow(QWidget):
    """The upgrade's window. Private state: ``_running`` is True until the work is over
    (closing the window is refused meanwhile: the book is half-way through a step)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(QApplication.applicationDisplayName())
        self._running = True
        box = QVBoxLayout(self)
        # Never smaller than what the labels need: the backup's path arrives after show().
        box.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        box.setContentsMargins(tokens.SPACE_L, tokens.SPACE_L, tokens.SPACE_L, tokens.SPACE_L)
        box.setSpacing(tokens.SPACE_S)
        self.heading = QLabel(self.tr("Updating your address book…"), self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        box.addWidget(self.heading)
        self.body = QLabel(self.tr("This happens once after an update; your contacts are "
                                   "backed up first."), self)
        self.body.setWordWrap(True)
        box.addWidget(self.body)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy: a step (the copy, a migration) has no parts to count
        self.bar.setTextVisible(False)
        box.addWidget(self.bar)
        self.backup = QLabel("", self)
        self.backup.setTextFormat(Qt.TextFormat.PlainText)  # a path is data
        self.backup.setWordWrap(True)
        self.backup.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        box.addWidget(self.backup)
        # The window's width (the layout's minimum rules it): lines of ~60 characters.
        self.bar.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    @Slot(object)
    def show_progress(self, step: UpgradeProgress) -> None:
        self.backup.setText(self.tr("Backup: {path}").format(path=step.backup))
        self.adjustSize()

    def finish(self) -> None:
        self._running = False
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running:
            event.ignore()  # the book is part-way through a step; it ends in seconds
            return
        super().closeEvent(event)


class _Relay(QObject):
    """Carries the worker thread's news to the UI thread (queued: it lives there)."""

    progress = Signal(object)  # UpgradeProgress
    done = Signal()


def upgrade_with_window(path: Path) -> None:
    """Back up and migrate the book at *path* off the UI thread while ``UpgradeWindow``
    shows; return when it is done, raising what ``upgrade_database`` raised."""
    window = UpgradeWindow()
    relay = _Relay()
    relay.progress.connect(window.show_progress)
    loop = QEventLoop()
    relay.done.connect(loop.quit)
    failure: list[BaseException] = []

    def work() -> None:
        try:
            upgrade_database(path, relay.progress.emit)
        except BaseException as exc:  # raised again on the UI thread, below
            failure.append(exc)
        finally:
            relay.done.emit()

    thread = threading.Thread(target=work, name="rapport-upgrade")
    window.show()
    thread.start()
    loop.exec()
    thread.join()
    window.finish()
    window.deleteLater()
    if failure:
        raise failure[0]
