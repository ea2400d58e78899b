"""The window keeps Python's full garbage collections out of the user's actions (issue 18):
with a big book open a full collection costs the UI thread tens of milliseconds, and it
used to run at whatever moment an allocation tipped the counters (an import's end: 56 ms
of CPU at 300,000 contacts). Workers run below the UI thread's priority."""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from desktop.services import background
from desktop.services.types import ContactId
from desktop.ui.common.settings import Settings
from desktop.ui.common.workers import Worker
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import Operations


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cyclic collector frees it


@pytest.fixture()
def window(qtbot: QtBot, tmp_path: Path, sample_contacts: dict[str, ContactId]
           ) -> Iterator[MainWindow]:
    found = gc.get_threshold()
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Operations(QUndoStack()), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.startup_loaded, timeout=10_000)
    yield window
    window.close()
    assert gc.get_threshold() == found  # the window gave the collector back
    assert gc.get_freeze_count() == 0


class _UiCollections:
    """The collections on the UI thread while it is installed: (generation, seconds)."""

    def __init__(self) -> None:
        self.ui = threading.get_ident()
        self.runs: list[tuple[int, float]] = []
        self._began = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if threading.get_ident() != self.ui:
            return
        if phase == "start":
            self._began = time.thread_time()
        else:
            self.runs.append((info["generation"], time.thread_time() - self._began))

    def __enter__(self) -> _UiCollections:
        gc.callbacks.append(self)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self)


def test_no_full_collection_runs_on_the_ui_thread_during_an_action(
        qtbot: QtBot, tmp_path: Path, sample_contacts: dict[str, ContactId]) -> None:
    # What a big book keeps in memory (the list's rows, the modules): made before the
    # window, as start-up makes it. A full collection over it costs tens of milliseconds.
    book = [[i] for i in range(600_000)]
    began = time.thread_time()
    gc.collect()
    assert time.thread_time() - began > 0.015  # the size where it matters
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Operations(QUndoStack()), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.startup_loaded, timeout=10_000)
    window.idle_collector.set_interval(60_000)  # no idle look in the middle of this
    kept: list[object] = []

    def action() -> None:
        """An import's end, say: many new objects that stay, and the list redone."""
        kept.append([[i] for i in range(300_000)])
        window.search_field.setText("an")

    with _UiCollections() as seen:
        QTimer.singleShot(0, action)
        qtbot.waitUntil(lambda: bool(kept) and not window.model.busy, timeout=10_000)
        qtbot.wait(50)
    assert [g for g, _ in seen.runs if g == 2] == []
    assert max((s for _, s in seen.runs), default=0.0) < 0.010
    # Collected later, in idle time: the window's own look, made quicker here.
    window.idle_collector.set_interval(50)
    with _UiCollections() as seen:
        qtbot.waitUntil(lambda: any(g == 2 for g, _ in seen.runs), timeout=5_000)
    window.close()
    assert book and kept  # alive until here, as a book stays open


def test_memory_stays_bounded_over_repeated_loads(qtbot: QtBot, window: MainWindow) -> None:
    """Loads whose objects reach the old generation and die in cycles: with the automatic
    full collections off, the idle collection frees them after each."""
    window.idle_collector.set_interval(50)

    def live() -> int:
        return sum(isinstance(o, _Node) for o in gc.get_objects())

    for _ in range(5):
        load = [_Node() for _ in range(150_000)]  # survive the young collections
        gc.collect(1)
        del load
        assert live() == 150_000  # garbage in the old generation: a full collection's
        done = window.idle_collector.collections
        qtbot.waitUntil(lambda d=done: window.idle_collector.collections > d, timeout=5_000)
        assert live() == 0  # freed at an idle look


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice: Linux")
def test_workers_run_below_the_ui_thread(qtbot: QtBot) -> None:
    ui = background.thread_nice()
    assert ui is not None
    worker = Worker(lambda _progress: background.thread_nice())
    with qtbot.waitSignal(worker.signals.finished, timeout=5_000) as finished:
        QThreadPool.globalInstance().start(worker)
    assert finished.args == [min(19, ui + background.WORKER_NICE)]
    assert background.thread_nice() == ui
