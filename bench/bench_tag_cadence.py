"""A tag's keep-in-touch cadence set from the tag manager, on the 100,000-contact demo.

On a copy of the demo database, for its biggest tag: ``Operations.set_tag_cadence`` (the
capture for undo, the cadence, the members' re-sync), its Undo and its Redo, against a bare
``followups.sync_cadence_bulk(members, reset=True)`` on the same members in the same run
(what the change costs beyond the re-sync the issue asks for). Prints medians and ratios.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import demo_db, fmt_ms, median

ROUNDS = 3


def main() -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QUndoStack

    from desktop.models import close_database, db, open_database
    from desktop.services import followups, tags
    from desktop.services.types import TagId
    from desktop.ui.operations import Operations

    app = QCoreApplication.instance() or QCoreApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tag-cadence.sqlite3"
        shutil.copyfile(demo_db(), path)
        open_database(path)
        try:
            tag_id, name, count = db.execute_sql(
                "SELECT t.id, t.name, count(*) FROM tag t JOIN contact_tag ct "
                "ON ct.tag_id = t.id GROUP BY t.id ORDER BY count(*) DESC LIMIT 1").fetchone()
            tag = TagId(tag_id)
            members = tags.cadence_members(tag)
            ops = Operations(QUndoStack())
            setting: list[float] = []
            undoing: list[float] = []
            redoing: list[float] = []
            bare: list[float] = []
            for round_ in range(ROUNDS):
                days = 30 + round_  # a new cadence each round: every member moves
                start = time.perf_counter()
                assert ops.set_tag_cadence(tag, days)
                setting.append(time.perf_counter() - start)
                start = time.perf_counter()
                ops.undo_stack.undo()
                undoing.append(time.perf_counter() - start)
                start = time.perf_counter()
                ops.undo_stack.redo()
                redoing.append(time.perf_counter() - start)
                ops.undo_stack.undo()
                # The bare re-sync: the same cadence written directly, then the members
                # re-synced (timed alone), then put back as it was.
                state = followups.capture(members)
                tags.update_tag(tag, keep_in_touch_days=days)
                start = time.perf_counter()
                followups.sync_cadence_bulk(members, reset=True)
                bare.append(time.perf_counter() - start)
                tags.update_tag(tag, clear_cadence=True)
                followups.restore(state)
        finally:
            close_database()
    del app
    print(f"tag {name!r}: {count:,} people, {len(members):,} without their own cadence")
    print(f"set the tag's cadence (undoable): {fmt_ms(median(setting))} (median of {ROUNDS})")
    print(f"undo:                             {fmt_ms(median(undoing))}")
    print(f"redo:                             {fmt_ms(median(redoing))}")
    print(f"bare sync_cadence_bulk (members): {fmt_ms(median(bare))}")
    print(f"set / bare re-sync: {median(setting) / median(bare):.1f}x")


if __name__ == "__main__":
    main()
