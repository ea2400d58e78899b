"""A finished job lets go of what it worked on (issue 18: the whole app's memory)."""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QThreadPool

from desktop.ui.common.workers import Progress, Worker


class _Selection(list[int]):
    """What a job works on (a list can have no weak reference; this one can)."""


def _job_on(ids: _Selection) -> Callable[[Progress], int]:
    return lambda _progress: len(ids)


def test_a_finished_job_lets_go_of_what_it_worked_on(qtbot) -> None:
    """The window keeps its last job's worker after the job has ended; the worker kept the
    job's function, and so the 300,000 ids of the last tagging of the whole book (10.6 MiB)
    beside the network view at 300,000 contacts. Now what the job worked on goes once it
    has run, while the worker lives on."""
    ids = _Selection(range(1000))
    gone = weakref.ref(ids)
    worker = Worker(_job_on(ids))
    del ids
    with qtbot.waitSignal(worker.signals.finished, timeout=10_000) as finished:
        QThreadPool.globalInstance().start(worker)
    assert finished.args == [1000]
    qtbot.waitUntil(lambda: gone() is None, timeout=5_000)
    assert worker.signals is not None  # the worker itself is still there


def test_a_progress_dialog_is_wide_enough_to_read_and_keeps_its_width(qtbot) -> None:
    """Qt sized a job's progress dialog to its label (~200 px: a stub of a bar), and a
    restore that takes its Cancel away half-way made it narrower still. Now it is about 50
    characters wide, with or without its Cancel."""
    from PySide6.QtWidgets import QWidget

    from desktop.ui.common.workers import progress_dialog

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(900, 600)
    parent.show()
    dialog = progress_dialog(parent, Worker(lambda _p: None), "Restore", "Restoring…",
                             minimum_duration_ms=0)
    dialog.show()
    qtbot.waitExposed(dialog)
    chars = dialog.fontMetrics().averageCharWidth()
    wide = dialog.width()
    assert wide >= 45 * chars, (wide, chars)
    dialog.setCancelButton(None)
    dialog.setLabelText("Restoring the backup…")
    qtbot.wait(50)
    assert dialog.width() >= wide - 1
    dialog.close()
