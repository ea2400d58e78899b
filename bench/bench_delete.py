"""Delete of a big selection and its undo, as the window runs them (issue 18): the UI
thread's CPU, the rest of the process's, wall time, the peak memory over what the process
held before each step and what it keeps after (the undo's snapshot).

    python bench/bench_delete.py [PEOPLE]    (default 100,000; a copy of the demo book)
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import demo_db, rss_mb


def main() -> None:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.models import open_database
    from desktop.services import search
    from desktop.services.search import ListFilter
    from desktop.ui.operations import Operations

    people = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    tmp = tempfile.mkdtemp(prefix="rb-delete-")
    copy = Path(tmp) / "book.sqlite3"
    shutil.copy(demo_db(people), copy)
    app = QApplication([])
    open_database(copy)
    ops = Operations(QUndoStack())
    parent = QWidget()
    ops.set_dialog_parent(parent)
    ids = list(search.query_ids(ListFilter()))
    peak = [0.0]
    running = [True]

    def sample() -> None:
        while running[0]:
            peak[0] = max(peak[0], rss_mb())
            time.sleep(0.005)

    threading.Thread(target=sample, daemon=True).start()
    out: dict[str, object] = {"selected": len(ids), "load": os.getloadavg()[:2]}

    def measure(name: str, action: Callable[[], object]) -> None:
        for _ in range(10):
            app.processEvents()
        gc.collect()
        base = rss_mb()
        peak[0] = base
        ui0, cpu0, wall0 = time.thread_time(), time.process_time(), time.perf_counter()
        action()
        if ops.busy:
            loop = QEventLoop()
            ops.idle.connect(loop.quit)
            loop.exec()
        for _ in range(5):
            app.processEvents()
        ui = time.thread_time() - ui0
        gc.collect()
        out[name] = {"ui_cpu_s": round(ui, 3),
                     "other_cpu_s": round(time.process_time() - cpu0 - ui, 3),
                     "wall_s": round(time.perf_counter() - wall0, 3),
                     "peak_mib": round(peak[0] - base, 1), "kept_mib": round(rss_mb() - base, 1)}

    measure("delete", lambda: ops.delete_contacts(ids))
    measure("undo", ops.undo_stack.undo)
    running[0] = False
    print(json.dumps(out))
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
