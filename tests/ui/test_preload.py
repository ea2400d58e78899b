"""``ModuleLoader`` (issue 18): a preload's pure modules load in a worker thread, its Qt
modules on the UI thread one per turn of the event loop, dependencies first; a cancelled
load imports nothing more and never says it loaded."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from desktop.ui.common.preload import ModuleLoader, Preload
from tests.ui.windows import jobs_done

# Each module notes, as it is imported, the thread importing it and the event loop's turn.
RECORD = "import threading, preload_log\n" \
         "preload_log.seen.append((__name__, threading.current_thread().name, " \
         "preload_log.turn[0]))\n"


Seen = list[tuple[str, str, int]]  # module, thread, turn


@pytest.fixture
def modules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Seen]:
    (tmp_path / "preload_log.py").write_text("seen = []\nturn = [0]\n")
    for name in ("fake_pure", "fake_qt_a", "fake_qt_c"):
        (tmp_path / f"{name}.py").write_text(RECORD)
    (tmp_path / "fake_qt_b.py").write_text(RECORD + "import fake_qt_c\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import preload_log

    yield preload_log.seen
    for name in ("preload_log", "fake_pure", "fake_qt_a", "fake_qt_b", "fake_qt_c"):
        sys.modules.pop(name, None)


def _ticking(turn: list[int]) -> QTimer:
    ticker = QTimer()
    ticker.setInterval(0)
    ticker.timeout.connect(lambda: turn.__setitem__(0, turn[0] + 1))
    ticker.start()
    return ticker


def test_pure_modules_load_in_a_worker_and_qt_ones_here_one_a_turn(
        qtbot, modules: Seen) -> None:  # type: ignore[no-untyped-def]
    import preload_log

    ticker = _ticking(preload_log.turn)
    loader = ModuleLoader()
    with qtbot.waitSignal(loader.loaded, timeout=30_000):
        loader.load(Preload(pure=("fake_pure",), qt=("fake_qt_a", "fake_qt_b", "fake_qt_c")))
    ticker.stop()
    assert not loader.loading
    main = threading.main_thread().name
    threads = {name: thread for name, thread, _turn in modules}
    assert threads["fake_pure"] != main
    assert threads["fake_qt_a"] == threads["fake_qt_b"] == threads["fake_qt_c"] == main
    turns = {name: turn for name, _thread, turn in modules}
    assert turns["fake_qt_a"] < turns["fake_qt_b"]  # a turn each...
    assert turns["fake_qt_c"] == turns["fake_qt_b"]  # ...c came with b, and is not again
    assert [name for name, _thread, _turn in modules].count("fake_qt_c") == 1


def test_a_cancelled_load_imports_no_more_and_never_says_loaded(
        qtbot, modules: Seen) -> None:  # type: ignore[no-untyped-def]
    loader = ModuleLoader()
    said: list[bool] = []
    loader.loaded.connect(lambda: said.append(True))
    loader.load(Preload(pure=("fake_pure",), qt=("fake_qt_a", "fake_qt_b")))
    loader.cancel()
    jobs_done(qtbot)  # the worker ended, and what it sent was delivered...
    assert "fake_pure" in sys.modules
    assert said == [] and not loader.loading  # ...unheard
    assert "fake_qt_a" not in sys.modules and "fake_qt_b" not in sys.modules
